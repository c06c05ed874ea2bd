"""Merge mentions within and across documents into entities with stable identities.

1. Types are settled across the corpus: a name that some document types by strong evidence (a
   title pattern, an award vocabulary, a character slot) and that another document only knows
   from spaCy's statistical NER takes the strong type ("Harbor" tagged ORG in one text is
   the film another text calls "Lee's 2015 film Harbor").
2. Within a document, a short person name ("Brask", "Tessa") is the one longer person name of
   that document it ends or starts with, and a short company name ("Meridian") the one longer
   company name that is it and company words ("Meridian Pictures"); across documents, a
   surname left over is the one person of the corpus with that surname, provided the two
   documents share a topic (a film, a character or another named person): a lone "Williams"
   in one text is not taken for the Williams of an unrelated one. Two people sharing a
   surname stay apart.
3. Films are the same film whatever their leading article ("Long Pier" and "The Long
   Pier"); a country is one place whatever name the text uses ("US", "the United States":
   the country's Wikidata label, from ontology/vocab/demonyms.json); otherwise entities of
   the same type and name key are one.

Each entity keeps every surface form as an alias; its label is its fullest frequent name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..ids import name_key, slug
from ..records import Entity, EntityRef, EntityType, Extraction, Rating
from .lexicon import load_lexicon

_STRONG_PREFIXES = ("vocab:", "pattern:", "title:", "context:", "cue:")
_WEAK_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.WORK)
_ARTICLES = ("the ", "a ", "an ")
# what two documents must share for a surname in one to be a full name in the other
_TOPICS = (EntityType.FILM, EntityType.CHARACTER)


@dataclass(frozen=True)
class Resolution:
    """Corpus-wide entities, and which entity each document's reference denotes."""

    entities: Mapping[str, Entity]
    index: Mapping[tuple[str, EntityRef], str]

    def key(self, doc_id: str, ref: EntityRef) -> str:
        found = self.index.get((doc_id, ref))
        if found is not None:
            return found
        return entity_key(ref.type, ref.name)


def entity_key(kind: EntityType, name: str) -> str:
    return f"{kind.value.lower()}/{slug(name)}"


def _country(ref: EntityRef) -> EntityRef:
    """A place that is a country, under the country's own label."""
    if ref.type is not EntityType.PLACE:
        return ref
    found = load_lexicon().countries.get(ref.name.casefold())
    return EntityRef(EntityType.PLACE, found) if found is not None else ref


def _match_key(kind: EntityType, name: str) -> str:
    text = name.casefold()
    if kind in (EntityType.FILM, EntityType.WORK):
        for article in _ARTICLES:
            if text.startswith(article) and len(text) > len(article):
                text = text[len(article) :]
                break
    return name_key(text) or slug(name)


def _refs(extraction: Extraction) -> Iterator[EntityRef]:
    for mention in extraction.mentions:
        yield mention.ref
    for st in extraction.statements:
        yield st.subject
        for value in (st.object, *(q for _, q in st.qualifiers)):
            if isinstance(value, EntityRef):
                yield value
            elif isinstance(value, Rating) and value.source is not None:
                yield value.source
    for claim in extraction.claims:
        if claim.claimant is not None:
            yield claim.claimant
        yield from claim.reported_by
        for aspect in claim.about:
            yield aspect.target
    if extraction.author is not None:
        yield extraction.author


def _strong_types(extractions: Iterable[Extraction]) -> dict[str, set[EntityType]]:
    """Name key -> the types some document gives that name on strong evidence: a typing
    rule, or the slot of a relation rule ("the film X focuses on ..." makes X a film)."""
    strong: dict[str, set[EntityType]] = defaultdict(set)
    for extraction in extractions:
        for mention in extraction.mentions:
            if mention.rule.startswith(_STRONG_PREFIXES):
                strong[name_key(mention.ref.name)].add(mention.ref.type)
        for statement in extraction.statements:
            if statement.subject.type is EntityType.FILM:
                strong[name_key(statement.subject.name)].add(EntityType.FILM)
            obj = statement.object
            if (
                isinstance(obj, EntityRef)
                and obj.type in (EntityType.PLACE, EntityType.CHARACTER, EntityType.PERSON)
                and not statement.rule.startswith("fallback:")
            ):
                # "set in X" makes X a place, "A as X" a character, "X plays Y" a person
                strong[name_key(obj.name)].add(obj.type)
    return strong


def _settle_type(ref: EntityRef, weak: bool, strong: Mapping[str, set[EntityType]]) -> EntityRef:
    kinds = strong.get(name_key(ref.name), set())
    if ref.type is EntityType.WORK and EntityType.FILM in kinds:
        # a work the corpus elsewhere knows as a film is that film (the narrower class)
        return EntityRef(EntityType.FILM, ref.name)
    if not weak or ref.type not in _WEAK_TYPES:
        return ref
    if ref.type in kinds or not kinds:
        return ref
    if EntityType.FILM in kinds:
        return EntityRef(EntityType.FILM, ref.name)
    if len(kinds) == 1:
        (kind,) = kinds
        if kind in (
            EntityType.CHARACTER,
            EntityType.PERSON,
            EntityType.ORGANIZATION,
            EntityType.PLACE,
        ):
            return EntityRef(kind, ref.name)
    return ref


def _short_names(names: Iterable[str]) -> tuple[list[str], list[str]]:
    names = set(names)
    return [n for n in names if len(n.split()) == 1], [n for n in names if len(n.split()) > 1]


_INITIAL = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)?")


