"""`anoragraph serve`."""

from __future__ import annotations

import click

from ..remote import Endpoint
from ..serve import Limits, make_server
from ..store import Location
from ._options import store_option


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7879,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--max-rows",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Rows (or triples) sent per query at most; more are cut, with the header "
    "Anoragraph-Truncated: true.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=10.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop a query after SECONDS.",
)
def serve(store: Location, host: str, port: int, max_rows: int, timeout: float) -> None:
    """Serve the store as a read-only SPARQL endpoint, with the graph page at /.

    Queries go to /query (SPARQL 1.1 Protocol: GET ?query=, or POST a form or
    application/sparql-query); results are JSON, CSV or TSV (Turtle or N-Triples for
    CONSTRUCT) by the Accept header. Updates, SERVICE, LOAD, FROM and the protocol's
    default-graph-uri are refused. It listens on 127.0.0.1 unless --host says otherwise.

    \b
    Examples:
      anoragraph serve --store anoragraph-store --port 7879
      curl -H 'Accept: text/csv' 'http://127.0.0.1:7879/query' \\
           --data-urlencode 'query=SELECT ?film WHERE { ?film a ag:Film }'
    """
    if isinstance(store, Endpoint):
        raise click.BadParameter("serve reads a store folder, not a server", param_hint="--store")
    server = make_server(
        store, host=host, port=port, limits=Limits(max_rows=max_rows, timeout=timeout)
    )
    click.echo(f"Serving {store} at {server.url} (SPARQL endpoint: {server.url}query)", err=True)
    click.echo("Press Ctrl-C to stop.", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        server.server_close()
