"""Check a whole input before anything is written, and report every problem at once.

Each problem names the file or sheet, the row as the user sees it, the column, the
value and what to do, so a coordinator can fix a spreadsheet without reading code.
Validation cannot know who will read it, so each message is a ``Msg`` (a catalogue key and its
values) that the reader words: ``problem.say(tr)``, Welsh on a Welsh Data page, English on the
command line. pydantic's own English never reaches a reader: each of its error types has a key.
"""

from __future__ import annotations

import difflib
import functools
import gc
import re
import typing
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar, cast, get_args

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from tirlun.i18n import EN, Msg, Translator, msg
from tirlun.loader import models
from tirlun.loader.fast import FastTable
from tirlun.loader.models import (
    TABLES,
    TABLES_BY_NAME,
    TARGET_TABLE,
    Area,
    CellError,
    ColumnHelp,
    Membership,
    Partnership,
    Row,
    Seat,
    Table,
)
from tirlun.loader.read import RawInput, read_input

R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is, and what to do, as a sentence its reader words."""

    where: str
    row: int | None
    column: str
    value: str
    message: str | Msg
    # knock-on problems of this one root cause, reported under it rather than one by one
    folded: tuple[Problem, ...] = ()

    def say(self, tr: Translator) -> str:
        """What to do, in the reader's language."""
        return tr.say(self.message)  # a ColumnHelp inside words itself in tr's language

    def as_dict(self, tr: Translator = EN) -> dict[str, Any]:
        """The problem as plain data (a report, JSON); ``message`` in English unless a translator is given."""
        out: dict[str, Any] = {"file": self.where, "row": self.row, "column": self.column, "value": self.value,
                               "message": self.say(tr)}
        if self.folded:
            out["folded"] = [p.as_dict(tr) for p in self.folded]
        return out


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
    # cells read forgivingly (a name typed for an id), each said back to the user as a Problem-shaped note
    notes: list[Problem] = field(default_factory=list)

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


# Ids the graph already holds, per table: what a file may point to without repeating the row.
Known = Mapping[str, Collection[str]]


def validate_path(path: str | Path, known: Known | None = None, gone: Mapping[str, Mapping[str, str]] | None = None,
                  name: str | None = None) -> tuple[ValidInput, list[Problem]]:
    """Read and check a file or folder. ``known``: ids the graph holds per table, which the file may name without
    repeating their rows; ``gone``: ids per table the graph holds for a region (id -> region), so a row that names one
    the file left out says so plainly; ``name``: the file's name as the user knows it (an upload's own name)."""
    with paused_gc():
        return validate(read_input(path, name=name), known, gone)


def validate(raw: RawInput, known: Known | None = None, gone: Mapping[str, Mapping[str, str]] | None = None
             ) -> tuple[ValidInput, list[Problem]]:
    problems = [Problem(*p) for p in raw.problems]
    data = ValidInput(raw.path)
    for table in TABLES:
        rt = raw.tables.get(table.name)
        if rt is not None and "id" in rt.header:
            # ids typed on invalid rows (or in a table whose header is wrong) still count as existing,
            # so one bad cell or one missing column is one problem, not one per row that points here
            data.typed_ids[table.name] = {str(c.get("id")).strip() for _, c in rt.rows if c.get("id") is not None}
    names = _NameIndex(raw, data)
    reported: set[tuple[str, int, str]] = set()  # (table, row, column) already explained
    for table in TABLES:
        rt = raw.tables.get(table.name)
        if rt is None:
            continue
        data.where[table.name] = rt.where
        header_ok = _check_header(table, rt.where, rt.header, problems)
        if not header_ok:
            continue
        names.resolve(table, rt.where, rt.rows, problems, reported)
        dates = [c for c in _date_columns(table.model) if c in rt.header]
        parsed: list[tuple[int, Row]] = []
        fast = FastTable(table.model, rt.header)
        for rownum, cells in rt.rows:
            if dates and _years_in_dates(table.name, rt.where, rownum, cells, dates, problems, reported):
                continue
            row = fast.row(cells)
            if row is not None:
                parsed.append((rownum, row))
                continue
            try:
                parsed.append((rownum, table.model.model_validate(cells)))
            except ValidationError as exc:
                for err in exc.errors():
                    column = str(err["loc"][0]) if err["loc"] else ""
                    if (table.name, rownum, column) in reported:
                        continue
                    value = cells.get(column, "") if column else ""
                    problems.append(Problem(rt.where, rownum, column, _show(value), error_message(err, table.model, column)))
        data.tables[table.name] = parsed
    _check_keys(data, problems)
    _check_refs(data, problems, names, reported, known or {}, gone or {})
    _check_rules(data, problems)
    problems.sort(key=lambda p: (_table_order(p.where), p.where, p.row or 0, p.column))
    data.problems = problems
    return data, problems


