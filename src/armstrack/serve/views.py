"""Printing and filtering for the CLI: deals tables, one deal with its evidence, extractions."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from armstrack.store.db import Ledger

out = Console(highlight=False, soft_wrap=False)
if not out.is_terminal:
    out = Console(highlight=False, soft_wrap=False, width=150)


def _money(v: float | None) -> str:
    if v is None:
        return "—"
    if abs(v) >= 1e9:
        return f"{v / 1e9:,.2f} bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:,.1f} m"
    return f"{v:,.0f}"


def _code_matches(value: str | None, query: str) -> bool:
    if value is None:
        return False
    if value.upper() == query.upper():
        return True
    from armstrack.normalize import countries

    hit = countries.lookup(query)
    return hit is not None and hit.code == value


def filter_deals(rows: list[dict[str, Any]], *, buyer: str | None = None, seller: str | None = None,
                 system: str | None = None, stage: str | None = None, since: str | None = None,
                 until: str | None = None, min_usd: float | None = None) -> list[dict[str, Any]]:
    sys_ids: set[str] = set()
    if system:
        from armstrack.normalize.catalog import load_catalog

        cat = load_catalog()
        hit = cat.lookup(system)
        if hit is not None:
            sys_ids = {hit.id} | {s.id for s in cat.search(hit.name, 200) if s.parent == hit.id}
    out_rows = []
    for d in rows:
        if buyer and not _code_matches(d.get("buyer"), buyer):
            continue
        if seller and not _code_matches(d.get("seller"), seller):
            continue
        if stage and d.get("stage") != stage:
            continue
        if since and (not d.get("date") or d["date"] < since):
            continue
        if until and (not d.get("date") or d["date"] > until):
            continue
        if min_usd is not None and (d.get("value_usd") is None or d["value_usd"] < min_usd):
            continue
        if system:
            names = " | ".join(d.get("systems") or []).lower()
            ids = set(d.get("catalog_ids") or [])
            if not (ids & sys_ids) and system.lower() not in names:
                continue
        out_rows.append(d)
    return out_rows


def with_constant_usd(rows: list[dict[str, Any]], base_year: int) -> list[dict[str, Any]]:
    """Each deal's USD value in constant dollars of ``base_year`` (U.S. CPI-U, BLS; see data/cpi.json)."""
    from armstrack.normalize.money_convert import constant_usd

    for d in rows:
        year = (d.get("date") or "")[:4]
        value = None
        if d.get("value_usd") and year.isdigit():
            value, _reason = constant_usd(float(d["value_usd"]), int(year), base_year)
        d["value_constant_usd"] = round(value) if value is not None else None
        d["constant_usd_year"] = base_year
    return rows


def sort_deals(rows: list[dict[str, Any]], key: str, desc: bool) -> list[dict[str, Any]]:
    field = {"date": "date", "value": "value_usd", "buyer": "buyer", "seller": "seller"}[key]
    present = [r for r in rows if r.get(field) is not None]
    missing = [r for r in rows if r.get(field) is None]
    present.sort(key=lambda r: (r[field], r["id"]), reverse=desc)
    return present + missing


DEAL_COLUMNS = ["id", "date", "seller", "buyer", "stage", "value_amount", "value_currency", "value_usd",
                "value_constant_usd", "constant_usd_year", "systems", "contractor", "transmittal", "n_sources",
                "conflicts"]


def _flat(d: dict[str, Any]) -> dict[str, Any]:
    return {"id": d["id"], "date": d.get("date"), "seller": d.get("seller"), "buyer": d.get("buyer"),
            "stage": d.get("stage"), "value_amount": d.get("value_amount"), "value_currency": d.get("value_currency"),
            "value_usd": d.get("value_usd"), "value_constant_usd": d.get("value_constant_usd"),
            "constant_usd_year": d.get("constant_usd_year"), "systems": "; ".join(d.get("systems") or []),
            "contractor": d.get("contractor"), "transmittal": d.get("transmittal"),
            "n_sources": len(d.get("report_ids") or []), "conflicts": len(d.get("conflicts") or [])}


