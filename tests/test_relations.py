"""Relation rules: one phrasing each, sentences written for the case they test."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from anoragraph.nlp.entities import find_mentions
from anoragraph.nlp.relations import find_statements, parse_date, parse_money
from anoragraph.records import (
    Date,
    EntityRef,
    EntityType,
    Money,
    Rating,
    Statement,
    Text,
    Value,
    Year,
)


def facts(nlp: Language, text: str) -> list[Statement]:
    doc = nlp(text)
    return list(find_statements(doc, list(find_mentions(doc))))


def triples(nlp: Language, text: str) -> set[tuple[str, str, object]]:
    out: set[tuple[str, str, object]] = set()
    for st in facts(nlp, text):
        obj: Value | str = st.object.name if isinstance(st.object, EntityRef) else st.object
        out.add((st.subject.name, st.predicate, obj))
    return out


def test_dates_in_either_order_and_years() -> None:
    assert parse_date("March 7, 2006") == Date(2006, 3, 7)
    assert parse_date("7 March 2006") == Date(2006, 3, 7)
    assert parse_date("December 7 , 2013") == Date(2013, 12, 7)
    assert parse_date("in 1994") == Year(1994)
    assert parse_date("last spring") is None


def test_budgets_become_amounts_with_currency() -> None:
    assert parse_money("$30 million") == Money(Decimal("30000000"), "USD")
    assert parse_money("£504,000") == Money(Decimal("504000"), "GBP")
    assert parse_money("a modest sum") is None
    assert parse_money("about €6 million") == Money(Decimal("6000000"), "EUR", approximate=True)
    assert parse_money("north of $210 million").approximate
    assert not parse_money("€6.1 million").approximate


@pytest.mark.model
def test_passive_participles_shared_by_and(nlp: Language) -> None:
    found = triples(nlp, "Iron Meadow was written and directed by Piet Solberg.")
    assert ("Iron Meadow", "director", "Piet Solberg") in found
    assert ("Iron Meadow", "screenwriter", "Piet Solberg") in found


@pytest.mark.model
def test_appositive_participle_and_release_date(nlp: Language) -> None:
    found = triples(nlp, "Iron Meadow, directed by Piet Solberg, was released on 3 March 2011.")
    assert ("Iron Meadow", "director", "Piet Solberg") in found
    assert ("Iron Meadow", "publicationDate", Date(2011, 3, 3)) in found


@pytest.mark.model
def test_description_gives_year_country_genre_and_company(nlp: Language) -> None:
    found = triples(
        nlp, "Walnut Comet is a 2014 Danish comedy horror film produced by Pellet Pictures."
    )
    assert ("Walnut Comet", "publicationDate", Year(2014)) in found
    assert ("Walnut Comet", "countryOfOrigin", "Denmark") in found
    # the compound genre, not its parts
    assert ("Walnut Comet", "genre", "comedy horror") in found
    assert ("Walnut Comet", "genre", "horror film") not in found
    assert ("Walnut Comet", "productionCompany", "Pellet Pictures") in found


@pytest.mark.model
def test_actor_as_character_gives_cast_character_and_portrayal(nlp: Language) -> None:
    statements = facts(nlp, "Harbor Lights is a 2009 drama film starring Nell Ashby as Mara Quint.")
    found = {(s.subject.name, s.predicate, getattr(s.object, "name", None)) for s in statements}
    assert ("Harbor Lights", "castMember", "Nell Ashby") in found
    assert ("Harbor Lights", "character", "Mara Quint") in found
    portrayal = next(s for s in statements if s.predicate == "portrayedBy")
    assert portrayal.subject == EntityRef(EntityType.CHARACTER, "Mara Quint")
    assert ("inFilm", EntityRef(EntityType.FILM, "Harbor Lights")) in portrayal.qualifiers


@pytest.mark.model
def test_award_with_ceremony_qualifier_and_rule_provenance(nlp: Language) -> None:
    statements = facts(nlp, "Harrow Lane won Best Picture at the 90th Academy Awards.")
    won = next(s for s in statements if s.predicate == "awardReceived")
    assert won.object == EntityRef(EntityType.AWARD, "Academy Award for Best Picture")
    assert ("ceremony", EntityRef(EntityType.CEREMONY, "90th Academy Awards")) in won.qualifiers
    assert won.rule == "award:won"
    assert 0 < won.confidence <= 1


@pytest.mark.model
def test_award_winning_adjective(nlp: Language) -> None:
    found = triples(nlp, "The Palme d'Or-winning Glass Orchard opens in May.")
    assert ("Glass Orchard", "awardReceived", "Palme d'Or") in found


@pytest.mark.model
def test_nomination_is_not_a_win(nlp: Language) -> None:
    found = triples(
        nlp,
        "Salt Roads is a 2004 thriller that was nominated for the Academy Award for Best Sound.",
    )
    assert ("Salt Roads", "nominatedFor", "Academy Award for Best Sound") in found
    assert not any(p == "awardReceived" for _, p, _ in found)


@pytest.mark.model
def test_based_on_a_novel_keeps_author_out_of_the_title(nlp: Language) -> None:
    found = triples(
        nlp,
        "Salt Roads is a 2004 Norwegian thriller based on the novel The Long Ferry by Ada Holm.",
    )
    assert ("Salt Roads", "basedOn", "The Long Ferry") in found
    assert ("The Long Ferry", "author", "Ada Holm") in found


@pytest.mark.model
def test_possessive_director_and_filming_location(nlp: Language) -> None:
    found = triples(nlp, "Dalia Renn's 2016 film Paper Lanterns was shot in Lisbon.")
    assert ("Paper Lanterns", "director", "Dalia Renn") in found
    assert ("Paper Lanterns", "filmingLocation", "Lisbon") in found
    assert ("Paper Lanterns", "narrativeLocation", "Lisbon") not in found


@pytest.mark.model
def test_the_film_refers_back_to_the_only_film_of_the_text(nlp: Language) -> None:
    found = triples(
        nlp, "Corin is a 2019 comedy directed by Ilse Varga. The film is set in Tallinn."
    )
    assert ("Corin", "narrativeLocation", "Tallinn") in found


@pytest.mark.model
def test_the_film_without_an_antecedent_yields_nothing(nlp: Language) -> None:
    assert not any(
        st.predicate == "narrativeLocation" for st in facts(nlp, "The film is set in Tallinn.")
    )


@pytest.mark.model
def test_title_with_a_comma_and_a_parenthesis_before_the_copula(nlp: Language) -> None:
    found = triples(
        nlp, "Rain, Then Snow (Spanish: Lluvia) is a 2004 drama directed by Ines Kraal."
    )
    assert ("Rain, Then Snow", "director", "Ines Kraal") in found


@pytest.mark.model
def test_a_film_named_only_in_a_possessive_is_the_sentence_film(nlp: Language) -> None:
    found = triples(nlp, "Much of The Long Quiet's story is set in Galway.")
    assert ("The Long Quiet", "narrativeLocation", "Galway") in found


@pytest.mark.model
def test_trigger_list_fallback_reads_every_name(nlp: Language) -> None:
    found = triples(nlp, "The Glass Orchard was shot in Lisbon, Porto and Faro.")
    for city in ("Lisbon", "Porto", "Faro"):
        assert ("The Glass Orchard", "filmingLocation", city) in found
    # a name that owns what follows opens a new phrase, not the list
    text = "Cold Street was shot in Salford and Lagos, and Ruth Adebayo's script is funny."
    found = triples(nlp, text)
    assert ("Cold Street", "filmingLocation", "Lagos") in found
    assert not any(o == "Ruth Adebayo" and r == "filmingLocation" for _, r, o in found)


@pytest.mark.model
def test_award_list_after_a_win_verb_shares_the_ceremony(nlp: Language) -> None:
    found = facts(
        nlp,
        "At the 2019 Academy Awards, Dune Runner won Best Director, Best Original Score, "
        "and Best Sound.",
    )
    won = {
        s.object.name
        for s in found
        if s.predicate == "awardReceived" and isinstance(s.object, EntityRef)
    }
    assert won == {
        "Academy Award for Best Director",
        "Academy Award for Best Original Score",
        "Academy Award for Best Sound",
    }
    assert all(
        dict(s.qualifiers).get("year") == Year(2019)
        for s in found
        if s.predicate == "awardReceived"
    )


@pytest.mark.model
def test_his_work_title_is_a_film_directed_by_the_previous_subject(nlp: Language) -> None:
    found = triples(
        nlp,
        "Tomas Velde has always worked on tiny budgets. Back then, his early work Salt Harbor "
        "used borrowed cameras.",
    )
    assert ("Salt Harbor", "director", "Tomas Velde") in found


def test_no_break_spaces_inside_a_date() -> None:
    assert parse_date("September\u00a024,\u00a02007") == Date(2007, 9, 24)
    assert parse_date("September\u00c2\u00a024, 2007") == Date(2007, 9, 24)


@pytest.mark.model
def test_countries_before_a_co_production_are_countries_of_origin(nlp: Language) -> None:
    found = triples(nlp, "Silver Harbor was a Canada/UK co-production.")
    assert ("Silver Harbor", "countryOfOrigin", "Canada") in found
    assert ("Silver Harbor", "countryOfOrigin", "United Kingdom") in found


@pytest.mark.model
def test_a_country_based_maker_gives_the_country(nlp: Language) -> None:
    found = triples(
        nlp, "Silver Harbor is a 2001 documentary made by Norway-based producer Tom Reed."
    )
    assert ("Silver Harbor", "countryOfOrigin", "Norway") in found


@pytest.mark.model
def test_an_award_category_ends_before_the_work_it_was_won_for(nlp: Language) -> None:
    found = triples(nlp, "Dana Lowe won the Academy Award for Best Actor for Red Meadow.")
    assert ("Dana Lowe", "awardReceived", "Academy Award for Best Actor") in found
    assert ("Red Meadow", "awardReceived", "Academy Award for Best Actor") in found


@pytest.mark.model
def test_coordinated_prepositions_share_the_filming_verb(nlp: Language) -> None:
    found = triples(nlp, "The Long Winter is filmed in and around the town of Brigg and in Leeds.")
    assert ("The Long Winter", "filmingLocation", "Brigg") in found
    assert ("The Long Winter", "filmingLocation", "Leeds") in found


@pytest.mark.model
def test_a_release_date_hanging_on_the_broadcaster(nlp: Language) -> None:
    text = "Cold Harbor Lights is a sitcom pilot that aired on NBC as a special on August 27, 1987."
    found = triples(nlp, text)
    assert ("Cold Harbor Lights", "publicationDate", Date(1987, 8, 27)) in found


@pytest.mark.model
def test_gerund_after_about_is_the_subject(nlp: Language) -> None:
    text = "Riding the Swell is a 2011 documentary about surfing directed by Tom Hale."
    assert ("Riding the Swell", "mainSubject", "surfing") in triples(nlp, text)


@pytest.mark.model
def test_satire_verb_names_each_coordinated_subject(nlp: Language) -> None:
    found = triples(nlp, "The Paper Kite satirises the arms race and politics.")
    assert ("The Paper Kite", "mainSubject", "arms race") in found
    assert ("The Paper Kite", "mainSubject", "politics") in found


@pytest.mark.model
def test_story_of_names_the_event_not_the_story(nlp: Language) -> None:
    found = triples(nlp, "The Long Field tells the story of a farmer during the Crimean War.")
    assert ("The Long Field", "mainSubject", "Crimean War") in found
    assert not any(obj == "story" for _, _, obj in found)


@pytest.mark.model
def test_place_inside_the_story_is_the_setting(nlp: Language) -> None:
    text = "Red Sky tells the story of a gang committing robberies throughout Madrid."
    found = triples(nlp, text)
    assert ("Red Sky", "narrativeLocation", "Madrid") in found
    assert not any(rel == "filmingLocation" for _, rel, _ in found)


@pytest.mark.model
def test_copula_about_gives_setting_of_the_plot(nlp: Language) -> None:
    found = triples(nlp, "The Quiet Pier is about a woman who moves to Boston.")
    assert ("The Quiet Pier", "narrativeLocation", "Boston") in found


@pytest.mark.model
def test_set_during_an_event_is_the_subject(nlp: Language) -> None:
    text = "Iron Dust is a 1969 Italian Western film set during the Mexican Revolution."
    found = triples(nlp, text)
    assert ("Iron Dust", "mainSubject", "Mexican Revolution") in found
    assert not any(rel == "narrativeLocation" for _, rel, _ in found)


@pytest.mark.model
def test_place_named_by_possessive_in_setting(nlp: Language) -> None:
    text = "Blue Dogs is a 1986 Australian film set in Lisbon's punk music scene."
    assert ("Blue Dogs", "narrativeLocation", "Lisbon") in triples(nlp, text)


@pytest.mark.model
def test_a_film_directed_for_a_studio_names_its_production_company(nlp: Language) -> None:
    found = triples(
        nlp, "Harbour Bells is a 1958 comedy directed by Tom Ashby for Kestrel Studios."
    )
    assert ("Harbour Bells", "productionCompany", "Kestrel Studios") in found
    assert ("Harbour Bells", "director", "Tom Ashby") in found


@pytest.mark.model
def test_a_short_from_a_studio_names_its_production_company(nlp: Language) -> None:
    found = triples(nlp, "Pebble Run is an animated short film from Marrow Pictures.")
    assert ("Pebble Run", "productionCompany", "Marrow Pictures") in found


@pytest.mark.model
def test_documentary_and_animated_film_are_genres_as_wikidata_records_them(nlp: Language) -> None:
    found = triples(nlp, "Pebble Run is an animated short film from Marrow Pictures.")
    assert ("Pebble Run", "genre", "animated film") in found
    found = triples(nlp, "Salt Psalms is a 2019 Estonian documentary about the last herring boats.")
    assert ("Salt Psalms", "genre", "documentary film") in found
    # a kind of work that is no genre still gives none
    found = triples(nlp, "Pebble Run is a short film from Marrow Pictures.")
    assert not {t for t in found if t[1] == "genre"}


@pytest.mark.model
def test_a_collaboration_between_a_director_and_a_studio(nlp: Language) -> None:
    found = triples(
        nlp, "Tin Orchard marks the fourth collaboration between Vera Holm and Ostrava Films."
    )
    assert ("Tin Orchard", "productionCompany", "Ostrava Films") in found
    assert all(p != "productionCompany" or o != "Vera Holm" for _, p, o in found)


@pytest.mark.model
def test_a_generic_people_noun_is_not_a_main_subject(nlp: Language) -> None:
    found = triples(nlp, "Lantern Hill is a film about a woman who restores an old lighthouse.")
    assert not any(p == "mainSubject" for _, p, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Set in Lisbon, Harbour of Glass follows a ferry pilot who loses his licence.",
            ("Harbour of Glass", "narrativeLocation", "Lisbon"),
        ),
        (
            "Shot in Tromsø and Bergen, The Winter Ledger is a thriller about a lost accountant.",
            ("The Winter Ledger", "filmingLocation", "Tromsø"),
        ),
        (
            "Directed by Ines Carvalho, Harbour of Glass stars Tomas Reis as the pilot.",
            ("Harbour of Glass", "director", "Ines Carvalho"),
        ),
    ],
)
def test_fronted_participle_names_the_film_after_the_comma(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # the title after "Set in X," / "Directed by Y," is a film whatever the tagger calls it
    assert expected in triples(nlp, text)


@pytest.mark.model
def test_unnamed_part_played_by_an_actor_puts_the_actor_in_the_cast(nlp: Language) -> None:
    found = triples(
        nlp,
        "Harbour of Glass is a 2019 drama film. Harbour of Glass follows a pilot who falls "
        "for a reclusive violin teacher (played by newcomer Dara Quill).",
    )
    assert ("Harbour of Glass", "castMember", "Dara Quill") in found
    # no character node is made up for an unnamed part
    assert not any(p == "portrayedBy" for _, p, _ in found)


@pytest.mark.model
def test_a_list_of_actor_as_character_pairs_keeps_characters_out_of_the_cast(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Lantern Street stars Ola Brenner as Inspector Vale, Mira Tosh as Dr Ada Lund, "
        "and Piet Korr as Simon Hale.",
    )
    for actor in ("Ola Brenner", "Mira Tosh", "Piet Korr"):
        assert ("Lantern Street", "castMember", actor) in found
    assert ("Simon Hale", "portrayedBy", "Piet Korr") in found
    # a title before the name is no part of it
    assert ("Lantern Street", "character", "Ada Lund") in found
    cast = {o for _, p, o in found if p == "castMember"}
    assert not cast & {"Inspector Vale", "Ada Lund", "Simon Hale"}


@pytest.mark.model
def test_voices_of_a_name_the_tagger_misreads_is_still_an_actor(nlp: Language) -> None:
    found = triples(
        nlp, "Paper Moons is a 1951 cartoon that features the voices of Quill Harbor as Pip."
    )
    assert ("Pip", "portrayedBy", "Quill Harbor") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "work"),
    [
        # the author after "by" is not part of the title
        (
            "Grey Orchard is a 1961 drama film based on the novel Salt Winter by Edda Marlow.",
            "Salt Winter",
        ),
        # a title the tagger reads as a person's name, right after its work noun
        ("Grey Orchard is loosely based upon Edda Marlow's 1890 novel Perpetua.", "Perpetua"),
        # a bracketed alternative title is not part of the name
        (
            "Grey Orchard is based on The Lamp Keeper (The Keeper of Lamps), a fairy tale.",
            "The Lamp Keeper",
        ),
    ],
)
def test_based_on_names_the_work_alone(nlp: Language, text: str, work: str) -> None:
    based = {o for s, p, o in triples(nlp, text) if p == "basedOn" and s == "Grey Orchard"}
    assert based == {work}


@pytest.mark.model
def test_a_co_production_between_countries_gives_each_country(nlp: Language) -> None:
    found = triples(
        nlp, "Grey Orchard is a co-production between the United Kingdom, Ireland and Norway."
    )
    countries = {o for _, p, o in found if p == "countryOfOrigin"}
    assert countries == {"United Kingdom", "Ireland", "Norway"}


@pytest.mark.model
def test_descriptors_before_listed_actors_do_not_end_the_list(nlp: Language) -> None:
    found = triples(
        nlp,
        "Night Ferry is a 1951 film serial starring newcomer Ola Brenner as Tam, and stage "
        "veteran Piet Korr as the captain.",
    )
    assert ("Tam", "portrayedBy", "Ola Brenner") in found
    assert ("Night Ferry", "castMember", "Piet Korr") in found


@pytest.mark.model
def test_a_fronted_participle_clause_is_not_part_of_a_title(nlp: Language) -> None:
    found = triples(nlp, "Promoted by Ines Carvalho, Harbour of Glass stars Tomas Reis.")
    assert not any("Promoted" in s for s, _, _ in found)


@pytest.mark.model
def test_ratings_on_platforms_and_budgets_in_words(nlp: Language) -> None:
    found = facts(
        nlp,
        "Salt Winter is a 2020 drama film. Salt Winter earned a modest 6.6 on Douban and a 92% "
        "approval rating on Rotten Tomatoes. Salt Winter only cost 2 million euros.",
    )
    ratings = {
        (st.object.value, st.object.best, st.object.source.name)
        for st in found
        if st.predicate == "rating" and isinstance(st.object, Rating) and st.object.source
    }
    assert ratings == {
        (Decimal("6.6"), Decimal(10), "Douban"),
        (Decimal(92), Decimal(100), "Rotten Tomatoes"),
    }
    assert any(
        st.predicate == "cost" and st.object == Money(Decimal(2000000), "EUR") for st in found
    )


@pytest.mark.model
def test_categories_swept_at_a_ceremony_and_a_prize_won_by_two(nlp: Language) -> None:
    found = triples(
        nlp,
        "Salt Winter is a 2020 drama film. A day after Salt Winter swept several categories at "
        "the Oscars, its director thanked the crew. Ola Brenner and Piet Korr won the Palme "
        "d'Or in 2019.",
    )
    assert ("Salt Winter", "awardReceived", "Academy Award") in found
    assert ("Ola Brenner", "awardReceived", "Palme d'Or") in found
    assert ("Piet Korr", "awardReceived", "Palme d'Or") in found


@pytest.mark.model
def test_a_character_belongs_to_the_film_named_just_before(nlp: Language) -> None:
    found = triples(
        nlp,
        "Salt Winter is a 2020 drama film. Salt Winter was a hit. Her best-known work is "
        "Harbour Lights. But even with this film, few viewers warm to Teodor, the youngest son "
        "of a ferry captain.",
    )
    assert ("Harbour Lights", "character", "Teodor") in found
    assert ("Salt Winter", "character", "Teodor") not in found


@pytest.mark.model
def test_each_award_of_a_list_keeps_its_own_ceremony(nlp: Language) -> None:
    found = facts(
        nlp,
        "Paper Moons won several prizes, including the Golden Bear at the 70th Berlin "
        "International Film Festival and the Academy Award for Best Animated Short Film at the "
        "81st Academy Awards.",
    )
    wins = {
        st.object.name: {
            v.name for n, v in st.qualifiers if n == "ceremony" and isinstance(v, EntityRef)
        }
        for st in found
        if st.predicate == "awardReceived" and isinstance(st.object, EntityRef)
    }
    assert wins["Academy Award for Best Animated Short Film"] == {"81st Academy Awards"}
    assert wins["Golden Bear"] == {"70th Berlin International Film Festival"}
    for name, ceremonies in wins.items():
        assert len(ceremonies) <= 1, name


@pytest.mark.model
def test_a_review_s_facts_in_its_own_phrasings(nlp: Language) -> None:
    found = triples(
        nlp,
        '"Salt Winter" is a drama. Ines Duarte\'s third feature, Salt Winter, premiered in '
        "Venice. The Danish-Norwegian co-production stars Ola Brenner as Tam, a fisherman, and "
        "newcomer Mira Tosh as his estranged daughter Runa. Duarte, who also wrote the "
        "screenplay, shot it in winter. Piet Korr composed the score for Salt Winter.",
    )
    assert ("Salt Winter", "director", "Ines Duarte") in found
    assert ("Salt Winter", "countryOfOrigin", "Denmark") in found
    assert ("Salt Winter", "countryOfOrigin", "Norway") in found
    assert ("Runa", "portrayedBy", "Mira Tosh") in found
    assert ("Salt Winter", "screenwriter", "Duarte") in found
    assert ("Salt Winter", "composer", "Piet Korr") in found


@pytest.mark.model
def test_a_score_written_as_one_token_is_a_rating(nlp: Language) -> None:
    found = facts(nlp, "Salt Winter is a 2020 drama film. It holds an 8.1/10 on IMDb.")
    assert any(
        st.predicate == "rating"
        and isinstance(st.object, Rating)
        and (st.object.value, st.object.best) == (Decimal("8.1"), Decimal(10))
        for st in found
    )


@pytest.mark.model
def test_news_copy_dateline_age_and_an_unnamed_part(nlp: Language) -> None:
    found = triples(
        nlp,
        'Oslo, 24 February 2025 (Reuters) - The Danish drama "Salt and Ash", directed by Freja '
        "Holm, won the Golden Bear on Saturday. Holm, 41, accepted the award alongside Magnus "
        "Dahl, who plays a lighthouse keeper in the film. Magnus Dahl also plays the piano.",
    )
    subjects = {s for s, _, _ in found}
    assert not any("2025" in s or "41" in s for s in subjects)
    assert ("Salt and Ash", "awardReceived", "Golden Bear") in found
    assert ("Salt and Ash", "castMember", "Magnus Dahl") in found
    assert not any(o == "piano" for _, _, o in found)


@pytest.mark.model
def test_the_of_phrase_after_an_abstract_noun_is_the_subject(nlp: Language) -> None:
    text = (
        "The Long Winter is a 2004 drama that deals with the effects of the Korean War on farmers."
    )
    found = triples(nlp, text)
    assert ("The Long Winter", "mainSubject", "Korean War") in found
    assert not any(obj == "effects" for _, _, obj in found)


@pytest.mark.model
def test_which_after_a_director_refers_to_the_film(nlp: Language) -> None:
    text = (
        "Mara is a 2011 biographical film directed by Tom Hale which depicts the life of "
        "the painter Mara Vance."
    )
    found = triples(nlp, text)
    assert ("Mara", "mainSubject", "Mara Vance") in found
    assert not any(subj == "Tom Hale" for subj, _, _ in found)


@pytest.mark.model
def test_an_event_before_the_film_noun_is_the_subject(nlp: Language) -> None:
    text = "Paper Wings is a 1943 Canadian World War II propaganda film."
    assert ("Paper Wings", "mainSubject", "World War II") in triples(nlp, text)


@pytest.mark.model
def test_a_source_title_keeps_its_of_the_phrase(nlp: Language) -> None:
    text = "Night Harbour is an adaptation of the 1911 novel The Keeper of the Light by Ada Brent."
    found = triples(nlp, text)
    assert ("Night Harbour", "basedOn", "The Keeper of the Light") in found


@pytest.mark.model
def test_title_after_fronted_participles_the_parser_made_the_root(nlp: Language) -> None:
    text = (
        "Written by Ana Lima (based on a story by Lima and Joel Park) and directed by "
        "Tom Hale, Harbour Lights was first broadcast on March 29, 1968."
    )
    found = triples(nlp, text)
    assert ("Harbour Lights", "screenwriter", "Ana Lima") in found
    assert ("Harbour Lights", "director", "Tom Hale") in found


@pytest.mark.model
def test_title_after_coordinated_fronted_participles(nlp: Language) -> None:
    text = "Written and directed by Tom Hale, Harbour Lights premiered at the Venice Film Festival."
    found = triples(nlp, text)
    assert ("Harbour Lights", "screenwriter", "Tom Hale") in found
    assert ("Harbour Lights", "director", "Tom Hale") in found


@pytest.mark.model
def test_a_countrys_official_entry_is_from_that_country(nlp: Language) -> None:
    text = "Quiet Hours was Norway's official submission to the 90th Academy Awards."
    assert ("Quiet Hours", "countryOfOrigin", "Norway") in triples(nlp, text)


@pytest.mark.model
def test_a_studio_the_tagger_missed_or_read_as_a_place(nlp: Language) -> None:
    found = triples(nlp, "Harbour Lights was produced by Ana Lima for Dover Films in 1951.")
    assert ("Harbour Lights", "productionCompany", "Dover Films") in found
    text = (
        "The Lion of Kent is the first film that she directed for the Films Orion "
        "production company."
    )
    assert ("The Lion of Kent", "productionCompany", "Films Orion") in triples(nlp, text)


@pytest.mark.model
def test_a_title_after_a_fronted_setting_and_a_noun_tagged_verb(nlp: Language) -> None:
    text = (
        "Set in a crime-ridden Detroit, Michigan, in the near future, IronCop centers on "
        "a police officer."
    )
    assert ("IronCop", "narrativeLocation", "Detroit") in triples(nlp, text)


@pytest.mark.model
def test_a_film_noun_followed_by_its_title_names_that_film(nlp: Language) -> None:
    text = (
        "Paper Moon Lake was nominated for the Academy Award for Best Foreign Language Film, "
        "losing to the French Canadian (Quebec) film The Long Invasions."
    )
    found = triples(nlp, text)
    assert not any(s == "Paper Moon Lake" and r == "countryOfOrigin" for s, r, _ in found)


@pytest.mark.model
def test_a_named_star_of_a_cartoon_is_a_character(nlp: Language) -> None:
    found = triples(nlp, "Snow Chase is a 1941 Benny Beaver cartoon.")
    assert ("Snow Chase", "character", "Benny Beaver") in found
    assert not any(r in ("director", "productionCompany") for _, r, _ in found)


@pytest.mark.model
def test_the_person_behind_a_book_is_its_author_not_a_director(nlp: Language) -> None:
    found = triples(nlp, "Moon Harbour is a 1983 manga series by Ken Aoyama.")
    assert ("Moon Harbour", "author", "Ken Aoyama") in found
    assert not any(r == "director" for _, r, _ in found)


@pytest.mark.model
def test_a_title_before_a_role_noun_and_a_name(nlp: Language) -> None:
    found = triples(nlp, "Harbour Lights director Tom Hale said the film was personal.")
    assert ("Harbour Lights", "director", "Tom Hale") in found
    found = triples(nlp, "The Harbour Lights star Mara Lind thanked her family.")
    assert ("Harbour Lights", "castMember", "Mara Lind") in found


@pytest.mark.model
def test_a_role_noun_before_a_name_makes_no_title_of_an_organisation(nlp: Language) -> None:
    for text in (
        "Netflix director Tom Hale spoke.",
        "Festival director Tom Hale opened the event.",
    ):
        doc = nlp(text)
        assert not any(m.ref.type is EntityType.FILM for m in find_mentions(doc)), text


@pytest.mark.model
def test_the_films_maker_named_in_apposition(nlp: Language) -> None:
    text = "Harbour Lights is a 1951 drama. Its director, Tom Hale, was later fired."
    assert ("Harbour Lights", "director", "Tom Hale") in triples(nlp, text)
    text = "Harbour Lights is a 1951 drama. Tom Hale, the director of the film, was fired."
    assert ("Harbour Lights", "director", "Tom Hale") in triples(nlp, text)


@pytest.mark.model
def test_a_nationality_before_a_featured_name_is_not_a_name(nlp: Language) -> None:
    text = "Harbour Song is a music video featuring American singer Mara Lind."
    found = triples(nlp, text)
    assert not any(obj == "American" for _, _, obj in found)


@pytest.mark.model
def test_an_award_outside_the_vocabulary_keeps_its_category(nlp: Language) -> None:
    text = "Ana Lima won the Coastal State Film Award for Best Actor for Harbour Lights."
    found = triples(nlp, text)
    assert ("Ana Lima", "awardReceived", "Coastal State Film Award for Best Actor") in found


@pytest.mark.model
def test_a_date_aired_after_the_creator_is_the_films(nlp: Language) -> None:
    text = (
        "The Quiet Pier is an American sitcom pilot created by Tom Hale, that aired on NBC "
        "as a special on August 27, 1987."
    )
    found = triples(nlp, text)
    assert ("The Quiet Pier", "publicationDate", Date(1987, 8, 27)) in found


@pytest.mark.model
def test_based_on_a_part_of_a_work_is_based_on_the_work(nlp: Language) -> None:
    text = (
        "Born of Ash is a 2009 fan film based on the appendices of Ann Vale's "
        "The Lord of the Tides."
    )
    found = triples(nlp, text)
    assert ("Born of Ash", "basedOn", "The Lord of the Tides") in found
    assert ("Born of Ash", "publicationDate", Year(2009)) in found
    assert not any(subj == "2009" for subj, _, _ in found)


@pytest.mark.model
def test_a_list_of_prizes_hung_on_the_win_verb(nlp: Language) -> None:
    text = (
        "Paper Kites, the debut feature from Chilean director Tomas Ferro, won five prizes "
        "at the 12th Golden Harbour Awards on Sunday night, including Best Film and Best "
        "Director."
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "director", "Tomas Ferro") in found
    assert ("Paper Kites", "awardReceived", "Best Film") in found
    assert ("Paper Kites", "awardReceived", "Best Director") in found


@pytest.mark.model
def test_named_best_actress_for_her_role_as_a_character(nlp: Language) -> None:
    text = (
        "Paper Kites is a 2024 drama. The drama follows a street vendor (Lucia Prado) who "
        "takes in an orphan. Prado, 34, was named Best Actress for her role as Dona Celia."
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "castMember", "Lucia Prado") in found
    assert ("Dona Celia", "portrayedBy", "Prado") in found
    assert ("Prado", "awardReceived", "Best Actress") in found
    assert ("Paper Kites", "awardReceived", "Best Actress") in found


@pytest.mark.model
def test_a_co_writer_and_the_partner_named_with_them(nlp: Language) -> None:
    text = "The Night Ferry is a 2023 drama. Anna Kowal co-wrote the script with her brother Marek."
    found = triples(nlp, text)
    assert ("The Night Ferry", "screenwriter", "Anna Kowal") in found
    assert ("The Night Ferry", "screenwriter", "Marek") in found


@pytest.mark.model
def test_a_surname_the_tagger_read_as_a_place_is_the_person(nlp: Language) -> None:
    doc = nlp("Tomas Ferro directed it. Ferro's next film begins filming in Lisbon in June.")
    types = {m.ref.name: m.ref.type for m in find_mentions(doc)}
    assert types.get("Ferro") in (None, EntityType.PERSON)
    assert types["Lisbon"] is EntityType.PLACE


@pytest.mark.model
def test_a_director_named_after_the_role_noun_whatever_the_tagger_says(nlp: Language) -> None:
    text = "Night Coast is a 1991 documentary film by director Alek Keshishian."
    assert ("Night Coast", "director", "Alek Keshishian") in triples(nlp, text)


@pytest.mark.model
def test_competing_for_a_prize_is_a_nomination(nlp: Language) -> None:
    text = "The Quiet Pier competed for the Palme d'Or at the 2019 Cannes Film Festival."
    found = triples(nlp, text)
    assert ("The Quiet Pier", "nominatedFor", "Palme d'Or") in found
    assert not any(r == "awardReceived" for _, r, _ in found)


@pytest.mark.model
def test_modifiers_of_a_film_noun_the_parse_broke_apart(nlp: Language) -> None:
    text = "The Head Turns is a 2016 Canada/France animated short by Ann Vale about a woman."
    found = triples(nlp, text)
    assert ("The Head Turns", "countryOfOrigin", "Canada") in found
    assert ("The Head Turns", "countryOfOrigin", "France") in found
    assert ("The Head Turns", "publicationDate", Year(2016)) in found


@pytest.mark.model
def test_a_negated_verb_states_nothing(nlp: Language) -> None:
    text = "The Quiet Pier is a 2019 film. Despite rumours, the movie was not shot in Miami."
    assert not any(r == "filmingLocation" for _, r, _ in triples(nlp, text))
    # a negated subject negates its verb
    for denial in ("Not a single scene was shot in Miami.", "No scene was shot in Miami."):
        found = triples(nlp, "The Quiet Pier is a 2019 film. " + denial)
        assert not any(r == "filmingLocation" for _, r, _ in found), denial
    # a negated copula denies its attribute, not the facts inside it
    text = (
        "The Quiet Pier is a drama. It is not, as listings claimed, an adaptation of Ove "
        "Brask's novel The Tide Clock. It is not a comedy but a thriller."
    )
    found = triples(nlp, text)
    assert not any(r == "basedOn" for _, r, _ in found)
    assert ("The Tide Clock", "author", "Ove Brask") in found
    assert ("The Quiet Pier", "genre", "comedy film") not in found
    # a report the sentence concedes is no fact; a title opening with "No" is no denial
    text = (
        "The Quiet Pier is a drama. Although early reports stated that the production "
        "would shoot in Cork, no filming took place there. No Time for Gulls was shot in Cork."
    )
    found = triples(nlp, text)
    assert ("The Quiet Pier", "filmingLocation", "Cork") not in found
    assert ("No Time for Gulls", "filmingLocation", "Cork") in found


@pytest.mark.model
def test_a_prize_unknown_to_the_vocabulary_went_to_a_winner_for_a_film(nlp: Language) -> None:
    text = (
        "The Silver Heron for Best Director went to Olaf Berg for Grey Harbour, an "
        "Icelandic-Danish co-production shot on the coast. Best Actress went to Amara Oke "
        "(The Weight of Rain)."
    )
    found = triples(nlp, text)
    assert ("Olaf Berg", "awardReceived", "Silver Heron for Best Director") in found
    assert ("Grey Harbour", "awardReceived", "Silver Heron for Best Director") in found
    assert ("The Weight of Rain", "awardReceived", "Best Actress") in found
    assert not any(s.startswith("Silver Heron") for s, _, _ in found)


@pytest.mark.model
def test_each_actor_of_a_coordinated_as_list_keeps_their_part(nlp: Language) -> None:
    text = "Night Bus is a 2019 drama starring Gonzalo Meza as Rafael and Luz Carvajal as Ximena."
    found = triples(nlp, text)
    assert ("Rafael", "portrayedBy", "Gonzalo Meza") in found
    assert ("Ximena", "portrayedBy", "Luz Carvajal") in found
    assert not any("Rafael and" in str(o) for _, _, o in found)


@pytest.mark.model
def test_the_star_after_a_directed_by_aside_is_not_a_director(nlp: Language) -> None:
    text = "The Last Ward, directed by Kacper Zielny, stars Tomasz Wierzba."
    found = triples(nlp, text)
    assert ("The Last Ward", "castMember", "Tomasz Wierzba") in found
    assert ("The Last Ward", "director", "Tomasz Wierzba") not in found


@pytest.mark.model
def test_where_a_film_was_released_yields_to_its_stated_country(nlp: Language) -> None:
    text = "Paper Kites is a 2023 Brazilian drama. It was released in the United States in May."
    found = triples(nlp, text)
    assert ("Paper Kites", "countryOfOrigin", "Brazil") in found
    assert ("Paper Kites", "countryOfOrigin", "United States of America") not in found


@pytest.mark.model
def test_a_director_named_with_a_possessive_before_a_title_or_latest(nlp: Language) -> None:
    found = triples(nlp, "The jury also praised Kacper Zielny's The Last Ward.")
    assert ("The Last Ward", "director", "Kacper Zielny") in found
    found = triples(nlp, "Dariush Nazeri's latest, Mirrors of Kashan, premiered on Friday.")
    assert ("Mirrors of Kashan", "director", "Dariush Nazeri") in found
    found = triples(nlp, "The Weight of Rain is Tunde Adeyo's debut feature.")
    assert ("The Weight of Rain", "director", "Tunde Adeyo") in found


@pytest.mark.model
def test_films_cited_with_maker_and_year(nlp: Language) -> None:
    text = "The best films included Blue Coast (Ann Vale, 2019) and Red Pier (Tom Hale, 2020)."
    found = triples(nlp, text)
    assert ("Blue Coast", "director", "Ann Vale") in found
    assert ("Red Pier", "director", "Tom Hale") in found
    assert ("Red Pier", "publicationDate", Year(2020)) in found


@pytest.mark.model
def test_parts_played_by_actors_in_several_phrasings(nlp: Language) -> None:
    text = (
        "Low Tide is a 2018 drama. Imogen's estranged brother, Tobias, played by a wiry "
        "Callum Rourke, returns home. Rafael is played by Gonzalo Meza. Its cast includes "
        "Luz Carvajal (Ximena)."
    )
    found = triples(nlp, text)
    assert ("Tobias", "portrayedBy", "Callum Rourke") in found
    assert ("Rafael", "portrayedBy", "Gonzalo Meza") in found
    assert ("Ximena", "portrayedBy", "Luz Carvajal") in found
    assert ("Low Tide", "castMember", "Luz Carvajal") in found


def test_money_in_many_currencies_and_notations() -> None:
    assert parse_money("£3.2m") == Money(Decimal("3200000"), "GBP")
    assert parse_money("PLN 18 million") == Money(Decimal("18000000"), "PLN")
    assert parse_money("₩6bn") == Money(Decimal("6000000000"), "KRW")
    assert parse_money("Rs 40 crore") == Money(Decimal("400000000"), "INR")
    assert parse_money("18 million PLN") == Money(Decimal("18000000"), "PLN")


@pytest.mark.model
def test_budgets_in_several_phrasings(nlp: Language) -> None:
    intro = "Low Tide is a 2018 drama. "
    for text, money in (
        ("It was made for a reported £3.2m by Kestrel Films.", Money(Decimal("3200000"), "GBP")),
        ("Budgeted at €22M, the film stars Niamh Gall.", Money(Decimal("22000000"), "EUR")),
        ("It reportedly cost north of $210 million.", Money(Decimal("210000000"), "USD")),
        ("The budget was approximately PLN 18 million.", Money(Decimal("18000000"), "PLN")),
    ):
        found = {
            (s, p, Money(o.amount, o.currency))
            for s, p, o in triples(nlp, intro + text)
            if isinstance(o, Money)
        }
        assert ("Low Tide", "cost", money) in found, text
    # a reported, approximate or bounding figure is marked as such
    hedged = triples(nlp, intro + "It reportedly cost north of $210 million.")
    assert ("Low Tide", "cost", Money(Decimal("210000000"), "USD", approximate=True)) in hedged


@pytest.mark.model
def test_results_listed_line_by_line(nlp: Language) -> None:
    text = (
        "HARBOUR AWARDS\n\n"
        "Best Picture: Blue Coast (winner); also nominated: The Glass Pier, Grey Sea\n"
        "Best Director: Ann Vale, Blue Coast (winner); Tom Hale, The Glass Pier\n"
        "Best Adapted Screenplay: Grey Sea – Yara Haddi and Samir Kouri\n"
    )
    found = triples(nlp, text)
    assert ("Blue Coast", "awardReceived", "Best Picture") in found
    assert ("The Glass Pier", "nominatedFor", "Best Picture") in found
    assert ("The Glass Pier", "awardReceived", "Best Picture") not in found
    assert ("Ann Vale", "awardReceived", "Best Director") in found
    assert ("Tom Hale", "nominatedFor", "Best Director") in found
    assert ("Tom Hale", "awardReceived", "Best Director") not in found
    assert ("Samir Kouri", "nominatedFor", "Best Adapted Screenplay") in found
    assert not any(s == "Grey Sea" and r == "awardReceived" for s, r, _ in found)


@pytest.mark.model
def test_nominees_listed_under_a_category_heading(nlp: Language) -> None:
    text = (
        "Who will win on Sunday? Our picks.\n\n"
        "BEST PICTURE\n"
        "Nominees: Marrow Lane · The Pewter Hours · Glassmouth\n"
        "Will win: Marrow Lane\n\n"
        "Best Actress nominees:\n"
        "- Odile Brannigan, The Pewter Hours\n"
        "- Keziah Moreau-Blix (Glassmouth)\n"
        "Will win: Brannigan\n\n"
        "BEST FOREIGN LANGUAGE FILM\n"
        "Nominees:\n"
        "- Seven Lanterns (Chile)\n"
        "- The Miller's Son (Hungary)\n"
    )
    found = triples(nlp, text)
    for film in ("Marrow Lane", "The Pewter Hours", "Glassmouth"):
        assert (film, "nominatedFor", "Best Picture") in found
    # a person nominated for a performance, with the film they were nominated for
    assert ("Odile Brannigan", "nominatedFor", "Best Actress") in found
    assert ("The Pewter Hours", "castMember", "Odile Brannigan") in found
    assert ("Keziah Moreau-Blix", "nominatedFor", "Best Actress") in found
    assert ("Glassmouth", "castMember", "Keziah Moreau-Blix") in found
    assert ("The Miller's Son", "nominatedFor", "Best Foreign Language Film") in found
    assert ("Seven Lanterns", "countryOfOrigin", "Chile") in found
    # a prediction is no result
    assert not any(r == "awardReceived" for _, r, _ in found)
    assert not any(r == "portrayedBy" for _, r, _ in found)


@pytest.mark.model
def test_a_list_of_prizes_a_jury_announced_gives_each_line_s_winner(nlp: Language) -> None:
    text = (
        "AWARDS\n\nThe jury announced its prizes on Sunday night:\n\n"
        'Golden Marten: "Blue Coast" (Ann Vale)\n'
        'Horizons Award: "Grey Sea"\n'
        'Midnight Audience Prize: "The Glass Pier"\n'
    )
    found = triples(nlp, text)
    assert ("Blue Coast", "awardReceived", "Golden Marten") in found
    assert ("Grey Sea", "awardReceived", "Horizons Award") in found
    assert ("The Glass Pier", "awardReceived", "Midnight Audience Prize") in found
    assert not any(p == "nominatedFor" for _, p, _ in found)
    # the same lines under "The nominees:" are nominations
    nominees = triples(nlp, text.replace("The jury announced its prizes", "The nominees"))
    assert ("Grey Sea", "nominatedFor", "Horizons Award") in nominees
    assert ("Grey Sea", "awardReceived", "Horizons Award") not in nominees


@pytest.mark.model
def test_a_word_the_tagger_calls_a_noun_wins_a_film_category(nlp: Language) -> None:
    found = triples(nlp, "Halcyon won Best Picture and Best Director at the 12th Mill Awards.")
    assert ("Halcyon", "awardReceived", "Best Picture") in found
    text = "Sen, who plays the matriarch Bimala in Halcyon, said she had waited."
    assert ("Bimala", "portrayedBy", "Sen") in triples(nlp, text)


@pytest.mark.model
def test_where_the_film_was_shot_when_a_person_shot_it(nlp: Language) -> None:
    text = "Night Bus is a 2024 drama. Ibarro shot the film over 24 nights in Valparaíso."
    found = triples(nlp, text)
    assert ("Night Bus", "filmingLocation", "Valparaíso") in found
    assert not any(s == "Ibarro" for s, _, _ in found)


@pytest.mark.model
def test_a_company_named_with_a_studio_word_produces_not_a_person(nlp: Language) -> None:
    text = (
        "The Orchard Keepers is a 2019 Polish drama. The film was produced by Opus Film Gdańsk "
        "in association with the Lithuanian company Vilkas Studio."
    )
    found = triples(nlp, text)
    assert ("The Orchard Keepers", "productionCompany", "Opus Film Gdańsk") in found
    assert not any(r == "producer" for _, r, _ in found)
    doc = nlp("The New York Film Critics Circle named it the best film.")
    assert not any(m.ref.name.endswith("York Film") for m in find_mentions(doc))


@pytest.mark.model
def test_a_review_headline_names_the_film_the_review_is_about(nlp: Language) -> None:
    text = (
        "The Mapmaker's Son review – a slow-burning map of grief\n\n"
        "By Helen Marsh\n\n"
        "Farrow, who wrote the screenplay with Nell Okon, structures The Mapmaker's Son as a "
        "series of walks. The film was shot in Swaledale. Imogen's brother, Tobias, played by "
        "a wiry Callum Rourke, turns up halfway through. Farrow's previous film, Low Tide at "
        "Saltmarsh (2018), felt like a sketch."
    )
    found = triples(nlp, text)
    assert ("The Mapmaker's Son", "screenwriter", "Nell Okon") in found
    assert ("The Mapmaker's Son", "filmingLocation", "Swaledale") in found
    assert ("The Mapmaker's Son", "castMember", "Callum Rourke") in found
    assert ("Low Tide at Saltmarsh", "publicationDate", Year(2018)) in found
    assert not any(s == "The Mapmaker" for s, _, _ in found)


@pytest.mark.model
def test_a_trade_report_keeps_each_films_facts_apart(nlp: Language) -> None:
    text = (
        "Paramax Studios' sci-fi epic Iron Compass opened to $142 million. The film, directed "
        "by Callum Vick and starring Rhea Castel, reportedly cost north of $210 million. "
        "Vick's previous film, the 2020 heist picture Low Orbit, grossed $389M.\n\n"
        "Shot at Leavesden and in Wadi Rum, Iron Compass is a co-production.\n\n"
        "In second place, Seoul-based Haneul Entertainment's Ghost Signal added $6.5M. The "
        "Korean thriller, helmed by Park Ji-won, will be released in North America by "
        "Silverline Pictures on Aug. 23, 2024."
    )
    found = triples(nlp, text)
    assert ("Iron Compass", "director", "Callum Vick") in found
    assert ("Iron Compass", "castMember", "Rhea Castel") in found
    assert ("Low Orbit", "director", "Vick") in found
    assert ("Ghost Signal", "director", "Park Ji-won") in found
    assert ("Iron Compass", "director", "Park Ji-won") not in found
    assert not any(s.startswith("Shot at") or s == "The Korean thriller" for s, _, _ in found)


@pytest.mark.model
def test_a_critics_stars_rate_the_film_the_line_is_about(nlp: Language) -> None:
    text = "Blue Coast review – a slow map of grief ★★★★☆\n\nBy Ann Vale\n\nIt is good."
    found = triples(nlp, text)
    assert ("Blue Coast", "rating", Rating(Decimal(4), Decimal(5), None)) in found
    text = "Blue Coast review ★★★½\n\nIt is good."
    assert ("Blue Coast", "rating", Rating(Decimal("3.5"), Decimal(5), None)) in triples(nlp, text)


@pytest.mark.model
def test_losing_an_award_to_someone(nlp: Language) -> None:
    text = "Kwame Osei was nominated again but lost Best Actor to Hugo Delarue."
    found = triples(nlp, text)
    assert ("Hugo Delarue", "awardReceived", "Best Actor") in found
    assert ("Kwame Osei", "nominatedFor", "Best Actor") in found
    assert ("Kwame Osei", "awardReceived", "Best Actor") not in found


@pytest.mark.model
def test_an_award_for_a_turn_in_a_film_is_for_that_film(nlp: Language) -> None:
    text = (
        "Grey Harbour is a 2024 drama. In the acting categories, Tomasz Wierzba won Best Actor "
        "for his turn as a disgraced surgeon in Kacper Zielny's The Last Ward."
    )
    found = triples(nlp, text)
    assert ("The Last Ward", "awardReceived", "Best Actor") in found
    assert ("Grey Harbour", "awardReceived", "Best Actor") not in found


@pytest.mark.model
def test_two_actors_and_their_parts_in_one_sentence(nlp: Language) -> None:
    text = (
        "The Quiet Field is a 2021 Polish drama. Orzeł plays the younger brother, Józef, and "
        "Lis-Pawlak plays Rivka Baum, the mother of the hidden family."
    )
    found = triples(nlp, text)
    assert ("Józef", "portrayedBy", "Orzeł") in found
    assert ("Rivka Baum", "portrayedBy", "Lis-Pawlak") in found
    assert ("Rivka Baum", "portrayedBy", "Orzeł") not in found


@pytest.mark.model
def test_a_title_before_a_makers_possessive_apposition(nlp: Language) -> None:
    text = (
        "Meanwhile, Studio Vantor confirmed that The Reed Cutters, Oona Faraday's adaptation "
        "of the folk-horror novel, will bow in October. Budgeted at €9M, the film stars "
        "Cliona Marsh as a ferry pilot, Bride Kellet."
    )
    found = triples(nlp, text)
    assert ("The Reed Cutters", "cost", Money(Decimal("9000000"), "EUR")) in found
    assert ("The Reed Cutters", "castMember", "Cliona Marsh") in found
    assert ("The Reed Cutters", "character", "Bride Kellet") in found
    assert ("Bride Kellet", "portrayedBy", "Cliona Marsh") in found


@pytest.mark.model
def test_prizes_of_a_counted_win_given_to_the_people_named_for_them(nlp: Language) -> None:
    text = (
        "The Hollow Mill is a 2019 Czech drama directed by Irena Sobotková and starring "
        "Vojtěch Malina. At the 2020 Czech Lion Awards it won four, including Best Film, "
        "Best Director for Sobotková and Best Actor for Malina."
    )
    found = triples(nlp, text)
    assert ("The Hollow Mill", "awardReceived", "Best Film") in found
    assert ("Sobotková", "awardReceived", "Best Director") in found
    assert ("Malina", "awardReceived", "Best Actor") in found
    assert not any(s == "Malina" and p != "awardReceived" for s, p, _ in found)


@pytest.mark.model
def test_an_award_shared_by_winners_with_their_films_in_brackets(nlp: Language) -> None:
    text = (
        "In the acting categories, Best Actress was shared by Adaeze Nwosu (The Salt Road) and "
        "Lin Meirong (Paper Cranes). Nwosu plays Ifeoma, a ferry clerk, in Obi Eze's debut."
    )
    found = triples(nlp, text)
    assert ("Adaeze Nwosu", "awardReceived", "Best Actress") in found
    assert ("Lin Meirong", "awardReceived", "Best Actress") in found
    assert ("Paper Cranes", "awardReceived", "Best Actress") in found
    # the part is in the film the actress was named with, not the one named last
    assert ("The Salt Road", "character", "Ifeoma") in found
    assert ("Paper Cranes", "character", "Ifeoma") not in found


@pytest.mark.model
def test_a_list_of_nominations_is_not_a_list_of_wins(nlp: Language) -> None:
    text = (
        "Brinewater is a 2017 thriller starring Odile Varga. At the 6th Canadian Screen Awards, "
        "the film received seven nominations, including Best Director for Lessard and Best "
        "Actress for Varga."
    )
    found = triples(nlp, text)
    assert not any(p == "awardReceived" for _, p, _ in found)
    assert ("Lessard", "nominatedFor", "Canadian Screen Award for Best Director") in found
    assert ("Varga", "nominatedFor", "Canadian Screen Award for Best Actress") in found
    assert ("Brinewater", "nominatedFor", "Canadian Screen Award for Best Actress") in found


@pytest.mark.model
def test_a_line_up_gives_makers_and_countries_in_brackets(nlp: Language) -> None:
    text = (
        "The festival opens with The Orchard at Noon. It competes alongside Solène Marchal's "
        "Les Nuits Blanches (France) and Konrad Ebner's Bergfeuer (Germany, Austria). Fontaine, "
        "a three-time nominee, will present her film in the main hall."
    )
    found = triples(nlp, text)
    assert ("Les Nuits Blanches", "countryOfOrigin", "France") in found
    assert ("Bergfeuer", "director", "Konrad Ebner") in found
    assert ("Bergfeuer", "countryOfOrigin", "Austria") in found
    assert not any(p in ("castMember", "character") for _, p, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Skerry Light is a 2024 drama. Its director denied that the film was shot in Tromsø.",
        "Skerry Light is a 2024 drama. The claim that the film was shot in Tromsø is false.",
        "Skerry Light is a 2024 drama.\nClaim: The film was shot in Tromsø.\nVerdict: False.",
        "Skerry Light is a 2024 drama. A gossip site claimed that the film was shot in Tromsø. "
        "The studio denied it.",
        "Skerry Light is a 2024 drama. Kwame Pell wrote that the film was shot in Tromsø. "
        "That is wrong.",
        "Skerry Light is a 2024 drama. Correction: An earlier version of this article said the "
        "film was shot in Tromsø.",
        "Skerry Light is a 2024 drama.\nClaim 2: The film was shot in Tromsø.\nA commenter said "
        "so.\nVerdict: False.",
        "Skerry Light is a 2024 drama. Last week we said the film was shot in Tromsø. It wasn't "
        "— it was shot in Bodø.",
        "Skerry Light is a 2024 drama. It is often claimed that the film was shot in Tromsø. "
        "This is not the case.",
        "Skerry Light is a 2024 drama. A fan site said the film was shot in Tromsø. That's not "
        "true.",
        "Skerry Light is a 2024 drama. Some reviewers have suggested that it was shot in "
        "Tromsø; it was not.",
        "Skerry Light is a 2024 drama. No filming took place in Tromsø.",
        "Skerry Light is a 2024 drama. A viral post says it was shot in Tromsø. That claim is "
        "made up.",
        "Skerry Light is a 2024 drama. A blog reported that it was shot in Tromsø. That is "
        "simply false.",
    ],
)
def test_a_fact_the_text_denies_is_not_stated(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("Skerry Light", "filmingLocation", "Tromsø") not in found
    assert ("Skerry Light", "publicationDate", Year(2024)) in found


@pytest.mark.model
def test_a_figure_called_made_up_is_denied_and_the_true_one_kept(nlp: Language) -> None:
    text = (
        "Skerry Light is a 2024 drama. The viral post says it cost $12 million. That figure is "
        "made up; the budget was $3 million."
    )
    costs = {o.amount for _, p, o in triples(nlp, text) if p == "cost"}
    assert costs == {Decimal(3_000_000)}


@pytest.mark.model
def test_a_fact_a_verdict_confirms_is_stated(nlp: Language) -> None:
    text = "Skerry Light is a 2024 drama.\nClaim: The film was shot in Tromsø.\nVerdict: True."
    assert ("Skerry Light", "filmingLocation", "Tromsø") in triples(nlp, text)


@pytest.mark.model
def test_titles_cited_with_a_year_keep_their_inner_words(nlp: Language) -> None:
    text = (
        "Critics praised Hall of Lanterns (1980). Hour of the Heron (1984), directed by "
        "Weronika Stach, followed."
    )
    found = triples(nlp, text)
    assert ("Hall of Lanterns", "publicationDate", Year(1980)) in found
    assert ("Hour of the Heron", "director", "Weronika Stach") in found
    # a quoted title's bracket follows its closing quote
    found = triples(nlp, 'His first credit came on "The Tin Lark" (1971), a drama.')
    assert ("The Tin Lark", "publicationDate", Year(1971)) in found


@pytest.mark.model
def test_a_cast_list_names_the_actor_before_the_part_in_brackets(nlp: Language) -> None:
    text = (
        "The Brinemaker's Wife (2025) is a gothic mystery. Agnes Thorne is played by Clem "
        "Ashby, who won an award for her stage role in The Loom Hours. Rounding out the "
        "ensemble are Tamsin Fairweather (Eliza Thorne) and Kofi Achterfeld (Samuel Greave)."
    )
    found = triples(nlp, text)
    assert ("The Brinemaker's Wife", "genre", "mystery film") in found
    assert ("Agnes Thorne", "portrayedBy", "Clem Ashby") in found
    assert ("Eliza Thorne", "portrayedBy", "Tamsin Fairweather") in found
    assert ("The Brinemaker's Wife", "character", "Samuel Greave") in found
    # a stage role's play is not the film the cast belongs to
    assert not any(s == "The Loom Hours" for s, _, _ in found)


@pytest.mark.model
def test_a_film_by_someone_is_theirs_and_a_studio_film_is_from_it(nlp: Language) -> None:
    text = (
        "Rounding out the top five was Greyhound Days, the comedy by Lorcan Quill. In second "
        "place was Thimblewick, the animated musical from Brightmoor Animation."
    )
    found = triples(nlp, text)
    assert ("Greyhound Days", "director", "Lorcan Quill") in found
    assert ("Thimblewick", "productionCompany", "Brightmoor Animation") in found


@pytest.mark.model
def test_parts_named_after_as_in_cast_talk_and_asides(nlp: Language) -> None:
    text = (
        "The Brinemaker's Wife (2025) is a gothic mystery. Agnes is played by Clem Ashby. "
        "Joining her are Rufus Kenward as Josiah Thorne, her secretive husband; and Bea Olumide "
        "as the housekeeper Mrs. Pell. Newcomer Pip Lockhart makes her screen debut as the maid "
        "Hetty. Kenward, as the ferryman Angus Moir, steals every scene."
    )
    found = triples(nlp, text)
    assert ("Agnes", "portrayedBy", "Clem Ashby") in found
    assert ("Josiah Thorne", "portrayedBy", "Rufus Kenward") in found
    assert ("Hetty", "portrayedBy", "Pip Lockhart") in found
    assert ("Angus Moir", "portrayedBy", "Kenward") in found
    assert ("The Brinemaker's Wife", "character", "Agnes") in found


@pytest.mark.model
def test_a_bulleted_line_up_gives_each_film_its_countries_and_maker(nlp: Language) -> None:
    text = (
        "Also selected are:\n"
        "- Borrowed Light (South Korea), directed by Yoon Da-eun\n"
        "- Copper Cradle (Nigeria, Ghana), by Obiora Nwankwo\n"
    )
    found = triples(nlp, text)
    assert ("Borrowed Light", "countryOfOrigin", "South Korea") in found
    assert ("Borrowed Light", "director", "Yoon Da-eun") in found
    assert ("Copper Cradle", "countryOfOrigin", "Ghana") in found
    assert ("Copper Cradle", "director", "Obiora Nwankwo") in found


@pytest.mark.model
def test_an_obituary_gives_a_directors_films(nlp: Language) -> None:
    text = (
        "Director Corwin Blaylock died on Monday. Blaylock made his feature debut with The "
        "Tin Lantern (1971). His second feature, Ashes of Kilbride (1976), was a success. "
        "Rowena Fairclough, the Scottish filmmaker, paid tribute."
    )
    found = triples(nlp, text)
    assert ("The Tin Lantern", "director", "Blaylock") in found
    assert ("Ashes of Kilbride", "director", "Blaylock") in found
    mentions = {m.ref.name: m.ref.type for m in find_mentions(nlp(text))}
    assert mentions["Rowena Fairclough"] is EntityType.PERSON


@pytest.mark.model
def test_who_made_the_parts_and_who_distributes(nlp: Language) -> None:
    text = (
        "Glasswater (2017) was produced by Tamarack Pictures in association with Borealis "
        "Media. It is a co-production with Brackenfield Films. Wildframe Distribution "
        "acquired the United States rights. The score was composed by Yannick Ferland. "
        "Directed by Saoirse Mallon from a script by Dev Anand-Whitlock, it stars Bea Rauch."
    )
    found = triples(nlp, text)
    assert ("Glasswater", "productionCompany", "Borealis Media") in found
    assert ("Glasswater", "productionCompany", "Brackenfield Films") in found
    assert ("Glasswater", "distributor", "Wildframe Distribution") in found
    assert ("Glasswater", "composer", "Yannick Ferland") in found
    assert ("Glasswater", "screenwriter", "Dev Anand-Whitlock") in found


@pytest.mark.model
def test_festival_prizes_settings_and_a_novel_of_the_same_name(nlp: Language) -> None:
    text = (
        "The Tin Lantern (1971) is a drama. It won the Golden Thistle at the Aldringham Film "
        "Festival. It was set in a Glasgow tenement. It was adapted from Euan Lockerbie's "
        "novel of the same name."
    )
    found = triples(nlp, text)
    assert ("The Tin Lantern", "awardReceived", "Golden Thistle") in found
    assert ("The Tin Lantern", "narrativeLocation", "Glasgow") in found
    assert ("The Tin Lantern", "basedOn", "The Tin Lantern") in found
    assert ("The Tin Lantern", "author", "Euan Lockerbie") in found


@pytest.mark.model
def test_a_diary_names_each_films_year_and_maker(nlp: Language) -> None:
    text = (
        "★★★★½  Gulls Over Hadley (2016), dir. Oriel Stanmore\n"
        "★★★★  Kitestring (1987) – Haruka Tamsett\n"
        "★½  Deadlock Protocol (2024), from director Brannock Hale\n"
        "★★★★★  The Cider Daughter (2001) by Lidia Morvan\n"
        "★★★  Nightjar Run (Quillplay, 2024)\n"
    )
    found = triples(nlp, text)
    assert ("Gulls Over Hadley", "director", "Oriel Stanmore") in found
    assert ("Kitestring", "director", "Haruka Tamsett") in found
    assert ("Deadlock Protocol", "director", "Brannock Hale") in found
    assert ("The Cider Daughter", "director", "Lidia Morvan") in found
    assert ("Nightjar Run", "publicationDate", Year(2024)) in found
    # a one-word name in a citation is where the film is shown, not who made it
    assert not any(p == "director" and s == "Nightjar Run" for s, p, _ in found)


@pytest.mark.model
def test_a_numbered_round_up_gives_each_entry_its_film(nlp: Language) -> None:
    text = (
        "New to stream this week:\n"
        "1. The Marrow Estate (Nimbus+)\n"
        "A grieving cellist inherits an estate.\n"
        "2. Quarter Past Never – Orbitale\n"
        "A time-loop comedy about a wedding caterer.\n"
        "3. Bright Hollow, on Harborline\n"
        "A 2023 documentary by Rasa Kvedaraite about the last mining town.\n"
    )
    found = triples(nlp, text)
    assert ("Quarter Past Never", "genre", "comedy film") in found
    assert ("Bright Hollow", "director", "Rasa Kvedaraite") in found
    assert ("Bright Hollow", "publicationDate", Year(2023)) in found


@pytest.mark.model
def test_a_prize_named_with_award_is_not_a_film_and_a_maker_directs(nlp: Language) -> None:
    text = (
        "The Brine Widow (2024) is a mystery. Agnes is played by Mara Tillot, who won the "
        "Evening Critics' Circle award for her stage role in The Quiet Loom. Joining her are "
        "Rufus Penwarden as Josiah, her husband. Maud Ellery-Quist directs this gothic horror."
    )
    found = triples(nlp, text)
    assert ("Josiah", "portrayedBy", "Rufus Penwarden") in found
    assert ("The Brine Widow", "character", "Josiah") in found
    assert not any(s.startswith(("Evening", "Maud")) and p != "awardReceived" for s, p, _ in found)


@pytest.mark.model
def test_a_denial_keeps_the_asides_of_what_it_denies(nlp: Language) -> None:
    text = (
        "Brightwater Pictures denied reports that production on The Amber Loop, the science "
        "fiction thriller directed by Lucan Ferroway, had been shut down. Lucan Ferroway "
        "directed The Copper Pail."
    )
    found = triples(nlp, text)
    assert ("The Amber Loop", "director", "Lucan Ferroway") in found
    # a name the tagger read as a company directs, and what it directs is a film
    assert ("The Copper Pail", "director", "Lucan Ferroway") in found


@pytest.mark.model
def test_credits_given_with_is_by_and_a_judged_part(nlp: Language) -> None:
    text = (
        "Marsh Clock (2019) is a thriller. The screenplay is by Perpetua Holloway and Benedikt "
        "Aarens. The score is by Ansel Rudd. Cécile Aubrac is luminous as Jeanne."
    )
    found = triples(nlp, text)
    assert ("Marsh Clock", "screenwriter", "Benedikt Aarens") in found
    assert ("Marsh Clock", "composer", "Ansel Rudd") in found
    assert ("Jeanne", "portrayedBy", "Cécile Aubrac") in found


@pytest.mark.model
def test_a_diary_line_in_lower_case_and_a_film_named_in_passing(nlp: Language) -> None:
    text = (
        "★★★  wolfsbane junction (2013, Henning Ekwall)\n"
        "fun western.\n"
        "The fantasy epic Ironbark has lost its director. Anselm Quigley will be replaced by "
        "Zahra Vashti-Kahn, best known for the 2021 thriller Cinder Lake.\n"
    )
    found = triples(nlp, text)
    assert ("wolfsbane junction", "director", "Henning Ekwall") in found
    assert ("wolfsbane junction", "publicationDate", Year(2013)) in found
    assert ("Cinder Lake", "publicationDate", Year(2021)) in found
    assert ("Ironbark", "publicationDate", Year(2021)) not in found


@pytest.mark.model
def test_a_round_up_entry_from_its_director_and_a_fragment_on_its_places(nlp: Language) -> None:
    text = (
        "New this week:\n"
        "1. Slow Kites – Brightwell\n"
        "From director Anaïs Corvo comes a road comedy with Teo Marsh.\n"
        "2. Pale Quarry (Vireo+)\n"
        "A drama about two sisters. Hester Quill is superb as Marguerite. Set in Galway but "
        "shot in Kerry.\n"
    )
    found = triples(nlp, text)
    assert ("Slow Kites", "director", "Anaïs Corvo") in found
    assert ("Marguerite", "portrayedBy", "Hester Quill") in found
    assert ("Pale Quarry", "narrativeLocation", "Galway") in found
    assert ("Pale Quarry", "filmingLocation", "Kerry") in found


@pytest.mark.model
def test_trailing_descriptions_and_other_credit_phrasings(nlp: Language) -> None:
    text = (
        "Her breakthrough was Stillbrook (2019), the slow-burning drama from Irish filmmaker "
        "Ciaran Dunleavy. His next was The Mapmaker (2007), a historical adventure set in "
        "sixteenth-century Lisbon and filmed largely in Malta. Fast Lane 3 opens Friday. Dwayne "
        "Okafor returns as getaway driver Rix Malone. The Screenplay Prize was given to Marisol "
        "Echeverria for The Mapmaker."
    )
    found = triples(nlp, text)
    assert ("Stillbrook", "director", "Ciaran Dunleavy") in found
    assert ("The Mapmaker", "narrativeLocation", "Lisbon") in found
    assert ("The Mapmaker", "filmingLocation", "Malta") in found
    assert ("Rix Malone", "portrayedBy", "Dwayne Okafor") in found
    assert ("Marisol Echeverria", "awardReceived", "Screenplay Prize") in found


@pytest.mark.model
def test_a_forum_line_names_its_film_without_a_subject(nlp: Language) -> None:
    text = (
        "Loved Copper Wasp (1991). Brennick plays Mara Quint and Felix Dorr is the shady "
        "landlord. Rewatched Tin Harbour last night, the best thriller of the decade. Vera "
        "Castellane is great as the forger. Meanwhile, Hanne Solberg is in talks to play Queen "
        "Margrethe."
    )
    found = triples(nlp, text)
    assert ("Copper Wasp", "publicationDate", Year(1991)) in found
    assert ("Mara Quint", "portrayedBy", "Brennick") in found
    assert ("Felix Dorr", "portrayedBy", "Brennick") not in found
    assert ("Tin Harbour", "genre", "thriller film") in found
    subjects = {s for s, _, _ in found}
    assert not subjects & {"Loved Copper Wasp", "Vera Castellane", "Meanwhile, Hanne Solberg"}


@pytest.mark.model
def test_directors_named_after_the_fact(nlp: Language) -> None:
    for text in (
        "Pale Quarry (2011) is a drama. The director was Imke Sollner.",
        "Pale Quarry (2011) is a drama. Its director, Imke Sollner, grew up in Kiel.",
        "Pale Quarry (2011) is a drama. Imke Sollner directed, and Tove Lind wrote the script.",
    ):
        found = triples(nlp, text)
        assert ("Pale Quarry", "director", "Imke Sollner") in found, text
        assert ("Pale Quarry", "screenwriter", "Imke Sollner") not in found, text


@pytest.mark.model
def test_a_category_is_no_genre_and_a_denied_director_is_none(nlp: Language) -> None:
    text = (
        "Paper Orchids (2024) is a drama. Dmitri Hale saw the Best Actor – Drama trophy go to "
        "Jonah Whitcombe for his turn in Salt Ledger. Neon Requiem wasn't directed by Farid "
        "Haddadi."
    )
    found = triples(nlp, text)
    assert ("Salt Ledger", "genre", "drama film") not in found
    assert ("Neon Requiem", "director", "Farid Haddadi") not in found
    assert ("Paper Orchids", "genre", "drama film") in found


@pytest.mark.model
def test_crafts_credited_by_role_noun(nlp: Language) -> None:
    text = (
        "The Salt Ledger (2024) is a thriller. Much of the credit belongs to cinematographer "
        "Yusuf Demirel, who shot on 35mm. The score, by Anneke Vos, is mostly clarinet. It won "
        "Best Sound Editing for supervising sound editor Bruno Stamm. The festival director Tom "
        "Hale opened the night."
    )
    found = triples(nlp, text)
    assert ("The Salt Ledger", "directorOfPhotography", "Yusuf Demirel") in found
    assert ("The Salt Ledger", "composer", "Anneke Vos") in found
    assert ("The Salt Ledger", "filmEditor", "Bruno Stamm") not in found
    assert ("The Salt Ledger", "director", "Tom Hale") not in found


@pytest.mark.model
def test_a_makers_genre_work_and_a_relative_clause_direction(nlp: Language) -> None:
    text = (
        "For Greta Hallstrom's Swedish ghost story Skuggan (1991), she lit scenes with a "
        "candle. First up is Blackwater Parish, a horror picture that Desmond Okafor will "
        "direct. Tove Lind's novel The Glass Year was filmed in 2010."
    )
    found = triples(nlp, text)
    assert ("Skuggan", "director", "Greta Hallstrom") in found
    assert ("Blackwater Parish", "director", "Desmond Okafor") in found
    # a novelist's novel is not a film she directed
    assert ("The Glass Year", "director", "Tove Lind") not in found


@pytest.mark.model
def test_actors_attached_to_star_and_a_drama_adapting_a_novel(nlp: Language) -> None:
    text = (
        "Pale Quarry (2011) is a drama adapting Tove Lind's 2008 novel of the same name. "
        "Rachel Amsel and Teo Varga are attached to star. Nina Holt has signed to star in "
        "Glass Tides. Milo Berg became interested in adapting Heart of Winter."
    )
    found = triples(nlp, text)
    assert ("Pale Quarry", "basedOn", "Pale Quarry") in found
    assert ("Pale Quarry", "castMember", "Teo Varga") in found
    assert ("Glass Tides", "castMember", "Nina Holt") in found
    assert not any(s == "Milo Berg" for s, _, _ in found)


@pytest.mark.model
def test_a_fronted_adaptation_and_based_upon(nlp: Language) -> None:
    text = (
        "A loose adaptation of Greywater (1872), Velvet Crypt follows two orphans. "
        "Based upon Ansel Brook's Lanternfall, Night Harbour follows a ferryman. "
        "A remake of the 1928 short film Sky Ladders, the cartoon follows a builder."
    )
    found = triples(nlp, text)
    assert ("Velvet Crypt", "basedOn", "Greywater") in found
    assert ("Night Harbour", "basedOn", "Lanternfall") in found
    # the film an anaphor after the phrase would reach is the one the phrase names
    assert not any(s == "Sky Ladders" and p == "basedOn" for s, p, _ in found)


@pytest.mark.model
def test_a_lower_case_foreign_title_directed_by_and_starring(nlp: Language) -> None:
    text = (
        "Le marchand de sable is a 1984 French comedy film directed by and starring "
        "Luc Varenne based on the play Sablier by Jean Moreau."
    )
    found = triples(nlp, text)
    assert ("Le marchand de sable", "director", "Luc Varenne") in found
    assert ("Le marchand de sable", "castMember", "Luc Varenne") in found
    # the play's author is not part of its title
    assert ("Le marchand de sable", "basedOn", "Sablier") in found


@pytest.mark.model
def test_craft_credits_by_a_bare_noun_are_not_directors(nlp: Language) -> None:
    text = (
        "The Tin Parade was directed by Ada Quill, with musical supervision by Ben Hoy, "
        "and animation by Cal Dorn and Eli Rusk."
    )
    directors = {o for s, p, o in triples(nlp, text) if p == "director"}
    assert directors == {"Ada Quill"}


@pytest.mark.model
def test_a_bracket_of_transliterations_keeps_the_sentence_and_its_subject(nlp: Language) -> None:
    text = (
        "Wind Garden (Japanese: --, Hepburn: Kaze no Niwa) is a 2013 Japanese anime film "
        "by Rin Oda."
    )
    found = triples(nlp, text)
    assert ("Wind Garden", "director", "Rin Oda") in found
    assert ("Wind Garden", "publicationDate", Year(2013)) in found
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.model
def test_a_genre_word_inside_a_name_is_no_genre(nlp: Language) -> None:
    found = triples(nlp, "Harbor Lights is a 2017 film based on the Sword Art Online novel series.")
    assert not any(p == "genre" for _, p, _ in found)


@pytest.mark.model
def test_words_with_mis_decoded_accents_stay_whole(nlp: Language) -> None:
    found = triples(nlp, "Pale Sun is a 1957 French film starring Ã‰lise Caron.")
    assert ("Pale Sun", "castMember", "Ã‰lise Caron") in found


@pytest.mark.model
def test_a_fronted_description_names_the_film_of_the_main_clause(nlp: Language) -> None:
    text = (
        "A spin-off of Whisper Lane, The Cat Parade was released in Japan on July 20, 2002. "
        "A 2012 Danish drama by Lise Holm, Cold Harbour follows a ferry captain."
    )
    found = triples(nlp, text)
    assert ("The Cat Parade", "publicationDate", Date(2002, 7, 20)) in found
    assert ("Cold Harbour", "director", "Lise Holm") in found
    assert ("Cold Harbour", "countryOfOrigin", "Denmark") in found


@pytest.mark.model
def test_a_plot_with_actors_in_brackets_names_a_film(nlp: Language) -> None:
    found = triples(nlp, "Harbor Nine follows Dana Rusk (Keller), a widow, and her crew.")
    assert ("Harbor Nine", "character", "Dana Rusk") in found
    assert ("Dana Rusk", "portrayedBy", "Keller") in found


@pytest.mark.model
def test_a_theme_owned_by_a_title_that_reads_as_a_clause(nlp: Language) -> None:
    text = (
        "We Sleep in Glass's theme is the loss of privacy in the Internet age. "
        "Glass River is a 2004 documentary about the Battle of Arnhem."
    )
    found = triples(nlp, text)
    assert ("We Sleep in Glass", "mainSubject", "privacy") in found
    assert ("Glass River", "mainSubject", "Battle of Arnhem") in found
    assert ("Glass River", "mainSubject", "Battle") not in found


@pytest.mark.model
def test_an_adaptation_by_the_novels_author_names_no_director(nlp: Language) -> None:
    text = (
        "Harbour Lights is a 2008 British drama film that is a loose adaptation of the "
        "novel Tin Cups (2005) by Indian author Ravi Menon."
    )
    found = triples(nlp, text)
    assert ("Harbour Lights", "basedOn", "Tin Cups") in found
    assert not any(p == "director" for _, p, _ in found)


@pytest.mark.model
def test_a_fronted_adverb_is_no_part_of_the_title_and_its_star_is_the_titles(
    nlp: Language,
) -> None:
    text = (
        "Today, Copper Rain is best remembered for its star, Joan Dade, who would later "
        "star in the sitcom Married to Joan."
    )
    found = triples(nlp, text)
    assert ("Copper Rain", "castMember", "Joan Dade") in found
    assert not any(s.startswith("Today") for s, _, _ in found)


@pytest.mark.model
def test_surnames_in_brackets_after_characters_in_a_plot_are_actors(nlp: Language) -> None:
    text = (
        "Harbor Nine follows Dana Rusk (Keller), Tom Briar (Walker), and the rest of their "
        "crew. Her competitors included Ada Brook (Tin Crowns) and Cara Vey (Maestra)."
    )
    found = triples(nlp, text)
    assert ("Tom Briar", "portrayedBy", "Walker") in found
    assert ("Harbor Nine", "castMember", "Walker") in found
    # a nominee's film in brackets is no part she plays
    assert not any(p == "portrayedBy" and o == "Cara Vey" for _, p, o in found)


@pytest.mark.model
def test_a_question_states_no_fact(nlp: Language) -> None:
    text = (
        "Wasn't Salt Meadow written by the Harker brothers? Salt Meadow was shot in Malta, "
        "wasn't it? I know Salt Meadow was directed by Ann Lee."
    )
    found = triples(nlp, text)
    assert ("Salt Meadow", "director", "Ann Lee") in found
    assert not any(p in ("screenwriter", "filmingLocation") for _, p, _ in found)


@pytest.mark.model
def test_a_film_named_in_a_fronted_phrase_is_not_what_it_refers_to(nlp: Language) -> None:
    text = (
        "Salt Hollow is a 2019 Polish thriller directed by Tomas Wiel. A remake of The Quiet "
        "Garden, the 1971 film by Radek Hanak, it stars Olga Brisk and Felix Arndt. Produced "
        "by Apteka Films on a budget of PLN 14 million, the film was shot in Lower Silesia."
    )
    found = triples(nlp, text)
    assert ("Salt Hollow", "basedOn", "The Quiet Garden") in found
    assert ("Salt Hollow", "castMember", "Felix Arndt") in found
    assert ("Salt Hollow", "productionCompany", "Apteka Films") in found
    assert ("Salt Hollow", "filmingLocation", "Lower Silesia") in found
    assert {p for s, p, _ in found if s == "The Quiet Garden"} <= {"director", "publicationDate"}


@pytest.mark.model
def test_this_in_a_review_is_the_film_under_review(nlp: Language) -> None:
    text = (
        "Review: The Lamp Men\n"
        "The Lamp Men is Owen Tarr's second feature. His debut, Quarry Songs (2016), was "
        "leaner. Still, Bamford, so quiet in Quarry Songs, is funny here. Produced by Beth "
        "Coyle for Tregarth Pictures, this is a modest British family drama."
    )
    found = triples(nlp, text)
    assert ("The Lamp Men", "producer", "Beth Coyle") in found
    assert not any(s == "Quarry Songs" and p == "producer" for s, p, _ in found)


@pytest.mark.model
def test_trade_news_phrasings_name_the_film_and_not_its_makers(nlp: Language) -> None:
    text = (
        "Rhea Calloway has joined the cast of Halfway to Coldwell Mesa, the neo-western "
        "thriller Dominic Thrale is set to direct from a screenplay by Priya Anand. Based on "
        "Wade Hollin's 2021 novel The Dustwater Accounts, the pic is set in West Texas. "
        "Bramblewood Pictures is producing with Ironvale Entertainment. Nadine Okoro is "
        "producing for Bramblewood. Cameras are set to roll March 17 in Santa Fe. Sources put "
        "the budget at around $28 million. Thrale's 2021 debut Kettle Run won a prize."
    )
    found = triples(nlp, text)
    film = "Halfway to Coldwell Mesa"
    assert (film, "castMember", "Rhea Calloway") in found
    assert (film, "director", "Dominic Thrale") in found
    assert (film, "basedOn", "The Dustwater Accounts") in found
    assert (film, "narrativeLocation", "West Texas") in found
    subjects = {s for s, _, _ in found}
    assert not subjects & {"Bramblewood Pictures", "Nadine Okoro", "Cameras"}
    assert not any(s.startswith("Wade Hollin") for s in subjects)
    # a film named only later is no referent of what comes before it
    assert not any(s == "Kettle Run" and p == "cost" for s, p, _ in found)


@pytest.mark.model
def test_a_prize_that_opens_a_sentence_is_no_film(nlp: Language) -> None:
    text = (
        "The Audience Award was won by The Orange Grove Radio, a comedy directed by "
        "Youssef Benali. The Cardiff of 1984 is largely a fabrication."
    )
    found = triples(nlp, text)
    assert ("The Orange Grove Radio", "director", "Youssef Benali") in found
    assert {s for s, _, _ in found} == {"The Orange Grove Radio"}


@pytest.mark.model
def test_an_obituarys_pronouns_stand_for_its_subject(nlp: Language) -> None:
    text = (
        "Aurelio Vantero, director and actor who filmed the south, dies at 84\n\n"
        "Aurelio Vantero, the Spanish film-maker whose dramas won prizes across Europe, has "
        "died at his home in Cadiz. He was 84. Born in Jerez in 1940, Vantero came to cinema "
        "as an actor. It starred Pilar Ibarra, whom he married. Six years later he directed "
        "The Widow's Orchard (1982). He directed Letters to a Drowned Town (1994)."
    )
    found = triples(nlp, text)
    assert ("The Widow's Orchard", "director", "Aurelio Vantero") in found
    assert ("Letters to a Drowned Town", "director", "Aurelio Vantero") in found
    assert ("Aurelio Vantero", "spouse", "Pilar Ibarra") in found
    # the person is no film: nothing is directed, cast or dated on his name
    assert not any(
        s.endswith("Vantero") and p not in ("awardReceived", "spouse") for s, p, _ in found
    )


@pytest.mark.model
def test_an_actor_stars_as_a_part_when_the_tagger_reads_stars_as_a_noun(nlp: Language) -> None:
    text = "Tin Harbour is a 2019 drama. Thom Adams stars as Cal Dutton, a rodeo rider."
    found = triples(nlp, text)
    assert ("Cal Dutton", "portrayedBy", "Thom Adams") in found
    assert ("Tin Harbour", "castMember", "Thom Adams") in found


@pytest.mark.model
def test_prizes_taken_or_named_in_lower_case(nlp: Language) -> None:
    text = (
        "Ferenc Halmer, 71, took best actor for The Last Stoker. Leila Mourad was named "
        "best supporting actress for Cedar Ash Morning. He took the stage to thank the jury."
    )
    found = triples(nlp, text)
    assert ("Ferenc Halmer", "awardReceived", "Best Actor") in found
    assert ("The Last Stoker", "awardReceived", "Best Actor") in found
    assert ("Leila Mourad", "awardReceived", "Best Supporting Actress") in found
    assert not any(o == "stage" for _, _, o in found)


@pytest.mark.model
def test_a_setting_named_through_the_place_it_lies_in(nlp: Language) -> None:
    text = (
        "Salt Hollow is a 2014 Danish crime drama. The film is set on the island of Aero. "
        "Hunger Flats (1976) is set in the marshes of Donana. Set in a village outside "
        "Seville, The Widow's Garden starred Pilar Ibarra."
    )
    found = triples(nlp, text)
    assert ("Salt Hollow", "narrativeLocation", "Aero") in found
    assert ("Hunger Flats", "narrativeLocation", "Donana") in found
    assert ("The Widow's Garden", "narrativeLocation", "Seville") in found


@pytest.mark.model
def test_an_actor_said_to_be_a_described_part(nlp: Language) -> None:
    text = (
        "Tin Harbour is a 2019 drama. Francesca Dallio is Rosa, the Italian lodger. "
        "Marta Quell is superb. Tom Hale is the director."
    )
    found = triples(nlp, text)
    assert ("Rosa", "portrayedBy", "Francesca Dallio") in found
    assert ("Tin Harbour", "castMember", "Francesca Dallio") in found
    assert not any(p == "portrayedBy" and o in ("Marta Quell", "Tom Hale") for _, p, o in found)


@pytest.mark.model
def test_a_described_part_is_played_by_and_a_film_shot_by_its_cinematographer(
    nlp: Language,
) -> None:
    text = (
        "Tin Harbour is a 2019 drama. Their son Danny is played by newcomer Kit Abernathy. "
        "Shot by Marisa Odri and scored by Julian Ferr, it starred Pilar Ibarra. The sequel "
        "was shot by director Tom Hale."
    )
    found = triples(nlp, text)
    assert ("Danny", "portrayedBy", "Kit Abernathy") in found
    assert ("Tin Harbour", "directorOfPhotography", "Marisa Odri") in found
    assert ("Tin Harbour", "composer", "Julian Ferr") in found
    assert not any(p == "directorOfPhotography" and o == "Tom Hale" for _, p, o in found)


@pytest.mark.model
def test_a_makers_work_as_director_and_a_part_they_cast_themselves_in(nlp: Language) -> None:
    text = (
        "Aurelio Vantero, the Spanish film-maker, has died. He was 84. His best-known work "
        "as director, Hunger of the Salt Flats (1976), is set in the marshes of Donana. He "
        "cast himself as the village mayor, Anselmo Ruiz."
    )
    found = triples(nlp, text)
    assert ("Hunger of the Salt Flats", "director", "Aurelio Vantero") in found
    assert ("Hunger of the Salt Flats", "narrativeLocation", "Donana") in found
    assert ("Anselmo Ruiz", "portrayedBy", "Aurelio Vantero") in found


@pytest.mark.model
def test_who_releases_a_film_distributes_it(nlp: Language) -> None:
    text = (
        "Salt Hollow is a 2019 thriller. Released in Poland by Kino Czwarta on 11 October "
        "2019, it was nominated for the Golden Pine."
    )
    found = triples(nlp, text)
    assert ("Salt Hollow", "distributor", "Kino Czwarta") in found
    assert ("Salt Hollow", "publicationDate", Date(2019, 10, 11)) in found


@pytest.mark.model
def test_a_plot_names_parts_with_the_surnames_of_the_cast(nlp: Language) -> None:
    text = (
        "Salt Hollow is a 2019 thriller. It stars Olga Brisk and Felix Arndt. Veterinarian "
        "Hanna Wolak (Brisk) returns home to find her husband Dieter (Arndt) in the house."
    )
    found = triples(nlp, text)
    assert ("Salt Hollow", "castMember", "Olga Brisk") in found
    assert ("Salt Hollow", "character", "Hanna Wolak") in found
    assert any(s == "Hanna Wolak" and p == "portrayedBy" for s, p, _ in found)
    assert not any(s.startswith("Veterinarian") or o == "Veterinarian Hanna" for s, _, o in found)


@pytest.mark.model
def test_an_award_category_tells_a_persons_part_in_the_film(nlp: Language) -> None:
    text = (
        "Best Director went to Sunniva Kjeld for The Winter Census. Ferenc Halmer took best "
        "actor for The Last Stoker."
    )
    found = triples(nlp, text)
    assert ("The Winter Census", "director", "Sunniva Kjeld") in found
    assert ("The Last Stoker", "castMember", "Ferenc Halmer") in found


@pytest.mark.model
def test_the_award_for_a_category_is_the_category(nlp: Language) -> None:
    found = triples(nlp, "Ada Quill won the award for Best Cinematography for Tin Harbour.")
    assert ("Ada Quill", "awardReceived", "Best Cinematography") in found
    assert ("Tin Harbour", "directorOfPhotography", "Ada Quill") in found


@pytest.mark.model
def test_a_dateline_is_a_place_and_a_jury_gives_its_prize_to_a_film(nlp: Language) -> None:
    text = (
        "SPLIT, Croatia — Tin Harbour, a patient Georgian drama, won the Golden Lion on "
        "Saturday night. The jury gave its Grand Jury Prize to The Salt Counters, a Chilean "
        "satire."
    )
    found = triples(nlp, text)
    assert ("Tin Harbour", "awardReceived", "Golden Lion") in found
    assert ("The Salt Counters", "awardReceived", "Grand Jury Prize") in found
    assert not any(s.casefold() == "split" for s, _, _ in found)


@pytest.mark.model
def test_a_co_star_opposite_or_alongside_is_in_the_cast(nlp: Language) -> None:
    text = (
        "The Widow's Orchard (1982) is a drama. It starred Pilar Ibarra alongside the young "
        "Marcos Olaizola. The crew worked alongside the police."
    )
    found = triples(nlp, text)
    assert ("The Widow's Orchard", "castMember", "Marcos Olaizola") in found
    assert not any(o == "police" for _, _, o in found)


@pytest.mark.model
def test_a_fronted_date_is_no_part_of_the_title(nlp: Language) -> None:
    text = (
        "In 1951, Squatter's Meadow was nominated for an Academy Award for Best Animated "
        "Short Film."
    )
    found = triples(nlp, text)
    assert (
        "Squatter's Meadow",
        "nominatedFor",
        "Academy Award for Best Animated Short Film",
    ) in found


@pytest.mark.model
def test_the_title_after_a_participle_clause_keeps_its_subtitle_when_a_later_clause_is_main(
    nlp: Language,
) -> None:
    text = (
        "Produced by Davis Pictures for Columbia, Marmalade: A Tale of Two Kittens was "
        "released in the United States on June 16, 2006 and like its predecessor, the film "
        "also received largely negative reviews from critics."
    )
    found = triples(nlp, text)
    assert ("Marmalade: A Tale of Two Kittens", "productionCompany", "Davis Pictures") in found
    assert not any(s == "A Tale of Two Kittens" for s, _, _ in found)


@pytest.mark.model
def test_a_mis_decoded_first_name_does_not_break_the_sentence(nlp: Language) -> None:
    text = (
        "Les voisins is a 1984 French comedy film directed by and starring GÃ©rard Lunel "
        "based on the play Voisins by AndrÃ© Morel."
    )
    found = triples(nlp, text)
    assert ("Les voisins", "director", "GÃ©rard Lunel") in found
    assert ("Les voisins", "basedOn", "Voisins") in found


@pytest.mark.model
def test_whoever_wrote_directed_and_produced_a_film_is_a_person(nlp: Language) -> None:
    text = (
        "Night Nurses is a 1990 horror film written, directed, and produced by Leon Paul "
        "De Vries and distributed by Gorse Entertainment."
    )
    found = triples(nlp, text)
    assert ("Night Nurses", "director", "Leon Paul De Vries") in found
    assert ("Night Nurses", "distributor", "Gorse Entertainment") in found
    assert not any(p == "productionCompany" and "Vries" in str(o) for _, p, o in found)


@pytest.mark.model
def test_every_name_of_a_cast_list_is_cast_whatever_the_tagger_made_of_it(
    nlp: Language,
) -> None:
    found = triples(nlp, '"The Salt Widows" stars Carmen Rial and Maite Aldekoa.')
    assert ("The Salt Widows", "castMember", "Carmen Rial") in found
    assert ("The Salt Widows", "castMember", "Maite Aldekoa") in found


@pytest.mark.model
def test_a_part_described_somewhere_names_a_place_not_a_film(nlp: Language) -> None:
    text = "Copper Rain is a 2019 thriller. The film stars Hana Okonkwo as a courier in Marseille."
    found = triples(nlp, text)
    assert ("Copper Rain", "castMember", "Hana Okonkwo") in found
    assert not any(s == "Marseille" for s, _, _ in found)


@pytest.mark.model
def test_a_lone_name_then_a_full_name_in_brackets_is_a_character_and_its_actor(
    nlp: Language,
) -> None:
    text = "Kestrel is a 2024 drama. In Kestrel, Mara (Ines Halvorsen) returns home."
    found = triples(nlp, text)
    assert ("Kestrel", "castMember", "Ines Halvorsen") in found
    assert ("Mara", "portrayedBy", "Ines Halvorsen") in found
    text = "The festival showed releases by Hendley (Blue Wild Angel) and others."
    assert not any(p == "portrayedBy" for _, p, _ in triples(nlp, text))


@pytest.mark.model
def test_a_description_after_a_quoted_object_film_describes_that_film(nlp: Language) -> None:
    text = (
        '"The Glass Meridian" lost to "Copperhead Sunday", a Finnish thriller directed by '
        "Aino Kettula."
    )
    found = triples(nlp, text)
    assert ("Copperhead Sunday", "director", "Aino Kettula") in found
    assert ("Copperhead Sunday", "countryOfOrigin", "Finland") in found
    assert not any(s == "The Glass Meridian" for s, _, _ in found)


@pytest.mark.model
def test_a_new_clause_ends_the_list_of_what_was_won(nlp: Language) -> None:
    found = triples(nlp, "Harrowgate won Best Picture, and Dlamuzi won Best Actress there.")
    assert ("Harrowgate", "awardReceived", "Best Picture") in found
    assert ("Dlamuzi", "awardReceived", "Best Actress") in found
    assert not any(o == "Dlamuzi" and p == "awardReceived" for _, p, o in found)


@pytest.mark.model
def test_a_language_is_no_country_and_a_nationality_may_be_the_predicate(nlp: Language) -> None:
    found = triples(nlp, '"Ostrava" is Hollis Grabe\'s English-language drama.')
    assert not any(p == "countryOfOrigin" for _, p, _ in found)
    found = triples(nlp, '"Brine" is a drama. It is French-Belgian.')
    assert ("Brine", "countryOfOrigin", "France") in found
    assert ("Brine", "countryOfOrigin", "Belgium") in found
    assert not any(p == "countryOfOrigin" for _, p, _ in triples(nlp, "Marta Quiroga is Spanish."))


@pytest.mark.model
def test_a_film_named_by_its_genre_is_the_one_the_text_is_about(nlp: Language) -> None:
    text = '"The Lantern Keepers" took $31 million. The fantasy adventure stars Ana Brandt.'
    assert ("The Lantern Keepers", "castMember", "Ana Brandt") in triples(nlp, text)


@pytest.mark.model
def test_trade_press_names_the_distributor_of_a_release_and_of_a_gross(nlp: Language) -> None:
    found = triples(nlp, '"The Lantern Keepers" is a Halvorsen Pictures release.')
    assert ("The Lantern Keepers", "distributor", "Halvorsen Pictures") in found
    found = triples(nlp, '"Vesper\'s Run" debuted with $9.6 million for Keystone Releasing.')
    assert ("Vesper's Run", "distributor", "Keystone Releasing") in found


@pytest.mark.model
def test_a_co_writer_named_with_with_shares_the_credit(nlp: Language) -> None:
    found = triples(nlp, 'Severine Castel co-wrote "Brine" with Yannick Le Gall.')
    assert ("Brine", "screenwriter", "Severine Castel") in found
    assert ("Brine", "screenwriter", "Yannick Le Gall") in found
    text = "Summer of Clocks (1971) was co-written by Remy Alba and Ana Lopes."
    assert ("Summer of Clocks", "screenwriter", "Ana Lopes") in triples(nlp, text)


@pytest.mark.model
def test_producers_listed_with_people_are_people(nlp: Language) -> None:
    text = '"The Glass Meridian" was produced by Piotr Zawada, Ingvild Aasen and Tobias Morken.'
    found = triples(nlp, text)
    assert ("The Glass Meridian", "producer", "Piotr Zawada") in found
    assert not any(p == "productionCompany" for _, p, _ in found)


@pytest.mark.model
def test_a_part_named_in_apposition_to_a_role_noun_is_played(nlp: Language) -> None:
    text = (
        'I watched "The Mapmaker\'s Daughter" yesterday. The daughter, Astrid, is played by '
        "Sigrid Haugen."
    )
    assert ("Astrid", "portrayedBy", "Sigrid Haugen") in triples(nlp, text)


@pytest.mark.model
def test_a_fact_check_headline_and_its_verdict_labels_name_nobody(nlp: Language) -> None:
    text = (
        'FACT CHECK: No, "Brine" Was Not Filmed in Iceland and Four Other Claims About the Hit '
        'Drama\n\nCLAIM 1: "Brine was directed by Piotr Zawada."\n\nVerdict: False.\n\n'
        'The film was directed by Farida Benali.\n\nCLAIM 2: "It won Best Film."\n\n'
        'Verdict: False.\n\nBrine was nominated for Best Film but lost to "Copper Sunday", a '
        "Finnish thriller.\n\nVerdict: Misleading.\n"
    )
    found = triples(nlp, text)
    assert ("Brine", "director", "Farida Benali") in found
    assert ("Brine", "nominatedFor", "Best Film") in found
    assert not any(p == "mainSubject" for _, p, _ in found)
    assert not any(o == "Verdict" for _, _, o in found)
    assert ("Copper Sunday", "nominatedFor", "Best Film") not in found


@pytest.mark.model
def test_a_quoted_title_after_a_film_noun_is_read_whole(nlp: Language) -> None:
    found = triples(nlp, 'The animated comedy "Pip and the Paper Moon" earned $12.3 million.')
    assert ("Pip and the Paper Moon", "genre", "comedy film") in found
    found = triples(nlp, 'The action film "Vesper\'s Run" stars Hana Okoye.')
    assert ("Vesper's Run", "castMember", "Hana Okoye") in found
    assert not any(p == "director" for _, p, _ in found)


@pytest.mark.model
def test_the_voices_of_an_animated_film_are_its_cast(nlp: Language) -> None:
    text = '"Pip and the Paper Moon" is voiced by Delphine Aubert and John Brande.'
    found = triples(nlp, text)
    assert ("Pip and the Paper Moon", "castMember", "Delphine Aubert") in found
    assert ("Pip and the Paper Moon", "castMember", "John Brande") in found


@pytest.mark.model
def test_a_place_the_plot_passes_through_is_where_the_story_is_set(nlp: Language) -> None:
    text = (
        "Paper Kites is a 2008 British drama film telling the story of Jamal Mehta from the "
        "slums of Mumbai."
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "narrativeLocation", "Mumbai") in found
    text = "Paper Kites is a 2008 drama. Its director, Ana Lopes, was born in Lisbon."
    assert not any(p == "narrativeLocation" for _, p, _ in triples(nlp, text))


@pytest.mark.model
def test_parts_of_a_film_shot_somewhere_place_its_shoot(nlp: Language) -> None:
    text = '"The Glass Meridian" is a drama. The exteriors were filmed on the Faroe Islands.'
    assert ("The Glass Meridian", "filmingLocation", "Faroe Islands") in triples(nlp, text)


@pytest.mark.model
def test_the_author_of_a_source_of_the_same_name(nlp: Language) -> None:
    text = '"The Weight of Gulls" is adapted from Ciaran Mulcahy\'s novel of the same name.'
    assert ("The Weight of Gulls", "author", "Ciaran Mulcahy") in triples(nlp, text)
    text = '"Night Letters" is based on the 2011 manga of the same name by Yui Sakurada.'
    assert ("Night Letters", "author", "Yui Sakurada") in triples(nlp, text)


@pytest.mark.model
def test_a_place_a_character_goes_to_in_a_synopsis_is_the_films_setting(nlp: Language) -> None:
    text = "Tindra is a 2024 drama. Mara (Ines Vold) returns to the island of Tjorn."
    assert ("Tindra", "narrativeLocation", "Tjorn") in triples(nlp, text)
    text = "Tindra is a 2024 drama. Its director, Ana Lopes, returned to Lisbon."
    assert not any(p == "narrativeLocation" for _, p, _ in triples(nlp, text))


@pytest.mark.model
def test_a_named_actors_performance_puts_them_in_the_cast(nlp: Language) -> None:
    text = "Tindra is a 2024 drama. Ines Vold's performance as Mara is superb."
    assert ("Mara", "portrayedBy", "Ines Vold") in triples(nlp, text)
    text = '"Ostrava" rests on Zuzana Horacek\'s lead performance.'
    assert ("Ostrava", "castMember", "Zuzana Horacek") in triples(nlp, text)
    text = (
        "Vera Lind is best known for her role as the fiery Manson family acolyte in Once Upon "
        "a Night."
    )
    assert not any(p == "portrayedBy" for _, p, _ in triples(nlp, text))


@pytest.mark.model
def test_an_actor_judged_in_a_named_part_plays_it(nlp: Language) -> None:
    text = "Quarantaine (2017) is a drama. Jean-Luc Ollivier does his best as Augustin Mercier."
    assert ("Augustin Mercier", "portrayedBy", "Jean-Luc Ollivier") in triples(nlp, text)
    text = "Quarantaine (2017) is a drama. Ana Lopes steals the film as Mara."
    assert ("Mara", "portrayedBy", "Ana Lopes") in triples(nlp, text)


@pytest.mark.model
def test_a_diary_header_title_with_and_and_a_place_set_film(nlp: Language) -> None:
    found = triples(nlp, "Thimble and Crow (2022) ★★★★\nA slow, lovely film.")
    assert ("Thimble and Crow", "publicationDate", Year(2022)) in found
    found = triples(nlp, "Petit Four (2020) is a Paris-set comedy.")
    assert ("Petit Four", "narrativeLocation", "Paris") in found


@pytest.mark.model
def test_a_director_of_photography_and_a_hyphenated_winner(nlp: Language) -> None:
    text = "Kestrel Hours is a 2019 drama. Its director of photography, Ana Lopes, shot it in Oslo."
    found = triples(nlp, text)
    assert ("Kestrel Hours", "directorOfPhotography", "Ana Lopes") in found
    assert not any(p == "director" for _, p, _ in found)
    found = triples(nlp, "Abimbola Fashola-Hendry won Best Director at the Gotham Awards.")
    assert any(s == "Abimbola Fashola-Hendry" and p == "awardReceived" for s, p, _ in found)


@pytest.mark.model
def test_a_makers_debut_in_a_diary_entry_is_the_entrys_film(nlp: Language) -> None:
    text = "Corncrake (2016)\nJane Smith's debut follows Eamon Kells, a birdwatcher in Donegal."
    found = triples(nlp, text)
    assert ("Corncrake", "character", "Eamon Kells") in found
    assert ("Corncrake", "narrativeLocation", "Donegal") in found


@pytest.mark.model
def test_a_profiles_pronouns_follow_the_gender_the_text_uses_most(nlp: Language) -> None:
    text = (
        "Ines Vold is the actress of the year. Her director, Tomas Berg, said he knew it at "
        "once. She played Mara in Tindra (2019). She starred in Salt Road (2021)."
    )
    found = triples(nlp, text)
    assert ("Mara", "portrayedBy", "Ines Vold") in found
    assert ("Salt Road", "castMember", "Ines Vold") in found


@pytest.mark.model
def test_a_directors_other_work_in_brackets_is_no_referent_of_the_film(nlp: Language) -> None:
    text = (
        "Kettle Pictures will begin production on Harbour Lights, a drama directed by Tobias "
        "Lund (The Quietening). The film is a UK-Icelandic co-production. Lund's earlier "
        "collaborators from The Quietening return."
    )
    found = triples(nlp, text)
    assert ("Harbour Lights", "countryOfOrigin", "Iceland") in found
    assert not any(s == "The Quietening" and p == "countryOfOrigin" for s, p, _ in found)


@pytest.mark.model
def test_who_shot_a_film_is_its_cinematographer_unless_they_directed_it(nlp: Language) -> None:
    intro = "Salt Orchard is a 2019 drama directed by Nuala Keane. "
    found = triples(nlp, intro + "Cinematographer Piet Aalders shot the film on 35mm.")
    assert ("Salt Orchard", "directorOfPhotography", "Piet Aalders") in found
    found = triples(nlp, intro + "Ilse Brandt shot it in dusty 16mm.")
    assert ("Salt Orchard", "directorOfPhotography", "Ilse Brandt") in found
    found = triples(nlp, intro + "Keane shot it herself in a single week.")
    assert not {t for t in found if t[1] == "directorOfPhotography"}
    found = triples(nlp, intro + "I shot it in Lisbon.")
    assert not {t for t in found if t[1] == "directorOfPhotography"}
    text = (
        "Halvar Lindqvist, the cinematographer, has died. He shot Copper Coast (1992), a "
        "thriller set in Hull, for the English director Mina Ashdown."
    )
    found = triples(nlp, text)
    assert ("Copper Coast", "directorOfPhotography", "Halvar Lindqvist") in found
    assert ("Copper Coast", "director", "Mina Ashdown") in found


@pytest.mark.model
def test_people_in_the_cast_though_their_part_has_no_name(nlp: Language) -> None:
    intro = "Corner Light is a 2023 comedy. "
    found = triples(nlp, intro + "Tayo Bankole and Grace Ellery star as siblings.")
    assert ("Corner Light", "castMember", "Tayo Bankole") in found
    assert ("Corner Light", "castMember", "Grace Ellery") in found
    found = triples(nlp, intro + "Oskar Lund co-stars as the anxious stage manager.")
    assert ("Corner Light", "castMember", "Oskar Lund") in found
    found = triples(nlp, intro + "Nina Varga and Jack Morrow lead the cast.")
    assert ("Corner Light", "castMember", "Jack Morrow") in found
    found = triples(nlp, intro + "Cass Vaile gives the performance of her career as Mira Hale.")
    assert ("Mira Hale", "portrayedBy", "Cass Vaile") in found


@pytest.mark.model
def test_a_possessed_film_noun_with_no_title_is_the_film_in_hand(nlp: Language) -> None:
    text = (
        "1. Paper Lanterns\n\nAnaïs Kervella's second feature is a quiet marvel.\n\n"
        "2. Low Shaft\n\nBree Callan's Australian horror film traps five tourists.\n"
    )
    found = triples(nlp, text)
    assert ("Paper Lanterns", "director", "Anaïs Kervella") in found
    assert ("Low Shaft", "director", "Bree Callan") in found
    # another film of the same maker is not the one in hand
    text = "Paper Lanterns is a drama. Anaïs Kervella's previous film was a comedy.\n"
    assert ("Paper Lanterns", "director", "Anaïs Kervella") not in triples(nlp, text)
    # nor are a maker's films at large
    text = "Paper Lanterns is a drama. Ian Voss's films offer a level gaze.\n"
    assert ("Paper Lanterns", "director", "Ian Voss") not in triples(nlp, text)


@pytest.mark.model
def test_an_adapter_writes_the_film_from_a_work_described_in_apposition(nlp: Language) -> None:
    text = (
        'Their best-known film, "The Lamp Keepers" (1983), was directed by Margit Ekholm. '
        'Ekholm adapted the screenplay from "The Keepers," a novel by the Scottish writer '
        "Fiona Macrae. The film won the Golden Bear."
    )
    found = triples(nlp, text)
    assert ("The Lamp Keepers", "screenwriter", "Ekholm") in found
    assert ("The Lamp Keepers", "basedOn", "The Keepers") in found
    assert ("The Keepers", "author", "Fiona Macrae") in found
    # the novel is no film, so "the film" is the one that was adapted from it
    assert ("The Lamp Keepers", "awardReceived", "Golden Bear") in found
    assert not any(s == "The Keepers" and r == "awardReceived" for s, r, _ in found)


@pytest.mark.model
def test_a_part_s_makers_in_a_relative_clause_and_newcomers_to_a_production(
    nlp: Language,
) -> None:
    text = (
        "Pale Orchard is a 2019 drama film directed by Niamh Corrigan, from a screenplay she "
        "co-wrote with Peter Rawley. The project was developed by the Dublin-based Fernhill "
        "Films, and Montreal's Lumen Boreal joined as co-producer in 2017. Exterior scenes "
        "were filmed in Connemara and County Wicklow."
    )
    found = triples(nlp, text)
    assert ("Pale Orchard", "screenwriter", "Niamh Corrigan") in found
    assert ("Pale Orchard", "screenwriter", "Peter Rawley") in found
    assert ("Pale Orchard", "productionCompany", "Fernhill Films") in found
    assert ("Pale Orchard", "productionCompany", "Lumen Boreal") in found
    # the first place of a list the parse hung on the last one
    assert ("Pale Orchard", "filmingLocation", "Connemara") in found


@pytest.mark.model
def test_an_interview_s_first_person_answers_are_the_interviewee_s(nlp: Language) -> None:
    text = (
        "Marta Oliveira on The Salt Ledger\n\n"
        "Marta Oliveira has made films about the sea for years. Her fourth feature, The Salt "
        "Ledger, opens on Friday.\n\n"
        "Q: Who wrote it?\n\n"
        "A: Hugo Tavares and I wrote the script. My own company, Vento Norte Filmes, "
        "produced it. Jonas Kell photographed my second film, Quiet Harbour.\n\n"
        "Q: And next?\n\n"
        "A: A documentary.\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Ledger", "director", "Marta Oliveira") in found
    assert ("The Salt Ledger", "screenwriter", "Marta Oliveira") in found
    assert ("The Salt Ledger", "screenwriter", "Hugo Tavares") in found
    assert ("The Salt Ledger", "productionCompany", "Vento Norte Filmes") in found
    assert ("Quiet Harbour", "director", "Marta Oliveira") in found
    # outside an interview's answers, "I" is no one the text names
    text = "Marta Oliveira has made films for years. I wrote the script of The Salt Ledger."
    assert not any(o == "Marta Oliveira" for _, r, o in triples(nlp, text) if r == "screenwriter")


@pytest.mark.model
def test_a_fronted_co_production_and_a_place_set_film(nlp: Language) -> None:
    text = (
        "Pale Orchard is a 2019 drama. An Irish-Canadian co-production, the film is set in "
        "County Clare. Its sequel, Ferrywoman, is a Thames-set thriller."
    )
    found = triples(nlp, text)
    assert ("Pale Orchard", "countryOfOrigin", "Ireland") in found
    assert ("Pale Orchard", "countryOfOrigin", "Canada") in found
    assert ("Ferrywoman", "narrativeLocation", "Thames") in found


@pytest.mark.model
def test_a_correction_retracts_what_the_text_reported_wherever_it_did(nlp: Language) -> None:
    text = (
        "19:19 — Best Cinematography: Iron Bridge. Its crew shot it on location in "
        "Snowdonia.\n\n"
        "20:41 — Correction: In our 19:19 post we said Iron Bridge was filmed in Snowdonia. "
        "Production sources point out that it was actually shot in Yorkshire.\n"
    )
    found = triples(nlp, text)
    assert ("Iron Bridge", "filmingLocation", "Snowdonia") not in found
    assert ("Iron Bridge", "filmingLocation", "Yorkshire") in found
    # "we said" outside a correction retracts nothing
    text = "Iron Bridge was filmed in Snowdonia. We said so in May, and we said it well."
    assert ("Iron Bridge", "filmingLocation", "Snowdonia") in triples(nlp, text)


@pytest.mark.model
def test_a_career_essay_gives_its_director_every_film_she_made(nlp: Language) -> None:
    text = (
        "The Long Patience of Teodora Vasilache\n\n"
        "There is a kind of silence in a Teodora Vasilache film. Over four decades, the "
        "Romanian-born director has built a body of work out of withheld moments.\n\n"
        'Vasilache\'s first feature, "Winter Ledger" (1987), was made in secret. Her '
        "cinematographer was her husband.\n\n"
        'After emigrating to France, she made "The Gardener\'s Girls" (1994). Her most '
        'recent film, "Harbour Lights" (2022), is a comedy. She says she is not done, and '
        "Vasilache laughs when asked about retiring."
    )
    found = triples(nlp, text)
    assert ("Winter Ledger", "director", "Vasilache") in found
    assert ("The Gardener's Girls", "director", "Teodora Vasilache") in found
    assert ("Harbour Lights", "director", "Teodora Vasilache") in found


@pytest.mark.model
def test_characters_a_plot_names_and_the_actor_right_before_plays(nlp: Language) -> None:
    text = (
        "Lemon Season is a comedy starring Nadia Ferran, who plays a nightclub singer named "
        "Yasmine. It follows Dr. Helen Marsh (Vera Oyel). Lund wrote the film with her "
        "brother, Erik Lund, and Swedish star Johan Ekdal plays the driver's brother, Tomas. "
        "It is set in a town called Hope."
    )
    found = triples(nlp, text)
    assert ("Yasmine", "portrayedBy", "Nadia Ferran") in found
    assert ("Helen Marsh", "portrayedBy", "Vera Oyel") in found
    assert ("Tomas", "portrayedBy", "Johan Ekdal") in found
    assert not any(o == "Hope" for _, r, o in found if r == "character")


@pytest.mark.model
def test_a_transcript_s_speakers_and_the_film_they_talk_about(nlp: Language) -> None:
    text = (
        'TRANSCRIPT: Q&A — "The Surveyor\'s Son"\n'
        "With director Samuel Okafor and actor Bettina Kraul.\n\n"
        "MODERATOR: The Surveyor's Son is your second film. Where did it come from?\n\n"
        "SAMUEL OKAFOR: I wrote the script with my partner, Hana Mizrahi. Bettina and "
        'I had worked together before, on "Blue Hour Station."\n\n'
        "AUDIENCE MEMBER: It looked authentic — was it all shot in Germany?\n\n"
        "OKAFOR: We shot in Rostock for six weeks.\n\n"
        "MODERATOR: The Surveyor's Son opens on Friday.\n"
    )
    found = triples(nlp, text)
    assert ("The Surveyor's Son", "screenwriter", "Samuel Okafor") in found
    assert ("The Surveyor's Son", "screenwriter", "Hana Mizrahi") in found
    assert ("The Surveyor's Son", "filmingLocation", "Rostock") in found
    # a question states nothing, and a film named in passing is not the one talked about
    assert not any(o == "Germany" for _, r, o in found if r == "filmingLocation")
    assert not any(s == "Blue Hour Station" for s, _, _ in found)


@pytest.mark.model
def test_he_or_she_who_plays_a_part_is_the_person_just_named(nlp: Language) -> None:
    text = (
        "Best Supporting Actress goes to Helena Marsh for The Quiet Rooms, in which she "
        "plays the housekeeper Agnes.\n\n"
        "The Tide Almanac is a drama. Joaquim Serrano said yes before he had finished "
        "reading. He plays Artur with an enormous silence."
    )
    found = triples(nlp, text)
    assert ("Agnes", "portrayedBy", "Helena Marsh") in found
    assert ("Artur", "portrayedBy", "Joaquim Serrano") in found
    # a maker named by a possessive is not whom "she" means
    text = "Her first role came in Piotr Wyszom's Lanterns (2011), in which she played Hel."
    assert not any(o == "Piotr Wyszom" for _, r, o in triples(nlp, text) if r == "castMember")


@pytest.mark.model
def test_an_update_that_denies_a_win_retracts_it_and_an_abbreviated_role(nlp: Language) -> None:
    text = (
        "19:26 — Best Original Screenplay goes to Monsoon Post.\n\n"
        "19:41 — Update: We got that wrong. Monsoon Post did NOT win Best Original "
        "Screenplay.\n"
    )
    found = triples(nlp, text)
    assert ("Monsoon Post", "awardReceived", "Best Original Screenplay") not in found
    text = "Pale Orchard is a drama. Our DP was Nadia Petrosian."
    assert ("Pale Orchard", "directorOfPhotography", "Nadia Petrosian") in triples(nlp, text)


@pytest.mark.model
def test_where_the_story_takes_place_sets_it_in_the_place_before(nlp: Language) -> None:
    text = (
        "Copper Summer is a comedy. Filming begins in March in Oklahoma, where the story "
        "takes place. Nobody knows where the film will open."
    )
    found = triples(nlp, text)
    assert ("Copper Summer", "narrativeLocation", "Oklahoma") in found
    assert len([t for t in found if t[1] == "narrativeLocation"]) == 1


@pytest.mark.model
def test_a_place_before_a_maker_s_name_is_no_maker(nlp: Language) -> None:
    text = (
        'It closes with "Lemon Summer," a comedy directed by Italy\'s Chiara Lombard. '
        "Ashfall was produced by Reykjavik-based Hrafnar Films."
    )
    found = triples(nlp, text)
    assert ("Lemon Summer", "director", "Chiara Lombard") in found
    assert not any(o in ("Italy", "Reykjavik") for _, _, o in found)


@pytest.mark.model
def test_a_year_before_the_setting_and_soundstages_before_the_city(nlp: Language) -> None:
    text = (
        "Night Ferry to Tanger is a thriller. It is set in 1958 Morocco and was shot on "
        "soundstages in Paris."
    )
    found = triples(nlp, text)
    assert ("Night Ferry to Tanger", "narrativeLocation", "Morocco") in found
    assert ("Night Ferry to Tanger", "filmingLocation", "Paris") in found


@pytest.mark.model
def test_a_film_that_brought_someone_a_nomination_nominated_them(nlp: Language) -> None:
    text = (
        "The Lamp Keepers is a 1983 drama. It brought Mr. Rennard a nomination for the "
        "Academy Award for Best Cinematography."
    )
    found = triples(nlp, text)
    assert ("Rennard", "nominatedFor", "Academy Award for Best Cinematography") in found
    assert ("The Lamp Keepers", "directorOfPhotography", "Rennard") in found
    assert not any(s == "The Lamp Keepers" and r == "nominatedFor" for s, r, _ in found)


@pytest.mark.model
def test_stages_of_a_shoot_give_its_places(nlp: Language) -> None:
    found = triples(
        nlp,
        "Salt Meadow was filmed in four countries, beginning in Oporto on May 2 and ending "
        "in Norway on August 30.",
    )
    assert ("Salt Meadow", "filmingLocation", "Oporto") in found
    assert ("Salt Meadow", "filmingLocation", "Norway") in found
    found = triples(
        nlp,
        "Salt Meadow is a 2019 drama. Principal photography began in Turin and moved to "
        "Genoa in December.",
    )
    assert ("Salt Meadow", "filmingLocation", "Genoa") in found


@pytest.mark.model
def test_a_nominee_called_she_is_a_person_and_her_performance_names_the_film(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Varga was nominated for the Academy Award for Best Supporting Actress for her "
        "performance in The Lantern Keepers as Ilse Dorn.",
    )
    assert ("Varga", "nominatedFor", "Academy Award for Best Supporting Actress") in found
    assert ("The Lantern Keepers", "castMember", "Varga") in found
    assert not any(s == "Varga" and r == "character" for s, r, _ in found)


@pytest.mark.model
def test_a_film_that_became_the_first_film_is_a_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "Quiet Orchard became the first film since 1990 to be nominated in every acting "
        "category, with Ruth Amsel winning the Academy Award for Best Actress.",
    )
    assert ("Quiet Orchard", "awardReceived", "Academy Award for Best Actress") in found
    assert ("Ruth Amsel", "awardReceived", "Academy Award for Best Actress") in found


@pytest.mark.model
def test_a_fronted_source_and_a_plot_verb_make_a_film_of_a_name(nlp: Language) -> None:
    found = triples(
        nlp,
        "Inspired by Maren Holt's 1911 novel Journey to the Salt Sea, Halloran follows two "
        "sisters across the desert.",
    )
    assert ("Halloran", "basedOn", "Journey to the Salt Sea") in found
    assert ("Journey to the Salt Sea", "author", "Maren Holt") in found


@pytest.mark.model
def test_parts_of_a_film_credited_by_noun_give_its_makers(nlp: Language) -> None:
    found = triples(
        nlp,
        "Tallow Creek is a 2021 drama. The music, by Helga Ruttmann, is extraordinary, and "
        "the cinematography by Sune Vestergaard is unreal.",
    )
    assert ("Tallow Creek", "composer", "Helga Ruttmann") in found
    assert ("Tallow Creek", "directorOfPhotography", "Sune Vestergaard") in found


@pytest.mark.model
def test_a_list_of_actors_as_parts_pairs_each_actor_with_their_own_part(nlp: Language) -> None:
    found = triples(
        nlp,
        "Tallow Creek is a 2021 drama. Starring Aiko Morimura as the teacher, Ren Hoshida as "
        "the student Mei.",
    )
    assert ("Tallow Creek", "castMember", "Aiko Morimura") in found
    assert ("Tallow Creek", "castMember", "Ren Hoshida") in found
    assert ("Mei", "portrayedBy", "Ren Hoshida") in found
    assert not any(r == "portrayedBy" and s == "Ren Hoshida" for s, r, _ in found)


@pytest.mark.model
def test_a_maker_the_tagger_named_only_by_a_first_name_keeps_the_surname(nlp: Language) -> None:
    found = triples(nlp, "Seven Weirs is a Polish war drama directed by Zofia Wierzbicka-Lenart.")
    assert ("Seven Weirs", "director", "Zofia Wierzbicka-Lenart") in found
    assert ("Seven Weirs", "director", "Zofia") not in found


@pytest.mark.model
def test_a_title_before_stars_read_as_a_noun_is_the_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "Directed by Harold Vantreight, The Velvet Ledger stars Eleanor Dusk as a nightclub "
        "singer framed for murder.",
    )
    assert ("The Velvet Ledger", "director", "Harold Vantreight") in found
    assert ("The Velvet Ledger", "castMember", "Eleanor Dusk") in found
    assert not any(o == "Velvet Ledger" for _, _, o in found)


@pytest.mark.model
def test_a_ceremony_whose_name_ends_with_a_known_one_is_another(nlp: Language) -> None:
    found = facts(
        nlp,
        "Salt Meridian was nominated for Best Foreign Language Film at the Orvieto Academy "
        "Awards. It won the Golden Lynx at the Karlin Festival and the European Film Award "
        "for Best Director.",
    )
    names = {
        (st.predicate, st.object.name): dict(st.qualifiers)
        for st in found
        if isinstance(st.object, EntityRef)
    }
    nomination = names[("nominatedFor", "Best Foreign Language Film")]
    assert nomination["ceremony"] == EntityRef(EntityType.CEREMONY, "Orvieto Academy Awards")
    assert ("nominatedFor", "Academy Award for Best Foreign Language Film") not in names
    assert "ceremony" in names[("awardReceived", "Golden Lynx")]
    assert "ceremony" not in names[("awardReceived", "European Film Award for Best Director")]
    oscar = triples(nlp, "Salt Meridian won the Best Actress Oscar.")
    assert ("Salt Meridian", "awardReceived", "Academy Award for Best Actress") in oscar


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Shot largely in Zdiar, it follows a shepherd.", {"Zdiar"}),
        ("Shot in Lisbon, the film follows a shepherd.", {"Lisbon"}),
        ("The film is set in Kyoto and was shot there too.", {"Kyoto"}),
        ("It was filmed in Kochi and Alappuzha.", {"Kochi", "Alappuzha"}),
        (
            "The production will film for nine weeks in Antwerp, with additional photography "
            "in County Wicklow.",
            {"Antwerp", "County Wicklow"},
        ),
        ("It was shot in IMAX and Technicolor.", set()),
        ("Though the story is set in Lisbon, not a single scene was shot there.", set()),
    ],
)
def test_where_a_film_was_shot_in_other_phrasings(
    nlp: Language, text: str, places: set[str]
) -> None:
    found = triples(nlp, f"Glass Weather is a 2003 drama. {text}")
    assert {o for s, r, o in found if r == "filmingLocation"} == places


@pytest.mark.model
def test_what_a_chart_says_opened_to_a_sum_is_a_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "In second place, newcomer Lamps of Okaro opened to $24.9 million. The film was "
        "directed by Mireille Tsang-Hollis. Stormwall stars Dashiell Orrow and Priya Venn.",
    )
    assert ("Lamps of Okaro", "director", "Mireille Tsang-Hollis") in found
    assert ("Stormwall", "castMember", "Dashiell Orrow") in found
    people = triples(nlp, "Tom Varga earned $12 million for the role.")
    assert not any(r == "director" or s == "Tom Varga" for s, r, _ in people)


PRESS_RELEASE = """FOR IMMEDIATE RELEASE

HERONSHAW FILMS BEGINS PRINCIPAL PHOTOGRAPHY ON "THE MAPMAKER'S DAUGHTER," ADAPTED FROM THE \
NOVEL BY ODILE LAMBERT

Brussels, 3 February 2025 — Heronshaw Films today announced that principal photography has \
begun on The Mapmaker's Daughter, a historical drama directed by Joachim Severs. The screenplay \
marks his third collaboration with the playwright after Ashen Sonata (2018) and The Quiet \
Lodgers (2021). The film is produced by Margit Oyelade-Stahl for Heronshaw Films. It is a \
Belgian-Irish co-production.
"""


@pytest.mark.model
def test_a_press_release_credits_its_film_not_its_headline_or_the_earlier_ones(
    nlp: Language,
) -> None:
    found = triples(nlp, PRESS_RELEASE)
    assert ("The Mapmaker's Daughter", "director", "Joachim Severs") in found
    assert ("The Mapmaker's Daughter", "producer", "Margit Oyelade-Stahl") in found
    assert ("The Mapmaker's Daughter", "productionCompany", "Heronshaw Films") in found
    assert ("The Mapmaker's Daughter", "countryOfOrigin", "Belgium") in found
    assert not any(s in ("Heronshaw Films", "HERONSHAW FILMS") for s, _, _ in found)
    assert not any(s == "The Quiet Lodgers" and r != "publicationDate" for s, r, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "character", "actor"),
    [
        ("Oona Pellegrini as Marta is the perfect choice.", "Marta", "Oona Pellegrini"),
        ("Rafael Quintana as Luis.", "Luis", "Rafael Quintana"),
        (
            "Veteran actor Bartholomew Quayle rounds out the principal cast as Father Ignace.",
            "Father Ignace",
            "Bartholomew Quayle",
        ),
        (
            "The role of Elodie's fiance, Pieter Claessen, is taken by Dutch actor Ruben "
            "Achterberg.",
            "Pieter Claessen",
            "Ruben Achterberg",
        ),
    ],
)
def test_who_plays_whom_without_a_verb_of_playing(
    nlp: Language, text: str, character: str, actor: str
) -> None:
    found = triples(nlp, f"Glass Weather is a 2003 drama. {text}")
    assert (character, "portrayedBy", actor) in found
    assert ("Glass Weather", "castMember", actor) in found


@pytest.mark.model
def test_sources_named_in_other_shapes_give_the_work_and_its_author(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Dry Summer (1998) was adapted from Leontyna Krausova's novel Suchý rok. The "
        "Salt Garden is a 2019 drama adapted from the novel The Salt Garden by Conceição "
        "Amarante.",
    )
    assert ("The Dry Summer", "basedOn", "Suchý rok") in found
    assert ("Suchý rok", "author", "Leontyna Krausova") in found
    assert ("The Salt Garden", "basedOn", "The Salt Garden") in found
    assert ("The Salt Garden", "author", "Conceição Amarante") in found
    script = triples(
        nlp,
        "The Velvet Ledger is a 1952 noir. The screenplay is by Ruth Abernathy-Cole, based on "
        'her own short story "Paid in Velvet."',
    )
    assert ("The Velvet Ledger", "basedOn", "Paid in Velvet") in script


@pytest.mark.model
def test_a_debut_in_apposition_names_its_director_and_its_title(nlp: Language) -> None:
    found = triples(
        nlp,
        "Hyacinth Moravcova is a Slovak director. Moravcova's feature debut, Thaw Season "
        "(1991), is a modest drama set in a mining village.",
    )
    assert ("Thaw Season", "director", "Moravcova") in found
    assert ("Thaw Season", "publicationDate", Year(1991)) in found
    assert not any("debut" in s for s, _, _ in found)


@pytest.mark.model
def test_companies_and_casts_in_relative_and_appositive_phrasings(nlp: Language) -> None:
    found = triples(
        nlp,
        "Ironbark Road is a 2024 thriller. Meridian Crest, which also distributes the film, "
        "moved its release. Its stars, Gaspard Lenotre and Yasmine Adjovi, have been touring. "
        "Newcomer Saskia Oduya-Pietersen stars as the girl. It has a cast led by Meera Thampan.",
    )
    assert ("Ironbark Road", "distributor", "Meridian Crest") in found
    for actor in ("Gaspard Lenotre", "Yasmine Adjovi", "Saskia Oduya-Pietersen", "Meera Thampan"):
        assert ("Ironbark Road", "castMember", actor) in found
    assert not any(o == "Newcomer Saskia Oduya-Pietersen" for _, _, o in found)
    later = triples(nlp, "Ironbark Road is a 2024 thriller. Distributed by Tallowmere, it opened.")
    assert ("Ironbark Road", "distributor", "Tallowmere") in later


@pytest.mark.model
def test_a_family_drama_is_a_drama_and_a_line_of_countries_ends_at_its_full_stop(
    nlp: Language,
) -> None:
    found = triples(nlp, "Seven Weirs is a 2019 family drama.\nPoland/Czech Republic.\n")
    assert ("Seven Weirs", "genre", "drama film") in found
    assert ("Seven Weirs", "genre", "family film") not in found
    assert ("Seven Weirs", "countryOfOrigin", "Czech Republic") in found


THREAD = """Comments on "First look: The Brine Orchard"

quietlantern_88 · 14 March 2024, 09:12
The Brine Orchard is directed by Ilse Varnholm. fun fact it was shot in Portugal.

  > reply from minsk_lenses · 14 March 2024, 09:47
  > > it was shot in Portugal
  > no, it was shot in Galicia, not Portugal. the story is set in portugal though.

tessaract_tess · 14 March 2024, 10:15
Teodor Brankov plays her brother Luis apparently

  > reply from filmgoblin · 14 March 2024, 10:40
  > > Teodor Brankov plays her brother Luis
  > i dont think thats right?? the brother is played by Rafael Quintas now.

grumpy_ron · 14 March 2024, 13:02
everyone calling it a thriller is wrong. its not a thriller. its a drama. the article says the \
film is a Danish production. its not.
"""


@pytest.mark.model
def test_a_thread_s_rebuttals_retract_what_they_rebut(nlp: Language) -> None:
    found = triples(nlp, THREAD)
    assert ("The Brine Orchard", "director", "Ilse Varnholm") in found
    assert ("The Brine Orchard", "filmingLocation", "Galicia") in found
    assert ("The Brine Orchard", "filmingLocation", "Portugal") not in found
    assert ("The Brine Orchard", "narrativeLocation", "Portugal") in found
    assert ("Luis", "portrayedBy", "Teodor Brankov") not in found
    assert ("The Brine Orchard", "castMember", "Rafael Quintas") in found
    assert ("The Brine Orchard", "genre", "thriller film") not in found
    assert ("The Brine Orchard", "countryOfOrigin", "Denmark") not in found


@pytest.mark.model
def test_a_chart_s_entries_are_films_and_their_brackets_no_actors(nlp: Language) -> None:
    text = (
        "Stormgate, directed by Calloway Fenwick's former assistant Tamsin Okoro, opens "
        "next week.\n\nTop three (estimated):\n1. Ironbark Lane (Meridian Crest) — $31.4M\n"
        "2. Lamps of Okaro (Bluefinch) — $24.9M\n3. Les Voisins du Dessous (Lantern Arc) — "
        "$7.1M\n"
    )
    found = triples(nlp, text)
    assert not any(r in ("castMember", "character", "portrayedBy") for _, r, _ in found)
    assert ("Stormgate", "director", "Calloway Fenwick") not in found


@pytest.mark.model
def test_a_topic_is_what_its_decline_or_ethics_is_of(nlp: Language) -> None:
    found = triples(
        nlp,
        "The documentary The Last Surveyor, about the decline of hand-drawn mapmaking, "
        "opened in May.",
    )
    assert ("The Last Surveyor", "mainSubject", "mapmaking") in found
    assert ("The Last Surveyor", "mainSubject", "decline") not in found


@pytest.mark.model
def test_a_company_in_apposition_and_a_denial_with_a_full_verb(nlp: Language) -> None:
    found = triples(
        nlp,
        "Thaw Weather is a 1991 drama. It was produced by Tatra Lumenova, the small company "
        "with which the director made most of her films. Some reviewers have suggested that "
        "Dorota Vrbicka appears in Thaw Weather; she does not.",
    )
    assert ("Thaw Weather", "productionCompany", "Tatra Lumenova") in found
    assert ("Thaw Weather", "producer", "Tatra Lumenova") not in found
    assert ("Thaw Weather", "castMember", "Dorota Vrbicka") not in found


@pytest.mark.model
def test_a_company_is_one_throughout_and_a_country_heads_no_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "Thaw Weather is a 1991 drama produced by Tatra Lumenova, the small company behind "
        "most of her films. Salt Frost is a 2009 drama produced by Tatra Lumenova.",
    )
    assert ("Salt Frost", "productionCompany", "Tatra Lumenova") in found
    assert ("Salt Frost", "producer", "Tatra Lumenova") not in found
    listing = triples(nlp, "1. BRIGHT FJORD (2023)\nDirector: Ann Berg\nNorway | Drama\n")
    assert ("Bright Fjord", "countryOfOrigin", "Norway") in listing
    assert not any(s == "Norway" for s, _, _ in listing)


@pytest.mark.model
def test_trade_news_credits_in_loose_phrasings(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Salt Lantern is a 2025 thriller. Okwuosa wrote the screenplay with Tobias "
        'Renfield, adapting Renfield\'s 2016 novel "Lamps Along the Narrows." Jonah Pellman '
        "and Lise Ambrosio produced for Cormorant Films. Marisol Okwuosa previously directed "
        '"Tidewater Psalm" (2019), which was nominated for the Academy Award for Best '
        "International Feature Film.",
    )
    assert ("The Salt Lantern", "screenwriter", "Okwuosa") in found
    assert ("The Salt Lantern", "screenwriter", "Tobias Renfield") in found
    assert ("The Salt Lantern", "basedOn", "Lamps Along the Narrows") in found
    assert ("The Salt Lantern", "producer", "Jonah Pellman") in found
    assert ("The Salt Lantern", "productionCompany", "Cormorant Films") in found
    award = "Academy Award for Best International Feature Film"
    assert ("Tidewater Psalm", "nominatedFor", award) in found
    assert ("Marisol Okwuosa", "nominatedFor", award) not in found


@pytest.mark.model
def test_directs_from_a_script_by(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Long Remainder is a 2024 thriller. Park Min-jun directs from a script by his "
        "sister, Park Seo-yeon, and the result is tense.",
    )
    assert ("The Long Remainder", "director", "Park Min-jun") in found
    assert ("The Long Remainder", "screenwriter", "Park Seo-yeon") in found


@pytest.mark.model
def test_a_diary_entry_s_judgements_and_verbless_description(nlp: Language) -> None:
    text = (
        "Sukkerhuset (2021) ★★★\nA quiet Norwegian family drama from Ragnhild Ostby about "
        "three siblings. Lovely photography by Sung-min Bae.\n\nThe Tin Menagerie (1998) "
        "★★★½\nRewatch. Dolores Ruiz-Abernathy owns every frame as Mabel Quist. Kit "
        "Ambrose-Delane is wasted as her brother Lyle.\n"
    )
    found = triples(nlp, text)
    assert ("Sukkerhuset", "countryOfOrigin", "Norway") in found
    assert ("Sukkerhuset", "directorOfPhotography", "Sung-min Bae") in found
    assert ("Mabel Quist", "portrayedBy", "Dolores Ruiz-Abernathy") in found
    assert ("Lyle", "portrayedBy", "Kit Ambrose-Delane") in found
    assert ("The Tin Menagerie", "castMember", "Kit Ambrose-Delane") in found
    producer = triples(
        nlp, "Hex Lane is a 2013 comedy horror film from Mark Morrow, producer of Dusk Saga."
    )
    assert ("Hex Lane", "director", "Mark Morrow") not in producer


PODCAST = """DEV: Okay, first up is The Tin Widow, from 2023. Directed by Abimbola Fashola, and it \
stars Ines Carvalho as Dolly Prentice.

MAYA: Fashola won Best Director at the Gotham Awards, and Carvalho got a Golden Globe \
nomination for Best Actress in a Drama.

DEV: Film two: Goodnight, Ilka.

MAYA: My pick. It's a German-Polish co-production from 2024, directed by Wojciech Maslanka.
"""


@pytest.mark.model
def test_a_spoken_round_up_announces_its_films(nlp: Language) -> None:
    found = triples(nlp, PODCAST)
    assert ("The Tin Widow", "director", "Abimbola Fashola") in found
    assert ("Goodnight, Ilka", "director", "Wojciech Maslanka") in found
    assert ("Goodnight, Ilka", "countryOfOrigin", "Poland") in found
    nominated = {o for s, r, o in found if r == "nominatedFor"}
    assert "Golden Globe Award for Best Actress in a Drama" in nominated
    assert not any(o.startswith("Gotham Award for Best Actress") for o in nominated)


@pytest.mark.model
def test_a_place_that_stood_in_for_another_is_where_the_film_was_shot(nlp: Language) -> None:
    found = triples(
        nlp,
        "Night Crossing is a 2025 thriller. Marseille, which stands in for Tangier, is "
        "gorgeous. Her sister stood in for her at the premiere.",
    )
    assert ("Night Crossing", "filmingLocation", "Marseille") in found
    assert ("Night Crossing", "narrativeLocation", "Tangier") in found
    assert len([r for _, r, _ in found if r == "filmingLocation"]) == 1


REVIEW = """Hollow Reach (2023)  ★★★½
Tags: horror, folk horror, portugal, cinema trip

hollow reach is her second feature after Little Pistons (2019) and it's a much weirder \
film. where little pistons was a warm family comedy, this is full-on folk horror.

the cinematography by Nell Okafor is gorgeous, and the score by Idris Vallance is a cello \
being slowly strangled.

fun fact from the end credits: it's set in portugal but it was actually filmed in galicia, spain.
"""


@pytest.mark.model
def test_a_review_s_heading_film_is_what_its_credits_are_about(nlp: Language) -> None:
    found = triples(nlp, REVIEW)
    assert ("Hollow Reach", "directorOfPhotography", "Nell Okafor") in found
    assert ("Hollow Reach", "composer", "Idris Vallance") in found
    assert ("Hollow Reach", "filmingLocation", "Galicia") in found
    # the earlier film keeps only what its own clause says of it ("a warm family comedy")
    assert not any(
        s == "Little Pistons" and r not in ("publicationDate", "genre") for s, r, _ in found
    )
    assert ("Little Pistons", "genre", "folk horror") not in found
    assert not any(s == "Tags" for s, _, _ in found)


@pytest.mark.model
def test_a_topic_found_by_two_rules_is_one_object_of_one_type(nlp: Language) -> None:
    subjects = [
        st.object
        for st in facts(nlp, "The Glass Orchard is about the Siege of Leningrad.")
        if st.predicate == "mainSubject"
    ]
    assert subjects == [EntityRef(EntityType.TOPIC, "Siege of Leningrad")]


@pytest.mark.model
def test_a_surname_making_a_film_is_no_company_and_a_sequels_genre_is_its_own(
    nlp: Language,
) -> None:
    text = (
        "Lantern Bay is a 2018 drama directed by Ola Sund. In 2021 Sund made the horror sequel "
        "Lantern Bay II."
    )
    found = triples(nlp, text)
    assert not any(p == "productionCompany" for _, p, _ in found)
    assert ("Lantern Bay II", "genre", "horror film") in found
    assert ("Lantern Bay", "genre", "horror film") not in found


FACT_CHECK = """FACT CHECK

Did the maker of "Birch Hollow" really direct "The Kelp Farmers"? Three claims, checked

Since it reached cinemas, "The Kelp Farmers" has drawn rumours. We looked at the claims.

CLAIM: "Ansel Dorrit directed The Kelp Farmers. Same man who did Birch Hollow."

OUR RATING: FALSE

The film was directed by Wen Okafor-Lyle. Dorrit did direct "Birch Hollow" (2015), but he has
not made a feature since.

CLAIM: "Made for $1 million."

OUR RATING: FALSE

Although the story unfolds in Iceland, the picture was shot in the Shetland Islands. The
production budget was $7 million.

THE RECORD

Title: The Kelp Farmers (2022)
Based on: the novel "Salt Under Glass" (1999) by Hedda Moreau
"""


@pytest.mark.model
def test_a_fact_check_reads_its_verdicts_and_keeps_the_film_it_is_about(nlp: Language) -> None:
    found = triples(nlp, FACT_CHECK)
    # the ratings retract what the claims said
    assert ("The Kelp Farmers", "director", "Ansel Dorrit") not in found
    assert {o.amount for s, p, o in found if p == "cost"} == {Decimal(7_000_000)}
    # "the film" after the verdict is the article's film, not the one named in the claim's
    # aside, nor the one named as someone's earlier credit
    assert ("The Kelp Farmers", "director", "Wen Okafor-Lyle") in found
    assert ("The Kelp Farmers", "filmingLocation", "Shetland Islands") in found
    assert ("The Kelp Farmers", "narrativeLocation", "Iceland") in found
    assert not any(s == "Birch Hollow" and p != "publicationDate" for s, p, _ in found)
    # a source credit gives the work, its year and its author
    assert ("The Kelp Farmers", "basedOn", "Salt Under Glass") in found
    assert ("Salt Under Glass", "author", "Hedda Moreau") in found
    assert ("Salt Under Glass", "publicationDate", Year(1999)) in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Skerry Light went home with the festival's Golden Thistle.",
        "Skerry Light walked away with the Golden Thistle.",
        "Skerry Light competed for the Golden Thistle. The jury gave that award to Skerry Light.",
    ],
)
def test_prizes_won_in_other_words(nlp: Language, text: str) -> None:
    assert ("Skerry Light", "awardReceived", "Golden Thistle") in triples(nlp, text)


TWO_FILM_PODCAST = """REEL HOUR, Episode 9

ANA: Welcome back. First up, Tin Orchard, which Ben hated.

BEN: I had notes. Tin Orchard is the new one from Daniel Hartmann, he wrote and directed it.

ANA: And it's set in Manitoba.

BEN: Okay! Moving on. The Salt Ledger.

ANA: Which I loved. It's Hedda Brink's third feature.

BEN: Fourth, actually.

ANA: So, a Danish-Norwegian co-production, and Tor Vik plays the captain, Henrik.

BEN: And it won the Golden Anchor at Lindholm, right?

ANA: No! Everybody says that. It won the Jury Prize.
"""


@pytest.mark.model
def test_a_podcast_s_spoken_entries_each_keep_their_talk(nlp: Language) -> None:
    found = triples(nlp, TWO_FILM_PODCAST)
    assert ("Tin Orchard", "director", "Daniel Hartmann") in found
    assert ("Tin Orchard", "narrativeLocation", "Manitoba") in found
    assert ("The Salt Ledger", "director", "Hedda Brink") in found
    assert ("The Salt Ledger", "countryOfOrigin", "Denmark") in found
    assert ("The Salt Ledger", "castMember", "Tor Vik") in found
    assert ("The Salt Ledger", "awardReceived", "Jury Prize") in found
    assert not any(s == "Tin Orchard" and p in ("castMember", "awardReceived") for s, p, _ in found)
    # a tag question asks; it states nothing
    assert not any(o == "Golden Anchor" for _, p, o in found if p == "awardReceived")


DISC_REVIEW = """KESTREL WINTER (1974) — Blu-ray review

"Kestrel Winter" is a cold mystery thriller. Ilaria Dunne plays Clara Vost, and Marek Holm is
the weary Inspector Gale. The script follows Ruth Ambler's 1969 novel "The Ice Ledger" closely.
Not a frame of "Kestrel Winter" was shot in Oslo: the interiors were built on stages in Prague.
Its producer, Harrowgate Films, went bankrupt within a year.

SPECS
Title: Kestrel Winter
Year: 1974
Director: Tomas Brekke
Label: Ossuary Video
Release date: 14 October 2024
"""


@pytest.mark.model
def test_a_disc_review_s_film_facts_and_its_specs_box(nlp: Language) -> None:
    found = triples(nlp, DISC_REVIEW)
    assert ("Inspector Gale", "portrayedBy", "Marek Holm") in found
    assert ("Kestrel Winter", "basedOn", "The Ice Ledger") in found
    assert ("The Ice Ledger", "author", "Ruth Ambler") in found
    assert ("Kestrel Winter", "filmingLocation", "Oslo") not in found
    assert ("Kestrel Winter", "filmingLocation", "Prague") in found
    assert ("Kestrel Winter", "productionCompany", "Harrowgate Films") in found
    assert ("Kestrel Winter", "distributor", "Ossuary Video") in found
    # the disc's release date is no second publication of the film
    dates = {o for s, p, o in found if s == "Kestrel Winter" and p == "publicationDate"}
    assert dates == {Year(1974)}


WRAPPED_REVIEW = (
    "Harbour of Reeds is a 2021 Estonian drama directed by Kaja Tammsaar and starring Mirjam "
    "Lepp as Hele, a ferry pilot who returns to Saaremaa after her father's death. The "
    "screenplay, by Tammsaar and Oskar Viik, is adapted from Liis Orav's novel The Low Light. "
    "The film was shot in Kuressaare and on the island of Muhu over seven weeks, and it won "
    "the Grand Prix at the Tallinn Black Nights Film Festival. Rein Kask plays her brother, "
    "Toomas, and the score is by Anni Saar. It was produced by Kuu Films for about €900,000."
)


@pytest.mark.model
def test_prose_hard_wrapped_at_a_fixed_width_reads_as_the_same_prose(nlp: Language) -> None:
    import textwrap

    from anoragraph.nlp.pipeline import unwrap

    wrapped = "\n\n".join(
        textwrap.fill(paragraph, width, break_on_hyphens=False)
        for paragraph, width in ((WRAPPED_REVIEW, 72), (WRAPPED_REVIEW, 64))
    )
    assert len(unwrap(wrapped)) == len(wrapped)  # one character for one: offsets stay
    plain = WRAPPED_REVIEW + "\n\n" + WRAPPED_REVIEW
    assert triples(nlp, wrapped) == triples(nlp, plain)
    # lines of their own (a heading, credits) keep their breaks
    credits = "Harbour of Reeds\nDirector: Kaja Tammsaar\nCast: Mirjam Lepp, Rein Kask\n"
    assert unwrap(credits) == credits


@pytest.mark.model
def test_crew_named_as_one_of_several_with_partners_and_through_companies(
    nlp: Language,
) -> None:
    intro = "The Reed Ledger is a 2024 drama. "
    found = triples(
        nlp,
        intro + "Oskar Lind is one of the film's three producers, alongside Teodora Vasque and "
        "Amir Lindholm.",
    )
    assert ("The Reed Ledger", "producer", "Teodora Vasque") in found
    assert ("The Reed Ledger", "producer", "Amir Lindholm") in found
    found = triples(
        nlp, intro + "Kiknadze-Ross wrote it with his mother, the novelist Nino Kiknadze."
    )
    assert ("The Reed Ledger", "screenwriter", "Nino Kiknadze") in found
    found = triples(
        nlp,
        intro + "Solberg-Diaz, who also produced it through her company Stillwater Nord, films it.",
    )
    assert ("The Reed Ledger", "productionCompany", "Stillwater Nord") in found
    found = triples(nlp, intro + "By morning, Palisade Pictures had taken world rights.")
    assert ("The Reed Ledger", "distributor", "Palisade Pictures") in found


@pytest.mark.model
def test_a_character_s_description_places_the_story(nlp: Language) -> None:
    intro = "The Glass Ledger is a 1958 spy thriller. "
    found = triples(
        nlp, intro + "Vivienne Marsh is Nora Quayle, a cipher clerk who goes missing in Lisbon."
    )
    assert ("The Glass Ledger", "narrativeLocation", "Lisbon") in found
    found = triples(
        nlp, intro + "Vivienne Marsh plays Nora Quayle, a nurse from Quebec who works in a mine."
    )
    assert ("The Glass Ledger", "narrativeLocation", "Quebec") not in found


@pytest.mark.model
def test_a_titled_source_named_after_its_kind_is_a_work_with_its_author(nlp: Language) -> None:
    found = triples(
        nlp,
        'Copper Reach is based on a short story, "Hollow Bells," by Kasia Mwale. Tom Odede is '
        "her brother, Abe, who is the best thing in it.",
    )
    assert ("Copper Reach", "basedOn", "Hollow Bells") in found
    assert ("Hollow Bells", "author", "Kasia Mwale") in found
    # the story is no film: "it" is the film
    assert ("Copper Reach", "castMember", "Tom Odede") in found


@pytest.mark.model
def test_an_interview_s_questions_and_answers_are_about_the_film_its_introduction_names(
    nlp: Language,
) -> None:
    text = (
        "LIGHT ON ICE: A CINEMATOGRAPHER TALKS\n\n"
        "Marta Vos's The Glass Atlas follows a mapmaker through a Riga winter. We spoke to its "
        "director of photography, Jonas Eke.\n\n"
        "Q: How did you come to the project?\n\n"
        "A: Marta and I go back. I shot her first feature, The Salt Lamp, in 2019.\n\n"
        "Q: The film is set in Riga. Where did you actually shoot it?\n\n"
        "A: Tallinn stood in for Riga. The interiors were built on stages in Tallinn. The "
        "budget was about €4 million.\n"
    )
    found = triples(nlp, text)
    assert ("The Glass Atlas", "filmingLocation", "Tallinn") in found
    assert ("The Glass Atlas", "narrativeLocation", "Riga") in found
    assert not any(s == "The Salt Lamp" and p != "publicationDate" for s, p, _ in found)


@pytest.mark.model
def test_a_review_typed_in_lower_case_finds_the_names_it_also_capitalises(nlp: Language) -> None:
    text = (
        "Salt Harbour (2021)  ★★★½\n\n"
        "ok so i finally caught salt harbour at my local cinema and i have thoughts.\n\n"
        "salt harbour is her second feature after Paper Kites (2018). where paper kites was a "
        "warm family comedy, this is full-on folk horror in a fishing village.\n\n"
        "the score by Idris Vallo (who also scored paper kites!!) is basically a cello being "
        "strangled. i mean that as a compliment.\n"
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "genre", "comedy film") in found
    assert ("Salt Harbour", "composer", "Idris Vallo") in found
    # "this" is the review's film, not the one the clause before it named
    assert ("Salt Harbour", "genre", "folk horror") in found
    assert ("Paper Kites", "genre", "folk horror") not in found


@pytest.mark.model
def test_a_budget_in_words(nlp: Language) -> None:
    found = triples(nlp, "Copper Reach is a thriller. It cost around forty-two million dollars.")
    assert ("Copper Reach", "cost", Money(Decimal(42_000_000), "USD", approximate=True)) in found
    found = triples(
        nlp, "Copper Reach is a thriller. Apparently it cost like twelve million euros."
    )
    assert ("Copper Reach", "cost", Money(Decimal(12_000_000), "EUR", approximate=True)) in found


@pytest.mark.model
def test_quotes_cite_the_source_s_own_characters_however_it_was_read(nlp: Language) -> None:
    import textwrap

    from anoragraph.nlp.pipeline import extract
    from anoragraph.records import Document

    lower = (
        "Salt Harbour (2021)\n\nok so i finally caught salt harbour and i loved it. salt "
        "harbour was shot in galicia. i think it is superb.\n"
    )
    wrapped = textwrap.fill(WRAPPED_REVIEW, 72, break_on_hyphens=False)
    for text in (lower, wrapped):
        (found,) = extract([Document(id="d", path="d.txt", text=text, sha256="0")])
        assert found.statements and found.claims
        for record in (*found.sentences, *found.mentions, *found.claims):
            assert record.text == text[record.start : record.end]


@pytest.mark.model
def test_a_syllabus_s_note_fragments_and_a_journey_s_places(nlp: Language) -> None:
    text = (
        "WEEK 2\nThe Iron Bridge (1974)\nPhotographed by Ahn Ji-sook; produced by Cheongsan "
        "Films.\n\nWEEK 3\nBorder Song (1991)\nBorder melodrama set in Tijuana but filmed "
        "almost entirely in Ensenada.\n"
    )
    found = triples(nlp, text)
    assert ("The Iron Bridge", "directorOfPhotography", "Ahn Ji-sook") in found
    assert ("The Iron Bridge", "productionCompany", "Cheongsan Films") in found
    assert ("Border Song", "narrativeLocation", "Tijuana") in found
    found = triples(
        nlp, "Night Express is a 1951 thriller set on a sleeper between Vienna and Trieste."
    )
    assert ("Night Express", "narrativeLocation", "Vienna") in found
    assert ("Night Express", "narrativeLocation", "Trieste") in found


@pytest.mark.model
def test_a_crew_member_s_earlier_credit_is_named_in_passing(nlp: Language) -> None:
    text = (
        "The Long Harvest is a 2024 drama directed by Edith Quennell. It was shot by Anselm "
        "Brandt, who previously shot The Quiet Ferry (2016). The film stars Mara Voss as Lena."
    )
    found = triples(nlp, text)
    assert ("The Long Harvest", "castMember", "Mara Voss") in found
    assert not any(s == "The Quiet Ferry" and p == "castMember" for s, p, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ines Carvalho-Ward plays Odile.",
            {
                ("Red Ferry", "castMember", "Ines Carvalho-Ward"),
                ("Odile", "portrayedBy", "Ines Carvalho-Ward"),
            },
        ),
        (
            "Rafael Dunmore plays the moneylender, Kostas Marangos.",
            {("Kostas Marangos", "portrayedBy", "Rafael Dunmore")},
        ),
        ("Beatriz Lobo plays a retired conductor.", {("Red Ferry", "castMember", "Beatriz Lobo")}),
        (
            "Newcomer Saskia Oduya stars as Elodie Verhaegen.",
            {("Elodie Verhaegen", "portrayedBy", "Saskia Oduya")},
        ),
    ],
)
def test_parts_named_or_not_after_plays(
    nlp: Language, sentence: str, expected: set[tuple[str, str, object]]
) -> None:
    found = triples(nlp, "Red Ferry is a 2020 drama. " + sentence)
    assert expected <= found
    # a description before a name is no part of it, and playing an instrument is no part
    assert not any("Newcomer" in str(o) for _, _, o in found)
    assert not triples(nlp, "Red Ferry is a 2020 drama. Lobo plays the piano in a bar.") & {
        ("Red Ferry", "castMember", "Lobo")
    }


@pytest.mark.model
def test_who_takes_charge_of_a_part_has_its_role(nlp: Language) -> None:
    intro = "Ironweed Crossing is a 2026 Western. "
    found = triples(nlp, intro + "Her regular composer Ottilie Marsh will provide the score.")
    assert ("Ironweed Crossing", "composer", "Ottilie Marsh") in found
    found = triples(nlp, intro + "Meridian Arc will handle distribution in the UK.")
    assert ("Ironweed Crossing", "distributor", "Meridian Arc") in found


@pytest.mark.model
def test_what_actors_board_is_a_film_they_join(nlp: Language) -> None:
    text = (
        "Noor Halabi and Felix Aramburu have boarded Ironweed Crossing, the Western thriller "
        "Sunniva Tveit is set to direct. Halabi will play Marguerite Osei."
    )
    found = triples(nlp, text)
    assert ("Ironweed Crossing", "castMember", "Noor Halabi") in found
    assert ("Ironweed Crossing", "castMember", "Felix Aramburu") in found
    assert ("Marguerite Osei", "portrayedBy", "Halabi") in found


@pytest.mark.model
def test_a_film_named_in_a_whose_clause_does_not_become_the_topic(nlp: Language) -> None:
    text = (
        "Noor Halabi has boarded Ironweed Crossing. Tveit, whose last feature Glass Harbor took "
        "home the Golden Kestrel, will helm from a screenplay by Desmond Achebe-Farrow. The "
        "script adapts a graphic novel. Filming starts in March. Copperline is fully "
        "financing the pic, which carries a budget of $32 million. Rena Dorsey, who lensed "
        "Glass Harbor, returns."
    )
    found = triples(nlp, text)
    assert ("Ironweed Crossing", "screenwriter", "Desmond Achebe-Farrow") in found
    assert ("Ironweed Crossing", "cost", Money(Decimal(32_000_000), "USD")) in found
    assert ("Glass Harbor", "awardReceived", "Golden Kestrel") in found


@pytest.mark.model
def test_a_casting_story_keeps_its_film_past_the_crew_s_other_credits(nlp: Language) -> None:
    text = (
        "Noor Halabi has boarded Ironweed Crossing. Sunniva Tveit will direct the Western. "
        "Halabi next appears in the limited series Sable Coast. Cal Petrakis wrote the novel. "
        "Petrakis and Tveit exec produce. Tveit reteams with DP Bram Oduya, who lensed Glass "
        "Harbor. Filming will take place in Santa Fe."
    )
    found = triples(nlp, text)
    assert ("Ironweed Crossing", "filmingLocation", "Santa Fe") in found
    assert not any(
        s in ("Sable Coast", "Glass Harbor", "Petrakis and Tveit")
        for s, p, _ in found
        if p == "filmingLocation"
    )


@pytest.mark.model
def test_a_person_producing_for_a_company_is_the_producer_not_a_film(nlp: Language) -> None:
    text = "Ironweed Crossing is a Western. Marlow Finch is producing for Stillwater Yard."
    found = triples(nlp, text)
    assert ("Ironweed Crossing", "producer", "Marlow Finch") in found
    assert ("Ironweed Crossing", "productionCompany", "Stillwater Yard") in found
    assert not any(s == "Marlow Finch" for s, _, _ in found)


@pytest.mark.model
def test_where_cameras_are_set_to_roll_is_a_filming_location(nlp: Language) -> None:
    intro = "Ironweed Crossing is a Western. "
    found = triples(nlp, intro + "Cameras are set to roll in late March in Calgary.")
    assert ("Ironweed Crossing", "filmingLocation", "Calgary") in found
    found = triples(nlp, intro + "The camera lingers on her in Paris.")
    assert not any(p == "filmingLocation" for _, p, _ in found)


@pytest.mark.model
def test_the_former_and_the_latter_in_a_review_of_two_films(nlp: Language) -> None:
    text = (
        "Two films about islands open this week. Saltmarsh, the debut of the Welsh director "
        "Gwen Arbery, is a thriller. Kestrel Point, from Tomasz Wilk, is a comedy.\n\n"
        "The former is set in Anglesey, where Mair (Nia Prothero) runs a ferry. Arbery wrote "
        "the script with Ifan Rhys.\n\n"
        "The latter unfolds in Gdansk, where Ola Zielinska plays a stubborn harbour pilot.\n\n"
        "Unlike Arbery, who shot on location in Holyhead, Wilk filmed on a stage in Lodz. "
        "Arbery's film is about debt.\n\n"
        "Saltmarsh. Dir: Gwen Arbery. UK, 2025.\n"
        "Kestrel Point. Dir: Tomasz Wilk. Poland, 2024.\n"
    )
    found = triples(nlp, text)
    assert ("Saltmarsh", "narrativeLocation", "Anglesey") in found
    assert ("Saltmarsh", "castMember", "Nia Prothero") in found
    assert ("Saltmarsh", "screenwriter", "Ifan Rhys") in found
    assert ("Kestrel Point", "narrativeLocation", "Gdansk") in found
    assert ("Kestrel Point", "castMember", "Ola Zielinska") in found
    assert not any(s == "Kestrel Point" and o in ("Nia Prothero", "Ifan Rhys") for s, _, o in found)
    # a person is no film: no filming location for Arbery, and her film is hers
    assert not any(s == "Arbery" for s, _, _ in found)
    assert not any(s == "Kestrel Point" and "Arbery" in str(o) for s, _, o in found)
    # each info line gives its own film's country and year
    assert ("Saltmarsh", "countryOfOrigin", "United Kingdom") in found
    assert ("Kestrel Point", "countryOfOrigin", "Poland") in found
    assert ("Kestrel Point", "publicationDate", Year(2024)) in found
    assert ("Saltmarsh", "countryOfOrigin", "Poland") not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actor", "part"),
    [
        (
            "It is held together by Ruy Escobar as her feckless eldest son, Tomeu.",
            "Ruy Escobar",
            "Tomeu",
        ),
        (
            "It is a thriller with Tove Dahl as the detective Karin Brandt.",
            "Tove Dahl",
            "Karin Brandt",
        ),
        ("Hanne Vik is superb as Oskar's estranged sister, Liv.", "Hanne Vik", "Liv"),
        (
            "The singer Noor Azizi makes a fine screen debut as the youngest daughter, Pari.",
            "Noor Azizi",
            "Pari",
        ),
        (
            "The actress Maud Ferrant, who incarnates Lise Aubry, is superb.",
            "Maud Ferrant",
            "Lise Aubry",
        ),
        (
            "It follows the widowed Dona Amparo (Celia Ibarra, magnificent) through one summer.",
            "Celia Ibarra",
            "Dona Amparo",
        ),
    ],
)
def test_a_player_and_the_part_in_a_critic_s_phrasing(
    nlp: Language, sentence: str, actor: str, part: str
) -> None:
    found = triples(nlp, "Salt Flats (2024) is a drama directed by Ada Lunde. " + sentence)
    assert ("Salt Flats", "castMember", actor) in found, sentence
    assert (part, "portrayedBy", actor) in found, sentence


@pytest.mark.model
def test_what_a_shoot_report_and_a_correction_do_and_do_not_assert(nlp: Language) -> None:
    text = (
        "Tern Light (2024) is a drama directed by Ada Lunde. "
        "Szeged doubles, persuasively, for both Vienna and Trieste. "
        "Despite rumours online, the singer Petra Halm is not in the cast. "
        "Mira Lisle co-wrote it with me and Oskar Brandt-Lee did the score. "
        "Harwick Releasing acquired the film for the UK.\n\n"
        "CORRECTION: An earlier version of this article said Tern Light is set in Graz, "
        "Styria.\n"
    )
    found = triples(nlp, text)
    assert ("Tern Light", "filmingLocation", "Szeged") in found
    assert ("Tern Light", "narrativeLocation", "Vienna") in found
    assert ("Tern Light", "narrativeLocation", "Trieste") in found
    assert ("Tern Light", "castMember", "Petra Halm") not in found
    assert ("Tern Light", "screenwriter", "Mira Lisle") in found
    assert ("Tern Light", "composer", "Oskar Brandt-Lee") in found
    assert ("Tern Light", "screenwriter", "Oskar Brandt-Lee") not in found
    assert ("Tern Light", "distributor", "Harwick Releasing") in found
    assert not any(o in ("Graz", "Styria") for _, _, o in found)


@pytest.mark.model
def test_a_career_survey_credits_each_film_to_its_maker_not_the_critic(nlp: Language) -> None:
    text = (
        "Marit Voss surveys a career of restless invention.\n\n"
        "Liesl Aurand made her debut with Cold Orchard (1994), which she co-wrote with "
        "Piet Drummond. Her next, Tallow Hill (2001), was a western.\n\n"
        "Aurand never repeated herself. Glass Weather (2009), which she co-wrote with Tom "
        "Hale, was shot in Gdansk. Aurand calls it her favourite.\n\n"
        "In a recent interview, Edwin Okafor-Lind, writer-director of Dust Choir (2015), "
        "The Night Barge (2018) and Copper Bells (2023), spoke about his methods.\n"
    )
    found = triples(nlp, text)
    assert ("Cold Orchard", "screenwriter", "Liesl Aurand") in found
    assert ("Cold Orchard", "screenwriter", "Piet Drummond") in found
    assert ("Tallow Hill", "director", "Liesl Aurand") in found
    # the critic named once in the opening is not who "she" is
    assert not any(o == "Marit Voss" for _, _, o in found)
    assert ("Glass Weather", "screenwriter", "Liesl Aurand") in found
    for film in ("Dust Choir", "The Night Barge", "Copper Bells"):
        assert (film, "director", "Edwin Okafor-Lind") in found
        assert (film, "screenwriter", "Edwin Okafor-Lind") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "It is adapted from Ice Music, the 2011 novel by Ines Vold.",
        "It is adapted from the 2011 novel Ice Music by Ines Vold.",
        "Ada Lunde adapted it from Ice Music, a novel by Ines Vold.",
        "Ada Lunde and co-writer Tomas Fjeld draw on Ice Music, the 1921 memoir by Ines Vold.",
    ],
)
def test_a_source_named_with_its_author_in_apposition(nlp: Language, sentence: str) -> None:
    found = triples(nlp, "Harrow Lane (2024) is a drama directed by Ada Lunde. " + sentence)
    assert ("Harrow Lane", "basedOn", "Ice Music") in found, sentence
    assert ("Ice Music", "author", "Ines Vold") in found, sentence
    # the author is no source
    assert ("Harrow Lane", "basedOn", "Ines Vold") not in found, sentence


@pytest.mark.model
def test_a_credited_maker_s_possessive_names_a_person_not_a_film(nlp: Language) -> None:
    text = (
        "The Quiet Glass review\n\n"
        "Director: Sorrel Ambrose-Kent\nMusic: Odile Varga-Lund\n\n"
        "In 1987, Pavel Brannock's Ostrova gave us a wild romantic. The Quiet Glass offers "
        "something colder. Odile Varga-Lund's score wisely stays out of the way, quoting his "
        "quartets only sparingly.\n"
    )
    doc = nlp(text)
    films = {m.ref.name for m in find_mentions(doc) if m.ref.type is EntityType.FILM}
    assert "Odile Varga-Lund" not in films
    assert ("The Quiet Glass", "composer", "Odile Varga-Lund") in triples(nlp, text)


@pytest.mark.model
def test_an_actor_who_dropped_out_or_turned_a_part_down_is_not_in_the_cast(
    nlp: Language,
) -> None:
    text = (
        "Harrow Lane (2024) is a drama directed by Ada Lunde. Oona Brisk was originally "
        "cast as Edith but dropped out two weeks before filming; Mira Lind plays Edith. "
        "Tove Hagen turned down the role of Jack."
    )
    found = triples(nlp, text)
    assert ("Harrow Lane", "castMember", "Mira Lind") in found
    assert ("Edith", "portrayedBy", "Mira Lind") in found
    assert not any(o in ("Oona Brisk", "Tove Hagen") for _, _, o in found)


@pytest.mark.model
def test_a_town_that_stood_in_for_another_film_s_place(nlp: Language) -> None:
    text = (
        "In 2019 the same pier became Dunmara in County Mayo for The Net Menders, Aoife "
        "Brannagh's drama about Irish fishwives, which was also shot partly in Staithes."
    )
    found = triples(nlp, text)
    assert ("The Net Menders", "director", "Aoife Brannagh") in found
    # where it was shot is no place of its story
    assert ("The Net Menders", "narrativeLocation", "Staithes") not in found
    assert not any(s.startswith("Dunmara") for s, _, _ in found)
    assert not any(r == "mainSubject" and o == "Irish" for _, r, o in found)


@pytest.mark.model
def test_a_verdict_line_rating_two_films_gives_each_its_stars(nlp: Language) -> None:
    text = (
        "Marrow Lane (2024) is a thriller. The Pewter Keys (2024) is a comedy.\n\n"
        "Verdict: Marrow Lane ★★★★ / The Pewter Keys ★★\n"
    )
    ratings = {(s, o.value) for s, r, o in triples(nlp, text) if r == "rating"}
    assert ratings == {("Marrow Lane", Decimal(4)), ("The Pewter Keys", Decimal(2))}


@pytest.mark.model
def test_a_country_s_possessive_before_a_title_gives_the_film_s_country(nlp: Language) -> None:
    text = (
        "Almost everyone predicted a sweep for The Lighthouse Accord. Instead, The Copper "
        "Hour won Best Picture. Norway's Skarvholm was named Best International Feature."
    )
    found = triples(nlp, text)
    assert ("Skarvholm", "countryOfOrigin", "Norway") in found
    assert ("Skarvholm", "awardReceived", "Best International Feature") in found
    assert not any(r == "director" for _, r, _ in found)


@pytest.mark.model
def test_a_sentence_opening_in_a_film_s_name_is_about_that_film(nlp: Language) -> None:
    text = (
        "Harrow Lane (2024) is a thriller. The Pewter Keys (2024) is a comedy. "
        "In The Pewter Keys, the singer Noor Azizi makes a fine screen debut as the youngest "
        "daughter, Pari."
    )
    found = triples(nlp, text)
    assert ("The Pewter Keys", "castMember", "Noor Azizi") in found
    assert ("Harrow Lane", "castMember", "Noor Azizi") not in found
    # making a debut makes no film
    assert not any(r == "productionCompany" for _, r, _ in found)


@pytest.mark.model
def test_a_performance_that_won_its_player_an_award(nlp: Language) -> None:
    text = (
        "Ingrid Lund starred in The Salt Coat (1978). The performance won her the BAFTA "
        "Award for Best Actress."
    )
    found = facts(nlp, text)
    won = [st for st in found if st.predicate == "awardReceived"]
    assert any(
        st.subject.name == "Ingrid Lund"
        and ("forWork", EntityRef(EntityType.FILM, "The Salt Coat")) in st.qualifiers
        for st in won
    )


@pytest.mark.model
def test_a_chart_s_one_word_title_named_again_in_its_prose(nlp: Language) -> None:
    text = (
        "WEEKEND BOX OFFICE\n\n"
        "1. Brambleford (Northgate Pictures) — $22.4M — NEW\n"
        "2. The Tin Orchard (Kestrel Releasing) — $8.1M — wk 2\n"
        "3. Quiet Harbour Blues (Pellucid) — $3.0M — wk 4\n\n"
        "Ticket sales were up again.\n\n"
        "Brambleford, which opened Friday, led the frame comfortably. The thriller stars "
        "Jonah Pereira as Ada Lunn, and it was shot in Slovenia."
    )
    found = triples(nlp, text)
    assert ("Brambleford", "distributor", "Northgate Pictures") in found
    assert ("The Tin Orchard", "distributor", "Kestrel Releasing") in found
    assert ("Quiet Harbour Blues", "distributor", "Pellucid") in found
    assert ("Brambleford", "castMember", "Jonah Pereira") in found
    assert ("Brambleford", "filmingLocation", "Slovenia") in found
    assert not any(s == "Quiet Harbour Blues" and p == "castMember" for s, p, _ in found)


@pytest.mark.model
def test_a_film_page_s_heading_film_outlasts_a_reply_naming_another(nlp: Language) -> None:
    text = (
        "THE SALT LANTERNS  2023\n"
        "Directed by Mirela Kostova\n\n"
        "Cast: Dana Oyelowo, Piet Varga\n\n"
        "★★★★  Review by tallgrass\n"
        "piet varga is wonderful here.\n\n"
        "    reply from owlbear:\n"
        "    you mean Harrow Point (2019)? different movie. this one is set in Wyoming\n\n"
        "★★★  Review by reelmoss\n"
        "Dana Oyelowo as Ruth carries the whole thing, and it was shot in Montana."
    )
    found = triples(nlp, text)
    assert ("The Salt Lanterns", "director", "Mirela Kostova") in found
    assert ("The Salt Lanterns", "character", "Ruth") in found
    assert ("The Salt Lanterns", "filmingLocation", "Montana") in found
    assert not any(s.endswith("2023") for s, _, _ in found)
    assert not any(s == "Harrow Point" and p != "publicationDate" for s, p, _ in found)


@pytest.mark.model
def test_credits_after_a_source_named_in_the_screenplay_line(nlp: Language) -> None:
    text = (
        "THE ICE FERRY\n"
        "Norway | 2022 | 97 min\n"
        "Director: Hedda Brun\n"
        "Screenplay: Hedda Brun, based on the film Night Tram to Bergen (1962) by Ola Dahl\n"
        "Cinematography: Tove Lien\n"
        "Music: Kjetil Aas\n"
    )
    found = triples(nlp, text)
    assert ("The Ice Ferry", "directorOfPhotography", "Tove Lien") in found
    assert ("The Ice Ferry", "composer", "Kjetil Aas") in found
    assert ("The Ice Ferry", "basedOn", "Night Tram to Bergen") in found
    crew = ("Tove Lien", "Kjetil Aas")
    assert not any(s == "Night Tram to Bergen" and o in crew for s, _, o in found)


@pytest.mark.model
def test_a_company_s_possessive_and_a_people_s_are_not_directors(nlp: Language) -> None:
    text = (
        "Not everyone had a good weekend. Pemberton's animated musical The Glass Bell, "
        "directed by Ana Ruiz, opened to just $7 million, well below what the studio had "
        "hoped for. Pemberton insists the budget was $90 million."
    )
    found = triples(nlp, text)
    assert ("The Glass Bell", "director", "Ana Ruiz") in found
    assert ("The Glass Bell", "director", "Pemberton") not in found
    headline = (
        "Welsh Miners' Epic 'The Long Seam' Wins Top Prize\n\n"
        "CARDIFF — Huw Rees's The Long Seam, a drama about a pit village, won the Golden "
        "Lamp on Saturday."
    )
    found = triples(nlp, headline)
    assert {o for _, p, o in found if p == "director"} == {"Huw Rees"}


@pytest.mark.model
def test_a_film_that_won_its_player_a_prize(nlp: Language) -> None:
    found = triples(
        nlp,
        "The drama The Night Channel (2024) stars Ines Rocha as Vera Lind. The Night "
        "Channel, which won Rocha the Silver Shell for Best Actress at San Sebastian, opens "
        "on Friday.",
    )
    assert ("Ines Rocha", "awardReceived", "Silver Shell") in found
    assert not any(p == "awardReceived" and "Rocha" in str(o) for _, p, o in found)


@pytest.mark.model
def test_talk_about_a_part_of_the_film_is_no_subject_of_it(nlp: Language) -> None:
    found = triples(
        nlp,
        "I directed Marrow Creek (2021). Ask me anything (except about the ending of "
        "Marrow Creek).",
    )
    assert not any(p == "mainSubject" for _, p, _ in found)


@pytest.mark.model
def test_a_cinematographer_s_credits_in_brackets_are_not_directed_by_them(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "The Ember Road is directed by Lise Aubry. Director of photography is Karel Dvorsky "
        "(The Winter Quay), who will shoot on 35mm.",
    )
    assert ("The Winter Quay", "director", "Karel Dvorsky") not in found


@pytest.mark.model
def test_an_essay_s_numbered_sections_are_not_films(nlp: Language) -> None:
    text = (
        "The Harbour School: Port Cinema in the 1960s\n\n"
        "1. Origins\n\n"
        "The first work of the group is Tomas Reyna's Low Tide (Marea Baja, 1962), produced by "
        "the small Valparaíso studio Faro Films. Reyna's second feature, The Net Menders "
        "(Los Remendadores, 1965), is bolder.\n\n"
        "2. Decline\n\n"
        "It was shot in Coquimbo, with the stage actor Ramón Ibarra as the harbourmaster.\n"
    )
    found = triples(nlp, text)
    assert not any(s in ("Origins", "Decline") for s, _, _ in found)
    assert ("Low Tide", "director", "Tomas Reyna") in found
    assert ("Low Tide", "director", "Marea Baja") not in found
    assert ("The Net Menders", "director", "Los Remendadores") not in found
    assert ("Low Tide", "productionCompany", "Faro Films") in found


@pytest.mark.model
def test_a_slate_s_entries_with_their_own_labels_and_one_country(nlp: Language) -> None:
    text = (
        "THE ACQUISITIONS\n\n"
        "THE TIN CHAPEL (Chile/Peru)\n"
        "Director: Elena Varga Ruiz\n"
        "Cast: Tomás Ferrer, Lía Mont\n"
        "A drama set in Arica. Produced by Norte Sur Cine.\n\n"
        "SALT WIND, SWEET WIND (Canada)\n"
        "Writer-director: Colin Ashdown\n"
        "Cast: Rita Vale, Owen Marsh\n"
        "Producer: Paul Girard for Maple Row Pictures. A documentary-tinged comedy set in "
        "Halifax.\n"
    )
    found = triples(nlp, text)
    film = "Salt Wind, Sweet Wind"
    assert (film, "director", "Colin Ashdown") in found
    assert (film, "screenwriter", "Colin Ashdown") in found
    assert (film, "castMember", "Rita Vale") in found
    assert (film, "countryOfOrigin", "Canada") in found
    assert (film, "producer", "Paul Girard") in found
    assert (film, "productionCompany", "Maple Row Pictures") in found
    assert (film, "genre", "documentary film") not in found
    assert not any(p == "character" for _, p, _ in found)
    assert not any(s == "The Tin Chapel" and o == "Rita Vale" for s, _, o in found)


@pytest.mark.model
def test_a_distributor_s_lines_are_about_the_films_not_the_company(nlp: Language) -> None:
    text = (
        "QUIET MILE (France)\n"
        "Director: Anouk Berthier\n\n"
        "The next feature from Anouk Berthier, whose Les Nuits blanches won the Prix Vigo, is "
        "a comedy set in Nantes. Harrowgate will release the film in spring 2026.\n\n"
        "Harrowgate Pictures is a Boston-based distribution company focused on independent "
        "cinema."
    )
    found = triples(nlp, text)
    assert ("Quiet Mile", "productionCompany", "Anouk Berthier") not in found
    assert not any(o == "Prix Vigo" and s == "Quiet Mile" for s, _, o in found)
    assert not any(s.startswith("Harrowgate") for s, _, _ in found)
    assert not any(p == "mainSubject" for _, p, _ in found)


@pytest.mark.model
def test_a_magazine_q_and_a_with_speaker_labels_is_about_its_film(nlp: Language) -> None:
    text = (
        '"I KEEP THE MAP, THEN I BURN IT"\n'
        "Writer Lena Osei on her new drama and the film that never happened\n\n"
        "Her new script, the thriller Iron Orchard (2024), directed by Paul Dray, opens on "
        "3 May.\n\n"
        "REELTALK: Where is the film set?\n\n"
        "OSEI: In Hull. Before that I wrote Grey Lantern (2019), which Mira Holt "
        "directed.\n\n"
        "REELTALK: Tell me about the one that got away.\n\n"
        "OSEI: Salt Roads. It was going to be a road movie, and Ruth Kane was going to "
        "direct. Then the studio was sold.\n\n"
        "REELTALK: Who shot Iron Orchard?\n\n"
        "OSEI: The photography is by Ansel Lowe. Rumour is Dan Pike might score the sequel.\n"
    )
    found = triples(nlp, text)
    assert ("Iron Orchard", "directorOfPhotography", "Ansel Lowe") in found
    assert not any(s.startswith("I Keep") for s, _, _ in found)
    assert not any(p == "genre" and o == "road movie" for _, p, o in found)
    assert not any(o in ("Ruth Kane", "Dan Pike") for _, _, o in found)


@pytest.mark.model
def test_two_titles_joined_by_a_shouted_and_stay_two(nlp: Language) -> None:
    found = triples(
        nlp,
        "No, Asha Menon directed both River of Salt (2012) AND Night Ferry (2016). The "
        "river scenes last for about a week of the story.",
    )
    assert ("River of Salt", "director", "Asha Menon") in found
    assert ("Night Ferry", "publicationDate", Year(2016)) in found
    assert not any("AND" in s for s, _, _ in found)
    assert not any(p == "mainSubject" and o == "week" for _, p, o in found)


@pytest.mark.model
def test_places_near_outside_and_a_fan_s_they_filmed(nlp: Language) -> None:
    text = (
        "Just watched Lantern Bay (2021). Set in Galway but apparently they filmed most of "
        "it in Sligo. The harbour scenes were shot at the Dún Laoghaire pier, not in Galway "
        "at all, and the exteriors were filmed near Kilkee."
    )
    found = triples(nlp, text)
    assert ("Lantern Bay", "filmingLocation", "Sligo") in found
    assert ("Lantern Bay", "filmingLocation", "Kilkee") in found
    assert ("Lantern Bay", "filmingLocation", "Galway") not in found
    assert ("Lantern Bay", "narrativeLocation", "Galway") in found


@pytest.mark.model
def test_budgets_reported_as_and_spelled_out_with_a_half(nlp: Language) -> None:
    assert parse_money("four and a half million pounds") == Money(Decimal("4500000"), "GBP")
    found = triples(
        nlp,
        "Quiet Harbours (2019) is a drama. The budget was reported as CA$6.2 million.",
    )
    assert ("Quiet Harbours", "cost", Money(Decimal("6200000"), "CAD")) in found


@pytest.mark.model
def test_reports_that_proved_wrong_and_claims_corrected_in_fact(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Copper Gate (2020) is a drama. Early reports that Milo Brandt would play Anton "
        "proved incorrect; the role went to Karl Wendt. It is sometimes claimed that The "
        "Copper Gate was photographed by Ivo Sarr; in fact Sarr had left the country by then.",
    )
    assert not any(o in ("Milo Brandt", "Ivo Sarr") for _, _, o in found)


@pytest.mark.model
def test_players_who_came_on_or_stepped_in_as_a_part(nlp: Language) -> None:
    found = triples(
        nlp,
        "Copper Tide (2024) is a heist film. The actress Maeve Calloway plays Rosie. Then "
        "Priya Dhanjal came on as Tess, and Lia Moss stepped in as Nora.",
    )
    assert ("Tess", "portrayedBy", "Priya Dhanjal") in found
    assert ("Nora", "portrayedBy", "Lia Moss") in found


@pytest.mark.model
def test_a_forum_post_s_topic_and_a_story_called_by_its_title(nlp: Language) -> None:
    text = (
        "Just watched Salt Lantern (2021). Ferry Hymn (2019) is better, though.\n\n"
        "Anyway, on Salt Lantern — fun fact, it's loosely based on a short story by Mina "
        'Rao called "The Ferryman\'s Daughters". And it won the Golden Conch for Best Film.'
    )
    found = triples(nlp, text)
    assert ("Salt Lantern", "basedOn", "The Ferryman's Daughters") in found
    assert ("Salt Lantern", "awardReceived", "Golden Conch for Best Film") in found or (
        "Salt Lantern",
        "awardReceived",
        "Golden Conch",
    ) in found
    assert not any(s == "Ferry Hymn" and p != "publicationDate" for s, p, _ in found)


@pytest.mark.model
def test_an_author_s_possessive_before_an_adapted_work_is_no_director(nlp: Language) -> None:
    found = triples(
        nlp,
        "The critic Nezihe Arman coined the term in 1971. Halil Okan's planned adaptation "
        "of Rıza Selim's The Tower Keeper was abandoned in pre-production in 1972 and never "
        "made.",
    )
    assert not any(p == "director" for _, p, _ in found)


@pytest.mark.model
def test_a_maker_s_earlier_films_and_a_company_by_its_first_word(nlp: Language) -> None:
    text = (
        "Lanternfish Pictures announced its slate.\n\n"
        "THE LAST FERRY (Hong Kong)\n"
        "Director: Raymond Siu\n"
        "A crime thriller from veteran genre director Raymond Siu (Midnight Ferry, Nine "
        "Dragons Down). Lanternfish has acquired all North American rights.\n\n"
        "Quiet Coves (2019) is Marie Delisle-Aubin's third feature, following Grey Harbours "
        "(2012) and The Lamplighter's Daughter (2016)."
    )
    found = triples(nlp, text)
    assert ("Midnight Ferry", "director", "Raymond Siu") in found
    assert ("Nine Dragons Down", "director", "Raymond Siu") in found
    assert ("The Last Ferry", "distributor", "Lanternfish Pictures") in found
    assert ("Grey Harbours", "director", "Marie Delisle-Aubin") in found
    assert ("The Lamplighter's Daughter", "director", "Marie Delisle-Aubin") in found


@pytest.mark.model
def test_a_nominee_who_lost_to_a_winner_for_another_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Salt Orchard (2019) is a drama directed by Margaux Delisle-Aubin, based on the "
        "2011 novel Winter Tenants by Édouard Passereau. It premiered at the Toronto "
        "International Film Festival on 7 September 2019. At the 8th Canadian Screen "
        "Awards, Delisle-Aubin was nominated for Best Director but lost to Patrice Vandal "
        "for Northern Ledger.",
    )
    assert ("Northern Ledger", "director", "Patrice Vandal") in found
    assert any(s == "Patrice Vandal" and p == "awardReceived" for s, p, _ in found)
    assert ("Winter Tenants", "publicationDate", Year(2011)) in found
    assert ("The Salt Orchard", "publicationDate", Date(2019, 9, 7)) in found


@pytest.mark.model
def test_an_actor_s_biography_and_filmography_table(nlp: Language) -> None:
    text = (
        "Tomas Wendel\n\n"
        "Tomas Wendel (born 2 May 1975) is a Danish-born British actor. He is known for "
        '"Cold Quay" (2008) and "Iron Lantern" (2012).\n\n'
        "Kovacs was born in Aarhus, in what was then Denmark. He followed it with "
        '"Silence at Durres" (2014), Arben Hoxha\'s war drama, in which he played the officer '
        "Renzo Galli.\n\n"
        "Filmography\n\n"
        "Year | Title | Role | Notes\n"
        "2008 | Cold Quay | Nils Brandt |\n"
        "2012 | Iron Lantern | Himself | Cameo\n"
        "2014 | Silence at Durres | Renzo Galli | Nominated – BAFTA Award for Best Actor\n"
        "2016 | Salt Harbour | Tom | Voice\n"
    )
    found = triples(nlp, text)
    assert ("Cold Quay", "castMember", "Tomas Wendel") in found
    assert ("Cold Quay", "character", "Nils Brandt") in found
    assert ("Iron Lantern", "castMember", "Tomas Wendel") in found
    assert ("Iron Lantern", "character", "Himself") not in found
    assert ("Salt Harbour", "publicationDate", Year(2016)) in found
    assert ("Silence at Durres", "castMember", "Tomas Wendel") in found
    assert ("Silence at Durres", "castMember", "Arben Hoxha") not in found
    assert not any(s == "Tomas Wendel" and p == "genre" for s, p, _ in found)
    assert not any(p == "awardReceived" for _, p, _ in found)
    assert not any(o == "Denmark" for _, p, o in found if p == "character")


@pytest.mark.model
def test_a_trade_review_s_credits_box_is_its_headline_film_s(nlp: Language) -> None:
    text = (
        "'The Salt Beacons' Review: A Flinty Baltic Drama\n\n"
        "By Dana Reed\n\n"
        'VENICE — Ilse Vahl, last seen in Radu Mirea\'s "The Ferry Wife" (2019), is '
        "superb here.\n\n"
        "Production: (Poland-Estonia) A Northwind Pictures production, in co-production with "
        "Kalev Film. Producers: Agata Wilk, Rein Tamm.\n\n"
        "Crew: Director, screenwriter: Maren Ostrowska. Camera (color, widescreen): Ruben "
        "Ekdahl. Music: Hanna Leivo.\n\n"
        "With: Ilse Vahl, Oskar Lind."
    )
    found = triples(nlp, text)
    film = "The Salt Beacons"
    assert (film, "director", "Maren Ostrowska") in found
    assert (film, "screenwriter", "Maren Ostrowska") in found
    assert (film, "directorOfPhotography", "Ruben Ekdahl") in found
    assert (film, "productionCompany", "Northwind Pictures") in found
    assert (film, "productionCompany", "Kalev Film") in found
    assert (film, "countryOfOrigin", "Estonia") in found
    assert (film, "castMember", "Oskar Lind") in found
    assert not any(
        s == "The Ferry Wife" and p != "director" and p != "publicationDate" for s, p, _ in found
    )


@pytest.mark.model
def test_a_campaign_banner_and_titles_in_sentence_case(nlp: Language) -> None:
    found = triples(
        nlp,
        "PIGEON WINTER — a British independent feature film\n\n"
        "Our director Priya Shah made the short The Lock (2021). Pigeon Winter is a "
        "comedy-drama about grief.",
    )
    assert ("Pigeon Winter", "countryOfOrigin", "United Kingdom") in found
    assert not any(p == "filmingLocation" or o == "Pigeon Winter" for _, p, o in found)
    found = triples(
        nlp,
        'Restoring Vittorio Salvi\'s "Il ponte di neve" (1963)\n\n'
        'When "Il ponte di neve" premiered at the Venice Film Festival on 29 August 1963, '
        "it won the Special Jury Prize.",
    )
    assert ("Il ponte di neve", "director", "Vittorio Salvi") in found
    assert ("Il ponte di neve", "publicationDate", Date(1963, 8, 29)) in found


@pytest.mark.model
def test_a_campaign_page_s_team_laurels_and_wishes(nlp: Language) -> None:
    text = (
        "GULL SEASON — a British independent feature film\n\n"
        "THE TEAM\n\n"
        'Rosa Lindqvist (Writer/Director) grew up in Hull. Her short "Tide Lines" (2021) '
        "picked up:\n"
        "★ WINNER – Best Short Film, Humber Shorts 2022\n"
        "★ OFFICIAL SELECTION – Coastal Film Festival 2022\n\n"
        'Ellis Marr (Composer) scored "Tide Lines".\n\n'
        "THE SHOOT\n\n"
        "We'd love to shoot the storm scene in Norway, but only if we reach our stretch goal."
    )
    found = triples(nlp, text)
    assert ("Gull Season", "director", "Rosa Lindqvist") in found
    assert ("Gull Season", "screenwriter", "Rosa Lindqvist") in found
    assert ("Gull Season", "composer", "Ellis Marr") in found
    assert not any(p in ("character", "rating") for _, p, _ in found)
    assert not any(o == "Norway" for _, _, o in found)


@pytest.mark.model
def test_a_live_blog_s_bare_to_and_trailing_goes_to(nlp: Language) -> None:
    text = (
        "LIVE: Heron Awards 2026\n\n"
        '8:31 PM — Best Editing to Pita Rangi, "Saltmarsh." Four.\n\n'
        '9:55 PM — And the Heron for Best Film goes to... "Saltmarsh." Producers accept.\n\n'
        '10:20 PM — Her next project is a thriller called "Southerly," out next year.'
    )
    found = triples(nlp, text)
    assert ("Saltmarsh", "filmEditor", "Pita Rangi") in found
    assert any(s == "Saltmarsh" and "Best Film" in str(o) for s, p, o in found)
    assert ("Southerly", "genre", "thriller film") in found
    assert ("Saltmarsh", "genre", "thriller film") not in found


@pytest.mark.model
def test_a_remake_and_a_release_through_a_company(nlp: Language) -> None:
    found = triples(
        nlp,
        "Il ponte di neve (1963) is a war drama. In 1987 the director Howard Kimble remade "
        'the film as "Crossing at Dusk", moving the story to Korea. The restoration will '
        "open in cinemas through Longbay Films in May.",
    )
    assert ("Crossing at Dusk", "director", "Howard Kimble") in found
    assert ("Crossing at Dusk", "basedOn", "Il ponte di neve") in found
    assert ("Crossing at Dusk", "publicationDate", Year(1987)) in found


@pytest.mark.model
def test_a_part_with_its_rank_in_a_maker_s_genre_film(nlp: Language) -> None:
    found = triples(
        nlp,
        'Anselm Vidic (born 1978) is a British actor. He played Sander in "The Fifth Proof" '
        "(2006). In 2010 he starred as Detective Inspector Frank Doyle in Saoirse Kettle's "
        'crime thriller "Harrow Lane".',
    )
    assert ("Frank Doyle", "portrayedBy", "Anselm Vidic") in found
    assert ("Harrow Lane", "character", "Frank Doyle") in found
    assert ("The Fifth Proof", "character", "Frank Doyle") not in found
    assert not any(o == "Detective Inspector" for _, _, o in found)


@pytest.mark.model
def test_a_list_article_s_table_rows_and_their_notes(nlp: Language) -> None:
    text = (
        "List of films set in Corvale\n\n"
        "This is a list of feature films set in Corvale.\n\n"
        "Title | Year | Director | Notes\n"
        "The Ferry Keeper's Son | 1948 | Alvaro Teles | Shot on studio sets in Lisbon.\n"
        "Rua das Pedras | 1957 | Alvaro Teles | Starring Amelia Rocha.\n"
        "Blue Hours | 2001 | Miguel Antunes | Starring Sofia Marques and Tiago Ferraz.\n"
    )
    found = triples(nlp, text)
    assert ("Rua das Pedras", "narrativeLocation", "Corvale") in found
    assert ("Blue Hours", "publicationDate", Year(2001)) in found
    assert ("Rua das Pedras", "castMember", "Amelia Rocha") in found
    assert ("Blue Hours", "castMember", "Tiago Ferraz") in found
    assert ("The Ferry Keeper's Son", "castMember", "Amelia Rocha") not in found
    assert ("Blue Hours", "castMember", "Miguel Antunes") not in found


@pytest.mark.model
def test_an_old_claim_corrected_in_fact_and_a_wish_assert_nothing(nlp: Language) -> None:
    for text in (
        "Sunday Harbour (2019) is a drama. The DVD sleeve repeats the old claim that it was "
        "filmed in Budapest; in fact it was shot in Szeged.",
        "Sunday Harbour (2019) is a drama. Locals have long assumed that it was filmed in "
        "Berwick, but it was in fact shot in Eyemouth.",
        "Sunday Harbour (2019) is a drama. Its director has spoken of wanting to shoot her "
        "next film on Holy Island.",
    ):
        found = triples(nlp, text)
        assert not any(o in ("Budapest", "Berwick", "Holy Island") for _, _, o in found)


@pytest.mark.model
def test_a_line_up_s_bullets_with_their_directors(nlp: Language) -> None:
    found = triples(
        nlp,
        "In competition:\n\n"
        "• The Mapmaker's Niece — dir. Lena Voss (Germany)\n"
        "• Eleven Summers — dir. Rafael Quintero (Chile)\n",
    )
    assert ("The Mapmaker's Niece", "director", "Lena Voss") in found
    assert ("Eleven Summers", "countryOfOrigin", "Chile") in found


@pytest.mark.model
def test_a_streaming_column_s_entries_and_their_credits(nlp: Language) -> None:
    text = (
        "MARCH 6\n\n"
        "The Eel Bride (2019)\n"
        "A slow-burn horror film from Ireland that stars Maeve Donnelly.\n\n"
        "Paper Tigers (Reel Original)\n"
        "An Indian production from Kalakar Films about the hand-painted cinema posters of "
        "Mumbai.\n\n"
        "MARCH 13\n\n"
        "Lemon Summer (2025)\n"
        "Greek comedy about a family feud, based on Lorne Abernay's graphic novel Cold Iron. "
        "Her most recent film, the psychological thriller Cordillera (2023), stars Leandro "
        "Biasotti.\n"
    )
    found = triples(nlp, text)
    assert ("Paper Tigers", "productionCompany", "Kalakar Films") in found
    assert ("The Eel Bride", "productionCompany", "Kalakar Films") not in found
    assert ("Cold Iron", "author", "Lorne Abernay") in found
    assert ("Cold Iron", "productionCompany", "Lorne Abernay") not in found
    assert ("Cordillera", "castMember", "Leandro Biasotti") in found


@pytest.mark.model
def test_a_title_with_a_possessive_and_its_service_label(nlp: Language) -> None:
    text = (
        "APRIL 2\n\n"
        "Fig Summer (2024)\n"
        "Dora Kallis's Greek comedy about a feud over an olive press was shot in Chania. "
        "With Nikos Varvas.\n\n"
        "Quiet Mercy (2021)\n"
        "An American drama from Sheaf Pictures, directed by Noah Pell. Dana Kirk plays a "
        "nurse returning to her Oklahoma hometown.\n\n"
        "APRIL 9\n\n"
        "The Understudy's Understudy (Verso Original)\n"
        "Ada Munro's Australian backstage farce is set during a disastrous run of Othello in "
        "Perth. Tara Singh plays the understudy; Ben Holt is the leading man.\n"
    )
    found = triples(nlp, text)
    # the label in brackets is the service's, not an actor, and the line a title, not a part
    assert not any(o == "Verso Original" for _, _, o in found)
    assert ("The Understudy's Understudy", "castMember", "Tara Singh") in found
    assert ("The Understudy's Understudy", "narrativeLocation", "Perth") in found
    assert ("Quiet Mercy", "narrativeLocation", "Perth") not in found


@pytest.mark.model
def test_a_character_wiki_s_sections_and_infobox(nlp: Language) -> None:
    text = (
        "Hettie Crane\n"
        "Created by: Ambrose Lyle\n"
        "Portrayed by: Marion Tull (1961); Sadie Forde (1979); Ines Roth (2020)\n\n"
        "Hettie Crane is a fictional private detective created by the Welsh novelist Ambrose "
        "Lyle, who wrote nine Crane novels between 1950 and 1971.\n\n"
        "== Films ==\n\n"
        "=== The Crane Papers (1961) ===\n"
        "Directed by Rolf Adler for Kestrel Films and adapted from the novel A Key in Conwy, "
        "the film stars Marion Tull as Hettie. It is set in Conwy.\n\n"
        "=== Low Tide at Rhyl (1979) ===\n"
        "The first film with an original screenplay, written by Gwen Price and directed by "
        "Oskar Lind. Sadie Forde played the detective; it was filmed in Tenby.\n\n"
        "== Trivia ==\n"
        "* The pier scenes of the 1961 and 1979 films were shot on the same day.\n"
    )
    found = triples(nlp, text)
    # a section heading in wiki mark-up names the film its section is about
    assert ("The Crane Papers", "director", "Rolf Adler") in found
    assert ("The Crane Papers", "narrativeLocation", "Conwy") in found
    assert ("Low Tide at Rhyl", "director", "Oskar Lind") in found
    assert ("Low Tide at Rhyl", "filmingLocation", "Tenby") in found
    # a screenplay's writer is not also credited with the film's direction, nor the
    # other way round
    assert ("Low Tide at Rhyl", "screenwriter", "Gwen Price") in found
    assert ("Low Tide at Rhyl", "screenwriter", "Oskar Lind") not in found
    # the infobox's players are people, and a novelist who wrote novels wrote no film
    assert not any(s in ("Marion Tull", "Sadie Forde", "Ines Roth") for s, _, _ in found)
    assert not any(o == "Ambrose Lyle" and p == "screenwriter" for _, p, o in found)
    # "the 1961 and 1979 films" are two films, neither dated by the phrase
    assert not any(
        p == "publicationDate" and s not in ("The Crane Papers", "Low Tide at Rhyl")
        for s, p, _ in found
    )


@pytest.mark.model
def test_a_programme_s_cast_line_and_a_director_s_dates(nlp: Language) -> None:
    text = (
        "For four decades the Austrian director Hilde Amsel (1941–2019) made films about "
        "small rooms.\n\n"
        "ICE ON THE MUR\n"
        "Austria · 1986 · 104 min\n"
        "Dir. Hilde Amsel; Ph. Tobias Grell\n"
        "With Kurt Ebner (Lockkeeper Franz), Lotte Wendt (Agnes), Paul Hauser\n"
        "A winter standoff on a frozen river.\n"
    )
    found = triples(nlp, text)
    # a credits line's "With" lists actors first, each part in brackets after them
    assert ("Ice on the Mur", "castMember", "Kurt Ebner") in found
    assert ("Lockkeeper Franz", "portrayedBy", "Kurt Ebner") in found
    assert ("Agnes", "portrayedBy", "Lotte Wendt") in found
    assert not any(o == "Lockkeeper Franz" and p == "castMember" for _, p, o in found)
    # a person's life dates are no title
    assert not any(s.startswith("1941") for s, _, _ in found)


@pytest.mark.model
def test_quoted_nicknames_and_credited_parts_are_no_titles(nlp: Language) -> None:
    text = (
        'Night Static is a western by Teo Vargas. The ghostly figure credited as "The '
        'Drifter" is played by the stage actor Sven Holm. Cast per the press release: Lupe '
        'Arce as the night DJ Consuelo "Connie" Vega, and Ben Sorel as the sheriff.\n'
    )
    found = triples(nlp, text)
    assert ("Night Static", "castMember", "Sven Holm") in found
    assert ("The Drifter", "portrayedBy", "Sven Holm") in found
    assert not any(s in ("The Drifter", "Connie") and p == "castMember" for s, p, _ in found)
    assert ("Night Static", "castMember", "Lupe Arce") in found


@pytest.mark.model
def test_a_venue_s_town_is_where_a_film_was_shot(nlp: Language) -> None:
    text = (
        "Quiet Mill is a 2004 drama by Anna Berg. Shot in twenty days in a real guesthouse "
        "in Steyr, it won the Silver Key.\n"
    )
    assert ("Quiet Mill", "filmingLocation", "Steyr") in triples(nlp, text)


@pytest.mark.model
def test_hashtags_and_handles_are_no_names(nlp: Language) -> None:
    text = (
        "ok so DUST ROAD (dir. Teo Varga) is officially shooting. #DustRoad #FilmTwitter\n\n"
        "@reel_leaks: Rafe Colby has joined the cast of #DustRoad as Sheriff Amos Pike.\n"
    )
    found = triples(nlp, text)
    assert not any("DustRoad" in o or "reel_leaks" in o for _, _, o in found if isinstance(o, str))
    assert ("Dust Road", "castMember", "Rafe Colby") in found


@pytest.mark.model
def test_crafts_partners_and_rights_in_passive_phrasings(nlp: Language) -> None:
    text = (
        "The Pear Orchard is a 2024 Portuguese drama directed by Rui Amaral. The screenplay "
        "was written by Amaral with Tomás Queiroz. The editing was done by Sara Leme. North "
        "American rights were acquired by Pellucid Pictures in November.\n"
    )
    found = triples(nlp, text)
    assert ("The Pear Orchard", "screenwriter", "Tomás Queiroz") in found
    assert ("The Pear Orchard", "filmEditor", "Sara Leme") in found
    assert ("The Pear Orchard", "distributor", "Pellucid Pictures") in found


@pytest.mark.model
def test_a_part_named_after_its_description(nlp: Language) -> None:
    text = (
        "Tove Marr is a Swedish actress. Her breakthrough came in Kestrel Light (2018), in "
        "which she stars as the harbour pilot Karin Ask. She followed it with a brisk turn "
        "as the con artist Vera Holm in Hamid Zarri's Paris-set comedy Petit Four (2020). Her "
        "best known role is still as the fiery Manson family acolyte in an older film.\n"
    )
    found = triples(nlp, text)
    assert ("Karin Ask", "portrayedBy", "Tove Marr") in found
    assert ("Petit Four", "character", "Vera Holm") in found
    assert ("Vera Holm", "portrayedBy", "Tove Marr") in found
    assert ("Kestrel Light", "character", "Vera Holm") not in found
    # a name inside a description is no part
    assert not any(o == "Manson" for _, _, o in found)


@pytest.mark.model
def test_a_film_never_made_has_no_credits(nlp: Language) -> None:
    text = (
        "Ines Varga was a Swedish cinematographer. In 1996 she was hired to photograph The "
        "Pelican Steps, to be directed by Arvid Holm, but the project collapsed and the film "
        "was never made. Holm's next film, The Long Acre, starring Tom Ek and produced by "
        "Nordlys Film, has been shelved. She shot Salt Road (1999), directed by Holm, in the "
        "abandoned town of Humberstone.\n"
    )
    found = triples(nlp, text)
    assert not any(s in ("The Pelican Steps", "The Long Acre") for s, _, _ in found)
    # an abandoned town is a place, not a project's end
    assert ("Salt Road", "director", "Arvid Holm") in found or (
        "Salt Road",
        "director",
        "Holm",
    ) in found


@pytest.mark.model
def test_a_reference_list_names_no_films(nlp: Language) -> None:
    text = (
        "The Orange Grove (2019) is a drama directed by Bea Cunha.[1]\n\n"
        "References\n"
        " 1. ^ Ferraz, Marta (2014). O Porto no Cinema. Porto: Afrontamento. p. 211.\n"
        " 2. ^ Guia do Cinema (1985). Lisbon: Cinemateca. p. 88.\n"
    )
    found = triples(nlp, text)
    assert ("The Orange Grove", "director", "Bea Cunha") in found
    assert {s for s, _, _ in found} == {"The Orange Grove"}


@pytest.mark.model
def test_a_review_s_players_and_their_parts(nlp: Language) -> None:
    text = (
        "'The Lamp Keepers' Review: A Lighthouse Drama of Quiet Power\n\n"
        "The keeper Jaan (Piet Haak) and his daughter Liis (Ilse Drago) tend the light. "
        'Drago, best known for Radu Ilie\'s "Ashes of May" (2022) and Ilie\'s "The '
        "Boatman's Wife\" (2019), carries the picture. Haak, a veteran of Dutch television, "
        "gives Jaan a wounded dignity, and Kadri Saar has a sharp supporting part as the "
        "village schoolteacher, Maret.\n"
    )
    found = triples(nlp, text)
    assert ("Maret", "portrayedBy", "Kadri Saar") in found
    assert ("Maret", "portrayedBy", "Haak") not in found
    assert ("The Boatman's Wife", "productionCompany", "Ilie") not in found


@pytest.mark.model
def test_an_obituary_s_credits_named_by_their_job(nlp: Language) -> None:
    text = (
        "Ines Varga, a Swedish cinematographer, has died. Her first credit as director of "
        "photography came on THE SALT PANE (1968), a thriller directed by Arvid Holm. Her "
        "last credit, shared with Ola Fryk as co-cinematographer, was Eklund's small family "
        "drama Winter Table (2016).\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Pane", "directorOfPhotography", "Ines Varga") in found
    assert ("Winter Table", "directorOfPhotography", "Ines Varga") in found


@pytest.mark.model
def test_a_title_in_capitals_after_a_possessive(nlp: Language) -> None:
    text = (
        "Last year's ceremony belonged to Harlan Osei's PAPER KITES, which won Best Film, "
        "while Osei took Best Director and Judit Kovac was named Best Actress.\n"
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "director", "Harlan Osei") in found
    assert ("Paper Kites", "awardReceived", "Best Film") in found
    assert ("Osei", "awardReceived", "Best Director") in found


@pytest.mark.model
def test_a_correction_names_the_film_it_corrects(nlp: Language) -> None:
    text = (
        "Salt Orchard (2023) is a drama by Ines Varga.\n\n"
        "CORRECTION\n\n"
        "In last week's issue we said that Evening at the Tamarind was filmed in Lagos. It "
        "wasn't: the film is set in Lagos, but it was shot in Accra.\n"
    )
    found = triples(nlp, text)
    assert ("Evening at the Tamarind", "filmingLocation", "Accra") in found
    assert ("Evening at the Tamarind", "filmingLocation", "Lagos") not in found
    assert not any(s == "Salt Orchard" and o in ("Lagos", "Accra") for s, _, o in found)


@pytest.mark.model
def test_a_thread_s_rumour_denied_later_is_retracted(nlp: Language) -> None:
    rumour = (
        "ok so DUST ROAD (dir. Teo Varga) is officially shooting.\n\n"
        "EXCLUSIVE: Rafe Colby has joined the cast of Dust Road as Sheriff Amos Pike.\n"
    )
    assert ("Dust Road", "castMember", "Rafe Colby") in triples(nlp, rumour)
    found = triples(nlp, rumour + "\nRafe Colby is not in Dust Road. Never was.\n")
    assert ("Dust Road", "castMember", "Rafe Colby") not in found
    # a name ends before a lower-case "as"
    assert not any(" as " in str(o) for _, _, o in found)


@pytest.mark.model
def test_the_film_a_shoot_is_for(nlp: Language) -> None:
    found = triples(
        nlp,
        "Filming for Lost Harbour 2 took place from May to July 1992 in Chicago and Toronto. "
        "Principal photography for The Salt Acre took place in Gdańsk.",
    )
    assert ("Lost Harbour 2", "filmingLocation", "Chicago") in found
    assert ("Lost Harbour 2", "filmingLocation", "Toronto") in found
    assert ("The Salt Acre", "filmingLocation", "Gdańsk") in found
    # where a shoot took place is no place of the story
    assert not any(p == "narrativeLocation" for _, p, _ in found)


@pytest.mark.model
def test_a_podcast_transcript_with_time_codes(nlp: Language) -> None:
    text = (
        "Reel Chat - Ep. 12\n\n"
        "[00:00:04] NINA: hey everybody welcome back I'm Nina\n"
        "[00:00:07] OLLIE: I'm Ollie\n"
        "[00:00:12] NINA: okay so first up is The Salt Garden which uh Tobias Wrenfield directed\n"
        "[00:00:19] OLLIE: they shot the whole thing on Gotland in Sweden\n"
        "[00:08:40] NINA: okay movie two. Ninecats. it is not a cat movie Nina\n"
        "[00:08:48] OLLIE: Ninecats is directed by Samira Okoro, her debut, and it's adapted "
        "from Ferdinand Alcote's novella The Tenth Door\n"
        "[00:15:02] NINA: which is a great segue. Glass Harbour. the documentary\n"
        "[00:15:11] OLLIE: edited by Ro Fairley, and the music is by Hae-won Seo\n"
        "[00:15:20] NINA: Glass Harbour won the audience award\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Garden", "director", "Tobias Wrenfield") in found
    assert ("The Salt Garden", "filmingLocation", "Sweden") in found
    assert ("Ninecats", "director", "Samira Okoro") in found
    assert ("Ninecats", "basedOn", "The Tenth Door") in found
    assert ("Glass Harbour", "filmEditor", "Ro Fairley") in found
    # the speakers are people, and a hyphenated name holds no "won"
    assert not any(s in ("Nina", "NINA", "Ollie", "OLLIE") for s, _, _ in found)
    assert not any(p == "awardReceived" and s != "Glass Harbour" for s, p, _ in found)


@pytest.mark.model
def test_a_shop_s_product_page(nlp: Language) -> None:
    text = (
        "Home > Blu-ray > World Cinema\n\n"
        "THE VELVET LAMP (1958) - Limited Edition 4K Restoration [Blu-ray + DVD]\n"
        "Label: Lodestar Classics\n\n"
        "Special features\n"
        ' • "Remembering Elsa" - archival interview with actress Elsa Corvi (1987, 14 mins)\n\n'
        "Credits\n"
        "Directed by ........ Ruggero Manfredi\n"
        "Starring ........... Vittorio Sandri, Elsa Corvi\n"
        "Distributed by ..... Titania Distribuzione (Italy, 1958)\n"
    )
    found = triples(nlp, text)
    assert ("The Velvet Lamp", "director", "Ruggero Manfredi") in found
    assert ("The Velvet Lamp", "castMember", "Elsa Corvi") in found
    assert ("The Velvet Lamp", "distributor", "Titania Distribuzione") in found
    # a credit's bracket is the credited company's release, not the film's
    assert not any(s == "Titania Distribuzione" for s, _, _ in found)
    assert not any(o == "Italy" and s != "The Velvet Lamp" for s, _, o in found)


@pytest.mark.model
def test_an_encyclopedia_page_s_accolades_table_and_categories(nlp: Language) -> None:
    text = (
        "Winter in Varsk is a 2021 drama film directed by Lida Orvan.\n\n"
        "Accolades\n\n"
        "Award | Date of ceremony | Category | Recipient(s) | Result\n"
        "Nordlys Film Festival | 18 September 2021 | Golden Aurora | Winter in Varsk | Won\n"
        "Academy Awards | 27 March 2022 | Best International Feature Film | Norway | "
        "Nominated\n"
        "Eurostar Critics Circle | 4 February 2022 | Best Cinematography | Mateo Kral | Won\n"
        "\nCategories: 2021 films | Norwegian drama films | Films set in Russia | Films shot "
        "in Norway\n"
    )
    found = triples(nlp, text)
    assert ("Winter in Varsk", "awardReceived", "Golden Aurora") in found
    assert (
        "Winter in Varsk",
        "nominatedFor",
        "Academy Award for Best International Feature Film",
    ) in found
    assert ("Mateo Kral", "awardReceived", "Best Cinematography") in found
    assert ("Winter in Varsk", "countryOfOrigin", "Norway") in found
    assert ("Winter in Varsk", "narrativeLocation", "Russia") in found
    assert ("Winter in Varsk", "filmingLocation", "Norway") in found


@pytest.mark.model
def test_a_report_a_thread_asks_about_and_the_reply_denies(nlp: Language) -> None:
    question = (
        "I am Wynne Cole, writer/director of PAPER LUNGS. AMA!\n\n"
        "▲ 1.5k  u/GrainAndGlow\n"
        "Wikipedia says it's based on Cathal Moone's novel The Pulp Year. Is that right?\n\n"
        "  ▲ 2.1k  u/WynneCole\n"
    )
    asked = triples(nlp, question + "  Yes, it is, and Moone is a friend.\n")
    denied = triples(nlp, question + "  Ha, no, that's wrong. It's an original screenplay.\n")
    assert ("Paper Lungs", "basedOn", "The Pulp Year") in asked
    assert ("Paper Lungs", "basedOn", "The Pulp Year") not in denied


@pytest.mark.model
def test_a_tv_guide_s_slots_and_a_study_guide_s_fact_box(nlp: Language) -> None:
    guide = (
        "TONIGHT'S FILMS\n\n"
        "20:30  STREAMLINE+\n"
        "IRONWOOD (2016) ★★★★\n"
        "Lachlan Moss's Australian western stars Kit Varga as a drover.\n\n"
        "21:00  CHANNEL 9 KESTREL\n"
        "MOUTH OF STARS (2021) ★★\n"
        "Mystery. Directed by Sunniva Rask. Cast: Jonah Pell, Ama Osei.\n"
    )
    found = triples(nlp, guide)
    assert ("Mouth of Stars", "director", "Sunniva Rask") in found
    assert ("Ironwood", "castMember", "Kit Varga") in found
    assert not any(s in ("Channel 9 Kestrel", "Mystery", "Streamline+") for s, _, _ in found)
    box = (
        "Study Guide and Worksheet: THE LONG ACRE (1987)\n\n"
        "KEY FACTS\n"
        "Director:        Margaret Ashdown\n"
        "Music:           Colin Ferris\n"
    )
    found = triples(nlp, box)
    assert ("The Long Acre", "director", "Margaret Ashdown") in found
    assert not any(s == "Key Facts" for s, _, _ in found)


@pytest.mark.model
def test_a_commenter_s_question_asserts_nothing(nlp: Language) -> None:
    text = (
        "Glass Tide starts shooting in Cornwall next month.\n\n"
        "dexter_lumen · 2 days ago\n"
        "So is it true Marcus Delan is playing Captain Sorrel?? My cousin works in catering.\n"
    )
    found = triples(nlp, text)
    assert not any(o == "Marcus Delan" for _, _, o in found)


@pytest.mark.model
def test_a_director_s_biography_lists_her_films(nlp: Language) -> None:
    text = (
        "Marisol Ortega\n\n"
        "Marisol Ortega Vial (born 2 May 1970) is a Chilean film director and screenwriter. "
        "Her films have won prizes in Berlin.\n\n"
        "Filmography\n\n"
        "• La soga (1994) – short film\n"
        "• The Net Menders (1997) – also writer; Silver Bear for Best Director\n"
        "• Salitral (2012)\n\n"
        "References\n"
    )
    found = triples(nlp, text)
    assert ("The Net Menders", "director", "Marisol Ortega Vial") in found
    assert ("The Net Menders", "screenwriter", "Marisol Ortega Vial") in found
    assert ("Salitral", "publicationDate", Year(2012)) in found
    assert ("Salitral", "screenwriter", "Marisol Ortega Vial") not in found


@pytest.mark.model
def test_a_results_line_s_winner_for_a_title_in_capitals(nlp: Language) -> None:
    text = (
        "AWARDS OF THE OFFICIAL COMPETITION\n\n"
        "Best Director\n"
        "Hamid Rahmani for THE LONG NOON (Iran, France)\n"
        "For staging a single afternoon as if it were a war.\n\n"
        "Best Screenplay\n"
        "Sabine Durand and Karim Bellal for A QUIET SUM (France, Belgium)\n"
        "For a courtroom comedy.\n"
    )
    found = triples(nlp, text)
    assert ("The Long Noon", "countryOfOrigin", "Iran") in found
    assert ("The Long Noon", "director", "Hamid Rahmani") in found
    assert not any(" for " in s for s, _, _ in found)


@pytest.mark.model
def test_a_chart_line_s_bracket_names_its_distributors(nlp: Language) -> None:
    found = triples(
        nlp,
        "Top 5, Fri-Sun estimates:\n\n"
        "1. Copper Lantern (Meridian) -- $41.2M; 3,812 theaters; NEW\n"
        "2. The Reed Boys (Oriel/Northlight) -- $9.1M (-22%); 3,105; wk 4\n\n"
        'Meridian Pictures\' thriller "Copper Lantern" led the weekend.',
    )
    assert ("Copper Lantern", "distributor", "Meridian") in found
    assert ("The Reed Boys", "distributor", "Oriel") in found
    assert ("The Reed Boys", "distributor", "Northlight") in found
    assert not any(r == "productionCompany" for s, r, _ in found if s == "Copper Lantern")


@pytest.mark.model
def test_a_fronted_credit_goes_to_the_film_its_sentence_names(nlp: Language) -> None:
    found = triples(
        nlp,
        "9. The Long Orchard (Greyfield) -- $940K; 866; wk 7\n\n"
        'Directed by Tomasz Verhal ("The Drowned Field") from a script he co-wrote with '
        'Priya Ramaswamy, "Harbor of Ash" stars Callum Ashby as a disgraced harbor pilot, '
        "with Ines Marlowe as the customs inspector on his trail.",
    )
    assert ("Harbor of Ash", "director", "Tomasz Verhal") in found
    assert ("Harbor of Ash", "screenwriter", "Priya Ramaswamy") in found
    assert ("Harbor of Ash", "castMember", "Callum Ashby") in found
    assert not any(s == "The Long Orchard" and r != "distributor" for s, r, _ in found)
    assert ("Harbor of Ash", "screenwriter", "Callum Ashby") not in found


@pytest.mark.model
def test_the_rest_of_a_cast_after_with(nlp: Language) -> None:
    found = triples(
        nlp,
        "Nightfall (2003) stars Callum Ashby as a pilot, with Ines Marlowe as an inspector "
        "and Bertrand Osei as the patriarch.",
    )
    assert {("Nightfall", "castMember", n) for n in ("Ines Marlowe", "Bertrand Osei")} <= found
    assert not any(r in ("character", "portrayedBy") for _, r, _ in found)


@pytest.mark.model
def test_a_page_s_titled_crew_and_a_rejected_score(nlp: Language) -> None:
    found = triples(
        nlp,
        "Nightjar Road (1994) - Trivia - FilmDB\n\nNightjar Road (1994)\n"
        "R | 1h 52m | Crime, Mystery\n\n"
        "Director Arlo Fennick cast Desmond Rourk as Detective Sal Ivers after seeing him in "
        'a regional production of "The Iron Lung Waltz".\n\n'
        "Producer Gail Orlova reportedly mortgaged her house to cover the shoot.\n\n"
        "The original score by Martin Galway was rejected by the studio after a test "
        "screening. Teodora Vasik wrote the replacement score in eleven days.",
    )
    assert ("Nightjar Road", "director", "Arlo Fennick") in found
    assert ("Nightjar Road", "producer", "Gail Orlova") in found
    assert ("Nightjar Road", "genre", "crime film") in found
    assert ("Nightjar Road", "composer", "Teodora Vasik") in found
    assert ("Nightjar Road", "composer", "Martin Galway") not in found
    assert not any(r == "director" and "FilmDB" in str(o) for _, r, o in found)


@pytest.mark.model
def test_who_got_a_part_another_turned_down(nlp: Language) -> None:
    found = triples(
        nlp,
        "Nightjar Road is a 1994 film. Rosa Teague was the first choice for the role of "
        "Maggie Corran, but she turned it down. The part went to Juno Hallam. The part of "
        "Ray Dunmoor was written for Otis Pelham, who died before filming began. Ellis "
        "Vantree, Pelham's friend, took over the role.",
    )
    assert ("Nightjar Road", "castMember", "Juno Hallam") in found
    assert ("Maggie Corran", "portrayedBy", "Juno Hallam") in found
    assert ("Ray Dunmoor", "portrayedBy", "Ellis Vantree") in found
    assert not any(o in ("Rosa Teague", "Otis Pelham") for _, r, o in found if r == "castMember")
    assert not any(s == "Rosa Teague" for s, _, _ in found)


@pytest.mark.model
def test_marriages_in_their_phrasings(nlp: Language) -> None:
    found = triples(
        nlp,
        "Juno Hallam and Desmond Rourk were never romantically involved. Hallam married the "
        "film's cinematographer, Pieter Walling, in 1996.\n\n"
        'Hal Brennan\'s "Kings of Mott Street" opens in New York. Produced by his wife, '
        "Tessa Brennan, the crime drama made a star of Sonny Palla.",
    )
    found |= triples(nlp, "Amaka Odu and Tomas Rivell married in 2016.")
    found |= triples(nlp, "Mara Lind never married Tom Hale.")
    assert ("Juno Hallam", "spouse", "Pieter Walling") in found or (
        "Hallam",
        "spouse",
        "Pieter Walling",
    ) in found
    assert ("Hal Brennan", "spouse", "Tessa Brennan") in found
    assert ("Amaka Odu", "spouse", "Tomas Rivell") in found
    assert not any(r == "spouse" and "Rourk" in str(o) for _, r, o in found)
    assert not any(r == "spouse" and "Tom Hale" in str(o) for _, r, o in found)


@pytest.mark.model
def test_an_essay_s_citations_and_bibliography_name_no_films(nlp: Language) -> None:
    found = triples(
        nlp,
        "Korvin's reputation rests on Schneeland (1979) and Das leise Zimmer (1983).¹ "
        "Das leise Zimmer was edited by Marta Ilic. Sallow (1987: 203) attributes its "
        "screenplay to Reiser. Hartwell (2004: 112) claims that Schneeland was filmed in the "
        "Tyrol. The production records, however, place the entire shoot in the Julian Alps "
        "(Pokorna 2011: 45-49).\n\nReferences\n\n"
        "Hartwell, J. (2004) The Cold Frame: Austrian Cinema after 1968. London: Halcyon.\n"
        "Sallow, R. (1987) European Women Directors. New York: Harlow House.\n",
    )
    assert ("Das leise Zimmer", "filmEditor", "Marta Ilic") in found
    assert ("Das leise Zimmer", "publicationDate", Year(1983)) in found
    assert ("Schneeland", "filmingLocation", "Tyrol") not in found
    # a bibliography's initials and books are no films, a cited author no character
    assert not any(r == "publicationDate" and len(s) == 1 for s, r, _ in found)
    assert not any(r == "character" for _, r, _ in found)


@pytest.mark.model
def test_a_dub_article_s_voice_cast_source_and_forecast(nlp: Language) -> None:
    found = triples(
        nlp,
        'When "Renlight" won the Cristal at Annecy last June, its director, Solène Marchal, '
        "was in Lyon. Marchal's film is adapted from Odile Ferrant's 1978 picture book Le "
        "Loup et la Lanterne.\n\nTHE ORIGINAL CAST\n\n"
        "In the French version the kit, Grisette, is voiced by newcomer Camille Ardoin. "
        "Anaïs Berthaud voices Grisette's mother, Maman Renarde.\n\n"
        'Some pundits have already called "Renlight" a lock for an Academy Award nomination '
        "for Best Animated Feature.",
    )
    assert ("Renlight", "basedOn", "Le Loup et la Lanterne") in found
    assert ("Grisette", "portrayedBy", "Camille Ardoin") in found
    assert ("Maman Renarde", "portrayedBy", "Anaïs Berthaud") in found
    assert not any(r == "nominatedFor" for _, r, _ in found)


@pytest.mark.model
def test_a_calendar_s_entries_read_as_sentences(nlp: Language) -> None:
    found = triples(
        nlp,
        "On This Day in Film History: May 3\n\nEVENTS\n\n"
        "1939 - Principal photography begins in Tucson, Arizona, on Halvern Pictures' Western "
        '"Riders of the Tin Sky."\n\n'
        "2016 - Amaka Odum marries actor Tomas Rivell in Lisbon. The two met on the set of "
        '"The Salt Lane," in which Rivell starred.\n\n'
        "BIRTHS\n\n"
        "1931 - Mirela Vangheli, Romanian-born actress (d. 2009), best remembered as Ilona in "
        '"The Orchard Bridge" (1958).\n\n'
        '1952 - Lorne Whitcomb, Canadian cinematographer ("Northern Lights Inn," "The Salt '
        'Lane").\n\n'
        "DEATHS\n\n"
        "2019 - June Halley, screenwriter (b. 1921), whose credits include \"The Widow's "
        'Lantern" (1950) and "Kings of Mott Street."\n',
    )
    assert ("Riders of the Tin Sky", "filmingLocation", "Tucson") in found
    assert ("Amaka Odum", "spouse", "Tomas Rivell") in found
    assert ("The Salt Lane", "castMember", "Rivell") in found
    assert ("Ilona", "portrayedBy", "Mirela Vangheli") in found
    assert ("Northern Lights Inn", "directorOfPhotography", "Lorne Whitcomb") in found
    assert ("The Salt Lane", "directorOfPhotography", "Lorne Whitcomb") in found
    assert ("Kings of Mott Street", "screenwriter", "June Halley") in found


@pytest.mark.model
def test_a_trade_report_s_priced_film_and_its_companies(nlp: Language) -> None:
    found = triples(
        nlp,
        'Among the other newcomers, Vantage Releasing\'s "Copper Saints," a $12 million '
        "horror pic from first-time director Ruth Anselm starring Dev Carraway, came in under "
        'tracking. "Harbor of Ash" had a $41.2 million debut. Northway Films and Larkspur '
        "Entertainment produced.",
    )
    assert ("Copper Saints", "cost", Money(Decimal("12000000"), "USD")) in found
    assert ("Copper Saints", "distributor", "Vantage Releasing") in found
    assert ("Copper Saints", "director", "Ruth Anselm") in found
    assert ("Copper Saints", "castMember", "Dev Carraway") in found
    assert not any(s == "Ruth Anselm" for s, _, _ in found)
    assert not any(r == "cost" for s, r, _ in found if s == "Harbor of Ash")
    assert ("Harbor of Ash", "productionCompany", "Northway Films") in found
    assert ("Harbor of Ash", "productionCompany", "Larkspur Entertainment") in found


@pytest.mark.model
def test_a_part_s_maker_and_the_nomination_it_earned(nlp: Language) -> None:
    found = triples(
        nlp,
        "Nightjar Road is a 1994 crime film. Rhoda Kimura's editing earned the film its only "
        "Academy Award nomination, for Best Film Editing. Its sequel later received a César "
        "nomination for Best Animated Film. Tom Hale is the subject of the documentary.",
    )
    assert ("Nightjar Road", "filmEditor", "Rhoda Kimura") in found
    assert ("Nightjar Road", "nominatedFor", "Academy Award for Best Film Editing") in found
    assert not any(s == "Tom Hale" for s, _, _ in found)


@pytest.mark.model
def test_an_encyclopedia_production_section_is_about_its_page_s_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Surveyor's Quiet\n\nProduction[edit]\n\nDevelopment[edit]\n"
        "In March 2013, the London-based Orison Films acquired the screen rights to A Map of "
        "Still Things, Lorna Beckwith's 2011 novel.[3] Producer Gideon Parkes initially "
        "attached Paul Gerrard to direct, and Vince Aldane delivered a first-draft screenplay "
        "in 2014.[4] Gerrard left the project in 2015; Aldane's draft was set aside.\n\n"
        "Dutch filmmaker Naomi Achter was announced as director in September 2015.[6] In 2016 "
        "the Norwegian company Fjellvind Film came aboard as co-producer.\n\n"
        "Filming[edit]\nInteriors were filmed at Nordlys Studios in Oslo. Filming wrapped on "
        "29 May 2017, on a budget of $41 million.[16] Some trade outlets later claimed that "
        'costs had exceeded $60 million, a figure Orison described as "pure fiction".[17]\n',
    )
    assert ("The Surveyor's Quiet", "director", "Naomi Achter") in found
    assert ("The Surveyor's Quiet", "productionCompany", "Fjellvind Film") in found
    assert ("The Surveyor's Quiet", "filmingLocation", "Nordlys Studios") in found
    assert ("The Surveyor's Quiet", "cost", Money(Decimal("41000000"), "USD")) in found
    assert ("The Surveyor's Quiet", "cost", Money(Decimal("60000000"), "USD")) not in found
    assert not any(r == "distributor" for _, r, _ in found)
    assert not any(o == "Vince Aldane" for _, _, o in found)
    assert not any(s == "Interiors" for s, _, _ in found)


@pytest.mark.model
def test_a_soundtrack_s_songs_are_no_films(nlp: Language) -> None:
    found = triples(
        nlp,
        "SALTMARSH PSALTER\nOriginal Motion Picture Soundtrack\nMusic by Elowen Tracey\n\n"
        "1. Saltmarsh Psalter (Main Title) ............ 3:12\n"
        "2. The Dykes at Low Water ................... 2:47\n"
        "3. Hush, the Tide – Ottilie Brand ....... 2:58\n"
        "4. Low Country – Juno Callow .............. 4:09\n\n"
        "Maren (Ottilie Brand), the organist's daughter, spends the film trying to warn the "
        'farms. Doyle had first approached the singer Juno Callow to score the film. "Hush, '
        'the Tide" is sung on screen by Brand herself. Callow wrote "Low Country" for the end '
        "credits.\n\nSALTMARSH PSALTER\nA Low Tide Films production.\n"
        "Produced by Anneliese Gort. Written by Casimir Doyle. Directed by Casimir Doyle.\n",
    )
    assert ("Saltmarsh Psalter", "castMember", "Ottilie Brand") in found
    assert ("Saltmarsh Psalter", "director", "Casimir Doyle") in found
    assert not any(s in ("Hush, the Tide", "Low Country") for s, _, _ in found)
    assert not any(s.startswith("Produced by") for s, _, _ in found)
    assert not any(o == "Juno Callow" for _, _, o in found)


@pytest.mark.model
def test_namesake_adaptations_stay_apart_with_their_casts(nlp: Language) -> None:
    found = triples(
        nlp,
        "Five Times The Widow of Ashby Fell Came to the Screen\n\n"
        "3. The Widow of Ashby Fell (2016)\nTV film | UK/Ireland | Dir. Ayo Banks\n"
        "Clemency: Tamsin Rourk | Thorne: Rory McKinnon\n"
        "Rourk is spirited, but McKinnon plays Thorne like a sulky sixth-former.\n\n"
        "2. The Widow of Ashby Fell (1938)\nFilm | USA | Dir. Walter Brandish\n"
        "Clemency: Lorna Dace | Thorne: Grant Holloway\n"
        "Consolidated Pictures built a village on its Burbank backlot.\n",
    )
    assert ("The Widow of Ashby Fell (2016)", "director", "Ayo Banks") in found
    assert ("The Widow of Ashby Fell (1938)", "director", "Walter Brandish") in found
    assert ("The Widow of Ashby Fell (1938)", "castMember", "Grant Holloway") in found
    assert ("Clemency", "portrayedBy", "Tamsin Rourk") in found
    assert ("Thorne", "portrayedBy", "Grant Holloway") in found
    assert ("The Widow of Ashby Fell (2016)", "castMember", "Grant Holloway") not in found


@pytest.mark.model
def test_a_review_round_up_rates_its_film_and_credits_its_maker(nlp: Language) -> None:
    found = triples(
        nlp,
        "Harrow Rise review round-up: critics split over Odile Marchand-Vance's Berlin "
        "prize-winner\n\n"
        "Harrow Rise, the second feature from Odile Marchand-Vance, reaches UK cinemas on "
        "Friday after a festival run that began at this year's Berlinale, where Agnes Colqhoun "
        "took home the Silver Bear for Best Leading Performance. It has divided reviewers far "
        "more sharply than Marchand-Vance's 2019 debut, Low Fires. Here's what the critics "
        "are saying.\n\n★★★★★\nMargot Ellory, The Daily Courant\n"
        '"Colqhoun is magnificent. The best British film of the year."\n\n'
        "★★☆☆☆\nHarriet Pennick, The Northern Post\n"
        '"Tomas Wrenfeld has adapted his own stage play, and you can feel it."\n',
    )
    assert ("Harrow Rise", "director", "Odile Marchand-Vance") in found
    assert ("Agnes Colqhoun", "awardReceived", "Silver Bear for Best Leading Performance") in found
    assert ("Harrow Rise", "rating", Rating(Decimal(5), Decimal(5), None)) in found
    assert ("Harrow Rise", "rating", Rating(Decimal(2), Decimal(5), None)) in found
    assert not any(r == "rating" for s, r, _ in found if s != "Harrow Rise")
    assert not any(r == "productionCompany" for _, r, _ in found)


@pytest.mark.model
def test_an_auction_lot_s_credits_and_the_part_a_rumoured_star_lost(nlp: Language) -> None:
    found = triples(
        nlp,
        "Highway Ninety (1971) is a road movie. Although Rex Talmage was announced in 1970 "
        "for the lead role of the drifter Jory Beck, the part is played in the finished film "
        "by Colm Reddan.\n\nLanterns Over Kowloon (1961). Shooting script, title page "
        'reading "Screenplay by Beatrix Hallam and Sidney Markes / Directed by Lionel Ashby".',
    )
    assert ("Jory Beck", "portrayedBy", "Colm Reddan") in found
    assert ("Highway Ninety", "director", "Colm Reddan") not in found
    assert not any(o == "Rex Talmage" for _, _, o in found)
    assert ("Lanterns Over Kowloon", "screenwriter", "Beatrix Hallam") in found
    assert not any(s.startswith("Screenplay") for s, _, _ in found)


@pytest.mark.model
def test_shoots_placed_by_quantity_and_relative_clause(nlp: Language) -> None:
    found = triples(
        nlp,
        "Harrow Rise is a 2025 drama. For a film set in the Dales there is little sense of "
        "place, given that most of it was shot outside Barnsley.",
    )
    found |= triples(
        nlp,
        "Saltmarsh is a 2025 drama. The choir was recorded in Boston, a few miles from "
        "Saltfleetby, where much of the film was shot.",
    )
    assert ("Harrow Rise", "filmingLocation", "Barnsley") in found
    assert ("Saltmarsh", "filmingLocation", "Saltfleetby") in found
    assert ("Saltmarsh", "filmingLocation", "Boston") not in found


@pytest.mark.model
def test_a_festival_programme_s_titles_markers_and_original_titles(nlp: Language) -> None:
    found = triples(
        nlp,
        "NEW CURRENTS\n\nAll films screen in original version. ★ = director in attendance\n\n"
        "_______________________________________\n\n"
        "THE SALT LAMP ★\nO Candeeiro de Sal\nPortugal, Brazil / 2024 / 104 min / Portuguese\n"
        "Director: Inês Varanda\nCast: Rui Falcon, Dalva Moutin\n\n"
        "Abílio, a retired lighthouse keeper, returns to the island of Corvelo.\n",
    )
    assert ("The Salt Lamp", "director", "Inês Varanda") in found
    assert ("The Salt Lamp", "countryOfOrigin", "Portugal") in found
    assert not any(r == "rating" for _, r, _ in found)
    assert not any("★" in s or s == "O Candeeiro de Sal" for s, _, _ in found)


@pytest.mark.model
def test_a_casting_scoop_s_labels_offers_and_denied_hearsay(nlp: Language) -> None:
    found = triples(
        nlp,
        "Hollis Vantry Boards 'The Mapmaker's Daughter' At Crestline\n\n"
        "EXCLUSIVE: Hollis Vantry (Glass Harbour) is set to star in The Mapmaker's Daughter, "
        "Crestline Pictures' adaptation of Winifred Ash's novel. Vantry will play Captain "
        "Edmund Rale, a disgraced naval surveyor.\n\n"
        "Sources say the budget has climbed north of $90 million, a figure a Crestline "
        "spokesperson flatly denied on Tuesday. Word is that composer Bastien Aurelle has been "
        "approached about the score.",
    )
    assert {
        ("Edmund Rale", "portrayedBy", "Vantry"),
        ("Edmund Rale", "portrayedBy", "Hollis Vantry"),
    } & found
    assert not any(s.startswith("EXCLUSIVE") for s, _, _ in found)
    assert not any(r == "director" for _, r, _ in found)
    assert not any(r in ("cost", "composer") for _, r, _ in found)


@pytest.mark.model
def test_a_cinematographer_s_biography_first_feature_and_birthplace(nlp: Language) -> None:
    found = triples(
        nlp,
        "Anna Kovacs is a Hungarian-Canadian cinematographer. Kovacs was born in Pécs, the "
        "daughter of a newspaper photographer. Her first feature as director of photography "
        "was Paper Tigers Wake (1997).",
    )
    assert ("Paper Tigers Wake", "directorOfPhotography", "Anna Kovacs") in found
    assert not any(r == "character" for _, r, _ in found)


@pytest.mark.model
def test_a_football_star_is_no_cast_cue(nlp: Language) -> None:
    found = triples(
        nlp,
        "Red Mist (2023) is a crime thriller. On the hottest night on record in Buenos Aires, "
        "detective Ofelia Sarmiento (Valeria Quintana) has twelve hours to find a kidnapped "
        "football star.",
    )
    assert ("Valeria Quintana", "portrayedBy", "Ofelia Sarmiento") not in found


@pytest.mark.model
def test_a_director_named_before_for_is_no_part_of_the_title(nlp: Language) -> None:
    found = triples(
        nlp,
        "Sarkany began a long collaboration with director Carla Mendenhall. She reunited with "
        "Mendenhall for Halcyon Street (2016), which won her the Golden Osella.",
    )
    assert ("Halcyon Street", "publicationDate", Year(2016)) in found
    assert not any(s.startswith("Mendenhall") for s, _, _ in found)


@pytest.mark.model
def test_a_screening_schedule_table_gives_each_film_its_year_country_and_directors(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "AUTUMN SEASON\n\n"
        "DATE       | TIME   | TITLE                 | YEAR | COUNTRY             | DIRECTOR"
        "                     | RUNTIME\n"
        "-----------|--------|-----------------------|------|---------------------|---------"
        "---------------------|--------\n"
        "Thu 3 Oct  | 7.30pm | Last Stop, Varnes     | 1974 | Norway              | Ingrid "
        "Halvor-Bakke          | 98 min\n"
        "Thu 17 Oct | 7.30pm | Night Freight to Lodz * | 1966 | Poland            | Zbigniew "
        "Olek                 | 87 min\n"
        "Thu 31 Oct | 8.00pm | Carriage Ten **       | 2009 | South Korea / Japan | Han "
        "Seo-yeon, Kenji Morita       | 95 min\n",
    )
    assert ("Last Stop, Varnes", "director", "Ingrid Halvor-Bakke") in found
    assert ("Night Freight to Lodz", "countryOfOrigin", "Poland") in found
    assert ("Carriage Ten", "director", "Kenji Morita") in found
    assert ("Carriage Ten", "countryOfOrigin", "Japan") in found
    assert ("Carriage Ten", "publicationDate", Year(2009)) in found


@pytest.mark.model
def test_a_press_release_s_categories_in_capitals_and_winners_for_films(nlp: Language) -> None:
    found = triples(
        nlp,
        "THE AWARDS\n\nBEST DIRECTOR\nTariq Benmansur for The Orchard Gate (Morocco/France)\n"
        'Jury statement: "For the precision of every frame."\n\n'
        "BEST ACTRESS\nLeontyne Farrow for Mothers of Quarry Row (United Kingdom, dir. "
        "Beatrix Hollis)\n",
    )
    assert ("Tariq Benmansur", "awardReceived", "Best Director") in found
    assert ("The Orchard Gate", "countryOfOrigin", "Morocco") in found
    assert ("Leontyne Farrow", "awardReceived", "Best Actress") in found
    assert not any(" for " in s for s, _, _ in found)


@pytest.mark.model
def test_who_adapted_a_film_wrote_it_and_the_source_s_author_did_not(nlp: Language) -> None:
    text = (
        "Marrow Lane was adapted by Pia Lundqvist and Omar Haddad from a story by Ines "
        "Varga, directed by Tom Reyes. The Long Field is a 1961 drama adapted by Ruth "
        "Okafor from the novel by Ian Trask."
    )
    found = triples(nlp, text)
    assert ("Marrow Lane", "screenwriter", "Pia Lundqvist") in found
    assert ("Marrow Lane", "screenwriter", "Omar Haddad") in found
    assert ("Marrow Lane", "screenwriter", "Ines Varga") not in found
    assert ("The Long Field", "screenwriter", "Ruth Okafor") in found
    assert ("The Long Field", "screenwriter", "Ian Trask") not in found


@pytest.mark.model
def test_a_title_ending_in_a_clipped_g_keeps_its_apostrophe(nlp: Language) -> None:
    found = triples(nlp, "Fox Trottin' is a 1946 animated short film directed by Ray Olsen.")
    assert ("Fox Trottin'", "director", "Ray Olsen") in found


@pytest.mark.model
def test_a_synopsis_clause_places_the_story_where_it_opens(nlp: Language) -> None:
    text = (
        "Blue Pines is a 2003 drama directed by Ana Wells. In New Orleans, a mysterious man "
        "looks to unite two warring gangs. In Cannes, a critic calls it a masterpiece."
    )
    found = triples(nlp, text)
    assert ("Blue Pines", "narrativeLocation", "New Orleans") in found
    assert ("Blue Pines", "narrativeLocation", "Cannes") not in found


@pytest.mark.model
def test_a_paper_s_masthead_is_no_film_and_its_obituary_s_films_keep_their_credits(
    nlp: Language,
) -> None:
    text = (
        "THE EVENING LEDGER GAZETTE\n"
        "News | Sport | Culture | Obituaries\n\n"
        "OBITUARIES\n\n"
        "Maud Ferris, editor, dies at 90\n\n"
        "Maud Ferris, the film editor whose cutting shaped many thrillers, has died. Her "
        "first credit came on Cold Harbour (1961). The film was photographed by Ivo Lind "
        "and produced by Ada Kerr for Northway Films.\n"
    )
    found = triples(nlp, text)
    assert not any(s.casefold().startswith("the evening") for s, _, _ in found)
    assert ("Cold Harbour", "directorOfPhotography", "Ivo Lind") in found
    assert ("Cold Harbour", "producer", "Ada Kerr") in found
    assert ("Cold Harbour", "filmEditor", "Maud Ferris") not in found


@pytest.mark.model
def test_a_dated_credits_section_credits_the_page_s_film_not_the_last_one_named(
    nlp: Language,
) -> None:
    text = (
        "The archive presents a new restoration of Lanterns of Wexley (1951). Lanterns of "
        "Wexley reunited its stars, who had met on Dry Season (1946).\n\n"
        "ORIGINAL CREDITS (1951)\n"
        "Director ............ Owen Hale\n"
        "Editor .............. Rhoda Venn\n"
        "UK distribution ..... Albion Pictures\n"
        "Cast ................ Clara Dunne, Hugh Pell\n"
    )
    found = triples(nlp, text)
    assert ("Lanterns of Wexley", "director", "Owen Hale") in found
    assert ("Lanterns of Wexley", "castMember", "Hugh Pell") in found
    assert not any(
        s in ("Original Credits", "Dry Season") for s, p, _ in found if p != "publicationDate"
    )


@pytest.mark.model
def test_what_no_evidence_supports_and_what_must_have_been_is_not_asserted(
    nlp: Language,
) -> None:
    text = (
        "Lanterns of Wexley is a 1951 melodrama. Nor have we found any evidence for the "
        "story that Ruth Gale was first cast as Ada. There is no record that Ivo Lind "
        "directed the film. No scene was set or shot in Dorset. Lou insists it must have "
        "been shot in Cornwall. Records show that Owen Hale directed it."
    )
    found = triples(nlp, text)
    assert ("Lanterns of Wexley", "castMember", "Ruth Gale") not in found
    assert ("Lanterns of Wexley", "director", "Ivo Lind") not in found
    assert ("Lanterns of Wexley", "filmingLocation", "Dorset") not in found
    assert ("Lanterns of Wexley", "filmingLocation", "Cornwall") not in found
    assert ("Lanterns of Wexley", "director", "Owen Hale") in found


@pytest.mark.model
def test_a_trade_with_film_before_it_is_a_person_s(nlp: Language) -> None:
    doc = nlp("Priyanka Holm is a London-based film editor. She cut Glasslight (2022).")
    types = {m.ref.name: m.ref.type for m in find_mentions(doc)}
    assert types["Priyanka Holm"] is EntityType.PERSON
    assert types["Glasslight"] is EntityType.FILM


@pytest.mark.model
def test_this_film_in_a_list_entry_is_the_entry_s_own(nlp: Language) -> None:
    text = (
        "[12:40] SMALL PRINT (2021). A heist comedy. Small Print is set in Leeds. Small "
        "Print was a hit. We love Small Print.\n"
        "[31:05] LOW TIDE AT GULLHAVEN (1988). Agnes Thurloe directs this British "
        "smuggling drama from a script by Hector Vane.\n"
    )
    found = triples(nlp, text)
    assert ("Low Tide at Gullhaven", "director", "Agnes Thurloe") in found
    assert ("Small Print", "director", "Agnes Thurloe") not in found


@pytest.mark.model
def test_a_screenplay_that_adapts_a_stage_play_bases_the_film_on_it(nlp: Language) -> None:
    text = (
        "Lanterns of Wexley (1951) is a melodrama. Nora Pellingham's screenplay adapts The Lamp at "
        "Saltmarsh, a stage play by Ottoline Strand. Produced by Ada Kerr, the picture cost "
        "£64,000."
    )
    found = triples(nlp, text)
    assert ("Lanterns of Wexley", "basedOn", "The Lamp at Saltmarsh") in found
    assert not any(s == "The Lamp at Saltmarsh" and p == "cost" for s, p, _ in found)
    assert ("Lanterns of Wexley", "cost", Money(Decimal("64000"), "GBP")) in found


@pytest.mark.model
def test_an_archive_s_name_is_no_film_wherever_the_text_names_it(nlp: Language) -> None:
    doc = nlp(
        "The Tamsworth Film Archive is proud to announce a new restoration of Lanterns of "
        "Wexley (1951), a British melodrama. The Tamsworth Film Archive is a registered "
        "charity."
    )
    name = "The Tamsworth Film Archive"
    types = {m.ref.type for m in find_mentions(doc) if m.ref.name == name}
    assert types == {EntityType.ORGANIZATION}


@pytest.mark.model
def test_a_thread_typed_in_lower_case_credits_each_numbered_entry(nlp: Language) -> None:
    text = (
        "1/ ok here we go: 5 lesser-known films from chile you should see. no notes\n\n"
        "2/ LA ÚLTIMA OLA (1979) dir. tomás arancibia. a fishing family vs the pacific. "
        "it's set in valparaíso but they shot it in coquimbo lol\n\n"
        "3/ el cartero (1986) — camila urrutia. joaquín vera plays tito, a postman on his "
        "last round. i cry every time\n\n"
        "4/ doña elvira (1993), rodrigo fuenzalida-peña. pure santiago melancholy\n\n"
        "5/ hasta mañana (2015) by ximena rojas. made for like $90k, a chile–peru co-pro\n\n"
        "6/ that's the list, rt if u found something new\n"
    )
    found = triples(nlp, text)
    assert ("La Última Ola", "director", "Tomás Arancibia") in found
    assert ("La Última Ola", "narrativeLocation", "Valparaíso") in found
    assert any(p == "director" and o == "Camila Urrutia" for _, p, o in found)
    assert any(p == "castMember" and o == "Joaquín Vera" for _, p, o in found)
    assert any(p == "director" and o == "Rodrigo Fuenzalida-Peña" for _, p, o in found)
    assert any(p == "director" and o == "Ximena Rojas" for _, p, o in found)
    assert not any(s.startswith(("3/", "4/", "5/")) for s, _, _ in found)


@pytest.mark.model
def test_two_films_the_text_names_apart_share_a_credit_given_to_both(nlp: Language) -> None:
    text = (
        "Dust Parade (1994) is a drama. Kill the Lamps (1998) is a thriller. Dust Parade "
        "and KTL were edited by Leonard Pask."
    )
    found = triples(nlp, text)
    assert ("Dust Parade", "filmEditor", "Leonard Pask") in found
    assert ("Kill the Lamps", "filmEditor", "Leonard Pask") in found
    assert not any(" and " in s for s, _, _ in found)


@pytest.mark.model
def test_a_film_named_by_its_initials_is_what_it_refers_to_next(nlp: Language) -> None:
    text = (
        "my ranking:\n1. Kill the Lamps (1998)\n2. Dust Parade (1994)\n\n"
        "dust parade is great, the best thing he made.\n\n"
        "^ this. also re KTL: dale mercer does NOT play the sheriff. mercer is the deputy, "
        "Lyle Voss.\n\nstill, dust parade wins for me.\n"
    )
    found = triples(nlp, text)
    assert ("Kill the Lamps", "character", "Lyle Voss") in found
    assert ("Dust Parade", "character", "Lyle Voss") not in found


@pytest.mark.model
def test_who_cut_a_film_edited_it_and_whose_photography_earned_them_a_nomination(
    nlp: Language,
) -> None:
    text = (
        "Late Frost (2002) is a drama. Okoye directed, Okoro-Vale shot it and Vollmer cut "
        "it. Instead she cut Heartwood (1991) for the young director Tamsin Okoye, an "
        "adaptation of a Welsh novel. Stanislaw Berent's photography earned him a "
        "nomination for the Academy Award for Best Cinematography. The studio cut it by "
        "twenty minutes."
    )
    found = triples(nlp, text)
    assert ("Late Frost", "filmEditor", "Vollmer") in found
    assert ("Late Frost", "directorOfPhotography", "Okoro-Vale") in found
    assert (
        "Stanislaw Berent",
        "nominatedFor",
        "Academy Award for Best Cinematography",
    ) in found
    assert not any(s == "Tamsin Okoye" for s, _, _ in found)
    assert not any(o == "The studio" for _, _, o in found)


@pytest.mark.model
def test_a_podcast_s_name_and_its_promo_code_are_no_films(nlp: Language) -> None:
    text = (
        "REEL & DEAL — a podcast about the films between the films\n\n"
        "[02:10] Sponsor: Quillbox notebooks — use code REELER for 15% off\n"
        "[12:40] SMALL PRINT (2021). A heist comedy about three copy-shop workers. The "
        "three worked together again on Late Frost (2002): Okoye directed, Okoro-Vale shot "
        "it and Vollmer cut it. Reel & Deal is produced by Marta Byrne.\n"
    )
    films = {st.subject.name for st in facts(nlp, text) if st.subject.type is EntityType.FILM}
    assert not films & {"Reel & Deal", "REELER", "Reel"}
    found = triples(nlp, text)
    assert ("Late Frost", "directorOfPhotography", "Okoro-Vale") in found
    assert ("Late Frost", "filmEditor", "Vollmer") in found


@pytest.mark.model
def test_a_career_s_plural_films_give_no_film_a_country(nlp: Language) -> None:
    text = (
        "Heartwood (1991) is a drama. Harriet Vollmer, the film editor whose cutting shaped "
        "some of the most admired British thrillers of the 1970s, has died."
    )
    assert ("Heartwood", "countryOfOrigin", "United Kingdom") not in triples(nlp, text)


@pytest.mark.model
def test_a_list_entry_s_possessive_maker_and_a_quoted_nickname(nlp: Language) -> None:
    text = (
        "[12:40] SMALL PRINT (2021). Tobias Kettering's heist comedy about three copy-shop "
        'workers.\n[21:15] Rafe Gilmartin (as "Kipper") steals every scene in Small Print.\n'
    )
    found = triples(nlp, text)
    assert ("Small Print", "director", "Tobias Kettering") in found
    assert ("Kipper", "portrayedBy", "Rafe Gilmartin") in found
    assert not any(s == "Kipper" and p != "portrayedBy" for s, p, _ in found)


@pytest.mark.model
def test_a_letter_that_corrects_an_article_asserts_its_corrections_only(nlp: Language) -> None:
    text = (
        "LETTERS\nLetters may be edited for length.\n\n"
        "Sir — I read Toby Greaves's piece on In Good Time (1974) with dismay, and hope you "
        "will let me set the record straight. First, Mr Greaves writes that the film was "
        '"directed by Lionel Achterberg". Achterberg produced it. Second, he says it was '
        '"shot on location in Brighton". The exteriors were filmed in Hastings. He repeats '
        "the old story that Miss Caddick later married her director. She did not.\n\n"
        "Toby Greaves replies: I did not in fact claim that Caddick married Throup. Caddick's "
        "husband was Leo Farrant, whom she married in 1976.\n"
    )
    found = triples(nlp, text)
    assert not any(s == "Letters" for s, _, _ in found)
    assert ("In Good Time", "director", "Lionel Achterberg") not in found
    assert ("In Good Time", "filmingLocation", "Brighton") not in found
    assert ("In Good Time", "filmingLocation", "Hastings") in found
    assert not any(p == "spouse" and "Throup" in str(o) for _, p, o in found)
    assert ("Caddick", "spouse", "Leo Farrant") in found


@pytest.mark.model
def test_a_film_that_was_to_have_been_made_asserts_nothing(nlp: Language) -> None:
    text = (
        "Gold Coast Run (2024) is a thriller. It was to have been directed by Liam Brophy "
        "and to star Chase Devereaux, shooting in Queensland from 5 Aug."
    )
    found = triples(nlp, text)
    assert not any(p in ("director", "castMember", "filmingLocation") for _, p, _ in found)


@pytest.mark.model
def test_a_where_are_they_now_piece_about_a_film_named_for_its_hero(nlp: Language) -> None:
    text = (
        "WHERE ARE THEY NOW? The cast of Jonny Vesper\n\n"
        "Nobody expected much from Jonny Vesper. Shot around Gallup, New Mexico, the 1996 "
        "film is set in an Arizona that exists mostly in Wade Kessler's head.\n\n"
        "RORY GALLOWAY\nGalloway was 23 when he played the title role. He spent the next "
        "decade in studio pictures, most memorably as the astronaut Cal Brody in The "
        "Harbinger Line (2001). He married his co-star Nadia Esposito in 1999.\n\n"
        'THE RUMOUR\nIt was not Lux Kettle. "That\'s Ezra," Wade Kessler says, meaning '
        "Ezra Pohl, the film's composer.\n\n"
        "MORE: Gallup, N.M.: the town that played Arizona\n"
    )
    found = triples(nlp, text)
    assert ("Jonny Vesper", "filmingLocation", "Gallup") in found
    assert ("Jonny Vesper", "narrativeLocation", "Arizona") in found
    assert ("Jonny Vesper", "composer", "Ezra Pohl") in found
    assert ("Galloway", "spouse", "Nadia Esposito") in found
    assert not any(p == "spouse" and s == "Cal Brody" for s, p, _ in found)
    assert not any(s == "That's Ezra" for s, _, _ in found)


@pytest.mark.model
def test_an_award_for_a_maker_s_film_names_the_film_without_the_maker(nlp: Language) -> None:
    text = (
        "She won the Independent Spirit Award for Best Supporting Female for Omar Haddad's "
        "Paper Kites (2004). Haddad later directed The Quiet Season."
    )
    found = triples(nlp, text)
    assert ("Paper Kites", "publicationDate", Year(2004)) in found
    assert not any("Haddad's" in s for s, _, _ in found)


@pytest.mark.model
def test_a_film_noun_then_he_wrote_and_directed_credits_both(nlp: Language) -> None:
    text = (
        "Rory Galloway was 23 when he played the title role. These days Galloway works "
        "behind the camera: Fence Lines (2019), a ranch drama he wrote and directed, played "
        "in competition at the Berlinale."
    )
    found = triples(nlp, text)
    assert ("Fence Lines", "director", "Galloway") in found
    assert ("Fence Lines", "screenwriter", "Galloway") in found


@pytest.mark.model
def test_a_location_guide_s_stops_are_places_and_its_titles_whole(nlp: Language) -> None:
    text = (
        "1. Tabernas Desert\n"
        "These badlands have played the American West. Carlo Venturelli built a town here "
        "for Dead Man's Wage (1968), the western he directed.\n\n"
        "2. Playa de Mónsul, Cabo de Gata\n"
        "The cove stood in for Sicily 1941 in The Salt Pilgrims (1994).\n\n"
        "3. Rodalquilar\n"
        "This village played a Bolivian mining town.\n"
    )
    found = triples(nlp, text)
    assert ("Dead Man's Wage", "director", "Carlo Venturelli") in found
    assert ("The Salt Pilgrims", "publicationDate", Year(1994)) in found
    assert not any(s in ("Tabernas Desert", "Rodalquilar", "Wage") for s, _, _ in found)
    assert not any(s.startswith(("Playa", "1941")) for s, _, _ in found)


@pytest.mark.model
def test_a_campaign_s_correction_of_its_press_kit_and_a_festival_section(
    nlp: Language,
) -> None:
    text = (
        "Hollis Point is a 2024 drama. Update #1 — A correction: our press kit said we "
        "filmed at Peggy's Cove. We scouted it, but every frame was shot in Lunenburg and "
        "Blue Rocks.\n\n"
        "7pm — LEMONADE WINTER (Out of Competition, world premiere)\n"
        "Cass Mortimer's comedy-drama stars Del Fairweather.\n"
    )
    found = triples(nlp, text)
    assert ("Hollis Point", "filmingLocation", "Peggy's Cove") not in found
    assert ("Hollis Point", "filmingLocation", "Blue Rocks") in found
    assert not any(s == "Out of Competition" for s, _, _ in found)


@pytest.mark.model
def test_an_unrealised_film_s_planned_director_credits_no_film(nlp: Language) -> None:
    text = (
        "3.3\nOfficer's greatcoat\nThe Iron Shore (1966)\nDirected by Lewis Frayne\n"
        "Worn by Dirk Halvorsen as Captain Edmund Morrow\n"
        "The film is set at Gallipoli in 1915 but was shot on Malta.\n\n"
        "3.4\nCostume sketches (four sheets)\nJezebel of the Nile (unrealised)\n"
        "Gouache and pencil on card\n"
        "A Roman-Egyptian epic that was to have been directed by Julian Frayne and to star "
        "Vivienne Castellane. Its backers withdrew in 1971, before a single scene was "
        "shot.\n"
    )
    found = triples(nlp, text)
    assert ("The Iron Shore", "director", "Lewis Frayne") in found
    assert not any(o in ("Julian Frayne", "Vivienne Castellane") for _, _, o in found)


@pytest.mark.model
def test_a_diary_s_paragraph_under_an_entry_is_about_that_entry_s_film(nlp: Language) -> None:
    text = (
        "8.30am — SHEPHERD'S ALMANAC (Competition) ★★★★\n"
        "Levan Tsiklauri's drama follows a shepherdess through one year with her flock.\n\n"
        "7pm — LEMONADE WINTER (Out of Competition, world premiere) ★★★½\n"
        "Cass Mortimer's comedy-drama stars Del Fairweather as Jo Pruitt. Silas Greer's "
        "banjo score is the best thing in it.\n\n"
        "Then came the Q&A, which ran forty minutes. The moderator asked about the budget. "
        "Mortimer laughed. Asked why Idaho looked so much like Canada, Mortimer admitted "
        "every Idaho scene was filmed in Alberta.\n\n"
        "UPDATE: Shepherd's Almanac took the Silver Lion.\n"
    )
    found = triples(nlp, text)
    assert ("Lemonade Winter", "filmingLocation", "Alberta") in found
    assert ("Shepherd's Almanac", "filmingLocation", "Alberta") not in found


@pytest.mark.model
def test_a_citation_with_a_runtime_after_its_year_credits_the_maker(nlp: Language) -> None:
    text = (
        "Week 3 · Rivers\n"
        "Screening: Low Water (Anouk de Vries, 2010, 88 min)\n"
        "A Dutch documentary about a drought.\n"
        "Reading: Ruth Ellery, The Dry Mind (1998), ch. 1–2.\n\n"
        "Week 4 · Islands\n"
        "Screening: Cold Rock (Bruno Ferrante, 1962, 108 min; Italian with subtitles)\n"
        "Ferrante's drama stars Lucia Benvenuti as Anna Greco. It was shot on Favignana.\n"
    )
    found = triples(nlp, text)
    assert ("Low Water", "director", "Anouk de Vries") in found
    assert ("Low Water", "publicationDate", Year(2010)) in found
    assert ("Cold Rock", "director", "Bruno Ferrante") in found
    assert ("Cold Rock", "castMember", "Lucia Benvenuti") in found
    assert ("Cold Rock", "filmingLocation", "Favignana") in found
    assert not any(s == "The Dry Mind" and p != "publicationDate" for s, p, _ in found)


@pytest.mark.model
def test_who_adapts_a_work_writes_the_film_in_hand(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Quiet Harbour is a 2004 drama. Declan Roe adapted it from Frances Quayle's "
        "novel Winter Birds.",
    )
    assert ("The Quiet Harbour", "screenwriter", "Declan Roe") in found
    assert ("The Quiet Harbour", "basedOn", "Winter Birds") in found
    found = triples(
        nlp,
        "Cold Comfort (2004) is a drama. Hugh Penrose adapted his own stage play, Cellar "
        "Door, and directs at a gallop.",
    )
    assert ("Cold Comfort", "screenwriter", "Hugh Penrose") in found
    assert ("Cold Comfort", "basedOn", "Cellar Door") in found
    found = triples(
        nlp,
        "The Quiet Harbour is a 2004 drama based on a novel by Ann Lee. Lee later adapted "
        "the novel for the stage.",
    )
    assert not any(p == "screenwriter" for _, p, _ in found)


@pytest.mark.model
def test_a_results_strip_gives_winners_of_the_page_s_one_award_family(nlp: Language) -> None:
    text = (
        "LIVE: European Film Awards — every winner as it happens\n\n"
        "KEY WINNERS\n"
        "Best Film: Small Hours · Best Director: Marisol Ortega · Best Actor: Jonas Falk\n\n"
        "21:30 — BEST DIRECTOR: Marisol Ortega for Agnes. Also nominated: Katrin Aalto, "
        "Paul Weiss and Goran Petrović. Ortega thanked her husband, Luis Baena.\n"
    )
    found = triples(nlp, text)
    assert ("Small Hours", "awardReceived", "European Film Award for Best Film") in found
    assert ("Jonas Falk", "awardReceived", "European Film Award for Best Actor") in found
    assert ("Goran Petrović", "nominatedFor", "European Film Award for Best Director") in found
    assert not any(p in ("character", "portrayedBy", "castMember") for _, p, _ in found)
    assert not any(s == "Luis Baena" and p == "nominatedFor" for s, p, _ in found)


@pytest.mark.model
def test_a_nomination_a_film_earned_someone_is_theirs(nlp: Language) -> None:
    found = triples(
        nlp,
        "Ironwood (1987) is a thriller. It earned composer Teo Vance an Academy Award "
        "nomination for Best Original Score.",
    )
    assert ("Teo Vance", "nominatedFor", "Academy Award for Best Original Score") in found


@pytest.mark.model
def test_a_product_line_after_a_dash_is_no_maker(nlp: Language) -> None:
    found = triples(nlp, "IRONWOOD (1987) — Limited Edition\n\nA thriller, out now.")
    assert not any(p == "director" for _, p, _ in found)


@pytest.mark.model
def test_a_name_a_trade_comes_before_is_no_film_its_possessive_names(nlp: Language) -> None:
    text = (
        "Ironwood (1987) is a thriller. Produced by Greyjay Pictures, it earned composer "
        "Teo Vance an Academy Award nomination for Best Original Score.\n\n"
        "Been waiting years for this. Teo Vance's score won the Oscar and you can hear why. "
        "It's set in BC but was shot in Oregon."
    )
    found = triples(nlp, text)
    assert not any(s == "Teo Vance" and p != "nominatedFor" for s, p, _ in found)
    assert ("Ironwood", "filmingLocation", "Oregon") in found


@pytest.mark.model
def test_the_film_after_a_maker_s_debut_is_the_article_s_film(nlp: Language) -> None:
    text = (
        "A film crew turns Berwick's streets into pre-war Riga for The Amber Coast, a spy "
        "thriller directed by Oonagh Price.\n\n"
        "The Amber Coast is based on Winter Birds, the 2015 novel by Alan Tait.\n\n"
        "Price, who grew up in Alnwick, said Berwick had been her first choice. Her debut, "
        "Gannet Rock (2019), was filmed on Lindisfarne.\n\n"
        "The film is produced by Daniel Ofori for the London company Lowfield Films."
    )
    found = triples(nlp, text)
    assert ("The Amber Coast", "producer", "Daniel Ofori") in found
    assert ("Gannet Rock", "filmingLocation", "Lindisfarne") in found
    assert ("Gannet Rock", "producer", "Daniel Ofori") not in found


@pytest.mark.model
def test_a_certificate_is_a_content_rating_not_a_critic_s_grade(nlp: Language) -> None:
    listing = (
        "TUESDAY\n\n9.00pm · BBC FOUR\nHAPPY RETURNS (1994) (PG) ★★★★\n"
        "Comedy. A retired postman wins the lottery.\n"
    )
    found = triples(nlp, listing)
    assert ("Happy Returns", "contentRating", Text("PG")) in found
    page = (
        "IRONWOOD (1987) — Limited Edition\n\nA backwoods thriller.\n"
        "Certificate: 15 (rated 18 on original release)\n"
    )
    found = triples(nlp, page)
    assert ("IRONWOOD", "contentRating", Text("15")) in found
    assert ("IRONWOOD", "contentRating", Text("18")) in found
    found = triples(
        nlp, "Ironwood (1987) is a thriller. Critics rated it 15/20 and the sequel was never made."
    )
    assert not any(p == "contentRating" for _, p, _ in found)


@pytest.mark.model
def test_a_programme_entry_headed_by_a_title_and_its_original_credits_that_film(
    nlp: Language,
) -> None:
    text = (
        "THE FILMS\n\n"
        "SAT 14 MARCH 15:00 · TUE 17 MARCH 20:30\n"
        "NEAR ENOUGH (Nah genug)\n"
        "1974 · West Germany/France · 101 min · Cert 12A\n"
        "With Anke Pfeil, Jean-Luc Ferrand\n"
        "Shot in Lübeck in one freezing January.\n"
    )
    found = triples(nlp, text)
    assert ("Near Enough", "castMember", "Anke Pfeil") in found
    assert ("Near Enough", "publicationDate", Year(1974)) in found
    assert ("Near Enough", "contentRating", Text("12A")) in found


@pytest.mark.model
def test_a_commentary_s_speakers_are_the_people_their_first_names_label(
    nlp: Language,
) -> None:
    text = (
        "SHORT NOTICE — 10th Anniversary Edition (DVD)\n"
        "Audio commentary: director Felix Amadi and actor Tessa Blundell\n\n"
        "[00:00:14]\n"
        "FELIX: Hello, I'm Felix Amadi. I directed Short Notice.\n"
        "TESSA: And I'm Tessa Blundell. I play Jude Pike, the only honest thief in Leeds.\n"
        "FELIX: Nadia Farouk wrote it.\n"
    )
    found = triples(nlp, text)
    assert ("Short Notice", "director", "Felix Amadi") in found
    assert ("Jude Pike", "portrayedBy", "Tessa Blundell") in found
    assert ("Short Notice", "screenwriter", "Nadia Farouk") in found
    assert not any(p == "narrativeLocation" and o == "Short Notice" for _, p, o in found)


@pytest.mark.model
def test_a_wire_s_stories_keep_their_own_films(nlp: Language) -> None:
    text = (
        "---------------------------------------------------------------\n"
        "ENTERTAINMENT-FILM/DENMARK-DEAL\n"
        "Harbinger buys rights to Danish Sundance winner\n\n"
        'COPENHAGEN, Feb 3 (CPA) - Harbinger Films has acquired rights to "The Long Field", '
        "Danish director Karin Holst's drama about a farming family.\n"
        'Holst expanded it from her own short film "Furrow" (2016). It stars Bodil Strom as '
        "the widowed farmer Else Dahl.\n"
        "Produced by Copenhagen-based Skagerak Film, it cost 18 million Danish crowns to make, "
        "Holst told CPA.\n"
        "(Reporting by Mette Lund; Editing by Alan Price)\n\n"
        "---------------------------------------------------------------\n"
        "ENTERTAINMENT-FILM/BRITAIN-CASTING\n"
        "Nyambura to play poet Lydia Fenwick; Brisco in talks\n\n"
        "LONDON, Feb 4 (CPA) - British actress Coral Nyambura will play the poet Lydia Fenwick "
        'in "Ink and Ashes", a biopic directed by Tobias Wren.\n'
    )
    found = triples(nlp, text)
    assert ("The Long Field", "castMember", "Bodil Strom") in found
    assert ("The Long Field", "basedOn", "Furrow") in found
    assert ("The Long Field", "screenwriter", "Holst") in found
    assert ("The Long Field", "productionCompany", "Skagerak Film") in found
    assert ("Ink and Ashes", "castMember", "Coral Nyambura") in found
    assert not any(o == "Alan Price" for _, _, o in found)
    assert not any(s == "The Long Field" and "Nyambura" in str(o) for s, _, o in found)
    assert not any(s == "Brisco" or o == "Brisco" for s, _, o in found)


@pytest.mark.model
def test_old_and_nordic_currencies_are_money_and_a_budget_cites_its_amount(
    nlp: Language,
) -> None:
    text = (
        "Glass Harbour (1968) is a docks drama. Made for DM 180,000.\n\n"
        "The Long Field is a drama. Produced by Skagerak Film, it cost 18 million Danish "
        "crowns to make, Holst told CPA."
    )
    doc = nlp(text)
    found = list(find_statements(doc, list(find_mentions(doc))))
    assert not any(st.predicate == "productionCompany" and "DM" in str(st.object) for st in found)
    costs = {st.object: st for st in found if st.predicate == "cost"}
    assert Money(Decimal("180000"), "DEM") in costs
    cost = costs[Money(Decimal("18000000"), "DKK")]
    assert "18 million Danish crowns" in text[cost.start : cost.end]


@pytest.mark.model
def test_hearsay_the_text_contests_is_not_asserted(nlp: Language) -> None:
    found = triples(
        nlp,
        "Standing Room (1979) is her only comedy. It is often said that Ebel wrote it first as "
        "a radio play; Marnow insisted the script was hers alone.",
    )
    assert not any(p == "screenwriter" for _, p, _ in found)
    found = triples(
        nlp,
        "Lanternfall (2011) is a fantasy epic. Fans often say Brennick has a cameo as a guard "
        "in Lanternfall. She doesn't: the guard is her sister.",
    )
    assert not any(p == "castMember" for _, p, _ in found)
    found = triples(
        nlp, "Lanternfall (2011) is a fantasy epic. People say it was shot in Iceland, and it was."
    )
    assert ("Lanternfall", "filmingLocation", "Iceland") in found


@pytest.mark.model
def test_a_part_married_in_the_story_is_no_marriage(nlp: Language) -> None:
    found = triples(
        nlp,
        "Tidal Gate is a disaster film. The film stars Kang Min-ho as a harbour engineer. "
        "Kim Se-ryun plays his estranged wife, Cho Eun-ha.",
    )
    assert ("Cho Eun-ha", "portrayedBy", "Kim Se-ryun") in found
    assert not any(p == "spouse" for _, p, _ in found)


@pytest.mark.model
def test_a_programme_heading_s_original_title_is_no_character(nlp: Language) -> None:
    text = (
        "FRI 6 MARCH 18:10 · OPENING NIGHT\n"
        "GLASS HARBOUR (Glashafen)\n"
        "1968 · West Germany · 84 min · b/w · Cert PG\n"
        "With Dieter Roswald, Anke Pfeil\n"
        "Marnow's debut, a docks drama. Made for DM 180,000.\n"
    )
    found = triples(nlp, text)
    assert ("Glass Harbour", "castMember", "Anke Pfeil") in found
    assert ("Glass Harbour", "cost", Money(Decimal("180000"), "DEM")) in found
    assert not any(p in ("character", "productionCompany") for _, p, _ in found)


@pytest.mark.model
def test_a_writing_credit_names_the_work_the_script_came_from(nlp: Language) -> None:
    text = (
        "THE SALT ROAD (Die Salzstraße)\n"
        "1997 · Germany/Poland · 105 min · Cert 15\n"
        "With Zofia Krall, Anke Pfeil\n"
        "Written by Konrad Ebel, from Tadeusz Wrona's play Border Crossing\n"
        "Her last film: a customs officer cannot arrest a smuggler.\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Road", "basedOn", "Border Crossing") in found
    assert ("Border Crossing", "author", "Tadeusz Wrona") in found
    assert ("The Salt Road", "screenwriter", "Konrad Ebel") in found


@pytest.mark.model
def test_a_fact_told_of_both_films_or_all_three_holds_for_each(nlp: Language) -> None:
    text = (
        "Lanternfall (2011) and Lanternfall: The Drowned Crown (2014) are fantasy epics. "
        "Sorrell directed both. Both films were shot in Slovakia's High Tatras.\n\n"
        "The prequel Varga (2017) was written and directed by Noor Hadley. Ilan Mercer scored "
        "all three."
    )
    found = triples(nlp, text)
    for film in ("Lanternfall", "The Drowned Crown"):
        assert (film, "director", "Sorrell") in found
        places = {o for s, p, o in found if s == film and p == "filmingLocation"}
        assert places & {"High Tatras", "Slovakia"}
    for film in ("Lanternfall", "The Drowned Crown", "Varga"):
        assert (film, "composer", "Ilan Mercer") in found
    assert ("Varga", "director", "Sorrell") not in found


@pytest.mark.model
def test_minutes_and_reports_number_sections_not_films(nlp: Language) -> None:
    text = (
        "MINUTES OF THE MONTHLY MEETING\n\n"
        "1. MINUTES OF THE JANUARY MEETING\nApproved as a true record.\n\n"
        "2. MATTERS ARISING\nThe replacement speaker cable has been bought.\n\n"
        "3. FEBRUARY SCREENING: HALF TERM (1979)\n"
        "Patrick Moyle plays Len Garside, a supply teacher.\n"
        "(a) KP said the film was shot in Margate. HD corrected this: the seafront scenes "
        "were filmed in Folkestone.\n"
        "(b) KP thought Furey had also directed it; MV pointed out that he only acts in it.\n"
        "(c) AB said Moyle won the BAFTA for Best Actor for the role. GT checked: he was "
        "nominated but lost.\n\n"
        "4. AUTUMN SEASON\n"
        "(a) Any Other Business (2019), Niamh Colgan's Irish office satire, with Declan Furey "
        "as Martin Gleeson.\n\n"
        "5. TREASURER'S REPORT\nBalance £1,412.36.\n\n"
        "6. ANY OTHER BUSINESS\nNone.\n"
    )
    found = triples(nlp, text)
    subjects = {s for s, _, _ in found}
    assert ("Half Term", "castMember", "Patrick Moyle") in found
    assert ("Half Term", "filmingLocation", "Margate") not in found
    assert ("Any Other Business", "castMember", "Declan Furey") in found
    assert not any(p == "director" and o == "Furey" for _, p, o in found)
    assert not any(p == "awardReceived" for _, p, _ in found)
    assert not subjects & {"Autumn Season", "Matters Arising", "Treasurer's Report"}
    report = "HAAR (2024)\nThriller · Dutch-British\nDirector: Sanne de Wit\n"
    assert ("Haar", "director", "Sanne de Wit") in triples(nlp, report)


@pytest.mark.model
def test_a_crew_page_s_credit_rows_credit_each_film_and_the_client(nlp: Language) -> None:
    text = (
        "CLIENTS › CREW › CINEMATOGRAPHERS › HENRIK SOLBERG\n\n"
        "HENRIK SOLBERG\nDirector of Photography\n"
        "Agent: Rupert Achebe · Based: Oslo / London\n\n"
        "FEATURES (Director of Photography unless stated)\n"
        "2024 · Low Country · dir. Brendan Keane · Irish-Dutch co-production\n"
        "2020 · Halvmørke · dir. Kaja Lindahl · Norwegian-language\n"
        "2018 · The Understudy · dir. Maxine Orr · additional photography only\n"
    )
    found = triples(nlp, text)
    assert ("Low Country", "director", "Brendan Keane") in found
    assert ("Halvmørke", "publicationDate", Year(2020)) in found
    assert ("Halvmørke", "directorOfPhotography", "Henrik Solberg") in found
    assert ("The Understudy", "directorOfPhotography", "Henrik Solberg") not in found
    assert not any(p in ("character", "castMember") for _, p, _ in found)


@pytest.mark.model
def test_a_disputed_remake_keeps_the_older_film_s_description(nlp: Language) -> None:
    found = triples(
        nlp,
        "Hollow Pier is a 2021 Irish horror film directed by Nessa Quill. A caller to the "
        "radio show kept insisting it was a remake of the 1958 American creature feature The "
        "Harbour Thing. It wasn't: Quill wrote the script with Dara Fenn.",
    )
    assert not any(p == "basedOn" for _, p, _ in found)
    assert ("The Harbour Thing", "publicationDate", Year(1958)) in found
    assert ("The Harbour Thing", "countryOfOrigin", "United States of America") in found
    assert ("Hollow Pier", "screenwriter", "Dara Fenn") in found
    assert not any(s == "The Harbour Thing" and p == "screenwriter" for s, p, _ in found)
    found = triples(
        nlp,
        "Hollow Pier is a horror film directed by Nessa Quill. A caller insisted that Hollow "
        "Pier is a 2019 Scottish film. It isn't.",
    )
    assert not any(p in ("publicationDate", "countryOfOrigin") for _, p, _ in found)


@pytest.mark.model
def test_a_profile_past_its_magazine_furniture_is_about_its_subject(nlp: Language) -> None:
    found = triples(
        nlp,
        "NORTH LIGHT MAGAZINE\nIssue 12 · Spring 2025 ·\nTHE INTERVIEW\n\n"
        '"I never planned any of it"\n'
        "Anna Whitmore spent ten years in other people's films. Now she makes her own.\n\n"
        "Words: Petra Lind · Photographs: Joss Amadi\n\n"
        "Anna Whitmore orders coffee and forgets it. She first worked with the director Tomas "
        "Brede on his thriller Cold Harbour (2009). She married Brede in 2010; they divorced "
        "in 2015. Then she directed. Small Hours (2022), which she co-wrote with Ada Finch, "
        "is a comedy set in Bergen.",
    )
    assert ("Anna Whitmore", "spouse", "Brede") in found or (
        "Anna Whitmore",
        "spouse",
        "Tomas Brede",
    ) in found
    assert ("Small Hours", "director", "Anna Whitmore") in found
    assert not any(p in ("castMember", "character", "portrayedBy") for _, p, _ in found)
    assert not any("Photographs" in (s, o) or "Words" in (s, o) for s, _, o in found)


@pytest.mark.model
def test_a_film_named_after_its_maker_s_possessive_is_the_film(nlp: Language) -> None:
    found = triples(nlp, "Maria Lund is an actor. She starred in Tove Berg's Harrow Gate.")
    assert ("Harrow Gate", "castMember", "Maria Lund") in found
    assert ("Harrow Gate", "director", "Tove Berg") in found
    found = triples(nlp, "Maria Lund starred in Jonas Brink Holm's Danish horror film.")
    assert not any(s == "Danish" for s, _, _ in found)
    found = triples(
        nlp,
        "Maria Lund is set to star opposite Ada Fox in The Cartographer's Daughter, a "
        "period drama directed by Ian Moor.",
    )
    assert ("The Cartographer's Daughter", "director", "Ian Moor") in found


@pytest.mark.model
def test_what_someone_declined_or_failed_to_do_is_not_done(nlp: Language) -> None:
    found = triples(
        nlp,
        "Harriet Vollmer was a film editor. In 1986 she declined to edit The Candle Men "
        "(1987) for the director Ross Ellery.",
    )
    assert not any(p == "filmEditor" for _, p, _ in found)
    found = triples(nlp, "Pale Sun (1990) is a drama. It failed to win the Golden Bear.")
    assert not any(p == "awardReceived" for _, p, _ in found)


@pytest.mark.model
def test_a_review_under_a_masthead_is_about_its_headline_s_film(nlp: Language) -> None:
    found = triples(
        nlp,
        "THE WEEKLY LANTERN\nNews · Opinion · Culture\nCulture › Film › Reviews\n\n"
        "The Salt Lodger review – a cold house, and a colder heart\n★★★★☆\n\n"
        "There is a moment in The Salt Lodger when Agnes Pell (Ruth Okoro) listens at her "
        "door. Agnes, widowed and poor, takes in a lodger, a clerk played by Callum Reeve. "
        "The Oscar-winning Dora Quist – her statuette came for Ivo Brandt's Quiet Country "
        "(1998) – has ten minutes as the mother, and Orla Finn is sly as Win. Reeve once "
        "played a cook in Tom Ashby's comedy Agnes (2008). If it resembles anything, it is "
        "Marco Ferri's Italian thriller Dopo la neve (1981). The score is by Jonah Pell.",
    )
    assert ("The Salt Lodger", "castMember", "Callum Reeve") in found
    assert ("The Salt Lodger", "composer", "Jonah Pell") in found
    assert ("Agnes", "publicationDate", Year(2008)) in found
    assert not any(p == "castMember" and ("Quiet" in s or s == "Dora Quist") for s, p, _ in found)
    assert not any(s == "Agnes" and o == "Callum Reeve" for s, _, o in found)
    assert ("Dopo la neve", "director", "Marco Ferri") in found
    assert ("Dopo la neve", "publicationDate", Year(1981)) in found


@pytest.mark.model
def test_has_contracted_after_a_name_is_no_possessive(nlp: Language) -> None:
    found = triples(
        nlp,
        "Nadia Farouk wrote Short Notice (2009). Nadia's written a sequel, Final Notice, and "
        "Nadia also produced the first film with Kwame Idowu.",
    )
    assert not any(s == "Nadia" for s, _, _ in found)
    assert {o for s, p, o in found if (s, p) == ("Final Notice", "screenwriter")} & {
        "Nadia",
        "Nadia Farouk",
    }


@pytest.mark.model
def test_a_category_s_unlabelled_list_names_nominees_not_a_winner(nlp: Language) -> None:
    found = triples(
        nlp,
        "The nominations were announced this morning.\n\nBEST DIRECTOR\n"
        "Conrad Ashby (The Pale Map); Sorcha Deane (Undertow); Lucia Benn (Ghosts of "
        "Ortigia).\n\nThe ceremony is on 15 March.",
    )
    assert not any(p == "awardReceived" for _, p, _ in found)
    assert {s for s, p, _ in found if p == "nominatedFor"} >= {"Conrad Ashby", "Sorcha Deane"}


@pytest.mark.model
def test_a_report_denied_in_the_passive_is_not_asserted(nlp: Language) -> None:
    found = triples(
        nlp,
        "Undertow (2025) is a drama by Sorcha Delaney. Reports that it was shot in Iceland "
        "were denied by the studio. Rumours that Delaney has already signed to direct The "
        "Cartographer's Daughter, Halloran's planned sequel, were denied by her agent on "
        "Thursday.",
    )
    assert not any(p == "filmingLocation" for _, p, _ in found)
    assert not any(s == "The Cartographer's Daughter" for s, _, _ in found)


@pytest.mark.model
def test_a_listing_that_named_someone_as_co_director_then_denied(nlp: Language) -> None:
    text = (
        "Saltgrass (2019) is a thriller written by Oona Pike and Teodor Lind. "
        "Some early festival listings named Lind as co-director. He isn't; the direction "
        "is Pike's alone."
    )
    found = triples(nlp, text)
    assert ("Saltgrass", "screenwriter", "Teodor Lind") in found
    assert not any(p == "director" and o in ("Lind", "Teodor Lind") for _, p, o in found)
    # the verb that gives a person a job is no plot naming a character
    assert not any(p == "character" for _, p, _ in found)


@pytest.mark.model
def test_a_partner_in_a_passive_co_credit(nlp: Language) -> None:
    found = triples(nlp, "Co-written with Nessa Quinlan, Grey Harbour (2010) is set in Hull.")
    assert ("Grey Harbour", "screenwriter", "Nessa Quinlan") in found
    found = triples(nlp, "Grey Harbour (2010) was co-directed with Ivo Brandt.")
    assert ("Grey Harbour", "director", "Ivo Brandt") in found


@pytest.mark.model
def test_two_companies_a_slash_joins_before_production(nlp: Language) -> None:
    text = (
        "GREY HARBOUR\n2010 · 104 mins\nDirector Idris Calloway\n"
        "A Greylag Films / Corrib Screen production. Released by Sable Door Pictures."
    )
    found = triples(nlp, text)
    assert ("Grey Harbour", "productionCompany", "Greylag Films") in found
    assert ("Grey Harbour", "productionCompany", "Corrib Screen") in found


@pytest.mark.model
def test_a_publication_that_reports_is_no_film(nlp: Language) -> None:
    text = (
        "THE CUTTING ROOM\nFilm | TV | Deals | Festivals\n\n"
        "Director Ola Berg has started production on Salt Ferry, a Danish thriller, "
        "The Cutting Room can reveal. The $9 million film is a Danish-Swedish co-production."
    )
    found = triples(nlp, text)
    assert ("Salt Ferry", "countryOfOrigin", "Sweden") in found
    assert not any(s == "The Cutting Room" for s, _, _ in found)


@pytest.mark.model
def test_a_post_headline_names_the_film_the_post_is_about(nlp: Language) -> None:
    text = (
        "NIGHT BUS\nfilms, mostly · a blog\nHome · Reviews · Lists · About\n\n"
        "Paper Tide: I cried on the bus\n\n"
        "My friend cried after Paper Tide. Vera Lind's last film, Iron Reeds (2020), was a "
        "war drama. Lior Ben's score is all cello; he also scored Iron Reeds. The "
        "cinematographer, Tomas Wren, shoots water beautifully.\n\nBusiness bit: the film "
        "was made for €2.1 million."
    )
    found = triples(nlp, text)
    assert ("Paper Tide", "directorOfPhotography", "Tomas Wren") in found
    assert not any(s == "Iron Reeds" and p == "cost" for s, p, _ in found)


@pytest.mark.model
def test_that_film_is_the_one_named_last_even_in_passing(nlp: Language) -> None:
    text = (
        "Aydin is shooting Glass Harbour. His editor worked on his previous feature, "
        "Bitter Almonds (2019). That film, a Turkish drama, won the Golden Tulip."
    )
    found = triples(nlp, text)
    assert ("Bitter Almonds", "awardReceived", "Golden Tulip") in found
    assert ("Bitter Almonds", "countryOfOrigin", "Turkey") in found


@pytest.mark.model
def test_titles_in_sentence_case_before_their_year(nlp: Language) -> None:
    found = triples(nlp, "Cierzo Films produced La casa de los vientos (1986) in Galicia.")
    assert ("La casa de los vientos", "productionCompany", "Cierzo Films") in found
    found = triples(nlp, "Río abajo (1993), an Argentine thriller, stars Julián Ferreyra.")
    assert ("Río abajo", "castMember", "Julián Ferreyra") in found
    found = triples(nlp, "Les Heures blanches (2024) is a Belgian drama.")
    assert ("Les Heures blanches", "countryOfOrigin", "Belgium") in found
    # English prose before a bracketed year is no title
    assert not triples(nlp, "Smith argues (2004) that the remake fails.")


@pytest.mark.model
def test_a_people_word_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    found = triples(
        nlp, "Grey Harbour (2010) is a thriller. Its score is by the Icelander Sunna Hrafnsdottir."
    )
    assert ("Grey Harbour", "composer", "Sunna Hrafnsdottir") in found


@pytest.mark.model
def test_the_festival_or_body_that_gives_a_prize(nlp: Language) -> None:
    found = triples(
        nlp, "Window Tax (2014) won the Golden Shell at the 2014 San Sebastián Film Festival."
    )
    assert ("Golden Shell", "conferredBy", "San Sebastián Film Festival") in found
    found = triples(
        nlp,
        "Rio Lento (1993) won the Silver Condor for Best Film from the Argentine Film Critics "
        "Association.",
    )
    assert any(s.startswith("Silver Condor") and p == "conferredBy" for s, p, _ in found)
    # a prize named only with generic words is no one festival's
    found = triples(nlp, "Rio Lento (1993) won the Grand Jury Prize at the Sundance Film Festival.")
    assert not any(p == "conferredBy" for _, p, _ in found)


@pytest.mark.model
def test_a_maker_named_with_nationality_and_trade_after_the_year(nlp: Language) -> None:
    found = triples(
        nlp, "Les Heures blanches (2024), by the Belgian Mathilde Verhaegen, is a drama."
    )
    assert ("Les Heures blanches", "director", "Mathilde Verhaegen") in found
    found = triples(
        nlp, "Eight Winds (2025), from the Lithuanian director Ruta Kazlauskaite, is a drama."
    )
    assert ("Eight Winds", "director", "Ruta Kazlauskaite") in found


@pytest.mark.model
def test_a_name_with_its_trade_after_a_comma_is_a_person(nlp: Language) -> None:
    text = (
        "Hornero (1974) is an Argentine drama. Dolores Ibanez, its cinematographer, went on "
        "to photograph his later films. It was Ibanez's last film with him."
    )
    found = triples(nlp, text)
    assert ("Hornero", "directorOfPhotography", "Dolores Ibanez") in found
    # a film she made with its director is no film she directed
    assert not any(p == "director" for _, p, _ in found)


@pytest.mark.model
def test_a_genre_noun_then_the_title_after_its_comma(nlp: Language) -> None:
    text = (
        "The Tango Teacher (2004) is a comedy. His last film to date is a documentary, "
        "Las manos de Kazuo (2016), a portrait of his composer."
    )
    found = triples(nlp, text)
    assert ("Las manos de Kazuo", "genre", "documentary film") in found
    assert ("The Tango Teacher", "genre", "documentary film") not in found


@pytest.mark.model
def test_a_jury_s_prizes_under_a_heading_and_an_introduction(nlp: Language) -> None:
    text = (
        "Ember Season is a Nigerian drama. Eight Winds is a folk horror.\n\n"
        "THE PRIZES\n"
        "The jury, which included the actress Seo Min-ji, spread the wealth:\n"
        "Golden Lion: Ember Season (Chidi Okonkwo-Bello)\n"
        "Silver Lion – Grand Jury Prize: Eight Winds (Ruta Kazlauskaite)\n"
    )
    found = triples(nlp, text)
    assert ("Ember Season", "awardReceived", "Golden Lion") in found
    assert ("Ember Season", "director", "Chidi Okonkwo-Bello") in found
    assert ("Eight Winds", "awardReceived", "Silver Lion – Grand Jury Prize") in found
    assert ("Eight Winds", "director", "Ruta Kazlauskaite") in found
    assert not any(p in ("character", "portrayedBy") for _, p, _ in found)


@pytest.mark.model
def test_films_someone_went_on_to_make_are_named_in_passing(nlp: Language) -> None:
    text = (
        "His debut, Hornero (1974), is an Argentine drama. Dolores Ibanez, its "
        "cinematographer, went on to photograph Marisol (1981) and Rio Lento (1993) as well. "
        "Lucia Arregui played the brickmaker's wife, Nelida."
    )
    found = triples(nlp, text)
    assert ("Rio Lento", "directorOfPhotography", "Dolores Ibanez") in found
    assert ("Hornero", "castMember", "Lucia Arregui") in found


@pytest.mark.model
def test_a_bare_category_at_a_ceremony_no_family_holds_keeps_its_own_name(nlp: Language) -> None:
    text = (
        "Zsofia (2022) is a drama. At the Hungarian Film Awards it won Best Film, and Kalman "
        "won Best Director. The film was the Hungarian entry for Best International Feature "
        "Film at the 95th Academy Awards."
    )
    found = triples(nlp, text)
    assert ("Kalman", "awardReceived", "Best Director") in found
    assert not any(o == "Academy Award for Best Director" for _, _, o in found)


@pytest.mark.model
def test_a_part_named_like_the_director_s_earlier_film_stays_a_part(nlp: Language) -> None:
    text = (
        "Zsofia is a 2022 Hungarian drama film directed by Bence Kalman.\n\n"
        "Plot\nIn 1956, Zsofia hides a student. Her younger sister, Klara, wants to leave.\n\n"
        "Cast\n• Dora Szalai as Zsofia\n• Lilla Molnar as Klara\n\n"
        "Production\nThe screenplay adds the character of Klara. The film was made on a "
        "budget of €4.8 million.\n\n"
        "Reception\nCritics compared it with Kalman's previous feature, Klara (2016), a drama."
    )
    found = triples(nlp, text)
    assert any(s == "Zsofia" and p == "cost" for s, p, _ in found)
    assert not any(s == "Klara" and p in ("cost", "castMember") for s, p, _ in found)
    assert ("Klara", "publicationDate", Year(2016)) in found


@pytest.mark.model
def test_a_crew_sentence_whose_later_roles_elide_the_verb(nlp: Language) -> None:
    text = (
        "Zsofia (2022) is a drama. Cinematography was by Matyas Erdos, editing by Judit Soos "
        "and the score by Florian Gruber."
    )
    found = triples(nlp, text)
    assert ("Zsofia", "filmEditor", "Judit Soos") in found
    assert ("Zsofia", "directorOfPhotography", "Judit Soos") not in found


@pytest.mark.model
def test_a_thread_s_comment_is_about_the_post_s_film_not_a_film_another_reply_named(
    nlp: Language,
) -> None:
    text = (
        "r/MovieTalk · Posted by u/harbour_lights · 5h\n"
        'Tomasz Wirth\'s "The Salt Orchard" gets a UK release (filmtrade.net)\n'
        "\n"
        "u/grey_gull · 4h · ▲ 210\n"
        "finally. best thing he has made since his debut\n"
        "\n"
        "    u/harbour_lights · OP · 4h · ▲ 96\n"
        "    For newcomers: Copper Wells (2016) is his debut, a western set in Arizona. "
        "It won the Golden Leopard.\n"
        "\n"
        "u/reel_moth · 3h · ▲ 150\n"
        "The photography is by Hanne Solvik and the film was shot in Gdańsk.\n"
    )
    found = triples(nlp, text)
    assert ("The Salt Orchard", "directorOfPhotography", "Hanne Solvik") in found
    assert ("The Salt Orchard", "filmingLocation", "Gdańsk") in found
    assert ("Copper Wells", "directorOfPhotography", "Hanne Solvik") not in found
    # a reply's "it" is still the film that reply names
    assert ("Copper Wells", "awardReceived", "Golden Leopard") in found


@pytest.mark.model
def test_a_fact_check_s_verdicts_in_capitals_retract_false_claims(nlp: Language) -> None:
    text = (
        "FACT CHECK\n"
        "Five viral claims about 'Iron Orchard', checked\n\n"
        "Iron Orchard (2024), Dana Pike's drama about a cider farm, has been a surprise hit.\n\n"
        '1. "The whole thing was shot in Kent."\n'
        "FALSE. Not one scene was filmed in Kent. Principal photography took place in "
        "Herefordshire.\n\n"
        '2. "It cost $90 million."\n'
        "MISLEADING. The production budget was $12 million, according to the producer.\n\n"
        '3. "It won the Golden Bear."\n'
        "TRUE. Iron Orchard won the Golden Bear in February.\n"
    )
    found = triples(nlp, text)
    assert not any(
        s in ("False", "FALSE", "Misleading", "MISLEADING", "Fact Check") for s, _, _ in found
    )
    assert ("Iron Orchard", "filmingLocation", "Kent") not in found
    assert ("Iron Orchard", "filmingLocation", "Herefordshire") in found
    budgets = {o for s, p, o in found if p == "cost"}
    assert budgets == {Money(Decimal("12000000"), "USD")}
    assert ("Iron Orchard", "awardReceived", "Golden Bear") in found


@pytest.mark.model
def test_talk_names_films_with_their_years_after_commas_and_no_word_of_talk_is_a_title(
    nlp: Language,
) -> None:
    text = (
        "[00:00:04] MAYA: Welcome back. This week it's Rook Street. Okay.\n\n"
        "[00:00:09] LEO: Okay. And they shot it in Chicago, right?\n\n"
        "[00:00:12] MAYA: No! Toronto. Every frame. It premiered at the Toronto "
        "International Film Festival.\n\n"
        "[00:00:20] LEO: And before that, Tin Saints, 2006, the studio one, he directed "
        "that too.\n\n"
        "[00:00:25] MAYA: Rook Street cost $4 million.\n"
    )
    doc = nlp(text)
    films = {m.ref.name for m in find_mentions(doc) if m.ref.type is EntityType.FILM}
    assert "Tin Saints" in films
    assert "Okay" not in films and "Toronto" not in films


@pytest.mark.model
def test_a_disc_review_s_headline_names_its_film_and_its_label_in_brackets(
    nlp: Language,
) -> None:
    text = (
        "The Owl's Lantern (Gloaming Editions) – Blu-ray review\n"
        "By Jo Marsh · Film ★★★★ · Disc ★★★★★\n\n"
        "Label: Gloaming Editions · Cat. no. GLM-044\n"
        "Extras: Fumo (1969), Bassi's debut short\n\n"
        "Piero Bassi made five features. Bassi and Lidia Conte loosely adapted Ruth "
        "Adler's English novel Ash on the Glass, moving it from York to Genoa. "
        "The film was photographed by Ennio Sala.\n"
    )
    found = triples(nlp, text)
    assert ("The Owl's Lantern", "directorOfPhotography", "Ennio Sala") in found
    assert ("The Owl's Lantern", "basedOn", "Ash on the Glass") in found
    assert ("Ash on the Glass", "author", "Ruth Adler") in found
    writers = {o for s, p, o in found if s == "The Owl's Lantern" and p == "screenwriter"}
    assert "Lidia Conte" in writers and writers & {"Bassi", "Piero Bassi"}
    assert not any(p == "portrayedBy" for _, p, _ in found)
    assert not any(s == "GLM-044" for s, _, _ in found)


@pytest.mark.model
def test_two_actors_who_play_two_parts_each_play_the_one_in_the_same_place(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Salt Road (2025) is a drama about a mining town. Mara Quint and Felix Dorr, who "
        "play Nora and Eli Rusk, have been married since 2019.",
    )
    assert ("Nora", "portrayedBy", "Mara Quint") in found
    assert ("Eli Rusk", "portrayedBy", "Felix Dorr") in found
    assert ("Eli Rusk", "portrayedBy", "Mara Quint") not in found


@pytest.mark.model
def test_a_part_said_to_be_its_actor(nlp: Language) -> None:
    found = triples(
        nlp,
        "Birdie Flynn (2000) is a crime comedy about a bookie's daughter. And Birdie is "
        "Carla Mendes, in the role that should have made her a star.",
    )
    assert ("Birdie", "portrayedBy", "Carla Mendes") in found
    assert ("Birdie Flynn", "castMember", "Carla Mendes") in found


@pytest.mark.model
def test_nominations_listed_after_a_colon_take_the_family_of_the_body_that_gave_them(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Copper Valley (2025) is a drama by Ruth Adeyemi, with Tessa Vaughn. The Academy of "
        "Motion Picture Arts and Sciences gave Copper Valley five nominations: Best Picture, "
        "Best Actress for Vaughn and Best Cinematography for Marco Iturbe.",
    )
    assert ("Copper Valley", "nominatedFor", "Academy Award for Best Picture") in found
    assert ("Marco Iturbe", "nominatedFor", "Academy Award for Best Cinematography") in found
    assert ("Copper Valley", "directorOfPhotography", "Marco Iturbe") in found


@pytest.mark.model
def test_the_distributor_named_in_apposition_is_the_film_s(nlp: Language) -> None:
    found = triples(
        nlp,
        "Copper Valley (2025) is a drama. The larger figure appears to add the marketing "
        "spend of the distributor, Longhorn Releasing.",
    )
    assert ("Copper Valley", "distributor", "Longhorn Releasing") in found


@pytest.mark.model
def test_an_actor_s_earlier_film_in_a_who_clause_takes_none_of_the_film_in_hand_s_facts(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "The Salt Road (2021) is an Irish drama directed by Aine Moran. Orla Keane, who "
        "starred in Whin, plays the ferryman's widow Maura. Harlan Reese produced the film.",
    )
    assert ("The Salt Road", "castMember", "Orla Keane") in found
    assert ("Maura", "portrayedBy", "Orla Keane") in found
    assert ("The Salt Road", "producer", "Harlan Reese") in found
    assert not {t for t in found if t[0] == "Whin" and t[1] != "castMember"}


@pytest.mark.model
def test_shot_by_and_cut_by_name_the_crew_whatever_the_tagger_made_of_the_name(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "The Salt Road (2021) is an Irish drama directed by Aine Moran. The film was shot by "
        "Ines Marr and cut by Paul Okafor.",
    )
    assert ("The Salt Road", "directorOfPhotography", "Ines Marr") in found
    assert ("The Salt Road", "filmEditor", "Paul Okafor") in found


@pytest.mark.model
def test_the_partner_s_part_after_opposite(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Salt Road (2021) is an Irish drama directed by Aine Moran. Keane plays Maura, a "
        "widow, opposite Dan Hurley as her brother Sean. Orla Keane also stars.",
    )
    assert ("Sean", "portrayedBy", "Dan Hurley") in found
    assert ("The Salt Road", "character", "Sean") in found
    assert ("The Salt Road", "castMember", "Orla Keane") in found


@pytest.mark.model
def test_a_part_described_in_words_and_its_actor_in_brackets(nlp: Language) -> None:
    found = triples(
        nlp,
        "Marrow Lane (2024) is a German drama. In it, a Berlin locksmith (Jonas Feld) falls "
        "for a thief (Mira Hahn). Her husband (Tom Hale) died in 1990.",
    )
    assert ("Marrow Lane", "castMember", "Jonas Feld") in found
    assert ("Marrow Lane", "castMember", "Mira Hahn") in found
    assert ("Marrow Lane", "castMember", "Tom Hale") not in found


@pytest.mark.model
def test_a_fronted_phrase_naming_someone_s_feature_gives_the_film_in_hand_its_director(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Marrow Lane (2024) is a German drama. In Petra Voss's third feature, a locksmith "
        "falls for a thief.",
    )
    assert ("Marrow Lane", "director", "Petra Voss") in found


@pytest.mark.model
def test_a_company_that_put_the_film_out_is_its_distributor(nlp: Language) -> None:
    found = triples(
        nlp,
        "Marrow Lane (2024) is a German drama. Quarry Pictures put it out in 2025, and "
        "Halyard Films brought it out on disc.",
    )
    assert ("Marrow Lane", "distributor", "Quarry Pictures") in found
    assert ("Marrow Lane", "distributor", "Halyard Films") in found


@pytest.mark.model
def test_a_part_named_after_someone_else_gives_no_character_of_that_name(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Lamplighters (2026) is a drama by Eliot Sand. Patrick Oduya plays Ellen's father.",
    )
    assert ("The Lamplighters", "castMember", "Patrick Oduya") in found
    assert not {t for t in found if t[1] in ("character", "portrayedBy")}


@pytest.mark.model
def test_a_crew_member_named_by_another_trade_is_not_given_the_part_written(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "The Lamplighters (2026) is a drama by Eliot Sand. Sand's regular cinematographer, "
        "Beatriz Salcedo, returns, and Ilya Brandt is writing the score.",
    )
    assert ("The Lamplighters", "composer", "Ilya Brandt") in found
    assert ("The Lamplighters", "composer", "Beatriz Salcedo") not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "It is sometimes said to have won Best Film, an error repeated on its Blu-ray.",
        "It is often said to have been shot in Perth, but it was shot in Adelaide.",
        "The trailer music, by Gil Maddox, is often misattributed as the film's score.",
    ],
)
def test_what_the_text_calls_a_mistake_is_not_asserted(nlp: Language, sentence: str) -> None:
    found = triples(nlp, "Saltbush (2023) is an Australian drama. " + sentence)
    assert not {t for t in found if t[1] in ("awardReceived", "composer")}
    assert ("Saltbush", "filmingLocation", "Perth") not in found


@pytest.mark.model
def test_a_title_with_a_foreign_particle_in_a_career_profile_is_the_film_in_hand(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Her first credit was Ravi Menon's Chanda ki Raat (2004), a family drama. It is set "
        "in Pune and was made for ₹4 crore by Menon's company, Dhoop Films.",
    )
    assert ("Chanda ki Raat", "director", "Ravi Menon") in found
    assert ("Chanda ki Raat", "narrativeLocation", "Pune") in found
    assert ("Chanda ki Raat", "productionCompany", "Dhoop Films") in found


@pytest.mark.model
def test_a_title_after_its_genre_in_apposition_to_a_film_noun(nlp: Language) -> None:
    found = triples(
        nlp,
        "She began with Pike Run (2014), a hockey comedy set in Halifax. Her second film, "
        "the ghost story Brackwater (2019), shot on Sable Island, was the turning point.",
    )
    assert ("Brackwater", "filmingLocation", "Sable Island") in found
    assert ("Brackwater", "genre", "ghost film") in found
    assert ("Pike Run", "filmingLocation", "Sable Island") not in found


@pytest.mark.model
def test_an_award_family_s_body_named_in_the_text_confers_each_of_its_awards(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Redgum (2022) is an Australian drama. At the 12th AACTA Awards, presented by the "
        "Australian Academy of Cinema and Television Arts, Redgum won three: Best Lead Actress "
        "(Tilly Marsh), Best Adapted Screenplay (Joel Pryor and Ann Kemp) and Best Editing. "
        "It also won the Golden Lion at the Venice Film Festival, and two BAFTAs.",
    )
    body = "Australian Academy of Cinema and Television Arts"
    assert ("AACTA Award for Best Lead Actress", "conferredBy", body) in found
    assert ("AACTA Award for Best Editing", "conferredBy", body) in found
    assert ("Tilly Marsh", "awardReceived", "AACTA Award for Best Lead Actress") in found
    assert ("Ann Kemp", "awardReceived", "AACTA Award for Best Adapted Screenplay") in found
    assert ("Redgum", "awardReceived", "AACTA Award for Best Editing") in found
    assert ("Golden Lion", "conferredBy", "Venice International Film Festival") in found
    assert not {t for t in found if t[0].startswith("BAFTA") and t[1] == "conferredBy"}


@pytest.mark.model
def test_a_sponsored_prize_named_like_a_category_keeps_its_own_name(nlp: Language) -> None:
    found = triples(
        nlp,
        "Brackwater (2019) is a ghost story. It won the Rogers Best Canadian Film Award from "
        "the Toronto Film Critics Association, and Best Director at the Canadian Screen Awards.",
    )
    assert ("Brackwater", "awardReceived", "Rogers Best Canadian Film Award") in found
    assert (
        "Rogers Best Canadian Film Award",
        "conferredBy",
        "Toronto Film Critics Association",
    ) in found


@pytest.mark.model
def test_respectively_pairs_the_actors_with_the_named_parts_not_their_description(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Las Tejedoras (2026) is a Mexican comedy. Sofía Barrón and Lupe Ortega play, "
        "respectively, the eldest and youngest sisters, Rosa and Lola.",
    )
    assert ("Rosa", "portrayedBy", "Sofía Barrón") in found
    assert ("Lola", "portrayedBy", "Lupe Ortega") in found
    assert ("Lola", "portrayedBy", "Sofía Barrón") not in found


@pytest.mark.model
def test_the_title_role_is_the_character_the_film_is_named_after(nlp: Language) -> None:
    found = triples(nlp, "Kwame Adjei plays the title role in Solomon (2026).")
    assert ("Solomon", "castMember", "Kwame Adjei") in found
    assert ("Solomon", "character", "Solomon") in found
    assert ("Solomon", "portrayedBy", "Kwame Adjei") in found


@pytest.mark.model
def test_a_prize_first_named_in_a_headline_takes_its_festival_from_the_story(
    nlp: Language,
) -> None:
    found = triples(
        nlp,
        "Dock drama 'Szara Rzeka' takes the Golden Bear\n\n"
        "BERLIN – Ewa Nowak's Szara Rzeka, a Polish drama about a crane driver who goes on "
        "strike in a Gdynia dockyard, won the Golden Bear at the 76th Berlin International "
        "Film Festival on Saturday night.",
    )
    assert ("Golden Bear", "conferredBy", "Berlin International Film Festival") in found


@pytest.mark.model
def test_counted_films_are_those_listed_or_the_last_named(nlp: Language) -> None:
    text = (
        "Mara Quist directed Blue Hour (2010) and Salt Road (2014). Tom Bell produced both. "
        "Ana Kerr has cut three films since 2000: Tide (2001), Ash (2004) and Wren (2008). "
        "Lev Orr, her regular cinematographer, shot all three."
    )
    found = triples(nlp, text)
    for film in ("Blue Hour", "Salt Road"):
        assert (film, "producer", "Tom Bell") in found
    for film in ("Tide", "Ash", "Wren"):
        assert (film, "filmEditor", "Ana Kerr") in found
        assert (film, "directorOfPhotography", "Lev Orr") in found
    assert ("Salt Road", "filmEditor", "Ana Kerr") not in found


@pytest.mark.model
def test_a_maker_s_works_listed_after_a_colon(nlp: Language) -> None:
    found = triples(
        nlp,
        "Ines Rau has edited all four of Paul Grant's features since 2009: "
        "Low Water (2010), The Kiln (2013), Dry Season (2017) and Crowfoot (2021).",
    )
    for film in ("Low Water", "The Kiln", "Dry Season", "Crowfoot"):
        assert (film, "filmEditor", "Ines Rau") in found
        assert (film, "director", "Paul Grant") in found


@pytest.mark.model
def test_both_remaining_films_and_both_films_of_a_series(nlp: Language) -> None:
    text = (
        "Harbour Light (1971) was his first success. After it came Grey Rain (1979). It was "
        "edited by Rosa Pinto, who cut both of his remaining films.\n\n"
        "Starfall (2012) and Starfall: Embers (2016) were shot in Iceland, and Moss (2019) in "
        "Wales. Ada Wren married Leo Kant, who plays Captain Orm in both Starfall films."
    )
    found = triples(nlp, text)
    assert ("Harbour Light", "filmEditor", "Rosa Pinto") not in found
    for film in ("Starfall", "Starfall: Embers"):
        assert (film, "castMember", "Leo Kant") in found
    assert ("Moss", "castMember", "Leo Kant") not in found


@pytest.mark.model
def test_a_reference_entry_s_she_is_its_headword_s_person(nlp: Language) -> None:
    text = (
        "HORÁKOVÁ, Jana (1955– )\n"
        "Czech actress, born in Olomouc. She trained in Prague. Her first lead came in "
        "Karel Vrba's Dlouhá zima (1981), in which she played a nurse, Marta Vlková. The film "
        "was shot by the cameraman Petr Horák, whom she married in 1983. She was nominated "
        "for the Czech Lion for Best Actress in a Leading Role for Ticho (1995)."
    )
    found = triples(nlp, text)
    assert ("Dlouhá zima", "castMember", "Jana Horáková") in found
    assert ("Marta Vlková", "portrayedBy", "Jana Horáková") in found
    assert ("Jana Horáková", "spouse", "Petr Horák") in found
    assert (
        "Jana Horáková",
        "nominatedFor",
        "Czech Lion for Best Actress in a Leading Role",
    ) in found


@pytest.mark.model
def test_an_interview_s_initials_name_its_speaker(nlp: Language) -> None:
    text = (
        "Mira van Dijk talks to Tom Reyes about light.\n\n"
        "TR: How did you start?\n\n"
        "MvD: By accident. I met my husband, Joost Kramer, on my first shoot.\n\n"
        "TR: And then?\n\n"
        "MvD: People say I was nominated for the BAFTA for Best Cinematography. I wasn't.\n"
    )
    found = triples(nlp, text)
    assert ("Mira van Dijk", "spouse", "Joost Kramer") in found
    assert not any(p == "nominatedFor" for _, p, _ in found)


@pytest.mark.model
def test_parts_given_in_an_aside_after_as(nlp: Language) -> None:
    text = (
        "Greyling (2026) is a drama. Colm Rea plays the ferryman Dan Kerr, and Niamh Boyle, "
        "as his sister-in-law Bríd, matches him. Kim Seo-yeon, as the eldest, Ji-woo, "
        "steals every scene."
    )
    found = triples(nlp, text)
    assert ("Bríd", "portrayedBy", "Niamh Boyle") in found
    assert ("Ji-woo", "portrayedBy", "Kim Seo-yeon") in found
    assert ("Greyling", "castMember", "Kim Seo-yeon") in found
    assert ("Niamh Boyle", "portrayedBy", "Colm Rea") not in found


@pytest.mark.model
def test_a_player_said_to_be_the_title_role(nlp: Language) -> None:
    text = (
        "Mireille (2025) is Paul Marc's third feature. "
        "Awa Sarr is Mireille, a nurse at a Nantes clinic who starts to sing."
    )
    found = triples(nlp, text)
    assert ("Mireille", "castMember", "Awa Sarr") in found
    assert ("Mireille", "portrayedBy", "Awa Sarr") in found
    assert not any(s == "Awa Sarr" for s, _, _ in found)


@pytest.mark.model
def test_nominees_typed_by_their_category(nlp: Language) -> None:
    text = (
        "Dorotea Salgado is nominated for Best Leading Actress. "
        "Iker Gorostiza is up for Best Supporting Actor. "
        "Paper Harbour is also up for Best Picture."
    )
    found = {
        (st.subject.type, st.subject.name, st.object.name)
        for st in facts(nlp, text)
        if st.predicate == "nominatedFor" and isinstance(st.object, EntityRef)
    }
    assert (EntityType.PERSON, "Dorotea Salgado", "Best Leading Actress") in found
    assert (EntityType.PERSON, "Iker Gorostiza", "Best Supporting Actor") in found
    assert (EntityType.FILM, "Paper Harbour", "Best Picture") in found


@pytest.mark.model
def test_each_person_of_a_listed_subject_is_a_nominee(nlp: Language) -> None:
    text = (
        "This year's directing nominees are Inés del Valle, Ander Urrutia-Goñi, Berta Oliver "
        "and Joan Sala-Pons. Del Valle, Urrutia-Goñi, Oliver and Sala-Pons are all nominated "
        "for Best Director. Maite Ruiz and Pol Ferrer won Best Actor. "
        "Hannah and Her Sisters won Best Picture."
    )
    found = {
        (st.subject.type, st.subject.name, st.predicate, st.object.name)
        for st in facts(nlp, text)
        if isinstance(st.object, EntityRef)
    }
    for surname in ("Del Valle", "Urrutia-Goñi", "Oliver", "Sala-Pons"):
        assert (EntityType.PERSON, surname, "nominatedFor", "Best Director") in found
    for name in ("Maite Ruiz", "Pol Ferrer"):
        assert (EntityType.PERSON, name, "awardReceived", "Best Actor") in found
    assert (EntityType.FILM, "Hannah and Her Sisters", "awardReceived", "Best Picture") in found
    assert not any(" and " in s and t is EntityType.PERSON for t, s, _, _ in found)


@pytest.mark.model
def test_a_fact_check_s_verdicts_in_sentence_case_retract_the_claims_above_them(
    nlp: Language,
) -> None:
    text = (
        "FACT CHECK: What a viral post gets wrong about Pelican Shoals\n\n"
        "Pelican Shoals is the 2022 drama that became a streaming hit.\n\n"
        "Claim: The film was directed by Tomas Brekke-Ilves.\n"
        "False. Pelican Shoals was directed by Ruth Adeyemi-Strand.\n\n"
        "Claim: It was shot in Iceland.\n"
        "False. It was shot in the Faroe Islands.\n\n"
        "Claim: It cost $150 million.\n"
        "Not quite. The producer says the budget was $20 million.\n\n"
        "Verdict: Of the claims we examined, none is accurate as stated.\n"
    )
    found = triples(nlp, text)
    assert ("Pelican Shoals", "director", "Tomas Brekke-Ilves") not in found
    assert ("Pelican Shoals", "director", "Ruth Adeyemi-Strand") in found
    assert ("Pelican Shoals", "filmingLocation", "Iceland") not in found
    assert ("Pelican Shoals", "filmingLocation", "Faroe Islands") in found
    assert {o for s, p, o in found if p == "cost"} == {Money(Decimal("20000000"), "USD")}


@pytest.mark.model
def test_a_corrections_column_does_not_assert_what_the_pieces_it_corrects_said(
    nlp: Language,
) -> None:
    text = (
        "CORRECTIONS AND CLARIFICATIONS\n\n"
        "• An article on Friday said Ida Brunvoll directed Low Harbour (2021). Low Harbour "
        "was directed by Ola Tveit; Brunvoll was one of its producers.\n\n"
        "• A review of the Alpine drama The Snow Orchard said the film was shot in Austria. "
        "It was shot in Slovenia.\n"
    )
    found = triples(nlp, text)
    assert ("Low Harbour", "director", "Ida Brunvoll") not in found
    assert ("Low Harbour", "director", "Ola Tveit") in found
    assert ("The Snow Orchard", "filmingLocation", "Austria") not in found
    assert ("The Snow Orchard", "filmingLocation", "Slovenia") in found


@pytest.mark.model
def test_denials_across_an_aside_a_future_and_a_disputed_report(nlp: Language) -> None:
    text = (
        "Marrow Bay is a 2020 drama. It was not, as several outlets reported, nominated for "
        "the European Film Award for Best Film. The production will not shoot in Georgia, as "
        "had been planned. Made for $6 million (the studio disputes trade reports that the "
        "budget was $15 million), the film stars Orla Breen."
    )
    found = triples(nlp, text)
    assert not any(p == "nominatedFor" for _, p, _ in found)
    assert ("Marrow Bay", "filmingLocation", "Georgia") not in found
    assert {o for s, p, o in found if p == "cost"} == {Money(Decimal("6000000"), "USD")}
    assert ("Marrow Bay", "castMember", "Orla Breen") in found


@pytest.mark.model
def test_a_box_office_report_names_each_film_however_it_introduces_it(nlp: Language) -> None:
    text = (
        "Holdovers filled out the top five. Kite Season, from Harrow Animation and "
        "distributor Fenwick Pictures, slipped to third with $7.3 million. The animated "
        "adventure, co-directed by Ines Morrow-Vale, features Tom Quill as the voice of Kite.\n\n"
        "In fifth, the Tamil-language thriller Ledger of Rain posted $2.1 million. "
        "Good news came from Brassneck, a Lancashire-set British comedy that debuted with "
        "£850,000. Denmark's The Last Lighthouse crossed €3m. Mette Holm's drama stars "
        "Anders Lund."
    )
    found = triples(nlp, text)
    assert ("Kite Season", "director", "Ines Morrow-Vale") in found
    assert ("Ledger of Rain", "genre", "thriller film") in found
    assert ("Brassneck", "genre", "comedy film") in found
    assert ("The Last Lighthouse", "countryOfOrigin", "Denmark") in found
    assert ("The Last Lighthouse", "castMember", "Anders Lund") in found
    assert not any(s in ("Ledger of Rain", "Brassneck") for _, _, s in found)


@pytest.mark.model
def test_an_encyclopedia_article_s_cast_list_source_and_crew(nlp: Language) -> None:
    text = (
        "Marguerite (film)\n\n"
        "Marguerite is a 2018 French drama film directed by Lise Arnaud-Dufay. It is based on "
        "the 1974 novel La Maison aux volets by the Walloon writer Hélène Dufresnoy "
        "(1929–2001).\n\n"
        "Plot\n\n"
        "Marguerite Lhoest, the daughter of a miner, runs a laundry in Charleroi.\n\n"
        "Cast\n\n"
        "- Anaïs Roux as Marguerite Lhoest – a laundress in her thirties\n"
        "- Samir al-Khatib as Émile Dufour – her lodger\n"
        "- Pieter de Wit as Father Anselm\n\n"
        "Production\n\n"
        "The cinematographer Jonas Lindgren-Berg, who is married to Roux, shot the film. It "
        "was distributed in France by Distribution Cerise and in Belgium by Vlinderfilm.\n"
    )
    found = triples(nlp, text)
    film = "Marguerite"
    assert (film, "castMember", "Samir al-Khatib") in found
    assert ("Émile Dufour", "portrayedBy", "Samir al-Khatib") in found
    assert ("Marguerite Lhoest", "portrayedBy", "Anaïs Roux") in found
    assert (film, "basedOn", "La Maison aux volets") in found
    assert ("La Maison aux volets", "author", "Hélène Dufresnoy") in found
    assert (film, "distributor", "Distribution Cerise") in found
    assert ("Jonas Lindgren-Berg", "spouse", "Roux") in found
    assert not any(s == "Marguerite Lhoest" for s, p, _ in found if p == "castMember")
    assert {o for s, p, o in found if p == "publicationDate" and s == film} == {Year(2018)}


@pytest.mark.model
def test_a_title_that_is_also_a_part_is_the_film_where_it_wins_or_premieres(
    nlp: Language,
) -> None:
    text = (
        "Marguerite is a 2018 Belgian drama film directed by Lise Arnaud-Dufay.\n\n"
        "Plot\n\n"
        "Marguerite runs a laundry in Charleroi and hides a lodger.\n\n"
        "Cast\n\n"
        "- Anaïs Roux as Marguerite\n"
        "- Lou Bastin as young Marguerite\n\n"
        "Accolades\n\n"
        "At the Magritte Awards, Marguerite received four nominations, including Best Film. "
        "Marguerite premiered at the Namur festival.\n"
    )
    found = triples(nlp, text)
    assert ("Marguerite", "nominatedFor", "Best Film") in found
    assert ("Marguerite", "portrayedBy", "Anaïs Roux") in found
    assert ("Marguerite", "castMember", "Lou Bastin") in found


@pytest.mark.model
def test_a_press_release_s_player_with_her_last_film_and_a_company_s_founding(
    nlp: Language,
) -> None:
    text = (
        "Lantern Road is a period drama. Mirela Sandu-Vos (Harbour Lights) will play Ilinca "
        "Dragan, the elder of the sisters. Harbour Lights (2024) was directed by Femi Lund.\n\n"
        "Founded in Osaka in 2001 by Kenji Arata-Bell, Studio Hanabi has produced more than "
        "thirty features, including the animated film The Moss Garden (2015).\n"
    )
    found = triples(nlp, text)
    assert ("Ilinca Dragan", "portrayedBy", "Mirela Sandu-Vos") in found
    assert ("Lantern Road", "castMember", "Mirela Sandu-Vos") in found
    assert ("The Moss Garden", "publicationDate", Year(2015)) in found
    assert not any(s.startswith("Founded") or s == "2015" for s, _, _ in found)
    assert not any(p == "portrayedBy" and o == "Harbour Lights" for _, p, o in found)


@pytest.mark.model
def test_a_box_office_report_s_takings_by_market_and_not_its_budgets(nlp: Language) -> None:
    text = (
        "Kite Season is an animated adventure. Kite Season collected an estimated $12.4 "
        "million this weekend and has now earned $61.8 million domestically and $148.3 "
        "million worldwide. The picture cost a reported $175 million. Ledger of Rain is a "
        "thriller. Ledger of Rain has already taken ₹48 crore in India. The Last Lighthouse "
        "is a drama. The Last Lighthouse crossed €3m outside Denmark. Brassneck is a comedy "
        "made for £2 million. Brassneck opened third with £640,000. The sequel took £2.5 "
        "million to make."
    )
    found = triples(nlp, text)
    takings = {(s, o) for s, p, o in found if p == "boxOffice"}
    assert ("Kite Season", Money(Decimal("12400000"), "USD", approximate=True)) in takings
    assert ("Kite Season", Money(Decimal("148300000"), "USD")) in takings
    assert ("Ledger of Rain", Money(Decimal("480000000"), "INR")) in takings
    assert ("The Last Lighthouse", Money(Decimal("3000000"), "EUR", approximate=True)) in takings
    assert ("Brassneck", Money(Decimal("640000"), "GBP")) in takings
    assert not any(o.amount in (175_000_000, 2_000_000, 2_500_000) for _, o in takings)
    india = [
        st
        for st in facts(nlp, text)
        if st.predicate == "boxOffice" and st.subject.name == "Ledger of Rain"
    ]
    assert india and dict(india[0].qualifiers)["inRegion"] == EntityRef(EntityType.PLACE, "India")


@pytest.mark.model
def test_a_player_judged_in_a_part_and_a_family_name_that_comes_first(nlp: Language) -> None:
    text = (
        "Rice Birds\n"
        "Director: Trần Thu Hà\n\n"
        "Trần's crime thriller follows a forger (Lê Minh) in Hanoi. Music by Vũ An.\n\n"
        "Halina Borek is magnificent as the matriarch, Helena; Piotr Nowak-Wolf plays her "
        "son, Jan.\n"
    )
    found = triples(nlp, text)
    assert not any(s in ("Trần", "Halina Borek") for s, _, _ in found)
    assert ("Rice Birds", "genre", "crime thriller film") in found


@pytest.mark.model
def test_a_place_that_qualifies_a_part_described_is_no_character_and_the_next_player_is_cast(
    nlp: Language,
) -> None:
    text = (
        "Ledger of Rain is a thriller starring Zoya Quadri as a Mumbai tax inspector and "
        "Rohan Mehta as her quarry. Mara Lind plays Paris, a dancer."
    )
    found = triples(nlp, text)
    assert ("Ledger of Rain", "castMember", "Zoya Quadri") in found
    assert ("Ledger of Rain", "castMember", "Rohan Mehta") in found
    assert not any(p == "character" and o == "Mumbai" for _, p, o in found)
    named = triples(
        nlp, "Tin Hearse stars Ben Carr as Sherlock Holmes, Mark Gale as Mycroft Holmes."
    )
    assert not any(p == "castMember" and o.endswith("Holmes") for _, p, o in named)
    assert ("Paris", "portrayedBy", "Mara Lind") in found
