"""Claims about what a system is, checked against sourced catalog facts.

Each rule reads one kind of headline statement that news articles make about a named system, in
English, French or German, and compares it with one catalog fact:

=================  ==============================================  =====================
attribute          statements read                                 catalog fact
=================  ==============================================  =====================
``engines``        single-/twin-/three-engine, monomoteur,         ``engines`` (count)
                   biréacteur, zweistrahlig, "has three engines"
``engines``        four turboprops, twin-turbofan, quatre          ``engine_type`` (and
                   turbopropulseurs, zwei Propellerturbinen         ``engines``)
``first flight``   first flew / first flown in 1974, in the        ``first_flight`` (year
                   1990s, premier vol en, Erstflug                 or [from, to])
``service entry``  entered service in, in service since, en        ``service_entry``
                   service depuis, seit ... im Dienst
``top speed``      top speed of Mach 3, 2,000 km/h, vitesse        ``top_speed`` (Mach)
                   maximale, Höchstgeschwindigkeit
``guidance``       heat-seeking, radar-guided, laser-guided        ``guidance`` (list)
``mobility``       tracked / wheeled / towed / self-propelled,     ``mobility``
                   chenillé, automoteur, Kettenfahrzeug
``take-off``       vertical take-off, STOVL, décollage vertical    ``take_off``
``type``           subsonic / supersonic / hypersonic,             ``speed_class`` (or the
                   supersonique, Überschall                        ``top_speed`` in Mach)
``type``           nuclear-powered, diesel-electric, AIP,          ``propulsion`` (of the
                   à propulsion nucléaire, dieselelektrisch        system itself)
``role``           "an unarmed drone"                              ``armed`` (true)
``manufacturer``   built / made / produced by, X builds the ...    ``manufacturer`` (list
``developer``      developed / designed by, von X entwickelt       of companies)
``builder``        built in Britain, construit en France           ``built_in`` (country)
=================  ==============================================  =====================

A statement whose subject is unclear, or whose system has no such fact, yields no verdict (the
rule then stays silent or reports ``unverifiable``). Years are compared with a tolerance of two
years (a decade, "in the 1990s", is the span 1990-1999), speeds with 15 % and only an overstated
speed is a contradiction.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from armstrack.model import Claim, DealReport, Evidence
from armstrack.normalize.catalog import Catalog, Fact, System
from armstrack.normalize.companies import find_companies
from armstrack.normalize.countries import find_parties, origin_codes
from armstrack.regex_gate import GatedPattern, Matcher, gated
from armstrack.verify.claim_common import (
    ANAPHOR_NOUN_RE,
    RELATIVE_CLAUSE_RE,
    Mention,
    _gap_ok,
    anaphor_subject,
    as_list,
    bind_subject,
    describe_years,
    fact_of,
    family_mention,
    interval,
    source_text,
    topic_counts,
)
from armstrack.verify.claim_patterns import (
    _ENGINE_COUNT,
    _ENGINE_KINDS,
    _GUIDANCE_TERMS,
    _KIND_COUNT,
    _SEEKERS,
    ENGINE_KIND_RE,
    ENGINES_RE,
    FIRST_FLIGHT_DE2_RE,
    FIRST_FLIGHT_DE_RE,
    FIRST_FLIGHT_RE,
    GUIDANCE_RE,
    MOBILITY_RE,
    PROPULSION_RE,
    RANGE_CLASS_RE,
    SERVICE_DE2_RE,
    SERVICE_DE_RE,
    SERVICE_RE,
    SPEED_CLASS_RE,
    SPEED_RE,
    TAKEOFF_RE,
    TORPEDO_CLASS_RE,
    UNARMED_RE,
)

YEAR_TOLERANCE = 2  # service entry: delivery, IOC and first unit differ by a year or two
FLIGHT_TOLERANCE = 1  # a first flight is one dated event
SPEED_TOLERANCE = 0.15
KMH_PER_MACH = 1225.0  # speed of sound at sea level: the lowest Mach a speed in km/h can mean

NEGATION_RE = re.compile(r"(?i)\b(?:not|cannot|can't|isn't|wasn't|aren't|weren't|never|no|nor|neither|pas|ni"
                         r"|nicht|kein\w*|nie)\b[^,;.]{0,25}$")
RESPECTIVELY_RE = gated(re.compile(r"(?i)\brespectively\b|\brespectivement\b|\bjeweils\b|\bbeziehungsweise\b"))
# an operator's own fleet: "its Rafales", "the air force's F-16s", "the new F-16s"
OWN_FLEET_RE = re.compile(r"(?i)(?:\b(?:its|their|our|his|her|ses|leurs|sa|son|seine|ihre|unsere)\s+(?:[\w-]+\s+){0,2}"
                          r"|['’]s\s+(?:[\w-]+\s+){0,2}|\b(?:new|newer|newest|latest|first|last|additional|upgraded"
                          r"|moderni[sz]ed|remaining|used|second-hand|nouveaux?|nouvelles?|premiers?|premières?|neuen?"
                          r"|ersten?)\s+(?:[\w-]+\s+)?"
                          # "the RSAF's fleet of around 60 F-16s, which have been in service since 1998"
                          r"|\b(?:fleet|flotte|Flotte)\s+(?:of|de|d['’]|von|aus)\s+(?:[\w-]+\s+){0,3})$")
COORDINATED_RE = re.compile(r"(?i)^\s*(?:[\w-]+\s+){0,2}?(?:and|or|et|ou|und|oder|,)\s+(?:the\s+|les?\s+|la\s+|die\s+|der\s+)?$")

Verdict = tuple[str, str]  # verdict, reference




class RuleContext:
    """The document seen one sentence at a time, with the named systems of each sentence."""

    def __init__(self, text: str, spans: list[tuple[int, int]], cat: Catalog, reports: list[DealReport]) -> None:
        self.text = text
        self.spans = spans
        self.cat = cat
        self.buyers = {r.buyer.code for r in reports if r.buyer}
        self.sentences = [(s, e, text[s:e], cat.find_in(text[s:e])) for s, e in spans]
        self.topic = topic_counts(self.sentences, cat)
        self.starts = [s for s, _ in spans]
        self.index: dict[str, int] = {}
        for k, x in enumerate(self.sentences):
            self.index.setdefault(x[2], k)

    def anaphor(self, sent: str, t0: int) -> Mention | None:
        """"The helicopters are built by ...": the leading system of that kind, when the noun is close (or the one
        system the sentence before names: "… sechs AW101 für die Marine bestellt. Die dreimotorigen Maschinen …")."""
        i = self.index.get(sent, 0)
        named = {x.id: x for _, _, x in (self.sentences[i - 1][3] if i > 0 else []) if not x.generic}
        subject = anaphor_subject(sent, t0, self.topic)
        if len(named) == 1:
            near = anaphor_subject(sent, t0, [(1000, next(iter(named.values()))), *self.topic])
            if near is not None and (subject is None or (self.cat.root(near[2].id) or near[2]).id
                                     != (self.cat.root(subject[2].id) or subject[2]).id):
                subject = near  # (another family than the document's leading one; else the leading member it names)
        if subject is not None and re.fullmatch(r",\s+(?:which|qui|das|der|die)\s+[^.;:()]{3,80}?\s+(?:and|et|und)\s+",
                                                sent[subject[1]:t0]):
            return subject  # "Der zweistrahlige Jet, der ... abhob und seit 2014 ... im Einsatz steht"
        if subject is None or t0 - subject[1] > 40 or not _gap_ok(sent[subject[1]:t0], ("sont", "are", "is", "est",
                                                                                        "werden", "ist", "sind", "each", "der",
                                                                                        "die", "das", "which", "that", "qui")):
            return None
        return subject


def _claim(ctx: RuleContext, s: int, subject: Mention, t0: int, t1: int, attribute: str, stated: str,
           owner: System, fact: Fact, verdict: Verdict) -> Claim:
    # the statement and its subject, or the statement alone when the subject is named far before it
    a = min(subject[0], t0) if t0 - subject[1] <= 80 else t0
    b = max(subject[1], t1)
    return Claim(subject_name(ctx.text[s + subject[0]:s + subject[1]], subject[2]), attribute, stated,
                 Evidence.of(ctx.text, s + a, s + b), verdict[0], verdict[1], source_text(ctx.cat, fact.source))


def subject_name(written: str, system: System) -> str:
    """The catalog name, or the variant as written when the text names one ("Gripen E", "Rafale M")."""
    if family_mention(system, written):
        return system.name
    return re.sub(r"(?<=[a-z0-9])['’]?s$", "", written.strip()) or system.name


Check = Callable[[re.Match[str], System, System, Fact], "Verdict | None"]


DONT_RE = re.compile(r"(?i),\s+(?:dont|whose|dessen|deren)\s")


OPERATOR_INTRODUCED_RE = re.compile(
    r"(?i)\b(?:air\s+force|navy|army|marines?|coast\s+guard|armée(?:\s+de\s+l['’]air)?|marine|Luftwaffe|Heer|"
    r"Bundeswehr)\s+(?:first\s+)?(?:introduced|adopted|received|commissioned|fielded|acquired|took\s+delivery|"
    r"a\s+introduit|a\s+reçu|führte|erhielt)\b")
# a sentence opening with a pronoun subject: "It made its first flight …", "C'est un appareil qui …", "Er flog …"
# "It first flew …", and after a fronted description: "A twin-engine machine with a four-blade rotor, it first flew"
# ("Présenté comme le plus grand drone de combat conçu en Turquie, il a effectué son premier vol …": a participle)
PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:(?:An?|The|Un|Une|Ein|Eine|Présentée?s?|Conçue?s?|Développée?s?|Décrite?s?|"
                                r"Described|Designed|Developed|Billed|Built|Touted|Entwickelt|Gebaut|Konzipiert|"
                                r"Vorgestellt)\s+[^,;.]{3,110},\s+)?"
                                r"(?P<p>(?i:it|il|elle|its)|C['’]est|Er|Sie|Es|Ses|Son|Sa|Seine|Seinen)\b")
# a sentence the pronoun chain reads back over: one opening with a pronoun or a generic noun ("The prototype first
# flew …", "Il décolle …") and naming no system
CHAIN_OPENING_RE = re.compile(r"\s*(?:(?i:it|its|il|elle|ses|son|sa|er|sie|es|seine)|C['’]est|"
                              r"(?:The|Le|La|L['’]|Der|Die|Das)\s*(?-i:[a-zäöüéè])[\w-]*)\b")


def _chain_opener(ctx: RuleContext, i: int) -> System | None:
    """The system the nearest sentence before ``i`` opens with, reading back (up to three sentences) over sentences
    that open with a pronoun or a generic noun and name no system."""
    for j in range(i - 1, max(-1, i - 4), -1):
        before = ctx.sentences[j][3]
        if before:
            return before[0][2] if before[0][0] <= 12 else None
        if not CHAIN_OPENING_RE.match(ctx.sentences[j][2]):
            return None
    return None


@functools.cache
def _gated(pattern: re.Pattern[str]) -> GatedPattern:
    """A rule's pattern behind its literal gate, built once."""
    return gated(pattern)


