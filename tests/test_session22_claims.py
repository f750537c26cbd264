"""Claim forms met in session 22 (texts of our own wording; facts from the cited catalog and the DSCA records)."""
from __future__ import annotations

from armstrack.extract import extract_text


def _claims(text: str, published: str = "2024-10-26") -> list[tuple[str, str, str]]:
    return [(c.verdict, c.attribute, c.stated) for c in extract_text(f"Published: {published}\n\n" + text).claims]


def test_congress_said_to_approve_with_an_adverb_in_french() -> None:
    got = _claims("Bahreïn obtient le Patriot\n\nLe département d'État a approuvé vendredi la vente de systèmes Patriot à "
                  "Bahreïn pour 2,478 milliards de dollars. Le Congrès américain a d'ailleurs approuvé la vente dès vendredi, ce "
                  "qui permet à Manama d'ouvrir les négociations.")
    assert [v for v, a, _ in got if a == "approval"] == ["contradicted"]


def test_an_expansion_with_a_dash_is_read_whole() -> None:
    # catalog: IRIS-T stands for InfraRed Imaging System Tail/Thrust Vector-Controlled
    wrong = _claims("Bulgaria buys IRIS-T SLM\n\nBulgaria signed on Monday for one IRIS-T SLM system. IRIS-T, which stands for Infra-Red Imaging System – Targeting, began "
                    "life as an air-to-air missile.")
    assert [v for v, a, _ in wrong if a == "name"] == ["contradicted"]
    right = _claims("Bulgaria buys IRIS-T SLM\n\nBulgaria signed on Monday for one IRIS-T SLM system. IRIS-T, which stands for InfraRed Imaging System – Tail/Thrust Vector "
                    "Controlled, began life as an air-to-air missile.")
    assert [v for v, a, _ in right if a == "name"] == ["supported"]


def test_a_pronoun_after_a_fronted_participle_takes_the_system_before() -> None:
    # catalog: the Bayraktar Akinci first flew in December 2019
    got = _claims("Riyad veut produire l'Akinci\n\nL'Akinci appartient à la catégorie des drones MALE. Présenté comme le "
                  "plus grand drone de combat conçu en Turquie, il a effectué son premier vol en 2021.")
    assert [v for v, a, _ in got if a == "first flight"] == ["contradicted"]


def test_the_release_of_the_day_at_the_figure_told_without_a_system_named() -> None:
    # DSCA, 20 February 2018: Kuwait, fifteen fast patrol boats, estimated $100 million (told here in euros)
    got = _claims("Kuwait bekommt Patrouillenboote\n\nDas US-Außenministerium hat am Dienstag vergangener Woche dem "
                  "möglichen Verkauf von fünfzehn schnellen Patrouillenbooten an das Emirat zugestimmt. Nach Angaben "
                  "der DSCA beläuft sich der geschätzte Gesamtwert des Vorhabens auf rund 100 Millionen Euro.",
                  "2018-02-27")
    assert any(v == "contradicted" and "Euro" in s for v, _, s in got)
