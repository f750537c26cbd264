"""The claim checker: each rule on short sentences of our own, both ways, and the facts it relies on.

Every rule is tried on a true statement (``supported``), a false one (``contradicted``) and, where it
applies, a system the catalog holds no such fact for (never ``contradicted``). Every claim must point
at its exact words, and every verdict other than ``unverifiable`` must carry a reference and a source.
"""
from __future__ import annotations

import json
from importlib import resources

import pytest

from armstrack.extract import extract_text
from armstrack.model import Claim
from armstrack.normalize.catalog import load_catalog
from armstrack.normalize.countries import by_code

US_SALE = ("WASHINGTON — The State Department approved a possible sale of 12 F-16 Block 70 aircraft to Norway "
           "for an estimated $3.1 billion, the Defense Security Cooperation Agency said on Monday. ")


def claims_of(text: str) -> list[Claim]:
    claims = extract_text(text).claims
    for c in claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text, c
        if c.verdict != "unverifiable":
            assert c.reference and c.source, c
    return claims


def verdicts(text: str, attribute: str) -> list[str]:
    return [c.verdict for c in claims_of(text) if c.attribute == attribute]


def the_claim(text: str, attribute: str) -> Claim:
    found = [c for c in claims_of(text) if c.attribute == attribute]
    assert len(found) == 1, found
    return found[0]


# --- engines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("Norway flies the F-35A, a single-engine stealth jet, from Ørland.", "supported"),
    ("Norway flies the F-35A, a twin-engine stealth jet, from Ørland.", "contradicted"),
    ("Saab pitched its twin-engine Gripen to the air force.", "contradicted"),
    ("Le Rafale, un biréacteur polyvalent, a été retenu.", "supported"),
    ("Der Eurofighter ist ein einstrahliges Kampfflugzeug.", "contradicted"),
    ("The AH-64 Apache is a twin-engine gunship.", "supported"),
])
def test_engines(text: str, verdict: str) -> None:
    assert verdicts(text, "engines") == [verdict]


def test_engines_tie_to_the_right_system() -> None:
    text = "Unlike the twin-engine F-15, the F-16 is a single-engine fighter."
    got = {(c.subject, c.verdict) for c in claims_of(text) if c.attribute == "engines"}
    assert got == {("F-15", "supported"), ("F-16", "supported")}
    # a statement about other aircraft, a negation, an engine failure: nothing to check
    assert verdicts("The F-16 is being replaced by twin-engine jets.", "engines") == []
    assert verdicts("Le F-35 n'est pas un biréacteur.", "engines") == []
    assert verdicts("The F-15 landed safely on one engine.", "engines") == []


def test_engines_unknown_for_a_system_without_the_fact() -> None:
    # the AH-1 family holds no engine count (its variants differ); the KT-1 now has its sourced fact (one engine)
    assert "contradicted" not in verdicts("The AH-1 Cobra, a twin-engine gunship, was displayed.", "engines")
    assert "contradicted" in verdicts("The KT-1, a twin-engine trainer, was displayed.", "engines")


def test_a_variant_named_in_the_text_is_the_subject() -> None:
    c = the_claim("The Gripen E is a twin-engine fighter.", "engines")
    assert (c.subject, c.verdict) == ("Gripen E", "contradicted")
    assert c.evidence.text == "Gripen E is a twin-engine"


# --- first flight and service entry ----------------------------------------------------------------

@pytest.mark.parametrize("text, attribute, verdict", [
    ("The F-16, first flown in 1974, is still in production.", "first flight", "supported"),
    ("The F-16, a jet first flown in the 1980s, is still in production.", "first flight", "contradicted"),
    ("The Eurofighter Typhoon made its maiden flight in 1994.", "first flight", "supported"),
    ("Le Gripen a effectué son premier vol en 2001.", "first flight", "contradicted"),
    ("The Apache entered service in 1986.", "service entry", "supported"),
    ("The Rafale has been in service since 1986.", "service entry", "contradicted"),
    ("The Rafale has been in service since 2004.", "service entry", "supported"),
    ("Der Tornado ist seit den 2000er-Jahren im Dienst.", "service entry", "contradicted"),
    ("Der Tornado ist seit den 1980er-Jahren im Dienst.", "service entry", "supported"),
    ("Arrow 3, en service depuis 2017, protège Israël.", "service entry", "supported"),
])
def test_years(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_years_of_one_fleet_or_one_variant_are_not_checked() -> None:
    assert verdicts("India's first Rafales entered service in 2020.", "service entry") == []
    assert verdicts("Its Rafales, in service since 2015, were the first exported.", "service entry") == []
    assert verdicts("The Gripen E first flew in 2017.", "first flight") == ["supported"]  # its own sourced year
    assert verdicts("The Gripen E first flew in 1988.", "first flight") == ["contradicted"]  # the Gripen A's
    assert verdicts("The M109A7 entered service in 1990.", "service entry") == []  # no sourced year: unverifiable
    assert verdicts("The Stryker entered service in 1990.", "service entry") == ["contradicted"]  # sourced: 2002-03
    assert verdicts("The K2 Black Panther entered service in 1990.", "service entry") == ["contradicted"]


# --- top speed ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verdicts_expected", [
    ("The Rafale has a top speed of Mach 1.8.", ["supported"]),
    ("The Rafale has a top speed of Mach 3.", ["contradicted"]),
    ("The F-35 flies at about 1,200 mph.", ["supported"]),
    ("The F-15 can reach 4,500 km/h.", ["contradicted"]),
    ("The F-16 can fly at twice the speed of sound.", ["supported"]),
    ("An F-16 cruising at Mach 0.9 met the airliner.", []),   # a lower speed is not a top speed
    ("The Tornado has a top speed of Mach 2.2.", []),         # no top-speed fact for the Tornado
])
def test_top_speed(text: str, verdicts_expected: list[str]) -> None:
    assert verdicts(text, "top speed") == verdicts_expected


# --- guidance, mobility, take-off, arms -----------------------------------------------------------

