"""Journalistic forms met in session 13 (hold-out sets 68, 70 and 72): prices told in words in any currency,
counts told by a generic noun, one sentence naming purchases from two countries, a U.S. notification told after
a European order, rivals not chosen and families counted apart from their variants.

Texts written for these tests (own wording, real public facts).
"""
from __future__ import annotations

from news_helpers import deal_rows as _rows

from armstrack.normalize.money import find_money


def test_a_price_in_words_takes_any_currency_word() -> None:
    # real facts: Sweden signed for Patriot in August 2018 for about SEK 10 billion
    assert [(m.amount, m.currency) for m in find_money("rund zehn Milliarden Kronen")] == [(10e9, "KR")]
    assert [(m.amount, m.currency) for m in find_money("two billion pounds sterling")] == [(2e9, "GBP")]
    assert [(m.amount, m.currency) for m in find_money("deux milliards de couronnes suédoises")] == [(2e9, "SEK")]
    text = ("Schweden hat den Kauf des Luftverteidigungssystems Patriot besiegelt: Die Behörde FMV hat den Vertrag mit "
            "den Vereinigten Staaten unterzeichnet. Den Wert beziffert die FMV auf rund zehn Milliarden Kronen, "
            "umgerechnet knapp eine Milliarde Euro.")
    rows = _rows(text, "2018-08-11")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("USA", "SWE", "signed", 10e9)]


def test_fire_units_bought_in_a_german_passive_count_the_system() -> None:
    text = ("Schweden hat den Kauf des Luftverteidigungssystems Patriot besiegelt: Die Behörde FMV hat den Vertrag mit "
            "den Vereinigten Staaten unterzeichnet. Beschafft werden vier Feuereinheiten samt Flugkörpern und "
            "Ersatzteilen.")
    assert _rows(text, "2018-08-11")[0][5] == [("patriot", 4)]


def test_an_order_volume_compound_is_the_value() -> None:
    # real facts: Hungary signed for NASAMS with Kongsberg in November 2020 (about EUR 410 million)
    text = ("Ungarn hat am Montag in Budapest den Vertrag über die Lieferung des Luftverteidigungssystems NASAMS "
            "unterzeichnet. Das Auftragsvolumen beläuft sich nach Unternehmensangaben auf 410 Millionen Euro.")
    assert [(r[1], r[2], r[4]) for r in _rows(text, "2020-12-01")] == [("HUN", "signed", 410e6)]


def test_orders_from_makers_of_two_countries_are_two_deals() -> None:
    # real facts: Hungary ordered H225M helicopters from Airbus and Lynx KF41 vehicles from Rheinmetall
    text = ("Ungarn hat in den vergangenen Jahren bereits Hubschrauber vom Typ H225M bei Airbus und Schützenpanzer "
            "vom Typ Lynx KF41 bei Rheinmetall bestellt.")
    rows = _rows(text, "2020-12-01")
    assert sorted((r[0], r[1], r[2], tuple(i for i, _ in r[5])) for r in rows) == [
        ("DEU", "HUN", "signed", ("lynx-kf41",)), ("FRA", "HUN", "signed", ("h225m",))]


def test_a_notification_to_congress_after_a_european_order_is_the_us_sale() -> None:
    # real facts: DSCA approved 60 AMRAAM-ER for Hungary on 8 May 2020 ($230 million)
    text = ("The U.S. State Department on Friday approved a possible sale to Hungary of sixty AMRAAM-ER missiles for "
            "$230 million. Hungary has already ordered Airbus H225M helicopters and Lynx KF41 infantry fighting "
            "vehicles from western European suppliers. Congress was formally notified of the proposed sale on Friday.")
    rows = _rows(text, "2020-05-09")
    assert [(r[0], r[2]) for r in rows] == [("USA", "approved"), ("FRA", "signed"), ("DEU", "signed")]
    assert rows[0][3] == "2020-05-08"


