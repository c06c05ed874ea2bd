"""`anoragraph extract`: each document's named graph as N-Quads, in this process, in worker
processes, or on a Dask LocalCluster; and a build that reuses what extract cached."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.compare import isomorphic

from anoragraph.cli import cli

pytestmark = pytest.mark.model

TEXTS = {
    "ember.txt": "The Ember Line is a 2017 drama film directed by Greta Solberg.\n",
    "solberg.md": "Solberg said the Ember Line crew worked through the summer.\n",
    "notes/tide.txt": "The Night Tide is a 2012 thriller film directed by Omar Castel.\n",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for name, text in TEXTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def graphs(nquads: str) -> dict[str, rdflib.Graph]:
    dataset = rdflib.Dataset()
    dataset.parse(data=nquads, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_extract_streams_one_named_graph_per_document(corpus: Path, tmp_path: Path) -> None:
    result = run("extract", str(corpus))
    assert result.exit_code == 0, result.output
    found = graphs(result.stdout)
    assert sorted(name.rsplit("/", 1)[1] for name in found) == [
        "ember-txt",
        "notes-tide-txt",
        "solberg-md",
    ]
    ember = found["https://w3id.org/anoragraph/doc/ember-txt"]
    labels = {str(o) for o in ember.objects(None, rdflib.RDFS.label)}
    assert {"Greta Solberg", "The Ember Line"} <= labels  # entity descriptions travel along

    out = tmp_path / "out" / "corpus.nq"
    result = run("extract", str(corpus), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stderr
    parallel = graphs(out.read_text(encoding="utf-8"))
    assert parallel.keys() == found.keys()
    for name, graph in found.items():
        assert isomorphic(graph, parallel[name]), name


def test_extract_on_a_dask_local_cluster_gives_the_same_graphs(corpus: Path) -> None:
    pytest.importorskip("distributed")
    local = run("extract", str(corpus))
    on_dask = run("extract", str(corpus), "--executor", "dask://local", "--jobs", "1")
    assert on_dask.exit_code == 0, on_dask.output
    first, second = graphs(local.stdout), graphs(on_dask.stdout)
    assert first.keys() == second.keys()
    for name, graph in first.items():
        assert isomorphic(graph, second[name]), name


def test_a_build_reuses_what_extract_cached(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run("extract", str(corpus), "--cache", str(cache)).exit_code == 0
    result = run("build", str(corpus), "--store", str(tmp_path / "s"), "--cache", str(cache))
    assert result.exit_code == 0, result.output
    assert "(0 extracted, 3 from the cache)" in result.stdout


def test_extract_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("extract", str(empty))
    assert result.exit_code == 1 and "no readable documents" in result.stderr
    result = run("extract", str(empty), "--executor", "spark://x")
    assert result.exit_code == 2 and "dask://" in result.stderr
