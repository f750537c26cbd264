"""Background deals told in an analysis: years that look like money, comparisons, 'as prime', denied
purchases and consortium-built systems.  Texts written for these tests (own wording, real facts)."""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.normalize.money import find_money

HEAD = "Monday, 10 October 2022\n\n"


def test_a_year_before_won_is_no_money() -> None:
    assert find_money("Qatar, which in November 2018 won U.S. approval for 40 AMRAAMs") == []
    assert [m.currency for m in find_money("a budget of 710 billion won")] == ["KRW"]


def test_a_system_compared_with_is_no_item() -> None:
    ex = extract_text(HEAD + "NASAMS is cheaper per shot than Patriot. Qatar won U.S. approval for 40 AIM-120C-7 "
                             "missiles for its NASAMS at an estimated $215 million.")
    assert [i.catalog_id for d in ex.deals for i in d.items if i.catalog_id == "patriot"] == []


def test_a_prime_named_after_the_sale_is_no_party() -> None:
    ex = extract_text(HEAD + "Kuwait received approval in July for $397 million in AMRAAM missiles. On 27 September, "
                             "DSCA cleared $250 million worth of ammunition for the army's tanks, with General Dynamics "
                             "as prime.")
    got = sorted((d.buyer.code, d.value.amount, d.date) for d in ex.deals)
    assert got == [("KWT", 250e6, "2022-09-27"), ("KWT", 397e6, None)]


def test_a_denied_purchase_word_opens_no_deal() -> None:
    ex = extract_text(HEAD + "Kuwait received approval for $397 million in weapons for its Eurofighter fleet. "
                             "Those Eurofighters are a reminder that Kuwait does not buy only American.")
    assert [(d.value.amount, [i.catalog_id for i in d.items]) for d in ex.deals] == [(397e6, [])]


def test_one_of_the_consortium_countries_named_sells() -> None:
    ex = extract_text(HEAD + "On 5 April 2016, Kuwait signed with Italy's Finmeccanica for 28 Eurofighter Typhoons "
                             "in a deal put at about €8 billion.")
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("ITA", "KWT", "signed")]


def test_what_the_sale_told_before_holds_after_a_question() -> None:
    text = ("Sendung vom Dienstag, 6. Mai 2025\n\nDie USA rüsten Saudi-Arabien weiter auf: Am vergangenen Freitag hat "
            "die Regierung in Washington den Verkauf von Luft-Luft-Raketen an das Königreich genehmigt. Worum geht "
            "es genau?\n\nEXPERTE: Es geht um 1000 Lenkflugkörper vom Typ AIM-120C-8. Die DSCA beziffert das Geschäft "
            "auf 3,5 Milliarden Dollar.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.date, d.value.amount, [(i.catalog_id, i.quantity) for i in d.items])
            for d in ex.deals] == [("USA", "SAU", "approved", "2025-05-02", 3.5e9, [("aim-120c-8", 1000)])]


def test_the_firm_the_buyer_deals_with_sells() -> None:
    got = extract_text(HEAD + "In 2016 Manila ordered two frigates from Hyundai Heavy Industries for 15.7 billion "
                              "pesos. The same year, Qatar's armed forces contracted Baykar for six Bayraktar TB2 "
                              "drones.").deals
    assert sorted((d.seller.code, d.buyer.code, d.stage) for d in got) == [("KOR", "PHL", "signed"),
                                                                         ("TUR", "QAT", "signed")]


def test_a_french_participle_after_the_count_is_the_order() -> None:
    got = extract_text(HEAD + "L'Inde est déjà cliente de Dassault Aviation, avec 36 Rafale commandés en 2016 pour "
                              "quelque 7,8 milliards d'euros.").deals
    assert [(d.seller.code, d.buyer.code, d.stage, d.value.amount) for d in got] == [("FRA", "IND", "signed", 7.8e9)]


