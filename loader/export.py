"""Write a region's landscape back out in exactly the input format (CSV folder or workbook).

Why: coordinators keep their data in spreadsheets. Export gives them the region as the template
they already know (same tables, same columns, the same bilingual help), they change it in Excel
and load it again; export then load into an empty graph gives the same graph.

What a region's export holds: every region-scoped row (partnerships, posts, meetings, datasets,
assessments and the memberships, seats, attendance and flows that hang off them), and the shared
reference rows (areas, themes, legislation, organisations) that those rows point to, that the
region's rows touch or that the region owns, with every area's places in the hierarchies the
reference or the region recorded, so the export validates on its own and is the same whatever
other regions are loaded. The rows come from the queries in queries/_internal/export/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import msg
from tirlun.loader.models import REGION_SCOPED, TABLES, TABLES_BY_NAME, TARGET_TABLE, to_cell
from tirlun.loader.template import write_csv_folder, write_workbook

# Region-scoped tables and the tables of relationships that hang off them.
REGION_TABLES = ("partnerships", "people", "meetings", "datasets", "dataset_flows", "memberships", "seats",
                 "attendance", "assessments")
# Reference tables, in the order their references need (organisations name areas).
REFERENCE_TABLES = ("themes", "legislation", "organisations", "areas")

Cells = dict[str, Any]
PROV = ("source", "as_of", "illustrative")


def graph_rows(db: Database, table: str, region: str | None, ids: set[str] | None = None) -> list[Cells]:
    """One table's rows as the graph holds them, keyed by the table's columns (plain Python values).

    Reference tables give the rows with ``ids`` and, when ``region`` is set, those the region uses.
    """
    columns = TABLES_BY_NAME[table].columns
    params: dict[str, Any] = {} if table == "organisation_names" else {"region": region}
    if table in (*REFERENCE_TABLES, "area_parents", "organisation_names", "partnerships"):
        params["ids"] = sorted(ids or ())
    out = []
    rows = db.read(f"export_{table}", params)
    if table == "assessments":
        # The Assessment node keeps the provenance of its last row loaded: that row goes last again.
        rows.sort(key=lambda r: (r["assessment_id"], [r["props"].get(k) for k in PROV] == r["node_prov"]))
    for r in rows:
        props = dict(r.pop("props") or {})
        if table == "attendance":
            props["attended_as"] = props.pop("as", None)
        out.append({c: r[c] if c in r else props.get(c) for c in columns})
    return out


def referenced(rows: dict[str, list[Cells]]) -> dict[str, set[str]]:
    """The ids each table's rows point to, per target table (from the models' references)."""
    wanted: dict[str, set[str]] = {name: set() for name in REFERENCE_TABLES + REGION_TABLES}
    for name, table_rows in rows.items():
        for ref in TABLES_BY_NAME[name].refs:
            for row in table_rows:
                target = ref.table or TARGET_TABLE.get(str(row.get(ref.kind_column or "")), "")
                value = row.get(ref.column)
                for v in value if isinstance(value, list) else [value]:
                    if v is not None and target in wanted:
                        wanted[target].add(str(v))
    return wanted


def export_rows(db: Database, region: str) -> dict[str, list[Cells]]:
    """The region's landscape, table by table in the input's order."""
    rows: dict[str, list[Cells]] = {name: graph_rows(db, name, region) for name in REGION_TABLES}
    if not any(rows[name] for name in REGION_SCOPED):
        raise TirlunError(msg("export.no_region", region=region), msg("export.no_region_hint"))
    # other owners' partnerships its rows point to (a seat on a national board), repeated so the export validates
    own = {str(p["id"]) for p in rows["partnerships"]}
    others = referenced(rows)["partnerships"] - own
    if others:
        rows["partnerships"] += [p for p in graph_rows(db, "partnerships", None, others) if str(p["id"]) not in own]
    for name in REFERENCE_TABLES:
        rows[name] = graph_rows(db, name, region, referenced(rows)[name])
    rows["area_parents"] = graph_rows(db, "area_parents", region, {str(a["id"]) for a in rows["areas"]})
    rows["organisation_names"] = graph_rows(db, "organisation_names", region, {str(o["id"]) for o in rows["organisations"]})
    return {table.name: rows.get(table.name, []) for table in TABLES}


def text_cell(value: Any) -> str:
    """A value as a CSV cell that the loader reads back to the same value (floats keep every digit)."""
    return to_cell(value, exact=True)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP); loader/read.py takes it off."""
    return "'" + text if text.startswith(FORMULA_START) else text


def write_export(rows: dict[str, list[Cells]], out: Path) -> list[Path]:
    """A workbook if ``out`` ends in .xlsx (help sheet first), else a folder of CSVs with _columns.csv."""
    if out.suffix.lower() == ".xlsx":
        return [_write_workbook(rows, out)]
    return write_csv_folder(out, lambda table: ([text_cell(row.get(c)) for c in table.columns]
                                                for row in rows.get(table.name, [])))


def _write_workbook(rows: dict[str, list[Cells]], path: Path) -> Path:
    """Dates and numbers as Excel values; all other cells as text, never as formulas."""
    def fill(ws: Any, table: Any) -> None:
        for i, row in enumerate(rows.get(table.name, []), start=2):
            for j, column in enumerate(table.columns, start=1):
                value = row.get(column)
                cell = ws.cell(i, j)
                if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
                    cell.value = value
                elif value is not None:
                    cell.value = text_cell(value)
                    cell.data_type = "s"  # text starting '=' stays text, not a formula

    return write_workbook(path, fill=fill)


def export_region(db: Database, region: str, out: str | Path) -> tuple[list[Path], dict[str, int]]:
    """Export the region to ``out``; the files written and the rows per table."""
    rows = export_rows(db, region)
    return write_export(rows, Path(out)), {name: len(r) for name, r in rows.items()}
