"""Journalistic forms met in session 12: long pieces that follow one programme through its stages (a signing told
with the buyer only, after the approval, is another deal of the same systems).

Texts written for these tests (own wording, real public facts).
"""
from __future__ import annotations

from news_helpers import deal_rows as _rows

from armstrack.extract import extract_text


def test_a_signing_told_with_the_buyer_only_is_the_same_purchase_at_another_stage() -> None:
    # real facts: DSCA approved four RQ-4 Block 30 (I) Global Hawks for South Korea in December 2012 ($1.2 billion);
    # Seoul signed the FMS purchase in 2014
    text = ("Washington approved the sale of four RQ-4 Global Hawk aircraft to South Korea in December 2012 for an "
            "estimated $1.2 billion. Seoul signed the purchase contract with the U.S. government in 2014. The "
            "package also covers spare engines.")
    rows = _rows(text, "2019-12-26")
    assert [r[:5] for r in rows] == [("USA", "KOR", "approved", None, 1.2e9), ("USA", "KOR", "signed", None, None)]
    assert rows[1][5] == [("rq-4", None)]


def test_a_wish_or_another_buyer_between_makes_no_new_stage() -> None:
    # "wanted … delivered" is a wish; "delivered to Ukraine in 2022" is another buyer's delivery
    text = ("Washington approved the sale of four RQ-4 Global Hawk aircraft to South Korea in December 2012 for an "
            "estimated $1.2 billion. Seoul wanted half of the order delivered early in 2015.")
    assert [r[2] for r in _rows(text, "2019-12-26")] == ["approved"]
    text = ("The State Department approved the sale of 18 M142 HIMARS launchers to Sweden in March 2026 for $930 "
            "million. Sweden has been cleared to buy a system in demand since it was delivered to Ukraine in 2022.")
    assert [r[2] for r in _rows(text, "2026-03-11")] == ["approved"]


def test_letters_of_offer_and_acceptance_signed_are_the_signing() -> None:
    # real facts: Finland chose the F-35A on 10 December 2021 (EUR 8.378 billion for 64 aircraft) and signed the
    # letters of offer and acceptance on 11 February 2022
    text = ("On 10 December 2021 the Finnish government picked the F-35A, putting the price of sixty-four aircraft "
            "at €8.378bn.\n\nThe letters of offer and acceptance for the aircraft were signed on 11 February 2022.")
    rows = _rows(text, "2025-12-18")
    assert [r[:5] for r in rows] == [("USA", "FIN", "other", "2021-12-10", 8.378e9),
                                     ("USA", "FIN", "signed", "2022-02-11", None)]


def test_the_count_nearest_the_item_is_its_quantity() -> None:
    # "One covered sixty-four F-35 …": "One" is the first of two approvals, not a count of jets
    text = ("In October 2020 the Defense Security Cooperation Agency published two approvals for Finland. One "
            "covered sixty-four F-35 Joint Strike Fighter aircraft and sixty-six F135 engines at an estimated $12.5 "
            "billion.")
    rows = _rows(text, "2020-10-12")
    assert rows[0][5] == [("f-35", 64), ("f135", 66)]


def test_aircraft_accepted_at_a_base_are_delivered() -> None:
    # real facts: India's first two MH-60R were accepted at NAS North Island on 16 July 2021 (approval: 2 April 2019,
    # 24 helicopters, $2.6 billion)
    text = ("On 2 April 2019 the State Department approved a possible sale to India of twenty-four MH-60R helicopters "
            "for $2.6 billion.\n\nThe first two MH-60Rs were accepted at Naval Air Station North Island, San Diego, "
            "on 16 July 2021.")
    rows = _rows(text, "2024-03-08")
    assert [r[:4] for r in rows] == [("USA", "IND", "approved", "2019-04-02"), ("USA", "IND", "delivered", "2021-07-16")]
    assert rows[1][5] == [("mh-60r", 2)]
    # "the last two of four CH-47F": the count of the event, not of the order
    text = ("The last two of four additional CH-47F Chinook helicopters ordered by Australia arrived at RAAF Base "
            "Townsville on Thursday.")
    assert _rows(text, "2022-06-24")[0][5] == [("ch-47f", 2)]


