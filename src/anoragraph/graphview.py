"""The RDF graph read back as people and things, the facts linking them and the claims made
about them, each with its evidence: what `viz` draws and `netexport` writes for other tools.

Input is the union graph of the store (see ontology/anoragraph.ttl for the model): entities
typed with an ontology class, reified `ag:Statement`s with `ag:evidence` sentences, `ag:Claim`s
with claimant, targets and stance, `ag:Mention`s, and the `ag:Document`s they come from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import OntologyError, QueryError
from .ids import name_key
from .resources import ontology_file
from .vocab import AG, OA, OWL, PROV, RDF, RDFS, SDO, SKOS

# Classes that describe the record-keeping, not the world: never drawn as entities.
_STRUCTURAL = frozenset(
    {
        AG.Document,
        AG.Sentence,
        AG.Mention,
        AG.Statement,
        AG.Claim,
        AG.StanceAspect,
        AG.Stance,
        AG.ClaimKind,
    }
)
_QUALIFIERS = (AG.ceremony, AG.year, AG.inFilm, AG.forWork)
# Properties that link records, not the things the sources talk about.
_NOT_FACTS = frozenset(
    {*_QUALIFIERS, AG.evidence, AG.denotes, AG.claimant, AG.reportedBy, AG.stance}
    | {AG.stanceToward, AG.target, AG.claimKind, AG.asserts}
)
CLAIM = "Claim"

# Looked up once: a DefinedNamespace attribute costs a few microseconds, per triple.
_HAS_SELECTOR = OA.hasSelector
_START = OA.start
_END = OA.end
_EXACT = OA.exact
_RULE = AG.rule
_CONFIDENCE = AG.confidence
_EVIDENCE = AG.evidence
_DERIVED_FROM = PROV.wasDerivedFrom


@dataclass(frozen=True)
class Ontology:
    """Labels of the ontology's classes and properties, and its entity classes in order."""

    labels: Mapping[str, str]
    entity_classes: tuple[str, ...]
    object_properties: tuple[str, ...]  # ours, minus provenance and claim structure

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or local_name(iri)


@cache
def ontology() -> Ontology:
    """Read ontology/anoragraph.ttl once."""
    path = ontology_file("anoragraph.ttl")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot read the ontology {path}: {exc}") from None
    labels: dict[str, str] = {}
    for subject, label in graph.subject_objects(RDFS.label):
        if (
            isinstance(subject, URIRef)
            and isinstance(label, Literal)
            and (label.language in (None, "en") or str(subject) not in labels)
        ):
            labels[str(subject)] = str(label)
    for subject, label in graph.subject_objects(SKOS.prefLabel):
        if isinstance(subject, URIRef) and str(subject) not in labels:
            labels[str(subject)] = str(label)
    namespace = str(AG._NS)
    classes = [
        str(c)
        for c in graph.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef) and str(c).startswith(namespace) and c not in _STRUCTURAL
    ]
    # File order is the author's order (people and films first); rdflib's is not kept.
    text = path.read_text(encoding="utf-8")
    classes.sort(key=lambda iri: _position(text, "ag:" + local_name(iri)))
    properties = sorted(
        str(p)
        for p in graph.subjects(RDF.type, OWL.ObjectProperty)
        if str(p).startswith(namespace) and p not in _NOT_FACTS
    )
    return Ontology(labels, tuple(classes), tuple(properties))


def _position(text: str, term: str) -> int:
    index = text.find(f"\n{term} ")
    return index if index >= 0 else len(text)


