"""Conflicts: statements from different sources that cannot both hold."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from anoragraph.cli import cli
from anoragraph.conflicts import find_conflicts
from anoragraph.records import EntityRef, Money, Year
from anoragraph.store import open_store

from .graphs import AWARD, CEREMONY, CHARACTER, FILM, PERSON, build_store, extraction, fact

HARBOUR = EntityRef(FILM, "Harbour Lights")
SEQUEL = EntityRef(FILM, "Harbour Lights II")
MAYA = EntityRef(CHARACTER, "Maya")
PALM = EntityRef(AWARD, "Golden Gull")
GALA = EntityRef(CEREMONY, "Seaside Film Gala")


def corpus(tmp_path: Path) -> Path:
    one = extraction(
        "one.txt",
        [
            fact(
                "Maya is played by Ines Duarte.",
                MAYA,
                "portrayedBy",
                EntityRef(PERSON, "Ines Duarte"),
                (("inFilm", HARBOUR),),
            ),
            fact(
                "The film cost 3 million dollars.", HARBOUR, "cost", Money(Decimal(3000000), "USD")
            ),
            fact(
                "It won the Golden Gull at the Seaside Film Gala in 2019.",
                HARBOUR,
                "awardReceived",
                PALM,
                (("ceremony", GALA), ("year", Year(2019))),
            ),
            fact("Rosa Vidal directed it.", HARBOUR, "director", EntityRef(PERSON, "Rosa Vidal")),
        ],
    )
    two = extraction(
        "two.txt",
        [
            fact(
                "Greta Lund plays Maya.",
                MAYA,
                "portrayedBy",
                EntityRef(PERSON, "Greta Lund"),
                (("inFilm", HARBOUR),),
            ),
            fact(
                "In the sequel Tom Greer plays Maya.",
                MAYA,
                "portrayedBy",
                EntityRef(PERSON, "Tom Greer"),
                (("inFilm", SEQUEL),),
            ),
            fact(
                "Its budget was 3 million dollars.", HARBOUR, "cost", Money(Decimal(3000000), "USD")
            ),
            fact(
                "The Golden Gull came in 2021.",
                HARBOUR,
                "awardReceived",
                PALM,
                (("ceremony", GALA), ("year", Year(2021))),
            ),
            fact("Ada Kim co-directed it.", HARBOUR, "director", EntityRef(PERSON, "Ada Kim")),
        ],
    )
    three = extraction(
        "three.txt",
        [fact("It cost 5 million dollars.", HARBOUR, "cost", Money(Decimal(5000000), "USD"))],
    )
    return build_store(tmp_path, [one, two, three])


def test_single_valued_facts_that_differ_between_sources(tmp_path: Path) -> None:
    found = find_conflicts(open_store(corpus(tmp_path)))
    summary = sorted(
        (c.property.rsplit("#")[-1], c.qualifier or "", *c.values, *c.sources) for c in found
    )
    year = "https://w3id.org/anoragraph/ontology#year"
    assert summary == [
        ("awardReceived", year, "2019", "2021", "one.txt", "two.txt"),
        ("cost", "", "3000000 USD", "5000000 USD", "one.txt", "three.txt"),
        ("cost", "", "5000000 USD", "3000000 USD", "three.txt", "two.txt"),
        ("portrayedBy", "", "Ines Duarte", "Greta Lund", "one.txt", "two.txt"),
    ]
    # each side comes with its evidence sentence
    role = next(c for c in found if c.property.endswith("portrayedBy"))
    assert role.evidence == ("Maya is played by Ines Duarte.", "Greta Lund plays Maya.")


def test_no_conflict_without_disagreement(tmp_path: Path) -> None:
    same = [
        fact(
            "Maya is played by Ines Duarte.", MAYA, "portrayedBy", EntityRef(PERSON, "Ines Duarte")
        )
    ]
    store = build_store(tmp_path, [extraction("a.txt", same), extraction("b.txt", same)])
    assert find_conflicts(open_store(store)) == []


def test_conflicts_command(tmp_path: Path) -> None:
    store = corpus(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["conflicts", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "Greta Lund" in result.output and "(4 rows)" in result.output
    result = runner.invoke(cli, ["conflicts", "--store", str(store), "--format", "json"])
    data = json.loads(result.output)
    assert len(data["results"]["bindings"]) == 4
    assert {"source1", "evidence1", "source2", "evidence2"} <= set(data["head"]["vars"])
    result = runner.invoke(cli, ["conflicts", "--store", str(store), "--format", "csv"])
    assert result.output.splitlines()[0].startswith("subject,subjectLabel,property")


def test_conflicts_without_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["conflicts", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "anoragraph build" in result.output
