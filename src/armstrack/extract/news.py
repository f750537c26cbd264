"""The general text reader (news and anything that is not an official notice).

Finds every deal an article mentions -- the headline deal and the background ones -- sentence by
sentence: a sentence with a deal cue (a stage verb or a deal noun), a party in a buyer role and a
system or a value opens a deal; later sentences about the same buyer, or about "the sale" without
another party, add to it.  Every field keeps the span it was read from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from armstrack.extract.sentences import sentence_spans
from armstrack.extract.stage import stage_of
from armstrack.model import DealReport, Document, Evidence, Item, Money, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import System, load_catalog
from armstrack.normalize.dates import find_dates
from armstrack.normalize.money import MoneyMention, find_money
from armstrack.normalize.numbers import NUMBER_WORDS, words_to_int

DEAL_NOUN_RE = re.compile(
    r"(?i)\b(?:deal|sale|sales|contract|order|purchase|acquisition|package|agreement|procurement|buy|"
    r"vente|contrat|commande|achat|acquisition|Kauf|Geschäft|Auftrag|Vertrag|Beschaffung|Bestellung|"
    r"supply|sell|sold|selling|buying|bought|acquire|acquiring|purchasing)\b")
US_AGENCY_RE = re.compile(
    r"\b(?:State Department|Department of State|Pentagon|Defense Security Cooperation Agency|DSCA|"
    r"Washington|U\.S\.|United States|Biden administration|Trump administration|US government|"
    r"Département d'État|Pentagone|Washington|US-Regierung|Außenministerium der USA|US-Außenministerium)\b")
BUYER_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:to|for|supply|supplying|equip|equipping|arm|arming|sell|selling|sells|sold|provide|"
    r"providing|deliver(?:ing)?\s+to|à|au|aux|pour|an|für|nach|à destination de)\s+(?:the\s+)?"
    r"(?:government\s+of\s+(?:the\s+)?)?$)")
BUYER_AFTER_RE = re.compile(
    r"(?i)^(?:['’]s?\s+(?:\w+\s+){0,2}(?:purchase|order|acquisition|request|procurement|buy|deal|contract)|"
    r"\s+(?:\w+\s+){0,2}(?:has|have|had)?\s*(?:formally\s+)?(?:requested|signed|ordered|bought|buys|purchased|"
    r"will buy|to buy|plans to buy|agreed to buy|is buying|acquired|took delivery|received|selected|chose|"
    r"finalized|placed)|\s+government\s+(?:has\s+)?(?:requested|signed|ordered|bought|purchased))")
SELLER_AFTER_RE = re.compile(
    r"(?i)^\s+(?:\w+\s+){0,2}(?:has\s+)?(?:approved|sells|sold|will supply|agreed to sell|supplies|"
    r"cleared|delivered|is selling|will sell|exports?)")
SELLER_BEFORE_RE = re.compile(r"(?i)\b(?:from|by|de la part de|aus|von)\s+(?:the\s+)?$")
QTY_BEFORE_RE = re.compile(
    rf"(?i)(?:(?P<qual>up to|over|more than|about|around|nearly|some|at least|approximately|plus de|rund|bis zu)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[,.\u00a0]\d{{3}})+|\d+|two dozen|three dozen|a dozen|half a dozen|{NUMBER_WORDS})"
    rf"\s+(?:(?:additional|new|more|advanced|used|upgraded|modernized|second-hand|extra|further|units of|"
    rf"of the|of its|of their|M\d+|nouveaux|neue|weitere)\s+)*$")
CLOSE_DOLLAR_HINT = {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD", "TWN": "TWD"}
LOCAL_DOLLAR_RE = {
    "CAD": re.compile(r"(?i)\b(?:Canadian dollars?|C\$|CA\$|CAD|dollars canadiens)"),
    "AUD": re.compile(r"(?i)\b(?:Australian dollars?|A\$|AU\$|AUD)"),
    "NZD": re.compile(r"(?i)\b(?:New Zealand dollars?|NZ\$|NZD)"),
    "SGD": re.compile(r"(?i)\b(?:Singapore dollars?|S\$|SGD)"),
}
DATELINE_RE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z .'-]{2,30}?)\s*(?:,|\(|—|–|-)\s")


@dataclass
class _Deal:
    report: DealReport
    systems: dict[str, Item] = field(default_factory=dict)


def _party_role(sentence: str, pm: countries.PartyMention) -> str | None:
    before = sentence[max(0, pm.start - 40):pm.start]
    after = sentence[pm.end:pm.end + 60]
    if pm.code == "USA" and re.search(r"(?i)\b(?:from|by)\s+(?:the\s+)?$", before):
        return "seller"
    if BUYER_BEFORE_RE.search(before) or BUYER_AFTER_RE.search(after):
        return "buyer"
    if SELLER_AFTER_RE.search(after) or SELLER_BEFORE_RE.search(before):
        return "seller"
    return None


def _quantity(text: str, start: int) -> tuple[int | None, str | None, int]:
    m = QTY_BEFORE_RE.search(text[max(0, start - 50):start])
    if not m:
        return None, None, start
    raw = m.group("n")
    if re.fullmatch(r"\d+", raw) and 1900 <= int(raw) <= 2100:
        return None, None, start
    if re.fullmatch(r"[\d,.\u00a0]+", raw):
        qty: int | None = int(re.sub(r"[,.\u00a0]", "", raw))
    else:
        qty = words_to_int(raw)
    if qty is None:
        return None, None, start
    return qty, (m.group("qual") or "").lower() or None, max(0, start - 50) + m.start()


def _dollar_currency(doc: Document, seller: str | None) -> tuple[str, str]:
    """Decide what a bare "$" means in this document, with the reason."""
    text = doc.text
    home = None
    m = DATELINE_RE.match(text)
    if m:
        pm = countries.find_parties(m.group("city"))
        if pm:
            home = pm[0].code
    outlet_home = CLOSE_DOLLAR_HINT.get(home or "")
    for code, rx in LOCAL_DOLLAR_RE.items():
        if rx.search(text) and (outlet_home == code or seller not in (None, "USA")):
            return code, f"bare '$' read as {code}: the text names {code} elsewhere" + (
                f" and is datelined in {home}" if home else "")
    if outlet_home and seller not in (None, "USA"):
        return outlet_home, f"bare '$' read as {outlet_home}: dateline in {home} and a non-U.S. seller"
    if seller in (None, "USA"):
        return "USD", "bare '$' read as USD: a U.S. sale and no other dollar currency named in the text"
    return "USD", "bare '$' read as USD: no other dollar currency named in the text (assumption, check)"


def extract_news(doc: Document) -> list[DealReport]:
    text = doc.text
    catalog = load_catalog()
    anchor = doc.published
    deals: list[_Deal] = []
    current: _Deal | None = None
    for s, e in sentence_spans(text):
        sent = text[s:e]
        parties = [p for p in countries.find_parties(sent)]
        systems = [(a, b, sysm) for a, b, sysm in catalog.find_in(sent)]
        money = find_money(sent)
        cue = stage_of(sent)
        has_deal_word = cue is not None or DEAL_NOUN_RE.search(sent) is not None
        if not has_deal_word or not (systems or money or parties):
            continue
        buyers, sellers = [], []
        for pm in parties:
            role = _party_role(sent, pm)
            if role == "buyer" and pm.code != "USA":
                buyers.append(pm)
            elif role == "seller":
                sellers.append(pm)
        if not buyers:
            non_us = [p for p in parties if p.code != "USA"]
            if len({p.code for p in non_us}) == 1 and (US_AGENCY_RE.search(sent) or systems or money):
                buyers = [non_us[0]]
        target: _Deal | None = None
        if buyers:
            code = buyers[0].code
            for d in deals:
                if d.report.buyer and d.report.buyer.code == code:
                    target = d
                    break
            if target is None and (systems or money):
                seller = sellers[0] if sellers and sellers[0].code != code else None
                seller_party: Party | None = None
                if seller is not None:
                    seller_party = Party(seller.code, Evidence.of(text, s + seller.start, s + seller.end))
                else:
                    ag = US_AGENCY_RE.search(sent)
                    if ag:
                        seller_party = Party("USA", Evidence.of(text, s + ag.start(), s + ag.end()))
                    else:
                        origins = {sysm.origin for _, _, sysm in systems if sysm.origin}
                        if len(origins) == 1:
                            a, b, _ = systems[0]
                            seller_party = Party(origins.pop() or "", Evidence.of(text, s + a, s + b))
                report = DealReport(seller=seller_party,
                                    buyer=Party(code, Evidence.of(text, s + buyers[0].start, s + buyers[0].end)),
                                    method="news")
                target = _Deal(report)
                deals.append(target)
        elif current is not None and systems and not parties and DEAL_NOUN_RE.search(sent):
            target = current
        if target is None:
            continue
        current = target
        _fill(doc, target, s, sent, systems, money, cue, anchor)
    out = []
    for d in deals:
        if not d.report.items and d.report.value is None:
            continue
        out.append(d.report)
    return out


def _fill(doc: Document, deal: _Deal, s: int, sent: str, systems: list[tuple[int, int, System]],
          money: list[MoneyMention], cue: object, anchor: str | None) -> None:
    text = doc.text
    r = deal.report
    r.evidence.append(Evidence.of(text, s, s + len(sent)))
    from armstrack.extract.stage import StageCue

    if isinstance(cue, StageCue) and r.stage is None:
        r.stage = cue.stage
        r.stage_evidence = Evidence.of(text, s + cue.start, s + cue.end)
        dates = [d for d in find_dates(sent, anchor)]
        if dates:
            d0 = min(dates, key=lambda d: abs(d.start - cue.start))
            if d0.iso and d0.precision == "day":
                r.date = d0.iso
                r.date_evidence = Evidence.of(text, s + d0.start, s + d0.end)
    if r.value is None and money:
        mm = money[0]
        currency, reason = mm.currency, None
        if currency == "$":
            currency, reason = _dollar_currency(doc, r.seller.code if r.seller else None)
        r.value = Money(mm.amount, currency, Evidence.of(text, s + mm.start, s + mm.end),
                        currency_reason=reason, qualifier=mm.qualifier)
    for a, b, sysm in systems:
        key = sysm.id
        qty, qual, qs = _quantity(sent, a)
        if key in deal.systems:
            item = deal.systems[key]
            if item.quantity is None and qty is not None:
                item.quantity, item.quantity_qualifier = qty, qual
                item.evidence = Evidence.of(text, s + qs, s + b)
            continue
        item = Item(system=sysm.name, evidence=Evidence.of(text, s + qs, s + b), quantity=qty,
                    quantity_qualifier=qual, category=sysm.category, catalog_id=sysm.id, mention=sent[a:b])
        deal.systems[key] = item
        r.items.append(item)
