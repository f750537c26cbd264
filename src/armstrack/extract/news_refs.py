"""Reading what a clause refers back to: the deal record being built, the article's main systems, counts
said with a pronoun ("en a commandé 24"), one count for several systems, a count of "appareils" without a
name, systems newly named before "the contract was signed", and which of several deals a clause is about."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _context_mention
from armstrack.extract.news_patterns import (
    BACKREF_NUM_RE,
    BACKREF_RE,
    BARE_COUNT_RE,
    BARE_YEAR_RE,
    DISTRIBUTIVE_RE,
    GENERIC_NOUN_CATEGORY,
    GENERIC_QTY_RE,
    SAME_SYSTEM_RE,
)
from armstrack.model import DealReport, Document, Evidence, Item
from armstrack.normalize.catalog import System, load_catalog, lookup_key
from armstrack.normalize.numbers import count_value
from armstrack.regex_gate import gated


@dataclass
class _Deal:
    report: DealReport
    units: list[Unit] = field(default_factory=list)
    systems: dict[str, Item] = field(default_factory=dict)
    usd: float | None = None
    items_from_list: bool = False  # opened by one case of a multi-case package
    context_spans: list[tuple[int, int]] = field(default_factory=list)  # systems named as context

    @property
    def roots(self) -> set[str]:
        cat = load_catalog()
        out = set()
        for key in self.systems:
            root = cat.root(key)
            out.add(root.id if root else key)
        return out

    @property
    def seller_codes(self) -> frozenset[str]:
        """The seller's code as a set (empty while no seller is known)."""
        return frozenset({self.report.seller.code}) if self.report.seller is not None else frozenset()


def generic_counts(unit: Unit) -> Iterator[tuple[int, re.Match[str]]]:
    """The counts a clause gives of things by their kind ("36 appareils", "onze frégates"): neither a number of a
    system's name ("F-16 Block 70 jets") nor a year."""
    for m in GENERIC_QTY_RE.finditer(unit.text):
        if any(a <= m.start() < b for a, b, _ in unit.systems):
            continue  # "F-16 Block 70 jets": the number belongs to the system's name
        raw = m.group("n").lower()
        qty = count_value(raw)
        if qty and not (raw.isdigit() and 1900 <= qty <= 2100):
            yield qty, m


def _generic_quantity(unit: Unit, deal: _Deal, doc: Document) -> None:
    """"La Suisse prévoit d'acquérir 36 appareils": a count of the deal's one main system by its kind."""
    for qty, m in generic_counts(unit):
        if re.search(r"(?i)\b(?:dont|of\s+which|of\s+them|among\s+them|davon|darunter)\s+$",
                     unit.text[max(0, m.start() - 20):m.start()]):
            continue  # "612 missiles Javelin, dont douze missiles destinés aux tirs": a part, not the count
        cats = kind_categories(m.group("noun"))
        open_items = [i for i in deal.report.items if i.quantity is None and i.category in cats]
        if len(open_items) == 1 and len([i for i in deal.report.items if i.category in cats]) == 1:
            item = open_items[0]
            item.quantity = qty
            item.evidence = Evidence.of(doc.text, unit.start + m.start(), unit.start + m.end())
            item.notes.append(f"quantity read from {m.group(0)!r}")


def _same_item(family_item: Item, family: System | None, written: str, qty: int | None) -> bool:
    """Does a variant named after its family's item name that item? "F-35A" after "35 F-35", "M31A2" after
    "GMLRS" do; "exercise torpedoes" after "20 MK 54 torpedoes" is an item of its own."""
    return (family_item.quantity is None or qty is not None or not written or family is None
            or any(written.startswith(lookup_key(n)) for n in family.names))


