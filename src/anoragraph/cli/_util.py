"""Small helpers for commands: atomic file writes and echoing results."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import AnoragraphError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file and a rename: a reader sees the old file or
    the complete new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise AnoragraphError(f"cannot write {path}: {exc.strerror or exc}") from None
