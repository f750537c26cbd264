"""Claim checking: checkable statements in a text, compared with the cited reference catalog.

Claims read here: ranges ("capable of striking targets up to 300 miles away", "a 1,600-mile range"),
acronym expansions ("ERAM (Extended Range Multiple Warhead)", "JDAM, short for ..."; an expansion is read
only against an acronym it can spell, and a system may have several official ones), roles ("designed for
anti-ship and anti-aircraft operations", "the LMM is a ballistic missile interceptor", "the anti-tank
Stinger", "JASSM air-to-air missiles"), what a system is ("HIMARS radar systems"), "Congress approved" for a U.S. sale, and one amount told in two currencies. The
rules of :mod:`armstrack.verify.claim_rules` add engines, first flight, service entry, top speed,
guidance, mobility, take-off, arms and makers.
Verdicts are ``supported``, ``contradicted`` or ``unverifiable``; units are converted before
comparing, and a fact the catalog does not hold is never flagged -- it is ``unverifiable``.
"""
from __future__ import annotations

import functools
import re

from armstrack.extract.news_patterns import EARLY_VERSION_RE, WRONGLY
from armstrack.extract.sentences import sentence_spans
from armstrack.model import Claim, DealReport, Document, Evidence
from armstrack.normalize.catalog import Catalog, System, load_catalog
from armstrack.normalize.countries import find_parties
from armstrack.normalize.money import find_money
from armstrack.normalize.numbers import foreign_words_to_int, words_to_int
from armstrack.regex_gate import gated
from armstrack.verify.claim_common import bind_subject, deal_subject
from armstrack.verify.claim_common import source_text as _source_text
from armstrack.verify.claim_names import _expansion_claims
from armstrack.verify.claim_rules import attribute_claims
from armstrack.verify.claim_subjects import subject_as_written

KM_PER = {"km": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0,
          "miles": 1.609344, "mile": 1.609344, "mi": 1.609344, "nautical miles": 1.852, "nm": 1.852,
          "kilomètres": 1.0, "kilometern": 1.0, "meilen": 1.609344, "m": 0.001, "milles": 1.609344,
          "milles nautiques": 1.852, "seemeilen": 1.852,
          "meters": 0.001, "metres": 0.001, "meter": 0.001, "metre": 0.001, "mètres": 0.001, "ft": 0.0003048,
          "feet": 0.0003048}
RANGE_TOLERANCE = 0.15
FLOOR_MARGIN = 0.03  # "more than X" beyond the reference by more than rounding is false
MORE_THAN_RE = re.compile(r"(?i)\b(?:more\s+than|over|in\s+excess\s+of|beyond|plus\s+de|au-delà\s+de|mehr\s+als|über)\s+$")
_RANGE_UNIT = (r"(?P<unit>nautical miles|milles nautiques|kilomet(?:er|re)s?|kilomètres|kilometern|km|miles?|milles|mi|"
               r"nm|seemeilen|meilen)\b"
               r"(?!\s*/\s*h|\s*(?:an|per|à\s+l'|pro)\s*(?:hour|heure|Stunde)|ph)")
# a figure in words ("bis zu zehn Kilometern"); "one", "un", "ein" are left out: they are mostly articles
_RANGE_WORDS = (r"\b(?:three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
                r"eighty|ninety|a\s+hundred|one\s+hundred|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|"
                r"trente|quarante|cinquante|soixante|cent|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|"
                r"zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|einhundert)")
RANGE_RE = gated(re.compile(
    r"(?i)(?:range|reach|strik\w*|hit\w*|engage\w*|fly|travel\w*|fir(?:e|es|ing)\s+(?:up\s+to|out\s+to|as\s+far)|shoot\w*"
    r"|portée|Reichweite|frapp\w*|atteind\w*|atteint|Entfernung|trifft|treffen|reicht|fliegt|fliegen|Ziele|bekämpf\w*"
    r"|targets?|cibles?)[^.;]{0,60}?"
    r"(?:(?P<lo>\d[\d,.]*)\s*(?:and|to|-|–)\s*)?(?P<num>\d[\d,.]*|" + _RANGE_WORDS + r")\s*" + _RANGE_UNIT))
