"""Run one read-only SPARQL query in a child process, so a query with a time limit can be
stopped (pyoxigraph has no query timeout, and a thread cannot be stopped).

query.py starts `python -m anoragraph._sandbox`, writes the request as JSON on its standard
input and waits at most the time limit; past it, the child is killed. The child opens the
store read-only, lowers its own CPU limit to the time limit (so it dies even if the parent
does), and writes the results on standard output: a first line naming their kind
("solutions", "boolean" or "triples"), then SPARQL JSON results or N-Triples. A failure is
one JSON object on standard error, exit status 3.

This module imports only pyoxigraph, to start fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from .errors import QueryError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
FAILED = 3


def run(
    store: ox.Store,
    text: str,
    prefixes: Mapping[str, str],
    substitutions: Mapping[str, Term] | None = None,
) -> Results:
    """Run a query on `store` with the union default graph; failures become `QueryError`."""
    variables = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
    try:
        return store.query(
            text,
            use_default_graph_as_union=True,
            prefixes=dict(prefixes),
            substitutions=variables or None,  # type: ignore[arg-type]
        )
    except (SyntaxError, RuntimeError, OSError, ValueError) as exc:
        raise query_error(exc) from None


def query_error(exc: Exception) -> QueryError:
    """pyoxigraph's error for a query, as the one-line error users see."""
    if isinstance(exc, SyntaxError):
        return QueryError(f"malformed SPARQL: {exc}")
    message = str(exc)
    if isinstance(exc, RuntimeError) and "does not contains variable" in message:
        name = message.split("variable ")[-1].split()[0]
        return QueryError(f"--bind names {name}, which the query does not select")
    return QueryError(f"query failed: {message}")


def materialise(results: Results) -> tuple[str, bytes]:
    """Evaluate `results` completely (Oxigraph evaluates lazily, while they are read) into
    their kind and serialised form."""
    try:
        if isinstance(results, ox.QueryTriples):
            data = ox.serialize(results, format=ox.RdfFormat.N_TRIPLES)
            return "triples", data or b""
        kind = "boolean" if isinstance(results, ox.QueryBoolean) else "solutions"
        return kind, results.serialize(format=ox.QueryResultsFormat.JSON) or b""
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def term_to_json(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "language": term.language}
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value}


def term_from_json(data: Mapping[str, str]) -> Term:
    if data["type"] == "uri":
        return ox.NamedNode(data["value"])
    if data["type"] == "bnode":
        return ox.BlankNode(data["value"])
    if "language" in data:
        return ox.Literal(data["value"], language=data["language"])
    return ox.Literal(data["value"], datatype=ox.NamedNode(data["datatype"]))


def _die_with_parent(cpu_seconds: int) -> None:
    """Stop this process when the parent dies (Linux) or after `cpu_seconds` of CPU."""
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the CPU limit remains
            pass


def main() -> int:
    request: dict[str, Any] = json.load(sys.stdin)
    _die_with_parent(int(request["cpu_seconds"]))
    try:
        try:
            store = ox.Store.read_only(request["store"])
        except OSError as exc:
            raise QueryError(f"cannot open the store: {exc}") from None
        substitutions = {k: term_from_json(v) for k, v in request["substitutions"].items()}
        kind, data = materialise(run(store, request["query"], request["prefixes"], substitutions))
    except QueryError as exc:
        json.dump({"error": str(exc)}, sys.stderr)
        return FAILED
    out = sys.stdout.buffer
    out.write(kind.encode("ascii") + b"\n")
    out.write(data)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
