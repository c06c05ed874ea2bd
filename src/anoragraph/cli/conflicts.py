"""`anoragraph conflicts`."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pyoxigraph as ox

from ..conflicts import conflicts_table
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
@format_option(*FORMATS)
def conflicts(store: Path, fmt: str) -> None:
    """List statements from different sources that cannot both hold.

    Which properties are single-valued (who plays a character, a film's budget, the year of
    a win) is declared in the ontology as owl:FunctionalProperty. Each row gives both values,
    both sources and both evidence sentences.

    \b
    Examples:
      anoragraph conflicts
      anoragraph conflicts --format csv > conflicts.csv
    """
    click.echo(render(conflicts_table(open_store(store)), fmt), nl=False)
