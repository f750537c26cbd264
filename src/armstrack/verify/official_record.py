"""Claims checked against the bundled official record: the DSCA/State press releases of 2004-2026.

A news report of a U.S. sale is matched to the release it retells -- same buyer, a release dated
within a few days of the event the report dates (or, for an undated report, in the six weeks up to
the article's publication), and at least one system in common.  When exactly one release matches,
the report's value and quantities are compared with it (:func:`compare_value`,
:func:`compare_quantity`); ambiguity gives no claim.  The record is built from public-domain releases
by ``tools/build_official_records.py``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

from armstrack.model import Claim, DealReport, Document, Evidence, Item
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.dates import MONTHS, DateMention, find_dates
from armstrack.regex_gate import gated
from armstrack.verify.claim_common import deal_subject

VALUE_TOLERANCE = 0.03
FX_TOLERANCE = 0.12  # exchange rates move: a conversion at another date still matches within this
EVENT_WINDOW = 10  # days between the report's own date and the release
UNDATED_WINDOW = 45  # days before publication for a report without a date of its own
# the currency a buyer's own press may print as a bare "$" (or confuse with U.S. dollars)
LOCAL_CURRENCY = {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "GBR": "GBP", "DEU": "EUR", "FRA": "EUR", "ITA": "EUR",
                  "ESP": "EUR", "NLD": "EUR", "BEL": "EUR", "GRC": "EUR", "FIN": "EUR", "PRT": "EUR", "AUT": "EUR",
                  "IRL": "EUR", "LTU": "EUR", "LVA": "EUR", "EST": "EUR", "SVK": "EUR", "SVN": "EUR", "HRV": "EUR",
                  "SGP": "SGD", "TWN": "TWD", "HKG": "HKD"}


@dataclass(frozen=True)
class Record:
    date: str
    transmittal: str | None
    buyer: str
    value_usd: float | None
    title: str
    items: tuple[tuple[str | None, str, int], ...]
    url: str | None

    def cite(self) -> str:
        t = f", transmittal {self.transmittal}" if self.transmittal else ""
        return f"DSCA release of {self.date}{t} ({self.title})"


@lru_cache(maxsize=1)
def records() -> dict[str, list[Record]]:
    raw = json.loads((files("armstrack") / "data" / "dsca_records.json").read_text(encoding="utf-8"))
    out: dict[str, list[Record]] = {}
    for r in raw["records"]:
        rec = Record(r["date"], r.get("transmittal"), r["buyer"], r.get("value_usd"), r.get("title") or "",
                     tuple((i[0], i[1], int(i[2])) for i in r.get("items") or []), r.get("url"))
        out.setdefault(rec.buyer, []).append(rec)
    return out


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def _family(catalog_id: str | None) -> set[str]:
    if not catalog_id:
        return set()
    cat = load_catalog()
    system = cat.get(catalog_id)
    if system is None or system.generic:
        return set()
    return {catalog_id} | {a.id for a in cat.ancestors(catalog_id) if not a.generic}


def report_families(report: DealReport) -> set[str]:
    """The catalog ids of a report's items and of their families (generic classes left out)."""
    out: set[str] = set()
    for item in report.items:
        out |= _family(item.catalog_id)
    return out


@lru_cache(maxsize=4096)
def _title_ids(title: str) -> frozenset[str]:
    return frozenset(s.id for _, _, s in load_catalog().find_in(title))


@lru_cache(maxsize=4096)
def _record_ids(rec: Record) -> frozenset[str]:
    ids: set[str] = set()
    for cid, _, _ in rec.items:
        ids |= _family(cid)
    for sid in _title_ids(rec.title):
        ids |= _family(sid)
    return frozenset(ids)


