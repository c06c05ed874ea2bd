"""Conflicts: statements from different sources that cannot both hold, and opinions from
different sources that oppose each other."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from anoragraph.cli import cli
from anoragraph.conflicts import find_conflicts
from anoragraph.records import EntityRef, Extraction, Money, Stance, Year
from anoragraph.store import open_store

from .graphs import (
    AWARD,
    CEREMONY,
    CHARACTER,
    FILM,
    PERSON,
    build_store,
    extraction,
    fact,
    opinion,
)

HARBOUR = EntityRef(FILM, "Harbour Lights")
SEQUEL = EntityRef(FILM, "Harbour Lights II")
MAYA = EntityRef(CHARACTER, "Maya")
PALM = EntityRef(AWARD, "Golden Gull")
GALA = EntityRef(CEREMONY, "Seaside Film Gala")


def corpus(tmp_path: Path) -> Path:
    return build_store(tmp_path, fact_documents())


def fact_documents() -> list[Extraction]:
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
    return [one, two, three]


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


def test_an_estimate_allows_a_figure_near_it(tmp_path: Path) -> None:
    def cost(name: str, text: str, amount: int, approximate: bool = False) -> Extraction:
        money = Money(Decimal(amount), "EUR", approximate)
        return extraction(name, [fact(text, HARBOUR, "cost", money)])

    documents = [
        cost("a.txt", "It cost about €6 million.", 6000000, approximate=True),
        cost("b.txt", "It cost €6.1 million.", 6100000),
        cost("c.txt", "It cost €9 million.", 9000000),
    ]
    found = find_conflicts(open_store(build_store(tmp_path, documents)))
    # about €6 million and €6.1 million agree; both contradict €9 million
    assert sorted(c.sources for c in found) == [("a.txt", "c.txt"), ("b.txt", "c.txt")]


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
    assert result.output.splitlines()[0].startswith("kind,subject,subjectLabel,property")


def test_conflicts_without_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["conflicts", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "anoragraph build" in result.output


# --- opinions: opposed stances towards one entity ---------------------------------------------

LENA = EntityRef(PERSON, "Lena Hart")
ROSA = EntityRef(PERSON, "Rosa Vidal")
POSITIVE, NEGATIVE, NEUTRAL, MIXED = Stance.POSITIVE, Stance.NEGATIVE, Stance.NEUTRAL, Stance.MIXED


def review_documents() -> list[Extraction]:
    praise = extraction(
        "praise.txt",
        [],
        [
            opinion("Harbour Lights is a tender, luminous film.", HARBOUR, POSITIVE),
            opinion("I loved every minute of Harbour Lights.", HARBOUR, POSITIVE),
            opinion("Rosa Vidal shot it in one summer.", ROSA, NEUTRAL),
        ],
    )
    pan = extraction(
        "pan.txt",
        [],
        [
            opinion(
                "Lena Hart finds Harbour Lights shallow and inaccurate.", HARBOUR, NEGATIVE, LENA
            ),
            opinion("Rosa Vidal is a gifted director.", ROSA, POSITIVE),
            opinion("Harbour Lights II is uneven.", SEQUEL, MIXED),
        ],
    )
    # one source of two minds about a film: not a disagreement between sources
    torn = extraction(
        "torn.txt",
        [],
        [
            opinion("The first hour of Harbour Lights II grips.", SEQUEL, POSITIVE),
            opinion("The ending of Harbour Lights II is a mess.", SEQUEL, NEGATIVE),
        ],
    )
    return [praise, pan, torn]


def test_opposed_opinions_from_two_sources(tmp_path: Path) -> None:
    store = build_store(tmp_path, review_documents())
    found = find_conflicts(open_store(store))
    # not listed: torn.txt against itself, neutral against positive (Rosa Vidal), mixed
    # against positive or negative (the sequel)
    assert [(c.kind, c.subject_label, c.values, c.sources) for c in found] == [
        (
            "opinion",
            "Harbour Lights",
            ("negative (Lena Hart)", "positive (author of praise.txt)"),
            ("pan.txt", "praise.txt"),
        )
    ]
    (disagreement,) = found
    assert disagreement.property == "https://w3id.org/anoragraph/ontology#stance"
    assert disagreement.qualifier is None
    assert disagreement.evidence[0] == "Lena Hart finds Harbour Lights shallow and inaccurate."
    assert "Harbour Lights" in disagreement.evidence[1]
    assert all(
        s.startswith("https://w3id.org/anoragraph/id/claim/") for s in disagreement.statements
    )


def test_a_voice_of_two_minds_is_not_listed(tmp_path: Path) -> None:
    torn = extraction(
        "torn.txt",
        [],
        [
            opinion("The first hour of Harbour Lights grips.", HARBOUR, POSITIVE),
            opinion("The ending of Harbour Lights is a mess.", HARBOUR, NEGATIVE),
        ],
    )
    assert find_conflicts(open_store(build_store(tmp_path, [torn]))) == []


def test_two_voices_of_one_source_disagree(tmp_path: Path) -> None:
    # a thread's commenters, a round table's critics, the author and someone quoted
    thread = extraction(
        "thread.txt",
        [],
        [
            opinion("Harbour Lights grips from start to end.", HARBOUR, POSITIVE),
            opinion("Harbour Lights is a mess.", HARBOUR, NEGATIVE, LENA),
        ],
    )
    found = find_conflicts(open_store(build_store(tmp_path, [thread])))
    assert [(c.kind, c.sources) for c in found] == [("opinion", ("thread.txt", "thread.txt"))]
    assert any("Lena Hart" in value for value in found[0].values)


def test_only_opposed_stances_are_listed(tmp_path: Path) -> None:
    # positive against neutral or mixed, negative against neutral or mixed: no disagreement
    documents = [
        extraction(f"{stance}.txt", [], [opinion(f"Harbour Lights is {stance}.", HARBOUR, stance)])
        for stance in (POSITIVE, NEUTRAL, MIXED)
    ]
    documents.append(extraction("dull.txt", [], [opinion("Rosa Vidal bores me.", ROSA, NEGATIVE)]))
    documents.append(
        extraction("calm.txt", [], [opinion("Rosa Vidal was born in Porto.", ROSA, NEUTRAL)])
    )
    assert find_conflicts(open_store(build_store(tmp_path, documents))) == []


def test_disagreements_query_counts_the_claims_on_each_side(tmp_path: Path) -> None:
    store = build_store(tmp_path, review_documents())
    result = CliRunner().invoke(
        cli, ["query", "disagreements", "--store", str(store), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(result.output))
    assert (row["targetLabel"], row["stance1"], row["source1"], row["claims1"]) == (
        "Harbour Lights",
        "negative",
        "pan.txt",
        "1",
    )
    assert (row["stance2"], row["source2"], row["claims2"]) == ("positive", "praise.txt", "2")
    assert row["claimant1Label"] == "Lena Hart"
    assert row["text2"] in {
        "Harbour Lights is a tender, luminous film.",
        "I loved every minute of Harbour Lights.",
    }


def test_conflicts_kinds(tmp_path: Path) -> None:
    store = str(build_store(tmp_path, [*fact_documents(), *review_documents()]))
    runner = CliRunner()

    def rows(*args: str) -> list[list[str]]:
        result = runner.invoke(cli, [*args, "--store", store, "--format", "csv"])
        assert result.exit_code == 0, result.output
        return list(csv.reader(io.StringIO(result.output)))[1:]

    facts = rows("conflicts", "--kind", "facts")
    opinions = rows("conflicts", "--kind", "opinions")
    # --kind facts is the facts query's rows, each marked as a fact
    assert [row[1:] for row in facts] == rows("query", "conflicts")
    assert {row[0] for row in facts} == {"fact"} and len(facts) == 4
    assert [(row[0], row[2], row[6], row[9]) for row in opinions] == [
        ("opinion", "Harbour Lights", "pan.txt", "praise.txt")
    ]
    assert rows("conflicts") == facts + opinions
    assert rows("conflicts", "--kind", "all") == facts + opinions
    result = runner.invoke(cli, ["conflicts", "--store", store, "--kind", "rumours"])
    assert result.exit_code == 2
    assert "facts" in result.output and "opinions" in result.output


def test_conflicts_json_is_sparql_results(tmp_path: Path) -> None:
    store = build_store(tmp_path, [*fact_documents(), *review_documents()])
    result = CliRunner().invoke(cli, ["conflicts", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    parsed = ox.parse_query_results(result.output, format=ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    assert [v.value for v in parsed.variables][:3] == ["kind", "subject", "subjectLabel"]
    solutions = list(parsed)
    assert sorted(s["kind"].value for s in solutions) == ["fact"] * 4 + ["opinion"]
    disagreement = next(s for s in solutions if s["kind"].value == "opinion")
    assert disagreement["subject"] == ox.NamedNode(
        "https://w3id.org/anoragraph/id/film/harbour-lights"
    )
    assert disagreement["value1"] == ox.Literal("negative (Lena Hart)")
    assert disagreement["qualifier"] is None
    result = CliRunner().invoke(cli, ["conflicts", "--store", str(store), "--format", "tsv"])
    assert result.output.splitlines()[0].split("\t")[:2] == ["kind", "subject"]
    assert len(result.output.splitlines()) == 6
