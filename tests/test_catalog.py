"""The reference catalog: data integrity, lookups, offsets, item matching and DSCA coverage."""
from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from armstrack.normalize.catalog import (
    CATEGORIES,
    Catalog,
    catalog_text,
    fold,
    load_catalog,
    lookup_key,
)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DSCA_FILE = SHARED / "data" / "dsca-notifications-2004-2026.json"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(catalog_text())
    return data


def _is_alias_as_written(span: str, names: tuple[str, ...]) -> bool:
    """``span`` is one of ``names`` as written: case, separators and a plural ending aside."""
    key = lookup_key(span)
    keys = {lookup_key(n) for n in names}
    return key in keys or key.removesuffix("e") in keys or key.removesuffix("ie") + "y" in keys


def _coverage_module() -> ModuleType:
    path = REPO / "benchmarks" / "catalog_coverage.py"
    spec = importlib.util.spec_from_file_location("catalog_coverage", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# --- data integrity -----------------------------------------------------------------------------

def test_every_fact_source_exists(raw: dict[str, Any]) -> None:
    sources = raw["sources"]
    missing = [(s["id"], key, f.get("source")) for s in raw["systems"]
               for key, f in (s.get("facts") or {}).items() if f.get("source") not in sources]
    assert not missing
    assert all(s.get("source") in sources for s in raw["systems"] if s.get("source") is not None)
    assert all(s["origin_source"] in sources for s in raw["systems"] if "origin_source" in s)


def test_sources_have_title_and_url(raw: dict[str, Any]) -> None:
    for sid, src in raw["sources"].items():
        assert src.get("title"), sid
        assert re.match(r"https?://", src.get("url") or ""), sid


def test_every_source_is_cited(raw: dict[str, Any]) -> None:
    cited = {f["source"] for s in raw["systems"] for f in (s.get("facts") or {}).values()}
    cited |= {s["source"] for s in raw["systems"] if s.get("source")}
    cited |= {s["origin_source"] for s in raw["systems"] if s.get("origin_source")}  # an origin told apart by a source
    assert set(raw["sources"]) == cited


def test_categories_are_sipri_categories(raw: dict[str, Any]) -> None:
    assert {s["category"] for s in raw["systems"]} <= CATEGORIES
    assert len(CATEGORIES) == 12


def test_parents_exist_and_ids_are_unique(raw: dict[str, Any]) -> None:
    ids = [s["id"] for s in raw["systems"]]
    assert len(ids) == len(set(ids))
    assert all(s["parent"] in set(ids) for s in raw["systems"] if s["parent"] is not None)


def test_no_alias_is_shared_by_two_systems(cat: Catalog) -> None:
    assert cat.collisions == []


def test_no_bare_generic_acronyms(cat: Catalog) -> None:
    bad = {"FCS", "MMR", "SRA", "SM", "ECS", "ICC", "RFI", "INS", "ADC", "VLS", "ATP", "LAW"}
    for system in cat:
        assert not bad & set(system.aliases), system.id


def test_facts_have_values_and_numeric_ranges_have_units(cat: Catalog) -> None:
    for system in cat:
        for key, f in system.facts.items():
            assert f.value not in (None, "", []), (system.id, key)
            if key.endswith("_range"):
                # (kilometres, or nautical miles for a ship's endurance, converted when a claim is checked)
                assert isinstance(f.value, (int, float)) and f.unit in ("km", "nautical miles"), (system.id, key)


def test_must_have_systems_are_present(cat: Catalog) -> None:
    names = ["M142 HIMARS", "GMLRS", "ER GMLRS", "ATACMS", "PrSM", "ERAM", "AIM-120 AMRAAM", "AIM-9X",
             "PAC-3 MSE", "Patriot", "NASAMS", "F-35A", "F-35B", "F-35C", "F-16 Block 70", "AH-64E",
             "UH-60M", "CH-47F", "P-8A", "C-17", "C-130J", "C-130T", "MK 54", "Javelin", "TOW 2A",
             "TOW 2B", "Stinger", "AGM-114", "JASSM", "LRASM", "Harpoon", "SM-2", "SM-6", "ESSM",
             "Tomahawk", "Switchblade 300", "Switchblade 600", "JLTV", "M1A1", "M1A2", "M777",
             "M109A7", "Stryker", "Bradley", "M88", "T700-GE-701D", "T55-GA-714A", "T56",
             "AN/APG-78", "AN/AAR-57", "AN/ARC-231A", "AN/APR-39", "AN/APR-48B", "CIRCM", "EAGLE-M",
             "M-TADS/PNVS", "AN/ASQ-170", "AN/AAR-11", "M36E8", "AN/AAQ-24(V)N", "IFATDS", "MUOS",
             "KuMRFS", "M240H", "JDAM", "Paveway", "SDB", "GBU-39", "GBU-53", "Rafale",
             "Eurofighter Typhoon", "Gripen", "K2 Black Panther", "K9 Thunder", "KF-21", "Leopard 2",
             "IRIS-T", "CAESAR", "Meteor", "Storm Shadow", "SCALP", "Chunmoo", "K239"]
    missing = [n for n in names if cat.lookup(n) is None]
    assert not missing


# --- lookup ---------------------------------------------------------------------------------------

def test_himars_names_resolve_to_one_launcher(cat: Catalog) -> None:
    found = {cat.lookup(n) for n in ("HIMARS", "M142", "High Mobility Artillery Rocket Systems",
                                     "high-mobility artillery rocket system", "M142 HIMARS")}
    assert len(found) == 1
    himars = found.pop()
    assert himars is not None and himars.type == "launcher" and himars.category == "Artillery"


def test_aim_120c8_is_an_amraam_variant(cat: Catalog) -> None:
    system = cat.lookup("AIM-120C-8")
    amraam = cat.lookup("AMRAAM")
    assert system is not None and amraam is not None and system.id != amraam.id
    assert amraam in cat.ancestors(system.id)
    assert cat.lookup("aim 120c8") == system


def test_lookup_is_insensitive_to_case_hyphens_spaces_and_plural(cat: Catalog) -> None:
    assert cat.lookup("pac-3 mse") == cat.lookup("PAC3MSE") == cat.get("pac-3-mse")
    assert cat.lookup("Javelins") == cat.get("javelin")
    assert cat.lookup("nothing like a weapon") is None
    assert lookup_key("F-16s") == lookup_key("f16")


def test_facts_used_by_the_fact_checker(cat: Catalog) -> None:
    atacms = cat.get("atacms")
    assert atacms is not None and atacms.facts["max_range"].value == 300
    assert atacms.facts["max_range"].unit == "km"
    eram = cat.get("eram")
    assert eram is not None
    assert eram.facts["expansion"].value == "Extended Range Attack Munition"
    roles = eram.facts["roles"].value
    assert isinstance(roles, list) and "air-to-surface" in roles
    assert not {"anti-aircraft", "anti-ship", "air-to-air"} & set(roles)
    assert eram.facts["notable_sale"].value == 3350
    assert cat.source(eram.facts["expansion"].source)["url"].startswith("https://media.defense.gov/")
    er = cat.get("er-gmlrs")
    assert er is not None and er.facts["max_range"].value == 150
    gm = cat.resolve_fact("m31a2", "max_range")
    assert gm is not None and gm[1].value == 70
    himars = cat.get("m142-himars")
    assert himars is not None and himars.facts["max_range"].value == 300


def test_source_lookup(cat: Catalog) -> None:
    sid = next(iter(cat.sources))
    assert set(cat.source(sid)) >= {"title", "url"}
    with pytest.raises(KeyError):
        cat.source("no-such-source")


def test_ancestors_and_children(cat: Catalog) -> None:
    chain = [s.id for s in cat.ancestors("m31a2")]
    assert chain == ["m31-gmlrs", "gmlrs"]
    assert cat.ancestors("gmlrs") == []
    assert cat.ancestors("no-such-id") == []
    root = cat.root("aim-120d-3")
    assert root is not None and root.id == "aim-120-amraam"
    assert "m57-atacms" in {c.id for c in cat.children("atacms")}


def test_search(cat: Catalog) -> None:
    assert cat.search("HIMARS")[0].id == "m142-himars"
    assert any(s.id == "aim-120-amraam" for s in cat.search("amraam", limit=5))
    assert any(s.id == "ah-64" for s in cat.search("Apachi", limit=5))  # fuzzy
    assert len(cat.search("missile", limit=3)) == 3
    assert cat.search("") == []


# --- find_in offsets -------------------------------------------------------------------------------

def test_find_in_offsets_are_exact(cat: Catalog) -> None:
    text = ("Canada will buy 26 M142 High Mobility Artillery Rocket Systems (HIMARS), GMLRS and "
            "ATACMS rockets, plus AIM-120C-8 missiles.")
    found = cat.find_in(text)
    spans = [(text[s:e], sys.id) for s, e, sys in found]
    assert ("M142 High Mobility Artillery Rocket Systems", "m142-himars") in spans
    assert ("HIMARS", "m142-himars") in spans
    assert ("GMLRS", "gmlrs") in spans
    assert ("ATACMS", "atacms") in spans
    assert ("AIM-120C-8", "aim-120c-8") in spans
    starts = [s for s, _, _ in found]
    assert starts == sorted(starts)
    for (_, e1, _), (s2, _, _) in itertools.pairwise(found):
        assert e1 <= s2  # non-overlapping


def test_find_in_offsets_survive_length_changing_case_folds(cat: Catalog) -> None:
    # "İ".lower() is two characters long: a naive text.lower() would shift every later offset.
    assert len("İ".lower()) == 2
    text = "İSTANBUL İzmir: Turkey seeks 40 F-16 Block 70 jets and AIM-9X missiles; ıİ HIMARS."
    assert len(fold(text)) == len(text)
    found = cat.find_in(text)
    assert found
    for s, e, system in found:
        assert _is_alias_as_written(text[s:e], system.names), (text[s:e], system.id)
    got = {text[s:e]: system.id for s, e, system in found}
    assert got["F-16 Block 70"] == "f-16-block-70"
    assert got["AIM-9X"] == "aim-9x"
    assert got["HIMARS"] == "m142-himars"


def test_find_in_handles_line_breaks_and_pdf_spacing(cat: Catalog) -> None:
    text = "twenty (20) M57 army tactical\n    missile system pods and 70 T-700 GE 401C engines"
    got = {text[s:e]: system.id for s, e, system in cat.find_in(text)}
    assert got.get("M57 army tactical\n    missile system") == "m57-atacms"
    assert got.get("T-700 GE 401C engines") == "t700-ge-401c"


def test_find_in_needs_word_boundaries(cat: Catalog) -> None:
    assert cat.find_in("M30A2") and cat.find_in("M30A2")[0][2].id == "m30a2"
    assert all(system.id != "m30-gmlrs" for _, _, system in cat.find_in("XM30A7 and M300 units"))
    assert all(system.id != "tow" for _, _, system in cat.find_in("the aircraft tow bar was lowered"))
    assert all(system.id != "ram" for _, _, system in cat.find_in("a ram air turbine"))


# --- match_item ------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("thirty-five (35) M31A2 guided multiple launch rocket system (GMLRS) unitary pods with IMPS",
     "m31a2"),
    ("Thirty-five (35) M30A2 GMLRS alternative warhead (AW) pods with IMPS", "m30a2"),
    ("Thirty-five (35) M403 extended range (ER) GMLRS AW pods with IMPS", "m403"),
    ("Thirty-five (35) M404 ER GMLRS unitary pods with IMPS", "m404"),
    ("Twenty (20) M57 army tactical missiles system pods", "m57-atacms"),
    ("Twenty (20) M142 high mobility artillery rocket systems", "m142-himars"),
    ("Twenty-four (24) international field artillery tactical data system", "ifatds"),
    ("up to seven hundred forty-five (745) AIM-120C-8 Advanced Medium Range Air-to-Air Missiles",
     "aim-120c-8"),
    ("sixteen (16) AIM-120C-8 AMRAAM guidance sections", "amraam-guidance-section"),
    ("thirty (30) AN/APG-78 Longbow Fire Control Radars", "an-apg-78"),
    ("seventy (70) T700-GE 701D engines", "t700-ge-701d"),
    ("sixty (60) M36E8 Captive Air Training Missiles", "m36-catm"),
    ("fifty (50) EAGLE-M+429 Embedded Global Positioning Systems/Inertial Navigation Systems",
     "eagle-m"),
    ("seven (7) Guardian laser transmitter assemblies for the AN/AAQ-24(V)N system", "guardian-lta"),
    ("eight (8) MK 54 MOD 0 lightweight torpedoes all up rounds", "mk-54"),
    ("three hundred fifty (350) Switchblade 300 Block 20 (SB300B20)", "switchblade-300"),
    ("up to three thousand three hundred fifty (3,350) Extended Range Attack Munition", "eram"),
    ("twenty (20) AN/AVS-9 Night Vision Goggles", "an-avs-9"),
    ("forty (40) water tank trucks", "truck"),
    ("KMU-572 tail kits for the GBU-38 Joint Direct Attack Munition", "kmu-tail-kits"),
])
def test_match_item(cat: Catalog, phrase: str, expected: str) -> None:
    system = cat.match_item(phrase)
    assert system is not None and system.id == expected, (phrase, system)


