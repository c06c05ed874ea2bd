"""Stance: is a span of text positive, negative, neutral or mixed towards what it names?

The method is a lexicon of general English opinion words (ontology/vocab/stance-lexicon.json)
with three rules over it:

- negation: a negator ("not", "n't", "never", "without") flips the evaluations that follow it
  within a short window ("wasn't that impressed" is negative, "not bad" weakly positive);
  shifters ("lacks", "fails to") are negative on their own and flip an evaluation that follows
  ("lacks warmth" is negative, "avoids clichés" positive);
- contrast: "but", "however", "yet" start a new segment that counts more than the one before
  it; a concessive segment ("although beautifully shot, ...") counts less;
- targets: each segment's evaluation goes to the targets named in it, and a segment that names
  none continues the one before it ("the film is beautiful but hollow").

A target whose segments carry both polarities, neither clearly stronger, is "mixed".
`evaluate` measures the method on an annotated JSONL file of claims (see tests/data/stance/).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OntologyError
from ..records import Stance
from ..resources import ontology_file

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_NEGATION_WINDOW = 4
_WORDS = re.compile(r"\w+(?:'\w+)?|[^\w\s]")
_INTENSIFIER_WINDOW = 2
_CONTRAST_WEIGHT = 1.5
_CONCESSIVE_WEIGHT = 0.5
_FLIPPED_NEGATIVE = 0.5  # "not bad" is weaker praise than "good"
_DOMINANCE = 2.0  # one polarity wins over the other when at least this many times stronger
_SKIP_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART", "PRON", "AUX"})


@dataclass(frozen=True)
class Lexicon:
    """The stance lexicon and rule words, loaded from ontology/vocab/stance-lexicon.json."""

    polarity: dict[str, float]  # single words: +weight positive, -weight negative
    phrases: dict[tuple[str, ...], float]
    negators: frozenset[str]
    shifters: frozenset[str]
    contrast: frozenset[str]
    concessive: frozenset[tuple[str, ...]]
    intensifiers: dict[tuple[str, ...], float]
    pos_sensitive: frozenset[str]
    longest_phrase: int
    # first words of the multi-word entries, so most tokens are ruled out with one lookup
    phrase_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    intensifier_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    concessive_starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name, table in (
            ("phrase_starts", self.phrases),
            ("intensifier_starts", self.intensifiers),
            ("concessive_starts", self.concessive),
        ):
            object.__setattr__(self, name, frozenset(entry[0] for entry in table if entry))


def _phrase(text: str) -> tuple[str, ...]:
    """Lexicon entries split the way the tokenizer splits text ("top-notch" -> top, -, notch)."""
    return tuple(_WORDS.findall(text.lower().replace("’", "'")))


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the stance lexicon (the shipped one unless `path` is given)."""
    path = path or ontology_file("vocab", "stance-lexicon.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        polarity: dict[str, float] = {}
        phrases: dict[tuple[str, ...], float] = {}
        for key, sign in (("positive", 1.0), ("negative", -1.0)):
            for entry, weight in data[key].items():
                words = _phrase(entry)
                if len(words) == 1:
                    polarity[words[0]] = sign * float(weight)
                else:
                    phrases[words] = sign * float(weight)
        shifters = [w for w in data["shifters"] if len(w.split()) == 1]
        intensifiers = {_phrase(k): float(v) for k, v in data["intensifiers"].items()}
        lengths = [len(p) for p in (*phrases, *intensifiers)] or [1]
        return Lexicon(
            polarity=polarity,
            phrases=phrases,
            negators=frozenset(w.lower() for w in data["negators"]),
            shifters=frozenset(w.lower() for w in shifters),
            contrast=frozenset(w.lower() for w in data["contrast"]),
            concessive=frozenset(_phrase(w) for w in data["concessive"]),
            intensifiers=intensifiers,
            pos_sensitive=frozenset(w.lower() for w in data.get("pos_sensitive", [])),
            longest_phrase=max(lengths),
        )
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        raise OntologyError(f"cannot read the stance lexicon {path}: {exc}") from None


@dataclass
class Segment:
    """A stretch of text between contrast connectives, with the evaluations found in it."""

    start: int  # token index in the Doc
    end: int
    weight: float = 1.0
    scores: list[float] = field(default_factory=list)

    @property
    def positive(self) -> float:
        return self.weight * sum(s for s in self.scores if s > 0)

    @property
    def negative(self) -> float:
        return self.weight * -sum(s for s in self.scores if s < 0)


def _key(token: Token) -> tuple[str, str]:
    lower = token.lower_.replace("’", "'")
    lemma = token.lemma_.lower().replace("’", "'") if token.lemma_ else lower
    return lower, lemma


def _match(
    lowers: Sequence[str],
    lemmas: Sequence[str],
    i: int,
    table: dict[tuple[str, ...], float] | frozenset[tuple[str, ...]],
    starts: frozenset[str],
    longest: int,
) -> int:
    """Length of the longest multi-word entry of `table` starting at token i (by text or
    lemma; `lowers` and `lemmas` are the tokens' keys), or 0. `starts` holds the first words
    of the entries."""
    if lowers[i] not in starts and lemmas[i] not in starts:
        return 0
    for n in range(min(longest, len(lowers) - i), 1, -1):
        words = tuple(lowers[i : i + n])
        if words in table:
            return n
        forms = tuple(lemmas[i : i + n])
        if forms in table or (forms[0], *words[1:]) in table:
            return n
    return 0


def _phrase_value(
    lowers: Sequence[str], lemmas: Sequence[str], table: dict[tuple[str, ...], float]
) -> float:
    words, forms = tuple(lowers), tuple(lemmas)
    for candidate in (words, forms, (forms[0], *words[1:])):
        if candidate in table:
            return table[candidate]
    return 0.0


def _word_value(token: Token, lexicon: Lexicon, lower: str, lemma: str) -> float:
    value = lexicon.polarity.get(lower, lexicon.polarity.get(lemma, 0.0))
    if not value and lower.endswith("ly") and len(lower) > 4:
        stem = lower[:-2]  # adverbs of evaluative adjectives: "powerfully", "lazily"
        value = lexicon.polarity.get(stem, lexicon.polarity.get(stem[:-1] + "y", 0.0))
    if value and (token.pos_ in _SKIP_POS or token.pos_ == "PROPN" or token.ent_type_):
        return 0.0  # names ("Best Picture", "Cold Harbor") are not evaluations
    if value and lemma in lexicon.pos_sensitive and token.pos_ not in {"ADJ", "VERB", "NOUN"}:
        return 0.0
    return value


def verb_polarity(token: Token) -> float:
    """The lexicon's polarity of a verb form (positive above 0, negative below, 0 if none),
    whatever the tagger made of it: "Criticizing" opening a sentence may be read as a name."""
    lexicon = load_lexicon()
    lower, lemma = _key(token)
    stems = [lower, lemma]
    if lower.endswith("ing") and len(lower) > 5:
        stem = lower[:-3]
        stems += [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return next((lexicon.polarity[w] for w in stems if w in lexicon.polarity), 0.0)


def segments(
    tokens: Sequence[Token], lexicon: Lexicon | None = None, names: frozenset[int] = frozenset()
) -> list[Segment]:
    """Split `tokens` at contrast connectives and sentence ends and score each segment.

    Tokens whose index is in `names` belong to names of things (targets, mentions) and are
    never evaluations ("Bright Hollow" praises nothing).
    """
    lexicon = lexicon or load_lexicon()
    if not tokens:
        return []
    keys = [_key(t) for t in tokens]
    lowers = [lower for lower, _ in keys]
    lemmas = [lemma for _, lemma in keys]
    longest = lexicon.longest_phrase
    found: list[Segment] = [Segment(tokens[0].i, tokens[0].i)]
    state = _Scan()
    in_concession = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lower = lowers[i]
        weight = 0.0  # > 0: this token opens a segment of that weight
        if i > 0 and (token.is_sent_start or lower == ";"):
            weight = 1.0
        elif in_concession and lower == ",":
            weight, in_concession = 1.0, False
        elif lower in lexicon.contrast and token.pos_ not in {"ADJ", "NOUN"}:
            weight = _CONTRAST_WEIGHT
        concessive = _match(
            lowers, lemmas, i, lexicon.concessive, lexicon.concessive_starts, 3
        ) or int((lower,) in lexicon.concessive)
        if concessive and token.pos_ in {"SCONJ", "ADP", ""} | ({"ADV"} if i == 0 else set()):
            weight, in_concession = _CONCESSIVE_WEIGHT, True
        if weight:
            state.close(found[-1])
            if found[-1].end > found[-1].start or found[-1].scores:
                found.append(Segment(token.i, token.i, weight))
            else:
                found[-1].weight = weight
            state = _Scan()
        current = found[-1]
        n = max(
            1,
            _match(lowers, lemmas, i, lexicon.intensifiers, lexicon.intensifier_starts, longest),
            _match(lowers, lemmas, i, lexicon.phrases, lexicon.phrase_starts, longest),
        )
        current.end = tokens[i + n - 1].i + 1
        if token.i in names:
            state.step_over(current)
        else:
            state.step(tokens[i], n, lowers[i : i + n], lemmas[i : i + n], lexicon, current)
        i += n
    state.close(found[-1])
    return found


class _Scan:
    """Negation and intensifier state while scanning one segment left to right."""

    def __init__(self) -> None:
        self.flip_left = 0  # tokens left in the current negation window
        self.flipped = False
        self.boost = 1.0
        self.boost_left = 0
        self.pending: float | None = None  # a shifter's own value, if no evaluation follows it

    def close(self, segment: Segment) -> None:
        if self.pending is not None:
            segment.scores.append(self.pending)
        self.pending = None
        self.flip_left, self.flipped, self.boost_left = 0, False, 0

    def step_over(self, segment: Segment) -> None:
        """A token that is part of a name: it only uses up the negation window."""
        if self.flip_left:
            self.flip_left -= 1
            if not self.flip_left:
                self.close(segment)

    def step(
        self,
        token: Token,
        n: int,
        lowers: Sequence[str],
        lemmas: Sequence[str],
        lexicon: Lexicon,
        segment: Segment,
    ) -> None:
        """Take the `n` tokens from `token` on (their keys `lowers` and `lemmas`) as one unit."""
        lower, lemma = lowers[0], lemmas[0]
        if n == 1 and token.is_punct and lower not in {"-", "—", "–"}:
            self.close(segment)
            return
        words = tuple(lowers)
        if words in lexicon.intensifiers or (n == 1 and (lemma,) in lexicon.intensifiers):
            self.boost = lexicon.intensifiers.get(words, lexicon.intensifiers.get((lemma,), 1.0))
            self.boost_left = _INTENSIFIER_WINDOW
            if self.flip_left:
                self.flip_left += n
            return
        if n > 1:
            value = _phrase_value(lowers, lemmas, lexicon.phrases)
        else:
            value = _word_value(token, lexicon, lower, lemma)
            negator = lower in lexicon.negators or (
                lemma in lexicon.negators and token.dep_ == "neg"
            )
            shifter = lemma in lexicon.shifters or lower in lexicon.shifters
            if negator or shifter:
                negated = bool(self.flip_left and self.flipped)
                if shifter and value < 0:
                    # "lacks" counts as negative unless an evaluation follows; "never lacks" is
                    # mild praise
                    self.pending = -value * _FLIPPED_NEGATIVE if negated else value
                self.flipped = not negated if shifter else True
                self.flip_left = _NEGATION_WINDOW
                return
        if value:
            if self.boost_left:
                value *= self.boost
            if self.flip_left and self.flipped:
                value = -min(value, 1.0) if value > 0 else -value * _FLIPPED_NEGATIVE
            self.pending = None
            segment.scores.append(value)
            self.boost_left = max(0, self.boost_left - 1)
            return
        if self.flip_left:
            self.flip_left -= 1
            if not self.flip_left:
                self.close(segment)
        self.boost_left = max(0, self.boost_left - 1)


def combine(positive: float, negative: float) -> Stance:
    """One stance from summed positive and negative evidence."""
    if positive <= 0 and negative <= 0:
        return Stance.NEUTRAL
    if negative <= 0 or positive >= _DOMINANCE * negative:
        return Stance.POSITIVE
    if positive <= 0 or negative >= _DOMINANCE * positive:
        return Stance.NEGATIVE
    return Stance.MIXED


def overall(found: Sequence[Segment]) -> Stance:
    return combine(sum(s.positive for s in found), sum(s.negative for s in found))


def toward(found: Sequence[Segment], targets: Sequence[tuple[int, int]]) -> list[Stance]:
    """Stance towards each target (token range [start, end)) given the scored segments.

    A segment counts for the targets it names; one that names none continues the nearest
    segment before it that does (or, at the start, the first one after it that does).
    """
    owners: list[set[int]] = []
    for segment in found:
        owners.append(
            {
                k
                for k, (start, end) in enumerate(targets)
                if start < segment.end and end > segment.start
            }
        )
    named = [k for k, o in enumerate(owners) if o]
    assigned: list[set[int]] = []
    for k, o in enumerate(owners):
        if o:
            assigned.append(o)
            continue
        before = [j for j in named if j < k]
        after = [j for j in named if j > k]
        if before:
            assigned.append(owners[before[-1]])
        elif after:
            assigned.append(owners[after[0]])
        else:
            assigned.append(set(range(len(targets))))
    result = []
    for k in range(len(targets)):
        mine = [s for s, a in zip(found, assigned, strict=True) if k in a]
        result.append(overall(mine))
    return result


def stance_of(
    span: Span | Doc, targets: Sequence[tuple[int, int]] = ()
) -> tuple[Stance, list[Stance]]:
    """Overall stance of `span` and stance towards each target (token index ranges in the Doc)."""
    names = frozenset(i for start, end in targets for i in range(start, end))
    found = segments(list(span), names=names)
    return overall(found), toward(found, targets)


# --- measurement -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StanceScore:
    """Accuracy of stance towards annotated targets."""

    total: int
    correct: int
    confusion: dict[tuple[str, str], int]  # (gold, predicted) -> count
    errors: tuple[tuple[str, str, str, str], ...]  # (text, target, gold, predicted)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def read_examples(path: Path) -> list[dict[str, str]]:
    """Annotated claims: one JSON object per line with "text", "target" and "stance"."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, target, gold = str(item["text"]), str(item["target"]), str(item["stance"])
            Stance(gold)
        except (ValueError, KeyError, TypeError) as exc:
            raise OntologyError(f"{path}:{number}: not an annotated claim: {exc}") from None
        if target not in text:
            raise OntologyError(f"{path}:{number}: target {target!r} does not occur in the text")
        examples.append({"text": text, "target": target, "stance": gold})
    return examples


def evaluate(path: Path, nlp: Language) -> StanceScore:
    """Stance accuracy on the annotated claims in `path`, parsed with `nlp`.

    Lines with the same text are one claim with several targets: each target's stance is
    computed with all of that text's targets in place, as the claim extractor does.
    """
    examples = read_examples(path)
    by_text: dict[str, list[dict[str, str]]] = {}
    for example in examples:
        by_text.setdefault(example["text"], []).append(example)
    confusion: Counter[tuple[str, str]] = Counter()
    errors = []
    for (text, group), doc in zip(by_text.items(), nlp.pipe(by_text), strict=True):
        ranges = []
        for example in group:
            start = text.index(example["target"])
            span = doc.char_span(start, start + len(example["target"]), alignment_mode="expand")
            if span is None:
                raise OntologyError(f"target {example['target']!r} does not align with tokens")
            ranges.append((span.start, span.end))
        _, stances = stance_of(doc, ranges)
        for example, stance in zip(group, stances, strict=True):
            confusion[(example["stance"], stance.value)] += 1
            if stance.value != example["stance"]:
                errors.append((text, example["target"], example["stance"], stance.value))
    correct = sum(n for (gold, predicted), n in confusion.items() if gold == predicted)
    return StanceScore(len(examples), correct, dict(confusion), tuple(errors))


def report(score: StanceScore) -> str:
    """A short text report of a `StanceScore`."""
    lines = [f"stance accuracy: {score.accuracy:.3f} ({score.correct}/{score.total})"]
    labels = [s.value for s in Stance]
    lines.append("gold \\ predicted " + " ".join(f"{label:>9}" for label in labels))
    for gold in labels:
        row = " ".join(f"{score.confusion.get((gold, p), 0):>9}" for p in labels)
        lines.append(f"{gold:<17}{row}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m anoragraph.nlp.stance FILE.jsonl [-v]`: print stance accuracy on FILE."""
    import sys

    from .pipeline import load_pipeline

    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    if len(paths) != 1:
        sys.stderr.write("usage: python -m anoragraph.nlp.stance FILE.jsonl [-v]\n")
        return 2
    try:
        score = evaluate(Path(paths[0]), load_pipeline())
    except OntologyError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(report(score) + "\n")
    if verbose:
        for text, target, gold, predicted in score.errors:
            sys.stdout.write(f"- [{target}] gold={gold} predicted={predicted}: {text}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
