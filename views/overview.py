"""Overview: renders tirlun.answers.overview, the landscape at a glance with the findings that matter most."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.answers.overview import OverviewAnswer
from tirlun.i18n import t
from views import common

common.header("overview")

with common.errors():
    res: OverviewAnswer = common.answer("overview")
    st.caption(t("overview.period", start=res.period[0], end=res.period[1]))
    cols = st.columns(4)
    cols[0].metric(t("overview.partnerships"), f"{res.partnerships:,}")
    cols[1].metric(t("overview.meetings"), f"{res.meetings:,}")
    cols[2].metric(t("overview.person_hours"), common.fmt_hours(res.person_hours))
    tor = res.share_terms_of_reference
    cols[3].metric(t("overview.share_tor"), "–" if tor is None else f"{tor:.0%}")

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.by_kind"))
        kinds = pd.DataFrame(res.by_kind, columns=["kind", "label", "count"])
        bar = (
            alt.Chart(kinds)
            .mark_bar(color="#0072B2")
            .encode(
                x=alt.X("count:Q", title=t("overview.count"), axis=alt.Axis(tickMinStep=1, format="d")),
                y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260, labelOverlap=False)),
                tooltip=[alt.Tooltip("label:N", title=t("col.kind")), alt.Tooltip("count:Q", title=t("overview.count"))],
            )
            .properties(height=max(200, 26 * len(kinds)))
        )
        bar = bar + bar.mark_text(align="left", dx=3, color="#000").encode(text="count:Q")
        common.chart(bar, kinds, "partnerships-by-kind", {"label": "col.kind", "count": "overview.count"})
    with right:
        st.subheader(t("overview.figures"))
        figures = pd.DataFrame([vars(f) for f in res.figures], columns=["key", "label", "part", "value", "shown"])
        common.table(figures, "landscape-summary", {"label": "col.figure", "shown": "col.value", "part": "col.breakdown"},
                     height=320)

    st.subheader(t("overview.top_overlaps"), help=res.rules["overlap"])
    for sentence in res.sentences[:1]:
        st.markdown(common.md(sentence))
    top = pd.DataFrame(res.top_overlaps.rows)
    if top.empty:
        st.info(t("overview.no_overlaps"))
    else:
        top["score_shown"] = top["score"].map(lambda v: f"{v:.2f}")
        top["jaccard_pct"] = top["jaccard"].map(lambda v: f"{v:.0%}")
        # Numbers first, so they stay in view whatever the names' length.
        common.table(top, "top-overlaps", {"shared": "col.shared", "score_shown": "col.score", "jaccard_pct": "col.jaccard",
                                           "a": "col.partnership_a", "b": "col.partnership_b"})
    st.page_link("views/overlap.py", label=t("overview.go_overlap"), icon=":material/arrow_forward:")

    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.duplicates"), help=res.rules["duplicates"])
        st.metric(t("overview.duplicate_pairs"), f"{res.duplicate_pairs:,}", help=t("overview.duplicate_help"))
        if res.duplicate_pairs:
            st.markdown(t("overview.hours_saved", hours=common.fmt_hours(res.hours_saved)))
            common.table(pd.DataFrame(res.duplicates.rows), "duplicate-pairs-top",
                         {"days_apart": "col.days_apart", "shared_attendees": "col.shared", "a": "col.partnership_a",
                          "b": "col.partnership_b"})
        else:
            st.info(res.duplicates.empty_reason or t("common.no_rows"))
        st.page_link("views/meetings.py", label=t("overview.go_meetings"), icon=":material/arrow_forward:")
    with right:
        st.subheader(t("overview.silos"), help=res.rules["silos"])
        st.metric(t("overview.silo_findings"), f"{res.silo_findings:,}")
        if res.silos_by_kind:
            st.markdown("\n".join(f"- {common.md(k['label'])}: **{k['findings']:,}**" for k in res.silos_by_kind))
        else:
            st.info(res.silos.empty_reason or t("common.no_rows"))
        st.page_link("views/silos.py", label=t("overview.go_silos"), icon=":material/arrow_forward:")

common.next_step("overview")
