"""The command line as a user drives it: build, query, export, validate, stats, and their errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic
from spacy.tokens import Doc

from anoragraph.cli import cli

from .conftest import SEEDS, build_texts

FILM_TEXT = (
    "The Lantern Keeper is a 2019 drama film directed by Odile Ferrand.\n"
    "Ferrand said the shoot was the hardest of her career.\n"
)


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def select(runner: CliRunner, store: Path, sparql: str, fmt: str = "csv") -> tuple[int, str]:
    """`anoragraph query -e SPARQL` on `store`: the exit code and what it prints."""
    code, out, _ = invoke(runner, "query", "--store", str(store), "--format", fmt, "-e", sparql)
    return code, out


# --- build ------------------------------------------------------------------------------


def test_build_prints_a_summary(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FILM_TEXT, encoding="utf-8")
    code, out, _ = invoke(runner, "build", str(corpus), "--store", str(tmp_path / "s"))
    assert code == 0
    for word in ("documents  1", "triples", "entities", "claims", "time"):
        assert word in out


def test_store_option_reads_the_environment(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FILM_TEXT, encoding="utf-8")
    store = tmp_path / "from-env"
    runner = CliRunner(env={"ANORAGRAPH_STORE": str(store)})
    assert runner.invoke(cli, ["build", str(corpus)]).exit_code == 0
    result = runner.invoke(cli, ["query", "documents", "--format", "csv"])
    assert result.exit_code == 0
    assert "a.txt" in result.stdout


def test_rebuilding_the_same_input_gives_the_same_graph(runner: CliRunner, tmp_path: Path) -> None:
    store = build_texts(tmp_path, {"a.txt": FILM_TEXT})
    first = rdflib.Dataset()
    code, out, _ = invoke(runner, "export", "--store", str(store), "--format", "nquads")
    first.parse(data=out, format="nquads")
    code, _, _ = invoke(runner, "build", str(tmp_path / "corpus"), "--store", str(store))
    assert code == 0
    second = rdflib.Dataset()
    _, out, _ = invoke(runner, "export", "--store", str(store), "--format", "nquads")
    second.parse(data=out, format="nquads")
    first_graphs = {str(g.identifier): g for g in first.graphs() if len(g)}
    second_graphs = {str(g.identifier): g for g in second.graphs() if len(g)}
    assert first_graphs.keys() == second_graphs.keys()
    assert len(first_graphs) > 1
    for name, graph in first_graphs.items():
        assert isomorphic(graph, second_graphs[name]), name


def test_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = invoke(runner, "build", str(tmp_path / "nope"), "--store", str(tmp_path / "s"))
    assert code == 2
    assert "does not exist" in err


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
        ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"   \n\t\n", "empty"),
    ],
)
def test_an_unreadable_file_named_on_the_command_line_fails_in_one_line(
    runner: CliRunner, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = invoke(runner, "build", str(path), "--store", str(tmp_path / "s"))
    assert code == 1
    assert reason in err and name in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err


def test_bad_files_in_a_folder_are_skipped_and_named(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(FILM_TEXT, encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\xfa\x00\x00binary")
    code, out, err = invoke(runner, "build", str(corpus), "--store", str(tmp_path / "s"))
    assert code == 0
    assert "Skipped:" in err and "bad.txt" in err
    assert "documents  1" in out
    code, _, err = invoke(runner, "build", str(corpus), "--store", str(tmp_path / "t"), "--strict")
    assert code == 1 and "bad.txt" in err


def test_a_text_the_extractor_fails_on_is_named_and_the_others_are_built(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from anoragraph.nlp.entities import EntityFinder

    annotate = EntityFinder._annotate

    def failing(self: EntityFinder, doc: Doc) -> Doc:
        if "Quarantine" in doc.text:
            raise KeyError("'")
        return annotate(self, doc)

    monkeypatch.setattr(EntityFinder, "_annotate", failing)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(FILM_TEXT, encoding="utf-8")
    (corpus / "odd.txt").write_text("Quarantine is a 2020 film directed by Ada Vell.\n")
    store = tmp_path / "s"
    code, out, err = invoke(runner, "build", str(corpus), "--store", str(store))
    assert code == 0, err
    assert "documents  2" in out
    assert any("odd.txt" in r.getMessage() and "KeyError" in r.getMessage() for r in caplog.records)
    _, rows = select(
        runner, store, "SELECT ?d WHERE { ?s ag:director ?p . ?p rdfs:label ?d }", "tsv"
    )
    assert "Odile Ferrand" in rows and "Ada Vell" not in rows


def test_a_vocabulary_fault_stops_the_build_in_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anoragraph.errors import OntologyError
    from anoragraph.nlp.entities import EntityFinder

    def failing(self: EntityFinder, doc: Doc) -> Doc:
        raise OntologyError("mention rule 'x' is missing from ontology/patterns/rules.json")

    monkeypatch.setattr(EntityFinder, "_annotate", failing)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(FILM_TEXT, encoding="utf-8")
    code, _, err = invoke(runner, "build", str(corpus), "--store", str(tmp_path / "s"))
    assert code == 1
    assert err.startswith("Error: mention rule 'x'") and "Traceback" not in err


def test_a_failed_build_leaves_the_previous_store_as_it_was(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = build_texts(tmp_path, {"a.txt": FILM_TEXT})
    _, before, _ = invoke(runner, "query", "documents", "--store", str(store), "--format", "csv")
    binary = tmp_path / "broken.txt"
    binary.write_bytes(b"\x00\x01\x02")
    code, _, _ = invoke(runner, "build", str(binary), "--store", str(store))
    assert code == 1
    _, after, _ = invoke(runner, "query", "documents", "--store", str(store), "--format", "csv")
    assert after == before and "a.txt" in after


# --- query ------------------------------------------------------------------------------


def test_provenance_query_returns_statements_with_evidence_as_json(
    runner: CliRunner, seed_store: Path
) -> None:
    code, out, _ = invoke(
        runner, "query", "provenance", "--store", str(seed_store), "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["head"]["vars"][:7] == [
        "source",
        "subject",
        "subjectLabel",
        "predicate",
        "object",
        "objectLabel",
        "evidence",
    ]
    rows = data["results"]["bindings"]
    assert rows
    for row in rows:
        assert row["evidence"]["value"].strip()
        assert row["source"]["value"].endswith(".txt")


def test_query_formats_follow_the_sparql_results_formats(
    runner: CliRunner, seed_store: Path
) -> None:
    _, out, _ = invoke(runner, "query", "entities", "--store", str(seed_store), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["entity", "label", "type", "mentions", "sources"]
    assert len(rows) > 5
    _, out, _ = invoke(runner, "query", "entities", "--store", str(seed_store), "--format", "tsv")
    header = out.splitlines()[0].split("\t")
    assert header == ["?entity", "?label", "?type", "?mentions", "?sources"]
    _, out, _ = invoke(runner, "query", "entities", "--store", str(seed_store))
    assert out.splitlines()[0].split()[:3] == ["entity", "label", "type"]
    assert out.rstrip().endswith("rows)")


def test_query_accepts_a_file_an_expression_and_bindings(
    runner: CliRunner, seed_store: Path, tmp_path: Path
) -> None:
    query_file = tmp_path / "docs.rq"
    query_file.write_text("SELECT ?file WHERE { ?d a ag:Document ; ag:fileName ?file }")
    code, out, _ = invoke(
        runner, "query", str(query_file), "--store", str(seed_store), "--format", "csv"
    )
    assert code == 0 and len(out.strip().splitlines()) == 1 + len(list(SEEDS.glob("*.txt")))
    code, out, _ = invoke(
        runner,
        "query",
        "--store",
        str(seed_store),
        "--format",
        "csv",
        "-e",
        "SELECT ?file ?d WHERE { ?d a ag:Document ; ag:fileName ?file }",
        "--bind",
        "file=000_3161d6a3dd0874e6.txt",
    )
    assert code == 0
    assert out.strip().splitlines()[1:] == [
        "000_3161d6a3dd0874e6.txt,https://w3id.org/anoragraph/doc/000-3161d6a3dd0874e6-txt"
    ]


def test_malformed_sparql_names_line_and_column(runner: CliRunner, seed_store: Path) -> None:
    code, out, err = invoke(
        runner, "query", "--store", str(seed_store), "-e", "SELECT ?x WHERE {\n  ?x ?y }"
    )
    assert code == 1
    assert "2:" in err and "malformed SPARQL" in err
    assert "Traceback" not in out + err


def test_unknown_query_name_lists_the_known_ones(runner: CliRunner, seed_store: Path) -> None:
    code, _, err = invoke(runner, "query", "no-such-query", "--store", str(seed_store))
    assert code == 1
    assert "unknown query" in err and "provenance" in err


def test_updates_and_remote_access_are_refused(runner: CliRunner, seed_store: Path) -> None:
    for text in (
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
    ):
        code, _, err = invoke(runner, "query", "--store", str(seed_store), "-e", text)
        assert code == 1 and "refused" in err, text


def test_commands_on_a_store_that_does_not_exist(runner: CliRunner, tmp_path: Path) -> None:
    for command in (["query", "entities"], ["export"], ["stats"], ["validate"]):
        code, _, err = invoke(runner, *command, "--store", str(tmp_path / "none"))
        assert code == 1
        assert "anoragraph build" in err


# --- export -----------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("nt", "nt")])
def test_export_parses_back_to_the_same_number_of_triples(
    runner: CliRunner, seed_store: Path, fmt: str, rdflib_format: str
) -> None:
    code, out, _ = invoke(runner, "export", "--store", str(seed_store), "--format", fmt)
    assert code == 0
    graph = rdflib.Graph().parse(data=out, format=rdflib_format)
    _, count, _ = invoke(
        runner,
        "query",
        "--store",
        str(seed_store),
        "--format",
        "csv",
        "-e",
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    )
    assert len(graph) == int(count.splitlines()[1])


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")]
)
def test_dataset_exports_keep_one_named_graph_per_document(
    runner: CliRunner, seed_store: Path, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    out_file = tmp_path / f"graph.{fmt}"
    code, _, _ = invoke(
        runner, "export", "--store", str(seed_store), "--format", fmt, "-o", str(out_file)
    )
    assert code == 0
    dataset = rdflib.Dataset()
    dataset.parse(out_file, format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs()}
    documents = {n for n in names if n.startswith("https://w3id.org/anoragraph/doc/")}
    assert len(documents) == len(list(SEEDS.glob("*.txt")))


# --- validate, stats ------------------------------------------------------------------------


def test_the_seed_graph_conforms_to_the_shapes(runner: CliRunner, seed_store: Path) -> None:
    code, out, _ = invoke(runner, "validate", "--store", str(seed_store))
    assert code == 0, out
    assert out.startswith("Conforms")


def test_a_broken_graph_does_not_conform(tmp_path: Path) -> None:
    from anoragraph.validate import validate

    graph = rdflib.Graph()
    ag = rdflib.Namespace("https://w3id.org/anoragraph/ontology#")
    film = rdflib.URIRef("https://w3id.org/anoragraph/id/film/untitled")
    graph.add((film, rdflib.RDF.type, ag.Film))  # no label
    statement = rdflib.URIRef("https://w3id.org/anoragraph/id/statement/x")
    graph.add((statement, rdflib.RDF.type, ag.Statement))  # no provenance at all
    report = validate(graph)
    assert not report.conforms
    assert "rdfs:label" in report.text or "label" in report.text
    assert "wasDerivedFrom" in report.text


def test_stats_counts_documents_classes_and_predicates(runner: CliRunner, seed_store: Path) -> None:
    code, out, _ = invoke(runner, "stats", "--store", str(seed_store))
    assert code == 0
    for title in ("Overview", "Entities per class", "Statements per predicate", "Claims"):
        assert title in out
    assert "documents" in out and "ag:Person" in out


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for name in cli.commands:  # type: ignore[attr-defined]
        code, out, _ = invoke(runner, name, "--help")
        assert code == 0
        assert "Example" in out, name


RATED_REVIEW = """Tide Pools review – a quiet marvel
By Maren Holt

