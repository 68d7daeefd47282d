"""What every page shares: one driver, cached reads, the sidebar context, tables and errors.

Pages stay thin: they ask ``answer(name, ...)`` (or a small cached helper here, such as
``regions()``) for what the answers layer built, render it, and show a TirlunError's message
and hint instead of a traceback. No page, and nothing here, names a query.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

from tirlun.answers import ANSWERS, choices
from tirlun.answers import status as graph_status
from tirlun.answers.base import Context, Download, Table, csv_cell, speaking, stream_rows
from tirlun.answers.base import default_as_of as data_default_as_of
from tirlun.config import load_settings
from tirlun.database import Database, frame
from tirlun.errors import TirlunError
from tirlun.i18n import language, pick, t
from tirlun.loader.journal import recover, running

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
WORKSHOP_SEQUENCE = ("overview", "network", "overlap", "meetings", "assessment")
VALIDATE_CHARTS = os.environ.get("TIRLUN_VALIDATE_CHARTS") == "1"
PAGES_WITHOUT_GRAPH = ("data", "console")  # usable on an empty graph


# -- database ------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def get_db() -> Database:
    """The one driver of this app process (Streamlit keeps it across reruns and sessions)."""
    return Database.connect(load_settings())


@dataclass(frozen=True)
class GraphState:
    """What a page run is built on: the graph's version, loads settled on the way, loads still running."""

    version: str
    settled: tuple[str, ...] = ()  # crashed loads this read settled, one sentence each (said on the page)
    loading: tuple[str, ...] = ()  # regions a load is writing batch by batch right now


@st.cache_data(show_spinner=False, ttl=2)
def _graph_state() -> GraphState:
    """One tiny read shared by every open page for at most two seconds: the version, and any unfinished load.

    A load whose process or server crashed is settled here (undone, or kept if it committed), so an open app never
    shows half a load and never waits for a restart to notice one.
    """
    db = get_db()
    settled = tuple(s.message() for s in recover(db))
    loading = tuple(str(r.get("region_id")) for r in running(db) if r.get("scheme") == "batched")
    return GraphState(db.graph_version(), settled, loading)


def graph_state() -> GraphState:
    """This run's graph state; the loads it settled are said once to the session that meets them."""
    state = _graph_state()
    if state.settled and st.session_state.get("said_settled") != state.settled:
        st.session_state["said_settled"] = state.settled
        for line in state.settled:
            st.info(line, icon=":material/history:")
    return state


def graph_version() -> str:
    """What every cache is keyed on: the counter raised in the transaction of every write (tirlun.database)."""
    return graph_state().version


def _frame(table: Table) -> pd.DataFrame:
    """An answer's rows as the DataFrame a page renders; an empty one keeps its columns."""
    return frame(table.rows) if table.rows else pd.DataFrame(columns=list(table.columns))


@st.cache_data(show_spinner=False, max_entries=50)
def _regions(version: str) -> pd.DataFrame:
    return _frame(choices.regions(get_db()))


def regions() -> pd.DataFrame:
    """The sidebar's regions (tirlun.answers.choices), cached on the graph version."""
    return _regions(graph_version())


@st.cache_data(show_spinner=False, max_entries=200)
def _areas(region: str | None, version: str) -> pd.DataFrame:
    return _frame(choices.areas(get_db(), region))


def areas(region: str | None) -> pd.DataFrame:
    """A region's areas for a filter (tirlun.answers.choices), cached on the region and the graph version."""
    return _areas(region, graph_version())


@st.cache_data(show_spinner=False, max_entries=50)
def _themes(version: str) -> pd.DataFrame:
    return _frame(choices.themes(get_db()))


def themes() -> pd.DataFrame:
    """Every theme for a filter (tirlun.answers.choices), cached on the graph version."""
    return _themes(graph_version())


@st.cache_data(show_spinner=False, max_entries=50)
def _status(version: str) -> dict[str, int]:
    return graph_status.counts(get_db())


def status() -> dict[str, int]:
    """Node counts for this graph version, shared by every session."""
    return _status(graph_version())


@st.cache_data(show_spinner=False, max_entries=1000)
def _scope_counts(region: str | None, as_of: dt.date | None, version: str) -> dict[str, int]:
    return graph_status.scope_counts(get_db(), region, as_of)


def scope_counts(region: str | None, as_of: dt.date | None) -> dict[str, int]:
    """The sidebar's partnerships counted apart (tirlun.answers.status), cached on region, date and graph version."""
    return _scope_counts(region, as_of, graph_version())


@st.cache_data(show_spinner=False, max_entries=50)
def _load_history(limit: int, version: str, lang: str) -> Table:
    with speaking(lang):
        return graph_status.load_history(get_db(), limit)