def test_a_likeness_or_an_inference_adds_no_item() -> None:
    text = ("The U.S. State Department on Friday approved a possible sale to Hungary of sixty AMRAAM-ER missiles for "
            "$230 million. Officials have not said which launcher will fire them, but the shopping list points "
            "clearly to NASAMS. Radar software in the package is another hint that a NASAMS-type system is coming.")
    assert _rows(text, "2020-05-09")[0][5] == [("amraam-er", 60)]


def test_the_rival_not_picked_gives_no_seller_and_a_programme_names_its_buyer() -> None:
    # real facts: Sweden picked Patriot over SAMP/T in November 2017; the U.S. approved Poland's Wisla phase one
    # ($10.5 billion) in November 2017
    text = ("Stockholm picked Patriot last November over the Franco-Italian SAMP/T offered by Eurosam.")
    assert [r[0] for r in _rows(text, "2018-02-21")] == ["USA"]
    text = ("Last July the State Department cleared Romania to buy seven Patriot fire units in a package estimated "
            "at $3.9 billion, and in November it approved the first phase of Poland's Wisla programme, an "
            "IBCS-enabled Patriot deal put at $10.5 billion.")
    assert [(r[0], r[1], r[4]) for r in _rows(text, "2018-02-21")] == [("USA", "ROU", 3.9e9), ("USA", "POL", 10.5e9)]
    text = "Korea's arms procurement agency, DAPA, put the value of the Emirati purchase of Cheongung at 4 trillion won."
    assert "KOR" not in [r[1] for r in _rows(text, "2022-01-17")]


def test_a_family_and_its_variant_counted_apart_are_two_items() -> None:
    # real facts: DSCA notified 20 C-130J-30 and five KC-130J for Saudi Arabia in 2012 ($6.7 billion)
    text = ("The State Department approved a possible sale to Saudi Arabia of 20 C-130J-30 transports and five "
            "KC-130J tankers for $6.7 billion.")
    assert _rows(text, "2013-10-22")[0][5] == [("c-130j", 20), ("kc-130j", 5)]
    # ... but not a total and its breakdown
    text = ("Washington approved the possible sale of 18 Super Hornets - ten F/A-18E and eight F/A-18F - to Canada "
            "for $5.23 billion.")
    assert [q for _, q in _rows(text, "2017-09-13")[0][5]] == [10, 8]


def test_an_agreement_entered_into_for_a_service_of_the_buyer_is_a_signing() -> None:
    # real facts: Lockheed Martin announced in October 2013 the FMS of two KC-130J to the Royal Saudi Air Force
    text = ("Lockheed Martin said that it had entered into an agreement with the U.S. government for the Foreign "
            "Military Sale of two KC-130J aerial refuelling tankers to the Royal Saudi Air Force (RSAF).")
    assert [(r[0], r[1], r[2], r[5]) for r in _rows(text, "2013-10-22")] == [
        ("USA", "SAU", "signed", [("kc-130j", 2)])]


def test_the_buyers_fleet_in_a_whose_clause_and_what_it_takes_over_from_are_no_items() -> None:
    # real facts: DSCA approved AIM-9X for Belgium on 15 September 2025 ($567.8 million)
    text = ("The State Department on Monday approved a possible Foreign Military Sale to Belgium of 320 AIM-9X "
            "Sidewinder missiles at an estimated cost of $567.8 million. For Belgium, whose F-35s are gradually "
            "taking over from ageing F-16s, the buy is mainly about stockpile depth.")
    assert _rows(text, "2025-09-17")[0][5] == [("aim-9x", 320)]


def test_an_earlier_contract_told_with_its_year_and_counts_is_its_own_deal() -> None:
    # real facts: Thailand signed for four Gripen E/F in August 2025; its first Gripen contract (2008) covered six
    # Gripen C/D and one Saab 340 AEW
    text = ("Saab said on Monday it had signed a contract with Sweden's FMV for four Gripen E/F fighters for the "
            "Kingdom of Thailand. Its first Gripen contract, signed in 2008 through FMV, covered six Gripen C/D jets "
            "and one Saab 340 airborne early warning aircraft.")
    rows = _rows(text, "2025-08-26")
    assert [(r[0], r[1], r[2], r[5][0][1]) for r in rows] == [("SWE", "THA", "signed", 4), ("SWE", "THA", "signed", 6)]


