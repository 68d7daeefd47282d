"""Who owns each row, and so what a load may change.

Every node belongs to one owner: a region (what that region's load brings) or the shared Wales reference
(``wales``): areas, themes, legislation, the all-Wales and cross-region bodies, the councils as organisations and
the national partnerships. A load is made by one owner: a region's file, or the reference itself
(``tirlun reference load``). What it may do follows from the owners:

- its own rows it adds, changes and (unless the load is "add only") removes: the file is the owner's whole truth;
- a row of another owner that the file repeats unchanged is a reference to it (blank cells and provenance
  columns are not compared: a blank never erases a value, and another source for the same fact changes nothing);
- a row of another owner that differs is never applied: it is listed as a proposed change, for its owner to apply;
- a post, meeting, dataset, assessment or partnership id that another region owns is refused before anything is
  written, naming the owner and suggesting a free id;
- a new row of a table that is shared by nature (areas, themes, legislation, the all-Wales bodies) joins the
  reference; a region never owns it;
- saying an area is part of another (``areas.parent_id`` or an ``area_parents`` row) adds that dated place in a
  hierarchy, owned by whoever said it, and never removes the area from any other hierarchy.

Relationships belong to the node that holds them: memberships to their partnership (or to their organisation when
a region's own organisation joins another owner's partnership), seats to their post,
attendance to its meeting, flows to their dataset, former names to their organisation, a partnership's links to
the partnership; a place in an area hierarchy (PART_OF) carries its own ``owner``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tirlun.database import Database
from tirlun.i18n import EN, Msg, Translator, msg
from tirlun.loader.models import TABLES_BY_NAME, TARGET_TABLE, AreaParent, OrgType, Row
from tirlun.loader.validate import Problem, ValidInput

REFERENCE = "wales"

NODE_LABELS = {
    "areas": "Area", "themes": "Theme", "legislation": "Legislation", "organisations": "Organisation",
    "partnerships": "Partnership", "people": "Person", "meetings": "Meeting", "datasets": "Dataset",
}
# Tables whose new rows join the shared reference whoever loads them.
SHARED_BY_NATURE = ("areas", "themes", "legislation")
# Tables only a region owns: another region's id here is a clash, never a reference to repeat.
REGION_ONLY = ("people", "meetings", "datasets")
# Organisations that are all-Wales or cross-region bodies by their type: a region's file never owns them.
SHARED_ORG_TYPES = frozenset({
    OrgType.local_authority, OrgType.local_health_board, OrgType.nhs_trust, OrgType.police_force,
    OrgType.police_and_crime_commissioner, OrgType.fire_and_rescue_authority, OrgType.natural_resources_wales,
    OrgType.probation_service, OrgType.prison, OrgType.welsh_government, OrgType.inspectorate, OrgType.commissioner,
})
# Relationship tables: the column naming the node that holds each row, and that node's table.
HOLDERS = {
    "memberships": ("partnership_id", "partnerships"),  # or the organisation, when the loader owns it
    "seats": ("person_id", "people"),
    "attendance": ("meeting_id", "meetings"),
    "dataset_flows": ("dataset_id", "datasets"),
    "organisation_names": ("organisation_id", "organisations"),
    "assessments": ("partnership_id", "partnerships"),
}
PROVENANCE = ("source", "as_of", "illustrative", "note", "source_cy")
SHIPPED_REFERENCE = Path(__file__).resolve().parent.parent / "seed" / "reference"


@cache
def shipped_ids(table: str) -> frozenset[str]:
    """Ids of the reference Tirlun ships (seed/reference/), so a region's copy of a national body joins the reference."""
    path = SHIPPED_REFERENCE / f"{table}.csv"
    if not path.exists():
        return frozenset()
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["id"] for row in csv.DictReader(fh) if row.get("id"))


