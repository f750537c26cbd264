"""News checked against the bundled official record (DSCA/State releases), on texts written for these tests."""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.verify.official_record import compare_quantity, compare_value, records


def _record_claims(text: str) -> list[tuple[str, str, str]]:
    ex = extract_text(text)
    return [(c.attribute, c.verdict, c.stated) for c in ex.claims if c.reference and "DSCA release of" in c.reference]


def test_the_record_is_bundled_with_sources() -> None:
    recs = records()
    assert sum(len(v) for v in recs.values()) > 1100
    grc = [r for r in recs["GRC"] if r.transmittal == "26-76"]
    assert grc and grc[0].value_usd == 80_100_000 and ("switchblade-300", "Switchblade 300", 350) in grc[0].items


def test_a_wrong_count_is_contradicted_and_the_right_value_supported() -> None:
    text = ("Published: 2026-07-20\n\nGreece cleared to buy loitering munitions\n\nATHENS - The U.S. State "
            "Department on July 16 approved the sale of 300 Switchblade loitering munitions to Greece, in a "
            "package estimated at $80.1 million.\n")
    got = _record_claims(text)
    assert ("quantity", "contradicted", "300") in got
    assert ("value", "supported", "$80.1 million (USD)") in got


def test_a_dollar_figure_printed_as_euros_is_a_currency_confusion() -> None:
    text = ("Stand: 31.01.2026\n\nApache für Israel\n\nDas US-Außenministerium hat am Freitag den möglichen Verkauf "
            "von 30 Kampfhubschraubern AH-64E Apache an Israel genehmigt. Der Wert liegt bei 3,8 Milliarden Euro.\n")
    got = _record_claims(text)
    assert ("currency", "contradicted", "3,8 Milliarden Euro (EUR)") in got
    assert ("quantity", "supported", "30") in got


def test_an_older_sale_told_with_its_year_is_not_matched_to_a_newer_release() -> None:
    text = ("MANILA, April 2, 2025 (Wire) - The United States approved on Tuesday the possible sale of 20 F-16 "
            "jets to the Philippines for $5.58 billion. In 2021, the State Department approved a $2.43 billion "
            "sale of ten F-16C and two F-16D aircraft to the Philippines.\n")
    got = _record_claims(text)
    assert ("value", "supported", "$5.58 billion (USD)") in got
    assert not any(v == "contradicted" for _, v, _ in got)


def test_comparisons() -> None:
    assert compare_value(2e9, "USD", 2e9, "$2 billion", 1.75e9, {})[0] == "supported"  # rounded to one figure
    assert compare_value(1e10, "USD", 1e10, "$10 billion", 1.2e10, {})[0] == "contradicted"
    assert compare_value(2.4e9, "USD", 2.4e9, "$2.4 billion", 1.75e9, {"CAD": 1.76e9})[1] == "currency"
    assert compare_value(3.75e12, "KRW", 2.8e9, "3.75 trillion won", 5.06e9, {})[0] == "unverifiable"
    assert compare_quantity(3000, "over", 3350) and not compare_quantity(300, None, 350)
    assert compare_quantity(20, "up to", 20)
    # a ceiling restated with another number is wrong: "up to 450" for the release's "up to 405"
    assert not compare_quantity(450, "up to", 405) and compare_quantity(400, "up to", 395)


def test_the_official_figure_restated_later_in_euros_is_flagged_where_it_is_restated() -> None:
    text = ("Stand: 31.01.2026\n\nApache für Israel\n\nDas US-Außenministerium hat am Freitag den möglichen Verkauf "
            "von 30 Kampfhubschraubern AH-64E Apache an Israel genehmigt. Der Wert liegt bei 3,8 Milliarden Dollar "
            "(rund 3,5 Milliarden Euro).\n\nIn Jerusalem hieß es, die Kosten von 3,8 Milliarden Euro seien "
            "tragbar. Für 1 Milliarde Euro hatte das Land zuvor Munition bestellt.\n")
    got = _record_claims(text)
    assert ("value", "supported", "3,8 Milliarden Dollar (USD)") in got
    assert ("currency", "contradicted", "3,8 Milliarden Euro (EUR)") in got
    # the conversion is right, and a one-figure amount may be any other number of the story
    assert not any(s.startswith(("rund 3,5", "3,5", "1 Milliarde")) for _, _, s in got)


