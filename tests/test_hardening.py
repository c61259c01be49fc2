"""Hostile and broken input: every case through the CLI (exit code, one-line message, no traceback), bounded
work on huge inputs, period rules on adversarial strings, property tests, concurrent stores, no network.

The CLI cases run in-process (the `cli` fixture); a few run in a process of their own (`cli_process`) to show
what the shell sees: the exit status and a stderr of exactly one line."""

import json
import os
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimgraph
from conftest import CLI_COMMAND, CORPUS

SAMPLE = CORPUS / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"


def _one_line_error(run, code=2):
    assert run.returncode == code, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.count("\n") == 1, run.stderr


# ------------------------------------------------------------------ inputs through the CLI
@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "], ids=["empty", "whitespace"])
def test_empty_input_gives_an_empty_report(tmp_path, cli, content):
    f = tmp_path / "e.txt"
    f.write_bytes(content)
    run = cli("extract", f, "--format", "json")
    assert run.returncode == 0 and "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    assert report["quantities"] == [] and report["claims"] == []


def test_binary_input_is_a_one_line_error(tmp_path, cli_process):
    """In a process of its own: exit status 2 and one line on stderr, as the shell sees them (the file is
    refused before the spaCy pipeline loads, so this is fast)."""
    f = tmp_path / "b.bin"
    f.write_bytes(bytes(range(256)) * 10)
    _one_line_error(cli_process("extract", f))


def test_invalid_utf8_falls_back_and_says_so(tmp_path, cli):
    f = tmp_path / "latin.txt"
    f.write_bytes("Café revenue rose 12% to £4.5bn.".encode("cp1252"))
    run = cli("extract", f, "--format", "json")
    assert run.returncode == 0
    report = json.loads(run.stdout)
    assert "decoded as Windows-1252" in report["document"]["warnings"][0]
    text = "Café revenue rose 12% to £4.5bn."
    assert [(q["text"], text[q["start"]:q["end"]]) for q in report["quantities"]] == \
        [("12%", "12%"), ("£4.5bn", "£4.5bn")]


def test_bom_and_windows_line_endings(tmp_path, cli):
    f = tmp_path / "w.txt"
    f.write_bytes("\ufeffRevenue rose 5%.\r\nProfit fell 2%.\r\n".encode("utf-8"))
    report = json.loads(cli("extract", f, "--format", "json").stdout)
    text = "Revenue rose 5%.\r\nProfit fell 2%.\r\n"
    assert [text[q["start"]:q["end"]] for q in report["quantities"]] == ["5%", "2%"]


def test_stdin_and_a_directory(tmp_path, cli):
    run = cli("extract", "-", "--format", "json", stdin=b"Sales rose 7% to $3bn.")
    assert run.returncode == 0 and len(json.loads(run.stdout)["quantities"]) == 2
    _one_line_error(cli("extract", tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path, cli):
    f = tmp_path / "locked.txt"
    f.write_text("Sales rose 7%.")
    f.chmod(0)
    _one_line_error(cli("extract", f))


def test_non_english_text_gets_a_warning_and_no_claims(tmp_path, cli):
    f = tmp_path / "de.txt"
    f.write_text("Der Umsatz stieg im Jahr 2024 um 12 Prozent auf 4,5 Milliarden Euro, wie das Unternehmen am "
                 "Montag mitteilte. Die Zahl der Kunden wuchs auf 3 Millionen.", encoding="utf-8")
    run = cli("extract", f, "--format", "json")
    assert run.returncode == 0 and "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    assert report["claims"] == [] and any("English" in w for w in report["document"]["warnings"])


def test_tables_and_lists_of_numbers(tmp_path, cli):
    rows = zip(range(1990, 2030), range(1000, 41000, 1000), range(40), strict=False)
    table = "\n".join(f"{y}\t{v:,}\t{p}%\t{v / 7:.2f}" for y, v, p in rows)
    f = tmp_path / "t.txt"
    f.write_text("Year\tSales\tShare\tRatio\n" + table + "\n\n- 12%\n- 15%\n- $3bn\n", encoding="utf-8")
    run = cli("check", f, "--format", "json")
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr
    text = f.read_text(encoding="utf-8")
    for q in json.loads(run.stdout)["reports"][0]["quantities"]:
        assert text[q["start"]:q["end"]] == q["text"]


@pytest.mark.slow
def test_a_long_single_line_is_read_in_parts_with_offsets_kept(nlp):
    line = "Revenue rose 12% to $4.5 billion in 2024 and profit fell 3%. " * 20000  # 1.2 MB, one line
    start = time.perf_counter()
    report = claimgraph.extract(line, nlp=nlp)
    assert time.perf_counter() - start < 120
    assert len(report.quantities) == 60000
    assert all(line[q.start:q.end] == q.text for q in report.quantities[::997])
    assert any("read in" in w for w in report.document.warnings)


# ------------------------------------------------------------------ period rules on adversarial strings
ADVERSARIAL = [
    "1" * 50000, "2024 " * 10000, "May " * 10000, "the first half of the second quarter of " * 2000,
    "2024-" * 10000, " " * 50000, "by by by by " * 5000, "from January to " * 4000, "Q1 H2 FY24 3Q24 " * 4000,
    "the end of the beginning of the middle of " * 2000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:20].strip() or "spaces" for t in ADVERSARIAL])
