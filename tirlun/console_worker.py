"""The console's free Cypher, run in a child process with a memory limit.

``Database.run_readonly`` caps a result in rows and bytes, but it can only measure a record after the
driver has decoded it, and one record can hold one huge value (``RETURN range(1, 10000000)``): the
driver decodes it whole first. Run in the app, that raised the app's memory by hundreds of MB for
every session at once. Here the child decodes it under an address-space limit and dies or drops it;
the app only ever receives what passed the caps. The child speaks to its parent over pipes, in
pickles of plain values made by this module on both sides. ``RLIMIT_AS`` is enforced on Linux (the
server, the container); macOS accepts it but does not enforce it.
"""

from __future__ import annotations

import pickle
import resource
import signal
import subprocess
import sys
import threading
from typing import Any

from tirlun.config import Settings
from tirlun.errors import QueryError, TirlunError, restore
from tirlun.i18n import msg

MEMORY_MB = 1024  # the child's whole address space: about 400 MB is Python, the driver and Tirlun themselves
ALARM_MARGIN = 10  # seconds past the query's time limit before a stuck child is ended
OUT_OF_MEMORY = 3  # the child's exit code for a MemoryError
CONCURRENT = 2  # children at once for the whole app: the console is for a few analysts, not a crowd
_SLOTS = threading.BoundedSemaphore(CONCURRENT)


def run_isolated(settings: Settings, text: str, params: dict[str, Any], *, timeout: float = 30.0,
                 row_cap: int = 5000, byte_cap: int = 20_000_000, memory_mb: int = MEMORY_MB,
                 lang: str = "en") -> tuple[list[dict[str, Any]], bool]:
    """``Database.run_readonly`` in a child process: the same guard, caps and messages; (rows, truncated).

    At most CONCURRENT children run at once for the whole app (each may take up to ``memory_mb``); a query
    that finds no free slot within its own time limit is not started. Every error, the child's too, carries
    a ``Msg`` and the caller words it in its reader's language (``err.say(tr)``): the child words nothing, so
    ``lang`` (the reader's language) only travels with the job.
    """
    if not _SLOTS.acquire(timeout=timeout):
        raise QueryError(msg("console.busy", n=CONCURRENT), msg("console.busy_hint"))
    try:
        job = {"settings": settings, "text": text, "params": params, "timeout": timeout, "row_cap": row_cap,
               "byte_cap": byte_cap, "memory_mb": memory_mb, "lang": lang}
        try:
            done = subprocess.run([sys.executable, "-m", "tirlun.console_worker"], input=pickle.dumps(job),
                                  capture_output=True, timeout=timeout + ALARM_MARGIN + 20, check=False)
        except subprocess.TimeoutExpired:
            raise QueryError(msg("console.timed_out", seconds=f"{timeout:g}"), msg("console.timed_out_hint")) from None
    finally:
        _SLOTS.release()
    if done.returncode == 0 and done.stdout:
        kind, *rest = pickle.loads(done.stdout)  # written by main() below, from plain values
        if kind == "rows":
            return rest[0], rest[1]
        raise restore(*rest)
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode == OUT_OF_MEMORY or "MemoryError" in stderr or "memory allocation" in stderr:
        # a MemoryError, or the driver's decoder failing to allocate (it then hangs until the alarm ends it)
        raise QueryError(msg("console.too_large", mb=memory_mb), msg("console.too_large_hint"))
    if done.returncode == -signal.SIGALRM:
        raise QueryError(msg("console.timed_out", seconds=f"{timeout:g}"), msg("console.timed_out_hint"))
    last = next((line for line in reversed(stderr.strip().splitlines()) if line.strip()), f"exit {done.returncode}")
    raise QueryError(msg("console.worker_failed", detail=last[:300]), msg("console.worker_failed_hint"))


def main() -> None:
    """The child: read the job, limit memory, run it, write back rows or the error, exit."""
    job = pickle.loads(sys.stdin.buffer.read())
    limit = int(job["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # The server stops the query at its time limit; a child still here well after it is stuck (a failed
    # allocation inside the driver's decoder does that), and SIGALRM's default action ends it.
    signal.alarm(int(job["timeout"]) + ALARM_MARGIN)
    from tirlun.database import Database

    out: tuple[Any, ...]
    try:
        with Database.connect(job["settings"]) as db:
            rows, truncated = db.run_readonly(job["text"], job["params"], timeout=job["timeout"],
                                              row_cap=job["row_cap"], byte_cap=job["byte_cap"])
        out = ("rows", rows, truncated)
    except TirlunError as exc:
        out = ("error", type(exc), dict(vars(exc)))
    except MemoryError:
        sys.exit(OUT_OF_MEMORY)
    sys.stdout.buffer.write(pickle.dumps(out))


if __name__ == "__main__":
    main()
