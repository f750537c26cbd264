"""Forms met in session 14 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract import extract_text
from armstrack.extract.clauses import units_of
from armstrack.extract.news_parts import _role
from armstrack.normalize.countries import find_parties
from armstrack.normalize.money import find_money


def _verdicts(text: str, attribute: str) -> list[tuple[str, str]]:
    return [(c.subject, c.verdict) for c in extract_text(text).claims if c.attribute == attribute]


def test_a_first_flight_year_beside_an_approval_does_not_hide_the_release() -> None:
    # real facts: DSCA transmittal 19-63 (20 November 2019), Morocco, 36 AH-64E, $4.25 billion; the Apache's
    # prototype first flew in 1975
    text = ("Published: 2019-11-21\n\nRABAT — Washington a approuvé mercredi la vente éventuelle au Maroc de 36 "
            "hélicoptères d'attaque AH-64E Apache, un appareil de Boeing dont le premier vol remonte à 1975, pour un "
            "montant estimé à 4,25 milliards {}.")
    assert [v for v in _verdicts(text.format("d'euros"), "currency") if v[1] == "contradicted"]
    assert _verdicts(text.format("de dollars"), "currency") == []
    assert [v for v in _verdicts(text.format("de dollars"), "value") if v[1] == "supported"]


def test_the_same_missiles_refer_to_the_system_just_named_with_their_count() -> None:
    # real facts: DSCA approved AIM-120D-3 for Finland (405, $1.07 billion, 10 September 2025) and Denmark (203,
    # $744 million, October 2024)
    lead = "Finland was cleared on 10 September to buy up to 405 AIM-120D-3 missiles for an estimated $1.07bn. "
    for told, count in [("up to 203 of the same missiles", 203), ("203 missiles of the same type", 203),
                        ("missiles of the same type", None)]:
        rows = deal_rows(lead + f"Denmark received approval last October for {told} in a package worth US$744 "
                                "million.", "2025-09-29")
        assert [(r[1], r[4], r[5]) for r in rows] == [("FIN", 1.07e9, [("aim-120d-3", 405)]),
                                                       ("DNK", 744e6, [("aim-120d-3", count)])], told


def test_a_buyer_that_was_itself_approved_is_no_seller() -> None:
    # real facts: Germany was approved for up to 969 AIM-120C-8 in July 2023 ($2.9 billion)
    rows = deal_rows("Germany itself was approved in July 2023 for up to 969 of the older AIM-120C-8 variant, a deal "
                     "valued at $2.9bn at the time.", "2025-09-29")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("USA", "DEU", "approved", 2.9e9, [("aim-120c-8", 969)])]


def test_german_dative_currency_names_and_a_past_tense_order() -> None:
    # real facts: Switzerland ordered NLAW from Saab in June 2017 for SEK 1.035 billion (about $120 million); the UK
    # ordered NLAW from Saab in December 2022 for £229 million
    assert [(m.amount, m.currency) for m in find_money("im Wert von 1,035 Milliarden schwedischen Kronen")] \
        == [(1.035e9, "SEK")]
    assert [m.currency for m in find_money("rund 7,3 Milliarden kanadischen Dollar")] == ["CAD"]
    rows = deal_rows("Schon im Juni 2017 hatte die Schweiz bei Saab NLAW im Wert von 1,035 Milliarden schwedischen "
                     "Kronen bestellt, damals rund 120 Millionen US-Dollar.", "2025-09-22")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("SWE", "CHE", "signed", 1.035e9, [("nlaw", None)])]
    rows = deal_rows("Großbritannien bestellte im Dezember 2022 beim schwedischen Hersteller Saab mehrere Tausend "
                     "Panzerabwehrwaffen vom Typ NLAW für 229 Millionen Pfund, nachdem es große Teile seines Bestandes "
                     "an die Ukraine abgegeben hatte.", "2025-09-22")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("SWE", "GBR", "signed", 229e6)]


def test_a_count_before_a_described_item_named_in_brackets() -> None:
    # real facts: DSCA approved 2,506 FGM-148F Javelin and 253 Lightweight Command Launch Units for Poland (2025)
    rows = deal_rows("Am Donnerstag hat das US-Außenministerium den möglichen Verkauf von 2506 Lenkflugkörpern vom Typ "
                     "FGM-148F Javelin und 253 leichten Abschussgeräten (Lightweight Command Launch Units) an Warschau "
                     "genehmigt.", "2025-09-22")
    assert rows[0][5] == [("fgm-148f", 2506), ("javelin-lwclu", 253)]
    # a count of versions listed in brackets is still no count of each
    rows = deal_rows("Washington approved 32 GMLRS pods in four versions (M31A2, M30A2, M403 and M404) for Estonia.",
                     "2025-09-22")
    assert ("m31a2", 4) not in rows[0][5]


def test_a_shipyard_of_a_demonym_is_the_maker_not_the_buyer() -> None:
    # real facts: Australia picked DCNS's Shortfin Barracuda on 26 April 2016 (about A$50 billion programme)
    text = ("Australien: Nach dem Zuschlag an die französische Werftengruppe DCNS am 26. April für zwölf U-Boote des "
            "Typs Shortfin Barracuda, ein Programm von rund 50 Milliarden australischen Dollar, beginnt nun die "
            "Verhandlung über den Designvertrag.")
    unit = units_of(text, "2016-05-02")[0]
    assert [(p.code, _role(unit, p)) for p in unit.parties] == [("AUS", None), ("FRA", "maker")]
    assert all(r[1] != "FRA" for r in deal_rows(text, "2016-05-02"))


def test_aircraft_a_missile_is_integrated_on_are_no_items() -> None:
    text = ("Germany is in line to receive up to 400 AIM-120D-3 missiles after the State Department signed off on the "
            "sale last Thursday. It has since been integrated on aircraft ranging from the F-15 and F-16 to the "
            "Eurofighter Typhoon, the Gripen and the F-35.")
    assert deal_rows(text, "2025-09-29")[0][5] == [("aim-120d-3", 400)]


def test_the_amraam_integrated_test_vehicle_is_an_item() -> None:
    # real facts: DSCA transmittal 25-81 (Germany, 25 September 2025) lists one AIM-120 AMRAAM Integrated Test Vehicle
    rows = deal_rows("Washington approved up to 400 AIM-120D-3 missiles for Germany, plus one AMRAAM Integrated Test "
                     "Vehicle.", "2025-09-29")
    assert rows[0][5] == [("aim-120d-3", 400), ("amraam-itv", 1)]


def test_an_earlier_month_and_year_opens_another_approval() -> None:
    # real facts: Germany was approved for 969 AIM-120C-8 in July 2023 ($2.9 billion) and for 35 F-35 with 105
    # AIM-120C-8 in July 2022 ($8.4 billion)
    rows = deal_rows("Im Juli 2023 hatte Washington bereits bis zu 969 Flugkörper der Variante AIM-120C-8 im Wert von "
                     "2,9 Milliarden Dollar für Deutschland freigegeben. Ein Jahr zuvor, im Juli 2022, war das Paket für "
                     "35 Kampfflugzeuge vom Typ F-35 genehmigt worden, zu dem auch 105 AIM-120C-8 gehörten.",
                     "2025-09-26")
    assert [r[5] for r in rows] == [[("aim-120c-8", 969)], [("f-35", 35), ("aim-120c-8", 105)]]


def test_a_system_told_again_by_its_last_words_is_counted() -> None:
    # real facts: DSCA approved 210 Javelin and 37 Command Launch Units for Ukraine (1 March 2018) and 410 Javelin
    # and 72 launch units for Georgia (20 November 2017, $75 million)
    text = ("Ukraine was cleared on Thursday to buy 210 Javelin missiles and 37 Command Launch Units. The approval "
            "comes three months after the agency cleared Georgia to buy 410 Javelin missiles and 72 launch units for "
            "an estimated $75 million.")
    rows = deal_rows(text, "2018-03-02")
    assert [(r[1], r[5]) for r in rows] == [("UKR", [("javelin", 210), ("javelin-clu", 37)]),
                                            ("GEO", [("javelin", 410), ("javelin-clu", 72)])]
    # a shortened name of another family is not read as that system
    rows = deal_rows(text.replace("410 Javelin missiles", "410 Stinger missiles"), "2018-03-02")
    assert [c for c, _ in rows[1][5]] == ["stinger"]


def test_receiving_the_first_missiles_in_german_and_french_is_a_delivery() -> None:
    # real facts: Ukraine received its first FMS Javelin missiles at the end of April 2018
    for text in ("Die Ukraine hat die ersten amerikanischen Panzerabwehrraketen vom Typ Javelin erhalten.",
                 "L'Ukraine a reçu ses premiers missiles antichars Javelin américains."):
        rows = deal_rows(text, "2018-05-02")
        assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("USA", "UKR", "delivered", [("javelin", None)])], text
    # an approval received is no delivery
    assert deal_rows("Die Ukraine hat die erste Genehmigung für Javelin erhalten.", "2018-05-02") == [] or \
        deal_rows("Die Ukraine hat die erste Genehmigung für Javelin erhalten.", "2018-05-02")[0][2] != "delivered"


def test_that_purchase_after_a_clause_naming_a_fleet_is_the_purchase_of_that_fleet() -> None:
    # real facts: DSCA approved 14 F-16 Block 70/72 for Slovakia in April 2018 ($2.91 billion); Pakistan was
    # approved for 15 AH-1Z in April 2015 ($952 million)
    text = ("In April 2015 the State Department approved a $952 million sale of 15 AH-1Z helicopters and 1,000 "
            "Hellfire II missiles to Pakistan, but the aircraft were never delivered.\n\nThe first of Slovakia's 14 "
            "F-16 Block 70/72 fighters arrived only recently; that purchase was cleared by Washington in April 2018 at "
            "an estimated $2.91 billion.")
    rows = deal_rows(text, "2024-08-02")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        ("PAK", "approved", 952e6, [("ah-1z", 15), ("hellfire", 1000)]),
        ("SVK", "approved", 2.91e9, [("f-16-block-70", 14)])]


def test_the_royal_air_force_names_the_united_kingdom_but_not_in_omans_service_name() -> None:
    # real facts: the UK signed for five E-7 Wedgetail for $1.98 billion on 22 March 2019
    rows = deal_rows("The Ministry of Defence has signed a $1.98bn (£1.51bn) deal to buy five Boeing E-7 Wedgetail "
                     "airborne early warning aircraft, ending months of speculation about how the Royal Air Force "
                     "will replace its ageing E-3D Sentry fleet.", "2019-03-23")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [("USA", "GBR", "signed", 1.98e9, [("e-7", 5)])]
    assert [p.code for p in find_parties("glide weapons for the Royal Air Force of Oman")] == ["OMN"]


def test_drones_that_arrived_angekommen_are_delivered() -> None:
    # real facts: Belgium's second and third MQ-9B SkyGuardian arrived in early February 2026
    rows = deal_rows("Die belgische Luftwaffe hat ihre Drohnenflotte verdreifacht: Am Montag sind zwei weitere "
                     "unbemannte Aufklärungsflugzeuge vom Typ MQ-9B SkyGuardian in Belgien angekommen.", "2026-02-04")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("BEL", "delivered", "2026-02-02", [("mq-9b", 2)])]


def test_a_contract_awarded_in_french_and_german_is_signed() -> None:
    # real facts: the Pentagon awarded General Atomics a contract for Belgium's four MQ-9B on 14 August 2020
    for text in ("Le département américain de la Défense a attribué vendredi à General Atomics un contrat de 189 "
                 "millions d'euros pour la fabrication de quatre drones MQ-9B SkyGuardian destinés à la Belgique.",
                 "Das Pentagon vergab am Freitag an General Atomics einen Auftrag über 189 Millionen Euro für vier "
                 "Drohnen vom Typ MQ-9B SkyGuardian für Belgien."):
        rows = deal_rows(text, "2020-08-17")
        assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("BEL", "signed", "2020-08-14", 189e6)], text


def test_a_list_entry_told_by_an_approval_noun_takes_that_stage() -> None:
    # real facts: Boeing's F-15K upgrade contract (about $2.85 billion, January 2026); the U.S. approval of
    # 19 November 2024 ($6.2 billion, 96 AN/APG-82(V)1 radars)
    text = ("Fin janvier, le Pentagone a attribué à Boeing un contrat d'environ 2,85 milliards de dollars pour la "
            "modernisation des F-15K de l'armée de l'air sud-coréenne.\n\n- Un quotidien rappelle que "
            "l'autorisation américaine du 19 novembre 2024 plafonnait l'opération à 6,2 milliards de dollars, avec "
            "96 radars AN/APG-82(V)1.")
    rows = deal_rows(text, "2026-02-05")
    assert [(r[1], r[2], r[4]) for r in rows] == [("KOR", "signed", 2.85e9), ("KOR", "approved", 6.2e9)]


def test_claims_met_in_session_14() -> None:
    # real facts: AMRAAM is the Advanced Medium-Range Air-to-Air Missile; Congress is notified of FMS cases; the
    # AH-1Z first flew on 7 December 2000; DSCA 25-62 (Poland, 18 September 2025) lists 2,506 FGM-148F Javelin
    published = "Published: 2025-09-26\n\n"
    text = "Die Luftwaffe erhält AMRAAM. AMRAAM – kurz für „Advanced {} Air-to-Air Missile“ – ist die Standardwaffe."
    assert _verdicts(published + text.format("Multi-Role"), "name") == [("AMRAAM", "contradicted")]
    assert _verdicts(published + text.format("Medium-Range"), "name") == [("AMRAAM", "supported")]
    text = ("Germany is in line to receive up to 400 AIM-120D-3 missiles after the State Department signed off on the "
            "sale last Thursday, with Congress approving the package the same day.")
    assert _verdicts(published + text, "approval") == [("AIM-120D-3", "contradicted")]
    text = ("Slovakia was cleared to buy 12 AH-1Z Viper helicopters. The AH-1Z Viper is the latest member of the Cobra "
            "family. A twin-engine machine with a four-blade composite main rotor, it first flew in {}.")
    assert _verdicts(published + text.format(1990), "first flight") == [("AH-1Z Viper", "contradicted")]
    assert _verdicts(published + text.format(2000), "first flight") == [("AH-1Z Viper", "supported")]
    text = ("Publié le 2025-09-22\n\nLe département d'État américain a approuvé jeudi la vente éventuelle à la Pologne "
            "de {} missiles Javelin FGM-148F, pour un montant estimé à 780 millions de dollars.")
    assert ("FGM-148F", "contradicted") in _verdicts(text.format("2 056"), "quantity")
    assert ("FGM-148F", "supported") in _verdicts(text.format("2 506"), "quantity")


def test_a_further_batch_in_another_year_is_its_own_contract() -> None:
    # real facts: Denmark ordered 15 CAESAR from Nexter in 2017 and four more in 2019
    for text in ("En 2017, le Danemark avait commandé quinze CAESAR à Nexter, puis quatre de plus en 2019.",
                 "Denmark ordered 15 CAESAR from Nexter in 2017, then four more in 2019."):
        rows = deal_rows(text, "2024-08-22")
        assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("FRA", "DNK", "signed", [("caesar", 15)]),
                                                            ("FRA", "DNK", "signed", [("caesar", 4)])], text
    # no year of its own: the same order
    assert len(deal_rows("Denmark ordered 15 CAESAR from Nexter, then four more.", "2024-08-22")) == 1


def test_a_count_reaches_an_item_named_in_brackets_with_its_acronym() -> None:
    rows = deal_rows("Le département d'État américain a approuvé jeudi la vente éventuelle à la Pologne de 2 506 "
                     "missiles Javelin FGM-148F et de 253 unités de tir légères (Lightweight Command Launch Units, "
                     "LwCLU), pour un montant estimé à 780 millions de dollars.", "2025-09-22")
    assert rows[0][5] == [("fgm-148f", 2506), ("javelin-lwclu", 253)]


def test_catalog_names_met_in_session_14() -> None:
    # real facts: DSCA 21-38 (Australia) lists MXU-1006 air foil groups for 250lb Paveway II GBU-58; DSCA releases
    # list Embedded GPS/INS units
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    text = "515 GBU-58 kits and fifteen embedded GPS/inertial navigation units"
    assert [(text[a:b], x.id) for a, b, x in cat.find_in(text)] == [
        ("GBU-58 kits", "gbu-58"), ("embedded GPS/inertial navigation units", "egi")]
    # real facts: DSCA 19-27 (Belgium: five Detect and Avoid Systems), 25-56 (Taiwan: a Tactical Mission Network),
    # 16-66 (Kuwait: CROWS II), 16-31 (Saudi Arabia: FRIES), 22-72 (Bahrain: M272A1 launchers), 21-07 (Italy: AISREW)
    text = ("five detect-and-avoid systems, a Tactical Mission Network, CROWS stations, FRIES and M272A1 launchers plus "
            "two AISREW mission systems")
    assert [x.id for _, _, x in cat.find_in(text)] == ["detect-and-avoid", "tactical-mission-network", "crows", "fries",
                                                        "m272a1", "aisrew"]
    # a system "domestically supplied" is no delivery
    assert deal_rows("The Swiss wanted a heavy-fuel engine and a domestically supplied detect-and-avoid system.",
                     "2025-05-06") == []


def test_an_acronym_spelled_out_in_an_apposition_with_an_article() -> None:
    # real facts: DSCA releases name TECRO the Taipei Economic and Cultural Representative Office
    text = ("Published: 2024-10-26\n\nTaiwan will buy radars. The request formally comes from TECRO, the {}, in "
            "Washington.")
    claims = extract_text(text.format("Taiwan Economic and Commercial Relations Office")).claims
    assert [(c.subject, c.attribute, c.verdict) for c in claims] == [("TECRO", "name", "contradicted")]
    claims = extract_text(text.format("Taipei Economic and Cultural Representative Office")).claims
    assert [c for c in claims if c.verdict == "contradicted"] == []


def test_a_past_event_after_before_is_no_condition() -> None:
    # real facts: Congress held the Turkish F-16 sale informally until the administration notified it in January 2024
    rows = deal_rows("Congress placed an informal hold on the sale of 40 F-16s to Turkey for months before the "
                     "administration formally notified lawmakers in January.", "2024-02-01")
    assert [(r[1], r[2], r[5]) for r in rows] == [("TUR", "notified", [("f-16", 40)])]
    # what is still to come stays a condition
    for text in ("The sale of 40 F-16s to Turkey must be notified to Congress before it is signed.",
                 "Turkey's F-16 package, once delivered, keeps its air force flying newer jets."):
        assert all(r[2] not in ("signed", "delivered") for r in deal_rows(text, "2024-02-01")), text
