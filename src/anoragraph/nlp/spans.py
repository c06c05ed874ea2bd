"""Small helpers over spaCy `Doc`s shared by the extraction stages."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT_KEY = "anoragraph.text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined from its tokens once and kept with the `Doc` (spaCy
    rebuilds `Doc.text` token by token on every read)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts, in order."""
    return [sent.start for sent in doc.sents]


def sentence_index(starts: list[int], token_i: int) -> int:
    """Index of the sentence holding token `token_i`, given `sentence_starts(doc)`."""
    from bisect import bisect_right

    return max(0, bisect_right(starts, token_i) - 1)


def span_sentence(starts: list[int], span: Span) -> int:
    return sentence_index(starts, span.start)