def _distributive_quantity(unit: Unit, deal: _Deal, doc: Document, systems: list[tuple[int, int, System]]) -> None:
    """"je 35 Raketenbehälter der Varianten M31A2, M30A2, M403 und M404": the one count, for each system after it."""
    m = DISTRIBUTIVE_RE.search(unit.text)
    if m is None:
        return
    after = [(a, sysm) for a, _b, sysm in systems if a >= m.start()]
    if len(after) < 2:
        return
    n = int(m.group("n") or m.group("n2"))
    for _a, sysm in after:
        item = deal.systems.get(sysm.id)
        if item is not None and item.quantity is None:
            item.quantity = n
            item.evidence = Evidence.of(doc.text, unit.start + m.start(), unit.start + m.end())
            item.notes.append(f"count said once for several systems: {m.group(0)!r}")


def _sibling(parent: DealReport, **fields: Any) -> DealReport:
    """A report at the parent deal's stage and date, for the same parties unless ``fields`` says otherwise: another
    case of one package, another contract of one clause, the same purchase for another buyer."""
    base: dict[str, Any] = {"seller": parent.seller, "buyer": parent.buyer, "stage": parent.stage,
                            "stage_evidence": parent.stage_evidence, "date": parent.date,
                            "date_evidence": parent.date_evidence, "method": "news"}
    base.update(fields)
    return DealReport(**base)


def _move_item(src: _Deal, dst: _Deal, item: Item) -> None:
    """An item read into one deal belongs to another one."""
    if item in src.report.items:
        src.report.items.remove(item)
    src.systems = {k: v for k, v in src.systems.items() if v is not item}
    dst.report.items.append(item)
    dst.systems[item.catalog_id or item.system] = item


Topic = tuple[int, System, int, int]  # times named, system, span of its first naming


def _fresh_systems(unit: Unit, deal: _Deal) -> list[tuple[int, int, System]]:
    """The systems a clause names (not in passing) that have nothing to do with the deal's own items."""
    cat = load_catalog()
    mine = {k for key in deal.systems for k in (key, *(a.id for a in cat.ancestors(key)))}
    out = [(a, b, x) for a, b, x in unit.systems if not _context_mention(unit.text, a, b, x)
           and not ({x.id, *(a2.id for a2 in cat.ancestors(x.id))} & mine)]
    return out if out and len(out) == len(unit.systems) else []


def _topic_systems(units: list[Unit]) -> list[Topic]:
    """The systems an article is about, most named first (context mentions -- fleets, rivals -- left out)."""
    counts: dict[str, Topic] = {}
    for u in units:
        for a, b, sysm in u.systems:
            if not _context_mention(u.text, a, b, sysm):
                n, _, fa, fb = counts.get(sysm.id, (0, sysm, u.start + a, u.start + b))
                counts[sysm.id] = (n + 1, sysm, fa, fb)
    return sorted(counts.values(), key=lambda x: -x[0])


NOUN_TYPES = [
    (re.compile(r"(?i)launcher|lanceur|werfer"), {"launcher"}),
    (re.compile(r"(?i)howitzer|obusier|haubitze"), {"howitzer"}),
    (re.compile(r"(?i)helicop|hubschrauber"), {"helicopter"}),
    (re.compile(r"(?i)drone|drohne"), {"uav"}),
    (re.compile(r"(?i)missile|rakete|flugkörper|interceptor"), {"missile", "rocket", "interceptor"}),
    (re.compile(r"(?i)bomb"), {"munition"}),
]


def kind_categories(noun: str) -> set[str]:
    """The catalog categories a generic noun names ("appareils" -> aircraft)."""
    return next((c for rx, c in GENERIC_NOUN_CATEGORY if rx.search(noun)), set())


def _topic_of_kind(topic: list[Topic], noun: str) -> Topic | None:
    """The article's main system of the kind a generic noun names ("appareils" -> its aircraft), when one
    system clearly leads (named at least twice, and more often than any other of that kind)."""
    cats = kind_categories(noun)
    of_kind = [t for t in topic if t[1].category in cats]
    types = next((ts for rx, ts in NOUN_TYPES if rx.search(noun)), None)
    if types:  # "20 launchers" are the HIMARS, not the GMLRS rockets named as often
        # ("14 640 bombes et kits de guidage" are no HARM missiles: a bomb is only a munition)
        of_kind = [t for t in of_kind if (t[1].type or "") in types] or ([] if "munition" in types else of_kind)
    if not of_kind or of_kind[0][0] < 2 or (len(of_kind) > 1 and of_kind[1][0] >= of_kind[0][0]):
        return None
    return of_kind[0]


