"""Shared fixtures: the spaCy pipeline (loaded once) and a store built from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from anoragraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from anoragraph.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ with the CLI, shared by read-only tests."""
    store = tmp_path_factory.mktemp("seeds") / "store"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def build_texts(tmp_path: Path, texts: dict[str, str]) -> Path:
    """Write `texts` (file name -> content) into a folder, build it, return the store path."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def run_unprivileged(command: list[str]) -> tuple[int, str]:
    """Run `anoragraph COMMAND` as a user file permissions apply to: in-process when not root,
    else in a child without the capabilities that let root ignore permissions (util-linux
    `setpriv`); skips when that cannot be arranged. Returns (exit code, stderr)."""
    import os
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0:
        result = CliRunner().invoke(cli, command)
        return result.exit_code, result.stderr
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without util-linux setpriv: permissions are not enforced")
    drop = "-dac_override,-dac_read_search"
    program = [sys.executable, "-c", "from anoragraph.cli import main; main()", *command]
    done = subprocess.run(
        [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", *program],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "setpriv:" in done.stderr:
        pytest.skip(f"cannot drop capabilities here: {done.stderr.strip()}")
    return done.returncode, done.stderr
