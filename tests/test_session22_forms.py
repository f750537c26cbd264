"""Forms met in session 22 (texts of our own wording, real facts from the DSCA records and cited public pages)."""
from __future__ import annotations

from news_helpers import deal_rows

from armstrack.extract.stage import read_stage


def test_a_system_built_by_several_is_sold_by_the_country_of_the_firm_named() -> None:
    # real facts: Poland ordered four AW101 from Leonardo (PZL-Świdnik) in April 2019 for 1.65 billion zlotys
    text = ("Poland orders naval helicopters\n\n"
            "Poland on Friday ordered four AW101 helicopters for 1.65 billion zlotys. The helicopters will be built by "
            "Leonardo's PZL-Świdnik plant.")
    rows = deal_rows(text, "2019-04-27")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ITA", "POL", "signed")]
    # (without a firm named, the catalog's first maker country: the United Kingdom)
    bare = "Poland orders naval helicopters\n\nPoland on Friday ordered four AW101 helicopters for 1.65 billion zlotys."
    assert [r[0] for r in deal_rows(bare, "2019-04-27")] == ["GBR"]


def test_an_order_noun_in_apposition_names_what_was_approved() -> None:
    # real facts: DSCA, 3 May 2019: United Arab Emirates, up to 452 PAC-3 MSE, estimated $2.728 billion
    cue, _ = read_stage("Les Émirats arabes unis ont obtenu, le même jour, un feu vert pour jusqu'à 452 missiles "
                        "PAC-3 MSE, une commande estimée à 2,728 milliards de dollars.")
    assert cue is not None and cue.stage == "approved"
    # (a contract told after an approval in its own clause is still a contract)
    cue, _ = read_stage("Après le feu vert de Washington, les Émirats ont signé une commande de 452 missiles.")
    assert cue is not None and cue.stage == "signed"


def test_delivered_in_containers_is_no_delivery() -> None:
    # real facts: DSCA, 3 May 2019: Bahrain, 60 PAC-3 MSE, 36 MIM-104E GEM-T, nine M903, $2.478 billion
    text = ("Patriot : Washington approuve une vente à Bahreïn\n\n"
            "Le département d'État américain a approuvé vendredi une vente potentielle de systèmes Patriot à Bahreïn, "
            "pour un montant estimé à 2,478 milliards de dollars. La liste est précise. Manama a demandé 60 missiles "
            "PAC-3 MSE, 36 missiles MIM-104E GEM-T livrés en conteneurs et neuf lanceurs M903.")
    rows = deal_rows(text, "2019-05-04")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("USA", "BHR", "approved", "2019-05-03")]
    assert ("pac-3-mse", 60) in rows[0][5]


def test_german_agreed_purchase_and_a_published_request() -> None:
    # real facts: Turkey agreed the S-400 purchase with Russia in September 2017 (about $2.5 billion); DSCA published
    # the UAE's PAC-3 MSE case on 3 May 2019
    cue, _ = read_stage("Ankara hatte sich jedoch bereits im September 2017 mit Moskau auf den Kauf des russischen "
                        "Systems S-400 geeinigt.")
    assert cue is not None and cue.stage == "signed"
    cue, _ = read_stage("Am selben Freitag hatte die DSCA übrigens noch eine zweite Golf-Anfrage veröffentlicht.")
    assert cue is not None and cue.stage == "approved"


def test_a_contract_with_a_long_list_of_firms_for_the_system_bought() -> None:
    # real facts: Hungary signed for NASAMS with Kongsberg and Raytheon on 30 November 2020, €410 million
    text = ("Hungary signs €410m NASAMS deal\n\n"
            "Hungary on Monday signed a contract with Norway's Kongsberg Defence & Aerospace and the U.S. group "
            "Raytheon Missiles & Defense for the National Advanced Surface-to-Air Missile System, better known as "
            "NASAMS, in a deal worth €410 million.")
    rows = deal_rows(text, "2020-12-01")
    assert [(r[1], r[2], r[3], r[4], [c for c, _ in r[5]]) for r in rows] == [
        ("HUN", "signed", "2020-11-30", 410e6, ["nasams"])]


def test_an_earlier_event_told_by_what_the_deal_followed() -> None:
    # real facts: DSCA approved AMRAAM-ER for Hungary in May 2020 ($230 million) and 180 AIM-120C-7 in August 2019
    # ($500 million)
    first = ("Hungary cleared for more AMRAAMs\n\n"
             "In May, the State Department approved a possible sale of sixty AIM-120C-7 missiles to Hungary for an "
             "estimated $230 million. ")
    for follow, stage in (("That followed approval in August 2019 of 180 AIM-120C-7 AMRAAMs, valued at $500 million, "
                           "for Hungary's air force and air defence.", "approved"),
                          ("It comes after a contract in August 2019 for 180 AIM-120C-7 AMRAAMs worth $500 million.",
                           "signed"),
                          ("Cette vente fait suite à l'autorisation, en août 2019, de 180 AIM-120C-7 pour 500 millions "
                           "de dollars.", "approved")):
        rows = deal_rows(first + follow, "2020-06-01")
        assert [(r[1], r[2], r[4]) for r in rows] == [("HUN", "approved", 230e6), ("HUN", stage, 500e6)], follow
    # (what followed another buyer's approval is that buyer's deal, not a second one of Hungary's)
    other = deal_rows(first + "The sale follows a similar approval for Poland of 180 AIM-120C-7 worth $500 million.",
                      "2020-06-01")
    assert [(r[1], r[4]) for r in other] == [("HUN", 230e6), ("POL", 500e6)]