def _named_of_kind(named: Unit | None, unit: Unit, noun: str) -> Topic | None:
    """The one system of the kind a generic noun names that the sentence just before names ("Auch beim
    Kampfflugzeug F-35A ...", and after a deal's sentence "Österreich hat … vier C-390 bestellt. Portugal bestellte
    bereits 2019 fünf Maschinen": the same aircraft, another customer)."""
    if named is None or unit.sentence - named.sentence != 1 or named.money:
        return None  # a sentence telling a priced deal names that deal's system, not this one's topic
    cats = kind_categories(noun)
    of_kind = [(a, b, x) for a, b, x in named.systems if x.category in cats]
    types = next((ts for rx, ts in NOUN_TYPES if rx.search(noun)), None)
    # ("14 640 bombes" after "Le missile HARM …": no bomb named; "fünf Hubschrauber" after a deal of C-390 transports:
    # another deal's aircraft, not these)
    if types is not None and ("munition" in types or named.cue is not None):
        of_kind = [(a, b, x) for a, b, x in of_kind if (x.type or "") in types]
    if len({x.id for _, _, x in of_kind}) != 1:
        return None
    a, b, x = of_kind[0]
    return (1, x, named.start + a, named.start + b)


def _sentence_of_kind(units: list[Unit], unit: Unit, noun: str) -> Topic | None:
    """The one system of the kind a generic noun names that the clauses before, in the same sentence, name ("the army
    picked the BTR-3E1 …, and a contract for 96 vehicles was signed")."""
    cats = kind_categories(noun)
    named = {x.id: (1, x, u.start + a, u.start + b) for u in units if u.sentence == unit.sentence
             and u.start < unit.start for a, b, x in u.systems if x.category in cats}
    return next(iter(named.values())) if len(named) == 1 else None


def _backref_count(clause: str) -> tuple[int, int, int] | None:
    """The one count said with the pronoun that refers back to a system ("ordered 24 of them", "en a commandé
    24 au total, en deux tranches"): value, start, end."""
    found = []
    ref = BACKREF_RE.search(clause) or BARE_COUNT_RE.search(clause)  # ("Portugal … ordered five in 2019")
    if ref is None:
        return None
    starts = [ref.start()]
    if SAME_SYSTEM_RE.match(clause, ref.start()) and (before := re.search(
            r"(?<![\d.,$€£])(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\S+)\s+(?:[\w-]+\s+){0,2}$",  # ("2 004 roquettes …")
            clause[:ref.start()])) is not None:
        starts.insert(0, before.start())  # "203 missiles of the same type": the count before the reference
    for m in (m for start in starts for m in BACKREF_NUM_RE.finditer(clause, start)):
        if m.start() >= ref.end() + 30:
            break  # (the whole clause is searched so that "744 million" is seen as money, not cut to "744")
        raw = m.group("n").lower()
        n = count_value(raw)
        if n and not (raw.isdigit() and 1900 <= n <= 2100):
            found.append((n, m.start(), m.end()))
    return found[0] if found else None  # the first count after the pronoun


def _unit_roots(unit: Unit) -> set[str]:
    """The families of the systems a clause names as items (not as context)."""
    cat = load_catalog()
    return {(cat.root(x.id) or x).id for a, b, x in unit.systems if not _context_mention(unit.text, a, b, x)}


