"""Stable identifiers: labels -> IRI-safe slugs, so the same input always gives the same IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MAX = 80


def slug(label: str) -> str:
    """A lower-case, hyphenated, percent-encoded form of `label`, valid in any IRI path segment.

    Labels that slug to nothing (punctuation only) or too long get a short content hash, so
    distinct labels never share a slug by accident of truncation.
    """
    text = unicodedata.normalize("NFKC", label).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    words = _NON_WORD.sub("-", text).strip("-")
    digest = hashlib.sha1(label.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if not words:
        return f"x-{digest}"
    if len(words) > _MAX:
        words = f"{words[:_MAX].rstrip('-')}-{digest}"
    return quote(words, safe="-")


def name_key(name: str) -> str:
    """The form two surface names must share to be the same name: case, accents, punctuation
    and spacing ignored."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub("", text)
