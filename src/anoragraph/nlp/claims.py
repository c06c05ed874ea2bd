"""Attribution and stance -> claims: who says what about whom.

Who speaks in a sentence, from the most specific cue to the least:

1. a reporting verb whose subject names someone ("Hale argues that ...", "“...,” she said",
   "said Kim, a producer"): the claim is the verb's clausal or direct object. Reporting verbs
   inside that object nest ("the critic reports that Hale argues ..." -> Hale, reported by the
   critic);
2. "according to X", or an opening "To X, ...";
3. a block introduced by "As X puts it:" or "X comments:" (the lines after the colon, while
   they go on in the first person), and the rest of a quotation whose speaker is named;
4. a comment thread's "Name said..." header (every paragraph up to the next header) or a line
   opened by a web source ("example.com: ...");
5. a fact-check's quoted claim ("CLAIM: ..." above "OUR RATING: FALSE"): a source the text
   does not name (`unattributed`), which the author reports and rules on (the claim's
   `verdict`, from nlp/factcheck.py);
6. otherwise the document's author (claimant None).

Names come from the mentions; "the author" / "the reviewer" is the person an apposition names
("the author, Jane Roe"), else the document's author; "he"/"she" is the person named last in
the sentences just before. Words and phrases for all of this are data in
ontology/vocab/reporting-verbs.json. A sentence becomes a claim when someone is reported, when
it carries extracted statements (a factual claim asserting them), or when it evaluates
something (stance from nlp/stance.py).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..errors import OntologyError
from ..records import (
    Aspect,
    Claim,
    ClaimKind,
    Document,
    EntityRef,
    EntityType,
    Mention,
    Rating,
    Stance,
    Statement,
    Verdict,
)
from ..resources import ontology_file
from . import stance as stance_rules
from .factcheck import rulings
from .lexicon import load_lexicon
from .spans import alternatives, doc_text, sentence_index

_SPEAKER_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})
_NER_SPEAKERS = {"PERSON": EntityType.PERSON, "ORG": EntityType.ORGANIZATION}
_COMPLEMENT_DEPS = frozenset({"ccomp", "dobj", "oprd", "attr", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}
_DOMAIN_LINE = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*:\s+\S", re.I
)
_LABEL = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+"
    r"(?P<rest>\S[^\n]*)$",
    re.M,
)
# a forum header: a handle ("u/velvetmarmot_88", "@reelgrump") with points and a time
_HANDLE_LINE = re.compile(
    r"^[^\S\n]*[^\n\w@]{0,3}[^\n]{0,24}?(?<![\w/])(?:u/|@)(?P<name>[A-Za-z0-9_][\w.-]{1,40})"
    r"[^\n]{0,30}$",
    re.M,
)
# a forum header's age or time: "13h", "2 days ago", "09:14", "12 March 2024"
_FORUM_STAMP = re.compile(
    r"\b\d+\s*(?:s|m|h|d|w|mo|y|min|mins|hr|hrs|hours?|days?|weeks?|months?|years?)\b"
    r"|\bago\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b|\byesterday\b|\btoday\b",
    re.I,
)
# what a comment header's stamp holds: a time, a date, "2 days ago"
_TIMESTAMP = re.compile(r"\d|\b(?:ago|yesterday|today|am|pm|edited)\b", re.I)
_BLOCK_SENTENCES = 3  # "he"/"she" looks this many sentences back for a person
# nouns that name a work by another: "her follow-up to X", "the sequel to X"
_BACKGROUND_NOUNS = frozenset(
    {"follow-up", "followup", "sequel", "prequel", "successor", "remake", "companion", "heir"}
)


@dataclass(frozen=True)
class Cues:
    """Attribution vocabulary from ontology/vocab/reporting-verbs.json."""

    verbs: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    opinion_verbs: frozenset[str]
    as_clause: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    author_nouns: frozenset[str]
    header: re.Pattern[str]
    stamped_header: re.Pattern[str]
    label_words: frozenset[str]
    clause_only_verbs: frozenset[str]
    byline: re.Pattern[str]
    signature: re.Pattern[str]
    first_person: frozenset[str]
    generic_subjects: frozenset[str]
    film_nouns: frozenset[str]


@cache
def load_cues() -> Cues:
    path = ontology_file("vocab", "reporting-verbs.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        name = r"(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4})"
        return Cues(
            verbs=frozenset(data["verbs"]),
            phrasal=frozenset((v, p) for v, p in data["phrasal"]),
            opinion_verbs=frozenset(data["opinion_verbs"]),
            as_clause=frozenset(data["as_clause"]),
            according_to=tuple(tuple(p) for p in data["according_to"]),
            author_nouns=frozenset(data["author_nouns"]),
            header=re.compile(
                rf"^[ \t]*{name}[ \t]+(?:{alternatives(data['comment_header_verbs'])})"
                r"[ \t]*(?:\.\.\.|…|:)[ \t]*$",
                re.M,
            ),
            stamped_header=re.compile(
                rf"^[ \t]*@?{name}[ \t]*(?:[—–|·•]|--?)[ \t]*(?P<stamp>[^\n]{{1,40}}?)[ \t]*$",
                re.M,
            ),
            # words that label content, and the verdicts, corrections and credits the
            # extractor reads as labels too ("OUR RATING: FALSE", "Title: ...")
            label_words=frozenset(w.casefold() for w in data["label_words"])
            | load_lexicon().content_labels,
            clause_only_verbs=frozenset(data["clause_only_verbs"]),
            # "By Jane Roe", "By Jane Roe, The Meridian Review", "By Jane Roe for Outlet"
            byline=re.compile(
                rf"^[ \t]*(?:{alternatives(data['byline_prefixes'])})[ \t]+{name}"
                r"[ \t]*(?:(?:,|\||—|–|\bfor\b)[^\n]*)?$",
                re.I | re.M,
            ),
            signature=re.compile(
                rf"^[ \t]*(?:{alternatives(data['signature_prefixes'])})[ \t]*{name}[ \t]*$",
                re.I | re.M,
            ),
            first_person=frozenset(w.replace("’", "'") for w in data["first_person"]),
            generic_subjects=frozenset(data["generic_subjects"]),
            film_nouns=frozenset(data["film_nouns"]),
        )
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise OntologyError(f"cannot read the attribution cues {path}: {exc}") from None


def _looks_like_name(name: str) -> bool:
    """A one-word handle, or several words each capitalised ("Jo Ann Lee", not "The author")."""
    words = name.split()
    if len(words) == 1:
        return True
    return len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# --- authors and regions ------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    """A stretch of the text [start, end) spoken by one claimant (a commenter, a source)."""

    start: int
    end: int
    speaker: EntityRef
    rule: str
    header: tuple[int, int]  # the header line itself, which is no claim


def comment_regions(text: str, cues: Cues | None = None) -> list[Region]:
    """Lines that name who speaks next, each opening a region that runs up to the next one:
    a comment's "Name said..." header or its "handle — 12 March 2024, 09:14" header, and an
    interview's "Name: ..." speaker labels."""
    cues = cues or load_cues()
    # (header start, header end, speaker, rule)
    heads: list[tuple[int, int, str, str]] = [
        (m.start(), m.end(), m.group("name"), "claim:comment-header")
        for m in cues.header.finditer(text)
        if _looks_like_name(m.group("name"))
    ]
    heads += [
        (m.start(), m.end(), m.group("name"), "claim:comment-header")
        for m in cues.stamped_header.finditer(text)
        if _looks_like_name(m.group("name"))
        and _TIMESTAMP.search(m.group("stamp"))
        # "Drama · Romance | PG-13 | 1h 58m": a listing's genres and running time
        and m.group("name").casefold() not in load_lexicon().genres
    ]
    heads += [
        (m.start(), m.end(), m.group("name"), "claim:comment-header")
        for m in _HANDLE_LINE.finditer(text)
        if _FORUM_STAMP.search(m.group(0).replace(m.group("name"), ""))
        and len(m.group(0).split()) <= 8
        # "@reelgrump88 The film is great." is a reply that names someone, not a header
        and not m.group(0).rstrip().endswith((".", "!", "?"))
    ]
    heads += _speaker_labels(text, cues)
    heads.sort()
    regions = []
    for k, (start, end, name, rule) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        ref = EntityRef(EntityType.PERSON, name.strip().lstrip("@"))
        regions.append(Region(end, stop, ref, rule, (start, end)))
    return regions


