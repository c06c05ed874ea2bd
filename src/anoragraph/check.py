"""Check the graph's factual statements against a trusted reference graph.

Each extracted statement is matched to the reference by meaning, not by IRI: entities are the
same when they have the same type and share a name (rdfs:label or skos:altLabel, compared by
`ids.name_key`), so a reference written with other IRIs works. A statement is

- supported when the reference states the same fact and agrees on every qualifier both give;
- contradicted when the reference states the same fact with another year or ceremony, gives
  another value of a single-valued property (owl:FunctionalProperty in the ontology), or
  declares that it lists every value of the property for the subject (`?subject
  ag:listsAllValuesOf ?property`) and the value is not among them;
- not covered otherwise (the reference does not describe the subject, or lists other values of
  a property that may have many without saying that the list is complete).

Results are schema.org ClaimReview nodes (the fact-check markup): schema:itemReviewed the claims
that assert the statement, schema:reviewRating with schema:alternateName "supported",
"contradicted" or "not covered", schema:reviewBody the reason, schema:author the reference.
`write_reviews` stores them in the reviews graph, replacing the previous check's.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError
from .ids import name_key
from .resources import ontology_file
from .store import open_for_update, to_ox_quad, union_graph
from .vocab import AG, ID, OA, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

REVIEWS_GRAPH = URIRef("https://w3id.org/anoragraph/graph/reviews")
SUPPORTED = "supported"
CONTRADICTED = "contradicted"
NOT_COVERED = "not covered"
_RATING = {SUPPORTED: 5, NOT_COVERED: 3, CONTRADICTED: 1}
_NAMES = (RDFS.label, SKOS.altLabel, SKOS.prefLabel, SDO.name)


@dataclass(frozen=True)
class Review:
    """The verdict on one extracted statement."""

    statement: str
    claims: tuple[str, ...]
    status: str
    reason: str
    subject: str
    property: str
    value: str
    qualifiers: str
    source: str
    evidence: str
    reference_source: str | None = None


@dataclass(frozen=True)
class _Fact:
    """A statement of the reference: subject, property, object, qualifiers and source."""

    subject: Node
    predicate: URIRef
    object: Node
    qualifiers: dict[URIRef, Node] = field(default_factory=dict)
    source: str | None = None


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_file("anoragraph.ttl"))


def _fact_properties() -> set[URIRef]:
    """Film facts: the ontology's properties aligned to Wikidata."""
    return {p for p in _ontology().subjects(OWL.equivalentProperty, None) if isinstance(p, URIRef)}


def _qualifiers() -> set[URIRef]:
    return {p for p in _ontology().subjects(RDFS.domain, AG.Statement) if isinstance(p, URIRef)}


def functional_properties(graph: Graph | None = None) -> set[URIRef]:
    """Properties declared single-valued (owl:FunctionalProperty) in the ontology."""
    found = set()
    for source in (_ontology(), graph) if graph is not None else (_ontology(),):
        found |= {
            p for p in source.subjects(RDF.type, OWL.FunctionalProperty) if isinstance(p, URIRef)
        }
    return found


def complete_lists(reference: Graph) -> dict[URIRef, set[Node]]:
    """Property -> the reference's subjects for which it lists every value of that property."""
    found: dict[URIRef, set[Node]] = defaultdict(set)
    for subject, p in reference.subject_objects(AG.listsAllValuesOf):
        if isinstance(p, URIRef):
            found[p].add(subject)
    return dict(found)


def load_reference(path: Path) -> Graph:
    """Read a reference graph (format from the file name; Turtle when unknown) without
    fetching remote contexts or expanding XML entities."""
    from .rdfinput import read_graph

    if not path.is_file():
        raise InputError(f"no reference file {path}")
    try:
        return read_graph(path)
    except InputError as exc:
        raise InputError(f"cannot read the reference {exc}") from None


def reference_iri(graph: Graph, path: Path) -> URIRef:
    """The reference as an agent: the one schema:Dataset it declares, else its file."""
    datasets = [n for n in graph.subjects(RDF.type, SDO.Dataset) if isinstance(n, URIRef)]
    return datasets[0] if len(datasets) == 1 else URIRef(path.resolve().as_uri())


# --- comparing nodes across graphs --------------------------------------------------------


def _keys(graph: Graph, node: Node) -> set[tuple[str, str]]:
    types = {str(t) for t in graph.objects(node, RDF.type) if str(t).startswith(str(AG._NS))}
    names = {name_key(str(n)) for p in _NAMES for n in graph.objects(node, p)}
    return {(t, n) for t in types for n in names if n}


