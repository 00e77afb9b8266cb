/* netkort workshop: the projector page. The live map with netkort map's look (the
 * same page data, colours, line styles and guides), counts per space and level,
 * call-outs as gaps close, a ticker, and the facilitator's interest grid.
 *
 * Safety: every name is drawn on the canvas by vis-network or set with textContent;
 * vis-network's HTML tooltips are not used. Scripts come from netkort only (CSP).
 */
(function () {
  "use strict";

  var page = JSON.parse(document.getElementById("texts").textContent);
  var T = page.t, L = page.labels;
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  var LABEL_MIN = 9;   // netkort map hides labels under 12 px; a projector with few actors shows more names
  function $(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? values[key] : m; });
  }
  function capital(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }

  var state = null, layout = "circle", initiative = "", previousCounts = null, fitted = false;
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var container = $("map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    autoResize: true, physics: false, layout: {improvedLayout: false},
    nodes: {font: {face: FONT, color: "#111827", strokeWidth: 5, strokeColor: "rgba(255,255,255,0.92)"},
            scaling: {label: {enabled: false, drawThreshold: LABEL_MIN}}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 0},
    interaction: {hover: false, dragNodes: false, keyboard: false, navigationButtons: false, zoomSpeed: 0.7}
  });

  // --- the map, as netkort map draws it ----------------------------------------------
  function nodeColor(map, node) {
    var S = map.styles, entry;
    if (node.kind === "library") entry = S.library;
    else if (node.kind === "staff") entry = S.staff;
    else {
      entry = null;
      map.palettes.level.forEach(function (item) { if (item.key === (node.fields.level || "unknown")) entry = item; });
      entry = entry || {background: "#e0e0e0", border: "#8a8a8a"};
    }
    return {background: entry.background, border: entry.border,
            highlight: {background: entry.background, border: "#000000"}};
  }

  function labelGroups(S, scale) {
    var groups = {};
    Object.keys(S.labels).forEach(function (tier) {
      var size = S.labels[tier] * scale < LABEL_MIN ? 1 : Math.min(S.labels[tier], S.label_cap / scale);
      groups[tier] = {font: {size: Math.round(size * 100) / 100}};
    });
    return groups;
  }

  function showMap(map) {
    var S = map.styles, opacity = map.layout === "spaces" ? 0.35 : 0.55;
    var shown = map.nodes.map(function (node) {
      return {id: node.id, x: node.x, y: node.y, label: node.label, shape: S.shapes[node.kind], size: node.size,
              group: node.tier, color: nodeColor(map, node), borderWidth: node.kind === "actor" ? 1.5 : 2.5,
              name: node.name};
    });
    var lines = map.edges.map(function (edge, index) {
      var line = S.lines[edge.level || "unknown"], color = line.color, width = line.width, dashes = line.dashes;
      if (edge.kind === "employs") { color = S.employs; width = 2; dashes = false; }
      else if (edge.kind === "relation") { color = S.relation; width = Math.max(2, width); }
      return {id: index, from: edge.from, to: edge.to, width: width, dashes: dashes,
              color: {color: color, highlight: "#111111", opacity: opacity}};
    });
    nodes.clear(); edges.clear();
    nodes.add(shown); edges.add(lines);
    network.setOptions({groups: labelGroups(S, network.getScale() || 1)});
    fitAll();
  }

  function fitAll() {
    var guides = state && state.map.guides;
    if (!guides || !guides.bounds) { network.fit({animation: false}); return; }
    var b = guides.bounds, width = container.clientWidth || 1, height = container.clientHeight || 1;
    var scale = 0.97 * Math.min(width / (b[2] - b[0]), height / (b[3] - b[1]));
    network.moveTo({position: {x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2}, scale: scale, animation: false});
    if (state) network.setOptions({groups: labelGroups(state.map.styles, scale)});
  }
  window.addEventListener("resize", fitAll);

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16 & 255) + "," + (n >> 8 & 255) + "," + (n & 255) + "," + a + ")";
  }
  function text(ctx, value, x, y, px, options) {
    var scale = network.getScale();
    options = options || {};
    ctx.font = (options.weight || "600") + " " + (px / scale) + "px " + FONT;
    ctx.textAlign = options.align || "center";
    ctx.textBaseline = options.baseline || "middle";
    if (options.pill) {
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

  function drawGuides(ctx, labels) {
    if (!state) return;
    var guides = state.map.guides, scale = network.getScale();
    if (guides.type === "circle") {
      var pad = guides.spacing * 0.6;
      guides.rings.forEach(function (ring) {
        var inner = Math.max(ring.inner - pad, 0), outer = ring.outer + pad;
        if (labels) {
          text(ctx, ring.label, 0, -(ring.inner + ring.outer) / 2, 17, {color: ring.border, pill: true, weight: "700"});
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
    } else if (guides.type === "spaces") {
      guides.areas.forEach(function (area) {
        var w = area.x1 - area.x0, h = area.y1 - area.y0, cx = (area.x0 + area.x1) / 2;
        if (!labels) {
          ctx.fillStyle = alpha(area.color, area.empty ? 0.04 : 0.10);
          ctx.fillRect(area.x0, area.y0, w, h);
          ctx.lineWidth = 2 / scale;
          ctx.setLineDash(area.empty ? [10 / scale, 8 / scale] : []);
          ctx.strokeStyle = alpha(area.color, 0.7);
          ctx.strokeRect(area.x0, area.y0, w, h);
          ctx.setLineDash([]);
          return;
        }
        var quadrant = area.key !== "house" && area.key !== "none", pad = 12 / scale;
        if (!quadrant) {
          text(ctx, area.label, cx, area.y0 - pad, 18, {baseline: "bottom", weight: "700", pill: true});
          return;
        }
        var left = area.x1 <= 0, top = area.y1 <= 0, lines = area.lines || [];
        var x = left ? area.x0 + pad : area.x1 - pad;
        var y = top ? area.y0 + pad : area.y1 - pad - (26 + lines.length * 19) / scale;
        text(ctx, area.label, x, y, 22, {align: left ? "left" : "right", baseline: "top", weight: "700", pill: true});
        lines.forEach(function (line, i) {
          text(ctx, line.text, x, y + 28 / scale + i * 19 / scale, 15,
               {align: left ? "left" : "right", baseline: "top", pill: true, color: line.color || "#374151"});
        });
      });
    }
  }
  network.on("beforeDrawing", function (ctx) { drawGuides(ctx, false); });
  network.on("afterDrawing", function (ctx) { drawGuides(ctx, true); });

  // --- counts, call-outs, ticker ---------------------------------------------------------
  function showCounts(counts) {
    L.spaces.forEach(function (space) {
      L.levels.forEach(function (level) {
        var n = counts[space][level];
        $("count-" + space + "-" + level).textContent = String(n);
        if (previousCounts && !previousCounts[space][level] && n) {
          callout(fmt(T.first, {space: L.space[space], level: L.level[level]}));
        }
      });
    });
    previousCounts = counts;
  }

  function callout(message) {
    var item = document.createElement("li");
    item.textContent = message;
    var list = $("callouts");
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 5) list.removeChild(list.lastChild);
  }

  function showTicker(ticker) {
    var list = $("ticker");
    list.textContent = "";
    ticker.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = fmt(T.ticker_line, {participant: line.participant, name: line.name}) +
        " (" + (L.level[line.level] || "") + ")";
      list.appendChild(item);
    });
  }

  // --- the interest grid ---------------------------------------------------------------
  var chosen = null;
  function showPick(names) {
    var list = $("pick");
    var focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.name : null;
    list.textContent = "";
    names.forEach(function (name) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = name;
      button.dataset.name = name;
      button.draggable = true;
      button.setAttribute("aria-pressed", String(name === chosen));
      button.addEventListener("click", function () {
        chosen = chosen === name ? null : name;
        list.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.name === chosen)); });
      });
      button.addEventListener("dragstart", function (event) { event.dataTransfer.setData("text/plain", name); });
      item.appendChild(button);
      list.appendChild(item);
      if (name === focused) button.focus();
    });
  }

  function showPlaced(placed) {
    document.querySelectorAll("#grid .cell .placed").forEach(function (span) { span.textContent = ""; });
    placed.forEach(function (item) {
      var cell = document.querySelector('#grid .cell[data-influence="' + item.influence + '"][data-interest="' + item.interest + '"] .placed');
      if (!cell) return;
      var chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = item.name;
      cell.appendChild(chip);
    });
  }

  function place(name, cell) {
    fetch("/api/place", {method: "POST", credentials: "same-origin", headers: {"content-type": "application/json"},
                         body: JSON.stringify({initiative: initiative, name: name,
                                               influence: cell.dataset.influence, interest: cell.dataset.interest})})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        $("place-status").textContent = data.errors ? Object.keys(data.errors).map(function (k) { return data.errors[k]; }).join(" ")
          : fmt(T.placed, data);
      });
  }
  document.querySelectorAll("#grid .cell").forEach(function (cell) {
    cell.addEventListener("click", function () { if (chosen) place(chosen, cell); });
    cell.addEventListener("dragover", function (event) { event.preventDefault(); });
    cell.addEventListener("drop", function (event) {
      event.preventDefault();
      var name = event.dataTransfer.getData("text/plain");
      if (name) place(name, cell);
    });
  });
  $("initiative-form").addEventListener("submit", function (event) {
    event.preventDefault();
    initiative = $("initiative").value.trim();
    $("interest-body").hidden = !initiative;
    connect();
  });
  $("personal").addEventListener("change", function () {
    fetch("/api/personal", {method: "POST", credentials: "same-origin", headers: {"content-type": "application/json"},
                            body: JSON.stringify({on: $("personal").checked})});
  });

  // --- the live stream -----------------------------------------------------------------
  var source = null;
  function connect() {
    if (source) source.close();
    source = new EventSource("/events?layout=" + layout + (initiative ? "&initiative=" + encodeURIComponent(initiative) : ""));
    source.onopen = function () { $("connection").textContent = T.live; $("connection").className = "connection ok"; };
    source.onerror = function () { $("connection").textContent = T.stopped; $("connection").className = "connection lost"; };
    source.onmessage = function (event) {
      state = JSON.parse(event.data);
      showMap(state.map);
      showCounts(state.counts);
      showTicker(state.ticker);
      $("entries").textContent = fmt(T.entries, {n: state.entries});
      $("actors").textContent = fmt(T.actors, {n: state.actors});
      if (initiative) { showPick(state.names); showPlaced(state.placed); }
      window.workshop.version = state.version;
      window.workshop.received.push({version: state.version, entries: state.entries, at: Date.now()});
    };
  }
  document.querySelectorAll("[data-layout]").forEach(function (button) {
    button.addEventListener("click", function () {
      layout = button.dataset.layout;
      document.querySelectorAll("[data-layout]").forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
      connect();
    });
  });
  window.workshop = {network: network, nodes: nodes, edges: edges, received: [],
                     state: function () { return state; }};
  connect();
})();
