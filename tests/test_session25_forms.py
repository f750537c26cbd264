"""Forms met in session 25: a buyer's choice told in French, German and English, deliveries told by other verbs, a
signature announced, a company's books, a catalog alias too plain to name a system (texts of our own wording, real
facts)."""
from __future__ import annotations

import pytest
from news_helpers import deal_rows

from armstrack.extract.stage import read_stage


@pytest.mark.parametrize(("sentence", "stage"), [
    ("Canberra a sélectionné mardi la frégate Mogami améliorée de Mitsubishi Heavy Industries.", "other"),
    ("La frégate Mogami améliorée a été retenue mardi par le gouvernement australien.", "other"),
    ("La frégate Mogami améliorée a été choisie par Canberra pour le programme SEA 3000.", "other"),
    ("Le gouvernement australien a désigné la Mogami améliorée comme plateforme retenue pour SEA 3000.", "other"),
    ("Bei der Marine fiel die Wahl schließlich auf die Mogami-Fregatte von Mitsubishi Heavy Industries.", "other"),
    ("Poland named Saab's A26 as its preferred submarine for the Orka programme on Wednesday.", "other"),
    ("Ende 2020 übernahm Ungarn die ersten Gidrán-Fahrzeuge aus der Türkei.", "delivered"),
    ("Im Juli übernahm die israelische Marine die letzten beiden von vier Korvetten der Sa'ar-6-Klasse.", "delivered"),
    ("Die ersten sechs J-10CE aus China landeten am 4. März 2022 auf dem Stützpunkt Kamra.", "delivered"),
    ("Dès août 2023, l'armée avait reçu ses vingt premiers véhicules tactiques Cobra II.", "delivered"),
    ("The United Kingdom has sent 32 AS90 self-propelled howitzers to Ukraine.", "delivered"),
    ("Boeing completed deliveries of the four Peace Eye airborne early warning aircraft in 2012.", "delivered"),
    ("Denmark followed in September 2024 with an order for 16 turrets for its Piranha V fleet.", "signed"),
    ("Am 27. September 2024 folgte Dänemark mit einem Vertrag über 16 Skyranger-30-Türme.", "signed"),
    ("Le Danemark a suivi en septembre 2024 avec une commande de seize tourelles.", "signed"),
    ("Sa première vente ne remonte qu'au contrat d'environ 100 millions de dollars conclu en août 2020.", "signed"),
    ("Le ministère a conclu un contrat avec Naval Group pour quatre corvettes.", "signed"),
    ("Washington informed lawmakers of that earlier sale in September 2010.", "notified"),
    ("Le département d'État a informé le Congrès de la vente mardi.", "notified"),
    ("Das Außenministerium unterrichtete den Kongress am Dienstag über den Verkauf.", "notified"),
])
def test_new_wordings_tell_their_stage(sentence: str, stage: str) -> None:
    # a buyer's choice, deliveries, signatures ("ne … que" is no negation) and notifications told by other words
    cue, hedged = read_stage(sentence)
    assert cue is not None and cue.stage == stage and not hedged


@pytest.mark.parametrize("sentence", [
    # (an adjective "retenue" or "retenus" is no choice: "la version retenue est terrestre", "les chiffres retenus")
    "La version retenue par Taipei est terrestre.",
    "Les chiffres désormais retenus par les spécialistes sont ceux de 36 canons.",
])
def test_a_participle_used_as_an_adjective_is_no_choice(sentence: str) -> None:
    assert read_stage(sentence)[0] is None


@pytest.mark.parametrize("sentence", [
    "Der Konzern übernahm die Führung des Konsortiums.",
    "The ministry has sent a letter to the manufacturer.",
])
def test_taking_the_lead_or_sending_a_letter_is_no_delivery(sentence: str) -> None:
    cue, _ = read_stage(sentence)
    assert cue is None or cue.stage != "delivered"


def test_a_signature_announced_in_french_is_a_contract() -> None:
    # real facts: Sweden's FMV signed for twelve more UH-60M Black Hawks through FMS in 2024
    text = ("La Suède signe pour douze Black Hawk de plus\n\n"
            "L'agence suédoise d'acquisition FMV a annoncé lundi la signature d'un accord avec les États-Unis portant "
            "sur douze hélicoptères UH-60M Black Hawk.")
    rows = deal_rows(text, "2024-07-12")
    assert [(r[0], r[1], r[2]) for r in rows] == [("USA", "SWE", "signed")]
    assert rows[0][5] == [("uh-60m", 12)]


