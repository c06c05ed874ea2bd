"""Credits blocks: a catalogue's or press kit's labelled lines under a film's title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from anoragraph.nlp.credits import credits, headings, metadata
from anoragraph.nlp.lexicon import load_lexicon
from tests.test_relations import triples

CATALOGUE = """HARBOUR FESTIVAL 2025
Official Selection

THE DROWNED BELLS
Portugal | 2025 | 104 min | Drama
Director: Rita Valadares Pinto
Cast: Joana Soeiro, Maite Arrieta (uncredited), Tiago Mendes as the priest

When Ilda (Joana Soeiro) finds a letter in the sand, she sets out for Porto.

KESTREL
Norway, Sweden | 2024 | 92 min
Director: Eskil Brandvold
Cast: Ines Halvorsen, Birger Tangen
Mara (Ines Halvorsen), a violinist, comes home to the island. Her brother Jonas (Birger Tangen)
is selling the boatyard.
"""


def test_labelled_lines_list_their_names_with_offsets() -> None:
    lex = load_lexicon()
    found = list(credits(CATALOGUE, lex))
    assert [c.predicate for c in found] == ["director", "castMember", "director", "castMember"]
    cast = [name for name, _, _ in found[1].names]
    assert cast == ["Joana Soeiro", "Maite Arrieta", "Tiago Mendes"]
    for name, lo, hi in found[1].names:
        assert CATALOGUE[lo:hi] == name


def test_a_metadata_line_holds_countries_a_year_and_a_running_time_and_nothing_else() -> None:
    lex = load_lexicon()
    found = list(metadata(CATALOGUE, lex))
    countries = found[1].countries
    assert [name for name, _, _ in countries] == ["Norway", "Sweden"]
    assert [CATALOGUE[lo:hi] for _, lo, hi in countries] == ["Norway", "Sweden"]
    assert [m.year[0] for m in found if m.year] == [2025, 2024]
    assert not list(metadata("Sweden | Love | 92 min\n", lex))
    assert not list(metadata("We met in Oslo, 2024, on a Monday.\n", lex))


def test_a_heading_is_the_line_above_its_block() -> None:
    lex = load_lexicon()
    titles = sorted(CATALOGUE[lo:hi] for lo, hi in headings(CATALOGUE, lex))
    assert titles == ["KESTREL", "THE DROWNED BELLS"]
    inline = "Copper Rain (Nigeria, Ghana, 2024, 96 min). Director: Tobenna Okafor.\n"
    assert [inline[lo:hi] for lo, hi in headings(inline, lex)] == ["Copper Rain"]


@pytest.mark.model
def test_each_entry_of_a_catalogue_gets_its_own_credits_and_synopsis(nlp: Language) -> None:
    found = triples(nlp, CATALOGUE)
    assert ("The Drowned Bells", "director", "Rita Valadares Pinto") in found
    assert ("The Drowned Bells", "countryOfOrigin", "Portugal") in found
    assert ("The Drowned Bells", "genre", "drama film") in found
    assert ("The Drowned Bells", "castMember", "Tiago Mendes") in found
    assert ("Kestrel", "countryOfOrigin", "Sweden") in found
    assert ("Kestrel", "director", "Eskil Brandvold") in found
    assert ("Kestrel", "castMember", "Birger Tangen") in found
    assert ("Kestrel", "character", "Jonas") in found
    assert not any(s == "The Drowned Bells" and o == "Birger Tangen" for s, _, o in found)
    assert not any(s == "Harbour Festival 2025" for s, _, _ in found)


@pytest.mark.model
def test_a_review_footer_credits_the_film_it_reviews(nlp: Language) -> None:
    text = (
        "Salt for the Hollow is the year's most patient thriller.\n\n"
        "Director: Tomasz Wielgoch. Starring: Ada Brzeska, Olek Marzec. "
        "Production company: Nordlys Film. Country: Poland."
    )
    found = triples(nlp, text)
    assert ("Salt for the Hollow", "director", "Tomasz Wielgoch") in found
    assert ("Salt for the Hollow", "castMember", "Olek Marzec") in found
    assert ("Salt for the Hollow", "productionCompany", "Nordlys Film") in found
    assert ("Salt for the Hollow", "countryOfOrigin", "Poland") in found
