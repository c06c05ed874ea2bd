"""A SPARQL server as the store: build, query, export, stats and validate against a real
`oxigraph serve` on loopback."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.compare import isomorphic

from anoragraph.cli import cli
from anoragraph.errors import QueryError
from anoragraph.remote import endpoint, with_values

from .servers import oxigraph_server

pytestmark = pytest.mark.model

HARBOUR = "The Salt Harbour is a 2018 drama film directed by Mireille Daoud.\n"
DAOUD = "Daoud said the harbour scenes were shot at night.\n"
SIGNAL = "The Long Signal is a 2022 thriller film directed by Kwame Asante.\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    return tmp_path / "cache-home"


def corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def dataset(nquads: str) -> dict[str, rdflib.Graph]:
    data = rdflib.Dataset()
    data.parse(data=nquads, format="nquads")
    return {str(g.identifier): g for g in data.graphs() if len(g)}


def test_build_query_export_against_a_sparql_server(
    server: str, tmp_path: Path, cache_home: Path
) -> None:
    docs = corpus(tmp_path / "docs", {"harbour.txt": HARBOUR, "daoud.txt": DAOUD})
    result = run("build", str(docs), "--store", server)
    assert result.exit_code == 0, result.output
    assert "documents  2 (2 extracted" in result.stdout
    assert (cache_home / "anoragraph").is_dir()  # the cache lives on this machine

    result = run("query", "documents", "--store", server, "--format", "csv")
    assert result.exit_code == 0, result.output
    files = {row["file"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert files == {"harbour.txt", "daoud.txt"}

    result = run(
        "query", "--store", server, "--format", "csv", "--bind", "name=Mireille Daoud",
        "-e", "SELECT ?film ?name WHERE { ?film ag:director ?p . ?p rdfs:label ?name }",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "https://w3id.org/anoragraph/id/film/the-salt-harbour,Mireille Daoud"
    ]

    # the same graph as an embedded store built from the same documents
    local = tmp_path / "local"
    assert run("build", str(docs), "--store", str(local)).exit_code == 0
    remote_export = run("export", "--store", server, "--format", "nquads")
    local_export = run("export", "--store", str(local), "--format", "nquads")
    assert remote_export.exit_code == 0, remote_export.output
    remote_graphs, local_graphs = dataset(remote_export.stdout), dataset(local_export.stdout)
    assert remote_graphs.keys() == local_graphs.keys()
    for name, graph in remote_graphs.items():
        assert isomorphic(graph, local_graphs[name]), name

    turtle = run("export", "--store", server, "--format", "turtle")
    assert turtle.exit_code == 0
    assert len(rdflib.Graph().parse(data=turtle.stdout, format="turtle")) > 100

    stats = run("stats", "--store", server)
    assert stats.exit_code == 0 and "documents" in stats.stdout
    validate = run("validate", "--store", server)
    assert validate.exit_code == 0, validate.output


def test_a_rebuild_replaces_changed_graphs_and_prunes(
    server: str, tmp_path: Path, cache_home: Path
) -> None:
    docs = corpus(tmp_path / "docs", {"harbour.txt": HARBOUR, "signal.txt": SIGNAL})
    assert run("build", str(docs), "--store", server, "--prune").exit_code == 0
    corpus(docs, {"signal.txt": SIGNAL.replace("2022 thriller", "2023 western")})
    result = run("build", str(docs), "--store", server)
    assert result.exit_code == 0, result.output
    assert "(1 extracted, 1 from the cache)" in result.stdout

    (docs / "harbour.txt").unlink()
    result = run("build", str(docs), "--store", server, "--prune")
    assert result.exit_code == 0, result.output
    assert "1 removed" in result.stdout
    listed = run("query", "documents", "--store", server, "--format", "csv")
    assert [r["file"] for r in csv.DictReader(io.StringIO(listed.stdout))] == ["signal.txt"]
    years = run("query", "--store", server, "--format", "csv", "-e",
                "SELECT DISTINCT ?y WHERE { ?s ag:year ?y }")  # fmt: skip
    assert "2022" not in years.stdout


def test_updates_go_through_the_update_protocol(server: str) -> None:
    result = run(
        "query", "--store", server, "--allow-update",
        "-e", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> rdfs:label \"marker\" } }",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    found = run("query", "--store", server, "--format", "csv", "-e",
                "SELECT ?l WHERE { <urn:x:a> rdfs:label ?l }")  # fmt: skip
    assert found.stdout.splitlines()[1:] == ["marker"]


def test_remote_errors_are_one_line(server: str, tmp_path: Path) -> None:
    bad = run("query", "--store", server, "-e", "SELECT ?x WHERE {\n  ?x ?y }")
    assert bad.exit_code == 1 and "malformed SPARQL" in bad.stderr and "2:" in bad.stderr
    down = run("query", "documents", "--store", "http://127.0.0.1:9")
    assert down.exit_code == 1 and "cannot reach" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1
    with oxigraph_server(tmp_path / "plain", union=False) as plain:
        docs = corpus(tmp_path / "docs", {"harbour.txt": HARBOUR})
        assert run("build", str(docs), "--store", plain).exit_code == 0
        result = run("query", "documents", "--store", plain)
        assert result.exit_code == 1 and "--union-default-graph" in result.stderr


def test_endpoints_and_bindings_are_written_safely() -> None:
    fuseki = endpoint("http://127.0.0.1:3030/ds#query=sparql&update=update&store=data")
    assert fuseki.query == "http://127.0.0.1:3030/ds/sparql"
    assert fuseki.store == "http://127.0.0.1:3030/ds/data"
    oxigraph = endpoint("http://127.0.0.1:7878")
    assert (oxigraph.query, oxigraph.update) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
    )
    import pyoxigraph as ox

    hostile = ox.Literal('x" } } ; DROP ALL ; #')
    text = with_values("SELECT ?s WHERE { ?s rdfs:label ?name }", {"name": hostile})
    assert 'VALUES (?name) { ("x\\" } } ; DROP ALL ; #") }' in text
    with pytest.raises(QueryError):
        with_values("CONSTRUCT WHERE { ?s ?p ?name }", {"name": hostile})