def test_a_companys_backlog_or_operating_result_is_no_deal_value() -> None:
    # real facts: Denmark ordered 16 Skyranger 30 turrets in September 2024; Rheinmetall's backlog was about
    # €64 billion in 2025
    text = ("Rheinmetall books another air-defence order\n\n"
            "Denmark signed a contract with Rheinmetall on 27 September 2024 for 16 Skyranger 30 turrets. The group's "
            "order backlog reached about 64 billion euros, and its operating result rose to 835 million euros.")
    rows = deal_rows(text, "2025-12-12")
    assert [(r[1], r[4]) for r in rows] == [("DNK", None)]
    # (the price of the contract itself stays its value)
    text = ("Rheinmetall books another air-defence order\n\n"
            "Denmark signed a contract with Rheinmetall on 27 September 2024 for 16 Skyranger 30 turrets worth "
            "200 million euros.")
    assert [(r[1], r[4]) for r in deal_rows(text, "2025-12-12")] == [("DNK", 200_000_000)]


def test_plain_words_fire_control_and_communications_name_no_thaad_part() -> None:
    from armstrack.normalize.catalog import load_catalog
    cat = load_catalog()
    text = "with Danish firm Terma integrating radars, fire control and communications into a complete system"
    assert all(x.id != "thaad-tfcc" for _, _, x in cat.find_in(text))
    assert cat.lookup("THAAD Fire Control and Communications") is not None


def test_a_maker_following_with_a_contract_is_no_buyer_signing() -> None:
    # (the maker as the subject: "folgte KAI mit einem Vertrag", the deal in focus goes on)
    assert read_stage("Im September folgte KAI mit einem Vertrag über 48 FA-50.")[0] is None


def test_a_count_of_systems_takes_the_articles_system() -> None:
    # real facts: Austria ordered 36 Skyranger 30 for its Pandur Evo vehicles in February 2024; the Netherlands
    # signed for 22 in December 2025
    text = ("Netherlands signs for Skyranger 30 air defence\n\n"
            "The Netherlands signed a contract with Rheinmetall on Thursday for 22 Skyranger 30 air defence systems. "
            "The Skyranger 30 pairs a radar with a 30 mm revolver cannon.\n\n"
            "Austria had ordered 36 systems for its Pandur Evo vehicles in February 2024.")
    rows = deal_rows(text, "2025-12-12")
    assert [(r[1], r[2], r[5]) for r in rows] == [("NLD", "signed", [("skyranger", 22)]),
                                                  ("AUT", "signed", [("skyranger", 36)])]


def test_order_intake_and_a_wider_plan_are_no_price_and_papers_for_ships_buy_them() -> None:
    # real facts: Australia signed for the first three upgraded Mogami-class frigates with Japan in 2026; MHI's
    # order intake (¥5,029.1 billion for nine months) and Australia's A$55 billion surface-fleet plan
    text = ("Frigate contracts give Mitsubishi Heavy its first warship export\n\n"
            "Australia signed the paperwork for the first three upgraded Mogami-class frigates with Japan on Saturday. "
            "MHI reported that order intake for the nine months to December rose 12.6% to ¥5,029.1 billion. "
            "Australia's frigate buy sits inside a wider A$55 billion plan to enlarge the navy's surface fleet.")
    rows = deal_rows(text, "2026-04-20")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("JPN", "AUS", "signed", None, [("mogami-class", 3)])]
    # (missiles "for the first three frigates" still arm ships, they buy none)
    text = ("Navy buys missiles for its frigates\n\n"
            "Australia signed a contract on Saturday for 40 missiles for the first three Mogami-class frigates.")
    assert all(item[0] != "mogami-class" for r in deal_rows(text, "2026-04-20") for item in r[5])


def test_australias_hunter_frigates_and_attack_class_submarines_are_in_the_catalog() -> None:
    from armstrack.normalize.catalog import load_catalog
    cat = load_catalog()
    hunter, attack = cat.lookup("Hunter-class frigate"), cat.lookup("Shortfin Barracuda")
    assert hunter is not None and hunter.parent == "type-26" and hunter.source
    assert attack is not None and attack.manufacturer == "Naval Group" and attack.source
    found = {x.id for _, _, x in cat.find_in("douze sous-marins de la classe Attack et neuf frégates Hunter")}
    assert found == {"attack-class", "hunter-class"}
    # (a "fast attack class" of boats is no Attack-class submarine)
    assert "attack-class" not in {x.id for _, _, x in cat.find_in("a fast attack class of patrol boats")}