@functools.cache
def _date_columns(model: type[Row]) -> tuple[str, ...]:
    hints = typing.get_type_hints(model, include_extras=True)
    kinds = (models.Date, models.OptDate, models.DateTime)
    return tuple(name for name in model.model_fields if any(hints[name] == k for k in kinds))


_YEAR = re.compile(r"^\d{4}(\.0+)?$")


def _years_in_dates(
    table: str, where: str, rownum: int, cells: dict[str, Any], dates: list[str], problems: list[Problem],
    reported: set[tuple[str, int, str]],
) -> bool:
    """A bare year in a date column is refused with its own message (as an Excel serial it would be 1905)."""
    found = False
    for column in dates:
        v = cells.get(column)
        if isinstance(v, str):
            if len(v) != 4 and not v.endswith(".0"):
                continue  # the common case (a full date) without the pattern
        elif isinstance(v, bool) or not isinstance(v, (int, float)):
            continue
        text = str(v).strip()
        if _YEAR.match(text) and 1000 <= float(text) < 3000:
            year = text.split(".")[0]
            problems.append(Problem(where, rownum, column, year, msg("load.year_not_date", year=year)))
            reported.add((table, rownum, column))
            found = True
    return found


# The columns that name a row, per table: what a person types instead of an id.
_NAME_COLUMNS = ("name_en", "name_cy", "short_name", "title_en", "title_cy")


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


