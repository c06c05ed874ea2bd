"""Credits blocks: a catalogue's or press kit's labelled lines under a film's title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from anoragraph.nlp.credits import cast_lists, credits, headings, metadata
from anoragraph.nlp.lexicon import load_lexicon
from anoragraph.records import Year
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


def test_a_box_of_labels_without_colons_is_read_as_credits() -> None:
    box = (
        "THE WINTER GUEST\n2025 · 118 mins\nDirector Ida Callan\n"
        "Screenplay Ida Callan, Nell Quin, from the novel by Maud Ellery\n"
        "Producer Bea Rees · Cinematography Anna Wrobel · Music Jon Callan\n"
    )
    found = {(c.predicate, name) for c in credits(box, load_lexicon()) for name, _, _ in c.names}
    assert found == {
        ("director", "Ida Callan"),
        ("screenwriter", "Ida Callan"),
        ("screenwriter", "Nell Quin"),
        ("producer", "Bea Rees"),
        ("directorOfPhotography", "Anna Wrobel"),
        ("composer", "Jon Callan"),
    }
    # a heading with a role word in it, alone on its line, is no credit
    assert not credits("Music Video Awards\n\nThe nominees were announced today.\n", load_lexicon())


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


ARTICLE = """Kestrel Bay is a 2021 drama film directed by Oona Falk.

Cast

- Marit Voss as Hedda Lund, a ferry pilot
- Jon Sandberg as young Aksel
- Pia Eklund as the harbour master
- Tove Lindqvist

Production

Filming took place in Bergen.
"""


def test_a_cast_heading_lists_one_actor_a_line_with_the_part_after_as() -> None:
    lines = list(cast_lists(ARTICLE, load_lexicon()))
    assert [line.actor[0] for line in lines] == [
        "Marit Voss",
        "Jon Sandberg",
        "Pia Eklund",
        "Tove Lindqvist",
    ]
    # descriptive words are no part of a name, and a part with no name is a role
    assert [line.character and line.character[0] for line in lines] == [
        "Hedda Lund",
        "Aksel",
        None,
        None,
    ]
    for line in lines:
        assert ARTICLE[line.actor[1] : line.actor[2]] == line.actor[0]
    # the next section's heading is no actor
    assert not list(cast_lists("Cast\n\nKestrel Bay was cast in 2020.\n", load_lexicon()))


@pytest.mark.model
def test_a_cast_list_gives_the_article_s_film_its_actors_and_their_parts(nlp: Language) -> None:
    found = triples(nlp, ARTICLE)
    assert ("Kestrel Bay", "castMember", "Marit Voss") in found
    assert ("Kestrel Bay", "castMember", "Tove Lindqvist") in found
    assert ("Kestrel Bay", "character", "Hedda Lund") in found
    assert ("Hedda Lund", "portrayedBy", "Marit Voss") in found
    assert ("Aksel", "portrayedBy", "Jon Sandberg") in found
    assert not any(o == "Production" for _, _, o in found)


@pytest.mark.model
def test_a_credits_footer_with_phrases_for_labels(nlp: Language) -> None:
    text = (
        "A patient, lovely film.\n\n---\n\n"
        "Hothouse (2024)\n"
        "Directed by Priya Raman\n"
        "Starring Vera Oyel, Callum Reid\n"
        "Cinematography: Anouk Beau\n"
        "Distributed by Harrow & Finch\n"
    )
    found = triples(nlp, text)
    assert ("Hothouse", "director", "Priya Raman") in found
    assert ("Hothouse", "castMember", "Callum Reid") in found
    assert ("Hothouse", "directorOfPhotography", "Anouk Beau") in found
    # a company's name keeps its ampersand
    assert ("Hothouse", "distributor", "Harrow & Finch") in found
    # a label phrase opening a sentence is no credit line
    assert not list(credits("Directed by Ana Ruiz, the film follows a nurse.\n", load_lexicon()))


@pytest.mark.model
def test_a_line_up_s_entries_give_countries_and_directors(nlp: Language) -> None:
    text = (
        "The competition line-up:\n\n"
        '- "Burning Almanacs" (Greece, Nikos Andrianos)\n'
        '- "The Quiet Wards" (Ireland, dir. Siobhan Kearns)\n'
        '- "Ninety Nights" (USA) by Jordan Whitby, starring Keisha Moore\n'
        '• "A Map of Small Flames" — Portugal — dir. Inês Carvalhal — documentary\n'
        '• "Kingdom of Lost Cats" — South Korea — Park Ji-won\n'
        '• "The Salt Pans" — Tunisia/Belgium — Amira Ben Salah\n'
    )
    found = triples(nlp, text)
    assert ("Burning Almanacs", "countryOfOrigin", "Greece") in found
    assert ("Burning Almanacs", "director", "Nikos Andrianos") in found
    assert ("The Quiet Wards", "director", "Siobhan Kearns") in found
    assert ("Ninety Nights", "director", "Jordan Whitby") in found
    assert ("A Map of Small Flames", "countryOfOrigin", "Portugal") in found
    assert ("A Map of Small Flames", "director", "Inês Carvalhal") in found
    assert ("Kingdom of Lost Cats", "director", "Park Ji-won") in found
    assert ("The Salt Pans", "countryOfOrigin", "Belgium") in found
    assert ("The Salt Pans", "director", "Amira Ben Salah") in found


NEWSLETTER = """THE WEEKLY REEL

