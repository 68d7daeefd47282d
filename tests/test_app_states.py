"""When Neo4j is empty or unreachable every page says so in one sentence with the fixing
command, and never shows a traceback."""

from __future__ import annotations

import pytest
import streamlit as st

from tirlun.database import Database
from tirlun.i18n import catalogue

from app_support import PAGES, app, no_exception


@pytest.fixture
def empty(session_db: Database, app_env) -> Database:
    session_db.run_script("clear_graph")
    st.cache_data.clear()
    return session_db


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("page", PAGES)
def test_empty_graph_says_how_to_fill_it(empty, page: str, lang: str) -> None:
    at = app(lang, page)
    no_exception(at)
    if page in ("data", "console"):
        assert not at.warning or catalogue(lang)["app.empty"] not in at.warning[0].value
        return
    [warning] = at.warning
    assert warning.value == catalogue(lang)["app.empty"]
    assert "`tirlun load seed/ctm`" in warning.value and "`tirlun demo`" in warning.value


def test_unreachable_neo4j_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    """One app session visiting every page (each visit waits for the driver's connection timeout)."""
    monkeypatch.setenv("NEO4J_URI", "neo4j://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        at = app("en")
        for page in PAGES:
            if page != "overview":
                at.switch_page(f"views/{page}.py").run()
            no_exception(at)
            errors = [e.value for e in at.error]
            assert errors, page
            assert "Neo4j is not answering" in errors[0] and "`tirlun neo4j start`" in errors[0], errors[0]
            assert at.title[0].value == catalogue("en")[f"page.{page}.title"]
    finally:
        st.cache_resource.clear()
