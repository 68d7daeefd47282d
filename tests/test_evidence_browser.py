"""Chromium on the real app: the Overview (its figures and its silo line), Meetings, Data and information and an
organisation's profile say what their figures rest on, in English and Welsh.

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


def rests_on(lang: str, sourced: int, total: int, unit: str = "meetings") -> str:
    cat = catalogue(lang)
    key = "evidence.rests_on_illustrative" if sourced < total else "evidence.rests_on_sourced"
    return cat[key].format(sourced=sourced, total=total, unit=cat[f"evidence.unit.{unit}"])


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


# The seed's ten silo findings on 2025-06-30, worked out by hand in test_answers_silos.test_on_the_seed:
# (kind, dataset, other): an unused assessment rests on the dataset, the board it was made for and the other board;
# a duplicate on its two datasets; a personal flow with no protocol on the dataset and the flow.
SILO_FINDINGS = [
    ("unused_assessment", "ctm-hsg-needs-2022", "ctm-rpb"), ("unused_assessment", "ctm-wba-2022", "ctm-rpb"),
    ("unused_assessment", "ctm-hsg-needs-2022", "ctm-psb"),
    ("unused_assessment", "ctm-pna-2022", "ctm-housing-support-group"),
    ("unused_assessment", "ctm-wba-2022", "ctm-housing-support-group"),
    ("unused_assessment", "ctm-wba-2022", "ctm-vawdasv"),
    ("duplicate_assessment", "ctm-hsg-needs-2022", "ctm-pna-2022"),
    ("duplicate_assessment", "ctm-pna-2022", "ctm-wba-2022"),
    ("personal_flow_unrecorded", "bcbc-cla-data", "ctmuhb"),
    ("personal_flow_unrecorded", "ctm-da-referrals", "rct-csp"),
]


def silo_rows(folder: Path) -> tuple[int, int]:
    """(sourced, total) rows behind the ten findings, from the CSVs' illustrative flags."""
    datasets = {r["id"]: r for r in rows(folder, "datasets")}
    parts = {r["id"]: r for r in rows(folder, "partnerships")}
    flows = {(r["dataset_id"], r["to_id"]): r for r in rows(folder, "dataset_flows")}
    behind: list[dict[str, str]] = []
    for kind, dataset, other in SILO_FINDINGS:
        if kind == "unused_assessment":
            behind += [datasets[dataset], parts[datasets[dataset]["partnership_id"]], parts[other]]
        elif kind == "duplicate_assessment":
            behind += [datasets[dataset], datasets[other]]
        else:
            behind += [datasets[dataset], flows[(dataset, other)]]
    return sum(r["illustrative"] == "false" for r in behind), len(behind)


def test_silos_page_shows_what_its_findings_rest_on_in_both_languages(served: str, browser: Any) -> None:
    sourced, total = silo_rows(seed_folder())
    assert total == 26  # six findings on 3 rows, four on 2
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    for lang in ("en", "cy"):
        cat = catalogue(lang)
        page.goto(f"{served}/silos?as_of=2025-06-30&lang={lang}", wait_until="networkidle")
        page.get_by_text(cat["page.silos.title"], exact=True).first.wait_for(timeout=60_000)
        key = "evidence.rests_on_illustrative" if sourced < total else "evidence.rests_on_sourced"
        words = cat[key].format(sourced=sourced, total=total, unit=cat["evidence.unit.rows"])
        page.get_by_text(cat["silos.rests_on"].format(words=words), exact=True).first.wait_for(timeout=60_000)
    page.close()


def active_memberships(folder: Path, organisation: str, day: dt.date) -> tuple[int, int]:
    """(sourced, total) of an organisation's memberships active on ``day`` (the membership and its partnership),
    counted from memberships.csv and partnerships.csv: what its profile's count of partnerships rests on."""
    iso = day.isoformat()
    parts = {r["id"]: r for r in rows(folder, "partnerships")}

    def active(since: str, until: str) -> bool:  # until is the membership's last day
        return (not since or since <= iso) and (not until or until >= iso)

    def alive(p: dict[str, str]) -> bool:  # dissolved is the day the body ended
        return (not p["established"] or p["established"] <= iso) and (not p["dissolved"] or p["dissolved"] > iso)

    chosen = [m for m in rows(folder, "memberships") if m["organisation_id"] == organisation
              and active(m["since"], m["until"]) and alive(parts[m["partnership_id"]])]
    return sum(m["illustrative"] == "false" for m in chosen), len(chosen)


def test_overview_silo_line_and_an_organisation_profile_say_what_they_rest_on(served: str, browser: Any) -> None:
    # The Overview's silo line rests on the rows behind all ten findings of 2025-06-30 (silo_rows: 0 of 26); the
    # profile opens an organisation on rctcbc (the one in the most active partnerships), whose count rests on its
    # active memberships (9 of 28 on that day, counted from the CSVs here).
    folder = seed_folder()
    silo_sourced, silo_total = silo_rows(folder)
    org_sourced, org_total = active_memberships(folder, "rctcbc", dt.date(2025, 6, 30))
    assert (silo_sourced, silo_total, org_sourced, org_total) == (0, 26, 9, 28)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    for lang in ("en", "cy"):
        cat = catalogue(lang)
        page.goto(f"{served}/?as_of=2025-06-30&region=ctm&lang={lang}", wait_until="networkidle")
        page.get_by_text(cat["page.overview.title"], exact=True).first.wait_for(timeout=60_000)
        page.get_by_text(cat["overview.silos"], exact=True).first.wait_for(timeout=60_000)
        page.get_by_text(rests_on(lang, silo_sourced, silo_total, "rows"), exact=True).first.wait_for(timeout=60_000)

        page.goto(f"{served}/profiles?as_of=2025-06-30&region=ctm&lang={lang}", wait_until="networkidle")
        page.get_by_text(cat["page.profiles.title"], exact=True).first.wait_for(timeout=60_000)
        page.locator('[data-testid="stRadio"]').get_by_text(cat["network.type.organisation"], exact=True).click()
        page.get_by_text(cat["profiles.active_partnerships"], exact=True).first.wait_for(timeout=60_000)
        page.get_by_text(rests_on(lang, org_sourced, org_total, "memberships"), exact=True).first.wait_for(timeout=60_000)
    page.close()