def test_no_period_rule_is_slow_on_adversarial_text(text):
    from claimgraph.resolve.periods import PeriodFinder
    from claimgraph.resources.rules import shipped_period_rules

    finder = PeriodFinder(shipped_period_rules())
    for rule, rx in finder.rules:
        start = time.perf_counter()
        list(rx.finditer(text, timeout=5))
        assert time.perf_counter() - start < 1.0, rule.id


# A day the month lacks, in every way a date is read (with and without a year, a weekday, a range, a deadline,
# each tense): written, so a period, but it names no day, and no reading of it may raise.
IMPOSSIBLE_DAYS = ["May 0", "0 May 2024", "May 00, 2024", "Monday, May 0", "the week of May 0", "May 0-5",
                   "by May 0", "Sales fell on May 0, the company said.", "It will report on May 0.",
                   "It reports on June 31.", "by Feb. 30", "Feb. 30, 2023"]


@pytest.mark.parametrize("text", IMPOSSIBLE_DAYS)
def test_a_day_the_month_lacks_is_a_period_with_no_dates(nlp, text):
    report = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
    assert report.periods, text
    assert all(p.from_date is None for p in report.periods), report.periods


# ------------------------------------------------------------------ properties
NEWSY = st.lists(st.sampled_from([
    "Revenue rose", "12%", "to", "$4.5 billion", "in the second half of 2024", "about one-fifth", "of this amount",
    "less than", "USD 2 billion", "from January to May", "170 million users", "tenfold", ",", ".", "\n", "the",
    "company", "said", "Q3", "fell 3 percentage points", "€600m", "1,000 followers", "by 2030", "mid-May",
]), min_size=1, max_size=40).map(" ".join)


def _invariants(text, report):
    for x in [*report.quantities, *report.periods]:
        assert 0 <= x.start <= x.end <= len(text)
        assert text[x.start:x.end] == x.text
    for q in report.quantities:
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_never_raises(nlp, text):
    _invariants(text, claimgraph.extract(text, nlp=nlp))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.text(alphabet="abc XYZ.,\n", max_size=30))
def test_news_like_text_properties(nlp, text, prefix):
    first = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
    _invariants(text, first)
    assert claimgraph.extract(text, date="2024-06-10", nlp=nlp).model_dump_json() == first.model_dump_json()
    # text put before the article moves every figure by exactly its length (when it stays a separate line)
    shifted = claimgraph.extract(prefix + "\n\n" + text, date="2024-06-10", nlp=nlp)
    by = len(prefix) + 2
    moved = {(q.start - by, q.text) for q in shifted.quantities if q.start >= by}
    at_the_start = {(q.start, q.text) for q in first.quantities if q.start < 3}
    assert {(q.start, q.text) for q in first.quantities} <= moved | at_the_start


