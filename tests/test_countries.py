"""Tests for armstrack.normalize.countries and the data in armstrack/data/countries.json."""

from __future__ import annotations

import itertools
import json
from importlib import resources
from pathlib import Path

import pytest

from armstrack.normalize import countries as C

# shared/ sits beside the repository (as for tests/test_legal.py); the absolute path is the workspace's.
DSCA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dsca-notifications-2004-2026.json"
if not DSCA.exists():
    DSCA = Path("/work/shared/data/dsca-notifications-2004-2026.json")


def _raw() -> dict:
    path = resources.files("armstrack").joinpath("data").joinpath("countries.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _found(text: str, **kw: bool) -> list[tuple[str, str, str]]:
    ms = C.find_parties(text, **kw)
    for m in ms:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.code, m.how) for m in ms]


def _codes(text: str) -> list[str]:
    return [m.code for m in C.find_parties(text)]


# --- data file -----------------------------------------------------------------------------------

def test_data_covers_iso_3166_and_records_its_source() -> None:
    raw = _raw()
    assert "iso3166" in raw["sources"] and "pycountry" in raw["sources"]["iso3166"]["from"]
    codes = [c["code"] for c in raw["countries"]]
    assert len(codes) == len(set(codes)) == 250  # 249 ISO 3166-1 entries + Kosovo
    assert all(len(c["code"]) == 3 and c["code"].isupper() for c in raw["countries"])
    curated = [c for c in raw["countries"] if c["curated"]]
    assert len(curated) >= 90
    for c in curated:
        assert c["names"] and c["fr"] and c["de"] and c["demonyms"], c["code"]
    orgs = {o["code"] for o in raw["organisations"]}
    assert {"NATO", "NSPA", "EU", "OCCAR", "AU"} <= orgs


def test_names_never_resolve_to_two_parties() -> None:
    # Names and demonyms that normalise to the same key must not belong to two different parties.
    assert C._data().lookup_conflicts == {}


