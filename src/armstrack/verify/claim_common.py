"""Shared pieces of the claim checker: fact look-up, sources, and tying a statement to its subject.

A statement such as "twin-engine" or "first flown in the 1990s" is about one system of the
sentence. :func:`bind_subject` finds it the way a careful reader would, and gives up (``None``)
when the sentence leaves any doubt:

* attributive use, the term right before the name: "the *twin-engine* **Rafale**",
  "the *tracked* **M270** launcher";
* apposition or copula, the name before the term with nothing but a short, plain link between
  them: "**HIMARS**, a *tracked* launcher", "the **Gripen E** is a *twin-engine* fighter",
  "**Arrow 3** ist bereits *seit den 1980er-Jahren im Dienst*".

A link that names another system, or carries a comparison, a preposition or a conjunction
("unlike", "than", "with", "by", "and", ...), breaks the tie: "the F-16 was replaced by
twin-engine jets" says nothing about the F-16's engines.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from armstrack.model import DealReport, Item
from armstrack.normalize.catalog import Catalog, Fact, System, load_catalog, lookup_key
from armstrack.regex_gate import gated
from armstrack.verify.claim_subjects import variant_as_written

Mention = tuple[int, int, System]  # start, end (offsets into the sentence), system

# words that tie a statement to something other than the preceding name
_BREAKERS = {
    "by", "with", "to", "from", "than", "of", "for", "over", "against", "like", "unlike", "and", "or", "but",
    "while", "whereas", "compared", "instead", "rather", "replaced", "replace", "replaces", "replacing",
    "succeed", "succeeds", "its", "their", "his", "her", "it", "they", "carries", "carry", "carrying",
    "fires", "fire", "firing", "armed", "uses", "use", "using", "operates", "operate", "buy", "buys",
    "bought", "ordered", "order", "par", "avec", "que", "pour", "contre", "comme", "et", "ou", "mais",
    "contrairement", "remplace", "von", "mit", "als", "gegen", "und", "oder", "aber", "wie", "statt",
    "anstelle", "ersetzt", "ersetzen", "trägt", "nutzt",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
# "four-engine P-8A", "quadriréacteur de patrouille P-8A" -- but not "quadriréacteur dérivé du Boeing 737": a base design
_ATTR_GAP = re.compile(r"^[\s-]*(?!(?:dérivée?s?|derived|abgeleitet\w*|basée?s?|based|issue?s?)\b)"
                       r"(?:[^\W\d_][\w'’-]*\s+){0,2}$", re.UNICODE)


def fact_of(cat: Catalog, system: System, key: str, *, inherit: bool = True) -> tuple[System, Fact] | None:
    """The fact ``key`` of the system or, when ``inherit``, of its nearest ancestor that has it."""
    chain = [system, *cat.ancestors(system.id)] if inherit else [system]
    for s in chain:
        f = s.facts.get(key)
        if f is not None:
            return s, f
    return None


def source_text(cat: Catalog, source_id: str) -> str:
    src = cat.source(source_id)
    return f"{src.get('title', source_id)}" + (f" <{src['url']}>" if src.get("url") else "")


def _gap_ok(gap: str, extra_ok: Iterable[str]) -> bool:
    if any(ch in gap for ch in ";:!?\n"):
        return False
    if re.search(r",\s*(?:\(?\d|[a-z]+-?[a-z]*\s+\(\d)", gap):
        return False  # a list of items: "12 M109A5 howitzers, 18 M113A2 carriers, ..."
    allowed = {w.lower() for w in extra_ok}
    words = [w.lower() for w in _WORD.findall(gap)]
    return not any(w in _BREAKERS and w not in allowed for w in words)


APPOSITIVE_GAP_RE = re.compile(r",\s+(?:a|an|the|un|une|le|la|l['’]|ein|eine|der|die|das)\s[^,;:()]{1,90},\s*"
                               r"(?:(?:is|are|was|were|has|have|had|est|sont|a|ont|ist|sind|war|hat|wird)\s+)?")


RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|that|who|qui|que|der|die|das)\s+[^,.;:()]{3,120},")


def bind_subject(sent: str, t0: int, t1: int, systems: Sequence[Mention], *, max_gap: int = 60,
                 extra_ok: Iterable[str] = (), attributive: bool = True) -> Mention | None:
    """The system a statement at ``sent[t0:t1]`` is about, or ``None`` when it is not clear."""
    extra = tuple(extra_ok)
    if attributive:
        after = [m for m in systems if m[0] >= t1]
        if after:
            m = min(after, key=lambda x: x[0])
            gap = sent[t1:m[0]]
            if len(gap) <= 25 and _ATTR_GAP.match(gap) and _gap_ok(gap, ()):
                return m
    before = [m for m in systems if m[1] <= t0]
    if not before:
        return None
    for m0 in sorted(before, key=lambda x: x[1]):
        # "The P-8A, a military derivative of Boeing's 737-800 airliner, entered service ...": the subject
        # before an appositive
        if APPOSITIVE_GAP_RE.fullmatch(sent[m0[1]:t0]):
            return m0
    m = max(before, key=lambda x: x[1])
    # "the launcher, which rides on a chassis derived from the Bradley fighting vehicle, first entered service":
    # a system inside a relative clause closed before the statement is not its subject; the head before it is
    for rel in RELATIVE_CLAUSE_RE.finditer(sent, 0, t0):
        if rel.start() <= m[0] and m[1] <= rel.end() and re.fullmatch(r"\s*(?:\w+\s+){0,2}", sent[rel.end():t0]):
            head = [o for o in systems if o[1] <= rel.start()]
            if not head:
                return None
            m = max(head, key=lambda x: x[1])
            return m if len(sent[m[1]:rel.start()]) <= 25 and _gap_ok(sent[m[1]:rel.start()], extra) else None
    gap = sent[m[1]:t0]
    # "The F-16, which first flew in 1974 and entered service in 1980": the relative clause's subject
    which = re.fullmatch(r",\s+(?:which|qui|das|der|die)\s+[^.;:()]{3,80}?\s+(?:and|et|und)\s+", gap)
    if which and not any(m[1] <= o[0] < t0 for o in systems if o is not m):
        return m
    plain = re.sub(r"\s*\([^()]{0,80}\)", "", gap)  # "64 T700 engines (58 installed and six spares), built by"
    if len(plain) > max_gap or not _gap_ok(plain, extra):
        return None
    if any(o is not m and m[1] <= o[0] < t0 for o in systems):
        return None
    # a possessive or a component after the name: "the Rafale's engines", "the F-35 engine"
    comp = re.match(r"^(?:['’]s?\b|\s+(?P<noun>engines?|radars?|guns?|cannons?|sensors?|seekers?|pods?|ammunition|"
                    r"moteurs?|Triebwerke?)\b)", gap)
    if comp and not (comp.group("noun") and (m[2].type or "").lower() in comp.group("noun").lower()):
        return None  # "the F-35 engine" (but "AN/APG-83 radars, made by": the radar itself)
    return m


def family_mention(system: System, written: str) -> bool:
    """Whether ``written`` names the system itself rather than a variant kept as one of its aliases.

    "Gripen" and "JAS 39 Gripen" name the family; "Gripen E", "Rafale M" or "Leopard 2A7" name a
    variant, whose dates may differ from the family's.
    """
    key = lookup_key(written)
    names = {lookup_key(n) for n in system.names}
    if key == lookup_key(system.name) or (len(key) >= 3 and lookup_key(system.name).startswith(key)):
        return True  # "P-8A" names the "P-8A Poseidon" itself
    for n in sorted(names, key=len):
        if n and key != n and key.startswith(n):
            rest = key[len(n):]
            if len(rest) <= 4 or re.match(r"(?:block|tranche|increment|batch|mk|mod|variant)", rest):
                return False
    return True


def interval(value: object) -> tuple[int, int] | None:
    """A year fact as an inclusive interval: ``1974`` or ``[2001, 2006]``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value, value
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        lo, hi = int(value[0]), int(value[1])
        return (lo, hi) if lo <= hi else (hi, lo)
    return None


