"""Forms met in session 24: hulls of no named class, roundup sections, other years' contracts, choices, deliveries, makers
named by a subsidiary (texts of our own wording, real facts)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack import extract_text


def _items(text: str, published: str) -> list[list[tuple[str, int | None]]]:
    ex = extract_text(f"Published: {published}\n\n" + text)
    return [[(i.system, i.quantity) for i in d.items] for d in ex.deals]


def test_counted_hulls_of_a_contract_told_on_a_weekday_are_its_items() -> None:
    # real facts: Indonesia signed for two frigates with Fincantieri (1.18 billion euros) in February 2024
    text = ("Indonesia buys two frigates from Italy\n\n"
            "Indonesia signed a contract with Fincantieri on Thursday for two frigates, valued at 1.18 billion euros.")
    assert _items(text, "2024-02-12") == [[("frigates", 2)]]
    # (the weapons of ships already in service are no purchase of ships)
    text = ("Navy arms its frigates with new missiles\n\n"
            "Indonesia signed a contract on Thursday for 40 missiles worth 50 million euros to arm its two frigates.")
    assert all(("frigates", 2) not in row for row in _items(text, "2024-02-12"))


def test_a_bare_vessel_noun_is_an_item_under_the_kind_its_modifiers_name() -> None:
    # real facts: the Philippine Coast Guard's five 97-metre multi-role response vessels from Mitsubishi
    # Shipbuilding, contract of 2025 (about 29.3 billion pesos)
    text = ("Philippines orders more patrol ships from Japan\n\n"
            "The Philippine Coast Guard signed a contract on Friday with Mitsubishi Shipbuilding for five 97-metre "
            "multi-role response vessels worth 29.3 billion pesos, financed by a Japanese loan.")
    # (since session 27 the catalog knows the class these vessels belong to, and names the item by it)
    assert _items(text, "2025-03-10") == [[("Teresa Magbanua-class multi-role response vessel", 5)]]
    # (a vessel of no described kind is no item: "two new vessels"; a count "per boat" names no hull)
    text = ("Navy orders two vessels\n\n"
            "Nigeria signed a contract on Monday for two new vessels worth $40 million with a local yard.")
    assert _items(text, "2025-03-10") == [[]]


def test_a_subsidiary_belongs_to_its_group() -> None:
    from armstrack.normalize.companies import company_group, find_companies

    assert [c.name for c in find_companies("the radar is built by ELTA Systems in Ashdod")] == ["ELTA Systems"]
    assert company_group("ELTA Systems") == "Israel Aerospace Industries"
    assert company_group("Mitsubishi Shipbuilding") == "Mitsubishi Heavy Industries"
    assert company_group("Saab") == "Saab"  # a company of no group is its own


def test_a_maker_named_by_its_subsidiary_is_no_maker_error() -> None:
    # real facts: Prague's 2019 government-to-government deal for eight ELM-2084 radars (about $125 million); the
    # radar is made by ELTA Systems, a division of Israel Aerospace Industries
    text = ("Czech army gets Israeli radars\n\n"
            "In December 2019 Prague signed a deal for eight ELM-2084 multi-mission radars made by IAI's Elta "
            "division, worth about $125 million.")
    claims = extract_text("Published: 2021-09-01\n\n" + text).claims
    assert not [c for c in claims if c.attribute == "manufacturer" and c.verdict == "contradicted"]


def _rows(text: str, published: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r[0], r[1], r[2]) for r in deal_rows(text, published)]


def test_a_roundup_section_heading_in_ordinary_case_names_the_buyer() -> None:
    # real facts: Vietnam's 2025 contract for 20 K9 howitzers (about $250 million); Australia's August 2025 approval
    # for 161 Javelin Lightweight Command Launch Units ($97.3 million)
    text = ("Monatsbrief August: Haubitzen für Vietnam, Javelin für Australien\n\n"
            "Die wichtigsten Geschäfte des Monats im Überblick.\n\n"
            "Vietnam: erster Rüstungsimport aus Südkorea\n\n"
            "Bekannt wurde, dass Hanoi im Juli mit Seoul einen Regierungsvertrag über 20 Panzerhaubitzen K9 "
            "abgeschlossen hat. Der Wert liegt bei rund 250 Millionen Dollar.\n\n"
            "Australien: Javelin-Zieleinheiten\n\n"
            "Am 19. August gab Washington grünes Licht für 161 Lightweight Command Launch Units für das "
            "Javelin-System.\n\n"
            "Ausblick\n\n"
            "Am 11. August hat das State Department zudem weitere Freigaben angekündigt.")
    rows = _rows(text, "2025-08-30")
    assert ("KOR", "VNM", "signed") in rows and ("USA", "AUS", "approved") in rows
    # (a heading naming no buyer closes the section: nothing more is Australia's)
    assert len([r for r in rows if r[1] == "AUS"]) == 1


def test_a_german_compound_contract_concluded_is_a_signature() -> None:
    from armstrack.extract.stage import read_stage
    cue, _ = read_stage("Bekannt wurde, dass Vietnam im Juli einen Regierungsvertrag über 20 K9 abgeschlossen hat.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("Die Verhandlungen über den Liefervertrag sind noch nicht abgeschlossen.")
    assert cue is None
    cue, _ = read_stage("On Thursday Patria said Germany had concluded two serial contracts for its 6x6 vehicle.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("The ministry concluded the talks on two contracts.")
    assert cue is None


def test_a_country_things_were_handed_to_earlier_is_no_buyer() -> None:
    # real facts: Germany ordered 18 Leopard 2A8 in May 2023 (about 525 million euros) to replace tanks given to
    # Ukraine
    text = ("Germany adds tanks\n\n"
            "Berlin ordered 18 Leopard 2A8 tanks in May 2023 for around €525 million to replace Leopard 2A6s handed "
            "to Ukraine.")
    assert all(r[1] != "UKR" for r in _rows(text, "2024-07-05"))


def test_an_export_approval_of_another_seller_is_no_part_of_a_us_sale() -> None:
    # real facts: DSCA's February 2025 notice for Egypt's fast missile craft ($625 million); Germany's 2021 export
    # licence for sixteen IRIS-T SLM systems to Egypt
    text = ("L'Égypte modernise sa défense\n\n"
            "Le 4 février, Washington a approuvé la vente à l'Égypte d'une modernisation de quatre vedettes "
            "lance-missiles pour 625 millions de dollars.\n\n"
            "Fin 2021, Berlin avait donné son feu vert à l'exportation de seize systèmes IRIS-T SLM de Diehl Defence "
            "vers l'Égypte, une unité ayant finalement été cédée à l'Ukraine.")
    rows = _rows(text, "2025-07-26")
    assert ("DEU", "EGY", "approved") in rows and ("USA", "EGY", "approved") in rows


def test_a_framework_and_its_first_contract_of_other_years_are_deals_of_their_own() -> None:
    # real facts: Poland's December 2023 contract for 152 K9 ($2.6 billion); the July 2022 framework for 672 K9;
    # the first executive contract (August 2022) for 212 K9A1, $2.4 billion
    text = ("Poland signs for 152 more K9 howitzers\n\n"
            "WARSAW - Poland on Friday signed a $2.6 billion contract with Hanwha Aerospace for 152 K9 howitzers.\n\n"
            "The deal is the second executive contract under a framework agreement Poland signed with Hanwha in July "
            "2022, which foresees the purchase of 672 K9-family howitzers. The first executive contract with Hanwha, "
            "concluded in August 2022, covered 212 K9A1 howitzers and was worth $2.4 billion.")
    ex = extract_text("Published: 2023-12-04\n\n" + text)
    counts = sorted((i.quantity, d.value.amount if d.value else None) for d in ex.deals for i in d.items)
    assert counts == [(152, 2.6e9), (212, 2.4e9), (672, None)]


def test_more_wordings_of_a_buyers_choice() -> None:
    from armstrack.extract.stage import read_stage
    for text in ("Im Dezember 2006 gab Verteidigungsminister Teo Chee Hean den Kauf von 96 gebrauchten Kampfpanzern "
                 "Leopard 2A4 bekannt.",
                 "Im September 2020 hatte Verteidigungsministerin Klaudia Tanner die Wahl des Leonardo AW169M verkündet.",
                 "The Norwegian government announced that it would order 54 Leopard 2A7 tanks from KMW.",
                 "Der Minister verkündete am Freitag eine politische Einigung über den Kauf von 16 weiteren F-35.",
                 "Copenhague a tranché vendredi en faveur du SAMP/T NG.",
                 "Le Danemark choisit le SAMP/T NG.",
                 "Das Verteidigungsministerium entschied sich für den SAMP/T NG."):
        cue, hedged = read_stage(text)
        assert cue is not None and cue.stage == "other" and not hedged, text
    cue, hedged = read_stage("The government announced that it would not order more tanks.")
    assert cue is None


def test_a_choice_told_after_the_contract_of_that_system_is_no_deal_of_its_own() -> None:
    # real facts: the Netherlands signed for 20 PULS ($305 million) in May 2023, preferring it to HIMARS
    text = ("Dutch army gets PULS\n\n"
            "In May 2023 The Hague and the Israeli defence ministry signed a government-to-government contract for 20 "
            "PULS launchers worth $305 million.\n\n"
            "Only three months earlier Washington had cleared HIMARS for the Dutch. Den Haag entschied sich dennoch "
            "für das PULS.")
    rows = _rows(text, "2023-06-01")
    assert [r for r in rows if r[1] == "NLD" and r[0] == "ISR"] == [("ISR", "NLD", "signed")]


def test_the_howitzer_takes_up_the_articles_howitzer_in_a_maker_statement() -> None:
    # real facts: the K9 is made by Hanwha Aerospace (not Hyundai Rotem, the maker of the K2 tank)
    text = ("Vietnam buys K9\n\n"
            "Le Vietnam a signé en juillet un accord portant sur vingt obusiers automoteurs K9, pour environ 250 "
            "millions de dollars. L'obusier est fabriqué par Hyundai Rotem.")
    claims = extract_text("Published: 2025-08-30\n\n" + text).claims
    assert [(c.attribute, c.verdict, c.stated) for c in claims if c.attribute == "manufacturer"] == [
        ("manufacturer", "contradicted", "Hyundai Rotem")]


def test_a_second_case_that_followed_is_a_deal_of_its_own_on_its_day() -> None:
    # real facts: DSCA's July 2025 cases for Ukraine: Bradley refurbishment ($150 million, 23 July) and M109
    # maintenance, repair and overhaul ($150 million, 24 July)
    text = ("Kyiv gets two repair cases\n\n"
            "On Wednesday the State Department approved a US$150 million case to refurbish Ukraine's Bradley "
            "Infantry Fighting Vehicles.\n\n"
            "On Thursday a second US$150 million case followed, this time for maintenance of M109 howitzers.")
    ex = extract_text("Published: 2025-07-26\n\n" + text)
    assert sorted((d.date, d.value.amount if d.value else None) for d in ex.deals) == [
        ("2025-07-23", 1.5e8), ("2025-07-24", 1.5e8)]


def test_partners_of_a_joint_buy_are_no_buyers() -> None:
    # real facts: Lithuania approved the purchase of 100 CV90 MkIV in 2025 within a joint procurement with Finland,
    # Sweden, Norway, Estonia and the Netherlands
    text = ("Lithuania picks the CV90\n\n"
            "Vilnius has approved the purchase of 100 CV90 MkIV infantry fighting vehicles from Sweden's BAE Systems "
            "Hägglunds within a six-nation joint buy with Finland, Sweden, Norway, Estonia and the Netherlands, each "
            "placing its own order later.")
    assert [r[1] for r in _rows(text, "2025-12-12")] == ["LTU"]


def test_a_second_contract_of_another_makers_country_on_a_day_is_its_own() -> None:
    # real facts: Croatia signed for 18 CAESAR MkII (about 328 million euros) and, on 10 December 2025, for 44
    # Leopard 2A8
    text = ("Croatia buys guns and tanks\n\n"
            "Zagreb signed for 18 CAESAR MkII howitzers in Paris early in the week, at roughly €328 million. On "
            "Wednesday in Berlin, Defence Minister Ivan Anušić then signed the order confirmation for 44 Leopard 2A8 "
            "main battle tanks.")
    rows = _rows(text, "2025-12-12")
    assert ("FRA", "HRV", "signed") in rows and ("DEU", "HRV", "signed") in rows


def test_more_wordings_of_a_delivery() -> None:
    from armstrack.extract.stage import read_stage
    for text in ("Les deux premiers KC-390 hongrois se sont posés mardi à Kecskemét.",
                 "Die Übergabe der ersten Maschine fand am Dienstag in Marietta statt.",
                 "The handover ceremony took place in Marietta, Georgia, on Thursday.",
                 "The helicopters were formally accepted by the Lithuanian Air Force on Monday."):
        cue, hedged = read_stage(text)
        assert cue is not None and cue.stage == "delivered" and not hedged, text
    cue, _ = read_stage("The offer was accepted by the government.")
    assert cue is None
