"""Money in other currencies to U.S. dollars, and nominal dollars to constant dollars.

Data: ``armstrack/data/fx.json`` (annual average exchange rates with their sources, plus the symbols
and words that name each currency) and ``armstrack/data/cpi.json`` (BLS CPI-U annual averages).
Every function returns ``(value, reason)``: the reason says which rate or index was used, from which
source and year, and why a value is ``None``.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast


@dataclass(frozen=True)
class _Rate:
    year: int
    per_usd: float  # units of the currency per 1 USD
    label: str  # how the figure was published, for the reason text
    source: str
    partial_through: str | None = None


def _load(name: str) -> dict[str, Any]:
    path = resources.files("armstrack").joinpath("data").joinpath(name)
    with path.open("r", encoding="utf-8") as fh:
        return cast(dict[str, Any], json.load(fh))


@lru_cache(maxsize=1)
def _fx() -> dict[str, Any]:
    return _load("fx.json")


@lru_cache(maxsize=1)
def _cpi() -> dict[int, float]:
    raw = _load("cpi.json")
    return {int(y): float(v) for y, v in cast(dict[str, float], raw["annual_average"]).items()}


def _source_name(src: str) -> str:
    sources = cast(dict[str, dict[str, Any]], _fx()["sources"])
    return str(sources.get(src, {}).get("name", src))


@lru_cache(maxsize=1)
def _rates() -> dict[str, dict[int, _Rate]]:
    out: dict[str, dict[int, _Rate]] = {}
    for code, entry in cast(dict[str, dict[str, Any]], _fx()["currencies"]).items():
        if "annual" not in entry:
            continue
        by_year: dict[int, _Rate] = {}
        src_by_year = cast(dict[str, str], entry.get("source_by_year", {}))
        for y, v in cast(dict[str, float], entry["annual"]).items():
            src = src_by_year.get(y, str(entry["source"]))
            if entry["quote"] == "usd_per_unit":
                by_year[int(y)] = _Rate(int(y), 1.0 / float(v), f"{float(v):g} USD per {code}", src)
            else:
                by_year[int(y)] = _Rate(int(y), float(v), f"{float(v):g} {code} per USD", src)
        for y, p in cast(dict[str, dict[str, Any]], entry.get("partial", {})).items():
            if int(y) not in by_year:
                v = float(p["per_usd"])
                by_year[int(y)] = _Rate(int(y), v, f"{v:g} {code} per USD", str(p["source"]), str(p["through"]))
        out[code] = by_year
    return out


def currency_table() -> dict[str, dict[str, Any]]:
    """Currency code -> {name, codes, symbols, words, [ambiguous], [default_for], [multipliers],
    quote, source, years}; a deep copy, safe to modify."""
    table: dict[str, dict[str, Any]] = {}
    for code, entry in cast(dict[str, dict[str, Any]], _fx()["currencies"]).items():
        row = {k: copy.deepcopy(v) for k, v in entry.items() if k not in ("annual", "partial")}
        row["years"] = sorted(_rates().get(code, {}))
        table[code] = row
    return table


@lru_cache(maxsize=1)
def _names() -> dict[str, set[str]]:
    """Every code, symbol and word (case-folded) -> the currency codes it can mean."""
    names: dict[str, set[str]] = {}
    for code, entry in cast(dict[str, dict[str, Any]], _fx()["currencies"]).items():
        for key in ("codes", "symbols", "words"):
            for n in cast(list[str], entry.get(key, [])):
                names.setdefault(n.casefold(), set()).add(code)
    return names


def _resolve_currency(currency: str) -> tuple[str | None, str]:
    cur = currency.strip()
    table = cast(dict[str, dict[str, Any]], _fx()["currencies"])
    if cur.upper() in table:
        return cur.upper(), ""
    hits = _names().get(cur.casefold(), set())
    if len(hits) == 1:
        code = next(iter(hits))
        shared = cur in cast(list[str], table[code].get("ambiguous", []))
        return code, f'"{cur}" read as {code}{" (it also names other currencies)" if shared else ""}; '
    if len(hits) > 1:
        defaults = [c for c in hits if cur in cast(list[str], table[c].get("default_for", []))]
        if len(defaults) == 1:
            return defaults[0], f'"{cur}" read as {defaults[0]} by default; '
        return None, f'"{cur}" is ambiguous ({", ".join(sorted(hits))}); say which currency'
    return None, f'unknown currency "{cur}": no exchange rate in fx.json'


def _year_of(date: str | None) -> int | None:
    if date is None:
        return None
    m = re.match(r"\s*(\d{4})(?!\d)", date)
    return int(m.group(1)) if m else None


def rate_for(currency: str, year: int) -> tuple[float | None, str]:
    """Units of ``currency`` per USD for ``year`` (nearest available year if missing), with a reason."""
    code, note = _resolve_currency(currency)
    if code is None:
        return None, note
    if code == "USD":
        return 1.0, note + "USD: no conversion"
    rates = _rates().get(code)
    if not rates:
        return None, note + f"no exchange rate for {code}"
    rate = rates.get(year)
    fallback = ""
    if rate is None:
        nearest = min(rates, key=lambda y: (abs(y - year), y))
        rate = rates[nearest]
        fallback = f"no {code} rate for {year}; used the nearest year, {nearest}: "
    kind = (f"partial-year average through {rate.partial_through}" if rate.partial_through
            else "annual average")
    return rate.per_usd, (f"{note}{fallback}{rate.label}, {rate.year} {kind} "
                          f"({_source_name(rate.source)})")


def to_usd(amount: float, currency: str, date: str | None) -> tuple[float | None, str]:
    """Convert ``amount`` of ``currency`` (ISO code, or an unambiguous symbol/word such as "€" or
    "Canadian dollars") to USD at the annual average of the year of ``date`` ("YYYY", "YYYY-MM-DD", ...).
    Without a date, or a year with no rate, the nearest available year is used and the reason says so.
    USD passes through; an unknown or ambiguous currency gives ``(None, reason)``."""
    code, note = _resolve_currency(currency)
    if code is None:
        return None, note
    if code == "USD":
        return float(amount), note + "USD: no conversion"
    year = _year_of(date)
    prefix = ""
    if year is None:
        rates = _rates().get(code, {})
        full = [y for y, r in rates.items() if r.partial_through is None]
        if not full:
            return None, note + f"no exchange rate for {code}"
        year = max(full)
        prefix = (f"no usable date ({date!r}); " if date is not None else "no date; ")
        prefix += f"used the latest full year, {year}: "
    per_usd, reason = rate_for(code, year)
    if per_usd is None:
        return None, note + reason
    return float(amount) / per_usd, note + prefix + reason


def constant_usd(amount_usd: float, year: int, base_year: int) -> tuple[float | None, str]:
    """Restate ``amount_usd`` of ``year`` in ``base_year`` dollars with the CPI-U annual averages.
    A year just past either end of the series (e.g. 2026 before its average is published) uses the
    nearest year and says so; a year further out gives ``(None, reason)``."""
    cpi = _cpi()
    lo, hi = min(cpi), max(cpi)
    used: list[int] = []
    notes: list[str] = []
    for y in (year, base_year):
        if y in cpi:
            used.append(y)
        elif lo - 1 <= y <= hi + 1:
            near = lo if y < lo else hi
            used.append(near)
            notes.append(f"no CPI-U annual average for {y}; used {near}")
        else:
            return None, f"no CPI-U annual average for {y} (series covers {lo}-{hi})"
    y0, y1 = used
    value = float(amount_usd) * cpi[y1] / cpi[y0]
    reason = (f"CPI-U (BLS CUUR0000SA0) annual average {y1} = {cpi[y1]:g} / {y0} = {cpi[y0]:g}, "
              f"factor {cpi[y1] / cpi[y0]:.4f}")
    return value, "; ".join(notes + [reason])
