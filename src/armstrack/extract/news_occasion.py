"""Occasions: one announcement of several sales to one buyer, whose cases are then told one by one.

"DSCA posted eight separate notifications of possible Foreign Military Sales to Taiwan. Each one was approved
by the State Department ... 08:24 - The biggest single item: 82 M142 HIMARS launchers ..., in a case worth an
estimated $4.05 billion.": the entries after the announcement name no buyer and no stage verb; each priced
entry is one of the announced sales, with the announcement's buyer, stage and day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _quantity
from armstrack.extract.news_patterns import AGGREGATE_RE, BARE_YEAR_RE, STAGE_NOUNS
from armstrack.extract.news_refs import SAME_DAY_RE, _Deal
from armstrack.model import DealReport, Document, Evidence, Party
from armstrack.normalize import countries
from armstrack.regex_gate import gated

# "eight separate notifications of possible Foreign Military Sales", "a large set of possible arms sales",
# "plusieurs ventes distinctes", "acht mögliche Rüstungsverkäufe"
SEVERAL_SALES_RE = gated(re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|a\s+(?:large\s+|new\s+)?"
    r"(?:set|series|batch|slate|raft|string|pair)\s+of|\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|"
    r"une\s+(?:série|salve)\s+de|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere|eine\s+(?:Reihe|Serie)\s+"
    r"(?:von|an))\s+"
    r"(?:(?:separate|distinct|different|possible|potential|proposed|new|individual|arms|weapons?|séparées?|distincts?|"
    r"distinctes|nouvelles?|nouveaux|possibles|d['’]armes|weitere|mögliche|einzelne|getrennte|neue|"
    r"(?-i:[A-Z][a-z]+(?:an|ese|i|ish))|FMS)\s+){0,3}"  # "three Egyptian cases", "two FMS cases"
    r"(?:notifications|sales|cases|packages|deals|approvals|ventes|contrats|notifications|dossiers|autorisations|"
    r"Verkäufe|Rüstungsverkäufe|Rüstungsgeschäfte|Geschäfte|Notifizierungen|Genehmigungen|Fälle|Pakete)\b"))
# the sum of the sales announced: "zusammen im Wert von", "im Gesamtwert von", "d'une valeur totale de"
SUM_RE = re.compile(r"(?i)\b(?:zusammen|insgesamt|Gesamtwert|Gesamtvolumen|total\s+value|valeur\s+totale|"
                    r"montant\s+total|ensemble|together|combined)\b[^.;]{0,40}$")
# a figure restated in another currency: "umgerechnet etwa 9,5 Milliarden Euro", "soit 4,5 milliards d'euros"
RESTATED_RE = re.compile(r"(?i)\b(?:umgerechnet|soit|that\s+is|i\.e\.|equivalent\s+to|or\s+(?:about|roughly|some))\b[^.;]{0,25}$")
# what tells the announced cases apart when they follow: a price, a list bullet, an ordinal lead-in
ORDINAL_LEAD = (r"(?:the\s+)?(?:first|second|third|biggest|largest|smallest|larger|bigger|smaller|other|another|next|last|"
                r"remaining)\b|"
                r"zum\s+(?:einen|anderen)\b|"
                r"(?:le|la)\s+(?:première?|deuxième|seconde?|troisième|plus\s+(?:gros|important)e?)\b|"
                r"(?:den|der|die|das)\s+(?:größten?|zweitgrößten?|nächsten?|weiteren?|kleineren?|anderen?)\b|"
                r"(?:hinzu|dazu)\s+kommen\b|außerdem\b|ferner\b")
ORDINAL_LEAD_RE = re.compile(r"(?i)^\s*(?:" + ORDINAL_LEAD + ")")
ENTRY_LEAD_RE = re.compile(r"(?i)^\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+|\d{1,2}[:.h]\d{2}\s+[-–—]\s+[^.:]{0,40}?:?\s*|"
                           + ORDINAL_LEAD + ")")

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
    """The occasion ``units[ui]`` announces: several sales, to one buyer it names (or the sentence before names),
    at a stage said here, in the next sentence ("Each one was approved by the State Department") or by its noun
    ("three approvals").  A figure in it can only be their sum ("acht einzelne Rüstungsgeschäfte genehmigt,
    zusammen im Wert von rund 11,1 Milliarden Dollar")."""
    unit = units[ui]
    several = SEVERAL_SALES_RE.search(unit.text)
    if unit.hedged or unit.systems or several is None:
        return None
    if any(not AGGREGATE_RE.search(unit.text[max(0, m.start - 60):m.start])
           and not SUM_RE.search(unit.text[max(0, m.start - 60):m.start])
           and not RESTATED_RE.search(unit.text[max(0, m.start - 40):m.start]) for m in unit.money):
        return None  # a figure of its own: one sale told, not an announcement of several
    buyers = {p.code for p in unit.parties if p.code != "USA"}
    if len(buyers) > 1:
        # "Taiwan's ministry thanked Washington for three arms sales …, as Chinese warships keep up …": the buyer is
        # named with the sales, the others further on
        near = {p.code for p in unit.parties if p.code != "USA" and p.start < several.end() + 40}
        if len(near) == 1:
            buyers = near
    if not buyers:
        # "Die USA wollen Taiwan so viele Waffen verkaufen wie nie zuvor. Das Außenministerium hat acht ... genehmigt"
        # (or the clause before in the same sentence: "the largest sale to Taiwan since June 2017, when the
        # administration notified a batch of seven cases")
        before = [(u, p) for u in units[max(0, ui - 6):ui] if u.sentence in (unit.sentence - 1, unit.sentence)
                  for p in u.parties if p.code != "USA"]
        if len({p.code for _, p in before}) != 1:
            return None
        u, p = before[0]
        buyer = replace(p, start=u.start + p.start - unit.start, end=u.start + p.end - unit.start)
    elif len(buyers) != 1:
        return None
    else:
        buyer = next(p for p in unit.parties if p.code in buyers)
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
    for stage, noun_rx in STAGE_NOUNS:  # "The approval was one of three Egyptian cases"
        if stage in ("approved", "notified") and (m := noun_rx.search(unit.text)) is not None:
            return Occasion(buyer, unit, None, unit.sentence, stage, (unit.start + m.start(), unit.start + m.end()))
    return None


def headline_of_occasion(text: str, units: list[Unit], ui: int) -> bool:
    """"U.S. clears Harpoon, Sidewinder missiles and radar support for Taiwan" over a story announcing "three arms
    sales" told case by case: the headline sums the cases up; the cases are read from the body."""
    unit = units[ui]
    line_start = text.rfind("\n", 0, unit.start) + 1
    line_end = text.find("\n", unit.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if unit.start > 600 or not line or len(line) > 160 or line[-1] in ".!?:;" \
            or len({s.id for _a, _b, s in unit.systems}) < 2:
        return False
    return any(occasion_at(units, j) is not None for j in range(ui + 1, min(len(units), ui + 8)))


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
    """A clause telling one of the occasion's cases: a price with systems, a deal noun or a list lead-in (not
    their sum), or a count led by an ordinal; no stage verb of its own and no other country."""
    if unit.cue is not None or unit.hedged or any(p.code not in ("USA", occasion.buyer.code) for p in unit.parties):
        return False
    if not unit.money:
        # "Zum einen 82 Raketenwerfer vom Typ HIMARS ...", "Zum anderen 60 Panzerhaubitzen M109A7": a counted entry
        # (a bullet without a price is a line of the list of the case in focus)
        return bool(ORDINAL_LEAD_RE.match(unit.text)) and any(_quantity(unit.text, a)[0] is not None
                                                          for a, _b, _s in unit.systems)
    if AGGREGATE_RE.search(unit.text[:unit.money[0].start]):
        return False  # "Add it all up and the eight cases come to about $11.1 billion"
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


def occasions_fill(doc: Document, deals: list[_Deal], told: list[tuple[Occasion, int]]) -> None:
    """A sale of the occasion's buyer told within it by a clause of its own ("Le contrat le plus symbolique porte sur
    jusqu'à 50 F-35A"), or in the lede just before it, without a stage or a day, has the occasion's."""
    for occ, last in told:
        for d in deals:
            r = d.report
            if not d.units or r.buyer is None or r.buyer.code != occ.buyer.code \
                    or not occ.sentence - 6 <= d.units[0].sentence <= last:  # the lede's sale, told before it too
                continue
            if r.stage is None:
                r.stage, r.stage_evidence = occ.stage, Evidence.of(doc.text, *occ.stage_span)
            own_time = any(u.dates or BARE_YEAR_RE.search(u.text) for u in d.units)
            if r.date is None and r.stage == occ.stage and not own_time:
                probe = _Deal(DealReport(seller=None, buyer=None, stage=occ.stage))
                occasion_stage(doc, probe, occ)
                r.date, r.date_evidence = probe.report.date, probe.report.date_evidence


def occasion_deal(doc: Document, deals: list[_Deal], occasion: Occasion, unit: Unit) -> tuple[_Deal, int]:
    """One of the sales an occasion announced, told by an entry after it, with the occasion's buyer, stage and day
    (appended to ``deals``); and the end of the cases the entry lists (0 when none)."""
    from armstrack.extract.news_fill import _fill
    from armstrack.extract.news_parties import _seller_for
    from armstrack.extract.news_parts import _split_listed_cases

    ow, ob = occasion.where, occasion.buyer
    sold_by = [p for p in ow.parties if p.code != ob.code]  # "ventes d'armes américaines à l'Égypte"
    deal = _Deal(DealReport(seller=_seller_for(doc, ow, ob.code, sold_by, None), method="news",
                            buyer=Party(ob.code, Evidence.of(doc.text, ow.start + ob.start, ow.start + ob.end))))
    deals.append(deal)
    occasion_stage(doc, deal, occasion)
    _fill(doc, deal, unit, unit.systems)
    return deal, _split_listed_cases(doc, deals, deal, unit)
