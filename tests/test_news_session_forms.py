"""Journalistic forms met in hold-out sets: transcripts telling a contract without its buyer, breakdowns of a count
("28 davon sind ..."), currency adjectives, German notifications and modals after the verb.

Texts written for these tests (own wording, real facts: Brazil's Gripen contract of October 2014, SEK 39.3 billion,
28 Gripen E and 8 Gripen F; the Super Hornet notification to Congress of August 2009).
"""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.extract.clauses import units_of

TRANSCRIPT = """Sendung vom Dienstag, 19. Dezember 2023

MODERATOR: Vor zehn Jahren wählte Brasilien den Saab Gripen als neues Kampfflugzeug. Was ist daraus geworden?

KORRESPONDENTIN: Unterschrieben wurde im Oktober 2014: 36 Maschinen für rund 39,3 Milliarden schwedische \
Kronen. 28 davon sind einsitzige Gripen E, acht doppelsitzige Gripen F.
"""


def test_a_contract_told_without_its_buyer_belongs_to_the_country_just_named() -> None:
    ex = extract_text(TRANSCRIPT)
    assert len(ex.deals) == 1
    d = ex.deals[0]
    assert (d.seller.code, d.buyer.code, d.stage) == ("SWE", "BRA", "signed")
    assert d.value is not None and (d.value.amount, d.value.currency) == (39.3e9, "SEK")
    assert [i.catalog_id for i in d.items] and all("gripen" in (i.catalog_id or "") for i in d.items)


def test_a_currency_adjective_names_no_party() -> None:
    for text in ("Unterschrieben wurde im Oktober 2014 ein Vertrag über 36 Gripen für 39,3 Milliarden "
                 "schwedische Kronen.",
                 "A contract for 36 Gripen worth 39.3 billion Swedish kronor was signed in October 2014."):
        ex = extract_text("Published: 2023-12-19\n\n" + text)
        assert all(d.buyer is None or d.buyer.code != "SWE" for d in ex.deals), text
    # but "South Korea won the order" keeps its party, and "Swiss francs" names none
    parties = [p.code for u in units_of("South Korea won the order for 48 K9 howitzers.", None) for p in u.parties]
    assert parties == ["KOR"]
    assert [p.code for u in units_of("It cost 6 billion Swiss francs.", None) for p in u.parties] == []


def test_a_breakdown_sentence_gives_the_items_of_a_contract_told_by_count() -> None:
    text = ("Published: 2023-12-19\n\nBrasilien unterschrieb einen Vertrag über 36 Kampfflugzeuge für 39,3 Milliarden "
            "schwedische Kronen. 28 davon sind einsitzige Gripen E, acht doppelsitzige Gripen F.")
    ex = extract_text(text)
    assert len(ex.deals) == 1 and ex.deals[0].buyer.code == "BRA"
    assert ex.deals[0].items and all("gripen" in (i.catalog_id or "") for i in ex.deals[0].items)


