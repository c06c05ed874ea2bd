"""Records that pass between the pipeline's stages: frozen dataclasses of plain values.

documents.py makes `Document`s; nlp/ turns each into an `Extraction` (mentions, statements,
claims, all with character offsets into the document text); nlp/resolve.py maps every
`EntityRef` to one `Entity` across the corpus; rdf.py turns the lot into quads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class EntityType(StrEnum):
    """Entity classes; each value is the local name of a class in the anoragraph ontology."""

    PERSON = "Person"
    FILM = "Film"
    CHARACTER = "Character"
    AWARD = "Award"
    CEREMONY = "Ceremony"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    GENRE = "Genre"
    WORK = "CreativeWork"  # a written or other work a film is based on
    TOPIC = "Topic"  # a subject a film or claim is about


class Stance(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    MIXED = "mixed"


class ClaimKind(StrEnum):
    OPINION = "opinion"
    FACT = "fact"


@dataclass(frozen=True)
class Document:
    """One input text. `id` is stable across runs: derived from the path relative to its root."""

    id: str
    path: str
    text: str
    sha256: str
    media_type: str = "text/plain"
    title: str | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EntityRef:
    """A reference to an entity as one document names it.

    `name` is the normalised surface form ("Varda" for "Varda's"); resolve.py maps
    (document, type, name) to a corpus-wide `Entity`.
    """

    type: EntityType
    name: str


@dataclass(frozen=True)
class Mention:
    ref: EntityRef
    start: int
    end: int
    text: str
    sentence: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Year:
    value: int


@dataclass(frozen=True)
class Date:
    year: int
    month: int
    day: int


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217 code, e.g. "USD"
    approximate: bool = False  # "about €6 million", "a reported £3.2m", "north of $210 million"


@dataclass(frozen=True)
class Rating:
    value: Decimal
    best: Decimal
    source: EntityRef | None  # who gives the rating (a review site, a critic)


@dataclass(frozen=True)
class Text:
    value: str


Value = EntityRef | Year | Date | Money | Rating | Text


@dataclass(frozen=True)
class Statement:
    """One fact a document states: subject, ontology property (local name), object.

    `qualifiers` refine it the way Wikidata qualifiers do: ("ceremony", EntityRef),
    ("year", Year), ("film", EntityRef) for who plays whom in which film, ("forWork", ...).
    `start`/`end` span the words the rule matched; `sentence` indexes `Extraction.sentences`.
    """

    subject: EntityRef
    predicate: str
    object: Value
    sentence: int
    start: int
    end: int
    rule: str
    confidence: float
    qualifiers: tuple[tuple[str, Value], ...] = ()


@dataclass(frozen=True)
class Aspect:
    """What a claim is about and the claimant's stance towards it."""

    target: EntityRef
    stance: Stance


@dataclass(frozen=True)
class Verdict:
    """A fact-check's ruling on a claim it quotes ("OUR RATING: FALSE"), given by the
    document's author: the verdict as written, its value on the ontology's scale (1 false to
    5 true; None when the verdict rates no truth, as "Unproven" does) and where it is."""

    text: str
    value: int | None
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """An attributed statement: who says it, about what, with which stance, where.

    `claimant` None means the document's own author, unless `unattributed`: then the text
    quotes the claim from a source it does not name (a fact-check's "CLAIM:" line) and the
    author only reports it. `reported_by` holds outer claimants of a nested attribution,
    outermost first ("the author reports that Okafor argues ..."): the claimant is the
    innermost speaker. `statements` indexes `Extraction.statements`: the factual statements
    this claim asserts. `verdict` is the document's ruling on the claim, if it gives one.
    """

    claimant: EntityRef | None
    kind: ClaimKind
    stance: Stance
    about: tuple[Aspect, ...]
    sentence: int
    start: int
    end: int
    text: str
    rule: str
    confidence: float
    reported_by: tuple[EntityRef, ...] = ()
    statements: tuple[int, ...] = ()
    unattributed: bool = False
    verdict: Verdict | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    claims: tuple[Claim, ...]
    author: EntityRef | None = None  # the byline / signature / "Name said..." author
    tokens: int = 0


@dataclass(frozen=True)
class Entity:
    """One real-world thing, after resolution across the corpus."""

    key: str  # the stable slug its IRI is made from
    type: EntityType
    label: str
    aliases: frozenset[str] = field(default_factory=frozenset)