def describe_years(value: object) -> str:
    iv = interval(value)
    if iv is None:
        return str(value)
    return str(iv[0]) if iv[0] == iv[1] else f"{iv[0]}–{iv[1]}"


def as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value is not None else []


# -- a subject named by a definite generic noun: "the helicopters are built by ...", "ce monomoteur" --------
ANAPHOR_NOUN_RE = gated(re.compile(
    r"(?i)(?:\b(?:the|these|those|this|each|every|ce|cet|cette|ces|les|le|la|chaque|die|der|das|diese[rsn]?|"
    r"jede[rsn]?)\s+|\bl['’]|(?:^|(?<=\n)|(?<=\?\s))(?:an?|une?|eine?)\s+(?=[^.;:]*,))"  # "Ein zweisitziger, zweistrahliger Jet, ..."
    r"(?:(?:new|nouveaux?|neuen?|[\w]+-[\w-]+|Block\s+[\w/]+|(?-i:[a-zäöüéèà]{4,})),?\s+){0,3}"  # "the long-range remotely piloted aircraft"
    r"(?P<noun>helicopters?|jets?|aircraft|airframes?|fighters?|planes?|rotorcraft|torpedo(?:es)?|tanks?|howitzers?|drones?|"
    r"launchers?|lance-roquettes|Raketenwerfer|obusiers?|[\wÄÖÜäöü]*[Hh]aubitzen?|"
    r"tankers?|trainers?|airlifters?|ravitailleurs?|Tankflugzeuge?|Tanker|"
    r"frigates?|submarines?|hélicoptères?|appareils?|avions?|chasseurs?|monomoteur|bimoteur|biréacteur|(?:mono|bi)?turbopropulseur|"
    r"quadriréacteur|torpilles?|chars?|frégates?|sous-marins?|Hubschrauber|Helikopter|Kampfjets?|Flugzeuge?|"
    r"Maschinen?|Torpedos?|Kampfpanzer|Panzer|Drohnen?|Fregatten?|U-Boote?|missiles?|interceptors?|"
    r"[\wÄÖÜäöü-]*[Hh]ubschrauber|[\wÄÖÜäöü]+jets?|[\wÄÖÜäöü-]*[Ff]lugzeuge?|"
    r"Tarnkappenjets?|Tarnkappenflugzeuge?|stealth\s+(?:jets?|fighters?)|chasseurs?\s+furtifs?|"
    r"[\wÄÖÜäöü-]*[Ff]lugkörper|[\wÄÖÜäöü-]*[Rr]aketen?|intercepteurs?|"
    r"(?:armou?red\s+|amphibious\s+|tracked\s+)?vehicles?|véhicules?|[\wÄÖÜäöü]*[Ff]ahrzeuge?|"
    r"type|(?-i:Typ)|modèle)\b"))
