"""Counted items of a package the catalog does not name as systems.

- Generic classes counted in a list of what a deal includes: "46 engines", "18 machine guns".
- A variant named by its suffix after its family: "320 AIM-9X Block II tactical missiles, 258 of the newer Block II+
  variant".
- Components: "50 Block II tactical guidance units", "eight guidance sections", "four training missiles".  In a
  clause that lists what an approved, notified or requested sale holds, each is an item under the name the text
  gives it (in the singular), with its count; never when a catalog system is named in the phrase.
"""
from __future__ import annotations

import functools
import re

from armstrack.extract.clauses import Unit
from armstrack.extract.news_fields import _context_mention, _quantity
from armstrack.extract.news_patterns import INCLUDE_RE, LIST_ITEM_RE
from armstrack.extract.news_refs import _Deal, kind_categories
from armstrack.model import Document, Evidence, Item
from armstrack.normalize.catalog import System, load_catalog
from armstrack.normalize.numbers import NUMBER_WORDS, count_value
from armstrack.regex_gate import gated

# generic classes counted as items in a list of what a deal includes (other generic nouns restate a named item)
COUNTED_GENERIC_TYPES = {"engine", "gun", "truck", "trailer", "radio", "night vision", "generator"}


@functools.lru_cache(maxsize=64)
def _names_ship_class(text: str) -> bool:
    """Does the article name a ship or boat of a known class (then "the boats" are that class)?"""
    return any(x.category == "Ships" and not x.generic for _, _, x in load_catalog().find_in(text))


# words before a bare "vessels" that describe no kind of hull
_NOT_A_KIND = frozenset("new more additional further other extra modern second-hand used former surplus such these "
                        "those its their the of for and or with per each a an to in at on by from as".split())
HULL_MODIFIER_RE = re.compile(r"((?:(?:\d+(?:[.,]\d+)?[- ](?:metre|meter|m|foot|ft|ton|tonne)s?|[a-z][a-z-]+)\s+){1,4})$")


def _described_hull_start(text: str, noun_start: int) -> int | None:
    """Where the kind of a bare hull noun begins ("five 97-metre multi-role response vessels" -> "97-metre ..."), or
    None when no word before it describes a kind ("two new vessels")."""
    m = HULL_MODIFIER_RE.search(text[max(0, noun_start - 60):noun_start])
    if m is None:
        return None
    words = m.group(1).split()
    while words and (words[0].lower() in _NOT_A_KIND
                     or (re.fullmatch(r"[a-z-]+", words[0].lower()) and count_value(words[0].lower()) is not None)):
        words = words[1:]
    if not words or any(w.lower() in _NOT_A_KIND for w in words):
        return None
    return noun_start - len(" ".join(words)) - 1


def _counted_generic_items(unit: Unit, deal: _Deal, doc: Document) -> None:
    """"Besides the helicopters, it contains 46 engines ... 18 machine guns": counted articles of a generic class,
    in a clause listing what a deal includes, are items under their own name."""
    if not unit.generic:
        return
    listing = bool(INCLUDE_RE.search(unit.text) or LIST_ITEM_RE.match(unit.text))
    # "Kuwait has asked for fifteen fast patrol boats", "to build seven ships: four corvettes, … two offshore patrol
    # vessels": boats and ships of no named class, counted in the deal's own clause, are its items
    # (the article-wide scan for a named ship class runs only for a clause that counts hulls)
    hulls = (listing or unit.cue is not None) and any(x.type in ("boat", "ship") for _, _, x in unit.generic) \
        and not any(x.category == "Ships" for _, _, x in unit.systems) \
        and not any(it.category == "Ships" for it in deal.report.items) and not _names_ship_class(doc.text)
    if not listing and not hulls:
        return
    for a, b, sysm in unit.generic:
        kind = sysm.type or ""
        if not ((listing and kind in COUNTED_GENERIC_TYPES) or (hulls and kind in ("boat", "ship"))):
            continue  # "missiles", "aircraft", "pods" mostly restate a named item
        if kind in ("boat", "ship") and re.match(r"\s*[:(]", unit.text[b:]):
            continue  # "seven ships: four corvettes, …": the total, broken down next
        if kind in ("boat", "ship") and re.fullmatch(r"(?i)(?:war)?ships?|vessels?|navires?|bâtiments?|Schiffe?|"
                                                     r"boats?|\w*shipsets?", unit.text[a:b]):
            # "five 97-metre multi-role response vessels": the kind its modifiers name (a bare "ships" is a total)
            if (kind_start := _described_hull_start(unit.text, a)) is None:
                continue
            a = kind_start
        if kind in ("boat", "ship") and (_context_mention(unit.text, a, b, sysm) or re.match(r"-\w", unit.text[b:])
                                         or re.search(r"(?i)\b(?:on(?!\s+(?:[A-Z][a-z]+day|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                                                      r"Aug|Sep|Oct|Nov|Dec)[a-z]*\b))|onto|aboard|of|to\s+(?:arm|equip|modernise|"
                                                      r"modernize|upgrade)|sur|à\s+bord\s+de|auf|an\s+Bord|"
                                                      r"(?<!asked\s)(?<!signed\s)for\s+(?:its|their|the))\s+"
                                                      r"(?:(?:its|their|the|ses|leurs|les|des|seine|ihre|die)\s+)?"
                                                      r"(?:[\w'’-]+\s+){0,5}$", unit.text[:a])):
            continue  # "Harpoon missiles for its four submarines", "12 submarine-launched …": the platform, not bought
        qty, qual, qs = _quantity(unit.text, a)
        if qty is None or qs < 0 or not re.fullmatch(r"[\d,.\s]+|\w+", unit.text[qs:a].strip().split(" ")[0]):
            continue
        if re.search(r"[;:]", unit.text[qs:a]) or any(qs <= x < a for x, _, _ in unit.systems):
            continue  # the count belongs to something else
        kinds = kind_categories(unit.text[a:b])
        if not unit.systems and any(it.category in kinds for it in deal.report.items):
            continue  # "Lithuania, which signed for 200 vehicles": the article's JLTV, counted
        if any(b <= x <= b + 3 and unit.text[b:x].strip() == "(" for x, _, _ in unit.systems):
            continue  # "nine command vehicles (AAVC-7A1)": the designator names the item
        key = f"{sysm.id}:{unit.text[a:b].lower()}"
        if key in deal.systems:
            continue
        item = Item(system=unit.text[a:b], evidence=Evidence.of(doc.text, unit.start + qs, unit.start + b),
                    quantity=qty, quantity_qualifier=qual, category=sysm.category, catalog_id=sysm.id,
                    mention=unit.text[a:b])
        deal.systems[key] = item
        deal.report.items.append(item)


