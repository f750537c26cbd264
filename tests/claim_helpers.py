"""What the claim tests share: a text's claims (each checked for evidence and, unless unverifiable, a reference
and its source) and the verdicts of one attribute."""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.model import Claim


def claims_of(text: str) -> list[Claim]:
    claims = extract_text("Published: 2025-12-08\n\n" + text).claims
    for c in claims:
        assert c.evidence.text and (c.verdict == "unverifiable" or (c.reference and c.source)), c
    return claims


def verdicts(text: str, attribute: str) -> list[tuple[str, str]]:
    return [(c.subject, c.verdict) for c in claims_of(text) if c.attribute == attribute]


def found(text: str) -> set[tuple[str, str, str]]:
    """(subject, attribute, verdict) of each claim of the text."""
    return {(c.subject, c.attribute, c.verdict) for c in claims_of(text)}
