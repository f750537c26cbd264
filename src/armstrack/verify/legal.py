"""Did a U.S. arms sale have to be notified to Congress, and for how long could Congress block it?

The rules are those of section 36 of the Arms Export Control Act (22 U.S.C. 2776): 36(b) for
government-to-government Foreign Military Sales ("FMS"), 36(c) for commercial export licences
("DCS"). They live, effective-dated and sourced, in ``armstrack/data/legal_rules.json``; who counts
as NATO, a NATO member on a given day, or one of the five partners with NATO-like treatment lives in
``armstrack/data/groupings.json``. This module only reads those files and applies them:

* :func:`assess` -- is a notification required, under which tier, with which review period?
* :func:`is_nato_member` / :func:`is_eu_member` -- membership on a date, from accession dates.

When the inputs do not allow a decision (a value is missing, the buyer is not recognised) the
answer is ``required=None`` and ``reason`` says why; the module never guesses.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any

TIERS = ("nato_plus_5", "standard", "unknown")
_CHANNELS = {"FMS": "FMS", "36(B)": "FMS", "FOREIGN MILITARY SALE": "FMS", "DCS": "DCS",
             "36(C)": "DCS", "DIRECT COMMERCIAL SALE": "DCS", "COMMERCIAL": "DCS"}


@dataclass(frozen=True)
class LegalAssessment:
    """The outcome of :func:`assess`. ``required`` is None when the inputs do not allow a decision."""

    required: bool | None
    tier: str  # "nato_plus_5" | "standard" | "unknown"
    thresholds: dict[str, float]  # mde / articles_services / design_construction / usml_category_i_firearms
    reason: str
    review_days: int | None
    review_ends: str | None  # notification date + review_days, when the notification date is known
    flags: list[str] = field(default_factory=list)
    statute: str = ""


def _data(name: str) -> dict[str, Any]:
    text = (resources.files("armstrack") / "data" / name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@functools.lru_cache(maxsize=1)
def legal_rules() -> dict[str, Any]:
    """The parsed ``legal_rules.json`` (thresholds and review periods, effective-dated)."""
    return _data("legal_rules.json")


@functools.lru_cache(maxsize=1)
def groupings() -> dict[str, Any]:
    """The parsed ``groupings.json`` (NATO and EU members, the section 36 special group)."""
    return _data("groupings.json")


def _iso(on: str | date | None) -> str:
    if on is None:
        return date.today().isoformat()
    if isinstance(on, date):
        return on.isoformat()
    return date.fromisoformat(on.strip()[:10]).isoformat()


def _member(rows: list[dict[str, Any]], code: str, on: str | date | None) -> bool:
    day = _iso(on)
    key = code.strip().upper()
    for row in rows:
        if row["code"] == key and row["joined"] <= day and (row["left_on"] is None or day < row["left_on"]):
            return True
    return False


def is_nato_member(code: str, on: str | None = None) -> bool:
    """True when the country (ISO 3166-1 alpha-3) is a NATO member on ``on`` (ISO date; default today).

    Uses accession dates: ``is_nato_member("SWE", "2024-03-06")`` is False, ``"2024-03-07"`` True.
    NATO itself (the organisation) is not a member country and gives False.
    """
    return _member(groupings()["nato_members"], code, on)


def is_eu_member(code: str, on: str | None = None) -> bool:
    """True when the country is a member of the EU (European Communities before 1993) on ``on``."""
    return _member(groupings()["eu_members"], code, on)


def nato_organisation(buyer: str) -> str | None:
    """``"NATO"`` or ``"NSPA"`` when ``buyer`` names NATO or one of its agencies, else None."""
    text = buyer.strip().upper()
    outside, _, inside = text.partition("(")  # "NATO Support and Procurement Agency (NSPA)"
    keys = {" ".join(k.replace(")", " ").split()) for k in (text, outside, inside)} - {""}
    for org in groupings()["nato_organisations"]:
        if keys & {org["code"], *org["aliases"]}:
            return str(org["code"])
    return None


def _in_force(row: dict[str, Any], day: str) -> bool:
    start, end = row.get("effective_from"), row.get("effective_to")
    return (start is None or start <= day) and (end is None or day <= end)


def _since(value: str | None, day: str) -> bool:
    return value is not None and value <= day


@dataclass(frozen=True)
class _Standing:
    name: str  # how the buyer is named in a sentence
    kind: str  # "organisation" | "member" | "partner" | "other"
    higher: bool  # the $25M / $100M / $300M tier applies on the day
    fifteen: bool  # the 15-day review period applies on the day
    special_later: bool  # the buyer is (or becomes) in the special group, but not yet on the day


def _standing(code: str, day: str, channel: str) -> _Standing:
    g = groupings()
    aeca = g["aeca36"]
    review_key = "fms_review_15_day_from" if channel == "FMS" else "dcs_review_15_day_from"
    org = nato_organisation(code)
    if org is not None:
        name = next(o["name"] for o in g["nato_organisations"] if o["code"] == org)
        grp = aeca["nato_organisation"]
        return _Standing(name, "organisation", False, _since(grp[review_key], day), False)
    member = next((m for m in g["nato_members"] if m["code"] == code), None)
    if member is not None and _member([member], code, day):
        grp = aeca["nato_member_countries"]
        higher, fifteen = _since(grp["higher_thresholds_from"], day), _since(grp[review_key], day)
        return _Standing(f"{member['name']}, a NATO member,", "member", higher, fifteen,
                         not (higher and fifteen))
    partner = next((p for p in aeca["partners"] if p["code"] == code), None)
    if partner is not None:
        higher, fifteen = _since(partner["higher_thresholds_from"], day), _since(partner[review_key], day)
        return _Standing(str(partner["name"]), "partner", higher, fifteen, not (higher and fifteen))
    name = member["name"] + " (not yet a NATO member then)" if member is not None else f"{code} (ISO code)"
    return _Standing(name, "other", False, False, member is not None)


def _thresholds(channel: str, tier: str, day: str, firearms: bool) -> dict[str, float]:
    out: dict[str, float] = {}
    for row in legal_rules()["thresholds"]:
        if row["channel"] != channel or not _in_force(row, day):
            continue
        if row["tier"] == tier:
            for key in ("mde", "articles_services", "design_construction"):
                if row.get(key) is not None:
                    out[key] = float(row[key])
        elif row["tier"] == "any" and firearms and row.get("usml_category_i_firearms") is not None:
            out["usml_category_i_firearms"] = float(row["usml_category_i_firearms"])
    return out


def _review_days(channel: str, special: bool, day: str) -> int | None:
    group = "special" if special else "other"
    for row in legal_rules()["review_periods"]:
        if row["channel"] == channel and row["group"] == group and _in_force(row, day):
            return int(row["days"])
    return None


def money(amount: float) -> str:
    """$14 million, $1.5 billion, $500,000: amounts as a news story writes them."""
    if amount >= 1e9:
        return f"${amount / 1e9:,.2f}".rstrip("0").rstrip(".") + " billion"
    if amount >= 1e6:
        return f"${amount / 1e6:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"${amount:,.0f}"


def _statute(channel: str, tier: str) -> str:
    if channel == "FMS":
        return "22 U.S.C. 2776(b)(1), (b)(6)" if tier == "nato_plus_5" else "22 U.S.C. 2776(b)(1)"
    return "22 U.S.C. 2776(c)(1), (c)(2), (c)(5)" if tier == "nato_plus_5" else "22 U.S.C. 2776(c)(1), (c)(2)"


def _bad(value: float | None) -> bool:
    return value is not None and (math.isnan(value) or value < 0)


def _unknown(reason: str, flags: list[str], statute: str = "22 U.S.C. 2776") -> LegalAssessment:
    return LegalAssessment(None, "unknown", {}, reason, None, None, flags, statute)


def assess(buyer: str, *, total_usd: float | None, mde_usd: float | None = None,
           design_construction: bool = False, notified_on: str | None = None, channel: str = "FMS",
           usml_category_i_firearms: bool = False, notified: bool = True) -> LegalAssessment:
    """Apply section 36 to one proposed sale.

    ``buyer`` is an ISO 3166-1 alpha-3 code or NATO / NSPA; ``total_usd`` the total estimated value
    (MDE included); ``mde_usd`` the major-defense-equipment part; ``notified_on`` the date the
    certification was delivered to Congress (ISO). Without it the rules in force today are applied
    and ``review_ends`` is None. ``notified`` says whether a notification was in fact made, so that
    the flags can point out notifications below every threshold (or missing ones above).
    """
    flags: list[str] = []
    ch = _CHANNELS.get(channel.strip().upper())
    if ch is None:
        return _unknown(f"The sales channel {channel!r} is neither FMS (section 36(b)) nor a commercial "
                        "export licence (section 36(c)), so section 36 cannot be applied.", ["unknown_channel"])
    try:
        day = _iso(notified_on)
    except ValueError:
        return _unknown(f"The notification date {notified_on!r} is not an ISO date (YYYY-MM-DD), so the "
                        "rules in force cannot be chosen.", ["bad_date"], _statute(ch, "standard"))
    if notified_on is None:
        flags.append("notification_date_unknown")
    code = buyer.strip().upper()
    org = nato_organisation(code)
    code = org or code
    if org is None and not (len(code) == 3 and code.isalpha()):
        return _unknown(f"The buyer {buyer!r} is not an ISO 3166-1 alpha-3 country code or NATO/NSPA, so "
                        "its tier under section 36 is unknown.", flags + ["unknown_buyer"], _statute(ch, "standard"))
    st = _standing(code, day, ch)
    tier = "nato_plus_5" if st.higher else "standard"
    if st.kind == "organisation":
        flags.append("nato_organisation_standard_thresholds")
    if st.special_later:
        flags.append("special_tier_not_yet_in_force")
    firearms = usml_category_i_firearms and ch == "DCS"
    thresholds = _thresholds(ch, tier, day, firearms)
    review_days = _review_days(ch, st.fifteen, day)
    review_ends = None
    if notified_on is not None and review_days is not None:
        review_ends = (date.fromisoformat(day) + timedelta(days=review_days)).isoformat()
    statute = _statute(ch, tier)
    if design_construction and ch == "DCS":
        flags.append("design_construction_not_in_36c")
    if _bad(total_usd) or _bad(mde_usd):
        return LegalAssessment(None, tier, thresholds, "A value is negative or not a number, so no threshold "
                               f"test is possible ({statute}).", review_days, review_ends,
                               flags + ["bad_value"], statute)
    if mde_usd is not None and total_usd is not None and mde_usd > total_usd:
        flags.append("mde_exceeds_total")

    if firearms and "usml_category_i_firearms" in thresholds:
        total_key = "usml_category_i_firearms"
    elif design_construction and ch == "FMS":
        total_key = "design_construction"
    else:
        total_key = "articles_services"
    limit_total, limit_mde = thresholds.get(total_key), thresholds.get("mde")
    if limit_total is None or limit_mde is None:
        return LegalAssessment(None, tier, thresholds, f"No {total_key.replace('_', ' ')} threshold is "
                               f"encoded for {day}, so the test cannot be made ({statute}).", review_days,
                               review_ends, flags + ["threshold_not_encoded"], statute)

    total_hit = total_usd is not None and total_usd >= limit_total
    total_hit = total_hit or (total_usd is None and mde_usd is not None and mde_usd >= limit_total)
    mde_hit = mde_usd is not None and mde_usd >= limit_mde
    total_known_low = total_usd is not None and total_usd < limit_total
    mde_known_low = (mde_usd is not None and mde_usd < limit_mde) or (total_usd is not None
                                                                        and total_usd < limit_mde)
    required: bool | None
    if total_hit or mde_hit:
        required = True
    elif total_known_low and mde_known_low:
        required = False
    else:
        required = None

    what = {"articles_services": "defense articles and services", "usml_category_i_firearms":
            "Category I firearms under a commercial licence", "design_construction":
            "design and construction services"}[total_key]
    tier_words = (", which sets higher thresholds for NATO member countries, Australia, Japan, South Korea, "
                  "Israel and New Zealand (when no re-export outside that group is authorised)"
                  if tier == "nato_plus_5" else "")
    anyway = ""
    if required is True:
        parts = []
        if mde_hit and mde_usd is not None:
            parts.append(f"{money(mde_usd)} of major defense equipment (threshold {money(limit_mde)})")
        if total_hit and total_usd is not None:
            parts.append(f"a total of {money(total_usd)} of {what} (threshold {money(limit_total)})")
        elif total_hit and mde_usd is not None:
            parts.append(f"at least {money(mde_usd)} in total (threshold {money(limit_total)})")
        lead = f"Congress had to be notified: the sale to {st.name} involves " + " and ".join(parts)
        if not mde_hit and mde_usd is not None and total_hit:
            flags.append("mde_below_threshold_total_above")
        if not notified:
            flags.append("threshold_met_but_not_notified")
    elif required is False:
        lead = (f"No notification was required: the sale to {st.name} stays below {money(limit_mde)} of "
                f"major defense equipment and {money(limit_total)} of {what}")
        if notified:
            flags.append("below_threshold_yet_notified")
            anyway = " It was notified anyway."
    else:
        missing = " and ".join(w for w, v in (("total value", total_usd), ("major-defense-equipment value",
                                                                          mde_usd)) if v is None)
        lead = (f"Cannot tell whether notification was required: the {missing} of the sale to {st.name} "
                f"is not known and the known figures do not settle the test against {money(limit_mde)} of "
                f"major defense equipment or {money(limit_total)} of {what}")
        flags.append("values_unknown")
    reason = f"{lead}, under {statute}{tier_words}.{anyway}"
    if st.kind == "organisation":
        reason += (" NATO as an organisation gets the 15-day review period, but the higher thresholds of "
                   "section 36(b)(6)/(c)(5) name only member countries and the five partners.")
    if review_days is not None:
        reason += f" Congress's review period is {review_days} calendar days"
        reason += f", ending {review_ends}." if review_ends else " from the date the notification is received."
    if notified_on is None:
        reason += " The notification date is unknown, so today's rules were applied."
    return LegalAssessment(required, tier, thresholds, reason, review_days, review_ends, flags, statute)
