"""Data and silos: what each partnership's data is, who holds it, and where it stays put."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.i18n import label, language, t
from views import common

common.header("silos")
ctx = common.context()

with common.errors():
    datasets = common.read("app_datasets", {"region": ctx.region})
    silos = common.read("data_silos", {"region": ctx.region, "as_of": ctx.as_of})

    c = st.columns(4)
    c[0].metric(t("silos.datasets"), f"{len(datasets):,}")
    c[1].metric(t("silos.flows"), f"{int(datasets['flow_count'].sum()) if not datasets.empty else 0:,}")
    c[2].metric(t("silos.flows_without"), f"{int(datasets['flows_without_agreement'].sum()) if not datasets.empty else 0:,}")
    c[3].metric(t("overview.silo_findings"), f"{len(silos):,}")

    st.subheader(t("silos.findings"))
    if not silos.empty:
        silos["kind_label"] = silos["kind"].map(lambda k: label("silo", k))
        silos["about"] = silos["entity_name_cy" if language() == "cy" else "entity_name"]
        silos["other"] = silos["related_name_cy" if language() == "cy" else "related_name"]
        silos["why"] = silos["reason_cy" if language() == "cy" else "reason"]
        counts = silos.groupby("kind_label").size().reset_index(name="findings")
        bars = (alt.Chart(counts).mark_bar(color="#009E73")
                .encode(x=alt.X("findings:Q", title=t("silos.count")), y=alt.Y("kind_label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=260)),
                        tooltip=[alt.Tooltip("kind_label:N", title=t("col.kind")),
                                 alt.Tooltip("findings:Q", title=t("silos.count"))]))
        bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text="findings:Q")
        common.chart(bars, counts, "silo-kinds", {"kind_label": "col.kind", "findings": "silos.count"})
    common.table(silos, "data-silos", {"kind_label": "col.kind", "about": "col.about", "other": "col.related",
                                       "partnerships_affected": "col.partnerships", "why": "col.reason"})

    st.subheader(t("silos.dataset_list"))
    if not datasets.empty:
        datasets = common.named(datasets)
        datasets = common.named(datasets, "holder", "holder")
        datasets = common.named(datasets, "partnership", "for")
        datasets["kind_label"] = datasets["kind"].map(lambda k: label("dataset_kind", k))
        datasets["personal"] = datasets["personal_data"].map(lambda v: t("common.yes") if v else t("common.no"))
    common.table(datasets, "datasets", {"label": "col.name", "kind_label": "col.kind", "holder": "col.holder",
                                        "for": "col.produced_for", "personal": "col.personal_data",
                                        "flow_count": "col.flows", "flows_without_agreement": "col.flows_without"})

    flows = pd.DataFrame([
        {"dataset": r["label"], "to": (f.get("to_name_cy") if language() == "cy" else None) or f.get("to_name_en") or f.get("to_id"),
         "agreement": label("agreement", f.get("agreement") or "none")}
        for _, r in datasets.iterrows() for f in (r["flows"] or [])
    ] if not datasets.empty else [], columns=["dataset", "to", "agreement"])
    st.subheader(t("silos.flow_list"))
    common.table(flows, "dataset-flows", {"dataset": "col.dataset", "to": "col.to", "agreement": "col.agreement"})
