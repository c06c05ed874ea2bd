"""A SPARQL 1.1 server as the store: the Query, Update and Graph Store protocols over HTTP.

`--store http://HOST:PORT/PATH` names the server. By default its endpoints are laid out as
Oxigraph's: `PATH/query`, `PATH/update` and `PATH/store` (Graph Store Protocol). Other servers
name theirs in the URL's fragment, relative to the URL:

    http://127.0.0.1:7878                                      Oxigraph (`oxigraph serve`)
    http://127.0.0.1:3030/ds#query=sparql&update=update&store=data    Apache Jena Fuseki

anoragraph queries the union of the documents' named graphs as the default graph, so the
server must expose it that way: `oxigraph serve --union-default-graph`, Fuseki with
`tdb2:unionDefaultGraph true`; Virtuoso and GraphDB do it by default. Opening a server that
does not is an error that says so.

`RemoteStore` answers the part of `pyoxigraph.Store`'s API that anoragraph's readers use
(`query`, `update`, `quads_for_pattern` over everything, `named_graphs`, `dump`, `len`), with
results as pyoxigraph objects, so query, export, stats, validate and the graph page run on
either store unchanged. Writers replace whole named graphs (`put_graph`, `delete_graph`): each
replacement is atomic on the server, a build as a whole is not (see build.py).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any, cast

import pyoxigraph as ox

from ._sandbox import query_error
from .errors import QueryError, StoreError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_ACCEPT_QUERY = f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.5"
_RDF_TYPES = {
    _NTRIPLES: ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_RESULT_TYPES = {
    _RESULTS_JSON: ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_DEFAULT_TIMEOUT = 300.0


def is_url(value: str) -> bool:
    return re.match(r"^https?://", value, re.IGNORECASE) is not None


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server's three endpoints."""

    url: str
    query: str
    update: str
    store: str

    def __str__(self) -> str:
        return self.url