# the figure before the word: "a 300-mile range", "its 1,600 km reach", "the 300-kilometre-range ATACMS"
RANGE_SUFFIX_RE = gated(re.compile(r"(?i)(?<![\d,.])(?P<num>\d[\d,.]*)[\s-]*" + _RANGE_UNIT + r"[\s-]+(?:strike[\s-]+)?(?:range|reach)\b"))
ROLE_TERMS = {
    "anti-ship": "anti-ship", "antiship": "anti-ship", "anti-aircraft": "anti-aircraft",
    "antiaircraft": "anti-aircraft", "air defense": "anti-aircraft", "air defence": "anti-aircraft",
    "surface-to-air": "anti-aircraft", "air-to-air": "air-to-air", "anti-tank": "anti-armor",
    "anti-armor": "anti-armor", "anti-armour": "anti-armor", "anti-submarine": "anti-submarine",
    "air-to-surface": "air-to-surface", "air-to-ground": "air-to-surface", "surface-to-surface":
    "surface-to-surface", "ground attack": "air-to-surface", "anti-radiation": "anti-radiation",
    "ground-to-air": "anti-aircraft", "anti-air": "anti-aircraft", "air-to-ship": "anti-ship",
    "ship-to-ship": "anti-ship", "surface-to-ship": "anti-ship", "sol-air": "anti-aircraft", "air-air": "air-to-air",
    "air-sol": "air-to-surface", "antichar": "anti-armor", "antichars": "anti-armor", "antinavire": "anti-ship",
    "antinavires": "anti-ship", "anti-navire": "anti-ship", "anti-navires": "anti-ship", "Luft-Luft": "air-to-air",
    "Boden-Luft": "anti-aircraft", "Luft-Boden": "air-to-surface", "Flugabwehr": "anti-aircraft",
    "Panzerabwehr": "anti-armor", "Seezielflugkörper": "anti-ship", "Schiffsabwehr": "anti-ship",
    "anti-aérien": "anti-aircraft", "anti-aérienne": "anti-aircraft", "antiaérien": "anti-aircraft",
    "antiaérienne": "anti-aircraft", "anti-sous-marin": "anti-submarine", "anti-sous-marine": "anti-submarine",
    "sol-sol": "surface-to-surface", "mer-mer": "anti-ship", "air-mer": "anti-ship",
    "ballistic missile interceptor": "anti-ballistic-missile", "ballistic-missile interceptor":
    "anti-ballistic-missile", "anti-ballistic": "anti-ballistic-missile", "missile defence interceptor":
    "anti-ballistic-missile", "missile defense interceptor": "anti-ballistic-missile",
}
ROLE_TERMS = {k.lower(): v for k, v in ROLE_TERMS.items()}
ROLE_RE = gated(re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(ROLE_TERMS, key=len, reverse=True))
                     + r")(?![\w-]*(?:capable|capability|role|mission|version|variant|mode|kit|upgrade))(?=[\s-]|\b)"))
# roles implied by one another (a surface-attack munition is not anti-aircraft)
ROLE_COMPATIBLE = {
    # an air defence system may be built against ballistic missiles only (THAAD, Arrow 3): still "air defence"
    "anti-aircraft": {"anti-aircraft", "air-to-air", "surface-to-air", "air defense", "air defence", "anti-ballistic-missile"},
    "air-to-air": {"air-to-air", "anti-aircraft"},
    "anti-ship": {"anti-ship", "maritime strike", "anti-surface warfare", "surface-to-surface"},
    "anti-armor": {"anti-armor", "anti-tank", "anti-armour"},
    "anti-submarine": {"anti-submarine", "anti-submarine warfare", "asw"},
    "air-to-surface": {"air-to-surface", "air-to-ground", "surface attack", "ground attack", "strike"},
    "surface-to-surface": {"surface-to-surface", "surface attack", "strike", "precision strike"},
    "anti-radiation": {"anti-radiation", "suppression of enemy air defenses"},
    "anti-ballistic-missile": {"anti-ballistic-missile", "ballistic missile defence", "ballistic missile defense"},
}
# the role vocabulary: a catalog role list outside it ("attack helicopter") is a description, not a checklist
ROLE_VOCABULARY = set(ROLE_COMPATIBLE) | {v for vs in ROLE_COMPATIBLE.values() for v in vs}
ROLE_HEAD_RE = re.compile(r"(?i)^[\s-]*(?:[\w-]+\s+)?(?:missiles?|interceptors?|weapons?|systems?|rockets?|munitions?|"
                          r"missiles?|Lenkflugkörper\w*|Flugkörper\w*|Raketen?|Lenkwaffen?|batter(?:y|ies))\b")
# what a statement of role can be about: munitions and the systems that fire them, not the platforms that carry them
ROLE_SUBJECT_TYPES = {"missile", "rocket", "munition", "sam system", "bmd system", "loitering munition", "torpedo", "bomb"}
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
PLATFORM_TYPES = {"aircraft", "helicopter", "uav", "launcher", "ship", "submarine", "vehicle", "tank", "howitzer",
                  "sam system"}
