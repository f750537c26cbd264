"""Countries and organisations: exact lookup of a name, and every mention of a party in a text.

The data lives in ``armstrack/data/countries.json`` (all ISO 3166-1 countries, Kosovo, and the
organisations that buy arms: NATO, NSPA, NATO Airlift Management, EU, OCCAR, African Union).

* :func:`lookup` resolves a whole string ("the Netherlands", "Government of the Republic of Korea",
  "TECRO", "l'OTAN") to a :class:`Country`.
* :func:`find_parties` finds every mention in running text with exact character offsets, longest
  match first, never overlapping, on word boundaries.  Matching runs over a length-preserving case
  fold of the text, so ``text[m.start:m.end] == m.text`` always holds, whatever the script.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast

import ahocorasick


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3, "XKX" for Kosovo, or the organisation's code ("NATO", "EU", ...)
    alpha2: str | None
    name: str
    kind: str  # "country" | "organisation"


@dataclass(frozen=True)
class PartyMention:
    start: int
    end: int
    text: str
    code: str
    how: str  # "name" | "demonym" | "capital" | "organisation"


@dataclass(frozen=True)
class _Alias:
    text: str  # surface form, as written in the data
    code: str | None  # None for a blocker phrase ("New Mexico", "Latin America")
    how: str
    ambiguous: bool
    rank: int  # lower wins when two aliases fold to the same key


_HOW_RANK = {"organisation": 0, "name": 0, "demonym": 2, "capital": 4, "blocker": 0}
_ARTICLES = ("the ", "le ", "la ", "les ", "l'", "des ", "du ", "de ", "d'", "au ", "aux ",
             "die ", "der ", "den ", "dem ", "das ")
_LOOKUP_PREFIXES = ("government of the ", "government of ", "gouvernement de la ", "gouvernement des ",
                    "gouvernement du ", "gouvernement de l'", "gouvernement de ", "gouvernement d'",
                    "regierung der ", "regierung von ", "regierung des ") + _ARTICLES
_FOLD_MAP = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u00a0": " ", "\u202f": " ",
             "\n": " ", "\r": " ", "\t": " ", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"}
_NO_FOLLOW = "$€£¥₩₹"


_FOLD_TABLE = str.maketrans(_FOLD_MAP)


def _fold(text: str) -> str:
    """Lower-case char by char, keeping any char whose lower case would change the length."""
    mapped = text.translate(_FOLD_TABLE)
    low = mapped.lower()
    if len(low) == len(mapped):  # fast path: no character changes length when lower-cased
        return low
    out = []
    for ch in mapped:
        low_ch = ch.lower()
        out.append(low_ch if len(low_ch) == 1 else ch)
    return "".join(out)


def _norm(name: str) -> str:
    """Normalisation for whole-string lookup: no accents, case, articles, punctuation."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _fold(s).casefold().strip().strip(" .,;:")
    s = re.sub(r"\s+", " ", s)
    changed = True
    while changed:
        changed = False
        for prefix in _LOOKUP_PREFIXES:
            if s.startswith(prefix) and len(s) > len(prefix):
                s = s[len(prefix):].lstrip()
                changed = True
    s = s.replace("&", " and ")
    s = re.sub(r"[-/]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _strip_article(alias: str) -> str:
    for art in _ARTICLES:
        if alias.startswith(art) and len(alias) > len(art) + 1:
            return alias[len(art):]
    return alias


class _Data:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.records: dict[str, Country] = {}
        self.by_alpha2: dict[str, str] = {}
        self.aliases: list[_Alias] = []
        self.lookup_index: dict[str, _Alias] = {}
        self.lookup_conflicts: dict[str, set[str]] = {}
        entries = cast(list[dict[str, Any]], raw["countries"]) + cast(list[dict[str, Any]], raw["organisations"])
        for e in entries:
            code = str(e["code"])
            kind = str(e["kind"])
            self.records[code] = Country(code, e.get("alpha2"), str(e["name"]), kind)
            if e.get("alpha2"):
                self.by_alpha2.setdefault(str(e["alpha2"]).upper(), code)
            ambiguous = set(cast(list[str], e.get("ambiguous_aliases", [])))
            curated = 0 if (e.get("curated") or kind == "organisation") else 1
            name_how = "organisation" if kind == "organisation" else "name"
            for group in ("names", "fr", "de"):
                for alias in cast(list[str], e.get(group, [])):
                    self._add(alias, code, name_how, alias in ambiguous, curated)
            for alias in cast(list[str], e.get("demonyms", [])):
                self._add(alias, code, "demonym", alias in ambiguous, curated)
            for cap in cast(list[dict[str, Any]], e.get("capitals", [])):
                self._add(str(cap["name"]), code, "capital", bool(cap.get("ambiguous")), curated)
        for phrase in cast(list[str], raw.get("blockers", [])):
            self.aliases.append(_Alias(phrase, None, "blocker", False, 0))
        ctx = cast(dict[str, list[str]], raw["us_context"])
        self.state_homonyms = frozenset(ctx["state_homonyms"])
        self.other_states = frozenset(s for s in ctx["states"] if s not in self.state_homonyms)
        alts = sorted(ctx["states"] + ctx["canadian_provinces"] + ctx["abbreviations"], key=len, reverse=True)
        codes = ctx["postal_codes"] + ctx["canadian_postal_codes"]
        self.follow_re = re.compile(r",\s*(" + "|".join(re.escape(a) for a in alts) + r"|(?:"
                                    + "|".join(codes) + r")(?![A-Za-z]))(?![a-z])")
        self.other_state_re = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(
            self.other_states, key=len, reverse=True)) + r")\b|,\s*(?:" + "|".join(
            c for c in ctx["postal_codes"] if c not in ("GA", "WA")) + r")\b")

    def _add(self, alias: str, code: str, how: str, ambiguous: bool, curated: int) -> None:
        alias = alias.strip()
        if not alias:
            return
        rank = _HOW_RANK[how] + curated + (1 if ambiguous else 0)
        a = _Alias(alias, code, how, ambiguous, rank)
        self.aliases.append(a)
        key = _norm(alias)
        if not key:
            return
        old = self.lookup_index.get(key)
        if old is not None and old.code != code and old.how != "capital" and how != "capital":
            self.lookup_conflicts.setdefault(key, {str(old.code)}).add(code)
        if old is None or a.rank < old.rank:
            self.lookup_index[key] = a


