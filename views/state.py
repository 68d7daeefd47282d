"""The app's one driver and its cached reads: the graph version every cache is keyed on, the answers, the workshop
story's steps and the small choice lists. Nothing here names a query: each read is an answer function's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from tirlun.answers import ANSWERS, choices, workshop
from tirlun.answers import status as graph_status
from tirlun.answers.base import Context, Table
from tirlun.answers.base import default_as_of as data_default_as_of
from tirlun.config import load_settings
from tirlun.database import Database, frame
from tirlun.errors import TirlunError
from tirlun.i18n import translator
from tirlun.loader.journal import Settled, recover, running
from tirlun.views import session


@st.cache_resource(show_spinner=False)
def get_db() -> Database:
    """The one driver of this app process (Streamlit keeps it across reruns and sessions)."""
    return Database.connect(load_settings())


@dataclass(frozen=True)
class GraphState:
    """What a page run is built on: the graph's version, loads settled on the way, loads still running."""

    version: str
    settled: tuple[Settled, ...] = ()  # crashed loads this read settled (worded on the page, in its reader's language)
    loading: tuple[str, ...] = ()  # regions a load is writing batch by batch right now


@st.cache_data(show_spinner=False, ttl=2)
def _graph_state() -> GraphState:
    """One tiny read shared by every open page for at most two seconds: the version, and any unfinished load.

    A load whose process or server crashed is settled here (undone, or kept if it committed), so an open app never
    shows half a load and never waits for a restart to notice one.
    """
    db = get_db()
    settled = tuple(recover(db))
    loading = tuple(str(r.get("region_id")) for r in running(db) if r.get("scheme") == "batched")
    return GraphState(db.graph_version(), settled, loading)


def graph_state() -> GraphState:
    """This run's graph state; the loads it settled are said once to the session that meets them."""
    state = _graph_state()
    if state.settled and st.session_state.get("said_settled") != state.settled:
        st.session_state["said_settled"] = state.settled
        tr = session.tr()
        for settled in state.settled:
            st.info(settled.say(tr), icon=":material/history:")
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
    return graph_status.load_history(get_db(), limit, tr=translator(lang))


def load_history(limit: int = 20) -> Table:
    """The last loads for the Data page (tirlun.answers.status), cached on the graph version (a load raises it)."""
    return _load_history(limit, graph_version(), session.tr().lang)


@st.cache_data(show_spinner=False, max_entries=2000)
def _answer(name: str, ctx: Context, version: str, choices: tuple[tuple[str, Any], ...]) -> Any:
    return ANSWERS[name](get_db(), ctx, **dict(choices))


def answer(name: str, ctx: Context | None = None, **choices: Any) -> Any:
    """A page's answer, built once per graph version, context and choices, and shared by every session."""
    ctx = ctx or session.context()
    return _answer(name, ctx, graph_version(), tuple(sorted(choices.items())))


@st.cache_data(show_spinner=False, max_entries=500)
def _step(page: str, ctx: Context, version: str, choices: tuple[tuple[str, Any], ...]) -> workshop.Step:
    return workshop.step(get_db(), ctx, page, dict(choices))


def step(page: str, **overrides: Any) -> workshop.Step:
    """A workshop step as the pack builds it (tirlun.answers.workshop.step): its answer with the host's choices and
    the projector's settings, and its slide; built once per graph version, context and choices."""
    every = workshop.story_choices({p: session.host_choices(p) for p in workshop.STEPS})
    choices = {**every[page], **overrides}
    return _step(page, session.context(), graph_version(), tuple(sorted(choices.items())))


def clear_caches() -> None:
    """After a write in this app: read the new version at once rather than within two seconds."""
    _graph_state.clear()


def default_as_of(region: str | None) -> dt.date:
    """The data's own date (see tirlun.answers.base.default_as_of), or today if the graph cannot say."""
    try:
        return data_default_as_of(get_db(), region)
    except TirlunError:
        return dt.date.today()
