"""Fuzzing, bounded in examples and time: random and mutated documents and queries meet only
clean errors (InputError, QueryError), never a crash, a hang or a half-made record."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from anoragraph import query as q
from anoragraph import rdf
from anoragraph.documents import read_document
from anoragraph.errors import InputError, QueryError
from anoragraph.nlp import pipeline
from anoragraph.nlp.resolve import resolve
from anoragraph.records import Document
from anoragraph.store import to_ox_quad

SAMPLES: dict[str, bytes] = {
    "note.txt": b"Mira Castell directed The Winter Pier in 2018.\nShe said it was hard.\n",
    "thread.md": "# Comments\n\n**lena_k** wrote:\n> Loved it — 9/10 😀\n\nRoni: no.\n".encode(),
    "page.html": (
        b"<!DOCTYPE html><html><head><style>p{}</style><script>x=1</script></head><body>"
        b"<article><h1>Review</h1><p>The Winter Pier is a 2018 film by Mira Castell &amp; "
        b"friends. Caf&eacute; scenes are long.</p><p>Second paragraph of the review text "
        b"with enough words.</p></article></body></html>"
    ),
    "bom16.txt": b"\xff\xfe" + "Der Film von Mira Castell.\n".encode("utf-16-le"),
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A sample file with random bytes inserted, deleted, replaced, or spliced from another."""
    name = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[name])
    for _ in range(draw(st.integers(0, 12))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "splice"]))
        chunk = draw(st.binary(min_size=1, max_size=8))
        if action == "insert":
            data[position:position] = chunk
        elif action == "delete":
            del data[position : position + len(chunk)]
        elif action == "replace":
            data[position : position + len(chunk)] = chunk
        else:
            other = SAMPLES[draw(st.sampled_from(sorted(SAMPLES)))]
            data[position:position] = other[: draw(st.integers(0, len(other)))]
    return name, bytes(data)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="anoragraph-fuzz-") as path:
        yield Path(path)


def _check_document(folder: Path, name: str, data: bytes) -> None:
    path = folder / name
    path.write_bytes(data)
    try:
        document = read_document(path, name)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert document.text.strip()
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in document.text)
    assert "\r" not in document.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=mutated())
def test_mutated_documents_read_or_fail_cleanly(folder: Path, sample: tuple[str, bytes]) -> None:
    _check_document(folder, *sample)


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(["a.txt", "b.md", "c.html"]),
    data=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
)
def test_random_bytes_read_or_fail_cleanly(folder: Path, name: str, data: bytes) -> None:
    _check_document(folder, name, data)


# --- queries ---------------------------------------------------------------------------------

QUERIES = [
    "SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(CONTAINS(?label, 'a')) } LIMIT 5",
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n)",
    "ASK { ?s a ag:Film }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
    'SELECT * WHERE { ?s ?p "x"@en . OPTIONAL { ?s schema:name ?n } } OFFSET 1',
    "DESCRIBE <urn:a>",
]
TOKENS = [
    "{",
    "}",
    "(",
    ")",
    ".",
    ";",
    ",",
    "?s",
    "?o",
    "'",
    '"',
    "<",
    ">",
    "#",
    "\n",
    "*",
    "SELECT",
    "WHERE",
    "FILTER",
    "UNION",
    "MINUS",
    "VALUES",
    "BIND",
    "AS",
    "GRAPH",
    "SERVICE",
    "FROM",
    "LOAD",
    "INSERT",
    "DELETE",
    "DATA",
    "\\",
    "\\u0041",
    "ag:",
    "_:b",
]


@st.composite
def mutated_query(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(QUERIES))
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(TOKENS) | st.text(max_size=4))
        cut = draw(st.integers(0, 3))
        text = text[:position] + piece + text[position + cut :]
    return text


@pytest.fixture(scope="module")
def graph() -> ox.Store:
    store = ox.Store()
    for i in range(20):
        store.add(
            ox.Quad(
                ox.NamedNode(f"urn:s{i}"),
                ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal(f"name {i}", language="en" if i % 2 else None),
                ox.NamedNode(f"urn:g{i % 3}"),
            )
        )
    return store


def _run(graph: ox.Store, text: str) -> None:
    try:
        results = q.execute(graph, text)
        if isinstance(results, ox.QuerySolutions | ox.QueryTriples):
            list(results)
    except QueryError as exc:
        assert str(exc)


@settings(max_examples=400, deadline=None)
@given(text=mutated_query())
def test_mutated_queries_run_or_fail_cleanly(graph: ox.Store, text: str) -> None:
    _run(graph, text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_random_queries_and_bindings_fail_cleanly(graph: ox.Store, text: str) -> None:
    _run(graph, text)
    with contextlib.suppress(QueryError):
        q.parse_binding(text)
    assert q.is_update(text) in (True, False)


# --- documents to graph ----------------------------------------------------------------------

FRAGMENTS = [
    " ",
    ".",
    ",",
    "!",
    "?",
    "\n",
    "\n\n",
    "'",
    '"',
    "(",
    ")",
    "—",
    "Mira Castell",
    " directed ",
    "The Winter Pier",
    " said ",
    " won the ",
    "Golden Lion",
    "2018",
]
PROSE = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
    | st.sampled_from(FRAGMENTS),
    min_size=1,
    max_size=60,
).map("".join)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(PROSE, min_size=1, max_size=3), piece=st.integers(40, 400))
def test_any_text_becomes_a_valid_graph(nlp: Language, texts: list[str], piece: int) -> None:
    documents = [
        Document(id=f"doc-{i}", path=f"doc-{i}.txt", text=text, sha256=str(i))
        for i, text in enumerate(t for t in texts if t.strip())
    ]
    limit = pipeline.PIECE_CHARS
    pipeline.PIECE_CHARS = piece  # short pieces: joins are exercised too
    try:
        extractions = list(pipeline.extract(documents))
    finally:
        pipeline.PIECE_CHARS = limit
    assert [e.document.id for e in extractions] == [d.id for d in documents]
    for extraction in extractions:
        text = extraction.document.text
        for sentence in extraction.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
        for mention in extraction.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert 0 <= mention.sentence < len(extraction.sentences)
        for claim in extraction.claims:
            assert all(0 <= i < len(extraction.statements) for i in claim.statements)
    resolution = resolve(extractions)
    for s, p, o, g in rdf.corpus_quads(extractions, resolution):
        to_ox_quad(s, p, o, g)  # raises on an invalid term
