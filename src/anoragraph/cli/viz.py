"""`anoragraph viz`."""

from __future__ import annotations

from pathlib import Path

import click

from ..store import open_store, union_graph
from ..viz import DEFAULT_MAX_NODES, render
from ._options import store_option
from ._util import write_atomic


def _names(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise click.BadParameter("give at least one name, separated by commas")
    return names


@click.command()
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("anoragraph.html"),
    show_default=True,
    help="The HTML page to write (opens offline: everything is inside it).",
)
@click.option("--focus", metavar="NAME", help="Draw only the neighbourhood of this entity.")
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="How many links from --focus to draw.",
)
@click.option(
    "--types",
    metavar="T,...",
    callback=_names,
    help="Entity types to draw, e.g. Person,Film (claimants of drawn claims are kept).",
)
@click.option(
    "--sources",
    metavar="S,...",
    callback=_names,
    help="Source documents to draw from, by file name, e.g. review.txt,thread.md.",
)
@click.option("--no-claims", is_flag=True, help="Leave claims out: entities and facts only.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Above this, draw the best-connected nodes and say what was left out.",
)
@click.option("--title", default="anoragraph", show_default=True, help="Heading of the page.")
def viz(
    store: Path,
    output: Path,
    focus: str | None,
    depth: int,
    types: list[str] | None,
    sources: list[str] | None,
    no_claims: bool,
    max_nodes: int,
    title: str,
) -> None:
    """Draw the graph as an interactive HTML page: search, filters by type, source and stance,
    and every fact and claim with the sentences it was read from.

    \b
    Examples:
      anoragraph viz -o graph.html
      anoragraph viz --focus "Jane Doe" --depth 2 -o jane.html
      anoragraph viz --types Person,Film --no-claims
    """
    if depth != 1 and focus is None:
        raise click.BadParameter("--depth needs --focus", param_hint="--depth")
    graph = union_graph(open_store(store))
    page = render(
        graph,
        focus=focus,
        depth=depth,
        types=types,
        sources=sources,
        claims=not no_claims,
        max_nodes=max_nodes,
        title=title,
    )
    write_atomic(output, page.html().encode("utf-8"))
    omitted = page.data["omitted"]
    note = f" ({omitted['nodes']} more left out: narrow with --focus)" if omitted["nodes"] else ""
    click.echo(f"Wrote {output}: {len(page.nodes)} nodes, {len(page.edges)} links{note}", err=True)