def test_a_programme_told_stage_by_stage_gives_one_deal_per_stage() -> None:
    # real facts (LAND 400 Phase 2): Boxer chosen on 14 March 2018 (211 vehicles, A$5.2 billion); contract signed on
    # 17 August 2018 (A$3.3 billion); first vehicle handed over on 24 September 2019; 25th delivered in June 2021
    text = ("BRISBANE - The 25th Boxer combat reconnaissance vehicle was handed to the Australian Army on Wednesday, "
            "Rheinmetall said.\n\nBoth designs went through trials before the government announced on 14 March 2018 "
            "that the Boxer had won, putting the total acquisition cost of 211 vehicles at A$5.2 billion.\n\nThe "
            "contract itself was signed at Parliament House in Canberra on 17 August 2018 and was valued at A$3.3 "
            "billion.\n\nThe first vehicle was formally handed over at Enoggera Barracks in Brisbane on 24 September "
            "2019.")
    rows = _rows(text, "2021-06-04")
    assert [r[2:5] for r in rows] == [("delivered", "2021-06-02", None), ("other", "2018-03-14", 5.2e9),
                                      ("signed", "2018-08-17", 3.3e9), ("delivered", "2019-09-24", None)]
    assert all(r[5] and r[5][0][0] == "boxer" for r in rows)


def test_an_engine_choice_is_no_deal_and_an_approval_noun_with_its_day_is_the_approval() -> None:
    # real facts: DSCA approved 12 F-16C and 4 F-16D Block 70 for Jordan on 3 February 2022 ($4.21 billion); Jordan
    # chose the F100-GE-129D engine; the LOA amendment for twelve jets was signed in January 2023
    text = ("Am Donnerstag unterzeichnete Jordanien in Amman eine Ergänzung zum Kaufvertrag über zwölf F-16 Block 70. "
            "Als Triebwerk hat sich Jordanien für das F100-GE-129D von General Electric entschieden.\n\nDie Grundlage "
            "bildet eine Genehmigung des US-Außenministeriums vom 3. Februar 2022. Damals wurde der mögliche Verkauf "
            "von 16 Maschinen, zwölf einsitzige F-16C und vier zweisitzige F-16D, freigegeben. Den Wert des Pakets "
            "bezifferte die Defense Security Cooperation Agency auf 4,21 Milliarden US-Dollar.")
    rows = _rows(text, "2023-01-20")
    assert [r[:5] for r in rows] == [("USA", "JOR", "signed", "2023-01-19", None),
                                     ("USA", "JOR", "approved", "2022-02-03", 4.21e9)]
    assert not any(c == "f100" for r in rows for c, _q in r[5])


def test_ringgit_and_the_rivals_a_winner_saw_off() -> None:
    # real facts: KAI's 2023 contract with Malaysia for 18 FA-50 Block 20 (1.2 trillion won); the FA-50 beat the Tejas,
    # JF-17, MiG-35 and Hürjet in the FLIT/LCA competition
    from armstrack.normalize.money import find_money

    assert [(m.amount, m.currency) for m in find_money("valued at RM4.08 billion, or Rp16.7 trillion")] \
        == [(4.08e9, "MYR"), (16.7e12, "IDR")]
    assert find_money("the rm 5 rule") == []
    text = ("Korea Aerospace Industries said on Friday it had signed a contract with Malaysia to supply 18 FA-50 "
            "Block 20 light combat aircraft, a deal valued at 1.2 trillion won (RM920 million). The order closes a "
            "competition in which the FA-50 saw off India's Tejas, Pakistan's JF-17, Russia's MiG-35 and Turkey's "
            "Hürjet.")
    rows = _rows(text, "2023-02-24")
    assert [r[:5] for r in rows] == [("KOR", "MYS", "signed", "2023-02-24", 1.2e12)]
    assert rows[0][5] == [("fa-50pl", 18)]


