"""Journalistic forms met in the hold-out sets of session 7: an approval told by its noun in an article about one
country, contracts "awarded" by a buyer, negations that end at a colon, "earlier delivery", options exercised for
"38 more" at their own price, headlines "X cleared to buy U.S. ...", contracts told in the passive.

Texts written for these tests (own wording, real facts: Finland's K9 purchases from South Korea, 48 in 2017 for
about EUR 146 million and 38 more in 2022 for about EUR 134 million; Ireland's four H145M helicopters; Denmark's
IRIS-T SLM fire unit of 2025).
"""
from __future__ import annotations

from armstrack.extract import extract_text


def _deals(text: str) -> list[tuple[str | None, str | None, str | None, float | None, list[tuple[str | None, int | None]]]]:
    ex = extract_text("Published: 2025-12-08\n\n" + text)
    return [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage,
             d.value.amount if d.value else None, [(i.catalog_id, i.quantity) for i in d.items]) for d in ex.deals]


def test_an_approval_told_by_its_noun_goes_to_the_country_the_article_is_about() -> None:
    text = ("Dänemark stärkt seine Luftverteidigung. Dänemark hat dafür viel Geld eingeplant, und Dänemark will "
            "schnell sein.\n\nDas US-Außenministerium hat am Freitag den Verkauf eines Abwehrsystems an den "
            "nördlichen Nachbarn genehmigt. Den Wert beziffert die DSCA auf geschätzt 3,0 Milliarden Dollar.\n\n"
            "Kern des Pakets sind zwei Radare vom Typ Sentinel A4.")
    deals = _deals(text)
    assert len(deals) == 1
    seller, buyer, stage, value, items = deals[0]
    assert (seller, buyer, stage, value) == ("USA", "DNK", "approved", 3.0e9)
    assert ("sentinel-a4", 2) in items
    # with no country named often enough, the approval has no buyer and yields no deal
    assert _deals("Das US-Außenministerium hat am Freitag den Verkauf eines Abwehrsystems genehmigt. Den Wert "
                  "beziffert die DSCA auf geschätzt 3,0 Milliarden Dollar.") == []


def test_a_buyer_awarding_a_contract_signs_it() -> None:
    deals = _deals("Late last year Dublin awarded Airbus Helicopters, the group's subsidiary, a EUR 91.7 million "
                   "contract for four H145M light helicopters.")
    assert deals == [("DEU", "IRL", "signed", 91.7e6, [("h145m", 4)])]
    # the H145M is its own entry, not the U.S. Army's UH-72 Lakota
    assert _deals("The U.S. Army ordered 20 UH-72 Lakota helicopters for Thailand.")[0][4] == [("uh-72", 20)]


def test_a_negation_before_a_colon_does_not_reach_the_event_after_it() -> None:
    deals = _deals("The artillery has not been forgotten either: in August 2024 Washington approved the sale of 339 "
                   "M982A1 Excalibur rounds to Denmark for an estimated $121 million.")
    assert [(d[1], d[2], d[3]) for d in deals] == [("DNK", "approved", 121e6)]
    assert _deals("Washington has not approved the sale of 339 Excalibur rounds to Denmark for $121 million.") == []


def test_earlier_delivery_is_not_an_earlier_deal() -> None:
    deals = _deals("Estonia's procurement agency signed a contract for an additional 12 K9 Thunder howitzers. The "
                   "Estonian agency put the value of the deal with Hanwha at about 36 million euros, although it is "
                   "pushing for earlier delivery.")
    assert [(d[1], d[2], d[3]) for d in deals] == [("EST", "signed", 36e6)]


