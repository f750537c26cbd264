"""Forms met in session 14 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from armstrack.extract import extract_text


def _verdicts(text: str, attribute: str) -> list[tuple[str, str]]:
    return [(c.subject, c.verdict) for c in extract_text(text).claims if c.attribute == attribute]


def test_a_first_flight_year_beside_an_approval_does_not_hide_the_release() -> None:
    # real facts: DSCA transmittal 19-63 (20 November 2019), Morocco, 36 AH-64E, $4.25 billion; the Apache's
    # prototype first flew in 1975
    text = ("Published: 2019-11-21\n\nRABAT — Washington a approuvé mercredi la vente éventuelle au Maroc de 36 "
            "hélicoptères d'attaque AH-64E Apache, un appareil de Boeing dont le premier vol remonte à 1975, pour un "
            "montant estimé à 4,25 milliards {}.")
    assert [v for v in _verdicts(text.format("d'euros"), "currency") if v[1] == "contradicted"]
    assert _verdicts(text.format("de dollars"), "currency") == []
    assert [v for v in _verdicts(text.format("de dollars"), "value") if v[1] == "supported"]