def _deal_naming(deals: list[_Deal], unit: Unit, buyer: str) -> _Deal | None:
    """The one deal of ``buyer`` holding a family of system the clause names, when the buyer has other deals
    (several deals told side by side: which one a clause is about)."""
    roots = _unit_roots(unit)
    if not roots:
        return None
    mine = [d for d in deals if d.report.buyer and d.report.buyer.code == buyer]
    holders = [d for d in mine if roots & d.roots]
    if len(holders) != 1 or len(mine) < 2:
        return None
    return holders[0]


NOTICE_RE = re.compile(r"(?i)\b(?:notifications?|notices?|Defense\s+Security\s+Cooperation\s+Agency|DSCA|press\s+release|"
                       r"Mitteilung|Notifizierung|avis\s+(?:publié|du|de\s+la))\b")
OWN_REQUEST_RE = re.compile(r"(?i)\bletters?\s+of\s+request|\bLoR\b|lettre\s+de\s+demande|Anfrage\s+gestellt")


def _request_told_by_notice(doc: Document, deal: _Deal, unit: Unit, units: list[Unit]) -> None:
    """"The notification published last Thursday by the DSCA ... Jakarta has requested up to 36 F-15ID": the
    request is told in the words of the U.S. notice that approves it; the event is that approval."""
    r = deal.report
    if r.stage != "requested" or r.seller is None or r.seller.code != "USA" or OWN_REQUEST_RE.search(unit.text):
        return
    near = [u for u in units if unit.sentence - 1 <= u.sentence <= unit.sentence]
    for u in near:
        m = NOTICE_RE.search(u.text)
        if m is None:
            continue
        r.stage = "approved"
        r.stage_evidence = Evidence.of(doc.text, u.start + m.start(), u.start + m.end())
        days = [d for d in u.dates if d.iso and d.precision == "day"]
        if r.date is None and days and u is not unit:
            r.date, r.date_evidence = days[0].iso, Evidence.of(doc.text, u.start + days[0].start, u.start + days[0].end)
        return


SAME_DAY_AS_DEAL_RE = gated(re.compile(r"(?i)\b(?:on\s+)?the\s+(?:very\s+)?same\s+day\b|^\W*same\s+day\b|"
                                 r"\b(?:am|an)\s+(?:selben|gleichen|demselben)\s+Tag\b|\b(?:le|ce)\s+même\s+jour\b|"
                                 r"\bin\s+the\s+same\s+(?:batch|release|announcement|set\s+of\s+notices)\b"))
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "The State Department also cleared …", "A second notice approved …", "Washington genehmigte zudem …": another
# approval of the batch just told, on its day
ALSO_APPROVED_RE = re.compile(r"(?i)\b(?:also|another|further|aussi|également|zudem|ebenfalls|außerdem|auch|weitere\w*|"
                              r"(?:same|même|selben|gleichen)\s+(?:vote|session|sitting|batch|release|announcement|séance|Sitzung|Abstimmung)|"
                              r"(?:la|le|the|die|der)\s+(?:second|seconde?|deuxième|zweite)(?=\s*[,:])|"
                              r"(?:second|deuxième|seconde?|zweiten?)\s+(?:\w+\s+)?(?:notices?|notifications?|approvals?|"
                              r"releases?|cases?|sales?|packages?|autorisations?|avis|feux?\s+verts?|ventes?|"
                              r"Genehmigung|Freigabe|Mitteilung|Verkauf))\b")
SAME_OCCASION_RE = gated(re.compile(r"(?i)\b(?:dans\s+la\s+foulée|en\s+même\s+temps|au\s+passage|zusätzlich|zugleich|"
                              r"gleichzeitig|at\s+the\s+same\s+time|in\s+the\s+same\s+(?:breath|ceremony)|additionally|"
                              # "… a également été intégré à la flotte au cours du même événement"
                              r"(?:au\s+cours|lors)\s+(?:du\s+même\s+événement|de\s+la\s+même\s+cérémonie)|"
                              r"(?:at|during)\s+the\s+same\s+(?:event|ceremony)|bei\s+derselben\s+(?:Zeremonie|Feier)|"
                              r"alongside\s+the\s+(?:jets|aircraft|deal))\b"))