def test_an_option_for_more_at_its_own_price_is_a_further_contract() -> None:
    deals = _deals("Helsinki bought 48 used K9s in 2017 in a deal worth 146 million euros and last November "
                   "exercised an option for 38 more, worth about 134 million euros, through the Korean trade agency.")
    assert sorted((d[0], d[1], d[2], d[3], d[4][0][1]) for d in deals) == [
        ("KOR", "FIN", "signed", 134e6, 38), ("KOR", "FIN", "signed", 146e6, 48)]
    # a country that exercised an option is its buyer
    deals = _deals("Finland, which negotiated alongside Estonia, exercised an option in November to buy 38 more "
                   "ex-Korean K9s for about 134 million euros.")
    assert [(d[1], d[2], d[3]) for d in deals] == [("FIN", "signed", 134e6)]


def test_a_buyer_cleared_to_buy_us_goods_names_the_us_as_seller() -> None:
    deals = _deals("Denmark cleared to buy U.S. drone shield worth $3 billion, the agency said.")
    assert deals and deals[0][:3] == ("USA", "DNK", "approved")


def test_a_contract_told_in_the_passive_goes_to_the_country_the_article_is_about() -> None:
    text = ("Dänemark rüstet auf. Für Diehl Defence ist Dänemark seit dem Sommer Kunde, und Dänemark will mehr.\n\n"
            "Ende Juli wurde der Vertrag über eine Feuereinheit IRIS-T SLM unterzeichnet.")
    deals = _deals(text)
    assert [(d[0], d[1], d[2]) for d in deals] == [("DEU", "DNK", "signed")]
    # a contract signed by someone named is theirs, not the article's country's
    assert _deals("Dänemark rüstet auf. Dänemark will mehr, sagt Dänemark.\n\nEnde Juli unterzeichnete Norwegen "
                  "den Vertrag über eine Feuereinheit IRIS-T SLM.")[0][1] == "NOR"


def test_a_second_contract_that_went_to_a_foreign_maker_is_sold_by_its_country() -> None:
    deals = _deals("Lithuania has signed a EUR 193 million contract with Norway's Kongsberg for more NASAMS equipment. "
                   "A second contract, worth EUR 130 million, went to Sweden's Saab for RBS 70 NG launchers.")
    assert sorted((d[0], d[1], d[2], d[3]) for d in deals) == [
        ("NOR", "LTU", "signed", 193e6), ("SWE", "LTU", "signed", 130e6)]
    # "the final contract" is the deal in focus told again, not another one
    assert len(_deals("Lithuania has signed a EUR 193 million contract with Norway's Kongsberg for more NASAMS "
                      "equipment; the final contract, worth EUR 193 million, was signed on Friday.")) == 1


def test_timeline_entries_keep_their_own_time_stage_and_maker() -> None:
    text = ("Washington approved the sale to Lithuania of 36 AIM-120C-8 AMRAAMs for an estimated $100 million.\n\n"
            "Timeline of Lithuania's NASAMS programme, as provided by the ministry:\n"
            "- 26 October 2017: first contract signed with Kongsberg, worth about NOK 1 billion\n"
            "- December 2023: second-stage contract, about EUR 200 million, for additional fire units\n")
    ex = extract_text("Published: 2024-10-04\n\n" + text)
    got = [(d.seller.code if d.seller else None, d.stage, d.date, d.value.currency if d.value else None)
           for d in ex.deals]
    assert ("NOR", "signed", "2017-10-26", "NOK") in got
    assert ("USA", "approved", None, "USD") in got
    second = next(d for d in ex.deals if d.value is not None and d.value.currency == "EUR")
    assert second.date is None  # a month is no day, and not the first contract's day


def test_a_month_and_year_without_a_preposition_is_a_date() -> None:
    from armstrack.normalize.dates import find_dates

    found = [(d.text, d.precision) for d in find_dates("- December 2023: second-stage contract", "2024-10-04")]
    assert found == [("December 2023", "month")]
    assert [d.text for d in find_dates("It may 2023 be", None)] == []


