"""Defence manufacturers named in texts ("Lockheed Martin", "Boeing-built", "Raytheon" -> RTX), with offsets."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from armstrack.regex_gate import GatedPattern, gated


@dataclass(frozen=True)
class CompanyMention:
    start: int
    end: int
    text: str
    name: str  # canonical company name


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The first word of every name, lower-cased: a text holding none of them as a word names no company (most
    clauses), so the long alternation is not run on it."""
    names, _ = _table()
    return frozenset(words[0] for n in names if (words := WORD_RE.findall(n)))


WORD_RE = re.compile(r"[\w&]+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], GatedPattern]:
    data = json.loads((resources.files("armstrack") / "data" / "companies.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for c in data["companies"]:
        for alias in [c["name"], *c["aliases"]]:
            names[alias.lower()] = c["name"]
    alts = sorted(names, key=len, reverse=True)
    # case-sensitive on purpose: "Bell" the company, not "bell"; acronyms need their capitals
    pattern = gated(re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE))
    return names, pattern


def find_companies(text: str) -> list[CompanyMention]:
    return list(_find_companies(text))


@lru_cache(maxsize=512)
def _find_companies(text: str) -> tuple[CompanyMention, ...]:
    names, pattern = _table()
    heads = _heads()
    out = []
    taken = 0
    for word in WORD_RE.finditer(text):
        # the long alternation is tried only where a name can begin: at a word that is the first word of a name
        if word.start() < taken or word.group(0).lower() not in heads \
                or (m := pattern.match(text, word.start())) is None:
            continue
        taken = m.end()
        raw = m.group(1)
        if not raw[0].isupper():
            continue
        if raw.isupper() is False and raw.lower() in ("bell", "diehl", "rafael", "hanwha") and \
                text[m.end():m.end() + 1] not in ("", " ", "'", "’", "-", ",", ".", ";"):
            continue
        name = names.get(raw.lower())
        if name is None:  # "İAI": a case fold that changes length matches no company
            continue
        if re.search(r"\b(?:of|in|aus)\s+$", text[max(0, m.start() - 6):m.start()]) \
                and re.match(r",\s+(?!Inc\b|Ltd\b|LLC\b)[A-Z][a-z]+|\s+im\s+US-Bundesstaat\b", text[m.end():m.end() + 25]):
            continue  # "Basler Turbo Conversions of Oshkosh, Wisconsin": a town, not Oshkosh Defense
        out.append(CompanyMention(m.start(), m.end(), raw, name))
    return tuple(out)


def canonical(name: str | None) -> str | None:
    if not name:
        return None
    names, _ = _table()
    return names.get(name.lower().strip())


def full_name(written: str) -> str:
    """A company written by its acronym, with its full name: "TKMS" -> "thyssenkrupp Marine Systems (TKMS)", so a
    reader (and a record written either way) knows it; any other name as written."""
    full = canonical(written)
    if full is None or full == written or not re.fullmatch(r"[A-Z&]{2,6}", written) or " " not in full:
        return written
    return f"{full} ({written})"


@lru_cache(maxsize=1)
def _company_countries() -> dict[str, str]:
    data = json.loads((resources.files("armstrack") / "data" / "companies.json").read_text(encoding="utf-8"))
    return {str(c["name"]): str(c.get("country") or "") for c in data["companies"]}


def company_country(name: str) -> str:
    """The ISO code of a company's home country ("" when the table does not say)."""
    return _company_countries().get(name, "")


@lru_cache(maxsize=1)
def _company_groups() -> dict[str, str]:
    data = json.loads((resources.files("armstrack") / "data" / "companies.json").read_text(encoding="utf-8"))
    return {str(c["name"]): str(c["group"]) for c in data["companies"] if c.get("group")}


def company_group(name: str) -> str:
    """The company a subsidiary or former name belongs to ("ELTA Systems" -> "Israel Aerospace Industries"); the
    name itself for any other company."""
    return _company_groups().get(name, name)
