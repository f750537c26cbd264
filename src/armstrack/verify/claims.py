"""Claim checking: checkable statements in a text, compared with the cited reference catalog.

Claims read: ranges ("capable of striking targets up to 300 miles away"), acronym expansions
("ERAM (Extended Range Multiple Warhead)"), roles ("designed for anti-ship and anti-aircraft
operations"), what a system is ("HIMARS radar systems") and "Congress approved" for a U.S. sale.
Verdicts are ``supported``, ``contradicted`` or ``unverifiable``; units are converted before
comparing, and a fact the catalog does not hold is never flagged -- it is ``unverifiable``.
"""
from __future__ import annotations

import re

from armstrack.extract.sentences import sentence_spans
from armstrack.model import Claim, DealReport, Document, Evidence
from armstrack.normalize.catalog import Catalog, System, load_catalog

KM_PER = {"km": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0,
          "miles": 1.609344, "mile": 1.609344, "mi": 1.609344, "nautical miles": 1.852, "nm": 1.852,
          "kilomètres": 1.0, "kilometern": 1.0, "meilen": 1.609344}
RANGE_TOLERANCE = 0.15
RANGE_RE = re.compile(
    r"(?i)(?:range|reach|strik\w*|hit\w*|engage\w*|fly|travel\w*|portée|Reichweite)[^.;]{0,60}?"
    r"(?:(?P<lo>\d[\d,.]*)\s*(?:and|to|-|–)\s*)?(?P<num>\d[\d,.]*)\s*(?P<unit>nautical miles|kilomet(?:er|re)s?|"
    r"kilomètres|kilometern|km|miles?|mi|nm|meilen)\b")
ROLE_TERMS = {
    "anti-ship": "anti-ship", "antiship": "anti-ship", "anti-aircraft": "anti-aircraft",
    "antiaircraft": "anti-aircraft", "air defense": "anti-aircraft", "air defence": "anti-aircraft",
    "surface-to-air": "anti-aircraft", "air-to-air": "air-to-air", "anti-tank": "anti-armor",
    "anti-armor": "anti-armor", "anti-armour": "anti-armor", "anti-submarine": "anti-submarine",
    "air-to-surface": "air-to-surface", "air-to-ground": "air-to-surface", "surface-to-surface":
    "surface-to-surface", "ground attack": "air-to-surface", "anti-radiation": "anti-radiation",
}
ROLE_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(t) for t in sorted(ROLE_TERMS, key=len, reverse=True))
                     + r")\b")
# roles implied by one another (a surface-attack munition is not anti-aircraft)
ROLE_COMPATIBLE = {
    "anti-aircraft": {"anti-aircraft", "air-to-air", "surface-to-air", "air defense", "air defence"},
    "air-to-air": {"air-to-air", "anti-aircraft"},
    "anti-ship": {"anti-ship", "maritime strike", "anti-surface warfare"},
    "anti-armor": {"anti-armor", "anti-tank", "anti-armour"},
    "anti-submarine": {"anti-submarine", "anti-submarine warfare", "asw"},
    "air-to-surface": {"air-to-surface", "air-to-ground", "surface attack", "ground attack", "strike"},
    "surface-to-surface": {"surface-to-surface", "surface attack", "strike", "precision strike"},
    "anti-radiation": {"anti-radiation", "suppression of enemy air defenses"},
}
TYPE_WORDS = {"radar": "sensor", "radars": "sensor", "sensor": "sensor", "jets": "aircraft", "jet": "aircraft",
              "fighters": "aircraft", "fighter": "aircraft", "helicopters": "aircraft", "helicopter": "aircraft",
              "tanks": "vehicle", "tank": "vehicle", "ships": "ship", "frigates": "ship", "submarines": "ship",
              "drones": "aircraft", "missiles": "munition", "missile": "munition", "rockets": "munition",
              "torpedoes": "munition", "bombs": "munition", "howitzers": "launcher", "launchers": "launcher"}
CATALOG_TYPE_CLASS = {"radar": "sensor", "sensor": "sensor", "aircraft": "aircraft", "helicopter": "aircraft",
                      "uav": "aircraft", "drone": "aircraft", "vehicle": "vehicle", "tank": "vehicle",
                      "ship": "ship", "submarine": "ship", "missile": "munition", "rocket": "munition",
                      "munition": "munition", "torpedo": "munition", "bomb": "munition", "launcher": "launcher",
                      "gun": "launcher", "howitzer": "launcher", "artillery": "launcher"}
CONGRESS_RE = re.compile(r"(?i)\bCongress\s+(?:has\s+)?(?:approved|signed off on|authori[sz]ed|cleared|green-?lit)")


