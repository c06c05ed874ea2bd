"""Documents in, graph out: read, extract (cached, in parallel), resolve, write RDF into the store.

A build adds or updates the documents under the given paths and keeps the store's other
documents; with `prune`, the store holds exactly the given documents afterwards. A document is
the same document when its path relative to the folder given (or its file name) is the same.

Incremental: each document's `Extraction` is cached (cache.py) by the hash of its text and the
extractor's fingerprint, so only new and changed texts are extracted. Entity resolution then
runs again over every document's extraction, because one new document can change which entity
a name in another denotes; only the named graphs whose document or resolved entities changed
are written again, the entity graph is rewritten whole. What each graph was made from is saved
with the generation (`STORE/gen-*.json`) to tell. Graphs a build does not write (the reviews
`anoragraph check` stores, a user's own graphs added with SPARQL Update) are kept.

Film titles across documents: a title one document's sentence signals ("X, directed by Y") is
only a name in another that mentions X bare. After the first extraction, the titles the
corpus's title rules found are collected (nlp/gazetteer.py), and only the documents whose text
holds one where no film mention is are extracted again with those titles applied; that
extraction is cached under the text's hash and the titles (cache.py), so an unchanged corpus
extracts nothing, and a new document that brings a title re-reads only the documents naming it.

Streaming: documents are read one at a time, extracted in batches (parallel.py) and written to
the cache as they come; resolution and RDF then read the cache, keeping at most
`_MEMORY_EXTRACTIONS` extractions in memory, without their texts.

Remote stores (a SPARQL server): the cache and the state live in a local folder, each changed
document's graph is replaced with a Graph Store Protocol PUT, and graphs of pruned documents
are deleted. Each PUT is atomic on the server, the build as a whole is not: a build that stops
midway leaves some graphs new and some old, and the next build completes the change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, overload

import pyoxigraph as ox
from rdflib import Graph

from . import rdf
from .cache import ExtractionCache, fingerprint, titles_key
from .documents import SUFFIXES, Skipped, find_documents
from .errors import InputError, StoreError
from .nlp.gazetteer import Gazetteer
from .nlp.parsed import PARSED
from .nlp.resolve import Resolution, resolve
from .parallel import extract_all
from .records import Document, Extraction
from .remote import Endpoint, RemoteStore
from .resources import ontology_file
from .store import (
    Location,
    exists,
    generation_state,
    open_store,
    replace_contents,
    to_ox_quad,
    update_contents,
    writer_lock,
)
from .vocab import DOC, ENTITIES_GRAPH, ONTOLOGY_GRAPH

# Extractions kept in memory between resolution and RDF; past this they are read again.
_MEMORY_EXTRACTIONS = 20_000
_STATE_VERSION = 1
_REMOTE_STATE = "remote-state.json"

Progress = Callable[[int, int], None]
"""Called with (documents done, documents expected) as a build goes."""


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
    extracted: int = 0  # documents extracted by this build
    cached: int = 0  # given documents whose extraction came from the cache
    removed: int = 0  # documents dropped by --prune
    graphs_written: int = 0  # document graphs (re)written
    titled: int = 0  # documents extracted again with film titles other documents signal


def readable_documents(
    paths: Iterable[Path], skipped: list[Skipped], *, strict: bool = False
) -> Iterator[Document]:
    """Every readable document under `paths`; files that cannot be read go into `skipped`
    (or, with `strict`, stop everything)."""
    for item in find_documents(paths):
        if isinstance(item, Skipped):
            if strict:
                raise InputError(f"{item.path}: {item.reason} (--strict stops at the first skip)")
            skipped.append(item)
        else:
            yield item


def count_inputs(paths: Iterable[Path]) -> int:
    """About how many documents are under `paths` (for a progress bar; files are not read)."""
    count = 0
    for path in paths:
        if not path.is_dir():
            count += 1
            continue
        for _, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            count += sum(
                1
                for name in files
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
            )
    return count


@cache
def _ontology_triples() -> tuple[tuple[Any, Any, Any], ...]:
    return tuple(Graph().parse(ontology_file("anoragraph.ttl")))


def ontology_quads() -> Iterator[ox.Quad]:
    """The ontology itself, in its own graph, so queries can read labels and alignments."""
    for s, p, o in _ontology_triples():
        yield to_ox_quad(s, p, o, ONTOLOGY_GRAPH)


def graph_quads(extractions: Sequence[Extraction]) -> Iterator[ox.Quad]:
    """The whole graph of `extractions`, resolved together, with the ontology."""
    resolution = resolve(extractions)
    for s, p, o, g in rdf.corpus_quads(extractions, resolution):
        yield to_ox_quad(s, p, o, g)
    yield from ontology_quads()


@cache
def graph_fingerprint() -> str:
    """What a document's graph depends on besides its extraction and resolved entities."""
    digest = hashlib.sha256(fingerprint().encode("ascii"))
    package = Path(__file__).resolve().parent
    for name in ("rdf.py", "vocab.py", "ids.py", "build.py"):
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


