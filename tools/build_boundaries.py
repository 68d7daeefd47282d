"""Build seed/boundaries/wales-local-authorities.geojson: the 22 Welsh council areas, simplified for a map.

Why a checkout tool: the map draws offline from a small file shipped with Tirlun; this script says exactly
how that file was made from its public source, so anyone can rebuild or replace it. It needs shapely
(``pip install shapely``), which Tirlun itself does not.

Source: Martin Chorley's UK-GeoJSON, json/administrative/wal/lad.json (commit 773c8063, 2014): ONS local
authority districts (LAD13CD, the GSS codes still in use for the 22 Welsh councils), Creative Commons
Attribution 4.0; contains Ordnance Survey data © Crown copyright and database right 2014.

    git clone https://github.com/martinjc/UK-GeoJSON && python tools/build_boundaries.py UK-GeoJSON/json/administrative/wal/lad.json

Names come from the shared Wales reference (seed/reference/areas.csv, by GSS code), so Welsh names carry
their accents ("Sir Ynys Môn"), and a code the reference does not know stops the build.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, mapping, shape  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "seed" / "boundaries" / "wales-local-authorities.geojson"
TOLERANCE = 0.002  # degrees, about 150 m east-west in Wales: under one pixel on a 600 px map of Wales
SMALLEST = 2e-6  # square degrees (about 0.015 km2): islets below this are dropped
DIGITS = 4  # about 7 m


def _round(coords: object) -> object:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), DIGITS) for c in coords]
    return [_round(c) for c in coords]  # type: ignore[union-attr]


def main(source: str) -> None:
    names = {r["code"]: r for r in csv.DictReader((ROOT / "seed/reference/areas.csv").open(encoding="utf-8"))
             if r["kind"] == "local_authority"}
    features = []
    for f in json.loads(Path(source).read_text(encoding="utf-8"))["features"]:
        code = f["properties"]["LAD13CD"]
        if code not in names:
            sys.exit(f"{code} ({f['properties']['LAD13NM']}) is not a council area in seed/reference/areas.csv")
        geom = shape(f["geometry"])
        parts = list(getattr(geom, "geoms", [geom]))
        kept = [p.simplify(TOLERANCE, preserve_topology=True) for p in parts if p.area >= SMALLEST]
        geometry = mapping(kept[0] if len(kept) == 1 else MultiPolygon(kept))
        features.append({"type": "Feature",
                         "properties": {"code": code, "name_en": names[code]["name_en"],
                                        "name_cy": names[code]["name_cy"], "area_id": names[code]["id"]},
                         "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])}})
    missing = sorted(set(names) - {f["properties"]["code"] for f in features})
    if missing:
        sys.exit(f"the source has no boundary for {', '.join(missing)}")
    features.sort(key=lambda f: f["properties"]["code"])
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(features)} council areas, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
