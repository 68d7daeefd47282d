"""Read an input folder of CSV files or one .xlsx workbook into raw rows.

Rows keep the number a user sees in a spreadsheet (the header is row 1), and cell
values are kept exactly as typed apart from trimming, so Welsh letters survive.
"""

from __future__ import annotations

import csv
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loader.models import TABLES_BY_NAME
from tirlun.i18n import t

HELP_SHEET = "help-cymorth"


@dataclass
class RawTable:
    name: str  # table name, e.g. "partnerships"
    where: str  # what the user calls it: "partnerships.csv" or "seed.xlsx › partnerships"
    header: list[str]
    rows: list[tuple[int, dict[str, Any]]]  # (row number as the user sees it, cells)


# A problem found while reading: (file or sheet, row, column, value, message in the reader's language).
RawProblem = tuple[str, int | None, str, str, str]


@dataclass
class RawInput:
    path: Path
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: list[RawProblem] = field(default_factory=list)


def read_input(path: str | Path) -> RawInput:
    path = Path(path)
    raw = RawInput(path)
    if not path.exists():
        raw.problems.append((str(path), None, "", "", t("load.no_such_path")))
    elif path.is_dir():
        _read_folder(path, raw)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        _read_workbook(path, raw)
    else:
        raw.problems.append((path.name, None, "", "", t("load.wrong_file_type")))
    if not raw.tables and not raw.problems:
        raw.problems.append((str(path), None, "", "", t("load.no_tables", tables=", ".join(TABLES_BY_NAME))))
    return raw


def _unknown_table(where: str, name: str, raw: RawInput) -> None:
    close = difflib.get_close_matches(name, TABLES_BY_NAME, n=1)
    message = (t("load.unknown_table_close", close=close[0]) if close
               else t("load.unknown_table_list", tables=", ".join(TABLES_BY_NAME)))
    raw.problems.append((where, None, "", name, message))


def _read_folder(folder: Path, raw: RawInput) -> None:
    for file in sorted(folder.iterdir()):
        if file.suffix.lower() != ".csv" or file.name.startswith(("_", ".")):
            continue
        name = file.stem.lower()
        if name not in TABLES_BY_NAME:
            _unknown_table(file.name, file.stem, raw)
            continue
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raw.problems.append((file.name, None, "", "", t("load.not_utf8", byte=exc.start)))
            continue
        reader = csv.reader(text.splitlines(keepends=True))
        rows = list(reader)
        if not rows:
            raw.problems.append((file.name, 1, "", "", t("load.empty_file")))
            continue
        header = [h.strip() for h in rows[0]]
        table = RawTable(name, file.name, header, [])
        width = len(header)
        for i, cells in enumerate(rows[1:], start=2):
            if not "".join(cells).strip():  # no cell with anything in it
                continue
            if len(cells) > width:
                raw.problems.append((file.name, i, "", "", t("load.too_many_cells", cells=len(cells), columns=len(header))))
                continue
            table.rows.append((i, dict(zip(header, cells, strict=False))))
        raw.tables[name] = table


def _read_workbook(path: Path, raw: RawInput) -> None:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raw.problems.append((path.name, None, "", "", t("load.bad_workbook", error=exc.__class__.__name__)))
        return
    try:
        for ws in wb.worksheets:
            name = ws.title.strip().lower()
            where = f"{path.name} › {ws.title}"
            if name == HELP_SHEET or name.startswith("_"):
                continue
            if name not in TABLES_BY_NAME:
                _unknown_table(where, ws.title, raw)
                continue
            values = list(ws.iter_rows(values_only=True))
            if not values:
                raw.problems.append((where, 1, "", "", t("load.empty_sheet")))
                continue
            header = [str(h).strip() if h is not None else "" for h in values[0]]
            while header and header[-1] == "":
                header.pop()
            table = RawTable(name, where, header, [])
            for i, sheet_row in enumerate(values[1:], start=2):
                cells = sheet_row[: len(header)]
                if not any(c is not None and str(c).strip() for c in cells):
                    continue
                table.rows.append((i, {h: c for h, c in zip(header, cells, strict=False) if h}))
            raw.tables[name] = table
    finally:
        wb.close()
