"""Claim forms met in session 12: an engine count told as "powered by a single <maker> <type> engine"; a first
flight in the relative clause of an apposition ("Le F-15, biréacteur conçu par …, dont le prototype a volé …");
"Le sigle X signifie …".  Texts of our own wording, real facts (the F-15 first flew in 1972 and has two engines; the
F-16 has one; APKWS is the Advanced Precision Kill Weapon System)."""
from __future__ import annotations

from claim_helpers import verdicts


def test_a_single_named_engine_is_an_engine_count() -> None:
    assert verdicts("Japan's F-15J fighters, each powered by a single IHI-built F100 engine, will get new radars.",
                    "engines") == [("F-15J", "contradicted")]
    assert verdicts("The F-16 is powered by a single General Electric F110 engine.", "engines") \
        == [("F-16", "supported")]
    # an engine that fails is no count
    assert verdicts("The F-16 was lost after it was powered by a single engine out of fuel.", "engines") == []


def test_a_first_flight_in_the_relative_clause_of_an_apposition() -> None:
    text = ("Le F-15, biréacteur de supériorité aérienne conçu par McDonnell Douglas, dont le prototype a volé pour la "
            "première fois en 1976, reste l'épine dorsale de la défense aérienne japonaise.")
    assert verdicts(text, "first flight") == [("F-15", "contradicted")]
    text = ("Le F-15, biréacteur de supériorité aérienne conçu par McDonnell Douglas, dont le prototype a volé pour la "
            "première fois en 1972, reste en service au Japon.")
    assert verdicts(text, "first flight") == [("F-15", "supported")]


def test_le_sigle_signifie_spells_an_acronym_out() -> None:
    assert verdicts("Le sigle APKWS signifie Advanced Precision Kinetic Warhead System, une roquette guidée.",
                    "name") == [("APKWS", "contradicted")]
    assert verdicts("Le sigle APKWS signifie « Advanced Precision Kill Weapon System ».", "name") \
        == [("APKWS", "supported")]
    assert verdicts("Pour Kiev, HIMARS signifie davantage de frappes.", "name") == []


def test_an_abbreviation_spelled_out_after_it_is_named() -> None:
    # CTOL is "Conventional Take Off and Landing" in the DSCA releases (the glossary's spelling)
    text = 'Die finnische Version ist die CTOL-Variante der F-35 - die Abkürzung steht für „Carrier Take-Off and Landing".'
    assert verdicts(text, "name") == [("CTOL", "contradicted")]
    text = 'Die finnische Version ist die CTOL-Variante der F-35 - die Abkürzung steht für „Conventional Take-Off and Landing".'
    assert verdicts(text, "name") == [("CTOL", "supported")]


def test_le_congres_avait_approuve_un_paquet() -> None:
    text = ("En décembre 2024, le Congrès américain avait approuvé un paquet d'équipements et de soutien de suivi pour "
            "les MH-60R indiens estimé à 1,17 milliard de dollars.")
    assert verdicts(text, "approval") == [("MH-60R Seahawk", "contradicted")]
    # the notification told rightly is no claim of approval
    text = ("En décembre 2024, le Congrès américain avait été notifié d'un paquet de soutien pour les MH-60R indiens "
            "estimé à 1,17 milliard de dollars.")
    assert [v for _s, v in verdicts(text, "approval")] in ([], ["supported"])