def local_name(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            tail = iri.rsplit(separator, 1)[1]
            if tail:
                return tail
    return iri


@dataclass(frozen=True)
class Source:
    """A document the graph was read from."""

    iri: str
    label: str  # its file name, else its title, else its IRI
    title: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where one statement or claim was read: document, sentence, span, rule."""

    source: str  # document IRI
    sentence: str | None
    start: int | None = None
    end: int | None = None
    rule: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Entity:
    iri: str
    type: str  # class IRI
    label: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    sources: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Fact:
    """One thing the sources state: subject, property, object, with every piece of evidence.

    `object` is an entity IRI when `object_is_entity`, else the object's text form."""

    subject: str
    predicate: str
    object: str
    object_label: str
    object_is_entity: bool
    qualifiers: tuple[tuple[str, str], ...] = ()  # (property IRI, value label)
    evidence: tuple[Evidence, ...] = ()

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(e.source for e in self.evidence if e.source)


@dataclass(frozen=True)
class Aspect:
    target: str
    stance: str | None  # local name: positive, negative, neutral, mixed


@dataclass(frozen=True)
class Claim:
    iri: str
    text: str
    claimant: str | None
    stance: str | None
    kind: str | None
    about: tuple[str, ...] = ()
    aspects: tuple[Aspect, ...] = ()
    reported_by: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(e.source for e in self.evidence if e.source)

    def targets(self) -> tuple[str, ...]:
        """Everything the claim is about, aspects first, each once."""
        seen = dict.fromkeys([a.target for a in self.aspects] + list(self.about))
        return tuple(seen)

    def agents(self) -> tuple[str, ...]:
        return ((self.claimant,) if self.claimant else ()) + self.reported_by


@dataclass(frozen=True)
class GraphView:
    entities: Mapping[str, Entity]
    facts: tuple[Fact, ...]
    claims: tuple[Claim, ...]
    sources: Mapping[str, Source]
    _adjacency: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)

    # -- selection ---------------------------------------------------------------------------

    def find(self, label: str) -> list[str]:
        """Entities whose label (or, failing that, an alias) matches `label`, forgivingly."""
        key = name_key(label)
        if not key:
            return []
        by_label = [e.iri for e in self.entities.values() if name_key(e.label) == key]
        if by_label:
            return sorted(by_label)
        return sorted(
            e.iri for e in self.entities.values() if any(name_key(a) == key for a in e.aliases)
        )

    def resolve_types(self, names: Iterable[str]) -> frozenset[str]:
        """Class IRIs for names given as local names or labels ("Person", "person", "film")."""
        onto = ontology()
        known = {iri: (local_name(iri), onto.label(iri)) for iri in onto.entity_classes}
        for entity in self.entities.values():
            known.setdefault(entity.type, (local_name(entity.type), onto.label(entity.type)))
        chosen: set[str] = set()
        for name in names:
            key = name_key(name)
            hits = [iri for iri, forms in known.items() if key in {name_key(f) for f in forms}]
            if not hits:
                choices = ", ".join(sorted(local_name(i) for i in known))
                raise QueryError(f"unknown entity type {name!r}: choose from {choices}")
            chosen.update(hits)
        return frozenset(chosen)

    def resolve_sources(self, names: Iterable[str]) -> frozenset[str]:
        """Document IRIs for names given as file names, stems, paths or IRIs."""
        chosen: set[str] = set()
        for name in names:
            hits = [iri for iri, src in self.sources.items() if _matches_source(name, iri, src)]
            if not hits:
                choices = ", ".join(sorted(s.label for s in self.sources.values())) or "none"
                raise QueryError(f"no source document {name!r} in the graph: choose from {choices}")
            chosen.update(hits)
        return frozenset(chosen)

    def select(
        self,
        *,
        types: frozenset[str] | None = None,
        sources: frozenset[str] | None = None,
        claims: bool = True,
    ) -> GraphView:
        """The part of the graph read from `sources`, keeping entities of `types` (class IRIs).

        Claimants are kept with their claims whatever their type: a claim without its
        claimant says nothing."""
        facts = self.facts
        claim_list = self.claims if claims else ()
        if sources is not None:
            facts = tuple(f2 for f in facts if (f2 := _keep_evidence(f, sources)) is not None)
            claim_list = tuple(c for c in claim_list if c.sources & sources)
        entities: dict[str, Entity] = {}
        for iri, entity in self.entities.items():
            if sources is not None and not entity.sources & sources:
                continue
            if types is not None and entity.type not in types:
                continue
            entities[iri] = entity
        if not claims:
            anonymous = str(AG.AnonymousAuthor)
            entities = {i: e for i, e in entities.items() if e.type != anonymous}
        if sources is not None or types is not None:
            claim_list = tuple(c for c in claim_list if any(t in entities for t in c.targets()))
            for claim in claim_list:
                for agent in claim.agents():
                    if agent in self.entities:
                        entities.setdefault(agent, self.entities[agent])
        facts = tuple(
            f
            for f in facts
            if f.subject in entities and (not f.object_is_entity or f.object in entities)
        )
        return GraphView(entities, facts, claim_list, self.sources)

    def neighbourhood(self, roots: Iterable[str], depth: int) -> GraphView:
        """Entities and claims within `depth` links of `roots`, plus the claimants of every
        claim kept (links through a claim node count as two: entity - claim - entity)."""
        adjacency = self.adjacency()
        keep: set[str] = set(roots)
        frontier = set(keep)
        for _ in range(max(depth, 0)):
            frontier = {n for node in frontier for n in adjacency.get(node, ())} - keep
            keep |= frontier
        claim_list = tuple(c for c in self.claims if c.iri in keep)
        for claim in claim_list:
            keep.update(a for a in claim.agents() if a in self.entities)
        entities = {iri: e for iri, e in self.entities.items() if iri in keep}
        facts = tuple(
            f
            for f in self.facts
            if f.subject in entities and (not f.object_is_entity or f.object in entities)
        )
        return GraphView(entities, facts, claim_list, self.sources)

    def adjacency(self) -> dict[str, set[str]]:
        if not self._adjacency:
            links: dict[str, set[str]] = defaultdict(set)
            for f in self.facts:
                if f.object_is_entity:
                    links[f.subject].add(f.object)
                    links[f.object].add(f.subject)
            for c in self.claims:
                for other in (*c.agents(), *c.targets()):
                    links[c.iri].add(other)
                    links[other].add(c.iri)
            self._adjacency.update(links)
        return self._adjacency