def match(report: DealReport, doc: Document) -> Record | None:
    """The one release a news report of a U.S. sale retells, or None when none or several fit."""
    if report.seller is None or report.seller.code != "USA" or report.buyer is None:
        return None
    if report.stage not in (None, "approved", "notified"):
        return None  # a contract or a delivery is another event than the release
    event, published = _day(report.date), _day(doc.published)
    told_month = _month_told(report, published)
    if event is not None:
        lo, hi = event - timedelta(days=EVENT_WINDOW), event + timedelta(days=EVENT_WINDOW)
    elif told_month is not None:  # "approved its request ... in December 2016": that month
        lo = date(*told_month, 1) - timedelta(days=EVENT_WINDOW)
        hi = date(*told_month, 28) + timedelta(days=EVENT_WINDOW)
    elif published is not None:
        lo, hi = published - timedelta(days=UNDATED_WINDOW), published + timedelta(days=1)
    else:
        return None
    mine = report_families(report)
    if not mine and (event is None or report.value is None):
        return None  # (with no system named, only the release of the day told at the figure told will do)
    told = [dm for ev in report.evidence for dm in find_dates(ev.text, doc.published)]
    years = {m.group(0) for ev in report.evidence for m in YEAR_RE.finditer(ev.text)
             if not SINCE_RE.search(ev.text[max(0, m.start() - 20):m.start()])  # "seit 2018": not the event's year
             and not HISTORY_RE.search(ev.text[max(0, m.start() - 70):m.start()])}
    scored = []
    for rec in records().get(report.buyer.code, []):
        d = _day(rec.date)
        if d is None or not lo <= d <= hi or not _dates_agree(told, years, d):
            continue
        ref = rec.value_usd or 0.0
        same_figure = report.value is not None and ref > 0 and abs(report.value.amount - ref) <= 0.01 * ref
        if not mine:
            # "… dem möglichen Verkauf von fünfzehn schnellen Patrouillenbooten … zugestimmt … rund 100 Millionen
            # Euro": no system the catalog names, but the release of that very day, at that figure
            if d == event and same_figure:
                scored.append((1, rec))
            continue
        theirs = _record_ids(rec)  # the release's systems and their families
        direct = {cid for cid, _, _ in rec.items if cid} | _title_ids(rec.title)
        named = [(i.catalog_id, _family(i.catalog_id)) for i in report.items if _family(i.catalog_id)]
        # the same system, its family or a variant of it -- not a sibling ("HH-60W" is not the "UH-60M")
        shared = sum(1 for cid, fam in named if cid in theirs or fam & direct)
        # most of what the report names is in the release, its main (first-named) system among them: "162
        # Abrams tanks ..., and the TOW purchases" is not the TOW release
        main_in = bool(named) and (named[0][0] in theirs or bool(named[0][1] & direct))
        # (on the release's own day and with its figure, whatever the currency printed, its main system is enough:
        # the items the release lists outside its major defense equipment -- "AN/AAR-47 missile warning systems"
        # -- are not in its item list)
        if shared and main_in and (2 * shared >= len(named) or (d == event and same_figure)):
            scored.append((shared, rec))
    value = report.value_usd if report.value is not None and report.value.currency == "USD" else None
    if value and len(scored) > 1 and any(r.value_usd and abs(r.value_usd - value) <= 0.02 * value for _, r in scored):
        # two releases of the same family in reach: the one whose estimate the report states
        scored = [(n + 100, r) if r.value_usd and abs(r.value_usd - value) <= 0.02 * value else (n, r)
                  for n, r in scored]
    scored.sort(key=lambda x: -x[0])
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


# "since 2018", "since June 2017", "seit Juni 2019": a time before the event, not its year
SINCE_RE = re.compile(r"(?i)\b(?:since|seit|depuis|after|nach|before|vor|avant|until|bis|jusqu['’]en|by)\s+"
                      r"(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+)?$")