def test_an_order_won_at_a_price_told_in_two_currencies_is_signed() -> None:
    # real facts: LIG Nex1 won a KRW 3.71 trillion Cheongung-II order from Iraq in September 2024
    text = ("South Korea's LIG Nex1 said it had won a 3.71 trillion won ($2.8 billion) order from Iraq for its "
            "Cheongung-II medium-range surface-to-air missile systems.")
    assert [(r[0], r[1], r[2]) for r in _rows(text, "2024-09-20")] == [("KOR", "IRQ", "signed")]


def test_the_buyers_own_government_giving_the_green_light_is_its_own_step() -> None:
    # real facts: New Zealand's cabinet approved five C-130J-30 on 5 June 2020 (NZ$1.521 billion); the U.S. had
    # approved the sale in November 2019 ($1.4 billion)
    text = ("Die neuseeländische Regierung hat am Freitag grünes Licht für die Beschaffung von fünf Transportflugzeugen "
            "des Typs C-130J-30 Super Hercules gegeben. Das Kabinett billigte dafür ein Projektbudget von 1,521 "
            "Milliarden Neuseeland-Dollar, umgerechnet rund 980 Millionen US-Dollar.")
    rows = _rows(text, "2020-06-06")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("USA", "NZL", "other", "2020-06-05", 1.521e9)]
    # ... but a buyer that obtained the green light for a purchase was approved by the seller
    text = ("En 2012, Washington avait approuvé une vente au Qatar. Le Koweït avait obtenu la même année le feu vert "
            "pour l'achat de quatre-vingts missiles air-air AIM-9X-2 Sidewinder, pour un montant de 105 millions de "
            "dollars.")
    assert [r[2] for r in _rows(text, "2016-11-18") if r[1] == "KWT"] == ["approved"]


def test_dollars_of_other_countries_and_german_billionen() -> None:
    assert [(m.amount, m.currency) for m in find_money("1,521 Milliarden NZ-Dollar")] == [(1.521e9, "NZD")]
    assert [(m.amount, m.currency) for m in find_money("1,5 milliard de dollars néo-zélandais")] == [(1.5e9, "NZD")]
    assert [(m.amount, m.currency) for m in find_money("1,25 Billionen Taiwan-Dollar")] == [(1.25e12, "TWD")]


def test_a_cabinet_decision_to_procure_with_its_cost_then_is_an_earlier_deal() -> None:
    # real facts: New Zealand's cabinet decided in July 2018 to buy four P-8A (NZ$2.346 billion)
    text = ("Die neuseeländische Regierung hat am Freitag grünes Licht für die Beschaffung von fünf C-130J-30 gegeben. "
            "Im Juli 2018 hatte das Kabinett beschlossen, vier Seefernaufklärer vom Typ Boeing P-8A Poseidon zu "
            "beschaffen; Kosten damals: 2,346 Milliarden NZ-Dollar.")
    rows = _rows(text, "2020-06-06")
    assert [(r[2], r[4], r[5]) for r in rows] == [("other", None, [("c-130j", 5)]),
                                                  ("other", 2.346e9, [("p-8a", 4)])]


def test_a_first_aircraft_welcomed_or_handed_over_is_delivered() -> None:
    # real facts: the RNZAF welcomed its first C-130J-30 at Whenuapai on 10 September 2024
    text = ("La Royal New Zealand Air Force a accueilli mardi, lors d'une cérémonie à Whenuapai, le premier de ses "
            "cinq nouveaux Lockheed Martin C-130J-30 Super Hercules.")
    assert [(r[1], r[2], r[3]) for r in _rows(text, "2024-09-11")] == [("NZL", "delivered", "2024-09-10")]


def test_two_neighbours_signing_together_are_two_buyers() -> None:
    # real facts: Estonia and Latvia signed with Diehl Defence for IRIS-T SLM on 11 September 2023
    text = ("For three decades the skies over Estonia and Latvia have been guarded by other people's aircraft. On "
            "Monday the two Baltic neighbours took a large step, signing a contract with Germany's Diehl Defence for "
            "the IRIS-T SLM medium-range air defence system.")
    rows = _rows(text, "2023-09-12")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("DEU", "EST", "signed", "2023-09-11"),
                                                        ("DEU", "LVA", "signed", "2023-09-11")]


