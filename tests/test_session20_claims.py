"""Claim forms met in session 20 (texts of our own wording; facts from the DSCA releases shipped in the package and the
cited catalog)."""
from __future__ import annotations

from armstrack.extract import extract_text
from armstrack.ingest.loaders import text_metadata

BAHRAIN = ("Bahreïn : Washington autorise la vente de douze hélicoptères d'attaque AH-1Z Viper\n"
           "Le Courrier du Golfe — rubrique Défense — par Jeanne Martin — Publié : 2018-04-30 — "
           "https://courrier.example/defense/2018/04/30/bahrein-ah-1z\n\n"
           "Le département d'État américain a approuvé vendredi la vente éventuelle à Bahreïn de douze hélicoptères "
           "d'attaque AH-1Z, pour un montant estimé à 911,4 millions de dollars.\n\n"
           "Le royaume suit la Corée du Sud, à qui Washington avait permis en 2012 d'acheter 36 AH-1Z pour 2,6 milliards "
           "de dollars. Dernier-né de la lignée Cobra, le Viper – dont le premier vol remonte à 2005 – est propulsé par "
           "deux turbomoteurs.")


def test_a_date_between_dashes_in_the_byline_is_the_publication_date() -> None:
    assert text_metadata(BAHRAIN)[0] == "2018-04-30"
    deal = extract_text(BAHRAIN).deals[0]
    assert (deal.buyer.code if deal.buyer else None, deal.date) == ("BHR", "2018-04-27")


def test_a_count_in_the_headline_is_checked_against_the_sale_to_the_country_it_names() -> None:
    # real facts: DSCA 16-36, 27 April 2018: Bahrain, 12 AH-1Z ($911.4 million); DSCA 12-26, 2012: Korea, 36 AH-1Z
    for text in (BAHRAIN, BAHRAIN.replace("Publié : 2018-04-30", "")):  # (with a publication date or without)
        flagged = [c for c in extract_text(text).claims if c.verdict == "contradicted" and c.attribute == "quantity"]
        assert flagged == []


def test_a_system_named_again_by_the_last_word_of_its_name_is_checked() -> None:
    # catalog: the AH-1Z first flew on 7 December 2000 (Bell, via helis.com)
    claims = [(c.attribute, c.verdict, c.stated) for c in extract_text(BAHRAIN).claims]
    assert ("first flight", "contradicted", "premier vol remonte à 2005") in claims


def test_a_generic_noun_after_a_sentence_naming_one_system_of_its_kind_is_that_system() -> None:
    # catalog: the AW149 has two engines, the AW101 three (cited); Poland ordered AW149s in 2022 and AW101s in 2019
    text = ("Polen kauft AW149-Hubschrauber\n\nWarschau hat am Freitag 32 AW149 bestellt. Die AW149 wird in Świdnik "
            "gebaut. Die AW149 hat zwei Triebwerke. Schon im April 2019 hatte Warschau vier AW101 für die Marine bestellt. "
            "Die dreimotorigen Maschinen jagen U-Boote.")
    flagged = [(c.subject, c.attribute) for c in extract_text(text, published="2022-07-04").claims
               if c.verdict == "contradicted"]
    assert flagged == []


def test_a_count_above_all_the_release_lines_of_its_family_is_contradicted() -> None:
    # real facts: DSCA 22-67, 1 December 2022: Finland, 350 FIM-92K and 5 FIM-92K test rounds, $380 million
    text = ("Finland cleared for Stinger missiles\n\nOn Thursday the State Department approved a possible sale to "
            "Finland of 530 FIM-92K Stinger missiles for an estimated $380 million.")
    claims = [(c.attribute, c.verdict, c.stated) for c in extract_text(text, published="2022-12-06").claims]
    assert ("quantity", "contradicted", "530") in claims
    right = text.replace("530", "350")
    claims = [(c.attribute, c.verdict) for c in extract_text(right, published="2022-12-06").claims]
    assert ("quantity", "contradicted") not in claims and ("quantity", "supported") in claims


def test_a_system_named_again_with_an_adjective_before_the_last_word_of_its_name() -> None:
    # catalog: the AH-1Z has two engines (DSCA 12-26)
    text = "Bahrain buys twelve AH-1Z Viper helicopters. The single-engine Viper flies with the Marines too."
    claims = [(c.attribute, c.verdict) for c in extract_text(text, published="2018-04-30").claims]
    assert ("engines", "contradicted") in claims
