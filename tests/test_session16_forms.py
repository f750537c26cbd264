"""Forms met in session 16 (texts of our own wording, real facts from the DSCA records shipped in the package)."""
from __future__ import annotations

from news_helpers import deal_rows


def test_a_sentence_detailing_the_package_adds_its_items_to_the_deal() -> None:
    # real facts: DSCA transmittal 25-11 of 1 April 2025, the Philippines: 16 F-16C and 4 F-16D Block 70/72 for
    # an estimated $5.58 billion, with 24 engines and 22 AN/APG-83 radars among the items
    lead = ("Washington on Tuesday approved a possible sale of twenty F-16 Block 70/72 fighters to the Philippines "
            "for an estimated $5.58 billion. ")
    for detail in ("Le communiqué détaille le lot : 24 moteurs F110 et 22 radars AN/APG-83.",
                   "Darin enthalten sind 24 Triebwerke F110 und 22 Radare AN/APG-83.",
                   "Manila would also receive 24 F110 engines and 22 AN/APG-83 radars."):
        rows = deal_rows(lead + detail, "2025-04-03")
        assert len(rows) == 1, detail
        assert ("an-apg-83", 22) in rows[0][5], detail


def test_another_approval_told_as_also_cleared_takes_the_day_of_the_batch() -> None:
    # real facts: DSCA, 11 October 2024: GMLRS and ATACMS for the UAE ($1.2 billion) and AGM-114R3 Hellfire II for
    # Saudi Arabia ($655 million) were announced the same day
    lead = ("The State Department on Friday approved a possible $1.2 billion sale to the United Arab Emirates of 259 "
            "GMLRS pods and 203 ATACMS missiles. ")
    for second in ("The agency also cleared 2,503 Hellfire II missiles for Saudi Arabia, estimated at $655 million.",
                   "Am selben Tag genehmigte Washington 2503 Hellfire-Raketen für Saudi-Arabien für 655 Millionen "
                   "Dollar."):
        rows = deal_rows(lead + second, "2024-10-12")
        assert [(r[1], r[2], r[3]) for r in rows] == [("ARE", "approved", "2024-10-11"),
                                                      ("SAU", "approved", "2024-10-11")], second
    # a sibling told with its own year keeps no borrowed day
    rows = deal_rows(lead + "The agency also cleared Hellfire missiles for Saudi Arabia in 2019, at $655 million.",
                     "2024-10-12")
    assert [(r[1], r[3]) for r in rows] == [("ARE", "2024-10-11"), ("SAU", None)]


def test_more_words_for_approvals_contracts_and_notices() -> None:
    from armstrack.extract.clauses import units_of

    def stage(text: str) -> str | None:
        cues = [u.cue.stage for u in units_of(text, "2024-06-01") if u.cue is not None]
        return cues[0] if cues else None
    # real facts: Ukraine F-16 training and support, $310.5 million (DSCA, May 2024); Denmark M1156 PGK, $85 million
    # (DSCA, August 2024); UK Protector: 13 more aircraft ordered for GBP 195 million; Kuwait's Bayraktar TB2
    # contract, $367 million (2023); AH-64D for Egypt notified to Congress in 2009; Poland's F-35A LOA (2020)
    assert stage("En mai, Washington avait déjà validé 310,5 millions de dollars pour le soutien des F-16.") == "approved"
    assert stage("Im August 2024 hatte Washington dem Land 5832 Zünder-Lenkkits M1156 für 85 Millionen Dollar "
                 "bewilligt.") == "approved"
    assert stage("Die Schweizer Stimmberechtigten hatten den Kredit im September 2020 knapp bewilligt.") is None
    assert stage("The minister announced a GBP 195 million order for 13 more Protector RG Mk1 aircraft.") == "signed"
    assert stage("Im Juni 2023 meldete die Armee einen Vertrag über 367 Millionen Dollar mit Baykar.") == "signed"
    assert stage("In May, Congress was notified of 12 AH-64D Apache helicopters worth $820 million.") == "notified"
    assert stage("Polen hat am Freitag den Kauf von 32 F-35A besiegelt.") == "signed"


def test_prices_written_as_hyphenated_adjectives_and_in_words() -> None:
    from armstrack.normalize.money import find_money

    def found(text: str) -> list[tuple[float, str]]:
        return [(m.amount, m.currency) for m in find_money(text)]
    # real facts: Norway's MH-60R case (DSCA, April 2023, about $1 billion); Finland's M270A2 upgrade ($395 million,
    # August 2023); Malaysia's two ATR 72 MPA (789.6 million ringgit, May 2023); Austria's first nine S-70A (1999)
    assert found("Washington cleared a one-billion-dollar case for MH-60R helicopters") == [(1e9, "$")]
    assert found("a 395-million-dollar upgrade of its M270 launchers") == [(395e6, "$")]
    assert found("deux ATR 72 MPA pour 789,6 millions de ringgits") == [(789.6e6, "MYR")]
    assert found("neun S-70A wurden um knapp drei Milliarden Schilling gekauft") == [(3e9, "ATS")]
    assert found("ein Auftrag im Wert von mehr als einer Milliarde Euro") == [(1e9, "EUR")]
    # a German procurement term, not a price; a compound noun after the currency is still a price
    assert found("billigte das Gremium eine sogenannte 25-Millionen-Euro-Vorlage") == []
    assert found("ein 500 Millionen Euro-Auftrag") == [(500e6, "EUR")]


