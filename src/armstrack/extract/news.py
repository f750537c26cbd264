"""The general text reader (news and anything that is not an official notice).

Finds every deal an article mentions -- the headline deal and the background ones -- clause by
clause.  A clause with a deal cue (a stage verb or a deal noun), a party in a buyer role and a system
or a value opens a deal; later clauses about the same buyer join it unless they tell another event
(another stage, another value, other systems with their own price), and clauses about "the package"
without a party add to the deal in focus.  Every field keeps the span it was read from.
"""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit, units_of
from armstrack.extract.news_fields import (
    _context_mention,
    _crown_currency,
    _dollar_currency,
    _in_dateline,
    _makers,
    _origin_code,
    _origin_codes,
    _quantity,
    _same_kind,
    _to_usd,
)
from armstrack.extract.news_patterns import (
    AGGREGATE_AFTER_RE,
    AGGREGATE_RE,
    ANAPHOR_RE,
    APPOSITIVE_RE,
    APPROVAL_OF_SALE_RE,
    BACKREF_RE,
    BUYER_AFTER_RE,
    BUYER_BEFORE_RE,
    CONTRACTOR_RE,
    CONVERSION_RE,
    FMS_RE,
    GENERIC_NOUN_CATEGORY,
    GENERIC_QTY_RE,
    INCLUDE_RE,
    LIST_ITEM_RE,
    MONEY_AFTER_CONTEXT_RE,
    MONEY_CONTEXT_RE,
    NEXT_CASE_RE,
    PASSIVE_BUYER_RE,
    SELLER_AFTER_RE,
    SELLER_BEFORE_RE,
    SEPARATE_RE,
    SOURCE_AFTER_RE,
    SOURCE_BEFORE_RE,
    STAGE_GROUP,
    STAGE_NOUNS,
    US_AGENCY_RE,
    VALUE_WORD_RE,
    WEAPON_NOUN_AFTER,
)
from armstrack.extract.news_refs import (
    _backref_count,
    _Deal,
    _distributive_quantity,
    _fresh_systems,
    _generic_quantity,
    _same_item,
    _topic_of_kind,
    _topic_systems,
)
from armstrack.model import Contractor, DealReport, Document, Evidence, Item, Money, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import System, load_catalog, lookup_key
from armstrack.normalize.companies import canonical, find_companies


def _role(unit: Unit, pm: countries.PartyMention) -> str | None:
    t = unit.text
    before, after = t[max(0, pm.start - 45):pm.start], t[pm.end:pm.end + 70]
    appos = APPOSITIVE_RE.match(t[pm.end:pm.end + 100])
    if appos:  # "Finland, which operates the M270, received approval ..."
        after = t[pm.end + appos.end():pm.end + appos.end() + 70]
    if SOURCE_BEFORE_RE.search(before) or SOURCE_AFTER_RE.match(after):
        return "source"  # "according to Israeli figures", "nach israelischen Angaben", "Polish officials said"
    if PASSIVE_BUYER_RE.match(after):
        return "buyer"
    origins = {c for _, _, sysm in unit.systems for c in _origin_codes(sysm)}
    if pm.code in origins and re.match(r"['’]s?\s", after):
        return "seller"  # "opted for Israel's PULS": the maker's country
    if re.match(WEAPON_NOUN_AFTER, after) and pm.how == "demonym":
        return "maker"  # "the South Korean jets", "Swedish-designed fighters": a weak sign of the seller
    if BUYER_BEFORE_RE.search(before) or BUYER_AFTER_RE.search(after):
        if pm.code == "USA" and SELLER_BEFORE_RE.search(before):
            return "seller"
        return "buyer"
    if SELLER_AFTER_RE.search(after) or SELLER_BEFORE_RE.search(before):
        return "seller"
    return None


KIND_CONTRACT_RE = re.compile(
    r"(?i)\b(?P<kind>tanks?|howitzers?|artillery|fighters?|jets?|aircraft|helicopters?|missiles?|interceptors?|"
    r"frigates?|ships?|submarines?|radars?|drones?|chars?|obusiers?|avions?|hélicoptères?|frégates?|sous-marins?|"
    r"Panzer|Haubitzen?|Kampfjets?|Hubschrauber|Fregatten?|U-Boote?)\s+(?:contract|deal|order|package|purchase|"
    r"contrat|commande|Vertrag|Auftrag|Geschäft)\b[^$€£¥₩]{0,40}$")


