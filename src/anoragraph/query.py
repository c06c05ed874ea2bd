"""Named queries, bindings, safety checks, and SPARQL result formats.

Queries run on Oxigraph with the default graph as the union of every named graph, and with
the project's prefixes (ag:, schema:, prov:, oa:, ...) predeclared.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import _sandbox
from .errors import QueryError, QueryRefused, QueryTimeout
from .resources import queries_dir
from .vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


def available_queries() -> dict[str, Path]:
    """The named queries shipped in queries/, by name."""
    return {path.stem: path for path in sorted(queries_dir().glob("*.rq"))}


def describe(path: Path) -> str:
    """The comment at the top of a query file: the question it answers."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(line for line in lines if line)


def load_query(spec: str) -> str:
    """Query text from a path to a .rq file or the name of a query in queries/."""
    path = Path(spec)
    if path.suffix == ".rq" or path.exists():
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"no query file {spec}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {spec}: {exc}") from None
    known = available_queries()
    if _NAME.match(spec) and spec in known:
        return known[spec].read_text(encoding="utf-8")
    names = ", ".join(known) or "none"
    raise QueryError(f"unknown query {spec!r}: give a .rq file, -e 'SPARQL', or one of: {names}")


# --- safety: what a query may do ------------------------------------------------------------

# SPARQL's tokens, in the order a lexer tries them: a keyword counts only where it stands as a
# keyword, never inside a string, an IRI, a comment, a variable or a prefixed name. (Blanking
# strings and comments with separate patterns is not enough: a comment holding three quotes
# would open a "string" that hides a SERVICE clause on the next line from the check.)
_STRING = "|".join(
    [
        r"'{3}(?:'{0,2}(?:[^'\\]|\\.))*'{3}",
        r'"{3}(?:"{0,2}(?:[^"\\]|\\.))*"{3}',
        r"'(?:[^'\\\n\r]|\\.)*'",
        r'"(?:[^"\\\n\r]|\\.)*"',
    ]
)
_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<space>\s+)",
            r"(?P<comment>#[^\n\r]*)",
            f"(?P<string>{_STRING})",
            r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)',
            r"(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)",
            r"(?P<name>(?:[^\W\d_][\w.\-]*)?:(?:[\w:%.\-]|\\.)*|_:[\w.\-]+)",
            r"(?P<word>[A-Za-z_]\w*)",
            r"(?P<other>.)",
        ]
    ),
    re.DOTALL,
)
_UPDATES = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})


def keywords(text: str) -> list[str]:
    """The words of `text` that stand as SPARQL keywords, upper-cased, in order."""
    return [match.group().upper() for match in _TOKEN.finditer(text) if match.lastgroup == "word"]


def check_query(text: str, *, allow_update: bool = False) -> None:
    """Refuse updates (unless allowed) and anything that would reach the network or the file
    system: SERVICE, LOAD and FROM / FROM NAMED (Oxigraph would open those connections itself,
    where no Python-level guard sees them; another SPARQL server may read FROM IRIs from the
    web). The check reads the query's tokens, the way a SPARQL parser does, before it runs."""
    words = keywords(text)
    if "SERVICE" in words:
        raise QueryRefused("refused: SERVICE would reach another endpoint over the network")
    if "FROM" in words:
        raise QueryRefused("refused: FROM / FROM NAMED would load data from outside the store")
    if "LOAD" in words:
        raise QueryRefused("refused: LOAD would fetch data from the network or the file system")
    update = next((w for w in words if w in _UPDATES), None)
    if update is not None and not allow_update:
        raise QueryRefused(
            f"refused: {update} is a SPARQL Update; pass --allow-update to change the store"
        )


# --- bindings ------------------------------------------------------------------------------


def parse_binding(value: str) -> ox.NamedNode | ox.Literal:
    """A --bind value: <iri>, prefix:name with a known prefix, an http(s) IRI, a number, or text."""
    try:
        return _binding(value)
    except ValueError as exc:  # an IRI that is not one: a user error, not a crash
        raise QueryError(f"--bind value {value!r} is not a valid IRI ({exc})") from None


