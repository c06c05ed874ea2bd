"""`anoragraph serve`: a read-only SPARQL endpoint queried by a real HTTP client."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from anoragraph.cli import cli
from anoragraph.serve import Limits, SparqlServer, make_server

from .conftest import build_texts

pytestmark = pytest.mark.model

FILMS = "SELECT ?film ?label WHERE { ?film a ag:Film ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    return build_texts(
        folder,
        {
            "a.txt": "The Iron Orchard is a 2015 drama film directed by Lena Moravec.\n",
            "b.txt": "The Quiet Pier is a 2019 comedy film directed by Samir Haddad.\n",
        },
    )


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[SparqlServer]:
    running = make_server(store, port=0, limits=Limits(max_rows=3, timeout=2.0, concurrency=2))
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def fetch(
    server: SparqlServer,
    path: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(
        server.url.rstrip("/") + path, data=data, headers=headers or {}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get_query(
    server: SparqlServer, text: str, accept: str = ""
) -> tuple[int, dict[str, str], bytes]:
    query = urllib.parse.urlencode({"query": text})
    return fetch(server, f"/query?{query}", headers={"Accept": accept} if accept else {})


def test_select_results_follow_the_accept_header(server: SparqlServer) -> None:
    status, headers, body = get_query(server, FILMS)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    rows = json.loads(body)["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["The Iron Orchard", "The Quiet Pier"]

    status, headers, body = get_query(server, FILMS, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body.decode())))
    assert table[0] == ["film", "label"] and table[1][1] == "The Iron Orchard"

    status, _, body = get_query(server, FILMS, "text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?film\t?label"
    assert '"The Quiet Pier"' in body.decode()


def test_post_forms_and_query_bodies(server: SparqlServer) -> None:
    form = urllib.parse.urlencode({"query": "ASK { ?f a ag:Film }"}).encode()
    status, _, body = fetch(
        server, "/query", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = fetch(
        server,
        "/query",
        data=b"CONSTRUCT { ?f a ag:Film } WHERE { ?f a ag:Film }",
        headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"},
    )
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body.decode(), format="turtle")) == 2


def test_results_are_cut_at_the_row_limit_and_say_so(server: SparqlServer) -> None:
    status, headers, body = get_query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert headers["Anoragraph-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 3
    _, headers, _ = get_query(server, FILMS)
    assert "Anoragraph-Truncated" not in headers


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 403),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", 403),
        ("SELECT ?x WHERE { ?x ", 400),
    ],
)
def test_updates_remote_access_and_bad_queries_are_refused(
    server: SparqlServer, text: str, status: int
) -> None:
    code, _, body = get_query(server, text)
    assert code == status, body


def test_writes_and_outside_graphs_are_refused(server: SparqlServer) -> None:
    update = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    code, _, _ = fetch(
        server,
        "/update",
        data=update,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert code == 403
    query = urllib.parse.urlencode({"query": FILMS, "default-graph-uri": "http://example.org/g"})
    code, _, _ = fetch(server, f"/query?{query}")
    assert code == 400
    assert get_query(server, FILMS)[0] == 200  # nothing changed


def test_a_query_past_the_time_limit_is_stopped(server: SparqlServer) -> None:
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    code, _, body = get_query(server, endless)
    assert code == 503 and b"stopped" in body
    assert get_query(server, FILMS)[0] == 200


def test_the_graph_page_is_served_at_the_root(server: SparqlServer) -> None:
    code, headers, body = fetch(server, "/")
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Iron Orchard" in body
    assert fetch(server, "/nothing-here")[0] == 404


def test_fifty_concurrent_clients_all_get_answers(server: SparqlServer) -> None:
    def ask(i: int) -> int:
        text = FILMS if i % 2 else "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        status, _, body = get_query(server, text, "text/csv")
        return status if body.strip() else 0

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(ask, range(50)))
    assert statuses == [200] * 50


def test_serve_refuses_a_missing_store_and_a_server_url(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 1 and "anoragraph build" in result.stderr
    result = runner.invoke(cli, ["serve", "--store", "http://127.0.0.1:9", "--port", "0"])
    assert result.exit_code == 2
