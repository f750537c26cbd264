"""Filling a deal from one clause: stage, date, value, items with their counts (the news reader's `_fill`)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from armstrack.extract.clauses import Unit
from armstrack.extract.news_components import (
    _counted_generic_items,
    counted_components,
    elliptic_variants,
    shortened_mentions,
)
from armstrack.extract.news_fields import (
    SHARED_NAMES,
    _context_mention,
    _dollar_currency,
    _in_dateline,
    _quantity,
    _same_kind,
    _shared_name_currency,
    _to_usd,
    converted_count,
)
from armstrack.extract.news_parts import (
    _approval_noun,
    _split_listed_cases,
)
from armstrack.extract.news_patterns import (
    AGGREGATE_AFTER_RE,
    AGGREGATE_RE,
    APPROVAL_OF_SALE_RE,
    GENERIC_QTY_RE,
    LIST_ITEM_RE,
    MONEY_AFTER_CONTEXT_RE,
    MONEY_CONTEXT_RE,
    STAGE_GROUP,
    STAGE_NOUNS,
    TOTAL_CLAUSE_RE,
    UNIT_PRICE_AFTER_RE,
    UNIT_PRICE_BEFORE_RE,
    UPPER_BOUND_RE,
)
from armstrack.extract.news_refs import (
    SAME_DAY_RE,
    Topic,
    _backref_count,
    _component_quantity,
    _Deal,
    _distributive_quantity,
    _generic_quantity,
    _request_told_by_notice,
    _same_item,
    _same_occasion_date,
    _sentence_of_kind,
    _topic_of_kind,
)
from armstrack.model import Document, Evidence, Item, Money
from armstrack.normalize.catalog import System, load_catalog, lookup_key
from armstrack.normalize.dates import find_dates
from armstrack.normalize.money import MoneyMention
from armstrack.regex_gate import gated

CASE_RECEIVED_RE = re.compile(r"(?i)\b(?:got|gets|received|receives|obtained|was\s+granted)\s+(?:an?\s+)?"
                              r"(?:(?:US|U\.S\.)?\$[\d.,]+\s*(?:million|billion|bn|m)\s+)?(?:[\w-]+\s+){0,2}"
                              r"(?:package|case)\b")
# "Tuesday's announcement", "Friday's notification": an event's day named by its possessive
POSSESSIVE_DAY_RE = re.compile(r"(?i)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+"
                               r"(?:\w+\s+)?(?:announcement|decision|approval|notification|notice|release)\b")


# "named Uzbekistan as the customer for its C-390": a purchase made known, on a day that is not its own
DISCLOSURE_CUE_RE = re.compile(r"(?i)\bas\s+the\s+.*customer|Kunde\s+für")


# a day that dates the telling: "…, the minister said on Tuesday", "a annoncé mardi", "teilte am Dienstag mit"
SAID_DAY_RE = re.compile(r"(?i)\b(?:said|announced|told|confirmed|disclosed|stated|a\s+annoncé|a\s+indiqué|a\s+déclaré|"
                         r"a\s+fait\s+savoir|sagte|teilte|erklärte|gab)\b[^.;]{0,20}$")


# a figure restated in brackets after another: "67 millions de dollars (soit à peu près 245,2 millions de zlotys)"
RESTATED_BETWEEN_RE = re.compile(r"\s*\(\s*(?:(?:soit|about|around|roughly|some|approximately|environ|rund|etwa|ca\.|"
                                 r"or|i\.e\.|à\s+peu\s+près|umgerechnet)\s*)*$")


def prices_of(unit: Unit) -> list[MoneyMention]:
    """The clause's figures that can be a deal's price: not a budget, a total, a bound or a company's results (nor
    a unit's price, nor that price restated in brackets)."""
    out: list[MoneyMention] = []
    rejected, prev_end = False, 0
    for m in unit.money:
        if rejected and RESTATED_BETWEEN_RE.fullmatch(unit.text, prev_end, m.start):
            # "67 millions de dollars par système (soit … 245,2 millions de zlotys)": the same unit price; "earmarks
            # DKK 27.4 billion (about $4.26bn)": the same sum set aside
            continue
        prev_end = m.end
        unit_price = UNIT_PRICE_BEFORE_RE.search(unit.text[max(0, m.start - 60):m.start]) is not None \
            or UNIT_PRICE_AFTER_RE.match(unit.text, m.end) is not None
        rejected = unit_price or MONEY_CONTEXT_RE.search(unit.text[max(0, m.start - 90):m.start]) is not None \
            or AGGREGATE_RE.search(unit.text[max(0, m.start - 60):m.start]) is not None \
            or (AGGREGATE_AFTER_RE.match(unit.text[m.end:m.end + 30]) is not None and not ONE_DEAL_RE.match(unit.text)) \
            or MONEY_AFTER_CONTEXT_RE.match(unit.text[m.end:m.end + 60]) is not None \
            or UPPER_BOUND_RE.search(unit.text[max(0, m.start - 30):m.start]) is not None \
            or TOTAL_CLAUSE_RE.search(unit.text) is not None
        if not rejected:
            out.append(m)
    return out


