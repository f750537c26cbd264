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


# -- French and German number words ---------------------------------------------------------------
FR_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
FR_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_FR_WORD = r"(?:" + "|".join(sorted([*FR_UNITS, *FR_TENS, "cent", "cents", "mille"], key=len, reverse=True)) + r")"
# "vingt et un", "trente-six", "soixante-dix", "quatre-vingt-dix", "deux cents"
FR_NUMBER = (rf"(?:{_FR_WORD}(?:(?:[\s-]+et[\s-]+|-|\s+(?=cents?\b|mille\b)|(?<=cent)\s+|(?<=cents)\s+"
             rf"|(?<=mille)\s+){_FR_WORD})*)")
# a French number with hundreds or thousands ("six cents", "deux mille"), tried before the English words that
# would stop at its first word
FR_LARGE_NUMBER = rf"(?={_FR_WORD}(?:[\s-]+{_FR_WORD})*?[\s-]+(?:cents?|mille)\b){FR_NUMBER}"
DE_UNITS = {"ein": 1, "eine": 1, "eins": 1, "einen": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
            "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
            "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
           "achtzig": 80, "neunzig": 90}
_DE_SMALL = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_DE_TEN = "(?:" + "|".join(DE_TENS) + ")"
_DE_TEEN = "(?:" + "|".join(sorted(DE_UNITS, key=len, reverse=True)) + ")"
# "einundzwanzig", "zweihundertzwölf", "hundert", "zwölf"
DE_NUMBER = (rf"(?:(?:{_DE_SMALL}?hundert)(?:{_DE_SMALL}und{_DE_TEN}|{_DE_TEN}|{_DE_TEEN})?"
             rf"|{_DE_SMALL}und{_DE_TEN}|{_DE_TEN}|{_DE_TEEN})")
_DE_RE = re.compile(rf"(?P<h>{_DE_SMALL}?hundert)?(?:(?P<u>{_DE_SMALL})und(?P<t>{_DE_TEN})|(?P<t2>{_DE_TEN})"
                    rf"|(?P<s>{_DE_TEEN}))?")


def foreign_words_to_int(phrase: str) -> int | None:
    """French or German number words: "vingt et un" -> 21, "quatre-vingt-dix" -> 90, "einundzwanzig" -> 21,
    "zweihundertzwölf" -> 212; ``None`` when the phrase is not one."""
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    m = _DE_RE.fullmatch(p)
    if m and m.group(0):
        h = m.group("h")
        total = (DE_UNITS.get(h[:-7], 1) if h[:-7] else 1) * 100 if h else 0
        if m.group("u"):
            total += DE_UNITS[m.group("u")] + DE_TENS[m.group("t")]
        elif m.group("t2"):
            total += DE_TENS[m.group("t2")]
        elif m.group("s"):
            total += DE_UNITS[m.group("s")]
        return total or None
    tokens = [t for t in re.split(r"[\s-]+", p) if t and t != "et"]
    if not tokens:
        return None
    total, current = 0, 0
    for i, tok in enumerate(tokens):
        if tok in FR_UNITS:
            current += FR_UNITS[tok]
        elif tok in ("vingt", "vingts") and i > 0 and tokens[i - 1] == "quatre":
            current = current - 4 + 80  # "quatre-vingt(s)"
        elif tok in FR_TENS:
            current += FR_TENS[tok]
        elif tok in ("cent", "cents"):
            current = max(current, 1) * 100
        elif tok == "mille":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current or None


def count_value(written: str) -> int | None:
    """A count as written: digits with any thousands separators ("1,002", "2 056") or words in English, French or
    German ("eight", "quatre", "zwölf")."""
    if written[:1].isdigit():
        return int(re.sub(r"[^\d]", "", written))
    return words_to_int(written) or foreign_words_to_int(written)
