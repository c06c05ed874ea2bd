"""The graph as a network for Gephi, Cytoscape and other network tools: GEXF and GraphML.

Nodes are entities (and claims); edges are the facts between entities and the links from each
claim to its claimant and targets. Attributes carry what those tools can filter and colour by:
type, label, aliases, mentions, stance and the source documents (file names joined by "; ").
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from rdflib import Graph

from . import graphview
from .errors import AnoragraphError
from .graphview import GraphView, local_name
from .vocab import AG, SDO

FORMATS = ("gexf", "graphml")
_SEPARATOR = "; "


def to_networkx(graph: Graph | GraphView) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by IRI; each edge's key is its predicate's local name."""
    view = graph if isinstance(graph, GraphView) else graphview.read(graph)
    onto = graphview.ontology()

    def sources(docs: frozenset[str]) -> str:
        return _SEPARATOR.join(sorted(view.sources[d].label for d in docs if d in view.sources))

    network = nx.MultiDiGraph()
    for iri in sorted(view.entities):
        entity = view.entities[iri]
        network.add_node(
            iri,
            label=entity.label,
            kind="entity",
            type=local_name(entity.type),
            aliases=_SEPARATOR.join(entity.aliases),
            mentions=entity.mentions,
            sources=sources(entity.sources),
        )
    for fact in view.facts:
        if not fact.object_is_entity:
            continue
        quotes = [e.sentence for e in fact.evidence if e.sentence]
        attributes: dict[str, str | int] = {
            "label": onto.label(fact.predicate),
            "predicate": fact.predicate,
            "kind": "fact",
            "sources": sources(fact.sources),
            "evidence": " | ".join(dict.fromkeys(quotes)),
            "statements": len(fact.evidence),
        }
        for qualifier, value in fact.qualifiers:
            attributes[local_name(qualifier)] = value
        key = local_name(fact.predicate)
        if fact.qualifiers:
            key += "|" + "|".join(v for _, v in fact.qualifiers)
        network.add_edge(fact.subject, fact.object, key=key, **attributes)
    for claim in view.claims:
        network.add_node(
            claim.iri,
            label=claim.text,
            kind="claim",
            type=graphview.CLAIM,
            stance=claim.stance or "",
            sources=sources(claim.sources),
        )
        links: list[tuple[str, str, str | None]] = []
        if claim.claimant is not None and claim.claimant in view.entities:
            links.append((claim.claimant, str(AG.claimant), claim.stance))
        links += [(a, str(AG.reportedBy), None) for a in claim.reported_by if a in view.entities]
        aspects = {a.target: a.stance for a in claim.aspects}
        for target in claim.targets():
            if target in view.entities:
                predicate = str(AG.stanceToward) if target in aspects else str(SDO.about)
                links.append((target, predicate, aspects.get(target, claim.stance)))
        for target, predicate, stance in links:
            network.add_edge(
                claim.iri,
                target,
                key=local_name(predicate),
                label=onto.label(predicate),
                predicate=predicate,
                kind="claim",
                stance=stance or "",
                sources=sources(claim.sources),
            )
    return network


def write_network(network: nx.MultiDiGraph, out: BinaryIO, fmt: str) -> None:
    """Write `network` to the binary stream `out` as "gexf" or "graphml"."""
    if fmt == "gexf":
        nx.write_gexf(network, out, encoding="utf-8", prettyprint=True)
    elif fmt == "graphml":
        nx.write_graphml(network, out, encoding="utf-8", prettyprint=True)
    else:
        raise AnoragraphError(f"unknown network format {fmt!r}: choose from {', '.join(FORMATS)}")


def network_bytes(graph: Graph | GraphView, fmt: str) -> bytes:
    """The graph as GEXF or GraphML bytes (what `anoragraph export --format gexf` writes)."""
    buffer = io.BytesIO()
    write_network(to_networkx(graph), buffer, fmt)
    return buffer.getvalue()


def write_gexf(graph: Graph | GraphView, path: Path) -> None:
    path.write_bytes(network_bytes(graph, "gexf"))


def write_graphml(graph: Graph | GraphView, path: Path) -> None:
    path.write_bytes(network_bytes(graph, "graphml"))