def test_a_country_inside_a_company_name_is_no_party() -> None:
    deals = _deals("Seoul won the trainer contest: on December 12, 2013, Korea Aerospace Industries signed a $1.1 billion "
                   "contract with the Iraqi government for 24 T-50IQ supersonic trainers.")
    assert deals == [("KOR", "IRQ", "signed", 1.1e9, [("t-50", 24)])]
    deals = _deals("Im Februar 2008 vereinbarte Bogotá mit Israel Aerospace Industries den Kauf von 13 ausgemusterten "
                   "Kfir-Jägern, ein Paket von gut 150 Millionen Dollar.")
    assert deals == [("ISR", "COL", "signed", 150e6, [("kfir", 13)])]


def test_a_given_name_that_is_also_a_country_is_no_party() -> None:
    from armstrack.normalize.countries import find_parties

    assert find_parties("Bei uns im Studio ist unser Korrespondent, Malte Schirrmacher.") == []
    assert [p.code for p in find_parties("la vente à Malte de deux patrouilleurs")] == ["MLT"]


def test_the_first_of_several_approvals_told_after_a_question() -> None:
    text = ("The U.S. State Department on Friday approved two possible Foreign Military Sales to the Kingdom of "
            "Morocco, one for glide bombs and one for air-to-air missiles. Here is what we know.\n\n"
            "Q: What exactly was approved?\nA: Two separate cases. The first covers five hundred GBU-39B Small "
            "Diameter Bombs at an estimated cost of $86 million. The second covers up to 30 AIM-120C-8 AMRAAMs, "
            "estimated at $88.37 million.")
    assert sorted((d[1], d[2], d[3]) for d in _deals(text)) == [("MAR", "approved", 86e6), ("MAR", "approved", 88.37e6)]


def test_a_ticker_entry_telling_a_second_approval() -> None:
    text = ("09h40 — Bombes : le département d'État a approuvé vendredi une possible vente au Maroc de 500 bombes "
            "GBU-39B, pour un montant estimé à 86 millions de dollars.\n\n09h15 — Missiles air-air : seconde "
            "autorisation le même jour, pour jusqu'à 30 missiles AIM-120C-8 AMRAAM, pour 88,37 millions de dollars.")
    assert sorted((d[1], d[2], d[3]) for d in _deals(text)) == [("MAR", "approved", 86e6), ("MAR", "approved", 88.37e6)]


def test_dirhams_are_the_buyers_and_a_makers_side_is_no_buyer() -> None:
    text = ("Le Maroc achète. Le Maroc modernise ses forces, et le Maroc paie comptant.\n\n"
            "Côté turc : la coopération avec Baykar se poursuit. Le contrat de 13 drones Bayraktar TB2, signé en "
            "avril 2021, était évalué à 626 millions de dirhams (environ 70 millions de dollars).\n\n"
            "Un lecteur nous interroge sur un éventuel achat de chasseurs F-35.")
    ex = extract_text("Published: 2024-12-21\n\n" + text)
    assert len(ex.deals) == 1
    d = ex.deals[0]
    assert (d.seller.code, d.buyer.code, d.stage) == ("TUR", "MAR", "signed")
    assert d.value is not None and (d.value.amount, d.value.currency) == (626e6, "MAD")
    assert "dirhams" in (d.value.currency_reason or "") and "MAD" in (d.value.currency_reason or "")
    assert [i.catalog_id for i in d.items] == ["bayraktar-tb2"]


def test_a_promise_received_is_an_approval() -> None:
    deals = _deals("Die Vereinigten Arabischen Emirate erhielten Anfang Mai die Zusage für lasergelenkte Raketen vom Typ "
                   "APKWS für 147,6 Millionen Dollar, hergestellt von BAE Systems.")
    assert [(d[0], d[1], d[2], d[3]) for d in deals] == [("USA", "ARE", "approved", 147.6e6)]


