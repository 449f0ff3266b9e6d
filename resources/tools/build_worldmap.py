#!/usr/bin/env python3
"""Build ``worldmap.json``, the country shapes the Reports page and the PDF draw.

Build-time only: the application reads the JSON this script writes (through
``lookingbeyond_desktop.reports.worldmap``), never the TopoJSON.

    python resources/tools/build_worldmap.py                 # rewrite resources/reference/
    python resources/tools/build_worldmap.py --out DIR       # write into DIR instead
    python resources/tools/build_worldmap.py --check         # exit 1 if the shipped file differs
    python resources/tools/build_worldmap.py --package DIR   # world-atlas elsewhere than /tmp/wa

Get the source with ``mkdir -p /tmp/wa && cd /tmp/wa && npm pack world-atlas@2.0.2 && tar xzf
world-atlas-2.0.2.tgz``: the files read are ``package/countries-110m.json`` and
``package/countries-50m.json``.  The output is deterministic.

Sources and choices
-------------------
* Shapes: Natural Earth 1:110m Cultural Vectors, Admin 0 – Countries (public domain), as the
  npm package world-atlas 2.0.2 (Mike Bostock, ISC licence) packs them in TopoJSON: arcs
  quantized and delta-encoded, a ring listing arc indexes, ``~i`` (= ``-i - 1``) standing for
  arc ``i`` walked backwards.
* Codes: a feature's ``id`` is its ISO 3166-1 numeric code, which equals its UN M49 code; it
  is matched to ``reference.countries()`` by ``m49`` to get the ISO alpha-2 code.  Every
  feature with an id matches (Taiwan keeps ISO 158; Western Sahara is EH).
* Features without an id, as the United Nations shows them: Somaliland is drawn as part of
  Somalia (SO) and "N. Cyprus" as part of Cyprus (CY); their shared border with the rest of
  the country is removed (arcs walked by both features are dropped and the rest is stitched
  into rings, as topojson.merge does).  Kosovo has no ISO 3166-1 code and no entry in the
  reference countries: it is kept as a shape without a code (``"iso2": null``), drawn as land
  with no figures, never named, hovered or clicked.
* Rings that cross the 180th meridian (Fiji, Chukotka, Wrangel Island, Antarctica) are cut
  there into rings within -180…180, as a flat map needs them.
* Coordinates are rounded to ``PRECISION`` degrees (0.1°: under a pixel on a 1,000-pixel
  world map, under 0.1 mm on an A4 page); a ring's repeated points are dropped, and a ring
  that collapses to fewer than three distinct points is dropped (only one: a degenerate
  ring of North Korea that is a single point repeated in the source).  Shared borders stay
  shared: both neighbours round the same arc the same way.
* Countries and territories too small for 1:110m (28 UN Member States among them: Singapore,
  Malta, Mauritius, Cabo Verde, the small island States of the Caribbean and the Pacific…) get
  a ``point`` instead of polygons, so that the map can mark them by a dot: the centroid of
  their largest polygon in world-atlas's 1:50m countries (rounded to 0.01°), or, for the few
  the 1:50m set has no feature for either (overseas departments drawn within France, Tuvalu,
  Tokelau, Gibraltar…), the position of their main island or town in ``POINTS``.  The United
  States Minor Outlying Islands (UM), scattered over the Pacific, get no point.

Output: ``{"version", "source", "precision", "items": [{"iso2", "m49", "name", "polygons"}]}``,
``polygons`` being the list of the country's rings (outer boundaries and holes, to be filled
with the even-odd rule), each ring a list of ``[lon, lat]`` listed once around (the first
point is not repeated at the end); a small country's item has ``"polygons": []`` and
``"point": [lon, lat]``.  Items are sorted by ISO alpha-2 code, the shape without a code last.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.domain import reference  # noqa: E402

#: Must equal lookingbeyond_desktop.domain.reference.REFERENCE_VERSION (a test checks it).
VERSION = "2026.1"

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "reference"
PRECISION = 0.1
SOURCE = (
    "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain, "
    "naturalearthdata.com), via the npm package world-atlas 2.0.2 (Mike Bostock, ISC "
    "licence); rounded to 0.1 degree; Somaliland shown within Somalia and N. Cyprus within "
    "Cyprus; Kosovo kept without a code; countries too small for 1:110m marked by a point "
    "(1:50m centroids). Built by resources/tools/build_worldmap.py."
)

#: Features without an id, by their world-atlas name: the ISO alpha-2 code they are drawn
#: within (None: kept as a shape of its own without a code).
UNCODED: dict[str, str | None] = {"Somaliland": "SO", "N. Cyprus": "CY", "Kosovo": None}

#: Where to mark the countries and territories that neither 1:110m nor 1:50m draws as a
#: feature of their own: (lon, lat) of the main island or town.
POINTS: dict[str, tuple[float, float]] = {
    "BQ": (-68.27, 12.17),   # Bonaire (Kralendijk)
    "BV": (3.40, -54.42),    # Bouvet Island
    "CC": (96.87, -12.17),   # Cocos (Keeling) Islands
    "CX": (105.67, -10.45),  # Christmas Island
    "GF": (-53.13, 3.93),    # French Guiana
    "GI": (-5.35, 36.14),    # Gibraltar
    "GP": (-61.55, 16.25),   # Guadeloupe
    "MQ": (-61.02, 14.64),   # Martinique
    "RE": (55.54, -21.12),   # Réunion
    "SJ": (15.63, 78.22),    # Svalbard (Longyearbyen)
    "TK": (-171.85, -9.17),  # Tokelau
    "TV": (179.19, -8.52),   # Tuvalu (Funafuti)
    "YT": (45.15, -12.83),   # Mayotte
}
#: Reference countries deliberately left off the map.
UNPLACED = frozenset({"UM"})

Point = tuple[int, int]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The arcs as absolute quantized points (the delta encoding undone)."""
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def arc_points(arcs: Sequence[list[Point]], index: int) -> list[Point]:
    """The points of arc ``index``; a negative index ``~i`` walks arc ``i`` backwards."""
    return list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))


