"""Where sources contradict each other: statements from different documents that cannot both
hold, and opinions from different documents that oppose each other.

What cannot have two values is declared in the ontology, not here: properties typed
owl:FunctionalProperty (who plays a character, a film's budget) and single-valued statement
qualifiers (the year of a win). Which stances oppose each other is declared there too
(`ag:positive ag:opposes ag:negative`). The questions themselves are queries/conflicts.rq and
queries/disagreements.rq, which read those declarations from the ontology graph that every
build stores; this module runs them and merges their rows into one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

from .query import Table, load_query, run_select
from .vocab import AG

Kind = Literal["facts", "opinions", "all"]
KINDS: tuple[Kind, ...] = ("facts", "opinions", "all")

COLUMNS = (
    "kind",
    "subject",
    "subjectLabel",
    "property",
    "qualifier",
    "value1",
    "source1",
    "evidence1",
    "value2",
    "source2",
    "evidence2",
    "statement1",
    "statement2",
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | None
_FACT = ox.Literal("fact")
_OPINION = ox.Literal("opinion")
_STANCE = ox.NamedNode(str(AG.stance))


@dataclass(frozen=True)
class Conflict:
    """Two statements about one subject that cannot both hold, or two opposed opinions about
    one entity, with their sources.

    For an opinion, `property` is ag:stance, `values` read "negative (Lena Hart)" (stance and
    claimant) and `statements` are one claim on each side.
    """

    kind: str  # "fact" or "opinion"
    subject: str
    subject_label: str
    property: str
    qualifier: str | None  # the qualifier that differs (ag:year), None when the value does
    values: tuple[str, str]
    sources: tuple[str, str]
    evidence: tuple[str, str]
    statements: tuple[str, str]


def _cells(table: Table) -> list[dict[str, Term]]:
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def _text(term: Term) -> str:
    return "" if term is None else term.value


def _side(row: dict[str, Term], n: int) -> ox.Literal:
    """How one side of a disagreement reads: its stance and who takes it."""
    stance, claimant = _text(row[f"stance{n}"]), _text(row[f"claimant{n}Label"])
    return ox.Literal(f"{stance} ({claimant})" if claimant else stance)


def _opinion_row(row: dict[str, Term]) -> tuple[Term, ...]:
    merged: dict[str, Term] = {
        "kind": _OPINION,
        "subject": row["target"],
        "subjectLabel": row["targetLabel"],
        "property": _STANCE,
        "qualifier": None,
        "statement1": row["claim1"],
        "statement2": row["claim2"],
    }
    for n in (1, 2):
        merged[f"value{n}"] = _side(row, n)
        merged[f"source{n}"] = row[f"source{n}"]
        merged[f"evidence{n}"] = row[f"evidence{n}"] or row[f"text{n}"]
    return tuple(merged[name] for name in COLUMNS)


def conflicts_table(store: ox.Store, kind: Kind = "all") -> Table:
    """Contradicting facts (queries/conflicts.rq) then opposed opinions
    (queries/disagreements.rq) on `store`, as one table of COLUMNS."""
    rows: list[tuple[Term, ...]] = []
    if kind in ("facts", "all"):
        for row in _cells(run_select(store, load_query("conflicts"))):
            rows.append(tuple(_FACT if name == "kind" else row[name] for name in COLUMNS))
    if kind in ("opinions", "all"):
        for row in _cells(run_select(store, load_query("disagreements"))):
            rows.append(_opinion_row(row))
    return Table(COLUMNS, tuple(rows))


def find_conflicts(store: ox.Store, kind: Kind = "all") -> list[Conflict]:
    """Every pair of statements from different sources that cannot both hold, and every pair
    of opposed opinions about one entity from different sources (`kind` picks either)."""
    found = []
    for row in _cells(conflicts_table(store, kind)):
        found.append(
            Conflict(
                kind=_text(row["kind"]),
                subject=_text(row["subject"]),
                subject_label=_text(row["subjectLabel"]),
                property=_text(row["property"]),
                qualifier=_text(row["qualifier"]) or None,
                values=(_text(row["value1"]), _text(row["value2"])),
                sources=(_text(row["source1"]), _text(row["source2"])),
                evidence=(_text(row["evidence1"]), _text(row["evidence2"])),
                statements=(_text(row["statement1"]), _text(row["statement2"])),
            )
        )
    return found