def _label(graph: Graph, node: Node) -> str:
    if isinstance(node, Literal):
        return str(node)
    amount = graph.value(node, SDO.value)
    if amount is not None:
        currency = graph.value(node, SDO.currency)
        return f"{_decimal(amount)} {currency or ''}".strip()
    score = graph.value(node, SDO.ratingValue)
    if score is not None:
        best = graph.value(node, SDO.bestRating)
        author = graph.value(node, SDO.author)
        text = _decimal(score) + (f"/{_decimal(best)}" if best is not None else "")
        return text + (f" on {_label(graph, author)}" if author is not None else "")
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def _decimal(value: Node) -> str:
    try:
        text = f"{Decimal(str(value)):f}"
    except InvalidOperation:
        return str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _same(graph: Graph, node: Node, reference: Graph, other: Node) -> bool:
    """Whether a node of the graph and a node of the reference denote the same thing."""
    if isinstance(node, Literal) or isinstance(other, Literal):
        if not (isinstance(node, Literal) and isinstance(other, Literal)):
            return False
        a, b = str(node), str(other)
        if XSD.gYear in (node.datatype, other.datatype) or len(a) == 4 or len(b) == 4:
            return a[:4] == b[:4]
        return a == b
    amount, other_amount = graph.value(node, SDO.value), reference.value(other, SDO.value)
    if amount is not None or other_amount is not None:
        if amount is None or other_amount is None:
            return False
        same_currency = str(graph.value(node, SDO.currency) or "") == str(
            reference.value(other, SDO.currency) or ""
        )
        return same_currency and Decimal(str(amount)) == Decimal(str(other_amount))
    if node == other:
        return True
    return bool(_keys(graph, node) & _keys(reference, other))