class _NameIndex:
    """Each table's ids and names, to read a name typed for an id and to suggest the id meant."""

    def __init__(self, raw: RawInput, data: ValidInput) -> None:
        self.ids = data.typed_ids
        self.notes = data.notes
        self.labels: dict[str, dict[str, str]] = {}  # table -> id -> "id: English name"
        self.by_name: dict[str, dict[str, set[str]]] = {}  # table -> normalised name -> ids
        for name, rt in raw.tables.items():
            if "id" not in rt.header:
                continue
            label, index = self.labels.setdefault(name, {}), self.by_name.setdefault(name, {})
            for _, cells in rt.rows:
                rid = str(cells.get("id") or "").strip()
                if not rid:
                    continue
                texts = [str(cells[c]).strip() for c in _NAME_COLUMNS if c in cells and cells[c] not in (None, "")]
                label[rid] = f"{rid}: {texts[0]}" if texts else rid
                for text in texts:
                    index.setdefault(_norm(text), set()).add(rid)

    def suggest(self, target: str, value: str) -> list[str]:
        """Up to three ids the value most looks like, best first (rapidfuzz over the ids and the names)."""
        from rapidfuzz import fuzz, process

        texts: list[tuple[str, str]] = [(i, i) for i in self.ids.get(target, ())]
        texts += [(name, i) for name, ids in self.by_name.get(target, {}).items() for i in ids]
        found = process.extract(_norm(value), [text for text, _ in texts], scorer=fuzz.WRatio, processor=_norm,
                                limit=12, score_cutoff=70)
        out: list[str] = []
        for _, _, index in found:
            rid = texts[index][1]
            if rid not in out:
                out.append(rid)
        return out[:3]

    def label(self, target: str, rid: str) -> str:
        """'id: English name' (or the id alone for a table without names)."""
        return self.labels.get(target, {}).get(rid, rid)

    def resolve(
        self, table: Table, where: str, rows: list[tuple[int, dict[str, Any]]], problems: list[Problem],
        reported: set[tuple[str, int, str]],
    ) -> None:
        """Replace a name typed in a reference column by its id when exactly one row has that name."""
        for ref in table.refs:
            fixed = ref.table is not None
            if fixed and (not self.by_name.get(str(ref.table)) or ref.table not in self.ids):
                continue  # a table without names (posts, meetings), or missing: _check_refs reports it
            for rownum, cells in rows:
                value = cells.get(ref.column)
                if not isinstance(value, str) or not value:
                    continue
                target = ref.table or TARGET_TABLE.get(str(cells.get(ref.kind_column or "")).strip(), "")
                known = self.ids.get(target)
                if known is None or target not in self.by_name:
                    continue
                parts = [p.strip() for p in value.split(";")] if ";" in value else [value]
                if all(p in known or not p for p in parts):
                    continue
                out = []
                for part in parts:
                    out.append(self._one(target, part, known, where, rownum, ref.column, table.name, problems, reported))
                cells[ref.column] = ";".join(out)

    def _one(
        self, target: str, part: str, known: set[str], where: str, rownum: int, column: str, table: str,
        problems: list[Problem], reported: set[tuple[str, int, str]],
    ) -> str:
        if part in known or not part:
            return part
        ids = self.by_name[target].get(_norm(part), set())
        thing = msg(_THING[target])
        if len(ids) == 1:
            (rid,) = ids
            self.notes.append(Problem(where, rownum, column, part, msg("load.name_read_as_id", thing=thing, id=rid)))
            return rid
        if (table, rownum, column) in reported:
            return part
        if len(ids) > 1:
            listed = either([self.labels[target][i] for i in sorted(ids)])
            message = msg("load.name_ambiguous", thing=thing, value=part, ids=listed)
        elif models._ID.match(part):
            return part  # an unknown id: _check_refs reports it with its suggestions
        else:
            close = [self.label(target, i) for i in self.suggest(target, part)]
            message = (msg("load.unknown_name_suggest", thing=thing, value=part, close=either(close))
                       if close else msg("load.unknown_name", thing=thing, value=part, table=target))
        problems.append(Problem(where, rownum, column, part, message))
        reported.add((table, rownum, column))
        return part


def _table_order(where: str) -> int:
    for i, table in enumerate(TABLES):
        if where.endswith(table.name) or where.startswith(table.name + "."):
            return i
    return -1


def _show(value: Any) -> str:
    return "" if value is None else str(value)


def either(items: list[str]) -> str | Msg:
    """"a, b or c" in the reader's language (one item: itself)."""
    if len(items) < 2:
        return items[0] if items else ""
    return msg("load.either", first=", ".join(items[:-1]), last=items[-1])


def _check_header(table: Table, where: str, header: list[str], problems: list[Problem]) -> bool:
    known = table.columns
    ok = True
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(Problem(where, 1, col, col, msg("load.duplicate_column")))
            ok = False
        seen.add(col)
        renamed = models.RENAMED_COLUMNS.get(table.name, {}).get(col)
        if col not in known and renamed:
            # A file written before the column was renamed: name the new column (issue 20).
            problems.append(Problem(where, 1, col, col, msg("data.renamed_column", old=col, new=renamed)))
            ok = False
        elif col not in known:
            close = difflib.get_close_matches(col, known, n=1)
            message = (msg("load.unknown_column_close", close=close[0]) if close
                       else msg("load.unknown_column_list", columns=", ".join(known)))
            problems.append(Problem(where, 1, col, col, message))
            ok = False
    for name, f in table.model.model_fields.items():
        if f.is_required() and name not in seen:
            problems.append(Problem(where, 1, name, "", msg("load.missing_column", column=name,
                                                           help=ColumnHelp(table.model, name))))
            ok = False
    return ok


