"""An embedded claim store: SQLite, no server.

One document is written in one transaction, so a crash or a kill never leaves half a document; a document
whose content (SHA-256 of its text) is already stored is skipped, so re-ingesting is idempotent. The schema
version is recorded, and migrations run in order when an older database is opened.

Reading commands (query, reconcile) open the database read-only (Store(path, readonly=True)): the file is
never written, and a file that is not a claimgraph store (a foreign SQLite database, an empty file, random
bytes) is refused with a StoreError. Each claim that states a fact other sources may state too is also a
row of `facts`, keyed by (subject, metric, scope, period, role, kind, unit, per): reconcile reads the facts
sorted by that key, one group at a time, so its cost grows with the facts, not with their pairs.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any

from claimgraph.checks.across import conflict_group, facts
from claimgraph.models import Claim, Quantity, Report

SCHEMA_VERSION = 3
TABLES = ("documents", "quantities", "periods", "claims", "checks")
GRAPH_TABLES = ("entities", "relations", "check_operands")
FACT_COLUMNS = ("doc", "claim", "quantity", "gkey", "subject_key", "subject", "metric", "scope", "when_from",
                "when_to", "role", "kind", "unit", "per", "low", "high", "text", "comparator", "hedge", "source")

# Each migration takes the database from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, url TEXT, title TEXT, date TEXT, content_hash TEXT NOT NULL UNIQUE,
        report TEXT NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE quantities (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL, text TEXT, kind TEXT,
        unit TEXT, low TEXT, high TEXT, comparator TEXT, per TEXT, change TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (doc, id)
    );
    CREATE TABLE periods (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL, text TEXT,
        from_date TEXT, to_date TEXT, grain TEXT, PRIMARY KEY (doc, id)
    );
    CREATE TABLE claims (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL, quantity TEXT,
        subject TEXT, metric TEXT, scope TEXT, when_from TEXT, when_to TEXT, role TEXT, source TEXT,
        kind TEXT, unit TEXT, low TEXT, high TEXT, text TEXT, PRIMARY KEY (doc, id)
    );
    CREATE TABLE checks (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL, type TEXT,
        verdict TEXT, explanation TEXT, PRIMARY KEY (doc, id)
    );
    CREATE INDEX claims_subject_metric ON claims (subject COLLATE NOCASE, metric);
    CREATE INDEX claims_when ON claims (when_from, when_to);
    CREATE INDEX checks_verdict ON checks (verdict);
    """,
    """
    CREATE TABLE facts (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, claim TEXT NOT NULL, quantity TEXT,
        gkey TEXT NOT NULL, subject_key TEXT, subject TEXT, metric TEXT, scope TEXT, when_from TEXT, when_to TEXT,
        role TEXT, kind TEXT, unit TEXT, per TEXT, low TEXT, high TEXT, text TEXT, comparator TEXT, hedge TEXT,
        source TEXT, PRIMARY KEY (doc, claim)
    );
    CREATE INDEX facts_key ON facts (gkey, low, high);
    CREATE INDEX facts_subject_metric ON facts (subject_key, metric);
    CREATE INDEX facts_when ON facts (when_from, when_to);
    """,
    # 3: values as numbers (REAL) beside their exact text; entities, relations and check operands as tables;
    # views that join claims with their figures, periods and documents
    """
    ALTER TABLE quantities RENAME COLUMN low TO low_text;
    ALTER TABLE quantities RENAME COLUMN high TO high_text;
    ALTER TABLE quantities ADD COLUMN low REAL;
    ALTER TABLE quantities ADD COLUMN high REAL;
    ALTER TABLE quantities ADD COLUMN hedge TEXT;
    ALTER TABLE claims RENAME COLUMN low TO low_text;
    ALTER TABLE claims RENAME COLUMN high TO high_text;
    ALTER TABLE claims ADD COLUMN low REAL;
    ALTER TABLE claims ADD COLUMN high REAL;
    ALTER TABLE claims ADD COLUMN period TEXT;
    ALTER TABLE checks ADD COLUMN stated TEXT;
    ALTER TABLE checks ADD COLUMN severity REAL;
    UPDATE quantities SET low = CAST(low_text AS REAL), high = CAST(high_text AS REAL);
    UPDATE claims SET low = CAST(low_text AS REAL), high = CAST(high_text AS REAL);
    CREATE TABLE entities (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL, name TEXT, kind TEXT,
        mentions INTEGER, PRIMARY KEY (doc, id)
    );
    CREATE TABLE relations (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, type TEXT NOT NULL, head TEXT NOT NULL,
        tail TEXT NOT NULL, PRIMARY KEY (doc, type, head, tail)
    );
    CREATE TABLE check_operands (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "check" TEXT NOT NULL,
        position INTEGER NOT NULL, quantity TEXT NOT NULL, PRIMARY KEY (doc, "check", position)
    );
    CREATE INDEX claims_low ON claims (kind, unit, low);
    CREATE VIEW claim_values AS
        SELECT c.doc, d.title, d.url, d.date AS document_date, c.id AS claim, c.subject, c.metric, c.scope,
               c.role, c.source, c.quantity, q.text, c.kind, c.unit, c.low, c.high, c.low_text, c.high_text,
               q.comparator, q.hedge, q.per, q.change, c.period, p.text AS period_text, c.when_from, c.when_to
        FROM claims c JOIN documents d ON d.id = c.doc
        LEFT JOIN quantities q ON q.doc = c.doc AND q.id = c.quantity
        LEFT JOIN periods p ON p.doc = c.doc AND p.id = c.period;
    CREATE VIEW check_values AS
        SELECT k.doc, k.id AS "check", k.type, k.verdict, k.severity, k.stated, o.position, o.quantity AS operand,
               q.text, q.kind, q.unit, q.low, q.high, k.explanation
        FROM checks k LEFT JOIN check_operands o ON o.doc = k.doc AND o."check" = k.id
        LEFT JOIN quantities q ON q.doc = k.doc AND q.id = o.quantity
    """,
]
# a migration that needs Python after its SQL: filling the new tables from the Reports already stored
BACKFILL = {1: "_backfill_facts", 2: "_backfill_graph"}


