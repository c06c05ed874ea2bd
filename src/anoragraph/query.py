"""Named queries, bindings, safety checks, and SPARQL result formats.

Queries run on Oxigraph with the default graph as the union of every named graph, and with
the project's prefixes (ag:, schema:, prov:, oa:, ...) predeclared.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
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
    """The first comment line of a query file: the question it answers."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
        if line.strip():
            break
    return ""


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

_STRINGS = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)
_IRIS = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_COMMENTS = re.compile(r"#[^\n]*")
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_FROM = re.compile(r"\bFROM\b", re.IGNORECASE)


def _code_only(text: str) -> str:
    """The query with strings, IRIs and comments blanked, so keywords inside them don't count."""
    text = _STRINGS.sub('""', text)
    text = _IRIS.sub("<>", text)
    return _COMMENTS.sub("", text)


def check_query(text: str, *, allow_update: bool = False) -> None:
    """Refuse updates (unless allowed) and anything that would reach the network or the file
    system: SERVICE, LOAD and FROM / FROM NAMED (Oxigraph would open those connections itself,
    where no Python-level guard sees them)."""
    code = _code_only(text)
    if _SERVICE.search(code):
        raise QueryError("refused: SERVICE would reach another endpoint over the network")
    if _FROM.search(code):
        raise QueryError("refused: FROM / FROM NAMED would load data from outside the store")
    update = _UPDATE.search(code)
    if update and update.group(1).upper() == "LOAD":
        raise QueryError("refused: LOAD would fetch data from the network or the file system")
    if update and not allow_update:
        raise QueryError(
            f"refused: {update.group(1).upper()} is a SPARQL Update; "
            "pass --allow-update to change the store"
        )


# --- bindings ------------------------------------------------------------------------------


def parse_binding(value: str) -> ox.NamedNode | ox.Literal:
    """A --bind value: <iri>, prefix:name with a known prefix, an http(s) IRI, a number, or text."""
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
    store: ox.Store, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
) -> Table:
    """Run a SELECT query and collect its rows."""
    results = execute(store, text, bindings)
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("this command needs a SELECT query")
    columns = tuple(v.value for v in results.variables)
    rows = tuple(tuple(solution[c] for c in columns) for solution in results)
    return Table(columns, rows)


def is_update(text: str) -> bool:
    """Whether `text` is a SPARQL Update request rather than a query."""
    return _UPDATE.search(_code_only(text)) is not None


def run_update(store: ox.Store, text: str) -> None:
    check_query(text, allow_update=True)
    try:
        store.update(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL Update: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"update failed: {exc}") from None


def execute(
    store: ox.Store,
    text: str,
    bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    allow_update: bool = False,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    check_query(text, allow_update=allow_update)
    substitutions = {ox.Variable(k): v for k, v in (bindings or {}).items()}
    try:
        return store.query(
            text,
            use_default_graph_as_union=True,
            prefixes=PREFIXES,
            substitutions=substitutions or None,  # type: ignore[arg-type]
        )
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from None
    except RuntimeError as exc:
        message = str(exc)
        if "does not contains variable" in message:
            name = message.split("variable ")[-1].split()[0]
            raise QueryError(f"--bind names {name}, which the query does not select") from None
        raise QueryError(f"query failed: {message}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


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
