"""`anoragraph build PATH...`."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ..build import BuildResult, Progress, count_inputs
from ..build import build as build_graph
from ..remote import Endpoint
from ..store import Location
from ._options import executor_option, jobs_option, store_option

# Builds of fewer documents finish before a progress bar would help.
_PROGRESS_MIN_DOCUMENTS = 20


def summary(result: BuildResult) -> str:
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(result.entities.items())) or "none"
    how = f"{result.extracted} extracted, {result.cached} from the cache"
    if result.removed:
        how += f", {result.removed} removed"
    if result.titled:
        how += f", {result.titled} read again for film titles"
    return "\n".join(
        [
            f"documents  {result.documents} ({how})",
            f"tokens     {result.tokens}",
            f"triples    {result.triples}",
            f"entities   {sum(result.entities.values())} ({kinds})",
            f"statements {result.statements}",
            f"claims     {result.claims}",
            f"graphs     {result.graphs_written} written",
            f"time       {result.seconds:.1f} s",
        ]
    )


def default_cache(store: Location) -> Path:
    """The extraction cache: inside an embedded store; for a SPARQL server, a folder per server
    under $XDG_CACHE_HOME/anoragraph (~/.cache/anoragraph)."""
    if not isinstance(store, Endpoint):
        return store / "cache"
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(store.url.encode("utf-8")).hexdigest()[:16]
    return root / "anoragraph" / f"server-{digest}"


@contextlib.contextmanager
def progress_bar(paths: tuple[Path, ...]) -> Iterator[Progress | None]:
    """A progress bar on stderr for builds of many documents, when stderr is a terminal."""
    expected = count_inputs(paths) if sys.stderr.isatty() else 0
    if expected < _PROGRESS_MIN_DOCUMENTS:
        yield None
        return
    with click.progressbar(
        length=expected, label="Building", file=sys.stderr, show_pos=True
    ) as bar:
        seen = [0]

        def update(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - seen[0])
            seen[0] = done

        yield update


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--strict", is_flag=True, help="Fail on the first file that cannot be read.")
@click.option(
    "--prune",
    is_flag=True,
    help="Drop documents from the store that are not under PATHS (default: keep them).",
)
@jobs_option
@executor_option
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Extraction cache folder (default: STORE/cache; for a server URL, "
    "~/.cache/anoragraph/server-<hash>).",
)
def build(
    paths: tuple[Path, ...],
    store: Location,
    strict: bool,
    prune: bool,
    jobs: int,
    executor: str | None,
    cache_dir: Path | None,
) -> None:
    """Read PATHS (files or folders of .txt, .md, .html) and build their graph into the store.

    A build adds the documents under PATHS to the store, or updates them, and keeps the other
    documents already there; with --prune the store holds exactly the documents under PATHS.
    A document is known by its path relative to the folder given (or its file name).

    Builds are incremental: each document's extraction is cached by the hash of its text, so
    only new and changed documents are read by the NLP pipeline; entities are then resolved
    across all documents again, and only the graphs that changed are written.

    A film title one document signals ("X, directed by Y", "the film X") is a film too where
    another document names X bare: the documents that do are read again with that title, and
    that reading is cached as well.

    In a store folder the previous contents are replaced only when the whole build succeeds.
    With a SPARQL server as the store (--store http://...), each changed document's named
    graph is replaced on the server (Graph Store Protocol PUT). Files in a folder that cannot
    be read are skipped with a warning (or, with --strict, stop the build).

    \b
    Examples:
      anoragraph build seeds/ --store anoragraph-store
      anoragraph build corpus/ --jobs 2 --prune
      anoragraph build corpus/ --store http://127.0.0.1:7878
    """
    with progress_bar(paths) as progress:
        result = build_graph(
            list(paths),
            store,
            strict=strict,
            n_process=jobs,
            prune=prune,
            executor=executor,
            cache_dir=cache_dir or default_cache(store),
            progress=progress,
        )
    for skipped in result.skipped:
        click.echo(f"Skipped: {skipped.path}: {skipped.reason}", err=True)
    click.echo(summary(result))
