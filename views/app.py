"""Tirlun's app: a thin router. Pages live beside it in this folder; it decides language, mode and context.

Streamlit runs this file (`tirlun app`, which works from any folder once Tirlun is installed),
or the checkout's top-level app.py, which calls main().
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from tirlun import supervisor
from tirlun.access import Role
from tirlun.answers import choices
from tirlun.errors import TirlunError
from tirlun.i18n import LANGUAGES
from tirlun.views import a11y, nav, session, signin, state, text

ALL_WALES = "all"  # ?region=all: every region at once (an answer's region None)


def _url_region(ids: list[str]) -> str | None:
    """The region a new visit opens on: the URL's, else CTM (or the first) when the URL names none it knows."""
    wanted = st.query_params.get("region")
    if wanted == ALL_WALES:
        return None
    if wanted in ids:
        return wanted
    return choices.opening_region(ids)


def _url_date() -> dt.date | None:
    """The URL's ?as_of= as a date, or None when it has none or it is not a date."""
    try:
        return dt.date.fromisoformat(st.query_params.get("as_of", ""))
    except ValueError:
        return None


def main() -> None:
    """One run of the app: sidebar, context, then the chosen page."""
    st.set_page_config(page_title="Tirlun", layout="wide")

    session.restore_sidebar()
    # Language first: every string below depends on it. ?lang=cy opens the app in Welsh.
    if "lang" not in st.session_state:
        wanted = st.query_params.get("lang", "en")
        st.session_state["lang"] = wanted if wanted in LANGUAGES else "en"
    tr = session.tr()

    pages = [
        st.Page(path, title=tr(f"nav.{name}"), url_path=name, default=name == "overview")
        for name, path in nav.PAGES
    ]
    page = st.navigation(pages)
    current = next((name for name, _ in nav.PAGES if page.url_path == name), "overview")
    a11y.apply(current, st.session_state["lang"])

    with st.sidebar:
        st.radio(
            tr("sidebar.language"),
            ["cy", "en"],
            format_func=lambda code: {"cy": "Cymraeg", "en": "English"}[code],
            key="lang",
            horizontal=True,
            on_change=session.keep("lang"),
        )
        st.toggle(tr("sidebar.workshop"), key="workshop", help=tr("sidebar.workshop_help"), on_change=session.keep("workshop"))
        st.checkbox(tr("sidebar.workshop_wales"), key="workshop_wales", help=tr("sidebar.workshop_wales_help"),
                    on_change=session.keep("workshop_wales"))

    # Who is here, before any data: a host may ask for sign-in even to read.
    try:
        who = signin.current()
    except TirlunError as exc:
        st.title(tr(f"page.{current}.title"))
        text.show_error(exc, tr)
        st.stop()
    if not st.session_state.get("workshop"):
        with st.sidebar:
            signin.sidebar(who)
    if not who.may(Role.VIEWER):
        st.title(tr(f"page.{current}.title"))
        signin.read_prompt(who)
        st.stop()

    if st.session_state.get("workshop"):
        # The presenter view (static CSS, no data): the sidebar and Streamlit's bar out of sight, a slide
        # laid out for a 1280x720 projector and zoomed 1.5x on a 1920x1080 one (every size scales
        # together, so what fits at 720 fits at 1080), large type, black on white, and the primary
        # button white on the palette's blue (5.1:1). Choices are made beforehand in normal mode.
        st.markdown(
            """<style>
            [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
            [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
            [data-testid="stElementToolbar"] { display: none !important; }  /* a chart's toolbar never covers the finding */
            [data-testid="stAppViewContainer"] { background: #fff !important; color: #000; }
            [data-testid="stMainBlockContainer"] { padding: 0.5rem 1.5rem 3rem 1.5rem !important; max-width: none !important; }
            [data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label,
            [data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3 { color: #000; }
            [data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 18px; }
            [data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #333 !important; font-size: 18px; }
            h2.tirlun-finding { font-size: 28px !important; line-height: 1.25; font-weight: 700; padding: 0.1rem 0 0.5rem 0;
                                margin: 0; overflow-wrap: anywhere; }
            [data-testid="stMetricValue"], [data-testid="stMetricValue"] * { font-size: 40px !important; font-weight: 800; color: #000; }
            [data-testid="stMetricLabel"] p { font-size: 18px !important; color: #000; }
            /* the button's words and the key it answers to (Streamlit's shortcut badge, 14 px by default) */
            .st-key-presenter-bar button, .st-key-presenter-bar button * { font-size: 18px !important; }
            .st-key-presenter-bar button[kind="primary"], .st-key-presenter-bar button[kind="primary"] * {
                background: #0072B2 !important; border-color: #0072B2 !important; color: #fff !important; }
            .st-key-presenter-bar button[kind="secondary"] { color: #000 !important; border-color: #000 !important; }
            .st-key-presenter-keys, [data-testid="stElementContainer"]:has(iframe[height="0"]) { display: none !important; }
            ol.tirlun-cards { list-style: none; padding: 0; margin: 0; counter-reset: card; }
            ol.tirlun-cards li { counter-increment: card; border: 2px solid #000; border-radius: 6px; padding: 8px 12px 8px 48px;
                                 margin: 0 0 10px 0; position: relative; overflow-wrap: anywhere; }
            ol.tirlun-cards li::before { content: counter(card); position: absolute; left: 14px; top: 8px; font-weight: 800;
                                         font-size: 22px; }
            ol.tirlun-cards strong { display: block; font-size: 20px; }
            ol.tirlun-cards span { display: block; font-size: 18px; }
            ol.tirlun-key { margin: 0.3rem 0 0 1.8em; padding: 0; }
            ol.tirlun-key li { line-height: 1.3; margin: 0; }
            a { text-decoration: underline !important; }
            @media (min-width: 1600px) and (min-height: 900px) { [data-testid="stMain"] { zoom: 1.5; } }
            </style>""",
            unsafe_allow_html=True,
        )

    for notice in supervisor.notices(tr):  # the local Neo4j died and was started again (tirlun/supervisor.py)
        st.warning(notice, icon=":material/restart_alt:")
    ready = False
    try:
        graph = state.graph_state()
        if graph.loading and current not in nav.PAGES_WITHOUT_GRAPH:
            # a load batch by batch is writing: its region's figures would be half a load until it commits
            st.title(tr(f"page.{current}.title"))
            st.warning(tr("app.loading", regions=", ".join(graph.loading)), icon=":material/hourglass_top:")
            st.stop()
        counts = state.status()
        ready = bool(counts.get("partnerships"))
        if not ready and current not in nav.PAGES_WITHOUT_GRAPH:
            st.title(tr(f"page.{current}.title"))
            st.warning(tr("app.empty"), icon=":material/info:")
            st.stop()
    except TirlunError as exc:
        st.title(tr(f"page.{current}.title"))
        text.show_error(exc, tr)
        if current not in nav.PAGES_WITHOUT_GRAPH:
            st.stop()

    if ready:
        with st.sidebar:
            regions = state.regions()
            ids = [str(r) for r in regions["id"]] if not regions.empty else []
            names = text.options_from(regions)
            # All Wales (region None) is a choice; a new visit opens on the URL's ?region= and ?as_of=.
            if "region" not in st.session_state or st.session_state["region"] not in [None, *ids]:
                st.session_state["region"] = _url_region(ids)
                st.session_state["as_of"] = _url_date() or state.default_as_of(st.session_state["region"])

            def _region_changed() -> None:
                picked = st.session_state["region_pick"]
                st.session_state["region"] = None if picked == ALL_WALES else picked
                st.session_state["as_of"] = state.default_as_of(st.session_state["region"])
                session.keep_sidebar()

            # The widget holds "all" for All Wales (a selectbox reads None as no choice); pages read "region".
            st.session_state["region_pick"] = st.session_state["region"] or ALL_WALES
            names[ALL_WALES] = tr("compare.all_wales")
            st.selectbox(tr("sidebar.region"), [ALL_WALES, *ids], key="region_pick", on_change=_region_changed,
                         format_func=lambda i: names.get(i, i))
            if "as_of" not in st.session_state:
                st.session_state["as_of"] = state.default_as_of(st.session_state.get("region"))
            st.date_input(tr("sidebar.as_of"), key="as_of", help=tr("sidebar.as_of_help"), format="YYYY-MM-DD",
                          on_change=session.keep("as_of"))
            # The view in the URL, so a link shares it (region "all" is All Wales).
            day = st.session_state.get("as_of")
            st.query_params.update(region=st.session_state.get("region") or ALL_WALES,
                                   as_of=day.isoformat() if day else "", lang=st.session_state["lang"])
            # The region's own boards and sub-groups counted apart from wider bodies, as the Overview counts them;
            # the whole graph's totals after, said to be every region's and the shared reference's together.
            region = st.session_state.get("region")
            parts = state.scope_counts(region, day)
            numbers = {k: f"{int(parts.get(col, 0)):,}" for k, col in
                       (("boards", "own_boards"), ("subgroups", "own_subgroups"), ("wider", "wider"))}
            when = day.isoformat() if day else ""
            st.caption(tr("sidebar.scope", date=when, **numbers) if region else
                       tr("sidebar.scope_all", date=when, boards=numbers["boards"], subgroups=numbers["subgroups"]))
            st.caption(tr("sidebar.counts", **{k: counts.get(k, 0) for k in ("partnerships", "organisations", "people", "meetings")}))

    session.keep_sidebar()
    page.run()


if __name__ == "__main__":
    main()
