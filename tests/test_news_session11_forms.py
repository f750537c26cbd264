"""Journalistic forms met in session 11: an approval of another year told in a broadcast answer, and "that request"
giving its value in the next sentence; a decimal read out ("sixty point two million dollars"); the day of a ship's
launch is not the day of its order; a list of earlier approvals under "Washington had already approved:"; the
platforms a part is for; "bought by Brazil from France"; "reçus de Jordanie"; "un accord conclu en 2015".

Texts written for these tests (own wording, real public facts).
"""
from __future__ import annotations

from news_helpers import deal_rows as _rows

from armstrack.extract import extract_text
from armstrack.normalize.money import find_money


def test_an_approval_of_another_year_and_that_requests_value() -> None:
    # real facts: the September 2017 approval of 18 Super Hornets for Canada ($5.23 billion); the August 2014
    # approval of six AN/AAQ-24(V) LAIRCM systems for Canada's CP-140 ($225 million)
    text = ("HOST: The State Department on Tuesday approved a possible sale to Canada of ten F/A-18E and eight "
            "F/A-18F Super Hornets at an estimated cost of $5.23 billion.\n\nHOST: Has Washington cleared Canadian "
            "aircraft equipment before?\n\nGUEST: Often. In August 2014 the State Department cleared six "
            "AN/AAQ-24(V) Large Aircraft Infrared Countermeasures systems for the CP-140 Aurora. That request was "
            "put at $225 million.")
    rows = _rows(text, "2017-09-13")
    assert rows[0][:5] == ("USA", "CAN", "approved", "2017-09-12", 5.23e9)
    assert rows[1][:5] == ("USA", "CAN", "approved", None, 2.25e8)
    assert [q for _c, q in rows[1][5]] == [6]


def test_a_month_of_another_year_makes_no_new_signing() -> None:
    # "commandé" told of the type in general, with the month of its first flight: no deal of the buyer in focus
    text = ("La Finlande a signé jeudi un contrat pour 64 F-35A.\n\nLe F-35, dont le premier prototype a volé en "
            "décembre 2006 au Texas, est désormais commandé par plusieurs pays européens.")
    rows = _rows(text, "2022-02-11")
    assert len(rows) == 1 and rows[0][1] == "FIN"


def test_a_decimal_read_out_in_a_transcript() -> None:
    mm = find_money("worth an estimated sixty point two million dollars")
    assert [(m.amount, m.currency) for m in mm] == [(60_200_000.0, "$")]
    assert [m.amount for m in find_money("two million dollars")] == [2_000_000.0]


def test_the_day_of_a_launch_is_not_the_day_of_the_order() -> None:
    # real facts: PNS Babur, first of four MILGEM corvettes ordered by Pakistan from Türkiye (2018), launched in
    # Istanbul on 15 August 2021
    text = ("PAKISTAN - First MILGEM corvette in the water\n* PNS Babur, first of four MILGEM corvettes ordered from Türkiye, was launched at Istanbul Naval "
            "Shipyard on 15 August. The contract was signed in July 2018 with ASFAT.")
    rows = _rows(text, "2021-09-03")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("TUR", "PAK", "signed", None)]


def test_a_list_under_an_approval_heading_is_of_approvals() -> None:
    # real facts: U.S. approvals for Egypt, Maritime Domain Awareness (2020, $417 million), four UH-60M (2008,
    # $176 million)
    text = ("Washington a approuvé jeudi la vente éventuelle à l'Égypte d'un réseau de radars côtiers estimé à 417 "
            "millions de dollars.\n\nPour mémoire, Washington avait déjà approuvé :\n  - en septembre 2008, quatre "
            "hélicoptères UH-60M Black Hawk pour 176 millions de dollars.")
    rows = _rows(text, "2020-10-03")
    assert [(r[1], r[2], r[4]) for r in rows] == [("EGY", "approved", 4.17e8), ("EGY", "approved", 1.76e8)]


def test_the_helicopters_a_sensor_is_for_are_no_items() -> None:
    # real facts: the October 2016 approval of 67 AN/AAR-57 CMWS for Egypt's helicopters, $81.4 million
    text = ("In October 2016 the State Department approved a possible sale to Egypt of 67 AN/AAR-57 Common Missile "
            "Warning Systems for Egyptian Apache, Black Hawk and Chinook helicopters, estimated at $81.4 million.")
    rows = _rows(text, "2020-10-02")
    assert [(r[1], r[4], [q for _c, q in r[5]]) for r in rows] == [("EGY", 8.14e7, [67])]