# "dont le prototype a effectué son premier vol en 1975", "in service since", "entered service in 2015": the
# system's history, not the year of the sale
HISTORY_RE = re.compile(r"(?i)\b(?:first\s+fl(?:ight|ew)|maiden\s+flight|premier\s+vol|Erstflug|erstmals\s+(?:ab|geflogen)|"
                        r"prototyp\w*|entered\s+service|service\s+entry|mise\s+en\s+service|entrée?\s+en\s+service|"
                        r"in\s+Dienst\s+gestellt|Indienststellung|introduced\s+in(?:to\s+service)?)\b[^.;]{0,45}$")
YEAR_RE = re.compile(r"(?<![\d$€£.,])(?:19[5-9]\d|20[0-4]\d)(?![\d%])")


MONTH_YEAR_RE = gated(re.compile(r"(?i)\b(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<y>(?:19|20)\d{2})\b"))


_MONTHS_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "im April vergangenen Jahres", "in April last year", "en avril de l'année dernière": a month of the year before
MONTH_LAST_YEAR_RE = gated(re.compile(r"(?i)\b(?P<m>" + _MONTHS_ALT + r")\.?\s+(?:(?:of\s+)?last\s+year|(?:des\s+)?"
                                r"(?:vergangenen|letzten|Vorjahres)(?:\s+Jahres)?|de\s+l['’]année\s+(?:dernière|passée)|"
                                r"de\s+l['’]an\s+(?:dernier|passé)|dernier)\b"))


# "Im Dezember", "in December", "en décembre": a month told without its year
MONTH_BARE_RE = re.compile(r"(?i)\b(?:im|in|en|au\s+mois\s+de)\s+(?P<m>" + _MONTHS_ALT + r")\b(?!\.?\s+(?:de\s+)?"
                           r"(?:19|20)\d\d|\.?\s+(?:last|vergangenen|letzten|dernier|de\s+l['’]an))")


def _month_told(report: DealReport, published: date | None = None) -> tuple[int, int] | None:
    """The one month and year the report's sentences give ("in December 2016", "im April vergangenen Jahres"), if
    just one."""
    found = {(int(m.group("y")), MONTHS[m.group("m").lower()]) for ev in report.evidence
             for m in MONTH_YEAR_RE.finditer(ev.text)}
    if published is not None:
        found |= {(published.year - 1, MONTHS[m.group("m").lower()]) for ev in report.evidence
                  for m in MONTH_LAST_YEAR_RE.finditer(ev.text)}
        if not found:  # "Im Dezember hat das US-Außenministerium …" in July: the last December before
            for ev in report.evidence:
                for m in MONTH_BARE_RE.finditer(ev.text):
                    month = MONTHS[m.group("m").lower()]
                    found.add((published.year - (month > published.month), month))
    return found.pop() if len(found) == 1 else None


def _dates_agree(told: list[DateMention], years: set[str], released: date) -> bool:
    """Do the dates the report's sentences give ("in 2021", "in June", "on 16 September") fit the release?"""
    if years and released.isoformat()[:4] not in years:
        return False
    written = any(dm.precision == "day" and re.search(r"\d", dm.text) for dm in told)
    for dm in told:
        if not dm.iso or dm.relative and dm.precision == "year":
            continue
        if written and dm.relative and not re.search(r"\d", dm.text):
            continue  # "le jeudi 23 janvier": the day written out, not the weekday read against publication
        if dm.precision == "year" and dm.iso[:4] != released.isoformat()[:4]:
            return False
        if dm.precision == "month" and dm.iso[:7] != released.isoformat()[:7]:
            return False
        if dm.precision == "day" and (d := _day(dm.iso)) is not None \
                and abs((d - released).days) > EVENT_WINDOW:
            return False
    return True


def _precision(stated: str) -> float:
    """Half a unit of the last digit of a stated figure, as a share of it (at most 15 %): "$2 billion" ->
    0.15, "$10 billion" -> 0.05, "$1.75 billion" -> 0.003."""
    m = re.search(r"\d[\d.,\u00a0\u202f]*", stated)
    if not m:
        return 0.0
    digits = re.sub(r"[^\d]", "", m.group(0)).lstrip("0")
    return min(0.15, 0.5 / int(digits)) if digits else 0.0


