"""What every answer shares: the context a question is asked in, and bounded, ranked tables.

An answer is a plain function ``(db, context, ...) -> typed result`` with no Streamlit in
it, so the app's pages, ``tirlun answer``, ``tirlun pack`` and the bench all ask the graph
the same question and get the same rows. Tables are ranked and cut on the server: a query
returns at most ``$limit`` rows and, on every row, ``total`` (how many rows the full answer
has), so no page pulls more rows than it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from tirlun.i18n import Translator, translator


class Reader(Protocol):
    """What an answer needs of the database layer (``tirlun.database.Database`` has it)."""

    def read(self, ref: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def graph_version(self) -> str: ...  # what the findings kept with the graph are keyed on (answers/stored.py)


@dataclass(frozen=True)
class Context:
    """The question's setting: which region, on which date, in which language, for which room."""

    region: str | None
    as_of: dt.date
    lang: str = "en"
    workshop: bool = False

    @property
    def year_before(self) -> dt.date:
        """Twelve calendar months earlier, as the library's queries count a year."""
        return year_before(self.as_of)

    @property
    def params(self) -> dict[str, Any]:
        return {"region": self.region, "as_of": self.as_of}

    @property
    def tr(self) -> Translator:
        """The answer's words: every sentence and label it builds is in ``lang``, never in a global."""
        return translator(self.lang)

    def with_(self, **changes: Any) -> Context:
        return replace(self, **changes)


def year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def default_as_of(db: Reader, region: str | None, today: dt.date | None = None) -> dt.date:
    """The one default date, from the data: today, unless the region's meetings end earlier.

    Then it is the day of the last meeting, so a question asked with no date (in the app
    or on the command line) is asked where the data is, never after it.
    """
    today = today or dt.date.today()
    rows = db.read("app_date_range", {"region": region})
    last = rows[0].get("last_meeting") if rows else None
    if last is None:
        return today
    last = last.date() if isinstance(last, dt.datetime) else last
    return min(today, last)


def context_for(db: Reader, region: str | None, as_of: dt.date | None = None, lang: str = "en",
                workshop: bool = False) -> Context:
    return Context(region=region, as_of=as_of or default_as_of(db, region), lang=lang, workshop=workshop)


class Streamer(Reader, Protocol):
    """What a full-list download needs as well: the query's rows in batches (``Database.stream``)."""

    def stream(self, ref: Any, params: dict[str, Any] | None = None,
               batch_size: int = 2000) -> Iterator[list[dict[str, Any]]]: ...


@dataclass(frozen=True)
class Download:
    """The unbounded query behind a table, for a CSV streamed only when someone asks for it.

    The answer owns it whole: the query, its parameters with ``limit`` null, ``columns`` (column ->
    catalogue key, in the file's order, the name column for the answer's language), and ``word``, a
    module-level function that turns a batch of the server's rows into the rows the file shows (labels,
    names), given the translator for ``lang``, so a page passes it on without naming a query or building a column map.
    """

    query: str
    params: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)
    word: Callable[[list[dict[str, Any]], Translator], list[dict[str, Any]]] | None = None
    lang: str = "en"

    def to_json(self) -> dict[str, Any]:
        """What a reader of `tirlun answer` can run again: the query, its parameters and the file's columns."""
        return {"query": self.query, "params": self.params, "columns": self.columns, "lang": self.lang}


@dataclass(frozen=True)
class EachRow:
    """A download's ``word`` made of a function on one row (kept picklable: answers are cached)."""

    fn: Callable[[Mapping[str, Any], Translator], dict[str, Any]]

    def __call__(self, batch: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
        return [self.fn(r, tr) for r in batch]


def stream_rows(db: Streamer, spec: Download) -> Iterator[dict[str, Any]]:
    """Every row of a download, batch by batch from the server, worded in the download's language."""
    for batch in db.stream(spec.query, spec.params):
        if spec.word is None:
            yield from batch
            continue
        yield from spec.word(batch, translator(spec.lang))


@dataclass(frozen=True)
class Table:
    """A ranked table as the server cut it: ``rows`` are the first ``limit`` of ``total``.

    ``labels`` (column -> catalogue key, in the order shown) and ``download`` (the whole list) are the
    answer's too: a page renders the table as it comes, and builds no column map of its own.
    """

    rows: list[dict[str, Any]]
    total: int
    limit: int | None = None
    columns: tuple[str, ...] = ()
    empty_reason: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    download: Download | None = None

    def shown_as(self, labels: Mapping[str, str], download: Download | None = None) -> Table:
        """The same table with the columns a reader sees, and its full-list download."""
        return replace(self, labels=dict(labels), download=download)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "shown": len(self.rows), "truncated": self.truncated,
                "empty_reason": self.empty_reason, "rows": self.rows}


def ranked(rows: Sequence[Mapping[str, Any]], limit: int | None, columns: Sequence[str] = (),
           empty_reason: str | None = None) -> Table:
    """A Table from a bounded query's rows: each row carries ``total``, which is lifted out."""
    out = [{k: v for k, v in r.items() if k != "total"} for r in rows]
    total = int(rows[0]["total"]) if rows and "total" in rows[0] else len(out)
    cols = tuple(columns) or (tuple(out[0]) if out else ())
    return Table(rows=out, total=total, limit=limit, columns=cols, empty_reason=empty_reason if not out else None)


def read_together(db: Reader, requests: Mapping[str, tuple[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Several independent library queries at once, each in its own read transaction.

    A page's questions do not depend on each other; asked together, the server answers them
    on all its cores instead of one after another (the overview at scale 1: about half the time).
    """
    if len(requests) <= 1:
        return {k: db.read(q, p) for k, (q, p) in requests.items()}
    with ThreadPoolExecutor(max_workers=min(4, len(requests))) as pool:
        futures = {k: pool.submit(db.read, q, p) for k, (q, p) in requests.items()}
        return {k: f.result() for k, f in futures.items()}


def first(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    return dict(rows[0]) if rows else {}


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula: text starting =, +, -, @, tab or CR gets a
    leading apostrophe (OWASP's advice on CSV injection). Numbers pass unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
