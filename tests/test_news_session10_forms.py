"""Journalistic forms met in session 10: a losing bidder named with its country ("beating rivals including India's
Tejas and Pakistan's JF-17") is no party, and the maker's country named in the sentence before ("The biggest of
those bets is South Korean.") is not the buyer of the contract told next.

Texts written for these tests (own wording, real facts: Korea Aerospace Industries' February 2023 contract with
Malaysia for 18 FA-50, 1.2 trillion won; the 2024 U.S. approval of ten Sniper pods for Malaysia, $80 million).
"""
from __future__ import annotations

from armstrack.extract import extract_text


def _deals(text: str) -> list[tuple[str | None, str | None, str | None, float | None, list[int | None]]]:
    ex = extract_text("Published: 2024-05-10\n\n" + text)
    return [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage,
             d.value.amount if d.value else None, [i.quantity for i in d.items]) for d in ex.deals]


def test_a_losing_bidder_is_no_party_and_the_makers_country_is_no_buyer() -> None:
    text = ("Notebook.\n\nOn Monday the US State Department approved the possible sale to Malaysia of ten AN/AAQ-33 "
            "Sniper Advanced Targeting Pods at an estimated cost of $80 million.\n\nThe larger purchase is Korean. "
            "In February 2023 Korea Aerospace Industries said it had won a 1.2 trillion won contract to deliver 18 "
            "FA-50 light combat aircraft to the Ministry of Defence, beating rivals including India's Tejas and "
            "Pakistan's JF-17.")
    assert _deals(text) == [("USA", "MYS", "approved", 8e7, [10]), ("KOR", "MYS", "signed", 1.2e12, [18])]