# --- what the store holds --------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """A document in the store, and what its graph was made from."""

    id: str
    path: str
    sha256: str
    media_type: str
    title: str | None
    links: str = ""  # digest of the entity keys its references resolved to
    titles: str = ""  # digest of the film titles its extraction applied (cache.titles_key)


@dataclass
class _Previous:
    entries: dict[str, _Entry]
    graphs: str  # graph_fingerprint() of the build that wrote them ("" when unknown)


_LISTING = """
SELECT ?doc ?file ?sha ?media ?title WHERE {
  GRAPH ?doc { ?doc a ag:Document ; ag:fileName ?file ; ag:sha256 ?sha .
    OPTIONAL { ?doc schema:encodingFormat ?media } OPTIONAL { ?doc schema:name ?title } }
}
"""


def _listed(store: ox.Store) -> dict[str, _Entry]:
    """The documents a store holds, read from its graph (for stores without saved state)."""
    from .query import run_select

    entries: dict[str, _Entry] = {}
    for doc, file, sha, media, title in run_select(store, _LISTING).rows:
        if doc is None or file is None or sha is None or not doc.value.startswith(str(DOC)):
            continue
        doc_id = doc.value.removeprefix(str(DOC))
        entries[doc_id] = _Entry(
            doc_id,
            file.value,
            sha.value,
            media.value if media is not None else "text/plain",
            title.value if title is not None else None,
        )
    return entries


def _parse_state(data: bytes | None) -> _Previous | None:
    if data is None:
        return None
    try:
        state = json.loads(data)
        if state.get("version") != _STATE_VERSION:
            return None
        entries = {e["id"]: _Entry(**e) for e in state["documents"]}
        return _Previous(entries, str(state["graphs"]))
    except (ValueError, KeyError, TypeError):
        return None


def _state_bytes(entries: Iterable[_Entry]) -> bytes:
    state = {
        "version": _STATE_VERSION,
        "graphs": graph_fingerprint(),
        "documents": [dataclasses.asdict(e) for e in entries],
    }
    return json.dumps(state, ensure_ascii=False, indent=0).encode("utf-8")


def _previous_local(path: Path) -> _Previous:
    if not exists(path):
        return _Previous({}, "")
    state = _parse_state(generation_state(path))
    if state is not None:
        return state
    return _Previous(_listed(open_store(path)), "")


def _previous_remote(server: ox.Store, state_file: Path) -> _Previous:
    listed = _listed(server)
    try:
        state = _parse_state(state_file.read_bytes())
    except OSError:
        state = None
    if state is None:
        return _Previous(listed, "")
    # the server is the truth about what it holds; the state only says what made it
    entries = {
        doc_id: state.entries[doc_id]
        if doc_id in state.entries and state.entries[doc_id].sha256 == entry.sha256
        else entry
        for doc_id, entry in listed.items()
    }
    return _Previous(entries, state.graphs)


# --- the corpus, read back from the cache ------------------------------------------------------