CONGRESS_RE = gated(re.compile(
    # ("Congress on Wednesday approved a possible sale")
    r"(?i)\bCongress\s+(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+week)\s+)?"
    r"(?:(?:has|had|having|formally|then|now|already|also|quickly)\s+){0,2}"
    r"(?:approved|approving|cleared|clearing|okayed|authori[sz]ed|greenlit|green-lit|voted\s+(?:to\s+approve|for)|signed\s+off\s+on|"
    r"gave\s+(?:its\s+)?(?:approval|green\s+light|go-ahead)\s+to)\s+"
    # "Congress approved on Friday a possible sale"
    r"(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+(?:week|month))"
    r"\s+)?"
    r"(?:the\s+|this\s+|that\s+|both\s+|these\s+|all\s+|a\s+)?"
    # "the possible fighter sale", "the $18.8 billion F-15IA sale", "the Israeli jet package"
    r"(?:(?:possible|proposed|potential|two|arms|weapons?|fighter|jet|aircraft|helicopter|tank|missile|"
    r"\$[\d.,]+\s*(?:billion|million|bn|m)|[A-Z0-9][\w/-]*[0-9][\w/-]*|"
    r"(?-i:[A-Z][a-z]+i|[A-Z][a-z]+ese|[A-Z][a-z]+an))\s+){0,3}"
    # "Congress approved the weapons side of the package"
    r"(?:(?:side|part|portion|half|element)s?\s+of\s+the\s+)?"
    r"(?:sales?|arms\s+deals?|deals?|packages?|"
    r"transfers?|purchases?)\b"
    r"|\b(?:sales?|deals?|packages?)\b,?\s+which\s+(?:the\s+)?(?:U\.?S\.?\s+)?Congress\s+(?:has\s+|had\s+)?approved\b"
    # "The State Department signed off on the Foreign Military Sale and Congress approved it on Thursday"
    r"|\bCongress\s+(?:has\s+|had\s+|then\s+|also\s+)?(?:approved|cleared|okayed)\s+(?:it|them)\b"
    r"|\bsales?\b[^.;]{0,60}?\s+(?:was|were|has\s+been|have\s+been)\s+approved\s+by\s+"
    r"(?:the\s+)?(?:U\.?S\.?\s+)?Congress\b"
    r"|\ble\s+Congrès\s+(?:américain\s+|des\s+États-Unis\s+)?(?:a|avait)\s+"
    # "Le Congrès américain a d'ailleurs approuvé la vente dès vendredi"
    r"(?:(?:déjà|officiellement|formellement|bien|d['’]ailleurs|aussi|également|ensuite|alors|lui-même|en\s+outre)\s+){0,2}"
    r"(?:approuvé|autorisé|validé|entériné)\s+"
    r"(?:(?:dès\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|déjà|officiellement|formellement)"
    r"(?:\s+(?:dernier|passé))?\s+)?"  # "a approuvé vendredi dernier la vente"
    r"(?:la\s+|les\s+|cette\s+|ces\s+|le\s+|l['’]|un\s+|une\s+)"
    r"(?:vente|ventes|contrat|transaction|commande|opération|accord|cession|achat|paquet|ensemble)s?\b|\bapprouvée?s?\s+par\s+le\s+Congrès\b"
    # "les trois ventes, que le Congrès américain a approuvées vendredi"
    r"|\b(?:que|qu['’])\s*le\s+Congrès\s+(?:américain\s+|des\s+États-Unis\s+)?a\s+(?:(?:déjà|bien)\s+)?approuvée?s?\b"
    # ("Der US-Kongress hatte im Juni den Verkauf … genehmigt")
    r"|\b(?:der\s+)?(?:US-)?Kongress\s+(?:hat|habe|hatte)\s+(?:(?:am\s+\w+|im\s+\w+|Anfang\s+\w+|Mitte\s+\w+|Ende\s+\w+|"
    r"gestern|heute|bereits|schon|nun|jetzt)\s+){0,2}"
    r"(?:den|das|die|dem)\s+(?:(?!nicht\b|kein)[\w.,-]+\s+){0,14}?"
    r"(?:genehmigt|gebilligt|zugestimmt)|\bvom\s+(?:US-)?Kongress\s+(?:genehmigt|gebilligt)"
    # "Beide Pakete hatte der US-Kongress damals förmlich gebilligt": the object first
    r"|\b(?:Pakete?|Verk[äa]uf\w*|Geschäfte?|Rüstungsgeschäfte?)\s+(?:hatte|hat|haben|hatten)\s+der\s+(?:US-)?Kongress\s+"
    r"(?:(?!nicht\b|kein)[\w.-]+\s+){0,4}?(?:genehmigt|gebilligt)"))
CONGRESS_WORD_RE = re.compile(r"(?i)\b(?:Congress|Congrès|Kongress)\b")  # "the Congress of Colombia": another one
# statements that every sale needs a vote of Congress
CONGRESS_VOTE_RE = re.compile(
    r"(?i)\b(?:vote|votes|approval)\s+(?:in|of|by)\s+both\s+(?:houses|chambers)\s+of\s+Congress\b"
    r"|\bCongress\s+(?:must|has\s+to|needs\s+to)\s+(?:approve|vote\s+on)\b")
FMS_RE = gated(re.compile(r"(?i)\bForeign\s+Military\s+Sales?\b|\bFMS\b|\barms\s+sales?\b"))


LONGER_VARIANT_RE = re.compile(r"(?i)\bER\b|extended[\s-]range|long[\s-]range|Block\s*(?:II|2|IIA|V)\b")


