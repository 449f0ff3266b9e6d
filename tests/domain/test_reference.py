"""The shipped reference data and its loader (lookingbeyond_desktop.domain.reference)."""

from __future__ import annotations

import dataclasses
import datetime
import importlib.resources
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lookingbeyond_desktop.domain import reference

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_DIR = ROOT / "resources" / "reference"
BUILD_SCRIPT = ROOT / "resources" / "tools" / "build_countries.py"
FILES = (
    "countries.json",
    "regions.json",
    "themes.json",
    "networks.json",
    "offices.json",
    "meetings.json",
)
# The reports' data (reports/rates.py, reports/worldmap.py) and the map's attributions.
REPORT_FILES = ("usd_rates.json", "worldmap.json", "NOTICE-worldmap.txt")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


# --- files -----------------------------------------------------------------------------------


def test_reference_directory_holds_only_the_data_files() -> None:
    """resources/reference/ ships exactly the data files named above (the six of the domain,
    the two of the reports and the map's notice), nothing importable or stray."""
    assert sorted(p.name for p in REFERENCE_DIR.iterdir()) == sorted(FILES + REPORT_FILES)


@pytest.mark.parametrize("name", [name for name in REPORT_FILES if name.endswith(".json")])
def test_the_reports_files_carry_the_version_and_their_source(name: str) -> None:
    """The reports' files name their source and carry REFERENCE_VERSION, like the others
    (the rates file also says the date of its rates)."""
    data = json.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))
    assert data["version"] == reference.REFERENCE_VERSION
    assert data["source"].strip()
    assert isinstance(data["items"], list) and data["items"]


@pytest.mark.parametrize("name", FILES)
def test_every_file_carries_the_loader_version(name: str) -> None:
    """Each file is {"version", "source", "items"} and its version is REFERENCE_VERSION."""
    data = json.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))
    assert set(data) == {"version", "source", "items"}
    assert data["version"] == reference.REFERENCE_VERSION
    assert data["source"].strip()
    assert isinstance(data["items"], list) and data["items"]


def test_a_file_of_another_version_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The loader refuses a reference file whose version differs from REFERENCE_VERSION."""
    (tmp_path / "themes.json").write_text(
        json.dumps({"version": "1999.1", "source": "x", "items": []}), encoding="utf-8"
    )
    monkeypatch.setattr(reference, "_reference_dir", lambda: tmp_path)
    with pytest.raises(reference.ReferenceDataError, match="version"):
        reference._load("themes.json", reference.Theme)


def test_source_tree_fallback_when_package_data_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without an importable lookingbeyond_desktop.resources, files come from resources/reference."""

    def missing(_: str) -> None:
        raise ModuleNotFoundError("No module named 'lookingbeyond_desktop.resources'")

    monkeypatch.setattr(importlib.resources, "files", missing)
    reference._reference_dir.cache_clear()
    try:
        assert Path(str(reference._reference_dir())) == REFERENCE_DIR
    finally:
        reference._reference_dir.cache_clear()


# --- countries and regions -------------------------------------------------------------------


def test_every_iso_country_once_with_unique_codes() -> None:
    """All 249 ISO 3166-1 entries are listed, keyed and ordered by iso2; iso3 and m49 unique."""
    cs = reference.countries()
    assert len(cs) == 249
    assert list(cs) == sorted(cs)
    assert all(code == c.iso2 and len(code) == 2 and code.isupper() for code, c in cs.items())
    assert len({c.iso3 for c in cs.values()}) == 249
    assert len({c.m49 for c in cs.values()}) == 249
    assert all(len(c.m49) == 3 and c.m49.isdigit() for c in cs.values())
    assert all(c.name for c in cs.values())


def test_kenya_is_eastern_africa_and_developing() -> None:
    """KE: Africa (002) / Sub-Saharan Africa (202) / Eastern Africa (014), developing."""
    ke = reference.country("KE")
    assert ke is not None
    assert (ke.iso3, ke.m49, ke.name) == ("KEN", "404", "Kenya")
    assert (ke.region_code, ke.region) == ("002", "Africa")
    assert (ke.subregion_code, ke.subregion) == ("202", "Sub-Saharan Africa")
    assert (ke.intermediate_region_code, ke.intermediate_region) == ("014", "Eastern Africa")
    assert ke.developing is True


def test_developed_per_unsd_m49() -> None:
    """Developed: Europe, Northern America, Australia/NZ, Japan, Israel, Cyprus; others not."""
    de, jp, us, au, il, cy, ru = (
        reference.country(c) for c in ("DE", "JP", "US", "AU", "IL", "CY", "RU")
    )
    assert de is not None and de.region == "Europe" and de.subregion == "Western Europe"
    for c in (de, jp, us, au, il, cy, ru):
        assert c is not None and c.developing is False, c
    for code in ("BR", "CN", "KR", "SG", "MX", "QA", "ZA", "IN", "TR", "FJ"):
        c = reference.country(code)
        assert c is not None and c.developing is True, code
    developed = {c.iso2 for c in reference.countries().values() if not c.developing}
    assert developed - {"AQ"} == (
        reference.countries_in_region("150")
        | reference.countries_in_region("021")
        | reference.countries_in_region("053")
        | {"JP", "IL", "CY"}
    )