# the kinds of component a U.S. package lists by count
COMPONENT_RE = gated(re.compile(
    rf"(?<![\w$€£.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})\s+"
    r"(?:(?:spare|additional|new|more|further|extra)\s+)?"
    r"(?P<phrase>(?:(?!(?:and|or|with|for|of|to|in|the|a|an|plus|including|as|held|spares?|be|is|are|was|were)\b)"
    r"[\w(][\w/+.()-]*\s+){0,4}?"
    r"(?P<noun>guidance\s+(?:sections?|units?)|training\s+(?:missiles?|rounds?)|(?:launching|control|ground)\s+stations?|"
    r"conversion\s+kits?|mast\s+groups?|flight\s+trainers?|simulators?|terminals?|"
    # "101 Switchblade 300 fire control systems", "two Tomahawk Block IV telemetry missiles", "40 Captive Air Training
    # Missiles"
    r"fire\s+control\s+(?:systems?|units?)|telemetry\s+(?:missiles?|rounds?)|captive\s+air\s+training\s+missiles?))\b",
    re.IGNORECASE))
DESIGNATION_BEFORE_RE = re.compile(r"(?i)\b(?:Mod|Block|Lot|Increment|Mk|Type|Phase|Batch|Series|Flight|Tranche|"
                                   r"Version|Model|No\.?|[A-Z]+-\d+)\s*$")
PLURAL_TAIL_RE = re.compile(r"(?i)(section|unit|missile|round|station|kit|group|trainer|simulator|terminal|system)s$")


def _count(written: str) -> tuple[str, int | None]:
    """A count as written ("1,002", "eight") and its value."""
    raw = written.lower()
    return raw, count_value(raw)


def counted_components(unit: Unit, deal: _Deal, doc: Document) -> None:
    r = deal.report
    if r.stage not in ("approved", "notified", "requested") or not r.items:
        return
    if not (INCLUDE_RE.search(unit.text) or unit.cue is not None or re.search(r"(?i)\b(?:covers?|listed|lists)\b",
                                                                               unit.text)):
        return
    for m in COMPONENT_RE.finditer(unit.text):
        a, b = m.start("phrase"), m.end("noun")
        named = [(x, y, sysm) for x, y, sysm in unit.systems if x < b and a < y]
        if named and not _part_of_an_item(named, m, deal, unit):
            continue  # a system the catalog names ("twelve M903 launching stations"): read by the catalog
        if DESIGNATION_BEFORE_RE.search(unit.text, 0, m.start()):
            continue  # "MK-48 Mod 7 Advanced Technology conversion kits": the 7 is of the designation
        raw, qty = _count(m.group("n"))
        if not qty or (raw.isdigit() and 1900 <= qty <= 2100):
            continue
        written = re.sub(r"\s+", " ", unit.text[a:b])
        name = PLURAL_TAIL_RE.sub(r"\1", written)
        key = f"component:{name.lower()}"
        if key in deal.systems or any(i.mention.lower() == written.lower() for i in r.items):
            continue
        item = Item(system=name, evidence=Evidence.of(doc.text, unit.start + m.start(), unit.start + b),
                    quantity=qty, category=None, catalog_id=None, mention=written)
        item.notes.append("a counted component the catalog does not name: named as written")
        deal.systems[key] = item
        r.items.append(item)


