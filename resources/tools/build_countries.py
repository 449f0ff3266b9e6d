#!/usr/bin/env python3
"""Build ``countries.json`` and ``regions.json`` of the shipped reference data.

Build-time only: pycountry (ISO 3166-1) and country_converter (UN M49 areas) are read here,
never by the application, which only reads the JSON this script writes.

    python resources/tools/build_countries.py             # rewrite resources/reference/
    python resources/tools/build_countries.py --out DIR   # write into DIR instead
    python resources/tools/build_countries.py --check     # exit 1 if the shipped files differ

The output is deterministic: the same library versions give byte-identical files.

Sources and choices
-------------------
* Countries: every entry of ISO 3166-1 as pycountry has it (alpha-2, alpha-3, English short
  name). Kosovo (XK) is not in ISO 3166-1 and is therefore not listed.
* Names in the six UN languages (``names``: en, fr, es, ru, ar, zh), so that a person can type a
  country as they know it: the short, common and official names of pycountry, in English and as
  translated by the iso-codes project's gettext catalogues that pycountry ships (fr, es, ru, ar,
  zh_CN). A name written "Korea, Republic of" also gets its natural order ("Republic of Korea").
  Only names a catalogue really translates are kept for the other five languages; the one gap
  (no Arabic name for Türkiye in pycountry 26.2.16) is filled from UNTERM in ``EXTRA_NAMES``.
* M49 code: country_converter's ``UNcode``; it equals the ISO 3166-1 numeric code for every
  area M49 lists. Taiwan is not listed by M49 (the UN counts it under China, 156): it keeps its
  ISO numeric code 158.
* Regions: country_converter's ``UNregion`` gives the lowest M49 grouping of each area (the
  intermediate region where there is one, the sub-region otherwise). ``M49_TREE`` below is the
  M49 hierarchy (codes, names, parents) as UNSD publishes it, which fills in the levels above.
  Gaps filled by hand (``LOWEST_OVERRIDES``): Guernsey and Jersey belong to the intermediate
  region Channel Islands (830) of Northern Europe; Antarctica (AQ) belongs to no M49 region
  (only to World, 001), so its region fields are all null.
* Developed / developing: the "Developed / Developing Countries" column of the UNSD M49
  overview (https://unstats.un.org/unsd/methodology/m49/overview/) as UNSD published it until
  it retired the distinction in December 2021; checked against the copy of that table in the
  datasets/country-codes repository (data/country-codes.csv). That column marks as Developed
  every area of Europe (150, including the Russian Federation, Ukraine, Belarus, the Republic
  of Moldova and South-Eastern Europe), of Northern America (021: Bermuda, Canada, Greenland,
  Saint Pierre and Miquelon, United States) and of Australia and New Zealand (053, including
  Christmas, Cocos (Keeling), Heard and McDonald, and Norfolk Islands), plus Japan, Israel and
  Cyprus; every other area is Developing. Antarctica has no value there: it gets
  ``developing = false`` (it is not a developing country). Taiwan, absent from M49, gets
  ``developing = true``, as China (156), under which UN statistics count it.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import importlib.metadata
import importlib.util
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pycountry

#: Must equal lookingbeyond_desktop.domain.reference.REFERENCE_VERSION (a test checks it).
VERSION = "2026.1"

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "reference"

#: The six UN languages: our key and pycountry's gettext locale (None: the English source).
LANGUAGES: tuple[tuple[str, str | None], ...] = (
    ("en", None), ("fr", "fr"), ("es", "es"), ("ru", "ru"), ("ar", "ar"), ("zh", "zh_CN"),
)

#: The UN M49 hierarchy below World: (code, name, kind, parent code).
M49_TREE: tuple[tuple[str, str, str, str | None], ...] = (
    ("002", "Africa", "region", None),
    ("015", "Northern Africa", "subregion", "002"),
    ("202", "Sub-Saharan Africa", "subregion", "002"),
    ("014", "Eastern Africa", "intermediate", "202"),
    ("017", "Middle Africa", "intermediate", "202"),
    ("018", "Southern Africa", "intermediate", "202"),
    ("011", "Western Africa", "intermediate", "202"),
    ("019", "Americas", "region", None),
    ("419", "Latin America and the Caribbean", "subregion", "019"),
    ("029", "Caribbean", "intermediate", "419"),
    ("013", "Central America", "intermediate", "419"),
    ("005", "South America", "intermediate", "419"),
    ("021", "Northern America", "subregion", "019"),
    ("142", "Asia", "region", None),
    ("143", "Central Asia", "subregion", "142"),
    ("030", "Eastern Asia", "subregion", "142"),
    ("035", "South-eastern Asia", "subregion", "142"),
    ("034", "Southern Asia", "subregion", "142"),
    ("145", "Western Asia", "subregion", "142"),
    ("150", "Europe", "region", None),
    ("151", "Eastern Europe", "subregion", "150"),
    ("154", "Northern Europe", "subregion", "150"),
    ("830", "Channel Islands", "intermediate", "154"),
    ("039", "Southern Europe", "subregion", "150"),
    ("155", "Western Europe", "subregion", "150"),
    ("009", "Oceania", "region", None),
    ("053", "Australia and New Zealand", "subregion", "009"),
    ("054", "Melanesia", "subregion", "009"),
    ("057", "Micronesia", "subregion", "009"),
    ("061", "Polynesia", "subregion", "009"),
)

#: Lowest M49 grouping where country_converter's UNregion is missing or too coarse (None: none).
LOWEST_OVERRIDES: dict[str, str | None] = {
    "AQ": None,  # Antarctica: World only
    "GG": "830",  # Guernsey: Channel Islands (country_converter says Northern Europe)
    "JE": "830",  # Jersey: Channel Islands (country_converter says Northern Europe)
}

#: Areas M49 does not list, with the code used instead.
M49_OVERRIDES: dict[str, str] = {"TW": "158"}

#: Developed per the UNSD M49 column (see the module docstring): whole groupings, plus areas.
DEVELOPED_GROUPINGS = frozenset({"150", "021", "053"})
DEVELOPED_AREAS = frozenset({"JP", "IL", "CY"})
#: Areas with no value in that column, and what they get.
DEVELOPING_OVERRIDES: dict[str, bool] = {"AQ": False, "TW": True}


def _coco_rows() -> dict[str, dict[str, str]]:
    """country_converter's table keyed by ISO alpha-3, read without importing pandas.

    (The package's own reader also trips over pandas 3, which reads Namibia's "NA" as missing.)
    """
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("country_converter is not installed (pip install country-converter)")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        return {row["ISO3"]: row for row in csv.DictReader(f, delimiter="\t")}

#: Names the catalogues lack, from the UN's terminology database (UNTERM), by code and language.
EXTRA_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("TR", "ar"): ("تركيا", "جمهورية تركيا"),
}


def _catalogues() -> dict[str, gettext.NullTranslations | None]:
    """pycountry's ISO 3166-1 gettext catalogue of each UN language (None for English)."""
    found: dict[str, gettext.NullTranslations | None] = {}
    for key, locale in LANGUAGES:
        if locale is None:
            found[key] = None
            continue
        try:
            found[key] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError as exc:
            raise SystemExit(f"pycountry has no {locale} names for ISO 3166-1: {exc}") from exc
    return found