def test_a_question_names_the_buyer_its_answer_the_systems() -> None:
    # real facts: Indonesia signed for two Scorpène Evolved submarines with Naval Group and PT PAL on 28 March 2024
    text = ("Indonesia's order for two French-designed submarines was greeted in Paris as a diplomatic win.\n\nWhat "
            "exactly did Indonesia buy?\n\nTwo Scorpène Evolved diesel-electric submarines. The contract was signed on "
            "March 28 between the defence ministry, France's Naval Group and Indonesia's state shipbuilder PT PAL.")
    rows = _rows(text, "2024-04-05")
    assert [r[:5] for r in rows] == [("FRA", "IDN", "signed", "2024-03-28", None)]
    assert [q for _c, q in rows[0][5]] == [2]


def test_a_foreign_maker_signing_in_a_capital_sells_to_it_and_a_maker_before_a_noun_is_no_party() -> None:
    # real facts: Dassault signed for 42 Rafale in Jakarta on 10 February 2022; in July 2020 DSCA cleared eight
    # MV-22 Block C for Indonesia with 24 AE 1107C engines ($2 billion)
    text = ("In Jakarta, Dassault Aviation signed a contract for 42 Rafale fighters.\n\nIt was not the first U.S. "
            "approval that Jakarta never turned into an order. In July 2020 Washington approved eight MV-22 Block C "
            "Osprey tiltrotors, together with 24 AE 1107C Rolls-Royce engines, at an estimated $2 billion.")
    rows = _rows(text, "2024-04-05")
    assert [r[:3] for r in rows] == [("FRA", "IDN", "signed"), ("USA", "IDN", "approved")]
    assert rows[1][4] == 2e9
    # "In Ottawa, …" with no foreign maker signing stays a place
    assert _rows("In Ottawa, officials said the CP-140 upgrade was on track.", "2024-04-05") == []


def test_le_dossier_porte_sur_lists_the_items_and_unites_de_commande_is_no_order() -> None:
    # real facts: DSCA approved 612 FGM-148F Javelin and 200 LWCLU for Morocco on 19 March 2024 ($260 million)
    text = ("Le département d'État a approuvé mardi la vente éventuelle au Maroc de missiles antichars Javelin, pour "
            "un montant estimé à 260 millions de dollars.\n\nLe dossier porte sur 612 missiles FGM-148F, dont douze "
            "missiles de réception, et sur 200 unités de commande et de lancement allégées (LWCLU).")
    rows = _rows(text, "2024-03-20")
    assert [r[:5] for r in rows] == [("USA", "MAR", "approved", "2024-03-19", 2.6e8)]
    assert ("fgm-148f", 612) in rows[0][5]


def test_une_commande_prevue_is_no_order() -> None:
    # real facts: on 10 December 2021 Finland chose the F-35A (64 aircraft, EUR 8.378 billion)
    text = ("Le gouvernement finlandais a retenu vendredi le F-35A de Lockheed Martin, avec une commande prévue de 64 "
            "F-35A et de leur armement pour 8,378 milliards d'euros.")
    assert [r[2] for r in _rows(text, "2021-12-11")] == ["other"]


def test_more_ways_of_telling_an_approval_or_a_purchase() -> None:
    from armstrack.extract.stage import CUE_RES

    def stages(t: str) -> list[str]:
        return [st for st, rx in CUE_RES if rx.search(t)]
    assert stages("Le 28 avril, la DSCA notifie une vente possible de 70 missiles AGM-88B.") == ["approved"]
    assert stages("the agency published a possible $100 million sale to Zambia of Bell 412 helicopters") == ["approved"]
    assert stages("Polen hatte im August 2023 die US-Zustimmung für 96 Apache-Hubschrauber erhalten") == ["approved"]
    assert stages("Ottawa committed $10.4 billion to buy up to 14 Boeing P-8A aircraft") == ["signed"]
    assert stages("le 10 février 2022, l'Indonésie signait à Jakarta un contrat") == ["signed"]
    assert stages("Vienna has closed its government-to-government purchase of a dozen M-346FA jets") == ["signed"]
    # a sum of approvals is no approval
    assert stages("summieren sich die US-Freigaben für die Niederlande auf mehr als 4,9 Milliarden Dollar") == []


