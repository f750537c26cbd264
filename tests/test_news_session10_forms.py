"""Journalistic forms met in session 10: a losing bidder named with its country ("beating rivals including India's
Tejas and Pakistan's JF-17") is no party, and the maker's country named in the sentence before ("The biggest of
those bets is South Korean.") is not the buyer of the contract told next.

Texts written for these tests (own wording, real facts: Korea Aerospace Industries' February 2023 contract with
Malaysia for 18 FA-50, 1.2 trillion won; the 2024 U.S. approval of ten Sniper pods for Malaysia, $80 million).
"""
from __future__ import annotations

from armstrack.extract import extract_text


def _rows(text: str, published: str) -> list[tuple[str | None, str | None, str | None, str | None,
                                                   list[tuple[str | None, int | None]]]]:
    """Seller, buyer, stage, date and (catalog id, quantity) items of each deal read from ``text``."""
    ex = extract_text(f"Published: {published}\n\n" + text)
    return [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage, d.date,
             [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals]


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


def test_a_firm_that_signs_sells_not_the_maker_named_in_passing() -> None:
    # real facts: BAE Systems' 2012 contract with Saudi Arabia for 22 Hawk and 55 PC-21 trainers, GBP 1.6 billion
    text = ("Saudi trainers.\n\nIn May 2012 BAE Systems signed a GBP1.6 billion deal with Saudi Arabia to supply 22 "
            "Hawk advanced jet trainers and 55 PC-21 turboprop trainers, the latter built by Swiss manufacturer "
            "Pilatus.")
    assert [(s, b, st) for s, b, st, _v, _q in _deals(text)] == [("GBR", "SAU", "signed")]


def test_what_is_to_be_bought_is_no_signing_and_same_day_takes_the_day_told() -> None:
    # real facts: the March 2018 U.S. approvals for the UAE (AIM-9X-2, $270.4 million) and Qatar (Air Operations
    # Center, $197 million); the May 2016 approval of 4,000 Hellfire missiles for the UAE, $476 million
    text = ("Brief.\n\nThe State Department on Thursday approved a possible sale to the United Arab Emirates of 300 "
            "AIM-9X-2 Sidewinder Block II missiles and 40 AIM-9X-2 Captive Air Training Missiles, worth an estimated "
            "$270.4 million.\n\nSame day, same desk: Qatar was cleared for $197 million of equipment to upgrade its "
            "Air Operations Center.\n\n  * May 2016: the UAE was cleared for 4,000 AGM-114 R/K Hellfire missiles, "
            "to be bought in increments over three years, for an estimated $476 million.")
    ex = extract_text("Published: 2018-03-09\n\n" + text)
    got = [(d.buyer.code if d.buyer else None, d.stage, d.date, [(i.catalog_id, i.quantity) for i in d.items])
           for d in ex.deals]
    assert got == [("ARE", "approved", "2018-03-08", [("aim-9x", 300), ("catm-9x", 40)]),
                   ("QAT", "approved", "2018-03-08", []),
                   ("ARE", "approved", None, [("hellfire", 4000)])]


def test_the_same_day_is_that_of_the_deal_told_not_of_any_date_before() -> None:
    # real facts: the January 2022 U.S. approvals for Egypt: three SPS-48 radars ($355 million) and 12 C-130J-30
    text = ("Egypt.\n\nOn 4 February 2025 nothing happened.\n\nIn January 2022 Washington cleared three SPS-48 "
            "land-based radars for Egypt at an estimated $355 million. The same day it approved 12 C-130J-30 Super "
            "Hercules transports worth $2.2 billion.")
    assert [(b, d) for b, _st, d, _i in [(x.buyer.code if x.buyer else None, x.stage, x.date, x.items)
                                          for x in extract_text("Published: 2025-03-01\n\n" + text).deals]] == [
        ("EGY", None), ("EGY", None)]


def test_a_buyer_named_again_with_also_for_another_system_is_another_purchase() -> None:
    # real facts: Morocco's April 2021 contract for 13 Bayraktar TB2; Morocco on Baykar's Akinci customer list
    text = ("Maroc.\n\nLe contrat de 13 drones Bayraktar TB2 signé par le Maroc en avril 2021 était évalué à 626 "
            "millions de dirhams. Le Maroc figure aussi parmi les clients du drone Bayraktar Akinci, selon une liste "
            "publiée par Ankara.")
    got = [(s, b, [q for q in items]) for s, b, _st, _v, items in _deals(text)]
    assert got == [("TUR", "MAR", [13]), ("TUR", "MAR", [None])]


def test_a_contractor_named_as_such_does_not_act_in_the_clause() -> None:
    # real facts: the October 2013 U.S. approval of a $4.0 billion munitions package for the UAE
    text = ("Steady customer.\n\nIn March 2018, Washington cleared the sale of 300 AIM-9X-2 Sidewinder Block II "
            "missiles to Abu Dhabi, estimated at $270.4 million. In October 2013 it approved a $4.0 billion munitions "
            "package that included 5,000 GBU-39/B Small Diameter Bombs and 300 AGM-84H SLAM-ER missiles, with Boeing "
            "named as a contractor.")
    assert [(b, v, q) for _s, b, _st, v, q in _deals(text)] == [("ARE", 2.704e8, [300]), ("ARE", 4e9, [5000, 300])]


def test_cases_announced_together_at_one_price_each_are_one_deal_each() -> None:
    # real facts: the December 2025 U.S. approvals for Saudi Arabia: a CLSSA case and blanket order training,
    # $500 million each
    text = ("Explainer.\n\nOn Monday, the U.S. State Department approved two possible Foreign Military Sales to Saudi "
            "Arabia, each with an estimated value of $500 million. One is a Cooperative Logistics Supply Support "
            "Arrangement (CLSSA) case; the other is blanket order training for the Royal Saudi Land Forces.")
    ex = extract_text("Published: 2025-12-04\n\n" + text)
    got = [(d.buyer.code if d.buyer else None, d.value.amount if d.value else None, [i.catalog_id for i in d.items])
           for d in ex.deals]
    assert got == [("SAU", 5e8, ["clssa"]), ("SAU", 5e8, ["blanket-order-training"])]


def test_the_emirate_named_by_its_kind_and_a_gapped_year_clause() -> None:
    # real facts: the April 2016 U.S. approval of 252 RIM-116C for Qatar ($260 million); the 2012 HIMARS approval
    # for Qatar ($406 million); Lürssen's 2012 Saudi order of border guard boats (EUR 1.4 billion)
    text = ("Sendung.\n\nMODERATORIN: Die USA rüsten die Marine von Katar auf. Am Freitag hat Washington den Verkauf "
            "von Flugabwehrraketen an das Emirat gebilligt.\n\nKORRESPONDENT (Lukas Brenner): Es geht um 252 "
            "Flugkörper vom Typ RIM-116C. Die DSCA beziffert den Gesamtwert auf 260 Millionen Dollar.\n\nBRENNER: "
            "2013 wurde ein Radar für rund 1,1 Milliarden Dollar freigegeben, 2012 ein Paket mit HIMARS-Raketenwerfern "
            "für 406 Millionen Dollar.\n\nBRENNER: Die Lürssen-Gruppe hat 2012 einen Großauftrag aus Riad erhalten, "
            "rund hundert Boote für den saudischen Grenzschutz mit einem Volumen von 1,4 Milliarden Euro.")
    ex = extract_text("Published: 2016-04-23\n\n" + text)
    got = [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage,
            d.value.amount if d.value else None) for d in ex.deals]
    assert got == [("USA", "QAT", "approved", 2.6e8), ("USA", "QAT", "approved", 1.1e9),
                   ("USA", "QAT", "approved", 4.06e8), ("DEU", "SAU", "signed", 1.4e9)]
    assert ex.deals[0].buyer is not None and ex.deals[0].buyer.evidence is not None
    assert ex.deals[0].buyer.evidence.text == "das Emirat"


