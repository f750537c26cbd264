"""The general (news) reader and claim checking, on texts written for these tests (own wording, real facts)."""
from __future__ import annotations

from importlib.resources import files

from armstrack.extract import extract_document, extract_text
from armstrack.ingest.loaders import document_from_bytes

SEED = (files("armstrack") / "data" / "samples" / "news-canada-himars-retold.txt").read_bytes()


def _by_buyer(ex):  # type: ignore[no-untyped-def]
    return {d.buyer.code: d for d in ex.deals}


def test_seed_story_three_deals_with_values_and_systems() -> None:
    ex = extract_document(document_from_bytes(SEED, "seed.txt"))
    deals = _by_buyer(ex)
    assert set(deals) == {"CAN", "NLD", "UKR"}
    can = deals["CAN"]
    assert (can.seller.code, can.stage, can.value.amount, can.value.currency) == ("USA", "approved", 1.75e9, "USD")
    assert {i.catalog_id: i.quantity for i in can.items} == {"m142-himars": 26, "gmlrs": None, "atacms": None}
    assert deals["NLD"].value.amount == 5.7e8
    assert [i.catalog_id for i in deals["NLD"].items] == ["aim-120-amraam"]
    ukr = deals["UKR"]
    assert ukr.value is None and [(i.catalog_id, i.quantity, i.quantity_qualifier) for i in ukr.items] == [
        ("eram", 3000, "over")]
    assert can.date is None  # no publication date in the text: no date is guessed
    text = ex.document.text
    for d in ex.deals:
        for ev in [d.value.evidence if d.value else None, d.buyer.evidence, d.stage_evidence,
                   *[i.evidence for i in d.items]]:
            if ev is not None:
                assert text[ev.start:ev.end] == ev.text


def test_seed_story_claims() -> None:
    ex = extract_document(document_from_bytes(SEED, "seed.txt"))
    flagged = {(c.subject, c.attribute) for c in ex.claims if c.verdict == "contradicted"}
    assert flagged == {("ATACMS", "range"), ("ERAM", "name"), ("ERAM", "role")}
    for c in ex.claims:
        assert ex.document.text[c.evidence.start:c.evidence.end] == c.evidence.text
        if c.verdict != "unverifiable":
            assert c.reference and c.source


def test_relative_dates_need_an_anchor() -> None:
    text = ("OTTAWA — The U.S. State Department on Thursday approved a possible US$2.68-billion sale of "
            "3,000 GBU-39 Small Diameter Bombs to Canada.")
    assert extract_text(text).deals[0].date is None
    dated = extract_text(text, published="2025-12-05").deals[0]
    assert dated.date == "2025-12-04" and dated.date_evidence.text == "on Thursday"


def test_bare_dollar_in_a_canadian_story_follows_the_text() -> None:
    text = ("OTTAWA, Nov. 30, 2023 — The federal government signed a contract on Thursday to buy up to 14 P-8A "
            "Poseidon aircraft, a purchase it values at $10.4 billion.\n\nIn June, the U.S. State Department "
            "cleared a possible sale of up to 16 P-8A aircraft to Canada for an estimated US$5.9 billion.\n\n"
            "Unless otherwise noted, all amounts in this story are in Canadian dollars.")
    ex = extract_text(text)
    signed = [d for d in ex.deals if d.stage == "signed"][0]
    assert (signed.value.amount, signed.value.currency) == (1.04e10, "CAD")
    assert "Canadian dollars" in (signed.value.currency_reason or "")
    assert signed.value_usd is not None and signed.value_usd < 1.04e10  # converted at the 2023 rate
    assert signed.date == "2023-11-30"
    approved = [d for d in ex.deals if d.stage == "approved"][0]
    assert (approved.value.amount, approved.value.currency) == (5.9e9, "USD")
    assert [i.quantity for i in approved.items] == [16]


def test_denial_and_rumour_are_not_deals() -> None:
    text = ("OTTAWA — The Department of National Defence has denied reports that Canada had signed a contract to buy "
            "Swedish Gripen fighter jets, saying no such agreement exists.")
    assert extract_text(text).deals == []


def test_non_us_seller_and_demonym_buyer() -> None:
    text = ("NEW DELHI — India and France signed an intergovernmental agreement on Monday for 26 Rafale Marine "
            "fighters for the Indian navy, worth about 63,000 crore rupees.")
    deals = extract_text(text, published="2025-04-29").deals
    assert [(d.seller.code, d.buyer.code, d.stage) for d in deals] == [("FRA", "IND", "signed")]
    assert deals[0].value.currency == "INR" and deals[0].value.amount == 6.3e11
    assert deals[0].date == "2025-04-28"


def test_french_and_german_money_and_parties() -> None:
    fr = extract_text("Le département d'État a approuvé la vente de 26 lance-roquettes HIMARS au Canada, "
                      "un ensemble évalué à 1,75 milliard de dollars américains.").deals
    assert [(d.buyer.code, d.value.amount, d.value.currency) for d in fr] == [("CAN", 1.75e9, "USD")]
    assert fr[0].items[0].catalog_id == "m142-himars" and fr[0].items[0].quantity == 26
    de = extract_text("Die Schweiz hat den Vertrag für die Beschaffung von 36 Kampfflugzeugen des Typs F-35A "
                      "unterzeichnet. Der Preis liegt bei rund 6 Milliarden Franken.").deals
    assert [(d.buyer.code, d.stage) for d in de] == [("CHE", "signed")]
    assert de[0].items[0].quantity == 36


def test_text_without_deals() -> None:
    text = ("Analysts say demand for interceptors has outpaced production since 2022, and manufacturers are "
            "adding shifts. No new orders were announced.")
    assert extract_text(text).deals == []


def test_german_and_french_retellings() -> None:
    from conftest import ROOT

    for name, dated in (("de-himars-kanada.txt", None), ("fr-himars-canada.txt", "2025-10-01")):
        data = (ROOT / "tests" / "corpus" / "constructed" / name).read_bytes()
        ex = extract_document(document_from_bytes(data, name))
        assert ex.document.published == "2025-10-02"
        deals = _by_buyer(ex)
        assert set(deals) == {"CAN", "NLD"}, name
        can = deals["CAN"]
        assert (can.value.amount, can.value.currency, can.date) == (1.75e9, "USD", dated)
        assert {i.catalog_id: i.quantity for i in can.items} == {"m142-himars": 26, "atacms": None, "gmlrs": None}
        assert can.contractor == "Lockheed Martin"
        nld = deals["NLD"]
        assert (nld.value.amount, nld.date) == (5.7e8, "2025-09-16")


def test_purchase_told_with_a_pronoun_takes_the_system_named_before() -> None:
    text = ("Publié le 2 mars 2025\n\nLe Rafale séduit l'Europe. La Croatie, premier pays européen à avoir "
            "acheté le Rafale, a signé pour douze appareils d'occasion. La Grèce en a commandé 24 au total, en "
            "deux tranches.\n")
    ex = extract_text(text)
    grc = _by_buyer(ex)["GRC"]
    assert grc.seller is not None and grc.seller.code == "FRA"
    assert [(i.catalog_id, i.quantity) for i in grc.items] == [("rafale", 24)]
    assert grc.items[0].evidence.text == "24"
    text_en = ("Published: 2025-03-02\n\nThe K2 tank has found buyers abroad. Poland signed for 180 K2 tanks in "
               "2022. Romania ordered 54 of them last year.\n")
    rou = _by_buyer(extract_text(text_en))["ROU"]
    assert [(i.catalog_id, i.quantity) for i in rou.items][0][1] == 54


