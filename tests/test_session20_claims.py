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
