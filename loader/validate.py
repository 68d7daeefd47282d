"""Check a whole input before anything is written, and report every problem at once.

Each problem names the file or sheet, the row as the user sees it, the column, the
value and what to do, so a coordinator can fix a spreadsheet without reading code.
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from loader.fast import FastTable
from loader.models import TABLES, TABLES_BY_NAME, TARGET_TABLE, Row, Table
from loader.read import RawInput, read_input


@dataclass(frozen=True)
class Problem:
    where: str
    row: int | None
    column: str
    value: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.where, "row": self.row, "column": self.column, "value": self.value, "message": self.message}


@dataclass
class ValidInput:
    """A validated input: model instances per table, with each row's user-visible number."""

    path: Path
    tables: dict[str, list[tuple[int, Row]]] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    typed_ids: dict[str, set[str]] = field(default_factory=dict)

    def rows(self, table: str) -> list[Row]:
        return [r for _, r in self.tables.get(table, [])]

    def count(self) -> int:
        return sum(len(v) for v in self.tables.values())


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a load builds its rows, then restore it as it was.

    Why: a load makes millions of small, acyclic objects (cells, rows, maps), and each of the
    collector's full passes walks all of them: measured, that was half the time of validating and
    planning the scale-1 landscape. Nothing here makes cycles; reference counting frees it all.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def validate_path(path: str | Path) -> tuple[ValidInput, list[Problem]]:
    with paused_gc():
        return validate(read_input(path))


def validate(raw: RawInput) -> tuple[ValidInput, list[Problem]]:
    problems = [Problem(*p) for p in raw.problems]
    data = ValidInput(raw.path)
    for table in TABLES:
        rt = raw.tables.get(table.name)
        if rt is None:
            continue
        data.where[table.name] = rt.where
        header_ok = _check_header(table, rt.where, rt.header, problems)
        if not header_ok:
            continue
        parsed: list[tuple[int, Row]] = []
        fast = FastTable(table.model, rt.header)
        for rownum, cells in rt.rows:
            row = fast.row(cells)
            if row is not None:
                parsed.append((rownum, row))
                continue
            try:
                parsed.append((rownum, table.model.model_validate(cells)))
            except ValidationError as exc:
                for err in exc.errors():
                    column = str(err["loc"][0]) if err["loc"] else ""
                    value = cells.get(column, "") if column else ""
                    problems.append(Problem(rt.where, rownum, column, _show(value), _message(err, table, column)))
        data.tables[table.name] = parsed
        # ids typed on invalid rows still count as existing, so one bad cell is one problem
        data.typed_ids[table.name] = {str(c.get("id")).strip() for _, c in rt.rows if c.get("id") is not None}
    _check_keys(data, problems)
    _check_refs(data, problems)
    _check_rules(data, problems)
    problems.sort(key=lambda p: (_table_order(p.where), p.where, p.row or 0, p.column))
    return data, problems


def _table_order(where: str) -> int:
    for i, t in enumerate(TABLES):
        if where.endswith(t.name) or where.startswith(t.name + "."):
            return i
    return -1


def _show(value: Any) -> str:
    return "" if value is None else str(value)


def _check_header(table: Table, where: str, header: list[str], problems: list[Problem]) -> bool:
    known = table.columns
    ok = True
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(Problem(where, 1, col, col, "This column appears twice in the header. Remove one."))
            ok = False
        seen.add(col)
        if col not in known:
            close = difflib.get_close_matches(col, known, n=1)
            hint = f"Did you mean '{close[0]}'?" if close else f"Columns are: {', '.join(known)}."
            problems.append(Problem(where, 1, col, col, f"Unknown column. {hint}"))
            ok = False
    for name, f in table.model.model_fields.items():
        if f.is_required() and name not in seen:
            problems.append(
                Problem(where, 1, name, "", f"Required column '{name}' is missing from the header. Add it ({f.description})")
            )
            ok = False
    return ok


