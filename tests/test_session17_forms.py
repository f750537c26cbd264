"""Forms met in session 17 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_a_membership_names_no_party_so_the_member_is_the_buyer() -> None:
    # real facts: DSCA, 2021: North Macedonia cleared for Stryker vehicles, estimated at $210 million
    text = ("Nordmazedonien, seit 2020 Mitglied der NATO, modernisiert sein Heer mit amerikanischem Gerät: Bereits im "
            "März 2021 erhielt das Land grünes Licht für 54 Stryker-Radschützenpanzer für 210 Millionen Dollar.")
    rows = deal_rows(text, "2024-03-11")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("USA", "MKD", "approved", 210_000_000)]
    assert rows[0][5] == [("stryker", 54)]


def test_a_company_results_box_tells_no_deal() -> None:
    # real facts: DSCA, 2023: Slovakia cleared for 192 JLTV Heavy Gun Carriers, estimated at $250 million
    text = ("Slovakia received approval for 192 M1278A1 Heavy Gun Carriers, a package estimated at $250 million.\n\n"
            "BY THE NUMBERS\n"
            "• Q1 consolidated sales: $2.54 billion, up 12%\n"
            "• Q1 adjusted EPS: $2.89\n"
            "• Defense segment sales: up $23.8 million (4.6%)\n")
    rows = deal_rows(text, "2024-05-02")
    assert [(r[1], r[4]) for r in rows] == [("SVK", 250_000_000)]


def test_vehicles_counted_without_a_name_are_the_articles_vehicle() -> None:
    # real facts: Lithuania signed for 200 JLTV in November 2019, valued at 145 million euros by its ministry
    text = ("Oshkosh builds the Joint Light Tactical Vehicle (JLTV). Export orders for the JLTV matter more now. "
            "Earlier buyers include Lithuania, which signed for 200 vehicles in November 2019 in a deal valued at "
            "145 million euros.")
    rows = deal_rows(text, "2024-05-02")
    assert [(r[1], r[2]) for r in rows] == [("LTU", "signed")]
    assert rows[0][5] == [("jltv", 200)]


def test_a_purchase_only_considered_is_no_order() -> None:
    # real facts: the Czech Republic agreed in 2025 to buy 44 Leopard 2A8 for about CZK 32.8 billion
    text = ("Tschechien hat im Sommer 2025 den Kauf von 44 Leopard 2A8 für rund 32,8 Milliarden Kronen genehmigt. "
            "Prag erwägt, 14 weitere Fahrzeuge zu bestellen, sobald zusätzliche Mittel bereitstehen.")
    rows = deal_rows(text, "2026-01-10")
    assert [(r[1], r[5]) for r in rows] == [("CZE", [("leopard-2a8", 44)])]


def test_guns_added_to_an_order_in_crowns_are_a_signed_deal() -> None:
    # real facts: the Czech Republic added ten CAESAR 8x8 guns to its order in December 2022 for CZK 1.77 billion
    text = ("Armenia signed a contract with KNDS France on Monday for 36 CAESAR howitzers. The CAESAR pairs a 155mm gun "
            "with a truck. Prague, one of the gun's largest buyers, added ten 8x8 guns to its order in December 2022 "
            "for 1.77 billion crowns.")
    rows = deal_rows(text, "2024-06-20")
    assert ("FRA", "CZE", "signed", None, 1_770_000_000, [("caesar", 10)]) in rows
    assert ("CZE", "CZK") in {(d.buyer.code if d.buyer else None, d.value.currency if d.value else None)
                              for d in _deals(text)}


def test_a_batch_that_arrived_is_delivered_and_talks_add_no_item() -> None:
    # real facts: Armenia received a first batch of 24 Arquus Bastion carriers in 2023
    text = ("Armenia signed a contract with KNDS France on Monday for 36 CAESAR howitzers. A first batch of 24 Bastion "
            "armoured personnel carriers built by Arquus arrived late last year. Talks on short-range air defence, "
            "including Mistral 3 missiles, are continuing, but no contract has been announced.")
    rows = deal_rows(text, "2024-06-20")
    assert [(r[1], r[2], r[5]) for r in rows] == [("ARM", "signed", [("caesar", 36)]),
                                                  ("ARM", "delivered", [("arquus-bastion", 24)])]


def _deals(text: str) -> list:
    from armstrack.extract import extract_text
    return list(extract_text("Published: 2024-06-20\n\n" + text).deals)


def test_national_versions_former_names_and_a_spelled_out_maker() -> None:
    from armstrack.extract import extract_text
    # real facts: Hungary ordered 44 Leopard 2A7+ and 24 PzH 2000 from KMW in December 2018 and received its first
    # Leopard 2A7HU in 2023; Norway signed for 54 Leopard 2A7NOR (renamed 2A8 NOR) in February 2023
    text = ("Für die Beschäftigten von Krauss-Maffei Wegmann (KMW) ist es ein großer Auftrag. Zuletzt hatte Ungarn im "
            "Dezember 2018 bei KMW 44 neue Leopard 2A7+ und 24 Panzerhaubitzen 2000 bestellt.")
    ex = extract_text("Published: 2023-02-20\n\n" + text)
    assert [(d.buyer.code if d.buyer else None, [(i.catalog_id, i.quantity) for i in d.items],
             [c.name for c in d.contractors]) for d in ex.deals] == [
        ("HUN", [("leopard-2a7", 44), ("pzh-2000", 24)], ["Krauss-Maffei Wegmann"])]
    rows = deal_rows("Hungary received its first Leopard 2A7HU tanks in December 2023 under its 2018 order.",
                     "2024-01-10")
    # (Hungary's national version has its own catalog entry since session 27, under the Leopard 2A7)
    assert [(r[1], r[2], r[5]) for r in rows] == [("HUN", "delivered", [("leopard-2a7hu", None)])]
    rows = deal_rows("In February 2023 Oslo signed a contract with KMW for 54 tanks first designated Leopard 2A7NOR and "
                     "later renamed Leopard 2A8 NOR.", "2024-01-10")
    assert [(r[1], r[5]) for r in rows] == [("NOR", [("leopard-2a8", 54)])]


def test_a_second_notification_is_its_own_deal_and_named_contractors_stay() -> None:
    from armstrack.extract import extract_text
    # real facts: DSCA, 10 December 2021: Greece, MEKO 200HN frigate upgrade ($2.5 billion; Raytheon, Lockheed
    # Martin, BAE Systems, VSE) and, the same day, Multi-Mission Surface Combatants ($6.9 billion)
    text = ("Das US-Außenministerium billigte am Freitag einen möglichen Verkauf an Griechenland im geschätzten Wert von "
            "2,5 Milliarden US-Dollar für die Fregatten MEKO 200HN. MEKO wurde von Blohm + Voss entwickelt, heute Teil "
            "von ThyssenKrupp Marine Systems (TKMS). Laut DSCA umfasst das Paket die Überholung von vier "
            "5-Zoll-Geschützen MK 45 und vier Startersysteme MK 49. Als Hauptauftragnehmer nennt die Behörde Raytheon "
            "Missiles and Defense, Lockheed Martin und BAE Systems.\n\nAm selben Tag veröffentlichte die DSCA eine "
            "zweite Notifizierung: Griechenland hat demnach auch sechs Mehrzweck-Kampfschiffe (Multi-Mission Surface "
            "Combatant) angefragt. Der geschätzte Wert liegt bei 6,9 Milliarden US-Dollar.")
    ex = extract_text("Published: 2021-12-14\n\n" + text)
    assert [(d.buyer.code if d.buyer else None, d.value.amount if d.value else None) for d in ex.deals] == [
        ("GRC", 2_500_000_000), ("GRC", 6_900_000_000)]
    first = ex.deals[0]
    assert ("mk-45", 4) in [(i.catalog_id, i.quantity) for i in first.items]
    assert [c.name for c in first.contractors] == ["Raytheon Missiles and Defense", "Lockheed Martin", "BAE Systems"]


def test_artillery_pieces_counted_in_french() -> None:
    # real facts: Armenia signed for 36 CAESAR with KNDS France on 17 June 2024
    rows = deal_rows("Le ministère arménien de la Défense a signé lundi un contrat avec KNDS France portant sur l'achat "
                     "de canons CAESAR. Selon plusieurs sources, Erevan achète 36 pièces.", "2024-06-19")
    assert [(r[1], r[2], r[5]) for r in rows] == [("ARM", "signed", [("caesar", 36)])]


def test_the_day_of_the_signing_beats_the_day_it_was_told() -> None:
    # real facts: Armenia signed for CAESAR with KNDS France on Monday 17 June 2024; announced on 18 June
    rows = deal_rows("Armenia has signed a contract to buy French CAESAR howitzers, France's armed forces minister said "
                     "on Tuesday. The contract was signed on Monday in Paris by a deputy Armenian defence minister.",
                     "2024-06-19")
    assert [(r[1], r[2], r[3]) for r in rows] == [("ARM", "signed", "2024-06-17")]


def test_a_deal_agreed_with_a_maker_country_by_a_capital_named_before() -> None:
    # real facts: Azerbaijan agreed in February 2024 to buy JF-17C Block III from Pakistan (about $1.6 billion)
    rows = deal_rows("Azerbaijan has condemned French arms supplies to Armenia. Baku has been re-equipping too. In "
                     "February it agreed a deal with Pakistan for JF-17C Block III fighters, valued at about $1.6 "
                     "billion.", "2024-06-19")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("PAK", "AZE", "signed", 1_600_000_000)]
    from armstrack.normalize import countries
    assert [p.code for p in countries.find_parties("Azerbaijani officials in Baku, Zimbabwean and Ivorian ones")] \
        == ["AZE", "AZE", "ZWE", "CIV"]


def test_a_purchase_made_official_on_a_day_is_signed_that_day() -> None:
    # real facts: Croatia signed for six Bayraktar TB2 (USD 67 million) with Baykar on Thursday 21 November 2024
    rows = deal_rows("Zagreb a officialisé jeudi l'achat de six drones armés turcs Bayraktar TB2. Le contrat, signé par "
                     "le ministre de la Défense et Baykar, s'élève à 67 millions de dollars.", "2024-11-23")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("TUR", "HRV", "signed", "2024-11-21", 67_000_000)]


def test_an_imperfect_approval_and_aircraft_unloaded_from_a_ship() -> None:
    # real facts: DSCA, May 2015: Japan, 17 V-22B Block C Osprey, $3 billion; the first two were unloaded at
    # Iwakuni on Friday 8 May 2020
    rows = deal_rows("Les deux premiers convertibles V-22 Osprey destinés au Japon ont été débarqués vendredi à "
                     "Iwakuni.\n\nEn mai 2015, l'agence américaine avait annoncé que le département d'État approuvait "
                     "une vente possible au Japon de 17 V-22B Block C, pour un coût estimé à 3 milliards de dollars.",
                     "2020-05-11")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("JPN", "delivered", "2020-05-08", None),
                                                        ("JPN", "approved", None, 3_000_000_000)]


def test_figures_a_fact_check_quotes_as_claims_are_no_price() -> None:
    # real facts: Rostec announced on 19 November 2015 a contract for 24 Su-35 for China; agencies put it above
    # $2 billion
    rows = deal_rows("Rostec said on Thursday that a contract for the supply of 24 Su-35 fighters to China had been "
                     "signed. Social media posts spoke of \"100 jets\" and \"a $5 billion deal\".\n\n"
                     "Claim: \"The deal is worth $5 billion.\" Verdict: FALSE.\n\n"
                     "An industry source told news agencies the contract is worth $2 billion.", "2015-11-21")
    assert [(r[1], r[4], r[5]) for r in rows] == [("CHN", 2_000_000_000, [("su-35", 24)])]


def test_a_headline_other_outlets_ran_is_no_deal() -> None:
    # real facts: DSCA, 5 May 2015: Japan, 17 V-22B Block C Osprey, estimated at $3 billion
    rows = deal_rows("Am Montag gab die DSCA bekannt, dass das US-Außenministerium einem möglichen Verkauf von 17 V-22B "
                     "Block C Osprey an Japan zugestimmt hat, geschätzt auf drei Milliarden US-Dollar. Mehrere Portale "
                     "titelten \"Japan kauft Ospreys für drei Milliarden Euro\".", "2015-05-07")
    assert [(r[1], r[2], r[4]) for r in rows] == [("JPN", "approved", 3_000_000_000)]


def test_what_an_earlier_version_of_the_story_said_is_no_event() -> None:
    # real facts: China's first four Su-35 arrived on 25 December 2016 (of 24 ordered in November 2015)
    rows = deal_rows("Correction appended: A version of this story published on Tuesday said that \"Russia has delivered "
                     "the 24 Su-35 fighters ordered by China\". That was wrong.\n\nChina's air force took delivery of "
                     "its first four Sukhoi Su-35 fighters on Sunday.", "2016-12-28")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("CHN", "delivered", "2016-12-25", [("su-35", 4)])]


def test_the_country_a_request_comes_from_is_the_buyer() -> None:
    # real facts: DSCA, September 2024: Bulgaria, 218 FGM-148F Javelin and 107 LwCLU, an estimated $114 million
    rows = deal_rows("Greece is buying Aerosonde drones. In September the State Department approved a request from "
                     "Bulgaria for 218 Javelin FGM-148F missiles and 107 Lightweight Command Launch Units, at an "
                     "estimated $114 million.", "2025-01-10")
    assert [(r[0], r[1], r[2], r[4]) for r in rows if r[4]] == [("USA", "BGR", "approved", 114_000_000)]


def test_a_makers_running_total_is_no_delivery() -> None:
    # real facts: DSCA, July 2017: the Netherlands, 70 AGM-114R Hellfire II, an estimated $34 million
    lead = ("Die Niederlande modernisieren ihre AH-64D. Im Juli 2017 gab Washington den Verkauf von 70 "
            "Lenkflugkörpern AGM-114R Hellfire II an die Niederlande frei; der geschätzte Wert lag bei 34 Millionen "
            "Dollar. Hauptauftragnehmer ist Lockheed Martin.\n\nDer Apache ist ein zweimotoriger Kampfhubschrauber. "
            "Der Prototyp YAH-64 flog erstmals am 30. September 1975. ")
    for total in ("Nach Boeing-Angaben wurden seit 1984 mehr als 2.600 Apaches an 17 Kunden weltweit ausgeliefert – "
                  "eine Flottenzahl, die mit dem niederländischen Vertrag nichts zu tun hat.",
                  "Since 1984 more than 2,600 Apaches have been delivered to 17 customers - a fleet figure unrelated to "
                  "the Dutch contract."):
        rows = deal_rows(lead + total, "2024-05-02")
        assert [(r[1], r[2]) for r in rows] == [("NLD", "approved")], total


def test_vehicles_supplied_from_stocks_are_no_delivery_told() -> None:
    # real facts: Greece's FMS case for M1117 Armored Security Vehicles was worth $99.99 million
    rows = deal_rows("Greece had already signed a Foreign Military Sales case worth $99.99 million. That earlier case "
                     "covered M1117 Armored Security Vehicles supplied from U.S. surplus stocks.", "2025-01-10")
    assert [(r[1], r[2], r[4]) for r in rows] == [("GRC", "signed", 99_990_000)]