def load_history(limit: int = 20) -> Table:
    """The last loads for the Data page (tirlun.answers.status), cached on the graph version (a load raises it)."""
    return _load_history(limit, graph_version(), language())


@st.cache_data(show_spinner=False, max_entries=2000)
def _answer(name: str, ctx: Context, version: str, choices: tuple[tuple[str, Any], ...]) -> Any:
    return ANSWERS[name](get_db(), ctx, **dict(choices))


def answer(name: str, ctx: Context | None = None, **choices: Any) -> Any:
    """A page's answer, built once per graph version, context and choices, and shared by every session."""
    ctx = ctx or context()
    return _answer(name, ctx, graph_version(), tuple(sorted(choices.items())))


def clear_caches() -> None:
    """After a write in this app: read the new version at once rather than within two seconds."""
    _graph_state.clear()


@contextmanager
def errors() -> Iterator[None]:
    """Show a TirlunError as its message and hint (one sentence with the fix), never a traceback."""
    try:
        yield
    except TirlunError as exc:
        show_error(exc)


def show_error(exc: TirlunError) -> None:
    st.error(f"{exc.message} {exc.hint or ''}".strip(), icon=":material/error:")


# -- context -------------------------------------------------------------------------
SIDEBAR_KEYS = ("lang", "workshop", "workshop_wales", "region", "as_of")


def restore_sidebar() -> None:
    """Put the sidebar's choices back at the start of a run.

    Streamlit resets widget state when a page calls st.switch_page (the workshop's PageDown
    does), so each choice is also kept under a key no widget owns.
    """
    for key in SIDEBAR_KEYS:
        if f"kept.{key}" in st.session_state:
            st.session_state[key] = st.session_state[f"kept.{key}"]


def keep(key: str) -> Callable[[], None]:
    """An on_change callback that keeps a sidebar choice (it runs before the script, so before restore)."""
    def _keep() -> None:
        st.session_state[f"kept.{key}"] = st.session_state.get(key)
    return _keep


def keep_sidebar() -> None:
    """Keep every sidebar choice as the sidebar left it, defaults included, before the page runs."""
    for key in SIDEBAR_KEYS:
        if key in st.session_state:
            st.session_state[f"kept.{key}"] = st.session_state[key]


def context() -> Context:
    s = st.session_state
    return Context(
        region=s.get("region"),
        as_of=s.get("as_of") or dt.date.today(),
        workshop=bool(s.get("workshop", False)),
        lang=language(),
    )


def default_as_of(region: str | None) -> dt.date:
    """The data's own date (see tirlun.answers.base.default_as_of), or today if the graph cannot say."""
    try:
        return data_default_as_of(get_db(), region)
    except TirlunError:
        return dt.date.today()


# -- names ---------------------------------------------------------------------------
def options_from(df: pd.DataFrame, base: str = "name") -> dict[str, str]:
    """id -> display name in the current language, for selectbox format_func."""
    return {str(r["id"]): pick(r, base) or str(r["id"]) for _, r in df.iterrows()}