def _split_values_by_kind(doc: Document, deals: list[_Deal], deal: _Deal, unit: Unit) -> bool:
    """"The tank contract is worth $3.37 billion and the howitzer deal $2.4 billion": one deal per kind
    of system, each with its own value.  Returns whether the clause was read that way."""
    if len(unit.money) < 2 or len(deal.report.items) < 2:
        return False
    pairs = []
    for mm in unit.money:
        m = KIND_CONTRACT_RE.search(unit.text[max(0, mm.start - 70):mm.start])
        if not m:
            return False
        cats = next((c for rx, c in GENERIC_NOUN_CATEGORY if rx.search(m.group("kind"))), set())
        items = [i for i in deal.report.items if i.category in cats]
        if not items:
            return False
        pairs.append((mm, items))
    if len({id(i) for _, items in pairs for i in items}) != sum(len(items) for _, items in pairs):
        return False
    text, r = doc.text, deal.report
    for n, (mm, items) in enumerate(pairs):
        target = deal if n == 0 else _Deal(DealReport(
            seller=r.seller, buyer=r.buyer, stage=r.stage, stage_evidence=r.stage_evidence, date=r.date,
            date_evidence=r.date_evidence, contractors=[], method="news"))
        if n:
            deals.append(target)
            for item in items:
                deal.report.items.remove(item)
                deal.systems = {k: v for k, v in deal.systems.items() if v is not item}
                target.report.items.append(item)
                if item.catalog_id:
                    target.systems[item.catalog_id] = item
            target.units = list(deal.units)
        currency = mm.currency if mm.currency != "$" else _dollar_currency(
            doc, mm.text, r.seller.code if r.seller else None, r.buyer.code if r.buyer else None, r.stage)[0]
        target.report.value = Money(mm.amount, currency, Evidence.of(text, unit.start + mm.start, unit.start + mm.end))
        target.usd = _to_usd(mm.amount, currency, r.date or doc.published)
        target.report.evidence.append(Evidence.of(text, unit.start, unit.end))
    # the contractors named with each kind go with it ("K2 tanks from Hyundai Rotem")
    makers = {id(d): _makers(load_catalog(), d.report.items[0].catalog_id) for d in [deal] + deals[-len(pairs) + 1:]}
    for d in [deal] + deals[-len(pairs) + 1:]:
        d.report.contractors = [c for c in r.contractors if canonical(c.name) in makers[id(d)]] or (
            r.contractors if d is deal else [])
    return True


def _sub_unit(unit: Unit, a: int, b: int) -> Unit:
    """The part ``unit.text[a:b]`` of a clause as a clause of its own (the clause's cue is kept)."""
    from dataclasses import replace

    from armstrack.extract.stage import StageCue

    def inside(start: int) -> bool:
        return a <= start < b

    cue = unit.cue
    if cue is not None:
        cue = StageCue(cue.stage, cue.start - a, cue.end - a)
    own_dates = [d for d in unit.dates if inside(d.start)]
    dates = own_dates or unit.dates  # "approved late on Friday ..., for Turkey ... and for Greece ...": shared
    return Unit(unit.start + a, unit.start + b, unit.text[a:b], unit.sentence,
                [replace(p, start=p.start - a, end=p.end - a) for p in unit.parties if inside(p.start)],
                [(x - a, y - a, sysm) for x, y, sysm in unit.systems if inside(x)],
                [replace(m, start=m.start - a, end=m.end - a) for m in unit.money if inside(m.start)],
                [replace(d, start=d.start - a, end=d.end - a) for d in dates],
                cue, unit.deal_noun, unit.hedged)


def _split_by_buyers(units: list[Unit]) -> list[Unit]:
    """"... for Turkey to buy 40 F-16s and for Greece to acquire 40 F-35s": one clause per buyer, each
    with the systems and figures named after it."""
    out: list[Unit] = []
    for unit in units:
        buyers = [p for p in unit.parties if p.code != "USA" and _role(unit, p) == "buyer"]
        codes = list(dict.fromkeys(p.code for p in buyers))
        if len(codes) < 2 or not unit.systems:
            out.append(unit)
            continue
        firsts = [next(p for p in buyers if p.code == c) for c in codes]
        cuts = [0] + [p.start for p in firsts[1:]] + [len(unit.text)]
        parts = [_sub_unit(unit, cuts[i], cuts[i + 1]) for i in range(len(firsts))]
        if all(part.systems or part.money for part in parts):
            out.extend(parts)
        else:
            out.append(unit)
    return out


OWN_DEAL_AFTER_RE = re.compile(r"(?i)^(?:['’]s)?\s+(?:\w+\s+)?(?:package|deal|sale|order|purchase|contract|request|"
                               r"acquisition|paquet|commande|contrat|Paket|Auftrag|Vertrag)\b")