def _same_occasion_date(doc: Document, deal: _Deal, unit: Unit, deals: list[_Deal], all_units: list[Unit]) -> None:
    """"Dans la foulée, Abou Dhabi a commandé 12 H225M": another contract of the same buyer at the same stage,
    signed on the occasion just told -- its date is that one's."""
    r = deal.report
    if r.date is None and r.buyer is not None and SAME_DAY_AS_DEAL_RE.search(unit.text):
        # "On the same day, the State Department also approved a separate … sale to New Zealand": the day of the
        # buyer's deal told before, else of the deal told just before ("Same day, same desk: Qatar was cleared")
        # ("Four weeks later, on 16 December 2024, DAPA's committee signed off … The same day Washington cleared
        # …": the day the sentence names before, else the sentence before, if it names one)
        said = [(u, x) for u in all_units if u.sentence == unit.sentence and u.start < unit.start for x in u.dates] \
            or [(u, x) for u in all_units if u.sentence == unit.sentence - 1 for x in u.dates]
        if said:
            where, last = said[-1]
            if last.iso and last.precision == "day":
                r.date = last.iso
                r.date_evidence = Evidence.of(doc.text, where.start + last.start, where.start + last.end)
            return
        before = [d for d in deals if d is not deal and d.units and d.units[-1].sentence <= unit.sentence]
        same = [d for d in before if d.report.buyer and d.report.buyer.code == r.buyer.code]
        told = (same or sorted(before, key=lambda d: d.units[-1].sentence))[-1:] if before else []
        if told and told[0].report.date:
            r.date, r.date_evidence = told[0].report.date, told[0].report.date_evidence
        return
    if r.date is None and r.stage in ("approved", "notified") and deal.units \
            and not any(u.dates or YEAR_RE.search(u.text) for u in all_units if u.sentence == unit.sentence) \
            and deal.units[0] is unit \
            and any(ALSO_APPROVED_RE.search(u.text) for u in all_units if u.sentence == unit.sentence and u.start <= unit.start):
        # the approval told last before it (a quote or a paragraph of background may come between)
        told = [d for d in deals if d is not deal and d.report.stage in ("approved", "notified") and d.units
                and 0 <= unit.sentence - d.units[-1].sentence <= 8]
        if told and told[-1].report.date:
            r.date, r.date_evidence = told[-1].report.date, told[-1].report.date_evidence
            return
    if r.date is not None or r.buyer is None or not SAME_OCCASION_RE.search(unit.text):
        return
    for d in reversed(deals):
        o = d.report
        if d is not deal and o.buyer and o.buyer.code == r.buyer.code and o.stage == r.stage and o.date \
                and d.units and unit.sentence - d.units[-1].sentence <= 3:
            r.date, r.date_evidence = o.date, o.date_evidence
            return


COMPONENT_QTY_RE = gated(re.compile(
    r"(?i)\b(?P<n>\d{1,3}(?:[,.\u00a0 ]\d{3})*)\s+(?:(?:mobile|mobiles|tragbare|neue)\s+)?"
    r"(?P<noun>launchers?|launch\s+stations?|interceptors?|interceptor\s+missiles|radars?|Startgeräte|"
    r"Abschussvorrichtungen|Abschussgeräte|Abfangraketen|Abfangflugkörper|Radaranlagen|Radargeräte|lanceurs|"
    r"intercepteurs|missiles\s+intercepteurs|radars)\b"))
COMPONENT_TYPES = [(re.compile(r"(?i)launch|start|abschuss|lanceur"), {"launcher"}),
                   (re.compile(r"(?i)intercept|abfang"), {"missile", "interceptor"}),
                   (re.compile(r"(?i)radar"), {"radar"})]


