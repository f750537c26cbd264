"""The passes that run once every clause of an article has been read: occasions filled, deals told as several
split, stages and dates shared within a sentence, home buyers fixed, contractors named, purchases from makers of
several countries split by seller, and catalog keys the catalog lacks dropped."""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_cases import (
    _split_plural_contracts,
    intent_only_stage,
    listed_notices_stage,
    split_by_origin,
    split_each_priced_cases,
)
from armstrack.extract.news_counts import counts_told_apart
from armstrack.extract.news_fields import _quantity
from armstrack.extract.news_firms import _contractors
from armstrack.extract.news_occasion import Occasion, occasions_fill
from armstrack.extract.news_parties import _fix_home_buyers
from armstrack.extract.news_patterns import STAGE_GROUP
from armstrack.extract.news_refs import (
    _announced_stage,
    _Deal,
    _merge_restated,
    _shared_sentence_dates,
    _shared_sentence_stage,
    _stage_contractors,
)
from armstrack.extract.news_sections import _digest_stage
from armstrack.extract.stage import read_stage
from armstrack.model import Contractor, DealReport, Document, Evidence, Item
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.companies import find_companies
from armstrack.normalize.numbers import FR_NUMBER, NUMBER_WORDS, count_value


def finish_deals(doc: Document, deals: list[_Deal], told: list[tuple[Occasion, int]], sectioned: list[_Deal],
                 all_units: list[Unit]) -> list[DealReport]:
    """The reports of an article's deals, once all its clauses are read (those with an item or a value)."""
    text = doc.text
    occasions_fill(doc, deals, told)
    _split_plural_contracts(doc, deals)
    _digest_stage(doc, deals, sectioned)
    _announced_stage(doc, deals, all_units)
    listed_notices_stage(doc, deals)
    deals = split_each_priced_cases(_merge_restated(deals))
    intent_only_stage(text, deals, all_units)
    _drop_umbrella_items(deals)
    drop_breakdown_items(deals)
    _shared_sentence_stage(doc, deals)
    _shared_sentence_dates(deals)
    deals = _fix_home_buyers(doc, deals, all_units)
    _contractors(doc, deals)
    _stage_contractors(deals)
    _spelled_out_contractors(text, deals)
    split_by_origin(doc, deals)
    deals += further_batches(doc, deals)
    deals = _drop_restated_choices(deals)
    headline_counts(doc, deals)
    counts_told_apart(doc, deals, all_units)
    cat = load_catalog()
    for d in deals:
        for item in d.report.items:
            if (item.catalog_id or "").startswith("?"):  # a designator the catalog lacks: named as written
                item.catalog_id = None
                item.notes.append("not in the catalog: named as written")
            elif item.catalog_id and item.mention:
                # "F-16 fighters", "Stinger-RMP": the catalog's own name as the mention writes it, an alias too
                sysm = cat.get(item.catalog_id)
                heads = [n for n in (sysm.names if sysm else ()) if len(n) < len(item.mention)
                         and _is_head(n, item.mention)]
                if heads:
                    item.written.append(min(heads, key=len))
    return [d.report for d in deals if d.report.items or d.report.value is not None]


# the verbs of a choice (not of a vote, a budget or an approval of the buyer's own: "Der Haushaltsausschuss hatte im
# Juni grünes Licht für die Beschaffung gegeben" is a step of its own)
CHOICE_RE = re.compile(r"(?i)\b(?:cho(?:se|sen|oses?)|selecte?d?s?|picke?d?s?|opte?d?s?|choisi\w*|retenu\w*|ausgewählt|"
                       r"entschied\w*|entschieden|préfér\w*|preferred|settled)\b")


