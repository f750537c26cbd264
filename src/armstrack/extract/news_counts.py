"""Counts told apart from a deal's clauses: "Le programme porte sur onze frégates." after the choice of the Mogami,
"The January decision called for 22 Skyranger 30 systems." after the contract told without a count.

A deal's one uncounted item of a major kind takes the count a nearby sentence gives of that kind (or of that very
system), when the article's nearby sentences give one count only and name no other buyer or system of that kind.
Partial counts ("the first three", "les huit suivantes") and counts of a fleet replaced are never taken.
"""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _quantity
from armstrack.extract.news_parts import _role
from armstrack.extract.news_patterns import CONTEXT_BEFORE_RE, STAGE_GROUP
from armstrack.extract.news_refs import _Deal, generic_counts, kind_categories
from armstrack.model import Document, Evidence, Item
from armstrack.normalize.catalog import load_catalog

MAJOR_KINDS = {"Aircraft", "Armoured vehicles", "Artillery", "Ships", "Air defence systems"}
NEAR = 3  # sentences before the deal's first clause or after its last
# a part of the whole: "the first three", "the remaining eight", "les trois premières", "die übrigen acht"
PART_BEFORE_RE = re.compile(r"(?i)(?:\d+\s*(?:to|or|à|ou|bis|oder|-|–)\s*$)|\b(?:options?\s+(?:for|on|pour|sur|für|über)|first|last|remaining|other|further|additional|more|premi\w*|derni\w*|autres|"
                            r"ersten|letzten|übrigen|restlichen|weitere\w*|dont|davon|of\s+which|of\s+them)\s+$")
# the clause tells what the programme or purchase holds: "Le programme porte sur onze frégates", "the decision called
# for 22 Skyranger 30 systems", "Insgesamt sollen zwölf Fregatten … beschafft werden"
PROGRAMME_RE = re.compile(r"(?i)\b(?:programmes?|programs?|Programms?|contracts?|Vertr[aä]ge?s?|contrats?|orders?|"
                          r"commandes?|Auftr[aä]ge?s?|Bestellung|purchase|achat|Kaufs?|beschafft|acquisition|deal|"
                          r"decision|Entscheidung|décision|calls?\s+for|called\s+for|porte\s+sur|umfasst|covers?)\b")
PART_AFTER_RE = re.compile(r"(?i)^\s*(?:suivant\w*|restant\w*|supplémentaires|more|additional|de\s+plus)\b")


def _counts_near(unit: Unit, item: Item, root_id: str) -> list[tuple[int, int, int]]:
    """The counts a clause gives of the item's kind or of its system: (count, start, end) in the clause."""
    out: list[tuple[int, int, int]] = []
    for a, _, sysm in unit.systems:
        if sysm.id != item.catalog_id:
            continue  # (not a variant's count: "452 PAC-3 MSE" is no count of Patriot fire units)
        qty, _, qs = _quantity(unit.text, a)
        if qty is not None and qty >= 2 and qs >= 0 and not PART_BEFORE_RE.search(unit.text[max(0, qs - 25):qs]):
            out.append((qty, qs, a))
    for qty, m in generic_counts(unit):
        noun = m.group("noun")
        if item.category not in kind_categories(noun) or len(kind_categories(noun)) > 3 or qty < 2:
            continue  # ("22 systems" names no kind)
        if PART_BEFORE_RE.search(unit.text[max(0, m.start() - 25):m.start()]) or PART_AFTER_RE.match(unit.text[m.end():]):
            continue
        if CONTEXT_BEFORE_RE.search(unit.text[max(0, m.start() - 120):m.start()]):
            continue  # "to replace its eight Anzac frigates": the fleet replaced
        out.append((qty, m.start(), m.end()))
    return out


def _root_id(item: Item) -> str:
    """The catalog id of the family an item belongs to (its own id when it has no parent)."""
    root = load_catalog().root(item.catalog_id or "")
    return root.id if root else (item.catalog_id or "")


def counts_told_apart(doc: Document, deals: list[_Deal], all_units: list[Unit]) -> None:
    cat = load_catalog()
    for deal in deals:
        r = deal.report
        if not deal.units or r.buyer is None:
            continue
        open_items = [i for i in r.items if i.quantity is None and i.category in MAJOR_KINDS and i.catalog_id]
        if len(open_items) != 1:
            continue
        item = open_items[0]
        if sum(1 for i in r.items if i.category == item.category) != 1:
            continue
        root_id = _root_id(item)
        others = [d for d in deals if d is not deal]
        if any(d.report.buyer is not None and d.report.buyer.code == r.buyer.code
               and any(_root_id(i) == root_id for i in d.report.items) for d in others):
            continue  # the buyer's other deal of that system (an approval, a delivery) may own the count
        theirs = {id(u) for d in others for u in d.units}
        lo = min(u.sentence for u in deal.units) - NEAR
        hi = max(u.sentence for u in deal.units) + NEAR
        if any(i.category == item.category and any(lo <= u.sentence <= hi for u in d.units)
               for d in others for i in d.report.items):
            continue  # another deal of that kind told nearby ("Un contrat de six appareils" over the T129, not the C295)
        allowed = {"USA", r.buyer.code} | ({r.seller.code} if r.seller else set())
        found: list[tuple[int, int, int, Unit]] = []
        for u in all_units:
            if not lo <= u.sentence <= hi or id(u) in theirs or any(p.code not in allowed for p in u.parties):
                continue
            if any(p.code != r.buyer.code and _role(u, p) in ("buyer", "buyer!") for p in u.parties):
                continue  # the seller buying for itself ("Berlin a fait approuver l'achat de six unités de tir")
            if any((cat.root(x.id) or x).id != root_id and x.category == item.category and not x.generic
                   for _, _, x in u.systems):
                continue  # another system of that kind named: its count, maybe
            if not PROGRAMME_RE.search(u.text):
                continue  # a fleet's size, a count in passing: only a programme's or purchase's count is taken
            if u.cue is not None and r.stage is not None and STAGE_GROUP[u.cue.stage] != STAGE_GROUP[r.stage]:
                continue  # a count told with another event (the approval's count, not the contract's)
            found += [(q, a, b, u) for q, a, b in _counts_near(u, item, root_id)]
        if len({q for q, *_ in found}) != 1 or any(i.quantity == found[0][0] for i in r.items):
            continue  # (a count another item of the deal has is that item's)
        qty, a, b, u = found[0]
        item.quantity = qty
        item.evidence = Evidence.of(doc.text, u.start + a, u.start + b)
        item.notes.append("quantity read from a count of its kind near the deal's clauses")