★★★★☆

Tide Pools is a 2024 Norwegian drama directed by Eirik Sand.
"""

RATED_THREAD = """Tide Pools is a 2024 Norwegian drama directed by Eirik Sand.

Jonas Vik said:
Saw it twice. ★★★½

Petra Lind said:
Not for me. ★★☆☆☆
"""


def test_a_star_rating_is_given_by_the_critic_or_commenter_who_wrote_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = build_texts(tmp_path, {"review.txt": RATED_REVIEW, "thread.txt": RATED_THREAD})
    code, out = select(
        runner,
        store,
        "SELECT ?film ?who ?value ?best WHERE { ?f ag:rating ?r ; "
        "rdfs:label ?film . ?r schema:author/rdfs:label ?who ; schema:ratingValue ?value ; "
        "schema:bestRating ?best } ORDER BY ?who",
    )
    assert code == 0, out
    rows = [line.split(",") for line in out.strip().splitlines()[1:]]
    assert [row[1] for row in rows] == ["Jonas Vik", "Maren Holt", "Petra Lind"]
    assert all(row[0] == "Tide Pools" for row in rows)
    assert [float(row[2]) for row in rows] == [3.5, 4.0, 2.0]


FACT_CHECK = """\
FACT CHECK: Three viral claims about "The Salt Orchard", checked

