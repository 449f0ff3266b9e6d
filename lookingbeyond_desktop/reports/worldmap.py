"""The world map's data: country shapes, the Equal Earth projection, and the classes a
choropleth groups its figures into.  Plain Python: never imports Qt
(``ui/world_map.py`` draws with it).

The shapes are Natural Earth's 1:110m admin-0 countries (public domain), shipped as
``resources/reference/worldmap.json`` (built by ``resources/tools/build_worldmap.py``, which
says how the few features without a code are shown).  The file is read lazily, once, and
refused unless its version is :data:`~lookingbeyond_desktop.domain.reference.REFERENCE_VERSION`.

The projection is Equal Earth (Šavrič, Patterson and Jenny, 2018): an equal-area compromise
projection, so that a country's share of the map is its share of the world (a choropleth on
Mercator inflates the far north).  The map's frame leaves out Antarctica (no organization is
based there) and runs from :data:`SOUTH` to :data:`NORTH`; :func:`to_unit` maps a longitude
and latitude into the unit square of that frame, whose width is :data:`ASPECT` times its
height.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lookingbeyond_desktop.domain import reference

__all__ = [
    "ASPECT",
    "NORTH",
    "SOUTH",
    "Shape",
    "all_shapes",
    "centroid",
    "class_of",
    "classes",
    "contains",
    "country_at",
    "figures_of",
    "project",
    "shapes",
    "to_unit",
]

FILE = "worldmap.json"

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Shape:
    """A country's outline: ``rings`` are its outer boundaries and holes (fill them with the
    even-odd rule), each a sequence of ``(lon, lat)`` listed once around.  ``iso2`` is ""
    for the one territory without an ISO 3166-1 code (Kosovo), which is drawn but never
    named, hovered or counted.  A country too small for the 1:110m scale (Singapore, Malta,
    Tuvalu…) has no rings but a ``point`` where a map marks it with a dot."""

    iso2: str
    m49: str
    name: str
    rings: tuple[Ring, ...]
    #: (west, south, east, north) in degrees.
    bbox: tuple[float, float, float, float]
    point: tuple[float, float] | None = None


@functools.cache
def _shapes() -> tuple[Shape, ...]:
    """Every shape of the file, in file order (read once)."""
    result: list[Shape] = []
    seen: set[str] = set()
    for item in reference._items(FILE):  # the same reading and version check as reference
        try:
            rings = tuple(tuple((float(lon), float(lat)) for lon, lat in ring)
                          for ring in item["polygons"])
            iso2 = item["iso2"] or ""
            point = item.get("point")
            at = (float(point[0]), float(point[1])) if point else None
            if not rings and at is None:
                raise ValueError(f"{iso2!r} has neither polygons nor a point")
            shape = Shape(iso2=iso2, m49=item["m49"] or "", name=str(item["name"]), rings=rings,
                          bbox=_bbox(rings) if rings else (*at, *at),  # type: ignore[misc]
                          point=at)
        except (KeyError, TypeError, ValueError) as exc:
            raise reference.ReferenceDataError(f"{FILE}: malformed item: {exc}") from exc
        if iso2 and iso2 in seen:
            raise reference.ReferenceDataError(f"{FILE}: duplicate iso2 {iso2!r}")
        seen.add(iso2)
        result.append(shape)
    return tuple(result)


def _bbox(rings: tuple[Ring, ...]) -> tuple[float, float, float, float]:
    lons = [lon for ring in rings for lon, _ in ring]
    lats = [lat for ring in rings for _, lat in ring]
    return min(lons), min(lats), max(lons), max(lats)


def shapes() -> dict[str, Shape]:
    """The shapes of every country the map has, keyed by ISO alpha-2 code (Antarctica and
    the small countries marked by a point included; the territory without a code left
    out)."""
    return {shape.iso2: shape for shape in _shapes() if shape.iso2}


def all_shapes(*, antarctica: bool = False) -> tuple[Shape, ...]:
    """Every shape a map draws: the countries (those marked by a point too) and the
    territory without a code (Kosovo); Antarctica only when asked (it lies outside the frame
    of :func:`to_unit`)."""
    return tuple(shape for shape in _shapes() if antarctica or shape.iso2 != "AQ")


# --- the Equal Earth projection --------------------------------------------------------------

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3.0) / 2.0

#: The frame's latitudes: just south of Tierra del Fuego (55.9° S), north of Greenland (83.6° N).
SOUTH = -57.0
NORTH = 84.0


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth: degrees to projected units on the unit sphere (y grows northwards).

    x = 2√3·λ·cos θ / (3·(9A₄θ⁸ + 7A₃θ⁶ + 3A₂θ² + A₁)), y = A₄θ⁹ + A₃θ⁷ + A₂θ³ + A₁θ,
    with sin θ = (√3/2)·sin φ (Šavrič, Patterson & Jenny, 2018)."""
    lam = math.radians(lon)
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2.0 * math.sqrt(3.0) * lam * math.cos(theta)
         / (3.0 * (9.0 * _A4 * t6 * t2 + 7.0 * _A3 * t6 + 3.0 * _A2 * t2 + _A1)))
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return x, y


_X_MAX = project(180.0, 0.0)[0]
_Y_NORTH = project(0.0, NORTH)[1]
_Y_SOUTH = project(0.0, SOUTH)[1]

#: Width over height of the map's frame.
ASPECT = 2.0 * _X_MAX / (_Y_NORTH - _Y_SOUTH)


