"""A fast path for validating the common, well-formed row, with pydantic as the judge of the rest.

Why: validating 200,000 attendance rows one ``model_validate`` at a time costs several seconds,
most of it in the per-cell Python validators and the per-row call. Most cells repeat (sources,
dates, yes/no, ids), so each column here keeps a memo from the cell's text to its value, and a
row is built straight into a model instance.

The fast path only accepts a cell when the result is certain to be the one pydantic would give
(plain text cells in the forms the parsers in loader/models.py read; enum values typed exactly;
numbers as plain digits within the column's bounds). Anything else, including every invalid
cell, makes ``FastTable.row`` return None and the caller validates that row with pydantic, so
error messages are unchanged. tests/test_validate.py checks both paths agree.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import annotated_types

from tirlun.loader import models
from tirlun.loader.models import Row

_MISS = object()
_BLANK = object()
_SLOW = object()
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_INT = re.compile(r"^(0|[1-9]\d{0,17})$")


def _text(s: str) -> Any:
    t = s.strip()
    # str.strip and pydantic's strip agree on ASCII ends; leave other ends to pydantic
    return t if ord(t[0]) < 128 and ord(t[-1]) < 128 else _SLOW


def _id(s: str) -> Any:
    t = s.strip()
    return t if models._ID.match(t) else _SLOW


def _id_list(s: str) -> Any:
    parts = [p.strip() for p in s.split(";") if p.strip()]
    return parts if all(models._ID.match(p) for p in parts) else _SLOW


def _bool(s: str) -> Any:
    t = s.strip().lower()
    if t in models._TRUE:
        return True
    if t in models._FALSE:
        return False
    return _SLOW


def _exactly(parse: Callable[[str], Any], kind: type) -> Callable[[str], Any]:
    """A parser from loader.models, trusted only when it gives exactly ``kind`` (else pydantic decides)."""

    def cell(s: str) -> Any:
        try:
            value = parse(s)
        except ValueError:
            return _SLOW
        return value if type(value) is kind else _SLOW

    return cell


_date = _exactly(models.parse_date, dt.date)
_datetime = _exactly(models.parse_datetime, dt.datetime)


def _enum(kind: type[enum.Enum]) -> Callable[[str], Any]:
    values = {m.value for m in kind}
    return lambda s: s if s in values else _SLOW


def _enum_list(kind: type[enum.Enum]) -> Callable[[str], Any]:
    values = {m.value for m in kind}

    def parse(s: str) -> Any:
        parts = [p.strip() for p in s.split(";") if p.strip()]
        return parts if all(p in values for p in parts) else _SLOW

    return parse


def _within(compare: Callable[[Any, Any], Any], bound: Any) -> Callable[[Any], bool]:
    """A check that a value compares to ``bound`` as the column's constraint says (e.g. value > 0)."""
    return lambda v: bool(compare(v, bound))


def _bounded(convert: Callable[[str], Any], pattern: re.Pattern[str], metadata: list[Any]) -> Callable[[str], Any]:
    checks: list[Callable[[Any], bool]] = []
    for m in metadata:
        if isinstance(m, annotated_types.Gt):
            checks.append(_within(operator.gt, m.gt))
        elif isinstance(m, annotated_types.Ge):
            checks.append(_within(operator.ge, m.ge))
        elif isinstance(m, annotated_types.Lt):
            checks.append(_within(operator.lt, m.lt))
        elif isinstance(m, annotated_types.Le):
            checks.append(_within(operator.le, m.le))

    def parse(s: str) -> Any:
        t = s.strip().replace(",", ".")
        if not pattern.match(t):
            return _SLOW
        v = convert(t)
        return v if all(c(v) for c in checks) else _SLOW

    return parse


