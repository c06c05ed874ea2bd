"""`anoragraph validate`."""

from __future__ import annotations

from pathlib import Path

import click

from ..store import open_store, union_graph
from ..validate import validate as run_validation
from ._options import store_option


@click.command()
@store_option
@click.option(
    "--shapes",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="SHACL shapes file (default: ontology/shapes.ttl).",
)
def validate(store: Path, shapes: Path | None) -> None:
    """Validate the graph against the SHACL shapes; exit 1 with a report if it does not conform.

    \b
    Example:
      anoragraph validate --store anoragraph-store
    """
    report = run_validation(union_graph(open_store(store)), shapes)
    if report.conforms:
        click.echo(f"Conforms: {report.checked} triples checked against {report.shapes}")
        return
    click.echo(report.text)
    raise SystemExit(1)