def test_a_purchase_for_the_makers_own_forces_is_no_export() -> None:
    text = ("Germany paid for two IRIS-T SLM fire units for Kyiv and delivered them to the Ukrainian air force. In June "
            "the German parliament's budget committee approved some EUR 950 million for six IRIS-T SLM units for the "
            "Luftwaffe's own use.")
    assert [(r[1], r[2]) for r in _rows(text, "2023-09-12")] == [("UKR", "delivered")]


def test_french_approval_given_or_validated_is_approved() -> None:
    # real facts: DSCA approved M903 launchers for the Netherlands on 29 August 2024 ($224 million) and a Patriot
    # recapitalisation of four fire units in September 2018 ($105 million)
    text = ("Les États-Unis ont donné jeudi leur accord de principe à une nouvelle commande néerlandaise pour le système "
            "Patriot. Le département d'État a approuvé la vente possible de deux lanceurs M903 neufs, pour un montant "
            "estimé à 224 millions de dollars. Quatre ans plus tôt, en septembre 2018, la DSCA avait validé la remise "
            "à niveau de quatre unités de tir Patriot néerlandaises, pour 105 millions de dollars.")
    rows = _rows(text, "2024-08-31")
    assert [(r[2], r[4]) for r in rows] == [("approved", 224e6), ("approved", 105e6)]


def test_a_rival_promoted_after_a_us_sale_joins_it_not() -> None:
    text = ("Le département d'État a approuvé la vente possible de deux lanceurs M903 neufs aux Pays-Bas, pour un "
            "montant estimé à 224 millions de dollars. "
            "Quatre ans plus tôt, en septembre 2018, la DSCA avait validé la remise à niveau de quatre unités de tir "
            "Patriot néerlandaises, pour 105 millions de dollars. L'annonce intervient alors que la France et l'Italie "
            "multiplient les démarches en faveur de leur propre système. En juillet, les ministres de la Défense des "
            "deux pays ont écrit à leurs homologues européens pour vanter le SAMP/T de nouvelle génération, présenté comme plus "
            "performant que le Patriot.")
    assert [i for i, _ in _rows(text, "2024-08-31")[1][5]] == ["patriot"]


def test_the_government_that_priced_a_deal_is_no_party() -> None:
    # real facts: Norway chose at least five Type 26 frigates from BAE Systems (about GBP 10 billion, per the UK)
    text = ("Bereits am Montag hatte Washington den Weg für den Verkauf von 816 Gleitbomben GBU-39/B an Norwegen frei "
            "gemacht. Dieses Paket hat einen geschätzten Wert von 113 Millionen Dollar. Norwegen kauft zudem mindestens "
            "fünf Fregatten vom britischen Typ 26 des Herstellers BAE Systems. Die britische Regierung bezifferte den "
            "Wert auf zehn Milliarden Pfund.")
    assert "GBR" not in [r[1] for r in _rows(text, "2025-09-05")]


def test_counted_components_the_catalog_does_not_name_are_items() -> None:
    # real facts: DSCA approved AIM-9X for Belgium on 15 September 2025 (50 Block II and 30 Block II+ tactical
    # guidance units among the items)
    text = ("The State Department on Monday approved a possible Foreign Military Sale to Belgium at an estimated cost "
            "of $567.8 million. The notice covers up to 320 AIM-9X Block II tactical missiles, 50 Block II tactical "
            "guidance units and 30 Block II+ guidance units, together with missile containers.")
    items = [(i.system, i.quantity, i.catalog_id) for i in
             __import__("armstrack").extract_text("Published: 2025-09-17\n\n" + text).deals[0].items]
    assert ("Block II tactical guidance unit", 50, None) in items
    assert ("Block II+ guidance unit", 30, None) in items
    # the number of a designation counts nothing: "MK-48 Mod 7 Advanced Technology conversion kits"
    text = ("In 2014, Washington cleared Canada to buy 12 MK-48 Mod 7 Advanced Technology conversion kits for an "
            "estimated $41 million.")
    assert all(q != 7 for _, q in _rows(text, "2020-07-14")[0][5])


