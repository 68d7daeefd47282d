"""The Compare page and the URL: the same figures as the answer (worked by hand in test_compare), each cell a link
to that region's page, the region and date in the URL, All Wales in the picker; in Chromium in both languages with
axe, screenshots into docs/img/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from conftest import write_input
from test_accessibility import axe_source, axe_violations
from test_compare import AS_OF, SHOWN, national, region_a, region_b

from tirlun.database import Database
from tirlun.i18n import catalogue
from tirlun.loader.load import load_path
from tirlun.network import outside_requests

from app_support import PAGES, streamlit_app

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
EN, CY = catalogue("en"), catalogue("cy")


@pytest.fixture(scope="module")
def two(session_db: Database, app_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    session_db.run_script("clear_graph")
    folder = tmp_path_factory.mktemp("two")
    for name, tables, region in (("n", national(), "wales"), ("a", region_a(), "reg-a"), ("b", region_b(), "reg-b")):
        load_path(session_db, write_input(folder / name, tables), region=region)
    st.cache_data.clear()
    yield session_db
    session_db.run_script("clear_graph")


def test_page_shows_the_answer_and_links_each_cell(two: Database) -> None:
    from app_support import app, no_exception

    at = app("en", "compare", region=None, as_of=AS_OF)
    no_exception(at)
    page = "".join(m.value for m in at.markdown)
    for rid, shown in SHOWN.items():
        for value in shown.values():
            assert f">{value}</a>" in page.replace("&#x27;", "'"), (rid, value)
    assert 'href="meetings?region=reg-a&amp;as_of=2025-06-30&amp;lang=en"' in page
    assert 'href="overview?region=reg-b&amp;as_of=2025-06-30&amp;lang=en"' in page
    assert page.count("<details>") == page.count("<tr>") - 1  # a rule under every indicator
    welsh = app("cy", "compare", region=None, as_of=AS_OF)
    no_exception(welsh)
    assert "Rhanbarth A" in "".join(m.value for m in welsh.markdown)


def picked(page: Any) -> str:
    """The region the sidebar's picker shows (its input holds the chosen option's label)."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]')
    box.wait_for(timeout=60_000)
    value: str = box.locator("input").input_value() or box.inner_text()
    return value.strip()


@pytest.mark.browser
def test_compare_in_chromium_from_the_url(two: Database, browser: Any,
                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    source = axe_source()
    with streamlit_app(tmp_path_factory.mktemp("streamlit"), "compare test") as url:
        for lang, cat in (("en", EN), ("cy", CY)):
            for width, height in ((1280, 720), (1920, 1080)):
                page = browser.new_page(viewport={"width": width, "height": height})
                requests: list[str] = []
                page.on("request", lambda r, requests=requests: requests.append(r.url))
                page.goto(f"{url}/compare?region=all&as_of={AS_OF.isoformat()}&lang={lang}", wait_until="networkidle")
                page.locator("table.tirlun-compare").wait_for(timeout=60_000)
                cells = page.locator("table.tirlun-compare td a").all_inner_texts()
                rests = page.locator("table.tirlun-compare td span.rests").all_inner_texts()
                if lang == "en":
                    for shown in SHOWN.values():
                        assert set(shown.values()) <= set(cells)
                # what a figure rests on, under it (test_compare works it out by hand: region A's meetings)
                assert {"en": "rests on 1 of 2 meetings from a public source: illustrative",
                        "cy": "yn seiliedig ar 1 o 2 cyfarfod o ffynhonnell gyhoeddus: enghreifftiol"}[lang] in rests
                # The sidebar shows All Wales; the URL keeps the view.
                assert picked(page) == cat["compare.all_wales"]
                assert "region=all" in page.url and f"as_of={AS_OF.isoformat()}" in page.url
                assert axe_violations(page, source) == []
                assert not outside_requests(requests)
                if width == 1280:
                    IMG.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(IMG / f"compare-{lang}.png"), full_page=True)
                page.close()
        # A new visit opens on the URL's region and date; a cell's link opens that region's page.
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(f"{url}/compare?region=reg-b&as_of=2024-12-31&lang=en", wait_until="networkidle")
        page.locator("table.tirlun-compare").wait_for(timeout=60_000)
        assert picked(page) == "Region B" and "2024\n-\n12\n-\n31" in page.locator(
            '[data-testid="stSidebar"] [data-testid="stDateInput"]').inner_text()
        page.locator("table.tirlun-compare thead a", has_text="Region A").click()
        page.get_by_text(EN["page.overview.title"], exact=True).first.wait_for(timeout=60_000)
        assert "region=reg-a" in page.url and picked(page) == "Region A"
        page.close()


@pytest.mark.parametrize("page", [p for p in PAGES if p not in ("console", "data")])
def test_every_page_opens_on_all_wales(seeded: Database, page: str) -> None:
    """All Wales (region None) is a choice on every page: each renders without an error or exception."""
    from app_support import app, no_exception

    at = app("en", page, region=None)
    no_exception(at)
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["region"] is None
