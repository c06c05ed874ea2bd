"""The evaluation protocol, the Wikidata rendering, and the `evaluate` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef

from anoragraph import vocab
from anoragraph.cli import cli
from anoragraph.errors import InputError
from anoragraph.evaluate import (
    GoldSentence,
    read_gold,
    render,
    score,
    score_sentence,
    wikidata_relations,
)

XSD_NS = "http://www.w3.org/2001/XMLSchema#"


def test_protocol_keeps_only_relations_of_the_gold_and_ignores_case_and_spaces() -> None:
    gold = [("Harrow Lane", "director", "Ilse Varga")]
    predicted = [
        ("harrow lane", "director", "IlseVarga"),  # a hit
        ("Harrow Lane", "genre", "drama film"),  # relation not in the gold: ignored
    ]
    kept, precision, recall, f1 = score_sentence(gold, predicted)
    assert kept == (("harrow lane", "director", "IlseVarga"),)
    assert (precision, recall, f1) == (1.0, 1.0, 1.0)


def test_an_empty_prediction_scores_zero_and_counts_in_the_average(tmp_path: Path) -> None:
    gold = read_gold_lines(
        tmp_path,
        [
            {"id": "1", "sent": "s1", "triples": [{"sub": "A", "rel": "director", "obj": "B"}]},
            {"id": "2", "sent": "s2", "triples": [{"sub": "C", "rel": "genre", "obj": "D"}]},
        ],
    )
    report = score(gold, [{("A", "director", "B")}, set()])
    assert report.overall.f1 == 0.5
    assert report.relations["director"].f1 == 1.0
    assert report.relations["genre"].f1 == 0.0
    assert [r.gold.id for r in report.worst(5)] == ["2"]


def read_gold_lines(folder: Path, items: list[dict[str, object]]) -> list[GoldSentence]:
    path = folder / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    return read_gold(path)


def test_literals_are_rendered_as_wikidata_writes_them() -> None:
    graph = Dataset()
    assert (
        render(graph, Literal("2010", datatype=URIRef(XSD_NS + "gYear")), {}) == "01 January 2010"
    )
    assert (
        render(graph, Literal("2001-07-20", datatype=URIRef(XSD_NS + "date")), {}) == "20 July 2001"
    )
    node = URIRef("https://w3id.org/anoragraph/id/film/x")
    assert render(graph, node, {node: "Harrow Lane"}) == "Harrow Lane"


def test_relations_come_from_the_ontology_alignments() -> None:
    relations = wikidata_relations()
    assert relations[vocab.AG.director] == "director"
    assert relations[vocab.AG.countryOfOrigin] == "country of origin"
    assert relations[vocab.AG.portrayedBy] == "performer"


def test_malformed_gold_says_which_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "sent": "x", "triples": []}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2:"):
        read_gold(path)


def test_cli_reports_a_bad_gold_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert "gold.jsonl:1" in result.output
    assert "Traceback" not in result.output


@pytest.mark.model
def test_cli_scores_a_small_gold_file(tmp_path: Path) -> None:
    lines = [
        {
            "id": "t1",
            "sent": "Walnut Comet is a 2014 Danish comedy film directed by Ove Brask.",
            "triples": [
                {"sub": "Walnut Comet", "rel": "director", "obj": "Ove Brask"},
                {"sub": "Walnut Comet", "rel": "publication date", "obj": "01 January 2014"},
            ],
        },
        {
            "id": "t2",
            "sent": "The film is set in Tallinn.",
            "triples": [{"sub": "Corin", "rel": "narrative location", "obj": "Tallinn"}],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--format", "json", "--show", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"]["f1"] == 0.5
    assert data["relations"]["director"]["f1"] == 1.0
    assert data["worst"][0]["id"] == "t2"
    table = CliRunner().invoke(cli, ["evaluate", str(path)])
    assert table.exit_code == 0
    assert "overall" in table.output and "director" in table.output
