"""`anoragraph conflicts`."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pyoxigraph as ox

from ..conflicts import KINDS, Kind, conflicts_table
from ..query import FORMATS, Table, render_table, rows_as_csv
from ..store import open_store
from ._options import format_option, store_option


def render(table: Table, fmt: str) -> str:
    """A table of terms as text, CSV/TSV, or SPARQL 1.1 Query Results JSON."""
    if fmt == "table":
        return render_table(table) + "\n"
    values = [[("" if t is None else t.value) for t in row] for row in table.rows]
    if fmt in ("csv", "tsv"):
        return rows_as_csv(table.columns, values, fmt)
    bindings = []
    for row in table.rows:
        binding: dict[str, dict[str, str]] = {}
        for name, term in zip(table.columns, row, strict=True):
            if term is None:
                continue
            if isinstance(term, ox.Literal):
                cell = {"type": "literal", "value": term.value}
                if term.language:
                    cell["xml:lang"] = term.language
                elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    cell["datatype"] = term.datatype.value
            elif isinstance(term, ox.BlankNode):
                cell = {"type": "bnode", "value": term.value}
            else:
                cell = {"type": "uri", "value": term.value}
            binding[name] = cell
        bindings.append(binding)
    document = {"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@click.command()
@store_option
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default="all",
    show_default=True,
    help="facts: statements that cannot both hold; opinions: opposed stances towards one "
    "entity; all: both.",
)
@format_option(*FORMATS)
def conflicts(store: Path, kind: Kind, fmt: str) -> None:
    """List where sources contradict each other: facts that cannot both hold and opposed
    opinions.

    \b
    Kinds of conflict (the `kind` column):
      fact     two sources give different values of a single-valued fact: who plays a
               character, a film's budget, the year of a win (owl:FunctionalProperty in
               the ontology)
      opinion  claims in two sources take opposed stances towards the same entity: one
               praises a film, the other pans it (ag:opposes in the ontology: positive
               against negative; mixed and neutral oppose nothing)

    A source that contradicts itself is not listed. Each row gives both values, both sources
    and both evidence sentences. For an opinion, the value is the stance and its claimant
    ("negative (Lena Hart)") and the statements are one claim on each side; `anoragraph
    query disagreements` shows every side's claim count and text.

    \b
    Examples:
      anoragraph conflicts
      anoragraph conflicts --kind opinions
      anoragraph conflicts --kind facts --format csv > conflicts.csv
    """
    click.echo(render(conflicts_table(open_store(store), kind), fmt), nl=False)
