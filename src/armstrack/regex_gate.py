"""A literal gate in front of a large regular expression: skip the regex when the text cannot match.

Most clauses an article yields carry none of the stage cues, none of the range words, none of the deal nouns; yet
Python's ``re`` walks a 15 KB alternation at every position of every clause to find that out.  :func:`gated` reads
the pattern's syntax tree once and collects a set of literal strings such that **every match contains one of
them** (for ``(?:has|have)\\s+approved|notified`` that is ``{"approved", "notified"}``).  A text containing none of
them (one Aho–Corasick pass over its case-folded form) cannot match, so the regex is not run at all.

The gate is sound by construction, never a heuristic:

* only parts every match must go through give literals: optional parts, repeats that may be empty, negative
  look-arounds, back-references and conditionals give none, and a branch gives literals only when each of its
  alternatives does;
* text and literals are folded alike, with the regex engine's own simple lower-casing (``_sre.unicode_tolower``, so
  "İ" folds to "i" as ``re.IGNORECASE`` has it) and its extra case classes ("ı"/"i", "ſ"/"s", "µ"/"μ" …), so a
  case-insensitive match always shows as a folded literal;
* when a pattern yields no usable literal set, or its syntax tree cannot be read, the gate is open: the regex runs
  as before.
"""
from __future__ import annotations

import bisect
import importlib
import re
import sys
from collections.abc import Callable, Iterator
from itertools import product
from typing import Any

import ahocorasick


def _private(name: str) -> Any:
    """A private module of the regex engine; if it ever moves, every gate stays open (the regexes just run)."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - a future Python without it
        return None


_sre = _private("_sre")
_p = _private("re._parser")
_c = _private("re._constants")
_EXTRA_CASES: dict[int, tuple[int, ...]] = getattr(_private("re._casefix"), "_EXTRA_CASES", {})

MAX_EXACT = 64   # largest set of exact strings a part may stand for before it is treated as "some text"
MIN_LITERAL = 3  # a required set whose shortest literal is shorter than this gates too little to pay for itself


def _canonical(code: int) -> int:
    """The one code point standing for a character's case class under ``re.IGNORECASE``."""
    low: int = _sre.unicode_tolower(code)
    return min((low, *_EXTRA_CASES.get(low, ())))


# After ``str.lower()`` (the full lower-casing, equal to the engine's simple one but for "İ", which becomes two
# characters) only the members of the extra case classes that are not their class's smallest still differ.
_MERGE = {low: min(others) for low, others in _EXTRA_CASES.items() if min(others) < low}
_MERGE_CHARS = frozenset(map(chr, _MERGE))
_last: list[tuple[str, str]] = [("", "")]  # the last text folded and its fold, one pair (stored at once)


def fold(text: str) -> str:
    """The text as the gates compare it: each character as its case class's canonical member."""
    last = _last[0]
    if text is last[0]:
        return last[1]
    if text.isascii():
        folded = text.lower()
    else:
        folded = (text.replace("\u0130", "I") if "\u0130" in text else text).lower()
        if not _MERGE_CHARS.isdisjoint(folded):
            folded = folded.translate(_MERGE)
    _last[0] = (text, folded)
    return folded


# What a part of a pattern guarantees: ("exact", strings) - it always matches one of these strings exactly;
# ("required", strings) - every match contains one of them; ("none", ()) - nothing known.
_Info = tuple[str, frozenset[str]]
_NONE: _Info = ("none", frozenset())


def _best(a: _Info, b: _Info) -> _Info:
    """Of two guarantees of a sequence, the more selective (longest shortest literal, then fewest literals)."""
    if a[0] == "none" or not a[1]:
        return b
    if b[0] == "none" or not b[1]:
        return a
    ka = (min(map(len, a[1])), -len(a[1]))
    kb = (min(map(len, b[1])), -len(b[1]))
    return a if ka >= kb else b


def _seq(items: list[Any]) -> _Info:
    """The guarantee of a sequence of parsed parts: runs of exact parts concatenate; the best required set wins."""
    best: _Info = _NONE
    run: frozenset[str] | None = None  # exact strings of the current run of exact parts
    whole = bool(items)  # is the whole sequence one unbroken run of exact parts?
    for item in items:
        info = _part(item)
        if info[0] == "exact":
            joined = info[1] if run is None else frozenset(a + b for a, b in product(run, info[1]))
            if len(joined) > MAX_EXACT:
                assert run is not None
                best = _best(best, ("required", run))
                joined, whole = info[1], False
            run = joined
            continue
        whole = False
        if run is not None:
            best = _best(best, ("required", run))
            run = None
        if info[0] == "required":
            best = _best(best, info)
    if run is not None:
        if whole:
            return ("exact", run)
        best = _best(best, ("required", run))
    return best


