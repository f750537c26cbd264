"""Claim forms met in session 18 (texts of our own wording; facts cited in the catalog)."""
from __future__ import annotations

from claim_helpers import found


def test_a_bare_dhruv_is_the_hal_dhruv_and_its_engine_count_is_checked() -> None:
    # catalog: HAL Dhruv, two engines (Flightglobal, cited)
    assert ("Dhruv", "engines", "contradicted") in found(
        "India sold seven HAL Dhruv helicopters to Ecuador in 2008. Four of the single-engine Dhruv aircraft later "
        "crashed.")


def test_biturbopropulseur_is_an_engine_count() -> None:
    # catalog: A-29 Super Tucano, one PT6A-68A turboprop (DSCA, Lebanon 2015)
    assert ("A-29 Super Tucano", "engines", "contradicted") in found("L'A-29 Super Tucano est un biturbopropulseur.")
    assert ("A-29 Super Tucano", "engines", "supported") in found(
        "L'A-29 Super Tucano est un monoturbopropulseur.")
