"""Claim forms met in session 17 (texts of our own wording; facts cited in the catalog and glossary)."""
from __future__ import annotations

from claim_helpers import found


def test_a_wrong_spelling_of_a_release_term_with_other_words() -> None:
    # DSCA releases spell LOA "Letter of Offer and Acceptance"; MRTT "Multi-Role Tanker and Transport"
    assert ("LOA", "name", "contradicted") in found(
        "The agreement is formally a Letter of Authorization (LOA), the instrument used for such sales.")
    assert ("MRTT", "name", "supported") in found(
        "Riyadh ordered three A330 Multi Role Tanker Transport (MRTT) aircraft in 2008.")


def test_the_type_and_possessives_take_up_the_system_told_before() -> None:
    # catalog: V-22 first flight 1989, two engines; Su-35 maximum range about 3,600 km
    assert ("V-22", "first flight", "contradicted") in found(
        "Japan bought 17 V-22 Osprey aircraft. The V-22 is a tiltrotor. The type first flew in 1986.")
    assert ("V-22", "engines", "contradicted") in found(
        "Le Japon a acheté 17 V-22 Osprey.\n\nLe V-22 a effectué son premier vol en mars 1989. Il décolle comme un "
        "hélicoptère. Ses quatre moteurs Rolls-Royce AE 1107C sont reliés par un arbre de transmission.")
    assert ("Su-35", "range", "contradicted") in found(
        "China bought 24 Su-35 fighters from Russia.\n\nThe Su-35 is a derivative of the Su-27. The prototype first "
        "flew in 2008. It is powered by two thrust-vectoring engines. Its range without external tanks is given as "
        "around 3,500 miles.")
    assert ("CH-47 Chinook", "engines", "supported") in found(
        "Le CH-47 Chinook est propulsé par deux turbines T55 de Honeywell.")


def test_congress_told_as_having_approved_in_the_past_perfect() -> None:
    assert ("AH-64E Apache", "approval", "contradicted") in found(
        "Die Niederlande modernisieren 28 AH-64E Apache. Der US-Kongress hatte das Geschäft im Februar 2018 "
        "genehmigt.")
