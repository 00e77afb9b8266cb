/* netkort map page: draws the network with vis-network and adds search, filters,
 * the details panel, colour switching and the guides (rings or quadrants).
 *
 * Safety: every name from the spreadsheet is put on the page with textContent or
 * drawn on the canvas, never parsed as HTML; vis-network's own HTML tooltips
 * (the `title` option) are not used. Positions come from Python; physics is off.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("netkort-data").textContent);
  var T = data.texts;
  var S = data.styles;
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  var BIG = data.nodes.length > 3000;
  var RADIAL = data.guides.type === "circle" && data.guides.rings.some(function (ring) { return ring.names; });
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var PANEL_ORDER = ["type", "sector", "staff", "level", "spaces", "groups", "agreement",
    "last_contact", "start", "next_evaluation", "influence", "interest", "activities", "tags",
    "contact_person", "email", "phone", "notes"];

  function $(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? values[key] : m; });
  }
  function capital(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }
  /* The same idea as netkort.text.fold: case, accents and æøå folded, for search.
   * "aa" (the old spelling of "å", as in Aabenraa) folds like "å". */
  function fold(text) {
    return String(text).toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/aa/g, "a")
      .replace(/[^0-9a-z]+/g, " ").trim();
  }

  // --- colours ---------------------------------------------------------------------
  var palettes = {};
  Object.keys(data.palettes).forEach(function (attribute) {
    palettes[attribute] = Object.create(null);
    data.palettes[attribute].forEach(function (entry) { palettes[attribute][entry.key] = entry; });
  });
  var GREY = {background: "#e0e0e0", border: "#8a8a8a"};

  /* Which legend entry colours an actor (mirrors netkort.map.color_key). */
  function colorKey(node, attribute) {
    var f = node.fields;
    if (attribute === "level") return f.level || "unknown";
    if (attribute === "sector") return f.sector || "unknown";
    if (attribute === "space") {
      var spaces = f.spaces || [];
      return spaces.length === 0 ? "none" : spaces.length === 1 ? spaces[0] : "several";
    }
    if (!node.staff.length) return "none";
    if (node.staff.length > 1) return "several";
    return palettes.staff[String(node.staff[0])] ? String(node.staff[0]) : "other";
  }

  function nodeColor(node, attribute) {
    var entry;
    if (node.kind === "library") entry = S.library;
    else if (node.kind === "staff") entry = (attribute === "staff" && palettes.staff[String(node.id)]) || S.staff;
    else entry = palettes[attribute][colorKey(node, attribute)] || GREY;
    return {background: entry.background, border: entry.border,
            highlight: {background: entry.background, border: "#000000"},
            hover: {background: entry.background, border: "#000000"}};
  }

  // --- the network -----------------------------------------------------------------
  var colorBy = data.color;
  var edgeOpacity = data.layout === "spaces" ? 0.35 : data.layout === "circle" ? 0.55 : 0.6;

  function visNode(node) {
    return {id: node.id, x: node.x, y: node.y, label: node.label, shape: S.shapes[node.kind],
            size: node.size, group: node.tier, color: nodeColor(node, colorBy),
            borderWidth: node.kind === "actor" ? 1.5 : 2.5};
  }

  function visEdge(edge, index) {
    var line = S.lines[edge.level || "unknown"];
    var color = line.color, width = line.width, dashes = line.dashes;
    if (edge.kind === "employs") { color = S.employs; width = 2; dashes = false; }
    else if (edge.kind === "relation") { color = S.relation; width = Math.max(2, width); }
    return {id: index, from: edge.from, to: edge.to, width: width, dashes: dashes,
            color: {color: color, highlight: "#111111", hover: color, opacity: edgeOpacity}};
  }

  /* Label sizes per tier (house, staff, each level): big enough to read in an overview,
   * capped on screen when zoomed in so that neighbours' names stop overlapping. A label
   * that would be smaller than LABEL_MIN pixels is not drawn at all (vis-network would
   * draw it faded, which reads as clutter). */
  var LABEL_MIN = 12;
  function labelGroups(scale) {
    var groups = {};
    Object.keys(S.labels).forEach(function (tier) {
      var size = S.labels[tier] * scale < LABEL_MIN ? 1 : Math.min(S.labels[tier], S.label_cap / scale);
      if (tier === "partnership" && RADIAL) size = 1;   // drawn along the radius instead
      groups[tier] = {font: {size: Math.round(size * 100) / 100}};
    });
    return groups;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var container = $("map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    autoResize: true,
    physics: false,
    layout: {improvedLayout: false},
    nodes: {
      font: {face: FONT, color: "#111827", strokeWidth: 5, strokeColor: "rgba(255,255,255,0.92)"},
      scaling: {label: {enabled: false, drawThreshold: LABEL_MIN}}
    },
    groups: labelGroups(1),
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 0},
    interaction: {hover: true, dragNodes: false, tooltipDelay: 120, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
                  keyboard: false, navigationButtons: false, zoomSpeed: 0.7}
  });
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;

  // --- guides: rings or quadrants, drawn behind the nodes -----------------------------
  var guides = data.guides;

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16 & 255) + "," + (n >> 8 & 255) + "," + (n & 255) + "," + a + ")";
  }
  /* Text of a constant size on screen, whatever the zoom. */
  function text(ctx, value, x, y, px, options) {
    var scale = network.getScale();
    options = options || {};
    ctx.font = (options.weight || "600") + " " + (px / scale) + "px " + FONT;
    ctx.textAlign = options.align || "center";
    ctx.textBaseline = options.baseline || "middle";
    if (options.pill) {   // a white box behind the text, so lines and nodes do not cross it
      var width = ctx.measureText(value).width, unit = px / scale, left = x, top = y - 0.7 * unit;
      if (ctx.textAlign === "center") left = x - width / 2;
      else if (ctx.textAlign === "right") left = x - width;
      if (ctx.textBaseline === "top") top = y - 0.15 * unit;
      else if (ctx.textBaseline === "bottom") top = y - 1.25 * unit;
      ctx.fillStyle = "rgba(255,255,255,0.9)";
      ctx.fillRect(left - 6 / scale, top, width + 12 / scale, 1.4 * unit);
    }
    ctx.fillStyle = options.color || "#111827";
    ctx.fillText(value, x, y);
  }

  function drawRings(ctx, labels) {
    var pad = guides.spacing * 0.6, scale = network.getScale();
    guides.rings.forEach(function (ring) {
      var inner = Math.max(ring.inner - pad, 0), outer = ring.outer + pad;
      if (labels) {   // in the arc the layout keeps free at the top of the ring
        text(ctx, ring.label, 0, -(ring.inner + ring.outer) / 2, 17,
             {color: ring.border, pill: true, weight: "700"});
        return;
      }
      ctx.beginPath();
      ctx.arc(0, 0, outer, 0, 2 * Math.PI, false);
      ctx.arc(0, 0, inner, 0, 2 * Math.PI, true);
      ctx.fillStyle = alpha(ring.color, ring.level === "network" ? 0.16 : 0.09);
      ctx.fill();
      ctx.lineWidth = 1.5 / scale;
      ctx.strokeStyle = alpha(ring.border, 0.55);
      ctx.beginPath(); ctx.arc(0, 0, outer, 0, 2 * Math.PI); ctx.stroke();
      ctx.beginPath(); ctx.arc(0, 0, inner, 0, 2 * Math.PI); ctx.stroke();
    });
  }

  function drawArea(ctx, area) {
    var scale = network.getScale(), w = area.x1 - area.x0, h = area.y1 - area.y0;
    ctx.fillStyle = alpha(area.color, area.empty ? 0.04 : 0.10);
    ctx.fillRect(area.x0, area.y0, w, h);
    ctx.lineWidth = 2 / scale;
    ctx.setLineDash(area.empty ? [10 / scale, 8 / scale] : []);
    ctx.strokeStyle = alpha(area.color, 0.7);
    ctx.strokeRect(area.x0, area.y0, w, h);
    ctx.setLineDash([]);
  }

  /* A quadrant's name and counts sit in its outer corner; the side boxes' above them. */
  function labelArea(ctx, area) {
    var scale = network.getScale(), pad = 12 / scale, lines = area.lines || [];
    var quadrant = area.key !== "house" && area.key !== "none";
    var cx = (area.x0 + area.x1) / 2, cy = (area.y0 + area.y1) / 2;
    if (!quadrant) {
      text(ctx, area.label, cx, area.y0 - pad, 18, {baseline: "bottom", weight: "700", pill: true});
      if (area.empty || (lines[0] && area.key === "none")) {
        text(ctx, lines[0].text, cx, area.empty ? cy : area.y1 + pad, area.empty ? 20 : 15,
             {baseline: area.empty ? "middle" : "top", weight: area.empty ? "700" : "500", pill: true,
              color: "#374151"});
      }
      return;
    }
    var left = area.x1 <= 0, top = area.y1 <= 0, align = left ? "left" : "right";
    var x = left ? area.x0 + pad : area.x1 - pad, step = 19 / scale;
    var shown = area.empty ? [] : lines;
    var y = top ? area.y0 + pad : area.y1 - pad - (26 + shown.length * 19) / scale;
    text(ctx, area.label, x, y, 22, {align: align, baseline: "top", weight: "700", pill: true});
    shown.forEach(function (line, i) {
      text(ctx, line.text, x, y + 28 / scale + i * step, 15,
           {align: align, baseline: "top", weight: i ? "600" : "500", pill: true, color: line.color || "#374151"});
    });
    if (area.empty) {
      text(ctx, lines[0].text, cx, cy, 28, {weight: "700", color: "#374151", pill: true});
    }
  }

  function drawSpaces(ctx, labels) {
    var scale = network.getScale();
    if (!labels) {
      guides.areas.forEach(function (area) { drawArea(ctx, area); });
      guides.clusters.forEach(function (cluster) {
        ctx.beginPath();
        ctx.arc(cluster.x, cluster.y, cluster.r, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(255,255,255,0.6)";
        ctx.fill();
        ctx.setLineDash([6 / scale, 6 / scale]);
        ctx.lineWidth = 1.5 / scale;
        ctx.strokeStyle = "rgba(55,65,81,0.6)";
        ctx.stroke();
        ctx.setLineDash([]);
      });
      return;
    }
    guides.areas.forEach(function (area) { labelArea(ctx, area); });
    guides.clusters.forEach(function (cluster) {
      if (cluster.label) {
        text(ctx, cluster.label, cluster.x, cluster.y - cluster.r - 4 / scale, 16,
             {pill: true, weight: "700", baseline: "bottom"});
      }
    });
    guides.aims.forEach(function (aim) {
      var gap = 16 / scale, vertical = aim.side === "left" || aim.side === "right";
      ctx.save();
      if (vertical) {
        ctx.translate(aim.x + (aim.side === "left" ? -gap : gap), aim.y);
        ctx.rotate(aim.side === "left" ? -Math.PI / 2 : Math.PI / 2);
        text(ctx, aim.label, 0, 0, 17, {weight: "600", color: "#4b5563", baseline: "bottom"});
      } else {
        text(ctx, aim.label, aim.x, aim.y + (aim.side === "top" ? -gap : gap), 17,
             {weight: "600", color: "#4b5563", baseline: aim.side === "top" ? "bottom" : "top"});
      }
      ctx.restore();
    });
  }

  /* On the network circle the partners' names run along the radius, outwards, into the
   * room the layout leaves after the partnership ring: side by side they never overlap. */
  var radialNodes = RADIAL ? data.nodes.filter(function (node) { return node.tier === "partnership"; }) : [];

  function drawRadialNames(ctx) {
    var scale = network.getScale(), size = S.labels.partnership;
    if (size * scale < LABEL_MIN) return;
    size = Math.min(size, S.label_cap / scale);
    ctx.font = "600 " + size + "px " + FONT;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 5 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#111827";
    radialNodes.forEach(function (node) {
      if (hidden[node.id]) return;
      var angle = Math.atan2(node.y, node.x), right = Math.cos(angle) >= 0;
      var from = Math.hypot(node.x, node.y) + node.size + 10 / scale;
      var name = node.name.length > 30 ? node.name.slice(0, 29) + "…" : node.name;
      ctx.save();
      ctx.rotate(right ? angle : angle + Math.PI);
      ctx.textAlign = right ? "left" : "right";
      ctx.strokeText(name, right ? from : -from, 0);
      ctx.fillText(name, right ? from : -from, 0);
      ctx.restore();
    });
  }

  network.on("beforeDrawing", function (ctx) {
    if (guides.type === "circle") drawRings(ctx, false);
    else if (guides.type === "spaces") drawSpaces(ctx, false);
  });
  var labelKey = "", labelPending = false;
  function capLabels() {
    labelPending = false;
    var groups = labelGroups(network.getScale()), key = JSON.stringify(groups);
    if (key !== labelKey) { labelKey = key; network.setOptions({groups: groups}); }
  }
  /* Any change of scale (wheel, search, fit, reset) is seen when the next frame is drawn. */
  var drawnScale = 0;
  network.on("afterDrawing", function () {
    var scale = network.getScale();
    if (scale !== drawnScale && !labelPending) {
      drawnScale = scale;
      labelPending = true;
      window.requestAnimationFrame(capLabels);
    }
  });

  network.on("afterDrawing", function (ctx) {
    if (RADIAL) drawRadialNames(ctx);
    if (guides.type === "circle") drawRings(ctx, true);
    else if (guides.type === "spaces") drawSpaces(ctx, true);
  });

  /* Fit the whole drawing, guides included (vis's own fit sees only the nodes). */
  function fitAll(animate) {
    var animation = animate && !reduceMotion ? {duration: 400, easingFunction: "easeInOutQuad"} : false;
    if (!guides.bounds) { network.fit({animation: animation}); return; }
    var b = guides.bounds, width = container.clientWidth || 1, height = container.clientHeight || 1;
    var scale = 0.97 * Math.min(width / (b[2] - b[0]), height / (b[3] - b[1]));
    network.moveTo({position: {x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2}, scale: scale,
                    animation: animation});
  }

  // --- filters -----------------------------------------------------------------------
  var facets = data.facets.map(function (facet) { return facet.name; });
  var checked = {};
  var actorNodes = data.nodes.filter(function (node) { return node.kind === "actor"; });
  var hidden = Object.create(null);   // node id -> true when hidden by the filters
  // Maps keyed by values from the spreadsheet have no prototype: a target group called
  // "constructor" or "__proto__" must be a plain key, not an inherited property.
  var staffOptions = Object.create(null);   // staff members with a checkbox (those holding a contact)
  document.querySelectorAll('input[data-facet="staff"]').forEach(function (box) { staffOptions[box.value] = true; });

  function facetValues(node, facet) {
    var f = node.fields, values;
    if (facet === "level") values = f.level ? [f.level] : ["unknown"];
    else if (facet === "sector") values = f.sector ? [f.sector] : ["unknown"];
    else if (facet === "space") values = f.spaces && f.spaces.length ? f.spaces : ["none"];
    else if (facet === "groups") values = f.groups && f.groups.length ? f.groups : ["none"];
    else values = node.staff.length ? node.staff.map(String) : ["none"];
    return values;
  }
  actorNodes.forEach(function (node) {
    node.values = {};
    facets.forEach(function (facet) { node.values[facet] = facetValues(node, facet); });
  });

  function readChecks() {
    facets.forEach(function (facet) { checked[facet] = Object.create(null); });
    document.querySelectorAll("input[data-facet]").forEach(function (box) {
      if (box.checked) checked[box.dataset.facet][box.value] = true;
    });
  }

  function passes(node) {
    if (node.kind === "library") return true;
    if (node.kind === "staff") return !(String(node.id) in staffOptions) || String(node.id) in checked.staff;
    for (var i = 0; i < facets.length; i++) {
      var values = node.values[facets[i]], wanted = checked[facets[i]], ok = false;
      for (var j = 0; j < values.length; j++) if (values[j] in wanted) { ok = true; break; }
      if (!ok) return false;
    }
    return true;
  }

  function applyFilters() {
    readChecks();
    var updates = [], shown = 0;
    data.nodes.forEach(function (node) {
      var visible = passes(node);
      if (visible && node.kind === "actor") shown++;
      if (visible === !!hidden[node.id]) {   // changed
        hidden[node.id] = !visible;
        updates.push({id: node.id, hidden: !visible});
      }
    });
    if (updates.length) nodes.update(updates);
    $("count").textContent = fmt(T.showing, {shown: shown, total: actorNodes.length});
    var selected = network.getSelectedNodes();
    if (selected.length && hidden[selected[0]]) { network.unselectAll(); hidePanel(); }
    if ($("search").value) updateMatches();
  }

  var pending = false;
  function scheduleFilters() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; applyFilters(); });
  }

  document.querySelectorAll("input[data-facet]").forEach(function (box) {
    box.addEventListener("change", scheduleFilters);
  });
  function setFacet(facet, value) {
    document.querySelectorAll('input[data-facet="' + facet + '"]').forEach(function (box) { box.checked = value; });
    scheduleFilters();
  }
  document.querySelectorAll("button[data-all]").forEach(function (button) {
    button.addEventListener("click", function () { setFacet(button.dataset.all, true); });
  });
  document.querySelectorAll("button[data-none]").forEach(function (button) {
    button.addEventListener("click", function () { setFacet(button.dataset.none, false); });
  });
  $("reset-filters").addEventListener("click", function () {
    document.querySelectorAll("input[data-facet]").forEach(function (box) { box.checked = true; });
    applyFilters();
  });

  // --- details panel -------------------------------------------------------------------
  var panel = $("panel");

  function display(field, value) {
    var L = data.labels;
    if (field === "level") return L.level[value] || value;
    if (field === "sector") return L.sector[value] || value;
    if (field === "agreement") return L.agreement[value] || value;
    if (field === "spaces") return value.map(function (s) { return L.spaces[s] || s; }).join(", ");
    if (field === "groups") return value.map(capital).join(", ");
    if (Array.isArray(value)) return value.join(", ");
    return String(value);
  }

  function addRow(list, label, content) {
    var term = document.createElement("dt"), detail = document.createElement("dd");
    term.textContent = label;
    if (typeof content === "string") detail.textContent = content;
    else detail.appendChild(content);
    list.appendChild(term);
    list.appendChild(detail);
  }

  function staffLinks(ids) {
    var span = document.createElement("span");
    ids.forEach(function (id, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = data.nodes[id].name;
      button.addEventListener("click", function () { select(id); });
      if (i) span.appendChild(document.createTextNode(", "));
      span.appendChild(button);
    });
    return span;
  }

  function showPanel(id) {
    var node = data.nodes[id], list = $("panel-fields");
    $("panel-name").textContent = node.name;
    $("panel-kind").textContent = T["kind_" + node.kind];
    list.textContent = "";
    var f = node.fields || {};
    if (node.kind === "actor") {
      PANEL_ORDER.forEach(function (field) {
        if (field === "staff") {
          addRow(list, T.field_staff, node.staff.length ? staffLinks(node.staff) : T.no_staff);
        } else if (field in f) {
          addRow(list, T["field_" + field], display(field, f[field]));
        }
      });
    } else {
      ["department", "contacts", "staff_count", "email"].forEach(function (field) {
        if (field in f) addRow(list, T["field_" + field], display(field, f[field]));
      });
    }
    panel.hidden = false;
  }

  function hidePanel() { panel.hidden = true; }
  $("panel-close").addEventListener("click", function () { network.unselectAll(); hidePanel(); });

  // --- selecting, search and reset -------------------------------------------------------
  /* Select a node, open its panel and centre it in the part of the map the panel leaves free. */
  function select(id) {
    network.selectNodes([id]);
    showPanel(id);
    network.focus(id, {scale: Math.max(network.getScale(), 0.9), offset: {x: -panel.offsetWidth / 2, y: 0},
                       animation: reduceMotion ? false : {duration: 500, easingFunction: "easeInOutQuad"}});
  }

  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
    else hidePanel();
  });

  var folded = data.nodes.map(function (node) { return fold(node.name); });
  var search = $("search"), matchList = $("matches"), status = $("search-status");
  var matches = [], active = 0, MAX_MATCHES = 12;

  function renderMatches() {
    matchList.textContent = "";
    matches.slice(0, MAX_MATCHES).forEach(function (id, i) {
      var item = document.createElement("li");
      item.id = "match-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", i === active ? "true" : "false");
      item.textContent = data.nodes[id].name;
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      matchList.appendChild(item);
    });
    var open = matches.length > 0;
    matchList.hidden = !open;
    search.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) search.setAttribute("aria-activedescendant", "match-" + active);
    else search.removeAttribute("aria-activedescendant");
  }

  function updateMatches() {
    var query = fold(search.value), hiddenCount = 0, first = [], rest = [];
    matches = [];
    active = 0;
    if (query) {
      for (var i = 0; i < folded.length; i++) {
        var at = folded[i].indexOf(query);
        if (at < 0) continue;
        if (hidden[i]) { hiddenCount++; continue; }
        (at === 0 || folded[i].charAt(at - 1) === " " ? first : rest).push(i);
      }
      var byName = function (a, b) { return folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : 0; };
      matches = first.sort(byName).concat(rest.sort(byName));
    }
    var message = "";
    if (query && !matches.length) message = T.search_none;
    if (hiddenCount) message += (message ? " " : "") + fmt(T.search_hidden, {n: hiddenCount});
    status.textContent = message;
    renderMatches();
  }

  function choose(i) {
    if (!matches.length) return;
    var id = matches[Math.min(i, matches.length - 1)];
    search.value = data.nodes[id].name;
    matchList.hidden = true;
    search.setAttribute("aria-expanded", "false");
    select(id);
  }

  search.addEventListener("input", updateMatches);
  search.addEventListener("keydown", function (event) {
    var shown = Math.min(matches.length, MAX_MATCHES);
    if (event.key === "ArrowDown" && shown) { active = (active + 1) % shown; renderMatches(); event.preventDefault(); }
    else if (event.key === "ArrowUp" && shown) { active = (active + shown - 1) % shown; renderMatches(); event.preventDefault(); }
    else if (event.key === "Enter") { choose(active); event.preventDefault(); }
    else if (event.key === "Escape") { search.value = ""; updateMatches(); }
  });
  search.addEventListener("blur", function () { matchList.hidden = true; });
  search.addEventListener("focus", function () { if (matches.length) matchList.hidden = false; });

  $("reset-view").addEventListener("click", function () {
    network.unselectAll();
    hidePanel();
    fitAll(true);
  });

  // --- lines to staff and the library: on or off (off by default on the spaces layout) ---------
  var staffEdges = [];
  data.edges.forEach(function (edge, i) { if (edge.kind !== "relation") staffEdges.push(i); });
  function showLinks(on) {
    edges.update(staffEdges.map(function (id) { return {id: id, hidden: !on}; }));
  }
  $("show-links").addEventListener("change", function (event) { showLinks(event.target.checked); });
  if (!$("show-links").checked) showLinks(false);

  // --- colour by ------------------------------------------------------------------------------
  $("color-by").addEventListener("change", function (event) {
    colorBy = event.target.value;
    nodes.update(data.nodes.map(function (node) { return {id: node.id, color: nodeColor(node, colorBy)}; }));
    document.querySelectorAll(".legend-colors").forEach(function (list) {
      list.hidden = list.dataset.color !== colorBy;
    });
  });

  // --- hover: a plain-text tooltip ------------------------------------------------------------
  var tooltip = $("tooltip");
  network.on("hoverNode", function (params) {
    var node = data.nodes[params.node], f = node.fields || {}, parts = [];
    if (node.kind === "actor") {
      parts.push(f.level ? display("level", f.level) : T.unknown_level);
      if (f.type) parts.push(f.type);
    } else {
      parts.push(T["kind_" + node.kind]);
      if (f.department) parts.push(f.department);
    }
    tooltip.textContent = "";
    var name = document.createElement("strong");
    name.textContent = node.name;
    tooltip.appendChild(name);
    tooltip.appendChild(document.createTextNode(" · " + parts.join(" · ")));
    var box = container.getBoundingClientRect();
    tooltip.style.left = (box.left + params.pointer.DOM.x + 14) + "px";
    tooltip.style.top = (box.top + params.pointer.DOM.y + 14) + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });

  // --- start -----------------------------------------------------------------------------------
  network.once("afterDrawing", function () { document.documentElement.dataset.ready = "true"; });
  fitAll(false);
  window.netkort = {data: data, select: select, applyFilters: applyFilters, fold: fold};
})();