def _matches_source(name: str, iri: str, source: Source) -> bool:
    if name in (iri, source.label):
        return True
    label = source.label.replace("\\", "/")
    base = label.rsplit("/", 1)[-1]
    return name in (base, base.rsplit(".", 1)[0]) or label.endswith("/" + name)


def _keep_evidence(fact: Fact, sources: frozenset[str]) -> Fact | None:
    if not fact.evidence:
        return None
    kept = tuple(e for e in fact.evidence if e.source in sources)
    return replace(fact, evidence=kept) if kept else None


# -- reading ----------------------------------------------------------------------------------


class _Reader:
    """Reads through one index per predicate, built by one scan of that predicate: rdflib's
    per-call overhead makes a lookup per node and property the slow path on large graphs."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.onto = ontology()
        self._quotes: dict[Node, str | None] = {}
        self._indexes: dict[URIRef, dict[Node, list[Node]]] = {}

    def index(self, predicate: URIRef) -> dict[Node, list[Node]]:
        found = self._indexes.get(predicate)
        if found is None:
            found = defaultdict(list)
            for subject, obj in self.graph.subject_objects(predicate):
                found[subject].append(obj)
            self._indexes[predicate] = found = dict(found)
        return found

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        return self.index(predicate).get(subject, [])

    def one(self, subject: Node, predicate: URIRef) -> Node | None:
        values = self.index(predicate).get(subject)
        return values[0] if values else None

    def text(self, subject: Node, predicate: URIRef) -> str | None:
        value = self.one(subject, predicate)
        return str(value) if isinstance(value, Literal) else None

    def label(self, node: Node) -> str:
        for predicate in (RDFS.label, SKOS.prefLabel, SDO.name):
            best: str | None = None
            for value in self.objects(node, predicate):
                if isinstance(value, Literal):
                    if value.language in (None, "en"):
                        return str(value)
                    best = best or str(value)
            if best:
                return best
        return local_name(str(node))

    def sources(self) -> dict[str, Source]:
        found: dict[str, Source] = {}
        for doc in self.graph.subjects(RDF.type, AG.Document):
            title = self.text(doc, SDO.name)
            label = self.text(doc, AG.fileName) or title or str(doc)
            found[str(doc)] = Source(str(doc), label, title if title != label else None)
        return found

    def quote(self, sentence: Node) -> str | None:
        if sentence not in self._quotes:
            exact: str | None = None
            for selector in self.objects(sentence, _HAS_SELECTOR):
                exact = self.text(selector, _EXACT)
                if exact is not None:
                    break
            self._quotes[sentence] = exact
        return self._quotes[sentence]

    def evidence(self, node: Node) -> tuple[Evidence, ...]:
        found: list[Evidence] = []
        start = end = None
        for selector in self.objects(node, _HAS_SELECTOR):
            s, e = self.one(selector, _START), self.one(selector, _END)
            if isinstance(s, Literal) and isinstance(e, Literal):
                start, end = int(s.toPython()), int(e.toPython())
                break
        rule = self.text(node, _RULE)
        confidence = self.one(node, _CONFIDENCE)
        conf = float(confidence.toPython()) if isinstance(confidence, Literal) else None
        quotes = [self.quote(s) for s in self.objects(node, _EVIDENCE)]
        docs = [str(d) for d in self.objects(node, _DERIVED_FROM)]
        for doc in docs or [""]:
            for quote in quotes or [None]:
                found.append(Evidence(doc, quote, start, end, rule, conf))
        return tuple(found)

    def value_label(self, node: Node, entities: Mapping[str, Entity]) -> str:
        if isinstance(node, Literal):
            return str(node)
        if str(node) in entities:
            return entities[str(node)].label
        value = self.one(node, SDO.value)
        if value is not None:
            currency = self.text(node, SDO.currency)
            return f"{value} {currency}" if currency else str(value)
        rating = self.one(node, SDO.ratingValue)
        if rating is not None:
            best = self.one(node, SDO.bestRating)
            text = f"{rating}/{best}" if best is not None else str(rating)
            author = self.one(node, SDO.author)
            return f"{text} ({self.label(author)})" if author is not None else text
        return self.label(node)

    def entities(self) -> dict[str, Entity]:
        order = {iri: k for k, iri in enumerate(self.onto.entity_classes)}
        types: dict[str, str] = {}
        for subject, cls in self.graph.subject_objects(RDF.type):
            if not isinstance(subject, URIRef) or cls in _STRUCTURAL:
                continue
            key = str(cls)
            if key not in order and not key.startswith(str(AG._NS)):
                continue
            current = types.get(str(subject))
            if current is None or order.get(key, len(order)) < order.get(current, len(order)):
                types[str(subject)] = key
        mentions: dict[str, int] = defaultdict(int)
        mention_sources: dict[str, set[str]] = defaultdict(set)
        for mention, target in self.graph.subject_objects(AG.denotes):
            mentions[str(target)] += 1
            for doc in self.objects(mention, OA.hasSource):
                mention_sources[str(target)].add(str(doc))
        for doc, author in self.graph.subject_objects(SDO.author):
            if (doc, RDF.type, AG.Document) in self.graph:
                mention_sources[str(author)].add(str(doc))
        entities: dict[str, Entity] = {}
        for iri, class_iri in types.items():
            node = URIRef(iri)
            aliases = sorted(
                {str(a) for a in self.objects(node, SKOS.altLabel)} - {self.label(node)}
            )
            entities[iri] = Entity(
                iri=iri,
                type=class_iri,
                label=self.label(node),
                aliases=tuple(aliases),
                mentions=mentions.get(iri, 0),
                sources=frozenset(mention_sources.get(iri, ())),
            )
        return entities

    def facts(self, entities: Mapping[str, Entity]) -> tuple[Fact, ...]:
        grouped: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], list[Evidence]] = {}
        objects_of: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], tuple[str, bool]] = {}
        for statement in self.graph.subjects(RDF.type, AG.Statement):
            s = self.one(statement, RDF.subject)
            p = self.one(statement, RDF.predicate)
            o = self.one(statement, RDF.object)
            if s is None or p is None or o is None or str(s) not in entities:
                continue
            qualifiers = tuple(
                (str(q), self.value_label(v, entities))
                for q in _QUALIFIERS
                for v in self.objects(statement, q)
            )
            is_entity = str(o) in entities
            text = str(o) if is_entity else self.value_label(o, entities)
            key = (str(s), str(p), text, qualifiers)
            grouped.setdefault(key, []).extend(self.evidence(statement))
            objects_of[key] = (self.value_label(o, entities), is_entity)
        # Triples asserted between two entities without a statement node: drawn, no evidence.
        reified = {(k[0], k[1], k[2]) for k in grouped}
        for predicate in self.onto.object_properties:
            for s, objects in self.index(URIRef(predicate)).items():
                for o in objects:
                    key = (str(s), predicate, str(o), ())
                    if key[0] in entities and key[2] in entities and key[:3] not in reified:
                        grouped.setdefault(key, [])
                        objects_of[key] = (entities[key[2]].label, True)
        facts = [
            Fact(
                subject=s,
                predicate=p,
                object=o,
                object_label=objects_of[(s, p, o, q)][0],
                object_is_entity=objects_of[(s, p, o, q)][1],
                qualifiers=q,
                evidence=tuple(sorted(set(ev), key=_evidence_order)),
            )
            for (s, p, o, q), ev in grouped.items()
        ]
        facts.sort(key=lambda f: (f.subject, f.predicate, f.object, f.qualifiers))
        return tuple(facts)

    def claims(self) -> tuple[Claim, ...]:
        found: list[Claim] = []
        for node in self.graph.subjects(RDF.type, AG.Claim):
            aspects = []
            for aspect in self.objects(node, AG.stanceToward):
                target = self.one(aspect, AG.target)
                if target is not None:
                    stance = self.one(aspect, AG.stance)
                    aspects.append(Aspect(str(target), _local_or_none(stance)))
            claimant = self.one(node, AG.claimant)
            found.append(
                Claim(
                    iri=str(node),
                    text=self.text(node, SDO.text) or "",
                    claimant=str(claimant) if claimant is not None else None,
                    stance=_local_or_none(self.one(node, AG.stance)),
                    kind=_local_or_none(self.one(node, AG.claimKind)),
                    about=tuple(sorted(str(t) for t in self.objects(node, SDO.about))),
                    aspects=tuple(sorted(aspects, key=lambda a: (a.target, a.stance or ""))),
                    reported_by=tuple(sorted(str(a) for a in self.objects(node, AG.reportedBy))),
                    evidence=tuple(sorted(set(self.evidence(node)), key=_evidence_order)),
                )
            )
        found.sort(key=lambda c: c.iri)
        return tuple(found)


def _local_or_none(node: Node | None) -> str | None:
    return local_name(str(node)) if node is not None else None


def _evidence_order(e: Evidence) -> tuple[str, int, str]:
    return (e.source, e.start if e.start is not None else -1, e.sentence or "")


def read(graph: Graph) -> GraphView:
    """Read the union graph of a store into a GraphView."""
    reader = _Reader(graph)
    sources = reader.sources()
    entities = reader.entities()
    facts = reader.facts(entities)
    claims = reader.claims()
    # Every document a fact or claim comes from is a source of the entities it links.
    extra: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for iri in (f.subject, f.object) if f.object_is_entity else (f.subject,):
            extra[iri] |= f.sources
    for c in claims:
        for iri in (*c.agents(), *c.targets()):
            extra[iri] |= c.sources
    # An anonymous author is only worth drawing as the claimant of something.
    agents = {a for c in claims for a in c.agents()}
    for iri in [i for i, e in entities.items() if e.type == str(AG.AnonymousAuthor)]:
        if iri not in agents:
            del entities[iri]
    for iri, docs in extra.items():
        if iri in entities and not docs <= entities[iri].sources:
            entities[iri] = replace(entities[iri], sources=entities[iri].sources | docs)
    return GraphView(entities, facts, claims, sources)
