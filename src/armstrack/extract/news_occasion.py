"""Occasions: one announcement of several sales to one buyer, whose cases are then told one by one.

"DSCA posted eight separate notifications of possible Foreign Military Sales to Taiwan. Each one was approved
by the State Department ... 08:24 - The biggest single item: 82 M142 HIMARS launchers ..., in a case worth an
estimated $4.05 billion.": the entries after the announcement name no buyer and no stage verb; each priced
entry is one of the announced sales, with the announcement's buyer, stage and day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from armstrack.extract.clauses import Unit
from armstrack.extract.news_patterns import STAGE_NOUNS
from armstrack.extract.news_refs import SAME_DAY_RE, _Deal
from armstrack.model import Document, Evidence
from armstrack.normalize import countries

# "eight separate notifications of possible Foreign Military Sales", "a large set of possible arms sales",
# "plusieurs ventes distinctes", "acht mögliche Rüstungsverkäufe"
SEVERAL_SALES_RE = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|a\s+(?:large\s+|new\s+)?"
    r"(?:set|series|batch|slate|raft|string)\s+of|\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|"
    r"une\s+(?:série|salve)\s+de|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere|eine\s+(?:Reihe|Serie)\s+"
    r"(?:von|an))\s+"
    r"(?:(?:separate|distinct|different|possible|potential|proposed|new|individual|arms|weapons?|séparées?|distincts?|"
    r"distinctes|nouvelles?|nouveaux|possibles|d['’]armes|weitere|mögliche|einzelne|getrennte|neue|"
    r"(?-i:[A-Z][a-z]+(?:an|ese|i|ish))|FMS)\s+){0,3}"  # "three Egyptian cases", "two FMS cases"
    r"(?:notifications|sales|cases|packages|deals|approvals|ventes|contrats|notifications|dossiers|autorisations|"
    r"Verkäufe|Rüstungsverkäufe|Rüstungsgeschäfte|Geschäfte|Notifizierungen|Genehmigungen|Fälle|Pakete)\b")
# what tells the announced cases apart when they follow: a price, a list bullet, an ordinal lead-in
ENTRY_LEAD_RE = re.compile(
    r"(?i)^\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+|\d{1,2}[:.h]\d{2}\s+[-–—]\s+[^.:]{0,40}?:?\s*|(?:the\s+)?(?:first|second|"
    r"third|biggest|largest|smallest|other|another|next|last|remaining)\b|zum\s+(?:einen|anderen)\b|"
    r"(?:le|la)\s+(?:première?|deuxième|seconde?|troisième|plus\s+(?:gros|important)e?)\b)")

# "A $1.01 billion Tactical Mission Network": a priced thing with a name of its own
PRICED_NAME_RE = re.compile(r"(?i:\b(?:a|an)\s+)(?:US)?\$\s?[\d.,]+\s*(?:billion|million|bn|m)\s+"
                            r"(?:[A-Z][\w-]*\s+){1,4}")


# the announced sales named by their stage: "three approvals", "trois autorisations", "acht Notifizierungen"
NOUN_STAGE = (("notified", re.compile(r"(?i)\b(?:notifications|Notifizierungen)\b")),
              ("approved", re.compile(r"(?i)\b(?:approvals|autorisations|Genehmigungen)\b")))


@dataclass
class Occasion:
    buyer: countries.PartyMention  # offsets relative to ``where``
    where: Unit  # the clause naming the buyer
    cue_unit: Unit | None  # the clause with the stage verb (the same, or the next sentence's)
    sentence: int
    stage: str
    stage_span: tuple[int, int]  # absolute offsets of the stage verb or noun
    #: the day of the sale told just before, when the announcement refers back to it ("The approval was one of
    #: three Egyptian cases published the same evening")
    day: tuple[str, Evidence] | None = None


def occasion_at(units: list[Unit], ui: int) -> Occasion | None:
    """The occasion ``units[ui]`` announces: several sales, to one buyer it names, at a stage said here, in the
    next sentence ("Each one was approved by the State Department") or by its noun ("three approvals")."""
    unit = units[ui]
    several = SEVERAL_SALES_RE.search(unit.text)
    if unit.hedged or unit.systems or unit.money or several is None:
        return None
    buyers = {p.code for p in unit.parties if p.code != "USA"}
    if len(buyers) != 1:
        return None
    buyer = next(p for p in unit.parties if p.code != "USA")
    cue_unit = unit if unit.cue is not None else None
    if cue_unit is None:
        cue_unit = next((u for u in units[ui + 1:ui + 4] if u.sentence <= unit.sentence + 1 and u.cue is not None
                         and not u.hedged and not u.systems and not u.money
                         and not any(p.code not in ("USA", buyer.code) for p in u.parties)), None)
    if cue_unit is not None and cue_unit.cue is not None and cue_unit.cue.stage in ("approved", "notified"):
        span = (cue_unit.start + cue_unit.cue.start, cue_unit.start + cue_unit.cue.end)
        return Occasion(buyer, unit, cue_unit, unit.sentence, cue_unit.cue.stage, span)
    for stage, rx in NOUN_STAGE:
        if (m := rx.search(several.group(0))) is not None:
            at = unit.start + several.start() + m.start()
            return Occasion(buyer, unit, None, unit.sentence, stage, (at, at + len(m.group(0))))
    for stage, rx in STAGE_NOUNS:  # "The approval was one of three Egyptian cases"
        if stage in ("approved", "notified") and (m := rx.search(unit.text)) is not None:
            return Occasion(buyer, unit, None, unit.sentence, stage, (unit.start + m.start(), unit.start + m.end()))
    return None


def refers_back(occasion: Occasion, deal: _Deal | None) -> None:
    """"The approval was one of three Egyptian cases published the same evening": the sale just told is one of the
    occasion's, whose day the others share."""
    w = occasion.where
    if deal is None or deal.report.date is None or deal.report.date_evidence is None \
            or any(d.iso and d.precision == "day" for d in w.dates) or not deal.units \
            or deal.units[-1].sentence < w.sentence - 1:
        return
    if SAME_DAY_RE.search(w.text) or re.match(r"(?i)\s*(?:the|this|that|it)\b", w.text) \
            or re.search(r"(?i)\bsame\s+(?:evening|night|morning|afternoon)\b", w.text):
        occasion.day = (deal.report.date, deal.report.date_evidence)


