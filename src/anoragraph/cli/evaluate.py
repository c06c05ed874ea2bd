"""`anoragraph evaluate`: score extraction against gold sentences."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..evaluate import Report
from ..evaluate import evaluate as run_evaluation


def _table(report: Report, show: int) -> str:
    lines = [f"{'relation':<24} {'P':>6} {'R':>6} {'F1':>6} {'sentences':>9}"]
    for rel, scores in sorted(report.relations.items()):
        lines.append(
            f"{rel:<24} {scores.precision:6.3f} {scores.recall:6.3f} {scores.f1:6.3f} "
            f"{scores.sentences:9d}"
        )
    o = report.overall
    lines.append(f"{'overall':<24} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f} {o.sentences:9d}")
    for result in report.worst(show):
        lines.append("")
        lines.append(f"[{result.gold.id}] F1 {result.f1:.2f}: {result.gold.text}")
        for sub, rel, obj in result.gold.triples:
            lines.append(f"  gold       {sub} | {rel} | {obj}")
        for sub, rel, obj in result.all_predicted:
            lines.append(f"  predicted  {sub} | {rel} | {obj}")
    return "\n".join(lines)


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--show",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also list the N sentences scored lowest, with gold and predicted triples.",
)
def evaluate(gold: Path, fmt: str, show: int) -> None:
    """Score extraction against GOLD, a JSON-lines file of sentences with Wikidata triples.

    Each line is {"id", "sent", "triples": [{"sub", "rel", "obj"}]}. Every sentence is run
    through the pipeline as its own document; the graph's predicates are mapped to Wikidata
    through the ontology's owl:equivalentProperty alignments. Scores follow the customary
    protocol: per sentence, predicted triples whose relation is in that sentence's gold,
    compared lower-cased without spaces, averaged over all sentences.

    \b
    Example:
      anoragraph evaluate dev.jsonl --show 5
    """
    report = run_evaluation(gold)
    if fmt == "json":
        data = report.as_dict()
        if show:
            data["worst"] = [
                {
                    "id": r.gold.id,
                    "sentence": r.gold.text,
                    "f1": round(r.f1, 4),
                    "gold": [list(t) for t in r.gold.triples],
                    "predicted": [list(t) for t in r.all_predicted],
                }
                for r in report.worst(show)
            ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(_table(report, show))