def _run(ctx: RuleContext, pattern: Matcher, key: str, attribute: str, check: Check, *,
         inherit: bool = True, family_only: bool = False, extra_ok: Sequence[str] = (), attributive: bool = True,
         max_gap: int = 60, foreign_guard: bool = False, only_without: str = "") -> list[Claim]:
    out: list[Claim] = []
    # one scan of the whole text finds the sentences to read (most rules have nothing in most documents: the literal
    # gate skips the scan when the text holds none of the words the pattern cannot match without)
    gate = pattern if isinstance(pattern, GatedPattern) else _gated(pattern)
    # (the literals of the pattern found once; only the sentences holding one are read)
    where = [i for i, (s, e) in enumerate(ctx.spans) if gate.may_match_in(ctx.text, s, e)] \
        if gate.may_match(ctx.text) else []
    for i in where:
        s, _e, sent, systems = ctx.sentences[i]
        if RESPECTIVELY_RE.search(sent) or not (systems or ANAPHOR_NOUN_RE.search(sent) or PRONOUN_SUBJECT_RE.match(sent)):
            continue
        named = systems
        for m in pattern.finditer(sent):
            if NEGATION_RE.search(sent[:m.start()]):
                continue
            # a system named inside the statement ("two Rolls-Royce AE 2100D turboprops") is not its subject
            systems = [x for x in named if not (m.start() <= x[0] and x[1] <= m.end())]
            subject = _appositive_lead(sent, m.start(), systems) or (bind_subject(
                sent, m.start(), m.end(), systems, extra_ok=extra_ok, attributive=attributive, max_gap=max_gap)
                if systems else None)
            if (dont := DONT_RE.search(sent, 0, m.start() + 1)) is not None \
                    and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,5}", sent[dont.end():m.start()]) \
                    and any(n.end() == dont.start() for n in ANAPHOR_NOUN_RE.finditer(sent, 0, dont.start())):
                # "Conçu pour succéder aux C-130 Hercules …, l'appareil, dont le prototype a effectué son premier vol
                # en 2011": the relative clause of the noun that takes up the article's aircraft
                subject = ctx.anaphor(sent, dont.start())
            if subject is None and not systems:
                subject = ctx.anaphor(sent, m.start())  # "ce monomoteur", "the helicopters first flew in ..."
            if subject is None and not systems and i > 0 and (pm := PRONOUN_SUBJECT_RE.match(sent)) is not None \
                    and (opener := _chain_opener(ctx, i)) is not None:
                # "Le C-17 Globemaster III, c'est un quadriréacteur … C'est un appareil qui a fait son premier vol
                # en 1995": the pronoun takes up the subject the sentence before opened with ("The Su-35 … The
                # prototype first flew in 2008. It is powered by two …": past sentences naming no system)
                subject = (pm.start("p"), pm.end("p"), opener)
            if subject is None and systems:
                # "the launcher, which rides on a chassis derived from the Bradley, first entered service": the noun
                # before the relative clause
                rel = next((r for r in RELATIVE_CLAUSE_RE.finditer(sent, 0, m.start())
                            if re.fullmatch(r"\s*(?:\w+\s+){0,2}", sent[r.end():m.start()])), None)
                if rel is not None:
                    subject = ctx.anaphor(sent, rel.start())
            if subject is None and systems:
                # "Diehl's IRIS-T air-to-air missile, an abbreviation of …, which entered service … in 2015": the
                # system before an apposition and its relative clause
                last = max((x for x in systems if x[1] <= m.start()), key=lambda x: x[1], default=None)
                if last is not None and re.fullmatch(r"(?:\s+[\w-]+){0,3},\s+(?:an?|the)\s+[^,;.()]{3,100},\s+"
                                                     r"(?:which|that)\s+(?:\w+\s+){0,2}", sent[last[1]:m.start()]):
                    subject = last
            if subject is None and systems and any(max(x[1] for x in systems) <= n.start() <= m.start()
                                                   for n in ANAPHOR_NOUN_RE.finditer(sent)) \
                    and re.search(r"[:;]", sent[max(x[1] for x in systems):m.start()]):
                # "Der Erstflug der C-130J liegt zurück: Die Maschine hob 1999 erstmals ab": the noun after the
                # colon takes up the article's aircraft
                subject = ctx.anaphor(sent, m.start())
            if subject is None and len(systems) == 1 and systems[0][0] <= 30 \
                    and (dont := DONT_RE.search(sent, systems[0][1], m.start() + 1)) is not None \
                    and (re.search(r"\b(?:est|is|ist|was|était|war)\s", sent[systems[0][1]:dont.start()])
                         or re.match(r",[^.;:()]*$", sent[systems[0][1]:dont.start()])) \
                    and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", sent[dont.end():m.start()]):
                # "Le C-390 est un biréacteur … construit par Embraer au Brésil, dont le premier vol a eu lieu en
                # 2019", "Le F-15, biréacteur conçu par McDonnell Douglas, dont le prototype a volé en 1972": the relative
                # clause of the sentence's subject (or of its apposition), the one system named
                subject = systems[0]
            if subject is None and systems and any(n.start() <= m.start() and m.end() <= n.end()
                                                   for n in ANAPHOR_NOUN_RE.finditer(sent)):
                subject = ctx.anaphor(sent, m.start())  # "The twin-engine jets will be built by ..." (F-16 later)
            if subject is None and systems and m.start() <= 2:
                # "Entré en service en 1996, le Rafale ...": the subject right after the opening phrase
                nxt = [x for x in systems if m.end() <= x[0] <= m.end() + 40 and "," in sent[m.end():x[0]]
                       and re.fullmatch(r"[^.;:]*,\s*(?:(?:the|le|la|l['’]|der|die|das)\s+)?", sent[m.end():x[0]])]
                subject = nxt[0] if nxt else None
            if subject is None:
                continue
            if key == "service_entry" and OPERATOR_INTRODUCED_RE.search(sent[max(0, m.start() - 60):m.end()]):
                continue  # "which the air force introduced in the early 1980s": one operator's date, not the type's
            system = subject[2]
            if family_only and not family_mention(system, sent[subject[0]:subject[1]]):
                continue
            if foreign_guard and (_foreign_operator(sent[:max(m.end(), subject[1])], system)
                                  or _own_fleet(sent[max(0, subject[0] - 40):subject[0]])):
                continue
            if only_without and fact_of(ctx.cat, system, only_without) is not None:
                continue
            hit = fact_of(ctx.cat, system, key, inherit=inherit)
            if hit is None:
                continue
            owner, fact = hit
            verdict = check(m, system, owner, fact)
            if verdict is None:
                continue
            out.append(_claim(ctx, s, subject, m.start(), m.end(), attribute, m.group(0).strip(), owner, fact,
                              verdict))
    return out