def compare_value(amount: float, currency: str, usd: float | None, stated: str, ref_usd: float,
                  local_usd: dict[str, float | None]) -> tuple[str, str, str]:
    """(verdict, attribute, note) of a reported value against an official U.S.-dollar value."""
    tolerance = max(VALUE_TOLERANCE, _precision(stated))
    if currency == "USD" and abs(amount - ref_usd) <= tolerance * ref_usd:
        return "supported", "value", ""
    if currency != "USD" and abs(amount - ref_usd) <= tolerance * ref_usd \
            and (usd is None or abs(usd - amount) > 0.005 * amount):
        # "8.4 billion euros" for an $8.4 billion notice: the official number with the wrong currency (a
        # conversion would not land on the same figure)
        return "contradicted", "currency", f"; the official figure is {ref_usd:,.0f} U.S. dollars, not {currency}"
    if currency != "USD" and usd is not None and abs(usd - ref_usd) <= max(FX_TOLERANCE, tolerance) * ref_usd:
        return "supported", "value", f"; {amount:,.0f} {currency} ≈ USD {usd:,.0f}"
    if currency != "USD":
        return "unverifiable", "value", ""  # a local-currency figure may be the buyer's own budget
    for local, lusd in local_usd.items():
        if lusd and abs(lusd - ref_usd) <= FX_TOLERANCE * ref_usd:
            return "contradicted", "currency", f"; {amount:,.0f} matches the official value in {local}, not USD"
    return "contradicted", "value", ""


def compare_quantity(q: int, qualifier: str | None, official: int) -> bool:
    lower = qualifier in ("over", "more than", "at least", "plus de", "mehr als")
    upper = qualifier in ("up to", "as many as", "jusqu'à", "bis zu")
    # "up to 450" where the release says "up to 405": a ceiling is restated with its number, so it must agree (a
    # rounded restatement within 2 % still does)
    return q == official or (lower and q <= official) or (upper and q >= official and q - official <= 0.02 * official)


def _usd(amount: float, currency: str, when: str | None) -> float | None:
    from armstrack.normalize.money_convert import to_usd

    return amount if currency == "USD" else to_usd(amount, currency, when)[0]


def check_report(report: DealReport, doc: Document, rec: Record | None) -> list[Claim]:
    """The report's value and counts against ``rec``, the release it was matched to (none: nothing to say)."""
    if rec is None:
        return []
    out: list[Claim] = []
    subject = deal_subject(report) or rec.title
    when = report.date or doc.published
    v = report.value
    if v is not None and rec.value_usd:
        stated = v.evidence.text if v.evidence else f"{v.amount:,.0f} {v.currency}"
        local = LOCAL_CURRENCY.get(rec.buyer)
        locals_ = {local: _usd(v.amount, local, when)} if local and v.currency == "USD" else {}
        verdict, attribute, note = compare_value(v.amount, v.currency, _usd(v.amount, v.currency, when), stated,
                                                 float(rec.value_usd), locals_)
        if attribute == "currency" and v.currency_reason and stated.lstrip().startswith("$"):
            # a bare "$" that is the official value in the outlet's own dollars: the article is right, the
            # dollar reading was not -- say so instead of flagging the article
            verdict, attribute, note = "supported", "value", note.replace("not USD", "a bare '$' in local dollars")
        if v.evidence is not None and verdict != "unverifiable":
            out.append(Claim(subject, attribute, f"{stated} ({v.currency})", v.evidence, verdict,
                             f"${rec.value_usd:,.0f} in the {rec.cite()}{note}", rec.url))
        if verdict != "unverifiable" and (attribute == "currency" or verdict == "supported"):
            out.extend(_restated_currency(subject, rec, doc, taken=[v.evidence] if v.evidence else []))
    official: dict[str, list[tuple[str, int]]] = {}
    for cid, name, q in rec.items:
        if cid:
            official.setdefault(cid, []).append((name, q))
    for item in report.items:
        out.extend(_quantity_claim(item, official, rec))
    return out


