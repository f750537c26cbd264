"""Claim forms met in session 21 (texts of our own wording; facts from the cited catalog)."""
from __future__ import annotations

from armstrack.extract import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.verdict, c.attribute, c.stated) for c in extract_text("Published: 2024-10-26\n\n" + text).claims]


def test_a_comparison_with_rivals_says_nothing_of_the_system_s_engines() -> None:
    text = ("Prague signs for two C-390s\n\nThe C-390 is a twin-engine jet airlifter powered by two V2500-E5 "
            "turbofans. It carries up to 26 tonnes of payload and cruises considerably faster than turboprop rivals.")
    assert [c for c in _claims(text) if c[0] == "contradicted"] == []


def test_a_german_first_flight_with_month_and_an_aircraft_s_engine_count() -> None:
    # catalog: Gripen E first flew in June 2017; the V-22 has two engines
    assert ("contradicted", "first flight", "startete im Juni 2019 zu seinem Erstflug") in _claims(
        "Schweden kauft AMRAAM\n\nDer Gripen E startete im Juni 2019 zu seinem Erstflug in Linköping.")
    got = _claims("Israel and the Osprey\n\nThe Osprey first flew in March 1989. The aircraft's four Rolls-Royce "
                  "AE1107C engines sit in wingtip nacelles.")
    assert any(v == "contradicted" and a == "engines" for v, a, _ in got)


def test_congress_said_to_approve_last_friday_in_french() -> None:
    got = _claims("La Suède achète des AMRAAM\n\nLe Congrès américain a approuvé vendredi dernier la vente de 250 "
                  "missiles AIM-120C-8 à la Suède.")
    assert [v for v, a, _ in got if a == "approval"] == ["contradicted"]


def test_a_national_fleet_s_service_years_and_an_apposition_s_other_system() -> None:
    # the F-16 entered service in 1978-80; Singapore's fleet since 1998 is no claim on the type
    got = _claims("Singapore buys AMRAAM\n\nThe F-35s will eventually replace the RSAF's fleet of around 60 F-16s, which "
                  "have been in service since 1998 and are being upgraded.")
    assert [c for c in got if c[0] == "contradicted"] == []
    # "Le PzH 2000, obusier … dérivé de celui du Leopard 2, est entré en service … en 1998": the PzH 2000's year
    got = _claims("La Hongrie achète des PzH 2000\n\nLe PzH 2000, obusier de 155 mm monté sur un châssis chenillé dérivé "
                  "de celui du Leopard 2, est entré en service dans la Bundeswehr en 1998.")
    assert [c for c in got if c[0] == "contradicted"] == []


def test_the_relative_clause_of_a_noun_taking_up_the_article_s_aircraft() -> None:
    # catalog: the C-390 prototype first flew in 2015; the C-130 Hercules named before is what it succeeds
    got = _claims("Prague achète deux C-390\n\nLe C-390 est un biréacteur de transport tactique. Conçu pour succéder aux "
                  "C-130 Hercules de la force aérienne brésilienne, l'appareil, dont le prototype a effectué son premier "
                  "vol en 2011, est en service depuis 2019.")
    assert ("contradicted", "first flight", "premier vol en 2011") in got


def test_a_system_set_off_by_commas_before_the_statement_is_its_subject() -> None:
    got = _claims("Schweden kauft AMRAAM\n\nDie neueste Version des Jets, der Gripen E, startete im Juni 2019 zu seinem "
                  "Erstflug in Linköping.")
    assert ("contradicted", "first flight", "startete im Juni 2019 zu seinem Erstflug") in got


def test_the_reference_s_number_in_another_unit_is_a_unit_confusion() -> None:
    # catalog: Gowind 2500, range 3,700 nautical miles at 15 knots (Naval Technology)
    assert ("contradicted", "range", "3,700 kilometres") in _claims(
        "Egypt signs for Gowind\n\nThe Gowind 2500 corvette has a range of 3,700 kilometres at 15 knots.")
    assert ("supported", "range", "3,700 nautical miles") in _claims(
        "Egypt signs for Gowind\n\nThe Gowind 2500 corvette has a range of 3,700 nautical miles at 15 knots.")
    # (a shorter figure in the same unit may be another mode: not flagged)
    assert ("contradicted", "range", "2,000 nautical miles") not in _claims(
        "Egypt signs for Gowind\n\nThe Gowind 2500 corvette has a range of 2,000 nautical miles at full speed.")