def _fill(doc: Document, deal: _Deal, unit: Unit, systems: list[tuple[int, int, System]]) -> None:
    text, s = doc.text, unit.start
    r = deal.report
    if unit not in deal.units:
        deal.units.append(unit)
        r.evidence.append(Evidence.of(text, s, unit.end))
    case_received = False
    if unit.cue and r.stage is None:
        r.stage = unit.cue.stage
        r.stage_evidence = Evidence.of(text, s + unit.cue.start, s + unit.cue.end)
    elif unit.cue and r.stage == "other" and unit.cue.stage == "signed" and not unit.hedged \
            and deal.units[0] is not unit and deal.units[0].sentence == unit.sentence:
        # "The government on Wednesday approved the purchase of 246 CV90 …, and the defence ministry signed the
        # contract the same day": the decision and its signature, one deal at its later stage
        r.stage = "signed"
        r.stage_evidence = Evidence.of(text, s + unit.cue.start, s + unit.cue.end)
    elif r.stage is None and not unit.hedged and (sn := APPROVAL_OF_SALE_RE.search(unit.text)
                                                  or _approval_noun(unit.text)) is not None:
        # "The US State Department's approval of a possible Foreign Military Sale of four E-7 ...", "the
        # approval that Washington published on 26 March", "a 2019 approval for four aircraft": the event
        # told as a noun
        r.stage = "approved"
        r.stage_evidence = Evidence.of(text, s + sn.start(), s + sn.end())
    elif r.stage is None and not unit.hedged and r.seller is not None and r.seller.code == "USA" \
            and (got := CASE_RECEIVED_RE.search(unit.text)) is not None:
        # "Taiwan received a $96 million package of AH-1W spare parts on December 17", "Saudi Arabia got a $101.1
        # million case for MIDS terminals": a U.S. case a buyer gets is an approval
        r.stage = "approved"
        r.stage_evidence = Evidence.of(text, s + got.start(), s + got.end())
        case_received = True
    noun_stage = next((st for st, rx in STAGE_NOUNS if rx.search(unit.text)), None)
    same_stage = case_received or (unit.cue and r.stage and STAGE_GROUP[unit.cue.stage] == STAGE_GROUP[r.stage]) or (
        unit.cue is None and noun_stage is not None and r.stage is not None
        and STAGE_GROUP[noun_stage] == STAGE_GROUP[r.stage])
    disclosed = unit.cue is not None and DISCLOSURE_CUE_RE.search(unit.text[unit.cue.start:unit.cue.end])
    if r.date is not None and r.date_evidence is not None and unit.cue is not None and same_stage and not disclosed \
            and SAID_DAY_RE.search(text[max(0, r.date_evidence.start - 40):r.date_evidence.start]) \
            and (told := [d for d in unit.dates if d.iso and d.precision == "day" and d.iso <= r.date
                          and not _in_dateline(text, s + d.start)]):
        # "Armenia has signed …, the minister said on Tuesday. The contract was signed on Monday": the day of the
        # event, not the day it was told
        r.date, r.date_evidence = told[0].iso, Evidence.of(text, s + told[0].start, s + told[0].end)
    if r.date is None and same_stage and not disclosed:  # the day a buyer is named is not the day it signed
        dated = [d for d in unit.dates if d.iso and d.precision == "day" and not _in_dateline(text, s + d.start)
                 and not (unit.cue and _other_event_between(unit.text, unit.cue.end, d.start))]
        if dated:
            # "Thursday, 15 August": the day written out beats the weekday that names it again
            dated = [d for d in dated if re.search(r"\d", d.text)] or dated
            # (the nearest to the cue's words: "Quick one today, because the agency dropped a UK case on Monday")
            d0 = min(dated, key=lambda d: min(abs(d.start - unit.cue.end), abs(unit.cue.start - d.end))
                     if unit.cue else 0)
            r.date = d0.iso
            r.date_evidence = Evidence.of(text, s + d0.start, s + d0.end)
        elif unit.cue is not None and not unit.dates and not re.search(r"\b(?:19|20)\d\d\b", unit.text) \
                and (pd := POSSESSIVE_DAY_RE.search(text, max(0, s - 300), s)) is not None \
                and "\n\n" not in text[pd.end():s] \
                and (told_day := [d for d in find_dates("on " + pd.group(0), doc.published)
                                  if d.iso and d.precision == "day"]):
            # "There was nothing glamorous about Tuesday's announcement from Washington. … the State Department
            # approved a possible sale": the day the announcement was named by
            r.date = told_day[0].iso
            r.date_evidence = Evidence.of(text, pd.start(), pd.start() + told_day[0].end - 3)
        elif unit.cue is not None and not unit.dates and (scene := _scene_day(text, s, doc.published)) is not None:
            # "Consider a single day, February 10, 2022. In Jakarta, Dassault signed …": the day the sentence before
            # sets, a sentence with no event of its own
            r.date, r.date_evidence = scene
        elif SAME_DAY_RE.search(unit.text):
            # "il faut revenir au 10 novembre 2020. Ce jour-là, ... avait approuvé": the day just named
            lo = max(0, s - 1000)
            told = [d for d in find_dates(text[lo:s], doc.published) if d.iso and d.precision == "day"]
            if told:
                r.date = told[-1].iso
                r.date_evidence = Evidence.of(text, lo + told[-1].start, lo + told[-1].end)
    deal_money = prices_of(unit)
    if r.value is not None and deal_money and r.value.currency != "USD" and r.seller is not None \
            and r.seller.code == "USA" and deal.usd:
        # a U.S. sale first told in the buyer's currency ("11.5 billion kroner"), then in U.S. dollars: the
        # dollar figure is the official one; the local one is kept as told
        for mm in deal_money:
            usd = mm.amount if mm.currency == "USD" else None
            if mm.currency == "$" and _dollar_currency(doc, mm.text, "USA", r.buyer.code if r.buyer else None,
                                                       r.stage)[0] == "USD":
                usd = mm.amount
            if usd and abs(usd - deal.usd) <= 0.25 * deal.usd:
                r.values["as_first_told"] = r.value
                r.value = Money(usd, "USD", Evidence.of(text, s + mm.start, s + mm.end), qualifier=mm.qualifier)
                deal.usd = usd
                break
    if r.value is None and deal_money:
        mm = deal_money[0]
        currency: str | None = mm.currency
        reason = None
        if currency == "$":
            currency, reason = _dollar_currency(doc, mm.text, r.seller.code if r.seller else None,
                                                r.buyer.code if r.buyer else None, r.stage, unit.text)
        elif currency in SHARED_NAMES:
            currency, reason = _shared_name_currency(doc, currency, r.seller.code if r.seller else None,
                                                     r.buyer.code if r.buyer else None)
        if currency is not None:
            r.value = Money(mm.amount, currency, Evidence.of(text, s + mm.start, s + mm.end),
                            currency_reason=reason, qualifier=mm.qualifier)
            deal.usd = _to_usd(mm.amount, currency, r.date or doc.published)
        else:
            r.extras.setdefault("notes", []).append(f"value {mm.text!r} left out: {reason}")
    for a, b, sysm in systems:
        key = sysm.id
        if a >= 0 and _context_mention(unit.text, a, b, sysm):
            deal.context_spans.append((s + a, s + b))
            continue
        # (a system carried from the clause before takes a count said with a pronoun, "and Hungary has two on
        # order", unless the clause counts it by its kind: "signed for 18 jets, twelve of them second-hand")
        if (a == -2 or (a == -1 and not GENERIC_QTY_RE.search(unit.text))) and len(systems) == 1 \
                and (qm := _backref_count(unit.text)) is not None:
            qty, qual, qs, a, b = int(qm[0]), None, qm[1], 0, 0  # "en a commandé 24": the count said with the pronoun
            ev = Evidence.of(text, s + qm[1], s + qm[2])
        elif a < 0:  # inherited from an earlier clause: no quantity, no span of its own
            qty, qual, qs, a, b = None, None, 0, 0, 0
            ev = r.evidence[-1]
        else:
            qty, qual, qs = _quantity(unit.text, a)
            if (converted := converted_count(unit.text, a)) is not None:
                # "the remanufacture of fifty (50) WAH-64 Mk 1 airframes into AH-64E Apache Guardians": the fleet's
                # count, not the "1" of "Mk 1"
                (qty, qs), qual = converted, None
            if qty is None and (same := SAME_NUMBER_RE.search(unit.text[max(0, a - 60):a])) is not None:
                # "96 AN/APG-82 radars and the same number of ADCP II mission computers", "132 nacelles M31A2 et
                # autant de nacelles M30A2": the count just told, again
                counted_before = [i for i in r.items if i.quantity is not None and s <= i.evidence.start < s + a]
                if counted_before:
                    last = counted_before[-1]
                    qty, qual, qs = last.quantity, last.quantity_qualifier, max(0, a - 60) + same.start()
            ev = Evidence.of(text, s + qs, s + b)
        written_here = unit.text[a:b] if b > a else ""
        if key in deal.systems and qty is not None and deal.systems[key].quantity not in (None, qty) \
                and re.search(r"\d", written_here) and _distinct_forms(written_here, deal.systems[key].mention) \
                and (LIST_ITEM_RE.match(unit.text) or deal.systems[key].evidence.start >= s):
            # "63 … (AAVP-7A1) / nine command vehicles (AAVC-7A1)": variants of one catalog entry, counted apart
            key = f"{key}@{lookup_key(written_here)}"
        if key in deal.systems:
            item = deal.systems[key]
            if item.quantity is None and qty is not None:
                item.quantity, item.quantity_qualifier, item.evidence = qty, qual, ev
            continue
        cat = load_catalog()
        parent_keys = {x.id for x in cat.ancestors(key) if _same_kind(cat, x.id, sysm)}
        variant_of_this = [k for k in deal.systems
                           if key in {x.id for x in cat.ancestors(k)} and _same_kind(cat, k, sysm)]
        if variant_of_this and qty is not None and re.search(r"\d", written_here) \
                and deal.systems[variant_of_this[0]].quantity not in (None, qty) \
                and deal.systems[variant_of_this[0]].evidence.start >= s \
                and _distinct_forms(written_here, deal.systems[variant_of_this[0]].mention):
            # "dix MH-60R et douze MH-60S": a sibling designation the catalog files under the family, counted apart
            variant_of_this = []
            key = f"{key}@{lookup_key(written_here)}"
        if variant_of_this:
            item = deal.systems[variant_of_this[0]]  # "35 F-35" after "F-35A": the family of an item listed
            if item.quantity is None and qty is not None:
                item.quantity, item.quantity_qualifier, item.evidence = qty, qual, ev
            continue
        written = lookup_key(unit.text[a:b]) if b > a else ""
        # ("24 C-130J-30 … as many as 30 aircraft, six of them KC-130J tankers": a part of another total)
        partitive = qty is not None and PARTITIVE_RE.search(unit.text[max(0, qs - 25):qs]) is not None
        family = [k for k in parent_keys if k in deal.systems
                  and _same_item(deal.systems[k], cat.get(k), written, qty)
                  and not (partitive and deal.systems[k].quantity not in (None, qty))
                  and not _counted_apart(text, deal.systems[k], s + qs, qty)]
        if family:
            # "F-35A" after "F-35": the variant replaces its family
            old = deal.systems.pop(family[0])
            r.items.remove(old)
            if qty is None:
                qty, qual = old.quantity, old.quantity_qualifier
        item = Item(system=sysm.name, evidence=ev, quantity=qty, quantity_qualifier=qual,
                    category=sysm.category, catalog_id=sysm.id, mention=unit.text[a:b] if b > a else sysm.name)
        deal.systems[key] = item
        r.items.append(item)
    _counted_generic_items(unit, deal, doc)
    elliptic_variants(unit, deal, doc)  # "258 of the newer Block II+ variant"
    counted_components(unit, deal, doc)  # "eight guidance sections": parts the catalog does not name
    shortened_mentions(unit, deal, doc)  # "72 launch units" after "37 Command Launch Units"
    _generic_quantity(unit, deal, doc)  # "choosing it for at least five ships": once the items are known
    _component_quantity(unit, deal, doc)  # "44 Startgeräte, 360 Abfangraketen" of a THAAD sale
    _distributive_quantity(unit, deal, doc, systems)


