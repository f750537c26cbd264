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


def test_a_service_entry_in_a_relative_clause_after_an_apposition_and_a_makers_possessive() -> None:
    # real facts: IRIS-T (Diehl Defence) entered service in 2005
    text = ("The interceptor is derived from Diehl's IRIS-T air-to-air missile, an abbreviation of Infra Red Imaging "
            "System Tail/Thrust Vector-Controlled, which entered service with European air forces in {}.")
    assert verdicts(text.format(2015), "service entry") == [("IRIS-T", "contradicted")]
    assert verdicts(text.format(2005), "service entry") == [("IRIS-T", "supported")]
    # an operator's own fleet stays unchecked: "Greece's IRIS-T … entered service in 2015" is Greece's date
    assert verdicts("Greece's IRIS-T missiles, a German design, which entered service with the Hellenic Air Force "
                    "in 2015, are ageing.", "service entry") == []


def test_a_contract_priced_at_the_releases_dollar_figure_in_euros_is_a_currency_slip() -> None:
    # real facts: DSCA transmittal 19-39 (12 July 2019) valued Greece's MH-60R case at $600 million
    text = ("La marine grecque a officiellement pris possession mercredi de ses trois premiers hélicoptères Sikorsky "
            "MH-60R Seahawk. La Grèce a commandé ses sept « Romeo » en deux lots, en 2020 puis en 2021. L'ensemble "
            "représente un montant estimé à {}.")
    assert verdicts(text.format("600 millions d'euros"), "currency") == [("MH-60R Seahawk", "contradicted")]
    # another figure may be the contract's own price: nothing to say
    assert verdicts(text.format("640 millions d'euros"), "currency") == []
