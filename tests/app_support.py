"""Shared helpers for the app tests; their fixtures (app_env, seeded, facts) live in conftest.py.

The app tests run the real pages (streamlit.testing AppTest) against the real test Neo4j,
loaded once per module with the Cwm Taf Morgannwg seed through the real loader. Headline
numbers are recomputed here from the seed's CSV files with plain Python, so a page that
shows a wrong figure fails whatever the queries say.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import socket
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tirlun.config import Settings
from tirlun.loader.models import parse_date, parse_datetime
from tirlun.loader.validate import validate_path
from tirlun.views import nav

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
# The seed is seed/ctm; TIRLUN_APP_TEST_SEED points at another folder of the same format.
SEED = Path(os.environ.get("TIRLUN_APP_TEST_SEED", ROOT / "seed" / "ctm"))
PAGES = tuple(name for name, _ in nav.PAGES)  # the app's own list, in its order
HOSTILE = "<img src=x onerror=alert(1)>"


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    path = folder / f"{table}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class SeedFacts:
    """Figures worked out from the CSV files by hand, never from Neo4j."""

    as_of: dt.date
    partnerships_active: int
    meetings_in_year: int
    person_hours_in_year: float
    organisations_total: int
    partnerships_total: int
    kinds_active: dict[str, int]

    @classmethod
    def from_folder(cls, folder: Path) -> SeedFacts:
        meetings = rows(folder, "meetings")
        starts = [parse_datetime(m["start"]) for m in meetings]
        last = max(starts).date() if starts else dt.date.today()
        as_of = min(dt.date.today(), last)  # the app opens on this date (views.state.default_as_of)
        active = [
            p for p in rows(folder, "partnerships")
            if (not p["established"] or parse_date(p["established"]) <= as_of)
            and (not p["dissolved"] or parse_date(p["dissolved"]) > as_of)
        ]
        lo = dt.datetime.combine(year_before(as_of), dt.time())
        hi = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
        in_year = {m["id"]: float(m["duration_hours"]) for m, s in zip(meetings, starts, strict=True) if lo <= s < hi}
        hours = sum(
            in_year[a["meeting_id"]] for a in rows(folder, "attendance")
            if a["meeting_id"] in in_year and (a.get("attended_as") or "attended") in ("attended", "deputy")
        )
        kinds: dict[str, int] = {}
        for p in active:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        return cls(as_of, len(active), len(in_year), hours, len(rows(folder, "organisations")),
                   len(rows(folder, "partnerships")), kinds)


def seed_folder() -> Path:
    data, problems = validate_path(SEED)
    if problems or not data.count():
        pytest.fail(f"The app tests need a valid seed at {SEED} ({len(problems)} problems): "
                    "run `tirlun validate seed/ctm`.", pytrace=False)
    return SEED


def hostile_copy(dest: Path) -> Path:
    """The seed plus one organisation whose name is an HTML injection, member of every partnership."""
    shutil.copytree(seed_folder(), dest)
    orgs = rows(dest, "organisations")
    with (dest / "organisations.csv").open("a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(orgs[0]))
        w.writerow({**{k: "" for k in orgs[0]}, "id": "hostile-org", "name_en": HOSTILE, "name_cy": HOSTILE,
                    "short_name": HOSTILE, "sector": "other", "org_type": "other", "statutory": "false",
                    "source": "test", "as_of": "2025-01-01", "illustrative": "true"})
    members = rows(dest, "memberships")
    with (dest / "memberships.csv").open("a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(members[0]))
        for p in rows(dest, "partnerships"):
            w.writerow({**{k: "" for k in members[0]}, "organisation_id": "hostile-org", "partnership_id": p["id"],
                        "role": "member", "source": "test", "as_of": "2025-01-01", "illustrative": "true"})
    return dest


def env_for(settings: Settings) -> dict[str, str]:
    env = {"TIRLUN_HOME": str(settings.local.home), "TIRLUN_NEO4J_PORT": str(settings.local.port)}
    if not settings.uses_local_server:
        env["NEO4J_URI"] = settings.uri
    return env


def app(lang: str = "en", page: str | None = None, **state: Any) -> AppTest:
    """A fresh AppTest of app.py in a language, run once, then switched to ``page``."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state["lang"] = lang
    for k, v in state.items():
        at.session_state[k] = v
    at.run()
    if page and page != "overview":
        at.switch_page(f"views/{page}.py").run()
    return at


def no_exception(at: AppTest) -> None:
    """No exception element on screen (a traceback would show as one)."""
    assert not at.exception, [e.value for e in at.exception]


def metric(at: AppTest, label: str) -> str:
    for m in at.metric:
        if m.label == label:
            return m.value
    raise AssertionError(f"no metric {label!r}; have {[m.label for m in at.metric]}")


