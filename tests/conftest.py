"""Test fixtures: a real local Neo4j, a clean graph per test, and a way to build inputs.

The server is the project's own (neo4j_local), started once per session in
.tirlun-test/ on port 7697, or reused if already running there; a server the session started is
stopped at its end (TIRLUN_TEST_KEEP_NEO4J=1 keeps it). Set TIRLUN_TEST_NEO4J_URI
(and NEO4J_PASSWORD) to test against another server. Missing Neo4j is a failure,
never a skip: these tests exist to exercise the real database.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st

# Pages check every chart against the Vega-Lite schema under test (a page view trusts it).
os.environ.setdefault("TIRLUN_VALIDATE_CHARTS", "1")

from tirlun.config import Settings, local_settings
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.loader.load import ensure_schema, load_path
from tirlun.loader.models import TABLES_BY_NAME, to_cell
from tirlun.neo4j_local.server import LocalServer

from app_support import SeedFacts, chromium, env_for, seed_folder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seed" / "ctm"
TEST_PORT = int(os.environ.get("TIRLUN_TEST_PORT", "7697"))
TEST_HOME = Path(os.environ.get("TIRLUN_TEST_HOME", ROOT / ".tirlun-test"))


@pytest.fixture(scope="session")
def settings() -> Iterator[Settings]:
    uri = os.environ.get("TIRLUN_TEST_NEO4J_URI")
    local = local_settings(TEST_HOME, TEST_PORT)
    server = None
    if uri is None:
        server = LocalServer(local)
        already = server.status().running
        try:
            server.start()
        except TirlunError as exc:
            pytest.fail(f"The tests need a real Neo4j and none could be started: {exc}", pytrace=False)
        uri = local.uri
    s = Settings(
        uri=uri, user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD") if os.environ.get("TIRLUN_TEST_NEO4J_URI") else None,
        database=None, local=local, uses_local_server=server is not None,
    )
    yield s
    # The tests stop the Neo4j they started (2 GB of heap left running otherwise); one that was running before
    # stays, and TIRLUN_TEST_KEEP_NEO4J=1 keeps it for the next run (a start costs about 20 s).
    if server is not None and not already and os.environ.get("TIRLUN_TEST_KEEP_NEO4J") != "1":
        server.stop()


@pytest.fixture(scope="session")
def session_db(settings: Settings) -> Iterator[Database]:
    db = Database.connect(settings)
    try:
        db.check()
    except TirlunError as exc:
        pytest.fail(f"Neo4j does not answer: {exc}", pytrace=False)
    ensure_schema(db)
    yield db
    db.close()


@pytest.fixture
def db(session_db: Database, settings: Settings) -> Database:
    """The session's database, emptied before the test.

    Some tests kill the local server on purpose and start it again; if one failed before it could, the server is
    started here, so that one failure is reported once and not as every test after it."""
    if settings.uses_local_server and not LocalServer(settings.local).status().running:
        LocalServer(settings.local).start()
    session_db.run_script("clear_graph")
    return session_db


@pytest.fixture
def test_env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment so that `tirlun` commands (CliRunner or subprocess) use the test server."""
    env = {"TIRLUN_HOME": str(settings.local.home), "TIRLUN_NEO4J_PORT": str(settings.local.port)}
    if not settings.uses_local_server:
        env["NEO4J_URI"] = settings.uri
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    if settings.uses_local_server:
        monkeypatch.delenv("NEO4J_URI", raising=False)
        monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    return env


PROVENANCE = {"source": "test fixture", "as_of": "2025-01-01", "illustrative": "true"}


def write_input(folder: Path, tables: dict[str, list[dict[str, Any]]]) -> Path:
    """Write CSV files for the given tables, filling provenance columns when absent."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = TABLES_BY_NAME[name].columns
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            for row in rows:
                full = {**PROVENANCE, **row}
                w.writerow({c: to_cell(full.get(c)) for c in columns})
    return folder


@pytest.fixture
def load_tables(db: Database, tmp_path: Path) -> Callable[..., Database]:
    """Build a small graph from table rows through the real loader, and return the db."""
    calls = iter(range(1_000))

    def _load(tables: dict[str, list[dict[str, Any]]], region: str = "test") -> Database:
        folder = write_input(tmp_path / f"input-{next(calls)}", tables)
        load_path(db, folder, region=region)
        return db

    return _load


# -- the app tests: the seed loaded once per module (helpers in app_support.py) ----------
@pytest.fixture(scope="module")
def app_env(settings: Settings) -> Iterator[dict[str, str]]:
    """Environment for the app (module scope, unlike conftest's per-test test_env)."""
    mp = pytest.MonkeyPatch()
    env = env_for(settings)
    for k, v in env.items():
        mp.setenv(k, v)
    if settings.uses_local_server:
        mp.delenv("NEO4J_URI", raising=False)
        mp.delenv("NEO4J_PASSWORD", raising=False)
    st.cache_resource.clear()
    st.cache_data.clear()
    yield env
    mp.undo()
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture(scope="module")
def seeded(session_db: Database, app_env: dict[str, str]) -> Database:
    """The test graph holding exactly the seed, loaded through the real loader."""
    session_db.run_script("clear_graph")
    load_path(session_db, seed_folder())
    st.cache_data.clear()
    return session_db


@pytest.fixture(scope="module")
def facts() -> SeedFacts:
    return SeedFacts.from_folder(seed_folder())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, for the tests that drive the real app (app_support.chromium)."""
    with chromium() as b:
        yield b

