"""Claim forms met in the hold-out sets of session 7 (texts of our own wording, real facts: the Sentinel A4 radar is
built by Lockheed Martin; the C-130J family by Lockheed Martin; the first M270 launchers were delivered in 1983)."""
from __future__ import annotations

from claim_helpers import claims_of, verdicts


def test_a_variants_own_maker_is_not_its_familys() -> None:
    assert verdicts("The Sentinel A4, a 360-degree radar built by Raytheon, is meant to spot drones.",
                    "manufacturer") == [("Sentinel A4", "contradicted")]
    assert verdicts("The Sentinel A4, a 360-degree radar built by Lockheed Martin, is meant to spot drones.",
                    "manufacturer") == [("Sentinel A4", "supported")]
    # a design's sourced co-developer still counts for the variant developed from it
    assert all(v != "contradicted" for _, v in verdicts(
        "The FA-50 was developed by KAI with Lockheed Martin from the T-50 trainer.", "manufacturer"))


def test_a_german_participle_after_a_comma_names_the_maker() -> None:
    assert verdicts("Die KC-130J ist die Tankerversion der Hercules, gebaut von Boeing.", "manufacturer") == [
        ("Hercules", "contradicted")]
    assert verdicts("Der Eurofighter, gebaut von Airbus, BAE Systems und Leonardo, fliegt seit 1994.",
                    "manufacturer") == [("Eurofighter", "supported")]


def test_the_us_congress_approving_after_a_day_and_a_long_object() -> None:
    text = ("Der US-Kongress hat am Freitag den Verkauf eines Abwehrsystems gegen Drohnen, Marschflugkörper und "
            "Raketen an Dänemark genehmigt. Den Wert beziffert die DSCA auf 3 Milliarden Dollar. Kern "
            "des Pakets sind zwei Radare vom Typ Sentinel A4.")
    assert [c.verdict for c in claims_of(text) if c.attribute == "approval"] == ["contradicted"]
    assert [c for c in claims_of(text.replace("genehmigt", "nicht genehmigt")) if c.attribute == "approval"] == []


def test_a_system_inside_a_relative_clause_is_not_the_subject() -> None:
    text = ("Finland will upgrade its M270 launchers to the M270A2 standard. The M270 itself is no newcomer: the "
            "launcher, which rides on a chassis derived from the Bradley fighting vehicle, first entered U.S. Army "
            "service in {year}.")
    assert verdicts(text.format(year=1993), "service entry") == [("M270", "contradicted")]
    assert verdicts(text.format(year=1983), "service entry") == [("M270", "supported")]
    # named before the relative clause, the head is the subject
    assert verdicts("The M270, which rides on a chassis derived from the Bradley fighting vehicle, first entered "
                    "U.S. Army service in 1993.", "service entry") == [("M270", "contradicted")]


def test_local_assembly_told_after_the_maker_leaves_the_maker_statement() -> None:
    assert verdicts("The K2 is built by Hanwha Aerospace and would be partly assembled in Peru with the state-owned "
                    "arms factory FAME.", "manufacturer") == [("K2 Black Panther", "contradicted")]
    assert verdicts("The K2 is built by Hyundai Rotem and would be partly assembled in Peru.", "manufacturer") == [
        ("K2 Black Panther", "supported")]
    # a licensee named in the statement itself is no maker error
    assert verdicts("Under a licence, the F-16 is built by TAI in Ankara.", "manufacturer") == []


def test_expansions_and_engine_counts_added_this_session() -> None:
    assert verdicts("Le JSM, pour « Joint Standoff Missile », est un missile.", "name") == [("JSM", "contradicted")]
    assert verdicts("JSM stands for Joint Strike Missile.", "name") == [("JSM", "supported")]
    assert verdicts("The Basler BT-67 hangs three Pratt & Whitney Canada PT6A-67R turboprops on its wings.",
                    "engines") == [("Basler BT-67", "contradicted")]
    assert verdicts("The Basler BT-67 has two Pratt & Whitney Canada PT6A-67R turboprops.", "engines") == [
        ("Basler BT-67", "supported")]


def test_a_correction_quoting_the_error_it_withdraws_claims_nothing_wrong() -> None:
    text = ("Correction\n\nAn item on Italy's JASSM-ER purchase misstated the missile's range. The item described the "
            "weapon's reach as \"1,000 miles\". The JASSM-ER is credited with a reach of roughly 1,000 kilometres.")
    assert [c.verdict for c in claims_of(text) if c.attribute == "range"] == ["supported"]
    # outside a correction notice the same words are a claim
    assert "contradicted" in [c.verdict for c in claims_of("The JASSM-ER can reach targets 1,000 miles away.")
                              if c.attribute == "range"]
