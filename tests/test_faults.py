"""Faults: a build killed at any moment, two writers, a full disk, a read-only store folder.

Each leaves the previous graph intact and queryable and says what happened in one line.
Builds that must be killed or held run as real processes (`python -c` over the CLI) with a
pause point patched in, so the kill lands at a known moment: during extraction, halfway
through writing the new graph, and just before the new graph replaces the old one.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from anoragraph.cli import cli

from .conftest import run_unprivileged

OLD = "The Copper Tide is a 2011 drama film directed by Ilse Brandt.\n"
NEW = "The Paper Harbour is a 2021 comedy film directed by Ruben Okafor.\n"

# Runs the CLI with a pause point: the process prints PAUSED and waits on stdin.
CHILD = r"""
import os, sys

point = os.environ["PAUSE_AT"]
paused = []

def pause():
    if not paused:
        paused.append(True)
        print("PAUSED", flush=True)
        sys.stdin.read()

if point == "extract":
    from anoragraph.nlp import pipeline
    real_extract_doc = pipeline.extract_doc
    def extract_doc(*args, **kwargs):
        pause()
        return real_extract_doc(*args, **kwargs)
    pipeline.extract_doc = extract_doc
elif point == "write":
    import pyoxigraph
    RealStore = pyoxigraph.Store
    class Store:
        read_only = staticmethod(RealStore.read_only)
        def __init__(self, *args, **kwargs):
            self._store = RealStore(*args, **kwargs)
        def __getattr__(self, name):
            return getattr(self._store, name)
        def __len__(self):
            return len(self._store)
        def _halves(self, write, quads):
            quads = list(quads)
            write(quads[: len(quads) // 2])
            self._store.flush()
            pause()
            write(quads[len(quads) // 2 :])
        def bulk_extend(self, quads):
            self._halves(self._store.bulk_extend, quads)
        def extend(self, quads):
            self._halves(self._store.extend, quads)
    pyoxigraph.Store = Store
elif point == "swap":
    real_replace = os.replace
    def replace(src, dst, *args, **kwargs):
        if os.fspath(dst).endswith("current"):
            pause()
        return real_replace(src, dst, *args, **kwargs)
    os.replace = replace

from anoragraph.cli import main
main()
"""


def _corpus(folder: Path, text: str, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        (folder / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _build(store: Path, corpus: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store)])
    return result.exit_code, result.stderr


def _titles(store: Path) -> set[str]:
    """Film labels in the store, read the way a user would."""
    sparql = "SELECT ?label WHERE { ?f a ag:Film ; rdfs:label ?label }"
    result = CliRunner().invoke(
        cli, ["query", "--store", str(store), "--format", "csv", "-e", sparql]
    )
    assert result.exit_code == 0, result.stderr
    return set(result.stdout.splitlines()[1:])


def _start_paused(point: str, store: Path, corpus: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "build", str(corpus), "--store", str(store)],
        env={**os.environ, "PAUSE_AT": point},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "PAUSED":
        child.kill()
        _, err = child.communicate()
        pytest.fail(f"the build never reached the {point!r} point: {line!r} {err}")
    return child


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    code, err = _build(store, _corpus(tmp_path / "old", OLD))
    assert code == 0, err
    assert _titles(store) == {"The Copper Tide"}
    return store


@pytest.mark.model
@pytest.mark.parametrize("point", ["extract", "write", "swap"])
def test_a_build_killed_at_any_point_leaves_the_previous_graph(
    tmp_path: Path, old_store: Path, point: str
) -> None:
    new = _corpus(tmp_path / "new", NEW, copies=3)
    child = _start_paused(point, old_store, new)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL

    assert _titles(old_store) == {"The Copper Tide"}
    export = CliRunner().invoke(cli, ["export", "--store", str(old_store), "--format", "nt"])
    assert export.exit_code == 0 and "Copper Tide" in export.stdout

    code, err = _build(old_store, new)  # the lock died with the process
    assert code == 0, err
    assert _titles(old_store) == {"The Paper Harbour"}


@pytest.mark.model
def test_a_second_writer_is_told_the_store_is_in_use(tmp_path: Path, old_store: Path) -> None:
    new = _corpus(tmp_path / "new", NEW)
    child = _start_paused("write", old_store, new)
    try:
        code, err = _build(old_store, _corpus(tmp_path / "other", OLD))
        assert code == 1
        assert "in use" in err and str(old_store) in err
        assert len(err.strip().splitlines()) == 1
        assert _titles(old_store) == {"The Copper Tide"}  # readers keep working
    finally:
        _, err = child.communicate(input="", timeout=300)  # let the first writer finish
    assert child.returncode == 0, err
    assert _titles(old_store) == {"The Paper Harbour"}


# --- disks that refuse to write ---------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs mounted for the test (needs root with mount rights; skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _generations(store: Path) -> set[str]:
    return {p.name for p in store.iterdir() if p.name.startswith("gen-")}


def _big_corpus(tmp_path: Path) -> Path:
    sentences = " ".join(
        f"The Salt Meridian {i} is a {1990 + i % 30} drama film directed by Ines Haddad {i}."
        for i in range(60)
    )
    return _corpus(tmp_path / "big", sentences + "\n", copies=12)


@pytest.mark.model
def test_a_full_disk_is_a_clear_error_and_the_old_graph_stays(
    tmp_path: Path, small_disk: Path
) -> None:
    store = small_disk / "store"
    code, err = _build(store, _corpus(tmp_path / "old", OLD))
    assert code == 0, err
    before = _generations(store)
    code, err = _build(store, _big_corpus(tmp_path))
    assert code == 1
    assert err.startswith(f"Error: cannot write the store at {store}")
    assert "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert _titles(store) == {"The Copper Tide"}
    assert _generations(store) == before  # no half-written graph is left behind


@pytest.mark.model
def test_a_read_only_disk_is_a_clear_error_and_still_answers_queries(
    tmp_path: Path, small_disk: Path
) -> None:
    store = small_disk / "store"
    code, err = _build(store, _corpus(tmp_path / "old", OLD))
    assert code == 0, err
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    code, err = _build(store, _corpus(tmp_path / "new", NEW))
    assert code == 1
    assert err.strip() == f"Error: cannot write the store at {store}: Read-only file system"
    assert _titles(store) == {"The Copper Tide"}


def test_a_read_only_store_folder_is_a_clear_error(tmp_path: Path, old_store: Path) -> None:
    """chmod does not stop root, so as root the build runs without the capabilities that
    override permissions (util-linux `setpriv`)."""
    old_store.chmod(0o555)
    try:
        command = ["build", str(_corpus(tmp_path / "new", NEW)), "--store", str(old_store)]
        code, err = run_unprivileged(command)
        assert code == 1, err
        assert err.startswith(f"Error: cannot write the store at {old_store}: ")
        assert "Permission denied" in err and len(err.strip().splitlines()) == 1
    finally:
        old_store.chmod(0o755)
    assert _titles(old_store) == {"The Copper Tide"}


class _FullDiskStore:
    """Stands in for pyoxigraph.Store: the first write fails as a full disk does."""

    real = pyoxigraph.Store
    read_only = staticmethod(pyoxigraph.Store.read_only)

    def __init__(self, path: str | None = None) -> None:
        self._store = self.real(path)

    def __getattr__(self, name: str) -> object:
        if name in {"add", "extend", "bulk_extend", "load", "bulk_load", "update"}:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return getattr(self._store, name)


@pytest.mark.model
def test_a_full_disk_simulated_in_process(
    tmp_path: Path, old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same fault without mount rights: every store write raises ENOSPC (simulated)."""
    monkeypatch.setattr(pyoxigraph, "Store", _FullDiskStore)
    code, err = _build(old_store, _corpus(tmp_path / "new", NEW))
    assert code == 1
    assert err.strip() == f"Error: cannot write the store at {old_store}: No space left on device"
    monkeypatch.undo()
    assert _titles(old_store) == {"The Copper Tide"}