def reference_facts(reference: Graph) -> list[_Fact]:
    """The reference's statements: reified ag:Statement nodes, then plain triples of film facts
    that no reified statement restates (sourced from their subject's prov:wasDerivedFrom)."""
    qualifiers = _qualifiers()
    facts = []
    seen = set()
    for node in reference.subjects(RDF.type, AG.Statement):
        s, p, o = (reference.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if s is None or not isinstance(p, URIRef) or o is None:
            continue
        quals = {q: v for q in qualifiers if (v := reference.value(node, q)) is not None}
        source = reference.value(node, PROV.wasDerivedFrom)
        facts.append(_Fact(s, p, o, quals, str(source) if source is not None else None))
        seen.add((s, p, o))
    for p in _fact_properties():
        for s, o in reference.subject_objects(p):
            if (s, p, o) in seen:
                continue
            source = reference.value(s, PROV.wasDerivedFrom)
            facts.append(_Fact(s, p, o, {}, str(source) if source is not None else None))
    return facts


# --- the check ------------------------------------------------------------------------------


def _short(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def _property_label(p: URIRef) -> str:
    label = _ontology().value(p, RDFS.label)
    return str(label) if label is not None else _short(p)


def _cite(fact: _Fact) -> str:
    return f" ({fact.source})" if fact.source else ""


def _some(names: list[str], limit: int) -> str:
    return ", ".join(names[:limit]) + (", …" if len(names) > limit else "")


def check_graph(graph: Graph, reference: Graph) -> list[Review]:
    """Review every extracted statement of `graph` against `reference`."""
    facts = reference_facts(reference)
    by_predicate: dict[URIRef, list[_Fact]] = defaultdict(list)
    for fact in facts:
        by_predicate[fact.predicate].append(fact)
    ref_subjects = {fact.subject for fact in facts} | set(reference.subjects(RDF.type, None))
    functional = functional_properties(reference)
    complete = complete_lists(reference)
    qualifiers = _qualifiers()
    reviews = []
    for node in sorted(graph.subjects(RDF.type, AG.Statement), key=str):
        s, p, o = (graph.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if s is None or not isinstance(p, URIRef) or o is None:
            continue
        quals = {q: v for q in qualifiers if (v := graph.value(node, q)) is not None}
        status, reason, cited = _verdict(
            graph, reference, s, p, o, quals, by_predicate, ref_subjects, functional, complete
        )
        doc = graph.value(node, PROV.wasDerivedFrom)
        sentence = graph.value(node, AG.evidence)
        evidence = ""
        for selector in graph.objects(sentence, OA.hasSelector) if sentence is not None else ():
            evidence = str(graph.value(selector, OA.exact) or evidence)
        reviews.append(
            Review(
                statement=str(node),
                claims=tuple(sorted(str(c) for c in graph.subjects(AG.asserts, node))),
                status=status,
                reason=reason,
                subject=_label(graph, s),
                property=_short(p),
                value=_label(graph, o),
                qualifiers="; ".join(
                    f"{_short(q)} {_label(graph, v)}" for q, v in sorted(quals.items())
                ),
                source=str(graph.value(doc, AG.fileName) or doc or ""),
                evidence=evidence,
                reference_source=cited,
            )
        )
    return reviews


def _verdict(
    graph: Graph,
    reference: Graph,
    s: Node,
    p: URIRef,
    o: Node,
    quals: dict[URIRef, Node],
    by_predicate: dict[URIRef, list[_Fact]],
    ref_subjects: set[Node],
    functional: set[URIRef],
    complete: dict[URIRef, set[Node]],
) -> tuple[str, str, str | None]:
    subject = _label(graph, s)
    if not any(_same(graph, s, reference, r) for r in ref_subjects if not isinstance(r, Literal)):
        return NOT_COVERED, f"the reference does not describe {subject}", None
    about = [f for f in by_predicate.get(p, []) if _same(graph, s, reference, f.subject)]
    label = _property_label(p)
    closed = [r for r in complete.get(p, ()) if _same(graph, s, reference, r)]
    if not about and not closed:
        return NOT_COVERED, f"the reference has no '{label}' fact about {subject}", None
    same_object = [f for f in about if _same(graph, o, reference, f.object)]
    value = _label(graph, o)
    if same_object:
        disagreements = []
        for fact in same_object:
            differing = [
                (q, fact.qualifiers[q])
                for q, v in sorted(quals.items())
                if q in fact.qualifiers and not _same(graph, v, reference, fact.qualifiers[q])
            ]
            if not differing:
                return SUPPORTED, f"the reference states this{_cite(fact)}", fact.source
            disagreements.append((fact, differing))
        fact, differing = disagreements[0]
        parts = ", ".join(
            f"{_property_label(q)} {_label(reference, v)} (not {_label(graph, quals[q])})"
            for q, v in differing
        )
        return (
            CONTRADICTED,
            f"the reference has {subject} {label} {value} {parts}{_cite(fact)}",
            fact.source,
        )
    others = sorted({_label(reference, f.object) for f in about})
    if p in functional and about:
        fact = about[0]
        return (
            CONTRADICTED,
            f"the reference has {subject} {label} {' / '.join(others)}, not {value}{_cite(fact)}",
            fact.source,
        )
    if closed:
        source = next(
            (str(d) for r in closed if (d := reference.value(r, PROV.wasDerivedFrom)) is not None),
            about[0].source if about else None,
        )
        cite = f" ({source})" if source else ""
        if not others:
            return (
                CONTRADICTED,
                f"the reference declares that {subject} has no '{label}'; not {value}{cite}",
                source,
            )
        return (
            CONTRADICTED,
            f"the reference gives the complete '{label}' list for {subject} "
            f"({_some(others, 10)}); {value} is not on it{cite}",
            source,
        )
    listed = _some(others, 6)
    return (
        NOT_COVERED,
        f"the reference lists {label} {listed} for {subject}, not {value}",
        about[0].source,
    )


# --- writing the reviews ---------------------------------------------------------------------


def review_triples(reviews: Iterable[Review], author: URIRef) -> Iterator[tuple[Node, Node, Node]]:
    """schema:ClaimReview nodes for `reviews`, by `author` (the reference)."""
    for review in reviews:
        digest = hashlib.sha1(f"{review.statement}|{author}".encode()).hexdigest()[:16]
        node = ID[f"review/{digest}"]
        rating = URIRef(f"{node}/rating")
        yield node, RDF.type, SDO.ClaimReview
        for item in review.claims or (review.statement,):
            yield node, SDO.itemReviewed, URIRef(item)
        yield node, SDO.reviewRating, rating
        yield node, SDO.reviewBody, Literal(review.reason)
        yield node, SDO.author, author
        if review.reference_source:
            yield node, PROV.wasDerivedFrom, URIRef(review.reference_source)
        yield rating, RDF.type, SDO.Rating
        yield rating, SDO.alternateName, Literal(review.status)
        yield rating, SDO.ratingValue, Literal(_RATING[review.status])
        yield rating, SDO.bestRating, Literal(5)
        yield rating, SDO.worstRating, Literal(1)
    yield author, RDF.type, PROV.Agent


def check(store_path: Path, reference_path: Path, *, write: bool = True) -> list[Review]:
    """Review the store's statements against the reference file; store the ClaimReviews in the
    reviews graph (replacing the previous check's) unless `write` is False."""
    from .store import open_store

    reference = load_reference(reference_path)
    reviews = check_graph(union_graph(open_store(store_path)), reference)
    if write:
        author = reference_iri(reference, reference_path)
        quads = [to_ox_quad(s, p, o, REVIEWS_GRAPH) for s, p, o in review_triples(reviews, author)]
        with open_for_update(store_path) as store:
            graph = ox.NamedNode(str(REVIEWS_GRAPH))
            if any(g == graph for g in store.named_graphs()):
                store.remove_graph(graph)
            store.extend(quads)
    return reviews
