"""Claims: who says what about whom, with which stance, in texts written for each case."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.language import Language

from anoragraph.nlp import claims as claims_module
from anoragraph.nlp import entities, relations
from anoragraph.records import (
    Claim,
    ClaimKind,
    Document,
    EntityRef,
    EntityType,
    Mention,
    Stance,
    Statement,
)

pytestmark = pytest.mark.model

FILM = EntityType.FILM
PERSON = EntityType.PERSON


def run(
    nlp: Language,
    text: str,
    mentions: Sequence[Mention] | None = None,
    statements: Sequence[Statement] = (),
) -> tuple[EntityRef | None, list[Claim]]:
    doc = nlp(text)
    document = Document(id="t", path="t.txt", text=text, sha256="0" * 64)
    found = list(entities.find_mentions(doc)) if mentions is None else list(mentions)
    return claims_module.find_claims(doc, document, found, statements)


def mention(
    text: str, surface: str, kind: EntityType, name: str | None = None, nth: int = 0
) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(
        EntityRef(kind, name or surface), start, start + len(surface), surface, 0, "test", 1.0
    )


def claim_with(found: list[Claim], fragment: str) -> Claim:
    matches = [c for c in found if fragment in c.text]
    assert matches, [c.text for c in found]
    return matches[0]


def who(claim: Claim) -> str | None:
    return None if claim.claimant is None else claim.claimant.name


def test_reporting_verb_attributes_its_clause_to_the_subject(nlp: Language) -> None:
    _, found = run(nlp, "Critic Dana Hale argues that the new thriller is shallow and cynical.")
    claim = claim_with(found, "shallow and cynical")
    assert who(claim) == "Dana Hale"
    assert claim.kind is ClaimKind.OPINION
    assert claim.stance is Stance.NEGATIVE
    assert claim.text.startswith("the new thriller")


def test_nested_attribution_keeps_the_reporter(nlp: Language) -> None:
    text = "Tom Reyes reports that Dana Hale argues that the sequel is a clumsy mess."
    _, found = run(nlp, text)
    claim = claim_with(found, "clumsy mess")
    assert who(claim) == "Dana Hale"
    assert [r.name for r in claim.reported_by] == ["Tom Reyes"]
    assert claim.stance is Stance.NEGATIVE


def test_the_author_named_by_apposition_is_that_person(nlp: Language) -> None:
    text = (
        "Here is my summary of a review by the author, Dana Hale: she argues that the sequel "
        "is lazy. The author also points out that the ending is rushed and predictable."
    )
    author, found = run(nlp, text)
    assert author is None  # the summary's own writer is not named
    assert who(claim_with(found, "sequel is lazy")) == "Dana Hale"
    assert who(claim_with(found, "ending is rushed")) == "Dana Hale"


def test_quotation_with_a_speaker_and_its_continuation(nlp: Language) -> None:
    text = (
        "“This film is honest and brave,” Dana Hale said. “I cried twice and loved every minute.”"
    )
    _, found = run(nlp, text)
    first = claim_with(found, "honest and brave")
    assert who(first) == "Dana Hale"
    assert first.rule == "claim:quote"
    assert first.stance is Stance.POSITIVE
    assert who(claim_with(found, "loved every minute")) == "Dana Hale"


def test_as_someone_puts_it_attributes_the_next_line(nlp: Language) -> None:
    text = (
        "The review is long. As Dana Hale puts it:\n"
        "The heroine is a cardboard cutout, and I felt insulted.\n"
        "The box office, meanwhile, was disappointing."
    )
    _, found = run(nlp, text)
    assert who(claim_with(found, "cardboard cutout")) == "Dana Hale"
    assert who(claim_with(found, "box office")) is None


def test_negated_reporting_verb_denies_its_clause(nlp: Language) -> None:
    _, found = run(nlp, "I did not think the remake deserved its awards.")
    assert claim_with(found, "deserved").stance is Stance.NEGATIVE


def test_comment_thread_headers_attribute_each_comment(nlp: Language) -> None:
    text = (
        "Great thread about the festival.\n\n"
        "Lena Park said...\n\n"
        "I watched the movie and honestly I wasn't that impressed.\n\n"
        "The score, though, is gorgeous.\n\n"
        "Omar Diaz said...\n\n"
        "The lead actor was wonderful.\n"
    )
    author, found = run(nlp, text)
    assert author is None  # a thread of several commenters has no single author
    impressed = claim_with(found, "wasn't that impressed")
    assert who(impressed) == "Lena Park"
    assert impressed.stance is Stance.NEGATIVE
    assert who(claim_with(found, "score")) == "Lena Park"
    assert who(claim_with(found, "wonderful")) == "Omar Diaz"
    assert not [c for c in found if "said..." in c.text]


def test_a_single_comment_names_the_author(nlp: Language) -> None:
    author, found = run(nlp, "Omar Diaz said...\n\nThe pacing was dreadful.\n")
    assert author == EntityRef(PERSON, "Omar Diaz")
    assert who(claim_with(found, "dreadful")) is None  # None: the document's author


def test_byline_names_the_author(nlp: Language) -> None:
    author, found = run(nlp, "By Ruth Mendel\n\nThe new western is a stunning achievement.\n")
    assert author == EntityRef(PERSON, "Ruth Mendel")
    assert who(claim_with(found, "stunning")) is None


@pytest.mark.parametrize(
    "byline",
    [
        "By Ruth Mendel, The Harbour Review",
        "By Ruth Mendel for The Harbour Review",
        "By Ruth Mendel | The Harbour Review",
        "Interview by Ruth Mendel",
    ],
)
def test_a_byline_naming_the_outlet_too_names_the_author(nlp: Language, byline: str) -> None:
    author, _ = run(nlp, f"{byline}\n\nThe new western is a stunning achievement.\n")
    assert author == EntityRef(PERSON, "Ruth Mendel")


def test_comment_headers_with_a_time_stamp_name_each_commenter(nlp: Language) -> None:
    text = (
        "reelgrump88 — 12 March 2024, 09:14\nThe new western is dull.\n\n"
        "lanternjack | 2 days ago\n@reelgrump88 The new western is a stunning achievement.\n"
        "\nmarlowe_fan — 12 March 2024, 09:40\n@lanternjack2 The new western is tiresome.\n"
    )
    author, found = run(nlp, text)
    assert author is None
    assert who(claim_with(found, "dull")) == "reelgrump88"
    assert who(claim_with(found, "stunning")) == "lanternjack"
    # a reply naming a handle with digits is not a header
    assert who(claim_with(found, "tiresome")) == "marlowe_fan"


def test_an_interviews_speaker_labels_say_who_speaks(nlp: Language) -> None:
    text = (
        "Interview by Tomas Brannigan\n\n"
        "Brannigan: Was the shoot in the north as hard as people say?\n\n"
        "Varnholt: Noor Castellane is the bravest actor I have worked with.\n\n"
        "Brannigan: And the script took two years to finish?\n\n"
        "Varnholt: Two years, and the result is a patient and luminous film.\n"
    )
    author, found = run(nlp, text)
    assert author == EntityRef(PERSON, "Tomas Brannigan")
    assert who(claim_with(found, "bravest")) == "Varnholt"
    assert who(claim_with(found, "luminous")) == "Varnholt"
    # the label is not read as part of a name
    mentions = entities.find_mentions(nlp(text))
    assert not any(":" in m.ref.name for m in mentions)


def test_a_short_answer_does_not_hide_its_speaker(nlp: Language) -> None:
    text = (
        "Prewitt: Was the western shot in the north?\n\nSorrel: No.\n\n"
        "Prewitt: Then where was it shot?\n\nSorrel: In the south, and the result is superb.\n"
    )
    _, found = run(nlp, text)
    assert who(claim_with(found, "superb")) == "Sorrel"


def test_a_verdict_label_or_a_subtitle_is_no_speaker(nlp: Language) -> None:
    text = (
        "Claim: The new western was a stunning achievement at the box office.\n"
        "Verdict: False, and the figures show it plainly enough.\n"
        "Verdict: Misleading, as the studio itself has admitted since.\n"
    )
    _, found = run(nlp, text)
    assert all(c.claimant is None for c in found)


def test_writing_something_is_not_reporting_it(nlp: Language) -> None:
    _, found = run(nlp, "Pell Amundsen wrote nine drafts of the dreadful script.")
    assert who(claim_with(found, "dreadful")) is None


def test_text_without_byline_has_an_anonymous_author(nlp: Language) -> None:
    author, found = run(nlp, "The new western is a stunning achievement.")
    assert author is None
    assert who(claim_with(found, "stunning")) is None


def test_web_source_line_speaks_for_the_outlet(nlp: Language) -> None:
    _, found = run(nlp, "filmdesk.example.org: The studio's marketing campaign was a disaster.\n")
    claim = claim_with(found, "disaster")
    assert claim.claimant == EntityRef(EntityType.ORGANIZATION, "filmdesk.example.org")


def test_the_film_means_the_film_the_text_is_about(nlp: Language) -> None:
    text = "Kestrel Bay opens today. Kestrel Bay is long. The film is a tedious slog."
    mentions = [mention(text, "Kestrel Bay", FILM), mention(text, "Kestrel Bay", FILM, nth=1)]
    _, found = run(nlp, text, mentions)
    claim = claim_with(found, "tedious slog")
    assert [(a.target.name, a.stance) for a in claim.about] == [("Kestrel Bay", Stance.NEGATIVE)]


def test_sentences_with_statements_are_factual_claims(nlp: Language) -> None:
    text = (
        "Kestrel Bay was directed by Rosa Vidal. "
        "Tom Reyes said that Kestrel Bay cost two million dollars."
    )
    film = mention(text, "Kestrel Bay", FILM)
    director = Statement(
        subject=EntityRef(FILM, "Kestrel Bay"),
        predicate="director",
        object=EntityRef(PERSON, "Rosa Vidal"),
        sentence=0,
        start=0,
        end=text.index("."),
        rule="test",
        confidence=1.0,
    )
    cost_at = text.index("Kestrel Bay cost")
    from decimal import Decimal

    from anoragraph.records import Money

    cost = Statement(
        subject=EntityRef(FILM, "Kestrel Bay"),
        predicate="cost",
        object=Money(Decimal(2000000), "USD"),
        sentence=1,
        start=cost_at,
        end=len(text) - 1,
        rule="test",
        confidence=1.0,
    )
    _, found = run(nlp, text, [film], [director, cost])
    facts = [c for c in found if c.kind is ClaimKind.FACT]
    assert [(who(c), c.statements) for c in facts] == [(None, (0,)), ("Tom Reyes", (1,))]
    assert {a.target.name for a in facts[0].about} == {"Kestrel Bay", "Rosa Vidal"}


def test_questions_and_headings_are_not_claims(nlp: Language) -> None:
    _, found = run(nlp, "A Night To Remember\nIs the remake any good?\nThe remake is dreadful.")
    assert [c.text.strip() for c in found] == ["The remake is dreadful."]


def test_a_modifier_or_a_place_passed_through_is_not_what_a_claim_judges(
    nlp: Language,
) -> None:
    text = (
        "Harbour Lights is a 2019 drama film. This Oscar-winning movie was heavily criticized. "
        "Its hero returns from Lisbon in disgrace, and the ending feels far below the standard "
        "of an Oscar-winning screenplay."
    )
    _, found = run(nlp, text)
    targets = {a.target.name: a.stance for c in found for a in c.about}
    assert targets.get("Harbour Lights") is Stance.NEGATIVE
    assert "Lisbon" not in targets
    assert not any(t.startswith(("Oscar", "Academy")) for t in targets)


def test_a_title_that_holds_the_sentence_root_is_read_to_the_end(nlp: Language) -> None:
    # a mention spanning the token the parse hangs the sentence on: finding what the claim
    # is about must stop at the root
    text = (
        "Captain Alder Meets the Sea Witch was produced by Ola Brenner for Brenner Studios, "
        "Inc. and directed by Piet Korr, with the title song by Mara Quint."
    )
    run(nlp, text)


def test_faulting_an_attack_on_a_film_takes_the_film_s_side(nlp: Language) -> None:
    text = (
        "Harbour Lights is a 2019 drama film. Criticizing Harbour Lights purely for its "
        "slow pace feels reductive."
    )
    _, found = run(nlp, text)
    stances = {a.stance for c in found for a in c.about if a.target.name == "Harbour Lights"}
    assert stances == {Stance.POSITIVE}


def test_the_director_is_the_one_person_the_text_says_directed(nlp: Language) -> None:
    text = (
        "Harbour Lights is a 2019 drama film directed by Ines Carvalho. The director said "
        "the film was a love letter to her town."
    )
    doc = nlp(text)
    mentions = list(entities.find_mentions(doc))
    statements = list(relations.find_statements(doc, mentions))
    _, found = run(nlp, text, mentions, statements)
    said = [c for c in found if c.text.startswith("the film was a love letter")]
    assert said and all(c.claimant == EntityRef(PERSON, "Ines Carvalho") for c in said)


def test_a_review_s_voices_critics_outlets_and_commenters(nlp: Language) -> None:
    text = (
        '"Salt Winter" is a drama. Critic Ola Brenner of Variety called it "a triumph". '
        "However, Le Monde's reviewer argued that the pacing was tedious.\n\n"
        "Comments\n\nTomas Reyes said...\nSaw it last night. Beautiful, but the ending did "
        "not work for me.\n\nAnja Kolb said...\nBest film of the year.\n"
    )
    _, found = run(nlp, text)
    by = {(c.claimant.name if c.claimant else None, c.text.strip()): c for c in found}
    called = next(c for (who, _), c in by.items() if who == "Ola Brenner")
    assert [a.target.name for a in called.about] == ["Salt Winter"]
    assert any(who == "Le Monde" and c.stance is Stance.NEGATIVE for (who, _), c in by.items())
    assert by[("Anja Kolb", "Best film of the year.")].stance is Stance.POSITIVE
    assert by[("Tomas Reyes", "Beautiful, but the ending did not work for me.")].stance in (
        Stance.MIXED,
        Stance.NEGATIVE,
    )


def test_a_film_named_to_measure_another_is_not_the_one_judged(nlp: Language) -> None:
    for text in (
        "Compared with The Salt Chapel, Tidewater Vespers is warmer and far more confident.",
        "Tidewater Vespers, her follow-up to Winter Ferry, is a patient, luminous drama.",
    ):
        _, found = run(nlp, text)
        judged = {a.target.name for c in found for a in c.about if a.stance is not Stance.NEUTRAL}
        assert judged == {"Tidewater Vespers"}, text


def test_critics_words_for_a_performance(nlp: Language) -> None:
    _, found = run(nlp, "Ambrose Farthingale maintains that the lead performance is mannered.")
    assert claim_with(found, "mannered").stance is Stance.NEGATIVE


def test_forum_headers_with_a_handle_name_each_commenter(nlp: Language) -> None:
    text = (
        "Hollowing Moon (2019) is a drama.\n"
        "  ▲ 188 · u/velvetmarmot_88 · 13h\n"
        "  Hollowing Moon is a luminous film, truly superb.\n"
        "    ▲ 57 · u/brisketwizard · 12h\n"
        "    Hollowing Moon is dull and lifeless.\n"
    )
    _, found = run(nlp, text)
    assert who(claim_with(found, "luminous")) == "velvetmarmot_88"
    assert who(claim_with(found, "lifeless")) == "brisketwizard"


def test_praise_in_idioms_and_reported_feelings(nlp: Language) -> None:
    _, found = run(nlp, "Dario Quenby has been nothing short of brilliant.")
    assert claim_with(found, "brilliant").stance is Stance.POSITIVE
    _, found = run(nlp, "Lucan Ferroway said he was thrilled with the footage.")
    assert claim_with(found, "thrilled").stance is Stance.POSITIVE


def test_a_star_rating_is_the_critics_verdict_not_a_fact(nlp: Language) -> None:
    from anoragraph.nlp.pipeline import extract

    text = (
        "The Lamp Men review: a family under strain\n"
        "By Felicia Rowe\n★★★★☆\n\n"
        "The Lamp Men is Owen Tarr's second feature.\n"
    )
    (ex,) = extract([Document(id="r", path="r.txt", text=text, sha256="0" * 64)])
    rating = claim_with(list(ex.claims), "★★★★☆")
    assert rating.kind is ClaimKind.OPINION
    assert rating.stance is Stance.POSITIVE
    assert rating.rule == "claim:rating"
    # the byline's author gives it
    assert who(rating) is None
    assert ex.author is not None and ex.author.name == "Felicia Rowe"


def test_a_fact_check_s_rating_labels_are_no_speakers(nlp: Language) -> None:
    text = (
        "FACT CHECK\n\nDid he really direct it? Two claims, checked\n\n"
        "By Priya Okonjo, Verification Desk\n\n"
        'CLAIM: "Oren Vale directed The Kelp Farmers."\n\nOUR RATING: FALSE\n\n'
        "The film was directed by Wen Lyle, whose work is superb.\n\n"
        'CLAIM: "Made for $1 million."\n\nOUR RATING: FALSE\n\n'
        "The budget was $7 million. MISLEADING means the claim leaves out context.\n"
    )
    author, found = run(nlp, text)
    assert author is not None and author.name == "Priya Okonjo"
    assert who(claim_with(found, "superb")) in (None, "Priya Okonjo")  # the author's voice
    assert not any(c.claimant is not None and "RATING" in c.claimant.name.upper() for c in found)
    # a word in capitals opening a sentence is emphasis, not a title
    assert not any(m.ref.name.upper() == "MISLEADING" for m in entities.find_mentions(nlp(text)))


def test_a_listing_s_genre_and_running_time_line_is_no_commenter() -> None:
    text = (
        "OCT 1\nThe Tin Orchard (2022)\nDrama · Romance | PG-13 | 1h 58m\nA widow ...\n\n"
        "OCT 3\nRed Lantern (2023)\nHorror | R | 1h 41m\nTwo sisters ...\n\n"
        "marta_k · 2 days ago\nLoved it.\n"
    )
    speakers = [r.speaker.name for r in claims_module.comment_regions(text)]
    assert speakers == ["marta_k"]
