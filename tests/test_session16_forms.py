"""Forms met in session 16 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_a_sentence_detailing_the_package_adds_its_items_to_the_deal() -> None:
    # real facts: DSCA transmittal 25-11 of 1 April 2025, the Philippines: 16 F-16C and 4 F-16D Block 70/72 for
    # an estimated $5.58 billion, with 24 engines and 22 AN/APG-83 radars among the items
    lead = ("Washington on Tuesday approved a possible sale of twenty F-16 Block 70/72 fighters to the Philippines "
            "for an estimated $5.58 billion. ")
    for detail in ("Le communiqué détaille le lot : 24 moteurs F110 et 22 radars AN/APG-83.",
                   "Darin enthalten sind 24 Triebwerke F110 und 22 Radare AN/APG-83.",
                   "Manila would also receive 24 F110 engines and 22 AN/APG-83 radars."):
        rows = deal_rows(lead + detail, "2025-04-03")
        assert len(rows) == 1, detail
        assert ("an-apg-83", 22) in rows[0][5], detail