def _person_in_doc(names: Iterable[str]) -> dict[str, str]:
    """Short person name -> the one longer name of the document it ends or starts with; a
    name with initials ("A. Korvath") -> the one full name they abbreviate."""
    short, full = _short_names(names)
    mapping: dict[str, str] = {}
    for name in full:
        words = name.split()
        if not all(_INITIAL.fullmatch(w) for w in words[:-1]):
            continue
        spelled = {
            n
            for n in full
            if n != name
            and name_key(n.split()[-1]) == name_key(words[-1])
            and not _INITIAL.fullmatch(n.split()[0])
            and n.split()[0][:1] == words[0][:1]
        }
        if len(spelled) == 1:
            mapping[name] = next(iter(spelled))
    full = [n for n in full if n not in mapping]
    for name in short:
        key = name_key(name)
        by_last = {n for n in full if name_key(n.split()[-1]) == key}
        by_first = {n for n in full if name_key(n.split()[0]) == key}
        if len(by_last) == 1:
            mapping[name] = next(iter(by_last))
        elif not by_last and len(by_first) == 1:
            mapping[name] = next(iter(by_first))
    return mapping


def _organization_in_doc(names: Iterable[str], suffixes: frozenset[str]) -> dict[str, str]:
    """Short company name -> the one longer name of the document that is it and company
    words: a chart's "(Meridian)" is the "Meridian Pictures" its report names."""
    names = set(names)
    mapping: dict[str, str] = {}
    for name in names:
        longer = {
            n
            for n in names
            if n.startswith(name + " ") and all(w in suffixes for w in n[len(name) :].split())
        }
        if len(longer) == 1:
            mapping[name] = next(iter(longer))
    return mapping


# mentions whose words are another name of the entity, kept as an alias
_ALIAS_RULES = frozenset({"title:translation"})


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Map every reference of every document to a corpus-wide entity."""
    strong = _strong_types(extractions)
    suffixes = load_lexicon().org_suffixes
    # pass 1: settle types and person names within each document
    settled: dict[tuple[str, EntityRef], EntityRef] = {}
    full_people: dict[str, set[str]] = defaultdict(set)  # surname key -> full names, corpus-wide
    topics: dict[str, set[str]] = defaultdict(set)  # document -> films, characters, full names
    seen_in: dict[str, set[str]] = defaultdict(set)  # full name -> documents
    for extraction in extractions:
        doc_id = extraction.document.id
        strong_refs = {m.ref for m in extraction.mentions if m.rule.startswith(_STRONG_PREFIXES)}
        refs = list(dict.fromkeys(_refs(extraction)))
        typed = {ref: _country(_settle_type(ref, ref not in strong_refs, strong)) for ref in refs}
        people = _person_in_doc(r.name for r in typed.values() if r.type is EntityType.PERSON)
        companies = _organization_in_doc(
            (r.name for r in typed.values() if r.type is EntityType.ORGANIZATION), suffixes
        )
        for ref, new in typed.items():
            if new.type is EntityType.PERSON and new.name in people:
                new = EntityRef(EntityType.PERSON, people[new.name])
            elif new.type is EntityType.ORGANIZATION and new.name in companies:
                new = EntityRef(EntityType.ORGANIZATION, companies[new.name])
            settled[(doc_id, ref)] = new
            if new.type is EntityType.PERSON and len(new.name.split()) > 1:
                full_people[name_key(new.name.split()[-1])].add(new.name)
                seen_in[new.name].add(doc_id)
            if new.type in _TOPICS or (new.type is EntityType.PERSON and len(new.name.split()) > 1):
                topics[doc_id].add(f"{new.type.value}/{_match_key(new.type, new.name)}")
    # pass 2: surnames left over name the one person of the corpus with that surname
    people_keys = {
        k: {_match_key(EntityType.PERSON, n) for n in names} for k, names in full_people.items()
    }
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, EntityType] = {}
    index: dict[tuple[str, EntityRef], str] = {}
    for (doc_id, ref), new in settled.items():
        if new.type is EntityType.PERSON and len(new.name.split()) == 1:
            candidates = full_people.get(name_key(new.name), set())
            if (
                len(candidates) == 1 or len(people_keys.get(name_key(new.name), set())) == 1
            ) and any(
                topics[doc_id] & topics[other]
                for full in candidates
                for other in seen_in[full]
                if other != doc_id
            ):
                new = EntityRef(EntityType.PERSON, sorted(candidates)[0])
        key = f"{new.type.value.lower()}/{_match_key(new.type, new.name)}"
        index[(doc_id, ref)] = key
        surface[key][new.name] += 1
        surface[key][ref.name] += 0
        kinds[key] = new.type
    for extraction in extractions:
        for mention in extraction.mentions:
            known = index.get((extraction.document.id, mention.ref))
            if known is not None and mention.rule in _ALIAS_RULES:
                # "«Les Chiens de Mars» (The Dogs of March)": the text names the film so too
                surface[known][mention.text] += 0
    entities: dict[str, Entity] = {}
    stable: dict[str, str] = {}
    for key, names in surface.items():
        label = max(names, key=lambda n: (names[n], len(n.split()), len(n), n))
        new_key = entity_key(kinds[key], label)
        stable[key] = new_key
        previous = entities.get(new_key)
        aliases = frozenset(names) - {label}
        if previous is not None:
            aliases |= previous.aliases
        entities[new_key] = Entity(new_key, kinds[key], label, aliases)
    return Resolution(entities, {k: stable[v] for k, v in index.items()})