@lru_cache(maxsize=1)
def _data() -> _Data:
    path = resources.files("armstrack").joinpath("data").joinpath("countries.json")
    with path.open("r", encoding="utf-8") as fh:
        return _Data(json.load(fh))


@lru_cache(maxsize=2)
def _automaton(include_ambiguous: bool) -> Any:
    data = _data()
    keyed: dict[str, list[_Alias]] = {}
    names_by_code: dict[str | None, set[str]] = {}
    for a in data.aliases:
        names_by_code.setdefault(a.code, set()).add(a.text)
    for a in data.aliases:
        if a.ambiguous and not include_ambiguous:
            continue
        surface = _strip_article(a.text)
        if surface.startswith("The ") and surface[4:] in names_by_code.get(a.code, set()):
            continue
        if len(surface) < 2:
            continue
        keyed.setdefault(_fold(surface), []).append(_Alias(surface, a.code, a.how, a.ambiguous, a.rank))
    auto = ahocorasick.Automaton()
    for key, entries in keyed.items():
        entries.sort(key=lambda x: x.rank)
        auto.add_word(key, (len(key), tuple(entries)))
    auto.make_automaton()
    return auto


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _case_ok(alias: str, text: str, start: int) -> bool:
    """Every capital letter of the alias must be a capital in the text (so "turkey" is not Turkey)."""
    for i, ch in enumerate(alias):
        if ch.isupper() and not text[start + i].isupper():
            return False
    return True


# country names that are also given names: "Malte Schirrmacher" is a reporter, not Malta ("Malte" in French)
GIVEN_NAME_HOMONYMS = {"Malte", "Chad"}
SURNAME_AFTER_RE = re.compile(r"\s+(?!(?:Air|Armed|Army|Navy|Government|Republic|et|und)\b)[A-Z][a-zà-ÿ]+\b")


# "the Singapore Airshow", "Dubai Airshow", "Paris Air Show": a trade show named after its host, not a party
EVENT_AFTER_RE = re.compile(r"(?:\s+International)?\s+(?:Air\s?show|Air\s+Show|Defen[cs]e\s+(?:Show|Exhibition|Expo)|"
                            r"Defen[cs]e\s+and\s+Security\s+(?:Show|Exhibition|Expo)|Maritime\s+(?:Show|Expo))\b",
                            re.IGNORECASE)