def _norm(s: str) -> str:
    s = re.sub(r"(?i)\b(\w+?)s\b", r"\1", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)


def _fact(system: System, cat: Catalog, key: str) -> tuple[System, object] | None:
    """A fact of the system or, failing that, of its nearest ancestor that has it."""
    for s in [system] + cat.ancestors(system.id):
        if key in s.facts:
            return s, s.facts[key]
    return None


def _source_text(cat: Catalog, source_id: str) -> str:
    src = cat.source(source_id)
    return f"{src.get('title', source_id)}" + (f" <{src['url']}>" if src.get("url") else "")


def _range_claims(text: str, spans: list[tuple[int, int]], cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    prev_systems: list[tuple[int, int, System]] = []
    for s, e in spans:
        sent = text[s:e]
        systems = cat.find_in(sent)
        for m in RANGE_RE.finditer(sent):
            cands = systems or prev_systems
            if not cands:
                continue
            which = re.search(r"(?i),?\s+(?:which|that)\b[^,]*$", sent[:m.start()])
            if which and systems:
                near = [x for x in systems if x[1] <= which.start() and which.start() - x[1] < 80]
                group = near[-3:] if near else [systems[0]]
            else:
                before = [x for x in cands if x[0] < m.start()] if systems else cands
                with_range = [x for x in before if _fact(x[2], cat, "max_range") is not None]
                group = with_range[:1] or [cands[0]]
            ranged: list[tuple[tuple[int, int, System], tuple[System, object]]] = []
            for x in group:
                hit = _fact(x[2], cat, "max_range")
                if hit is not None:
                    ranged.append((x, hit))
            if not ranged:
                continue
            (a, b, system), (owner, fact) = max(ranged, key=lambda t: _km(t[1][1]) or 0)
            ref_km = _km(fact)
            unit = m.group("unit").lower()
            try:
                stated = float(m.group("num").replace(",", ""))
            except ValueError:
                continue
            stated_km = stated * KM_PER.get(unit, KM_PER.get(unit.rstrip("s"), 1.0))
            if ref_km is None:
                continue
            if abs(stated_km - ref_km) <= RANGE_TOLERANCE * ref_km:
                verdict = "supported"
            elif stated_km > ref_km:
                verdict = "contradicted"
            else:
                verdict = "unverifiable"  # a shorter figure may describe another munition or mode
            f_unit = getattr(fact, "unit", "km") or "km"
            ref = (f"{system.name}: maximum range about {getattr(fact, 'value')} {f_unit} "
                   f"(≈{ref_km / 1.609344:.0f} mi); stated {stated:g} {unit} ≈ {stated_km:.0f} km")
            ev_s = s + min(m.start(), a) if which else s + m.start()
            out.append(Claim(system.name, "range", f"{m.group('num')} {m.group('unit')}",
                             Evidence.of(text, ev_s, s + m.end()), verdict, ref,
                             _source_text(cat, getattr(fact, "source"))))
        if systems:
            prev_systems = systems
    return out


def _km(fact: object) -> float | None:
    value, unit = getattr(fact, "value", None), (getattr(fact, "unit", None) or "km").lower()
    if not isinstance(value, (int, float)):
        return None
    return float(value) * KM_PER.get(unit, 1.0)


def _expansion_claims(text: str, cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    # "ERAM (Extended Range Multiple Warhead)"
    for m in re.finditer(r"\b(?P<acr>[A-Z][A-Z0-9-]{2,})\s+\((?P<exp>[A-Z][A-Za-z-]+(?:\s+[A-Za-z-]+){1,7})\)", text):
        acr, exp = m.group("acr"), m.group("exp")
        if exp[0].upper() != acr[0]:
            continue
        out += _check_expansion(cat, acr, exp, Evidence.of(text, m.start(), m.end()), strict=True)
    # "Advanced Medium-Range Air-to-Air Missiles (AMRAAM)"
    for m in re.finditer(r"\((?P<acr>[A-Z][A-Z0-9-]{2,})\)", text):
        acr = m.group("acr")
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[A-Za-z][\w-]*", before)[-10:]
        if not words:
            continue
        out += _check_expansion(cat, acr, " ".join(words), Evidence.of(text, m.start(), m.end()), strict=False,
                                prefix_text=before)
    return out


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", phrase) if w and w[0].isalpha()).upper()


def _check_expansion(cat: Catalog, acr: str, stated: str, ev: Evidence, *, strict: bool,
                     prefix_text: str = "") -> list[Claim]:
    system = cat.lookup(acr)
    if system is None:
        return []
    hit = _fact(system, cat, "expansion")
    if hit is None:
        return []
    owner, fact = hit
    ref = str(getattr(fact, "value"))
    n_ref = _norm(ref)
    if strict:
        ok = _norm(stated) == n_ref or n_ref in _norm(stated) or _norm(stated) in n_ref
        claimed = stated
    else:
        ok = _norm(prefix_text).endswith(n_ref)
        if ok:
            claimed = ref
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
    verdict = "supported" if ok else "contradicted"
    return [Claim(system.name, "name", claimed, ev, verdict, f"{acr} stands for {ref}",
                  _source_text(cat, getattr(fact, "source")))]


def _role_claims(text: str, spans: list[tuple[int, int]], cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    prev: list[tuple[int, int, System]] = []
    for s, e in spans:
        sent = text[s:e]
        systems = cat.find_in(sent)
        cue = re.search(r"(?i)\b(?:designed for|built for|intended for|used for|capable of|meant for|"
                        r"described as|conçus? pour|ausgelegt für)\b", sent)
        if cue:
            roles = [(m.start(), m.end(), ROLE_TERMS[m.group(1).lower()]) for m in ROLE_RE.finditer(sent, cue.end())]
            cands = [x for x in systems if x[0] < cue.start()] or systems or prev
            if roles and cands:
                a, b, system = cands[-1]
                hit = _fact(system, cat, "roles")
                if hit is not None:
                    owner, fact = hit
                    known = {str(v).lower() for v in (getattr(fact, "value") or [])}
                    bad = [r for _, _, r in roles if not (ROLE_COMPATIBLE.get(r, {r}) & known)]
                    stated = " and ".join(dict.fromkeys(r for _, _, r in roles))
                    ev = Evidence.of(text, s + cue.start(), s + roles[-1][1])
                    out.append(Claim(system.name, "role", stated, ev, "contradicted" if bad else "supported",
                                     f"{system.name} roles: {', '.join(sorted(known))}",
                                     _source_text(cat, getattr(fact, "source"))))
        if systems:
            prev = systems
    return out


def _type_claims(text: str, cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    for a, b, system in cat.find_in(text):
        m = re.match(r"\s+(\w+)", text[b:b + 20])
        if not m or m.group(1).lower() not in TYPE_WORDS:
            continue
        stated = TYPE_WORDS[m.group(1).lower()]
        actual = CATALOG_TYPE_CLASS.get((system.type or "").lower())
        if actual is None:
            continue
        # "HIMARS rockets" is common shorthand for the launcher's munitions: not flagged
        if {stated, actual} <= {"munition", "launcher"}:
            continue
        verdict = "supported" if stated == actual else "contradicted"
        out.append(Claim(system.name, "type", m.group(1), Evidence.of(text, a, b + m.end()), verdict,
                         f"{system.name} is a {system.type}" + (f" ({system.role})" if system.role else ""),
                         "armstrack catalog"))
    return out


def _congress_claims(text: str, reports: list[DealReport], cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    if not any(r.seller and r.seller.code == "USA" for r in reports):
        return out
    for m in CONGRESS_RE.finditer(text):
        subject = next((i.system for r in reports for i in r.items), "the sale")
        out.append(Claim(subject, "stage", m.group(0), Evidence.of(text, m.start(), m.end()), "contradicted",
                         "Congress does not approve Foreign Military Sales: it is notified and may block a sale by "
                         "joint resolution within the review period (AECA §36(b), 22 U.S.C. 2776(b))",
                         "22 U.S.C. 2776(b)"))
    return out


class _Specific:
    """The catalog seen through named systems only: generic classes ("missile", "ship") carry no facts."""

    def __init__(self, cat: Catalog, document_text: str) -> None:
        self.cat = cat
        self.text = document_text
        self.hits = [x for x in cat.find_in(document_text) if not x[2].generic]  # once per document

    def __getattr__(self, name: str) -> object:
        return getattr(self.cat, name)

    def find_in(self, text: str) -> list[tuple[int, int, System]]:
        at = self.text.find(text) if text else -1
        if at < 0:
            return [x for x in self.cat.find_in(text) if not x[2].generic]
        end = at + len(text)
        return [(a - at, b - at, sysm) for a, b, sysm in self.hits if at <= a and b <= end]


def check_claims(doc: Document, reports: list[DealReport]) -> list[Claim]:
    """Every checkable claim in the document with its verdict."""
    cat: Catalog = _Specific(load_catalog(), doc.text)  # type: ignore[assignment]
    text = doc.text
    spans = sentence_spans(text)
    claims = _range_claims(text, spans, cat) + _expansion_claims(text, cat) + _role_claims(text, spans, cat)
    claims += _type_claims(text, cat) + _congress_claims(text, reports, cat)
    claims.sort(key=lambda c: c.evidence.start)
    return claims