def to_unit(lon: float, lat: float) -> tuple[float, float]:
    """Where a point falls in the map's frame: ``(u, v)``, both 0–1, u from the west edge
    (180° W) eastwards, v from the top (:data:`NORTH`) downwards.  Draw into a rectangle
    whose width is :data:`ASPECT` times its height to keep the shapes true."""
    x, y = project(lon, lat)
    return (x + _X_MAX) / (2.0 * _X_MAX), (_Y_NORTH - y) / (_Y_NORTH - _Y_SOUTH)


# --- geometry without Qt ---------------------------------------------------------------------

def _in_ring(ring: Ring, lon: float, lat: float) -> bool:
    """Ray casting: whether a horizontal ray from the point crosses the ring an odd number
    of times."""
    inside = False
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
        x1, y1 = x2, y2
    return inside


def contains(shape: Shape, lon: float, lat: float) -> bool:
    """Whether a point lies in the shape (even-odd over all its rings: holes are outside;
    never in a country marked by a point)."""
    west, south, east, north = shape.bbox
    if not (west <= lon <= east and south <= lat <= north):
        return False
    return sum(_in_ring(ring, lon, lat) for ring in shape.rings) % 2 == 1


def country_at(lon: float, lat: float) -> str | None:
    """The ISO alpha-2 code of the country at a point (None: the sea, or Kosovo)."""
    for shape in shapes().values():
        if contains(shape, lon, lat):
            return shape.iso2
    return None


def _area_centroid(ring: Ring) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring, planar in degrees (the shoelace formula)."""
    area = cx = cy = 0.0
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
        x1, y1 = x2, y2
    if area == 0.0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2.0, cx / (3.0 * area), cy / (3.0 * area)


@functools.cache
def centroid(iso2: str) -> tuple[float, float]:
    """A point inside the country to name it by: the centroid of its largest ring when that
    lies inside the country, else the middle of the widest stretch of the country along the
    centroid's parallel; the point of a country marked by one.  KeyError for a code the
    map has no shape for."""
    shape = shapes()[iso2]
    if shape.point is not None:
        return shape.point
    _, lon, lat = max(_area_centroid(ring) for ring in shape.rings)
    if contains(shape, lon, lat):
        return lon, lat
    crossings: list[float] = []
    for ring in shape.rings:
        x1, y1 = ring[-1]
        for x2, y2 in ring:
            if (y1 > lat) != (y2 > lat):
                crossings.append(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
            x1, y1 = x2, y2
    crossings.sort()
    spans = [(crossings[i + 1] - crossings[i], crossings[i])
             for i in range(0, len(crossings) - 1, 2)]
    if not spans:
        return lon, lat
    width, start = max(spans)
    return start + width / 2.0, lat


# --- classes of a choropleth -----------------------------------------------------------------

def _nice_at_least(value: float) -> int:
    """The smallest "round" whole number ≥ value: 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25,
    30, 40, 50, 60, 80, 100, 120, 150, 200, 250…"""
    if value <= 1:
        return 1
    steps = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)
    power = 10 ** math.floor(math.log10(value))
    while True:
        for step in steps:
            nice = step * power
            if nice >= value - 1e-9 and float(int(nice)) == nice:
                return int(nice)
        power *= 10


def classes(values: Iterable[int], count: int = 5) -> list[tuple[int, int]]:
    """Up to ``count`` classes ``(low, high)``, both included, covering 1 … the largest of
    ``values`` without gaps (values of 0 or less are "none" and belong to no class).

    With ``count`` distinct figures or fewer, each figure ends a class of its own (figures
    1, 2, 7, 40 → 1, 2, 3–7, 8–40).  Otherwise each class in turn takes about its share of
    the countries not yet classed (a quantile), its upper bound rounded up to a round number,
    so that figures skewed as engagement is — many countries with one or two organizations,
    a few with hundreds — still spread over the whole scale."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return []
    uppers: list[int] = []
    for left in range(count, 0, -1):
        rest = [v for v in positive if v > (uppers[-1] if uppers else 0)]
        if not rest:
            break
        distinct = sorted(set(rest))
        if len(distinct) <= left:
            uppers.extend(distinct)
            break
        if left == 1:
            uppers.append(rest[-1])
            break
        quantile = rest[math.ceil(len(rest) / left) - 1]
        nice = _nice_at_least(quantile)
        if nice >= rest[-1]:  # rounding would swallow the rest: keep the figure itself
            nice = quantile
        if nice >= rest[-1]:
            uppers.append(rest[-1])
            break
        uppers.append(nice)
    result: list[tuple[int, int]] = []
    low = 1
    for high in uppers:
        result.append((low, high))
        low = high + 1
    return result


def class_of(value: int | None, bounds: list[tuple[int, int]]) -> int | None:
    """The index of the class ``value`` falls in (None: no figure, 0, or beyond the last)."""
    if not value or value <= 0:
        return None
    for index, (low, high) in enumerate(bounds):
        if low <= value <= high:
            return index
    return None


def figures_of(values: Mapping[str, tuple[int, int]], which: str) -> dict[str, int]:
    """One of the two figures of ``Report.by_country`` (ISO alpha-2 → (organizations,
    activities)): ``which`` is "organizations" or "activities"."""
    if which not in ("organizations", "activities"):
        raise ValueError(f"which must be 'organizations' or 'activities', not {which!r}")
    index = 0 if which == "organizations" else 1
    return {code: pair[index] for code, pair in values.items()}
