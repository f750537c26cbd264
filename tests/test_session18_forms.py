"""Forms met in session 18 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_the_equipment_share_of_a_package_is_no_deal_of_its_own() -> None:
    # real facts: DSCA, 3 May 2016: Tunisia, OH-58D Kiowa Warrior support, $100.8 million (MDE $44.3 million)
    text = ("The State Department on Tuesday approved a possible sale to Tunisia of arms and support for its OH-58D "
            "Kiowa Warrior helicopters, estimated at $100.8 million. The helicopters themselves come separately: "
            "Tunisia was approved, under a separate notification, to receive 24 OH-58D airframes as excess "
            "articles. The major defense equipment in the package, valued at $44.3 million, consists of 24 AN/AAR-57 "
            "Common Missile Warning Systems and ten AGM-114R Hellfire missiles.")
    rows = deal_rows(text, "2016-05-04")
    priced = [r for r in rows if r[4] is not None]
    assert [(r[1], r[4]) for r in priced] == [("TUN", 100_800_000)]
    assert ("agm-114r", 10) in priced[0][5]
    assert not any(r[4] == 44_300_000 for r in rows)


def test_a_notification_sent_to_congress_in_a_relative_clause_is_the_notification() -> None:
    # real facts: DSCA notified Congress on 14 January 2014 of Singapore's F-16C/D upgrade, $2.43 billion
    text = ("Aufschlussreich ist die Notifizierung, die die US-Behörde DSCA am Dienstag an den Kongress geschickt hat: "
            "Singapur will 60 Kampfflugzeuge vom Typ F-16C/D modernisieren lassen. Der geschätzte Gesamtwert liegt "
            "bei 2,43 Milliarden US-Dollar.")
    rows = deal_rows(text, "2014-01-17")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("USA", "SGP", "notified", "2014-01-14", 2_430_000_000)]


def test_notifizierte_den_verkauf_is_a_notification() -> None:
    # real facts: DSCA, October 2013: Singapore, 88 GMLRS unitary rocket pods, $96 million
    text = "Singapur kauft weiter in den USA. Im Oktober 2013 notifizierte die DSCA den Verkauf von 88 GMLRS-Raketen " \
           "im Wert von 96 Millionen Dollar."
    rows = deal_rows(text, "2014-01-17")
    assert [(r[1], r[2], r[4]) for r in rows] == [("SGP", "notified", 96_000_000)]


def test_the_larger_of_two_announced_sales_is_one_of_them() -> None:
    # real facts: DSCA, 18 June 2024: Taiwan, 291 ALTIUS-600M-V ($300 million) and 720 Switchblade 300 ($60.2 million)
    text = ("The United States on Tuesday approved two sales of loitering munitions to Taiwan worth a combined $360 "
            "million.\n\nThe larger of the two packages covers up to 291 ALTIUS 600M-V systems. The agency put the "
            "estimated cost at $300 million.\n\nThe second package, also approved on Tuesday, covers 720 Switchblade "
            "300 rounds at an estimated $60.2 million.")
    rows = deal_rows(text, "2024-06-19")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("TWN", "approved", "2024-06-18", 300_000_000),
                                                        ("TWN", "approved", "2024-06-18", 60_200_000)]
    assert rows[0][5] == [("altius-600m", 291)]


def test_a_family_named_again_after_its_counted_variant_is_that_variant() -> None:
    # real facts: DSCA, 18 June 2024: Taiwan, 291 ALTIUS-600M-V, $300 million
    text = ("Washington a autorisé mardi la vente à Taïwan de jusqu'à 291 systèmes Altius 600M-V pour 300 millions "
            "de dollars.\n\nLe Switchblade 300 est une arme légère. L'Altius, plus lourd, est lancé depuis un tube et "
            "peut rester en vol pendant des heures.")
    rows = deal_rows(text, "2024-06-19")
    assert [r[5] for r in rows] == [[("altius-600m", 291)]]


def test_what_analysts_will_watch_for_is_no_item() -> None:
    # real facts: DSCA, 18 June 2024: Taiwan, 291 ALTIUS-600M-V, $300 million
    text = ("The State Department on Tuesday approved the sale of up to 291 ALTIUS-600M-V loitering munitions to "
            "Taiwan for an estimated $300 million. Analysts will look at whether the ALTIUS order is followed by the "
            "larger ALTIUS-700M variant.")
    rows = deal_rows(text, "2024-06-19")
    assert [r[5] for r in rows] == [[("altius-600m", 291)]]


def test_the_country_that_completed_the_sale_is_the_seller_and_a_breakdown_is_no_item() -> None:
    # real facts: Belgium sold 14 surplus F-16AM/BM to Jordan in 2007 for about 70 million euros
    text = ("Amman a reconstitué son aviation. Fin août 2007, la Belgique a finalisé la vente de 14 F-16 à la Jordanie "
            "– douze monoplaces F-16AM et deux biplaces F-16BM – pour un total de 70 millions d'euros.")
    rows = deal_rows(text, "2015-03-10")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("BEL", "JOR", "signed", 70_000_000)]
    assert rows[0][5] == [("f-16", 14)]
    rows = deal_rows("Jordan rebuilt its air force. In late August 2007 Belgium completed the sale of 14 F-16s to "
                     "Jordan for 70 million euros.", "2015-03-10")
    assert [(r[0], r[1]) for r in rows] == [("BEL", "JOR")]


def test_an_agreement_concluded_on_a_day_is_signed_and_more_of_its_surplus_counts() -> None:
    # real facts: the Netherlands agreed in 2009 to sell Chile 18 surplus F-16 MLU for about $270 million
    text = ("Chile has renewed its fighter force. Second-hand jets followed: in a sale agreement concluded on 8 June, "
            "the Netherlands agreed to part with 18 more of its surplus F-16s for about $270 million.")
    rows = deal_rows(text, "2009-11-20")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("NLD", "CHL", "signed", "2009-06-08", 270_000_000)]
    assert rows[0][5] == [("f-16", 18)]


def test_a_day_of_that_year_takes_the_year_told_before() -> None:
    # real facts: Thailand signed for six Gripen C/D with Sweden's FMV on 11 February 2008 (19 billion baht)
    text = ("Pour mesurer le chemin parcouru, il faut remonter à 2008. Le 11 février de cette année-là, la Thaïlande "
            "signait avec la Suède un contrat de 19 milliards de bahts pour six chasseurs Gripen C/D.")
    rows = deal_rows(text, "2019-07-29")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("SWE", "THA", "signed", "2008-02-11")]


def test_notifiait_au_congres_is_a_notification() -> None:
    # real facts: DSCA, September 2010: Thailand, F-16A/B Block 15 mid-life upgrade, $700 million
    text = ("La Thaïlande modernise ses avions. En septembre 2010, le Pentagone notifiait au Congrès un programme de "
            "modernisation de 18 F-16A/B Block 15 de la Thaïlande, estimé à 700 millions de dollars.")
    rows = deal_rows(text, "2019-07-29")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("USA", "THA", "notified", 700_000_000)]


def test_the_country_of_an_order_delayed_before_is_no_party_to_the_next_one() -> None:
    # real facts: Thailand ordered 28 VT-4 tanks from China's Norinco in 2016 after delays of its Ukrainian Oplot tanks
    # and DSCA, 26 July 2019: Thailand, 60 Stryker vehicles, $175 million
    text = ("Vendredi dernier, le département d'État américain a approuvé la vente possible à la Thaïlande de 60 "
            "véhicules blindés Stryker pour 175 millions de dollars.\n\nLe deuxième acte est chinois. Après les "
            "retards de livraison des chars commandés en Ukraine, l'armée de terre s'est tournée vers Norinco : 28 "
            "chars VT-4 ont été commandés pour 4,9 milliards de bahts.")
    rows = deal_rows(text, "2019-07-29")
    assert [(r[0], r[1], r[5]) for r in rows] == [("USA", "THA", [("stryker", 60)]), ("CHN", "THA", [("vt-4", 28)])]


def test_m4a1_rifles_are_a_catalog_item_and_the_m4a1_detector_is_not_a_rifle() -> None:
    # real facts: DSCA 25-21, 1 April 2025: Ecuador, M4A1 rifles, $64 million; DSCA 23-39: Slovakia's JLTV package
    # lists M4A1 Joint Chemical Agent Detectors
    from armstrack.normalize.catalog import load_catalog

    rows = deal_rows("The State Department approved on Tuesday a possible sale of M4A1 rifles to Ecuador for an "
                     "estimated $64 million.", "2025-04-02")
    assert [(r[1], r[4], r[5]) for r in rows] == [("ECU", 64_000_000, [("m4a1-carbine", None)])]
    text = "M2A1 machine guns; M4A1 Joint Chemical Agent Detectors; AN/VAS-5B(V)2"
    assert "m4a1-carbine" not in [x[2].id for x in load_catalog().find_in(text)]


def test_vehicles_counted_after_a_named_vehicle_in_the_sentence_are_that_vehicle() -> None:
    # real facts: Thailand picked the Ukrainian BTR-3E1 in 2007; the contract for 96 was signed in July 2008
    # (4 billion baht, about $127 million); and DSCA, 26 July 2019: Thailand, 60 Stryker vehicles, $175 million
    text = ("The State Department on Friday approved the sale of 60 Stryker vehicles to Thailand for $175 million.\n\n"
            "The first of those other doors opened in Ukraine. In 2007 the Thai army picked the BTR-3E1 eight-wheeled "
            "carrier over Canadian, Chinese and Russian rivals, and a contract for 96 vehicles, worth 4 billion baht "
            "(about $127 million), was signed in July 2008.")
    rows = deal_rows(text, "2019-07-29")
    assert ("UKR", "THA", "signed", [("btr-3", 96)]) in [(r[0], r[1], r[2], r[5]) for r in rows]
    assert not any(r[1] == "UKR" for r in rows)


def test_congres_avait_ete_notifie_and_an_urgent_need_for_a_theatre_names_no_buyer() -> None:
    # real facts: DSCA, April 2010: France, 260 Javelin missiles and 76 command launch units, $69 million
    text = ("Paris connaît bien ce missile. En avril 2010, le Congrès américain avait été notifié d'une vente possible "
            "à la France de 260 missiles Javelin et de 76 postes de tir, pour 69 millions de dollars : l'armée de "
            "Terre cherchait alors une solution d'urgence pour l'Afghanistan.")
    rows = deal_rows(text, "2024-08-21")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("USA", "FRA", "notified", 69_000_000, [("javelin", 260)])]


def test_a_company_named_as_the_airframe_contractor_does_not_act_in_the_sale() -> None:
    # real facts: DSCA, July 2014: Tunisia, 12 UH-60M Black Hawk, $700 million, Sikorsky; DSCA, 3 May 2016: Tunisia,
    # OH-58D Kiowa Warrior support, $100.8 million
    text = ("The State Department on Tuesday approved a possible sale to Tunisia of support for its OH-58D Kiowa "
            "Warrior fleet, estimated at $100.8 million.\n\nWashington's help to Tunisia's air arm has been "
            "substantial. In July 2014 the State Department approved 12 UH-60M Black Hawk helicopters for an "
            "estimated $700 million, with Sikorsky as the airframe contractor.")
    rows = deal_rows(text, "2016-05-04")
    assert ("TUN", 700_000_000, [("uh-60m", 12)]) in [(r[1], r[4], r[5]) for r in rows]


def test_a_second_request_approved_the_same_day_is_another_deal() -> None:
    # real facts: DSCA, 13 August 2024: Israel, 30 AIM-120C-8 ($102.5 million) and up to 50 F-15IA ($18.82 billion)
    text = ("Israel bekommt AMRAAM. Das US-Außenministerium hat am Dienstag den Verkauf von 30 AIM-120C-8 AMRAAM an "
            "Israel für 102,5 Millionen Dollar genehmigt.\n\nDeutlich mehr Aufmerksamkeit zog ein zweiter Antrag auf "
            "sich, den das Außenministerium am selben Tag billigte: Israel darf bis zu 50 neue Kampfflugzeuge vom Typ "
            "F-15IA kaufen. Der geschätzte Wert: 18,82 Milliarden Dollar.")
    rows = deal_rows(text, "2024-08-15")
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("ISR", "2024-08-13", 102_500_000, [("aim-120c-8", 30)]),
        ("ISR", "2024-08-13", 18_820_000_000, [("f-15ia", 50)])]


def test_german_notifications_and_a_separable_delivery_verb() -> None:
    # real facts: DSCA, July 2012: Thailand, four UH-60M ($235 million); September 2014: nine UH-72A ($89 million);
    # Norinco delivered Thailand's first 28 VT-4 tanks in 2017
    text = ("Thailand kauft in den USA und in China. Im Juli 2012 informierte die DSCA den Kongress über den geplanten "
            "Verkauf von vier Hubschraubern UH-60M Black Hawk an Thailand im Wert von 235 Millionen Dollar. Ende "
            "September 2014 folgte die Notifizierung von neun Hubschraubern UH-72A Lakota für 89 Millionen Dollar.")
    rows = deal_rows(text, "2019-07-29")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("USA", "THA", "notified", [("uh-60m", 4)]), ("USA", "THA", "notified", [("uh-72", 9)])]
    rows = deal_rows("Thailand kaufte ein. In die Bresche sprang China. Norinco lieferte 2017 die ersten 28 "
                     "Kampfpanzer VT-4 aus, sechs Monate früher als geplant.", "2019-07-29")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("CHN", "THA", "delivered", [("vt-4", 28)])]


def test_a_state_exporter_of_the_makers_country_is_the_contractor_not_a_third_party() -> None:
    # real facts: Thailand signed with Ukrspetsexport in September 2011 for 49 T-84 Oplot tanks ($241 million);
    # DSCA, September 2014: Thailand, nine UH-72A Lakota, $89 million, EADS North America
    text = ("Thailand shops abroad. In September 2011 the Thai army signed a $241 million contract with the state "
            "exporter Ukrspetsexport for 49 T-84 Oplot main battle tanks.")
    rows = deal_rows(text, "2019-07-29")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("UKR", "THA", "signed", 241_000_000, [("oplot", 49)])]
    from armstrack import extract_text
    ex = extract_text("Published: 2019-07-29\n\n" + text)
    assert ex.deals[0].contractor == "Ukrspetsexport"


def test_hatte_fuenf_drohnen_erhalten_is_a_delivery_whatever_signature_came_before() -> None:
    # real facts: Kosovo received five Bayraktar TB2 drones from Turkey in May 2023
    text = ("Kosovo rüstet auf. Bereits im Mai 2023 hatte das Kosovo fünf Drohnen vom Typ Bayraktar TB2 aus der Türkei "
            "erhalten, rund sieben Monate nach Unterzeichnung des Vertrags mit dem Hersteller Baykar.")
    rows = deal_rows(text, "2024-01-15")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("TUR", "XKX", "delivered", [("bayraktar-tb2", 5)])]
