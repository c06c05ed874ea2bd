"""Open the embedded Oxigraph store; replace its contents safely; convert terms.

A store is a folder:

    STORE/current        symlink to the generation being served
    STORE/gen-<stamp>/   an Oxigraph (RocksDB) database
    STORE/.lock          held by the one process writing a new generation

A build writes a complete new generation beside the current one and then swaps the `current`
link in one atomic rename, so a build that fails or is killed leaves the previous graph as it
was, and readers are never shown half a graph.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import StoreError
from .vocab import PREFIXES

DEFAULT_STORE = Path("anoragraph-store")
_CURRENT = "current"
_LOCK = ".lock"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

RdfQuad = tuple[Node, Node, Node, Node | None]


def _missing(path: Path) -> StoreError:
    return StoreError(f"no store at {path}: run `anoragraph build PATH --store {path}` first")


def current_generation(path: Path) -> Path:
    """The database folder the store's `current` link points to."""
    link = path / _CURRENT
    if not link.is_symlink() and not link.is_dir():
        raise _missing(path)
    target = link.resolve()
    if not target.is_dir():
        raise _missing(path)
    return target


def exists(path: Path) -> bool:
    try:
        current_generation(path)
    except StoreError:
        return False
    return True


def open_store(path: Path) -> ox.Store:
    """Open the store at `path` for reading (any number of readers may do so at once)."""
    generation = current_generation(path)
    try:
        return ox.Store.read_only(str(generation))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from None


@contextlib.contextmanager
def open_for_update(path: Path) -> Iterator[ox.Store]:
    """The store's current generation opened for writing, under the write lock."""
    generation = current_generation(path)
    with writer_lock(path):
        try:
            store = ox.Store(str(generation))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path} for writing: {exc}") from None
        try:
            yield store
            store.flush()
        finally:
            del store


@contextlib.contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the store's write lock; a second writer gets a clear error, not a corrupt store."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        handle = (path / _LOCK).open("a")
    except OSError as exc:
        raise StoreError(f"cannot write the store at {path}: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"the store at {path} is in use by another build; wait for it to finish"
            ) from None
        yield
    finally:
        handle.close()


def _collect_garbage(path: Path, keep: Path) -> None:
    for child in path.iterdir():
        if child.name.startswith("gen-") and child.resolve() != keep.resolve():
            shutil.rmtree(child, ignore_errors=True)


def replace_contents(path: Path, quads: Iterable[ox.Quad]) -> int:
    """Write `quads` as the store's new contents, atomically; return how many were written.

    The caller holds `writer_lock(path)`.
    """
    generation = path / f"gen-{time.time_ns():x}-{os.getpid()}"
    try:
        store = ox.Store(str(generation))
        store.bulk_extend(quads)
        store.flush()
        count = len(store)
        del store
        link = path / f".{_CURRENT}.{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        link.symlink_to(generation.name)
        os.replace(link, path / _CURRENT)
    except OSError as exc:
        shutil.rmtree(generation, ignore_errors=True)
        raise StoreError(f"cannot write the store at {path}: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    _collect_garbage(path, generation)
    return count


# Term conversion between rdflib (building, reading) and pyoxigraph (storing, querying).


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def to_ox_quad(s: Node, p: Node, o: Node, g: Node) -> ox.Quad:
    subject = to_ox(s)
    predicate = to_ox(p)
    graph = to_ox(g)
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not a valid quad: {s!r} {p!r}")
    if isinstance(graph, ox.Literal):
        raise TypeError(f"not a valid graph name: {g!r}")
    return ox.Quad(subject, predicate, to_ox(o), graph)


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def union_graph(store: ox.Store) -> Graph:
    """The union of every graph in the store, as an in-memory rdflib Graph (for validation,
    drawing and other rdflib code on graphs that fit in memory)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    add = graph.add
    for quad in store.quads_for_pattern(None, None, None, None):
        add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def rdflib_dataset(store: ox.Store) -> object:
    """The store as an rdflib Dataset through oxrdflib, for rdflib code that reads named
    graphs. Its default graph is the store's default graph, not the union: use
    `union_graph` or SPARQL (query.py) for the union."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset

    dataset = Dataset(store=OxigraphStore(store=store))
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset
