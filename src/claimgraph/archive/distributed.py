"""The batch extraction on a Dask distributed cluster: a dask.bag of documents, one claimgraph pipeline
loaded per worker process, Reports back in input order. Without a scheduler address a LocalCluster starts.
Nothing home-made: Dask schedules, ships and retries; each partition goes through claimgraph.report.run,
the path every other run takes, so a document gives the same Report here as anywhere else."""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.io.sources import Doc
from claimgraph.report.run import reports_for

Record = tuple[str, str, str | None]  # (id, text, date)


def extract_partition(records: list[Record]) -> list[str]:
    """The Reports of one partition of (id, text, date) records, as JSON lines."""
    # runs on a worker: the pipeline is loaded once per process (report.run.load is cached)
    reports = reports_for((text, date) for _, text, date in records)
    out = []
    for (doc_id, _, _), report in zip(records, reports, strict=False):
        report.document.id = doc_id
        out.append(report.model_dump_json())
    return out


def run_dask(docs: Sequence[Doc], scheduler: str | None = None, workers: int = 2,
             partitions: int | None = None) -> list[str]:
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
        return list(bag.map_partitions(extract_partition).compute())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