def _stage_noun(text: str) -> str | None:
    return next((st for st, rx in STAGE_NOUNS if rx.search(text)), None)


def _other_buyer(unit: Unit, deal: _Deal) -> bool:
    """Does the clause name, as buyer, someone other than the deal's buyer (not just end users "for X")?"""
    code = deal.report.buyer.code if deal.report.buyer else None
    for pm in unit.parties:
        if pm.code in (code, "USA"):
            continue
        before = unit.text[max(0, pm.start - 45):pm.start]
        after = unit.text[pm.end:pm.end + 70]
        if re.search(r"(?i)\b(?:to|sale to|sell to|supply)\s+(?:the\s+)?$", before) or BUYER_AFTER_RE.search(after) \
                or OWN_DEAL_AFTER_RE.match(after):
            return True
    return False


def _origin_party(doc: Document, unit: Unit, buyer: str) -> Party | None:
    """The seller given by the makers' country of the clause's systems, when they agree on one."""
    origins = {o for _, _, sysm in unit.systems if (o := _origin_code(sysm)) and o != buyer}
    if len(origins) != 1:
        return None
    a, b, _ = next(x for x in unit.systems if _origin_code(x[2]) in origins)
    return Party(origins.pop(), Evidence.of(doc.text, unit.start + a, unit.start + b))


def _seller_for(doc: Document, unit: Unit, buyer: str, sellers: list[countries.PartyMention],
                context: Party | None, makers: list[countries.PartyMention] | None = None) -> Party | None:
    t, s = doc.text, unit.start
    for pm in sellers:
        if pm.code != buyer:
            return Party(pm.code, Evidence.of(t, s + pm.start, s + pm.end))
    fms = FMS_RE.search(unit.text)
    if fms and buyer != "USA":
        # "a possible Foreign Military Sale of Naval Strike Missiles": the United States sells, whoever makes it
        return Party("USA", Evidence.of(t, s + fms.start(), s + fms.end()))
    origins = [(a, b, o) for a, b, sysm in unit.systems if (o := _origin_code(sysm)) and o != buyer]
    others = [p for p in unit.parties if p.code != buyer]
    for p in others:
        if any(o == p.code for _, _, o in origins):
            return Party(p.code, Evidence.of(t, s + p.start, s + p.end))
    ag = US_AGENCY_RE.search(unit.text)
    all_origins = {c for _, _, sysm in unit.systems for c in _origin_codes(sysm)}
    if ag and buyer != "USA" and (not all_origins or "USA" in all_origins):
        return Party("USA", Evidence.of(t, s + ag.start(), s + ag.end()))
    if origins:
        a, b, o = origins[0]
        return Party(o or "", Evidence.of(t, s + a, s + b))
    for pm in makers or []:  # "signed for 12 of the South Korean jets"
        if pm.code != buyer:
            return Party(pm.code, Evidence.of(t, s + pm.start, s + pm.end))
    if context is not None and context.code != buyer:
        return context
    return None


def _restatement(unit: Unit, deal: _Deal) -> bool:
    """Is the clause's figure the deal's value restated in another currency ("close to 39 billion zł at
    current exchange rates", "(about A$1.07 billion)")?"""
    if not unit.money or deal.report.value is None:
        return False
    mm = unit.money[0]
    before = unit.text[max(0, mm.start - 60):mm.start]
    return mm.currency not in ("$", deal.report.value.currency) and CONVERSION_RE.search(before) is not None


