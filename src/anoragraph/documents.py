"""Find and read inputs (.txt, .md, .html) into `Document` records.

A path named on the command line that cannot be read is an error; a file found while walking
a folder that cannot be read is skipped, and the caller reports it (`Skipped`): empty or
whitespace-only files, binary files (a known binary signature, or a NUL byte in the first
8 KiB), text that is neither UTF-8 nor UTF-16/32 with a byte-order mark, files over
`MAX_BYTES`, HTML with no readable text, special files (pipes, devices), broken symbolic
links and symbolic-link loops. Folders reached through symbolic links are read
once; a link that leads back to a folder above it is reported, never followed round.

Text is normalised so character offsets are stable: line endings become "\\n" and control
characters other than tab and newline are dropped. HTML goes through trafilatura for its main
text; a DOCTYPE's internal subset (where entity declarations live) is removed first, so no
entity is ever declared, expanded or fetched.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
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

# Larger files are skipped: at the pipeline's speed (about 10,000 characters a second on one
# core) 100 MiB is hours of work, and a file that size is more likely a mistake than an article.
MAX_BYTES = 100 * 1024 * 1024

# A title is a short first line; longer first lines are prose.
_TITLE_MAX = 120

# What common binary formats start with, to name them in the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio or AVI video)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a .docx, .odt, .epub)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Control characters (other than tab and newline) and lone surrogates: dropped from text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters that would break or disguise a one-line message naming a file: controls, line
# and paragraph separators, and the bidirectional overrides that can make a name read backwards.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
_DOCTYPE = re.compile(rb"<!doctype", re.IGNORECASE)


@dataclass(frozen=True)
class Skipped:
    """A file found in a folder that could not be read, and why.

    `path` is the file as it should be shown: control characters and bidirectional overrides
    in its name are escaped, so the report is one honest line.
    """

    path: str
    reason: str


def printable(value: object) -> str:
    """`value` as text safe to show on one line: controls and bidi overrides escaped."""
    text = str(value)
    if os.name == "posix":
        # undecodable bytes in file names arrive as lone surrogates; show them as \\xNN
        text = (
            os.fsencode(text).decode("utf-8", "backslashreplace") if _has_surrogate(text) else text
        )
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _fail(path: Path, reason: str) -> InputError:
    return InputError(f"{printable(path)}: {reason}")


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _decode(data: bytes, path: Path) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(f"{codec}-{'le' if bom[0] == 0xFF else 'be'}")
            except UnicodeDecodeError as exc:
                raise _fail(path, f"invalid {codec.upper()} text ({exc.reason})") from None
    kind = _binary_kind(data)
    if kind is not None:
        raise _fail(path, f"binary file ({kind}), not text")
    if b"\x00" in data[:8192]:
        raise _fail(path, "binary file, not text (or UTF-16 without a byte-order mark)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(
            path, f"not UTF-8 (invalid byte at offset {exc.start}); re-save it as UTF-8"
        ) from None


def _clean(text: str) -> str:
    """Normalise line endings and drop control characters other than tab and newline, so
    character offsets are stable whatever platform wrote the file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _without_doctype(markup: str) -> str:
    """`markup` with any DOCTYPE declaration removed, internal subset and all: entity
    declarations (external entities, "billion laughs") never reach a parser."""
    data = markup.encode("utf-8", "surrogatepass")
    match = _DOCTYPE.search(data)
    if match is None:
        return markup
    out = bytearray()
    position = 0
    while match is not None:
        start = match.start()
        out += data[position:start]
        depth, quote, i = 0, 0, match.end()
        while i < len(data):
            byte = data[i]
            if quote:
                if byte == quote:
                    quote = 0
            elif byte in b"\"'":
                quote = byte
            elif byte == ord("["):
                depth += 1
            elif byte == ord("]"):
                depth = max(0, depth - 1)
            elif byte == ord(">") and depth == 0:
                break
            i += 1
        position = i + 1
        match = _DOCTYPE.search(data, position)
    out += data[position:]
    return out.decode("utf-8", "surrogatepass")


def _html_text(markup: str, path: Path) -> str:
    import trafilatura

    try:
        text = trafilatura.extract(
            _without_doctype(markup), include_comments=True, favor_recall=True
        )
    except Exception as exc:  # the parser's failures on broken markup are many and unnamed
        raise _fail(path, f"cannot read this HTML ({type(exc).__name__})") from None
    if text is None:
        raise _fail(path, "no readable text in this HTML page")
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


