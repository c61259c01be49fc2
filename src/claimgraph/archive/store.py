"""An embedded claim store: SQLite, no server.

One document is written in one transaction, so a crash or a kill never leaves half a document; a document
whose content (SHA-256 of its text) is already stored is skipped, so re-ingesting is idempotent. The schema
version is recorded, and migrations run in order when an older database is opened.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimgraph.models import Claim, Quantity, Report

SCHEMA_VERSION = 1

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
]


class StoreError(RuntimeError):
    """The database cannot be used: newer than this claimgraph, or not a claimgraph store."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        # a long busy timeout: two batch runs may write to one database at the same time
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        # switching to WAL (once per database) and the schema check can meet another writer starting at the
        # same moment, which SQLite reports as busy at once rather than after its timeout: try again
        deadline = time.monotonic() + 60
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                self._migrate()
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

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
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):  # one by one: executescript would commit early
                    if statement.strip():
                        self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except sqlite3.OperationalError:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        except sqlite3.DatabaseError as err:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: not a claimgraph store ({err})") from None

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
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert(self, doc: str, digest: str, report: Report, url: str | None, title: str | None) -> None:
        """The rows of one document, inside the transaction add() opened."""
        self.db.execute("INSERT INTO documents (id, url, title, date, content_hash, report) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (doc, url, title, report.document.reference_date, digest, report.model_dump_json()))
        self.db.executemany(
            'INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [(doc, x.id, x.text, x.kind, x.unit, _s(x.low), _s(x.high), x.comparator, x.per, x.change, x.start,
              x.end) for x in report.quantities])
        self.db.executemany("INSERT INTO periods VALUES (?, ?, ?, ?, ?, ?)",
                            [(doc, p.id, p.text, p.from_date, p.to_date, p.grain) for p in report.periods])
        q = {x.id: x for x in report.quantities}
        self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [_claim_row(doc, c, q) for c in report.claims])
        self.db.executemany("INSERT INTO checks VALUES (?, ?, ?, ?, ?)",
                            [(doc, k.id, k.type, k.verdict, k.explanation) for k in report.checks])

    # ---------------------------------------------------------------------------------- reading
    def count(self, table: str) -> int:
        if table not in ("documents", "quantities", "periods", "claims", "checks"):
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def query(self, subject: str | None = None, metric: str | None = None, scope: str | None = None,
              period: str | None = None, role: str | None = None) -> list[dict[str, Any]]:
        """Claims matching every given field; `period` is a year ('2024'), a month ('2024-05') or a date, and
        matches claims whose period overlaps it."""
        where, args = ["c.quantity IS NOT NULL OR c.low IS NOT NULL"], []
        for column, value in (("subject", subject), ("metric", metric), ("scope", scope), ("role", role)):
            if value is not None:
                where.append(f"c.{column} = ? COLLATE NOCASE")
                args.append(value)
        if period is not None:
            start, end = _period_bounds(period)
            where.append("c.when_from <= ? AND c.when_to >= ?")
            args += [end, start]
        sql = ("SELECT c.doc, c.id, c.text, c.subject, c.metric, c.scope, c.when_from, c.when_to, c.role, c.source, "
               "c.kind, c.unit, c.low, c.high, d.url, d.title, d.date FROM claims c JOIN documents d ON d.id = c.doc "
               f"WHERE ({') AND ('.join(where)}) ORDER BY d.date, c.doc, c.id")
        cols = ["document", "claim", "text", "subject", "metric", "scope", "from", "to", "role", "source", "kind",
                "unit", "low", "high", "url", "title", "date"]
        return [dict(zip(cols, row, strict=False)) for row in self.db.execute(sql, args)]

    def reports(self) -> Iterator[Report]:
        for (data,) in self.db.execute("SELECT report FROM documents ORDER BY id"):
            yield Report.model_validate_json(data)


def _s(v: object) -> str | None:
    return None if v is None else str(v)


def _claim_row(doc: str, c: Claim, q: dict[str, Quantity]) -> tuple[object, ...]:
    """A claims row: the claim's fields, and the value it states (its figure's, else the derived one's)."""
    when_from, when_to = c.when if c.when else (None, None)
    head = (doc, c.id, c.quantity, c.subject, c.metric, c.scope, when_from, when_to, c.role, c.source)
    x = q.get(c.quantity) if c.quantity else None
    if x is not None:
        return (*head, x.kind, x.unit, _s(x.low), _s(x.high), x.text)
    d = c.derived
    if d is not None:
        return (*head, d.kind, d.unit, _s(d.low), _s(d.high), f"= {d.low}–{d.high}")
    return (*head, None, None, None, None, None)


def _period_bounds(period: str) -> tuple[str, str]:
    import calendar

    parts = period.split("-")
    if len(parts) == 1:
        return f"{period}-01-01", f"{period}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{period}-01", f"{period}-{calendar.monthrange(y, m)[1]:02d}"
    return period, period
