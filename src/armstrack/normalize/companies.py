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


WORD_RE = re.compile(r"[\w&]+")
_BEFORE_NAME = re.compile(r"[\w-]")


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


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[str, ...]]:
    """The names (lower-cased) by their first word, longest first as the alternation of :func:`_table` tries them: a
    text holding none of the heads as a word names no company (most clauses), and at a head only its own names can
    begin there."""
    names, _ = _table()
    out: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        if words := WORD_RE.findall(name):
            out.setdefault(words[0], []).append(name)
    return {head: tuple(group) for head, group in out.items()}


def _name_at(text: str, start: int, candidates: tuple[str, ...]) -> str | None:
    """The first name (longest first) written at ``start``, case aside, that ends a word: what the alternation of
    :func:`_table` matches there."""
    if start and _BEFORE_NAME.match(text, start - 1):
        return None
    for name in candidates:
        end = start + len(name)
        written = text[start:end]
        low = written.lower()
        if len(low) != len(written):  # a case fold that changes length: leave it to the regex
            m = _table()[1].regex.match(text, start)
            return m.group(1) if m else None
        if low == name and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return written
    return None


def find_companies(text: str) -> list[CompanyMention]:
    return list(_find_companies(text))


@lru_cache(maxsize=512)
def _find_companies(text: str) -> tuple[CompanyMention, ...]:
    names, pattern = _table()
    if not pattern.may_match(text):  # no name's letters in it at all (most clauses)
        return ()
    heads = _by_head()
    out = []
    taken = 0
    for word in WORD_RE.finditer(text):
        # a name is tried only where one can begin: at a word that is the first word of a name
        if word.start() < taken or (candidates := heads.get(word.group(0).lower())) is None \
                or (raw := _name_at(text, word.start(), candidates)) is None:
            continue
        start, end = word.start(), word.start() + len(raw)
        taken = end
        if not raw[0].isupper():
            continue
        if raw.isupper() is False and raw.lower() in ("bell", "diehl", "rafael", "hanwha") and \
                text[end:end + 1] not in ("", " ", "'", "’", "-", ",", ".", ";"):
            continue
        name = names.get(raw.lower())
        if name is None:  # "İAI": a case fold that changes length matches no company
            continue
        if re.search(r"\b(?:of|in|aus)\s+$", text[max(0, start - 6):start]) \
                and re.match(r",\s+(?!Inc\b|Ltd\b|LLC\b)[A-Z][a-z]+|\s+im\s+US-Bundesstaat\b", text[end:end + 25]):
            continue  # "Basler Turbo Conversions of Oshkosh, Wisconsin": a town, not Oshkosh Defense
        out.append(CompanyMention(start, end, raw, name))
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