def _drop_restated_choices(deals: list[_Deal]) -> list[_Deal]:
    """A choice told with no price, day or count of its own after its buyer signed for that system ("Den Haag entschied
    sich dennoch für das israelische Produkt" after the Dutch PULS contract) is the contract's story, no deal."""
    def bare_choice(d: _Deal) -> bool:
        r = d.report
        return r.stage == "other" and r.value is None and r.date is None and all(i.quantity is None for i in r.items) \
            and r.stage_evidence is not None and CHOICE_RE.search(r.stage_evidence.text) is not None

    return [d for d in deals if not (bare_choice(d) and d.roots and any(
        o is not d and o.report.stage in ("signed", "delivered") and o.report.buyer and d.report.buyer
        and o.report.buyer.code == d.report.buyer.code and (d.roots & o.roots) for o in deals))]


def _is_head(name: str, mention: str) -> bool:
    """Is a catalog name the head of a mention, case aside ("F-16" of "F-16 fighters", not of "F-160")?  (A string
    test: a pattern per name would be compiled for each of the thousands of names met.)"""
    n = len(name)
    if not (name.isascii() and mention[:n + 1].isascii()):
        # ("İstif-class" is headed by "Istif-class" under the engine's case-folding, not under str.lower)
        return re.match(re.escape(name) + r"(?!\w)", mention, re.I) is not None
    if mention[:n].lower() != name.lower():
        return False
    return len(mention) == n or not (mention[n].isalnum() or mention[n] == "_")


# a headline's present tense: "Manila orders 24 F-16 jets", "Poland buys 96 Apaches", "Cairo inks deal"
HEADLINE_ORDER_RE = re.compile(r"(?i)\b(?:orders|buys|signs|inks|purchases|acquires|commande|achète|signe|bestellt|"
                               r"kauft|unterzeichnet)\b")


def headline_counts(doc: Document, deals: list[_Deal]) -> None:
    """"Washington ouvre la voie à 183 Stryker pour l'armée bulgare" over a body that never counts them: the
    headline's count of a system is the count of the one deal holding that system uncounted."""
    text = doc.text
    first = next((m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()), None)
    if first is None:
        return
    head = first.group(0)
    if doc.title and doc.title.strip() and doc.title.strip() in text[:400]:
        at = text.find(doc.title.strip())
        head, first_start = doc.title.strip(), at
    else:
        first_start = first.start()
    cat = load_catalog()
    for a, b, sysm in cat.find_in(head):
        qty, qual, qs = _quantity(head, a)
        if qty is None:
            continue
        root = (cat.root(sysm.id) or sysm).id
        holders = [(d, i) for d in deals for i in d.report.items
                   if i.catalog_id and (r.id if (r := cat.root(i.catalog_id)) is not None else i.catalog_id) == root]
        if len(holders) != 1 or holders[0][1].quantity is not None:
            continue
        deal, item = holders[0]
        told, _ = read_stage(head)
        stage = told.stage if told is not None else ("signed" if HEADLINE_ORDER_RE.search(head) else None)
        if stage is not None and deal.report.stage is not None and STAGE_GROUP[stage] != STAGE_GROUP[deal.report.stage]:
            continue  # "Manila orders 24 F-16 jets" over an approval: another event's count
        item.quantity, item.quantity_qualifier = qty, qual
        item.evidence = Evidence.of(text, first_start + qs, first_start + b)
        item.notes.append("quantity read from the headline")


# "ordered 15 CAESAR from Nexter in 2017, then four more in 2019", "commandé quinze CAESAR …, puis quatre de plus en
# 2019": a further batch of the item just counted, ordered in another year
FURTHER_BATCH_RE = re.compile(
    r"(?i)[^.;]{0,60}?,?\s+(?:then|and|puis|et|dann|und|followed\s+by)\s+(?:another\s+|encore\s+)?"
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS}|{FR_NUMBER})\s+(?:more|de\s+plus|supplémentaires|autres|weitere)\b"
    r"[^.;]{0,30}?\b(?:in|en|im)\s+(?P<y>(?:19|20)\d\d)\b")


