"""Dependency and lexical patterns -> statements (film facts).

Each rule reads the parse around a trigger word (a role verb, a film noun, an award, a
preposition) and links the entities it finds; the trigger words are data
(`ontology/patterns/relations.json`) and every rule's name and confidence are listed in
`ontology/patterns/rules.json`. A rule that needs "the film" and finds only an anaphor ("the
film", "it", "this movie") uses the document's salient film, if there is one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import (
    Date,
    EntityRef,
    EntityType,
    Mention,
    Money,
    Rating,
    Statement,
    Text,
    Value,
    Year,
)
from . import announcements, credits
from .claims import comment_regions
from .entities import (
    GENRES_KEY,
    capitalised_run,
    character_name,
    is_capitalised,
    is_year,
    normalise_name,
    past_people_word,
    personal_name,
    title_case,
)
from .factcheck import CLAIM_LABEL, rulings
from .lexicon import Lexicon, load_lexicon, read_vocabulary
from .spans import (
    alternatives,
    closes_citation,
    doc_text,
    sentence_index,
    sentence_starts,
    tokens_with_lemmas,
    words_in,
)

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?\s*,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MULTIPLIER_WORDS = r"million|billion|thousand|crore|lakh|mn|bn|m|k"


@functools.cache
def _money_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns for money written with a symbol or code before the amount, a code after it,
    or a currency word after it, built from ontology/vocab/currencies.json."""
    data = read_vocabulary("currencies.json")
    table: dict[str, str] = {k.casefold(): v for k, v in data["symbols"].items()}
    table.update({c.casefold(): data["aliases"].get(c, c) for c in data["codes"]})
    table.update({w.casefold(): v for w, v in data["words"].items()})
    symbols = sorted(data["symbols"], key=len, reverse=True)
    before = "|".join([*(re.escape(x) for x in symbols), *(rf"\b{c}\b" for c in data["codes"])])
    codes = "|".join(data["codes"])
    words = "|".join(sorted((re.escape(w) for w in data["words"]), key=len, reverse=True))
    number = r"(?P<num>\d[\d,]*(?:\.\d+)?)"
    mult = rf"(?P<mult>{_MULTIPLIER_WORDS})"
    return (
        re.compile(rf"(?P<cur>{before})\s?{number}\s*{mult}?\b", re.IGNORECASE),
        re.compile(rf"{number}\s*{mult}?\s+(?P<cur>{codes})\b"),
        re.compile(rf"{number}\s*{mult}?\s+(?P<cur>{words})s?\b", re.IGNORECASE),
        table,
    )


_MULTIPLIERS = {
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "crore": 10**7,
    "lakh": 10**5,
    "billion": 10**9,
    "bn": 10**9,
    "thousand": 10**3,
    "k": 10**3,
}
_PERSONLIKE = (EntityType.PERSON,)
_FILMLIKE = (EntityType.FILM, EntityType.WORK)
_RELATIVE = frozenset({"which", "that", "who", "whom"})
_AWARD_NOUNS = frozenset({"award", "prize", "trophy", "honor", "honour", "statuette"})
_CATEGORY_NOUNS = _AWARD_NOUNS | {"category"}


def parse_date(text: str) -> Date | Year | None:
    """A full date or a year from a date expression ("March 7, 2006", "7 March 2006", "2006")."""
    # no-break spaces, also as mis-decoded UTF-8 ("Â" before them)
    text = text.replace("\u00c2\u00a0", " ").replace("\u00a0", " ")
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy")):
        match = pattern.search(text)
        if match is None:
            continue
        a, b, year = match.groups()
        month_word, day = (a, b) if order == "mdy" else (b, a)
        month = _MONTHS.get(month_word.casefold().rstrip("."))
        if month is not None and 1 <= int(day) <= 31:
            return Date(int(year), month, int(day))
    match = _YEAR.search(text)
    return Year(int(match.group(1))) if match else None


def parse_money(text: str) -> Money | None:
    """An amount and its currency: "$3.5 million", "£3.2m", "PLN 18 million", "18 million
    PLN", "4 million euros"."""
    prefix, code_after, word_after, table = _money_patterns()
    match = prefix.search(text) or code_after.search(text) or word_after.search(text)
    if match is None:
        # "forty-two million dollars": the amount in words
        match = _spelled_money().search(text)
        if match is None:
            return None
        amount = Decimal(_spelled_number(match.group("num")))
        if match.group("half"):
            # "four and a half million pounds"
            amount += Decimal("0.5")
    else:
        try:
            amount = Decimal(match.group("num").replace(",", ""))
        except InvalidOperation:
            return None
    mult = match.group("mult")
    if mult:
        amount *= _MULTIPLIERS[mult.casefold()]
    return Money(
        amount.normalize() if amount == amount.to_integral() else amount,
        table.get(
            match.group("cur").casefold(), table.get(match.group("cur").casefold()[:-1], "USD")
        ),
        approximate=_HEDGED.search(text[: match.start()]) is not None,
    )


_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS[1:])}|an?)"
)


@functools.cache
def _spelled_money() -> re.Pattern[str]:
    """An amount in words with its multiplier and a currency word: "forty-two million
    dollars", "a million euros"."""
    words = "|".join(
        sorted((re.escape(w) for w in read_vocabulary("currencies.json")["words"]), key=len)[::-1]
    )
    return re.compile(
        rf"\b(?P<num>{_SPELLED})(?P<half>[ \t]+and[ \t]+a[ \t]+half)?"
        rf"[ \t]+(?P<mult>million|billion|thousand)[ \t]+"
        rf"(?P<cur>{words})s?\b",
        re.IGNORECASE,
    )


def _spelled_number(words: str) -> int:
    """The value of a number from one to ninety-nine in words ("forty-two"; "a" is one)."""
    total = 0
    for word in re.split(r"[- ]", words.casefold()):
        if word in _TENS:
            total += 10 * (_TENS.index(word) + 2)
        elif word in _UNITS:
            total += _UNITS.index(word)
        else:
            total += 1
    return total


# words before an amount that make it an estimate or a bound rather than a figure
_HEDGED = re.compile(
    r"\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|estimated|"
    r"reported|reportedly|north of|south of|over|under|more than|less than|close to|"
    r"upwards of|in excess of|an estimated|a reported|like|something like)\s*\W*$",
    re.I,
)


@dataclass
class _Context:
    """What the rules of one document share: its tokens' mentions and its salient film."""

    doc: Doc
    lex: Lexicon
    owner: list[int]
    refs: list[EntityRef]
    starts: list[int]
    film_counts: dict[EntityRef, int]
    film_positions: list[tuple[int, EntityRef]]
    genre_at: dict[int, tuple[int, str]]
    sentence_subjects: dict[int, EntityRef]
    topic_person: tuple[EntityRef, int, str] | None = None
    people: list[tuple[int, Token]] = field(default_factory=list)
    # character ranges of an interview's answers, where "I" is the person interviewed, and
    # of a transcript's turns with their speakers' labels, where "I" is the speaker
    answers: list[tuple[int, int]] = field(default_factory=list)
    turns: list[tuple[int, int, str]] = field(default_factory=list)
    # the negated tokens (worked out once: the rules and the final filter both read them);
    # the lines a correction label opens, what they say the text reported wrongly and the
    # facts found there, which they retract wherever the text gives them
    negated: frozenset[int] = frozenset()
    correction_lines: list[Span] = field(default_factory=list)
    # the film a review's heading line names, which its anaphors are about
    heading_film: EntityRef | None = None
    corrected: list[tuple[int, int]] = field(default_factory=list)
    retracted: set[tuple[EntityRef, str, Value]] = field(default_factory=set)
    fronted_at: dict[int, bool] = field(default_factory=dict)
    passing_at: dict[int, bool] = field(default_factory=dict)
    aside_at: dict[int, bool] = field(default_factory=dict)
    films_by_sentence: dict[int, EntityRef] | None = None
    # the first token after each rule line between stories (`story_start`), worked out once
    rules: list[int] | None = None
    # sentences that credit "both" films or "all three": which films (`_quantified_films`)
    quantified: dict[int, list[EntityRef]] = field(default_factory=dict)
    out: dict[tuple[EntityRef, str, Value], Statement] = field(default_factory=dict)

    # -- entities at tokens -------------------------------------------------------------

    def ref_at(self, token: Token) -> EntityRef | None:
        k = self.owner[token.i]
        return self.refs[k] if k >= 0 else None

    def mention_start(self, token: Token) -> int:
        i = token.i
        k = self.owner[i]
        while k >= 0 and i > 0 and self.owner[i - 1] == k:
            i -= 1
        return i

    def mention_end(self, i: int) -> int:
        """The index past the last token of the mention that covers token `i` (`i` itself
        when none does)."""
        k = self.owner[i]
        if k < 0:
            return i
        while i < len(self.owner) and self.owner[i] == k:
            i += 1
        return i

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        """The last names of the people the text names in full, lower case."""
        return frozenset(
            ref.name.split()[-1].casefold()
            for ref in self.refs
            if ref.type is EntityType.PERSON and " " in ref.name
        )

    def guess(self, token: Token, kind: EntityType) -> EntityRef | None:
        """An entity for a proper-noun token that no mention covers."""
        if (
            token.pos_ != "PROPN"
            or not is_capitalised(token)
            or token.ent_type_ in ("DATE", "CARDINAL", "NORP")
            # "#DustRadio": a hashtag, no name
            or (token.i > 0 and self.doc[token.i - 1].text in ("#", "@"))
            # "Interiors were filmed at ...": a word no title is alone
            or (kind is EntityType.FILM and token.lower_ in self.lex.opening["never_openers"])
        ):
            return None
        if (
            kind in (EntityType.WORK, EntityType.FILM)
            and token.dep_ == "poss"
            and token.head.lemma_.casefold() in self.lex.work_nouns
            and token.head.lemma_.casefold() not in self.lex.film_nouns
        ):
            # "Wade Hollister's 2021 novel": the novel's author, no title
            return None
        lo = token.left_edge.i
        if kind is EntityType.PERSON:
            # "Shirin Navabi's drama", whatever the parse hung the first name on (or if it
            # cut the sentence between the names)
            while (
                lo > 0
                and token.i - lo < 3
                and "\n" not in self.doc[lo - 1].text_with_ws
                and self.doc[lo - 1].pos_ == "PROPN"
                and is_capitalised(self.doc[lo - 1])
                and self.doc[lo - 1].ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
                and self.ref_at(self.doc[lo - 1]) is None
            ):
                lo -= 1
        # a title may go on past its head ("The Lord of the Rings"); a name may not
        hi = (
            max(token.right_edge.i, token.head.right_edge.i) + 1
            if kind in (EntityType.WORK, EntityType.FILM) and token.dep_ == "poss"
            else token.right_edge.i + 1
            if kind in (EntityType.WORK, EntityType.FILM)
            else token.i + 1
        )
        run = capitalised_run(self.doc, token.i, lo, hi, self.lex)
        if run is None:
            return None
        if kind is EntityType.PERSON:
            run = (past_people_word(self.doc, run[0], run[1], self.lex), run[1])
        if kind in (EntityType.WORK, EntityType.FILM):
            mark = next(
                (
                    t.i
                    for t in self.doc[run[0] : min(run[1], token.i)]
                    if t.lower_ in ("'s", "’s")
                    and (owner := self.ref_at(self.doc[t.i - 1]))
                    and owner.type is EntityType.PERSON
                ),
                None,
            )
            if mark is not None and mark + 1 < run[1]:
                # "Dominic Achterberg's Bellwether": the title after its maker's possessive
                run = (mark + 1, run[1])
        name = normalise_name(self.doc[run[0] : run[1]].text)
        if not name:
            return None
        if kind in (EntityType.WORK, EntityType.FILM) and name.casefold() in self.surnames:
            # "Unlike Orme, who shot in Leeds": the surname of a person the text names
            return None
        if (
            kind is EntityType.PERSON
            and (
                self.doc[run[1] - 1].text in self.lex.org_suffixes
                # "Opus Film Kraków": a studio word anywhere in the name
                or any(t.text in self.lex.studio_words for t in self.doc[run[0] : run[1]])
            )
        ):
            kind = EntityType.ORGANIZATION
        return EntityRef(kind, name)

    def person_despite_tagger(self, token: Token) -> EntityRef | None:
        """The person a name denotes in a slot only people fill, when the tagger called it
        an organisation or a place."""
        ref = self.ref_at(token)
        if ref is None or ref.type not in _WEAK_NER:
            return None
        return EntityRef(EntityType.PERSON, ref.name)

    def agent_of(
        self,
        token: Token,
        kinds: tuple[EntityType, ...] = (EntityType.PERSON, EntityType.ORGANIZATION),
    ) -> EntityRef | None:
        """The person or organisation a token names, looking through role nouns ("director X"),
        or the person a personal pronoun stands for in a text about one person."""
        ref = self.ref_at(token)
        if ref is not None:
            return ref if ref.type in kinds else None
        if (
            token.pos_ == "PRON"
            and token.lower_ in _PERSONAL_PRONOUNS
            and EntityType.PERSON in kinds
        ):
            return self.salient_person(token)
        if token.lower_ in _FIRST_PERSON and EntityType.PERSON in kinds:
            return self.interviewee(token)
        lemma = token.lemma_.casefold()
        if lemma in self.lex.relations["role_nouns"]:
            for child in token.children:
                if child.dep_ in ("appos", "compound", "flat", "npadvmod"):
                    found = self.agent_of(child, kinds)
                    if found is not None:
                        return found
            nxt = token.i + 1
            if nxt < len(self.doc):
                ref = self.ref_at(self.doc[nxt])
                if ref is not None and ref.type in kinds:
                    return ref
            return None
        role = next(
            (
                c
                for c in token.children
                if c.dep_ == "compound" and c.lemma_.casefold() in self.lex.relations["role_nouns"]
            ),
            None,
        )
        if (
            role is not None
            and EntityType.PERSON in kinds
            and token.pos_ == "PROPN"
            and all(
                t.pos_ == "PROPN" and is_capitalised(t) for t in self.doc[role.i + 1 : token.i + 1]
            )
        ):
            # "by director Alek Keshishian", whatever the tagger made of the name
            return EntityRef(
                EntityType.PERSON, normalise_name(self.doc[role.i + 1 : token.i + 1].text)
            )
        guessed = self.guess(token, EntityType.PERSON)
        return guessed if guessed is not None and guessed.type in kinds else None

    # -- films ---------------------------------------------------------------------------

    def film_at(self, token: Token | None, anchor: Token) -> EntityRef | None:
        """The film a token denotes, else the title the anchor's sentence opens with."""
        found = self.film_of(token)
        if found is not None:
            return found
        if token is not None and self.ref_at(token) is not None:
            return None
        return self.sentence_subjects.get(sentence_index(self.starts, anchor.i))

    def sentence_film(self, i: int) -> EntityRef | None:
        """The film the sentence `i` is about (`_sentence_films`), worked out once."""
        if self.films_by_sentence is None:
            self.films_by_sentence = _sentence_films(self)
        return self.films_by_sentence.get(i)

    def fronted_film(self, token: Token) -> EntityRef | None:
        """The film named later in the sentence, when `token` sits in a participle phrase
        that opens it: 'Directed by X from a script he co-wrote with Y, "Harbor of Ash"
        stars ...', where the parse found no main clause to hang the phrase on."""
        sent = token.sent
        opener = self.doc[sent.start]
        if opener.tag_ != "VBN" or not (
            token == opener or any(a == opener for a in token.ancestors)
        ):
            return None
        named = self.sentence_film(sentence_index(self.starts, token.i))
        if named is None or not any(self.ref_at(t) == named for t in self.doc[token.i : sent.end]):
            return None
        return named

    def fragment_film(self, noun: Token) -> EntityRef | None:
        """The film in hand, when `noun` heads a verbless note about it: "Border melodrama
        set in Tijuana but filmed in Ensenada.", "A documentary about fishing families."
        (a catalogue's, a syllabus's or a list's capsule description)."""
        lemma = noun.lemma_.casefold()
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if not (lemma in self.lex.film_nouns or lemma in self.lex.forms or noun.i in self.genre_at):
            return None
        return self.salient_film(noun.i)

    def _definite(self, token: Token) -> bool:
        """Whether the words before a noun open a definite phrase the parse did not attach:
        "The French-Belgian co-production"."""
        i = token.i - 1
        while i >= max(token.sent.start, token.i - 6):
            word = self.doc[i]
            if word.lower_ in _DEFINITE:
                return True
            if not (word.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or word.text in ("-", "–")):
                return False
            i -= 1
        return False

    def film_before_comma(self, start: int) -> EntityRef | None:
        """The film named right before the comma that precedes token `start`, past a bracket
        of its year: "Stillwater (2019), the slow-burning drama ..."."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != ",":
            return None
        k = start - 2
        if doc[k].text == ")":
            while k > 0 and doc[k].text != "(" and start - k < 12:
                k -= 1
            k -= 1
        if k > 0 and doc[k].text in _QUOTE_MARKS:
            # '"Copperhead Sunday", a Finnish thriller'
            k -= 1
        ref = self.ref_at(doc[k]) if k >= 0 else None
        return ref if ref is not None and ref.type in _FILMLIKE else None

    def dominant_film(self) -> EntityRef | None:
        """The film the text names at least twice, and twice as often as any other."""
        if not self.film_counts:
            return None
        ranked = sorted(self.film_counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or (ranked[0][1] >= 2 * ranked[1][1] and ranked[0][1] >= 2):
            return ranked[0][0]
        return None

    def entry_film(self, before: int) -> EntityRef | None:
        """The film named last before token `before`, when its name heads an entry line
        (`opens_line`) in this sentence or the one before: "[31:05] TITLE (1988). X directs
        this drama"."""
        here = sentence_index(self.starts, before)
        last = None
        for pos, ref in self.film_positions:
            if pos >= before:
                break
            last = (pos, ref)
        if last is None:
            return None
        pos, ref = last
        if here - sentence_index(self.starts, pos) > 1 or not self.opens_line(pos):
            return None
        return ref

    def salient_film(self, before: int) -> EntityRef | None:
        """The film an anaphor ("the film", "it") refers to: the document's dominant film,
        else the most recent film named before token `before`; the title the sentence opens
        with comes first."""
        here = sentence_index(self.starts, before)
        doc = self.doc
        this = doc[before].lower_ == "this" or any(
            c.dep_ == "det" and c.lower_ == "this" for c in doc[before].children
        )
        own = self.sentence_subjects.get(here)
        if own is not None and not (this and self.contrasted(before, own)):
            return own
        if any(c.dep_ == "det" and c.lower_ == "that" for c in doc[before].children):
            # "his previous feature, Bitter Almonds (2019). That film, a Turkish drama, ...":
            # the film named last, even in passing
            named = [ref for pos, ref in self.film_positions if pos < before]
            if named:
                return named[-1]
        dominant = self.dominant_film()
        cut = self.story_start(before)
        if cut and not any(cut <= pos < before for pos, _ in self.film_positions):
            # a wire's or a digest's next story, past its rule line, names no film yet: none
            # of the stories before is what its "it" means
            return None
        if cut and dominant is not None:
            dominant = (
                dominant
                if any(cut <= pos and ref == dominant for pos, ref in self.film_positions)
                else None
            )
        if self.film_positions and this:
            # "this is a modest family drama", "this film": the text's own film (its dominant
            # one, else the one it names first), not one it has just compared it with; in a
            # list of films, the entry's own ("[31:05] LOW TIDE AT GULLHAVEN (1988). Agnes
            # Thurloe directs this British smuggling drama")
            return self.entry_film(before) or dominant or self.film_positions[0][1]
        if dominant is not None and not any(
            pos < before and ref == dominant for pos, ref in self.film_positions
        ):
            # a film the text has not named yet is no referent of "it" or "the film"
            dominant = None
        chain = self.comment_chain(doc[before].idx)
        if (
            dominant is not None
            and self.turns
            # (the talk's, not an article's before its comments: "Then came the Q&A ...")
            and any(lo <= doc[before].idx < hi for lo, hi, _ in self.turns)
        ):
            # a transcript's talk is about its film, whatever else its speakers name
            return dominant
        if self.interview_film is not None and doc[before].idx >= self.interview_start:
            # a question's or an answer's "the film" and "it" are the film the interview is
            # about, whatever earlier work it has named ("I shot her first feature, X")
            return self.interview_film
        # the film named last in the last few sentences, outside parentheses, is the likelier
        # referent of "the story" than the article's main film named paragraphs before; but
        # not one named in a fronted phrase ("A remake of X, the 1971 film, it stars ...")
        recent = None
        nearby: list[EntityRef] = []
        for pos, ref in self.film_positions:
            if pos >= before:
                break
            if pos < cut:
                continue
            if chain and not any(lo <= doc[pos].idx < hi for lo, hi in chain):
                # a comment's "it" is a film that comment or the ones it answers names,
                # not one a reply in another branch of the thread named
                continue
            if self.fronted(pos) and not (
                # "for X's work in the film, Y won": an anaphor inside the same phrase
                sentence_index(self.starts, pos) == here and self.fronted(before)
            ):
                continue
            if (
                _in_parentheses(doc, pos)
                or (self.in_passing(pos) and not _same_relative_clause(doc[pos], doc[before]))
                or pos in self.listed_works
            ):
                # "directed by X (The Quietening)", "whose debut feature X won ...", "after
                # Ashfall Sonata (2018) and The Quiet Tenants (2021)": someone's other work,
                # named in passing
                continue
            if (
                ref != self.top_film
                and sentence_index(self.starts, pos) < here
                and _someones_debut(doc[pos])
            ):
                # "Her debut, Gannet Rock (2019), was filmed on Lindisfarne. The film is
                # produced by ...": a maker's first film, told in a sentence of its own, is
                # not what a later "the film" refers to
                continue
            if (
                ref != self.top_film
                and self.aside(pos)
                # (a maker's dated film, "Meera Iyer's Kaagaz ki Nao (2008)", is an aside
                # only beside a film the text is about; a career profile's films are each
                # the film in hand in turn)
                and not (self.top_film is None and self.makers_dated_film(pos))
            ):
                # 'CLAIM: "X directed it. Same guy who did Glass Harbour."', "Valcourt did
                # direct Glass Harbour (2019)": a film the text names only beside the one it
                # is about
                continue
            recent = ref
            if here - sentence_index(self.starts, pos) <= _ANAPHOR_WINDOW:
                nearby.append(ref)
        if chain:
            # a comment that names no film is about the one the thread is about
            return recent or self.thread_film or dominant
        if (
            nearby
            and self.heading_film is not None
            and not any(
                ref == nearby[-1] and sentence_index(self.starts, pos) == here
                for pos, ref in self.film_positions
            )
        ):
            # a review's own film, not another one it named a sentence or two before
            return self.heading_film
        if nearby:
            return nearby[-1]
        if recent is not None and dominant is not None and recent != dominant:
            last = max(pos for pos, ref in self.film_positions if ref == recent and pos < before)
            if self.opens_line(last):
                # "7pm — LEMONADE WINTER (Out of Competition)" ... "Then came the Q&A ...
                # the film cost $2.1 million": the entry the paragraph is under, not the
                # post's most named film
                return recent
        return dominant or self.heading_film or recent

    @functools.cached_property
    def comments(self) -> list[tuple[int, int, int]]:
        """A comment thread's comments, each as its character range and its header's
        indent, the depth of a reply; none unless the text has three comment headers."""
        text = doc_text(self.doc)
        found = []
        for region in comment_regions(text):
            if region.rule != "claim:comment-header":
                continue
            line = text[text.rfind("\n", 0, region.header[0]) + 1 : region.header[1]]
            indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
            found.append((region.header[0], region.end, indent))
        return found if len(found) >= 3 else []

    def comment_chain(self, at: int) -> list[tuple[int, int]]:
        """The character ranges of the comment that holds character `at` and of the
        comments it answers: each one less indented than the last, or in a thread that
        indents no reply, the comment before. None outside a thread's comments, in the post
        that opens it, or where the thread is about no one film."""
        comments = self.comments
        k = next((k for k, (lo, hi, _) in enumerate(comments) if lo <= at < hi), None)
        if k is None or k == self.post_index or self.thread_film is None:
            return []
        chain = [comments[k][:2]]
        if len({indent for _, _, indent in comments}) == 1:
            return [*chain, comments[k - 1][:2]] if k > 0 else chain
        depth = comments[k][2]
        for lo, hi, indent in reversed(comments[:k]):
            if indent < depth:
                chain.append((lo, hi))
                depth = indent
        return chain

    @functools.cached_property
    def post_index(self) -> int:
        """Which comment opens the thread as its post: the first, when its header is on
        the page's first lines ("r/Films · Posted by u/x · 9h"); none after an article."""
        text = doc_text(self.doc)
        first = self.comments[0][0] if self.comments else 0
        return 0 if text.count("\n", 0, first) < _PAGE_TOP_LINES else -1

    @functools.cached_property
    def thread_film(self) -> EntityRef | None:
        """The film a thread is about: the one its post (or the article above its
        comments) names most often, the first named on a tie."""
        if not self.comments:
            return None
        end = self.comments[self.post_index + 1][0]
        named = Counter(ref for pos, ref in self.film_positions if self.doc[pos].idx < end)
        if not named:
            return None
        ref, count = named.most_common(1)[0]
        # (not a list of films: one film takes most of the post's mentions)
        return ref if 2 * count > named.total() else None

    def story_start(self, before: int) -> int:
        """The first token after the last rule line ("-----", "* * *") before token
        `before`, where a wire or a digest starts its next story; 0 when there is none."""
        if self.rules is None:
            doc = self.doc
            self.rules = [
                span.end
                for m in _RULE_LINE.finditer(doc_text(doc))
                if (span := doc.char_span(*m.span(), alignment_mode="expand")) is not None
            ]
        return max((end for end in self.rules if end <= before), default=0)

    def opens_line(self, i: int) -> bool:
        """Whether the title at token `i` heads an entry: it opens its line, after at most a
        time, a number or a bullet, and ends it but for a bracket, a dash or stars ("7pm —
        LEMONADE WINTER (Out of Competition) ★★★½", "3. Title (1968)")."""
        text = doc_text(self.doc)
        at = self.doc[i].idx
        before = _CLOCK_TIME.sub("", text[text.rfind("\n", 0, at) + 1 : at])
        if any(c.isalpha() for c in before) or len(before) > 12 or '"' in before:
            return False
        end = self.mention_end(i)
        after_at = self.doc[end - 1].idx + len(self.doc[end - 1].text) if end > i else at
        line_end = text.find("\n", after_at)
        rest = text[after_at : len(text) if line_end < 0 else line_end].strip()
        return not rest or rest[0] in "([★☆—–-:|"

    def contrasted(self, at: int, film: EntityRef) -> bool:
        """Whether the sentence of token `at` names `film` only in a subordinate clause that
        `at` is outside ("Where X was a family comedy, this is folk horror")."""
        doc = self.doc
        sent = doc[at].sent
        named = False
        for pos, ref in self.film_positions:
            if ref != film or not sent.start <= pos < sent.end:
                continue
            named = True
            clause = next((a for a in doc[pos].ancestors if a.dep_ == "advcl"), None)
            if clause is None or clause.left_edge.i <= at <= clause.right_edge.i:
                return False
        return named

    @functools.cached_property
    def interview_film(self) -> EntityRef | None:
        """The film an interview is about: the one film its introduction (the text before
        its first answer) names."""
        if not self.answers:
            return None
        named = {
            ref for pos, ref in self.film_positions if self.doc[pos].idx < self.interview_start
        }
        return named.pop() if len(named) == 1 else None

    @functools.cached_property
    def interview_start(self) -> int:
        """Where an interview's first question or answer starts."""
        text = doc_text(self.doc)
        question = _QUESTION_LINE.search(text)
        starts = [lo for lo, _ in self.answers] + ([question.start()] if question else [])
        return min(starts, default=len(text))

    @functools.cached_property
    def top_film(self) -> EntityRef | None:
        """The film the text names most often, if one film leads."""
        ranked = sorted(self.film_counts.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return max(self.film_counts, key=self.film_counts.__getitem__)

    @functools.cached_property
    def claim_lines(self) -> list[tuple[int, int]]:
        """The character ranges of a fact-check's claim lines ("CLAIM: ...")."""
        text = doc_text(self.doc)
        return [
            (m.start(), text.find("\n", m.end()) % (len(text) + 1))
            for m in CLAIM_LABEL.finditer(text)
        ]

    def aside(self, i: int) -> bool:
        """Whether the title at token `i` is named only beside the film the text is about:
        in a fact-check's claim line, or as someone's credit (worked out once per token)."""
        found = self.aside_at.get(i)
        if found is None:
            found = self.aside_at[i] = self.in_claim_line(i) or self.filmography(i)
        return found

    def in_claim_line(self, i: int) -> bool:
        idx = self.doc[i].idx
        return any(start <= idx < end for start, end in self.claim_lines)

    def makers_dated_film(self, i: int) -> bool:
        """Whether the title at token `i` follows a possessive and its year follows it:
        "Pierre Lavaud's "Les Amants de Sète" (1959)"."""
        doc = self.doc
        k = self.owner[i]
        end = i
        while end < len(doc) and self.owner[end] == k:
            end += 1
        before = i - 1
        while before > 0 and doc[before].text in _QUOTE_MARKS:
            before -= 1
        return (
            before > 0
            and doc[before].lower_ in ("'s", "’s")
            and _CREDIT_YEAR.match(doc_text(doc), doc[end - 1].idx + len(doc[end - 1].text))
            is not None
        )

    def filmography(self, i: int) -> bool:
        """Whether the title at token `i` is a person's earlier credit: dated ("Valcourt did
        direct Glass Harbour (2019)", "She wrote The Quiet Tenants (2021)") or said to be
        earlier work ("who previously shot The Quiet Ferry"; not "also shot X", which may
        introduce the film a retrospective goes on to discuss)."""
        doc = self.doc
        k = self.owner[i]
        end = i
        while end < len(doc) and self.owner[end] == k:
            end += 1
        dated = _CREDIT_YEAR.match(doc_text(doc), doc[end - 1].idx + len(doc[end - 1].text))
        head = doc[i:end].root
        # "in the limited series Sable Coast": the noun the title names
        slot = head.head if head.dep_ in ("appos", "compound") else head
        if slot.dep_ == "pobj" and slot.head.lower_ == "in":
            # "Halabi next appears in the limited series Sable Coast", "was most recently
            # seen in Redwater": an actor's other work
            seen = slot.head.head
            # (wherever the parse hung "next" before the verb)
            return seen.lemma_ in ("appear", "star", "see", "feature") and any(
                t.lower_ in _OTHER_TIMES for t in doc[seen.sent.start : seen.i]
            )
        before = i - 1
        while before > 0 and doc[before].text in _QUOTE_MARKS:
            before -= 1
        if self.makers_dated_film(i):
            # "then best known for Pierre Lavaud's "Les Amants de Sète" (1959)": a maker's
            # dated work, named beside the one the text is about
            return True
        if head.dep_ not in ("dobj", "conj"):
            return False
        roles = self.lex.relations["role_verbs"]
        # the verb the title is the object of, or the word before it, which the parse may
        # not have made the verb ("did direct X")
        verb = next(
            (
                v
                for v in (head.head, doc[before])
                if v.lemma_.casefold() in roles or v.lemma_ in ("light", "shoot")
            ),
            None,
        )
        if verb is None:
            return False
        earlier = any(
            c.dep_ == "advmod" and c.lower_ in ("previously", "earlier", "formerly")
            for v in (verb, *verb.ancestors)
            if v.pos_ == "VERB"
            for c in v.children
        )
        subject = _subject_of(verb) or _subject_of(head.head)
        # "DP Bram Oduya-Linde, who lensed Glass Harbor": a credit the clause gives in passing
        relative = verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children
        )
        if not (dated or earlier or relative):
            return False
        if subject is not None and subject.lower_ in _RELATIVE:
            # "Anselm Brandt, who previously shot X": the person the clause is about
            clause = next((a for a in subject.ancestors if a.dep_ == "relcl"), None)
            subject = clause.head if clause is not None else None
        if subject is None:
            return False
        who = self.ref_at(subject)
        # (a name the tagger gave no type is a person's here: films and companies do not
        # direct)
        return who.type is EntityType.PERSON if who is not None else subject.pos_ == "PROPN"

    @functools.cached_property
    def listed_works(self) -> frozenset[int]:
        """Where titles are listed with their years, "X (2018) and Y (2021)": a filmography
        named in passing, not films an anaphor goes on to talk about."""
        doc = self.doc
        text = doc_text(doc)
        found: set[int] = set()
        for (a, _), (b, _) in itertools.pairwise(self.film_positions):
            between = text[doc[a].idx : doc[b].idx]
            after = text[doc[b].idx : doc[b].idx + 120]
            if _LISTED_WORK.fullmatch(between) and _YEAR_AFTER.match(after):
                found.update((a, b))
        return frozenset(found)

    def in_passing(self, i: int) -> bool:
        """`_named_in_passing` for token `i`, worked out once per token."""
        found = self.passing_at.get(i)
        if found is None:
            found = self.passing_at[i] = _named_in_passing(self.doc[i])
        return found

    def fronted(self, i: int) -> bool:
        """`_in_fronted_phrase` for token `i`, worked out once per token."""
        found = self.fronted_at.get(i)
        if found is None:
            found = self.fronted_at[i] = _in_fronted_phrase(self.doc, i)
        return found

    def salient_person(self, pronoun: Token) -> EntityRef | None:
        """The person "he" or "she" stands for in a text about one person (an obituary, a
        profile): the person the text opens by talking about, once a pronoun of the same
        gender has followed their first mention; None otherwise."""
        if self.topic_person is None:
            return None
        person, first, gender = self.topic_person
        if first >= pronoun.i or _PERSONAL_PRONOUNS.get(pronoun.lower_) != gender:
            return None
        subject = next(
            (
                ref
                for t in pronoun.sent
                if t.i < pronoun.i
                and t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ == "ROOT"
                and (ref := self.ref_at(t)) is not None
                and ref.type is EntityType.PERSON
            ),
            None,
        )
        if subject is not None and subject != person and " " in subject.name:
            # "Ilse Marchetti made her debut with X, which she co-wrote": the sentence's
            # subject, not the person the text opened with (a critic who "surveys a career")
            return subject
        return person

    def interviewee(self, pronoun: Token) -> EntityRef | None:
        """The person "I" and "my" stand for in an interview's answers (the person the text
        is about) or in a transcript's turn (its speaker)."""
        speaker = self.speaker(pronoun)
        if speaker is not None:
            return speaker
        if self.topic_person is None or not any(lo <= pronoun.idx < hi for lo, hi in self.answers):
            return None
        return self.topic_person[0]

    def speaker(self, token: Token) -> EntityRef | None:
        """The person whose turn of a transcript holds `token` ("KRAUS: ..."), when the text
        names them in full."""
        for lo, hi, label in self.turns:
            if lo <= token.idx < hi:
                words = label.split()
                people = [r for r in self.refs if r.type is EntityType.PERSON and " " in r.name]
                found = next(
                    (r for r in people if r.name.casefold().split()[-len(words) :] == words),
                    None,
                )
                if found is None:
                    # "FELIX: Hello, I'm Felix Amadi": a label of the first name, when one
                    # person the text names in full has it; "SdW:", "RM:": their initials
                    named = {r for r in people if r.name.casefold().split()[: len(words)] == words}
                    if not named and len(words) == 1:
                        named = {
                            r
                            for r in people
                            if "".join(w[:1] for w in r.name.casefold().split()) == label
                        }
                    found = named.pop() if len(named) == 1 else None
                return found
        return None

    def person_before(self, pronoun: Token) -> EntityRef | None:
        """The person "he" or "she" stands for when the sentence has named one person before
        it: "directed by Niamh Costigan, from a screenplay she co-wrote"."""
        if pronoun.lower_ not in _PERSONAL_PRONOUNS:
            return None
        named = {
            ref
            for i in range(pronoun.sent.start, pronoun.i)
            if (ref := self.ref_at(self.doc[i])) is not None and ref.type is EntityType.PERSON
        }
        if (
            len(named) != 1
            or any(
                # "in Piotr Wyszomirski's Lanterns (2011), in which she played": a maker named
                # by a possessive is seldom whom the pronoun means
                self.ref_at(t) in named
                and t.dep_ == "poss"
                and (
                    ((owned := self.ref_at(t.head)) is not None and owned.type is EntityType.FILM)
                    # "Arben Koci's war drama ..., in which he played"
                    or t.head.lemma_.casefold() in self.lex.film_nouns
                    or t.head.lower_ in self.lex.genres
                )
                for t in self.doc[pronoun.sent.start : pronoun.i]
            )
        ):
            return None
        return next(iter(named))

    def film_of(self, token: Token | None, depth: int = 0) -> EntityRef | None:
        """The film a token denotes: a title, a film noun with its title, or an anaphor."""
        if token is None or depth > 4:
            return None
        ref = self.ref_at(token)
        if ref is not None:
            return ref if ref.type in _FILMLIKE else None
        lemma = token.lemma_.casefold()
        count = _quantity(token, self.lex)
        if count is not None:
            # "Sorrell directed both", "Both films were shot in X", "scored all three": the
            # films counted, the first of which the rule credits and `_quantified_films`
            # credits its fellows alike
            group = self.counted_films(token, count)
            if group:
                self.quantified[sentence_index(self.starts, token.i)] = group
                return group[0]
            return self.salient_film(token.i)
        number = next((c for c in token.children if c.dep_ == "nummod"), None)
        if number is not None and token.tag_ == "NNS" and lemma in self.lex.film_nouns:
            # "directed three films: Tide (2001), Ash (2004) and Wren (2008)": the films
            # the colon lists, as many as the number says
            listed = [ref for _, ref in self.films_after_colon(token, 3)]
            if listed and _COUNT_WORDS.get(number.lower_) == len(listed):
                self.quantified[sentence_index(self.starts, token.i)] = listed
                return listed[0]
        if lemma == "work" and any(c.dep_ == "poss" for c in token.children):
            # "His best-known work as director, Title (1976), is set in ...": the title
            for holder in (token, *_prep_objects(token, ("as",))):
                for child in holder.children:
                    found = self.ref_at(child) if child.dep_ == "appos" else None
                    if found is not None and found.type in _FILMLIKE:
                        return found
        if lemma == "production" and token.i >= 2 and self.doc[token.i - 2].lower_ == "co":
            lemma = "co-production"  # tokenised "co - production"
        lex = self.lex
        if (
            lemma in lex.film_nouns
            or lemma in lex.work_nouns
            or lemma in lex.forms
            # "in Saoirse Kettle's crime thriller "Harrow Street"": a genre names a film
            or (token.lower_ in lex.genres and token.pos_ == "NOUN" and token.dep_ == "pobj")
        ):
            for child in token.children:
                if child.dep_ in ("appos",) or (
                    child.dep_ in ("compound", "npadvmod") and child.i > token.i
                ):
                    found = self.ref_at(child)
                    if found is not None and found.type in _FILMLIKE:
                        return found
                    if child.dep_ == "appos" and (
                        child.lower_ in lex.genres or child.pos_ == "NOUN"
                    ):
                        # "Her most recent film, the psychological thriller Cordillera (2023),",
                        # "Her second film, the ghost story Tuckamore (2019), shot on ..."
                        for inner in child.children:
                            found = self.ref_at(inner) if inner.dep_ == "appos" else None
                            if found is not None and found.type in _FILMLIKE:
                                return found
                if child.dep_ == "acl" and child.lower_ in ("called", "named", "titled"):
                    # "a thriller called "Southerly"": the title it is given
                    for named in child.children:
                        found = self.ref_at(named)
                        if found is not None and found.type in _FILMLIKE:
                            return found
            title_at = token.i + 1
            if title_at + 1 < len(self.doc) and self.doc[title_at].text in _QUOTE_MARKS:
                # 'the Mexican-Spanish co-production "The Rain Collectors,"'
                title_at += 1
            if title_at < len(self.doc):
                found = self.ref_at(self.doc[title_at])
                if (
                    found is not None
                    and found.type in _FILMLIKE
                    and title_at == self.mention_start(self.doc[title_at])
                ):
                    return found
            head = token.head
            if token.dep_ in ("attr", "acomp") and head.lemma_ == "be":
                subj = _subject_of(head)
                if subj is not None and subj is not token:
                    return self.film_of(subj, depth + 1)
            # "The Vineyard at Dusk, the second feature by ...", wherever the parse hung
            # the apposition
            before = self.film_before_comma(token.left_edge.i)
            if before is not None and not (
                # "Based on X's novel Y, the pic is set in ...": the subject after a fronted
                # phrase, not an apposition to its last title
                token.dep_ in ("nsubj", "nsubjpass")
                and _in_fronted_phrase(self.doc, token.left_edge.i - 2)
            ):
                return before
            if token.dep_ == "appos" and head is not token:
                return self.film_of(head, depth + 1)
            dets = [c for c in token.children if c.dep_ in ("det", "poss")]
            if (
                token.dep_ == "nsubj"
                and token.head.lemma_.casefold() in lex.opening["plot_verbs"]
                and any(
                    d.dep_ == "poss"
                    and (owner := self.ref_at(d)) is not None
                    and owner.type is EntityType.PERSON
                    for d in dets
                )
                and not any(
                    (ref := self.ref_at(t)) is not None and ref.type is EntityType.FILM
                    for t in token.sent
                )
            ):
                # "Corncrake (2016) / Jane Smith's debut follows Eamon, a birdwatcher": the
                # film in hand, named by its maker
                return self.salient_film(token.i)
            owner_tok = next((d for d in dets if d.dep_ == "poss"), None)
            owner = (
                (self.ref_at(owner_tok) or self.guess(owner_tok, EntityType.PERSON))
                if owner_tok is not None
                else None
            )
            film = self.salient_film(token.i) if owner is not None else None
            if (
                owner is not None
                and film is not None
                and lemma in lex.film_nouns
                and not any(
                    (ref := self.ref_at(t)) is not None and ref.type is EntityType.FILM
                    for t in token.sent
                )
                and any(
                    st.subject == film
                    and st.predicate == "director"
                    and isinstance(st.object, EntityRef)
                    and st.object.name.split()[-1] == owner.name.split()[-1]
                    for st in self.out.values()
                )
            ):
                # "Marchetti's film is adapted from ...": the film in hand, named by its
                # director
                return film
            if all(d.lower_ in ("a", "an") for d in dets):
                # "X (...) is a 1946 theatrical short directed by Y": the sentence's title
                found = self.sentence_subjects.get(sentence_index(self.starts, token.i))
                if found is not None:
                    return found
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and is_capitalised(nxt):
                # "best known for the 2021 thriller Cinder Lake": a film named, not the one
                # the text is about
                return None
            if lemma in lex.anaphors and (
                any(d.lower_ in _DEFINITE for d in dets) or (not dets and self._definite(token))
            ):
                return self.salient_film(token.i)
            return None
        if token.pos_ == "PRON" and token.lower_ in ("it", "this"):
            return self.salient_film(token.i)
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.text.islower()
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
            and any(
                start <= token.i < end and end == token.i + 1
                for start, (end, _) in self.genre_at.items()
            )
        ):
            # "The fantasy adventure stars X": a film named by its genre, the one the text is
            # talking about
            return self.salient_film(token.i)
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _RELATIVE:
            return self.film_of(token.head.head if token.head.dep_ == "relcl" else None, depth + 1)
        if token.lower_ == "which" and token.dep_ == "pobj" and token.head.i == token.i - 1:
            # "for Jelínková's Zimní zahrada (2012), in which she played ...": the title
            # right before the clause, wherever the parse hung it
            k = token.i - 2
            if k >= 0 and self.doc[k].text == ",":
                k -= 1
            if k >= 0 and self.doc[k].text == ")":
                k = (
                    next((j for j in range(k - 1, max(k - 8, 0), -1) if self.doc[j].text == "("), k)
                    - 1
                )
            before = self.ref_at(self.doc[k]) if k >= 0 else None
            if before is not None and before.type is EntityType.FILM:
                return before
        guessed = self.guess(token, EntityType.FILM)
        if guessed is not None and token.ent_type_ not in ("PERSON", "ORG", "GPE", "LOC"):
            return guessed
        return None

    # -- output --------------------------------------------------------------------------

    def films_after_colon(self, token: Token, reach: int) -> list[tuple[int, EntityRef]]:
        """The films listed after a colon at most `reach` tokens after `token` in its
        sentence ("Hart's features since: A (2013), B, C and D"), with where each is
        named."""
        sent = token.sent
        colon = next(
            (
                t
                for t in self.doc[token.i + 1 : min(token.i + 1 + reach, sent.end)]
                if t.text == ":"
            ),
            None,
        )
        if colon is None:
            return []
        first = next(
            (
                (pos, ref)
                for pos, ref in self.film_positions
                if colon.i < pos < sent.end and ref.type is EntityType.FILM
            ),
            None,
        )
        if first is None or any(t.pos_ == "VERB" for t in self.doc[colon.i + 1 : first[0]]):
            return []
        found = [first]
        for ref in _films_listed_after(self, [first[1]]):
            pos = next(p for p, r in self.film_positions if r == ref and p > first[0])
            found.append((pos, ref))
        return found

    def counted_films(self, token: Token, count: int) -> list[EntityRef]:
        """The films a quantifier counts: those its sentence lists after a colon ("has cut
        all four of Hart's features since: A (2013), B, C and D"), else the last `count`
        films named before it, outside brackets ("directed A (2010) and B (2014). Bell
        produced both"), preferring those not named in passing; none for
        "both of his remaining films", which the text has yet to name."""
        doc = self.doc
        listed = [ref for _, ref in self.films_after_colon(token, len(token.sent))]
        if len(listed) == count:
            return listed
        if any(t.lower_ in _LATER_WORK for t in token.subtree):
            # "cut both of his remaining films": films the text has yet to name
            return []
        cut = self.story_start(token.i)
        # "both Lanternfall films": a series' films, whose titles carry its name
        series = [c.text for c in token.children if c.dep_ == "compound" and c.text[:1].isupper()]
        named = [
            (pos, ref)
            for pos, ref in self.film_positions
            if cut <= pos < token.i
            and ref.type is EntityType.FILM
            and not _in_parentheses(doc, pos)
            and all(word in ref.name.split() or f"{word}:" in ref.name for word in series)
        ]
        for passing in (False, True):
            group: list[EntityRef] = []
            for pos, ref in reversed(named):
                if ref in group or (not passing and self.in_passing(pos)):
                    continue
                group.append(ref)
                if len(group) == count:
                    return group
        return []

    def film_of_actor(self, actor: EntityRef) -> EntityRef | None:
        """The one film the text has so far tied this actor to, by cast or by an award for
        their work in it ("Best Actress went to Amara Okafor (Title). Okafor plays ...")."""
        last = actor.name.split()[-1]
        films: set[EntityRef] = set()
        for st in self.out.values():
            person = st.object if st.predicate == "castMember" else st.subject
            if not isinstance(person, EntityRef) or person.type is not EntityType.PERSON:
                continue
            if person.name != actor.name and person.name.split()[-1] != last:
                continue
            if st.predicate == "castMember":
                films.add(st.subject)
            elif st.predicate == "awardReceived":
                films.update(
                    v for name, v in st.qualifiers if name == "forWork" and isinstance(v, EntityRef)
                )
        return films.pop() if len(films) == 1 else None

    def surname(self, ref: EntityRef) -> bool:
        """Whether a one-word name is the surname of a person the text names in full
        ("a turn from Ciobanu", which the tagger read as a place)."""
        return " " not in ref.name and any(
            other.type is EntityType.PERSON
            and " " in other.name
            and other.name.split()[-1] == ref.name
            for other in self.refs
        )

    def character_name(self, ref: EntityRef) -> EntityRef:
        """A character without the title before their name ("Dr. Helen Marsh")."""
        if ref.type is not EntityType.CHARACTER:
            return ref
        return EntityRef(EntityType.CHARACTER, character_name(ref.name, self.lex))

    @functools.cached_property
    def award_families(self) -> dict[str, str]:
        """Each award family's award name, lower-cased, with its ceremony's name."""
        return {f.award.casefold(): f.ceremony for f in self.lex.families.values()}

    def own_ceremony_only(
        self, award: EntityRef, qualifiers: tuple[tuple[str, Value], ...]
    ) -> tuple[tuple[str, Value], ...]:
        """An award of a known family ("European Film Award for Best Director") is given
        at that family's ceremony, not at another one the sentence names ("won the Golden
        Lynx at Karlin and the European Film Award for Best Director")."""
        family = self.award_families.get(award.name.split(" for ")[0].casefold())
        if family is None:
            return qualifiers
        return tuple(
            (name, value)
            for name, value in qualifiers
            if not (
                name == "ceremony"
                and isinstance(value, EntityRef)
                and not value.name.casefold().endswith(family.casefold())
            )
        )

    def emit(
        self,
        subject: EntityRef | None,
        predicate: str,
        obj: Value | None,
        tokens: Iterable[Token],
        rule: str,
        qualifiers: tuple[tuple[str, Value], ...] = (),
    ) -> None:
        if subject is None or obj is None or subject == obj:
            return
        if subject.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE) and (
            predicate in FILM_FACTS or predicate == "publicationDate"
        ):
            # "Unlike Orme, who shot in Leeds, ...": a person has no filming location;
            # "Lanternfish will release the film in fall 2025": a company no release date
            return
        if predicate == "spouse" and (
            subject.type is not EntityType.PERSON
            or not isinstance(obj, EntityRef)
            or obj.type is not EntityType.PERSON
        ):
            # "as the astronaut Cal Brody ... He married Nadia Esposito": a part marries no one
            return
        subject = self.character_name(subject)
        if isinstance(obj, EntityRef):
            obj = self.character_name(obj)
        span = list(tokens)
        lo = min(t.idx for t in span)
        hi = max(t.idx + len(t.text) for t in span)
        sentence = sentence_index(self.starts, min(t.i for t in span))
        confidence = self.lex.statement_confidence(rule)
        if qualifiers and isinstance(obj, EntityRef) and obj.type is EntityType.AWARD:
            qualifiers = self.own_ceremony_only(obj, qualifiers)
        if isinstance(obj, EntityRef) and obj.type is EntityType.PLACE and obj.name[:1].islower():
            # "so set in portugal": the country's name as it is written
            obj = EntityRef(EntityType.PLACE, self.lex.country(obj.name) or obj.name.title())
        key = (subject, predicate, obj)
        if self.corrected and any(a <= lo and hi <= b for a, b in self.corrected):
            self.retracted.add(key)
        old = self.out.get(key)
        if old is not None and old.confidence >= confidence:
            return
        self.out[key] = Statement(
            subject, predicate, obj, sentence, lo, hi, rule, confidence, qualifiers
        )


_ANAPHOR_WINDOW = 3
# a time of day before an entry: "7pm", "8.30am", "21:00"
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\.?)?", re.IGNORECASE)
# the ontology's properties of a film (rdfs:domain ag:Film) but a work's publication date:
# no person is their subject
FILM_FACTS = frozenset(
    {
        "director",
        "screenwriter",
        "filmEditor",
        "directorOfPhotography",
        "producer",
        "composer",
        "castMember",
        "character",
        "cost",
        "boxOffice",
        "countryOfOrigin",
        "genre",
        "productionCompany",
        "distributor",
        "basedOn",
        "narrativeLocation",
        "filmingLocation",
        "mainSubject",
        "contentRating",
    }
)
# what leads a cast: "a cast led by A and B", "an ensemble headed by A"
_LEADING_VERBS = frozenset({"lead", "head", "headline", "front", "anchor", "topline"})
# "X (2018) and " between two titles of a list, and "Y (2021)" after the second
_LISTED_WORK = re.compile(r"[^()\n]{1,60}\((?:18|19|20)\d\d\)\s*(?:,|and|&|,\s*and)\s*[\"“‘«']?")
# a year in brackets right after a title, past its closing quote: "Glass Harbour" (2019)
_CREDIT_YEAR = re.compile(r"[\"”’']?\s*\((?:18|19|20)\d\d\)")
_YEAR_AFTER = re.compile(r"[^()\n.]{1,60}\((?:18|19|20)\d\d\)")
# common nouns for where a film is shot, whose place follows: "on soundstages in Paris"
_SHOOTING_PLACES = frozenset({"location", "studio", "studios", "soundstage", "stage", "backlot"})
_PLACE_SET = re.compile(r"(?<=\w[-‐])set\b")
# what of a film is shot somewhere: "The exteriors were filmed on the Faroe Islands"
# what "we shot ... in X" may say was shot besides the film's parts: all of it
_THE_WHOLE = frozenset({"it", "most", "all", "much", "everything", "bulk", "majority", "rest"})
_SHOT_PARTS = frozenset(
    {
        "exterior", "interior", "scene", "sequence", "footage", "shot", "exteriors",
        "interiors", "frame", "frames", "location", "locations",
    }
)  # fmt: skip
# prepositions by which a plot passes through a place: "the slums of Mumbai", "in Rome"
_PLOT_PLACE_PREPS = frozenset({"in", "of", "from", "through", "across", "around", "to"})
# verbs whose "opposite X" or "alongside X" names another cast member
_CO_STAR_VERBS = frozenset({"star", "play", "cast", "appear", "co-star", "costar"})
# prepositions that lead from a setting's noun to the place it lies in
_SETTING_INNER = (
    *("of", "in", "on", "outside", "near", "off", "above", "below", "around"),
    # a journey's: "on a luxury express between Vienna and Istanbul", "a sleeper to Inverness"
    *("between", "across", "along", "through", "to", "from"),
)
_PERSONAL_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
_TOPIC_SENTENCES = 4  # how soon a text about a person names them as a subject
_TOPIC_MENTIONS = 3  # how often a text names a person it is about but opens without as subject
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
# an interview's question and answer lines: "Q: ...", "A: ..."
_QUESTION_LINE = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t]", re.MULTILINE)
_ANSWER_LINE = re.compile(r"^[ \t]*A[ \t]*[:.][ \t]", re.MULTILINE)
# roles only films have: named with their holder, they are the film in hand's
_CRAFT_ROLES = frozenset({"directorOfPhotography", "composer", "filmEditor"})
_ENTRY_SENTENCES = 6  # how far a round-up's heading film carries, in sentences
_FRAGMENT_TOKENS = 4  # a sentence this short is a listing's fragment ("Norway.")
# "attached to star", "signed to star", "set to star", "tapped to star"
_SIGNING_VERBS = frozenset(
    {"attach", "sign", "set", "tap", "slate", "cast", "hire", "due", "board"}
)
_RIGHTS_VERBS = frozenset(
    {"acquire", "buy", "license", "licence", "secure", "pick", "snap", "land", "take", "win"}
)
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


_AS_WORD = re.compile(r"(?<!\w)as(?!\w)", re.I)
_POSSESSIVE_WORD = re.compile(r"['’]s(?!\w)", re.I)


def _main_verb(sent: Span) -> Token:
    """The verb of a sentence's main clause: its root, or, when the parse made a fronted
    noun the root ("A remake of X, it stars ..."), the clause hung on that noun."""
    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next(
        (
            c
            for c in root.children
            if c.dep_ in ("parataxis", "ccomp", "conj") and c.pos_ in ("VERB", "AUX")
        ),
        root,
    )


def _in_fronted_phrase(doc: Doc, i: int) -> bool:
    """Whether token `i` sits in a phrase fronted before its sentence's subject, when that
    subject is an anaphor: "A remake of X, the 1971 film by Y, it stars ...", where X is
    named to describe the subject."""
    main = _main_verb(doc[i].sent)
    if main.i <= i:
        return False
    subject = max(
        (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < main.i),
        key=lambda c: c.i,
        default=None,
    )
    if (
        subject is None
        or subject.i <= i
        # "for X's work in the film, Williams won": a fronted phrase about a person's work
        or subject.pos_ == "PROPN"
        or (subject.pos_ == "PRON" and subject.lower_ not in ("it", "this"))
    ):
        return False
    branch = doc[i]
    while branch.head.i not in (main.i, branch.i):
        branch = branch.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in branch.children):
            # "X was released in 2006 and like its predecessor, the film ...": a clause
            # of its own, not a phrase describing the subject
            return False
    if branch.dep_ == "prep" and branch.lower_ in ("on", "about", "regarding", "re"):
        # "Anyway, on Dust of Kerala — it's based on ...": the topic the sentence takes up
        return False
    return any(t.text == "," for t in doc[i + 1 : subject.left_edge.i])


def _perfect(verb: Token) -> bool:
    """Whether a past participle is an active perfect ("she has cut all four"), not a
    passive ("was cut by", "Shot by X, it ...")."""
    children = [c.dep_ for c in verb.children]
    return "aux" in children and "auxpass" not in children and verb.dep_ != "relcl"


def _in_parentheses(doc: Doc, i: int) -> bool:
    """Whether token `i` sits inside a parenthesis opened in its own sentence, or between
    a pair of dashes there ("The Oscar-winning Dagny Ross – her statuette came for Quiet
    Country (1998) – has ten glorious minutes")."""
    sent = doc[i].sent
    depth = 0
    dashes = 0
    for token in doc[sent.start : i]:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif token.text in _ASIDE_DASHES and token.whitespace_:
            dashes += 1
    return depth > 0 or (
        dashes % 2 == 1
        and any(t.text in _ASIDE_DASHES and t.whitespace_ for t in doc[i + 1 : sent.end])
    )


_ASIDE_DASHES = frozenset({"–", "—", "--"})


def _decimal_or_none(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


_AUTHOR_TAIL = re.compile(r"\s+by\s+(?:[A-Z][\w.'’-]*\s*){2,4}$")


def _work_ref(kind: EntityType, text: str) -> EntityRef | None:
    """A work named by `text`, without a trailing bracket or "by Author"; None for a bare
    number ("the 1844 novel by ...")."""
    name = normalise_name(text.split(" (", 1)[0])
    name = _AUTHOR_TAIL.sub("", name)
    if not name or not any(c.isalpha() for c in name):
        return None
    return EntityRef(kind, name)


# nouns for what a film is about, owned by its title: "Title's plot is about ..."
_STORY_HEADS = frozenset({"theme", "subject", "topic", "plot", "story", "premise", "storyline"})


def _bracket_label(token: Token) -> bool:
    """Whether a token is the label of a bracketed alias, "Title (Japanese: --, Hepburn:
    Other Name) is ...", which the parser may make the sentence's subject."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    for before in reversed(doc[max(0, token.i - 8) : token.i]):
        if before.text == "(":
            return True
        if before.text == ")":
            return False
    return False


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb's clause, through relative clauses, participles and conjuncts."""
    if depth > 4:
        return None
    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _bracket_label(c)
    ]
    if len(subjects) > 1:
        # "A spin-off of X, Title was released": a fronted phrase the parse made a second
        # subject; the subject proper is the one nearest before the verb
        subjects.sort(key=lambda c: (c.i > verb.i, -c.i if c.i < verb.i else c.i))
    for child in subjects:
        if child.lower_ == "co" and any(c.dep_ == "compound" for c in child.children):
            # "Anna Kowalski co-wrote": the tokeniser split "co-" off the verb
            return max((c for c in child.children if c.dep_ == "compound"), key=lambda c: c.i)
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            head = verb.head
            if child.lower_ == "which":
                # "a film directed by X which depicts ...": "which" is never a person
                for _ in range(4):
                    if head.ent_type_ != "PERSON" or head.head.i == head.i:
                        break
                    head = head.head
                    while head.pos_ not in ("NOUN", "PROPN") and head.head.i != head.i:
                        head = head.head
                if head.ent_type_ == "PERSON":
                    return verb.head
            return head
        return child
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    if (
        (verb.dep_ == "conj" or (verb.dep_ == "ccomp" and verb.doc[verb.i - 1].dep_ == "conj"))
        and verb.i > 0
        and verb.doc[verb.i - 1].pos_ == "PROPN"
        and verb.doc[verb.i - 1].head.i != verb.head.i
    ):
        # "A plays X, and B plays Y", "co-wrote it with me and B did the score": the name
        # right before the second verb is its subject, however the parse attached it
        return verb.doc[verb.i - 1]
    if (
        verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp")
        # "A and B are all nominated", which the parse gives as "are" and its complement
        or (verb.dep_ == "acomp" and verb.tag_ == "VBN")
    ) and verb.head.i != verb.i:
        return _subject_of(verb.head, depth + 1)
    if verb.dep_ == "prep" and verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX"):
        # "From winning X to taking home Y, A and B have ...": the clause's subject
        return _subject_of(verb.head, depth + 1)
    return None


def _inside_name(token: Token, name: str) -> bool:
    """Whether `token` is one of the words of `name` where its sentence writes it."""
    sent = token.sent
    text = sent.text
    at = text.find(name)
    while at >= 0:
        lo = sent.start_char + at
        if lo <= token.idx < lo + len(name):
            return True
        at = text.find(name, at + 1)
    return False


def _films_listed_after(ctx: _Context, films: list[EntityRef]) -> list[EntityRef]:
    """The films listed after the last of `films`, which the parse may have hung elsewhere:
    "of Dust Psalm (2015), The Night Ferry (2018) and Copper Saints (2023)"."""
    if not films:
        return []
    doc = ctx.doc
    last = max((pos for pos, ref in ctx.film_positions if ref == films[-1]), default=None, key=int)
    if last is None:
        return []
    found: list[EntityRef] = []
    i = ctx.mention_end(last)
    while i < len(doc):
        if doc[i].text == "(":
            close = next((t.i for t in doc[i : i + 6] if t.text == ")"), None)
            if close is None:
                break
            i = close + 1
        elif doc[i].text in (",", "&") or doc[i].lower_ == "and":
            i += 1
        elif (ref := ctx.ref_at(doc[i])) is not None and ref.type is EntityType.FILM:
            if ref not in films and ref not in found:
                found.append(ref)
            i = ctx.mention_end(i)
        else:
            break
    return found


def _member_of_films(noun: Token) -> bool:
    """Whether a plural film noun counts the copula's subject among them: "X was the first
    (of three) Taiwanese films to win", "X is one of the best British films"."""
    head = noun
    for _ in range(3):
        if head.dep_ == "attr" and head.head.lemma_ == "be":
            return True
        if head.dep_ not in ("pobj", "prep") and not (head is noun and head.dep_ == "attr"):
            break
        head = head.head
    return noun.dep_ == "attr"


def _prep_of(obj: Token) -> Token:
    """The preposition an object hangs on, through the conjuncts before it ("by A and B")."""
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.head


def _verb_follows(doc: Doc, i: int) -> bool:
    """Whether a finite verb comes at token `i`, or after an aside on a part there: "and X
    did the score", "and Bríd Nic Giolla, as his sister-in-law Nora, matches him"."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "as":
        i = next((k + 1 for k in range(i + 2, min(i + 12, len(doc))) if doc[k].text == ","), i)
    return i < len(doc) and doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _objects(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("A, B and C"), but not an object's
    conjunct that a finite verb follows: "co-wrote it with me and X did the score" makes X
    the subject of a clause of its own."""
    doc = token.doc
    items = [token] + [
        c
        for c in token.conjuncts
        if not (token.dep_ in ("pobj", "dobj") and c.i > token.i and _verb_follows(doc, c.i + 1))
    ]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("including", "like"):
            # "including A and B" lists attached to the first item
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    items.extend([pobj, *pobj.conjuncts])
        elif (
            child.dep_ in ("nmod", "compound")
            and child.i < token.i
            and any(c.dep_ == "cc" for c in child.children)
            and any(c.dep_ == "conj" for c in child.children)
        ):
            # "in Connemara and County Wicklow", parsed as "Connemara" modifying the last
            # name of the list
            items.append(child)
    return sorted(set(items), key=lambda t: t.i)


# what marks a possessed film noun as another film than the one in hand ("her previous film")
_OTHER_WORK = frozenset(
    {"previous", "earlier", "last", "next", "other", "prior", "upcoming", "former", "later"}
)
_LATER_WORK = frozenset({"next", "upcoming", "later", "remaining", "subsequent", "following"})


_MAKER_LABELS = frozenset({"dir", "dir.", "directed", "by", "director", "d."})
# the trades a maker is named by after a film's year: "(2025), from the Lithuanian director X"
_MAKER_TRADES = frozenset({"director", "filmmaker", "film-maker", "documentarian", "auteur"})
# a line-up's entry set out with dashes: '• "The Saltworks" — Tunisia/Belgium — Amira Ben Salem'
_DASH_ENTRY = re.compile(
    r"^[ \t]*(?:[-•*][ \t]+)?[\"“]?(?P<title>[^\"“”\n—–]+?)[\"”]?[ \t]+[—–][ \t]+"
    r"(?P<countries>[^—–\n]+?)[ \t]+[—–][ \t]+(?P<rest>[^—–\n]+)",
    re.MULTILINE,
)


# a line-up's bullet with its director: "• Eleven Winters — dir. Rafael Quintero (Chile)"
_DIRECTED_ENTRY = re.compile(
    r"^[ \t]*[-•*–][ \t]+[\"“]?(?P<title>[A-Z0-9][^\"“”\n—–]{1,80}?)[\"”]?[ \t]+[—–-][ \t]+"
    r"(?:dir\.|directed by|director:?)[ \t]+(?P<maker>[A-Z][^\n()—–,;]{2,60}?)"
    r"(?:[ \t]*\((?P<countries>[^()\n]{2,60})\))?[ \t]*$",
    re.MULTILINE,
)


def _film_named(ctx: _Context, span: Span, name: str | None = None) -> EntityRef:
    """The film a line's title cell or span names: the mention there, else a film of that
    name (a cell the tagger read as something else)."""
    named = ctx.ref_at(span[0])
    if named is not None and named.type is EntityType.FILM:
        return named
    return EntityRef(EntityType.FILM, normalise_name(name if name is not None else span.text))


def _directed_entries(ctx: _Context) -> None:
    """'• The Cartographer's Daughter — dir. Lena Voss (Germany)': a line-up's film, its
    director and its countries."""
    doc = ctx.doc
    for entry in _DIRECTED_ENTRY.finditer(doc_text(doc)):
        title = doc.char_span(*entry.span("title"), alignment_mode="contract")
        maker = doc.char_span(*entry.span("maker"), alignment_mode="contract")
        if title is None or maker is None or not len(title) or not len(maker):
            continue
        film = _film_named(ctx, title)
        if not personal_name(normalise_name(maker.text), ctx.lex):
            continue
        person = EntityRef(EntityType.PERSON, normalise_name(maker.text))
        ctx.emit(film, "director", person, (title[0], maker[-1]), "film-by:person")
        if entry.group("countries"):
            _listed_countries(ctx, film, entry, title[0])


def _listed_countries(ctx: _Context, film: EntityRef, entry: re.Match[str], at: Token) -> bool:
    """The countries a line-up's entry lists ("Tunisia/Belgium", "Germany"), each the
    film's; whether the group held countries only."""
    names = re.split(r"\s*(?:/|,|\band\b|–)\s*", entry.group("countries"))
    countries = [ctx.lex.country(name) for name in names]
    where = ctx.doc.char_span(*entry.span("countries"), alignment_mode="expand")
    if where is None or not countries or not all(countries):
        return False
    for country in countries:
        if country is not None:
            place = EntityRef(EntityType.PLACE, country)
            ctx.emit(film, "countryOfOrigin", place, (at, where[-1]), "country:bracket")
    return True


def _dash_entries(ctx: _Context) -> None:
    """'• "A Map of Small Fires" — Portugal — dir. Inês Carvalho — documentary', '"The
    Saltworks" — Tunisia/Belgium — Amira Ben Salem': a line-up's entry, its film's countries
    and its director, each between dashes."""
    text = doc_text(ctx.doc)
    if "—" not in text and "–" not in text:
        return
    doc = ctx.doc
    for entry in _DASH_ENTRY.finditer(text):
        title = doc.char_span(*entry.span("title"), alignment_mode="contract")
        if title is None or not len(title):
            continue
        film = ctx.ref_at(title[0])
        if film is None or film.type is not EntityType.FILM:
            continue
        if not _listed_countries(ctx, film, entry, title[0]):
            continue
        rest = doc.char_span(*entry.span("rest"), alignment_mode="expand")
        maker = _maker_words(rest) if rest is not None else None
        if maker is not None:
            person = EntityRef(EntityType.PERSON, normalise_name(maker.text))
            ctx.emit(film, "director", person, (title[0], maker[-1]), "film-by:person")


# a box-office chart's line: "1. Copperline (Meridian Pictures) — $41.2M — NEW"
def _maker_words(span: Span) -> Span | None:
    """The name of a maker a line-up prints after a film's countries: "Nikos Andreou",
    "dir. Siobhan Kearney" (the label dropped), "by Jordan Whitfield"; one to four
    capitalised words."""
    start = span.start
    while start < span.end and span.doc[start].lower_ in _MAKER_LABELS | {"."}:
        start += 1
    words = span.doc[start : span.end]
    if not 1 <= len(words) <= 6 or not all(
        w.is_title
        or w.text in ("-", "‐")
        # "Park Ji-won"
        or (w.i > 0 and w.doc[w.i - 1].text in ("-", "‐") and not w.doc[w.i - 1].whitespace_)
        for w in words
    ):
        return None
    return words


@functools.cache
def _source_verbs() -> dict[str, list[str]]:
    """The verbs that name what a film was made from, each with the prepositions that
    introduce it: the ontology's based_verbs and expanding_verbs."""
    rel = load_lexicon().relations
    return {**rel["based_verbs"], **rel["expanding_verbs"]["verbs"]}


def _made_with(noun: Token) -> bool:
    """Whether a film noun names, with a pronoun, the one the film was made with: "her last
    film with him" (not "Spielberg's film with Tom Hanks", its star)."""
    doc = noun.doc
    return (
        noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ == "with"
        and doc[noun.i + 2].lower_ in ("him", "her", "them", "me", "us")
    )


def _named_in_passing(token: Token) -> bool:
    """Whether a title is named as someone's other work: in a "whose" clause ("Owen
    Tashima, whose debut feature Little Furnace won ...") or after "previous", "earlier"
    and the like ("her previous film Glass Birds"), or as where people or things come from
    ("two key collaborators from The Quietening", "a clip from X")."""
    root = token
    while (
        root.dep_ in ("compound", "flat", "det", "amod", "nmod", "appos") and root.head.i != root.i
    ):
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PRON"):
        return True
    if root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lower_ in ("known", "famous"):
        # "Aalto is best known for the Finnish comedy Sauna Kings (2011)": an actor's
        # earlier work
        return True
    if (
        root.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lemma_.casefold() in _source_verbs()
    ):
        # "Holst expanded it from her own short film "Furrow" (2016). It stars ...": the
        # source a film was made from
        return True
    while root.dep_ == "poss" and root.head.i != root.i:
        # "the 1965 chiller The Dummy's Revenge": a possessive inside the title
        root = root.head
        while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i:
            root = root.head
        prep = root.head
    if (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.casefold() in load_lexicon().relations["based_nouns"]
    ):
        # "insisting it's a remake of the 1965 chiller X. It isn't: Holm wrote the script":
        # the work a film remakes or adapts, not what a later "the script" belongs to
        return True
    before = token.doc[token.i - 2] if token.i >= 2 else None
    if (
        before is not None
        and token.doc[token.i - 1].text == ","
        and before.lemma_.casefold() in ("film", "feature", "movie", "picture")
        and any(c.lower_ in _OTHER_WORK for c in before.children)
    ):
        # "worked on his previous feature, Bitter Almonds (2019)", whatever the parse hung
        # the title on
        return True
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl" and any(
            t.lower_ in ("whose", "who") for t in ancestor.subtree if t.i < token.i
        ):
            # "Orla Keane, who starred in Whin, plays Maura": what a clause about someone
            # names is their other work
            return True
        if (
            ancestor.dep_ in ("xcomp", "advcl")
            and ancestor.head.lemma_ == "go"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in ancestor.head.children)
        ):
            # "Ibáñez, its cinematographer, went on to photograph Marisol": her later work
            return True
        if ancestor.lemma_.casefold() in ("film", "feature", "movie", "picture", "debut") and any(
            c.lower_ in _OTHER_WORK for c in ancestor.children
        ):
            return True
    return False


def _same_relative_clause(title: Token, other: Token) -> bool:
    """Whether `other` lies in the relative clause that holds `title` ("who plays Aldric Fenn
    in both Lanternfall films": the films are the ones the clause names)."""
    clause = next((a for a in title.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.left_edge.i <= other.i <= clause.right_edge.i


def _someones_debut(token: Token) -> bool:
    """Whether a title is named as someone's debut or first film ("Her debut, Gannet Rock",
    "Price's first feature, X")."""
    for ancestor in token.ancestors:
        lemma = ancestor.lemma_.casefold()
        if lemma in ("debut", "film", "feature", "movie", "picture") and any(
            c.dep_ == "poss" for c in ancestor.children
        ):
            return lemma == "debut" or any(
                c.lower_ in ("first", "debut") for c in ancestor.children
            )
    return False


def _fronted_film(ctx: _Context, noun: Token) -> EntityRef | None:
    """The film a phrase fronted before the main clause describes: "A loose adaptation of
    Carmilla (1872), Alucarda follows ...", "An Irish-Canadian co-production, the film is
    set in ..." (the main clause's subject, which the parse may hang on the phrase)."""
    main = _main_verb(noun.sent)
    comma = next((t for t in ctx.doc[noun.i : main.i] if t.text == ","), None)
    subject = next(
        (
            c
            for c in main.children
            if c.dep_ in ("nsubj", "nsubjpass") and comma is not None and c.i > comma.i
        ),
        None,
    )
    if subject is None and comma is None and noun.i + 1 < len(ctx.doc):
        # the parse made the phrase the main clause (or a sentence of its own): the first
        # subject after its comma
        comma = ctx.doc[noun.i + 1] if ctx.doc[noun.i + 1].text == "," else None
        subject = next(
            (
                t
                for t in ctx.doc[noun.i + 2 : ctx.doc[noun.i + 1].sent.end]
                if comma is not None and t.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
    film = ctx.film_of(subject)
    if comma is not None and any(ctx.ref_at(t) == film for t in ctx.doc[noun.i : comma.i]):
        # "A remake of the 1928 film Sky Scrappers, the cartoon ...": not the film the
        # phrase names
        return None
    return film


def _prep_objects(token: Token, preps: Sequence[str]) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            # "in and around A and in B": coordinated prepositions share the verb
            for prep in (child, *(c for c in child.conjuncts if c.dep_ in ("conj", "prep"))):
                for pobj in prep.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        found.extend(_objects(pobj))
    return found


# the words the parser marks as negations (a match inside a longer word is no token)
_NEGATION = re.compile(r"(?i)(?:not|never|no|n't|n’t|nt|neither|nor|none|nothing|nobody)\b")


_UNREALISED = re.compile(
    r"\b(?:going|might|may|must|could|love|like|hope|hoping|wish|want|wants|wanted|wanting"
    r"|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# the verbs whose complement did not happen: "she declined to edit X", "he refused to direct
# it", "it failed to win"
_NEGATIVE_IMPLICATIVES = frozenset({"decline", "refuse", "fail"})


_PLANNED = re.compile(r"\b(?:was|were)[ \t]+to[ \t]+have\b", re.IGNORECASE)


def _negated_heads(doc: Doc) -> frozenset[int]:
    """The tokens a negation hangs on ("was not shot", "never won"), and the verbs of a
    negated subject ("not a single scene was shot in X", "no scene was", "none of it was")."""
    heads = set()
    for t in words_in(doc, _NEGATION):
        if t.dep_ == "neg" or (
            # "no scene was shot", not the title "No Time for Nuts"
            t.dep_ == "det" and t.lower_ == "no" and t.head.text.islower()
        ):
            heads.add(t.head.i)
            if t.head.lemma_ == "be":
                # "It was not, as several outlets reported, nominated for X": the participle
                # the parse hung on the negated "was"
                heads.update(
                    c.i
                    for c in t.head.children
                    if c.tag_ == "VBN" and c.dep_ in ("advcl", "acomp", "xcomp") and c.i > t.i
                )
            if t.head.dep_ in ("nsubj", "nsubjpass"):
                heads.add(t.head.head.i)
        elif t.lower_ in ("none", "nothing", "nobody") and t.dep_ in ("nsubj", "nsubjpass"):
            heads.add(t.head.i)
        if t.lower_ == "not" and t.i + 1 < len(doc):
            # "..., not a single scene was shot there", where the parse hung "not" on the
            # word before
            noun = doc[t.i + 1].head
            if doc[t.i + 1].dep_ in ("det", "nummod", "amod") and noun.dep_ in (
                "nsubj",
                "nsubjpass",
            ):
                heads.add(noun.head.i)
    for t in words_in(doc, _UNREALISED):
        if t.lower_ == "going" and any(c.lower_ in ("was", "were") for c in t.children):
            # "It was going to be a road movie, Ruth was going to direct": a plan that fell
            # through
            heads.update(c.i for c in t.children if c.dep_ == "xcomp")
        elif t.dep_ == "aux" and t.lower_ in ("might", "may"):
            # "Rumour is Krishnaswamy might direct it": a guess
            heads.add(t.head.i)
        elif (
            t.dep_ == "aux"
            and t.lower_ in ("must", "could")
            and t.i + 1 < len(doc)
            and doc[t.i + 1].lower_ == "have"
        ):
            # "it must have been shot there", "it could have been filmed anywhere": a guess
            heads.add(t.head.i)
        elif t.lemma_ in ("love", "like", "hope", "wish", "want") and (
            t.lemma_ in ("hope", "wish", "want")
            or any(c.lower_ in ("would", "'d", "’d") for c in t.children)
        ):
            # "We'd love to shoot the race scene in Belgium", "we hope to film in X": a wish
            heads.update(c.i for c in t.children if c.dep_ == "xcomp")
        elif t.lemma_.casefold() in _NEGATIVE_IMPLICATIVES:
            heads.update(c.i for c in t.children if c.dep_ == "xcomp")
    for match in _PLANNED.finditer(doc_text(doc)):
        # "It was to have been directed by X and to star Y, shooting in Z": a plan that
        # fell through, every part of it
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        for plan in (c for c in span[0].children if c.dep_ == "xcomp"):
            for verb in (plan, *plan.conjuncts):
                heads.add(verb.i)
                heads.update(c.i for c in verb.children if c.dep_ in ("advcl", "xcomp"))
    for i in list(heads):
        verb = doc[i]
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.children):
            # "no scene was set or shot in X": neither
            heads.update(
                c.i
                for c in verb.conjuncts
                if not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
            )
    return frozenset(heads)


def _negated_attributes(doc: Doc, heads: frozenset[int]) -> list[tuple[int, int, int]]:
    """What a negated copula denies: "It is not, as listings claimed, an adaptation of X"
    (but not "... but a drama", which it asserts). Each is the character range of the
    attribute's phrase and the end of its head word: a fact the phrase states from its head
    is denied ("adaptation of X"), one inside it is not ("X's novel Y" is still by X)."""
    ranges = []
    for i in heads:
        copula = doc[i]
        if copula.lemma_ != "be":
            continue
        for attr in copula.children:
            if attr.dep_ != "attr":
                continue
            kept = [attr, *(c for c in attr.children if c.dep_ not in ("cc", "conj"))]
            lo = min(t.left_edge.idx for t in kept)
            last = max((t.right_edge for t in kept), key=lambda t: t.i)
            ranges.append((lo, attr.idx + len(attr), last.idx + len(last)))
    return ranges


def _negated(verb: Token, heads: frozenset[int]) -> bool:
    """Whether a verb is negated ("was not shot in Miami", "never won"), itself or through
    the verb it complements ("did not manage to win"); a coordinated verb is not ("was not
    a success, but did win")."""
    return verb.i in heads or (verb.dep_ == "xcomp" and verb.head.i in heads)


def _opens_note(token: Token) -> bool:
    """Whether a token opens its sentence or follows a semicolon (adverbs aside): "Produced
    by X.", "...; distributed by Y"."""
    doc = token.doc
    i = token.i - 1
    while i >= token.sent.start and (doc[i].pos_ == "ADV" or doc[i].is_space):
        i -= 1
    return i < token.sent.start or doc[i].text == ";"


def _named_in(tokens: Sequence[Token]) -> list[Token]:
    """Tokens with the names in apposition to them: "the painter X" gives "painter" and X;
    "a singer named Yasmine" gives "singer" and Yasmine; "his mother, the novelist Nino
    Kiknadze" gives all three."""
    found = list(tokens)
    doc = tokens[0].doc if tokens else None
    for token in tokens:
        inner = [
            c
            for c in token.children
            if c.dep_ == "appos"
            and c.i > token.i
            # 'with Y, "Harbor of Ash" stars Z': a quoted title between is no apposition's
            and doc is not None
            and not any(t.text in _QUOTE_MARKS for t in doc[token.i + 1 : c.i])
        ]
        inner += [c for a in inner for c in a.children if c.dep_ == "appos" and c.i > a.i]
        found.extend(inner)
        found.extend(
            name
            for c in token.children
            if c.dep_ == "acl" and c.lower_ in ("named", "called")
            for name in c.children
            if name.dep_ in ("oprd", "dobj", "attr", "xcomp") and name.i > c.i
        )
    return found


def _agents(verb: Token) -> list[Token]:
    """Objects of "by" on a participle: "directed by A and B"."""
    found = _prep_objects(verb, ("by",))
    if not found:
        # "written and directed by X": the agent hangs on the last conjunct
        for conj in verb.conjuncts:
            if conj.i > verb.i:
                found = _prep_objects(conj, ("by",))
                if found:
                    break
    if not found and any(c.lower_ == "by" and not any(c.children) for c in verb.children):
        # "directed by and starring X": the agent is the object the conjunct shares
        found = [
            c
            for conj in verb.conjuncts
            if conj.i > verb.i and conj.tag_ == "VBG"
            for c in conj.children
            if c.dep_ == "dobj"
        ]
    return found


class _Rules:
    """All relation rules over one parsed document."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        rel = self.lex.relations
        self.role_verbs: dict[str, dict[str, str]] = rel["role_verbs"]
        self.phrasal_heads = frozenset(k.split()[0] for k in self.role_verbs if " " in k)
        self.role_nouns: dict[str, str] = rel["role_nouns"]
        self.cast_verbs = frozenset(rel["cast_verbs"])
        self.marry_verbs = frozenset(rel["marriage"]["verbs"])
        self.joined_as_verbs = frozenset(rel["joined_as_verbs"]["words"])
        self.spouse_nouns = frozenset(rel["marriage"]["nouns"])
        self.cast_nouns = frozenset(rel["cast_nouns"])
        self.appear_verbs = frozenset(rel["appear_verbs"])
        self.play_verbs = frozenset(rel["play_verbs"])
        self.win_verbs = frozenset(rel["win_verbs"])
        self.nominate_verbs = frozenset(rel["nominate_verbs"])
        self.gross_verbs = frozenset(rel["gross_verbs"]["sum"])
        self.floor_verbs = frozenset(rel["gross_verbs"]["floor"])
        self.nomination_nouns = frozenset(rel["nomination_nouns"])
        self.winner_nouns = frozenset(rel["winner_nouns"])
        self.based_verbs = _source_verbs()
        self.based_nouns = frozenset(rel["based_nouns"])
        self.handling_verbs = frozenset(rel["handling_verbs"]["verbs"])
        self.handled_parts: dict[str, str] = {
            **{k: v for k, v in rel["film_parts"].items() if k != "description"},
            **rel["handling_verbs"]["parts"],
        }
        self.author_nouns = frozenset(rel["author_nouns"])
        self.release_verbs = frozenset(rel["release_verbs"])
        self.setting_verbs: dict[str, list[str]] = rel["setting_verbs"]
        self.filming_verbs = frozenset(rel["filming_verbs"])
        self.filming_nouns = frozenset(rel["filming_nouns"])
        self.filming_phases: dict[str, list[str]] = rel["filming_phase_verbs"]
        self.subject_verbs: dict[str, list[str]] = rel["subject_verbs"]
        self.subject_preps = tuple(rel["subject_preps"])
        self.story_nouns = frozenset(rel["story_nouns"])
        self.place_preps = tuple(rel["place_preps"])
        self.company_verbs: dict[str, list[str]] = {
            k: v for k, v in rel["company_verbs"].items() if k != "description"
        }
        self.company_nouns = frozenset(rel["company_nouns"])
        self.generic_topics = frozenset(rel["generic_topics"]["words"])
        self.topic_heads = frozenset(rel["topic_heads"]["words"])
        self.collaboration_nouns = frozenset(rel["collaboration_nouns"])
        self.submission_nouns = frozenset(rel["submission_nouns"])

    def run(self) -> None:
        doc = self.ctx.doc
        lex = self.lex
        self.place_set()
        negated = self.ctx.negated
        characters = any(ref.type is EntityType.CHARACTER for ref in self.ctx.refs)
        for token in doc:
            # (each attribute of a spaCy token is a call: read the ones the rules test once)
            lemma = token.lemma_.casefold()
            pos = token.pos_
            tag = token.tag_
            dep = token.dep_
            lower = token.lower_
            text = token.text
            if lemma == "double" and pos == "NOUN" and dep == "ROOT":
                # "Budapest doubles for Leipzig", the verb tagged a plural noun
                self.stood_in_for(token, lemma)
            if (
                pos in ("VERB", "AUX") or tag in ("VBN", "VBG", "VBD", "VBZ", "VBP", "VB")
            ) and not _negated(token, negated):
                if lemma in self.role_verbs:
                    self.role_verb(token, lemma)
                if lemma in self.phrasal_heads:
                    # "Quarry Pictures put it out": a verb and its particle
                    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
                    if f"{lemma} {particle}" in self.role_verbs:
                        self.role_verb(token, f"{lemma} {particle}")
                if lemma in self.cast_verbs:
                    self.cast_verb(token)
                if lemma in _CAST_SUBJECT_VERBS:
                    self.cast_subjects(token)
                if lemma in self.appear_verbs:
                    self.appear_in(token)
                if lemma in self.play_verbs:
                    self.plays(token)
                if lemma in self.win_verbs or (
                    lemma in _LEAVING_VERBS
                    and any(c.lower_ in ("home", "away", "off") for c in token.children)
                ):
                    # "went home with the Audience Award", "walked away with two prizes"
                    self.won(token, lemma)
                if (lemma in self.win_verbs or lemma == "share") and tag == "VBN":
                    self.won_by(token)
                if lemma in self.gross_verbs or lemma in self.floor_verbs:
                    self.grossed(token, lemma)
                if lemma in self.nominate_verbs or (
                    lemma == "be" and any(c.lower_ == "up" for c in token.children)
                ):
                    # "Anxo Vilariño is up for Best Supporting Actor"
                    self.nominated(token)
                if lemma in self.based_verbs:
                    self.based_on_verb(token, lemma)
                if lemma == "follow":
                    self.follows_source(token)
                if lemma in self.release_verbs:
                    self.released(token)
                if lemma in self.setting_verbs:
                    self.set_in(token, lemma)
                if lemma in self.filming_verbs:
                    self.filmed_in(token)
                if lemma in ("stand", "double"):
                    self.stood_in_for(token, lemma)
                if lemma in self.subject_verbs:
                    self.about_verb(token, lemma)
                if lemma in self.company_verbs:
                    self.made_for(token, lemma)
                if lemma == "represent":
                    self.represented(token)
                if lemma in ("go", "be") and any(c.lower_ == "to" for c in token.children):
                    self.went_to(token)
                    self.part_went_to(token)
                if lemma == "take":
                    self.took_part(token)
                if lemma in ("give", "hand", "present", "award") and any(
                    c.lower_ == "to" for c in token.children
                ):
                    # "The Screenplay Prize was given to A and B for Casa Roja"
                    self.went_to(token)
                if lemma == "lose":
                    self.lost_to(token)
                if lemma == "remake":
                    self.remade_as(token)
                if lemma in ("join", "board"):
                    self.joined_cast(token)
                elif lemma in self.joined_as_verbs and (subj := _subject_of(token)) is not None:
                    # "Naomi Achterberg was announced as director", "came aboard as
                    # co-producer"
                    self.joined_as(token, subj)
                if lemma == "shoot" and tag == "VBN" and not _perfect(token):
                    self.shot_by(token)
                elif lemma == "shoot":
                    self.shot(token)
                elif lemma == "cut" and tag == "VBN" and not _perfect(token):
                    # "it was shot by X and cut by Y"; not "she has cut all four"
                    self.shot_by(token, "filmEditor")
                elif lemma == "cut" and pos == "VERB":
                    # "She cut Glasslight (2022)", "Vollmer cut it"
                    self.shot(token, "filmEditor")
                if lemma == "cast":
                    self.cast_self(token)
                if lemma in _CO_STAR_VERBS:
                    self.co_stars(token)
                if lemma in _RIGHTS_VERBS:
                    self.acquired_rights(token)
                if lemma in self.marry_verbs or (
                    lemma == "be"
                    and any(c.dep_ == "acomp" and c.lower_ == "married" for c in token.children)
                ):
                    # "Rasmus Lindqvist-Holm, who is married to Aubry-Lenoir"
                    self.married(token)
                if lemma in self.handling_verbs:
                    self.handles_part(token)

                if lemma == "come":
                    self.comes_from(token)
                if lemma in ("cost", "budget") and pos == "VERB":
                    # "The film cost $2 million", "Budgeted at €22M, the film ..."
                    self.budget(token)
                if lemma in ("make", "shoot", "produce", "film", "complete", "finance"):
                    # "made for a reported £3.2m", "shot for under IR£200,000"
                    self.made_for_money(token)
                if lemma == "be":
                    self.copula_about(token)
                    self.nationality(token)
                if lemma in ("follow", "feature", "center", "centre", "focus", "portray", "star"):
                    self.plot_character(token)
                if (
                    (lemma in self.lex.opening["plot_verbs"] and lemma != "feature")
                    or (characters and pos == "VERB")
                    or (dep == "ROOT" and tag in ("VBZ", "VBP"))
                ):
                    self.plot_places(token)
            if pos in ("NOUN", "PROPN") or (
                lower in lex.film_nouns
                and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
            ):
                if lemma in lex.film_nouns or lemma in lex.forms or lower in lex.film_nouns:
                    self.film_noun(token)
                elif (described := self.genre_head(token)) is not None:
                    # "The Saltmaker's Wife (2025) is a gothic mystery"
                    self.film_noun(token, described)
                elif lemma in lex.relations["production_nouns"] and dep == "ROOT":
                    # "A Greylag Films / Corrib Screen production.", below a film's credits
                    self.film_noun(token)
                if lemma in self.based_nouns:
                    self.based_on_noun(token)
                if lemma in lex.film_nouns or lemma == "work":
                    self.work_as_role(token)
                if lemma in self.nomination_nouns:
                    self.nomination_noun(token)
                if lemma in self.winner_nouns:
                    self.winner_noun(token)
                if lemma in self.cast_nouns:
                    self.cast_noun(token)
                if lemma in ("debut",):
                    self.debut(token)
                if lemma == "release" and pos == "NOUN":
                    self.release_noun(token)
                if lemma in self.filming_nouns:
                    self.filming_noun(token)
                if lower in ("stages", "soundstage", "soundstages"):
                    self.stages_in(token)
                if lemma in ("budget", "cost"):
                    self.budget(token)
                if lemma in ("credit", "feature", "film", "job", "assignment", "movie"):
                    # "Her first credit as ... came on X", "Her first feature as director of
                    # photography was Paper Tigers Sleep (1997)"
                    self.credit_as(token)
                if lemma in self.lex.relations["film_parts"] and lemma != "description":
                    self.part_by(token, self.lex.relations["film_parts"][lemma])
                if lemma in self.collaboration_nouns or (
                    lemma == "production" and token.i >= 2 and doc[token.i - 2].lower_ == "co"
                ):
                    self.collaboration(token)
                if lemma in self.submission_nouns:
                    self.submission(token)
                if tag == "NNS" and lemma in self.appear_verbs:
                    self.appear_in(token)
                if lemma in self.lex.opening["part_nouns"]:
                    self.part_as(token)
                if lemma in self.spouse_nouns:
                    self.spouse_noun(token)
                if lemma in self.role_nouns and (
                    # "our DP was Nadia Petrosyan": an abbreviated role
                    text.islower()
                    or (text.isupper() and len(text) <= 3)
                    # "Director Arlo Fenwick cast ...": a title opening the sentence
                    or (
                        token.is_title
                        and token.i == token.sent.start
                        and token.i + 1 < len(doc)
                        and self.ctx.ref_at(token) is None
                        and _is_person_at(self.ctx, doc[token.i + 1])
                    )
                ):
                    self.role_noun(token, _noun_role(token, self.role_nouns[lemma]))
            if (
                lower in ("winning", "nominated")
                and token.i >= 2
                and doc[token.i - 1].text in ("-", "–")
            ):
                self.award_adjective(token)
            if (
                lower in ("stars", "starring", "features", "featuring")
                and pos not in ("VERB", "AUX")
                and token.i > 0
            ):
                self.cast_verb(token)
            if (
                pos == "VERB"
                and lower in self.role_nouns
                and token.i + 1 < len(doc)
                and _is_person_at(self.ctx, doc[token.i + 1])
            ):
                # "belongs to cinematographer Yusuf Demirel", which the tagger read as a verb
                self.role_noun(token, self.role_nouns[lower])
            if lower in ("marries", "married", "weds", "wed"):
                self.married_words(token)
            if lower == "star" and token.i > 0 and doc[token.i - 1].lower_ == "to":
                # "attached to star", which the parse may read as a noun
                self.attached_to_star(token)
            if lower == "for" and token.head.ent_type_ == "MONEY":
                self.grossed_for(token)
            if text == "(":
                self.parenthesis(token)
            if (
                dep in ("csubj", "nsubj")
                and pos == "VERB"
                and lower in self.filming_nouns
                and token.head.lemma_ in ("take", "begin", "start", "commence", "wrap", "end")
            ):
                # "Filming for Home Alone 2 took place in Chicago", the noun parsed as a verb
                self.filming_noun(token)
            if dep == "poss":
                self.possessive(token)
            elif (
                tag == "PRP$"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ in self.lex.opening["latest_words"]
            ):
                # "Her next, Kettle Hill (2007), ...", whatever relations the parse gave
                self.pronoun_work(token, doc[token.i + 1])
            if token.like_num and token.i + 2 < len(doc):
                self.rating(token)
            if text[:1] in _STARS and (token.i == 0 or doc[token.i - 1].text[:1] not in _STARS):
                self.stars(token)
            if lower in ("production", "coproduction", "co-production", "based"):
                self.country_cue(token)

    def place_set(self) -> None:
        """ "a Paris-set comedy", "the Lagos-set thriller": where a film is set, as a
        compound before its noun."""
        ctx = self.ctx
        doc = ctx.doc
        for token in words_in(doc, _PLACE_SET):
            if token.i < 2 or doc[token.i - 1].text not in ("-", "‐"):
                continue
            place = ctx.ref_at(doc[token.i - 2])
            if place is None and doc[token.i - 2].pos_ == "PROPN":
                # "a Thames-set drama": only a place is where a story is set
                run = capitalised_run(
                    doc, token.i - 2, doc[token.i - 2].sent.start, token.i - 1, ctx.lex
                )
                if run is not None:
                    place = EntityRef(EntityType.PLACE, doc[run[0] : run[1]].text)
            if place is None or place.type is not EntityType.PLACE:
                continue
            noun = next(
                (t for t in doc[token.i + 1 : min(len(doc), token.i + 4)] if t.pos_ == "NOUN"),
                None,
            )
            if noun is None:
                continue
            film = ctx.film_of(noun) or self.genre_head(noun)
            if film is not None and film.type is EntityType.FILM:
                ctx.emit(
                    film, "narrativeLocation", place, (doc[token.i - 2], token), "location:set-in"
                )

    def genre_head(self, noun: Token) -> EntityRef | None:
        """The film a genre noun says what it is: "X is a gothic mystery"."""
        ctx = self.ctx
        if noun.i not in ctx.genre_at:
            return None
        # "The Cartographer (2007), a historical adventure set in Lisbon"
        before = ctx.film_before_comma(noun.left_edge.i)
        if before is not None and before.type is EntityType.FILM:
            return before
        doc = ctx.doc
        after = ctx.ref_at(doc[noun.i + 1]) if noun.i + 1 < len(doc) else None
        if (
            after is not None
            and after.type is EntityType.FILM
            and ctx.mention_start(doc[noun.i + 1]) == noun.i + 1
        ):
            # "the ghost story Tuckamore (2019)": the title after its genre
            return after
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return None
        subj = _subject_of(noun.head)
        ref = ctx.ref_at(subj) if subj is not None else None
        return ref if ref is not None and ref.type is EntityType.FILM else None

    # -- people who made the film ---------------------------------------------------------

    def role_verb(self, verb: Token, lemma: str) -> None:
        ctx = self.ctx
        roles = self.role_verbs[lemma]
        if (
            verb.dep_ in ("xcomp", "advcl")
            and verb.head.lemma_.casefold() in _OFFER_VERBS
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ == "dobj" for c in verb.head.children)
        ):
            # "Doyle-Ferrante had first approached Juno Calloway to score the film": an
            # offer, whoever it went to, and no credit
            return
        hired = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if (
            verb.dep_ in ("xcomp", "advcl")
            and verb.head.lemma_.casefold() in _HIRE_VERBS
            and hired is not None
            and "Person" in roles
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
            and not _negated(verb.head, ctx.negated)
        ):
            # "The studio hired Tom Hale to direct the film": the one hired does it
            person = ctx.agent_of(hired, (EntityType.PERSON,))
            work = next((c for c in verb.children if c.dep_ == "dobj"), None)
            film = ctx.film_of(work) if work is not None else None
            if person is not None and person.type is EntityType.PERSON:
                film = film or ctx.salient_film(verb.i)
                ctx.emit(film, roles["Person"], person, (hired, verb), "role-verb:hired-to")
            return
        if any(c.dep_ == "dobj" and c.lemma_.casefold() in _IDIOM_OBJECTS for c in verb.children):
            # "makes a charming screen debut as Luz", "made an appearance": no film made
            return
        agents = _agents(verb)
        partners: list[Token] = []
        if not agents and verb.tag_ == "VBN" and lemma.startswith("co-"):
            # "Grey Harbour was co-written with Nessa Quinlan": the partner shares the credit
            partners = [o for o in _named_in(_prep_objects(verb, ("with",))) if self.maker_at(o)]
            agents = partners
        subject = _subject_of(verb)
        if agents and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i:
            # "Cinematography was by X, editing by Y": a gerund with its own "by", which
            # credits its own role for the film in hand, not the clause's subject's
            for agent in agents:
                made = self.maker_at(agent)
                if made is not None and "Person" in roles:
                    film = ctx.salient_film(verb.i)
                    ctx.emit(film, roles["Person"], made, (verb, agent), "role-verb:film-part")
            return
        part = (
            self.lex.relations["film_parts"].get(subject.lemma_.casefold())
            if subject is not None and subject.lemma_.casefold() != "description"
            else None
        )
        if (
            agents
            and part is not None
            and subject is not None
            and roles.get("Person") != "director"
        ):
            # "The score was composed by Yannick Ferland": the maker of a part of the film
            # (but "a screenplay written by A and directed by B": B directed the film)
            owners = _prep_objects(subject, ("for", "of")) + [
                c for c in subject.children if c.dep_ == "poss"
            ]
            film = next((f for o in owners if (f := ctx.film_of(o)) is not None), None)
            film = film or ctx.salient_film(verb.i)
            for agent in agents:
                ctx.emit(film, part, self.maker_at(agent), (verb, agent), "role-verb:film-part")
            if lemma in ("write", "co-write", "compose"):
                # "The screenplay was written by Abara with Tomás Quevedo": a partner
                partners = _prep_objects(verb, ("with",)) + [
                    o for agent in agents for o in _prep_objects(agent, ("with",))
                ]
                for partner in _named_in(partners):
                    other = ctx.person_despite_tagger(partner) or ctx.ref_at(partner)
                    if other is not None and other.type is EntityType.PERSON:
                        ctx.emit(film, part, other, (verb, partner), "role-verb:film-part")
            return
        if agents:
            if subject is None and verb.dep_ == "advcl" and verb.i < verb.head.i:
                # "Written by X, the film starred ...": the main clause's subject
                subject = _subject_of(verb.head)
            film = ctx.film_at(subject, verb)
            if verb.tag_ == "VBN" and (ctx.film_of(subject) is None):
                # "NIGHTWATER (Canada), directed by Colm Ferriday": the participle's film is
                # the title before its comma, past the bracket the parse took for the head
                film = ctx.film_before_comma(verb.i) or film
            nameless = subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON")
            if film is None and nameless and verb.tag_ == "VBN":
                named = ctx.fronted_film(verb)
                if named is not None:
                    film = named
                elif _opens_note(verb):
                    # "Photographed by Ahn Ji-sook; produced by Cheongsan Films.": a note's
                    # fragments about the film in hand
                    film = ctx.salient_film(verb.i)
                elif verb.dep_ == "acl":
                    # "Documentary about fishing families produced by X."
                    film = ctx.fragment_film(verb.head)
            # "Dust Parade and Harbour Nine were edited by X": each of the films
            films = [film] + [
                other
                for c in (subject.conjuncts if subject is not None and film is not None else ())
                if (other := ctx.film_of(c)) is not None
                and other.type is EntityType.FILM
                and other != film
            ]
            for agent in agents:
                ref = self.maker_at(agent) if agent in partners else ctx.agent_of(agent)
                if ref is None:
                    # "Written by her husband, the playwright Callan Dewhurst,"
                    ref = next(
                        (
                            found
                            for named in _named_in([agent])[1:]
                            for t in (named, *_named_in([named])[1:])
                            if (found := ctx.agent_of(t)) is not None
                        ),
                        None,
                    )
                if (
                    ref is not None
                    and ref.type is EntityType.ORGANIZATION
                    and "Person" in roles
                    and personal_name(ref.name, self.lex)
                    and any(
                        (company := ctx.ref_at(o)) is not None
                        and company.type is EntityType.ORGANIZATION
                        for o in _prep_objects(verb, ("for",)) + _prep_objects(agent, ("for",))
                    )
                ):
                    # "produced by Margit Oyelowo-Stahl for Kestrel Vale Films": a person
                    # produces for a company, whatever the tagger made of the name
                    ref = EntityRef(EntityType.PERSON, ref.name)
                if ref is None and set(roles) == {"Organization"} and ctx.ref_at(agent) is None:
                    # "Distributed by Tallowmere, the film ...": a name no mention covers,
                    # in a slot only companies fill
                    ref = ctx.guess(agent, EntityType.ORGANIZATION)
                if (
                    ref is not None
                    and ref.type is EntityType.PERSON
                    and agent.lemma_.casefold() in self.company_nouns
                    and ctx.ref_at(agent) is None
                ):
                    # "produced by the small Istanbul studio Ayfilm Yapım": a company's name,
                    # whatever the tagger made of it
                    ref = EntityRef(EntityType.ORGANIZATION, ref.name)
                ref = self.company_despite_tagger(ref, roles)
                if ref is not None and ref.type.value in roles:
                    rule = (
                        "role-verb:by-role-noun"
                        if ctx.ref_at(agent) is None
                        else "role-verb:passive-agent"
                    )
                    for credited in films:
                        ctx.emit(credited, roles[ref.type.value], ref, (verb, agent), rule)
            # "produced by X for Company"
            if "Organization" in roles:
                for obj in _prep_objects(verb, ("for",)):
                    ref = ctx.ref_at(obj)
                    if ref is not None and ref.type is EntityType.ORGANIZATION:
                        ctx.emit(
                            film, roles["Organization"], ref, (verb, obj), "role-verb:passive-agent"
                        )
            return
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            return
        if lemma == "present":
            # a show is "presented by" its host; a maker "will present her film" at a festival
            return
        # active: "X directed Y", "Studio produced Y"
        subj = _subject_of(verb)
        if subj is None and verb.dep_ == "xcomp":
            # "Imke Sollner has signed to direct Pale Quarry"
            subj = _subject_of(verb.head)
        pronoun = next(
            (
                c.lower_
                for c in verb.children
                if c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
            ),
            None,
        )
        doer = next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj"
                and c.lower_ not in ("which", "who", "that")
                and (found := ctx.ref_at(c)) is not None
                and found.type is EntityType.PERSON
            ),
            None,
        )
        if verb.dep_ == "relcl" and pronoun in ("which", "that") and doer is not None:
            # "The Salt Orchard which uh Tobias Wrenfield directed", parsed with two subjects:
            # the pronoun is the clause's object, the person its subject
            film = ctx.film_of(verb.head)
            maker = ctx.ref_at(doer)
            if film is not None and film.type is EntityType.FILM and maker is not None:
                role = roles.get(maker.type.value)
                if role is not None:
                    ctx.emit(film, role, maker, (doer, verb), "role-verb:active")
            return
        which = verb.dep_ == "relcl" and pronoun == "which"
        if verb.dep_ == "relcl" and pronoun is not None:
            # "Meridian Crest, which also distributes the film, ...", "Yusuf Demirel, who
            # helmed the original Hollow Choir": the clause's noun ("which" is no person)
            subj = verb.head
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is None:
            for conj in verb.conjuncts:
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                    # "X directed, and Y wrote the script": Y's object, not X's
                    continue
                dobj = next((c for c in conj.children if c.dep_ == "dobj"), None)
                if dobj is not None:
                    break
        backers = [
            ref
            for o in _prep_objects(verb, ("for",))
            if (ref := ctx.ref_at(o)) is not None and ref.type is EntityType.ORGANIZATION
        ]
        if (
            dobj is None
            and subj is not None
            and backers
            and "Person" in roles
            and "Organization" in roles
            and (
                verb.tag_ in ("VBD", "VBZ", "VBP")
                # a past tense the tagger read as a participle, with its own subject
                or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children))
                # "Marlow Finch is producing for Stillwater Yard"
                or (verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children))
            )
        ):
            # "Jonah Pell and Lise Ambrose produced for Cormorant": the film in hand's
            # producers, and the company they produced it for
            film = ctx.salient_film(verb.i)
            for who in (subj, *subj.conjuncts):
                maker = self.maker_at(who)
                ctx.emit(film, roles["Person"], maker, (who, verb), "role-verb:intransitive")
            for company in backers:
                ctx.emit(film, roles["Organization"], company, (verb,), "role-verb:intransitive")
            return
        parts = self.lex.relations["film_parts"]
        scripts = [
            o
            for o in _prep_objects(verb, ("from",))
            if parts.get(o.lemma_.casefold()) == "screenwriter"
        ]
        if (
            dobj is None
            and subj is not None
            and scripts
            and lemma in ("direct", "co-direct")
            and (maker := self.maker_at(subj)) is not None
        ):
            # "Park Min-jun directs from a script by his sister, Park Seo-yeon": the film
            # in hand's director, and its writer
            film = ctx.salient_film(verb.i)
            ctx.emit(film, "director", maker, (subj, verb), "role-verb:intransitive")
            for script in scripts:
                for agent in _named_in(_prep_objects(script, ("by",))):
                    writer = self.maker_at(agent)
                    ctx.emit(film, "screenwriter", writer, (script, agent), "role-noun:part-by")
            return
        if (
            dobj is None
            and subj is not None
            and set(roles) >= {"Person"}
            and verb.tag_ in ("VBD", "VBZ")
            and not any(c.dep_ in ("prep", "prt", "ccomp", "xcomp") for c in verb.children)
            # (not "a ranch drama he wrote and directed": the relative's noun is its object)
            and verb.dep_ != "relcl"
        ):
            # "Imke Sollner directed, and ...": the film in hand
            maker = self.maker_at(subj)
            if maker is not None and lemma in ("direct", "co-direct"):
                film = self.next_sentence_film(verb) or ctx.salient_film(verb.i)
                ctx.emit(film, roles["Person"], maker, (subj, verb), "role-verb:intransitive")
            elif lemma in ("produce", "co-produce") and "Organization" in roles:
                # "Northway Films and Larkspur Entertainment produced.": the film in hand's
                # companies
                film = ctx.salient_film(verb.i)
                for each in _objects(subj):
                    company = ctx.ref_at(each)
                    if company is not None and company.type is EntityType.ORGANIZATION:
                        ctx.emit(
                            film, roles["Organization"], company, (each, verb),
                            "role-verb:intransitive",
                        )  # fmt: skip
            return
        part = parts.get(verb.head.lemma_.casefold()) if verb.dep_ == "relcl" else None
        relative = dobj is None or dobj.lower_ in ("which", "that")
        if relative and subj is not None and part is not None and part in roles.values():
            # "from a screenplay she co-wrote with Peter Raleigh": the part's makers
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            film = ctx.film_of(owner) if owner is not None else None
            film = (
                film
                or ctx.film_of(verb.head.head.head)
                or ctx.fronted_film(verb)
                or ctx.salient_film(verb.i)
            )
            for maker_tok in [subj, *_named_in(_prep_objects(verb, ("with",)))]:
                maker = (
                    ctx.agent_of(maker_tok, (EntityType.PERSON,))
                    or ctx.person_before(maker_tok)
                    or ctx.person_despite_tagger(maker_tok)
                )
                ctx.emit(film, part, maker, (verb.head, maker_tok), "role-verb:film-part")
            return
        if dobj is None and subj is not None and "Person" in roles:
            # "Halfway to Mesa, the neo-western thriller Dom Threl is set to direct": a
            # film noun, then its maker and the role verb, the relative pronoun left out
            start = ctx.mention_start(subj) if ctx.ref_at(subj) is not None else subj.i
            maker = ctx.ref_at(subj)
            if maker is None and subj.lower_ in ("he", "she"):
                # "Fence Lines (2019), a ranch drama he wrote and directed"
                maker = self.pronoun_person(subj)
            before = ctx.doc[start - 1] if start > 0 else None
            if (
                maker is not None
                and maker.type is EntityType.PERSON
                and before is not None
                and (
                    before.lemma_.casefold() in self.lex.film_nouns
                    or (before.lower_ in self.lex.genres and before.pos_ == "NOUN")
                )
                and verb.i > subj.i
            ):
                k = before.i
                while (
                    k > before.sent.start
                    and ctx.doc[k - 1].pos_ in ("ADJ", "NOUN", "DET", "PUNCT", "NUM")
                    and ctx.doc[k - 1].text != ","
                ):
                    k -= 1
                film = ctx.film_of(before) or ctx.film_before_comma(k)
                if film is not None:
                    ctx.emit(
                        film, roles["Person"], maker, (before, subj, verb), "role-verb:relative"
                    )
                    for also in verb.conjuncts:
                        # "he wrote and directed": each of the roles
                        more = self.role_verbs.get(also.lemma_.casefold(), {}).get("Person")
                        if more is not None and not any(
                            c.dep_ in ("nsubj", "dobj") for c in also.children
                        ):
                            ctx.emit(film, more, maker, (before, subj, also), "role-verb:relative")
            return
        if subj is None or dobj is None:
            return
        # "My own company, Maré Alta Filmes, produced it": the name in apposition
        appositive = next(
            (ref for c in subj.children if c.dep_ == "appos" and (ref := ctx.ref_at(c))), None
        )
        maker = ctx.agent_of(subj) or ctx.ref_at(subj) or appositive or self.pronoun_person(subj)
        if (
            maker is not None
            and maker.type.value not in roles
            and set(roles) == {"Person"}
            and maker.type in _WEAK_NER
            and (
                personal_name(maker.name, self.lex)
                # "Ekwueme wrote the screenplay": a surname the tagger read otherwise
                or (" " not in maker.name and self.lex.country(maker.name) is None)
            )
        ):
            # "Lucan Ferroway directed The Amber Circuit": only a person directs
            maker = EntityRef(EntityType.PERSON, maker.name)
        if (
            lemma == "make"
            and maker is not None
            and maker.type is EntityType.PERSON
            and (made := ctx.ref_at(dobj)) is not None
            and made.type is EntityType.FILM
        ):
            # 'she made "The Gardener's Daughters" (1994)': a maker's film, as writing about
            # a director's career puts it
            ctx.emit(made, "director", maker, (subj, verb, dobj), "role-verb:made")
            return
        maker = self.company_despite_tagger(maker, roles, which)
        if maker is None or maker.type.value not in roles:
            return
        part_noun = dobj.lemma_.casefold()
        part = (
            self.lex.relations["film_parts"].get(part_noun) if part_noun != "description" else None
        )
        if part is not None and maker.type is EntityType.PERSON:
            # "Moreau, who also wrote the screenplay", "X composed the score for Y"
            owners = _prep_objects(dobj, ("for", "of")) + _prep_objects(verb, ("for",))
            film = next((f for o in owners if (f := ctx.film_of(o)) is not None), None)
            film = film or ctx.salient_film(verb.i)
            trade = self.role_nouns.get(subj.lemma_.casefold())
            if trade is None or trade == part or trade == "director":
                # (not "the cinematographer, X, returns, and Y is writing the score", which
                # the parse makes the cinematographer's writing)
                ctx.emit(film, part, maker, (subj, verb, dobj), "role-verb:film-part")
            for other_tok in _objects(subj)[1:]:
                # "Hugo Almeida and I wrote the script"
                other = ctx.agent_of(other_tok, (EntityType.PERSON,))
                ctx.emit(film, part, other, (other_tok, verb, dobj), "role-verb:film-part")
            # "co-wrote the script with her brother Marek": the partner shares the part
            for partner in _named_in(
                _prep_objects(dobj, ("with",)) + _prep_objects(verb, ("with",))
            ):
                # a writing partner is a person, whatever the tagger made of the name
                other = ctx.person_despite_tagger(partner) or ctx.ref_at(partner)
                if other is not None and other.type is EntityType.PERSON and other != maker:
                    ctx.emit(film, part, other, (verb, partner), "role-verb:film-part")
            return
        for obj in _objects(dobj):
            if (
                obj.lemma_.casefold() in self.lex.work_nouns - self.lex.film_nouns
                and ctx.ref_at(obj) is None
            ):
                # "who wrote eleven Quell novels": books, whatever title they carry
                continue
            film = ctx.film_of(obj)
            if film is None and obj.lower_ in ("that", "which") and verb.dep_ == "relcl":
                # "a horror picture that Desmond Okafor will direct"
                film = ctx.film_of(verb.head)
            named = ctx.ref_at(obj)
            if (
                film is None
                and named is not None
                and named.type in (EntityType.ORGANIZATION, EntityType.PLACE)
                and maker.type is EntityType.PERSON
                and obj.dep_ == "dobj"
            ):
                # what a person directs or writes is a work, whatever the tagger said
                film = EntityRef(EntityType.FILM, named.name)
            if film is not None and film.type is EntityType.FILM:
                ctx.emit(
                    film, roles[maker.type.value], maker, (subj, verb, obj), "role-verb:active"
                )
                if roles.get("Organization") == "productionCompany":
                    # "who also produced it through her company Stillwater Nord"
                    for company, tok in self.companies_through(verb):
                        ctx.emit(
                            film, "productionCompany", company, (verb, tok), "role-verb:active"
                        )
                # "co-wrote Brine with Yannick Le Goff": the partner shares the role
                for partner in _named_in(
                    _prep_objects(obj, ("with",)) + _prep_objects(verb, ("with",))
                ):
                    # (a person's partner is a person, whatever the tagger made of the name)
                    named = ctx.ref_at(partner)
                    other = (
                        ctx.person_despite_tagger(partner)
                        if maker.type is EntityType.PERSON
                        and named is not None
                        and personal_name(named.name, self.lex)
                        else None
                    ) or named
                    if other is not None and other.type is maker.type and other != maker:
                        ctx.emit(
                            film,
                            roles[other.type.value],
                            other,
                            (verb, partner),
                            "role-verb:active",
                        )

    def handles_part(self, verb: Token) -> None:
        """ "Ottilie Marsh will provide the score", "with Meridian Arc handling distribution
        in the UK": who takes charge of a part of the film in hand has its role."""
        ctx = self.ctx
        part = next((c for c in verb.children if c.dep_ == "dobj"), None)
        role = self.handled_parts.get(part.lemma_.casefold()) if part is not None else None
        subj = _subject_of(verb)
        if part is None or role is None or subj is None:
            return
        if any(c.dep_ == "poss" and c.lower_ not in ("its", "the") for c in part.children):
            # "she handled her own distribution": someone else's
            return
        company = role in ("distributor", "productionCompany")
        who = ctx.agent_of(subj, (EntityType.ORGANIZATION,) if company else (EntityType.PERSON,))
        named = ctx.ref_at(subj)
        if who is None and company and named is not None and named.type in _WEAK_NER:
            # distribution is a company's work, whatever the tagger made of the name
            who = EntityRef(EntityType.ORGANIZATION, named.name)
        if who is None and not company:
            who = self.maker_at(subj)
        if who is None or (company and who.type is not EntityType.ORGANIZATION):
            return
        owners = _prep_objects(part, ("for", "of")) + _prep_objects(verb, ("for",))
        film = next((f for o in owners if (f := ctx.film_of(o)) is not None), None)
        film = film or ctx.salient_film(verb.i)
        ctx.emit(film, role, who, (subj, verb, part), "role-verb:handles-part")

    def companies_through(self, verb: Token) -> Iterator[tuple[EntityRef, Token]]:
        """The companies a maker worked "through": "through her company Stillwater Nord",
        "through Halfmoon Films" (a company's name, whatever the tagger made of it)."""
        ctx = self.ctx
        for obj in _prep_objects(verb, ("through", "via")):
            ref = ctx.ref_at(obj)
            if ref is not None and ref.type is EntityType.ORGANIZATION:
                yield ref, obj
            elif obj.lemma_.casefold() in ("company", "banner", "outfit", "studio", "shingle"):
                for name in _named_in([obj])[1:]:
                    named = ctx.ref_at(name)
                    if named is not None and named.type in _WEAK_NER:
                        yield EntityRef(EntityType.ORGANIZATION, named.name), name

    def film_noun(self, noun: Token, film: EntityRef | None = None) -> None:
        """Facts packed around a film noun: "a 2011 Japanese animated comedy film by X"."""
        ctx = self.ctx
        doc = ctx.doc
        if (
            noun.i >= 2
            and doc[noun.i - 1].text in ("-", "–", "—")
            and (award := ctx.ref_at(doc[noun.i - 2])) is not None
            and award.type is EntityType.AWARD
        ):
            # "the Best Actor – Drama trophy": an award category, not the film's genre
            return
        lex = self.lex
        head = noun.head
        if (
            film is None
            and noun.dep_ == "compound"
            and head.i == noun.i + 1
            and (head.lemma_ in lex.film_nouns or head.lemma_ in lex.forms)
            and any(
                c.dep_ == "appos"
                and (ref := ctx.ref_at(c)) is not None
                and ref.type is EntityType.FILM
                for c in head.children
            )
        ):
            # "the horror sequel X": the head noun reads the phrase for the film it names
            return
        if (
            film is None
            and noun.lemma_.casefold() in ("remake", "sequel", "prequel")
            and any(c.lower_ == "the" for c in noun.children)
            and ctx.ref_at(noun) is None
            and not any(
                ctx.ref_at(t) is not None
                for t in (*noun.children, *doc[noun.i + 1 : noun.i + 2])
                if t.i > noun.i
            )
        ):
            # "the American remake, which was": another film than the one in hand
            return
        if (
            film is None
            and noun.tag_ == "NNS"
            and ctx.ref_at(noun) is None
            and not _member_of_films(noun)
        ):
            # "the most admired British thrillers of the 1970s": many films, none in hand
            # (but "X was the first of three Taiwanese films to win ...": one of them)
            return
        named = ctx.ref_at(doc[noun.i + 2]) if noun.i + 2 < len(doc) else None
        if (
            film is None
            and named is not None
            and named.type is EntityType.FILM
            and doc[noun.i + 1].text == ","
        ):
            # "His last film is a documentary, Las manos de Kazuo (2016)": the title after
            # the comma, whatever the parse hung it on
            film = named
        film = film or ctx.film_of(noun)
        if (
            film is None
            and noun.dep_ == "ROOT"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            and (
                any(c.dep_ == "prep" and c.lower_ in ("from", "by", "about") for c in noun.children)
                or (
                    noun.lemma_.casefold() in lex.relations["production_nouns"]
                    and any(
                        (ref := ctx.ref_at(t)) is not None and ref.type is EntityType.ORGANIZATION
                        for t in doc[noun.left_edge.i : noun.i]
                    )
                )
            )
        ):
            # "A quiet Norwegian family drama from X about Y.", "A Greylag Films / Corrib
            # Screen production.": a sentence that only describes the film in hand
            film = ctx.salient_film(noun.i)
        if (
            film is None
            and noun.dep_ == "ROOT"
            and any(
                c.dep_ == "poss"
                and (ref := ctx.ref_at(c)) is not None
                and ref.type is EntityType.PERSON
                for c in noun.children
            )
        ):
            # "[12:40] SMALL PRINT (2021). Tobias Kettering's heist comedy about ...": the
            # entry's own film, described
            film = ctx.entry_film(noun.i)
        if film is None or (
            film not in ctx.refs
            and (
                self.lex.country(film.name) is not None
                # "Tags: horror, folk horror": a line's label, no film
                or re.search(rf"(?m)^[ \t]*{re.escape(film.name)}[ \t]*:", doc_text(doc))
            )
        ):
            # "Norway | Drama": a country's name is no film's, unless the text names a
            # film so ("Brazil is a 1985 film")
            return
        lo = noun.left_edge.i
        if lo == noun.i:
            # "a 2016 Canada/France animated short", which the parse broke apart: the
            # modifiers back to the article
            for i in range(noun.i - 1, max(noun.sent.start, noun.i - 9) - 1, -1):
                word = doc[i]
                if word.lower_ in ("a", "an"):
                    lo = i
                    break
                if not (
                    word.pos_ in ("ADJ", "NUM", "PROPN", "NOUN", "SYM")
                    or word.tag_ in ("VBN", "VBG")
                    or word.text in ("-", "/", "–")
                ):
                    break
        words = self.lex.relations["animation_words"]
        phrase = doc[lo : noun.i + 1]
        cartoon = any(t.lower_ in words for t in phrase) or (
            noun.lower_ == "subject" and noun.i > 0 and doc[noun.i - 1].lower_ == "short"
        )
        # pre-modifiers: years, demonyms, genres, studio names
        i = lo
        while i < noun.i:
            token = doc[i]
            ref = ctx.ref_at(token)
            if ref is not None and ref.type in _FILMLIKE:
                i += 1
                continue
            if (
                is_year(token)
                # (not "the 1964 and 1998 films": several films, none of them this one)
                and noun.tag_ != "NNS"
                and (
                    token.head.i >= noun.i
                    # "a 1912 Russian stop-motion film", the year hung on a modifier
                    or not any(t.pos_ == "ADP" for t in doc[token.i : noun.i])
                )
            ):
                ctx.emit(
                    film, "publicationDate", Year(int(token.text)), (token, noun), "date:film-year"
                )
            country = self.country_at(i, noun.i)
            if country is not None:
                name, width = country
                ctx.emit(
                    film,
                    "countryOfOrigin",
                    EntityRef(EntityType.PLACE, name),
                    (doc[i], noun),
                    "country:demonym",
                )
                i += width
                continue
            if (
                i in ctx.genre_at
                and not (ref is not None and ctx.genre_at[i][0] < ctx.mention_end(i))
                and not (token.pos_ == "ADJ" and ctx.genre_at[i][0] == i + 1 and i + 1 < noun.i)
            ):
                # an adjective names a genre only next to its noun ("an epic film", not
                # "an epic space opera film")
                end, label = ctx.genre_at[i]
                ctx.emit(
                    film,
                    "genre",
                    EntityRef(EntityType.GENRE, label),
                    (doc[i], noun),
                    "genre:film-noun",
                )
                i = end
                continue
            if (
                ref is not None
                and ref.type in (EntityType.PERSON, EntityType.PLACE)
                and cartoon
                and token.pos_ == "PROPN"
                and token.dep_ in ("compound", "nmod", "conj")
            ):
                # "a 1938 Donald Duck and Goofy cartoon": the characters it stars (not
                # "Lee's animated feature": its maker)
                end = i
                while end < noun.i and ctx.owner[end] == ctx.owner[i]:
                    end += 1
                if doc[end].lower_ in _POSSESSIVE_MARKS:
                    i = end
                    continue
                ctx.emit(
                    film,
                    "character",
                    EntityRef(EntityType.CHARACTER, ref.name),
                    (token, noun),
                    "character:cartoon-star",
                )
                i = end
                continue
            named_person = ref is not None and any(
                r.name != ref.name
                and r.name.endswith(" " + ref.name)
                and (r.type is EntityType.PERSON or personal_name(r.name, self.lex))
                for r in ctx.refs
            )
            if (
                ref is not None
                and ref.type is EntityType.ORGANIZATION
                and token.dep_ == "poss"
                and named_person
                # (not "Ibáñez's last film with him": a film she made with its director)
                and not _made_with(noun)
            ):
                # "Marchetti-Vance's 2019 debut", the surname of "Odile Marchetti-Vance",
                # whatever the tagger made of it: the film's director
                person = next(
                    EntityRef(EntityType.PERSON, r.name)
                    for r in ctx.refs
                    if r.name.endswith(" " + ref.name)
                    and (r.type is EntityType.PERSON or personal_name(r.name, self.lex))
                )
                ctx.emit(film, "director", person, (token, noun), "possessive:person-film")
            elif (
                ref is not None
                and ref.type is EntityType.ORGANIZATION
                and token.dep_ in ("compound", "nmod", "poss")
                and not named_person
            ):
                ctx.emit(
                    film, "productionCompany", ref, (token, noun), "compound:organization-film"
                )
            event = self.event_at(token, start=i)
            if event is not None:
                # "a World War II propaganda film": the war is what the film is about
                ctx.emit(film, "mainSubject", event, (token, noun), "subject:event-film")
                while i + 1 < noun.i and doc[i + 1].ent_type_ == "EVENT":
                    i += 1
            i += 1
        if noun.i in ctx.genre_at and ctx.genre_at[noun.i][0] == noun.i + 1:
            ctx.emit(
                film,
                "genre",
                EntityRef(EntityType.GENRE, ctx.genre_at[noun.i][1]),
                (noun,),
                "genre:head-noun",
            )
        # "a film by X"; not "with musical supervision by A, and animation by B", where a
        # bare singular noun names a craft's credit
        bare = noun.tag_ == "NN" and lo == noun.i and noun.dep_ not in ("ROOT", "appos")
        # "the part is played in the finished film by Colm Reddy": the passive's agent, not
        # the film's maker
        passive = noun.dep_ == "pobj" and noun.head.head.tag_ == "VBN"
        for obj in [] if bare or passive else _prep_objects(noun, ("by",)):
            ref = ctx.agent_of(obj)
            if ref is None:
                continue
            if (
                ref.type is EntityType.ORGANIZATION
                and ctx.ref_at(obj) == ref
                and not any(
                    w in self.lex.studio_words or w in self.lex.org_suffixes
                    for w in ref.name.split()
                )
                and len(ref.name.split()) >= 2
            ):
                # "the comedy by Lorcan Quill": a film is by its maker; a studio's film is
                # "from" it, or the studio's name says it is one
                ref = EntityRef(EntityType.PERSON, ref.name)
            if ref.type is EntityType.PERSON:
                role = self.role_nouns.get(obj.lemma_.casefold())
                kinds = [noun] + [c for c in noun.children if c.dep_ == "compound"]
                if any(
                    c.lemma_.casefold() in self.author_nouns
                    for c in (obj, *obj.children)
                    if c.dep_ in ("compound", "appos", "pobj", "amod")
                ):
                    # "an adaptation of the novel X by Indian author Y": the source's author,
                    # not the film's director
                    continue
                if role is not None and ctx.ref_at(obj) is None:
                    ctx.emit(film, role, ref, (noun, obj), "role-verb:by-role-noun")
                elif any(
                    t.lemma_.casefold() in self.lex.work_nouns
                    and t.lemma_.casefold() not in self.lex.film_nouns
                    for t in kinds
                ):
                    # "a manga series by X", "a 1983 novel by X": its author
                    ctx.emit(film, "author", ref, (noun, obj), "work-by:person")
                else:
                    ctx.emit(film, "director", ref, (noun, obj), "film-by:person")
            elif ref.type is EntityType.ORGANIZATION:
                ctx.emit(film, "productionCompany", ref, (noun, obj), "film-by:organization")
        # "the film X, of the French director Y": a translation's "by"
        for obj in [] if bare else _prep_objects(noun, ("of",)):
            role = self.role_nouns.get(obj.lemma_.casefold())
            maker = ctx.agent_of(obj, (EntityType.PERSON,)) if ctx.ref_at(obj) is None else None
            if maker is None:
                continue
            if film.type is EntityType.WORK and (
                role == "screenwriter" or obj.lemma_.casefold() in self.author_nouns
            ):
                # "the novel «X» of the writer Y": the book's author
                ctx.emit(film, "author", maker, (noun, obj), "work-by:person")
            elif film.type is EntityType.FILM and role in ("director", "screenwriter", "producer"):
                ctx.emit(film, role, maker, (noun, obj), "role-verb:by-role-noun")
        # "a short film from Studio X", "the slow-burning drama from Irish filmmaker X"
        for obj in _prep_objects(noun, ("from",)):
            company = self.company_at(obj)
            if company is not None and (
                EntityRef(EntityType.PERSON, company.name) in ctx.refs
                # "the second feature from Odile Marchetti-Vance": a person's name, which the
                # tagger read as a company's
                or (
                    personal_name(company.name, self.lex)
                    and obj.ent_type_ == "ORG"
                    and len(company.name.split()) >= 2
                )
            ):
                # "The next feature from Amandine Tessier", whom the credits name a person
                person = EntityRef(EntityType.PERSON, company.name)
                ctx.emit(film, "director", person, (noun, obj), "film-from:maker")
            elif company is not None:
                ctx.emit(film, "productionCompany", company, (noun, obj), "company:film-from")
            elif obj.lemma_.casefold() in self.role_nouns and ctx.ref_at(obj) is None:
                maker = ctx.agent_of(obj, (EntityType.PERSON,))
                role = self.role_nouns[obj.lemma_.casefold()]
                if role in ("director", "screenwriter", "producer"):
                    ctx.emit(film, role, maker, (noun, obj), "film-from:maker")
            elif (
                (named := ctx.ref_at(obj)) is not None
                and named.type is EntityType.PERSON
                and not any(
                    c.dep_ == "appos" and c.lemma_.casefold() in self.role_nouns
                    for c in obj.children
                )
            ):
                # "a quiet Norwegian family drama from Ragnhild Østby-Moe": its director
                # (not "from Mark Morgan, producer of ...", whom the text gives a part)
                ctx.emit(film, "director", named, (noun, obj), "film-from:maker")
        # "a film about X"
        if noun.dep_ in ("attr", "nsubj", "appos", "ROOT"):
            for obj in _prep_objects(noun, ("about",)):
                self.topic(film, obj, noun, "subject:about")
                if obj.pos_ == "NOUN" and ctx.ref_at(obj) is None:
                    # "a drama about three brothers running a bakery in Tbilisi"
                    self.described_places(film, obj)

    def company_at(self, token: Token) -> EntityRef | None:
        """The organisation a token names, looking through company nouns
        ("the X production company", "his own studio X")."""
        ctx = self.ctx
        ref = ctx.ref_at(token)
        if ref is not None:
            return ref if ref.type is EntityType.ORGANIZATION else None
        if token.lemma_.casefold() not in self.company_nouns:
            return None
        doc = ctx.doc
        near = [c for c in token.children if c.dep_ in ("appos", "compound", "nmod", "npadvmod")]
        if token.i + 1 < len(doc):
            near.append(doc[token.i + 1])
        for tok in near:
            found = ctx.ref_at(tok)
            if found is not None and found.type is EntityType.ORGANIZATION:
                return found
        return None

    def made_for(self, verb: Token, lemma: str) -> None:
        """ "directed by X for Studio Y", "made at Studio Y", "produced with his company Y"."""
        ctx = self.ctx
        preps = tuple(self.company_verbs[lemma])
        targets = _prep_objects(verb, preps)
        # "directed by X for Y": the phrase may hang on the agent
        for agent in _agents(verb):
            targets.extend(_prep_objects(agent, preps))
        if not targets:
            return
        anchor: Token | None = _subject_of(verb)
        if verb.dep_ in ("relcl", "acl"):
            head = verb.head
            # "the first film Kerr made with ...": the maker hangs on the film noun
            maker = ctx.ref_at(head)
            if maker is not None and maker.type is EntityType.PERSON and head.dep_ == "appos":
                head = head.head
            if ctx.film_of(head) is not None:
                anchor = head
        if (
            anchor is not None
            and ctx.ref_at(anchor) is None
            and (maker := ctx.guess(anchor, EntityType.PERSON)) is not None
            and personal_name(maker.name, self.lex)
        ):
            # "Marlow Finch is producing for Stillwater Yard": a person who makes the film
            # for the company, not a film
            return
        film = ctx.film_at(anchor, verb)
        if film is None or film.type is not EntityType.FILM:
            return
        for obj in targets:
            company = self.company_at(obj)
            if company is not None and parse_money(company.name) is None:
                # (not "Made for DM 180,000": an amount, whatever the tagger made of it)
                ctx.emit(film, "productionCompany", company, (verb, obj), "company:made-for")

    def collaboration(self, noun: Token) -> None:
        """ "X marks the third collaboration between director P and Studio Y", "It is a
        co-production with A and Ireland's B", "produced by A in association with B"."""
        ctx = self.ctx
        film = ctx.film_at(None, noun)
        if film is None and noun.dep_ == "attr":
            film = ctx.film_of(_subject_of(noun.head))
        if film is None and noun.dep_ == "pobj":
            # "in association with B": the film of the clause the phrase is in
            verb = noun.head.head
            film = ctx.film_at(_subject_of(verb), verb) if verb.pos_ in ("VERB", "AUX") else None
        if film is None or film.type is not EntityType.FILM:
            return
        lex = self.lex
        objs = _prep_objects(noun, ("between", "with"))
        for obj in [*objs, *(c for o in objs for c in o.conjuncts)]:
            company = self.company_at(obj)
            # a collaboration is often between people: trust only a company-shaped name
            if company is not None and (
                company.name.split()[-1] in lex.org_suffixes
                or company.name.split()[-1] in lex.studio_words
            ):
                ctx.emit(film, "productionCompany", company, (noun, obj), "company:collaboration")

    def country_cue(self, token: Token) -> None:
        """Countries named before "co-production" ("a French/Italian co-production") or
        "-based" ("a Toronto-based studio" names no country; "a Canada-based producer"
        does): the country the sentence's film comes from."""
        ctx = self.ctx
        doc = ctx.doc
        i = token.i - 1
        if token.lower_ == "based":
            if i < 1 or doc[i].text not in ("-", "–"):
                return
            rule, i = "country:based-in", i - 1
        elif token.lower_ == "production":
            if i < 1 or doc[i].text not in ("-", "–") or doc[i - 1].lower_ != "co":
                return
            rule, i = "country:co-production", i - 2
        else:
            rule = "country:co-production"
        found: list[tuple[Token, str]] = []
        lo = max(token.sent.start, i - 10)
        while i >= lo:
            country = self.country_at(i - 1, i + 1) if i > lo else None
            if country is not None and country[1] == 2:
                found.append((doc[i - 1], country[0]))
                i -= 2
            else:
                single = self.country_at(i, i + 1)
                if single is None:
                    break
                found.append((doc[i], single[0]))
                i -= 1
            if rule == "country:based-in":
                break
            if i >= lo and doc[i].text in ("/", ",", "-", "–", "and"):
                i -= 1
                continue
            break
        if rule == "country:co-production":
            # "a co-production between the United Kingdom, Canada and the United States"
            found.extend(self.countries_after(token))
        if not found:
            return
        # "the French-Belgian co-production stars ...": the co-production is the film
        film = ctx.film_at(token if rule == "country:co-production" else None, token)
        first = min(place.i for place, _ in found)
        if (
            film is None
            and rule == "country:co-production"
            and all(t.lower_ in ("a", "an", "the") for t in doc[token.sent.start : first])
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text == ","
        ):
            # "An Irish-Canadian co-production, the film is set in ...": a fronted phrase
            film = _fronted_film(ctx, token)
        for place, name in reversed(found):
            ctx.emit(
                film, "countryOfOrigin", EntityRef(EntityType.PLACE, name), (place, token), rule
            )

    def countries_after(self, token: Token) -> list[tuple[Token, str]]:
        """The countries listed after "between", "among" or "of" that follows `token`."""
        doc = self.ctx.doc
        end = token.sent.end
        j = token.i + 1
        if j >= end or doc[j].lower_ not in ("between", "among", "of", "involving"):
            return []
        j += 1
        found: list[tuple[Token, str]] = []
        while j < end and len(found) < 8:
            if doc[j].lower_ in ("the", ",", "and", "&"):
                j += 1
                continue
            country = self.country_at(j, min(end, j + 2))
            if country is None:
                break
            found.append((doc[j], country[0]))
            j += country[1]
        return found

    def country_at(self, i: int, end: int) -> tuple[str, int] | None:
        doc = self.ctx.doc
        lex = self.lex
        if i + 1 < end:
            two = f"{doc[i].text} {doc[i + 1].text}"
            found = lex.country(two)
            if found is not None:
                return found, 2
        token = doc[i]
        if not token.text[:1].isupper():
            return None
        if (
            i + 2 < len(doc)
            and doc[i + 1].text in ("-", "‐")
            and doc[i + 2].lower_
            in (
                "language",
                "speaking",
                "dubbed",
            )
        ):
            # "English-language drama": a language, not a country
            return None
        found = lex.country(token.text)
        return (found, 1) if found is not None else None

    def possessive(self, token: Token) -> None:
        """ "Lee's Harbor": a person's film is a film they directed; "2002's X" a year."""
        ctx = self.ctx
        head = token.head
        owner = ctx.ref_at(token)
        if (
            token.i + 1 < len(ctx.doc)
            and ctx.doc[token.i + 1].text in ("'", "‘")
            and token.whitespace_
        ):
            # "Hollis Vantreight Boards 'The Cartographer's Daughter'": a quote that opens a
            # title after a space, no possessive's apostrophe
            return
        if is_year(token):
            film = ctx.film_of(head)
            if film is not None and ctx.ref_at(head) is not None:
                ctx.emit(
                    film,
                    "publicationDate",
                    Year(int(token.text)),
                    (token, head),
                    "date:possessive-year",
                )
            return
        owned = ctx.ref_at(head)
        if (
            owned is not None
            and owned.type is EntityType.FILM
            and (owner is None or owner.type is EntityType.PLACE)
            and (country := self.lex.country(owner.name if owner else token.text)) is not None
        ):
            # "Denmark's Rookhaven was named Best International Feature": the film's country
            place = EntityRef(EntityType.PLACE, country)
            ctx.emit(owned, "countryOfOrigin", place, (token, head), "country:possessive")
            return
        if owner is None and (
            head.lemma_.casefold() in self.lex.film_nouns
            or (
                owned is not None
                and owned.type is EntityType.FILM
                # not "The Battle of Love's Return", a possessive inside a title
                and (
                    token.left_edge.i == 0
                    or ctx.doc[token.left_edge.i - 1].lower_ not in self.lex.title_words
                )
            )
        ):
            # "Tunde Adeyemi's debut feature", "Marguerite Fontaine's Les Heures Blanches": a
            # maker's name the tagger missed (not "Georgian Potters' Saga 'X'", a people)
            if self.lex.country(ctx.doc[token.left_edge.i].text) is None:
                owner = ctx.guess(token, EntityType.PERSON)
        elif (
            owner is not None
            and owner.type is EntityType.PLACE
            and owned is not None
            and owned.type is EntityType.FILM
            and self.lex.country(owner.name) is None
            and len(owner.name.split()) > 1
        ):
            # "Marguerite Fontaine's Les Heures Blanches": a maker the tagger read as a place
            owner = EntityRef(EntityType.PERSON, owner.name)
        if owner is None:
            if token.lower_ in ("his", "her", "my"):
                self.pronoun_work(token)
            return
        if (
            owner.type is EntityType.PERSON
            and " " not in owner.name
            and EntityRef(EntityType.ORGANIZATION, owner.name) in ctx.refs
        ):
            # "Stellarway's animated musical X", where the text names Stellarway a company
            # elsewhere ("X (Stellarway)", "the studio"): no director
            return
        if _made_with(head):
            # "It was Ibáñez's last film with him": a film she made with its director
            return
        film = ctx.ref_at(head)
        targets: list[Token] = [head]
        listed = False
        lemma = head.lemma_.casefold()
        genre_work = lemma in self.lex.work_nouns and (
            head.lower_ in self.lex.genres
            or (head.i > 0 and f"{ctx.doc[head.i - 1].lower_} {head.lower_}" in self.lex.genres)
        )
        if film is None and (lemma in self.lex.film_nouns or genre_work):
            # "Lee's films, including X and Y", "Lee's 2017 film The Long Pier", "Greta
            # Hallström's Swedish ghost story Skuggan" (a work noun naming a film)
            targets = (
                [t for t in _prep_objects(head, ("including", "like", "such"))]
                if lemma in self.lex.film_nouns
                else []
            )
            if not targets and lemma in self.lex.film_nouns and head.tag_ == "NNS":
                # "she has cut all four of Hart's features since: A (2013), B and C"
                targets = [ctx.doc[pos] for pos, _ in ctx.films_after_colon(head, 3)]
            listed = bool(targets)
            if not targets:
                titled = ctx.film_of(head)
                if (
                    titled is not None
                    and titled.type is EntityType.FILM
                    and ctx.ref_at(head) is None
                ):
                    nxt = ctx.doc[head.i + 1] if head.i + 1 < len(ctx.doc) else None
                    # "Lee's 2017 film The Long Pier", "Lee's third feature, The Long Pier,"
                    named = [c for c in head.children if c.dep_ == "appos"]
                    targets = [
                        t for t in (nxt, *named) if t is not None and ctx.ref_at(t) == titled
                    ][:1]
                    if not targets and head.dep_ == "attr" and owner.type is EntityType.PERSON:
                        # "The Weight of Rain is Adeyemi's debut feature"
                        ctx.emit(titled, "director", owner, (token, head), "possessive:person-film")
            if lemma == "debut" or head.text.casefold().endswith("debut"):
                targets = []
            if not targets:
                # "The Lantern Men, Imogen Drake's adaptation of ...": the title the
                # apposition follows
                before = ctx.mention_start(token) - 1
                if before > 0 and ctx.doc[before].text == ",":
                    prior = ctx.ref_at(ctx.doc[before - 1])
                    if prior is not None and prior.type is EntityType.FILM:
                        targets = [ctx.doc[before - 1]]
        if owner.type is EntityType.PERSON and (film is None or film.type is not EntityType.FILM):
            # "Nazemi's latest, Mirrors of Kashan,", which the parse may hang anywhere
            doc = ctx.doc
            j = token.i + 1
            while j < len(doc) and doc[j].lower_ in ("'s", "’s"):
                j += 1
            while j < len(doc) and (
                doc[j].lower_ in self.lex.opening["latest_words"]
                or doc[j].lemma_.casefold() in self.lex.film_nouns
                # "Demirsoy's second feature, The Salt Road"
                or (doc[j].ent_type_ == "ORDINAL" and j + 1 < len(doc) and doc[j + 1].is_alpha)
            ):
                j += 1
            if j < len(doc) and doc[j].text == "," and j > token.i + 2:
                j += 1
            if j + 1 < len(doc) and doc[j].text in _QUOTE_MARKS:
                # 'Vasilescu's first feature, "Winter Ledger" (1987)'
                j += 1
            after = ctx.ref_at(doc[j]) if j < len(doc) else None
            if after is not None and after.type is EntityType.FILM and j > token.i + 2:
                targets = [doc[j]]
        if (
            not targets
            and owner.type is EntityType.PERSON
            and film is None
            and (
                head.dep_ in ("nsubj", "nsubjpass")
                # "SMALL PRINT (2021). Tobias Kettering's heist comedy about ...": a list
                # entry's description of its film
                or (head.dep_ == "ROOT" and ctx.entry_film(head.i) is not None)
                # "In Petra Voss's third feature, a locksmith falls for a thief"
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in ("in", "with")
                    and head.head.i == head.sent.start
                    and head.head.head.dep_ == "ROOT"
                )
            )
            # one film, not "Ian Voss's films offer a level gaze"
            and head.tag_ != "NNS"
            and (
                lemma in self.lex.film_nouns
                or lemma == "debut"
                or genre_work
                or head.lower_ in self.lex.genres
            )
            and not any(c.lower_ in _OTHER_WORK for c in head.children)
            and ctx.ref_at(head) is None
        ):
            # "Anaïs Kourtel's second feature is a quiet marvel", "Shirin Navabi's drama
            # stars X": the film the text is about, when no title follows
            about = ctx.entry_film(head.i) if head.dep_ == "ROOT" else ctx.salient_film(head.i)
            ctx.emit(about, "director", owner, (token, head), "possessive:person-anaphor")
        if owner.type is EntityType.PERSON and (lemma in self.lex.film_nouns or lemma == "debut"):
            self.earlier_works(owner, token, head)
        for target in targets:
            film = ctx.ref_at(target)
            if film is None or film.type not in (EntityType.FILM, EntityType.WORK):
                continue
            root = target
            while root.head.i != root.i and ctx.owner[root.head.i] == ctx.owner[root.i]:
                root = root.head
            held = root.head
            if (
                held.lower_ == "of"
                and held.head.lemma_.casefold() in self.based_nouns
                and owner.type is EntityType.PERSON
            ):
                # "an adaptation of Tekinalp's The Lighthouse Keeper": its author, not a
                # director
                continue
            if any(
                t.lemma_.casefold() in self.lex.work_nouns
                and t.lemma_.casefold() not in self.lex.film_nouns
                # (a genre's noun names a film: "Greta Hallström's ghost story Skuggan")
                and t.lower_ not in self.lex.genres
                and f"{ctx.doc[t.i - 1].lower_} {t.lower_}" not in self.lex.genres
                for t in ctx.doc[token.i + 1 : ctx.mention_start(target)]
            ):
                # "Lorne Abernethy's graphic novel Cold Iron": a book's author (whatever the
                # tagger made of the name), no film's director or company
                if owner.type is EntityType.PERSON or personal_name(owner.name, self.lex):
                    work = EntityRef(EntityType.WORK, film.name)
                    author = EntityRef(EntityType.PERSON, owner.name)
                    ctx.emit(work, "author", author, (token, target), "work:author")
                continue
            if film.type is EntityType.WORK:
                continue
            if owner.type is EntityType.ORGANIZATION and (
                ctx.surname(owner)
                # "Radu Ilie's Ashes of May", "Harlan Osei's PAPER BOATS": a person's name
                # the tagger read as a company's
                or (
                    personal_name(owner.name, self.lex)
                    and owner.name.split()[0] not in ("The", "A", "An")
                    # (not "the Harbour Arts' Grey Tide", nor "Meridian Crest's Stormwall"
                    # where the text has named "Meridian Crest Studios")
                    and ctx.doc[max(ctx.mention_start(token) - 1, 0)].lower_ != "the"
                    and not any(
                        r.type is EntityType.ORGANIZATION and r.name.startswith(f"{owner.name} ")
                        for r in ctx.refs
                    )
                )
                or any(
                    isinstance(st.object, EntityRef)
                    and st.object.type is EntityType.PERSON
                    and " " in st.object.name
                    and st.object.name.split()[-1] == owner.name
                    for st in ctx.out.values()
                )
            ):
                # "Ilie's The Ferryman's Wife": a director the text named in full, whatever
                # the tagger made of the surname
                owner = EntityRef(EntityType.PERSON, owner.name)
            if owner.type is EntityType.PERSON:
                rule = "works-list:person" if listed else "possessive:person-film"
                ctx.emit(film, "director", owner, (token, target), rule)
            elif owner.type is EntityType.ORGANIZATION and owner.name not in self.lex.org_suffixes:
                # (not "TV's Holloway Lane": a medium, not a company); "Vantage Releasing's
                # Copper Saints": a company its name says distributes
                ctx.emit(
                    film,
                    "distributor"
                    if any(w in self.lex.distributor_words for w in owner.name.split())
                    else "productionCompany",
                    owner,
                    (token, target),
                    "possessive:organization-film",
                )

    def earlier_works(self, owner: EntityRef, token: Token, noun: Token) -> None:
        """'Delisle-Aubin's third feature, following Quiet Harbours (2012) and The
        Lamplighter's Daughter (2016)': the films the maker made before."""
        ctx = self.ctx
        doc = ctx.doc
        after = noun.i + 1
        if after < len(doc) and doc[after].text == ",":
            after += 1
        if after >= len(doc) or doc[after].lower_ not in ("following", "after"):
            return
        for obj in doc[after].children:
            if obj.dep_ != "pobj":
                continue
            for listed in (obj, *obj.conjuncts):
                film = ctx.film_of(listed)
                if film is not None and film.type is EntityType.FILM:
                    ctx.emit(film, "director", owner, (token, listed), "works-list:person")

    def pronoun_work(self, token: Token, head: Token | None = None) -> None:
        """ "Lee has insisted on ... . Back then, his famous work X": a film noun or "work"
        (or "her next") owned by a pronoun whose antecedent is the person the sentence, or
        the one before, is about."""
        ctx = self.ctx
        head = token.head if head is None else head
        lemma = head.lemma_.casefold()
        if (
            lemma not in self.lex.film_nouns
            and lemma != "work"
            # "Her next, Kettle Hill (2007),"
            and lemma not in self.lex.opening["latest_words"]
        ):
            return
        after = head.i + 1
        if after + 1 < token.sent.end and ctx.doc[after].text == ",":
            # "His second feature, Ashes of Kilbride (1976),"
            after += 1
        if after + 1 < token.sent.end and ctx.doc[after].text in _QUOTE_MARKS:
            after += 1
        nxt = ctx.doc[after] if after < token.sent.end else None
        film = ctx.ref_at(nxt) if nxt is not None else None
        if film is None or film.type is not EntityType.FILM:
            return
        person = (
            ctx.interviewee(token)
            if token.lower_ == "my"
            else self.antecedent(token) or ctx.salient_person(token)
        )
        if person is not None:
            assert nxt is not None
            ctx.emit(film, "director", person, (token, nxt), "possessive:pronoun-film")

    def next_sentence_film(self, verb: Token) -> EntityRef | None:
        """The film the next sentence opens with, when a verb ends its own: "Then she
        directed. Small Gods of August (2022), which she co-wrote ..."."""
        doc = self.ctx.doc
        sent = verb.sent
        if verb.i + 2 != sent.end or doc[verb.i + 1].text != "." or sent.end >= len(doc):
            return None
        ref = self.ctx.ref_at(doc[sent.end])
        return ref if ref is not None and ref.type is EntityType.FILM else None

    def married(self, verb: Token) -> None:
        """ "Rex Tallis marries June Halvey", "Halloran married the film's cinematographer,
        Pieter Wallin", "A and B wed in Lisbon", "who had married Korvath in 1975": spouses."""
        ctx = self.ctx
        subject = _subject_of(verb)
        if subject is None:
            return
        people = [p for t in _named_in(_objects(subject)) if (p := self.spouse_at(t))]
        partners = [
            p
            for t in _named_in(
                [c for c in verb.children if c.dep_ == "dobj"]
                + _prep_objects(verb, ("to",))
                + [
                    o
                    for c in verb.children
                    if c.dep_ == "acomp" and c.lower_ == "married"
                    # (or the name the parse made a verb: "married to Roux")
                    for o in _prep_objects(c, ("to",))
                    + [x for x in c.children if x.dep_ == "xcomp" and x.is_title]
                ]
            )
            if (p := self.spouse_at(t))
        ]
        if not partners and len(people) == 2 and people[0] != people[1]:
            # "Amaka Oduya and Tomás Rivelles married in 2016"
            people, partners = people[:1], people[1:]
        if (
            verb.dep_ == "relcl"
            and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in verb.children)
            and (
                partner := next(
                    (
                        found
                        for t in _named_in([verb.head])[::-1]
                        if (named := ctx.ref_at(t)) is not None
                        and named.type is EntityType.PERSON
                        and (found := self.spouse_at(t)) is not None
                    ),
                    None,
                )
            )
            is not None
        ):
            # "the cameraman Jan Vondráček, whom she married the following year": the
            # clause's noun is the partner, and "she" someone else, the text's subject
            partners = [partner]
            if people == [partner] and subject.pos_ == "PRON":
                found = ctx.salient_person(subject)
                people = [found] if found is not None else []
        for person in people[:1]:
            for partner in partners[:1]:
                if partner != person:
                    ctx.emit(person, "spouse", partner, (subject, verb), "spouse:married")

    def spouse_noun(self, noun: Token) -> None:
        """ "Produced by his wife, Tessa Brennick", "Verhallen's husband, the composer Ivo
        Sandric": the owner's spouse."""
        ctx = self.ctx
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return
        if noun.dep_ == "dobj" and noun.head.lemma_.casefold() in self.play_verbs:
            # "Kim Se-ryun plays his estranged wife, Cho Eun-ha": a part, married in the story
            return
        person = self.spouse_at(owner)
        named = (
            [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i]
            or [c for c in (noun.head,) if noun.dep_ == "appos" and noun.head.i < noun.i]
            # "Caddick's husband was Leo Farrant"
            or [
                c
                for c in noun.head.children
                if noun.dep_ == "nsubj"
                and noun.head.lemma_ == "be"
                and c.dep_ == "attr"
                and noun.head.i not in ctx.negated
            ]
        )
        partner = next((p for t in _named_in(named) if (p := self.spouse_at(t))), None)
        if person is not None and partner is not None and person != partner:
            ctx.emit(person, "spouse", partner, (owner, noun), "spouse:noun")

    def spouse_at(self, token: Token) -> EntityRef | None:
        """The person a token names in a marriage, a slot only people fill."""
        ctx = self.ctx
        ref = ctx.ref_at(token)
        if ref is not None:
            return ref if ref.type is EntityType.PERSON else ctx.person_despite_tagger(token)
        if token.lower_ in _FIRST_PERSON:
            # "I met my husband, Joost Baarsma": an interview's answer, its speaker's
            return ctx.interviewee(token)
        if token.pos_ == "PRON":
            return (
                self.pronoun_person(token)
                or ctx.person_before(token)
                or self.antecedent(token)
                or self.lone_person_before(token)
                # "She married Grange in 2008": a profile's subject
                or ctx.salient_person(token)
            )
        guessed = ctx.guess(token, EntityType.PERSON)
        return guessed if guessed is not None and guessed.type is EntityType.PERSON else None

    def lone_person_before(self, pronoun: Token) -> EntityRef | None:
        """The one person the sentence before names, for a pronoun no subject explains:
        'Hal Brennick's "Kings of Mulberry Street" opens. Produced by his wife, ...'."""
        sent = pronoun.sent
        if pronoun.lower_ not in _PERSONAL_PRONOUNS or sent.start == 0:
            return None
        ctx = self.ctx
        before = ctx.doc[sent.start - 1].sent
        people = {
            ref
            for t in ctx.doc[before.start : pronoun.i]
            if (ref := ctx.ref_at(t)) is not None and ref.type is EntityType.PERSON
        }
        gender = _PERSONAL_PRONOUNS[pronoun.lower_]
        if any(
            _PERSONAL_PRONOUNS.get(t.lower_, gender) != gender
            for t in ctx.doc[before.start : before.end]
        ):
            # "She first worked with Tomas Brede on his thriller. She married Brede": the one
            # person named there is "his", not "she"
            return None
        return people.pop() if len(people) == 1 else None

    def married_words(self, verb: Token) -> None:
        """ "Actor Rex Tallis marries screenwriter June Halvey": a marriage read from the
        words, where the parse made no verb of "marries"."""
        ctx = self.ctx
        doc = ctx.doc
        start = ctx.mention_start(doc[verb.i - 1]) if verb.i > 0 else verb.i
        person = ctx.ref_at(doc[verb.i - 1]) if verb.i > 0 else None
        if person is None or person.type is not EntityType.PERSON or start == verb.i:
            return
        j = verb.i + 1
        roles = self.lex.relations["role_nouns"]
        while j < min(verb.sent.end, verb.i + 4) and (
            doc[j].lemma_.casefold() in roles or doc[j].lower_ in ("actor", "actress")
        ):
            j += 1
        if j >= len(doc) or ctx.owner[j] < 0:
            return
        partner = ctx.ref_at(doc[j]) if ctx.ref_at(doc[j]) is not None else None
        if partner is not None and partner.type is not EntityType.PERSON:
            partner = ctx.person_despite_tagger(doc[j])
        if partner is not None and partner != person and not _negated(verb, ctx.negated):
            ctx.emit(person, "spouse", partner, (doc[start], doc[j]), "spouse:married")

    def pronoun_person(self, pronoun: Token) -> EntityRef | None:
        """The person "he" or "she" as a subject stands for, when the text is about no one
        person: the one person its sentence names before it ("in which she plays"), else
        the one subject of the sentence before ("That's Jonas Weil. He photographed ...")."""
        if pronoun.lower_ not in ("he", "she"):
            return None
        return self.ctx.person_before(pronoun) or self.antecedent(pronoun)

    def antecedent(self, pronoun: Token, depth: int = 0) -> EntityRef | None:
        """The one person who is a subject before `pronoun` in its sentence, else in the
        sentence before; when that sentence's subject is the same pronoun ("Galloway was
        23 ... He spent the next decade ... He married ..."), whom that one stands for."""
        ctx = self.ctx
        sent = pronoun.sent
        for lo, hi in ((sent.start, pronoun.i), (None, sent.start)):
            if lo is None:
                if sent.start == 0:
                    return None
                lo = ctx.doc[sent.start - 1].sent.start
                same = next(
                    (
                        t
                        for t in ctx.doc[lo:hi]
                        if t.dep_ in ("nsubj", "nsubjpass")
                        and t.lower_ == pronoun.lower_
                        and t.head.dep_ == "ROOT"
                    ),
                    None,
                )
                if (
                    same is not None
                    and depth < 3
                    and pronoun.dep_ in ("nsubj", "nsubjpass")
                    and not any(
                        t.dep_ in ("nsubj", "nsubjpass")
                        and (ref := ctx.ref_at(t)) is not None
                        and ref.type is EntityType.PERSON
                        for t in ctx.doc[lo:hi]
                    )
                ):
                    return self.antecedent(same, depth + 1)
            people = {
                ref
                for t in ctx.doc[lo:hi]
                if t.dep_ in ("nsubj", "nsubjpass")
                and (ref := ctx.ref_at(t)) is not None
                and ref.type is EntityType.PERSON
            }
            if len(people) == 1:
                found = people.pop()
                others = {
                    ref
                    for t in ctx.doc[lo:hi]
                    if (ref := ctx.ref_at(t)) is not None
                    and ref.type is EntityType.PERSON
                    and ref != found
                }
                # "Szabados, who worked with Quigley on his previous film": two people the
                # pronoun may point to
                return None if others else found
            if people:
                return None
        return None

    def debut(self, noun: Token) -> None:
        """ "X was the directorial debut of Y", "Y's directorial debut X", "Y made his
        feature debut with X"."""
        ctx = self.ctx
        kinds = {c.lemma_.casefold() for c in noun.children}
        kinds.add(ctx.doc[noun.i - 1].lemma_.casefold() if noun.i > 0 else "")
        if (
            noun.dep_ in ("dobj", "ccomp")
            and noun.head.lemma_ == "make"
            and not kinds & {"screen", "acting", "stage", "television", "tv", "film"}
        ):
            maker = _subject_of(noun.head)
            person = ctx.agent_of(maker, _PERSONLIKE) if maker is not None else None
            for obj in _prep_objects(noun, ("with",)) + _prep_objects(noun.head, ("with",)):
                film = ctx.ref_at(obj)
                if person is not None and film is not None and film.type is EntityType.FILM:
                    ctx.emit(film, "director", person, (noun, obj), "debut:made-with")
            return
        if not any(
            c.lemma_.casefold() in ("directorial", "directing", "feature") for c in noun.children
        ):
            return
        film = None
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            film = ctx.film_of(_subject_of(noun.head))
        elif noun.dep_ == "appos":
            film = ctx.film_of(noun.head)
        else:
            # "Moravec's feature debut, Thaw Season (1991), is ...": the title in apposition
            film = next(
                (f for c in noun.children if c.dep_ == "appos" and (f := ctx.film_of(c))), None
            )
        for obj in _prep_objects(noun, ("of",)):
            person = ctx.agent_of(obj, _PERSONLIKE)
            ctx.emit(film, "director", person, (noun, obj), "debut:of-person")
        for child in noun.children:
            if child.dep_ == "poss":
                person = ctx.agent_of(child, _PERSONLIKE)
                ctx.emit(film, "director", person, (noun, child), "debut:of-person")

    # -- cast and characters --------------------------------------------------------------

    def performer(
        self, film: EntityRef | None, actor_tok: Token, trigger: Token, rule: str
    ) -> None:
        ctx = self.ctx
        actor = ctx.agent_of(actor_tok, _PERSONLIKE)
        nxt = ctx.doc[actor_tok.i + 1] if actor_tok.i + 1 < len(ctx.doc) else None
        named = ctx.ref_at(actor_tok)
        if actor is None and (
            rule == "cast:voices-of"
            or (nxt is not None and nxt.lower_ == "as")
            # "It stars Olga Brisk and Felix Arndt": a film stars people, and a name that
            # reads as a person's is one, whatever the tagger made of it
            or (
                rule in ("cast:stars", "cast:starring", "cast:cast-includes")
                and named is not None
                and personal_name(named.name, self.lex)
            )
        ):
            # "the voices of A as C": A is a person whatever the tagger made of the name
            actor = ctx.person_despite_tagger(actor_tok)
        if actor is None:
            return
        if (
            self.animated(film, trigger)
            and rule in ("cast:starring", "cast:stars")
            and not any(t.lemma_ in ("voice", "talent") for t in trigger.subtree)
        ):
            # an animated short "featuring Donald Duck" features a character, not an actor
            character = EntityRef(EntityType.CHARACTER, actor.name)
            ctx.emit(
                film, "character", character, (trigger, actor_tok), "character:animated-feature"
            )
            return
        ctx.emit(film, "castMember", actor, (trigger, actor_tok), rule)
        as_objects: list[Token] = []
        for o in _prep_objects(actor_tok, ("as",)):
            if (ctx.ref_at(o) is not None or o.pos_ == "PROPN") and (
                # "B as an inspector and C as ...": C is the next actor, not B's part
                o.dep_ != "conj" or o.head in as_objects
            ):
                as_objects.append(o)
        if not as_objects:
            # "A as C": read from the words when the parse hangs "as" elsewhere
            end = actor_tok.i + 1
            while (
                end < len(ctx.doc)
                and ctx.owner[end] >= 0
                and ctx.owner[end] == ctx.owner[actor_tok.i]
            ):
                end += 1
            if end + 1 < len(ctx.doc) and ctx.doc[end].lower_ == "as":
                nxt = ctx.doc[_past_descriptors(ctx.doc, end + 1)]
                if ctx.ref_at(nxt) is not None or is_capitalised(nxt):
                    last = nxt
                    k = ctx.owner[nxt.i]
                    while last.i + 1 < len(ctx.doc) and (
                        (k >= 0 and ctx.owner[last.i + 1] == k)
                        or (k < 0 and ctx.doc[last.i + 1].pos_ == "PROPN")
                    ):
                        last = ctx.doc[last.i + 1]
                    as_objects = [last]
        for obj in as_objects:
            self.portrayal(film, actor, actor_tok, obj, "as")

    def animated(self, film: EntityRef | None, trigger: Token) -> bool:
        """Whether the sentence calls `film` animated ("a 1938 cartoon", "animated short")."""
        if film is None:
            return False
        words = self.lex.relations.get("animation_words", ())
        return any(t.lower_ in words for t in trigger.sent)

    def portrayal(
        self,
        film: EntityRef | None,
        actor: EntityRef,
        actor_tok: Token,
        char_tok: Token,
        how: str,
        ref: EntityRef | None = None,
    ) -> None:
        ctx = self.ctx
        if ref is None:
            ref = ctx.ref_at(char_tok)
            run = capitalised_run(
                ctx.doc, char_tok.i, char_tok.sent.start, char_tok.sent.end, ctx.lex
            )
            while run is not None and (
                run[0] < char_tok.i
                and ctx.doc[run[0]].lower_ in self.lex.opening["occupation_nouns"]
            ):
                # "Veterinarian Hanna Wolak (Brisk)": the occupation is no part of the name
                run = (run[0] + 1, run[1])
            if ref is not None and run is not None and run[1] - run[0] > len(ref.name.split()):
                # "as Sherlock Holmes" where the tagger named only "Holmes"
                name = normalise_name(ctx.doc[run[0] : run[1]].text)
                if name and all(t.pos_ == "PROPN" for t in ctx.doc[run[0] : run[1]]):
                    ref = EntityRef(ref.type, name)
        if ref is None:
            ref = ctx.guess(char_tok, EntityType.CHARACTER)
        if (
            ref is not None
            and ref.type is EntityType.PLACE
            and how == "plays"
            and char_tok.dep_ == "appos"
            and ctx.lex.country(ref.name) is None
        ):
            # "plays the housekeeper Agnes", where the tagger read the name as a place
            ref = EntityRef(EntityType.CHARACTER, ref.name)
        if ref is None or ref.type in (EntityType.FILM, EntityType.AWARD, EntityType.PLACE):
            return
        after = ctx.mention_end(char_tok.i)
        if after == char_tok.i:
            after += 1
        start = ctx.mention_start(char_tok)
        if (
            how == "as"
            and after < char_tok.sent.end
            and ctx.doc[after].lower_ == "as"
            and start > 0
            and ctx.doc[start - 1].text == ","
        ):
            # "Starring A as the teacher, B as the student Yui": B is the next actor of
            # the list, not A's part
            how = "as-character" if how == "as" else how
            ctx.emit(film, "castMember", actor, (actor_tok, char_tok), f"cast:{how}")
            return
        own = ctx.ref_at(char_tok)
        if (
            own is not None
            and own.type is EntityType.PLACE
            and after < len(ctx.doc)
            and ctx.doc[after].text.islower()
            and ctx.doc[after].pos_ == "NOUN"
        ):
            # "starring Zoya Qureshi as a Mumbai tax inspector": a place that qualifies the
            # part described, which names no character
            ctx.emit(film, "castMember", actor, (actor_tok, char_tok), "cast:as-character")
            return
        character = EntityRef(EntityType.CHARACTER, ref.name)
        ctx.emit(
            film,
            "castMember",
            actor,
            (actor_tok, char_tok),
            f"cast:{'as-character' if how == 'as' else how}",
        )
        ctx.emit(film, "character", character, (actor_tok, char_tok), f"character:{how}")
        qualifiers: tuple[tuple[str, Value], ...] = (("inFilm", film),) if film is not None else ()
        ctx.emit(
            character, "portrayedBy", actor, (actor_tok, char_tok), f"portrayal:{how}", qualifiers
        )

    def cast_verb(self, verb: Token) -> None:
        """ "X stars A and B", "starring A as C", "features the voices of A"."""
        ctx = self.ctx
        subj = _subject_of(verb)
        if subj is not None and subj.lemma_.casefold() in self.cast_nouns:
            film = self.film_of_cast_noun(subj)
        else:
            film = ctx.film_at(subj, verb)
        if verb.lemma_ == "include" and (
            subj is None or subj.lemma_.casefold() not in self.cast_nouns
        ):
            return
        doc = ctx.doc
        if film is None and verb.i > 0:
            # "Title stars A", "the co-production stars A": read from the words when the
            # parse misses the verb
            film = ctx.film_of(doc[verb.i - 1])
        if film is None:
            return
        rule = "cast:starring" if verb.tag_ == "VBG" or verb.lower_ == "starring" else "cast:stars"
        heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        if not heads and verb.i + 1 < len(doc) and ctx.ref_at(doc[verb.i + 1]) is not None:
            k = ctx.owner[verb.i + 1]
            last = verb.i + 1
            while last + 1 < len(doc) and ctx.owner[last + 1] == k:
                last += 1
            heads = [doc[last]]
        for child in heads:
            for obj in _objects(child):
                if obj.lemma_.casefold() in ("voice", "talent", "voices", "cast"):
                    for inner in _prep_objects(obj, ("of",)):
                        self.performer(film, inner, verb, "cast:voices-of")
                    continue
                self.performer(film, obj, verb, rule)
        # "starring A as a tax inspector and B as her quarry", B the parse's conjunct of
        # A's part: the next player
        for part in [o for h in (verb, *heads) for o in _prep_objects(h, ("as",))]:
            if part.pos_ != "NOUN" or not part.text.islower():
                # (not "as Sherlock Holmes, Martin Freeman as ...": named parts)
                continue
            for other in part.conjuncts:
                after = ctx.mention_end(other.i)
                named = ctx.ref_at(other)
                if (
                    named is not None
                    and named.type is EntityType.PERSON
                    and after < len(doc)
                    and doc[after].lower_ == "as"
                ):
                    self.performer(film, other, verb, rule)
        # "stars A as a pilot, with B as an inspector and C as ...": the rest of the cast
        for listed in [o for h in (verb, *heads) for o in _prep_objects(h, ("with",))]:
            self.performer(film, listed, verb, rule)
            for part in _prep_objects(listed, ("as",)):
                for other in part.conjuncts:
                    if ctx.agent_of(other, (EntityType.PERSON,)) is not None:
                        self.performer(film, other, verb, rule)

    def cast_subjects(self, verb: Token) -> None:
        """ "Tunde Okafor and Grace Elliott star as siblings", "Oliver Quint co-stars as the
        stage manager", "Nina Tran and Jack Mercer lead the cast": people in the cast of the
        film in hand, though the part they play has no name."""
        ctx = self.ctx
        subj = _subject_of(verb)
        if subj is None or verb.tag_ not in ("VBZ", "VBD", "VBP") or ctx.film_of(subj):
            return
        which = next((o for o in _prep_objects(verb, ("in",)) if o.lower_ == "which"), None)
        if verb.lemma_ in ("star", "co-star", "costar"):
            if which is not None and verb.dep_ == "relcl" and not _prep_objects(verb, ("as",)):
                # 'the set of "The Salt Road," in which Rivelles starred': the film the
                # clause hangs on
                film = ctx.film_of(verb.head)
                actor = ctx.agent_of(subj, (EntityType.PERSON,)) or ctx.person_despite_tagger(subj)
                if film is not None and film.type is EntityType.FILM and actor is not None:
                    ctx.emit(film, "castMember", actor, (subj, verb), "cast:subject")
                return
            if not _prep_objects(verb, ("as", "alongside", "opposite")) and (
                # "Orla Keane also stars": the film in hand's cast, but not "stars in X"
                # (read as appearing in X) nor "the film stars X"
                any(c.dep_ in ("dobj", "prep", "attr", "ccomp", "xcomp") for c in verb.children)
                or verb.dep_ not in ("ROOT", "conj")
            ):
                return
        elif not any(
            c.dep_ == "dobj"
            and c.lemma_.casefold() in self.cast_nouns
            and not any(g.dep_ in ("poss", "prep") for g in c.children)
            for c in verb.children
        ):
            return
        # "starred as Detective Inspector Frank Doyle in Kettle's thriller "Harrow Street"":
        # the film the part is in, wherever the parse hung its "in"
        parts = _prep_objects(verb, ("as",))
        named = [
            f
            for o in _prep_objects(verb, ("in",))
            + [i for p in parts for i in _prep_objects(p, ("in",))]
            if (f := ctx.film_of(o)) is not None and f.type is EntityType.FILM
        ]
        film = named[0] if named else ctx.salient_film(verb.i)
        for token in _objects(subj):
            actor = ctx.agent_of(token, (EntityType.PERSON,)) or ctx.person_despite_tagger(token)
            if actor is not None and actor.type is EntityType.PERSON:
                ctx.emit(film, "castMember", actor, (token, verb), "cast:subject")
                for part in parts:
                    character = ctx.ref_at(part)
                    if character is not None and character.type is EntityType.CHARACTER:
                        self.portrayal(film, actor, token, part, "as", character)
                    elif character is None and part.head.lower_ == "as":
                        # "stars as the harbour pilot Karin Ask": the part's name after its
                        # description
                        found = _as_character(ctx, part.head.i, part.sent.end)
                        if found is not None and ctx.ref_at(found[1]) is not None:
                            self.portrayal(film, actor, token, found[1], "as", found[2])

    def film_of_cast_noun(self, noun: Token) -> EntityRef | None:
        ctx = self.ctx
        for child in noun.children:
            if child.dep_ == "poss":
                return ctx.film_of(child)
        for obj in _prep_objects(noun, ("of", "in")):
            return ctx.film_of(obj)
        return ctx.salient_film(noun.i)

    def cast_noun(self, noun: Token) -> None:
        """ "Also in the cast were A and B", "a cast led by A and B"."""
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.head.head.lemma_ == "be"
            # "Kezia Dunmore is not in the cast"
            and not _negated(noun.head.head, self.ctx.negated)
        ):
            verb = noun.head.head
            film = self.film_of_cast_noun(noun)
            for child in verb.children:
                if child.dep_ in ("nsubj", "attr"):
                    for obj in _objects(child):
                        self.performer(film, obj, noun, "cast:cast-includes")
        for led in noun.children:
            if led.dep_ == "acl" and led.lemma_.casefold() in _LEADING_VERBS:
                film = self.film_of_cast_noun(noun)
                for agent in _named_in(_prep_objects(led, ("by",))):
                    self.performer(film, agent, noun, "cast:cast-includes")

    def appear_in(self, verb: Token) -> None:
        """ "A starred in X", "A appeared in X"."""
        ctx = self.ctx
        subj = _subject_of(verb)
        if subj is None and verb.tag_ == "NNS":
            # "Kwame Osei stars in Halcyon", which the tagger read as a plural noun
            subj = max(
                (c for c in verb.children if c.dep_ == "compound" and ctx.ref_at(c)),
                key=lambda c: c.i,
                default=None,
            )
        if subj is None:
            return
        for obj in _prep_objects(verb, ("in",)):
            film = ctx.film_of(obj)
            if film is not None and film.type is EntityType.FILM:
                self.performer(film, subj, verb, "cast:appeared-in")

    def plays(self, verb: Token) -> None:
        """ "A plays C (in X)"."""
        ctx = self.ctx
        subj = _subject_of(verb)
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is None and verb.i + 1 < len(ctx.doc):
            # "Ines Carvalho-Ward plays Odile.", the name read as an adverb
            nxt = ctx.doc[verb.i + 1]
            if nxt.head.i == verb.i and is_capitalised(nxt) and nxt.dep_ in _STRAY_OBJECTS:
                dobj = nxt
        if subj is None or dobj is None:
            return
        before = ctx.doc[verb.i - 1] if verb.i > 0 else None
        if (
            before is not None
            and before is not subj
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and (named := ctx.ref_at(before)) is not None
            and named.type is EntityType.PERSON
        ):
            # "..., and Swedish star Johan Ekdahl plays the brother": the name right before
            # the verb, where the parse lent it another clause's subject
            subj = before
        # who plays a part is a person, whatever the tagger made of the name
        actor = (
            ctx.agent_of(subj, _PERSONLIKE)
            or ctx.person_despite_tagger(subj)
            or self.pronoun_person(subj)
        )
        if actor is None:
            return
        # "will play the poet Lydia Fenwick in Ink and Ashes", wherever the parse hung "in"
        where = _prep_objects(verb, ("in",)) + [
            o
            for t in dobj.subtree
            if t.lower_ == "in" and t.dep_ == "prep"
            for o in t.children
            if o.dep_ == "pobj"
        ]
        film = next((f for f in (ctx.film_of(o) for o in where) if f), None)
        after = (
            next((t for t in ctx.doc[dobj.i + 1 : verb.sent.end] if t.lower_ == "in"), None)
            if film is None
            else None
        )
        if after is not None and after.i + 2 < len(ctx.doc):
            # (read off the surface where the parse lost "in": the film right after it)
            found = ctx.ref_at(ctx.doc[after.i + (2 if ctx.doc[after.i + 1].is_quote else 1)])
            film = found if found is not None and found.type is EntityType.FILM else None
        if film is None:
            own = ctx.sentence_subjects.get(sentence_index(ctx.starts, verb.i))
            tied = ctx.film_of_actor(actor)
            near = ctx.salient_film(verb.i)
            # the film the sentence before names, rather than an older one the actor was in
            previous = sentence_index(ctx.starts, verb.i) - 1
            recent = any(
                sentence_index(ctx.starts, pos) >= previous and ref == near
                for pos, ref in ctx.film_positions
                if pos < verb.i
            )
            film = own or (near if recent else None) or tied or near
        if (
            film is not None
            and dobj.lemma_.casefold() in ("role", "part")
            and any(c.lower_ in ("title", "titular", "eponymous") for c in dobj.children)
        ):
            # "plays the title role in Solomon": the part the film is named after
            title_part = EntityRef(EntityType.CHARACTER, film.name)
            self.portrayal(film, actor, subj, dobj, "plays", title_part)
            return
        objects = [
            o
            for o in _named_in(_objects(dobj))
            # (not "Nyambura to play poet Lydia Fenwick; Brisco in talks": a clause of its own)
            if not any(t.text == ";" for t in ctx.doc[dobj.i : o.i])
        ]
        if len(objects) == 1 and dobj.pos_ == "NOUN":
            # "plays the moneylender, Kostas Marangos", which the parse hung on the verb
            objects += [
                c
                for c in verb.children
                if c.dep_ in ("npadvmod", "appos")
                and c.i > dobj.i
                and c.pos_ == "PROPN"
                and ctx.doc[dobj.i + 1].text == ","
            ]
        credited = False
        lead = subj
        if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            lead = verb.head
        cast = [
            (t, ref)
            for t in sorted((lead, *lead.conjuncts), key=lambda t: t.i)
            if (
                ref := (
                    found
                    if (found := ctx.ref_at(t)) is not None and found.type is EntityType.PERSON
                    else ctx.agent_of(t, _PERSONLIKE) or ctx.person_despite_tagger(t)
                )
            )
            is not None
        ]
        if len(cast) > len(objects):
            # "play Nora and Eli Rusk", which the parse reads as one name: the first part
            # hung on the second
            joined = [
                t
                for t in dobj.subtree
                if t.i < dobj.i
                and t.pos_ == "PROPN"
                and any(c.dep_ == "cc" for c in t.children)
                and ctx.ref_at(t) is not None
            ]
            if len(cast) == len(objects) + len(joined):
                objects = sorted([*objects, *joined], key=lambda t: t.i)
        named_parts = [o for o in objects if ctx.ref_at(o) is not None or o.pos_ == "PROPN"]
        if len(cast) >= 2 and len(named_parts) == len(cast) < len(objects):
            # "A and B play, respectively, the eldest and youngest sisters, Rosa and Lola":
            # the names, not the words that describe them
            objects = named_parts
        if len(cast) >= 2 and len(cast) == len(objects) == len({ref for _, ref in cast}):
            # "Tessa Vaughn and Cole Amberly, who play Nora and Eli Rusk": each actor the
            # part in the same place
            for (token, ref), obj in zip(cast, objects, strict=True):
                named_part = ctx.ref_at(obj)
                part = (
                    EntityRef(EntityType.CHARACTER, named_part.name)
                    if named_part is not None and named_part.type is EntityType.PERSON
                    else None
                )
                self.portrayal(film, ref, token, obj, "plays", part)
            return
        for obj in objects:
            if obj is not dobj and _opens_clause(ctx, obj):
                # "plays Mara Quint and Felix Dorr is the landlord": a new clause's subject
                continue
            if ctx.ref_at(obj) is not None or obj.pos_ == "PROPN":
                self.portrayal(film, actor, subj, obj, "plays")
                credited = True
            elif obj is dobj and obj.dep_ in _STRAY_OBJECTS and obj.is_alpha:
                part = EntityRef(EntityType.CHARACTER, obj.text)
                self.portrayal(film, actor, subj, obj, "plays", part)
                credited = True
        if (
            not credited
            and verb.lemma_ == "play"
            and dobj.pos_ == "NOUN"
            and dobj.lemma_.casefold() not in _NOT_A_PART
            # "a retired conductor", "Ellen's father"
            and any(
                (c.dep_ == "det" and c.lower_ in ("a", "an", "the")) or c.dep_ == "poss"
                for c in dobj.children
            )
            and (
                any(
                    ctx.film_of(o)
                    for o in _prep_objects(verb, ("in",)) + _prep_objects(dobj, ("in",))
                )
                or sentence_index(ctx.starts, verb.i) in ctx.sentence_subjects
                or ctx.salient_film(verb.i) is not None
            )
        ):
            # "Dahl, who plays a lighthouse keeper in the film", "Beatriz Lobo plays a
            # retired conductor": an unnamed part in the film in hand
            ctx.emit(film, "castMember", actor, (subj, verb, dobj), "cast:plays")

    def work_as_role(self, noun: Token) -> None:
        """ "His best-known work as director, Title (1976)", "her first film as a writer,
        Title": the possessor's role in the film named in apposition."""
        ctx = self.ctx
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        as_objs = _prep_objects(noun, ("as",))
        roles = [
            role
            for obj in as_objs
            if (role := self.role_nouns.get(obj.lemma_.casefold())) is not None
        ]
        if owner is None or not roles:
            return
        # the title in apposition, which the parse may hang on the role noun
        film = next(
            (
                f
                for holder in (noun, *as_objs)
                for c in holder.children
                if c.dep_ == "appos" and (f := ctx.film_of(c)) is not None
            ),
            None,
        )
        person = ctx.agent_of(owner, (EntityType.PERSON,))
        for role in roles:
            ctx.emit(film, role, person, (owner, noun), "role-noun:work-as")

    def co_stars(self, verb: Token) -> None:
        """ "it starred Ybarra alongside the young Marcos Olaizola", "plays the mayor opposite
        Pilar Ibarra": the partner is in the cast too."""
        ctx = self.ctx
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prep"))]
        partners = [p for h in holders for p in _prep_objects(h, ("opposite", "alongside"))]
        if not partners:
            return
        subj = _subject_of(verb)
        film = ctx.film_of(subj) if subj is not None else None
        film = film or ctx.salient_film(verb.i)
        for partner in partners:
            for token in (partner, *partner.conjuncts):
                actor = ctx.person_despite_tagger(token)
                if actor is None or actor.type is not EntityType.PERSON:
                    continue
                ctx.emit(film, "castMember", actor, (verb, token), "cast:opposite")
                part = next(
                    (
                        o
                        for prep in (*token.children, *verb.children)
                        if prep.lower_ == "as" and prep.i == token.i + 1
                        for o in prep.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
                if part is not None:
                    # "opposite Dan Hurley as her brother Sean": the partner's part too
                    named = [c for c in part.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                    char_tok = named[0] if part.pos_ == "NOUN" and named else part
                    self.portrayal(film, actor, token, char_tok, "as")

    def cast_self(self, verb: Token) -> None:
        """ "He cast himself as the village mayor, Anselmo Ruiz": a maker who plays a part in
        their own film."""
        ctx = self.ctx
        if not any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children):
            return
        subj = _subject_of(verb)
        actor = ctx.agent_of(subj, (EntityType.PERSON,)) if subj is not None else None
        if subj is None or actor is None:
            return
        for part in _prep_objects(verb, ("as",)):
            named = [
                c
                for c in part.children
                if c.dep_ == "appos" and (ctx.ref_at(c) is not None or c.pos_ == "PROPN")
            ]
            char_tok = named[0] if part.pos_ == "NOUN" and named else part
            self.portrayal(ctx.salient_film(verb.i), actor, subj, char_tok, "as")

    def shot_by(self, verb: Token, craft: str = "directorOfPhotography") -> None:
        """ "Shot by Marisa Odriozola and scored by X, it starred ...": a person who shot the
        film is its cinematographer (unless the text calls them its director); one who cut
        it, its editor."""
        ctx = self.ctx
        agents = _prep_objects(verb, ("by",))
        if not agents:
            return
        subj = _subject_of(verb)
        if subj is None and verb.dep_ == "advcl":
            # "Shot by X, it starred ...": the main clause's subject
            subj = _subject_of(verb.head)
        film = ctx.film_at(subj, verb)
        for agent in agents:
            ref = ctx.ref_at(agent)
            if ref is not None and ref.type is not EntityType.PERSON:
                ref = ctx.person_despite_tagger(agent)
            if ref is None:
                continue
            start = ctx.mention_start(agent)
            if start > 0 and ctx.doc[start - 1].lemma_.casefold() in self.role_nouns:
                # "shot by director X": the role the text gives
                continue
            ctx.emit(film, craft, ref, (verb, agent), "role-verb:shot-by")

    def shot(self, verb: Token, craft: str = "directorOfPhotography") -> None:
        """ "Cinematographer Paul Dufresne shot the film on 35mm", "Jonas Becker shot it", "He
        shot Harbour of Glass for the director Colin Ashworth": a person who shot a film is
        its cinematographer, unless they directed it (dropped in `_shot_by_director`); the
        director a film was shot "for" directed it. With `craft` "filmEditor", the person
        who cut a film ("She cut Glasslight for Fernando Ilves") is its editor."""
        ctx = self.ctx
        subj = _subject_of(verb)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            # "Luca Ferri, who shot it on location"
            subj = verb.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        dobj = objects[0] if objects else None
        if subj is None or dobj is None or subj.lower_ in ("i", "we"):
            # "I shot it in Lisbon": a director speaking of the shoot
            return
        film = ctx.film_of(dobj)
        maker = ctx.agent_of(subj, (EntityType.PERSON,))
        if film is None or maker is None:
            return
        start = ctx.mention_start(subj) if ctx.ref_at(subj) is not None else subj.i
        role = ctx.doc[start - 1].lemma_.casefold() if start > 0 else ""
        role_noun = self.lex.relations["role_nouns"].get(role)
        if role_noun not in (None, craft):
            # "the director Ana Ruiz shot it": the role the text gives
            return
        if craft == "filmEditor":
            rule = "role-verb:cut"
        else:
            rule = "role-verb:shot-by-role" if role_noun else "role-verb:shot"
        ctx.emit(film, craft, maker, (subj, verb, dobj), rule)
        for other in _objects(dobj)[1:]:
            # "She cut Glasslight and the documentary Tidewater Saints": each of them
            also = ctx.film_of(other)
            if also is not None and also.type is EntityType.FILM and also != film:
                ctx.emit(also, craft, maker, (subj, verb, other), rule)
        # "shot it for Colin Ashworth", "for the English director Colin Ashworth" (wherever
        # the parse hung "for")
        role_nouns = self.lex.relations["role_nouns"]

        def called_director(token: Token) -> bool:
            start = ctx.mention_start(token) if ctx.ref_at(token) is not None else token.i
            return any(
                role_nouns.get(t.lemma_.casefold()) == "director"
                for t in ctx.doc[max(start - 1, 0) : token.i + 1]
            )

        directors = [
            o
            for t in verb.subtree
            if t.lower_ == "for" and t.dep_ == "prep"
            for o in _prep_objects(t.head, ("for",))
            if called_director(o)
        ]
        for obj in _prep_objects(verb, ("for",)) + directors:
            named = ctx.agent_of(obj, (EntityType.PERSON,))
            if named is not None and named != maker:
                ctx.emit(film, "director", named, (verb, obj), "role-noun:shot-for")

    def joined_cast(self, verb: Token) -> None:
        """ "X has joined the cast of Title", "Y joins the ensemble": a new cast member."""
        ctx = self.ctx
        cast = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.lemma_.casefold() in self.cast_nouns
            ),
            None,
        )
        subj = _subject_of(verb)
        if verb.lemma_ == "board" and subj is not None:
            # "Noor Halabi and Felix Aramburu have boarded Ironweed Crossing"
            project = next((c for c in verb.children if c.dep_ == "dobj"), None)
            film = ctx.film_of(project) if project is not None else None
            for actor_tok in (subj, *subj.conjuncts):
                actor = ctx.agent_of(actor_tok, _PERSONLIKE)
                ctx.emit(film, "castMember", actor, (actor_tok, verb), "cast:joined")
            return
        if cast is None and subj is not None:
            self.joined_as(verb, subj)
        if cast is None or subj is None:
            return
        films = _prep_objects(cast, ("of",)) + _prep_objects(verb, ("of", "in"))
        film = next((f for o in films if (f := ctx.film_of(o)) is not None), None)
        film = film or ctx.salient_film(verb.i)
        for actor_tok in _named_in([subj]):
            actor = ctx.person_despite_tagger(actor_tok) or ctx.ref_at(actor_tok)
            if actor is None:
                actor = ctx.guess(actor_tok, EntityType.PERSON)
            if actor is not None and actor.type is EntityType.PERSON:
                ctx.emit(film, "castMember", actor, (actor_tok, verb, cast), "cast:joined")

    def joined_as(self, verb: Token, subj: Token) -> None:
        """ "Montreal's Lumière Boréale joined as co-producer", "Ana Ruiz joined as
        producer": the role the newcomer took on the film in hand (a company that produces
        is a production company)."""
        ctx = self.ctx
        doc = ctx.doc
        roles = list(_prep_objects(verb, ("as",)))
        after = next(
            (t for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 4)] if t.lower_ == "as"), None
        )
        if not roles and after is not None and after.i + 1 < verb.sent.end:
            # "was hired as cinematographer", "came aboard as co-producer", whatever the parse
            # made of the role
            k = after.i + 1 + (doc[after.i + 1].lower_ in ("a", "an", "the", "its", "their"))
            if k + 2 < len(doc) and doc[k].lower_ == "co" and doc[k + 1].text in ("-", "‐"):
                k += 2
            roles = [doc[k]] if k < len(doc) else []
        company = subj.lemma_.casefold() in self.lex.relations["company_nouns"]
        for role_tok in roles:
            word = role_tok.lemma_.casefold()
            if role_tok.i >= 2 and doc[role_tok.i - 1].text in ("-", "‐"):
                word = f"{doc[role_tok.i - 2].lower_}-{word}"  # "co-producer", split
            role = self.role_nouns.get(word) or self.role_nouns.get(role_tok.lemma_.casefold())
            agent = ctx.agent_of(subj)
            if agent is None:
                # "the Norwegian company Fjellvind Film, ..., came aboard": the name in
                # apposition (a company's, if the noun says so)
                named = next((ctx.ref_at(t) for t in _named_in([subj])[1:] if ctx.ref_at(t)), None)
                if named is not None and company:
                    named = EntityRef(EntityType.ORGANIZATION, named.name)
                agent = named
            if role is None or agent is None:
                continue
            if agent.type is EntityType.ORGANIZATION:
                role = {"producer": "productionCompany"}.get(role, role)
                if role not in ("productionCompany", "distributor"):
                    continue
            elif role in ("productionCompany", "distributor"):
                continue
            film = ctx.salient_film(verb.i)
            ctx.emit(film, role, agent, (subj, verb, role_tok), "role-noun:joined-as")

    def countries_in_brackets(
        self, token: Token
    ) -> tuple[list[tuple[EntityRef, Token]], Span | None]:
        """The countries a bracket opened at `token` holds, when it holds nothing else but,
        last, the name of the film's maker: "(France)", "(Germany, Austria)", "(South
        Korea/Japan)", "(Greece, Nikos Andreou)", "(Ireland, dir. Siobhan Kearney)"."""
        doc = self.ctx.doc
        close = next(
            (t.i for t in doc[token.i + 1 : min(len(doc), token.i + 16)] if t.text == ")"), None
        )
        if close is None or close == token.i + 1:
            return [], None
        found: list[tuple[EntityRef, Token]] = []
        words: list[Token] = []
        for t in [*doc[token.i + 1 : close], doc[close]]:
            if t.text in (",", "/", ")", "and", "–", "-"):
                if not words:
                    return [], None
                joined = " ".join(w.text for w in words)
                name = self.lex.country(joined)
                if name is None and "/" in joined:
                    # "Georgia/France", which the tokenizer keeps as one word
                    parts = [self.lex.country(part) for part in joined.split("/")]
                    if all(parts):
                        found.extend((EntityRef(EntityType.PLACE, p), words[0]) for p in parts if p)
                        words = []
                        continue
                if name is None:
                    maker = _maker_words(doc[words[0].i : close])
                    if found and t.i == close and maker is not None:
                        return found, maker
                    return [], None
                found.append((EntityRef(EntityType.PLACE, name), words[0]))
                words = []
            else:
                words.append(t)
        return found, None

    def parenthesis(self, token: Token) -> None:
        """ "Corin (Tessa Vale)": a character, then the actor who plays them."""
        ctx = self.ctx
        doc = ctx.doc
        if token.i == 0 or token.i + 2 >= len(doc):
            return
        if _team_roles(ctx, token) is not None:
            # "Ellis Fenwick (Composer)": a team member's job, not a part (_team_credits)
            return
        before = ctx.ref_at(doc[token.i - 1])
        if before is None and token.i > 1 and doc[token.i - 1].is_quote:
            # '"The Salt Road" (1971)': a quoted title's bracket
            quoted = ctx.ref_at(doc[token.i - 2])
            before = quoted if quoted is not None and quoted.type is EntityType.FILM else None
        countries, maker_words = self.countries_in_brackets(token)
        if countries:
            # "Wolfsgrund (Germany, Austria)": a film's countries, as line-ups print them
            if before is not None and before.type is EntityType.FILM:
                for place, at in countries:
                    ctx.emit(before, "countryOfOrigin", place, (token, at), "country:bracket")
                if maker_words is not None:
                    # "(Greece, Nikos Andreou)": its director, as line-ups print them
                    named_maker = EntityRef(EntityType.PERSON, normalise_name(maker_words.text))
                    span = (token, maker_words[-1])
                    ctx.emit(before, "director", named_maker, span, "film-by:person")
                shut = next(t for t in doc[token.i :] if t.text == ")")
                after = doc[shut.i + 1 : shut.i + 3]
                if after and after[0].text == ",":
                    after = doc[shut.i + 2 : shut.i + 4]
                if len(after) == 2 and after[0].lower_ == "by":
                    # "Copper Lullaby (Nigeria, Ghana), by Obiora Nwankwo"
                    name = after[1]
                    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
                        name = name.head
                    maker = ctx.agent_of(name, (EntityType.PERSON,))
                    if maker is None:
                        # "(USA) by Jordan Whitfield, starring ...", a name the tagger missed
                        end = after[1].i
                        while end < len(doc) and end - after[1].i < 4 and doc[end].is_title:
                            end += 1
                        named = _maker_words(doc[after[1].i : end])
                        if named is not None:
                            maker = EntityRef(EntityType.PERSON, normalise_name(named.text))
                    ctx.emit(before, "director", maker, (token, after[1]), "film-by:person")
            return
        if before is not None and before.type in (*_WEAK_NER, EntityType.CHARACTER):
            commented = self.commented_player(token)
            if commented is not None:
                # "Otto Reinholt (Bruno Castellane, enjoying himself enormously)": a part,
                # then its player with the critic's word on them
                character = EntityRef(EntityType.CHARACTER, before.name)
                film = ctx.salient_film(token.i)
                self.portrayal(
                    film, commented, doc[token.i + 1], doc[token.i - 1], "parenthesis", character
                )
                return
        if before is not None and before.type is EntityType.PERSON:
            self.works_in_parenthesis(before, token)
            self.part_in_parenthesis(before, token)
            return
        if before is not None and before.type in (EntityType.ORGANIZATION, EntityType.PLACE):
            # "includes Gonzalo Meza (Rafael)": an actor, whatever the tagger says
            self.part_in_parenthesis(EntityRef(EntityType.PERSON, before.name), token)
        noun = doc[token.i - 1]
        inner_ref = ctx.ref_at(doc[token.i + 1])
        if (
            before is None
            and noun.lemma_.casefold() in ("character", "protagonist", "heroine", "hero")
            and any(c.lower_ in ("titular", "title") for c in noun.children)
            and inner_ref is not None
            and inner_ref.type is EntityType.PERSON
        ):
            # "follows its titular character (Actor)": the character the film is named after
            film = ctx.salient_film(token.i)
            if film is not None:
                character = EntityRef(EntityType.CHARACTER, film.name)
                ctx.emit(film, "character", character, (noun, token), "character:titular")
                ctx.emit(
                    film, "castMember", inner_ref, (noun, doc[token.i + 1]), "cast:parenthesis"
                )
                ctx.emit(
                    character,
                    "portrayedBy",
                    inner_ref,
                    (noun, doc[token.i + 1]),
                    "portrayal:parenthesis",
                    (("inFilm", film),),
                )
            return
        if (
            before is not None
            and before.type is EntityType.FILM
            and is_year(doc[token.i + 1])
            and doc[token.i + 2].text == ","
        ):
            # "Wolfsbane Junction (2013, Henning Ekwall)": the year, then the maker
            bracket_end = next((t.i for t in doc[token.i + 3 : token.i + 9] if t.text == ")"), None)
            if bracket_end is not None:
                ctx.emit(
                    before,
                    "publicationDate",
                    Year(int(doc[token.i + 1].text)),
                    (doc[token.i - 1], doc[token.i + 1]),
                    "date:title-year",
                )
                maker_name = normalise_name(doc[token.i + 3 : bracket_end].text)
                if personal_name(maker_name, self.lex):
                    maker = EntityRef(EntityType.PERSON, maker_name)
                    ctx.emit(
                        before, "director", maker, (token, doc[token.i + 3]), "citation:director"
                    )
                return
        if (
            before is not None
            and before.type is EntityType.FILM
            and is_year(doc[token.i + 1])
            and doc[token.i + 2].text == ")"
        ):
            # "Son of Zorro (1947)"
            year = Year(int(doc[token.i + 1].text))
            ctx.emit(
                before,
                "publicationDate",
                year,
                (doc[token.i - 1], doc[token.i + 1]),
                "date:title-year",
            )
            self.maker_after_citation(before, doc[token.i + 2])
            return
        if inner_ref is None and before is not None and doc[token.i + 1].pos_ == "PROPN":
            last = token.i + 1
            while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
                last += 1
            inner_ref = ctx.guess(doc[last], EntityType.PERSON)
        if before is not None and before.type is EntityType.FILM and inner_ref is not None:
            # "Via Appia (Sofia Marchetti, 2023)": the film's director and year, as film
            # writing cites films
            k = token.i + 1
            if ctx.owner[k] >= 0:
                while k < len(doc) and ctx.owner[k] == ctx.owner[token.i + 1]:
                    k += 1
            else:
                while k < len(doc) and doc[k].pos_ == "PROPN":
                    k += 1
            if (
                inner_ref.type is EntityType.PERSON
                and k + 2 < len(doc)
                and doc[k].text == ","
                and is_year(doc[k + 1])
                and closes_citation(doc, k + 2)
            ):
                start = ctx.mention_start(doc[token.i - 1])
                here = sentence_index(ctx.starts, token.i)
                owned = (start > 0 and doc[start - 1].lower_ in ("'s", "’s")) or any(
                    st.subject == before and st.predicate == "director" and st.sentence == here
                    for st in ctx.out.values()
                )
                if len(inner_ref.name.split()) > 1 and not owned:
                    # a first name and a surname: "(Quillplay, 2024)" names a platform;
                    # "Demirsoy's Dry Wells (Kuru Kuyular, 1963)": the possessive named the
                    # director, and the bracket the original title
                    ctx.emit(
                        before, "director", inner_ref, (doc[token.i + 1],), "citation:director"
                    )
                ctx.emit(
                    before,
                    "publicationDate",
                    Year(int(doc[k + 1].text)),
                    (doc[k + 1],),
                    "date:title-year",
                )
                return
        inner = ctx.ref_at(doc[token.i + 1])
        if (
            before is None
            or inner is None
            or before.type is not EntityType.CHARACTER
            or inner.type is not EntityType.PERSON
        ):
            return
        close = token.i + 1
        while close < len(doc) and ctx.owner[close] == ctx.owner[token.i + 1]:
            close += 1
        if close >= len(doc) or doc[close].text != ")":
            return
        if _award_line_item(ctx, token.i):
            # "Golden Lion: Ember Season (Chidi Okonkwo-Bello)": a prize's winner and its
            # maker (_award_lists), not a part and its player
            return
        film = ctx.salient_film(token.i)
        self.portrayal(film, inner, doc[token.i + 1], doc[token.i - 1], "parenthesis")

    def commented_player(self, token: Token) -> EntityRef | None:
        """The person named first in the bracket opening at `token` when a comment in lower
        case follows the name: "(Lucía Ferrandis, magnificent)"."""
        ctx, doc = self.ctx, self.ctx.doc
        first = doc[token.i + 1]
        inner = ctx.ref_at(first)
        if inner is None or inner.type is not EntityType.PERSON:
            return None
        after = ctx.mention_end(first.i)
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        for word in doc[after + 1 : after + 9]:
            if word.text == ")":
                return inner
            if not word.text.islower() and not word.is_punct:
                return None
        return None

    def maker_after_citation(self, film: EntityRef, close: Token) -> None:
        """ "Title (2016), dir. Oriel Stanmore", "Title (2001) by Lidia Morvan", "Title
        (1987) – Haruka Tamsett", "(2024), from director X", "(2013, Henning Ekwall)": the
        director a diary or list line names after the film's year."""
        ctx = self.ctx
        doc = ctx.doc
        line_end = close.i + 1
        while line_end < len(doc) and "\n" not in doc[line_end - 1].whitespace_:
            line_end += 1
        words = [t.lower_ for t in doc[close.i + 1 : min(line_end, close.i + 5)]]
        skip = 0
        for opener in (
            [",", "dir", "."],
            [",", "dir."],
            [",", "directed", "by"],
            [",", "from", "director"],
            ["from", "director"],
            [",", "by"],
            ["by"],
            ["–"],
            ["—"],
            ["-"],
            [","],
        ):
            if words[: len(opener)] == opener:
                skip = len(opener)
                break
        if not skip:
            return
        start = close.i + 1 + skip
        if words[skip - 1] in ("by", "from", ","):
            # "(2024), by the Belgian Mathilde Verhaegen", "(2025), from the Lithuanian
            # director Rūta Kazlauskaitė": the maker past a nationality and a trade
            lead = start + 1 if words[:skip] == [","] and doc[start].lower_ == "from" else start
            described = lead
            while described < min(line_end, lead + 3) and (
                doc[described].lower_ in ("the", "a", "an")
                or ctx.lex.demonyms.get(doc[described].lower_) is not None
            ):
                described += 1
            trade = described < line_end and doc[described].lower_ in _MAKER_TRADES
            if trade:
                start = described + 1
            elif described > lead and words[skip - 1] == "by":
                start = described
        if start >= line_end:
            return
        run = capitalised_run(doc, start, start, line_end, ctx.lex)
        if run is None or run[0] != start:
            return
        # the name runs to the end of its line, or to a full stop
        if (
            run[1] < line_end
            and doc[run[1]].text not in (".", ",", ";")
            and not doc[run[1]].is_space
        ):
            return
        name = normalise_name(doc[run[0] : run[1]].text)
        if (
            len(name.split()) < 2
            or any(t.ent_type_ in ("DATE", "GPE") for t in doc[run[0] : run[1]])
            # "Nightjar Avenue (1994) - Trivia - IMDb": a page title's section and site
            or any(t.is_punct and t.whitespace_ for t in doc[run[0] : run[1] - 1])
        ):
            return
        person = ctx.ref_at(doc[start])
        if person is not None and person.type not in _WEAK_NER:
            return
        if words[:skip] == [","] and not (
            (person is not None and person.type is EntityType.PERSON)
            or personal_name(name, ctx.lex)
        ):
            # "Dona Lurdes (1992), Henrique Loureiro-Bastos." names its maker bare; a bare
            # comma before anything but a person's name is no credit
            return
        if words[0] in ("–", "—", "-") and any(
            t.lower_ in ctx.lex.relations["edition_words"]["words"] for t in doc[run[0] : run[1]]
        ):
            # "IRONWOOD (1987) — Limited Edition 4K UHD": a product page's edition, no maker
            return
        ctx.emit(
            film,
            "director",
            EntityRef(EntityType.PERSON, name),
            (close, doc[start]),
            "citation:maker",
        )

    def part_in_parenthesis(self, person: EntityRef, token: Token) -> None:
        """ "Its cast includes Gonzalo Meza (Rafael) and ...": in a cast list, the name in
        brackets after an actor is their part."""
        ctx = self.ctx
        doc = ctx.doc
        sent = token.sent
        words = [t for t in sent if not t.is_space]
        cue = any(
            (
                (t.lemma_.casefold() in self.cast_nouns or t.lemma_.casefold() in self.cast_verbs)
                # (not "a kidnapped football star": someone's fame, no cast)
                and not any(c.dep_ == "compound" for c in t.children)
            )
            or t.lower_ in ("starring", "featuring", "alongside", "opposite")
            # "With Paul Ebner (Ferryman Toni), ...": a credits line's cast label
            or (t.i == words[0].i and t.text == "With")
            for t in words
        )
        if not cue or any(
            t.lemma_.casefold() in self.winner_nouns
            or t.lemma_.casefold() in self.nomination_nouns
            or t.lemma_.casefold() in self.nominate_verbs
            or t.lemma_.casefold() in ("competitor", "rival", "contender")
            for t in sent
        ):
            # "her competitors included Carey Mulligan (Maestro)": a nominee's film
            return
        start = token.i + 1
        end = start
        while end < sent.end and doc[end].pos_ == "PROPN" and is_capitalised(doc[end]):
            end += 1
        if end == start or end - start > 3 or end >= len(doc) or doc[end].text != ")":
            return
        inner = ctx.ref_at(doc[start])
        if inner is not None and inner.type not in (*_WEAK_NER, EntityType.CHARACTER):
            return
        name = inner.name if inner is not None else normalise_name(doc[start:end].text)
        if name == person.name or EntityRef(EntityType.FILM, name) in ctx.film_counts:
            # "Hollis Vantreight (Glass Harbour) is set to star": a trade paper's note of the
            # actor's known film, which the text names as a film elsewhere
            return
        film = ctx.salient_film(token.i)
        bracketed = EntityRef(EntityType.PERSON, name)
        if end - start == 1 and ctx.surname(bracketed) and not ctx.surname(person):
            # "junior diplomat Lucien Barre (Morel)": the bracket holds the surname of an
            # actor the text credits in full, so the name before it is the part
            character = EntityRef(EntityType.CHARACTER, person.name)
            self.portrayal(film, bracketed, doc[start], doc[token.i - 1], "parenthesis", character)
            return
        character = EntityRef(EntityType.CHARACTER, name)
        self.portrayal(film, person, doc[token.i - 1], doc[start], "parenthesis", character)

    def works_in_parenthesis(self, person: EntityRef, token: Token) -> None:
        """ "directed by Ann Lee (Film A, Film B)": the director's earlier films."""
        ctx = self.ctx
        doc = ctx.doc
        window = doc[max(token.sent.start, token.i - 8) : token.i]
        if not any(
            t.lemma_.casefold() in ("direct", "director", "filmmaker")
            # not "Director of photography is X (Film A)": another role's credits
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")
            for t in window
        ):
            return
        close = next(
            (t.i for t in doc[token.i + 1 : min(len(doc), token.i + 30)] if t.text == ")"), None
        )
        if close is None:
            return
        chunks: list[list[Token]] = [[]]
        for inner in doc[token.i + 1 : close]:
            if inner.text in (",", ";") or inner.lower_ == "and":
                chunks.append([])
            else:
                chunks[-1].append(inner)
        found = [
            {
                ref
                for t in chunk
                if (ref := ctx.ref_at(t)) is not None and ref.type is EntityType.FILM
            }
            for chunk in chunks
        ]
        for chunk, films in zip(chunks, found, strict=True):
            named = " ".join(t.text for t in chunk)
            if (
                chunk
                and not films
                and any(found)
                and all(is_capitalised(t) or t.lower_ in self.lex.title_words for t in chunk)
                and is_capitalised(chunk[0])
                and not any(is_year(t) for t in chunk)
                and self.lex.country(named) is None
            ):
                # "(Midnight Ferry, Nine Dragons Down)": beside a title, a title the tagger
                # read otherwise
                films = {EntityRef(EntityType.FILM, normalise_name(named))}
            for film in films:
                ctx.emit(film, "director", person, (token, chunk[0]), "works-list:person")

    def plot_character(self, verb: Token) -> None:
        """ "The film follows C", "X centers on C", "played by" after a character."""
        ctx = self.ctx
        lemma = verb.lemma_.casefold()
        if lemma in _played_by_lemmas() and verb.dep_ == "acl":
            return
        if lemma in ("portray", "star", "feature") and verb.dep_ != "ROOT":
            return
        subj = _subject_of(verb)
        film = ctx.film_of(subj)
        if film is None:
            return
        objs: list[Token] = []
        for child in verb.children:
            if child.dep_ == "dobj":
                objs.extend(_objects(child))
        objs.extend(_prep_objects(verb, ("on", "around")))
        for obj in objs:
            ref = ctx.ref_at(obj)
            actor = self.bracketed_actor(obj) if ref is None else None
            if actor is not None:
                # "follows a street vendor (Lucia Prado)": an unnamed part and its actor
                ctx.emit(film, "castMember", actor[1], (verb, actor[0]), "cast:unnamed-part")
            if ref is not None and ref.type is EntityType.CHARACTER:
                ctx.emit(film, "character", ref, (verb, obj), "character:plot-verb")
            elif ref is not None and ref.type is EntityType.PERSON and lemma in ("follow",):
                ctx.emit(
                    film,
                    "character",
                    EntityRef(EntityType.CHARACTER, ref.name),
                    (verb, obj),
                    "character:plot-verb",
                )

    def part_as(self, noun: Token) -> None:
        """ "her role as Dona Celia", "Hale's turn as the sheriff X in Title": the actor
        is the possessor, or the subject of the clause when the possessor is a pronoun."""
        ctx = self.ctx
        doc = ctx.doc
        chars = _prep_objects(noun, ("as",))
        loose = None
        if not chars and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "as":
            # "Ines Vold's performance as Mara is superb", which the parse reads as a clause
            loose = _as_character(ctx, noun.i + 1, noun.sent.end)
            if loose is None:
                return
        elif not chars:
            self.performance(noun)
            return
        # "her role", "her screen debut" (which the parse may hang on "screen")
        owner = next(
            (t for t in noun.subtree if t.dep_ == "poss" and t.i < noun.i and t.i >= noun.i - 3),
            None,
        )
        if (
            owner is None
            and (chars or loose)
            and (film_named := self.film_after_in(noun)) is not None
        ):
            # "She followed it with a bruising turn as the con artist V in Zarrinkolah's
            # Petit Four": the part's player is the clause's subject, in the film named
            verb = noun.head
            subject = None
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX"):
                    subject = _subject_of(verb)
                if subject is not None or verb.head.i == verb.i:
                    break
                verb = verb.head
            player = None
            if subject is not None:
                player = (
                    ctx.ref_at(subject)
                    or self.pronoun_person(subject)
                    or ctx.salient_person(subject)
                )
            parts = self.parts_after_as(noun, chars)
            if loose is not None:
                parts.append((loose[1], loose[2]))
            if player is not None and player.type is EntityType.PERSON and subject is not None:
                for char_tok, character in parts:
                    self.portrayal(film_named, player, subject, char_tok, "as", character)
            return
        if owner is None:
            return
        actor_tok: Token | None = owner
        if owner.pos_ == "PRON":
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                actor_tok = _subject_of(verb)
            else:
                # "Best Actress / Oona Vesterlund for her role as Kaija in ...": a verbless
                # line's name, which the phrase hangs on
                actor_tok = verb if noun.head.lower_ == "for" and noun.head.head == verb else None
        actor = ctx.ref_at(actor_tok) if actor_tok is not None else None
        if actor_tok is None or actor is None or actor.type is not EntityType.PERSON:
            return
        film = self.film_after_in(noun) or ctx.salient_film(noun.i)
        if loose is not None:
            after, named, character = loose
            if owner.pos_ == "PRON" or (
                # "her role as the fiery Manson family acolyte": a name inside a description
                after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].text.islower()
            ):
                return
            self.portrayal(film, actor, actor_tok, named, "as", character)
        for char_tok, character in self.parts_after_as(noun, chars):
            self.portrayal(film, actor, actor_tok, char_tok, "as", character)

    def parts_after_as(self, noun: Token, chars: list[Token]) -> list[tuple[Token, EntityRef]]:
        """The parts a part noun's "as" names: a character the text typed, or the name after
        a description ("makes her screen debut as the maid Hetty")."""
        ctx = self.ctx
        parts: list[tuple[Token, EntityRef]] = []
        for char_tok in chars:
            ref = ctx.ref_at(char_tok)
            if ref is not None and ref.type is EntityType.CHARACTER:
                parts.append((char_tok, ref))
                continue
            marker = char_tok.head
            part = _as_character(ctx, marker.i, noun.sent.end) if marker.lower_ == "as" else None
            if part is not None:
                parts.append((part[1], part[2]))
        return parts

    def performance(self, noun: Token) -> None:
        """ "Ostrava rests on Zuzana Horakova's lead performance": whose performance a film
        has is in its cast."""
        ctx = self.ctx
        if noun.lemma_.casefold() not in ("performance", "turn"):
            return
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = ctx.ref_at(owner) if owner is not None else None
        if owner is None or named is None:
            return
        if named.type is not EntityType.PERSON:
            if named.type not in _WEAK_NER or not personal_name(named.name, self.lex):
                return
            named = EntityRef(EntityType.PERSON, named.name)
        film = self.film_after_in(noun) or ctx.salient_film(noun.i)
        if film is not None and film.type is EntityType.FILM:
            ctx.emit(film, "castMember", named, (owner, noun), "cast:performance")

    def bracketed_actor(self, noun: Token) -> tuple[Token, EntityRef] | None:
        """The person named in brackets right after a lower-case noun: "a street vendor
        (Lucia Prado)" (whatever the tagger made of the noun: "a Berlin locksmith")."""
        ctx = self.ctx
        doc = ctx.doc
        if not noun.text.islower() or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        i = noun.i + 1
        if i + 2 >= len(doc) or doc[i].text != "(":
            return None
        ref = ctx.ref_at(doc[i + 1])
        if ref is None or ref.type is not EntityType.PERSON:
            return None
        k = ctx.owner[i + 1]
        j = i + 1
        while j < len(doc) and ctx.owner[j] == k:
            j += 1
        if j >= len(doc) or doc[j].text != ")":
            return None
        return doc[i + 1], ref

    # -- awards ---------------------------------------------------------------------------

    def awards_in(self, tokens: Iterable[Token]) -> list[tuple[Token, EntityRef]]:
        ctx = self.ctx
        found = []
        seen = set()
        for token in tokens:
            items = _objects(token)
            if token.lemma_.casefold() in _AWARD_NOUNS:
                # "the Best Actress trophy": the category names the trophy
                items += [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            for obj in items:
                ref = ctx.ref_at(obj)
                if ref is None or ref.type is not EntityType.AWARD:
                    continue
                # "claiming A, B, and C": the parse often breaks such lists; read the run
                for item, award in [(obj, ref), *self.award_run(obj)]:
                    if award not in seen:
                        seen.add(award)
                        found.append((item, award))
        return found

    def after_ceremony(self, i: int) -> int:
        """The token after "at the 81st Academy Awards" starting at token `i`, else `i`."""
        ctx = self.ctx
        doc = ctx.doc
        if i + 1 >= len(doc) or doc[i].lower_ not in ("at", "during"):
            return i
        j = i + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        k = ctx.owner[j]
        if k < 0 or ctx.refs[k].type is not EntityType.CEREMONY:
            return i
        while j < len(doc) and ctx.owner[j] == k:
            j += 1
        return j

    def own_ceremony(self, token: Token) -> EntityRef | None:
        """The ceremony named right after an award mention: "the Annecy Cristal at the 32nd
        Annecy festival"."""
        ctx = self.ctx
        k = ctx.owner[token.i]
        i = token.i
        while i < len(ctx.doc) and ctx.owner[i] == k:
            i += 1
        after = self.after_ceremony(i)
        return None if after == i else ctx.refs[ctx.owner[after - 1]]

    def award_run(self, token: Token) -> list[tuple[Token, EntityRef]]:
        """The awards coordinated after the award mention at `token`: ", B, and C"."""
        ctx = self.ctx
        doc = ctx.doc
        end = token.sent.end
        run: list[tuple[Token, EntityRef]] = []
        k = ctx.owner[token.i]
        i = token.i
        while i < end and ctx.owner[i] == k:
            i += 1
        while i < end:
            j = self.after_ceremony(i)
            if j + 1 < end and doc[j].lower_ == "for" and ctx.owner[j + 1] >= 0:
                # "Best Director for A and Best Actor for B": past each winner's name
                j += 1
                named = ctx.owner[j]
                while j < end and ctx.owner[j] == named:
                    j += 1
            while j < end and doc[j].lower_ in (",", "and", "as", "well", "or", ";", "the"):
                j += 1
            if j == i or j >= end:
                break
            ref = ctx.ref_at(doc[j])
            if ref is None or ref.type is not EntityType.AWARD:
                break
            run.append((doc[j], ref))
            k = ctx.owner[j]
            i = j
            while i < end and ctx.owner[i] == k:
                i += 1
        return run

    def qualifiers(self, verb: Token) -> tuple[tuple[str, Value], ...]:
        ctx = self.ctx
        quals: list[tuple[str, Value]] = []
        for obj in _prep_objects(verb, ("at", "in", "during")):
            ref = ctx.ref_at(obj)
            if ref is not None and ref.type is EntityType.CEREMONY:
                quals.append(("ceremony", ref))
            elif is_year(obj):
                quals.append(("year", Year(int(obj.text))))
        if not any(name == "ceremony" for name, _ in quals):
            # "the 2024 X Awards saw ... win Y": the one ceremony the sentence names
            sent = verb.sent
            ceremonies = {
                ref
                for t in sent
                if (ref := ctx.ref_at(t)) is not None and ref.type is EntityType.CEREMONY
            }
            if len(ceremonies) == 1:
                quals.append(("ceremony", ceremonies.pop()))
        for name, value in list(quals):
            # "the 2024 X Awards": the ceremony's name gives the year
            if name == "ceremony" and isinstance(value, EntityRef):
                first = value.name.split()[0]
                if not any(n == "year" for n, _ in quals) and _YEAR.fullmatch(first):
                    quals.append(("year", Year(int(first))))
        return tuple(quals)

    def award_subjects(self, verb: Token) -> tuple[EntityRef | None, EntityRef | None]:
        """(film, person) that received what the verb gives."""
        ctx = self.ctx
        subj = _subject_of(verb)
        if subj is None:
            return ctx.film_at(None, verb), None
        if any(t.lower_ == "whose" for t in subj.subtree) and (
            subj.pos_ == "PROPN"
            or subj.lemma_.casefold() in self.lex.film_nouns
            or any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in subj.children)
        ):
            # "Tessier, whose Les Ombres courtes won the Louis Delluc Prize": the work the
            # clause names, or nothing the text is about
            named = next(
                (
                    ref
                    for t in subj.subtree
                    if (ref := ctx.ref_at(t)) is not None and ref.type is EntityType.FILM
                ),
                None,
            )
            return named, None
        pronoun = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
            ),
            None,
        )
        dative = next((c for c in verb.children if c.dep_ == "dative"), None)
        given = None
        if dative is not None and dative.lower_ in ctx.surnames:
            # "which won Rocha the Silver Shell": a surname the text gave in full before
            given = next(
                (
                    r
                    for r in ctx.refs
                    if r.type is EntityType.PERSON
                    and r.name.split()[-1].casefold() == dative.lower_
                ),
                None,
            )
        if given is None and dative is not None and dative.pos_ == "PROPN":
            # (a pronoun's person is left to the award's own rules: "it won him the X")
            given = ctx.agent_of(dative, (EntityType.PERSON,))
        if pronoun is not None:
            # '... directed "Tidewater Hymn" (2019), which was nominated for X': the film
            # named right before the pronoun, past its bracket, whatever the parse hung it on;
            # "X, which won Kjær the Silver Bear": the player the film won it for
            named = ctx.film_before_comma(pronoun.i)
            if named is not None:
                return named, given
        ref = ctx.ref_at(subj)
        person = ref if ref is not None and ref.type is EntityType.PERSON else None
        if ref is None and subj.lower_ in ("he", "she", "i"):
            # "She was nominated for the Czech Lion for Zimní zahrada": the person the
            # pronoun stands for, when the text makes that clear
            person = ctx.agent_of(subj, (EntityType.PERSON,))
        film = None if person is not None else ctx.film_at(subj, verb)
        if film is not None and given is not None:
            # "The Long Thaw won Marit Lund the BAFTA"
            return film, given
        if (
            person is None
            and dative is not None
            and subj.lemma_.casefold() in self.lex.opening["part_nouns"]
        ):
            # "The performance won her the BAFTA": the player it won the award for, in the
            # film the performance is in
            person = (
                ctx.agent_of(dative, (EntityType.PERSON,))
                or ctx.person_before(dative)
                or self.antecedent(dative)
            )
            if person is not None:
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                held = _prep_objects(subj, ("in",))
                film = (
                    (ctx.film_of(held[0]) if held else None)
                    or (ctx.film_of(owner) if owner is not None else None)
                    or ctx.salient_film(verb.i)
                )
                return film, person
        if person is not None:
            # "won the Award for Best Actor for X": "for X" may hang on the award
            for_objs = _prep_objects(verb, ("for",)) + [
                o
                for c in verb.children
                if c.dep_ in ("dobj", "prep")
                for t in c.subtree
                if t.lower_ == "for" and t.i > verb.i
                for o in t.children
                if o.dep_ == "pobj"
            ]
            for obj in for_objs:
                found = ctx.film_of(obj)
                for child in obj.children:
                    # "for X's performance", "for her role in X"
                    if found is None and child.dep_ == "poss":
                        found = ctx.film_of(child)
                if found is None:
                    for inner in _prep_objects(obj, ("in",)):
                        found = found or ctx.film_of(inner)
                if found is None and obj.lemma_.casefold() in self.lex.opening["part_nouns"]:
                    # "for his turn as a surgeon in Lee's The Ward": the film the part is
                    # in, wherever the parse hung "in"; else the film the text is about
                    found = self.film_after_in(obj) or ctx.salient_film(obj.i)
                if found is not None:
                    film = found
            # "Vale, star of X, won"
            for child in subj.children:
                if child.dep_ == "appos":
                    for obj in _prep_objects(child, ("of",)):
                        found = ctx.film_of(obj)
                        if found is not None:
                            film = found
            for obj in _prep_objects(verb, ("with",)):
                # "With this film, Lee won the Golden Lion"
                film = film or ctx.film_of(obj)
            if film is None:
                # "X became the first film ..., with Lawrence winning Best Actress": the film
                # the sentence opens with
                film = ctx.sentence_subjects.get(sentence_index(ctx.starts, verb.i))
        return film, person

    def film_after_in(self, part: Token) -> EntityRef | None:
        """The film named after the first "in" that follows a part noun in its sentence
        ("his turn as a disgraced surgeon in Lee's The Ward")."""
        ctx = self.ctx
        doc = ctx.doc
        end = min(part.sent.end, part.i + 12)
        for k in range(part.i + 1, end):
            if doc[k].lower_ != "in":
                continue
            for t in doc[k + 1 : min(part.sent.end, k + 10)]:
                ref = ctx.ref_at(t)
                if ref is not None and ref.type is EntityType.FILM:
                    return ref
            return None
        return None

    def won(self, verb: Token, lemma: str) -> None:
        ctx = self.ctx
        if lemma in ("take", "pick") and not any(c.lower_ in ("home", "up") for c in verb.children):
            # "took home the prize"; or "took the Silver Pine", "took best actor for X", whose
            # object is a prize or a category ("took the stage" is neither)
            dobjs = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(
                ((ref := ctx.ref_at(o)) is not None and ref.type is EntityType.AWARD)
                or any(t.lower_ == "best" for t in o.subtree)
                for o in dobjs
            ):
                return
        if lemma == "name" and not any(c.dep_ == "auxpass" for c in verb.children):
            # "was named Best Actress" is a win; "named her daughter" is not
            return
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "dative")]
        if any(o.lemma_.casefold() in self.nomination_nouns for o in objs):
            # "received seven nominations, including A and B": nominations, not wins
            return
        objs += [c for c in verb.children if c.dep_ == "prt" for c in c.children]
        if lemma in _LEAVING_VERBS:
            objs = _prep_objects(verb, ("with",))
        for child in list(verb.children):
            if child.dep_ == "dobj" and child.lemma_.casefold() in (
                "award",
                "prize",
                "trophy",
                "honor",
                "honour",
            ):
                objs.extend(_prep_objects(child, ("including", "for", "of")))
                # "won five prizes at X, including A and B", "won the award for Best
                # Cinematography": the list or the category hung on the verb
                objs.extend(_prep_objects(verb, ("including", "for")))
            elif child.dep_ == "dobj" and child.pos_ == "NUM":
                # "won six, including Best Film and Best Actor for A"
                objs.extend(_prep_objects(verb, ("including",)))
                if child.i + 1 < len(ctx.doc) and ctx.doc[child.i + 1].text == ":":
                    # "won three: Best Lead Actress (Marlowe), Best Cinematography (Aaberg)"
                    objs.extend(
                        t
                        for t in ctx.doc[child.i + 2 : child.sent.end]
                        if (ref := ctx.ref_at(t)) is not None
                        and ref.type is EntityType.AWARD
                        and ctx.mention_start(t) == t.i
                    )
        awards = self.awards_in(objs)
        quals = self.qualifiers(verb)
        if not awards:
            awards = self.categories_at(objs, quals)
        if not awards:
            return
        film, person = self.award_subjects(verb)
        people = self.award_people(verb, person)
        ceremonies = [v for n, v in quals if n == "ceremony"]
        for obj, award in awards:
            own = self.own_ceremony(obj)
            mine = quals
            if own is not None or len(ceremonies) > 1:
                # each award of a list at its own ceremony; several ceremonies and none of
                # them next to this award: none is known to be its
                mine = tuple(q for q in quals if q[0] != "ceremony") + (
                    (("ceremony", own),) if own is not None else ()
                )
            named = self.winner_after_for(obj, award) if person is None else None
            if named is None and person is None and film is not None:
                # "Best Adapted Screenplay (Wirth and Dunleavy)": the winners in brackets
                winners = self.winners_in_brackets(obj, award)
                for winner, token in winners:
                    pq = (*mine, ("forWork", film))
                    ctx.emit(
                        winner, "awardReceived", award, (obj, token), "award:won-for-person", pq
                    )
                if winners:
                    ctx.emit(film, "awardReceived", award, (verb, obj), "award:won-for-work", mine)
                    continue
            if named is not None and film is not None:
                # "it won six, including Best Director for Wolańska": the film's award,
                # given to the person named
                pq = (*mine, ("forWork", film))
                ctx.emit(named, "awardReceived", award, (verb, obj), "award:won-for-person", pq)
                ctx.emit(film, "awardReceived", award, (verb, obj), "award:won-for-work", mine)
                continue
            if person is not None:
                pq = mine + ((("forWork", film),) if film is not None else ())
                for who in people:
                    ctx.emit(who, "awardReceived", award, (verb, obj), "award:won", pq)
                ctx.emit(film, "awardReceived", award, (verb, obj), "award:won-for-work", mine)
            else:
                ctx.emit(film, "awardReceived", award, (verb, obj), "award:won", mine)
            for nominee in [film] if film is not None or not people else people:
                self.winner_nominee(nominee, award, verb, obj, mine)

    def winners_in_brackets(self, token: Token, award: EntityRef) -> list[tuple[EntityRef, Token]]:
        """The people in the bracket right after the award mention at `token`: "Best
        Adapted Screenplay (Wirth and Dunleavy)"."""
        ctx = self.ctx
        doc = ctx.doc
        i = ctx.mention_end(token.i)
        if i >= token.sent.end or doc[i].text != "(":
            return []
        close = next(
            (k for k in range(i + 1, min(i + 5, token.sent.end)) if doc[k].text == ")"), None
        )
        words = self.lex.opening["person_category_words"]
        if (
            close is not None
            and ctx.ref_at(doc[i + 1]) is None
            and 2 <= close - i - 1 <= 3
            and all(t.pos_ == "PROPN" and is_capitalised(t) for t in doc[i + 1 : close])
            and any(w in award.name.casefold().split() for w in words)
        ):
            # "Best Lead Actress (Tilly Marsh)": a person's category, whatever the tagger
            # made of the name
            name = normalise_name(doc[i + 1 : close].text)
            return [(EntityRef(EntityType.PERSON, name), doc[i + 1])]
        found: list[tuple[EntityRef, Token]] = []
        for t in doc[i + 1 : token.sent.end]:
            if t.text == ")":
                return found
            if ctx.mention_start(t) != t.i:
                continue
            ref = ctx.ref_at(t)
            if ref is not None and ref.type is not EntityType.PERSON:
                ref = ctx.person_despite_tagger(t)
            if ref is None:
                if t.text not in (",", "and", "&"):
                    return []
                continue
            found.append((ref, t))
        return []

    def winner_after_for(self, token: Token, award: EntityRef) -> EntityRef | None:
        """The person named after "for" right after an award mention: "Best Actor for
        Dobrowolski" (a surname the tagger read as a company, when the category is a
        person's)."""
        ctx = self.ctx
        doc = ctx.doc
        k = ctx.owner[token.i]
        i = token.i
        while i < token.sent.end and ctx.owner[i] == k:
            i += 1
        if i + 1 >= token.sent.end or doc[i].lower_ != "for":
            return None
        ref = ctx.ref_at(doc[i + 1])
        if ref is None:
            return None
        if ref.type is EntityType.PERSON:
            return ref
        words = self.lex.opening["person_category_words"]
        if any(w in award.name.casefold().split() for w in words):
            return ctx.person_despite_tagger(doc[i + 1])
        return None

    def went_to(self, verb: Token) -> None:
        """ "The Silver Heron for Best Director went to A for Title", "Best Actress went to
        A (Title)": the award's winner, and the work it was for."""
        ctx = self.ctx
        subj = _subject_of(verb)
        award = ctx.ref_at(subj) if subj is not None else None
        if (award is None or award.type is not EntityType.AWARD) and verb.tag_ != "VBN":
            # "The jury gave its Grand Jury Prize to X": the prize is the object
            dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            award = ctx.ref_at(dobj) if dobj is not None else None
            if award is None and dobj is not None:
                award = self.award_named_before(dobj)
        elif award is None and subj is not None:
            award = self.award_named_before(subj)
        if award is None or award.type is not EntityType.AWARD:
            return
        quals = self.qualifiers(verb)
        for obj in _prep_objects(verb, ("to",)):
            winner = ctx.ref_at(obj)
            if winner is None:
                continue
            if winner.type in _FILMLIKE:
                ctx.emit(winner, "awardReceived", award, (verb, obj), "award:went-to", quals)
                continue
            bracket = self.bracketed_film(obj)
            if winner.type is not EntityType.PERSON and bracket is not None:
                # "went to A (Title)": a performer, whatever the tagger made of the name
                winner = ctx.person_despite_tagger(obj) or winner
            if winner.type is not EntityType.PERSON:
                continue
            film = next(
                (
                    f
                    for o in _prep_objects(verb, ("for",)) + _prep_objects(obj, ("for",))
                    if (f := ctx.film_of(o))
                ),
                None,
            )
            film = film or bracket
            pq = quals + ((("forWork", film),) if film is not None else ())
            ctx.emit(winner, "awardReceived", award, (verb, obj), "award:went-to", pq)
            ctx.emit(film, "awardReceived", award, (verb, obj), "award:won-for-work", quals)

    def part_went_to(self, verb: Token) -> None:
        """ "The part went to Juno Halloran", "the role of Maggie went to X": the actor
        cast in the film in hand."""
        subj = _subject_of(verb)
        if subj is None or subj.lemma_.casefold() not in self.lex.opening["part_nouns"]:
            return
        for obj in _prep_objects(verb, ("to",)):
            self.cast_in_part(subj, obj, verb, "cast:part-went-to")

    def took_part(self, verb: Token) -> None:
        """ "Ellis Vantreece took over the role", "X took the part of Y": the actor who
        plays it in the film in hand."""
        if not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) and not any(
            c.dep_ == "dobj" and _prep_objects(c, ("of",)) for c in verb.children
        ):
            return
        subj = _subject_of(verb)
        part = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.lemma_.casefold() in self.lex.opening["part_nouns"]
            ),
            None,
        )
        if subj is not None and part is not None:
            self.cast_in_part(part, subj, verb, "cast:took-over-part")

    def cast_in_part(self, part: Token, actor_tok: Token, verb: Token, rule: str) -> None:
        """`actor_tok` cast in the film in hand, in the part `part` names ("the role of
        Maggie Corrigan") or the text named just before ("the role of ... The part went to")."""
        ctx = self.ctx
        actor = ctx.agent_of(actor_tok, (EntityType.PERSON,)) or ctx.person_despite_tagger(
            actor_tok
        )
        if actor is None or actor.type is not EntityType.PERSON:
            return
        film = ctx.salient_film(verb.i)
        if film is None:
            return
        ctx.emit(film, "castMember", actor, (verb, actor_tok), rule)
        parts = self.lex.opening["part_nouns"]
        named = [o for o in _prep_objects(part, ("of",)) if ctx.ref_at(o) is not None]
        if not named and any(c.lower_ == "the" for c in part.children):
            # "the role of Maggie Corrigan ... The part went to X": the part named last
            start = ctx.doc[part.sent.start - 1].sent.start if part.sent.start else 0
            named = [
                o
                for t in ctx.doc[start : part.i]
                if t.lemma_.casefold() in parts
                for o in _prep_objects(t, ("of",))
                if ctx.ref_at(o) is not None
            ][-1:]
        for name in named:
            ref = ctx.ref_at(name)
            if ref is not None and ref.type in (EntityType.CHARACTER, EntityType.PERSON):
                # the name of a part is a character's, whatever the tagger made of it
                character = EntityRef(EntityType.CHARACTER, ref.name)
                self.portrayal(film, actor, actor_tok, name, "as", character)

    def award_named_before(self, noun: Token) -> EntityRef | None:
        """ "that award", "the prize": the award the text named last, in this sentence or
        the two before."""
        if noun.lemma_.casefold() not in ("award", "prize", "trophy") or not any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in noun.children
        ):
            return None
        ctx = self.ctx
        here = sentence_index(ctx.starts, noun.i)
        first = ctx.starts[max(0, here - 2)]
        for i in range(noun.i - 1, first - 1, -1):
            ref = ctx.ref_at(ctx.doc[i])
            if ref is not None and ref.type is EntityType.AWARD:
                return ref
        return None

    def credit_as(self, noun: Token) -> None:
        """ "Her first credit as director of photography came on The Salt Window", "Her last
        credit, shared with Frykberg as co-cinematographer, was Winter Kitchen": the job the
        credit names, on the film it names, for its holder."""
        ctx = self.ctx
        doc = ctx.doc
        role_tok = next(
            (
                o
                for t in (noun, *noun.subtree)
                for o in _prep_objects(t, ("as",))
                if o.lemma_.casefold().removeprefix("co-") in self.role_nouns
                or (o.i >= 2 and doc[o.i - 1].text == "-" and doc[o.i - 2].lower_ == "co")
            ),
            None,
        )
        if role_tok is None:
            return
        role = self.role_nouns.get(role_tok.lemma_.casefold().removeprefix("co-"))
        if role is None:
            return
        role = _noun_role(role_tok, role)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return
        holder = ctx.ref_at(owner) or self.pronoun_person(owner) or ctx.salient_person(owner)
        if holder is None or holder.type is not EntityType.PERSON:
            return
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            return
        places = _prep_objects(verb, ("on", "in", "with")) + [
            c for c in verb.children if c.dep_ in ("attr", "acomp")
        ]
        for place in places:
            film = ctx.film_of(place)
            if film is None and place.pos_ == "NOUN":
                # "was Eklöf's small family drama Winter Kitchen": the title after its noun
                film = next(
                    (
                        found
                        for t in place.subtree
                        if (found := ctx.ref_at(t)) is not None and found.type is EntityType.FILM
                    ),
                    None,
                )
            if film is not None and film.type is EntityType.FILM:
                ctx.emit(film, role, holder, (noun, place), "role-noun:credit-as")
                return

    def part_by(self, noun: Token, role: str) -> None:
        """ "from a script by Dev Anand-Whitlock", "a score by X": who made a part of the
        film the sentence is about."""
        ctx = self.ctx
        agents = _prep_objects(noun, ("by",))
        if not agents and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "The screenplay is by Perpetua Holloway and Benedikt Aarens."
            agents = _prep_objects(noun.head, ("by",))
            agents += [c for a in agents for c in a.conjuncts]
        if (
            not agents
            and noun.dep_ == "nsubjpass"
            and noun.head.lemma_.casefold() in self.lex.relations["part_verbs"]["words"]
        ):
            # "The editing was done by Sara Lemos"
            agents = _agents(noun.head)
        doc = ctx.doc
        if not agents and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
            # "The score, by Anneke Vos, is ...", wherever the parse hung "by"
            marker = doc[noun.i + 2]
            if marker.lower_ == "by":
                agents = [c for c in marker.children if c.dep_ == "pobj"]
        rule = "role-noun:part-by"
        owner_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        if not agents and owner_tok is not None and noun.dep_ in ("nsubj", "nsubjpass"):
            # "Rhoda Kimura's editing earned the film its only nomination": the part's maker,
            # where the sentence's subject is the part
            maker = ctx.ref_at(owner_tok)
            if maker is not None and maker.type is EntityType.PERSON:
                agents = [owner_tok]
                rule = "role-noun:possessive-part"
        if not agents:
            return
        if (
            noun.dep_ in ("nsubj", "nsubjpass", "dobj")
            and noun.head.lemma_.casefold() in self.lex.relations["rejected_parts"]["verbs"]
        ):
            # "The original score by Martin Galvey was rejected by the studio": a part the
            # film does not have
            return
        owner = owner_tok if rule == "role-noun:part-by" else None
        film = ctx.film_of(owner) if owner is not None else None
        if film is None and rule == "role-noun:possessive-part":
            named = _prep_objects(noun, ("for", "of", "on"))
            film = next((f for o in named if (f := ctx.film_of(o))), None)
            if film is None and named:
                # "Orme's script for Lowtide": a work the text does not show is a film
                return
        film = film or ctx.film_at(None, noun) or ctx.salient_film(noun.i)
        for agent in agents:
            ctx.emit(film, role, self.maker_at(agent), (noun, agent), rule)

    def company_despite_tagger(
        self, ref: EntityRef | None, roles: dict[str, str], which: bool = False
    ) -> EntityRef | None:
        """A one-word name the tagger read as a person's, in a slot only companies fill
        ("Distributed by Tallowmere"), is a company's; so is any name "which" does a
        company's work ("Meridian Crest, which distributes the film")."""
        if (
            ref is not None
            and ref.type is EntityType.PERSON
            and "Person" not in roles
            and "Organization" in roles
            and (" " not in ref.name or which)
            and (which or not self.ctx.surname(ref))
        ):
            # (not the surname of a person named in full: "In 2021 Sund made ...")
            return EntityRef(EntityType.ORGANIZATION, ref.name)
        return ref

    def maker_at(self, token: Token) -> EntityRef | None:
        """The person a token names in a slot only people fill ("The score is by Ansel
        Rudd"): a person, or a name of a person's shape the tagger read otherwise."""
        ctx = self.ctx
        found = ctx.agent_of(token, (EntityType.PERSON,))
        if found is not None:
            return found
        ref = ctx.ref_at(token)
        if ref is not None and ref.type in _WEAK_NER and personal_name(ref.name, self.lex):
            return EntityRef(EntityType.PERSON, ref.name)
        return None

    def attached_to_star(self, verb: Token) -> None:
        """ "Rachel Amsel and Teo Varga are attached to star", "X has signed to star in Y":
        the cast of the film named after "in", else of the film in hand."""
        ctx = self.ctx
        if any(c.dep_ == "dobj" for c in verb.children):
            return
        governor = verb.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.lemma_.casefold() not in _SIGNING_VERBS:
            return
        subj = _subject_of(governor)
        if subj is None:
            return
        film = next((f for o in _prep_objects(verb, ("in",)) if (f := ctx.film_of(o))), None)
        film = film or ctx.salient_film(verb.i)
        for who in (subj, *subj.conjuncts):
            actor = self.maker_at(who)
            ctx.emit(film, "castMember", actor, (who, verb), "cast:to-star")

    def comes_from(self, verb: Token) -> None:
        """ "From director Anaïs Corvo comes a road comedy", "X comes from director Y": the
        film's director, or its studio ("from Brightmoor Animation")."""
        ctx = self.ctx
        subj = _subject_of(verb)
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        film = None
        for what in (subj, dobj):
            if what is None or film is not None:
                continue
            film = ctx.film_of(what)
            if film is None and what.lemma_.casefold() in self.lex.film_nouns:
                film = ctx.sentence_subjects.get(sentence_index(ctx.starts, verb.i))
        if film is None:
            return
        for obj in _prep_objects(verb, ("from",)):
            maker = ctx.agent_of(obj)
            if (
                maker is None
                and subj is not None
                and obj.lemma_.casefold() in self.role_nouns
                and subj.left_edge.i == obj.i + 1
            ):
                # "From director Anaïs Corvo comes ...", which the parse reads as the subject
                maker = ctx.agent_of(subj, (EntityType.PERSON,))
            if maker is None:
                continue
            role = "director" if maker.type is EntityType.PERSON else "productionCompany"
            ctx.emit(film, role, maker, (verb, obj), "film-from:maker")

    def acquired_rights(self, verb: Token) -> None:
        """ "Wildframe Distribution acquired the United States rights (to X)": the company
        that bought a film's distribution rights distributes it."""
        ctx = self.ctx
        rights = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.casefold() == "right"),
            None,
        )
        subj = _subject_of(verb)
        if rights is None and subj is not None and subj.lemma_.casefold() == "right":
            # "North American rights were acquired by Pellucid Pictures"
            agents = _agents(verb)
            rights, subj = subj, (agents[0] if agents else None)
        if rights is None or subj is None:
            return
        if any(
            c.lower_
            in ("remake", "adaptation", "book", "novel", "story", "screen", "film", "movie")
            for c in rights.children
        ) or any(
            (ref := ctx.ref_at(o)) is not None and ref.type is EntityType.WORK
            for o in _prep_objects(rights, ("to", "for", "of"))
        ):
            # "acquired the screen rights to A Map of Quiet Things": a book's, to adapt it
            return
        company = ctx.agent_of(subj, (EntityType.ORGANIZATION,))
        words = ctx.doc[subj.left_edge.i : subj.i + 1]
        if (
            company is None
            and all(is_capitalised(t) for t in words)
            and (subj.text in self.lex.org_suffixes or subj.text in self.lex.studio_words)
        ):
            # "Wildframe Distribution", which the tagger did not read as a name
            company = EntityRef(EntityType.ORGANIZATION, normalise_name(words.text))
        if company is None and subj.pos_ == "PROPN" and ctx.ref_at(subj) is None:
            # "Lanternfish has acquired all North American rights": the company the text
            # named in full ("Lanternfish Pictures"), by its first word
            company = next(
                (
                    r
                    for r in ctx.refs
                    if r.type is EntityType.ORGANIZATION and r.name.split()[0] == subj.text
                ),
                None,
            )
        if company is None:
            return
        owners = _prep_objects(rights, ("to", "for", "of"))
        film = next((f for o in owners if (f := ctx.film_of(o)) is not None), None)
        film = film or ctx.salient_film(verb.i)
        ctx.emit(film, "distributor", company, (subj, verb, rights), "distributor:rights")

    def won_by(self, verb: Token) -> None:
        """ "Best Actress was shared by A (Title) and B (Other)", "The Golden Reed was won by
        Title": each winner named after "by", with the film in brackets after a person."""
        ctx = self.ctx
        doc = ctx.doc
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        award = ctx.ref_at(subj) if subj is not None else None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if award is None or award.type is not EntityType.AWARD or agent is None:
            return
        assert subj is not None
        quals = self.qualifiers(verb)
        j, end = agent.i + 1, verb.sent.end
        while j < end:
            winner = ctx.ref_at(doc[j])
            if winner is None:
                break
            token = doc[j]
            k = ctx.owner[j]
            while j < end and ctx.owner[j] == k:
                j += 1
            if winner.type in _FILMLIKE:
                ctx.emit(winner, "awardReceived", award, (subj, token), "award:won-by", quals)
            else:
                film = self.bracketed_film(token)
                if film is not None:
                    # "A (Title)": a performer, whatever the tagger made of the name
                    winner = ctx.person_despite_tagger(token) or winner
                if winner.type is EntityType.PERSON:
                    pq = quals + ((("forWork", film),) if film is not None else ())
                    ctx.emit(winner, "awardReceived", award, (subj, token), "award:won-by", pq)
                    ctx.emit(
                        film, "awardReceived", award, (subj, token), "award:won-for-work", quals
                    )
            if j < end and doc[j].text == "(":
                # past the bracket
                while j < end and doc[j].text != ")":
                    j += 1
                j += 1
            while j < end and doc[j].lower_ in (",", "and", "jointly"):
                j += 1

    def lost_to(self, verb: Token) -> None:
        """ "Asante lost Best Actor to Delacroix": the winner received the award, and the
        loser was among its nominees."""
        ctx = self.ctx
        awards = self.awards_in([c for c in verb.children if c.dep_ == "dobj"])
        if (
            not awards
            and verb.dep_ == "conj"
            and verb.head.lemma_.casefold() in self.nominate_verbs
        ):
            # "X was nominated for Best Director but lost to Y": the award the nomination names
            awards = self.awards_in(_prep_objects(verb.head, ("for",)))
        film, person = self.award_subjects(verb)
        winners = []
        for obj in _prep_objects(verb, ("to",)):
            ref = ctx.ref_at(obj)
            if ref is None and person is not None and obj.pos_ == "PROPN" and is_capitalised(obj):
                # "lost to Patrice Vandal", a name the tagger missed
                ref = ctx.guess(obj, EntityType.PERSON)
            if ref is not None and person is not None and ref.type in _WEAK_NER:
                # a person loses to a person, whatever the tagger made of the name
                ref = EntityRef(EntityType.PERSON, ref.name)
            if ref is not None and ref.type in (EntityType.PERSON, EntityType.FILM):
                winners.append((obj, ref))
        if not awards or not winners:
            return
        quals = self.qualifiers(verb)
        for obj, award in awards:
            for token, winner in winners:
                # "lost to Patrice Vandal for Northern Ledger": the winner's film
                works = [
                    f
                    for o in _prep_objects(token, ("for",)) + _prep_objects(verb, ("for",))
                    if (f := self.work_for(o)) is not None
                ]
                mine = (*quals, ("forWork", works[0])) if works else quals
                ctx.emit(winner, "awardReceived", award, (verb, token), "award:lost-to", mine)
            ctx.emit(person or film, "nominatedFor", award, (verb, obj), "award:lost-to", quals)

    def remade_as(self, verb: Token) -> None:
        """'In 1987 the director Howard Kimble remade the film as "Crossing at Dawn"': the
        remake's director and year, and the film it is based on."""
        ctx = self.ctx
        subject = _subject_of(verb)
        original = ctx.film_of(next((c for c in verb.children if c.dep_ == "dobj"), None))
        maker = ctx.agent_of(subject, (EntityType.PERSON,)) if subject is not None else None
        for obj in _prep_objects(verb, ("as",)):
            remake = ctx.film_of(obj)
            if remake is None or remake.type is not EntityType.FILM or remake == original:
                continue
            if maker is not None:
                ctx.emit(remake, "director", maker, (verb, obj), "remake:as")
            if original is not None and original.type is EntityType.FILM:
                ctx.emit(remake, "basedOn", original, (verb, obj), "remake:as")
            for year in _prep_objects(verb, ("in",)):
                if is_year(year):
                    ctx.emit(remake, "publicationDate", Year(int(year.text)), (year,), "remake:as")

    def work_for(self, obj: Token) -> EntityRef | None:
        """The film a winner won "for": a title, or a name the tagger read as a company's or
        a person's ("for Northern Ledger")."""
        ctx = self.ctx
        film = ctx.film_of(obj)
        if film is not None and film.type is EntityType.FILM:
            return film
        ref = ctx.ref_at(obj)
        if ref is not None and ref.type in (EntityType.ORGANIZATION, EntityType.PERSON):
            start = ctx.mention_start(obj)
            if ctx.doc[start].ent_type_ in ("ORG", "WORK_OF_ART", "PERSON") and " " in ref.name:
                return EntityRef(EntityType.FILM, ref.name)
        return None

    def bracketed_film(self, person: Token) -> EntityRef | None:
        """The film named in brackets after a person: "A (Title)"."""
        ctx = self.ctx
        doc = ctx.doc
        k = ctx.owner[person.i]
        j = person.i
        while j < len(doc) and ctx.owner[j] == k:
            j += 1
        if j + 1 < len(doc) and doc[j].text == "(":
            ref = ctx.ref_at(doc[j + 1])
            if ref is not None and ref.type is EntityType.FILM:
                return ref
        return None

    def categories_at(
        self, objs: Sequence[Token], quals: tuple[tuple[str, Value], ...]
    ) -> list[tuple[Token, EntityRef]]:
        """ "swept several categories at the Oscars": an award of the ceremony's family,
        its category unnamed."""
        ceremony = next((v for n, v in quals if n == "ceremony"), None)
        if not isinstance(ceremony, EntityRef):
            return []
        award = next(
            (f.award for f in self.lex.families.values() if f.ceremony == ceremony.name), None
        )
        if award is None:
            # "the 97th Academy Awards": the family is named after the ordinal
            award = next(
                (
                    f.award
                    for f in self.lex.families.values()
                    if ceremony.name.endswith(" " + f.ceremony)
                ),
                None,
            )
        for obj in objs:
            if award is not None and obj.lemma_.casefold() in _CATEGORY_NOUNS:
                return [(obj, EntityRef(EntityType.AWARD, award))]
        return []

    def winner_nominee(
        self,
        subject: EntityRef | None,
        award: EntityRef,
        verb: Token,
        obj: Token,
        quals: tuple[tuple[str, Value], ...],
    ) -> None:
        """A competitive award's winner was among its nominees (as Wikidata records it)."""
        name = award.name
        if " for " in name or name.split()[0].casefold() in self.lex.category_words:
            self.ctx.emit(
                subject, "nominatedFor", award, (verb, obj), "award:winner-is-nominee", quals
            )

    def award_people(self, verb: Token, person: EntityRef | None) -> list[EntityRef]:
        """`person`, the subject award_subjects found, and the people listed with it: "A and
        B won ...", "De la Fuente, Montesinos and Vidal-Puig are nominated" (each of them,
        whatever the parse made of the list)."""
        if person is None:
            return []
        ctx = self.ctx
        doc = ctx.doc
        people = [person]
        subj = _subject_of(verb)
        if subj is None:
            return people
        listed = list(subj.conjuncts)
        first = ctx.mention_start(subj)
        last = ctx.mention_end(first)
        joined = False

        def separator(i: int) -> bool:
            return doc[i].text in (",", "&") or doc[i].lower_ == "and"

        i = first - 1
        while i > subj.sent.start and separator(i):
            # back along the list, past its commas and "and"
            joined = joined or doc[i].text != ","
            j = i - 1
            while j > subj.sent.start and separator(j):
                j -= 1
            if ctx.ref_at(doc[j]) is None:
                break
            listed.append(doc[j])
            i = ctx.mention_start(doc[j]) - 1
        i = last
        while i < min(verb.i, subj.sent.end) and separator(i):
            joined = joined or doc[i].text != ","
            j = i + 1
            while j < verb.i and separator(j):
                j += 1
            if j >= verb.i or ctx.ref_at(doc[j]) is None:
                break
            listed.append(doc[j])
            i = ctx.mention_end(j)
        if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
            # "Rosa Montesinos, Ana Ruiz's sister, ...": an apposition, not a list
            return people
        for other in listed:
            ref = ctx.ref_at(other)
            if (
                ref is not None
                and ref.type is EntityType.PERSON
                and ref not in people
                and (joined or other in subj.conjuncts)
            ):
                people.append(ref)
        return people

    def nominated(self, verb: Token) -> None:
        ctx = self.ctx
        objs = _prep_objects(verb, ("for",)) + [
            # "is up for Best Supporting Actor", the parse hanging "for" on "up"
            o
            for c in verb.children
            if c.lower_ == "up"
            for o in _prep_objects(c, ("for",))
        ]
        awards = self.awards_in(objs)
        if not awards:
            return
        film, person = self.award_subjects(verb)
        quals = self.qualifiers(verb)
        for obj, award in awards:
            for nominee in self.award_people(verb, person):
                ctx.emit(
                    nominee,
                    "nominatedFor",
                    award,
                    (verb, obj),
                    "nomination:nominated-for",
                    quals + ((("forWork", film),) if film is not None else ()),
                )
            ctx.emit(film, "nominatedFor", award, (verb, obj), "nomination:nominated-for", quals)

    def pronoun_owner(self, pronoun: Token, verb: Token) -> EntityRef | None:
        """The person "him" or "her" stands for when the verb's subject is their work:
        "Berent's photography earned him a nomination"."""
        if pronoun.lower_ not in ("him", "her", "them"):
            return None
        ctx = self.ctx
        subject = _subject_of(verb)
        parts = self.lex.relations["film_parts"]
        owner: Token | None = None
        if subject is not None and (
            subject.lemma_.casefold() in parts or subject.lemma_ in ("performance", "work")
        ):
            # "Berent's photography", "her performance": someone's work on the film
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if (
            owner is None
            and subject is not None
            and subject.lower_ == "which"
            and verb.dep_ == "relcl"
            and verb.head.head.pos_ == "VERB"
        ):
            # "Holm cut Glasslight, which earned her a BAFTA nomination": the clause's maker
            owner = _subject_of(verb.head.head)
        if owner is None or owner.pos_ == "PRON":
            # ("She cut X, which earned her ...": whom "she" stands for is too loose a guess)
            return None
        ref = ctx.ref_at(owner)
        if ref is not None and ref.type in _WEAK_NER and personal_name(ref.name, self.lex):
            ref = EntityRef(EntityType.PERSON, ref.name)
        return ref if ref is not None and ref.type is EntityType.PERSON else None

    def nomination_noun(self, noun: Token) -> None:
        """ "received a nomination for X", "three nominations, including X"."""
        ctx = self.ctx
        objs = _prep_objects(noun, ("for", "including", "at"))
        doc = ctx.doc
        if (
            not objs
            and noun.tag_ == "NNS"
            and noun.i + 1 < len(doc)
            and doc[noun.i + 1].text == ":"
        ):
            # "gave Copper Valley five nominations: Best Picture, Best Actress for Vaughn,
            # ...": the categories listed after the colon
            objs = [
                t
                for t in doc[noun.i + 2 : noun.sent.end]
                if (ref := ctx.ref_at(t)) is not None
                and ref.type is EntityType.AWARD
                and ctx.mention_start(t) == t.i
            ]
        awards = self.awards_in(objs)
        if not awards:
            return
        verb = noun.head
        given = None
        if noun.dep_ == "appos" and verb.dep_ in ("dative", "dobj") and verb.i < noun.i:
            # "It earned composer Teo Vance an Academy Award nomination", which the parse
            # reads as his apposition: whom the verb gave it
            given, verb = verb, verb.head
        while (
            verb.dep_ in ("conj", "pobj", "prep") and verb.head.i != verb.i and verb.pos_ != "VERB"
        ):
            verb = verb.head
        film, person = self.award_subjects(verb) if verb.pos_ in ("VERB", "AUX") else (None, None)
        if film is None and person is None:
            for child in noun.children:
                if child.dep_ == "poss":
                    film = ctx.salient_film(noun.i) if child.lower_ == "its" else ctx.film_of(child)
            for child in verb.children if verb.pos_ == "VERB" else ():
                if child.dep_ in ("dobj", "dative") and child is not noun and child.i < noun.i:
                    # "Kimura's editing earned the film its only Academy Award nomination":
                    # the film it was earned for
                    film = ctx.film_of(child) or film
        receiver = next(
            (
                ref
                for c in verb.children
                if (c.dep_ in ("dobj", "dative") and c is not noun and c.i < noun.i) or c is given
                if (ref := ctx.ref_at(c) or self.pronoun_owner(c, verb)) is not None
                and ref.type is EntityType.PERSON
            ),
            None,
        )
        if receiver is not None and verb.pos_ == "VERB":
            # "it brought Mr. Rennick a nomination for X": his nomination, for the film
            for obj, award in awards:
                pq = (("forWork", film),) if film is not None else ()
                ctx.emit(receiver, "nominatedFor", award, (noun, obj), "nomination:brought", pq)
            return
        for obj, award in awards:
            named = person or self.winner_after_for(obj, award)
            if named is not None:
                # "seven nominations, including Best Director for Castonguay"
                pq = (("forWork", film),) if film is not None and person is None else ()
                rule = "nomination:nominations-for"
                ctx.emit(named, "nominatedFor", award, (noun, obj), rule, pq)
            ctx.emit(film, "nominatedFor", award, (noun, obj), "nomination:nominations-for")

    def winner_noun(self, noun: Token) -> None:
        """ "X was the winner of Y", "X, winner of Y"."""
        ctx = self.ctx
        awards = self.awards_in(_prep_objects(noun, ("of",)))
        if not awards:
            return
        subject_tok = None
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subject_tok = _subject_of(noun.head)
        elif noun.dep_ == "appos":
            subject_tok = noun.head
        subject: EntityRef | None = None
        if subject_tok is not None:
            ref = ctx.ref_at(subject_tok)
            person = ref is not None and ref.type is EntityType.PERSON
            subject = ref if person else ctx.film_of(subject_tok)
        elif noun.i == noun.sent.start or (
            noun.i == noun.sent.start + 1 and noun.doc[noun.sent.start].lower_ in ("a", "the")
        ):
            # "Winner of the Prix Ardent in 1984." in a catalogue's blurb, "Winner of the
            # Golden Thistle, it was restored ...": the fragment's or the clause's film
            main = _main_verb(noun.sent)
            subject = ctx.film_of(_subject_of(main)) if main.i != noun.i else None
            subject = subject or ctx.salient_film(noun.i)
        if subject is None:
            return
        for obj, award in awards:
            ctx.emit(subject, "awardReceived", award, (noun, obj), "award:winner-of")
            self.winner_nominee(subject, award, noun, obj, ())

    def award_adjective(self, token: Token) -> None:
        """ "the Oscar-winning film", "Golden Lantern-winning X", "BAFTA-nominated Y"."""
        ctx = self.ctx
        award_tok = ctx.doc[token.i - 2]
        award = ctx.ref_at(award_tok)
        if award is None or award.type is not EntityType.AWARD:
            return
        if token.i + 1 >= len(ctx.doc):
            return
        target = ctx.doc[token.i + 1]
        ref = ctx.ref_at(target)
        if ref is not None and ref.type is EntityType.PERSON:
            subject: EntityRef | None = ref
        else:
            subject = ctx.film_of(target)
            if subject is None and target.lemma_.casefold() in self.lex.film_nouns:
                nxt = ctx.doc[target.i + 1] if target.i + 1 < len(ctx.doc) else None
                subject = ctx.film_of(nxt) if nxt is not None else None
        if token.lower_ == "winning":
            ctx.emit(subject, "awardReceived", award, (award_tok, token), "award:award-winning")
        else:
            ctx.emit(
                subject, "nominatedFor", award, (award_tok, token), "nomination:award-nominated"
            )

    # -- sources, dates, places, subjects ------------------------------------------------

    def work_of(self, token: Token) -> EntityRef | None:
        """The work a token names: a title, or a work noun with its title ("the novel X")."""
        ctx = self.ctx
        ref = ctx.ref_at(token)
        if ref is not None:
            start = ctx.mention_start(token)
            after_noun = start > 0 and ctx.doc[start - 1].lemma_.casefold() in self.lex.work_nouns
            # "Ice Music, a memoir by X": what the apposition calls a memoir is one
            called = any(
                c.dep_ == "appos" and c.lemma_.casefold() in self.lex.work_nouns
                for c in token.children
            )
            if ref.type in (EntityType.PERSON, EntityType.ORGANIZATION) and not (
                after_noun or called
            ):
                # "based on Shakespeare's play" is the play, not Shakespeare; but "the novel
                # Carmilla" is a novel whatever the tagger made of its title
                return None
            end = ctx.mention_end(token.i)
            if after_noun and end < token.sent.end and ctx.doc[end].lower_ not in ("'s", "’s"):
                # "the novel Journey to the Salt Sea": a title that runs on past the name
                # the tagger found at its start
                run = capitalised_run(ctx.doc, start, start, token.sent.end, self.lex, True)
                if run is not None and run[1] > end:
                    return _work_ref(EntityType.WORK, ctx.doc[run[0] : run[1]].text)
            return _work_ref(
                EntityType.WORK if ref.type is not EntityType.FILM else EntityType.FILM, ref.name
            )
        lemma = token.lemma_.casefold()
        doc = ctx.doc
        if (lemma in self.lex.work_nouns or lemma in self.lex.film_nouns) and token.is_upper:
            # "ADAPTED FROM THE PRIZE-WINNING NOVEL BY X": a headline in capitals shows no
            # title's bounds
            return None
        if lemma in self.lex.work_nouns or lemma in self.lex.film_nouns:
            for child in token.children:
                if child.dep_ == "acl" and child.lower_ in (
                    "called",
                    "named",
                    "titled",
                    "entitled",
                ):
                    # "a short story by Lalitha Varma called 'The Toddy Tapper's Sons'"
                    for named in child.children:
                        if named.dep_ in ("oprd", "dobj", "xcomp", "attr"):
                            found = self.work_of(named)
                            if found is not None:
                                return found
                if child.dep_ in ("appos", "compound", "npadvmod", "nmod") and child.i > token.i:
                    found = self.work_of(child)
                    if (
                        found is not None
                        and found.type is EntityType.FILM
                        and lemma in self.lex.work_nouns
                        and lemma not in self.lex.film_nouns
                    ):
                        # 'a short story, "Hollow Bells,"': what the noun says it is
                        found = EntityRef(EntityType.WORK, found.name)
                    if found is not None:
                        return found
            # "the novel Black Alibi", "the manga The Cat Returns"
            nxt = token.i + 1
            while nxt < len(doc) and doc[nxt].text in ('"', "“", "‘", ","):
                nxt += 1
            if nxt < len(doc) and is_capitalised(doc[nxt]):
                found_ref = ctx.ref_at(doc[nxt])
                possessive = (
                    ctx.doc[nxt + 1].lower_ in ("'s", "’s") if nxt + 1 < len(doc) else False
                )
                run = capitalised_run(doc, nxt, nxt, token.sent.end, self.lex, articles=True)
                if found_ref is not None and (
                    found_ref.type not in (EntityType.PERSON, EntityType.ORGANIZATION)
                    # "the novel Carmilla": a title right after its work noun, whatever the
                    # tagger made of it; "the novel Austen's ..." is not
                    or (nxt == token.i + 1 and not possessive)
                ):
                    if run is None or run[1] <= ctx.mention_end(nxt) or possessive:
                        return _work_ref(EntityType.WORK, found_ref.name)
                    return _work_ref(EntityType.WORK, doc[run[0] : run[1]].text)
                if run is not None:
                    return _work_ref(EntityType.WORK, doc[run[0] : run[1]].text)
            # "the Guardians of Ga'Hoole series"
            run_end = token.i
            start = token.i
            while (start > token.left_edge.i and is_capitalised(doc[start - 1])) or (
                start - 2 >= token.left_edge.i
                and doc[start - 1].lower_ in self.lex.title_words
                and is_capitalised(doc[start - 2])
                and doc[start - 1].text not in ("'s", "’s")
            ):
                start -= 1
            if start < run_end:
                span = doc[start:run_end]
                if not any(t.ent_type_ in ("PERSON",) and t.dep_ == "poss" for t in span):
                    return _work_ref(EntityType.WORK, span.text)
            for obj in _prep_objects(token, ("of",)):
                found = self.work_of(obj)
                if found is not None:
                    return found
            return None
        noun = next(
            (
                c
                for c in token.children
                if c.i < token.i and c.lemma_.casefold() in self.lex.work_nouns
            ),
            None,
        )
        if (
            noun is not None
            and ref is None
            and noun.i + 1 < token.i
            and is_capitalised(doc[noun.i + 1])
            and all(t.is_alpha for t in doc[noun.i + 1 : token.i + 1])
        ):
            # "Krausova's novel Suchý rok": a title in a language that capitalises only its
            # first word, after its work noun
            return _work_ref(EntityType.WORK, doc[noun.i + 1 : token.i + 1].text)
        if ref is None and any(
            c.dep_ == "appos" and c.lemma_.casefold() in self.lex.work_nouns for c in token.children
        ):
            # "The Salt Year, the 2011 novel by X": what the apposition calls a novel is one,
            # whatever the tagger made of its title
            run = capitalised_run(doc, token.i, token.left_edge.i, token.i + 1, self.lex, True)
            if run is not None:
                return _work_ref(EntityType.WORK, doc[run[0] : run[1]].text)
        guessed = ctx.guess(token, EntityType.WORK)
        return guessed

    def based_on(self, film: EntityRef | None, obj: Token, trigger: Token, rule: str) -> None:
        ctx = self.ctx
        if film is not None and (ctx.ref_at(obj) == film or _inside_name(obj, film.name)):
            # "draw on My Brother's Silence, the 1921 memoir": the source itself, which the
            # tagger took for the film
            return
        work = self.work_of(obj)
        phrase = " ".join(t.lower_ for t in obj.subtree)
        same_name = obj.lemma_.casefold() in self.lex.work_nouns and (
            "of the same name" in phrase or "of the same title" in phrase
        )
        if same_name and work is None and film is not None:
            # "adapted from Euan Lockerbie's novel of the same name": the work the film
            # shares its title with
            work = EntityRef(EntityType.WORK, film.name)
            ctx.emit(film, "basedOn", work, (trigger, obj), rule)
            self.authors_of(work, obj)
            return
        if work is None and obj.pos_ == "NOUN" and obj.text.islower():
            # "based on the appendices of X", "on characters from X"
            for inner in _prep_objects(obj, ("of", "from", "in")):
                self.based_on(film, inner, trigger, rule)
            return
        if (
            work is None
            or film is None
            or (work.name.casefold() == film.name.casefold() and work.type is not EntityType.WORK)
        ):
            # (a novel the film shares its title with is a work of its own: "adapted from the
            # novel The Salt Orchard by X")
            return
        ctx.emit(film, "basedOn", work, (trigger, obj), rule)
        self.authors_of(work, obj)
        if work.type is EntityType.WORK:
            # "based on the 2011 novel Winter Tenants": the work's year
            nouns = [obj, *(c for c in obj.children if c.dep_ == "compound")]
            for noun in nouns:
                if noun.lemma_.casefold() not in self.lex.work_nouns:
                    continue
                for child in noun.children:
                    if child.dep_ in ("nummod", "amod", "compound") and is_year(child):
                        year = Year(int(child.text))
                        ctx.emit(work, "publicationDate", year, (obj, child), rule)

    def authors_of(self, work: EntityRef, obj: Token) -> None:
        """ "the novel X by Author", "Author's novel X": who wrote the work at `obj`."""
        ctx = self.ctx
        holders = [
            obj,
            *(c for c in obj.children if c.dep_ in ("appos", "compound") and c.i > obj.i),
            # "the manga of the same name by Yui Sakuragi"
            *_prep_objects(obj, ("of",)),
        ]
        authors = [a for holder in holders for a in _prep_objects(holder, ("by",))]
        if not authors and obj.lemma_.casefold() in self.lex.work_nouns:
            # "adapted from the novel X by Y", where the parse made Y the verb's agent
            verb = obj.head.head if obj.dep_ == "pobj" else obj.head
            authors = [a for a in _prep_objects(verb, ("by",)) if a.i > obj.i]
        authors += [c for c in obj.children if c.dep_ == "poss"]
        doc = ctx.doc
        if not authors:
            # "the novel La Chambre aux oiseaux by X", which the parse took apart: the "by"
            # right after the work's name
            title = next(
                (t for t in doc[obj.i : obj.sent.end] if ctx.ref_at(t) == work),
                None,
            )
            after = ctx.mention_end(title.i) if title is not None else len(doc)
            if after < len(doc) and doc[after].lower_ == "by":
                authors = [c for c in doc[after].children if c.dep_ == "pobj"]
        for author_tok in authors:
            if (
                author_tok.pos_ == "NOUN"
                and author_tok.text.islower()
                and author_tok.i + 1 < len(doc)
                and (named_after := ctx.ref_at(doc[author_tok.i + 1])) is not None
                and named_after.type is EntityType.PERSON
            ):
                # "by the Belgian writer Henriette Vanderstraeten": the name after the trade
                author_tok = doc[author_tok.i + 1]
            author = ctx.agent_of(author_tok, _PERSONLIKE)
            named = ctx.ref_at(author_tok)
            if (
                author is None
                and named is not None
                and named.type in (EntityType.ORGANIZATION, EntityType.PLACE)
                and personal_name(named.name, self.lex)
            ):
                # "Ciaran Mulvey's novel": who writes a novel is a person, whatever the
                # tagger said
                author = EntityRef(EntityType.PERSON, named.name)
            if author is not None and work.type is EntityType.WORK:
                ctx.emit(work, "author", author, (obj, author_tok), "work:author")

    def based_on_verb(self, verb: Token, lemma: str) -> None:
        ctx = self.ctx
        preps = self.based_verbs[lemma]
        objs = _prep_objects(verb, preps)
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        parts: dict[str, str] = self.lex.relations["film_parts"]
        script = dobj is not None and parts.get(dobj.lemma_.casefold()) == "screenwriter"
        if script and dobj is not None:
            # "adapted the screenplay from X", wherever the parse hung "from"
            objs += _prep_objects(dobj, preps)
        if lemma == "adapt" and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
            # "a drama adapting Tove Lind's 2008 novel of the same name", "X wrote the
            # screenplay, adapting Y's novel Z"
            objs += [c for c in verb.children if c.dep_ == "dobj"]
        subj = _subject_of(verb)
        part = subj is not None and parts.get(subj.lemma_.casefold()) == "screenwriter"
        if (
            lemma == "adapt"
            and dobj is not None
            and not script
            and not any(c.dep_ == "auxpass" for c in verb.children)
            and subj is not None
            and (part or ((f := ctx.film_of(subj)) is not None and f.type is EntityType.FILM))
            # (not "Ana Wells adapts her novel X", whatever the tagger made of the name)
            and not any(c.lower_ in ("her", "his", "their", "my") for c in dobj.children)
        ):
            # "Nora Pellingham's screenplay adapts The Lamp at Saltmarsh", "the film adapts X"
            objs.append(dobj)
        if lemma == "adapt" and dobj is not None:
            # "adapted this documentary about the flood from X's memoir": wherever the parse
            # hung "from"
            objs += [
                o
                for t in dobj.subtree
                if t.lower_ == "from" and t.dep_ == "prep" and t.head.i != verb.i
                for o in t.children
                if o.dep_ == "pobj" and o.lemma_.casefold() in self.lex.work_nouns
            ]
        if not objs and not (lemma == "adapt" and dobj is not None):
            return
        if subj is None and verb.dep_ in ("advcl", "prep") and verb.i < verb.head.i:
            # "Based on X's novel Y, the pic is set in ...": the main clause's subject
            subj = _subject_of(verb.head)
        film = ctx.film_at(subj, verb)
        if (
            film is None
            and verb.dep_ == "advcl"
            and any(
                c.dep_ == "dobj" and parts.get(c.lemma_.casefold()) == "screenwriter"
                for c in verb.head.children
            )
        ):
            # "X wrote the screenplay, adapting Y's novel Z": the film in hand's source
            film = ctx.salient_film(verb.i)
        if film is None and part and subj is not None:
            # "Nora Pellingham's screenplay adapts X": the script of the film in hand
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            owned = ctx.film_of(owner) if owner is not None else None
            if owned is None or owned.type is not EntityType.FILM:
                owned = None
            film = owned or ctx.salient_film(verb.i)
        if film is None and verb.dep_ == "acl":
            # "The screenplay is by Ruth Cole, based on her own short story": what the
            # writer or the script is based on is the film in hand
            head = ctx.ref_at(verb.head)
            if (head is not None and head.type is EntityType.PERSON) or (
                verb.head.lemma_.casefold() in self.lex.relations["film_parts"]
            ):
                film = ctx.salient_film(verb.i)
        maker = ctx.agent_of(subj, (EntityType.PERSON,)) if subj is not None else None
        if maker is None and subj is not None and subj.pos_ == "PROPN":
            # a maker's name, whatever the tagger made of it
            maker = ctx.person_despite_tagger(subj) or (
                ctx.guess(subj, EntityType.PERSON) if ctx.ref_at(subj) is None else None
            )
        if (
            film is None
            and maker is not None
            and lemma in ("draw", "adapt", "expand")
            and not script
        ):
            # "Delacroix-Bain and co-writer Tomas Fjeld draw on X's memoir": the makers' source
            # is the film in hand's (not the source itself, should the tagger call it a film)
            film = ctx.salient_film(verb.i)
            if film is not None and any(
                ctx.ref_at(t) == film for o in objs for t in (o, *o.subtree)
            ):
                film = None
        if (
            lemma in ("adapt", "expand")
            and maker is not None
            and subj is not None
            and subj.dep_ == "nsubj"
            and dobj is not None
            and not script
            and film is not None
            and film.type is EntityType.FILM
            and film.name != maker.name
            # (not "adapted the novel for the stage": a play, no film)
            and not any(
                t.lower_ == "for"
                and any(
                    o.lemma_.casefold() in self.lex.relations["stage_nouns"]["words"]
                    for o in t.children
                )
                for t in verb.subtree
            )
        ):
            # "Declan Roe adapted it from X", "Hugh Penrose adapted his own stage play,
            # Cellar Door": the adapter wrote the film in hand; a work adapted is its source
            ctx.emit(film, "screenwriter", maker, (subj, verb), "role-verb:adapter")
            if any(t.lower_ in ("and", "&") for t in subj.subtree):
                # "Ferri and Dario Sforza loosely adapted ...", however the parse hung the
                # first name on the second
                for t in subj.subtree:
                    other = ctx.ref_at(t)
                    if other is not None and other.type is EntityType.PERSON and other != maker:
                        ctx.emit(film, "screenwriter", other, (t, verb), "role-verb:adapter")
            adapted = ctx.film_of(dobj)
            if (adapted is None or adapted.type is not EntityType.FILM) and dobj not in objs:
                objs.append(dobj)
        if subj is not None and maker is not None and script and dobj is not None:
            # "Ekvall adapted the screenplay from The Keepers": the adapter wrote the film
            owners = _prep_objects(dobj, ("for", "of")) + _prep_objects(verb, ("for",))
            film = next((f for o in owners if (f := ctx.film_of(o)) is not None), None)
            film = film or ctx.salient_film(verb.i)
            ctx.emit(film, "screenwriter", maker, (subj, verb, dobj), "role-verb:adapted-script")
        sourced = [o for o in objs if _prep_of(o).lower_ == "from"]
        if any(_prep_of(o).i > verb.i for o in objs):
            # "Anyway, on Dust of Kerala — it's loosely based on a short story": the topic a
            # fronted "on" names is no source
            objs = [o for o in objs if _prep_of(o).i > verb.i]
        for obj in objs:
            prep = _prep_of(obj)
            if (
                prep.lower_ == "by"
                and lemma == "adapt"
                and (
                    sourced
                    or ctx.agent_of(obj, (EntityType.PERSON,)) is not None
                    or personal_name(normalise_name(obj.text), self.lex)
                    or personal_name(obj.left_edge.text + " " + obj.text, self.lex)
                )
            ):
                # "adapted from the novel X by Y": the novel's author; "adapted by Y": who
                # adapted it, not what it is adapted from
                adapter = ctx.agent_of(obj, (EntityType.PERSON,))
                named = ctx.person_despite_tagger(obj)
                if adapter is None and named is not None and personal_name(named.name, self.lex):
                    adapter = named
                if (
                    adapter is not None
                    and prep.dep_ == "agent"
                    and prep.head.i == verb.i
                    and not any(o.i < obj.i for o in sourced)
                    and film is not None
                    and film.type is EntityType.FILM
                ):
                    # "X was adapted by A and B from a story by C": A and B wrote the film
                    ctx.emit(film, "screenwriter", adapter, (verb, obj), "role-verb:adapted-by")
                continue
            self.based_on(film, obj, verb, "based-on:verb")

    def follows_source(self, verb: Token) -> None:
        """ "The script follows Edwina Marr's 1971 novel The Drowned Staircase closely": a
        film or its script that follows a named book is based on it (not "follows the story
        of a girl", which names no book)."""
        ctx = self.ctx
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is None or dobj.lemma_.casefold() not in self.lex.work_nouns:
            return
        named = any(
            (ref := ctx.ref_at(t)) is not None and ref.type in (EntityType.WORK, EntityType.FILM)
            for t in dobj.subtree
        )
        if not named:
            return
        subj = _subject_of(verb)
        film = ctx.film_at(subj, verb)
        if (
            film is None
            and subj is not None
            and (
                subj.lemma_.casefold() in self.lex.relations["film_parts"]
                or subj.lemma_.casefold() in self.lex.film_nouns
            )
        ):
            film = ctx.salient_film(verb.i)
        self.based_on(film, dobj, verb, "based-on:follows")

    def based_on_noun(self, noun: Token) -> None:
        ctx = self.ctx
        film = None
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            film = ctx.film_of(_subject_of(noun.head))
        elif noun.dep_ == "appos":
            film = ctx.film_of(noun.head)
        elif noun.left_edge.i == noun.sent.start:
            film = _fronted_film(ctx, noun)
        if film is None:
            return
        for obj in _prep_objects(noun, ("of", "from")):
            self.based_on(film, obj, noun, "based-on:noun")

    def released(self, verb: Token) -> None:
        ctx = self.ctx
        if verb.lemma_ == "come" and not any(c.lower_ == "out" for c in verb.children):
            return
        if verb.lemma_ == "open" and not any(c.dep_ in ("prep",) for c in verb.children):
            return
        for company, obj in self.companies_through(verb):
            # "will open in Australian cinemas through Longbay Films": who releases it
            subject = _subject_of(verb)
            film = ctx.film_at(subject, verb) if subject is not None else None
            if film is not None:
                rule = "distributor:released-through"
                ctx.emit(film, "distributor", company, (verb, obj), rule)
        film = None
        heads = [verb]
        for child in verb.children:
            # "aired on NBC as a special on May 2, 1990": the date may hang on an object
            if child.dep_ == "prep" and child.lower_ in ("on", "as", "via", "through", "at"):
                # ("premiered at the Toronto festival on 7 September 2019")
                heads.extend(c for c in child.children if c.dep_ == "pobj")
        children = [c for h in heads for c in h.children]
        for child in children:
            if child.dep_ not in ("prep", "npadvmod") and child.dep_ != "pobj":
                continue
            if child.dep_ == "prep" and child.head.i != verb.i and child.lower_ != "on":
                continue
            pobjs = (
                [child]
                if child.dep_ == "npadvmod"
                else [c for c in child.children if c.dep_ == "pobj"]
            )
            for pobj in pobjs:
                if pobj.ent_type_ != "DATE":
                    continue
                # ("on 7 September 2019", of which the tagger dated only the month on)
                span = [
                    t
                    for t in pobj.subtree
                    if t.ent_type_ == "DATE" or (t.head.i == pobj.i and t.like_num and t.i < pobj.i)
                ]
                value = parse_date(ctx.doc[span[0].i : span[-1].i + 1].text)
                if value is None:
                    continue
                if film is None:
                    subj = _subject_of(verb)
                    released = next((c for c in verb.children if c.dep_ == "dobj"), None)
                    if released is not None and verb.lemma_ == "release":
                        # "Lanternfish will release the film in fall 2025": what is released
                        subj = released
                    owner = ctx.ref_at(subj) if subj is not None else None
                    if owner is not None and owner.type is EntityType.PERSON:
                        # "created by X, that aired on ...": people are not aired
                        subj = None
                    film = ctx.film_at(subj, verb)
                if isinstance(value, Year) and not any(is_year(t) for t in span):
                    continue
                ctx.emit(film, "publicationDate", value, (verb, *span), "date:release")
        # "Released in Poland by Kino Czwarta": who releases a film distributes it, whatever
        # the tagger made of the name
        if verb.lemma_ == "release":
            for agent in _prep_objects(verb, ("by",)):
                ref = ctx.ref_at(agent)
                if ref is None or ref.type not in _WEAK_NER:
                    continue
                if film is None:
                    subj = _subject_of(verb)
                    if subj is None and verb.dep_ == "advcl":
                        subj = _subject_of(verb.head)
                    film = ctx.film_at(subj, verb)
                company = EntityRef(EntityType.ORGANIZATION, ref.name)
                ctx.emit(film, "distributor", company, (verb, agent), "distributor:released-by")
        # "first broadcast in the United Kingdom", "released in Japan": where a film first
        # came out is, more often than not, where it comes from (a weak cue, dropped when the
        # text gives the film's country otherwise: see `_weaker_countries`)
        for obj in _prep_objects(verb, ("in",)):
            ref = ctx.ref_at(obj)
            if ref is not None and ref.type is EntityType.PLACE:
                country = self.lex.countries.get(ref.name.casefold())
                if country is not None:
                    if film is None:
                        film = ctx.film_at(_subject_of(verb), verb)
                    ctx.emit(
                        film,
                        "countryOfOrigin",
                        EntityRef(EntityType.PLACE, country),
                        (verb, obj),
                        "country:released-in",
                    )

    def places(self, tokens: Iterable[Token]) -> list[tuple[Token, EntityRef]]:
        found = []
        for token in tokens:
            ref = self.ctx.ref_at(token)
            if ref is not None and ref.type is EntityType.PLACE:
                found.append((token, ref))
            elif (
                ref is not None
                and ref.type in (EntityType.PERSON, EntityType.ORGANIZATION)
                and token.ent_type_ in ("PERSON", "ORG")
                and token.dep_ in ("pobj", "conj")
                and not any(c.dep_ == "case" for c in token.children)
                and ref.name.casefold() not in self.lex.relations["film_formats"]
            ):
                # "set in rural Normandy", which the tagger read as a name: what a film is
                # set or shot in is a place
                found.append((token, EntityRef(EntityType.PLACE, ref.name)))
            elif token.lemma_.casefold() in _SHOOTING_PLACES:
                # "on location in X", "on soundstages in Paris"
                found.extend(self.places(_prep_objects(token, ("in", "at", "around", "of"))))
            elif token.lemma_.casefold() in self.lex.place_nouns:
                # "the town of X"; "the Lofoten islands", whatever the tagger made of the name
                named = self.places(_prep_objects(token, ("of",)))
                if not named and token.text.islower():
                    named = [
                        (
                            child,
                            EntityRef(
                                EntityType.PLACE,
                                # "the Lofoten islands" (a plural is the name's), "the
                                # Charlevoix region"
                                f"{name} {token.text}" if token.tag_ == "NNS" else name,
                            ),
                        )
                        for child in token.children
                        if child.dep_ == "compound"
                        and (
                            (child_ref := self.ctx.ref_at(child)) is None
                            or child_ref.type in _WEAK_NER
                        )
                        and child.pos_ == "PROPN"
                        and child.ent_type_ != "NORP"
                        and is_capitalised(child)
                        and (name := child_ref.name if child_ref is not None else child.text)
                    ]
                found.extend(named)
            elif is_year(token) and token.i + 1 < len(token.doc):
                # "set in 1958 Morocco", which the parse splits after the year
                found.extend(self.places([token.doc[token.i + 1]]))
            else:
                # "X's music scene", "the X underground", "a Glasgow tenement", "the Essex
                # marshes": a name before the common noun a film is set or shot in is a
                # place, whatever the tagger made of it
                for child in token.children:
                    if child.dep_ not in ("poss", "compound"):
                        continue
                    child_ref = self.ctx.ref_at(child)
                    if child_ref is not None and child_ref.type is EntityType.PLACE:
                        found.append((child, child_ref))
                    elif token.text.islower() and token.pos_ == "NOUN" and child.dep_ == "compound":
                        if child_ref is not None and child_ref.type in _WEAK_NER:
                            found.append((child, EntityRef(EntityType.PLACE, child_ref.name)))
                        elif (
                            child_ref is None
                            and child.pos_ == "PROPN"
                            and is_capitalised(child)
                            and child.ent_type_ in ("", "GPE", "LOC", "FAC", "NORP")
                        ):
                            # "a French village": the country a demonym names
                            name = self.lex.country(child.text) or child.text
                            found.append((child, EntityRef(EntityType.PLACE, name)))
                if token.pos_ == "NOUN" and token.text.islower():
                    # "in a real guesthouse in Steyr", "aboard a working ship in the
                    # Adriatic": the place a venue is in
                    found.extend(self.places(_prep_objects(token, _VENUE_PREPS)))
        return found

    def plot_places(self, verb: Token) -> None:
        """ "The film follows Marcello through the sweet life of Rome", "tells the story of
        Jamal from the slums of Mumbai", "Mara returns to Tjorn": a city or country the plot
        a film's verb (or a character's) describes passes through is where the story is set
        (weaker than "set in")."""
        ctx = self.ctx
        subject = _subject_of(verb)
        if subject is None:
            return
        who = ctx.ref_at(subject)
        if who is not None and who.type is EntityType.CHARACTER:
            # "Mara returns to the island of Tjorn": a synopsis, of the film in hand
            film = ctx.salient_film(verb.i)
        elif verb.lemma_.casefold() in self.lex.opening["plot_verbs"]:
            film = ctx.film_of(subject)
        elif who is None and self.story_person(subject, verb):
            # "In a snowbound Winnipeg suburb, a retired detective investigates ...": a
            # synopsis, in the present tense, of someone the story introduces
            film = ctx.salient_film(verb.i)
        else:
            return
        if film is None or film.type is not EntityType.FILM:
            return
        self.places_in_phrase(film, verb, _PLOT_PLACE_PREPS, fronted=True)

    def story_person(self, subject: Token, verb: Token) -> bool:
        """Whether `subject` introduces one of a story's people as a synopsis does: an
        indefinite noun for a person ("a mysterious man", "an ageing boxer") before a main
        verb in the present tense."""
        if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "ROOT" or subject.pos_ != "NOUN":
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
            return False
        lemma = subject.lemma_.casefold()
        opening = self.lex.opening
        return lemma in opening["occupation_nouns"] or lemma in opening["story_people"]

    def described_places(self, film: EntityRef | None, noun: Token) -> None:
        """The cities and countries a description of the story's people passes through ("a
        cipher clerk who goes missing in Lisbon", "an art restorer summoned to Venice"):
        where the story is set (as weakly as the plot's own verbs place it). A person "from
        Quebec" comes from there; the story need not."""
        if film is not None and film.type is EntityType.FILM:
            self.places_in_phrase(film, noun, _PLOT_PLACE_PREPS - {"from"})

    def places_in_phrase(
        self, film: EntityRef, head: Token, preps: frozenset[str], fronted: bool = False
    ) -> None:
        """The cities and countries named after `preps` in the phrase `head` opens: where
        the story is set; with `fronted`, also after an "in" that opens the clause ("In
        Lisbon, Mara meets ...")."""
        ctx = self.ctx
        for token in head.subtree:
            opener = (
                fronted
                and token.i < head.i
                and token.head.lower_ == "in"
                and token.head.head.i == head.i
                and token.head.i == head.left_edge.i
            )
            if (
                (token.i <= head.i and not opener)
                or token.dep_ != "pobj"
                or token.head.lower_ not in preps
                or _in_parentheses(ctx.doc, token.i)
            ):
                continue
            named: Token | None = token
            if token.ent_type_ not in ("GPE", "LOC"):
                # "in a snowbound Winnipeg suburb": the city the common noun lies in
                named = next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "compound"
                        and token.pos_ == "NOUN"
                        and (ref := ctx.ref_at(c)) is not None
                        and ref.type is EntityType.PLACE
                    ),
                    None,
                )
            if named is None:
                continue
            place = ctx.ref_at(named)
            if place is not None and place.type is EntityType.PLACE and not ctx.surname(place):
                ctx.emit(film, "narrativeLocation", place, (head, named), "location:plot-place")

    def set_in(self, verb: Token, lemma: str) -> None:
        ctx = self.ctx
        preps = self.setting_verbs[lemma]
        if lemma == "take" and not any(c.lower_ == "place" for c in verb.children):
            return
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if lemma == "take" and any(
            s.lemma_.casefold() in self.filming_nouns or s.lower_ in self.filming_nouns
            for s in subjects
        ):
            # "Filming took place in Chicago": the shoot's place (filming_noun), not the story's
            return
        if lemma == "set" and verb.tag_ not in ("VBN",):
            return
        objs = _prep_objects(verb, preps)
        if (
            not objs
            and verb.dep_ == "relcl"
            and any(c.lower_ == "where" for c in verb.children)
            and any(
                c.dep_ in ("nsubj", "nsubjpass")
                and (
                    c.lemma_.casefold() in self.story_nouns
                    or c.lemma_.casefold() in self.lex.anaphors
                )
                for c in verb.children
            )
        ):
            # "in Oklahoma, where the story takes place": the place the clause hangs on
            objs = [verb.head]
        places = self.places(objs)
        if not places:
            # "set on the island of Aero", "in a fictional village in the Bieszczady
            # Mountains", "in a village outside Seville": the place the setting lies in
            inner = [
                token
                for obj in objs
                if obj.pos_ == "NOUN" and obj.text.islower()
                for token in _setting_inner(obj)
            ]
            places = self.places(inner) or [
                (token, place)
                for token in inner
                if token.pos_ == "PROPN"
                and self.ctx.ref_at(token) is None
                and (place := self.ctx.guess(token, EntityType.PLACE)) is not None
            ]
        events = [
            (obj, event)
            for obj in _prep_objects(verb, ("during", "amid"))
            if (event := self.event_at(obj)) is not None
        ]
        if not places and not events:
            return
        subj = _subject_of(verb)
        if subj is None and verb.dep_ == "advcl" and verb.i < verb.head.i:
            # "Set on the Essex marshes in 1851, the film follows ...": the main clause's
            # subject
            subj = _subject_of(verb.head)
        film = ctx.film_at(subj, verb)
        if film is None and verb.dep_ == "acl":
            # "The Cartographer (2007), a historical adventure set in Lisbon", "Border
            # melodrama set in Tijuana."
            film = self.genre_head(verb.head) or ctx.fragment_film(verb.head)
        if film is None and subj is None and verb.dep_ in ("ROOT", "conj"):
            # "Set in Galway but shot in Kerry.": a fragment about the film in hand
            film = ctx.salient_film(verb.i)
        if (
            film is None
            and subj is not None
            and subj.lemma_.casefold() in ("story", "plot", "action", "narrative")
        ):
            film = ctx.salient_film(verb.i)
        for obj, place in places:
            ctx.emit(film, "narrativeLocation", place, (verb, obj), "location:set-in")
        # "set during the Mexican Revolution": a historical event is what the film is about
        for obj, event in events:
            ctx.emit(film, "mainSubject", event, (verb, obj), "subject:set-during")

    def stood_in_for(self, verb: Token, lemma: str) -> None:
        """ "Tallinn stood in for Leningrad", "Marseille, which stands in for Tangier",
        "Malta doubled for Syria": where the film was shot, and the place it shows."""
        ctx = self.ctx
        inside = next((c for c in verb.children if c.lower_ == "in"), None)
        if lemma == "stand" and inside is None:
            return
        shown = _prep_objects(verb, ("for",))
        if inside is not None:
            shown += _prep_objects(inside, ("for",))
        subject = _subject_of(verb)
        if verb.dep_ == "relcl" and any(c.lower_ == "which" for c in verb.children):
            subject = verb.head
        if subject is None and verb.i > 0 and verb.doc[verb.i - 1].dep_ in ("amod", "compound"):
            # "Budapest doubles, persuasively, for ...", whose subject the parse made a modifier
            subject = verb.doc[verb.i - 1]
        if subject is None or not shown:
            return
        # "for both Leipzig and Paris" (the places listed with a place are places, whatever
        # the tagger made of them)
        stories: list[tuple[EntityRef, Token]] = []
        for token in _objects(shown[0]):
            story = self.place_named(token)
            named = ctx.ref_at(token)
            if story is None and stories and named is not None and named.type in _WEAK_NER:
                story = EntityRef(EntityType.PLACE, named.name)
            if story is not None:
                stories.append((story, token))
        place = self.place_named(subject)
        if (
            place is None
            and stories
            and is_capitalised(subject)
            and subject.pos_ not in ("PRON", "DET")
            and not subject.is_stop
            and ctx.ref_at(subject) is None
        ):
            # what stands for a place is a place, whatever the tagger made of the word
            place = EntityRef(EntityType.PLACE, subject.text)
        if place is None or not stories:
            return
        film = ctx.salient_film(verb.i)
        ctx.emit(film, "filmingLocation", place, (subject, verb), "filming:stood-in")
        for story, token in stories:
            ctx.emit(film, "narrativeLocation", story, (verb, token), "location:stood-in-for")

    def place_named(self, token: Token) -> EntityRef | None:
        """The place a proper name stands for, whatever the tagger made of it."""
        ref = self.ctx.ref_at(token)
        if ref is not None:
            if ref.type is EntityType.PLACE or (
                ref.type is EntityType.ORGANIZATION and " " not in ref.name
            ):
                return EntityRef(EntityType.PLACE, ref.name)
            return None
        if token.pos_ == "PROPN" and is_capitalised(token):
            return EntityRef(EntityType.PLACE, token.text)
        return None

    def phase_places(self, verb: Token) -> list[Token]:
        """Where the stages of a shoot took place: "filmed in six countries, beginning in
        Tokyo and ending in Canada", "Filming began in Turin and moved to Rome", "will film
        for nine weeks in Antwerp, with additional photography in County Wicklow"."""
        found = []
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.casefold() in self.filming_nouns
                ):
                    found.extend(_prep_objects(obj, ("in", "at", "on", "around")))
        for child in verb.children:
            if child.dep_ not in ("advcl", "conj", "xcomp", "dep"):
                continue
            for phase in (child, *child.conjuncts):
                preps = self.filming_phases.get(phase.lemma_.casefold())
                if preps and phase.i > verb.i:
                    found.extend(_prep_objects(phase, tuple(preps)))
        return found

    def filmed_in(self, verb: Token) -> None:
        ctx = self.ctx
        places = [
            (token, place)
            for token, place in self.places(
                _prep_objects(verb, _FILMING_PREPS) + self.phase_places(verb)
            )
            # "at the Eden Project in Cornwall, not in Scotland at all"
            if not (token.head.i > 0 and token.doc[token.head.i - 1].lower_ in ("not", "never"))
        ]
        where = next((c for c in verb.children if c.lower_ == "where" and c.dep_ == "advmod"), None)
        if not places and where is not None and verb.dep_ == "relcl":
            # "Saltfleetby, where much of the film was shot": the place the clause is about
            places = self.places([verb.head])
        there = next((c for c in verb.children if c.lower_ == "there"), None)
        if not places and there is not None:
            # "The film is set in Kyoto and was shot there too": the setting just named
            here = sentence_index(ctx.starts, verb.i)
            places = [
                (there, st.object)
                for st in list(ctx.out.values())
                if st.predicate == "narrativeLocation"
                and st.sentence in (here, here - 1)
                and isinstance(st.object, EntityRef)
            ][-1:]
        if not places:
            return
        # "Ibarrola shot the film in X": what was shot is the object, when there is one
        shot = next((c for c in verb.children if c.dep_ == "dobj"), None)
        film = ctx.film_of(shot) if shot is not None else None
        subject = _subject_of(verb)
        if (
            film is None
            and subject is not None
            and subject.lower_ in ("most", "much", "all", "part", "some", "half", "parts")
        ):
            # "most of it was shot outside Merthyr Tydfil", "much of the film was shot": the
            # film the quantity is of
            film = next((f for o in _prep_objects(subject, ("of",)) if (f := ctx.film_of(o))), None)
        if film is None and shot is None:
            film = ctx.film_at(subject, verb)
        if (
            film is None
            and shot is None
            and subject is None
            and verb.dep_ == "advcl"
            and verb.i < verb.head.i
        ):
            # "Shot largely in Zdiar, it follows ...": the main clause's film
            film = ctx.film_at(_subject_of(verb.head), verb.head)
        if (
            film is None
            and shot is None
            and subject is not None
            and subject.lemma_.casefold() in self.filming_nouns
            and ctx.ref_at(subject) is None
        ):
            # "The production will film in Antwerp": the film in hand
            film = ctx.salient_film(verb.i)
        if film is None and shot is None and verb.dep_ == "acl":
            # "a historical adventure ... filmed largely in Malta"
            film = self.genre_head(verb.head)
        if (
            film is None
            and shot is None
            and verb.tag_ == "VBG"
            and verb.dep_ in ("acl", "advcl")
            and (maker := ctx.ref_at(verb.head)) is not None
            and maker.type is EntityType.PERSON
        ):
            # "Fotheringay, shooting on location near Keswick, lets ...": its director's film
            film = next(
                (
                    st.subject
                    for st in ctx.out.values()
                    if st.predicate == "director"
                    and isinstance(st.object, EntityRef)
                    and st.object.name.split()[-1] == maker.name.split()[-1]
                ),
                None,
            )
        subject = _subject_of(verb)
        if (
            film is None
            and subject is not None
            and subject.lower_ in ("we", "they")
            and (
                shot is None
                or shot.lemma_.casefold() in _SHOT_PARTS
                or shot.lower_ in _THE_WHOLE
                or (shot.lower_ == "thing" and any(c.lower_ == "whole" for c in shot.children))
            )
        ):
            # a filmmaker's "We shot in Rostock and Warnemünde", "we shot the diner scenes in
            # Barstow", "we shot the whole thing in Belfast", a fan's "they filmed most of it
            # in Kollam": the film the talk is about (only its makers shoot it)
            film = ctx.salient_film(verb.i)
        if (
            film is None
            and shot is None
            and subject is not None
            and subject.lemma_.casefold() in _SHOT_PARTS
            and ctx.ref_at(subject) is None
        ):
            # "The exteriors were filmed on the Faroe Islands": parts of the film in hand
            film = ctx.salient_film(verb.i)
        if (
            film is None
            and shot is None
            and _subject_of(verb) is None
            and verb.dep_ == "conj"
            and verb.head.lemma_.casefold() == "set"
        ):
            # "Set in Galway but shot in Kerry."
            film = ctx.salient_film(verb.i)
        for obj, place in places:
            ctx.emit(film, "filmingLocation", place, (verb, obj), "filming:filmed-in")

    def filming_noun(self, noun: Token) -> None:
        """ "Filming took place in X", "principal photography began in X", "cameras will
        roll in X"."""
        ctx = self.ctx
        if noun.dep_ not in ("nsubj", "nsubjpass", "csubj") or any(
            c.lower_ == "no" and c.dep_ == "det" for c in noun.children
        ):
            # "No filming will take place in X" places nothing
            return
        verb = noun.head
        if _negated(verb, ctx.negated):
            # "The production will not shoot in Georgia"
            return
        # "Cameras are set to roll in Calgary", "Filming is due to begin in X": the verb the
        # subject's clause goes on to
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        if noun.lemma_ == "camera" and verb.lemma_ != "roll":
            # "the camera lingers on her in Paris": a shot, not a shoot
            return
        preps = _prep_objects(verb, _FILMING_PREPS)
        preps += _prep_objects(noun, ("in", "at", "on"))
        places = self.places(preps + self.phase_places(verb))
        film = ctx.salient_film(noun.i)
        for child in noun.children:
            if child.dep_ == "poss":
                film = ctx.film_of(child) or film
        # "Filming for Home Alone 2 took place in Chicago"; "Principal photography begins in
        # Tucson on Halvorsen Pictures' Western "Riders of the Copper Sky"", where the film
        # hangs on the verb
        for owner in _prep_objects(noun, ("for", "on", "of")) + _prep_objects(verb, ("on", "for")):
            named = ctx.film_of(owner)
            after = owner.i + 1
            if after + 1 < len(ctx.doc) and ctx.doc[after].text in _QUOTE_MARKS:
                after += 1
            if named is None and after < len(ctx.doc):
                # (the title after the genre noun the parse took for the object)
                named = ctx.film_of(ctx.doc[after])
            if named is not None and named.type is EntityType.FILM:
                film = named
                places = [(o, p) for o, p in places if o.i != owner.i]
        for obj, place in places:
            ctx.emit(film, "filmingLocation", place, (noun, obj), "filming:filming-in")

    def stages_in(self, noun: Token) -> None:
        """ "the interiors were built on stages in Rome", "on a soundstage in Glasgow": the
        studio city is a filming location of the film in hand (not a theatre's "stage")."""
        ctx = self.ctx
        preps = _prep_objects(noun, ("in", "at"))
        if noun.dep_ == "pobj":
            preps += [o for o in _prep_objects(noun.head.head, ("in",)) if o.i > noun.i]
        film = ctx.salient_film(noun.i)
        for obj, place in self.places(preps):
            ctx.emit(film, "filmingLocation", place, (noun, obj), "filming:stages-in")

    def topic(self, film: EntityRef | None, obj: Token, trigger: Token, rule: str) -> None:
        ctx = self.ctx
        named = [a for a in _named_in([obj])[1:] if ctx.ref_at(a) is not None]
        if named and ctx.ref_at(obj) is None:
            # "the painter X": the name, not the description
            for token in named:
                self.topic(film, token, trigger, rule)
            return
        if obj.lemma_.casefold() in self.topic_heads or obj.lower_ in self.topic_heads:
            # "the effects of the Spanish Civil War", "the life of X", "themes of grief"
            inner = _prep_objects(obj, ("of",))
            for token in inner:
                self.topic(film, token, trigger, rule)
            if inner:
                return
        ref = ctx.ref_at(obj)
        if ref is not None:
            if ref.type in (EntityType.AWARD, EntityType.GENRE):
                return
            ctx.emit(film, "mainSubject", ref, (trigger, obj), rule)
            return
        event = self.event_at(obj)
        if event is not None:
            ctx.emit(film, "mainSubject", event, (trigger, obj), rule)
            return
        if obj.lemma_.casefold() in self.lex.film_nouns or (
            obj.lower_ in self.generic_topics or obj.lemma_.casefold() in self.generic_topics
        ):
            return
        if obj.pos_ not in ("NOUN", "PROPN") and obj.tag_ != "VBG":
            # "a documentary about surfing": a gerund names an activity
            return
        words = [c for c in obj.children if c.dep_ in ("compound",) and c.i < obj.i]
        start = min([obj.i, *(w.i for w in words)])
        end = obj.i + 1
        if obj.pos_ == "PROPN" and is_capitalised(obj) and not obj.is_sent_start:
            # "the Battle of Arnhem", "the Siege of Caldera": a name that goes on past "of"
            run = capitalised_run(ctx.doc, obj.i, start, obj.sent.end, self.lex)
            if run is not None and run[0] == start:
                end = max(end, run[1])
        phrase = ctx.doc[start:end].text
        ctx.emit(film, "mainSubject", EntityRef(EntityType.TOPIC, phrase), (trigger, obj), rule)

    def event_at(self, token: Token, start: int = 0) -> EntityRef | None:
        """A named historical event ("the Crimean War") as a topic, from token `start` on."""
        if token.ent_type_ != "EVENT":
            return None
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                words = [t for t in ent if (t.lower_ != "the" or t.i > ent.start) and t.i >= start]
                if words:
                    text = token.doc[words[0].i : ent.end].text
                    return EntityRef(EntityType.TOPIC, normalise_name(text))
        return None

    def story_places(self, film: EntityRef | None, obj: Token, trigger: Token) -> None:
        """ "the story of a gang committing robberies throughout X": where a story unfolds."""
        ctx = self.ctx
        for token in obj.subtree:
            if token.dep_ != "prep" or token.lower_ not in self.place_preps:
                continue
            for place_tok, place in self.places(_prep_objects(token.head, (token.lower_,))):
                ctx.emit(
                    film, "narrativeLocation", place, (trigger, place_tok), "location:story-place"
                )

    def story_of(self, film: EntityRef | None, story: Token, verb: Token) -> None:
        """ "tells the story of X during the Y War": a person or event the story is of."""
        ctx = self.ctx
        for obj in _named_in(_prep_objects(story, ("of",))):
            ref = ctx.ref_at(obj)
            if ref is not None and ref.type is EntityType.PERSON:
                ctx.emit(film, "mainSubject", ref, (verb, obj), "subject:story-of")
            for token in obj.subtree:
                if token.dep_ == "prep" and token.lower_ in ("during", "in", "amid"):
                    for pobj in _prep_objects(token.head, (token.lower_,)):
                        event = self.event_at(pobj)
                        if event is not None:
                            ctx.emit(film, "mainSubject", event, (verb, pobj), "subject:story-of")
        self.story_places(film, story, verb)

    def about_verb(self, verb: Token, lemma: str) -> None:
        ctx = self.ctx
        preps = self.subject_verbs[lemma]
        objs = (
            _prep_objects(verb, preps)
            if preps
            else [o for c in verb.children if c.dep_ == "dobj" for o in _objects(c)]
        )
        if not objs:
            return
        subject = _subject_of(verb)
        owner = ctx.ref_at(subject) if subject is not None else None
        if subject is not None and (
            subject.lemma_.casefold() in self.company_nouns
            or (owner is not None and owner.type in (EntityType.ORGANIZATION, EntityType.PERSON))
        ):
            # "a distribution company focused on independent cinema": the company's line
            return
        film = ctx.film_at(subject, verb)
        if film is None:
            return
        for obj in objs:
            if obj.lemma_.casefold() in self.story_nouns:
                self.story_of(film, obj, verb)
            elif lemma != "tell":
                self.topic(film, obj, verb, "subject:verb")
                self.story_places(film, obj, verb)
        if not preps:
            # "depicts family life in Liverpool", the place attached to the verb
            for place_tok, place in self.places(_prep_objects(verb, ("in", "throughout"))):
                ctx.emit(
                    film, "narrativeLocation", place, (verb, place_tok), "location:story-place"
                )

    def release_noun(self, noun: Token) -> None:
        """ "X is a Halvorsen Pictures release", "The Halvorsen Pictures release dropped
        38%": the company whose release a film is distributes it."""
        ctx = self.ctx
        company = next(
            (
                ref
                for c in noun.children
                if c.dep_ in ("compound", "poss")
                and (ref := ctx.ref_at(c)) is not None
                and ref.type is EntityType.ORGANIZATION
            ),
            None,
        )
        if company is None:
            return
        film = ctx.film_of(noun)
        if film is None and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subject = _subject_of(noun.head)
            film = ctx.film_of(subject) if subject is not None else None
        if film is None and noun.dep_ in ("nsubj", "nsubjpass"):
            film = ctx.salient_film(noun.i)
        if film is not None and film.type is EntityType.FILM:
            ctx.emit(film, "distributor", company, (noun,), "distributor:release-noun")

    def grossed_for(self, prep: Token) -> None:
        """ "debuted with $9.6 million for Keystone Releasing": a box-office figure is
        reported for the film's distributor."""
        ctx = self.ctx
        company = next(
            (ref for c in prep.children if c.dep_ == "pobj" and (ref := ctx.ref_at(c))), None
        )
        if company is None or company.type is not EntityType.ORGANIZATION:
            return
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        film = ctx.film_of(subject) if subject is not None else None
        if film is not None and film.type is EntityType.FILM:
            ctx.emit(film, "distributor", company, (prep,), "distributor:gross-for")

    def nationality(self, verb: Token) -> None:
        """ "Brine is Danish", "It is French-Belgian": a film's nationality as its predicate."""
        ctx = self.ctx
        doc = ctx.doc
        subject = _subject_of(verb)
        if subject is None or (subject.pos_ == "PROPN" and ctx.ref_at(subject) is None):
            return
        film = ctx.film_of(subject)
        if film is None or film.type is not EntityType.FILM:
            return
        for child in verb.children:
            if child.dep_ not in ("acomp", "attr") or child.pos_ not in ("ADJ", "PROPN"):
                continue
            words = [child, *(c for c in child.children if c.dep_ == "conj")]
            # "French-Belgian": the words up to the adjective, and those it is joined with
            positions = {*range(child.left_edge.i, child.i + 1), *(w.i for w in words)}
            for k in sorted(positions):
                token = doc[k]
                if token in words or (token.text[:1].isupper() and token.pos_ in ("ADJ", "PROPN")):
                    found = self.country_at(k, k + 1)
                    if found is not None and self.lex.country(token.text) != token.text:
                        place = EntityRef(EntityType.PLACE, found[0])
                        ctx.emit(film, "countryOfOrigin", place, (verb, token), "country:predicate")

    def copula_about(self, verb: Token) -> None:
        """ "X is about a woman who moves to Chicago"; "X's theme is the loss of privacy"."""
        ctx = self.ctx
        doc = ctx.doc
        subj = _subject_of(verb)
        owned = None
        if (
            verb.i >= 3
            and doc[verb.i - 2].lower_ in _POSSESSIVE_MARKS
            and doc[verb.i - 1].lemma_.casefold() in _STORY_HEADS
        ):
            # "Title's theme is ...", "Title's plot is about ...", whatever the parse made
            # of a title that reads as a clause ("We Live in Public")
            owned = ctx.film_of(doc[verb.i - 3])
            subj = doc[verb.i - 1]
        if subj is not None and subj.lemma_.casefold() in ("theme", "subject", "topic"):
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            film = owned or (ctx.film_of(owner) if owner is not None else None)
            for attr in (c for c in verb.children if c.dep_ == "attr"):
                for obj in _objects(attr):
                    self.topic(film, obj, verb, "subject:theme-is")
        objs = _prep_objects(verb, ("about",))
        if not objs:
            return
        film = owned or ctx.film_at(_subject_of(verb), verb)
        if film is None:
            return
        for obj in objs:
            if obj.lemma_.casefold() in self.story_nouns:
                self.story_of(film, obj, verb)
            else:
                self.topic(film, obj, verb, "subject:copula-about")
                self.story_places(film, obj, verb)

    def role_noun(self, noun: Token, role: str) -> None:
        """A maker or star named with the film they worked on: "X director Y", "X's star,
        Y,", "Y, the director of X,", "the film's writer Y"."""
        ctx = self.ctx
        doc = ctx.doc
        if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
            # "D: Hisako Moriyama / DP: Kenji Tabata": a credit's label, which the credits
            # reader reads
            return
        person: Token | None = None
        head = noun.head
        if noun.dep_ == "compound" and ctx.ref_at(head) is not None:
            # "director Tom Hale"
            person = head
        elif noun.dep_ == "appos" and ctx.ref_at(head) is not None:
            # "Tom Hale, the film's director,"
            person = head
        else:
            person = next(
                (c for c in noun.children if c.dep_ == "appos" and ctx.ref_at(c) is not None),
                None,
            )
            if person is None and noun.i + 1 < len(doc) and ctx.ref_at(doc[noun.i + 1]):
                person = doc[noun.i + 1]
        if person is None and noun.dep_ == "nsubj" and head.lemma_ == "be":
            # "The director was Imke Sollner."
            person = next((c for c in head.children if c.dep_ == "attr"), None)
        one = head.head if noun.dep_ == "pobj" and head.lower_ == "of" else None
        if (
            person is None
            and one is not None
            and one.lower_ == "one"
            and one.dep_ == "attr"
            and one.head.lemma_ == "be"
        ):
            # "Valcourt is one of the film's three producers, alongside A and B"
            person = _subject_of(one.head)
            fellows = _named_in(
                _prep_objects(noun, ("alongside",)) + _prep_objects(one, ("alongside",))
            )
        else:
            fellows = []
        if person is None:
            return
        who = self.maker_at(person)
        company = ctx.ref_at(person)
        if (
            who is None
            and role in ("producer", "distributor")
            and company is not None
            and company.type is EntityType.ORGANIZATION
            and any(
                w in self.lex.studio_words or w in self.lex.org_suffixes
                for w in company.name.split()
            )
        ):
            # "its producer, Caledon Films, went bankrupt": a company that produces is the
            # film's production company
            who = company
            role = "productionCompany" if role == "producer" else role
        if who is None and not fellows:
            return
        film: EntityRef | None = None
        if (
            noun.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in ("poss", "prep") for c in noun.children)
        ):
            film = ctx.salient_film(noun.i)
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ == "its":
                film = film or ctx.salient_film(noun.i)
            elif child.dep_ == "poss" or (
                # "the Harbour Lights director", not "the film editor": a trade (nor "the
                # Walloon writer": where the person is from)
                child.dep_ == "compound"
                and child.i < noun.i
                and not child.text.islower()
                and self.lex.country(child.text) is None
            ):
                film = film or ctx.film_of(child)
        films: list[EntityRef] = []
        for obj in _prep_objects(noun, ("of", "on")):
            film = film or ctx.film_of(obj)
            # "writer-director of A, B and C": each of them
            if (found := ctx.film_of(obj)) is not None and found not in films:
                films.append(found)
        prep = person.head if person.dep_ == "pobj" else None
        if film is None and prep is not None and prep.lower_ in ("from", "by"):
            # "the debut feature from director Tom Hale"
            work = prep.head
            if work.lemma_.casefold() in self.lex.film_nouns:
                film = ctx.film_of(work)
        if film is None and noun.i > 0:
            # "Harbour Lights director Tom Hale", the title a compound the parse hung elsewhere
            before = ctx.ref_at(doc[noun.i - 1])
            if (
                before is not None
                and before.type in _FILMLIKE
                # (not "the film editor whose cutting shaped ...": a trade)
                and not doc[noun.i - 1].text.islower()
            ):
                film = before
        if (
            film is None
            and (
                role in _CRAFT_ROLES
                # "the marketing spend of the distributor, Longhorn Releasing": the film's
                # distributor, a company named in apposition
                or (
                    role == "distributor"
                    and who is not None
                    and who.type is EntityType.ORGANIZATION
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                )
            )
            # not "sound editor X", "supervising music editor X": another craft
            and not any(c.dep_ in ("compound", "amod") for c in noun.children)
            and not (
                noun.i > 0
                and doc[noun.i - 1].text.islower()
                and doc[noun.i - 1].pos_ in ("NOUN", "VERB", "ADJ")
            )
        ):
            # "the credit belongs to cinematographer Yusuf Demirel": a craft only films have,
            # for the film in hand (a director or a writer may be a festival's or a book's),
            # unless the sentence lists a jury's or a panel's members by their trades
            panel = self.lex.relations["panel_nouns"]["words"]
            if not any(
                t.lemma_.casefold() in panel
                # "composer Bastien Aurel has been approached about the score": an offer
                or (t.lemma_.casefold() in _OFFER_VERBS and t.pos_ == "VERB")
                for t in noun.sent
            ):
                film = ctx.salient_film(noun.i)
        if (
            film is None
            and role != "castMember"
            and noun.i == noun.sent.start
            and noun.is_title
            and noun.dep_ == "compound"
            and not any(
                (ref := ctx.ref_at(t)) is not None
                and ref.type not in (EntityType.PERSON, EntityType.CHARACTER)
                for t in doc[noun.sent.start : max(noun.sent.root.i, person.i + 1)]
            )
        ):
            # "Director Arlo Fenwick cast Desmond Rourke as ...": the title a page about a
            # film gives its own crew, where its subject names no other work or body
            film = ctx.salient_film(noun.i)
        if film is None or film.type is not EntityType.FILM:
            return
        word = noun.lower_
        if noun.i > 1 and doc[noun.i - 1].text == "-":
            word = f"{doc[noun.i - 2].lower_}-{word}"  # "writer-director", split by the tokeniser
        roles = [role, *self.lex.relations["role_noun_extras"].get(word, [])]
        films += _films_listed_after(ctx, films)
        for made in [film] + [f for f in films if f != film and f.type is EntityType.FILM]:
            for each in roles:
                # "the writer-director of X": X's director and its screenwriter
                ctx.emit(made, each, who, (noun, person), "role-noun:film-maker")
        for fellow in fellows:
            ctx.emit(film, role, self.maker_at(fellow), (noun, fellow), "role-noun:film-maker")
        if noun.lemma_.casefold() in ("star", "writer", "producer") and person.head.i == noun.i:
            # "Its stars, Gaspard Lenoir and Yasmine Adjoua, ...": each of them
            for other in person.conjuncts:
                ctx.emit(film, role, self.maker_at(other), (noun, other), "role-noun:film-maker")

    def submission(self, noun: Token) -> None:
        """ "X was selected as Iraq's official entry for the Best Foreign Language Film": a
        country submits its own films."""
        ctx = self.ctx
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return
        ref = ctx.ref_at(owner)
        country = self.lex.countries.get(ref.name.casefold()) if ref is not None else None
        if country is None:
            return
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "as":
            head = head.head
        elif noun.dep_ != "attr":
            return
        film = ctx.film_at(_subject_of(head), head)
        ctx.emit(
            film,
            "countryOfOrigin",
            EntityRef(EntityType.PLACE, country),
            (owner, noun),
            "country:submission",
        )

    def represented(self, verb: Token) -> None:
        """ "X represented Israel at Cannes": a film represents its country."""
        ctx = self.ctx
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            ref = ctx.ref_at(child)
            country = self.lex.countries.get(ref.name.casefold()) if ref is not None else None
            if country is not None:
                film = ctx.film_at(_subject_of(verb), verb)
                ctx.emit(
                    film,
                    "countryOfOrigin",
                    EntityRef(EntityType.PLACE, country),
                    (verb, child),
                    "country:represented",
                )

    def rating(self, number: Token) -> None:
        """ "6.6 on a site", "92% on Rotten Tomatoes", "7/10 on IMDb", "4 out of 5 on X": a
        score a platform gives the film the sentence is about."""
        ctx = self.ctx
        doc = ctx.doc
        j = number.i + 1
        best: Decimal | None = None
        text = number.text.replace(",", "")
        if "/" in text:
            # "8.1/10" as one token
            text, _, scale = text.partition("/")
            best = _decimal_or_none(scale)
            if best is None:
                return
        value = _decimal_or_none(text)
        if value is None:
            return
        if best is None:
            best, j = self.rating_scale(number, value)
        if best is None or value > best or j + 1 >= len(doc):
            return
        while j < len(doc) and doc[j].lower_ in ("approval", "rating", "score", "average"):
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ not in ("on", "at", "from"):
            return
        platform = ctx.ref_at(doc[j + 1])
        if platform is None or platform.type is not EntityType.ORGANIZATION:
            return
        film = ctx.salient_film(number.i)
        ctx.emit(
            film,
            "rating",
            Rating(value, best, platform),
            (number, doc[j + 1]),
            "rating:on-platform",
        )

    def stars(self, first: Token) -> None:
        """ "★★★★☆" in a review's headline or verdict: the critic's rating of the film the
        line is about (out of the stars shown, else out of five)."""
        ctx = self.ctx
        doc = ctx.doc
        marks = ""
        end = first.i
        while end < len(doc) and doc[end].text and all(c in _STARS for c in doc[end].text):
            marks += doc[end].text
            end += 1
        full = sum(marks.count(c) for c in _FULL_STARS)
        half = Decimal("0.5") if "½" in marks else Decimal(0)
        shown = len(marks.replace("½", ""))
        if not full and not half:
            return
        label = end
        while label < len(doc) and label - end < 4 and doc[label].is_alpha and doc[label].is_upper:
            label += 1
        if shown == 1 and end < label < len(doc) and doc[label].text in ("–", "—", "-", ":"):
            # "★ WINNER – Best Short Film", "★ OFFICIAL SELECTION – X": a laurel's bullet,
            # not a rating
            return
        legend = re.search(rf"{re.escape(marks)}[ \t]*=", doc_text(doc)) is not None
        if shown == 1 and (
            (end < len(doc) and doc[end].text == "=")
            or (
                legend
                and first.i > 0
                and "\n" not in doc[first.i - 1].text_with_ws
                and (end >= len(doc) or "\n" in doc[end - 1].text_with_ws or "\n" in doc[end].text)
            )
        ):
            # "★ = director in attendance", "THE SALT CLOCK ★": a programme's marker and its
            # legend, no rating
            return
        best = Decimal(shown) if shown > full else Decimal(5)
        value = Decimal(full) + half
        if value > best:
            return
        film = None
        if first.i > 0 and (named := ctx.ref_at(doc[first.i - 1])) is not None:
            # "Verdict: Harrow Lane ★★★★ / The Lantern Keepers ★★": the title each rating
            # follows
            film = named if named.type is EntityType.FILM else None
        elif first.i > 0:
            run = capitalised_run(doc, first.i - 1, first.sent.start, first.i, self.lex)
            if run is not None and run[1] == first.i:
                words = normalise_name(doc[run[0] : run[1]].text).casefold()
                film = next(
                    (ref for _, ref in ctx.film_positions if ref.name.casefold() == words), None
                )
        alone = (first.i == 0 or "\n" in doc[first.i - 1].text_with_ws) and (
            end >= len(doc) or "\n" in doc[end - 1].text_with_ws or "\n" in doc[end].text
        )
        if film is None and alone:
            # a round-up's "★★★★★" on a line of its own above a critic's name: the film the
            # round-up is about, not the last one its prose named
            film = ctx.heading_film or ctx.top_film
        film = (
            film
            or ctx.sentence_film(sentence_index(ctx.starts, first.i))
            or ctx.salient_film(first.i)
        )
        ctx.emit(film, "rating", Rating(value, best, None), doc[first.i : end], "rating:stars")

    def rating_scale(self, number: Token, value: Decimal) -> tuple[Decimal | None, int]:
        """The best score of the scale a rating is given on, and the token after it: "%",
        "/ 10", "out of 5"; a decimal score alone is out of ten."""
        doc = self.ctx.doc
        j = number.i + 1
        if doc[j].text == "%":
            return Decimal(100), j + 1
        if doc[j].text == "/" and j + 1 < len(doc) and doc[j + 1].like_num:
            return _decimal_or_none(doc[j + 1].text), j + 2
        if (
            doc[j].lower_ == "out"
            and j + 2 < len(doc)
            and doc[j + 1].lower_ == "of"
            and doc[j + 2].like_num
        ):
            return _decimal_or_none(doc[j + 2].text), j + 3
        if "." in number.text and value <= 10:
            return Decimal(10), j  # "6.6 on X": a decimal score out of ten
        return None, j

    def made_for_money(self, verb: Token) -> None:
        ctx = self.ctx
        for obj in _prep_objects(verb, ("for", "on")):
            span = ctx.doc[obj.left_edge.i : obj.right_edge.i + 1]
            if not any(t.ent_type_ == "MONEY" or t.like_num for t in span):
                continue
            value = parse_money(span.text)
            if value is None:
                continue
            film = ctx.film_at(_subject_of(verb), verb) or ctx.salient_film(verb.i)
            ctx.emit(film, "cost", value, (verb, obj), "cost:made-for")

    def grossed(self, verb: Token, lemma: str) -> None:
        """ "Crown of Ash collected an estimated $12.4 million", "opened in second place with
        $11.9 million", "has taken ₹48 crore in India", "crossed €3m": what the film took at
        the box office, and the market when the sentence names one. Not what it was made
        for ("made for $6 million") or cost."""
        ctx = self.ctx
        doc = ctx.doc
        if (lemma == "make" and _prep_objects(verb, ("for",))) or any(
            c.dep_ in ("xcomp", "advcl")
            and c.lemma_ in ("make", "produce", "shoot", "finish")
            and any(g.lower_ == "to" for g in c.children)
            for c in verb.children
        ):
            # "made for $6 million", "took $30 million to make": what it cost
            return
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += _prep_objects(verb, ("with", "to"))
        # "earned $61.8 million domestically and $148.3 million worldwide", the second sum
        # hung on the verb
        objects += [c for c in verb.children if c.dep_ == "conj" and c.ent_type_ == "MONEY"]
        sums: list[tuple[Token, Money]] = []
        for obj in objects:
            for part in (obj, *obj.conjuncts):
                words = doc[part.left_edge.i : part.right_edge.i + 1]
                if not any(t.ent_type_ == "MONEY" or t.like_num for t in words):
                    continue
                value = parse_money(words.text)
                if value is not None:
                    sums.append((part, value))
        if not sums:
            return
        subject = _subject_of(verb)
        if subject is None:
            return
        film = ctx.film_at(subject, verb)
        if film is None or film.type is not EntityType.FILM:
            return
        places = self.places(_prep_objects(verb, ("in",)))
        quals: tuple[tuple[str, Value], ...] = ()
        if len(places) == 1:
            # "has already taken ₹48 crore in India"
            quals = (("inRegion", places[0][1]),)
        for part, value in sums:
            if lemma in self.floor_verbs:
                value = Money(value.amount, value.currency, approximate=True)
            ctx.emit(film, "boxOffice", value, (verb, part), "box-office:grossed", quals)

    def budget(self, noun: Token) -> None:
        ctx = self.ctx
        doc = ctx.doc
        sent = noun.sent
        # money the tagger found, widened by two tokens each side for the currency and
        # multiplier it may leave out ("€ [22] M", "PLN 18 million")
        money = [
            doc[max(sent.start, e.start - 2) : min(sent.end, e.end + 2)]
            for e in sent.ents
            if e.label_ in ("MONEY", "CARDINAL")
        ]
        for child in noun.children:
            if child.dep_ in ("dobj", "attr") or (noun.pos_ == "AUX" and child.dep_ == "attr"):
                # "cost 2 million euros", "cost north of $210 million"
                money.append(doc[child.left_edge.i : child.right_edge.i + 1])
        for obj in _prep_objects(noun, ("at",)):
            # "Budgeted at €9M", which the tagger may not read as money
            money.append(doc[obj.left_edge.i : obj.right_edge.i + 1])
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "The budget was approximately PLN 18 million"
            for child in noun.head.children:
                if child.dep_ == "attr":
                    money.append(doc[child.left_edge.i : child.right_edge.i + 1])
        if noun.dep_ in ("nsubj", "nsubjpass"):
            # "The budget was reported as CA$6.2 million", "was put at £3m"
            for obj in _prep_objects(noun.head, ("as", "at")):
                money.append(doc[obj.left_edge.i : obj.right_edge.i + 1])
        valued = [(span, v) for span in money if (v := parse_money(span.text)) is not None]
        if not valued:
            return
        nearest, value = min(valued, key=lambda sv: abs(sv[0].start - noun.i))
        if abs(nearest.start - noun.i) > 10:
            return
        subj = _subject_of(noun.head) if noun.dep_ in ("dobj", "pobj", "attr") else None
        film = ctx.film_of(subj) if subj is not None else None
        if (
            film is not None
            and subj is not None
            and ctx.ref_at(subj) is None
            and subj.pos_ == "PROPN"
            and noun.head.lemma_.casefold() not in ("have", "be")
        ):
            # "Meridian puts the net production budget at $95 million": who states the
            # budget, not the film whose it is
            film = None
        for child in noun.children:
            if child.dep_ == "poss":
                film = ctx.film_of(child) or film
        if film is None:
            film = ctx.salient_film(noun.i)
        # (the evidence runs to the amount's last word, not a full stop the parse gave it)
        words = [t for t in nearest if not t.is_punct] or [nearest[0]]
        ctx.emit(film, "cost", value, (noun, words[0], words[-1]), "cost:budget")


_FULL_STARS = "★✭✮✯⭐"
_STARS = frozenset(_FULL_STARS + "☆✩½")
_PLAYED_BY = frozenset({"play", "voice", "portray"})


def _played_by_lemmas() -> frozenset[str]:
    return _PLAYED_BY


def _played_by(ctx: _Context, rules: _Rules) -> None:
    """ "C, played by A": a character slot followed by its actor."""
    text = doc_text(ctx.doc).casefold()
    if not any(f"{lemma.rstrip('e')}ed" in text for lemma in _PLAYED_BY) and "taken" not in text:
        # no "played", "voiced", "portrayed" or "taken": no need to walk the tokens
        return
    for token in ctx.doc:
        lemma = token.lemma_.casefold()
        if (lemma not in _PLAYED_BY and lemma != "take") or token.tag_ != "VBN":
            continue
        agents = _prep_objects(token, ("by",)) or [
            # "is played in the finished film by Colm Reddy", the agent hung on "film"
            agent
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for place in prep.children
            if place.dep_ == "pobj"
            for agent in _prep_objects(place, ("by",))
        ]
        if not agents or token.i < 2:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if (
            subject is not None
            and subject.lemma_.casefold() in ("role", "part")
            and not _prep_objects(subject, ("of",))
        ):
            # "the part is played in the finished film by Colm Reddy": the part the text
            # named just before
            for agent in agents:
                rules.cast_in_part(subject, agent, token, "cast:played-by")
            continue
        if subject is not None and subject.lemma_.casefold() in ("role", "part"):
            # "The role of Elodie's fiancé, Pieter Claes, is taken by Ruben Achterhof"
            subject = next(iter(_prep_objects(subject, ("of",))), None)
        elif lemma == "take":
            continue
        char_tok = (
            subject
            if subject is not None
            else token.head
            if token.dep_ == "acl"
            else ctx.doc[token.i - 2]
        )
        ref = ctx.ref_at(char_tok)
        if ref is None and (token.dep_ == "acl" or char_tok.dep_ in ("nsubjpass", "pobj")):
            # "Imogen's brother, Tobias, played by A", "Their son Danny is played by A":
            # the name in apposition
            named = [
                c
                for c in char_tok.children
                if c.dep_ == "appos"
                and (ctx.ref_at(c) or (c.pos_ == "PROPN" and c.is_title and c.is_alpha))
            ]
            if named:
                char_tok = named[-1]
                # a lone first name the tagger took for a nationality ("Astrid") is the part's
                ref = ctx.ref_at(char_tok) or EntityRef(EntityType.CHARACTER, char_tok.text)
        if ref is None and subject is None and ctx.doc[token.i - 1].lower_ in ("is", "was"):
            # "In the French version the kit, Grisette, is voiced by X", where the parse
            # found no subject: the name right before the verb
            k = token.i - 2
            while k > token.sent.start and ctx.doc[k].text == ",":
                k -= 1
            named_ref = ctx.ref_at(ctx.doc[k])
            if named_ref is not None and named_ref.type in (
                EntityType.PERSON,
                EntityType.CHARACTER,
            ):
                char_tok, subject, ref = ctx.doc[k], ctx.doc[k], named_ref
        if subject is not None and ref is not None and ref.type in _WEAK_NER:
            # "Rafael is played by Gonzalo Meza": who is played is a character
            ref = EntityRef(EntityType.CHARACTER, ref.name)
        if (
            ref is None
            and char_tok.pos_ == "NOUN"
            and (
                token.dep_ == "acl"
                or (
                    char_tok.dep_ == "nsubjpass"
                    and char_tok.lemma_.casefold() in ctx.lex.story_roles
                )
            )
        ):
            # "a college student (played by A)", "the brother is played by A now": an
            # unnamed part; A is in the cast
            film = ctx.salient_film(token.i)
            for agent in agents:
                actor = ctx.agent_of(agent, _PERSONLIKE) or ctx.person_despite_tagger(agent)
                ctx.emit(film, "castMember", actor, (char_tok, agent), "cast:played-by")
            continue
        if ref is not None and ref.type is EntityType.FILM and token.lemma_ == "voice":
            # '"Pip and the Paper Moon" is voiced by A and B': its voice cast
            for agent in _named_in(agents):
                actor = ctx.agent_of(agent, _PERSONLIKE) or ctx.person_despite_tagger(agent)
                ctx.emit(ref, "castMember", actor, (token, agent), "cast:voiced-by")
            continue
        if ref is None or ref.type is not EntityType.CHARACTER:
            continue
        film = ctx.salient_film(token.i)
        for agent in agents:
            # whoever plays a part is a person, whatever the tagger made of the name
            actor = ctx.agent_of(agent, _PERSONLIKE) or ctx.person_despite_tagger(agent)
            if actor is not None:
                rules.portrayal(film, actor, agent, char_tok, "played-by", ref)


_TOKENS = re.compile(r"\w+|[^\w\s]")
_LIST_GLUE = frozenset({",", "and", "&", "as", "well"})
_WEAK_NER = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE})
# where a shoot is placed: "shot in", "filmed on location near Baie-Saint-Paul"
_FILMING_PREPS = ("in", "at", "on", "around", "across", "near", "outside", "aboard")
_VENUE_PREPS = ("in", "at", "near", "outside", "off")
_LEADING = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def _fallback_phrases(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], list[Any]]]]:
    """The fallback trigger phrases as token tuples, indexed by their first token."""
    table: dict[str, list[tuple[tuple[str, ...], list[Any]]]] = {}
    for phrase, spec in lex.relations["fallbacks"]["phrases"].items():
        # a hyphenated verb the tokenizer keeps whole ("co-directed") is one word
        words = tuple(
            w
            for part in phrase.casefold().split()
            for w in ((part,) if part in lex.lemmas else _TOKENS.findall(part))
        )
        table.setdefault(words[0], []).append((words, spec))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


@functools.cache
def _trigger_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The first words of the fallback phrases, to find in a text without walking it."""
    return re.compile(rf"(?<!\w)(?:{alternatives(words)})(?!\w)", re.IGNORECASE)


def _sentence_films(ctx: _Context) -> dict[int, EntityRef]:
    """The film each sentence is about: the title it opens with, else its only film."""
    found: dict[int, set[EntityRef | None]] = {}
    aside: dict[int, set[EntityRef]] = {}
    # the owner list, not the tokens: no Token object is made for the many that name nothing
    for i, k in enumerate(ctx.owner):
        if k >= 0 and ctx.refs[k].type is EntityType.FILM:
            sentence = sentence_index(ctx.starts, i)
            if _in_parentheses(ctx.doc, i):
                # 'Directed by X ("The Drowned Field"), "Harbor of Ash" stars ...': a work
                # named in brackets beside its maker, not what the sentence is about
                aside.setdefault(sentence, set()).add(ctx.refs[k])
                continue
            found.setdefault(sentence, set()).add(
                # "A remake of X, it stars ...": X is not what the sentence is about
                None if ctx.fronted(i) else ctx.refs[k]
            )
    for sentence, refs in aside.items():
        found.setdefault(sentence, set(refs))
    films = {k: f for k, v in found.items() if len(v) == 1 and (f := next(iter(v))) is not None}
    films.update(ctx.sentence_subjects)
    return films


def _list_item(
    ctx: _Context, j: int, end: int, kinds: Sequence[str], retype: EntityType | None = None
) -> tuple[int, Token, EntityRef] | None:
    """The name at token `j` fit for one of `kinds`, with the token after it."""
    doc = ctx.doc
    lex = ctx.lex
    while j < end and (
        doc[j].lower_ in _LEADING
        or (
            EntityType.WORK.value in kinds
            and (
                doc[j].lemma_.casefold() in lex.work_nouns
                or (doc[j].pos_ in ("ADJ", "NUM") and not is_capitalised(doc[j]))
                or is_year(doc[j])
            )
        )
    ):
        j += 1
    if EntityType.PERSON.value in kinds:
        # "starring newcomer A", "serial veteran B": a descriptor before the name
        k = j
        while k < min(end, j + 4) and (
            (doc[k].tag_ in ("NN", "JJ") and doc[k].text.islower())
            # "featuring American singer B": a nationality before the name
            or (doc[k].ent_type_ == "NORP" and doc[k].pos_ in ("ADJ", "PROPN"))
        ):
            k += 1
        if k > j and k < end and ctx.ref_at(doc[k]) is not None:
            j = k
    if j >= end:
        return None
    token = doc[j]
    ref = ctx.ref_at(token)
    if ref is not None:
        k = ctx.owner[j]
        after = j
        while after < end and ctx.owner[after] == k:
            after += 1
        if (
            after + 2 < end
            and doc[after].lower_ in ("'s", "’s")
            and doc[after + 1].lemma_.casefold() in lex.relations["company_nouns"]
        ):
            # "Produced by Kettering's company Northwind Pictures": the company named
            return _list_item(ctx, after + 2, end, kinds, retype)
        if EntityType.PLACE.value not in kinds:
            place = ref.type is EntityType.PLACE or lex.country(ref.name) is not None
            if place and after + 1 < end and doc[after].lower_ in ("'s", "’s"):
                # "directed by Italy's Chiara Lombardi": the name after the place
                return _list_item(ctx, after + 1, end, kinds, retype)
            if (
                after + 2 < end
                and doc[after].text in ("-", "‐")
                and doc[after + 1].lower_ == "based"
            ):
                # "produced by Reykjavík-based Hrafn Films": the name after the base
                return _list_item(ctx, after + 2, end, kinds, retype)
        if ref.type.value in kinds:
            return after, token, ref
        if after < end and doc[after].lower_ in ("'s", "’s"):
            # "set in Patagonia, Lucas Ferraro's Cinder Season": an owner opens a new phrase
            return None
        if retype is not None and ref.type in _WEAK_NER:
            # "shot in A, B and C" where the tagger took B for a person
            return after, token, EntityRef(retype, ref.name)
        return None
    if is_capitalised(token) and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
        if token.ent_type_ in ("DATE", "CARDINAL", "ORDINAL", "MONEY", "TIME"):
            return None
        run = capitalised_run(doc, j, j, end, lex)
        if run is None or run[0] != j:
            return None
        if any(
            doc[i].lower_ in ("'s", "’s") and (i + 1 == run[1] or is_year(doc[i + 1]))
            for i in range(run[0] + 1, run[1])
        ):
            # "adapted from Halla Jonsdottir's 2016 novel ...": a maker, then the work
            return None
        kind = next((k for k in kinds if k != EntityType.TOPIC.value), kinds[0])
        if kind in (
            EntityType.PERSON.value,
            EntityType.ORGANIZATION.value,
            EntityType.CHARACTER.value,
        ):
            # a name runs through particles ("Lars von Trier", "Bank of England"), not
            # through "for Dover Films in 1951"
            stop = next(
                (
                    i
                    for i in range(run[0] + 1, run[1])
                    if (
                        doc[i].text.islower()
                        and doc[i].lower_ not in lex.opening["name_particles"]
                        # "Yoon Da-eun"
                        and not (doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_)
                    )
                    or is_year(doc[i])
                ),
                run[1],
            )
            run = (run[0], stop)
            if (
                kinds == [EntityType.ORGANIZATION.value]
                and doc[stop - 1].text not in lex.org_suffixes
            ):
                # an untagged name is a company's only when it ends like one
                return None
        name = normalise_name(doc[run[0] : run[1]].text)
        return (run[1], token, EntityRef(EntityType(kind), name)) if name else None
    if EntityType.TOPIC.value in kinds and token.pos_ in ("NOUN", "ADJ"):
        after = j
        while after < end and doc[after].pos_ in ("ADJ", "NOUN") and not doc[after].is_punct:
            after += 1
            if doc[after - 1].pos_ == "NOUN" and (after >= end or doc[after].pos_ != "NOUN"):
                break
        words = doc[j:after]
        if not words or words[-1].pos_ != "NOUN" or words[-1].lemma_ in lex.film_nouns:
            return None
        if words[-1].lemma_ in ("life", "story", "way", "time", "man", "woman", "people"):
            return None
        return after, words[-1], EntityRef(EntityType.TOPIC, words.text)
    return None


_CHARACTER_TITLES = frozenset({"the", "a", "an", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms"})


def _past_descriptors(doc: Doc, i: int) -> int:
    """The first token of the name in "as the Dr John Watson", "as his estranged daughter
    Claire": titles, determiners and lower-case descriptors skipped (up to five words)."""
    k = i
    while k < min(len(doc) - 1, i + 8) and (
        doc[k].lower_ in _CHARACTER_TITLES
        or doc[k].lower_ in ("his", "her", "their", "its", "the", "a", "an")
        or (doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN", "VERB", "PROPN"))
        # "as his sister-in-law Nora"
        or (k > i and doc[k].text.islower() and doc[k - 1].text == "-")
        or (k > i and doc[k].text == "-" and not doc[k - 1].whitespace_)
        # "as Martin's estranged sister, Joanne": another character's relation
        or (
            k + 2 < len(doc)
            and doc[k + 1].lower_ in ("'s", "’s")
            and doc[k + 2].text.islower()
            and doc[k + 2].pos_ in ("ADJ", "NOUN")
        )
        or (doc[k].lower_ in ("'s", "’s") and k > i)
        # 'as "Kipper"': a nickname in quotes
        or (doc[k].is_quote and k == i and doc[k].lower_ not in ("'s", "’s"))
    ):
        k += 1
    if (
        # "as a marsh guide, Hester Crane", "as the youngest, Min-ji": the name in
        # apposition to the descriptor
        k > i
        and k + 1 < len(doc)
        and doc[k].text == ","
        and (doc[k - 1].pos_ == "NOUN" or (doc[k - 1].tag_ == "JJS" and doc[k - 2].lower_ == "the"))
    ):
        k += 1
    return k if k < len(doc) and is_capitalised(doc[k]) else i


def _is_person_at(ctx: _Context, token: Token) -> bool:
    ref = ctx.ref_at(token)
    return ref is not None and ref.type is EntityType.PERSON


def _opens_clause(ctx: _Context, token: Token) -> bool:
    """Whether the name at `token` is followed by a verb: the subject of a clause of its own
    that the parse read as one more object."""
    k = ctx.owner[token.i]
    i = token.i + 1
    while k >= 0 and i < len(ctx.doc) and ctx.owner[i] == k:
        i += 1
    return i < len(ctx.doc) and ctx.doc[i].pos_ in ("AUX", "VERB") and ctx.doc[i].tag_ != "VBG"


def _noun_role(noun: Token, role: str) -> str:
    """The role a role noun names, "director of photography" read whole ("its director of
    photography, Ana Lopes")."""
    doc = noun.doc
    if (
        role == "director"
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ == "of"
        and doc[noun.i + 2].lower_ in ("photography", "cinematography")
    ):
        return "directorOfPhotography"
    return role


def _as_character(ctx: _Context, j: int, end: int) -> tuple[int, Token, EntityRef] | None:
    """The character named after "as" at token `j` ("as Dr John Watson"), if any."""
    doc = ctx.doc
    if j >= end or doc[j].lower_ != "as":
        return None
    k = min(_past_descriptors(doc, j + 1), end)
    if k < end and doc[k].ent_type_ == "NORP":
        # "as masked Mexican wrestlers": a description, not a name
        return None
    # "superb as Marguerite", where the tagger read the part as a place
    item = _list_item(
        ctx,
        k,
        end,
        (EntityType.CHARACTER.value, EntityType.PERSON.value),
        EntityType.CHARACTER,
    )
    if item is None:
        return None
    after, token, ref = item
    if ref.type not in (EntityType.CHARACTER, EntityType.PERSON):
        return None
    # "as Dr John Watson" keeps its title; "as his sister Bramble" names Bramble
    titled = all(t.lower_.rstrip(".") in _CHARACTER_TITLES for t in doc[j + 1 : k])
    first = j + 1 if titled else k
    while first < k and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    # "as the housekeeper Mrs. Pell": the name with its title, where the tagger kept less
    whole = normalise_name(doc[first:after].text)
    name = whole if first < k or len(whole) > len(ref.name) else ref.name
    return after, token, EntityRef(EntityType.CHARACTER, name or ref.name)


# verbs whose subject acts the part named after "as"
_AS_VERBS = frozenset(
    {
        "return", "reprise", "star", "appear", "co-star", "cameo", "shine", "excel", "impress",
        "round", "join", "own", "command", "carry", "anchor", "dominate", "hold",
        "dazzle", "sparkle", "convince", "charm", "soar", "triumph", "do", "steal", "give",
        "deliver", "make", "come", "sign", "step",
    }
)  # fmt: skip
# what a role verb's object is when the verb makes no film ("makes her debut")
_IDIOM_OBJECTS = frozenset({"debut", "appearance", "cameo", "comeback", "splash", "impression"})
# what puts a player before "as" and their part: "with Tom Vale as the detective"
_CAST_PREPOSITIONS = frozenset({"with", "by", "featuring", "starring"})
# what an actor is said to be in a part: "is wasted as X", "was cast as X"
_PASSIVE_AS = frozenset({"waste", "cast", "miscast", "credit", "bill", "underuse", "squander"})
# what an actor judged in a part may do: "does her best as X", "steals the film as X",
# "gives the performance of her career as X"
_AS_OBJECTS = frozenset(
    {
        "best", "show", "film", "movie", "scene", "picture", "work", "performance", "turn",
        "cast", "ensemble", "line-up", "lineup", "frame", "screen", "moment", "debut",
    }
)  # fmt: skip
# verbs whose subjects are cast members: "A and B star as siblings", "A and B lead the cast"
_CAST_SUBJECT_VERBS = frozenset({"star", "co-star", "costar", "lead", "head", "round"})
_PAIR_CUES = frozenset({"join", "return", "reprise", "round", "voice", "newcomer", "co-star"})


_STAR_AS = re.compile(r"(?<![\w-])(?:co-?)?stars?(?=\s+as\b)", re.I)


def _name_before(ctx: _Context, j: int, start: int) -> EntityRef | None:
    """A person's name no mention covers that ends at token `j`, without the role noun a
    sentence may open it with ("Newcomer Saskia Oduya-Pieters stars as ...")."""
    doc = ctx.doc
    if doc[j].pos_ != "PROPN" or not is_capitalised(doc[j]):
        return None
    lo = j
    while (
        lo > start
        and j - lo < 5
        and (
            (doc[lo - 1].pos_ == "PROPN" and is_capitalised(doc[lo - 1]))
            or (doc[lo - 1].text in ("-", "‐") and not doc[lo - 1].whitespace_)
        )
    ):
        lo -= 1
    while lo < j and doc[lo].lower_ in ctx.lex.person_roles:
        lo += 1
    name = doc[lo : j + 1].text
    return EntityRef(EntityType.PERSON, name) if personal_name(name, ctx.lex) else None


def _star_as(ctx: _Context, rules: _Rules) -> None:
    """ "Tunde Okafor and Grace Elliott star as siblings": the names before "star as" are in
    the cast, whatever the tagger made of "star" (often a noun); one name's part, when the
    words after "as" name it ("stars as the harbour pilot Karin Ask"), is theirs."""
    doc = ctx.doc
    for star in words_in(doc, _STAR_AS):
        j = star.i - 1
        start = star.sent.start
        part = _as_character(ctx, star.i + 1, star.sent.end)
        while j >= start:
            ref = ctx.ref_at(doc[j])
            whole = _name_before(ctx, j, start)
            if whole is not None and (ref is None or len(whole.name) > len(ref.name)):
                # "Newcomer Saskia Oduya-Pieters", of which the tagger named the surname
                ref = whole
            if ref is None or ref.type not in _WEAK_NER:
                break
            actor = EntityRef(EntityType.PERSON, ref.name)
            if ref.type is not EntityType.PERSON and not personal_name(ref.name, ctx.lex):
                break
            film = ctx.salient_film(star.i)
            ctx.emit(film, "castMember", actor, (doc[j], star), "cast:subject")
            named = j
            j = ctx.mention_start(doc[j]) - 1
            if j >= start and doc[j].lower_ in ("and", ",", "&"):
                j -= 1
            else:
                typed = ctx.ref_at(part[1]) if part is not None else None
                if (
                    part is not None
                    and named == star.i - 1
                    and typed is not None
                    and typed.type is EntityType.CHARACTER
                ):
                    rules.portrayal(film, actor, doc[named], part[1], "as", part[2])
                break


_CREDITS_INCLUDE = re.compile(
    r"[ \t]*,?[ \t]*(?:whose|with)[ \t]+(?:\w+[ \t]+){0,2}?(?:credits|films|work|roles)[ \t]+"
    r"(?:include|included|including|are|were)\b|[ \t]*,?[ \t]*(?:best[ \t]+)?known[ \t]+for\b"
)
_LIFE_BRACKET = re.compile(r"[ \t]*\((?:b\.|d\.|born|died|\d{4}[–-])[^()\n]{0,30}\)")


def _described_credits(ctx: _Context, rules: _Rules) -> None:
    """ "Lorne Whitcombe, Canadian cinematographer ("Northern Lights Motel," "The Salt
    Road")", "June Halvey, screenwriter (b. 1921), whose credits include "The Widow's Lamp"
    (1950) and ...", "Mirela Vanghelie, Romanian-born actress (d. 2009), best remembered as
    Ilona in "The Orchard Bride"": a person described by trade, and the films the
    description lists as theirs."""
    doc = ctx.doc
    text = doc_text(doc)
    roles = ctx.lex.relations["role_nouns"]
    for i, k in enumerate(ctx.owner):
        if k < 0 or ctx.refs[k].type is not EntityType.PERSON or (i > 0 and ctx.owner[i - 1] == k):
            continue
        end = ctx.mention_end(i)
        if end + 2 >= len(doc) or doc[end].text != ",":
            continue
        j = end + 1
        while (
            j < min(len(doc), end + 6)
            and doc[j].lemma_.casefold() not in roles
            and (doc[j].text.islower() or doc[j].ent_type_ == "NORP" or doc[j].text == "-")
        ):
            j += 1
        if j >= len(doc) or doc[j].lemma_.casefold() not in roles or doc[j].text.istitle():
            continue
        role = roles[doc[j].lemma_.casefold()]
        if role not in ("director", "screenwriter", "producer", "filmEditor", "composer",
                        "directorOfPhotography", "castMember"):  # fmt: skip
            continue
        person = ctx.refs[k]
        at = doc[j].idx + len(doc[j].text)
        life = _LIFE_BRACKET.match(text, at)
        if life is not None:
            at = life.end()
        films: list[Token] = []
        sent_end = doc[j].sent.end
        bracket = re.compile(r"[ \t]*\(").match(text, at)
        listed = _CREDITS_INCLUDE.match(text, at)
        if bracket is not None:
            shut = text.find(")", bracket.end())
            films = [
                t
                for t in doc[j + 1 : sent_end]
                if bracket.end() <= t.idx < shut
                and (ref := ctx.ref_at(t)) is not None
                and ref.type is EntityType.FILM
                and ctx.mention_start(t) == t.i
            ]
        elif listed is not None:
            films = [
                t
                for t in doc[j + 1 : sent_end]
                if t.idx >= listed.end()
                and (ref := ctx.ref_at(t)) is not None
                and ref.type is EntityType.FILM
                and ctx.mention_start(t) == t.i
            ]
        for film_tok in films:
            film = ctx.ref_at(film_tok)
            assert film is not None
            ctx.emit(film, role, person, (doc[i], film_tok), "role-noun:described-credits")
        if role == "castMember":
            # "best remembered as Ilona in "The Orchard Bride"", "forever Captain Harrow in
            # "Iron Tide"": the part, then the film
            for t in doc[j + 1 : sent_end]:
                if t.lower_ != "in" or t.i + 1 >= sent_end:
                    continue
                after = t.i + 1 + (doc[t.i + 1].text in _QUOTE_MARKS)
                film = ctx.ref_at(doc[after]) if after < sent_end else None
                part = ctx.ref_at(doc[t.i - 1])
                if part is None and doc[t.i - 1].pos_ == "PROPN" and is_capitalised(doc[t.i - 1]):
                    # (a part's name the tagger read as a nationality: "as Ilona in")
                    part = EntityRef(EntityType.CHARACTER, doc[t.i - 1].text)
                if (
                    film is not None
                    and film.type is EntityType.FILM
                    and part is not None
                    and part.type in (EntityType.PERSON, EntityType.CHARACTER)
                    and part != person
                ):
                    start = ctx.mention_start(doc[t.i - 1])
                    if doc[start - 1].lower_ in ("as", "forever", "remembered", "played"):
                        character = EntityRef(EntityType.CHARACTER, part.name)
                        rules.portrayal(film, person, doc[i], doc[start], "as", character)
                    break


_PLAYS_WORD = re.compile(r"(?<![\w-])(?:plays|played|voices|voiced|portrays|portrayed)(?![\w-])")


def _plays_words(ctx: _Context, rules: _Rules) -> None:
    """ "Anaïs Berthault voices Grisette's mother, Maman Renarde": an actor, the verb and the
    part read from the words, where the rules on the parse found no part for the actor."""
    doc = ctx.doc
    for verb in words_in(doc, _PLAYS_WORD):
        if verb.i == 0 or verb.i + 1 >= len(doc):
            continue
        actor = ctx.ref_at(doc[verb.i - 1])
        if actor is None or actor.type is not EntityType.PERSON:
            continue
        if any(st.predicate == "portrayedBy" and st.object == actor for st in ctx.out.values()):
            # the parse has read the part already
            continue
        k = _past_descriptors(doc, verb.i + 1)
        named = ctx.ref_at(doc[k])
        if named is None or named.type not in (EntityType.PERSON, EntityType.CHARACTER):
            continue
        end = ctx.mention_end(k)
        if end < len(doc) and doc[end].lower_ in _POSSESSIVE_MARKS:
            # "plays Ellen's father": a part named after someone else
            continue
        film = ctx.salient_film(verb.i)
        if film is None:
            continue
        # the name of a part is a character's, whatever the tagger made of it
        character = EntityRef(EntityType.CHARACTER, named.name)
        rules.portrayal(film, actor, doc[verb.i - 1], doc[k], "plays", character)


def _as_pairs(ctx: _Context, rules: _Rules) -> None:
    """ "Joining her are Rufus Kenward as Josiah Thorne, ... and Beatrix Olumide as the
    housekeeper Mrs. Pell", "Abernethy, as the ferryman Angus Moir, received ...": an actor
    and the part after "as", in a sentence that talks about the cast (or in an aside)."""
    doc = ctx.doc
    lex = ctx.lex
    cues = _PAIR_CUES | set(lex.relations["cast_nouns"]) | set(lex.relations["cast_verbs"])
    markers = [t for t in words_in(doc, _AS_WORD) if t.i > 0]
    if not markers:
        return
    talk: dict[int, bool] = {}
    for token in markers:
        here = sentence_index(ctx.starts, token.i)
        if here not in talk:
            # whether the sentence talks about the cast, read once per sentence
            talk[here] = any(t.lemma_.casefold() in cues for t in token.sent)
        aside = doc[token.i - 1].text == ","
        last = doc[token.i - 2] if aside and token.i >= 2 else doc[token.i - 1]
        judged = (
            # ("superb", which the tagger may read as a noun)
            (token.head.pos_ in ("ADJ", "NOUN") and token.head.dep_ == "acomp")
            # "Kit Ambrose is wasted as her brother Lyle", "X is miscast as Y"
            or (
                token.head.tag_ == "VBN"
                and token.head.lemma_.casefold() in _PASSIVE_AS
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.head.children)
            )
        ) or (
            # "Dwayne Okafor returns as getaway driver Rix Malone", "Lind stars as Mara"; not
            # "starring Eddie Murphy as Axel Foley", whose subject is the film
            token.head.pos_ == "VERB"
            and token.head.lemma_.casefold() in _AS_VERBS
            and token.head.tag_ in ("VBZ", "VBD", "VBP")
            and not any(
                c.dep_ == "dobj" and c.lower_ not in _AS_OBJECTS for c in token.head.children
            )
        )
        verb_as_noun = (
            token.head.i == token.i - 1
            and token.head.tag_ == "NNS"
            and token.head.lower_[:-1] in _AS_VERBS
            and token.i >= 2
            and (doc[token.i - 2].pos_ == "PROPN" or ctx.ref_at(doc[token.i - 2]) is not None)
        )
        held = token.head
        before = ctx.ref_at(doc[token.i - 1])
        governor = token.head
        for _ in range(3):
            if governor.lemma_.casefold() in _AS_VERBS or governor.head.i == governor.i:
                break
            governor = governor.head
        if (
            not judged
            and before is not None
            and (
                (
                    before.type is EntityType.PERSON
                    and ctx.mention_start(doc[token.i - 1]) == token.sent.start
                )
                # "a thriller with Tom Vale as the detective", "held together by X as her
                # son, Tomás" (whatever the tagger made of the name)
                or (
                    before.type in _WEAK_NER
                    and doc[ctx.mention_start(doc[token.i - 1]) - 1].lower_ in _CAST_PREPOSITIONS
                )
            )
        ):
            # "Oona Pellegrin as Marta is the perfect choice", "Rafael Quintela as Luis."
            judged, last = True, doc[token.i - 1]
        elif (
            not judged
            and before is None
            and governor is not token.head
            and governor.lemma_.casefold() in _AS_VERBS
            and governor.tag_ in ("VBZ", "VBD", "VBP")
            and (doer := _subject_of(governor)) is not None
        ):
            # "X rounds out the principal cast as Y", where the parse made "cast" a verb
            judged, last = True, doer
        elif (
            not judged
            and held.dep_ == "dobj"
            and held.lower_ in _AS_OBJECTS
            and held.head.lemma_.casefold() in _AS_VERBS
            and held.head.tag_ in ("VBZ", "VBD", "VBP")
        ):
            # "Ollier does his best as Augustin Mercier": "as" hung on the object
            subject = _subject_of(held.head)
            if subject is None:
                continue
            judged, last = True, subject
        elif verb_as_noun:
            # "Thom Adebayo-Reyes stars as Cal Dutton", where the tagger read "stars" as a
            # plural noun: the name before it
            judged, last = True, doc[token.i - 2]
        elif judged and token.head.pos_ == "VERB":
            subject = _subject_of(token.head)
            if subject is None:
                continue
            last = subject
        elif judged:
            # "Cécile Aubrac is luminous as Jeanne": the subject of the judgement
            subject = _subject_of(token.head.head)
            if subject is None:
                continue
            last = subject
        named_before = ctx.ref_at(doc[token.i - 2]) if aside and token.i >= 2 else None
        if named_before is not None and named_before.type is EntityType.PERSON:
            # "Yoon Ha-eun, as the youngest, Min-ji, steals every scene": the name the
            # aside follows, whatever the parse made the verb's subject
            last = doc[token.i - 2]
        elif aside and last.i > token.i:
            # (a subject inside the part's own apposition is no player)
            continue
        if ctx.ref_at(last) is None:
            # "The singer Amaranta Solís makes her debut as ...": the name in apposition
            named = next((c for c in last.children if c.dep_ == "appos"), None)
            if named is not None and ctx.ref_at(named) is not None:
                last = named
        nearer = [
            t
            for t in doc[last.i + 1 : token.i]
            if t.dep_ == "nsubj"
            and (found := ctx.ref_at(t)) is not None
            and found.type is EntityType.PERSON
        ]
        if nearer:
            # "Haak gives Jaan a wounded dignity, and Kadri Saar has a sharp part as
            # Maret": the subject of the clause the part is in
            last = nearer[-1]
        actor = ctx.ref_at(last) or ctx.guess(last, EntityType.PERSON)
        whole = _name_before(ctx, last.i, last.sent.start)
        if actor is not None and whole is not None and len(whole.name) > len(actor.name):
            # "Dolores Ruiz-Abernathy", of which the tagger named only the surname
            actor = whole
        if actor is None or actor.type not in _WEAK_NER:
            continue
        start = ctx.mention_start(last)
        if aside and not (
            start == token.sent.start
            or doc[start - 1].text in (",", ";")
            # "Colm Rea plays X, and Niamh Boyle, as his sister Bríd, matches him"
            or (
                start >= 2
                and doc[start - 1].lower_ in ("and", "but")
                and doc[start - 2].text == ","
            )
        ):
            continue
        sent = token.sent
        if not aside and not judged and not talk[here]:
            continue
        part = _as_character(ctx, token.i, sent.end)
        if part is None:
            continue
        after, char_tok, character = part
        if aside and (after >= sent.end or doc[after].text != ","):
            continue
        film = ctx.salient_film(token.i)
        if film is None:
            continue
        actor = EntityRef(EntityType.PERSON, actor.name)
        rules.portrayal(film, actor, last, char_tok, "as", character)


def _setting_inner(noun: Token) -> list[Token]:
    """The objects of the prepositions after a setting's common noun, two deep: "the island
    of Aero", "a village in the Bieszczady Mountains", "the marshes of Donana"."""
    first = _prep_objects(noun, _SETTING_INNER)
    return first + [t for o in first for t in _prep_objects(o, _SETTING_INNER)]


_CATEGORY = re.compile(r"\b(?:best|outstanding)\b(?P<rest>.*)$", re.I)


def _category_roles(ctx: _Context) -> None:
    """ "Best Director went to X for Title", "X was nominated for Best Cinematography for
    Title": the person's part in the film the category names (their direction, writing,
    performance, photography, score or editing)."""
    words: dict[str, str] = ctx.lex.relations["category_roles"]["words"]
    for st in list(ctx.out.values()):
        if (
            st.predicate not in ("awardReceived", "nominatedFor")
            or st.subject.type is not EntityType.PERSON
            or not isinstance(st.object, EntityRef)
        ):
            continue
        film = next((v for n, v in st.qualifiers if n == "forWork"), None)
        found = _CATEGORY.search(st.object.name)
        if not isinstance(film, EntityRef) or found is None:
            continue
        role = next((words[w] for w in found.group("rest").casefold().split() if w in words), None)
        span = ctx.doc.char_span(st.start, st.end, alignment_mode="expand")
        if role is not None and span is not None:
            ctx.emit(film, role, st.subject, span, "award:category-role")


def _character_descriptions(ctx: _Context, rules: _Rules) -> None:
    """ "Nora Quayle, a cipher clerk who goes missing in Lisbon": the places a character's
    description names are the story's."""
    doc = ctx.doc
    # (a part the rules found, whatever the tagger made of its name)
    parts = {
        st.object.name
        for st in ctx.out.values()
        if st.predicate == "character" and isinstance(st.object, EntityRef)
    }
    for i, k in enumerate(ctx.owner):
        # (by the mentions' owner index, not by walking every token)
        if k < 0:
            continue
        ref = ctx.refs[k]
        if not (ref.type is EntityType.CHARACTER or ref.name in parts):
            continue
        token = doc[i]
        for noun in token.children:
            if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.i > token.i:
                rules.described_places(ctx.salient_film(token.i), noun)


def _copula_parts(ctx: _Context, rules: _Rules) -> None:
    """ "Francesca Dallio is Rosa, the Italian lodger", "Ferraro is Cal's mother, June": an
    actor said to be a part that the text then describes, in a text about a film."""
    doc = ctx.doc
    for _, root in ctx.people:
        verb = root.head
        if root.dep_ == "attr" and verb.lemma_ == "be" and verb.i < root.i:
            _part_is_actor(ctx, rules, verb, root)
            continue
        if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < root.i:
            continue
        attr = next(
            (
                c
                for c in verb.children
                if c.dep_ == "attr"
                # "Aïssatou Faye is Odile", where the tagger read the name as an adjective
                or (c.dep_ == "acomp" and is_capitalised(c) and ctx.ref_at(c) is not None)
            ),
            None,
        )
        if attr is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        char_tok = None
        if (attr.pos_ == "PROPN" or attr.dep_ == "acomp") and is_capitalised(attr):
            after = attr.i + 1
            described = (
                after + 1 < len(doc)
                and doc[after].text == ","
                and (
                    doc[after + 1].lower_ in _DEFINITE | {"a", "an"} or doc[after + 1].pos_ == "DET"
                )
            )
            # "Marcus Thorne is the weary Inspector Dove": a name only a part takes "the" with
            the_part = any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children) and not (
                attr.lemma_.casefold() in ctx.lex.person_roles
                or any(c.lemma_.casefold() in ctx.lex.person_roles for c in attr.children)
            )
            if described or the_part:
                char_tok = attr
        elif attr.pos_ == "NOUN":
            char_tok = next(
                (
                    c
                    for c in attr.children
                    if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and c.i > attr.i
                ),
                None,
            )
        if char_tok is None:
            continue
        known = ctx.ref_at(char_tok)
        film = ctx.salient_film(verb.i)
        title_role = None
        if known is not None and known.type is EntityType.FILM and known == film:
            # "Aïssatou Faye is Odile, a cleaner at a Lyon hospital", in the entry on Odile:
            # the title role
            title_role = EntityRef(EntityType.CHARACTER, known.name)
        elif known is not None and known.type not in (EntityType.CHARACTER, EntityType.PERSON):
            continue
        actor = ctx.ref_at(root)
        if actor is None or actor.type is not EntityType.PERSON or known == actor:
            continue
        if film is not None:
            rules.portrayal(film, actor, root, char_tok, "is", title_role)


def _part_is_actor(ctx: _Context, rules: _Rules, verb: Token, root: Token) -> None:
    """ "And Birdie is Carla Mendes", "the dad, Big Mike Flynn, is Walter Haney": a part the
    text names, said to be the actor who plays it."""
    actor = ctx.ref_at(root)
    if (
        actor is None
        or actor.type is not EntityType.PERSON
        or " " not in actor.name
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    char_tok: Token | None = subj
    if subj.pos_ == "NOUN":
        # "the dad, Big Mike Flynn, is ...": the part's name in apposition
        char_tok = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if char_tok is None:
        return
    part = ctx.ref_at(char_tok)
    if part is None or not (
        part.type is EntityType.CHARACTER
        # a one-word name no one the text names in full has (the tagger's "person")
        or (
            part.type is EntityType.PERSON
            and " " not in part.name
            and not any(
                part.name in ref.name.split()
                for ref in ctx.refs
                if ref.type is EntityType.PERSON and " " in ref.name
            )
        )
    ):
        return
    film = ctx.salient_film(verb.i)
    if film is not None:
        rules.portrayal(film, actor, root, char_tok, "is")


def _fallbacks(ctx: _Context, rules: _Rules) -> None:
    """ "... directed by A and B", "... set in C": a trigger phrase and the names listed after
    it, for the film the sentence is about, where the parse gave the dependency rules nothing."""
    doc = ctx.doc
    table = _fallback_phrases(ctx.lex)
    n = len(doc)
    for token in words_in(doc, _trigger_pattern(tuple(table))):
        entries = table.get(token.lower_)
        if entries is None or ctx.ref_at(token) is not None or token.text.isupper():
            # ("ABOUT THE CAST": a heading in capitals, not a phrase)
            continue
        if token.i > 0 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 1].whitespace_:
            # "Hae-won Seo": part of a hyphenated name, no verb
            continue
        if token.lower_ == "about" and (token.ent_type_ in ("DATE", "TIME") or token.pos_ == "ADV"):
            # "for about a week": a quantity, not a subject
            continue
        sentence = sentence_index(ctx.starts, token.i)
        film = ctx.sentence_film(sentence)
        if film is None or _headline(token.sent):
            continue
        subject = _subject_of(token) if token.pos_ in ("VERB", "AUX") else None
        if any(
            a.dep_ == "relcl" and any(t.lower_ == "whose" for t in a.subtree if t.i < token.i)
            for a in (token, *token.ancestors)
        ) or (subject is not None and any(t.lower_ == "whose" for t in subject.subtree)):
            # "X, whose Les Ombres courtes won the Louis Delluc Prize": another work's
            continue
        end = token.sent.end
        for words, (predicate, kinds, rule) in entries:
            k = len(words)
            if token.i + k > n or tuple(t.lower_ for t in doc[token.i : token.i + k]) != words:
                continue
            if predicate == "narrativeLocation" and any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj")
                and (c.lemma_.casefold() in rules.filming_nouns or c.lower_ in rules.filming_nouns)
                for c in token.children
            ):
                # "Principal photography took place in Chicago": the shoot's place
                continue
            clause = token.i
            while clause > token.sent.start and doc[clause - 1].lower_ not in _CLAUSE_BREAKS:
                clause -= 1
            if (
                any(
                    t.dep_ == "neg" or t.lower_ in ("not", "n't", "never", "no", "none", "nothing")
                    for t in doc[max(clause, token.i - 12) : token.i]
                )
                or token.i in ctx.negated
            ):
                # "wasn't directed by X, it was Y", "not a frame of it was shot in Venice",
                # "that was to have been directed by X"
                continue
            j = token.i + k
            cast = predicate == "castMember"
            # the names after "starring" are people's, whatever the tagger made of them
            retype: EntityType | None = EntityType.PERSON if cast else None
            animated = cast and rules.animated(film, token)
            for listed in range(8):
                item = _list_item(ctx, j, end, kinds, retype)
                if item is None:
                    break
                if listed and item[0] < end and doc[item[0]].pos_ in ("VERB", "AUX"):
                    # "won Best Picture, and Dlamini won Best Actress": a new clause's subject
                    break
                j, obj_tok, obj = item
                if j < end and doc[j].lower_ in ("'s", "’s"):
                    # "directed by Calloway Fenn's former assistant X": an owner, not the
                    # name listed
                    break
                if (
                    listed
                    and predicate in ("narrativeLocation", "filmingLocation")
                    and doc[item[0] - 1 if item[0] > 0 else 0].lower_ not in ("and", "or", "&")
                    and (
                        item[0] >= end
                        or (
                            doc[item[0]].lower_ not in ("and", "or", "&", ",")
                            if doc[item[0]].text != ","
                            else not any(t.lower_ in ("and", "or", "&") for t in doc[item[0] : end])
                        )
                    )
                ):
                    # "set in Baltimore, Maryland, it was shot ...": the city's state, no
                    # second place of a list ("in Paris, Reims, and Lisbon")
                    break
                if obj.type is not EntityType.TOPIC:
                    retype = obj.type
                if predicate == "mainSubject" and any(
                    ctx.ref_at(t) == film for t in obj_tok.subtree
                ):
                    # "(except about the ending of Copper Saints)": a part of the film
                    break
                part = _as_character(ctx, j, end) if cast else None
                if part is not None:
                    # "starring A as C, B as D and E as F"
                    j, char_tok, character = part
                    rules.portrayal(film, obj, obj_tok, char_tok, "as", character)
                elif animated and token.lower_ == "featuring":
                    # an animated short "featuring Donald Duck" features a character
                    ctx.emit(
                        film,
                        "character",
                        EntityRef(EntityType.CHARACTER, obj.name),
                        (token, obj_tok),
                        "character:animated-feature",
                    )
                elif predicate == "mainSubject" and obj.name.casefold() in rules.topic_heads:
                    # "about the decline of mapmaking" is about mapmaking, not "decline"
                    rules.topic(film, obj_tok, token, rule)
                elif obj != film and not any(
                    st.predicate == predicate
                    and isinstance(st.object, EntityRef)
                    and (
                        st.object.name == obj.name
                        or (obj.type is EntityType.AWARD and st.object.name in obj.name)
                    )
                    and st.sentence == sentence
                    # 'Directed by X ("The Drowned Field")': X's other work, in brackets
                    and not st.rule.startswith("works-list:")
                    for st in ctx.out.values()
                ):
                    # (not when a rule has already given this object, of whatever type, to
                    # a subject of the sentence: "The film was nominated for Best Film but
                    # lost to X"; nor a longer span around it: "won Rocha the Silver Shell")
                    ctx.emit(film, predicate, obj, (token, obj_tok), rule)
                glue = j
                while glue < end and doc[glue].lower_ in _LIST_GLUE:
                    glue += 1
                if glue == j or glue - j > 3:
                    break
                j = glue
            break


# what sets a title out as an entry's: a heading, a results line, a line in capitals
_ENTRY_TITLE_RULES = frozenset(
    ("title:list-heading", "title:credits-heading", "title:award-result", "title:capitals")
)


def _headline(sent: Span) -> bool:
    """Whether a sentence is a headline: a line of its own, not closed by a full stop, in
    title case ("... Four Other Viral Claims About the Hit Drama")."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 4 or any(t.text == "." for t in sent[-2:]):
        return False
    doc = sent.doc
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        return False
    # title case: every word capitalised but the small ones ("- Title, directed by X" is a
    # list's line)
    return all(t.text[:1].isupper() or t.is_stop for t in words)


def _characters_of_films(ctx: _Context) -> None:
    """A character the text names belongs to the film the text is talking about there,
    unless a rule has already placed it in a film."""
    placed = {st.object for st in ctx.out.values() if st.predicate == "character"}
    placed |= {st.subject for st in ctx.out.values() if st.predicate == "portrayedBy"}
    seen: set[EntityRef] = set()
    for i, k in enumerate(ctx.owner):
        if k < 0 or (i > 0 and ctx.owner[i - 1] == k):
            continue
        ref = ctx.refs[k]
        if ref.type is not EntityType.CHARACTER or ref in placed or ref in seen:
            continue
        seen.add(ref)
        doc = ctx.doc
        after = next(
            (
                found
                for k in range(i + 1, min(doc[i].sent.end, i + 8))
                if doc[k].lower_ == "in"
                for t in doc[k + 1 : min(doc[i].sent.end, k + 10)]
                if (found := ctx.ref_at(t)) is not None and found.type is EntityType.FILM
            ),
            None,
        )
        # "as the con artist Vera Holm in Zarri's comedy Petit Four": the film named after
        # the part, else the one the text is talking about
        film = after or ctx.salient_film(i)
        if film is not None and film.name != ref.name:
            ctx.emit(film, "character", ref, (doc[i],), "character:in-film-text")


def _context(doc: Doc, mentions: Sequence[Mention], lex: Lexicon) -> _Context:
    owner = [-1] * len(doc)
    refs: list[EntityRef] = []
    film_counts: dict[EntityRef, int] = {}
    film_positions: list[tuple[int, EntityRef]] = []
    people: list[tuple[int, Token]] = []
    for mention in mentions:
        span: Span | None = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        k = len(refs)
        refs.append(mention.ref)
        for i in range(span.start, span.end):
            owner[i] = k
        if mention.ref.type is EntityType.FILM:
            if not _in_parentheses(doc, span.start) and not _named_in_passing(span[0]):
                # (a film in brackets, or in a "whose" clause, is someone's other work, not
                # what the text is about)
                film_counts[mention.ref] = film_counts.get(mention.ref, 0) + 1
            film_positions.append((span.start, mention.ref))
        elif mention.ref.type is EntityType.PERSON:
            people.append((span.start, span.root))
    # in the text's order (the mentions of a film's initials come last from the finder)
    film_positions.sort(key=lambda position: position[0])
    people.sort(key=lambda person: person[0])
    topic_person = _headword_person(doc, mentions) or _topic_person(doc, people, refs, owner)
    sentence_subjects: dict[int, EntityRef] = {}
    for mention in mentions:
        if mention.rule in (
            "title:sentence-subject",
            "title:opening-subject",
            "title:possessive-subject",
            "title:copula-subject",
            "title:clause-subject",
            "title:after-participle",
            "title:country-bracket",
        ):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _named_in_passing(span[0]):
                # "Tveit, whose last feature Glass Harbor took home a prize, will helm ...":
                # the sentence is about someone's other work only in passing
                continue
            sentence_subjects.setdefault(mention.sentence, mention.ref)
        elif mention.ref.type is EntityType.FILM:
            # "In The Lantern Keepers, the singer X makes her debut as Luz": the film a
            # sentence opens by naming after "In" is the one it talks about
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if (
                span is not None
                and span.start > 0
                and doc[span.start - 1].lower_ == "in"
                and doc[span.start - 1].i == doc[span.start - 1].sent.start
                and span.end < len(doc)
                and doc[span.end].text == ","
            ):
                sentence_subjects.setdefault(mention.sentence, mention.ref)
    # a round-up's or a catalogue's entry is about the film its heading names, up to the
    # next heading; in a transcript, whose turns are short, a spoken entry ("Moving on. The
    # Ninth Winter.") carries further
    turns = _turns(doc_text(doc), lex)
    spoken = 3 if turns else 1
    headings = sorted(
        (m.sentence, m.ref, 2 if m.rule == "title:credits-heading" else spoken, m.start)
        for m in mentions
        if m.rule in ("title:list-heading", "title:credits-heading")
    )
    starts = sentence_starts(doc)
    last_sentence = len(starts)
    text = doc_text(doc)
    # the films whose titles, set out as a layout sets them, open a sentence
    entry_titles = {
        m.sentence: m.ref
        for m in mentions
        if m.rule in _ENTRY_TITLE_RULES
        and not text[doc[starts[m.sentence]].idx : m.start].strip(" \t\n-–—•*")
    }
    for k, (sentence, heading, reach, at) in enumerate(headings):
        stop = headings[k + 1][0] if k + 1 < len(headings) else last_sentence
        if (
            k > 0
            and text.count("\n", headings[k - 1][3], at) == 1
            and text.count("\n", at, doc[starts[sentence]].idx) == 0
            and stop > sentence + 1
        ):
            # the last line of a chart whose entries are one line each ("5. Title
            # (Distributor) — $3.1M"): it carries to the end of its paragraph, not into
            # the prose under the chart
            end = text.find("\n\n", doc[starts[sentence]].idx)
            if end >= 0:
                stop = min(
                    stop,
                    next((n for n in range(sentence + 1, stop) if doc[starts[n]].idx > end), stop),
                )
        # a credits block's lines, which the parser splits at each label, count double; a
        # listing's fragments ("Norway. Drama.") do not count at all
        budget = reach * _ENTRY_SENTENCES
        for inside in range(sentence, stop):
            if budget <= 0 or (
                inside > sentence
                and (
                    _CORRECTION_OPENING.match(text, doc[starts[inside]].idx)
                    or entry_titles.get(inside, heading) != heading
                )
            ):
                # (a correction below the entries is about whatever film it names; a line
                # that opens with another title, "NIGHTWATER (Canada), directed by ...", is
                # that film's)
                break
            sentence_subjects.setdefault(inside, heading)
            end = starts[inside + 1] if inside + 1 < len(starts) else len(doc)
            if end - starts[inside] > _FRAGMENT_TOKENS:
                budget -= 1
    for token in words_in(doc, _POSSESSIVE_WORD):
        # "... for Tall Grass Country's second season": text that names its film only in a
        # possessive; the film of a sentence that opens with no title
        if token.lower_ not in ("'s", "’s") or token.i < 2:
            continue
        sentence = sentence_index(starts, token.i)
        if sentence in sentence_subjects:
            continue
        prev = doc[token.i - 1]
        k = owner[prev.i]
        ref = refs[k] if k >= 0 else None
        if ref is not None:
            if ref.type is EntityType.FILM and not (
                token.i + 1 < len(doc) and owner[token.i + 1] == k
            ):
                # the film's possessive, not one inside its title ("The Weaver's Hours")
                sentence_subjects[sentence] = ref
            continue
        run = capitalised_run(doc, prev.i, prev.sent.start, token.i, lex)
        if run is None or run[1] != token.i or run[1] - run[0] < 2 or run[0] == prev.sent.start:
            continue
        if any(doc[i].ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE") for i in range(*run)):
            continue
        owned = next(
            (
                t
                for t in doc[token.i + 1 : min(token.sent.end, token.i + 4)]
                if t.pos_ not in ("ADJ", "NUM") and t.dep_ != "compound"
            ),
            None,
        )
        if owned is not None and (
            owned.lemma_.casefold() in lex.film_nouns
            or (
                owned.lemma_.casefold() in lex.work_nouns
                and owned.lemma_.casefold() not in lex.opening["possessive_heads"]
            )
            or owned.lower_ in lex.opening["latest_words"]
        ):
            # "in Obi Eze's debut", "Tove Brandt's latest", "Wade Hollister's 2021 novel": a
            # maker, not a title
            continue
        if (
            token.i + 1 < len(doc)
            and owner[token.i + 1] >= 0
            and refs[owner[token.i + 1]].type is EntityType.FILM
        ):
            # "for Omar Haddad's Paper Kites (2004)": a maker before a title of its own
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            # "structures The Cartographer's Daughter as ...": the possessive is inside
            # the title, which goes on
            whole = capitalised_run(doc, prev.i, prev.sent.start, prev.sent.end, lex)
            if whole is not None and whole[0] == run[0]:
                run = whole
        name = normalise_name(doc[run[0] : run[1]].text)
        if name:
            sentence_subjects[sentence] = EntityRef(EntityType.FILM, name)
    sections = [m.start() for m in _SECTION_HEADER.finditer(text)]
    for k, at in enumerate(sections if len(sections) > 1 else []):
        # a newsletter's item under "TRAILER | "Night Ferry" finally surfaces" is about the
        # film its header names, up to the next item's header
        line_end = text.find("\n", at) % (len(text) + 1)
        stop = sections[k + 1] if k + 1 < len(sections) else len(text)
        headed = {
            m.ref for m in mentions if at <= m.start < line_end and m.ref.type is EntityType.FILM
        }
        if len(headed) != 1:
            continue
        item = headed.pop()
        for n, begin in enumerate(starts):
            if at <= doc[begin].idx < stop:
                sentence_subjects.setdefault(n, item)
    for row in credits.filmography_rows(text, lex):
        # a table row's notes ("Starring Amélia Rocha. Shot in Velmora.") are its film's
        title = row.get("title")
        if title is None:
            continue
        lo, hi = title[1], max(cell[2] for _, cell in row.cells)
        span = doc.char_span(title[1], title[2], alignment_mode="expand")
        in_row = _ref_of(span, owner, refs) if span is not None else None
        row_film = in_row or EntityRef(EntityType.FILM, normalise_name(title[0]))
        for k, begin in enumerate(starts):
            if lo <= doc[begin].idx < hi or (
                doc[begin].idx < lo and (k + 1 == len(starts) or doc[starts[k + 1]].idx > lo)
            ):
                sentence_subjects[k] = row_film
    _former_and_latter(doc, film_positions, starts, sentence_subjects)
    corrections = _correction_lines(doc, lex)
    genre_at: dict[int, tuple[int, str]] = {}
    if GENRES_KEY in doc.spans:
        for gspan in doc.spans[GENRES_KEY]:
            genre_at[gspan.start] = (gspan.end, gspan.kb_id_)
        for gspan in doc.spans[GENRES_KEY]:
            # "the ghost story Tuckamore": the phrase's head noun names the genre too
            genre_at.setdefault(gspan.end - 1, (gspan.end, gspan.kb_id_))
    return _Context(
        doc,
        lex,
        owner,
        refs,
        starts,
        film_counts,
        film_positions,
        genre_at,
        sentence_subjects,
        topic_person,
        people,
        answers=_answers(doc_text(doc)) or _two_party_answers(turns),
        turns=turns,
        negated=_negated_heads(doc),
        correction_lines=corrections,
        corrected=_corrections(corrections) + _rebutted_quotes(doc, lex),
        heading_film=_heading_film(doc, film_positions, mentions),
    )


# a correction's label opening a sentence: "Correction: ...", "UPDATE —"
_CORRECTION_OPENING = re.compile(
    r"[ \t]*(?:correction|corrections|update|clarification|erratum|editor's note)[ \t]*[:—–-]",
    re.IGNORECASE,
)
# a newsletter item's header: a section label in capitals, a bar, the item's headline
_SECTION_HEADER = re.compile(r"^[ \t]*[A-Z][A-Z &/'’-]{2,30}[ \t]*\|[ \t]*\S[^\n|]*$", re.M)


def _ref_of(span: Span, owner: list[int], refs: list[EntityRef]) -> EntityRef | None:
    """The film a span's first token names, if it names one."""
    k = owner[span.start]
    ref = refs[k] if k >= 0 else None
    return ref if ref is not None and ref.type is EntityType.FILM else None


def _former_and_latter(
    doc: Doc,
    film_positions: list[tuple[int, EntityRef]],
    starts: list[int],
    subjects: dict[int, EntityRef],
) -> None:
    """ "The former is set in Leeds ...": after a text names two films, "the former" is the
    first and "the latter" the second, for the sentence and for the rest of its paragraph
    up to the next film it names. A sentence that says both ("Where the former ..., the
    latter ...") is about neither."""
    text = doc_text(doc)
    named = [
        (pos, ref)
        for pos, ref in film_positions
        if not _in_parentheses(doc, pos) and not _named_in_passing(doc[pos])
    ]
    for token in words_in(doc, _FORMER_LATTER):
        if token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        sentence = sentence_index(starts, token.i)
        sent = token.sent
        if any(t.lower_ in ("former", "latter") and t.i != token.i for t in sent):
            continue
        before: list[EntityRef] = []
        for pos, ref in reversed(named):
            if pos < sent.start and ref not in before:
                before.append(ref)
            if len(before) == 2:
                break
        if len(before) < 2:
            continue
        film = before[1] if token.lower_ == "former" else before[0]
        subjects[sentence] = film
        paragraph = text.find("\n\n", token.idx)
        paragraph = len(text) if paragraph < 0 else paragraph
        for following in range(sentence + 1, len(starts)):
            start = starts[following]
            end = starts[following + 1] if following + 1 < len(starts) else len(doc)
            if doc[start].idx >= paragraph or any(start <= pos < end for pos, _ in named):
                break
            subjects.setdefault(following, film)


_FORMER_LATTER = re.compile(r"\b(?:former|latter)\b", re.I)


# a review's heading line: a title, its year in brackets, a rating in stars
_REVIEW_HEADING = re.compile(r"[^\n]{1,80}?\((?:18|19|20)\d\d\)[ \t]*[★☆½*]+[^\n]{0,20}\n")


# a page's title line: a title and its year, then an edition or a format ("THE VELVET SEMAPHORE
# (1958) - Limited Edition [Blu-ray + DVD]", "Hollow Tide (2023) | Film page")
_PAGE_TITLE = re.compile(
    r"^[ \t]*(?!\d{1,3}[.)][ \t])(?P<title>[A-Z0-9][^\n()\[\]]{1,80}?)[ \t]*\((?:18|19|20)\d\d\)"
    r"[ \t]*(?:[-–—|:][ \t]*[^\n]+|\[[^\n]+\])[ \t]*$",
    re.M,
)
_PAGE_TOP_LINES = 4
# a review's headline that opens with its film: "'The Lantern Keepers' Review: ...",
# "Review: 'The Lantern Keepers' ...", "FILM REVIEW — The Lantern Keepers"
_REVIEW_HEADLINE = re.compile(
    r"(?:[‘'\"“](?P<title>[^‘'\"“”’\n]{2,80})[’'\"”][ \t]+(?:Film[ \t]+)?Review\b"
    r"|(?:Film[ \t]+)?Review[ \t]*[:—–-][ \t]*[‘'\"“]?(?P<title2>[^‘'\"“”’\n:]{2,80}))",
    re.IGNORECASE,
)


# a headline that opens with a title: "The Weight of Swallows: I cried on the bus"
_HEADLINE_TITLE = re.compile(r"^[ \t]*([^\n:–—]{2,80}?)[ \t]*(?::|[ \t][–—])[ \t]", re.M)


def _heading_film(
    doc: Doc, film_positions: list[tuple[int, EntityRef]], mentions: Sequence[Mention]
) -> EntityRef | None:
    """The film a review names on its first line with its year and its stars ("Hollow
    Tide (2023)  ★★★½"), when it is the text's only such line, or the one a film's page
    prints above its only credits block ("PALE HORSES OF AUGUST  2024" over "Directed by
    ..." and the users' reviews): the film the text is about, whatever other films it
    names on the way."""
    text = doc_text(doc)
    lead = len(text) - len(text.lstrip())
    first_line = text.find("\n", lead) % (len(text) + 1)
    headings = [m for m in mentions if m.rule in ("title:credits-heading", "title:article")]
    entries = {
        m.ref
        for m in mentions
        if m.ref.type is EntityType.FILM
        and m.ref not in {h.ref for h in headings}
        and m.rule in (*_ENTRY_TITLE_RULES, "title:year-parenthesis", "title:list-heading")
        and not text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()
    }
    if len(headings) == 1 and "\n" not in text[lead : headings[0].start] and len(entries) < 2:
        # (not a service's name above a listing whose entries have titles of their own)
        return headings[0].ref
    # "PIGEON SUMMER — a British independent feature film" above a campaign; "'The Lantern
    # Keepers' Review: ..." above a trade review
    banner = next((m for m in mentions if m.rule == "title:banner"), None)
    if banner is not None and banner.start < first_line:
        return banner.ref
    review = _REVIEW_HEADLINE.match(text, lead)
    if review is not None:
        group = "title" if review.group("title") else "title2"
        named = next(
            (
                m
                for m in mentions
                if m.ref.type is EntityType.FILM
                and review.start(group) <= m.start < review.end(group)
            ),
            None,
        )
        if named is not None:
            return named.ref
    reviewed = {
        m.ref
        for m in mentions
        if m.rule == "title:reviewed" and text.count("\n", 0, m.start) < 2 * _PAGE_TOP_LINES
    }
    if len(reviewed) == 1:
        # "The Winter Lodger review – Idris Calloway lets the cold in" under a paper's
        # masthead and its section links
        return reviewed.pop()
    films = {m.ref.name.casefold(): m.ref for m in mentions if m.ref.type is EntityType.FILM}
    page_top = "\n".join(text.split("\n", 2 * _PAGE_TOP_LINES)[: 2 * _PAGE_TOP_LINES])
    headlines = {
        films[m.group(1).casefold()]
        for m in _HEADLINE_TITLE.finditer(page_top)
        if m.group(1).casefold() in films
    }
    if len(headlines) == 1 and film_positions and film_positions[0][1] in headlines:
        # "The Weight of Swallows: I cried on the bus" under a blog's masthead: a post's
        # headline that opens with the film it is about
        return headlines.pop()
    pages = [
        m for m in _PAGE_TITLE.finditer(text) if text.count("\n", 0, m.start()) < _PAGE_TOP_LINES
    ]
    if len(pages) == 1:
        # "THE VELVET SEMAPHORE (1958) - Limited Edition 4K Restoration [Blu-ray + DVD]": a
        # shop's or a database's page title, the film the page is about
        named = next(
            (
                m
                for m in mentions
                if m.ref.type is EntityType.FILM
                and pages[0].start("title") <= m.start < pages[0].end("title")
            ),
            None,
        )
        if named is not None:
            return named.ref
    top = _REVIEW_HEADING.match(text.lstrip())
    if top is None or len(_REVIEW_HEADING.findall(text)) > 1 or not film_positions:
        return None
    first, ref = film_positions[0]
    return ref if doc[first].idx < lead + top.end() else None


# a transcript's speaker label: "KRAUS:", "SAMUEL OKAFOR-REYES:"
_SPEAKER = re.compile(
    r"^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3}"
    # initials with a particle's small letter: "SdW", "JvdB"
    r"|[A-ZÀ-ÖØ-Þ](?:[a-z]{1,3}[A-ZÀ-ÖØ-Þ]|[A-ZÀ-ÖØ-Þ]){1,3})[ \t]*:[ \t]",
    re.M,
)


def _turns(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The character ranges of a transcript's turns, each with its speaker's label, lower
    case: from a label line to the next (not a line a content label opens, "CLAIM:", "OUR
    RATING:")."""
    labels = lex.content_labels | {"claim", "the claim"}
    found = [m for m in _SPEAKER.finditer(text) if m.group(1).casefold() not in labels]
    if len(found) < 2:
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.start(), end, m.group(1).casefold()) for m, end in zip(found, ends, strict=True)]


def _two_party_answers(turns: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The answers of an interview set out as two speakers' turns ("SCRIPTLINE: ..." then
    "OKONKWO-REYES: ..."), taking turns: the turns of the one who speaks second."""
    speakers = [who for _, _, who in turns]
    if len(turns) < 4 or len(set(speakers)) != 2:
        return []
    if sum(a != b for a, b in itertools.pairwise(speakers)) < 0.8 * (len(speakers) - 1):
        return []
    return [(lo, hi) for lo, hi, who in turns if who != speakers[0]]


def _answers(text: str) -> list[tuple[int, int]]:
    """The character ranges of an interview's answers: from each "A:" line to the next
    "Q:" line (none in a text without both)."""
    questions = [m.start() for m in _QUESTION_LINE.finditer(text)]
    if not questions:
        return []
    ranges = []
    for answer in _ANSWER_LINE.finditer(text):
        end = next((q for q in questions if q > answer.start()), len(text))
        ranges.append((answer.start(), end))
    return ranges


def _headword_person(doc: Doc, mentions: Sequence[Mention]) -> tuple[EntityRef, int, str] | None:
    """The person a reference book's entry is about, named by its headword ("VONDRÁČKOVÁ,
    Tereza (1961– )"), and the gender of the first personal pronoun after it."""
    head = next((m for m in mentions if m.rule == "pattern:headword"), None)
    if head is None:
        return None
    span = doc.char_span(head.start, head.end, alignment_mode="expand")
    if span is None:
        return None
    gender = next(
        (
            _PERSONAL_PRONOUNS[t.lower_]
            for t in doc[span.end : span.end + 80]
            if t.lower_ in ("he", "she", "his", "her")
        ),
        "",
    )
    return head.ref, span.start, gender


def _topic_person(
    doc: Doc, people: Sequence[tuple[int, Token]], refs: list[EntityRef], owner: list[int]
) -> tuple[EntityRef, int, str] | None:
    """The person a text opens by talking about (the subject of one of its first sentences)
    and the gender of the first personal pronoun after that sentence ("Aurelio X, the
    film-maker, has died. He was 84.")."""
    if not people:
        return None
    sentences = list(islice(doc.sents, 3 * _TOPIC_SENTENCES))
    first_sentences = set(sentences[:_TOPIC_SENTENCES])
    # past a magazine's furniture ("LONG TAKE MAGAZINE", "Issue 88 · Winter 2025 ·",
    # "THE PROFILE"), the first two statements it makes
    later = set([sent for sent in sentences[_TOPIC_SENTENCES:] if _is_prose(sent)][:2])
    counts = Counter(refs[owner[root.i]].name.split()[-1] for _, root in people)
    top = max(counts.values())
    opening = [
        (start, root)
        for start, root in people
        if root.dep_ in ("nsubj", "nsubjpass")
        and (root.sent in first_sentences or root.sent in later)
        # not a critic named once in the standfirst ("X surveys a career") of a text that
        # names its subject again and again
        and (counts[refs[owner[root.i]].name.split()[-1]] > 1 or top < _TOPIC_MENTIONS)
    ]
    majority = True
    if not opening:
        # "There is a particular kind of silence in a Teodora Vasilescu film": the person
        # the opening names whom the text goes on to name most, by surname or in full
        ranked = counts.most_common(2)
        first_two = set(sentences[:2])
        early = {
            refs[owner[root.i]].name.split()[-1] for _, root in people if root.sent in first_two
        }
        # named clearly more often than anyone else, and the only one of those the text opens
        # with
        main = ranked[0][0] if ranked[0][1] >= _TOPIC_MENTIONS else None
        if (
            main is not None
            and len(ranked) > 1
            and (ranked[1][1] * 3 > ranked[0][1] * 2 or ranked[1][0] in early)
        ):
            main = None
        named = [
            (start, root)
            for start, root in people
            if root.sent in first_two
            and " " in refs[owner[root.i]].name
            and refs[owner[root.i]].name.split()[-1] == main
        ]
        opening = named[:1]
        majority = False
    for start, root in opening:
        person = refs[owner[root.i]]
        if " " not in person.name:
            return None
        # the first pronoun after the sentence that names them (further off in a text that
        # does not open with them as its subject)
        reach = 40 if majority else 150
        window = doc[root.sent.end : min(len(doc), root.sent.end + reach)]
        gender = next(
            (
                _PERSONAL_PRONOUNS[t.lower_]
                for t in window
                if t.lower_ in ("he", "she", "his", "her")
            ),
            None,
        )
        # a profile may mention a man before its woman subject's first "she": the pronouns
        # the text uses most, when they clearly outnumber the others
        text = doc_text(doc)
        male = len(_MALE.findall(text))
        female = len(_FEMALE.findall(text))
        if male >= 2 * female and male >= 3:
            gender = _PERSONAL_PRONOUNS["he"]
        elif female >= 2 * male and female >= 3:
            gender = _PERSONAL_PRONOUNS["she"]
        elif not majority:
            # no clear majority: the first pronoun after a passing mention may be anyone's
            gender = None
        # with no pronoun for them, an interview's "I" may still be them
        return person, start, gender or ""
    return None


def _is_prose(sent: Span) -> bool:
    """Whether a sentence is a statement in running text: it has a verb and words in lower
    case, and ends with a full stop (not a heading's line, not a quiz's question)."""
    return (
        any(t.pos_ in ("VERB", "AUX") for t in sent)
        and sum(t.is_lower and t.is_alpha for t in sent) >= 3
        and sent.text.rstrip().rstrip('"”’)').endswith((".", "!"))
    )


_MALE = re.compile(r"(?i)\b(?:he|him|his|himself)\b")
_FEMALE = re.compile(r"(?i)\b(?:she|her|hers|herself)\b")


# a rule between a wire's or a digest's stories: "-----", "* * *", "====="
_RULE_LINE = re.compile(r"^[ \t]*(?:-{4,}|={4,}|_{4,}|\*(?:[ \t]*\*){2,}|#{3,})[ \t]*$", re.M)
_SIGN_OFF = re.compile(
    r"\((?:[Aa]dditional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Cc]ompiled)[ \t]+by[^()\n]*\)"
)


def find_statements(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Statement]:
    """Every film fact the rules find in `doc`, one statement per (subject, predicate, object)."""
    lex = load_lexicon()
    ctx = _context(doc, mentions, lex)
    rules = _Rules(ctx)
    rules.run()
    _played_by(ctx, rules)
    _fallbacks(ctx, rules)
    _as_pairs(ctx, rules)
    _star_as(ctx, rules)
    _plays_words(ctx, rules)
    _described_credits(ctx, rules)
    _copula_parts(ctx, rules)
    _character_descriptions(ctx, rules)
    _nominee_lists(ctx)
    _accolade_rows(ctx)
    _page_categories(ctx)
    _category_roles(ctx)
    _characters_of_films(ctx)
    _unnamed_parts(ctx, rules)
    _award_lists(ctx)
    _weaker_countries(ctx)
    _credit_lines(ctx)
    _award_results(ctx)
    _dash_entries(ctx)
    _directed_entries(ctx)
    _filmography_list(ctx)
    _team_credits(ctx)
    _shot_by_director(ctx)
    _denied_wins(ctx)
    _contrasts(ctx)
    _owners_films(ctx)
    _near_misses(ctx)
    _plot_places_shot(ctx)
    _unrealised_projects(ctx)
    _denied_casts(ctx)
    _rejected_parts(ctx)
    _priced_films(ctx)
    _predicted_awards(ctx)
    _certificates(ctx)
    _credited_sources(ctx)
    _quantified_films(ctx)
    _credit_rows(ctx)
    _conferring_bodies(ctx)
    disputed = (
        _disputed_ranges(doc, lex)
        + _questions(doc)
        + _conceded_reports(doc)
        + _doubted_reports(doc, lex)
    )
    # "its not a thriller.": a negated phrase with no verb to carry the negation
    disputed += [
        (doc[i].left_edge.idx, _end_char(doc[i].right_edge))
        for i in ctx.negated
        if doc[i].dep_ == "ROOT" and doc[i].pos_ in ("NOUN", "PROPN")
    ]
    # a wire story's sign-off: "(Reporting by Mette Lund; Editing by Alan Price)" credits the
    # story's journalists, not a film's crew
    disputed += [m.span() for m in _SIGN_OFF.finditer(doc_text(doc))]
    denied = _negated_attributes(doc, ctx.negated)
    retracted = ctx.retracted
    text = doc_text(doc)
    for key, st in list(ctx.out.items()):
        if st.predicate == "castMember" and "|" in text[st.start : st.end]:
            # "Miguel Antunes | Starring Sofia Marques": a table's cells, read across
            del ctx.out[key]
    yield from sorted(
        (
            st
            for key, st in ctx.out.items()
            if (
                not any(lo <= st.start and st.end <= hi for lo, hi in disputed)
                or _presupposed(ctx, st)
            )
            and not any(lo <= st.start < head and st.end <= hi for lo, head, hi in denied)
            and key not in retracted
        ),
        key=lambda s: (s.start, s.end, s.predicate),
    )


# what a film's description in a noun phrase states of it: "the 1965 British chiller X"
_DESCRIPTIVE = frozenset({"publicationDate", "countryOfOrigin", "genre"})


def _presupposed(ctx: _Context, st: Statement) -> bool:
    """Whether a statement is a film's description inside a noun phrase that names the film
    ("insisting it's a remake of the 1965 British chiller The Dummy's Revenge. It isn't"):
    what a disputed claim takes for granted, which the dispute leaves standing. A description
    a clause predicates ("KP insists X is a 2019 film") is the claim itself."""
    if st.predicate not in _DESCRIPTIVE:
        return False
    span = ctx.doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    top = span.root
    while top.dep_ in ("compound", "amod", "nmod", "appos", "nummod") and top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN") or top.dep_ in ("attr", "acomp", "ROOT", "oprd"):
        return False
    return any(ctx.ref_at(t) == st.subject for t in top.subtree if not span.start <= t.i < span.end)


@functools.cache
def _certificate_pattern(certificates: tuple[str, ...]) -> re.Pattern[str]:
    cert = alternatives(certificates)
    return re.compile(
        # "Certificate: 15", "Cert 12A", "Classification: PG"
        rf"\b(?:[Cc]ertificate|[Cc]ert\.?|[Cc]lassification|[Aa]ge rating)[ \t]*:?[ \t]*"
        rf"(?P<label>{cert})(?![\w/-])"
        # "rated R for violence", "rated 18 on original release" (not "rated 15/20")
        rf"|\b[Rr]ated[ \t]+(?P<rated>{cert})(?![\w/.-])"
        rf"(?![ \t]*(?:/|out[ \t]+of|stars?\b|points?\b|%|per[ \t]*cent))"
        # a listing's "HAPPY RETURNS (1994) (PG)"
        rf"|\((?:18|19|20)\d\d\)[ \t]*\((?P<bracket>{cert})\)"
        # "The R-rated film", "released with an R rating", "given a 15 certificate"
        rf"|(?<![\w-])(?P<hyphen>{cert})-rated\b"
        rf"|\b(?:an?|its|the)[ \t]+(?P<noun>{cert})[ \t]+(?:rating|certificate)\b"
    )


def _certificates(ctx: _Context) -> None:
    """The content certificate a rating board gave the film, as printed: "Certificate: 15",
    "rated PG-13 for violence", a listing's "HAPPY RETURNS (1994) (PG)"."""
    doc = ctx.doc
    text = doc_text(doc)
    if not any(cue in text for cue in ("ated", "ert", ") (", "lassif", "rating")):
        return
    certificates = tuple(ctx.lex.relations["credit_labels"]["certificates"])
    for match in _certificate_pattern(certificates).finditer(text):
        group = next(g for g in ("label", "rated", "bracket", "hyphen", "noun") if match.group(g))
        span = doc.char_span(*match.span(group), alignment_mode="expand")
        if span is None:
            continue
        if group == "bracket":
            year = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
            named = ctx.ref_at(doc[year.start - 1]) if year is not None and year.start else None
            film = named if named is not None and named.type is EntityType.FILM else None
        else:
            film = ctx.sentence_film(sentence_index(ctx.starts, span.start)) or ctx.salient_film(
                span.start
            )
        if film is not None and not (span.start and _negated(doc[span.start - 1], ctx.negated)):
            ctx.emit(
                film,
                "contentRating",
                Text(match.group(group)),
                doc[max(0, span.start - 1) : span.end],
                f"certificate:{'rated' if group in ('hyphen', 'noun') else group}",
            )


# a client's or a crew member's credit row: "2024 · Low Country · Ann Coyle · dir. Brendan
# Keane", "2020 · Halvmørke · dir. Kaja Lindahl · Norwegian-language"
_CREDIT_ROW = re.compile(
    r"^[ \t]*(?P<year>(?:18|19|20)\d\d)[ \t]*[·|][ \t]*(?P<title>[^·|\n]+?)[ \t]*[·|][ \t]*"
    r"(?:(?P<role>[^·|\n]+?)[ \t]*[·|][ \t]*)?dir\.?[ \t]+(?P<director>[A-Z][^·|\n]*?)"
    r"[ \t]*(?:[·|][ \t]*(?P<notes>[^\n]*))?$",
    re.M,
)
_LISTED_CREDIT = re.compile(
    r"^[^\n·|]+(?:[ \t]*[·|][ \t]*[^\n·|]+)*?[ \t]*[·|][ \t]*dir\.[^\n]*$", re.M
)
# what a section heading says its rows credit the person with: "FEATURES (Director of
# Photography unless stated)"
_ROWS_ROLE = re.compile(
    r"^[ \t]*[A-Z][A-Z ]+\((?P<role>[A-Za-z ]+?)(?: unless stated)?\)[ \t]*$", re.M
)


_EDITION = re.compile(r"^(?:(?:18|19|20)\d\d|\d+(?:st|nd|rd|th))\s+", re.I)


def _family_bodies(ctx: _Context) -> dict[str, EntityRef | None]:
    """Each award family's body, where the text names it ("presented by the Australian
    Academy of Cinema and Television Arts"): it gives every award of that family."""
    text = doc_text(ctx.doc).casefold()
    organizations = {r.name for r in ctx.refs if r.type is EntityType.ORGANIZATION}
    return {
        family.award: (
            EntityRef(EntityType.ORGANIZATION, family.organization)
            if family.organization in organizations
            # (named in full, whatever the tagger made of the name; not "Filmfare" in the
            # award's own name)
            or (
                family.organization.casefold() in text
                and family.organization.casefold() not in family.award.casefold()
            )
            else None
        )
        for family in ctx.lex.families.values()
    }


def _conferring_bodies(ctx: _Context) -> None:
    """Who gives the prizes the text says were won or nominated: the festival a prize was
    won at ("won the Golden Shell at the San Sebastián International Film Festival"), and
    the body it came from ("the Silver Condor for Best Film from the Argentine Film Critics
    Association")."""
    words = ctx.lex.relations["conferring"]
    festivals = frozenset(words["festival_words"])
    bodies = frozenset(words["body_words"])
    generic = frozenset(words["generic_prize_words"])
    doc = ctx.doc
    awards = [
        st
        for st in ctx.out.values()
        if st.predicate in ("awardReceived", "nominatedFor")
        and isinstance(st.object, EntityRef)
        and st.object.type is EntityType.AWARD
        and st.object.name.split()[0].casefold() != "best"
        and not set(st.object.name.casefold().split()) <= generic
    ]
    if not awards:
        return
    family_bodies = _family_bodies(ctx)
    # where each prize is named (a mention's first token), read once for all its statements
    named_at: dict[EntityRef, list[Token]] = {}
    for t in doc:
        ref = ctx.ref_at(t)
        if ref is not None and ref.type is EntityType.AWARD and ctx.mention_start(t) == t.i:
            named_at.setdefault(ref, []).append(t)
    for st in awards:
        award = st.object
        assert isinstance(award, EntityRef)
        span = doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        prize = next((t for t in sent if ctx.ref_at(t) == award), None)
        if prize is None:
            continue
        family = next(
            (
                name
                for name in family_bodies
                if award.name == name or award.name.startswith(f"{name} for ")
            ),
            None,
        )
        if family is not None:
            # (a family's award is its body's, not a festival's the sentence names)
            body = family_bodies[family]
            if body is not None:
                ctx.emit(award, "conferredBy", body, (prize,), "award:family-body")
            continue
        held_at = [v for n, v in st.qualifiers if n == "ceremony" and isinstance(v, EntityRef)]
        if not held_at:
            # "won the Golden Bear at the 76th Berlin International Film Festival", read by
            # a rule that gave no ceremony (or first read in a headline that names none):
            # the one ceremony a sentence naming the prize names
            for t in named_at.get(award, ()):
                in_sentence = {
                    ref
                    for u in t.sent
                    if (ref := ctx.ref_at(u)) is not None and ref.type is EntityType.CEREMONY
                }
                if len(in_sentence) == 1:
                    held_at, sent, prize = list(in_sentence), t.sent, t
                    break
        for value in held_at:
            if festivals & set(value.name.casefold().split()):
                held = [t for t in sent if ctx.ref_at(t) == value]
                # "the 1984 Berlin International Film Festival": the festival, not its edition
                festival = EntityRef(EntityType.CEREMONY, _EDITION.sub("", value.name))
                # (a results list's line gives its festival from the list's heading)
                ctx.emit(award, "conferredBy", festival, (prize, *held[-1:]), "award:conferred-by")
        for word in sent[prize.i - sent.start :]:
            if word.lower_ != "from" or word.i + 2 >= sent.end:
                continue
            body = ctx.ref_at(doc[word.i + 1]) or ctx.ref_at(doc[word.i + 2])
            if (
                body is not None
                and body.type is EntityType.ORGANIZATION
                and bodies & set(body.name.casefold().split())
            ):
                named = [t for t in sent if t.i > word.i and ctx.ref_at(t) == body]
                ctx.emit(award, "conferredBy", body, (prize, *named), "award:conferred-by")
                break


def _credit_rows(ctx: _Context) -> None:
    """The rows of a credits list on a client page or a CV: each film's year and director,
    and the page's person in it, cast in the part the row names or in the role its section's
    heading names ("FEATURES (Director of Photography unless stated)"), unless the row's
    notes limit the credit ("additional photography only")."""
    doc = ctx.doc
    text = doc_text(doc)
    if " · dir" not in text and "| dir" not in text:
        return
    roles: dict[str, str] = ctx.lex.relations["role_nouns"]
    # the people the page is headed by, each on a line of its own ("SAOIRSE LANIGAN")
    headed: list[tuple[int, EntityRef]] = []
    for line in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text, re.M):
        span = doc.char_span(*line.span(1), alignment_mode="contract")
        if span is None or not 1 < len(span) <= 4 or ctx.lex.section_heading(line.group(1)):
            continue
        ref = ctx.ref_at(span[0])
        if ref is None:
            name = title_case(line.group(1), ctx.lex) if line.group(1).isupper() else ""
            if personal_name(name, ctx.lex) and all(t.is_alpha for t in span):
                # "HENRIK SOLBERG" over his credits, a name the tagger left alone
                headed.append((line.start(), EntityRef(EntityType.PERSON, name)))
        elif ref.type is EntityType.PERSON and ctx.mention_end(span[0].i) >= span.end:
            headed.append((line.start(), ref))
    headings = list(_ROWS_ROLE.finditer(text))
    for row in _CREDIT_ROW.finditer(text):
        title = doc.char_span(*row.span("title"), alignment_mode="contract")
        director = doc.char_span(*row.span("director"), alignment_mode="contract")
        if title is None or director is None or not len(title) or not len(director):
            continue
        film = _film_named(ctx, title)
        rule = "credits:row"
        ctx.emit(film, "publicationDate", Year(int(row.group("year"))), (title[0],), rule)
        maker = EntityRef(EntityType.PERSON, normalise_name(row.group("director")))
        ctx.emit(film, "director", maker, (director[0], director[-1]), rule)
        person = next((ref for pos, ref in reversed(headed) if pos < row.start()), None)
        if person is None or "only" in (row.group("notes") or ""):
            continue
        if row.group("role"):
            part = row.group("role").strip()
            ctx.emit(film, "castMember", person, (title[0], title[-1]), rule)
            words = part.split()
            if words and all(w[:1].isupper() for w in words) and len(words) <= 4:
                character = EntityRef(EntityType.CHARACTER, part)
                ctx.emit(film, "character", character, (title[0], title[-1]), rule)
                ctx.emit(character, "portrayedBy", person, (title[0], title[-1]), rule)
            continue
        heading = next((m for m in reversed(headings) if m.start() < row.start()), None)
        if heading is None or "\n\n" in text[heading.end() : row.start()].strip("\n"):
            continue
        role = roles.get(heading.group("role").strip().casefold())
        if role is not None and role not in ("productionCompany", "distributor"):
            ctx.emit(film, role, person, (title[0], title[-1]), rule)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _quantity(token: Token, lex: Lexicon) -> int | None:
    """How many films a quantifier names, when `token` is one: "both" (2), "both films",
    "all three", "all three released films", "all six of her features"."""
    lower = token.lower_
    children = [c.lower_ for c in token.children]
    if lower == "both" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return 2
    if lower in _COUNT_WORDS and "all" in children:
        if token.dep_ == "nummod" and token.head.lemma_.casefold() not in lex.film_nouns:
            return None
        return _COUNT_WORDS[lower]
    if token.lemma_.casefold() in lex.film_nouns and token.tag_ == "NNS":
        if "both" in children:
            return 2
        for c in token.children:
            # "all three released films", where "all" may hang on the number
            if c.lower_ in _COUNT_WORDS and (
                "all" in children or any(g.lower_ == "all" for g in c.children)
            ):
                return _COUNT_WORDS[c.lower_]
    return None


def _quantified_films(ctx: _Context) -> None:
    """ "Sorrell directed both", "Greyhollow produced all three": a fact a sentence states of
    "both" films or "all three" (`_Context.counted_films`) holds for each of them, as it
    does for the first."""
    for sentence, group in ctx.quantified.items():
        for st in list(ctx.out.values()):
            if (
                st.sentence == sentence
                and st.subject == group[0]
                and st.predicate in FILM_FACTS
                and st.predicate not in ("countryOfOrigin", "genre")
            ):
                for other in group[1:]:
                    ctx.out.setdefault((other, st.predicate, st.object), replace(st, subject=other))


@functools.cache
def _credited_source_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    name = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*){0,3}"
    return re.compile(
        rf"^[ \t]*(?:Written|Screenplay|Script|Adapted)\b[^\n]*?,[ \t]*"
        rf"(?:from|based[ \t]+on|adapted[ \t]+from|after)[ \t]+"
        rf"(?P<author>{name})['’]s?[ \t]+(?:[a-z-]+[ \t]+)?(?P<noun>{alternatives(nouns)})"
        rf",?[ \t]+[\"“]?(?P<title>[A-Z][^\n\"”.;,]*?)[\"”]?[ \t]*\.?[ \t]*$",
        re.M,
    )


def _credited_sources(ctx: _Context) -> None:
    """A credit line that names the work its script came from: "Written by A and B, from
    Ruth Salmann's novel The Ferry" makes the work the film's source and its author the
    work's."""
    doc = ctx.doc
    text = doc_text(doc)
    if ", from " not in text and "based on" not in text and ", after " not in text:
        return
    nouns = tuple(sorted(ctx.lex.work_nouns))
    for match in _credited_source_pattern(nouns).finditer(text):
        title = doc.char_span(*match.span("title"), alignment_mode="contract")
        author = doc.char_span(*match.span("author"), alignment_mode="contract")
        if title is None or author is None or not len(title) or not len(author):
            continue
        film = ctx.salient_film(title.start)
        if film is None:
            continue
        work = EntityRef(EntityType.WORK, normalise_name(match.group("title")))
        ctx.emit(film, "basedOn", work, (title[0], title[-1]), "credits:source")
        writer = ctx.ref_at(author[0])
        if writer is None or writer.type is not EntityType.PERSON:
            writer = EntityRef(EntityType.PERSON, normalise_name(match.group("author")))
        ctx.emit(work, "author", writer, (author[0], title[-1]), "credits:source")


# verbs whose object was taken on to do what their clause says: "hired X to direct"
_HIRE_VERBS = frozenset({"hire", "sign", "recruit", "tap", "enlist", "engage", "choose", "pick"})
# verbs whose object is asked to do what their clause says, which may not have happened
_OFFER_VERBS = frozenset(
    {"approach", "ask", "invite", "offer", "urge", "persuade", "court", "attach", "want", "pitch"}
)
_TAKINGS_NOUNS = frozenset(
    {"debut", "opening", "franchise", "trilogy", "series", "entry", "installment", "instalment"}
)


@functools.cache
def _rejected_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The forms of the rejecting verbs ("rejected", "scrapped") and "set" before "aside"."""
    stems = alternatives(v.rstrip("e") for v in verbs)
    return re.compile(rf"(?i)\b(?:(?:{stems})\w*|set(?=\s+aside))\b")


def _rejected_parts(ctx: _Context) -> None:
    """ "Aldana's draft was set aside", "Strøm's score was rejected": whoever made a part
    the film threw out is no maker of it, wherever the text credited them."""
    rejected = frozenset(ctx.lex.relations["rejected_parts"]["verbs"])
    parts = {**ctx.lex.relations["film_parts"], "draft": "screenwriter"}
    # (the verbs' forms found in the text, not every token walked)
    for token in words_in(ctx.doc, _rejected_pattern(tuple(sorted(rejected)))):
        lemma = token.lemma_.casefold()
        if lemma not in rejected and not (
            lemma == "set" and any(c.lower_ == "aside" for c in token.children)
        ):
            continue
        for part in token.children:
            role = parts.get(part.lemma_.casefold())
            if part.dep_ not in ("nsubjpass", "dobj") or not isinstance(role, str):
                continue
            owner = next((c for c in part.children if c.dep_ == "poss"), None)
            maker = ctx.ref_at(owner) if owner is not None else None
            if maker is None or maker.type is not EntityType.PERSON:
                continue
            surname = maker.name.split()[-1]
            for key, st in list(ctx.out.items()):
                if (
                    st.predicate == role
                    and isinstance(st.object, EntityRef)
                    and st.object.name.split()[-1] == surname
                ):
                    ctx.retracted.add(key)


_OPEN_ROUND = re.compile(r"\(")


def _unnamed_parts(ctx: _Context, rules: _Rules) -> None:
    """ "a Berlin locksmith (Jonas Feld) falls for a thief": a part described in words and
    the actor in brackets after it, in a synopsis told in the present (not "her husband
    (Tom Hale) died in 1990", nor "the producer (Ada Vell)")."""
    doc = ctx.doc
    lex = ctx.lex
    trades = lex.person_roles | set(lex.relations["role_nouns"])
    plot_verbs = lex.opening["plot_verbs"]
    for bracket in words_in(doc, _OPEN_ROUND):
        if bracket.i == 0:
            continue
        noun = doc[bracket.i - 1]
        found = rules.bracketed_actor(noun)
        if (
            found is None
            # (an actor by full name; "a young dancer (Alex)" names the part)
            or " " not in found[1].name
            or noun.lemma_.casefold() in trades
        ):
            continue
        actor_tok, ref = found
        sent = noun.sent
        if not (
            sent.root.tag_ in ("VBZ", "VBP")
            or any(t.lemma_.casefold() in plot_verbs for t in sent if t.pos_ == "VERB")
        ):
            continue
        film = ctx.salient_film(noun.i)
        if film is not None:
            ctx.emit(film, "castMember", ref, (noun, actor_tok), "cast:unnamed-part")


def _priced_films(ctx: _Context) -> None:
    """'"Copper Saints," a $12 million horror pic from first-time director X': a sum that
    describes a film (not its takings: "a $41.2 million debut") is its budget."""
    doc = ctx.doc
    lex = ctx.lex
    for ent in doc.ents:
        if ent.label_ != "MONEY":
            continue
        noun = ent.root.head
        while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
            noun = noun.head
        if (
            ent.root.i >= noun.i
            or not (noun.lemma_.casefold() in lex.film_nouns or noun.i in ctx.genre_at)
            # "a $41.2 million debut", "a $90 million franchise": takings, or many films
            or noun.lemma_.casefold() in _TAKINGS_NOUNS
        ):
            continue
        if (
            any(
                t.lemma_.casefold() in lex.film_nouns or t.i in ctx.genre_at
                for t in doc[ent.end : noun.i]
                if t.dep_ == "compound"
            )
            and noun.lemma_.casefold() not in lex.film_nouns
        ):
            continue
        value = parse_money(ent.text)
        film = ctx.film_of(noun) or ctx.film_before_comma(noun.left_edge.i)
        if value is not None and film is not None and film.type is EntityType.FILM:
            ctx.emit(film, "cost", value, (ent[0], noun), "cost:priced-film")


def _predicted_awards(ctx: _Context) -> None:
    """ "Some pundits have already called X a lock for an Academy Award nomination": an
    award a forecast names, before the award in its sentence, is no result."""
    words = frozenset(ctx.lex.relations["award_predictions"]["words"])
    doc = ctx.doc
    for key, st in list(ctx.out.items()):
        if st.predicate not in ("awardReceived", "nominatedFor"):
            continue
        span = doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.sent.start : span.end]
        if any(t.lower_ in words for t in before):
            del ctx.out[key]


# what a film that was never made cannot have had
_MADE_FACTS = frozenset(
    {
        "director", "screenwriter", "castMember", "directorOfPhotography", "composer",
        "producer", "filmEditor", "productionCompany", "filmingLocation", "publicationDate",
        "distributor", "character",
    }
)  # fmt: skip


def _denied_casts(ctx: _Context) -> None:
    """ "Rafe Calloway is not in Dust Radio. Never was.", "Ana Lopes never appeared in Salt
    Road": a denial that a named person is in a named film retracts the casting wherever the
    text (a thread's rumour) asserted it."""
    for i in ctx.negated:
        verb = ctx.doc[i]
        if verb.lemma_ not in ("be", "appear", "star", "act"):
            continue
        subject = _subject_of(verb)
        person = ctx.ref_at(subject) if subject is not None else None
        if person is None or person.type is not EntityType.PERSON:
            continue
        for obj in _prep_objects(verb, ("in",)):
            film = ctx.film_of(obj)
            if film is not None and film.type is EntityType.FILM:
                ctx.retracted.add((film, "castMember", person))


# the words a sentence says a project was never made with
_UNREALISED_HINT = re.compile(
    r"(?i)\b(?:never|shelved|abandoned|scrapped|cancell?ed|axed|collapsed|fell|falls|fallen)\b"
)


def _unrealised_projects(ctx: _Context) -> None:
    """ "She was attached to photograph The Pelican Stairs, but the project collapsed and the
    film was never made": a sentence that says its film was never made gives it no credits,
    only the plans for them."""
    doc = ctx.doc
    vocab = ctx.lex.relations["unrealised_projects"]
    verbs, never, subjects = (frozenset(vocab[k]) for k in ("verbs", "never_verbs", "subjects"))
    sentences: set[int] = set()
    # the verbs a "never" or a marker word names, without walking every token
    candidates = {(t.head if t.lower_ == "never" else t).i for t in words_in(doc, _UNREALISED_HINT)}
    for i in sorted(candidates):
        token = doc[i]
        lemma = token.lemma_.casefold()
        if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
            continue
        if lemma in never:
            said = any(c.lower_ == "never" for c in token.children)
        elif lemma in verbs:
            if lemma == "fall" and not any(c.lower_ == "through" for c in token.children):
                continue
            subject = _subject_of(token)
            ref = ctx.ref_at(subject) if subject is not None else None
            said = (ref is not None and ref.type is EntityType.FILM) or (
                ref is None
                and subject is not None
                and subject.lemma_.casefold() in subjects
                # (a company collapses too: "it" must be a project shelved or abandoned)
                and not (subject.lower_ == "it" and lemma in ("collapse", "fall"))
            )
        else:
            continue
        if said and not _negated(token, ctx.negated):
            sentences.add(sentence_index(ctx.starts, token.i))
    if not sentences:
        return
    for key, st in list(ctx.out.items()):
        if (
            st.sentence in sentences
            and st.predicate in _MADE_FACTS
            and st.subject.type is EntityType.FILM
        ):
            del ctx.out[key]


def _plot_places_shot(ctx: _Context) -> None:
    """ "a drama about Irish fishwives, which was also shot partly in Staithes": a place the
    same sentence says the film was shot in is no place of its plot; and a nationality is
    no subject ("about Irish fishwives" is about fishwives)."""
    shot = {
        (st.subject, st.object, st.sentence)
        for st in ctx.out.values()
        if st.predicate == "filmingLocation"
    }
    filming = frozenset(ctx.lex.relations["filming_verbs"])
    for key, st in list(ctx.out.items()):
        if st.rule == "location:plot-place" and (
            (st.subject, st.object, st.sentence) in shot or _shot_in(ctx, st, filming)
        ):
            del ctx.out[key]
        elif (
            st.rule == "fallback:about"
            and isinstance(st.object, EntityRef)
            and ctx.lex.country(st.object.name) not in (None, st.object.name)
        ):
            # (a demonym, not a country: a documentary may be about Canada)
            del ctx.out[key]


def _shot_in(ctx: _Context, st: Statement, filming: frozenset[str]) -> bool:
    """Whether the place `st` names is, where the statement found it, the object of a
    filming verb's preposition ("which was also shot partly in Staithes")."""
    span = ctx.doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None or not isinstance(st.object, EntityRef):
        return False
    for token in span:
        if ctx.ref_at(token) == st.object and token.head.dep_ == "prep":
            verb = token.head.head
            if verb.lemma_.casefold() in filming:
                return True
    return False


def _near_misses(ctx: _Context) -> None:
    """ "X was originally cast as Edith but dropped out", "Y turned down the part": an actor
    the sentence says left or refused the film is not in its cast (the part stays the
    film's)."""
    text = doc_text(ctx.doc)
    if _NEAR_MISS.search(text) is None:
        return
    for key, st in list(ctx.out.items()):
        actor = st.object if st.predicate in ("castMember", "portrayedBy") else None
        if not isinstance(actor, EntityRef):
            continue
        sent = ctx.doc[ctx.starts[st.sentence]].sent
        if _NEAR_MISS.search(sent.text) is None:
            continue
        subject = next(
            (
                ref
                for t in sent
                if t.dep_ in ("nsubj", "nsubjpass") and (ref := ctx.ref_at(t)) is not None
            ),
            None,
        )
        if subject is not None and subject.name == actor.name:
            del ctx.out[key]


# what says an actor left, lost or refused a part
_NEAR_MISS = re.compile(
    r"\b(?:dropped|pulled|bowed)\s+out\b|\bwithdrew\b|\b(?:was|were)\s+replaced\b"
    r"|\bturned\s+down\b|\bdeclined\s+the\s+(?:role|part)\b|\bpassed\s+on\s+the\s+(?:role|part)\b"
    r"|\b(?:nearly|almost)\s+(?:played|starred)\b|\bwas\s+considered\s+for\b",
    re.I,
)


def _owners_films(ctx: _Context) -> None:
    """ "Orme's film is about grief": in a text about two films, a director's film is the
    one the text credits to them, not the film named last, nor one it credits to another
    director."""
    credited: dict[str, set[EntityRef]] = {}
    for st in ctx.out.values():
        if (
            st.predicate == "director"
            and isinstance(st.object, EntityRef)
            and st.rule != "possessive:person-anaphor"
        ):
            credited.setdefault(st.object.name.split()[-1].casefold(), set()).add(st.subject)
    directed = {film for films in credited.values() for film in films}
    for key, st in list(ctx.out.items()):
        if st.rule != "possessive:person-anaphor" or not isinstance(st.object, EntityRef):
            continue
        films = credited.get(st.object.name.split()[-1].casefold(), set())
        if st.subject not in films and (len(films) == 1 or st.subject in directed):
            # the film the text credits them with is the one meant; a film the text
            # credits to someone else is not theirs ("Where Hegre's film was a melodrama")
            del ctx.out[key]


# verbs of leaving that, with "home" or "away", win what they leave with
_LEAVING_VERBS = frozenset({"go", "walk", "come", "head", "leave"})
# words that end a clause looking back from a word ("..., but it was shot in X")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "but", "—", "–", "and"})
# adverbs that place an actor's or a maker's credit before or after the film in hand
_OTHER_TIMES = frozenset({"next", "previously", "recently", "earlier", "formerly", "last"})
# the relations the parse may give a part's name after "plays" instead of its object
_STRAY_OBJECTS = frozenset({"advmod", "npadvmod", "attr", "oprd", "xcomp", "ccomp"})
# what one plays that is no part in a film: "plays a role", "plays the piano"
_NOT_A_PART = frozenset(
    {
        "role",
        "part",
        "game",
        "match",
        "tune",
        "song",
        "music",
        "instrument",
        "piano",
        "guitar",
        "violin",
        "gig",
        "show",
        "concert",
        "trick",
        "card",
        "joke",
        "host",
        "tribute",
        "clip",
        "scene",
        "note",
        "chord",
        "record",
        "track",
        "video",
        "version",
        "hand",
        "field",
        "lead",
    }
)
# the words a tag question asks with after a comma: "..., right?"
_TAG_WORDS = frozenset({"right", "correct", "no", "yeah", "yes", "true", "eh"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})
# words that open a question: "Wasn't that written by the Harker brothers?"
_QUESTION_OPENERS = frozenset(
    {
        "who", "what", "which", "why", "how", "where", "when", "whose", "whom",
        "is", "was", "are", "were", "did", "does", "do", "has", "have", "had",
        "can", "could", "would", "should", "will", "isn't", "wasn't", "didn't",
        "doesn't", "hasn't", "haven't", "wouldn't", "couldn't", "isnt", "wasnt", "didnt",
    }
)  # fmt: skip


_DISCOURSE_MARKERS = frozenset(
    {"so", "and", "but", "well", "okay", "ok", "wait", "hey", "um", "uh", "also", "then", ","}
)


def _questions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentences that ask rather than state: "Wasn't that written
    by the Harker brothers?", "Was it shot in Malta, though?" (not "The film opens with
    Who Framed Roger Rabbit?"-like titles, which open with no question word)."""
    ranges: list[tuple[int, int]] = []
    text = doc_text(doc)
    if "?" not in text:
        return ranges
    for sent in doc.sents:
        if "?" not in text[sent.start_char : sent.end_char]:
            continue
        words = [t for t in sent if not t.is_space and t.text not in _QUOTE_MARKS]
        if len(words) < 3 or not (
            words[-1].text.startswith("?") and set(words[-1].text) <= {"?", "!"}
        ):
            continue
        while len(words) > 3 and words[0].lower_ in _DISCOURSE_MARKERS:
            # "So is it true X is playing Sorrel??": the question after a talk's "so"
            words = words[1:]
        first = words[0].lower_ + (words[1].lower_ if words[1].lower_ == "n't" else "")
        tag = len(words) >= 4 and (
            (words[-3].lower_ == "n't" and words[-2].pos_ == "PRON")
            # "It won the Grand Prize, right?"
            or (words[-3].text == "," and words[-2].lower_ in _TAG_WORDS)
        )
        if first in _QUESTION_OPENERS or tag:
            # "..., wasn't it?": a tag question
            ranges.append((sent.start_char, sent.end_char))
            continue
        # "It looked authentic — was it all shot in Germany?": the question after a dash
        cut = max((n for n, t in enumerate(words) if t.text in ("—", "–", ";", ":")), default=-1)
        if 0 <= cut < len(words) - 3 and words[cut + 1].lower_ in _QUESTION_OPENERS:
            ranges.append((words[cut + 1].idx, sent.end_char))
    return ranges


# who passes on what they heard: "Sources say ...", "Insiders say ..."
_HEARSAY_SUBJECTS = frozenset(
    {"source", "insider", "report", "rumour", "rumor", "word", "tipster", "fan", "people"}
)
_CORRECTION_CUE = re.compile(
    r"\b(?:however|in fact|in reality|actually|in truth|on the contrary"
    # "It is often said that Ebel wrote it first; Marnow insisted the script was hers alone"
    r"|insist(?:s|ed)?"
    # minutes: "KP said the film was shot in Margate. HD corrected this", "MV pointed out
    # that he only acts in it", "GT checked: he was nominated but lost"
    r"|correct(?:ed|s)\s+(?:this|that|him|her|them|it)|pointed\s+out\s+that|checked(?=\s*:)"
    # "Fans often say Brennick has a cameo. She doesn't."
    r"|(?:she|he|they|it)\s+(?:doesn['’]t|didn['’]t|does\s+not|did\s+not|isn['’]t|wasn['’]t)"
    r"(?=\s*[.;:,])"
    # "..., a figure Meridian flatly denies", "a figure Orison described as "pure fiction""
    # "..., an error repeated on the cover of its Blu-ray", "— a myth"
    r"|[,;—–]\s*(?:an?\s+)?(?:error|mistake|myth|misconception|misattribution)"
    # "It is said to have been shot in Perth, but it was shot in Adelaide"
    r"|but\s+(?:it|she|he|they)\s+(?:was|were|did|had)\b(?!\s+(?:also|too)\b)"
    r"|den(?:y|ies|ied)|(?:described|called|dismissed|branded|labell?ed)\s+(?:it\s+|them\s+)?"
    r"as\s+[\"“'‘]?(?:pure\s+|complete\s+|total\s+)?(?:fiction|false|untrue|nonsense|rubbish))\b",
    re.IGNORECASE,
)


def _corrected_next(verb: Token) -> bool:
    """Whether the text corrects what `verb` reports, later in its sentence or in the
    sentence after ("..., however, place the shoot in ...", "in fact")."""
    doc = verb.doc
    sent = verb.sent
    stop = sent.end_char
    if sent.end < len(doc):
        stop = doc[sent.end].sent.end_char
    return _CORRECTION_CUE.search(doc_text(doc), verb.idx + len(verb.text), stop) is not None


# what a text finds none of, when it doubts a story: "no evidence for the claim that ..."
# what a correction says its own earlier words were in: "our press kit said ..."
_OWN_PAPERS = frozenset(
    {
        "kit",
        "release",
        "notes",
        "note",
        "listing",
        "site",
        "website",
        "poster",
        "page",
        "post",
        # the pieces a newspaper's corrections column names
        "article",
        "caption",
        "column",
        "feature",
        "headline",
        "item",
        "obituary",
        "piece",
        "preview",
        "profile",
        "report",
        "review",
        "story",
    }
)
_CORRECTION_BEFORE = re.compile(r"(?i)\bcorrections?\b\s*:")
# a corrections column's heading, on a line of its own: "Corrections and clarifications"
_CORRECTION_HEADING = re.compile(
    r"(?im)^[ \t]*(?:corrections?|clarifications?)"
    r"(?:[ \t]+(?:and|&)[ \t]+(?:corrections?|clarifications?))?[ \t]*:?[ \t]*$"
)
_PROOF_NOUNS = ("evidence", "proof", "record", "trace")


def _denied_proof(noun: Token) -> bool:
    """Whether the text says there is none of `noun`: "no evidence", "found no record",
    "Nor have we found any evidence", "there is not a shred of proof"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    head = noun.head
    while head.dep_ == "pobj" or head.dep_ == "prep":
        # "not a shred of proof"
        head = head.head
    return any(
        c.dep_ in ("neg", "preconj", "cc", "advmod", "det") and c.lower_ in _DENYING
        for c in (*head.children, *(head.head.children if head.dep_ == "attr" else ()))
    )


_DENYING = frozenset({"no", "not", "n't", "n’t", "never", "nor", "neither"})


def _disputed_ranges(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges whose facts the text says are not so: the clause a denial verb takes
    ("Varnholt denied that the film was shot in Trondheim"), the clause of a claim called
    false ("The claim that ... is false"), and the line before a fact-check's false verdict
    ("Claim: ... / Verdict: False")."""
    words = lex.relations["disputed"]
    denial = frozenset(words["denial_verbs"])
    misattributing = frozenset(words["misattribution_verbs"])
    claim_nouns = frozenset(words["claim_nouns"])
    false = alternatives(words["false_words"])
    is_false = re.compile(rf"(?:{false})\b", re.I)
    ranges: list[tuple[int, int]] = []
    sents: list[Span] = []  # read when a denial needs the sentence before
    lowered = doc_text(doc).casefold()
    triggers = [v[:-1] if v[-1] in "ye" else v for v in denial] + [
        *words["false_words"],
        "however",
        "sources",
        "insiders",
        "claim",
        "alleg",
        "insist",
        "contend",
        "earlier",
        "previous",
        "original",
        "in fact",
        "actually",
        "in reality",
        "in truth",
        "correction",
        "corrected",
        "pointed out",
        "checked",
        "doesn't",
        "didn't",
        "does not",
        "did not",
        "isn't",
        "wasn't",
        "said to",
        *(v[:-1] if v[-1] in "ye" else v for v in misattributing),
        *_PROOF_NOUNS,
    ]
    # the tokens are read only when the text has a word a denial or a correction needs, and
    # then only those whose lemma a rule below tests
    lemmas = {
        *denial,
        *misattributing,
        *claim_nouns,
        *_REPORT_VERBS,
        *_PROOF_NOUNS,
        "be",
        "say",
        "believe",
        "assume",
        "state",
        "write",
        "think",
        "claim",
        "allege",
        "contend",
        "maintain",
        "insist",
        "suggest",
        "report",
    }
    tokens = tokens_with_lemmas(doc, lemmas) if any(t in lowered for t in triggers) else ()
    for token in tokens:
        lemma = token.lemma_.casefold()
        if lemma in misattributing and token.pos_ == "VERB":
            # "The trailer music, by Gil Maddox, is often misattributed as the film's score":
            # a credit the text calls a mistake, whichever part of the sentence gives it
            ranges.append((token.sent.start_char, token.sent.end_char))
        elif lemma in denial and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubjpass" and child.lemma_.casefold() in claim_nouns:
                    # "Rumours that Delaney has signed to direct X were denied by her agent"
                    for clause in child.children:
                        if clause.dep_ in ("acl", "ccomp"):
                            ranges.extend(_asserted_part(clause))
                    continue
                if child.dep_ not in ("ccomp", "dobj"):
                    continue
                if child.lower_ in ("it", "this", "that") or (
                    child.lemma_.casefold() in claim_nouns
                    and not any(c.dep_ in ("acl", "ccomp") for c in child.children)
                ):
                    # "The studio denied it": what the sentence before reported
                    ranges.extend(_reported_before(sents, token))
                elif child.lemma_.casefold() in claim_nouns:
                    # "Gatehouse disputes trade reports that the budget was $15 million": the
                    # clause that says what the reports are
                    for clause in child.children:
                        if clause.dep_ in ("acl", "ccomp"):
                            ranges.extend(_asserted_part(clause))
                else:
                    ranges.extend(_asserted_part(child))
        elif (
            lemma == "be"
            and any(c.dep_ in ("acomp", "attr") and is_false.match(c.text) for c in token.children)
            and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in token.children
            )
        ):
            # "That is wrong."
            ranges.extend(_reported_before(sents, token))
        elif (
            (
                # "It is sometimes claimed that X was photographed by Y; in fact ..."
                (
                    lemma in ("say", "believe", "assume", "state", "write", "think")
                    and (
                        any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)
                        or lemma in ("assume", "believe", "think")
                        # "The film is sometimes said to have won Best Film, an error ..."
                        or (
                            any(c.dep_ == "nsubjpass" for c in token.children)
                            and any(c.dep_ == "xcomp" for c in token.children)
                        )
                    )
                )
                or lemma
                in ("claim", "allege", "contend", "maintain", "insist", "suggest", "report")
                # "Sources say the budget has climbed north of $90 million, a figure a
                # spokesperson flatly denied": hearsay the text goes on to deny
                or (
                    lemma == "say"
                    and any(
                        c.dep_ == "nsubj" and c.lemma_.casefold() in _HEARSAY_SUBJECTS
                        for c in token.children
                    )
                )
                # "KP said the film was shot in Margate. HD corrected this": what someone
                # said or remembered that the text goes on to correct
                or (
                    lemma in ("say", "remember", "recall")
                    and any(c.dep_ == "nsubj" for c in token.children)
                    and any(c.dep_ == "ccomp" for c in token.children)
                )
            )
            and token.pos_ in ("VERB", "AUX")
            and _corrected_next(token)
        ):
            # "Hartley (2004: 112) claims that it was filmed in the Tyrol ... The production
            # records, however, place the entire shoot in the Julian Alps": a claim the text
            # goes on to correct, in its own sentence or the next
            for child in token.children:
                if child.dep_ in ("ccomp", "xcomp"):
                    ranges.extend(_asserted_part(child))
        elif lemma in _REPORT_VERBS and any(
            (
                c.lemma_.casefold() in ("version", "report", "edition", "story", "article")
                and any(a.lower_ in ("earlier", "previous", "original") for a in c.children)
            )
            # "A correction: our press kit said we filmed at Peggy's Cove."; under a
            # "Corrections and clarifications" heading, "A photo caption on Saturday stated
            # that ..."
            or (
                c.lemma_.casefold() in _OWN_PAPERS
                and (
                    _CORRECTION_BEFORE.search(doc_text(doc), token.sent.start_char, token.idx)
                    is not None
                    or _CORRECTION_HEADING.search(doc_text(doc), 0, token.idx) is not None
                )
            )
            # (the parse may give a second subject: "An article about X said ...")
            for c in [*(c for c in token.children if c.dep_ == "nsubj"), _subject_of(token)]
            if c is not None and c.dep_ == "nsubj"
        ):
            # "Correction: An earlier version of this article said the film was shot in X"
            for child in token.children:
                if child.dep_ == "ccomp":
                    ranges.extend(_asserted_part(child))
        elif (
            lemma in _REPORT_VERBS
            and token.pos_ == "VERB"
            and any(c.dep_ == "neg" for c in token.children)
        ):
            # "I did not in fact claim that Caddick married Throup": what no one says
            for child in token.children:
                if child.dep_ == "ccomp":
                    ranges.extend(_asserted_part(child))
        elif lemma in _PROOF_NOUNS and _denied_proof(token):
            # "Nor have we found any evidence for the story that X was first cast as Y",
            # "there is no record that ...": what no evidence supports
            for t in token.subtree:
                if t.i > token.i and (
                    t.dep_ in ("acl", "ccomp")
                    # ("that X directed it", which the parse hangs on the noun as a relative)
                    or (
                        t.dep_ == "relcl"
                        and t.left_edge.lower_ == "that"
                        and any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"
                            for c in t.children
                        )
                    )
                ):
                    ranges.append((t.left_edge.idx, _end_char(t.right_edge)))
        elif lemma in claim_nouns and token.dep_ in ("nsubj", "nsubjpass"):
            copula = token.head
            said = " ".join(
                doc[c.left_edge.i : c.right_edge.i + 1].text
                for c in copula.children
                if c.dep_ in ("acomp", "attr")
            )
            if copula.lemma_ == "turn":
                # "The reports turned out to be wrong"
                said += " ".join(
                    doc[c.left_edge.i : c.right_edge.i + 1].text
                    for x in copula.children
                    if x.dep_ == "xcomp"
                    for c in x.children
                    if c.dep_ in ("acomp", "attr")
                )
            if copula.lemma_ in ("be", "prove", "turn") and is_false.match(said):
                # "The claim that ... is false", "Early reports that X would play Anton
                # proved incorrect"
                for child in token.children:
                    if child.dep_ in ("acl", "ccomp", "relcl", "prep"):
                        ranges.append((child.left_edge.idx, _end_char(child.right_edge)))
    text = doc_text(doc)
    for match in _ITS_NOT.finditer(text):
        # "it says the film is a Danish production. its not.", "it's" typed without its
        # apostrophe
        span = doc.char_span(match.start(), match.start() + 3)
        if span is not None:
            ranges.extend(_reported_before(sents, span[0]))
    reported = alternatives(words["reported_nouns"])
    called_false = re.compile(
        r"(?:^|(?<=[.!?;]\s))(?:that|this|it|the)"
        rf"(?:\s+(?:{reported}))?\s+(?:is|was|['’]s)\s+(?:\w+ly\s+)?(?:{false})\b",
        re.I | re.M,
    )
    for match in called_false.finditer(text):
        # "... says it cost $12 million. That figure is made up."
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            ranges.extend(_reported_before(sents, span[0]))
    claims = alternatives(words["claim_nouns"])
    claim_called_false = re.compile(
        rf"\b(?:{claims})s?\s+that\s+(?P<claim>[^;.!?]{{3,200}}?)"
        rf"(?:\s+(?:proved|turned\s+out\s+to\s+be|(?:is|was|were|are)(?:\s+now)?)\s+"
        rf"(?:\w+ly\s+)?(?:{false})\b"
        # "repeats the old claim that it was filmed in Budapest; in fact ..."
        rf"|[;,]\s+(?:but\s+)?(?:in\s+fact|actually|in\s+reality)\b)",
        re.I,
    )
    for match in claim_called_false.finditer(text):
        # "Early reports that X would play Anton proved incorrect", whatever the parse
        ranges.append(match.span("claim"))
    for match in _BARE_DENIAL.finditer(text):
        # "We said the film was shot in X. This is not the case.", "... It wasn't."
        span = doc.char_span(match.start("aux"), match.end("aux"), alignment_mode="expand")
        if (
            span is not None
            and (span[0].pos_ == "AUX" or span[0].lemma_ in ("be", "do", "have"))
            and _bare_denial(span[0])
        ):
            ranges.extend(_reported_before(sents, span[0]))
    # the claim a fact-check rates false ("CLAIM: ... / OUR RATING: FALSE")
    ranges.extend((r.label_start, r.start) for r in rulings(text) if r.false)
    lowered = text.casefold()
    if any(cue in lowered for cue in words["correcting_words"]):
        # a letter or a note that sets out to correct another text: the words it quotes
        # from it ('he says it was "shot on location in Brighton"') are that text's
        ranges.extend(m.span(1) for m in _QUOTED_FRAGMENT.finditer(text))
    return ranges


# a phrase quoted in lower case, not a sentence: 'the film was "directed by X"'
_QUOTED_FRAGMENT = re.compile(r"[\"“]([a-z][^\"“”\n.!?]{2,150})[\"”]")


_BARE_DENIAL = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=[.!?]\s\s))(?:it|this|that|he|she|they|i|we)\s*"
    r"(?P<aux>['’]s|is|are|was|were|did|does|do|has|have)(?:\s*n['’]t|\s+not)\b",
    re.I | re.M,
)
_ITS_NOT = re.compile(r"(?:^|(?<=[.!?;]\s))its[ \t]+not[ \t]*[.!;]", re.I | re.M)
# what a denial says a report is not: "This is not the case", "That isn't true"
_NOT_SO = frozenset({"case", "true", "correct", "accurate", "right", "so"})


def _bare_denial(aux: Token) -> bool:
    """Whether an auxiliary opens a sentence that only says the last one's report is not
    so: "It wasn't.", "This is not the case.", "That's not true." """
    children = list(aux.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lower_ not in ("it", "this", "that", "he", "she", "they", "i", "we")
        or not (subject.i == aux.sent.start or aux.doc[subject.i - 1].text == ";")
        or not any(c.dep_ == "neg" for c in children)
    ):
        return False
    said = [c for c in children if c.dep_ in ("attr", "acomp", "dobj", "xcomp", "prep", "oprd")]
    return all(c.lemma_.casefold() in _NOT_SO for c in said)


def _end_char(token: Token) -> int:
    return token.idx + len(token.text)


# a fact-check's claim label: "Claim:", "Claim 2:", "The claim:"
_REPORT_VERBS = frozenset(
    {
        "say",
        "state",
        "report",
        "claim",
        "suggest",
        "write",
        "assert",
        "allege",
        "read",
        "hear",
        "think",
        "believe",
    }
)


_CONCESSIVE = re.compile(r"(?i)\b(?:although|though|whereas)\b")


@functools.cache
def _correction_line(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^[ \t\d:.—–-]*(?:{alternatives(labels)})[ \t]*:[^\n]*", re.I | re.M)


def _correction_lines(doc: Doc, lex: Lexicon) -> list[Span]:
    """The lines a correction label opens ("Correction: ...", "Update: ...")."""
    labels = tuple(lex.relations["disputed"]["correction_labels"])
    spans = (
        doc.char_span(*line.span(), alignment_mode="expand")
        for line in _correction_line(labels).finditer(doc_text(doc))
    )
    return [span for span in spans if span is not None]


def _corrections(lines: Sequence[Span]) -> list[tuple[int, int]]:
    """Character ranges of what a correction says the text itself reported wrongly:
    "Correction: In our 19:19 post we said Iron Meridian was filmed in the Highlands"."""
    ranges = []
    for span in lines:
        for verb in span:
            if verb.lemma_.casefold() not in _REPORT_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children
            ):
                continue
            for clause in verb.children:
                if clause.dep_ == "ccomp":
                    ranges.extend(_asserted_part(clause))
    return ranges


def _denied_wins(ctx: _Context) -> None:
    """ "Update: Monsoon Letters did NOT win Best Original Screenplay": a correction that
    denies a win retracts it wherever the text reported it."""
    wins = set(ctx.lex.relations["win_verbs"])
    for span in ctx.correction_lines:
        for verb in span:
            if verb.lemma_.casefold() not in wins or not any(
                c.dep_ == "neg" for c in verb.children
            ):
                continue
            subject = _subject_of(verb)
            winner = ctx.ref_at(subject) if subject is not None else None
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                award = ctx.ref_at(obj)
                if winner is not None and award is not None and award.type is EntityType.AWARD:
                    ctx.retracted.add((winner, "awardReceived", award))


_CONTRAST = re.compile(r",[ \t]*(?:and[ \t]+)?not[ \t]+(?:in[ \t]+|by[ \t]+|on[ \t]+)?")


def _contrasts(ctx: _Context) -> None:
    """ "It was shot in Galicia, not Portugal", "directed by A, not B": what a statement's
    object is set against is not so, for that subject and predicate, wherever the text
    said it was."""
    doc = ctx.doc
    text = doc_text(doc)
    if ", not " not in text and ",not " not in text:
        return
    by_object: dict[int, list[Statement]] = {}
    for st in ctx.out.values():
        if isinstance(st.object, EntityRef):
            by_object.setdefault(st.end, []).append(st)
    for match in _CONTRAST.finditer(text):
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is None:
            continue
        other = ctx.ref_at(after[0])
        if other is None:
            continue
        for st in by_object.get(match.start(), ()):
            assert isinstance(st.object, EntityRef)
            if st.object.type is other.type and st.object != other:
                ctx.retracted.add((st.subject, st.predicate, other))


# a quoted line in a comment thread ("> > it was shot in Portugal"), then the reply's line
_QUOTED_LINE = re.compile(
    r"^[ \t]*(?P<depth>(?:>[ \t]*){2,})(?P<said>[^\n>][^\n]*)\n"
    r"[ \t]*(?P<reply>(?:>[ \t]*)?)(?P<answer>[^\n]*)",
    re.M,
)


# "it didn't win", "that isnt so": a clause that says the quoted claim is not so
_DENYING_CLAUSE = re.compile(
    r"(?:^|[,;.]\s*)(?:it|this|that|he|she|they)\s*(?:is|was|did|does|has|wo|were)"
    r"(?:\s*n['’]?t|\s+not)\b"
)


def _rebutted_quotes(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges of what a reply quotes only to rebut it: "> > it was shot in
    Portugal" followed by "> no, it was shot in Galicia". The quote repeats a claim the
    reply then denies, so what it says is retracted wherever the thread said it."""
    text = doc_text(doc)
    if "> " not in text and ">>" not in text:
        return []
    openers = tuple(lex.relations["disputed"]["rebuttal_openers"])
    ranges = []
    for match in _QUOTED_LINE.finditer(text):
        answer = match.group("answer").strip().casefold()
        if answer.startswith(openers) or _DENYING_CLAUSE.search(answer):
            said = match.group("said").strip()
            # the quote, and the comment it quotes, wherever the thread has it
            start = text.find(said)
            while start >= 0 and len(said) >= 8:
                ranges.append((start, start + len(said)))
                start = text.find(said, start + 1)
    return ranges


# a thread comment's header: its author's handle, with its points or its age
_COMMENT_HEADER = re.compile(r"(?:^|\s)(?:u/|@)[\w.-]+|^[-—=_*#]{3,}$")


def _doubted_reports(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges of what a report a thread asks about said: "Wikipedia says it's
    based on Mooney's novel The Pulp Year. Is that right?", answered "Ha, no, that's
    wrong": a claim put up for checking, and denied in the reply."""
    text = doc_text(doc)
    if "?" not in text:
        return []
    openers = tuple(lex.relations["disputed"]["rebuttal_openers"])
    sents = list(doc.sents)
    ranges: list[tuple[int, int]] = []
    for k, sent in enumerate(sents[:-1]):
        if not text[sents[k + 1].start_char : sents[k + 1].end_char].rstrip().endswith("?"):
            continue
        clauses = [
            c
            for verb in sent
            if verb.lemma_.casefold() in _REPORT_VERBS
            for c in verb.children
            if c.dep_ == "ccomp"
        ]
        if not clauses:
            continue
        reply = text.find("\n\n", sents[k + 1].start_char)
        lines = [ln.strip(" \t>") for ln in text[reply:].split("\n")] if reply >= 0 else []
        # past the reply's header ("▲ 2.1k  u/WynneAbernathyCole") to what it says
        answer = next((ln for ln in lines if ln and not _COMMENT_HEADER.search(ln)), "").casefold()
        # the reply may open with a laugh or an interjection before its "no"
        answer = re.sub(r"^(?:ha+|haha+|lol|oh|well|hmm+|so)[,!.]?\s+", "", answer)
        if answer.startswith(openers):
            for clause in clauses:
                ranges.extend(_asserted_part(clause))
    return ranges


def _conceded_reports(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of what a report the sentence concedes said: "Although early
    reports stated that the production would shoot in X, no filming took place there"
    (the sentence grants that it was said, not that it was so)."""
    ranges = []
    for mark in words_in(doc, _CONCESSIVE):
        verb = mark.head
        if mark.dep_ == "mark" and verb.lemma_.casefold() in _REPORT_VERBS:
            for clause in verb.children:
                if clause.dep_ == "ccomp":
                    ranges.extend(_asserted_part(clause))
    return ranges


def _asserted_part(clause: Token) -> list[tuple[int, int]]:
    """The character ranges of what a clause asserts, without the asides it carries:
    "production on X, the thriller directed by Y, had been shut down" denies the shutdown,
    not who directed X."""
    lo, hi = clause.left_edge.idx, _end_char(clause.right_edge)
    asides = sorted(
        (t.left_edge.idx, _end_char(t.right_edge))
        for t in clause.subtree
        if (
            t.dep_ in ("appos", "acl", "relcl")
            # "Lou insists that because it's set in Cornwall it must have been shot there":
            # the premise a claim gives is no part of what is disputed
            or (
                t.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in ("because", "since") for c in t.children)
            )
        )
        and t is not clause
        # ("set in Boston, Massachusetts": the place's own state, no aside)
        and not (t.dep_ == "appos" and t.ent_type_ in ("GPE", "LOC"))
    )
    ranges = []
    for start, end in asides:
        if start > lo:
            ranges.append((lo, start))
        lo = max(lo, end)
    if lo < hi:
        ranges.append((lo, hi))
    return ranges


def _reported_before(sents: list[Span], token: Token) -> list[tuple[int, int]]:
    """What the sentence before `token`'s reported someone as saying ("A gossip site claimed
    that the film cost $150 million. The studio denied it.")."""
    if not sents:
        sents.extend(token.doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    sent = sents[here]
    # "Some reviewers have suggested that she appears in it; she does not.": a report
    # earlier in the denial's own sentence, else in the sentence before
    disputed = load_lexicon().relations["disputed"]
    claim_nouns = frozenset(disputed["claim_nouns"])
    naming = frozenset(disputed["naming_verbs"])
    words = [w for w in sent if w.i < token.i and w.lemma_.casefold() in _REPORT_VERBS]
    if not words and here > 0:
        words = list(sents[here - 1])
    ranges: list[tuple[int, int]] = []
    for word in words:
        if word.lemma_.casefold() in _REPORT_VERBS:
            for child in word.children:
                if child.dep_ == "ccomp":
                    ranges.extend(_asserted_part(child))
        elif word.lemma_.casefold() in naming and word.pos_ == "VERB":
            # "Some early festival listings named Quinlan as co-director. She isn't.": who
            # names whom, and what as
            given = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "as"]
            if given:
                ranges.append((word.sent.start_char, _end_char(given[-1].right_edge)))
        elif word.lemma_.casefold() in claim_nouns and word.pos_ == "NOUN":
            # "he repeats the old story that Miss Caddick married her director. She did
            # not": the story's clause
            for child in word.children:
                if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ == "that":
                    ranges.append((child.left_edge.idx, _end_char(child.right_edge)))
    return ranges


def _award_lists(ctx: _Context) -> None:
    """Awards listed line by line, as results pages print them: "Best Director: Ann Vale,
    Blue Coast (winner); Tom Hale, Red Pier" or "Best Picture: Blue Coast (winner); also
    nominated: Red Pier, Grey Sea". A "(winner)" item received the award; every item was
    nominated. The ceremony is the last one named before the line."""
    doc = ctx.doc
    words = ctx.lex.opening
    ceremony: EntityRef | None = None
    # a page that marks its winners with "(winner)" lists nominees, whatever its heading says
    marked = "(winner)" in doc_text(doc).casefold()
    i = 0
    while i < len(doc):
        ref = ctx.ref_at(doc[i])
        if ref is not None and ref.type is EntityType.CEREMONY:
            ceremony = ref
        line_start = i == 0 or "\n" in doc[i - 1].text_with_ws
        if ref is None or ref.type is not EntityType.AWARD or not line_start:
            i += 1
            continue
        k = i
        while k < len(doc) and ctx.owner[k] == ctx.owner[i]:
            k += 1
        if k + 2 < len(doc) and doc[k].text in ("–", "—", "-"):
            # "Silver Lion – Grand Jury Prize: Eight Winds": a prize and its other name
            colon = next((j for j in range(k + 1, min(len(doc), k + 7)) if doc[j].text == ":"), 0)
            if colon and all(t.is_title or t.is_upper for t in doc[k + 1 : colon]):
                ref = EntityRef(EntityType.AWARD, normalise_name(doc[i:colon].text))
                k = colon
        if k >= len(doc) or doc[k].text != ":":
            i = k
            continue
        end = k + 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        category = ref.name.casefold()
        person_award = any(w in category.split() for w in words["person_category_words"])
        quals: tuple[tuple[str, Value], ...] = (("ceremony", ceremony),) if ceremony else ()
        won = (
            _results_list(doc_text(doc), doc[i].idx)
            and not any(t.text == ";" for t in doc[k + 1 : end])
            and not marked
        )
        item: list[Token] = []
        for token in [*doc[k + 1 : end], None]:
            if token is not None and token.text != ";":
                item.append(token)
                continue
            _award_list_item(ctx, item, ref, person_award, quals, won)
            item = []
        i = end


def _nominee_lists(ctx: _Context) -> None:
    """The nominees listed under a category heading ("BEST DIRECTOR" / "Nominees:" / "- Ann
    Vale, Blue Coast"): each is nominated, a person for the work named with them; one the
    list marks "(winner)" received the award. The ceremony is the last one named before."""
    doc = ctx.doc
    for nomination in announcements.nominee_lists(doc_text(doc), ctx.lex):
        category = doc.char_span(*nomination.category[1:], alignment_mode="expand")
        nominee = doc.char_span(*nomination.nominee[1:], alignment_mode="expand")
        if category is None or nominee is None:
            continue
        award = ctx.ref_at(category[0])
        if award is None or award.type is not EntityType.AWARD:
            award = EntityRef(EntityType.AWARD, nomination.category[0])
        if award.name.isupper():
            award = EntityRef(EntityType.AWARD, title_case(award.name, ctx.lex))
        ceremony = next(
            (
                ref
                for token in reversed(doc[: category.start])
                if (ref := ctx.ref_at(token)) is not None and ref.type is EntityType.CEREMONY
            ),
            None,
        )
        quals: tuple[tuple[str, Value], ...] = (("ceremony", ceremony),) if ceremony else ()
        who = _listed_ref(ctx, nominee, nomination.kind, nomination.nominee[0])
        if nomination.work is not None:
            work = doc.char_span(*nomination.work[1:], alignment_mode="expand")
            if work is not None:
                film = _listed_ref(ctx, work, EntityType.FILM, nomination.work[0])
                quals += (("forWork", film),)
                part = (
                    doc.char_span(*nomination.part[1:], alignment_mode="expand")
                    if nomination.part is not None
                    else None
                )
                if part is not None and who.type is EntityType.PERSON:
                    # "Anouk Sarr, Saltwater Hymn (as Adja)": her part in the film
                    character = _listed_ref(ctx, part, EntityType.CHARACTER, part.text)
                    anchor = (nominee[0], part[0])
                    ctx.emit(film, "castMember", who, anchor, "cast:nominee-part")
                    ctx.emit(film, "character", character, anchor, "character:nominee-part")
                    ctx.emit(
                        character,
                        "portrayedBy",
                        who,
                        anchor,
                        "portrayal:nominee-part",
                        (("inFilm", film),),
                    )
        ctx.emit(who, "nominatedFor", award, (nominee[0],), "award:nominee-list", quals)
        if nomination.won:
            ctx.emit(who, "awardReceived", award, (nominee[0],), "award:nominee-list", quals)


# an encyclopedia page's footer of categories: "Categories: 2021 films | Norwegian drama films"
_CATEGORIES_LINE = re.compile(r"^[ \t]*Categor(?:y|ies)[ \t]*:[ \t]*(?P<items>[^\n]+)$", re.M)
_CATEGORY_ITEM = re.compile(
    r"^(?:(?P<year>(?:18|19|20)\d\d) )?(?P<kind>[\w' -]*?) ?films$"
    r"|^[Ff]ilms (?P<how>set|shot|directed by) (?:in )?(?P<what>[^|]+)$"
)


def _page_categories(ctx: _Context) -> None:
    """An encyclopedia page's categories ("2021 films | Norwegian drama films | Films set in
    Russia | Films shot in Norway"): the page's film's year, countries, genres and places."""
    doc = ctx.doc
    lex = ctx.lex
    text = doc_text(doc)
    for line in _CATEGORIES_LINE.finditer(text):
        if re.search(r"(?i)(?:^|\|)\s*lists? of\b", line.group("items")):
            # "Lists of films by setting": a list's page, about no one film
            continue
        film = ctx.heading_film
        if film is None:
            span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
            film = ctx.salient_film(span.start) if span is not None else None
        if film is None or film.type is not EntityType.FILM:
            continue
        at = line.start("items")
        for raw in line.group("items").split("|"):
            lo = at + len(raw) - len(raw.lstrip())
            at += len(raw) + 1
            item = _CATEGORY_ITEM.match(raw.strip())
            span = doc.char_span(lo, lo + len(raw.strip()), alignment_mode="expand")
            if item is None or span is None:
                continue
            anchor = tuple(span)
            if item.group("how"):
                what = item.group("what").strip()
                predicate = {
                    "set": "narrativeLocation",
                    "shot": "filmingLocation",
                    "directed by": "director",
                }[item.group("how")]
                kind = EntityType.PERSON if predicate == "director" else EntityType.PLACE
                name = (lex.country(what) or what) if kind is EntityType.PLACE else what
                ctx.emit(film, predicate, EntityRef(kind, name), anchor, "page:category")
                continue
            if item.group("year"):
                ctx.emit(
                    film, "publicationDate", Year(int(item.group("year"))), anchor, "page:category"
                )
            words = item.group("kind").split()
            while words:
                country = lex.country(words[0])
                if country is None:
                    break
                ctx.emit(
                    film,
                    "countryOfOrigin",
                    EntityRef(EntityType.PLACE, country),
                    anchor,
                    "page:category",
                )
                words = words[1:]
            genre = lex.genres.get(" ".join(words).casefold()) if words else None
            if genre is not None:
                ctx.emit(film, "genre", EntityRef(EntityType.GENRE, genre), anchor, "page:category")


def _accolade_rows(ctx: _Context) -> None:
    """An accolades table's rows ("Academy Awards | 27 March 2022 | Best International
    Feature Film | Norway | Nominated"): the film the text is about, or the people a row
    names, won or were nominated for the category at the ceremony the row names."""
    doc = ctx.doc
    lex = ctx.lex
    vocab = lex.relations["accolade_columns"]
    film_words = set(lex.opening["film_category_words"])
    for row in credits.accolade_rows(doc_text(doc), lex):
        result, category, recipient = row.get("result"), row.get("category"), row.get("recipient")
        if result is None or category is None:
            continue
        outcome = result[0].casefold().split()[0] if result[0].strip() else ""
        won = outcome in vocab["won"]
        if not won and outcome not in vocab["nominated"]:
            continue
        span = doc.char_span(category[1], category[2], alignment_mode="expand")
        if span is None:
            continue
        film = ctx.heading_film or ctx.salient_film(span.start)
        if film is None or film.type is not EntityType.FILM:
            continue
        ceremony_cell = row.get("award")
        family = None
        if ceremony_cell is not None:
            cell = ceremony_cell[0].casefold()
            family = next(
                (f for key, f in lex.families.items() if cell in (key, f.ceremony.casefold())),
                None,
            )
        name = category[0]
        if family is not None and name.split()[0].casefold() in lex.category_words:
            award = EntityRef(EntityType.AWARD, f"{family.award} for {name}")
            quals: tuple[tuple[str, Value], ...] = ()
        else:
            award = EntityRef(EntityType.AWARD, name)
            quals = (
                (("ceremony", EntityRef(EntityType.CEREMONY, ceremony_cell[0])),)
                if ceremony_cell is not None
                else ()
            )
        words = set(name.casefold().split())
        roles = lex.relations["category_roles"]["words"]
        # ("Best Actress in a Motion Picture – Drama" is a player's, whatever film word it has)
        personal = any(w.strip("–-") in roles for w in words)
        people: list[EntityRef] = []
        if recipient is not None and (personal or not words & film_words):
            cell = _TABLE_FOOTNOTE.sub("", recipient[0])
            for part in re.split(r"\s*(?:,|&|\band\b)\s*", cell):
                if (
                    part
                    and part.casefold() != film.name.casefold()
                    and lex.country(part) is None
                    and personal_name(part, lex)
                ):
                    people.append(EntityRef(EntityType.PERSON, part))
        predicate = "awardReceived" if won else "nominatedFor"
        if people:
            for person in people:
                ctx.emit(
                    person,
                    predicate,
                    award,
                    tuple(span),
                    "award:table-row",
                    (*quals, ("forWork", film)),
                )
        else:
            ctx.emit(film, predicate, award, tuple(span), "award:table-row", quals)


def _listed_ref(ctx: _Context, span: Span, kind: EntityType, name: str) -> EntityRef:
    """The entity a list names at `span`, of the kind the list says it is."""
    found = ctx.ref_at(span[0])
    if found is not None and found.type is kind:
        return found
    return EntityRef(kind, normalise_name(name))


# the line a list of prizes is introduced with, when the list gives winners ("The jury
# announced its prizes on Sunday night:") and not nominees ("The nominations:")
_RESULTS_INTRO = re.compile(
    r"\b(?:prizes|winners|awarded|announced|results|honou?rs went|palmar[eè]s)\b", re.I
)
_NOMINEES_INTRO = re.compile(r"\b(?:nomin\w*|shortlist\w*|contenders|in competition)\b", re.I)


def _results_list(text: str, at: int) -> bool:
    """Whether the award line at character `at` belongs to a list of prizes a jury gave: the
    first line above the list (other than award lines and blank ones) says so."""
    end = text.rfind("\n", 0, at)
    intro = False
    for _ in range(12):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or re.match(r"[^:\n]{2,60}:[ \t]*\S", line):
            # a blank line, or another award line of the list
            continue
        if _NOMINEES_INTRO.search(line):
            return False
        if _RESULTS_INTRO.search(line):
            return True
        if intro or not line.endswith(":"):
            return False
        # "Mohebbi's jury ... spread the wealth:" under "THE PRIZES": the heading above
        # the sentence that introduces the list
        intro = True
    return False


def _award_line_item(ctx: _Context, i: int) -> bool:
    """Whether token `i` stands after the colon of a line an award opens ("Golden Lion:
    Ember Season (Chidi Okonkwo-Bello)")."""
    doc = ctx.doc
    k = i
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    award = ctx.ref_at(doc[k])
    if award is None or award.type is not EntityType.AWARD:
        return False
    return any(t.text == ":" for t in doc[k:i])


def _award_list_item(
    ctx: _Context,
    item: list[Token],
    award: EntityRef,
    person_award: bool,
    quals: tuple[tuple[str, Value], ...],
    results: bool = False,
) -> None:
    """One item of an award list: "Ann Vale, Blue Coast (winner)", "Tom Hale for Red Pier",
    "Blue Coast"; "also nominated:" before it is dropped. In a list of prizes a jury gave
    (`results`), the item won."""
    # (the item ends with its sentence: "... and Goran Petrović. Ortega thanked ...")
    ends = next((n for n, t in enumerate(item) if n and t.is_sent_start), len(item))
    item = item[:ends]
    text = " ".join(t.text for t in item)
    won = "(winner)" in text.replace("( ", "(").replace(" )", ")").casefold()
    colon = next((n for n, t in enumerate(item) if t.text == ":"), None)
    if colon is not None:
        item = item[colon + 1 :]
    parts: list[list[Token]] = [[]]
    depth = 0
    for token in item:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and (
            token.text in (",", "–", "—", "-")
            or token.lower_ == "for"
            # "Yara Haddad and Samir Khoury": two people
            or (token.lower_ in ("and", "&") and token.nbor(1).ent_type_ == "PERSON")
        ):
            parts.append([])
        elif depth == 0 and not token.is_space:
            parts[-1].append(token)
    # (not a clause after the name: "TIN SKY by X, which thus becomes the first film ...")
    names = [
        p
        for p in parts
        if len(p) <= 10
        and (first := next((t for t in p if not t.is_punct), None)) is not None
        and is_capitalised(first)
    ]
    if not names:
        return
    refs: list[tuple[Token, EntityRef]] = []
    for n, part in enumerate(names[:4]):
        found = ctx.ref_at(part[0])
        named_person = all(t.ent_type_ == "PERSON" for t in part)
        if found is not None and found.type is EntityType.FILM and not named_person:
            pass
        elif named_person or (found is not None and found.type is EntityType.PERSON):
            found = EntityRef(
                EntityType.PERSON,
                found.name if found is not None else normalise_name(" ".join(t.text for t in part)),
            )
        else:
            # unnamed by the tagger: a person first in a person's category, else a film
            others_named = any(
                all(t.ent_type_ == "PERSON" for t in other) for other in names if other is not part
            )
            kind = (
                EntityType.PERSON
                if person_award and n == 0 and len(names) > 1 and not others_named
                else EntityType.FILM
            )
            found = EntityRef(kind, normalise_name(" ".join(t.text for t in part)))
        refs.append((part[0], found))
    if not person_award:
        for token, ref in refs:
            close = ctx.mention_end(token.i)
            maker = _bracketed_name(ctx.doc, close)
            if ref.type is EntityType.FILM and maker is not None:
                # "Golden Lion: Ember Season (Chidi Okonkwo-Bello)": a film and its director
                person = EntityRef(EntityType.PERSON, normalise_name(maker.text))
                ctx.emit(ref, "director", person, (token, maker[0]), "citation:director")
    for token, ref in refs:
        if ref.type not in (EntityType.PERSON, EntityType.FILM):
            continue
        film = next((r for _, r in refs if r.type is EntityType.FILM and r != ref), None)
        extra = (("forWork", film),) if ref.type is EntityType.PERSON and film else ()
        if results:
            ctx.emit(ref, "awardReceived", award, (token,), "award:results-list", quals + extra)
            continue
        ctx.emit(ref, "nominatedFor", award, (token,), "award:listed", quals + extra)
        if won:
            ctx.emit(ref, "awardReceived", award, (token,), "award:listed-winner", quals + extra)


def _bracketed_name(doc: Doc, at: int) -> Span | None:
    """The name a bracket at token `at` holds alone: two to four capitalised words."""
    if at + 3 >= len(doc) or doc[at].text != "(":
        return None
    close = next((k for k in range(at + 1, min(len(doc), at + 7)) if doc[k].text == ")"), None)
    if close is None or not 2 <= close - at - 1 <= 5:
        return None
    words = doc[at + 1 : close]
    if not all(t.is_title or t.text in ("-", "‐") for t in words):
        return None
    return words if personal_name(words.text, load_lexicon()) else None


# a table cell's footnote marker: "Delphine Marchetti[d]", "Nominated[c]"
_TABLE_FOOTNOTE = re.compile(r"\[[a-z0-9]{1,3}\]")


def _weaker_countries(ctx: _Context) -> None:
    """Drop a country read only from where a film was released when the text gives the
    film's country another way ("a Brazilian drama ... released in the United States")."""
    strong = {
        st.subject
        for st in ctx.out.values()
        if st.predicate == "countryOfOrigin" and st.rule != "country:released-in"
    }
    for key, st in list(ctx.out.items()):
        if st.rule == "country:released-in" and st.subject in strong:
            del ctx.out[key]


# -- credits blocks ----------------------------------------------------------------------------


def _credit_lines(ctx: _Context) -> None:
    """ "Director: Lucía Otero", "Cast: Carmen Rial, Maite Aldekoa", "Spain | 2025 | 104 min":
    the credits a catalogue, press kit or review header prints for the film it has just
    named."""
    text = doc_text(ctx.doc)
    doc = ctx.doc
    rows = [
        (title[1], max(cell[2] for _, cell in row.cells), title[0])
        for row in credits.filmography_rows(text, ctx.lex)
        if (title := row.get("title")) is not None
    ]
    labelled = {text.rfind("\n", 0, c.start) + 1 for c in credits.credits(text, ctx.lex)}
    # a CV's credit rows ("2024 · Low Country · Ann Coyle · dir. Brendan Keane") and its
    # projects ("Northern Line · dir. Kaja Lindahl"): each credit is its own line's film's
    # (`_credit_rows`), none a heading's
    cv_lines = [m.span() for m in _LISTED_CREDIT.finditer(text)]
    for credit in credits.credits(text, ctx.lex):
        if any(lo <= credit.start < hi for lo, hi in cv_lines):
            continue
        # a review's credits box is its film's, whatever films its prose named before it;
        # a table row's notes ("Starring Amélia Rocha.") are its row's film's
        in_row = next((name for lo, hi, name in rows if lo <= credit.start < hi), None)
        film = (
            EntityRef(EntityType.FILM, normalise_name(in_row))
            if in_row is not None
            else ctx.heading_film
            or (ctx.dominant_film() if _under_section(ctx, credit.start, labelled) else None)
            or _film_before(ctx, credit.start)
        )
        if film is None:
            continue
        if credit.predicate == "basedOn" and _source_credit(ctx, film, credit.names[0][1]):
            continue
        if credit.predicate == "productionCompany":
            # "Production: (Poland-Estonia-Denmark) A Northlight Pictures production": the
            # countries a trade paper's box brackets before the companies
            bracket = _COUNTRY_BRACKET.search(text, credit.start, credit.names[0][1])
            parts = re.split(r"[ \t]*[-–/,][ \t]*", bracket.group(1)) if bracket else []
            places = [ctx.lex.country(part) for part in parts]
            if bracket is not None and places and all(places):
                where = doc.char_span(*bracket.span(1), alignment_mode="expand")
                for country in places:
                    if where is not None and country is not None:
                        place = EntityRef(EntityType.PLACE, country)
                        ctx.emit(film, "countryOfOrigin", place, where, "credits:label")
        for name, lo, hi in credit.names:
            who, _, company = name.partition(" for ")
            if credit.predicate in ("producer", "productionCompany") and who and company:
                # "Producer: Fabien Arnoux for Ciel Rouge Productions": the person, and the
                # company they produce for
                person = doc.char_span(lo, lo + len(who), alignment_mode="expand")
                house = doc.char_span(hi - len(company), hi, alignment_mode="expand")
                if person is not None and house is not None and personal_name(who, ctx.lex):
                    ref = EntityRef(EntityType.PERSON, normalise_name(who))
                    ctx.emit(film, "producer", ref, person, "credits:label")
                    org = EntityRef(EntityType.ORGANIZATION, normalise_name(company))
                    ctx.emit(film, "productionCompany", org, house, "credits:label")
                    continue
            obj = _credit_object(ctx, credit.predicate, name)
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if obj is None or span is None:
                continue
            predicate = credit.predicate
            if (
                predicate == "producer"
                and isinstance(obj, EntityRef)
                and obj.type is EntityType.ORGANIZATION
            ):
                predicate = "productionCompany"
            ctx.emit(film, predicate, obj, span, "credits:label")
    _later_release_dates(ctx)
    for line in (*credits.cast_lists(text, ctx.lex), *credits.part_pairs(text, ctx.lex)):
        _cast_line(ctx, line)
    for row in credits.table_rows(text, ctx.lex):
        _table_row(ctx, row)
    for chart in credits.chart_rows(text, ctx.lex):
        _chart_row(ctx, chart)
    listed = _LIST_TITLE.match(text.lstrip())
    for entry in credits.filmography_rows(text, ctx.lex):
        film = _filmography_row(ctx, entry)
        if listed is not None and film is not None:
            # "List of films set in Velmora": each film the list's table names
            place = EntityRef(EntityType.PLACE, normalise_name(listed.group("place")))
            predicate = "narrativeLocation" if listed.group("how") == "set" else "filmingLocation"
            title = entry.get("title")
            span = doc.char_span(title[1], title[2], alignment_mode="expand") if title else None
            if span is not None:
                ctx.emit(film, predicate, place, span, "credits:list-title")
    credited = [
        (c.start, text.find("\n", c.start) % (len(text) + 1))
        for c in credits.credits(text, ctx.lex)
    ]
    for meta in credits.metadata(text, ctx.lex):
        if meta.bracket and any(lo <= meta.start < hi for lo, hi in credited):
            # "Distributed by ..... Titania (Italy, 1958)": a credit's own release, not the
            # film's countries and year
            continue
        film = _film_before(ctx, meta.start)
        if film is None:
            continue
        for country, lo, hi in meta.countries:
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is not None:
                place = EntityRef(EntityType.PLACE, country)
                ctx.emit(film, "countryOfOrigin", place, span, "credits:metadata")
        for genre, lo, hi in meta.genres:
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is not None:
                ctx.emit(
                    film, "genre", EntityRef(EntityType.GENRE, genre), span, "credits:metadata"
                )
        if meta.year is not None:
            year, lo, hi = meta.year
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is not None:
                ctx.emit(film, "publicationDate", Year(year), span, "credits:metadata")


def _table_row(ctx: _Context, row: credits.TableRow) -> None:
    """ "Wk 2 | The Ninth Bridge (1974) | Amara Oyelaran-Reeve | Nigeria / UK": the film's
    year, director and countries."""
    doc = ctx.doc
    name, lo, hi = row.title
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return
    film = _film_named(ctx, span, name)
    year, lo, hi = row.year
    if (at := doc.char_span(lo, hi, alignment_mode="expand")) is not None:
        ctx.emit(film, "publicationDate", Year(year), at, "credits:table-row")
    if row.maker is not None:
        maker, lo, hi = row.maker
        if (at := doc.char_span(lo, hi, alignment_mode="expand")) is not None:
            person = EntityRef(EntityType.PERSON, normalise_name(maker))
            ctx.emit(film, "director", person, at, "credits:table-row")
    for country, lo, hi in row.countries:
        if (at := doc.char_span(lo, hi, alignment_mode="expand")) is not None:
            place = EntityRef(EntityType.PLACE, country)
            ctx.emit(film, "countryOfOrigin", place, at, "credits:table-row")


def _chart_row(ctx: _Context, row: credits.ChartRow) -> None:
    """ "3. The Bramble Kids (Oriel/Northlight) -- $9.1M; 3,105 theaters": the film and the
    companies a box-office chart brackets after it, its distributors."""
    doc = ctx.doc
    name, lo, hi = row.title
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return
    film = _film_named(ctx, span, name)
    for company, lo, hi in row.companies:
        at = doc.char_span(lo, hi, alignment_mode="expand")
        if at is not None:
            named = ctx.ref_at(at[0])
            org = (
                named
                if named is not None and named.type is EntityType.ORGANIZATION
                else EntityRef(EntityType.ORGANIZATION, normalise_name(company))
            )
            ctx.emit(film, "distributor", org, (span[0], at[-1]), "chart:distributor")
            for key, made in list(ctx.out.items()):
                if (
                    made.rule == "possessive:organization-film"
                    and made.subject == film
                    and isinstance(made.object, EntityRef)
                    and (made.object.name + " ").startswith(org.name + " ")
                ):
                    # "Meridian Pictures' maritime thriller": the company the chart says
                    # released it, not one that made it
                    del ctx.out[key]


def _team_roles(ctx: _Context, bracket: Token) -> list[str] | None:
    """The film roles a bracket after a name holds, each a role noun ("(Writer/Director)",
    "(Director of Photography)"), else None."""
    doc = ctx.doc
    shut = next((t.i for t in doc[bracket.i + 1 : bracket.i + 8] if t.text == ")"), None)
    if shut is None or shut == bracket.i + 1:
        return None
    return credits.job_roles(doc[bracket.i + 1 : shut].text, ctx.lex)


def _team_credits(ctx: _Context) -> None:
    """'Priya Chandrasekar (Writer/Director) grew up in Leicester', 'Tom Ashdown
    (Producer) runs ...': a campaign's or a press kit's team, each opening a paragraph with
    a name and their jobs on the film the page is about."""
    film = ctx.heading_film
    if film is None:
        return
    doc = ctx.doc
    for match in _TEAM_LINE.finditer(doc_text(doc)):
        name = doc.char_span(*match.span("name"), alignment_mode="contract")
        bracket = doc.char_span(match.start("open"), match.end("open"), alignment_mode="expand")
        if name is None or bracket is None or not len(name):
            continue
        roles = _team_roles(ctx, bracket[0])
        person = ctx.agent_of(name[-1], (EntityType.PERSON,)) or EntityRef(
            EntityType.PERSON, normalise_name(name.text)
        )
        if roles is None or person.type is not EntityType.PERSON:
            continue
        for role in roles:
            if role in FILM_FACTS and role != "castMember":
                ctx.emit(film, role, person, (name[0], bracket[0]), "credits:team")


# a team member opening a paragraph: "Tom Ashdown (Producer) runs Crooked Chimney Films"
_TEAM_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*(?P<open>\()", re.M
)


# an encyclopedia's list article: "List of films set in Velmora", "List of films shot in X"
_LIST_TITLE = re.compile(
    r"List of (?:[\w-]+ )?(?:films|movies|pictures|features)\b[^\n]*?\b(?P<how>set|shot|filmed)"
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][^\n(]{1,60}?)[ \t]*(?:\(|\n|$)"
)


# a biography's filmography as a list: "• The Lantern Fishers (1996) – also writer"
_FILMOGRAPHY_HEADING = re.compile(
    r"^[ \t]*(?:selected[ \t]+)?filmography[ \t]*:?[ \t]*$", re.M | re.I
)
_FILMOGRAPHY_ITEM = re.compile(
    r"^[ \t]*[-•*–][ \t]+(?P<title>[A-Z0-9][^()\n]{0,80}?)[ \t]*\((?P<year>(?:18|19|20)\d\d)\)"
    r"(?:[ \t]*[–—:-][ \t]*(?P<notes>[^\n]*))?[ \t]*$",
    re.M,
)
# what a biography's opening says its subject is: "is a Chilean film director and screenwriter"
_SUBJECT_ROLES = re.compile(
    r"\b(?:is|was)\s+an?\s+[^.\n]{0,60}?\b(?P<role>director|filmmaker|actor|actress)\b"
)


def _filmography_list(ctx: _Context) -> None:
    """A biography's "Filmography" heading over "• Title (Year) – notes" lines: each film's
    year, and the subject's part in it, as the opening calls them a director or an actor
    ("also writer" in the notes makes them its screenwriter too)."""
    text = doc_text(ctx.doc)
    heading = _FILMOGRAPHY_HEADING.search(text)
    person = ctx.topic_person[0] if ctx.topic_person is not None else None
    if heading is None or person is None:
        return
    opening = _SUBJECT_ROLES.search(text, 0, min(len(text), 600))
    role = None
    if opening is not None:
        role = "director" if opening.group("role") in ("director", "filmmaker") else "castMember"
    doc = ctx.doc
    for item in _FILMOGRAPHY_ITEM.finditer(text, heading.end()):
        between = text[heading.end() : item.start()]
        if "\n\n" in between.strip("\n") and not _FILMOGRAPHY_ITEM.search(between):
            break
        title = doc.char_span(*item.span("title"), alignment_mode="contract")
        year = doc.char_span(*item.span("year"), alignment_mode="contract")
        if title is None or year is None or not len(title):
            continue
        film = _film_named(ctx, title)
        rule = "credits:filmography"
        ctx.emit(film, "publicationDate", Year(int(item.group("year"))), (title[0], year[0]), rule)
        if role is not None:
            ctx.emit(film, role, person, (title[0], year[0]), rule)
        notes = (item.group("notes") or "").casefold()
        if role == "director" and re.search(
            r"\b(?:also )?(?:writer|screenwriter)\b|\bco-written\b", notes
        ):
            ctx.emit(film, "screenwriter", person, (title[0], year[0]), rule)


_CELL_NOTES = re.compile(r"(?:[ \t]*(?:\*+|†+|\([a-z][^()]*\)))+$")


def _filmography_row(ctx: _Context, row: credits.FilmographyRow) -> EntityRef | None:
    """A filmography's row ("2010 | Harrow Street | DI Frank Doyle | ..."): the film's year,
    its director, and the part the person the text is about played in it; the film."""
    doc = ctx.doc
    title = row.get("title")
    if title is not None:
        # "Night Freight to Tarnów *", "Sleeper Car (matinee)": a schedule's markers and notes
        name = _CELL_NOTES.sub("", title[0])
        title = (name, title[1], title[1] + len(name))
    at = doc.char_span(title[1], title[2], alignment_mode="expand") if title else None
    if title is None or at is None or not title[0][:1].isalnum():
        return None
    film = _film_named(ctx, at, title[0])
    rule = "credits:filmography"
    year = row.get("year")
    span = doc.char_span(year[1], year[2], alignment_mode="expand") if year else None
    if year is not None and span is not None and _YEAR.fullmatch(year[0]):
        ctx.emit(film, "publicationDate", Year(int(year[0])), span, rule)
    director = row.get("director")
    for name in re.split(r"\s*(?:,|&|\band\b)\s*", director[0]) if director else ():
        # "Han Seo-yeon, Kenji Moriyama": each of a schedule's co-directors
        lo = director[1] + director[0].find(name) if director else 0
        span = doc.char_span(lo, lo + len(name), alignment_mode="expand")
        if span is not None and personal_name(name, ctx.lex):
            ctx.emit(film, "director", EntityRef(EntityType.PERSON, name), span, rule)
    countries = row.get("country")
    for name in re.split(r"\s*[/,]\s*", countries[0]) if countries else ():
        country = ctx.lex.country(name)
        lo = countries[1] + countries[0].find(name) if countries else 0
        span = doc.char_span(lo, lo + len(name), alignment_mode="expand")
        if country is not None and span is not None:
            place = EntityRef(EntityType.PLACE, country)
            ctx.emit(film, "countryOfOrigin", place, span, rule)
    role = row.get("role")
    person = ctx.topic_person[0] if ctx.topic_person is not None else None
    if role is None or person is None:
        return film
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    words = role[0].split()
    if span is None or not words or not role[0][:1].isupper() or len(words) > 5:
        return film
    ctx.emit(film, "castMember", person, span, rule)
    not_parts = ctx.lex.relations["filmography_columns"]["not_parts"]
    if role[0].casefold() not in not_parts:
        part = EntityRef(EntityType.CHARACTER, role[0])
        ctx.emit(film, "character", part, span, rule)
        ctx.emit(part, "portrayedBy", person, span, rule, (("inFilm", film),))
    return film


def _later_release_dates(ctx: _Context) -> None:
    """A credits block that gives a film's year and a later "Release date" (a disc's, a
    restoration's): the film was published in the earlier year, not again."""
    dated: dict[EntityRef, list[tuple[tuple[EntityRef, str, Value], int]]] = {}
    for key, st in ctx.out.items():
        if st.rule == "credits:label" and isinstance(st.object, (Year, Date)):
            year = st.object.value if isinstance(st.object, Year) else st.object.year
            dated.setdefault(st.subject, []).append((key, year))
    for found in dated.values():
        first = min(year for _, year in found)
        for key, year in found:
            if year > first:
                del ctx.out[key]


# a source's credit: 'the novel "Salt in the Lamp" (2004) by Sigrun Haldorsen', "Hollow
# Bells by Katarzyna Mwale"
_SOURCE_CREDIT = re.compile(
    r"(?:(?:the|a|an)[ \t]+)?(?:[a-z][a-z -]{2,20}?[ \t]+)?"
    r"(?:[\"“](?P<quoted>[^\"“”\n]{1,80})[\"”]|(?P<plain>[A-Z][^()\n.;]{0,80}?))"
    r"(?:[ \t]*\((?P<year>(?:1[5-9]|20)\d\d)\))?"
    r"(?:,?[ \t]+by[ \t]+(?P<author>[A-Z][^\n.,;()]{1,60}))?[ \t]*(?:[.;]|$)",
    re.MULTILINE,
)


def _source_credit(ctx: _Context, film: EntityRef, start: int) -> bool:
    """ "Based on: the novel "Salt in the Lamp" (2004) by Sigrun Haldorsen": the work, its
    year and its author. Whether the credit read so."""
    doc = ctx.doc
    match = _SOURCE_CREDIT.match(doc_text(doc), start)
    if match is None or not (match.group("quoted") or match.group("author")):
        return False
    group = "quoted" if match.group("quoted") else "plain"
    title = match.group(group).strip()
    span = doc.char_span(match.start(group), match.start(group) + len(title), "expand")
    if span is None:
        return False
    work = EntityRef(EntityType.WORK, normalise_name(title))
    ctx.emit(film, "basedOn", work, span, "credits:source")
    if match.group("year"):
        year = doc.char_span(match.start("year"), match.end("year"), alignment_mode="expand")
        if year is not None:
            ctx.emit(
                work, "publicationDate", Year(int(match.group("year"))), year, "credits:source"
            )
    author = match.group("author")
    if author:
        author = author.strip()
        who = doc.char_span(match.start("author"), match.start("author") + len(author), "expand")
        if who is not None and len(author.split()) <= 5:
            ref = EntityRef(EntityType.PERSON, normalise_name(author))
            ctx.emit(work, "author", ref, who, "credits:source")
    return True


def _cast_line(ctx: _Context, line: credits.CastLine) -> None:
    """ "Cast" then "- Ines Vold as Mara Lind": the text's film (its main one, else the one
    the list is printed under) casts the actor in the part."""
    doc = ctx.doc
    heading = doc.char_span(line.start, line.start + 1, alignment_mode="expand")
    film = ctx.salient_film(heading.start) if heading is not None else None
    actor_span = doc.char_span(line.actor[1], line.actor[2], alignment_mode="contract")
    if film is None or actor_span is None or not len(actor_span):
        return
    actor = ctx.ref_at(actor_span[0])
    if actor is None or actor.type is not EntityType.PERSON:
        name = line.actor[0]
        name = title_case(name, ctx.lex) if name.isupper() else name
        actor = EntityRef(EntityType.PERSON, normalise_name(name))
    ctx.emit(film, "castMember", actor, actor_span, "credits:cast-list")
    if line.character is None:
        return
    part_span = doc.char_span(line.character[1], line.character[2], alignment_mode="contract")
    if part_span is None or not len(part_span):
        return
    part = ctx.ref_at(part_span[0])
    if part is None or part.type is not EntityType.CHARACTER:
        part = EntityRef(EntityType.CHARACTER, normalise_name(line.character[0]))
    ctx.emit(film, "character", part, part_span, "credits:cast-list")
    ctx.emit(
        part,
        "portrayedBy",
        actor,
        (actor_span[0], part_span[-1]),
        "credits:cast-list",
        (("inFilm", film),),
    )


def _award_results(ctx: _Context) -> None:
    """ "Best Actress goes to Nadia Okonjo for Ferryman", "Best Director: Sofia Lindgren, The
    Quiet Hours", "Best Film: The Quiet Hours!": who or what won the category, and the work a
    person won it for (announcements.py)."""
    doc = ctx.doc
    results = announcements.announcements(doc_text(doc), ctx.lex)
    if not results:
        return
    # the ceremony a live blog or results page is about: the last one named before a result
    ceremonies = [
        (i, ctx.refs[k])
        for i, k in enumerate(ctx.owner)
        if k >= 0 and ctx.refs[k].type is EntityType.CEREMONY
    ]
    for result in results:
        category = doc.char_span(*result.category, alignment_mode="contract")
        winner_span = doc.char_span(*result.winner[1:], alignment_mode="contract")
        if category is None or winner_span is None or not len(winner_span):
            continue
        # the prize the category names, wherever in it a mention starts ("Horizons Special
        # Jury Prize", of which the vocabulary knows the last three words)
        award = next(
            (
                r
                for t in category
                if (r := ctx.ref_at(t)) is not None and r.type is EntityType.AWARD
            ),
            None,
        )
        winner = ctx.ref_at(winner_span[0])
        if award is None or winner is None:
            continue
        held = [ref for i, ref in ceremonies if i < category.start]
        at: tuple[tuple[str, Value], ...] = (("ceremony", held[-1]),) if held else ()
        if result.kind is EntityType.FILM:
            if winner.type in _FILMLIKE:
                span = (category[0], winner_span[-1])
                ctx.emit(winner, "awardReceived", award, span, _RESULT, at)
            continue
        if winner.type is not EntityType.PERSON:
            continue
        film = None
        if result.work is not None:
            work_span = doc.char_span(*result.work[1:], alignment_mode="contract")
            film = ctx.ref_at(work_span[0]) if work_span is not None and len(work_span) else None
            film = film if film is not None and film.type in _FILMLIKE else None
        quals = at + ((("forWork", film),) if film is not None else ())
        ctx.emit(winner, "awardReceived", award, (category[0], winner_span[-1]), _RESULT, quals)
        ctx.emit(film, "awardReceived", award, (category[0], winner_span[-1]), _RESULT, at)
        _award_nominees(ctx, result, award, at)
    _category_roles(ctx)


def _award_nominees(
    ctx: _Context,
    result: announcements.Announcement,
    award: EntityRef,
    at: tuple[tuple[str, Value], ...],
) -> None:
    """ "She beat Karl Weston (Iron Meridian) and Rahul Mehta": the others nominated in the
    category, for the work named with them."""
    doc = ctx.doc
    for (_, lo, hi), work in result.nominees:
        span = doc.char_span(lo, hi, alignment_mode="contract")
        nominee = ctx.ref_at(span[0]) if span is not None and len(span) else None
        if (
            nominee is None
            and span is not None
            and result.kind is EntityType.PERSON
            and personal_name(normalise_name(span.text), ctx.lex)
        ):
            # "Also nominated: ... and Goran Petrović", a name the tagger missed
            nominee = EntityRef(EntityType.PERSON, normalise_name(span.text))
        if span is None or nominee is None:
            continue
        film = None
        if work is not None and result.kind is EntityType.PERSON:
            work_span = doc.char_span(*work[1:], alignment_mode="contract")
            film = ctx.ref_at(work_span[0]) if work_span is not None and len(work_span) else None
        quals = at + ((("forWork", film),) if film is not None and film.type in _FILMLIKE else ())
        if (result.kind is EntityType.PERSON and nominee.type is EntityType.PERSON) or (
            result.kind is EntityType.FILM and nominee.type in _FILMLIKE
        ):
            ctx.emit(nominee, "nominatedFor", award, (span[0], span[-1]), _NOMINEE, quals)


_RESULT = "award:result"
_NOMINEE = "award:result-nominee"


def _shot_by_director(ctx: _Context) -> None:
    """ "Baker shot it on 35mm": a film's director who shot it is not, for that, its
    cinematographer."""
    directors = {
        (st.subject, st.object.name.split()[-1])
        for st in ctx.out.values()
        if st.predicate == "director" and isinstance(st.object, EntityRef)
    }
    for key, st in list(ctx.out.items()):
        if (
            st.rule == "role-verb:shot"
            and isinstance(st.object, EntityRef)
            and (st.subject, st.object.name.split()[-1]) in directors
        ):
            del ctx.out[key]


# what a line says before naming a film's source: "Screenplay: X, based on the novella Y"
_SOURCE_BEFORE = re.compile(r"\b(?:based\s+(?:up)?on|adapted\s+from|inspired\s+by|after)\b")


# a line of a credits box this vocabulary has no label for: "UK distribution ..... X"
_LEADER_LINE = re.compile(r"\w[ \t]*(?:\.{3,}|…)[ \t]*\w")


def _under_section(ctx: _Context, char: int, credited: Collection[int]) -> bool:
    """Whether the credit lines around character `char` stand under a section's heading
    ("ORIGINAL CREDITS (1947)", "CREDITS") rather than a title: a block of the page's own
    film, not of the film its prose named last. `credited` holds where the text's credit
    lines start."""
    text = doc_text(ctx.doc)
    end = text.rfind("\n", 0, char)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and start not in credited and not _LEADER_LINE.search(line):
            return ctx.lex.section_heading(line)
        end = start - 1
    return False


def _film_before(ctx: _Context, char: int) -> EntityRef | None:
    """The film named last before character `char`, not a work a line names as a film's
    source ("Screenplay: X, based on the novella The Winter Trees by Y")."""
    found = None
    text = doc_text(ctx.doc)
    for pos, ref in ctx.film_positions:
        at = ctx.doc[pos].idx
        if at >= char:
            break
        if _SOURCE_BEFORE.search(text, text.rfind("\n", 0, at) + 1, at):
            continue
        found = ref
    return found


_COUNTRY_BRACKET = re.compile(r"\(([A-Z][^()\n]{2,80})\)")
# the words a trade paper's box wraps a company's name in
_COMPANY_WRAPPER = re.compile(
    r"^(?:(?:an?|the)[ \t]+(?=.+[ \t](?:production|presentation)$)"
    r"|in[ \t]+(?:co-?production|association|collaboration)[ \t]+with[ \t]+(?:the[ \t]+)?)"
    r"|[ \t]+(?:production|presentation)$",
    re.IGNORECASE,
)


def _credit_object(ctx: _Context, predicate: str, name: str) -> Value | None:
    """What a credit's name stands for, given the property its label fills."""
    lex = ctx.lex
    words = name.split()
    if predicate == "countryOfOrigin":
        country = lex.country(name)
        return EntityRef(EntityType.PLACE, country) if country else None
    if predicate == "publicationDate":
        return parse_date(name)
    if predicate == "genre":
        label = lex.genres.get(name.casefold())
        return EntityRef(EntityType.GENRE, label) if label else None
    if credits.NAME_KINDS.get(predicate) is not EntityType.PERSON:
        # "A Northlight Pictures production", "in co-production with Kalev Film"
        name = _COMPANY_WRAPPER.sub("", name).strip()
        words = name.split()
    if not name[:1].isupper() or not 1 <= len(words) <= 6:
        return None
    if credits.NAME_KINDS.get(predicate) is EntityType.PERSON:
        if words[-1] in lex.org_suffixes:
            return EntityRef(EntityType.ORGANIZATION, normalise_name(name))
        return EntityRef(EntityType.PERSON, normalise_name(name)) if len(words) <= 5 else None
    if predicate == "basedOn":
        return EntityRef(EntityType.WORK, normalise_name(name))
    if predicate == "filmingLocation":
        return EntityRef(EntityType.PLACE, normalise_name(name))
    return EntityRef(EntityType.ORGANIZATION, normalise_name(name))
