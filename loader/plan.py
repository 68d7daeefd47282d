"""Turn a validated input into the ordered list of batched writes.

Nodes first (so every link finds its ends), then links between nodes of the same
kind, then relationship tables. Each statement is a named file in queries/_internal/load.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from loader.models import CRITERIA_SOURCE, CRITERION_NAMES, REGION_SCOPED, Row
from loader.validate import ValidInput
from tirlun import registry
from tirlun.database import Statement

PROVENANCE = ("source", "as_of", "illustrative")

# Columns that become relationships rather than node properties.
LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "areas": ("parent_id",),
    "organisations": ("areas",),
    "partnerships": (
        "legislation", "areas", "themes", "subgroup_of", "reports_to",
        "successor_id", "secretariat_id", "chair_org_id",
    ),
    "people": ("organisation_id",),
    "meetings": ("partnership_id", "themes"),
    "datasets": ("holder_id", "partnership_id", "themes"),
}


def _dump(row: Row) -> dict[str, Any]:
    return row.model_dump(mode="python")


def _prov(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in PROVENANCE}


def node_rows(table: str, rows: list[Row], region: str) -> list[dict[str, Any]]:
    out = []
    links = LINK_COLUMNS.get(table, ())
    for row in rows:
        d = _dump(row)
        props = {k: v for k, v in d.items() if k not in links}
        if table in REGION_SCOPED:
            props["region"] = region
        out.append({"id": d["id"], "props": props, "prov": _prov(d), **{k: d[k] for k in links}})
    return out


def build_plan(data: ValidInput, region: str) -> list[Statement]:
    q = registry.get
    plan: list[Statement] = []
    criteria = [
        {
            "id": c.value,
            "props": {
                "id": c.value, "framework": c.framework.value, "name_en": en, "name_cy": cy,
                "source": CRITERIA_SOURCE[c.framework], "as_of": dt.date(2025, 11, 1), "illustrative": False,
            },
        }
        for c, (en, cy) in CRITERION_NAMES.items()
    ]
    plan.append(Statement(q("load_criteria"), criteria, label="criteria"))
    for table in ("areas", "themes", "legislation", "organisations", "partnerships", "people", "meetings", "datasets"):
        rows = data.rows(table)
        if rows:
            plan.append(Statement(q(f"load_{table}"), node_rows(table, rows, region), label=table))
    if data.rows("areas"):
        plan.append(Statement(q("link_areas"), node_rows("areas", data.rows("areas"), region), label="areas (links)"))
    if data.rows("partnerships"):
        plan.append(
            Statement(q("link_partnerships"), node_rows("partnerships", data.rows("partnerships"), region), label="partnerships (links)")
        )
    if data.rows("dataset_flows"):
        plan.append(Statement(q("load_dataset_flows"), [_rel_row(r) for r in data.rows("dataset_flows")], label="dataset_flows"))
    if data.rows("memberships"):
        plan.append(Statement(q("load_memberships"), [_rel_row(r) for r in data.rows("memberships")], label="memberships"))
    if data.rows("seats"):
        post_org = {p.id: p.organisation_id for p in data.rows("people")}  # type: ignore[attr-defined]
        seats = []
        for r in data.rows("seats"):
            row = _rel_row(r)
            row["props"]["representing"] = row["props"]["representing"] or post_org.get(row["person_id"])
            seats.append(row)
        plan.append(Statement(q("load_seats"), seats, label="seats"))
    if data.rows("attendance"):
        att = []
        for r in data.rows("attendance"):
            row = _rel_row(r)
            row["props"]["as"] = row["props"].pop("attended_as")
            att.append(row)
        plan.append(Statement(q("load_attendance"), att, label="attendance"))
    if data.rows("assessments"):
        plan.append(Statement(q("load_assessments"), [_assessment_row(r, region) for r in data.rows("assessments")], label="assessments"))
    return plan


_REL_KEYS = {"organisation_id", "partnership_id", "person_id", "meeting_id", "dataset_id", "to_kind", "to_id"}


def _rel_row(row: Row) -> dict[str, Any]:
    d = _dump(row)
    keys = {k: d[k] for k in d if k in _REL_KEYS}
    props = {k: v for k, v in d.items() if k not in _REL_KEYS}
    return {**keys, "props": props}


def _assessment_row(row: Row, region: str) -> dict[str, Any]:
    d = _dump(row)
    return {
        "assessment_id": d["assessment_id"],
        "partnership_id": d["partnership_id"],
        "criterion": d["criterion"],
        "node_props": {
            "id": d["assessment_id"], "date": d["date"], "partnership_id": d["partnership_id"],
            "region": region, **_prov(d),
        },
        "prov": _prov(d),
        "props": {"score": d["score"], "notes": d["notes"], "note": d["note"], **_prov(d)},
    }


def row_count(plan: list[Statement]) -> int:
    return sum(len(s.rows) for s in plan)