def test_a_support_package_holds_the_fleet_it_supports() -> None:
    deals = _deals("The State Department on Monday approved a possible Foreign Military Sale to Kuwait of follow-on "
                   "sustainment support for the Kuwait Air Force's KC-130J tanker-transport fleet, estimated at "
                   "$235.9 million.")
    assert len(deals) == 1 and deals[0][1:4] == ("KWT", "approved", 235.9e6)
    assert [k for k, _ in deals[0][4]] == ["kc-130j"]
    # a fleet named as the thing replaced is still no item
    deals = _deals("Kuwait signed for 30 H225M Caracal helicopters worth EUR 1 billion to replace its Puma fleet.")
    assert [k for k, _ in deals[0][4]] == ["h225m"]


def test_a_case_of_another_year_at_the_same_price_is_another_deal() -> None:
    text = ("On Wednesday the State Department approved a possible Foreign Military Sale to Kuwait of sustainment "
            "for its Patriot programme, at an estimated $800 million.\n\nKuwait has paid in instalments:\n"
            "• May 2020 - $800 million for PAC-3 MSE interceptors with canisters.\n")
    ex = extract_text("Published: 2026-01-16\n\n" + text)
    assert len([d for d in ex.deals if d.value is not None and d.value.amount == 800e6]) == 2


def test_totals_rumours_and_a_types_history_tell_no_deal() -> None:
    for text in ("Le total de « plus de 320 millions d'euros » avancé par certains commentateurs additionne "
                 "simplement les deux contrats de la Lituanie.",
                 "Aucune commande de missiles polonais Piorun n'a été annoncée par la Lituanie.",
                 "Quant aux chasseurs chinois J-10C que certains médias disent déjà commandés par l'Égypte, aucune "
                 "source officielle ne l'a confirmé.",
                 "Dérivé de la famille Cobra, l'AH-1W a effectué son premier vol le 16 novembre 1983 et a été livré "
                 "pour la première fois aux Marines le 27 mars 1986, puis à Bahreïn."):
        assert _deals(text) == [], text
    # a plain order still is one
    assert _deals("La Lituanie a commandé des missiles polonais Piorun pour 50 millions d'euros.")[0][:3] == (
        "POL", "LTU", "signed")


def test_a_makers_name_inside_a_systems_name_is_no_acting_company() -> None:
    text = ("Washington has supported the Iraqi helicopter fleet through earlier cases. In July 2013 the State "
            "Department approved the sale of 12 Bell 412 EP helicopters, estimated at $300 million.")
    deals = _deals(text)
    assert [(d[0], d[1], d[2], d[3]) for d in deals] == [("USA", "IRQ", "approved", 300e6)]


def test_a_french_finalised_purchase_from_china() -> None:
    deals = _deals("• Émirats arabes unis — Abou Dhabi a finalisé en février l'achat de 12 avions d'entraînement "
                   "chinois L-15 auprès de CATIC.")
    assert deals == [("CHN", "ARE", "signed", None, [("l-15", 12)])]


def test_contracted_logistics_support_is_no_contract_signed() -> None:
    deals = _deals("Iraq's army aviation will keep its Bell helicopters flying after the State Department last Thursday "
                   "approved a possible Foreign Military Sale of contracted logistics support for its Bell 505 fleet "
                   "valued at an estimated $300 million.")
    assert [(d[1], d[2]) for d in deals] == [("IRQ", "approved")]


def test_a_dateline_of_two_cities_dates_the_story_not_the_event() -> None:
    text = ("GULF WIRE SERVICE\n\nU.S. clears refit of Cobras for Bahrain\n\nMANAMA/WASHINGTON, March 30, 2023 (GWS) — "
            "Bahrain is set to receive 24 AH-1W attack helicopters after Washington signed off on a support package "
            "valued at an estimated $350 million on Wednesday.")
    ex = extract_text(text)
    assert ex.document.published == "2023-03-30"
    assert [(d.buyer.code, d.stage, d.date) for d in ex.deals] == [("BHR", "approved", "2023-03-29")]


