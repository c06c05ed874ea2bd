"""Small hand-made corpora for the graph-page tests, written through the real RDF writer
(rdf.py) so the tests read the same model a build produces, without loading a model."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from anoragraph import rdf
from anoragraph import store as ag_store
from anoragraph.ids import slug
from anoragraph.nlp.resolve import Resolution, entity_key
from anoragraph.records import (
    Aspect,
    Claim,
    ClaimKind,
    Document,
    Entity,
    EntityRef,
    EntityType,
    Extraction,
    Mention,
    Sentence,
    Stance,
    Statement,
    Value,
    Year,
)


@dataclass
class Doc:
    path: str
    sentences: list[str]
    author: EntityRef | None = None
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def _offset(self, index: int) -> int:
        return sum(len(s) + 1 for s in self.sentences[:index])

    def _span(self, index: int, text: str) -> tuple[int, int]:
        local = self.sentences[index].find(text)
        assert local >= 0, f"{text!r} is not in sentence {index}"
        start = self._offset(index) + local
        return start, start + len(text)

    def mention(self, ref: EntityRef, sentence: int, text: str | None = None) -> EntityRef:
        start, end = self._span(sentence, text or ref.name)
        self.mentions.append(Mention(ref, start, end, text or ref.name, sentence, "test", 0.9))
        return ref

    def fact(
        self,
        subject: EntityRef,
        predicate: str,
        obj: Value,
        sentence: int,
        qualifiers: tuple[tuple[str, Value], ...] = (),
    ) -> None:
        start = self._offset(sentence)
        end = start + len(self.sentences[sentence])
        self.statements.append(
            Statement(subject, predicate, obj, sentence, start, end, "test-rule", 0.8, qualifiers)
        )

    def claim(
        self,
        claimant: EntityRef | None,
        sentence: int,
        stance: Stance,
        about: tuple[tuple[EntityRef, Stance], ...],
        reported_by: tuple[EntityRef, ...] = (),
    ) -> None:
        start = self._offset(sentence)
        text = self.sentences[sentence]
        self.claims.append(
            Claim(
                claimant=claimant,
                kind=ClaimKind.OPINION,
                stance=stance,
                about=tuple(Aspect(t, s) for t, s in about),
                sentence=sentence,
                start=start,
                end=start + len(text),
                text=text,
                rule="test-claim",
                confidence=0.7,
                reported_by=reported_by,
            )
        )

    def extraction(self) -> Extraction:
        text = " ".join(self.sentences)
        sentences = []
        for k, s in enumerate(self.sentences):
            start = self._offset(k)
            sentences.append(Sentence(k, start, start + len(s), s))
        doc_id = slug(self.path)
        document = Document(
            id=doc_id,
            path=self.path,
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        return Extraction(
            document,
            tuple(sentences),
            tuple(self.mentions),
            tuple(self.statements),
            tuple(self.claims),
            self.author,
        )


@dataclass
class Corpus:
    docs: list[Doc] = field(default_factory=list)
    aliases: dict[EntityRef, set[str]] = field(default_factory=dict)

    def doc(self, path: str, *sentences: str, author: EntityRef | None = None) -> Doc:
        doc = Doc(path, list(sentences), author)
        self.docs.append(doc)
        return doc

    def alias(self, ref: EntityRef, *names: str) -> None:
        self.aliases.setdefault(ref, set()).update(names)

    def quads(self) -> list[tuple[Node, Node, Node, URIRef]]:
        extractions = [d.extraction() for d in self.docs]
        refs: set[EntityRef] = set()
        for x in extractions:
            refs.update(m.ref for m in x.mentions)
            for st in x.statements:
                refs.add(st.subject)
                refs.update(
                    v
                    for v in (st.object, *(q for _, q in st.qualifiers))
                    if isinstance(v, EntityRef)
                )
            for c in x.claims:
                refs.update(a.target for a in c.about)
                refs.update(c.reported_by)
                if c.claimant is not None:
                    refs.add(c.claimant)
            if x.author is not None:
                refs.add(x.author)
        entities = {
            entity_key(r.type, r.name): Entity(
                entity_key(r.type, r.name), r.type, r.name, frozenset(self.aliases.get(r, ()))
            )
            for r in refs
        }
        resolution = Resolution(entities=entities, index={})
        return list(rdf.corpus_quads(extractions, resolution))

    def graph(self) -> Graph:
        """The union graph, as `store.union_graph` gives it."""
        graph = Graph()
        for s, p, o, _g in self.quads():
            graph.add((s, p, o))
        return graph

    def store(self, path: Path) -> Path:
        """Write the corpus as a store at `path`, as `anoragraph build` would."""
        with ag_store.writer_lock(path):
            ag_store.replace_contents(path, (ag_store.to_ox_quad(*q) for q in self.quads()))
        return path


def person(name: str) -> EntityRef:
    return EntityRef(EntityType.PERSON, name)


def film(name: str) -> EntityRef:
    return EntityRef(EntityType.FILM, name)


def award(name: str) -> EntityRef:
    return EntityRef(EntityType.AWARD, name)


def org(name: str) -> EntityRef:
    return EntityRef(EntityType.ORGANIZATION, name)


def character(name: str) -> EntityRef:
    return EntityRef(EntityType.CHARACTER, name)


# The corpus most tests draw: one review, one forum thread.
KOVAC = person("Iris Kovac")
HARBOUR = film("Salt Harbour")
REYES = person("Tomas Reyes")
VALE = character("Ned Vale")
LANTERN = award("Golden Lantern")
WHITCOMBE = person("Dana Whitcombe")
REVIEW = "reviews/harbour.txt"
THREAD = "forum/thread.txt"
DIRECTED = "Salt Harbour was directed by Iris Kovac."


def sample() -> Corpus:
    """9 nodes and 9 links:

    entities: Iris Kovac, Salt Harbour, Tomas Reyes, Ned Vale, Golden Lantern,
    Dana Whitcombe, the thread's anonymous author (claimant) -> 7
    claims: Whitcombe's (positive), the thread author's (negative) -> 2      = 9 nodes
    facts: directed by, cast member, played by, won -> 4 links (the release year is a literal)
    claim links: Whitcombe claim -> claimant, -> Salt Harbour;
                 thread claim -> claimant, -> Kovac, -> Salt Harbour    -> 5  = 9 links
    """
    corpus = Corpus()
    corpus.alias(KOVAC, "Kovac")
    review = corpus.doc(
        REVIEW,
        DIRECTED,
        "Tomas Reyes plays Ned Vale in Salt Harbour.",
        "Dana Whitcombe said the film is a triumph.",
        "It won the Golden Lantern in 2023.",
    )
    review.mention(HARBOUR, 0)
    review.mention(KOVAC, 0)
    review.mention(REYES, 1)
    review.mention(VALE, 1)
    review.mention(WHITCOMBE, 2)
    review.mention(LANTERN, 3)
    review.fact(HARBOUR, "director", KOVAC, 0)
    review.fact(VALE, "portrayedBy", REYES, 1, (("inFilm", HARBOUR),))
    review.fact(HARBOUR, "castMember", REYES, 1)
    review.fact(HARBOUR, "awardReceived", LANTERN, 3, (("year", Year(2023)),))
    review.fact(HARBOUR, "publicationDate", Year(2023), 3)
    review.claim(WHITCOMBE, 2, Stance.POSITIVE, ((HARBOUR, Stance.POSITIVE),))
    thread = corpus.doc(THREAD, "Kovac is overrated and Salt Harbour drags.")
    thread.mention(KOVAC, 0, "Kovac")
    thread.mention(HARBOUR, 0)
    thread.claim(None, 0, Stance.NEGATIVE, ((KOVAC, Stance.NEGATIVE), (HARBOUR, Stance.NEGATIVE)))
    return corpus


# Names a hostile or careless document could carry.
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
INJECTED_FILE = "evil/<b>page</b>.txt"


def injected() -> Corpus:
    """Markup as a person's name, a film title, a sentence, a claim and a file name."""
    corpus = sample()
    bad_person, bad_film = person(IMG), film(SCRIPT)
    doc = corpus.doc(
        INJECTED_FILE,
        f"{SCRIPT} was directed by {IMG}.",
        f"{IMG} says {SCRIPT} is a masterpiece \u2028 & <!-- more -->.",
    )
    doc.mention(bad_film, 0)
    doc.mention(bad_person, 0)
    doc.fact(bad_film, "director", bad_person, 0)
    doc.claim(bad_person, 1, Stance.POSITIVE, ((bad_film, Stance.POSITIVE),))
    return corpus