# pydantic's error types, each worded by a catalogue key (its values: the cell, and pydantic's ctx).
# ``missing``, ``enum``/``literal_error`` and ``value_error`` are worded in error_message; any other type
# reads ``load.error.other``, so pydantic's own English never reaches a reader.
_RANGE = {"greater_than_equal": ("ge", "load.range_ge"), "greater_than": ("gt", "load.range_gt"),
          "less_than_equal": ("le", "load.range_le"), "less_than": ("lt", "load.range_lt")}
_ERRORS = {
    "string_type": "load.error.string_type", "string_too_short": "load.error.string_too_short",
    "string_too_long": "load.error.string_too_long", "string_pattern_mismatch": "load.error.string_pattern_mismatch",
    "too_short": "load.error.too_short", "too_long": "load.error.too_long", "list_type": "load.error.list_type",
    "int_parsing": "load.error.int_parsing", "int_type": "load.error.int_parsing",
    "int_parsing_size": "load.error.int_parsing", "int_from_float": "load.error.int_from_float",
    "float_parsing": "load.not_a_number", "float_type": "load.not_a_number", "finite_number": "load.not_a_number",
    "decimal_parsing": "load.not_a_number", "decimal_type": "load.not_a_number",
    "multiple_of": "load.error.multiple_of",
    "bool_parsing": "load.not_yes_no", "bool_type": "load.not_yes_no",
    "date_parsing": "load.not_a_date", "date_type": "load.not_a_date", "date_from_datetime_parsing": "load.not_a_date",
    "date_from_datetime_inexact": "load.error.date_from_datetime_inexact",
    "datetime_parsing": "load.not_a_datetime", "datetime_type": "load.not_a_datetime",
    "datetime_from_date_parsing": "load.not_a_datetime", "datetime_object_invalid": "load.not_a_datetime",
    "url_parsing": "load.error.url", "url_type": "load.error.url", "url_scheme": "load.error.url",
    "url_syntax_violation": "load.error.url", "url_too_long": "load.error.url",
    "extra_forbidden": "load.unknown_column",
}


def error_message(err: ErrorDetails, model: type[Row], column: str) -> Msg:
    """What pydantic found in one cell, as a catalogue sentence (never pydantic's own English)."""
    kind = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    field_info = model.model_fields.get(column)
    shown = _show(err.get("input"))
    if kind == "missing" or (kind == "string_type" and err.get("input") in (None, "")):
        if field_info is not None and field_info.description:
            return msg("load.required_help", column=column, help=ColumnHelp(model, column))
        return msg("load.required", column=column)
    if kind in ("enum", "literal_error") and field_info is not None:
        values = _allowed_values(field_info)
        if values:
            return msg("load.not_allowed", values=either(values))
    error = ctx.get("error")
    if kind == "value_error" and isinstance(error, CellError):
        return error.said
    if kind in _RANGE:
        bound, key = _RANGE[kind]
        return msg(key, limit=_number(ctx[bound]))
    if kind in _ERRORS:
        given = {k: _number(v) for k, v in ctx.items() if isinstance(v, (int, float, str))}
        return msg(_ERRORS[kind], text=shown, **given)
    return msg("load.error.other", column=column)