class StoreError(RuntimeError):
    """The database cannot be used: newer than this claimgraph, not a claimgraph store, damaged, or full."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            self.db = _open_readonly(self.path)
            self.version = _check_store(self.db, self.path)
            return
        # a long busy timeout: two batch runs may write to one database at the same time
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        # switching to WAL (once per database) and the schema check can meet another writer starting at the
        # same moment, which SQLite reports as busy at once rather than after its timeout: try again
        deadline = time.monotonic() + 60
        while True:
            try:
                self._migrate()  # first: a database that is not a store is refused before anything changes
                self.db.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err) or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: {err}") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as err:
                self.db.close()
                raise StoreError(f"{self.path}: not a claimgraph store ({err})") from None
        self.version = SCHEMA_VERSION

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------------------------- schema
    def _migrate(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {version} is newer than this claimgraph "
                                 f"({SCHEMA_VERSION})")
            if version == 0 and self.db.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                                "AND name != 'meta'").fetchone()[0]:
                raise StoreError(f"{self.path}: not a claimgraph store (it holds other tables)")
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):  # one by one: executescript would commit early
                    if statement.strip():
                        self.db.execute(statement)
                if step in BACKFILL:
                    getattr(self, BACKFILL[step])()
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except (sqlite3.OperationalError, StoreError):
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        except sqlite3.DatabaseError as err:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: not a claimgraph store ({err})") from None

    def _backfill_facts(self) -> None:
        """Version 1 -> 2: the facts of the documents already stored, from their Reports."""
        rows = self.db.execute("SELECT id, report FROM documents").fetchall()
        for doc, data in rows:
            self.db.executemany(_INSERT_FACT, _fact_rows(doc, Report.model_validate_json(data)))

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # ---------------------------------------------------------------------------------- writing
    def add(self, report: Report, text: str, url: str | None = None, title: str | None = None) -> bool:
        """Store one document with everything found in it, in one transaction. False if its content is
        already stored."""
        digest = content_hash(text)
        doc = report.document.id or digest[:16]
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.db.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone():
                self.db.execute("ROLLBACK")
                return False
            if self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc,)).fetchone():
                doc = f"{doc}#{digest[:12]}"  # the same name, new content: keep both
            self._insert(doc, digest, report, url, title)
            self.db.execute("COMMIT")
            return True
        except BaseException as err:
            # SQLite may have rolled back already (a full disk does): say what went wrong, not that
            # there was no transaction to roll back
            if self.db.in_transaction:
                try:
                    self.db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(err, sqlite3.Error):
                raise StoreError(f"{self.path}: {err}") from None
            raise

    def stored(self, digests: Iterable[str]) -> set[str]:
        """The content hashes among digests whose document is already stored."""
        found: set[str] = set()
        todo = list(digests)
        for i in range(0, len(todo), 500):
            part = todo[i:i + 500]
            marks = ",".join("?" * len(part))
            found.update(h for (h,) in self.db.execute(
                f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})", part))
        return found

    def report_by_hash(self, digest: str) -> Report | None:
        row = self.db.execute("SELECT report FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        return Report.model_validate_json(row[0]) if row else None

    def _insert(self, doc: str, digest: str, report: Report, url: str | None, title: str | None) -> None:
        """The rows of one document, inside the transaction add() opened."""
        self.db.execute("INSERT INTO documents (id, url, title, date, content_hash, report) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (doc, url, title, report.document.reference_date, digest, report.model_dump_json()))
        self.db.executemany(
            f"INSERT INTO quantities ({', '.join(QUANTITY_COLUMNS)}) VALUES ({', '.join('?' * len(QUANTITY_COLUMNS))})",
            [(doc, x.id, x.text, x.kind, x.unit, _s(x.low), _s(x.high), _f(x.low), _f(x.high), x.comparator, x.hedge,
              x.per, x.change, x.start, x.end) for x in report.quantities])
        self.db.executemany("INSERT INTO periods VALUES (?, ?, ?, ?, ?, ?)",
                            [(doc, p.id, p.text, p.from_date, p.to_date, p.grain) for p in report.periods])
        q = {x.id: x for x in report.quantities}
        self.db.executemany(
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [_claim_row(doc, c, q) for c in report.claims])
        self.db.executemany(_INSERT_FACT, _fact_rows(doc, report))
        self._insert_graph(doc, report, checks=True)

    def _insert_graph(self, doc: str, report: Report, checks: bool) -> None:
        """Entities, relations, checks (unless already there) and the checks' operands of one document."""
        self.db.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?)",
                            [(doc, e.id, e.name, e.kind, len(e.mentions)) for e in report.entities])
        self.db.executemany("INSERT OR IGNORE INTO relations VALUES (?, ?, ?, ?)",
                            [(doc, r.type, r.head, r.tail) for r in report.relations])
        if checks:
            self.db.executemany('INSERT INTO checks (doc, id, type, verdict, explanation, stated, severity) '
                                'VALUES (?, ?, ?, ?, ?, ?, ?)',
                                [(doc, k.id, k.type, k.verdict, k.explanation, k.stated, _f(k.severity))
                                 for k in report.checks])
        self.db.executemany('INSERT OR IGNORE INTO check_operands VALUES (?, ?, ?, ?)',
                            [(doc, k.id, i, o) for k in report.checks for i, o in enumerate(k.operands, start=1)])

    def _backfill_graph(self) -> None:
        """Version 2 -> 3: claims' period ids, check details, entities, relations and operands, from the
        Reports already stored (the numeric columns were filled by the migration's SQL)."""
        for doc, data in self.db.execute("SELECT id, report FROM documents").fetchall():
            report = Report.model_validate_json(data)
            self.db.executemany("UPDATE claims SET period = ? WHERE doc = ? AND id = ?",
                                [(c.period, doc, c.id) for c in report.claims])
            self.db.executemany("UPDATE checks SET stated = ?, severity = ? WHERE doc = ? AND id = ?",
                                [(k.stated, _f(k.severity), doc, k.id) for k in report.checks])
            self._insert_graph(doc, report, checks=False)

    # ---------------------------------------------------------------------------------- reading
    def count(self, table: str) -> int:
        if table not in (*TABLES, *GRAPH_TABLES, "facts"):
            raise ValueError(table)
        return self._read(f"SELECT count(*) FROM {table}")[0][0]

    def _read(self, sql: str, args: Iterable[Any] = ()) -> list[Any]:
        """All rows of a query; a damaged database is a StoreError, not a traceback."""
        try:
            return self.db.execute(sql, list(args)).fetchall()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: {err}") from None

    def _stream(self, sql: str, args: Iterable[Any] = ()) -> Iterator[Any]:
        try:
            yield from self.db.execute(sql, list(args))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: {err}") from None

    def query(self, subject: str | None = None, metric: str | None = None, scope: str | None = None,
              period: str | None = None, role: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Claims matching every given field (at most `limit`); `period` (see period_bounds) matches claims
        whose period overlaps it."""
        if self.version < 3:  # before the numeric columns: opening it once for writing (batch --db) migrates it
            raise StoreError(f"{self.path}: a version {self.version} store; run `claimgraph batch --db {self.path}` "
                             "(any input) once to bring it to version 3")
        where: list[str] = ["c.quantity IS NOT NULL OR c.low IS NOT NULL"]
        args: list[Any] = []
        for column, value in (("subject", subject), ("metric", metric), ("scope", scope), ("role", role)):
            if value is not None:
                where.append(f"c.{column} = ? COLLATE NOCASE")
                args.append(value)
        if period is not None:
            start, end = period_bounds(period)
            where.append("c.when_from <= ? AND c.when_to >= ?")
            args += [end, start]
        sql = ("SELECT c.doc, c.id, c.text, c.subject, c.metric, c.scope, c.when_from, c.when_to, c.role, c.source, "
               "c.kind, c.unit, c.low_text, c.high_text, c.low, c.high, d.url, d.title, d.date "
               "FROM claims c JOIN documents d ON d.id = c.doc "
               f"WHERE ({') AND ('.join(where)}) ORDER BY d.date, c.doc, c.id")
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        cols = ["document", "claim", "text", "subject", "metric", "scope", "from", "to", "role", "source", "kind",
                "unit", "low", "high", "low_value", "high_value", "url", "title", "date"]
        return [dict(zip(cols, row, strict=False)) for row in self._read(sql, args)]

    def schema_sql(self) -> str:
        """The store's tables, views and indexes as the SQL that made them (SQLite keeps it)."""
        rows = self._read("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY type DESC, name")
        return "".join(f"{sql};\n" for (sql,) in rows)

    def reports(self) -> Iterator[Report]:
        for (data,) in self._stream("SELECT report FROM documents ORDER BY id"):
            yield Report.model_validate_json(data)

    # ---------------------------------------------------------------------------------- reconcile
    def conflicts(self, subject: str | None = None, metric: str | None = None, period: str | None = None,
                  limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Conflicting facts, one group at a time: a fact (subject, metric, scope, period, role) and its
        values that disagree, each with the documents and sources stating it. Only keys stated by two
        documents or more with two values or more are read back (SQLite groups them, on an index)."""
        where, args = _fact_filter(subject, metric, period)  # a bad period is refused here, before any output
        return self._conflicts(where, args, limit)

    def _conflicts(self, where: str, args: list[Any], limit: int | None) -> Iterator[dict[str, Any]]:
        if self.version < 2:  # an older store opened read-only: its facts, from its Reports, in a temp table
            self._temp_facts()
        sql = (f"WITH g AS (SELECT gkey FROM facts {where} GROUP BY gkey HAVING count(DISTINCT doc) > 1 AND "
               "(min(low) != max(low) OR min(high) != max(high) OR min(text) != max(text) OR "
               "count(DISTINCT coalesce(comparator, '') || '|' || coalesce(hedge, '')) > 1)) "
               "SELECT f.*, d.title, d.url, d.date FROM facts f JOIN g ON g.gkey = f.gkey "
               "JOIN documents d ON d.id = f.doc ORDER BY f.gkey, f.low, f.high, f.text, f.doc, f.claim")
        found = 0
        for rows in _by_key(self._stream(sql, args)):
            group = _conflict(rows, found + 1)
            if group is not None:
                found += 1
                yield group
                if limit is not None and found >= limit:
                    return

    def _temp_facts(self) -> None:
        self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS facts ({', '.join(FACT_COLUMNS)})")
        for report, doc in ((Report.model_validate_json(d), i) for i, d in
                            self._stream("SELECT id, report FROM documents")):
            self.db.executemany(_INSERT_FACT, _fact_rows(doc, report))
        self.version = SCHEMA_VERSION


_INSERT_FACT = f"INSERT OR IGNORE INTO facts ({', '.join(FACT_COLUMNS)}) VALUES ({', '.join('?' * len(FACT_COLUMNS))})"


def _fact_rows(doc: str, report: Report) -> list[tuple[Any, ...]]:
    out = []
    for key, c, x in facts(report):
        gkey = json.dumps(list(key), ensure_ascii=False)
        when_from, when_to = key[3] if key[3] else (None, None)
        out.append((doc, c.id, x.id, gkey, key[0], c.subject, c.metric, c.scope, when_from, when_to, c.role,
                    x.kind, x.unit, x.per, _s(x.low), _s(x.high), x.text, x.comparator, x.hedge, c.source))
    return out


def _fact_filter(subject: str | None, metric: str | None, period: str | None) -> tuple[str, list[Any]]:
    where, args = [], []
    if subject is not None:
        where.append("subject_key = ?")
        args.append(subject.lower())
    if metric is not None:
        where.append("metric = ? COLLATE NOCASE")
        args.append(metric)
    if period is not None:
        start, end = period_bounds(period)
        where.append("when_from <= ? AND when_to >= ?")
        args += [end, start]
    return ("WHERE " + " AND ".join(where)) if where else "", args


def _by_key(rows: Iterator[Any]) -> Iterator[list[dict[str, Any]]]:
    """Consecutive rows with one gkey, as dicts."""
    cols = [*FACT_COLUMNS, "title", "url", "date"]
    group: list[dict[str, Any]] = []
    for row in rows:
        r = dict(zip(cols, row, strict=False))
        if group and r["gkey"] != group[0]["gkey"]:
            yield group
            group = []
        group.append(r)
    if group:
        yield group


def _conflict(rows: list[dict[str, Any]], n: int) -> dict[str, Any] | None:
    """The conflict of one fact's rows: its distinct values that disagree, each with its sources."""
    values: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        sig = (r["low"], r["high"], r["text"], r["comparator"], r["hedge"])
        v = values.setdefault(sig, {"text": r["text"], "low": r["low"], "high": r["high"],
                                    "comparator": r["comparator"], "hedge": r["hedge"], "documents": set(),
                                    "sources": []})
        v["documents"].add(r["doc"])
        v["sources"].append({"document": r["doc"], "claim": r["claim"], "quantity": r["quantity"],
                             "source": r["source"], "title": r["title"], "url": r["url"], "date": r["date"]})
    judged = conflict_group(list(values.values()))
    if judged is None:
        return None
    bad, severity = judged
    first = rows[0]
    when = [first["when_from"], first["when_to"]] if first["when_from"] or first["when_to"] else None
    out_values = [{k: v[k] for k in ("text", "low", "high", "sources")} for v in bad]
    what = " ".join(x for x in (first["subject"], first["metric"], first["scope"]) if x)
    period = f" for {when[0]}..{when[1]}" if when else ""
    said = "; ".join(f"{v['text']} in " + ", ".join(
        s["document"] + (f" (per {s['source']})" if s["source"] else "") for s in v["sources"]) for v in out_values)
    return {"id": f"x{n}", "subject": first["subject"], "metric": first["metric"], "scope": first["scope"],
            "when": when, "role": first["role"], "values": out_values, "severity": severity,
            "explanation": f"{what} {first['role']}{period}: {said}: they do not agree"}


def _s(v: object) -> str | None:
    return None if v is None else str(v)


QUANTITY_COLUMNS = ("doc", "id", "text", "kind", "unit", "low_text", "high_text", "low", "high", "comparator",
                    "hedge", "per", "change", "start", '"end"')
CLAIM_COLUMNS = ("doc", "id", "quantity", "subject", "metric", "scope", "when_from", "when_to", "role", "source",
                 "period", "kind", "unit", "low_text", "high_text", "low", "high", "text")


def _f(v: object) -> float | None:
    """An exact value as the REAL beside it (for sorting and sums; the exact text is kept too)."""
    return None if v is None else float(str(v))


def _claim_row(doc: str, c: Claim, q: dict[str, Quantity]) -> tuple[object, ...]:
    """A claims row: the claim's fields, and the value it states (its figure's, else the derived one's)."""
    when_from, when_to = c.when if c.when else (None, None)
    head = (doc, c.id, c.quantity, c.subject, c.metric, c.scope, when_from, when_to, c.role, c.source, c.period)
    x = q.get(c.quantity) if c.quantity else None
    if x is not None:
        return (*head, x.kind, x.unit, _s(x.low), _s(x.high), _f(x.low), _f(x.high), x.text)
    d = c.derived
    if d is not None:
        return (*head, d.kind, d.unit, _s(d.low), _s(d.high), _f(d.low), _f(d.high), f"= {d.low}–{d.high}")
    return (*head, None, None, None, None, None, None, None)


_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d{1,2})(?:-(\d{1,2}))?|[Qq]([1-4])|[Hh]([12])))?")


