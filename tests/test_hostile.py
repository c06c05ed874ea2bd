"""Hostile content: nothing in a document or a query gets out of its box.

IRIs minted from any label are valid and survive every export format; SPARQL is never built by
pasting text; queries that would reach the network or the file system are refused before
they run (a loopback server counts any request that slips through); --timeout stops a query;
hostile HTML, XML and JSON-LD are refused or neutralised within seconds and fetch nothing.
"""

from __future__ import annotations

import ast
import http.server
import json
import os
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anoragraph import query as q
from anoragraph.cli import cli
from anoragraph.documents import read_document
from anoragraph.errors import InputError, QueryError, QueryRefused, QueryTimeout
from anoragraph.ids import slug
from anoragraph.rdfinput import read_graph
from anoragraph.vocab import DOC, ID, PREFIXES, RDFS

from .conftest import build_texts

SRC = Path(__file__).resolve().parent.parent / "src" / "anoragraph"
FILM = "The Harbour Clock is a 2014 drama film directed by Selma Dufour.\n"


# --- a loopback server that counts what reaches it -----------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b'{"@context": {"name": "https://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def canary() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1: its base URL, and the paths requested from it."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_texts(tmp_path_factory.mktemp("hostile"), {"harbour.txt": FILM})


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- IRIs from any label ---------------------------------------------------------------------

LABELS = st.text(min_size=0, max_size=60)


def _roundtrip(dataset: ox.Dataset) -> dict[str, set[tuple[str, str, str, str]]]:
    """The dataset written by Oxigraph in each format and read back by rdflib."""
    store = ox.Store()
    store.extend(dataset)
    back: dict[str, set[tuple[str, str, str, str]]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's parsers use old names
        for name, fmt, parser in (
            ("nquads", ox.RdfFormat.N_QUADS, "nquads"),
            ("trig", ox.RdfFormat.TRIG, "trig"),
            ("jsonld", ox.RdfFormat.JSON_LD, "json-ld"),
        ):
            data = store.dump(format=fmt, prefixes=PREFIXES)
            assert data is not None
            parsed = rdflib.Dataset()
            parsed.parse(data=data.decode("utf-8"), format=parser)
            back[name] = {(str(s), str(p), str(o), str(g)) for s, p, o, g in parsed.quads()}
    triples = ox.serialize(
        [ox.Triple(x.subject, x.predicate, x.object) for x in dataset],
        format=ox.RdfFormat.TURTLE,
        prefixes=PREFIXES,
    )
    assert triples is not None
    graph = rdflib.Graph().parse(data=triples.decode("utf-8"), format="turtle")
    back["turtle"] = {(str(s), str(p), str(o), "") for s, p, o in graph}
    return back


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels=st.lists(LABELS, min_size=1, max_size=4), path=LABELS)
def test_iris_minted_from_any_label_are_valid_and_round_trip(labels: list[str], path: str) -> None:
    doc = str(DOC[slug(path)])
    ox.NamedNode(doc)  # raises on an invalid IRI
    ox.NamedNode(f"{doc}/sentence/3")
    ox.NamedNode(f"{doc}#char=0,12")
    dataset = ox.Dataset()
    expected: set[tuple[str, str, str]] = set()
    for label in labels:
        iri = str(ID[f"person/{slug(label)}"])
        assert iri.isascii() and not any(c in iri for c in ' <>"{}|^`\\')
        dataset.add(
            ox.Quad(
                ox.NamedNode(iri),
                ox.NamedNode(str(RDFS.label)),
                ox.Literal(label),
                ox.NamedNode(doc),
            )
        )
        expected.add((iri, str(RDFS.label), label))
    for name, quads in _roundtrip(dataset).items():
        assert {(s, p, o) for s, p, o, _ in quads} == expected, name
        if name != "turtle":
            assert {g for *_, g in quads} == {doc}, name


# --- SPARQL is never built by pasting text ---------------------------------------------------


def _text(node: ast.expr) -> bool:
    """Whether `node` is, or is built from, a str literal or an f-string."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return _text(node.left) or _text(node.right)
    return False


def _pasted(node: ast.expr) -> bool:
    """Whether `node` builds text by pasting: an f-string with values, str + or %, or
    str.format / str.join on a literal."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _text(node)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
        and _text(node.func.value)
    )


# which positional argument holds the SPARQL text, by callee name
QUERY_ARGUMENT = {"query": 0, "update": 0, "execute": 1, "run_select": 1, "run_update": 1}