def test_a_list_entry_of_contracts_and_class_names_in_german() -> None:
    # real facts: Indonesia's July 2025 contract with TAIS for two İstif-class frigates; Babcock's September 2021
    # design licence for two Arrowhead 140 frigates built by PT PAL
    text = ("Frigates.\n\nIndonesia's Ministry of Defence has put its signature to a contract for two İstif-class "
            "frigates from TAIS on Saturday.\n\nThe renewal runs through several yards:\n\n- Italy: Fincantieri "
            "said on 10 June 2021 that it had signed with Indonesia's defence ministry for six FREMM frigates.\n- "
            "United Kingdom: Babcock signed a design licence on 16 September 2021 under which PT PAL builds two "
            "Arrowhead 140 frigates in Surabaya.")
    assert _rows(text, "2025-07-28") == [("TUR", "IDN", "signed", "2025-07-26", [("istif-class", 2)]),
                   ("ITA", "IDN", "signed", "2021-06-10", [("fremm", 6)]),
                   ("GBR", "IDN", "signed", "2021-09-16", [("arrowhead-140", 2)])]
    de = extract_text("Published: 2025-07-26\n\nTicker.\n\nDas indonesische Verteidigungsministerium und TAIS haben "
                      "heute einen Vertrag über zwei İstif-Fregatten unterschrieben.")
    assert [(i.catalog_id, i.quantity) for d in de.deals for i in d.items] == [("istif-class", 2)]