def test_a_count_of_aircraft_takes_the_article_s_main_aircraft_and_its_maker_s_country() -> None:
    text = ("Publié le 26 janvier 2021\n\nLa Grèce signe pour 18 Rafale\n\nAthènes a signé lundi un contrat pour "
            "18 Rafale, pour 2,5 milliards d'euros. Les Rafale grecs seront basés à Tanagra. Les États-Unis ont "
            "notifié au Congrès en 2017 la modernisation des F-16 grecs pour 2,4 milliards de dollars. "
            "Le dernier grand contrat export remonte à 2016 : New Delhi avait commandé 36 appareils pour "
            "7,87 milliards d'euros.\n")
    deals = _by_buyer(extract_text(text))
    ind = deals["IND"]
    assert ind.seller is not None and ind.seller.code == "FRA" and ind.seller.evidence is not None
    assert [(i.catalog_id, i.quantity) for i in ind.items] == [("rafale", 36)]
    assert ind.value is not None and ind.value.amount == 7.87e9 and ind.value.currency == "EUR"


def test_one_count_for_several_listed_systems_and_german_approval_verbs() -> None:
    text = ("Stand: 11.03.2026 13:52 Uhr\n\nWashington (dpa) - Das US-Außenministerium billigte am Dienstag den "
            "möglichen Verkauf von 20 Raketenwerfern M142 an Schweden für 930 Millionen US-Dollar. Zu dem Paket "
            "gehören:\n- je 35 Raketenbehälter der Varianten M31A2, M30A2, M403 und M404,\n- 24 Feuerleitsysteme "
            "IFATDS.\n\nNorwegen hatte im August 2024 die Zustimmung der USA für 16 HIMARS erhalten.\n")
    deals = _by_buyer(extract_text(text))
    swe = deals["SWE"]
    assert swe.stage == "approved" and swe.date == "2026-03-10"
    got = {i.catalog_id: i.quantity for i in swe.items}
    assert [got.get(k) for k in ("m31a2", "m30a2", "m403", "m404")] == [35, 35, 35, 35]
    assert deals["NOR"].stage == "approved"


def test_crowns_follow_the_country_and_pounds_without_a_scale_are_a_weight() -> None:
    text = ("Publié le 15/09/2025 à 10h05\n\nLe Danemark choisit le SAMP/T\n\nCopenhague a retenu vendredi le "
            "SAMP/T et va signer un contrat de 58 milliards de couronnes pour sa défense sol-air.\n")
    dnk = _by_buyer(extract_text(text))["DNK"]
    assert dnk.value is not None and (dnk.value.amount, dnk.value.currency) == (58e9, "DKK")
    from armstrack.normalize.money import find_money
    assert find_money("des bombes GBU-12 de 500 livres") == []
    assert [m.currency for m in find_money("un contrat de 2 millions de livres sterling")] == ["GBP"]


def test_participles_and_weights_are_not_deliveries() -> None:
    en = ("Published: 2024-11-07\n\nSeoul gets US nod for E-7 jets\n\nThe State Department approved on Monday the "
          "possible sale of four E-7 aircraft to South Korea for $4.92 billion. Korea already flies four E-737s "
          "delivered under the Peace Eye programme.\n")
    kor = _by_buyer(extract_text(en))["KOR"]
    assert kor.stage == "approved"
    fr = ("Publié le 27/03/2025\n\nDrones pour le Qatar\n\nDoha a sollicité l'achat de huit drones MQ-9B et de trois "
          "cents bombes de 500 livres.\n")
    assert _by_buyer(extract_text(fr))["QAT"].stage == "requested"


def test_a_us_sale_told_in_local_currency_then_in_dollars_keeps_the_dollar_figure() -> None:
    text = ("Published: 2025-12-30\n\nDenmark cleared to buy Poseidons\n\nCOPENHAGEN - The U.S. State Department "
            "on Monday approved the possible sale of up to three P-8A aircraft to Denmark for around 11.5 billion "
            "kroner. The notice puts the estimated cost at $1.8 billion.\n")
    dnk = _by_buyer(extract_text(text))["DNK"]
    assert dnk.value is not None and (dnk.value.amount, dnk.value.currency) == (1.8e9, "USD")
    assert dnk.values["as_first_told"].currency == "DKK"


def test_approval_told_as_a_noun_and_a_run_in_list_of_items() -> None:
    text = ("Nov 7, 2024\n\nThe US State Department's approval of a possible Foreign Military Sale of four E-7 "
            "aircraft to the Republic of Korea, announced on Nov. 4, gives Boeing a route into Seoul. The estimated "
            "value is $4.92 billion.\n\nThe notice details the major equipment: four aircraft; ten CFM56 engines; "
            "seven Guardian laser transmitter assemblies; and six MIDS JTRS terminals.\n")
    kor = _by_buyer(extract_text(text))["KOR"]
    assert (kor.stage, kor.date) == ("approved", "2024-11-04")
    got = {i.catalog_id: i.quantity for i in kor.items}
    assert got.get("cfm56") == 10 and got.get("mids-jtrs", got.get("mids")) == 6


def test_a_lede_naming_buyer_and_system_then_the_approval_and_an_older_sibling_sale() -> None:
    text = ("Stand: 22.08.2026 07:30 Uhr\n\nOslo/Washington - Norwegens Streitkräfte sollen 21 neue "
            "Transporthubschrauber vom Typ UH-60M Black Hawk erhalten. Das Außenministerium in Washington hat das "
            "Geschäft am Freitag genehmigt. Der geschätzte Gesamtwert liegt bei 2,3 Milliarden Dollar.\n\nSchon im "
            "Juli vergangenen Jahres hatte die US-Regierung Norwegen den Kauf von bis zu neun Rettungshubschraubern "
            "HH-60W in Aussicht gestellt; der Wert dieses Pakets wurde damals auf 2,6 Milliarden Dollar beziffert.\n")
    nor = [d for d in extract_text(text).deals if d.buyer and d.buyer.code == "NOR"]
    main = next(d for d in nor if any(i.catalog_id == "uh-60m" for i in d.items))
    assert (main.stage, main.date, main.value.amount if main.value else None) == ("approved", "2026-08-21", 2.3e9)
    assert all(i.catalog_id != "hh-60w" for i in main.items)


def test_a_foreign_made_system_sold_through_fms_is_a_us_sale() -> None:
    text = ("Published: 2025-07-23\n\nBulgaria cleared for coastal missiles\n\nThe State Department on Monday "
            "approved a possible Foreign Military Sale to Bulgaria of Naval Strike Missile coastal defence systems "
            "for an estimated $620 million.\n")
    bgr = _by_buyer(extract_text(text))["BGR"]
    assert bgr.seller is not None and bgr.seller.code == "USA"


def test_several_cases_of_one_announcement_each_with_its_price() -> None:
    text = ("Fri, Dec 19, 2025\n\nThe US on Wednesday approved eight possible arms sales to Taiwan. The biggest item "
            "is a package of 82 HIMARS launchers and 420 ATACMS missiles valued at US$4.05 billion. The second-largest "
            "item is 60 M109A7 self-propelled howitzers, estimated at US$4.03 billion. The list also includes 1,050 "
            "Javelin anti-tank missiles for US$375 million.\n")
    twn = [d for d in extract_text(text).deals if d.buyer and d.buyer.code == "TWN"]
    by_value = {d.value.amount: {i.catalog_id for i in d.items} for d in twn if d.value}
    assert set(by_value) == {4.05e9, 4.03e9, 3.75e8}
    assert "m109a7" in by_value[4.03e9] and "m109a7" not in by_value[4.05e9]


def test_a_supplier_of_a_secondary_item_is_not_the_contractor() -> None:
    text = ("14.09.2024, 08:30 Uhr\n\nDas US-Außenministerium hat am Freitag den Verkauf von 32 F-35A an Rumänien "
            "genehmigt, geschätzter Wert 7,2 Milliarden Dollar. Zum Paket gehören neben den Jets 33 Triebwerke vom Typ "
            "F135 des Herstellers Pratt & Whitney. Das einstrahlige Flugzeug wird vom US-Konzern Lockheed Martin "
            "gebaut.\n")
    rou = _by_buyer(extract_text(text))["ROU"]
    assert rou.contractor == "Lockheed Martin"