def _drop_for_context(m: PartyMention, text: str, kept_ends: set[int], data: _Data) -> bool:
    if m.text in GIVEN_NAME_HOMONYMS and SURNAME_AFTER_RE.match(text, m.end):
        return True
    if EVENT_AFTER_RE.match(text, m.end):
        return True
    follow = data.follow_re.match(text, m.end)
    if follow:
        state = follow.group(1)
        # "Lebanon, Pennsylvania", "London, Ontario", "Athens, Georgia": a North American town.
        # "Ukraine, Georgia and Moldova" is a list of countries: keep names before a homonym state.
        if state not in data.state_homonyms:
            return True
        home = data.lookup_index.get(_norm(state))
        if m.how == "capital" and (home is None or home.code != m.code):
            return True  # "Athens, Georgia"; but "Tbilisi, Georgia" is the country
    if m.text in data.state_homonyms:
        base = max(0, m.start - 80)
        town = re.search(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*),\s*$", text[base:m.start])
        if town and base + town.end(1) not in kept_ends:
            return True  # "Marietta, Georgia": the preceding town is not itself a party
        if m.text == "Georgia":
            window = text[max(0, m.start - 80):m.end + 80]
            if data.other_state_re.search(window):
                return True  # "plants in Georgia and Texas"
    return False


def _designator(alias: str, text: str, start: int, end: int) -> bool:
    """An acronym inside an equipment designator: "AN/PRC-158" is a radio, "US-2" an aircraft."""
    if len(alias) > 5 or " " in alias or not alias.replace(".", "").isupper():
        return False
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isdigit():
        return True
    return text[:start].rstrip().endswith("/")


def find_parties(text: str, *, include_ambiguous: bool = False) -> list[PartyMention]:
    """Every party mention in ``text`` (countries and organisations), in text order."""
    data = _data()
    folded = _fold(text)
    n = len(text)
    cands: list[tuple[int, int, _Alias]] = []
    for end_idx, (klen, entries) in _automaton(include_ambiguous).iter(folded):
        start, end = end_idx - klen + 1, end_idx + 1
        if start > 0 and _is_word_char(text[start - 1]):
            continue
        if end < n and (_is_word_char(text[end]) or text[end] in _NO_FOLLOW):
            continue
        for a in entries:
            if _case_ok(a.text, text, start) and not _designator(a.text, text, start, end):
                cands.append((start, end, a))
                break
    cands.sort(key=lambda c: (c[0] - c[1], c[0], c[2].rank))
    occupied = bytearray(n)
    chosen: list[tuple[int, int, _Alias]] = []
    for start, end, a in cands:
        if occupied.find(1, start, end) != -1:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, a))
    chosen.sort(key=lambda c: c[0])
    mentions = [PartyMention(s, e, text[s:e], str(a.code), a.how) for s, e, a in chosen if a.code is not None]
    kept_ends = {m.end for m in mentions}
    return [m for m in mentions if not _drop_for_context(m, text, kept_ends, data)]


def lookup(name: str) -> Country | None:
    """Exact match of a whole string on any name, alias, demonym or capital (case, accents,
    punctuation, a leading article and "Government of (the)" do not matter)."""
    data = _data()
    key = _norm(name)
    hit = data.lookup_index.get(key)
    if hit is None and "(" in name:
        hit = data.lookup_index.get(_norm(re.sub(r"\s*\([^)]*\)\s*", " ", name)))
    return data.records[str(hit.code)] if hit is not None and hit.code is not None else None


def resolve(name: str) -> Country | None:
    """:func:`lookup`, else the single party named inside a noisy string ("Iraq F", "Qatar- Rim")."""
    hit = lookup(name)
    if hit is not None:
        return hit
    codes = {m.code for m in find_parties(name) if m.how in ("name", "organisation")}
    return _data().records[codes.pop()] if len(codes) == 1 else None


def by_code(code: str) -> Country | None:
    """The record for an alpha-3 / organisation code or an alpha-2 code (any case)."""
    data = _data()
    c = code.strip().upper()
    rec = data.records.get(c)
    if rec is None and c in data.by_alpha2:
        rec = data.records[data.by_alpha2[c]]
    return rec


def name_of(code: str) -> str:
    """Display name for a code ("KOR" -> "South Korea"); KeyError for an unknown code."""
    rec = by_code(code)
    if rec is None:
        raise KeyError(f"unknown country or organisation code: {code!r}")
    return rec.name


def all_parties() -> list[Country]:
    """Every country and organisation in the data file."""
    return list(_data().records.values())


@lru_cache(maxsize=1024)
def origin_codes(origin: str) -> tuple[str, ...]:
    """Codes of a catalog ``origin`` field: "Norway/USA" -> ("NOR", "USA"); unknown parts are dropped."""
    out: list[str] = []
    for part in re.split(r"[/;,]", origin or ""):
        part = part.strip()
        hit = lookup(part) if part else None
        code = hit.code if hit else (part if re.fullmatch(r"[A-Z]{3}", part) else None)
        if code and code not in out:
            out.append(code)
    return tuple(out)
