"""The batch extraction on a Dask distributed cluster: the documents in partitions, one claimgraph pipeline
loaded per worker process, Reports back in input order. Without a scheduler address a LocalCluster starts.
Nothing home-made: Dask schedules, ships and retries; each partition goes through claimgraph.report.run,
the path every other run takes, so a document gives the same Report here as anywhere else.

Progress is reported as each partition's future completes (not at the end), and the dashboard's address is
given when there is one. A scheduler that cannot be reached (a wrong address, a closed port, a port that
accepts and never answers) is a DaskError within CONNECT_TIMEOUT seconds, as are bad worker counts."""

from __future__ import annotations

import gc
import importlib.util
import json
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from claimgraph.archive.batch import why_failed
from claimgraph.io.sources import Doc
from claimgraph.models import Report
from claimgraph.report.run import reports_for

Record = tuple[str, str, str | None]  # (id, text, date)
CONNECT_TIMEOUT = 3.0  # seconds to reach a scheduler and shake hands with it


class DaskError(ValueError):
    """The Dask engine cannot run: a bad scheduler address, one that does not answer, bad worker counts."""


def extract_partition(records: list[Record]) -> list[str]:
    """The Reports of one partition of (id, text, date) records, as JSON lines, one a record. A record whose
    extraction fails gives a line {"failed": "Error: why"} instead, and the others their Reports (as the local
    engine leaves out a failed document and goes on)."""
    # runs on a worker: the pipeline is loaded once per process (report.run.load is cached)
    reports: list[Report | str]
    try:
        reports = list(reports_for((text, date) for _, text, date in records))
    except Exception:
        reports = [_one(text, date) for _, text, date in records]  # find the one that fails
    out = []
    for (doc_id, _, _), report in zip(records, reports, strict=True):
        if isinstance(report, str):
            out.append(json.dumps({"failed": report}))
            continue
        report.document.id = doc_id
        out.append(report.model_dump_json())
    return out


def _one(text: str, date: str | None) -> Report | str:
    """One record's Report, or why its extraction failed."""
    try:
        return next(reports_for([(text, date)]))
    except Exception as err:
        return why_failed(err)


def connect(scheduler: str, timeout: float = CONNECT_TIMEOUT) -> Any:
    """A Client of the scheduler at `scheduler`, or DaskError within about `timeout` seconds. The handshake
    runs in a thread of its own: a port that accepts a connection and never answers would block for good."""
    from dask.distributed import Client

    box: dict[str, Any] = {}

    def attempt() -> None:
        try:
            box["client"] = Client(scheduler, timeout=timeout)
            return
        except BaseException as err:  # noqa: BLE001 - reported below, in the caller's thread
            # its text only: the exception's frames hold the half-built Client
            box["error"] = str(err).splitlines()[0] if str(err) else type(err).__name__
        # The half-built Client is garbage now; collected later by chance, inside distributed's LoopRunner
        # lock (a later Client or LocalCluster starting), its __del__ -> close -> LoopRunner.stop takes that
        # same lock and the process hangs for good. Collect it here, where no lock is held.
        gc.collect()

    thread = threading.Thread(target=attempt, name="claimgraph-dask-connect", daemon=True)
    thread.start()
    thread.join(timeout + 1)
    if "client" in box:
        return box["client"]
    if thread.is_alive():
        raise DaskError(f"--scheduler {scheduler}: no answer within {timeout:.0f} s")
    raise DaskError(f"--scheduler {scheduler}: {box.get('error', 'no client')}")


def partitions_of(records: list[Record], n: int) -> list[list[Record]]:
    """records in n contiguous parts of nearly equal length (input order kept)."""
    n = max(1, min(n, len(records)))
    size, extra = divmod(len(records), n)
    parts, start = [], 0
    for k in range(n):
        end = start + size + (1 if k < extra else 0)
        parts.append(records[start:end])
        start = end
    return [p for p in parts if p]


def run_dask(docs: Sequence[Doc], scheduler: str | None = None, workers: int = 2,
             partitions: int | None = None, progress: Callable[[int], object] | None = None,
             announce: Callable[[str], object] | None = None) -> list[str]:
    """JSON lines, one Report per document, in input order. `progress(n)` is called as each partition of n
    documents completes; `announce` gets the dashboard's address when there is one."""
    if workers < 1:
        raise DaskError(f"--processes {workers}: the Dask engine needs at least one worker")
    if scheduler is not None and not scheduler.strip():
        raise DaskError("--scheduler: an empty address")
    client, cluster = _client(scheduler, workers)
    try:
        link = getattr(client, "dashboard_link", None)
        if announce and link and (scheduler or importlib.util.find_spec("bokeh")):
            announce(f"Dask dashboard: {link}")
        records = [(d.id, d.text, d.date) for d in docs]
        return _gather(client, partitions_of(records, partitions or workers * 4), progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    if scheduler:
        return connect(scheduler), None
    from dask.distributed import Client, LocalCluster

    # our own cluster's chatter (a worker killed at shutdown) is not the user's business
    logging.getLogger("distributed").setLevel(logging.ERROR)
    dashboard = ":0"  # a free port (the dashboard itself needs bokeh)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=dashboard)
    return Client(cluster), cluster


def _gather(client: Any, parts: list[list[Record]], progress: Callable[[int], object] | None) -> list[str]:
    """Each partition's lines, in order, taken as its future completes."""
    from dask.distributed import as_completed

    futures = [client.submit(extract_partition, part, pure=False) for part in parts]
    index = {f.key: k for k, f in enumerate(futures)}
    done: list[list[str] | None] = [None] * len(parts)
    for future in as_completed(futures):
        k = index[future.key]
        done[k] = future.result()
        future.release()
        if progress:
            progress(len(parts[k]))
    return [line for lines in done for line in lines or []]
