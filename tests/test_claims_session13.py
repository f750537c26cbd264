"""Claim forms met in session 13: a first flight told by a noun after a colon ("Der Erstflug der C-130J liegt
zurück: Die Maschine hob 1999 erstmals ab") and an engine count told as "flies on a pair of … turboprops".  Texts of
our own wording, real facts (the C-130J first flew in 1996 and has four engines; the Hawk has one)."""
from __future__ import annotations

from claim_helpers import verdicts


def test_a_first_flight_told_by_a_noun_after_a_colon() -> None:
    text = ("Die Super Hercules ist die jüngste Generation des Transporters. Die Variante C-130J-30 hat einen "
            "verlängerten Rumpf. Der Erstflug der C-130J liegt mehr als zwei Jahrzehnte zurück: Die Maschine hob 1999 "
            "erstmals ab und wird heute in mehr als 20 Ländern geflogen.")
    assert verdicts(text, "first flight") == [("C-130J", "contradicted")]
    text = text.replace("hob 1999", "hob 1996")
    assert verdicts(text, "first flight") == [("C-130J", "supported")]


def test_flying_on_a_pair_of_engines_is_an_engine_count() -> None:
    text = ("New Zealand will buy five C-130J-30 Super Hercules aircraft. Each C-130J flies on a pair of Rolls-Royce "
            "AE-2100D3 turboprops.")
    assert verdicts(text, "engines") == [("C-130J", "contradicted")]
    text = "Each C-130J flies on four Rolls-Royce AE-2100D3 turboprops."
    assert verdicts(text, "engines") == [("C-130J", "supported")]
