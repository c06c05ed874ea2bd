"""The parses a build keeps between its first pass and its titles pass (build.py).

A build extracts every document, collects the film titles the corpus signals, then extracts
again the documents that name such a title bare (nlp/gazetteer.py). Keeping the first pass's
parses within a memory budget lets that second pass skip the statistical model. A parse is
kept as its token attribute array, the strings those attributes name and its span groups:
the strings must outlive the memory zone the parse was made in, and `Doc.to_bytes` would
spend more time packing than this module does. Only a build turns keeping on (`collecting`),
so other callers of the pipeline hold nothing. This module imports spaCy only when a parse
is kept or read back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Document
from .spans import doc_text, keep_text, source_text

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc

# the token attributes spaCy's DocBin keeps, and which of them hold strings
_ATTRS = (
    "ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID",
    "LEMMA", "MORPH", "POS", "SENT_START",
)  # fmt: skip
_STRING_ATTRS = ("ORTH", "NORM", "TAG", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH")


@dataclass(frozen=True, slots=True)
class _Kept:
    tokens: numpy.ndarray
    spaces: numpy.ndarray
    strings: tuple[str, ...]
    # span group name -> (start, end, label, kb_id, id) per span
    spans: tuple[tuple[str, tuple[tuple[int, int, str, str, str], ...]], ...]
    # the text the parse was made from (rebuilding it from the tokens costs more than
    # keeping it)
    text: str
    # the text as the source gives it, when it was read otherwise (see `spans.keep_text`)
    source: str | None = None

    @property
    def size(self) -> int:
        return (
            self.tokens.nbytes
            + self.spaces.nbytes
            + sum(map(len, self.strings))
            + 64 * sum(len(group) for _, group in self.spans)
            + len(self.text)
        )


class ParsedDocs:
    """Parses by document digest, kept while a build collects them."""

    BUDGET = 256 * 1024 * 1024

    def __init__(self) -> None:
        self._docs: dict[str, _Kept] = {}
        self._size = 0
        self._active = False

    def keep(self, document: Document, doc: Doc) -> None:
        if not self._active or self._size >= self.BUDGET:
            return
        tokens = doc.to_array(list(_ATTRS))
        if tokens.ndim == 1:
            tokens = tokens.reshape((-1, 1))
        columns = [_ATTRS.index(name) for name in _STRING_ATTRS]
        store = doc.vocab.strings
        keys = {int(key) for key in tokens[:, columns].ravel().tolist()}
        # (spaCy's stubs give StringStore no int lookups, which it has)
        strings = tuple(store[key] for key in keys if key in store)  # type: ignore[operator]
        spans = tuple(
            (name, tuple((s.start, s.end, s.label_, s.kb_id_, s.id_) for s in group))
            for name, group in doc.spans.items()
        )
        source = source_text(doc)
        text = doc_text(doc)
        kept = _Kept(
            tokens,
            doc.to_array("SPACY").astype(bool),
            strings,
            spans,
            text,
            source if source != text else None,
        )
        self._docs[document.sha256] = kept
        self._size += kept.size

    def has_all(self, documents: Sequence[Document]) -> bool:
        return bool(documents) and all(d.sha256 in self._docs for d in documents)

    def doc(self, nlp: Language, document: Document) -> Doc:
        from spacy.tokens import Doc, Span

        kept = self._docs[document.sha256]
        for string in kept.strings:
            nlp.vocab.strings.add(string)
        words = kept.tokens[:, _ATTRS.index("ORTH")]
        doc = Doc(nlp.vocab, words=words, spaces=kept.spaces.tolist())  # type: ignore[arg-type]
        doc = doc.from_array(list(_ATTRS), kept.tokens)  # type: ignore[arg-type]
        for name, group in kept.spans:
            doc.spans[name] = [
                Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)
                for start, end, label, kb_id, span_id in group
            ]
        keep_text(doc, kept.text, kept.source)
        return doc

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
