"""Empty templates and the format documentation, generated from the models.

Nothing here names a column by hand: add a field to loader/models.py and it appears
in the CSV headers, the workbook, the help sheet and docs/data-format.md. The help is
bilingual: each column's English is its model field's description, its Welsh the
catalogue's ``column.<Model>.<field>`` (loader.models.welsh_help).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any, get_args

from pydantic.fields import FieldInfo

from tirlun.loader.models import TABLES, Table, welsh_help
from tirlun.loader.read import HELP_SHEET

# A cell starting with one of these is run as a formula by a spreadsheet opening the CSV (OWASP's
# CSV-injection advice); loader/read.py takes off the apostrophe that inert() puts before it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    """Text a spreadsheet would run as a formula, with a leading apostrophe; other values as they are."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _extra(f: FieldInfo) -> dict[str, Any]:
    return f.json_schema_extra if isinstance(f.json_schema_extra, dict) else {}


def _allowed(f: FieldInfo) -> str:
    for t in (f.annotation, *get_args(f.annotation)):
        for inner in (t, *get_args(t)):
            if isinstance(inner, type) and issubclass(inner, Enum):
                return ", ".join(m.value for m in inner)
    return ""


def column_rows(table: Table) -> list[dict[str, str]]:
    rows = []
    for name in table.columns:
        f = table.model.model_fields[name]
        rows.append(
            {
                "table": table.name,
                "column": name,
                "required": "yes / ie" if f.is_required() else "no / na",
                "allowed": _allowed(f),
                "example": "" if _extra(f).get("example") is None else str(_extra(f)["example"]),
                "description_en": f.description or "",
                "description_cy": welsh_help(table.model, name) or "",
            }
        )
    return rows


def write_csv_folder(out: Path, rows: Callable[[Any], Iterable[list[str]]]) -> list[Path]:
    """One CSV per table (header, then ``rows(table)``) and _columns.csv, the bilingual help; every cell inert."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table.name}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(table.columns)
            w.writerows([inert(v) for v in row] for row in rows(table))
        written.append(path)
    help_path = out / "_columns.csv"
    with help_path.open("w", newline="", encoding="utf-8") as f:
        dw = csv.DictWriter(f, fieldnames=list(column_rows(TABLES[0])[0]))
        dw.writeheader()
        for table in TABLES:
            dw.writerows({k: inert(v) for k, v in r.items()} for r in column_rows(table))
    written.append(help_path)
    return written


def write_csv_templates(out: Path) -> list[Path]:
    """Empty templates: each table's header only, the examples in _columns.csv beside them.

    Why no example rows: a template whose rows would load (a CTM board, a CTM post) turned a dry run of a new
    region into "ctm-psb added", a load that would take over another region's rows."""
    return write_csv_folder(out, lambda table: [])


def _append_text_safe(ws: Any, row: list[Any]) -> None:
    """Append a row whose text cells are typed as text: a cell starting '=' is never a formula."""
    ws.append(row)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def write_workbook(path: Path, tables: dict[str, list[list[Any]]] | None = None,
                   fill: Callable[[Any, Any], None] | None = None) -> Path:
    """A workbook: the help sheet (with each column's example), then one sheet per table (empty, the given rows, or
    what ``fill`` writes).

    Every text cell is typed as text, so a name like ``=HYPERLINK(...)`` reads as itself. ``fill(ws, table)``
    lets a caller (the export) write its own typed cells under each sheet's header.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    help_ws = wb.create_sheet(HELP_SHEET, 0)
    wb.remove(wb.worksheets[1])  # the empty sheet every new workbook starts with
    help_ws.title = HELP_SHEET
    header = list(column_rows(TABLES[0])[0])
    help_ws.append(header)
    for table in TABLES:
        for r in column_rows(table):
            _append_text_safe(help_ws, [r[h] for h in header])
    for cell in help_ws[1]:
        cell.font = Font(bold=True)
    for table in TABLES:
        ws = wb.create_sheet(table.name)
        ws.append(table.columns)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        if fill is not None:
            fill(ws, table)
            continue
        rows = tables.get(table.name, []) if tables is not None else []
        for row in rows:
            _append_text_safe(ws, row)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def format_markdown() -> str:
    lines = [
        "# Tirlun data format / Fformat data Tirlun",
        "",
        "_Generated from `loader/models.py` by `tirlun format-doc`; do not edit by hand._",
        "",
        "Input is a folder of CSV files (UTF-8), one per table, or one `.xlsx` or `.ods` workbook with",
        "one sheet per table. Every table is optional; references must point to rows in the same input",
        "or to rows the graph already holds (the shared Wales reference needs no repeating).",
        "Dates: `YYYY-MM-DD`, `DD/MM/YYYY` or Excel dates. Lists: ids separated by `;`.",
        "Yes/no: `true`/`false` (also `yes`/`no`, `ie`/`na`). The templates hold headers only: each",
        "column's example is in the help sheet (`_columns.csv`), where it loads nothing.",
        "",
        "## Who owns a row / Pwy sy'n berchen ar res",
        "",
        "Every row belongs to one owner: a region (what that region's file brings) or the shared Wales",
        "reference (`wales`: areas, themes, legislation, the councils, health boards, police, fire and",
        "other all-Wales or cross-region bodies, national partnerships; Tirlun ships it in",
        "`seed/reference/`, updated with `tirlun reference load`). A region's file:",
        "",
        "- is that region's whole truth: its partnerships, posts, meetings, datasets, assessments and",
        "  their memberships, seats, attendance and flows that the file leaves out are removed once the",
        "  load is confirmed (`--add-only` keeps them); a removed meeting takes its attendance with it;",
        "- may repeat another owner's row: unchanged (blank cells and the provenance columns aside) it is",
        "  a reference; changed, it is a *proposed change*, listed with its owner and never applied;",
        "- may not use an id another region owns for a post, meeting, dataset, assessment or partnership:",
        "  the load is refused before anything is written, and a free id is suggested;",
        "- adds new areas, themes and laws, and new all-Wales bodies (by `org_type`), to the reference;",
        "- says where an area sits with `areas.parent_id` (undated) or `area_parents` rows (dated): that",
        "  adds a place in a hierarchy and never takes the area out of another.",
        "",
        "The region is the one named (`--region`), or the one the file allows (the region area its",
        "partnerships cover, else its one region area); otherwise the error lists the candidates.",
        "docs/loading.md says how a load runs (the journal, the lock, recovery).",
        "",
    ]
    for table in TABLES:
        lines += [f"## {table.name}: {table.title_en} / {table.title_cy}", ""]
        lines += [f"Unique key: {', '.join(table.key)}.", ""]
        lines += ["| column | required | allowed values | example | English | Cymraeg |", "|---|---|---|---|---|---|"]
        for r in column_rows(table):
            cells = [f"`{r['column']}`", r["required"], r["allowed"], r["example"], r["description_en"], r["description_cy"]]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)
