"""Check: extracted facts against a trusted reference graph, written back as ClaimReviews."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from anoragraph.check import (
    CONTRADICTED,
    NOT_COVERED,
    SUPPORTED,
    check,
    complete_lists,
)
from anoragraph.cli import cli
from anoragraph.query import run_select
from anoragraph.records import EntityRef, EntityType, Rating, Year
from anoragraph.resources import ontology_file
from anoragraph.store import open_store
from anoragraph.vocab import AG, RDFS

from .conftest import build_texts
from .graphs import AWARD, CEREMONY, CHARACTER, FILM, PERSON, build_store, extraction, fact

HARBOUR = EntityRef(FILM, "Harbour Lights")
MAYA = EntityRef(CHARACTER, "Maya")
GULL = EntityRef(AWARD, "Golden Gull")
GALA = EntityRef(CEREMONY, "Seaside Film Gala")

# other IRIs than the built graph's: entities are matched by type and name
REFERENCE = """
@prefix ag: <https://w3id.org/anoragraph/ontology#> .
@prefix ex: <http://example.org/record/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:harbour a ag:Film ; rdfs:label "Harbour Lights" ;
    prov:wasDerivedFrom <http://example.org/page/harbour> ; ag:director ex:rosa .
ex:rosa a ag:Person ; rdfs:label "Rosa Vidal" .
ex:greta a ag:Person ; rdfs:label "Greta Lund" .
ex:maya a ag:Character ; rdfs:label "Maya" ; skos:altLabel "Maya Stone" .
ex:gull a ag:Award ; rdfs:label "Golden Gull Award" ; skos:altLabel "Golden Gull" .
ex:gala a ag:Ceremony ; rdfs:label "Seaside Film Gala" .
ex:role a ag:Statement ; rdf:subject ex:maya ; rdf:predicate ag:portrayedBy ; rdf:object ex:greta ;
    ag:inFilm ex:harbour ; prov:wasDerivedFrom <http://example.org/page/cast> .
ex:win a ag:Statement ; rdf:subject ex:harbour ; rdf:predicate ag:awardReceived ;
    rdf:object ex:gull ; ag:ceremony ex:gala ; ag:year "2021"^^xsd:gYear ;
    prov:wasDerivedFrom <http://example.org/page/gala> .
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    doc = extraction(
        "article.txt",
        [
            fact("Rosa Vidal directed it.", HARBOUR, "director", EntityRef(PERSON, "Rosa Vidal")),
            fact("Ada Kim co-directed it.", HARBOUR, "director", EntityRef(PERSON, "Ada Kim")),
            fact(
                "Maya is played by Ines Duarte.",
                MAYA,
                "portrayedBy",
                EntityRef(PERSON, "Ines Duarte"),
                (("inFilm", HARBOUR),),
            ),
            fact(
                "It won the Golden Gull at the Seaside Film Gala in 2019.",
                HARBOUR,
                "awardReceived",
                GULL,
                (("ceremony", GALA), ("year", Year(2019))),
            ),
            fact(
                "Oslo Nights was directed by Per Lie.",
                EntityRef(FILM, "Oslo Nights"),
                "director",
                EntityRef(PERSON, "Per Lie"),
            ),
        ],
    )
    return build_store(tmp_path, [doc])


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    path = tmp_path / "record.ttl"
    path.write_text(REFERENCE, encoding="utf-8")
    return path


def test_verdicts_and_reasons(store: Path, reference: Path) -> None:
    reviews = {r.evidence: r for r in check(store, reference, write=False)}
    assert reviews["Rosa Vidal directed it."].status == SUPPORTED
    assert "http://example.org/page/harbour" in reviews["Rosa Vidal directed it."].reason
    role = reviews["Maya is played by Ines Duarte."]
    assert role.status == CONTRADICTED
    assert "Greta Lund" in role.reason and "http://example.org/page/cast" in role.reason
    win = reviews["It won the Golden Gull at the Seaside Film Gala in 2019."]
    assert win.status == CONTRADICTED
    assert "2021" in win.reason and "not 2019" in win.reason
    codirector = reviews["Ada Kim co-directed it."]
    assert codirector.status == NOT_COVERED  # a film may have several directors
    assert "Rosa Vidal" in codirector.reason
    unknown = reviews["Oslo Nights was directed by Per Lie."]
    assert unknown.status == NOT_COVERED
    assert "does not describe Oslo Nights" in unknown.reason


