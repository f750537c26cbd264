"""Session 27: the catalog grown by 329 systems (export successes, second-hand fleets, ships, drones, radars) and 119
sourced facts; texts of our own wording, real facts."""
from __future__ import annotations

import pytest
from news_helpers import deal_rows

from armstrack.extract import extract_text
from armstrack.normalize.catalog import load_catalog


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.subject, c.attribute, c.verdict) for c in extract_text(text).claims]


@pytest.mark.parametrize("phrase,system_id", [
    ("ASCOD", "ascod"), ("K200", "k200"), ("Hanwha Tigon", "tigon"), ("Iveco LMV", "iveco-lmv"),
    ("Su-34", "su-34"), ("Ka-32", "ka-32"), ("CH-148 Cyclone", "ch-148"), ("PL-15", "pl-15"), ("FK-3", "hq-22"),
    ("Incheon-class frigate", "incheon-class"), ("Shahed-136", "shahed-136"), ("Giraffe 4A", "giraffe-4a"),
])
def test_systems_added_in_session_27_are_found(phrase: str, system_id: str) -> None:
    system = load_catalog().lookup(phrase)
    assert system is not None and system.id == system_id


def test_an_export_version_sits_under_its_family_and_keeps_its_own_designation() -> None:
    # "P-8I" was an alias of the P-8A; it is now India's variant, under the P-8A
    cat = load_catalog()
    p8i = cat.lookup("P-8I")
    assert p8i is not None and p8i.id == "p-8i" and p8i.parent == "p-8a"
    f35i = cat.lookup("F-35I Adir")
    assert f35i is not None and "f-35" in {a.id for a in cat.ancestors(f35i.id)}


def test_a_counted_system_of_the_new_catalog_is_an_item_of_its_deal() -> None:
    # real facts: Canada ordered 28 CH-148 Cyclone helicopters from Sikorsky in November 2004
    text = ("Canada picks Sikorsky\n\nCanada signed a contract with Sikorsky on Friday for 28 CH-148 Cyclone maritime "
            "helicopters.")
    rows = deal_rows(text, "2004-11-27")
    assert any(b == "CAN" and ("ch-148", 28) in items for _s, b, _st, _d, _v, items in rows)


def test_the_fleet_a_purchase_replaces_as_ersatz_is_no_item() -> None:
    # real facts: Austria chose 18 Leonardo AW169M helicopters in 2020 for about 300 million euros to replace its
    # Alouette III fleet (the start code passes this test only because it knew no Alouette III)
    text = ("Österreich kauft Hubschrauber in Italien\n\nVerteidigungsministerin Klaudia Tanner verkündete am Dienstag "
            "die Wahl des Leonardo AW169M: Österreich bestellt 18 Maschinen für rund 300 Millionen Euro, als Ersatz "
            "für die Alouette III.")
    rows = deal_rows(text, "2020-09-09")
    assert rows and all("alouette-iii" not in {cid for cid, _q in items} for *_x, items in rows)
    assert any(s == "ITA" and b == "AUT" for s, b, *_x in rows)


def test_new_range_facts_check_a_stated_range() -> None:
    # the Piorun reaches 6.5 km (Polish MoD via the catalog's source); 6.5 miles is the press error of the unit
    text = "Poland delivers Piorun launchers\n\nThe Piorun missile can hit aircraft up to 6.5 miles away."
    assert ("Piorun", "range", "contradicted") in _claims(text)
    text = "Poland delivers Piorun launchers\n\nThe Piorun missile can hit aircraft up to 6.5 kilometres away."
    assert ("Piorun", "range", "supported") in _claims(text)


def test_new_year_and_acronym_facts_check_claims() -> None:
    text = "Algeria orders transports\n\nThe Il-76, which first flew in 1981, remains the backbone of the fleet."
    assert any(s.startswith("Il") and a == "first flight" and v == "contradicted" for s, a, v in _claims(text))
    text = ("Turkey's corvette export\n\nThe MILGEM, short for Modern Integrated Littoral Gunboat and Escort Module, "
            "is Turkey's national corvette.")
    assert any(a == "name" and v == "contradicted" for _s, a, v in _claims(text))


def test_another_customer_of_the_aircraft_just_named_counts_them_by_their_kind() -> None:
    # real facts: Austria ordered four C-390 in 2024; Portugal had ordered five in 2019
    text = ("Österreich kauft Transportflugzeuge\n\nÖsterreich hat am Montag vier C-390 Millennium bei Embraer "
            "bestellt. Portugal bestellte bereits 2019 fünf Maschinen.")
    rows = deal_rows(text, "2024-07-24")
    assert any(s == "BRA" and b == "PRT" and ("c-390", 5) in items for s, b, _st, _d, _v, items in rows)
    # (a count of another kind is no C-390: "Portugal bestellte 2019 fünf Hubschrauber")
    text = ("Österreich kauft Transportflugzeuge\n\nÖsterreich hat am Montag vier C-390 Millennium bei Embraer "
            "bestellt. Portugal bestellte 2019 fünf Hubschrauber.")
    assert all(("c-390", 5) not in items for *_x, items in deal_rows(text, "2024-07-24"))


def test_another_name_of_the_system_just_named_is_no_second_item() -> None:
    # real facts: Sweden's 2024 agreement for twelve more UH-60M (Helicopter 16 in Swedish service)
    text = ("Sweden orders Black Hawks\n\nSweden's FMV signed an agreement on Tuesday with the United States for twelve "
            "more UH-60M Black Hawks, known in Swedish service as Helicopter 16.")
    assert [items for *_x, items in deal_rows(text, "2024-07-05")] == [[("uh-60m", 12)]]
    # (but the one name of the system chosen, given after "baptisé", is the item)
    text = ("L'Australie choisit DCNS\n\nLe 26 avril, l'Australie a choisi le français DCNS pour ses 12 futurs sous-marins. "
            "Le modèle retenu, baptisé Shortfin Barracuda, est une version à propulsion classique du Barracuda.")
    assert any(items for *_x, items in deal_rows(text, "2016-04-28"))


def test_the_aircraft_a_purchase_is_to_replace_told_with_a_final_verb_is_no_item() -> None:
    # real facts: the U.S. approved four P-8A for Singapore; they replace the Fokker 50 maritime patrol aircraft
    text = ("Singapur kauft P-8A\n\nDie USA haben am Dienstag den Verkauf von vier P-8A Poseidon an Singapur genehmigt. "
            "Der Stadtstaat hatte sich im September für das Muster entschieden; es soll die betagten Fokker 50 "
            "ersetzen.")
    assert [items for *_x, items in deal_rows(text, "2026-01-22")] == [[("p-8a", 4)]]
