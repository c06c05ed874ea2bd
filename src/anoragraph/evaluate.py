"""Score extraction against gold sentences labelled with Wikidata relations.

Gold files hold one JSON object a line: `{"id", "sent", "triples": [{"sub", "rel", "obj"}]}`,
where `rel` is the English label of a Wikidata property. Each sentence is run through the real
pipeline as its own document and turned into RDF; the graph's predicates are mapped to
Wikidata through the ontology's `owl:equivalentProperty` alignments, objects are rendered the
way Wikidata labels them (entities by label, a year as "01 January 2010", a date as
"20 July 2001"), and the triples are scored with the customary protocol of Text2KGBench:
per sentence, keep the predicted triples whose relation occurs in that sentence's gold,
compare lower-cased subject+relation+object with spaces removed, and average precision,
recall and F1 over all sentences (an empty prediction scores 0).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError, OntologyError
from .records import Document
from .resources import ontology_file
from .vocab import ENTITIES_GRAPH, OWL, RDFS, SDO, XSD

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    triples: tuple[Triple, ...]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    sentences: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "sentences": self.sentences,
        }


@dataclass(frozen=True)
class SentenceResult:
    gold: GoldSentence
    predicted: tuple[Triple, ...]  # after the relation filter
    all_predicted: tuple[Triple, ...]
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Report:
    overall: Scores
    relations: Mapping[str, Scores]
    sentences: tuple[SentenceResult, ...] = field(repr=False)

    def worst(self, n: int) -> list[SentenceResult]:
        """The `n` sentences scored lowest, in file order among equals."""
        ranked = sorted(enumerate(self.sentences), key=lambda p: (p[1].f1, p[0]))
        return [result for _, result in ranked[:n] if result.f1 < 1.0]

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "relations": {rel: s.as_dict() for rel, s in sorted(self.relations.items())},
        }


def read_gold(path: Path) -> list[GoldSentence]:
    """Read a gold JSONL file; every line must be an object with `sent` and `triples`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; gold files are JSON lines") from None
    gold: list[GoldSentence] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            triples = tuple((str(t["sub"]), str(t["rel"]), str(t["obj"])) for t in item["triples"])
            gold.append(GoldSentence(str(item.get("id", number)), str(item["sent"]), triples))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}:{number}: not a gold sentence ({exc.__class__.__name__}: {exc}); "
                'expected {"id": ..., "sent": ..., "triples": [{"sub", "rel", "obj"}]}'
            ) from None
    if not gold:
        raise InputError(f"{path}: no gold sentences in the file")
    return gold


