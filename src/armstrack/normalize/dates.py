"""Dates in text: absolute ("June 17, 2008", "Apr. 28, 2017", "17 June 2008", "16. September 2025",
"le 16 septembre 2025"), partial ("September 16th") and relative ("on Wednesday", "last month",
"earlier this year"), resolved against an anchor (the document's publication date) when one exists.
Without an anchor a partial or relative date resolves to ``None`` -- never to today's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # abbreviations of French and German dispatches ("17 déc 2015", "17. Dez. 2015")
    "janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "mär": 3, "okt": 10, "dez": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
            "samedi": 5, "dimanche": 6,
            "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
            "sonntag": 6}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)

MDY_PAT = rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
MDY_RE = re.compile(MDY_PAT, re.I)
DMY_RE = re.compile(rf"(?i)\b(?P<d>\d{{1,2}})(?:er|\.)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b")
ISO_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
NUMERIC_DMY_RE = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")
MD_RE = re.compile(rf"(?i)\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)")
DM_RE = re.compile(rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(?P<m>{_MONTH})\b(?!\.?,?\s+(?:19|20)\d\d)")
MONTH_ONLY_RE = re.compile(
    rf"(?i)\b(?:in|en|im|since|depuis|seit|late|early|mid|fin|début|Anfang|Ende|Mitte)[\s-]+(?P<m>{_MONTH})\b"
    rf"(?:\s+(?P<y>(?:19|20)\d\d))?")
MONTH_YEAR_RE = re.compile(rf"(?i)\b(?P<m>{_MONTH})\.?\s+(?P<y>(?:19|20)\d\d)\b")  # "- December 2023: second contract"
RELATIVE_RE = re.compile(
    # ("am Mittwochmorgen": a German weekday with its time of day)
    rf"(?i)\b(?:(?:on|last|this past|this|next)\s+)?(?P<wd>{_WEEKDAY})(?:morgen|vormittag|mittag|nachmittag|abend)?\b|"
    r"\b(?P<rel>yesterday|today|earlier (?:this|in the) (?:year|month|week)|last (?:year|month|week)|"
    r"this (?:year|month|week)|hier|aujourd'hui|gestern|heute|letzte[nm]? (?:Monat|Woche|Jahr)|"
    r"le mois dernier|l'an dernier|l'année dernière|cette année|dieses Jahr|vergangene[nm]? (?:Monat|Woche))\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str | None  # resolved ISO date, or None when the text does not fix it
    precision: str  # "day" | "month" | "year" | "none"
    relative: bool = False



# a weekday told of the week before: "Dienstag vergangener Woche", "Tuesday last week", "mardi de la semaine dernière"
LAST_WEEK_AFTER_RE = re.compile(r"(?i)\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b|"
                                r"\s+(?:der\s+)?(?:vergangene[nr]?|letzte[nr]?|vorige[nr]?)\s+Woche\b|\s+der\s+Vorwoche\b|"
                                r"\s+de\s+la\s+semaine\s+(?:dernière|passée|précédente)\b")

def _mk(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(s: str) -> str | None:
    """One absolute date string -> ISO, or None."""
    for rx in (MDY_RE, DMY_RE):
        m = rx.search(s)
        if m:
            return _mk(int(m.group("y")), MONTHS[m.group("m").lower()], int(m.group("d")))
    m = ISO_RE.search(s)
    if m:
        return _mk(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = NUMERIC_DMY_RE.search(s)  # 28.09.2023 / 28/09/2023 (day first, as in French and German)
    if m:
        return _mk(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None


# "the 11th of February of that year", "le 11 février de cette année-là", "am 11. Februar jenes Jahres"
THAT_YEAR_RE = re.compile(r"(?i)\s+(?:of\s+that\s+(?:same\s+)?year|of\s+the\s+same\s+year|that\s+same\s+year|"
                          r"de\s+cette\s+année-là|de\s+la\s+même\s+année|jenes\s+Jahres|desselben\s+Jahres)\b")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def find_dates(text: str, anchor: str | None = None) -> list[DateMention]:
    """Every date mention, absolute first; partial/relative ones resolved against ``anchor``."""
    return list(_find_dates(text, anchor))


_TOKEN_RE = re.compile(r"[^\W\d_][\w'’]*")
_MONTH_ONLY_HEADS = {"in", "en", "im", "since", "depuis", "seit", "late", "early", "mid", "fin", "début", "anfang", "ende",
                     "mitte"}
_DE_DAYTIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend")
_RELATIVE_HEADS = set(WEEKDAYS) | {d + t for d in list(WEEKDAYS)[14:] for t in _DE_DAYTIMES} | {"on", "last", "this", "next", "yesterday", "today", "earlier", "hier",
                                   "aujourd'hui", "gestern", "heute", "letzte", "letzten", "letztem", "le", "l'an",
                                   "l'année", "cette", "dieses", "vergangene", "vergangenen", "vergangenem"}


def year_of(d: DateMention) -> str | None:
    """The year a date mention fixes ("2014" for "in August 2014", whose ``iso`` stays empty), else None."""
    if d.iso:
        return d.iso[:4]
    m = re.search(r"\b(?:19|20)\d\d\b", d.text)
    return m.group(0) if m else None


def _at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``rx.finditer(text)`` tried only where a match can begin (the patterns open with a word from a
    small set, so scanning every position with their long alternations is what costs)."""
    out, end = [], -1
    for pos in starts:
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m:
            out.append(m)
            end = m.end()
    return out


