"""Entity typing: each test sentence holds one ambiguity the extractor must settle."""

from __future__ import annotations

import pytest
from spacy.language import Language

from anoragraph.nlp.entities import find_mentions, normalise_name
from anoragraph.nlp.relations import find_statements
from anoragraph.records import EntityType

pytestmark = pytest.mark.model


def types(nlp: Language, text: str) -> dict[str, set[EntityType]]:
    found: dict[str, set[EntityType]] = {}
    for mention in find_mentions(nlp(text)):
        found.setdefault(mention.ref.name, set()).add(mention.ref.type)
    return found


def test_possessive_and_quotes_are_not_part_of_a_name() -> None:
    assert normalise_name("Dalia Renn’s") == "Dalia Renn"
    assert normalise_name('"Paper Lanterns"') == "Paper Lanterns"


def test_a_title_without_quotes_opening_a_film_description_is_a_film(nlp: Language) -> None:
    found = types(nlp, "Walnut Comet is a 2014 Danish animated comedy directed by Ove Brask.")
    assert found["Walnut Comet"] == {EntityType.FILM}
    assert found["Ove Brask"] == {EntityType.PERSON}


def test_a_name_before_an_actor_in_brackets_is_a_character_not_the_film(nlp: Language) -> None:
    text = "Corin is a 2019 comedy film. Corin (Tessa Vale) works in a bakery."
    mentions = list(find_mentions(nlp(text)))
    first, second = (m for m in mentions if m.ref.name == "Corin")
    assert first.ref.type is EntityType.FILM
    assert second.ref.type is EntityType.CHARACTER
    assert any(m.ref == m.ref.__class__(EntityType.PERSON, "Tessa Vale") for m in mentions)


def test_the_name_after_as_in_a_cast_list_is_a_character(nlp: Language) -> None:
    found = types(nlp, "The comedy stars Nell Ashby as Mara Quint.")
    assert found["Mara Quint"] == {EntityType.CHARACTER}
    assert found["Nell Ashby"] == {EntityType.PERSON}


def test_category_ceremony_and_academy_are_told_apart(nlp: Language) -> None:
    found = types(nlp, "Harrow Lane won Best Picture at the 90th Academy Awards.")
    assert found["Academy Award for Best Picture"] == {EntityType.AWARD}
    assert found["90th Academy Awards"] == {EntityType.CEREMONY}


def test_counted_awards_are_awards_not_a_ceremony(nlp: Language) -> None:
    found = types(nlp, "The drama won three Academy Awards.")
    assert found["Academy Award"] == {EntityType.AWARD}
    assert "Academy Awards" not in found


def test_outlets_and_rating_platforms_are_organisations(nlp: Language) -> None:
    found = types(nlp, "Variety called the film a triumph, and it scored 8.2 on Kinoscope.")
    assert found["Variety"] == {EntityType.ORGANIZATION}
    assert found["Kinoscope"] == {EntityType.ORGANIZATION}


def test_a_source_person_is_not_mistaken_for_an_outlet(nlp: Language) -> None:
    found = types(nlp, "According to Lena Marsh, the shoot ran over budget.")
    assert found["Lena Marsh"] == {EntityType.PERSON}


def test_a_person_in_a_directing_slot_is_a_person_whatever_ner_says(nlp: Language) -> None:
    found = types(
        nlp, "The Crossroad is a 1988 Latvian documentary film directed by Ivars Seleckis."
    )
    assert found["Ivars Seleckis"] == {EntityType.PERSON}


def test_the_award_in_an_award_winning_phrase_does_not_start_a_title(nlp: Language) -> None:
    found = types(nlp, "The Oscar-winning Glass Orchard stars Nell Ashby.")
    assert found["Glass Orchard"] == {EntityType.FILM}
    assert "The Oscar" not in found


def test_a_one_word_name_before_a_film_predicate_is_a_film(nlp: Language) -> None:
    found = types(nlp, "Quillmoor also won the Golden Lantern Award for Best Animated Feature.")
    assert found["Quillmoor"] == {EntityType.FILM}