def _part(item: tuple[Any, Any]) -> _Info:
    op, av = item
    if op is _c.LITERAL:
        return ("exact", frozenset({fold(chr(av))}))
    if op is _c.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not _c.LITERAL:
                return _NONE  # a range, a category or a negation: not a small set of characters
            chars.add(fold(chr(sub_av)))
        return ("exact", frozenset(chars)) if 0 < len(chars) <= 4 else _NONE
    if op is _c.SUBPATTERN:
        return _seq(list(av[-1]))
    if op is _c.BRANCH:
        infos = [_seq(list(alt)) for alt in av[1]]
        if any(info[0] == "none" or not info[1] for info in infos):
            return _NONE
        strings = frozenset().union(*(info[1] for info in infos))
        if all(info[0] == "exact" for info in infos) and len(strings) <= MAX_EXACT:
            return ("exact", strings)
        return ("required", strings)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        if low == 0:
            return _NONE
        info = _seq(list(sub))
        if info[0] == "exact" and low == high == 1:
            return info
        return ("required", info[1]) if info[0] != "none" else _NONE
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(list(av))
    return _NONE  # \b, look-arounds, back-references, conditionals, any character …


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of the pattern contains, or None when none can be told."""
    if _p is None or _c is None or _sre is None:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        info = _seq(list(tree))
    except Exception:  # noqa: BLE001 - an unreadable tree only leaves the gate open
        return None
    if info[0] == "none" or not info[1] or min(map(len, info[1])) < MIN_LITERAL:
        return None
    return info[1]


# A clause meets some twenty gates in a row (stage cues, deal nouns, roles …): one pass of an automaton holding every
# gate's literals tells which gates a short text opens, and the answer is kept for the texts read last.
SHARED_PASS_MAX = 2000  # longer texts (whole articles) are read gate by gate: most gates stop at their first literal
_GATES: list[GatedPattern] = []
# the automaton of the registered gates' literals and how many gates it covers (None: to be built); the answers kept for
# recent short texts carry that count too, so a gate made later (a lazily built table, perhaps in another thread) is
# never answered by an automaton that does not hold its literals
_shared: list[tuple[Any, int] | None] = [None]
_opened: dict[str, tuple[frozenset[int], int]] = {}


def _register(gate: GatedPattern) -> int:
    _GATES.append(gate)
    _shared[0] = None  # rebuilt with the new gate on the next short text
    return len(_GATES) - 1


def _shared_automaton() -> tuple[Any, int]:
    gates = list(_GATES)
    owners: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):
        for literal in gate.literals or ():
            owners.setdefault(literal, []).append(i)
    automaton = ahocorasick.Automaton()
    for literal, ids in owners.items():
        automaton.add_word(literal, tuple(ids))
    automaton.make_automaton()
    return automaton, len(gates)


def _open_gates(text: str) -> tuple[frozenset[int], int]:
    """Indices of the gates with a literal in the (short) text, and how many gates were asked: sound as each gate's
    own pass for those, one pass for all."""
    found = _opened.get(text)
    if found is None:
        shared = _shared[0]
        if shared is None:
            shared = _shared[0] = _shared_automaton()
        automaton, covered = shared
        ids: set[int] = set()
        for _end, owners in automaton.iter(fold(text)):
            ids.update(owners)
        found = (frozenset(ids), covered)
        if len(_opened) >= 512:
            _opened.clear()
        _opened[text] = found
    return found


class GatedPattern:
    """A compiled pattern whose matching methods first ask the literal gate; the rest is the pattern's own."""

    __slots__ = ("regex", "literals", "_automaton", "_spans_of", "_index")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.literals = required_literals(regex)
        self._automaton: Any = None
        if self.literals is not None:
            automaton = ahocorasick.Automaton()
            for literal in self.literals:
                automaton.add_word(literal, literal)
            automaton.make_automaton()
            self._automaton = automaton
        self._index = _register(self) if self.literals is not None else -1
        # the last text read span by span, and where its literals lie (starts sorted, with their ends)
        self._spans_of: tuple[str, list[int], list[int]] = ("", [], [])

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    def may_match(self, text: str) -> bool:
        """False only when no match can exist in the text (no required literal in it)."""
        if self._automaton is None:
            return True
        if len(text) <= SHARED_PASS_MAX:
            found, covered = _open_gates(text)
            if self._index < covered:
                return self._index in found
        return next(self._automaton.iter(fold(text)), None) is not None

    def may_match_in(self, text: str, pos: int, endpos: int) -> bool:
        """False only when no match can lie within ``text[pos:endpos]`` (no required literal wholly inside it).

        The same text is often read sentence by sentence (``search(text, s, e)``): its literals are found once, and
        each span asks only whether one of them lies inside it.  A match inside the span holds one of its literals
        inside the span, so the answer stays sound; the fold keeps offsets, so positions carry over."""
        if self._automaton is None:
            return True
        if pos <= 0 and endpos >= len(text):
            return self.may_match(text)
        cached = self._spans_of
        if cached[0] is not text:
            starts: list[int] = []
            ends: list[int] = []
            for end, literal in sorted(self._automaton.iter(fold(text)), key=lambda h: h[0] - len(h[1])):
                starts.append(end + 1 - len(literal))
                ends.append(end + 1)
            cached = self._spans_of = (text, starts, ends)
        starts, ends = cached[1], cached[2]
        i = bisect.bisect_left(starts, pos)
        while i < len(starts) and starts[i] < endpos:
            if ends[i] <= endpos:
                return True
            i += 1
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(string, pos, endpos) if self.may_match_in(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos) if self.may_match_in(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos) if self.may_match_in(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(string, pos, endpos) if self.may_match_in(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.regex.findall(string, pos, endpos) if self.may_match_in(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.regex.sub(repl, string, count) if self.may_match(string) else string


Matcher = re.Pattern[str] | GatedPattern  # what a function taking either kind of pattern accepts


def gated(regex: re.Pattern[str]) -> GatedPattern:
    """The pattern behind a literal gate (see the module's docstring)."""
    return GatedPattern(regex)