1. BRIGHT FJORD (2023)
Now streaming on Kinetica+
Director: Sunniva Haldersen
Starring: Mathis Ekwall, Clara Joubert-Lind

Haldersen's quiet second feature follows a retired ferry pilot.

2. CORRECTION: THE LONG MEADOW (2022)
Last week we said The Long Meadow was directed by Declan Furrow. It wasn't: the film was
directed by Aoife Brannagh.

3. NIGHT HARBOUR RADIO (2024)
Streaming on Vantage Stream
A documentary about pirate radio, directed by Chen Wei-lun. Country: Taiwan.
"""


@pytest.mark.model
def test_a_round_up_s_entries_are_their_numbered_headings_not_the_lines_below(
    nlp: Language,
) -> None:
    found = triples(nlp, NEWSLETTER)
    assert ("Bright Fjord", "director", "Sunniva Haldersen") in found
    assert ("Bright Fjord", "castMember", "Clara Joubert-Lind") in found
    assert ("The Long Meadow", "director", "Aoife Brannagh") in found
    assert ("The Long Meadow", "director", "Declan Furrow") not in found
    assert ("Night Harbour Radio", "director", "Chen Wei-lun") in found
    assert not any("tream" in s or "orrection" in s for s, _, _ in found)


LISTINGS = """CHANNEL NINE - FILMS THIS WEEK
Saturday 12 October - Friday 18 October

SATURDAY 12 OCTOBER

15:30  PIP AND THE TIN ENGINE (2008)
Canada. Animation. Directed by Gord Fairbairn. Voices: Emma Tulloch, Rajiv Menon.
In snowy Halifax, inventor Pip builds a rocket. 84 mins.

21:00  COLD THRESHING (1987) [S]
Norway. Drama. Dir: Eirik Solberg. Starring Kari Brevik, Tomas Lindqvar.
On a storm-battered island, a widow takes in a sailor. 104 mins.

MONDAY 14 OCTOBER

23:15  THE PAPER CONSULATE (2003) [S]
France/Belgium. Comedy. Dir. Amelie Roussac. Stars: Jean-Baptiste Morel, Nadia Ferhat.
Facing the closure of his consulate in Lisbon, junior diplomat Lucien Barre (Morel) invents
an entire country. 97 mins.

21:00  COLD THRESHING (1987) - repeat, see Saturday.
"""


@pytest.mark.model
def test_a_listing_s_timed_entries_and_their_fragment_lines(nlp: Language) -> None:
    found = triples(nlp, LISTINGS)
    assert ("Pip and the Tin Engine", "countryOfOrigin", "Canada") in found
    assert ("Pip and the Tin Engine", "director", "Gord Fairbairn") in found
    assert ("Cold Threshing", "countryOfOrigin", "Norway") in found
    assert ("Cold Threshing", "director", "Eirik Solberg") in found
    assert ("Cold Threshing", "castMember", "Tomas Lindqvar") in found
    assert ("Cold Threshing", "director", "Tomas Lindqvar") not in found
    assert not any("October" in s for s, _, _ in found)
    assert ("The Paper Consulate", "countryOfOrigin", "Belgium") in found
    assert ("The Paper Consulate", "castMember", "Jean-Baptiste Morel") in found
    assert not any(s == "Cold Threshing" and o == "Morel" for s, _, o in found)


SEASON = """WINTER SEASON AT THE LYCEUM

