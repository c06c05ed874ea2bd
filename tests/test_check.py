"""Check: extracted facts against a trusted reference graph, written back as ClaimReviews."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from anoragraph.check import CONTRADICTED, NOT_COVERED, SUPPORTED, check
from anoragraph.cli import cli
from anoragraph.query import run_select
from anoragraph.records import EntityRef, Year
from anoragraph.store import open_store

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
    from rdflib import Graph

    from anoragraph.check import reference_facts

    path = Path(__file__).resolve().parent.parent / "examples" / "reference" / "anora.ttl"
    facts = reference_facts(Graph().parse(path))
    assert len(facts) > 20
    assert all(f.source for f in facts)
