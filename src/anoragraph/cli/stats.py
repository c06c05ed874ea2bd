"""`anoragraph stats`."""

from __future__ import annotations

from pathlib import Path

import click

from ..query import render_table
from ..stats import stats as compute
from ..store import open_store
from ._options import store_option


@click.command()
@store_option
def stats(store: Path) -> None:
    """Count documents, claims, statements, entities per class and triples per predicate.

    \b
    Example:
      anoragraph stats
    """
    for title, table in compute(open_store(store)):
        click.echo(title)
        click.echo(render_table(table))
        click.echo()