def test_a_delivery_taken_in_possession_then_the_order_and_its_price() -> None:
    # real facts: the Hellenic Navy took its first three MH-60R on 20 March 2024; Greece ordered seven in two lots
    # (2020, 2021)
    text = ("La marine grecque a officiellement pris possession mercredi de ses trois premiers hélicoptères Sikorsky "
            "MH-60R Seahawk. La Grèce a commandé ses sept « Romeo » en deux lots, en 2020 puis en 2021. L'ensemble "
            "représente un montant estimé à 600 millions d'euros.")
    rows = _rows(text, "2024-03-21")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("GRC", "delivered", "2024-03-20", None),
                                                        ("GRC", "signed", None, 600e6)]


def test_a_variant_named_by_its_suffix_is_an_item_of_its_own() -> None:
    # real facts: the AIM-9X case for Belgium (September 2025) lists Block II and Block II+ missiles
    text = ("The State Department on Monday approved a possible Foreign Military Sale to Belgium at an estimated cost "
            "of $567.8 million. The notice covers up to 320 AIM-9X Block II tactical missiles and 258 of the newer "
            "Block II+ variant.")
    items = __import__("armstrack").extract_text("Published: 2025-09-17\n\n" + text).deals[0].items
    assert [(i.system, i.quantity) for i in items][1:] == [("AIM-9X Block II+", 258)]


def test_buying_floated_by_politicians_adds_no_item() -> None:
    text = ("The State Department on Monday approved a possible Foreign Military Sale to Belgium of 320 AIM-9X "
            "Sidewinder missiles at an estimated cost of $567.8 million. Belgian politicians have floated buying "
            "additional F-35s beyond the jets already on order.")
    assert _rows(text, "2025-09-17")[0][5] == [("aim-9x", 320)]


def test_a_further_priced_case_of_a_batch_and_a_maker_named_as_a_modifier() -> None:
    # real facts: on 17 December 2025 DSCA published eight Taiwan cases, among them $4.05 billion for 82 HIMARS and
    # 420 ATACMS and $4.03 billion for 60 M109A7; in June 2024 it had cleared 291 ALTIUS 600M-V ($300 million)
    text = ("The State Department on Wednesday approved the possible sale to Taiwan of ALTIUS-700M loitering "
            "munitions, a $1.1 billion package. A $4.05 billion request covers 82 M142 HIMARS launchers and 420 M57 "
            "ATACMS missiles. A further $4.03 billion is earmarked for 60 M109A7 self-propelled howitzers. Taipei is "
            "already a customer. In June 2024 Washington cleared up to 291 ALTIUS 600M-V systems for an estimated "
            "$300 million, the first time the Anduril drones were offered to the island.")
    rows = _rows(text, "2025-12-18")
    assert [r[4] for r in rows] == [1.1e9, 4.05e9, 4.03e9, 300e6]
    assert rows[2][5] == [("m109a7", 60)]


def test_the_same_number_again_counts_the_item() -> None:
    # real facts: DSCA notified 96 AN/APG-82(V)1 radars and 96 ADCP II computers for Korea's F-15K upgrade (2023)
    text = ("The State Department approved a possible sale to South Korea of 96 AN/APG-82 radars and the same number of "
            "Advanced Display Core Processor II mission computers for $6.2 billion.")
    assert [q for _, q in _rows(text, "2023-12-01")[0][5]] == [96, 96]
    text = ("Le département d'État a approuvé la vente au Canada de 26 HIMARS pour 1,75 milliard de dollars. Le paquet "
            "comprend 64 missiles ATACMS, 132 nacelles de roquettes guidées M31A2 et autant de nacelles M30A2.")
    assert _rows(text, "2025-09-20")[0][5][-1] == ("m30a2", 132)


