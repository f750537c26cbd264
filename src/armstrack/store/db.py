"""The ledger: one SQLite file (WAL, foreign keys on, one writer), schema versioned with migrations.

The schema version lives in ``PRAGMA user_version``; :data:`MIGRATIONS` upgrades any older file in
place, each step in its own transaction, so a database made by an older armstrack opens without loss.
The tables are documented in ``docs/schema.md`` and stay readable by the ``sqlite3`` shell.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from armstrack.model import Extraction

DEFAULT_DB = "armstrack.db"

MIGRATIONS: list[str] = [
    # 1: documents, reports, items, evidence
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, path TEXT, url TEXT, kind TEXT, title TEXT, published TEXT,
        language TEXT, outlet TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seller TEXT, buyer TEXT, stage TEXT, date TEXT, value_amount REAL, value_currency TEXT,
        value_usd REAL, contractor TEXT, method TEXT, data TEXT NOT NULL);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        system TEXT NOT NULL, catalog_id TEXT, category TEXT, quantity INTEGER, mention TEXT,
        ev_start INTEGER, ev_end INTEGER);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX reports_buyer ON reports(buyer);
    CREATE INDEX items_report ON items(report_id);
    """,
    # 2: transmittal numbers, claims, resolved deals
    """
    ALTER TABLE reports ADD COLUMN transmittal TEXT;
    CREATE INDEX reports_transmittal ON reports(transmittal);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        subject TEXT, attribute TEXT, stated TEXT, verdict TEXT, reference TEXT, source TEXT,
        ev_start INTEGER, ev_end INTEGER, ev_text TEXT);
    CREATE TABLE deals (
        id TEXT PRIMARY KEY, seller TEXT, buyer TEXT, stage TEXT, date TEXT, value_amount REAL,
        value_currency TEXT, value_usd REAL, systems TEXT, contractor TEXT, transmittal TEXT,
        n_reports INTEGER, data TEXT NOT NULL);
    CREATE TABLE deal_reports (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        PRIMARY KEY (deal_id, report_id));
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path(explicit: str | None = None) -> str:
    """``--db`` beats ``ARMSTRACK_DB`` beats ``./armstrack.db``."""
    return explicit or os.environ.get("ARMSTRACK_DB") or DEFAULT_DB


class LedgerError(Exception):
    pass


class Ledger:
    """The SQLite ledger.  Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly and not Path(self.path).exists():
            raise LedgerError(f"{self.path}: no such database (run `armstrack ingest` or `armstrack demo` first)")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise LedgerError(f"{self.path}: cannot open database ({exc})") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise LedgerError(f"{self.path}: not an armstrack database ({exc})") from exc

    # -- lifecycle
    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: one writer at a time); rolled back on error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise LedgerError(f"{self.path}: made by a newer armstrack (schema {current} > {SCHEMA_VERSION})")
        for step in range(current, target):
            with self.transaction() as c:
                for stmt in MIGRATIONS[step].split(";"):
                    if stmt.strip():
                        c.execute(stmt)
                c.execute(f"PRAGMA user_version = {step + 1}")

    # -- writes
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def store(self, ex: Extraction) -> bool:
        """Store a document with its reports, items, evidence and claims; False if it was already there."""
        doc = ex.document
        with self.transaction() as c:
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                return False
            c.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                      (doc.id, doc.path, doc.url, doc.kind, doc.title, doc.published, doc.language,
                       doc.outlet, doc.text, datetime.now(UTC).isoformat(timespec="seconds")))
            for report in ex.deals:
                d = report.to_dict()
                cur = c.execute(
                    "INSERT INTO reports (document_id, seller, buyer, stage, date, value_amount, value_currency,"
                    " value_usd, contractor, method, data, transmittal) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc.id, d["seller"], d["buyer"], d["stage"], d["date"],
                     report.value.amount if report.value else None,
                     report.value.currency if report.value else None, report.value_usd, d["contractor"],
                     report.method, json.dumps(d), report.transmittal))
                rid = cur.lastrowid
                for item in report.items:
                    c.execute("INSERT INTO items (report_id, system, catalog_id, category, quantity, mention,"
                              " ev_start, ev_end) VALUES (?,?,?,?,?,?,?,?)",
                              (rid, item.system, item.catalog_id, item.category, item.quantity, item.mention,
                               item.evidence.start, item.evidence.end))
                for fld, ev in _evidence_of(d):
                    c.execute('INSERT INTO evidence (report_id, field, start, "end", text) VALUES (?,?,?,?,?)',
                              (rid, fld, ev["start"], ev["end"], ev["text"]))
            for claim in ex.claims:
                c.execute("INSERT INTO claims (document_id, subject, attribute, stated, verdict, reference, source,"
                          " ev_start, ev_end, ev_text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                          (doc.id, claim.subject, claim.attribute, claim.stated, claim.verdict, claim.reference,
                           claim.source, claim.evidence.start, claim.evidence.end, claim.evidence.text))
        return True

    def replace_deals(self, deals: list[dict[str, Any]]) -> None:
        """Write the resolved deals (the whole table, deterministic ids) in one transaction."""
        with self.transaction() as c:
            c.execute("DELETE FROM deal_reports")
            c.execute("DELETE FROM deals")
            for d in deals:
                c.execute("INSERT INTO deals (id, seller, buyer, stage, date, value_amount, value_currency, value_usd,"
                          " systems, contractor, transmittal, n_reports, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          (d["id"], d["seller"], d["buyer"], d["stage"], d["date"], d["value_amount"],
                           d["value_currency"], d["value_usd"], "; ".join(d["systems"]), d["contractor"],
                           d["transmittal"], len(d["report_ids"]), json.dumps(d)))
                c.executemany("INSERT INTO deal_reports VALUES (?, ?)", [(d["id"], r) for r in d["report_ids"]])

    RECORD_SOURCE = "official record:%"

    def replace_record_claims(self, claims: list[dict[str, Any]]) -> None:
        """Replace the claims checked against the official record (they follow the deals)."""
        with self.transaction() as c:
            c.execute("DELETE FROM claims WHERE source LIKE ?", (self.RECORD_SOURCE,))
            c.executemany("INSERT INTO claims (document_id, subject, attribute, stated, verdict, reference, source,"
                          " ev_start, ev_end, ev_text) VALUES (:document_id, :subject, :attribute, :stated, :verdict,"
                          " :reference, :source, :ev_start, :ev_end, :ev_text)", claims)

    # -- reads
    def reports(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT r.id, r.document_id, r.data, d.kind, d.published, d.path, d.title FROM reports r"
            " JOIN documents d ON d.id = r.document_id ORDER BY r.id").fetchall()
        out = []
        for row in rows:
            data = json.loads(row["data"])
            data.update(report_id=row["id"], document_id=row["document_id"], doc_kind=row["kind"],
                        doc_published=row["published"], doc_path=row["path"], doc_title=row["title"])
            out.append(data)
        return out

    def deals(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.conn.execute("SELECT data FROM deals ORDER BY id")]

    def deal(self, deal_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM deals WHERE id = ? OR id LIKE ?",
                                (deal_id, deal_id + "%")).fetchone()
        return json.loads(row["data"]) if row else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ? OR id LIKE ?",
                                (doc_id, doc_id + "%")).fetchone()
        return dict(row) if row else None

    def claims(self, document_id: str | None = None) -> list[dict[str, Any]]:
        q = "SELECT * FROM claims" + (" WHERE document_id = ?" if document_id else "") + " ORDER BY id"
        return [dict(r) for r in self.conn.execute(q, (document_id,) if document_id else ())]

    def counts(self) -> dict[str, int]:
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("documents", "reports", "items", "evidence", "claims", "deals")}


def _evidence_of(d: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for fld in ("seller_evidence", "buyer_evidence", "stage_evidence", "date_evidence", "transmittal_evidence"):
        if d.get(fld):
            yield fld.removesuffix("_evidence"), d[fld]
    if d.get("value"):
        yield "value", d["value"]["evidence"]
    for c in d.get("contractors") or []:
        yield "contractor", c["evidence"]
    for e in d.get("evidence") or []:
        yield "sentence", e