def test_a_count_matching_a_release_line_of_the_same_family_is_not_contradicted() -> None:
    # release 17-67 lists 208 "PAC-3 ... MSE missiles" (read as PAC-3) and 11 PAC-3 MSE test missiles
    text = ("WARSAW, Nov. 20, 2017 - The State Department on Friday approved the sale of Patriot batteries to "
            "Poland for $10.5 billion, covering four AN/MPQ-65 radar sets and 208 PAC-3 MSE missiles.\n")
    got = _record_claims(text)
    assert ("quantity", "supported", "208") in got
    assert ("quantity", "contradicted", "300") in _record_claims(text.replace("208", "300"))


def test_a_year_told_with_since_does_not_date_the_event() -> None:
    text = ("Neu-Delhi (ndn) - 15.09.2022\n\nDas US-Außenministerium hatte am 7. September den möglichen Verkauf von "
            "Wartungsleistungen für die pakistanische F-16-Flotte gebilligt. Das Paket hat einen Wert von 450 "
            "Millionen Euro. Das Paket ist die erste größere Zusage Washingtons an Islamabad seit 2018.\n")
    assert ("currency", "contradicted", "450 Millionen Euro (EUR)") in _record_claims(text)


def test_a_sale_of_last_april_is_matched_to_the_release_of_that_month_and_value() -> None:
    # Kuwait: PATRIOT PDB 8.1, $425 million (2025-04-30, 25-07); PATRIOT sustainment, $800 million (2026-01-14, 25-65)
    text = ("Stand: 16.01.2026\n\nDas US-Außenministerium hat am Mittwoch einem möglichen Rüstungsgeschäft mit Kuwait "
            "zugestimmt: Für geschätzt 800 Millionen Dollar soll das Emirat Ersatzteile und technische Unterstützung "
            "für sein Flugabwehrsystem Patriot erhalten.\n\nSchon im April vergangenen Jahres hatte Washington ein "
            "Software-Update für die kuwaitischen Patriot-Batterien für 425 Millionen Dollar gebilligt.\n")
    got = _record_claims(text)
    assert ("value", "supported", "800 Millionen Dollar (USD)") in got
    assert ("value", "supported", "425 Millionen Dollar (USD)") in got
    assert not [g for g in got if g[1] == "contradicted"]


def test_a_count_unlike_every_line_of_the_release_is_contradicted_even_with_an_unnamed_line() -> None:
    # Saudi Arabia 24-11 (2024-10-24): 507 TOW 2A RF and 507 TOW 2B RF missiles, $440 million
    text = ("Published: 2024-10-28\n\nLast Thursday the State Department approved a possible sale to Saudi Arabia "
            "of anti-tank missiles at an estimated $440 million: 507 TOW 2A radio-frequency missiles and 570 TOW 2B "
            "radio-frequency missiles.\n")
    got = _record_claims(text)
    assert ("quantity", "contradicted", "570") in got
    assert ("quantity", "contradicted", "507") not in got


def test_a_variant_count_within_the_release_line_of_its_family_is_not_flagged() -> None:
    # Türkiye 23-07 (2024-01-26): 40 F-16 Block 70 aircraft (the release's line names the family)
    text = ("Published: 2024-01-29\n\nOn Friday the State Department approved the sale to Turkey of 32 single-seat "
            "F-16C Block 70 and eight two-seat F-16D Block 70 aircraft for an estimated $23 billion.\n")
    got = _record_claims(text)
    assert not [g for g in got if g[0] == "quantity" and g[1] == "contradicted"]


def test_a_count_in_dozens_is_checked() -> None:
    # Tunisia 19-56 (2019-10-09): 12 T-6C Texan aircraft, $234 million
    text = ("Published: 2019-10-11\n\nThe State Department on Wednesday approved a possible Foreign Military Sale to "
            "Tunisia of two dozen T-6C Texan trainer aircraft, with an estimated value of $234 million.\n")
    got = _record_claims(text)
    assert ("quantity", "contradicted", "24") in got and ("value", "supported", "$234 million (USD)") in got
