"""Options shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import StoreError
from ..store import DEFAULT_STORE, Location, location

F = TypeVar("F", bound=Callable[..., Any])


class StoreLocation(click.ParamType[Location]):
    """A store folder, or the http(s) URL of a SPARQL server."""

    name = "DIR|URL"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Location:
        if isinstance(value, Path):
            return value
        try:
            found = location(str(value))
        except StoreError as exc:
            self.fail(str(exc), param, ctx)
        if isinstance(found, Path) and found.exists() and not found.is_dir():
            self.fail(f"{found} is a file, not a store folder", param, ctx)
        return found


def store_option(function: F) -> F:
    """--store DIR|URL (or $ANORAGRAPH_STORE): the store every command reads or writes."""
    return click.option(
        "--store",
        "store",
        type=StoreLocation(),
        default=DEFAULT_STORE,
        envvar="ANORAGRAPH_STORE",
        show_default=True,
        show_envvar=True,
        help="Folder of the embedded Oxigraph store, or the http(s) URL of a SPARQL 1.1 "
        "server whose default graph is the union of its graphs "
        "(e.g. `oxigraph serve --union-default-graph`).",
    )(function)


def jobs_option(function: F) -> F:
    """--jobs N: worker processes for extraction."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1),
        default=1,
        show_default=True,
        help="Worker processes for extraction (each runs the whole extractor).",
    )(function)


def _executor(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.startswith("dask://"):
        raise click.BadParameter("use dask://local or dask://HOST:PORT")
    return value


def executor_option(function: F) -> F:
    """--executor dask://...: extract on a Dask cluster instead of local processes."""
    return click.option(
        "--executor",
        default=None,
        metavar="dask://HOST:PORT",
        callback=_executor,
        help="Extract on a Dask cluster (the scheduler's address), or dask://local for a "
        "local cluster of --jobs workers. Needs the `dask` extra.",
    )(function)


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    """--format with the given choices."""

    def decorator(function: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices),
            default=default,
            show_default=True,
            help="Output format.",
        )(function)

    return decorator


def output_option(function: F) -> F:
    """-o/--output FILE: where to write (written atomically: complete or not at all)."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Write to FILE instead of standard output.",
    )(function)
