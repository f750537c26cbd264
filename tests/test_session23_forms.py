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
