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
