"""Read an RDF file a user hands us (shapes, a reference graph) without letting it reach out.

Oxigraph's parsers do the reading: they never fetch a remote JSON-LD context (rdflib's JSON-LD
parser does, over the network) and never resolve external XML entities. An XML DOCTYPE is
refused outright, because Oxigraph, like rdflib, expands the entities declared in it, and ten
levels of nested entities ("billion laughs") are gigabytes of text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import InputError
from .store import to_rdflib

FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".n3": ox.RdfFormat.N3,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def read_graph(path: Path, rdf_format: ox.RdfFormat | None = None) -> Graph:
    """The triples of the RDF file at `path` (all graphs merged), as an rdflib Graph.

    The format is `rdf_format`, else guessed from the suffix (Turtle when unknown).
    """
    fmt = rdf_format or FORMATS.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if fmt == ox.RdfFormat.RDF_XML and _DECLARATION.search(data):
        raise InputError(
            f"{path}: refused: an XML DOCTYPE or ENTITY declaration (entities can expand "
            "without end or read other files); write the IRIs out in full"
        )
    graph = Graph()
    add = graph.add
    try:
        for quad in ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()):
            add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    except SyntaxError as exc:
        message = str(exc)
        if "LoadDocumentCallback" in message:
            message = "refused: it names a remote JSON-LD context, which is never fetched"
        raise InputError(f"{path}: {message}") from None
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: cannot read as RDF ({exc})") from None
    return graph
