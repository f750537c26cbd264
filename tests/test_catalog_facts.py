"""The sourced facts of the reference catalog: sources, ranges, acronym expansions, and no false flags on DSCA texts.

These tests look at the merged catalog (``catalog.json`` plus ``catalog_world.json``) that the claim
checker reads. They guard the two ways a fact can hurt a reader: a fact that cites nothing, and a
fact that makes a true statement look false (a range too short, an expansion that spells another
acronym, a role list too narrow). The last test runs the checker over the item passages of the
U.S. arms-sale notifications, official texts taken as accurate: no claim in them may be flagged.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from armstrack.normalize.catalog import Catalog, catalog_text, load_catalog
from armstrack.verify.claims import KM_PER

REPO = Path(__file__).resolve().parent.parent
DSCA_FILE = REPO.parent / "shared" / "data" / "dsca-notifications-2004-2026.json"
WORLD_FILE = REPO / "src" / "armstrack" / "data" / "catalog_world.json"


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


def _raw_files() -> list[tuple[str, dict[str, Any]]]:
    return [("catalog.json", json.loads(catalog_text())),
            ("catalog_world.json", json.loads(WORLD_FILE.read_text(encoding="utf-8")))]


# --- sources ----------------------------------------------------------------------------------

def test_every_fact_cites_a_listed_source(cat: Catalog) -> None:
    missing = [(s.id, key, f.source) for s in cat for key, f in s.facts.items() if f.source not in cat.sources]
    assert not missing


def test_every_fact_source_is_listed_in_its_own_file() -> None:
    """Each data file carries the sources its facts cite, so either file can be read on its own."""
    for name, data in _raw_files():
        sources = data["sources"]
        missing = [(s["id"], key, f.get("source")) for s in data["systems"]
                   for key, f in (s.get("facts") or {}).items() if f.get("source") not in sources]
        assert not missing, name


def test_cited_sources_have_a_title_and_a_web_address(cat: Catalog) -> None:
    cited = {f.source for s in cat for f in s.facts.values()}
    for sid in cited:
        src = cat.source(sid)
        assert src.get("title"), sid
        assert re.match(r"https?://\S+$", src.get("url", "")), sid


def test_every_fact_has_a_value(cat: Catalog) -> None:
    empty = [(s.id, key) for s in cat for key, f in s.facts.items() if f.value in (None, "", [])]
    assert not empty


# --- ranges and roles -------------------------------------------------------------------------

def test_max_range_has_a_unit_the_checker_converts_and_a_positive_value(cat: Catalog) -> None:
    for s in cat:
        f = s.facts.get("max_range")
        if f is None:
            continue
        assert isinstance(f.value, (int, float)) and not isinstance(f.value, bool), s.id
        assert f.value > 0, s.id
        # "m" or "ft" would be read as kilometres by the range check: only units it converts
        assert f.unit is not None and f.unit.lower() in KM_PER, (s.id, f.unit)


def test_min_range_is_below_max_range(cat: Catalog) -> None:
    for s in cat:
        lo, hi = s.facts.get("min_range"), s.facts.get("max_range")
        if lo is None or hi is None:
            continue
        lo_km = float(lo.value) * KM_PER[(lo.unit or "km").lower()]  # type: ignore[arg-type]
        hi_km = float(hi.value) * KM_PER[(hi.unit or "km").lower()]  # type: ignore[arg-type]
        assert 0 < lo_km < hi_km, s.id


def test_roles_are_lists_of_words(cat: Catalog) -> None:
    for s in cat:
        f = s.facts.get("roles")
        if f is not None:
            assert isinstance(f.value, list) and f.value, s.id
            assert all(isinstance(v, str) and v == v.strip() and v for v in f.value), s.id


# --- expansions -------------------------------------------------------------------------------

# Words an acronym may leave out or take a letter from: articles, prepositions, conjunctions (en, fr, de).
FUNCTION_WORDS = {"a", "an", "and", "as", "at", "by", "d", "de", "del", "des", "di", "du", "en", "et", "for", "from",
                  "in", "l", "la", "le", "les", "of", "on", "or", "the", "to", "un", "une", "und", "with", "fur",
                  "der", "die", "das"}
# Official long forms that hold a nested qualifier the acronym leaves out.
NESTED_QUALIFIER = {
    "ibcs": "Integrated Air and Missile Defense (IAMD) Battle Command System: IBCS drops 'Air and Missile Defense'",
    "eagle-m": "Embedded GPS/INS (EGI) with M-code: the M-code qualifier follows the EGI letters",
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()


def _acronym_letters(acronym: str) -> set[str]:
    """The capital letters an acronym spells, with and without an optional tail ('-ER', '-3', ' II', '/T')."""
    whole = re.sub(r"[^A-Z]", "", _fold(acronym))
    out = {whole}
    m = re.match(r"^(.*?)(?:[-/ ]+(?:[A-Z]{1,3}|[IVX]+|\d+[A-Z]?)|\d+[A-Z]?)$", acronym.strip())
    if m and m.group(1):
        out.add(re.sub(r"[^A-Z]", "", _fold(m.group(1))))
    return {x for x in out if len(x) >= 2}


def _acronyms(names: tuple[str, ...]) -> set[str]:
    """Runs of one to three words of the system's names that can be acronyms ("HIMARS", "PAC-3 MSE", "Taurus")."""
    out: set[str] = set()
    for n in names:
        toks = n.split()
        for a in range(len(toks)):
            for b in range(a + 1, min(len(toks), a + 3) + 1):
                cand = " ".join(toks[a:b])
                if re.search(r"[A-Z]{2}|[A-Z][a-z][A-Z]", cand):
                    out.add(cand)
            if re.fullmatch(r"[A-Z][a-z]{2,7}", toks[a]):  # a word-like acronym written as a name: "Taurus"
                out.add(toks[a].upper())
    return out