def test_a_tagged_person_before_a_person_predicate_stays_a_person(nlp: Language) -> None:
    found = types(nlp, "Dana Holloway also won the Golden Globe Award for Best Actress.")
    assert found["Dana Holloway"] == {EntityType.PERSON}


def test_a_title_that_holds_its_own_verb_ends_at_the_sentence_verb(nlp: Language) -> None:
    text = "When Rivers Were Young was nominated for the Academy Award for Best Animated Feature."
    assert types(nlp, text)["When Rivers Were Young"] == {EntityType.FILM}


def test_an_aside_after_an_opening_title_is_not_part_of_it(nlp: Language) -> None:
    found = types(nlp, "Copper Tide, also known as Red Water, was released in 2011.")
    assert found["Copper Tide"] == {EntityType.FILM}


def test_a_name_owning_a_plot_is_a_film(nlp: Language) -> None:
    found = types(nlp, "Ember Lane's plot follows two sisters who run a ferry.")
    assert found["Ember Lane"] == {EntityType.FILM}


def test_a_stray_bracket_before_a_title_is_dropped(nlp: Language) -> None:
    found = types(nlp, "Glass Harbour) is a 2004 drama film.")
    assert found["Glass Harbour"] == {EntityType.FILM}


def test_a_fronted_participle_clause_is_not_the_title(nlp: Language) -> None:
    found = types(nlp, "Filmed in Halifax, The Long Winter is a 2003 drama film.")
    assert found["The Long Winter"] == {EntityType.FILM}
    assert not any(name.startswith("Filmed") for name in found)


def test_a_surname_of_a_named_person_opening_a_sentence_stays_a_person(nlp: Language) -> None:
    text = "Ove Brask made the film in Oslo. Brask also won the Nordic Prize for Best Director."
    found = types(nlp, text)
    assert EntityType.FILM not in found.get("Brask", set())


def test_a_lowercase_common_noun_is_not_an_outlet(nlp: Language) -> None:
    found = types(nlp, "Over time, the fox in Birch Lane becomes a legend.")
    assert "time" not in found and "fox" not in found


def test_a_work_title_stops_before_by_and_its_author(nlp: Language) -> None:
    found = types(nlp, "Cold Arches is based on The Nine Bridges by Soviet author Lev Darin.")
    assert not any(" by " in name for name in found)


def test_a_person_making_the_film_is_not_its_title(nlp: Language) -> None:
    found = types(nlp, "Salt Tower was the first film Kerr made with his own production company.")
    assert EntityType.FILM not in found.get("Kerr", set())


def test_a_figure_of_the_plot_is_a_character_everywhere_in_the_text(nlp: Language) -> None:
    text = (
        "Glass Harbour is a 2021 drama film. It follows Teodor, the youngest son of a ferry "
        "captain. Later Teodor leaves the island, and the enforcer Brak follows him. "
        "Brak never speaks."
    )
    found = types(nlp, text)
    assert found["Teodor"] == {EntityType.CHARACTER}
    assert found["Brak"] == {EntityType.CHARACTER}


def test_a_recurring_lone_first_name_in_film_talk_is_a_character(nlp: Language) -> None:
    text = (
        "I watched the film last night. Oona spends the first act alone. Oona then calls her "
        "sister, and Oona finally cries. The director Pela Marsh keeps the camera still."
    )
    found = types(nlp, text)
    assert found["Oona"] == {EntityType.CHARACTER}
    assert found["Pela Marsh"] == {EntityType.PERSON}


def test_a_quoted_speaker_stays_a_person(nlp: Language) -> None:
    text = (
        "The film follows a ferry pilot. “We rebuilt the scene,” said Lune, a dancer and "
        "consultant on the film. Lune, the consultant, asked not to be named in full."
    )
    assert EntityType.CHARACTER not in types(nlp, text).get("Lune", set())


def test_the_film_someone_had_a_role_in_is_a_film(nlp: Language) -> None:
    found = types(
        nlp,
        "Ria Doss, best known for her role as the ghost in Once Upon a Night in Lisbon, "
        "returns to the stage.",
    )
    assert found["Once Upon a Night in Lisbon"] == {EntityType.FILM}


