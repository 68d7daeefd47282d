"""The app's pages, in the order of the navigation, and each page's title and intro."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tirlun.views import session

VIEWS = Path(__file__).resolve().parent  # the pages' own folder, wherever Tirlun is installed


# Pages in the order of the navigation; the workshop sequence is a subset of them. No page
# icons: Streamlit turns a page's icon into the favicon and fetches :material/...: ones from
# fonts.gstatic.com, and emoji need a colour-emoji font many locked-down laptops lack.
PAGES = (
    ("overview", str(VIEWS / "overview.py")),
    ("compare", str(VIEWS / "compare.py")),
    ("network", str(VIEWS / "network.py")),
    ("overlap", str(VIEWS / "overlap.py")),
    ("meetings", str(VIEWS / "meetings.py")),
    ("silos", str(VIEWS / "silos.py")),
    ("governance", str(VIEWS / "governance.py")),
    ("profiles", str(VIEWS / "profiles.py")),
    ("assessment", str(VIEWS / "assessment.py")),
    ("console", str(VIEWS / "console.py")),
    ("data", str(VIEWS / "data.py")),
)


PAGES_WITHOUT_GRAPH = ("data", "console")  # usable on an empty graph


def page_path(name: str) -> str:
    """A page's script, for st.page_link and st.switch_page."""
    return dict(PAGES)[name]


def header(page: str) -> None:
    """The page's title and intro; in workshop mode nothing: the presenter bar and the finding replace them."""
    if session.presenting():
        return
    tr = session.tr()
    st.title(tr(f"page.{page}.title"))
    st.caption(tr(f"page.{page}.intro"))