def _fact(system: System, cat: Catalog, key: str) -> tuple[System, object] | None:
    """A fact of the system or, failing that, of its nearest ancestor that has it.  A range is not passed
    down to a variant built to reach further ("AARGM-ER", "Block IIA"), nor within a family whose
    variants have ranges of their own: the family's figure would not be the variant's."""
    for s in [system] + cat.ancestors(system.id):
        if key in s.facts:
            if key == "max_range" and s is not system and (
                    any(LONGER_VARIANT_RE.search(n) for n in system.names)
                    or any("max_range" in c.facts for c in cat.children(s.id))):
                return None
            return s, s.facts[key]
    return None


PRONOUN_LEAD_RE = re.compile(r"\s*(?:It|Its|This|Elle|Il|Sa|Son|Sie|Er|Es|Ihre?|Seine?)\b")
CLAUSE_CUT_RE = re.compile(r"(?i);\s+|,\s+(?:and|but|while|whereas|et|mais|tandis\s+que|und|aber|während)\s+")


def _range_claims(text: str, spans: list[tuple[int, int]], cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    prev_systems: list[tuple[int, int, System]] = []
    for s, e in spans:
        sent = text[s:e]
        systems = [x for x in cat.find_in(sent) if not x[2].generic]  # "interceptors" names no system
        found = list(RANGE_RE.finditer(sent))
        found += [m for m in RANGE_SUFFIX_RE.finditer(sent)
                  if not any(f.start("num") <= m.start("num") < f.end() for f in found)]
        for m in found:
            cands = systems or prev_systems
            if not cands:
                continue
            which = re.search(r"(?i),?\s+(?:which|that)\b[^,;]*$", sent[:m.start()])
            if which and systems:
                near = [x for x in systems if x[1] <= which.start() and which.start() - x[1] < 80]
                # "HIMARS, which can fire PrSM missiles to 500 km": the munition named in the clause counts too
                inside = [x for x in systems if which.start() <= x[0] and x[1] <= m.start("num")]
                group = (near[-3:] if near else [systems[0]]) + inside
            elif systems:
                # the subject, the first system named before the figure; past it only when it is a platform
                # ("the Apache, armed with Hellfire missiles, can strike ..."): "JAGM, which replaces the
                # Hellfire, has a range of 16 km" is not read as a Hellfire range
                before = [x for x in systems if x[1] <= m.start("num")]
                # "Its GMLRS rockets can hit ..., and the ATACMS missile, with a range of about 300 km, ...": the
                # subject of the figure's own coordinated clause
                clause_at = max((c.end() for c in CLAUSE_CUT_RE.finditer(sent[:m.start("num")])), default=0)
                own_clause = [x for x in before if x[0] >= clause_at]
                if own_clause:
                    before = own_clause
                elif clause_at and not PRONOUN_LEAD_RE.match(sent[clause_at:]):
                    continue  # "…; the new weapon is credited with a range of 370 km": not the system named before
                if not before and m.re is RANGE_SUFFIX_RE.regex:
                    # "the 300-mile-range ATACMS": the name right after the figure
                    before = [x for x in systems if 0 <= x[0] - m.end() <= 20][:1]
                if not before:
                    continue
                first = before[0]
                # a platform reaches as far as the munitions named with it
                group = before if (first[2].type or "") in PLATFORM_TYPES else [first]
                last = before[-1]
                if len(group) > 1 and (last[2].type or "") not in PLATFORM_TYPES \
                        and re.fullmatch(r"[\s\w-]{0,40}", sent[last[1]:m.start("num")]):
                    # "16 HIMARS launchers, 100 ATACMS missiles able to hit targets up to 300 miles away": the
                    # figure said of the munition it follows, not of the launcher's longest reach
                    group = [last]
            else:
                # "It has a range of ...": only when the previous sentence named one family
                roots = {(cat.root(x[2].id) or x[2]).id for x in cands}
                if len(roots) != 1 and PRONOUN_LEAD_RE.match(sent) and cands[0][0] <= 12:
                    # "La MK 54, torpille légère, combine … de la MK 50 … de la MK 46. Elle peut atteindre …": the
                    # subject of the sentence before, taken up by the pronoun
                    cands = prev_systems = [cands[0]]
                elif len(roots) != 1:
                    continue
                with_range = [x for x in cands if _fact(x[2], cat, "max_range") is not None]
                group = with_range[:1] or [cands[0]]
            ranged: list[tuple[tuple[int, int, System], tuple[System, object]]] = []
            for x in group:
                hit = _reach(x[2], cat)
                if hit is not None:
                    ranged.append((x, hit))
            if not ranged:
                continue
            (a, b, system), (owner, fact) = max(ranged, key=lambda t: _km(t[1][1]) or 0)
            ref_km = _km(fact)
            unit = m.group("unit").lower()
            raw_num = m.group("num").rstrip(".,")
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw_num):
                raw_num = raw_num.replace(".", "")  # "1.600 Kilometer"
            elif re.fullmatch(r"\d+,\d{1,2}", raw_num):
                raw_num = raw_num.replace(",", ".")  # "2,5 km"
            try:
                stated = float(raw_num.replace(",", "")) if raw_num[0].isdigit() else float(
                    words_to_int(re.sub(r"(?i)^a\s+", "one ", raw_num)) or foreign_words_to_int(raw_num) or "nan")
            except ValueError:
                continue
            if stated != stated:  # a word no number reader knows
                continue
            stated_km = stated * KM_PER.get(unit, KM_PER.get(unit.rstrip("s"), 1.0))
            if ref_km is None:
                continue
            floor = MORE_THAN_RE.search(text[max(0, s + m.start("num") - 25):s + m.start("num")]) is not None
            if floor and stated_km > ref_km * (1 + FLOOR_MARGIN):
                verdict = "contradicted"  # "at a range of more than 40 miles" (64 km) for a 60 km gun
            elif abs(stated_km - ref_km) <= RANGE_TOLERANCE * ref_km:
                verdict = "supported"
            elif stated_km > ref_km:
                verdict = "contradicted"
            else:
                verdict = "unverifiable"  # a shorter figure may describe another munition or mode
            f_unit = getattr(fact, "unit", "km") or "km"
            if verdict == "unverifiable" and owner.id == system.id \
                    and abs(stated - float(getattr(fact, "value"))) <= 0.01 * float(getattr(fact, "value")) \
                    and KM_PER.get(f_unit, 1.0) != KM_PER.get(unit, KM_PER.get(unit.rstrip("s"), 1.0)):
                verdict = "contradicted"  # "3,700 kilometres" for 3,700 nautical miles: the reference's number, another unit
            family = {system.id, *(x.id for x in cat.ancestors(system.id))}
            via = f" (with the {owner.name})" if owner.id not in family else ""
            ref = (f"{system.name}: maximum range about {getattr(fact, 'value')} {f_unit}{via} "
                   f"(≈{ref_km / 1.609344:.0f} mi); stated {stated:g} {unit} ≈ {stated_km:.0f} km")
            ev_s = s + min(m.start(), a) if which else s + m.start()
            out.append(Claim(system.name, "range", f"{m.group('num')} {m.group('unit')}",
                             Evidence.of(text, ev_s, s + m.end()), verdict, ref,
                             _source_text(cat, getattr(fact, "source"))))
        if systems:
            prev_systems = systems
    return out


