"""Readers' building blocks on realistic strings: money, numbers, dates, items, stages, sentences."""
from __future__ import annotations

import pytest

from armstrack.extract.items import parse_items
from armstrack.extract.sentences import sentence_spans
from armstrack.extract.stage import stage_of
from armstrack.normalize.dates import find_dates, parse_date
from armstrack.normalize.money import find_money
from armstrack.normalize.numbers import parse_number, words_to_int


@pytest.mark.parametrize("text,amount,currency", [
    ("approved a $1.75 billion deal", 1.75e9, "$"),
    ("worth US$1.75bn in all", 1.75e9, "USD"),
    ("about C$2.4 billion", 2.4e9, "CAD"),
    ("a €8.4bn package", 8.4e9, "EUR"),
    ("CHF 6 billion", 6e9, "CHF"),
    ("570 million dollars", 5.7e8, "$"),
    ("cost $82,500,000.", 8.25e7, "$"),
    ("1,75 milliard de dollars", 1.75e9, "$"),
    ("4,5 Milliarden Euro", 4.5e9, "EUR"),
    ("2,7 Mrd. Euro", 2.7e9, "EUR"),
    ("$2.316 billion", 2.316e9, "$"),
    ("a US$2.68-billion sale", 2.68e9, "USD"),
    ("$8.50 \nbillion", 8.5e9, "$"),
    ("£1.6bn", 1.6e9, "GBP"),
    ("63 000 crores de roupies", 6.3e11, "INR"),
    ("un contrat de 374,96 millions de dollars", 3.7496e8, "$"),
    ("1,5 million euros", 1.5e6, "EUR"),
    ("valued at $US2.4 billion (3.16 trillion won)", 2.4e9, "USD"),
    ("$A7 billion", 7e9, "AUD"),
    ("ein Munitionspaket über zehn Milliarden Dollar", 1e10, "$"),
    ("deux milliards d'euros", 2e9, "EUR"),
    ("a two billion dollar deal", 2e9, "$"),
])
def test_money(text: str, amount: float, currency: str) -> None:
    found = find_money(text)
    assert found, text
    m = found[0]
    assert m.amount == pytest.approx(amount)
    assert m.currency == currency
    assert text[m.start:m.end] == m.text


def test_money_is_not_found_inside_words_or_measures() -> None:
    assert find_money("it covers 20 Army Tactical Missile System pods") == []
    assert find_money("a 155mm gun and 12 m long") == []


def test_numbers() -> None:
    assert words_to_int("one hundred thirty-two") == 132
    assert words_to_int("two hundred and eighty-four") == 284
    assert words_to_int("two dozen") == 24
    assert words_to_int("Sweden") is None
    assert parse_number("1,750") == 1750
    assert parse_number("1,75") == 1.75


def test_dates() -> None:
    assert parse_date("WASHINGTON, Apr. 28, 2017 -") == "2017-04-28"
    assert parse_date("le 16 septembre 2025") == "2025-09-16"
    assert parse_date("Stand: 28.09.2023") == "2023-09-28"
    rel = find_dates("The State Department on Thursday approved the sale", anchor="2025-12-05")
    assert [(d.text, d.iso) for d in rel] == [("on Thursday", "2025-12-04")]
    # without an anchor a relative or partial date is never resolved (never today's date)
    assert all(d.iso is None for d in find_dates("on September 16th, on Wednesday, last month", None))
    partial = find_dates("on September 16th", anchor="2026-01-10")
    assert partial[0].iso == "2025-09-16"  # the last September 16th before a January story


def test_items_official_list() -> None:
    text = ("The Government of Israel has requested to buy thirty (30) AH-64E Apache attack helicopters; seventy (70) "
            "T700-GE 701D engines (60 installed, 10 spares); thirty (30) AN/APR-48B Modernized Radar Frequency "
            "Interferometers (MRFI); six (6) MRFI maintenance floats; and up to one hundred thirty-two (132) "
            "Hellfire missiles.")
    items = parse_items(text)
    assert [(i.quantity, i.name) for i in items] == [
        (30, "AH-64E Apache attack helicopters"), (70, "T700-GE 701D engines"),
        (30, "AN/APR-48B Modernized Radar Frequency Interferometers (MRFI)"), (132, "Hellfire missiles")]
    assert items[2].folded == ["6 MRFI maintenance floats"]
    assert items[3].qualifier == "up to"
    for it in items:
        assert text[it.start:it.end].endswith(it.name)