# the text itself says a figure in another currency is another figure than the dollar one
TWO_FIGURES_RE = gated(re.compile(r"(?i)\bnot\s+(?:in\s+)?U\.?S\.?\s+dollars|\bpas\s+(?:en\s+)?dollars\s+américains|"
                            r"\bnicht\s+(?:in\s+)?US-Dollar|\b(?:a|is\s+a)\s+(?:separate|different)\s+(?:figure|amount|number)|"
                            r"\bidentical-looking\s+(?:numbers|figures)"))


# words that tell a figure as a conversion of the one before: "soit environ", "or about", "umgerechnet", "(about"
CONVERTED_RE = re.compile(r"(?i)(?:\b(?:soit|or\s+about|or\s+roughly|or\s+some|environ|umgerechnet|also|i\.e\.|"
                          r"equivalent\s+to|the\s+equivalent\s+of|roughly|approximately|about)\b[^.;\d]{0,12}|\(\s*)$")


def _restated_currency(subject: str, rec: Record, doc: Document, taken: list[Evidence]) -> list[Claim]:
    """The official dollar figure told again later in another currency ("Der Kaufpreis von 15 Milliarden
    Euro" after "15 Milliarden Dollar"): the article names the deal's own figure, so the number is the
    official one and only its currency is wrong.  A conversion would not land on the same number."""
    from armstrack.normalize.money import find_money

    assert rec.value_usd
    ref = float(rec.value_usd)
    out: list[Claim] = []
    if TWO_FIGURES_RE.search(doc.text):
        return out  # "… is in Canadian dollars, not U.S. dollars; the US$5.9-billion estimate … is a separate figure"
    for m in find_money(doc.text):
        if m.currency in ("USD", "$") or any(t.start < m.end and m.start < t.end for t in taken):
            continue
        digits = re.sub(r"[^\d]", "", re.sub(r"[.,]0+(?!\d)", "", m.text)).lstrip("0")
        if len(digits.rstrip("0")) < 2:
            continue  # "1 billion euros" may be any figure of the story; "15 Milliarden" is the deal's own
        usd = _usd(m.amount, m.currency, doc.published)
        if usd is not None and abs(usd - ref) <= FX_TOLERANCE * ref \
                and CONVERTED_RE.search(doc.text, max(0, m.start - 30), m.start) is not None:
            continue  # "900 millions de dollars, soit environ 873 millions d'euros": a conversion, told as one
        verdict, attribute, note = compare_value(m.amount, m.currency, usd, m.text, ref, {})
        if attribute != "currency":
            continue
        out.append(Claim(subject, attribute, f"{m.text} ({m.currency})", Evidence.of(doc.text, m.start, m.end),
                         verdict, f"${rec.value_usd:,.0f} in the {rec.cite()}{note}", rec.url))
    return out


def _count_said(item: Item) -> bool:
    """Is the item's count written in its own evidence ("26 M142 launchers", "vingt et un UH-60M")? A count
    carried over from elsewhere in the text is not checked against the record."""
    from armstrack.normalize.numbers import count_value

    dozens = re.search(r"(?i)\b(a|one|two|three|four|five|half\s+a)\s+dozens?\b", item.evidence.text[:60])
    if dozens is not None:  # "two dozen T-6C"
        n = {"a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60, "half a": 6}.get(
            re.sub(r"\s+", " ", dozens.group(1).lower()))
        if n == item.quantity:
            return True
    for m in re.finditer(r"(?i)\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|[\d][\d,.\u00a0\u202f]*|[a-zäöüßéèàç]+(?:[\s-]+(?:et[\s-]+)?[a-zäöüßéèàç]+)*",
                         item.evidence.text[:60]):
        raw = m.group(0)
        n = count_value(raw)
        if n == item.quantity:
            return True
        for w in raw.split():  # "up to twenty" -> "twenty"
            if not raw[0].isdigit() and count_value(w) == item.quantity:
                return True
    return False