def _compatible(deal: _Deal, unit: Unit, doc: Document) -> bool:
    r = deal.report
    if _restatement(unit, deal) and not unit.systems:
        return True
    if unit.cue and r.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[r.stage]:
        # "X requested up to 163 Tomahawks ..." after the approval: the request is what was approved
        request_detail = unit.cue.stage == "requested" and r.stage in ("approved", "notified") and not unit.money
        if not request_detail:
            return False
    roots = {(load_catalog().root(sysm.id) or sysm).id for _, _, sysm in unit.systems}
    if unit.money and deal.usd is not None:
        mm = unit.money[0]
        cur = "USD" if mm.currency == "$" else mm.currency
        usd = _to_usd(mm.amount, cur, doc.published)
        if usd is not None and abs(usd - deal.usd) > 0.08 * max(usd, deal.usd):
            return False
    if unit.money and roots and deal.systems and not (roots & deal.roots):
        return False
    cat = load_catalog()
    line = {k: {k, *(a.id for a in cat.ancestors(k))} for k in deal.systems}  # each item with its families

    def related(k: str) -> bool:  # the same item, its family, or a variant of it -- not a sibling
        mine = {k, *(a.id for a in cat.ancestors(k))}
        return any(k in fam or key in mine for key, fam in line.items())
    if SEPARATE_RE.search(unit.text) and (unit.money or unit.cue) and deal.units:
        # "had already been cleared to buy MH-60R helicopters": another sale unless it names the deal's own items
        return bool(roots & deal.roots) and not unit.money and all(related(x.id) for _, _, x in unit.systems)
    if unit.systems and deal.systems and unit.dates and any(d.precision in ("month", "year") for d in unit.dates) \
            and not any(related(x.id) for _, _, x in unit.systems):
        return False  # "In July last year, Washington offered Norway nine HH-60W": another system, another time
    if unit.cue and roots and deal.systems and not (roots & deal.roots) and unit.dates:
        return False  # "In May, Warsaw asked for 500 HIMARS": another request, another time
    return True


