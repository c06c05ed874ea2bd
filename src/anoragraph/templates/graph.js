// The graph page: draws the JSON in #graph-data with vis-network and wires search, filters and
// the side panel. Every string from documents reaches the page through textContent or the
// canvas, never as markup.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  var nodeData = {};
  data.nodes.forEach(function (n) { nodeData[n.id] = n; });
  var edgeData = {};
  data.edges.forEach(function (e) { edgeData[e.id] = e; });
  var factsOf = {};  // node id -> facts it is the subject or object of
  data.facts.forEach(function (f) {
    (f.s === f.o ? [f.s] : [f.s, f.o]).forEach(function (id) {
      if (id !== null) { (factsOf[id] = factsOf[id] || []).push(f); }
    });
  });
  var legendLabel = {};
  data.legend.forEach(function (t) { legendLabel[t.type] = t.label; });

  function sourceLabel(index) {
    return index === null || index === undefined ? "unknown source" : data.sources[index].label;
  }

  function sourceList(indices) {
    return indices.map(sourceLabel).join(", ");
  }

  // -- tooltips: DOM elements, which vis-network shows as they are -----------------------------

  function tip(lines) {
    var box = el("div");
    lines.forEach(function (line) {
      if (line) { box.appendChild(el("div", line[1], line[0])); }
    });
    return box;
  }

  function firstQuotes(rows, limit) {
    var out = [];
    rows.forEach(function (ev) {
      if (out.length < limit && ev[1] !== null) {
        out.push(["tip-quote", "“" + data.sentences[ev[1]] + "” — " + sourceLabel(ev[0])]);
      }
    });
    return out;
  }

  function nodeTip(n) {
    if (n.kind === "claim") {
      var claim = data.claims[n.claim];
      return tip([
        ["tip-title", "Claim (" + n.stance + ")"],
        ["tip-quote", "“" + claim.text + "”"],
        claim.claimantLabel ? ["tip-line", "claimed by " + claim.claimantLabel] : null,
        ["tip-line", "source: " + (sourceList(n.src) || "none recorded")],
      ]);
    }
    var lines = [
      ["tip-title", n.label],
      ["tip-line", legendLabel[n.type] || n.type],
      n.aliases.length ? ["tip-line", "also: " + n.aliases.join(", ")] : null,
      ["tip-line", "mentioned " + n.mentions + "×; sources: " + (sourceList(n.src) || "none recorded")],
    ];
    var quotes = [];
    (factsOf[n.id] || []).forEach(function (f) {
      if (quotes.length < 2) { quotes = quotes.concat(firstQuotes(f.ev, 2 - quotes.length)); }
    });
    return tip(lines.concat(quotes, [["tip-line", "Click for everything said about it."]]));
  }

  function edgeTip(e) {
    var from = nodeData[e.from].label, to = nodeData[e.to].label;
    var lines = [["tip-title", from + " — " + e.label + " → " + to]];
    if (e.kind === "fact") {
      e.facts.forEach(function (k) {
        var f = data.facts[k];
        f.q.forEach(function (q) { lines.push(["tip-line", q[0] + ": " + q[1]]); });
        lines = lines.concat(firstQuotes(f.ev, 3));
      });
    } else if (e.claim !== null && e.claim !== undefined) {
      lines.push(["tip-quote", "“" + data.claims[e.claim].text + "”"]);
    }
    lines.push(["tip-line", "sources: " + (sourceList(e.src) || "none recorded")]);
    return tip(lines);
  }

  // -- the network -------------------------------------------------------------------------------

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id, label: n.label, shape: n.shape, size: n.size, title: nodeTip(n),
      color: { background: n.color, border: "#333", highlight: { background: n.color, border: "#000" } },
    };
    // Bigger names for bigger nodes, so hubs stay labelled when zoomed out; claim texts are
    // small and show only when zoomed in.
    item.font = n.kind === "claim" ? { size: 10, color: "#444" } : { size: Math.round(14 + n.size / 4) };
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTip(e),
      color: { color: e.color, highlight: "#000", hover: "#000" }, dashes: !!e.dashes,
    };
  }));
  var container = byId("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var api = { network: network, nodes: nodes, edges: edges, data: data, ready: false };
  window.anoragraph = api;

  function ready() {
    if (api.ready) { return; }
    network.setOptions({ physics: { enabled: false } });  // settled: now it stays still
    api.ready = true;
    document.body.setAttribute("data-ready", "true");
    updateCounts();
  }
  network.on("stabilizationProgress", function (p) {
    byId("counts").textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  network.once("stabilized", ready);
  if (data.nodes.length === 0) { ready(); }

  // -- header --------------------------------------------------------------------------------

  function visibleCount(set) {
    return set.get({ filter: function (item) { return !item.hidden; } }).length;
  }

  function updateCounts() {
    var n = visibleCount(nodes), e = visibleCount(edges);
    var text = n + " nodes, " + e + " links";
    if (n !== data.nodes.length || e !== data.edges.length) {
      text += " shown (of " + data.nodes.length + " and " + data.edges.length + ")";
    }
    if (data.focus) { text += " around “" + data.focus + "”"; }
    if (data.nodes.length === 0) { text = "Nothing to draw: no entities match."; }
    byId("counts").textContent = text;
  }

  var om = data.omitted;
  if (om.nodes > 0) {
    var note = byId("note");
    note.textContent = "Showing the " + data.nodes.length + " best-connected of " + om.total_nodes +
      " nodes: " + om.nodes + " nodes and " + om.edges + " links are left out. " +
      "Narrow the graph with --focus, --types or --sources to see them.";
    note.hidden = false;
  }

  // -- filters -------------------------------------------------------------------------------

  var hiddenTypes = {};
  var hiddenStances = {};
  var hiddenSources = {};

  function anyShownSource(src) {
    if (src.length === 0) { return Object.keys(hiddenSources).length === 0; }
    return src.some(function (s) { return !hiddenSources[s]; });
  }

  function nodeShown(n) {
    if (hiddenTypes[n.type]) { return false; }
    if (n.kind === "claim" && hiddenStances[n.stance]) { return false; }
    return anyShownSource(n.src);
  }

  function applyFilters() {
    var shown = {};
    var nodeChanges = [];
    data.nodes.forEach(function (n) {
      shown[n.id] = nodeShown(n);
      nodeChanges.push({ id: n.id, hidden: !shown[n.id] });
    });
    var edgeChanges = data.edges.map(function (e) {
      var ok = shown[e.from] && shown[e.to] && anyShownSource(e.src) &&
        !(e.stance && hiddenStances[e.stance]);
      return { id: e.id, hidden: !ok };
    });
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
    updateCounts();
  }

  function checkbox(list, key, state, glyph, colour, text, count, attr) {
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute(attr, key);
    box.addEventListener("change", function () {
      if (box.checked) { delete state[key]; } else { state[key] = true; }
      applyFilters();
    });
    label.appendChild(box);
    if (glyph) {
      var g = el("span", glyph, "glyph");
      g.style.color = colour;
      label.appendChild(g);
    }
    label.appendChild(el("span", text, "name"));
    if (count !== null) { label.appendChild(el("span", count, "count")); }
    item.appendChild(label);
    list.appendChild(item);
  }

  data.legend.forEach(function (t) {
    checkbox(byId("legend-items"), t.type, hiddenTypes, t.glyph, t.color, t.label, t.count, "data-type");
  });
  if (data.stances.length) {
    byId("stances").hidden = false;
    data.stances.forEach(function (s) {
      checkbox(byId("stance-items"), s.stance, hiddenStances, "◆", s.color, s.label, s.count, "data-stance");
    });
  }
  data.sources.forEach(function (s, k) {
    checkbox(byId("source-items"), String(k), hiddenSources, null, null, s.label, null, "data-source");
    if (s.title) {
      byId("source-items").lastChild.appendChild(el("div", s.title, "doc-title"));
    }
  });

  // -- search --------------------------------------------------------------------------------

  // Suggestions for the best-connected names only: a browser's suggestion list of thousands
  // of names makes typing lag. Every name can still be searched.
  var names = byId("names");
  var seen = {};
  data.nodes.filter(function (n) { return n.kind === "entity"; })
    .sort(function (a, b) { return b.degree - a.degree; }).slice(0, 300).forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      if (!seen[name]) {
        seen[name] = true;
        var option = el("option");
        option.value = name;
        names.appendChild(option);
      }
    });
  });

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function findNode(query) {
    var q = fold(query);
    if (!q) { return null; }
    var entities = data.nodes.filter(function (n) { return n.kind === "entity"; });
    var tests = [
      function (n) { return fold(n.label) === q; },
      function (n) { return n.aliases.some(function (a) { return fold(a) === q; }); },
      function (n) { return fold(n.label).indexOf(q) === 0; },
      function (n) { return fold(n.label).indexOf(q) >= 0; },
      function (n) { return n.aliases.some(function (a) { return fold(a).indexOf(q) >= 0; }); },
    ];
    for (var k = 0; k < tests.length; k++) {
      var hits = entities.filter(tests[k]);
      if (hits.length) {
        hits.sort(function (a, b) { return b.degree - a.degree; });
        return hits[0];
      }
    }
    return null;
  }

  function focusNode(id) {
    network.selectNodes([id]);
    showNode(id);
    // the panel just opened narrows the canvas: measure it now, so the centring below is
    // not undone when the network notices the new size on its own
    network.setSize("100%", "100%");
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }

  byId("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = byId("search-input").value;
    var status = byId("search-status");
    var hit = findNode(query);
    if (!hit) {
      status.textContent = "No node named “" + query + "”.";
      return;
    }
    if (!nodeShown(hit)) {
      status.textContent = "“" + hit.label + "” is hidden by the filters.";
      return;
    }
    status.textContent = "Found “" + hit.label + "”.";
    focusNode(hit.id);
  });

  // -- side panel ----------------------------------------------------------------------------

  var panel = byId("panel");
  var body = byId("panel-body");
  byId("panel-close").addEventListener("click", function () { panel.hidden = true; });

  function nodeLink(id, label) {
    if (id === null || id === undefined) { return el("span", label); }
    var a = el("a", label, "node-link");
    a.setAttribute("role", "button");
    a.tabIndex = 0;
    var go = function () { focusNode(id); };
    a.addEventListener("click", go);
    a.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
    return a;
  }

  function stanceBadge(stance) {
    var badge = el("span", stance || "no stance", "stance");
    badge.style.background = ({ positive: "#2ca02c", negative: "#d62728", mixed: "#ff7f0e" })[stance] || "#7f7f7f";
    return badge;
  }

  function evidenceList(rows, into) {
    rows.forEach(function (ev) {
      if (ev[1] !== null) { into.appendChild(el("blockquote", data.sentences[ev[1]], "evidence")); }
      var cite = [sourceLabel(ev[0])];
      if (ev[2] !== null && ev[3] !== null) { cite.push("characters " + ev[2] + "–" + ev[3]); }
      if (ev[4]) { cite.push("rule " + ev[4]); }
      if (ev[5] !== null) { cite.push("confidence " + ev[5]); }
      into.appendChild(el("div", cite.join(" · "), "cite"));
    });
    if (!rows.length) { into.appendChild(el("div", "no evidence recorded", "cite")); }
  }

  function factItem(f) {
    var item = el("li", null, "fact");
    item.setAttribute("data-fact", "");
    var line = el("div", null, "statement");
    line.appendChild(nodeLink(f.s, f.sl));
    line.appendChild(el("span", " " + f.p + " ", "pred"));
    line.appendChild(nodeLink(f.o, f.ol));
    item.appendChild(line);
    f.q.forEach(function (q) { item.appendChild(el("div", q[0] + ": " + q[1], "qual")); });
    evidenceList(f.ev, item);
    return item;
  }

  function claimItem(c) {
    var item = el("li", null, "fact");
    item.setAttribute("data-claim", "");
    var line = el("div", null, "statement");
    line.appendChild(nodeLink(c.claimant, c.claimantLabel || "unknown claimant"));
    line.appendChild(el("span", " claims ", "pred"));
    line.appendChild(stanceBadge(c.stance));
    item.appendChild(line);
    if (c.reportedBy.length) {
      var rep = el("div", "reported by ", "qual");
      c.reportedBy.forEach(function (r, k) {
        if (k) { rep.appendChild(document.createTextNode(", ")); }
        rep.appendChild(nodeLink(r[0], r[1]));
      });
      item.appendChild(rep);
    }
    if (c.targets.length) {
      var about = el("div", "about ", "qual");
      c.targets.forEach(function (t, k) {
        if (k) { about.appendChild(document.createTextNode(", ")); }
        about.appendChild(nodeLink(t[0], t[1]));
        about.appendChild(document.createTextNode(" (" + (t[2] || "no stance") + ")"));
      });
      item.appendChild(about);
    }
    if (c.kind) { item.appendChild(el("div", "kind: " + c.kind, "qual")); }
    evidenceList(c.ev, item);
    return item;
  }

  var SHOWN_FIRST = 100;  // a hub can have thousands of facts: build the rest on request

  function section(title, rows, make) {
    body.appendChild(el("h3", title + " (" + rows.length + ")"));
    var list = el("ul");
    body.appendChild(list);
    rows.slice(0, SHOWN_FIRST).forEach(function (row) { list.appendChild(make(row)); });
    if (rows.length > SHOWN_FIRST) {
      var more = el("button", "Show all " + rows.length, "more");
      more.type = "button";
      more.addEventListener("click", function () {
        rows.slice(SHOWN_FIRST).forEach(function (row) { list.appendChild(make(row)); });
        more.remove();
      });
      body.appendChild(more);
    }
  }

  function openPanel(title, kind) {
    clear(body);
    byId("panel-title").textContent = title;
    byId("panel-kind").textContent = kind;
    panel.hidden = false;
  }

  function showNode(id) {
    var n = nodeData[id];
    if (n.kind === "claim") {
      var c = data.claims[n.claim];
      openPanel("“" + c.text + "”", "claim");
      section("The claim", [c], claimItem);
      return;
    }
    openPanel(n.label, legendLabel[n.type] || n.type);
    if (n.aliases.length) { body.appendChild(el("p", "Also called: " + n.aliases.join(", "))); }
    body.appendChild(el("p", "Mentioned " + n.mentions + " times in: " + (sourceList(n.src) || "no source"), "cite"));
    var facts = factsOf[id] || [];
    section("What the sources state", facts, factItem);
    var about = data.claims.filter(function (c) {
      return c.targets.some(function (t) { return t[0] === id; });
    });
    section("Claims about it", about, claimItem);
    var made = data.claims.filter(function (c) {
      return c.claimant === id || c.reportedBy.some(function (r) { return r[0] === id; });
    });
    if (made.length) { section("Claims it makes or reports", made, claimItem); }
  }

  function showEdge(id) {
    var e = edgeData[id];
    openPanel(nodeData[e.from].label + " — " + e.label + " → " + nodeData[e.to].label, "link");
    if (e.kind === "fact") {
      section("Statements", e.facts.map(function (k) { return data.facts[k]; }), factItem);
    } else if (e.claim !== null && e.claim !== undefined) {
      section("The claim", [data.claims[e.claim]], claimItem);
    }
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });

  api.findNode = findNode;
  api.focusNode = focusNode;
  api.applyFilters = applyFilters;
  updateCounts();
})();
