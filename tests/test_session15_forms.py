"""Forms met in session 15 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_purpose_infinitives_after_one_approval_are_separate_cases() -> None:
    # real facts: DSCA transmittals of 8 September 2017 for Bahrain: F-16 Block 40 upgrade ($1.082 billion), two
    # 35-meter fast patrol boats ($60.25 million), TOW missiles ($27 million)
    text = ("Manama also secured approval to modernise its F-16 Block 40 jets for an estimated $1.082 billion; to "
            "purchase two patrol boats fitted with a MK38 Mod 3 25mm gun, for $60.25 million; and to acquire TOW "
            "missiles valued at $27 million.")
    rows = deal_rows(text, "2017-09-09")
    assert [(r[1], r[2], r[4]) for r in rows] == [("BHR", "approved", 1.082e9), ("BHR", "approved", 60.25e6),
                                                  ("BHR", "approved", 27e6)]
    assert [i[0] for i in rows[2][5]] == ["tow"]


def test_a_delivery_to_the_air_force_goes_to_the_buyer_in_focus() -> None:
    # real facts: the Philippines bought six T129 ATAK (contract of July 2020); Embraer delivered six A-29 Super
    # Tucano to the Philippine Air Force in 2020
    text = ("Manila signed a contract with Ankara in July 2020 for six T129 ATAK helicopters. Separately, Brazil's "
            "Embraer handed over six A-29 Super Tucano aircraft {} in 2020.")
    rows = deal_rows(text.format("to the air force"), "2022-03-10")
    assert [(r[0], r[1], r[2], r[5]) for r in rows][1:] == [("BRA", "PHL", "delivered", [("a-29", 6)])]
    assert len(deal_rows(text.format("at a ceremony"), "2022-03-10")) == 1


def test_a_peso_amount_written_in_full_with_the_letter_p() -> None:
    from armstrack.normalize.money import find_money
    found = find_money("a total contract price of P13,727,248,240, the air force said; the P-8 and P5 are not money")
    assert [(m.amount, m.currency, m.text) for m in found] == [(13727248240.0, "PHP", "P13,727,248,240")]


def test_the_aircraft_that_carried_the_items_is_no_item() -> None:
    # real facts: the first two Philippine T129 ATAK arrived at Clark on 9 March 2022 aboard Turkish A400M aircraft
    text = ("CLARK AIR BASE — Two T129 ATAK attack helicopters for the Philippine Air Force arrived here on Wednesday "
            "{} two A400M transports.")
    for carrier in ("in the holds of", "aboard"):
        rows = deal_rows(text.format(carrier), "2022-03-10")
        assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("PHL", "delivered", "2022-03-09", [("t129", 2)])], carrier


def test_a_photo_caption_adds_nothing_to_a_deal() -> None:
    # real facts: Naval Group's Scorpène for India (Kalvari, delivered 2017); Brazil's Tonelero delivered 26 Nov 2025
    body = ("En Inde, le Kalvari, premier sous-marin Scorpène réalisé en transfert de technologie, a été livré à la "
            "marine indienne en 2017.\n\n{}\n")
    caption = "Légende photo : le Tonelero lors de la cérémonie de livraison à Itaguaí, mercredi."
    rows = deal_rows(body.format(caption), "2025-11-27")
    assert [(r[1], r[2], r[3]) for r in rows] == [("IND", "delivered", None)]


def test_pris_livraison_is_a_delivery() -> None:
    # real facts: the Brazilian Navy took delivery of the Scorpène-type Tonelero (S42) on 26 November 2025
    rows = deal_rows("La marine brésilienne a pris livraison mercredi d'un sous-marin Scorpène construit à Itaguaí.",
                     "2025-11-27")
    assert [(r[1], r[2], r[3], [i[0] for i in r[5]]) for r in rows] == [("BRA", "delivered", "2025-11-26",
                                                                          ["scorpene"])]


def test_the_seller_in_focus_is_not_the_buyer_of_a_rival_offer() -> None:
    # real facts: the Philippines ordered six T129 ATAK in 2020; DSCA approved six AH-64E ($1.5 billion) and six
    # AH-1Z ($450 million) for the Philippines on 30 April 2020
    text = ("Manille a commandé six T129 ATAK à la Turquie en 2020 pour environ 280 millions de dollars.\n\n"
            "Les offres américaines\n\nLe choix turc surprend, car Washington avait fait ses propres offres. Le 30 "
            "avril 2020, le département d'État avait approuvé la vente éventuelle de six AH-64E Apache pour 1,5 "
            "milliard de dollars.")
    rows = deal_rows(text, "2022-04-07")
    assert [(r[0], r[1], r[2]) for r in rows] == [("TUR", "PHL", "signed"), ("USA", "PHL", "approved")]


def test_a_memorandum_paragraphs_after_an_order_leaves_the_order_signed() -> None:
    # real facts: the Philippines ordered six T129 ATAK in 2020 (about $280 million)
    text = ("Manille a commandé six T129 ATAK en 2020 pour environ 280 millions de dollars. Les quatre autres "
            "appareils suivront.\n\nLe programme a pris six mois de retard à cause des moteurs.\n\nLes deux pays ont "
            "par ailleurs signé un protocole d'accord sur la coopération industrielle. Ankara parle aussi de drones et de "
            "navires. Des journaux locaux parlent d'une "
            "possible seconde commande de T129, que le ministère philippin n'a pas confirmée.")
    rows = deal_rows(text, "2022-04-07")
    assert [(r[1], r[2], r[4]) for r in rows] == [("PHL", "signed", 280e6)]


def test_the_country_given_donations_is_not_the_buyer() -> None:
    # real facts: Denmark ordered 8 PULS and 19 ATMOS from Elbit in 2023 (DKK 1.74 billion)
    text = ("Needing to refill its artillery after its donations to Ukraine, Copenhagen ordered eight PULS launchers "
            "and 19 ATMOS howitzers from Elbit earlier this year, in a package worth 1.74 billion kroner.")
    rows = deal_rows(text, "2023-05-20")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("ISR", "DNK", "signed", 1.74e9,
                                                               [("puls", 8), ("atmos", 19)])]


def test_a_count_on_order_after_a_named_purchase() -> None:
    # real facts: Portugal signed for five KC-390 in August 2019 (EUR 827 million); Hungary ordered two
    text = ("Lisbon signed for five KC-390 transports in August 2019 in a deal worth 827 million euros, and Hungary "
            "has two on order.")
    rows = deal_rows(text, "2023-12-05")
    assert [(r[1], r[2], r[5]) for r in rows] == [("PRT", "signed", [("c-390", 5)]), ("HUN", "signed", [("c-390", 2)])]


def test_german_deliveries_told_with_erhielt_eine_and_traf_ein() -> None:
    # real facts: the first IRIS-T SLM reached Ukraine in October 2022; Diehl Defence makes the system
    rows = deal_rows("Im Oktober 2022 traf in der Ukraine das erste IRIS-T SLM von Diehl Defence ein.", "2025-11-20")
    assert [(r[1], r[2], [i[0] for i in r[5]]) for r in rows] == [("UKR", "delivered", ["iris-t-slm"])]
    rows = deal_rows("Die Ukraine erhielt im Oktober 2022 eine erste IRIS-T SLM Feuereinheit von Diehl.", "2025-11-20")
    assert [(r[1], r[2]) for r in rows] == [("UKR", "delivered")]
    rows = deal_rows("Die Ukraine erhielt im Oktober 2022 eine Genehmigung für IRIS-T SLM von Diehl.", "2025-11-20")
    assert [r[2] for r in rows if r[2] == "delivered"] == []


def test_the_state_departments_decision_is_its_approval_and_its_day() -> None:
    # real facts: DSCA approved 29 AH-64E for Australia (US$3.5 billion) on 3 June 2021
    text = ("The United States has approved the sale of 29 AH-64E Apache helicopters to Australia, estimated at "
            "US$3.5 billion. The State Department's decision was announced on Thursday by the Defense Security "
            "Cooperation Agency.")
    rows = deal_rows(text, "2021-06-04")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("AUS", "approved", "2021-06-03", 3.5e9)]


def test_a_year_after_erhielt_is_no_count_of_a_delivery() -> None:
    # real facts: South Korea was approved in 2012 to buy 36 AH-64D Apache Longbow Block III ($3.6 billion)
    text = ("Südkorea etwa erhielt 2012 die Genehmigung für den Kauf von 36 AH-64D Apache Longbow Block III im Wert "
            "von 3,6 Milliarden Dollar.")
    rows = deal_rows(text, "2021-06-05")
    assert [(r[1], r[2], r[4]) for r in rows] == [("KOR", "approved", 3.6e9)]


def test_rival_bids_name_no_seller() -> None:
    # real facts: Malaysia signed with Korea Aerospace Industries for 18 FA-50 (US$4.08 billion, February 2023)
    text = ("The defence ministry of Malaysia signed a US$4.08 billion contract with Korea Aerospace Industries for 18 "
            "FA-50 light combat aircraft, beating bids from India's Tejas and Turkey's Hürjet.")
    rows = deal_rows(text, "2024-05-10")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("KOR", "MYS", "signed", 4.08e9)]


def test_the_possibility_of_acquiring_is_no_deal() -> None:
    # real facts: Kuwait operated F/A-18C/D Hornets, being replaced by Super Hornets
    text = ("The minister has raised with Kuwaiti leaders the possibility of acquiring some of Kuwait's older "
            "F/A-18C/D Hornets.")
    assert deal_rows(text, "2024-05-10") == []


def test_a_fleet_told_alongside_the_type_in_service_is_no_item() -> None:
    # real facts: Malaysia received eight F/A-18D in 1997 and flies 18 Su-30MKM
    text = ("Malaysia received eight two-seat F/A-18D Hornets in 1997, and the type remains, alongside 18 "
            "Russian-built Su-30MKM fighters, the backbone of the air force.")
    rows = deal_rows(text, "2024-05-10")
    assert [(r[0], r[1], r[2]) for r in rows] == [("USA", "MYS", "delivered")]
    assert all(i[0].startswith("f") for r in rows for i in r[5])


def test_a_winner_designated_is_a_selection_and_wons_are_won() -> None:
    # real facts: South Korea's DAPA picked the Embraer C-390 on 4 December 2023 (LTA-II, three aircraft, 710 billion
    # won)
    text = ("Lundi dernier, l'agence sud-coréenne DAPA a désigné le C-390 Millennium d'Embraer vainqueur de son "
            "programme LTA-II. Séoul prévoit d'acquérir trois appareils pour une enveloppe de 710 milliards de wons, "
            "soit environ 541 millions de dollars.")
    rows = deal_rows(text, "2023-12-08")
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("BRA", "KOR", "other", "2023-12-04", 710e9, [("c-390", 3)])]


def test_a_figure_only_media_reports_gave_is_no_value() -> None:
    # real facts: Indonesia signed for 48 KAAN with Turkish Aerospace (June 2025); no official value
    text = ("Indonesia has signed a contract for 48 KAAN fighters from Turkish Aerospace. Some media reports have "
            "put the deal at around $10 billion.")
    rows = deal_rows(text, "2025-07-28")
    assert [(r[1], r[2], r[4]) for r in rows] == [("IDN", "signed", None)]


def test_a_count_of_the_articles_system_by_its_kind_with_of_the() -> None:
    # real facts: India signed for 145 M777 howitzers through FMS in November 2016 ($737 million)
    text = ("BAE builds the M777 in Mississippi. The M777 is a 155mm towed howitzer built largely from titanium.\n\n"
            "A long road\n\nThe gun is light. Crews like it. It flies under helicopters. In November 2016 New Delhi signed a $737m deal for 145 of the "
            "howitzers through the Foreign Military Sales route.")
    rows = deal_rows(text, "2026-05-20")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [("IND", "signed", 737e6, [("m777", 145)])]


def _flags(text: str) -> list[tuple[str, str]]:
    from armstrack.extract import extract_text
    return [(c.subject, c.attribute) for c in extract_text(text).claims if c.verdict == "contradicted"]


def test_a_stated_conversion_of_the_official_figure_is_no_currency_error() -> None:
    # real facts: DSCA transmittal 25-06 (31 January 2025): up to 150 SM-6 Block I for Japan, $900 million
    text = ("Published: 2025-02-03\n\nLe département d'État a donné vendredi son feu vert à la vente au Japon de "
            "jusqu'à 150 missiles SM-6 Block I, pour un montant estimé à 900 millions de dollars, {} 873 millions "
            "d'euros.")
    assert [f for f in _flags(text.format("soit environ")) if f[1] == "currency"] == []
    assert [f for f in _flags(text.format("et non")) if f[1] == "currency"] != []


def test_twin_engine_jets_are_not_the_turboprop_rival() -> None:
    # real facts: the Embraer C-390 has two V2500 turbofans; the C-130J has four turboprops
    text = ("Published: 2023-12-05\n\nSeoul picked the C-390 over the C-130J Hercules. The C-130J lost although the "
            "C-130J and the Hercules family fly widely. The C-390 won. The agency plans to field three of the "
            "twin-engine jets by 2026.")
    assert [f for f in _flags(text) if f[1] == "engines"] == []


def test_a_count_before_samt_is_the_launchers_not_the_munitions() -> None:
    # real facts: DSCA transmittal 23-08 (16 February 2023): 20 M142 HIMARS for the Netherlands, $670 million
    text = ("Die Niederlande erhielten im Februar 2023 grünes Licht für 20 HIMARS-Werfer vom Typ M142 samt ATACMS- und "
            "GMLRS-Munition für geschätzte 670 Millionen Dollar.")
    rows = deal_rows(text, "2025-02-08")
    assert [(r[1], r[5]) for r in rows] == [("NLD", [("m142-himars", 20), ("atacms", None), ("gmlrs", None)])]


def test_congress_approved_a_side_of_the_package_and_german_fronted_objects() -> None:
    # real facts: DSCA transmittal 23-72 (15 September 2023): MQ-9B weapons for Canada, $313.4 million
    text = ("Published: 2023-12-21\n\nThe U.S. Congress approved the weapons side of the package on Sept. 15, clearing "
            "US$313.4 million worth of equipment, including 219 AGM-114R2 Hellfire II missiles, for Canada.")
    assert [f for f in _flags(text) if f[1] == "approval"]
    de = ("Published: 2022-03-10\n\nAm 30. April 2020 genehmigte das US-Außenministerium sechs AH-64E Apache für die "
          "Philippinen. Beide Pakete hatte der US-Kongress damals förmlich gebilligt.")
    assert [f for f in _flags(de) if f[1] == "approval"]


def test_german_engine_count_and_the_puls_expansion() -> None:
    # real facts: the AH-64 has two T700 turboshafts; PULS is short for Precise and Universal Launching System
    apache = "Published: 2021-06-05\n\nAustralien kauft 29 AH-64E Apache. Jeder Apache wird von {} T700-Turbinen angetrieben."
    assert ("Apache", "engines") in _flags(apache.format("drei"))
    assert ("Apache", "engines") not in _flags(apache.format("zwei"))
    puls = "Published: 2025-02-08\n\nElbit liefert fünf PULS ({}) an die Bundeswehr."
    assert [f for f in _flags(puls.format("Portable Universal Launch System")) if f[0] == "PULS"]
    assert [f for f in _flags(puls.format("Precise and Universal Launching System")) if f[0] == "PULS"] == []


def test_acquiert_aupres_du_fabricant_is_a_purchase_and_a_credit_line_no_value() -> None:
    # real facts: Switzerland buys five IRIS-T SLM from Diehl Defence (about EUR 500 million, 2025); armament
    # programme 2024 credit of CHF 660 million
    text = ("Armasuisse annonce que la Suisse acquiert cinq systèmes IRIS-T SLM auprès du fabricant allemand Diehl "
            "Defence, pour environ 500 millions d'euros.\n\nPour ce système, un crédit d'engagement de 660 millions de "
            "francs avait été approuvé dans le cadre du programme d'armement 2024.")
    rows = deal_rows(text, "2025-07-25")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("DEU", "CHE", "signed", 500e6)]


def test_a_transport_integrated_into_the_fleet_at_the_same_ceremony() -> None:
    # real facts: the first two Philippine T129 ATAK were handed over on 6 April 2022; an Airbus C-295 joined the
    # Philippine Air Force at the same ceremony
    text = ("Les deux premiers hélicoptères T129 ATAK turcs de l'armée de l'air philippine ont été officiellement remis "
            "à leurs utilisateurs mercredi. Un avion de transport Airbus C-295 a également été intégré à la flotte de "
            "l'armée de l'air au cours du même événement.")
    rows = deal_rows(text, "2022-04-07")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("TUR", "PHL", "delivered", "2022-04-06"),
                                                        ("ESP", "PHL", "delivered", "2022-04-06")]


def test_a_rival_face_notamment_a_is_no_item() -> None:
    # real facts: Denmark chose Nexter in 2017 for 15 CAESAR 8x8 on Tatra chassis (about DKK 300 million), over
    # Elbit's ATMOS
    text = ("En 2017, Copenhague avait commandé à Nexter 15 CAESAR 8x8 pour environ 300 millions de couronnes "
            "danoises, face notamment à l'ATMOS d'Elbit.")
    rows = deal_rows(text, "2021-10-01")
    assert [(r[0], r[1], [i[0] for i in r[5]]) for r in rows] == [("FRA", "DNK", ["caesar"])]
