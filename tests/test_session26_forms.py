"""Forms met in session 26: a system named again by its name alone, an order nobody sees coming, Black Hawks built in
Poland, K9 howitzers built in India (texts of our own wording, real facts)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract.news_fields import _quantity
from armstrack.extract.stage import read_stage


def test_a_system_named_again_by_its_name_alone() -> None:
    # "Lynx KF41" first, then "218 Lynx-Schützenpanzer": the count is the KF41's
    text = ("Rheinmetall gewinnt Ungarn als ersten Kunden für den Lynx\n\nRheinmetall hat am Donnerstag den ersten "
            "Auftrag für den Schützenpanzer Lynx KF41 gemeldet. Ungarn hat 218 Lynx-Schützenpanzer für rund zwei "
            "Milliarden Euro bestellt.")
    rows = deal_rows(text, "2020-09-11")
    assert any(b == "HUN" and ("lynx-kf41", 218) in items for _s, b, _st, _d, _v, items in rows)


def test_a_name_that_is_a_kind_or_a_maker_is_no_short_name() -> None:
    # "Panzerhaubitze 2000": the first word names a kind of gun, not the PzH 2000 each time it stands alone;
    # "Basler BT-67": the first word is its maker's name
    text = ("Rumänien bestellt Panzerhaubitzen\n\nRumänien hat 54 Panzerhaubitze 2000 bestellt. Die Türkei kaufte "
            "dagegen eine Panzerhaubitze aus eigener Fertigung.")
    assert all(("pzh-2000", None) not in items for *_x, items in deal_rows(text, "2024-06-01"))
    text = ("Argentina cleared to buy Basler BT-67 aircraft\n\nThe State Department approved a possible sale of Basler "
            "BT-67 aircraft to Argentina for $143 million. A week before the Basler notice, Washington approved "
            "support for Iraq's Cessna 208 fleet worth $140 million.")
    iraq = [items for _s, b, *_x, items in deal_rows(text, "2024-04-20") if b == "IRQ"]
    assert iraq and all(cid != "basler-bt67" and "basler" not in (cid or "") for items in iraq for cid, _q in items)


def test_an_order_nobody_sees_coming_is_no_event() -> None:
    for sentence in ("Doch neue Bestellungen aus Deutschland sind nicht in Sicht.",
                     "New orders for the tank are nowhere in sight.",
                     "Une nouvelle commande n'est pas en vue."):
        assert read_stage(sentence) == (None, True)


def test_black_hawks_built_in_poland_are_sold_by_poland_to_others_and_by_the_us_to_poland() -> None:
    text = ("Manila signs for more Black Hawks\n\nIn February 2022 Manila signed a contract worth about $624 million "
            "for thirty-two more S-70i helicopters from PZL Mielec, Lockheed Martin's Polish subsidiary.")
    rows = deal_rows(text, "2022-03-01")
    assert [(s, b) for s, b, *_x in rows] == [("POL", "PHL")] and rows[0][5] == [("s-70i", 32)]
    text = ("Polish police get Black Hawks\n\nPoland signed a contract for four S-70i Black Hawk helicopters with "
            "Lockheed Martin for 683.4 million zloty.")
    assert [(s, b) for s, b, *_x in deal_rows(text, "2019-02-01")] == [("USA", "POL")]


def test_k9_howitzers_built_in_india_are_no_korean_sale() -> None:
    text = ("L&T wins second K9 Vajra-T order\n\nIndia's defence ministry signed a ₹7,629-crore contract with Larsen & "
            "Toubro on Friday for 100 more K9 Vajra-T self-propelled guns.")
    assert all(s != "KOR" for s, *_x in deal_rows(text, "2024-12-23"))


def test_a_programmes_phase_number_is_no_count() -> None:
    text = ("Australia shortlists two vehicles\n\nIn September 2019 the Lynx was shortlisted for LAND 400 Phase 3 "
            "alongside Hanwha's Redback. Canberra later signed for 129 Redback vehicles.")
    counts = [q for *_x, items in deal_rows(text, "2023-08-01") for cid, q in items if cid == "redback"]
    assert 3 not in counts
    # a count in words after "No." stays a count ("A. No. Four Bell 412s were covered by an $80 million grant")
    sentence = "A. No. Four Bell 412s were covered by an $80 million grant announced in September 2023."
    assert _quantity(sentence, sentence.index("Bell"))[0] == 4
    sentence = "It was shortlisted for LAND 400 Phase 3 alongside Hanwha's Redback."
    assert _quantity(sentence, sentence.index("Redback"))[0] is None


def test_a_contract_with_another_maker_after_an_approval_is_a_deal_of_its_own() -> None:
    text = ("Three Nordic routes to rocket artillery\n\nWashington cleared Sweden on 10 March to buy HIMARS launchers "
            "worth an estimated $930 million. The Swedish Army has no rocket launchers at all.\n\nStart with Norway. In "
            "August 2024 Washington approved a Norwegian request for 16 HIMARS launchers, estimated at $580 million. "
            "Oslo let the approval lapse.\n\nIn late January it signed instead with Hanwha Aerospace of South Korea for "
            "16 K239 Chunmoo launchers.")
    rows = {(s, b, st, tuple(items)) for s, b, st, _d, _v, items in deal_rows(text, "2026-03-12")}
    assert ("KOR", "NOR", "signed", (("chunmoo", 16),)) in rows
    assert ("USA", "NOR", "approved", (("m142-himars", 16),)) in rows


def test_a_capital_visited_is_where_a_deal_is_signed() -> None:
    # (the capital read as a buyer split one contract in two)
    text = ("Fires brief: Croatia locks in its howitzers\n\nCroatia signs for 18 CAESAR Mk II\n\nZagreb made it official "
            "on Monday. During Prime Minister Andrej Plenković's visit to Paris, Croatia signed for 18 CAESAR Mk II "
            "truck-mounted howitzers, a deal the Croatian defence ministry values at €320m (roughly $375m).")
    assert [(s, b, v) for s, b, _st, _d, v, _i in deal_rows(text, "2025-12-09")] == [("FRA", "HRV", 320e6)]


def test_a_first_batch_handed_over_is_a_delivery() -> None:
    cue, hedged = read_stage("Le 26 juillet 2016, l'armée américaine avait remis aux forces marocaines un premier lot "
                             "de 22 chars M1A1.")
    assert cue is not None and cue.stage == "delivered" and not hedged
    assert read_stage("Il a remis au ministre un rapport sur la vente.")[0] is None


def test_the_makers_country_that_orders_buys_at_home() -> None:
    text = ("Britain buys into Germany's wheeled howitzer\n\nThe Ministry of Defence signed a £52 million contract with "
            "Germany for RCH 155 demonstrators. On 19 December, Berlin placed a first order worth about €1.2 billion for "
            "84 RCH 155 with KNDS Deutschland.")
    rows = {(s, b, v) for s, b, _st, _d, v, _i in deal_rows(text, "2026-01-06")}
    assert ("DEU", "DEU", 1.2e9) in rows and ("DEU", "GBR", 1.2e9) not in rows
    # bought from France ("von Frankreich gekauft") is no French purchase
    text = ("Brasilien übernimmt britischen Hubschrauberträger\n\nDer Flugzeugträger São Paulo, die frühere "
            "französische Foch, war im Jahr 2000 von Frankreich gekauft worden.")
    assert all(b != "FRA" for _s, b, *_x in deal_rows(text, "2018-06-30"))


def _claims(text: str) -> list[tuple[str, str, str]]:
    from armstrack.extract import extract_text
    return [(c.subject, c.attribute, c.verdict) for c in extract_text(text).claims]


def test_a_range_said_of_the_munition_it_follows_is_the_munitions() -> None:
    text = ("Norway cleared for rocket artillery\n\nIn August 2024 Washington approved a Norwegian request for 16 HIMARS "
            "launchers, 100 ATACMS missiles able to hit targets up to 300 miles away, and GMLRS rocket pods.")
    assert ("ATACMS", "range", "contradicted") in _claims(text)  # 300 miles for a 300 km missile


def test_built_somewhere_by_a_firm_is_a_maker_claim() -> None:
    text = ("Thai Strykers arrive\n\nThe Stryker, which is built in the United States by BAE Systems, will replace "
            "older carriers.")
    assert ("Stryker", "manufacturer", "contradicted") in _claims(text)
    text = "Thai Strykers arrive\n\nThe Stryker, built in Alabama by General Dynamics, will replace older carriers."
    assert ("Stryker", "manufacturer", "supported") in _claims(text)


def test_an_acronym_spelled_out_after_acronyme_de() -> None:
    text = ("L'Italie obtient des missiles de croisière\n\nRome a obtenu le feu vert pour 100 JASSM-ER, acronyme de « Joint "
            "Air-to-Surface Strike Missile – Extended Range ».")
    assert ("JASSM-ER", "name", "contradicted") in _claims(text)


def test_a_range_within_chunmoos_longest_missile_is_no_error() -> None:
    text = ("Norway picks Chunmoo\n\nNorway signed for 16 Chunmoo launchers whose longest missile can reach targets up to "
            "500 kilometres away.")
    assert all(v != "contradicted" for s, a, v in _claims(text) if a == "range")


def test_a_fleet_fielded_and_a_price_of_each_are_no_parts_of_the_deal() -> None:
    text = ("First Strykers reach Thailand\n\nThe first four Stryker vehicles were delivered to the Royal Thai Army on "
            "Thursday. Officers put the cost of each vehicle at roughly 80 million baht. Washington approved the sale "
            "of 60 Strykers for $175 million in July. Thailand already fields Chinese VT4 tanks.")
    rows = deal_rows(text, "2019-08-30")
    assert all(v != 80e6 for *_x, v, _i in rows)
    assert all(cid != "vt-4" for *_x, items in rows for cid, _q in items)


def test_sums_set_aside_or_totalled_over_many_proposals_are_no_price() -> None:
    text = ("Denmark's busy December\n\nWashington approved three P-8A Poseidon aircraft for Denmark for $1.8 billion on "
            "29 December. Denmark's Arctic agreement, struck in October, earmarks DKK 27.4 billion (about $4.26bn) for "
            "Arctic vessels and P-8A support.")
    values = {v for *_x, v, _i in deal_rows(text, "2026-01-02")}
    assert 1.8e9 in values and not values & {27.4e9, 4.26e9}
    text = ("Haushälter geben Radhaubitzen frei\n\nDer Haushaltsausschuss winkte insgesamt rund 30 Vorlagen mit einem "
            "Volumen von knapp 50 Milliarden Euro durch, darunter den Kauf von 84 RCH 155.")
    assert all(v != 50e9 for *_x, v, _i in deal_rows(text, "2025-12-22"))


def test_an_agreement_concluded_on_a_day_in_a_capital() -> None:
    text = ("Le club des utilisateurs du Caesar s'agrandit\n\nLa Lituanie avait auparavant conclu, le 29 décembre 2022 à "
            "Paris, un accord portant sur 18 Caesar Mk II.")
    rows = deal_rows(text, "2025-12-10")
    assert [(s, b, st, d) for s, b, st, d, *_x in rows] == [("FRA", "LTU", "signed", "2022-12-29")]


def test_an_order_reported_with_its_buyer_named_between() -> None:
    cue, hedged = read_stage("Am Dienstag meldete Saab einen Auftrag der französischen Beschaffungsbehörde DGA über "
                             "zwei Frühwarnflugzeuge GlobalEye.")
    assert cue is not None and cue.stage == "signed" and not hedged