@pytest.mark.parametrize("text, attribute, verdict", [
    ("The AIM-9X, a heat-seeking missile, arms the fighters.", "guidance", "supported"),
    ("The AMRAAM is a heat-seeking dogfight missile.", "guidance", "contradicted"),
    ("Poland ordered radar-guided AIM-120 missiles.", "guidance", "supported"),
    ("The IRIS-T, a radar-guided missile, was chosen.", "guidance", "contradicted"),
    ("The LMM is a light, laser-guided missile.", "guidance", "supported"),
    ("HIMARS, a wheeled launcher, can be flown in a C-130.", "type", "supported"),
    ("HIMARS, a tracked launcher, fires six rockets.", "type", "contradicted"),
    ("Finland operates the tracked M270 launcher.", "type", "supported"),
    ("The F-35B, the short take-off and vertical landing version, flies from carriers.", "type", "supported"),
    ("The F-35A, a vertical take-off jet, is the air force model.", "type", "contradicted"),
    ("Le Rafale M, une version à décollage vertical, a été choisi.", "type", "contradicted"),
    ("The MQ-9B, an unarmed surveillance drone, will patrol the coast.", "role", "contradicted"),
])
def test_guidance_mobility_take_off_arms(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_guidance_mobility_without_facts_or_with_doubt() -> None:
    assert verdicts("The Python-5, a radar-guided missile, arms the Tejas.", "guidance") == []
    assert verdicts("The K2 is a tracked tank.", "type") == []
    assert verdicts("AIM-120 and AIM-9X missiles, radar-guided and heat-seeking respectively.", "guidance") == []
    assert verdicts("HIMARS launchers were tracked by drones.", "type") == []
    assert verdicts("The F-35A cannot take off vertically.", "type") == []
    assert verdicts("The coast guard flies the MQ-9B, an unarmed maritime version.", "role") == []


# --- makers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, attribute, verdict", [
    ("The K9 Thunder, built by Hanwha Aerospace, is a self-propelled howitzer.", "manufacturer", "supported"),
    ("The K9 Thunder, built by Hyundai Rotem, is a self-propelled howitzer.", "manufacturer", "contradicted"),
    ("NASAMS was developed by Kongsberg together with Raytheon.", "manufacturer", "supported"),
    ("NASAMS was developed by Raytheon together with Saab.", "manufacturer", "contradicted"),
    ("Lockheed Martin builds the F-35 in Texas.", "manufacturer", "supported"),
    ("Boeing builds the F-35 in Texas.", "manufacturer", "contradicted"),
    ("Das System Arrow 3 wurde von IAI und Boeing entwickelt.", "manufacturer", "supported"),
    ("Built by Dassault Aviation, the Rafale serves both services.", "manufacturer", "supported"),
    ("The Nansen-class frigates were built in Spain.", "builder", "supported"),
    ("The Fridtjof Nansen class was built in Britain.", "builder", "contradicted"),
])
def test_makers(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_makers_left_alone_when_unclear() -> None:
    # licensed production, two systems and two makers, a part rather than the system, no such fact
    assert verdicts("The F-16s will be assembled under licence by Turkish Aerospace.", "manufacturer") == []
    assert verdicts("K2 tanks and K9 howitzers, built by Hyundai Rotem and Hanwha, were ordered.",
                    "manufacturer") == []
    assert verdicts("Pratt & Whitney builds the F-35's engine.", "manufacturer") == []
    assert verdicts("Turkish Aerospace builds F-16 parts.", "manufacturer") == []
    assert "contradicted" not in verdicts("The Redback, built by Hyundai Rotem, was shown.",
                                          "manufacturer")


# --- ranges, names, roles (rules the checker had already, on new facts) ------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("The Hellfire has a range of about 8 kilometres.", "supported"),
    ("The Hellfire has a range of about 80 kilometres.", "contradicted"),
    ("The K9 Thunder can hit targets up to 80 miles away.", "contradicted"),
    ("Tomahawk missiles have a range of about 1,600 kilometres.", "supported"),
    ("Tomahawk missiles can strike targets up to 1,600 miles away.", "contradicted"),
])
def test_ranges(text: str, verdict: str) -> None:
    assert verdicts(text, "range") == [verdict]


def test_range_of_a_system_without_the_fact_is_never_contradicted() -> None:
    assert "contradicted" not in verdicts("The Python-5 has a range of about 2,000 kilometres.", "range")


def test_range_is_never_pinned_on_another_system() -> None:
    assert verdicts("JAGM, which replaces the Hellfire, has a range of 16 km.", "range") == []


@pytest.mark.parametrize("text, verdict", [
    ("JDAM, short for Joint Direct Attack Munition, turns bombs into guided weapons.", "supported"),
    ("JDAM, short for Joint Direct Air Missile, turns bombs into guided weapons.", "contradicted"),
    ("PAC-3 MSE, short for Patriot Advanced Capability-3 Missile Segment Enhancement, is a Patriot missile.",
     "supported"),
    ("PAC-3 MSE, short for Patriot Advanced Capability-3 Multi-Sensor Engagement, is a Patriot missile.",
     "contradicted"),
])
def test_short_for(text: str, verdict: str) -> None:
    c = the_claim(text, "name")
    assert c.verdict == verdict
    assert c.subject in ("JDAM", "PAC-3 MSE")


def test_roles_by_apposition() -> None:
    assert verdicts("The LMM is a long-range ballistic missile interceptor.", "role") == ["contradicted"]
    assert verdicts("NASAMS, an air defence system, protects the capital.", "role") == ["supported"]
    # a descriptive role ("attack helicopter") does not rule a mission out
    assert verdicts("The AH-64E is designed for anti-tank missions.", "role") == []


# --- engines: number and kind ----------------------------------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("Canada's P-8A Poseidon, a twin-turbofan patrol jet, replaces the CP-140.", "supported"),
    ("The P-8A Poseidon, powered by four turboprops, replaces the P-3.", "contradicted"),
    ("The C-130J is a four-turboprop transport.", "supported"),
    ("The A-29 Super Tucano is a single-engine turboprop.", "supported"),
    ("The A-29 Super Tucano is a twin-turboprop aircraft.", "contradicted"),
    ("The C-390 is powered by two turbofan engines.", "supported"),
    ("The MQ-9 Reaper is a turbofan-powered drone.", "contradicted"),
    ("Le C-130J, un avion de transport à quatre turbopropulseurs, a été commandé.", "supported"),
    ("Le C-390 est un avion à deux turbopropulseurs.", "contradicted"),
])
def test_engine_kind(text: str, verdict: str) -> None:
    assert verdicts(text, "engines") == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("The CH-53K King Stallion, a three-engine heavy-lift helicopter, was approved.", "supported"),
    ("The CH-53K, a twin-engine helicopter, was approved.", "contradicted"),
    ("The CH-53K has three engines.", "supported"),
    ("The Mirage 2000 is a twin-engine fighter.", "contradicted"),
    ("The NH90 is a twin-engine helicopter.", "supported"),
])
def test_engine_count_new_facts(text: str, verdict: str) -> None:
    assert verdicts(text, "engines") == [verdict]