def _os_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and path.is_symlink():
        return f"broken symbolic link (to {printable(os.readlink(path))})"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc})"


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file (a pipe would block forever, a
    device never ends) and what is larger than MAX_BYTES."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _fail(path, _os_reason(path, exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _fail(path, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise _fail(path, "not a regular file (a pipe, socket or device)")
        if info.st_size > MAX_BYTES:
            raise _fail(
                path,
                f"too large ({info.st_size / 2**20:.0f} MiB; the limit is "
                f"{MAX_BYTES // 2**20} MiB): split it into smaller files",
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _fail(path, _os_reason(path, exc)) from None
    finally:
        os.close(fd)


def safe_name(name: str) -> str:
    """A file name as text that can be stored: undecodable bytes become U+FFFD."""
    if _has_surrogate(name):
        return os.fsencode(name).decode("utf-8", "replace")
    return name


def read_document(path: Path, doc_path: str, *, doc_id: str | None = None) -> Document:
    """Read one file as a `Document` whose id derives from `doc_path` (stable across runs)."""
    media_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    text = _decode(_read_bytes(path), path)
    if media_type == "text/html":
        text = _html_text(text, path)
    text = _clean(text)
    if not text.strip():
        raise _fail(path, "empty document, nothing to read")
    doc_path = safe_name(doc_path)
    return Document(
        id=doc_id or slug(doc_path),
        path=doc_path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        media_type=media_type,
        title=_title(text),
    )


def _walk(root: Path) -> Iterator[Path | Skipped]:
    """Files under `root` with a known suffix, in a stable order (depth first, by name).

    Symbolic links to folders are followed once; a link back to a folder above it (a loop)
    or to a folder already read is reported instead.
    """
    try:
        info = root.stat()
    except OSError as exc:
        yield Skipped(printable(root), _os_reason(root, exc))
        return
    first: dict[tuple[int, int], Path] = {}
    # each entry: a folder, and the (device, inode) of it and every folder above it
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [
        (root, frozenset({(info.st_dev, info.st_ino)}))
    ]
    first[(info.st_dev, info.st_ino)] = root
    while stack:
        folder, above = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(printable(folder), _os_reason(folder, exc))
            continue
        folders: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                if path.suffix.lower() in SUFFIXES:
                    yield path
                continue
            try:
                sub = path.stat()
            except OSError as exc:
                yield Skipped(printable(path), _os_reason(path, exc))
                continue
            key = (sub.st_dev, sub.st_ino)
            if key in above:
                yield Skipped(
                    printable(path), "symbolic link loop (leads back to a folder above it)"
                )
            elif key in first:
                shown = printable(first[key].relative_to(root).as_posix())
                yield Skipped(printable(path), f"same folder as {shown}, already read")
            else:
                first[key] = path
                folders.append((path, above | {key}))
        stack.extend(reversed(folders))


def _unique_id(doc_path: str, taken: dict[str, str]) -> str:
    """`slug(doc_path)`, or, when another path already slugs to it ("a b.txt", "a-b.txt"),
    the slug with a hash of the path: two documents never share an IRI."""
    doc_id = slug(doc_path)
    if taken.get(doc_id, doc_path) != doc_path:
        digest = hashlib.sha1(doc_path.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        doc_id = f"{doc_id}-{digest}"
    taken[doc_id] = doc_path
    return doc_id


def find_documents(paths: Iterable[Path]) -> Iterator[Document | Skipped]:
    """Documents under `paths` (files or folders, recursive), and the files skipped."""
    seen: set[str] = set()
    ids: dict[str, str] = {}
    for path in paths:
        if not path.exists():
            raise _fail(path, "no such file or folder")
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, Skipped):
                    yield found
                    continue
                doc_path = safe_name(found.relative_to(path).as_posix())
                if doc_path in seen:
                    continue
                seen.add(doc_path)
                try:
                    document = read_document(found, doc_path)
                except InputError as exc:
                    yield Skipped(printable(found), str(exc).removeprefix(f"{printable(found)}: "))
                    continue
                yield replace(document, id=_unique_id(doc_path, ids))
        else:
            name = safe_name(path.name)
            if name in seen:
                continue
            seen.add(name)
            yield replace(read_document(path, name), id=_unique_id(name, ids))
