"""The claim store read by query and reconcile: opened read-only, refusing what is not a claimgraph store
(a foreign SQLite database stays byte for byte, an empty file stays empty), a damaged database or a bad
--period is one line with exit 2; reconcile groups conflicts by fact (one fact, its disagreeing sources),
filters them and stops at --limit; batch skips documents already stored before extracting them."""

import json
import sqlite3
from decimal import Decimal

import pytest

TARGET = "TikTok has a full-year US GMV target of"


def _one_line(run):
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    return run.stderr


@pytest.fixture
def store(tmp_path, cli):
    """A store of three articles: two state one value of TikTok's GMV target, one another."""
    (tmp_path / "a.txt").write_text(f"{TARGET} USD 17.5 billion for 2024, Bloomberg reported.")
    (tmp_path / "b.txt").write_text(f"{TARGET} USD 17 billion for 2024, Reuters reported.")
    (tmp_path / "c.txt").write_text(f"{TARGET} USD 17.5 billion for 2024, the FT reported.")
    (tmp_path / "d.txt").write_text("Acme's revenue reached $4 billion in 2023, the company said.")
    (tmp_path / "e.txt").write_text("Acme's revenue reached $5 billion in 2023, analysts said.")
    db = tmp_path / "s.db"
    assert cli("batch", *(tmp_path / f"{x}.txt" for x in "abcde"), "--db", db, "--quiet").returncode == 0
    return db


def test_reconcile_groups_a_fact_with_its_disagreeing_sources(store, cli):
    run = cli("reconcile", "--db", store, "--format", "json")
    assert run.returncode == 1
    groups = json.loads(run.stdout)
    tiktok = next(g for g in groups if g["subject"] == "TikTok")
    by_text = {v["text"]: sorted(s["document"].rsplit("/", 1)[-1] for s in v["sources"]) for v in tiktok["values"]}
    assert by_text == {"USD 17.5 billion": ["a.txt", "c.txt"], "USD 17 billion": ["b.txt"]}
    assert tiktok["when"] == ["2024-01-01", "2024-12-31"] and tiktok["role"] == "target"
    table = cli("reconcile", "--db", store, "--format", "table")
    assert "Bloomberg" in table.stdout and "Reuters" in table.stdout and f"{len(groups)} conflicts" in table.stdout


def test_reconcile_filters_and_limit(store, cli):
    everything = json.loads(cli("reconcile", "--db", store, "--format", "json").stdout)
    assert len(everything) == 2
    assert len(json.loads(cli("reconcile", "--db", store, "--limit", "1", "--format", "json").stdout)) == 1
    only = json.loads(cli("reconcile", "--db", store, "--subject", "tiktok", "--format", "json").stdout)
    assert [g["subject"] for g in only] == ["TikTok"]
    assert [g["subject"] for g in json.loads(cli("reconcile", "--db", store, "--period", "2023-Q4",
                                                 "--format", "json").stdout)] == ["Acme"]
    none = cli("reconcile", "--db", store, "--metric", "gmv", "--period", "2023", "--format", "json")
    assert none.returncode == 0 and json.loads(none.stdout) == []
    _one_line(cli("reconcile", "--db", store, "--limit", "0"))


def test_agreeing_sources_are_no_conflict(tmp_path, cli):
    (tmp_path / "a.txt").write_text(f"{TARGET} USD 17.45 billion for 2024, Bloomberg reported.")
    (tmp_path / "b.txt").write_text(f"{TARGET} USD 17 billion for 2024, Reuters reported.")
    db = tmp_path / "s.db"
    assert cli("batch", tmp_path, "--db", db, "--quiet").returncode == 0
    assert cli("reconcile", "--db", db).returncode == 0


@pytest.mark.parametrize("period", ["2024", "2024-05", "2024-5", "2024-Q2", "2024-q2", "2024-H1", "2024-05-31"])
def test_query_period_forms(store, cli, period):
    run = cli("query", "--db", store, "--period", period, "--format", "json")
    names = {r["document"].rsplit("/", 1)[-1] for r in json.loads(run.stdout)}
    assert run.returncode == 0 and names >= {"a.txt", "b.txt", "c.txt"}


