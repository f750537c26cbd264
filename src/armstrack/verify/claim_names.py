"""Claims about names: what an acronym stands for ("ERAM (Extended Range Multiple Warhead)", "JDAM, short for
...", "ASW (anti-surface warfare)"), read against the catalog's sourced expansions or, for acronyms that
are no system, against the spellings of the DSCA releases (``glossary.json``)."""
from __future__ import annotations

import difflib
import functools
import json
import os
import re

from armstrack.model import Claim, Evidence
from armstrack.normalize.catalog import Catalog
from armstrack.regex_gate import gated
from armstrack.verify.claim_common import source_text as _source_text


def _norm(s: str) -> str:
    s = re.sub(r"(?i)\b(\w+?)s\b", r"\1", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)

SHORT_FOR_RE = gated(re.compile(
    r"\b(?P<acr>[A-Z][A-Za-z0-9-]*[A-Z0-9](?:\s+[A-Z][A-Z0-9-]+)?)(?:\s+[a-z][\w-]*){0,4}\s*(?:[,(–—]|\s-)?\s*"
    r"(?:which\s+)?"
    r"(?:short\s+for|stands\s+for|is\s+short\s+for|an?\s+acronym\s+for|abréviation\s+de|kurz\s+für|steht\s+für|"
    r"signifie|veut\s+dire|bedeutet)"
    # ("IRIS-T, which stands for Infra-Red Imaging System – Targeting, …": a dash within the expansion)
    r"\s+(?:the\s+)?[\"“«„]?\s*(?P<exp>[^,.;:()\"“”«»„–—]{3,90}?(?:\s+[–—]\s+[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,3})?)"
    r"(?=\s*[,.;:()\"“”«»„–—]|\s+-\s|"
    r"\s+(?:is|are|was|were|which|that|est|ist)\b)"))


# "die CTOL-Variante der F-35 - die Abkürzung steht für „Carrier Take-Off and Landing"": the acronym named before
ABBREVIATION_TOLD_RE = gated(re.compile(
    r"\b(?P<acr>[A-Z]{3,6})(?:-[A-Za-zäöüé]+)?\b[^.;:]{0,80}?\b(?:die\s+Abkürzung|the\s+(?:acronym|abbreviation)|"
    r"l['’](?:acronyme|abréviation)|le\s+sigle)\s+(?:steht\s+für|stands\s+for|signifie|veut\s+dire|bedeutet)\s+"
    r"[„\"“«]?\s*(?P<exp>[A-Z][^\"“”„«».;,()]{3,80}?)\s*[“”\"»]"))


