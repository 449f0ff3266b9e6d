"""The world map's data and geometry (lookingbeyond_desktop.reports.worldmap): the shipped
shapes, the Equal Earth projection, hit-testing without Qt and the choropleth classes."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports import worldmap

ROOT = Path(__file__).resolve().parents[2]
MAP_FILE = ROOT / "resources" / "reference" / "worldmap.json"
BUILD_SCRIPT = ROOT / "resources" / "tools" / "build_worldmap.py"
WORLD_ATLAS = Path("/tmp/wa/package")

#: The 193 Member States of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = frozenset("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO
OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM
ZW""".split())

#: Member States too small for Natural Earth's 1:110m countries: marked by a dot.
UN_MEMBERS_AS_DOTS = frozenset("""
AD AG BB BH CV DM FM GD KI KM KN LC LI MC MH MT MU MV NR PW SC SG SM ST TO TV VC WS""".split())


def test_the_file_is_small_versioned_and_names_its_source() -> None:
    """worldmap.json carries the reference version, says the shapes are Natural Earth's
    (public domain) via world-atlas (ISC), and stays under 250 KB."""
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    assert data["version"] == reference.REFERENCE_VERSION
    assert "Natural Earth" in data["source"] and "public domain" in data["source"]
    assert "world-atlas 2.0.2" in data["source"] and "ISC" in data["source"]
    assert MAP_FILE.stat().st_size < 250_000
    assert (ROOT / "resources" / "reference" / "NOTICE-worldmap.txt").is_file()


def test_every_un_member_state_is_on_the_map() -> None:
    """All 193 Member States are there: 165 with their outline at 1:110m, the 28 too small
    for that scale (Singapore, Malta, Tuvalu…) as a dot."""
    assert len(UN_MEMBERS) == 193
    found = worldmap.shapes()
    assert UN_MEMBERS <= set(found)
    with_rings = {code for code in UN_MEMBERS if found[code].rings}
    assert UN_MEMBERS - with_rings == UN_MEMBERS_AS_DOTS
    assert all(found[code].point is not None for code in UN_MEMBERS_AS_DOTS)


def test_codes_names_and_coordinates_are_valid() -> None:
    """Every shape's ISO alpha-2 and M49 codes are those of one reference country, named as
    the reference names it; every coordinate is a longitude and latitude."""
    countries = reference.countries()
    for code, shape in worldmap.shapes().items():
        assert code in countries, code
        assert shape.m49 == countries[code].m49
        assert shape.name == countries[code].name
        for ring in shape.rings:
            assert len(ring) >= 3
            assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in ring)


def test_no_ring_runs_across_the_world() -> None:
    """Rings that crossed the 180th meridian (Fiji, Chukotka) were cut there: no edge jumps
    more than 180° of longitude, except Antarctica's edge along the South Pole."""
    for shape in worldmap.all_shapes(antarctica=True):
        for ring in shape.rings:
            for (lon1, lat1), (lon2, lat2) in zip(ring, ring[1:] + ring[:1]):
                if abs(lon2 - lon1) > 180:
                    assert shape.iso2 == "AQ" and lat1 == lat2 == -90.0
    fiji = worldmap.shapes()["FJ"]
    assert fiji.bbox[0] == -180.0 and fiji.bbox[2] == 180.0
    assert worldmap.country_at(178.0, -17.8) == "FJ"  # Viti Levu


def test_the_features_without_a_code_are_shown_as_the_un_shows_them() -> None:
    """Somaliland is within Somalia, northern Cyprus within Cyprus (their inner border
    removed: one outline each); Kosovo is drawn without a code and never named."""
    assert worldmap.country_at(44.1, 9.6) == "SO"  # Hargeisa
    assert worldmap.country_at(33.6, 35.3) == "CY"  # north of Nicosia
    assert len(worldmap.shapes()["SO"].rings) == 1
    assert len(worldmap.shapes()["CY"].rings) == 1
    assert worldmap.country_at(21.1, 42.6) is None  # Pristina
    unnamed = [shape for shape in worldmap.all_shapes() if not shape.iso2]
    assert [shape.name for shape in unnamed] == ["Kosovo"]
    assert "" not in worldmap.shapes()


def test_kenyas_centroid_falls_in_kenya() -> None:
    """Kenya's label point is near 38° E, 0.5° N, and hit-testing there finds Kenya."""
    lon, lat = worldmap.centroid("KE")
    assert 37 < lon < 39 and 0 < lat < 1.5
    assert worldmap.country_at(lon, lat) == "KE"


def test_every_countrys_label_point_lies_in_it() -> None:
    """For every country drawn as a shape, the point it is named from is inside it (also
    for concave ones such as Chile, Norway or Indonesia)."""
    misplaced = [code for code, shape in worldmap.shapes().items()
                 if shape.rings and worldmap.country_at(*worldmap.centroid(code)) != code]
    assert misplaced == []


def test_the_sea_and_lakes_are_no_country() -> None:
    """The middle of the Atlantic and of the Pacific are no country; Lesotho is a hole in
    South Africa, so a point in Lesotho is Lesotho's, not South Africa's."""
    assert worldmap.country_at(-30.0, 0.0) is None
    assert worldmap.country_at(-140.0, -20.0) is None
    assert worldmap.country_at(28.2, -29.6) == "LS"
    assert not worldmap.contains(worldmap.shapes()["ZA"], 28.2, -29.6)


