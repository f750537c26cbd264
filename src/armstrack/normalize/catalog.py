"""The reference catalog of weapon systems: names, aliases, categories and a few sourced facts.

The data lives in ``armstrack/data/catalog.json``. Every fact carries the id of a source listed in
the file's ``"sources"`` table. This module loads the file and answers three kinds of question:

* :meth:`Catalog.lookup` -- which system is this exact name (insensitive to case, spaces, hyphens
  and a plural "s")?
* :meth:`Catalog.find_in` -- where in this text are systems mentioned (exact character offsets)?
* :meth:`Catalog.match_item` -- which system does this item phrase of an arms-sale notice name?
"""
from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

import ahocorasick

CATEGORIES: frozenset[str] = frozenset({
    "Aircraft", "Air defence systems", "Anti-submarine warfare", "Armoured vehicles", "Artillery",
    "Engines", "Missiles", "Naval weapons", "Satellites", "Sensors", "Ships", "Other",
})

# Characters folded to a plain space (one character each, so the fold keeps its length).
_SPACE_LIKE = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\t\n\r\f\v")
_MIN_ALIAS_LEN = 2
# A short all-capitals acronym ("TOW", "RAM", "HARM") matches only when written in capitals, so
# "tow bar" or "ram air" name no system.
_ACRONYM = re.compile(r"[A-Z]{2,5}")


@dataclass(frozen=True)
class Fact:
    """One sourced fact about a system; ``source`` is a key of the catalog's sources table."""

    value: object
    unit: str | None
    source: str
    note: str | None = None


@dataclass(frozen=True)
class System:
    """A catalog entry: a system, a variant of one (``parent``), or a generic article of transfer."""

    id: str
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    category: str
    type: str | None
    role: str | None
    manufacturer: str | None
    origin: str | None
    facts: Mapping[str, Fact] = field(default_factory=dict, compare=False, hash=False)
    source: str | None = None
    #: a class of article ("radios", "trucks") rather than one system; any named system beats it
    generic: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def fact(self, key: str) -> Fact | None:
        return self.facts.get(key)


def fold_char(ch: str) -> str:
    """Fold one character for matching, always to exactly one character."""
    if ch in _SPACE_LIKE or ch.isspace():
        return " "
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """A length-preserving case fold: ``len(fold(t)) == len(t)`` and offsets carry over unchanged."""
    return "".join(fold_char(c) for c in text)


_SEP_RUN = re.compile("[" + re.escape("".join(sorted(_SPACE_LIKE))) + r"\s]+")


def _squeeze(text: str) -> tuple[str, list[int], frozenset[int]]:
    """Fast path of :func:`_squeeze_slow` (same result): runs of separators handled by a regex."""
    low = text.lower()
    if len(low) != len(text):
        return _squeeze_slow(text)
    out: list[str] = []
    index: list[int] = []
    soft: set[int] = set()
    n = 0
    pos = 0
    for m in _SEP_RUN.finditer(low):
        seg = low[pos:m.start()]
        if seg:
            out.append(seg)
            index.extend(range(pos, m.start()))
            n += len(seg)
        nxt = low[m.end():m.end() + 1]
        if n and nxt:
            if out[-1][-1].isalpha() and nxt.isdigit():
                soft.add(n)
            else:
                out.append(" ")
                index.append(m.start())
                n += 1
        pos = m.end()
    tail = low[pos:]
    if tail:
        out.append(tail)
        index.extend(range(pos, len(low)))
    return "".join(out), index, frozenset(soft)


def _squeeze_slow(text: str) -> tuple[str, list[int], frozenset[int]]:
    """Fold ``text`` for matching and keep the way back to it.

    Separators (spaces, hyphens, dashes, line breaks) collapse to one space, except a run between a
    letter and a digit, which is dropped, so "T-700", "T 700" and "T700" or "MK- 83" and "MK-83"
    read alike. Returns the folded text, the original index of each of its characters, and the
    positions where a separator was dropped (they count as word boundaries).
    """
    out: list[str] = []
    index: list[int] = []
    soft: set[int] = set()
    pending = -1  # index in ``text`` of the first separator of the current run, or -1
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f == " ":
            if out and pending < 0:
                pending = i
            continue
        if pending >= 0:
            if out[-1].isalpha() and f.isdigit():
                soft.add(len(out))
            else:
                out.append(" ")
                index.append(pending)
            pending = -1
        out.append(f)
        index.append(i)
    return "".join(out), index, frozenset(soft)


