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


def test_a_release_line_counting_parts_of_a_system_is_not_the_systems_count() -> None:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_official_records import _line_system

    from armstrack.extract.common import build_items
    # DSCA 24-47 (Taiwan, 2024): the rounds are Switchblade 300, the fire control systems are a part of it
    text = ("seven hundred twenty (720) Switchblade 300 (SB300) All Up Rounds (AURs) and one hundred one (101) SB300 "
            "fire control systems (FCS).")
    assert [(_line_system(i), i.quantity) for i in build_items(text, 0, len(text))] == [
        ("switchblade-300", 720), (None, 101)]
    # a launcher named after the system it is (HIMARS) is that system; missiles "with canisters" are missiles
    text = ("eighteen (18) M142 High Mobility Artillery Rocket System (HIMARS) launchers; two hundred forty-six (246) "
            "PATRIOT MIM-104E Guidance Enhanced Missile-TBM (GEM-T) with canisters.")
    assert [q for i in build_items(text, 0, len(text)) if _line_system(i) is not None and (q := i.quantity)] == [18, 246]


def test_a_month_told_without_its_year_finds_the_release() -> None:
    # DSCA 18-17 (Turkey, 18 December 2018): 80 GEM-T and 60 PAC-3 MSE for $3.5 billion; told in July 2019
    from armstrack.extract import extract_text
    text = ("Im Dezember hat das US-Außenministerium einen möglichen Verkauf des Patriot-Systems an die Türkei für "
            "geschätzte 3,5 Milliarden Dollar genehmigt. Das Paket umfasste unter anderem 80 GEM-T-Raketen und 100 "
            "PAC-3-MSE-Abfangraketen.")
    claims = extract_text("Published: 2019-07-12\n\n" + text).claims
    assert [(c.stated, c.verdict) for c in claims if c.attribute == "quantity"] == [("80", "supported"),
                                                                                     ("100", "contradicted")]


def test_a_figure_the_text_says_is_another_one_is_no_currency_error() -> None:
    # DSCA 23-47 (Canada, June 2023): up to 16 P-8A for US$5.9 billion; Canada's own C$5.9 billion aircraft budget
    text = ("The C$5.9-billion figure National Defence gave for the aircraft is in Canadian dollars, not U.S. "
            "dollars. Washington had approved the sale to Canada in June, when the Defense Security Cooperation Agency "
            "put the value of a package of up to 16 P-8A Poseidon aircraft at US$5.9 billion.")
    from armstrack.extract import extract_text
    claims = extract_text("Published: 2023-12-04\n\n" + text).claims
    assert [c.verdict for c in claims if c.attribute == "value"] == ["supported"]  # the release is found
    assert not [c for c in claims if c.attribute == "currency"]


def test_the_day_written_out_finds_the_release_not_the_weekday() -> None:
    # DSCA 13-78 (Iraq, 23 January 2014): 500 AGM-114K/R Hellfire for $82 million; 13-29 (27 January): Apache lease
    from armstrack.extract import extract_text
    text = ("Le même lundi, une seconde notification, d'un montant de 1,37 milliard de dollars, couvre la formation "
            "des équipages irakiens sur six Apache loués par l'armée américaine. Quatre jours plus tôt, le jeudi 23 "
            "janvier, Washington avait déjà donné son feu vert à l'Irak pour 500 missiles AGM-114K/R Hellfire, pour 82 "
            "millions de dollars.")
    claims = extract_text("Published: 2014-02-07\n\n" + text).claims
    assert [(c.attribute, c.verdict) for c in claims if c.subject.startswith("AGM-114")] == [
        ("value", "supported"), ("quantity", "supported")]


def test_in_service_with_a_named_force_since_a_year() -> None:
    # HMS Ocean was commissioned in September 1998 (Royal Navy); the catalog's service-entry fact is sourced
    assert verdicts("HMS Ocean has been in Royal Navy service since 2008.", "service entry") == [
        ("HMS Ocean", "contradicted")]
    assert verdicts("HMS Ocean has been in Royal Navy service since 1998.", "service entry") == [
        ("HMS Ocean", "supported")]