class PeriodError(ValueError):
    pass


def period_bounds(period: str) -> tuple[str, str]:
    """(first day, last day) as ISO dates of a year (2024), a half (2024-H2), a quarter (2024-Q2), a month
    (2024-05 or 2024-5) or a day (2024-05-01); PeriodError for anything else (2024-13, abc)."""
    m = _PERIOD.fullmatch(period.strip())
    if not m:
        raise PeriodError(f"--period {period!r}: expected a year (2024), a half (2024-H2), a quarter (2024-Q2), "
                          "a month (2024-05) or a date (2024-05-31)")
    year, month, day, quarter, half = m.groups()
    y = int(year)
    try:
        if day:
            d = Date(y, int(month), int(day))
            return d.isoformat(), d.isoformat()
        if month or quarter or half:
            first, months = (int(month), 1) if month else ((int(quarter) - 1) * 3 + 1, 3) if quarter else \
                ((int(half) - 1) * 6 + 1, 6)
            last = first + months - 1
            return (Date(y, first, 1).isoformat(), Date(y, last, calendar.monthrange(y, last)[1]).isoformat())
        return Date(y, 1, 1).isoformat(), Date(y, 12, 31).isoformat()
    except ValueError as err:
        raise PeriodError(f"--period {period!r}: {err}") from None