def test_last_friday_written_on_a_friday_is_the_week_before() -> None:
    from armstrack.normalize.dates import find_dates
    for text in ("last Friday", "am vergangenen Freitag", "vendredi dernier"):
        assert [d.iso for d in find_dates(text, "2023-12-15")] == ["2023-12-08"], text
    assert [d.iso for d in find_dates("on Friday", "2023-12-15")] == ["2023-12-15"]


def test_a_short_name_in_brackets_is_the_same_item_and_a_deal_of_the_country_the_article_is_about() -> None:
    # real facts: PT Len's June 2023 order of 13 Thales Ground Master 400 Alpha radars for Indonesia
    text = ("Radare.\n\nIndonesien braucht Radare, mehr als Malaysia. Jakarta hat lange gewartet. Indonesiens "
            "Luftwaffe ist alt, die von Malaysia auch. Jakarta handelt. Die Zeit drängt.\n\nIm Juni hatte das staatliche Elektronikunternehmen PT Len beim französischen "
            "Konzern Thales 13 Langstreckenradare vom Typ Ground Master 400 Alpha (GM400α) geordert.")
    ex = extract_text("Published: 2023-12-15\n\n" + text)
    got = [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None,
            [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals]
    assert got == [("FRA", "IDN", [("gm400", 13)])]


def test_a_letter_of_intent_is_no_contract_and_one_of_the_largest_is_no_count() -> None:
    # real facts: the November 2025 French-Ukrainian letter of intent for up to 100 Rafale and eight SAMP/T NG
    text = ("Rafale letter.\n\nUkraine and France signed a document on Monday that could turn the Ukrainian air force "
            "into one of the largest Rafale operators in the world.\n\nWhat exactly was signed?\n\nA letter of "
            "intent, signed by Presidents Emmanuel Macron and Volodymyr Zelensky on Monday. It covers up to 100 "
            "Rafale fighters and eight SAMP/T NG air-defence systems.")
    ex = extract_text("Published: 2025-11-18\n\n" + text)
    got = [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage,
            [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals]
    assert got == [("FRA", "UKR", "other", [("rafale", 100), ("samp-t-ng", 8)])]


def test_the_agency_announced_a_sum_and_a_press_report_of_another_sum() -> None:
    # real facts: the August 2025 U.S. approval of 3,350 ERAM for Ukraine ($825 million); the July 2025 approvals of
    # HAWK Phase III sustainment ($172 million) and Bradley refurbishment ($150 million) for Ukraine
    text = ("ERAM.\n\nThe State Department on Thursday approved a possible sale to Ukraine of up to 3,350 Extended Range "
            "Attack Munition (ERAM) missiles in a package estimated at $825 million. Earlier press reports, based on "
            "unnamed officials, had described the package as worth $850 million.\n\nOn July 23 the agency announced "
            "$172 million for HAWK Phase III missile systems and sustainment, and on the same day $150 million for "
            "equipment to refurbish Bradley Infantry Fighting Vehicles.")
    ex = extract_text("Published: 2025-08-29\n\n" + text)
    got = [(d.buyer.code if d.buyer else None, d.stage, d.date, d.value.amount if d.value else None) for d in ex.deals]
    assert got == [("UKR", "approved", "2025-08-28", 8.25e8), ("UKR", "approved", "2025-07-23", 1.72e8),
                   ("UKR", "approved", "2025-07-23", 1.5e8)]


def test_weekend_days_in_french_and_german_and_kronor_written_skr() -> None:
    from armstrack.normalize.dates import find_dates
    from armstrack.normalize.money import find_money
    assert [d.iso for d in find_dates("Samedi, à Istanbul", "2025-07-30")] == ["2025-07-26"]
    assert [d.iso for d in find_dates("am Sonntag", "2025-07-30")] == ["2025-07-27"]
    assert [(m.amount, m.currency) for m in find_money("around SKr8 billion, roughly $840 million")] == [
        (8e9, "SEK"), (8.4e8, "$")]


def test_a_rumour_neither_side_confirmed_is_no_deal() -> None:
    text = ("Jakarta.\n\nEn début d'année, des médias indiens ont prêté à Jakarta l'intention d'acquérir le missile "
            "BrahMos pour environ 450 millions de dollars ; ni New Delhi ni Jakarta n'ont confirmé.")
    assert _deals(text) == []


def test_a_digest_entry_labelled_buyer_slash_seller_and_a_rumour_label() -> None:
    # real facts: Vietnam's July 2020 JICA loan of 36.63 billion yen for six patrol vessels
    text = ("Letter.\n\n* VIETNAM / JAPAN: Worth recalling. Hanoi signed a loan of 36.63 billion yen on 28 July 2020 to "
            "build six patrol vessels for the Vietnam Coast Guard.\n\n* INDONESIA / INDIA (rumour watch): the maker "
            "signed a memorandum with Jakarta for BrahMos missiles worth $350m, it says.\n\n0 - signed BrahMos "
            "contracts with Jakarta")
    assert [(s, b, st, v) for s, b, st, v, _q in _deals(text)] == [("JPN", "VNM", "signed", 3.663e10)]


def test_a_press_review_in_french() -> None:
    # real facts: the March 2018 U.S. approval of 300 AIM-9X-2 for the UAE ($270.4 million); BAE Systems' May 2012
    # contract with Saudi Arabia for 22 Hawk and 55 PC-21 (GBP 1.6 billion)
    text = ("Revue.\n\nPlusieurs titres reviennent sur l'approbation, jeudi, par le département d'État américain d'une "
            "vente potentielle de missiles aux Émirats arabes unis, estimée à 270,4 millions de dollars. Le paquet "
            "comprend 300 missiles AIM-9X-2 Sidewinder Block II.\n\nUn quotidien londonien rappelle que BAE Systems "
            "avait signé en mai 2012 un contrat de 1,6 milliard de livres avec l'Arabie saoudite pour 22 avions "
            "d'entraînement Hawk et 55 Pilatus PC-21.\n\nUn magazine français évoque, sans le confirmer, l'intérêt "
            "des Émirats pour une nouvelle commande d'avions de combat européens.")
    assert _rows(text, "2018-03-09") == [("USA", "ARE", "approved", "2018-03-08", [("aim-9x", 300)]),
                   ("GBR", "SAU", "signed", None, [("bae-hawk", 22), ("pc-21", 55)])]
