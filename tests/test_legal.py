"""Section 36 AECA (22 U.S.C. 2776) rules, checked against real notifications of the dev corpus.

Figures come from the public-domain notices in ../shared/corpus/dev; ``test_figures_are_the_corpus_figures``
re-reads them from the texts when the corpus is present, so the inputs below cannot drift from it.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from armstrack.verify.legal import assess, is_eu_member, is_nato_member, money

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


# --- the dev-corpus notifications -----------------------------------------------------------------

def test_sweden_26_27_nato_member_15_days() -> None:
    # Transmittal 26-27: MDE $770 million, total $930 million, delivered to Congress March 10, 2026.
    a = assess("SWE", total_usd=930e6, mde_usd=770e6, notified_on="2026-03-10")
    assert a.required is True
    assert a.tier == "nato_plus_5"
    assert a.thresholds == {"mde": 25e6, "articles_services": 100e6, "design_construction": 300e6}
    assert a.review_days == 15
    assert a.review_ends == "2026-03-25"
    assert a.statute == "22 U.S.C. 2776(b)(1), (b)(6)"
    assert "(b)(6)" in a.reason and "$770 million" in a.reason and "2026-03-25" in a.reason
    assert a.flags == []


def test_jordan_26_23_standard_30_days() -> None:
    # Transmittal 26-23: MDE $0, Other $280 million, delivered February 26, 2026.
    a = assess("JOR", total_usd=280e6, mde_usd=0, notified_on="2026-02-26")
    assert a.required is True
    assert a.tier == "standard"
    assert a.thresholds == {"mde": 14e6, "articles_services": 50e6, "design_construction": 200e6}
    assert a.review_days == 30
    assert a.review_ends == "2026-03-28"
    assert a.statute == "22 U.S.C. 2776(b)(1)"
    assert "mde_below_threshold_total_above" in a.flags


def test_philippines_14_24_required_30_days() -> None:
    # Transmittal 14-24: MDE $31 million, Other $30 million, total $61 million; delivery date not visible.
    a = assess("PHL", total_usd=61e6, mde_usd=31e6)
    assert a.required is True
    assert a.tier == "standard"
    assert a.review_days == 30
    assert a.review_ends is None
    assert "notification_date_unknown" in a.flags
    assert "mde_below_threshold_total_above" not in a.flags  # $31M of MDE is itself over $14M


@pytest.mark.parametrize("buyer", ["NATO", "NSPA", "North Atlantic Treaty Organization",
                                   "NATO Support and Procurement Agency (NSPA)"])
def test_nato_13_06_organisation_15_days(buyer: str) -> None:
    # Transmittal 13-06 (NATO) and 17-19 (NSPA): MDE $0, total $300 million.
    a = assess(buyer, total_usd=300e6, mde_usd=0)
    assert a.required is True
    assert a.review_days == 15
    # 36(b)(6) names only member countries and the five partners, not the organisation itself.
    assert a.tier == "standard"
    assert a.thresholds["articles_services"] == 50e6
    assert "nato_organisation_standard_thresholds" in a.flags


def test_canada_cr_24_32_nato_member() -> None:
    # Transmittal 24-32 (Congressional Record, March 12, 2024): MDE $0, Other $138 million.
    a = assess("CAN", total_usd=138e6, mde_usd=0)
    assert a.required is True
    assert a.tier == "nato_plus_5"
    assert a.review_days == 15  # the floor statement's "30 calendar days" is generic boilerplate
    assert "mde_below_threshold_total_above" in a.flags
    # $138M of services to Canada under the standard tier would also have been required,
    # but $90M would only be under the standard tier.
    assert assess("CAN", total_usd=90e6, mde_usd=0, notified_on="2024-03-01").required is False
    assert assess("JOR", total_usd=90e6, mde_usd=0, notified_on="2024-03-01").required is True


def test_peru_design_and_construction() -> None:
    # DSCA release, January 15, 2026: design and construction at Callao Naval Base, $1.5 billion.
    a = assess("PER", total_usd=1.5e9, mde_usd=0, design_construction=True, notified_on="2026-01-15")
    assert a.required is True
    assert a.review_ends == "2026-02-14"
    assert "design and construction" in a.reason and "$200 million" in a.reason
    # $150M of design and construction is under $200M although over the $50M articles threshold.
    assert assess("PER", total_usd=150e6, mde_usd=0, design_construction=True,
                  notified_on="2026-01-15").required is False


def test_below_threshold_yet_notified() -> None:
    a = assess("NOR", total_usd=20e6, notified_on="2026-01-05")
    assert a.required is False  # total $20M < $25M MDE and < $100M: nothing can reach a threshold
    assert a.tier == "nato_plus_5"
    assert "below_threshold_yet_notified" in a.flags
    assert "notified anyway" in a.reason
    b = assess("NOR", total_usd=20e6, notified_on="2026-01-05", notified=False)
    assert b.required is False and "below_threshold_yet_notified" not in b.flags


def test_threshold_met_but_not_notified() -> None:
    a = assess("JOR", total_usd=280e6, mde_usd=0, notified=False)
    assert "threshold_met_but_not_notified" in a.flags


# --- unknown inputs -------------------------------------------------------------------------------

def test_unknown_mde_between_thresholds_is_undecided() -> None:
    # State Dept release, Greece Switchblade: $80.1 million total, MDE share not stated.
    a = assess("GRC", total_usd=80.1e6)
    assert a.required is None
    assert "values_unknown" in a.flags
    assert "major-defense-equipment value" in a.reason
    assert a.review_days == 15 and a.tier == "nato_plus_5"


def test_unknown_total() -> None:
    assert assess("JOR", total_usd=None, mde_usd=5e6).required is None
    assert assess("JOR", total_usd=None, mde_usd=20e6).required is True  # MDE alone settles it
    assert assess("JOR", total_usd=None).required is None


def test_unknown_buyer_and_channel() -> None:
    a = assess("Ruritania", total_usd=1e9)
    assert a.required is None and a.tier == "unknown" and a.thresholds == {}
    assert "unknown_buyer" in a.flags
    b = assess("JOR", total_usd=1e9, channel="lease")
    assert b.required is None and "unknown_channel" in b.flags
    c = assess("JOR", total_usd=1e9, notified_on="March 10, 2026")
    assert c.required is None and "bad_date" in c.flags


# --- effective dates ------------------------------------------------------------------------------

def test_sweden_before_accession_is_not_nato() -> None:
    assert is_nato_member("SWE", "2024-03-06") is False
    assert is_nato_member("SWE", "2024-03-07") is True
    assert is_nato_member("FIN", "2023-04-03") is False
    assert is_nato_member("FIN", "2023-04-04") is True
    a = assess("SWE", total_usd=930e6, mde_usd=770e6, notified_on="2024-03-06")
    assert a.tier == "standard" and a.review_days == 30 and a.review_ends == "2024-04-05"
    assert "special_tier_not_yet_in_force" in a.flags
    assert is_nato_member("NATO") is False  # the organisation is not a member country


def test_korea_and_israel_entered_the_special_tier() -> None:
    before = assess("KOR", total_usd=60e6, mde_usd=0, notified_on="2008-10-14")
    after = assess("KOR", total_usd=60e6, mde_usd=0, notified_on="2008-10-15")
    assert (before.tier, before.review_days, before.required) == ("standard", 30, True)
    assert (after.tier, after.review_days, after.required) == ("nato_plus_5", 15, False)
    assert assess("ISR", total_usd=60e6, mde_usd=0, notified_on="2010-10-07").required is True
    assert assess("ISR", total_usd=60e6, mde_usd=0, notified_on="2010-10-08").required is False


def test_1981_threshold_change() -> None:
    # Pub. L. 97-113 (Dec. 29, 1981) raised $7M/$25M to $14M/$50M.
    old = assess("EGY", total_usd=30e6, mde_usd=10e6, notified_on="1981-06-01")
    new = assess("EGY", total_usd=30e6, mde_usd=10e6, notified_on="1982-06-01")
    assert old.thresholds["mde"] == 7e6 and old.required is True
    assert new.thresholds["mde"] == 14e6 and new.required is False


def test_nato_member_before_2002_used_standard_thresholds() -> None:
    a = assess("NOR", total_usd=60e6, mde_usd=0, notified_on="2000-01-10")
    assert a.tier == "standard" and a.required is True and a.review_days == 15


def test_commercial_licences_36c() -> None:
    a = assess("MEX", total_usd=2e6, channel="DCS", usml_category_i_firearms=True, notified_on="2024-01-02")
    assert a.required is True and a.thresholds["usml_category_i_firearms"] == 1e6
    assert a.statute == "22 U.S.C. 2776(c)(1), (c)(2)"
    assert assess("MEX", total_usd=2e6, channel="DCS").required is False
    b = assess("JPN", total_usd=60e6, mde_usd=0, channel="DCS", notified_on="2024-01-02")
    assert (b.tier, b.required, b.review_days) == ("nato_plus_5", False, 15)
    assert "design_construction" not in b.thresholds
    # 15 days for commercial licences to NATO members only since Pub. L. 104-164 (July 21, 1996).
    assert assess("NOR", total_usd=60e6, channel="DCS", notified_on="1996-07-20").review_days == 30
    assert assess("NOR", total_usd=60e6, channel="DCS", notified_on="1996-07-21").review_days == 15


def test_eu_membership() -> None:
    assert is_eu_member("HRV", "2013-06-30") is False and is_eu_member("HRV", "2013-07-01") is True
    assert is_eu_member("GBR", "2020-01-31") is True and is_eu_member("GBR", "2020-02-01") is False
    assert is_eu_member("NOR") is False


def test_money() -> None:
    assert money(14e6) == "$14 million"
    assert money(1.5e9) == "$1.5 billion"
    assert money(80.1e6) == "$80.1 million"


# --- the data files -------------------------------------------------------------------------------

def _json(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((resources.files("armstrack") / "data" / name).read_text("utf-8"))
    return data


def test_data_files_cite_sources() -> None:
    rules = _json("legal_rules.json")
    sources = rules["sources"]
    assert isinstance(sources, dict)
    for row in list(rules["thresholds"]) + list(rules["review_periods"]):  # type: ignore[call-overload]
        assert row["sources"], row["id"]
        assert all(s in sources for s in row["sources"]), row["id"]
        assert row["date_confidence"] in {"read", "inferred", "not_found"}
    groups = _json("groupings.json")
    nato = groups["nato_members"]
    eu = groups["eu_members"]
    assert isinstance(nato, list) and isinstance(eu, list)
    assert len(nato) == 32
    assert len([m for m in eu if m["left_on"] is None]) == 27
    assert {p["code"] for p in groups["aeca36"]["partners"]} == {"AUS", "JPN", "KOR", "ISR", "NZL"}  # type: ignore[index]


def _amounts(text: str) -> tuple[float, float]:
    mde = re.search(r"Major Defense Equipment\s*\*?[ .]*\$\s*([\d.]+)( million)?", text)
    total = re.search(r"(?i)\bTOTAL[ .]*\$\s*([\d.]+) million", text)
    assert mde and total
    return float(mde.group(1)) * (1e6 if mde.group(2) else 1), float(total.group(1)) * 1e6


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/dev not present")
@pytest.mark.parametrize("doc, mde, total, delivered", [
    ("fr-2026-26-27-sweden", 770e6, 930e6, "March 10, 2026"),
    ("fr-2026-26-23-jordan", 0, 280e6, "February 26, 2026"),
    ("fr-2014-14-24-philippines", 31e6, 61e6, None),
    ("fr-2013-13-06-nato", 0, 300e6, None),
])
def test_figures_are_the_corpus_figures(doc: str, mde: float, total: float, delivered: str | None) -> None:
    text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")
    assert _amounts(text) == (mde, total)
    if delivered:
        assert f"Date Report Delivered to Congress: {delivered}" in text