def extract_news(doc: Document) -> list[DealReport]:
    text = doc.text
    deals: list[_Deal] = []
    current: _Deal | None = None
    prev_unit: Unit | None = None
    last_named: Unit | None = None  # the latest clause naming a system the deal is about
    all_units = _split_by_buyers(units_of(text, doc.published))
    topic = _topic_systems(all_units)
    in_list = False  # inside a bulleted list that follows "The package includes:" for the deal in focus
    pending: tuple[int, countries.PartyMention, int] | None = None  # a buyer named before any deal was read
    pending_unit: Unit | None = None
    lead: tuple[Unit, countries.PartyMention] | None = None  # a buyer and systems named before any event
    for unit in all_units:
        in_list = current is not None and prev_unit is not None and ((
            (prev_unit.text.rstrip().endswith(":") and (prev_unit in current.units
                                                        or INCLUDE_RE.search(prev_unit.text) is not None
                                                        or current.units[-1].sentence >= prev_unit.sentence - 3))
            or (in_list and LIST_ITEM_RE.match(prev_unit.text) is not None)) and bool(LIST_ITEM_RE.match(unit.text))
            # "The notice details the equipment: four aircraft; ten CFM56 engines; seven ...": a run-in list
            or (prev_unit.sentence == unit.sentence and bool(current.units)
                and current.units[-1].sentence >= unit.sentence - 1
                and ":" in text[text.rfind("\n", 0, unit.start) + 1:unit.start]
                and INCLUDE_RE.search(text[text.rfind("\n", 0, unit.start) + 1:unit.start]) is not None))
        if doc.title and unit.start < 400 and unit.text.strip() == doc.title.strip():
            continue  # the headline restates the lede, loosely: deals are read from the body
        if current is not None and _split_values_by_kind(doc, deals, current, unit):
            prev_unit = unit
            continue
        if current is not None and ANAPHOR_RE.match(unit.text) and unit.cue and not unit.systems \
                and (named := next((u for u in all_units if u.sentence == unit.sentence - 1 and u.systems),
                                   None)) is not None and named not in current.units \
                and (fresh := _fresh_systems(named, current)) and current.report.buyer is not None:
            # "Berlin relies on Israel's Arrow 3. The purchase contract was signed in November 2023.": the
            # contract is for the system just named, not for the deal in focus
            code = next((p.code for p in named.parties if p.code not in {_origin_code(x) for _, _, x in fresh}
                         and _role(named, p) != "source"), current.report.buyer.code)
            bp = next((p for p in named.parties if p.code == code), None)
            report = DealReport(seller=_origin_party(doc, named, code), method="news",
                                buyer=Party(code, Evidence.of(text, named.start + bp.start, named.start + bp.end)
                                            if bp else current.report.buyer.evidence))
            current = _Deal(report)
            deals.append(current)
            _fill(doc, current, unit, [])
            _fill(doc, current, named, fresh)
            prev_unit = unit
            continue
        if current is not None and ANAPHOR_RE.match(unit.text) and (unit.systems or unit.money) \
                and not SEPARATE_RE.search(unit.text) and not _other_buyer(unit, current) \
                and not (unit.money and current.report.value is not None and _fresh_systems(unit, current)
                         and not _compatible(current, unit, doc)):  # "The list also includes X for $375m": a case
            _fill(doc, current, unit, unit.systems)  # "The case covers ... eight for Belgium": the deal in focus
            prev_unit = unit
            continue
        if current is None and pending is not None and pending_unit is not None and unit.money \
                and unit.sentence - pending[0] <= 1 and VALUE_WORD_RE.search(unit.text) and pending_unit.cue \
                and not any(p.code not in ("USA", pending[1].code) for p in unit.parties):
            # "… approved a possible sale of an integrated combat system to Germany. The estimated value: $11.9
            # billion.": the sale told first, its value in the next sentence
            pu, bp = pending_unit, pending[1]
            report = DealReport(seller=_seller_for(doc, pu, bp.code, [p for p in pu.parties if _role(pu, p) == "seller"],
                                                   None),
                                buyer=Party(bp.code, Evidence.of(text, pending[2] + bp.start, pending[2] + bp.end)),
                                method="news")
            current = _Deal(report)
            deals.append(current)
            _fill(doc, current, pu, [])
            _fill(doc, current, unit, unit.systems)
            pending = pending_unit = None
            prev_unit = unit
            continue
        if current is None and lead is not None and unit.cue and not unit.hedged and not unit.systems \
                and not unit.money and unit.sentence - lead[0].sentence == 1 and unit.deal_noun \
                and not any(p.code not in ("USA", lead[1].code) for p in unit.parties):
            # "Norway's forces are to get 21 UH-60M Black Hawks. Washington approved the deal on Friday.": the
            # lede names buyer and systems, the next sentence the event
            lu, bp = lead
            report = DealReport(seller=_seller_for(doc, lu, bp.code, [], None), method="news",
                                buyer=Party(bp.code, Evidence.of(text, lu.start + bp.start, lu.start + bp.end)))
            current = _Deal(report)
            deals.append(current)
            _fill(doc, current, unit, [])
            _fill(doc, current, lu, lu.systems)
            lead = None
            prev_unit = unit
            continue
        if current is None and not unit.cue and unit.systems and not unit.hedged \
                and len({p.code for p in unit.parties if p.code != "USA"}) == 1 \
                and any(not _context_mention(unit.text, a, b) for a, b, _ in unit.systems):
            lead = (unit, next(p for p in unit.parties if p.code != "USA"))
        if unit.hedged and unit.cue is None:
            prev_unit = unit
            continue  # "denied reports that Canada had signed", "the contract could be signed": no event
        if current is not None and CONTRACTOR_RE.search(unit.text) and not _other_buyer(unit, current):
            for cm in find_companies(unit.text):  # "The principal contractors will be Boeing and Lockheed Martin"
                if all(c.name != cm.text for c in current.report.contractors):
                    current.report.contractors.append(Contractor(cm.text, Evidence.of(
                        text, unit.start + cm.start, unit.start + cm.end)))
        if not (unit.cue or unit.deal_noun or (INCLUDE_RE.search(unit.text) and unit.systems)
                or (current is not None and unit.dates and any(rx.search(unit.text) for _, rx in STAGE_NOUNS))
                or (unit.money and current is not None and VALUE_WORD_RE.search(unit.text))
                or (LIST_ITEM_RE.match(unit.text) and unit.money and current is not None)
                or (in_list and unit.systems)):
            prev_unit = unit
            continue
        buyers: list[countries.PartyMention] = []
        sellers: list[countries.PartyMention] = []
        makers: list[countries.PartyMention] = []
        for pm in unit.parties:
            role = _role(unit, pm)
            if role == "buyer" and pm.code != "USA":
                buyers.append(pm)
            elif role == "seller":
                sellers.append(pm)
            elif role == "maker":
                makers.append(pm)
        if not buyers:
            origin_codes = {_origin_code(sysm) for _, _, sysm in unit.systems}
            non_seller = [p for p in unit.parties if p.code != "USA" and p.code not in {x.code for x in sellers}
                          and p.code not in origin_codes and _role(unit, p) != "source"]
            if len({p.code for p in non_seller}) == 1 and (unit.cue or unit.systems or unit.money):
                buyers = [non_seller[0]]
        if not buyers and current is None and pending is not None and unit.sentence - pending[0] <= 2 \
                and (unit.cue or unit.deal_noun) and (unit.systems or unit.money) \
                and not any(p.code not in ("USA", pending[1].code) for p in unit.parties):
            # "The United States has cleared New Zealand to buy torpedoes ... The State Department said it had
            # approved a possible sale of 20 MK 54 ...": the buyer named just before, no other in between
            pm0 = pending[1]  # offsets made relative to this clause, for the evidence of the buyer
            buyers = [replace(pm0, start=pending[2] + pm0.start - unit.start, end=pending[2] + pm0.end - unit.start)]
        systems_here = unit.systems
        topic_span: tuple[int, int] | None = None
        if buyers and not systems_here and not unit.money and unit.cue and prev_unit is not None \
                and prev_unit.sentence == unit.sentence and prev_unit.systems:
            systems_here = [(-1, -1, sysm) for _, _, sysm in prev_unit.systems]  # "and Tokyo signed the agreement"
        elif buyers and not systems_here and not unit.money and unit.cue and last_named is not None \
                and unit.sentence - last_named.sentence <= 2 and BACKREF_RE.search(unit.text):
            systems_here = [(-2, -2, sysm) for _, _, sysm in last_named.systems]  # "la Grèce en a commandé 24"
        elif buyers and not systems_here and unit.cue \
                and (gm := GENERIC_QTY_RE.search(unit.text)) is not None \
                and (main := _topic_of_kind(topic, gm.group("noun"))) is not None:
            systems_here = [(-1, -1, main[1])]  # "New Delhi avait commandé 36 appareils": the article's aircraft
            topic_span = main[2], main[3]
        target: _Deal | None = None
        if buyers:
            code = buyers[0].code
            for d in reversed(deals):
                if d.report.buyer and d.report.buyer.code == code and _compatible(d, unit, doc):
                    target = d
                    break
            if target is None and (systems_here or unit.money):
                context = current.report.seller if current else None
                if topic_span and (o := _origin_code(systems_here[0][2])) and o != code:
                    context = Party(o, Evidence.of(text, *topic_span))  # the maker's country of that system
                seller = _seller_for(doc, unit, code, sellers, context, makers)
                bp = buyers[0]
                report = DealReport(seller=seller, buyer=Party(code, Evidence.of(text, unit.start + bp.start,
                                                                                  unit.start + bp.end)),
                                    method="news")
                target = _Deal(report)
                deals.append(target)
        elif current is not None and current.report.date is None and not unit.money \
                and (stage_here := unit.cue.stage if unit.cue else _stage_noun(unit.text)) is not None \
                and not _other_buyer(unit, current) and not any(p.code not in ("USA", current.report.buyer.code
                                                                                if current.report.buyer else "")
                                                               for p in buyers) \
                and (current.report.stage is None or STAGE_GROUP[stage_here] == STAGE_GROUP[current.report.stage]) \
                and any(d.iso and d.precision == "day" for d in unit.dates):
            # "The State Department approved the sale on Thursday" / "announced the approval on Friday"
            target = current
        elif current is not None and unit.cue and unit.deal_noun and not unit.systems and not unit.money \
                and any(d.iso or d.precision != "none" or re.search(r"\d{4}", d.text) for d in unit.dates) \
                and current.report.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[current.report.stage] \
                and not _other_buyer(unit, current) and current.report.buyer is not None:
            # "Washington had approved the sale on 28 July": the same purchase at another stage
            report = DealReport(seller=current.report.seller, buyer=current.report.buyer, method="news")
            target = _Deal(report)
            deals.append(target)
            systems_here = [(-1, -1, cat_sys) for cat_sys in
                            [load_catalog().get(k) for k in current.systems] if cat_sys is not None]
        elif current is not None and unit.money and current.report.buyer is not None \
                and not any(p.code != "USA" for p in unit.parties) \
                and (LIST_ITEM_RE.match(unit.text) or NEXT_CASE_RE.search(unit.text)
                     or (unit.systems and current.report.value is not None and not unit.dates
                         and INCLUDE_RE.search(unit.text) and _fresh_systems(unit, current))) \
                and (current.report.value is not None or current.items_from_list) \
                and (LIST_ITEM_RE.match(unit.text) or not _compatible(current, unit, doc)):
            # "A second case, estimated at $4.03 billion, ..." / "- 1,050 Javelin missiles, $375 million;":
            # another case of the same package, at the package's stage and date
            parent = current.report
            report = DealReport(seller=_origin_party(doc, unit, parent.buyer.code if parent.buyer else "")
                                or parent.seller, buyer=parent.buyer, stage=parent.stage,
                                stage_evidence=parent.stage_evidence, date=parent.date,
                                date_evidence=parent.date_evidence, method="news")
            target = _Deal(report, items_from_list=True)
            deals.append(target)
        elif current is not None and (unit.systems or unit.money):
            if _compatible(current, unit, doc):
                target = current
            elif unit.cue and (unit.money or (unit.systems and SEPARATE_RE.search(unit.text))) \
                    and current.report.buyer is not None \
                    and not any(p.code != "USA" for p in unit.parties) and not _companies_as_parties(unit) \
                    and not re.search(r"(?i)\bawarded\b", unit.text):
                report = DealReport(seller=_origin_party(doc, unit, current.report.buyer.code)
                                    or current.report.seller, buyer=current.report.buyer, method="news")
                target = _Deal(report)
                deals.append(target)
        if target is None:
            if current is None and buyers:
                pending, pending_unit = (unit.sentence, buyers[0], unit.start), unit
            prev_unit = unit
            continue
        current = target
        _fill(doc, target, unit, systems_here)
        if not target.report.items and (gm := GENERIC_QTY_RE.search(unit.text)) is not None \
                and (main := _topic_of_kind(topic, gm.group("noun"))) is not None:
            _fill(doc, target, unit, [(-1, -1, main[1])])  # "covered up to 22 launchers": the article's launcher
        prev_unit = unit
        if any(a >= 0 and not _context_mention(unit.text, a, b) for a, b, _ in unit.systems):
            last_named = unit
    _contractors(doc, deals)
    return [d.report for d in deals if d.report.items or d.report.value is not None]