def test_engine_kind_unknown_or_unclear() -> None:
    assert verdicts("The KT-1, a twin-turboprop trainer, was shown.", "engines") == []
    assert verdicts("GE is the turbofan maker for the C-390.", "engines") == []


# --- speed class and submarine propulsion (attribute "type") ------------------------------------------

def types(text: str) -> list[str]:
    return [c.verdict for c in claims_of(text) if c.attribute == "type" and c.source != "armstrack catalog"]


@pytest.mark.parametrize("text, verdict", [
    ("The subsonic Tomahawk cruise missile was approved.", "supported"),
    ("The Tomahawk is a supersonic cruise missile.", "contradicted"),
    ("BrahMos, a supersonic cruise missile, was sold to the Philippines.", "supported"),
    ("BrahMos is a subsonic missile.", "contradicted"),
    ("The Exocet is a supersonic anti-ship missile.", "contradicted"),
    ("The F-35 is a subsonic jet.", "contradicted"),  # read off its top speed, Mach 1.6
    ("The F-16, a supersonic fighter, was upgraded.", "supported"),
    ("Le Taurus est un missile de croisière subsonique.", "supported"),
    ("Der BrahMos ist ein Überschall-Marschflugkörper.", "supported"),
])
def test_speed_class(text: str, verdict: str) -> None:
    assert types(text) == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("Australia's Collins-class submarines are diesel-electric boats.", "supported"),
    ("The Collins-class submarines are nuclear-powered.", "contradicted"),
    ("The Virginia-class is a diesel-electric submarine.", "contradicted"),
    ("The Type 214 submarines use air-independent propulsion.", "supported"),
    ("Greece's Type 214 boats are nuclear-powered.", "contradicted"),
    ("The KSS-III, a nuclear-powered submarine, was offered to Canada.", "contradicted"),
    ("Le Scorpène est un sous-marin à propulsion nucléaire.", "contradicted"),
    ("The Astute-class nuclear-powered submarines serve the Royal Navy.", "supported"),
])
def test_submarine_propulsion(text: str, verdict: str) -> None:
    assert types(text) == [verdict]


def test_propulsion_ties_each_statement_to_its_submarine() -> None:
    text = ("Australia's Collins-class diesel-electric submarines will be replaced by nuclear-powered "
            "Virginia-class submarines.")
    got = {(c.subject.split("-")[0], c.verdict) for c in claims_of(text) if c.attribute == "type"}
    # subjects are given as the text names them ("Collins-class") when that is shorter than the catalog name
    assert got == {("Collins", "supported"), ("Virginia", "supported")}


def test_speed_and_propulsion_unknown() -> None:
    # no fact for the system (and a variant does not inherit its parent's reactor): never contradicted
    assert types("The Soryu-class is a nuclear-powered submarine.") == []
    assert types("The Orka-class is a diesel-electric submarine.") == []
    assert types("The Hermes 900 is a subsonic drone.") == []
    assert types("The Meteor is a throttleable ramjet missile, unlike hypersonic weapons.") == []


# --- mobility: tracked, wheeled, towed, self-propelled --------------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("The M777 towed howitzer was delivered.", "supported"),
    ("The M777 self-propelled howitzer was delivered.", "contradicted"),
    ("The tracked Stryker vehicles arrived.", "contradicted"),
    ("The Archer, a tracked howitzer, was ordered.", "contradicted"),
    ("The Boxer is a wheeled vehicle.", "supported"),
    ("The wheeled Leopard 2 tank was shown.", "contradicted"),
    ("The M109 Paladin, a self-propelled howitzer, was upgraded.", "supported"),
    ("Le CAESAR, un canon automoteur sur camion, a été livré.", "supported"),
    ("Der Boxer ist ein Radfahrzeug.", "supported"),
])
def test_mobility_new_facts(text: str, verdict: str) -> None:
    got = verdicts(text, "type")
    assert got and set(got) == {verdict}


def test_mobility_in_a_list_of_items_is_not_tied_to_the_wrong_item() -> None:
    text = "The package includes 12 M109A5 howitzers, 18 M113A2 carriers, 24 M548A1 Tracked Logistics Vehicles."
    assert "contradicted" not in verdicts(text, "type")


# --- service entry, first flight: new forms and facts ----------------------------------------------------

