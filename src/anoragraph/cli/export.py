"""`anoragraph export`."""

from __future__ import annotations

from pathlib import Path

import click

from ..export import FORMATS, export_bytes
from ..store import open_store
from ._options import format_option, output_option, store_option
from ._util import write_atomic


@click.command()
@store_option
@format_option(*FORMATS, default="turtle")
@output_option
def export(store: Path, fmt: str, output: Path | None) -> None:
    """Export the graph: Turtle (the union of all graphs), TriG or N-Quads (one named graph
    per document), N-Triples, JSON-LD, or GEXF/GraphML for Gephi and Cytoscape.

    \b
    Examples:
      anoragraph export > anora.ttl
      anoragraph export --format trig -o anora.trig
    """
    data = export_bytes(open_store(store), fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        write_atomic(output, data)
        click.echo(f"Wrote {output}", err=True)
