"""Data and silos: a thin renderer of tirlun.answers.silos (totals, the biggest silos, the datasets)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.answers.silos import CHART_LABELS, KINDS, SilosAnswer
from tirlun.i18n import t
from tirlun.views import nav, session, state, tables, text

nav.header("silos")
ctx = session.context()

with text.errors():
    kinds: tuple[str | None, ...] = (None, *KINDS)
    names = {k: (t(f"silos.kind.{k}") if k else t("common.all")) for k in kinds}
    kind = st.selectbox(t("silos.kind_choice"), kinds, format_func=text.choice(names), key="silos_kind")
    res: SilosAnswer = state.answer("silos", ctx, kind=kind)

    c = st.columns(4)
    c[0].metric(t("silos.datasets"), f"{res.datasets_total:,}")
    c[1].metric(t("silos.flows"), f"{res.flows_total:,}")
    c[2].metric(t("silos.flows_unrecorded"), f"{res.personal_flows_unrecorded:,}", help=t("silos.flows_unrecorded_help"))
    c[3].metric(t("overview.silo_findings"), f"{res.findings_total:,}", help=res.rule)

    st.subheader(t("silos.findings"), help=res.rule)
    if res.findings.rows:
        st.caption(t("silos.rests_on", words=res.evidence.words()))
    if res.chart_rows:
        counts = pd.DataFrame(res.chart_rows)
        bars = (alt.Chart(counts).mark_bar(color="#009E73")
                .encode(x=alt.X("findings:Q", title=t("silos.count")),
                        y=alt.Y("kind_label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=260)),
                        tooltip=[alt.Tooltip("kind_label:N", title=t("col.kind")),
                                 alt.Tooltip("findings:Q", title=t("silos.count"))]))
        bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text="findings:Q")
        tables.chart(bars, counts, "silo-kinds", CHART_LABELS)
    tables.ranked_table(res.findings, "data-silos")

    st.subheader(t("silos.dataset_list"), help=t("silos.datasets_help"))
    tables.ranked_table(res.datasets, "datasets")

    st.subheader(t("silos.flow_list"))
    tables.ranked_table(res.flows, "dataset-flows")