@pytest.mark.parametrize("text, attribute, verdict", [
    ("The Harpoon entered service in 1977.", "service entry", "supported"),
    ("The Harpoon was introduced in the 1990s.", "service entry", "contradicted"),
    ("The NSM has been in service since 2012.", "service entry", "supported"),
    ("The Javelin was first deployed in 1996.", "service entry", "supported"),
    ("The Stinger entered service in the 2000s.", "service entry", "contradicted"),
    ("The P-8A Poseidon first flew in 2009.", "first flight", "supported"),
    ("The KF-21 Boramae first flew in 2012.", "first flight", "contradicted"),
])
def test_dates_new_facts(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


# --- roles said in passing: "the anti-tank Stinger", "JASSM air-to-air missiles" ---------------------------

@pytest.mark.parametrize("text, verdict", [
    ("The anti-tank Stinger missiles were delivered.", "contradicted"),
    ("Stinger anti-tank missiles were delivered.", "contradicted"),
    ("JASSM air-to-air missiles were approved.", "contradicted"),
    ("Storm Shadow air-to-air missiles were sent to Ukraine.", "contradicted"),
    ("The anti-ship Harpoon missile was sold.", "supported"),
    ("The Hellfire air-to-ground missile was sold.", "supported"),
    ("Les missiles antichars Javelin ont été livrés.", "supported"),
    ("The THAAD, an air-to-air system, was deployed.", "contradicted"),
    ("The Patriot air defence system was deployed.", "supported"),
    ("THAAD batteries and other air defence systems were deployed.", None),
])
def test_roles_said_in_passing(text: str, verdict: str | None) -> None:
    assert verdicts(text, "role") == ([verdict] if verdict else [])


def test_roles_in_passing_left_alone() -> None:
    # the role belongs to a name ("Advanced Medium Range Air-to-Air Missiles"), a platform, or a system without the fact
    assert verdicts("3,000 AGM-114K/R Hellfire Missiles, 250 AIM-120C Advanced Medium Range Air-to-Air Missiles.",
                    "role") == []
    assert verdicts("The F-16 air-to-air missiles were sold.", "role") == []
    assert "contradicted" not in verdicts("The anti-tank Spike missile was ordered.", "role")


# --- acronyms with two expansions, and acronyms of another system's family ------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("Theater High Altitude Area Defense (THAAD) batteries were approved.", "contradicted"),
    ("Terminal High Altitude Area Defense (THAAD) batteries were approved.", "supported"),
    ("THAAD (Theater High Altitude Area Defense) batteries were approved.", "contradicted"),
    ("High Speed Anti-Radiation Missiles (HARM) were approved.", "supported"),
    ("Advanced Anti-Radiation Guided Missiles-Extended Range (AARGM-ER) were approved.", "supported"),
    ("Integrated Battle Command System (IBCS) was approved.", "supported"),
    ("The NASAMS (Norwegian Advanced Surface to Air Missile System) arrived.", "supported"),
    ("Joint Air-to-Ground Missiles (JAGM) were approved.", "supported"),
    ("JAGM (Joint Attack Guided Missile) rounds were approved.", "contradicted"),
    ("Counter Missile Warning Systems (CMWS) were included.", "supported"),
    ("Guided Enhanced Missile-Tactical (GEM-T) rounds were approved.", "supported"),
    ("Joint Stand Off Weapons (JSOW) were approved.", "supported"),
    ("Large Aircraft Infrared Countermeasures (LAIRCM) were included.", "supported"),
    ("LAIRCM (Large Airborne Infrared Countermeasures) pods were included.", "contradicted"),
])
def test_expansions_new_facts(text: str, verdict: str) -> None:
    assert verdicts(text, "name") == [verdict]


def test_an_acronym_is_read_only_against_its_own_expansion() -> None:
    # "IFCN" is an alias of IBCS in the catalog, but it does not stand for IBCS's expansion
    assert verdicts("Integrated Fire Control Network (IFCN) relays were included.", "name") == []


# --- ranges: new forms and facts -----------------------------------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("The Tomahawk has a 1,600-mile range.", "contradicted"),
    ("Der Tomahawk hat eine Reichweite von 1.600 Kilometern.", "supported"),
    ("The Taurus KEPD 350 has a range of 500 km.", "supported"),
    ("The Taurus has a range of 500 miles.", "contradicted"),
    ("The M777 towed howitzer can fire up to 40 miles.", "contradicted"),
    ("The PzH 2000 can hit targets up to 54 kilometres away.", "supported"),
    ("The Iron Dome has a range of 70 miles.", "contradicted"),
    ("The Stinger has a range of about 8 kilometres.", "supported"),
    ("The Storm Shadow has a range of more than 250 km.", "unverifiable"),  # the export version's reach
])
def test_ranges_new_facts(text: str, verdict: str) -> None:
    assert verdicts(text, "range") == [verdict]


# --- makers -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verdict", [
    ("The MH-60R, built by Sikorsky, is the Navy's submarine hunter.", "supported"),
    ("The MH-60R, built by Boeing, is the Navy's submarine hunter.", "contradicted"),
    ("Poland ordered Black Hawk helicopters built by Boeing.", "contradicted"),
    ("The Astute-class submarines are built by BAE Systems.", "supported"),
    ("The K2 Black Panther, built by Hanwha Aerospace, was shown.", "contradicted"),
])
def test_makers_new_facts(text: str, verdict: str) -> None:
    assert verdicts(text, "manufacturer") == [verdict]


# --- official texts: item passages of DSCA notifications raise no contradiction ------------------------------

@pytest.mark.parametrize("text", [
    "seventy-five (75) Advanced Anti-Radiation Guided Missiles Extended Range (AARGM-ER); High Speed Anti- "
    "Radiation Missiles (HARM);",
    "twenty (20) Counter Missile Warning Systems (CMWS); Common Missile Warning System (CMWS) spares;",
    "Integrated Air and Missile Defense (IAMD) Battle Command System (IBCS); Integrated Fire Control Network "
    "(IFCN) relays; Lower Tier Air and Missile Defense Sensors (LTAMDS);",
    "one hundred (100) MIM-104E Guided Enhanced Missile-Tactical (GEM-T) missiles;",
    "3,000 AGM-114K/R Hellfire Missiles, 250 AIM-120C Advanced Medium Range Air-to-Air Missiles;",
    "6 M577A2 Command Post Carriers, 24 M548A1 Tracked Logistics Vehicles, 12 M2 .50 cal Machine Guns;",
    "37 M777 155mm Light-Weight Towed Howitzers, 12 M109A5 155mm Self-Propelled Howitzers;",
    "Stinger Man Portable Ground-to-Air Missiles; Harpoon Block II Anti-Ship Cruise Missiles;",
])
def test_official_item_passages_raise_no_contradiction(text: str) -> None:
    assert [c for c in claims_of(text) if c.verdict == "contradicted"] == []


# --- approval and currency --------------------------------------------------------------------------

def test_congress_approval() -> None:
    c = the_claim(US_SALE + "Congress approved the sale on Tuesday.", "approval")
    assert c.verdict == "contradicted" and "2776" in (c.source or "")
    assert verdicts(US_SALE + "Le Congrès a approuvé la vente mardi.", "approval") == ["contradicted"]
    assert verdicts("Every Foreign Military Sale needs a vote in both houses of Congress.",
                    "approval") == ["contradicted"]
    assert verdicts("The sale of F-16 jets was approved by Congress last week.", "approval") == ["contradicted"]
    assert verdicts(US_SALE + "With Congress having approved the sale, talks begin.", "approval") == ["contradicted"]
    assert verdicts(US_SALE + "Congress signed off on the deal in May.", "approval") == ["contradicted"]
    # notification, appropriations and another country's congress are not the error
    assert verdicts(US_SALE + "Congress was notified of the sale on Tuesday.", "approval") == []
    assert verdicts(US_SALE + "Congress approved the aid package in April.", "approval") == []
    assert verdicts(US_SALE + "The Philippine Congress approved the purchase.", "approval") == []


