"""Find and read inputs (.txt, .md, .html) into `Document` records.

A path named on the command line that cannot be read is an error; a file found while walking
a folder that cannot be read is skipped, and the caller reports it (`Skipped`).
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .ids import slug
from .records import Document

SUFFIXES: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}

# A title is a short first line; longer first lines are prose.
_TITLE_MAX = 120


@dataclass(frozen=True)
class Skipped:
    """A file found in a folder that could not be read, and why."""

    path: str
    reason: str


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 (invalid byte at offset {exc.start}); re-save it as UTF-8"
        ) from None


def _clean(text: str) -> str:
    """Normalise line endings and drop control characters other than tab and newline, so
    character offsets are stable whatever platform wrote the file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def _html_text(markup: str, path: Path) -> str:
    import trafilatura

    text = trafilatura.extract(markup, include_comments=True, favor_recall=True)
    if text is None:
        raise InputError(f"{path}: no readable text in this HTML page")
    return str(text)


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if not line:
            continue
        if len(line) <= _TITLE_MAX and not line.endswith((".", ":", ";", ",")) and len(line) > 1:
            return line
        return None
    return None


def read_document(path: Path, doc_path: str) -> Document:
    """Read one file as a `Document` whose id derives from `doc_path` (stable across runs)."""
    media_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = _decode(data, path)
    if media_type == "text/html":
        text = _html_text(text, path)
    text = _clean(text)
    if not text.strip():
        raise InputError(f"{path}: empty document, nothing to read")
    return Document(
        id=slug(doc_path),
        path=doc_path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        media_type=media_type,
        title=_title(text),
    )


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root` with a known suffix, in a stable order, not following symlinked
    folders (which can loop)."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(folder) / name


def find_documents(paths: Iterable[Path]) -> Iterator[Document | Skipped]:
    """Documents under `paths` (files or folders, recursive), and the files skipped."""
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            for file in _walk(path):
                doc_path = file.relative_to(path).as_posix()
                if doc_path in seen:
                    continue
                seen.add(doc_path)
                try:
                    yield read_document(file, doc_path)
                except InputError as exc:
                    yield Skipped(str(file), str(exc).removeprefix(f"{file}: "))
        else:
            if path.name in seen:
                continue
            seen.add(path.name)
            yield read_document(path, path.name)
