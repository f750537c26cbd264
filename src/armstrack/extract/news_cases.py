"""Deals told as several: cases announced together at one price each, contracts named in the plural for
platforms of different kinds, a signing that was only a letter of intent.

Several cases announced together at one price each: "approved two possible Foreign Military Sales to Saudi
Arabia, each with an estimated value of $500 million. One is a CLSSA case; the other is blanket order training."
One deal per case, each at the price said, each with the item told for it in turn."""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _makers, _origin_code, _quantity
from armstrack.extract.news_fill import _fill
from armstrack.extract.news_parties import _counterpart_firm, _origin_party, stage_noun_told
from armstrack.extract.news_parts import _role
from armstrack.extract.news_patterns import ANAPHOR_RE, LIST_ITEM_RE, NEXT_CASE_RE, STAGE_GROUP
from armstrack.extract.news_refs import _Deal, _fresh_systems, _move_item, _sibling, _unit_roots
from armstrack.extract.stage_hedges import INTENT_ONLY_RE
from armstrack.model import DealReport, Document, Evidence, Item, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.companies import canonical
from armstrack.normalize.numbers import foreign_words_to_int, words_to_int
from armstrack.regex_gate import gated

# the stages a seller government acts in (its package may hold items made elsewhere)
GOVERNMENT_STAGES = {"requested", "approved", "notified"}

# "two possible Foreign Military Sales", "a pair of possible sales", "deux ventes", "zwei mögliche Verkäufe"
CASES_RE = gated(re.compile(r"(?i)\b(?:a\s+)?(?P<n>two|pair|deux|zwei|three|trois|drei|four|quatre|vier)\s+(?:of\s+)?"
                      r"(?:(?:possible|potential|separate|distinct|new|FMS|possibles|séparées|mögliche|getrennte)\s+)*"
                      r"(?:Foreign\s+Military\s+Sales|sales|cases|notifications|packages|ventes|dossiers|Verkäufe|"
                      r"Fälle|Pakete)\b"))
# the price said of each: "each with an estimated value of", "each carrying", "$500 million each", "chacune"
EACH_RE = re.compile(r"(?i)\b(?:each|chacune?|jeweils|je)\b")


def split_each_priced_cases(deals: list[_Deal]) -> list[_Deal]:
    out: list[_Deal] = []
    told_after: set[int] = set()  # deals whose items went to the cases announced just before
    for k, deal in enumerate(deals):
        if id(deal) in told_after:
            continue
        out.append(deal)
        r = deal.report
        if r.value is None or r.value.evidence is None:
            continue
        at = r.value.evidence.start
        unit = next((u for u in deal.units if u.start <= at < u.end), None)
        if unit is None:
            continue
        m = CASES_RE.search(unit.text)
        rel = at - unit.start
        if m is None or m.end() > rel or not EACH_RE.search(unit.text, m.end(), rel + 40):
            continue
        word = m.group("n").lower()
        n = 2 if word == "pair" else words_to_int(word) or foreign_words_to_int(word) or 0
        items = list(r.items)
        source = deal
        if not items and k + 1 < len(deals) and (nxt := deals[k + 1]).report.value is None \
                and nxt.report.buyer is not None and r.buyer is not None and nxt.report.buyer.code == r.buyer.code \
                and len(nxt.report.items) == n and nxt.units and nxt.units[0].sentence - unit.sentence <= 3:
            # "… each carrying an estimated price of $500 million. The first case is a CLSSA … The second is a
            # blanket order for aviation training.": the cases told next, one item each
            source, items = nxt, list(nxt.report.items)
            told_after.add(id(nxt))
            _move_item(nxt, deal, items[0])
        if len(items) > n:
            continue  # more items than cases: which case holds which is not told
        for i in range(1, n):
            twin = _Deal(_sibling(r, value=replace(r.value), value_usd=r.value_usd,
                                  value_usd_reason=r.value_usd_reason, evidence=list(r.evidence)),
                         units=[unit], usd=deal.usd)
            if len(items) == n:
                _move_item(source, twin, items[i])
            out.append(twin)
    return out