def _reach(system: System, cat: Catalog) -> tuple[System, object] | None:
    """The longest sourced range of a system: its own, or that of a munition it launches.

    A launcher reaches as far as its longest munition: the PrSM, whose ``launch_platform`` is the
    HIMARS, takes the HIMARS past the 300 km of the ATACMS.
    """
    best = _fact(system, cat, "max_range")
    for other in _launched_from().get(system.id, []):
        hit = _fact(other, cat, "max_range")
        if hit is not None and (best is None or (_km(hit[1]) or 0) > (_km(best[1]) or 0)):
            best = hit
    return best


@functools.lru_cache(maxsize=1)
def _launched_from() -> dict[str, list[System]]:
    """System id -> the munitions whose ``launch_platform`` fact names it."""
    cat = load_catalog()
    out: dict[str, list[System]] = {}
    for other in cat:
        platforms = other.facts.get("launch_platform")
        if platforms is None or not isinstance(platforms.value, list):
            continue
        for name in platforms.value:
            platform = cat.lookup(str(name))
            if platform is not None:
                out.setdefault(platform.id, []).append(other)
    return out


def _km(fact: object) -> float | None:
    value, unit = getattr(fact, "value", None), (getattr(fact, "unit", None) or "km").lower()
    if not isinstance(value, (int, float)):
        return None
    return float(value) * KM_PER.get(unit, 1.0)


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
                system = cands[-1][2]
                verdict = _role_verdict(system, cat, [r for _, _, r in roles])
                if verdict is not None:
                    stated = " and ".join(dict.fromkeys(r for _, _, r in roles))
                    ev = Evidence.of(text, s + cue.start(), s + roles[-1][1])
                    out.append(Claim(system.name, "role", stated, ev, *verdict))
        else:
            copula = _role_copula(text, s, sent, systems, cat)
            out += copula
            out += [c for c in _role_attributive(text, s, sent, systems, cat)
                    if not any(c.evidence.start < k.evidence.end and k.evidence.start < c.evidence.end for k in copula)]
        if systems:
            prev = systems
    return out