@lru_cache(maxsize=64)
def _find_dates(text: str, anchor: str | None) -> tuple[DateMention, ...]:
    tokens = [(m.start(), m.group(0).lower()) for m in _TOKEN_RE.finditer(text)]
    month_at = [p for p, w in tokens if w in MONTHS]
    only_at = [p for p, w in tokens if w in _MONTH_ONLY_HEADS]
    rel_at = [p for p, w in tokens if w in _RELATIVE_HEADS or w.replace("’", "'") in _RELATIVE_HEADS]
    found = {MDY_RE: _at(MDY_RE, text, month_at), MD_RE: _at(MD_RE, text, month_at)}
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for rx in (MDY_RE, DMY_RE, ISO_RE):
        for m in (found[rx] if rx in found else rx.finditer(text)):
            if not free(m.start(), m.end()):
                continue
            mon = m.group("m")
            month = int(mon) if mon.isdigit() else MONTHS[mon.lower()]
            iso = _mk(int(m.group("y")), month, int(m.group("d")))
            if iso:
                out.append(DateMention(m.start(), m.end(), m.group(0), iso, "day"))
                taken.append((m.start(), m.end()))
    anchor_d = date.fromisoformat(anchor) if anchor else None
    for rx in (MD_RE, DM_RE):
        for m in (found[rx] if rx in found else rx.finditer(text)):
            if not free(m.start(), m.end()):
                continue
            if m.group("m").lower() in ("may", "mar", "jun", "jul", "dec", "oct", "sep", "aug", "jan", "feb", "nov",
                                        "apr") and not m.group("m")[0].isupper():
                continue
            iso = None
            that_year = THAT_YEAR_RE.match(text, m.end())
            earlier = YEAR_RE.findall(text, max(0, m.start() - 600), m.start()) if that_year else []
            if earlier:
                # "Il faut remonter à 2008. Le 11 février de cette année-là, …": the year told before
                iso = _mk(int(earlier[-1]), MONTHS[m.group("m").lower()], int(m.group("d")))
            elif anchor_d is not None:
                month, day = MONTHS[m.group("m").lower()], int(m.group("d"))
                iso = _mk(anchor_d.year, month, day)
                if iso and date.fromisoformat(iso) > anchor_d + timedelta(days=2):
                    iso = _mk(anchor_d.year - 1, month, day)  # "September 16th" before a January story
            out.append(DateMention(m.start(), m.end(), m.group(0), iso, "day" if iso else "none", True))
            taken.append((m.start(), m.end()))
    for m in _at(MONTH_ONLY_RE, text, only_at):  # "in May", "en septembre 2016": a month, not a day
        if not free(m.start(), m.end()) or (m.group("m").lower() == "may" and m.group("m")[0] == "m"):
            continue  # "it may be"
        out.append(DateMention(m.start(), m.end(), m.group(0), None, "month", True))
        taken.append((m.start(), m.end()))
    for m in _at(MONTH_YEAR_RE, text, month_at):  # a month and year without a preposition
        if not free(m.start(), m.end()) or not m.group("m")[0].isupper():
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), None, "month", True))
        taken.append((m.start(), m.end()))
    for m in _at(RELATIVE_RE, text, rel_at):
        if not free(m.start(), m.end()):
            continue
        iso, precision = None, "none"
        if anchor_d is not None:
            if m.group("wd"):
                target = WEEKDAYS[m.group("wd").lower()]
                delta = (anchor_d.weekday() - target) % 7
                if delta == 0 and (re.match(r"(?i)last|this\s+past", m.group(0))
                                   or re.search(r"(?i)\b(?:vergangene[nm]?|letzte[nm]?)\s+$", text[max(0, m.start() - 12):m.start()])
                                   or re.match(r"(?i)\s+dernier\b", text[m.end():m.end() + 9])):
                    delta = 7  # "last Friday" written on a Friday: the week before
                if LAST_WEEK_AFTER_RE.match(text, m.end()):
                    # "am Dienstag vergangener Woche", "on Tuesday last week", "mardi de la semaine dernière": that day
                    # of the week before the anchor's
                    delta = anchor_d.weekday() - target + 7
                iso, precision = (anchor_d - timedelta(days=delta)).isoformat(), "day"
            else:
                rel = m.group("rel").lower()
                if rel in ("yesterday", "hier", "gestern"):
                    iso, precision = (anchor_d - timedelta(days=1)).isoformat(), "day"
                elif rel in ("today", "aujourd'hui", "heute"):
                    iso, precision = anchor_d.isoformat(), "day"
                elif "month" in rel or "mois" in rel or "monat" in rel:
                    precision = "month"
                elif "year" in rel or "an" in rel.split() or "année" in rel or "jahr" in rel:
                    precision = "year"
                else:
                    precision = "week"
        out.append(DateMention(m.start(), m.end(), m.group(0), iso, precision, True))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return tuple(out)