def intent_only_stage(doc_text: str, deals: list[_Deal], all_units: list[Unit]) -> None:
    """"Ukraine and France signed a document on Monday … A letter of intent, signed by Presidents Macron and
    Zelensky …": what was signed is a letter of intent, the buyer's choice and no contract (stage "other")."""
    for deal in deals:
        r = deal.report
        if r.stage != "signed" or any(CONTRACT_TOO_RE.search(u.text) for u in deal.units):
            continue  # ("… eine Absichtserklärung über 40 Eurofighter. Drei Monate später folgte der Vertrag")
        told = {u.sentence for u in deal.units}
        # (the clauses between those read into the deal, too: "A letter of intent, signed by …" tells no event and
        # joins no deal)
        # ("Les deux pays ont par ailleurs signé un protocole d'accord sur la coopération …", paragraphs after the
        # order: another paper, not this deal's)
        between = [u for u in all_units if min(told) <= u.sentence <= max(told)
                   and any(abs(u.sentence - t) <= 1 for t in told)] if told else []
        for unit in between:
            m = INTENT_ONLY_RE.search(unit.text)
            if m is not None:
                r.stage = "other"
                r.stage_evidence = Evidence.of(doc_text, unit.start + m.start(), unit.start + m.end())
                break


# a letter of intent told with the contract that followed it: "the contract that followed the letter of intent"
CONTRACT_TOO_RE = re.compile(r"(?i)\b(?:contracts?|Vertrag|Verträge|contrats?)\b")


PLURAL_CONTRACTS_RE = gated(re.compile(
    r"(?i)\b(?:contracts|agreements|deals|orders|purchase\s+agreements|\w*verträge|\w*verträgen|Aufträge|"
    r"Bestellungen|contrats|commandes|accords)\b"))
MAJOR_CATEGORIES = {"Aircraft", "Armoured vehicles", "Artillery", "Ships", "Air defence systems"}


def _split_plural_contracts(doc: Document, deals: list[_Deal]) -> None:
    """"Poland signed contracts for 180 K2 tanks and 212 K9 howitzers": one deal per counted platform of a
    different kind when the clause speaks of several contracts (and gives no single price for them)."""
    cat = load_catalog()
    for deal in list(deals):
        r = deal.report
        for unit in deal.units:
            if not PLURAL_CONTRACTS_RE.search(unit.text):
                continue
            if r.value is not None and unit.start <= r.value.evidence.start < unit.end:
                continue  # one price for all: one deal as told
            inside = [i for i in r.items if i.quantity is not None and i.category in MAJOR_CATEGORIES
                      and i.catalog_id and unit.start <= i.evidence.start < unit.end]
            roots: dict[str, Item] = {}
            for i in inside:
                root = cat.root(i.catalog_id or "")
                roots.setdefault(root.id if root else i.catalog_id or "", i)
            if len(roots) < 2 or len({i.category for i in roots.values()}) < 2:
                continue
            for item in list(roots.values())[1:]:
                new = _Deal(_sibling(r, contractors=[], evidence=[Evidence.of(doc.text, unit.start, unit.end)]))
                _move_item(deal, new, item)
                new.units = [unit]
                makers = _makers(cat, item.catalog_id)
                new.report.contractors = [c for c in r.contractors if canonical(c.name) in makers]
                r.contractors = [c for c in r.contractors if c not in new.report.contractors]
                deals.append(new)
            break