def _message(err: Any, table: Table, column: str) -> str:
    kind = err["type"]
    field_info = table.model.model_fields.get(column)
    if kind == "missing" or (kind == "string_type" and err.get("input") in (None, "")):
        return f"Required: fill in {column} ({field_info.description if field_info else ''})".rstrip(" ()")
    if kind == "enum":
        return f"Not an allowed value. Use one of: {err['ctx']['expected'].replace(chr(39), '')}."
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if kind in ("int_parsing", "float_parsing", "int_from_float"):
        return "Not a number. Write digits only, e.g. 2 or 1.5."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"Out of range: {err['msg'].lower()}."
    if kind == "extra_forbidden":
        return "Unknown column."
    return str(err["msg"])


def _check_keys(data: ValidInput, problems: list[Problem]) -> None:
    for name, rows in data.tables.items():
        table = TABLES_BY_NAME[name]
        first: dict[tuple, int] = {}
        for rownum, row in rows:
            key = tuple(getattr(row, k) for k in table.key)
            if key in first:
                label = ", ".join(f"{k}={v}" for k, v in zip(table.key, key, strict=True))
                problems.append(
                    Problem(
                        data.where[name], rownum, table.key[0], str(key[0]),
                        f"Duplicate: {label} is already on row {first[key]}. Each must be unique; remove or rename one.",
                    )
                )
            else:
                first[key] = rownum


def _ids(data: ValidInput, table: str) -> set[str]:
    return {r.id for r in data.rows(table)}


def _check_refs(data: ValidInput, problems: list[Problem]) -> None:
    ids = {
        t.name: _ids(data, t.name) | data.typed_ids.get(t.name, set())
        for t in TABLES if "id" in t.model.model_fields
    }
    for name, rows in data.tables.items():
        table = TABLES_BY_NAME[name]
        for ref in table.refs:
            for rownum, row in rows:
                value = getattr(row, ref.column)
                values = value if isinstance(value, list) else [value]
                target = ref.table or TARGET_TABLE[getattr(row, ref.kind_column)]
                for v in values:
                    if v is None or v in ids.get(target, set()):
                        continue
                    close = difflib.get_close_matches(v, ids.get(target, set()), n=1, cutoff=0.6)
                    hint = f"Did you mean '{close[0]}'?" if close else f"Add it to {target} first."
                    what = target.rstrip("s") if target != "people" else "person"
                    problems.append(
                        Problem(data.where[name], rownum, ref.column, v, f"Unknown {what} id '{v}'. {hint}")
                    )


def _check_rules(data: ValidInput, problems: list[Problem]) -> None:
    for table in ("memberships", "seats"):
        for rownum, row in data.tables.get(table, []):
            if row.since and row.until and row.until < row.since:  # type: ignore[attr-defined]
                problems.append(
                    Problem(data.where[table], rownum, "until", str(row.until), "'until' is before 'since'. Swap or correct the dates.")  # type: ignore[attr-defined]
                )
    for rownum, row in data.tables.get("partnerships", []):
        for column in ("subgroup_of", "successor_id"):
            if getattr(row, column) == row.id:  # type: ignore[attr-defined]
                problems.append(
                    Problem(data.where["partnerships"], rownum, column, row.id, "A partnership cannot point to itself here.")  # type: ignore[attr-defined]
                )
        if row.dissolved and row.established and row.dissolved < row.established:  # type: ignore[attr-defined]
            problems.append(
                Problem(data.where["partnerships"], rownum, "dissolved", str(row.dissolved), "'dissolved' is before 'established'. Correct one of the dates.")  # type: ignore[attr-defined]
            )
    for rownum, row in data.tables.get("areas", []):
        if row.parent_id == row.id:  # type: ignore[attr-defined]
            problems.append(Problem(data.where["areas"], rownum, "parent_id", row.parent_id, "An area cannot sit inside itself."))  # type: ignore[attr-defined]