def test_names_the_tagger_gets_half_right(nlp: Language) -> None:
    found = types(nlp, "Actresses Mara Quint and Jolie Anstey praised the film on Thu Jun 26 2025.")
    assert found["Mara Quint"] == {EntityType.PERSON}
    assert not any(name.startswith("Thu") for name in found)
    assert normalise_name("L.A.") == "L.A."


def test_what_someone_made_in_a_year_is_a_film_and_a_possessor_is_the_name(
    nlp: Language,
) -> None:
    found = types(
        nlp, "Since making Quill in 2012, Ove Brask has filmed strangers. Quill’s American hero."
    )
    assert EntityType.FILM in found["Quill"]
    assert not any("’s" in name or "'s" in name for name in found)


def test_a_possessor_that_only_locates_a_name_is_dropped(nlp: Language) -> None:
    found = types(nlp, "We went to Lisbon’s Harbour Museum. The Harbour Museum was packed.")
    assert not any(name.startswith("Lisbon") and "Museum" in name for name in found)


def test_a_one_word_prize_name_is_a_prize_only_where_prizes_are_talked_of(
    nlp: Language,
) -> None:
    said = types(nlp, "“We rebuilt the scene,” said Lola, a consultant on the film.")
    assert EntityType.AWARD not in {t for kinds in said.values() for t in kinds}
    won = types(nlp, "Her second film won the Lola for best fiction film in 2019.")
    assert EntityType.AWARD in {t for kinds in won.values() for t in kinds}


def test_a_figure_named_after_its_role_noun_is_a_character_even_untagged(
    nlp: Language,
) -> None:
    found = types(nlp, "The line spoken by the enforcer Brak near the end made me wince.")
    assert found["Brak"] == {EntityType.CHARACTER}


def test_a_nickname_the_text_gives_denotes_the_same_person(nlp: Language) -> None:
    text = "The film follows Tomas Varga, known as Tomi, a ferry pilot. Later Tomi leaves town."
    mentions = list(find_mentions(nlp(text)))
    named = {m.text: m.ref for m in mentions}
    assert named["Tomi"] == named["Tomas Varga"]
    # every surface form is kept
    assert [m.text for m in mentions].count("Tomi") == 2
    # "called" names someone only in an aside; as a verb it calls them something
    text = "Philippa Quaye called Noor Castellane superb. Anna Petrova, called Nyusha, laughs."
    named = {m.text: m.ref for m in find_mentions(nlp(text))}
    assert named["Noor Castellane"] != named["Philippa Quaye"]
    assert named["Nyusha"] == named["Anna Petrova"]


def test_real_life_relations_and_actors_after_a_fronted_clause_stay_people(
    nlp: Language,
) -> None:
    found = types(nlp, "After the gala, Ove Brask thanked his wife Ilse and his son Teo.")
    assert found["Ilse"] == {EntityType.PERSON}
    found = types(nlp, "Directed by Ines Carvalho, Tomas Reis stars as a ferry pilot.")
    # who "stars as" someone is not a film, whatever the tagger makes of the name
    assert EntityType.FILM not in found["Tomas Reis"]


def test_names_in_a_bracket_after_a_title_are_that_title(nlp: Language) -> None:
    text = (
        "The Quiet Coast (French: La Côte tranquille, also known as Calm Shores) is a 1961 "
        "French drama film directed by Anne Vidal."
    )
    mentions = list(find_mentions(nlp(text)))
    surfaces = {m.text: m.ref for m in mentions}
    film = surfaces["The Quiet Coast"]
    assert film.type is EntityType.FILM
    assert surfaces["La Côte tranquille"] == film
    assert surfaces["Calm Shores"] == film


def test_a_romanised_name_and_its_label_make_no_person(nlp: Language) -> None:
    text = (
        "Moon Harbour (Japanese: , Hepburn: Tsuki no Minato) is a 1994 Japanese animated "
        "film directed by Ken Aoyama."
    )
    found = types(nlp, text)
    assert found["Moon Harbour"] == {EntityType.FILM}
    assert "Hepburn" not in found
    assert "Tsuki no Minato" not in found


def test_a_title_opening_with_a_pronoun(nlp: Language) -> None:
    found = types(nlp, "We Sail at Dawn is a 2003 British war film directed by Ken Aoyama.")
    assert found["We Sail at Dawn"] == {EntityType.FILM}