def _role_attributive(text: str, s: int, sent: str, systems: list[tuple[int, int, System]],
                      cat: Catalog) -> list[Claim]:
    """"the anti-ship Harpoon", "air-to-air JASSM missiles", "Stinger anti-tank missiles"."""
    out: list[Claim] = []
    for m in ROLE_RE.finditer(sent):
        if any(a <= m.start() < b for a, b, _ in systems):
            continue  # part of a name: "Advanced Medium Range Air-to-Air Missile"
        if re.search(r"(?i)\b(?:not|no|non|nor|never|neither|pas|kein\w*|nicht)\s+(?:an?\s+)?$", sent[:m.start()]):
            continue
        subject = None
        after = [x for x in systems if x[0] >= m.end()]
        if after:  # the term right before the name, with at most one word between: "anti-ship cruise missile Harpoon"
            x = min(after, key=lambda y: y[0])
            gap = sent[m.end():x[0]]
            if re.fullmatch(r"[\s-]*(?:[\w-]+\s+)?", gap) and not re.search(r"(?i)\b(?:and|or|et|ou|und|oder|such|like|"
                                                                           r"as|including|from|than)\b", gap):
                subject = x
        if subject is None:  # the name right before the term and a head noun after it: "Stinger anti-tank missiles"
            before = [x for x in systems if x[1] <= m.start()]
            if before:
                x = max(before, key=lambda y: y[1])
                gap = sent[x[1]:m.start()]
                if re.fullmatch(r"\s*(?:Block\s+[IVX0-9]+\+?\s+)?", gap) and ROLE_HEAD_RE.match(sent[m.end():]):
                    subject = x
        if subject is None or (subject[2].type or "").lower() not in ROLE_SUBJECT_TYPES:
            continue
        role = ROLE_TERMS[m.group(1).lower()]
        verdict = _role_verdict(subject[2], cat, [role])
        if verdict is None:
            continue
        a, b = min(subject[0], m.start()), max(subject[1], m.end())
        out.append(Claim(subject[2].name, "role", role, Evidence.of(text, s + a, s + b), *verdict))
    return out


def _role_verdict(system: System, cat: Catalog, roles: list[str]) -> tuple[str, str, str] | None:
    hit = _fact(system, cat, "roles")
    if hit is None:
        return None
    owner, fact = hit
    known = {str(v).lower() for v in (getattr(fact, "value") or [])}
    bad = [r for r in roles if not (ROLE_COMPATIBLE.get(r, {r}) & known)]
    if bad and not known & ROLE_VOCABULARY:
        return None  # "attack helicopter" is a description: it does not rule a role out
    return ("contradicted" if bad else "supported", f"{system.name} roles: {', '.join(sorted(known))}",
            _source_text(cat, getattr(fact, "source")))


def _role_copula(text: str, s: int, sent: str, systems: list[tuple[int, int, System]], cat: Catalog) -> list[Claim]:
    """"The LMM is a long-range ballistic missile interceptor", "NASAMS, an air defence system"."""
    out: list[Claim] = []
    for m in ROLE_RE.finditer(sent):
        head_before = re.search(r"(?i)\b(?:missiles?|systèmes?|roquettes?|Raketen?|Flugkörper\w*|System)\s+$",
                                sent[max(0, m.start() - 20):m.start()])
        if not ROLE_HEAD_RE.match(sent[m.end():]) and not m.group(1).lower().endswith("interceptor") \
                and not head_before:  # "un missile anti-aérien": the French order
            continue
        subject = bind_subject(sent, m.start(), m.end(), systems, attributive=False, max_gap=40)
        if subject is None or not re.match(r"^\s*(?:,\s*|(?:is|was|are|remains|est|ist)\s+)(?:a|an|un|une|ein|eine)\b",
                                           sent[subject[1]:m.start()]):
            continue
        role = ROLE_TERMS[m.group(1).lower()]
        verdict = _role_verdict(subject[2], cat, [role])
        if verdict is None:
            continue
        out.append(Claim(subject[2].name, "role", role, Evidence.of(text, s + subject[0], s + m.end()), *verdict))
    return out