def test_a_headline_counts_the_one_item_the_body_leaves_uncounted() -> None:
    # real facts: DSCA approved Stryker vehicles for Bulgaria in 2023 (183 in the notice)
    text = ("Washington ouvre la voie à 183 Stryker pour l'armée bulgare\n\n"
            "Le département d'État a approuvé une vente possible de véhicules blindés Stryker à la Bulgarie, pour un "
            "montant estimé à 1,5 milliard de dollars.")
    assert _rows(text, "2023-09-02")[0][5] == [("stryker", 183)]


def test_more_stage_forms_said_yes_a_decision_announced_a_notice_sent_to_congress() -> None:
    # real facts: the U.S. approved twelve AH-1Z for Nigeria in April 2022 ($997 million); the Czech Republic
    # announced its choice of eight UH-1Y and four AH-1Z on 22 August 2019 (CZK 14.5 billion); a notice of 30 UH-1N
    # for Hungary was sent to Congress on 6 December 2011
    text = ("Washington has approved twelve AH-1Z helicopters for Nigeria. Last Thursday Washington finally said yes. "
            "The package is worth $997 million.")
    assert [(r[2], r[3]) for r in _rows(text, "2022-04-20")] == [("approved", "2022-04-14")]
    text = ("Die Entscheidung wurde am Donnerstag auf dem Stützpunkt Náměšť verkündet: Tschechien will acht "
            "Mehrzweckhubschrauber UH-1Y Venom und vier Kampfhubschrauber AH-1Z Viper des US-Herstellers Bell kaufen.")
    assert [(r[2], r[3]) for r in _rows(text, "2019-08-23")] == [("other", "2019-08-22")]
    text = ("The background is a notice sent to the US Congress on 6 December, for 30 UH-1N helicopters for Hungary "
            "worth $10 million.")
    assert [(r[2], r[3]) for r in _rows(text, "2012-01-15")] == [("notified", "2011-12-06")]


def test_the_munitions_part_and_a_system_bought_after_a_price_with_d_environ() -> None:
    # real facts: the Swedish Patriot case (DSCA, February 2018) lists 100 GEM-T and 200 PAC-3 MSE; Latvia signed an
    # order of about EUR 600 million for IRIS-T SLM with Diehl Defence on 30 November 2023
    text = ("Le département d'État a approuvé la vente possible de systèmes Patriot à la Suède pour 3,2 milliards de "
            "dollars. Le volet munitions est conséquent : cent missiles MIM-104E GEM-T et deux cents intercepteurs "
            "PAC-3 MSE.")
    assert _rows(text, "2018-02-21")[0][5][-2:] == [("pac-2-gem-t", 100), ("pac-3-mse", 200)]
    text = ("Riga a signé le jeudi 30 novembre avec l'industriel allemand Diehl Defence un bon de commande d'environ "
            "600 millions d'euros (quelque 650 millions de dollars) pour le système de défense aérienne IRIS-T SLM.")
    assert [(r[0], r[1], r[5]) for r in _rows(text, "2023-12-05")] == [("DEU", "LVA", [("iris-t-slm", None)])]


def test_a_weekday_turn_sentence_dates_the_sale_told_next() -> None:
    # real facts: DSCA approved AIM-9X for Belgium on 15 September 2025 and AIM-120C-8 for the Netherlands on the 16th
    text = ("The State Department on Monday approved a sale to Belgium of AIM-9X missiles for $567.8 million. On "
            "Tuesday it was the Netherlands' turn. DSCA said the State Department had cleared up to 232 AIM-120C-8 "
            "missiles for an estimated $570 million.")
    assert [(r[1], r[3]) for r in _rows(text, "2025-09-17")] == [("BEL", "2025-09-15"), ("NLD", "2025-09-16")]


def test_a_count_before_a_maker_written_with_an_ampersand() -> None:
    # real facts: the KC-46A case for Japan (2020) lists up to 18 Pratt & Whitney PW4062 engines
    from armstrack.extract.news_fields import _quantity
    text = "The notification also lists up to 18 Pratt & Whitney PW4062 turbofan engines."
    assert _quantity(text, text.index("PW4062"))[:2] == (18, "up to")
