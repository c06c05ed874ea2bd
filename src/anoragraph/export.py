"""Serialise the store through Oxigraph's native writers (fast on large graphs).

Turtle and N-Triples hold the union of all graphs; TriG and N-Quads keep one named graph
per document; JSON-LD keeps the named graphs too.
"""

from __future__ import annotations

import pyoxigraph as ox

from .vocab import PREFIXES

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
NETWORK_FORMATS = ("gexf", "graphml")
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)


def union_triples(store: ox.Store) -> list[ox.Triple]:
    result = store.query(_UNION, use_default_graph_as_union=True)
    assert isinstance(result, ox.QueryTriples)
    return list(result)


def export_bytes(store: ox.Store, fmt: str) -> bytes:
    """The store serialised as `fmt` (a key of FORMATS)."""
    if fmt in NETWORK_FORMATS:
        from .netexport import network_bytes
        from .store import union_graph

        data: bytes = network_bytes(union_graph(store), fmt)
        return data
    rdf_format = RDF_FORMATS[fmt]
    if rdf_format.supports_datasets:
        dumped = store.dump(format=rdf_format, prefixes=PREFIXES)
    else:
        dumped = ox.serialize(union_triples(store), format=rdf_format, prefixes=PREFIXES)
    assert dumped is not None
    return dumped