def test_an_upper_bound_is_no_price() -> None:
    # real facts: the Netherlands ordered Skyranger 30 systems from Rheinmetall (December 2025)
    text = ("Die Niederlande haben am Donnerstag bei Rheinmetall 22 Skyranger 30 bestellt. Das Volumen liege {} "
            "einer Milliarde Euro, hieß es.")
    assert deal_rows(text.format("unter"), "2025-12-12")[0][4] is None
    assert deal_rows(text.format("knapp unter"), "2025-12-12")[0][4] == 1e9


def test_sibling_designations_filed_under_one_family_are_counted_apart() -> None:
    # real facts: DSCA, 2012: ten MH-60R and twelve MH-60S for Qatar (about $2.5 billion); India's January 2004
    # contract with Russia for twelve MiG-29K and four MiG-29KUB
    rows = deal_rows("En 2012, Washington avait approuvé la vente au Qatar de dix hélicoptères MH-60R et de douze "
                     "MH-60S, un contrat estimé à 2,5 milliards de dollars.", "2024-01-01")
    assert [(i[1]) for i in rows[0][5]] == [10, 12]
    rows = deal_rows("On January 20, 2004, New Delhi signed with Russia for 12 single-seat MiG-29K and four two-seat "
                     "MiG-29KUB fighters.", "2010-01-01")
    assert [(i[1]) for i in rows[0][5]] == [12, 4]
    # a plural of the family is no sibling: "79 of the F-16s" restates no new designation
    rows = deal_rows("The sale to Türkiye, estimated at $23 billion, consists of 40 F-16 Block 70 aircraft and kits "
                     "to modernise 79 of its F-16s.", "2024-01-27")
    assert len(rows[0][5]) == 1


def test_further_approvals_told_paragraphs_later_take_the_day_of_the_batch() -> None:
    # real facts: DSCA, 12 March 2024, Poland: 821 AGM-158B-2 JASSM-ER ($1.77 billion), 745 AIM-120C-8 ($1.69
    # billion), 232 AIM-9X Block II ($219.1 million)
    text = ("The State Department on Tuesday approved a possible sale to Poland of 821 JASSM-ER missiles for $1.77 "
            "billion. \"This strengthens deterrence,\" a Polish official said. Analysts expect deliveries to take "
            "years. Some note the price per missile has risen. Others point to the Baltic. Stocks are thin. "
            "In two further releases, the agency cleared 745 AIM-120C-8 missiles at $1.69 billion, and 232 AIM-9X "
            "Block II missiles for $219.1 million. {}")
    rows = deal_rows(text.format(""), "2024-03-14")
    assert [r[3] for r in rows] == ["2024-03-12"] * 3
    # "the second phase" is no second approval
    rows = deal_rows("Washington approved Patriot missiles for Poland on Monday for $1 billion. Diplomats spoke. "
                     "Then came the second phase of the programme, worth $15 billion: 48 M903 launchers.",
                     "2023-06-30")
    assert [r[3] for r in rows][1:] in ([], [None])


def test_a_purchase_dated_and_priced_by_its_approval_is_told_as_approved() -> None:
    from armstrack.extract.stage import stage_of

    def stage(text: str) -> str | None:
        cue = stage_of(text)
        return cue.stage if cue else None
    # real facts: Poland's 250 M1A2 SEPv3 (State Department approval, February 2022, up to $6 billion); Slovakia's
    # nine UH-60M (approved February 2015, about $450 million); Saudi Patriot GEM-T (approved 2 August 2022)
    assert stage("Poland has also bought 250 M1A2 SEPv3 Abrams tanks, a purchase the State Department approved in "
                 "February 2022 at up to $6 billion.") == "approved"
    assert stage("Slovakia flies nine UH-60M Black Hawks, bought under a case the State Department cleared in "
                 "February 2015.") == "approved"
    assert stage("Poland signed for 250 Abrams tanks, a purchase the State Department approved in 2022.") == "signed"
    # "signe que": a sign, not a signature; a future passive and a German modal far before the verb: no event
    assert stage("Riyad a aussi reçu un feu vert américain pour des Patriot, signe que Washington reste présent."
                 ) == "approved"
    assert stage("La valeur du contrat qui sera effectivement signé tourne autour d'un milliard de dollars.") is None
    assert stage("Der Spiegel berichtete, die Bundeswehr wolle 15 weitere Maschinen für rund 2,5 Milliarden Euro "
                 "bestellen.") is None
    assert stage("Outlets claimed last month that Cairo had quietly ordered a Chinese system.") is None


