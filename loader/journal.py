"""The load journal: what makes a load survive a crash of either process at any moment.

Before a load writes anything it commits a ``LoadRecord`` (status 'running': who, when, file hash,
rows per table, region, the loading process) and, for a load batch by batch, a copy of every shared
reference node it will merge and the ids of those it will create (queries/_internal/load_journal_begin).
The commit marker (status 'committed') is written inside the one transaction of a small load, or
after the last batch of a large one. So after ``kill -9`` of the loader or of Neo4j, the graph holds
either a committed load (kept, and said so) or an unfinished one, which ``recover`` undoes exactly:
the region's nodes (the region was empty and no id clashed, so they are all the load's), the
reference nodes it created, and the snapshot put back. Nobody has to do anything by hand.

A journal whose process is still alive is left alone: same host, its pid alive with the same start
time; another host, a heartbeat less than ``STALE_SECONDS`` old.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tirlun.database import Database
from tirlun.errors import DatabaseError, LoadFailed, Neo4jUnavailable, TirlunError
from tirlun.i18n import EN, Msg, Translator, msg
from tirlun.processes import alive

HEARTBEAT_SECONDS = 10.0
STALE_SECONDS = 120  # a journal from another host with no heartbeat for this long is abandoned

_ACTIVE: set[str] = set()  # loads this process is running now
_LOCK = threading.Lock()


class LoadOutcomeUnknown(LoadFailed):
    """The server went away before the load could be settled; the next command settles it."""


@dataclass(frozen=True)
class Settled:
    """A load that ``recover`` found unfinished and settled: undone, or kept because it had committed."""

    load_id: str
    region: str
    by: str
    started: str
    outcome: str  # 'rolled_back', 'kept' or 'emptied' (an emptying cut short, finished)

    @property
    def said(self) -> Msg:
        """What happened, for its reader to word (``say``)."""
        key = {"kept": "load.recovered_kept", "emptied": "load.recovered_emptied"}.get(self.outcome,
                                                                                     "load.recovered_rolled_back")
        return msg(key, region=self.region, started=self.started, by=self.by)

    def say(self, tr: Translator) -> str:
        return tr.say(self.said)


def who(by: str | None = None) -> str:
    """Who loads: the name given (sign-in, --by), else the OS user."""
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _proc_start(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), so a reused pid is told apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[19]  # field 22, counted after the command name


def _is_live(record: dict[str, Any], quiet_seconds: int) -> bool:
    """Whether the process that opened this journal may still be working on it."""
    if record.get("host") == socket.gethostname():
        pid = int(record.get("pid") or 0)
        if pid == os.getpid():
            with _LOCK:
                return str(record["id"]) in _ACTIVE
        if not pid or not alive(pid):
            return False
        started = str(record.get("proc_start") or "")
        return not started or _proc_start(pid) in ("", started)
    return quiet_seconds < STALE_SECONDS


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if isinstance(value, dt.datetime) else str(value or "")


def _record_id(kind: str) -> str:
    """A history line's id: its kind, when (UTC) and a random tail, so ids sort by time and never clash."""
    return f"{kind}-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"


def begin(
    db: Database, *, region: str, by: str, file_hash: str, tables: dict[str, int], batched: bool,
    existing: list[dict[str, str]] | None = None, created: list[str] | None = None,
) -> str:
    """Commit the journal of a new load (and, batch by batch, its reference snapshot); return the load's id."""
    load_id = _record_id("load")
    with _LOCK:
        _ACTIVE.add(load_id)
    try:
        db.write("load_journal_begin", {
            "id": load_id, "region": region, "by": by, "file_hash": file_hash,
            "tables": list(tables), "table_rows": list(tables.values()),
            "scheme": "batched" if batched else "single", "host": socket.gethostname(), "pid": os.getpid(),
            "proc_start": _proc_start(os.getpid()), "existing": existing or [], "created": created or [],
        })
    except DatabaseError as exc:
        with _LOCK:
            _ACTIVE.discard(load_id)
        if "ConstraintValidationFailed" in (exc.code or ""):
            raise busy_error(db) from None
        raise
    except BaseException:
        with _LOCK:
            _ACTIVE.discard(load_id)
        raise
    return load_id