# The annotated types of loader/models.py, each with its fast parser (None: let pydantic do it).
_BY_TYPE: list[tuple[Any, Callable[[list[Any]], Callable[[str], Any]]]] = [
    (models.Id, lambda md: _id),
    (models.OptId, lambda md: _id),
    (models.Text, lambda md: _text),
    (models.OptText, lambda md: _text),
    (models.Date, lambda md: _date),
    (models.OptDate, lambda md: _date),
    (models.DateTime, lambda md: _datetime),
    (models.Bool, lambda md: _bool),
    (models.OptBool, lambda md: _bool),
    (models.IdList, lambda md: _id_list),
    (models.Float, lambda md: _bounded(float, _NUMBER, md)),
    (models.OptFloat, lambda md: _bounded(float, _NUMBER, md)),
    (models.Int, lambda md: _bounded(int, _INT, md)),
    (models.OptInt, lambda md: _bounded(int, _INT, md)),
]


def _parser_for(hint: Any, metadata: list[Any]) -> Callable[[str], Any] | None:
    for known, make in _BY_TYPE:
        if hint == known:
            return make(metadata)
    args = typing.get_args(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        other = next(a for a in args if a is not type(None))
        if isinstance(other, type) and issubclass(other, enum.Enum):
            return _enum(other)
    if typing.get_origin(hint) is typing.Annotated and len(args) == 2:
        inner, extra = args
        if typing.get_origin(inner) is list and getattr(extra, "func", None) is models.parse_list:
            (item,) = typing.get_args(inner)
            if isinstance(item, type) and issubclass(item, enum.Enum):
                return _enum_list(item)
    return None


def _default_maker(field: Any) -> Callable[[], Any] | None:
    """The value pydantic gives an absent column (defaults are validated too), or None if unsure."""
    if field.default_factory is list:
        return list
    default = field.default
    if default is None or type(default) is bool:
        return lambda: default
    if isinstance(default, enum.Enum):
        value = default.value
        return lambda: value
    return None


class FastTable:
    """Builds model instances from well-formed rows of one table (read with ``header``); None means 'ask pydantic'.

    A row is a copy of ``blank`` (every column at its default) updated with the cells typed in,
    through pydantic's public ``model_copy``: its fields set are then exactly the columns given,
    as validation would make them. A row whose defaulted column is a list is built with
    ``model_construct`` instead, so every row has its own list.
    """

    def __init__(self, model: type[Row], header: list[str]) -> None:
        self.model = model
        hints = typing.get_type_hints(model, include_extras=True)
        self.spec: list[tuple[str, dict[str, Any], Callable[[str], Any], bool, bool]] = []
        self.defaults: dict[str, Callable[[], Any]] = {}
        self.ok = not model.__pydantic_post_init__
        for name, field in model.model_fields.items():
            parser = _parser_for(hints[name], list(field.metadata))
            default = None if field.is_required() else _default_maker(field)
            if parser is None or (default is None and not field.is_required()) or field.alias:
                self.ok = False
                break
            if default is not None:
                self.defaults[name] = default
            self.spec.append((name, {}, parser, default is not None, typing.get_origin(field.annotation) is list))
        # rows are dicts keyed by the header: unknown columns are pydantic's to report
        self.ok = self.ok and set(header) <= set(model.model_fields)
        # required columns hold None here; every row that reaches model_copy gives them
        self.blank = model.model_construct(set(), **{n: None for n in model.model_fields} | self._default_values())

    def _default_values(self) -> dict[str, Any]:
        return {name: make() for name, make in self.defaults.items()}

    def row(self, cells: dict[str, Any]) -> Row | None:
        """The row's model instance, or None when pydantic must decide. Its keys must come from the header."""
        if not self.ok:
            return None
        given: dict[str, Any] = {}
        own_list = False
        get = cells.get
        for name, memo, parse, has_default, is_list in self.spec:
            v = get(name)
            if v is not None:
                r = memo.get(v, _MISS)  # keys are text only, so other cell types always miss
                if r is _MISS:
                    if type(v) is not str:
                        return None
                    r = memo[v] = _BLANK if not v.strip() else parse(v)
                if r is _SLOW:
                    return None
                if r is not _BLANK:
                    given[name] = r.copy() if is_list else r  # each row its own list
                    continue
            if not has_default:
                return None  # a required column is empty: pydantic says so
            own_list = own_list or is_list
        if own_list:
            return self.model.model_construct(set(given), **(self._default_values() | given))
        return self.blank.model_copy(update=given)
