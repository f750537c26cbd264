"""Item lists: "thirty-five (35) M31A2 GMLRS unitary pods; twenty (20) M57 ... and 7 M88A1 vehicles".

Reads quantity-bearing items from a passage of an official notice (or a news sentence) and keeps
each item's character span.  Maintenance floats and spares of an item already listed are folded
into that item instead of becoming items of their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from armstrack.normalize.numbers import NUMBER_WORDS, words_to_int

# "thirty (30)", "one hundred thirty-two (132)", "thirty(30)", "( 3)", "up to forty (40)"
WORD_PAREN_RE = re.compile(
    rf"(?i)(?:\b(?P<qual>up to |over |more than |approximately |about |at least ))?"
    rf"(?:\b(?P<words>{NUMBER_WORDS})\s*)?\(\s*(?P<num>\d[\d,]*)\s*\)")
# bare digits or words at an item start: "59 M1A1 AIM tanks", "twelve MH-60R helicopters"
BARE_RE = re.compile(
    rf"(?i)(?:(?<=^)|(?<=[;:,(]\s)|(?<=[;:,(])|(?<=\band\s)|(?<=\bof\s)|(?<=\bfor\s)|(?<=\bincluding\s)|"
    rf"(?<=\bincludes\s)|(?<=\binclude\s)|(?<=\bbuy\s)|(?<=\bpurchase\s)|(?<=\bprocure\s)|(?<=\n)|"
    rf"(?<=\n\s\s\s\s)|(?<=\bsale\sof\s))"
    rf"(?P<qual>up to |over |more than |approximately |about |at least )?"
    rf"(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)|(?P<words>{NUMBER_WORDS}))(?=\s+[A-Za-z\"“(])")
STOP_AFTER_NAME = re.compile(
    r"(?i)\s+(?:to include|which|that will|that are|for use|for the|in support of the|as well as|"
    r"along with|together with)\b")
FOLD_RE = re.compile(r"(?i)\b(?:maintenance floats?|in support of|spares?|spare|float(?:s)?|"
                     r"for SRA|training assets?)\b")
NOT_ITEM_HEAD = re.compile(
    r"(?i)^(?:years?|months?|weeks?|days?|percent|per\s?cent|U\.S\.|United States|Government|"
    r"additional U\.S\.|contractor representatives?|personnel|people|times|installed|spares?(?!\s+[A-Z0-9])|of which|"
    r"kilometers?|km|miles?|nautical|meters?|hours?|rounds per|per|mm|inch(?:es)?|feet|foot|pounds?|lbs?|"
    r"tons?|kg|watts?|mhz|knots?|gal|gallons?|liters?|litres?|st|nd|rd|th)(?![A-Za-z])|^%")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9/\-]{2,}(?:\([A-Z0-9]+\))?")


@dataclass
class RawItem:
    start: int  # of the whole item (quantity included)
    end: int
    name_start: int
    name_end: int
    quantity: int | None
    qualifier: str | None
    name: str
    folded: list[str] = field(default_factory=list)


def _name_end(text: str, start: int, limit: int, next_starts: list[int]) -> int:
    """End of the item name: the next `;`, `,` or sentence end at paren depth 0, or the next item."""
    depth = 0
    i = start
    nxt = min([n for n in next_starts if n > start] + [limit])
    while i < nxt:
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ";:":
            break
        elif depth == 0 and ch == ",":
            # "(60 installed, 10 spares)" is inside parens; a comma at depth 0 ends the item
            break
        elif depth == 0 and ch == "." and (i + 1 >= len(text) or text[i + 1] in " \n") \
                and not re.search(r"(?:\b[A-Z]|U\.S|\bNo|\bInc|\bCo|\bCorp|\bLtd|\bJr|\bvs)$", text[start:i]):
            break
        elif depth == 0 and ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            break
        i += 1
    end = i
    m = STOP_AFTER_NAME.search(text, start, end)
    if m:
        end = m.start()
    # drop a trailing " and" / " or" / "with" left before the next item
    seg = text[start:end]
    trimmed = re.sub(r"(?i)[\s,]*(?:\band|\bor|\bplus|\bwith)?\s*$", "", seg)
    return start + len(trimmed)


def _strip_trailing_remark(text: str, start: int, end: int) -> int:
    """Drop a trailing "(60 installed, 10 spares)" remark from the item name."""
    seg = text[start:end]
    m = re.search(r"\s*\((?:[^()]*\b(?:installed|spares?|spare|each|per)\b[^()]*)\)?\s*$", seg)
    if m and m.start() > 0:
        return start + m.start()
    return end


def parse_items(text: str, start: int = 0, end: int | None = None) -> list[RawItem]:
    """Quantity-bearing items in ``text[start:end]`` with their spans, folded as the module says."""
    end = len(text) if end is None else end
    hits: list[tuple[int, int, int | None, str | None]] = []  # (qty_start, qty_end, qty, qualifier)
    for m in WORD_PAREN_RE.finditer(text, start, end):
        if not m.group("words") and m.start() > 0 and not (text[m.start() - 1].isspace()
                                                           or text[m.start() - 1] in ";:,"):
            continue  # "36(b)(1)": a paragraph number, not a quantity
        paren_qty = int(m.group("num").replace(",", ""))
        hits.append((m.start(), m.end(), paren_qty, (m.group("qual") or "").strip().lower() or None))
    for m in BARE_RE.finditer(text, start, end):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in hits):
            continue
        if re.search(r"[-/]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "AN/ARN-\n153": a designation broken across lines
        if m.group("num"):
            if text[m.end():m.end() + 1] in ".," or re.match(r"\d", text[m.end():m.end() + 1] or "x"):
                continue
            qty: int | None = int(m.group("num").replace(",", ""))
        else:
            qty = words_to_int(m.group("words"))
            if qty is None:
                continue
            # bare number words are common prose ("two U.S. Government representatives"):
            # they must be followed by a capitalised name or a designation
            following = text[m.end():m.end() + 40].lstrip()
            if not re.match(r"[A-Z0-9\"“]", following):
                continue
        if NOT_ITEM_HEAD.match(text[m.end():m.end() + 30].lstrip()):
            continue
        hits.append((m.start(), m.end(), qty, (m.group("qual") or "").strip().lower() or None))
    hits.sort()
    starts = [h[0] for h in hits]
    items: list[RawItem] = []
    for qs, qe, qty, qual in hits:
        ns = qe
        while ns < end and text[ns] in " \t\n":
            ns += 1
        if ns >= end:
            continue
        if NOT_ITEM_HEAD.match(text[ns:ns + 30]):
            continue
        ne = _name_end(text, ns, end, starts)
        ne = _strip_trailing_remark(text, ns, ne)
        name = re.sub(r"\s+", " ", text[ns:ne]).strip(" ,;:-(")
        if re.match(r"(?i)^[\w-]+\s+per\s", name):
            continue  # "six (6) rockets per pod": a rate inside a remark, not an item
        if len(name) < 2 or not re.search(r"[A-Za-z]", name):
            continue
        items.append(RawItem(qs, ne, ns, ne, qty, qual, name))
    return fold_items(items)


def _tokens(name: str) -> set[str]:
    toks = {t.upper() for t in _ACRONYM_RE.findall(name)}
    toks |= {w.lower() for w in re.findall(r"[A-Za-z]{5,}", name)} - {
        "systems", "system", "support", "maintenance", "floats", "float", "spares", "spare",
        "activity", "special", "repair", "assets", "training"}
    return toks


def fold_items(items: list[RawItem]) -> list[RawItem]:
    """Fold "six (6) MRFI maintenance floats" into the earlier MRFI item it belongs to."""
    out: list[RawItem] = []
    for it in items:
        if FOLD_RE.search(it.name) and out:
            toks = _tokens(FOLD_RE.sub(" ", it.name))
            best, best_score = None, 0
            for prev in out:
                score = len(toks & _tokens(prev.name))
                if score and score >= best_score:
                    best, best_score = prev, score
            if best is not None:
                best.folded.append(f"{it.quantity} {it.name}" if it.quantity is not None else it.name)
                continue
        out.append(it)
    return out