def test_the_film_of_a_performance_even_when_read_as_a_place(nlp: Language) -> None:
    text = "For his performance in The Quiet Coast, Tom Hale was nominated for an award."
    assert types(nlp, text)["The Quiet Coast"] == {EntityType.FILM}
    assert types(nlp, "Her performance in New York was praised.")["New York"] == {EntityType.PLACE}


def test_other_names_after_a_comma_or_a_release_phrase_are_the_title(nlp: Language) -> None:
    for text, alias in (
        ("The Long Pier, also known as Pier Nine, is a 1999 drama film by Ann Vale.", "Pier Nine"),
        ("Night Coast (released in some countries as Dark Shore) is a 2001 film.", "Dark Shore"),
        (
            "Night Coast (also released as Dark Shore: Part One) is a 2001 film.",
            "Dark Shore: Part One",
        ),
    ):
        mentions = {m.text: m.ref for m in find_mentions(nlp(text))}
        assert mentions[alias].type is EntityType.FILM, text
        assert mentions[alias].name != alias, text


def test_a_performer_opening_a_sentence_and_the_film_they_star_in(nlp: Language) -> None:
    doc = nlp("Kwame Osei stars in Halcyon. Osei was nominated again.")
    statements = find_statements(doc, list(find_mentions(doc)))
    assert any(
        (s.subject.name, s.predicate, getattr(s.object, "name", None))
        == ("Halcyon", "castMember", "Kwame Osei")
        for s in statements
    )
    found = types(nlp, "Kwame Osei stars in Halcyon. Osei was nominated again.")
    assert found["Kwame Osei"] == {EntityType.PERSON}
    assert found["Halcyon"] == {EntityType.FILM}
    assert found["Osei"] == {EntityType.PERSON}


def test_a_genre_word_in_a_headline_is_not_a_title(nlp: Language) -> None:
    found = types(nlp, "BOX OFFICE: Korean Thriller 'Ghost Frequency' Surges\n\nIt opened well.")
    assert "Thriller" not in found
    assert "Korean Thriller" not in found


def test_a_name_before_an_apposition_calling_it_a_film(nlp: Language) -> None:
    found = types(nlp, "She loved Blue Coast, a 2019 drama about grief.")
    assert found["Blue Coast"] == {EntityType.FILM}
    found = types(nlp, "The film follows Tomas Varga, known as Tomi, a ferry pilot.")
    assert EntityType.FILM not in found.get("Tomi", set())


def test_commenters_user_names_and_the_films_maker_are_people(nlp: Language) -> None:
    text = (
        'Comments on "Review: Neon Hymns"\n\n'
        "marlowe_fan88 said:\nSaw it last night. Honestly Vasquez-Holt has never been better.\n\n"
        "KPetrakis said:\n@marlowe_fan88 agree about her but the film is a mess. Okonjo directed "
        "it like a music video. 2.5 stars at most.\n\n"
        "marlowe_fan88 said:\nGive me Okonjo's first one, Backwater Saints, any day.\n"
    )
    found = types(nlp, text)
    assert found["marlowe_fan88"] == {EntityType.PERSON}
    assert found["KPetrakis"] == {EntityType.PERSON}
    assert found.get("Okonjo", {EntityType.PERSON}) == {EntityType.PERSON}
    assert found["Backwater Saints"] == {EntityType.FILM}
    assert "2.5" not in found
    assert "Honestly Vasquez-Holt" not in found


