"""The corpus's film titles, applied to documents that name a film bare.

A name is typed FILM only where its sentence signals a title ("X, directed by Y", "the film
X", "X (2019)"). A document that names the same film without such a signal ("the most extreme
case is X, where ...") gets no FILM mention there, or the tagger's person, organisation or
place, and the relation rules then attach its "the story", "the film" to another film the
document names. A build therefore collects the titles its documents' title rules found
(`Gazetteer.of`), finds the documents whose text holds one where no film mention is
(`Gazetteer.missed`), and extracts those again with `apply` run on the parsed `Doc` before its
records are read (`pipeline.extract_doc`). The same step covers a title one sentence of a
document signals and another leaves bare when the tagger found nothing there (entities.py
retypes only the tagger's own spans of that name).

Conservative, because a title is also a name elsewhere:
- a title is a name of at least two capitalised words that a title rule typed FILM ("Salt
  Road" yes; one word such as "Harvest" or a given name is too often something else), never
  one this module added, and not a country;
- a name that any document types otherwise on strong evidence (a character, a person in a
  role, a place, a prize, an organisation from the vocabularies) is left out;
- an occurrence takes the title whole-word and case-sensitive, not inside a longer name, and
  only over the tagger's own guesses (`ner:*` spans): vocabulary, pattern, title, cue and
  context spans stay;
- a title that reads like a person's name is not applied in a document that names someone
  by its first or last word alone ("Quell said ..."): that document is about the person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ids import name_key
from ..records import EntityRef, EntityType, Extraction
from .lexicon import load_lexicon
from .spans import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

RULE = "title:corpus-gazetteer"
# rule prefixes whose typing counts against a title (as in resolve.py's strong evidence)
_STRONG = ("vocab:", "pattern:", "title:", "context:", "cue:")
# types whose strong evidence contests a title; a work of the same name is its source
_OTHER = (
    EntityType.PERSON,
    EntityType.CHARACTER,
    EntityType.PLACE,
    EntityType.ORGANIZATION,
    EntityType.AWARD,
    EntityType.CEREMONY,
)
# a tagger's guess a title may replace
_REPLACEABLE = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.PLACE,
    EntityType.WORK,
    EntityType.FILM,
)
# who a surname alone may name
_NAMED = (EntityType.PERSON, EntityType.CHARACTER, EntityType.ORGANIZATION)
# words a tagger's span may hold besides the title: "the Salt Road" is still the title
_EDGE_WORDS = frozenset({"the", "a", "an", "'s", "’s"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Taken:
    """A typed span of a document, in characters: a `Mention` or a span of the entity group."""

    start: int
    end: int
    text: str
    type: EntityType
    name: str
    rule: str


def _title_like(name: str) -> bool:
    words = name.split()
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    first = name[:1]
    return len(words) >= 2 and capitalised >= 2 and (first.isupper() or first.isdigit())


def _contested(extractions: Iterable[Extraction]) -> tuple[dict[str, set[str]], set[str]]:
    """(name key -> the titles as written, for the films title rules found; name keys some
    document types as something else on strong evidence)."""
    titles: dict[str, set[str]] = defaultdict(set)
    other: set[str] = set()
    for extraction in extractions:
        for mention in extraction.mentions:
            key = name_key(mention.ref.name)
            if mention.ref.type is EntityType.FILM:
                if mention.rule.startswith("title:") and mention.rule != RULE:
                    titles[key].add(mention.ref.name)
            elif mention.ref.type in _OTHER and mention.rule.startswith(_STRONG):
                other.add(key)
        for statement in extraction.statements:
            obj = statement.object
            # "set in X" makes X a place, "A as X" a character, "directed by X" a person (a
            # subject's type is only its mention's: films win prizes as people do)
            if (
                isinstance(obj, EntityRef)
                and obj.type in (EntityType.PERSON, EntityType.CHARACTER, EntityType.PLACE)
                and not statement.rule.startswith("fallback:")
            ):
                other.add(name_key(obj.name))
    return titles, other


@dataclass(frozen=True)
class Gazetteer:
    """Film titles, and where a text names them."""

    titles: frozenset[str]
    _by_first: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, extractions: Iterable[Extraction]) -> Gazetteer:
        """The titles a corpus's title rules found, less those it also gives another type."""
        found, other = _contested(extractions)
        lex = load_lexicon()
        titles = frozenset(
            title
            for key, spellings in found.items()
            if key not in other
            for title in spellings
            if _title_like(title) and lex.country(title) is None
        )
        return cls.from_titles(titles)

    @classmethod
    def from_titles(cls, titles: Iterable[str]) -> Gazetteer:
        by_first: dict[str, list[str]] = defaultdict(list)
        for title in titles:
            first = _WORD.match(title)
            if first is not None:
                by_first[first.group()].append(title)
        return cls(
            frozenset(titles),
            {k: tuple(sorted(v, key=lambda t: (-len(t), t))) for k, v in by_first.items()},
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, title) of each whole-word, case-sensitive occurrence of a title in
        `text`, the longest where titles overlap."""
        if self._by_first.keys().isdisjoint(_WORD.findall(text)):
            return  # most sentences: no word a title starts with
        after = 0
        for word in _WORD.finditer(text):
            if word.start() < after:
                continue
            for title in self._by_first.get(word.group(), ()):
                end = word.start() + len(title)
                if text.startswith(title, word.start()) and not _word_char(text, end):
                    yield word.start(), end, title
                    after = end
                    break

    def missed(self, extraction: Extraction) -> frozenset[str]:
        """The titles `extraction` names at a place no film mention holds and that `apply`
        may take. Read from its sentences, so the document's text may be left out."""
        taken = [
            _Taken(m.start, m.end, m.text, m.ref.type, m.ref.name, m.rule)
            for m in extraction.mentions
        ]
        places = [
            (sentence.start + start, sentence.start + end, title)
            for sentence in extraction.sentences
            for start, end, title in self.find(sentence.text)
        ]
        return frozenset(
            title
            for start, end, title in places
            if _applicable(title, places, taken) and _free(start, end, taken)
        )


