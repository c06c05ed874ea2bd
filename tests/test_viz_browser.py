"""The graph page in a real browser (Debian's headless Chromium through Playwright): what a
reader sees, searches, clicks and filters, with every network request refused and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright import sync_api
from rdflib import Graph

from anoragraph.store import open_store, union_graph
from anoragraph.viz import GraphPage, render

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
    person,
    sample,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # The browser tests are part of the contract: fail, do not skip, without Chromium.
    assert CHROMIUM.exists(), "Chromium is not installed: apt-get install chromium"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@dataclass
class Opened:
    """A page opened from disk, and everything it tried to do that it should not."""

    page: Any
    fetched: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None) -> Any:
        return self.page.evaluate(expression, arg)

    def visible(self, kind: str = "nodes") -> set[str]:
        """Labels of the nodes (or "from label to" of links) not hidden by a filter."""
        return set(
            self.js(
                """kind => {
                  const g = window.anoragraph, label = id => g.nodes.get(id).label;
                  if (kind === "nodes")
                    return g.nodes.get({filter: n => !n.hidden}).map(n => n.label);
                  return g.edges.get({filter: e => !e.hidden})
                    .map(e => label(e.from) + " " + e.label + " " + label(e.to));
                }""",
                kind,
            )
        )

    def node_id(self, label: str) -> int:
        found = [n["id"] for n in self.js("window.anoragraph.data.nodes") if n["label"] == label]
        assert len(found) == 1, label
        return int(found[0])

    def hover(self, label: str) -> Any:
        """Rest the pointer on a node until its tooltip shows (the layout may still be
        settling when the pointer first arrives); the tooltip's locator."""
        tooltip = self.page.locator("div.vis-tooltip")
        for _ in range(3):
            x, y = self.point(self.node_id(label))
            self.page.mouse.move(x - 30, y - 30)
            self.page.mouse.move(x, y, steps=5)
            try:
                tooltip.wait_for(state="visible", timeout=3_000)
            except sync_api.TimeoutError:
                continue
            return tooltip
        tooltip.wait_for(state="visible", timeout=3_000)
        return tooltip

    def point(self, node: int) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        at = self.js(
            """id => {
              const net = window.anoragraph.network;
              const p = net.canvasToDOM(net.getPositions([id])[id]);
              const box = document.getElementById("graph").getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }""",
            node,
        )
        return float(at[0]), float(at[1])


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[Opened] = []

    def open_(page_or_html: GraphPage | str) -> Opened:
        html = page_or_html if isinstance(page_or_html, str) else page_or_html.html()
        path = tmp_path / f"page{len(opened)}.html"
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        result = Opened(page)
        opened.append(result)

        def route(r: Any) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                result.fetched.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on(
            "console", lambda m: m.type in ("error", "warning") and result.errors.append(m.text)
        )
        page.on("pageerror", lambda e: result.errors.append(str(e)))
        page.on("dialog", lambda d: (result.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)
        return result

    yield open_
    for result in opened:
        result.page.context.close()


@pytest.fixture(scope="module")
def graph() -> Graph:
    return sample().graph()


def assert_clean(opened: Opened) -> None:
    assert opened.fetched == []
    assert opened.errors == []
    assert opened.dialogs == []


def test_the_page_draws_as_many_nodes_and_links_as_the_graph_has(
    open_page: Any, graph: Graph
) -> None:
    page = render(graph)
    opened = open_page(page)
    assert opened.js("[window.anoragraph.nodes.length, window.anoragraph.edges.length]") == [9, 9]
    assert opened.js("window.anoragraph.network.body.nodeIndices.length") == len(page.nodes)
    assert opened.page.locator("#counts").inner_text() == "9 nodes, 9 links"
    assert_clean(opened)


def test_the_layout_settles_and_then_stays_still(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    assert opened.js("window.anoragraph.network.physics.physicsEnabled") is False
    before = opened.js("JSON.stringify(window.anoragraph.network.getPositions())")
    opened.page.wait_for_timeout(300)  # frozen: nothing moves however long one waits
    assert opened.js("JSON.stringify(window.anoragraph.network.getPositions())") == before


def test_legend_lists_every_type_present(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    legend = opened.page.locator("#legend-items .name").all_inner_texts()
    assert legend == ["person", "film", "character", "award", "anonymous author", "claim"]
    stances = opened.page.locator("#stance-items .name").all_inner_texts()
    assert stances == ["positive", "negative"]
    assert opened.page.locator("#source-items .name").all_inner_texts() == [THREAD, REVIEW]


def test_searching_a_name_focuses_that_node(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    opened.page.fill("#search-input", "kovac")  # an alias, in lower case
    opened.page.press("#search-input", "Enter")
    kovac = opened.node_id("Iris Kovac")
    assert opened.js("window.anoragraph.network.getSelectedNodes()") == [kovac]
    # the side panel that opened narrows the canvas; the node stays in the middle of what
    # is left once the network has taken the new size in
    opened.page.wait_for_timeout(1500)
    on_screen = opened.js(
        f"(() => {{ const n = window.anoragraph.network;"
        f" const p = n.canvasToDOM(n.getPositions([{kovac}])[{kovac}]);"
        f" const box = document.getElementById('graph');"
        f" return [p.x - box.clientWidth / 2, p.y - box.clientHeight / 2]; }})()"
    )
    assert abs(on_screen[0]) < 2 and abs(on_screen[1]) < 2
    assert opened.page.locator("#panel-title").inner_text() == "Iris Kovac"
    opened.page.fill("#search-input", "Nobody Here")
    opened.page.press("#search-input", "Enter")
    assert "No node named" in opened.page.locator("#search-status").inner_text()


def test_clicking_a_node_lists_what_is_said_about_it_with_evidence(
    open_page: Any, graph: Graph
) -> None:
    opened = open_page(render(graph))
    x, y = opened.point(opened.node_id("Iris Kovac"))
    opened.page.mouse.click(x, y)
    panel = opened.page.locator("#panel")
    assert panel.is_visible()
    assert opened.page.locator("#panel-title").inner_text() == "Iris Kovac"
    facts = panel.locator("li[data-fact]").all_inner_texts()
    directed = next(f for f in facts if "directed by" in f)
    assert DIRECTED in directed and REVIEW in directed and "rule test-rule" in directed
    claims = panel.locator("li[data-claim]").all_inner_texts()
    assert len(claims) == 1 and "negative" in claims[0] and THREAD in claims[0]


def test_hovering_a_node_shows_its_sources(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    tooltip = opened.hover("Golden Lantern")
    assert REVIEW in tooltip.inner_text()
    assert "It won the Golden Lantern in 2023." in tooltip.inner_text()


def test_clicking_a_link_shows_its_statements(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    edge = next(e["id"] for e in render(graph).edges if e["label"] == "directed by")
    opened.js(
        """id => window.anoragraph.network.body.emitter.emit("click",
             {nodes: [], edges: [id], pointer: {DOM: {x: 0, y: 0}}})""",
        edge,
    )
    assert (
        opened.page.locator("#panel-title").inner_text()
        == "Salt Harbour — directed by → Iris Kovac"
    )
    assert DIRECTED in opened.page.locator("#panel-body").inner_text()


def test_type_filter_hides_that_type_and_its_links(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    opened.page.uncheck('input[data-type="Character"]')
    assert "Ned Vale" not in opened.visible()
    assert len(opened.visible()) == 8
    assert not any("played by" in link for link in opened.visible("edges"))
    assert "8 nodes, 8 links shown" in opened.page.locator("#counts").inner_text()
    opened.page.check('input[data-type="Character"]')
    assert len(opened.visible()) == 9


def test_stance_filter_hides_those_claims(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    opened.page.uncheck('input[data-stance="negative"]')
    claims = [n for n in opened.js("window.anoragraph.data.nodes") if n["kind"] == "claim"]
    shown = opened.visible()
    assert [c["stance"] for c in claims if c["label"] in shown] == ["positive"]
    assert len(opened.visible("edges")) == 9 - 3


def test_source_filter_keeps_what_other_sources_say(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    opened.page.locator("#source-items label", has_text=THREAD).locator("input").uncheck()
    shown = opened.visible()
    assert f"author of {THREAD}" not in shown
    assert {"Iris Kovac", "Salt Harbour"} <= shown  # the review names them too
    assert len([n for n in shown if n.startswith("Kovac is overrated")]) == 0


def test_search_says_when_the_filters_hide_a_name(open_page: Any, graph: Graph) -> None:
    opened = open_page(render(graph))
    opened.page.uncheck('input[data-type="Award"]')
    opened.page.fill("#search-input", "Golden Lantern")
    opened.page.press("#search-input", "Enter")
    assert "hidden by the filters" in opened.page.locator("#search-status").inner_text()


def test_injected_markup_renders_as_text_and_runs_nothing(open_page: Any) -> None:
    opened = open_page(render(injected().graph(), title=IMG))
    assert opened.page.locator("#title").inner_text() == IMG
    opened.page.fill("#search-input", IMG)
    opened.page.press("#search-input", "Enter")
    assert opened.page.locator("#panel-title").inner_text() == IMG
    body = opened.page.locator("#panel-body").inner_text()
    assert SCRIPT in body and INJECTED_FILE in body
    assert SCRIPT in opened.hover(SCRIPT).inner_text()
    assert INJECTED_FILE in opened.page.locator("#source-items").inner_text()
    assert opened.js("document.querySelectorAll('img, b, i').length") == 0
    assert opened.js("document.scripts.length") == 3
    assert_clean(opened)


def test_the_network_guard_catches_fetches(open_page: Any) -> None:
    """The guard the other tests rely on does see a page that fetches."""
    opened = open_page(
        "<!DOCTYPE html><body data-ready=true><img src='http://example.invalid/x.png'></body>"
    )
    assert opened.fetched == ["http://example.invalid/x.png"]


def test_a_large_graph_shows_the_best_connected_and_says_what_was_left_out(
    open_page: Any,
) -> None:
    corpus = Corpus()
    sentences = [f"Film {k} was directed by Maker {k % 7}." for k in range(120)]
    doc = corpus.doc("big.txt", *sentences)
    for k in range(120):
        doc.fact(film(f"Film {k}"), "director", person(f"Maker {k % 7}"), k)
    page = render(corpus.graph(), max_nodes=50)
    opened = open_page(page)
    assert opened.js("window.anoragraph.nodes.length") == 50
    note = opened.page.locator("#note")
    assert note.is_visible()
    assert "50 best-connected of 127 nodes: 77 nodes and 77 links are left out" in note.inner_text()
    assert {f"Maker {k}" for k in range(7)} <= opened.visible()
    assert_clean(opened)


@pytest.mark.model
def test_the_seeds_graph_opens_offline(open_page: Any, seed_store: Path) -> None:
    page = render(union_graph(open_store(seed_store)))
    opened = open_page(page)
    assert opened.js("window.anoragraph.nodes.length") == len(page.nodes) > 0
    assert opened.js("window.anoragraph.edges.length") == len(page.edges) > 0
    present = {n["type"] for n in page.nodes}
    legend = opened.page.locator("#legend-items input").evaluate_all(
        "boxes => boxes.map(b => b.dataset.type)"
    )
    assert set(legend) == present
    assert_clean(opened)
