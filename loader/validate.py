"""Check a whole input before anything is written, and report every problem at once.

Each problem names the file or sheet, the row as the user sees it, the column, the
value and what to do, so a coordinator can fix a spreadsheet without reading code.
Messages come from the catalogue (tirlun/i18n) in the language of whoever validates:
Welsh on a Welsh Data page, English on the command line.
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar, cast, get_args

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from loader.fast import FastTable
from loader.models import (
    TABLES,
    TABLES_BY_NAME,
    TARGET_TABLE,
    Area,
    CellError,
    Membership,
    Partnership,
    Row,
    Seat,
    Table,
)
from loader.read import RawInput, read_input
from tirlun.i18n import language, t

R = TypeVar("R", bound=Row)


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
    """A validated input: model instances per table, with each row's user-visible number.

    ``problems`` is what validation found; ``loader.load.load`` refuses an input that has any,
    so rows dropped as invalid can never be loaded as if the input were whole.
    """

    path: Path
    tables: dict[str, list[tuple[int, Row]]] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    typed_ids: dict[str, set[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def rows(self, table: str) -> list[Row]:
        return [r for _, r in self.tables.get(table, [])]

    def numbered(self, table: str, model: type[R]) -> list[tuple[int, R]]:
        """The rows of ``table`` with their numbers, typed as the table's own model."""
        if TABLES_BY_NAME[table].model is not model:
            raise TypeError(f"table {table} holds {TABLES_BY_NAME[table].model.__name__} rows, not {model.__name__}")
        return cast(list[tuple[int, R]], self.tables.get(table, []))

    def rows_as(self, table: str, model: type[R]) -> list[R]:
        """The rows of ``table``, typed as the table's own model."""
        return [r for _, r in self.numbered(table, model)]

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
    data.problems = problems
    return data, problems


def _table_order(where: str) -> int:
    for i, table in enumerate(TABLES):
        if where.endswith(table.name) or where.startswith(table.name + "."):
            return i
    return -1


def _show(value: Any) -> str:
    return "" if value is None else str(value)


def _help(f: FieldInfo) -> str:
    """A column's explanation in the reader's language (the models hold both)."""
    extra = f.json_schema_extra if isinstance(f.json_schema_extra, dict) else {}
    welsh = extra.get("cy")
    return str(welsh) if language() == "cy" and welsh else f.description or ""


def _check_header(table: Table, where: str, header: list[str], problems: list[Problem]) -> bool:
    known = table.columns
    ok = True
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(Problem(where, 1, col, col, t("load.duplicate_column")))
            ok = False
        seen.add(col)
        if col not in known:
            close = difflib.get_close_matches(col, known, n=1)
            message = (t("load.unknown_column_close", close=close[0]) if close
                       else t("load.unknown_column_list", columns=", ".join(known)))
            problems.append(Problem(where, 1, col, col, message))
            ok = False
    for name, f in table.model.model_fields.items():
        if f.is_required() and name not in seen:
            problems.append(Problem(where, 1, name, "", t("load.missing_column", column=name, help=_help(f))))
            ok = False
    return ok


_RANGE = {"greater_than_equal": ("ge", "load.range_ge"), "greater_than": ("gt", "load.range_gt"),
          "less_than_equal": ("le", "load.range_le"), "less_than": ("lt", "load.range_lt")}


