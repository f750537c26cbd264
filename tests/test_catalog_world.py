"""The world catalog (``catalog_world.json``): non-FMS systems merged into the reference catalog.

These tests check the file on its own (categories, sources, ids) and as merged by
:func:`load_catalog` (parents, aliases that resolve to the intended system, exact offsets in
English, French and German sentences).
"""
from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from armstrack.normalize.catalog import CATEGORIES, Catalog, catalog_text, load_catalog, lookup_key

KEYS = {"id", "name", "aliases", "parent", "category", "type", "role", "manufacturer", "origin", "source"}


@pytest.fixture(scope="module")
def world() -> dict[str, Any]:
    text = (resources.files("armstrack") / "data" / "catalog_world.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.fixture(scope="module")
def main_ids() -> set[str]:
    return {entry["id"] for entry in json.loads(catalog_text())["systems"]}


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


# --- the file on its own ----------------------------------------------------------------------------

def test_world_file_shape(world: dict[str, Any]) -> None:
    assert set(world) == {"sources", "systems"}
    assert len(world["systems"]) >= 200
    for entry in world["systems"]:
        # "facts" (sourced, like catalog.json's) is the one optional key
        assert set(entry) - {"facts"} == KEYS, entry["id"]
        assert entry["name"] and isinstance(entry["aliases"], list), entry["id"]
        assert all(isinstance(a, str) and a == a.strip() and a for a in entry["aliases"]), entry["id"]
        assert entry["manufacturer"] and entry["origin"] and entry["type"], entry["id"]


def test_world_ids_are_unique_and_new(world: dict[str, Any], main_ids: set[str]) -> None:
    ids = [entry["id"] for entry in world["systems"]]
    assert len(ids) == len(set(ids))
    # the loader silently skips an id that catalog.json already defines: none may be reused
    assert not set(ids) & main_ids


def test_world_categories_are_sipri_categories(world: dict[str, Any]) -> None:
    bad = [(e["id"], e["category"]) for e in world["systems"] if e["category"] not in CATEGORIES]
    assert not bad


def test_every_world_system_has_a_listed_source(world: dict[str, Any]) -> None:
    sources = world["sources"]
    missing = [(e["id"], e["source"]) for e in world["systems"] if e["source"] not in sources]
    assert not missing


def test_world_sources_have_title_url_and_are_cited(world: dict[str, Any]) -> None:
    for sid, src in world["sources"].items():
        assert src.get("title"), sid
        assert re.match(r"https?://", src.get("url") or ""), sid
    cited = {e["source"] for e in world["systems"]}
    cited |= {f["source"] for e in world["systems"] for f in (e.get("facts") or {}).values()}
    assert set(world["sources"]) == cited


def test_world_parents_exist_in_either_file(world: dict[str, Any], main_ids: set[str]) -> None:
    ids = main_ids | {e["id"] for e in world["systems"]}
    orphans = [(e["id"], e["parent"]) for e in world["systems"]
               if e["parent"] is not None and e["parent"] not in ids]
    assert not orphans


def test_world_avoids_bare_generic_acronyms(world: dict[str, Any]) -> None:
    bad = {"FCS", "MMR", "SRA", "SM", "ECS", "ICC", "RFI", "INS", "ADC", "VLS", "ATP", "LAW", "GCS", "FDI"}
    for entry in world["systems"]:
        assert not bad & set(entry["aliases"]), entry["id"]


# --- merged into the catalog ------------------------------------------------------------------------

def test_world_systems_are_loaded(world: dict[str, Any], cat: Catalog) -> None:
    for entry in world["systems"]:
        system = cat.get(entry["id"])
        assert system is not None, entry["id"]
        assert system.source in cat.sources, entry["id"]


def test_merged_catalog_has_no_collisions(cat: Catalog) -> None:
    assert cat.collisions == []


def test_every_world_name_resolves_to_its_own_system(world: dict[str, Any], cat: Catalog) -> None:
    wrong = []
    for entry in world["systems"]:
        for name in [entry["name"], *entry["aliases"]]:
            got = cat.lookup(name)
            if got is None or got.id != entry["id"]:
                wrong.append((name, entry["id"], got.id if got else None))
    assert not wrong


def test_every_world_name_is_found_in_running_text(world: dict[str, Any], cat: Catalog) -> None:
    """Each canonical name, written in a sentence, is found whole with exact offsets."""
    for entry in world["systems"]:
        name = entry["name"]
        text = f"The ministry ordered {name} in 2025."
        found = [(text[s:e], system.id) for s, e, system in cat.find_in(text)]
        assert (name, entry["id"]) in found, (name, found)


@pytest.mark.parametrize("variant,parent", [
    ("k9pl", "k9"), ("k9-vidar", "k9"), ("fa-50pl", "fa-50"), ("fa-50ph", "fa-50"), ("fa-50gf", "fa-50"),
    ("leopard-1a5", "leopard-1"), ("rch-155", "boxer"), ("homar-a", "m142-himars"), ("wisla", "patriot"),
    ("hunter-class", "type-26"), ("type-31", "arrowhead-140"), ("miecznik", "arrowhead-140"),
    ("arrow-2", "arrow"), ("spike-lr2", "spike"), ("aster-30-b1nt", "aster-30"), ("samp-t-ng", "samp-t"),
    ("vl-mica", "mica"), ("exocet-mm40-b3", "exocet"), ("taurus-neo", "taurus-kepd-350"),
    ("rosomak", "patria-amv"), ("challenger-3", "challenger-2"), ("su-30mki", "su-30"),
    ("orka-class", "barracuda-class"), ("kalvari-class", "scorpene"), ("constellation-class", "fremm"),
    ("eurofighter-tranche-5", "eurofighter-typhoon"), ("cv90-mkiv", "cv90"), ("fmtv-a2", "fmtv"),
])
def test_variants_sit_under_their_family(cat: Catalog, variant: str, parent: str) -> None:
    system = cat.get(variant)
    assert system is not None and system.parent == parent
    assert parent in {a.id for a in cat.ancestors(variant)}


# The phrase each sentence must yield and the family it belongs to. The system found is the one
# registered for that exact phrase (a variant in catalog_world.json, or the family entry of
# catalog.json where that file keeps the designation as an alias, e.g. "Rafale M" or "IRIS-T SLM").
SENTENCES = [
    ("Poland ordered 96 K9PL howitzers", "K9PL howitzers", "k9pl"),
    ("les Rafale M de la Marine indienne", "Rafale M", "rafale"),
    ("das Flugabwehrsystem IRIS-T SLM", "IRIS-T SLM", "iris-t"),
    ("Denmark ordered eight PULS launchers from Elbit Systems", "PULS launchers", "puls"),
    ("Germany signed for Arrow 3", "Arrow 3", "arrow-3"),
    ("Die Bundeswehr bestellt weitere Schützenpanzer Puma und die Radhaubitze RCH 155.",
     "Schützenpanzer Puma", "puma-ifv"),
    ("Die Bundeswehr bestellt weitere Schützenpanzer Puma und die Radhaubitze RCH 155.", "RCH 155", "boxer"),
    ("Le Maroc a reçu ses premiers systèmes Barak MX.", "Barak MX", "barak-mx"),
    ("La DGA a commandé 1 300 missiles Akeron MP et 329 missiles Mistral 3.", "Akeron MP", "akeron-mp"),
    ("La DGA a commandé 1 300 missiles Akeron MP et 329 missiles Mistral 3.", "Mistral 3", "mistral"),
    ("L'Italie et la France livrent le SAMP/T NG avec des Aster 30 B1NT.", "SAMP/T NG", "samp-t"),
    ("L'Italie et la France livrent le SAMP/T NG avec des Aster 30 B1NT.", "Aster 30 B1NT", "aster"),
    ("Die Ukraine erhält 30 Kampfpanzer Leopard 1A5 und 20 Schützenpanzer Marder.", "Leopard 1A5", "leopard-1"),
    ("Die Ukraine erhält 30 Kampfpanzer Leopard 1A5 und 20 Schützenpanzer Marder.",
     "Marder", "marder"),
    ("Indonesia signed for 48 KAAN fighters and 12 Hürjet trainers.", "KAAN fighters", "kaan"),
    ("Pakistan inducted J-10C jets alongside its JF-17 Thunder fleet.", "J-10C", "j-10"),
    ("Manila signed for BrahMos shore-based anti-ship missiles.", "BrahMos", "brahmos"),
    ("Warsaw ordered FA-50PL light combat aircraft and Piorun MANPADS.", "FA-50PL", "t-50"),
    ("Warsaw ordered FA-50PL light combat aircraft and Piorun MANPADS.", "Piorun MANPADS", "piorun"),
    ("The Royal Navy's Type 45 destroyers and the Type 31 frigate.", "Type 45 destroyers", "type-45"),
    ("Lebanon will receive M1085A2 and M1078A2 trucks.", "M1078A2", "fmtv"),
]


@pytest.mark.parametrize("text,phrase,family", SENTENCES)
def test_find_in_multilingual_sentences(cat: Catalog, text: str, phrase: str, family: str) -> None:
    expected = cat.lookup(phrase)
    assert expected is not None, phrase
    assert expected.id == family or family in {a.id for a in cat.ancestors(expected.id)}, expected.id
    found = [(text[s:e], system.id) for s, e, system in cat.find_in(text)]
    assert (phrase, expected.id) in found, found


def test_world_names_from_the_brief_resolve(cat: Catalog) -> None:
    names = ["Elbit PULS", "Precise and Universal Launching System", "Arrow 2", "Hetz", "Barak 8",
             "Spike LR", "Type 31", "FA-50PL", "FA-50PH", "K9PL", "Leopard 1A5", "Marder", "Puma IFV",
             "Lynx KF41", "Patria AMV", "Rosomak", "Borsuk", "Krab", "Piorun", "Homar-A", "Wisła", "Wisla",
             "Narew", "CAMM", "Sky Sabre", "Brimstone", "Starstreak", "MICA", "VL MICA", "Aster 15",
             "Aster 30", "SAMP/T", "Mamba", "Mistral", "Akeron", "Leclerc", "VBCI", "Griffon", "Jaguar EBRC",
             "Tiger helicopter", "NH90", "H225M Caracal", "A400M", "C-390 Millennium", "KC-390", "AW149",
             "AW101", "AW159 Wildcat", "Bayraktar TB2", "Akinci", "Kizilelma", "TF-X", "KAAN", "Hürjet",
             "Altay", "S-400 Triumf", "S-300", "Su-35", "Su-30MKI", "Su-57", "MiG-29", "J-10C",
             "JF-17 Thunder", "HQ-9", "Wing Loong", "CH-4", "BrahMos", "Akash missile", "Tejas", "Prachand",
             "ALH Dhruv", "Pinaka", "Scorpène", "Kalvari class", "Barracuda class", "Type 209", "Type 212",
             "Type 214", "Type 218SG", "A26", "KSS-III", "Mogami class", "Mitsubishi F-2", "Type 10 tank",
             "Type 12 SSM", "Arjun tank", "Zuzana 2", "RCH 155", "Skyranger", "Gepard", "Oerlikon Skyguard",
             "MANTIS", "RBS 70", "RBS 15", "Penguin missile", "Harop", "Hermes 900", "Heron TP",
             "Phoenix Ghost", "Black Hornet", "Challenger 2", "Challenger 3", "Ajax armoured vehicle",
             "Warrior IFV", "Jackal 2", "Type 45", "Type 23", "Queen Elizabeth class", "Hobart class",
             "Hunter class", "Attack class submarine", "Collins class", "SSN-AUKUS",
             "Virginia-class submarine", "Ghost Bat", "MQ-28", "Bushmaster PMV", "Hawkei", "M10 Booker",
             "M1078A2", "M1085A2", "SM39", "CV90 MkIV"]
    missing = [n for n in names if cat.lookup(n) is None]
    assert not missing


def test_ambiguous_words_do_not_match(world: dict[str, Any], cat: Catalog) -> None:
    """Common words and names that share a spelling with a system name are not linked."""
    text = ("A spike in prices; the Derby county council; President Zuzana Caputova; "
            "Operation Serval in Mali; the GROM special forces unit; a loyal wingman; DANA floods.")
    ids = {e["id"] for e in world["systems"]}
    assert not [(text[s:e], x.id) for s, e, x in cat.find_in(text) if x.id in ids]


def test_diacritic_spellings_resolve_alike(cat: Catalog) -> None:
    # lookup folds case, spaces and hyphens but not diacritics: both spellings are listed
    for a, b in [("Hürjet", "Hurjet"), ("Wisła", "Wisla"), ("Kızılelma", "Kizilelma"),
                 ("Scorpène", "Scorpene"), ("Guépard helicopter", "Guepard helicopter")]:
        assert lookup_key(a) != lookup_key(b)
        first, second = cat.lookup(a), cat.lookup(b)
        assert first is not None and first == second, (a, b)
