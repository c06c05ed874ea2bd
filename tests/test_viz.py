"""The graph page and network exports without a browser: what gets drawn, narrowed, escaped
and exported, from hand-made corpora written through the real RDF writer."""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal

from anoragraph.cli import cli
from anoragraph.errors import QueryError
from anoragraph.netexport import network_bytes, to_networkx
from anoragraph.resources import ontology_file
from anoragraph.viz import GraphPage, render, script_json
from anoragraph.vocab import AG, RDFS

from .vizcorpus import (
    DIRECTED,
    IMG,
    INJECTED_FILE,
    REVIEW,
    SCRIPT,
    THREAD,
    Corpus,
    film,
    injected,
    org,
    person,
    sample,
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return sample().graph()


def labels(page: GraphPage, kind: str | None = None) -> set[str]:
    return {n["label"] for n in page.nodes if kind is None or n["kind"] == kind}


def edge_triples(page: GraphPage) -> set[tuple[str, str, str]]:
    by_id = {n["id"]: n["label"] for n in page.nodes}
    return {(by_id[e["from"]], e["label"], by_id[e["to"]]) for e in page.edges}


def test_draws_every_entity_claim_and_link(graph: Graph) -> None:
    page = render(graph)
    assert labels(page, "entity") == {
        "Iris Kovac",
        "Salt Harbour",
        "Tomas Reyes",
        "Ned Vale",
        "Golden Lantern",
        "Dana Whitcombe",
        f"author of {THREAD}",
    }
    assert len([n for n in page.nodes if n["kind"] == "claim"]) == 2
    assert len(page.edges) == 9
    assert {
        ("Salt Harbour", "directed by", "Iris Kovac"),
        ("Ned Vale", "played by", "Tomas Reyes"),
        ("Salt Harbour", "won", "Golden Lantern"),
        ("Salt Harbour", "cast member", "Tomas Reyes"),
    } <= edge_triples(page)


def test_edge_labels_are_the_ontology_labels(graph: Graph) -> None:
    ontology = Graph().parse(ontology_file("anoragraph.ttl"))
    directed = str(ontology.value(AG.director, RDFS.label))
    claimed = str(ontology.value(AG.claimant, RDFS.label))
    page = render(graph)
    assert {e["label"] for e in page.edges if e["kind"] == "fact"} >= {directed}
    assert {e["label"] for e in page.edges if e["kind"] == "claimant"} == {claimed}


def test_claims_are_linked_to_claimant_and_targets_and_coloured_by_stance(graph: Graph) -> None:
    page = render(graph)
    claims = {n["stance"]: n for n in page.nodes if n["kind"] == "claim"}
    assert set(claims) == {"positive", "negative"}
    assert claims["positive"]["color"] != claims["negative"]["color"]
    assert claims["positive"]["shape"] not in {
        n["shape"] for n in page.nodes if n["kind"] == "entity"
    }
    by_id = {n["id"]: n["label"] for n in page.nodes}
    negative = claims["negative"]["id"]
    linked = {(e["kind"], by_id[e["to"]]) for e in page.edges if e["from"] == negative}
    assert linked == {
        ("claimant", f"author of {THREAD}"),
        ("aspect", "Iris Kovac"),
        ("aspect", "Salt Harbour"),
    }


def test_facts_carry_their_evidence_sentence_source_and_rule(graph: Graph) -> None:
    page = render(graph)
    data = page.data
    directed = next(f for f in data["facts"] if f["p"] == "directed by")
    [evidence] = directed["ev"]
    source, sentence, start, end, rule, _confidence = evidence
    assert data["sources"][source]["label"] == REVIEW
    assert data["sentences"][sentence] == DIRECTED
    assert (start, end) == (0, len(DIRECTED))
    assert rule == "test-rule"
    year = next(f for f in data["facts"] if f["p"] == "released")
    assert year["ol"] == "2023" and year["o"] is None  # literals are facts, not nodes
    won = next(f for f in data["facts"] if f["p"] == "won")
    assert won["q"] == [["in year", "2023"]]


def test_node_size_grows_with_degree_and_mentions(graph: Graph) -> None:
    page = render(graph)
    size = {n["label"]: n["size"] for n in page.nodes}
    assert size["Salt Harbour"] > size["Iris Kovac"] > size["Golden Lantern"]


def test_sources_of_an_entity_are_every_document_naming_it(graph: Graph) -> None:
    page = render(graph)
    names = [s["label"] for s in page.data["sources"]]
    kovac = next(n for n in page.nodes if n["label"] == "Iris Kovac")
    assert sorted(names[k] for k in kovac["src"]) == sorted([REVIEW, THREAD])


def test_legend_lists_each_type_present_once(graph: Graph) -> None:
    page = render(graph)
    legend = [t["label"] for t in page.data["legend"]]
    assert legend == ["person", "film", "character", "award", "anonymous author", "claim"]


# --- narrowing ----------------------------------------------------------------------------


def test_focus_by_alias_keeps_the_neighbourhood(graph: Graph) -> None:
    page = render(graph, focus="kovac", depth=1, claims=False)
    assert labels(page) == {"Iris Kovac", "Salt Harbour"}
    assert render(graph, focus="Iris Kovac", depth=0, claims=False).nodes[0]["label"] == (
        "Iris Kovac"
    )
    wider = render(graph, focus="Iris Kovac", depth=2, claims=False)
    assert labels(wider) == {"Iris Kovac", "Salt Harbour", "Tomas Reyes", "Golden Lantern"}


def test_focus_keeps_claims_with_their_claimants(graph: Graph) -> None:
    page = render(graph, focus="Iris Kovac", depth=1)
    assert f"author of {THREAD}" in labels(page)
    assert "Dana Whitcombe" not in labels(page)  # her claim is about the film, two links away


def test_unknown_focus_suggests_close_names(graph: Graph) -> None:
    with pytest.raises(
        QueryError, match=r"no entity named 'Iris Kovacs'.*did you mean 'Iris Kovac'"
    ):
        render(graph, focus="Iris Kovacs")


def test_types_narrow_the_graph_and_unknown_types_are_refused(graph: Graph) -> None:
    page = render(graph, types={"Person", "film"}, claims=False)
    assert {n["type"] for n in page.nodes} == {"Person", "Film"}
    assert "Ned Vale" not in labels(page)
    with pytest.raises(QueryError, match=r"unknown entity type 'Spaceship'.*Person"):
        render(graph, types={"Spaceship"})


def test_sources_narrow_the_graph_to_what_they_say(graph: Graph) -> None:
    page = render(graph, sources={"thread.txt"})
    assert labels(page, "entity") == {"Iris Kovac", "Salt Harbour", f"author of {THREAD}"}
    assert [n["stance"] for n in page.nodes if n["kind"] == "claim"] == ["negative"]
    assert not [e for e in page.edges if e["kind"] == "fact"]
    with pytest.raises(QueryError, match=r"no source document 'nowhere\.txt'.*harbour\.txt"):
        render(graph, sources={"nowhere.txt"})


def test_no_claims_leaves_out_claims_and_anonymous_authors(graph: Graph) -> None:
    page = render(graph, claims=False)
    assert {n["kind"] for n in page.nodes} == {"entity"}
    assert f"author of {THREAD}" not in labels(page)
    assert len(page.edges) == 4


def test_above_max_nodes_the_best_connected_are_kept_and_the_rest_counted(graph: Graph) -> None:
    page = render(graph, max_nodes=3)
    assert len(page.nodes) == 3
    assert "Salt Harbour" in labels(page)
    omitted = page.data["omitted"]
    assert omitted == {"total_nodes": 9, "total_edges": 9, "nodes": 6, "edges": 9 - len(page.edges)}


def test_bad_depth_and_size_are_refused(graph: Graph) -> None:
    with pytest.raises(QueryError):
        render(graph, focus="Iris Kovac", depth=-1)
    with pytest.raises(QueryError):
        render(graph, max_nodes=0)


def test_an_empty_graph_draws_an_empty_page() -> None:
    page = render(Graph())
    assert page.nodes == [] and page.edges == []
    assert "<canvas" not in page.html()  # vis-network draws it in the browser


# --- the page is self-contained and safe -----------------------------------------------------


@given(st.text())
def test_script_json_cannot_close_the_script_and_round_trips(text: str) -> None:
    encoded = script_json({"label": text, "list": [text]})
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == {"label": text, "list": [text]}


def test_page_has_only_our_three_scripts_and_no_external_references() -> None:
    html = render(injected().graph(), title="<i>my</i> graph").html()
    # Three script elements end where they should: nothing from the data closed one early.
    assert html.lower().count("</script") == 3
    assert IMG not in html and SCRIPT not in html and "<b>page</b>" not in html
    assert "<title>&lt;i&gt;my&lt;/i&gt; graph</title>" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert policy and "default-src 'none'" in unescape(policy.group(1))


def test_markup_in_documents_reaches_the_page_data_unchanged() -> None:
    page = render(injected().graph())
    assert {IMG, SCRIPT} <= labels(page)
    assert INJECTED_FILE in {s["label"] for s in page.data["sources"]}
    # Escaped on the way in, so the data the page parses back is the text itself.
    html = page.html()
    payload = html.split('<script id="graph-data" type="application/json">', 1)[1]
    payload = payload.split("</script>", 1)[0]
    assert {IMG, SCRIPT} <= {n["label"] for n in json.loads(payload)["nodes"]}


# --- network export ----------------------------------------------------------------------------


def test_to_networkx_has_types_labels_and_sources(graph: Graph) -> None:
    network = to_networkx(graph)
    assert isinstance(network, nx.MultiDiGraph)
    kovac = next(d for _, d in network.nodes(data=True) if d["label"] == "Iris Kovac")
    assert kovac["type"] == "Person"
    assert kovac["aliases"] == "Kovac"
    assert kovac["sources"] == f"{THREAD}; {REVIEW}"
    by_label = {n: d["label"] for n, d in network.nodes(data=True)}
    facts = {
        (by_label[s], d["label"], by_label[o], d["sources"])
        for s, o, d in network.edges(data=True)
        if d["kind"] == "fact"
    }
    assert ("Salt Harbour", "directed by", "Iris Kovac", REVIEW) in facts
    assert network.number_of_nodes() == 9 and network.number_of_edges() == 9


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_gexf_and_graphml_read_back_with_their_attributes(graph: Graph, fmt: str) -> None:
    data = network_bytes(graph, fmt)
    reader = nx.read_gexf if fmt == "gexf" else nx.read_graphml
    back = reader(io.BytesIO(data))
    labels_back = {d["label"] for _, d in back.nodes(data=True)}
    assert {"Iris Kovac", "Salt Harbour", "Ned Vale"} <= labels_back
    assert back.number_of_nodes() == 9 and back.number_of_edges() == 9
    types = {d["type"] for _, d in back.nodes(data=True)}
    assert {"Person", "Film", "Character", "Award", "Claim"} <= types


def test_network_export_keeps_markup_as_text() -> None:
    data = network_bytes(injected().graph(), "graphml")
    back = nx.read_graphml(io.BytesIO(data))
    assert IMG in {d["label"] for _, d in back.nodes(data=True)}


# --- the command --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample().store(tmp_path_factory.mktemp("viz") / "store")


def test_viz_writes_the_page(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}: 9 nodes, 9 links" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_viz_narrows_from_the_command_line(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    args = ["viz", "--store", str(store), "-o", str(out), "--focus", "Iris Kovac"]
    args += ["--depth", "2", "--types", "Person,Film", "--sources", "harbour.txt", "--no-claims"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "3 nodes, 2 links" in result.stderr  # Kovac, the film, Reyes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Nobody Atall"], "no entity named 'Nobody Atall'"),
        (["--types", "Spaceship"], "unknown entity type 'Spaceship'"),
        (["--sources", "nowhere.txt"], "no source document 'nowhere.txt'"),
    ],
)
def test_viz_errors_are_one_line(
    store: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out), *args])
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_viz_usage_errors_exit_2(store: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["viz", "--store", str(store), "--depth", "2"]).exit_code == 2
    assert runner.invoke(cli, ["viz", "--store", str(store), "--types", ","]).exit_code == 2


def test_viz_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "anoragraph build" in result.stderr


def test_two_people_with_one_name_are_both_focus_roots() -> None:
    corpus = Corpus()
    doc = corpus.doc("a.txt", "Lee Park directed Quiet Field.", "Lee Park the studio made Gale.")
    doc.fact(film("Quiet Field"), "director", person("Lee Park"), 0)
    doc.fact(film("Gale"), "productionCompany", doc.mention(org("Lee Park"), 1), 1)
    page = render(corpus.graph(), focus="Lee Park")
    assert labels(page) == {"Lee Park", "Quiet Field", "Gale"}


def test_a_fact_asserted_without_a_statement_node_is_drawn_without_evidence() -> None:
    graph = sample().graph()
    kovac = next(graph.subjects(RDFS.label, Literal("Iris Kovac")))
    reyes = next(graph.subjects(RDFS.label, Literal("Tomas Reyes")))
    graph.add((kovac, AG.spouse, reyes))
    page = render(graph, claims=False)
    assert ("Iris Kovac", "spouse", "Tomas Reyes") in edge_triples(page)
    spouse = next(f for f in page.data["facts"] if f["p"] == "spouse")
    assert spouse["ev"] == [] and spouse["src"] == []
