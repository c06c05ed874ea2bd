"""Award results as live blogs and results lists print them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from anoragraph.nlp.announcements import announcements
from anoragraph.nlp.lexicon import load_lexicon
from anoragraph.records import EntityRef, EntityType
from tests.test_relations import facts, triples

BLOG = """Harbour Screen Awards 2026: as it happened

Live from the Royal Festival Hall.

19:02 — First award of the night.
Best Supporting Actor goes to Tomas Ekdal for Lantern Row, as a ferryman.

19:15 — Best Cinematography: Salt Meridian. Its crew could not be there.

19:30 — Best Original Score: Petra Sjoberg for Salt Meridian.

19:48 — Best Documentary: The Drowned Parish, Ines Moura's film about a flooded village.

20:10 — Best Director: Linnea Falk, Lantern Row. She beat Ove Brandt (Salt Meridian).

20:40 — Best Film: Lantern Row! The producers accept.
"""


def test_a_result_names_the_winner_its_category_says_and_the_work_after_it() -> None:
    found = [
        (BLOG[slice(*a.category)], a.winner[0], a.kind, a.work and a.work[0])
        for a in announcements(BLOG, load_lexicon())
    ]
    assert found == [
        ("Best Supporting Actor", "Tomas Ekdal", EntityType.PERSON, "Lantern Row"),
        # a craft category with no work after the name is won by the film
        ("Best Cinematography", "Salt Meridian", EntityType.FILM, None),
        ("Best Original Score", "Petra Sjoberg", EntityType.PERSON, "Salt Meridian"),
        # a description after the film is no work
        ("Best Documentary", "The Drowned Parish", EntityType.FILM, None),
        ("Best Director", "Linnea Falk", EntityType.PERSON, "Lantern Row"),
        ("Best Film", "Lantern Row", EntityType.FILM, None),
    ]
    for result in announcements(BLOG, load_lexicon()):
        name, lo, hi = result.winner
        assert BLOG[lo:hi] == name
    assert not announcements("Best of all: the ending.\nBest known for: nothing.\n", load_lexicon())


@pytest.mark.model
def test_a_live_blog_s_results_give_awards_and_the_parts_they_name(nlp: Language) -> None:
    found = triples(nlp, BLOG)
    assert ("Tomas Ekdal", "awardReceived", "Best Supporting Actor") in found
    assert ("Lantern Row", "castMember", "Tomas Ekdal") in found
    assert ("Salt Meridian", "awardReceived", "Best Cinematography") in found
    assert ("Salt Meridian", "composer", "Petra Sjoberg") in found
    assert ("The Drowned Parish", "awardReceived", "Best Documentary") in found
    assert ("The Drowned Parish", "director", "Ines Moura") in found
    assert ("Lantern Row", "director", "Linnea Falk") in found
    assert ("Lantern Row", "awardReceived", "Best Film") in found
    # the ceremony the blog is about, and not a venue named like a festival
    won = next(s for s in facts(nlp, BLOG) if s.rule == "award:result")
    assert dict(won.qualifiers)["ceremony"] == EntityRef(
        EntityType.CEREMONY, "Harbour Screen Awards"
    )
    # the category is no part of the title after its colon
    assert not any(s.startswith("Best ") for s, _, _ in found)


@pytest.mark.model
def test_a_result_s_entry_names_the_other_nominees(nlp: Language) -> None:
    text = (
        "20:10 — Best Director: Linnea Falk, Lantern Row. She beat Ove Brandt (Salt "
        "Meridian) and Rahul Menon, whose debut was a hit.\n\n"
        "21:05 — Best Actress: Nadia Okoro for Ferryboat. The other nominees were Clara "
        "Fenn for Lantern Row and, for the second time tonight, Priya Rao for Monsoon Post. "
        "The Best Score award was won by Elin Grote; she was nominated alongside Vetle Skar.\n"
    )
    found = triples(nlp, text)
    assert ("Ove Brandt", "nominatedFor", "Best Director") in found
    assert ("Salt Meridian", "director", "Ove Brandt") in found
    assert ("Rahul Menon", "nominatedFor", "Best Director") in found
    assert ("Clara Fenn", "nominatedFor", "Best Actress") in found
    assert ("Lantern Row", "castMember", "Clara Fenn") in found
    assert ("Priya Rao", "nominatedFor", "Best Actress") in found
    # a later result in the same paragraph has nominees of its own
    assert ("Vetle Skar", "nominatedFor", "Best Actress") not in found
    assert not any(r == "character" for _, r, _ in found)


@pytest.mark.model
def test_a_festival_s_results_list_its_categories_above_their_winners(nlp: Language) -> None:
    text = (
        "The 31st Harwick International Film Festival announced its awards tonight.\n\n"
        "Best Actress\nDelphine Arnault in LES HEURES GRISES (dir. Mathis Berroux, France)\n\n"
        "Best Screenplay\nYun Seo-ah and Park Dong-hwan for MERIDIAN SALT\n"
    )
    found = triples(nlp, text)
    assert ("Delphine Arnault", "awardReceived", "Best Actress") in found
    assert ("Yun Seo-ah", "awardReceived", "Best Screenplay") in found
    assert ("Park Dong-hwan", "awardReceived", "Best Screenplay") in found
    assert ("Meridian Salt", "screenwriter", "Park Dong-hwan") in found


def test_prizes_on_their_own_lines_and_titles_in_capitals(nlp: Language) -> None:
    text = (
        "GLASGOW, 3 June 2025 — The jury of the 12th Harwick Film Festival announced its "
        "awards tonight.\n\n"
        "Golden Heron for Best Film\n"
        "THE SALT CLOCKS, directed by Ilya Varsh (Georgia/Estonia)\n\n"
        "Grand Jury Prize\n"
        "COPPER WINTER by Mina Olsen (Norway)\n\n"
        "Best Director\n"
        "Petra Lund for ASHGROVE (Sweden)\n\n"
        "The FIPRESCI Prize went to another film.\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Clocks", "awardReceived", "Golden Heron for Best Film") in found
    assert ("The Salt Clocks", "director", "Ilya Varsh") in found
    assert ("Copper Winter", "awardReceived", "Grand Jury Prize") in found
    assert ("Petra Lund", "awardReceived", "Best Director") in found
    # (a one-word title in capitals may be an acronym, and keeps its capitals)
    assert ("ASHGROVE", "countryOfOrigin", "Sweden") in found
    # a dateline and a capitalised word inside a longer name are no titles
    assert not any(s in ("Glasgow", "Fipresci") for s, _, _ in found)


@pytest.mark.model
def test_each_line_of_a_prize_list_credits_its_own_film(nlp: Language) -> None:
    text = (
        "The jury, chaired by actor Ilse Dorn, with producer Abel Kask and cinematographer "
        "Runa Vey, viewed twelve films.\n\n"
        "Golden Crane for Best Film\n"
        "THE TIN ORCHARD (Latvia, Estonia), directed by Marta Ozola\n"
        "For a country's memory in one harvest.\n\n"
        "Silver Crane\n"
        "BRINEWATER (Canada), directed by Colm Ashby\n"
        "For a thriller that trusts silence.\n\n"
        "Best Director\n"
        "Reza Tabari for THE LONG DUSK (Iran, France)\n"
        "For an afternoon staged like a war.\n\n"
        "Best Actress\n"
        "Oona Lahti for her role as Kaisa in GREY SEASON (Finland), directed by Juha Laine\n\n"
        "SPECIAL MENTION\n"
        "THE DRY BANK (Germany), directed by Dana Weil\n"
        "A documentary about the Aral Sea. The Special Mention went to THE DRY BANK.\n"
    )
    found = triples(nlp, text)
    # each line's title heads its own credits, and a heading's film does not run on into
    # the next entry's lines
    assert {(s, o) for s, p, o in found if p == "director"} == {
        ("The Tin Orchard", "Marta Ozola"),
        ("BRINEWATER", "Colm Ashby"),
        ("The Long Dusk", "Reza Tabari"),
        ("Grey Season", "Juha Laine"),
        ("The Dry Bank", "Dana Weil"),
    }
    assert ("The Tin Orchard", "genre", "thriller film") not in found
    # a results line's winner is the person, not the words after her name
    assert ("Oona Lahti", "awardReceived", "Best Actress") in found
    assert ("Kaisa", "portrayedBy", "Oona Lahti") in found
    assert ("Grey Season", "character", "Kaisa") in found
    # a prize's heading is no film, and a jury's trades are no credits
    assert not any(s == "Special Mention" for s, _, _ in found)
    assert ("The Dry Bank", "genre", "documentary film") in found
    assert not any(o == "Runa Vey" for _, _, o in found)


@pytest.mark.model
def test_a_predictions_column_s_nominee_lists(nlp: Language) -> None:
    text = (
        "The Harbour Film Federation votes next week. Our picks:\n\n"
        "BEST ACTRESS\n"
        "Nominees: Ines Sall, Tidewater Song (as Awa); Greta Lund, Moss Road\n"
        "Will win: Sall.\n\n"
        "BEST DIRECTOR\n"
        "Nominees: Mira Holt (Southbound, Slowly); Berat Hoxha (A Room in Durres)\n\n"
        "BEST SCREENPLAY\n"
        "Nominees: A Room in Durres (Berat Hoxha); Cats of October (Lena Ruiz)\n"
        "Will win: Cats of October.\n"
    )
    found = triples(nlp, text)
    # a player's part in brackets after her film
    assert ("Tidewater Song", "castMember", "Ines Sall") in found
    assert ("Tidewater Song", "character", "Awa") in found
    assert ("Awa", "portrayedBy", "Ines Sall") in found
    # a screenplay list names the film first and its writer in brackets
    assert ("Berat Hoxha", "nominatedFor", "Best Screenplay") in found
    assert ("A Room in Durres", "screenwriter", "Berat Hoxha") in found
    assert ("Berat Hoxha", "screenwriter", "A Room in Durres") not in found
    # a title with a comma in it, in the bracket after its director
    assert ("Southbound, Slowly", "director", "Mira Holt") in found
    # a category's heading is no film
    assert not any(s in ("Best Actress", "Best Screenplay") for s, _, _ in found)


@pytest.mark.model
def test_a_prize_shared_ex_aequo_goes_to_both_winners_below_it(nlp: Language) -> None:
    text = (
        "Winners of the 12th Tidewater Film Festival\n\n"
        "BEST ACTOR (ex aequo)\n"
        "Tomasz Wielgus for Salt Road (Poland, dir. Ewa Brandt)\n"
        "Kofi Mensah-Lind for The Quiet Pier\n\n"
        "BEST SCREENPLAY\n"
        "Ana Ruiz for Salt Road\n"
        "Jury statement: a script of rare economy.\n"
    )
    found = triples(nlp, text)
    assert ("Tomasz Wielgus", "awardReceived", "Best Actor") in found
    assert ("Kofi Mensah-Lind", "awardReceived", "Best Actor") in found
    assert ("The Quiet Pier", "castMember", "Kofi Mensah-Lind") in found
    assert ("Ana Ruiz", "awardReceived", "Best Actor") not in found
