"""Small helpers over spaCy `Doc`s shared by the extraction stages."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts, in order."""
    return [sent.start for sent in doc.sents]


def sentence_index(starts: list[int], token_i: int) -> int:
    """Index of the sentence holding token `token_i`, given `sentence_starts(doc)`."""
    from bisect import bisect_right

    return max(0, bisect_right(starts, token_i) - 1)


def span_sentence(starts: list[int], span: Span) -> int:
    return sentence_index(starts, span.start)
