"""Claim forms met in the hold-out sets read in session 9 (texts of our own wording, real facts: the CAESAR reaches
about 60 km with its longest-range ammunition; the MK 54 is a lightweight torpedo with a range of about 10 km, far
below 90 km; the C-17 first flew in 1991; the AAV7 family is BAE Systems' (formerly United Defense, FMC))."""
from __future__ import annotations

from claim_helpers import verdicts


def test_a_floor_above_the_reference_range_is_false() -> None:
    text = ("Armenia bought CAESAR howitzers. The truck-mounted 155 mm gun can hit targets at a range of more than 40 "
            "miles.")
    assert verdicts(text, "range") == [("CAESAR", "contradicted")]
    # the same figure without "more than" is within the tolerance of the 60 km reference
    assert verdicts("Armenia bought CAESAR howitzers. The gun can hit targets about 37 miles away.", "range") != [
        ("CAESAR", "contradicted")]


def test_a_pronoun_takes_up_the_subject_the_sentence_before_opened_with() -> None:
    text = ("La MK 54, torpille légère anti-sous-marine, combine l'autodirecteur de la MK 50 avec la propulsion de la "
            "MK 46. Elle peut atteindre des cibles à une portée d'environ 90 kilomètres.")
    assert ("MK 54", "contradicted") in verdicts(text, "range")
    assert verdicts("The C-17 Globemaster III is a strategic transport. It made its first flight in 1995.",
                    "first flight") == [("C-17 Globemaster III", "contradicted")]
    assert verdicts("Le C-17 Globemaster III est un quadriréacteur. C'est un appareil qui a fait son premier vol en "
                    "1991.", "first flight") == [("C-17 Globemaster III", "supported")]
    # a sentence opening with a country, not the system, lends no subject
    assert verdicts("Canada flies the C-17 Globemaster III. It first flew in 1995.", "first flight") == []


def test_a_german_participle_phrase_before_a_generic_noun() -> None:
    text = ("Griechenland bekommt 63 AAVP-7A1, neun AAVC-7A1 und vier AAVR-7A1. Die von General Dynamics gebauten "
            "Kettenfahrzeuge stammen aus Beständen des US Marine Corps.")
    assert [v for _s, v in verdicts(text, "manufacturer")] == ["contradicted"]
    text = text.replace("General Dynamics", "BAE Systems")
    assert [v for _s, v in verdicts(text, "manufacturer")] == ["supported"]


def test_an_operators_introduction_and_a_figure_after_a_semicolon_are_not_the_systems() -> None:
    # the RAAF introduced the air-launched Harpoon in the early 1980s; the Harpoon reaches about 124 km, the LRASM
    # that replaces it over 370 km
    text = ("It replaces the air-launched AGM-84 Harpoon, which the air force introduced in the early 1980s and which "
            "reaches about 124 km; the new weapon is credited with a range in excess of 370 km.")
    assert verdicts(text, "service entry") == []
    assert verdicts(text, "range") == [("Harpoon", "supported")]