def _binding(value: str) -> ox.NamedNode | ox.Literal:
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and " " not in local:
        return ox.NamedNode(PREFIXES[prefix] + local)
    if re.match(r"^https?://\S+$", value):
        return ox.NamedNode(value)
    if re.match(r"^-?\d+$", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(value)


@dataclass(frozen=True)
class Table:
    """A SELECT result: variable names and rows of terms (None where unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...]


def run_select(
    store: ox.Store | Path,
    text: str,
    bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    timeout: float | None = None,
) -> Table:
    """Run a SELECT query and collect its rows."""
    results = execute(store, text, bindings, timeout=timeout)
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("this command needs a SELECT query")
    columns = tuple(v.value for v in results.variables)
    rows = tuple(tuple(solution[c] for c in columns) for solution in results)
    return Table(columns, rows)


def is_update(text: str) -> bool:
    """Whether `text` is a SPARQL Update request rather than a query."""
    return any(word in _UPDATES for word in keywords(text))


def run_update(store: ox.Store, text: str) -> None:
    check_query(text, allow_update=True)
    try:
        store.update(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL Update: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"update failed: {exc}") from None


def execute(
    store: ox.Store | Path,
    text: str,
    bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    allow_update: bool = False,
    timeout: float | None = None,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Check and run a query on an open store, or on the store folder at a path.

    With `timeout` (seconds; needs a path), the query runs in a child process that is killed
    when the time is up, and its results are read completely before they are returned.
    """
    check_query(text, allow_update=allow_update)
    if timeout is None:
        if isinstance(store, Path):
            from .store import open_store

            store = open_store(store)
        return _sandbox.run(store, text, PREFIXES, bindings)
    if not isinstance(store, Path):
        raise TypeError("a query with a timeout runs on the store's folder: pass its path")
    return _run_stoppable(store, text, bindings or {}, timeout)


def _run_stoppable(
    path: Path,
    text: str,
    bindings: Mapping[str, ox.NamedNode | ox.Literal],
    timeout: float,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    from .store import current_generation

    if timeout <= 0:
        raise QueryError("the timeout must be more than 0 seconds")
    request = {
        "store": str(current_generation(path)),
        "query": text,
        "prefixes": PREFIXES,
        "substitutions": {k: _sandbox.term_to_json(v) for k, v in bindings.items()},
        "cpu_seconds": math.ceil(timeout) + 1,
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "anoragraph._sandbox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out, err = child.communicate(json.dumps(request).encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise QueryTimeout(
            f"query stopped after {timeout:g} s (--timeout): narrow it with LIMIT, FILTER "
            "or more specific patterns, or allow more time"
        ) from None
    except BaseException:
        child.kill()
        child.communicate()
        raise
    if child.returncode != 0:
        try:
            message = str(json.loads(err)["error"])
        except (ValueError, KeyError, TypeError):
            message = f"the query process ended with status {child.returncode}"
            if child.returncode < 0 or child.returncode == 137:
                message += " (killed: out of time or memory)"
        raise QueryError(message)
    kind, _, data = out.partition(b"\n")
    if kind == b"triples":
        graph = ox.Store()
        graph.load(data, format=ox.RdfFormat.N_TRIPLES)
        triples = graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
        assert isinstance(triples, ox.QueryTriples)
        return triples
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)


# --- rendering ----------------------------------------------------------------------------


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and prefix not in ("rdf", "xsd"):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    if isinstance(term, ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def render_table(table: Table, *, width: int = 60) -> str:
    """A plain-text table with compacted IRIs; long cells are cut with an ellipsis."""
    cells = [[_short(t).replace("\n", " ") for t in row] for row in table.rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [len(c) for c in table.columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def serialize(results: ox.QuerySolutions | ox.QueryBoolean, fmt: str) -> str:
    """SPARQL 1.1 Query Results JSON, CSV or TSV."""
    data = results.serialize(format=_RESULT_FORMATS[fmt])
    assert data is not None
    return data.decode("utf-8")


def rows_as_csv(columns: Sequence[str], rows: Sequence[Sequence[str]], fmt: str) -> str:
    """CSV or TSV of plain strings (for commands whose results are not a SPARQL query's)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()