def print_deals(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=DEAL_COLUMNS)
        w.writeheader()
        for d in rows:
            w.writerow(_flat(d))
        return
    t = Table(title=f"{len(rows)} deal(s)", show_lines=False)
    for col in ("id", "date", "seller→buyer", "stage", "value", "USD", "systems", "src", "⚠"):
        t.add_column(col, overflow="fold", no_wrap=col != "systems")
    for d in rows:
        f = _flat(d)
        value = f"{_money(f['value_amount'])} {f['value_currency'] or ''}".strip() if f["value_amount"] is not None \
            else "—"
        names = d.get("systems") or []
        systems = "; ".join(n if len(n) <= 40 else n[:39] + "…" for n in names[:3]) + (
            f" (+{len(names) - 3})" if len(names) > 3 else "")
        t.add_row(f["id"], f["date"] or "—", f"{f['seller'] or '?'}→{f['buyer'] or '?'}", f["stage"] or "—",
                  value, _money(f["value_usd"]), systems,
                  str(f["n_sources"]), str(f["conflicts"] or ""))
    out.print(t)


def _quote(text: str, width: int = 110) -> str:
    t = " ".join(text.split())
    return f"“{t[:width]}{'…' if len(t) > width else ''}”"


def print_deal(d: dict[str, Any], ledger: Ledger) -> None:
    out.print(f"[bold]Deal {d['id']}[/bold]  {d.get('seller')} → {d.get('buyer')}  stage {d.get('stage')}  "
              f"date {d.get('date')}")
    out.print(f"value: {d.get('value_amount')} {d.get('value_currency')}  (USD {d.get('value_usd')})"
              + (f"  constant {d.get('constant_usd_year')} USD {d.get('value_constant_usd')}"
                 if d.get("value_constant_usd") else ""))
    out.print(f"systems: {'; '.join(d.get('systems') or [])}")
    out.print(f"contractor: {d.get('contractor')}   transmittal: {d.get('transmittal')}")
    if d.get("legal"):
        lg = d["legal"]
        out.print(f"legal: required={lg.get('required')} tier={lg.get('tier')} review {lg.get('review_days')} days"
                  f" ends {lg.get('review_ends')}  {lg.get('reason')}  flags={lg.get('flags')}")
    for c in d.get("conflicts") or []:
        out.print(f"[yellow]conflict[/yellow] {c['field']}: " + "; ".join(
            f"{v['value']} ← reports {v['report_ids']}" for v in c["values"]))
    for ev in d.get("events") or []:
        out.print(f"event {ev.get('date')} {ev.get('stage')} (report {ev.get('report_id')}, {ev.get('doc_path')})")
    reports = {r["report_id"]: r for r in ledger.reports()}
    for rid in d.get("report_ids") or []:
        r = reports.get(rid)
        if r is None:
            continue
        out.print(f"\n[bold]report {rid}[/bold] from {r.get('doc_path')} ({r.get('doc_kind')}, {r.get('method')})")
        _print_report_evidence(r)


def _print_report_evidence(r: dict[str, Any]) -> None:
    for fld in ("buyer", "seller", "stage", "date", "transmittal"):
        ev = r.get(f"{fld}_evidence")
        out.print(f"  {fld:<11} {r.get(fld)!s:<12} " + (_quote(ev["text"]) + f" @{ev['start']}" if ev else ""))
    if r.get("value"):
        v = r["value"]
        out.print(f"  value       {v['amount']} {v['currency']}  {_quote(v['evidence']['text'])} "
                  f"@{v['evidence']['start']}" + (f"  ({v['currency_reason']})" if v.get("currency_reason") else ""))
    for it in r.get("items") or []:
        out.print(f"  item        {it['system']} × {it['quantity']}  {_quote(it['evidence']['text'], 80)} "
                  f"@{it['evidence']['start']}")
    for c in r.get("contractors") or []:
        out.print(f"  contractor  {c['name']} ({c.get('location')})  {_quote(c['evidence']['text'], 80)}")


