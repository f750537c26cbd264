"""Numbers written in words and digits: "one hundred thirty-two", "1,750", "1,75" (European), "two dozen"."""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
    "single": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SPECIAL = {"dozen": 12, "two dozen": 24, "three dozen": 36, "four dozen": 48, "half a dozen": 6,
           "a dozen": 12, "score": 20, "a pair of": 2, "a couple of": 2, "couple of": 2}

_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|" \
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|" \
        r"eighty|ninety|hundred|thousand|million)"
# a run of number words: "one hundred thirty-two", "two hundred and eighty-four"
NUMBER_WORDS = rf"(?:{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*)"
NUMBER_WORDS_RE = re.compile(rf"(?i)\b{NUMBER_WORDS}\b")


def words_to_int(phrase: str) -> int | None:
    """``"one hundred thirty-two"`` -> 132; ``None`` when the phrase is not a number."""
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    if p in SPECIAL:
        return SPECIAL[p]
    tokens = [t for t in re.split(r"[\s-]+", p) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok in UNITS and tok not in ("a", "an", "single"):
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in ("thousand", "million"):
            total += max(current, 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(s: str) -> float | None:
    """Digits with thousands separators or a decimal point/comma: "1,750", "1.75", "1,75", "8,4"."""
    s = s.strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "").replace("'", "")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):  # European 1.750.000,5
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d{1,2}", s):  # European decimal comma "1,75"
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s)
    return None
