"""How many quantity-bearing item mentions of 22 years of DSCA releases the catalog links.

Reads ``../shared/data/dsca-notifications-2004-2026.json`` (relative to the repo root) or the
path given as the first argument, finds every quantity-bearing item phrase in the records'
``description`` passages ("twenty (20) M142 ...", "59 M1A1 AIM tanks"), runs
``Catalog.match_item`` on each and prints the linked share and the most frequent unlinked names.

    .venv/bin/python benchmarks/catalog_coverage.py [PATH] [--top N] [--show-links N]

``item_phrases`` and ``measure`` are also used by ``tests/test_catalog.py`` (the coverage floor).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "dsca-notifications-2004-2026.json"

_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|"
         r"seventy|eighty|ninety|hundred|thousand)")
# "three thousand three hundred fifty ( 3,350)" / "twenty-four (24)"
_WORD_NUMBER = rf"\b{_WORD}(?:(?:\s+and\s+|[\s\-]+){_WORD})*\s*\(\s*\d[\d,\s]*\)"
# "59", "1,200" -- not part of a designator ("F-16", "T-700", "401C"), a price or a decimal
_DIGITS = r"(?<![\w$.,/\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%/\-]|[.,]\d)"
_NUMBER = re.compile(rf"(?:{_WORD_NUMBER}|{_DIGITS})", re.IGNORECASE)
# words before a number that make it part of a name, not a quantity ("Block 70", "Lot 12")
_NOT_QUANTITY_BEFORE = re.compile(
    r"\b(?:block|blk|lot|increment|inc|phase|model|mk|mod|mark|type|series|version|link|mode|level|"
    r"batch|fy|year|years|section|paragraph|article|transmittal|number|no|class|standard|tranche|"
    r"configuration|system|spiral|build|software|flight|release|option|step|group|table|gen|"
    r"generation|ver|rev|revision|part|chapter|subsection|until|since|in|through|by)\s*$",
    re.IGNORECASE)
# a unit after a number makes it a measure, not a count of articles
_UNIT_AFTER = re.compile(
    r"(?:mm|cm|caliber|calibre|inch|inches|in\.|kg|kilograms?|tons?|tonnes?|lbs?|pounds?|percent|%|"
    r"million|billion|trillion|thousand|years?|months?|days?|weeks?|hours?|minutes?|seconds?|miles?|"
    r"km|kilomet(?:er|re)s?|nautical|feet|foot|ft|meters?|metres?|degrees?|knots?|gallons?|liters?|"
    r"litres?|mhz|ghz|khz|kw|mw|watts?|kva|hp|horsepower|man|person|men|volts?|amperes?|speed|"
    r"flight\s+hours?|(?:st|nd|rd|th)\b|to\b|each\b|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE)
_PHRASE_END = re.compile(r"[;,()\[\]:]|\.\s|\.$|\band\b|\n\s*\n|$", re.IGNORECASE)
_MAX_WORDS = 12


def _paren_depth(text: str, pos: int) -> int:
    depth = 0
    for ch in text[:pos]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth


def item_phrases(text: str) -> Iterator[tuple[int, int, str]]:
    """Quantity-bearing item phrases: ``(start, end, phrase)`` of the noun phrase after a number.

    The phrase runs from after the number (and its "(N)") up to ``;`` ``,`` ``(`` ``)`` ``:``,
    " and " or the end of a sentence, at most 12 words. Numbers inside parentheses
    ("(24 installed and 3 spares)"), part of a name ("Block 70"), or followed by a unit
    ("155 mm", "$2 million", "5 years") are not quantities.
    """
    for m in _NUMBER.finditer(text):
        if _NOT_QUANTITY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _paren_depth(text, m.start()):
            continue
        digits = re.sub(r"\D", "", m.group(0))
        if re.fullmatch(r"(19|20)\d\d", m.group(0)):
            continue  # a year
        if not digits or int(digits) == 0:
            continue
        rest_start = m.end()
        while rest_start < len(text) and text[rest_start] in " \t\n":
            rest_start += 1
        if _UNIT_AFTER.match(text, rest_start):
            continue
        end_m = _PHRASE_END.search(text, rest_start)
        end = end_m.start() if end_m else len(text)
        words = list(re.finditer(r"\S+", text[rest_start:end]))
        if len(words) > _MAX_WORDS:
            end = rest_start + words[_MAX_WORDS - 1].end()
        while end > rest_start and text[end - 1] in " \t\n.":
            end -= 1
        phrase = text[rest_start:end]
        if not re.search(r"[A-Za-z]{2}", phrase):
            continue
        yield rest_start, end, phrase


@dataclass
class Coverage:
    total: int = 0
    linked: int = 0
    named: int = 0  # linked to a named system, not a generic class of article
    unlinked: Counter[str] = field(default_factory=Counter)
    links: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return self.linked / self.total if self.total else 0.0


def _clean(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).strip()


def measure(catalog: Any, records: Iterable[dict[str, Any]]) -> Coverage:
    """Run ``catalog.match_item`` over every item phrase of every record's description."""
    cov = Coverage()
    for rec in records:
        text = rec.get("description") or ""
        for _, _, phrase in item_phrases(text):
            cov.total += 1
            system = catalog.match_item(phrase)
            if system is None:
                cov.unlinked[_clean(phrase)] += 1
            else:
                cov.linked += 1
                cov.named += 0 if getattr(system, "generic", False) else 1
                cov.links[(_clean(phrase), system.id)] += 1
    return cov


def load_records(path: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        data: list[dict[str, Any]] = json.load(fh)
    return data


def main(argv: list[str] | None = None) -> int:
    from armstrack.normalize.catalog import load_catalog

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--top", type=int, default=40, help="unlinked names to list")
    ap.add_argument("--show-links", type=int, default=0, help="also list N phrase -> system links")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"no data file at {args.path}", file=sys.stderr)
        return 2
    records = load_records(args.path)
    t0 = time.perf_counter()
    catalog = load_catalog()
    t1 = time.perf_counter()
    cov = measure(catalog, records)
    t2 = time.perf_counter()
    print(f"catalog: {len(catalog)} systems (loaded in {t1 - t0:.2f} s)")
    print(f"records: {len(records)}; item mentions: {cov.total}; linked: {cov.linked}; "
          f"share: {cov.share:.4f} ({t2 - t1:.2f} s)")
    print(f"linked to a named system: {cov.named} ({cov.named / max(cov.total, 1):.4f}); "
          f"to a generic class of article: {cov.linked - cov.named}")
    print(f"top {args.top} unlinked ({sum(cov.unlinked.values())} mentions, "
          f"{len(cov.unlinked)} distinct):")
    for name, n in cov.unlinked.most_common(args.top):
        print(f"{n:5d}  {name}")
    if args.show_links:
        print(f"top {args.show_links} links:")
        for (name, sid), n in cov.links.most_common(args.show_links):
            print(f"{n:5d}  {name}  ->  {sid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