def _pattern_key(alias: str) -> str:
    """The automaton key of an alias: folded the way :func:`_squeeze` folds text."""
    return _squeeze(alias)[0]


_COMPACT_DROP = re.compile(r"[\s\-\u2010-\u2015\u2212.]+")


def lookup_key(name: str) -> str:
    """The key :meth:`Catalog.lookup` compares: casefolded, no spaces/hyphens/dots, one plural s off."""
    key = _COMPACT_DROP.sub("", name.casefold())
    if len(key) > 2 and key.endswith("s"):
        key = key[:-1]
    return key


def _alias_forms(alias: str) -> set[str]:
    """Written forms of one alias that :meth:`Catalog.find_in` recognises (keys of the automaton)."""
    base = _pattern_key(alias)
    forms = {base}
    if base and base[-1].isalnum() and not base.endswith("s"):
        forms.add(base + "s")
        if base[-1] in "sxh":
            forms.add(base + "es")
        if base.endswith("y") and len(base) > 3 and base[-2] not in "aeiou":
            forms.add(base[:-1] + "ies")
    return {f for f in forms if len(f) >= _MIN_ALIAS_LEN}


# "Caracal helicopter" is also "Caracal-Hubschrauber" and "hélicoptères Caracal": a name that is too common a word
# alone ("Caracal", "Tiger", "Merlin") is a system with its kind noun in any of the three languages
FOREIGN_TYPE_FORMS: dict[str, tuple[str, ...]] = {
    "helicopter": ("{}-Hubschrauber", "{}-Helikopter", "hélicoptère {}", "hélicoptères {}"),
    "attack helicopter": ("{}-Kampfhubschrauber", "hélicoptère d'attaque {}", "hélicoptères d'attaque {}"),
    "submarine": ("{}-U-Boot", "{}-U-Boote", "sous-marin {}", "sous-marins {}"),
    "frigate": ("{}-Fregatte", "{}-Fregatten", "frégate {}", "frégates {}"),
    "main battle tank": ("{}-Kampfpanzer", "char {}", "chars {}"),
    "tank": ("{}-Kampfpanzer", "char {}", "chars {}"),
}


def _foreign_type_names(system: System) -> list[str]:
    """The German and French forms of a system's "<name> <kind>" aliases ("Tiger helicopter")."""
    if system.generic:
        return []
    out: list[str] = []
    for n in system.names:
        for kind, forms in FOREIGN_TYPE_FORMS.items():
            if n.lower().endswith(" " + kind):
                base = n[: -len(kind) - 1].strip()
                if base and base[0].isupper() and not re.search(r"(?i)class$|\bthe$", base):
                    out.extend(f.format(base) for f in forms)
                # "İstif-class frigate" is also "İstif-Fregatten" and "frégates İstif"
                elif (cm := re.fullmatch(r"(?P<base>[A-ZÀ-Þİ][\w'’ -]{1,40}?)[- ]class", base)) is not None:
                    out.extend(f.format(cm.group("base")) for f in forms)
        # "Amazonas-class" is also "Amazonas-Klasse" and "classe Amazonas"
        if (cm := re.fullmatch(r"(?P<base>[A-ZÀ-Þİ][\w'’ -]{1,40}?)[- ]class", n)) is not None:
            out.extend((f"{cm.group('base')}-Klasse", f"classe {cm.group('base')}"))
    return out


def _starts_word(text: str, start: int, soft: frozenset[int]) -> bool:
    """True when ``text[start:]`` is not glued to a letter or digit before it."""
    return start == 0 or not text[start - 1].isalnum() or start in soft


def _is_boundary(text: str, start: int, end: int, soft: frozenset[int]) -> bool:
    """True when ``text[start:end]`` is not glued to a letter or digit on either side."""
    if not _starts_word(text, start, soft):
        return False
    return not (end < len(text) and text[end].isalnum() and end not in soft)