def _word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def _applicable(
    title: str, places: Sequence[tuple[int, int, str]], taken: Sequence[_Taken]
) -> bool:
    """Whether a document may take `title`: not when the title reads like a person's name
    (two or three capitalised words) and, away from the title's own places, the document
    names someone by its first or last word ("Quell said"): the name is that person's here.
    The small tagger often calls such a surname an organisation."""
    words = title.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return True
    ends = {words[0], words[-1]} - {"The", "A", "An"}
    own = [(start, end) for start, end, found in places if found == title]
    return not any(
        t.type in _NAMED
        and t.name in ends
        and not any(t.start < end and start < t.end for start, end in own)
        for t in taken
    )


def _free(start: int, end: int, taken: Sequence[_Taken]) -> bool:
    """Whether the text at [start, end) may become a film mention, replacing what overlaps
    it."""
    for span in taken:
        if span.end <= start or end <= span.start:
            continue
        if span.type is EntityType.FILM and span.start <= start and end <= span.end:
            return False  # a film mention already
        if not span.rule.startswith("ner:") or span.type not in _REPLACEABLE:
            return False
        before = span.text[: max(start - span.start, 0)]
        after = span.text[max(end - span.start, 0) :]
        outside = f"{before} {after}".split()
        if any(word.casefold() not in _EDGE_WORDS for word in outside):
            return False  # the title is part of a longer name: "Salt Road Records"
    return True


def _inside_name(doc: Doc, span: Span) -> bool:
    """Whether a proper noun of the same sentence runs on from either end of `span`."""
    if span.end < len(doc):
        after = doc[span.end]
        if after.pos_ == "PROPN" and after.text[:1].isupper() and not after.is_sent_start:
            return True
    if span.start > 0 and not doc[span.start].is_sent_start:
        before = doc[span.start - 1]
        if before.pos_ == "PROPN" and before.text[:1].isupper():
            return True
    return False


def apply(doc: Doc, titles: Collection[str]) -> None:
    """Make each free occurrence of `titles` in `doc` a film mention (rule `RULE`) in the
    entity component's span group, in place of the tagger's spans it overlaps."""
    if not titles:
        return
    # spaCy is loaded only where a Doc is at hand: a build that finds everything in its
    # cache collects titles without it
    from spacy.tokens import Span

    from .entities import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return
    gazetteer = Gazetteer.from_titles(titles)
    spans = list(doc.spans[SPANS_KEY])

    def taken() -> list[_Taken]:
        return [
            _Taken(s.start_char, s.end_char, s.text, EntityType(s.label_), s.kb_id_, s.id_)
            for s in spans
        ]

    places = list(gazetteer.find(doc_text(doc)))
    for start, end, title in places:
        span = doc.char_span(start, end)
        if span is None or _inside_name(doc, span):
            continue
        current = taken()
        if not _applicable(title, places, current) or not _free(start, end, current):
            continue
        spans = [s for s in spans if s.end <= span.start or span.end <= s.start]
        spans.append(
            Span(doc, span.start, span.end, label=EntityType.FILM.value, kb_id=title, span_id=RULE)
        )
    doc.spans[SPANS_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
