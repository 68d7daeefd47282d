"""Overview: the landscape at a glance for a region and date, with a way into each detail."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.i18n import label, t
from views import common

common.header("overview")
ctx = common.context()
base = {"region": ctx.region, "as_of": ctx.as_of}


def metric_value(df: pd.DataFrame, metric: str, breakdown: str = "all") -> float | None:
    hit = df[(df["metric"] == metric) & (df["breakdown"] == breakdown)]
    return None if hit.empty or pd.isna(hit.iloc[0]["value"]) else float(hit.iloc[0]["value"])


with common.errors():
    summary = common.read("landscape_summary", base)
    st.caption(t("overview.period", start=ctx.year_before.isoformat(), end=ctx.as_of.isoformat()))
    cols = st.columns(4)
    partnerships = metric_value(summary, "partnerships") or 0
    meetings = metric_value(summary, "meetings") or 0
    hours = metric_value(summary, "person_hours") or 0
    tor = metric_value(summary, "share_terms_of_reference")
    cols[0].metric(t("overview.partnerships"), f"{partnerships:,.0f}")
    cols[1].metric(t("overview.meetings"), f"{meetings:,.0f}")
    cols[2].metric(t("overview.person_hours"), f"{hours:,.0f}")
    cols[3].metric(t("overview.share_tor"), "–" if tor is None else f"{tor:.0%}")

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.by_kind"))
        kinds = summary[summary["metric"] == "partnerships_by_kind"].copy()
        kinds["kind"] = kinds["breakdown"].map(lambda v: label("partnership_kind", v))
        kinds["count"] = kinds["value"].astype(float).astype(int) if not kinds.empty else []
        bar = (
            alt.Chart(kinds)
            .mark_bar(color="#0072B2")
            .encode(
                x=alt.X("count:Q", title=t("overview.count"), axis=alt.Axis(tickMinStep=1, format="d")),
                y=alt.Y("kind:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
                tooltip=[alt.Tooltip("kind:N", title=t("col.kind")), alt.Tooltip("count:Q", title=t("overview.count"))],
            )
        )
        bar = bar + bar.mark_text(align="left", dx=3, color="#000").encode(text="count:Q")
        common.chart(bar, kinds, "partnerships-by-kind", {"kind": "col.kind", "count": "overview.count"})
    with right:
        st.subheader(t("overview.figures"))
        fig = summary.copy()
        fig["figure"] = fig["metric"].map(lambda m: label("summary", m))
        group = {"partnerships_by_kind": "partnership_kind", "partnerships_by_level": "level"}
        fig["part"] = [label(group.get(m, "summary_breakdown"), b) for m, b in zip(fig["metric"], fig["breakdown"], strict=True)]
        fig["shown"] = fig.apply(
            lambda r: "–" if pd.isna(r["value"]) else (f"{r['value']:.0%}" if str(r["metric"]).startswith("share_")
                                                        else f"{r['value']:,.1f}".removesuffix(".0")), axis=1) if not fig.empty else []
        common.table(fig, "landscape-summary", {"figure": "col.figure", "part": "col.breakdown", "shown": "col.value"},
                     height=320)

    st.subheader(t("overview.top_overlaps"))
    overlap = common.read("partnership_overlap", {**base, "members": "organisations"}).head(5)
    overlap = common.named(common.named(overlap, "a_name", "a"), "b_name", "b")
    if not overlap.empty:
        overlap["jaccard_pct"] = overlap["jaccard"].map(lambda v: f"{v:.0%}")
    common.table(overlap, "top-overlaps", {"a": "col.partnership_a", "b": "col.partnership_b", "shared": "col.shared",
                                           "jaccard_pct": "col.jaccard"})
    st.page_link("views/overlap.py", label=t("overview.go_overlap"), icon=":material/arrow_forward:")

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.duplicates"))
        dup = common.read("duplicate_meetings", base)
        st.metric(t("overview.duplicate_pairs"), f"{len(dup):,}",
                  help=t("overview.duplicate_help"))
        if not dup.empty:
            st.markdown(t("overview.hours_saved", hours=common.fmt_hours(dup["hours_saved"].sum())))
        top = common.named(common.named(dup.head(5), "a_partnership_name", "a"), "b_partnership_name", "b")
        common.table(top, "duplicate-pairs-top", {"a": "col.partnership_a", "b": "col.partnership_b",
                                                   "days_apart": "col.days_apart", "shared_attendees": "col.shared"})
        st.page_link("views/meetings.py", label=t("overview.go_meetings"), icon=":material/arrow_forward:")
    with right:
        st.subheader(t("overview.silos"))
        silos = common.read("data_silos", base)
        st.metric(t("overview.silo_findings"), f"{len(silos):,}")
        if not silos.empty:
            counts = silos.groupby("kind").size().reset_index(name="n")
            st.markdown("\n".join(f"- {label('silo', k)}: **{n}**" for k, n in zip(counts["kind"], counts["n"], strict=True)))
        st.page_link("views/silos.py", label=t("overview.go_silos"), icon=":material/arrow_forward:")

common.next_step("overview")
