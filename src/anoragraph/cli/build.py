"""`anoragraph build PATH...`."""

from __future__ import annotations

from pathlib import Path

import click

from ..build import BuildResult
from ..build import build as build_graph
from ._options import store_option


def summary(result: BuildResult) -> str:
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(result.entities.items())) or "none"
    return "\n".join(
        [
            f"documents  {result.documents}",
            f"tokens     {result.tokens}",
            f"triples    {result.triples}",
            f"entities   {sum(result.entities.values())} ({kinds})",
            f"statements {result.statements}",
            f"claims     {result.claims}",
            f"time       {result.seconds:.1f} s",
        ]
    )


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--strict", is_flag=True, help="Fail on the first file that cannot be read.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for extraction.",
)
def build(paths: tuple[Path, ...], store: Path, strict: bool, jobs: int) -> None:
    """Read PATHS (files or folders of .txt, .md, .html) and build their graph into the store.

    The store's previous contents are replaced only when the whole build succeeds.
    Files in a folder that cannot be read are skipped with a warning (or, with --strict,
    stop the build).

    \b
    Example:
      anoragraph build seeds/ --store anoragraph-store
    """
    result = build_graph(list(paths), store, strict=strict, n_process=jobs)
    for skipped in result.skipped:
        click.echo(f"Skipped: {skipped.path}: {skipped.reason}", err=True)
    click.echo(summary(result))
