"""Forms met in session 14 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text


def _verdicts(text: str, attribute: str) -> list[tuple[str, str]]:
    return [(c.subject, c.verdict) for c in extract_text(text).claims if c.attribute == attribute]


def test_a_first_flight_year_beside_an_approval_does_not_hide_the_release() -> None:
    # real facts: DSCA transmittal 19-63 (20 November 2019), Morocco, 36 AH-64E, $4.25 billion; the Apache's
    # prototype first flew in 1975
    text = ("Published: 2019-11-21\n\nRABAT — Washington a approuvé mercredi la vente éventuelle au Maroc de 36 "
            "hélicoptères d'attaque AH-64E Apache, un appareil de Boeing dont le premier vol remonte à 1975, pour un "
            "montant estimé à 4,25 milliards {}.")
    assert [v for v in _verdicts(text.format("d'euros"), "currency") if v[1] == "contradicted"]
    assert _verdicts(text.format("de dollars"), "currency") == []
    assert [v for v in _verdicts(text.format("de dollars"), "value") if v[1] == "supported"]


def test_the_same_missiles_refer_to_the_system_just_named_with_their_count() -> None:
    # real facts: DSCA approved AIM-120D-3 for Finland (405, $1.07 billion, 10 September 2025) and Denmark (203,
    # $744 million, October 2024)
    lead = "Finland was cleared on 10 September to buy up to 405 AIM-120D-3 missiles for an estimated $1.07bn. "
    for told, count in [("up to 203 of the same missiles", 203), ("203 missiles of the same type", 203),
                        ("missiles of the same type", None)]:
        rows = deal_rows(lead + f"Denmark received approval last October for {told} in a package worth US$744 "
                                "million.", "2025-09-29")
        assert [(r[1], r[4], r[5]) for r in rows] == [("FIN", 1.07e9, [("aim-120d-3", 405)]),
                                                       ("DNK", 744e6, [("aim-120d-3", count)])], told


def test_a_buyer_that_was_itself_approved_is_no_seller() -> None:
    # real facts: Germany was approved for up to 969 AIM-120C-8 in July 2023 ($2.9 billion)
    rows = deal_rows("Germany itself was approved in July 2023 for up to 969 of the older AIM-120C-8 variant, a deal "
                     "valued at $2.9bn at the time.", "2025-09-29")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("USA", "DEU", "approved", 2.9e9, [("aim-120c-8", 969)])]