def test_reviews_are_stored_as_claim_reviews(store: Path, reference: Path) -> None:
    check(store, reference)
    check(store, reference)  # a second check replaces the first one's reviews
    table = run_select(
        open_store(store),
        """SELECT ?status (COUNT(?review) AS ?n) WHERE {
             ?review a schema:ClaimReview ; schema:itemReviewed ?claim ; schema:reviewBody ?body ;
                     schema:author ?author ; schema:reviewRating/schema:alternateName ?status .
             ?claim a ag:Claim .
           } GROUP BY ?status ORDER BY ?status""",
    )
    counts = {row[0].value: int(row[1].value) for row in table.rows}  # type: ignore[union-attr]
    assert counts == {"contradicted": 2, "not covered": 2, "supported": 1}


def test_check_command(store: Path, reference: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "--reference", str(reference), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:3] == ["status", "subject", "property"]
    assert "contradicted" in result.output.splitlines()[2]
    result = runner.invoke(
        cli, ["check", "--reference", str(reference), "--store", str(store), "--format", "tsv"]
    )
    assert result.output.count("supported\t") == 1


def test_check_errors(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(
        cli, ["check", "--reference", str(tmp_path / "nope.ttl"), "--store", str(store)]
    )
    assert missing.exit_code == 2
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <", encoding="utf-8")
    result = runner.invoke(cli, ["check", "--reference", str(broken), "--store", str(store)])
    assert result.exit_code == 1
    assert "cannot read the reference" in result.output


def test_shipped_reference_parses_and_cites_a_source_for_every_statement() -> None:
    from anoragraph.check import reference_facts

    path = Path(__file__).resolve().parent.parent / "examples" / "reference" / "anora.ttl"
    facts = reference_facts(Graph().parse(path))
    assert len(facts) > 20
    assert all(f.source for f in facts)


# --- complete lists: ag:listsAllValuesOf ---------------------------------------------------

CAST_TEXT = "Harbour Lights is a 2019 drama film starring Nell Ashby and Oskar Brandt.\n"

# {closed} is where the reference says its cast list is complete, or not
CAST_REFERENCE = """
@prefix ag: <https://w3id.org/anoragraph/ontology#> .
@prefix ex: <http://example.org/record/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .

ex:harbour a ag:Film ; rdfs:label "Harbour Lights" ;
    prov:wasDerivedFrom <http://example.org/page/harbour> ;
    ag:castMember ex:nell, ex:tilda {closed} .
ex:nell a ag:Person ; rdfs:label "Nell Ashby" .
ex:tilda a ag:Person ; rdfs:label "Tilda Moreau" .
"""


@pytest.fixture(scope="module")
def cast_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_texts(tmp_path_factory.mktemp("cast"), {"premiere.txt": CAST_TEXT})


def cast_reference(tmp_path: Path, *, complete: bool) -> Path:
    path = tmp_path / "cast.ttl"
    closed = "; ag:listsAllValuesOf ag:castMember" if complete else ""
    path.write_text(CAST_REFERENCE.format(closed=closed), encoding="utf-8")
    return path


def cast_rows(
    runner: CliRunner, store: Path, reference: Path, *extra: str
) -> dict[str, dict[str, str]]:
    """`check` as JSON, the castMember rows by actor."""
    result = runner.invoke(
        cli,
        ["check", "--reference", str(reference), "--store", str(store), "--format", "json", *extra],
    )
    assert result.exit_code == 0, result.output
    rows = [
        {name: cell["value"] for name, cell in binding.items()}
        for binding in json.loads(result.output)["results"]["bindings"]
    ]
    return {row["value"]: row for row in rows if row["property"] == "castMember"}


@pytest.mark.model
def test_an_actor_outside_a_complete_cast_list_is_contradicted(
    runner: CliRunner, cast_store: Path, tmp_path: Path
) -> None:
    reference = cast_reference(tmp_path, complete=True)
    row = cast_rows(runner, cast_store, reference)["Oskar Brandt"]
    assert row["status"] == "contradicted"
    assert row["reason"] == (
        "the reference gives the complete 'cast member' list for Harbour Lights "
        "(Nell Ashby, Tilda Moreau); Oskar Brandt is not on it (http://example.org/page/harbour)"
    )
    # the stored review cites the page the list comes from
    table = run_select(
        open_store(cast_store),
        """SELECT ?source WHERE {
             ?review a schema:ClaimReview ; prov:wasDerivedFrom ?source ;
                     schema:reviewRating/schema:alternateName "contradicted" .
           }""",
    )
    assert [row[0].value for row in table.rows] == ["http://example.org/page/harbour"]  # type: ignore[union-attr]


@pytest.mark.model
def test_without_the_declaration_an_unlisted_actor_is_not_covered(
    runner: CliRunner, cast_store: Path, tmp_path: Path
) -> None:
    reference = cast_reference(tmp_path, complete=False)
    row = cast_rows(runner, cast_store, reference, "--dry-run")["Oskar Brandt"]
    assert row["status"] == "not covered"
    assert "Nell Ashby, Tilda Moreau" in row["reason"]


@pytest.mark.model
def test_a_listed_actor_is_supported_by_a_complete_cast_list(
    runner: CliRunner, cast_store: Path, tmp_path: Path
) -> None:
    reference = cast_reference(tmp_path, complete=True)
    row = cast_rows(runner, cast_store, reference, "--dry-run")["Nell Ashby"]
    assert row["status"] == "supported"
    assert row["reason"] == "the reference states this (http://example.org/page/harbour)"


def test_complete_lists_work_for_any_property_and_may_be_empty(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "closed.ttl"
    path.write_text(
        REFERENCE
        + """
ex:harbour ag:listsAllValuesOf ag:director .
ex:oslo a ag:Film ; rdfs:label "Oslo Nights" ; ag:listsAllValuesOf ag:director ;
    prov:wasDerivedFrom <http://example.org/page/oslo> .
""",
        encoding="utf-8",
    )
    reviews = {r.evidence: r for r in check(store, path, write=False)}
    assert reviews["Rosa Vidal directed it."].status == SUPPORTED
    codirector = reviews["Ada Kim co-directed it."]
    assert codirector.status == CONTRADICTED
    assert "complete 'directed by' list for Harbour Lights (Rosa Vidal)" in codirector.reason
    # a complete list with no value says there is none
    unknown = reviews["Oslo Nights was directed by Per Lie."]
    assert unknown.status == CONTRADICTED
    assert unknown.reason == (
        "the reference declares that Oslo Nights has no 'directed by'; not Per Lie "
        "(http://example.org/page/oslo)"
    )
    # single-valued facts and qualifiers are judged as before
    assert reviews["Maya is played by Ines Duarte."].status == CONTRADICTED


def test_the_completeness_term_is_declared_in_the_ontology() -> None:
    ontology = Graph().parse(ontology_file("anoragraph.ttl"))
    assert ontology.value(AG.listsAllValuesOf, RDFS.label) is not None
    assert ontology.value(AG.listsAllValuesOf, RDFS.comment) is not None


def test_the_shipped_reference_lists_the_complete_cast_of_anora() -> None:
    path = Path(__file__).resolve().parent.parent / "examples" / "reference" / "anora.ttl"
    reference = Graph().parse(path)
    (film,) = complete_lists(reference)[AG.castMember]
    cast = {str(reference.value(p, RDFS.label)) for p in reference.objects(film, AG.castMember)}
    assert {"Mikey Madison", "Mark Eydelshteyn", "Yura Borisov", "Ivy Wolk"} <= cast


def test_a_rating_reads_as_score_scale_and_platform(tmp_path: Path, reference: Path) -> None:
    site = EntityRef(EntityType.ORGANIZATION, "Reel Board")
    doc = extraction(
        "ratings.txt",
        [
            fact(
                "It scores 6.6 on Reel Board.",
                HARBOUR,
                "rating",
                Rating(Decimal("6.6"), Decimal(10), site),
            )
        ],
    )
    (review,) = check(build_store(tmp_path, [doc]), reference, write=False)
    assert review.value == "6.6/10 on Reel Board"