QUOTED_APPOSITIVE_RE = re.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9-]{2,}),\s+(?:das|der|die|the|le|la|l['’])\s*[„“\"«]\s*(?P<exp>[A-Z][^\"“”„«»]{4,80}?)\s*[“”\"»]")


# "The JASSM-ER, the Joint Air-to-Surface Standoff Missile-Extended Range, would ...": a capitalised appositive
APPOSITIVE_RE = re.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,4})?),\s+(?:the|le|la|l['’]|das|der|die)\s*"
    r"(?P<exp>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|to|de|du|des|d['’]\w+|für|und)){1,9})(?=\s*[,;.(])")


# "APKWS — the Advanced Precision Kill Weapon System — …", "Le SAMP/T – sol-air moyenne portée – …": set off by dashes
DASH_APPOSITIVE_RE = re.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,4})?)\s+[–—]\s+(?:the\s+|le\s+|la\s+|l['’]|das\s+|der\s+|die\s+)?"
    r"(?P<exp>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|to|de|du|des|für|und)){1,9})(?=\s*[–—,;.])")


OR_APPOSITIVE_RE = re.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,4})?),\s+(?:or|ou|oder|the|le|la|l['’]|die|der|das)\s*"
    r"(?P<exp>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|to|de|du|des|für|und)){1,9})(?=\s*[,;.(])")


# "Le JASSM-ER - pour « Joint Air-to-Surface Standoff Missile - Extended Range » -", "LTAMDS, for "Lower ...""
FOR_QUOTED_RE = re.compile(
    r"\b(?P<acr>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,4})?)\s*[-–—,(]\s*(?:pour|for|für|soit|d\.\s*h\.|"
    # "JASSM-ER, acronyme de « … »" ("short for", "kurz für", "abréviation de": EXPANSION_RE)
    r"(?:un\s+|l['’])?(?:acronyme|sigle)\s+(?:de|d['’]))\s*"
    r"[«\"“„]\s*(?P<exp>[A-Z][^»\"”“]{4,90}?)\s*[»\"”“]")


KNOWN_AS_ACRONYM_RE = re.compile(r"(?:\(|,\s+(?:(?:better|also|commonly)\s+)?known\s+as\s+(?:the\s+)?|,\s+(?:mieux\s+)?"
                                 r"connue?s?\s+sous\s+le\s+(?:nom|sigle)\s+d['’e]\s*|,\s+(?:besser\s+)?bekannt\s+als\s+)"
                                 r"(?P<acr>[A-Z][A-Z0-9-]{2,})(?:\)|(?=[\s,.;:]))")


def _expansion_claims(text: str, cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    # "ERAM (Extended Range Multiple Warhead)"
    for m in re.finditer(r"\b(?P<acr>[A-Z][A-Z0-9-]{2,})s?\s+\((?:(?:ausgeschrieben|d\.\s?h\.|i\.e\.|soit|en\s+clair)"
                         r"\s*:?\s*)?(?P<exp>[A-Za-z][A-Za-z-]+(?:\s+[A-Za-z-]+){1,7})\)", text):
        acr, exp = m.group("acr"), m.group("exp")
        if exp[0].upper() != acr[0]:
            continue
        if exp[0].islower() and (re.match(r"(?i)(?:a|an|and|also|as|at|about|around|armed|each|every)\b", exp)
                                 or _initials(exp)[:2] != acr.replace("-", "")[:2].upper()):
            continue  # "(remote exercise torpedo)" spells one out in lower case; "(armed with ...)" does not
        out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    # "IBCS, das „Integrated Battle Command System“ der US-Armee": a quoted spelling in an appositive
    for m in QUOTED_APPOSITIVE_RE.finditer(text):
        acr, exp = m.group("acr"), m.group("exp").strip()
        if exp[0].upper() == acr[0].upper():
            out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    for m in FOR_QUOTED_RE.finditer(text):
        acr, exp = m.group("acr"), m.group("exp").strip()
        if exp[0].upper() == acr[0].upper():
            out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    for m in [*APPOSITIVE_RE.finditer(text), *DASH_APPOSITIVE_RE.finditer(text)]:
        acr, exp = m.group("acr"), m.group("exp").strip()
        if exp[0].upper() == acr[0].upper() and _fits(acr, exp):
            out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    # "the EDA, or Emergency Defense Assistance, program", "HIMARS, or High Mobility Artillery Rocket System,"
    for m in OR_APPOSITIVE_RE.finditer(text):
        acr, exp = m.group("acr"), m.group("exp").strip()
        if exp[0].upper() != acr[0].upper() or not _fits(acr, exp):
            continue
        ev = Evidence.of(text, m.start(), m.end())
        found = _check_expansion(cat, acr, exp, ev, strict=True)
        named = cat.lookup(acr)
        out += found or (_check_term(acr, exp, ev) if named is None or named.generic else [])
    for m in ABBREVIATION_TOLD_RE.finditer(text):
        acr, exp = m.group("acr"), m.group("exp").strip()
        if exp[0].upper() == acr[0] and _fits(acr, exp):
            ev = Evidence.of(text, m.start(), m.end())
            named = cat.lookup(acr)
            out += _check_expansion(cat, acr, exp, ev, strict=True) or (
                _check_term(acr, exp, ev) if named is None or named.generic else [])
    # "JDAM, short for Joint Direct Attack Munition", "PAC-3 MSE (which stands for ...)"
    for m in SHORT_FOR_RE.finditer(text):
        acr, exp = m.group("acr"), m.group("exp").strip()
        if cat.lookup(acr) is None and " " in acr:
            acr = acr.split()[-1]
        if exp and exp[0].upper() == acr[0].upper():
            out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    # "Advanced Medium-Range Air-to-Air Missiles (AMRAAM)", "the Advanced Precision Kill Weapon System, better known
    # as APKWS"
    for m in KNOWN_AS_ACRONYM_RE.finditer(text):
        acr = m.group("acr")
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[A-Za-z][\w-]*", before)[-10:]
        if not words:
            continue
        found = _check_expansion(cat, acr, " ".join(words), Evidence.of(text, m.start(), m.end()), strict=False,
                                 prefix_text=before)
        named = cat.lookup(acr)
        term = _glossary().get(acr) if not found and (named is None or named.generic) else None
        if term is not None:
            # "under an earlier Foreign Military Support (FMS) case": the words before, as many as the release's
            # spelling has, when they spell the acronym
            # (or fewer or more words, every one initialled: "a Letter of Authorization (LOA)")
            n = len(re.findall(r"[A-Za-z]+", str(term["expansions"][0])))  # type: ignore[index]
            for k in dict.fromkeys([n, *range(2, n + 3)]):
                said = words[-k:]
                if len(said) == k and _fits(acr, " ".join(said)) \
                        and _initials(" ".join(said)) == re.sub(r"[^A-Z]", "", acr):
                    a = m.start() - len(before) + before.rfind(said[0])
                    found = _check_term(acr, " ".join(said), Evidence.of(text, a, m.end()))
                    break
        out += found
    unique: dict[tuple[str, int, int], Claim] = {}  # one claim for one statement, whichever patterns read it
    for c in out:
        unique.setdefault((c.subject, c.evidence.start, c.evidence.end), c)
    return list(unique.values())


@functools.lru_cache(maxsize=1)
def _glossary() -> dict[str, dict[str, object]]:
    from importlib.resources import files

    data = json.loads((files("armstrack") / "data" / "glossary.json").read_text(encoding="utf-8"))
    return dict(data["terms"])


def _check_term(acr: str, stated: str, ev: Evidence) -> list[Claim]:
    """An acronym that is no system ("ASW (anti-surface warfare)") read against the spellings the DSCA
    releases give.  Another meaning altogether ("SAR (search and rescue)") is not an error: a contradiction
    needs the same shape -- the same number of words, some of them shared -- with a word wrong."""
    term = _glossary().get(acr)
    if term is None or not _fits(acr, stated):
        return []
    refs = [str(x) for x in term["expansions"]]  # type: ignore[attr-defined]
    ref_text = " / ".join(refs)
    source = f"DSCA release spelling {acr} out: {term['source']}"
    if any(_same_words(stated, r) or _same_words(_content(stated), _content(r)) for r in refs):
        # ("Multi Role Tanker Transport" for the Multi-Role Tanker and Transport: a small word left out)
        return [Claim(acr, "name", stated, ev, "supported", f"{acr}: {ref_text}", source)]
    mine = [w.lower() for w in re.findall(r"[A-Za-z]+", stated)]
    if not any((len(theirs := [w.lower() for w in re.findall(r"[A-Za-z]+", r)]) == len(mine) and set(mine) & set(theirs))
               # "Letter of Authorization" for the Letter of Offer and Acceptance: the same opening, a word wrong
               or (theirs[:1] == mine[:1] and len(set(mine) & set(theirs)) >= 2) for r in refs):
        return []
    return [Claim(acr, "name", stated, ev, "contradicted", f"{acr} stands for {ref_text}", source)]


def _content(phrase: str) -> str:
    """The phrase without its small words ("and", "of", "the", "for" and their French and German kin)."""
    return " ".join(w for w in re.findall(r"[A-Za-z0-9]+", phrase)
                    if w.lower() not in {"and", "of", "the", "for", "et", "de", "du", "des", "und", "der", "die", "das"})


def _same_words(a: str, b: str) -> bool:
    """The same words but for spelling, inflection and hyphens: "Advance Precision Kill Weapon Systems"."""
    wa = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", a)]
    wb = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", b)]
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        common = len(os.path.commonprefix([x, y]))
        if not (x == y or common >= 4 or common >= min(len(x), len(y)) >= 3
                or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8):
            return False
    return True


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", phrase) if w and w[0].isalpha()).upper()


def _fits(acr: str, expansion: str) -> bool:
    """Whether an acronym can be read off an expansion: each letter starts a word or comes later in the word of
    the letter before it, in order, and words may be skipped ("NASAMS", "HIMARS", "PrSM", "JSOW"); a trailing
    "-ER", "-I" or "-3" may be left out ("AARGM-ER", "SDB-I", "PAC-3")."""
    words = [w.upper() for w in re.split(r"[^A-Za-z]+", expansion) if w]

    def read(letters: str) -> bool:
        def go(i: int, w: int, k: int) -> bool:
            if i == len(letters):
                return True
            if any(words[w][j] == letters[i] and go(i + 1, w, j) for j in range(k + 1, len(words[w]))):
                return True  # a later letter of the same word: "LAIRCM" (AIRcraft), "JSOW" (StandOff)
            return any(words[v][0] == letters[i] and go(i + 1, v, 0) for v in range(w + 1, len(words)))
        return bool(letters and words) and words[0][0] == letters[0] and go(1, 0, 0)

    whole = re.sub(r"[^A-Z]", "", acr.upper())
    head = re.sub(r"[^A-Z]", "", re.sub(r"-[A-Za-z0-9]{1,3}$", "", acr).upper())
    return read(whole) or (head != whole and read(head))


def _check_expansion(cat: Catalog, acr: str, stated: str, ev: Evidence, *, strict: bool,
                     prefix_text: str = "") -> list[Claim]:
    system = cat.lookup(acr)
    if system is None or system.generic:  # "AESA" names a class of radar, not one system
        return _check_term(acr, stated, ev) if strict else []
    # an acronym's expansion is its own: "SLTA" does not stand for what its parent "LAIRCM" stands for
    fact = system.facts.get("expansion")
    if fact is None:
        return []
    values = getattr(fact, "value")
    # the expansions this acronym can stand for: "AARGM" is not read against HARM's "High-Speed Anti-Radiation Missile"
    every = [str(v) for v in (values if isinstance(values, list) else [values])]
    refs = [v for v in every if _fits(acr, v)]
    if not refs:
        # an expansion that spells none of the system's names ("Longbow Fire Control Radar") is read as it is
        if any(_fits(n, v) for n in system.names for v in every if re.fullmatch(r"[A-Z][A-Za-z0-9/-]{1,12}", n)):
            return []
        refs = every
    if strict:
        claimed = stated
    else:
        match = next((r for r in refs if _norm(prefix_text).endswith(_norm(r))), None)
        if match is not None:
            claimed = match
        else:
            # a contradiction only when the words before the acronym spell it out differently
            words = re.findall(r"[A-Za-z][\w-]*", prefix_text)
            claimed = ""
            for k in range(2, min(8, len(words)) + 1):
                cand = " ".join(words[-k:])
                if _initials(cand) == re.sub(r"[^A-Z]", "", acr.upper()) and cand[0].isupper():
                    claimed = cand
                    break
            if not claimed:
                return []
    n_claimed = _norm(claimed)
    ok = False
    for ref in refs:
        n_ref = _norm(ref)
        # "PAC-3 Missile Segment Enhancement" may be spelt "Patriot Advanced Capability-3 Missile Segment ..."
        tail = re.sub(r"^(?:[A-Z0-9][A-Z0-9-]*\s+)+", "", ref)
        ok = ok or (n_claimed == n_ref or n_ref in n_claimed or (strict and n_claimed in n_ref)
                    or (tail != ref and len(tail.split()) >= 2 and n_claimed.endswith(_norm(tail)))
                    or _same_words(claimed, ref))
    # "Small Diameter Bomb-Increment (SDB-I)", or an alias of the system ("Integrated Battle Command System")
    ok = ok or cat.lookup(claimed) == system or (not strict and any(n_claimed in _norm(r) for r in refs))
    if not ok and (any(_same_words(claimed, r) for r in refs) or re.search(r"\b[A-Z]{2,}\b", claimed)):
        return []  # a spelling variant ("Joint Directed Attack Munition") or a nested acronym ("GPS/INS")
    verdict = "supported" if ok else "contradicted"
    # the claim is about the acronym as written: "JDAM stands for ..."
    named = acr if acr == system.name else f"{acr} ({system.name})"
    ref_text = " or ".join(refs)
    return [Claim(acr, "name", claimed, ev, verdict, f"{named} stands for {ref_text}",
                  _source_text(cat, getattr(fact, "source")))]