def _open_readonly(path: str) -> sqlite3.Connection:
    """The database at path, read-only: a file that is not there, not a regular file or empty is refused
    before SQLite sees it (SQLite would take an empty file for an empty database)."""
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{path}: no such database")
    if not p.is_file():
        raise StoreError(f"{path}: not a regular file")
    if p.stat().st_size == 0:
        raise StoreError(f"{path}: an empty file, not a claimgraph store")
    try:
        return sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: {err}") from None


def _check_store(db: sqlite3.Connection, path: str) -> int:
    """The schema version of a claimgraph store; StoreError for anything else (closing the connection)."""
    try:
        names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() if "meta" in names else None
        version = int(row[0]) if row and str(row[0]).isdigit() else 0
    except sqlite3.DatabaseError as err:
        db.close()
        raise StoreError(f"{path}: not a claimgraph store ({err})") from None
    if not version or not set(TABLES) <= names:
        db.close()
        raise StoreError(f"{path}: not a claimgraph store")
    if version > SCHEMA_VERSION:
        db.close()
        raise StoreError(f"{path}: schema version {version} is newer than this claimgraph ({SCHEMA_VERSION})")
    return version


def write_conflict_groups(groups: Iterable[dict[str, Any]], fmt: str, out: Any) -> int:
    """Write conflicts as they come (a JSON array, or text: one fact, then each value with its sources);
    returns how many."""
    n = 0
    if fmt == "json":
        out.write("[")
        for n, g in enumerate(groups, start=1):
            out.write(("," if n > 1 else "") + "\n" + json.dumps(g, ensure_ascii=False, indent=2))
            out.flush()
        out.write("\n]\n" if n else "]\n")
        return n
    for g in groups:
        n += 1
        what = " ".join(x for x in (g["subject"], g["metric"], g["scope"]) if x)
        period = f" for {g['when'][0]}..{g['when'][1]}" if g["when"] else ""
        lines = [f"{g['id']} {what} {g['role']}{period} (severity {g['severity']})"]
        for v in g["values"]:
            said = ", ".join(s["document"] + (f" (per {s['source']})" if s["source"] else "") for s in v["sources"])
            lines.append(f"  {v['text']}: {said}")
        out.write("\n".join(lines) + "\n")
        out.flush()
    out.write(f"{n} conflicts\n")
    return n
