"""Screenshot a graph page in headless Chromium, with the side panel of its best-connected
node open, for the README.

    .venv/bin/python bench/screenshot.py build/anora.html docs/graph.png
    .venv/bin/python bench/screenshot.py build/anora.html docs/graph.png --select "Some Name"

Nothing is fetched: every request other than the page file is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

# The node whose panel is shown: the named one, else the best-connected film, else any.
_PICK = """label => {
  const nodes = window.anoragraph.data.nodes.filter(n => n.kind === "entity");
  const named = nodes.find(n => n.label === label);
  if (named) return named.id;
  const byDegree = (a, b) => b.degree - a.degree;
  const films = nodes.filter(n => n.type === "Film").sort(byDegree);
  const all = nodes.slice().sort(byDegree);
  return films.length ? films[0].id : all.length ? all[0].id : null;
}"""


# Open its panel, then frame the graph a little closer than "fit all" so names are legible.
_ZOOM = """id => {
  const net = window.anoragraph.network;
  window.anoragraph.focusNode(id);
  net.fit({animation: false});
  net.moveTo({position: net.getPositions([id])[id], scale: net.getScale() * 1.7, animation: false});
}"""


def screenshot(page_file: Path, out: Path, select: str | None, size: tuple[int, int]) -> None:
    refused: list[str] = []

    def route(r: Route) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        context.route("**/*", route)
        page = context.new_page()
        page.goto(page_file.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        node = page.evaluate(_PICK, select)
        if node is not None:
            page.evaluate(_ZOOM, node)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    if refused:
        raise SystemExit(f"the page tried to fetch {refused[0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path, help="the HTML page `anoragraph viz` wrote")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--select", help="open the panel of the node with this label")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    options = parser.parse_args()
    if not options.page.is_file():
        sys.exit(f"no page at {options.page}: run `make run` first")
    screenshot(options.page, options.out, options.select, (options.width, options.height))
    print(f"Wrote {options.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