def print_document(doc: dict[str, Any], ledger: Ledger) -> None:
    out.print(f"[bold]Document {doc['id']}[/bold] {doc.get('path')}  kind {doc.get('kind')}  "
              f"published {doc.get('published')}  title {doc.get('title')}")
    for r in ledger.reports():
        if r["document_id"] == doc["id"]:
            out.print(f"\nreport {r['report_id']}: {r.get('seller')} → {r.get('buyer')}")
            _print_report_evidence(r)
    print_claims(ledger.claims(doc["id"]))


def print_claims(claims: list[dict[str, Any]]) -> None:
    flagged = [c for c in claims if c.get("verdict") == "contradicted"]
    out.print(f"\n[bold]{len(flagged)} claim(s) contradicted[/bold] of {len(claims)} checked")
    for c in flagged:
        out.print(f"  [red]✗[/red] {c['subject']} {c['attribute']}: stated {c['stated']!r} "
                  f"{_quote(c.get('ev_text') or '', 80)}\n      reference: {c.get('reference')}"
                  + (f"\n      source: {c['source']}" if c.get("source") else ""))


def print_extraction(ex: dict[str, Any]) -> None:
    src = ex["source"]
    out.print(f"[bold]{src.get('path')}[/bold] ({src.get('kind')}, published {src.get('published')})")
    if ex.get("error"):
        out.print(f"  [red]error:[/red] {ex['error']}")
        return
    for d in ex["deals"]:
        v = d.get("value")
        out.print(f"  deal {d.get('seller')} → {d.get('buyer')}  {d.get('stage')}  {d.get('date')}  "
                  + (f"{v['amount']:,} {v['currency']}" if v else "no value")
                  + (f"  contractor {d['contractor']}" if d.get("contractor") else ""))
        for it in d["items"]:
            out.print(f"     {it['quantity'] if it['quantity'] is not None else '–':>6}  {it['system']}")
    for c in ex["claims"]:
        mark = {"contradicted": "[red]✗[/red]", "supported": "[green]✓[/green]"}.get(c["verdict"], "?")
        out.print(f"  {mark} {c['subject']} {c['attribute']}: {c['stated']!r} — {c.get('reference') or ''}")


def print_systems(systems: list[Any]) -> None:
    t = Table(title=f"{len(systems)} system(s)")
    for col in ("id", "name", "category", "type", "aliases"):
        t.add_column(col, overflow="fold")
    for s in systems:
        t.add_row(s.id, s.name, s.category, s.type or "", ", ".join(s.aliases[:6]))
    out.print(t)


def print_system(s: Any, cat: Any) -> None:
    out.print(f"[bold]{s.name}[/bold] ({s.id})  {s.category} / {s.type}  origin {s.origin}  "
              f"manufacturer {s.manufacturer}")
    out.print(f"aliases: {', '.join(s.aliases)}")
    if s.parent:
        out.print(f"variant of: {' → '.join(a.name for a in cat.ancestors(s.id))}")
    for key, fact in s.facts.items():
        src = cat.source(fact.source)
        out.print(f"  {key}: {fact.value}{' ' + fact.unit if fact.unit else ''}"
                  f"{' (' + fact.note + ')' if fact.note else ''}  — {src.get('title')} {src.get('url', '')}")


def print_stats(result: dict[str, Any], top: int) -> None:
    out.print(f"[bold]{result['deals']} deal(s)[/bold], total {_money(result['total_usd'])} USD")
    for by, rows in result["by"].items():
        t = Table(title=f"by {by}" + (" (overlapping: a deal counts under each of its " + by + "s)"
                                       if by in ("system", "category", "contractor") else ""))
        for col in (by, "deals", "valued", "USD"):
            t.add_column(col)
        for r in rows[:top]:
            t.add_row(str(r["key"]), str(r["deals"]), str(r["valued"]), _money(r["usd"]))
        out.print(t)
    if result.get("top"):
        print_deals(result["top"], "table")
    if result.get("matrix"):
        buyers = sorted({b for row in result["matrix"].values() for b in row})
        t = Table(title="supplier → recipient (USD)")
        t.add_column("supplier")
        for b in buyers:
            t.add_column(b)
        for s, row in sorted(result["matrix"].items()):
            t.add_row(s, *[_money(row.get(b)) if row.get(b) else "" for b in buyers])
        out.print(t)
