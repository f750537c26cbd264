"""One announcement of several sales, then its cases told one by one (live tickers, digests, lists).

Texts written for these tests (own wording, real facts: DSCA transmittals of 17 Dec 2025 for Taiwan).
"""
from __future__ import annotations

from armstrack.extract import extract_text

TICKER = """Live: U.S. arms sales to Taiwan
Thursday, December 18, 2025

06:40 - Overnight, the Defense Security Cooperation Agency published eight separate notifications of possible \
Foreign Military Sales to Taiwan. All of them were approved by the State Department on Wednesday.

06:55 - Largest case: 82 M142 HIMARS and 420 M57 ATACMS, valued at an estimated $4.05 billion. Lockheed Martin \
builds the launcher.

07:10 - Next: 60 M109A7 howitzers and 13 M88A2 recovery vehicles, estimated at $4.03 billion.

07:25 - Anti-tank weapons:
  * 1,050 Javelin missiles - $375 million
  * 1,545 TOW 2B missiles - $353 million

07:40 - Taken together, the eight cases come to about $11.1 billion.

08:05 - Unconfirmed: an opposition lawmaker says a further package including Patriot interceptors is "in the \
pipeline".
"""


def test_each_priced_entry_after_an_announcement_of_several_sales_is_one_sale() -> None:
    ex = extract_text(TICKER)
    got = sorted((d.value.amount, tuple(sorted(i.catalog_id for i in d.items))) for d in ex.deals if d.value)
    assert got == [(353e6, ("tow-2b",)), (375e6, ("javelin",)), (4.03e9, ("m109a7", "m88")),
                   (4.05e9, ("m142-himars", "m57-atacms"))]
    for d in ex.deals:
        assert (d.seller.code, d.buyer.code, d.stage, d.date) == ("USA", "TWN", "approved", "2025-12-17")
    # the sum of the cases and the unconfirmed further package are no sales
    assert all(not d.value or d.value.amount != 11.1e9 for d in ex.deals)
    assert not any(i.catalog_id == "patriot" for d in ex.deals for i in d.items)


def test_an_announcement_naming_one_sale_opens_no_occasion() -> None:
    text = ("Wednesday, 17 December 2025. The State Department approved a possible sale to Taiwan of 82 HIMARS "
            "for $4.05 billion. Separately, Taipei is weighing whether to buy more drones. Officials put the "
            "island's special budget at $40 billion.")
    ex = extract_text(text)
    assert [d.value.amount for d in ex.deals if d.value] == [4.05e9]


def test_a_co_made_system_approved_among_us_sales_is_sold_by_the_us() -> None:
    text = ("Friday, 19 December 2025. Last month Washington cleared a $330 million case of spare parts for "
            "Taiwan's aircraft. In October 2024, three NASAMS air defence systems were approved for an estimated "
            "$1.16 billion.")
    ex = extract_text(text)
    nasams = next(d for d in ex.deals if any(i.catalog_id == "nasams" for i in d.items))
    assert (nasams.seller.code, nasams.buyer.code, nasams.value.currency) == ("USA", "TWN", "USD")


def test_altius_variants_are_told_apart() -> None:
    ex = extract_text("Taiwan was cleared on Wednesday to buy ALTIUS-700M loitering munitions and ALTIUS-600 "
                      "reconnaissance drones for an estimated $1.1 billion, the State Department said.")
    assert sorted(i.catalog_id for d in ex.deals for i in d.items) == ["altius-600", "altius-700m"]


def test_a_question_tells_no_event_and_a_money_scale_is_no_count() -> None:
    text = ("Saturday, December 20, 2025. What is in the $11.1 billion Taiwan arms package? On Wednesday the "
            "State Department approved eight separate sales to Taiwan. The smaller cases: a $1.01 billion Tactical "
            "Mission Network, and $96 million of AH-1W helicopter spare parts. Has Congress approved the sales? No.")
    ex = extract_text(text)
    values = sorted(d.value.amount for d in ex.deals if d.value)
    assert 11.1e9 not in values and 1.01e9 in values and 96e6 in values
    assert all(i.quantity is None for d in ex.deals for i in d.items)  # "$96 million of AH-1W": no million AH-1W
    assert not [c for c in ex.claims if c.attribute == "approval"]  # a question asserts nothing