def names_of(entry: Any, catalogues: Mapping[str, gettext.NullTranslations | None]
             ) -> dict[str, list[str]]:
    """The names of one pycountry entry in each UN language, most usual first, no repeats."""
    english = [getattr(entry, attr, None) for attr in ("name", "common_name", "official_name")]
    sources = [name for name in english if name]
    names: dict[str, list[str]] = {}
    for key, catalogue in catalogues.items():
        found: list[str] = []
        for source in sources:
            name = source if catalogue is None else catalogue.gettext(source)
            if catalogue is not None and name == source and not _translated(catalogue, source):
                continue
            for variant in (name, _natural_order(name)):
                if variant and variant not in found:
                    found.append(variant)
        for extra in EXTRA_NAMES.get((entry.alpha_2, key), ()):
            if extra not in found:
                found.append(extra)
        names[key] = found
    return names


def _translated(catalogue: gettext.NullTranslations, source: str) -> bool:
    """Whether the catalogue has an entry for ``source`` (some names are the same in French)."""
    return source in getattr(catalogue, "_catalog", {})


def _natural_order(name: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea"; None when the name has no such comma."""
    before, comma, after = name.partition(", ")
    return f"{after} {before}" if comma and after else None


def build_regions() -> list[dict[str, Any]]:
    """The M49 groupings, parents before children."""
    codes = {code for code, _, _, _ in M49_TREE}
    items = []
    for code, name, kind, parent in M49_TREE:
        assert parent is None or parent in codes, (code, parent)
        items.append({"code": code, "name": name, "kind": kind, "parent": parent})
    return items


def build_countries() -> list[dict[str, Any]]:
    """One record per ISO 3166-1 entry, sorted by alpha-2."""
    tree = {code: (name, kind, parent) for code, name, kind, parent in M49_TREE}
    by_name = {name: code for code, (name, _, _) in tree.items()}
    coco = _coco_rows()
    catalogues = _catalogues()
    items = []
    for entry in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso2, iso3 = entry.alpha_2, entry.alpha_3
        row = coco.get(iso3)
        if row is None:
            raise SystemExit(f"country_converter has no row for {iso3}")

        m49 = row["UNcode"].zfill(3) if row["UNcode"] else M49_OVERRIDES.get(iso2)
        if m49 is None:
            raise SystemExit(f"no M49 code for {iso2}: add it to M49_OVERRIDES")
        if m49 != entry.numeric and iso2 not in M49_OVERRIDES:
            raise SystemExit(f"{iso2}: M49 {m49} differs from ISO numeric {entry.numeric}")

        if iso2 in LOWEST_OVERRIDES:
            lowest = LOWEST_OVERRIDES[iso2]
        else:
            lowest = by_name.get(row["UNregion"])
            if lowest is None:
                raise SystemExit(f"{iso2}: unknown M49 grouping {row['UNregion']!r}")

        levels: dict[str, str | None] = {"region": None, "subregion": None, "intermediate": None}
        code = lowest
        while code is not None:
            _, kind, parent = tree[code]
            levels[kind] = code
            code = parent
        if lowest is not None and (levels["region"] is None or levels["subregion"] is None):
            raise SystemExit(f"{iso2}: incomplete M49 path from {lowest}")
        if iso2 in LOWEST_OVERRIDES and lowest is not None:
            # The override must refine country_converter's grouping, not contradict it.
            assert by_name.get(row["UNregion"]) in levels.values(), iso2

        if iso2 in DEVELOPING_OVERRIDES:
            developing = DEVELOPING_OVERRIDES[iso2]
        else:
            developed = iso2 in DEVELOPED_AREAS or not DEVELOPED_GROUPINGS.isdisjoint(
                levels.values()
            )
            developing = not developed

        def name_of(code: str | None) -> str | None:
            return None if code is None else tree[code][0]

        items.append(
            {
                "iso2": iso2,
                "iso3": iso3,
                "m49": m49,
                "name": entry.name,
                "region_code": levels["region"],
                "region": name_of(levels["region"]),
                "subregion_code": levels["subregion"],
                "subregion": name_of(levels["subregion"]),
                "intermediate_region_code": levels["intermediate"],
                "intermediate_region": name_of(levels["intermediate"]),
                "developing": developing,
                "names": names_of(entry, catalogues),
            }
        )
    return items


def dump_reference(source: str, items: Iterable[Mapping[str, Any]], version: str = VERSION) -> str:
    """The shared layout of every reference file: one item per line, for readable diffs."""
    lines = [json.dumps(dict(item), ensure_ascii=False) for item in items]
    body = ",\n".join(f"    {line}" for line in lines)
    return (
        "{\n"
        f'  "version": {json.dumps(version)},\n'
        f'  "source": {json.dumps(source, ensure_ascii=False)},\n'
        '  "items": [\n'
        f"{body}\n"
        "  ]\n"
        "}\n"
    )


def render() -> dict[str, str]:
    """File name -> file text of everything this script builds."""
    pyc = importlib.metadata.version("pycountry")
    coco = importlib.metadata.version("country_converter")
    return {
        "countries.json": dump_reference(
            f"ISO 3166-1 codes and names (English, and French, Spanish, Russian, Arabic and "
            f"Chinese from the iso-codes translations): pycountry {pyc}. UN M49 groupings: "
            f"country_converter {coco}, completed and checked by resources/tools/"
            "build_countries.py, which also documents the developed/developing source "
            "(UNSD M49 overview). Generated: do not edit by hand.",
            build_countries(),
        ),
        "regions.json": dump_reference(
            "UN M49 regions, sub-regions and intermediate regions (UNSD, "
            "https://unstats.un.org/unsd/methodology/m49/). Generated by resources/tools/"
            "build_countries.py: do not edit by hand.",
            build_regions(),
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory to write into")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the files in --out differ"
    )
    args = parser.parse_args(argv)
    outputs = render()
    if args.check:
        stale = [
            name
            for name, text in outputs.items()
            if not (args.out / name).is_file()
            or (args.out / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            print(f"{args.out / name} is out of date", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in outputs.items():
        (args.out / name).write_bytes(text.encode("utf-8"))
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
