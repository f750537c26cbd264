"""Forms met in session 15 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_purpose_infinitives_after_one_approval_are_separate_cases() -> None:
    # real facts: DSCA transmittals of 8 September 2017 for Bahrain: F-16 Block 40 upgrade ($1.082 billion), two
    # 35-meter fast patrol boats ($60.25 million), TOW missiles ($27 million)
    text = ("Manama also secured approval to modernise its F-16 Block 40 jets for an estimated $1.082 billion; to "
            "purchase two patrol boats fitted with a MK38 Mod 3 25mm gun, for $60.25 million; and to acquire TOW "
            "missiles valued at $27 million.")
    rows = deal_rows(text, "2017-09-09")
    assert [(r[1], r[2], r[4]) for r in rows] == [("BHR", "approved", 1.082e9), ("BHR", "approved", 60.25e6),
                                                  ("BHR", "approved", 27e6)]
    assert [i[0] for i in rows[2][5]] == ["tow"]
