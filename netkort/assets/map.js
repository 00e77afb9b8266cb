/* netkort map page: draws the network with vis-network and adds search, filters,
 * the details panel, colour switching and the guides (rings or quadrants), and the
 * same actors as a table (the "Liste" view) for anyone who cannot use the canvas.
 *
 * Keyboard: the map is one focusable element (role application) whose arrow keys pan,
 * + and - zoom and 0 fits; Enter in search opens the details and moves focus there;
 * Escape closes them and gives focus back to where it came from.
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

  // --- the network: drawn by map-draw.js, the look every netkort map shares ---------
  var colorBy = data.color;
  var draw = window.netkortDraw({labelMin: 12, hidden: function (id) { return hidden[id]; }});
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

  function fitAll(animate) {
    draw.fit(animate && !reduceMotion ? {duration: 400, easingFunction: "easeInOutQuad"} : false);
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
      var visible = passes(node);
      if (visible && node.kind === "actor") shown++;
      if (visible === !!hidden[node.id]) {   // changed
        hidden[node.id] = !visible;
        updates.push({id: node.id, hidden: !visible});
      }
    });
    if (updates.length) nodes.update(updates);
    $("count").textContent = fmt(T.showing, {shown: shown, total: actorNodes.length});
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
    heading.textContent = T.field_actors + " · " + held.length;
    held.slice(0, MAX_HELD).forEach(function (node) {
      var item = document.createElement("li");
      item.appendChild(nodeButton(node.id));
      items.appendChild(item);
    });
    box.appendChild(heading);
    box.appendChild(items);
    if (held.length > MAX_HELD) {
      var more = document.createElement("p");
      more.textContent = fmt(T.more_actors, {n: held.length - MAX_HELD});
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

  function showPanel(id) {
    var node = data.nodes[id], list = $("panel-fields");
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
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.defaultPrevented && !panel.hidden) {
      closePanel(true);
      event.preventDefault();
    }
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
    else if (matches.length > MAX_MATCHES) message = fmt(T.search_more, {n: matches.length, shown: MAX_MATCHES});
    else if (matches.length) message = fmt(T.search_found, {n: matches.length});
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
    else if (event.key === "Escape" && panel.hidden) {
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
  var RANK = {partnership: 0, cooperation: 1, network: 2};
  var tbody = document.querySelector("#list tbody");

  function cellText(node, column) {
    var f = node.fields;
    if (column === "name") return node.name;
    if (column === "level") return capital(f.level ? display("level", f.level) : T.unknown_level);
    if (column === "type") return f.type || "";
    if (column === "spaces") return f.spaces && f.spaces.length ? display("spaces", f.spaces) : "";
    return node.staff.map(function (id) { return data.nodes[id].name; }).join(", ");
  }

  /* Actor ids in a column's order, computed once per column (empty values last). */
  function sortedIds(column) {
    if (sorted[column]) return sorted[column];
    var keys = Object.create(null);
    actorNodes.forEach(function (node) { keys[node.id] = cellText(node, column); });
    var ids = actorNodes.map(function (node) { return node.id; });
    ids.sort(function (a, b) {
      var byKey;
      if (column === "level") {
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

  /* The actors the list shows: those the filters let through, narrowed by the search. */
  function listRows() {
    var order = sortedIds(sortKey), query = fold(search.value), rows = [];
    for (var k = 0; k < order.length; k++) {
      var id = order[sortDir > 0 ? k : order.length - 1 - k];
      if (hidden[id] || (query && folded[id].indexOf(query) < 0)) continue;
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
      COLUMNS.forEach(function (column) {
        var cell = document.createElement("td");
        cell.textContent = cellText(node, column);
        row.appendChild(cell);
      });
      fragment.appendChild(row);
    });
    if (!rows.length) {
      var row = document.createElement("tr"), cell = document.createElement("td");
      cell.colSpan = COLUMNS.length + 1;
      cell.className = "empty";
      cell.textContent = T.list_empty;
      row.appendChild(cell);
      fragment.appendChild(row);
    }
    tbody.textContent = "";
    tbody.appendChild(fragment);
    var query = search.value.trim();
    $("list-caption").textContent = (query ? fmt(T.list_caption_search, {query: query}) : T.list_caption) +
      " · " + rows.length;
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
      sortDir = column === sortKey ? -sortDir : 1;
      sortKey = column;
      document.querySelectorAll("#list thead th").forEach(function (head) { head.removeAttribute("aria-sort"); });
      button.parentNode.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      listPage = 0;
      renderList();
    });
  });
  $("page-prev").addEventListener("click", function () { listPage--; renderList(); });
  $("page-next").addEventListener("click", function () { listPage++; renderList(); });

  var tabs = [$("tab-map"), $("tab-list")];
  var mapShownOnce = true;

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
      network.redraw();
      if (!mapShownOnce) { mapShownOnce = true; fitAll(false); }
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

  // --- start -----------------------------------------------------------------------------------
  network.once("afterDrawing", function () { document.documentElement.dataset.ready = "true"; });
  fitAll(false);
  window.netkort = {data: data, select: select, applyFilters: applyFilters, fold: fold, showView: showView,
                    listRows: listRows, closePanel: closePanel};
})();
