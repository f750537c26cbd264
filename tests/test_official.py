"""The official-notice reader on the wordings of 2004-2026 (texts in the formats of U.S. government notices)."""
from __future__ import annotations

from conftest import ROOT

from armstrack.extract import extract_text
from armstrack.extract.official import classify

CONSTRUCTED = ROOT / "tests" / "corpus" / "constructed"


def _check_spans(ex) -> None:  # type: ignore[no-untyped-def]
    t = ex.document.text
    for d in ex.deals:
        evs = [d.buyer.evidence, d.date_evidence, d.transmittal_evidence, d.value.evidence if d.value else None,
               *[i.evidence for i in d.items], *[c.evidence for c in d.contractors], *d.evidence]
        for ev in evs:
            if ev is not None:
                assert t[ev.start:ev.end] == ev.text


def test_congressional_record_with_two_transmittals() -> None:
    ex = extract_text((CONSTRUCTED / "cr-two-transmittals.txt").read_text(encoding="utf-8"))
    assert [(d.buyer.code, d.transmittal, d.value.amount, d.date) for d in ex.deals] == [
        ("CAN", "23-47", 5.9e9, "2023-06-27"), ("NOR", "23-51", 8.5e7, "2023-07-12")]
    assert [(i.catalog_id, i.quantity) for i in ex.deals[0].items][0] == ("p-8a", 16)
    assert ex.deals[0].values["mde"].amount == 4.49e9 and ex.deals[1].values["mde"].amount == 0
    _check_spans(ex)


OLD_RELEASE = """WASHINGTON, September 9, 2005 - The Defense Security Cooperation Agency notified Congress today of a \
possible sale to the Taipei Economic and Cultural Representative Office in the United States (TECRO) of 12 P-3C \
Orion aircraft as well as associated equipment and services. The total value, if all options are exercised, could \
be as high as $1.96 billion.
The Taipei Economic and Cultural Representative Office in the United States has requested a possible sale of \
12 P-3C Orion aircraft, 3 spare T-56-A-14 engines, spare and repair parts, and other related elements of logistics \
support. The estimated cost is $1.96 billion.
The proposed sale of this equipment and support will not alter the basic military balance in the region.
The prime contractor will be Lockheed Martin Aeronautics Company of Marietta, Georgia. There are no known offset \
agreements proposed in connection with this potential sale."""


def test_older_dsca_wording_and_tecro() -> None:
    ex = extract_text(OLD_RELEASE)
    assert ex.document.kind == "dsca_release"
    (d,) = ex.deals
    assert (d.seller.code, d.buyer.code, d.stage, d.date) == ("USA", "TWN", "notified", "2005-09-09")
    assert d.value.amount == 1.96e9 and d.value.qualifier is None
    assert [(i.quantity, i.mention) for i in d.items] == [(12, "P-3C Orion aircraft"), (3, "spare T-56-A-14 engines")]
    assert d.contractors[0].name == "Lockheed Martin Aeronautics Company"
    assert d.contractors[0].location == "Marietta, Georgia"
    _check_spans(ex)


STATE_2019 = """WASHINGTON, July 8, 2019 - The State Department has made a determination approving a possible Foreign \
Military Sale to the Government of the Republic of Korea of twenty (20) MK 54 Lightweight Torpedoes for an estimated \
cost of $52 million. The Defense Security Cooperation Agency delivered the required certification notifying \
Congress of this possible sale on July 5, 2019.
The Government of the Republic of Korea has requested to buy up to twenty (20) MK 54 Lightweight Torpedoes. The \
estimated cost of MDE is $40 million. The total estimated cost is $52 million.
The principal contractors will be Raytheon Integrated Defense Systems, Portsmouth, Rhode Island; and Lockheed \
Martin Sippican, Marion, Massachusetts. There are no known offset agreements."""


def test_2019_state_wording_mde_and_total() -> None:
    (d,) = extract_text(STATE_2019).deals
    assert (d.buyer.code, d.stage, d.date, d.value.amount) == ("KOR", "approved", "2019-07-08", 5.2e7)
    assert d.values["mde"].amount == 4e7
    assert d.items[0].quantity == 20 and d.items[0].quantity_qualifier == "up to"
    assert [c.name for c in d.contractors] == ["Raytheon Integrated Defense Systems", "Lockheed Martin Sippican"]


def test_news_retelling_is_not_read_as_a_notice() -> None:
    news = ("The State Department approved the possible sale of up to 25 F-35A fighters to the Republic of Korea, "
            "an estimated $5.06 billion package, officials said on Wednesday.")
    assert classify(news) is None
    assert extract_text(news).document.kind == "news"


def test_garbled_notice_does_not_crash() -> None:
    garbled = "(i) Prospective Purchaser: \n(ii) Total Estimated Value: $$$ \n(iii) Description: ((((( 12 (\n"
    ex = extract_text(garbled)
    assert ex.deals == [] or all(d.buyer is not None for d in ex.deals)
    truncated = (CONSTRUCTED / "cr-two-transmittals.txt").read_text(encoding="utf-8")[:900]
    ex2 = extract_text(truncated)
    assert [d.buyer.code for d in ex2.deals] == ["CAN"]
    assert ex2.deals[0].date is None  # item (viii) is cut off: no date is invented


def test_36b5c_enhancement_report_keeps_before_and_after() -> None:
    from conftest import OFFICIAL

    (d,) = extract_text((OFFICIAL / "fr-2026-26-1c-germany.txt").read_text(encoding="utf-8")).deals
    assert (d.buyer.code, d.stage, d.date, d.transmittal) == ("DEU", "notified", "2026-05-19", "26-1C")
    assert (d.extras["original_transmittal"], d.extras["original_date"]) == ("23-26", "2023-05-11")
    assert d.values["mde_before"].amount == 3.98e9 and d.values["mde_after"].amount == 5.0e9
    assert d.value.amount == 8.5e9  # the total case value stays unchanged
    assert d.extras["change"]["text"].startswith("This transmittal notifies a pricing increase")
    assert {i.quantity for i in d.items} >= {60, 140, 72, 284, 47, 144}


def test_transmittal_printed_on_one_line() -> None:
    (d,) = extract_text((CONSTRUCTED / "cr-one-line-japan.txt").read_text(encoding="utf-8")).deals
    assert (d.buyer.code, d.value.amount, d.values["mde"].amount, d.date) == ("JPN", 4.3e9, 2.34e9, "2020-07-09")
    assert (d.implementing_agency, d.extras["case_designator"]) == ("Air Force", "JA-D-QAB")
    assert [(i.quantity, i.catalog_id) for i in d.items] == [(105, "f-35b")]


def test_contractor_lists_by_place() -> None:
    from armstrack.extract.common import find_contractors

    text = ("The principal contractors will be The Boeing Company in Mesa, Arizona, Lockheed Martin Corporation in "
            "Orlando, Florida, General Electric Company in Cincinnati, Ohio, and Robertson Fuel Systems, LLC in "
            "Tempe, Arizona. There are no known offset agreements.")
    got = [(c.name, c.location) for c in find_contractors(text)]
    assert got == [("The Boeing Company", "Mesa, Arizona"), ("Lockheed Martin Corporation", "Orlando, Florida"),
                   ("General Electric Company", "Cincinnati, Ohio"), ("Robertson Fuel Systems, LLC", "Tempe, Arizona")]
    for c in find_contractors(text):
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
