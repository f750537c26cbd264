"""Forms met in session 21 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text
from armstrack.extract.news_patterns import RECEIVE_RE
from armstrack.extract.stage import read_stage
from armstrack.normalize.catalog import load_catalog


def test_the_owner_of_a_purchase_told_without_an_item_is_the_buyer_of_the_next_sentence() -> None:
    # real facts: Malaysia signed with KAI in February 2023 for 18 FA-50 Block 20, 1.2 trillion won (~US$920 million)
    text = ("Singapore gets its AMRAAMs: the view from Kuala Lumpur\n\n"
            "On Monday Washington approved 54 AIM-120C-8 missiles for Singapore, at an estimated US$133 million.\n\n"
            "Malaysia's main fighter project is the light combat aircraft bought from Korea Aerospace Industries. In "
            "February 2023 the government signed for 18 FA-50 Block 20 jets, a deal of 1.2 trillion won.")
    rows = deal_rows(text, "2024-09-12")
    assert [(r[0], r[1], r[2], r[4]) for r in rows if r[1] != "SGP"] == [("KOR", "MYS", "signed", 1.2e12)]
    # (an owner named in passing is no buyer: "Genehmigungen für den NATO-Partner")
    german = ("Washington genehmigt Torpedos für die Türkei\n\n"
              "Die Freigabe reiht sich in eine Serie amerikanischer Genehmigungen für den NATO-Partner ein. Bereits im "
              "Dezember 2009 hatte Washington 14 Transporthubschrauber CH-47F Chinook für geschätzt 1,2 Milliarden "
              "US-Dollar gebilligt.")
    assert "NATO" not in {r[1] for r in deal_rows(german, "2015-05-06")}


def test_a_dollar_figure_in_us_dollars_names_no_seller_of_a_contract() -> None:
    # real facts: Canada, July 2023, Airbus Defence and Space, C$3.6 billion, A330 MRTT (CC-330 Husky)
    text = ("Ottawa signs C$3.6-billion Airbus deal for nine CC-330 Husky tankers\n\n"
            "The federal government on Tuesday awarded Airbus Defence and Space a contract worth about C$3.6 billion, "
            "excluding taxes (roughly US$2.7 billion), to replace the Royal Canadian Air Force's ageing CC-150 Polaris "
            "fleet with nine multi-role tanker-transport aircraft.\n\n"
            "The order covers four newly built Airbus A330 MRTTs and five used A330-200 airliners. The Husky fleet is "
            "meant to refuel the F-35s Canada is buying.")
    rows = deal_rows(text, "2023-07-26")
    assert [(r[0], r[1], r[2], [c for c, _ in r[5]]) for r in rows] == [("ESP", "CAN", "signed", ["a330-mrtt"])]


def test_a_joint_contract_split_between_its_buyers() -> None:
    # real facts: July 2024, Farnborough: the Netherlands and Austria, nine C-390 (five and four)
    for text in ("Embraer's C-390 keeps winning in Europe\n\nIn July, at the Farnborough air show, the Netherlands and "
                 "Austria signed a joint contract for nine C-390 aircraft: five for the Royal Netherlands Air Force and "
                 "four for Austria.",
                 "L'Embraer C-390 continue de gagner en Europe\n\nPlus récemment, les Pays-Bas et l'Autriche ont "
                 "commandé conjointement neuf appareils C-390, cinq pour la force aérienne néerlandaise et quatre pour "
                 "l'Autriche."):
        rows = deal_rows(text, "2024-10-27")
        assert sorted((r[0], r[1], r[2], r[5][0][1]) for r in rows) == [
            ("BRA", "AUT", "signed", 4), ("BRA", "NLD", "signed", 5)], text


def test_a_bare_count_after_the_purchase_verb_counts_the_one_system_just_named() -> None:
    # real facts: Hungary, two KC-390 (November 2020); Portugal, five KC-390 (2019)
    text = ("Embraer's C-390 keeps winning in Europe\n\nHungary signed for two KC-390s, the tanker-capable version, in "
            "November 2020. Portugal, a programme partner, ordered five in 2019.")
    rows = deal_rows(text, "2024-10-27")
    assert [(r[1], r[5]) for r in rows] == [("HUN", [("c-390", 2)]), ("PRT", [("c-390", 5)])]
    # (not when the sentence before names two systems: "… the F-15K, a derivative of the F-15E … Seoul ordered 40")
    text = ("Korea's F-15K upgrade explained\n\nThe Boeing-built F-15K, a derivative of the F-15E Strike Eagle, has been "
            "in Korean service since 2005. Seoul ordered 40 in 2002 and another 21 in 2008.")
    assert deal_rows(text, "2022-03-25") == []


def test_used_tanks_taken_besides_the_contract_join_it() -> None:
    # real facts: Hungary, December 2018, KMW: 44 Leopard 2A7+, 24 PzH 2000, and 12 used Leopard 2A4
    for text in ("Hungary signs for Leopard tanks\n\nHungary signed a contract in Budapest on Wednesday with "
                 "Krauss-Maffei Wegmann for 44 new Leopard 2A7+ tanks and 24 PzH 2000 howitzers. KMW said Hungary would "
                 "also take 12 used Leopard 2A4 tanks from the company's stocks for crew training.",
                 "Ungarn bestellt Leopard-Panzer\n\nUngarn unterzeichnete am Mittwoch in Budapest einen Vertrag über 44 "
                 "neu gebaute Kampfpanzer vom Typ Leopard 2A7+ und 24 Panzerhaubitzen PzH 2000. Zusätzlich übernimmt die "
                 "ungarische Armee zwölf gebrauchte Leopard 2A4 aus Beständen des Unternehmens."):
        rows = deal_rows(text, "2018-12-21")
        assert [(r[1], r[2], r[5]) for r in rows] == [
            ("HUN", "signed", [("leopard-2a7", 44), ("pzh-2000", 24), ("leopard-2a4", 12)])], text
    # ("will take over from a Hornet fleet" takes nothing)
    assert RECEIVE_RE.search("The F-35A will take over from a Hornet fleet that Finland first ordered") is None


def test_a_generic_tiltrotor_is_the_system_just_named() -> None:
    # real facts: DSCA, 14 January 2014: Israel, six V-22B Block C Osprey, $1.13 billion
    text = ("Israel moves closer to the Osprey\n\nThe Israel Air Force has cleared another hurdle on the way to flying "
            "the V-22 Osprey. The administration formally notified Congress on Tuesday of a proposed sale of six of the "
            "tiltrotors to Israel, in a package valued at $1.13 billion.")
    rows = deal_rows(text, "2014-01-16")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [("ISR", "notified", 1.13e9, [("v-22", 6)])]


def test_catalog_knows_the_dolphin_class_and_reads_a_littoral_combat_ship_only_by_its_name() -> None:
    cat = load_catalog()
    dolphin = cat.lookup("Dolphin-class submarine")
    assert dolphin is not None and dolphin.origin == "Germany" and dolphin.source
    assert [x.id for _, _, x in cat.find_in("the Littoral Combat Ship USS Freedom")] == ["lcs"]
    assert cat.find_in("a larger Gowind derivative for six littoral combat ships") == [] or all(
        x.id != "lcs" for _, _, x in cat.find_in("a larger Gowind derivative for six littoral combat ships"))


def test_speculation_and_a_customer_history_tell_no_purchase() -> None:
    assert read_stage("in Berlin wird seit Wochen über eine größere Nachbestellung spekuliert")[0] is None
    text = ("Singapore cleared to buy 54 AMRAAM missiles\n\nThe United States on Monday approved a possible sale to "
            "Singapore of 54 AIM-120C-8 missiles, valued at $133 million. Singapore has bought AMRAAMs before. In April "
            "2013 the United States approved 100 AIM-120C7 missiles for the city-state, in support of its purchase of "
            "new F-15SG fighters, at an estimated cost of $210 million.")
    rows = deal_rows(text, "2024-09-10")
    assert [(r[2], r[4], [c for c, _ in r[5]]) for r in rows] == [
        ("approved", 133e6, ["aim-120c-8"]), ("approved", 210e6, ["aim-120c-7"])]


def test_a_purchase_announced_to_parliament_on_top_of_one_ordered_before() -> None:
    # real facts: February 2024, Singapore's defence minister told Parliament of eight F-35A, after 12 F-35B ordered
    text = ("Singapore's F-35 plans\n\nIn February, Defence Minister Ng Eng Hen told Parliament that Singapore would "
            "buy eight F-35A fighters, on top of the 12 F-35Bs it had already ordered.")
    rows = deal_rows(text, "2024-09-12")
    assert [(r[1], r[2], r[5]) for r in rows] == [("SGP", "other", [("f-35a", 8)]), ("SGP", "signed", [("f-35b", 12)])]


def test_a_lede_naming_the_approval_and_the_next_sentence_its_contents() -> None:
    # real facts: DSCA, 7 October 2014: Brunei, one C-130J, six AE2100D3 engines, $343 million
    text = ("What Brunei's single C-130J says about the airlift market\n\n"
            "A one-aircraft order rarely moves markets, but the U.S. approval on October 7 of a C-130J Super Hercules "
            "for Brunei is worth a closer look. The State Department cleared a Foreign Military Sale estimated at $343m, "
            "covering one aircraft and six AE2100D3 turboprop engines.")
    rows = deal_rows(text, "2014-10-15")
    assert [(r[0], r[1], r[2], r[3], r[4], sorted(c for c, _ in r[5])) for r in rows] == [
        ("USA", "BRN", "approved", "2014-10-07", 343e6, ["ae-2100", "c-130j"])]


def test_a_request_that_was_notified_is_a_notification() -> None:
    # real facts: Libya, two C-130J-30, $588 million, notified in June 2013
    assert read_stage("Libya's request for two C-130J-30s, put at $588m, was notified in June 2013")[0].stage == "notified"


def test_platforms_the_bought_systems_go_on_and_a_maker_s_line_are_no_items() -> None:
    # real facts: Egypt, 67 AN/AAR-57 CMWS, $81.4 million (2016)
    text = ("Saudi-Arabien erhält Chinooks\n\nAnfang Oktober billigte das Außenministerium außerdem den Verkauf von 67 "
            "Raketenwarnsystemen AN/AAR-57 an Ägypten, die auf AH-64E Apache, UH-60 Black Hawk und CH-47 Chinook "
            "installiert werden sollen. Dieses Paket wird auf 81,4 Millionen Dollar geschätzt. Für Boeing ist ein "
            "Auftrag dieser Größenordnung wichtig für die Auslastung der Chinook-Linie.")
    rows = deal_rows(text, "2016-12-09")
    assert [(r[1], [c for c, _ in r[5]]) for r in rows] == [("EGY", ["an-aar-57"])]


def test_a_purchase_told_in_a_relative_clause_is_the_fleet_s_not_the_event() -> None:
    # real facts: December 2016: Qatar, $700 million C-17 support and $81 million for four F117-PW-100 engines
    text = ("Gulf helicopter orders pile up\n\nQatar, for its part, won clearance for $81 million for four spare "
            "F117-PW-100 engines for its C-17 fleet, which Doha bought directly from the manufacturer.")
    assert [(r[1], r[2]) for r in deal_rows(text, "2016-12-09")] == [("QAT", "approved")]


def test_aid_money_and_a_memorandum_are_no_deals() -> None:
    text = ("Israel and the Osprey\n\nOn Tuesday Congress was notified of a proposed sale of six V-22B Osprey to Israel "
            "for $1.13 billion. Payment is expected to come from the roughly $3.1 billion in Foreign Military Financing "
            "that Washington grants Israel each year under a 10-year, $30 billion memorandum signed in 2007.")
    rows = deal_rows(text, "2014-01-16")
    assert [(r[2], r[4]) for r in rows] == [("notified", 1.13e9)]


def test_a_further_batch_told_after_a_comma_in_french_is_a_deal_of_its_own() -> None:
    # real facts: Indonesia, 37 CAESAR in 2012 (EUR 115 million), 18 more in 2017
    text = ("Le CAESAR en Asie\n\nL'Indonésie, qui avait commandé 37 systèmes d'artillerie CAESAR à Nexter en 2012 pour "
            "115 millions d'euros, en a acquis 18 de plus début 2017.")
    rows = deal_rows(text, "2018-12-21")
    assert [(r[1], r[4], r[5]) for r in rows] == [("IDN", 115e6, [("caesar", 37)]), ("IDN", None, [("caesar", 18)])]


def test_a_fleet_the_navy_operates_is_context() -> None:
    text = ("Sous-marins : Israël passe à la classe Dakar\n\nLe ministère israélien de la Défense a signé jeudi un "
            "contrat avec thyssenkrupp Marine Systems pour trois sous-marins de classe Dakar, pour 3 milliards d'euros. "
            "La marine israélienne aligne aujourd'hui cinq sous-marins de la classe Dolphin.")
    rows = deal_rows(text, "2022-01-24")
    assert [(r[1], r[5]) for r in rows] == [("ISR", [("dakar-class", 3)])]
    assert extract_text("Published: 2022-01-24\n\n" + text).deals[0].seller is not None


def test_the_government_of_the_article_s_country_picks_leases_and_decides() -> None:
    # real facts: Denmark, 2025: NASAMS leased from Norway (June), SAMP/T NG picked for the long-range layer
    text = ("Denmark cleared for $951 million buy of AMRAAM-ER\n\n"
            "The United States on Monday approved Denmark's request to buy 236 AMRAAM-ER missiles, estimated at $951 "
            "million. Denmark's air defence plan took shape this year. In June the government decided to lease NASAMS "
            "equipment from Norway as a stopgap while other systems were ordered. For the long-range layer it picked "
            "the Franco-Italian SAMP/T NG. Danish officials said delivery timelines had decided the matter in Denmark.")
    rows = deal_rows(text, "2025-12-23")
    assert [(r[0], r[1], r[2], [c for c, _ in r[5]]) for r in rows if r[2] == "other"] == [
        ("NOR", "DNK", "other", ["nasams"]), ("FRA", "DNK", "other", ["samp-t-ng"])]
    german = ("Dänemark kauft in den USA neue Raketen\n\nBereits im Juni hatte Kopenhagen beschlossen, im Rahmen eines "
              "Sofortprogramms das Flugabwehrsystem IRIS-T SLM des Herstellers Diehl Defence zu beschaffen.")
    assert [(r[0], r[1], r[2]) for r in deal_rows(german, "2025-12-23")] == [("DEU", "DNK", "other")]


def test_a_further_approval_of_a_series_that_followed() -> None:
    # real facts: Saudi Arabia, May 2015: ten MH-60R ($1.9 billion); October 2015: UH-60M ($495 million)
    text = ("Washington genehmigt Chinooks für Saudi-Arabien\n\nBereits im Mai 2015 hatte Washington der saudischen "
            "Marine zehn Bordhubschrauber MH-60R für 1,9 Milliarden Dollar genehmigt. Im Oktober 2015 folgten "
            "Black-Hawk-Hubschrauber vom Typ UH-60M im Wert von 495 Millionen Dollar.")
    rows = deal_rows(text, "2016-12-09")
    assert [(r[1], r[2], r[4], [c for c, _ in r[5]]) for r in rows] == [
        ("SAU", "approved", 1.9e9, ["mh-60r"]), ("SAU", "approved", 495e6, ["uh-60m"])]


def test_a_part_named_after_an_item_already_held_is_an_item_of_its_own() -> None:
    # real facts: DSCA, Taiwan, 720 Switchblade 300 munitions and 101 fire control systems ($60.2 million)
    text = ("Taiwan to get loitering munitions\n\nThe State Department approved a possible sale to Taiwan of 720 "
            "Switchblade 300 loitering munitions for an estimated $60.2 million. The package also includes 101 "
            "Switchblade 300 fire control systems and two spare guidance sections.")
    rows = deal_rows(text, "2024-06-20")
    assert [(r[1], r[5]) for r in rows] == [("TWN", [("switchblade-300", 720), (None, 101), (None, 2)])]
    ex = extract_text("Published: 2024-06-20\n\n" + text)
    assert [i.system for i in ex.deals[0].items] == ["Switchblade 300", "Switchblade 300 fire control system",
                                                     "guidance section"]


def test_the_platform_s_own_purchase_told_in_a_relative_clause() -> None:
    # real facts: Egypt, four Type 209/1400mod submarines from ThyssenKrupp Marine Systems; 20 UGM-84L (2016)
    text = ("Missiles Harpoon : feu vert américain pour l'Égypte\n\nLe département d'État américain a approuvé vendredi "
            "la vente à l'Égypte de vingt missiles UGM-84L Harpoon Block II, pour 143 millions de dollars. Ces missiles "
            "sont destinés aux quatre sous-marins Type 209/1400mod que Le Caire a commandés au chantier allemand "
            "ThyssenKrupp Marine Systems, à Kiel.")
    rows = deal_rows(text, "2016-05-16")
    assert [(r[0], r[1], r[2], [c for c, _ in r[5]]) for r in rows] == [
        ("USA", "EGY", "approved", ["ugm-84l"]), ("DEU", "EGY", "signed", ["type-209"])]  # (UGM-84L: since session 27)


def test_an_air_delivered_weapon_is_no_delivery_and_the_core_of_a_package_is_its_item() -> None:
    # real facts: Canada, December 2025 (air-delivered weapons, US$2.68 billion); Argentina, 2024: 48 AIM-120C-8
    text = ("Canada's latest U.S. clearances\n\nIn December, the State Department cleared a US$2.68-billion order of "
            "air-delivered weapons for Canada.")
    assert [(r[1], r[2]) for r in deal_rows(text, "2026-05-07")] == [("CAN", "approved")]
    german = ("Argentinien bekommt Waffen für seine F-16\n\nDas US-Außenministerium hat am Mittwoch den möglichen "
              "Verkauf von Rüstungsgütern an Argentinien im geschätzten Wert von 941 Millionen US-Dollar gebilligt.\n\n"
              "Kernstück sind 48 Luft-Luft-Lenkflugkörper vom Typ AIM-120C-8 AMRAAM.")
    assert [(r[1], r[5]) for r in deal_rows(german, "2024-10-31")] == [("ARG", [("aim-120c-8", 48)])]


def test_catalog_knows_the_tamandare_class_and_the_german_class_name_of_the_type_209() -> None:
    cat = load_catalog()
    tamandare = cat.lookup("Tamandaré-class frigate")
    assert tamandare is not None and tamandare.origin == "Germany" and tamandare.source
    assert [x.id for _, _, x in cat.find_in("vier U-Boote der Klasse 209/1400mod")] == ["type-209"]


def test_a_maker_s_seat_is_no_party() -> None:
    # real facts: South Korea's DAPA signed on 30 October 2024 for Meteor missiles from MBDA (seat in France)
    text = ("Le Meteor de MBDA s'invite sous les ailes du KF-21 sud-coréen\n\nL'agence sud-coréenne des acquisitions de "
            "défense (DAPA) a signé mercredi 30 octobre un contrat d'achat de missiles air-air Meteor, conçus par le "
            "missilier européen MBDA, dont le siège est en France.")
    assert [(r[1], r[2], r[3]) for r in deal_rows(text, "2024-11-02")] == [("KOR", "signed", "2024-10-30")]


def test_items_a_package_is_complemented_by_or_fitted_with() -> None:
    # real facts: DSCA-style package wording; the counts are the text's own
    text = ("Poland gets more missiles approved\n\nThe State Department approved a possible sale to Poland of AIM-120D "
            "missiles for an estimated $1.69 billion. The heavier munitions are complemented by 600 AIM-9X Sidewinder "
            "Block II tactical missiles.")
    rows = deal_rows(text, "2024-05-05")
    assert [(r[1], [q for _, q in r[5]]) for r in rows] == [("POL", [None, 600])]


def test_the_maker_named_in_a_sentence_of_its_own_is_the_contractor() -> None:
    # real facts: MK 54 lightweight torpedoes are built by Lockheed Martin (the DSCA releases name it as contractor)
    for tail in ("The torpedoes are built by Lockheed Martin, according to the announcement.",
                 "Lockheed Martin was named the contractor."):
        text = ("Norway gets torpedoes approved\n\nThe State Department approved a possible sale to Norway of 20 MK 54 "
                "torpedoes for an estimated $92 million. " + tail)
        ex = extract_text("Published: 2024-05-05\n\n" + text)
        assert [c.name for c in ex.deals[0].contractors] == ["Lockheed Martin"], tail
    # (not the maker of another system: "The K2 is built by Hanwha Aerospace" after a torpedo sale)
    text = ("Norway gets torpedoes approved\n\nThe State Department approved a possible sale to Norway of 20 MK 54 "
            "torpedoes for an estimated $92 million. The K2 tank is built by Hanwha Aerospace.")
    assert extract_text("Published: 2024-05-05\n\n" + text).deals[0].contractors == []


def test_the_day_before_the_deal_told_just_before() -> None:
    # real facts: DSCA, 15 November 2023: Korea, AIM-9X ($52.1 million); 14 November 2023: Korea, SM-6 ($650 million)
    text = ("US approves Sidewinder missile sale to Seoul\n\nThe U.S. State Department on Wednesday approved a possible "
            "sale to South Korea of 42 AIM-9X Block II+ missiles for an estimated $52.1 million.\n\nA day earlier, the "
            "agency announced that the State Department had cleared up to 38 SM-6 Block I missiles for the Republic of "
            "Korea Navy, at an estimated $650 million.")
    rows = deal_rows(text, "2023-11-17")
    assert [(r[3], r[4]) for r in rows] == [("2023-11-15", 52.1e6), ("2023-11-14", 650e6)]
