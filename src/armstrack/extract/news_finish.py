"""The passes that run once every clause of an article has been read: occasions filled, deals told as several
split, stages and dates shared within a sentence, home buyers fixed, contractors named, purchases from makers of
several countries split by seller, and catalog keys the catalog lacks dropped."""
from __future__ import annotations

from armstrack.extract.clauses import Unit
from armstrack.extract.news_cases import (
    _split_plural_contracts,
    intent_only_stage,
    split_by_origin,
    split_each_priced_cases,
)
from armstrack.extract.news_occasion import Occasion, occasions_fill
from armstrack.extract.news_parties import _fix_home_buyers
from armstrack.extract.news_parts import _contractors
from armstrack.extract.news_refs import (
    _announced_stage,
    _Deal,
    _digest_stage,
    _drop_umbrella_items,
    _merge_restated,
    _shared_sentence_dates,
    _shared_sentence_stage,
    _stage_contractors,
)
from armstrack.model import DealReport, Document


def finish_deals(doc: Document, deals: list[_Deal], told: list[tuple[Occasion, int]], sectioned: list[_Deal],
                 all_units: list[Unit]) -> list[DealReport]:
    """The reports of an article's deals, once all its clauses are read (those with an item or a value)."""
    text = doc.text
    occasions_fill(doc, deals, told)
    _split_plural_contracts(doc, deals)
    _digest_stage(doc, deals, sectioned)
    _announced_stage(doc, deals, all_units)
    deals = split_each_priced_cases(_merge_restated(deals))
    intent_only_stage(text, deals, all_units)
    _drop_umbrella_items(deals)
    _shared_sentence_stage(doc, deals)
    _shared_sentence_dates(deals)
    deals = _fix_home_buyers(doc, deals, all_units)
    _contractors(doc, deals)
    _stage_contractors(deals)
    split_by_origin(doc, deals)
    for d in deals:
        for item in d.report.items:
            if (item.catalog_id or "").startswith("?"):  # a designator the catalog lacks: named as written
                item.catalog_id = None
                item.notes.append("not in the catalog: named as written")
    return [d.report for d in deals if d.report.items or d.report.value is not None]