def _distinct_forms(a: str, b: str) -> bool:
    """Two written forms of one catalog entry that name different variants ("AAVC-7A1", "AAVP-7A1"), not one
    form inside the other ("UH-1Y" and "UH-1Y Venom")."""
    ka, kb = lookup_key(a), lookup_key(b)
    if not (ka and kb):
        return False
    short, long_ = sorted((a.strip(), b.strip()), key=len)
    if long_.startswith(short) and len(long_) > len(short) and long_[len(short)].isalnum() and short[-1:].isalnum():
        return True  # "MiG-29K" and "MiG-29KUB": a designation with a suffix of its own
    # "MH-60S" keeps its capital S; "F-16s" is a plural
    ka, kb = (re.sub(r"[\s.\u2010-\u2015\u2212-]+", "", re.sub(r"(?<=\w)s$", "", x.strip())).casefold() for x in (a, b))
    return ka not in kb and kb not in ka


def _counted_apart(text: str, family_item: Item, at: int, qty: int | None) -> bool:
    """"20 C-130J-30 transports and five KC-130J tankers": a family and its variant counted apart in one list
    are two items (but "24 F-35 jets, including eight F-35B" counts a part of the family's total)."""
    start = family_item.evidence.start
    return (qty is not None and family_item.quantity not in (None, qty) and start < at
            and "\n" not in text[start:at] and len(text[start:at]) < 200
            and not re.search(r"(?i)\b(?:includ\w*|among|of\s+(?:them|which)|dont|davon|darunter|einschließlich|"
                              r"y\s+compris|notamment|compris\w*|consist\w*|namely|split|soit|à\s+savoir|"
                              r"nämlich|aufgeteilt)\b", text[start:at])
            and not re.search(r"[.;:(–—]|\s-\s", text[start:at]))