def test_the_buyer_named_a_few_sentences_before_a_transcript_answer() -> None:
    text = ("Sendung vom Freitag, 4. April 2025\n\nDie USA wollen den Philippinen Kampfflugzeuge verkaufen. "
            "Unser Korrespondent ist in Manila. Was hat Washington da beschlossen? "
            "Das US-Außenministerium hat am Dienstag einen möglichen Verkauf von 20 Kampfjets vom Typ F-16 "
            "genehmigt. Der Wert liegt bei 5,58 Milliarden US-Dollar.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.date) for d in ex.deals] == [
        ("USA", "PHL", "approved", "2025-04-01")]


def test_an_occasion_named_by_its_stage_noun_in_french() -> None:
    text = ("Lundi 23 décembre 2024\n\nCe lundi, la presse revient sur les trois autorisations de vente d'armes "
            "américaines accordées à l'Égypte vendredi. Le plus gros des trois dossiers : la remise à niveau de 555 "
            "chars M1A1 Abrams, pour 4,69 milliards de dollars, soit environ 4,5 milliards d'euros. Le deuxième "
            "volet : 2 183 missiles Hellfire AGM-114R, pour 630 millions de dollars. Des rumeurs évoquent une "
            "commande de chasseurs chinois J-10C.")
    ex = extract_text(text)
    got = sorted((d.value.amount, d.seller.code, d.buyer.code, d.stage, d.date) for d in ex.deals)
    assert got == [(630e6, "USA", "EGY", "approved", "2024-12-20"), (4.69e9, "USA", "EGY", "approved", "2024-12-20")]


def test_the_sale_just_told_is_one_of_an_occasion_whose_day_the_others_share() -> None:
    text = ("Tuesday, December 24, 2024\n\nCAIRO - The United States last Friday approved a possible $4.69 billion "
            "sale to Egypt to upgrade 555 M1A1 Abrams tanks. The approval was one of three Egyptian cases published "
            "the same evening. The others cover 2,183 Hellfire AGM-114R missiles, estimated at $630 million, and "
            "543 APKWS rockets worth $30 million.")
    ex = extract_text(text)
    got = sorted((d.value.amount, d.buyer.code, d.stage, d.date) for d in ex.deals)
    assert got == [(30e6, "EGY", "approved", "2024-12-20"), (630e6, "EGY", "approved", "2024-12-20"),
                   (4.69e9, "EGY", "approved", "2024-12-20")]


def test_an_occasion_with_its_sum_and_a_buyer_named_before_told_by_counted_entries() -> None:
    text = ("Donnerstag, 18. Dezember 2025\n\nDie USA wollen Taiwan so viele Waffen verkaufen wie nie zuvor. Das "
            "Außenministerium in Washington hat am Mittwoch acht einzelne Rüstungsgeschäfte genehmigt, zusammen im "
            "Wert von rund 11,1 Milliarden Dollar - umgerechnet etwa 9,5 Milliarden Euro. China reagierte mit "
            "Kritik. Zum einen 82 Raketenwerfer vom Typ HIMARS, dazu 420 ATACMS-Raketen. Zum anderen 60 "
            "Panzerhaubitzen M109A7 für etwa 4,03 Milliarden Dollar.")
    ex = extract_text(text)
    got = sorted((sorted(i.catalog_id for i in d.items), d.value.amount if d.value else None) for d in ex.deals)
    assert got == [(["atacms", "m142-himars"], None), (["m109a7"], 4.03e9)]
    assert all((d.seller.code, d.buyer.code, d.stage, d.date) == ("USA", "TWN", "approved", "2025-12-17")
               for d in ex.deals)