def ring_points(arcs: Sequence[list[Point]], indexes: Iterable[int]) -> list[Point]:
    """A ring's points: its arcs joined, each arc's first point (the previous arc's last)
    dropped."""
    points: list[Point] = []
    for index in indexes:
        part = arc_points(arcs, index)
        points.extend(part if not points else part[1:])
    return points


def feature_rings(geometry: dict[str, Any]) -> list[list[int]]:
    """The arc-index lists of every ring of a Polygon or MultiPolygon."""
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    raise ValueError(f"unexpected geometry type {geometry['type']!r}")


def merge_rings(arcs: Sequence[list[Point]], rings: list[list[int]]) -> list[list[int]]:
    """Rings of several features as one: arcs walked by two of them (a shared border) are
    dropped and the remaining arcs stitched end to start into closed rings."""
    used: dict[int, int] = {}
    for ring in rings:
        for index in ring:
            key = index if index >= 0 else ~index
            used[key] = used.get(key, 0) + 1
    kept = [index for ring in rings for index in ring
            if used[index if index >= 0 else ~index] == 1]
    by_start: dict[Point, int] = {}
    for index in kept:
        start = arc_points(arcs, index)[0]
        if start in by_start:
            raise ValueError(f"two arcs start at {start}: cannot stitch")
        by_start[start] = index
    merged: list[list[int]] = []
    while by_start:
        first_start, index = next(iter(by_start.items()))
        del by_start[first_start]
        ring = [index]
        end = arc_points(arcs, index)[-1]
        while end != first_start:
            index = by_start.pop(end)
            ring.append(index)
            end = arc_points(arcs, index)[-1]
        merged.append(ring)
    return merged


def to_lonlat(points: list[Point], transform: dict[str, Any]) -> list[tuple[float, float]]:
    """Quantized points as (lon, lat) in degrees."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return [(x * sx + tx, y * sy + ty) for x, y in points]


def _clip(ring: list[tuple[float, float]], line: float, keep_below: bool
          ) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a ring on one side of the meridian ``line``."""
    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= line if keep_below else point[0] >= line

    result: list[tuple[float, float]] = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current) != inside(previous):
            t = (line - previous[0]) / (current[0] - previous[0])
            result.append((line, previous[1] + t * (current[1] - previous[1])))
        if inside(current):
            result.append(current)
    return result