def _component_quantity(unit: Unit, deal: _Deal, doc: Document) -> None:
    """"Das Paket umfasst 44 Startgeräte und 360 Abfangraketen" for a THAAD sale: counted parts named by their
    kind are the main system's one catalog component of that kind (its launcher, its interceptor)."""
    if not deal.report.items or not deal.report.items[0].catalog_id:
        return
    cat = load_catalog()
    main = deal.report.items[0].catalog_id
    for m in COMPONENT_QTY_RE.finditer(unit.text):
        if any(a <= m.start() < b + 3 for a, b, _ in unit.systems):
            continue  # "44 THAAD launchers": named, read as such
        kinds = next((k for rx, k in COMPONENT_TYPES if rx.search(m.group("noun"))), set())
        parts = [c for c in cat.children(main) if (c.type or "") in kinds]
        have = {(s.type or "") for k in deal.systems if (s := cat.get(k)) is not None}
        if len(parts) != 1 or parts[0].id in deal.systems or have & kinds:
            continue  # a radar already named ("AN/MPQ-64F1 Sentinel") is the one the count speaks of
        part = parts[0]
        item = Item(system=part.name, evidence=Evidence.of(doc.text, unit.start + m.start(), unit.start + m.end()),
                    quantity=int(re.sub(r"[^\d]", "", m.group("n"))), category=part.category, catalog_id=part.id,
                    mention=m.group("noun"), notes=[f"part of {deal.report.items[0].system} named by its kind"])
        deal.systems[part.id] = item
        deal.report.items.append(item)


def _shared_sentence_dates(deals: list[_Deal]) -> None:
    """"Notices published on Friday cover four AH-1Z for $205 million and twelve UH-60M for $800 million": two
    sales told in one sentence at the same stage happened on the one day it names."""
    for deal in deals:
        r = deal.report
        if r.date is not None or r.buyer is None or not deal.units:
            continue
        first = deal.units[0].sentence
        for other in deals:
            o = other.report
            # the same buyer, or another one told with its own verb in the sentence ("... to Kuwait, and separately
            # cleared Qatar to buy F-15QA")
            if other is not deal and o.date and o.date_evidence and o.stage == r.stage and o.buyer \
                    and (o.buyer.code == r.buyer.code or (deal.units[0].cue is not None and not deal.units[0].dates)) \
                    and any(u.sentence == first for u in other.units) \
                    and any(u.start <= o.date_evidence.start < u.end and u.sentence == first for u in other.units):
                r.date, r.date_evidence = o.date, o.date_evidence
                break


def _shared_sentence_stage(doc: Document, deals: list[_Deal]) -> None:
    """"… la Grèce a signé pour 18 Rafale, l'Autriche, le même jour, pour douze appareils": a deal told without a verb
    in a clause after another deal's verb in the same sentence is at that deal's stage."""
    for deal in deals:
        r = deal.report
        if r.stage is not None or not deal.units or deal.units[0].cue is not None:
            continue
        first = deal.units[0]
        for other in deals:
            o = other.report
            if other is not deal and o.stage and o.stage_evidence \
                    and any(u.start < first.start and u.start <= o.stage_evidence.start < u.end
                            and (u.sentence == first.sentence
                                 # "Norway followed on Aug. 9, 2024: 16 launchers …", "In June came a $678 million
                                 # case": the sequence of the deal told just before goes on
                                 or (u.sentence == first.sentence - 1 and SEQUENCE_RE.search(first.text)))
                            for u in other.units):
                r.stage, r.stage_evidence = o.stage, o.stage_evidence
                days = [d for d in first.dates if d.iso and d.precision == "day"]
                if r.date is None and len(days) == 1:  # "Norway followed on Aug. 9, 2024": its own day
                    r.date = days[0].iso
                    r.date_evidence = Evidence.of(doc.text, first.start + days[0].start, first.start + days[0].end)
                break


SEQUENCE_RE = re.compile(r"(?i)\b(?:followed|follows|came|comes|then|next|puis|ensuite|suivi\w*|danach|folgte\w*|"
                         r"same\s+day|même\s+jour|selben\s+Tag|gleichen\s+Tag)\b")


