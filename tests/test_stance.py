"""Stance: the lexicon with its negation and contrast rules, and its measured accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from anoragraph.errors import OntologyError
from anoragraph.nlp import stance
from anoragraph.records import Stance

DATA = Path(__file__).parent / "data" / "stance"

pytestmark = pytest.mark.model


def toward(nlp: Language, text: str, *targets: str) -> list[Stance]:
    doc = nlp(text)
    ranges = []
    for target in targets:
        start = text.index(target)
        span = doc.char_span(start, start + len(target))
        assert span is not None
        ranges.append((span.start, span.end))
    return stance.stance_of(doc, ranges)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honestly, I was not impressed by Kestrel Bay.", Stance.NEGATIVE),
        ("I wasn't that impressed with Kestrel Bay.", Stance.NEGATIVE),
        ("Kestrel Bay is impressive.", Stance.POSITIVE),
        ("Kestrel Bay is not bad at all.", Stance.POSITIVE),
        ("Kestrel Bay lacks the tenderness of its source.", Stance.NEGATIVE),
        ("Kestrel Bay fails to say anything new.", Stance.NEGATIVE),
        ("Kestrel Bay never lacks ambition.", Stance.POSITIVE),
        ("Kestrel Bay avoids cheap sentimentality.", Stance.POSITIVE),
        ("Kestrel Bay opened in forty cinemas in May.", Stance.NEUTRAL),
        ("Kestrel Bay is lovely to look at but ultimately hollow.", Stance.MIXED),
        ("Although lovely to look at, Kestrel Bay is tedious.", Stance.NEGATIVE),
    ],
)
def test_negation_and_contrast(nlp: Language, text: str, expected: Stance) -> None:
    assert toward(nlp, text, "Kestrel Bay") == [expected]


def test_each_target_gets_the_evaluation_of_its_own_clause(nlp: Language) -> None:
    text = "Rosa Vidal is wonderful, but Kestrel Bay is a dull slog."
    assert toward(nlp, text, "Rosa Vidal", "Kestrel Bay") == [Stance.POSITIVE, Stance.NEGATIVE]


def test_names_are_not_evaluations(nlp: Language) -> None:
    # "Bright" and "Fine" are names here, not praise
    assert toward(nlp, "Bright Fine Day opened on Friday.", "Bright Fine Day") == [Stance.NEUTRAL]


def test_stance_accuracy_on_annotated_claims(nlp: Language) -> None:
    score = stance.evaluate(DATA / "claims.jsonl", nlp)
    print(stance.report(score))
    assert score.total >= 80
    assert score.accuracy >= 0.75


def test_stance_accuracy_on_second_set(nlp: Language) -> None:
    score = stance.evaluate(DATA / "heldout.jsonl", nlp)
    print(stance.report(score))
    assert score.accuracy >= 0.75


def test_annotations_must_name_a_target_in_the_text(tmp_path: Path, nlp: Language) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "A fine film.", "target": "Nope", "stance": "positive"}\n')
    with pytest.raises(OntologyError, match="does not occur"):
        stance.evaluate(bad, nlp)


def test_command_prints_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    assert stance.main([str(DATA / "claims.jsonl")]) == 0
    assert "stance accuracy:" in capsys.readouterr().out
    assert stance.main([]) == 2
