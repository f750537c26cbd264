"""Exports: CSV, JSON, Parquet of deals, reports, items, evidence and claims; a SIPRI-register-like CSV."""
from __future__ import annotations

import csv
import json
from typing import Any

from armstrack.store.db import Ledger

SIPRI_COLUMNS = ["supplier", "recipient", "designation", "description", "number_ordered", "order_year",
                 "comments"]


def _rows(ledger: Ledger, table: str) -> list[dict[str, Any]]:
    if table == "deals":
        from armstrack.serve.views import _flat

        rows = []
        for d in ledger.deals():
            row = _flat(d)
            row["value_constant_usd"] = d.get("value_constant_usd")
            row["legal_required"] = (d.get("legal") or {}).get("required")
            row["review_ends"] = (d.get("legal") or {}).get("review_ends")
            rows.append(row)
        return rows
    cols = {"reports": "id, document_id, seller, buyer, stage, date, value_amount, value_currency, value_usd,"
                       " contractor, transmittal, method",
            "items": "*", "evidence": "*", "claims": "*"}[table]
    return [dict(r) for r in ledger.conn.execute(f"SELECT {cols} FROM {table} ORDER BY id")]


def sipri_rows(ledger: Ledger) -> list[dict[str, Any]]:
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    reports = {r["report_id"]: r for r in ledger.reports()}
    rows = []
    for d in ledger.deals():
        seen: set[str] = set()
        for rid in d["report_ids"]:
            for it in (reports.get(rid) or {}).get("items") or []:
                key = it.get("catalog_id") or it["system"]
                if key in seen:
                    continue
                seen.add(key)
                system = cat.get(it["catalog_id"]) if it.get("catalog_id") else None
                rows.append({
                    "supplier": d.get("seller"), "recipient": d.get("buyer"), "designation": it["system"],
                    "description": (system.type or system.category) if system else "",
                    "number_ordered": it.get("quantity"), "order_year": (d.get("date") or "")[:4] or None,
                    "comments": f"stage {d.get('stage')}; deal {d['id']}"
                                + (f"; transmittal {d['transmittal']}" if d.get("transmittal") else "")
                                + (f"; value USD {d['value_usd']:,.0f}" if d.get("value_usd") else ""),
                })
    return rows


def export_ledger(ledger: Ledger, out: str, fmt: str, table: str = "deals") -> int:
    """Write ``table`` (or the whole ledger for json) to ``out``; returns the number of rows written."""
    if fmt == "json":
        payload = {"deals": ledger.deals(), "reports": ledger.reports(), "claims": ledger.claims(),
                   "evidence": _rows(ledger, "evidence")}
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, indent=1)
        return len(payload["deals"])
    rows = sipri_rows(ledger) if fmt == "sipri" else _rows(ledger, table)
    if fmt in ("csv", "sipri"):
        cols = SIPRI_COLUMNS if fmt == "sipri" else (list(rows[0]) if rows else [])
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(rows)
        return len(rows)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), out)
    return len(rows)
