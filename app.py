"""Tirlun's app: a thin router. Pages live in views/; this file sets language, mode and context.

Run with `tirlun app` (or `tirlun demo` for the local server and the example data).
"""

from __future__ import annotations

import streamlit as st

from tirlun.errors import TirlunError
from tirlun.i18n import LANGUAGES, set_language, t
from views import common

st.set_page_config(page_title="Tirlun", layout="wide")

common.restore_sidebar()
# Language first: every string below depends on it. ?lang=cy opens the app in Welsh.
if "lang" not in st.session_state:
    wanted = st.query_params.get("lang", "en")
    st.session_state["lang"] = wanted if wanted in LANGUAGES else "en"
set_language(st.session_state["lang"])

pages = [
    st.Page(path, title=t(f"nav.{name}"), url_path=name, default=name == "overview")
    for name, path in common.PAGES
]
page = st.navigation(pages)
current = next((name for name, _ in common.PAGES if page.url_path == name), "overview")

with st.sidebar:
    st.radio(
        t("sidebar.language"),
        ["cy", "en"],
        format_func=lambda code: {"cy": "Cymraeg", "en": "English"}[code],
        key="lang",
        horizontal=True,
        on_change=common.keep("lang"),
    )
    st.toggle(t("sidebar.workshop"), key="workshop", help=t("sidebar.workshop_help"), on_change=common.keep("workshop"))

if st.session_state.get("workshop"):
    # Static CSS only (no data): large type and high contrast for projection.
    st.markdown(
        """<style>
        html, body, [data-testid="stAppViewContainer"] { font-size: 22px; }
        [data-testid="stAppViewContainer"] * { color: #000 !important; }
        [data-testid="stAppViewContainer"] { background: #fff !important; }
        h1 { font-size: 3rem !important; } h2 { font-size: 2.2rem !important; }
        [data-testid="stMetricValue"] { font-size: 3.2rem !important; font-weight: 800; }
        [data-testid="stDataFrame"] { font-size: 1.2rem; }
        a { text-decoration: underline !important; }
        </style>""",
        unsafe_allow_html=True,
    )

ready = False
try:
    counts = common.status()
    ready = bool(counts.get("partnerships"))
    if not ready and current not in common.PAGES_WITHOUT_GRAPH:
        st.title(t(f"page.{current}.title"))
        st.warning(t("app.empty"), icon=":material/info:")
        st.stop()
except TirlunError as exc:
    st.title(t(f"page.{current}.title"))
    common.show_error(exc)
    if current not in common.PAGES_WITHOUT_GRAPH:
        st.stop()

if ready:
    with st.sidebar:
        regions = common.read("app_regions")
        ids = [str(r) for r in regions["id"]] if not regions.empty else []
        names = common.options_from(regions)
        if ids and st.session_state.get("region") not in ids:
            st.session_state["region"] = "ctm" if "ctm" in ids else ids[0]
            st.session_state["as_of"] = common.default_as_of(st.session_state["region"])

        def _region_changed() -> None:
            st.session_state["as_of"] = common.default_as_of(st.session_state["region"])
            common.keep_sidebar()

        st.selectbox(t("sidebar.region"), ids, format_func=lambda i: names.get(i, i), key="region",
                     on_change=_region_changed)
        if "as_of" not in st.session_state:
            st.session_state["as_of"] = common.default_as_of(st.session_state.get("region"))
        st.date_input(t("sidebar.as_of"), key="as_of", help=t("sidebar.as_of_help"), format="YYYY-MM-DD",
                      on_change=common.keep("as_of"))
        st.caption(t("sidebar.counts", **{k: counts.get(k, 0) for k in ("partnerships", "organisations", "people", "meetings")}))

common.keep_sidebar()
page.run()
