"""The map of Wales: each council area shaded by its region's figure for one Compare indicator.

Why: "do these findings resonate across Wales?" is a question about places, and a coordinator reads a
map of the regions faster than a row of numbers. The map is built from the Compare answer (the same
figures, the same date, the same rules), so the page, its table and the pack's slide cannot disagree.
A region is drawn as the council areas that are part of it on the date viewed; a council area in no
region loaded is grey and says so. The boundaries ship with Tirlun (seed/boundaries, ONS via
UK-GeoJSON, Open Government Licence): drawing them needs nothing from outside the machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tirlun.answers.base import Table
from tirlun.answers.compare import CompareAnswer, Indicator, Region
from tirlun.i18n import translator

BOUNDARIES = "wales-local-authorities.geojson"


def _share_illustrative(r: Region) -> float | None:
    share = r.values.get("share_illustrative")
    return None if share is None else round(100 * float(share), 1)


# Compare indicators a map can shade (a number per region), and how to read it from the region's values.
MAPPABLE: dict[str, Callable[[Region], float | None]] = {
    "hours_per_10k": lambda r: r.values.get("hours_per_10k"),
    "person_hours": lambda r: r.values.get("person_hours"),
    "meetings": lambda r: r.values.get("meetings"),
    "duplicate_pairs": lambda r: r.values.get("duplicate_pairs"),
    "hours_saved": lambda r: r.values.get("hours_saved"),
    "overlap_index": lambda r: r.values.get("overlap_index"),
    "own_boards": lambda r: r.values.get("own_boards"),
    "own_subgroups": lambda r: r.values.get("own_subgroups"),
    "wider": lambda r: r.values.get("wider"),
    "statutory_gaps": lambda r: r.values.get("statutory_gaps"),
    "data_findings": lambda r: r.values.get("data_findings"),
    "illustrative": _share_illustrative,
    "population": lambda r: r.values.get("population"),
}
DEFAULT = "hours_per_10k"  # the research's question: how much time partners spend round the table, per resident
LABELS = {"region": "compare.map.col.region", "shown": "compare.map.col.value", "councils": "compare.map.col.councils"}


@dataclass(frozen=True)
class CouncilArea:
    """One council area on the map: its boundary's properties, its region on the date and that region's figure."""

    code: str
    area_id: str
    name: str
    region_id: str | None
    region: str | None
    value: float | None
    shown: str


@dataclass
class MapAnswer:
    indicator: Indicator
    choices: list[Indicator]  # the indicators a map can shade, in the Compare page's order
    areas: list[CouncilArea]
    features: list[dict[str, Any]]  # GeoJSON features, properties: code, name, region, value, shown
    table: Table  # one row per region: region, its council areas, the figure as shown
    title: str
    legend: str
    no_region: str  # what a grey council area means
    attribution: str
    sentence: str


@cache
def boundaries() -> dict[str, Any]:
    """The shipped GeoJSON of the 22 council areas (read once per process)."""
    text = resources.files("tirlun.seed.boundaries").joinpath(BOUNDARIES).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def choices(res: CompareAnswer) -> list[Indicator]:
    return [i for i in res.indicators if i.key in MAPPABLE]


def answer(res: CompareAnswer, key: str = DEFAULT, lang: str = "en") -> MapAnswer:
    """The map of ``res`` shaded by indicator ``key`` (a key of MAPPABLE), worded in ``lang``."""
    if key not in MAPPABLE:
        raise ValueError(f"the map cannot shade by {key!r}; choose one of {', '.join(MAPPABLE)}")
    tr = translator(lang)
    options = choices(res)
    indicator = next((i for i in options if i.key == key), None)
    if indicator is None:  # an answer without regions still names the indicator
        indicator = Indicator(key, tr(f"compare.indicator.{key}"), tr(f"compare.rule.{key}"), "compare")
    by_area: dict[str, Region] = {}
    for region in res.regions:
        for area_id in region.local_authority_ids:
            by_area.setdefault(area_id, region)
    no_region = tr("compare.map.no_region")
    areas: list[CouncilArea] = []
    features: list[dict[str, Any]] = []
    for f in boundaries()["features"]:
        p = f["properties"]
        owner = by_area.get(p["area_id"])
        value = MAPPABLE[key](owner) if owner is not None else None
        shown = owner.shown.get(key, "") if owner is not None else no_region
        name = p["name_cy"] if lang == "cy" else p["name_en"]
        area = CouncilArea(code=p["code"], area_id=p["area_id"], name=name,
                           region_id=owner.id if owner else None, region=owner.name if owner else None,
                           value=None if value is None else float(value), shown=shown)
        areas.append(area)
        features.append({"type": "Feature", "geometry": f["geometry"],
                         "properties": {"code": area.code, "name": area.name, "region": area.region or no_region,
                                        "value": area.value, "shown": area.shown}})
    rows = [{"region": r.name, "shown": r.shown.get(key, ""), "councils": ", ".join(r.local_authorities)}
            for r in res.regions]
    table = Table(rows=rows, total=len(rows), columns=tuple(LABELS), labels=dict(LABELS),
                  empty_reason=res.empty_reason)
    day = res.as_of.isoformat()
    return MapAnswer(
        indicator=indicator, choices=options, areas=areas, features=features, table=table,
        title=tr("compare.map.title", indicator=indicator.label, date=day),
        legend=tr("compare.map.percent", indicator=indicator.label) if key == "illustrative" else indicator.label,
        no_region=no_region, attribution=tr("compare.map.attribution"),
        sentence=tr("compare.map.sentence", indicator=indicator.label, date=day,
                   shaded=sum(1 for a in areas if a.region_id), total=len(areas), regions=len(res.regions)))
