"""Analytics over resolved deals: totals and counts by year, buyer, seller, category, system and
contractor; top deals; a supplier→recipient matrix.  Filters are those of `armstrack deals`."""
from __future__ import annotations

from collections import defaultdict
from typing import Any


def _categories(d: dict[str, Any]) -> list[str]:
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    out = []
    for cid in d.get("catalog_ids") or []:
        s = cat.get(cid)
        if s is not None and s.category not in out:
            out.append(s.category)
    return out or ["(uncatalogued)"]


def _keys(d: dict[str, Any], by: str) -> list[str]:
    if by == "year":
        return [(d.get("date") or "")[:4] or "(no date)"]
    if by in ("buyer", "seller"):
        return [d.get(by) or "(unknown)"]
    if by == "category":
        return _categories(d)
    if by == "system":
        return list(d.get("systems") or []) or ["(none)"]
    if by == "contractor":
        return [c.strip() for c in (d.get("contractor") or "(none)").split(";")]
    raise ValueError(by)


def group_totals(deals: list[dict[str, Any]], by: str, usd_field: str = "value_usd") -> list[dict[str, Any]]:
    """Count and USD total per key.  A deal listed under several keys (systems, categories) counts in each:
    its value is not split, so those totals overlap and are labelled as such."""
    acc: dict[str, dict[str, Any]] = defaultdict(lambda: {"deals": 0, "usd": 0.0, "valued": 0})
    for d in deals:
        for k in _keys(d, by):
            a = acc[k]
            a["deals"] += 1
            if d.get(usd_field):
                a["usd"] += float(d[usd_field])
                a["valued"] += 1
    rows = [{"key": k, **v} for k, v in acc.items()]
    rows.sort(key=lambda r: (-r["usd"], -r["deals"], r["key"]))
    return rows


def matrix(deals: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """supplier -> recipient -> USD total."""
    m: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for d in deals:
        m[d.get("seller") or "?"][d.get("buyer") or "?"] += float(d.get("value_usd") or 0)
    return {s: dict(r) for s, r in m.items()}


def summary(deals: list[dict[str, Any]], top: int = 10) -> dict[str, Any]:
    return {
        "deals": len(deals),
        "total_usd": sum(float(d.get("value_usd") or 0) for d in deals),
        "by": {by: group_totals(deals, by) for by in ("year", "buyer", "seller", "category", "system",
                                                        "contractor")},
        "top": sorted((d for d in deals if d.get("value_usd")), key=lambda d: -float(d["value_usd"]))[:top],
        "matrix": matrix(deals),
    }
