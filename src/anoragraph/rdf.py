"""Records -> RDF quads with provenance.

Each document's statements, mentions, sentences and claims go into a named graph named by the
document's IRI; entity descriptions (type, canonical label, aliases), which depend on the whole
corpus, go into the entities graph. See ontology/anoragraph.ttl for every term.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from .nlp.resolve import Resolution
from .records import (
    Claim,
    Date,
    Entity,
    EntityRef,
    Extraction,
    Money,
    Rating,
    Sentence,
    Statement,
    Text,
    Value,
    Verdict,
    Year,
)
from .vocab import AG, DOC, ENTITIES_GRAPH, ID, OA, PREFIXES, PROV, RDF, RDFS, SDO, SKOS, XSD, ag

Quad = tuple[Node, Node, Node, URIRef]


def document_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def entity_iri(key: str) -> URIRef:
    return ID[key]


def _digest(*parts: object) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# Literals a build writes many times over (offsets, indices, rule names, confidences) are made
# once each: an rdflib Literal works out its datatype and lexical form when it is made.
@functools.lru_cache(maxsize=1 << 16)
def _number(value: int) -> Literal:
    return Literal(value)


@functools.lru_cache(maxsize=1 << 12)
def _name(value: str) -> Literal:
    return Literal(value)


@functools.lru_cache(maxsize=1 << 12)
def _confidence(value: float) -> Literal:
    return _decimal(Decimal(str(round(value, 3))))


def _selector(doc: URIRef, start: int, end: int) -> tuple[URIRef, list[tuple[Node, Node, Node]]]:
    """An RFC 5147 fragment IRI for the span, described as an oa:TextPositionSelector."""
    sel = URIRef(f"{doc}#char={start},{end}")
    return sel, [
        (sel, RDF.type, OA.TextPositionSelector),
        (sel, OA.start, _number(start)),
        (sel, OA.end, _number(end)),
    ]


def _sentence_iri(doc: URIRef, index: int) -> URIRef:
    return URIRef(f"{doc}/sentence/{index}")


def _decimal(value: Decimal) -> Literal:
    return Literal(value, datatype=XSD.decimal)


class _Writer:
    """Collects the triples of one document's named graph."""

    def __init__(self, extraction: Extraction, resolution: Resolution) -> None:
        self.extraction = extraction
        self.resolution = resolution
        self.document = extraction.document
        self.doc = document_iri(self.document.id)
        self.triples: list[tuple[Node, Node, Node]] = []

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.triples.append((s, p, o))

    def entity(self, ref: EntityRef) -> URIRef:
        return entity_iri(self.resolution.key(self.document.id, ref))

    def value(self, value: Value, anchor: str) -> Node:
        """The RDF term for a statement's object; structured values become nodes."""
        if isinstance(value, EntityRef):
            return self.entity(value)
        if isinstance(value, Year):
            return Literal(f"{value.value:04d}", datatype=XSD.gYear)
        if isinstance(value, Date):
            return Literal(f"{value.year:04d}-{value.month:02d}-{value.day:02d}", datatype=XSD.date)
        if isinstance(value, Text):
            return Literal(value.value)
        node = URIRef(f"{self.doc}/value/{anchor}")
        if isinstance(value, Money):
            self.add(node, RDF.type, SDO.MonetaryAmount)
            self.add(node, SDO.value, _decimal(value.amount))
            self.add(node, SDO.currency, Literal(value.currency))
            if value.approximate:
                self.add(node, AG.approximate, Literal(True))
            return node
        if isinstance(value, Rating):
            self.add(node, RDF.type, SDO.Rating)
            self.add(node, SDO.ratingValue, _decimal(value.value))
            self.add(node, SDO.bestRating, _decimal(value.best))
            if value.source is not None:
                self.add(node, SDO.author, self.entity(value.source))
            return node
        raise TypeError(f"unsupported value {value!r}")

    def document_node(self) -> None:
        doc, document = self.doc, self.document
        self.add(doc, RDF.type, AG.Document)
        self.add(doc, AG.fileName, Literal(document.path))
        self.add(doc, AG.sha256, Literal(document.sha256))
        self.add(doc, SDO.encodingFormat, Literal(document.media_type))
        self.add(doc, AG.tokenCount, Literal(self.extraction.tokens))
        if document.title:
            self.add(doc, SDO.name, Literal(document.title))
        self.add(doc, SDO.author, self.author())

    def author(self) -> URIRef:
        if self.extraction.author is not None:
            return self.entity(self.extraction.author)
        node = URIRef(f"{self.doc}/author")
        self.add(node, RDF.type, AG.AnonymousAuthor)
        self.add(node, RDFS.label, Literal(f"author of {self.document.path}"))
        return node

    def sentence(self, sentence: Sentence) -> None:
        node = _sentence_iri(self.doc, sentence.index)
        sel, triples = _selector(self.doc, sentence.start, sentence.end)
        quote = URIRef(f"{node}/quote")
        self.triples.extend(triples)
        self.add(node, RDF.type, AG.Sentence)
        self.add(node, OA.hasSource, self.doc)
        self.add(node, AG.sentenceIndex, _number(sentence.index))
        self.add(node, OA.hasSelector, sel)
        self.add(node, OA.hasSelector, quote)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(sentence.text))

    def provenance(self, node: URIRef, sentence: int, start: int, end: int) -> None:
        sel, triples = _selector(self.doc, start, end)
        self.triples.extend(triples)
        self.add(node, PROV.wasDerivedFrom, self.doc)
        self.add(node, AG.evidence, _sentence_iri(self.doc, sentence))
        self.add(node, OA.hasSelector, sel)

    def mention(
        self,
        start: int,
        end: int,
        ref: EntityRef,
        text: str,
        sentence: int,
        rule: str,
        confidence: float,
    ) -> None:
        node = URIRef(f"{self.doc}/mention/{start}-{end}")
        self.add(node, RDF.type, AG.Mention)
        self.add(node, AG.denotes, self.entity(ref))
        self.add(node, OA.hasSource, self.doc)
        self.add(node, AG.surfaceForm, Literal(text))
        self.add(node, AG.rule, _name(rule))
        self.add(node, AG.confidence, _confidence(confidence))
        self.provenance(node, sentence, start, end)

    def statement(self, statement: Statement) -> URIRef:
        subject = self.entity(statement.subject)
        predicate = ag(statement.predicate)
        anchor = f"{statement.start}-{statement.end}-{statement.predicate}"
        obj = self.value(statement.object, anchor)
        self.add(subject, predicate, obj)
        node = ID[
            "statement/"
            + _digest(
                self.document.id,
                statement.sentence,
                statement.start,
                statement.end,
                subject,
                predicate,
                obj,
                statement.qualifiers,
            )
        ]
        self.add(node, RDF.type, AG.Statement)
        self.add(node, RDF.subject, subject)
        self.add(node, RDF.predicate, predicate)
        self.add(node, RDF.object, obj)
        self.add(node, AG.rule, _name(statement.rule))
        self.add(node, AG.confidence, _confidence(statement.confidence))
        for name, qualifier in statement.qualifiers:
            self.add(node, ag(name), self.value(qualifier, f"{anchor}-{name}"))
        self.provenance(node, statement.sentence, statement.start, statement.end)
        return node

    def unnamed_source(self) -> URIRef:
        """The source of the claims a text quotes without naming who made them."""
        node = URIRef(f"{self.doc}/unnamed-source")
        self.add(node, RDF.type, AG.UnnamedSource)
        self.add(node, RDFS.label, Literal(f"unnamed source quoted in {self.document.path}"))
        return node

    def claim(self, claim: Claim, statement_nodes: list[URIRef]) -> None:
        if claim.unattributed:
            claimant = self.unnamed_source()
        elif claim.claimant is None:
            claimant = self.author()
        else:
            claimant = self.entity(claim.claimant)
        node = ID[
            "claim/" + _digest(self.document.id, claim.start, claim.end, claimant, claim.rule)
        ]
        self.add(node, RDF.type, AG.Claim)
        self.add(node, AG.claimant, claimant)
        for outer in claim.reported_by:
            self.add(node, AG.reportedBy, self.entity(outer))
        if claim.unattributed and not claim.reported_by:
            self.add(node, AG.reportedBy, self.author())
        self.add(node, AG.stance, ag(claim.stance.value))
        self.add(node, AG.claimKind, ag(claim.kind.value))
        self.add(node, SDO.text, Literal(claim.text))
        self.add(node, AG.rule, _name(claim.rule))
        self.add(node, AG.confidence, _confidence(claim.confidence))
        for k, aspect in enumerate(claim.about):
            target = self.entity(aspect.target)
            self.add(node, SDO.about, target)
            facet = URIRef(f"{node}#aspect-{k}")
            self.add(node, AG.stanceToward, facet)
            self.add(facet, RDF.type, AG.StanceAspect)
            self.add(facet, AG.target, target)
            self.add(facet, AG.stance, ag(aspect.stance.value))
        for index in claim.statements:
            if 0 <= index < len(statement_nodes):
                self.add(node, AG.asserts, statement_nodes[index])
        self.provenance(node, claim.sentence, claim.start, claim.end)
        if claim.verdict is not None:
            self.review(node, claim.verdict)

    def review(self, claim: URIRef, verdict: Verdict) -> None:
        """The author's ruling on a claim the text quotes, as schema.org's fact-check markup:
        a ClaimReview whose rating's alternateName is the verdict as written and whose
        ratingValue places it on the scale from 1 (false) to 5 (true)."""
        node = URIRef(f"{self.doc}/review/{verdict.start}-{verdict.end}")
        rating = URIRef(f"{node}/rating")
        self.add(node, RDF.type, SDO.ClaimReview)
        self.add(node, SDO.itemReviewed, claim)
        self.add(node, SDO.author, self.author())
        self.add(node, SDO.reviewRating, rating)
        self.add(rating, RDF.type, SDO.Rating)
        self.add(rating, SDO.alternateName, Literal(verdict.text))
        if verdict.value is not None:
            self.add(rating, SDO.ratingValue, Literal(verdict.value))
            self.add(rating, SDO.bestRating, Literal(5))
            self.add(rating, SDO.worstRating, Literal(1))
        self.provenance(node, verdict.sentence, verdict.start, verdict.end)

    def run(self) -> list[tuple[Node, Node, Node]]:
        self.document_node()
        for sentence in self.extraction.sentences:
            self.sentence(sentence)
        for m in self.extraction.mentions:
            self.mention(m.start, m.end, m.ref, m.text, m.sentence, m.rule, m.confidence)
        nodes = [self.statement(st) for st in self.extraction.statements]
        for claim in self.extraction.claims:
            self.claim(claim, nodes)
        return self.triples


