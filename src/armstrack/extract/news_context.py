"""Where a clause's missing parts are told elsewhere: the buyer named a few sentences before, the country the
article is about, the deal whose count a clause repeats (helpers of the news reader)."""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _origin_code, _origin_codes, _quantity
from armstrack.extract.news_parties import _seller_for, _us_approval
from armstrack.extract.news_parts import _approval_noun, _role
from armstrack.extract.news_patterns import ENTRY_LEAD_RE, GENERIC_QTY_RE, MDE_SHARE_RE, STAGE_GROUP, WRONGLY
from armstrack.extract.news_refs import Topic, _Deal, _generic_quantity, _named_of_kind, _sibling, _topic_of_kind
from armstrack.model import DealReport, Document, Evidence, Item, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import System, load_catalog
from armstrack.normalize.dates import DateMention, year_of
from armstrack.regex_gate import gated


def _contract_of_buyer_before(doc: Document, units: list[Unit], unit: Unit, last_named: Unit | None,
                              topic: list[Topic], retracted: frozenset[int] = frozenset()
                              ) -> tuple[_Deal, list[tuple[int, int, System]]] | None:
    """A deal told without its buyer ("Unterschrieben wurde im Oktober 2014: 36 Maschinen für ..."), of the one
    country named a few sentences before (not the maker's), with the systems it names or the article's system
    of the kind its generic noun says."""
    systems = unit.systems
    context = None
    if not systems:
        gm = GENERIC_QTY_RE.search(unit.text)
        main = (_named_of_kind(last_named, unit, gm.group("noun")) or _topic_of_kind(topic, gm.group("noun"))) \
            if gm else None
        if main is None:
            return None
        systems = [(-1, -1, main[1])]
        if (o := _origin_code(main[1])) is not None:
            context = Party(o, Evidence.of(doc.text, main[2], main[3]))
    makers = frozenset(c for _, _, x in systems for c in _origin_codes(x))
    bn = _buyer_named_before(doc, units, unit, reach=4, makers=makers, retracted=retracted)
    if bn is None:
        return None
    if context is not None and context.code == bn.code:
        context = None
    return _Deal(DealReport(seller=_seller_for(doc, unit, bn.code, [], context), buyer=bn, method="news")), systems


# a deal referred back to by its kind: "That request was put at $225 million.", "Ce contrat est évalué à ..."
THAT_DEAL_RE = re.compile(r"(?i)^\W*(?:that|this|the\s+same|cette|ce|cet|dieses|dieser|diese)\s+"
                          r"(?:request|sale|package|deal|case|order|contract|approval|demande|vente|commande|"
                          r"contrat|paquet|enveloppe|Anfrage|Verkauf|Paket|Geschäft|Auftrag|Vertrag|Genehmigung)\b")


def _deal_told_before(deals: list[_Deal], current: _Deal, unit: Unit) -> _Deal | None:
    """The deal told in passing in the sentence just before, without a value, when the clause gives the value of
    "that request" ("In August 2014 the State Department cleared six LAIRCM systems ... That request was put at
    $225 million."): not the deal in focus."""
    if not unit.money or unit.systems or unit.parties or not deals:
        return None
    last = deals[-1]
    if last is current or last.report.value is not None or not last.units:
        return None
    if THAT_DEAL_RE.match(unit.text) and last.units[-1].sentence == unit.sentence - 1:
        return last
    # "… beschlossen, vier P-8A zu beschaffen; Kosten damals: 2,346 Milliarden NZ-Dollar": the price of the earlier
    # event, told in the same sentence
    if THEN_PRICE_RE.match(unit.text) and last.units[-1].sentence == unit.sentence:
        return last
    # "… pris possession de ses trois premiers MH-60R. La Grèce a commandé ses sept « Romeo » en 2020 puis en 2021.
    # L'ensemble … représente 600 millions d'euros": a price is the order's, not the delivery's
    if current.report.stage == "delivered" and last.report.stage == "signed" and unit.cue is None \
            and last.units[-1].sentence == unit.sentence - 1:
        return last
    return None