THE DUNE CLOCK
1968 | Tunisia/France | 98 min | Arabic with English subtitles
Dir. Karim Ben Salah. Scr. Karim Ben Salah, Odette Marnier.
With Leila Gharbi, Jean-Rémy Fauconnet
A well-digger waits for rain.
Thu 9 Jan 18:30 · Sun 12 Jan 14:00

THE QUIET SHOALS (Shizuka na Asase)
1961 | Japan | 91 min | 35mm
D: Michiko Arata / DP: Ryo Hanamura
Winner of the Prix Lumen at Vannes in 1962.

SALT LIONS
2011 | Peru | 86 min
Dir. Inés Cárdenas-Wolf · Music by Tadeo Ruiz
A portrait of a fishing family.
"""


def test_a_season_brochure_s_abbreviated_labels_and_extra_fields(nlp: Language) -> None:
    found = triples(nlp, SEASON)
    # a metadata line with a language or a format after its running time still heads an entry
    assert ("The Dune Clock", "countryOfOrigin", "Tunisia") in found
    assert ("The Quiet Shoals", "publicationDate", Year(1961)) in found
    # "Dir." and "Scr." with their full stops, "D:" and "DP:", and a line opening "With"
    assert ("The Dune Clock", "director", "Karim Ben Salah") in found
    assert ("The Dune Clock", "screenwriter", "Odette Marnier") in found
    assert ("The Dune Clock", "castMember", "Jean-Rémy Fauconnet") in found
    assert ("The Quiet Shoals", "director", "Michiko Arata") in found
    assert ("The Quiet Shoals", "directorOfPhotography", "Ryo Hanamura") in found
    assert ("The Quiet Shoals", "directorOfPhotography", "Michiko Arata") not in found
    # a bar between fields ends a credit
    assert ("Salt Lions", "director", "Inés Cárdenas-Wolf") in found
    # a blurb's fragment "Winner of X" gives the entry's film the prize
    assert ("The Quiet Shoals", "awardReceived", "Prix Lumen") in found


def test_a_syllabus_table_gives_each_row_s_year_director_and_countries(nlp: Language) -> None:
    text = (
        "FILM 214: Borders on Screen\n"
        "Spring 2025 | Tue 2:00-5:30 pm | Harlan Hall 014\n\n"
        "Wk 1 | Harbour of Small Hours (1962) | Teodor Walcz | Poland\n"
        "A fisherman's widow waits.\n\n"
        "Wk 2 | The Iron Bridge (1974) | Amara Oyelaran-Reeve | Nigeria / UK\n"
    )
    found = triples(nlp, text)
    assert ("Harbour of Small Hours", "director", "Teodor Walcz") in found
    assert ("Harbour of Small Hours", "countryOfOrigin", "Poland") in found
    assert ("The Iron Bridge", "publicationDate", Year(1974)) in found
    assert ("The Iron Bridge", "countryOfOrigin", "United Kingdom") in found
    assert ("The Iron Bridge", "director", "Amara Oyelaran-Reeve") in found
    # a row with no title and year is no film's
    assert not any(s.startswith("Spring") or "Harlan" in str(o) for s, _, o in found)


PRESS_KIT = """\
HALCYON PICTURES presents

THE TIN LIGHTHOUSE

A film by Marit Oyelowo-Sand

PRODUCTION NOTES

Norway / Scotland, 2024 | 98 min | Colour
Genre: Drama

CAST
Elspeth Rourke ........... GWENDA PALLISTER
Young Elspeth ............ ROSA FENWICK-ADDO

CREW
Directed by .............. Marit Oyelowo-Sand
Screenplay by ............ Marit Oyelowo-Sand & Tavish Mure
Director of Photography .. Oskar Brennhaug

ABOUT THE CAST

