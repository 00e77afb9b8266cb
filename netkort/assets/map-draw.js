/* netkort's map look, shared by every page that draws the network: the map page
 * (netkort map, which inlines this file before map.js) and the workshop's projector
 * (served as /assets/map-draw.js under its Content-Security-Policy). One copy, so both
 * draw the same dots, outlines, level rings, line styles, guides and ring titles.
 *
 *   var draw = netkortDraw({labelMin: 12, hidden: function (id) { ... }});
 *   draw.use(pageData);                        // the JSON netkort.map.build_map gives
 *   var network = new vis.Network(el, {...}, draw.visOptions(interaction));
 *   nodes = pageData.nodes.map(function (n) { return draw.visNode(n, "level"); });
 *   draw.attach(network, el);                  // guides, rings and titles on every frame
 *   draw.fit(false);                           // the whole drawing, guides included
 *
 * use() may be called again with new page data (the projector's live map).
 *
 * A page may show a view of its own for a while (the map page's ego view, "Vis kun
 * nærmeste"): options.layer() returns null, or {behind: fn(ctx), over: fn(ctx)}, drawn
 * instead of the guides, the partners' radial names and the ring titles (the level
 * rings around each actor stay); options.at(node) says where a node stands now when the
 * page has moved it. draw.relabel() sizes the labels again after such a change, and
 * draw.text() draws text of a constant size on screen, as the guides' titles are.
 *
 * Safety: names are only drawn on the canvas (fillText), never put into HTML.
 */