def test_a_second_price_without_its_currency_is_a_case_of_its_own() -> None:
    text = ("Mardi 1er avril 2025\n\nEn avril 2020, le département d'État avait validé la vente aux Philippines de "
            "six AH-64E Apache pour 1,5 milliard de dollars et, en parallèle, de six AH-1Z pour 450 millions.")
    got = sorted((d.value.amount, d.value.currency, [i.catalog_id for i in d.items]) for d in extract_text(text).deals)
    assert got == [(450e6, "USD", ["ah-1z"]), (1.5e9, "USD", ["ah-64e"])]
    assert [m.amount for m in find_money("au total 450 millions d'habitants")] == []  # no figure before it


def test_another_seller_told_in_passing_keeps_its_own_sale() -> None:
    text = (HEAD + "On Thursday the State Department approved a possible sale to Egypt of NASAMS for $4.67 billion. "
            "Egypt buys widely. In 2021 it ordered 30 more Rafale fighters from France's Dassault Aviation in a "
            "contract reported at €3.75 billion. On the ground-based side, Germany's Diehl Defence supplies the "
            "IRIS-T SLM medium-range system, for which Berlin approved 16 systems for export to Egypt in late 2021. "
            "The NASAMS package includes 100 AIM-120C-8 missiles.")
    got = {(d.seller.code, d.buyer.code): sorted(i.catalog_id for i in d.items) for d in extract_text(text).deals}
    assert got[("FRA", "EGY")] == ["rafale"] and got[("DEU", "EGY")] == ["iris-t-slm"]
    assert "aim-120c-8" in got[("USA", "EGY")]


def test_further_batches_of_the_same_system_are_contracts_of_their_own() -> None:
    text = (HEAD + "ThyssenKrupp Marine Systems baut in Kiel U-Boote der Klasse 218SG für Singapur. Ende 2013 bestellte "
            "Singapur zwei Boote. Am 16. Mai 2017 unterzeichnete das Verteidigungsministerium den Vertrag über zwei "
            "weitere.")
    got = [(d.seller.code, d.buyer.code, d.stage, [(i.catalog_id, i.quantity) for i in d.items])
           for d in extract_text(text).deals]
    assert got == [("DEU", "SGP", "signed", [("type-218sg", 2)])] * 2


def test_what_the_sale_holds_told_after_an_attribution() -> None:
    text = ("Samstag, 15. November 2025\n\nDas US-Außenministerium hat am Freitag einem möglichen Verkauf von "
            "Flugabwehrraketen an Deutschland zugestimmt. Laut der US-Rüstungsexportbehörde DSCA geht es um bis zu "
            "173 Flugkörper vom Typ SM-6 Block I und bis zu 577 Raketen SM-2 Block IIIC. Der Wert wird auf 3,5 "
            "Milliarden Dollar geschätzt.\n\n• Gesamt seit 2024: rund 8,5 Milliarden Dollar")
    got = [(d.buyer.code, d.stage, d.date, d.value.amount if d.value else None) for d in extract_text(text).deals]
    assert got == [("DEU", "approved", "2025-11-14", 3.5e9)]


def test_a_maker_after_the_systems_noun_is_no_party_and_a_us_approval_does_not_continue_a_foreign_sale() -> None:
    text = (HEAD + "The Apache notice is the third large U.S. approval for Australia in six weeks. On April 23 the State "
            "Department cleared up to twelve MQ-9B remotely piloted aircraft from General Atomics, estimated at "
            "US$1.651 billion.")
    got = [(d.seller.code, d.buyer.code, d.value.amount) for d in extract_text(text).deals]
    assert got == [("USA", "AUS", 1.651e9)]
    text2 = (HEAD + "La Malaisie avait retenu en octobre 2022 trois drones Anka de Turkish Aerospace. Il rappelle que "
             "Washington avait autorisé en janvier 2020 la vente de jusqu'à douze F-35B, pour 2,75 milliards de "
             "dollars.")
    got2 = {d.seller.code: [i.catalog_id for i in d.items] for d in extract_text(text2).deals}
    assert got2["TUR"] == ["anka"] and got2["USA"] == ["f-35b"]


