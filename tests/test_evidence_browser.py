"""Chromium on the real app: the Overview and Meetings pages say what their figures rest on, in English and Welsh.

The expected words are built from the catalogue's own template and numbers counted here from the seed's
CSV files (meetings in the year to the app's default date, and how many of them are sourced), never
from Neo4j: a page that showed a share the data does not hold, or none, fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st

from tirlun.database import Database
from tirlun.i18n import catalogue
from tirlun.loader.load import load_path
from tirlun.loader.models import parse_datetime

from app_support import SeedFacts, rows, seed_folder, streamlit_app, year_before

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(session_db: Database, app_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    session_db.run_script("clear_graph")
    load_path(session_db, seed_folder())
    st.cache_data.clear()
    try:
        with streamlit_app(tmp_path_factory.mktemp("streamlit"), "evidence browser test") as url:
            yield url
    finally:
        session_db.run_script("clear_graph")


def meetings_in_year(folder: Path, as_of: dt.date) -> tuple[int, int]:
    """(sourced, total) meetings starting in the year up to as_of, counted from meetings.csv."""
    lo = dt.datetime.combine(year_before(as_of), dt.time())
    hi = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
    chosen = [m for m in rows(folder, "meetings") if lo <= parse_datetime(m["start"]) < hi]
    return sum(1 for m in chosen if m["illustrative"] == "false"), len(chosen)


def rests_on(lang: str, sourced: int, total: int) -> str:
    cat = catalogue(lang)
    key = "evidence.rests_on_illustrative" if sourced < total else "evidence.rests_on_sourced"
    return cat[key].format(sourced=sourced, total=total, unit=cat["evidence.unit.meetings"])


def test_overview_and_meetings_show_the_sourced_share_in_both_languages(served: str, browser: Any,
                                                                      facts: SeedFacts) -> None:
    sourced, total = meetings_in_year(seed_folder(), facts.as_of)
    assert total == facts.meetings_in_year and sourced == 0  # meetings.csv: every meeting is illustrative
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(served, wait_until="networkidle")
    for lang, switch in (("en", None), ("cy", "Cymraeg")):
        cat = catalogue(lang)
        if switch:
            page.get_by_text(switch, exact=True).click()
        page.get_by_role("link", name=cat["nav.overview"]).first.click()
        page.get_by_text(cat["page.overview.title"], exact=True).first.wait_for(timeout=60_000)
        words = rests_on(lang, sourced, total)
        page.get_by_text(words, exact=True).first.wait_for(timeout=60_000)
        # The landscape is mostly illustrative: the banner says so, plainly, before any figure.
        banner = cat["evidence.banner"].split("{", 1)[0].strip()
        page.get_by_text(banner, exact=False).first.wait_for(timeout=30_000)
        page.get_by_role("link", name=cat["nav.meetings"]).first.click()
        page.get_by_text(cat["page.meetings.title"], exact=True).first.wait_for(timeout=60_000)
        page.get_by_text(words, exact=True).first.wait_for(timeout=60_000)
    page.close()