(function () {
  "use strict";

  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  var GREY = {background: "#e0e0e0", border: "#8a8a8a"};

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16 & 255) + "," + (n >> 8 & 255) + "," + (n & 255) + "," + a + ")";
  }

  window.netkortDraw = function (options) {
    options = options || {};
    /* A label that would be smaller than labelMin pixels is not drawn at all (vis-network
     * would draw it faded, which reads as clutter). */
    var LABEL_MIN = options.labelMin || 12;
    var isHidden = options.hidden || function () { return false; };
    var layer = options.layer || function () { return null; };
    var at = options.at || function (node) { return node; };
    var data = null, S = null, guides = {type: "none"}, palettes = {};
    var RADIAL = false, radialNodes = [], ringed = [], ringGap = Infinity;
    var network = null, container = null, labelKey = "", labelPending = false, drawnScale = 0;

    /* New page data: everything derived from it is computed again. */
    function use(pageData) {
      data = pageData;
      S = data.styles;
      guides = data.guides;
      palettes = {};
      Object.keys(data.palettes).forEach(function (attribute) {
        palettes[attribute] = Object.create(null);
        data.palettes[attribute].forEach(function (entry) { palettes[attribute][entry.key] = entry; });
      });
      RADIAL = guides.type === "circle" && guides.rings.some(function (ring) { return ring.names; });
      radialNodes = RADIAL ? data.nodes.filter(function (node) { return node.tier === "partnership"; }) : [];
      ringed = data.nodes.filter(function (node) { var mark = markOf(node); return mark && mark.rings > 0; });
      /* The ring titles' size: 17 px, smaller on a small map (a phone) so that neighbouring
       * titles do not overlap; zooming in gives them room again. */
      var middles = guides.type === "circle" ? guides.rings.map(function (ring) { return (ring.inner + ring.outer) / 2; }) : [];
      ringGap = middles.reduce(function (gap, y, i) { return i ? Math.min(gap, Math.abs(y - middles[i - 1])) : gap; }, Infinity);
      labelKey = "";
      drawnScale = 0;
    }

    // --- colours and marks ---------------------------------------------------------------
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
      var border = node.kind === "actor" ? S.outline : entry.border;
      return {background: entry.background, border: border,
              highlight: {background: entry.background, border: "#000000"},
              hover: {background: entry.background, border: "#000000"}};
    }

    /* Level as a mark, not only a colour: the rings are drawn after vis-network (drawMarks
     * below); an actor of unknown level gets a dashed outline here. */
    function markOf(node) { return node.kind === "actor" ? S.marks[node.tier] || S.marks.unknown : null; }

    function visNode(node, attribute) {
      var mark = markOf(node), out = {
        id: node.id, x: node.x, y: node.y, label: node.label, shape: S.shapes[node.kind],
        size: node.size, group: node.tier, color: nodeColor(node, attribute),
        borderWidth: node.kind === "actor" ? 1.5 : 2.5, borderWidthSelected: 3};
      if (mark && mark.dashed) out.shapeProperties = {borderDashes: [3, 2]};
      return out;
    }

    function visEdge(edge, index) {
      var line = S.lines[edge.level || "unknown"];
      var color = line.color, width = line.width, dashes = line.dashes;
      if (edge.kind === "employs") { color = S.employs; width = 2.5; dashes = S.employs_dashes; }
      else if (edge.kind === "relation") { color = S.relation; width = Math.max(1.5, width); }
      return {id: index, from: edge.from, to: edge.to, width: width, dashes: dashes,
              color: {color: color, highlight: "#111111", hover: color, opacity: 1}};
    }

    /* Label sizes per tier (house, staff, each level): big enough to read in an overview,
     * capped on screen when zoomed in so that neighbours' names stop overlapping. */
    function labelGroups(scale) {
      var groups = {};
      Object.keys(S.labels).forEach(function (tier) {
        var size = S.labels[tier] * scale < LABEL_MIN ? 1 : Math.min(S.labels[tier], S.label_cap / scale);
        if (tier === "partnership" && RADIAL && !layer()) size = 1;   // drawn along the radius instead
        groups[tier] = {font: {size: Math.round(size * 100) / 100}};
      });
      return groups;
    }

    /* vis-network's options for this look; ``interaction`` is the page's own. */
    function visOptions(interaction) {
      return {
        autoResize: true,
        physics: false,
        layout: {improvedLayout: false},
        nodes: {
          font: {face: FONT, color: "#111827", strokeWidth: 5, strokeColor: "rgba(255,255,255,0.92)"},
          scaling: {label: {enabled: false, drawThreshold: LABEL_MIN}}
        },
        groups: S ? labelGroups(1) : {},
        edges: {smooth: false, selectionWidth: 2, hoverWidth: 0},
        interaction: interaction
      };
    }

    // --- guides: rings or quadrants, drawn behind the nodes --------------------------------
    /* Text of a constant size on screen, whatever the zoom. */
    function text(ctx, value, x, y, px, opts) {
      var scale = network.getScale();
      opts = opts || {};
      ctx.font = (opts.weight || "600") + " " + (px / scale) + "px " + FONT;
      ctx.textAlign = opts.align || "center";
      ctx.textBaseline = opts.baseline || "middle";
      if (opts.pill) {   // a white box behind the text, so lines and nodes do not cross it
        var width = ctx.measureText(value).width, unit = px / scale, left = x, top = y - 0.7 * unit;
        if (ctx.textAlign === "center") left = x - width / 2;
        else if (ctx.textAlign === "right") left = x - width;
        if (ctx.textBaseline === "top") top = y - 0.15 * unit;
        else if (ctx.textBaseline === "bottom") top = y - 1.25 * unit;
        ctx.fillStyle = "rgba(255,255,255,0.95)";
        ctx.fillRect(left - 6 / scale, top, width + 12 / scale, 1.4 * unit);
      }
      ctx.fillStyle = opts.color || "#111827";
      ctx.fillText(value, x, y);
    }

    function drawRings(ctx, labels) {
      var pad = guides.spacing * 0.6, scale = network.getScale();
      var px = Math.max(10, Math.min(17, 0.75 * ringGap * scale));
      guides.rings.forEach(function (ring) {
        var inner = Math.max(ring.inner - pad, 0), outer = ring.outer + pad;
        if (labels) {   // in the arc the layout keeps free at the top of the ring
          text(ctx, ring.label, 0, -(ring.inner + ring.outer) / 2, px,
               {color: ring.border, pill: true, weight: "700"});
          return;
        }
        ctx.beginPath();
        ctx.arc(0, 0, outer, 0, 2 * Math.PI, false);
        ctx.arc(0, 0, inner, 0, 2 * Math.PI, true);
        ctx.fillStyle = alpha(ring.color, ring.level === "network" ? 0.16 : 0.09);
        ctx.fill();
        ctx.lineWidth = 1.2 / scale;
        ctx.strokeStyle = ring.border;   // at least 3:1 on the page, like every mark
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
      ctx.strokeStyle = area.border || area.color;
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
          ctx.strokeStyle = "#4b5563";
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
        if (isHidden(node.id)) return;
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

    /* The level's rings around each actor on screen: two for partnership, one for cooperation
     * (look.LEVEL_MARKS). One path per ring, so even 20,000 actors cost a few strokes. The
     * gap and the line stay at least 2 and 1 screen pixels; dots too small to carry rings
     * (a far overview) get none. */
    function drawMarks(ctx) {
      if (!ringed.length) { container.dataset.rings = "0"; return; }
      var scale = network.getScale(), width = container.clientWidth, height = container.clientHeight;
      var low = network.DOMtoCanvas({x: 0, y: 0}), high = network.DOMtoCanvas({x: width, y: height});
      var line = Math.max(1.3, 1 / scale), path = false, count = 0;
      ctx.beginPath();
      ringed.forEach(function (node) {
        if (isHidden(node.id) || node.size * scale < 2.5) return;
        var gap = Math.max(0.22 * node.size, 2.2 / scale), rings = S.marks[node.tier].rings, r = node.size + gap;
        var p = at(node);
        if (p.x + r + 2 * gap < low.x || p.x - r - 2 * gap > high.x ||
            p.y + r + 2 * gap < low.y || p.y - r - 2 * gap > high.y) return;
        for (var i = 0; i < rings; i++, r += gap + line) {
          ctx.moveTo(p.x + r, p.y);
          ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
          path = true;
          count++;
        }
      });
      container.dataset.rings = String(count);   // how many rings this frame drew, for tests
      if (!path) return;
      ctx.lineWidth = line;
      ctx.strokeStyle = S.outline;
      ctx.setLineDash([]);
      ctx.stroke();
    }

    function capLabels() {
      labelPending = false;
      if (!data) return;
      var groups = labelGroups(network.getScale()), key = JSON.stringify(groups);
      if (key !== labelKey) { labelKey = key; network.setOptions({groups: groups}); }
    }

    /* The labels sized again now (a page's layer came or went). */
    function relabel() {
      labelKey = "";
      if (network) capLabels();
    }

    /* Draw the guides behind the nodes, and the rings, names and titles over them. */
    function attach(net, box) {
      network = net;
      container = box;
      network.on("beforeDrawing", function (ctx) {
        if (!data) return;
        var own = layer();
        if (own) own.behind(ctx);
        else if (guides.type === "circle") drawRings(ctx, false);
        else if (guides.type === "spaces") drawSpaces(ctx, false);
      });
      /* Any change of scale (wheel, search, fit, reset) is seen when the next frame is drawn. */
      network.on("afterDrawing", function () {
        var scale = network.getScale();
        if (data && scale !== drawnScale && !labelPending) {
          drawnScale = scale;
          labelPending = true;
          window.requestAnimationFrame(capLabels);
        }
      });
      network.on("afterDrawing", function (ctx) {
        if (!data) return;
        drawMarks(ctx);
        var own = layer();
        if (own) { own.over(ctx); return; }
        if (RADIAL) drawRadialNames(ctx);
        if (guides.type === "circle") drawRings(ctx, true);
        else if (guides.type === "spaces") drawSpaces(ctx, true);
      });
    }

    /* Fit the whole drawing, guides included (vis's own fit sees only the nodes). */
    function fit(animation) {
      if (!guides.bounds) { network.fit({animation: animation}); return; }
      var b = guides.bounds, width = container.clientWidth || 1, height = container.clientHeight || 1;
      var scale = 0.97 * Math.min(width / (b[2] - b[0]), height / (b[3] - b[1]));
      network.moveTo({position: {x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2}, scale: scale,
                      animation: animation});
    }

    return {FONT: FONT, use: use, colorKey: colorKey, nodeColor: nodeColor, visNode: visNode, visEdge: visEdge,
            labelGroups: labelGroups, visOptions: visOptions, attach: attach, fit: fit,
            relabel: relabel, text: text,
            palette: function (attribute) { return palettes[attribute]; }};
  };
})();
