/* netkort map page: draws the network with vis-network and adds search, filters,
 * the details panel, colour switching and the guides (rings or quadrants), and the
 * same actors as a table (the "Liste" view) for anyone who cannot use the canvas.
 *
 * Keyboard: the map is one focusable element (role application) whose arrow keys pan,
 * + and - zoom and 0 fits; Enter in search opens the details and moves focus there;
 * Escape closes them and gives focus back to where it came from.
 *
 * The ego view ("Vis kun nærmeste"): an actor or staff member and the nodes one or two
 * steps out, laid out in rings around it; the list shows the same nodes with their step.
 * The address fragment (#aktor=12&trin=2) opens it and follows it; Escape leaves it.
 *
 * Safety: every name from the spreadsheet is put on the page with textContent or
 * drawn on the canvas, never parsed as HTML; vis-network's own HTML tooltips
 * (the `title` option) are not used. Positions come from Python; physics is off.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("netkort-data").textContent);
  var T = data.texts;
  var BIG = data.nodes.length > 3000;
  var ego = null;   // the ego view when it is shown: see enterEgo below
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var PANEL_ORDER = ["type", "sector", "staff", "level", "spaces", "groups", "agreement",
    "last_contact", "start", "next_evaluation", "influence", "interest", "activities", "tags",
    "contact_person", "email", "phone", "notes"];

  function $(id) { return document.getElementById(id); }
  /* Every text comes from Python in the page's language (data.texts); numbers are written as the
   * page's locale writes them (1.234 in Danish, 1 234 in Norwegian and Swedish). */
  var numberFormat = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(data.locale) : null;
  function number(n) { return numberFormat ? numberFormat.format(n) : String(n); }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, key) {
      if (!(key in values)) return m;
      return typeof values[key] === "number" ? number(values[key]) : values[key];
    });
  }
  /* A sentence with a count: data.plurals has each of its forms by CLDR plural category
   * ("one", "other", ...), and the browser's plural rules for the locale say which one n takes. */
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(data.locale) : null;
  function counted(key, n, values) {
    var forms = data.plurals[key], category = pluralRules ? pluralRules.select(n) : (n === 1 ? "one" : "other");
    return fmt(forms[category] || forms.other, values);
  }
  function capital(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }
  /* The same idea as netkort.text.fold: case, accents and æøå folded, for search.
   * "aa" (the old spelling of "å", as in Aabenraa) folds like "å". */
  function fold(text) {
    return String(text).toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/aa/g, "a")
      .replace(/[^0-9a-z]+/g, " ").trim();
  }

  // --- the network: drawn by map-draw.js, the look every netkort map shares ---------
  var colorBy = data.color;
  /* In the ego view the page draws its own rings and names (drawEgoRings, drawEgoNames below)
   * instead of the guides, and the nodes stand where egoLayout put them. */
  var draw = window.netkortDraw({
    labelMin: 12,
    hidden: function (id) { return hidden[id]; },
    layer: function () { return ego ? egoLayer : null; },
    at: at});
  var FONT = draw.FONT;
  draw.use(data);
  function nodeColor(node, attribute) { return draw.nodeColor(node, attribute); }

  var nodes = new vis.DataSet(data.nodes.map(function (node) { return draw.visNode(node, colorBy); }));
  var edges = new vis.DataSet(data.edges.map(draw.visEdge));
  var container = $("map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, draw.visOptions(
    {hover: true, dragNodes: false, tooltipDelay: 120, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
     keyboard: false, navigationButtons: false, zoomSpeed: 0.7}));
  draw.attach(network, container);
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;

  /* Fit the whole drawing, guides included; in the ego view its rings, at the layout's own
   * scale, in the part of the map the details panel leaves free. */
  function fitAll(animate) {
    var animation = animate && !reduceMotion ? {duration: 400, easingFunction: "easeInOutQuad"} : false;
    if (ego) {
      var room = egoRoom(), fit = Math.min(ego.scale, room.x / ego.reach.x, room.y / ego.reach.y);
      network.moveTo({position: {x: room.covered / 2 / fit, y: 0}, scale: fit, animation: animation});
      return;
    }
    draw.fit(animation);
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
  var facetLabels = Object.create(null), optionLabels = Object.create(null);
  data.facets.forEach(function (facet) {
    facetLabels[facet.name] = facet.label;
    optionLabels[facet.name] = Object.create(null);
    facet.options.forEach(function (option) { optionLabels[facet.name][option.value] = option.label; });
  });

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

  /* What the last filter change did, said after the count in its live region:
   * "Viser 31 af 300 aktører. Skjuler netværk (Relation)." */
  var change = "";

  function applyFilters() {
    readChecks();
    var updates = [], shown = 0;
    data.nodes.forEach(function (node) {
      var visible = ego ? node.id === ego.centre || (node.id in ego.step && passes(node)) : passes(node);
      if (visible && node.kind === "actor") shown++;
      if (visible === !!hidden[node.id]) {   // changed
        hidden[node.id] = !visible;
        updates.push({id: node.id, hidden: !visible});
      }
    });
    if (updates.length) nodes.update(updates);
    $("count").textContent = counted("showing", actorNodes.length, {shown: shown, total: actorNodes.length});
    if (ego) egoCounts();
    $("count-change").textContent = change;
    change = "";
    var selected = network.getSelectedNodes();
    if (selected.length && hidden[selected[0]]) closePanel(false);
    if ($("search").value) updateMatches();
    listPage = 0;
    renderList();
  }

  var pending = false;
  function scheduleFilters() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; applyFilters(); });
  }

  document.querySelectorAll("input[data-facet]").forEach(function (box) {
    box.addEventListener("change", function () {
      change = fmt(box.checked ? T.change_show : T.change_hide,
                   {option: optionLabels[box.dataset.facet][box.value] || box.value, facet: facetLabels[box.dataset.facet]});
      scheduleFilters();
    });
  });
  function setFacet(facet, value) {
    document.querySelectorAll('input[data-facet="' + facet + '"]').forEach(function (box) { box.checked = value; });
    change = fmt(value ? T.change_all : T.change_none, {facet: facetLabels[facet]});
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
    change = T.change_reset;
    applyFilters();
  });

  // --- details panel -------------------------------------------------------------------
  var panel = $("panel");
  var returnFocus = null;   // where focus goes back to when the panel closes
  var collator = new window.Intl.Collator(data.lang, {sensitivity: "base", numeric: true});
  var MAX_HELD = 100;       // a staff member's actors listed in the panel; the list view shows all

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

  function nodeButton(id) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.textContent = data.nodes[id].name;
    button.addEventListener("click", function () { select(id); });
    return button;
  }

  function staffLinks(ids) {
    var span = document.createElement("span");
    ids.forEach(function (id, i) {
      if (i) span.appendChild(document.createTextNode(", "));
      span.appendChild(nodeButton(id));
    });
    return span;
  }

  function actionButton(label, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", action);
    $("panel-actions").appendChild(button);
  }

  /* A staff member's panel lists the actors they hold (all of them in the list view). */
  function heldActors(id, box) {
    var held = actorNodes.filter(function (node) { return node.staff.indexOf(id) >= 0; })
      .sort(function (a, b) { return collator.compare(a.name, b.name); });
    if (!held.length) return;
    var heading = document.createElement("h3"), items = document.createElement("ul");
    heading.textContent = T.field_actors + " · " + number(held.length);
    held.slice(0, MAX_HELD).forEach(function (node) {
      var item = document.createElement("li");
      item.appendChild(nodeButton(node.id));
      items.appendChild(item);
    });
    box.appendChild(heading);
    box.appendChild(items);
    if (held.length > MAX_HELD) {
      var more = document.createElement("p");
      more.textContent = counted("more_actors", held.length - MAX_HELD, {n: held.length - MAX_HELD});
      box.appendChild(more);
    }
    if (String(id) in staffOptions) {
      actionButton(T.show_in_list, function () {
        document.querySelectorAll('input[data-facet="staff"]').forEach(function (box) { box.checked = box.value === String(id); });
        change = fmt(T.change_show, {option: data.nodes[id].name, facet: facetLabels.staff});
        applyFilters();
        closePanel(false);
        showView("list", true);
      });
    }
  }

  var panelId = null;   // whose details the panel shows

  function showPanel(id) {
    var node = data.nodes[id], list = $("panel-fields");
    panelId = id;
    $("panel-name").textContent = node.name;
    $("panel-kind").textContent = T["kind_" + node.kind];
    list.textContent = "";
    $("panel-actions").textContent = "";
    $("panel-more").textContent = "";
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
    if (node.kind === "staff") heldActors(id, $("panel-more"));
    $("panel-ego").hidden = node.kind === "library";
    $("panel-ego").querySelector(".link-out").hidden = true;
    var steps = ego && ego.centre === id ? ego.steps : 1;
    document.querySelectorAll('input[name="panel-steps"]').forEach(function (radio) { radio.checked = radio.value === String(steps); });
    if (!hidden[id]) {
      actionButton(T.show_on_map, function () {
        showView("map");
        network.selectNodes([id]);
        centreOn(id);
        container.focus();
      });
    }
    panel.hidden = false;
    document.body.classList.add("panel-open");
  }

  /* Open the panel and move focus to its heading, which a screen reader reads out.
   * The first opening remembers where focus came from; following a link inside the
   * panel keeps that origin. */
  function openPanel(id, from) {
    if (panel.hidden) {
      var active = from || document.activeElement;
      returnFocus = active && active !== document.body && !panel.contains(active) ? active : null;
    }
    showPanel(id);
    $("panel-name").focus();
  }

  function isShown(element) {
    return !!element && document.contains(element) && element.getClientRects().length > 0;
  }

  function closePanel(restore) {
    if (panel.hidden) return;
    var inside = panel.contains(document.activeElement), target = returnFocus;
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    network.unselectAll();
    returnFocus = null;
    if (!restore && !inside) return;
    if (target && !isShown(target) && target.dataset && target.dataset.id) {   // the list was redrawn
      target = document.querySelector('#list button[data-id="' + target.dataset.id + '"]');
    }
    if (!isShown(target)) target = listView ? $("list-region") : container;
    target.focus();
  }

  $("panel-close").addEventListener("click", function () { closePanel(true); });
  /* Escape closes the details first; with none open, it leaves the ego view (in one press,
   * also from the search field: its text is cleared by Escape only outside the ego view). */
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (!panel.hidden) closePanel(true);
    else if (ego) leaveEgo();
    else return;
    event.preventDefault();
  });

  // --- selecting, search and reset -------------------------------------------------------
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 800px)") : {matches: false};

  /* Centre a node in the part of the map the panel leaves free. */
  function centreOn(id) {
    var offset = narrow.matches || panel.hidden ? {x: 0, y: 0} : {x: -panel.offsetWidth / 2, y: 0};
    network.focus(id, {scale: Math.max(network.getScale(), 0.9), offset: offset,
                       animation: reduceMotion ? false : {duration: 500, easingFunction: "easeInOutQuad"}});
  }

  /* Select a node and open its panel; on the map, centre it. */
  function select(id, from) {
    openPanel(id, from);
    if (hidden[id]) { network.unselectAll(); return; }
    network.selectNodes([id]);
    if (!listView) centreOn(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) openPanel(params.nodes[0], container);
    else closePanel(false);
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
    var open = matches.length > 0 && document.activeElement === search;
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
    else if (matches.length > MAX_MATCHES) message = counted("search_more", matches.length, {n: matches.length, shown: MAX_MATCHES});
    else if (matches.length) message = counted("search_found", matches.length, {n: matches.length});
    if (hiddenCount) message += (message ? " " : "") + counted(ego ? "search_hidden_ego" : "search_hidden", hiddenCount, {n: hiddenCount});
    status.textContent = message;
    renderMatches();
  }

  function choose(i) {
    if (!matches.length) return;
    var id = matches[Math.min(i, matches.length - 1)];
    search.value = data.nodes[id].name;
    matchList.hidden = true;
    search.setAttribute("aria-expanded", "false");
    listPage = 0;
    renderList();
    select(id, search);
  }

  search.addEventListener("input", function () { updateMatches(); listPage = 0; renderList(); });
  search.addEventListener("keydown", function (event) {
    var shown = Math.min(matches.length, MAX_MATCHES);
    if (event.key === "ArrowDown" && shown) { active = (active + 1) % shown; renderMatches(); event.preventDefault(); }
    else if (event.key === "ArrowUp" && shown) { active = (active + shown - 1) % shown; renderMatches(); event.preventDefault(); }
    else if (event.key === "Enter") { choose(active); event.preventDefault(); }
    else if (event.key === "Escape" && panel.hidden && search.value && !ego) {   // in the ego view: leave it
      search.value = "";
      updateMatches();
      renderList();
      event.preventDefault();
    }
  });
  search.addEventListener("blur", function () { matchList.hidden = true; search.setAttribute("aria-expanded", "false"); });
  search.addEventListener("focus", function () {
    if (matches.length) { matchList.hidden = false; search.setAttribute("aria-expanded", "true"); }
  });

  $("reset-view").addEventListener("click", function () {
    closePanel(false);
    fitAll(true);
  });

  // --- the map by keyboard: arrows pan, + and - zoom, 0 fits -----------------------------------
  /* vis-network's own frame would be a second, unnamed tab stop: the named container is the one. */
  var frame = container.querySelector(".vis-network");
  if (frame) frame.tabIndex = -1;

  /* Steps are instant, so that pressing a key three times zooms three whole steps. */
  function zoomBy(factor) {
    network.moveTo({position: network.getViewPosition(), scale: network.getScale() * factor});
  }

  function pan(dx, dy) {
    var view = network.getViewPosition(), scale = network.getScale();
    network.moveTo({position: {x: view.x + dx / scale, y: view.y + dy / scale}, scale: scale});
  }

  container.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key, w = container.clientWidth / 8, h = container.clientHeight / 8;
    if (key === "ArrowLeft") pan(-w, 0);
    else if (key === "ArrowRight") pan(w, 0);
    else if (key === "ArrowUp") pan(0, -h);
    else if (key === "ArrowDown") pan(0, h);
    else if (key === "+" || key === "=" || key === "Add") zoomBy(1.25);
    else if (key === "-" || key === "\u2212" || key === "_" || key === "Subtract") zoomBy(0.8);
    else if (key === "0") fitAll(true);
    else return;
    event.preventDefault();
  });
  $("zoom-in").addEventListener("click", function () { zoomBy(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomBy(0.8); });
  $("zoom-fit").addEventListener("click", function () { fitAll(true); });

  /* The view's position and scale, for tests and tools that cannot read the canvas. */
  var viewKey = "";
  network.on("afterDrawing", function () {
    var view = network.getViewPosition(), scale = network.getScale();
    var key = view.x.toFixed(1) + " " + view.y.toFixed(1) + " " + scale.toFixed(4);
    if (key === viewKey) return;
    viewKey = key;
    container.dataset.viewX = view.x.toFixed(1);
    container.dataset.viewY = view.y.toFixed(1);
    container.dataset.scale = scale.toFixed(4);
  });

  // --- two views of the same actors: the map and the list ---------------------------------------
  var listView = false, listPage = 0, PAGE = 100, sortKey = "name", sortDir = 1, sorted = Object.create(null);
  var COLUMNS = ["level", "type", "spaces", "staff"];
  var listNodes = data.nodes.filter(function (node) { return node.kind !== "library"; });
  var RANK = {partnership: 0, cooperation: 1, network: 2};
  var tbody = document.querySelector("#list tbody");

  function cellText(node, column) {
    var f = node.fields;
    if (column === "name") return node.name;
    if (column === "steps") return ego && ego.step[node.id] ? String(ego.step[node.id]) : T.ego_centre;
    if (node.kind === "staff") return column === "type" ? T.kind_staff : "";
    if (column === "level") return capital(f.level ? display("level", f.level) : T.unknown_level);
    if (column === "type") return f.type || "";
    if (column === "spaces") return f.spaces && f.spaces.length ? display("spaces", f.spaces) : "";
    return node.staff.map(function (id) { return data.nodes[id].name; }).join(", ");
  }

  /* Actor ids in a column's order, computed once per column (empty values last). */
  function sortedIds(column) {
    if (sorted[column]) return sorted[column];
    var keys = Object.create(null);
    listNodes.forEach(function (node) { keys[node.id] = cellText(node, column); });
    var ids = listNodes.map(function (node) { return node.id; });
    ids.sort(function (a, b) {
      var byKey;
      if (column === "steps") {
        byKey = (ego.step[a] === undefined ? 3 : ego.step[a]) - (ego.step[b] === undefined ? 3 : ego.step[b]);
      } else if (column === "level") {
        var ra = RANK[data.nodes[a].fields.level], rb = RANK[data.nodes[b].fields.level];
        byKey = (ra === undefined ? 3 : ra) - (rb === undefined ? 3 : rb);
      } else {
        byKey = (keys[a] === "") - (keys[b] === "") || collator.compare(keys[a], keys[b]);
      }
      return byKey || collator.compare(data.nodes[a].name, data.nodes[b].name) || a - b;
    });
    sorted[column] = ids;
    return ids;
  }

  /* The actors the list shows: those the filters let through, narrowed by the search. In
   * the ego view: its nodes, staff members too, with their step. */
  function listRows() {
    var order = sortedIds(sortKey), query = fold(search.value), rows = [];
    for (var k = 0; k < order.length; k++) {
      var id = order[sortDir > 0 ? k : order.length - 1 - k];
      if (hidden[id] || (query && folded[id].indexOf(query) < 0)) continue;
      if (!ego && data.nodes[id].kind !== "actor") continue;
      rows.push(id);
    }
    return rows;
  }

  /* One page of rows at a time (PAGE rows), and only while the list is shown: a map of
   * 20,000 actors never builds 20,000 rows. */
  function renderList() {
    if (!listView) return;
    var rows = listRows(), pages = Math.max(1, Math.ceil(rows.length / PAGE));
    listPage = Math.max(0, Math.min(listPage, pages - 1));
    var first = listPage * PAGE, last = Math.min(first + PAGE, rows.length);
    var fragment = document.createDocumentFragment();
    rows.slice(first, last).forEach(function (id) {
      var node = data.nodes[id], row = document.createElement("tr"), head = document.createElement("th");
      var button = document.createElement("button");
      head.scope = "row";
      button.type = "button";
      button.className = "link";
      button.dataset.id = String(id);
      button.textContent = node.name;
      head.appendChild(button);
      row.appendChild(head);
      (ego ? ["steps"].concat(COLUMNS) : COLUMNS).forEach(function (column) {
        var cell = document.createElement("td");
        cell.textContent = cellText(node, column);
        row.appendChild(cell);
      });
      fragment.appendChild(row);
    });
    if (!rows.length) {
      var row = document.createElement("tr"), cell = document.createElement("td");
      cell.colSpan = COLUMNS.length + (ego ? 2 : 1);
      cell.className = "empty";
      cell.textContent = T.list_empty;
      row.appendChild(cell);
      fragment.appendChild(row);
    }
    tbody.textContent = "";
    tbody.appendChild(fragment);
    var query = search.value.trim();
    $("list-caption").textContent = (query ? fmt(T.list_caption_search, {query: query})
      : ego ? fmt(T.ego_title, {name: data.nodes[ego.centre].name}) : T.list_caption) + " · " + number(rows.length);
    $("page-status").textContent = rows.length ? fmt(T.list_rows, {first: first + 1, last: last, n: rows.length}) : "";
    $("page-prev").disabled = listPage === 0;
    $("page-next").disabled = listPage >= pages - 1;
  }

  tbody.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-id]");
    if (button) select(Number(button.dataset.id), button);
  });
  document.querySelectorAll("#list thead button[data-sort]").forEach(function (button) {
    button.addEventListener("click", function () {
      var column = button.dataset.sort;
      sortBy(column, column === sortKey ? -sortDir : 1);
      renderList();
    });
  });
  function sortBy(column, direction) {
    sortDir = direction;
    sortKey = column;
    document.querySelectorAll("#list thead th").forEach(function (head) { head.removeAttribute("aria-sort"); });
    document.querySelector('#list thead button[data-sort="' + column + '"]').parentNode
      .setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
    listPage = 0;
  }
  $("page-prev").addEventListener("click", function () { listPage--; renderList(); });
  $("page-next").addEventListener("click", function () { listPage++; renderList(); });

  var tabs = [$("tab-map"), $("tab-list")];
  var pendingView = null;   // where the map looks when it is shown again: "fit" or a saved view

  function showView(name, focus) {
    listView = name === "list";
    tabs.forEach(function (tab) {
      var on = (tab.id === "tab-list") === listView;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
    });
    $("view-map").hidden = listView;
    $("view-list").hidden = !listView;
    document.querySelector(".map-tools").hidden = listView;
    if (listView) renderList();
    else {
      network.setSize("100%", "100%");
      if (ego) {   // laid out while the map was hidden: for the room it has now
        var room = egoRoom();
        if (Math.abs(room.x - ego.room.x) > 1 || Math.abs(room.y - ego.room.y) > 1) {
          placeEgo();
          pendingView = "fit";
        }
      }
      network.redraw();
      if (pendingView === "fit") fitAll(false);
      else if (pendingView) network.moveTo({position: pendingView.position, scale: pendingView.scale});
      pendingView = null;
    }
    if (focus) {   // the top of the view in sight, not the middle of a long table
      var target = listView ? $("list-region") : container;
      target.focus({preventScroll: true});
      (listView ? $("view-list") : $("view-map")).scrollIntoView({block: "start"});
    }
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { showView(tab.id === "tab-list" ? "list" : "map"); });
    tab.addEventListener("keydown", function (event) {
      var next = event.key === "ArrowRight" || event.key === "ArrowDown" ? (i + 1) % tabs.length
        : event.key === "ArrowLeft" || event.key === "ArrowUp" ? (i + tabs.length - 1) % tabs.length
        : event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1 : -1;
      if (next < 0) return;
      showView(tabs[next].id === "tab-list" ? "list" : "map");
      tabs[next].focus();
      event.preventDefault();
    });
  });
  document.querySelectorAll("a[data-view]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      showView(link.dataset.view, true);
    });
  });
  document.querySelector('a[href="#filters-title"]').addEventListener("click", function (event) {
    event.preventDefault();
    $("filters-title").focus();
  });

  // --- lines to staff and the library: on or off (off by default on the spaces layout) ---------
  var staffEdges = [];
  data.edges.forEach(function (edge, i) { if (edge.kind !== "relation") staffEdges.push(i); });
  function showLinks(on) {
    $("show-links").checked = on;
    edges.update(staffEdges.map(function (id) { return {id: id, hidden: !on}; }));
  }
  $("show-links").addEventListener("change", function (event) { showLinks(event.target.checked); });
  if (!$("show-links").checked) showLinks(false);

  // --- colour by ------------------------------------------------------------------------------
  function showLegend() {
    document.querySelectorAll(".legend-colors, .staff-note").forEach(function (element) {
      element.hidden = element.dataset.color !== colorBy;
    });
    document.querySelector(".legend-marks").hidden = colorBy === "level";
  }
  $("color-by").addEventListener("change", function (event) {
    colorBy = event.target.value;
    nodes.update(data.nodes.map(function (node) { return {id: node.id, color: nodeColor(node, colorBy)}; }));
    showLegend();
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

  // --- the ego view: one node and its nearest, one or two steps out ---------------------------
  /* A step goes along a staff member's contact or a relation between actors (edge kinds holds
   * and relation). The library is no step: through the house every node would be two steps
   * from every other. The same rule as netkort.map.ego_nodes. */
  var EGO_KINDS = {holds: true, relation: true};
  var EGO_PX = 13, EGO_NAME = 30, EGO_FIT = 0.6, EGO_SCALE = 0.5;   // names: pixels, characters at most; egoLayout
  var adjacency = null, egoBefore = null, egoFrom = null;
  var moved = Object.create(null);   // ids the ego view has moved or unlabelled, to put back
  var measure = document.createElement("canvas").getContext("2d");

  function neighbours(id) {
    if (!adjacency) {
      adjacency = data.nodes.map(function () { return []; });
      data.edges.forEach(function (edge) {
        if (EGO_KINDS[edge.kind] !== true) return;
        adjacency[edge.from].push(edge.to);
        adjacency[edge.to].push(edge.from);
      });
    }
    return adjacency[id];
  }

  /* Node id -> step (0 for the centre), breadth first. */
  function egoSteps(centre, steps) {
    var step = Object.create(null), ring = [centre];
    step[centre] = 0;
    for (var s = 1; s <= steps; s++) {
      var next = [];
      ring.forEach(function (id) {
        neighbours(id).forEach(function (other) {
          if (!(other in step)) { step[other] = s; next.push(other); }
        });
      });
      ring = next;
    }
    return step;
  }

  function canCentre(id) {
    var node = data.nodes[id];
    return !!node && (node.kind === "actor" || node.kind === "staff");
  }

  function at(node) { return (ego && ego.place[node.id]) || node; }

  function centreName(node) { return node.name.length > 40 ? node.name.slice(0, 39) + "…" : node.name; }
  function ringName(node) {
    return node.name.length > EGO_NAME ? node.name.slice(0, EGO_NAME - 1) + "…" : node.name;
  }

  /* The centre in the middle, step 1 on a ring around it, step 2 on a ring outside that. The
   * rings are made for the room the map has (``room`` from egoRoom: half its free width and
   * height in pixels, what the details panel leaves), in pixels on screen at the scale the view
   * opens with, since the centre's name and the rings' names keep their size on screen: the
   * inner ring clear of the centre's name (its box and the ring's nodes never meet), then room
   * for the step-1 names whole up to the next ring, the last ring inside the room with room for
   * its names as far as the room allows (zoom for more). Where even the least of that does not
   * fit (a phone), the whole is drawn for a larger room and fitted smaller.
   * The scale is the largest (at most EGO_SCALE) at which each ring's nodes stand side by side:
   * a crowded ring gets small dots, and zooming in spreads them. Staff come first on the inner
   * ring; on the outer ring each node stands near the first of its step-1 neighbours. The top
   * of each ring is kept free for its title. */
  function egoLayout(centre, step, room) {
    var rings = [[], []], biggest = [], pixels = [], radius = [], arc = [];
    var byName = function (a, b) { return collator.compare(data.nodes[a].name, data.nodes[b].name) || a - b; };
    Object.keys(step).forEach(function (key) { if (step[key]) rings[step[key] - 1].push(Number(key)); });
    rings = rings.filter(function (ring) { return ring.length; });
    if (rings.length) {
      rings[0].sort(function (a, b) {
        return (data.nodes[a].kind === "staff" ? 0 : 1) - (data.nodes[b].kind === "staff" ? 0 : 1) || byName(a, b);
      });
    }
    rings.forEach(function (ring, r) {
      biggest[r] = ring.reduce(function (most, id) { return Math.max(most, data.nodes[id].size); }, 0);
    });
    var base = Math.min(room.x, room.y), wide = Math.min(1.8, room.x / base), tall = Math.min(1.8, room.y / base);
    var centreSize = data.nodes[centre].size, scale = EGO_SCALE, last = rings.length - 1;
    measure.font = "700 15px " + FONT;
    var label = measure.measureText(centreName(data.nodes[centre])).width / 2 + 8;   // half the centre's name
    measure.font = "600 " + EGO_PX + "px " + FONT;
    var words = rings.length ? rings[0].reduce(function (most, id) {   // the longest step-1 name
      return Math.max(most, measure.measureText(ringName(data.nodes[id])).width);
    }, 0) : 0;
    function axes(px) { return {x: px * wide, y: px * tall}; }
    function most(a, b) { return {x: Math.max(a.x, b.x), y: Math.max(a.y, b.y)}; }
    function least(a, b) { return {x: Math.min(a.x, b.x), y: Math.min(a.y, b.y)}; }
    function plus(a, d) { return {x: a.x + d, y: a.y + d}; }
    for (var round = 0; round < 4 && rings.length; round++) {
      // the ellipse through the corners of the centre's name, and the ring's nodes outside it
      var inner = axes(Math.hypot(label / wide, (34 + centreSize * scale) / tall) + (biggest[0] + 10) * scale);
      var edge = plus(room, -(biggest[last] * scale + 6));   // the last ring's nodes stand whole in the room
      var named = words + 24 + (biggest[0] + (biggest[1] || 0)) * scale;   // step-1 names, whole, to the next ring or edge
      if (!last) pixels = [most(inner, least(axes(EGO_FIT * base), plus(room, -named)))];
      else {
        pixels = [most(inner, axes(0.25 * base))];
        // far enough out for the step-1 names (they may also pass between its nodes), and
        // a fifth of the room left for its own names
        var outer = least(most(axes(EGO_FIT * base), plus(pixels[0], named)), least(edge, {x: 0.8 * room.x, y: 0.8 * room.y}));
        pixels.push(most(outer, plus(pixels[0], (biggest[0] + biggest[1]) * scale + 12)));
      }
      var next = rings.reduce(function (lowest, ring, r) {
        var around = Math.PI * (pixels[r].x + pixels[r].y) / (ring.length + 1);   // room per node on the ring
        return Math.min(lowest, around / (2 * biggest[r] + 6));
      }, EGO_SCALE);
      if (next >= scale - 1e-6) break;   // the rings were made for this scale, and it fits
      scale = next;
    }
    pixels.forEach(function (px, r) { radius[r] = {x: px.x / scale, y: px.y / scale}; });
    // a small map (a phone) cannot hold the rings' least spacing: then the whole is drawn for
    // a larger room and fitted smaller, and the names show as far as they fit (zoom for more)
    var grow = 1;
    if (rings.length) {
      var reach = plus(pixels[last], biggest[last] * scale + 6);
      grow = Math.max(1, reach.x / room.x, reach.y / room.y);
    }
    room = {x: room.x * grow, y: room.y * grow};
    var place = Object.create(null), angle = Object.create(null), names = Object.create(null);
    place[centre] = {x: 0, y: 0};
    measure.font = "700 14px " + FONT;
    var title = measure.measureText(fmt(T.ego_ring, {steps: T.ego_step_2, n: 888})).width + 16;
    rings.forEach(function (ring, r) {
      var rx = radius[r].x, ry = radius[r].y;
      var gap = Math.min(Math.PI / 2, 2 * Math.asin(Math.min(1, (title / 2 + biggest[r] * scale + 4) / (rx * scale))));
      if (r === 1) {
        var near = Object.create(null);
        ring.forEach(function (id) {
          near[id] = Math.min.apply(null, neighbours(id).filter(function (o) { return step[o] === 1; })
            .map(function (o) { return angle[o]; }));
        });
        ring.sort(function (a, b) { return near[a] - near[b] || byName(a, b); });
      }
      ring.forEach(function (id, i) {
        var a = -Math.PI / 2 + gap / 2 + (2 * Math.PI - gap) * (i + 0.5) / ring.length;
        angle[id] = a;
        place[id] = {x: rx * Math.cos(a), y: ry * Math.sin(a)};
      });
      arc[r] = Math.PI * (rx + ry) * (1 - gap / (2 * Math.PI)) / ring.length;
    });
    /* How far each name may run outwards (page units): to the room's edge, or, for an inner
     * ring's name, to just before the first node of the outer ring that stands in its way (a
     * node whose name band the name would come within BAND pixels of). */
    var BAND = 10 / scale;
    rings.forEach(function (ring, r) {
      ring.forEach(function (id) {
        var p = place[id], from = Math.hypot(p.x, p.y), c = p.x / from, s = p.y / from;
        var out = from + data.nodes[id].size;
        var far = Math.min(room.x / Math.max(Math.abs(c), 1e-9), room.y / Math.max(Math.abs(s), 1e-9)) / scale;
        (rings[r + 1] || []).forEach(function (other) {
          var q = place[other], size = data.nodes[other].size, to = Math.hypot(q.x, q.y);
          var along = (q.x * c + q.y * s) / to, across = Math.sqrt(Math.max(0, 1 - along * along));   // cos, sin
          if (along <= 0 || to * across >= size + BAND) return;   // the name passes it by
          far = Math.min(far, to - size - BAND);
        });
        names[id] = far - out;
      });
    });
    return {rings: rings, place: place, radius: radius, arc: arc, names: names, scale: scale,
            reach: {x: room.x / scale, y: room.y / scale}};
  }

  /* Half the width and height of the part of the map the details panel leaves free, in pixels. */
  function egoRoom() {
    var width = container.clientWidth || $("main").clientWidth, height = container.clientHeight || window.innerHeight * 0.6;
    var covered = !panel.hidden && !narrow.matches ? Math.min(panel.offsetWidth, width / 2) : 0;
    return {covered: covered, x: 0.97 * (width - covered) / 2, y: 0.97 * height / 2};
  }

  var egoLayer = {
    behind: function (ctx) { drawEgoRings(ctx, false); },
    over: function (ctx) { drawEgoNames(ctx); drawEgoRings(ctx, true); }};

  function drawEgoRings(ctx, labels) {
    var scale = network.getScale();
    ego.radius.forEach(function (r, i) {
      if (labels) {
        draw.text(ctx, ego.labels[i] || "", 0, -r.y, 14, {color: "#374151", pill: true, weight: "700"});
        return;
      }
      ctx.beginPath();
      ctx.ellipse(0, 0, r.x, r.y, 0, 0, 2 * Math.PI);
      ctx.lineWidth = 1.2 / scale;
      ctx.strokeStyle = "#6b7280";
      ctx.setLineDash([6 / scale, 6 / scale]);
      ctx.stroke();
      ctx.setLineDash([]);
    });
    if (labels) {
      var centre = data.nodes[ego.centre];
      draw.text(ctx, centreName(centre), 0, centre.size + 8 / scale, 15, {baseline: "top", pill: true, weight: "700"});
    }
  }

  /* A name cut with "…" to ``room`` pixels at the context's font. */
  function cut(ctx, name, room) {
    if (ctx.measureText(name).width <= room) return name;
    var low = 0, high = name.length;
    while (low < high) {
      var mid = Math.ceil((low + high) / 2);
      if (ctx.measureText(name.slice(0, mid) + "…").width <= room) low = mid;
      else high = mid - 1;
    }
    return low ? name.slice(0, low).replace(/\s+$/, "") + "…" : "";
  }

  /* The rings' names run outwards along the radius, as the partners' names on the circle do,
   * at a fixed size on screen, cut to the room up to the next ring (zooming in gives them
   * more). Zoomed out so far that a ring's names would touch, that ring's are left out. */
  var cutNames = {key: "", names: Object.create(null)};
  function drawEgoNames(ctx) {
    var scale = network.getScale(), named = 0, key = ego.layout + " " + scale.toFixed(5);
    ctx.font = "600 " + (EGO_PX / scale) + "px " + FONT;
    if (cutNames.key !== key) {   // measured once per scale, not once per frame
      cutNames = {key: key, names: Object.create(null)};
      ego.rings.forEach(function (ring, r) {
        ring.forEach(function (id) {
          var room = ego.names[id] * scale - 14;
          cutNames.names[id] = room < 30 ? "" : cut(ctx, ringName(data.nodes[id]), room / scale);
        });
      });
    }
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#111827";
    ego.rings.forEach(function (ring, r) {
      if (ego.arc[r] * scale < EGO_PX + 2) return;
      ring.forEach(function (id) {
        var name = cutNames.names[id];
        if (hidden[id] || !name) return;
        var node = data.nodes[id], p = ego.place[id], angle = Math.atan2(p.y, p.x), right = Math.cos(angle) >= -1e-9;
        var from = Math.hypot(p.x, p.y) + node.size + 6 / scale;
        ctx.save();
        ctx.rotate(right ? angle : angle + Math.PI);
        ctx.textAlign = right ? "left" : "right";
        ctx.strokeText(name, right ? from : -from, 0);
        ctx.fillText(name, right ? from : -from, 0);
        ctx.restore();
        named++;
      });
    });
    container.dataset.named = String(named);   // how many names this frame drew, for tests
  }

  /* How many of the nearest are shown and hidden, step by step: for the rings' titles,
   * the bar above the map and what the live region says. */
  function egoCounts() {
    var counts = [0, 0, 0], rings = 0;
    ego.hidden = 0;
    Object.keys(ego.step).forEach(function (key) {
      var step = ego.step[key];
      if (!step) return;
      rings = Math.max(rings, step);
      if (hidden[key]) ego.hidden++;
      else counts[step]++;
    });
    ego.shown = counts[1] + counts[2];
    ego.labels = [];
    for (var i = 0; i < rings; i++) ego.labels.push(fmt(T.ego_ring, {steps: T["ego_step_" + (i + 1)], n: counts[i + 1]}));
    $("ego-rings").textContent = ego.labels.join(" · ");
  }

  function egoAnnouncement() {
    var name = data.nodes[ego.centre].name, steps = T["ego_step_" + ego.steps];
    if (!ego.shown && !ego.hidden) return fmt(T.ego_alone, {name: name});
    return counted(ego.hidden ? "ego_announce_hidden" : "ego_announce", ego.shown,
                   {name: name, n: ego.shown, steps: steps, hidden: ego.hidden});
  }

  function checkSteps(name, steps) {
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (radio) { radio.checked = radio.value === String(steps); });
  }

  function stepsColumn(shown) {
    document.querySelector('#list thead button[data-sort="steps"]').parentNode.hidden = !shown;
  }

  /* Show only ``id`` and its nearest. The view before the first ego view is kept, to go back to;
   * from one ego view to another (a neighbour's panel, the other number of steps) it stays. */
  function enterEgo(id, steps, from) {
    if (!canCentre(id) || (steps !== 1 && steps !== 2)) return false;
    if (!ego) {
      egoBefore = {view: listView ? "fit" : {position: network.getViewPosition(), scale: network.getScale()},
                   links: $("show-links").checked, sortKey: sortKey, sortDir: sortDir};
      egoFrom = from || null;
    }
    if ((!ego || ego.centre !== id) && search.value) {
      // the search chose the centre: its text leaves the filter, so the list shows the nearest
      search.value = "";
      updateMatches();
    }
    var name = data.nodes[id].name;
    $("ego-title").textContent = fmt(T.ego_title, {name: name});
    checkSteps("ego-steps", steps);
    if (panelId === id) checkSteps("panel-steps", steps);
    $("ego").querySelector(".link-out").hidden = true;
    $("ego").hidden = false;   // before the layout: the bar takes its height from the map
    ego = {centre: id, steps: steps, step: egoSteps(id, steps), labels: [], shown: 0, hidden: 0};
    egoCounts();   // the bar's lines as they will be, so that the map's room is known
    placeEgo();
    delete sorted.steps;
    stepsColumn(true);
    sortBy("steps", 1);
    showLinks(true);   // the lines to staff are the steps
    $("notice").textContent = "";
    container.setAttribute("aria-label", fmt(T.ego_map_name, {name: name}));
    $("zoom-fit").textContent = T.ego_zoom_fit;
    change = "";
    applyFilters();
    $("count-change").textContent = egoAnnouncement();
    if (!panel.hidden && panelId === id) network.selectNodes([id]);
    draw.relabel();
    if (listView) pendingView = "fit";
    else fitAll(false);
    setFragment();
    return true;
  }

  /* Lay the ego view out for the room the map has now, and move its nodes there. */
  var layouts = 0;
  function placeEgo() {
    var room = egoRoom(), layout = egoLayout(ego.centre, ego.step, room), step = ego.step, updates = [];
    ["rings", "place", "radius", "arc", "names", "reach", "scale"].forEach(function (key) { ego[key] = layout[key]; });
    ego.room = room;
    ego.layout = ++layouts;
    Object.keys(moved).forEach(function (key) {   // the last ego view's nodes that this one leaves out
      if (key in step) return;
      var node = data.nodes[key];
      updates.push({id: node.id, x: node.x, y: node.y, label: node.label});
      delete moved[key];
    });
    Object.keys(step).forEach(function (key) {
      var node = data.nodes[key], p = layout.place[key];
      moved[key] = true;
      updates.push({id: node.id, x: p.x, y: p.y, label: ""});   // drawn by drawEgoNames and drawEgoRings
    });
    nodes.update(updates);
  }

  /* Back to the whole map as it was: positions, names, the camera, the lines and the list's order.
   * Focus that was in the ego bar goes back to where the ego view was opened from. */
  function leaveEgo() {
    if (!ego) return;
    var active = document.activeElement, bar = $("ego");
    var updates = Object.keys(moved).map(function (key) {
      var node = data.nodes[key];
      return {id: node.id, x: node.x, y: node.y, label: node.label};
    });
    moved = Object.create(null);
    ego = null;
    nodes.update(updates);
    showLinks(egoBefore.links);
    stepsColumn(false);
    sortBy(egoBefore.sortKey, egoBefore.sortDir);
    bar.hidden = true;
    container.setAttribute("aria-label", T.map_name);
    $("zoom-fit").textContent = T.zoom_fit;
    change = T.ego_left;
    applyFilters();
    draw.relabel();
    if (listView) pendingView = egoBefore.view;
    else if (egoBefore.view === "fit") fitAll(false);
    else network.moveTo({position: egoBefore.view.position, scale: egoBefore.view.scale});
    clearFragment();
    egoBefore = null;
    if (bar.contains(active) || !isShown(active)) {
      var target = egoFrom;
      if (!isShown(target)) target = !panel.hidden ? $("panel-name") : listView ? $("list-region") : container;
      target.focus();
    }
    egoFrom = null;
  }

  // --- the address: #aktor=12&trin=2 opens the ego view; the page keeps it up to date ----------
  function fragmentFor(id, steps) { return "#" + T.ego_key_id + "=" + id + "&" + T.ego_key_steps + "=" + steps; }
  /* A page shown inside another (a notebook's iframe srcdoc) has no address of its own
   * (about:srcdoc): there the link is the fragment alone, with a word on where it works. */
  var EMBEDDED = window.location.protocol === "about:";
  function linkFor(id, steps) {
    return (EMBEDDED ? "" : window.location.href.split("#")[0]) + fragmentFor(id, steps);
  }

  function setFragment() {
    try { window.history.replaceState(null, "", fragmentFor(ego.centre, ego.steps)); } catch (e) { /* a page that may not */ }
  }
  function clearFragment() {
    try { window.history.replaceState(null, "", window.location.href.split("#")[0]); } catch (e) { /* a page that may not */ }
  }

  /* What the fragment asks for: null (nothing, or an anchor on the page), {id, steps}, or
   * {error: text key}. The id is a node's number on this page (actors and staff only); steps
   * 1 or 2, 1 when left out. The keys are read in every language netkort writes them in
   * (data.link_keys, from Python: aktor, aktør or actor, and trin, trinn, steg or steps).
   * Anything else is refused whole; nothing of it is ever put on the page. */
  // A link key as plain letters: 'aktör' and 'aktør' (typed by hand) are the page's 'aktor'.
  function plainKey(key) {
    return String(key).toLowerCase().replace(/ø/g, "o").replace(/æ/g, "ae")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function readFragment(hash) {
    var text = String(hash || "").replace(/^#/, ""), found = {}, bad = false;
    if (!text) return null;
    if (/^[A-Za-z][\w-]{0,40}$/.test(text) && document.getElementById(text)) return null;
    if (text.length > 200) return {error: "link_bad"};
    text.split("&").forEach(function (part) {
      var eq = part.indexOf("="), key, value;
      try {
        key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
        value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
      } catch (e) { bad = true; return; }
      key = plainKey(key);
      if (data.link_keys.id.map(plainKey).indexOf(key) >= 0 && !("id" in found)) found.id = value;
      else if (data.link_keys.steps.map(plainKey).indexOf(key) >= 0 && !("steps" in found)) found.steps = value;
      else bad = true;
    });
    if (bad || !("id" in found)) return {error: "link_bad"};
    if (/^[0-9]{1,9}$/.test(found.id) && data.nodes[Number(found.id)] &&
        data.nodes[Number(found.id)].kind === "library") return {error: "link_library"};
    if (!/^[0-9]{1,9}$/.test(found.id) || !canCentre(Number(found.id))) return {error: "link_bad_id"};
    var steps = "steps" in found ? found.steps : "1";
    if (steps !== "1" && steps !== "2") return {error: "link_bad_steps"};
    return {id: Number(found.id), steps: Number(steps)};
  }

  function followFragment() {
    var wanted = readFragment(window.location.hash);
    if (!wanted) {
      if (ego && !window.location.hash) leaveEgo();
      return;
    }
    if (wanted.error) {
      $("notice").textContent = T[wanted.error];
      if (ego) setFragment();
      else clearFragment();
      return;
    }
    if (!ego || ego.centre !== wanted.id || ego.steps !== wanted.steps) enterEgo(wanted.id, wanted.steps, null);
  }
  window.addEventListener("hashchange", followFragment);

  /* The link on the clipboard; where the page may not write there, in a field, selected. */
  function copyLink(url, box) {
    var field = box.querySelector("input"), note = box.querySelector(".copied");
    field.value = url;
    note.textContent = "";
    box.hidden = false;
    var where = EMBEDDED ? " " + fmt(T.ego_embedded, {fragment: url}) : "";
    function select() {
      field.focus();
      field.select();
      note.textContent = T.ego_select + where;
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(function () { note.textContent = T.ego_copied + where; }, select);
    } else select();
  }

  function panelSteps() {
    var radio = document.querySelector('input[name="panel-steps"]:checked');
    return radio ? Number(radio.value) : 1;
  }
  $("ego-show").addEventListener("click", function () { enterEgo(panelId, panelSteps(), $("ego-show")); });
  $("panel-copy").addEventListener("click", function () {
    copyLink(linkFor(panelId, panelSteps()), $("panel-ego").querySelector(".link-out"));
  });
  $("ego-copy").addEventListener("click", function () {
    copyLink(linkFor(ego.centre, ego.steps), $("ego").querySelector(".link-out"));
  });
  $("ego-leave").addEventListener("click", leaveEgo);
  document.querySelectorAll('input[name="ego-steps"]').forEach(function (radio) {
    radio.addEventListener("change", function () { if (ego && radio.checked) enterEgo(ego.centre, Number(radio.value)); });
  });

  // --- start -----------------------------------------------------------------------------------
  network.once("afterDrawing", function () { document.documentElement.dataset.ready = "true"; });
  fitAll(false);
  followFragment();
  window.netkort = {data: data, select: select, applyFilters: applyFilters, fold: fold, showView: showView,
                    listRows: listRows, closePanel: closePanel, enterEgo: enterEgo, leaveEgo: leaveEgo,
                    egoSteps: egoSteps, ego: function () { return ego; },
                    egoNames: function () { return cutNames.names; }};
})();
