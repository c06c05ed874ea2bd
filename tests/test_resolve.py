"""Resolution across mentions and documents, on hand-made extractions (no model), and the
one-node-per-thing promise on the seeds' graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from anoragraph.ids import name_key
from anoragraph.nlp.lexicon import load_lexicon
from anoragraph.nlp.resolve import resolve
from anoragraph.query import run_select
from anoragraph.records import Document, EntityRef, EntityType, Extraction, Mention
from anoragraph.store import open_store

P, F, ORG = EntityType.PERSON, EntityType.FILM, EntityType.ORGANIZATION


def extraction(doc_id: str, *mentions: tuple[EntityType, str, str]) -> Extraction:
    found = tuple(
        Mention(EntityRef(kind, name), i, i + len(name), name, 0, rule, 0.8)
        for i, (kind, name, rule) in enumerate(mentions)
    )
    document = Document(doc_id, f"{doc_id}.txt", "text", "0" * 64)
    return Extraction(document, (), found, (), ())


def label(resolution: object, doc_id: str, kind: EntityType, name: str) -> str:
    from anoragraph.nlp.resolve import Resolution

    assert isinstance(resolution, Resolution)
    return resolution.entities[resolution.key(doc_id, EntityRef(kind, name))].label


def test_a_surname_after_a_full_name_is_that_person_and_kept_as_alias() -> None:
    res = resolve([extraction("a", (P, "Oda Brenner", "ner:person"), (P, "Brenner", "ner:person"))])
    assert label(res, "a", P, "Brenner") == "Oda Brenner"
    entity = res.entities[res.key("a", EntityRef(P, "Oda Brenner"))]
    assert "Brenner" in entity.aliases


def test_people_sharing_a_surname_stay_apart() -> None:
    res = resolve(
        [
            extraction(
                "a",
                (P, "Oda Brenner", "ner:person"),
                (P, "Lars Brenner", "ner:person"),
                (P, "Brenner", "ner:person"),
            )
        ]
    )
    assert res.key("a", EntityRef(P, "Oda Brenner")) != res.key("a", EntityRef(P, "Lars Brenner"))
    assert label(res, "a", P, "Brenner") == "Brenner"


def test_a_surname_alone_in_another_document_on_the_same_film_is_the_one_person_with_it() -> None:
    res = resolve(
        [
            extraction(
                "a", (P, "Oda Brenner", "ner:person"), (F, "Paper Lanterns", "title:quoted")
            ),
            extraction("b", (P, "Brenner", "ner:person"), (F, "Paper Lanterns", "title:quoted")),
        ]
    )
    assert res.key("b", EntityRef(P, "Brenner")) == res.key("a", EntityRef(P, "Oda Brenner"))


def test_a_surname_in_an_unrelated_document_is_not_taken_for_a_namesake() -> None:
    res = resolve(
        [
            extraction(
                "a", (P, "Oda Brenner", "ner:person"), (F, "Paper Lanterns", "title:quoted")
            ),
            extraction("b", (P, "Brenner", "ner:person"), (F, "Salt Winter", "title:quoted")),
        ]
    )
    assert res.key("b", EntityRef(P, "Brenner")) != res.key("a", EntityRef(P, "Oda Brenner"))


def test_a_title_ner_took_for_an_organisation_is_the_film_another_text_names() -> None:
    res = resolve(
        [
            extraction("a", (F, "Paper Lanterns", "title:copula-subject")),
            extraction("b", (ORG, "Paper Lanterns", "ner:organization")),
        ]
    )
    key = res.key("b", EntityRef(ORG, "Paper Lanterns"))
    assert key == res.key("a", EntityRef(F, "Paper Lanterns"))
    assert res.entities[key].type is F


def test_a_leading_article_does_not_split_a_film() -> None:
    res = resolve(
        [
            extraction("a", (F, "The Paper Lanterns", "title:quoted")),
            extraction("b", (F, "Paper Lanterns", "title:quoted")),
        ]
    )
    assert res.key("a", EntityRef(F, "The Paper Lanterns")) == res.key(
        "b", EntityRef(F, "Paper Lanterns")
    )


def test_keys_are_stable_across_runs() -> None:
    corpus = [extraction("a", (P, "Oda Brenner", "ner:person"), (F, "Corin", "title:quoted"))]
    assert resolve(corpus).index == resolve(corpus).index


def test_a_film_named_by_a_relation_slot_is_one_film_across_documents() -> None:
    from dataclasses import replace

    from anoragraph.records import Statement, Text

    # "The film Lantern focuses on ...": only the relation rule knows Lantern is a film;
    # another document's NER guessed a place and a person for the same name.
    first = extraction("a", (EntityType.PLACE, "Lantern", "ner:place"))
    statement = Statement(EntityRef(F, "Lantern"), "mainSubject", Text("grief"), 0, 0, 7, "t", 0.6)
    first = replace(first, statements=(statement,))
    second = extraction("b", (P, "Lantern", "ner:person"), (EntityType.WORK, "Lantern", "title:x"))
    res = resolve([first, second])
    keys = {
        res.key("a", EntityRef(EntityType.PLACE, "Lantern")),
        res.key("a", EntityRef(F, "Lantern")),
        res.key("b", EntityRef(P, "Lantern")),
        res.key("b", EntityRef(EntityType.WORK, "Lantern")),
    }
    assert keys == {"film/lantern"}


def test_a_country_is_one_place_whatever_name_a_text_uses() -> None:
    pl = EntityType.PLACE
    res = resolve(
        [
            extraction("a", (pl, "US", "ner:place")),
            extraction("b", (pl, "United States", "ner:place")),
        ]
    )
    key = res.key("a", EntityRef(pl, "US"))
    assert key == res.key("b", EntityRef(pl, "United States"))
    assert res.entities[key].label == "United States of America"
    assert {"US", "United States"} <= res.entities[key].aliases


@pytest.mark.model
def test_the_seeds_graph_has_one_node_per_person_and_film_and_no_outlet_as_a_person(
    seed_store: Path,
) -> None:
    """Over the four seed texts: no person or film twice under two names (a surname, an
    article), no outlet or platform typed as a person."""
    table = run_select(
        open_store(seed_store),
        "SELECT ?label ?type WHERE { ?e a ?t ; rdfs:label ?label . "
        "FILTER(?t IN (ag:Person, ag:Film)) BIND(STRAFTER(STR(?t), '#') AS ?type) }",
    )
    labels: dict[str, list[str]] = {}
    for label, kind in table.rows:
        assert label is not None and kind is not None
        labels.setdefault(kind.value, []).append(label.value)
    people, films = labels["Person"], labels["Film"]
    for name in people:
        others = [p for p in people if p != name]
        assert not any(
            name_key(name) in (name_key(o.split()[-1]), name_key(o.split()[0])) for o in others
        ), f"{name} is a part of another person's name"
    keys = [name_key(f.removeprefix("The ").removeprefix("the ")) for f in films]
    assert len(keys) == len(set(keys)), films
    outlets = {o.casefold() for o in load_lexicon().outlets}
    assert not [p for p in people if p.casefold() in outlets]


def test_a_short_company_name_is_the_longer_one_its_document_names() -> None:
    org = EntityType.ORGANIZATION
    res = resolve(
        [
            extraction(
                "a",
                (org, "Meridian Pictures", "ner:org"),
                (org, "Meridian", "context:chart-company"),
                (org, "Harrow Road", "context:chart-company"),
                (org, "Harrow Road Films", "ner:org"),
                (org, "Harrow Road Arts Centre", "ner:org"),
            )
        ]
    )
    assert label(res, "a", org, "Meridian") == "Meridian Pictures"
    assert label(res, "a", org, "Harrow Road") == "Harrow Road Films"
    # a longer name that adds more than company words is another body
    assert label(res, "a", org, "Harrow Road Arts Centre") == "Harrow Road Arts Centre"


def test_initials_are_the_one_full_name_they_abbreviate() -> None:
    res = resolve(
        [
            extraction(
                "a",
                (P, "Anneliese Korvin", "ner:person"),
                (P, "A. Korvin", "ner:person"),
                (P, "Korvin", "ner:person"),
                (P, "J. Hartwell", "ner:person"),
            )
        ]
    )
    assert label(res, "a", P, "A. Korvin") == "Anneliese Korvin"
    assert label(res, "a", P, "Korvin") == "Anneliese Korvin"
    assert label(res, "a", P, "J. Hartwell") == "J. Hartwell"