def split_by_origin(doc: Document, deals: list[_Deal]) -> None:
    """"Ungarn hat H225M bei Airbus und Lynx KF41 bei Rheinmetall bestellt": purchases of systems made in
    different countries, told in one clause without one price, are one deal per seller.  Only for orders,
    signings and deliveries: a government's approval may hold foreign-made items in its own package."""
    cat = load_catalog()
    for deal in list(deals):
        r = deal.report
        if r.value is not None or r.seller is None or r.buyer is None or r.stage in GOVERNMENT_STAGES \
                or len(r.items) < 2:
            continue
        origins: dict[str, list[Item]] = {}
        for item in r.items:
            sysm = cat.get(item.catalog_id or "")
            codes = countries.origin_codes(sysm.origin or "") if sysm is not None else []
            if len(codes) != 1 or sysm is None or sysm.generic:
                break  # ("36 CAESAR guns": a generic noun has no maker's country of its own)
            origins.setdefault(codes[0], []).append(item)
        else:
            if len(origins) < 2 or r.seller.code not in origins or r.buyer.code in origins:
                continue
            for code, items in origins.items():
                if code == r.seller.code:
                    continue
                first = items[0]
                new = _Deal(_sibling(r, seller=Party(code, first.evidence), contractors=[],
                                     evidence=list(r.evidence)))
                for item in items:
                    _move_item(deal, new, item)
                new.units = list(deal.units)
                makers = set().union(*(_makers(cat, i.catalog_id) for i in items))
                new.report.contractors = [c for c in r.contractors if canonical(c.name) in makers]
                r.contractors = [c for c in r.contractors if c not in new.report.contractors]
                deals.append(new)


# a fact box's labelled line naming a system: "Aircraft: Beechcraft King Air 350ER ISR", "System: NASAMS"
BOX_LINE_RE = re.compile(r"^\s*(?:Aircraft|System|Systems|Weapon|Equipment|Platform|Vehicle|Ship|Missile|Type|Appareil|"
                         r"Système|Matériel|Flugzeug|Waffensystem)\s*:\s")


# a labelled line of a fact box or a bulleted summary: "- Gegenstand: 3.000 JAGM", "• Estimated value: $957.4 million"
BOX_ENTRY_RE = re.compile(r"^\s*(?:[-•*–]\s*)?(?-i:[A-ZÄÖÜÉ])[\w'’ /-]{1,30}:\s")


def boxed_lead(lead_sentence: int, lead: Unit, unit: Unit) -> bool:
    """Does ``unit``, a fact box's line listing systems or a value, hold what the sale told just before is about?
    ("Am Montag hat die DSCA eine Mitteilung zu Großbritannien veröffentlicht. … - Gegenstand: 3.000 JAGM"; "… approved
    a possible Foreign Military Sale to Finland of:\n- three hundred fifty (350) FIM-92K Stinger …")"""
    if lead.cue is None or lead.hedged or unit.cue is not None or not 0 < unit.sentence - lead_sentence <= 4:
        return False
    if BOX_ENTRY_RE.match(unit.text) is not None:
        return bool(unit.systems or unit.money)
    return bool(unit.systems) and lead.text.rstrip().endswith(":") and unit.sentence - lead_sentence == 1 \
        and LIST_ITEM_RE.match(unit.text) is not None


def boxed_deal(deals: list[_Deal], unit: Unit) -> _Deal | None:
    """The deal a fact box's labelled line names by its system (the first deal holding it: the story's own)."""
    if not deals or unit.money or unit.cue or not unit.systems or not BOX_LINE_RE.match(unit.text):
        return None
    ids = {x.id for _, _, x in unit.systems}
    return next((d for d in deals if ids & set(d.systems)), None)


# a further case told in the same sentence as the one before: "…, and a further $1.8 billion in spares and support
# for Royal Saudi Air Force jets", "et, côté saoudien, 1,8 milliard de dollars de pièces"
FURTHER_LEAD_RE = re.compile(r"(?i)\s*(?:(?:and|et|und|plus)\s+)?(?:a\s+further|another|encore|weitere)\b")


def further_case(current: _Deal | None, new: _Deal, unit: Unit) -> None:
    """A further case with no stage of its own, told in the sentence of the case before, is at that case's stage."""
    if current is None or unit.cue is not None or current.report.stage is None or not current.units \
            or current.units[-1].sentence != unit.sentence or not FURTHER_LEAD_RE.match(unit.text):
        return
    r = current.report
    new.report.stage, new.report.stage_evidence = r.stage, r.stage_evidence
    if new.report.date is None and not unit.dates:  # (a case dated on its own keeps its own date)
        new.report.date, new.report.date_evidence = r.date, r.date_evidence