By Ilse Marangoni, Verification Desk

CLAIM: "Tomas Grell directed The Salt Orchard. Same man who made Winter Docks."

OUR RATING: FALSE

The Salt Orchard was directed by Nadia Ferreira-Lund. Grell is one of its producers.

CLAIM: "The Salt Orchard was shot in Iceland."

OUR RATING: TRUE

Principal photography took place near Reykjavik, the production company told us.

CLAIM: "It won the Silver Gull at Kirkwall. Best film of the year."

Verdict: Mostly false

It won the Audience Award at the Kirkwall Film Festival, not the jury's Silver Gull.
"""


def test_a_fact_check_rules_on_the_claims_it_quotes_without_making_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = build_texts(tmp_path, {"check.txt": FACT_CHECK})
    code, out, _ = invoke(runner, "query", "fact-checks", "--store", str(store), "--format", "json")
    assert code == 0, out
    rows = [
        {k: v["value"] for k, v in row.items()} for row in json.loads(out)["results"]["bindings"]
    ]
    rulings = {row["text"]: row for row in rows}
    directed = rulings["Tomas Grell directed The Salt Orchard."]
    assert directed["verdict"] == "FALSE" and directed["value"] == "1"
    # the claim is an unnamed source's, reported and ruled on by the byline's author
    assert directed["claimantLabel"] == "unnamed source quoted in check.txt"
    assert directed["reviewerLabel"] == "Ilse Marangoni"
    assert FACT_CHECK[int(directed["verdictStart"]) : int(directed["verdictEnd"])] == "FALSE"
    assert "asserted" not in directed  # a claim ruled false asserts nothing
    assert rulings["Same man who made Winter Docks."]["verdict"] == "FALSE"
    shot = rulings["The Salt Orchard was shot in Iceland."]
    assert shot["verdict"] == "TRUE" and shot["value"] == "5"
    assert shot["asserted"] == "The Salt Orchard filmingLocation Iceland"
    assert {rulings[t]["verdict"] for t in rulings if "Silver Gull" in t or "Best film" in t} == {
        "Mostly false"
    }
    # the author's own sentences are hers, and no verdict rules on them
    assert not any("Ferreira-Lund" in text or "Reykjavik" in text for text in rulings)
    code, out = select(
        runner,
        store,
        "SELECT ?who WHERE { ?c ag:claimant/rdfs:label ?who ; schema:text ?t . "
        'FILTER(CONTAINS(?t, "Ferreira-Lund")) }',
    )
    assert out.splitlines() == ["who", "Ilse Marangoni"]
    # what the false claims said is not in the graph as a fact
    code, out = select(
        runner,
        store,
        "SELECT ?who WHERE { ?f ag:director/rdfs:label ?who }",
    )
    assert out.splitlines() == ["who", "Nadia Ferreira-Lund"]


def test_a_rating_line_outside_a_fact_check_rules_on_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    review = (
        "The Salt Orchard is a 2021 drama directed by Nadia Ferreira-Lund.\n"
        "It is a patient, beautiful film.\n\nRating: 4/5\n"
    )
    store = build_texts(tmp_path, {"review.txt": review})
    code, out, _ = invoke(runner, "query", "fact-checks", "--store", str(store), "--format", "csv")
    assert code == 0
    assert out.splitlines()[1:] == []


def test_a_translated_title_in_brackets_is_another_name_of_the_same_film(
    runner: CliRunner, tmp_path: Path
) -> None:
    wire = (
        "PARIS, 2 May 2026 (APE) – The film «Les Nuits Blanches de Sète» (The White Nights "
        "of Sète), of the French director Honorine Vasseur-Kandil, opened on Wednesday. "
        "Her first feature «Le Chant des Mouettes» (The Song of the Gulls, 2019) had won a "
        "prize at Cannes.\n"
    )
    store = build_texts(tmp_path, {"wire.txt": wire})
    code, out = select(
        runner,
        store,
        "SELECT ?label ?alias ?director WHERE { ?film a ag:Film ; rdfs:label ?label ; "
        "skos:altLabel ?alias . OPTIONAL { ?film ag:director/rdfs:label ?director } } "
        "ORDER BY ?label",
        "tsv",
    )
    assert code == 0, out
    rows = [line.split("\t") for line in out.strip().splitlines()[1:]]
    assert rows == [
        ['"Le Chant des Mouettes"', '"The Song of the Gulls"', ""],
        [
            '"Les Nuits Blanches de Sète"',
            '"The White Nights of Sète"',
            '"Honorine Vasseur-Kandil"',
        ],
    ]