def test_one_amount_in_two_currencies() -> None:
    text = (US_SALE + "\n\nNorway's $3.1 billion F-16 package will be paid over ten years.\n\n"
            "Critics said the €3.1bn F-16 purchase was rushed.")
    c = the_claim(text, "currency")
    assert c.verdict == "contradicted" and c.evidence.text == "€3.1bn"
    assert "currency" not in {x.attribute for x in claims_of(US_SALE + "It is about €2.9 billion.")}


# --- the facts these rules read ----------------------------------------------------------------------

def test_fact_shapes() -> None:
    cat = load_catalog()
    companies = {c["name"] for c in json.loads(
        (resources.files("armstrack") / "data" / "companies.json").read_text(encoding="utf-8"))["companies"]}
    seen = set()
    for system in cat:
        for key, f in system.facts.items():
            seen.add(key)
            if key == "engines":
                assert isinstance(f.value, int) and f.value > 0, system.id
            elif key in ("first_flight", "service_entry"):
                v = f.value
                assert (isinstance(v, int) and 1900 < v < 2100) or (
                    isinstance(v, list) and len(v) == 2 and all(isinstance(y, int) for y in v) and v[0] <= v[1]
                ), system.id
            elif key == "top_speed":
                assert isinstance(f.value, (int, float)) and f.unit == "Mach", system.id
            elif key == "guidance":
                assert isinstance(f.value, list) and set(f.value) <= {"infrared", "radar", "laser", "wire",
                                                                      "satellite"}, system.id
            elif key == "mobility":
                assert f.value in ("tracked", "wheeled", "towed"), system.id
            elif key == "engine_type":
                assert f.value in ("turbofan", "turbojet", "turboprop", "turboshaft"), system.id
            elif key == "speed_class":
                assert f.value in ("subsonic", "supersonic", "hypersonic"), system.id
            elif key == "propulsion" and system.type == "submarine":
                assert f.value in ("nuclear", "diesel-electric", "AIP"), system.id
            elif key == "expansion":
                assert isinstance(f.value, str) or (isinstance(f.value, list) and all(isinstance(v, str) for v in f.value))
            elif key == "max_range":
                assert isinstance(f.value, (int, float)) and f.unit in ("km", "miles", "nautical miles", "m"), system.id
            elif key == "roles":
                assert isinstance(f.value, list) and all(isinstance(v, str) for v in f.value), system.id
            elif key == "take_off":
                assert f.value in ("conventional", "STOVL", "catapult", "VTOL"), system.id
            elif key == "manufacturer":
                assert isinstance(f.value, list) and set(f.value) <= companies, system.id
            elif key == "built_in":
                assert by_code(str(f.value)) is not None, system.id
            elif key == "armed":
                assert isinstance(f.value, bool), system.id
    assert {"engines", "first_flight", "service_entry", "top_speed", "guidance", "mobility", "take_off",
            "manufacturer", "built_in", "armed"} <= seen


def test_seed_story_claims_unchanged() -> None:
    from pathlib import Path
    seed = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev" / "seed-canada-himars.txt"
    if not seed.exists():
        pytest.skip("shared corpus not available")
    claims = claims_of(seed.read_text(encoding="utf-8"))
    flagged = {(c.subject, c.attribute) for c in claims if c.verdict == "contradicted"}
    assert flagged == {("ATACMS", "range"), ("ERAM", "name"), ("ERAM", "role")}


def test_french_role_after_the_noun() -> None:
    wrong = "Les Rafale emporteront l'Exocet AM39, un missile anti-aérien à capacité tous temps."
    right = "Le Meteor, un missile air-air, équipe le Rafale."
    assert [(c.attribute, c.verdict) for c in claims_of(wrong) if c.attribute == "role"] == [("role", "contradicted")]
    assert [(c.attribute, c.verdict) for c in claims_of(right) if c.attribute == "role"] == [("role", "supported")]