@dataclass(frozen=True)
class Proposal:
    """A row of another owner that the file changes: listed, never applied."""

    table: str
    key: str
    owner: str
    where: str
    row: int
    changes: tuple[tuple[str, str, str], ...]  # (column, the owner's value, the file's value)

    def how(self) -> Msg:
        """Who applies the change, and how: for the reader to word (``tr.say``)."""
        if self.owner == REFERENCE:
            return msg("owners.apply_reference")
        return msg("owners.apply_region", owner=self.owner)

    def as_dict(self, tr: Translator = EN) -> dict[str, Any]:
        """The proposal as plain data; ``how`` in English unless a translator is given."""
        return {"table": self.table, "key": self.key, "owner": self.owner, "file": self.where, "row": self.row,
                "detail": "; ".join(f"{c}: {o or '∅'} → {n or '∅'}" for c, o, n in self.changes),
                "how": tr.say(self.how())}


@dataclass
class Ownership:
    """What one load may write, once every row of its file has been matched to its owner."""

    owner: str
    write: ValidInput  # the rows this load writes (its own, and new rows of the reference)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, id) -> owner, file and graph
    references: dict[str, int] = field(default_factory=dict)  # rows repeated unchanged, per table
    proposals: list[Proposal] = field(default_factory=list)
    clashes: list[Problem] = field(default_factory=list)
    joins_reference: list[tuple[str, str]] = field(default_factory=list)  # (table, id) new rows of the reference
    removed: dict[str, list[str]] = field(default_factory=dict)  # label -> own ids the file no longer has