SAME_NUMBER_RE = re.compile(r"(?i)\b(?:the\s+same\s+number\s+of|as\s+many|autant\s+de|le\s+même\s+nombre\s+de|"
                            r"ebenso\s+viele|genauso\s+viele|gleich\s+viele)\s+(?:[\w/()-]+\s+){0,5}$")
PARTITIVE_RE = re.compile(r"(?i)\b(?:of\s+(?:them|which|these)|dont|davon|darunter)\s+$")


# what happens to a ship or an aircraft, not to its sale: "… corvettes ordered from Türkiye, was launched at Istanbul
# Naval Shipyard on 15 August" (the day of the launch is not the day of the order)
OTHER_EVENT_RE = re.compile(r"(?i)\b(?:launched|floated\s+out|christened|laid\s+down|rolled\s+out|first\s+flight|"
                            r"maiden\s+flight|made\s+its\s+first|lancée?|mise?\s+à\s+l['’]eau|baptisée?|"
                            r"vom\s+Stapel|Stapellauf|getauft|Kiellegung|Erstflug|Roll-?out)\b")


def _other_event_between(clause: str, cue_end: int, date_start: int) -> bool:
    """Whether another event's verb stands between the stage cue and a date told after it."""
    return date_start > cue_end and OTHER_EVENT_RE.search(clause, cue_end, date_start) is not None


