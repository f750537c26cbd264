"""Forms met in session 20 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text
from armstrack.normalize.catalog import load_catalog


def test_a_notice_the_agency_published_on_a_country_with_a_fact_box() -> None:
    # real facts: DSCA, 23 October 2023: United Kingdom, 3,000 AGM-179A JAGM, $957.4 million, Lockheed Martin
    english = ("On Monday the Defense Security Cooperation Agency published a notice on the United Kingdom. It is about "
               "missiles for the Army's attack helicopters.\n\n## Key facts\n\n"
               "- Item: 3,000 Joint Air-to-Ground Missiles (JAGM), AGM-179A\n"
               "- Estimated value: $957.4 million\n"
               "- Prime contractor: Lockheed Martin\n")
    german = ("Am Montag hat die Defense Security Cooperation Agency (DSCA) eine Mitteilung zu Großbritannien "
              "veröffentlicht. Es geht um Flugkörper für Kampfhubschrauber.\n\n## Eckdaten\n\n"
              "- Gegenstand: 3.000 Joint Air-to-Ground Missiles (JAGM)\n"
              "- Geschätzter Wert: 957,4 Millionen US-Dollar\n")
    for text in (english, german):
        rows = deal_rows(text, "2023-10-26")
        assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
            ("USA", "GBR", "approved", "2023-10-23", 957_400_000, [("jagm", 3000)])]


def test_the_day_next_to_the_cue_beats_the_day_of_the_telling() -> None:
    # real facts as above; "today" is the day the post was written, "on Monday" the day of the notice
    text = ("Short post today, since the Defense Security Cooperation Agency dropped a big United Kingdom case on Monday."
            "\n\n## Numbers\n\n- What: three thousand (3,000) Joint Air-to-Ground Missiles, AGM-179A\n"
            "- Value: an estimated $957.4 million\n")
    rows = deal_rows(text, "2023-10-25")
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == [("approved", "2023-10-23", 957_400_000, [("jagm", 3000)])]


def test_a_fleet_remanufactured_into_a_newer_model_counts_the_new_model() -> None:
    # real facts: DSCA, 27 August 2015: United Kingdom, remanufacture of 50 WAH-64 Mk 1 to AH-64E, $3.0 billion
    for text in ("In August 2015 the State Department approved the remanufacture of fifty (50) WAH-64 Mk 1 airframes "
                 "into AH-64E Apache Guardians for the United Kingdom, a case put at $3.0 billion.",
                 "Im August 2015 gab die DSCA die Umrüstung von 50 britischen WAH-64 Mk 1 zu AH-64E Apache Guardian "
                 "bekannt; der geschätzte Wert lag bei 3 Milliarden Dollar."):
        rows = deal_rows(text, "2023-10-27")
        assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
            ("USA", "GBR", "approved", 3_000_000_000, [("ah-64e", 50)])]


def test_the_weapons_a_missile_replaces_are_no_items() -> None:
    # real facts: JAGM was meant to replace Hellfire, Maverick and the air-launched TOW (DSCA 23 October 2023)
    text = ("On Monday the State Department approved a possible sale to the United Kingdom of 3,000 AGM-179A Joint "
            "Air-to-Ground Missiles for an estimated $957.4 million. It was meant to replace three older weapons: "
            "Hellfire, Maverick and the air-launched TOW.")
    rows = deal_rows(text, "2023-10-25")
    assert [r[5] for r in rows] == [[("jagm", 3000)]]


def test_a_list_after_the_sale_told_with_a_colon() -> None:
    # real facts: DSCA, 1 December 2022: Finland, 350 FIM-92K Stinger, $380 million
    text = ("US clears Stingers for Finland\n\nLast Thursday the Defense Security Cooperation Agency said the State Department "
            "had approved a possible Foreign Military Sale to Finland of:\n\n"
            "- three hundred fifty (350) FIM-92K Stinger missiles\n"
            "- support equipment and training\n\n"
            "Estimated cost: $380 million.")
    rows = deal_rows(text, "2022-12-06")
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("FIN", "approved", "2022-12-01", 380_000_000, [("fim-92k", 350)])]


def test_a_list_entry_telling_what_the_story_is_not() -> None:
    # real facts as above; the $1 billion is a figure the post says is wrong
    text = ("On 1 December the State Department approved the sale of 350 FIM-92K Stinger missiles to Finland for an "
            "estimated $380 million.\n\n## What it is not\n\n"
            "- **Not \"$1 billion for Stingers\".** That number mixes several approvals.\n")
    rows = deal_rows(text, "2022-12-06")
    assert [r[4] for r in rows] == [380_000_000]


def test_not_quite_followed_by_a_colon_is_an_answer_not_a_denial() -> None:
    # real facts: Poland bought two used Saab 340 AEW in 2023 for 600 million Swedish kronor
    text = "Pas tout à fait : la Pologne a déjà acheté en juillet 2023 deux Saab 340 AEW d'occasion auprès du suédois Saab."
    rows = deal_rows(text, "2024-05-30")
    assert [(r[0], r[1], r[2]) for r in rows] == [("SWE", "POL", "signed")]


def test_a_recap_line_restating_deals_already_told() -> None:
    # real facts: DSCA, 9 October 2020: Finland, 64 F-35, $12.5 billion; 2018: 68 ESSM, $112.7 million
    text = ("In October 2020 the State Department approved sixty-four (64) F-35 aircraft for Finland, at an estimated "
            "$12.5 billion. In 2018 it had approved 68 Evolved SeaSparrow Missiles (ESSM) for Finland, estimated at "
            "$112.7 million.\n\n## In one place\n\n"
            "- Earlier: F-35 package ($12.5B, 64 aircraft), ESSM (68 missiles, $112.7M)\n")
    rows = deal_rows(text, "2022-12-06")
    assert [(r[4], r[5]) for r in rows] == [(12_500_000_000, [("f-35", 64)]), (112_700_000, [("essm", 68)])]


def test_a_heading_naming_the_contents_of_the_contract_opens_its_list() -> None:
    # real facts: Poland signed for 24 Bayraktar TB2 (four sets of six) with Baykar on 24 May 2021, with MAM-L and
    # MAM-C munitions; one set was said to cost about $67 million (a unit's price, not the deal's)
    text = ("On Monday in Ankara Poland's defence minister signed the contract with Baykar for Bayraktar TB2 drones. "
            "Baykar's chief signed for the company. Turkey's president spoke of a first sale to a NATO member. "
            "The minister had trailed the deal on Saturday. The size was the surprise.\n\n"
            "## What's in the contract\n\n"
            "- 4 sets\n"
            "- 6 aircraft per set, so 24 Bayraktar TB2 in total\n"
            "- guided munitions from Roketsan: MAM-L and MAM-C\n\n"
            "The ministry gave no total, but said one set costs roughly $67 million.")
    rows = deal_rows(text, "2021-05-25")
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("TUR", "POL", "signed", "2021-05-24", None, [("bayraktar-tb2", 24), ("mam-l", None), ("mam-c", None)])]


def test_a_price_per_system_restated_in_another_currency_is_no_deal_value() -> None:
    text = ("Lundi 24 mai, la Pologne a signé avec Baykar un contrat portant sur 24 drones Bayraktar TB2. "
            "Le ministère a indiqué qu'un système coûtait environ 67 millions de dollars (soit à peu près 245,2 millions "
            "de zlotys).\n\n- environ 67 millions de dollars par système (ministère)\n")
    rows = deal_rows(text, "2021-05-28")
    assert [(r[1], r[4]) for r in rows] == [("POL", None)]


def test_each_of_several_cases_keeps_its_own_price() -> None:
    # real facts: DSCA, 1 December 2025: two cases of $500 million each for Saudi Arabia's land forces aviation
    text = ("Deux dossiers de 500 millions de dollars chacun ont été approuvés lundi par le département d'État américain "
            "au profit de l'aviation de l'armée de terre saoudienne, dont un arrangement CLSSA.")
    rows = deal_rows(text, "2025-12-03")
    assert rows and all(r[4] == 500_000_000 for r in rows)


def test_a_capital_set_off_by_commas_before_the_buyer_is_a_place() -> None:
    text = ("La Pologne achète des drones turcs\n\nLundi 24 mai, à Ankara, la Pologne a signé avec l'industriel turc Baykar un contrat portant sur 24 drones "
            "Bayraktar TB2.")
    rows = deal_rows(text, "2021-05-28")
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows] == [
        ("TUR", "POL", "signed", "2021-05-24", [("bayraktar-tb2", 24)])]


def test_a_notification_for_another_country_is_that_country_s_case() -> None:
    # real facts: DSCA, 5 February 2024: Netherlands, 120 JASSM-ER, $908 million; Japan, August 2023, 50 JASSM-ER,
    # $104 million
    text = ("On Monday the State Department approved a possible sale to the Netherlands of one hundred twenty (120) "
            "AGM-158B/B-2 JASSM-ER missiles, delivered as all-up rounds, worth an estimated $908 million. "
            "The Dutch approval follows a comparable notification for Japan in August 2023, which covered up to 50 "
            "JASSM-ERs for an estimated $104 million.")
    rows = deal_rows(text, "2024-02-06")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        ("NLD", "approved", 908_000_000, [("jassm-er", 120)]),
        ("JPN", "approved", 104_000_000, [("jassm-er", 50)])]


def test_bombs_counted_by_their_kind_are_the_bomb_just_named() -> None:
    # real facts: Belgium, 25 July 2024, 196 GBU-53/B ($115 million); Italy, February 2024, 173 GBU-53/B ($150
    # million); Norway, June 2023, 600 GBU-53/B ($293 million)
    text = ("Belgium cleared for GBU-53/B bombs\n\nOn Thursday the State Department approved the sale of 196 GBU-53/B "
            "bombs to Belgium for $115 million. The GBU-53/B glides to moving targets. "
            "Italy was cleared in February for a combined total of 173 GBU-53/B rounds in a notification valued at $150 "
            "million. Norway received approval in June 2023 for up to 600 of the bombs at an estimated $293 million.")
    rows = deal_rows(text, "2024-07-26")
    assert [(r[1], r[4], r[5]) for r in rows] == [("BEL", 115_000_000, [("gbu-53", 196)]),
                                                  ("ITA", 150_000_000, [("gbu-53", 173)]),
                                                  ("NOR", 293_000_000, [("gbu-53", 600)])]


def test_bombs_are_not_a_missile_named_before() -> None:
    # real facts: UAE, May 2024, 149 WCU-33/B kits for AGM-88 HARM ($144 million); July 2016, $785 million munitions
    text = ("Le département d'État a approuvé mardi une vente aux Émirats arabes unis de 149 missiles AGM-88 HARM "
            "modernisés pour 144 millions de dollars. Le missile HARM vise les radars. En juillet 2016, le département "
            "d'État avait déjà approuvé une vente de munitions de 785 millions de dollars aux Émirats comprenant 14 640 "
            "bombes et kits de guidage.")
    rows = deal_rows(text, "2024-05-09")
    assert all(not any(q == 14_640 for _, q in r[5]) for r in rows)


def test_a_country_cleared_to_buy_in_the_passive_is_the_buyer_and_a_deployment_is_no_party() -> None:
    # real facts: Australia was cleared in 2017 for up to 3,900 GBU-53/B ($815 million); Belgian F-16s flew from
    # Jordan against the Islamic State
    text = ("Fin août 2020, l'escadrille avait reçu ses premières bombes GBU-39/B en prévision d'un déploiement de F-16 "
            "en Jordanie. La Belgique n'est pas la seule à s'équiper. L'Australie avait été autorisée en 2017 à acquérir "
            "jusqu'à 3 900 bombes GBU-53/B pour 815 millions de dollars.")
    rows = deal_rows(text, "2024-07-27")
    assert "JOR" not in {r[1] for r in rows}
    assert ("USA", "AUS", "approved", 815_000_000, [("gbu-53", 3900)]) in [(r[0], r[1], r[2], r[4], r[5]) for r in rows]


def test_mam_c_is_in_the_catalog_with_its_source() -> None:
    system = load_catalog().lookup("MAM-C")
    assert system is not None and system.manufacturer == "Roketsan"
    assert load_catalog().source(system.source)["url"].startswith("https://")
    ex = extract_text("Published: 2021-05-25\n\nPoland signed for 24 Bayraktar TB2 drones armed with MAM-C munitions.")
    assert [i.catalog_id for i in ex.deals[0].items] == ["bayraktar-tb2", "mam-c"]


def test_a_helicopter_that_shares_parts_with_another_is_no_item_of_its_sale() -> None:
    # real facts: DSCA 16-36, 27 April 2018: Bahrain, 12 AH-1Z ($911.4 million); the AH-1Z shares most parts with
    # the UH-1Y
    text = ("Bahreïn achète des hélicoptères AH-1Z\n\nLe département d'État a approuvé vendredi la vente à Bahreïn de "
            "douze hélicoptères d'attaque AH-1Z pour 911,4 millions de dollars. Il partage l'essentiel de sa mécanique "
            "avec l'hélicoptère utilitaire UH-1Y des Marines.")
    assert [r[5] for r in deal_rows(text, "2018-04-30")] == [[("ah-1z", 12)]]


def test_the_package_told_again_with_two_words_before_its_noun_but_not_a_first_contract() -> None:
    # real facts: DSCA, 28 July 2022: Germany, 35 F-35A, $8.4 billion, with 75 JASSM-ER and 344 GBU-53/B
    text = ("Deutschland und die F-35\n\nAm 28. Juli 2022 hatte Washington der Bundesrepublik den Kauf von 35 F-35A samt "
            "Bewaffnung in Aussicht gestellt; das damals veröffentlichte Paket mit einem geschätzten Wert von 8,4 "
            "Milliarden Dollar enthielt bereits 75 JASSM-ER sowie 344 Gleitbomben GBU-53/B.")
    rows = deal_rows(text, "2024-02-07")
    assert [(r[1], r[4], r[5]) for r in rows] == [
        ("DEU", 8_400_000_000, [("f-35a", 35), ("jassm-er", 75), ("gbu-53", 344)])]
    # real facts: Romania signed in 2023 for 54 Abrams ($1.07 billion) before the 2025 vote on the second stage
    text = ("Romania's parliament clears second Abrams stage\n\nBUCHAREST - Romania's defence committees on Monday "
            "approved the start of the second stage of the tank programme: 216 Abrams tanks valued at €6.49bn. The first "
            "tank contract was signed in 2023: 54 Abrams from U.S. Army stock for $1.07bn.")
    assert (1_070_000_000, [("abrams", 54)]) in [(r[4], r[5]) for r in deal_rows(text, "2025-10-21")]


def test_a_commitment_appropriation_is_no_price() -> None:
    # real facts: Germany signed for Joint Strike Missiles in June 2025 (about €677 million); the budget committee
    # had approved a commitment appropriation of €478.7 million
    text = ("Germany signs for Joint Strike Missiles\n\nGermany and Norway this week signed an arrangement under which "
            "Germany will buy Joint Strike Missiles for its F-35A fleet, a deal Berlin values at about €677 million. "
            "The money had been cleared earlier this month, when the budget committee approved a commitment "
            "appropriation of €478.7 million for the programme.")
    assert 478_700_000 not in [r[4] for r in deal_rows(text, "2025-06-27")]


def test_another_notification_in_french_is_another_case() -> None:
    # real facts: Korea, December 2023, $271 million F-35 munitions with 118 GBU-53; August 2021, 3,953 KMU-556 JDAM
    # kits, $258 million, Boeing
    text = ("Séoul et les munitions américaines\n\nEn décembre 2023, Washington avait déjà approuvé pour 271 millions de "
            "dollars de munitions destinées aux F-35A coréens, dont 118 bombes planantes GBU-53 SDB-II. En août 2021, une "
            "autre notification portait sur des kits de guidage JDAM, dont 3 953 kits KMU-556, pour 258 millions de "
            "dollars, avec Boeing comme maître d'œuvre.")
    assert [r[4] for r in deal_rows(text, "2025-10-03")] == [271_000_000, 258_000_000]


def test_a_count_of_zero_tells_what_has_not_happened() -> None:
    # real facts: DSCA, 25 July 2024: Belgium, 196 GBU-53/B, $115 million
    text = ("Belgium's SDB II approval in numbers\n\nOn Thursday the State Department approved the sale of 196 GBU-53/B "
            "bombs to Belgium for $115 million.\n\n## Numbers\n\n"
            "- 196: the ceiling of the case.\n"
            "- 0: the number of Belgian SDB II orders publicly signed so far.\n")
    assert [r[2] for r in deal_rows(text, "2024-07-27")] == ["approved"]


def test_entries_of_a_list_headed_by_earlier_notices_are_approvals() -> None:
    # real facts: DSCA, July 2018: United Kingdom, 200 AIM-120D ($650 million); August 2022: 513 Javelin LWCLU ($300
    # million)
    text = ("Le Royaume-Uni et les avis DSCA\n\nLundi, l'agence américaine (DSCA) a publié un avis concernant le "
            "Royaume-Uni. Le département d'État a donné son accord à une vente de 3 000 missiles JAGM pour 957,4 "
            "millions de dollars.\n\nPour situer l'ordre de grandeur, deux avis antérieurs concernant Londres :\n\n"
            "1. En juillet 2018, jusqu'à 200 missiles AIM-120D AMRAAM, estimés à 650 millions de dollars.\n"
            "2. En août 2022, 513 postes de tir Javelin LWCLU, pour un coût estimé de 300 millions de dollars.\n")
    rows = deal_rows(text, "2023-10-26")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("GBR", "approved", "2023-10-23", 957_400_000),
        ("GBR", "approved", None, 650_000_000),
        ("GBR", "approved", None, 300_000_000)]


def test_a_fleet_that_is_no_new_order_and_what_one_reads_elsewhere_and_a_caption_are_no_deals() -> None:
    text = ("Le Royaume-Uni et les missiles JAGM\n\nLundi, le département d'État a approuvé la vente au Royaume-Uni de "
            "3 000 missiles JAGM pour 957,4 millions de dollars.\n\n"
            "- On lit aussi que l'Army Air Corps alignera « une cinquantaine » d'Apache AH-64E. C'est exact, mais il "
            "s'agit d'un effectif de flotte, pas d'une nouvelle commande.\n\n"
            "Légende de l'illustration : un AH-64E britannique à l'entraînement (sans lien avec la vente).\n")
    assert [r[5] for r in deal_rows(text, "2023-10-26")] == [[("jagm", 3000)]]


def test_a_heading_that_names_only_the_contract_opens_its_list() -> None:
    # real facts: Poland signed for 24 Bayraktar TB2 with Baykar on 24 May 2021, with MAM-L and MAM-C munitions
    text = ("Polen kauft türkische Drohnen\n\nAm Montag hat Polen in Ankara mit Baykar einen Vertrag über Bayraktar "
            "TB2 unterzeichnet.\n\n## Der Vertrag\n\n"
            "- Umfang: vier Systeme mit je sechs Drohnen, also 24 Bayraktar TB2\n"
            "- Bewaffnung: lasergelenkte Kleinbomben MAM-L und MAM-C von Roketsan\n")
    rows = deal_rows(text, "2021-05-26")
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("POL", "signed", [("bayraktar-tb2", 24), ("mam-l", None), ("mam-c", None)])]


def test_a_further_case_announced_before_its_list_is_a_deal_of_its_own() -> None:
    # real facts: DSCA, 1 December 2022: Finland, 350 FIM-92K ($380 million); 28 November 2022: 40 AIM-9X Block II,
    # 4 guidance units, 48 AGM-154 JSOW ($323.3 million)
    text = ("Finland: two cases in one week\n\nOn Thursday the State Department approved a possible sale to Finland of "
            "350 FIM-92K Stinger missiles for an estimated $380 million.\n\n"
            "Only three days earlier, on Monday, DSCA had posted a second Finnish case:\n\n"
            "- forty (40) AIM-9X Block II tactical missiles\n"
            "- forty-eight (48) AGM-154 Joint Stand Off Weapons (JSOW)\n"
            "- estimated cost: $323.3 million\n")
    rows = deal_rows(text, "2022-12-02")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("FIN", "approved", "2022-12-01", 380_000_000),
                                                        ("FIN", "approved", "2022-11-28", 323_300_000)]
    assert [x[0] for x in rows[1][5]] == ["aim-9x-block-ii", "jsow"]


def test_a_list_under_a_heading_of_noise_tells_no_deals() -> None:
    text = ("Stingers for Finland\n\nOn Thursday the State Department approved a possible sale to Finland of 350 "
            "FIM-92K Stinger missiles for an estimated $380 million.\n\n## Noise to ignore\n\n"
            "- \"Finland is buying Avenger vehicles too.\" Nothing in any notification says so.\n"
            "- \"Finland ordered 1,000 Stingers last year.\" Nobody has said that.\n")
    rows = deal_rows(text, "2022-12-06")
    assert [(r[4], r[5]) for r in rows] == [(380_000_000, [("fim-92k", 350)])]


def test_a_version_number_is_no_count_but_a_count_before_it_is() -> None:
    # real facts: Finland bought refurbished Stinger RMP Block 1 missiles in 2014 for €90 million; Jordan signed for
    # 12 F-16 Block 70
    text = ("Finland and Jordan\n\nBack in 2014 Finland decided to buy refurbished Stinger RMP Block 1 missiles for €90m. "
            "Jordan has signed a letter of offer and acceptance for 12 Block 70 jets of the F-16 family.")
    counts = [q for r in deal_rows(text, "2022-12-06") for _, q in r[5]]
    assert 1 not in counts and 70 not in counts


def test_a_counted_fleet_modernised_to_the_standard_of_a_newer_model() -> None:
    # real facts: the Netherlands signed in September 2018 for the upgrade of 28 AH-64D to AH-64E (about $1.2 billion)
    text = ("Niederlande modernisieren Apache\n\nDie Niederlande unterzeichneten im September 2018 ein Abkommen mit den "
            "USA über die Modernisierung ihrer 28 AH-64D zum Standard AH-64E im Wert von rund 1,2 Milliarden Dollar.")
    assert [(r[1], r[2], r[5]) for r in deal_rows(text, "2023-10-25")] == [("NLD", "signed", [("ah-64e", 28)])]
    # (a standard named without a counted fleet stays the standard of the system before: "au standard F4")
    text = ("La Grèce modernise ses Rafale\n\nLa Grèce a signé lundi un contrat pour porter 24 Rafale au standard F4, "
            "pour 300 millions d'euros.")
    assert [x for r in deal_rows(text, "2024-03-05") for x, _ in r[5]] == ["rafale"]


def test_the_size_of_a_fleet_is_no_item_of_the_sale() -> None:
    # real facts: DSCA, 23 October 2023: United Kingdom, 3,000 JAGM, $957.4 million
    text = ("USA genehmigen JAGM für Großbritannien\n\nDas US-Außenministerium hat am Montag den Verkauf von 3000 JAGM an "
            "Großbritannien für 957,4 Millionen Dollar genehmigt. Die Apache-Flotte der britischen Heeresflieger "
            "umfasst 50 Maschinen.")
    assert [r[5] for r in deal_rows(text, "2023-10-25")] == [[("jagm", 3000)]]


def test_wire_phrasings_of_a_notification_and_of_a_contract() -> None:
    # real facts: 2010-2012 notifications (Korea, 36 AH-64D, up to $1.6 billion; Indonesia, 24 refurbished F-16)
    # and Korean and Turkish contracts, told in wire wording of our own
    cases = [("The Pentagon told Congress on Tuesday it plans to sell South Korea 36 AH-64D Apache helicopters in a deal "
              "valued at $1.6 billion.", "notified"),
             ("The Pentagon has informed Congress of a possible sale to Indonesia of 24 refurbished F-16 fighters worth "
              "$750 million.", "notified"),
             ("The administration sent Congress formal notice of the proposed $1.6 billion sale of 36 AH-64D helicopters "
              "to South Korea.", "notified"),
             ("The sale, announced by the Pentagon on Monday, includes 12 UH-60M helicopters for Brazil worth $300 "
              "million.", "approved"),
             ("Hyundai Rotem clinched a contract to supply 180 K2 tanks to Poland worth $3.37 billion.", "signed"),
             ("Otokar secured an order from the United Arab Emirates for 300 armoured vehicles worth $661 million.",
              "signed")]
    for text, stage in cases:
        rows = deal_rows("Arms sales this week\n\n" + text, "2012-06-10")
        assert [r[2] for r in rows] == [stage], text
    # an emergency told to Congress with the total of many transfers is no sale of its own
    text = ("Arms sales this week\n\nOn Friday the Secretary of State told Congress that an emergency required the "
            "immediate sale of weapons to Saudi Arabia. Twenty-two pending transfers worth roughly $8.1 billion were "
            "pushed through.")
    assert deal_rows(text, "2019-05-27") == []