def occasion_entry(unit: Unit, occasion: Occasion) -> bool:
    """A clause telling one of the occasion's cases: a price with systems, a deal noun or a list lead-in, no
    stage verb of its own and no other country."""
    if unit.cue is not None or unit.hedged or not unit.money:
        return False
    if any(p.code not in ("USA", occasion.buyer.code) for p in unit.parties):
        return False
    return bool(unit.systems or unit.deal_noun or ENTRY_LEAD_RE.match(unit.text) or PRICED_NAME_RE.search(unit.text))


def occasion_stage(doc: Document, deal: _Deal, occasion: Occasion) -> None:
    """The occasion's stage, and its day when the announcement tells one, on one of its cases."""
    r = deal.report
    r.stage = occasion.stage
    r.stage_evidence = Evidence.of(doc.text, *occasion.stage_span)
    a, b = occasion.stage_span
    if occasion.day is not None:
        r.date, r.date_evidence = occasion.day
    for u in (x for x in (occasion.cue_unit, occasion.where) if x is not None):
        day = [d for d in u.dates if d.iso and d.precision == "day"]
        if len(day) > 1 and doc.published:
            day = [d for d in day if d.iso != doc.published] or day  # "Ce lundi" (the coverage), "vendredi" (the event)
        if day and r.date is None:
            # "Ce lundi, la presse revient sur les trois autorisations accordées vendredi": the day nearest the event
            at = u.start
            d = min(day, key=lambda d: min(abs(at + d.start - b), abs(a - at - d.end)))
            r.date, r.date_evidence = d.iso, Evidence.of(doc.text, at + d.start, at + d.end)
    for w in (occasion.where, occasion.cue_unit):
        if w is not None and w not in deal.units:
            deal.units.append(w)
            r.evidence.append(Evidence.of(doc.text, w.start, w.end))