def test_items_older_digit_lists_and_paragraph_numbers() -> None:
    text = ("a possible sale of 59 M1A1 AIM tanks, 7 M88A1 medium recovery vehicles, 63 M1152A1 and 3 M1151A1 "
            "vehicles, tactical trucks, under Section 36(b)(1) of the Arms Export Control Act")
    assert [(i.quantity, i.name) for i in parse_items(text)] == [
        (59, "M1A1 AIM tanks"), (7, "M88A1 medium recovery vehicles"), (63, "M1152A1"), (3, "M1151A1 vehicles")]


def test_items_partial_text_gives_only_what_it_has() -> None:
    text = "Purchase: Two (2) C-130T Aircraft, and 10 T56-16 engines (8 installed and"
    assert [(i.quantity, i.name) for i in parse_items(text)] == [(2, "C-130T Aircraft"), (10, "T56-16 engines")]


@pytest.mark.parametrize("sentence,stage", [
    ("The State Department has made a determination approving a possible Foreign Military Sale", "approved"),
    ("The Defense Security Cooperation Agency notified Congress of a possible sale", "notified"),
    ("Poland signed a contract for 96 Apache helicopters", "signed"),
    ("The first five jets were delivered on Wednesday", "delivered"),
    ("The Government of Sweden has requested to buy twenty launchers", "requested"),
    ("Ottawa denied reports that Canada had signed a contract for Gripen jets", None),
    ("Deliveries could begin if the contract is signed this year", None),
    ("Le département d'État a approuvé mercredi la vente", "approved"),
    ("Die Schweiz hat den Vertrag unterzeichnet", "signed"),
    ("La première phase, approuvée par Washington en novembre 2017", "approved"),
    ("Varsovie demande quarante-huit lanceurs M903", "requested"),
    ("Le ministère a répondu à la demande de la presse", None),
    ("Israël avait par ailleurs obtenu en août 2024 l'autorisation d'acheter des F-15IA", "approved"),
    ("un programme de soutien avait également reçu l'aval américain", "approved"),
    ("hatte das State Department den Kauf von 600 PAC-3 MSE in Aussicht gestellt", "approved"),
    ("Bereits 2009 war der Kongress über einen möglichen Verkauf von Hubschraubern unterrichtet worden", "notified"),
    ("Im Mai 2011 wurde der US-Kongress über eine Modernisierung der F/A-18D unterrichtet", "notified"),
    ("2015 gab Washington zehn Luft-Luft-Raketen AIM-120C7 AMRAAM für 21 Millionen Dollar frei", "approved"),
    ("In January, DSCA announced a $98.4 million package comprising six Harpoon missiles", "approved"),
    ("Le Pentagone a notifié lundi au Congrès américain un programme pour 200 chars", "notified"),
    ("Bereits am Montag hatte Washington den Weg für den Verkauf von 816 Gleitbomben GBU-39/B an Norwegen frei "
     "gemacht", "approved"),
    ("Le Département d'État a donné vendredi son accord à la cession éventuelle au Japon de douze avions", "approved"),
])
def test_stage(sentence: str, stage: str | None) -> None:
    cue = stage_of(sentence)
    assert (cue.stage if cue else None) == stage


def test_sentences_keep_us_abbreviation_and_join_hard_wrapped_lines() -> None:
    text = "Earlier this year, the U.S.\nState Department approved the sale. It was big."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Earlier this year, the U.S.\nState Department approved the sale.",
                                             "It was big."]


def test_gazetteer_fast_fold_equals_the_reference_fold() -> None:
    from conftest import ROOT

    from armstrack.normalize.catalog import _squeeze, _squeeze_slow

    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "corpus").rglob("*.txt")]
    texts += ["T-700 -- x", " - lead", "trail - ", "MK- 83", "a\u2013b 12", "İstanbul M142", "", "  \n "]
    for t in texts:
        assert _squeeze(t) == _squeeze_slow(t)
