"""Documents in, graph out: read, extract, resolve, write RDF, replace the store's contents."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import rdf
from .documents import Skipped, find_documents
from .errors import InputError
from .nlp.pipeline import extract
from .nlp.resolve import resolve
from .records import Document, Extraction
from .resources import ontology_file
from .store import replace_contents, to_ox_quad, writer_lock
from .vocab import ONTOLOGY_GRAPH


@dataclass(frozen=True)
class BuildResult:
    documents: int
    tokens: int
    statements: int
    claims: int
    triples: int
    seconds: float
    entities: Counter[str] = field(default_factory=Counter)
    skipped: tuple[Skipped, ...] = ()


def read_inputs(
    paths: Iterable[Path], *, strict: bool = False
) -> tuple[list[Document], list[Skipped]]:
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for item in find_documents(paths):
        if isinstance(item, Skipped):
            if strict:
                raise InputError(f"{item.path}: {item.reason} (--strict stops at the first skip)")
            skipped.append(item)
        else:
            documents.append(item)
    if not documents:
        raise InputError("no readable documents (.txt, .md, .html) in the given paths")
    return documents, skipped


def ontology_quads() -> Iterator[ox.Quad]:
    """The ontology itself, in its own graph, so queries can read labels and alignments."""
    graph = Graph().parse(ontology_file("anoragraph.ttl"))
    for s, p, o in graph:
        yield to_ox_quad(s, p, o, ONTOLOGY_GRAPH)


def graph_quads(extractions: Sequence[Extraction]) -> Iterator[ox.Quad]:
    resolution = resolve(extractions)
    for s, p, o, g in rdf.corpus_quads(extractions, resolution):
        yield to_ox_quad(s, p, o, g)
    yield from ontology_quads()


def build(
    paths: Sequence[Path],
    store: Path,
    *,
    strict: bool = False,
    n_process: int = 1,
    batch_size: int = 8,
) -> BuildResult:
    """Build the documents under `paths` into the store at `store`, replacing its contents.

    Nothing in the store changes unless the whole build succeeds.
    """
    started = time.perf_counter()
    with writer_lock(store):
        documents, skipped = read_inputs(paths, strict=strict)
        extractions = list(extract(documents, n_process=n_process, batch_size=batch_size))
        resolution = resolve(extractions)
        quads = [to_ox_quad(s, p, o, g) for s, p, o, g in rdf.corpus_quads(extractions, resolution)]
        quads.extend(ontology_quads())
        triples = replace_contents(store, quads)
    return BuildResult(
        documents=len(extractions),
        tokens=sum(e.tokens for e in extractions),
        statements=sum(len(e.statements) for e in extractions),
        claims=sum(len(e.claims) for e in extractions),
        triples=triples,
        seconds=time.perf_counter() - started,
        entities=Counter(entity.type.value for entity in resolution.entities.values()),
        skipped=tuple(skipped),
    )