def test_an_announcement_named_by_its_day_dates_the_approval_told_next() -> None:
    text = ("THE NILE LEDGER\nFriday, September 27, 2024\n\nThere was nothing glamorous about Tuesday's announcement "
            "from Washington. No fighter jets, no frigates. Instead, the State Department approved a possible sale "
            "to Egypt of 720 Stinger missiles, at an estimated cost of $740 million.")
    ex = extract_text(text)
    assert [(d.buyer.code, d.date) for d in ex.deals] == [("EGY", "2024-09-24")]
    assert ex.deals[0].date_evidence is not None and ex.deals[0].date_evidence.text == "Tuesday"


def test_the_kc130j_is_its_own_variant_of_the_c130j() -> None:
    deals = _deals("In July 2009 Washington approved the sale of eight KC-130J aircraft to Kuwait, estimated at "
                   "$1.8 billion.")
    assert deals[0][4] == [("kc-130j", 8)]


def test_a_days_announcement_does_not_date_the_earlier_cases_told_after_it() -> None:
    text = ("WIRE\nFriday, February 4, 2022\n\nJordan relies on U.S. equipment, and Thursday's notice follows a string "
            "of smaller approvals. In March 2015 Washington cleared 72 M31 GMLRS rocket pods for the kingdom, worth "
            "$192 million.")
    ex = extract_text(text)
    assert [(d.buyer.code, d.date) for d in ex.deals] == [("JOR", None)]


def test_a_contractor_named_in_the_clause_is_no_acting_company() -> None:
    text = ("Zu den ersten Kunden gehörte Japan, das 2019 bei Kongsberg die ersten Flugkörper vom Typ JSM bestellte.\n\n"
            "Für Belgien ist es nicht die erste Freigabe aus Washington. Im November 2022 hatten die USA Luft-Luft-"
            "Flugkörper vom Typ AMRAAM für die F-16- und F-35-Programme im Wert von 380 Millionen Dollar genehmigt, "
            "Auftragnehmer Raytheon Missile Systems.")
    deals = _deals(text)
    amraam = [d for d in deals if d[3] == 380e6]
    assert [(d[0], d[1], d[2]) for d in amraam] == [("USA", "BEL", "approved")]
    assert "f-16" not in [k for k, _ in amraam[0][4]]  # the platform of a programme is no item


def test_systems_of_session_7_are_in_the_catalog() -> None:
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    for name, sid in (("AW169M", "aw169m"), ("Harbin Z-9", "z-9"), ("Hizir", "hizir"), ("K-8 Karakorum", "k-8"),
                      ("K808 White Tiger", "k808"), ("L-39NG", "l-39ng"), ("Cessna 172", "c-172"),
                      ("Hongdu L-15", "l-15"), ("Kfir", "kfir"), ("AW189", "aw189"), ("H145M", "h145m")):
        found = cat.lookup(name)
        assert found is not None and found.id == sid, name
        assert found.source, name  # every entry cites its source
    assert not cat.find_in("a spike in prices")


def test_each_buyers_share_of_a_joint_purchase() -> None:
    deals = _deals("In July, at Farnborough, the Netherlands and Austria jointly signed for nine Embraer C-390 "
                   "Millennium airlifters - five for the Royal Netherlands Air Force and four for Austria.")
    assert sorted((d[1], d[4][0][1]) for d in deals) == [("AUT", 4), ("NLD", 5)]
    # "each" keeps the count for every buyer
    assert sorted((d[1], d[4][0][1]) for d in _deals("Qatar and India each bought 36 Rafale jets.")) == [
        ("IND", 36), ("QAT", 36)]


