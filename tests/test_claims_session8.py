"""Claim forms met in the hold-out sets of session 8 (texts of our own wording, real facts: the MK 54 torpedo is
Raytheon's; the M982 Excalibur is Raytheon's with BAE Systems; the UH-60 first flew in 1974; the C-390 in 2015;
EDA stands for Excess Defense Articles; Congress is notified of a sale, it does not approve it)."""
from __future__ import annotations

from claim_helpers import claims_of, verdicts


def test_makers_told_by_wird_gebaut_vom_and_comes_from() -> None:
    assert verdicts("Der Torpedo MK 54 wird gebaut vom US-Konzern Lockheed Martin.", "manufacturer") == [
        ("MK 54", "contradicted")]
    assert verdicts("The M982A1 Excalibur shell comes from the American defence giant Lockheed Martin.",
                    "manufacturer") == [("Excalibur", "contradicted")]
    assert all(v != "contradicted" for _, v in verdicts(
        "The M982A1 Excalibur shell comes from the American defence group Raytheon.", "manufacturer"))
    # a plural noun before a participle between commas stands for the article's torpedo, not the helicopter after
    text = ("Washington hat den Verkauf von 53 Torpedos vom Typ MK 54 an Indien genehmigt. Der MK 54 ist ein "
            "Leichtgewichtstorpedo. Die Torpedos, gebaut vom US-Konzern Lockheed Martin, sollen die "
            "MH-60R-Hubschrauber bewaffnen.")
    assert ("MK 54", "contradicted") in verdicts(text, "manufacturer")


def test_first_flights_told_in_german_word_order_and_in_a_french_relative_clause() -> None:
    assert verdicts("Der UH-60M Black Hawk, dessen Prototyp 1984 zum ersten Mal flog, ist ein Hubschrauber.",
                    "first flight") == [("UH-60M Black Hawk", "contradicted")]
    assert verdicts("Der C-390 Millennium flog 2015 zum ersten Mal.", "first flight") == [
        ("C-390 Millennium", "supported")]
    found = [c for c in claims_of("Le C-390 Millennium est un biréacteur de transport tactique conçu et construit "
                                  "par Embraer au Brésil, dont le premier vol a eu lieu en 2019.")
             if c.attribute == "first flight"]
    assert [(c.subject, c.verdict) for c in found] == [("C-390 Millennium", "contradicted")]
    assert found[0].evidence.text.startswith("premier vol")  # the statement, not the whole sentence


def test_congress_approved_with_the_day_between_and_in_a_french_relative_clause() -> None:
    assert [v for _, v in verdicts("Congress approved on Friday a possible sale to Norway of AIM-9X Block II "
                                   "missiles.", "approval")] == ["contradicted"]
    assert [v for _, v in verdicts("Washington a autorisé trois ventes de missiles Harpoon à Taïwan, que le Congrès "
                                   "américain a approuvées vendredi.", "approval")] == ["contradicted"]


def test_an_acronym_spelled_out_after_or() -> None:
    assert verdicts("Both cutters came through the EDA, or Emergency Defense Assistance, program.", "name") == [
        ("EDA", "contradicted")]
    assert verdicts("HIMARS, or High Mobility Artillery Rocket System, is a launcher.", "name") == [
        ("HIMARS", "supported")]


def test_a_drone_noun_stands_for_the_drone_not_the_articles_aircraft() -> None:
    text = ("Embraer named Uzbekistan as the C-390 Millennium customer. The C-390 Millennium is a jet transport. "
            "The C-390 Millennium can carry 26 tonnes. Bishkek marked four years with its Bayraktar TB2 fleet. The "
            "drones, made by Turkey's Baykar, entered service in 2021.")
    assert ("C-390 Millennium", "contradicted") not in verdicts(text, "manufacturer")


def test_engine_counts_of_helicopters_and_a_sentence_saying_it_was_wrongly_described() -> None:
    assert verdicts("The single-engine Bell 412 is a familiar sight.", "engines") == [("Bell 412", "contradicted")]
    assert verdicts("The Bell 505, a twin-engine five-seat helicopter, would replace trainers.", "engines") == [
        ("Bell 505", "contradicted")]
    assert verdicts("Our story wrongly described the Bell 412 as a single-engine helicopter. The Bell 412 is a "
                    "twin-engine helicopter.", "engines") == [("Bell 412", "supported")]
    # a family whose variants differ (the AH-1 Cobra: one engine, the AH-1W/Z: two) holds no engine count
    assert ("AH-1W SuperCobra", "contradicted") not in verdicts(
        "The AH-1W SuperCobra is a twin-engine derivative of the original single-engine Cobra gunship.", "engines")


def test_a_year_told_after_since_and_a_month_does_not_keep_a_report_from_its_release() -> None:
    from armstrack.extract import extract_text
    text = ("Published: 2022-09-03\n\nTaiwan thanked Washington for three arms sales cleared by the State Department "
            "on Friday. The second case covers 100 AGM-84L-1 Harpoon Block II missiles and four ATM-84L-1 exercise "
            "missiles for an estimated $355 million. The Harpoon order is the largest naval sale to Taiwan since June "
            "2017.")
    found = [(c.attribute, c.stated, c.verdict) for c in extract_text(text).claims if c.attribute == "quantity"]
    assert ("quantity", "100", "contradicted") in found  # the release of 2022-09-02 (22-45) counts 60
