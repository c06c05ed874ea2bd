"""Where sources contradict each other: statements from different documents that cannot both
hold.

What cannot have two values is declared in the ontology, not here: properties typed
owl:FunctionalProperty (who plays a character, a film's budget) and single-valued statement
qualifiers (the year of a win). The question itself is queries/conflicts.rq, which reads those
declarations from the ontology graph that every build stores.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .query import Table, load_query, run_select

COLUMNS = (
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


@dataclass(frozen=True)
class Conflict:
    """Two statements about one subject that cannot both hold, with their sources."""

    subject: str
    subject_label: str
    property: str
    qualifier: str | None  # the qualifier that differs (ag:year), None when the value does
    values: tuple[str, str]
    sources: tuple[str, str]
    evidence: tuple[str, str]
    statements: tuple[str, str]


def conflicts_table(store: ox.Store) -> Table:
    """The rows of queries/conflicts.rq on `store`."""
    return run_select(store, load_query("conflicts"))


def find_conflicts(store: ox.Store) -> list[Conflict]:
    """Every pair of statements from different sources that cannot both hold."""
    table = conflicts_table(store)
    index = {name: k for k, name in enumerate(table.columns)}

    def text(row: tuple[object, ...], name: str) -> str:
        term = row[index[name]]
        return "" if term is None else str(getattr(term, "value", term))

    found = []
    for row in table.rows:
        found.append(
            Conflict(
                subject=text(row, "subject"),
                subject_label=text(row, "subjectLabel"),
                property=text(row, "property"),
                qualifier=text(row, "qualifier") or None,
                values=(text(row, "value1"), text(row, "value2")),
                sources=(text(row, "source1"), text(row, "source2")),
                evidence=(text(row, "evidence1"), text(row, "evidence2")),
                statements=(text(row, "statement1"), text(row, "statement2")),
            )
        )
    return found
