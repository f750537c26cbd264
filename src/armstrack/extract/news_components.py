"""Counted components of a package the catalog does not name: "50 Block II tactical guidance units", "eight
guidance sections", "four AMRAAM-ER training missiles (CATM-120C)".  In a clause that lists what an approved or
notified sale holds, each is an item under the name the text gives it (in the singular), with its count; never
when a catalog system is named in the phrase (the catalog reads those)."""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_patterns import INCLUDE_RE
from armstrack.extract.news_refs import _Deal
from armstrack.model import Document, Evidence, Item
from armstrack.normalize.numbers import NUMBER_WORDS, words_to_int

# the kinds of component a U.S. package lists by count
COMPONENT_RE = re.compile(
    rf"(?<![\w$€£.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})\s+"
    r"(?:(?:spare|additional|new|more|further|extra)\s+)?"
    r"(?P<phrase>(?:(?!(?:and|or|with|for|of|to|in|the|a|an|plus|including|as|held|spares?|be|is|are|was|were)\b)"
    r"[\w(][\w/+.()-]*\s+){0,4}?"
    r"(?P<noun>guidance\s+(?:sections?|units?)|training\s+(?:missiles?|rounds?)|(?:launching|control|ground)\s+stations?|"
    r"conversion\s+kits?|mast\s+groups?|flight\s+trainers?|simulators?|terminals?))\b", re.IGNORECASE)
DESIGNATION_BEFORE_RE = re.compile(r"(?i)\b(?:Mod|Block|Lot|Increment|Mk|Type|Phase|Batch|Series|Flight|Tranche|"
                                   r"Version|Model|No\.?|[A-Z]+-\d+)\s*$")
PLURAL_TAIL_RE = re.compile(r"(?i)(section|unit|missile|round|station|kit|group|trainer|simulator|terminal)s$")


def counted_components(unit: Unit, deal: _Deal, doc: Document) -> None:
    r = deal.report
    if r.stage not in ("approved", "notified", "requested") or not r.items:
        return
    if not (INCLUDE_RE.search(unit.text) or unit.cue is not None or re.search(r"(?i)\b(?:covers?|listed|lists)\b",
                                                                               unit.text)):
        return
    for m in COMPONENT_RE.finditer(unit.text):
        a, b = m.start("phrase"), m.end("noun")
        if any(x < b and a < y for x, y, _ in unit.systems):
            continue  # a system the catalog names ("twelve M903 launching stations"): read by the catalog
        if DESIGNATION_BEFORE_RE.search(unit.text, 0, m.start()):
            continue  # "MK-48 Mod 7 Advanced Technology conversion kits": the 7 is of the designation
        raw = m.group("n").lower()
        qty = int(raw.replace(",", "")) if raw[0].isdigit() else words_to_int(raw)
        if not qty or (raw.isdigit() and 1900 <= qty <= 2100):
            continue
        written = re.sub(r"\s+", " ", unit.text[a:b])
        name = PLURAL_TAIL_RE.sub(r"\1", written)
        key = f"component:{name.lower()}"
        if key in deal.systems or any(i.mention.lower() == written.lower() for i in r.items):
            continue
        item = Item(system=name, evidence=Evidence.of(doc.text, unit.start + m.start(), unit.start + b),
                    quantity=qty, category=None, catalog_id=None, mention=written)
        item.notes.append("a counted component the catalog does not name: named as written")
        deal.systems[key] = item
        r.items.append(item)