# --- session 2 rules: French/German wording, decades, torpedo class ------------------------------
@pytest.mark.parametrize("text, attribute, verdict", [
    ("Le Congrès américain a approuvé mardi la vente de vingt systèmes M142 HIMARS à la Suède.", "approval",
     "contradicted"),
    ("Der US-Kongress hat das Geschäft über 21 UH-60M am Freitag genehmigt.", "approval", "contradicted"),
    ("Les roquettes GMLRS peuvent frapper des cibles situées jusqu'à 300 kilomètres.", "range", "contradicted"),
    ("Die Raketen vom Typ GMLRS treffen Ziele in einer Entfernung von bis zu 70 Kilometern.", "range", "supported"),
    ("The Navy also buys REXTORP (remote exercise torpedo) units for training.", "name", "contradicted"),
    ("The Apache, a design that first reached U.S. Army units in 1994, is flown widely.", "service entry",
     "contradicted"),
    ("The AIM-120 first entered U.S. Air Force service in the early 2000s.", "service entry", "contradicted"),
    ("The AIM-120 entered service in the early 1990s.", "service entry", "supported"),
    ("Les MK 54 retenues par Singapour sont des torpilles lourdes.", "type", "contradicted"),
    ("Singapore chose the MK 54, a light torpedo.", "type", "supported"),
])
def test_session_two_claim_wordings(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_a_spelled_out_phrase_in_brackets_that_is_no_expansion_is_not_checked() -> None:
    assert verdicts("The HIMARS (a wheeled launcher) fires GMLRS rockets.", "name") == []
    assert verdicts("ATACMS (armed with cluster munitions) were sent.", "name") == []


def test_congress_not_approving_is_no_claim() -> None:
    assert verdicts("Der US-Kongress hat den Verkauf von 21 UH-60M bisher nicht genehmigt.", "approval") == []


def test_a_definite_generic_noun_stands_for_the_article_s_leading_system() -> None:
    text = ("Norway wants 21 UH-60M helicopters. The UH-60M is a utility helicopter. "
            "The helicopters are built by Boeing at its plant in Pennsylvania.")
    assert verdicts(text, "manufacturer") == ["contradicted"]
    de = "Norwegen will 21 UH-60M. Der UH-60M ist bewährt. Gebaut werden die Hubschrauber vom US-Hersteller Boeing."
    assert verdicts(de, "manufacturer") == ["contradicted"]
    fr = "Le Rafale est choisi. Le Rafale vole depuis 1986. Ce monomoteur polyvalent a enchaîné les contrats."
    assert verdicts(fr, "engines") == ["contradicted"]
    # two helicopter types named as often: "the helicopters" is not clear
    mixed = "Norway buys the UH-60M and the MH-60R. The helicopters are built by Boeing."
    assert verdicts(mixed, "manufacturer") == []


@pytest.mark.parametrize("text, attribute, verdict", [
    ("The sale, which Congress approved this week, covers eight MQ-9B drones for Qatar.", "approval", "contradicted"),
    ("The P-8A entered service with the U.S. Navy in 2009.", "service entry", "contradicted"),
    ("The P-8A is at heart an ASW (anti-surface warfare) platform.", "name", "contradicted"),
    ("The P-8A is an ASW (anti-submarine warfare) aircraft.", "name", "supported"),
])
def test_later_wordings(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_another_meaning_of_a_term_is_not_an_error() -> None:
    assert verdicts("The helicopters will fly SAR (search and rescue) missions.", "name") == []


def test_the_subject_before_an_appositive() -> None:
    text = ("The twin-engine P-8A, a military derivative of Boeing's 737-800 airliner, entered service with the "
            "U.S. Navy in 2009.")
    assert verdicts(text, "service entry") == ["contradicted"]


def test_the_maker_is_statement() -> None:
    text = "Deutschland kauft 173 SM-6. Die SM-6 sind modern. Hersteller der Raketen ist der Rüstungskonzern Lockheed Martin."
    assert verdicts(text, "manufacturer") == ["contradicted"]


def test_a_quoted_spelling_in_an_appositive() -> None:
    wrong = "Vernetzt werden soll alles über IBCS, das „Integrated Ballistic Command System“ der US-Armee."
    right = "Vernetzt werden soll alles über IBCS, das „Integrated Battle Command System“ der US-Armee."
    assert verdicts(wrong, "name") == ["contradicted"] and verdicts(right, "name") == ["supported"]


@pytest.mark.parametrize("text, verdict", [
    ("Die F-35A, die Version für Flugzeugträger, soll ab 2026 geliefert werden.", "contradicted"),
    ("The F-35C, the carrier variant, flies from US Navy ships.", "supported"),
])
def test_carrier_variant(text: str, verdict: str) -> None:
    assert verdicts(text, "type") == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("Die AMRAAM, eine Kurzstrecken-Luft-Luft-Rakete, wird geliefert.", ["contradicted"]),
    ("The AMRAAM is a medium-range missile.", ["supported"]),
    ("Long-range JASSM missiles were approved.", []),  # the name says nothing of a range class
])
def test_range_class_spelled_in_the_name(text: str, verdict: list[str]) -> None:
    assert verdicts(text, "type") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("The MQ-9B is powered by two Honeywell turboprop engines.", "contradicted"),
    ("The C-130J, powered by four Pratt & Whitney turboprops, replaced older Hercules.", "supported"),
])
def test_engine_counts_with_a_maker_named(text: str, verdict: str) -> None:
    assert verdict in verdicts(text, "engines")


def test_the_official_figure_in_the_wrong_currency_and_a_range_in_its_own_clause() -> None:
    from armstrack.extract import extract_text

    ex = extract_text(
        "Published: 2022-07-30\n\nOn Thursday the U.S. State Department approved the sale of 35 F-35A aircraft to "
        "Germany, in a package worth 8.4 billion euros.", path="de-f35-eur.txt")
    flags = [(c.attribute, c.verdict) for c in ex.claims if c.attribute in ("currency", "value")]
    assert flags == [("currency", "contradicted")]  # the DSCA release says $8.4 billion
    ok = extract_text(
        "Published: 2022-11-15\n\nIts GMLRS rockets reach about 70 kilometres, and the ATACMS missile, with a "
        "range of about 300 kilometres, can strike airfields.", path="ee-range.txt")
    assert not [c for c in ok.claims if c.verdict == "contradicted"]


def test_service_since_in_french_forces_and_a_maker_from_the_house_of() -> None:
    from armstrack.extract import extract_text

    fr = extract_text(
        "Publié le 26 novembre 2021\n\nLa Croatie a signé pour douze Rafale. Le Rafale vole depuis longtemps. "
        "L'appareil est en service dans les forces françaises depuis 1996 et a été engagé en Libye.", path="hr.txt")
    assert [(c.subject, c.attribute, c.verdict) for c in fr.claims if c.attribute == "service entry"] == [
        ("Rafale", "service entry", "contradicted")]  # in service since 2001 (navy) / 2006 (air force)
    de = extract_text(
        "Veröffentlicht: 12.05.2023\n\nDas US-Außenministerium hat den Verkauf von 60 CH-47F Chinook an "
        "Deutschland genehmigt. Die CH-47F Chinook sollen ab 2027 kommen. Der schwere Transporthubschrauber aus "
        "dem Hause Sikorsky wird heute von rund 20 Streitkräften eingesetzt.", path="de.txt")
    assert [(c.attribute, c.verdict) for c in de.claims if c.attribute == "manufacturer"] == [
        ("manufacturer", "contradicted")]  # Boeing builds the Chinook


def test_an_acronym_spelt_out_in_an_appositive() -> None:
    from armstrack.extract import extract_text

    ex = extract_text(
        "Published: 2020-10-10\n\nThe package includes 200 JASSM-ER missiles. The JASSM-ER, the Joint "
        "Air-to-Surface Strike Missile-Extended Range, would give Finland a new capability. The JDAM, the Joint "
        "Direct Attack Munition, is cheap.", path="fi.txt")
    got = {(c.subject, c.verdict) for c in ex.claims if c.attribute == "name"}
    assert got == {("JASSM-ER", "contradicted"), ("JDAM", "supported")}


