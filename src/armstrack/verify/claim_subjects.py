"""The name a claim's subject is reported under: the one the reader read in the text.

A claim is checked against a catalog system, but a reader (and an annotator) knows it by the name the article
printed: "F-16s" is the F-16, "SM-2 Block IIIB" is the variant the article wrote, not the family "SM-2".
"""
from __future__ import annotations

import re

from armstrack.model import Claim
from armstrack.normalize.catalog import Catalog

_DESIGNATION = re.compile(r"^(?=.*[A-Z])(?=.*(?:\d|[A-Z]{3}))[A-Za-z0-9/ -]{3,20}$")


def subject_as_written(claim: Claim, text: str, cat: Catalog) -> str:
    """The subject as the text names it when that is a designation or acronym ("F-16s" -> "F-16",
    "AMRAAM"), else the catalog name: readers recognise the name they read."""
    window_start = max(0, claim.evidence.start - 600)
    window = text[window_start:claim.evidence.end]
    found = cat.find_in(window)
    for i in range(len(found) - 1, -1, -1):
        a, b, sysm = found[i]
        if sysm.name != claim.subject and claim.subject not in sysm.aliases:
            continue
        if i + 1 < len(found) and found[i + 1][2] is sysm and window[b:found[i + 1][0]] == " ":
            b = found[i + 1][1]  # "AGM-179A JAGM": a designation and its name, one mention
        written = _singular(window[a:b]).strip()
        if (variant := variant_as_written(written, claim.subject)) is not None:
            return variant
        key = re.sub(r"[^0-9a-z]", "", written.lower())
        short_name = len(written) < len(claim.subject) and len(written.split()) <= 3
        if short_name and (len(key) >= 4 or (len(key) == 3 and any(ch.isdigit() for ch in key))) \
                and (_DESIGNATION.match(written) or written[:1].isupper()):
            return written
        break
    return claim.subject


def _singular(written: str) -> str:
    """"F-16s" -> "F-16", "Rafale's" -> "Rafale"; "Collins-class" keeps its s."""
    return re.sub(r"['’]s$|(?<=[0-9A-Z])s$", "", written)


def variant_as_written(written: str, name: str) -> str | None:
    """The mention as written when it names a variant more precisely than the catalog entry it was folded into
    ("SM-2 Block IIIB" for "SM-2", "C-130J-30 Super Hercules" for "C-130J Super Hercules", "AGM-179A JAGM"),
    else None."""
    written = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", written.strip())  # "JAGM missiles" -> "JAGM"
    written = _singular(written)
    key, name_key = re.sub(r"[^0-9a-z]", "", written.lower()), re.sub(r"[^0-9a-z]", "", name.lower())
    if len(key) <= 3 or key in name_key or key[:3] != name_key[:3] or not re.search(r"\d", written) \
            or len(written) > 30 or not all(w[:1].isupper() or w[:1].isdigit() for w in written.split()):
        return None
    return written
