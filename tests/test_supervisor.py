"""The local Neo4j killed under a running app: the supervisor starts it again, and the page says what happened."""

from __future__ import annotations

import dataclasses
import os
import signal
import time
from pathlib import Path

import streamlit as st

from tirlun import supervisor
from tirlun.config import Settings, local_settings
from tirlun.database import Database
from tirlun.neo4j_local.server import LocalServer

from app_support import app, no_exception

RESTARTED = "and Tirlun started it again at"
# The aim is 60 s: `python -m bench.restart` measured a median of 30 s on an idle two-core machine (docs/benchmarks.md).
# The test waits longer because speed is the bench's to measure; with a full test run beside it (load 8 to 12 on two
# cores) the same kill took 90 to 109 s.
PATIENCE = 150


def test_a_crash_is_told_from_a_deliberate_stop(settings: Settings, tmp_path: Path) -> None:
    """A pid file naming a dead process is a crash; no pid file is `tirlun neo4j stop`, left alone."""
    quiet = supervisor.Supervisor(dataclasses.replace(settings, local=local_settings(tmp_path, 7994)))
    assert not quiet.died() and quiet.check_once() is None  # never started, or stopped on purpose
    quiet.server.pid_file.parent.mkdir(parents=True)
    quiet.server.pid_file.write_text("999999", encoding="utf-8")  # no such process
    assert quiet.died()


def test_the_app_outlives_a_killed_neo4j_and_says_what_happened(seeded: Database, settings: Settings) -> None:
    assert settings.uses_local_server, "the supervisor looks after the local server only"
    supervisor.stop_watching()
    before = seeded.read("graph_fingerprint")
    try:
        at = app()
        no_exception(at)
        assert supervisor.watch() is not None  # the page started it
        assert not [w for w in at.warning if RESTARTED in w.value]
        old = LocalServer(settings.local).status().pid
        assert old is not None
        os.kill(old, signal.SIGKILL)  # as the kernel's OOM killer would
        killed = time.monotonic()
        watching = supervisor.watch()
        assert watching is not None
        working = None
        while time.monotonic() - killed < PATIENCE:
            # the page is asked again once the supervisor says the server is back (asking a dead server over and
            # over only takes CPU from the starting one), and every 20 s in any case
            restarted = any(e.key == "supervisor.restarted" for e in watching.recent())
            if restarted or int(time.monotonic() - killed) % 20 == 19:
                st.cache_data.clear()
                at = app()
                said = [w.value for w in at.warning if RESTARTED in w.value]
                if said and not at.exception and not at.error and at.metric:
                    working = time.monotonic() - killed
                    break
            time.sleep(1)
        assert working is not None, f"the app did not work again within {PATIENCE} s of Neo4j being killed"
        print(f"the app worked again {working:.0f} s after Neo4j was killed")  # the aim: 60 s (issue 22)
        assert said[0].startswith("The local Neo4j stopped at ")
        assert said[0].endswith(": the app works again.")
        new = LocalServer(settings.local).status().pid
        assert new is not None and new != old
        with Database.connect(settings) as again:
            assert again.read("graph_fingerprint") == before  # the graph came back whole
        cy = app(lang="cy")  # the same notice in Welsh
        assert [w.value for w in cy.warning if "a chychwynnodd Tirlun ef eto am" in w.value]
    finally:
        supervisor.stop_watching()