def test_french_first_flight_and_a_range_told_for_its_interceptors() -> None:
    from armstrack.extract import extract_text

    fr = extract_text("Publié le 18 novembre 2016\n\nLe département d'État a approuvé la vente de 36 F-15QA au Qatar. "
                      "Le F-15, dont le premier vol remonte à 1976, est un biréacteur.", path="qa.txt")
    assert ("first flight", "contradicted") in {(c.attribute, c.verdict) for c in fr.claims}  # first flew in 1972
    en = extract_text("Published: 2017-10-08\n\nThe State Department cleared THAAD for Saudi Arabia. THAAD is designed "
                      "to destroy ballistic missiles, hitting them with a hit-to-kill interceptor. Its interceptors "
                      "can reach targets up to 200 miles away.", path="sa.txt")
    assert [(c.subject, c.verdict) for c in en.claims if c.attribute == "range"] == [("THAAD", "contradicted")]


def test_an_acronym_that_stands_for_without_punctuation() -> None:
    from armstrack.extract import extract_text

    ex = extract_text('Published: 2023-10-05\n\nThe State Department approved Patriot for Spain. PATRIOT stands for '
                      '"Phased Array Tracking Radar for Intercept Operations". JDAM stands for Joint Direct Attack '
                      'Munition.', path="es.txt")
    assert {(c.subject, c.verdict) for c in ex.claims if c.attribute == "name"} == {
        ("PATRIOT", "contradicted"), ("JDAM", "supported")}


def test_german_commissioned_year_and_a_background_deal_is_not_matched_to_another_release() -> None:
    from armstrack.extract import extract_text

    de = extract_text("Veröffentlicht: 05.10.2023\n\nDas US-Außenministerium genehmigte Patriot-Systeme für Spanien. Das "
                      "Patriot-System, das 1994 bei der US-Armee in Dienst gestellt wurde, gilt als Rückgrat.",
                      path="es-de.txt")
    assert ("service entry", "contradicted") in {(c.attribute, c.verdict) for c in de.claims}  # 1981-1984
    en = extract_text(
        "Published: 2019-09-13\n\nThe State Department on Thursday approved the sale of 2,401 TOW 2A missiles to "
        "Morocco for $776 million. Late last year, the State Department cleared a $1.259 billion programme to "
        "bring 162 surplus Abrams tanks up to modern standards, and the TOW purchases are part of the same effort.",
        path="ma.txt")
    assert not [c for c in en.claims if c.verdict == "contradicted"]


def test_french_developed_by_with_words_between() -> None:
    from armstrack.extract import extract_text

    ex = extract_text("Publié le 10 juillet 2024\n\nLa Roumanie a signé pour 54 obusiers K9 Thunder. Le K9 Thunder, mis "
                      "au point dans les années 1990 par Hyundai Rotem, équipe déjà plusieurs armées.", path="ro.txt")
    assert [(c.attribute, c.verdict) for c in ex.claims if c.attribute == "manufacturer"] == [
        ("manufacturer", "contradicted")]  # Samsung Techwin, now Hanwha Aerospace


def test_an_engine_claim_after_an_appositive_and_on_a_long_generic_noun() -> None:
    text = ("CANBERRA — The State Department approved the sale of four P-8A Poseidon aircraft to New Zealand. "
            "The P-8A, a military version of a civil airliner, is powered by four turboprop engines.\n")
    drones = ("NEW DELHI — India signed for 31 MQ-9B drones. The MQ-9B is widely used. The long-range remotely "
              "piloted aircraft, each powered by two turboprop engines, can stay aloft for a day.\n")
    assert ("P-8A", "engines", "contradicted") in {(c.subject, c.attribute, c.verdict) for c in claims_of(text)}
    assert ("MQ-9B", "engines", "contradicted") in {(c.subject, c.attribute, c.verdict)
                                                for c in claims_of(drones)}
    right = text.replace("four turboprop", "two turbofan") + drones.replace("two turboprop", "a single turboprop")
    assert not any(c.verdict == "contradicted" and c.attribute == "engines" for c in claims_of(right))


