"""`anoragraph extract PATH...`."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click

from ..build import DocumentGraph, document_graphs
from ..errors import AnoragraphError
from ._options import executor_option, jobs_option


@contextlib.contextmanager
def _sink(output: Path | None) -> Iterator[BinaryIO]:
    """Standard output, or a temporary file renamed to `output` once everything is written."""
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    except OSError as exc:
        raise AnoragraphError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.replace(temp, output)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nquads"]),
    default="nquads",
    show_default=True,
    help="Output format: N-Quads, one named graph per document.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to FILE (complete or not at all) instead of standard output.",
)
@click.option("--strict", is_flag=True, help="Fail on the first file that cannot be read.")
@jobs_option
@executor_option
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also keep each extraction in this cache folder, for a later `build --cache`.",
)
def extract(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    strict: bool,
    jobs: int,
    executor: str | None,
    cache_dir: Path | None,
) -> None:
    """Extract PATHS and stream each document's named graph, without a store.

    This is extraction as a map: documents are independent, so it runs in --jobs processes
    or on a Dask cluster (--executor), and its output loads into any SPARQL server
    (e.g. `oxigraph load --file out.nq`). Entities are resolved within each document; their
    IRIs come from their names, so a name is one IRI across documents. Merging a short name
    in one document with a full name in another, voting on labels, and reading a film title
    one document signals where another names it bare, is the reduce step: `anoragraph build
    PATHS --cache DIR` over the same documents does it from the cached extractions, extracting
    again only the documents that name such a title.

    \b
    Examples:
      anoragraph extract corpus/ --jobs 2 -o corpus.nq
      anoragraph extract corpus/ --executor dask://scheduler:8786 --cache cache/ > corpus.nq
    """
    del fmt  # one format for now; the option names it for scripts
    written = 0
    with _sink(output) as out:
        for item in document_graphs(
            list(paths), strict=strict, jobs=jobs, executor=executor, cache_dir=cache_dir
        ):
            if isinstance(item, DocumentGraph):
                out.write(item.nquads)
                written += 1
            else:
                click.echo(f"Skipped: {item.path}: {item.reason}", err=True)
    if written == 0:
        raise AnoragraphError("no readable documents (.txt, .md, .html) in the given paths")
    if output is not None:
        click.echo(f"Wrote {output}: {written} documents", err=True)