def test_a_report_to_congress_in_german_is_a_notification() -> None:
    text = ("Published: 2023-12-19\n\nWashington hatte schon im August 2009 dem Kongress einen möglichen Verkauf von "
            "Super Hornets im Wert von sieben Milliarden Dollar gemeldet, bevor Brasilien überhaupt angefragt hatte.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("USA", "BRA", "notified")]
    assert ex.deals[0].value is not None and ex.deals[0].value.amount == 7e9


def test_a_german_modal_after_the_verb_or_a_speculative_report_tells_no_event() -> None:
    for text in ("Ebenso spekulativ sind Berichte, wonach die Bundeswehr später noch einmal bis zu zwölf weitere "
                 "Chinook bestellen könnte.",
                 "Die Bundeswehr will 12 Chinook bestellen.",
                 "Polen könnte noch 12 Chinook bestellen."):
        assert extract_text("Published: 2023-12-19\n\n" + text).deals == [], text
    assert len(extract_text("Published: 2023-12-19\n\nPolen hat 12 Chinook bestellt.").deals) == 1


def test_countries_signing_jointly_each_make_a_purchase() -> None:
    text = ("Published: 2023-10-26\n\nEstland und Lettland haben am 11. September 2023 gemeinsam Verträge über das "
            "System IRIS-T SLM mit dem Hersteller Diehl Defence unterzeichnet.")
    ex = extract_text(text)
    assert sorted((d.seller.code, d.buyer.code, d.date) for d in ex.deals) == [
        ("DEU", "EST", "2023-09-11"), ("DEU", "LVA", "2023-09-11")]


NEWSLETTER = """Nordic Procurement Letter, 12 September 2025

* CZECHIA - Tanks signed. Also on Wednesday, Prague signed a contract for 44 Leopard 2A8 main battle tanks.

* FINLAND (background) - Not the first U.S. missile case for Helsinki. In October 2023 the DSCA cleared up to \
150 AGM-88G AARGM-ER missiles for an estimated $500 million.

* FINLAND (background) - In November 2023 Finland signed for the David's Sling system, a purchase worth 316 \
million euros.

* Running total: the two U.S. missile approvals for Finland come to $1.57 billion.
"""


def test_a_bullet_led_by_a_country_in_capitals_names_the_buyer_of_its_text() -> None:
    ex = extract_text(NEWSLETTER)
    got = sorted((d.seller.code, d.buyer.code, d.stage, d.value.amount if d.value else None,
                  tuple(i.catalog_id for i in d.items)) for d in ex.deals)
    assert [g[:4] for g in got] == [("DEU", "CZE", "signed", None), ("ISR", "FIN", "signed", 316e6),
                                    ("USA", "FIN", "approved", 500e6)]
    # "signed for the David's Sling system" names what is bought, not a platform
    assert got[1][4] and "sling" in got[1][4][0]
    # a running total of approvals is no sale
    assert all(not d.value or d.value.amount != 1.57e9 for d in ex.deals)


COMMITTEE = """WARSAW DEFENCE MONITOR
Committee Report | Wednesday, 24 September 2025

The Sejm's National Defence Committee spent Tuesday on the Javelin anti-tank missile package that Washington \
approved last Thursday: 2,506 FGM-148F Javelin missiles and 253 Lightweight Command Launch Units.

Members recalled that in April 2025 Washington approved 400 AIM-120D-3 missiles for Poland at an estimated \
$1.33 billion. One asked why Poland had not chosen another missile. Poland's budget for 2026 is to be debated.
"""


def test_a_us_approval_told_without_its_buyer_is_for_the_country_the_article_is_about() -> None:
    ex = extract_text(COMMITTEE)
    got = sorted(((d.buyer.code, d.date, d.items[0].catalog_id) for d in ex.deals), key=str)
    assert [g[0] for g in got] == ["POL", "POL"]
    assert ("POL", "2025-09-18") in [g[:2] for g in got]
    # "National Defence Committee" is no name of Canada's department
    assert all(p.code != "CAN" for u in units_of(COMMITTEE, None) for p in u.parties)


def test_nach_before_a_country_is_where_the_goods_go() -> None:
    text = ("Published: 2025-02-03\n\nIm Januar bestätigte der Regierungssprecher, dass der Bundessicherheitsrat die "
            "Ausfuhr von 150 Luft-Luft-Lenkflugkörpern IRIS-T nach Saudi-Arabien genehmigt hat.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("DEU", "SAU", "approved")]


def test_signed_with_a_maker_for_the_system_names_what_is_bought() -> None:
    text = ("Published: 2025-02-03\n\nEn janvier 2022, les Émirats arabes unis ont signé avec le sud-coréen LIG Nex1 "
            "pour le système sol-air Cheongung-II.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("KOR", "ARE", "signed")]
    assert ex.deals[0].items


REVIEW = """LA REVUE DE PRESSE - lundi 14 octobre 2024

Vendredi, le département d'État a approuvé la vente à l'Arabie saoudite de 2 503 missiles Hellfire, pour 655 \
millions de dollars. Riyad diversifie pourtant ses fournisseurs.

Un quotidien de Beyrouth revient sur le contrat signé en juillet 2023 avec le turc Baykar pour des drones Akinci. \
Riyad n'a encore signé aucune lettre d'offre pour ces Hellfire. Enfin, la somme de 2,2 milliards de dollars \
reprise par certains confrères additionne des autorisations distinctes. Les Saoudiens attendent la suite.
"""


def test_a_contract_with_a_foreign_maker_told_without_buyer_is_for_the_country_the_article_is_about() -> None:
    ex = extract_text(REVIEW)
    got = sorted((d.seller.code, d.buyer.code, d.stage, d.value.amount if d.value else None) for d in ex.deals)
    # the Akinci contract is Saudi; "n'a encore signé aucune lettre" signs nothing; a sum is no value
    assert got == [("TUR", "SAU", "signed", None), ("USA", "SAU", "approved", 655e6)]


def test_the_hague_names_the_netherlands() -> None:
    text = ("Published: 2025-04-26\n\nDie neuen U-Boote kommen aus Frankreich: Im vergangenen September hat Den Haag "
            "mit Naval Group den Vertrag über vier U-Boote der Orka-Klasse unterschrieben.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("FRA", "NLD", "signed")]


BRIEF = """Procurement Brief · Tuesday 21 April 2026

1) TOP STORY — Canberra and Tokyo sign for Mogami
• What: contracts for Australia's frigate program were signed on Saturday in Melbourne.
• How much: the program is valued at A$10 billion.

2) U.S. APPROVALS
• South Korea — on 25 March the State Department approved ARC-210 radios, estimated at US$200 million.
• Japan — same day: support for a glide-projectile program, estimated at US$340 million.
• Singapore — on 1 April: GMLRS-AW rockets, estimated at US$83.14 million.
"""


def test_a_digest_of_bullets_led_by_country_names() -> None:
    ex = extract_text(BRIEF)
    got = sorted((d.seller.code, d.buyer.code, d.stage, d.date, d.value.amount if d.value else None) for d in ex.deals)
    assert got == [("JPN", "AUS", "signed", "2026-04-18", 10e9),
                   ("USA", "JPN", "approved", "2026-03-25", 340e6),  # "same day": the entry before's
                   ("USA", "KOR", "approved", "2026-03-25", 200e6),
                   ("USA", "SGP", "approved", "2026-04-01", 83.14e6)]


def test_a_seller_signing_the_sale_with_a_buyer_and_a_losing_rival() -> None:
    text = ("Published: 2025-05-06\n\nLa Corée du Sud a signé en mai 2023 avec la Malaisie la vente de 18 avions "
            "légers de combat FA-50 pour 920 millions de dollars, un contrat remporté face, notamment, au Tejas indien.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, [i.catalog_id for i in d.items]) for d in ex.deals] == [
        ("KOR", "MYS", ["fa-50"])]


def test_a_buyer_approving_its_own_purchase_is_its_own_step() -> None:
    for text in ("Le 28 août 2024, le gouvernement slovaque a approuvé l'achat à Israël de six systèmes Barak MX, "
                 "pour 554,3 millions d'euros.",
                 "Slovakia approved the purchase of six Barak MX from Israel."):
        ex = extract_text("Published: 2025-05-06\n\n" + text)
        assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("ISR", "SVK", "other")], text


def test_possible_or_open_purchases_and_sums_are_no_deals() -> None:
    for text in ("On entend dire que la Hongrie pourrait elle aussi commander des Javelin.",
                 "Ob Riad zusätzlich neue Eurofighter bei BAE Systems bestellt, ist dagegen offen.",
                 "A deal with Jakarta for BrahMos could be worth $200 million to $350 million, but nothing has been "
                 "signed.",
                 "Manila itself could place a follow-on order of around $300 million for BrahMos.",
                 "Rechnet man die seit 2024 erteilten US-Genehmigungen für AIM-120 zusammen, kommt man auf gut drei "
                 "Milliarden Dollar."):
        assert extract_text("Published: 2025-05-06\n\n" + text).deals == [], text
    # "together with" adds an item, it sums nothing
    ex = extract_text("Published: 2025-05-06\n\nIn May 2022 Washington approved 20 HIMARS launchers for Australia for "
                      "US$385 million, together with a first load of GMLRS rockets.")
    assert [d.value.amount for d in ex.deals if d.value] == [385e6]


QA = """EXPLAINER | Wednesday 12 February 2025

Q: What exactly was cleared?
A: On February 4 the State Department approved a possible Foreign Military Sale of AN/TPS-78 radars to Egypt \
for an estimated $304 million. When Taiwan was cleared for AN/TPS-77 radars in October 2024, the release was similar.

Q: Has Egypt bought U.S. radars before?
A: Repeatedly. On January 25, 2022 Washington approved three SPS-48 land-based radars for an estimated $355 million.

Q: Does Cairo only buy American?
A: Far from it. Italy supplied two FREMM frigates for about 1.2 billion euros.
"""


def test_a_question_names_the_buyer_of_the_answer_and_a_supplier_sells() -> None:
    ex = extract_text(QA)
    got = {(d.seller.code, d.buyer.code, d.stage, d.value.amount if d.value else None) for d in ex.deals}
    assert ("USA", "EGY", "approved", 355e6) in got  # not Taiwan's, told in passing before
    assert ("ITA", "EGY", "delivered", 1.2e9) in got  # "Italy supplied": Italy sells


def test_a_legislature_approving_the_purchase_is_the_same_purchase_at_another_stage() -> None:
    text = ("Stand: 28.09.2023\n\nDeutschland und Israel haben am Donnerstag in Berlin eine Verpflichtungserklärung "
            "über den Kauf des Raketenabwehrsystems Arrow 3 unterzeichnet.\n\nDer Haushaltsausschuss des Bundestages "
            "hatte im Juni grünes Licht für die Beschaffung gegeben.")
    ex = extract_text(text)
    assert sorted((d.seller.code, d.buyer.code, d.stage) for d in ex.deals) == [
        ("ISR", "DEU", "other"), ("ISR", "DEU", "signed")]


def test_received_with_a_count_is_a_delivery() -> None:
    ex = extract_text("Published: 2025-05-06\n\nEgypt received 20 F-16 in 2013.")
    assert [(d.seller.code, d.buyer.code, d.stage) for d in ex.deals] == [("USA", "EGY", "delivered")]
    ex = extract_text("Published: 2025-05-06\n\nLa Pologne a reçu le feu vert pour 32 F-35.")
    assert [d.stage for d in ex.deals] == ["approved"]


COMMITTEE_DE = """Ausgabe vom Donnerstag, 27. September 2018

Berlin. Der Haushaltsausschuss des Bundestages hat am Mittwoch den Weg für die Beschaffung von sechs \
Transportflugzeugen des Typs C-130J frei gemacht. Nach Angaben aus Teilnehmerkreisen billigte das Gremium eine \
Vorlage des Verteidigungsministeriums über knapp 970 Millionen Euro.

Frankreich steuert vier eigene Maschinen bei, zwei C-130J und zwei KC-130J, deren Verkauf die US-Regierung im \
November 2015 mit geschätzt 650 Millionen Dollar veranschlagt hatte.

Die US-Regierung hatte dem Verkauf der sechs C-130J bereits Anfang Mai zugestimmt. Die Behörde DSCA bezifferte den \
Wert des Pakets damals auf bis zu 1,4 Milliarden Dollar, neben den Flugzeugen auch für Link-16-Terminals.
"""


def test_a_committee_vote_and_the_earlier_us_approval_of_the_same_six_aircraft() -> None:
    ex = extract_text(COMMITTEE_DE)
    deu = sorted((d.stage, d.value.amount if d.value else None) for d in ex.deals if d.buyer.code == "DEU")
    # "billigte das Gremium" is the committee's step of the same purchase; "der sechs C-130J" are Germany's, not
    # the French two told just before; "den Wert des Pakets" is that approval's value
    assert deu == [("approved", 1.4e9), ("other", 970e6)]
    assert [d.value.amount for d in ex.deals if d.buyer.code == "FRA" and d.value] == [650e6]


CORRECTION = """Wednesday, April 16, 2025

CORRECTION NOTICE

An article published on this site on Tuesday, "U.S. clears more engines for Israel's Eitan carriers," contained two \
errors. It said the earlier case for the same engines was worth $85.5 billion; the correct figure is $85.5 million.

The State Department has approved a possible sale to Israel of additional Eitan powerpack engines, the Defense \
Security Cooperation Agency said on Monday, putting the estimated cost at $180 million.
"""


def test_a_figure_a_correction_withdraws_is_no_deal() -> None:
    ex = extract_text(CORRECTION)
    assert all(not d.value or d.value.amount != 85.5e9 for d in ex.deals)
    assert [(d.buyer.code, d.stage, d.value.amount if d.value else None) for d in ex.deals] == [
        ("ISR", "approved", 180e6)]


ABRAMS = """Published: 2012-06-20

The Defense Security Cooperation Agency notified Congress on Monday of a possible Foreign Military Sale to Morocco \
covering the refurbishment of 200 M1A1 Abrams tanks, estimated at $1.015 billion.

The tanks are surplus vehicles Washington agreed to hand over free of charge; that grant transfer of 200 M1A1s was \
notified to Congress on 27 April 2011. Monday's notification also covers 150 SINCGARS radios.

In September 2009 the DSCA notified a $187 million package for Moroccan F-16 fighters, including 20 AGM-65D \
Maverick missiles.
"""


def test_an_earlier_notification_told_in_passing_keeps_the_deal_in_focus() -> None:
    ex = extract_text(ABRAMS)
    got = sorted((d.date or "", d.stage, d.value.amount if d.value else None, len(d.items)) for d in ex.deals)
    assert [g[:3] for g in got] == [("", "notified", 187e6), ("2011-04-27", "notified", None),
                                    ("2012-06-18", "notified", 1.015e9)]
    main = next(d for d in ex.deals if d.date == "2012-06-18")
    assert any("sincgars" in (i.catalog_id or "") for i in main.items)  # the list goes on with the main deal


def test_then_at_a_new_time_tells_the_next_approval_of_a_sequence() -> None:
    text = ("Published: 2025-05-06\n\nSéoul avait obtenu en 2019 le feu vert de Washington pour douze hélicoptères "
            "MH-60R, un dossier estimé à 800 millions de dollars, puis, fin 2022, pour dix-huit CH-47F Chinook de "
            "transport lourd, estimés à 1,5 milliard de dollars.")
    ex = extract_text(text)
    assert sorted((d.stage, d.value.amount, d.items[0].quantity) for d in ex.deals if d.value) == [
        ("approved", 800e6, 12), ("approved", 1.5e9, 18)]


COLUMN = """Published: 2024-01-30

Washington on Friday approved the sale of 40 F-16 Block 70 jets to Turkey for $23 billion. On the same day the State \
Department notified Congress of a possible sale of 40 F-35A to Greece, estimated at $8.6 billion.

The F-35 approval caps two busy years:
- December 2023: 35 UH-60M Black Hawk helicopters, estimated at $1.95 billion, with Sikorsky as prime contractor.
"""


def test_an_item_of_a_list_is_for_the_buyer_whose_deal_the_heading_names() -> None:
    ex = extract_text(COLUMN)
    assert [(d.buyer.code, d.value.amount) for d in ex.deals if any(i.catalog_id == "uh-60m" for i in d.items)] == [
        ("GRC", 1.95e9)]


def test_arrived_from_a_year_is_no_delivery_cue_and_the_c295_is_known() -> None:
    text = ("Published: 2025-04-24\n\nIreland's larger equipment spending has gone to aircraft. In December 2019 the "
            "Irish government signed a contract worth about EUR 221.6 million with Airbus Defence and Space for two "
            "C295 maritime patrol aircraft, which were built in Seville, Spain, and arrived from 2023.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.items[0].catalog_id) for d in ex.deals] == [
        ("ESP", "IRL", "signed", "c295")]


def test_a_maker_supplying_a_count_to_the_country_the_article_is_about_has_a_contract() -> None:
    text = ("Published: 2025-05-06\n\nNigeria flies A-29 and JF-17 jets. Nigeria has ordered helicopters. Nigeria's air "
            "force is growing. Leonardo is supplying 24 M-346 jet trainers with a light-attack role, according to "
            "the Air Force.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.items[0].quantity) for d in ex.deals] == [
        ("ITA", "NGA", "signed", 24)]


def test_sold_to_a_buyer_in_french_and_cumulative_sums() -> None:
    ex = extract_text("Published: 2025-05-06\n\nPour mémoire, la presse revient sur les deux frégates FREMM vendues à "
                      "l'Égypte en 2020 par le constructeur Fincantieri, un marché d'environ 1,2 milliard d'euros.")
    assert [(d.seller.code, d.buyer.code, d.stage, d.value.amount) for d in ex.deals] == [
        ("ITA", "EGY", "signed", 1.2e9)]
    ex = extract_text("Published: 2025-05-06\n\nL'Égypte a signé pour 3 FREMM. Le cumul des contrats égyptiens évoqués "
                      "cette semaine dépasse les 3,8 milliards de dollars.")
    assert all(d.value is None for d in ex.deals)


def test_a_country_named_in_a_comparison_is_no_second_buyer() -> None:
    text = ("SALZACH-RUNDSCHAU · Freitag, 25. April 2025\n\nIrland, wie Österreich ein neutraler Staat, darf in den "
            "USA weitere Panzerabwehrwaffen vom Typ Javelin erwerben. Das US-Außenministerium hat am Mittwoch einem "
            "möglichen Verkauf im Wert von 46 Millionen Dollar zugestimmt.")
    ex = extract_text(text)
    assert [(d.seller.code, d.buyer.code, d.stage, d.date, d.value.amount) for d in ex.deals] == [
        ("USA", "IRL", "approved", "2025-04-23", 46e6)]
