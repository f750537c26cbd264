"""Resolve: deal reports from many documents -> deals.

Reports of the same deal (a DSCA release, the Federal Register notice of the same transmittal, news
stories retelling it) are grouped.  Matching uses the transmittal number where both have one, else
seller, buyer, systems, dates and values with tolerance.  Two reports with different transmittal
numbers, or dated more than :data:`MAX_GAP_DAYS` apart, are never merged.  The grouping is computed
from the reports in a fixed order (official first, then by date and content key), so it does not
depend on the order in which documents were ingested, and re-running it after new documents arrive
gives the same deals for the old ones plus the new ones.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from typing import Any

from armstrack.store.db import Ledger

STAGE_ORDER = {"requested": 0, "other": 1, "approved": 2, "notified": 3, "signed": 4, "delivered": 5}
OFFICIAL_KINDS = {"dsca_release", "fr_notice"}
MAX_GAP_DAYS = 400
VALUE_TOLERANCE = 0.15
CONSTANT_BASE_YEAR = 2025


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _systems(r: dict[str, Any]) -> set[str]:
    return {i.get("catalog_id") or i["system"].lower() for i in r.get("items") or []}


def _root_systems(r: dict[str, Any]) -> set[str]:
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    out = set()
    for key in _systems(r):
        chain = cat.ancestors(key) if cat.get(key) else []
        out.add(chain[-1].id if chain else key)
    return out


def _official(r: dict[str, Any]) -> bool:
    return r.get("doc_kind") in OFFICIAL_KINDS or str(r.get("method", "")).startswith("official")


def _report_date(r: dict[str, Any]) -> str | None:
    return r.get("date") or r.get("doc_published")


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """May reports ``a`` and ``b`` tell the same deal?"""
    if a.get("buyer") != b.get("buyer") or not a.get("buyer"):
        return False
    if a.get("seller") and b.get("seller") and a["seller"] != b["seller"]:
        return False
    ta, tb = a.get("transmittal"), b.get("transmittal")
    if ta and tb:
        return bool(ta == tb)
    gap = _days(_report_date(a), _report_date(b))
    if gap is not None and gap > MAX_GAP_DAYS:
        return False
    sa, sb = _root_systems(a), _root_systems(b)
    if sa and sb and not (sa & sb):
        return False
    va, vb = a.get("value_usd"), b.get("value_usd")
    if va and vb and abs(va - vb) > VALUE_TOLERANCE * max(va, vb):
        # the same deal retold with a different figure is a conflict, not a new deal, only when
        # something else ties them: a shared system and close dates
        if not (sa & sb) or gap is None or gap > 60:
            return False
    if _official(a) and _official(b) and a.get("stage") == b.get("stage") and a.get("document_id") != b.get(
            "document_id") and not (ta or tb):
        return bool(va and vb and abs(va - vb) <= 0.01 * max(va, vb) and sa & sb)
    return True


def _sort_key(r: dict[str, Any]) -> tuple[int, str, str]:
    return (0 if _official(r) else 1, _report_date(r) or "9999", r["report_key"])


def group_reports(reports: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    for r in sorted(reports, key=_sort_key):
        best: list[dict[str, Any]] | None = None
        best_score = -1.0
        for g in groups:
            if not all(compatible(r, other) for other in g):
                continue
            score = sum(len(_root_systems(r) & _root_systems(o)) + (5 if r.get("transmittal") and
                        r.get("transmittal") == o.get("transmittal") else 0) for o in g)
            if score > best_score:
                best, best_score = g, score
        if best is None:
            groups.append([r])
        else:
            best.append(r)
    return groups


def _conflicts(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    by_value: dict[float, list[int]] = defaultdict(list)
    for r in group:
        if r.get("value_usd"):
            key = round(float(r["value_usd"]) / 1e6, 0)
            by_value[key].append(r["report_id"])
    if len(by_value) > 1:
        keys = sorted(by_value)
        if keys[-1] - keys[0] > 0.02 * keys[-1]:
            out.append({"field": "value_usd", "values": [{"value": k * 1e6, "report_ids": by_value[k]}
                                                         for k in keys]})
    qty: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for r in group:
        for it in r.get("items") or []:
            if it.get("quantity") is not None:
                qty[it.get("catalog_id") or it["system"]][int(it["quantity"])].append(r["report_id"])
    for system, values in sorted(qty.items()):
        if len(values) > 1:
            out.append({"field": f"quantity:{system}", "values": [{"value": q, "report_ids": ids}
                                                                  for q, ids in sorted(values.items())]})
    # systems: a system that some reports name and an official report of the deal does not
    official = [r for r in group if _official(r)]
    if official:
        listed = set().union(*(_root_systems(r) for r in official))
        extra: dict[str, list[int]] = defaultdict(list)
        for r in group:
            if not _official(r):
                for system_key in _root_systems(r) - listed:
                    extra[system_key].append(r["report_id"])
        if extra:
            out.append({"field": "systems", "values": [
                {"value": "official: " + ", ".join(sorted(listed)),
                 "report_ids": [r["report_id"] for r in official]},
                *({"value": f"also names {k}", "report_ids": ids} for k, ids in sorted(extra.items()))]})
    dates: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for r in group:
        if r.get("date") and r.get("stage"):
            dates[r["stage"]][r["date"]].append(r["report_id"])
    for stage, by_date in sorted(dates.items()):
        if len(by_date) > 1:
            out.append({"field": f"date:{stage}", "values": [{"value": d, "report_ids": ids}
                                                             for d, ids in sorted(by_date.items())]})
    return out


def new_deal_id(group: list[dict[str, Any]]) -> str:
    """A deterministic id: from the transmittal number when the deal has one, else from its first report."""
    tr = next((r.get("transmittal") for r in sorted(group, key=_sort_key) if r.get("transmittal")), None)
    basis = f"T:{tr}:{group[0].get('buyer')}" if tr else min(r["report_key"] for r in group)
    return "D" + hashlib.sha1(basis.encode()).hexdigest()[:11]


def build_deal(group: list[dict[str, Any]], deal_id: str | None = None) -> dict[str, Any]:
    group = sorted(group, key=_sort_key)
    lead = group[0]
    deal_id = deal_id or new_deal_id(group)
    events = sorted(({"stage": r.get("stage"), "date": r.get("date"), "report_id": r["report_id"],
                      "doc_path": r.get("doc_path"), "official": _official(r)} for r in group),
                    key=lambda e: (e["date"] or "9999", STAGE_ORDER.get(e["stage"] or "", -1)))
    staged = [r for r in group if r.get("stage")]
    top = max(staged, key=lambda r: (STAGE_ORDER.get(r["stage"], -1), _official(r))) if staged else lead
    valued = [r for r in group if r.get("value")]
    vrep = valued[0] if valued else None  # official first by sort order
    systems: list[str] = []
    catalog_ids: list[str] = []
    for r in group:
        for it in r.get("items") or []:
            if it["system"] not in systems:
                systems.append(it["system"])
            if it.get("catalog_id") and it["catalog_id"] not in catalog_ids:
                catalog_ids.append(it["catalog_id"])
    notified = [r for r in group if r.get("stage") in ("notified", "approved") and _official(r)]
    ceiling = notified[0].get("value_usd") if notified else None
    signed = [r for r in group if r.get("stage") == "signed" and r.get("value_usd")]
    delivered = [r for r in group if r.get("stage") == "delivered" and r.get("value_usd")]
    deal: dict[str, Any] = {
        "id": deal_id, "seller": lead.get("seller"), "buyer": lead.get("buyer"),
        "stage": top.get("stage"), "date": top.get("date"),
        "value_amount": vrep["value"]["amount"] if vrep else None,
        "value_currency": vrep["value"]["currency"] if vrep else None,
        "value_usd": vrep.get("value_usd") if vrep else None,
        "notified_ceiling_usd": ceiling,
        "contract_value_usd": signed[0]["value_usd"] if signed else None,
        "delivered_value_usd": delivered[0]["value_usd"] if delivered else None,
        "systems": systems, "catalog_ids": catalog_ids,
        "contractor": next((r.get("contractor") for r in group if r.get("contractor")), None),
        "transmittal": next((r.get("transmittal") for r in group if r.get("transmittal")), None),
        "report_ids": [r["report_id"] for r in group],
        "sources": [{"report_id": r["report_id"], "path": r.get("doc_path"), "kind": r.get("doc_kind"),
                     "stage": r.get("stage"), "date": r.get("date"), "value_usd": r.get("value_usd")}
                    for r in group],
        "events": events, "conflicts": _conflicts(group),
    }
    _money_and_law(deal, group)
    return deal


def _money_and_law(deal: dict[str, Any], group: list[dict[str, Any]]) -> None:
    from armstrack.normalize.money_convert import constant_usd

    year = (deal.get("date") or "")[:4]
    if deal.get("value_usd") and year.isdigit():
        value, reason = constant_usd(float(deal["value_usd"]), int(year), CONSTANT_BASE_YEAR)
        deal["value_constant_usd"] = round(value) if value is not None else None
        deal["constant_usd_year"] = CONSTANT_BASE_YEAR
        deal["constant_usd_reason"] = reason
    if deal.get("seller") != "USA" or not deal.get("buyer"):
        return
    from armstrack.verify.legal import assess

    official = [r for r in group if _official(r) or r.get("transmittal")]
    mde = None
    notified_on = None
    for r in official:
        values = r.get("values") or {}
        if values.get("mde") and mde is None:
            mde = values["mde"]["amount"]
        if r.get("stage") in ("notified", "approved") and r.get("date") and notified_on is None:
            notified_on = r["date"]
    design = any("design and construction" in s.lower() for s in deal["systems"])
    a = assess(deal["buyer"], total_usd=deal.get("value_usd"), mde_usd=mde, design_construction=design,
               notified_on=notified_on, notified=bool(official))
    deal["legal"] = {"required": a.required, "tier": a.tier, "thresholds": a.thresholds, "reason": a.reason,
                     "review_days": a.review_days, "review_ends": a.review_ends, "flags": a.flags,
                     "statute": a.statute}


def resolve_reports(reports: list[dict[str, Any]],
                    previous: dict[int, str] | None = None) -> list[dict[str, Any]]:
    """Group reports into deals.  ``previous`` maps report ids to the deal ids of an earlier run: a deal
    that keeps (some of) its reports keeps its id, so ids survive new documents arriving."""
    per_doc: dict[str, int] = defaultdict(int)
    for r in sorted(reports, key=lambda r: r["report_id"]):
        r["report_key"] = f"{r['document_id']}:{per_doc[r['document_id']]}"
        per_doc[r["document_id"]] += 1
    groups = group_reports([r for r in reports if r.get("buyer")])
    used: set[str] = set()
    deals = []
    # groups holding older reports first, so an old id goes to the group that kept most of its reports
    for g in sorted(groups, key=lambda g: min(r["report_id"] for r in g)):
        deal_id = None
        if previous:
            votes: dict[str, int] = defaultdict(int)
            for r in g:
                if r["report_id"] in previous:
                    votes[previous[r["report_id"]]] += 1
            for cand, _n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
                if cand not in used:
                    deal_id = cand
                    break
        deal_id = deal_id or new_deal_id(g)
        if deal_id in used:  # two distinct deals with one transmittal (rare): keep both, ids apart
            deal_id = "D" + hashlib.sha1(("dup:" + min(r["report_key"] for r in g)).encode()).hexdigest()[:11]
        used.add(deal_id)
        deals.append(build_deal(g, deal_id))
    deals.sort(key=lambda d: d["id"])
    return deals


def resolve_ledger(ledger: Ledger) -> int:
    """Re-resolve the deals table after new documents: every deal is recomputed from its reports (so the
    result is deterministic), and deals that already existed keep their ids; returns the number of deals."""
    from armstrack.verify.record_check import check_against_record

    previous = {int(r[0]): str(r[1]) for r in ledger.conn.execute("SELECT report_id, deal_id FROM deal_reports")}
    reports = ledger.reports()
    deals = resolve_reports(reports, previous)
    ledger.replace_deals(deals)
    ledger.replace_record_claims(check_against_record(deals, reports))
    return len(deals)
