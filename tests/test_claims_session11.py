"""Claim subjects met in session 11: a claim is reported under the variant the text wrote when the catalog folds it
into a family ("SM-2 Block IIIB" for SM-2, "C-130J-30 Super Hercules" for the C-130J), not under the family name.
Texts of our own wording, real facts (the November 2022 approval of 24 C-130J-30 for Australia, $6.35 billion)."""
from __future__ import annotations

from claim_helpers import verdicts

from armstrack.verify.claim_subjects import variant_as_written


def test_a_variant_written_names_the_claim() -> None:
    assert variant_as_written("SM-2 Block IIIB", "SM-2") == "SM-2 Block IIIB"
    assert variant_as_written("AGM-179A JAGM missiles", "AGM-179 JAGM") == "AGM-179A JAGM"
    # a plural, a shorter alias, a descriptive word or another name are no variant
    assert variant_as_written("F-16s", "F-16") is None
    assert variant_as_written("HIMARS", "M142 HIMARS") is None
    assert variant_as_written("single-seat F/A-18E", "F/A-18E Super Hornet") is None
    assert variant_as_written("Gripen E", "JAS 39 Gripen") is None


def test_congress_approved_is_said_of_the_variant_sold() -> None:
    text = ("CANBERRA - The United States has cleared Australia to buy 24 new Lockheed Martin C-130J-30 Super "
            "Hercules transport aircraft for up to US$6.35 billion. Congress approved the package the same "
            "afternoon.")
    assert verdicts(text, "approval") == [("C-130J-30 Super Hercules", "contradicted")]
