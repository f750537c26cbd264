"""Forms met in session 22 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract.stage import read_stage
from armstrack.normalize.catalog import load_catalog


def test_a_system_built_by_several_is_sold_by_the_country_of_the_firm_named() -> None:
    # real facts: Poland ordered four AW101 from Leonardo (PZL-Świdnik) in April 2019 for 1.65 billion zlotys
    text = ("Poland orders naval helicopters\n\n"
            "Poland on Friday ordered four AW101 helicopters for 1.65 billion zlotys. The helicopters will be built by "
            "Leonardo's PZL-Świdnik plant.")
    rows = deal_rows(text, "2019-04-27")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ITA", "POL", "signed")]
    # (without a firm named, the catalog's first maker country: the United Kingdom)
    bare = "Poland orders naval helicopters\n\nPoland on Friday ordered four AW101 helicopters for 1.65 billion zlotys."
    assert [r[0] for r in deal_rows(bare, "2019-04-27")] == ["GBR"]


def test_an_order_noun_in_apposition_names_what_was_approved() -> None:
    # real facts: DSCA, 3 May 2019: United Arab Emirates, up to 452 PAC-3 MSE, estimated $2.728 billion
    cue, _ = read_stage("Les Émirats arabes unis ont obtenu, le même jour, un feu vert pour jusqu'à 452 missiles "
                        "PAC-3 MSE, une commande estimée à 2,728 milliards de dollars.")
    assert cue is not None and cue.stage == "approved"
    # (a contract told after an approval in its own clause is still a contract)
    cue, _ = read_stage("Après le feu vert de Washington, les Émirats ont signé une commande de 452 missiles.")
    assert cue is not None and cue.stage == "signed"


def test_delivered_in_containers_is_no_delivery() -> None:
    # real facts: DSCA, 3 May 2019: Bahrain, 60 PAC-3 MSE, 36 MIM-104E GEM-T, nine M903, $2.478 billion
    text = ("Patriot : Washington approuve une vente à Bahreïn\n\n"
            "Le département d'État américain a approuvé vendredi une vente potentielle de systèmes Patriot à Bahreïn, "
            "pour un montant estimé à 2,478 milliards de dollars. La liste est précise. Manama a demandé 60 missiles "
            "PAC-3 MSE, 36 missiles MIM-104E GEM-T livrés en conteneurs et neuf lanceurs M903.")
    rows = deal_rows(text, "2019-05-04")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("USA", "BHR", "approved", "2019-05-03")]
    assert ("pac-3-mse", 60) in rows[0][5]


def test_german_agreed_purchase_and_a_published_request() -> None:
    # real facts: Turkey agreed the S-400 purchase with Russia in September 2017 (about $2.5 billion); DSCA published
    # the UAE's PAC-3 MSE case on 3 May 2019
    cue, _ = read_stage("Ankara hatte sich jedoch bereits im September 2017 mit Moskau auf den Kauf des russischen "
                        "Systems S-400 geeinigt.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("Am selben Freitag hatte die DSCA übrigens noch eine zweite Golf-Anfrage veröffentlicht.")
    assert cue is not None and cue.stage == "approved"


def test_a_contract_with_a_long_list_of_firms_for_the_system_bought() -> None:
    # real facts: Hungary signed for NASAMS with Kongsberg and Raytheon on 30 November 2020, €410 million
    text = ("Hungary signs €410m NASAMS deal\n\n"
            "Hungary on Monday signed a contract with Norway's Kongsberg Defence & Aerospace and the U.S. group "
            "Raytheon Missiles & Defense for the National Advanced Surface-to-Air Missile System, better known as "
            "NASAMS, in a deal worth €410 million.")
    rows = deal_rows(text, "2020-12-01")
    assert [(r[1], r[2], r[3], r[4], [c for c, _ in r[5]]) for r in rows] == [
        ("HUN", "signed", "2020-11-30", 410e6, ["nasams"])]


def test_an_earlier_event_told_by_what_the_deal_followed() -> None:
    # real facts: DSCA approved AMRAAM-ER for Hungary in May 2020 ($230 million) and 180 AIM-120C-7 in August 2019
    # ($500 million)
    first = ("Hungary cleared for more AMRAAMs\n\n"
             "In May, the State Department approved a possible sale of sixty AIM-120C-7 missiles to Hungary for an "
             "estimated $230 million. ")
    for follow, stage in (("That followed approval in August 2019 of 180 AIM-120C-7 AMRAAMs, valued at $500 million, "
                           "for Hungary's air force and air defence.", "approved"),
                          ("It comes after a contract in August 2019 for 180 AIM-120C-7 AMRAAMs worth $500 million.",
                           "signed"),
                          ("Cette vente fait suite à l'autorisation, en août 2019, de 180 AIM-120C-7 pour 500 millions "
                           "de dollars.", "approved")):
        rows = deal_rows(first + follow, "2020-06-01")
        assert [(r[1], r[2], r[4]) for r in rows] == [("HUN", "approved", 230e6), ("HUN", stage, 500e6)], follow
    # (what followed another buyer's approval is that buyer's deal, not a second one of Hungary's)
    other = deal_rows(first + "The sale follows a similar approval for Poland of 180 AIM-120C-7 worth $500 million.",
                      "2020-06-01")
    assert [(r[1], r[4]) for r in other] == [("HUN", 230e6), ("POL", 500e6)]


def test_what_an_option_would_add_is_not_bought() -> None:
    # real facts: Bulgaria's IRIS-T SLM contract (7 October 2024, €182.1 million) holds options for up to five more
    text = ("Bulgaria signs for IRIS-T SLM\n\n"
            "Bulgaria signed a contract for one IRIS-T SLM system on Monday, worth €182.1 million. The agreement also "
            "contains options for up to five further IRIS-T SLM systems and one longer-range IRIS-T SLX. Sofia has the "
            "right to buy up to five more IRIS-T SLM systems.")
    rows = deal_rows(text, "2024-10-08")
    assert [(r[1], r[2], r[5]) for r in rows] == [("BGR", "signed", [("iris-t-slm", 1)])]
    # (an option taken up is a purchase)
    taken = deal_rows("Germany buys more Eurofighters\n\nGermany on Monday exercised its option for a further 15 "
                      "Eurofighter Typhoon.", "2024-10-08")
    assert [(r[1], r[2], [q for _, q in r[5]]) for r in taken] == [("DEU", "signed", [15])]


def test_the_firm_winning_a_contract_from_a_country_sells_to_it() -> None:
    # real facts: LIG Nex1 won a $3.2 billion Cheongung-II (KM-SAM II) contract from Saudi Arabia (signed Nov 2023);
    # LIG Nex1, Hanwha Systems and Hanwha Defense exchanged contracts with the UAE in Dubai on 16 January 2022
    text = ("Korean air defence wins in the Gulf\n\n"
            "South Korea's LIG Nex1 won a $3.2 billion contract from Saudi Arabia for its Cheongung-II (KM-SAM Block "
            "II) system.")
    rows = deal_rows(text, "2024-10-08")
    assert [(r[0], r[1], r[2], r[4], [c for c, _ in r[5]]) for r in rows] == [
        ("KOR", "SAU", "signed", 3.2e9, ["km-sam"])]
    cue, _ = read_stage("Le 16 janvier 2022, à Dubaï, LIG Nex1, Hanwha Systems et Hanwha Defense ont échangé avec les "
                        "Émirats arabes unis des contrats pour le système Cheongung-II.")
    assert cue is not None and cue.stage == "signed"


def test_german_plural_purchase_and_a_buy_back() -> None:
    # real facts: the Netherlands first bought NASAMS in 2006; the U.S. bought back Jordan's Gepard for Ukraine
    cue, _ = read_stage("Die Niederlande, die NASAMS bereits 2006 erstmals kauften, zählen zu den Nutzern.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("Später kauften die USA die 60 Gepard für rund 110 Millionen Euro zurück.")
    assert cue is None or cue.stage != "signed"


def test_a_request_to_sell_and_the_missiles_a_system_fires() -> None:
    # real facts: Israel requested 25 more F-35 (Letter of Request, 2023); NASAMS fires AMRAAMs
    text = ("Israel files a request for more F-35s\n\n"
            "Israel has formally asked Washington to sell it 25 additional F-35 stealth fighters.")
    rows = deal_rows(text, "2023-09-04")
    assert [(r[0], r[1], r[2], [q for _, q in r[5]]) for r in rows] == [("USA", "ISR", "requested", [25])]
    nasams = deal_rows("Hungary signs for NASAMS\n\nHungary signed a contract with Kongsberg for NASAMS worth "
                       "€410 million. Das System verschießt Lenkflugkörper der AMRAAM-Familie.", "2020-12-01")
    assert [[c for c, _ in r[5]] for r in nasams] == [["nasams"]]


def test_naval_guns_as_dsca_names_them_and_talk_of_buying() -> None:
    # real facts: DSCA, 2017: Israel, thirteen (13) 76mm naval guns, estimated $440 million
    text = ("Israel cleared for naval guns\n\n"
            "In April 2017 the State Department approved 13 76mm naval guns for Israel at an estimated $440 million. "
            "A long-running debate on buying more F-15 fighters continues inside the air force.")
    rows = deal_rows(text, "2017-05-01")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [("ISR", "approved", 440e6, [("oto-76mm", 13)])]


def test_a_yearly_aid_figure_is_no_price() -> None:
    # real facts: the 2016 U.S.-Israel memorandum: $3.8 billion a year, of which $3.3 billion FMF
    text = ("Aid and arms for Israel\n\n"
            "U.S. military aid to Israel stands at $3.8 billion a year under the memorandum of understanding signed "
            "in 2016, of which $3.3 billion is Foreign Military Financing.")
    assert all(r[4] not in (3.8e9, 3.3e9) for r in deal_rows(text, "2023-09-04"))


def test_the_latter_is_the_country_named_last() -> None:
    # real facts: Baykar's Gulf customers: Qatar, then Kuwait ($367 million for TB2, announced June 2023); Saudi
    # Arabia signed for the Akinci on 18 July 2023
    text = ("Drones turcs dans le Golfe\n\n"
            "Le 18 juillet, le ministère saoudien de la Défense a signé avec Baykar un contrat pour le drone Akinci. "
            "L'Arabie saoudite devient le troisième client de Baykar dans le Golfe, après le Qatar et le Koweït. Ce "
            "dernier a annoncé en juin un contrat de 367 millions de dollars pour des drones Bayraktar TB2. Le TB2, en "
            "revanche, ne fait pas partie du contrat saoudien.")
    rows = deal_rows(text, "2023-08-08")
    assert [(r[1], r[4], [c for c, _ in r[5]]) for r in rows] == [("SAU", None, ["akinci"]),
                                                               ("KWT", 367e6, ["bayraktar-tb2"])]


def test_french_notified_lot_and_a_long_gap_before_the_approval() -> None:
    # real facts: DSCA, 3 May 2019: Bahrain munitions for F-16 Block 70, $750 million; UAE PAC-3/GEM-T, 11 May 2017
    cue, _ = read_stage("Le même jour, Washington a également notifié un lot de munitions destiné aux futurs F-16 Block "
                        "70 bahreïniens, évalué à 750 millions de dollars.")
    assert cue is not None and cue.stage == "approved"
    cue, _ = read_stage("En décembre 2012, le Pentagone avait déjà notifié au Congrès un lot de munitions.")
    assert cue is not None and cue.stage == "notified"
    cue, _ = read_stage("Les Émirats arabes unis avaient obtenu le jeudi 11 mai 2017 l'accord de Washington pour soixante "
                        "missiles PAC-3.")
    assert cue is not None and cue.stage == "approved"


def test_boats_and_ships_of_no_named_class_counted_in_the_deal() -> None:
    # real facts: DSCA 18-?? (February 2018): Kuwait, fifteen fast patrol boats, thirty-six .50 caliber machine guns,
    # $100 million; Fincantieri, June 2016: Qatar, four corvettes, one landing platform dock, two offshore patrol vessels
    text = ("Gulf navies go small and quick\n\n"
            "Kuwait has asked for fifteen fast patrol boats outfitted with thirty-six .50 caliber machine guns, at an "
            "estimated $100 million, the State Department said on Tuesday when it approved the sale.")
    rows = deal_rows(text, "2018-02-22")
    assert [(r[1], sorted(q for _, q in r[5])) for r in rows] == [("KWT", [15, 36])]
    qatar = ("Qatar's navy orders from Italy\n\n"
             "In June 2016 Italy's Fincantieri signed a contract worth almost 4 billion euros to build seven ships for the "
             "Qatari navy: four corvettes, an amphibious landing platform dock and two offshore patrol vessels.")
    assert [sorted(q for _, q in r[5]) for r in deal_rows(qatar, "2018-02-22")] == [[2, 4]]
    # (the ships a weapon is for are its platform)
    platform = ("Harpoons for India\n\n"
                "In 2014 Washington cleared 12 submarine-launched UGM-84L Harpoon Block II missiles for India at $200 "
                "million, for the Navy's four submarines.")
    kinds = [(load_catalog().get(k or "") or load_catalog().get("harpoon")).type
             for r in deal_rows(platform, "2018-02-22") for k, _ in r[5]]
    assert kinds and not {"boat", "ship"} & set(kinds)


def test_the_part_of_an_order_delivered() -> None:
    # real facts: Israel had received 36 of its first 50 F-35 by mid-2024
    for text in ("So far 36 of the 50 F-35s of the first order have been delivered to Israel.",
                 "À ce jour, 36 des 50 F-35 de la commande initiale ont été livrés à Israël."):
        rows = deal_rows("Israel's stealth fighter fleet grows\n\n" + text, "2024-06-05")
        assert [(r[1], r[2], [q for _, q in r[5]]) for r in rows] == [("ISR", "delivered", [36])], text
    # (the part of an order told for another reason keeps the order's count)
    norway = ("Tanks assembled in Norway\n\n"
              "Norway signed for 54 Leopard 2A8 tanks in 2023. Under the arrangement, 37 of the 54 Leopard 2A8 tanks "
              "that Norway has ordered will be put together at a plant in Levanger.")
    assert all(q != 37 for r in deal_rows(norway, "2024-06-05") for _, q in r[5])


def test_a_harpoon_by_designation_and_family_is_one_item_and_a_debate_is_no_deal() -> None:
    # real facts: DSCA, 3 May 2019: Bahrain F-16 Block 70 munitions, 20 AGM-84 Block II Harpoon, $750 million
    text = ("Bahrain arms its new F-16s\n\n"
            "The State Department approved a $750 million package for Bahrain. That list includes 32 AIM-120C-7 AMRAAM "
            "missiles, 20 AGM-84 Block II Harpoon anti-ship missiles and 40 AGM-154 Joint Standoff Weapons. Air force "
            "planners have also long debated whether to add more heavy F-15s.")
    rows = deal_rows(text, "2019-05-06")
    assert [(r[1], [q for _, q in r[5]]) for r in rows] == [("BHR", [32, 20, 40])]


def test_a_weekday_of_last_week() -> None:
    # real facts: DSCA approved Kuwait's fast patrol boats on Tuesday 20 February 2018
    text = ("Kuwait bekommt Patrouillenboote\n\n"
            "Das US-Außenministerium hat am Dienstag vergangener Woche dem möglichen Verkauf von fünfzehn schnellen "
            "Patrouillenbooten an Kuwait zugestimmt, im Wert von rund 100 Millionen Dollar.")
    assert [(r[1], r[2], r[3]) for r in deal_rows(text, "2018-02-27")] == [("KWT", "approved", "2018-02-20")]


def test_a_buyer_s_own_body_backing_or_voting_for_a_purchase() -> None:
    # real facts: Greece's parliamentary defence committee backed 36 PULS from Elbit (about €650 million); Bulgaria's
    # National Assembly voted on the coastal missile project (Naval Strike Missile)
    for text in ("Greece's parliamentary defence committee last December backed the purchase of 36 PULS rocket "
                 "artillery launchers from Israel's Elbit Systems for about €650 million.",
                 "Bulgaria's National Assembly voted on Thursday to approve the purchase of Naval Strike Missiles for "
                 "$205 million."):
        rows = deal_rows("Parliaments back new missiles\n\n" + text, "2026-02-02")
        assert [r[2] for r in rows] == ["other"], text


def test_a_sale_approved_for_the_benefit_of_nspa() -> None:
    # real facts: DSCA approved a $136.1 million Stinger service-life extension for the NATO Support and Procurement
    # Agency
    text = ("Les Stinger européens prolongés\n\n"
            "En décembre dernier, Washington a approuvé au profit de l'Agence de soutien et d'acquisition de l'OTAN "
            "(NSPA) un programme de prolongation de la durée de vie des missiles Stinger, évalué à 136,1 millions de "
            "dollars.")
    assert [(r[0], r[1], r[2], r[4]) for r in deal_rows(text, "2026-06-15")] == [("USA", "NSPA", "approved", 136.1e6)]


def test_the_rivals_beaten_after_a_year_are_no_deals() -> None:
    # real facts: Switzerland's Federal Council selected the F-35A on 30 June 2021 over Rafale, Eurofighter and Super
    # Hornet
    text = ("Switzerland picks the F-35A\n\n"
            "Switzerland's Federal Council selected the F-35A in June 2021, beating the Rafale, the Eurofighter and the "
            "Super Hornet.")
    assert [(r[0], r[1], r[2], [c for c, _ in r[5]]) for r in deal_rows(text, "2021-07-01")] == [
        ("USA", "CHE", "other", ["f-35a"])]