def test_the_firm_that_concluded_a_contract_for_unnamed_radars_sells() -> None:
    # real facts: Japan's first export of complete equipment, four Mitsubishi Electric air-surveillance radars for the
    # Philippines, about $100 million, August 2020; France's Naval Group had won Australia's submarine programme
    text = ("Japan's frigate win comes after a modest start\n\n"
            "En avril 2016, l'Australie avait retenu Naval Group pour douze sous-marins de la classe Attack. "
            "Le Japon part de loin : sa première vente ne remonte qu'au contrat d'environ 100 millions de dollars "
            "conclu en août 2020 par Mitsubishi Electric pour quatre radars de surveillance aérienne destinés aux "
            "Philippines.")
    rows = deal_rows(text, "2026-04-20")
    assert ("JPN", "PHL", "signed", None, 100_000_000, []) in rows
    assert all(r[1] != "PHL" or r[0] == "JPN" for r in rows)


def test_a_range_of_estimates_is_no_price_and_a_fleet_phased_out_is_no_item() -> None:
    # real facts: the Netherlands signed for 12 H225M Caracal on 5 November 2024 (price not disclosed; the project was
    # budgeted at 1 to 2.5 billion euros); Sweden's UH-60M order replaces its NH90
    text = ("Les Pays-Bas commandent douze Caracal\n\n"
            "Les Pays-Bas ont signé mardi un contrat avec Airbus Helicopters pour douze H225M Caracal. Le montant n'a "
            "pas été dévoilé ; La Haye avait chiffré l'ensemble du projet entre 1 et 2,5 milliards d'euros.")
    rows = deal_rows(text, "2024-11-07")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("FRA", "NLD", "signed", None)]
    text = ("La Suède signe pour douze Black Hawk\n\n"
            "La Suède a signé lundi un contrat avec les États-Unis pour douze hélicoptères UH-60M Black Hawk. "
            "La commande s'inscrit dans la sortie programmée du NH90.")
    rows = deal_rows(text, "2024-07-12")
    assert [item[0] for r in rows for item in r[5]] == ["uh-60m"]


def test_a_declaration_of_intent_signed_is_no_contract() -> None:
    cue, hedged = read_stage("Germany and France signed a declaration of intent in Paris to build a joint squadron.")
    assert hedged or cue is None or cue.stage != "signed"


def test_an_approval_listing_several_buyers_is_one_sale_for_each_and_a_habit_is_no_event() -> None:
    # real facts: on 1 May 2026 the State Department cleared APKWS sales to Qatar, Israel and the UAE (BAE Systems)
    text = ("Three APKWS approvals for the Middle East\n\n"
            "The State Department cleared possible Foreign Military Sales of APKWS to Qatar, Israel and the United "
            "Arab Emirates on Friday. Identical price tags of almost $1 billion for Qatar and Israel are striking for "
            "a weapon that is usually bought in modest batches.")
    rows = deal_rows(text, "2026-05-04")
    assert sorted((r[0], r[1], r[2]) for r in rows) == [("USA", "ARE", "approved"), ("USA", "ISR", "approved"),
                                                        ("USA", "QAT", "approved")]
    # (a counted approval to several buyers is not split: whose count it is, the clause does not say)
    text = ("Missiles cleared for two buyers\n\n"
            "The State Department approved the sale of 100 AIM-120 AMRAAM missiles to Qatar and Israel on Friday.")
    assert len(deal_rows(text, "2026-05-04")) == 1


def test_a_years_export_licences_are_no_deal_value() -> None:
    # real facts: Germany's arms export licences of 2025 (about 12 billion euros, preliminary); Singapore's Type 218SG
    text = ("TKMS liefert weiter nach Singapur\n\n"
            "Singapur hat am 7. Mai 2025 bei thyssenkrupp Marine Systems zwei weitere U-Boote vom Typ 218SG bestellt. "
            "Nach vorläufigen Zahlen hat die Bundesregierung 2025 Ausfuhren von Rüstungsgütern im Wert von rund "
            "12 Milliarden Euro genehmigt.")
    rows = deal_rows(text, "2026-04-23")
    assert [(r[0], r[1], r[4]) for r in rows] == [("DEU", "SGP", None)]


def test_the_buyer_and_day_of_the_sentence_before_carry_past_the_makers_country() -> None:
    # real facts: Australia and Japan signed the first upgraded Mogami-class contracts on 18 April 2026 aboard JS Kumano
    text = ("Australiens Fregattenvertrag mit Japan\n\n"
            "Am Samstag ist in Melbourne besiegelt worden: Australien kauft seine neuen Fregatten in Japan. An Bord der "
            "japanischen Fregatte JS Kumano wurden die Verträge über die ersten Schiffe der verbesserten Mogami-Klasse "
            "unterzeichnet.")
    rows = deal_rows(text, "2026-04-23")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("JPN", "AUS", "signed", "2026-04-18")]