# a clause about one deal ("the lease, signed in June 2018, is worth about EUR 895 million in total"): its total is its
# value, not a sum of deals
ONE_DEAL_RE = re.compile(r"(?i)\s*(?:the|this|that|le|la|ce|cette|der|die|das|dieser)\s+(?:[\w-]+\s+)?(?:lease|contract|"
                         r"deal|package|sale|order|purchase|agreement|contrat|accord|commande|vente|Vertrag|Auftrag|Kauf|"
                         r"Paket)\b(?![\w-])")


TURN_RE = re.compile(r"(?i)\b(?:it\s+was\s+(?:[\w'’-]+\s+){1,3}turn|c['’]était\s+au\s+tour|"
                     r"(?:war|kam)\s+(?:[\w-]+\s+){1,3}an\s+der\s+Reihe)\b")


def _scene_day(text: str, s: int, published: str | None) -> tuple[str, Evidence] | None:
    """The day a short sentence just before ``s`` names without an event ("Consider a single day, February 10,
    2022."), when the clause at ``s`` opens its sentence."""
    from armstrack.extract.stage import CUE_RES

    head = text[max(0, s - 140):s]
    m = re.search(r"(?:^|[.!?]\s+|\n)([^.!?\n]{6,110}[.!?:])\s+$", head)
    if m is None or text[s - 1:s] not in (" ", "\n") or any(rx.search(m.group(1)) for _st, rx in CUE_RES):
        return None
    lo = max(0, s - 140) + m.start(1)
    # ("On Tuesday it was the Netherlands' turn.", "Mardi, c'était au tour des Pays-Bas.": a weekday sets the scene too)
    turn = TURN_RE.search(m.group(1)) is not None
    days = [d for d in find_dates(m.group(1), published)
            if d.iso and d.precision == "day" and (turn or re.search(r"\d", d.text))]
    rest = m.group(1)[:days[0].start] + m.group(1)[days[0].end:] if len(days) == 1 else ""
    if len(days) != 1 or len(re.findall(r"\w+", rest)) > 6:
        return None  # "The Army showed its new Boxer to the press on 17 August 2018.": a sentence of its own
    return days[0].iso or "", Evidence.of(text, lo + days[0].start, lo + days[0].end)


