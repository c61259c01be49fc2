"""One path from text to Report: the API, batch runs (in-process and in worker processes), the Dask engine
and the streaming writer all give a text the same Report."""

import ast
import io
import json
from pathlib import Path

import pytest

import claimgraph
from claimgraph.io.sources import Doc

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"
TEXTS = [
    "TikTok set a US GMV target of USD 12–13 billion for the second half of 2024.",
    "Revenue rose 12% to $4.5 billion in the second quarter, from $4.0 billion a year earlier.",
    "No figures here at all.",
    "",
]


def _long_text(size: int) -> str:
    article = SAMPLE.read_text(encoding="utf-8") + "\n"
    return article * (size // len(article) + 1)


def _docs(texts):
    return [Doc(f"doc{n}", t, "2024-06-10") for n, t in enumerate(texts, start=1)]


def _named(report, doc_id):
    report.document.id = doc_id
    return report.model_dump_json()


def test_api_batch_dask_partition_and_stream_give_the_same_json(nlp):
    """Short texts and one read in parts (over report.run.CHUNK): every caller gives identical JSON."""
    from claimgraph.archive.batch import run_local
    from claimgraph.archive.distributed import extract_partition
    from claimgraph.archive.stream import write_reports
    from claimgraph.report.run import CHUNK

    texts = [*TEXTS, _long_text(CHUNK + 20_000)]
    docs = _docs(texts)
    expected = [_named(claimgraph.extract(d.text, date=d.date, nlp=nlp), d.id) for d in docs]
    many = claimgraph.extract_many(texts, date="2024-06-10", nlp=nlp)
    many = [_named(r, d.id) for d, r in zip(docs, many, strict=True)]
    local = [_named(r, d.id) for d, r in run_local(docs)]
    partition = extract_partition([(d.id, d.text, d.date) for d in docs])
    buf = io.StringIO()
    write_reports(buf, docs, "jsonl", None, nlp)
    assert many == expected
    assert local == expected
    assert partition == expected
    assert buf.getvalue().splitlines() == expected
    assert "read in 2 parts" in expected[-1]


def test_check_reads_the_texts_as_extract_does(nlp):
    run = claimgraph.check(TEXTS[:2], date="2024-06-10", nlp=nlp, ids=["a", "b"])
    for doc_id, text, report in zip(["a", "b"], TEXTS, run.reports, strict=False):
        assert report.model_dump_json() == _named(claimgraph.extract(text, date="2024-06-10", nlp=nlp), doc_id)


@pytest.mark.slow
def test_a_text_over_a_million_characters_gives_the_same_report_on_dask(nlp):
    """Dask used to hand the whole text to spaCy, which refuses one over nlp.max_length (E088)."""
    pytest.importorskip("distributed")
    from claimgraph.archive.distributed import run_dask

    text = _long_text(1_050_000)
    assert len(text) > 1_000_000
    (line,) = run_dask([Doc("long", text, "2024-06-10")], workers=1)
    assert line == _named(claimgraph.extract(text, date="2024-06-10", nlp=nlp), "long")


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimgraph"):
            yield node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            yield from ((a.name, []) for a in node.names if a.name.startswith("claimgraph"))


def test_no_private_name_is_imported_from_another_module():
    src = ROOT / "src" / "claimgraph"
    found = [f"{path.relative_to(src)}: {module}.{name}" for path in sorted(src.rglob("*.py"))
             for module, names in _imports(path) for name in names if name.startswith("_")]
    assert found == []


def test_the_display_takes_the_pipeline_it_is_given():
    """pipeline.display marks figures with the tokenizer passed in; it does not load one through the API."""
    modules = {m for m, _ in _imports(ROOT / "src" / "claimgraph" / "pipeline" / "display.py")}
    assert not any(m == "claimgraph.api" or m == "claimgraph" for m in modules)


def test_to_networkx_from_the_package_top(nlp):
    report = claimgraph.extract("Revenue rose 12% to $4.5 billion in 2024.", date="2024-06-10", nlp=nlp)
    graph = claimgraph.to_networkx(report)
    assert {q.id for q in report.quantities} <= set(graph.nodes)


POINTS_BACK = ("Net income rose 8% to $20.6 million in the third quarter of 2024 from $19.1 million in the "
               "year-ago quarter.")


def test_the_streamed_report_resolves_periods_as_the_report_does(nlp):
    """write_report (inputs too long for claims) and extract resolve a text's periods through one function,
    so a period that points back ('the year-ago quarter') gets the same dates in both."""
    from claimgraph.archive.stream import write_report

    buf = io.StringIO()
    write_report(buf, POINTS_BACK, date="2024-11-01", nlp=nlp)
    streamed = json.loads(buf.getvalue())["periods"]
    expected = claimgraph.extract(POINTS_BACK, date="2024-11-01", nlp=nlp).model_dump(mode="json")["periods"]
    assert streamed == expected
    assert (streamed[1]["from_date"], streamed[1]["to_date"]) == ("2023-07-01", "2023-09-30")


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_extract_many_in_batches_gives_what_extract_gives(nlp, batch_size):
    # extract_many runs each component over a batch of Docs; a batch cut anywhere, and a long text inside
    # a batch, must leave every Report as extract makes it
    from claimgraph.report.run import CHUNK

    texts = [*TEXTS, _long_text(CHUNK + 20_000), *TEXTS[:2]]
    one = [claimgraph.extract(t, date="2024-06-10", nlp=nlp).model_dump_json() for t in texts]
    many = [r.model_dump_json() for r in claimgraph.extract_many(texts, date="2024-06-10", nlp=nlp,
                                                                   batch_size=batch_size)]
    assert many == one