def test_no_sparql_in_the_code_is_built_by_pasting_text() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = QUERY_ARGUMENT.get(name)
            if index is not None and len(node.args) > index and _pasted(node.args[index]):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


@settings(max_examples=80, deadline=None)
@given(value=st.text(max_size=80))
def test_a_bound_value_is_a_value_whatever_it_says(value: str) -> None:
    graph = ox.Store()
    graph.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x")))
    bound = q.parse_binding(value)
    table = q.run_select(graph, "SELECT ?v WHERE { ?s ?p ?o }", {"v": bound})
    assert table.rows == ((bound,),)
    assert len(graph) == 1


def test_injection_through_bind_finds_nothing_and_changes_nothing(store: Path) -> None:
    sparql = "SELECT ?d ?file WHERE { ?d ag:fileName ?file }"
    for value in ('" } ; DROP ALL ; #', "harbour.txt' } UNION { ?d ?p ?file", "x\n}\nLOAD <a>"):
        args = ["query", "--store", str(store), "--format", "csv", "-e", sparql]
        code, out, err = _invoke(*args, "--bind", f"file={value}")
        assert code == 0, err
        assert out.splitlines() == ["d,file"]
    for value in ("<urn:x> } SERVICE <http://127.0.0.1:1/>", "ag:x\ty", "https://x/\x00"):
        code, out, err = _invoke(
            "query", "--store", str(store), "-e", sparql, "--bind", f"d={value}"
        )
        assert code == 1 and err.startswith("Error: --bind value"), err
        assert len(err.strip().splitlines()) == 1
    code, out, _ = _invoke("query", "documents", "--store", str(store), "--format", "csv")
    assert code == 0 and "harbour.txt" in out


# --- SERVICE, LOAD, FROM: refused by reading the query ----------------------------------------

SEPARATORS = st.sampled_from([" ", "\n", "\t", "  ", " # comment \"\"\" '''\n", "\r\n", "#x\n"])


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flags: "".join(
            c.upper() if f else c.lower() for c, f in zip(word, flags, strict=True)
        )
    )


@st.composite
def remote_queries(draw: st.DrawFn, base: str) -> str:
    sep = draw(SEPARATORS)
    lead = draw(
        st.sampled_from(
            ["", '# """\n', "# '''\n", "PREFIX ex: <http://example.org/>\n", "BASE <http://x/>\n"]
        )
    )
    tail = draw(st.sampled_from(["", '\n# """', "\n# '''"]))
    kind = draw(st.sampled_from(["service", "silent", "from", "named", "load"]))
    any_triple = "{ ?s ?p ?o }"
    if kind == "service":
        service = draw(_cased("service"))
        body = f"SELECT * WHERE {{{sep}{service}{sep}<{base}/sparql>{sep}{any_triple} }}"
    elif kind == "silent":
        service = draw(_cased("service"))
        body = f"SELECT * WHERE {{ {service}{sep}SILENT{sep}<{base}/sparql> {any_triple} }}"
    elif kind == "from":
        body = f"SELECT *{sep}{draw(_cased('from'))}{sep}<{base}/data.ttl> WHERE {any_triple}"
    elif kind == "named":
        source = "<file:///etc/passwd>"
        named = f"{draw(_cased('from'))}{sep}NAMED{sep}{source}"
        body = f"SELECT * {named} WHERE {{ GRAPH ?g {any_triple} }}"
    else:
        body = f"{draw(_cased('load'))}{sep}<{base}/data.ttl>"
    return lead + body + tail


def test_the_canary_hears_oxigraph_when_nothing_guards_it(
    canary: tuple[str, list[str]],
) -> None:
    """Without the check, Oxigraph itself sends SERVICE requests: the tests below can fail."""
    base, hits = canary
    before = len(hits)
    with pytest.raises((OSError, RuntimeError, SyntaxError, ValueError)):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?o }} }}"))
    assert len(hits) > before


def test_remote_access_is_refused_before_anything_is_sent(canary: tuple[str, list[str]]) -> None:
    base, hits = canary
    before = len(hits)
    graph = ox.Store()

    @settings(max_examples=150, deadline=None)
    @given(text=remote_queries(base))
    def refused(text: str) -> None:
        with pytest.raises(QueryRefused, match=r"^refused: (SERVICE|FROM|LOAD)"):
            q.execute(graph, text, allow_update=True)

    refused()
    assert len(hits) == before


