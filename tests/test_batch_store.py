"""Batch runs, the SQLite claim store (idempotent, one transaction per document, survives a kill), query,
reconcile, and the Dask engine (byte-identical to the local run). The commands run in-process (`cli`), except
where a process of its own is the point: killing one, and what the shell sees of reconcile's exit status."""

import json
import os
import signal
import sqlite3
import subprocess
import time

import pytest

from conftest import CLI_COMMAND, CORPUS

ARTICLES = CORPUS / "articles"
N_DOCS = len([p for p in ARTICLES.rglob("*") if p.suffix in (".txt", ".md")])


def test_batch_query_reconcile(tmp_path, cli):
    db = tmp_path / "c.db"
    out = tmp_path / "c.jsonl"
    run = cli("batch", ARTICLES, "--db", db, "--out", out)
    assert run.returncode == 0, run.stderr
    assert f"{N_DOCS} documents" in run.stderr and "0 failures" in run.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == N_DOCS and sum(bool(json.loads(line)["claims"]) for line in lines) >= 7
    q = cli("query", "--db", db, "--subject", "tiktok", "--metric", "gmv", "--period", "2024", "--format", "json")
    rows = json.loads(q.stdout)
    assert {"USD 12–13 billion", "USD 17.5 billion", "less than USD 2 billion"} <= {r["text"] for r in rows}
    assert any(r["source"] == "Bloomberg" for r in rows)
    assert cli("reconcile", "--db", db).returncode == 0  # one article per fact: nothing to reconcile


def test_reconcile_reports_conflicting_sources(tmp_path, cli, cli_process):
    """reconcile in a process of its own: exit status 1 is what a script sees (reconcile loads no pipeline: fast)."""
    target = "TikTok has a full-year US GMV target of"
    (tmp_path / "a.txt").write_text(f"{target} USD 17.5 billion for 2024, Bloomberg reported.")
    (tmp_path / "b.txt").write_text(f"{target} USD 17 billion for 2024, Reuters reported.")
    db = tmp_path / "c.db"
    assert cli("batch", tmp_path, "--db", db).returncode == 0
    r = cli_process("reconcile", "--db", db, "--format", "table")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "Bloomberg" in r.stdout and "Reuters" in r.stdout and "1 conflicts" in r.stdout


def test_reingesting_is_idempotent(tmp_path, cli):
    db = tmp_path / "c.db"
    assert cli("batch", ARTICLES, "--db", db).returncode == 0
    again = cli("batch", ARTICLES, "--db", db)
    assert f"0 added, {N_DOCS} already there" in again.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == N_DOCS


@pytest.mark.slow
def test_a_killed_batch_leaves_no_partial_or_duplicate_documents(tmp_path, cli):
    """A batch in a process of its own, killed mid-run (seconds: that process loads the pipeline)."""
    docs = tmp_path / "docs.jsonl"
    lines = (CORPUS / "checks" / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    passages = [json.loads(x) for x in lines if x.strip()]
    with docs.open("w", encoding="utf-8") as fh:
        for n in range(200):
            p = passages[n % len(passages)]
            fh.write(json.dumps({"id": f"d{n}", "text": f"Story {n}. " + p["text"], "date": p["date"]}) + "\n")
    db = tmp_path / "c.db"
    proc = subprocess.Popen([*CLI_COMMAND, "batch", str(docs), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    stored = con.execute("select count(*) from documents").fetchone()[0]
            except sqlite3.DatabaseError:
                continue
            if stored >= 5:
                break
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert cli("batch", docs, "--db", db, "--quiet").returncode == 0
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 200
        assert con.execute("select count(distinct content_hash) from documents").fetchone()[0] == 200
        for doc, report in con.execute("select id, report from documents"):
            r = json.loads(report)
            n_q = con.execute("select count(*) from quantities where doc = ?", (doc,)).fetchone()[0]
            n_c = con.execute("select count(*) from claims where doc = ?", (doc,)).fetchone()[0]
            assert (n_q, n_c) == (len(r["quantities"]), len(r["claims"])), doc


def test_bad_inputs_are_skipped_and_reported(tmp_path, cli):
    (tmp_path / "ok.txt").write_text("Revenue rose 12% to $4.5 billion.")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    run = cli("batch", tmp_path, tmp_path / "missing.txt", "--out", tmp_path / "o.jsonl")
    assert run.returncode == 0
    assert "1 documents" in run.stderr and "2 failures" in run.stderr and "Traceback" not in run.stderr


def test_store_schema_version_is_recorded(tmp_path):
    from claimgraph.archive.store import SCHEMA_VERSION, Store

    with Store(tmp_path / "c.db") as s:
        assert s.schema_version == SCHEMA_VERSION
    with Store(tmp_path / "c.db") as s:  # reopening runs no migration twice
        assert s.schema_version == SCHEMA_VERSION


@pytest.mark.slow
def test_dask_local_cluster_matches_the_local_run_byte_for_byte(tmp_path, cli, cli_process):
    """The Dask run in a process of its own: its LocalCluster starts and stops worker processes (seconds)."""
    pytest.importorskip("distributed")
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert cli("batch", ARTICLES, "--out", local).returncode == 0
    run = cli_process("batch", ARTICLES, "--out", dask_out, "--engine", "dask", "--processes", "2")
    assert run.returncode == 0, run.stderr[-2000:]
    assert dask_out.read_bytes() == local.read_bytes()


def test_worker_processes_give_the_same_reports(nlp):
    import claimgraph

    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))] * 3
    one = [r.model_dump_json() for r in claimgraph.extract_many(texts, date="2024-06-10", nlp=nlp)]
    two = [r.model_dump_json() for r in claimgraph.extract_many(texts, date="2024-06-10", n_process=2, batch_size=4)]
    assert one == two