# -- tables and charts --------------------------------------------------------------
def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_flat(v)) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def flatten(df: pd.DataFrame) -> pd.DataFrame:
    """Lists and maps as text, so tables and CSV downloads read the same."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object and out[c].map(lambda v: isinstance(v, (list, tuple, dict))).any():
            out[c] = out[c].map(_flat)
    return out


def table(df: pd.DataFrame, key: str, columns: dict[str, str] | None = None, height: int | None = None, *,
          full_download: Callable[[], Any] | None = None, show: bool = True) -> None:
    """A table with its CSV download. ``columns`` maps column -> catalogue key (and picks the order).

    ``full_download`` is a callable for the whole list (see stream_csv): the table shows the
    ranked rows the server cut, the download brings every row, built only when clicked.
    """
    shown = flatten(df)
    if columns:
        keep = [c for c in columns if c in shown.columns]
        shown = shown[keep].rename(columns={c: t(columns[c]) for c in keep})
    if show:
        if shown.empty:
            st.caption(t("common.no_rows"))
        else:
            kwargs: dict[str, Any] = {"hide_index": True, "width": "stretch"}
            if height:
                kwargs["height"] = height
            st.dataframe(shown, **kwargs)
    safe = shown.map(csv_cell) if not shown.empty else shown
    st.download_button(
        t("common.download_csv") if full_download is None else t("common.download_shown"),
        safe.to_csv(index=False).encode("utf-8"),
        file_name=f"tirlun-{key}.csv",
        mime="text/csv",
        key=f"download-{key}",
        icon=":material/download:",
        on_click="ignore",
    )
    if full_download is not None:
        st.download_button(t("common.download_all"), full_download, file_name=f"tirlun-{key}-all.csv", mime="text/csv",
                           key=f"download-all-{key}", icon=":material/download:", on_click="ignore")


def chart(spec: alt.Chart | alt.LayerChart, df: pd.DataFrame, key: str, columns: dict[str, str] | None = None,
          stretch: bool = True, full_download: Callable[[], Any] | None = None) -> None:
    """A chart and, beside it, the same numbers as a table: colour is never the only signal."""
    tab_chart, tab_table = st.tabs([t("common.chart"), t("common.table")])
    with tab_chart:
        # The chart's Vega-Lite schema check costs ~60 ms a chart on every view; the test suite
        # runs it (TIRLUN_VALIDATE_CHARTS=1), a page view trusts the shape the tests checked.
        st.vega_lite_chart(localised(spec.to_dict(validate=VALIDATE_CHARTS)), width="stretch" if stretch else "content")
    with tab_table:
        table(df, key, columns, full_download=full_download)


def localised(spec: dict[str, Any]) -> dict[str, Any]:
    """A chart spec whose month and day names are in the page's language (Vega's time locale)."""
    names = {k: t(f"time.{k}").split(",") for k in ("months", "short_months", "days", "short_days")}
    spec.setdefault("config", {})["locale"] = {"time": {
        "dateTime": "%a %e %b %Y %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
        "months": names["months"], "shortMonths": names["short_months"],
        "days": names["days"], "shortDays": names["short_days"],
    }}
    return spec


def ranked_table(ranked: Table, key: str, help: str | None = None, height: int | None = None,
                 shown_key: str = "common.shown_of") -> None:
    """A table as its answer gives it (rows, the columns shown, the whole-list download): "showing N of M" when the
    server cut it, why it is empty, and the downloads."""
    columns = ranked.labels
    full_download = full_list(ranked)
    if ranked.rows:
        table(pd.DataFrame(ranked.rows), key, columns, height, full_download=full_download)
        if ranked.truncated:
            st.caption(t(shown_key, shown=f"{len(ranked.rows):,}", total=f"{ranked.total:,}"), help=help)
        return
    st.info(ranked.empty_reason or t("common.no_rows"))
    if full_download is not None:
        table(pd.DataFrame(columns=list(columns)), key, columns, full_download=full_download, show=False)


def full_csv(rows: Callable[[], Iterable[dict[str, Any]]], columns: dict[str, str], lang: str | None = None) -> Callable[[], bytes]:
    """A download_button ``data`` callable: on click, every row ``rows()`` yields, written to a file as it comes.

    The answers' download functions stream their unbounded query from the server in batches
    (Database.stream), so a 60,000-row list never sits whole in the app's memory as Python
    rows. It runs on Streamlit's download thread, so it speaks the page's language itself.
    Cells a spreadsheet would run as formulas are made inert (csv_cell).
    """
    lang = lang or language()

    def make() -> bytes:
        # bytes: Streamlit (1.67) turns what the callable returns into bytes itself and refuses other file types
        # ("Callable returned unsupported type: SpooledTemporaryFile"); the rows still never sit whole as Python rows.
        out = io.BytesIO()
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(text)
        with speaking(lang):
            writer.writerow([t(k) for k in columns.values()])
        for row in rows():
            writer.writerow([csv_cell(_flat(row.get(c))) for c in columns])
        text.flush()
        text.detach()
        return out.getvalue()
    return make


def full_list(table: Table) -> Callable[[], Any] | None:
    """The download button's data for a table's whole list, when its answer gives one."""
    return stream_csv(table.download) if table.download is not None else None


def stream_csv(spec: Download) -> Callable[[], Any]:
    """full_csv over an answer's download spec: its unbounded query (``limit`` null), streamed, worded, in its columns."""
    return full_csv(lambda: stream_rows(get_db(), spec), spec.columns, spec.lang)


def page_path(name: str) -> str:
    """A page's script, for st.page_link and st.switch_page."""
    return dict(PAGES)[name]


def header(page: str) -> None:
    """The page's title and intro; in workshop mode nothing: the presenter bar and the finding replace them."""
    if presenting():
        return
    st.title(t(f"page.{page}.title"))
    st.caption(t(f"page.{page}.intro"))


def workshop_sequence() -> tuple[str, ...]:
    """The story's steps: the five, then the Wales step (Compare) when the host added it in the sidebar."""
    return (*WORKSHOP_SEQUENCE, "compare") if st.session_state.get("workshop_wales") else WORKSHOP_SEQUENCE