def texts(at: AppTest) -> str:
    """Everything written on the page as text, for looking for words."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [m.label for m in at.metric]
    return "\n".join(parts)


def seed_overlap(folder: Path, as_of: dt.date, *, boards_only: bool, min_shared: int = 2,
                 region: str = "ctm", family: bool = False) -> list[tuple[str, str, int, int]]:
    """Pairs of partnerships ranked by the overlap score, worked from the CSV files alone.

    The rule as the issue and the page's help state it: active partnerships whose whole
    footprint lies inside the region, organisations with a membership active on as_of,
    at least ``min_shared`` in common, score = shared / (members of either + 2), ties by more
    shared then by ids; a partnership and its own sub-groups at any depth (the subgroup_of
    column, followed up) are not paired unless ``family``. Returns (a_id, b_id, shared, union).
    """
    above = {p["id"]: p["subgroup_of"] for p in rows(folder, "partnerships") if p.get("subgroup_of")}

    def ancestors(pid: str) -> set[str]:
        out: set[str] = set()
        while pid in above and above[pid] not in out:
            pid = above[pid]
            out.add(pid)
        return out

    # each area's parents on as_of: the undated parent_id, and the area_parents rows in force that day
    parents: dict[str, set[str]] = {a["id"]: {a["parent_id"]} if a.get("parent_id") else set()
                                    for a in rows(folder, "areas")}
    for link in rows(folder, "area_parents") if (folder / "area_parents.csv").exists() else []:
        since = parse_date(link["since"]) if link.get("since") else None
        until = parse_date(link["until"]) if link.get("until") else None
        if (since is None or since <= as_of) and (until is None or until >= as_of):
            parents.setdefault(link["area_id"], set()).add(link["parent_id"])

    def inside(area: str) -> bool:
        todo, seen = [area], set()
        while todo:
            here = todo.pop()
            if here == region:
                return True
            if here not in seen:
                seen.add(here)
                todo += parents.get(here, set())
        return False

    chosen = [p["id"] for p in rows(folder, "partnerships")
              if (not p["established"] or parse_date(p["established"]) <= as_of)
              and (not p["dissolved"] or parse_date(p["dissolved"]) > as_of)
              and (not boards_only or p["level"] == "board")
              and all(inside(a) for a in p["areas"].split(";") if a)]
    members: dict[str, set[str]] = {}
    for m in rows(folder, "memberships"):
        since = parse_date(m["since"]) if m.get("since") else None
        until = parse_date(m["until"]) if m.get("until") else None
        if (since is None or since <= as_of) and (until is None or until >= as_of):  # until: the last day
            members.setdefault(m["partnership_id"], set()).add(m["organisation_id"])
    pairs = []
    for a in chosen:
        for b in chosen:
            if a < b:
                shared = len(members.get(a, set()) & members.get(b, set()))
                union = len(members.get(a, set()) | members.get(b, set()))
                related = a in ancestors(b) or b in ancestors(a)
                if shared >= min_shared and (family or not related):
                    pairs.append((a, b, shared, union))
    return sorted(pairs, key=lambda p: (-p[2] / (p[3] + 2), -p[2], p[0], p[1]))


# -- uploads made from the seed (test_diff, test_signin_browser) -------------------------------
def long_first_meeting() -> tuple[str, str]:
    """The seed's meetings.csv with its first meeting lasting 7.5 hours (it lasts 2): the text, that meeting's id."""
    with (SEED / "meetings.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header, meetings = list(reader.fieldnames or []), list(reader)
    meetings[0]["duration_hours"] = "7.5"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=header)
    writer.writeheader()
    writer.writerows(meetings)
    return text.getvalue(), meetings[0]["id"]


def seed_zip(meetings_text: str, *, twice: bool = False) -> bytes:
    """The seed as a zip of ctm/*.csv with meetings.csv replaced (``twice``: the seed's own copy kept as well)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for f in SEED.glob("*.csv"):
            if twice or f.name != "meetings.csv":
                zf.write(f, f"ctm/{f.name}")
        zf.writestr("ctm/meetings.csv", meetings_text)
    return buf.getvalue()


# -- a real app in a real browser (test_browser, test_workshop, test_accessibility) --------------
CHROMIUM = os.environ.get("TIRLUN_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def streamlit_app(log_dir: Path, needed_by: str, *, port: int | None = None, secrets: tuple[str, ...] = (),
                  env: dict[str, str] | None = None) -> Iterator[str]:
    """The app served by a real Streamlit process (the command `tirlun app` runs); its URL.

    ``secrets`` are extra secrets files (sign-in); ``env`` is added to the app's environment.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"The {needed_by} needs Chromium at {CHROMIUM}: apt-get install chromium "
                    "(or set TIRLUN_CHROMIUM).", pytrace=False)
    from tirlun.cli_app import streamlit_command, wait_for_port

    port = port or free_port()
    log = (log_dir / "streamlit.log").open("w")
    proc = subprocess.Popen(streamlit_command(port, secrets=secrets), cwd=APP.parent,
                            env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    try:
        if not wait_for_port(port, timeout=90):
            pytest.fail(f"Streamlit did not answer on port {port}; see {log.name}", pytrace=False)
        yield f"http://localhost:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        st.cache_data.clear()


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright, headless."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()