def test_batch_decodes_text_as_extract_does(tmp_path, cli):
    """Not UTF-8 is not an error in a batch either: decoded with the fallback, named in the warnings."""
    (tmp_path / "latin.txt").write_bytes("Café revenue rose 12% to £4.5bn.".encode("cp1252"))
    run = cli("batch", tmp_path / "latin.txt", "--out", tmp_path / "o.jsonl")
    assert run.returncode == 0 and "0 failures" in run.stderr, run.stderr
    report = json.loads((tmp_path / "o.jsonl").read_text())
    assert "decoded as Windows-1252" in report["document"]["warnings"][0]
    assert [q["text"] for q in report["quantities"]] == ["12%", "£4.5bn"]


def test_store_values_are_numbers_beside_their_text_and_views_join_them(tmp_path, cli):
    (tmp_path / "a.txt").write_text("Acme's revenue rose to $9.99 billion in 2023 from $27.8 billion in 2022, "
                                    "Reuters said. Costs were $3 billion and $4 billion, a total of $8 billion.")
    db = tmp_path / "s.db"
    assert cli("batch", tmp_path / "a.txt", "--db", db, "--quiet").returncode == 0
    con = sqlite3.connect(db)
    money = con.execute("SELECT text, typeof(low), low_text FROM quantities WHERE kind = 'money' ORDER BY low")
    rows = money.fetchall()
    assert [r[0] for r in rows] == ["$3 billion", "$4 billion", "$8 billion", "$9.99 billion", "$27.8 billion"]
    assert {r[1] for r in rows} == {"real"} and all(isinstance(r[2], str) for r in rows)
    view = con.execute("SELECT text, low, period_text, when_from, title IS NULL FROM claim_values "
                       "WHERE kind = 'money' ORDER BY low DESC LIMIT 1").fetchone()
    assert view == ("$27.8 billion", 27.8e9, "2022", "2022-01-01", 1)
    operands = con.execute("SELECT \"check\", operand, text FROM check_values WHERE type = 'sum' "
                           "ORDER BY position").fetchall()
    assert [o[2] for o in operands] == ["$3 billion", "$4 billion"] and len({o[0] for o in operands}) == 1
    entities = con.execute("SELECT name, kind FROM entities ORDER BY id").fetchall()
    assert entities == [("Acme", "org"), ("Reuters", "source")]
    assert ("change_of", "c1", "c2") in con.execute("SELECT type, head, tail FROM relations").fetchall()
    con.close()
    csv_out = cli("query", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("document,claim,text,subject,metric") and len(csv_out) >= 6
    schema = cli("schema", "--db", db).stdout
    assert "CREATE VIEW claim_values" in schema and "low REAL" in schema and "CREATE TABLE check_operands" in schema


def test_document_ids_do_not_depend_on_the_working_directory(tmp_path, cli, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme's revenue rose 5% to $3 billion in 2024.", encoding="utf-8")
    ids = []
    for cwd, name in ((tmp_path, "news"), (folder, ".")):
        monkeypatch.chdir(cwd)
        out = tmp_path / f"{len(ids)}.jsonl"
        assert cli("batch", name, "--out", out, "--quiet").returncode == 0
        ids.append(json.loads(out.read_text(encoding="utf-8"))["document"]["id"])
    assert ids[0] == ids[1] == str(folder / "a.txt")


def test_a_failed_document_leaves_the_stored_run_going(tmp_path):
    """With a store, a document whose extraction fails is left out (run records it), not the end of the run:
    the documents after it still come, in order, each with its own Report."""
    from claimgraph.archive.batch import with_stored
    from claimgraph.archive.store import Store
    from claimgraph.io.sources import Doc
    from claimgraph.models import Report

    docs = [Doc(id=f"d{k}", text=f"Sales rose {k + 1}%.") for k in range(4)]
    failed = docs[1]

    def run(todo):
        for d in todo:
            if d is not failed:
                yield d, Report.model_validate({"document": {"id": d.id, "length": len(d.text)}})

    with Store(tmp_path / "c.db") as store:
        got = [(d.id, r.document.id) for d, r in with_stored(docs, store, run)]
    assert got == [("d0", "d0"), ("d2", "d2"), ("d3", "d3")]


def test_batch_into_a_store_reports_a_failed_document(tmp_path, cli):
    (tmp_path / "a.txt").write_text("Revenue rose 12% to $4.5 billion.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_text("Profit fell 3% to $1.1 billion.")
    run = cli("batch", tmp_path, "--db", tmp_path / "c.db", "--quiet")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "2 documents" in run.stderr and "1 failures" in run.stderr


def test_a_broken_pattern_file_stops_batch_with_one_line(tmp_path, cli, monkeypatch):
    """A pattern file edited by hand into an invalid rule: one line naming its line, exit 2, before any
    document is read (not a failure per document, nor a traceback)."""
    import claimgraph.cli
    from claimgraph.resources.rules import PatternError

    def broken():
        raise PatternError("quantities.jsonl:8: unknown vocabulary '@nope'")

    monkeypatch.setattr(claimgraph.cli, "shipped_rules", broken)
    (tmp_path / "a.txt").write_text("Revenue rose 12% to $4.5 billion.")
    run = cli("batch", tmp_path / "a.txt", "--db", tmp_path / "c.db", "--quiet")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == ["claimgraph: pattern files: quantities.jsonl:8: unknown vocabulary "
                                               "'@nope'"]
