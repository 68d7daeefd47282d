"""Data and silos: a thin renderer of tirlun.answers.silos (totals, the biggest silos, the datasets)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.answers.silos import CHART_LABELS, KINDS, SilosAnswer
from tirlun.views import nav, session, state, tables, text

nav.header("silos")
ctx = session.context()
tr = ctx.tr

with text.errors():
    kinds: tuple[str | None, ...] = (None, *KINDS)
    names = {k: (tr(f"silos.kind.{k}") if k else tr("common.all")) for k in kinds}
    kind = st.selectbox(tr("silos.kind_choice"), kinds, format_func=text.choice(names), key="silos_kind")
    res: SilosAnswer = state.answer("silos", ctx, kind=kind)

    c = st.columns(4)
    c[0].metric(tr("silos.datasets"), f"{res.datasets_total:,}")
    c[1].metric(tr("silos.flows"), f"{res.flows_total:,}")
    c[2].metric(tr("silos.flows_unrecorded"), f"{res.personal_flows_unrecorded:,}", help=tr("silos.flows_unrecorded_help"))
    c[3].metric(tr("overview.silo_findings"), f"{res.findings_total:,}", help=res.rule)

    st.subheader(tr("silos.findings"), help=res.rule)
    if res.findings.rows:
        st.caption(tr("silos.rests_on", words=res.evidence.words(tr)))
    if res.chart_rows:
        counts = pd.DataFrame(res.chart_rows)
        bars = (alt.Chart(counts).mark_bar(color="#009E73")
                .encode(x=alt.X("findings:Q", title=tr("silos.count")),
                        y=alt.Y("kind_label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=260)),
                        tooltip=[alt.Tooltip("kind_label:N", title=tr("col.kind")),
                                 alt.Tooltip("findings:Q", title=tr("silos.count"))]))
        bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text="findings:Q")
        tables.chart(bars, counts, "silo-kinds", CHART_LABELS)
    tables.ranked_table(res.findings, "data-silos")

    st.subheader(tr("silos.dataset_list"), help=tr("silos.datasets_help"))
    tables.ranked_table(res.datasets, "datasets")

    st.subheader(tr("silos.flow_list"))
    tables.ranked_table(res.flows, "dataset-flows")