def test_bought_by_a_country_from_another_and_operators_listed() -> None:
    # real facts: Brazil bought the carrier Foch from France in 2000 (as São Paulo); P-8A operators
    from armstrack.extract.clauses import units_of
    from armstrack.extract.news_parts import _role
    unit = units_of("The carrier, a Clemenceau-class ship commissioned by the French Navy in 1963, was bought by "
                    "Brazil from France in 2000.", None)[0]
    roles = {p.text: _role(unit, p) for p in unit.parties}
    assert roles["Brazil"] == "buyer!" and roles["France"] == "seller"
    assert unit.cue is not None and unit.cue.stage == "signed"
    # a list of operators is no purchase
    listed = units_of("The P-8A has since been bought by Australia, Britain, India and Norway.", None)[0]
    assert listed.cue is None
    assert all(_role(listed, p) != "buyer" for p in listed.parties)


def test_received_from_and_an_agreement_concluded_in_french() -> None:
    # real facts: Jordan gave AH-1F Cobra helicopters to Kenya; Pakistan's 2015 agreement with China for eight
    # Hangor-class submarines
    text = ("Nairobi.\n\nLes hélicoptères d'attaque AH-1F Cobra reçus de Jordanie ont rejoint l'armée de l'air "
            "kényane.\n\nPour ses sous-marins, le Pakistan s'est tourné vers la Chine : un accord conclu en 2015 "
            "prévoit la livraison de huit sous-marins de la classe Hangor.")
    rows = _rows(text, "2020-10-03")
    assert [(r[0], r[1], r[2]) for r in rows] == [("JOR", "KEN", "delivered"), ("CHN", "PAK", "signed")]
    assert rows[1][5] == [("hangor-class", 8)]


def test_firms_named_as_suppliers_and_the_fleet_flown_on() -> None:
    # real facts: the April 2022 approval of 121 MIDS JTRS terminals for Australia ($42 million; Viasat and Data
    # Link Solutions); Canada's January 2023 F-35A purchase while it keeps flying CF-18s
    text = ("Canberra.\n\nEn avril 2022, la DSCA avait approuvé pour 42 millions de dollars la fourniture à "
            "l'Australie de 121 terminaux MIDS JTRS, avec Viasat et Data Link Solutions comme fournisseurs.")
    rows = extract_text("Published: 2022-11-05\n\n" + text).deals
    assert [(d.buyer.code if d.buyer else None, d.contractor) for d in rows] == [
        ("AUS", "Viasat; Data Link Solutions")]
    text = ("OTTAWA - Canada has signed a deal to buy 16 F-35A fighter jets from the United States for about $7 "
            "billion. Until then the air force will keep flying its CF-18s.")
    rows = extract_text("Published: 2023-01-10\n\n" + text).deals
    assert [[i.catalog_id for i in d.items] for d in rows] == [["f-35a"]]


def test_a_fleet_ordered_is_an_item() -> None:
    # real facts: Hungary ordered 16 H225M from Airbus Helicopters in 2018
    text = ("BUDAPEST\n\nLa presse hongroise salue la montée en puissance de la flotte de H225M, commandée en 2018 à "
            "Airbus Helicopters. La Hongrie a acheté seize appareils au total.")
    rows = _rows(text, "2023-08-01")
    assert rows and rows[0][1] == "HUN" and rows[0][5][0][0] == "h225m"


def test_a_variant_counted_as_part_of_another_total_keeps_the_family_item() -> None:
    # real facts: the November 2022 approval of 24 C-130J-30 for Australia ($6.35 billion); an earlier RAAF
    # request for information on up to 30 aircraft, six of them KC-130J tankers
    text = ("CANBERRA - The United States has cleared Australia to buy 24 new C-130J-30 Super Hercules transport "
            "aircraft for up to US$6.35 billion.\n\nLockheed Martin said last year that the RAAF had asked for "
            "information on as many as 30 aircraft, six of them KC-130J tankers.")
    rows = _rows(text, "2022-11-03")
    assert rows[0][1:3] == ("AUS", "approved")
    assert ("c-130j", 24) in rows[0][5]


