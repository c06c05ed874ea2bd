"""The extractor's vocabularies and rule tables, read once from JSON files under `ontology/`.

Everything true of the world that the rules need (award families and ceremonies, genres,
demonyms, outlets, role verbs) and every rule's name and confidence live in those files, not
in code: `ontology/vocab/*.json` and `ontology/patterns/*.json`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, TypeVar

from ..errors import OntologyError
from ..resources import ontology_file


@dataclass(frozen=True)
class AwardFamily:
    award: str
    ceremony: str
    organization: str


@dataclass(frozen=True)
class Lexicon:
    # vocab/awards.json
    families: dict[str, AwardFamily]
    prizes: dict[str, str]
    ceremonies: dict[str, str]
    ceremony_heads: frozenset[str]
    award_heads: frozenset[str]
    prize_materials: frozenset[str]
    category_words: frozenset[str]
    award_organizations: dict[str, str]
    # vocab/genres.json
    genres: dict[str, str]
    forms: frozenset[str]
    genre_hedges: frozenset[str]
    # vocab/demonyms.json
    demonyms: dict[str, str]
    countries: dict[str, str]
    demonym_nouns: frozenset[str]
    # vocab/organizations.json
    outlets: frozenset[str]
    org_suffixes: frozenset[str]
    org_prefixes: frozenset[str]
    studio_words: frozenset[str]
    distributor_words: frozenset[str]
    org_cue_before: tuple[str, ...]
    org_cue_after: frozenset[str]
    domain_tlds: frozenset[str]
    # vocab/lexicon.json
    film_nouns: frozenset[str]
    work_nouns: frozenset[str]
    anaphors: frozenset[str]
    title_words: frozenset[str]
    character_cues: frozenset[str]
    story_roles: frozenset[str]
    calendar_words: frozenset[str]
    person_roles: frozenset[str]
    opening: dict[str, frozenset[str]]
    place_nouns: frozenset[str]
    lemmas: dict[str, str]
    fronted_participles: dict[str, str]
    # patterns/relations.json
    relations: dict[str, Any]
    # patterns/rules.json
    mention_rules: dict[str, float]
    statement_rules: dict[str, float]

    def mention_confidence(self, rule: str) -> float:
        try:
            return self.mention_rules[rule]
        except KeyError:
            raise OntologyError(
                f"mention rule {rule!r} is missing from ontology/patterns/rules.json"
            ) from None

    def statement_confidence(self, rule: str) -> float:
        try:
            return self.statement_rules[rule]
        except KeyError:
            raise OntologyError(
                f"statement rule {rule!r} is missing from ontology/patterns/rules.json"
            ) from None

    @functools.cached_property
    def content_labels(self) -> frozenset[str]:
        """Labels that open a line of content, not a speaker's turn: verdicts ("Our rating:"),
        corrections ("Update:") and credits ("Title:", "Cast:"), lower case."""
        disputed = self.relations["disputed"]
        words = (
            *disputed["verdict_labels"],
            *disputed["correction_labels"],
            *self.relations["credit_labels"]["labels"],
        )
        return frozenset(w.casefold() for w in words)

    @functools.cached_property
    def section_headings(self) -> frozenset[str]:
        """Headings of a section ("PRODUCTION NOTES", "Did you know?"), lower case."""
        return frozenset(w.casefold() for w in self.relations["section_headings"]["words"])

    @functools.cached_property
    def verdict_words(self) -> frozenset[str]:
        """What a fact-check rules a claim ("TRUE", "MISLEADING", "Pants on fire"), lower
        case."""
        disputed = self.relations["disputed"]
        return frozenset(
            w.casefold() for w in (*disputed["verdict_scale"], *disputed["false_words"])
        )

    @functools.cached_property
    def strand_labels(self) -> frozenset[str]:
        """What a programme prints before an entry's title ("TRIBUTE: MARINA"), lower case."""
        return frozenset(w.casefold() for w in self.relations["section_headings"]["strand_labels"])

    def section_heading(self, line: str) -> bool:
        """Whether `line` only names a section: "CAST", "About the Production:", an
        encyclopedia's "Production[edit]"."""
        line = _EDIT_LINK.sub("", line).strip().rstrip(":").strip().casefold()
        if line in self.section_headings:
            return True
        # "ORIGINAL CREDITS (1947)", "Restoration credits": a short heading on a section noun
        words = _BRACKETED_YEAR.sub("", line).split()
        heads = self.relations["section_headings"]["head_nouns"]
        return 1 < len(words) <= 3 and words[-1] in heads

    def country(self, text: str) -> str | None:
        """The country a demonym or a country name denotes ("Japanese" -> "Japan")."""
        key = text.casefold().strip()
        return self.demonyms.get(key) or self.countries.get(key)


