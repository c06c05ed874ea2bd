"""Stores built from hand-written extraction records, for conflicts and check tests."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from anoragraph.build import graph_quads
from anoragraph.records import (
    Aspect,
    Claim,
    ClaimKind,
    Document,
    EntityRef,
    EntityType,
    Extraction,
    Sentence,
    Stance,
    Statement,
    Value,
)
from anoragraph.store import replace_contents, writer_lock

FILM, PERSON, CHARACTER, AWARD, CEREMONY = (
    EntityType.FILM,
    EntityType.PERSON,
    EntityType.CHARACTER,
    EntityType.AWARD,
    EntityType.CEREMONY,
)


def fact(
    text: str,
    subject: EntityRef,
    predicate: str,
    obj: Value,
    qualifiers: tuple[tuple[str, Value], ...] = (),
) -> tuple[str, Statement]:
    return text, Statement(subject, predicate, obj, 0, 0, len(text), "test", 0.9, qualifiers)


def opinion(
    text: str, target: EntityRef, stance: Stance, claimant: EntityRef | None = None
) -> tuple[str, Claim]:
    """A sentence giving `claimant`'s (default: the author's) `stance` towards `target`."""
    about = (Aspect(target, stance),)
    return text, Claim(
        claimant, ClaimKind.OPINION, stance, about, 0, 0, len(text), text, "test", 0.6
    )


def extraction(
    name: str,
    facts: Sequence[tuple[str, Statement]],
    opinions: Sequence[tuple[str, Claim]] = (),
) -> Extraction:
    """One document whose sentences each state one fact, each asserted by a factual claim,
    then one sentence for each opinion."""
    text = ""
    sentences, statements, claims = [], [], []
    for k, (sentence_text, statement) in enumerate(facts):
        start = len(text)
        text += sentence_text + " "
        sentences.append(Sentence(k, start, start + len(sentence_text), sentence_text))
        statements.append(
            Statement(
                statement.subject,
                statement.predicate,
                statement.object,
                k,
                start,
                start + len(sentence_text),
                statement.rule,
                statement.confidence,
                statement.qualifiers,
            )
        )
        claims.append(
            Claim(
                None,
                ClaimKind.FACT,
                Stance.NEUTRAL,
                (),
                k,
                start,
                start + len(sentence_text),
                sentence_text,
                "claim:fact",
                0.8,
                statements=(k,),
            )
        )
    for k, (sentence_text, claim) in enumerate(opinions, start=len(facts)):
        start = len(text)
        text += sentence_text + " "
        sentences.append(Sentence(k, start, start + len(sentence_text), sentence_text))
        claims.append(replace(claim, sentence=k, start=start, end=start + len(sentence_text)))
    document = Document(name, name, text, hashlib.sha256(text.encode()).hexdigest())
    return Extraction(document, tuple(sentences), (), tuple(statements), tuple(claims))


def build_store(tmp_path: Path, extractions: Sequence[Extraction]) -> Path:
    store = tmp_path / "store"
    with writer_lock(store):
        replace_contents(store, list(graph_quads(extractions)))
    return store
