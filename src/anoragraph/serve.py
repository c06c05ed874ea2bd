"""The store as a read-only SPARQL endpoint (SPARQL 1.1 Protocol) with the graph page.

    GET  /                       the graph page (viz.py), drawn from the current graph
    GET  /query?query=...        a query; also POST /query with a form (query=...) or with
                                 the query as the body (Content-Type: application/sparql-query)

Results are SPARQL JSON, CSV or TSV for SELECT and ASK, Turtle or N-Triples for CONSTRUCT and
DESCRIBE, chosen by the Accept header (JSON and Turtle by default), so YASGUI, SPARQLWrapper
and curl work as clients. The default graph is the union of the documents' graphs; the
project's prefixes are predeclared.

What it refuses, and why:
- updates (POST /update, INSERT, DELETE, LOAD, ...): the endpoint is read-only;
- SERVICE, LOAD, FROM / FROM NAMED, and the protocol's default-graph-uri / named-graph-uri:
  they would make the server fetch from the network or the file system (query.check_query);
- queries running longer than the time limit: each query runs in a child process that is
  killed when its time is up (query.execute with a timeout), and at most `concurrency` run at
  once, so a burst of clients queues (up to `wait` seconds) instead of exhausting the machine;
- more than `max_rows` rows (or triples): the first `max_rows` are sent, with the response
  header `Anoragraph-Truncated: true`;
- request bodies over 1 MiB.

Each query reads the store's current generation, so a build that completes while the server
runs is served from the next query on. The server binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import AnoragraphError, QueryError
from .query import execute
from .store import current_generation, open_store, union_graph
from .vocab import PREFIXES

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
_SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class Limits:
    max_rows: int = 10_000
    timeout: float = 10.0  # seconds a query may run
    concurrency: int = 4  # queries running at once; others wait for a slot
    wait: float = 60.0  # seconds a query may wait for a slot before the answer is 503


def _preferred(accept: str, offered: dict[str, Any], default: str) -> str:
    """The offered media type the Accept header ranks first (ties keep the header's order)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.lower()))
    for negative, _, media in sorted(ranked):
        if negative >= 0:
            continue
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def _term_json(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return {"type": "literal", "value": term.value}
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value}


def _csv_cell(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def select_body(columns: list[str], rows: list[list[Term | None]], fmt: str) -> bytes:
    """SPARQL 1.1 Query Results in JSON, CSV or TSV."""
    if fmt == "json":
        bindings = [
            {c: _term_json(t) for c, t in zip(columns, row, strict=True) if t is not None}
            for row in rows
        ]
        data = {"head": {"vars": columns}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([_csv_cell(t) for t in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{c}" for c in columns)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


class _Page:
    """The graph page, drawn once per store generation."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.lock = threading.Lock()
        self.generation: Path | None = None
        self.html = b""

    def get(self) -> bytes:
        with self.lock:
            generation = current_generation(self.store)
            if generation != self.generation:
                self.html = self._draw()
                self.generation = generation
            return self.html

    def _draw(self) -> bytes:
        try:
            from .viz import render
        except ImportError:  # pragma: no cover - viz ships with the package
            return self._index()
        page = render(union_graph(open_store(self.store)), title="anoragraph")
        return str(page.html()).encode("utf-8")

    @staticmethod
    def _index() -> bytes:
        prefixes = "".join(
            f"<li><code>{html.escape(k)}: &lt;{html.escape(v)}&gt;</code></li>"
            for k, v in PREFIXES.items()
        )
        return (
            "<!doctype html><meta charset=utf-8><title>anoragraph</title>"
            "<h1>anoragraph SPARQL endpoint</h1><p>Send queries to <code>/query</code>.</p>"
            f"<p>Predeclared prefixes:</p><ul>{prefixes}</ul>"
        ).encode()


class SparqlServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that knows its store and limits."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], store: Path, limits: Limits) -> None:
        open_store(store)  # fail now, with the usual message, if there is no store
        self.store = store
        self.limits = limits
        self.slots = threading.BoundedSemaphore(limits.concurrency)
        self.page = _Page(store)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host!s}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request
    server_version = "anoragraph"

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)

    # responses

    def _send(
        self,
        status: int,
        body: bytes,
        media: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # routes

    def do_GET(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/":
            try:
                body = self.server.page.get()
            except AnoragraphError as exc:
                self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
                return
            self._send(HTTPStatus.OK, body, "text/html; charset=utf-8")
        elif parts.path == "/query":
            self._query(urllib.parse.parse_qs(parts.query, keep_blank_values=True))
        else:
            self._error(HTTPStatus.NOT_FOUND, "not found: queries go to /query")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/update":
            self._error(HTTPStatus.FORBIDDEN, "refused: this endpoint is read-only")
            return
        if parts.path != "/query":
            self._error(HTTPStatus.NOT_FOUND, "not found: queries go to /query")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "bad Content-Length")
            return
        if length > MAX_BODY:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body over 1 MiB")
            return
        body = self.rfile.read(length).decode("utf-8", "replace") if length > 0 else ""
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-update" or "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "refused: this endpoint is read-only")
            return
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "send application/sparql-query or a form with query=",
            )
            return
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "refused: this endpoint is read-only")
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._error(
                HTTPStatus.BAD_REQUEST,
                "refused: default-graph-uri and named-graph-uri would load data from outside "
                "the store (the default graph is the union of its graphs)",
            )
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query= parameter")
            return
        limits = self.server.limits
        if not self.server.slots.acquire(timeout=limits.wait):
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "busy: too many queries; try again")
            return
        try:
            results = execute(self.server.store, queries[0], timeout=limits.timeout)
            status, body, media, headers = self._render(results)
        except QueryError as exc:
            message = str(exc)
            if message.startswith("query stopped after"):
                status = HTTPStatus.SERVICE_UNAVAILABLE
            elif message.startswith("refused"):
                status = HTTPStatus.FORBIDDEN
            else:
                status = HTTPStatus.BAD_REQUEST
            self._error(status, message)
            return
        except AnoragraphError as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        finally:
            self.server.slots.release()
        self._send(status, body, media, headers)

    def _render(
        self, results: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
    ) -> tuple[int, bytes, str, dict[str, str]]:
        accept = self.headers.get("Accept", "")
        limit = self.server.limits.max_rows
        headers = {"Anoragraph-Result-Limit": str(limit)}
        if isinstance(results, ox.QueryTriples):
            media = _preferred(accept, _GRAPH_TYPES, "text/turtle")
            triples: list[ox.Triple] = []
            for triple in results:
                if len(triples) == limit:
                    headers["Anoragraph-Truncated"] = "true"
                    break
                triples.append(triple)
            data = ox.serialize(triples, format=_GRAPH_TYPES[media], prefixes=PREFIXES) or b""
            return HTTPStatus.OK, data, f"{media}; charset=utf-8", headers
        media = _preferred(accept, _SELECT_TYPES, "application/sparql-results+json")
        fmt = _SELECT_TYPES[media]
        if isinstance(results, ox.QueryBoolean):
            formats = {
                "json": ox.QueryResultsFormat.JSON,
                "csv": ox.QueryResultsFormat.CSV,
                "tsv": ox.QueryResultsFormat.TSV,
            }
            data = results.serialize(format=formats[fmt]) or b""
            return HTTPStatus.OK, data, f"{media}; charset=utf-8", headers
        columns = [v.value for v in results.variables]
        rows: list[list[Term | None]] = []
        for solution in results:
            if len(rows) == limit:
                headers["Anoragraph-Truncated"] = "true"
                break
            rows.append([solution[c] for c in columns])
        return HTTPStatus.OK, select_body(columns, rows, fmt), f"{media}; charset=utf-8", headers


def make_server(
    store: Path, *, host: str = "127.0.0.1", port: int = 7879, limits: Limits | None = None
) -> SparqlServer:
    """A server for the store at `store` (not started: call `serve_forever`)."""
    try:
        return SparqlServer((host, port), store, limits or Limits())
    except OSError as exc:
        raise AnoragraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