# "A day earlier, the agency announced …", "La veille, Washington avait déjà donné son accord …": the day before (or
# after) the deal told just before
NEIGHBOUR_DAY_RE = gated(re.compile(
    r"(?i)^\W*(?:(?P<before>(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:day\s+before|previous\s+day)|la\s+veille|"
    r"(?:am\s+Vortag|einen\s+Tag\s+(?:zuvor|vorher|früher)|tags\s+zuvor))|(?P<after>(?:a|one)\s+day\s+later|the\s+(?:next|"
    r"following)\s+day|le\s+lendemain|am\s+(?:Folgetag|nächsten\s+Tag)|tags\s+darauf))\b"))


def _neighbour_day(doc: Document, deal: _Deal, unit: Unit, deals: list[_Deal]) -> None:
    """The day before or after the day of the deal told just before, when the clause opens with it."""
    r = deal.report
    if r.date is not None or (m := NEIGHBOUR_DAY_RE.search(unit.text)) is None:
        return
    told = [d for d in deals if d is not deal and d.units and d.units[-1].sentence < unit.sentence]
    if not told or told[-1].report.date is None or len(told[-1].report.date) != 10:
        return
    day = date.fromisoformat(told[-1].report.date) + timedelta(days=-1 if m.group("before") else 1)
    r.date = day.isoformat()
    r.date_evidence = Evidence.of(doc.text, unit.start + m.start(), unit.start + m.end())


def after_fill(doc: Document, deals: list[_Deal], deal: _Deal, unit: Unit, all_units: list[Unit],
               topic: list[Topic]) -> int:
    """The passes a deal takes once a clause has filled it: a request or a day told by the notice, the cases a list
    splits off (returns the end of the list), and the article's system of the kind a bare count names."""
    if len(deal.units) == 1:
        _request_told_by_notice(doc, deal, unit, all_units)
        _same_occasion_date(doc, deal, unit, deals, all_units)
        _neighbour_day(doc, deal, unit, deals)
    listed_until = _split_listed_cases(doc, deals, deal, unit)
    if not deal.report.items and (gm := GENERIC_QTY_RE.search(unit.text)) is not None \
            and (main := _sentence_of_kind(all_units, unit, gm.group("noun"))
                 or _topic_of_kind(topic, gm.group("noun"))) is not None:
        # "covered up to 22 launchers": the article's launcher ("the army picked the BTR-3E1 …, and a contract for
        # 96 vehicles was signed": the one of that kind the sentence named before)
        _fill(doc, deal, unit, [(-1, -1, main[1])])
    return listed_until