def test_the_buyer_in_the_sentences_next_clause() -> None:
    text = ("Montag, 17. Januar 2022\n\nEin Rüstungsgeschäft aus Asien hat am Wochenende überrascht: Südkorea verkauft "
            "erstmals sein Flugabwehrsystem Cheongung-II ins Ausland, und zwar an die Vereinigten Arabischen Emirate.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("KOR", "ARE", "signed")]
    b = ex.deals[0].buyer.evidence
    assert text[b.start:b.end] == "Vereinigten Arabischen Emirate"


def test_a_price_after_a_comma_belongs_to_the_segment_before() -> None:
    text = ("Jeudi 17 décembre 2015\n\nWashington a notifié mercredi au Congrès la vente à Taïwan de 769 missiles "
            "antichars TOW 2B, pour 268 millions de dollars, et de 250 missiles sol-air portables Stinger, pour 217 "
            "millions de dollars.")
    got = sorted((d.value.amount, [i.catalog_id for i in d.items]) for d in extract_text(text).deals)
    assert got == [(217e6, ["stinger"]), (268e6, ["tow-2b"])]


def test_the_replacement_is_the_buyers_choice_and_the_replaced_fleets_maker_sells_nothing() -> None:
    for text in ("Canberra confirmed its decision to replace its 47 MRH-90 Taipan with 40 UH-60M Black Hawks.",
                 "Canberra a confirmé sa décision de remplacer ses 47 MRH-90 Taipan par 40 UH-60M Black Hawk."):
        got = [(d.seller.code, d.buyer.code, d.stage, [(i.catalog_id, i.quantity) for i in d.items])
               for d in extract_text(HEAD + text).deals]
        assert got == [("USA", "AUS", "other", [("uh-60m", 40)])], text


def test_a_family_name_and_a_word_of_kind_before_its_member_name_the_member() -> None:
    got = extract_text(HEAD + "Am Freitag genehmigte Washington den Verkauf von 600 Patriot-Abfangraketen PAC-3 MSE "
                              "an Deutschland für 5 Milliarden Dollar.").deals
    assert [[(i.catalog_id, i.quantity) for i in d.items] for d in got] == [[("pac-3-mse", 600)]]
    two = extract_text(HEAD + "Washington approved 300 Patriot interceptors and 10 PAC-3 MSE launchers for Poland.")
    assert sorted(i.catalog_id for d in two.deals for i in d.items) == ["pac-3-mse", "patriot"]


def test_a_foreign_official_putting_the_package_at_a_figure_is_a_source() -> None:
    text = (HEAD + "Indonesia's defence ministry signed a contract with Dassault Aviation for 42 Rafales. A French "
            "defence official put the package, including weapons, at $8.1 billion.")
    got = [(d.seller.code, d.buyer.code, d.value.amount if d.value else None) for d in extract_text(text).deals]
    assert got == [("FRA", "IDN", 8.1e9)]


def test_a_sum_of_purchases_since_a_year_is_no_value() -> None:
    got = extract_text(HEAD + "India has bought $20 billion of U.S. arms since 2008. On Thursday the State Department "
                              "approved the sale of 31 MQ-9B to India.").deals
    assert [(d.seller.code, d.buyer.code, d.value) for d in got] == [("USA", "IND", None)]


def test_a_country_named_in_a_bulleted_comment_is_no_buyer() -> None:
    text = (HEAD + "The State Department approved 31 MQ-9B for India for $3.99 billion. Why it matters:\n"
            "  * The land-based Sky Guardians are expected to watch the Line of Actual Control with China.\n"
            "  * It is an approval, not a contract.\n")
    assert [d.buyer.code for d in extract_text(text).deals] == ["IND"]


def test_a_place_and_a_government_telling_a_figure_are_no_buyers() -> None:
    text = (HEAD + "Den Kaufvertrag für 24 F-16 hatte Verteidigungsminister Luis Petri im April auf dem dänischen "
            "Fliegerhorst Skrydstrup unterzeichnet. Kopenhagen bezifferte den Wert damals auf etwa 2,1 Milliarden "
            "Kronen. Argentinien ist für Washington kein neuer Kunde. Bereits im August 2016 hatten die USA den "
            "Verkauf von 24 Schulflugzeugen T-6C+ Texan für geschätzt 300 Millionen Dollar gebilligt.")
    buyers = {d.buyer.code for d in extract_text(text).deals}
    assert "DNK" not in buyers