class _Corpus(Sequence[Extraction]):
    """The corpus's extractions, read from the cache when needed (texts left out)."""

    def __init__(
        self,
        extraction_cache: ExtractionCache,
        documents: Sequence[Document],
        titles: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        self._cache = extraction_cache
        self._documents = documents
        self._titles = titles or {}
        self._memory: dict[int, Extraction] = {}
        self.tokens = 0
        self.statements = 0
        self.claims = 0

    def with_titles(self, titles: Mapping[str, Collection[str]]) -> _Corpus:
        """The corpus read with film titles applied to the documents `titles` names (by id);
        the others' extractions read so far are kept, not read again."""
        other = _Corpus(self._cache, self._documents, titles)
        for index, extraction in self._memory.items():
            if self._documents[index].id not in titles:
                other._remember(index, extraction)
        return other

    def _remember(self, index: int, extraction: Extraction) -> None:
        if len(self._memory) < _MEMORY_EXTRACTIONS:
            self._memory[index] = extraction
            self.tokens += extraction.tokens
            self.statements += len(extraction.statements)
            self.claims += len(extraction.claims)

    def __len__(self) -> int:
        return len(self._documents)

    @overload
    def __getitem__(self, index: int) -> Extraction: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Extraction]: ...
    def __getitem__(self, index: int | slice) -> Extraction | Sequence[Extraction]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        found = self._memory.get(index)
        if found is not None:
            return found
        document = self._documents[index]
        extraction = _cached(self._cache, document, self._titles.get(document.id, ()))
        extraction = dataclasses.replace(
            extraction, document=dataclasses.replace(extraction.document, text="")
        )
        self._remember(index, extraction)
        return extraction

    def __iter__(self) -> Iterator[Extraction]:
        for index in range(len(self)):
            yield self[index]

    def totals(self) -> tuple[int, int, int]:
        if len(self._memory) == len(self):
            return self.tokens, self.statements, self.claims
        tokens = statements = claims = 0
        for extraction in self:
            tokens += extraction.tokens
            statements += len(extraction.statements)
            claims += len(extraction.claims)
        return tokens, statements, claims


def _cached(
    extraction_cache: ExtractionCache, document: Document, titles: Collection[str] = ()
) -> Extraction:
    extraction = extraction_cache.get(document, titles)
    if extraction is None:
        raise StoreError(
            f"the extraction of {document.path} vanished from the cache at "
            f"{extraction_cache.root} during the build: build again"
        )
    return extraction


def _apply_titles(
    corpus: _Corpus,
    documents: Sequence[Document],
    extraction_cache: ExtractionCache,
    jobs: int,
    executor: str | None,
) -> tuple[dict[str, frozenset[str]], int]:
    """The corpus's film titles each document names where it has no film mention, by
    document id, once every such document's extraction with them is in the cache; and how
    many documents this extracted again. `corpus` holds the documents' plain extractions."""
    gazetteer = Gazetteer.of(corpus)
    if not gazetteer.titles:
        return {}, 0
    applied: dict[str, frozenset[str]] = {}
    stale: dict[str, Document] = {}
    for document, extraction in zip(documents, corpus, strict=True):
        found = gazetteer.missed(extraction)
        if not found:
            continue
        applied[document.id] = found
        if document.sha256 not in stale and not extraction_cache.has(document.sha256, found):
            stale[document.sha256] = _cached(extraction_cache, document).document
    wanted = {d.id: applied[d.id] for d in stale.values()}
    for extraction in extract_all(stale.values(), jobs=jobs, executor=executor, titles=wanted):
        extraction_cache.put(extraction, wanted[extraction.document.id])
    return applied, len(stale)


def _links(resolution: Resolution) -> dict[str, str]:
    """Per document, a digest of which entity each of its references resolved to."""
    per_document: dict[str, list[str]] = {}
    for (doc_id, ref), key in resolution.index.items():
        per_document.setdefault(doc_id, []).append(f"{ref.type.value}\x1f{ref.name}\x1f{key}")
    return {
        doc_id: hashlib.sha256("\x1e".join(sorted(items)).encode("utf-8")).hexdigest()[:16]
        for doc_id, items in per_document.items()
    }


def _metadata(document: Document) -> Document:
    return dataclasses.replace(document, text="")


def _doc_graph(doc_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(DOC[doc_id]))


def _document_quads(extraction: Extraction, resolution: Resolution) -> Iterator[ox.Quad]:
    for s, p, o, g in rdf.document_quads(extraction, resolution):
        yield to_ox_quad(s, p, o, g)


def _entity_quads(resolution: Resolution) -> Iterator[ox.Quad]:
    for s, p, o, g in rdf.entity_quads(resolution.entities.values()):
        yield to_ox_quad(s, p, o, g)


# --- the build ---------------------------------------------------------------------------------


