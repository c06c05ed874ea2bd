"""The README's generated sections: the CLI reference from each command's --help (so it
cannot drift), and example queries with their real output on the store `make run` builds.

`python -m anoragraph.cli._reference README.md` rewrites the text between the markers;
tests/test_docs.py fails when the CLI reference is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

BEGIN = "<!-- cli-reference:begin -->"
END = "<!-- cli-reference:end -->"
EXAMPLES_BEGIN = "<!-- examples:begin -->"
EXAMPLES_END = "<!-- examples:end -->"

# (what it shows, the command's arguments, how many output lines to keep)
EXAMPLES: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("Films and their directors", ("query", "films"), 20),
    ("Awards won and nominations, with ceremony, year and source", ("query", "awards"), 20),
    ("Who plays whom", ("query", "cast"), 12),
    ("Claims per source and stance", ("query", "claims-by-source"), 30),
    (
        "Main claims with claimant, stance, text, offsets and evidence (first rows)",
        ("query", "claims"),
        25,
    ),
    ("Statements two sources disagree on", ("conflicts",), 12),
    (
        "Statements checked against the public record",
        ("check", "--reference", "examples/reference/anora.ttl", "--dry-run"),
        30,
    ),
)


def reference() -> str:
    from ..query import available_queries, describe
    from . import cli

    rows = "\n".join(
        f"| `{name}` | {describe(path)} |" for name, path in available_queries().items()
    )
    parts: list[str] = [
        "Named queries in `queries/` (`anoragraph query NAME`):\n\n"
        f"| name | what it answers |\n|---|---|\n{rows}\n"
    ]
    root = click.Context(cli, info_name="anoragraph", terminal_width=100, **cli.context_settings)
    for name in sorted(cli.commands):
        command = cli.commands[name]
        with click.Context(command, info_name=name, parent=root) as ctx:
            text = command.get_help(ctx)
        parts.append(f"### `anoragraph {name}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


def examples() -> str:
    """Each example command run on the default store, with its output cut to a few lines."""
    from click.testing import CliRunner

    from . import cli

    runner = CliRunner()
    parts: list[str] = []
    for title, args, keep in EXAMPLES:
        result = runner.invoke(cli, list(args))
        lines = result.stdout.rstrip("\n").splitlines()
        if len(lines) > keep:
            lines = [*lines[:keep], f"… ({len(lines) - keep} more lines)"]
        body = "\n".join(lines)
        parts.append(f"{title}:\n\n```\n$ anoragraph {' '.join(args)}\n{body}\n```\n")
    return "\n".join(parts)


def _replace(text: str, begin: str, end: str, content: str) -> str:
    head, sep, rest = text.partition(begin)
    _, sep2, tail = rest.partition(end)
    if not sep or not sep2:
        raise ValueError(f"README has no {begin} ... {end} section")
    return f"{head}{begin}\n{content}{end}{tail}"


def rewrite(readme: str) -> str:
    return _replace(readme, BEGIN, END, reference())


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    text = rewrite(path.read_text(encoding="utf-8"))
    if "--examples" in sys.argv:
        text = _replace(text, EXAMPLES_BEGIN, EXAMPLES_END, examples())
    path.write_text(text, encoding="utf-8")