def _quantity_claim(item: Item, official: dict[str, list[tuple[str, int]]], rec: Record) -> list[Claim]:
    if item.quantity is None or not item.catalog_id or not _count_said(item):
        return []
    entries = official.get(item.catalog_id)
    if entries is None:  # "300 Switchblades" against "350 Switchblade 300": the one release line of that family
        mine = _family(item.catalog_id)
        cat = load_catalog()
        kind = cat.get(item.catalog_id)
        near = [(cid, e) for cid, es in official.items() for e in es if item.catalog_id in _family(cid) or cid in mine]
        same_kind = [(cid, e) for cid, e in near if (s := cat.get(cid)) is not None and kind is not None
                     and s.type == kind.type]
        variants = [(cid, e) for cid, e in same_kind if cid != item.catalog_id and item.catalog_id in _family(cid)]
        if kind is not None and kind.category in ("Aircraft", "Armoured vehicles", "Ships") and len(variants) > 1 \
                and len(variants) == len(same_kind) and len({cid for cid, _ in variants}) == len(variants):
            # "24 Kampfjets vom Typ F-16" against "16 F-16C Block 70" and "4 F-16D Block 70": the family's count is
            # the sum of its variants' lines
            lines = " and ".join(f"{q} {n}" for _, (n, q) in variants)
            entries = [(f"{kind.name if kind else item.system} ({lines})", sum(q for _, (_n, q) in variants))]
        else:
            entries = [e for _, e in same_kind] or [e for _, e in near] or None
    if not entries:
        return []
    if len(entries) != 1:
        # "20 HIMARS" against two HIMARS lines of a release: which one is meant? (One line, or all together; but
        # "530 FIM-92K" against lines of 350 and 5 is more than all the lines of the release together.)
        total = sum(q for _n, q in entries)
        lines = " and ".join(f"{q} {n}" for n, q in entries)
        if any(compare_quantity(item.quantity, item.quantity_qualifier, q) for q in (total, *(q for _n, q in entries))):
            return [Claim(item.system, "quantity", f"{item.quantity_qualifier or ''} {item.quantity}".strip(),
                          item.evidence, "supported", f"{lines} in the {rec.cite()}", rec.url)]
        if item.quantity_qualifier is None and item.quantity > total:
            return [Claim(item.system, "quantity", str(item.quantity), item.evidence, "contradicted",
                          f"{lines} ({total} in all) in the {rec.cite()}", rec.url)]
        return []
    name, oq = entries[0]
    ok = compare_quantity(item.quantity, item.quantity_qualifier, oq)
    if not ok:
        # "208 PAC-3 MSE" where the release's line of 208 was read as its parent "PAC-3" (and the MSE line
        # is 11 test rounds): a line of the same family with that count is the one the article counts
        mine = _family(item.catalog_id)
        kin = [e for cid, es in official.items() if cid in mine or item.catalog_id in _family(cid) for e in es
               if compare_quantity(item.quantity, item.quantity_qualifier, e[1])]
        if kin:
            (name, oq), ok = kin[0], True
    if not ok and item.quantity_qualifier is None \
            and any(q > item.quantity for a in load_catalog().ancestors(item.catalog_id) for _n, q in official.get(a.id, [])):
        return []  # "32 single-seat F-16C" against "40 F-16" of the release: a part of the family's count
    if not ok and any(cid is None and compare_quantity(item.quantity, item.quantity_qualifier, q)
                      for cid, _, q in rec.items):
        return []  # a release line the catalog could not name, of that count, may be the one the article counts
    stated = f"{item.quantity_qualifier or ''} {item.quantity}".strip()
    return [Claim(item.system, "quantity", stated, item.evidence, "supported" if ok else "contradicted",
                  f"{oq} {name} in the {rec.cite()}", rec.url)]