def endpoint(url: str) -> Endpoint:
    """The endpoints of the server at `url` (see the module docstring for the layout)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{url} is not an http(s) URL of a SPARQL server")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
    root = base if base.endswith("/") else base + "/"
    names = {"query": "query", "update": "update", "store": "store"}
    for key, values in urllib.parse.parse_qs(parts.fragment).items():
        if key not in names:
            raise StoreError(f"{url}: unknown endpoint {key!r} (use query=, update=, store=)")
        names[key] = values[-1]
    return Endpoint(
        url=url,
        query=urllib.parse.urljoin(root, names["query"]),
        update=urllib.parse.urljoin(root, names["update"]),
        store=urllib.parse.urljoin(root, names["store"]),
    )


# --- HTTP ------------------------------------------------------------------------------------


def _open(
    request: urllib.request.Request, timeout: float | None, *, error: type[Exception] = StoreError
) -> IO[bytes]:
    try:
        return cast(IO[bytes], urllib.request.urlopen(request, timeout=timeout))
    except urllib.error.HTTPError as exc:
        body = exc.read(2000).decode("utf-8", "replace").strip()
        detail = " ".join(body.split())[:300] or exc.reason
        raise error(f"the SPARQL server answered {exc.code}: {detail}") from None
    except urllib.error.URLError as exc:
        raise StoreError(
            f"cannot reach the SPARQL server at {request.full_url}: {exc.reason}"
        ) from None
    except TimeoutError:
        raise QueryError(
            f"the SPARQL server at {request.full_url} did not answer within {timeout:g} s"
        ) from None
    except OSError as exc:
        raise StoreError(f"cannot reach the SPARQL server at {request.full_url}: {exc}") from None


def _media_type(response: IO[bytes]) -> str:
    headers = getattr(response, "headers", None)
    value = headers.get("Content-Type", "") if headers is not None else ""
    return str(value).split(";")[0].strip().lower()


def _form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode("utf-8")


# --- query text ------------------------------------------------------------------------------

# Strings, IRIs and comments, whose braces and keywords do not count.
_SKIP = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.S,
)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def _code(text: str) -> str:
    """`text` with strings, IRIs and comments blanked out, character for character."""
    return _SKIP.sub(lambda m: " " * len(m.group()), text)


def with_prefixes(text: str, prefixes: Mapping[str, str] | None) -> str:
    """`text` with PREFIX declarations for the `prefixes` it does not declare itself, all on its
    first line, so the server's line numbers in error messages stay the query's own."""
    if not prefixes:
        return text
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_code(text))}
    lines = [
        f"PREFIX {name}: {ox.NamedNode(iri)}"
        for name, iri in prefixes.items()
        if name not in declared
    ]
    return " ".join(lines) + " " + text if lines else text


def with_values(text: str, substitutions: Mapping[str, Term]) -> str:
    """`text` with a VALUES block binding `substitutions` at the start of its WHERE clause,
    which is what pyoxigraph's `substitutions` do. The values are RDF terms written by
    pyoxigraph (N-Triples syntax, escaped), never text pasted from a user."""
    if not substitutions:
        return text
    code = _code(text)
    where = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    if re.search(r"\bCONSTRUCT\s+WHERE\b", code, re.IGNORECASE):
        where = None  # the short form: its pattern is its template
    if where is not None:
        at = where.end()
    else:
        braces = [m.end() for m in re.finditer(r"\{", code)]
        construct = re.search(r"\bCONSTRUCT\b", code, re.IGNORECASE) is not None
        if not braces or construct:
            raise QueryError("--bind needs a query with a WHERE clause on a remote store")
        at = braces[0]
    names = " ".join(f"?{name}" for name in substitutions)
    values = " ".join(str(term) for term in substitutions.values())
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }} {text[at:]}"


def _check_locally(text: str, prefixes: Mapping[str, str] | None, names: Iterable[str]) -> None:
    """Parse the query with pyoxigraph before sending it, for errors with line and column."""
    variables = {ox.Variable(name): ox.Literal("") for name in names}
    try:
        ox.Store().query(
            text,
            prefixes=dict(prefixes or {}),
            substitutions=variables or None,  # type: ignore[arg-type]
        )
    except (SyntaxError, RuntimeError) as exc:
        raise query_error(exc) from None


# --- the store ---------------------------------------------------------------------------------


class RemoteStore:
    """A SPARQL server, answering like a `pyoxigraph.Store` (see the module docstring)."""

    def __init__(self, where: Endpoint, *, timeout: float | None = None) -> None:
        self.endpoint = where
        self.timeout = timeout or _DEFAULT_TIMEOUT

    # reading

    def _post_query(self, text: str, accept: str) -> IO[bytes]:
        request = urllib.request.Request(
            self.endpoint.query,
            data=_form(query=text),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": accept,
            },
            method="POST",
        )
        return _open(request, self.timeout, error=QueryError)

    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        prefixes: Mapping[str, str] | None = None,
        substitutions: Mapping[ox.Variable, Term] | None = None,
        **_options: Any,
    ) -> Results:
        """Run `query` on the server (its default graph is the union; see the module docstring)."""
        unsupported = sorted(name for name, value in _options.items() if value is not None)
        if unsupported:
            raise StoreError(f"a remote store does not take {', '.join(unsupported)}")
        bound = {variable.value: term for variable, term in (substitutions or {}).items()}
        _check_locally(query, prefixes, bound)
        text = with_prefixes(with_values(query, bound), prefixes)
        response = self._post_query(text, _ACCEPT_QUERY)
        with response:
            media = _media_type(response)
            data = response.read()
        return _results(data, media)

    def quads_for_pattern(
        self, subject: object, predicate: object, object: object, graph_name: object = None
    ) -> Iterator[ox.Quad]:
        """Every quad in the server's named graphs (only the all-variables pattern)."""
        if any(term is not None for term in (subject, predicate, object, graph_name)):
            raise StoreError("a remote store lists all quads only")
        response = self._post_query(_QUADS, "text/tab-separated-values, " + _RESULTS_JSON)
        with response:
            media = _media_type(response)
            results = ox.parse_query_results(response, format=_RESULT_TYPES.get(media))
            if not isinstance(results, ox.QuerySolutions):
                raise StoreError("the SPARQL server did not answer a SELECT query with rows")
            for row in results:
                s, p, o, g = row["s"], row["p"], row["o"], row["g"]
                if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
                    continue
                if o is None or not isinstance(g, ox.NamedNode | ox.BlankNode):
                    continue
                yield ox.Quad(s, p, o, g)

    def named_graphs(self) -> Iterator[ox.NamedNode | ox.BlankNode]:
        results = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(results, ox.QuerySolutions)
        for row in results:
            graph = row["g"]
            if isinstance(graph, ox.NamedNode | ox.BlankNode):
                yield graph

    def __len__(self) -> int:
        results = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(results, ox.QuerySolutions)
        for row in results:
            count = row["n"]
            return int(count.value) if count is not None else 0
        return 0

    def dump(
        self,
        output: Any = None,
        format: ox.RdfFormat | None = None,
        *,
        prefixes: Mapping[str, str] | None = None,
        **_options: Any,
    ) -> bytes | None:
        """The server's named graphs in a dataset format (TriG, N-Quads, JSON-LD)."""
        if format is None or not format.supports_datasets:
            raise StoreError("a remote store dumps to a dataset format only")
        return ox.serialize(
            self.quads_for_pattern(None, None, None, None),
            output,
            format=format,
            prefixes=dict(prefixes or {}),
        )

    # writing

    def update(self, update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        request = urllib.request.Request(
            self.endpoint.update,
            data=_form(update=with_prefixes(update, prefixes)),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        with _open(request, self.timeout, error=QueryError) as response:
            response.read()

    def _graph_url(self, graph: ox.NamedNode) -> str:
        separator = "&" if "?" in self.endpoint.store else "?"
        return f"{self.endpoint.store}{separator}{urllib.parse.urlencode({'graph': graph.value})}"

    def put_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Replace the named graph `graph` with `triples` (Graph Store Protocol PUT)."""
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        request = urllib.request.Request(
            self._graph_url(graph),
            data=body,
            headers={"Content-Type": _NTRIPLES},
            method="PUT",
        )
        with _open(request, self.timeout) as response:
            response.read()

    def delete_graph(self, graph: ox.NamedNode) -> None:
        """Drop the named graph `graph` (Graph Store Protocol DELETE; a missing graph is fine)."""
        request = urllib.request.Request(self._graph_url(graph), method="DELETE")
        try:
            with _open(request, self.timeout) as response:
                response.read()
        except StoreError as exc:
            if "answered 404" not in str(exc):
                raise

    def check_union_default_graph(self) -> None:
        """Fail with advice when the server's default graph is not the union of its graphs."""
        # One triple sampled from a named graph, looked up in the default graph: one query,
        # no terms pasted into its text, and no scan of the whole store.
        missing = self.query(
            "ASK { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 }"
            " FILTER NOT EXISTS { ?s ?p ?o } }"
        )
        if bool(missing):
            raise StoreError(
                f"the SPARQL server at {self.endpoint.url} does not query the union of its "
                "named graphs by default: start it with `oxigraph serve "
                "--union-default-graph` (or your server's equivalent)"
            )


def _results(data: bytes, media: str) -> Results:
    """Server results as pyoxigraph results (triples by way of an in-memory store)."""
    if media in _RESULT_TYPES:
        try:
            return ox.parse_query_results(data, format=_RESULT_TYPES[media])
        except SyntaxError as exc:
            raise QueryError(f"unreadable results from the SPARQL server: {exc}") from None
    if media in _RDF_TYPES:
        graph = ox.Store()
        try:
            graph.load(data, format=_RDF_TYPES[media], to_graph=ox.DefaultGraph())
        except SyntaxError as exc:
            raise QueryError(f"unreadable results from the SPARQL server: {exc}") from None
        return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
    raise QueryError(f"the SPARQL server answered with {media or 'no media type'}, not results")


def connect(where: Endpoint, *, timeout: float | None = None) -> ox.Store:
    """The server as a store for anoragraph's readers and writers.

    pyoxigraph's `Store` cannot be subclassed, so the `RemoteStore` is typed as one: it
    implements the methods anoragraph calls on a store (see the module docstring).
    """
    remote = RemoteStore(where, timeout=timeout)
    remote.check_union_default_graph()
    return cast(ox.Store, remote)