def restated_clause(deals: list[_Deal], unit: Unit) -> bool:
    """A recap of deals already read: no event of its own, every figure the price of one of them and every system
    one of their items ("- Earlier: F-35 package ($12.5B, 64 aircraft), ESSM (68 missiles, $112.7M)")."""
    if unit.cue is not None or not unit.money or unit.dates:
        return False
    priced = [d for m in unit.money for d in deals if d.report.value is not None
              and abs(d.report.value.amount - m.amount) <= 0.005 * m.amount]
    if len({id(d) for d in priced}) < len(unit.money):
        return False
    roots = _unit_roots(unit)
    if not roots or not roots <= {r for d in priced for r in d.roots}:
        return False
    cat = load_catalog()
    counts = {((cat.root(i.catalog_id) or x).id, i.quantity) for d in priced for i in d.report.items
              if i.catalog_id and (x := cat.get(i.catalog_id)) is not None}
    # ("… returned with a request: up to 26 … JASSM-ER, … for an estimated $39 million" after the heading "15 January –
    # Japan, JASSM-ER, $39 million": the count is news)
    return all(((cat.root(x.id) or x).id, q) in counts for a, _b, x in unit.systems
               if (q := _quantity(unit.text, a)[0]) is not None)


# a list's heading naming the U.S. notices its entries are: "deux avis antérieurs concernant Londres (chiffres tirés des
# communiqués DSCA) :", "Earlier approvals for Finland:", "Frühere Freigaben:"
NOTICES_HEADING_RE = re.compile(r"(?i)\b(?:avis|notices?|notifications?|approvals?|autorisations?|approbations?|"
                                r"Freigaben|Genehmigungen|Notifizierungen|Mitteilungen|clearances)\b")


def listed_notices_stage(doc: Document, deals: list[_Deal]) -> None:
    """An entry of a list whose heading names the U.S. notices it lists is an approval ("… deux avis antérieurs
    concernant Londres : 1. En juillet 2018, jusqu'à 200 AIM-120D …, estimés à 650 millions de dollars")."""
    text = doc.text
    for d in deals:
        r = d.report
        if r.stage is not None or r.seller is None or r.seller.code != "USA" or not d.units:
            continue
        line_start = text.rfind("\n", 0, d.units[0].start) + 1
        if LIST_ITEM_RE.match(text[line_start:line_start + 12]) is None:
            continue
        pos = line_start
        while pos > 0:  # back over the list's entries and blank lines to its heading
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev_start:pos].strip()
            pos = prev_start
            if line and LIST_ITEM_RE.match(line) is None:
                break
        else:
            continue
        heading = text[pos:text.find("\n", pos)] if text.find("\n", pos) >= 0 else text[pos:]
        noun = NOTICES_HEADING_RE.search(heading)
        if heading.rstrip().endswith(":") and noun is not None:
            r.stage = "approved"
            r.stage_evidence = Evidence.of(text, pos + noun.start(), pos + noun.end())


def lead_day(doc: Document, deal: _Deal, lead: Unit | None) -> None:
    """"Lundi, la DSCA a publié un avis concernant le Royaume-Uni. Le département d'État a donné son accord à une vente
    de missiles JAGM": the deal read from the second sentence, with the buyer of the first, has the first one's day."""
    r = deal.report
    if lead is None or r.date is not None or lead.cue is None or lead.hedged or r.stage is None \
            or STAGE_GROUP[lead.cue.stage] != STAGE_GROUP[r.stage]:
        return
    _fill(doc, deal, lead, [])


