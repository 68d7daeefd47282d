"""Read an input folder of CSV files or one .xlsx workbook into raw rows.

Rows keep the number a user sees in a spreadsheet (the header is row 1), and cell
values are kept exactly as typed apart from trimming, so Welsh letters survive.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tirlun.i18n import Msg, msg
from tirlun.loader.models import TABLES_BY_NAME

HELP_SHEET = "help-cymorth"
# The longest cell read: Excel's own limit is 32,767 characters; Python's csv module stops at 131,072
# with a bare error, so the reader allows more and reports a cell over this limit by row and column.
MAX_CELL = 131_072
csv.field_size_limit(2**31 - 1)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_cell(value: Any) -> Any:
    """Trim spaces, and undo the apostrophe an export puts before text a spreadsheet would run as a formula."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("'") and text[1:2] and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


# Cells repeat (sources, dates, ids): a cache makes cleaning them a C-level lookup, mapped over a row.
_clean = functools.lru_cache(maxsize=1 << 16)(clean_cell)


@dataclass
class RawTable:
    name: str  # table name, e.g. "partnerships"
    where: str  # what the user calls it: "partnerships.csv" or "seed.xlsx › partnerships"
    header: list[str]
    rows: list[tuple[int, dict[str, Any]]]  # (row number as the user sees it, cells)


# A problem found while reading: (file or sheet, row, column, value, message for its reader to word).
RawProblem = tuple[str, int | None, str, str, str | Msg]


@dataclass
class RawInput:
    path: Path
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: list[RawProblem] = field(default_factory=list)


def read_input(path: str | Path, name: str | None = None) -> RawInput:
    """Read a CSV folder, an .xlsx workbook or an .ods workbook; ``name`` is what the user calls it (an upload's name)."""
    path = Path(path)
    raw = RawInput(path)
    display = name or path.name
    if not path.exists():
        raw.problems.append((str(path), None, "", "", msg("load.no_such_path")))
    elif path.is_dir():
        _read_folder(path, raw)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        _read_workbook(path, raw, display)
    elif path.suffix.lower() == ".ods":
        _read_ods(path, raw, display)
    else:
        raw.problems.append((display, None, "", "", msg("load.wrong_file_type")))
    if not raw.tables and not raw.problems:
        raw.problems.append((str(path), None, "", "", msg("load.no_tables", tables=", ".join(TABLES_BY_NAME))))
    return raw


def _unknown_table(where: str, name: str, raw: RawInput) -> None:
    close = difflib.get_close_matches(name, TABLES_BY_NAME, n=1)
    message = (msg("load.unknown_table_close", close=close[0]) if close
               else msg("load.unknown_table_list", tables=", ".join(TABLES_BY_NAME)))
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
            raw.problems.append((file.name, None, "", "", msg("load.not_utf8", byte=exc.start)))
            continue
        # Only CR and LF end a row: str.splitlines would also split at U+2028 and other separators
        # inside a cell and turn one row into several broken ones.
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows:
            raw.problems.append((file.name, 1, "", "", msg("load.empty_file")))
            continue
        header = [h.strip() for h in rows[0]]
        table = RawTable(name, file.name, header, [])
        width = len(header)
        for i, cells in enumerate(rows[1:], start=2):
            joined = "".join(cells)
            if not joined.strip():  # no cell with anything in it
                continue
            if len(cells) > width:
                raw.problems.append((file.name, i, "", "", msg("load.too_many_cells", cells=len(cells), columns=len(header))))
                continue
            if len(joined) > MAX_CELL and _too_long(file.name, i, header, cells, raw):
                continue
            table.rows.append((i, dict(zip(header, map(_clean, cells), strict=False))))
        _add_table(table, raw)


def _too_long(where: str, rownum: int, header: list[str], cells: Any, raw: RawInput) -> bool:
    """Report every cell longer than MAX_CELL (by column), so the row is refused with a reason, not a traceback."""
    long = [(h, c) for h, c in zip(header, cells, strict=False) if isinstance(c, str) and len(c) > MAX_CELL]
    for column, cell in long:
        raw.problems.append((where, rownum, column, cell[:40] + "…",
                             msg("load.cell_too_long", length=f"{len(cell):,}", limit=f"{MAX_CELL:,}")))
    return bool(long)