# ------------------------------------------------------------------ the store under two writers
@pytest.mark.slow
def test_two_concurrent_batches_into_one_database(tmp_path):
    """Two processes at once: what only separate processes can show (each loads the pipeline: seconds)."""
    docs = tmp_path / "docs.jsonl"
    lines = (CORPUS / "checks" / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    passages = [json.loads(x) for x in lines if x.strip()]
    with docs.open("w", encoding="utf-8") as fh:
        for n, p in enumerate(passages[:60]):
            fh.write(json.dumps({"id": f"d{n}", "text": p["text"], "date": p["date"]}) + "\n")
    db = tmp_path / "c.db"
    cmd = [*CLI_COMMAND, "batch", str(docs), "--db", str(db), "--quiet"]
    a = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    b = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ra, rb = a.wait(timeout=300), b.wait(timeout=300)
    assert (ra, rb) == (0, 0), (a.stderr.read(), b.stderr.read())
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 60
        assert con.execute("select count(distinct content_hash) from documents").fetchone()[0] == 60
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"


# ------------------------------------------------------------------ no network
@pytest.mark.slow
def test_extraction_opens_no_socket():
    """A fresh interpreter, so importing claimgraph and loading the pipeline are covered too (seconds)."""
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n    raise RuntimeError('network used')\n"
        "class NoNetwork(socket.socket):\n"
        "    connect = connect_ex = sendto = refuse\n"
        "socket.socket = NoNetwork\nsocket.create_connection = refuse\nsocket.getaddrinfo = refuse\n"
        "import claimgraph\n"
        f"r = claimgraph.extract(open({str(SAMPLE)!r}, encoding='utf-8').read(), date='2024-06-10')\n"
        "assert r.quantities and r.claims and r.checks\nprint('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]


@pytest.mark.slow
def test_a_5_mb_single_line_through_the_cli(tmp_path, cli_process):
    """In a process of its own, as a user runs it: exit 0, no traceback, the figures of 5 MB (a minute or more)."""
    f = tmp_path / "line.txt"
    unit = "Revenue rose 12% to $4.5 billion in 2024 and profit fell 3%. "
    f.write_text(unit * (5_000_000 // len(unit)), encoding="utf-8")
    start = time.perf_counter()
    run = cli_process("extract", f, "--format", "jsonl", "--date", "2024-06-10")
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert time.perf_counter() - start < 240
    report = json.loads(run.stdout)
    text = f.read_text(encoding="utf-8")
    assert len(report["quantities"]) == 3 * (5_000_000 // len(unit))
    assert all(text[q["start"]:q["end"]] == q["text"] for q in report["quantities"][::1001])


@pytest.mark.slow
def test_a_very_long_input_is_written_as_it_is_read(nlp):
    """Past the claims limit the CLI streams the Report: the same figures and periods, bounded memory."""
    import io

    from claimgraph.archive.stream import write_report
    from claimgraph.models import Report

    text = (SAMPLE.read_text(encoding="utf-8") + "\n") * 320  # 1.1 MB
    buf = io.StringIO()
    n = write_report(buf, text, date="2024-06-10", nlp=nlp, doc_id="long")
    streamed = Report.model_validate_json(buf.getvalue())
    whole = claimgraph.extract(text, date="2024-06-10", nlp=nlp, claims=False)
    assert n == len(whole.quantities) == 19 * 320
    assert [(q.text, q.start, q.low, q.high) for q in streamed.quantities] == \
        [(q.text, q.start, q.low, q.high) for q in whole.quantities]
    assert [(p.text, p.start, p.from_date, p.to_date) for p in streamed.periods] == \
        [(p.text, p.start, p.from_date, p.to_date) for p in whole.periods]
    assert any("written as it was read" in w for w in streamed.document.warnings)
