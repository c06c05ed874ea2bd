"""`anoragraph query QUERY`."""

from __future__ import annotations

import click
import pyoxigraph as ox

from ..query import (
    FORMATS,
    Table,
    execute,
    is_update,
    load_query,
    parse_binding,
    render_table,
    run_update,
    serialize,
)
from ..remote import Endpoint
from ..store import Location, open_for_update, open_store
from ._options import format_option, store_option


def _bindings(values: tuple[str, ...]) -> dict[str, ox.NamedNode | ox.Literal]:
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--bind")
        bound[name.strip().lstrip("?$")] = parse_binding(value)
    return bound


@click.command()
@click.argument("query_spec", metavar="QUERY", required=False)
@click.option("-e", "--expression", help="SPARQL text to run instead of a named query.")
@store_option
@format_option(*FORMATS)
@click.option(
    "--bind",
    "binds",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a variable: an IRI (<...>, prefix:name, https://...) or text.",
)
@click.option("--allow-update", is_flag=True, help="Allow SPARQL Update (changes the store).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="SECONDS",
    help="Stop the query after SECONDS (it runs in a separate process).",
)
def query(
    query_spec: str | None,
    expression: str | None,
    store: Location,
    fmt: str,
    binds: tuple[str, ...],
    allow_update: bool,
    timeout: float | None,
) -> None:
    """Run a SPARQL query over the union of all documents' graphs.

    QUERY is a .rq file or the name of a query in queries/ (without .rq).
    Prefixes ag:, schema:, prov:, oa:, skos:, rdfs:, xsd:, wdt: are predeclared.

    \b
    Examples:
      anoragraph query awards
      anoragraph query about --bind label="Agnès Varda" --format csv
      anoragraph query -e 'SELECT ?film WHERE { ?film a ag:Film }'
    """
    if (query_spec is None) == (expression is None):
        raise click.UsageError("give exactly one of QUERY or -e 'SPARQL'")
    text = expression if expression is not None else load_query(str(query_spec))
    bindings = _bindings(binds)
    if allow_update and is_update(text):
        if bindings:
            raise click.BadParameter("updates take no bindings", param_hint="--bind")
        if timeout is not None:
            raise click.BadParameter("applies to queries, not updates", param_hint="--timeout")
        with open_for_update(store) as writable:
            run_update(writable, text)
        click.echo("Updated", err=True)
        return
    if isinstance(store, Endpoint):  # a SPARQL server: the timeout bounds the request
        results = execute(open_store(store, timeout=timeout), text, bindings)
    else:
        results = execute(
            open_store(store) if timeout is None else store, text, bindings, timeout=timeout
        )
    if isinstance(results, ox.QueryTriples):
        data = results.serialize(format=ox.RdfFormat.TURTLE)
        click.echo((data or b"").decode("utf-8"), nl=False)
    elif fmt == "table":
        if isinstance(results, ox.QueryBoolean):
            click.echo("yes" if bool(results) else "no")
            return
        columns = tuple(v.value for v in results.variables)
        rows = tuple(tuple(solution[c] for c in columns) for solution in results)
        click.echo(render_table(Table(columns, rows)))
    else:
        click.echo(serialize(results, fmt), nl=False)