def _add_table(table: RawTable, raw: RawInput) -> None:
    """One table per name: a second file or sheet for the same table is refused, naming both."""
    first = raw.tables.get(table.name)
    if first is not None:
        raw.problems.append((table.where, None, "", table.name, msg("load.table_twice", first=first.where)))
        return
    raw.tables[table.name] = table


def _read_workbook(path: Path, raw: RawInput, display: str) -> None:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raw.problems.append((display, None, "", "", msg("load.bad_workbook", error=exc.__class__.__name__)))
        return
    try:
        _read_sheets(((ws.title, ws.iter_rows(values_only=True)) for ws in wb.worksheets), raw, display)
    finally:
        wb.close()


def _read_ods(path: Path, raw: RawInput, display: str) -> None:
    """A LibreOffice or Google Sheets .ods workbook, read sheet by sheet as an .xlsx is (odfpy, through pandas)."""
    import pandas as pd

    try:
        sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="odf")
    except Exception as exc:  # odfpy and zipfile raise many types for a bad file
        raw.problems.append((display, None, "", "", msg("load.bad_workbook", error=exc.__class__.__name__)))
        return

    def rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
        return [tuple(None if pd.isna(v) else v for v in r) for r in frame.itertuples(index=False, name=None)]

    _read_sheets(((title, rows(frame)) for title, frame in sheets.items()), raw, display)


def _read_sheets(sheets: Iterable[tuple[str, Iterable[tuple[Any, ...]]]], raw: RawInput, display: str) -> None:
    for title, sheet_rows in sheets:
        name = title.strip().lower()
        where = f"{display} › {title}"
        if name == HELP_SHEET or name.startswith("_"):
            continue
        if name not in TABLES_BY_NAME:
            _unknown_table(where, title, raw)
            continue
        values = list(sheet_rows)
        if not values:
            raw.problems.append((where, 1, "", "", msg("load.empty_sheet")))
            continue
        header = [str(h).strip() if h is not None else "" for h in values[0]]
        while header and header[-1] == "":
            header.pop()
        table = RawTable(name, where, header, [])
        for i, sheet_row in enumerate(values[1:], start=2):
            cells = sheet_row[: len(header)]
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if _too_long(where, i, header, cells, raw):
                continue
            table.rows.append((i, {h: clean_cell(c) for h, c in zip(header, cells, strict=False) if h}))
        _add_table(table, raw)


MAX_UNZIPPED = 200 * 1024 * 1024  # refuse zip bombs: 200 MB of CSV is far beyond any region


def unpack_upload(name: str, payload: bytes, into: Path) -> Path:
    """Where the loader should read an upload from: the workbook itself, or a folder of a zip's CSVs.

    A zip's folders are dropped (nothing lands outside ``into``), so two files for the same table in
    different folders (``current/organisations.csv`` and ``archive-2015/organisations.csv``) are refused,
    naming both, rather than one silently replacing the other.
    """
    import zipfile

    from tirlun.errors import TirlunError

    if name.lower().endswith((".xlsx", ".xlsm", ".ods")):
        # the user's own file name (its last part, nothing that could climb out of the folder), so messages name it
        base = Path(name.replace("\\", "/")).name.strip() or "upload.xlsx"
        path = into / base
        path.write_bytes(payload)
        return path
    folder = into / "csv"
    folder.mkdir()
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            members = [m for m in zf.infolist() if not m.is_dir() and m.filename.lower().endswith(".csv")
                       and not Path(m.filename).name.startswith((".", "_"))]
            if sum(m.file_size for m in members) > MAX_UNZIPPED:
                raise TirlunError(msg("data.too_big"), msg("data.too_big_hint"))
            first: dict[str, str] = {}
            for m in members:
                key = Path(m.filename).name.lower()
                if key in first:
                    raise TirlunError(msg("load.zip_table_twice", first=first[key], second=m.filename),
                                      msg("load.zip_table_twice_hint"))
                first[key] = m.filename
            for m in members:
                (folder / Path(m.filename).name).write_bytes(zf.read(m))
    except zipfile.BadZipFile:
        raise TirlunError(msg("data.bad_zip"), msg("data.bad_zip_hint")) from None
    return folder
