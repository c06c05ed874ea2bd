"""`anoragraph check --reference FILE`."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from ..check import check as run_check
from ..query import FORMATS, Table
from ._options import format_option, store_option
from .conflicts import render

COLUMNS = ("status", "subject", "property", "value", "qualifiers", "source", "reason", "evidence")


@click.command()
@click.option(
    "--reference",
    "reference",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A trusted RDF graph (Turtle) of facts to compare with.",
)
@store_option
@format_option(*FORMATS)
@click.option(
    "--dry-run", is_flag=True, help="Show the verdicts without writing reviews into the store."
)
def check(reference: Path, store: Path, fmt: str, dry_run: bool) -> None:
    """Check every extracted fact against a trusted reference graph.

    Each statement is marked supported, contradicted (another year or ceremony for the same
    win, another actor for a role, another budget, or a value outside a list the reference
    declares complete with ag:listsAllValuesOf) or not covered, with the reason. The
    verdicts are stored as schema:ClaimReview nodes in the graph
    <https://w3id.org/anoragraph/graph/reviews>, replacing the previous check's.

    \b
    Examples:
      anoragraph check --reference examples/reference/anora.ttl
      anoragraph check --reference my-facts.ttl --format csv
    """
    reviews = run_check(store, reference, write=not dry_run)
    rows = tuple(
        tuple(
            ox.Literal(value)
            for value in (
                r.status,
                r.subject,
                r.property,
                r.value,
                r.qualifiers,
                r.source,
                r.reason,
                r.evidence,
            )
        )
        for r in sorted(reviews, key=lambda r: (r.status != "contradicted", r.source, r.subject))
    )
    click.echo(render(Table(COLUMNS, rows), fmt), nl=False)
