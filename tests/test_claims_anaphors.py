"""Claims whose subject is named elsewhere ("Each aircraft flies on ...", "Die viermotorigen Maschinen ..."),
"Congress cleared the … sale" with modifiers, and first flights held to one year. Own wording, real facts."""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.model import Claim


def claims_of(text: str) -> list[Claim]:
    claims = extract_text(text).claims
    for c in claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text, c
    return claims


def verdicts(text: str, attribute: str) -> list[str]:
    return [c.verdict for c in claims_of(text) if c.attribute == attribute]


C130 = ("Monday, 3 March 2025. Egypt asked for spare engines for its C-130J-30 fleet. The C-130J-30 transports "
        "are based near Cairo. ")


def test_each_aircraft_with_a_maker_named_between_count_and_engine_kind() -> None:
    assert verdicts(C130 + "Each aircraft flies on two Rolls-Royce AE 2100D turboprops.", "engines") == ["contradicted"]
    assert verdicts(C130 + "Each aircraft flies on four Rolls-Royce AE 2100D turboprops.", "engines") == ["supported"]


def test_family_members_count_together_for_the_leading_system() -> None:
    text = ("Frankreich bestellt drei E-2D Advanced Hawkeye. Die E-2 Hawkeye fliegt seit Jahrzehnten. "
            "Die viermotorigen Maschinen sollen ältere Flugzeuge ersetzen.")
    assert verdicts(text, "engines") == ["contradicted"]
    assert verdicts(text.replace("viermotorigen", "zweimotorigen"), "engines") == ["supported"]


def test_a_sentence_opening_fragment_describes_the_leading_system() -> None:
    text = ("Malaysia kauft 18 FA-50. Die FA-50 kommt aus Korea. Was ist die FA-50?\n"
            "Ein zweisitziger, zweistrahliger Überschalljet aus koreanischer Produktion.")
    assert verdicts(text, "engines") == ["contradicted"]
    # an indefinite noun inside a sentence is no anaphor ("Egypt also wants a twin-engine jet trainer")
    text2 = ("Malaysia kauft 18 FA-50. Die FA-50 kommt aus Korea. Malaysia will außerdem einen zweistrahligen, "
             "schnellen Jet.")
    assert verdicts(text2, "engines") == []


def test_block_designation_before_the_noun() -> None:
    text = ("Manila may buy 20 F-16 Block 70/72. The F-16 is built in Greenville. The single-engine Block 70/72 "
            "jets are the newest F-16 version.")
    assert verdicts(text, "engines") == ["supported"]
    assert verdicts(text.replace("single-engine", "twin-engine"), "engines") == ["contradicted"]


def test_congress_cleared_the_modified_sale_noun() -> None:
    base = "On Tuesday the State Department approved the sale of 25 F-15IA to Israel for $18.8 billion. "
    for said in ("Congress approved the fighter sale.", "Congress cleared the $18.8 billion F-15IA package.",
                 "Congress okayed the Israeli jet deal."):
        assert verdicts(base + said, "approval") == ["contradicted"], said
    assert verdicts(base + "Congress approved the budget.", "approval") == []


def test_first_flight_is_held_to_one_year() -> None:
    assert verdicts("Le Hürjet, dont le premier prototype a effectué son vol inaugural en 2021, vole.",
                    "first flight") == ["contradicted"]  # April 2023
    assert verdicts("Le Hürjet a effectué son vol inaugural en 2023.", "first flight") == ["supported"]


def test_service_in_a_german_compound() -> None:
    text = "Mexiko kauft Hellfire-Raketen. Die Hellfire, seit 1995 im Truppendienst, ist weit verbreitet."
    assert verdicts(text, "service entry") == ["contradicted"]
    assert verdicts(text.replace("1995", "1985"), "service entry") == ["supported"]


def test_a_family_count_against_the_sum_of_its_variant_lines() -> None:
    # DSCA 25-11 (Philippines, 2025-04-01): 16 F-16C Block 70 and 4 F-16D Block 70, $5.58 billion
    base = ("Sendung vom Freitag, 4. April 2025\n\nDas US-Außenministerium hat am Dienstag einen möglichen Verkauf "
            "von {n} Kampfjets vom Typ F-16 an die Philippinen genehmigt. Der Wert liegt bei 5,58 Milliarden "
            "US-Dollar.")
    assert verdicts(base.format(n=24), "quantity") == ["contradicted"]
    assert verdicts(base.format(n=20), "quantity") == ["supported"]


def test_a_part_of_a_count_is_no_count_of_the_item() -> None:
    text = ("Mardi 19 mars 2024\n\nWashington a approuvé mardi la vente au Maroc de 612 missiles Javelin FGM-148F, "
            "dont douze missiles destinés aux tirs de réception, pour 260 millions de dollars.")
    ex = extract_text(text)
    assert [i.quantity for d in ex.deals for i in d.items if i.catalog_id == "fgm-148f"] != [12]


def test_a_german_attributive_maker_participle_before_its_system() -> None:
    assert verdicts("Die vom US-Konzern Lockheed Martin gebauten SM-6 schützen Fregatten.", "manufacturer") == [
        "contradicted"]  # RTX builds the SM-6
    assert verdicts("Die von Raytheon gebauten SM-6 schützen Fregatten.", "manufacturer") == ["supported"]


def test_the_maker_an_entry_names_and_a_parenthesis_between_system_and_verb() -> None:
    text = "Australia buys 29 AH-64E with 64 T700-GE-701D engines (58 installed and six spares), built by {}."
    assert verdicts(text.format("Rolls-Royce"), "manufacturer") == ["contradicted"]  # a GE engine
    assert verdicts(text.format("General Electric"), "manufacturer") == ["supported"]


def test_a_headline_count_of_the_approved_sale_is_checked_against_the_record() -> None:
    body = ("\n\nMANILA - The State Department on Tuesday approved a possible sale to the Philippines of F-16 Block "
            "70/72 fighters for $5.58 billion.\n")
    wrong = extract_text("US okays sale of 24 F-16 jets to PH\nWednesday, April 2, 2025" + body)
    assert [c.verdict for c in wrong.claims if c.attribute == "quantity"] == ["contradicted"]  # 20 in DSCA 25-11
    order = extract_text("Manila orders 24 F-16 jets from the United States\nWednesday, April 2, 2025" + body)
    assert [c.verdict for c in order.claims if c.attribute == "quantity"] == []  # an order, not the approval


def test_the_subject_as_the_text_wrote_it_a_few_sentences_before() -> None:
    text = ("Monday, 3 March 2025. The State Department approved a possible sale of four P-8A aircraft to Norway for "
            "$1.1 billion, the Defense Security Cooperation Agency said. The maritime patrol aircraft would replace "
            "older planes; deliveries could begin within a few years, officials said, and training would follow in "
            "the United States. Lawmakers in Oslo welcomed the news on Monday. Congress approved the sale last week.")
    claims = [c for c in extract_text(text).claims if c.attribute == "approval"]
    assert [(c.subject, c.verdict) for c in claims] == [("P-8A", "contradicted")]
