"""Small helpers over spaCy `Doc`s shared by the extraction stages."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

_TEXT_KEY = "anoragraph.text"
_SOURCE_KEY = "anoragraph.source"


def doc_text(doc: Doc) -> str:
    """The document's text, joined from its tokens once and kept with the `Doc` (spaCy
    rebuilds `Doc.text` token by token on every read)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def alternatives(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first (so "co-directed by" is
    tried before "co")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def keep_text(doc: Doc, text: str, source: str | None = None) -> None:
    """Keep `text`, which `doc` was made from, as its text, and `source`, the text as the
    document gives it, when the two differ (in case or line breaks, character for
    character: see `pipeline.unwrap` and `pipeline.recase`)."""
    doc.user_data[_TEXT_KEY] = text
    if source is not None and source != text:
        doc.user_data[_SOURCE_KEY] = source


def source_text(doc: Doc) -> str:
    """The document's text as its source gives it: what quotes and evidence cite."""
    source = doc.user_data.get(_SOURCE_KEY)
    return doc_text(doc) if source is None else str(source)


def words_in(doc: Doc, pattern: re.Pattern[str]) -> list[Token]:
    """The one-token matches of `pattern` in the document's text, found without walking
    every token (a match inside a longer token, or across several, is skipped)."""
    found = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            found.append(span[0])
    return found


@functools.lru_cache(maxsize=64)
def word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A case-insensitive pattern for any of `words` standing alone (see `words_in`)."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


def tokens_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-cased text is one of `words` (lower-case, one token each), in
    order, found from the text rather than by walking every token."""
    return [t for t in words_in(doc, word_pattern(words)) if t.lower_ in words]


def sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts, in order."""
    return [sent.start for sent in doc.sents]


def sentence_index(starts: list[int], token_i: int) -> int:
    """Index of the sentence holding token `token_i`, given `sentence_starts(doc)`."""
    from bisect import bisect_right

    return max(0, bisect_right(starts, token_i) - 1)


def span_sentence(starts: list[int], span: Span) -> int:
    return sentence_index(starts, span.start)


def closes_citation(doc: Doc, i: int) -> bool:
    """Whether token `i`, after the year of a film's citation, closes its bracket: ")" or
    the details a citation may add after the year, up to the bracket's end ("(Owen Marr,
    1949, 94 min)", "(1962, 108 min; Italian with subtitles)")."""
    if i >= len(doc):
        return False
    if doc[i].text == ")":
        return True
    if doc[i].text not in (",", ";"):
        return False
    for k in range(i + 1, min(len(doc), i + 12)):
        text = doc[k].text
        if text == ")":
            return k > i + 1
        if text == "(" or "\n" in text:
            return False
    return False


def tokens_with_lemmas(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """The tokens whose lemma, case aside, is one of `lemmas`, in order, found from the
    document's lemma array rather than by making a Python object of every token."""
    strings = doc.vocab.strings
    wanted = {
        strings[form] for lemma in lemmas for form in (lemma, lemma.capitalize(), lemma.upper())
    }
    return [doc[i] for i, key in enumerate(doc.to_array("LEMMA").tolist()) if key in wanted]
