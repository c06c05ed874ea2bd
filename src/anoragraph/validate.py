"""SHACL validation of a graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import ValidationError
from .resources import ontology_file


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str
    checked: int
    shapes: str


def validate(graph: Graph, shapes: Path | None = None) -> Report:
    """Validate `graph` (with RDFS inference from the ontology, so subclasses count)."""
    from pyshacl import validate as shacl

    shapes_path = shapes or ontology_file("shapes.ttl")
    try:
        shapes_graph = Graph().parse(shapes_path)
    except Exception as exc:  # rdflib raises many parser error types
        raise ValidationError(f"cannot read shapes {shapes_path}: {exc}") from None
    conforms, _, text = shacl(
        graph,
        shacl_graph=shapes_graph,
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    return Report(bool(conforms), str(text), len(graph), shapes_path.name)