def _words(expansion: str) -> list[list[str]]:
    """The whitespace words of an expansion, each as its hyphen/slash/apostrophe parts, capital letters only."""
    words: list[list[str]] = []
    for w in expansion.split():
        parts = [re.sub(r"[^A-Z0-9]", "", _fold(p)) for p in re.split(r"[-/'’‐–]", w)]
        parts = [p for p in parts if p]
        while len(parts) > 1 and parts[0].lower() in FUNCTION_WORDS and len(parts[0]) <= 2:
            words.append([parts.pop(0)])  # "d'un", "d'ARtillerie": the elided article is a word of its own
        if parts:
            words.append(parts)
    return words


def spells(letters: str, expansion: str, skips: int = 1) -> bool:
    """Whether ``expansion`` spells ``letters``: each content word gives its initial, in order; a function word,
    a number, a later part of a hyphenated word or a later letter of a word may give the next letter too
    ("HIgh Mobility ARtillery Rocket System", "Air-to-Air"); ``skips`` content words may be passed over
    (an official backronym such as TAURUS's "... and Dispenser Robotic ...")."""
    words = _words(expansion)

    def go(i: int, k: int, skips_left: int) -> bool:
        if i == len(words):
            return k == len(letters)
        parts = words[i]
        first = parts[0]
        optional = (len(parts) == 1 and first.lower() in FUNCTION_WORDS) or first.isdigit()
        if optional and go(i + 1, k, skips_left):
            return True
        if first.isdigit():
            return False
        if skips_left and not optional and go(i + 1, k, skips_left - 1):
            return True
        if k >= len(letters) or first[0] != letters[k]:
            return False
        later = [(p, j) for p in range(len(parts)) for j in range(len(parts[p])) if (p, j) != (0, 0)]

        def more(n: int, k2: int) -> bool:
            if go(i + 1, k2, skips_left):
                return True
            return any(k2 < len(letters) and parts[p][j] == letters[k2] and more(m + 1, k2 + 1)
                       for m, (p, j) in enumerate(later) if m >= n)
        return more(0, k + 1)

    return bool(letters) and go(0, 0, skips)


def test_spells_examples() -> None:
    assert spells("HIMARS", "High Mobility Artillery Rocket System")
    assert spells("AMRAAM", "Advanced Medium Range Air-to-Air Missile")
    assert spells("PATRIOT", "Phased Array Tracking Radar to Intercept on Target")
    assert spells("CAESAR", "CAmion Equipé d’un Système d’ARtillerie")
    assert spells("MATV", "MRAP All-Terrain Vehicle")
    assert not spells("JDAM", "Joint Direct Attack Missile Kit", skips=0)
    assert not spells("NSM", "Norwegian Strike Missile System", skips=0)
    assert spells("ATACMS", "Army Tactical Missile System")
    assert not spells("SAASM", "Secure Anti-Spoofing Module", skips=0)
    assert not spells("HAWK", "Homing All the Way Killer Missile", skips=0)


def test_every_expansion_spells_an_acronym_of_its_system(cat: Catalog) -> None:
    bad = []
    for s in cat:
        f = s.facts.get("expansion")
        if f is None or s.id in NESTED_QUALIFIER:
            continue
        values = f.value if isinstance(f.value, list) else [f.value]
        letters = {x for a in _acronyms(s.names) for x in _acronym_letters(a)}
        for v in values:
            assert isinstance(v, str) and v.strip(), s.id
            if not any(spells(x, v) for x in letters):
                bad.append((s.id, v))
    assert not bad


def test_nested_qualifier_exceptions_still_exist(cat: Catalog) -> None:
    for sid in NESTED_QUALIFIER:
        system = cat.get(sid)
        assert system is not None and "expansion" in system.facts, sid


# --- no false flags on official texts ---------------------------------------------------------

@pytest.mark.skipif(not DSCA_FILE.exists(), reason="../shared/data/dsca-notifications-2004-2026.json is not available")
def test_no_claim_in_dsca_item_passages_is_contradicted() -> None:
    """The item passages of the DSCA notifications are official and taken as accurate: a fact that
    makes one of their statements look false (an expansion they spell otherwise, a role list too
    narrow, a range too short) is itself wrong or incomplete."""
    from armstrack.extract import extract_text
    records = json.loads(DSCA_FILE.read_text(encoding="utf-8"))
    flagged = []
    for r in records:
        desc = r.get("description")
        if not desc:
            continue
        for c in extract_text(desc).claims:
            if c.verdict == "contradicted":
                flagged.append((r.get("transmittal"), c.subject, c.attribute, c.evidence.text))
    assert not flagged