_NOUN_CATEGORY = [
    (re.compile(r"(?i)heli|rotor|hubschrauber|jet|aircraft|airframe|fighter|plane|appareil|avion|chasseur|moteur|réacteur"
                r"|flugzeug|maschine|drone|drohne|tanker|trainer|airlifter|ravitailleur"), "Aircraft"),
    (re.compile(r"(?i)torp"), "Naval weapons"),
    (re.compile(r"(?i)missile|interceptor|intercepteur|flugkörper|rakete"), "Missiles"),
    (re.compile(r"(?i)tank|char|panzer|vehicle|véhicule|fahrzeug"), "Armoured vehicles"),
    (re.compile(r"(?i)howitzer|launcher|lance-roquettes|raketenwerfer|obusier|haubitze"), "Artillery"),
    (re.compile(r"(?i)frigate|frégate|fregatte|submarine|sous-marin|u-boot"), "Ships"),
]


_NOUN_TYPES = [
    (re.compile(r"(?i)drone|drohne|uav|uas"), {"uav", "unmanned aircraft"}),
    (re.compile(r"(?i)heli|rotor|hubschrauber"), {"helicopter"}),
]


def topic_counts(sentences: Sequence[tuple[int, int, str, Sequence[Mention]]],
                 cat: Catalog | None = None) -> list[tuple[int, System]]:
    """The named systems of a document, most named first.  With the catalog, the members of one family
    count together ("E-2D" and "E-2 Hawkeye" are one aircraft told twice), represented by the member named
    most (on a tie, the variant: its facts are the precise ones)."""
    counts: dict[str, tuple[int, System]] = {}
    members: dict[str, dict[str, tuple[int, int, System]]] = {}
    family: dict[str, tuple[str, int]] = {}  # system id -> (family root id, depth), looked up once per system
    for _s, _e, _sent, systems in sentences:
        for _a, _b, sysm in systems:
            if sysm.generic:
                continue
            if sysm.id not in family:
                root = cat.root(sysm.id) if cat is not None else None
                family[sysm.id] = (root.id if root is not None else sysm.id,
                                   len(cat.ancestors(sysm.id)) if cat is not None else 0)
            key, depth = family[sysm.id]
            n, _ = counts.get(key, (0, sysm))
            counts[key] = (n + 1, sysm)
            k, _d, _x = members.setdefault(key, {}).get(sysm.id, (0, depth, sysm))
            members[key][sysm.id] = (k + 1, depth, sysm)
    out = []
    for key, (n, _sysm) in counts.items():
        best = max(members[key].values(), key=lambda x: (x[0], x[1]))
        out.append((n, best[2]))
    return sorted(out, key=lambda x: -x[0])


