"""The `anoragraph` command line: a click group of thin commands over the library."""

from __future__ import annotations

import logging

import click

from .. import __version__
from ..errors import AnoragraphError


class _Group(click.Group):
    """Turns library errors into one line on stderr and exit 1 (usage errors exit 2)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except AnoragraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; the store is unchanged", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="anoragraph")
@click.option("-v", "--verbose", count=True, help="Log diagnostics to stderr (-vv for more).")
def cli(verbose: int) -> None:
    """Build knowledge graphs of film discourse: who said what about which film, with sources.

    \b
    Start with:
      anoragraph build seeds/
      anoragraph query awards
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(
        level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s"
    )


def _register() -> None:
    from .build import build
    from .check import check
    from .conflicts import conflicts
    from .evaluate import evaluate
    from .export import export
    from .extract import extract
    from .query import query
    from .serve import serve
    from .stats import stats
    from .validate import validate
    from .viz import viz

    for command in (
        build,
        query,
        export,
        viz,
        validate,
        stats,
        evaluate,
        conflicts,
        check,
        serve,
        extract,
    ):
        cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="anoragraph")


if __name__ == "__main__":  # pragma: no cover
    main()
