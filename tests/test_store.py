"""The SQLite ledger: migrations from an older schema, idempotent storage, atomic writes."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import OFFICIAL

from armstrack.extract import extract_document
from armstrack.ingest.loaders import load_path
from armstrack.store.db import MIGRATIONS, SCHEMA_VERSION, Ledger, LedgerError


def _make_v1(path: Path) -> None:
    """A database as armstrack schema 1 wrote it, with one document, report and item."""
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO documents VALUES ('abc', 'old.txt', NULL, 'news', 'Old', '2020-01-01', 'en', NULL,"
                 " 'Old text about a sale.', '2020-01-02T00:00:00')")
    conn.execute("INSERT INTO reports (id, document_id, seller, buyer, stage, date, value_amount, value_currency,"
                 " value_usd, contractor, method, data) VALUES (1, 'abc', 'USA', 'CAN', 'approved', '2020-01-01',"
                 " 5e8, 'USD', 5e8, NULL, 'news', '{\"seller\": \"USA\", \"buyer\": \"CAN\", \"items\": []}')")
    conn.execute("INSERT INTO items (report_id, system, quantity) VALUES (1, 'M777', 12)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_old_schema_upgrades_without_loss(tmp_db: Path) -> None:
    _make_v1(tmp_db)
    with Ledger(tmp_db) as ledger:
        assert ledger.version == SCHEMA_VERSION
        row = ledger.conn.execute("SELECT buyer, value_usd, transmittal FROM reports WHERE id = 1").fetchone()
        assert (row["buyer"], row["value_usd"], row["transmittal"]) == ("CAN", 5e8, None)
        assert ledger.conn.execute("SELECT system, quantity FROM items").fetchone()[:] == ("M777", 12)
        assert ledger.counts()["claims"] == 0  # the table added by migration 2 exists
        # and the upgraded file takes new documents
        assert ledger.store(extract_document(load_path(str(OFFICIAL / "fr-2026-26-27-sweden.txt"))))
        assert ledger.counts()["documents"] == 2


def test_newer_schema_is_refused(tmp_db: Path) -> None:
    conn = sqlite3.connect(tmp_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LedgerError, match="newer armstrack"):
        Ledger(tmp_db)


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LedgerError, match="not an armstrack database"):
        Ledger(bad)


def test_store_is_idempotent_and_wal(tmp_db: Path) -> None:
    ex = extract_document(load_path(str(OFFICIAL / "state-2026-sweden-himars.txt")))
    with Ledger(tmp_db) as ledger:
        assert ledger.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ledger.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ledger.store(ex) is True
        before = ledger.counts()
        assert ledger.store(ex) is False
        assert ledger.counts() == before
        assert before["reports"] == 1 and before["items"] == 7


def test_failed_write_leaves_nothing_half_written(tmp_db: Path) -> None:
    ex = extract_document(load_path(str(OFFICIAL / "state-2026-sweden-himars.txt")))
    ex.deals[0].items[3].evidence = None  # type: ignore[assignment]  # breaks half-way through the items
    with Ledger(tmp_db) as ledger:
        with pytest.raises(AttributeError):
            ledger.store(ex)
        assert ledger.counts() == {"documents": 0, "reports": 0, "items": 0, "evidence": 0, "claims": 0,
                                   "deals": 0}


def test_evidence_rows_quote_the_document(tmp_db: Path) -> None:
    ex = extract_document(load_path(str(OFFICIAL / "fr-2026-26-27-sweden.txt")))
    with Ledger(tmp_db) as ledger:
        ledger.store(ex)
        text = ledger.conn.execute("SELECT text FROM documents").fetchone()[0]
        rows = ledger.conn.execute('SELECT start, "end", text FROM evidence').fetchall()
        assert rows
        for start, end, quoted in rows:
            assert text[start:end] == quoted
