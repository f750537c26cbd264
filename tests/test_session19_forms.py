"""Forms met in session 19 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_a330_mrtt_tankers_come_from_spain() -> None:
    # real facts: South Korea picked four A330 MRTT in June 2015; the airframes are converted at Getafe, Spain
    text = "Seoul signed on 30 June 2015 for four A330 MRTT tankers, built by Airbus Defence and Space."
    rows = deal_rows(text, "2015-07-02")
    assert [(r[0], r[1]) for r in rows] == [("ESP", "KOR")]