def further_batches(doc: Document, deals: list[_Deal]) -> list[_Deal]:
    """A contract's further batch told in the same clause with its own year: a deal of its own, with its count."""
    out: list[_Deal] = []
    for d in deals:
        r = d.report
        counted = [i for i in r.items if i.quantity is not None and i.catalog_id]
        if r.stage != "signed" or len(counted) != 1:
            continue
        item = counted[0]
        m = FURTHER_BATCH_RE.match(doc.text, item.evidence.end)
        if m is None or not re.search(r"\b(?:19|20)\d\d\b", doc.text[max(0, item.evidence.start - 120):m.start("n")]):
            continue  # ("… and 20 more in 2019" after an undated order: no year to tell the two apart)
        raw = m.group("n").lower()
        n = count_value(raw)
        if not n:
            continue
        batch = Item(system=item.system, evidence=Evidence.of(doc.text, m.start("n"), m.end()), quantity=n,
                     category=item.category, catalog_id=item.catalog_id, mention=item.mention)
        batch.notes.append("a further batch of the item, ordered in another year")
        report = DealReport(seller=r.seller, buyer=r.buyer, stage=r.stage, stage_evidence=r.stage_evidence,
                            method="news", contractors=list(r.contractors))
        report.items.append(batch)
        report.evidence.append(Evidence.of(doc.text, m.start("n"), m.end()))
        out.append(_Deal(report))
    return out


def _spelled_out_contractors(text: str, deals: list[_Deal]) -> None:
    """"Krauss-Maffei Wegmann (KMW) … bei KMW bestellt": a contractor named by an acronym the text spells out is
    named by the words the text spells it with (that span its evidence), when they name the same company."""
    for d in deals:
        for i, c in enumerate(d.report.contractors):
            if not re.fullmatch(r"[A-Z][A-Z&]{1,6}", c.name) or not (known := find_companies(c.name)):
                continue
            for m in re.finditer(r"(?P<long>[A-Z][\w&.-]*(?:[ -][A-Z][\w&.-]*){1,5})\s*\(\s*" + re.escape(c.name)
                                 + r"\s*\)", text):
                named = find_companies(m.group("long"))
                if named and named[0].name == known[0].name and named[0].text == m.group("long"):
                    d.report.contractors[i] = Contractor(m.group("long"), Evidence.of(text, m.start("long"),
                                                                                   m.end("long")), c.location)
                    break


def _drop_umbrella_items(deals: list[_Deal]) -> None:
    """"Poland's Patriot programme ... 48 M903 launchers, up to 644 PAC-3 MSE": the uncounted family name
    stands for the system its counted components make up, and is no item of its own."""
    cat = load_catalog()
    for deal in deals:
        r = deal.report
        for item in list(r.items):
            if item.quantity is not None or not item.catalog_id:
                continue
            parts = [i for i in r.items if i is not item and i.quantity is not None and i.catalog_id
                     and item.catalog_id in {a.id for a in cat.ancestors(i.catalog_id)}]
            if len(parts) >= 2:
                at = r.items.index(item)
                r.items.remove(item)
                deal.systems.pop(item.catalog_id, None)
                r.items.remove(parts[0])
                r.items.insert(at, parts[0])  # the parts stand where the system was named: it is what was sold
            elif parts and r.items.index(parts[0]) < r.items.index(item) \
                    and (fam := cat.get(item.catalog_id)) is not None and (member := cat.get(parts[0].catalog_id or "")) \
                    and member.name.lower().startswith(fam.name.lower()):
                # "… up to 291 ALTIUS 600M-V systems … The ALTIUS is a larger, tube-launched aircraft": the family
                # named again after its counted member is that member
                r.items.remove(item)
                deal.systems.pop(item.catalog_id, None)


def drop_breakdown_items(deals: list[_Deal]) -> None:
    """"14 F-16 à la Jordanie – douze monoplaces F-16AM et deux biplaces F-16BM": counts of one system that add
    up to its count told before are its breakdown, no further items."""
    for deal in deals:
        items = deal.report.items
        for item in list(items):
            if item not in items or item.quantity is None or not item.catalog_id:
                continue
            rest = [i for i in items[items.index(item) + 1:] if i.catalog_id == item.catalog_id]
            if len(rest) >= 2 and all(i.quantity is not None for i in rest) \
                    and sum(i.quantity or 0 for i in rest) == item.quantity:
                for i in rest:
                    items.remove(i)