def anaphor_subject(sent: str, t0: int, topic: Sequence[tuple[int, System]]) -> Mention | None:
    """The system a definite generic noun before ``t0`` stands for ("The helicopters are built by Boeing"):
    the document's clearly leading system of that kind (named at least twice, more than any other)."""
    nouns = [m for m in ANAPHOR_NOUN_RE.finditer(sent) if m.start() <= t0]
    if not nouns:
        return None
    m = nouns[-1]
    cat = next((c for rx, c in _NOUN_CATEGORY if rx.search(m.group("noun"))), None)
    torpedo = cat == "Naval weapons"
    of_kind = [(n, s) for n, s in topic
               if (s.category == cat and not torpedo) or (torpedo and "torpedo" in (s.type or "") + (s.name or "").lower())
               or re.fullmatch(r"(?i)type|typ|modèle", m.group("noun"))]  # "The type first flew in 1986": any kind
    # "The drones, made by Turkey's Baykar": a drone, not the article's transport aircraft
    for rx, types in _NOUN_TYPES:
        if rx.search(m.group("noun")):
            of_kind = [(n, s) for n, s in of_kind if (s.type or "") in types]
            break
    if re.fullmatch(r"(?i)jets?|biréacteurs?|Düsenjets?", m.group("noun")) or re.search(
            r"(?i)\b(?:twin|two|single|one|tri|three|four)[- ]?jet|biréacteur|zweistrahlig", m.group(0)):
        # "the twin-engine jets": not the turboprop Hercules the article also names
        of_kind = [(n, s) for n, s in of_kind
                   if not ((f := s.facts.get("engine_type")) is not None and str(f.value) in _NOT_JET)]
    if not of_kind or of_kind[0][0] < 2 or (len(of_kind) > 1 and of_kind[1][0] >= of_kind[0][0]):
        return None
    return (m.start(), m.end(), of_kind[0][1])


_NOT_JET = ("turboprop", "turboshaft", "piston")


def deal_subject(report: DealReport) -> str | None:
    """What the sale is of: its first item, or the system its items are parts of -- "THAAD" for a radar,
    launchers and interceptors of THAAD."""
    if not report.items:
        return None
    cat = load_catalog()

    def root_of(catalog_id: str | None) -> str | None:
        s = cat.get(catalog_id) if catalog_id else None
        return (cat.root(s.id) or s).id if s is not None else None
    roots: dict[str, list[int | None]] = {}
    for i in report.items:
        if (r := root_of(i.catalog_id)) is not None:
            roots.setdefault(r, []).append(i.quantity)
    first = report.items[0]
    best = max(roots, key=lambda k: len(roots[k]), default=None)
    if best is None or len(roots[best]) < 2 or best == first.catalog_id or (b := cat.get(best)) is None:
        return _as_written(first)
    if root_of(first.catalog_id) == best:
        f = cat.get(first.catalog_id or "")
        # the parts of one system (a radar, launchers, interceptors); a variant ("F-16C") names itself
        return b.name if f is not None and f.type != b.type else first.system
    return _as_written(first)


def _as_written(item: Item) -> str:
    """The item's catalog name, or its designation as the text writes it when that is more precise ("MK 54
    MOD 0" for the "MK 54 lightweight torpedo"): claims are about what the text says was sold."""
    written = (item.mention or "").strip()
    key = re.sub(r"[^0-9a-z]", "", written.lower())
    name = re.sub(r"[^0-9a-z]", "", item.system.lower())
    if written and len(key) >= 4 and key not in name and name[:3] == key[:3] \
            and re.search(r"(?i)\b(?:mod|block|blk|increment|lot)\s*\d", written):
        return written
    return variant_as_written(written, item.system) or item.system
