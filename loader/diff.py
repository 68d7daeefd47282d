"""What a load would change, table by table, before anything is written.

Why: a coordinator loading an edited workbook should see "2 memberships ended, 1 added, 1
meeting moved" and confirm, not find out afterwards. The graph side is read with the export
queries (loader/export.py), so both sides are rows of the input format and compare cell by cell.

Rows are matched on each table's key (loader/models.py). A row is *added* when its key is not in
the graph, *changed* when a cell differs (old -> new), and, with replace, *removed* when a
region-scoped row of the graph is not in the input. A plain load merges: rows the input leaves
out stay as they are, so nothing is removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tirlun.database import Database
from tirlun.loader.export import REFERENCE_TABLES, REGION_TABLES, Cells, graph_rows, text_cell
from tirlun.loader.models import TABLES, TABLES_BY_NAME
from tirlun.loader.validate import ValidInput


@dataclass(frozen=True)
class RowChange:
    table: str
    key: str  # the row's key as the user reads it: "bcbc / ctm-psb / member"
    kind: str  # added, changed or removed
    row: int | None  # the row number in the input (None for removed rows)
    changes: tuple[tuple[str, str, str], ...] = ()  # (column, old, new)

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "key": self.key, "change": self.kind, "row": self.row,
                "detail": "; ".join(f"{c}: {o or '∅'} → {n or '∅'}" for c, o, n in self.changes)}


@dataclass
class Diff:
    region: str
    replace: bool
    rows: list[RowChange] = field(default_factory=list)

    def counts(self) -> list[dict[str, Any]]:
        """Per table with any change: added, changed, removed."""
        out = []
        for table in TABLES:
            mine = [r for r in self.rows if r.table == table.name]
            if mine:
                out.append({"table": table.name, **{k: sum(r.kind == k for r in mine)
                                                    for k in ("added", "changed", "removed")}})
        return out

    @property
    def empty(self) -> bool:
        return not self.rows


def cell_text(value: Any) -> str:
    """One spelling per value on both sides: lists sorted (their order means nothing in the graph)."""
    if isinstance(value, list):
        return ";".join(sorted(str(v) for v in value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return text_cell(value)


def _key(table: str, cells: Cells) -> tuple[str, ...]:
    return tuple(cell_text(cells.get(k)) for k in TABLES_BY_NAME[table].key)


def diff(db: Database, validated: ValidInput, region: str, *, replace: bool = False) -> Diff:
    """Compare a validated input with the graph; nothing is written."""
    out = Diff(region, replace)
    graph: dict[str, list[Cells]] = {name: graph_rows(db, name, region) for name in REGION_TABLES}
    for name in REFERENCE_TABLES:
        ids = {str(r.cell("id")) for r in validated.rows(name)}
        graph[name] = graph_rows(db, name, None, ids) if ids else []
    post_org = {str(p["id"]): p.get("organisation_id") for p in graph["people"]}
    post_org |= {str(r.cell("id")): r.cell("organisation_id") for r in validated.rows("people")}
    for table in TABLES:
        columns = table.columns
        before = {_key(table.name, g): g for g in graph[table.name]}
        seen: set[tuple[str, ...]] = set()
        for rownum, row in validated.tables.get(table.name, []):
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
        if replace and table.name in REGION_TABLES:
            for key in sorted(set(before) - seen):
                out.rows.append(RowChange(table.name, " / ".join(key), "removed", None))
    return out
