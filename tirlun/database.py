"""The one module that talks to the Neo4j driver.

Everything else (loader, CLI, app pages) asks this layer for plain rows (lists of dicts
of Python values) or DataFrames. Reads run in read transactions, so ``neo4j://`` routing
and Aura work unchanged; writes run in write transactions. The driver is passed in, never
global: ``Database.connect(settings)`` builds one for callers who have none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import neo4j
import pandas as pd
from neo4j import exceptions as neo_exc
from neo4j.graph import Node, Path, Relationship

from tirlun import registry as reg
from tirlun.config import Settings
from tirlun.errors import DatabaseError, Neo4jUnavailable, QueryError, ReadOnlyViolation, TirlunError
from tirlun.i18n import Msg, msg

QueryRef = str | reg.Query
T = TypeVar("T")


# One row a statement UNWINDs as $rows: a map, or a list when the plan sends each distinct
# property map once and the rows refer to it by index (loader/plan.py, _interned).
StatementRow = dict[str, Any] | list[Any]


@dataclass(frozen=True)
class Statement:
    """One write: a query and the rows it UNWINDs (``rows`` may be empty for DDL)."""

    query: reg.Query
    rows: Sequence[StatementRow] = ()
    params: dict[str, Any] | None = None
    label: str = ""


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_python(value: Any) -> Any:
    """Neo4j values to plain Python, so callers never import the driver."""
    # Most values are plain already: an exact type check first keeps 60,000-row results cheap.
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list and all(type(v) in _PLAIN for v in value):
        return value
    if isinstance(value, Node):
        return {"_id": value.element_id, "_labels": sorted(value.labels), **{k: to_python(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {
            "_id": value.element_id,
            "_type": value.type,
            "_start": value.start_node.element_id if value.start_node else None,
            "_end": value.end_node.element_id if value.end_node else None,
            **{k: to_python(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {"_nodes": [to_python(n) for n in value.nodes], "_relationships": [to_python(r) for r in value.relationships]}
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if hasattr(value, "to_native"):  # neo4j.time Date, DateTime, Duration
        return value.to_native()
    return value


def _row(rec: neo4j.Record) -> dict[str, Any]:
    return {k: to_python(rec[k]) for k in rec.keys()}  # noqa: SIM118 - Record.keys() is the typed way


_END = object()


def value_size(value: Any, limit: int) -> int:
    """About how many bytes a converted value holds, counting no further than ``limit``.

    Strings count their length, numbers and other scalars 8, containers their items: enough
    to stop a console result long before it fills the app's memory, and cheap on a huge list
    because the walk stops at the limit.
    """
    total = 0
    pending: list[Iterator[Any]] = [iter((value,))]
    while pending and total < limit:
        v = next(pending[-1], _END)
        if v is _END:
            pending.pop()
        elif isinstance(v, str | bytes):
            total += len(v) + 8
        elif isinstance(v, dict):
            total += 8
            pending.append(iter(v.items()))
        elif isinstance(v, list | tuple):
            total += 8
            pending.append(iter(v))
        else:
            total += 8
    return total


def _query(ref: QueryRef) -> reg.Query:
    return ref if isinstance(ref, reg.Query) else reg.get(ref)


class Database:
    def __init__(self, driver: neo4j.Driver, database: str | None = None, uri: str = "") -> None:
        self.driver = driver
        self.database = database
        self.uri = uri  # for messages only

    @classmethod
    def connect(cls, settings: Settings) -> Database:
        password = settings.resolved_password()
        if password is None:
            raise Neo4jUnavailable(
                msg("db.no_password", uri=settings.uri), msg("db.no_password_hint"),
            )
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, password),
            connection_timeout=5,
            max_transaction_retry_time=5,
            notifications_min_severity="OFF",
        )
        return cls(driver, settings.database, settings.uri)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the graph version ----------------------------------------------------------
    def graph_version(self) -> str:
        """The key every cache is keyed on: '<epoch>:<counter>', raised in the same transaction as every write.

        Why both: the counter says a write happened; the epoch (a random id made with the counter's node) says the
        graph was not rebuilt from nothing, where a counter alone would start again and repeat an old key.
        """
        rows = self.read("graph_version")
        row = rows[0] if rows else {}
        return f"{row.get('epoch') or ''}:{int(row.get('version') or 0)}"

    # -- connectivity ------------------------------------------------------------
    def check(self) -> dict[str, Any]:
        """Raise Neo4jUnavailable with a fix if the server does not answer; else its version."""
        try:
            self.driver.verify_connectivity()
            rows = self.read("dbms_components")
        except neo_exc.AuthError:
            raise Neo4jUnavailable(
                msg("db.refused_at", uri=self._where()), msg("db.refused_at_hint"),
            ) from None
        except (neo_exc.ServiceUnavailable, neo_exc.SessionExpired, OSError):
            raise Neo4jUnavailable(
                msg("db.not_answering", uri=self._where()), msg("db.not_answering_hint"),
            ) from None
        return rows[0] if rows else {}

    # -- reads -----------------------------------------------------------------------
    def read(self, ref: QueryRef, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a library query in a read transaction; parameters are bound from its header."""
        q = _query(ref)
        if q.mode != "read":
            raise QueryError(f"'{q.name}' is a write query; it cannot run as a read.")
        return self._read_text(q.body, q.bind(params))

    def read_df(self, ref: QueryRef, params: dict[str, Any] | None = None) -> pd.DataFrame:
        q = _query(ref)
        rows = self.read(q, params)
        if rows:
            return frame(rows)
        return pd.DataFrame(columns=_declared_columns(q))

    def stream(self, ref: QueryRef, params: dict[str, Any] | None = None, batch_size: int = 2000) -> Iterator[list[dict[str, Any]]]:
        """A read query's rows in batches, fetched from the server as they are consumed.

        For full-list downloads: a 60,000-row answer is written out batch by batch and never
        sits whole in the app's memory.
        """
        q = _query(ref)
        if q.mode != "read":
            raise QueryError(f"'{q.name}' is a write query; it cannot run as a read.")
        bound = q.bind(params)
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS,
                                 fetch_size=batch_size) as s:
            tx = self._translate(lambda: s.begin_transaction())
            try:
                result = self._translate(lambda: tx.run(q.body, bound))
                batch: list[dict[str, Any]] = []
                for rec in self._translate(lambda: iter(result)):
                    batch.append(_row(rec))
                    if len(batch) >= batch_size:
                        yield batch
                        batch = []
                if batch:
                    yield batch
            finally:
                tx.close()

    def columns(self, ref: QueryRef) -> list[str]:
        """The columns a query returns, so an empty CSV still has its header."""
        return _declared_columns(_query(ref))

    def _read_text(self, text: str, params: dict[str, Any], timeout: float | None = None) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(text, params)
            return [_row(rec) for rec in result]

        fn = neo4j.unit_of_work(timeout=timeout)(work) if timeout else work
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as s:
            return self._translate(lambda: s.execute_read(fn))

    def run_readonly(
        self, text: str, params: dict[str, Any] | None = None, *, timeout: float = 30.0, row_cap: int = 5000,
        byte_cap: int = 20_000_000,
    ) -> tuple[list[dict[str, Any]], bool]:
        """Analysts' free Cypher, judged by the server's plan. Returns (rows, truncated).

        In one read transaction with a server-side timeout: ``EXPLAIN`` the text and let
        ``tirlun.readonly.judge`` read the plan (refusing LOAD CSV, writes, admin commands,
        procedures off the list, other databases), then run the same text. Rows are pulled a
        few at a time and kept until ``row_cap`` rows or about ``byte_cap`` bytes of values;
        the rest is discarded on the server, never sent.
        """
        from tirlun.readonly import judge, refuse

        if not text.strip():
            raise ReadOnlyViolation(msg("console.empty"), msg("console.empty_hint"))
        params = params or {}

        def work(tx: neo4j.Transaction) -> tuple[list[dict[str, Any]], bool]:
            summary = tx.run("EXPLAIN " + text, params).consume()
            judge(summary.query_type, summary.plan, self.database or summary.database)
            result = tx.run(text, params)
            rows: list[dict[str, Any]] = []
            budget = byte_cap
            for rec in result:
                if len(rows) >= row_cap:
                    return rows, True
                row = _row(rec)
                budget -= value_size(row, budget + 1)
                if budget < 0:
                    return rows, True
                rows.append(row)
            return rows, False

        def attempt(s: neo4j.Session) -> tuple[list[dict[str, Any]], bool]:
            # One explicit transaction, never retried: a query that ran the server out of memory (a transient
            # error to the driver) must not be sent again, and a dropped one must not wait for the retry time.
            try:
                with s.begin_transaction(timeout=timeout) as tx:
                    return work(tx)
            except neo_exc.ClientError as exc:
                code = exc.code or ""
                if "AccessMode" in code or "Forbidden" in code or ("Schema" in code and "Unauthorized" in code):
                    raise refuse("changes") from None
                if "TransactionTimedOut" in code or "Terminated" in code:
                    raise QueryError(msg("console.timed_out", seconds=f"{timeout:g}"), msg("console.timed_out_hint")) from None
                raise QueryError(msg("console.rejected", message=exc.message or code)) from None
            except neo_exc.Neo4jError as exc:
                if "OutOfMemoryError" in (exc.code or ""):
                    raise QueryError(msg("console.server_memory"), msg("console.server_memory_hint")) from None
                if (exc.code or "").startswith("Neo.DatabaseError.Statement"):
                    # the server failed inside the query (an array past Java's size limit, a stack overflow)
                    raise QueryError(msg("console.failed_inside", message=exc.message or exc.code or "?"),
                                     msg("console.server_memory_hint")) from None
                raise
            except (neo_exc.SessionExpired, neo_exc.ServiceUnavailable):
                # The server dropped the query without an answer (its parser overflowed on an expression nested
                # too deeply): the driver gives up after two missed keep-alives. Say so if the server still answers.
                if self.port_open():
                    raise QueryError(msg("console.dropped"), msg("console.dropped_hint")) from None
                raise

        # A small fetch size: the driver holds at most this many records beyond what was kept.
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS,
                                 fetch_size=min(row_cap, 100)) as s:
            return self._translate(lambda: attempt(s))  # lost connection: the same messages as reads

    # -- writes ----------------------------------------------------------------------
    def write(self, ref: QueryRef, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        q = _query(ref)
        bound = q.bind(params)

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [_row(rec) for rec in tx.run(q.body, bound)]

        with self.driver.session(database=self.database) as s:
            return self._translate(lambda: s.execute_write(work))

    def run_script(self, ref: QueryRef, params: dict[str, Any] | None = None) -> None:
        """Run each ';'-separated statement of a file in its own auto-commit transaction (DDL)."""
        q = _query(ref)
        bound = q.bind(params)
        with self.driver.session(database=self.database) as s:
            for stmt in split_statements(q.body):
                used = {k: v for k, v in bound.items() if f"${k}" in stmt}
                self._translate(lambda: s.run(stmt, used).consume())  # noqa: B023 - called at once

    def write_all(
        self,
        statements: Iterable[Statement],
        *,
        batch_size: int = 5000,
        single_transaction: bool = True,
        progress: Callable[[int], None] | None = None,
        on_result: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """Write many UNWIND batches: in one transaction (all or nothing) or one per batch.

        ``on_result`` receives each statement's rows (most writes return none)."""

        def batches() -> Iterable[tuple[Statement, Sequence[StatementRow]]]:
            for st in statements:
                if not st.rows:
                    yield st, []
                    continue
                for i in range(0, len(st.rows), batch_size):
                    yield st, st.rows[i : i + batch_size]

        def run_batch(
            tx: neo4j.Transaction | neo4j.ManagedTransaction, st: Statement, chunk: Sequence[StatementRow]
        ) -> None:
            params = dict(st.params or {})
            if "rows" in {p.name for p in st.query.params}:
                params["rows"] = list(chunk)
            result = tx.run(st.query.body, st.query.bind(params))
            if on_result is not None:
                on_result([_row(rec) for rec in result])
            else:
                result.consume()
            if progress:
                progress(len(chunk))

        with self.driver.session(database=self.database) as s:
            if single_transaction:
                def all_work() -> None:
                    with s.begin_transaction() as tx:
                        for st, chunk in batches():
                            run_batch(tx, st, chunk)
                        tx.commit()

                self._translate(all_work)
            else:
                for st, chunk in batches():
                    def one_batch(st: Statement = st, chunk: Sequence[StatementRow] = chunk) -> None:
                        s.execute_write(lambda tx: run_batch(tx, st, chunk))

                    self._translate(one_batch)

    def port_open(self, timeout: float = 2.0) -> bool:
        """Whether the server's Bolt port accepts a connection within ``timeout`` seconds.

        Why: after a load loses the server, asking the driver whether the load committed waits for
        its routing and connection timeouts (about a minute); a refused port says at once that
        nobody can be asked now. True when the address cannot be read, so the caller asks anyway.
        """
        import socket
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(self.uri)
            host, port = parts.hostname, parts.port or 7687
        except ValueError:
            return True
        if not host:
            return True
        try:
            with socket.create_connection((host, port), timeout=timeout):
                return True
        except OSError:
            return False

    # -- errors (a Msg each: the reader words it, and the app's pages speak Welsh too) -------
    def _where(self) -> str | Msg:
        return self.uri or msg("db.configured_address")

    def _translate(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except TirlunError:
            raise
        except neo_exc.AuthError:
            raise Neo4jUnavailable(msg("db.refused"), msg("db.refused_hint")) from None
        except (neo_exc.ServiceUnavailable, neo_exc.SessionExpired) as exc:
            raise Neo4jUnavailable(
                msg("db.not_answering_why", uri=self._where(), why=exc.__class__.__name__), msg("db.not_answering_hint"),
            ) from None
        except neo_exc.Neo4jError as exc:
            if "OutOfMemoryError" in (exc.code or ""):  # a transaction's memory limit, or the heap itself
                raise QueryError(msg("db.out_of_memory"), msg("db.out_of_memory_hint")) from None
            raise DatabaseError(exc.message or str(exc), code=exc.code) from exc


def split_statements(body: str) -> list[str]:
    parts = [p.strip() for p in body.split(";")]
    return [p for p in parts if p and not all(line.strip().startswith("//") for line in p.splitlines())]


def _declared_columns(q: reg.Query) -> list[str]:
    """Column names from the final RETURN, so an empty result still has its headers."""
    import re

    tail = q.body.rsplit("RETURN", 1)[-1]
    tail = re.split(r"\b(ORDER BY|LIMIT|SKIP)\b", tail)[0]
    cols = []
    depth = 0
    current = ""
    for ch in tail:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            cols.append(current)
            current = ""
        else:
            current += ch
    cols.append(current)
    names = []
    for c in cols:
        c = c.strip()
        m = re.search(r"\bAS\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*$", c, re.I)
        names.append(m.group(1) if m else c.split(".")[-1])
    return [n for n in names if n]


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame whose missing text stays None.

    pandas 3 stores text as a string dtype whose missing value is NaN, and NaN is truthy:
    ``row["short_name"] or row["name"]`` would then show "nan" on screen. Text columns are
    kept as objects so a missing name is None, as Neo4j returned it.
    """
    df = pd.DataFrame(rows)
    text = [c for c in df.columns if pd.api.types.is_string_dtype(df[c])]
    if text:
        df = df.astype(dict.fromkeys(text, object))
        for c in text:
            df[c] = df[c].where(df[c].notna(), None)
    return df