def _speaker_labels(text: str, cues: Cues) -> list[tuple[int, int, str, str]]:
    """ "Varnholt: I wanted the sea in every frame.": a transcript's speaker labels. A label
    counts when it is not a word that labels content ("Verdict:", "Note:") and opens two
    lines or more, as speakers in a transcript do ("Sorrel: No." counts too)."""
    found = [m for m in _LABEL.finditer(text) if m.group("name").casefold() not in cues.label_words]
    counts = Counter(m.group("name") for m in found)
    return [
        (m.start(), m.end("name") + 1, m.group("name"), "claim:speaker-label")
        for m in found
        if counts[m.group("name")] >= 2
    ]


def source_lines(text: str) -> list[Region]:
    """Lines opened by a web source ("example.com: Three days after ..."): said by that source."""
    regions = []
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _DOMAIN_LINE.match(line)
        if match:
            ref = EntityRef(EntityType.ORGANIZATION, match.group(1).lower())
            colon = offset + line.index(":", match.start(1))
            regions.append(
                Region(colon + 1, offset + len(line), ref, "claim:source-line", (offset, colon + 1))
            )
        offset += len(line)
    return regions


def find_author(text: str, cues: Cues | None = None) -> EntityRef | None:
    """The person who wrote `text`: a byline near the top, a signature at the end, or the
    header of a text that is a single comment. None when the text names no author."""
    cues = cues or load_cues()
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:5]:
        match = cues.byline.match(line)
        # "By Jane Roe for The Outlet": the name ends before "for"
        name = re.split(r"[ \t]+for[ \t]+", match.group("name"))[0] if match else ""
        if name and _looks_like_name(name):
            return EntityRef(EntityType.PERSON, name.strip())
    for line in lines[-3:]:
        match = cues.signature.match(line)
        if (
            match
            and _looks_like_name(match.group("name"))
            and len(match.group("name").split()) <= 4
        ):
            return EntityRef(EntityType.PERSON, match.group("name").strip())
    regions = comment_regions(text, cues)
    if len(regions) == 1:
        return regions[0].speaker
    return None


# --- the analysis of one document -----------------------------------------------------------


@dataclass(frozen=True)
class _Voice:
    """Who speaks, and the outer speakers who report it (outermost first)."""

    claimant: EntityRef | None
    reported_by: tuple[EntityRef, ...]
    rule: str
    confidence: float
    unattributed: bool = False  # a claim the text quotes from a source it does not name