LABEL_RE = re.compile(r"(?i)^\s*(?:approved|notified|cleared|signed|ordered|delivered|genehmigt|approuvée?|"
                      r"notifiée?|signée?)\s*:\s*\S")


def _labelled_heading(doc: Document, unit: Unit, nxt: Unit | None) -> Unit | None:
    """A digest entry's heading line (one buyer, systems, a price, no full stop) followed by a label line with the
    stage and the day ("Approved: Thursday, 15 August"): the label, else None."""
    if nxt is None or not LABEL_RE.match(nxt.text) or nxt.cue is None or not unit.money or not unit.systems:
        return None
    line_end = doc.text.find("\n", unit.start)
    if unit.cue is not None or unit.text.rstrip().endswith(".") or (line_end != -1 and line_end < unit.end) \
            or len({p.code for p in unit.parties if p.code != "USA"}) != 1:
        return None
    return nxt


SAME_DAY_RE = re.compile(r"(?i)\b(?:ce\s+jour-là|(?:on\s+)?that\s+(?:same\s+)?day|an\s+(?:diesem|jenem)\s+Tag|"
                         r"am\s+selben\s+Tag|le\s+même\s+jour)\b")
HEADING_LINE_RE = re.compile(r"[^a-z.!?]{3,60}")  # "THE CASES", "WHAT WAS APPROVED"


def _announced_stage(doc: Document, deals: list[_Deal], units: list[Unit]) -> None:
    """"L'administration Obama a notifié mercredi au Congrès plusieurs contrats distincts. Le plus visible
    concerne deux frégates ... pour 190 millions de dollars": a sentence announcing several sales at a stage and
    on a day, naming none, gives both to the sales told right after it (one after the other)."""
    announces = {u.sentence: u for u in units if u.cue is not None and u.cue.stage in ("approved", "notified")
                 and not u.hedged and not u.systems and not u.money
                 and (u.deal_noun or u.text.rstrip().endswith(":")  # "Washington avait déjà approuvé :" and a list
                      or re.search(r"(?i)\b(?:contrats|ventes|sales|contracts|cases|packages|Verkäufe|"
                                   r"Geschäfte|Verträge)\b", u.text) is not None)}
    last: _Deal | None = None
    for d in deals:
        r = d.report
        if r.stage is not None or not d.units:
            last = None
            continue
        first = d.units[0].sentence
        src = announces.get(first - 1)
        if src is None and (head := next((u for u in units if u.sentence == first - 1), None)) is not None \
                and HEADING_LINE_RE.fullmatch(head.text.strip()):
            src = announces.get(first - 2)  # "… approved four possible Foreign Military Sales on June 5. THE CASES 1) …"
        own_time = any(u.dates or BARE_YEAR_RE.search(u.text) for u in d.units)  # "Im September 2014"
        if src is None and last is not None and last.units and 0 <= first - last.units[-1].sentence <= 2:
            r.stage, r.stage_evidence = last.report.stage, last.report.stage_evidence
            if r.date is None and not own_time:
                r.date, r.date_evidence = last.report.date, last.report.date_evidence
            last = d
            continue
        if src is None or src.cue is None:
            last = None
            continue
        r.stage = src.cue.stage
        r.stage_evidence = Evidence.of(doc.text, src.start + src.cue.start, src.start + src.cue.end)
        day = [x for x in src.dates if x.iso and x.precision == "day"]
        if r.date is None and day and not own_time:
            r.date, r.date_evidence = day[0].iso, Evidence.of(doc.text, src.start + day[0].start, src.start + day[0].end)
        last = d


