"""The shared Wales reference as tables, and the copies of it a region's seed repeats.

One definition (seed/wales_areas.py, wales_orgs.py, wales_law.py, wales_partnerships.py) feeds both
seed/build_reference.py and the regional builders. The labelling rule (seed/ctm_labels.py) is applied here,
once, before any builder reads a row, so every copy of a shared row is the same row: the loader treats an
identical repeat as a reference and any difference as a proposed change to the reference.
"""

from __future__ import annotations

from seed.ctm_common import Row
from seed.ctm_labels import apply_rule
from seed.wales_areas import AREA_PARENTS, AREAS
from seed.wales_law import LEGISLATION, THEMES
from seed.wales_orgs import ORGANISATION_NAMES, ORGANISATIONS
from seed.wales_partnerships import CJC_MEMBERSHIPS, PARTNERSHIPS, SHARED_MEMBERSHIPS

for _rows in (AREAS, AREA_PARENTS, THEMES, LEGISLATION, ORGANISATIONS, ORGANISATION_NAMES, PARTNERSHIPS,
              SHARED_MEMBERSHIPS, CJC_MEMBERSHIPS):
    apply_rule(_rows)

ORG_IDS = {o["id"] for o in ORGANISATIONS}
# A membership is the reference's when both its partnership and its organisation are (one skills-partnership
# row names a CTM college: it stays CTM's own).
MEMBERSHIPS: list[Row] = [m for m in SHARED_MEMBERSHIPS if m["organisation_id"] in ORG_IDS] + CJC_MEMBERSHIPS


def reference_tables() -> dict[str, list[Row]]:
    """Every table of the reference folder (seed/reference); the region-only tables are empty."""
    return {
        "areas": AREAS, "area_parents": AREA_PARENTS, "themes": THEMES, "legislation": LEGISLATION,
        "organisations": ORGANISATIONS, "organisation_names": ORGANISATION_NAMES, "partnerships": PARTNERSHIPS,
        "people": [], "meetings": [], "datasets": [], "dataset_flows": [], "memberships": MEMBERSHIPS, "seats": [],
        "attendance": [], "assessments": [],
    }


def areas_for(ids: list[str]) -> list[Row]:
    """The reference's rows of these areas, in the reference's order."""
    wanted = set(ids)
    missing = wanted - {a["id"] for a in AREAS}
    if missing:
        raise KeyError(f"areas not in the reference: {sorted(missing)}")
    return [a for a in AREAS if a["id"] in wanted]


def area_parents_for(ids: list[str]) -> list[Row]:
    """The reference's dated hierarchy rows between these areas (both ends among them)."""
    wanted = set(ids)
    return [r for r in AREA_PARENTS if r["area_id"] in wanted and r["parent_id"] in wanted]


def organisation_names_for(ids: list[str]) -> list[Row]:
    wanted = set(ids)
    return [r for r in ORGANISATION_NAMES if r["organisation_id"] in wanted]


def organisations_for(ids: list[str]) -> list[Row]:
    by_id = {o["id"]: o for o in ORGANISATIONS}
    return [by_id[i] for i in ids]


# The areas the CTM seed repeats: its region, its councils and the neighbouring ones its rows name, the police,
# fire and city-region areas. Only `ctm` is of kind region, so the loader infers the region from the file.
CTM_AREA_IDS = [
    "wales", "ctm", "bridgend", "merthyr-tydfil", "rhondda-cynon-taf", "south-wales-police-area",
    "south-wales-fire-area", "cardiff-capital-region", "cardiff", "newport", "caerphilly", "blaenau-gwent", "torfaen",
    "monmouthshire", "vale-of-glamorgan", "swansea", "neath-port-talbot",
]


def ctm_areas() -> list[Row]:
    return areas_for(CTM_AREA_IDS)


def ctm_area_parents() -> list[Row]:
    return area_parents_for(CTM_AREA_IDS)


def ctm_organisation_names() -> list[Row]:
    return organisation_names_for(["ctmuhb", "swansea-bay-uhb"])