class _Analysis:
    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        statements: Sequence[Statement],
        cues: Cues,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.cues = cues
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.statements = statements
        # lower-cased lemma and lower form of every token, read once: the rules below look
        # only at the few tokens whose lemma is in their vocabulary
        self.lemmas, self.lowers = _forms(doc)
        verb_lemmas = cues.verbs | cues.as_clause | {verb for verb, _ in cues.phrasal}
        self.author_tokens = [i for i, f in enumerate(self.lemmas) if f in cues.author_nouns]
        self.verb_tokens = [i for i, f in enumerate(self.lemmas) if f in verb_lemmas]
        self.film_tokens = [i for i, f in enumerate(self.lemmas) if f in cues.film_nouns]
        self.sentences = list(doc.sents)
        self.regions = comment_regions(self.text, cues) + source_lines(self.text)
        self.rulings = rulings(self.text)
        # a fact-check's claim label ("CLAIM:") is a header: the claim is the words after it
        self.headers = [r.header for r in self.regions] + [
            (r.label_start, r.claim_start) for r in self.rulings if r.label_start < r.claim_start
        ]
        self.sentence_starts = [s.start for s in self.sentences]
        self.main_film = self._main_film()
        self.aliases = self._author_aliases()
        self.people = self._person_references()
        self.blocks: list[tuple[int, int, _Voice]] = []  # quoted blocks after "As X puts it:"
        self.quoted: list[tuple[int, int, _Voice]] = []  # quotations with a named speaker

    # -- entities ------------------------------------------------------------------------

    def mention_at(self, start: int, end: int) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= start and end <= mention.end + 2:
                return mention
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        found = []
        for k in range(bisect_left(self.mention_starts, start), len(self.mentions)):
            mention = self.mentions[k]
            if mention.start > end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def _main_film(self) -> EntityRef | None:
        counts = Counter(m.ref for m in self.mentions if m.ref.type is EntityType.FILM)
        ranked = counts.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
        return None

    def film_at(self, token: Token) -> EntityRef | None:
        """The film "the film" means at `token`: the last one named earlier in its paragraph,
        else the text's main film."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        earlier = [
            m
            for m in self.mentions
            if m.ref.type is EntityType.FILM and line_start <= m.start < token.idx
        ]
        return earlier[-1].ref if earlier else self.main_film

    def _author_aliases(self) -> dict[str, EntityRef]:
        """'the author, Jane Roe' / 'Jane Roe, the reviewer': the noun names that person.

        Read from the parse (appos) and, since parsers often miss appositions before a colon,
        from the surface: a definite author noun, a comma, then a person's name (or reversed).
        """
        aliases: dict[str, EntityRef] = {}
        for i in self.author_tokens:
            token = self.doc[i]
            lemma = self.lemmas[i]
            if token.pos_ != "NOUN":
                continue
            candidates = [c for c in token.children if c.dep_ == "appos"]
            if token.dep_ == "appos":
                candidates.append(token.head)
            if (
                self._definite(token)
                and token.i + 2 < len(self.doc)
                and self.doc[token.i + 1].text == ","
            ):
                candidates.append(self.doc[token.i + 2])
            first = token.left_edge
            if self._definite(token) and first.i >= 2 and self.doc[first.i - 1].text == ",":
                candidates.append(self.doc[first.i - 2])
            for other in candidates:
                ref = self.named_speaker(other)
                if ref is not None and ref.type is EntityType.PERSON:
                    aliases.setdefault(lemma, ref)
                    break
        return aliases

    def _person_references(self) -> list[tuple[int, int, EntityRef, bool]]:
        """(char offset, sentence, ref, is a subject) of every mention of a person or
        organisation, and of every 'the author' an apposition has named."""
        found = []
        for mention in self.mentions:
            if mention.ref.type not in _SPEAKER_TYPES:
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            subject = span is not None and span.root.dep_ in _SUBJECT_DEPS
            found.append((mention.start, mention.sentence, mention.ref, subject))
        for i in self.author_tokens if self.aliases else ():
            token = self.doc[i]
            lemma = self.lemmas[i]
            if lemma in self.aliases and token.pos_ == "NOUN" and self._definite(token):
                subject = token.dep_ in _SUBJECT_DEPS
                found.append((token.idx, self.sentence_of(token), self.aliases[lemma], subject))
        return sorted(found, key=lambda item: item[0])

    @staticmethod
    def _definite(token: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)

    def named_speaker(self, token: Token) -> EntityRef | None:
        """The person or organisation a name token denotes, from the mentions or spaCy's NER."""
        mention = self.mention_at(token.idx, token.idx + len(token.text))
        if mention is not None:
            return mention.ref if mention.ref.type in _SPEAKER_TYPES else None
        if token.ent_type_ in _NER_SPEAKERS:
            ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                name = re.sub(r"['’]s$", "", ent.text).strip()
                return EntityRef(_NER_SPEAKERS[token.ent_type_], name)
        if token.pos_ == "PROPN" and not token.ent_type_:
            # a proper name the recogniser missed, as the subject of a reporting verb
            words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return EntityRef(EntityType.PERSON, " ".join(t.text for t in sorted([*words, token])))
        return None

    def speaker(self, subject: Token, default: _Voice) -> tuple[EntityRef | None, float] | None:
        """Who the subject of a reporting verb is: (ref or None for the document's author,
        confidence), or None when it names no one we can attribute to."""
        lower = subject.lower_
        lemma = subject.lemma_.lower()
        if lower in self.cues.first_person:
            return default.claimant, default.confidence
        if subject.pos_ == "PRON" and lower in {"he", "she", "they"}:
            sentence = self.sentence_of(subject)
            chosen = self.antecedent(subject.idx, sentence)
            if chosen is None:
                return None
            if (lower == "they") != (chosen.type is EntityType.ORGANIZATION):
                return None
            return chosen, 0.6
        if subject.pos_ == "NOUN" and lemma in self.cues.author_nouns:
            for owner in (c for c in subject.children if c.dep_ == "poss"):
                # "Le Monde's reviewer argued ...": the outlet speaks through its critic
                ref = self.named_speaker(owner)
                if ref is not None:
                    return ref, 0.75
            if lemma in self.aliases:
                return self.aliases[lemma], 0.75
            appos = [c for c in subject.children if c.dep_ == "appos"]
            for child in appos:
                ref = self.named_speaker(child)
                if ref is not None:
                    return ref, 0.8
            return (None, 0.6) if self._definite(subject) else None
        ref = self.named_speaker(subject)
        if ref is not None:
            return ref, 0.85
        maker = self.role_holder(subject)
        if maker is not None:
            return maker, 0.7
        return None

    def role_holder(self, noun: Token) -> EntityRef | None:
        """ "the director", "the film's writer": the one person the text's statements give
        that role, when the text names exactly one."""
        predicate = load_lexicon().relations["role_nouns"].get(noun.lemma_.casefold())
        if predicate is None or noun.pos_ != "NOUN" or not self._definite(noun):
            return None
        holders = {
            st.object
            for st in self.statements
            if st.predicate == predicate
            and st.start < noun.idx
            and isinstance(st.object, EntityRef)
            and st.object.type is EntityType.PERSON
        }
        return holders.pop() if len(holders) == 1 else None

    def antecedent(self, before: int, sentence: int) -> EntityRef | None:
        """The person "he"/"she" at `before` refers to: in the nearest sentence (this one, then
        up to a few back) that names someone, the last subject named, else the last name."""
        for index in range(sentence, max(-1, sentence - _BLOCK_SENTENCES - 1), -1):
            here = [
                (ref, subj) for start, i, ref, subj in self.people if i == index and start < before
            ]
            if here:
                subjects = [ref for ref, subj in here if subj]
                return subjects[-1] if subjects else here[-1][0]
        return None

    def text_of(self, span: Span) -> str:
        """`span.text`, sliced from the document's text."""
        return self.text[span.start_char : span.end_char] if len(span) else ""

    def sentence_of(self, token: Token) -> int:
        return sentence_index(self.sentence_starts, token.i)

    # -- voices ------------------------------------------------------------------------------

    def default_voice(self, start: int) -> _Voice:
        for begin, end, voice in (*self.quoted, *self.blocks):
            if begin <= start < end:
                return voice
        for region in self.regions:
            if region.start <= start < region.end:
                return _Voice(region.speaker, (), region.rule, 0.9)
        for ruling in self.rulings:
            if ruling.label_start <= start < ruling.claim_end:
                # the claim a fact-check quotes is not its author's: they only rule on it
                return _Voice(None, (), "claim:fact-check", 0.8, unattributed=True)
        return _Voice(None, (), "claim:author-voice", 0.6)

    def in_header(self, sentence: Span) -> bool:
        return any(
            start <= sentence.start_char and sentence.end_char <= end + 1
            for start, end in self.headers
        )

    def reporting_verbs(self, sentence: Span) -> list[Token]:
        found = []
        first = bisect_left(self.verb_tokens, sentence.start)
        last = bisect_left(self.verb_tokens, sentence.end)
        for i in self.verb_tokens[first:last]:
            token = self.doc[i]
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = self.lemmas[i]
            particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
            as_clause = lemma in self.cues.as_clause and any(
                c.lower_ == "as" and c.dep_ in {"mark", "advmod", "prep"} for c in token.children
            )
            if lemma in self.cues.clause_only_verbs and not any(
                c.dep_ in ("ccomp", "parataxis") for c in token.children
            ):
                # "wrote nine drafts of the script" reports nothing
                continue
            if (
                as_clause
                or lemma in self.cues.verbs
                or any((lemma, p) in self.cues.phrasal for p in particles)
            ) and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
                found.append(token)
        return found

    def complement(self, verb: Token) -> tuple[int, int] | None:
        """Token range [start, end) of what a reporting verb reports."""
        parts = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS]
        if not parts:
            return None
        start = min(c.left_edge.i for c in parts)
        end = max(c.right_edge.i for c in parts) + 1
        while start < end and (
            self.doc[start].is_punct or self.doc[start].dep_ == "mark" or self.doc[start].is_space
        ):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        if end - start < 2:
            return None
        after = self.doc[end] if end < len(self.doc) else None
        if after is not None and after.text == ":" and not after.is_sent_end:
            sentence_end = after.sent.end
            while (
                sentence_end > end
                and self.doc[sentence_end - 1].is_punct | self.doc[sentence_end - 1].is_space
            ):
                sentence_end -= 1
            return start, sentence_end
        return start, end

    def quotation_around(self, start_char: int) -> tuple[int, int] | None:
        """The quotation [after its opening mark, before its closing mark] that `start_char` is
        in, looking within its line only; None when it is not inside quotation marks."""
        line_start = self.text.rfind("\n", 0, start_char) + 1
        line_end = self.text.find("\n", start_char)
        line_end = len(self.text) if line_end < 0 else line_end
        before = self.text[line_start:start_char]
        opened = -1
        for k, char in enumerate(before):
            if char in _QUOTES and (char != '"' or opened < 0):
                opened = k
            elif opened >= 0 and char == _QUOTES[before[opened]]:
                opened = -1
        if opened < 0:
            return None
        closer = _QUOTES[before[opened]]
        close_at = self.text.find(closer, start_char, line_end)
        if close_at < 0:
            return None
        return line_start + opened + 1, close_at

    def according_to(self, sentence: Span, default: _Voice) -> tuple[_Voice, int, int] | None:
        """'according to X, ...' or an opening 'To X, ...': X holds the opinion."""
        lowers = self.lowers[sentence.start : sentence.end]
        for phrase in self.cues.according_to:
            n = len(phrase)
            if phrase and phrase[0] not in lowers:
                continue
            for k in range(len(lowers) - n):
                if tuple(lowers[k : k + n]) != phrase:
                    continue
                holder = self.doc[sentence.start + k + n - 1]
                objects = [c for c in holder.children if c.dep_ == "pobj"]
                voice = self._voice_of(objects, default, "claim:according-to")
                if voice is not None:
                    return voice, sentence.start_char, sentence.end_char
        if len(lowers) > 3 and lowers[0] in {"to", "for"}:
            objects = [c for c in sentence[0].children if c.dep_ == "pobj"]
            if objects and objects[0].right_edge.i + 1 < sentence.end:
                after = self.doc[objects[0].right_edge.i + 1]
                if after.lower_ == ",":
                    voice = self._voice_of(objects, default, "claim:according-to")
                    if voice is not None:
                        return voice, after.idx + 1, sentence.end_char
        return None

    def _voice_of(self, objects: Sequence[Token], default: _Voice, rule: str) -> _Voice | None:
        if not objects:
            return None
        found = self.speaker(objects[0], default)
        if found is None:
            return None
        ref, confidence = found
        return self._nest(ref, default, rule, confidence, ())

    @staticmethod
    def _nest(
        ref: EntityRef | None,
        default: _Voice,
        rule: str,
        confidence: float,
        outer: tuple[EntityRef | None, ...],
    ) -> _Voice:
        reported: list[EntityRef] = []
        for item in (*default.reported_by, default.claimant, *outer):
            if item is not None and item != ref and item not in reported:
                reported.append(item)
        return _Voice(ref, tuple(reported), rule, confidence)

    # -- claims ------------------------------------------------------------------------------

    def targets(
        self, start: int, end: int, exclude: EntityRef | None
    ) -> list[tuple[EntityRef, int, int]]:
        """Entities a claim span is about, with their token ranges: mentions in the span, and
        'the film' / 'this movie' for the film meant there."""
        found: list[tuple[EntityRef, int, int]] = []
        span = self.doc[start:end]
        for mention in self.mentions_in(span.start_char, span.end_char):
            if mention.ref == exclude:
                continue
            tokens = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if tokens is not None:
                found.append((mention.ref, tokens.start, tokens.end))
        first = bisect_left(self.film_tokens, start)
        last = bisect_left(self.film_tokens, max(start, end))
        for token in (self.doc[i] for i in self.film_tokens[first:last]):
            if (
                token.pos_ == "NOUN"
                and token.tag_ != "NNS"
                and self._definite(token)  # "the film" (also misparsed as a compound)
                and not any(s <= token.i < e for _, s, e in found)
            ):
                film = self.film_at(token)
                if film is not None:
                    det = min((c.i for c in token.children if c.dep_ == "det"), default=token.i)
                    found.append((film, det, token.i + 1))
        for token in span:
            # "Critic X called it 'a quietly devastating portrait'": what a reporting verb
            # calls "it" is the film being talked about
            if (
                token.lower_ == "it"
                and token.dep_ in ("dobj", "nsubj")
                and token.head.lemma_.lower() in self.cues.verbs
                and not any(s <= token.i < e for _, s, e in found)
            ):
                film = self.film_at(token)
                if film is not None:
                    found.append((film, token.i, token.i + 1))
        return [t for t in found if self._evaluable(t, found)]

    def _evaluable(
        self, target: tuple[EntityRef, int, int], found: Sequence[tuple[EntityRef, int, int]]
    ) -> bool:
        """Whether a claim's words can be about this target: not a modifier inside another
        target's phrase ("this Oscar-winning movie" is about the movie, not the Oscar), and a
        place or ceremony only as what the clause is about ("returns from Lisbon in
        disgrace" says nothing of Lisbon)."""
        ref, start, end = target
        head = self.doc[start:end].root
        if head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass"):
            speaker = head.head.head
            if speaker.lemma_.lower() in self.cues.verbs:
                # "The Guardian's Peter Bradshaw called it ...": the critic's outlet is who
                # speaks, not what is judged
                return False
        if head.dep_ in ("amod", "compound", "npadvmod", "nmod"):
            # "this Oscar-winning movie": the award only qualifies the film the claim is about
            for other, o_start, o_end in found:
                if (
                    other != ref
                    and o_start <= head.head.i < o_end
                    and (o_end - o_start) > (end - start)
                ):
                    return False
        if head.dep_ == "pobj" and len(found) > 1:
            prep = head.head
            # "Compared with The Salt Chapel, X is warmer", "unlike Y", "her follow-up to
            # Winter Ferry": a film named to measure another by, not the one judged
            if (
                prep.lower_ in ("unlike", "than")
                or (prep.lower_ in ("with", "to") and prep.head.lemma_.lower() == "compare")
                or (
                    prep.lower_ in ("to", "of")
                    and (
                        prep.head.lemma_.lower() in _BACKGROUND_NOUNS
                        # "follow-up", which the tokenizer splits
                        or self.doc[max(0, prep.head.i - 2) : prep.head.i + 1].text.lower()
                        in _BACKGROUND_NOUNS
                    )
                )
            ):
                return False
        if ref.type in (EntityType.PLACE, EntityType.CEREMONY):
            return head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT")
        # "below the standard of an Oscar-winning screenplay": the award only qualifies
        return not (ref.type is EntityType.AWARD and head.dep_ in ("amod", "compound", "npadvmod"))

    def make_claim(
        self,
        voice: _Voice,
        start: int,
        end: int,
        sentence: int,
        *,
        force: bool,
        negate: bool = False,
    ) -> Iterator[Claim]:
        """Claims for tokens [start, end) spoken by `voice`: a factual claim for the statements
        it carries, an opinion when it evaluates something (or always, when `force`)."""
        if voice.unattributed:
            # a quoted claim is the words inside its quotation marks
            while start < end and (self.doc[start].is_quote or self.doc[start].is_space):
                start += 1
            while end > start and (self.doc[end - 1].is_quote or self.doc[end - 1].is_space):
                end -= 1
        span = self.doc[start:end]
        if not self.text_of(span).strip():
            return
        targets = self.targets(start, end, voice.claimant)
        overall, stances = stance_rules.stance_of(span, [(s, e) for _, s, e in targets])
        stances = [
            _defended(self.doc, s, e, value)
            for (_, s, e), value in zip(targets, stances, strict=True)
        ]
        if negate:
            overall, stances = _invert(overall), [_invert(v) for v in stances]
        by_ref: dict[EntityRef, list[Stance]] = {}
        for (ref, _, _), value in zip(targets, stances, strict=True):
            by_ref.setdefault(ref, []).append(value)
        about = tuple(Aspect(ref, _merge(values)) for ref, values in by_ref.items())
        carried = tuple(
            k
            for k, st in enumerate(self.statements)
            if span.start_char <= st.start and st.end <= span.end_char
        )
        text = self.text[span.start_char : span.end_char]
        base = {
            "claimant": voice.claimant,
            "sentence": sentence,
            "start": span.start_char,
            "end": span.end_char,
            "text": text,
            "reported_by": voice.reported_by,
            "unattributed": voice.unattributed,
        }
        rated = [score for k in carried if isinstance(score := self.statements[k].object, Rating)]
        if (
            carried
            and len(rated) == len(carried)
            and sum(1 for t in span if t.is_alpha) <= _RATING_WORDS
        ):
            # "★★★☆☆", "Rating: 3/5": a line that only rates gives its author's verdict on
            # the film, not a fact (a sentence that cites a site's score still says more)
            verdict = _rating_stance(rated[0])
            yield Claim(
                kind=ClaimKind.OPINION,
                stance=verdict,
                about=tuple(
                    Aspect(ref, verdict)
                    for ref in _statement_refs(self.statements, carried)
                    if ref != voice.claimant
                ),
                rule="claim:rating",
                confidence=voice.confidence,
                statements=carried,
                **base,  # type: ignore[arg-type]
            )
            return
        if carried:
            fact_about = tuple(about) + tuple(
                Aspect(ref, Stance.NEUTRAL)
                for ref in _statement_refs(self.statements, carried)
                if ref not in by_ref and ref != voice.claimant
            )
            yield Claim(
                kind=ClaimKind.FACT,
                stance=Stance.NEUTRAL,
                about=tuple(Aspect(a.target, Stance.NEUTRAL) for a in fact_about),
                rule="claim:fact",
                confidence=round(voice.confidence * 0.9, 3),
                statements=carried,
                **base,  # type: ignore[arg-type]
            )
        if overall is not Stance.NEUTRAL or (force and not carried):
            # a quoted claim that evaluates nothing is a factual one, even when the facts in
            # it were ruled false and are not asserted
            neutral = voice.unattributed and overall is Stance.NEUTRAL
            yield Claim(
                kind=ClaimKind.FACT if neutral else ClaimKind.OPINION,
                stance=overall,
                about=about,
                rule=voice.rule,
                confidence=voice.confidence,
                **base,  # type: ignore[arg-type]
            )

    def run(self) -> list[Claim]:
        claims: list[Claim] = []
        for index, sentence in enumerate(self.sentences):
            claims.extend(self.sentence_claims(index, sentence))
        return [self._ruled(claim) for claim in claims] if self.rulings else claims

    def _ruled(self, claim: Claim) -> Claim:
        """`claim` with the verdict of the fact-check ruling on it, if one does."""
        for ruling in self.rulings:
            if ruling.label_start <= claim.start < ruling.claim_end:
                span = self.doc.char_span(ruling.start, ruling.end, alignment_mode="expand")
                if span is None or not len(span):
                    return claim
                verdict = Verdict(
                    ruling.verdict,
                    ruling.value,
                    self.sentence_of(span[0]),
                    ruling.start,
                    ruling.end,
                )
                return replace(claim, verdict=verdict)
        return claim

    def sentence_claims(self, index: int, sentence: Span) -> Iterator[Claim]:
        text = self.text_of(sentence).strip()
        if not text or self.in_header(sentence):
            return
        for start, end in self.headers:  # "example.com: text" -> the text after the colon
            if start <= sentence.start_char < end < sentence.end_char:
                trimmed = self.doc.char_span(end, sentence.end_char, alignment_mode="contract")
                if trimmed is None or not len(trimmed):
                    return
                sentence = trimmed
                text = self.text_of(sentence).strip()
        default = self.default_voice(sentence.start_char)
        verbs = self.reporting_verbs(sentence)
        reported: list[tuple[Token, _Voice, tuple[int, int] | None]] = []
        negated = frozenset(v.i for v in verbs if any(c.dep_ == "neg" for c in v.children))
        for verb in verbs:
            subject = next(c for c in verb.children if c.dep_ in _SUBJECT_DEPS)
            if (
                subject.lower_ in self.cues.generic_subjects
                or subject.lemma_.lower() in self.cues.generic_subjects
            ):
                continue
            found = self.speaker(subject, default)
            if found is None:
                continue
            ref, confidence = found
            reported.append(
                (verb, _Voice(ref, (), "claim:reporting-verb", confidence), self.complement(verb))
            )
        # a reporting verb with nothing reported ("I felt insulted") leaves the sentence as is
        reported = [r for r in reported if r[2] is not None or text.endswith(":")]
        if reported:
            yield from self._reported(index, sentence, default, reported, negated)
            return
        if text.endswith(":") and self._colon_intro(sentence, default):
            return
        holder = self.according_to(sentence, default)
        if holder is not None:
            voice, start_char, end_char = holder
            span = self.doc.char_span(start_char, end_char, alignment_mode="contract")
            if span is not None and len(span):
                yield from self.make_claim(voice, span.start, span.end, index, force=True)
                return
        if text.endswith("?"):
            return
        if not self._is_clause(sentence):
            # a commenter's verbless verdict ("Best film of the year."), or a fact-check's
            # quoted one, is still their claim when it takes a stance; elsewhere such
            # fragments are headings and captions
            commenter = default.rule == "claim:comment-header" or default.unattributed
            if commenter and len(sentence) > 2:
                yield from self.make_claim(
                    default, sentence.start, sentence.end, index, force=default.unattributed
                )
            return
        forced = default.claimant is not None or default.unattributed
        yield from self.make_claim(default, sentence.start, sentence.end, index, force=forced)

    def _reported(
        self,
        index: int,
        sentence: Span,
        default: _Voice,
        reported: list[tuple[Token, _Voice, tuple[int, int] | None]],
        negated: frozenset[int],
    ) -> Iterator[Claim]:
        def inside(verb: Token, comp: tuple[int, int] | None) -> bool:
            return comp is not None and comp[0] <= verb.i < comp[1]

        for verb, voice, comp in reported:
            if any(
                inside(verb, other_comp) for other, _, other_comp in reported if other is not verb
            ):
                continue  # an inner verb: its claim is made by the outermost chain below
            chain = [(verb, voice, comp)]
            while True:
                _, _, last = chain[-1]
                inner = [r for r in reported if r[0] is not chain[-1][0] and inside(r[0], last)]
                if not inner:
                    break
                chain.append(inner[0])
            _, innermost, comp = chain[-1]
            outer = tuple(v.claimant for _, v, _ in chain[:-1])
            final = self._nest(
                innermost.claimant, default, innermost.rule, innermost.confidence, outer
            )
            if comp is None:
                if self.text_of(sentence).rstrip().endswith(":"):
                    self._open_block(sentence, final)
                continue
            quote = self.quotation_around(self.doc[comp[0]].idx)
            if quote is not None:
                rule = "claim:quote"
                final = _Voice(final.claimant, final.reported_by, rule, final.confidence)
                self.quoted.extend(self._quotations_of(quote, final))
                span = self.doc.char_span(quote[0], quote[1], alignment_mode="contract")
                if span is not None and len(span):
                    comp = (span.start, span.end)
            # "I don't think it deserved ..." denies what the clause says
            flips = sum(1 for verb_, _, _ in chain if verb_.i in negated) % 2 == 1
            yield from self.make_claim(final, comp[0], comp[1], index, force=True, negate=flips)

    def _colon_intro(self, sentence: Span, default: _Voice) -> bool:
        """'The author comments:' / 'As Kim puts it:' when the parser did not read the verb as
        one: the word before the colon (or before "it") is a reporting verb, and the words
        before it name the speaker."""
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        if words and words[-1].lower_ == "it":
            words = words[:-1]
        if len(words) < 2:
            return False
        verb = words[-1]
        forms = {verb.lemma_.lower(), verb.lower_, verb.lower_.removesuffix("s")}
        if not forms & (self.cues.verbs | self.cues.as_clause):
            return False
        before = [t for t in words[:-1] if t.pos_ in {"NOUN", "PROPN", "PRON"}]
        if not before:
            return False
        found = self.speaker(before[-1], default)
        if found is None:
            return False
        ref, confidence = found
        self._open_block(sentence, self._nest(ref, default, "claim:as-quoted", confidence, ()))
        return True

    def _quotations_of(
        self, quote: tuple[int, int], voice: _Voice
    ) -> list[tuple[int, int, _Voice]]:
        """The quotation with a named speaker, and the quotations of the same paragraph that
        follow it with no speaker of their own: the same speaker goes on."""
        found = [(quote[0], quote[1], voice)]
        line_end = self.text.find("\n", quote[1])
        line_end = len(self.text) if line_end < 0 else line_end
        found.append((quote[1], line_end, voice))
        return found

    def _open_block(self, sentence: Span, voice: _Voice) -> None:
        """'As X puts it:' / 'X comments:' — the next line is X's, and so are the lines after
        it while they go on in the first person."""
        position = sentence.end_char
        first = True
        voice = _Voice(
            voice.claimant, voice.reported_by, "claim:as-quoted", max(0.5, voice.confidence - 0.1)
        )
        while position < len(self.text):
            line_end = self.text.find("\n", position + 1)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[position:line_end]
            if not line.strip():
                if first:
                    position = line_end
                    continue
                break
            words = {w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", line)}
            if not first and not words & self.cues.first_person:
                break
            self.blocks.append((position, line_end, voice))
            first = False
            position = line_end

    @staticmethod
    def _is_clause(sentence: Span) -> bool:
        """Headings, captions and fragments have no verb at their root."""
        root = sentence.root
        return root.pos_ in {"VERB", "AUX"} and len(sentence) > 3


def _forms(doc: Doc) -> tuple[list[str], list[str]]:
    """The lower-cased lemma and the lower form of each token of `doc`."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    lemmas = []
    lowers = []
    for lemma, lower in doc.to_array(["LEMMA", "LOWER"]).tolist():
        form = lowered.get(lemma)
        if form is None:
            form = lowered[lemma] = strings[lemma].lower()
        lemmas.append(form)
        text = lowered.get(-1 - lower)
        if text is None:
            text = lowered[-1 - lower] = strings[lower]
        lowers.append(text)
    return lemmas, lowers


def _defended(doc: Doc, start: int, end: int, value: Stance) -> Stance:
    """ "Criticizing X for its explicit scenes feels reductive": faulting an attack on X
    takes X's side. A target that is the object of a gerund of negative meaning which is
    itself the subject judged negatively is seen positively."""
    if value is not Stance.NEGATIVE:
        return value
    head = doc[start:end].root
    verb = head.head
    if (
        head.dep_ == "dobj"
        and (verb.tag_ == "VBG" or verb.lower_.endswith("ing"))
        and verb.dep_ in ("csubj", "nsubj", "csubjpass")
        and stance_rules.verb_polarity(verb) < 0
    ):
        return Stance.POSITIVE
    return value


def _invert(value: Stance) -> Stance:
    flipped = {Stance.POSITIVE: Stance.NEGATIVE, Stance.NEGATIVE: Stance.POSITIVE}
    return flipped.get(value, value)


def _merge(values: Sequence[Stance]) -> Stance:
    polar = {v for v in values if v is not Stance.NEUTRAL}
    if not polar:
        return Stance.NEUTRAL
    if len(polar) == 1:
        return polar.pop()
    return Stance.MIXED


def _statement_refs(statements: Sequence[Statement], indices: Sequence[int]) -> list[EntityRef]:
    refs: list[EntityRef] = []
    for k in indices:
        statement = statements[k]
        for value in (statement.subject, statement.object):
            if isinstance(value, EntityRef) and value not in refs:
                refs.append(value)
    return refs


def find_claims(
    doc: Doc, document: Document, mentions: Sequence[Mention], statements: Sequence[Statement]
) -> tuple[EntityRef | None, list[Claim]]:
    """The document's author (None when it names none) and the claims it makes or reports."""
    cues = load_cues()
    text = doc_text(doc)
    author = find_author(text, cues)
    claims = _Analysis(doc, mentions, statements, cues, text).run()
    if author is not None:
        # the byline author is the document's voice: claims of "the author" are theirs
        claims = [c if c.claimant != author else _as_author(c) for c in claims]
    return author, _unique(claims)


def _as_author(claim: Claim) -> Claim:
    return replace(claim, claimant=None)


_RATING_WORDS = 3  # words a line may have besides its stars or score and still only rate


def _rating_stance(rating: Rating) -> Stance:
    """A rating's verdict: seven tenths of the scale or more is praise, four tenths or less
    is a pan, and what lies between is mixed."""
    share = rating.value / rating.best if rating.best else Decimal(0)
    if share >= Decimal("0.7"):
        return Stance.POSITIVE
    if share <= Decimal("0.4"):
        return Stance.NEGATIVE
    return Stance.MIXED


def credit_ratings(
    text: str, statements: Sequence[Statement], author: EntityRef | None
) -> tuple[Statement, ...]:
    """A critic's stars ("★★★½") are given by whoever speaks where they stand: the commenter
    whose comment holds them, else the document's author."""
    regions = comment_regions(text)
    out = []
    for st in statements:
        value = st.object
        if isinstance(value, Rating) and value.source is None and st.rule == "rating:stars":
            speaker = next((r.speaker for r in regions if r.start <= st.start < r.end), author)
            if speaker is not None:
                st = replace(st, object=replace(value, source=speaker))
        out.append(st)
    return tuple(out)


def _unique(claims: Sequence[Claim]) -> list[Claim]:
    seen: set[tuple[object, ...]] = set()
    unique = []
    for claim in claims:
        key = (claim.start, claim.end, claim.claimant, claim.kind, claim.rule)
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique
