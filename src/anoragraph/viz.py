"""The graph page: one self-contained HTML file drawing entities, facts and claims with vis-network.

`render(graph)` reads the store's union graph (graphview.py), narrows it (focus, types,
sources, claims, a size cap) and returns a `GraphPage`; `GraphPage.html()` is the page.

The page works offline: vis-network's script and style (from pyvis's package data) are
inlined, a Content-Security-Policy forbids every fetch, and every string read from documents
travels as JSON inside a non-executed script element and reaches the page only through
`textContent` or the canvas, never as markup.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from rdflib import Graph

from . import graphview
from .errors import AnoragraphError, QueryError
from .graphview import GraphView, local_name
from .vocab import AG, SDO

DEFAULT_MAX_NODES = 1500
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_VIS_VERSION = "vis-9.1.2"

# Colour, vis-network shape and legend glyph per entity class (local name). Claims are drawn as
# diamonds coloured by stance; the entity palette avoids the stance colours (green, red).
_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "●"),
    "Film": ("#f28e2b", "square", "■"),
    "Character": ("#b07aa1", "triangle", "▲"),
    "Award": ("#edc948", "star", "★"),
    "Ceremony": ("#9c755f", "hexagon", "⬢"),
    "Organization": ("#76b7b2", "triangleDown", "▼"),
    "Place": ("#ff9da7", "dot", "●"),
    "Genre": ("#8cd17d", "box", "▬"),
    "CreativeWork": ("#d4a6c8", "square", "■"),
    "Topic": ("#86bcb6", "box", "▬"),
    "AnonymousAuthor": ("#a0a0a0", "dot", "●"),
}
_FALLBACK_STYLE = ("#bab0ac", "dot", "●")
STANCE_COLOURS: dict[str, str] = {
    "positive": "#2ca02c",
    "negative": "#d62728",
    "mixed": "#ff7f0e",
    "neutral": "#7f7f7f",
}
_NO_STANCE = "#7f7f7f"
_FACT_EDGE = "#8a8a8a"


@dataclass(frozen=True)
class GraphPage:
    """A drawn graph: the JSON the page script reads, and the page around it."""

    title: str
    data: Mapping[str, Any]

    @property
    def nodes(self) -> list[dict[str, Any]]:
        return list(self.data["nodes"])

    @property
    def edges(self) -> list[dict[str, Any]]:
        return list(self.data["edges"])

    def html(self) -> str:
        """The page as one self-contained HTML document."""
        return _page_html(self.title, self.data)


def render(
    graph: Graph,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: Iterable[str] | None = None,
    sources: Iterable[str] | None = None,
    claims: bool = True,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str = "anoragraph",
) -> GraphPage:
    """Draw `graph` (a store's union graph).

    `focus` (an entity's name or alias) keeps its neighbourhood up to `depth` links; `types`
    (class names such as "Person" or "film") and `sources` (document file names) narrow the
    graph; `claims=False` leaves claims out. Above `max_nodes` nodes the best-connected are
    kept and the page says what was left out.
    """
    if depth < 0:
        raise QueryError(f"depth must be 0 or more, not {depth}")
    if max_nodes < 1:
        raise QueryError(f"max_nodes must be at least 1, not {max_nodes}")
    full = graphview.read(graph)
    type_set = full.resolve_types(types) if types is not None else None
    source_set = full.resolve_sources(sources) if sources is not None else None
    view = full.select(types=type_set, sources=source_set, claims=claims)
    if focus is not None:
        roots = view.find(focus)
        if not roots:
            raise QueryError(_not_found(focus, full, view))
        view = view.neighbourhood(roots, depth)
    return _build_page(view, max_nodes=max_nodes, title=title, focus=focus)


def _not_found(focus: str, full: GraphView, view: GraphView) -> str:
    if full.find(focus):
        return f"{focus!r} is left out by --types/--sources: widen them to focus on it"
    labels = sorted({e.label for e in full.entities.values()})
    close = difflib.get_close_matches(focus, labels, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    return (
        f"no entity named {focus!r} in the graph{hint}: list them with `anoragraph query entities`"
    )


# -- the page data ------------------------------------------------------------------------------


def _style(class_iri: str) -> tuple[str, str, str]:
    return _STYLE.get(local_name(class_iri), _FALLBACK_STYLE)


def _short(text: str, limit: int = 36) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _size(weight: int) -> float:
    return round(min(48.0, 10.0 + 5.0 * math.log2(1 + weight)), 1)


class _Payload:
    """Builds the JSON the page reads: nodes, edges, facts, claims, sources, legend."""

    def __init__(self, view: GraphView) -> None:
        self.view = view
        self.onto = graphview.ontology()
        self.source_index = {iri: k for k, iri in enumerate(sorted(view.sources))}
        self.sentences: dict[str, int] = {}

    def sources_of(self, docs: Iterable[str]) -> list[int]:
        return sorted(self.source_index[d] for d in docs if d in self.source_index)

    def evidence(self, items: Iterable[graphview.Evidence]) -> list[list[Any]]:
        rows = []
        for e in items:
            sentence = None
            if e.sentence is not None:
                sentence = self.sentences.setdefault(e.sentence, len(self.sentences))
            rows.append(
                [self.source_index.get(e.source), sentence, e.start, e.end, e.rule, e.confidence]
            )
        return rows


def _candidate_graph(
    view: GraphView,
) -> tuple[list[str], list[tuple[str, str, str, dict[str, Any]]]]:
    """Node keys (entity and claim IRIs) and edges (from, to, key, attributes) before the cap."""
    onto = graphview.ontology()
    nodes = list(view.entities)
    drawn = set(nodes)
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    grouped: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for k, fact in enumerate(view.facts):
        if fact.object_is_entity and fact.subject in drawn and fact.object in drawn:
            grouped[(fact.subject, fact.predicate, fact.object)].append(k)
    for (s, p, o), indices in grouped.items():
        edges.append(
            (s, o, f"{s} {p} {o}", {"kind": "fact", "label": onto.label(p), "facts": indices})
        )
    for claim in view.claims:
        nodes.append(claim.iri)
        colour = STANCE_COLOURS.get(claim.stance or "", _NO_STANCE)
        links: list[tuple[str, str, str | None, str]] = []
        if claim.claimant:
            links.append((claim.claimant, "claimant", claim.stance, onto.label(str(AG.claimant))))
        for agent in claim.reported_by:
            links.append((agent, "reporter", None, onto.label(str(AG.reportedBy))))
        aspect_targets = set()
        for aspect in claim.aspects:
            aspect_targets.add(aspect.target)
            # Labelled with the stance concept's own label ("negative"): shorter than
            # "stance towards", and the colour says the same.
            label = onto.label(str(AG[aspect.stance])) if aspect.stance else "?"
            links.append((aspect.target, "aspect", aspect.stance, label))
        for target in claim.about:
            if target not in aspect_targets:
                links.append((target, "about", claim.stance, onto.label(str(SDO.about))))
        for target, kind, stance, label in links:
            if target in drawn:
                colour = STANCE_COLOURS.get(stance or "", _NO_STANCE)
                edges.append(
                    (
                        claim.iri,
                        target,
                        f"{claim.iri} {kind} {target}",
                        {"kind": kind, "label": label, "stance": stance, "colour": colour},
                    )
                )
    return nodes, edges


def _build_page(view: GraphView, *, max_nodes: int, title: str, focus: str | None) -> GraphPage:
    node_keys, edge_list = _candidate_graph(view)
    degree: dict[str, int] = defaultdict(int)
    for s, o, _key, _attrs in edge_list:
        degree[s] += 1
        degree[o] += 1
    total_nodes, total_edges = len(node_keys), len(edge_list)
    if total_nodes > max_nodes:
        mentions = {iri: e.mentions for iri, e in view.entities.items()}
        ranked = sorted(node_keys, key=lambda n: (-degree[n], -mentions.get(n, 0), n))
        kept = set(ranked[:max_nodes])
        node_keys = [n for n in node_keys if n in kept]
        edge_list = [e for e in edge_list if e[0] in kept and e[1] in kept]
    omitted = {
        "total_nodes": total_nodes,
        "total_edges": total_edges,
        "nodes": total_nodes - len(node_keys),
        "edges": total_edges - len(edge_list),
    }

    payload = _Payload(view)
    ids = {key: k for k, key in enumerate(node_keys)}
    claims_by_iri = {c.iri: c for c in view.claims}
    onto = payload.onto

    # Facts and claims touching a drawn node: what the side panel lists.
    fact_rows: list[dict[str, Any]] = []
    fact_ids: dict[int, int] = {}
    for k, fact in enumerate(view.facts):
        s_id = ids.get(fact.subject)
        o_id = ids.get(fact.object) if fact.object_is_entity else None
        if s_id is None and o_id is None:
            continue
        fact_ids[k] = len(fact_rows)
        fact_rows.append(
            {
                "s": s_id,
                "sl": view.entities[fact.subject].label,
                "p": onto.label(fact.predicate),
                "o": o_id,
                "ol": fact.object_label,
                "q": [[onto.label(q), v] for q, v in fact.qualifiers],
                "ev": payload.evidence(fact.evidence),
                "src": payload.sources_of(fact.sources),
            }
        )

    def label_of(iri: str) -> str:
        entity = view.entities.get(iri)
        return entity.label if entity else local_name(iri)

    claim_rows: list[dict[str, Any]] = []
    claim_ids: dict[str, int] = {}
    for claim in view.claims:
        touching = [ids.get(i) for i in (claim.iri, *claim.agents(), *claim.targets())]
        if all(t is None for t in touching):
            continue
        claim_ids[claim.iri] = len(claim_rows)
        aspect_stance = {a.target: a.stance for a in claim.aspects}
        claim_rows.append(
            {
                "node": ids.get(claim.iri),
                "text": claim.text,
                "claimant": ids.get(claim.claimant) if claim.claimant else None,
                "claimantLabel": label_of(claim.claimant) if claim.claimant else None,
                "reportedBy": [[ids.get(a), label_of(a)] for a in claim.reported_by],
                "stance": claim.stance,
                "kind": claim.kind,
                "targets": [
                    [ids.get(t), label_of(t), aspect_stance.get(t, claim.stance)]
                    for t in claim.targets()
                ],
                "ev": payload.evidence(claim.evidence),
                "src": payload.sources_of(claim.sources),
            }
        )

    nodes: list[dict[str, Any]] = []
    type_counts: dict[str, int] = defaultdict(int)
    stance_counts: dict[str, int] = defaultdict(int)
    for key in node_keys:
        entity = view.entities.get(key)
        if entity is not None:
            colour, shape, _glyph = _style(entity.type)
            type_counts[entity.type] += 1
            nodes.append(
                {
                    "id": ids[key],
                    "iri": key,
                    "label": entity.label,
                    "kind": "entity",
                    "type": local_name(entity.type),
                    "aliases": list(entity.aliases),
                    "mentions": entity.mentions,
                    "degree": degree[key],
                    "src": payload.sources_of(entity.sources),
                    "shape": shape,
                    "color": colour,
                    "size": _size(degree[key] + entity.mentions),
                }
            )
            continue
        claim = claims_by_iri[key]
        stance = claim.stance or "none"
        stance_counts[stance] += 1
        nodes.append(
            {
                "id": ids[key],
                "iri": key,
                "label": _short(claim.text) or "claim",
                "kind": "claim",
                "type": graphview.CLAIM,
                "stance": stance,
                "claim": claim_ids.get(key),
                "degree": degree[key],
                "src": payload.sources_of(claim.sources),
                "shape": "diamond",
                "color": STANCE_COLOURS.get(stance, _NO_STANCE),
                "size": 9.0,
            }
        )

    edges: list[dict[str, Any]] = []
    for k, (s, o, _key, attrs) in enumerate(edge_list):
        row: dict[str, Any] = {
            "id": k,
            "from": ids[s],
            "to": ids[o],
            "label": attrs["label"],
            "kind": attrs["kind"],
        }
        if attrs["kind"] == "fact":
            facts = [fact_ids[i] for i in attrs["facts"] if i in fact_ids]
            docs = {d for i in attrs["facts"] for d in view.facts[i].sources}
            row.update(facts=facts, src=payload.sources_of(docs), color=_FACT_EDGE)
        else:
            claim = claims_by_iri[s]
            row.update(
                stance=attrs["stance"] or "none",
                claim=claim_ids.get(s),
                src=payload.sources_of(claim.sources),
                color=attrs["colour"],
                dashes=attrs["kind"] in ("claimant", "reporter"),
            )
        edges.append(row)

    legend = [
        {
            "type": local_name(iri),
            "label": onto.label(iri),
            "color": _style(iri)[0],
            "glyph": _style(iri)[2],
            "count": type_counts[iri],
        }
        for iri in sorted(type_counts, key=lambda i: _class_order(onto, i))
    ]
    if stance_counts:
        legend.append(
            {
                "type": graphview.CLAIM,
                "label": onto.label(str(AG.Claim)),
                "color": _NO_STANCE,
                "glyph": "◆",
                "count": sum(stance_counts.values()),
            }
        )
    stances = [
        {"stance": s, "label": s, "color": STANCE_COLOURS.get(s, _NO_STANCE), "count": n}
        for s, n in sorted(stance_counts.items(), key=lambda kv: _stance_order(kv[0]))
    ]
    source_rows = [
        {"label": view.sources[iri].label, "title": view.sources[iri].title, "iri": iri}
        for iri in sorted(view.sources)
    ]
    data: dict[str, Any] = {
        "title": title,
        "focus": focus,
        "nodes": nodes,
        "edges": edges,
        "facts": fact_rows,
        "claims": claim_rows,
        "sentences": list(payload.sentences),
        "sources": source_rows,
        "legend": legend,
        "stances": stances,
        "omitted": omitted,
        "options": _vis_options(len(nodes), len(edges)),
    }
    return GraphPage(title=title, data=data)


def _class_order(onto: graphview.Ontology, iri: str) -> tuple[int, str]:
    try:
        return (onto.entity_classes.index(iri), iri)
    except ValueError:
        return (len(onto.entity_classes), iri)


def _stance_order(stance: str) -> int:
    order = list(STANCE_COLOURS)
    return order.index(stance) if stance in order else len(order)


def _vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: settle the layout with physics, then the page freezes it."""
    large = node_count > 300 or edge_count > 900
    iterations = 400 if node_count <= 300 else max(60, int(120_000 / max(node_count, 1)))
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.06,
                "avoidOverlap": 0.3,
            },
            "stabilization": {
                "enabled": True,
                "iterations": iterations,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#222"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            "width": 1.2,
            "selectionWidth": 2,
        },
    }


# -- the page ------------------------------------------------------------------------------------


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` (so no `</script>` or
    `<!--`), and no U+2028/U+2029 line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def _asset(name: str) -> str:
    """A vis-network file from pyvis's package data, or one of our own templates."""
    if name.startswith("vis-network"):
        resource = files("pyvis").joinpath("lib", _VIS_VERSION, name)
    else:
        resource = files("anoragraph").joinpath("templates", name)
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise AnoragraphError(f"cannot read the page asset {name}: {exc}") from None
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise AnoragraphError(f"the page asset {name} cannot be inlined: it contains {closing}")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _page_html(title: str, data: Mapping[str, Any]) -> str:
    vis_js, app_js = _asset("vis-network.min.js"), _asset("graph.js")
    # Only these two scripts may run: injected markup (were any to slip through) runs nothing.
    policy = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    template = _environment().get_template("graph.html")
    return template.render(
        title=title,
        policy=policy,
        vis_css=_asset("vis-network.css"),
        app_css=_asset("graph.css"),
        vis_js=vis_js,
        app_js=app_js,
        data_json=script_json(data),
    )
