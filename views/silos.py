"""Data and silos: a thin renderer of tirlun.answers.silos (totals, the biggest silos, the datasets)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.answers.base import Context, Table, speaking
from tirlun.answers.silos import KINDS, SilosAnswer, all_datasets, all_findings, all_flows
from tirlun.i18n import label, t
from views import common


def cell(value: Any) -> Any:
    """A CSV cell: lists as "a; b", missing as empty (as the on-screen tables show them)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def full_csv(ctx: Context, rows: Callable[[], Iterable[dict[str, Any]]], columns: dict[str, str]) -> Callable[[], bytes]:
    """A download built only when clicked: the full list streamed from the server in batches, as CSV.

    It runs on Streamlit's download thread, so it speaks the page's language explicitly.
    """
    def build() -> bytes:
        buf = io.StringIO()
        with speaking(ctx.lang):
            w = csv.writer(buf)
            w.writerow([t(k) for k in columns.values()])
            for row in rows():
                w.writerow([cell(row.get(c)) for c in columns])
        return buf.getvalue().encode("utf-8")
    return build


def show(table: Table, key: str, columns: dict[str, str], full: Callable[[], bytes], help_key: str | None = None) -> None:
    """A ranked table as the server cut it: the rows, how many of how many, why it is empty, the full download."""
    if table.rows:
        shown = common.flatten(pd.DataFrame(table.rows))
        keep = [c for c in columns if c in shown.columns]
        st.dataframe(shown[keep].rename(columns={c: t(columns[c]) for c in keep}), hide_index=True, width="stretch")
        if table.truncated:
            st.caption(t("silos.shown", shown=len(table.rows), total=table.total))
    else:
        st.info(table.empty_reason or t("common.no_rows"))
    st.download_button(t("silos.download_all"), full, file_name=f"tirlun-{key}.csv", mime="text/csv",
                       key=f"download-{key}", icon=":material/download:",
                       help=t(help_key) if help_key else None, on_click="ignore")


FINDINGS = {"kind_label": "col.kind", "about": "col.about", "other": "col.related",
            "partnerships_affected": "col.partnerships", "reason": "col.reason"}
DATASETS = {"label": "col.name", "kind_label": "col.kind", "holder": "col.holder", "for": "col.produced_for",
            "personal": "col.personal_data", "flow_count": "col.flows", "flows_without_agreement": "col.flows_without"}
FLOWS = {"dataset": "col.dataset", "to": "col.to", "agreement": "col.agreement"}

common.header("silos")
ctx = common.context()

with common.errors():
    kinds: tuple[str | None, ...] = (None, *KINDS)
    names = {k: (label("silo", k) if k else t("common.all")) for k in kinds}
    kind = st.selectbox(t("silos.kind_choice"), kinds, format_func=common.choice(names), key="silos_kind")
    res: SilosAnswer = common.answer("silos", ctx, kind=kind)
    db = common.get_db()

    c = st.columns(4)
    c[0].metric(t("silos.datasets"), f"{res.datasets_total:,}")
    c[1].metric(t("silos.flows"), f"{res.flows_total:,}")
    c[2].metric(t("silos.flows_without"), f"{res.flows_without_agreement:,}")
    c[3].metric(t("overview.silo_findings"), f"{res.findings_total:,}", help=res.rule)

    st.subheader(t("silos.findings"), help=res.rule)
    if res.chart_rows:
        counts = pd.DataFrame(res.chart_rows)
        bars = (alt.Chart(counts).mark_bar(color="#009E73")
                .encode(x=alt.X("findings:Q", title=t("silos.count")),
                        y=alt.Y("kind_label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=260)),
                        tooltip=[alt.Tooltip("kind_label:N", title=t("col.kind")),
                                 alt.Tooltip("findings:Q", title=t("silos.count"))]))
        bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text="findings:Q")
        common.chart(bars, counts, "silo-kinds", {"kind_label": "col.kind", "findings": "silos.count"})
    show(res.findings, "data-silos", FINDINGS, full_csv(ctx, lambda: all_findings(db, ctx, kind), FINDINGS))

    st.subheader(t("silos.dataset_list"), help=t("silos.datasets_help"))
    show(res.datasets, "datasets", DATASETS, full_csv(ctx, lambda: all_datasets(db, ctx), DATASETS))

    st.subheader(t("silos.flow_list"))
    show(res.flows, "dataset-flows", FLOWS, full_csv(ctx, lambda: all_flows(db, ctx), FLOWS))