_EDIT_LINK = re.compile(r"\[\s*edit\s*\]\s*$", re.IGNORECASE)
_BRACKETED_YEAR = re.compile(r"\(\s*\d{4}\s*\)\s*$")


def read_vocabulary(name: str) -> dict[str, Any]:
    """One JSON vocabulary under `ontology/vocab/`, checked to hold an object."""
    return _read("vocab", name)


def _read(*parts: str) -> dict[str, Any]:
    path = ontology_file(*parts)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OntologyError(f"vocabulary file {path} is missing: reinstall anoragraph") from None
    except json.JSONDecodeError as error:
        raise OntologyError(f"vocabulary file {path} is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise OntologyError(f"vocabulary file {path} must hold a JSON object")
    return data


def _lower(items: Any) -> frozenset[str]:
    return frozenset(str(item).casefold() for item in items)


T = TypeVar("T")


def per_text(
    find: Callable[[str, Lexicon], Iterable[T]],
) -> Callable[[str, Lexicon], tuple[T, ...]]:
    """`find` over a text, kept for the last few texts read with the shipped vocabularies:
    the entity and relation passes both read a text's credits and award results."""

    @lru_cache(maxsize=4)
    def kept(text: str) -> tuple[T, ...]:
        return tuple(find(text, load_lexicon()))

    def read(text: str, lex: Lexicon) -> tuple[T, ...]:
        return kept(text) if lex is load_lexicon() else tuple(find(text, lex))

    return read


@cache
def load_lexicon() -> Lexicon:
    """Read the vocabularies and rule tables (once per process)."""
    awards = _read("vocab", "awards.json")
    genres = _read("vocab", "genres.json")
    demonyms = _read("vocab", "demonyms.json")
    orgs = _read("vocab", "organizations.json")
    words = _read("vocab", "lexicon.json")
    relations = _read("patterns", "relations.json")
    rules = _read("patterns", "rules.json")
    try:
        return Lexicon(
            families={k.casefold(): AwardFamily(**v) for k, v in awards["families"].items()},
            prizes={k.casefold(): v for k, v in awards["prizes"].items()},
            ceremonies={k.casefold(): v for k, v in awards["ceremonies"].items()},
            ceremony_heads=_lower(awards["ceremony_heads"]),
            award_heads=_lower(awards["award_heads"]),
            prize_materials=_lower(awards["prize_materials"]),
            category_words=_lower(awards["category_words"]),
            award_organizations={k.casefold(): v for k, v in awards["organizations"].items()},
            genres={k.casefold(): v for k, v in genres["genres"].items()},
            forms=_lower(genres["forms"]),
            genre_hedges=_lower(genres["hedges"]),
            demonyms={k.casefold(): v for k, v in demonyms["demonyms"].items()},
            countries={k.casefold(): v for k, v in demonyms["countries"].items()},
            demonym_nouns=_lower(demonyms["nouns"]),
            outlets=frozenset(orgs["outlets"]),
            org_suffixes=frozenset(orgs["suffixes"]),
            org_prefixes=frozenset(orgs["prefixes"]),
            studio_words=frozenset(orgs["studio_words"]),
            distributor_words=frozenset(orgs["distributor_words"]),
            org_cue_before=tuple(str(c).casefold() for c in orgs["cue_before"]),
            org_cue_after=_lower(orgs["cue_after"]),
            domain_tlds=_lower(orgs["domain_tlds"]),
            film_nouns=_lower(words["film_nouns"]),
            work_nouns=_lower(words["work_nouns"]),
            anaphors=_lower(words["anaphors"]),
            title_words=_lower(words["title_words"]),
            character_cues=_lower(words["character_cues"]),
            story_roles=_lower(words["story_roles"]),
            calendar_words=_lower(words["calendar_words"]),
            person_roles=_lower(words["person_roles"]),
            place_nouns=_lower(words["place_nouns"]),
            lemmas={k.casefold(): v for k, v in words["lemmas"]["forms"].items()},
            fronted_participles={
                k: v
                for k, v in words["lemmas"]["fronted_participles"].items()
                if k != "description"
            },
            opening={
                k: _lower(v) for k, v in words["opening_subject"].items() if k != "description"
            },
            relations=relations,
            mention_rules={k: float(v) for k, v in rules["mentions"].items()},
            statement_rules={k: float(v) for k, v in rules["statements"].items()},
        )
    except (KeyError, TypeError) as error:
        raise OntologyError(f"a vocabulary file under ontology/ is malformed: {error!r}") from None
