"""Turn a validated input into the ordered list of batched writes.

Nodes first (so every link finds its ends), then links between nodes of the same
kind, then relationship tables. Each statement is a named file in queries/_internal/load.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Mapping
from typing import Any

from tirlun import registry
from tirlun.database import Statement
from tirlun.loader.models import CRITERIA_SOURCE, CRITERION_NAMES, REGION_SCOPED, Person, Row
from tirlun.loader.validate import ValidInput

PROVENANCE = ("source", "as_of", "illustrative")

# Columns that become relationships rather than node properties.
LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "areas": ("parent_id",),
    "organisations": ("areas",),
    "partnerships": (
        "legislation", "legislation_section", "duty_legislation", "duty_section", "areas", "themes",
        "subgroup_of", "reports_to", "successor_id", "secretariat_id", "chair_org_id",
    ),
    "people": ("organisation_id",),
    "meetings": ("partnership_id", "themes"),
    "datasets": ("controller_id", "partnership_id", "themes"),
}


def _dump(row: Row) -> dict[str, Any]:
    """The row's fields as a new dict: what model_dump(mode="python") gives for these models, at a fraction of the cost.

    Every field holds a plain value (enums are stored as their values), so only lists need copying.
    """
    d = dict(row.__dict__)
    for k in _list_fields(type(row)):
        d[k] = d[k].copy()
    return d


@functools.cache
def _list_fields(model: type[Row]) -> tuple[str, ...]:
    return tuple(k for k, f in model.model_fields.items() if typing.get_origin(f.annotation) is list)


def _prov(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in PROVENANCE}


# Tables whose rows belong to the shared reference whoever loads them (loader/owners.py says why).
_SHARED = ("areas", "themes", "legislation")
Owners = Mapping[tuple[str, str], str]


def node_rows(table: str, rows: list[Row], region: str, owners: Owners | None = None) -> list[dict[str, Any]]:
    """Each row's node properties (with its owner) and link columns; ``owners`` maps (table, id) to the row's owner."""
    out = []
    links = LINK_COLUMNS.get(table, ())
    fallback = "wales" if table in _SHARED else region
    for row in rows:
        d = _dump(row)
        props = {k: v for k, v in d.items() if k not in links}
        if table in REGION_SCOPED:
            props["region"] = region
        props["owner"] = (owners or {}).get((table, str(d["id"])), fallback)
        out.append({"id": d["id"], "props": props, "prov": _prov(d), **{k: d[k] for k in links}})
    return out


def place_rows(data: ValidInput, owner: str) -> list[dict[str, Any]]:
    """Each place of an area in a hierarchy (area_parents rows, and areas' undated parent_id) as a PART_OF to write."""
    out = []
    for row in data.rows("area_parents"):
        d = _dump(row)
        props = {k: d[k] for k in ("since", "until", *PROVENANCE, "note")} | {"owner": owner}
        out.append({"area_id": d["area_id"], "parent_id": d["parent_id"], "props": props})
    for area in data.rows("areas"):
        d = _dump(area)
        if d["parent_id"] is not None:
            props = {"since": None, "until": None, **{k: d[k] for k in (*PROVENANCE, "note")}, "owner": owner}
            out.append({"area_id": d["id"], "parent_id": d["parent_id"], "props": props})
    return out


def build_plan(data: ValidInput, region: str, batch_size: int = 5000, owners: Owners | None = None) -> list[Statement]:
    """The writes, in order. Relationship tables come as one statement per batch of ``batch_size`` rows (see _interned).

    ``owners`` (from loader.owners.classify) gives each node its owner; without it, rows of the shared tables belong to
    the reference and the rest to ``region``.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    q = registry.get
    plan: list[Statement] = []
    criteria = [
        {
            "id": c.value,
            "props": {
                "id": c.value, "framework": c.framework.value, "name_en": en, "name_cy": cy,
                "source": CRITERIA_SOURCE[c.framework], "as_of": dt.date(2025, 11, 1), "illustrative": False,
                "owner": "wales",
            },
        }
        for c, (en, cy) in CRITERION_NAMES.items()
    ]
    plan.append(Statement(q("load_criteria"), criteria, label="criteria"))
    for table in ("areas", "themes", "legislation", "organisations", "partnerships", "people", "meetings", "datasets"):
        rows = data.rows(table)
        if rows:
            plan.append(Statement(q(f"load_{table}"), node_rows(table, rows, region, owners), label=table))
    places = place_rows(data, region)
    if places:
        plan.append(Statement(q("load_area_parents"), places, label="area_parents"))
    if data.rows("organisation_names"):  # former names, once their organisations exist (docs/graph-model.md)
        names = [{"organisation_id": d["organisation_id"], "props": d, "prov": _prov(d)}
                 for d in map(_dump, data.rows("organisation_names"))]
        plan.append(Statement(q("load_organisation_names"), names, label="organisation_names"))
    if data.rows("partnerships"):
        plan.append(Statement(q("link_partnerships"), node_rows("partnerships", data.rows("partnerships"), region, owners),
                              label="partnerships (links)"))
    if data.rows("dataset_flows"):
        plan.append(Statement(q("load_dataset_flows"), [_rel_row(r) for r in data.rows("dataset_flows")], label="dataset_flows"))
    if data.rows("memberships"):
        members = [_rel_row(r) for r in data.rows("memberships")]
        plan += _interned(q("load_memberships"), members, ("organisation_id", "partnership_id"), "memberships", batch_size)
    if data.rows("seats"):
        post_org = {p.id: p.organisation_id for p in data.rows_as("people", Person)}
        seats = []
        for r in data.rows("seats"):
            row = _rel_row(r)
            row["props"]["representing"] = row["props"]["representing"] or post_org.get(row["person_id"])
            seats.append(row)
        plan += _interned(q("load_seats"), seats, ("person_id", "partnership_id"), "seats", batch_size)
    if data.rows("attendance"):
        att = []
        for r in data.rows("attendance"):
            row = _rel_row(r)
            row["props"]["as"] = row["props"].pop("attended_as")
            att.append(row)
        plan += _interned(q("load_attendance"), att, ("person_id", "meeting_id"), "attendance", batch_size)
    if data.rows("assessments"):
        plan.append(Statement(q("load_assessments"), [_assessment_row(r, region) for r in data.rows("assessments")], label="assessments"))
    return plan


_REL_KEYS = {"organisation_id", "partnership_id", "person_id", "meeting_id", "dataset_id", "to_kind", "to_id"}


def _rel_row(row: Row) -> dict[str, Any]:
    d = _dump(row)
    keys, props = _rel_split(type(row))
    out = {k: d[k] for k in keys}
    out["props"] = {k: d[k] for k in props}
    return out


@functools.cache
def _rel_split(model: type[Row]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A relationship table's columns: the ids of its ends, and the relationship's properties."""
    names = tuple(model.model_fields)
    return tuple(k for k in names if k in _REL_KEYS), tuple(k for k in names if k not in _REL_KEYS)


def _interned(
    query: registry.Query, rows: list[dict[str, Any]], keys: tuple[str, ...], label: str, batch_size: int
) -> list[Statement]:
    """One statement per batch; each row is [*keys, i] and $props[i] its property map.

    Why: most relationship rows share their properties (the same source, date and role), and the
    driver and server spend more on a map sent with every row than on writing the row. Each batch
    carries its own table of distinct maps, so a batch never sends more than the plain rows would.
    """
    out = []
    for start in range(0, len(rows), batch_size):
        index: dict[tuple[tuple[Any, ...], tuple[Any, ...]], int] = {}
        table: list[dict[str, Any]] = []
        chunk: list[list[Any]] = []
        for row in rows[start : start + batch_size]:
            props = row["props"]
            # a column's values all have one type (the model's), so equal tuples mean equal maps
            sig = (tuple(props), tuple(props.values()))
            i = index.get(sig)
            if i is None:
                i = index[sig] = len(table)
                table.append(props)
            chunk.append([*(row[k] for k in keys), i])
        out.append(Statement(query, chunk, {"props": table}, label=label))
    return out


def _assessment_row(row: Row, region: str) -> dict[str, Any]:
    d = _dump(row)
    return {
        "assessment_id": d["assessment_id"],
        "partnership_id": d["partnership_id"],
        "criterion": d["criterion"],
        "node_props": {
            "id": d["assessment_id"], "date": d["date"], "partnership_id": d["partnership_id"],
            "region": region, "owner": region, **_prov(d),
        },
        "prov": _prov(d),
        "props": {"score": d["score"], "notes": d["notes"], "note": d["note"], **_prov(d)},
    }


def criterion_ids() -> list[str]:
    """The ids of the Criterion nodes every plan writes (shared reference nodes, like areas)."""
    return [c.value for c in CRITERION_NAMES]


def row_count(plan: list[Statement]) -> int:
    return sum(len(s.rows) for s in plan)