THEN_PRICE_RE = re.compile(r"(?i)^(?:Kosten|Preis|Wert|cost|price|value|coût|prix|montant)\s+(?:damals|at\s+the\s+time|"
                           r"back\s+then|then|à\s+l['’]époque|alors)\b")


def _another_year(d: DateMention, unit: Unit, deal_date: str) -> bool:
    """Whether a clause's date is of another year than the deal in focus: a day, or a month for an approval."""
    if d.precision != "day" and not (d.precision == "month" and unit.cue and unit.cue.stage in ("approved", "notified")):
        return False
    year = year_of(d)
    return year is not None and year != deal_date[:4]


def _counted_in_another_year(unit: Unit, deal_date: str) -> bool:
    """"Its first Gripen contract, signed in 2008, covered six Gripen C/D", "Im Juli 2018 hatte das Kabinett
    beschlossen, vier … P-8A zu beschaffen": counted systems at a stage told in a year before the deal in focus."""
    from armstrack.extract.news_patterns import YEAR_TOLD_RE

    told = YEAR_TOLD_RE.search(unit.text)
    years = {y for d in unit.dates if (y := year_of(d)) is not None} | ({told.group(0)[-4:]} if told else set())
    return any(y < deal_date[:4] for y in years) \
        and any(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems)


def _in_list(text: str, current: _Deal | None, prev_unit: Unit | None, unit: Unit, was_in_list: bool) -> bool:
    """Is ``unit`` an entry of a list of the deal in focus: a line item after a heading or an entry of it
    ("The package includes:\n- 24 C-130J-30;"), or a run-in list ("The notice details the equipment: four aircraft;
    ten CFM56 engines; seven ...")?"""
    from armstrack.extract.news_patterns import INCLUDE_RE, LIST_HEADING_RE, LIST_ITEM_RE

    if current is None or prev_unit is None:
        return False
    titled = LIST_HEADING_RE.fullmatch(prev_unit.text.strip()) is not None
    # ("## What's in the contract (as far as we know)": a heading naming the contents of the deal told above)
    heading = (prev_unit.text.rstrip().endswith(":") or titled) \
        and (prev_unit in current.units or INCLUDE_RE.search(prev_unit.text) is not None
             or current.units[-1].sentence >= prev_unit.sentence - (8 if titled else 3))
    if (heading or (was_in_list and LIST_ITEM_RE.match(prev_unit.text) is not None)) \
            and LIST_ITEM_RE.match(unit.text) is not None:
        return True
    line = text[text.rfind("\n", 0, unit.start) + 1:unit.start]
    return prev_unit.sentence == unit.sentence and bool(current.units) \
        and current.units[-1].sentence >= unit.sentence - 1 and ":" in line and INCLUDE_RE.search(line) is not None


def _opener_reach(units: list[Unit], unit: Unit) -> int:
    """How far back a buyer named before may be looked for: past the sentence before when it is only an answer's
    opening words ("A: Repeatedly.", "Yes.")."""
    opener = [u for u in units if u.sentence == unit.sentence - 1]
    return 2 if opener and sum(len(u.text.split()) for u in opener) <= 3 else 1