def test_a_person_doing_what_films_do_not_is_not_a_title(nlp: Language) -> None:
    text = "Tomás Ibarro does not like airports. But Gonzalo Meza knew the road well."
    found = types(nlp, text)
    assert EntityType.FILM not in found.get("Tomás Ibarro", set())
    assert "But Gonzalo" not in found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Corvid Arc Studios' Salt Cathedral stayed on top of the chart.", "Salt Cathedral"),
        ("In second place was Thimblewick, the animated musical from Brightmoor.", "Thimblewick"),
        ("It competes with Solène Marchal's Les Nuits Blanches (France).", "Les Nuits Blanches"),
    ],
)
def test_titles_a_trade_report_or_line_up_introduces(nlp: Language, text: str, title: str) -> None:
    assert types(nlp, text)[title] == {EntityType.FILM}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ilse Varnholt has made the film of her career.", "Ilse Varnholt"),
        ("Much has been made of the ending.", "Much"),
        ("According to Tindra Films producer Marit Oyelaran, the shoot ran long.", "Tindra Films"),
        ("Set during the Gulf War, the film tells the story of two brothers.", "Gulf War"),
    ],
)
def test_what_a_sentence_does_with_a_film_does_not_make_a_title(
    nlp: Language, text: str, name: str
) -> None:
    assert EntityType.FILM not in types(nlp, text).get(name, set())


def test_a_second_name_after_a_bracket_of_names_is_an_alias(nlp: Language) -> None:
    text = (
        "The Mystery of the Glass Moon (Russian: Tayna stekla), aka The Secret of the Glass "
        "Moon is a 1981 Soviet animated film directed by Roman Kovalev."
    )
    mentions = list(find_mentions(nlp(text)))
    films = {m.ref.name for m in mentions if m.ref.type is EntityType.FILM}
    assert films == {"The Mystery of the Glass Moon"}
    assert any(m.text == "The Secret of the Glass Moon" for m in mentions)


def test_a_longer_name_ending_with_an_outlets_name_is_kept_whole(nlp: Language) -> None:
    found = types(nlp, "The film was distributed by 20th Century Fox. It aired on Fox.")
    assert found["20th Century Fox"] == {EntityType.ORGANIZATION}
    assert found["Fox"] == {EntityType.ORGANIZATION}