def test_brazil_is_latin_america_and_developing() -> None:
    """BR: Americas / Latin America and the Caribbean (419) / South America, developing."""
    br = reference.country("BR")
    assert br is not None and br.developing is True
    assert (br.region_code, br.subregion_code, br.intermediate_region_code) == ("019", "419", "005")
    assert "BR" in reference.countries_in_region("419")
    assert "BR" in reference.countries_in_region("019")


def test_antarctica_belongs_to_no_region_and_is_not_developing() -> None:
    """AQ has every region field null (M49: World only) and developing False."""
    aq = reference.country("AQ")
    assert aq is not None
    assert aq.region_code is aq.region is aq.subregion_code is aq.subregion is None
    assert aq.intermediate_region_code is aq.intermediate_region is None
    assert aq.developing is False
    assert all(
        c.region_code is not None and c.subregion_code is not None
        for c in reference.countries().values()
        if c.iso2 != "AQ"
    )


def test_regions_form_the_m49_tree() -> None:
    """Regions have no parent, sub-regions a region, intermediate regions a sub-region."""
    rs = reference.regions()
    assert {r.code for r in rs.values() if r.kind == "region"} == {"002", "019", "142", "150", "009"}
    expected_parent_kind = {"region": None, "subregion": "region", "intermediate": "subregion"}
    for r in rs.values():
        assert r.kind in expected_parent_kind
        if r.parent is None:
            assert r.kind == "region"
        else:
            assert rs[r.parent].kind == expected_parent_kind[r.kind], r
    assert rs["419"] == reference.Region("419", "Latin America and the Caribbean", "subregion", "019")


def test_every_country_sits_consistently_in_the_tree() -> None:
    """Each country's codes exist, their names match, and each level is the parent of the next."""
    rs = reference.regions()
    for c in reference.countries().values():
        if c.region_code is None:
            continue
        assert rs[c.region_code].name == c.region
        assert rs[c.subregion_code].name == c.subregion  # type: ignore[index]
        assert rs[c.subregion_code].parent == c.region_code  # type: ignore[index]
        if c.intermediate_region_code is not None:
            inter = rs[c.intermediate_region_code]
            assert inter.name == c.intermediate_region
            assert inter.parent == c.subregion_code
        else:
            assert c.intermediate_region is None


def test_countries_in_region_covers_every_level() -> None:
    """countries_in_region matches region, sub-region and intermediate codes; unknown raises."""
    africa = reference.countries_in_region("002")
    eastern = reference.countries_in_region("014")
    assert "KE" in eastern and eastern < reference.countries_in_region("202") < africa
    assert "EG" in africa and "EG" not in reference.countries_in_region("202")
    assert {"MX", "CO", "JM"} <= reference.countries_in_region("419")
    assert "US" not in reference.countries_in_region("419")
    assert reference.countries_in_region("830") == frozenset({"GG", "JE"})
    assert isinstance(africa, frozenset)
    with pytest.raises(KeyError):
        reference.countries_in_region("2")


def test_country_lookup_ignores_case_and_returns_none_for_unknown() -> None:
    """country() accepts any case and returns None for codes that are not ISO 3166-1."""
    assert reference.country("ke") == reference.country("KE") == reference.country("Ke")
    assert reference.country("XK") is None
    assert reference.country("") is None
    assert reference.country("KEN") is None


# --- themes, networks, offices, meetings -----------------------------------------------------


def test_three_thematic_areas_with_human_trafficking_a_crime_sub_theme() -> None:
    """Top level is exactly drugs, corruption, crime; human trafficking sits under crime."""
    areas = reference.theme_areas()
    assert [a.code for a in areas] == ["drugs", "corruption", "crime"]
    ts = reference.themes()
    assert ts["crime.human_trafficking"].parent == "crime"
    assert ts["corruption.review_mechanism"].parent == "corruption"
    assert ts["drugs.hiv_aids"].parent == "drugs"
    assert ts["drugs.alternative_development"].parent == "drugs"


def test_every_theme_parent_exists_and_codes_are_stable_slugs() -> None:
    """Sub-themes are one level deep, named "<area>.<slug>", lower case, under an existing area."""
    ts = reference.themes()
    for t in ts.values():
        assert t.code == t.code.lower() and " " not in t.code and t.name
        if t.parent is None:
            assert "." not in t.code
        else:
            assert ts[t.parent].parent is None
            assert t.code.startswith(t.parent + ".")
    for area in reference.theme_areas():
        assert any(t.parent == area.code for t in ts.values()), area


