"""Several cases announced together at one price each: "approved two possible Foreign Military Sales to Saudi
Arabia, each with an estimated value of $500 million. One is a CLSSA case; the other is blanket order training."
One deal per case, each at the price said, each with the item told for it in turn."""
from __future__ import annotations

import re
from dataclasses import replace

from armstrack.extract.clauses import Unit
from armstrack.extract.news_refs import _Deal, _move_item, _sibling
from armstrack.extract.stage import INTENT_ONLY_RE
from armstrack.model import Evidence

COUNTS = {"two": 2, "pair": 2, "deux": 2, "zwei": 2, "three": 3, "trois": 3, "drei": 3, "four": 4, "quatre": 4,
          "vier": 4}
# "two possible Foreign Military Sales", "a pair of possible sales", "deux ventes", "zwei mögliche Verkäufe"
CASES_RE = re.compile(r"(?i)\b(?:a\s+)?(?P<n>two|pair|deux|zwei|three|trois|drei|four|quatre|vier)\s+(?:of\s+)?"
                      r"(?:(?:possible|potential|separate|distinct|new|FMS|possibles|séparées|mögliche|getrennte)\s+)*"
                      r"(?:Foreign\s+Military\s+Sales|sales|cases|notifications|packages|ventes|dossiers|Verkäufe|"
                      r"Fälle|Pakete)\b")
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
        n = COUNTS[m.group("n").lower()]
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
        between = [u for u in all_units if min(told) <= u.sentence <= max(told)] if told else []
        for unit in between:
            m = INTENT_ONLY_RE.search(unit.text)
            if m is not None:
                r.stage = "other"
                r.stage_evidence = Evidence.of(doc_text, unit.start + m.start(), unit.start + m.end())
                break


# a letter of intent told with the contract that followed it: "the contract that followed the letter of intent"
CONTRACT_TOO_RE = re.compile(r"(?i)\b(?:contracts?|Vertrag|Verträge|contrats?)\b")