def test_a_contract_with_its_price_and_maker_for_the_system_bought() -> None:
    # real facts: Saudi Arabia signed with LIG Nex1 in November 2023 for ten Cheongung-II batteries ($3.2 billion)
    text = ("Le ministère sud-coréen de la Défense a révélé mardi que l'Arabie saoudite avait signé en novembre un "
            "contrat de 3,2 milliards de dollars (environ 12 milliards de riyals) avec l'industriel LIG Nex1 pour le "
            "système de défense sol-air Cheongung-II.")
    rows = _rows(text, "2024-02-10")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("KOR", "SAU", "signed", 3.2e9)]
    assert [c for c, _q in rows[0][5]] == ["km-sam"]


def test_the_first_few_landed_is_a_delivery_and_publie_le_dates_the_page() -> None:
    from armstrack.ingest.loaders import text_metadata

    head = ("Nigeria : munitions américaines\nL'Observateur | Par A. Konaté, Abidjan | Publié le 16 août 2025 | "
            "https://observateur.example/securite/2025/08/16/nigeria-munitions-americaines-une-adresse-longue\n\nTexte.")
    assert text_metadata(head)[0] == "2025-08-16"
    # real facts: the A-29 Super Tucano sale to Nigeria (approved in 2017, $593 million); six landed at Kano on
    # 22 July 2021
    text = ("En août 2017, Washington avait approuvé la vente au Nigeria d'avions A-29 Super Tucano pour 593 millions "
            "de dollars. Les six premiers appareils ont atterri à Kano le 22 juillet 2021.")
    rows = _rows(text, "2025-08-16")
    assert [r[2:4] for r in rows] == [("approved", None), ("delivered", "2021-07-22")]


def test_a_short_sentence_naming_a_day_dates_the_event_told_next() -> None:
    # real facts: on 10 February 2022 Dassault signed for 42 Rafale with Indonesia and DSCA approved 36 F-15ID
    text = ("Consider a single day, February 10, 2022. In Jakarta, Dassault Aviation signed a contract for 42 Rafale "
            "fighters. On the same day in Washington, the State Department approved a possible sale to Indonesia of up "
            "to 36 F-15ID fighters, estimated at $13.9 billion.")
    rows = _rows(text, "2024-04-05")
    assert [r[:4] for r in rows] == [("FRA", "IDN", "signed", "2022-02-10"), ("USA", "IDN", "approved", "2022-02-10")]
    # a sentence with an event of its own sets no scene
    text = ("The air force showed its old Hornet jets to the press on 17 August 2021. In Helsinki, Lockheed Martin "
            "signed a contract for 64 F-35A fighters.")
    assert [r[2:4] for r in _rows(text, "2024-04-05")] == [("signed", None)]


def test_the_fleet_flown_now_opens_no_deal() -> None:
    # real facts: DSCA approved 12 F-16C and 4 F-16D Block 70 for Jordan on 3 February 2022 ($4.21 billion)
    text = ("The State Department on Thursday approved a possible sale to Jordan of sixteen F-16 Block 70 aircraft for "
            "an estimated $4.21 billion.\n\nThe Royal Jordanian Air Force currently flies about sixty older F-16A/B "
            "aircraft, most of them acquired second-hand. Officials would not say whether Amman intends to buy all "
            "sixteen aircraft at once.")
    rows = _rows(text, "2022-02-04")
    assert [r[2] for r in rows] == ["approved"]