def test_congress_approving_a_sale_told_with_a_day_or_in_german_is_contradicted() -> None:
    from armstrack import extract_text
    texts = ["Sweden cleared for Black Hawks\n\nPublished: 2024-05-31\n\nCongress on Wednesday approved a possible sale "
             "of 12 UH-60M Black Hawk helicopters to Sweden, the Defense Security Cooperation Agency said.",
             "Ukraine bekommt Boote\n\nVeröffentlicht: 2021-01-07\n\nDer US-Kongress hatte im Juni den Verkauf von bis "
             "zu 16 Mark-VI-Booten an die Ukraine genehmigt, geschätzter Gesamtwert: 600 Millionen US-Dollar."]
    for text in texts:
        verdicts = [c.verdict for c in extract_text(text).claims if c.attribute == "approval"]
        assert verdicts == ["contradicted"], text


def test_an_acronym_spelled_out_between_dashes_is_checked() -> None:
    from armstrack import extract_text
    text = ("Three APKWS approvals\n\nPublished: 2026-05-04\n\nThe State Department cleared possible Foreign Military "
            "Sales of APKWS {} to Qatar on Friday.")
    wrong = extract_text(text.format("— the Advanced Precision Kinetic Weapon System —")).claims
    right = extract_text(text.format("— the Advanced Precision Kill Weapon System —")).claims
    assert [c.verdict for c in wrong if c.attribute == "name"] == ["contradicted"]
    assert [c.verdict for c in right if c.attribute == "name"] == ["supported"]


def test_a_programmes_count_told_apart_counts_the_deals_one_uncounted_item() -> None:
    # real facts: Australia picked the upgraded Mogami for SEA 3000 (eleven frigates) on 5 August 2025
    text = ("Frégates australiennes : le Japon l'emporte\n\n"
            "Le gouvernement australien a désigné mardi la frégate Mogami améliorée de Mitsubishi Heavy Industries "
            "comme plateforme retenue pour le programme SEA 3000. Le programme porte sur onze frégates.")
    rows = deal_rows(text, "2025-08-07")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("JPN", "AUS", "other", [("mogami-class", 11)])]
    # (a part, a range, an option or a fleet replaced is no count of the purchase)
    for told in ("Les trois premières frégates du programme seront construites au Japon.",
                 "Le programme prévoit des options pour cinq frégates.",
                 "Le programme remplace huit frégates Anzac.",
                 "La presse parlait d'un programme de 8 à 12 frégates."):
        rows = deal_rows(text.replace("Le programme porte sur onze frégates.", told), "2025-08-07")
        assert [r[5] for r in rows] == [[("mogami-class", None)]], told


def test_koreas_defense_project_promotion_committee_signing_off_is_the_buyers_own_step() -> None:
    # real facts: on 28 March 2023 South Korea's Defense Project Promotion Committee approved the 1.49 trillion won
    # CH-47F project
    cue, _ = read_stage("The Defense Project Promotion Committee, the top decision body for weapons programs, signed "
                        "off on a 1.49 trillion won project to buy CH-47Fs through 2028.")
    assert cue is not None and cue.stage == "other"


def test_brazilian_real_and_a_design_a_ship_is_based_on() -> None:
    from armstrack.normalize.money import find_money
    assert [(m.amount, m.currency) for m in find_money("einen Umfang von rund 9,1 Milliarden Real")] == \
        [(9_100_000_000, "BRL")]
    assert find_money("in real terms the budget grew") == []
    # real facts: Brazil's four Tamandaré-class frigates (MEKO A-100 design) from Águas Azuis (TKMS, Embraer), March 2020
    text = ("TKMS und die brasilianischen Fregatten\n\n"
            "Im März 2020 unterschrieb die brasilianische Marine mit dem Konsortium Águas Azuis den Vertrag über vier "
            "Fregatten der Tamandaré-Klasse auf Basis der MEKO A-100. Der Auftrag hatte einen Umfang von rund "
            "9,1 Milliarden Real.")
    rows = deal_rows(text, "2025-08-07")
    assert [(r[1], r[4], [i[0] for i in r[5]]) for r in rows] == [("BRA", 9_100_000_000, ["tamandare-class"])]