def busy_error(db: Database) -> TirlunError:
    """"Another load is running", naming it: the lock's holder as the graph records it."""
    rows = db.read("load_lock_holder")
    record = (rows[0].get("record") if rows else None) or {}
    if record:
        return TirlunError(msg("load.another_running", **describe(record)), msg("load.another_running_hint"))
    return TirlunError(msg("load.another_running_unknown"), msg("load.another_running_hint"))


def end(load_id: str) -> None:
    """This process no longer works on the load (it finished, or failed and left it to ``recover``)."""
    with _LOCK:
        _ACTIVE.discard(load_id)


@contextlib.contextmanager
def heartbeat(db: Database, load_id: str) -> Iterator[None]:
    """Write the journal's heartbeat every few seconds while the load runs (for recovery from another host)."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(HEARTBEAT_SECONDS):
            with contextlib.suppress(DatabaseError, Neo4jUnavailable):
                db.write("load_journal_heartbeat", {"id": load_id})

    thread = threading.Thread(target=beat, name=f"heartbeat {load_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def status(db: Database, load_id: str) -> str | None:
    rows = db.read("load_journal_get", {"id": load_id})
    return str(rows[0]["record"]["status"]) if rows else None


def undo(db: Database, load_id: str, region: str) -> None:
    """Remove what an unfinished batch-by-batch load wrote and put the snapshot back (each step can run again)."""
    db.run_script("load_journal_undo", {"id": load_id, "region": region})


def finish(db: Database, load_id: str, outcome: str, *, error: str | None = None, recovered: bool = False) -> None:
    """Close a load's journal; ``error`` is kept in the history as written (English: the history has no reader's
    language)."""
    db.write("load_journal_finish", {"id": load_id, "status": outcome, "error": error, "recovered": recovered})


def recover(db: Database) -> list[Settled]:
    """Settle every load whose process stopped: undo it exactly, or keep it if it had committed. Safe to call anytime."""
    settled = []
    for row in db.read("load_journal_open"):
        record = row["record"]
        if _is_live(record, int(row.get("quiet_seconds") or 0)):
            continue
        load_id, region = str(record["id"]), str(record["region_id"])
        if record["status"] == "emptying":
            # an admin asked for an empty graph and the emptying was cut short: finish it (each step runs again safely)
            db.run_script("empty_landscape_finish", {"id": load_id})
            settled.append(Settled(load_id, region, str(record.get("by") or ""), _when(record.get("started")), "emptied"))
            continue
        if record["status"] == "committed":
            finish(db, load_id, "committed", recovered=True)
            outcome = "kept"
        else:
            if record.get("scheme") == "batched":
                undo(db, load_id, region)
            # a load in one transaction wrote its commit marker in that transaction: 'running' means nothing landed
            finish(db, load_id, "rolled_back", error=EN("load.interrupted"), recovered=True)
            outcome = "rolled_back"
        settled.append(Settled(load_id, region, str(record.get("by") or ""), _when(record.get("started")), outcome))
    return settled


def running(db: Database) -> list[dict[str, Any]]:
    """Loads still running in a live process (after ``recover`` has settled the rest)."""
    return [r["record"] for r in db.read("load_journal_open")
            if r["record"]["status"] == "running" and _is_live(r["record"], int(r.get("quiet_seconds") or 0))]


def describe(record: dict[str, Any]) -> dict[str, str]:
    return {"region": str(record.get("region_id")), "started": _when(record.get("started")), "by": str(record.get("by"))}


def empty_graph(db: Database, by: str | None = None) -> None:
    """Delete the whole landscape (every region) but keep the load history, adding who emptied it.

    The emptying takes the load lock in the transaction that writes its history line, so it never runs beside a
    load; cut short, the next command finishes it (``recover``).
    """
    recover(db)
    empty_id = _record_id("empty")
    with _LOCK:
        _ACTIVE.add(empty_id)
    try:
        try:
            db.write("empty_landscape_begin", {"id": empty_id, "by": who(by), "host": socket.gethostname(),
                                               "pid": os.getpid(), "proc_start": _proc_start(os.getpid())})
        except DatabaseError as exc:
            if "ConstraintValidationFailed" in (exc.code or ""):
                busy = busy_error(db).said
                raise TirlunError(msg("load.busy_empty_lock", detail=busy), msg("load.busy_empty_hint")) from None
            raise
        with heartbeat(db, empty_id):
            db.run_script("empty_landscape_finish", {"id": empty_id})
    finally:
        end(empty_id)