def test_a_contract_announced_and_a_plan_that_never_materialised() -> None:
    # real facts: Indonesia's EUR 1.18 billion contract with Fincantieri for two PPA (2024); the 2021 plan for six
    # FREMM frigates was never carried out
    text = ("The defence ministry also announced last week a €1.18 billion contract with Italy's Fincantieri for two "
            "PPA multipurpose offshore patrol ships for Indonesia. An earlier plan to buy six FREMM frigates from the "
            "same yard, announced in 2021, has not materialised.")
    rows = _rows(text, "2024-04-02")
    assert [r[:3] for r in rows] == [("ITA", "IDN", "signed")]
    assert [q for _c, q in rows[0][5]] == [2]


def test_a_deal_told_without_a_verb_takes_the_stage_told_before_it() -> None:
    # real facts: Greece signed for 18 Rafale on 25 January 2021; DSCA approved 30 HIMARS for Poland (Feb 2023) and
    # 16 for Norway (Aug 2024, $580 million)
    from armstrack.extract.news_refs import SEQUENCE_RE

    assert SEQUENCE_RE.search("Norway followed on Aug. 9, 2024: 16 launchers for $580 million.")
    assert not SEQUENCE_RE.search("Norway has 16 launchers for $580 million.")
    text = ("Washington approved 30 M142 HIMARS for Poland in February 2023 for $10 billion.\n\nNorway followed on "
            "Aug. 9, 2024: 16 M142 HIMARS launchers for $580 million.")
    assert [r[:4] for r in _rows(text, "2024-08-12")] == [("USA", "POL", "approved", None),
                                                          ("USA", "NOR", "approved", "2024-08-09")]


def test_a_figure_the_us_agency_put_on_an_approval_is_in_us_dollars() -> None:
    # real facts: DSCA priced seven CH-47F for Australia at $560 million (2009); the 2021 purchase of four more was
    # A$595 million (about US$410 million) in an Australian outlet that marks U.S. figures "US$"
    text = ("TOWNSVILLE, Australia, June 24, 2022 (PWS) - The four-helicopter purchase, worth A$595 million (about "
            "US$410 million), was approved in April 2021. The C-27J deal was worth about US$1.4 billion.\n\n"
            "Australia first received U.S. clearance for seven CH-47F Chinooks in April 2009, when the Defense "
            "Security Cooperation Agency put the package at $560 million.")
    rows = _rows(text, "2022-06-24")
    chinook = [r for r in rows if r[4] == 5.6e8]
    assert chinook and chinook[0][2] == "approved"
    ex = extract_text("Published: 2022-06-24\n\n" + text)
    assert [d.value.currency for d in ex.deals if d.value and d.value.amount == 5.6e8] == ["USD"]


def test_a_lease_is_a_transfer_signed() -> None:
    # real facts: Germany leases the Heron TP from Israel Aerospace Industries through Airbus (signed June 2018)
    text = ("The Bundeswehr instead leases Israel Aerospace Industries' Heron TP through Airbus; the lease, signed in "
            "June 2018, is worth about EUR 895 million in total.")
    assert [r[:5] for r in _rows(text, "2022-02-04")] == [("ISR", "DEU", "signed", None, 8.95e8)]  # one deal's total
    # a fleet of leased aircraft named in passing is no lease told
    assert _rows("The air force flies a fleet of leased Heron TP drones.", "2022-02-04") == []


def test_the_stages_of_one_purchase_share_its_contractor() -> None:
    # set 60's French review of Seoul's Global Hawk purchase names Northrop Grumman with the delivery only; the
    # approval and the other stages of the same purchase take it too
    from pathlib import Path

    from armstrack import extract_file

    path = Path(__file__).parent / "corpus" / "news-holdout60" / "ho60-02-fr-globalhawk-revue.txt"
    ex = extract_file(str(path))
    rq4 = [d for d in ex.deals if d.buyer and d.buyer.code == "KOR" and any(i.catalog_id == "rq-4" for i in d.items)]
    assert len({d.stage for d in rq4}) >= 2
    assert all(d.contractor == "Northrop Grumman" for d in rq4)