GWENDA PALLISTER (Elspeth Rourke)
Pallister trained in Glasgow. Her first feature, Quiet Harbour (2016), won a prize.
"""


@pytest.mark.model
def test_a_press_kit_s_sections_dotted_credits_and_biographies(nlp: Language) -> None:
    found = triples(nlp, PRESS_KIT)
    film = "The Tin Lighthouse"
    # the metadata line is the film's, not the heading of the section it sits in
    assert (film, "countryOfOrigin", "Norway") in found
    assert (film, "publicationDate", Year(2024)) in found
    assert not any(s == "Production Notes" for s, _, _ in found)
    # a dotted leader stands for the colon; the cast gives the part first and its player,
    # printed in capitals, after it
    assert (film, "director", "Marit Oyelowo-Sand") in found
    assert (film, "screenwriter", "Tavish Mure") in found
    assert (film, "directorOfPhotography", "Oskar Brennhaug") in found
    assert (film, "castMember", "Gwenda Pallister") in found
    assert ("Elspeth Rourke", "portrayedBy", "Gwenda Pallister") in found
    assert ("Young Elspeth", "portrayedBy", "Rosa Fenwick-Addo") in found
    # a biography's heading names a person, not a film, and its bracket is her part
    assert not any(s.casefold() == "gwenda pallister" for s, _, _ in found)
    assert not any(o == "Gwenda Pallister" and r == "character" for _, r, o in found)


@pytest.mark.model
def test_credits_under_a_dateline_belong_to_the_article_s_film(nlp: Language) -> None:
    text = (
        "Marlow Heights review – a quiet triumph\n\n"
        "Ottilie Brandvold\nWed 12 Feb 2025\n\n"
        "Director: Jonas Aakre\nStarring: Selma Ivarsen, Petter Moe\n\n"
        "Marlow Heights is the best Norwegian film of the year.\n"
    )
    found = triples(nlp, text)
    assert ("Marlow Heights", "director", "Jonas Aakre") in found
    assert ("Marlow Heights", "castMember", "Selma Ivarsen") in found
    assert not any(s.startswith("Wed") for s, _, _ in found)


@pytest.mark.model
def test_a_round_up_s_entries_under_each_service_s_heading(nlp: Language) -> None:
    text = (
        "STREAM THIS WEEK\n\nOur picks, sorted by service: a ghost story and the best "
        "documentary of the year so far.\n\n"
        "VELLUM+\n\n"
        "The Copper Orchard (2023)\n"
        "A beekeeper returns to her island. Starring Maren Toft and Idun Salvesen.\n"
        "Drama | 1h 40m\n\n"
        "Nightjar Road (2021)\n"
        "Two brothers drive south. Directed by Halvard Ekre.\n\n"
        "QUAYSIDE\n\n"
        "Low Signal (2019)\n"
        "A lighthouse keeper hears voices. Starring Brede Kolstad.\n\n"
        "Email the Quayside desk or the Vellum+ team with your tips.\n"
        "Stream This Week desk picks return on Friday.\n"
    )
    found = triples(nlp, text)
    assert ("The Copper Orchard", "castMember", "Maren Toft") in found
    assert ("Nightjar Road", "director", "Halvard Ekre") in found
    assert ("Low Signal", "castMember", "Brede Kolstad") in found
    assert not any(s.casefold() in ("quayside", "vellum+", "stream this week") for s, _, _ in found)


def test_a_metadata_line_s_languages_are_no_countries() -> None:
    line = "Belgium | 2024 | 79 min | Documentary | French, Dutch\n"
    (found,) = metadata(line, load_lexicon())
    assert [name for name, _, _ in found.countries] == ["Belgium"]
    assert found.year is not None and found.year[0] == 2024


@pytest.mark.model
def test_joined_abbreviations_credit_one_person_twice(nlp: Language) -> None:
    text = "KIOSK\nAustria · 1979 · 88 min\nDir./Ph.: Hilde Amsel\nA kiosk on a Vienna corner.\n"
    found = triples(nlp, text)
    assert ("Kiosk", "director", "Hilde Amsel") in found
    assert ("Kiosk", "directorOfPhotography", "Hilde Amsel") in found


@pytest.mark.model
def test_a_production_chart_s_terse_labels(nlp: Language) -> None:
    text = (
        "PRODUCTION CHART\n\n"
        "THE CORMORANT (UK/Ireland) — period drama\n"
        "Prod co: Fathom Pictures, Lough Films. Dist: Halcyon Releasing. Dir: Niamh Garvey. "
        "Loc: Achill Island, Co. Mayo; Bray.\n\n"
        "NO FIXED ABODE (UK) — drama\n"
        "Prod co: Tollgate Films. Wr/Dir: Kwame Asante-Bell. Cast: Lily Marsh; Ravi Dhillon "
        "(in talks). Loc: Leeds; Bradford.\n\n"
        "PARISH NOTICES (UK) — comedy\n"
        "Dir: Gareth Pugh. Cast: Bronwen Ellis (the vicar, Rev. Ann Pryce), Dafydd Rhys.\n"
    )
    found = triples(nlp, text)
    assert ("The Cormorant", "productionCompany", "Lough Films") in found
    assert ("The Cormorant", "distributor", "Halcyon Releasing") in found
    assert ("The Cormorant", "filmingLocation", "Achill Island") in found
    assert ("No Fixed Abode", "director", "Kwame Asante-Bell") in found
    assert ("No Fixed Abode", "screenwriter", "Kwame Asante-Bell") in found
    assert ("No Fixed Abode", "filmingLocation", "Bradford") in found
    assert ("No Fixed Abode", "castMember", "Ravi Dhillon") not in found
    assert ("Parish Notices", "castMember", "Bronwen Ellis") in found
    assert not any(o == "Rev" or "(" in str(o) for _, _, o in found)


@pytest.mark.model
def test_an_accolades_table_carries_its_award_down_and_reads_each_recipient(
    nlp: Language,
) -> None:
    text = (
        "The Salt Road is a 2023 drama film directed by Ana Vale.\n\n"
        "Accolades[edit]\n\n"
        "Award               | Date of ceremony | Category                                 "
        "| Recipient(s)      | Result\n"
        "Golden Globe Awards | January 7, 2024  | Best Motion Picture – Drama              "
        "| The Salt Road     | Nominated\n"
        "                    |                  | Best Actress in a Motion Picture – Drama "
        "| Mara Holm         | Won\n"
        "                    |                  | Best Supporting Actor – Motion Picture   "
        "| Caleb Marchetti[a] | Nominated\n"
    )
    found = triples(nlp, text)
    award = "Golden Globe Award for Best Actress in a Motion Picture – Drama"
    assert ("Mara Holm", "awardReceived", award) in found
    assert (
        "Caleb Marchetti",
        "nominatedFor",
        "Golden Globe Award for Best Supporting Actor – Motion Picture",
    ) in found
    assert not any("|" in s or "[" in s for s, _, _ in found)


@pytest.mark.model
def test_an_exhibition_label_s_worn_by_line_casts_the_player(nlp: Language) -> None:
    text = (
        "3.3\nOfficer's greatcoat\nThe Iron Shore (1966)\nDirected by Lewis Frayne\n"
        "Worn by Dirk Halvorsen as Captain Edmund Morrow\nWool melton, brass buttons\n"
    )
    found = triples(nlp, text)
    assert ("The Iron Shore", "castMember", "Dirk Halvorsen") in found
    assert ("The Iron Shore", "director", "Lewis Frayne") in found


@pytest.mark.model
def test_a_programme_s_entries_under_a_strand_with_dotted_metadata_lines(nlp: Language) -> None:
    text = (
        "NORTHERN LIGHTS\n"
        "Four films from the Baltic coast, chosen by the programming team.\n\n"
        "WINTER HARBOUR\n"
        "Estonia, Latvia 2025 · 101' · Colour · DCP · Estonian\n"
        "Director: Kadri Tamm · Music: Jaan Ilves · Cast: Liis Mägi\n\n"
        "A ferry pilot, Mari (Liis Mägi), comes home to Pärnu for one last winter.\n\n"
        "TRIBUTE: AMBER ROAD\n"
        "Lithuania 1994 · 95' · Colour · 35mm · Lithuanian\n"
        "Director: Rimas Jonaitis · Cast: Ona Kairytė\n\n"
        "Jonaitis's melodrama won the main prize here in 1994.\n"
    )
    found = triples(nlp, text)
    assert ("Winter Harbour", "director", "Kadri Tamm") in found
    assert ("Winter Harbour", "countryOfOrigin", "Estonia") in found
    assert ("Winter Harbour", "countryOfOrigin", "Latvia") in found
    assert ("Winter Harbour", "publicationDate", Year(2025)) in found
    assert ("Winter Harbour", "castMember", "Liis Mägi") in found
    assert ("Amber Road", "director", "Rimas Jonaitis") in found
    assert ("Amber Road", "publicationDate", Year(1994)) in found
    assert not any(s == "Northern Lights" for s, _, _ in found)
    assert not any(p == "character" and o == "Colour" for _, p, o in found)


@pytest.mark.model
def test_a_letters_page_s_signatures_and_the_editor_s_replies_are_no_credits(
    nlp: Language,
) -> None:
    text = (
        "YOUR LETTERS\n\n"
        "Two writers, not one\n"
        "Your review of Velvet Alibi (2003) credits the screenplay to its director, Juno "
        "Marsh, as well as to Clive Adair. Surely a slip?\n"
        "Peter Quayle, Norwich\n"
        "Ed: No slip. The on-screen credit names both, and our reviewer stands by it.\n\n"
        "A budget bother\n"
        "Your feature says Grey Wolf Run (1996) cost £3 million. The budget was £1.8 million.\n"
        "Jo Rudd, Sheffield\n"
        "Ed: Fair point, and thank you.\n"
    )
    assert not [c for c in credits(text, load_lexicon()) if c.predicate == "filmEditor"]
    found = triples(nlp, text)
    assert not any(s in ("Peter Quayle, Norwich", "Jo Rudd, Sheffield") for s, _, _ in found)


@pytest.mark.model
def test_a_magazine_s_starred_heading_over_its_long_specs_line(nlp: Language) -> None:
    text = (
        "THE REVIEWS PAGE\n\n"
        "GULL COUNTRY ★★★½\n"
        "Norway/Denmark 2024 · Dir. Sunniva Hald · Scr. Sunniva Hald, Per Ostby · With Liv "
        "Strand, Jon Vik, Mads Brun, Eli Rask · 103 min · Cert 12A · Fjord Pictures · In "
        "cinemas 3 May\n\n"
        "A slow, salt-stung drama about a ferry crew. Strand is superb.\n"
    )
    found = triples(nlp, text)
    assert ("Gull Country", "director", "Sunniva Hald") in found
    assert ("Gull Country", "publicationDate", Year(2024)) in found
    assert ("Gull Country", "castMember", "Liv Strand") in found
    assert ("Gull Country", "countryOfOrigin", "Norway") in found


@pytest.mark.model
def test_entries_headed_by_a_title_and_its_other_language_title(nlp: Language) -> None:
    text = (
        "HORIZONS\n"
        "First and second features from new filmmakers.\n\n"
        "Noor / Nour\n"
        "Morocco–Belgium | 2023 | 104' | Arabic, French\n"
        "Dir. Youssef al-Hakimi\n\n"
        "Noor is sixteen and sells mint in the souk of Fes.\n\n"
        "La casa vacía / The Empty House\n"
        "Chile–Peru, 2024. 91 minutes. Spanish.\n"
        "Director: Paula Riquelme Soto\n\n"
        "A widow keeps her husband's boatyard open in Valparaíso.\n\n"
        "Rice Birds of Hanoi / Chim lúa Hà Nội\n"
        "(Vietnam–Thailand 2024 · 99 min · Vietnamese)\n"
        "Director: Trần Thu Hà\n\n"
        "ASH AND SALT – Asche und Salz\n"
        "Germany | 2024 | 80 min | German | Documentary\n"
        "Director: Lena Brauer\n"
    )
    found = triples(nlp, text)
    assert ("Noor", "director", "Youssef al-Hakimi") in found
    assert ("Noor", "countryOfOrigin", "Morocco") in found
    assert ("Noor", "countryOfOrigin", "Belgium") in found
    assert ("The Empty House", "director", "Paula Riquelme Soto") in found
    assert ("The Empty House", "countryOfOrigin", "Chile") in found
    assert ("The Empty House", "publicationDate", Year(2024)) in found
    assert ("Rice Birds of Hanoi", "director", "Trần Thu Hà") in found
    assert ("Rice Birds of Hanoi", "countryOfOrigin", "Thailand") in found
    assert ("Ash and Salt", "director", "Lena Brauer") in found
    assert not any(" / " in s or " – " in s for s, _, _ in found)