def test_a_list_introduced_in_french_after_the_fleet_replaced() -> None:
    # real facts: the November 2022 approval of 24 C-130J-30 for Australia ($6.35 billion), with 32 AN/ALQ-251
    text = ("Le Département d'État américain a approuvé mercredi la vente éventuelle à l'Australie de vingt-quatre "
            "avions C-130J-30 Super Hercules pour 6,35 milliards de dollars.\n\nPour la RAAF, il s'agit de remplacer "
            "une flotte de douze C-130J-30 dont les premiers exemplaires sont arrivés en 1999. Le C-130J-30 est la "
            "version allongée du Super Hercules.\n\nLa liste publiée par la DSCA est longue. On y relève notamment "
            ":\n- 24 avions C-130J-30 ;\n- 32 systèmes de contre-mesures radiofréquence AN/ALQ-251 ;\n- des radios "
            "AN/ARC-210.")
    rows = _rows(text, "2022-11-04")
    assert len(rows) == 1
    assert rows[0][5] == [("c-130j", 24), ("an-alq-251", 32), ("an-arc-210", None)]


def test_a_capital_introducing_the_place_is_no_party_and_the_agreement_made_by_a_country() -> None:
    # real facts: Canada's 2014 contract (about C$15 billion) with General Dynamics Land Systems-Canada for light
    # armoured vehicles for Saudi Arabia; Croatia's Mi-171Sh from Russia, about $65 million, settling a debt
    text = ("Saudi tanks.\n\nIn Ottawa, opposition MPs keep pressing the government over a contract of roughly C$15 "
            "billion, signed in 2014, for General Dynamics Land Systems-Canada to build light armoured vehicles for "
            "Saudi Arabia.")
    rows = _rows(text, "2016-09-22")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("CAN", "SAU", "signed", 1.5e10)]
    text = ("Revue.\n\nÀ Zagreb, un quotidien compare l'offre américaine faite aux Hongrois avec l'accord passé par la "
            "Croatie avec Moscou : dix hélicoptères Mi-171Sh neufs, livrés en 2007-2008 dans le cadre d'un contrat "
            "d'environ 65 millions de dollars.")
    rows = _rows(text, "2018-06-01")
    assert [(r[0], r[1], r[2]) for r in rows] == [("RUS", "HRV", "delivered")]


def test_a_contractor_written_by_its_acronym_keeps_its_full_name() -> None:
    from armstrack.normalize.companies import full_name
    assert full_name("TKMS") == "thyssenkrupp Marine Systems (TKMS)"
    assert full_name("Boeing") == "Boeing"  # a name, not an acronym
    # real facts: Germany's TKMS builds Type 209/1400mod submarines for Egypt
    # ("Type 209/1400mod submarines": a ship class and its kind is an item, no fleet named as context)
    text = "Egypt ordered four Type 209/1400mod submarines from TKMS in 2011."
    rows = extract_text("Published: 2020-10-02\n\n" + text).deals
    assert [(d.contractor, [(i.catalog_id, i.quantity) for i in d.items]) for d in rows] == [
        ("thyssenkrupp Marine Systems (TKMS)", [("type-209", 4)])]


def test_a_contract_won_and_an_authorisation_given_in_french() -> None:
    # real facts: IAI's 2018 contract ($777 million) for LRSAM (Barak-8) for the Indian Navy; the U.S. approval of
    # 64 PAC-3 MSE for South Korea on 13 September 2018 ($501 million)
    text = ("Revue de presse.\n\nIsrael Aerospace Industries (IAI) a annoncé avoir remporté un contrat de 777 millions "
            "de dollars pour fournir à l'Inde la version navale de son système Barak-8.\n\nLe Korea Defense Digest "
            "revient sur l'autorisation donnée le 13 septembre par le Département d'État américain à la vente de 64 "
            "missiles intercepteurs PAC-3 MSE à Séoul, pour un coût estimé à 501 millions de dollars.")
    rows = _rows(text, "2018-10-27")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ISR", "IND", "signed"), ("USA", "KOR", "approved")]
    assert rows[1][3] == "2018-09-13"