def check_reports(reports: list[DealReport], doc: Document) -> list[Claim]:
    from dataclasses import replace

    from armstrack.normalize.catalog import load_catalog
    from armstrack.normalize.countries import by_code

    cat = load_catalog()

    families = {id(r): {s.id for i in r.items if i.catalog_id and (s := cat.root(i.catalog_id)) is not None}
                for r in reports}
    values = {(r.value.evidence.start, r.value.evidence.end): id(r) for r in reports
              if r.value is not None and r.value.evidence is not None}
    records = {id(r): match(r, doc) for r in reports}  # once per report: the headline check reads them too
    out: list[Claim] = []
    seen: set[tuple[int, int, str]] = set()
    for r in reports:
        # a figure another report holds as its own value is that deal's, not a restatement of this one
        claims = [c for c in check_report(r, doc, records[id(r)])
                  if values.get((c.evidence.start, c.evidence.end), id(r)) == id(r)
                  and (c.evidence.start, c.evidence.end, c.attribute) not in seen]
        seen |= {(c.evidence.start, c.evidence.end, c.attribute) for c in claims}
        country = by_code(r.buyer.code) if r.buyer else None
        shared = any(families[id(r)] & families[id(o)] for o in reports
                     if o.buyer and r.buyer and o.buyer.code != r.buyer.code)
        if shared and country is not None:
            # the text tells sales of the same system to several buyers: "P-8A Poseidon (Norway)"
            claims = [replace(c, subject=f"{c.subject} ({country.name})") for c in claims]
        out.extend(claims)
    taken = {(c.evidence.start, c.evidence.end) for c in out}
    matched = [(r, rec) for r in reports if (rec := records[id(r)]) is not None]
    from armstrack.verify.contract_currency import contract_currency_claims

    for c in _headline_counts(matched, doc) + contract_currency_claims(reports, doc):
        if (c.evidence.start, c.evidence.end) not in taken:
            taken.add((c.evidence.start, c.evidence.end))
            out.append(c)
    return out


def _headline_counts(matched: list[tuple[DealReport, Record]], doc: Document) -> list[Claim]:
    """"US okays sale of 24 F-16 jets to PH": a count in the headline, which the reader does not read as a deal
    of its own, checked against the record of the sale of that system the article tells."""
    from armstrack.extract.news_fields import _quantity
    from armstrack.extract.stage import read_stage

    title = (doc.title or "").strip()
    at = doc.text.find(title, 0, 600) if len(title) >= 15 else -1
    cue, hedged = read_stage(title)
    if at < 0 or cue is None or hedged or cue.stage not in ("approved", "notified"):
        return []  # "Israël commande douze CH-53K": an order, not the approval the record tells
    cat = load_catalog()
    out: list[Claim] = []
    from armstrack.normalize.countries import find_parties

    named = {p.code for p in find_parties(title)} - {"USA"}
    if named:  # "Bahreïn : Washington autorise … douze AH-1Z": the sale to the country the headline names
        matched = [(r, rec) for r, rec in matched if r.buyer is not None and r.buyer.code in named]
    for a, b, sysm in cat.find_in(title):
        if sysm.generic:
            continue
        qty, qual, qs = _quantity(title, a)
        if qty is None:
            continue
        root = cat.root(sysm.id) or sysm
        for r, rec in matched:
            if r.stage not in ("approved", "notified") or not any(i.catalog_id and (cat.root(i.catalog_id) or sysm).id == root.id for i in r.items):
                continue
            official: dict[str, list[tuple[str, int]]] = {}
            for cid, name, q in rec.items:
                if cid:
                    official.setdefault(cid, []).append((name, q))
            item = Item(system=sysm.name, evidence=Evidence.of(doc.text, at + qs, at + b), quantity=qty,
                        quantity_qualifier=qual, category=sysm.category, catalog_id=sysm.id, mention=title[a:b])
            out.extend(_quantity_claim(item, official, rec))
            break
    return out


def as_dicts(claims: list[Claim]) -> list[dict[str, Any]]:
    return [c.to_dict() for c in claims]
