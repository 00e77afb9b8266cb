/* netkort workshop: the projector page. The live map drawn by netkort's own map-draw.js,
 * the code `netkort map` draws with (the same page data, marks, rings, line styles,
 * guides and ring titles), with the map's legend; counts per space and level,
 * call-outs as gaps close, a ticker, and the facilitator's interest grid.
 *
 * Safety: every name is drawn on the canvas by vis-network or set with textContent;
 * vis-network's HTML tooltips are not used. Scripts come from netkort only (CSP).
 */
(function () {
  "use strict";

  var page = JSON.parse(document.getElementById("texts").textContent);
  var T = page.t, L = page.labels;
  function $(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? values[key] : m; });
  }

  var state = null, layout = "circle", initiative = "", previousCounts = null;

  // --- the map: drawn by netkort's map-draw.js, the look of `netkort map` ----------------
  /* netkort map hides labels under 12 px; a projector with few actors shows more names. */
  var draw = window.netkortDraw({labelMin: 9});
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var container = $("map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges},
    draw.visOptions({hover: false, dragNodes: false, keyboard: false, navigationButtons: false, zoomSpeed: 0.7}));
  draw.attach(network, container);

  /* A new picture of the network: every node and line drawn again (page ids are fresh
   * numbers on every build, so nothing is merged into an old node). As on the map page,
   * the lines to staff and the house are off on the spaces layout. */
  function showMap(map) {
    var links = map.layout !== "spaces";
    draw.use(map);
    var shown = map.nodes.map(function (node) {
      var out = draw.visNode(node, "level");
      out.name = node.name;
      return out;
    });
    var lines = map.edges.map(function (edge, index) {
      var out = draw.visEdge(edge, index);
      if (!links && edge.kind !== "relation") out.hidden = true;
      return out;
    });
    nodes.clear(); edges.clear();
    nodes.add(shown); edges.add(lines);
    draw.fit(false);
    showLegend(map);
  }
  window.addEventListener("resize", function () { if (state) draw.fit(false); });

  /* The legend under the map: each level's count, and the line styles the map uses now
   * (above netkort.map.DASH_LIMIT lines, network and unknown are drawn thin and solid). */
  function showLegend(map) {
    var counts = {};
    map.palettes.level.forEach(function (entry) { counts[entry.key] = entry.count; });
    document.querySelectorAll("#legend-levels li[data-level]").forEach(function (item) {
      var n = counts[item.dataset.level] || 0;
      item.querySelector(".n").textContent = String(n);
      if (item.dataset.level === "unknown") item.hidden = !n;
    });
    document.querySelectorAll(".legend-lines li[data-line]").forEach(function (item) {
      var style = map.styles.lines[item.dataset.line], line = item.querySelector("line");
      line.setAttribute("stroke", style.color);
      line.setAttribute("stroke-width", String(style.width));
      if (style.dashes) line.setAttribute("stroke-dasharray", style.dashes.join(" "));
      else line.removeAttribute("stroke-dasharray");
      item.querySelector("span").textContent = map.texts["line_" + item.dataset.line];
    });
  }

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
      $("entries").textContent = state.figures.entries;   /* plural and number per language, from Python */
      $("actors").textContent = state.figures.actors;
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
  window.workshop = {network: network, nodes: nodes, edges: edges, received: [], container: container,
                     state: function () { return state; }};
  connect();
})();