def test_equal_earth_matches_the_published_figures() -> None:
    """Equal Earth maps 180° E on the equator to x = 2.7066 and the North Pole to
    y = 1.3174 (Šavrič et al. 2018, table 1 bounds); the origin to the origin."""
    assert worldmap.project(0.0, 0.0) == (0.0, 0.0)
    x, y = worldmap.project(180.0, 0.0)
    assert x == pytest.approx(2.7066, abs=1e-4) and y == 0.0
    assert worldmap.project(0.0, 90.0)[1] == pytest.approx(1.3174, abs=1e-4)
    assert worldmap.project(-180.0, 0.0)[0] == pytest.approx(-x)


def test_equal_earth_keeps_areas() -> None:
    """A 1° × 1° cell covers a projected area proportional to its area on the sphere
    (sin φ₂ − sin φ₁): the cell at 60–61° N is about half that at the equator, unlike on
    Mercator."""
    def cell(lat: float) -> float:
        corners = [worldmap.project(lon, la) for lon, la in
                   ((10, lat), (11, lat), (11, lat + 1), (10, lat + 1))]
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                       in zip(corners, corners[1:] + corners[:1]))) / 2

    expected = (math.sin(math.radians(61)) - math.sin(math.radians(60))) / math.sin(
        math.radians(1))
    assert cell(60) / cell(0) == pytest.approx(expected, rel=0.01)


def test_the_unit_frame_holds_the_whole_map() -> None:
    """to_unit maps 180° W to u = 0, 180° E to u = 1, the frame's north to v = 0 and its
    south to v = 1; every point drawn falls inside; the frame is 2.3 times as wide as
    high."""
    assert worldmap.to_unit(-180.0, 0.0)[0] == pytest.approx(0.0)
    assert worldmap.to_unit(180.0, 0.0)[0] == pytest.approx(1.0)
    assert worldmap.to_unit(0.0, worldmap.NORTH)[1] == pytest.approx(0.0)
    assert worldmap.to_unit(0.0, worldmap.SOUTH)[1] == pytest.approx(1.0)
    assert worldmap.ASPECT == pytest.approx(2.30, abs=0.01)
    for shape in worldmap.all_shapes():
        points = [p for ring in shape.rings for p in ring] + ([shape.point] if shape.point else [])
        for lon, lat in points:
            u, v = worldmap.to_unit(lon, lat)
            assert 0.0 <= u <= 1.0 and 0.0 <= v <= 1.0, (shape.iso2, lon, lat)


def test_classes_give_each_figure_its_own_class_when_few() -> None:
    """Figures 1, 2, 7, 40 (four distinct) make four classes ending at each: 1, 2, 3–7,
    8–40; zeros belong to no class; nothing gives no class."""
    bounds = worldmap.classes([1, 2, 7, 40, 0, 2])
    assert bounds == [(1, 1), (2, 2), (3, 7), (8, 40)]
    assert worldmap.class_of(5, bounds) == 2
    assert worldmap.class_of(0, bounds) is None
    assert worldmap.class_of(None, bounds) is None
    assert worldmap.classes([0, 0]) == []


def test_classes_spread_skewed_figures() -> None:
    """50 countries with 1, 20 with 2 and one each with 3, 5, 8, 13, 40, 120, 300:
    class 1 = {1}; class 2 = {2}; the 7 left over 3 classes: the 3rd smallest (8) ends
    class 3; of 13, 40, 120, 300 over 2 classes the 2nd (40) ends class 4; 41–300 last."""
    figures = [1] * 50 + [2] * 20 + [3, 5, 8, 13, 40, 120, 300]
    assert worldmap.classes(figures) == [(1, 1), (2, 2), (3, 8), (9, 40), (41, 300)]


def test_classes_are_rounded_and_cover_the_range() -> None:
    """1…199 evenly: quintile bounds 40, 80, 120, 160 and the largest, 199."""
    assert worldmap.classes(range(1, 200)) == [(1, 40), (41, 80), (81, 120), (121, 160),
                                                (161, 199)]


def test_figures_of_picks_one_figure() -> None:
    """Report.by_country's pairs give organizations or activities; anything else is
    refused."""
    pairs = {"KE": (12, 3), "MA": (0, 2)}
    assert worldmap.figures_of(pairs, "organizations") == {"KE": 12, "MA": 0}
    assert worldmap.figures_of(pairs, "activities") == {"KE": 3, "MA": 2}
    with pytest.raises(ValueError):
        worldmap.figures_of(pairs, "grants")


def test_the_module_loads_no_qt() -> None:
    """reports.worldmap reads its shapes without importing Qt (the CLI uses it)."""
    code = ("import sys; from lookingbeyond_desktop.reports import worldmap as w; "
            "w.shapes(); w.centroid('KE'); "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


@pytest.mark.skipif(not (WORLD_ATLAS / "countries-110m.json").exists(),
                    reason="world-atlas 2.0.2 is not unpacked in /tmp/wa")
def test_the_build_script_reproduces_the_shipped_file() -> None:
    """resources/tools/build_worldmap.py --check finds the shipped file up to date."""
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--check", "--package",
                             str(WORLD_ATLAS)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
