"""A real browser on the real app: Playwright drives Debian's Chromium against `streamlit run
app.py` serving the seeded test Neo4j (plus one organisation with a hostile name).

It switches to Welsh, opens the network view, checks vis-network drew the graph, hovers the
hostile organisation so its tooltip shows, and checks that the name appears as text, that no
script from it ran, and that no request left this machine. The screenshot is saved in
artifacts/ (the README's picture of the overlap view comes from the same run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import streamlit as st

from tirlun.database import Database
from tirlun.i18n import catalogue
from tirlun.loader.load import load_path
from tirlun.network import LOCAL_HOSTS, outside_requests

from app_support import HOSTILE, hostile_copy, streamlit_app

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CY = catalogue("cy")


@pytest.fixture(scope="module")
def served(session_db: Database, app_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hostile seed in the test graph and the app served by a real Streamlit process."""
    session_db.run_script("clear_graph")
    load_path(session_db, hostile_copy(tmp_path_factory.mktemp("hostile") / "seed"))
    st.cache_data.clear()
    try:
        with streamlit_app(tmp_path_factory.mktemp("streamlit"), "browser test") as url:
            yield url
    finally:
        session_db.run_script("clear_graph")


def test_welsh_network_view_draws_offline_and_shows_hostile_name_as_text(served: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("websocket", lambda ws: requests.append(ws.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(served, wait_until="networkidle")
    page.get_by_text(catalogue("en")["page.overview.title"], exact=True).first.wait_for(timeout=60_000)

    # Switch to Welsh with the sidebar's language radio, as a person would.
    page.get_by_text("Cymraeg", exact=True).click()
    page.get_by_text(CY["page.overview.title"], exact=True).first.wait_for(timeout=60_000)

    # Open the network view from the navigation, now in Welsh.
    page.get_by_role("link", name=CY["nav.network"]).first.click()
    page.get_by_text(CY["page.network.title"], exact=True).first.wait_for(timeout=60_000)

    frame_el = page.locator("iframe").first
    frame_el.wait_for(timeout=60_000)
    frame = frame_el.element_handle().content_frame()
    assert frame is not None
    frame.locator("canvas").first.wait_for(timeout=60_000)
    frame.wait_for_function("() => typeof network !== 'undefined' && network.body.data.nodes.length > 0",
                            timeout=30_000)
    drawn = frame.evaluate("() => ({nodes: network.body.data.nodes.length, edges: network.body.data.edges.length,"
                           " w: document.querySelector('canvas').width, h: document.querySelector('canvas').height})")
    assert drawn["nodes"] > 10 and drawn["edges"] > 10, drawn
    assert drawn["w"] > 300 and drawn["h"] > 300, drawn
    # The legend is Welsh too.
    assert CY["network.legend.title_sector"] in frame.locator("#legend").inner_text()

    # Hover the hostile organisation: its tooltip is set with innerHTML, so it must be escaped.
    frame_el.scroll_into_view_if_needed()
    frame.evaluate("() => network.fit({animation: false})")
    spot = frame.evaluate("""() => {
        const id = network.body.data.nodes.getIds().find(i => i.endsWith('hostile-org'));
        const p = network.canvasToDOM(network.getPosition(id));
        const r = document.querySelector('canvas').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y, label: network.body.data.nodes.get(id).label};
    }""")
    assert spot["label"] == HOSTILE
    box = frame_el.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.mouse.move(box["x"] + spot["x"], box["y"] + spot["y"], steps=5)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "hover-debug.png"))
    frame.wait_for_function(f"() => document.body.innerText.includes({HOSTILE!r})", timeout=10_000)
    assert HOSTILE in frame.locator("body").inner_text()
    # Nothing from the name became markup: no <img src=x> anywhere, no alert.
    assert frame.locator("img[src='x']").count() == 0
    assert page.locator("img[src='x']").count() == 0
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "network-cy.png"), full_page=False)

    # The overlap view, in English, for the README: the one workshop hosts project.
    page.get_by_text("English", exact=True).click()
    page.get_by_role("link", name=catalogue("en")["nav.overlap"]).first.click()
    page.get_by_text(catalogue("en")["page.overlap.title"], exact=True).first.wait_for(timeout=60_000)
    page.locator("[data-testid='stVegaLiteChart'], .vega-embed").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "overlap.png"), full_page=False)

    assert outside_requests(requests) == [], outside_requests(requests)
    assert any(urlparse(u).hostname in LOCAL_HOSTS for u in requests)
    page.close()


def test_workshop_story_steps_with_the_keyboard(served: str, browser) -> None:
    """PageDown (what a presentation clicker sends) moves to the next view and keeps workshop mode."""
    en = catalogue("en")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(served, wait_until="networkidle")
    page.get_by_text(en["page.overview.title"], exact=True).first.wait_for(timeout=60_000)
    page.get_by_text(en["sidebar.workshop"], exact=True).click()
    page.get_by_text("Step 1 of 5", exact=False).first.wait_for(timeout=60_000)
    page.get_by_text(en["page.overview.title"], exact=True).first.click()  # focus the page, not the toggle
    page.keyboard.press("PageDown")
    page.get_by_text(en["page.network.title"], exact=True).first.wait_for(timeout=60_000)
    page.get_by_text("Step 2 of 5", exact=False).first.wait_for(timeout=60_000)
    page.keyboard.press("PageUp")
    page.get_by_text("Step 1 of 5", exact=False).first.wait_for(timeout=60_000)
    page.close()


def test_outside_filter_sees_other_hosts() -> None:
    """The check above would catch a CDN: it keeps other hosts and drops this machine's."""
    urls = ["http://localhost:8501/x", "ws://127.0.0.1:1/_stcore/stream", "data:image/png;base64,AA",
            "https://cdn.jsdelivr.net/npm/bootstrap.css", "https://fonts.gstatic.com/s/a.woff2"]
    assert outside_requests(urls) == ["https://cdn.jsdelivr.net/npm/bootstrap.css", "https://fonts.gstatic.com/s/a.woff2"]

