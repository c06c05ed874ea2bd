"""Small helpers for commands: atomic file writes with one-line errors."""

from __future__ import annotations

from pathlib import Path

from .. import files
from ..errors import AnoragraphError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, turning OS errors into one-line errors."""
    try:
        files.write_atomic(path, data)
    except OSError as exc:
        raise AnoragraphError(f"cannot write {path}: {exc.strerror or exc}") from None