def test_query_period_compares_dates_not_strings(store, cli):
    five = json.loads(cli("query", "--db", store, "--period", "2024-5", "--format", "json").stdout)
    assert five == json.loads(cli("query", "--db", store, "--period", "2024-05", "--format", "json").stdout)
    assert json.loads(cli("query", "--db", store, "--period", "2025-H1", "--format", "json").stdout) == []


@pytest.mark.parametrize("period", ["abc", "2024-13", "0-0", "x-y", "2024-Q5", "2024-02-30", "0000", "2024-"])
def test_query_period_junk_is_refused(store, cli, period):
    assert "--period" in _one_line(cli("query", "--db", store, "--period", period))


def test_query_limit(store, cli):
    assert len(json.loads(cli("query", "--db", store, "--limit", "2", "--format", "json").stdout)) == 2


def _foreign(path):
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE people (name TEXT, age INTEGER)")
        con.execute("INSERT INTO people VALUES ('Ada', 36)")
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", ["query", "reconcile"])
def test_a_foreign_database_is_refused_and_left_unchanged(tmp_path, cli, command):
    db = tmp_path / "foreign.db"
    before = _foreign(db)
    assert "not a claimgraph store" in _one_line(cli(command, "--db", db))
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.db"]


def test_batch_refuses_a_foreign_database(tmp_path, cli):
    db = tmp_path / "foreign.db"
    before = _foreign(db)
    (tmp_path / "a.txt").write_text("Revenue rose 12% to $4.5 billion.")
    assert "not a claimgraph store" in _one_line(cli("batch", tmp_path / "a.txt", "--db", db, "--quiet"))
    assert db.read_bytes() == before


@pytest.mark.parametrize("command", ["query", "reconcile"])
def test_an_empty_file_does_not_become_a_store(tmp_path, cli, command):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    _one_line(cli(command, "--db", db))
    assert db.read_bytes() == b""
    missing = tmp_path / "missing.db"
    assert "no such database" in _one_line(cli(command, "--db", missing))
    assert not missing.exists()


@pytest.mark.parametrize("command", ["query", "reconcile"])
def test_a_file_of_text_is_refused(tmp_path, cli, command):
    db = tmp_path / "notes.db"
    db.write_text("not a database at all\n" * 100)
    _one_line(cli(command, "--db", db))


@pytest.mark.parametrize("command", ["query", "reconcile"])
def test_a_damaged_database_is_one_line_exit_2(tmp_path, cli, command):
    many = tmp_path / "docs"
    many.mkdir()
    for n in range(40):
        (many / f"{n}.txt").write_text(f"Story {n}: Acme's revenue reached ${n + 1} billion in 2023, Reuters said. "
                                       + "Filler words to make the database grow a little. " * 40)
    db = tmp_path / "s.db"
    assert cli("batch", many, "--db", db, "--quiet").returncode == 0
    with sqlite3.connect(db) as con:  # everything into the main file, no WAL left beside it
        con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    data = bytearray(db.read_bytes())
    assert len(data) > 16384
    for at in range(len(data) // 4, len(data) - 4096, 4096 * 3):  # every third page past the first quarter
        data[at:at + 4096] = bytes((n * 37 + 11) % 256 for n in range(4096))
    db.write_bytes(bytes(data))
    _one_line(cli(command, "--db", db))


def test_a_store_that_cannot_grow_says_why(tmp_path):
    """A full disk, as SQLite reports it (here a page limit): the cause, not 'cannot rollback'."""
    import claimgraph
    from claimgraph.archive.store import Store, StoreError

    report = claimgraph.extract("Revenue rose 12% to $4.5 billion in 2024, Reuters said.")
    with Store(tmp_path / "s.db") as s:
        pages = s.db.execute("PRAGMA page_count").fetchone()[0]
        s.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="full"):
            for n in range(200):
                s.add(report, f"text {n} " + "x" * 5000)
        assert not s.db.in_transaction


def _older_store(path, monkeypatch, version):
    """A store as claimgraph wrote it at schema `version` (the migrations up to it, nothing after)."""
    import claimgraph
    import claimgraph.archive.store as store_module

    texts = {"a.txt": f"{TARGET} USD 17.5 billion for 2024, Bloomberg reported.",
             "b.txt": f"{TARGET} USD 17 billion for 2024, Reuters reported.",
             "d.txt": "Acme's revenue reached $4 billion in 2023, the company said.",
             "e.txt": "Acme's revenue reached $5 billion in 2023, analysts said."}
    with monkeypatch.context() as m:
        m.setattr(store_module, "SCHEMA_VERSION", version)
        with store_module.Store(path) as s:
            for name, text in texts.items():
                report = claimgraph.extract(text, date="2024-06-10")
                report.document.id = name
                _add_old(s, report, text, version)
    return path


