"""Counts per class and per predicate, documents and claims."""

from __future__ import annotations

import pyoxigraph as ox

from .query import Table, run_select

_OVERVIEW = """
SELECT ?what ?count WHERE {
  { SELECT ("documents" AS ?what) (COUNT(DISTINCT ?d) AS ?count)
    WHERE { ?d a ag:Document } }
  UNION { SELECT ("statements" AS ?what) (COUNT(DISTINCT ?s) AS ?count)
    WHERE { ?s a ag:Statement } }
  UNION { SELECT ("claims" AS ?what) (COUNT(DISTINCT ?c) AS ?count)
    WHERE { ?c a ag:Claim } }
  UNION { SELECT ("mentions" AS ?what) (COUNT(DISTINCT ?m) AS ?count)
    WHERE { ?m a ag:Mention } }
  UNION { SELECT ("triples" AS ?what) (COUNT(*) AS ?count)
    WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } }
}
"""

_CLASSES = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?count) WHERE {
  GRAPH <https://w3id.org/anoragraph/graph/entities> { ?x a ?class }
} GROUP BY ?class ORDER BY DESC(?count) ?class
"""

_PREDICATES = """
SELECT ?predicate (COUNT(DISTINCT ?st) AS ?statements) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?st a ag:Statement ; rdf:predicate ?predicate ; prov:wasDerivedFrom ?doc .
} GROUP BY ?predicate ORDER BY DESC(?statements) ?predicate
"""

_STANCES = """
SELECT ?kind ?stance (COUNT(DISTINCT ?c) AS ?claims) WHERE {
  ?c a ag:Claim ; ag:claimKind ?kind ; ag:stance ?stance .
} GROUP BY ?kind ?stance ORDER BY ?kind ?stance
"""


def stats(store: ox.Store) -> list[tuple[str, Table]]:
    """Titled tables: overview, entities per class, statements per predicate, claims."""
    return [
        ("Overview", run_select(store, _OVERVIEW)),
        ("Entities per class", run_select(store, _CLASSES)),
        ("Statements per predicate", run_select(store, _PREDICATES)),
        ("Claims per kind and stance", run_select(store, _STANCES)),
    ]
