"""Options shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..store import DEFAULT_STORE

F = TypeVar("F", bound=Callable[..., Any])


def store_option(function: F) -> F:
    """--store DIR (or $ANORAGRAPH_STORE): the store every command reads or writes."""
    return click.option(
        "--store",
        "store",
        type=click.Path(file_okay=False, path_type=Path),
        default=DEFAULT_STORE,
        envvar="ANORAGRAPH_STORE",
        show_default=True,
        show_envvar=True,
        help="Folder of the embedded Oxigraph store.",
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
