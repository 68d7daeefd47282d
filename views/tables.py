"""Tables, charts and their downloads, rendered generically from what an answer gives: its rows, its columns
(catalogue labels) and its one download specification, streamed from the server when clicked."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.answers.base import Download, Table, csv_cell, stream_rows
from tirlun.i18n import Translator, translator
from tirlun.views import session, state

VALIDATE_CHARTS = os.environ.get("TIRLUN_VALIDATE_CHARTS") == "1"


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
          full_download: Callable[[], Any] | None = None, show: bool = True, tr: Translator | None = None) -> None:
    """A table with its CSV download. ``columns`` maps column -> catalogue key (and picks the order).

    ``full_download`` is a callable for the whole list (see stream_csv): the table shows the
    ranked rows the server cut, the download brings every row, built only when clicked.
    ``tr`` words the headers and buttons (the visitor's language unless given).
    """
    tr = tr or session.tr()
    shown = flatten(df)
    if columns:
        keep = [c for c in columns if c in shown.columns]
        shown = shown[keep].rename(columns={c: tr(columns[c]) for c in keep})
    if show:
        if shown.empty:
            st.caption(tr("common.no_rows"))
        else:
            kwargs: dict[str, Any] = {"hide_index": True, "width": "stretch"}
            if height:
                kwargs["height"] = height
            st.dataframe(shown, **kwargs)
    safe = shown.map(csv_cell) if not shown.empty else shown
    st.download_button(
        tr("common.download_csv") if full_download is None else tr("common.download_shown"),
        safe.to_csv(index=False).encode("utf-8"),
        file_name=f"tirlun-{key}.csv",
        mime="text/csv",
        key=f"download-{key}",
        icon=":material/download:",
        on_click="ignore",
    )
    if full_download is not None:
        st.download_button(tr("common.download_all"), full_download, file_name=f"tirlun-{key}-all.csv", mime="text/csv",
                           key=f"download-all-{key}", icon=":material/download:", on_click="ignore")


def chart(spec: alt.Chart | alt.LayerChart, df: pd.DataFrame, key: str, columns: dict[str, str] | None = None,
          stretch: bool = True, full_download: Callable[[], Any] | None = None, tr: Translator | None = None) -> None:
    """A chart and, beside it, the same numbers as a table: colour is never the only signal."""
    tr = tr or session.tr()
    tab_chart, tab_table = st.tabs([tr("common.chart"), tr("common.table")])
    with tab_chart:
        # The chart's Vega-Lite schema check costs ~60 ms a chart on every view; the test suite
        # runs it (TIRLUN_VALIDATE_CHARTS=1), a page view trusts the shape the tests checked.
        st.vega_lite_chart(localised(spec.to_dict(validate=VALIDATE_CHARTS), tr),
                           width="stretch" if stretch else "content")
    with tab_table:
        table(df, key, columns, full_download=full_download, tr=tr)


def localised(spec: dict[str, Any], tr: Translator | None = None) -> dict[str, Any]:
    """A chart spec whose month and day names are in the page's language (Vega's time locale)."""
    tr = tr or session.tr()
    names = {k: tr(f"time.{k}").split(",") for k in ("months", "short_months", "days", "short_days")}
    spec.setdefault("config", {})["locale"] = {"time": {
        "dateTime": "%a %e %b %Y %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
        "months": names["months"], "shortMonths": names["short_months"],
        "days": names["days"], "shortDays": names["short_days"],
    }}
    return spec


def ranked_table(ranked: Table, key: str, help: str | None = None, height: int | None = None,
                 shown_key: str = "common.shown_of", tr: Translator | None = None) -> None:
    """A table as its answer gives it (rows, the columns shown, the whole-list download): "showing N of M" when the
    server cut it, why it is empty, and the downloads."""
    tr = tr or session.tr()
    columns = ranked.labels
    full_download = full_list(ranked)
    if ranked.rows:
        table(pd.DataFrame(ranked.rows), key, columns, height, full_download=full_download, tr=tr)
        if ranked.truncated:
            st.caption(tr(shown_key, shown=f"{len(ranked.rows):,}", total=f"{ranked.total:,}"), help=help)
        return
    st.info(ranked.empty_reason or tr("common.no_rows"))
    if full_download is not None:
        table(pd.DataFrame(columns=list(columns)), key, columns, full_download=full_download, show=False, tr=tr)


def full_csv(rows: Callable[[], Iterable[dict[str, Any]]], columns: dict[str, str], lang: str | None = None) -> Callable[[], bytes]:
    """A download_button ``data`` callable: on click, every row ``rows()`` yields, written to a file as it comes.

    The answers' download functions stream their unbounded query from the server in batches
    (Database.stream), so a 60,000-row list never sits whole in the app's memory as Python
    rows. It runs on Streamlit's download thread, away from the session, so it holds its translator itself
    (``lang``, else the visitor's, taken now). Cells a spreadsheet would run as formulas are made inert (csv_cell).
    """
    tr = translator(lang) if lang else session.tr()

    def make() -> bytes:
        # bytes: Streamlit (1.67) turns what the callable returns into bytes itself and refuses other file types
        # ("Callable returned unsupported type: SpooledTemporaryFile"); the rows still never sit whole as Python rows.
        out = io.BytesIO()
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(text)
        writer.writerow([tr(k) for k in columns.values()])
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
    return full_csv(lambda: stream_rows(state.get_db(), spec), spec.columns, spec.lang)
