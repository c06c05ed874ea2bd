"""Run the whole extractor (parse, entities, relations, claims) over documents, in this process,
in N worker processes, or on a Dask cluster.

spaCy's own `n_process` parallelises only the statistical pipeline and leaves anoragraph's rule
stages in the parent process; here each worker runs `nlp.pipeline.extract` from text to
`Extraction`, loading the pipeline once. Documents go out in batches, a few batches per worker
at a time, and extractions come back in input order: memory holds those batches, never the
corpus.

An executor is `None` (worker processes on this machine), `dask://local` (a Dask LocalCluster
with one single-threaded worker process per job) or `dask://HOST:PORT` (the scheduler of an
existing Dask cluster, whose workers have anoragraph installed). Dask is an optional extra:
`pip install 'anoragraph[dask]'`.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, cast

from .errors import AnoragraphError
from .records import Document, Extraction

# A batch ends at this many documents or this many characters, whichever comes first.
BATCH_DOCUMENTS = 8
BATCH_CHARS = 200_000
# Batches in flight per worker: enough to keep each busy while the parent writes results.
_AHEAD = 2


class _Pending(Protocol):
    """A batch's future, from concurrent.futures or from Dask."""

    def result(self) -> list[Extraction]: ...
    def cancel(self) -> bool: ...


Titles = Mapping[str, Collection[str]]
"""Film titles to apply, by document id (see nlp/gazetteer.py)."""


def _extract_batch(batch: list[Document], titles: Titles | None = None) -> list[Extraction]:
    """A worker's task: one batch of documents through the whole extractor."""
    from .nlp.pipeline import extract

    return list(extract(batch, batch_size=BATCH_DOCUMENTS, titles=titles))


def _titles_of(batch: list[Document], titles: Titles | None) -> dict[str, Collection[str]]:
    """The part of `titles` a batch needs (a worker is sent only that)."""
    if not titles:
        return {}
    return {d.id: titles[d.id] for d in batch if d.id in titles}


def _warm_up() -> None:
    """Load the pipeline when a worker starts, not on its first batch."""
    from .nlp.pipeline import load_pipeline

    load_pipeline()


def batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    chars = 0
    for document in documents:
        batch.append(document)
        chars += len(document.text)
        if len(batch) >= BATCH_DOCUMENTS or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _in_order(
    submit: Callable[[list[Document]], _Pending],
    documents: Iterable[Document],
    window: int,
) -> Iterator[Extraction]:
    pending: deque[_Pending] = deque()
    try:
        for batch in batches(documents):
            pending.append(submit(batch))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def extract_all(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    executor: str | None = None,
    titles: Titles | None = None,
) -> Iterator[Extraction]:
    """One `Extraction` per document, in input order (nothing starts until there is one);
    `titles` gives film titles to apply by document id."""
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return
    documents = itertools.chain([first], stream)
    if executor is not None:
        yield from _on_dask(documents, executor, jobs, titles)
        return
    if jobs > 1:
        # one batch or less is done sooner here than worker processes would start
        head = list(itertools.islice(documents, BATCH_DOCUMENTS + 1))
        documents = itertools.chain(head, documents)
        if len(head) <= BATCH_DOCUMENTS:
            jobs = 1
    if jobs <= 1:
        from .nlp.pipeline import extract

        yield from extract(documents, batch_size=BATCH_DOCUMENTS, titles=titles)
        return
    # forkserver: workers start from a clean process, not a copy of one that may run threads
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["anoragraph.parallel", "spacy"])
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm_up)
    try:
        yield from _in_order(
            lambda b: pool.submit(_extract_batch, b, _titles_of(b, titles)),
            documents,
            jobs * _AHEAD,
        )
    except BrokenProcessPool:
        raise AnoragraphError(
            "an extraction worker process died (out of memory?): try fewer --jobs"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _on_dask(
    documents: Iterable[Document], executor: str, jobs: int, titles: Titles | None = None
) -> Iterator[Extraction]:
    if not executor.startswith("dask://"):
        raise AnoragraphError(
            f"unknown executor {executor!r}: use dask://local or dask://HOST:PORT"
        )
    try:
        import distributed
    except ImportError:
        raise AnoragraphError(
            "the dask executor needs Dask: pip install 'anoragraph[dask]'"
        ) from None
    address = executor.removeprefix("dask://")
    cluster: Any = None
    try:
        if address == "local":
            cluster = cast(Any, distributed.LocalCluster)(
                n_workers=max(jobs, 1),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = cast(Any, distributed.Client)(cluster)
        else:
            client = cast(Any, distributed.Client)(
                f"tcp://{address}" if "://" not in address else address, timeout=30
            )
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise AnoragraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)

        def submit(batch: list[Document]) -> _Pending:
            return cast(
                _Pending,
                client.submit(_extract_batch, batch, _titles_of(batch, titles), pure=False),
            )

        yield from _in_order(submit, documents, workers * _AHEAD)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