def _fill(doc: Document, deal: _Deal, unit: Unit, systems: list[tuple[int, int, System]]) -> None:
    text, s = doc.text, unit.start
    r = deal.report
    if unit not in deal.units:
        deal.units.append(unit)
        r.evidence.append(Evidence.of(text, s, unit.end))
    if unit.cue and r.stage is None:
        r.stage = unit.cue.stage
        r.stage_evidence = Evidence.of(text, s + unit.cue.start, s + unit.cue.end)
    elif r.stage is None and not unit.hedged and (sn := APPROVAL_OF_SALE_RE.search(unit.text)) is not None:
        # "The US State Department's approval of a possible Foreign Military Sale of four E-7 ...": the event
        # told as a noun
        r.stage = "approved"
        r.stage_evidence = Evidence.of(text, s + sn.start(), s + sn.end())
    noun_stage = next((st for st, rx in STAGE_NOUNS if rx.search(unit.text)), None)
    same_stage = (unit.cue and r.stage and STAGE_GROUP[unit.cue.stage] == STAGE_GROUP[r.stage]) or (
        unit.cue is None and noun_stage is not None and r.stage is not None
        and STAGE_GROUP[noun_stage] == STAGE_GROUP[r.stage])
    if r.date is None and same_stage:
        dated = [d for d in unit.dates if d.iso and d.precision == "day" and not _in_dateline(text, s + d.start)]
        if dated:
            d0 = min(dated, key=lambda d: abs(d.start - unit.cue.start) if unit.cue else 0)
            r.date = d0.iso
            r.date_evidence = Evidence.of(text, s + d0.start, s + d0.end)
    deal_money = [m for m in unit.money if not MONEY_CONTEXT_RE.search(unit.text[max(0, m.start - 60):m.start])
                  and not AGGREGATE_RE.search(unit.text[max(0, m.start - 60):m.start])
                  and not AGGREGATE_AFTER_RE.match(unit.text[m.end:m.end + 30])
                  and not MONEY_AFTER_CONTEXT_RE.match(unit.text[m.end:m.end + 60])]
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
                                                r.buyer.code if r.buyer else None, r.stage)
        elif currency == "KR":
            currency, reason = _crown_currency(doc, r.seller.code if r.seller else None,
                                               r.buyer.code if r.buyer else None)
        if currency is not None:
            r.value = Money(mm.amount, currency, Evidence.of(text, s + mm.start, s + mm.end),
                            currency_reason=reason, qualifier=mm.qualifier)
            deal.usd = _to_usd(mm.amount, currency, r.date or doc.published)
        else:
            r.extras.setdefault("notes", []).append(f"value {mm.text!r} left out: {reason}")
    for a, b, sysm in systems:
        key = sysm.id
        if a >= 0 and _context_mention(unit.text, a, b):
            deal.context_spans.append((s + a, s + b))
            continue
        if a == -2 and len(systems) == 1 and (qm := _backref_count(unit.text)) is not None:
            qty, qual, a, b = int(qm[0]), None, 0, 0  # "en a commandé 24": the count said with the pronoun
            ev = Evidence.of(text, s + qm[1], s + qm[2])
        elif a < 0:  # inherited from an earlier clause: no quantity, no span of its own
            qty, qual, qs, a, b = None, None, 0, 0, 0
            ev = r.evidence[-1]
        else:
            qty, qual, qs = _quantity(unit.text, a)
            ev = Evidence.of(text, s + qs, s + b)
        if key in deal.systems:
            item = deal.systems[key]
            if item.quantity is None and qty is not None:
                item.quantity, item.quantity_qualifier, item.evidence = qty, qual, ev
            continue
        cat = load_catalog()
        parent_keys = {x.id for x in cat.ancestors(key) if _same_kind(cat, x.id, sysm)}
        variant_of_this = [k for k in deal.systems
                           if key in {x.id for x in cat.ancestors(k)} and _same_kind(cat, k, sysm)]
        if variant_of_this:
            item = deal.systems[variant_of_this[0]]  # "35 F-35" after "F-35A": the family of an item listed
            if item.quantity is None and qty is not None:
                item.quantity, item.quantity_qualifier, item.evidence = qty, qual, ev
            continue
        written = lookup_key(unit.text[a:b]) if b > a else ""
        family = [k for k in parent_keys if k in deal.systems
                  and _same_item(deal.systems[k], cat.get(k), written, qty)]
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
    _generic_quantity(unit, deal, doc)  # "choosing it for at least five ships": once the items are known
    _distributive_quantity(unit, deal, doc, systems)


