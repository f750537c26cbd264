"""Pieces shared by the official and the news readers: parties, items (with catalog links),
contractors and the fallback "headline" item of service-only cases."""
from __future__ import annotations

import re

from armstrack.extract.items import RawItem, parse_items
from armstrack.model import Contractor, Evidence, Item, Party
from armstrack.normalize import countries
from armstrack.normalize.catalog import load_catalog

US_RE = re.compile(r"\b(?:United States(?: Government)?|U\.S\. Government|U\.S\.|Foreign Military Sale|"
                   r"Arms Export Control Act)")


def usa_party(text: str) -> Party:
    """The seller of a U.S. notice, with the first span that says so."""
    m = US_RE.search(text)
    return Party("USA", Evidence.of(text, m.start(), m.end()) if m else None)


def party_from_span(text: str, start: int, end: int) -> Party | None:
    """The first country or organisation named in ``text[start:end]``."""
    segment = text[start:end]
    for pm in countries.find_parties(segment):
        if pm.code == "USA" and "Taipei" not in segment:
            continue
        return Party(pm.code, Evidence.of(text, start + pm.start, start + pm.end))
    whole = re.sub(r"\s+", " ", segment).strip(" .,;:")
    hit = countries.lookup(whole)
    if hit is not None:
        return Party(hit.code, Evidence.of(text, start, end))
    return None


def _link(raw: RawItem, text: str, mde: bool | None) -> Item:
    catalog = load_catalog()
    system = catalog.match_item(raw.name)
    # a generic catalog class ("radios", "trucks") keeps the item's own name; its class is in catalog_id
    item = Item(system=system.name if system and not system.generic else raw.name,
                evidence=Evidence.of(text, raw.start, raw.end),
                quantity=raw.quantity, quantity_qualifier=raw.qualifier,
                category=system.category if system else None,
                catalog_id=system.id if system else None, mention=raw.name, mde=mde)
    if raw.folded:
        item.notes.append("also: " + "; ".join(raw.folded))
    return item


def build_items(text: str, start: int, end: int, mde: bool | None = None) -> list[Item]:
    return [_link(raw, text, mde) for raw in parse_items(text, start, end)]


def fallback_item(text: str, start: int, end: int) -> Item | None:
    """The first listed article or service of a list without quantities (service-only cases).

    A segment cut by the end of the text (a partial notice) gives nothing: no invented remainder.
    """
    seg = text[start:end]
    m = re.search(r"(?:will\s+(?:also\s+)?be\s+included|Non-?\s*MDE(?:\s+items)?)\s*:\s*", seg, re.I)
    s = start + (m.end() if m else 0)
    while s < end and text[s] in " \n\t":
        s += 1
    depth, i = 0, s
    while i < end:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or (ch == "." and (i + 1 >= len(text) or text[i + 1] in " \n"))):
            break
        i += 1
    if i >= len(text.rstrip()) or (i >= end and end >= len(text.rstrip())):
        return None  # cut by the end of the document
    e = i
    name = re.sub(r"\s+", " ", text[s:e]).strip(" ,;:")
    name = re.sub(r"(?i)\s+and related equipment$", "", name)
    if len(name) < 3 or re.fullmatch(r"(?i)none\.?", name):
        return None
    raw = RawItem(s, s + len(text[s:e].rstrip(" ,;:")), s, e, None, None, name)
    return _link(raw, text, None)


CONTRACTOR_SENT_RE = re.compile(
    r"(?:The\s+)?(?:prime|principal|primary|sole)\s+contractors?\s+(?:will\s+be|is|are|would\s+be)\s+"
    r"(?P<body>.+?)(?:\.\s|\.$|\n\s*\n)", re.I | re.S)
LOCATION_RE = re.compile(r",?\s+(?:located\s+in|of|in|based\s+in|headquartered\s+in)\s+", re.I)
NO_CONTRACTOR_RE = re.compile(r"(?i)^(?:determined|not\s+(?:yet\s+)?(?:been\s+)?(?:determined|known|selected)|"
                              r"unknown|to be determined|selected|multiple|various|numerous|identified)")


US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
             "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
             "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
             "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
             "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
             "District of Columbia|D\\.C\\.|[A-Z]{2}")
PLACE_TAIL_RE = re.compile(rf",\s+(?P<place>[A-Z][A-Za-z .'-]+,\s*(?:{US_STATES})|(?:{US_STATES}))\s*$")


NAME_PLACE_RE = re.compile(
    rf"(?P<name>(?:,\s*|;\s*|\band\s+|^)\s*(?:and\s+)?[A-Z][\w&.,'()-]*(?:\s+[\w&.,'()-]+){{0,7}}?)\s+"
    rf"(?:located\s+in|based\s+in|in|of)\s+(?P<place>[A-Z][A-Za-z .'-]+,\s*(?:{US_STATES}))(?=[,;.]|\s+and\b|\s*$)")


def find_contractors(text: str) -> list[Contractor]:
    """Principal contractor(s) with location, from "The principal contractor(s) will be ..."."""
    m = CONTRACTOR_SENT_RE.search(text)
    if not m:
        return []
    body_s, body_e = m.start("body"), m.end("body")
    body = text[body_s:body_e]
    if NO_CONTRACTOR_RE.match(body.strip()) or re.search(r"(?i)determined (?:later|by|through)|competitive",
                                                          body[:120]):
        return []
    out: list[Contractor] = []
    # "X in Mesa, Arizona, Y in Orlando, Florida, and Z in Tempe, Arizona": entries by their places
    listed = list(NAME_PLACE_RE.finditer(body))
    if len(listed) >= 2:
        for lm in listed:
            name = re.sub(r"\s+", " ", lm.group("name")).strip(" ,.;")
            name = re.sub(r"^(?:and|the firm)\s+", "", name)
            if name and re.match(r"[A-Z0-9]", name) and len(name) <= 90:
                s, e = body_s + lm.start("name"), body_s + lm.end("place")
                while text[s] in " ,;" or text[s:s + 4] == "and ":
                    s += 4 if text[s:s + 4] == "and " else 1
                out.append(Contractor(name, Evidence.of(text, s, e), re.sub(r"\s+", " ", lm.group("place"))))
        return out
    # entries are separated by ";" or by ", and" / " and " before a capitalised company name
    parts = re.split(r";\s*(?:and\s+)?|,?\s+and\s+(?=(?:the\s+)?[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*,?\s+"
                     r"(?:located|of|in|based)\b)", body)
    pos = body_s
    for part in parts:
        idx = text.find(part, pos, body_e + 1)
        if idx == -1:
            continue
        pos = idx + len(part)
        loc = LOCATION_RE.search(part)
        name = part[:loc.start()] if loc else part
        bare_place = None if loc else PLACE_TAIL_RE.search(part)
        if bare_place:  # "Raytheon Integrated Defense Systems, Portsmouth, Rhode Island"
            name = part[:bare_place.start()]
        name = re.sub(r"\s+", " ", name).strip(" ,.;")
        name = re.sub(r"^(?:and|the firm)\s+", "", name)
        if not name or not re.match(r"[A-Z0-9]", name) or len(name) > 90:
            continue
        location = re.sub(r"\s+", " ", part[loc.end():]).strip(" ,.;") if loc else (
            re.sub(r"\s+", " ", bare_place.group("place")).strip(" ,.;") if bare_place else None)
        out.append(Contractor(name, Evidence.of(text, idx, idx + len(part.rstrip(" ,.;"))), location))
    return out
