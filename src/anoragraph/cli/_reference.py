"""The README's CLI reference, generated from each command's --help so it cannot drift.

`python -m anoragraph.cli._reference README.md` rewrites the text between the markers;
tests/test_docs.py fails when the README is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

BEGIN = "<!-- cli-reference:begin -->"
END = "<!-- cli-reference:end -->"


def reference() -> str:
    from . import cli

    parts: list[str] = []
    root = click.Context(cli, info_name="anoragraph", terminal_width=100, **cli.context_settings)
    for name in sorted(cli.commands):
        command = cli.commands[name]
        with click.Context(command, info_name=name, parent=root) as ctx:
            text = command.get_help(ctx)
        parts.append(f"### `anoragraph {name}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


def rewrite(readme: str) -> str:
    head, sep, rest = readme.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise ValueError(f"README has no {BEGIN} ... {END} section")
    return f"{head}{BEGIN}\n{reference()}{END}{tail}"


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
