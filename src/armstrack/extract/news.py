"""The general text reader (news and anything that is not an official notice).

Finds every deal an article mentions -- the headline deal and the background ones -- clause by
clause.  A clause with a deal cue (a stage verb or a deal noun), a party in a buyer role and a system
or a value opens a deal; later clauses about the same buyer join it unless they tell another event
(another stage, another value, other systems with their own price), and clauses about "the package"
without a party add to the deal in focus.  Every field keeps the span it was read from.
"""
from __future__ import annotations

import re

from armstrack.extract.clauses import Unit, units_of
from armstrack.extract.news_buyers import clause_roles, clause_systems
from armstrack.extract.news_cases import (
    boxed_deal,
    boxed_lead,
    contract_of_named,
    further_case,
    lead_day,
    listed_case,
    listed_case_deal,
    restated_clause,
)
from armstrack.extract.news_context import (
    _another_event,
    _another_year,
    _buyer_named_before,
    _choice_within,
    _contract_of_buyer_before,
    _copy_for_each,
    _counted_in_another_year,
    _deal_counting,
    _deal_of_lead,
    _deal_told_before,
    _further_batch,
    _in_list,
    _lead_end,
    _line_of,
    _list_head_deal,
    _opener_reach,
    _principal_contractors,
    _question_buyer,
    _same_purchase,
    _us_deal_of_buyer,
    followed_event,
    lead_event,
    mde_share_owner,
    retracted_sentences,
)
from armstrack.extract.news_fields import (
    _context_mention,
    _origin_codes,
    _quantity,
)
from armstrack.extract.news_fill import _fill, after_fill, prices_of
from armstrack.extract.news_finish import finish_deals
from armstrack.extract.news_firms import _companies_as_parties, _list_entry_firms
from armstrack.extract.news_occasion import (
    Occasion,
    headline_of_occasion,
    occasion_at,
    occasion_deal,
    occasion_entry,
    refers_back,
)
from armstrack.extract.news_parties import (
    FURTHER_BATCH_RE,
    _compatible,
    _firm_party,
    _maker_origin,
    _origin_party,
    _other_buyer,
    _seller_for,
    _stage_noun,
    _us_approval,
    _us_co_made,
    deal_homes,
    unit_homes,
)
from armstrack.extract.news_parts import (
    _approval_noun,
    _role,
    _split_by_buyers,
    _split_listed_cases,
    _split_values_by_kind,
    related_link_spans,
)
from armstrack.extract.news_patterns import (
    ANAPHOR_RE,
    BACKREF_RE,
    BREAKDOWN_RE,
    CONTENT_LEAD_RE,
    CONTENTS_QUESTION_RE,
    CORE_LEAD_RE,
    FIRST_CASE_RE,
    FIRST_ONE_RE,
    FLEET_NOW_RE,
    FOLLOWED_RE,
    GENERIC_QTY_RE,
    INCLUDE_RE,
    INFERENCE_RE,
    INTENT_RE,
    LIST_ITEM_RE,
    NEXT_CASE_RE,
    OTHER_THINGS_RE,
    OWN_USE_RE,
    PACKAGE_VALUE_RE,
    RECEIVE_RE,
    REPLACING_RE,
    SEPARATE_RE,
    STAGE_GROUP,
    STAGE_NOUNS,
    TALKS_RE,
    VALUE_WORD_RE,
    WISH_RE,
    YEAR_TOLD_RE,
)
from armstrack.extract.news_refs import (
    _Deal,
    _deal_naming,
    _fresh_systems,
    _labelled_heading,
    _sibling,
    _topic_systems,
    _unit_roots,
)
from armstrack.extract.news_sections import _section_buyer, closes_section
from armstrack.model import DealReport, Document, Evidence, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import load_catalog


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
    receiving = -1  # the sentence telling what the deal in focus holds ("Sweden would receive ...")
    clutter = related_link_spans(text)
    retracted = retracted_sentences(all_units)  # what a correction says an earlier story wrongly told
    asked_contents = -10  # the sentence asking what the deal in focus holds ("What is actually in the box?")
    listed_until = 0  # the end of a list of cases read as a whole ("approved three cases: a ..., b ... and c")
    consumed: set[int] = set()  # label lines ("Approved: Thursday, 15 August") read with their heading
    section: tuple[int, countries.PartyMention, int] | None = None  # the buyer a roundup's section heading names
    sectioned: list[_Deal] = []  # deals read under a section heading
    occasion: Occasion | None = None  # an announcement of several sales to one buyer, told case by case after it
    told: list[tuple[Occasion, int]] = []  # the occasions read, with the last sentence each covers
    for ui, unit in enumerate(all_units):
        in_passing: _Deal | None = None
        if any(a <= unit.start < b for a, b in clutter) or unit.start < listed_until or unit.start in consumed \
                or unit.sentence in retracted:
            continue  # "Sur le même sujet\n- Arabie saoudite : Washington valide ...": another story's headline
        if CONTENTS_QUESTION_RE.search(unit.text):
            asked_contents = unit.sentence  # "What is actually in the box?": the answer lists the deal's items
        if occasion is not None and (unit.sentence - occasion.sentence > 15
                                     or (unit.cue is not None and unit is not occasion.cue_unit)
                                     or ((unit.systems or unit.money or unit.deal_noun)
                                         and any(p.code not in ("USA", occasion.buyer.code)
                                                 and _role(unit, p) in ("buyer", "buyer!", "seller")
                                                 for p in unit.parties))):
            told.append((occasion, unit.sentence - 1))
            occasion = None  # another event or another buyer: the announced cases have been told
        if occasion is not None and unit.sentence > occasion.sentence and occasion_entry(unit, occasion):
            # "08:24 - The biggest single item: 82 M142 HIMARS launchers ..., in a case worth $4.05 billion": one
            # of the sales announced before, with its buyer, stage and day
            current, listed_end = occasion_deal(doc, deals, occasion, unit)
            listed_until = max(listed_until, listed_end)
            prev_unit = unit
            continue
        if (occ := occasion_at(all_units, ui)) is not None:
            if occasion is not None:
                told.append((occasion, unit.sentence - 1))
            occasion = occ
            refers_back(occ, current)
            if unit.money:
                prev_unit = unit
                continue  # the sum of the sales announced, no sale of its own
        label = _labelled_heading(doc, unit, all_units[ui + 1] if ui + 1 < len(all_units) else None)
        if label is None and (headed := _section_buyer(doc, unit)) is not None:
            # "3) LITHUANIA - AMRAAMs for ground-based air defence": a roundup's section names the buyer of what
            # follows; the deal before is closed ("* FINLAND (background) - This is not ...": the bullet goes on)
            current, pending, pending_unit = None, (unit.sentence, headed[0], unit.start), unit
            section = pending
            prev_unit = unit
            if not headed[1]:
                continue
        elif label is None and closes_section(doc, unit):
            current = pending = pending_unit = section = None  # "Richtigstellung zu unserem Juli-Brief": not a buyer's
            prev_unit = unit
            continue
        if label is not None:
            # "1) ITALY - MQ-9 Block 5 aircraft - est. $738 million / Approved: Thursday, 15 August": a digest entry
            hp = next(p for p in unit.parties if p.code != "USA")
            report = DealReport(seller=_seller_for(doc, unit, hp.code, [], current.report.seller if current else None),
                                buyer=Party(hp.code, Evidence.of(text, unit.start + hp.start, unit.start + hp.end)),
                                method="news")
            current = _Deal(report)
            deals.append(current)
            _fill(doc, current, label, [])
            _fill(doc, current, unit, unit.systems)
            consumed.add(label.start)
            prev_unit = unit
            continue
        if prev_unit is not None and any(not _context_mention(prev_unit.text, a, b, x) for a, b, x in prev_unit.systems):
            last_named = prev_unit  # the latest clause naming a system, deal or not ("Das IRIS-T SLM hat sich bewährt")
        in_list = _in_list(text, current, prev_unit, unit, in_list)
        if (doc.title and unit.start < 400 and unit.text.strip() == doc.title.strip()) \
                or headline_of_occasion(text, all_units, ui):
            continue  # the headline restates the lede, loosely: deals are read from the body
        if (current is not None and _split_values_by_kind(doc, deals, current, unit)) or restated_clause(deals, unit):
            prev_unit = unit
            continue
        if (of_named := contract_of_named(doc, current, unit, all_units, ui)) is not None:
            current = of_named  # "Berlin relies on Israel's Arrow 3. The purchase contract was signed in November 2023."
            deals.append(current)
            prev_unit = unit
            continue
        if current is not None and (told_deal := _deal_told_before(deals, current, unit)) is not None:
            _fill(doc, told_deal, unit, [])  # "That request was put at $225 million.": the deal told just before
            prev_unit = unit
            continue
        if current is not None and ANAPHOR_RE.match(unit.text) and (unit.systems or unit.money or (
                current.report.items and GENERIC_QTY_RE.search(unit.text) and not REPLACING_RE.search(unit.text)
                and not FLEET_NOW_RE.search(unit.text))) \
                and not SEPARATE_RE.search(unit.text) and not _other_buyer(unit, current) \
                and not _another_event(unit, current) and not INFERENCE_RE.search(unit.text) and not unit.hedged \
                and followed_event(unit, current) is None \
                and not (unit.cue is not None and current.report.date is not None
                         and _counted_in_another_year(unit, current.report.date)) \
                and not (current.report.seller is not None and current.report.seller.code != "USA"
                         and _us_approval(doc, unit) is not None) \
                and not (unit.money and current.report.value is not None
                         and (_fresh_systems(unit, current) or NEXT_CASE_RE.search(unit.text))
                         and not _compatible(current, unit, doc)):  # "The list also includes X for $375m": a case
            owner = _deal_naming(deals, unit, current.report.buyer.code if current.report.buyer else "")
            if owner is not None and owner is not current and not (_unit_roots(unit) & current.roots) \
                    and (current.report.items or current.units[-1].sentence < unit.sentence - 1):
                # "The Boeing package comprises ...": the other deal told just before (but "The first phase,
                # approved in 2017, was worth $10.5 billion. It comprised ...": the deal just begun)
                current = owner
            elif (made := {c for _, _, x in unit.systems for c in _origin_codes(x)}) and current.report.seller \
                    and current.report.seller.code not in made:
                # "The package includes NASAMS ..." after a German sale told in passing: the buyer's sale by a maker
                # of those systems
                current = next((d for d in reversed(deals) if d.report.buyer and current.report.buyer
                                and d.report.buyer.code == current.report.buyer.code
                                and d.report.seller and d.report.seller.code in made), current)
            _fill(doc, current, unit, unit.systems)  # "The case covers ... eight for Belgium": the deal in focus
            prev_unit = unit
            continue
        if current is not None and unit.cue is None and unit.systems and not unit.money \
                and (RECEIVE_RE.search(unit.text) or receiving == unit.sentence or CORE_LEAD_RE.match(unit.text)
                     or (BREAKDOWN_RE.match(unit.text) is not None and not current.report.items
                         and current.units[-1].sentence == unit.sentence - 1)) \
                and current.report.buyer is not None and not _other_buyer(unit, current) \
                and not any(p.code not in ("USA", current.report.buyer.code) for p in unit.parties) \
                and (receiving == unit.sentence
                     or any(_quantity(unit.text, a)[0] is not None for a, _b, _s in unit.systems)
                     # "… a contract for ten radar systems. The system is built around the ELM-2084": what it holds
                     or (not current.report.items and CORE_LEAD_RE.match(unit.text) is not None)) \
                and unit.sentence - current.units[-1].sentence <= 3:
            receiving = unit.sentence  # the list goes on in the sentence's next clauses
            # "According to the notice, Sweden would receive 20 launchers and 140 pods ...": what the deal holds
            _fill(doc, current, unit, unit.systems)
            prev_unit = unit
            continue
        if current is None and pending is not None and pending_unit is not None and pending_unit.cue \
                and ((unit.money and unit.sentence - pending[0] <= 1 and VALUE_WORD_RE.search(unit.text))
                     # "… approved two possible sales to Morocco. [Q: What was approved?] A: The first covers 500
                     # GBU-39B …, at an estimated cost of $86 million": the first of the sales told
                     or (unit.money and unit.sentence - pending[0] <= 4 and FIRST_CASE_RE.match(unit.text)
                         and unit.systems)
                     # "… hat den Verkauf von Luft-Luft-Raketen an das Königreich genehmigt. [Worum geht es?] Es geht
                     # um 1000 AIM-120C-8": what the sale told before holds
                     or (unit.systems and unit.cue is None and not pending_unit.hedged
                         and unit.sentence - pending[0] <= 3 and CONTENT_LEAD_RE.match(unit.text))
                     or boxed_lead(pending[0], pending_unit, unit)) \
                and not any(p.code not in ("USA", pending[1].code) for p in unit.parties):
            # "… approved a possible sale of an integrated combat system to Germany. The estimated value: $11.9
            # billion.": the sale told first, its value in the next sentence
            pu, bp = pending_unit, pending[1]
            report = DealReport(seller=_seller_for(doc, pu, bp.code, [p for p in pu.parties if _role(pu, p) == "seller"],
                                                   None) or _seller_for(doc, unit, bp.code, [], None),
                                buyer=Party(bp.code, Evidence.of(text, pending[2] + bp.start, pending[2] + bp.end)),
                                method="news")
            current = _Deal(report)
            deals.append(current)
            _fill(doc, current, pu, [])
            _fill(doc, current, unit, unit.systems)
            listed_until = max(listed_until, _split_listed_cases(doc, deals, current, unit))
            pending = pending_unit = None
            prev_unit = unit
            continue
        if current is not None and unit.cue is not None and unit.cue.stage == "signed" and not unit.hedged \
                and not unit.systems and current.report.stage == "signed" \
                and (not unit.money or (current.report.value is not None
                                        and not _compatible(current, unit, doc))) \
                and len(current.report.items) == 1 and FURTHER_BATCH_RE.search(unit.text) \
                and BACKREF_RE.search(unit.text) and current.report.buyer is not None \
                and not any(p.code not in ("USA", current.report.buyer.code,
                                           current.report.seller.code if current.report.seller else "")
                            for p in unit.parties):
            # "… in a deal worth 146 million euros and last November exercised an option for 38 more, worth about
            # 134 million euros": a further contract, with its own price
            current = _further_batch(doc, current, unit)
            deals.append(current)
            prev_unit = unit
            continue
        if current is None and lead is not None and (event_systems := lead_event(lead, unit)) is not None:
            current = _deal_of_lead(doc, lead, unit, event_systems)  # the lede names buyer and systems, the next the event
            deals.append(current)
            lead = None
            prev_unit = unit
            continue
        if current is None and not unit.cue and unit.systems and not unit.hedged \
                and len(named_here := {p.code for p in unit.parties if p.code != "USA"
                                       and _role(unit, p) not in ("attribute", "source")}) == 1 \
                and any(not _context_mention(unit.text, a, b, x) for a, b, x in unit.systems):
            lead = (unit, next(p for p in unit.parties if p.code in named_here))
        elif current is None and (asked := _question_buyer(prev_unit, unit)) is not None:
            lead = (unit, asked)  # "What exactly did Indonesia buy? Two Scorpène Evolved submarines."
        if (unit.hedged and unit.cue is None) or _choice_within(unit, current):
            prev_unit = unit
            continue  # "denied reports that Canada had signed", "the contract could be signed": no event
        if unit.cue is None and not unit.money and current is not None and INTENT_RE.search(unit.text) \
                and _fresh_systems(unit, current):
            prev_unit = unit
            continue  # "officials have spoken of acquiring the F-35, but no approval has been announced"
        if current is not None:
            _principal_contractors(doc, current, unit)
        in_section = section is not None and pending is section and current is None
        # under a section heading, a clause counting a system it names ("six M142 HIMARS launchers") is an entry
        # (or named right after the bullet's country: "2) South Korea - Joint Direct Attack Munitions (JDAM), …")
        counted = in_section and (any(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems)
                                  or (section is not None and section[2] == unit.start and bool(unit.systems)
                                      and _line_of(text, unit.start).rstrip()[-1:] in (".", ";")))
        # "That package included X …, estimated at $250 million, and Y …, put at $125 million": Y is listed too
        included = bool(unit.systems and ((INCLUDE_RE.search(unit.text) and not TALKS_RE.search(unit.text)) or (
            prev_unit is not None and prev_unit.sentence == unit.sentence and current is not None
            and prev_unit in current.units and INCLUDE_RE.search(prev_unit.text))
            # "HOST: What is actually in the box? ADEYEMI: … One thousand and two MK-82 bombs …": the answer lists it
            or (current is not None and 0 < unit.sentence - asked_contents <= 6 and not unit.parties
                and any(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems))))
        if (boxed := boxed_deal(deals, unit)) is not None:
            current = boxed  # "Aircraft: Beechcraft King Air 350ER ISR" in a fact box: the box is that deal's
        if not (unit.cue or unit.deal_noun or included
                or counted
                or (current is not None and NEXT_CASE_RE.match(unit.text, _lead_end(unit.text)))
                or (current is not None and unit.dates and any(rx.search(unit.text) for _, rx in STAGE_NOUNS))
                or (unit.money and (current is not None or in_section) and VALUE_WORD_RE.search(unit.text))
                or (unit.money and unit.systems and unit.dates and current is not None)
                or (LIST_ITEM_RE.match(unit.text) and unit.money and current is not None)
                or (in_list and unit.systems)):
            prev_unit = unit
            continue
        roles = clause_roles(doc, all_units, ui, current, pending, in_list, counted)
        buyers, sellers, makers = roles.buyers, roles.sellers, roles.makers
        origin_here, coordinated = roles.origin_here, roles.coordinated
        systems_here, topic_span = clause_systems(unit, buyers, prev_unit, last_named, topic)
        target: _Deal | None = None
        if (followed := followed_event(unit, current)) is not None and current is not None:
            # "That followed approval in August 2019 of 180 AIM-120C-7 AMRAAMs, valued at $500 million": an earlier
            # deal of the buyer in focus, at the stage its noun tells
            target = _Deal(_sibling(current.report, stage=followed[0], date=None, date_evidence=None,
                                    stage_evidence=Evidence.of(text, unit.start + followed[1], unit.start + followed[2])))
            deals.append(target)
        elif buyers:
            code = buyers[0].code
            owner = _deal_naming(deals, unit, code)
            if owner is not None and _compatible(owner, unit, doc):
                target = owner  # "The F-35 offer covers ...": the deal of those systems, not the latest one
            # a system carried over from the sentence before ("36 Jets" for the F-35A) joins no deal of other systems
            cat = load_catalog()
            carried = {(cat.root(x.id) or x).id for _, _, x in systems_here} \
                if systems_here is not unit.systems else set()
            for d in reversed(deals):
                if target is None and d.report.buyer and d.report.buyer.code == code and _compatible(d, unit, doc) \
                        and (not carried or not d.report.items or carried & d.roots):
                    target = d
                    break
            if target is None and not systems_here and not unit.money and unit.cue and not unit.hedged \
                    and (unit.deal_noun or (current is not None and current.report.stage == "delivered"
                                            and unit.cue.stage == "signed")) \
                    and current is not None and current.report.buyer is not None \
                    and current.report.buyer.code == code and current.report.stage \
                    and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[current.report.stage] \
                    and (any(d.iso or d.precision != "none" for d in unit.dates) or YEAR_TOLD_RE.search(unit.text)) \
                    and (unit.cue.stage == "other" or (0 <= unit.cue.start - buyers[0].end <= 40
                                                       and not WISH_RE.search(unit.text, buyers[0].end, unit.cue.start)
                                                       and not any(p.code not in ("USA", code) for p in unit.parties))):
                # "Der Haushaltsausschuss des Bundestages hatte im Juni grünes Licht für die Beschaffung gegeben":
                # the same purchase at another stage, told with its buyer ("Seoul signs the purchase contract with
                # the U.S. government in 2014": told in passing, the deal in focus stays in focus)
                if unit.cue.stage != "other":
                    in_passing = current
                target, systems_here = _same_purchase(current)
                deals.append(target)
            if target is None and (opened := listed_case(doc, current, unit, buyers[0])) is not None:
                target = opened  # "… on Monday, DSCA had posted a second Finnish case:" and the list of it
                deals.append(target)
            if target is None and (systems_here or unit.money):
                context = current.report.seller if current else None
                if topic_span and (o := _maker_origin(doc, unit, systems_here[0][2], code)) and o != code:
                    context = Party(o, Evidence.of(text, *topic_span))  # the maker's country of that system
                seller = _seller_for(doc, unit, code, sellers, context, makers)
                bp = buyers[0]
                report = DealReport(seller=seller, buyer=Party(code, Evidence.of(text, unit.start + bp.start,
                                                                                  unit.start + bp.end)),
                                    method="news")
                target = _Deal(report)
                if in_section:
                    sectioned.append(target)
                deals.append(target)
                further_case(current, target, unit)
        elif current is not None and current.report.date is None and not unit.money \
                and (stage_here := unit.cue.stage if unit.cue else _stage_noun(unit.text)) is not None \
                and not _other_buyer(unit, current) and not any(p.code not in ("USA", current.report.buyer.code
                                                                                if current.report.buyer else "")
                                                               for p in buyers) \
                and (current.report.stage is None or STAGE_GROUP[stage_here] == STAGE_GROUP[current.report.stage]) \
                and any(d.iso and d.precision == "day" for d in unit.dates) \
                and (not unit.systems or not current.systems or _compatible(current, unit, doc)):
            # "The State Department approved the sale on Thursday" / "announced the approval on Friday"
            target = current
        elif current is not None and unit.cue is not None and unit.cue.stage == "signed" and not unit.hedged \
                and current.report.stage == "other" and current.units and current.units[-1].sentence == unit.sentence \
                and not unit.systems and not unit.money and not _other_buyer(unit, current) \
                and not OTHER_THINGS_RE.match(unit.text):  # (not "… as a stopgap while other systems were ordered")
            target = current  # "… approved the purchase of 246 CV90, and the ministry signed the contract the same day"
        elif current is not None and not unit.systems and not unit.money \
                and (us_deal := _us_deal_of_buyer(doc, deals, current, unit)) is not None:
            # "Hungary has already ordered Airbus H225M … Congress was formally notified of the proposed sale on
            # Friday": the U.S. sale of that buyer, not the European order told last
            target = us_deal
        elif current is not None and unit.cue and not unit.systems and not unit.money \
                and (unit.deal_noun or (unit.cue.stage == "delivered" and FIRST_ONE_RE.match(unit.text))
                     or (unit.cue.stage in ("approved", "notified") and _approval_noun(unit.text)
                         and any(d.iso or re.search(r"\d{4}", d.text) for d in unit.dates))) \
                and any(d.iso or d.precision != "none" or re.search(r"\d{4}", d.text) for d in unit.dates) \
                and current.report.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[current.report.stage] \
                and not _other_buyer(unit, current) and current.report.buyer is not None:
            # "Washington had approved the sale on 28 July": the same purchase at another stage
            target, systems_here = _same_purchase(current)
            deals.append(target)
        elif current is not None and not unit.money and current.report.buyer is not None and current.report.items \
                and (nc := NEXT_CASE_RE.search(unit.text)) is not None and nc.start() <= 4 \
                and not any(p.code != "USA" for p in unit.parties) and current.report.value is not None:
            # "The third notification, transmittal 21-03, is a weapons case ... DSCA priced it at $10 billion.":
            # another case of the same package, its price and items told next
            target = _Deal(_sibling(current.report), items_from_list=True)
            deals.append(target)
        elif current is not None and prices_of(unit) and current.report.buyer is not None \
                and not any(p.code != "USA" and p not in makers and p not in sellers for p in unit.parties) \
                and (LIST_ITEM_RE.match(unit.text) or NEXT_CASE_RE.search(unit.text)
                     or (unit.systems and current.report.value is not None and not unit.dates and unit.cue is None
                         and included and _fresh_systems(unit, current))) \
                and (current.report.value is not None  # (a listed case's "- estimated cost: $323.3 million" is its own)
                     or (current.items_from_list and (unit.systems or not VALUE_WORD_RE.search(unit.text)))) \
                and not (current.report.value is not None and not unit.systems
                         and abs(unit.money[0].amount - current.report.value.amount)
                         <= 0.01 * current.report.value.amount) \
                and (LIST_ITEM_RE.match(unit.text) or not _compatible(current, unit, doc)):
            # "A second case, estimated at $4.03 billion, ..." / "- 1,050 Javelin missiles, $375 million;":
            # another case of the same package, at the package's stage and date ("The F-35 approval caps two busy
            # years:\n- December 2023: 35 UH-60M ...": of the buyer whose deal the list's heading names)
            target = listed_case_deal(doc, _list_head_deal(deals, prev_unit, unit) or current, unit, sellers + makers)
            deals.append(target)
        elif current is not None and (unit.systems or unit.money):
            owner = _deal_naming(deals, unit, current.report.buyer.code if current.report.buyer else "")
            if owner is not None and owner is not current and not (_unit_roots(unit) & current.roots) \
                    and _compatible(owner, unit, doc):
                target = owner  # "The Boeing package comprises 50 F/A-18E ...": the other deal told just before
            elif current.report.buyer is not None and unit.cue and unit.cue.stage in ("signed", "approved", "notified") \
                    and not unit.hedged \
                    and not any(p.code != "USA" for p in unit.parties) and current.units[-1].sentence < unit.sentence - 1 \
                    and any(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems) \
                    and (bn := _buyer_named_before(doc, all_units, unit, reach=_opener_reach(all_units, unit),
                                               made_by=frozenset(origin_here) | current.seller_codes)) is not None \
                    and bn.code != current.report.buyer.code:
                # "Den Durchbruch brachte Polen. Im Sommer 2022 unterschrieben Hyundai Rotem und Hanwha Verträge über
                # 180 K2 und 212 K9": the country the sentence before is about buys ("Q: Has Egypt bought U.S. radars
                # before? A: Repeatedly. On January 25, 2022 Washington approved three SPS-48 ...": past the opener)
                seller = (_us_approval(doc, unit) if unit.cue.stage != "signed" else None) \
                    or _origin_party(doc, unit, bn.code)
                target = _Deal(DealReport(seller=seller, buyer=bn, method="news"))
                deals.append(target)
            elif unit.cue is not None and not unit.hedged and not any(p.code != "USA" for p in unit.parties) \
                    and (twin := _deal_counting(deals, unit, current)) is not None and twin.report.buyer is not None:
                # "Die US-Regierung hatte dem Verkauf der sechs C-130J bereits Anfang Mai zugestimmt": the deal of
                # those six, at this stage
                if twin.report.stage and STAGE_GROUP[unit.cue.stage] != STAGE_GROUP[twin.report.stage]:
                    target = _Deal(DealReport(seller=_us_approval(doc, unit) or twin.report.seller,
                                              buyer=twin.report.buyer, method="news"))
                    deals.append(target)
                else:
                    target = twin
            elif (priced := mde_share_owner(deals, current, unit)) is not None:
                target = priced  # "The major defense equipment in the package, valued at $44.3 million, …"
            elif _compatible(current, unit, doc) or (unit.money and current.report.value is None
                                                     and PACKAGE_VALUE_RE.search(unit.text) is not None
                                                     and not any(p.code != "USA" for p in unit.parties)):
                # ("Die Behörde DSCA bezifferte den Wert des Pakets damals auf bis zu 1,4 Milliarden Dollar": the value
                # of the deal in focus, whatever else the clause lists)
                target = current
            elif (unit.cue or (SEPARATE_RE.search(unit.text) and unit.deal_noun and unit.systems and unit.money)
                  or (unit.money and unit.systems and _approval_noun(unit.text))
                  or ((unit.deal_noun or VALUE_WORD_RE.search(unit.text) or unit.dates) and unit.money
                      and _fresh_systems(unit, current)  # ("Im Oktober 2015 folgten Black-Hawk-Hubschrauber … UH-60M")
                      and (any(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems) or FOLLOWED_RE.search(unit.text)))) \
                    and (unit.money or (unit.systems and SEPARATE_RE.search(unit.text))
                         # "- United Kingdom: Babcock signed a design licence … two Arrowhead 140 frigates": an entry
                         # of a list of contracts, with its own systems
                         or (LIST_ITEM_RE.match(unit.text) and unit.cue is not None and not unit.hedged
                             and _fresh_systems(unit, current))
                         # "that grant transfer of 200 M1A1s was notified to Congress on 27 April 2011": another day
                         # ("in August 2014 the State Department cleared six AN/AAQ-24(V)": an approval, another year)
                         or (unit.cue is not None and not unit.hedged and unit.systems
                             and ((current.report.date is not None
                                   and any(_another_year(d, unit, current.report.date) for d in unit.dates))
                                  or _counted_in_another_year(unit, current.report.date or doc.published or "")))
                         # "Zagreb signed for 18 CAESAR MkII … then signed the order confirmation for 44 Leopard 2A8":
                         # another contract of the buyer in focus, for counted systems of another maker's country
                         # ("Washington approved … 16 HIMARS … In late January it signed instead with Hanwha … for 16
                         # K239 Chunmoo launchers": a contract after another maker's approval)
                         or (unit.cue is not None and not unit.hedged and unit.cue.stage == "signed"
                             and current.report.stage in ("signed", "approved", "notified") and bool(unit.systems)
                             and _fresh_systems(unit, current) and current.systems
                             and all(_quantity(unit.text, a)[0] is not None for a, _, _ in unit.systems)
                             and not unit_homes(unit) & deal_homes(current))) \
                    and current.report.buyer is not None \
                    and not any(p.code not in ("USA", *origin_here) and _role(unit, p) != "attribute" for p in unit.parties) \
                    and (not _companies_as_parties(unit) or _list_entry_firms(unit, origin_here, current)) \
                    and not re.search(r"(?i)\bawarded\b", unit.text) and not OWN_USE_RE.search(unit.text):
                # "Romania has shifted its purchases to the U.S. The Patriot programme, approved in 2017 ...": the
                # buyer named just before, else the buyer of the deal in focus
                # ("Q: Has Egypt bought U.S. radars before? A: Repeatedly. On January 25, 2022 Washington approved
                # ...": the country of the question, past an answer's opening word)
                # ("The F-35 approval caps two busy years:\n- December 2023: 35 UH-60M ...": the buyer of the deal
                # the list's heading names)
                list_head = _list_head_deal(deals, prev_unit, unit)
                # ("Le choix turc est d'autant plus notable que Washington avait proposé …": not the seller in focus)
                buyer = (_buyer_named_before(doc, all_units, unit, reach=_opener_reach(all_units, unit),
                                              made_by=frozenset(origin_here) | current.seller_codes)
                         if current.units[-1].sentence < unit.sentence - 1 else None) \
                    or (list_head.report.buyer if list_head is not None else None) or current.report.buyer
                named_seller = next((Party(p.code, Evidence.of(text, unit.start + p.start, unit.start + p.end))
                                     for p in sellers if p.code != buyer.code), None)  # "Italy supplied two FREMM"
                report = DealReport(seller=_us_approval(doc, unit) or named_seller
                                    or _us_co_made(unit, current.report.seller)
                                    or _origin_party(doc, unit, buyer.code) or _firm_party(doc, unit, buyer.code)
                                    or current.report.seller, buyer=buyer,
                                    method="news")
                if unit.cue is None and current.report.stage in ("approved", "notified"):
                    # "Four years earlier it was the turn of ..., with seventeen CH-47F valued at $1.3 billion": the
                    # list of approvals goes on
                    report.stage, report.stage_evidence = current.report.stage, current.report.stage_evidence
                    days = [d for d in unit.dates if d.iso and d.precision == "day"]
                    if FOLLOWED_RE.search(unit.text) and len(days) == 1:
                        # "On Thursday a second US$150 million case followed": the day of that case
                        report.date = days[0].iso
                        report.date_evidence = Evidence.of(text, unit.start + days[0].start, unit.start + days[0].end)
                target = _Deal(report)
                deals.append(target)
                if not unit.money and not SEPARATE_RE.search(unit.text):
                    in_passing = current  # an earlier event told in passing: the deal in focus stays in focus
        if target is None and current is None and not buyers and unit.cue is not None and not unit.hedged \
                and (unit.money or GENERIC_QTY_RE.search(unit.text)) and not any(p.code != "USA" for p in unit.parties) \
                and (told_before := _contract_of_buyer_before(doc, all_units, unit, last_named, topic,
                                                                    frozenset(retracted))) is not None:
            # "Brasilien wählte den Saab Gripen ... [Felix, was ist daraus geworden?] Unterschrieben wurde im Oktober
            # 2014: 36 Maschinen für rund 39,3 Milliarden Kronen": the contract of the buyer just named
            target, systems_here = told_before
            deals.append(target)
        if target is None:
            if current is None and buyers:
                pending, pending_unit = (unit.sentence, buyers[0], unit.start), unit
            prev_unit = unit
            continue
        if current is not None and target is not current and not target.report.items and not systems_here \
                and current.report.buyer and target.report.buyer and target.report.buyer.code == current.report.buyer.code \
                and ANAPHOR_RE.match(unit.text) and _another_event(unit, current):
            _, systems_here = _same_purchase(current)  # "The contract itself was signed on …": the same systems
        prior, current = current, target
        before_items = list(target.report.items)
        _fill(doc, target, unit, systems_here)
        if roles.from_lead:
            lead_day(doc, target, pending_unit)  # the day the lede told, with the buyer
        if in_passing is not None:
            current, in_passing = in_passing, None
        if coordinated and len(buyers) >= 2 and target.report.buyer and target.report.buyer.code == buyers[0].code:
            others = [b for i, b in enumerate(buyers) if i and b.code not in {x.code for x in buyers[:i]}]
            _copy_for_each(doc, deals, target, unit, others, [i for i in target.report.items if i not in before_items])
        listed_until = max(listed_until, after_fill(doc, deals, target, unit, all_units, topic))
        if len(target.units) == 1 and target.context_spans and not target.report.items \
                and target.report.value is None and deals and deals[-1] is target and prior is not None \
                and (REPLACING_RE.search(unit.text) or FLEET_NOW_RE.search(unit.text)):
            deals.pop()  # "il s'agit de remplacer une flotte de douze C-130J-30 …": the fleet replaced, no deal
            current = prior
        prev_unit = unit
    if occasion is not None:
        told.append((occasion, all_units[-1].sentence))
    return finish_deals(doc, deals, told, sectioned, all_units)