@dataclass(frozen=True)
class _Hit:
    start: int  # offsets into the squeezed text
    end: int
    system: System


# a national version's suffix glued to a designation: "Leopard 2A7HU", "Leopard 2A8NOR", "K2PL" (the designation's system)
NATIONAL_SUFFIX_RE = re.compile(r"(?:NOR|HU|DK|CZ|PL|NL|SG|IQ|IN|FIN|GR|TR|KSA|QA|SE|NO|CH|AUS|MY|TH|ID|PH|BR|AU|CA|IL|"
                                r"LT|SK|RO|HR|DE|UK|EG|MA)(?![\w-])")
# a short designation read as a price: "K2.8 billion" (kwacha), "R1 million" (rand)
MONEY_AFTER_RE = re.compile(r"(?:[.,]\d+)?[\s-]*(?:billion|million|bn|m|trillion|milliards?|Milliarden?)\b")


class Catalog:
    """An immutable, indexed set of :class:`System` entries and the sources their facts cite."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        raw_sources = data.get("sources", {})
        self._sources: dict[str, dict[str, str]] = {
            str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw_sources.items()}
        self._systems: dict[str, System] = {}
        # systems whose one-word name is also an ordinary word ("Volcano"): matched only with its capital initial
        capitalised = {str(e["id"]) for e in data.get("systems", []) if e.get("capitalised")}
        # "capitalised": "all" holds for names of several words too ("Littoral Combat Ship", not "six littoral combat
        # ships" said of a Gowind derivative)
        capitalised_all = {str(e["id"]) for e in data.get("systems", []) if e.get("capitalised") == "all"}
        for entry in data.get("systems", []):
            system = self._parse_system(entry)
            if system.id in self._systems:
                raise ValueError(f"duplicate system id {system.id!r}")
            self._systems[system.id] = system
        self._validate()
        self._children: dict[str, list[str]] = {}
        for s in self._systems.values():
            if s.parent:
                self._children.setdefault(s.parent, []).append(s.id)
        self._by_key: dict[str, System] = {}
        #: (written form, system kept, system dropped) for aliases that two systems share
        self.collisions: list[tuple[str, str, str]] = []
        self._automaton: Any = ahocorasick.Automaton()
        owner: dict[str, str] = {}
        for s in self._systems.values():
            for n in (*s.names, *_foreign_type_names(s)):
                key = lookup_key(n)
                kept = self._by_key.setdefault(key, s)
                if kept.id != s.id:
                    self.collisions.append((n, kept.id, s.id))
                caps = len(n) if _ACRONYM.fullmatch(n) else \
                    1 if s.id in capitalised and (" " not in n or s.id in capitalised_all) else 0
                for form in _alias_forms(n):
                    if form in owner:
                        if owner[form] != s.id and lookup_key(form) != key:
                            self.collisions.append((form, owner[form], s.id))
                        continue
                    owner[form] = s.id
                    self._automaton.add_word(form, (len(form), s.id, caps))
        if len(self._automaton):
            self._automaton.make_automaton()

    # -- loading -------------------------------------------------------------------------------
    def _parse_system(self, entry: Mapping[str, Any]) -> System:
        facts: dict[str, Fact] = {}
        for key, raw in (entry.get("facts") or {}).items():
            facts[str(key)] = Fact(value=raw.get("value"), unit=raw.get("unit"),
                                   source=str(raw.get("source", "")), note=raw.get("note"))
        return System(
            id=str(entry["id"]), name=str(entry["name"]),
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            parent=entry.get("parent"), category=str(entry.get("category", "")),
            type=entry.get("type"), role=entry.get("role"),
            manufacturer=entry.get("manufacturer"), origin=entry.get("origin"),
            facts=MappingProxyType(facts), source=entry.get("source"),
            generic=bool(entry.get("generic", False)))

    def _validate(self) -> None:
        problems: list[str] = []
        for s in self._systems.values():
            if s.category not in CATEGORIES:
                problems.append(f"{s.id}: category {s.category!r} is not a SIPRI category")
            if s.parent is not None and s.parent not in self._systems:
                problems.append(f"{s.id}: parent {s.parent!r} does not exist")
            if s.source is not None and s.source not in self._sources:
                problems.append(f"{s.id}: source {s.source!r} is not in sources")
            for key, f in s.facts.items():
                if f.source not in self._sources:
                    problems.append(f"{s.id}.{key}: source {f.source!r} is not in sources")
            seen: set[str] = set()
            cur: System | None = s
            while cur is not None and cur.parent is not None:
                if cur.id in seen:
                    problems.append(f"{s.id}: parent cycle")
                    break
                seen.add(cur.id)
                cur = self._systems.get(cur.parent)
        if problems:
            raise ValueError("invalid catalog: " + "; ".join(problems[:20]))

    # -- plain access --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._systems)

    def __iter__(self) -> Iterator[System]:
        return iter(self._systems.values())

    def __contains__(self, system_id: object) -> bool:
        return system_id in self._systems

    @property
    def sources(self) -> Mapping[str, Mapping[str, str]]:
        return MappingProxyType(self._sources)

    def get(self, id: str) -> System | None:
        return self._systems.get(id)

    def source(self, source_id: str) -> dict[str, str]:
        """The ``{"title": ..., "url": ...}`` record of a source id; KeyError when unknown."""
        return dict(self._sources[source_id])

    def ancestors(self, id: str) -> list[System]:
        """The parent chain of a system, nearest first (the system itself is not included)."""
        out: list[System] = []
        seen = {id}
        cur = self._systems.get(id)
        while cur is not None and cur.parent is not None and cur.parent not in seen:
            seen.add(cur.parent)
            nxt = self._systems.get(cur.parent)
            if nxt is None:
                break
            out.append(nxt)
            cur = nxt
        return out

    def children(self, id: str) -> list[System]:
        """The direct variants of a system."""
        return [self._systems[c] for c in self._children.get(id, [])]

    def root(self, id: str) -> System | None:
        """The top of a system's family (the system itself when it has no parent)."""
        chain = self.ancestors(id)
        return chain[-1] if chain else self._systems.get(id)

    def resolve_fact(self, id: str, key: str) -> tuple[System, Fact] | None:
        """A fact of the system, or else of its nearest ancestor that has it."""
        system = self._systems.get(id)
        if system is None:
            return None
        for s in (system, *self.ancestors(id)):
            f = s.facts.get(key)
            if f is not None:
                return s, f
        return None

    # -- matching ------------------------------------------------------------------------------
    def lookup(self, name: str) -> System | None:
        """The system whose name or an alias is exactly ``name`` (case, spaces, hyphens, plural aside)."""
        key = lookup_key(name.strip())
        return self._by_key.get(key) if key else None

    def _hits(self, text: str) -> tuple[list[_Hit], list[int]]:
        """All alias occurrences on word boundaries, overlapping ones included, and the index map."""
        squeezed, index, soft = _squeeze(text)
        if not len(self._automaton) or not squeezed:
            return [], index
        hits: list[_Hit] = []
        for end_idx, (length, sid, caps) in self._automaton.iter(squeezed):
            start, end = end_idx - length + 1, end_idx + 1
            if not _is_boundary(squeezed, start, end, soft) \
                    and not (_starts_word(squeezed, start, soft) and squeezed[end - 1].isdigit()
                             and NATIONAL_SUFFIX_RE.match(text, index[end - 1] + 1)):
                continue
            if caps and not all(text[index[i]].isupper() for i in range(start, start + caps)):
                continue
            hits.append(_Hit(start, end, self._systems[sid]))
        return hits, index

    def find_in(self, text: str) -> list[tuple[int, int, System]]:
        """Non-overlapping mentions as ``(start, end, system)`` offsets into ``text``, in text order.

        Overlaps are settled longest first (named systems before generic entries), so
        ``text[start:end]`` is the alias as written, case and separators aside.  The last few
        documents' results are kept: the readers and the claim checker ask for the same text.
        """
        cache: dict[str, list[tuple[int, int, System]]] = self.__dict__.setdefault("_find_cache", {})
        if len(text) > 200 and text in cache:
            return list(cache[text])
        out = self._find_in(text)
        if len(text) > 200:
            if len(cache) >= 8:
                cache.pop(next(iter(cache)))
            cache[text] = out
        return list(out)

    def _find_in(self, text: str) -> list[tuple[int, int, System]]:
        found, index = self._hits(text)
        hits = sorted(found,
                      key=lambda h: (h.system.generic, -(h.end - h.start), h.start))
        taken: list[tuple[int, int]] = []
        out: list[tuple[int, int, System]] = []
        for h in hits:
            if any(h.start < e and s < h.end for s, e in taken):
                continue
            start, end = index[h.start], index[h.end - 1] + 1
            if MONEY_AFTER_RE.match(text, end) and re.fullmatch(r"[A-Z]\d", text[start:end]):
                continue  # "roughly K2.8 billion": Zambian kwacha, not the K2 tank
            taken.append((h.start, h.end))
            out.append((start, end, h.system))
        out.sort(key=lambda t: t[0])
        return out

    def match_item(self, phrase: str) -> System | None:
        """The best system for an item phrase of a notice.

        Every alias found on word boundaries is a candidate; a candidate that is an ancestor of
        another one is dropped (a variant designation beats its family name: "M31A2 guided
        multiple launch rocket system" is the M31A2); a named system beats a generic entry
        ("AN/AVS-9 Night Vision Goggles" is the AN/AVS-9); then the earliest mention wins, since
        a designation heads an item phrase ("KMU-572 tail kits for the GBU-38 JDAM" is the
        KMU-572), and of mentions starting at one place the longest. Among generic entries only,
        the last mention wins: the head noun ends the phrase ("water tank trucks" are trucks).
        """
        hits = self._hits(phrase)[0]
        if not hits:
            return None
        ids = {h.system.id for h in hits}
        ancestor_ids = {a.id for i in ids for a in self.ancestors(i)}
        kept = [h for h in hits if h.system.id not in ancestor_ids]
        named = [h for h in kept if not h.system.generic]
        if named:
            return min(named, key=lambda h: (h.start, -(h.end - h.start))).system
        # generic classes: the head noun of an English noun phrase comes last ("water tank trucks")
        best = max(kept, key=lambda h: (h.end, h.end - h.start), default=None)
        return best.system if best is not None else None

    def search(self, query: str, limit: int = 20) -> list[System]:
        """Systems whose names or aliases match ``query``: exact, prefix, substring, then fuzzy."""
        q = lookup_key(query)
        if not q:
            return []
        scored: list[tuple[float, str, System]] = []
        for s in self._systems.values():
            best: float | None = None
            for n in s.names:
                k = lookup_key(n)
                if k == q:
                    score = 0.0
                elif k.startswith(q):
                    score = 1.0 + len(k) / 1000
                elif q in k:
                    score = 2.0 + len(k) / 1000
                else:
                    ratio = difflib.SequenceMatcher(None, q, k).ratio()
                    score = 4.0 - ratio if ratio >= 0.75 else 99.0
                best = score if best is None else min(best, score)
            if best is not None and best < 99.0:
                scored.append((best, s.name.casefold(), s))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [s for _, _, s in scored[:limit]]


def catalog_text() -> str:
    """The raw JSON text of the packaged catalog."""
    return (resources.files("armstrack") / "data" / "catalog.json").read_text(encoding="utf-8")


EXTRA_CATALOGS = ("catalog_world.json",)  # further data files merged into the catalog, when present


@functools.lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The packaged catalog (``catalog.json`` plus the files of :data:`EXTRA_CATALOGS`), parsed and
    indexed once per process.  A system id defined twice keeps its first definition."""
    data: dict[str, Any] = json.loads(catalog_text())
    ids = {entry["id"] for entry in data["systems"]}
    for name in EXTRA_CATALOGS:
        res = resources.files("armstrack") / "data" / name
        if not res.is_file():
            continue
        extra = json.loads(res.read_text(encoding="utf-8"))
        data["sources"].update({k: v for k, v in extra.get("sources", {}).items() if k not in data["sources"]})
        data["systems"].extend(e for e in extra.get("systems", []) if e["id"] not in ids)
        ids.update(e["id"] for e in extra.get("systems", []))
    return Catalog(data)