COUNTED_GENERIC_TYPES = {"engine", "gun", "truck", "trailer", "radio", "night vision", "generator"}


def _companies_as_parties(unit: Unit) -> bool:
    """Does a company act in the clause ("awarded Lockheed a contract")? A maker's name before its system
    ("four Boeing P-8A Poseidon aircraft") does not count."""
    starts = {a for a, _, _ in unit.systems}
    return any(not any(0 <= a - c.end <= 2 for a in starts) for c in find_companies(unit.text))


def _counted_generic_items(unit: Unit, deal: _Deal, doc: Document) -> None:
    """"Besides the helicopters, it contains 46 engines ... 18 machine guns": counted articles of a generic class,
    in a clause listing what a deal includes, are items under their own name."""
    if not unit.generic or not (INCLUDE_RE.search(unit.text) or LIST_ITEM_RE.match(unit.text)):
        return
    for a, b, sysm in unit.generic:
        if (sysm.type or "") not in COUNTED_GENERIC_TYPES:
            continue  # "missiles", "aircraft", "pods" mostly restate a named item
        qty, qual, qs = _quantity(unit.text, a)
        if qty is None or qs < 0 or not re.fullmatch(r"[\d,.\s]+|\w+", unit.text[qs:a].strip().split(" ")[0]):
            continue
        if re.search(r"[;:]", unit.text[qs:a]) or any(qs <= x < a for x, _, _ in unit.systems):
            continue  # the count belongs to something else
        key = f"{sysm.id}:{unit.text[a:b].lower()}"
        if key in deal.systems:
            continue
        item = Item(system=unit.text[a:b], evidence=Evidence.of(doc.text, unit.start + qs, unit.start + b),
                    quantity=qty, quantity_qualifier=qual, category=sysm.category, catalog_id=sysm.id,
                    mention=unit.text[a:b])
        deal.systems[key] = item
        deal.report.items.append(item)