def listed_case(doc: Document, current: _Deal | None, unit: Unit, buyer: countries.PartyMention) -> _Deal | None:
    """A further case of the buyer in focus announced before the list of what it holds ("Only three days earlier, on
    Monday, DSCA had posted a second Finnish case:\n- forty (40) AIM-9X …"): a deal of its own, at its own stage and
    day, whose items the list gives."""
    if current is None or current.report.buyer is None or current.report.buyer.code != buyer.code \
            or unit.cue is None or unit.hedged or unit.systems or unit.money \
            or not unit.text.rstrip().endswith(":") or NEXT_CASE_RE.search(unit.text) is None:
        return None
    party = Party(buyer.code, Evidence.of(doc.text, unit.start + buyer.start, unit.start + buyer.end))
    return _Deal(DealReport(seller=current.report.seller, buyer=party, method="news"), items_from_list=True)


def contract_of_named(doc: Document, current: _Deal | None, unit: Unit, all_units: list[Unit], ui: int) -> _Deal | None:
    """"Berlin relies on Israel's Arrow 3. The purchase contract was signed in November 2023.", "The first of Slovakia's
    14 F-16 arrived only recently; that purchase was cleared …": the contract is for the system just named, not for the
    deal in focus -- a deal of its own, read from both clauses."""
    if current is None or not ANAPHOR_RE.match(unit.text) or not unit.cue or unit.systems:
        return None
    named = next((u for u in reversed(all_units[:ui]) if u.sentence == unit.sentence and u.systems
                  and not any(p.code != "USA" for p in unit.parties)),
                 next((u for u in all_units if u.sentence == unit.sentence - 1 and u.systems), None))
    if named is None or named in current.units:
        return None
    fresh = _fresh_systems(named, current)
    if not fresh or current.report.buyer is None:
        return None
    code = next((p.code for p in named.parties if p.code not in {_origin_code(x) for _, _, x in fresh}
                 and _role(named, p) != "source"), current.report.buyer.code)
    bp = next((p for p in named.parties if p.code == code), None)
    report = DealReport(seller=_origin_party(doc, named, code), method="news",
                        buyer=Party(code, Evidence.of(doc.text, named.start + bp.start, named.start + bp.end)
                                    if bp else current.report.buyer.evidence))
    deal = _Deal(report)
    _fill(doc, deal, unit, [])
    _fill(doc, deal, named, fresh)
    return deal


def listed_case_deal(doc: Document, parent_deal: _Deal, unit: Unit, named: list[countries.PartyMention]) -> _Deal:
    """Another case of the package in focus, told as a list entry or with its own price ("- 1,050 Javelin missiles,
    $375 million;"): the parent's stage and buyer, the seller the entry names (a country, a firm, the makers'
    country), the entry's own time and stage."""
    text, parent = doc.text, parent_deal.report
    pb = parent.buyer.code if parent.buyer else ""
    maker = next((Party(p.code, Evidence.of(text, unit.start + p.start, unit.start + p.end))
                  for p in named if p.code != pb), None)  # "went to Sweden's Saab"
    if maker is None and (firm := _counterpart_firm(unit, pb)) is not None:  # "contract signed with Kongsberg"
        maker = Party(firm[0], Evidence.of(text, unit.start + firm[1], unit.start + firm[2]))
    report = _sibling(parent, seller=maker or _origin_party(doc, unit, pb) or parent.seller)
    if unit.dates:  # "• FA-50PH — 12 jets ordered … in March 2014": the entry's own time, not the package's
        report.date = report.date_evidence = None
    if unit.cue is not None and report.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[report.stage]:
        report.stage = report.stage_evidence = None  # "26 October 2017: first contract signed": its own stage
    elif unit.cue is None and report.stage and (noun := stage_noun_told(unit.text)) is not None \
            and STAGE_GROUP[noun[0]] != STAGE_GROUP[report.stage]:
        # "- … l'autorisation américaine du 19 novembre 2024 plafonnait l'opération à 6,2 milliards": the entry's own
        # stage, told by a noun
        report.stage = noun[0]
        report.stage_evidence = Evidence.of(text, unit.start + noun[1].start(), unit.start + noun[1].end())
    return _Deal(report, items_from_list=True)