# --- lookup --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,code", [
    ("the Netherlands", "NLD"), ("Holland", "NLD"), ("Netherlands.", "NLD"), ("les Pays-Bas", "NLD"),
    ("Pays-Bas", "NLD"), ("Niederlande", "NLD"), ("den Niederlanden", "NLD"),
    ("Republic of Korea", "KOR"), ("South Korea", "KOR"), ("Korea", "KOR"), ("ROK", "KOR"),
    ("Südkorea", "KOR"), ("Government of the Republic of Korea", "KOR"), ("North Korea", "PRK"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Türkei", "TUR"), ("la Turquie", "TUR"),
    ("Taiwan", "TWN"), ("TECRO", "TWN"),
    ("Taipei Economic and Cultural Representative Office in the United States", "TWN"),
    ("UAE", "ARE"), ("United Arab Emirates", "ARE"), ("KSA", "SAU"), ("Kingdom of Saudi Arabia", "SAU"),
    ("U.S.", "USA"), ("United States", "USA"), ("America", "USA"), ("the USA", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("Government of the United Kingdom", "GBR"),
    ("Czech Republic", "CZE"), ("North Macedonia", "MKD"), ("Kosovo", "XKX"),
    ("NATO", "NATO"), ("Nato", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("l'OTAN", "NATO"),
    ("NATO Support and Procurement Agency", "NSPA"), ("NAMSA", "NSPA"),
    ("NATO Airlift Management Organization", "NSPA"), ("European Union", "EU"), ("OCCAR", "OCCAR"),
    ("African Union", "AU"), ("Union africaine", "AU"),
    ("Dutch", "NLD"), ("Ottawa", "CAN"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
])
def test_lookup(name: str, code: str) -> None:
    hit = C.lookup(name)
    assert hit is not None, name
    assert hit.code == code


def test_lookup_misses_and_records() -> None:
    assert C.lookup("Atlantis") is None
    assert C.lookup("") is None
    nld = C.lookup("the Netherlands")
    assert nld == C.Country("NLD", "NL", "Netherlands", "country")
    nato = C.lookup("NATO")
    assert nato is not None and nato.kind == "organisation" and nato.alpha2 is None


def test_name_of_and_by_code() -> None:
    assert C.name_of("KOR") == "South Korea"
    assert C.name_of("nld") == "Netherlands"
    assert C.name_of("GB") == "United Kingdom"
    assert C.name_of("NATO") == "NATO"
    assert C.name_of("XKX") == "Kosovo"
    with pytest.raises(KeyError):
        C.name_of("ZZZ")
    assert C.by_code("ZZ") is None
    assert len(C.all_parties()) == 255  # 250 countries and 5 organisations (NAMO is read as NSPA)


def test_every_dsca_buyer_resolves() -> None:
    if not DSCA.exists():
        pytest.skip("shared DSCA data not available")
    records = json.loads(DSCA.read_text(encoding="utf-8"))
    buyers = {r["country"] for r in records}
    assert len(buyers) > 70
    unresolved = sorted(b for b in buyers if C.resolve(b) is None)
    assert unresolved == []
    # Noisy buyer strings ("Iraq F", "Qatar- Rim") resolve to the party they name.
    expected = {"Iraq F": "IRQ", "Kuwait C": "KWT", "Norway Aim": "NOR", "Qatar- Rim": "QAT",
                "Thailand- Uh": "THA", "Nato": "NATO", "Republic of Korea": "KOR", "Türkiye": "TUR",
                "Turkey": "TUR", "Taiwan": "TWN", "Czech Republic": "CZE", "Kosovo": "XKX",
                "North Macedonia": "MKD", "United Arab Emirates": "ARE", "Georgia": "GEO"}
    for name, code in expected.items():
        if name in buyers:
            hit = C.resolve(name)
            assert hit is not None and hit.code == code, name


# --- find_parties --------------------------------------------------------------------------------

def test_offsets_hold_after_dotted_capital_i() -> None:
    # "İ".lower() is two code points; the fold keeps the text length so offsets stay exact.
    text = "İstanbul-based Aselsan will supply Türkiye; İİİ the Dutch and Poland's navy."
    found = _found(text)
    assert [c for _, c, _ in found] == ["TUR", "NLD", "POL"]
    m = C.find_parties(text)[2]
    assert text[m.start:m.end] == "Poland" and m.start == text.index("Poland")


@pytest.mark.parametrize("text,code,how", [
    ("the Dutch government", "NLD", "demonym"),
    ("Ottawa has approved the purchase", "CAN", "capital"),
    ("la Pologne a commandé", "POL", "name"),
    ("Südkorea liefert", "KOR", "name"),
    ("le gouvernement néerlandais", "NLD", "demonym"),
    ("die niederländischen Fregatten", "NLD", "demonym"),
    ("kanadische Soldaten", "CAN", "demonym"),
    ("des avions canadiens", "CAN", "demonym"),
    ("Varsovie et Warschau", "POL", "capital"),
    ("talks in Seoul", "KOR", "capital"),
    ("Polens Armee", "POL", "name"),
    ("the North Atlantic Treaty Organization (NATO)", "NATO", "organisation"),
    ("l'OTAN", "NATO", "organisation"),
    ("Nato-Staaten", "NATO", "organisation"),
])
def test_single_mentions(text: str, code: str, how: str) -> None:
    found = C.find_parties(text)
    assert found, text
    assert found[0].code == code and found[0].how == how
    assert text[found[0].start:found[0].end] == found[0].text


def test_longest_match_wins_and_no_overlap() -> None:
    text = ("The Taipei Economic and Cultural Representative Office in the United States (TECRO) has "
            "requested; the Republic of Korea; Papua New Guinea; South Sudan; Northern Ireland")
    found = _found(text)
    assert found[0] == ("Taipei Economic and Cultural Representative Office in the United States", "TWN", "name")
    assert ("TECRO", "TWN", "name") in found
    assert ("Republic of Korea", "KOR", "name") in found
    assert [c for _, c, _ in found[-3:]] == ["PNG", "SSD", "GBR"]
    spans = [(m.start, m.end) for m in C.find_parties(text)]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_word_boundaries_and_case() -> None:
    assert _codes("Romania") == ["ROU"]  # not "Oman"
    assert _codes("Nigeria") == ["NGA"]  # not "Niger"
    assert _codes("we ate turkey and chile peppers in china") == []
    assert _codes("Turkey") == ["TUR"]
    assert _codes("TURKEY AND GREECE") == ["TUR", "GRC"]
    assert _codes("Let us polish it") == []
    assert _codes("US$5 million and A$3 billion") == []  # currency, not a country
    assert _codes("Indiana and Omaha") == []
    assert _codes("the Dominican Republic and Dominica") == ["DOM", "DMA"]
    # Equipment designators are not parties: AN/PRC-158 radio, ShinMaywa US-2.
    assert _codes("AN/PRC-158 radios; AN/ PRC-160; a US-2 amphibian; the PRC and the US") == ["CHN", "USA"]


def test_us_states_in_contractor_locations_are_not_countries() -> None:
    assert _codes("Lockheed Martin, Grand Prairie, Texas") == []
    assert _codes("The principal contractor will be Lockheed Martin in Marietta, Georgia.") == []
    assert _codes("Atlanta, Georgia") == []
    assert _codes("Raytheon Missile Systems, Tucson, Arizona and Hattiesburg, Mississippi") == []
    assert _codes("Lockheed Martin Aeronautics Company, Marietta, GA and Fort Worth, TX") == []
    assert _codes("Boeing, Seattle, Washington") == []
    assert _codes("Albuquerque, New Mexico and Trenton, New Jersey") == []
    assert _codes("plants in Georgia and Texas") == []
    assert _codes("the state of Georgia") == []
    assert _codes("Georgia Tech Research Institute") == []


def test_towns_named_like_countries_or_capitals() -> None:
    assert _codes("Joint Systems Manufacturing Center, Lima, Ohio") == []
    assert _codes("General Dynamics Land Systems, London, Ontario") == []
    assert _codes("Lebanon, Pennsylvania") == []
    assert _codes("Paris, TX and Dublin, Ohio and Athens, Georgia") == []


def test_georgia_the_country_is_kept() -> None:
    assert _codes("Ukraine, Georgia and Moldova") == ["UKR", "GEO", "MDA"]
    assert _codes("Tbilisi, Georgia") == ["GEO", "GEO"]
    assert _codes("Bosnia and Herzegovina, Georgia and Albania") == ["BIH", "GEO", "ALB"]
    assert _codes("The Government of Georgia has requested") == ["GEO"]
    assert _codes("Washington approved the sale to Georgia") == ["USA", "GEO"]


def test_blockers() -> None:
    assert _codes("Latin America and the Indian Ocean; the Korean Peninsula") == []
    assert _codes("Latin America and India") == ["IND"]


def test_ambiguous_capitals_need_opt_in() -> None:
    text = "Officials in Brussels and Lima met."
    assert _codes(text) == []
    found = [m.code for m in C.find_parties(text, include_ambiguous=True)]
    assert found == ["BEL", "PER"]
    # The Hague, seat of the Dutch government, names the Netherlands as other capitals do ("Den Haag hat ...")
    assert _codes("Den Haag hat den Vertrag unterschrieben; La Haye et The Hague aussi.") == ["NLD", "NLD", "NLD"]
    raw = _raw()
    amb = {cap["name"] for c in raw["countries"] for cap in c["capitals"] if cap["ambiguous"]}
    assert {"Lima", "Santiago", "Kingston", "Georgetown", "Wellington", "Sofia"} <= amb


def test_pdf_line_breaks_and_typographic_quotes() -> None:
    text = "the Republic of\nKorea and Côte d’Ivoire"
    assert _codes(text) == ["KOR", "CIV"]


def test_organisations() -> None:
    text = ("NATO Support and Procurement Agency (NSPA), formerly NAMSA; the NATO Airlift Management "
            "Organization; OCCAR; the European Union (EU); the African Union")
    found = _found(text)
    assert [c for _, c, _ in found] == ["NSPA", "NSPA", "NSPA", "NSPA", "OCCAR", "EU", "EU", "AU"]
    assert all(h == "organisation" for _, _, h in found)


def test_german_month_phrases_are_months() -> None:
    from armstrack.normalize.dates import find_dates

    assert [(d.text, d.precision) for d in find_dates("bereits Anfang Mai zugestimmt", "2018-09-27")] == [
        ("Anfang Mai", "month")]