def _type_claims(text: str, cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    for a, b, system in cat.find_in(text):
        m = re.match(r"\s+(\w+)", text[b:b + 20])
        if not m or m.group(1).lower() not in TYPE_WORDS:
            continue
        stated = TYPE_WORDS[m.group(1).lower()]
        # "Harpoon radar transmitters", "Patriot radar set": a part of the system, not what it is
        nxt = re.match(r"[\s-]+([A-Za-z]+)", text[b + m.end():b + m.end() + 30])
        if stated == "sensor" and nxt and nxt.group(1).lower() not in ("system", "systems", "units", "unit", "and"):
            continue
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


def _congress_claims(text: str, spans: list[tuple[int, int]], reports: list[DealReport],
                     cat: Catalog) -> list[Claim]:
    out: list[Claim] = []
    us_sale = any(r.seller and r.seller.code == "USA" for r in reports)
    items = list(dict.fromkeys(subj for r in reports if r.seller and r.seller.code == "USA" and r.items
                               and (subj := deal_subject(r)) is not None))
    item = items[0] if items else None
    ref = ("Congress does not approve Foreign Military Sales: it is notified and may block a sale by joint "
           "resolution within the review period (AECA §36(b), 22 U.S.C. 2776(b))")
    for s, e in spans:
        sent = text[s:e]
        # a U.S. sale in the text, a word on Foreign Military Sales, or a U.S. system in the sentence
        general = bool(FMS_RE.search(sent)) or any(x[2].origin == "USA" for x in cat.find_in(sent))
        for rx in (CONGRESS_RE, CONGRESS_VOTE_RE):
            if rx is CONGRESS_VOTE_RE and not re.search(r"(?i)\bsales?\b|\bventes?\b|Verk[aä]uf|\bFMS\b", sent):
                continue
            for m in rx.finditer(sent):
                if not (us_sale or general) or re.search(r"(?i)\b(?:not|never|no|without|ne|nicht|kein)\b",
                                                         sent[max(0, m.start() - 25):m.start()]):
                    continue
                # "the Philippine Congress", "Brazil's Congress": another country's legislature
                before = sent[max(0, m.start() - 30):m.start()]
                if any(p.code != "USA" and re.fullmatch(r"(?:['’]s)?\s*(?:national\s+|nationale?\s+)?", before[p.end:])
                       for p in find_parties(before)) \
                        or re.match(r"\s+(?:of|de|du)\s+(?:the\s+)?(?!the\s+United|United|U\.S)[A-Z]",
                                    sent[m.start() + (cw.end() if (cw := CONGRESS_WORD_RE.search(m.group(0))) else
                                                      len(m.group(0))):][:20]):
                    continue
                near = _deal_item_near(reports, s + m.start())
                subjects = ["Foreign Military Sales" if rx is CONGRESS_VOTE_RE or not item else (near or item)]
                if item and rx is CONGRESS_RE and re.search(r"(?i)\b(?:both|all|these|sales|deals|packages|ventes)\b",
                                                           m.group(0)):
                    subjects = items  # "Congress approved both sales": one claim about each sale
                for subject in subjects:
                    out.append(Claim(subject, "approval", m.group(0), Evidence.of(text, s + m.start(), s + m.end()),
                                     "contradicted", ref, "22 U.S.C. 2776(b)"))
    return out


def _deal_item_near(reports: list[DealReport], pos: int) -> str | None:
    """The first item of the U.S. deal told where ``pos`` is (its sentences), else of the one told last before."""
    best: tuple[int, str] | None = None
    for r in reports:
        if not (r.seller and r.seller.code == "USA" and r.items):
            continue
        for ev in r.evidence:
            if ev.start <= pos < ev.end:
                return deal_subject(r)
            if ev.end <= pos and (best is None or ev.end > best[0]):
                best = (ev.end, deal_subject(r) or r.items[0].system)
    return best[1] if best else None


def _currency_claims(text: str, spans: list[tuple[int, int]], reports: list[DealReport],
                     cat: Catalog) -> list[Claim]:
    """One amount of one sale told in two currencies: "$8.4 billion" and later "€8.4bn"."""
    out: list[Claim] = []
    for r in reports:
        v = r.value
        if v is None or v.amount < 1e6 or not r.items:
            continue
        roots = {root.id for i in r.items if i.catalog_id for root in [cat.root(i.catalog_id)] if root is not None}
        for mm in find_money(text):
            if mm.start == v.evidence.start or abs(mm.amount - v.amount) > 0.005 * v.amount:
                continue
            dollars = {"$", "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"}
            if mm.currency == v.currency or {mm.currency, v.currency} <= dollars:
                continue
            span = next(((a, b) for a, b in spans if a <= mm.start < b), None)
            if span is None or v.evidence.start >= span[0] and v.evidence.start < span[1]:
                continue  # a conversion in the same sentence ("$8.4 billion, about €7.7 billion") is not a slip
            named = {(cat.root(x.id) or x).id for _, _, x in cat.find_in(text[span[0]:span[1]])}
            if not roots & named:
                continue
            subject = r.items[0].system
            out.append(Claim(subject, "currency", mm.text, Evidence.of(text, mm.start, mm.end), "contradicted",
                             f"the same sale is valued at {v.evidence.text} ({v.currency}) in this text",
                             f"this document, characters {v.evidence.start}-{v.evidence.end}: {v.evidence.text!r}"))
    return out


def _short_names(cat: Catalog, text: str, hits: list[tuple[int, int, System]]) -> list[tuple[int, int, System]]:
    """"le Viper" after "AH-1Z Viper": a system named again by the last word of its name (a word the catalog gives no
    other system, and the last word of no other system the text names)."""
    owners: dict[str, set[str]] = {}
    by_id = {x.id: x for _, _, x in hits}
    for a, b, x in hits:
        if (m := re.search(r"\s((?-i:[A-Z][a-z]{3,}))$", text[a:b])) is not None:
            owners.setdefault(m.group(1), set()).add(x.id)
    out: list[tuple[int, int, System]] = []
    for word, ids in owners.items():
        if len(ids) != 1 or text.count(word) < 2 or ((other := cat.lookup(word)) is not None and other.id not in ids):
            continue
        system = by_id[next(iter(ids))]
        # ("the Viper", "The single-engine Viper", "le Viper")
        for m in re.finditer(r"(?i:\b(?:the|le|la|l['’]|der|die|das|du|des|dem|den)\s+(?:[a-zäöüéè]+-?[\w]*\s+){0,2}?)("
                             + re.escape(word) + r")\b", text):
            if not any(a <= m.start(1) < b for a, b, _ in hits):
                out.append((m.start(1), m.end(1), system))
    return out


class _Specific:
    """The catalog seen through named systems only: generic classes ("missile", "ship") carry no facts."""

    def __init__(self, cat: Catalog, document_text: str) -> None:
        self.cat = cat
        self.text = document_text
        self.hits = [x for x in cat.find_in(document_text) if not x[2].generic]  # once per document
        self.hits = sorted(self.hits + _short_names(cat, document_text, self.hits), key=lambda x: x[0])

    def __getattr__(self, name: str) -> object:
        return getattr(self.cat, name)

    def find_in(self, text: str) -> list[tuple[int, int, System]]:
        at = self.text.find(text) if text else -1
        if at < 0:
            return [x for x in self.cat.find_in(text) if not x[2].generic]
        end = at + len(text)
        return [(a - at, b - at, sysm) for a, b, sysm in self.hits if at <= a and b <= end]


CORRECTION_RE = gated(re.compile(r"(?i)\b(?:corrections?|corrigendum|correctif|rectificatifs?|erratum|Berichtigung|Korrektur)\b"))
RETRACTED_RE = re.compile(r"(?i)\b(?:described|gave|reported|stated|put|listed|referred\s+to|wrongly|incorrectly|"
                          r"erroneously|décrivait|indiquait|présentait|beschrieb|nannte|bezifferte|angegeben)\b"
                          r"[^.;]{0,80}?\b(?:as|comme|als|mit)\s+[\"“«„]")

WRONGLY_SAID_RE = gated(re.compile(r"(?i)\b" + WRONGLY + r"\s+(?:\w+\s+){0,2}?(?:described|said|stated|reported|called|gave|put|listed|"
                             r"named|identified|présenté|décrit|indiqué|qualifié|beschrieben|bezeichnet|angegeben|genannt)\b"
                             r"|\b(?:a\s+présenté|a\s+décrit|hat)\s+[^.;]{0,60}?\b(?:à\s+tort|fälschlich\w*)\b"))


# the sentence after a statement says it was wrong; a statement printed wrongly in an early version
WAS_WRONG_NEXT_RE = re.compile(r"(?i)\s*(?:that|this|it|cela|ceci|c['’]|das|dies)\s*(?:was|is|était|est|war|ist)\s+"
                               r"(?:wrong|incorrect|an\s+error|inexact|faux|fausse|erroné|falsch|unzutreffend|ein\s+Fehler)\b")


def check_claims(doc: Document, reports: list[DealReport]) -> list[Claim]:
    """Every checkable claim in the document with its verdict."""
    cat: Catalog = _Specific(load_catalog(), doc.text)  # type: ignore[assignment]
    text = doc.text
    spans = sentence_spans(text)
    claims = _range_claims(text, spans, cat) + _expansion_claims(text, cat) + _role_claims(text, spans, cat)
    claims += _type_claims(text, cat) + _congress_claims(text, spans, reports, cat)
    claims += _currency_claims(text, spans, reports, cat) + attribute_claims(text, spans, cat, reports)
    # "Has Congress approved the sales?", "Is the F-16 twin-engined?": a question asserts nothing
    questions = [(a, b) for a, b in spans if text[a:b].rstrip().rstrip("\"”»«' ").endswith("?")]
    claims = [c for c in claims if not any(a <= c.evidence.start < b for a, b in questions)]
    # a correction notice quoting what was wrongly printed ("The item described the weapon's reach as "1,000
    # miles"."), or any sentence saying it was wrongly said ("wrongly described the Bell 412 as a single-engine
    # helicopter"): the error withdrawn is not the document's claim
    correction = CORRECTION_RE.search(text) is not None
    # ("… said the Tomahawk cruise missile was built by Lockheed Martin. That was wrong: …", "gave the value … as
    # "$50 million" in an early version, which was fixed the same evening")
    retracted = [(a, b) for i, (a, b) in enumerate(spans) if (correction and RETRACTED_RE.search(text[a:b]))
                 or WRONGLY_SAID_RE.search(text[a:b]) or EARLY_VERSION_RE.search(text[a:b])
                 or (i + 1 < len(spans) and WAS_WRONG_NEXT_RE.match(text, spans[i + 1][0]))]
    claims = [c for c in claims if not any(a <= c.evidence.start < b for a, b in retracted)]
    for c in claims:
        c.subject = subject_as_written(c, text, cat)
    claims.sort(key=lambda c: c.evidence.start)
    return claims
