"""How the graph page scales: render time in Python, page size, and in headless Chromium the
time until the layout has settled and the time a search and a filter take.

    .venv/bin/python bench/viz_scale.py                 # 1k, 5k and 20k entities
    .venv/bin/python bench/viz_scale.py --entities 3000 --max-nodes 3000

Synthetic corpora (made-up names, a few hubs and a long tail, as in real discourse) go through
the real RDF writer, so the page reads the same model a build produces.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from anoragraph import rdf
from anoragraph.nlp.resolve import Resolution, entity_key
from anoragraph.records import (
    Aspect,
    Claim,
    ClaimKind,
    Document,
    Entity,
    EntityRef,
    EntityType,
    Extraction,
    Mention,
    Sentence,
    Stance,
    Statement,
)
from anoragraph.viz import DEFAULT_MAX_NODES, render

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
_TIMED = """action => new Promise(done => {
  const start = performance.now();
  if (action === "search") document.getElementById("search").requestSubmit();
  else document.querySelector("input[data-type=Person]").click();
  requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
})"""
PREDICATES = ["director", "castMember", "screenwriter", "awardReceived", "producer"]


def corpus(entities: int, seed: int = 7) -> Graph:
    """`entities` entities; about two facts and a quarter of a claim per entity."""
    rng = random.Random(seed)
    films = [EntityRef(EntityType.FILM, f"Film {k}") for k in range(entities // 3)]
    people = [EntityRef(EntityType.PERSON, f"Person {k}") for k in range(entities - len(films))]
    awards = [EntityRef(EntityType.AWARD, f"Prize {k}") for k in range(max(1, entities // 200))]
    docs = max(1, entities // 50)
    per_doc: list[list[tuple[EntityRef, str, EntityRef]]] = [[] for _ in range(docs)]
    for k in range(entities * 2):
        subject = (
            films[min(int(rng.paretovariate(1.2)) - 1, len(films) - 1)]
            if k % 2
            else rng.choice(films)
        )
        predicate = rng.choice(PREDICATES)
        if predicate == "awardReceived":
            target = rng.choice(awards)
        elif k % 3 == 0:  # a few people are named everywhere
            target = people[min(int(rng.paretovariate(1.1)) - 1, len(people) - 1)]
        else:
            target = rng.choice(people)
        per_doc[k % docs].append((subject, predicate, target))
    extractions = []
    for d, facts in enumerate(per_doc):
        sentences, mentions, statements, claims = [], [], [], []
        offset = 0
        for i, (s, p, o) in enumerate(facts):
            text = f"{s.name} has {p} {o.name}."
            sentences.append(Sentence(i, offset, offset + len(text), text))
            mentions.append(Mention(s, offset, offset + len(s.name), s.name, i, "bench", 0.9))
            statements.append(Statement(s, p, o, i, offset, offset + len(text), "bench", 0.8))
            if i % 8 == 0:
                stance = rng.choice(list(Stance))
                claims.append(
                    Claim(
                        rng.choice(people),
                        ClaimKind.OPINION,
                        stance,
                        (Aspect(s, stance),),
                        i,
                        offset,
                        offset + len(text),
                        text,
                        "bench",
                        0.7,
                    )
                )
            offset += len(text) + 1
        document = Document(f"doc-{d}", f"doc-{d}.txt", " ".join(x.text for x in sentences), "0")
        extractions.append(Extraction(document, tuple(sentences), tuple(mentions),
                                      tuple(statements), tuple(claims)))  # fmt: skip
    refs = {*films, *people, *awards}
    resolution = Resolution(
        {
            entity_key(r.type, r.name): Entity(entity_key(r.type, r.name), r.type, r.name)
            for r in refs
        },
        {},
    )
    graph = Graph()
    for s, p, o, _g in rdf.corpus_quads(extractions, resolution):
        graph.add((s, p, o))
    return graph


def browser_times(html: str, probe: str) -> tuple[float, float, float]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=600_000)
        ready = time.perf_counter() - start
        # Measured inside the page, from the event to the second frame after it: what a
        # reader waits for (a driver's keystrokes add their own overhead).
        page.fill("#search-input", probe)
        search = page.evaluate(_TIMED, "search") / 1e3
        toggle = page.evaluate(_TIMED, "filter") / 1e3
        assert page.evaluate("window.anoragraph.network.getSelectedNodes().length") == 1
        browser.close()
    return ready, search, toggle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, nargs="*", default=[1000, 5000, 20000])
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES)
    parser.add_argument("--no-browser", action="store_true")
    options = parser.parse_args()
    header = ("entities", "triples", "drawn", "links", "left out", "render s", "page MB",
              "ready s", "search s", "filter s")  # fmt: skip
    print(" ".join(f"{h:>9}" for h in header))
    for n in options.entities:
        graph = corpus(n)
        start = time.perf_counter()
        page = render(graph, max_nodes=options.max_nodes)
        html = page.html()
        took = time.perf_counter() - start
        ready = search = toggle = float("nan")
        if not options.no_browser:
            ready, search, toggle = browser_times(html, "Film 0")
        row = (n, len(graph), len(page.nodes), len(page.edges), page.data["omitted"]["nodes"],
               f"{took:.2f}", f"{len(html) / 1e6:.2f}", f"{ready:.2f}", f"{search:.3f}",
               f"{toggle:.3f}")  # fmt: skip
        print(" ".join(f"{v:>9}" for v in row), flush=True)


if __name__ == "__main__":
    main()
