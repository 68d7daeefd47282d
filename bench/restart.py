"""How long the app is down when its local Neo4j is killed: the supervisor's restart, timed.

    python -m bench.restart [--runs 3] [--port 7781] [--home /tmp/tirlun-restart-bench]

Starts a local Neo4j of its own (its own folder and port, never the one you use), loads the shipped
example (the Wales reference, Cwm Taf Morgannwg, West Glamorgan) as ``make demo`` does, and starts
the same supervisor thread the app runs (tirlun/supervisor.py). Then, each run: SIGKILL the server,
as the kernel's OOM killer would, and time

- ``noticed``: until the supervisor saw the crash (its check interval);
- ``restarted``: until it said the server is back (Neo4j's own start is most of this);
- ``working``: until the Overview answer, the app's first page, comes back whole.

Issue 22 asks for the app working again within 60 s. Prints JSON with the load average at start,
each run and the median; stops its server at the end. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tirlun import supervisor
from tirlun.answers import overview
from tirlun.answers.base import context_for
from tirlun.config import load_settings
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.neo4j_local.server import LocalServer

ROOT = Path(__file__).resolve().parent.parent


def _answer_works(settings: Any) -> bool:
    try:
        with Database.connect(settings) as db:
            overview.answer(db, context_for(db, "ctm"))
        return True
    except TirlunError:
        return False


def one_run(watching: supervisor.Supervisor, settings: Any, patience: float) -> dict[str, float | None]:
    pid = LocalServer(settings.local).status().pid
    if pid is None:
        raise SystemExit("the bench's Neo4j is not running")
    seen = len(watching.events)
    os.kill(pid, signal.SIGKILL)
    killed = time.monotonic()
    noticed = restarted = working = None
    while time.monotonic() - killed < patience:
        keys = [e.key for e in watching.events[seen:]]
        now = time.monotonic() - killed
        if noticed is None and "supervisor.restarting" in keys:
            noticed = now
        if restarted is None and "supervisor.restarted" in keys:
            restarted = now
        if restarted is not None and _answer_works(settings):
            working = time.monotonic() - killed
            break
        time.sleep(0.25)
    return {"noticed_s": noticed, "restarted_s": restarted, "working_s": working}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=7781)
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "tirlun-restart-bench")
    parser.add_argument("--patience", type=float, default=300.0, help="Seconds to wait for one restart.")
    args = parser.parse_args()
    os.environ["TIRLUN_HOME"] = str(args.home)
    os.environ["TIRLUN_NEO4J_PORT"] = str(args.port)
    os.environ.pop("NEO4J_URI", None)
    settings = load_settings(env_file=None)
    server = LocalServer(settings.local)
    load_at_start = os.getloadavg()
    server.start()
    try:
        from tirlun.cli_app import load_seed_if_empty

        load_seed_if_empty(ROOT / "seed" / "ctm")
        if not _answer_works(settings):
            raise SystemExit("the Overview answer does not work before the first kill")
        watching = supervisor.Supervisor(settings, interval=supervisor.INTERVAL).start()
        runs = []
        for n in range(args.runs):
            runs.append(one_run(watching, settings, args.patience))
            print(f"run {n + 1}: {runs[-1]}", flush=True)
        watching.stop()
        done = [r["working_s"] for r in runs if r["working_s"] is not None]
        result = {
            "load_average_at_start": [round(x, 2) for x in load_at_start],
            "cpus": os.cpu_count(),
            "heap": settings.local.heap,
            "interval_s": supervisor.INTERVAL,
            "runs": [{k: (round(v, 1) if v is not None else None) for k, v in r.items()} for r in runs],
            "median_working_s": round(statistics.median(done), 1) if done else None,
            "failed_runs": len(runs) - len(done),
        }
        print(json.dumps(result, indent=1))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