def document_quads(extraction: Extraction, resolution: Resolution) -> Iterator[Quad]:
    """The named graph of one document."""
    graph = document_iri(extraction.document.id)
    for s, p, o in _Writer(extraction, resolution).run():
        yield s, p, o, graph


def entity_quads(entities: Iterable[Entity]) -> Iterator[Quad]:
    """Entity descriptions: class, canonical label and every other surface form."""
    for entity in entities:
        node = entity_iri(entity.key)
        yield node, RDF.type, ag(entity.type.value), ENTITIES_GRAPH
        yield node, RDFS.label, Literal(entity.label), ENTITIES_GRAPH
        for alias in sorted(entity.aliases):
            yield node, SKOS.altLabel, Literal(alias), ENTITIES_GRAPH


def corpus_quads(extractions: Iterable[Extraction], resolution: Resolution) -> Iterator[Quad]:
    for extraction in extractions:
        yield from document_quads(extraction, resolution)
    yield from entity_quads(resolution.entities.values())


def to_dataset(extractions: Iterable[Extraction], resolution: Resolution) -> Dataset:
    """An in-memory rdflib Dataset of the corpus (for evaluation and small corpora)."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for s, p, o, g in corpus_quads(extractions, resolution):
        dataset.graph(g).add((s, p, o))
    return dataset