def _origin_codes(system: System) -> set[str]:
    return set(origin_codes(system.origin or ""))

APPOSITIVE_LEAD_RE = re.compile(r",\s+[^,;()]{3,140},\s+(?:[\w'’]+\s+){0,2}$")


def _appositive_lead(sent: str, start: int, systems: Sequence[Mention]) -> Mention | None:
    """"Le PzH 2000, obusier … dérivé de celui du Leopard 2, est entré en service en 1998": the system the sentence
    opens with, before an apposition that names another one; or a system set off by commas right before the
    statement ("…, der Gripen E, startete …")."""
    last = max((x for x in systems if x[1] <= start), key=lambda x: x[1], default=None)
    if last is not None and re.search(r",\s*(?:(?:der|die|das|the|le|la|l['’])\s*)?$", sent[:last[0]]) \
            and re.fullmatch(r"\s*,\s*", sent[last[1]:start]):
        return last  # "Die neueste Version des Jets, der Gripen E, startete im Juni 2019 zu seinem Erstflug"
    if len(systems) < 2:
        return None
    first = min(systems, key=lambda x: x[0])
    if not re.fullmatch(r"\s*(?:(?:the|le|la|l['’]|der|die|das)\s*)?", sent[:first[0]], re.I) \
            or not APPOSITIVE_LEAD_RE.fullmatch(sent, first[1], start):
        return None
    return first