def presenting() -> bool:
    """Workshop mode: the presenter view, one finding and one visual a step, no controls."""
    return bool(st.session_state.get("workshop"))


def remember(defaults: dict[str, Any]) -> dict[str, Any]:
    """A page's choices kept across page switches and into the presenter view.

    Streamlit forgets a widget's value when its page is left (and the presenter view draws no
    widgets), so each value is also kept under a key no widget owns, and put back before the
    widget is drawn again. Returns the choices as they stand, defaults filled in.
    """
    out: dict[str, Any] = {}
    for key, default in defaults.items():
        if key in st.session_state:
            st.session_state[f"kept.{key}"] = st.session_state[key]
        elif f"kept.{key}" in st.session_state:
            st.session_state[key] = st.session_state[f"kept.{key}"]
        value = st.session_state.get(key, default)
        out[key] = default if value is None and default is not None else value
    return out


def _go(page: str | None) -> None:
    if page is not None:
        st.switch_page(dict(PAGES)[page])


def _leave_workshop() -> None:
    st.session_state["workshop"] = False
    st.session_state["kept.workshop"] = False


def presenter(page: str, finding: str) -> None:
    """The presenter bar (step counter, back, next, leave) and the finding as the slide's title.

    PageDown / PageUp (what a presentation clicker sends) and the arrow keys step; the buttons
    show where the story goes.
    """
    sequence = workshop_sequence()
    if page not in sequence:  # a page opened in workshop mode off the story: the story's last step
        sequence = (*sequence, page)
    i = sequence.index(page)
    prev = sequence[i - 1] if i > 0 else None
    nxt = sequence[i + 1] if i + 1 < len(sequence) else None
    with st.container(key="presenter-bar"):
        where, back, ahead, leave = st.columns([4, 3, 4, 3], vertical_alignment="center")
        where.markdown(f"**{t(f'page.{page}.title')}** · {t('workshop.step', n=i + 1, total=len(sequence))}")
        if prev is not None and back.button(t("workshop.previous", page=t(f"nav.{prev}")), key="workshop-prev",
                                            shortcut="PageUp", icon=":material/arrow_back:", width="stretch"):
            _go(prev)
        if nxt is not None and ahead.button(t("workshop.next", page=t(f"nav.{nxt}")), key="workshop-next",
                                            shortcut="PageDown", type="primary", icon=":material/arrow_forward:",
                                            width="stretch"):
            _go(nxt)
        leave.button(t("workshop.exit"), key="workshop-exit", on_click=_leave_workshop, width="stretch")
    with st.container(key="presenter-keys"):  # the arrow keys, as buttons out of sight
        if prev is not None and st.button("←", key="workshop-left", shortcut="left"):
            _go(prev)
        if nxt is not None and st.button("→", key="workshop-right", shortcut="right"):
            _go(nxt)
    st.markdown(f'<h2 class="tirlun-finding">{html.escape(finding)}</h2>', unsafe_allow_html=True)
    # The workshop switch (now out of sight) kept the keyboard's focus: give it back to the page, so the
    # clicker's first PageDown steps without anyone touching the mouse.
    components.html("<script>var a = parent.document.activeElement; if (a && a !== parent.document.body) a.blur();"
                    "</script>", height=0)


def speaker_notes(notes: dict[str, str]) -> None:
    """The host's notes, below the visual: the page's language first, then the other."""
    first = language()
    with st.expander(t("workshop.notes"), expanded=False):
        for code in sorted(notes, key=lambda c: c != first):
            st.markdown(f"**{'Cymraeg' if code == 'cy' else 'English'}** · {md(notes[code])}")
    st.caption(t("workshop.keys"))


def cards(items: list[tuple[str, str]]) -> None:
    """A short ranked list as cards: a bold line and a detail line each, wrapping, never losing a column."""
    body = "".join(f'<li><strong>{html.escape(head)}</strong><span>{html.escape(detail)}</span></li>'
                   for head, detail in items)
    st.markdown(f'<ol class="tirlun-cards">{body}</ol>', unsafe_allow_html=True)


def choice(labels: dict[Any, str]) -> Any:
    """A format_func that only looks up labels made now, in this run's language.

    Streamlit may call format_func again outside the script's thread (AppTest does), where
    the language is not set; a frozen lookup gives the same text everywhere.
    """
    frozen = dict(labels)
    return lambda v: frozen.get(v, str(v))


def fmt_hours(value: Any) -> str:
    try:
        return f"{float(value):,.0f}"
    except (TypeError, ValueError):
        return "–"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$"})


def md(text: Any) -> str:
    """Entity text made inert inside Markdown: no emphasis, links or HTML from data."""
    return str(text).translate(_MD_SPECIAL)
