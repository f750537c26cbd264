"""Claim forms met in the hold-out sets read in session 10 (texts of our own wording, real facts: the A26
submarine is built by Saab Kockums, part of Saab; the RAM missile is a joint product of Raytheon and Diehl Defence;
NASAMS is Raytheon's and Kongsberg's, not Lockheed Martin's)."""
from __future__ import annotations

from claim_helpers import verdicts


def test_the_group_a_maker_belongs_to_is_its_maker() -> None:
    text = "Polen will drei U-Boote vom Typ A26 kaufen, gebaut vom schwedischen Konzern Saab."
    assert [v for _s, v in verdicts(text, "manufacturer")] == ["supported"]


def test_a_co_maker_the_catalog_names_is_no_error() -> None:
    text = ("Es geht um 252 Flugkörper vom Typ RIM-116C, das sogenannte Rolling Airframe Missile. Entwickelt und "
            "gebaut wird der Flugkörper von Raytheon zusammen mit Diehl Defence.")
    assert "contradicted" not in [v for _s, v in verdicts(text, "manufacturer")]
    # a wrong maker beside a right one is still flagged
    text = "Egypt chose NASAMS, developed jointly by Lockheed Martin and Norway's Kongsberg Defence & Aerospace."
    assert [v for _s, v in verdicts(text, "manufacturer")] == ["contradicted"]


def test_a_statement_the_next_sentence_calls_wrong_is_no_claim() -> None:
    text = ("An entry on Tuesday said the Tomahawk cruise missile was built by Lockheed Martin. That was wrong: the "
            "Tomahawk is made by Raytheon.")
    assert [v for _s, v in verdicts(text, "manufacturer")] == ["supported"]
    text = ("A paragraph gave the Tomahawk's range as 100 miles in an early version, which was fixed. The Tomahawk is "
            "made by Raytheon.")
    assert verdicts(text, "range") == []
