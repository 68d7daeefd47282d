"""Keep the local Neo4j alive under a running app: notice it died, start it again, settle any load it cut short.

The local server is started with memory limits so one query fails alone (neo4j_local/server.py), but a server
can still die: the machine runs out of memory, someone kills it. Nothing else would bring it back, and every
page would be down until someone did. So the app process runs one supervisor thread. It tells a crash from a
deliberate stop by the pid file: ``tirlun neo4j stop`` removes it, a crash leaves it naming a dead process.
After a crash it starts the server again (same folder, port and settings), settles any load the crash cut
short (``tirlun.loader.journal.recover``: undone exactly, or kept if it had committed) and keeps what happened
as events the pages show, in the reader's language, for ``SHOWN_FOR`` seconds.

Only the server Tirlun runs itself is supervised; a server named by NEO4J_URI is its host's to keep.
No Streamlit here: the pages read ``notices(tr)``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tirlun.config import Settings, load_settings
from tirlun.errors import TirlunError
from tirlun.i18n import Translator
from tirlun.processes import alive

INTERVAL = 2.0  # seconds between checks: a crash is noticed within this, plus Neo4j's start (about 15 s)
SHOWN_FOR = 15 * 60  # seconds a page keeps saying what happened
PORT_RELEASE = 30.0  # seconds to wait for a dead server's port to close before starting another


@dataclass(frozen=True)
class Event:
    """One thing the supervisor did, worded when shown (each reader has a language)."""

    at: dt.datetime
    key: str  # an i18n key under supervisor.
    values: dict[str, Any] = field(default_factory=dict)  # a TirlunError among them is worded by the reader too
    settled: tuple[Any, ...] = ()  # tirlun.loader.journal.Settled, each words itself

    def message(self, tr: Translator) -> str:
        values = {k: v.say(tr) if isinstance(v, TirlunError) else v for k, v in self.values.items()}
        text = tr(self.key, time=self.at.strftime("%H:%M:%S"), **values)
        return " ".join([text, *(s.say(tr) for s in self.settled)])


class Supervisor:
    """Watches one local server; ``check_once`` is the whole job, the thread only repeats it."""

    def __init__(self, settings: Settings, interval: float = INTERVAL) -> None:
        from tirlun.neo4j_local.server import LocalServer

        self.settings = settings
        self.server = LocalServer(settings.local)
        self.interval = interval
        self.events: list[Event] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stopped_at: dt.datetime | None = None  # a crash seen and not yet mended

    def died(self) -> bool:
        """The pid file names a process that is gone: a crash (a deliberate stop removes the file)."""
        try:
            pid = int(self.server.pid_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return False
        return not alive(pid)

    def _add(self, event: Event) -> None:
        with self._lock:
            self.events = [*self.events, event][-20:]

    def _port_released(self, timeout: float = PORT_RELEASE) -> bool:
        """Wait for the dead server's port to close: a killed JVM's other threads outlive its main one briefly."""
        from tirlun.neo4j_local.server import port_open

        deadline = time.monotonic() + timeout
        while port_open(self.settings.local.port):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.5)
        return True

    def check_once(self) -> Event | None:
        """If the server died: start it again, settle loads, and return what was done (also kept in events).

        A start that fails (the port still held, Java gone) is tried again at the next check.
        """
        if self._stopped_at is None:
            if not self.died():
                return None
            self._stopped_at = dt.datetime.now()
            self._add(Event(self._stopped_at, "supervisor.restarting"))
        stopped = self._stopped_at
        try:
            if not self._port_released():
                return None  # still going down: the next check tries again
            self.server.start()
        except TirlunError as exc:
            event = Event(dt.datetime.now(), "supervisor.restart_failed", {"problem": exc})
            self._add(event)
            return event
        self._stopped_at = None
        event = Event(dt.datetime.now(), "supervisor.restarted", {"stopped": stopped.strftime("%H:%M:%S")})
        self._add(event)  # pages work from here; a load the crash cut short is settled next
        try:
            from tirlun.database import Database
            from tirlun.loader.journal import recover

            with Database.connect(self.settings) as db:
                settled = tuple(recover(db))
        except TirlunError as exc:
            self._add(Event(dt.datetime.now(), "supervisor.recover_failed", {"problem": exc}))
            return event
        if settled:
            event = dataclasses.replace(event, settled=settled)
            self._add(event)
        self._warm()
        return event

    def _warm(self) -> None:
        """Plan the first page's questions in the new server, so the next reader does not wait for it alone."""
        from tirlun.answers import warm
        from tirlun.database import Database

        try:
            with Database.connect(self.settings) as db:
                warm.first_page(db)
        except TirlunError:
            pass  # a page asked now says what is wrong in its own words; warming is only a head start

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check_once()

    def start(self) -> Supervisor:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="tirlun-supervisor", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 1)

    def recent(self, seconds: float = SHOWN_FOR) -> list[Event]:
        since = dt.datetime.now() - dt.timedelta(seconds=seconds)
        with self._lock:
            return [e for e in self.events if e.at >= since]


_WATCHING: Supervisor | None = None
_WATCHING_LOCK = threading.Lock()


def watch(settings: Settings | None = None) -> Supervisor | None:
    """The process's one supervisor, started on first call; None when the app uses a server it does not run."""
    global _WATCHING
    with _WATCHING_LOCK:
        if _WATCHING is None:
            chosen = settings or load_settings()
            if not chosen.uses_local_server:
                return None
            _WATCHING = Supervisor(chosen).start()
        return _WATCHING


def stop_watching() -> None:
    """End the supervisor thread (tests; a process that no longer serves pages)."""
    global _WATCHING
    with _WATCHING_LOCK:
        if _WATCHING is not None:
            _WATCHING.stop()
        _WATCHING = None


def notices(tr: Translator) -> list[str]:
    """What the supervisor did last, if lately, worded in the reader's language (for the pages)."""
    watching = watch()
    recent = watching.recent() if watching else []
    return [recent[-1].message(tr)] if recent else []