def _own_fleet(before: str) -> bool:
    """"Greece's F-16s", "its new jets": a fleet of one operator (not a maker's product: "Diehl's IRIS-T")."""
    m = OWN_FLEET_RE.search(before)
    if m is None:
        return False
    owner = re.search(r"([\w&.-]+(?:\s+[\w&.-]+)?)['’]s\s+(?:[\w-]+\s+){0,2}$", before)
    return not (owner is not None and find_companies(owner.group(0)))


def _foreign_operator(text: str, system: System) -> bool:
    """A country other than the maker's is named: the statement may be about that country's fleet."""
    origin = _origin_codes(system)
    return any(p.code not in origin for p in find_parties(text))


def _coordinated(sent: str, subject: Mention, systems: Sequence[Mention]) -> bool:
    """"K2 tanks and K9 howitzers, built by ...": the statement may be about both, or either."""
    before = [m for m in systems if m[1] <= subject[0]]
    if not before:
        return False
    prev = max(before, key=lambda x: x[1])
    return bool(COORDINATED_RE.match(sent[prev[1]:subject[0]]))


# -- the checks ------------------------------------------------------------------------------

def _engines(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    word = (m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("fr") or m.group("de")
            or m.group("de2") or m.group("poss") or "").lower()
    stated = _ENGINE_COUNT.get(re.sub(r"\s+", " ", word))
    if stated is None or not isinstance(fact.value, int):
        return None
    verdict = "supported" if stated == fact.value else "contradicted"
    return verdict, f"{owner.name} has {fact.value} engine{'s' if fact.value != 1 else ''}"


def _years_check(label: str, tolerance: int = YEAR_TOLERANCE) -> Check:
    def check(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
        ref = interval(fact.value)
        if ref is None:
            return None
        if m.group("dec"):
            lo = int(m.group("dec"))
            part = (m.group("part") or "").lower()
            if not m.group("dec").endswith("0") or not part:
                stated = (lo, lo + 9)
            elif part.startswith(("early", "début", "anfang")):
                stated = (lo, lo + 3)  # "the early 2000s"
            elif part.startswith(("mid", "milieu", "mitte")):
                stated = (lo + 3, lo + 6)
            else:
                stated = (lo + 6, lo + 9)
        elif m.group("year"):
            y = int(m.group("year"))
            stated = (y, y)
        else:
            return None
        ok = stated[0] <= ref[1] + tolerance and stated[1] >= ref[0] - tolerance
        return ("supported" if ok else "contradicted"), f"{owner.name}: {label} {describe_years(fact.value)}"
    return check


def _speed(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    if not isinstance(fact.value, (int, float)):
        return None
    ref = float(fact.value)
    if m.group("mach"):
        stated = float(m.group("mach").replace(",", "."))
    elif m.group("times"):
        stated = 3.0 if m.group("times").lower().startswith(("three", "trois", "drei")) else 2.0
    elif m.group("num"):
        raw = m.group("num")
        num = float(re.sub(r"[ ,.\u202f](?=\d{3}\b)", "", raw).replace(",", "."))
        unit = m.group("unit").lower()
        kmh = num * (1.609344 if unit.startswith(("mph", "miles")) else 1.0)
        if kmh < 300:
            return None  # not a jet's top speed: a different statement
        stated = kmh / KMH_PER_MACH
    else:
        return None
    if stated > ref * (1 + SPEED_TOLERANCE):
        verdict = "contradicted"
    elif stated >= ref * (1 - SPEED_TOLERANCE):
        verdict = "supported"
    else:
        return None  # a lower figure may be a cruise or sea-level speed
    return verdict, f"{owner.name}: top speed about Mach {ref:g}; stated ≈ Mach {stated:.1f}"


def _guidance(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    stated = next(k for k, _ in _GUIDANCE_TERMS if m.group(k))
    known = {v.lower() for v in as_list(fact.value)}
    ref = f"{owner.name} guidance: {', '.join(sorted(known))}"
    if stated in known:
        return "supported", ref
    if stated in _SEEKERS and known & _SEEKERS:
        return "contradicted", ref
    return None


def _torpedo_class(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    ref = str(fact.value).lower()
    if "torpedo" not in ref or not ("heavy" in ref or "light" in ref):
        return None
    stated = "heavy" if m.group("heavy") else "light"
    return ("supported" if stated in ref else "contradicted"), f"{owner.name} is a {ref}"


def _range_class(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    names = [str(v) for v in as_list(fact.value)]
    spelled = {k for n in names for k, rx in (("short", r"(?i)short[\s-]range"), ("medium", r"(?i)medium[\s-]range"),
                                              ("long", r"(?i)long[\s-]range")) if re.search(rx, n)}
    if len(spelled) != 1:
        return None  # the name says nothing (or too much) about its range class
    stated = next(k for k in ("short", "medium", "long") if m.group(k))
    ref = spelled.pop()
    return ("supported" if stated == ref else "contradicted"), f"{owner.name} stands for {names[0]}"


def _mobility(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    stated = next(k for k in ("tracked", "wheeled", "towed", "sp") if m.group(k))
    ref = str(fact.value).lower()
    if ref not in ("tracked", "wheeled", "towed"):
        return None
    note = f"{owner.name} is a {ref} system" + (f" ({fact.note})" if fact.note else "")
    if stated == "sp":  # "self-propelled": anything but a towed gun
        return ("contradicted" if ref == "towed" else "supported"), note
    if stated == "wheeled" and ref == "towed":
        return None  # a towed gun has wheels
    if stated == "towed" and ref == "wheeled" and (system.type or "") not in ("howitzer", "gun"):
        return None
    return ("supported" if stated == ref else "contradicted"), note


def _engine_kind(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    """"four turboprops" against the ``engine_type`` fact and, when a number is stated, the ``engines`` count."""
    kind = _ENGINE_KINDS.get(m.group("kind").lower())
    ref_kind = str(fact.value).lower()
    if kind is None or ref_kind not in ("turbofan", "turbojet", "turboprop", "turboshaft"):
        return None
    jets = {"turbofan", "turbojet"}
    kind_ok = kind == ref_kind or {kind, ref_kind} <= jets
    count_word = re.sub(r"\s+", " ", (m.group("n") or "").lower())
    stated_n = _KIND_COUNT.get(count_word)
    n_fact = system.facts.get("engines") or owner.facts.get("engines")
    n_ref = n_fact.value if n_fact is not None and isinstance(n_fact.value, int) else None
    count_ok = stated_n is None or n_ref is None or stated_n == n_ref
    ref = f"{owner.name}: " + (f"{n_ref} " if n_ref else "") + f"{ref_kind} engine" + ("s" if n_ref != 1 else "")
    return ("supported" if kind_ok and count_ok else "contradicted"), ref


def _speed_class(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    stated = "subsonic" if m.group("sub") else "supersonic" if m.group("sup") else "hypersonic"
    if fact.unit == "Mach" and isinstance(fact.value, (int, float)):  # an aircraft's top speed
        mach = float(fact.value)
        ref = "subsonic" if mach < 1 else "supersonic" if mach < 5 else "hypersonic"
        note = f"{owner.name}: top speed about Mach {mach:g} ({ref})"
    else:
        ref = str(fact.value).lower()
        if ref not in ("subsonic", "supersonic", "hypersonic"):
            return None
        note = f"{owner.name} is {ref}" + (f" ({fact.note})" if fact.note else "")
    return ("supported" if stated == ref else "contradicted"), note


def _propulsion(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    ref = str(fact.value)
    if ref not in ("nuclear", "diesel-electric", "AIP"):
        return None  # a missile's motor ("throttleable ramjet") is another statement
    note = f"{owner.name}: {ref} propulsion" + (f" ({fact.note})" if fact.note else "")
    if m.group("nuc"):
        return ("supported" if ref == "nuclear" else "contradicted"), note
    if ref == "nuclear":
        return "contradicted", note
    if m.group("aip") and ref != "AIP":
        return None  # a conventional boat may have been fitted with AIP since
    return "supported", note


def _take_off(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    ref = str(fact.value).lower()
    note = f"{owner.name}: {ref} take-off and landing" + (f" ({fact.note})" if fact.note else "")
    if m.group("carrier"):  # "the F-35A, the carrier version": only a catapult (or STOVL) aircraft goes to sea
        if ref in ("catapult", "conventional"):
            return ("supported" if ref == "catapult" else "contradicted"), note
        return None
    if ref == "vtol":  # a tilt-rotor: vertical take-off and landing (a short rolling take-off too)
        return ("supported", note) if m.group("vertical") else None
    if m.group("stovl"):
        return ("supported" if ref == "stovl" else "contradicted"), note
    if ref in ("conventional", "catapult"):
        return "contradicted", note
    return None  # a STOVL aircraft may take off vertically when light


def _armed(m: re.Match[str], system: System, owner: System, fact: Fact) -> Verdict | None:
    if fact.value is not True:
        return None
    return "contradicted", f"{owner.name} can carry weapons" + (f" ({fact.note})" if fact.note else "")


COUNT_WORD_RE = re.compile(r"(?i)\b(?:single|one|twin|two|dual|three|triple|four|quad|[1-4]|un|deux|trois|quatre|ein|"
                           r"einem|zwei|drei|vier)\b")


def attribute_claims(text: str, spans: list[tuple[int, int]], cat: Catalog, reports: list[DealReport]) -> list[Claim]:
    """Every engines, dates, speed, guidance, mobility, take-off, arms and maker claim of the text."""
    ctx = RuleContext(text, spans, cat, reports)
    kinds = _run(ctx, ENGINE_KIND_RE, "engine_type", "engines", _engine_kind, extra_ok=("by",))
    out = kinds + [c for c in _run(ctx, ENGINES_RE, "engines", "engines", _engines)
                   if not any(k.evidence.start < c.evidence.end and c.evidence.start < k.evidence.end
                              and COUNT_WORD_RE.search(k.stated) for k in kinds)]  # a counted kind already says it
    for pattern in (FIRST_FLIGHT_RE, FIRST_FLIGHT_DE_RE, FIRST_FLIGHT_DE2_RE):
        out += _run(ctx, pattern, "first_flight", "first flight", _years_check("first flight", FLIGHT_TOLERANCE),
                    inherit=False, family_only=True, foreign_guard=True, attributive=False)
    for pattern in (SERVICE_RE, SERVICE_DE_RE, SERVICE_DE2_RE):
        out += _run(ctx, pattern, "service_entry", "service entry", _years_check("entered service"),
                    inherit=False, family_only=True, foreign_guard=True, attributive=False)
    out += _run(ctx, SPEED_RE, "top_speed", "top speed", _speed, extra_ok=("with", "of", "a", "to"),
                attributive=False, max_gap=70)
    out += _run(ctx, GUIDANCE_RE, "guidance", "guidance", _guidance)
    out += _run(ctx, MOBILITY_RE, "mobility", "type", _mobility)  # what a system is: tracked, wheeled
    out += _run(ctx, RANGE_CLASS_RE, "expansion", "type", _range_class, inherit=False,
                extra_ok=("eine", "ein", "a", "an", "un", "une"))
    out += _run(ctx, TORPEDO_CLASS_RE, "class", "type", _torpedo_class,
                extra_ok=("sont", "des", "are", "is", "a", "par", "sind", "est", "une"))
    out += _run(ctx, SPEED_CLASS_RE, "speed_class", "type", _speed_class)
    out += _run(ctx, SPEED_CLASS_RE, "top_speed", "type", _speed_class, only_without="speed_class")
    out += _run(ctx, PROPULSION_RE, "propulsion", "type", _propulsion, inherit=False,
                extra_ok=("use", "uses", "using", "with"))
    out += _run(ctx, TAKEOFF_RE, "take_off", "type", _take_off)  # what a system is: STOVL, carrier
    out += _run(ctx, UNARMED_RE, "armed", "role", _armed, attributive=False, max_gap=8)
    from armstrack.verify.claim_makers import builder_claims, maker_claims  # (they read RuleContext from here)

    out += maker_claims(ctx) + builder_claims(ctx)
    return out
