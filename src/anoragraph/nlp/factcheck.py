"""A fact-check's rulings: the claim it quotes and the verdict it gives ("CLAIM: ... /
OUR RATING: FALSE").

A verdict is a line that opens with a verdict label ("Verdict:", "Our rating:") and gives a
verdict the ontology's scale knows ("False", "Mostly true", "Misleading") or a short value
after it; in a text with no such label, a verdict in capitals that opens its line ("FALSE.
Not one scene was filmed there."), where two lines at least do so. The claim it judges is
the labelled claim above it ("Claim 2: ...", up to four lines up), or, in a text that labels
no claim, the line just above. In a text that labels its
claims, a verdict with no label of its own since the last verdict judges nothing.

Both the relation rules (a false verdict retracts the facts in its claim) and the claim
finder (the quoted claim is an unnamed source's, reviewed by the author) read these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import load_lexicon
from .spans import alternatives

CLAIM_LABEL = re.compile(r"^[ \t]*(?:the[ \t]+)?claim\b[^:\n]{0,12}:", re.I | re.M)
_LABEL_REACH = 600  # characters above a verdict where its claim's label may start
_LABEL_LINES = 4  # lines between a claim's label and the line above the verdict
_SHORT_VERDICT = 4  # words a verdict line may give that the scale does not know


@dataclass(frozen=True)
class Ruling:
    """One verdict on one quoted claim, as character offsets into the text."""

    label_start: int  # where the claim's label (or, unlabelled, its line) starts
    claim_start: int  # where the claim's own words start, after its label
    claim_end: int
    verdict: str  # as the text writes it ("FALSE", "Mostly true")
    value: int | None  # on the ontology's scale (1 false .. 5 true), None if unscaled
    start: int  # the verdict's characters
    end: int
    false: bool  # whether the verdict says the claim is false or misleading


@cache
def _patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int | None]
]:
    """The verdict line, an unlabelled verdict in capitals, an unlabelled verdict in any
    case, a false verdict and the scale, from the ontology's "disputed" vocabulary."""
    words = load_lexicon().relations["disputed"]
    scale: dict[str, int | None] = words["verdict_scale"]
    known = alternatives([*scale, *words["false_words"]])
    labels = alternatives(words["verdict_labels"])
    verdict = re.compile(
        rf"^[ \t]*(?:{labels})[ \t]*:[ \t]*"
        rf"(?:(?P<known>{known})\b|(?P<short>[^\n]+?)[ \t]*[.!]?[ \t]*$)",
        re.I | re.M,
    )
    is_false = re.compile(rf"(?:{alternatives(words['false_words'])})\b", re.I)
    # "FALSE. Not one scene was filmed in Montana.": a verdict in capitals, unlabelled,
    # opening the line under the claim it rules on
    upper = alternatives([w.upper() for w in (*scale, *words["false_words"])])
    bare = re.compile(rf"^[ \t]*(?P<known>{upper})(?=[ \t]*[.:!—–]|[ \t]*$)", re.M)
    # "False. Kestrel Rising was directed by ...": in a text that labels its claims, a
    # verdict opening the line under one, in sentence case
    cased = re.compile(rf"^[ \t]*(?P<known>{known})(?=[ \t]*[.:!—–]|[ \t]*$)", re.M | re.I)
    return verdict, bare, cased, is_false, scale


@lru_cache(maxsize=4)
def rulings(text: str) -> tuple[Ruling, ...]:
    """Every ruling in `text` (kept for the last few texts: the relation rules and the
    claim finder both read them)."""
    verdict, bare, cased, is_false, scale = _patterns()
    any_label = CLAIM_LABEL.search(text) is not None
    found: list[Ruling] = []
    previous = 0
    matches = list(verdict.finditer(text))
    if any_label:
        # (a closing "Verdict: Of the eight claims, none is accurate" rules on none)
        taken = {m.start() for m in matches}
        matches += [m for m in cased.finditer(text) if m.start() not in taken]
        matches.sort(key=lambda m: m.start())
    elif not matches:
        # a fact-check that rules in capitals, each verdict opening the line under its
        # claim; two at least, or one word in capitals opening a line is no verdict
        matches = list(bare.finditer(text))
        matches = matches if len(matches) >= 2 else []
    for match in matches:
        short: str | None = match.groupdict().get("short")
        value: str = match.group("known") or short or ""
        if short is not None and (len(value.split()) > _SHORT_VERDICT or not any_label):
            continue  # a long line, or a rating outside a fact-check ("Rating: 3/5")
        before = text[: match.start()].rstrip()
        last, previous = previous, match.end()
        if not before:
            continue
        start = before.rfind("\n") + 1
        claim_start = start
        labelled = list(CLAIM_LABEL.finditer(before, max(last, start - _LABEL_REACH)))
        if labelled and before.count("\n", labelled[-1].start(), start) <= _LABEL_LINES:
            start = labelled[-1].start()
            claim_start = labelled[-1].end()
        elif any_label:
            continue
        while claim_start < len(before) and before[claim_start].isspace():
            claim_start += 1
        at = match.start("known") if match.group("known") else match.start("short")
        found.append(
            Ruling(
                label_start=start,
                claim_start=claim_start,
                claim_end=len(before),
                verdict=value,
                value=scale.get(value.casefold()),
                start=at,
                end=at + len(value),
                false=is_false.match(value) is not None,
            )
        )
    return tuple(found)