def cell_text(value: Any) -> str:
    """One spelling per value: lists sorted, whole floats as integers, times to the minute."""
    from tirlun.loader.export import text_cell

    if isinstance(value, list):
        return ";".join(sorted(str(v) for v in value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return text_cell(value)


def differences(table: str, mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    """The facts a repeated row would change: its filled cells that differ, provenance aside."""
    out = []
    for column in TABLES_BY_NAME[table].columns:
        if column in PROVENANCE or column == "parent_id":
            continue
        new = cell_text(mine.get(column))
        if new == "":
            continue  # a blank cell never erases a value
        old = cell_text(theirs.get(column))
        if new != old:
            out.append((column, old, new))
    return tuple(out)


def _cells(table: str, row: Row) -> dict[str, Any]:
    return {c: row.cell(c) for c in TABLES_BY_NAME[table].columns}


def _key(table: str, cells: dict[str, Any]) -> tuple[str, ...]:
    return tuple(cell_text(cells.get(k)) for k in TABLES_BY_NAME[table].key)


def natural_owner(table: str, row: Row, loader: str) -> str:
    """Who owns a row that is new to the graph."""
    if loader == REFERENCE or table in SHARED_BY_NATURE:
        return REFERENCE
    if table == "organisations":
        shared = row.cell("org_type") in SHARED_ORG_TYPES or str(row.cell("id")) in shipped_ids("organisations")
        return REFERENCE if shared else loader
    if table == "partnerships" and str(row.cell("id")) in shipped_ids("partnerships"):
        return REFERENCE
    return loader


def free_id(taken: set[str], wanted: str, region: str) -> str:
    """An id like the one wanted that nobody uses: '<id>-<region>', then with a number."""
    candidate = f"{wanted}-{region}"
    n = 2
    while candidate in taken:
        candidate = f"{wanted}-{region}-{n}"
        n += 1
    return candidate


def graph_owners(db: Database, data: ValidInput) -> dict[tuple[str, str], str]:
    """The owner of every node the file names (as its own rows or in a reference column) that the graph holds."""
    wanted: set[tuple[str, str]] = set()
    for table, label in NODE_LABELS.items():
        wanted |= {(label, str(r.cell("id"))) for r in data.rows(table)}
    for name, rows in data.tables.items():
        for ref in TABLES_BY_NAME[name].refs:
            for _, row in rows:
                target = ref.table or TARGET_TABLE.get(str(row.cell(ref.kind_column or "")), "")
                if target not in NODE_LABELS:
                    continue
                value = row.cell(ref.column)
                for v in value if isinstance(value, list) else [value]:
                    if v is not None:
                        wanted.add((NODE_LABELS[target], str(v)))
    assessments = {str(r.cell("assessment_id")) for r in data.rows("assessments")}
    wanted |= {("Assessment", a) for a in assessments}
    found = db.read("owners_of", {"refs": [{"label": label, "id": i} for label, i in sorted(wanted)]})
    table_of = {label: table for table, label in NODE_LABELS.items()} | {"Assessment": "assessments"}
    return {(table_of[r["label"]], str(r["id"])): str(r["owner"]) for r in found}


def classify(db: Database, data: ValidInput, owner: str, *, add_only: bool = False) -> Ownership:
    """Match every row of a validated file to its owner: what the load writes, repeats, proposes or refuses."""
    found = graph_owners(db, data)
    out = Ownership(owner, ValidInput(data.path, where=dict(data.where), typed_ids=data.typed_ids, notes=data.notes))
    out.owners = dict(found)
    theirs: dict[tuple[str, str | None], dict[tuple[str, ...], dict[str, Any]]] = {}

    def graph_row(table: str, key: tuple[str, ...], *, ids: Iterable[str] = (), region: str | None = None
                  ) -> dict[str, Any] | None:
        """The graph's row with this key: reference tables are read by id, a region's tables whole (once)."""
        from tirlun.loader.export import graph_rows

        wanted = set(ids)
        if wanted or (table, region) not in theirs:
            rows = graph_rows(db, table, region, wanted) if (wanted or region) else []
            theirs.setdefault((table, region), {}).update({_key(table, r): r for r in rows})
        return theirs[(table, region)].get(key)

    def keep(table: str, item: tuple[int, Row]) -> None:
        out.write.tables.setdefault(table, []).append(item)

    # Nodes first: every row's owner is known before the relationships that hang off them.
    for table in ("areas", "themes", "legislation", "organisations", "partnerships", "people", "meetings", "datasets"):
        for rownum, row in data.tables.get(table, []):
            rid = str(row.cell("id"))
            current = found.get((table, rid))
            if current is None:
                out.owners[(table, rid)] = natural_owner(table, row, owner)
                if out.owners[(table, rid)] == REFERENCE and owner != REFERENCE:
                    out.joins_reference.append((table, rid))
                keep(table, (rownum, row))
                continue
            if current == owner:
                keep(table, (rownum, row))
                continue
            cells = _cells(table, row)
            by_region = table in REGION_ONLY  # posts, meetings, datasets: read region by region; the rest by id
            old = graph_row(table, _key(table, cells), ids=() if by_region else [rid], region=current if by_region else None)
            changes = differences(table, cells, old or {})
            if not changes:
                out.references[table] = out.references.get(table, 0) + 1
            elif table in REGION_ONLY or (table == "partnerships" and current != REFERENCE):
                taken = {i for (tb, i) in out.owners if tb == table}
                out.clashes.append(Problem(data.where[table], rownum, "id", rid, msg(
                    "owners.id_clash", thing=msg(f"load.thing.{_thing(table)}"), id=rid, owner=current,
                    free=free_id(taken, rid, owner))))
            else:
                out.proposals.append(Proposal(table, rid, current, data.where[table], rownum, changes))
    # Assessments: the region's own, unless another region owns the id.
    for rownum, row in data.tables.get("assessments", []):
        aid = str(row.cell("assessment_id"))
        current = found.get(("assessments", aid))
        if current not in (None, owner):
            out.clashes.append(Problem(data.where["assessments"], rownum, "assessment_id", aid, msg(
                "owners.id_clash", thing=msg("load.thing.assessment"), id=aid, owner=current,
                free=free_id(set(), aid, owner))))
            continue
        out.owners[("assessments", aid)] = owner
        keep("assessments", (rownum, row))
    # Relationships: the holder's owner decides.
    joining = set(out.joins_reference)
    for table, (column, holder_table) in HOLDERS.items():
        if table == "assessments" or (table == "organisation_names" and not _has_query("export_organisation_names")):
            continue
        for rownum, row in data.tables.get(table, []):
            holder = out.owners.get((holder_table, str(row.cell(column))), owner)
            if (table == "memberships" and owner != REFERENCE
                    and out.owners.get(("organisations", str(row.cell("organisation_id")))) == owner):
                holder = owner  # the region's own organisation joining another owner's partnership: the region's row
            if holder == owner or (holder_table, str(row.cell(column))) in joining:
                # its own row, or a row of a body this very load adds to the reference (a new national board's members)
                keep(table, (rownum, row))
                continue
            cells = _cells(table, row)
            key = _key(table, cells)
            by_id = holder_table == "organisations"
            old = graph_row(table, key, ids=[str(row.cell(column))] if by_id else (), region=None if by_id else holder)
            changes = differences(table, cells, old) if old is not None else tuple(
                (c, "", cell_text(cells.get(c))) for c in TABLES_BY_NAME[table].key)
            if not changes:
                out.references[table] = out.references.get(table, 0) + 1
            else:
                out.proposals.append(Proposal(table, " / ".join(key), holder, data.where[table], rownum, changes))
    _area_places(db, data, owner, out)
    if not add_only:
        _removals(db, out)
    return out


def _has_query(name: str) -> bool:
    from tirlun import registry

    return name in registry.registry().queries


def _thing(table: str) -> str:
    return {"people": "person", "meetings": "meeting", "datasets": "dataset", "partnerships": "partnership",
            "organisations": "organisation", "areas": "area", "themes": "theme", "legislation": "legislation"}[table]


def _area_places(db: Database, data: ValidInput, owner: str, out: Ownership) -> None:
    """Each area's places in hierarchies: added when new, kept when repeated, proposed when another owner's differs.

    ``areas.parent_id`` is an undated place: it is there already if the area sits in that parent on any dates.
    """
    areas = {str(r.cell("id")) for r in data.rows("areas")} | {str(r.cell("area_id")) for r in data.rows("area_parents")}
    edges = db.read("area_places", {"ids": sorted(areas)}) if areas else []
    by_key: dict[tuple[str, ...], dict[str, Any]] = {(e["area_id"], e["parent_id"], cell_text(e["since"])): e
                                                     for e in edges}
    # places another owner recorded: an undated parent_id that one of them already says is no change
    linked = {(e["area_id"], e["parent_id"]) for e in edges if e["owner"] != owner}
    places: list[tuple[int, Row]] = []
    for rownum, area in data.tables.get("areas", []):
        parent = area.cell("parent_id")
        if parent is None or (str(area.cell("id")), str(parent)) in linked:
            continue
        undated = AreaParent.model_construct(
            area_id=area.cell("id"), parent_id=parent, since=None, until=None, source=area.cell("source"),
            as_of=area.cell("as_of"), illustrative=area.cell("illustrative"), note=area.cell("note"))
        places.append((rownum, undated))
        linked.add((str(area.cell("id")), str(parent)))
    for rownum, place in data.tables.get("area_parents", []):
        cells = _cells("area_parents", place)
        edge = by_key.get(_key("area_parents", cells))
        if edge is None or edge["owner"] == owner:
            places.append((rownum, place))
            continue
        changes = differences("area_parents", cells, edge)
        if changes:
            out.proposals.append(Proposal("area_parents", " / ".join(_key("area_parents", cells)), str(edge["owner"]),
                                          data.where["area_parents"], rownum, changes))
        else:
            out.references["area_parents"] = out.references.get("area_parents", 0) + 1
    out.write.tables["area_parents"] = places
    # area rows themselves carry no parent once their places are rows of area_parents
    out.write.tables["areas"] = [(n, a.model_copy(update={"parent_id": None})) for n, a in out.write.tables.get("areas", [])]


def _removals(db: Database, out: Ownership) -> None:
    """The owner's nodes the file no longer has: removed once confirmed (the file is the owner's whole truth)."""
    kept: dict[str, set[str]] = {}
    for table, rows in out.write.tables.items():
        label = NODE_LABELS.get(table) or ("Assessment" if table == "assessments" else "")
        if not label:
            continue
        ident = "assessment_id" if table == "assessments" else "id"
        kept.setdefault(label, set()).update(str(r.cell(ident)) for _, r in rows)
    for row in db.read("owned_ids", {"owner": out.owner}):
        if row["id"] not in kept.get(row["label"], set()):
            out.removed.setdefault(row["label"], []).append(str(row["id"]))
