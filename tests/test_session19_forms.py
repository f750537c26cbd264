"""Forms met in session 19 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text


def test_a330_mrtt_tankers_come_from_spain() -> None:
    # real facts: South Korea picked four A330 MRTT in June 2015; the airframes are converted at Getafe, Spain
    text = "Seoul signed on 30 June 2015 for four A330 MRTT tankers, built by Airbus Defence and Space."
    rows = deal_rows(text, "2015-07-02")
    assert [(r[0], r[1]) for r in rows] == [("ESP", "KOR")]


def test_the_system_chosen_over_a_rival_keeps_the_deal_and_the_loser_is_no_contractor() -> None:
    # real facts: South Korea picked four A330 MRTT on 30 June 2015 (1.488 trillion won) over Boeing's KC-46A
    text = ("Seoul picks Airbus tanker in $1.33bn programme\n\n"
            "SEOUL — South Korea on Tuesday chose the Airbus A330 MRTT as its first aerial refuelling aircraft, "
            "handing the European maker a victory over Boeing.\n\n"
            "The procurement agency said its committee had selected the Airbus Defence and Space tanker over Boeing's "
            "KC-46A and an Israeli 767-based proposal. The programme covers four aircraft and is worth 1.488 trillion "
            "won ($1.33 billion).")
    rows = deal_rows(text, "2015-07-01")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("ESP", "KOR", 1_488_000_000_000, [("a330-mrtt", 4)])]
    deal = extract_text(text, published="2015-07-01").deals[0]
    assert [c.name for c in deal.contractors] == ["Airbus Defence and Space"]
