"""Tests for armstrack.normalize.money_convert and the data in fx.json / cpi.json."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from armstrack.normalize import money_convert as M

REQUIRED = ["EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "KRW", "SEK", "NOK", "DKK", "PLN", "INR", "ILS", "TRY",
            "NZD", "SGD", "BRL", "CNY"]


def _load(name: str) -> dict:
    path = resources.files("armstrack").joinpath("data").joinpath(name)
    return json.loads(path.read_text(encoding="utf-8"))


# --- data files ----------------------------------------------------------------------------------

def test_fx_file_covers_required_currencies_and_cites_sources() -> None:
    fx = _load("fx.json")
    assert fx["quote_convention"] and fx["notes"]
    for code in REQUIRED:
        entry = fx["currencies"][code]
        assert entry["quote"] in ("per_usd", "usd_per_unit")
        assert entry["source"] in fx["sources"]
        for src in entry.get("source_by_year", {}).values():
            assert src in fx["sources"]
        years = {int(y) for y in entry["annual"]}
        missing = {int(y) for y in entry.get("missing_years", [])}
        assert years | missing == set(range(2004, 2026)), code
        assert all(v > 0 for v in entry["annual"].values())
        assert entry["codes"] and entry["symbols"] and entry["words"]
    assert fx["currencies"]["ILS"]["missing_years"] == ["2008", "2009", "2010"]
    assert "2008" in " ".join(fx["notes"])  # the gap is recorded in the notes


def test_cpi_file_covers_1990_to_2025() -> None:
    cpi = _load("cpi.json")
    assert cpi["series"] == "CUUR0000SA0"
    assert "Bureau of Labor Statistics" in cpi["source"]["name"]
    years = sorted(int(y) for y in cpi["annual_average"])
    assert years == list(range(1990, 2026))
    values = [cpi["annual_average"][str(y)] for y in years]
    assert values[0] == 130.7 and cpi["annual_average"]["2024"] == 313.689


def test_currency_table() -> None:
    t = M.currency_table()
    for code in REQUIRED + ["USD"]:
        assert code in t
    assert "€" in t["EUR"]["symbols"] and "euros" in t["EUR"]["words"]
    assert {"C$", "CA$"} <= set(t["CAD"]["symbols"]) and "Canadian dollars" in t["CAD"]["words"]
    assert {"A$", "AU$"} <= set(t["AUD"]["symbols"])
    assert "£" in t["GBP"]["symbols"] and "pounds sterling" in t["GBP"]["words"]
    assert "Swiss francs" in t["CHF"]["words"]
    assert "kr" in t["SEK"]["symbols"] and "kronor" in t["SEK"]["words"] and "kr" in t["SEK"]["ambiguous"]
    assert "zł" in t["PLN"]["symbols"] and "złoty" in t["PLN"]["words"]
    assert "₩" in t["KRW"]["symbols"] and "won" in t["KRW"]["words"]
    assert {"₹", "Rs"} <= set(t["INR"]["symbols"]) and t["INR"]["multipliers"]["crore"] == 10_000_000
    assert "NZ$" in t["NZD"]["symbols"] and "S$" in t["SGD"]["symbols"]
    assert {"US$", "$"} <= set(t["USD"]["symbols"]) and "dollars" in t["USD"]["words"]
    assert t["EUR"]["years"][0] == 2004 and 2025 in t["EUR"]["years"]
    t["EUR"]["symbols"].append("x")  # a copy: the module's data is untouched
    assert "x" not in M.currency_table()["EUR"]["symbols"]


# --- to_usd --------------------------------------------------------------------------------------

def test_real_conversions_match_published_figures() -> None:
    # G.5A release of 2016-01-04: 2015 euro = 1.1096 USD per euro.
    usd, reason = M.to_usd(1_000_000, "EUR", "2015-06-30")
    assert usd == pytest.approx(1_109_600.0)
    assert "2015" in reason and "Federal Reserve" in reason
    # G.5A release of 2024-02-01: 2023 Canadian dollar = 1.3494 per USD; 2022 won = 1291.7796 per USD.
    usd, _ = M.to_usd(1_349_400, "CAD", "2023-11-02")
    assert usd == pytest.approx(1_000_000.0)
    usd, _ = M.to_usd(1_291_779_600, "KRW", "2022")
    assert usd == pytest.approx(1_000_000.0)
    # 2023 pound = 1.2440 USD per pound.
    usd, _ = M.to_usd(500_000_000, "GBP", "2023-01-15")
    assert usd == pytest.approx(622_000_000.0)
    # Israel CBS: 2005 average 4.4878 NIS per USD.
    usd, reason = M.to_usd(4_487_800, "ILS", "2005-05-05")
    assert usd == pytest.approx(1_000_000.0) and "Israel" in reason


def test_symbols_and_words_are_accepted() -> None:
    a, _ = M.to_usd(1000, "€", "2020")
    b, _ = M.to_usd(1000, "EUR", "2020")
    assert a == b
    c, reason = M.to_usd(1000, "Canadian dollars", "2020")
    assert c == pytest.approx(1000 / 1.3422) and "CAD" in reason
    d, reason = M.to_usd(1000, "Rs", "2020")
    assert d == pytest.approx(1000 / 74.1429) and "other currencies" in reason


def test_usd_passes_through() -> None:
    assert M.to_usd(123.0, "USD", "2010-01-01") == (123.0, "USD: no conversion")
    usd, reason = M.to_usd(5, "$", None)
    assert usd == 5 and "USD" in reason


def test_unknown_or_ambiguous_currency() -> None:
    usd, reason = M.to_usd(100, "XYZ", "2020")
    assert usd is None and "unknown currency" in reason
    usd, reason = M.to_usd(100, "kr", "2020")
    assert usd is None and "ambiguous" in reason


def test_missing_year_falls_back_to_nearest_and_says_so() -> None:
    usd, reason = M.to_usd(100, "ILS", "2009-06-01")  # ILS 2008-2010 not in the data
    assert usd is not None
    assert "no ILS rate for 2009" in reason and "nearest year" in reason
    usd, reason = M.to_usd(100, "EUR", "1998-01-01")
    assert usd == pytest.approx(124.38) and "nearest year, 2004" in reason


def test_partial_year_and_missing_date() -> None:
    usd, reason = M.to_usd(100, "EUR", "2026-03-01")
    assert usd is not None and "partial-year" in reason and "2026" in reason
    usd, reason = M.to_usd(100, "EUR", None)
    assert usd == pytest.approx(113.06) and "no date" in reason and "2025" in reason
    usd, reason = M.to_usd(100, "EUR", "sometime")
    assert usd == pytest.approx(113.06) and "no usable date" in reason


def test_usd_per_unit_and_per_usd_quotes_agree_with_direction() -> None:
    # Sanity: a euro, a pound and an Australian dollar are worth less than 3 USD; a yen far less than 1.
    for code in ("EUR", "GBP", "AUD", "NZD"):
        usd, _ = M.to_usd(1, code, "2019")
        assert usd is not None and 0.4 < usd < 3
    usd, _ = M.to_usd(1, "JPY", "2019")
    assert usd is not None and usd < 0.02


def test_rate_for() -> None:
    rate, reason = M.rate_for("TRY", 2004)
    assert rate is not None and 1.0 < rate < 2.0
    assert "European Central Bank" in reason


# --- constant_usd --------------------------------------------------------------------------------

def test_constant_usd() -> None:
    value, reason = M.constant_usd(1_000_000, 2004, 2024)
    assert value == pytest.approx(1_000_000 * 313.689 / 188.9)
    assert "CUUR0000SA0" in reason
    same, _ = M.constant_usd(42.0, 2015, 2015)
    assert same == pytest.approx(42.0)


def test_constant_usd_fallback_and_out_of_range() -> None:
    value, reason = M.constant_usd(1_000_000, 2026, 2025)
    assert value == pytest.approx(1_000_000) and "no CPI-U annual average for 2026; used 2025" in reason
    value, reason = M.constant_usd(1_000_000, 1970, 2024)
    assert value is None and "1970" in reason
