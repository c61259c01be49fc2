"""The batch extraction on a Dask distributed cluster: a dask.bag of documents, one claimgraph pipeline
loaded per worker process, Reports back in input order. Without a scheduler address a LocalCluster starts.
Nothing home-made: Dask schedules, ships and retries."""

from __future__ import annotations

from typing import Any


def _extract_partition(records: list[tuple[str, str, str | None]]) -> list[str]:
    # runs on a worker: claimgraph.load() is cached per process, so each worker loads the pipeline once
    from claimgraph.api import load
    from claimgraph.report.build import build_report

    nlp = load()
    out = []
    for doc_id, text, date in records:
        report = build_report(nlp(text), date=date, doc_id=doc_id)
        out.append(report.model_dump_json())
    return out


def run_dask(docs: list[Any], scheduler: str | None = None, workers: int = 2, partitions: int | None = None) -> list[str]:
    """JSON lines, one Report per document, in input order."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        records = [(d.id, d.text, d.date) for d in docs]
        n = partitions or max(1, min(len(records), workers * 4))
        bag = db.from_sequence(records, npartitions=n)
        return list(bag.map_partitions(_extract_partition).compute())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
