"""Incremental and parallel builds: only changed documents are extracted, the graph is the one
a full build gives, --prune drops what was not given, and --jobs gives the same graph."""

from __future__ import annotations

import gzip
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from anoragraph.cache import ExtractionCache, decode, encode
from anoragraph.cli import cli
from anoragraph.records import (
    Aspect,
    Claim,
    ClaimKind,
    Document,
    EntityRef,
    EntityType,
    Extraction,
    Mention,
    Money,
    Rating,
    Sentence,
    Stance,
    Statement,
    Year,
)

MARROW = "The Marrow Field is a 2016 drama film directed by Petra Lindqvist.\n"
LINDQVIST = "Lindqvist said the winter shoot in the north was slow.\n"
QUAY = "The Glass Quay is a 2020 comedy film directed by Tomas Reyes.\n"
QUAY_CHANGED = "The Glass Quay is a 2021 thriller film directed by Tomas Reyes.\n"


def build(*args: str) -> str:
    result = CliRunner().invoke(cli, ["build", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def graphs(store: Path) -> dict[str, rdflib.Graph]:
    result = CliRunner().invoke(cli, ["export", "--store", str(store), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    dataset = rdflib.Dataset()
    dataset.parse(data=result.stdout, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def assert_same_graphs(one: Path, other: Path) -> None:
    first, second = graphs(one), graphs(other)
    assert first.keys() == second.keys()
    for name, graph in first.items():
        assert isomorphic(graph, second[name]), name


def files(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.model
def test_a_rebuild_extracts_only_new_and_changed_documents(tmp_path: Path) -> None:
    corpus = files(tmp_path / "corpus", {"marrow.txt": MARROW, "quay.txt": QUAY})
    store = tmp_path / "store"
    assert "documents  2 (2 extracted, 0 from the cache)" in build(
        str(corpus), "--store", str(store)
    )

    out = build(str(corpus), "--store", str(store))
    assert "documents  2 (0 extracted, 2 from the cache)" in out
    assert "graphs     0 written" in out

    files(corpus, {"quay.txt": QUAY_CHANGED, "interview.txt": LINDQVIST})
    out = build(str(corpus), "--store", str(store))
    assert "documents  3 (2 extracted, 1 from the cache)" in out

    # the same graph as a build from nothing, cross-document resolution included
    fresh = tmp_path / "fresh"
    build(str(corpus), "--store", str(fresh))
    assert_same_graphs(store, fresh)


@pytest.mark.model
def test_build_keeps_other_documents_unless_pruned(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(str(files(tmp_path / "one", {"marrow.txt": MARROW})), "--store", str(store))
    quay = files(tmp_path / "two", {"quay.txt": QUAY})
    assert "documents  2 (1 extracted" in build(str(quay), "--store", str(store))

    out = build(str(quay), "--store", str(store), "--prune")
    assert "documents  1 (0 extracted, 1 from the cache, 1 removed)" in out
    names = graphs(store)
    assert any(name.endswith("/doc/quay-txt") for name in names)
    assert not any(name.endswith("/doc/marrow-txt") for name in names)
    labels = "\n".join(str(o) for g in names.values() for o in g.objects(None, rdflib.RDFS.label))
    assert "Marrow Field" not in labels  # its entities went with it


@pytest.mark.model
def test_a_new_extractor_version_extracts_kept_documents_again_from_the_cache(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    build(str(files(tmp_path / "one", {"marrow.txt": MARROW})), "--store", str(store))
    cache = store / "cache"
    (current,) = [p for p in cache.iterdir() if p.is_dir()]
    current.rename(cache / "0000000000000000")  # as if written by an older extractor
    out = build(str(files(tmp_path / "two", {"quay.txt": QUAY})), "--store", str(store))
    assert "documents  2 (1 extracted" in out
    assert not (cache / "0000000000000000").exists()  # old entries are dropped after the build
    assert any(name.endswith("/doc/marrow-txt") for name in graphs(store))


@pytest.mark.model
def test_a_kept_document_without_its_text_is_an_error_with_advice(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(str(files(tmp_path / "one", {"marrow.txt": MARROW})), "--store", str(store))
    shutil.rmtree(store / "cache")
    quay = files(tmp_path / "two", {"quay.txt": QUAY})
    result = CliRunner().invoke(cli, ["build", str(quay), "--store", str(store)])
    assert result.exit_code == 1
    assert "marrow.txt" in result.stderr and "--prune" in result.stderr
    assert "documents  1" in build(str(quay), "--store", str(store), "--prune")


@pytest.mark.model
def test_jobs_give_the_same_graph_as_one_process(tmp_path: Path) -> None:
    texts = {f"doc-{i:02d}.txt": t for i, t in enumerate([MARROW, LINDQVIST, QUAY] * 4)}
    texts = {name: f"Note {name}.\n{text}" for name, text in texts.items()}  # all distinct
    corpus = files(tmp_path / "corpus", texts)
    one, two = tmp_path / "one", tmp_path / "two"
    build(str(corpus), "--store", str(one))
    assert "(12 extracted" in build(str(corpus), "--store", str(two), "--jobs", "2")
    assert_same_graphs(one, two)


# --- the cache ----------------------------------------------------------------------------------


def _extraction(text: str) -> Extraction:
    import hashlib

    person = EntityRef(EntityType.PERSON, "Ada Quill")
    film = EntityRef(EntityType.FILM, "Small Hours")
    document = Document("x", "x.txt", text, hashlib.sha256(text.encode()).hexdigest())
    return Extraction(
        document=document,
        sentences=(Sentence(0, 0, len(text), text),),
        mentions=(Mention(person, 0, 9, "Ada Quill", 0, "ner", 0.9),),
        statements=(
            Statement(film, "director", person, 0, 0, 9, "r", 0.8, (("year", Year(2001)),)),
            Statement(film, "cost", Money(Decimal("1.5e6"), "USD"), 0, 0, 9, "r", 0.7),
            Statement(film, "rating", Rating(Decimal("4"), Decimal("5"), None), 0, 0, 9, "r", 0.5),
        ),
        claims=(
            Claim(
                None,
                ClaimKind.OPINION,
                Stance.MIXED,
                (Aspect(film, Stance.NEGATIVE),),
                0,
                0,
                9,
                text,
                "c",
                0.6,
                (person,),
                (0,),
            ),
        ),
        author=person,
        tokens=7,
    )


def test_cache_entries_round_trip_records_exactly(tmp_path: Path) -> None:
    extraction = _extraction("Ada Quill made Small Hours.")
    assert decode(json.loads(json.dumps(encode(extraction)))) == extraction
    cache = ExtractionCache(tmp_path)
    cache.put(extraction)
    moved = Document("y", "sub/y.md", "", extraction.document.sha256, "text/markdown")
    found = cache.get(moved)
    assert found is not None
    assert found.document.path == "sub/y.md" and found.document.text == extraction.document.text
    assert found.statements == extraction.statements and found.claims == extraction.claims


def test_a_damaged_cache_entry_is_a_miss_not_a_crash(tmp_path: Path) -> None:
    extraction = _extraction("Ada Quill made Small Hours again.")
    cache = ExtractionCache(tmp_path)
    cache.put(extraction)
    (entry,) = tmp_path.glob("*/*/*.json.gz")
    entry.write_bytes(gzip.compress(b'{"@": "NotARecord"}'))
    assert cache.get(extraction.document) is None
    entry.write_bytes(b"\x1f\x8b broken")
    assert cache.get(extraction.document) is None


@pytest.mark.model
def test_the_library_reports_progress_through_a_callback(tmp_path: Path) -> None:
    from anoragraph.build import build as build_graph

    corpus = files(tmp_path / "corpus", {"marrow.txt": MARROW, "quay.txt": QUAY})
    calls: list[tuple[int, int]] = []
    result = build_graph([corpus], tmp_path / "store", progress=lambda d, t: calls.append((d, t)))
    assert result.documents == 2
    assert calls == [(1, 2), (2, 2)]
