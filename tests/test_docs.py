"""The README documents every command, and its CLI reference matches --help."""

from __future__ import annotations

from anoragraph.cli import cli
from anoragraph.cli._reference import BEGIN, END, rewrite

from .conftest import ROOT


def test_readme_starts_with_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("```", 2)[1]
    assert [line.strip() for line in code.strip().splitlines()[-2:]] == ["make run", "make test"]


def test_every_command_is_in_the_cli_reference() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(BEGIN, 1)[1].split(END, 1)[0]
    for name in cli.commands:
        assert f"### `anoragraph {name}`" in section, name


def test_cli_reference_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert rewrite(readme) == readme, "run `make readme` to regenerate the CLI reference"