def build(
    paths: Sequence[Path],
    store: Location,
    *,
    strict: bool = False,
    n_process: int = 1,
    batch_size: int = 8,
    prune: bool = False,
    executor: str | None = None,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the documents under `paths` into the store (see the module docstring).

    `n_process` worker processes extract (or `executor`, see parallel.py); `cache_dir` holds
    the extraction cache (default: STORE/cache; required for a remote store). Nothing in an
    embedded store changes unless the whole build succeeds.
    """
    del batch_size  # batches are sized by parallel.py; kept for callers of the old signature
    started = time.perf_counter()
    if isinstance(store, Endpoint):
        if cache_dir is None:
            raise StoreError("a build into a SPARQL server needs a local cache folder")
        lock, cache_root = cache_dir, cache_dir
    else:
        lock, cache_root = store, cache_dir or store / "cache"
    with writer_lock(lock):
        server = open_store(store) if isinstance(store, Endpoint) else None
        if server is not None:
            previous = _previous_remote(server, cache_root / _REMOTE_STATE)
        else:
            assert isinstance(store, Path)
            previous = _previous_local(store)
        extraction_cache = ExtractionCache(cache_root)

        given: dict[str, Document] = {}
        skipped: list[Skipped] = []
        queued: set[str] = set()
        done = [0, 0]  # documents done, of which extracted
        expected = count_inputs(paths) if progress is not None else 0

        def step() -> None:
            done[0] += 1
            if progress is not None:
                progress(done[0], max(expected, done[0]))

        def to_extract() -> Iterator[Document]:
            for item in readable_documents(paths, skipped, strict=strict):
                given[item.id] = _metadata(item)
                if item.sha256 in queued or extraction_cache.has(item.sha256):
                    step()
                    continue
                queued.add(item.sha256)
                yield item

        # the parses of this pass are kept for the titles pass below (nlp/parsed.py)
        with PARSED.collecting():
            for extraction in extract_all(to_extract(), jobs=n_process, executor=executor):
                extraction_cache.put(extraction)
                done[1] += 1
                step()
            if not given:
                raise InputError("no readable documents (.txt, .md, .html) in the given paths")

            kept = {} if prune else {k: e for k, e in previous.entries.items() if k not in given}
            _extract_kept(kept.values(), extraction_cache, n_process, executor)
            documents = sorted(
                [*given.values(), *(_document(e) for e in kept.values())], key=lambda d: d.id
            )
            plain = _Corpus(extraction_cache, documents)
            titles, titled = _apply_titles(plain, documents, extraction_cache, n_process, executor)
        corpus = plain.with_titles(titles)
        resolution = resolve(corpus)
        links = _links(resolution)
        entries = [
            _Entry(
                d.id,
                d.path,
                d.sha256,
                d.media_type,
                d.title,
                links.get(d.id, ""),
                titles_key(titles.get(d.id, ())),
            )
            for d in documents
        ]
        reuse = previous.graphs == graph_fingerprint()
        dirty = [
            index
            for index, entry in enumerate(entries)
            if not reuse or previous.entries.get(entry.id) != entry
        ]
        removed = [doc_id for doc_id in previous.entries if doc_id not in given | kept]
        state = _state_bytes(entries)

        if server is not None:
            triples = _write_remote(server, corpus, resolution, dirty, removed, reuse)
            _save(cache_root / _REMOTE_STATE, state)
        else:
            assert isinstance(store, Path)
            triples = _write_local(store, corpus, resolution, dirty, removed, reuse, state)
        extraction_cache.keep_only(
            (d.sha256 for d in documents),
            {d.sha256: titles[d.id] for d in documents if d.id in titles},
        )
        tokens, statements, claims = corpus.totals()
    return BuildResult(
        documents=len(documents),
        tokens=tokens,
        statements=statements,
        claims=claims,
        triples=triples,
        seconds=time.perf_counter() - started,
        entities=Counter(entity.type.value for entity in resolution.entities.values()),
        skipped=tuple(skipped),
        extracted=done[1],
        cached=len(given) - done[1],
        removed=len(removed),
        graphs_written=len(dirty),
        titled=titled,
    )


def _document(entry: _Entry) -> Document:
    return Document(entry.id, entry.path, "", entry.sha256, entry.media_type, entry.title)


def _extract_kept(
    kept: Iterable[_Entry], extraction_cache: ExtractionCache, jobs: int, executor: str | None
) -> None:
    """Extract again the kept documents whose entries are missing (a new extractor version)."""
    stale: list[Document] = []
    for entry in kept:
        if extraction_cache.has(entry.sha256):
            continue
        text = extraction_cache.text(entry.sha256)
        if text is None:
            raise InputError(
                f"{entry.path} is in the store but its text is not in the extraction cache at "
                f"{extraction_cache.root}: give its path again, or drop the documents not given "
                "with --prune"
            )
        stale.append(dataclasses.replace(_document(entry), text=text))
    for extraction in extract_all(stale, jobs=jobs, executor=executor):
        extraction_cache.put(extraction)


def _write_local(
    store: Path,
    corpus: _Corpus,
    resolution: Resolution,
    dirty: Sequence[int],
    removed: Sequence[str],
    reuse: bool,
    state: bytes,
) -> int:
    def written() -> Iterator[ox.Quad]:
        for index in dirty:
            yield from _document_quads(corpus[index], resolution)
        yield from _entity_quads(resolution)
        if not reuse:
            yield from ontology_quads()

    if not exists(store):
        return replace_contents(store, written(), state=state)

    def change(target: ox.Store) -> None:
        # graphs a build does not write (check's reviews, a user's own) stay as they are
        for index in dirty:
            target.remove_graph(_doc_graph(corpus[index].document.id))
        for doc_id in removed:
            target.remove_graph(_doc_graph(doc_id))
        target.remove_graph(ox.NamedNode(str(ENTITIES_GRAPH)))
        if not reuse:
            target.remove_graph(ox.NamedNode(str(ONTOLOGY_GRAPH)))
        target.bulk_extend(written())

    return update_contents(store, change, state=state)


def _triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    for quad in quads:
        yield ox.Triple(quad.subject, quad.predicate, quad.object)


def _write_remote(
    server: ox.Store,
    corpus: _Corpus,
    resolution: Resolution,
    dirty: Sequence[int],
    removed: Sequence[str],
    reuse: bool,
) -> int:
    remote = server if isinstance(server, RemoteStore) else None
    assert remote is not None
    for index in dirty:
        extraction = corpus[index]
        remote.put_graph(
            _doc_graph(extraction.document.id),
            _triples(_document_quads(extraction, resolution)),
        )
    for doc_id in removed:
        remote.delete_graph(_doc_graph(doc_id))
    remote.put_graph(ox.NamedNode(str(ENTITIES_GRAPH)), _triples(_entity_quads(resolution)))
    if not reuse:
        remote.put_graph(ox.NamedNode(str(ONTOLOGY_GRAPH)), _triples(ontology_quads()))
    return len(remote)


def _save(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None


# --- extraction as a map: one graph per document -------------------------------------------------


@dataclass(frozen=True)
class DocumentGraph:
    """One document's named graph, as N-Quads."""

    document: Document
    nquads: bytes


def document_graphs(
    paths: Sequence[Path],
    *,
    strict: bool = False,
    jobs: int = 1,
    executor: str | None = None,
    cache_dir: Path | None = None,
) -> Iterator[DocumentGraph | Skipped]:
    """Each document's named graph, resolved within that document only, as it is extracted.

    This is the map of a map-reduce: entity IRIs come from names (`nlp/resolve.py`), so one
    name is one IRI in every document's graph and loading the graphs together joins them. What
    only the reduce can do is merge a short name in one document with the full name in another
    ("Doe" here, "Jane Doe" there), vote on labels, and read a film title one document signals
    where another names it bare: a `build` over the same documents does it, from `cache_dir`
    (an extraction cache), extracting again only the documents that name such a title (see
    `_apply_titles`). Entity descriptions (type, label, aliases) go into the document's own
    graph, so replacing a document's graph replaces them too.
    """
    skipped: list[Skipped] = []
    extraction_cache = ExtractionCache(cache_dir) if cache_dir is not None else None

    documents = readable_documents(paths, skipped, strict=strict)
    for extraction in extract_all(documents, jobs=jobs, executor=executor):
        while skipped:
            yield skipped.pop(0)
        if extraction_cache is not None:
            extraction_cache.put(extraction)
        resolution = resolve([extraction])
        graph = _doc_graph(extraction.document.id)
        quads = [*_document_quads(extraction, resolution)]
        quads.extend(
            ox.Quad(q.subject, q.predicate, q.object, graph) for q in _entity_quads(resolution)
        )
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        yield DocumentGraph(_metadata(extraction.document), data)
    yield from skipped
