"""The parses a build keeps between its first pass and its titles pass (build.py).

A build extracts every document, collects the film titles the corpus signals, then extracts
again the documents that name such a title bare (nlp/gazetteer.py). Keeping the first pass's
parses, as bytes within a memory budget, lets that second pass skip the statistical model.
Only a build turns keeping on (`collecting`), so other callers of the pipeline hold nothing.
This module imports spaCy only when a parse is read back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..records import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class ParsedDocs:
    """Parses by document digest, kept while a build collects them."""

    BUDGET = 256 * 1024 * 1024

    def __init__(self) -> None:
        self._docs: dict[str, bytes] = {}
        self._size = 0
        self._active = False

    def keep(self, document: Document, doc: Doc) -> None:
        if not self._active or self._size >= self.BUDGET:
            return
        data = doc.to_bytes(exclude=["tensor", "user_data"])
        self._docs[document.sha256] = data
        self._size += len(data)

    def has_all(self, documents: Sequence[Document]) -> bool:
        return bool(documents) and all(d.sha256 in self._docs for d in documents)

    def doc(self, nlp: Language, document: Document) -> Doc:
        from spacy.tokens import Doc

        return Doc(nlp.vocab).from_bytes(self._docs[document.sha256])

    @contextmanager
    def collecting(self) -> Iterator[None]:
        """Keep parses inside the block; drop them all when it ends."""
        self._active = True
        try:
            yield
        finally:
            self._active = False
            self._docs.clear()
            self._size = 0


PARSED = ParsedDocs()
