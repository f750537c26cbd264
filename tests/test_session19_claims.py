"""Claim forms met in session 19 (texts of our own wording; facts from the DSCA releases shipped in the package)."""
from __future__ import annotations

from claim_helpers import found

from armstrack.extract import extract_text

KUWAIT = ("KUWAIT CITY — Washington on Wednesday approved a possible sale to Kuwait of four King "
          "Air 350ER surveillance aircraft, a package worth €259 million. The package also includes AN/AAR-47 missile "
          "warning systems and AN/ALE-47 countermeasure dispensers.\n\nThe King Air notice came a day after the agency "
          "announced, on Tuesday, a separate $100 million approval for 15 fast patrol boats for Kuwait.")


def test_the_release_of_the_day_is_matched_by_its_main_system_and_the_currency_error_is_caught() -> None:
    # real facts: DSCA 17-78, 21 February 2018: Kuwait, four King Air 350ER ISR aircraft, $259 million (the
    # release lists the AN/AAR-47 and AN/ALE-47 outside its major defense equipment)
    found = {(c.attribute, c.verdict, c.evidence.text) for c in extract_text(KUWAIT, published="2018-02-22").claims}
    assert ("currency", "contradicted", "€259 million") in found


def test_a_system_naming_the_other_notice_gives_the_separate_approval_no_item() -> None:
    # the $100 million patrol-boat approval of 20 February 2018 is not the King Air release: nothing flagged on it
    assert not [c for c in extract_text(KUWAIT, published="2018-02-22").claims if c.verdict == "contradicted" and "100" in c.evidence.text]



def test_an_expansion_better_known_as_its_acronym_is_checked() -> None:
    # catalog: APKWS stands for Advanced Precision Kill Weapon System (DSCA)
    assert ("APKWS", "name", "contradicted") in found(
        "Abu Dhabi will get the Advanced Precision Kinetic Weapon System, better known as APKWS, a guided rocket.")
    assert ("APKWS", "name", "supported") in found(
        "Abu Dhabi will get the Advanced Precision Kill Weapon System, better known as APKWS, a guided rocket.")


def test_hawk_range_and_blackjack_engines() -> None:
    # catalog: MIM-23K Hawk, range 40 km (Taiwan News, 2023); RQ-21A Blackjack, one reciprocating engine (Seapower)
    assert ("MIM-23 Hawk", "range", "contradicted") in found("HAWK missiles can hit targets at ranges of about 40 miles.")
    assert ("MIM-23 Hawk", "range", "supported") in found("The HAWK missile can hit aircraft about 40 kilometres away.")
    assert ("RQ-21A Blackjack", "engines", "contradicted") in found(
        "The UAE also wants 20 RQ-21A Blackjack drones, the small twin-engine reconnaissance aircraft built by Insitu.")


def test_on_the_release_day_a_report_with_other_items_and_another_figure_is_not_matched() -> None:
    # most of the items are not in the King Air release (17-78) and the figure is not its figure: no verdict on it
    text = ("Washington on Wednesday approved a sale to Kuwait of four King Air 350ER aircraft worth $300 million, with "
            "AN/AAR-47 missile warning systems and AN/ALE-47 countermeasure dispensers.")
    assert not [c for c in extract_text(text, published="2018-02-22").claims if c.attribute in ("value", "currency")]