def test_a_cancelled_purchase_is_a_deal_told_with_stage_other() -> None:
    # real facts: Spain's Defence Ministry cancelled the purchase of 168 Spike LR2 systems (about EUR 285 million,
    # to be built by Pap Tecnos) in June 2025
    rows = deal_rows("MADRID — The Defence Ministry on Tuesday confirmed it is cancelling the purchase of 168 Spike LR2 "
                     "anti-tank missile systems worth an estimated €285m.", "2025-06-04")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("ISR", "ESP", "other", 285e6)]
    # calls to cancel, or cancelling called no option, undo nothing
    for text in ("Politicians called on the government to cancel the order for 36 F-35A jets.",
                 "Officials said cancelling the contract for 36 F-35A jets was not a realistic option."):
        assert all(r[2] != "other" for r in deal_rows(text, "2023-06-01")), text


def test_an_acronym_the_text_spells_out_as_something_else_is_not_the_catalog_system() -> None:
    from armstrack.extract.clauses import units_of
    # real facts: DSCA transmittal 22-32 (2 August 2022), UAE: 96 THAAD rounds, two THAAD Launch Control Stations
    # (LCS), two Tactical Operations Stations (TOS); "LCS" is also the U.S. Navy's Littoral Combat Ship
    text = ("The sale covers 96 THAAD missile rounds, two Launch Control Stations (LCS) and two Tactical Operations "
            "Stations (TOS). The LCS are the batteries' command posts.")
    ids = {x.id for u in units_of(text, "2022-08-03") for _, _, x in u.systems}
    assert "lcs" not in ids and {"thaad-lcs", "thaad-tos"} <= ids
    # the catalog's own expansion keeps the acronym
    ids = {x.id for u in units_of("Riyadh may buy two Littoral Combat Ships (LCS) later.", None) for _, _, x in u.systems}
    assert "lcs" in ids


def test_a_german_notice_to_congress_told_with_the_price_between() -> None:
    from armstrack.extract.stage import stage_of
    # real facts: DSCA, 19 October 2011: Oman ground-based air defence (Avenger, Stinger RMP Block 1, AIM-120C-7);
    # November 2010: C-130J-30 support for Oman
    cue = stage_of("Das US-Verteidigungsministerium hat den Kongress am vergangenen Mittwoch über einen möglichen "
                   "Rüstungsverkauf im Wert von 1,248 Milliarden Dollar unterrichtet.")
    assert cue is not None and cue.stage == "notified"
    cue = stage_of("Im November 2010 folgte eine Mitteilung an den Kongress über Logistik für eine C-130J-30.")
    assert cue is not None and cue.stage == "notified"


def test_a_decision_and_its_signature_in_one_sentence_are_one_signed_deal() -> None:
    # real facts: the Czech government approved the purchase of 246 CV90 MkIV and signed the contract on 24 May
    # 2023 (about 59.7 billion crowns)
    rows = deal_rows("PRAGUE — The government on Wednesday approved the purchase of 246 CV90 infantry fighting "
                     "vehicles from Sweden, and the defence ministry signed the contract with the Swedish side the "
                     "same day. The vehicles will cost 59.7 billion Czech crowns ($2.7 billion).", "2023-05-25")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("SWE", "CZE", "signed", "2023-05-24", 59.7e9)]


def test_an_item_lists_the_catalog_name_its_mention_begins_with_as_an_alias() -> None:
    from armstrack import extract_text
    # real facts: DSCA, 2006: Chile, 18 F-16 (Block 50/52) notification era; our own sentence
    ex = extract_text("Published: 2023-01-01\n\nChile signed for 18 F-16 fighters from the United States.")
    items = [i.to_dict() for d in ex.deals for i in d.items]
    assert items and items[0]["system"] == "F-16 Fighting Falcon" and items[0]["aliases"] == ["F-16 fighters", "F-16"]


def test_french_hundreds_count_whole() -> None:
    from armstrack.extract.news_fields import _quantity
    # real facts: DSCA transmittal 24-93 (Egypt, NASAMS, 24 July 2025): 600 AIM-9X Sidewinder Block II
    for text, qty in (("cent AIM-120C-8 et six cents missiles AIM-9X Block II", 600),
                      ("as well as six hundred AIM-9X Block II missiles", 600),
                      ("deux mille obus et six AIM-9X", 6)):
        assert _quantity(text, text.index("AIM-9X"))[0] == qty, text
