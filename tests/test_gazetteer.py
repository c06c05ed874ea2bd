"""Film titles across documents: a title one text signals is the same film where another text
names it bare, and the facts around that bare name go to it; names that are people or common
words elsewhere stay what their own text makes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from anoragraph.cli import cli
from anoragraph.nlp.gazetteer import RULE, Gazetteer
from anoragraph.records import Document, EntityRef, EntityType, Extraction, Mention, Sentence
from anoragraph.vocab import AG

# "Copper Tide" is typed a film by its title sentence here, and named bare once more where
# the tagger finds no name at all
REVIEW = (
    "Copper Tide is a 2018 drama film directed by Mira Soto. It follows a ferry pilot who "
    "loses her licence in the last week of winter.\n"
    "Nobody in Copper Tide ever smiles.\n"
)
# ... and only bare here, where another film is the one the text signals
ESSAY = (
    "Mira Soto made her name with The Glass Orchard (2012), a quiet story about two sisters.\n"
    "\n"
    "The boldest case is Copper Tide, where Soto follows a ferry pilot through one winter. "
    "The story takes place in Lisbon. Critics admired how the river looks at night.\n"
)
# "Marta Quell" and "Harvest" are films here ...
PORTRAIT = (
    "Marta Quell (2016) is a documentary directed by Ines Vidro about a painter from Porto.\n"
    "Vidro's first film was Harvest (2013), a short about grape pickers.\n"
)
# ... and a painter and a season here
INTERVIEW = (
    "The painter Marta Quell grew up in Porto. Quell said the winter light on the river "
    "shaped her work.\n"
    "\n"
    "Marta Quell never watched the documentary. Harvest came late to the valley that year, "
    "and she painted the empty fields. The story takes place in Lisbon.\n"
)

MENTIONS = """
SELECT ?file ?surface ?entity ?type ?rule WHERE {
  ?m a ag:Mention ; ag:surfaceForm ?surface ; ag:denotes ?entity ; ag:rule ?rule ;
     oa:hasSource/ag:fileName ?file .
  ?entity a ?type .
}
"""
SETTINGS = """
SELECT ?file ?film ?label WHERE {
  ?st a ag:Statement ; rdf:subject ?film ; rdf:predicate ag:narrativeLocation ;
      rdf:object/rdfs:label "Lisbon" ; prov:wasDerivedFrom/ag:fileName ?file .
  ?film rdfs:label ?label .
}
"""


def build(corpus: Path, store: Path, *options: str) -> str:
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store), *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def select(store: Path, query: str, **bind: str) -> list[dict[str, str]]:
    args = ["query", "--store", str(store), "-e", query, "--format", "json"]
    for name, value in bind.items():
        args += ["--bind", f"{name}={value}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def settings(store: Path, file: str) -> set[str]:
    """Labels of the films a document says are set in Lisbon."""
    return {row["label"] for row in select(store, SETTINGS, file=file)}


@pytest.mark.model
def test_a_title_one_text_signals_is_that_film_where_another_names_it_bare(
    tmp_path: Path,
) -> None:
    corpus = write(tmp_path / "corpus", {"review.txt": REVIEW, "essay.txt": ESSAY})
    store = tmp_path / "store"
    out = build(corpus, store)
    assert "read again for film titles" in out

    rows = [r for r in select(store, MENTIONS) if r["surface"] == "Copper Tide"]
    films = {r["entity"] for r in rows if r["type"] == f"{AG}Film"}
    assert len(films) == 1
    # every occurrence, in both texts, is a mention of that one film
    for name, text in (("review.txt", REVIEW), ("essay.txt", ESSAY)):
        found = [r for r in rows if r["file"] == name]
        assert len(found) == text.count("Copper Tide"), name
        assert {r["entity"] for r in found} == films, name
    assert any(r["rule"] == RULE and r["file"] == "essay.txt" for r in rows)

    # "the story" after the bare title is that film's, not the one the essay opened with
    assert settings(store, "essay.txt") == {"Copper Tide"}


@pytest.mark.model
def test_extractions_with_and_without_titles_are_cached_apart(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    store = tmp_path / "store"
    build(write(corpus, {"essay.txt": ESSAY}), store)
    # alone, the essay knows no "Copper Tide": its story goes to the film it signals
    assert settings(store, "essay.txt") == {"The Glass Orchard"}

    # both name the title bare: the essay once, the review after its title sentence (which
    # the review's own title rule covers: only the essay is read again)
    out = build(write(corpus, {"essay.txt": ESSAY, "review.txt": REVIEW}), store)
    assert "documents  2 (1 extracted, 1 from the cache, 1 read again for film titles)" in out
    assert settings(store, "essay.txt") == {"Copper Tide"}

    out = build(corpus, store)
    assert "documents  2 (0 extracted, 2 from the cache)" in out
    assert "graphs     0 written" in out
    assert settings(store, "essay.txt") == {"Copper Tide"}

    # without the text that signals the title, the essay's first reading is back
    out = build(write(corpus, {"essay.txt": ESSAY}), store, "--prune")
    assert "documents  1 (0 extracted, 1 from the cache, 1 removed)" in out
    assert settings(store, "essay.txt") == {"The Glass Orchard"}


@pytest.mark.model
def test_a_one_word_title_is_not_a_film_where_it_is_a_common_word(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"portrait.txt": PORTRAIT, "interview.txt": INTERVIEW})
    store = tmp_path / "store"
    build(corpus, store)
    harvest = [r for r in select(store, MENTIONS) if r["surface"] == "Harvest"]
    assert [r["file"] for r in harvest if r["type"] == f"{AG}Film"] == ["portrait.txt"]
    # no film in the interview for its last sentence to be about
    assert settings(store, "interview.txt") == set()


@pytest.mark.model
def test_a_title_that_is_a_persons_name_stays_off_a_text_about_that_person(
    tmp_path: Path,
) -> None:
    corpus = write(tmp_path / "corpus", {"portrait.txt": PORTRAIT, "interview.txt": INTERVIEW})
    store = tmp_path / "store"
    out = build(corpus, store)
    # "Quell said ...": the interview is about the painter, so the title is not read into it
    # (resolution still calls the tagger's untyped "Marta Quell" there the film: a name the
    # corpus knows as a title takes that type where no rule typed it)
    assert "read again" not in out
    rows = select(store, MENTIONS)
    assert not [r for r in rows if r["file"] == "interview.txt" and r["rule"] == RULE]
    quell = {r["type"] for r in rows if r["file"] == "interview.txt" and r["surface"] == "Quell"}
    assert quell == {f"{AG}Person"}


# --- where a text names a title (records only, no model) -----------------------------------


def extraction(text: str, *mentions: tuple[str, EntityType, str]) -> Extraction:
    found = []
    for surface, kind, rule in mentions:
        start = text.index(surface)
        found.append(
            Mention(EntityRef(kind, surface), start, start + len(surface), surface, 0, rule, 0.7)
        )
    # as the build reads it from the cache: the text is in the sentences only
    document = Document("d", "d.txt", "", "0" * 64)
    return Extraction(document, (Sentence(0, 0, len(text), text),), tuple(found), (), ())


def test_titles_are_names_of_two_capitalised_words_a_title_rule_found() -> None:
    source = extraction(
        "Salt Road (2019) and Dusk (2020) were shot by Ana Brel in Nova Scotia.",
        ("Salt Road", EntityType.FILM, "title:year-parenthesis"),
        ("Dusk", EntityType.FILM, "title:year-parenthesis"),
        ("Ana Brel", EntityType.FILM, "ner:work"),
        ("Nova Scotia", EntityType.FILM, "title:quoted"),
    )
    place = extraction("She lives in Nova Scotia.", ("Nova Scotia", EntityType.PLACE, "ner:place"))
    country = extraction(
        "Sri Lanka (2001) is a drama.", ("Sri Lanka", EntityType.FILM, "title:year-parenthesis")
    )
    # the tagger's place is only a guess; a country is never a title
    assert Gazetteer.of([source, place, country]).titles == {"Salt Road", "Nova Scotia"}
    # a prize from the vocabularies contests the title
    vocab = extraction(
        "The Salt Road Awards were held in May.",
        ("Salt Road", EntityType.AWARD, "vocab:award"),
    )
    assert Gazetteer.of([source, vocab]).titles == {"Nova Scotia"}


def test_a_title_is_found_whole_word_and_case_sensitive_where_no_film_mention_is() -> None:
    gazetteer = Gazetteer.from_titles(["Salt Road", "The Salt Road Home"])
    text = (
        "Salt Roads, salt road and Salt Roadie are not it. The Salt Road Home is; "
        "so is Salt Road, and Salt Road."
    )
    found = [text[start:end] for start, end, _ in gazetteer.find(text)]
    assert found == ["The Salt Road Home", "Salt Road", "Salt Road"]

    covered = extraction("We saw Salt Road twice.", ("Salt Road", EntityType.FILM, "ner:work"))
    assert gazetteer.missed(covered) == frozenset()
    guessed = extraction(
        "We saw Salt Road twice.", ("Salt Road", EntityType.ORGANIZATION, "ner:organization")
    )
    assert gazetteer.missed(guessed) == {"Salt Road"}
    longer = extraction(
        "Salt Road Records signed her.",
        ("Salt Road Records", EntityType.ORGANIZATION, "ner:organization"),
    )
    assert gazetteer.missed(longer) == frozenset()
    prize = extraction("She won the Salt Road.", ("Salt Road", EntityType.AWARD, "vocab:award"))
    assert gazetteer.missed(prize) == frozenset()
