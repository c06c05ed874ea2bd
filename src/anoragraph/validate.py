"""SHACL validation of a graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import AnoragraphError, ValidationError
from .rdfinput import read_graph
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
        shapes_graph = read_graph(shapes_path)
    except AnoragraphError as exc:
        raise ValidationError(f"cannot read shapes: {exc}") from None
    conforms, _, text = shacl(
        graph,
        shacl_graph=shapes_graph,
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    return Report(bool(conforms), str(text), len(graph), shapes_path.name)