def _merge_restated(deals: list[_Deal]) -> list[_Deal]:
    """"* Two Perry-class frigates (FFG-7): US$190 million" in a summary list after the story told the same
    sale: a deal of the same buyer, the same price and the same systems (or none) is that deal told again."""
    out: list[_Deal] = []
    for d in deals:
        r = d.report
        twin = next((o for o in out if r.value is not None and o.report.value is not None and o.report.buyer
                     and r.buyer and o.report.buyer.code == r.buyer.code
                     and o.report.value.currency == r.value.currency
                     and abs(o.report.value.amount - r.value.amount) <= 0.005 * r.value.amount
                     and (not r.items or d.roots & o.roots) and not _told_apart(d, o)), None) \
            or next((o for o in out if _same_counted_purchase(d, o)), None)
        if twin is None:
            out.append(d)
            continue
        restated = _same_counted_purchase(d, twin)
        for item in r.items:
            if item.catalog_id and item.catalog_id not in twin.systems:
                _move_item(d, twin, item)
        if restated and twin.report.date is None and r.date is not None:  # the day the restatement tells
            twin.report.date, twin.report.date_evidence = r.date, r.date_evidence
        if restated and not twin.report.contractors and r.contractors:
            twin.report.contractors = r.contractors
    return out


def _same_counted_purchase(a: _Deal, b: _Deal) -> bool:
    """"Dutch special forces get their Caracals: a dozen H225Ms signed" (a headline) and "The Netherlands signed a
    contract … on Tuesday for 12 H225M Caracal helicopters": the same parties, stage and counted items, no value."""
    ra, rb = a.report, b.report
    if ra.value is not None or rb.value is not None or not ra.items or ra.stage is None or ra.stage != rb.stage:
        return False
    if not (ra.buyer and rb.buyer and ra.buyer.code == rb.buyer.code
            and (ra.seller.code if ra.seller else None) == (rb.seller.code if rb.seller else None)):
        return False
    counts_a = {(i.catalog_id, i.quantity) for i in ra.items}
    counts_b = {(i.catalog_id, i.quantity) for i in rb.items}
    return counts_a == counts_b and all(q is not None for _, q in counts_a) and not _told_apart(a, b)


def _year_of(text: str) -> str | None:
    m = re.search(r"\b(?:19|20)\d\d\b", text)
    return m.group(0) if m else None


def _told_apart(a: _Deal, b: _Deal) -> bool:
    """Two deals at the same price that are not the same: other days, or other counts of a same item
    (Bulgaria's 8 F-16 of 2019 and 10 of 2022, both at $1.673 billion)."""
    if a.report.date and b.report.date and a.report.date != b.report.date:
        return True
    for x, y in ((a, b), (b, a)):  # "• May 2020 - $800 million for PAC-3 MSE" after an $800 million case of 2026
        told = {yr for u in y.units for d in u.dates if (yr := _year_of(d.iso or d.text)) is not None} \
            | {yr for u in y.units for yr in re.findall(r"\b(?:Ende|Anfang|Mitte|fin|début|late|early|mid|in|im|en)\s+"
                                                          r"((?:19|20)\d\d)\b", u.text)}
        if x.report.date and told and x.report.date[:4] not in told:
            return True
    cat = load_catalog()
    counted = {k: i.quantity for k, i in a.systems.items() if i.quantity is not None}
    for k, item in b.systems.items():
        if item.quantity is None:
            continue
        line = {k, *(x.id for x in cat.ancestors(k))}
        for ka, qa in counted.items():
            if (ka in line or k in {ka, *(x.id for x in cat.ancestors(ka))}) and qa != item.quantity:
                return True
    return False


def _stage_contractors(deals: list[_Deal]) -> None:
    """The stages of one purchase share its maker: "the State Department approved … four RQ-4", "Seoul signed the
    purchase contract in 2014", "Aircraft No. 1 arrives", with Northrop Grumman named for one of them."""
    for deal in deals:
        r = deal.report
        if r.contractors or r.buyer is None or r.seller is None or not deal.roots:
            continue
        donor = next((d for d in deals if d is not deal and d.report.contractors and d.report.buyer
                      and d.report.buyer.code == r.buyer.code and d.report.seller
                      and d.report.seller.code == r.seller.code and d.roots == deal.roots
                      and d.report.stage != r.stage), None)
        if donor is not None:
            r.contractors = list(donor.report.contractors)