PIECES = [
    "SERVICE",
    "service",
    "SILENT",
    "FROM",
    "NAMED",
    "LOAD",
    "{",
    "}",
    "?s ?p ?o",
    "?x",
    "#",
    '"""',
    "'''",
    '"',
    "'",
    "\n",
    " ",
    "<",
    ">",
    ".",
    "ex:",
    "GRAPH",
    "SELECT *",
    "WHERE",
]


def test_whatever_the_check_lets_through_reaches_nothing(canary: tuple[str, list[str]]) -> None:
    """Differential: random token soup around a canary IRI; whatever the check accepts and
    Oxigraph runs, no request reaches the canary."""
    base, hits = canary
    before = len(hits)
    graph = ox.Store()
    graph.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x")))
    pieces = st.sampled_from([*PIECES, f"<{base}/sparql>", f"<{base}/data.ttl>"])

    @settings(max_examples=300, deadline=None)
    @given(parts=st.lists(pieces, max_size=14), select=st.booleans())
    def soup(parts: list[str], select: bool) -> None:
        text = " ".join(parts)
        if select:
            text = f"SELECT * WHERE {{ {text} }}"
        try:
            results = q.execute(graph, text)
            if isinstance(results, ox.QuerySolutions | ox.QueryTriples):
                list(results)
        except QueryError:
            pass

    soup()
    assert len(hits) == before


def test_keywords_in_strings_iris_names_and_comments_are_not_refused(store: Path) -> None:
    text = (
        "PREFIX from: <https://example.org/from#>\n"
        "SELECT ?service ?load WHERE {  # SERVICE <http://example.org/> FROM LOAD\n"
        '  BIND("SERVICE <http://x/> { }" AS ?service)\n'
        "  BIND('''FROM <file:///etc/passwd>''' AS ?load)\n"
        "  OPTIONAL { ?s <https://example.org/LOAD> from:service }\n"
        "}"
    )
    code, out, err = _invoke("query", "--store", str(store), "--format", "csv", "-e", text)
    assert code == 0, err
    assert "SERVICE <http://x/> { }" in out


def test_service_hidden_behind_a_comment_with_quotes_is_refused(
    canary: tuple[str, list[str]], store: Path
) -> None:
    base, hits = canary
    before = len(hits)
    text = f'# """\nSELECT * WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?o }} }}\n# """'
    code, _, err = _invoke("query", "--store", str(store), "-e", text)
    assert code == 1 and "refused: SERVICE" in err
    assert len(hits) == before


# --- --timeout --------------------------------------------------------------------------------

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _children() -> list[int]:
    me = str(os.getpid())
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == me:
            found.append(int(status.parent.name))
    return found


def test_timeout_stops_a_runaway_query(store: Path) -> None:
    before = set(_children())
    started = time.perf_counter()
    code, _, err = _invoke("query", "--store", str(store), "-e", HEAVY, "--timeout", "1")
    seconds = time.perf_counter() - started
    assert code == 1
    assert err.strip().startswith("Error: query stopped after 1 s (--timeout)")
    assert seconds < 10, seconds
    assert set(_children()) <= before  # the query's process is gone


def test_the_library_raises_query_timeout_and_needs_a_path(store: Path) -> None:
    with pytest.raises(QueryTimeout):
        q.execute(store, HEAVY, timeout=0.5)
    with pytest.raises(TypeError):
        q.execute(ox.Store(), "ASK {}", timeout=5)
    assert q.run_select(store, "SELECT ?f WHERE { ?d ag:fileName ?f }", timeout=30).rows == (
        (ox.Literal("harbour.txt"),),
    )


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_a_query_with_a_timeout_gives_the_same_answer(store: Path, fmt: str) -> None:
    for text in (
        "SELECT ?d ?file WHERE { ?d ag:fileName ?file }",
        "ASK { ?d a ag:Document }",
    ):
        args = ["query", "--store", str(store), "--format", fmt, "-e", text]
        plain = _invoke(*args)
        timed = _invoke(*args, "--timeout", "30")
        assert plain[0] == timed[0] == 0
        assert plain[1] == timed[1]
    args = ["query", "--store", str(store), "-e", "CONSTRUCT WHERE { ?d ag:fileName ?f }"]
    plain_graph = rdflib.Graph().parse(data=_invoke(*args)[1], format="turtle")
    timed_graph = rdflib.Graph().parse(data=_invoke(*args, "--timeout", "30")[1], format="turtle")
    assert len(plain_graph) == len(timed_graph) == 1
    assert set(plain_graph) == set(timed_graph)