def test_match_item_without_a_system(cat: Catalog) -> None:
    assert cat.match_item("a possible sale of nothing in particular") is None
    assert cat.match_item("") is None


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev corpus (../shared/corpus/dev) is not present")
def test_match_item_on_dev_corpus_gold_items(cat: Catalog) -> None:
    """Each gold item name of the dev corpus that names a catalog system links to that system."""
    expected = {"M142 HIMARS": "m142-himars", "M31A2 GMLRS Unitary pod": "m31a2",
                "M30A2 GMLRS Alternative Warhead pod": "m30a2", "M403 ER GMLRS AW pod": "m403",
                "M404 ER GMLRS Unitary pod": "m404", "M57 ATACMS": "m57-atacms",
                "IFATDS": "ifatds", "AH-64E Apache": "ah-64e", "UH-60M Black Hawk": "uh-60m",
                "CH-47F Chinook": "ch-47f", "P-8A Poseidon": "p-8a", "C-17 Globemaster III": "c-17",
                "C-130T Hercules": "c-130t", "ERAM": "eram", "AIM-120 AMRAAM": "aim-120-amraam",
                "GMLRS": "gmlrs", "ATACMS": "atacms", "KuMRFS radar": "kumrfs"}
    seen = 0
    for path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for deal in gold.get("deals", []):
            for item in deal.get("items", []):
                if item["system"] in expected:
                    seen += 1
                    got = cat.match_item(item["system"])
                    assert got is not None and got.id == expected[item["system"]], item["system"]
                    for alias in item.get("aliases", []):
                        assert cat.match_item(alias) is not None, alias
    assert seen >= 15


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev corpus (../shared/corpus/dev) is not present")
def test_find_in_on_dev_corpus_texts(cat: Catalog) -> None:
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s, e, system in cat.find_in(text):
            assert _is_alias_as_written(text[s:e], system.names), (path.name, text[s:e])
    text = (DEV / "fr-2026-26-27-sweden.txt").read_text(encoding="utf-8")
    ids = {system.id for _, _, system in cat.find_in(text)}
    assert {"m142-himars", "m31a2", "m30a2", "m403", "m404", "m57-atacms", "ifatds"} <= ids


# --- coverage floor ----------------------------------------------------------------------------------

def test_item_phrase_finder() -> None:
    cov = _coverage_module()
    text = ("a possible sale of 59 M1A1 AIM tanks, 7 M88A1 medium recovery vehicles (5 installed and "
            "2 spares); twenty (20) M142 HIMARS; F-16 Block 70 upgrades. The estimated cost is $2.0 "
            "billion over 5 years.")
    phrases = [p for _, _, p in cov.item_phrases(text)]
    assert phrases == ["M1A1 AIM tanks", "M88A1 medium recovery vehicles", "M142 HIMARS"]
    for s, e, p in cov.item_phrases(text):
        assert text[s:e] == p


@pytest.mark.skipif(not DSCA_FILE.exists(),
                    reason="../shared/data/dsca-notifications-2004-2026.json is not present")
def test_dsca_coverage_floor(cat: Catalog) -> None:
    cov = _coverage_module()
    result = cov.measure(cat, cov.load_records(DSCA_FILE))
    assert result.total > 3500
    assert result.share >= 0.95, (result.share, result.unlinked.most_common(20))
    assert result.named / result.total >= 0.75  # most links name a system, not a class of article
