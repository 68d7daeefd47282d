"""Reading the reference tables (data/*.csv) as named records, and writing CSV output.

Why: the reference data are tables a newcomer (or a translator) can open in a
spreadsheet; each file's header must match the fields of its record class exactly, so a
renamed or missing column fails loudly instead of shifting values into the wrong field.
Cells hold lists as ``a;b`` (as the loader's CSV format does), booleans as true/false and
dates as YYYY-MM-DD.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar, get_type_hints

DATA = Path(__file__).resolve().parent / "data"
R = TypeVar("R")


class RowWriter(Protocol):
    """What ``csv.writer`` returns (typed for mypy)."""

    def writerow(self, row: Iterable[Any], /) -> Any: ...

    def writerows(self, rows: Iterable[Iterable[Any]], /) -> None: ...


def _convert(text: str, hint: Any, where: str) -> Any:
    if hint is str:
        return text
    if hint == str | None:
        return text or None
    if hint is int:
        return int(text)
    if hint is float:
        return float(text)
    if hint is bool:
        if text not in ("true", "false"):
            raise ValueError(f"{where}: {text!r} is not true or false")
        return text == "true"
    if hint == tuple[str, ...]:
        return tuple(text.split(";")) if text else ()
    if hint is dt.date:
        return dt.date.fromisoformat(text)
    if hint == dt.date | None:
        return dt.date.fromisoformat(text) if text else None
    raise TypeError(f"{where}: no reader for {hint!r}")


def read_table(name: str, record: type[R], folder: Path = DATA) -> tuple[R, ...]:
    """Every row of ``folder/name.csv`` as a ``record``, in file order (order is meaningful)."""
    hints = get_type_hints(record)
    path = folder / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != list(hints):
            raise ValueError(f"{path}: columns {header} do not match {record.__name__} fields {list(hints)}")
        out = []
        for line, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                raise ValueError(f"{path} line {line}: {len(cells)} cells for {len(header)} columns")
            values = {col: _convert(cell, hints[col], f"{path} line {line} [{col}]")
                      for col, cell in zip(header, cells, strict=True)}
            out.append(record(**values))
    return tuple(out)


@contextmanager
def table_writer(path: Path, columns: Sequence[str]) -> Iterator[RowWriter]:
    """A CSV file with its header written: UTF-8, ``\\n`` line ends, so output is byte-stable."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        yield writer


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A whole table at once (rows already as cell text)."""
    with table_writer(path, columns) as writer:
        writer.writerows(rows)