def _part_of_an_item(named: list[tuple[int, int, System]], m: re.Match[str], deal: _Deal, unit: Unit) -> bool:
    """"101 Switchblade 300 fire control systems" in a package holding the munitions read from another mention: a part
    named after an item, an item of its own (not when the catalog read an item from this very mention)."""
    if m.start("noun") < max(y for _, y, _ in named):
        return False  # the noun is inside the catalog's name
    s = unit.start
    if any(i.evidence.start < s + m.end() and s + m.start() < i.evidence.end for i in deal.report.items):
        return False  # ("two RIM-116C-2 telemetry missiles": read by the catalog as a variant counted apart)
    return all(deal.systems.get(sysm.id) is not None for _, _, sysm in named)


# "258 of the newer Block II+ variant", "40 of the Block 70 version": a variant named by its suffix alone
ELLIPTIC_VARIANT_RE = gated(re.compile(
    rf"(?<![\w$€£.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})\s+of\s+the\s+(?:(?:newer|older|latest|improved|"
    r"upgraded|new)\s+)?(?P<v>(?:Block|Increment|Lot|Mod|Mk|Batch)\s+[\w+/-]+)\s+(?:variant|version|model|standard|"
    r"configuration)\b", re.IGNORECASE))


def elliptic_variants(unit: Unit, deal: _Deal, doc: Document) -> None:
    """The count of a variant named by its suffix after the system it is a variant of ("up to 320 AIM-9X Block II
    tactical missiles, 258 of the newer Block II+ variant"): an item of its own, under the family's name."""
    r = deal.report
    for m in ELLIPTIC_VARIANT_RE.finditer(unit.text):
        before = [(a, b, x) for a, b, x in unit.systems if b <= m.start()]
        if not before:
            continue
        a, b, sysm = before[-1]
        cat = load_catalog()
        family = cat.root(sysm.id) or sysm
        written = unit.text[a:b]
        base = re.split(r"(?i)\s+(?:Block|Increment|Lot|Mod|Mk|Batch)\b", written)[0]
        name = f"{base} {m.group('v')}"
        _raw, qty = _count(m.group("n"))
        key = f"variant:{name.lower()}"
        if not qty or key in deal.systems:
            continue
        item = Item(system=name, evidence=Evidence.of(doc.text, unit.start + m.start(), unit.start + m.end()),
                    quantity=qty, category=family.category, catalog_id=None, mention=unit.text[m.start():m.end()])
        item.notes.append(f"a variant of {family.name} named by its suffix: named as written")
        deal.systems[key] = item
        r.items.append(item)


# "72 launch units" after "37 Command Launch Units": a count of a system named earlier, shortened to its last words
SHORT_COUNT_RE = re.compile(rf"(?<![\w$€£.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})\s+"
                            r"(?P<phrase>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})\b")


def _singular(words: str) -> str:
    return re.sub(r"(?:(?<=[^s])s|(?<=[^aeiou])es)$", "", words.lower())


def shortened_mentions(unit: Unit, deal: _Deal, doc: Document) -> None:
    """A count of a system told earlier in the text by its full name, now by its last words ("37 Command Launch
    Units" ... "410 Javelin missiles and 72 launch units"): an item of that system, in a deal of its family."""
    counts = list(SHORT_COUNT_RE.finditer(unit.text))
    if not counts or not deal.roots:
        return
    earlier = [(doc.text[a:b], x) for a, b, x in load_catalog().find_in(doc.text) if b <= unit.start and not x.generic]
    for m in counts:
        for n_words in (3, 2):  # "72 launch units for ...": the phrase is the first words after the count
            words_here = m.group("phrase").split()[:n_words]
            if len(words_here) == n_words and _add_shortened(unit, deal, doc, m, " ".join(words_here), earlier):
                break


def _add_shortened(unit: Unit, deal: _Deal, doc: Document, m: re.Match[str], phrase_written: str,
                   earlier: list[tuple[str, System]]) -> bool:
    cat = load_catalog()
    a = m.start("phrase")
    b = a + len(phrase_written)
    if any(x < b and a < y for x, y, _ in unit.systems) or any(x < b and a < y for x, y, _ in unit.generic):
        return False
    phrase = _singular(phrase_written)
    for written, sysm in reversed(earlier):
        words = written.split()
        if len(words) <= len(phrase.split()) or _singular(" ".join(words[-len(phrase.split()):])) != phrase:
            continue
        if (cat.root(sysm.id) or sysm).id not in deal.roots or sysm.id in deal.systems:
            return False
        raw, qty = _count(m.group("n"))
        if not qty or (raw.isdigit() and 1900 <= qty <= 2100):
            return False
        item = Item(system=sysm.name, evidence=Evidence.of(doc.text, unit.start + m.start(), unit.start + b),
                    quantity=qty, category=sysm.category, catalog_id=sysm.id, mention=phrase_written)
        item.notes.append(f"{phrase_written!r}: {written!r} told earlier, shortened")
        deal.systems[sysm.id] = item
        deal.report.items.append(item)
        return True
    return False