def split_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the 180th meridian (world-atlas keeps Fiji's and Chukotka's rings
    whole, for spherical renderers) cut into rings that stay within -180…180, so that a flat
    map does not draw them across the world.  A ring around a pole (Antarctica) is closed
    along the pole."""
    jumps = any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:] + ring[:1]))
    if not jumps:
        return [ring]
    unwrapped = [ring[0]]
    offset = 0.0
    for previous, current in zip(ring, ring[1:]):
        step = current[0] - previous[0]
        offset += -360.0 if step > 180 else 360.0 if step < -180 else 0.0
        unwrapped.append((current[0] + offset, current[1]))
    step = ring[0][0] - ring[-1][0]
    offset += -360.0 if step > 180 else 360.0 if step < -180 else 0.0
    if offset:  # around a pole: go along it back to the start
        pole = 90.0 if sum(lat for _, lat in ring) > 0 else -90.0
        unwrapped += [(ring[0][0] + offset, ring[0][1]), (ring[0][0] + offset, pole),
                      (ring[0][0], pole)]
    pieces = []
    for shift in (-360.0, 0.0, 360.0):
        shifted = [(lon + shift, lat) for lon, lat in unwrapped]
        piece = _clip(_clip(shifted, 180.0, True), -180.0, False)
        if len(piece) >= 3 and max(lon for lon, _ in piece) > min(lon for lon, _ in piece):
            pieces.append(piece)
    return pieces


def to_degrees(points: list[tuple[float, float]]) -> list[list[float]]:
    """Points rounded to PRECISION, repeated points dropped and the closing point not
    repeated."""
    digits = len(str(PRECISION).split(".")[1])
    result: list[list[float]] = []
    for lon, lat in points:
        point = [round(round(lon / PRECISION) * PRECISION, digits) + 0.0,  # no "-0.0"
                 round(round(lat / PRECISION) * PRECISION, digits) + 0.0]
        if not result or result[-1] != point:
            result.append(point)
    while len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring, planar in degrees."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0.0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2.0, cx / (3.0 * area), cy / (3.0 * area)


def small_points(fine: dict[str, Any], codes: Iterable[str]) -> dict[str, tuple[float, float]]:
    """A point for each country of ``codes``: the centroid of its largest ring at 1:50m
    (``fine``), else :data:`POINTS`."""
    arcs = decode_arcs(fine)
    by_m49 = {c.m49: c.iso2 for c in reference.countries().values()}
    wanted = set(codes)
    found: dict[str, tuple[float, float]] = {}
    for geometry in fine["objects"]["countries"]["geometries"]:
        code = by_m49.get(geometry.get("id", ""))
        if code not in wanted:
            continue
        pieces = [piece for ring in feature_rings(geometry)
                  for piece in split_antimeridian(
                      to_lonlat(ring_points(arcs, ring), fine["transform"]))]
        _, lon, lat = max(_area_centroid(piece) for piece in pieces)
        found[code] = (round(lon, 2) + 0.0, round(lat, 2) + 0.0)
    for code in sorted(wanted - set(found)):
        if code not in POINTS:
            raise ValueError(f"{code}: no shape at 1:110m or 1:50m and no entry in POINTS")
        found[code] = POINTS[code]
    return found


def build(topology: dict[str, Any], fine: dict[str, Any]) -> dict[str, Any]:
    """The worldmap.json document for world-atlas's 1:110m countries (``topology``), with
    points from its 1:50m countries (``fine``) for the countries too small for 1:110m."""
    arcs = decode_arcs(topology)
    by_m49 = {c.m49: c for c in reference.countries().values()}
    rings_by_code: dict[str | None, list[list[int]]] = {}
    names: dict[str | None, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        if "id" in geometry:
            found = by_m49.get(geometry["id"])
            if found is None:
                raise ValueError(f"feature {name!r} id {geometry['id']} is no reference country")
            code: str | None = found.iso2
        elif name in UNCODED:
            code = UNCODED[name]
            if code is None:
                names[None] = name
        else:
            raise ValueError(f"feature {name!r} has no id and no rule in UNCODED")
        rings_by_code.setdefault(code, []).append(feature_rings(geometry))  # type: ignore[arg-type]
    items: list[dict[str, Any]] = []
    for code in sorted(rings_by_code, key=lambda c: (c is None, c or "")):
        groups: list[list[list[int]]] = rings_by_code[code]  # type: ignore[assignment]
        rings = ([ring for group in groups for ring in group] if len(groups) == 1
                 else merge_rings(arcs, [ring for group in groups for ring in group]))
        polygons = [to_degrees(piece) for ring in rings
                    for piece in split_antimeridian(
                        to_lonlat(ring_points(arcs, ring), topology["transform"]))]
        dropped = [p for p in polygons if len(p) < 3]
        if dropped:
            print(f"{code}: dropped {len(dropped)} ring(s) collapsed by rounding", file=sys.stderr)
        polygons = [p for p in polygons if len(p) >= 3]
        if not polygons:
            raise ValueError(f"{code}: no ring left after rounding")
        if code is None:
            items.append({"iso2": None, "m49": None, "name": names[None], "polygons": polygons})
        else:
            country = reference.country(code)
            assert country is not None
            items.append({"iso2": code, "m49": country.m49, "name": country.name,
                          "polygons": polygons})
    missing = set(reference.countries()) - set(rings_by_code) - UNPLACED
    for code, (lon, lat) in small_points(fine, missing).items():
        country = reference.country(code)
        assert country is not None
        items.append({"iso2": code, "m49": country.m49, "name": country.name, "polygons": [],
                      "point": [lon, lat]})
    items.sort(key=lambda item: (item["iso2"] is None, item["iso2"] or ""))
    return {"version": VERSION, "source": SOURCE, "precision": PRECISION, "items": items}


def dump(document: dict[str, Any]) -> str:
    """Compact JSON, one item a line (small, and readable in a diff)."""
    head = {key: value for key, value in document.items() if key != "items"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "items": [']
    items = [json.dumps(item, ensure_ascii=False, separators=(",", ":"))
             for item in document["items"]]
    lines.append(",\n".join(items))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build (or check) resources/reference/worldmap.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, default=Path("/tmp/wa/package"),
                        help="the unpacked world-atlas 2.0.2 package (default /tmp/wa/package)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file in --out differs from what would be written")
    args = parser.parse_args(argv)
    coarse, fine = (json.loads((args.package / f"countries-{scale}.json").read_text("utf-8"))
                    for scale in ("110m", "50m"))
    text = dump(build(coarse, fine))
    target = args.out / "worldmap.json"
    if args.check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print(f"{target}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