def _message(err: ErrorDetails, table: Table, column: str) -> str:
    """What pydantic found, as a sentence from the catalogue."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    field_info = table.model.model_fields.get(column)
    if kind == "missing" or (kind == "string_type" and err.get("input") in (None, "")):
        described = _help(field_info) if field_info else ""
        return t("load.required_help", column=column, help=described) if described else t("load.required", column=column)
    if kind == "enum" and field_info is not None:
        values = _enum_values(field_info)
        listed = f"{', '.join(values[:-1])} {t('load.or')} {values[-1]}" if len(values) > 1 else values[0]
        return t("load.not_allowed", values=listed)
    if kind == "value_error" and isinstance(ctx.get("error"), CellError):
        error: CellError = ctx["error"]
        return t(error.key).format(**error.values)
    if kind in ("int_parsing", "float_parsing", "int_from_float"):
        return t("load.not_a_number")
    if kind in _RANGE:
        bound, key = _RANGE[kind]
        return t(key, limit=ctx[bound])
    if kind == "extra_forbidden":
        return t("load.unknown_column")
    return t("load.invalid", detail=str(err["msg"]).removeprefix("Value error, "))


def _enum_values(f: FieldInfo) -> list[str]:
    """The allowed values of an enum column (or of the items of an enum-list column)."""
    for kind in (f.annotation, *get_args(f.annotation)):
        for inner in (kind, *get_args(kind)):
            if isinstance(inner, type) and issubclass(inner, Enum):
                return [str(m.value) for m in inner]
    return ["?"]


def _check_keys(data: ValidInput, problems: list[Problem]) -> None:
    for name, rows in data.tables.items():
        table = TABLES_BY_NAME[name]
        first: dict[tuple[Any, ...], int] = {}
        for rownum, row in rows:
            key = tuple(row.cell(k) for k in table.key)
            if key in first:
                label = ", ".join(f"{k}={v}" for k, v in zip(table.key, key, strict=True))
                problems.append(
                    Problem(data.where[name], rownum, table.key[0], str(key[0]),
                            t("load.duplicate_key", entry=label, row=first[key]))
                )
            else:
                first[key] = rownum


# The word for one row of each table a column can point to (catalogue keys).
_THING = {
    "areas": "load.thing.area", "themes": "load.thing.theme", "legislation": "load.thing.legislation",
    "organisations": "load.thing.organisation", "partnerships": "load.thing.partnership", "people": "load.thing.person",
    "meetings": "load.thing.meeting", "datasets": "load.thing.dataset",
}


def _check_refs(data: ValidInput, problems: list[Problem]) -> None:
    ids = {
        tb.name: {str(r.cell("id")) for r in data.rows(tb.name)} | data.typed_ids.get(tb.name, set())
        for tb in TABLES if "id" in tb.model.model_fields
    }
    for name, rows in data.tables.items():
        table = TABLES_BY_NAME[name]
        for ref in table.refs:
            for rownum, row in rows:
                value = row.cell(ref.column)
                values = value if isinstance(value, list) else [value]
                target = ref.table or TARGET_TABLE[row.cell(ref.kind_column or "")]
                known = ids.get(target, set())
                for v in values:
                    if v is None or v in known:
                        continue
                    close = difflib.get_close_matches(v, known, n=1, cutoff=0.6)
                    thing = t(_THING[target])
                    message = (t("load.unknown_ref_close", thing=thing, value=v, close=close[0]) if close
                               else t("load.unknown_ref_add", thing=thing, value=v, table=target))
                    problems.append(Problem(data.where[name], rownum, ref.column, v, message))


def _check_rules(data: ValidInput, problems: list[Problem]) -> None:
    dated: list[tuple[str, int, Membership | Seat]] = [
        *(("memberships", n, r) for n, r in data.numbered("memberships", Membership)),
        *(("seats", n, r) for n, r in data.numbered("seats", Seat)),
    ]
    for table, rownum, row in dated:
        if row.since and row.until and row.until < row.since:
            problems.append(Problem(data.where[table], rownum, "until", str(row.until), t("load.until_before_since")))
    for rownum, p in data.numbered("partnerships", Partnership):
        for column, points_to in (("subgroup_of", p.subgroup_of), ("successor_id", p.successor_id)):
            if points_to == p.id:
                problems.append(Problem(data.where["partnerships"], rownum, column, p.id, t("load.points_to_itself")))
        if p.dissolved and p.established and p.dissolved < p.established:
            problems.append(Problem(data.where["partnerships"], rownum, "dissolved", str(p.dissolved),
                                    t("load.dissolved_before_established")))
    for rownum, a in data.numbered("areas", Area):
        if a.parent_id == a.id:
            problems.append(Problem(data.where["areas"], rownum, "parent_id", a.id, t("load.area_in_itself")))
