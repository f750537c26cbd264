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
    for a, b, sysm in reversed(cat.find_in(text[window_start:claim.evidence.end])):
        if sysm.name != claim.subject and claim.subject not in sysm.aliases:
            continue
        # "F-16s" -> "F-16", "Rafale's" -> "Rafale"; "Collins-class" keeps its s
        written = re.sub(r"['’]s$|(?<=[0-9A-Z])s$", "", text[window_start + a:window_start + b]).strip()
        key = re.sub(r"[^0-9a-z]", "", written.lower())
        short_name = len(written) < len(claim.subject) and len(written.split()) <= 3
        if short_name and (len(key) >= 4 or (len(key) == 3 and any(ch.isdigit() for ch in key))) \
                and (_DESIGNATION.match(written) or written[:1].isupper()):
            return written
        break
    return claim.subject