def test_a_makers_possessive_and_a_co_star_are_no_part_of_a_title(nlp: Language) -> None:
    text = (
        "His first screen role was as a shepherd in Esteban Marquez's The Plain of Dogs "
        "(1963). Castellon was most recently seen opposite Gideon Marsh in Paper Lanterns, "
        "Ines Calder's 2023 drama. Alice in Wonderland is a 1951 film."
    )
    films = {n for n, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert "The Plain of Dogs" in films
    assert "Paper Lanterns" in films
    assert "Alice in Wonderland" in films
    assert not any("Marquez" in f or "Gideon" in f for f in films)


def test_a_title_before_a_makers_description_keeps_its_inner_words(nlp: Language) -> None:
    text = (
        "SPLIT, Croatia — Ketevan Abashidze's Nine Parables of the Kiln, a patient Georgian "
        "drama about potters, won the main prize. The jury gave its Grand Jury Prize to The "
        "Salt Counters, Ignacio Funes's deadpan Chilean satire about a mining town."
    )
    films = {n for n, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert "Nine Parables of the Kiln" in films
    assert "The Salt Counters" in films
    assert not any("Prize" in f or "Abashidze" in f for f in films)


def test_a_company_name_goes_on_past_its_particles(nlp: Language) -> None:
    found = types(
        nlp,
        "It was acquired by Les Films de l'Aube and co-produced with Les Films du Goeland.",
    )
    assert found["Les Films de l'Aube"] == {EntityType.ORGANIZATION}
    assert found["Les Films du Goeland"] == {EntityType.ORGANIZATION}


def test_a_person_said_to_be_someones_relation_is_no_title(nlp: Language) -> None:
    text = (
        "Tin Harbour is a 2019 drama. Helena Marsh plays Vera Kessler, a shipping clerk. "
        "Dominic Ashby is her husband, Felix, and Lior Tabor plays Aurel Mandic, the smuggler."
    )
    films = {n for n, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert films == {"Tin Harbour"}


def test_punctuation_a_tokenised_text_set_apart_is_closed_up_in_names() -> None:
    assert normalise_name("Garfield : A Tail of Two Kittens") == "Garfield: A Tail of Two Kittens"
    assert normalise_name("Squatter 's Rights") == "Squatter's Rights"
    assert normalise_name("Good Night , Lisbon") == "Good Night, Lisbon"
    assert normalise_name("Paris, Texas") == "Paris, Texas"


def test_a_film_premiering_somewhere_is_a_film_whatever_the_tagger_says(nlp: Language) -> None:
    found = types(nlp, "Harbour Lights premiered at the Locarno Film Festival in August.")
    assert found["Harbour Lights"] == {EntityType.FILM}


def test_a_short_name_winning_an_acting_award_is_a_person(nlp: Language) -> None:
    found = types(nlp, "In France, Marta Quiroga won Best Actress.")
    assert found["Marta Quiroga"] == {EntityType.PERSON}


def test_a_clause_fronted_with_before_is_no_title(nlp: Language) -> None:
    text = (
        "Long before Copper Rain premiered at Cannes (where it won the Palme d'Or), "
        "Ines Vold had worked in theatre."
    )
    assert not any(name.startswith("Long") for name in types(nlp, text))


def test_a_title_opening_with_a_preposition_is_read_when_no_clause_follows(
    nlp: Language,
) -> None:
    text = "After Tobias is a one-off drama, first broadcast in Ireland on 26 December 2006."
    films = {n for n, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert films == {"After Tobias"}
    text = "After Copper Rain won the prize, its director left Lisbon."
    assert not any(n.startswith("After") for n in types(nlp, text))


def test_a_fronted_comparison_is_no_title(nlp: Language) -> None:
    found = types(nlp, "Unlike Brask, Oduya won Best Actress.")
    assert not any(EntityType.FILM in kinds for kinds in found.values())


def test_a_lower_case_article_is_no_part_of_a_name() -> None:
    assert normalise_name("an Adélie Penguin") == "Adélie Penguin"
    assert normalise_name("the Triangle Film Corporation") == "Triangle Film Corporation"


def test_a_name_described_as_someones_film_is_a_film(nlp: Language) -> None:
    found = types(nlp, "For me it was Mare Alta, Joana d'Almeida's musical about a fado singer.")
    assert found["Mare Alta"] == {EntityType.FILM}
    found = types(nlp, "I met Ana Lopes, Tom Hale's sister, in Lisbon.")
    assert EntityType.FILM not in found["Ana Lopes"]


def test_a_company_is_known_by_its_first_or_last_word_in_many_languages(nlp: Language) -> None:
    found = types(nlp, 'Maison Varel produced "Brine" with Tejo Filmes.')
    assert found["Maison Varel"] == {EntityType.ORGANIZATION}
    assert found["Tejo Filmes"] == {EntityType.ORGANIZATION}


def test_a_company_described_with_the_word_film_is_no_film(nlp: Language) -> None:
    text = (
        "Kettle Pictures announced a new drama, Meridian, directed by Tobias Lund. "
        "Kettle Pictures is an independent film and television production company."
    )
    found = types(nlp, text)
    assert found["Kettle Pictures"] == {EntityType.ORGANIZATION}
    assert found["Meridian"] == {EntityType.FILM}


def test_what_a_credit_clause_describes_is_a_film(nlp: Language) -> None:
    found = types(nlp, "Next up is Marienbad, directed by Jane Smith.")
    assert found["Marienbad"] == {EntityType.FILM}
    found = types(nlp, "It was produced by Blue Sky Studios, directed by Carlos Saldana.")
    assert EntityType.FILM not in found.get("Blue Sky Studios", set())


def test_a_transcripts_speakers_are_no_characters(nlp: Language) -> None:
    text = (
        "MAYA: Hello and welcome. I'm Maya.\n\nDEV: First up is Copper Rain, directed by Ana "
        "Lopes.\n\nMAYA: It's set in a desert, Maya, I know.\n\nDEV: Right, Maya."
    )
    found = types(nlp, text)
    assert EntityType.CHARACTER not in found.get("Maya", set())


def test_a_subtitle_keeps_its_main_title_before_the_colon(nlp: Language) -> None:
    text = (
        "Kettle Pictures announced that filming will begin on Meridian: The Last Cartographer, "
        "a historical adventure drama directed by Tobias Lund."
    )
    films = {n for n, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert "Meridian: The Last Cartographer" in films
    text = "Out of an Old Head (Swedish: I huvet på en gubbe) is a 1968 Swedish comedy."
    assert not any(n.startswith("Swedish") for n in types(nlp, text))


@pytest.mark.model
def test_a_section_heading_and_a_process_noun_are_no_titles(nlp: Language) -> None:
    text = (
        "The festival opens with Tin Crown. Rounding out the competition are six films.\n\n"
        "COMPETITION\n\n"
        '- "Burning Almanac" (Greece), starring Nikos Andrianos\n\n'
        "Production is set to begin in March."
    )
    found = types(nlp, text)
    assert "Competition" not in found
    assert "Production" not in found


def test_people_described_or_coordinated_before_a_verb_are_no_title(nlp: Language) -> None:
    text = (
        "The Glass Orchard is a 2014 thriller. Daniel Achterhuis, the Dutch director who shot "
        "the 2018 drama on Terschelling, told me he had scheduled three takes. Tomasz Brzek "
        "and Yuki Harasawa co-starred as the colleagues she stops trusting."
    )
    films = {name for name, kinds in types(nlp, text).items() if EntityType.FILM in kinds}
    assert films == {"The Glass Orchard"}


def test_a_maker_s_title_may_hold_a_possessive_and_a_season(nlp: Language) -> None:
    found = types(
        nlp,
        "Beatriz Salvatierra's The Cartographer's Winter, which premiered in 2024, follows a "
        "Soviet mapmaker through the spring of 1953.",
    )
    assert found["The Cartographer's Winter"] == {EntityType.FILM}


def test_a_name_opening_with_in_before_a_role_is_no_person(nlp: Language) -> None:
    # "Rowena Fairclough, the Scottish filmmaker" is a person in apposition; "In X, an
    # unnamed narrator wanders" names a work or a place, and the role is the clause's subject
    found = types(nlp, "In Northern Ark, an unnamed narrator wanders through a palace at night.")
    assert EntityType.PERSON not in found.get("Northern Ark", set())
    found = types(nlp, "Rowena Fairclough, the Scottish filmmaker, died on Tuesday.")
    assert found["Rowena Fairclough"] == {EntityType.PERSON}


def test_a_person_in_a_zero_relative_clause_after_a_film_noun_is_no_title(nlp: Language) -> None:
    found = types(
        nlp,
        "Noor Halabi has joined Red Ferry, the Western thriller Sunniva Tveit is set to direct.",
    )
    assert EntityType.FILM not in found.get("Sunniva Tveit", set())


def test_a_place_ending_a_description_before_a_credit_is_no_title(nlp: Language) -> None:
    text = "Paper Passports (2005). A comedy about a forger in Marseille, starring Karim Belhadj."
    found = types(nlp, text)
    assert EntityType.FILM not in found.get("Marseille", set())


def test_titles_with_foreign_function_words_and_inner_possessives(nlp: Language) -> None:
    found = types(
        nlp,
        "She photographed Raúl Etxe's Spanish-language drama Los Hijos del Norte (1985). "
        "She was nominated for her work on Etxe's later film, The Pear Keeper's Wife (1993).",
    )
    assert found.get("Los Hijos del Norte") == {EntityType.FILM}
    assert found.get("The Pear Keeper's Wife") == {EntityType.FILM}
    assert "Norte" not in found and "Wife" not in found


def test_a_headline_s_trade_is_no_name_and_a_described_name_is_a_person(nlp: Language) -> None:
    found = types(
        nlp,
        "Ines Varga, Cinematographer, Dies at 82\n\n"
        "Ines Varga, a Swedish cinematographer, has died. Her first credit as director of "
        "photography came on THE SALT PANE (1968).",
    )
    assert found.get("Ines Varga") == {EntityType.PERSON}
    assert "Cinematographer" not in found


def test_what_a_maker_s_possessive_premieres_is_a_film(nlp: Language) -> None:
    found = types(
        nlp,
        "Kenji Albers's Hollow Crown of Rain had its world premiere in the Grand Palace last "
        "night.",
    )
    assert found.get("Hollow Crown of Rain") == {EntityType.FILM}


def test_a_plot_sentence_opening_with_a_rank_and_a_name_names_a_character(nlp: Language) -> None:
    found = types(
        nlp,
        "The Salt Surveyor is a 2019 drama film. In 1887 a surveyor is sent to map a lagoon. "
        "Brother Anselmo, who keeps the monastery's archive of older maps, shows him that "
        "every previous survey contradicts the last.",
    )
    assert EntityType.FILM not in found.get("Brother Anselmo", set())


@pytest.mark.model
def test_a_fan_s_initials_name_the_film_they_abbreviate(nlp: Language) -> None:
    text = (
        "my ranking:\n\n1. Saint Jude's Rain (2009)\n2. The Orchard Mice (2003)\n\n"
        "SJR is set in new orleans btw. also TOM (2002) doesn't get enough love. "
        "the UK cut is longer."
    )
    doc = nlp(text)
    found = {(m.text, m.ref.name) for m in find_mentions(doc) if m.ref.type is EntityType.FILM}
    assert ("SJR", "Saint Jude's Rain") in found
    assert ("TOM", "The Orchard Mice") in found
    assert not any(t == "UK" for t, _ in found)


@pytest.mark.model
def test_a_person_named_by_trade_before_stars_is_no_title(nlp: Language) -> None:
    doc = nlp(
        "Hollow Ground (2024) is a horror film. Made for just $1.2 million, the word-of-mouth "
        "hit from director Peter Vasko stars Greta Olund and Marcus Faye."
    )
    films = {m.text for m in find_mentions(doc) if m.ref.type is EntityType.FILM}
    assert "Peter Vasko" not in films


@pytest.mark.model
def test_a_magazine_s_masthead_over_its_issue_line_is_no_article_s_film(nlp: Language) -> None:
    text = (
        "THE MATINEE\n"
        "Issue 215 · December 2025 · Letters\n\n"
        "YOUR LETTERS\n"
        "Letters may be edited for length.\n\n"
        "Your review of Grey Wolf Run (1996) says it cost £3 million.\n"
    )
    assert EntityType.FILM not in types(nlp, text).get("The Matinee", set())
    assert EntityType.FILM not in types(nlp, text).get("THE MATINEE", set())


@pytest.mark.model
def test_a_title_in_single_quotes_after_its_genre_noun(nlp: Language) -> None:
    found = types(nlp, "Lighthouse drama 'Grey Tide' takes the top prize; Okafor named best actor")
    assert EntityType.FILM in found["Grey Tide"]


def test_titles_in_sentence_case_in_other_languages(nlp: Language) -> None:
    found = types(
        nlp,
        "VIGO – Iria Lamas's La casa do vento, a coastal drama, opens tonight. "
        "Els vells amics, Pere Sunyer-Vall's first comedy, follows in May. "
        "Her debut was in Tomáš Hruška's Cesta z Brna (1979). "
        "Later came Ivo Zeman's comedy Dům s věží (1984).",
    )
    for title in ("La casa do vento", "Els vells amics", "Cesta z Brna", "Dům s věží"):
        assert found.get(title) == {EntityType.FILM}, title
    for fragment in ("La", "Brna", "věží", "Tomáš Hruška's Cesta"):
        assert EntityType.FILM not in found.get(fragment, set()), fragment


def test_english_prose_in_sentence_case_is_no_title(nlp: Language) -> None:
    found = types(
        nlp,
        "Marta sat down, a rare moment of calm in the drama. "
        "La Paz was quiet, a city film crews love.",
    )
    assert "Marta sat down" not in found
    assert "La Paz was quiet" not in found


def test_a_reference_book_headword_and_a_quoted_speaker_are_people(nlp: Language) -> None:
    found = types(
        nlp,
        "KOVÁŘOVÁ, Ilona (1958– )\nCzech actress, born in Plzeň.\n\n"
        'Pieter van Oost: "I cut films the way my father cut hedges"\n'
        "The editor talks about twenty years of work.",
    )
    assert found.get("Ilona Kovářová") == {EntityType.PERSON}
    assert found.get("Pieter van Oost") == {EntityType.PERSON}


def test_a_title_cut_at_a_word_in_another_language_is_made_whole(nlp: Language) -> None:
    found = types(
        nlp,
        "She was nominated for Best Supporting Actress for Holubová's Tichý dvůr (2014).",
    )
    assert found.get("Tichý dvůr") == {EntityType.FILM}
    assert "Holubová's Tichý" not in found