def test_partner_networks_of_the_leaflet() -> None:
    """VNGOC, the CPCJ Alliance, the UNCAC Coalition and TI chapters, with web addresses."""
    ns = reference.networks()
    assert list(ns) == ["vngoc", "cpcj_alliance", "uncac_coalition", "ti_chapter"]
    assert ns["vngoc"].acronym == "VNGOC" and "vngoc.org" in ns["vngoc"].url
    assert "cpcjalliance.org" in ns["cpcj_alliance"].url
    assert "uncaccoalition.org" in ns["uncac_coalition"].url
    assert all(n.url.startswith("https://") for n in ns.values())


def test_offices_are_upper_case_with_known_kinds_and_countries() -> None:
    """Every office has an upper-case code, a known kind and an existing country; HQ is Vienna."""
    os_ = reference.offices()
    hq = os_["HQ"]
    assert (hq.city, hq.country, hq.kind) == ("Vienna", "AT", "headquarters")
    assert [o.code for o in os_.values() if o.kind == "headquarters"] == ["HQ"]
    for o in os_.values():
        assert o.code == o.code.upper()
        assert o.kind in {"headquarters", "liaison", "regional", "country"}
        assert reference.country(o.country) is not None, o
    assert {o.city for o in os_.values() if o.kind == "liaison"} == {"New York", "Brussels"}
    assert os_["RO-KE"].city == "Nairobi"


def test_cosp3_was_in_doha_in_november_2009() -> None:
    """COSP3: Doha, Qatar, 9 to 13 November 2009, body CoSP."""
    m = reference.meetings()["COSP3"]
    assert (m.body, m.city, m.country) == ("CoSP", "Doha", "QA")
    assert (m.start, m.end) == (datetime.date(2009, 11, 9), datetime.date(2009, 11, 13))


def test_every_meeting_is_well_formed() -> None:
    """Meetings: upper-case codes, known bodies, existing countries, start <= end, 2009-2011."""
    ms = reference.meetings()
    assert {"COSP3", "COSP4", "CONGRESS12", "CND52", "CCPCJ20", "IRG1", "IRG2"} <= set(ms)
    starts = [m.start for m in ms.values()]
    assert starts == sorted(starts)
    for m in ms.values():
        assert m.code == m.code.upper()
        assert m.body in {"CoSP", "CND", "CCPCJ", "Crime Congress", "IRG"}
        assert reference.country(m.country) is not None, m
        assert isinstance(m.start, datetime.date) and isinstance(m.end, datetime.date)
        assert m.start <= m.end
        assert 2009 <= m.start.year <= 2011
    congress = ms["CONGRESS12"]
    assert (congress.city, congress.country) == ("Salvador", "BR")
    assert (congress.start, congress.end) == (datetime.date(2010, 4, 12), datetime.date(2010, 4, 19))


# --- the loader's contract -------------------------------------------------------------------


def test_records_are_frozen_and_returned_dicts_are_copies() -> None:
    """Records cannot be changed, and mutating a returned dict leaves the cache intact."""
    ke = reference.country("KE")
    assert ke is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        ke.name = "Somewhere"  # type: ignore[misc]
    cs = reference.countries()
    del cs["KE"]
    assert "KE" in reference.countries()
    assert reference.country("KE") is ke


def test_is_currency_knows_iso_4217() -> None:
    """is_currency accepts ISO 4217 codes in any case and rejects anything else."""
    for code in ("USD", "EUR", "KES", "XOF", "usd"):
        assert reference.is_currency(code), code
    for code in ("XYZ", "US", "", "USDD", " USD"):
        assert not reference.is_currency(code), code


def test_build_script_regenerates_identical_files(tmp_path: Path) -> None:
    """build_countries.py --out DIR writes countries.json and regions.json byte for byte."""
    if importlib.util.find_spec("country_converter") is None:
        pytest.skip("country_converter (build-time only) is not installed")
    subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        env=_env(),
    )
    for name in ("countries.json", "regions.json"):
        assert (tmp_path / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), name


def test_build_script_version_matches_loader() -> None:
    """The version the build script stamps is the one the loader expects."""
    text = BUILD_SCRIPT.read_text(encoding="utf-8")
    assert f'VERSION = "{reference.REFERENCE_VERSION}"' in text


def test_loader_never_imports_qt_pandas_or_country_converter() -> None:
    """Using every loader function pulls in no Qt binding, pandas or country_converter."""
    code = """
import sys
from lookingbeyond_desktop.domain import reference as r
r.countries(); r.country("ke"); r.countries_in_region("002"); r.regions(); r.themes()
r.theme_areas(); r.networks(); r.offices(); r.meetings(); r.is_currency("USD")
banned = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pandas", "country_converter")
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in banned)))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=_env()
    )
    assert out.stdout.strip() == ""
