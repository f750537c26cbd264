"""Forms met in session 19 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text


def test_a330_mrtt_tankers_come_from_spain() -> None:
    # real facts: South Korea picked four A330 MRTT in June 2015; the airframes are converted at Getafe, Spain
    text = "Seoul signed on 30 June 2015 for four A330 MRTT tankers, built by Airbus Defence and Space."
    rows = deal_rows(text, "2015-07-02")
    assert [(r[0], r[1]) for r in rows] == [("ESP", "KOR")]


def test_the_system_chosen_over_a_rival_keeps_the_deal_and_the_loser_is_no_contractor() -> None:
    # real facts: South Korea picked four A330 MRTT on 30 June 2015 (1.488 trillion won) over Boeing's KC-46A
    text = ("Seoul picks Airbus tanker in $1.33bn programme\n\n"
            "SEOUL — South Korea on Tuesday chose the Airbus A330 MRTT as its first aerial refuelling aircraft, "
            "handing the European maker a victory over Boeing.\n\n"
            "The procurement agency said its committee had selected the Airbus Defence and Space tanker over Boeing's "
            "KC-46A and an Israeli 767-based proposal. The programme covers four aircraft and is worth 1.488 trillion "
            "won ($1.33 billion).")
    rows = deal_rows(text, "2015-07-01")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("ESP", "KOR", 1_488_000_000_000, [("a330-mrtt", 4)])]
    deal = extract_text(text, published="2015-07-01").deals[0]
    assert [c.name for c in deal.contractors] == ["Airbus Defence and Space"]


def test_what_the_agency_release_covers_is_an_approval_and_also_a_priced_case_is_another() -> None:
    # real facts: DSCA, 24 May 2019 (emergency certification): UAE, 20,004 APKWS II rounds ($900 million), 331 Javelin
    # missiles ($102 million), 20 RQ-21A Blackjack ($80 million)
    text = ("Look at the biggest of the Emirati cases. The agency's release describes a possible sale of 20,004 APKWS II "
            "rounds, with an estimated case value of $900 million. The same Friday batch of releases covered 331 "
            "Javelin missiles for the Emirates, valued at $102 million. There was also an $80 million case for 20 "
            "RQ-21A Blackjack drones.")
    rows = deal_rows(text, "2019-05-28")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        ("USA", "ARE", "approved", 900_000_000, [("apkws", 20_004)]),
        ("USA", "ARE", "approved", 102_000_000, [("javelin", 331)]),
        ("USA", "ARE", "approved", 80_000_000, [("rq-21", 20)])]


def test_what_the_agency_lets_a_buyer_buy_is_an_approval_in_french_and_german() -> None:
    # real facts: DSCA, 24 May 2019: UAE, 331 Javelin missiles, $102 million; DSCA, 20 August 2019: Taiwan, 66 F-16
    # Block 70 aircraft, $8 billion
    fr = ("Selon l'agence américaine DSCA, Abou Dhabi pourra acquérir 331 missiles antichars Javelin, pour une valeur "
          "estimée à 102 millions de dollars.")
    assert [(r[1], r[2], r[4]) for r in deal_rows(fr, "2019-05-27")] == [("ARE", "approved", 102_000_000)]
    de = "Taiwan darf 66 Kampfjets vom Typ F-16 Block 70 für acht Milliarden Dollar kaufen, teilte die DSCA mit."
    assert [(r[1], r[2]) for r in deal_rows(de, "2019-08-21")] == [("TWN", "approved")]


def test_a_comma_after_et_still_opens_the_next_clause() -> None:
    # real facts: DSCA, 24 May 2019: UAE, 331 Javelin missiles ($102 million); Saudi Arabia, F-15 support
    text = ("Selon la DSCA, Abou Dhabi pourra acquérir des roquettes APKWS pour 900 millions de dollars. S'y ajoutent 331 "
            "missiles antichars Javelin, pour 102 millions de dollars, et, côté saoudien, des pièces pour les F-15.")
    rows = deal_rows(text, "2019-05-27")
    assert ("ARE", 102_000_000, [("javelin", 331)]) in [(r[1], r[4], r[5]) for r in rows]


def test_a_modal_weighing_a_reason_does_not_hedge_the_approval_told_after_it() -> None:
    # real facts: DSCA, 28 December 2022: Taiwan, Volcano mine-laying systems, $180 million
    text = ("That may be why the State Department's decision on Wednesday to approve a $180 million sale of Volcano "
            "mine-laying systems to Taiwan drew little notice.")
    rows = deal_rows(text, "2022-12-30")
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows] == [("TWN", "approved", "2022-12-28", 180_000_000,
                                                               [("volcano", None)])]
    assert deal_rows("Officials said the sale could be signed next year.", "2022-12-30") == []


def test_volcano_is_the_mine_system_only_with_its_capital() -> None:
    from armstrack.normalize.catalog import load_catalog
    cat = load_catalog()
    assert [x.id for _, _, x in cat.find_in("The Volcano buy is small")] == ["volcano"]
    assert [x.id for _, _, x in cat.find_in("ash from the volcano closed the airbase")] == []


def test_ammunition_named_by_a_vehicle_designation_and_items_after_a_pronoun_object() -> None:
    # real facts: DSCA, 28 December 2022: Taiwan, Volcano systems, M977A4 HEMTT trucks, M87A1 anti-tank munitions,
    # M88 and M89 training munitions; DSCA 2025: Taiwan, 60 M109A7 with 60 M992A3 ammunition carriers
    text = ("The State Department approved a $180 million sale to Taiwan covering Volcano mine-laying systems, M977A4 "
            "HEMTT trucks to carry them, M87A1 anti-tank munitions, and M88 and M89 training rounds.")
    items = deal_rows(text, "2022-12-30")[0][5]
    assert ("m87a1", None) in items and not any(k == "m88" for k, _ in items)
    carriers = "Taiwan was cleared to buy 60 M109A7 howitzers with 60 M992A3 ammunition carriers for $4.03 billion."
    assert ("m992-faasv", 60) in deal_rows(carriers, "2025-12-20")[0][5]


def test_a_clause_of_listed_cases_names_a_member_once() -> None:
    # real facts: Taiwan: Volcano systems, $180 million (December 2022); 108 M1A2T Abrams, about $2 billion (2019)
    text = ("In December 2022 the United States cleared Volcano mine-laying systems for Taiwan for $180 million, and "
            "back in 2019 it approved 108 M1A2T Abrams tanks for about $2 billion.")
    rows = deal_rows(text, "2025-12-20")
    assert [(r[4], r[5]) for r in rows] == [(180_000_000, [("volcano", None)]), (2_000_000_000, [("m1a2", 108)])]


def test_what_a_package_keeps_in_service_is_its_item_and_what_is_lacking_is_not() -> None:
    # real facts: DSCA, 9 April 2024: Ukraine, HAWK Phase III sustainment, $138 million, RTX
    text = ("Mardi dernier, le département d'État a approuvé la vente à l'Ukraine, pour 138 millions de dollars, de "
            "prestations destinées à maintenir en service ses batteries antiaériennes HAWK. Faute de Patriot "
            "disponibles, les alliés recyclent ce qu'ils ont.")
    rows = deal_rows(text, "2024-04-11")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [("UKR", "approved", 138_000_000, [("hawk", None)])]


def test_a_fact_box_belongs_to_the_deal_of_the_system_it_names() -> None:
    # real facts: DSCA, 21 February 2018: Kuwait, four King Air 350ER ISR aircraft, Sierra Nevada Corporation;
    # DSCA, 17 November 2016: Kuwait, 32 F/A-18E and 8 F/A-18F, $10.1 billion
    text = ("Washington on Wednesday approved a possible sale to Kuwait of four King Air 350ER surveillance aircraft "
            "for $259 million.\n\n"
            "It follows the Super Hornet package cleared in November 2016, when the State Department approved a $10.1 "
            "billion sale of 32 F/A-18E and eight F/A-18F fighters to Kuwait.\n\n"
            "FACT BOX\nAircraft: Beechcraft King Air 350ER ISR\nQuantity: 4\nPrime contractor: Sierra Nevada Corporation")
    deals = extract_text(text, published="2018-02-22").deals
    assert [([i.catalog_id for i in d.items][:1], [c.name for c in d.contractors]) for d in deals] == [
        (["king-air-350"], ["Sierra Nevada Corporation"]), (["fa-18e"], [])]


def test_awacs_variants_and_their_upgrade_counts() -> None:
    # real facts: DSCA 08-102, 26 September 2008: France, Block 40/45 upgrade of four E-3F, $400 million; Boeing
    # delivered the first upgraded E-3F on 17 July 2014; DSCA 13-43, 26 September 2013: Japan, E-767 AWACS mission
    # computing upgrade, $950 million
    fr = ("En septembre 2008, Washington avait autorisé la mise au standard Block 40/45 des quatre E-3F français, pour "
          "un montant estimé à 400 millions de dollars.")
    assert [(r[1], r[4], r[5]) for r in deal_rows(fr, "2019-07-01")] == [("FRA", 400_000_000, [("e-3", 4)])]
    en = "Boeing said on Monday that it had delivered France's first modernised E-3F on July 17."
    assert [(r[1], r[2], r[3], r[5]) for r in deal_rows(en, "2014-07-22")] == [
        ("FRA", "delivered", "2014-07-17", [("e-3", None)])]
    de = ("Im September 2013 genehmigte Washington für 950 Millionen Dollar eine Modernisierung der Missionsrechner "
          "der japanischen E-767-Frühwarnflugzeuge (AWACS).")
    assert [(r[1], r[5]) for r in deal_rows(de, "2015-05-06")] == [("JPN", [("e-767", None)])]


def test_a_fleet_flown_alongside_is_no_item() -> None:
    # real facts: DSCA, 2016: Saudi Arabia, 20 C-130J-30 and 5 KC-130J, $6.7 billion; the RSAF flies KE-3A tankers
    text = ("The State Department has notified Congress of a $6.7 billion sale of 20 C-130J-30 and five KC-130J to Saudi "
            "Arabia. The kingdom still flies around 50 earlier-model C-130s, including a handful of KC-130H tankers, "
            "alongside Boeing KE-3A tankers derived from the 707 airliner.")
    assert [r[5] for r in deal_rows(text, "2016-06-02")] == [[("c-130j", 20), ("kc-130j", 5)]]


def test_le_choix_annonce_is_the_selection() -> None:
    # real facts: South Korea's DAPA picked the Airbus A330 MRTT on 30 June 2015
    text = "La DAPA a annoncé mardi le choix de l'Airbus A330 MRTT pour doter l'armée de l'air sud-coréenne de ravitailleurs."
    assert [(r[0], r[1], r[2], r[3]) for r in deal_rows(text, "2015-07-02")] == [("ESP", "KOR", "other", "2015-06-30")]


def test_a_count_of_this_type_names_the_system_just_told() -> None:
    # real facts: DSCA, 24 May 2019: UAE, 20,004 APKWS II rounds, $900 million (the text prints 2 004: a press error)
    text = ("Le plus gros dossier émirien porte sur des roquettes à guidage laser APKWS. Selon la DSCA, Abou Dhabi "
            "pourra acquérir 2 004 roquettes guidées de ce type, pour une valeur estimée à 900 millions de dollars.")
    assert [(r[1], r[4], r[5]) for r in deal_rows(text, "2019-05-27")] == [("ARE", 900_000_000, [("apkws", 2004)])]
    ex = extract_text(text, published="2019-05-27")
    assert [(c.attribute, c.verdict) for c in ex.claims if c.attribute == "quantity"] == [("quantity", "contradicted")]


def test_a_further_case_in_the_same_sentence_is_at_the_stage_of_the_case_before() -> None:
    # real facts: DSCA, 24 May 2019: UAE, 20 RQ-21A Blackjack ($80 million); Saudi Arabia, aircraft follow-on support
    # ($1.8 billion)
    text = ("On Friday the State Department approved an $80 million case for 20 RQ-21A Blackjack drones for the "
            "Emirates, and a further $1.8 billion in spares and support for Saudi Arabia's F-15 jets.")
    rows = deal_rows(text, "2019-05-28")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("ARE", "approved", "2019-05-24", 80_000_000),
                                                         ("SAU", "approved", "2019-05-24", 1_800_000_000)]


def test_a_designation_the_catalog_files_under_a_class_is_named_as_written() -> None:
    # real facts: DSCA 14-11, 12 August 2014: Saudi Arabia, AWACS mission computing upgrade with AN/UPX-40 Next
    # Generation IFF, about $2 billion
    text = ("The State Department approved a possible sale to Saudi Arabia of five AWACS mission computing upgrades and "
            "twenty AN/UPX-40 Next Generation IFF systems for an estimated $2 billion.")
    deal = extract_text(text, published="2014-08-14").deals[0]
    assert ("AN/UPX-40", None, 20) in [(i.system, i.catalog_id, i.quantity) for i in deal.items]