def test_background_sales_in_a_us_dollar_marking_local_paper() -> None:
    text = ("Fri, Dec 19, 2025\n\nThe US on Wednesday approved eight possible arms sales to Taiwan worth US$11.1 "
            "billion. The biggest item is 82 HIMARS launchers valued at US$4.05 billion (about NT$127 billion). The "
            "previous largest single approval was the 2019 sale of F-16 Block 70 jets worth US$8 billion. In October "
            "last year, Washington approved three NASAMS air defense systems, a purchase the ministry at the time "
            "valued at $37 billion.\n")
    twn = [d for d in extract_text(text).deals if d.buyer and d.buyer.code == "TWN"]
    nasams = next(d for d in twn if any(i.catalog_id == "nasams" for i in d.items))
    assert nasams.seller is not None and nasams.seller.code == "USA"
    assert nasams.value is not None and nasams.value.currency == "TWD"
    assert any(d.value is not None and d.value.amount == 8e9 for d in twn)


def test_the_first_system_delivered_refers_back_and_its_maker_sells() -> None:
    text = ("Stand: 29.09.2023\n\nDeutschland und Israel haben am Donnerstag den Vertrag über Arrow 3 "
            "unterzeichnet. Das IRIS-T SLM von Diehl Defence hat sich unterdessen im Krieg in der Ukraine bewährt. "
            "Das erste System wurde im Oktober 2022 an Kiew übergeben.\n")
    ukr = _by_buyer(extract_text(text))["UKR"]
    assert ukr.seller is not None and ukr.seller.code == "DEU"
    assert [i.catalog_id for i in ukr.items] == ["iris-t-slm"] and ukr.stage == "delivered"


def test_several_contracts_in_one_clause_are_several_deals_unless_one_price_covers_them() -> None:
    split = extract_text(
        "Published: 2022-08-27\n\nPolen hat am Freitag Verträge über 180 Kampfpanzer K2 und 212 Panzerhaubitzen "
        "K9 mit südkoreanischen Herstellern unterzeichnet. Die ersten Fahrzeuge sollen noch 2022 eintreffen.",
        path="k2-k9.txt")
    items = sorted((i.catalog_id, i.quantity) for d in split.deals for i in d.items)
    assert len(split.deals) == 2 and all(len(d.items) == 1 and d.buyer.code == "POL" for d in split.deals)
    assert [q for _, q in items] == [180, 212] or [q for _, q in items] == [212, 180]
    assert {d.stage for d in split.deals} == {"signed"}
    one = extract_text(
        "Published: 2022-08-27\n\nPoland signed contracts worth $5.8 billion for 180 K2 tanks and 212 K9 "
        "howitzers on Friday.", path="k2-k9-one-price.txt")
    assert len(one.deals) == 1 and len(one.deals[0].items) == 2  # one price told for both: one deal as told


def test_what_the_buyer_would_receive_and_counts_of_pods_and_sets() -> None:
    ex = extract_text(
        "Published: 2026-03-12\n\nThe State Department on Tuesday approved a possible sale of rocket artillery to "
        "Sweden for $930 million. Under the notice, Sweden would receive 20 M142 launchers and rockets in two "
        "types: 30 M31A2 unitary pods, and 30 each of the M403 and M404 versions. The package also includes 12 pods "
        "of M57 ATACMS and 24 sets of the IFATDS fire-direction system.", path="se.txt")
    assert len(ex.deals) == 1
    items = {i.catalog_id: i.quantity for i in ex.deals[0].items}
    assert items == {"m142-himars": 20, "m31a2": 30, "m403": 30, "m404": 30, "m57-atacms": 12, "ifatds": 24}


def test_unaccented_state_department_makes_a_us_sale_and_congress_approving_the_operation_is_flagged() -> None:
    ex = extract_text(
        "Publié le 8 octobre 2022\n\nLe département d'Etat a approuvé la vente de NASAMS au Koweït pour 3 milliards "
        "de dollars. Le Congrès américain a déjà approuvé l'opération.", path="kw.txt")
    assert [(d.seller.code, d.buyer.code) for d in ex.deals] == [("USA", "KWT")]
    assert any(c.attribute == "approval" and c.verdict == "contradicted" for c in ex.claims)
    en = extract_text("Published: 2022-10-08\n\nThe State Department approved the NASAMS sale to Kuwait. Congress "
                      "approved the deal on Friday.", path="kw-en.txt")
    assert any(c.attribute == "approval" and c.verdict == "contradicted" for c in en.claims)


def test_several_cases_listed_after_a_colon_are_one_deal_each() -> None:
    ex = extract_text(
        "Published: 2025-07-25\n\nOn December 20 last year, the State Department cleared three cases for Egypt on "
        "one day: a $4.69 billion programme to rebuild 555 M1A1 Abrams tanks, 2,183 AGM-114R Hellfire missiles "
        "valued at $630 million, and APKWS guidance kits worth $30 million.", path="egy.txt")
    got = sorted((d.value.amount, [i.catalog_id for i in d.items]) for d in ex.deals)
    assert got == [(3e7, ["apkws"]), (6.3e8, ["agm-114r"]), (4.69e9, ["m1a1"])]
    assert {d.date for d in ex.deals} == {"2024-12-20"} and {d.buyer.code for d in ex.deals} == {"EGY"}


def test_german_request_containers_and_an_unconfirmed_report() -> None:
    ex = extract_text(
        "Veröffentlicht: 31.08.2024\n\nDas US-Außenministerium genehmigte am Freitag den Verkauf von Raketenwerfern "
        "an Kroatien für 390 Millionen US-Dollar. Kroatien hatte um acht M142 HIMARS gebeten. Dazu kommen 24 "
        "Behälter mit M30A2-Raketen. Berichte, wonach Zagreb auch ATACMS-Raketen bestellen wolle, wurden vom "
        "Ministerium nicht bestätigt.", path="hr.txt")
    assert len(ex.deals) == 1
    d = ex.deals[0]
    assert (d.seller.code, d.buyer.code, d.stage, d.date) == ("USA", "HRV", "approved", "2024-08-30")
    assert {i.catalog_id: i.quantity for i in d.items} == {"m142-himars": 8, "m30a2": 24}


def test_the_country_attacked_is_not_the_buyer() -> None:
    ex = extract_text(
        "Veröffentlicht: 12.05.2023\n\nDas US-Außenministerium hat am Donnerstag den Verkauf von 60 CH-47F Chinook "
        "an Deutschland genehmigt. Die Chinook-Beschaffung wird aus dem Sondervermögen finanziert, das der "
        "Bundestag nach dem russischen Angriff gegen die Ukraine beschlossen hatte. Im vergangenen Juli hatte "
        "Washington bereits den Verkauf von 35 F-35 an Deutschland gebilligt, Wert 8,4 Milliarden US-Dollar.",
        path="de-ch47.txt")
    assert {d.buyer.code for d in ex.deals} == {"DEU"} and len(ex.deals) == 2