def _add_old(s, report, text, version):
    """Rows as the old schema had them: documents and facts (every old version had both)."""
    from claimgraph.archive.store import _INSERT_FACT, _fact_rows, content_hash

    doc = report.document.id
    s.db.execute("INSERT INTO documents (id, url, title, date, content_hash, report) VALUES (?, ?, ?, ?, ?, ?)",
                 (doc, None, None, report.document.reference_date, content_hash(text), report.model_dump_json()))
    s.db.executemany("INSERT INTO quantities (doc, id, text, kind, unit, low, high) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(doc, x.id, x.text, x.kind, x.unit, str(x.low), str(x.high)) for x in report.quantities])
    if version >= 2:
        s.db.executemany(_INSERT_FACT, _fact_rows(doc, report))


def test_an_older_store_is_read_without_being_changed(tmp_path, monkeypatch):
    """A version 1 store (before the facts table): reconcile reads its Reports, writes nothing."""
    from claimgraph.archive.store import Store

    store = _older_store(tmp_path / "old.db", monkeypatch, 1)
    before = store.read_bytes()
    with Store(store, readonly=True) as s:
        groups = list(s.conflicts())
    assert {g["subject"] for g in groups} == {"TikTok", "Acme"}
    assert store.read_bytes() == before
    with Store(store) as s:  # opened for writing: migrated, the facts filled from the Reports
        assert s.schema_version == 3 and s.count("facts") >= 4
        assert {g["subject"] for g in s.conflicts()} == {"TikTok", "Acme"}


def test_a_version_2_store_is_migrated_to_numbers_and_tables(tmp_path, monkeypatch, cli):
    from claimgraph.archive.store import Store

    store = _older_store(tmp_path / "old.db", monkeypatch, 2)
    refused = cli("query", "--db", store)  # read-only: told how to migrate, in one line
    assert refused.returncode == 2 and "version 2" in refused.stderr and len(refused.stderr.splitlines()) == 1
    with Store(store) as s:
        assert s.schema_version == 3
        rows = s.db.execute("SELECT text, low, typeof(low), low_text FROM quantities WHERE kind = 'money' "
                            "ORDER BY low").fetchall()
        assert [(r[0], r[2]) for r in rows] == [("$4 billion", "real"), ("$5 billion", "real"),
                                                ("USD 17 billion", "real"), ("USD 17.5 billion", "real")]
        assert rows[-1][1] == 17.5e9 and Decimal(rows[-1][3]) == Decimal("17.5E9")
        assert s.count("entities") >= 1 and s.count("relations") >= 0


def test_batch_skips_stored_documents_before_extracting(tmp_path, cli, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(5):
        (docs / f"{n}.txt").write_text(f"Story {n}: revenue rose {n + 1}% to $4.5 billion.")
    db, first, second = tmp_path / "s.db", tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert cli("batch", docs, "--db", db, "--out", first, "--quiet").returncode == 0
    import claimgraph.archive.batch as batch

    seen: list[int] = []
    real = batch.reports_for

    def counting(items, *args, **kwargs):
        items = list(items)
        seen.append(len(items))
        return real(items, *args, **kwargs)

    monkeypatch.setattr(batch, "reports_for", counting)
    (docs / "new.txt").write_text("A new story: profit fell 3% to $1.2 billion.")
    again = cli("batch", docs, "--db", db, "--out", second, "--quiet")
    assert again.returncode == 0 and "1 added, 5 already there" in again.stderr
    assert sum(seen) == 1  # only the new document was extracted
    old = first.read_text().splitlines()
    new = second.read_text().splitlines()
    assert len(new) == 6 and set(old) <= set(new)


def test_reconcile_refuses_a_bad_period_before_any_output(store, cli):
    run = cli("reconcile", "--db", store, "--period", "2024-13", "--format", "json")
    assert "--period" in _one_line(run) and run.stdout == ""