def wikidata_relations() -> dict[URIRef, str]:
    """Ontology predicate -> Wikidata property label, through owl:equivalentProperty."""
    ontology = Graph()
    try:
        ontology.parse(ontology_file("anoragraph.ttl"), format="turtle")
        ontology.parse(ontology_file("vocab", "wikidata.ttl"), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot read the ontology's Wikidata alignments: {exc}") from None
    labels: dict[URIRef, str] = {}
    for prop, _, wikidata in ontology.triples((None, OWL.equivalentProperty, None)):
        label = ontology.value(wikidata, RDFS.label)
        if isinstance(prop, URIRef) and label is not None:
            labels[prop] = str(label)
    return labels


def _wikidata_date(value: date) -> str:
    return f"{value.day:02d} {value.strftime('%B')} {value.year:04d}"


def render(graph: Dataset, node: Node, labels: Mapping[Node, str]) -> str | None:
    """A graph term written the way Wikidata labels it."""
    if isinstance(node, Literal):
        if node.datatype == XSD.gYear:
            return f"01 January {str(node)[:4]}"
        if node.datatype == XSD.date:
            value = node.toPython()
            return _wikidata_date(value) if isinstance(value, date) else str(node)
        return str(node)
    if isinstance(node, URIRef):
        if node in labels:
            return labels[node]
        amount = graph.value(node, SDO.value)
        if amount is not None:
            currency = graph.value(node, SDO.currency)
            number = amount.toPython() if isinstance(amount, Literal) else amount
            text = format(number, "f") if isinstance(number, Decimal) else str(number)
            return f"{text} {currency}" if currency is not None else text
    return None


def graph_triples(dataset: Dataset, relations: Mapping[URIRef, str]) -> dict[URIRef, set[Triple]]:
    """Triples of each document graph whose predicate is aligned to Wikidata, rendered."""
    entities = dataset.graph(ENTITIES_GRAPH)
    labels: dict[Node, str] = {s: str(o) for s, o in entities.subject_objects(RDFS.label)}
    found: dict[URIRef, set[Triple]] = defaultdict(set)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if not isinstance(p, URIRef) or p not in relations or g is None:
            continue
        graph_name = g.identifier if isinstance(g, Graph) else g
        if graph_name == ENTITIES_GRAPH or not isinstance(graph_name, URIRef):
            continue
        subject = labels.get(s)
        obj = render(dataset, o, labels)
        if subject is not None and obj is not None:
            found[graph_name].add((subject, relations[p], obj))
    return found


def _key(triple: Triple) -> str:
    return "".join(triple).casefold().replace(" ", "")


def score_sentence(
    gold: Sequence[Triple], predicted: Iterable[Triple]
) -> tuple[tuple[Triple, ...], float, float, float]:
    """Precision, recall and F1 of one sentence under the customary protocol."""
    rels = {rel for _, rel, _ in gold}
    kept = tuple(sorted({t for t in predicted if t[1] in rels}))
    gold_keys = {_key(t) for t in gold}
    pred_keys = {_key(t) for t in kept}
    if not pred_keys or not gold_keys:
        return kept, 0.0, 0.0, 0.0
    hits = len(gold_keys & pred_keys)
    precision = hits / len(pred_keys)
    recall = hits / len(gold_keys)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return kept, precision, recall, f1


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score(gold: Sequence[GoldSentence], predicted: Sequence[Iterable[Triple]]) -> Report:
    """Scores overall and per relation (over the sentences whose gold holds that relation)."""
    results: list[SentenceResult] = []
    per_relation: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for sentence, found in zip(gold, predicted, strict=True):
        found = tuple(found)
        kept, p, r, f = score_sentence(sentence.triples, found)
        results.append(SentenceResult(sentence, kept, found, p, r, f))
        for rel in sorted({t[1] for t in sentence.triples}):
            _, rp, rr, rf = score_sentence(
                [t for t in sentence.triples if t[1] == rel], [t for t in found if t[1] == rel]
            )
            per_relation[rel].append((rp, rr, rf))
    overall = Scores(
        _mean([r.precision for r in results]),
        _mean([r.recall for r in results]),
        _mean([r.f1 for r in results]),
        len(results),
    )
    relations = {
        rel: Scores(
            _mean([v[0] for v in vals]),
            _mean([v[1] for v in vals]),
            _mean([v[2] for v in vals]),
            len(vals),
        )
        for rel, vals in per_relation.items()
    }
    return Report(overall, relations, tuple(results))


def gold_documents(gold: Sequence[GoldSentence]) -> list[Document]:
    """Each gold sentence as its own document."""
    return [
        Document(
            id=f"gold/{index}",
            path=sentence.id,
            text=sentence.text,
            sha256=hashlib.sha256(sentence.text.encode("utf-8")).hexdigest(),
        )
        for index, sentence in enumerate(gold)
    ]


def predict(gold: Sequence[GoldSentence], *, batch_size: int = 64) -> list[set[Triple]]:
    """Run the pipeline on each sentence and read its Wikidata-aligned triples from the graph."""
    from .nlp.pipeline import extract
    from .nlp.resolve import resolve
    from .rdf import document_iri, to_dataset

    documents = gold_documents(gold)
    extractions = list(extract(documents, batch_size=batch_size))
    dataset = to_dataset(extractions, resolve(extractions))
    found = graph_triples(dataset, wikidata_relations())
    return [found.get(document_iri(document.id), set()) for document in documents]


def evaluate(path: Path) -> Report:
    """Score the pipeline on the gold file at `path`."""
    gold = read_gold(path)
    return score(gold, predict(gold))


__all__ = [
    "GoldSentence",
    "Report",
    "Scores",
    "SentenceResult",
    "evaluate",
    "graph_triples",
    "predict",
    "read_gold",
    "render",
    "score",
    "score_sentence",
    "wikidata_relations",
]