def test_related_story_headlines_are_not_deals_and_an_article_is_not_a_count() -> None:
    ex = extract_text(
        "Publié le 8 octobre 2022\n\nLes États-Unis ont autorisé jeudi la vente au Koweït d'un système NASAMS pour "
        "3 milliards de dollars.\n\nSur le même sujet\n- Arabie saoudite : Washington valide la vente de missiles "
        "Patriot\n- Qatar : feu vert pour des drones MQ-9B\n\nRead more: Poland orders 96 Apache helicopters\n",
        path="kw-links.txt")
    assert [(d.buyer.code, [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals] == [
        ("KWT", [("nasams", None)])]


def test_french_concluded_contract_and_missiles_meant_for_a_fleet() -> None:
    ex = extract_text(
        "Publié le 26 novembre 2021\n\nLa France et la Croatie ont conclu jeudi le contrat de vente de douze "
        "Rafale pour 999 millions d'euros. En juillet, Washington avait approuvé un paquet de 397 millions de "
        "dollars pour le Koweït, comprenant des missiles AMRAAM destinés aux Eurofighter de son armée de l'air.",
        path="hr-rafale.txt")
    deals = _by_buyer(ex)
    hrv = deals["HRV"]
    assert (hrv.seller.code, hrv.stage, hrv.date) == ("FRA", "signed", "2021-11-25")
    assert [i.catalog_id for i in deals["KWT"].items] == ["aim-120-amraam"]


def test_two_sales_approved_together_then_each_detailed() -> None:
    ex = extract_text(
        "Published: 2020-10-10\n\nThe State Department on Friday approved two possible sales of fighter jets to "
        "Finland, for both bidders in its tender: up to 64 F-35 jets at an estimated $12.5 billion, and a "
        "package of Super Hornet and Growler aircraft put at $14.7 billion. Finland is also weighing bids from "
        "Sweden and a Eurofighter team.\n\nThe F-35 offer covers 64 aircraft, 66 F135 engines and 150 AIM-9X "
        "missiles.\n\nThe Boeing package comprises 50 F/A-18E Super Hornets and 14 EA-18G Growler jets.",
        path="fi-hx.txt")
    got = {d.value.amount: {i.catalog_id: i.quantity for i in d.items} for d in ex.deals}
    assert set(got) == {1.25e10, 1.47e10}
    assert got[1.25e10] == {"f-35": 64, "f135": 66, "aim-9x": 150}
    assert "ea-18g" in got[1.47e10] and "f-35" not in got[1.47e10]


def test_a_request_told_in_the_words_of_the_notice_is_its_approval() -> None:
    ex = extract_text(
        "Published 15 February 2022\n\nThe notification published last Thursday by the US Defense Security "
        "Cooperation Agency is the largest case ever proposed for Indonesia. Jakarta has requested up to 36 "
        "F-15ID aircraft, with the package priced at an estimated $13.9 billion.", path="idn.txt")
    d = ex.deals[0]
    assert (d.seller.code, d.buyer.code, d.stage, d.date) == ("USA", "IDN", "approved", "2022-02-10")
    own = extract_text("Published 15 February 2022\n\nPoland sent a letter of request for 500 HIMARS launchers, "
                       "the Defense Ministry said.", path="pol.txt")
    assert own.deals[0].stage == "requested"


def test_an_earlier_approval_told_as_a_noun_goes_to_the_buyer_named_before_and_wishes_are_no_items() -> None:
    ex = extract_text(
        "Published: 2023-11-27\n\nThe State Department cleared Romania on November 9 to buy 54 M1A2 Abrams tanks "
        "for $2.53 billion. Poland received approval in February 2022 for 250 M1A2 tanks worth $6 billion.\n\n"
        "Tanks are only part of the story. Over six years, Romania has shifted its big purchases to the United "
        "States. The Patriot programme, approved in 2017 at an estimated $3.9 billion, was the first. Officials "
        "have spoken of acquiring the F-35 in the longer term, but no approval for such a sale exists.",
        path="rou.txt")
    deals = [(d.buyer.code, d.value.amount if d.value else None, sorted(i.catalog_id or "" for i in d.items))
             for d in ex.deals]
    assert ("ROU", 3.9e9, ["patriot"]) in deals
    assert not any("f-35" in items for _, _, items in deals)


def test_value_claims_name_the_buyer_when_the_text_tells_the_same_system_sold_to_several() -> None:
    ex = extract_text(
        "Published: 2026-01-08\n\nNorway was the first Nordic customer: Washington approved its request for up to "
        "five P-8As in December 2016 in a package valued at $1.2 billion. Germany was cleared in March 2021 to buy "
        "five P-8As for $1.77 billion.", path="p8.txt")
    by_subject = {c.subject: c.verdict for c in ex.claims if c.attribute in ("value", "currency")}
    assert by_subject == {"P-8A Poseidon (Norway)": "contradicted", "P-8A Poseidon (Germany)": "supported"}


def test_the_maker_s_country_is_not_the_buyer_of_its_own_export() -> None:
    ex = extract_text(
        "Published: 2022-02-11\n\nThe announcement came hours after the defence minister and his French "
        "counterpart signed a contract in Jakarta on Thursday for 42 Rafale fighters. Separately, the Bundeswehr "
        "ordered 18 Leopard 2A8 tanks from KNDS for 525 million euros.", path="idn-rafale.txt")
    # (the Bundeswehr's own order is a home purchase, Germany from Germany, never an Indonesian one: session 26)
    assert [(d.seller.code if d.seller else None, d.buyer.code) for d in ex.deals] == [("FRA", "IDN"), ("DEU", "DEU")]


def test_buyers_named_together_each_with_the_same_count() -> None:
    en = extract_text(
        "Published: 2021-05-05\n\nEgypt ordered 30 more Rafale jets from Dassault Aviation on Monday. The Rafale's "
        "export record was thin for years, but it has gathered pace: Qatar and India each bought 36 aircraft.",
        path="egy.txt")
    assert {(d.seller.code, d.buyer.code, tuple((i.catalog_id, i.quantity) for i in d.items)) for d in en.deals} == {
        ("FRA", "EGY", (("rafale", 30),)), ("FRA", "QAT", (("rafale", 36),)), ("FRA", "IND", (("rafale", 36),))}
    de = extract_text("Veröffentlicht: 05.12.2021\n\nZuvor hatten bereits Katar und Indien jeweils 36 Rafale gekauft.",
                      path="de.txt")
    assert sorted((d.buyer.code, d.items[0].quantity) for d in de.deals) == [("IND", 36), ("QAT", 36)]


def test_two_prices_for_two_systems_and_a_third_case_priced_next_with_a_headed_list() -> None:
    ex = extract_text(
        "Published: 2020-11-11\n\nThe State Department on Tuesday approved three possible sales to the United Arab "
        "Emirates. The approvals cover up to 50 F-35A jets valued at $10.4 billion and up to 18 MQ-9B drones "
        "valued at $2.97 billion.\n\nThe third notification is a weapons case of unusual breadth. DSCA priced it "
        "at $10 billion.\n\nWhat is in the munitions case\n\n- 802 AIM-120C-8 missiles\n- 2,500 GBU-39/B bombs\n",
        path="uae.txt")
    got = {d.value.amount: {i.catalog_id: i.quantity for i in d.items} for d in ex.deals}
    assert got[1.04e10] == {"f-35a": 50} and got[2.97e9] == {"mq-9b": 18}
    assert got[1e10] == {"aim-120c-8": 802, "gbu-39": 2500}


def test_the_buyer_named_only_in_the_sentence_before_the_approval() -> None:
    ex = extract_text(
        "Veröffentlicht: 05.04.2018\n\nDie Slowakei will ihre veraltete Kampfjetflotte bald ausmustern. Am Mittwoch "
        "gab das US-Außenministerium grünes Licht für den möglichen Verkauf von vierzehn Kampfflugzeugen vom Typ "
        "F-16 Block 70/72.", path="svk.txt")
    d = ex.deals[0]
    assert (d.seller.code, d.buyer.code, d.stage, d.date, d.items[0].quantity) == (
        "USA", "SVK", "approved", "2018-04-04", 14)


def test_a_fact_box_restating_the_price_and_nato_weapons_are_no_deals() -> None:
    ex = extract_text(
        "Published 17 September 2022\n\nPoland's Armament Agency signed for 48 FA-50 light combat aircraft on "
        "Friday, a deal worth about $3 billion.\n\nKey facts\n- Buyer: Poland\n- Value: approximately $3 billion\n\n"
        "The FA-50PL is expected to add compatibility with NATO weapons, including AIM-9X and AIM-120 missiles.",
        path="pl-fa50.txt")
    assert [(d.buyer.code, d.value.amount) for d in ex.deals] == [("POL", 3e9)]
    assert not {"aim-9x", "aim-120-amraam"} & {i.catalog_id for i in ex.deals[0].items}


def test_a_dollar_figure_converted_into_nt_dollars_is_in_us_dollars() -> None:
    ex = extract_text(
        "WASHINGTON/TAIPEI, Aug 20 (Wire) - The U.S. State Department on Tuesday approved the possible sale of 66 "
        "F-16 Block 70 jets to Taiwan, a package valued at an estimated $8 billion, or roughly NT$250 billion. On "
        "July 8 it approved 108 M1A2T Abrams tanks worth about $2 billion and 250 Stinger missiles valued at "
        "$223.56 million.", path="tw.txt", published="2019-08-21")
    assert sorted((d.value.amount, d.value.currency) for d in ex.deals) == [
        (2.2356e8, "USD"), (2e9, "USD"), (8e9, "USD")]


def test_french_cases_told_one_by_one() -> None:
    ex = extract_text(
        "Publié le 12 novembre 2020\n\nLe département d'État américain a approuvé mardi trois ventes d'armement aux "
        "Émirats arabes unis. Le contrat le plus symbolique porte sur jusqu'à 50 F-35A. Son coût est estimé à 10,4 "
        "milliards de dollars. S'y ajoutent 54 moteurs F135. Deuxième volet : jusqu'à 18 drones MQ-9B pour 2,97 "
        "milliards de dollars. Le troisième dossier concerne des munitions. Washington l'a évalué à 10 milliards "
        "de dollars.", path="uae-fr.txt")
    got = {d.value.amount: sorted((i.catalog_id or "", i.quantity) for i in d.items) for d in ex.deals}
    assert got[1.04e10] == [("f-35a", 50), ("f135", 54)] and got[2.97e9] == [("mq-9b", 18)] and 1e10 in got


def test_an_order_from_another_maker_is_another_contract_and_the_maker_s_demonym_is_no_buyer() -> None:
    ex = extract_text(
        "Veröffentlicht: 04.12.2021\n\nDie Vereinigten Arabischen Emirate haben am Freitag achtzig Kampfflugzeuge vom "
        "Typ Rafale bei dem französischen Hersteller Dassault Aviation bestellt, für rund 16 Milliarden Euro. "
        "Zusätzlich bestellten die Emirate zwölf Transporthubschrauber vom Typ H225M Caracal bei Airbus "
        "Helicopters.", path="uae-de.txt")
    got = sorted((d.buyer.code, [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals)
    assert got == [("ARE", [("h225m", 12)]), ("ARE", [("rafale", 80)])]


def test_a_country_which_washington_cleared_is_the_buyer() -> None:
    ex = extract_text(
        "Published: 2019-06-04\n\nBulgaria's move follows a similar decision by Slovakia, which Washington cleared "
        "last year to acquire 14 F-16 Block 70/72 jets in a package estimated at $2.91 billion.", path="bg.txt")
    assert [(d.seller.code, d.buyer.code) for d in ex.deals] == [("USA", "SVK")]


def test_contracts_signed_by_makers_for_the_country_named_before() -> None:
    ex = extract_text(
        "Veröffentlicht: 10.07.2024\n\nRumänien kauft 54 Panzerhaubitzen K9 für 938 Millionen US-Dollar. Die ersten "
        "kommen 2027.\n\nDen Durchbruch in Europa brachte Polen. Im Sommer 2022 unterschrieben Hyundai Rotem und "
        "Hanwha die ersten Ausführungsverträge über 180 Kampfpanzer K2 und 212 Panzerhaubitzen K9.",
        path="kor.txt")
    got = sorted((d.buyer.code, sorted((i.catalog_id or "", i.quantity) for i in d.items)) for d in ex.deals)
    assert ("ROU", [("k9", 54)]) in got
    assert sorted(q for b, items in got if b == "POL" for _, q in items) == [180, 212]


def test_variants_counted_after_their_family() -> None:
    ex = extract_text(
        "Published: 2016-11-18\n\nThe State Department approved the sale of Super Hornets to Kuwait. Kuwait's "
        "request covers 40 Super Hornets - 32 single-seat F/A-18E aircraft and eight two-seat F/A-18F models.",
        path="kw-sh.txt")
    assert sorted((i.catalog_id, i.quantity) for i in ex.deals[0].items) == [("fa-18e", 32), ("fa-18f", 8)]
    de = extract_text(
        "Veröffentlicht: 10.07.2020\n\nDie US-Regierung hat den Verkauf von 105 F-35 an Japan genehmigt. Vorgesehen "
        "sind dreiundsechzig Maschinen der Standardversion F-35A sowie zweiundvierzig Flugzeuge der Variante F-35B.",
        path="jp-f35.txt")
    assert sorted((i.catalog_id, i.quantity) for i in de.deals[0].items) == [("f-35a", 63), ("f-35b", 42)]


def test_two_sales_in_one_german_sentence_each_item_before_its_buyer() -> None:
    ex = extract_text(
        "Veröffentlicht: 21.11.2016\n\nDas State Department genehmigte am vergangenen Donnerstag den Verkauf von "
        "F-15QA-Jets an Katar im geschätzten Wert von 21,1 Milliarden US-Dollar und von Super-Hornet-"
        "Kampfflugzeugen an Kuwait für geschätzte 10,1 Milliarden US-Dollar.", path="gulf.txt")
    got = {d.buyer.code: (d.value.amount, [i.catalog_id for i in d.items]) for d in ex.deals}
    assert got == {"QAT": (2.11e10, ["f-15qa"]), "KWT": (1.01e10, ["fa-18ef"])}


def test_a_second_contract_signed_on_the_same_occasion_takes_its_date() -> None:
    ex = extract_text(
        "Publié le 4 décembre 2021\n\nLes Émirats arabes unis ont signé vendredi avec Dassault Aviation un contrat "
        "portant sur 80 Rafale. Dans la foulée, Abou Dhabi a commandé 12 hélicoptères H225M Caracal à Airbus "
        "Helicopters.", path="uae-fr.txt")
    assert sorted((d.items[0].catalog_id, d.date) for d in ex.deals) == [
        ("h225m", "2021-12-03"), ("rafale", "2021-12-03")]


def test_an_earlier_approval_of_the_same_price_is_another_deal_and_erhielt_names_the_buyer() -> None:
    ex = extract_text(
        "Veröffentlicht: 05.04.2022\n\nDas US-Außenministerium hat am Montag den Verkauf von zehn F-16 Block 70 an "
        "Bulgarien für 1,673 Milliarden US-Dollar genehmigt. Bereits im Juni 2019 hatte Washington den Verkauf von "
        "acht F-16 an Bulgarien gebilligt, damals ebenfalls für 1,673 Milliarden Dollar. Die benachbarte Slowakei "
        "erhielt 2018 grünes Licht für 14 F-16 im Wert von 2,91 Milliarden Dollar.", path="bg-de.txt")
    got = sorted((d.buyer.code, d.items[0].quantity, d.date) for d in ex.deals)
    assert got == [("BGR", 8, None), ("BGR", 10, "2022-04-04"), ("SVK", 14, None)]


def test_rumours_reported_by_the_press_add_no_items() -> None:
    ex = extract_text(
        "Published: 2019-11-21\n\nThe State Department approved the sale of 36 AH-64E Apache helicopters to Morocco "
        "for $4.25 billion. Some Moroccan news sites reported this week that the kingdom had also asked about "
        "buying F-35 stealth fighters. Reports circulating on social media claimed that the package also included "
        "F-16 jets.", path="ma-rumour.txt")
    assert [[i.catalog_id for i in d.items] for d in ex.deals] == [["ah-64e"]]


def test_a_maker_named_with_made_by_does_not_block_an_earlier_approval() -> None:
    ex = extract_text(
        "Publié le 20 janvier 2018\n\nLe département d'État a approuvé la vente de 34 F-35A à la Belgique pour "
        "6,53 milliards de dollars. En 2012, Washington avait donné son feu vert à la cession de 240 missiles "
        "Javelin, pour 88 millions de dollars, produits par la coentreprise de Raytheon et Lockheed Martin.",
        path="be.txt")
    assert sorted((d.value.amount, d.items[0].catalog_id, d.items[0].quantity) for d in ex.deals) == [
        (8.8e7, "javelin", 240), (6.53e9, "f-35a", 34)]


def test_a_contractor_as_the_text_names_it() -> None:
    ex = extract_text(
        "Published: 2017-10-07\n\nThe State Department approved a $15 billion THAAD sale to Saudi Arabia. The "
        "principal contractors will be Lockheed Martin Missiles and Fire Control of Dallas and Raytheon Company.",
        path="sa-c.txt")
    assert ex.deals[0].contractor == "Lockheed Martin Missiles and Fire Control; Raytheon Company"
    for c in ex.deals[0].contractors:
        assert ex.document.text[c.evidence.start:c.evidence.end] == c.name


def test_parts_counted_by_their_kind_are_the_main_system_s_components() -> None:
    ex = extract_text(
        "Veröffentlicht: 07.10.2017\n\nDas US-Außenministerium hat den Verkauf des Raketenabwehrsystems THAAD an "
        "Saudi-Arabien genehmigt. Nach Angaben der DSCA umfasst das Paket 44 Startgeräte, 360 Abfangraketen sowie "
        "sieben Radaranlagen vom Typ AN/TPY-2.", path="sa-de.txt")
    items = {i.catalog_id: i.quantity for i in ex.deals[0].items}
    assert items["thaad-launcher"] == 44 and items["thaad-interceptor"] == 360 and items["an-tpy-2"] == 7


def test_an_enumeration_of_earlier_approvals_goes_on_without_a_verb() -> None:
    ex = extract_text(
        "Published: 2023-10-09\n\nIn March 2022 Washington cleared MH-60R helicopters for the Spanish navy at $950 "
        "million. Four years earlier, in 2018, it was the turn of the army's heavy-lift fleet, with seventeen "
        "CH-47F Chinooks valued at $1.3 billion.", path="es-bg.txt")
    got = sorted((d.value.amount, d.stage, [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals)
    assert got == [(9.5e8, "approved", [("mh-60r", None)]), (1.3e9, "approved", [("ch-47f", 17)])]


def test_in_short_supply_is_no_deal() -> None:
    ex = extract_text(
        "Published: 2023-10-09\n\nIn March 2022 Washington cleared MH-60R helicopters for Spain at $950 million. "
        "The Franco-Italian SAMP/T is in short supply, and supply chains are stretched.", path="es-s.txt")
    assert [[i.catalog_id for i in d.items] for d in ex.deals] == [["mh-60r"]]


def test_an_earlier_phase_told_with_a_participle_and_a_pronoun_is_its_own_deal() -> None:
    text = ("Publié le 30 juin 2023\n\nLe département d'État a approuvé mercredi 28 juin la vente à la Pologne de la "
            "seconde phase du programme Patriot, pour 15 milliards de dollars. Varsovie demande quarante-huit "
            "lanceurs M903 et jusqu'à 644 missiles PAC-3 MSE. La première phase, approuvée par Washington en "
            "novembre 2017, portait sur 10,5 milliards de dollars. Elle comprenait seize lanceurs M903 et 208 "
            "missiles PAC-3 MSE.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert set(deals) == {15e9, 10.5e9}
    assert {i.catalog_id: i.quantity for i in deals[15e9].items if i.quantity} == {"patriot-launcher": 48,
                                                                                   "pac-3-mse": 644}
    assert {i.catalog_id: i.quantity for i in deals[10.5e9].items} == {"patriot-launcher": 16, "pac-3-mse": 208}
    assert deals[15e9].date == "2023-06-28" and deals[10.5e9].stage == "approved"


def test_an_uncounted_programme_name_gives_way_to_its_counted_components() -> None:
    text = ("WARSAW, June 29, 2023 - Washington on Wednesday approved the second phase of Poland's Patriot "
            "programme, estimated at $15 billion. Poland asked for 48 M903 launching stations and up to 644 "
            "PAC-3 MSE missiles.\n")
    (deal,) = extract_text(text).deals
    assert {(i.catalog_id, i.quantity) for i in deal.items} == {("patriot-launcher", 48), ("pac-3-mse", 644)}
    one = text.replace(" and up to 644 PAC-3 MSE missiles", "")
    assert {i.catalog_id for i in extract_text(one).deals[0].items} == {"patriot", "patriot-launcher"}


def test_a_purchase_on_behalf_of_another_country_and_a_count_after_a_year() -> None:
    text = ("By A. Writer | 21 December 2024\n\nOn Thursday, Germany's procurement office, acting on behalf of "
            "Lithuania's Defence Materiel Agency, signed a contract with KNDS Deutschland for 44 Leopard 2A8 "
            "tanks worth €950 million. Vilnius bought American kit first. In July 2020 came six UH-60M Black Hawk "
            "helicopters in a case worth $380 million.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert (deals[950e6].seller.code, deals[950e6].buyer.code) == ("DEU", "LTU")
    assert deals[380e6].buyer.code == "LTU"
    assert [(i.catalog_id, i.quantity) for i in deals[380e6].items] == [("uh-60m", 6)]


def test_german_sale_nouns_and_an_earlier_approval_told_with_its_year_and_price() -> None:
    text = ("Donnerstag, 12. November 2020\n\nDas US-Außenministerium hat am Dienstag drei Rüstungsexporte an die "
            "Vereinigten Arabischen Emirate gebilligt. Kernstück ist der Verkauf von bis zu 50 Kampfflugzeugen des "
            "Typs F-35A für 10,4 Milliarden Dollar. Im September 2014 folgten zwölf Raketenwerfer vom Typ HIMARS "
            "für 2,5 Milliarden Dollar.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert [(i.catalog_id, i.quantity) for i in deals[10.4e9].items] == [("f-35a", 50)]
    assert [(i.catalog_id, i.quantity) for i in deals[2.5e9].items] == [("m142-himars", 12)]
    assert deals[2.5e9].buyer.code == "ARE" and deals[2.5e9].date is None


def test_two_sales_in_one_sentence_share_the_day_of_the_notices() -> None:
    text = ("Monday, May 6, 2019\n\nThe State Department has approved two helicopter sales to the Czech Republic. "
            "Notices published on Friday by the DSCA cover four AH-1Z Viper helicopters, at an estimated "
            "$205 million, and twelve UH-60M Black Hawk helicopters, estimated at $800 million. The Black Hawk "
            "offer includes 114 Advanced Precision Kill Weapon Systems (APKWS) and four versions (M197, M240H) "
            "of guns.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert deals[205e6].date == deals[800e6].date == "2019-05-03"
    counts = {i.catalog_id: i.quantity for i in deals[800e6].items}
    assert counts["apkws"] == 114 and counts.get("m240h") is None


def test_a_buyer_cabinet_approval_is_its_own_step_and_a_maker_industry_is_no_buyer() -> None:
    text = ("29 octobre 2025\n\nRéuni mardi, le Conseil des ministres espagnol a autorisé la passation du contrat "
            "d'acquisition de quarante-cinq avions Hürjet, conçus par Turkish Aerospace. Le montant estimé atteint "
            "3,12 milliards d'euros, ce qui en fait la plus importante percée de l'industrie aéronautique turque.\n")
    (deal,) = extract_text(text).deals
    assert (deal.seller.code, deal.buyer.code, deal.stage) == ("TUR", "ESP", "other")
    assert deal.value.amount == 3.12e9 and [(i.quantity) for i in deal.items] == [45]


def test_a_family_name_written_before_its_member_and_a_value_the_agency_put_on_the_case() -> None:
    text = ("WASHINGTON, Nov 10, 2020 - The administration on Tuesday approved the sale of up to 50 F-35A fighters to "
            "the United Arab Emirates. The Defense Security Cooperation Agency put that case at $10.4 billion. In "
            "May 2019 the State Department approved up to 452 Patriot PAC-3 MSE interceptors for the emirates at an "
            "estimated $2.728 billion.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert [(i.catalog_id, i.quantity) for i in deals[10.4e9].items] == [("f-35a", 50)]
    assert [(i.catalog_id, i.quantity) for i in deals[2.728e9].items] == [("pac-3-mse", 452)]


def test_that_day_a_list_of_three_sales_and_an_order_placed_with_a_country() -> None:
    text = ("Publié le 15 décembre 2021\n\nAbou Dhabi a suspendu mardi ses discussions, douze jours après avoir "
            "commandé 80 Rafale à la France. Il faut revenir au 10 novembre 2020. Ce jour-là, le département d'État "
            "avait approuvé trois ventes distinctes aux Émirats : jusqu'à 50 F-35A pour 10,4 milliards de dollars, "
            "18 drones MQ-9B pour 2,97 milliards de dollars, et un lot de munitions - missiles AMRAAM et armements "
            "guidés - évalué à 10 milliards de dollars. Les Rafale doivent remplacer les 60 Mirage 2000-9 achetés "
            "en 1998.\n")
    deals = extract_text(text).deals
    rafale = next(d for d in deals if d.seller and d.seller.code == "FRA")
    assert rafale.buyer.code == "ARE" and [i.catalog_id for i in rafale.items] == ["rafale"]
    us = {d.value.amount: d for d in deals if d.value and d.seller and d.seller.code == "USA"}
    assert set(us) == {10.4e9, 2.97e9, 10e9} and {d.date for d in us.values()} == {"2020-11-10"}
    assert [i.catalog_id for i in us[10e9].items] == ["aim-120-amraam"]


def test_a_background_approval_naming_its_own_prime_contractor_is_its_own_deal() -> None:
    text = ("SOFIA, Sept. 2, 2023 - The United States has cleared Bulgaria to buy 183 Stryker vehicles in a package "
            "estimated at $1.5 billion. In April last year, Washington cleared the sale of eight more F-16 Block 70 "
            "jets for an estimated $1.673 billion, with Lockheed Martin as the main contractor.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert set(deals) == {1.5e9, 1.673e9}
    assert [c.name for c in deals[1.673e9].contractors] == ["Lockheed Martin"]
    assert all(c.name != "Lockheed Martin" for c in deals[1.5e9].contractors)


def test_a_german_background_approval_with_its_maker_and_a_rumour_of_another_order() -> None:
    text = ("WEHR | Analyse | 14. September 2023\n\nAm Montag billigte das US-Außenministerium den möglichen Verkauf "
            "von IBCS-Komponenten an Polen im geschätzten Wert von 4,0 Milliarden US-Dollar. Damals ging es um die "
            "zweite Phase des Patriot-Programms mit einem Volumen von bis zu 15 Milliarden Dollar: 48 Startgeräte "
            "vom Typ M903 und bis zu 644 Abfangraketen PAC-3 MSE. Dazwischen, am 21. August, genehmigte das State "
            "Department zudem 96 Kampfhubschrauber AH-64E Apache von Boeing für geschätzte 12 Milliarden Dollar. "
            "Gerüchte, Warschau wolle bis Jahresende noch weitere Patriot-Batterien bestellen, wies ein Sprecher "
            "zurück.\n")
    deals = extract_text(text).deals
    assert sorted(d.value.amount for d in deals if d.value) == [4e9, 12e9, 15e9]
    assert len(deals) == 3 and all(d.buyer.code == "POL" for d in deals)
    apache = next(d for d in deals if d.value and d.value.amount == 12e9)
    assert apache.date == "2023-08-21" and [c.name for c in apache.contractors] == ["Boeing"]


def test_a_roundup_with_two_sales_announced_then_told_as_first_and_second_and_the_same_day() -> None:
    text = ("Samedi 11 mai 2019\n\n■ RÉPUBLIQUE TCHÈQUE\nVendredi 3 mai, le département d'État américain a approuvé "
            "deux ventes possibles à Prague. La première porte sur quatre hélicoptères AH-1Z Viper, pour 205 millions "
            "de dollars. La seconde concerne douze UH-60M Black Hawk, pour 800 millions de dollars.\n\n■ BAHREÏN\n"
            "Le même jour, Washington a autorisé Manama à acquérir un système Patriot pour 2,478 milliards de "
            "dollars : soixante missiles PAC-3 MSE et neuf lanceurs M903. Un second avis, de 750 millions de "
            "dollars, couvre 32 missiles AIM-9X.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert set(deals) == {205e6, 800e6, 2.478e9, 750e6}
    assert {d.buyer.code for d in deals.values()} == {"CZE", "BHR"} and deals[800e6].buyer.code == "CZE"
    assert {d.date for d in deals.values()} == {"2019-05-03"}
    assert [i.catalog_id for i in deals[750e6].items] == ["aim-9x"]


def test_a_digest_entry_heading_with_its_label_line() -> None:
    text = ("THE EXPORT LEDGER\nIssue 112 | Saturday 24 August 2024\n\nThree Foreign Military Sales approvals crossed "
            "our desk.\n\n1) ITALY - MQ-9 Block 5 aircraft - est. $738 million\nApproved: Thursday, 15 August\n\n"
            "The State Department cleared Rome to buy six MQ-9 Block 5 unmanned aircraft.\n\n2) AUSTRALIA - Javelin "
            "FGM-148F missiles - est. $100 million\nApproved: Monday, 19 August\n\nCanberra asked for 350 Javelin "
            "FGM-148F anti-tank missiles.\n")
    deals = {d.buyer.code: d for d in extract_text(text).deals}
    assert set(deals) == {"ITA", "AUS"}
    assert (deals["ITA"].value.amount, deals["ITA"].date, deals["ITA"].stage) == (738e6, "2024-08-15", "approved")
    assert [(i.quantity) for i in deals["ITA"].items] == [6]
    assert (deals["AUS"].value.amount, deals["AUS"].date) == (100e6, "2024-08-19")
    assert [(i.quantity) for i in deals["AUS"].items] == [350]


def test_an_earlier_order_told_with_a_bare_year_and_jets_of_the_sentence_before() -> None:
    text = ("BERN, 24.07.2025\n\nDie Schweiz hat am Dienstag fünf IRIS-T SLM für 500 Millionen Franken bestellt. Für die "
            "grosse Reichweite setzt der Bund auf das amerikanische Patriot: Fünf Systeme hatte die Schweiz 2022 "
            "bestellt. Auch beim Kampfflugzeug F-35A läuft nicht alles nach Plan. Die Schweiz hatte 2022 den Kauf "
            "von 36 Jets für 6,035 Milliarden Franken unterzeichnet. Das US-Verteidigungsministerium erteilte im "
            "Mai 2023 die Genehmigung für 60 CH-47F Chinook im Wert von 8,5 Milliarden Dollar an Deutschland.\n")
    deals = extract_text(text).deals
    iris = next(d for d in deals if any(i.catalog_id == "iris-t-slm" for i in d.items))
    assert [i.catalog_id for i in iris.items] == ["iris-t-slm"]
    f35 = next(d for d in deals if d.value and d.value.amount == 6.035e9)
    assert [(i.catalog_id, i.quantity) for i in f35.items] == [("f-35a", 36)]
    chinook = next(d for d in deals if d.value and d.value.amount == 8.5e9)
    assert chinook.stage == "approved" and chinook.buyer.code == "DEU"


def test_an_earlier_approval_with_its_contractors_after_a_sentence_naming_the_buyer() -> None:
    text = ("Published: Saturday, November 19, 2016\n\nKUWAIT CITY: The United States approved the sale of 40 F/A-18 "
            "Super Hornet fighters to Kuwait for $10.1 billion. On the same day, Washington approved F-15QA fighters "
            "for neighbouring Qatar at an estimated $21.1 billion. Kuwait has been a steady buyer of American weapons "
            "since 1991. In 2012 the United States approved a sale of 60 PAC-3 missiles along with radars and "
            "launching stations, at an estimated cost of $4.2 billion, with Raytheon and Lockheed Martin as "
            "principal contractors.\n")
    deals = {d.value.amount: d for d in extract_text(text).deals if d.value}
    assert deals[4.2e9].buyer.code == "KWT" and deals[4.2e9].items[0].quantity == 60
    assert [c.name for c in deals[4.2e9].contractors] == ["Raytheon", "Lockheed Martin"]


def test_makers_signing_compound_german_contracts_make_one_deal_per_platform() -> None:
    text = ("Stand: 02.08.2024\n\nDen Durchbruch in Europa brachte Polen. Im Sommer 2022 unterschrieben Hyundai Rotem "
            "und Hanwha die ersten Ausführungsverträge über 180 Kampfpanzer K2 und 212 Panzerhaubitzen K9.\n")
    deals = extract_text(text).deals
    assert sorted((d.buyer.code, d.items[0].catalog_id, d.items[0].quantity) for d in deals) == [
        ("POL", "k2", 180), ("POL", "k9", 212)]


def test_a_foreign_contract_told_without_a_verb_of_sale_after_the_buyer_was_named() -> None:
    text = ("Stand: 02.08.2024\n\nDen Durchbruch in Europa brachte Polen. Im Sommer 2022 unterschrieben Hyundai Rotem "
            "und Hanwha Verträge über 180 Kampfpanzer K2 und 212 Panzerhaubitzen K9. Im September desselben Jahres "
            "folgte KAI mit einem Vertrag über achtundvierzig leichte Kampfflugzeuge FA-50 im Wert von rund drei "
            "Milliarden US-Dollar – der erste Verkauf eines koreanischen Kampfjets nach Europa.\n")
    fa50 = next(d for d in extract_text(text).deals if d.value)
    assert (fa50.seller.code, fa50.buyer.code, fa50.value.amount) == ("KOR", "POL", 3e9)
    assert [(i.catalog_id, i.quantity) for i in fa50.items] == [("fa-50", 48)]


def test_a_roundup_section_heading_names_the_buyer_of_what_follows() -> None:
    text = ("THE TRANSFER SHEET\nIssue 143 | Friday, October 27, 2023\n\nFive State Department approvals this week.\n\n"
            "2) FINLAND - anti-radiation missiles\nOn Monday, Helsinki got the nod for up to one hundred fifty AGM-88G "
            "AARGM-ER missiles at an estimated $500 million.\n\n3) LITHUANIA - AMRAAMs for air defence\nThe third "
            "Monday approval: thirty-six AIM-120C-8 AMRAAMs for $100 million, with Raytheon in Tucson as prime.\n\n"
            "5) LATVIA - more rockets\nAlso Tuesday: six M142 HIMARS launchers and ten M57 ATACMS pods. The package is "
            "put at $220 million.\n")
    deals = {d.buyer.code: d for d in extract_text(text).deals}
    assert set(deals) == {"FIN", "LTU", "LVA"}
    assert (deals["LTU"].value.amount, deals["LTU"].items[0].quantity) == (100e6, 36)
    assert deals["LVA"].value.amount == 220e6 and deals["LVA"].stage == "approved"
    assert deals["LVA"].date == "2023-10-24"  # "Also Tuesday:" before Friday 27 October
    assert [(i.catalog_id, i.quantity) for i in deals["LVA"].items][0] == ("m142-himars", 6)


def test_used_jets_bought_from_a_country_name_that_country_as_the_seller() -> None:
    text = ("Publié le 4 novembre 2024\n\nAprès la signature, le 16 avril, du contrat d'achat de 24 F-16 d'occasion "
            "auprès du Danemark, Buenos Aires attendait l'armement. Le paquet vise les 24 F-16 cédés par Copenhague.\n")
    (deal,) = extract_text(text).deals
    assert (deal.seller.code, deal.buyer.code) == ("DNK", "ARG")


def test_a_sentence_announcing_several_sales_gives_its_stage_and_day_to_the_sales_told_next() -> None:
    text = ("PÉKIN, 17 déc 2015 (ACP) - La Chine a protesté jeudi.\n\nL'administration Obama a notifié mercredi au "
            "Congrès plusieurs contrats distincts. Le plus visible concerne deux frégates de classe Oliver Hazard "
            "Perry cédées à Taïwan pour 190 millions de dollars.\n")
    (deal,) = extract_text(text).deals
    assert (deal.buyer.code, deal.stage, deal.date, deal.value.amount) == ("TWN", "notified", "2015-12-16", 190e6)


def test_a_summary_list_restating_a_sale_is_that_sale_and_a_cumulative_total_is_none() -> None:
    text = ("TAIPEI, Dec. 17, 2015 - Washington notified Congress on Wednesday of the transfer of two Perry-class "
            "frigates to Taiwan for US$190 million. A separate notification covers 13 Phalanx CIWS guns, valued at "
            "US$416 million.\n\nAt a glance:\n* Two Perry-class frigates: US$190 million\n* 13 Phalanx guns: US$416 "
            "million\n\nArms purchases from the US under President Ma had passed US$20 billion.\n")
    values = sorted(d.value.amount for d in extract_text(text).deals if d.value)
    assert values == [190e6, 416e6]


def test_two_sales_at_the_same_price_with_other_counts_stay_two() -> None:
    text = ("SOFIA, April 5, 2022 - The State Department on Monday approved the sale of ten F-16 Block 70 jets to "
            "Bulgaria for $1.673 billion. In 2019 Washington had approved eight F-16 Block 70 for Bulgaria, also "
            "for $1.673 billion.\n")
    assert len([d for d in extract_text(text).deals if d.value and d.value.amount == 1.673e9]) == 2


def test_a_second_buyer_cleared_with_its_own_verb_in_the_sentence_shares_the_day() -> None:
    text = ("WASHINGTON, Nov 18, 2016 (Wire) - The State Department on Thursday approved the sale of 40 Super Hornet "
            "jets to Kuwait for $10.1 billion, and separately cleared Qatar to buy F-15QA fighters estimated at "
            "$21.1 billion.\n")
    deals = {d.buyer.code: d for d in extract_text(text).deals}
    assert deals["KWT"].date == deals["QAT"].date == "2016-11-17"


def test_a_demonym_before_a_company_names_the_seller() -> None:
    text = ("Publié le 20 novembre 2016\n\nLe Koweït a signé le 5 avril dernier avec l'italien Finmeccanica pour 28 "
            "Eurofighter Typhoon, un marché évalué à environ 8 milliards d'euros.\n")
    (deal,) = extract_text(text).deals
    assert (deal.seller.code, deal.buyer.code, deal.stage) == ("ITA", "KWT", "signed")


def test_a_currency_word_and_a_place_a_figure_was_told_are_no_parties() -> None:
    text = ("Stand: 14.11.2025\n\nAm 23. Mai 2023 unterzeichneten das malaysische Verteidigungsministerium und Korea "
            "Aerospace Industries (KAI) den Vertrag über 18 leichte Kampfjets FA-50. Der Vertragswert liegt bei rund "
            "920 Millionen US-Dollar, in Korea als 1,2 Billionen Won angegeben.\n")
    (deal,) = extract_text(text).deals
    assert (deal.seller.code, deal.buyer.code, deal.value.amount) == ("KOR", "MYS", 920e6)