def _contractors(doc: Document, deals: list[_Deal]) -> None:
    text = doc.text
    mentions = find_companies(text)
    if not mentions:
        return
    cat = load_catalog()
    for d in deals:
        for u in d.units:
            for cm in mentions:
                near_context = any(e <= cm.start <= e + 25 for _, e in d.context_spans)
                if u.start <= cm.start < u.end and not near_context and \
                        all(c.name != cm.text for c in d.report.contractors):
                    d.report.contractors.append(Contractor(cm.text, Evidence(cm.start, cm.end, cm.text)))
        if len(d.report.contractors) > 1 and d.report.items:
            # the maker of the deal's main system leads ("26 Pratt & Whitney engines" is a supplier)
            makers = _makers(cat, d.report.items[0].catalog_id)
            d.report.contractors.sort(key=lambda c: 0 if canonical(c.name) in makers else 1)
    assigned: set[str] = set()
    for cm in mentions:
        if cm.name in assigned:
            continue
        sentence = text[max(0, cm.start - 150):cm.end + 150]
        every = re.search(r"(?i)\b(?:both|all|each|tous|beide)\b", sentence) is not None
        for d in deals:
            if d.report.contractors:
                continue
            deal_makers = set().union(*(_makers(cat, item.catalog_id) for item in d.report.items)) \
                if d.report.items else set()
            if cm.name in deal_makers:
                d.report.contractors.append(Contractor(cm.text, Evidence(cm.start, cm.end, cm.text)))
                assigned.add(cm.name)
                if not every:
                    break