def _main_country(units: list[Unit], makers: set[str]) -> tuple[Unit, countries.PartyMention] | None:
    """The one country (not the U.S., nor one of the ``makers``) an article is about: named at least three times and
    more than twice as often as any other; with the clause and mention naming it first."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[Unit, countries.PartyMention]] = {}
    for u in units:
        for p in u.parties:
            if p.code != "USA" and p.code not in makers:
                counts[p.code] = counts.get(p.code, 0) + 1
                first.setdefault(p.code, (u, p))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return first[ranked[0][0]]


def _deal_counting(deals: list[_Deal], unit: Unit, current: _Deal) -> _Deal | None:
    """The one other deal holding a system the clause counts, with that count, when the deal in focus does not
    ("Frankreich steuert vier eigene Maschinen bei, zwei C-130J ... Die US-Regierung hatte dem Verkauf der sechs
    C-130J bereits Anfang Mai zugestimmt": the six German aircraft, not the French two)."""
    cat = load_catalog()

    def root(cid: str | None) -> str | None:
        r = cat.root(cid) if cid else None
        return r.id if r is not None else cid

    counted = {root(x.id): q for a, _b, x in unit.systems if (q := _quantity(unit.text, a)[0]) is not None}
    if not counted:
        return None

    def holds(d: _Deal) -> bool:
        return any(root(i.catalog_id) in counted and counted[root(i.catalog_id)] == i.quantity for i in d.report.items)

    if holds(current):
        return None
    hits = [d for d in deals if d is not current and holds(d)]
    return hits[0] if len(hits) == 1 else None


POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\s")


def _buyer_named_before(doc: Document, units: list[Unit], unit: Unit, reach: int = 1,
                        makers: frozenset[str] = frozenset(), retracted: frozenset[int] = frozenset(),
                        made_by: frozenset[str] = frozenset()) -> Party | None:
    """The one country (not the U.S., nor one of ``makers``: the maker countries of the systems told) the previous
    sentence names, when no deal was read from it; with ``reach``, past sentences naming no country ("Tobias, what
    exactly did Washington approve?"). A demonym of one of ``made_by`` (the makers of the systems of ``unit``)
    describes those systems ("The biggest of those bets is South Korean."), while a name may be their buyer ("Japan
    has. In 2019 Washington cleared Tokyo to upgrade 98 F-15J")."""
    for back in range(1, reach + 1):
        before = [u for u in units if u.sentence == unit.sentence - back]
        if any(u.money or (u.cue and u.systems) for u in before) and unit.sentence - back not in retracted:
            return None  # (a figure a correction withdraws still names the buyer the correction is about)
        told_empty = any(u.cue for u in before)  # a purchase told with nothing bought, no money
        named = [(u.start + p.start, u.start + p.end, p.code) for u in before for p in u.parties
                 if p.code != "USA" and p.code not in makers and not (p.how == "demonym" and p.code in made_by)
                 and _role(u, p) not in ("source", "seller")
                 # ("Malaysia's main fighter project is the light combat aircraft bought from KAI": the owner of the
                 # purchase told; not "Genehmigungen für den NATO-Partner")
                 and (not told_empty or POSSESSIVE_AFTER_RE.match(u.text, p.end))]
        if len({c for _, _, c in named}) > 1:
            return None
        if named:
            a, b, code = named[0]
            return Party(code, Evidence.of(doc.text, a, b))
    return None


# "each", and a joint purchase ("Estland und Lettland ... gemeinsam Verträge ... unterzeichnet"): one deal per buyer
# ("signed a joint contract for nine aircraft", "einen gemeinsamen Vertrag", "une commande conjointe")
EACH_RE = gated(re.compile(r"(?i)\b(?:each|jeweils|chacun|chacune|jointly|together|gemeinsam|conjointement|ensemble|"
                           r"joint(?=\s+(?:contract|order|purchase|procurement|acquisition|deal|buy)s?\b)|"
                           r"gemeinsame[nmrs]?(?=\s+(?:Vertrag|Auftrag|Bestellung|Beschaffung|Kauf))|"
                           r"(?:commande|acquisition)\s+conjointe|contrat\s+conjoint)\b"))
COORD_GAP_RE = re.compile(r"(?i)^\s*(?:,\s*|\s+)?(?:and|und|et|as\s+well\s+as|sowie)?\s*(?:the\s+|l['’]|le\s+|la\s+|les\s+)?$")


def _coordinated_buyers(unit: Unit, exclude: set[str]) -> list[countries.PartyMention]:
    """"Qatar and India each bought 36 aircraft", "Katar und Indien jeweils 36 Rafale": the countries named
    together as the subject of one purchase each (none when the clause has no "each"; "cleared possible Foreign
    Military Sales of APKWS to Qatar, Israel and the United Arab Emirates": one U.S. approval for each buyer the
    approval lists, when it counts no item)."""
    each = EACH_RE.search(unit.text) is not None
    listed_to = not each and unit.cue is not None and unit.cue.stage in ("approved", "notified") \
        and bool(unit.systems) and all(_quantity(unit.text, a)[0] is None for a, _, _ in unit.systems)
    if not each and not listed_to:
        return []
    ps = sorted((p for p in unit.parties if p.code not in exclude and p.code != "USA"
                 and _role(unit, p) not in ("attribute", "source")), key=lambda p: p.start)
    best: list[countries.PartyMention] = []
    run: list[countries.PartyMention] = []
    for p in ps:
        if run and COORD_GAP_RE.match(unit.text[run[-1].end:p.start]) and p.code not in {q.code for q in run}:
            run.append(p)
        else:
            run = [p]
        if len(run) > len(best):
            best = list(run)
    if listed_to and best and not APPROVED_TO_RE.search(unit.text[:best[0].start]):
        return []
    return best if len(best) >= 2 else []


# "… Foreign Military Sales of APKWS to Qatar, Israel and …", "… la vente de … au Qatar, à Israël et …"
APPROVED_TO_RE = re.compile(r"(?i)\b(?:to|à|au|aux|an)\s+(?:the\s+|l['’])?$")


def _copy_for_each(doc: Document, deals: list[_Deal], deal: _Deal, unit: Unit, others: list[countries.PartyMention],
                   items: list[Item]) -> None:
    """The same purchase for each of the other buyers named with the first ("... and India each bought 36")."""
    r = deal.report
    copies = [deal]
    for bp in others:
        new = _Deal(_sibling(r, buyer=Party(bp.code, Evidence.of(doc.text, unit.start + bp.start, unit.start + bp.end)),
                             evidence=[Evidence.of(doc.text, unit.start, unit.end)]))
        new.units = [unit]
        for item in items:
            copy = replace(item, notes=[*item.notes, "one count said for each buyer named together"])
            new.report.items.append(copy)
            new.systems[copy.catalog_id or copy.system] = copy
        deals.append(new)
        copies.append(new)
    _split_shares(doc, copies, unit)


SHARE_BEFORE_RE = re.compile(r"(?i)\b(?P<n>\d{1,4}|[a-zäöüéèû]+)\s+(?:for|für|pour|à|an)\s+(?:the\s+|la\s+|le\s+|l['’]|"
                             r"die\s+|den\s+|das\s+)?(?:[\w'’-]+\s+){0,3}$")


def _split_shares(doc: Document, copies: list[_Deal], unit: Unit) -> None:
    """"… jointly signed for nine C-390 airlifters - five for the Royal Netherlands Air Force and four for
    Austria": each buyer's share of the one item, when the sentence gives a share to each of them."""
    from armstrack.normalize.numbers import foreign_words_to_int, words_to_int

    if not copies or any(len(d.report.items) != 1 for d in copies):
        return
    end = doc.text.find("\n", unit.end)
    tail_start = unit.start
    tail = doc.text[tail_start:min(end if end != -1 else len(doc.text), unit.end + 300)]
    shares: dict[str, tuple[int, int, int]] = {}
    for p in countries.find_parties(tail):
        m = SHARE_BEFORE_RE.search(tail[max(0, p.start - 60):p.start])
        if m is None:
            continue
        word = m.group("n")
        n = int(word) if word.isdigit() else (words_to_int(word) or foreign_words_to_int(word))
        if n:
            a = max(0, p.start - 60) + m.start("n")
            shares.setdefault(p.code, (n, tail_start + a, tail_start + a + len(word)))
    if not all(d.report.buyer is not None and d.report.buyer.code in shares for d in copies):
        return
    total = copies[0].report.items[0].quantity
    if total is not None and sum(shares[d.report.buyer.code][0] for d in copies if d.report.buyer) != total:
        return
    for d in copies:
        assert d.report.buyer is not None
        n, a, b = shares[d.report.buyer.code]
        item = d.report.items[0]
        item.quantity = n
        item.evidence = Evidence.of(doc.text, a, b)
        item.notes = [x for x in item.notes if x != "one count said for each buyer named together"] + [
            "this buyer's share of the count bought together"]


def _list_head_deal(deals: list[_Deal], heading: Unit | None, unit: Unit) -> _Deal | None:
    """The deal a list's heading names by its system ("The F-35 approval caps two busy years:"), for an item of
    that list."""
    from armstrack.extract.news_patterns import LIST_ITEM_RE
    from armstrack.extract.news_refs import _unit_roots

    if heading is None or not heading.text.rstrip().endswith(":") or not LIST_ITEM_RE.match(unit.text):
        return None
    roots = _unit_roots(heading)
    return next((d for d in reversed(deals) if d.report.buyer is not None and d.roots & roots), None) if roots else None


# a clause whose subject takes up the deal's systems: "The torpedoes are …", "Ces missiles sont …", "Die Flugkörper …"
# (not their parts: "The engines are made by LHTEC" of a helicopter sale)
ANAPHOR_SUBJECT_RE = re.compile(r"(?i)^\W*(?:the|these|those|its|ces|les|die|diese)\s+(?:[\w-]+\s+)?"
                                r"(?:torpedo(?:es)?|missiles?|rockets?|jets?|aircraft|helicopters?|vehicles?|tanks?|ships?|"
                                r"boats?|radars?|systems?|launchers?|munitions?|bombs?|pods?|missiles|appareils|avions|"
                                r"hélicoptères|véhicules|chars|navires|systèmes|Flugkörper|Raketen|Flugzeuge|Hubschrauber|"
                                r"Fahrzeuge|Panzer|Schiffe|Systeme)\b")


def _principal_contractors(doc: Document, current: _Deal, unit: Unit) -> None:
    """"The principal contractors will be Boeing and Lockheed Martin": the contractors of the deal in focus (not
    those of another deal the clause tells with its own systems and money)."""
    from armstrack.extract.news_parties import _other_buyer
    from armstrack.extract.news_patterns import CONTRACTOR_RE, MAKER_CLAUSE_RE
    from armstrack.extract.news_refs import _fresh_systems
    from armstrack.model import Contractor
    from armstrack.normalize.companies import find_companies

    said = CONTRACTOR_RE.search(unit.text) is not None
    # ("The torpedoes are built by Lockheed Martin": the maker of the deal's own systems, when none is named)
    if not said and (current.report.contractors or unit.cue is not None or not MAKER_CLAUSE_RE.search(unit.text)):
        return
    if _other_buyer(unit, current) or (unit.money and _fresh_systems(unit, current)):
        return
    if not said and ((unit.systems and _fresh_systems(unit, current))
                     or (not unit.systems and not ANAPHOR_SUBJECT_RE.match(unit.text))):
        return
    for cm in find_companies(unit.text):
        if re.search(r"(?i)\b(?:früher|formerly|vormals|anciennement|ex)\W*$", unit.text[max(0, cm.start - 15):cm.start]):
            continue  # "Hersteller ist der US-Konzern RTX, früher Raytheon": a former name of the one named
        if all(c.name != cm.text for c in current.report.contractors):
            current.report.contractors.append(Contractor(cm.text, Evidence.of(
                doc.text, unit.start + cm.start, unit.start + cm.end)))


def _further_batch(doc: Document, current: _Deal, unit: Unit) -> _Deal:
    """"Ende 2013 bestellte Singapur zwei Boote, am 16. Mai 2017 unterzeichnete das Ministerium den Vertrag über zwei
    weitere": a further contract for the one system of the contract in focus."""
    from armstrack.extract.news_fill import _fill

    parent = current.report
    batch = _Deal(DealReport(seller=parent.seller, buyer=parent.buyer, method="news"))
    batch_of = load_catalog().get(parent.items[0].catalog_id or "")
    _fill(doc, batch, unit, [(-2, -2, batch_of)] if batch_of is not None else [])
    return batch


def _same_purchase(current: _Deal) -> tuple[_Deal, list[tuple[int, int, System]]]:
    """The purchase in focus told again at another stage ("Washington had approved the sale on 28 July", "Der
    Haushaltsausschuss hatte im Juni grünes Licht für die Beschaffung gegeben"): a new deal of the same parties,
    with the systems of the deal in focus."""
    cat = load_catalog()
    systems = [(-1, -1, x) for x in (cat.get(k) for k in current.systems) if x is not None]
    return _Deal(DealReport(seller=current.report.seller, buyer=current.report.buyer, method="news")), systems


# what an earlier story said, told in a correction: "nous indiquions que l'Ouzbékistan avait commandé quatre C-390
# pour 480 millions de dollars. Ces chiffres étaient erronés."; "An earlier version of this story said ..."
REPORTED_BEFORE_RE = gated(re.compile(
    r"(?i)\b(?:we\s+(?:reported|said|wrote|stated)|(?:an?\s+)?(?:earlier|previous)\s+(?:version|story|item|report|article)"
    r"\s+(?:of\s+this\s+\w+\s+)?(?:said|stated|reported)|(?:our|the)\s+(?:story|item|article|report)\s+[^.;]{0,80}?"
    r"\b(?:said|stated|reported)|nous\s+(?:indiquions|écrivions|annoncions|affirmions|avions\s+(?:indiqué|écrit|annoncé))"
    r"|(?:wir\s+(?:berichteten|schrieben|meldeten)|hieß\s+es|hatten\s+wir\s+(?:berichtet|geschrieben|gemeldet)))\b"))
WAS_WRONG_RE = re.compile(
    r"(?i)\b(?:(?:was|were|is|are)\s+(?:wrong|incorrect|inaccurate|mistaken|in\s+error)|(?:étaient|était|sont|est)\s+"
    r"(?:erronée?s?|inexacte?s?|faux|fausses?)|(?:war|waren|ist|sind)\s+(?:falsch|unzutreffend|fehlerhaft)"
    r"|" + WRONGLY + r")\b")


def retracted_sentences(units: list[Unit]) -> set[int]:
    """The sentences telling what an earlier story wrongly said (the correction's own figures are read)."""
    by_sentence: dict[int, str] = {}
    for u in units:
        by_sentence[u.sentence] = by_sentence.get(u.sentence, "") + " " + u.text
    out: set[int] = set()
    for i, sent in by_sentence.items():
        if REPORTED_BEFORE_RE.search(sent) and (WAS_WRONG_RE.search(sent)
                                                or WAS_WRONG_RE.search(by_sentence.get(i + 1, "")[:160])):
            out.add(i)
    return out


def _another_event(unit: Unit, current: _Deal) -> bool:
    """Does the clause tell the deal in focus at another stage, on a day of its own ("The contract itself was signed
    on 17 August 2018 and was valued at A$3.3 billion" after the first delivery)?"""
    r = current.report
    return bool(unit.cue is not None and not unit.hedged and r.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[r.stage]
                and any(d.iso and d.precision == "day" and d.iso != r.date for d in unit.dates))


def _lead_end(text: str) -> int:
    """Where a ticker entry's or labelled line's sentence begins ("09h15 — Missiles air-air : seconde …")."""
    m = ENTRY_LEAD_RE.match(text)
    return m.end() if m else 0


def _line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _choice_within(unit: Unit, current: _Deal | None) -> bool:
    """A choice made within the deal in focus ("Als Triebwerk hat sich Jordanien für das F100-GE-129D entschieden"):
    the engine of the aircraft bought, no deal of its own."""
    return bool(unit.cue is not None and unit.cue.stage == "other" and unit.systems and not unit.money
                and current is not None and current.report.items
                and all(x.category == "Engines" for _, _, x in unit.systems))


# a question asking what a buyer bought: "What exactly did Indonesia buy?", "Qu'a commandé la Pologne ?"
BUY_QUESTION_RE = re.compile(r"(?i)\b(?:buy|bought|order|ordered|purchas\w*|acquir\w*|get|getting|achet\w*|command\w*|"
                             r"acqui\w*|kauf\w*|gekauft|bestell\w*|beschaff\w*)\b[^?]*\?\s*$")


def _question_buyer(question: Unit | None, unit: Unit) -> countries.PartyMention | None:
    """"What exactly did Indonesia buy? / Two Scorpène Evolved submarines.": the buyer the question names, for the
    answer naming the systems (its offsets taken relative to the answer)."""
    if question is None or question.sentence != unit.sentence - 1 or unit.parties or unit.cue is not None \
            or not unit.systems or not BUY_QUESTION_RE.search(question.text):
        return None
    named = [p for p in question.parties if p.code != "USA" and _role(question, p) not in ("attribute", "source")]
    if len({p.code for p in named}) != 1:
        return None
    shift = question.start - unit.start
    return replace(named[0], start=named[0].start + shift, end=named[0].end + shift)


def lead_event(lead: tuple[Unit, countries.PartyMention], unit: Unit) -> list[tuple[int, int, System]] | None:
    """The systems to read from the sentence after a lede naming buyer and systems, when that sentence tells the
    event ("Washington approved the deal on Friday."), else None. A lede telling "the U.S. approval on October 7 of a
    C-130J … for Brunei" is followed by the approval's contents ("… covering one aircraft, six AE2100D3 engines")."""
    lu, bp = lead
    if unit.cue is None or unit.hedged or unit.sentence - lu.sentence != 1 or not unit.deal_noun \
            or any(p.code not in ("USA", bp.code, *(c for _, _, x in lu.systems for c in _origin_codes(x)))
                   for p in unit.parties):
        return None
    if not unit.systems:
        return []
    if unit.cue.stage in ("approved", "notified") and _approval_noun(lu.text) is not None:
        return unit.systems
    return None


def _deal_of_lead(doc: Document, lead: tuple[Unit, countries.PartyMention], unit: Unit,
                  systems: list[tuple[int, int, System]]) -> _Deal:
    """"Norway's forces are to get 21 UH-60M Black Hawks. Washington approved the deal on Friday.": the lede names
    buyer and systems, the next sentence the event."""
    from armstrack.extract.news_fill import _fill

    lu, bp = lead
    deal = _Deal(DealReport(seller=_seller_for(doc, lu, bp.code, [], None), method="news",
                            buyer=Party(bp.code, Evidence.of(doc.text, lu.start + bp.start, lu.start + bp.end))))
    _fill(doc, deal, unit, systems)
    _fill(doc, deal, lu, lu.systems)
    _generic_quantity(unit, deal, doc)  # "… of a proposed sale of six of the tiltrotors": the lede's system, counted
    return deal


CONGRESS_RE = re.compile(r"\b(?:Congress|Congrès|Kongress)\b")


def _us_deal_of_buyer(doc: Document, deals: list[_Deal], current: _Deal, unit: Unit) -> _Deal | None:
    """A U.S. approval or notification told without systems while another seller's deal is in focus: the U.S.
    deal of the same buyer told before at that stage (else None)."""
    r = current.report
    if unit.cue is None or unit.hedged or unit.cue.stage not in ("approved", "notified") or r.buyer is None \
            or r.seller is None or r.seller.code == "USA" \
            or not (CONGRESS_RE.search(unit.text) or _us_approval(doc, unit)):
        return None
    us = [d for d in deals if d.report.seller is not None and d.report.seller.code == "USA"
          and d.report.buyer is not None and d.report.buyer.code == r.buyer.code
          and d.report.stage in ("approved", "notified")]
    days = {d.iso for d in unit.dates if d.iso and d.precision == "day"}
    # the one approved that day, else the first told (the article's own sale)
    return next((d for d in us if d.report.date in days), us[0] if us else None)


def mde_share_owner(deals: list[_Deal], current: _Deal, unit: Unit) -> _Deal | None:
    """"The major defense equipment in the package, valued at $44.3 million, consists of …": a clause whose every
    figure is the equipment's share of a package's price holds what the last priced deal of the buyer in focus holds
    (even when a deal told in passing came between)."""
    if not unit.money or not all(MDE_SHARE_RE.search(unit.text[max(0, m.start - 60):m.start]) for m in unit.money):
        return None
    buyer = current.report.buyer.code if current.report.buyer else None
    return next((d for d in reversed(deals) if d.report.value is not None
                 and (d.report.buyer.code if d.report.buyer else None) == buyer), None)


# "That followed approval in August 2019 of 180 AIM-120C-7 AMRAAMs", "The sale follows a $500 million approval in
# 2019 for …", "Cette vente fait suite à l'autorisation, en août 2019, de …", "Das Geschäft folgt auf die Genehmigung
# von …": an earlier event of the same buyer, told by its noun
FOLLOWED_EVENT_RE = gated(re.compile(
    r"(?i)^(?:that|this|it|the\s+(?:\w+\s+)?(?:sale|deal|package|approval|order|contract|request|notification)|"
    r"cela|ceci|elle|il|cette\s+(?:vente|commande|autorisation|demande)|ce\s+(?:contrat|feu\s+vert)|"
    r"das|dies|es|(?:das|der|die)\s+(?:Geschäft|Paket|Verkauf|Auftrag|Vertrag|Genehmigung|Anfrage))\s+"
    r"(?:\w+\s+)?(?:followed|follows|comes\s+after|came\s+after|fait\s+suite\s+à|faisait\s+suite\s+à|succède\s+à|"
    r"folgt\s+auf|folgte\s+auf)\s+"
    r"(?:the\s+|an?\s+|l['’]|la\s+|le\s+|une\s+|un\s+|die\s+|den\s+|eine\s+|einen\s+)?"
    r"(?:(?:[$€£]|US\$)?[\w.,'’-]+\s+){0,4}?"
    r"(?P<noun>approvals?|clearances?|notifications?|contracts?|orders?|deliver(?:y|ies)|requests?|"
    r"autorisations?|approbations?|feu\s+vert|contrats?|commandes?|livraisons?|demandes?|"
    r"Genehmigung(?:en)?|Freigaben?|Vertr[aä]ge?|Auftr[aä]ge?|Bestellung(?:en)?|Lieferung(?:en)?|Anfragen?)\b"))
FOLLOWED_STAGES = (("approved", re.compile(r"(?i)^(?:approv|clear|autoris|feu|Genehm|Freigab)")),
                   ("notified", re.compile(r"(?i)^notif")),
                   ("signed", re.compile(r"(?i)^(?:contra|order|commande|Vertr|Auftr|Bestell)")),
                   ("delivered", re.compile(r"(?i)^(?:deliver|livraison|Liefer)")),
                   ("requested", re.compile(r"(?i)^(?:request|demande|Anfrage)")))


def followed_event(unit: Unit, deal: _Deal | None) -> tuple[str, int, int] | None:
    """The stage and span of an earlier event of the deal's buyer the clause tells by its noun ("That followed
    approval in August 2019 of 180 AIM-120C-7 AMRAAMs, valued at $500 million"), or None."""
    if deal is None or deal.report.buyer is None or unit.cue is not None or not unit.systems \
            or (m := FOLLOWED_EVENT_RE.match(unit.text)) is None:
        return None
    if any(p.code not in ("USA", deal.report.buyer.code) and _role(unit, p) not in ("source", "attribute")
           for p in unit.parties):
        return None  # ("The sale follows a similar approval for Poland"): another buyer's
    noun = m.group("noun")
    stage = next(st for st, rx in FOLLOWED_STAGES if rx.match(noun))
    return stage, m.start("noun"), m.end("noun")
