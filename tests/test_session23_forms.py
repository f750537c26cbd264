"""Forms met in session 23: a buyer's own procurement steps and tenders (texts of our own wording, real facts)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack import extract_text
from armstrack.extract.stage import read_stage


def test_a_legislature_approving_its_own_purchase_is_the_buyers_step() -> None:
    # real facts: the Swiss National Council approved the F-35A credit (6.035 billion francs) in September 2022
    cue, _ = read_stage("Der Nationalrat hat am Donnerstag dem Kauf von 36 F-35A-Kampfjets zugestimmt.")
    assert cue is not None and cue.stage == "other"
    cue, _ = read_stage("Le Conseil national a approuvé jeudi l'achat de 36 avions de combat F-35A pour 6,035 milliards "
                        "de francs.")
    assert cue is not None and cue.stage == "other"
    # (the seller's approval told in the same sentence stays an approval; a body only addressed does not act)
    cue, _ = read_stage("Nach dem Ja des Nationalrats hat das State Department den Verkauf von 36 F-35A genehmigt.")
    assert cue is not None and cue.stage == "approved"
    cue, _ = read_stage("Im selben Schreiben an den Bundestag stand übrigens auch die Genehmigung für drei MEKO-A-200-Fregatten.")
    assert cue is not None and cue.stage == "approved"


def test_a_government_asking_its_own_parliament_for_credits_is_no_letter_of_request() -> None:
    # real facts: Armeebotschaft 2022, 6.035 billion francs for 36 F-35A and 1.987 billion for Patriot
    text = ("Bundesrat beantragt Kredite für Kampfjets\n\n"
            "BERN - Der Bundesrat beantragt dem Parlament einen Verpflichtungskredit von 6,035 Milliarden Franken für "
            "36 Kampfflugzeuge F-35A.")
    rows = deal_rows(text, "2022-02-17")
    assert [(r[1], r[2]) for r in rows] == [("CHE", "other")]
    # (a buyer's letter of request to the seller stays a request)
    cue, _ = read_stage("Switzerland has requested 36 F-35A aircraft from the United States.")
    assert cue is not None and cue.stage == "requested"


def test_a_german_must_hedges_a_verb_far_after_it() -> None:
    cue, hedged = read_stage("In Taiwan muss das Parlament erst noch einen Sonderhaushalt von 1,25 Billionen "
                             "Taiwan-Dollar über mehrere Jahre billigen.")
    assert cue is None and hedged


def test_a_preferred_bidder_and_an_announced_purchase_are_selections() -> None:
    # real facts: Romania named Naval Group preferred bidder for four Gowind corvettes (1.2 billion euros), July 2019
    text = ("Romania names corvette winner\n\n"
            "BUCHAREST - Romania on Wednesday named Naval Group the preferred bidder for four Gowind corvettes worth 1.2 "
            "billion euros, ahead of Italy's Fincantieri and the Netherlands' Damen.")
    ex = extract_text("Published: 2019-07-04\n\n" + text)
    assert [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage) for d in ex.deals] \
        == [("FRA", "ROU", "other")]
    # the firms named after "ahead of" lost: they are no contractors
    assert [c.name for c in ex.deals[0].contractors] == ["Naval Group"]
    # real facts: Croatia announced the purchase of 12 used Rafale for 999 million euros on 28 May 2021
    cue, _ = read_stage("Prime Minister Andrej Plenković on Friday announced the purchase of 12 used Rafale fighters.")
    assert cue is not None and cue.stage == "other"


def test_the_other_entrants_of_a_competition_are_no_buyers() -> None:
    # real facts: Lithuania chose the Boxer on 11 December 2015; the Stryker and the Piranha had also been offered
    text = ("Lithuania picks Boxer\n\n"
            "VILNIUS - Lithuania's State Defence Council on Friday chose the Boxer as its new infantry fighting vehicle, "
            "ending a competition in which the American Stryker and the Swiss Piranha also took part.")
    rows = deal_rows(text, "2015-12-12")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("DEU", "LTU", "other", "2015-12-11")]


def test_a_contract_handed_or_attributed_is_signed() -> None:
    # real facts: Canada awarded Rheinmetall Canada the Medium Range Radar contract (ELM-2084), 28 July 2015
    cue, _ = read_stage("Ottawa on Tuesday handed Rheinmetall Canada a contract to supply ten radar systems.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("Le ministre s'est présenté mardi à l'usine pour annoncer l'attribution d'un contrat visant la "
                        "fourniture de dix systèmes de radar.")
    assert cue is not None and cue.stage == "signed"


def test_the_core_of_a_systemless_contract_told_next_is_its_item() -> None:
    text = ("Radars for Canada\n\n"
            "OTTAWA - Canada on Tuesday awarded Rheinmetall Canada a contract for ten radar systems, worth C$243.3 "
            "million.\n\nThe system is built around the ELM-2084 radar designed by Elta Systems.")
    rows = deal_rows(text, "2015-07-29")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("ISR", "CAN", "signed", 243300000)]
    assert [i for i, _ in rows[0][5]] == ["elm-2084"]


def test_a_german_or_french_notification_with_the_verb_first_is_notified() -> None:
    # real facts: DSCA notified Congress of a possible sale of C-27J to Ghana in September 2009 ($680 million)
    cue, _ = read_stage("Im September 2009 unterrichtete die US-Behörde Defense Security Cooperation Agency den Kongress "
                        "über einen möglichen Verkauf von vier C-27J an Ghana.")
    assert cue is not None and cue.stage == "notified"
    cue, _ = read_stage("En juillet 2010, la DSCA avait avisé le Congrès que le Canada souhaitait acquérir dix radars.")
    assert cue is not None and cue.stage == "notified"


def test_a_us_notification_is_a_us_sale_whoever_designed_the_aircraft() -> None:
    text = ("Ghana picks the C295\n\n"
            "In September 2009 the U.S. Defense Security Cooperation Agency notified Congress of a possible sale to "
            "Ghana of six C-27J Spartan tactical transports, an aircraft designed by Italy's Alenia Aeronautica, at an "
            "estimated cost of $680 million.")
    rows = deal_rows(text, "2011-08-05")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("USA", "GHA", "notified", 680000000)]


def test_a_swiss_chamber_passing_the_armament_programme_buys_what_it_names_next() -> None:
    # real facts: armasuisse chose KNDS Deutschland's Artillery Gun Module on the Piranha IV to replace the M109
    # (32 systems); the Council of States passed the 2025 armament programme in September 2025
    text = ("Ständerat sagt Ja zur Radhaubitze\n\n"
            "Die Schweizer Artillerie bekommt ihr neues Geschütz. Der Ständerat hat am Mittwochmorgen das "
            "Rüstungsprogramm 2025 gutgeheissen: 850 Millionen Franken für ein Artilleriesystem, das die alten "
            "Panzerhaubitzen M109 ablösen soll.\n\n"
            "Konkret geht es um das «AGM Artillery Gun Module» des Herstellers KNDS Deutschland, montiert auf dem "
            "Radschützenpanzer Piranha IV.")
    rows = deal_rows(text, "2025-09-17")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [("DEU", "CHE", "other", "2025-09-17", 850000000)]
    assert [i for i, _ in rows[0][5]] == ["agm-artillery-gun-module"]


def test_a_deadline_dates_no_event() -> None:
    text = ("Japan cleared for SM-6\n\n"
            "Washington hatte den Verkauf von Tomahawk an Japan im November 2023 mit einem Volumen von bis zu 2,35 Milliarden Dollar "
            "genehmigt. Eine Stellungnahme zur SM-6-Genehmigung lag bis Freitag nicht vor.")
    ex = extract_text("Published: 2025-02-05\n\n" + text)
    assert ex.deals and all(d.date is None for d in ex.deals)


def test_a_price_told_as_such_is_the_deals_value() -> None:
    # real facts: Poland signed for MQ-9B SkyGuardian on 12 December 2024 for about 1.2 billion zlotys; it had leased
    # MQ-9A Reapers in October 2022 for $70.6 million
    text = ("Warschau kauft Drohnen\n\n"
            "Das Verteidigungsministerium in Warschau hat am Donnerstag mit General Atomics einen Vertrag über "
            "Drohnen vom Typ MQ-9B SkyGuardian unterzeichnet. Der Preis liegt bei rund 1,2 Milliarden Zloty.\n\n"
            "Am 20. Oktober 2022 hatte Warschau einen Leasingvertrag über Drohnen des Vorgängertyps MQ-9A Reaper "
            "geschlossen, Volumen: 70,6 Millionen Dollar.")
    rows = deal_rows(text, "2024-12-13")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("POL", "signed", "2024-12-12", 1200000000),
                                                        ("POL", "signed", "2022-10-20", 70600000)]
    cue, _ = read_stage("En octobre 2022, le ministère avait conclu avec GA-ASI un contrat de location de MQ-9A Reaper.")
    assert cue is not None and cue.stage == "signed"
    # (a price within a credit frame is no price)
    rows = deal_rows("Schweiz kauft Jets\n\nDie Schweiz hat 36 F-35A gekauft. Der Kaufpreis liegt innerhalb des "
                     "Kreditrahmens von 6 Milliarden Franken.", "2022-09-20")
    assert [r[4] for r in rows] == [None]


def test_a_used_aircraft_from_another_air_forces_stocks_is_sold_by_that_country() -> None:
    # real facts: Austria bought three used UH-60L from Jordanian stocks (about $72.8 million)
    text = ("Black Hawks for Austria\n\n"
            "Österreich hatte 2021 drei gebrauchte UH-60L aus Beständen der jordanischen Luftwaffe erworben, der "
            "Kaufpreis lag bei rund 72,8 Millionen Dollar.")
    rows = deal_rows(text, "2024-06-01")
    assert [(r[0], r[1], r[4]) for r in rows] == [("JOR", "AUT", 72800000)]


def test_it_decided_takes_the_country_of_the_sentence_before() -> None:
    # real facts: Denmark leased NASAMS from Norway and bought VL MICA in 2025; a 58 billion kroner air-defence plan
    text = ("Denmark buys missiles\n\n"
            "In 2011 Washington approved the sale of 70 AGM-158 JASSM missiles to Finland, valued at $255 million.\n\n"
            "- In June 2025 Copenhagen moved fast on an interim capability. It decided to lease a NASAMS system from "
            "Norway and to buy two VL MICA fire units from MBDA.\n"
            "- On 12 September 2025 the ministry unveiled a plan worth some 58 billion kroner for air defence.")
    rows = deal_rows(text, "2026-06-06")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("USA", "FIN", "approved", 255000000),
                                                        ("NOR", "DNK", "other", None)]


def test_a_lettered_trainer_variant_is_read_under_its_family() -> None:
    # real facts: Peru's 20 KT-1P (about $208 million); KAI beat Embraer's Super Tucano; about $8 million per aircraft
    text = ("Peru receives trainers\n\n"
            "LIMA – Am Dienstag ist der erste in Peru montierte KT-1P an die Luftwaffe übergeben worden.\n\n"
            "- Vertrag: unterzeichnet im November 2012, Gesamtwert rund 208 Millionen US-Dollar für 20 Flugzeuge.\n"
            "- Stückpreis: etwa 8 Millionen Dollar pro Maschine.\n\n"
            "Im Wettbewerb hatte sich der KT-1 gegen den Super Tucano des brasilianischen Herstellers Embraer "
            "durchgesetzt.")
    ex = extract_text("Published: 2015-04-22\n\n" + text)
    assert [(d.seller.code if d.seller else None, d.buyer.code if d.buyer else None, d.stage) for d in ex.deals][:1] \
        == [("KOR", "PER", "delivered")]
    # (the KT-1P has an entry of its own since session 27, a variant of the KT-1)
    assert ex.deals[0].items[0].catalog_id == "kt-1p"
    assert all(d.value is None or d.value.amount != 8000000 for d in ex.deals)
    assert all(c.name != "Embraer" for d in ex.deals for c in d.contractors)


def test_a_programme_approved_by_the_cabinet_is_the_buyers_step() -> None:
    # real facts: Japan's cabinet approved the 2023-2027 defence build-up programme on 16 December 2022
    cue, _ = read_stage("Over the five years of the defence build-up programme approved by the cabinet last Friday, the "
                        "ministry intends to buy more vehicles.")
    assert cue is not None and cue.stage == "other"
    cue, _ = read_stage("The sale was approved by the State Department on Friday.")
    assert cue is not None and cue.stage == "approved"


def test_a_day_of_the_month_is_no_count() -> None:
    # real facts: ATLA announced on 9 December 2022 that Patria's AMV XP had been selected; 29 vehicles in FY2023
    text = ("Japan picks Patria\n\n"
            "The Acquisition, Technology and Logistics Agency announced on Dec. 9 that Japan had selected Patria's AMV "
            "XP 8x8 as its next wheeled armoured personnel carrier.")
    rows = deal_rows(text, "2022-12-12")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("FIN", "JPN", "other", [("patria-amv", None)])]
    # ("two decommissioned Oliver Hazard Perry-class frigates" still counts two)
    rows = deal_rows("Taiwan frigates\n\nThe Obama administration on Wednesday notified Congress of arms sales to "
                     "Taiwan that include two decommissioned Oliver Hazard Perry-class frigates.", "2015-12-17")
    assert rows and rows[0][5][0][1] == 2
