"""Open the embedded Oxigraph store or a remote SPARQL server; replace contents safely;
convert terms.

An embedded store is a folder:

    STORE/current             symlink to the generation being served
    STORE/gen-<stamp>/        an Oxigraph (RocksDB) database
    STORE/gen-<stamp>.json    what build.py needs to update that generation incrementally
    STORE/cache/              the extraction cache (cache.py)
    STORE/.lock               held by the one process writing a new generation

A build writes a complete new generation beside the current one (from scratch, or from a
hard-linked copy of the current one when only some graphs change) and then swaps the `current`
link in one atomic rename, so a build that fails or is killed leaves the previous graph as it
was, and readers are never shown half a graph.

A store given as an http(s) URL is a SPARQL 1.1 server (remote.py); `open_store` and
`open_for_update` accept either.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import StoreError
from .remote import Endpoint, connect, endpoint, is_url
from .vocab import PREFIXES

DEFAULT_STORE = Path("anoragraph-store")
_CURRENT = "current"
_LOCK = ".lock"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

RdfQuad = tuple[Node, Node, Node, Node | None]

# Where a store is: a folder (embedded Oxigraph) or a SPARQL server.
Location = Path | Endpoint


def location(value: str | Path) -> Location:
    """A `--store` value: an http(s) URL is a SPARQL server, anything else a folder."""
    if isinstance(value, str) and is_url(value):
        return endpoint(value)
    return Path(value)


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


def exists(path: Location) -> bool:
    if isinstance(path, Endpoint):
        return True
    try:
        current_generation(path)
    except StoreError:
        return False
    return True


def open_store(path: Location, *, timeout: float | None = None) -> ox.Store:
    """Open the store at `path` for reading (any number of readers may do so at once).

    A SPARQL server is checked to query the union of its graphs by default; `timeout` bounds
    each of its requests."""
    if isinstance(path, Endpoint):
        return connect(path, timeout=timeout)
    generation = current_generation(path)
    try:
        return ox.Store.read_only(str(generation))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from None


@contextlib.contextmanager
def open_for_update(path: Location) -> Iterator[ox.Store]:
    """The store's current generation opened for writing, under the write lock (a SPARQL
    server takes updates as they come: it has its own transactions)."""
    if isinstance(path, Endpoint):
        yield connect(path)
        return
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


def _state_file(generation: Path) -> Path:
    return generation.parent / f"{generation.name}.json"


def generation_state(path: Path) -> bytes | None:
    """The state saved with the current generation (None for a store without one)."""
    try:
        return _state_file(current_generation(path)).read_bytes()
    except (StoreError, OSError):
        return None


def _collect_garbage(path: Path, keep: Path) -> None:
    for child in path.iterdir():
        if child.name in (keep.name, _state_file(keep).name) or not child.name.startswith("gen-"):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _new_generation(path: Path) -> Path:
    return path / f"gen-{time.time_ns():x}-{os.getpid()}"


def _commit(path: Path, generation: Path, state: bytes | None) -> None:
    """Make `generation` the current one: save its state, then swap the link atomically."""
    if state is not None:
        temp = _state_file(generation).with_suffix(".tmp")
        temp.write_bytes(state)
        os.replace(temp, _state_file(generation))
    link = path / f".{_CURRENT}.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    link.symlink_to(generation.name)
    os.replace(link, path / _CURRENT)


def _write_generation(
    path: Path, generation: Path, fill: Callable[[], ox.Store], state: bytes | None
) -> int:
    try:
        store = fill()
        store.flush()
        count = len(store)
        del store
        _commit(path, generation, state)
    except OSError as exc:
        shutil.rmtree(generation, ignore_errors=True)
        _state_file(generation).unlink(missing_ok=True)
        raise StoreError(f"cannot write the store at {path}: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        _state_file(generation).unlink(missing_ok=True)
        raise
    _collect_garbage(path, generation)
    return count


def replace_contents(path: Path, quads: Iterable[ox.Quad], *, state: bytes | None = None) -> int:
    """Write `quads` as the store's new contents, atomically; return how many were written.

    The caller holds `writer_lock(path)`.
    """
    generation = _new_generation(path)

    def fill() -> ox.Store:
        store = ox.Store(str(generation))
        store.bulk_extend(quads)
        return store

    return _write_generation(path, generation, fill, state)


def update_contents(
    path: Path, change: Callable[[ox.Store], None], *, state: bytes | None = None
) -> int:
    """A new generation made of the current one (a hard-linked copy, cheap) changed by
    `change`, swapped in atomically; return how many quads it holds.

    The caller holds `writer_lock(path)`.
    """
    current = open_store(path)
    generation = _new_generation(path)

    def fill() -> ox.Store:
        current.backup(str(generation))
        store = ox.Store(str(generation))
        change(store)
        return store

    return _write_generation(path, generation, fill, state)


# Term conversion between rdflib (building, reading) and pyoxigraph (storing, querying).


@functools.lru_cache(maxsize=1 << 16)
def _named(iri: str) -> ox.NamedNode:
    # (a build writes the same predicates, graph names and entities many times over)
    return ox.NamedNode(iri)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
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