def _number(value: Any) -> Any:
    """A bound as a person writes it: 24, not 24.0 (a float column's bounds come back as floats)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _allowed_values(f: FieldInfo) -> list[str]:
    """The allowed values of an enum or literal column (or of the items of a list of them)."""
    for kind in (f.annotation, *get_args(f.annotation)):
        for inner in (kind, *get_args(kind)):
            if isinstance(inner, type) and issubclass(inner, Enum):
                return [str(m.value) for m in inner]
            if typing.get_origin(inner) is typing.Literal:
                return [str(v) for v in get_args(inner)]
    return []


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
                            msg("load.duplicate_key", entry=label, row=first[key]))
                )
            else:
                first[key] = rownum


# The word for one row of each table a column can point to (catalogue keys).
_THING = {
    "areas": "load.thing.area", "themes": "load.thing.theme", "legislation": "load.thing.legislation",
    "organisations": "load.thing.organisation", "partnerships": "load.thing.partnership", "people": "load.thing.person",
    "meetings": "load.thing.meeting", "datasets": "load.thing.dataset",
}


def _check_refs(
    data: ValidInput, problems: list[Problem], names: _NameIndex | None = None,
    reported: set[tuple[str, int, str]] | None = None, known: Known | None = None,
    gone: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Every reference names a row of the input or one the graph holds (``known``); refs into a table that is missing
    or unreadable fold into one problem; a ref to a row the graph has but the file left out (``gone``) says so."""
    reported = reported or set()
    known = known or {}
    gone = gone or {}
    ids = {
        tb.name: {str(r.cell("id")) for r in data.rows(tb.name)} | data.typed_ids.get(tb.name, set())
        | set(known.get(tb.name, ()))
        for tb in TABLES if "id" in tb.model.model_fields and (tb.name in data.typed_ids or tb.name in known)
    }
    for name, rows in data.tables.items():
        table = TABLES_BY_NAME[name]
        for ref in table.refs:
            knock_on: dict[str, list[Problem]] = {}
            for rownum, row in rows:
                if (name, rownum, ref.column) in reported:
                    continue
                value = row.cell(ref.column)
                values = value if isinstance(value, list) else [value]
                target = ref.table or TARGET_TABLE[row.cell(ref.kind_column or "")]
                thing = msg(_THING[target])
                present = ids.get(target)
                for v in values:
                    if v is None or (present is not None and v in present):
                        continue
                    if v in gone.get(target, {}):  # the graph has it from an earlier load; this file left it out
                        problems.append(Problem(data.where[name], rownum, ref.column, v, msg(
                            "load.ref_left_out", thing=thing, value=v, table=target, region=gone[target][v])))
                        continue
                    if present is None:  # the table it points to is missing or could not be read
                        knock_on.setdefault(target, []).append(Problem(
                            data.where[name], rownum, ref.column, v, msg("load.unknown_ref_add", thing=thing, value=v,
                                                                         table=target)))
                        continue
                    close = names.suggest(target, v) if names else difflib.get_close_matches(v, present, n=1, cutoff=0.6)
                    if close:
                        message = msg("load.unknown_ref_close", thing=thing, value=v, close=close[0])
                    else:
                        message = msg("load.unknown_ref_add", thing=thing, value=v, table=target)
                    problems.append(Problem(data.where[name], rownum, ref.column, v, message))
            for target, folded in knock_on.items():
                if len(folded) == 1:  # one reference: its own message says it all
                    problems.extend(folded)
                    continue
                key = "load.refs_table_unreadable" if target in data.where else "load.refs_table_missing"
                first = folded[0]
                problems.append(Problem(first.where, first.row, first.column, first.value,
                                        msg(key, n=len(folded), table=target, where=data.where.get(target, "")),
                                        tuple(folded)))


def _check_rules(data: ValidInput, problems: list[Problem]) -> None:
    dated: list[tuple[str, int, Membership | Seat]] = [
        *(("memberships", n, r) for n, r in data.numbered("memberships", Membership)),
        *(("seats", n, r) for n, r in data.numbered("seats", Seat)),
    ]
    for table, rownum, row in dated:
        if row.since and row.until and row.until < row.since:
            problems.append(Problem(data.where[table], rownum, "until", str(row.until), msg("load.until_before_since")))
    for rownum, p in data.numbered("partnerships", Partnership):
        for column, points_to in (("subgroup_of", p.subgroup_of), ("successor_id", p.successor_id)):
            if points_to == p.id:
                problems.append(Problem(data.where["partnerships"], rownum, column, p.id, msg("load.points_to_itself")))
        if p.dissolved and p.established and p.dissolved < p.established:
            problems.append(Problem(data.where["partnerships"], rownum, "dissolved", str(p.dissolved),
                                    msg("load.dissolved_before_established")))
    for rownum, a in data.numbered("areas", Area):
        if a.parent_id == a.id:
            problems.append(Problem(data.where["areas"], rownum, "parent_id", a.id, msg("load.area_in_itself")))