def test_errors_are_the_same_with_a_timeout(store: Path) -> None:
    for args in (
        ["-e", "SELECT ?x WHERE {\n  ?x ?y }"],
        ["-e", "SELECT ?d WHERE { ?d ag:fileName ?f }", "--bind", "nope=1"],
    ):
        plain = _invoke("query", "--store", str(store), *args)
        timed = _invoke("query", "--store", str(store), *args, "--timeout", "30")
        assert plain[0] == timed[0] == 1
        assert plain[2] == timed[2]


def test_timeout_must_be_positive_and_is_for_queries(store: Path) -> None:
    code, _, err = _invoke("query", "documents", "--store", str(store), "--timeout", "0")
    assert code == 2 and "--timeout" in err
    code, _, err = _invoke(
        "query",
        "--store",
        str(store),
        "--allow-update",
        "--timeout",
        "5",
        "-e",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    )
    assert code == 2 and "queries, not updates" in err


# --- hostile markup and RDF files -------------------------------------------------------------


def _laughs(levels: int, root: str = "html") -> str:
    entities = '<!ENTITY a "ha ha ha ha ha ha ha ha ha ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(levels)
    )
    return f"<!DOCTYPE {root} [\n{entities}\n]>\n"


def test_html_with_entities_and_a_doctype_is_neutralised(
    tmp_path: Path, canary: tuple[str, list[str]]
) -> None:
    base, hits = canary
    before = len(hits)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT", "utf-8")
    body = (
        "<html><body><article><h1>A review</h1>"
        "<p>The Harbour Clock is a 2014 drama film directed by Selma Dufour: &xxe; &net; &j;.</p>"
        "<p>It was shown twice at the festival and the second screening sold out quickly.</p>"
        "</article></body></html>"
    )
    doctype = _laughs(9).replace(
        "]>",
        f'<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY net SYSTEM "{base}/entity">]>',
    )
    for name, prolog in (("page.html", ""), ("page.xhtml.htm", '<?xml version="1.0"?>\n')):
        path = tmp_path / name
        path.write_text(prolog + doctype + body, "utf-8")
        started = time.perf_counter()
        document = read_document(path, name)
        assert time.perf_counter() - started < 5
        assert "SECRET-FILE-CONTENT" not in document.text
        assert "ha ha" not in document.text and len(document.text) < 1_000
        assert "Selma Dufour" in document.text
    assert len(hits) == before


def test_rdf_xml_with_a_doctype_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shapes.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n'
        + _laughs(9, "rdf:RDF")
        + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:s="https://schema.org/"><rdf:Description rdf:about="urn:x">'
        "<s:name>&j;</s:name></rdf:Description></rdf:RDF>",
        "utf-8",
    )
    started = time.perf_counter()
    with pytest.raises(InputError, match="refused: an XML DOCTYPE"):
        read_graph(path)
    assert time.perf_counter() - started < 1
    plain = tmp_path / "plain.rdf"
    plain.write_text(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:s="https://schema.org/"><rdf:Description rdf:about="urn:x">'
        "<s:name>x</s:name></rdf:Description></rdf:RDF>",
        "utf-8",
    )
    assert len(read_graph(plain)) == 1


def test_remote_json_ld_contexts_are_never_fetched(
    tmp_path: Path, canary: tuple[str, list[str]]
) -> None:
    base, hits = canary
    before = len(hits)
    path = tmp_path / "graph.jsonld"
    path.write_text(json.dumps({"@context": f"{base}/context.jsonld", "@id": "urn:x", "name": "y"}))
    with pytest.raises(InputError, match="remote JSON-LD context"):
        read_graph(path)
    nested = tmp_path / "nested.jsonld"
    nested.write_text(
        json.dumps({"@context": [{"s": "https://schema.org/"}, f"{base}/more"], "@id": "urn:x"})
    )
    with pytest.raises(InputError):
        read_graph(nested)
    inline = tmp_path / "inline.jsonld"
    inline.write_text(
        json.dumps({"@context": {"name": "https://schema.org/name"}, "@id": "urn:x", "name": "y"})
    )
    assert len(read_graph(inline)) == 1
    assert len(hits) == before


def test_json_ld_export_names_no_remote_context(store: Path) -> None:
    code, out, _ = _invoke("export", "--store", str(store), "--format", "jsonld")
    assert code == 0
    contexts = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "@context" in node:
                contexts.append(node["@context"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(out))
    assert all(not isinstance(c, str) for c in contexts)