@pytest.mark.parametrize("text, attribute, verdict", [
    ("Le JASSM-ER - pour « Joint Air-to-Surface Strike Missile - Extended Range » - est un missile furtif.",
     "name", "contradicted"),
    ("Le JASSM-ER - pour « Joint Air-to-Surface Standoff Missile - Extended Range » - est un missile furtif.",
     "name", "supported"),
    ("Die TOW-Raketen können Ziele in bis zu zehn Kilometern Entfernung bekämpfen.", "range", "contradicted"),
    ("The Javelin can hit tanks up to ten miles away.", "range", "contradicted"),
    ("The Rheinmetall-built Leopard 2A8 is the newest member of the family.", "manufacturer", "contradicted"),
    ("The Boeing-built Apache is a gunship.", "manufacturer", "supported"),
])
def test_quoted_spellings_ranges_in_words_and_hyphenated_makers(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_an_engine_count_on_a_generic_noun_before_the_system_is_named() -> None:
    text = (US_SALE.replace("Norway", "Taiwan") + "The F-16 is a proven design. The twin-engine jets will be built "
            "by Lockheed Martin, which has moved F-16 production to South Carolina.\n")
    assert ("F-16", "engines", "contradicted") in {(c.subject, c.attribute, c.verdict)
                                                  for c in claims_of(text)}


@pytest.mark.parametrize("text, attribute, verdict", [
    ("Die F-35 ist teuer. Die F-35 fliegt. Das einstrahlige Kampfflugzeug, das im Jahr 2010 zu seinem Erstflug "
     "abhob, gilt als modern.", "first flight", "contradicted"),
    ("Die C-390, die seit 2014 bei der brasilianischen Luftwaffe im Einsatz steht, kann viel tragen.",
     "service entry", "contradicted"),
    ("Le Rafale, dont le premier prototype a effectué son vol inaugural en 1986, est un biréacteur.",
     "first flight", "supported"),
])
def test_german_and_french_dates_told_before_their_verb(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


@pytest.mark.parametrize("text, attribute, verdict", [
    ("Le NSM peut atteindre des navires à plus de 285 milles de distance.", "range", "contradicted"),
    ("Korea buys 152 AGM-179A JAGMs (Joint Advanced Guided Munitions) for its Apaches.", "name", "contradicted"),
    ("Korea buys 152 AGM-179A JAGMs (Joint Air-to-Ground Missiles) for its Apaches.", "name", "supported"),
    ("Spain buys 51 PAC-3 MSE interceptors, which Lockheed Martin manufactures in Camden.", "manufacturer",
     "supported"),
    ("Spain buys 51 PAC-3 MSE interceptors, which Boeing manufactures in Camden.", "manufacturer", "contradicted"),
])
def test_french_miles_plural_acronyms_and_a_maker_in_a_relative_clause(text: str, attribute: str, verdict: str) -> None:
    assert verdicts(text, attribute) == [verdict]


def test_congress_approving_a_package_named_by_its_buyer() -> None:
    text = US_SALE + "The agency said Congress had approved the Norwegian package on Friday."
    assert verdicts(text, "approval") == ["contradicted"]
    assert verdicts(US_SALE + "Congress approved the Norwegian budget.", "approval") == []


def test_a_tanker_named_generically_and_a_record_claim_named_as_written() -> None:
    tanker = ("Washington approved 15 KC-46A tankers for Japan. The KC-46A is new. The four-engine tanker, built on a "
              "767 freighter, can pass fuel.")
    assert verdicts(tanker, "engines") == ["contradicted"]
    text = ("OSLO, Sept. 18, 2025 - The State Department on Wednesday approved the sale of up to 50 MK 54 MOD 0 "
            "lightweight torpedoes to Norway for $162.1 million. Congress approved the sale the same day.\n")
    subjects = {c.subject for c in claims_of(text) if c.attribute == "approval"}
    assert subjects == {"MK 54 MOD 0 lightweight torpedoes"}  # the designation as written, not "MK 54 lightweight torpedo"


def test_congress_approving_a_sale_of_a_named_system_is_flagged() -> None:
    # "sale of Hellfire ..." is no "Congress of <another country>"
    ex = extract_text("Published: 2024-10-14\n\nWASHINGTON - Congress has approved a possible sale of Hellfire "
                      "missiles to Saudi Arabia worth an estimated $655 million.\n")
    assert [(c.attribute, c.verdict) for c in ex.claims if c.attribute == "approval"] == [("approval", "contradicted")]
    ex = extract_text("Published: 2024-10-14\n\nThe Congress of Colombia approved the sale of Kfir jets.\n")
    assert not [c for c in ex.claims if c.attribute == "approval"]


def test_a_german_passive_maker_statement_about_the_missile_binds_to_the_article_s_missile() -> None:
    ex = extract_text("Published: 2024-10-28\n\nDie TOW ist bewährt. Saudi-Arabien kauft 500 TOW. Die Rakete wird "
                      "seit Jahrzehnten von Lockheed Martin gebaut.\n")
    got = [(c.subject, c.attribute, c.verdict) for c in ex.claims if c.attribute == "manufacturer"]
    assert got == [("TOW", "manufacturer", "contradicted")]


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    ex = extract_text("Published: 2025-04-16\n\n" + text + "\n")
    return [(c.subject, c.attribute, c.verdict) for c in ex.claims]


def test_a_spelled_out_acronym_before_it_is_read_against_the_release_spelling() -> None:
    assert ("FMS", "name", "contradicted") in _verdicts(
        "Israel had bought Eitan engines under an earlier Foreign Military Support (FMS) case worth $85.5 million.")
    assert ("FMS", "name", "supported") in _verdicts("The sale goes through the Foreign Military Sales (FMS) programme.")
    assert ("LAIRCM", "name", "contradicted") in _verdicts(
        "LAIRCM (ausgeschrieben: Laser Airborne Infrared Counter-Measures) schützt Flugzeuge.")


def test_congress_approving_it_is_flagged() -> None:
    got = _verdicts("The State Department signed off on the Foreign Military Sale of CH-47F helicopters and Congress "
                    "approved it on Thursday.")
    assert [g[2] for g in got if g[1] == "approval"] == ["contradicted"]


def test_more_german_and_french_forms_of_facts() -> None:
    assert ("P-8A", "engines", "contradicted") in _verdicts(
        "Le P-8A, un quadriréacteur dérivé du Boeing 737-800, est en service.")  # the base design is no subject
    assert ("AN/APG-83 SABR", "manufacturer", "contradicted") in _verdicts("Das Radar AN/APG-83 SABR stammt von Raytheon.")
    assert ("Chinook", "first flight", "contradicted") in _verdicts(
        "Der Chinook ist bewährt. Der Chinook war 1971 zum ersten Mal in der Luft.")


def test_a_twin_engine_huey_derivative_is_not_the_single_engine_uh_1() -> None:
    assert not [g for g in _verdicts("The twin-engine Bell 412 and the UH-1N serve the air force.")
                if g[1] == "engines" and g[2] == "contradicted"]


def test_the_maker_named_after_the_system_in_french() -> None:
    assert ("AN/TPS-78", "manufacturer", "contradicted") in _verdicts("Le Caire achète le radar AN/TPS-78 du groupe Raytheon.")
    assert ("AN/TPS-78", "manufacturer", "supported") in _verdicts(
        "Le Caire achète le radar AN/TPS-78 du groupe Northrop Grumman.")


def test_the_rafale_engine_is_no_recovery_vehicle_and_engine_counts_read_past_a_maker_name() -> None:
    assert ("Safran M88", "manufacturer", "supported") in _verdicts("Ses moteurs M88 sont produits par Safran.")
    assert not [g for g in _verdicts("Ses moteurs M88 sont produits par Safran.") if "recovery" in g[0]]
    assert ("MH-60R", "engines", "contradicted") in _verdicts(
        "The MH-60R is lifted by three General Electric T700 turboshafts.")


def test_a_maker_s_owner_told_after_a_comma_is_no_second_maker() -> None:
    assert _verdicts("Der CH-53K stammt von Sikorsky, das zu Lockheed Martin gehört.") == [
        ("CH-53K", "manufacturer", "supported")]


def test_a_co_developer_the_catalog_names_is_no_wrong_maker() -> None:
    # the T-50 family was developed by KAI with Lockheed Martin (catalog entry, sourced)
    assert not [g for g in _verdicts("The FA-50 was developed by KAI with Lockheed Martin from the T-50 trainer.")
                if g[2] == "contradicted"]
