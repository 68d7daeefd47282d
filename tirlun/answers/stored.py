"""Findings kept with the graph: a costly question's ranked rows, computed once per graph version, then cut.

Why: some questions (which pairs of partnerships share members, which meetings duplicate each other, which
assessments stay in one structure) cost seconds on all of Wales and more at ten times its size, and their answer
only changes when the graph does. Each such question is computed once per graph version and choice of
parameters, and its ranked rows (cut at ``STORE_LIMIT``, the most any page shows, each row carrying the whole
answer's totals) are kept in Neo4j as a ``FindingSet`` node: analysts can read them in Neo4j's own tools, and every
process (the app, ``tirlun answer``, the pack, the bench) shares them. A page then reads one node and cuts it.

Never a figure older than the last write: a set's key holds the graph version (raised in the same transaction
as every write), so after a load no reader can find the old set; the first question asked at the new version
computes it (``tirlun load``, the app's Data page and ``tirlun demo`` warm the first pages' sets before they say
they are done: ``warm``). Readers are never blocked: a computation only reads, and its one small write commits
beside them.

Never a mix of two versions: Neo4j reads are read-committed, so a computation reads the graph version before
and after its reads. Every write raises the version, so equal versions mean no write committed in between and
the rows are one version's; otherwise it computes again (at most ``ATTEMPTS`` times) and never stores rows under a
version they do not belong to. While a load holds the load lock nothing is kept: a load too big for one
transaction commits batch by batch and raises the version only at its end, so rows read meanwhile may hold half of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tirlun.answers.base import Reader
from tirlun.errors import DatabaseError, TirlunError
from tirlun.i18n import msg

log = logging.getLogger(__name__)

STORE_LIMIT = 300  # rows kept per set: the largest table a page shows (overlap pairs 200, choices 300)
ATTEMPTS = 3

# (db, params, limit) -> the question's rows, ranked, at most ``limit`` (None: all), each carrying the totals
Compute = Callable[[Reader, dict[str, Any], int | None], list[dict[str, Any]]]


@dataclass(frozen=True)
class Found:
    """A question's stored rows and where they came from."""

    rows: list[dict[str, Any]]
    version: str  # the graph version they were computed from
    computed: bool  # computed by this call (False: read from the store)
    seconds: float  # what computing them cost (when they were computed)


# -- rows as JSON text, dates kept --------------------------------------------------------------------
def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot keep a {type(value).__name__} in a finding set")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$datetime" in obj:
            return dt.datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return dt.date.fromisoformat(obj["$date"])
    return obj


def encode(value: Any) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(text: str) -> Any:
    return json.loads(text, object_hook=_hook)


def key(kind: str, params: dict[str, Any], graph_version: str) -> str:
    """One set per question, choices and graph version."""
    return hashlib.sha256(encode([kind, params, graph_version]).encode()).hexdigest()


# -- reading and computing ------------------------------------------------------------------------------
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock(k: str) -> threading.Lock:
    """One computation per set in a process: twenty sessions opening a page after a load compute it once."""
    with _locks_guard:
        if len(_locks) > 1000:
            _locks.clear()
        return _locks.setdefault(k, threading.Lock())


def consistent(db: Reader, compute: Callable[[], Any]) -> tuple[Any, str]:
    """``compute()``'s result and the one graph version every read in it saw (see the module's docstring)."""
    for _ in range(ATTEMPTS):
        before = db.graph_version()
        result = compute()
        if db.graph_version() == before:
            return result, before
    raise TirlunError(msg("stored.changing"), msg("stored.changing_hint"))


def found(db: Reader, kind: str, params: dict[str, Any], compute: Compute) -> Found:
    """The question's stored rows for the graph's current version, computing and keeping them if absent."""
    now = db.graph_version()
    k = key(kind, params, now)
    hit = _get(db, k)
    if hit is not None:
        return Found(hit, now, False, 0.0)
    with _lock(k):
        hit = _get(db, k)  # another session of this process may have computed it meanwhile
        if hit is not None:
            return Found(hit, now, False, 0.0)
        started = time.perf_counter()
        rows, seen = consistent(db, lambda: compute(db, params, STORE_LIMIT))
        seconds = time.perf_counter() - started
        _put(db, kind, params, seen, rows, seconds)
        return Found(rows, seen, True, seconds)


def ranked_rows(db: Reader, kind: str, params: dict[str, Any], compute: Compute, limit: int | None) -> list[dict[str, Any]]:
    """The first ``limit`` rows of the question: from the store when the store holds that many, else computed whole."""
    if limit is None or limit > STORE_LIMIT:
        return compute(db, params, limit)
    return found(db, kind, params, compute).rows[:limit]


def _get(db: Reader, k: str) -> list[dict[str, Any]] | None:
    rows = db.read("findings_get", {"key": k})
    if not rows or not rows[0]["found"]:
        return None
    return list(decode(str(rows[0]["rows"])))


def _put(db: Reader, kind: str, params: dict[str, Any], graph_version: str, rows: list[dict[str, Any]],
         seconds: float) -> None:
    write = getattr(db, "write", None)
    if write is None:  # a reader that cannot write: the answer stands, computed again next time
        return
    total = int(rows[0].get("total") or len(rows)) if rows else 0
    held = db.read("load_lock_holder")
    if held and held[0].get("load_id"):  # a batched load commits as it goes: rows read now may be half of one
        return
    try:
        write("findings_put", {"key": key(kind, params, graph_version), "kind": kind, "version": graph_version,
                               "params": encode(params), "rows": encode(rows), "total": total,
                               "seconds": round(seconds, 3)})
    except DatabaseError as exc:  # a read-only account: the answer stands, it is computed again next time
        log.warning("findings for %s not kept: %s", kind, exc)


@dataclass(frozen=True)
class Query:
    """A library query as a computation: its rows, ranked and cut by its own ``$limit`` (each row has the totals)."""

    name: str

    def __call__(self, db: Reader, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
        return db.read(self.name, {**params, "limit": limit})


def query_rows(db: Reader, name: str, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
    """A library query's first ``limit`` rows, kept with the graph (``ranked_rows``)."""
    return ranked_rows(db, name, params, Query(name), limit)


@dataclass(frozen=True)
class Whole:
    """A library query with no ``$limit`` whose every row is the answer (an aggregate: a few dozen rows at any size)."""

    name: str

    def __call__(self, db: Reader, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
        rows = db.read(self.name, params)
        if len(rows) > STORE_LIMIT:
            raise ValueError(f"{self.name} returned {len(rows)} rows: more than a finding set keeps")
        return rows


def whole_rows(db: Reader, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row of an aggregate query (``Whole``), kept with the graph."""
    return found(db, name, params, Whole(name)).rows