def test_a_headline_and_the_story_telling_one_counted_purchase_are_one_deal() -> None:
    text = ("THE HOVER REPORT\nRotorcraft business & military aviation\nWednesday, 6 November 2024\n\n"
            "Dutch special forces get their Caracals: a dozen H225Ms signed at Euronaval\n\n"
            "The Netherlands signed a contract with Airbus Helicopters on Tuesday for 12 H225M Caracal helicopters.")
    ex = extract_text(text)
    signed = [d for d in ex.deals if d.stage == "signed"]
    assert [(d.buyer.code, d.date, d.items[0].quantity) for d in signed] == [("NLD", "2024-11-05", 12)]


def test_a_contractors_home_town_is_no_company() -> None:
    from armstrack.normalize.companies import find_companies

    assert [c.name for c in find_companies("The principal contractor is Basler Turbo Conversions of Oshkosh, "
                                           "Wisconsin.")] == ["Basler Turbo Conversions"]
    assert [c.name for c in find_companies("Hauptauftragnehmer ist Basler Turbo Conversions aus Oshkosh im "
                                           "US-Bundesstaat Wisconsin.")] == ["Basler Turbo Conversions"]
    assert [c.name for c in find_companies("The trucks are built by Oshkosh, the Wisconsin maker.")] == [
        "Oshkosh Defense"]


def test_a_us_case_a_buyer_got_is_an_approval() -> None:
    text = ("Among recent notifications, Taiwan received a $96 million package of AH-1W helicopter spare and repair "
            "parts on December 17, with no new aircraft attached.")
    ex = extract_text("Published: 2026-01-10\n\n" + text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.date) for d in ex.deals] == [
        ("USA", "TWN", "approved", "2025-12-17")]
    # a buyer receiving its own goods is a delivery, not a case
    assert [d[2] for d in _deals("Poland received 12 F-16 fighters from the United States.")] == ["delivered"]


def test_a_country_among_a_systems_customers_has_bought_it() -> None:
    for text, buyer in (("Le Maroc figure aussi parmi les clients du drone Bayraktar Akinci, selon une liste publiée "
                         "par Ankara.", "MAR"),
                        ("Kenya is among the customers of the Turkish Hizir armoured vehicle.", "KEN"),
                        ("Pakistan zählt zu den Kunden der Bayraktar Akinci.", "PAK")):
        assert [(d[0], d[1], d[2]) for d in _deals(text)] == [("TUR", buyer, "signed")], text
    # a customer a maker only hopes for is none
    assert _deals("Baykar hopes Kenya will be among the customers of the Akinci.") == []


def test_a_french_sequence_then_n_more_at_its_own_price() -> None:
    deals = _deals("Depuis 2017, Helsinki achète à la Corée du Sud des obusiers automoteurs K9 Thunder d'occasion : "
                   "48 exemplaires pour 146 millions d'euros à l'origine, puis 38 de plus en novembre dernier, pour "
                   "environ 134 millions d'euros, en levant une option du contrat initial.")
    assert sorted((d[0], d[1], d[2], d[3]) for d in deals) == [
        ("KOR", "FIN", "signed", 134e6), ("KOR", "FIN", "signed", 146e6)]
    assert [d[4] for d in deals if d[3] == 134e6] == [[("k9", 38)]]


def test_a_contract_confirmed_in_reported_speech_is_signed() -> None:
    for text in ("When Egypt wanted helicopters for its navy, it went to Italy. Rome confirmed in May 2020 that "
                 "Leonardo would supply 24 AW149 helicopters to the Egyptian armed forces in a contract worth "
                 "€871 million.",
                 "Pour sa marine, l'Égypte a préféré l'italien Leonardo : un contrat de 871 millions d'euros, confirmé "
                 "par Rome en mai 2020, porte sur 24 hélicoptères AW149."):
        assert [(d[0], d[1], d[2]) for d in _deals(text)] == [("ITA", "EGY", "signed")], text
    # what officials say a buyer would buy is no contract
    assert _deals("Officials said Poland would buy 32 AW149 helicopters.") == []
