"""What a load would change, table by table, before anything is written.

Why: a coordinator loading an edited workbook should see "2 memberships ended, 1 added, 1
meeting moved" and confirm, not find out afterwards. The graph side is read with the export
queries (loader/export.py), so both sides are rows of the input format and compare cell by cell.

Rows are matched on each table's key (loader/models.py). A row is *added* when its key is not in
the graph, *changed* when a cell differs (old -> new), and *removed* when a row its owner holds is
not in the input: a file is its region's whole truth ("add only" keeps what the file leaves out).
A row of another owner that the file repeats unchanged is no change; one that differs is
*proposed*: listed with its owner and how to apply it, never written (loader/owners.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tirlun.database import Database
from tirlun.loader.export import REFERENCE_TABLES, REGION_TABLES, Cells, graph_rows
from tirlun.loader.models import TABLES, TABLES_BY_NAME
from tirlun.loader.owners import Ownership, cell_text, classify
from tirlun.loader.validate import ValidInput


@dataclass(frozen=True)
class RowChange:
    table: str
    key: str  # the row's key as the user reads it: "bcbc / ctm-psb / member"
    kind: str  # added, changed, removed or proposed
    row: int | None  # the row number in the input (None for removed rows)
    changes: tuple[tuple[str, str, str], ...] = ()  # (column, old, new)
    owner: str = ""  # for a proposed change: who owns the row, and so may apply it

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "key": self.key, "change": self.kind, "row": self.row,
                "detail": "; ".join(f"{c}: {o or '∅'} → {n or '∅'}" for c, o, n in self.changes),
                "owner": self.owner}


@dataclass
class Diff:
    region: str
    replace: bool  # the file is the region's whole truth (not "add only"): rows it leaves out are removed
    rows: list[RowChange] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)  # rows of other owners repeated unchanged

    def counts(self) -> list[dict[str, Any]]:
        """Per table with any change: added, changed, removed, proposed."""
        out = []
        for table in TABLES:
            mine = [r for r in self.rows if r.table == table.name]
            if mine:
                out.append({"table": table.name, **{k: sum(r.kind == k for r in mine)
                                                    for k in ("added", "changed", "removed", "proposed")}})
        return out

    @property
    def proposed(self) -> list[RowChange]:
        return [r for r in self.rows if r.kind == "proposed"]

    @property
    def writes(self) -> bool:
        """Whether confirming would write anything (proposals alone write nothing)."""
        return any(r.kind != "proposed" for r in self.rows)

    @property
    def empty(self) -> bool:
        return not self.rows




def _key(table: str, cells: Cells) -> tuple[str, ...]:
    return tuple(cell_text(cells.get(k)) for k in TABLES_BY_NAME[table].key)


def diff(db: Database, validated: ValidInput, region: str, *, add_only: bool = False,
         ownership: Ownership | None = None) -> Diff:
    """Compare a validated input with the graph, owner by owner; nothing is written."""
    own = ownership or classify(db, validated, region, add_only=add_only)
    mine = own.write
    out = Diff(region, not add_only, references=dict(own.references))
    graph: dict[str, list[Cells]] = {name: graph_rows(db, name, region) for name in REGION_TABLES}
    for name in REFERENCE_TABLES:
        ids = {str(r.cell("id")) for r in mine.rows(name)}
        graph[name] = graph_rows(db, name, None, ids) if ids else []
    placed = {str(r.cell("area_id")) for r in mine.rows("area_parents")}
    ends = placed | {str(r.cell("parent_id")) for r in mine.rows("area_parents")}
    graph["area_parents"] = [g for g in graph_rows(db, "area_parents", region, ends)
                             if str(g["area_id"]) in placed] if placed else []
    post_org = {str(p["id"]): p.get("organisation_id") for p in graph["people"]}
    post_org |= {str(r.cell("id")): r.cell("organisation_id") for r in validated.rows("people")}
    for table in TABLES:
        if table.name not in graph:
            continue
        # an area's places are rows of area_parents
        columns = [c for c in table.columns if not (table.name == "areas" and c == "parent_id")]
        before = {_key(table.name, g): g for g in graph[table.name]}
        if not before and table.name != "seats":
            # Nothing of this table in the graph yet (a region's first load): every row is added and none removed,
            # so only the key is read, not every cell twice (at scale 1 that was most of the time before writing).
            wanted = set(columns)
            for rownum, row in mine.tables.get(table.name, []):
                key = tuple(cell_text(row.cell(k) if k in wanted else None) for k in table.key)
                out.rows.append(RowChange(table.name, " / ".join(key), "added", rownum))
            continue
        seen: set[tuple[str, ...]] = set()
        for rownum, row in mine.tables.get(table.name, []):
            cells = {c: row.cell(c) for c in columns}
            if table.name == "seats" and cells.get("representing") is None:
                cells["representing"] = post_org.get(str(cells["person_id"]))  # as the load fills it
            key = _key(table.name, cells)
            seen.add(key)
            label = " / ".join(key)
            old = before.get(key)
            if old is None:
                out.rows.append(RowChange(table.name, label, "added", rownum))
                continue
            changes = tuple((c, cell_text(old.get(c)), cell_text(cells.get(c))) for c in columns
                            if cell_text(old.get(c)) != cell_text(cells.get(c)))
            if changes:
                out.rows.append(RowChange(table.name, label, "changed", rownum, changes))
        if not add_only and table.name in REGION_TABLES:
            repeated = {_key(table.name, {c: r.cell(c) for c in table.columns})
                        for _, r in validated.tables.get(table.name, [])}
            for key in sorted(set(before) - seen - repeated):
                out.rows.append(RowChange(table.name, " / ".join(key), "removed", None))
    for rid in sorted(own.removed.get("Organisation", [])):
        out.rows.append(RowChange("organisations", rid, "removed", None))
    for p in own.proposals:
        out.rows.append(RowChange(p.table, p.key, "proposed", p.row, p.changes, p.owner))
    return out
