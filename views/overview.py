"""Overview: renders tirlun.answers.overview, the landscape at a glance with the findings that matter most."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from tirlun import palette
from tirlun.answers.overview import KIND_LABELS, OverviewAnswer
from tirlun.i18n import Translator
from tirlun.views import nav, presenter, session, state, tables, text


def kinds_chart(res: OverviewAnswer, tr: Translator, font: int, height_per_bar: int) -> tuple[alt.LayerChart, pd.DataFrame]:
    """The region's own boards by kind: one bar each in the kind's own colour (the palette); beside it the kind's
    boards, sub-groups and wider bodies, counted apart (never added into one figure)."""
    kinds = pd.DataFrame(res.by_kind, columns=["kind", "label", "count", "own_board", "own_subgroup", "wider", "parts"])
    scale = palette.vega_scale("partnership_kind", kinds["kind"])
    bar = (
        alt.Chart(kinds)
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title=tr("overview.own_boards"), axis=alt.Axis(tickMinStep=1, format="d", labelFontSize=font,
                                                                       titleFontSize=font, labelColor="#000", titleColor="#000")),
            y=alt.Y("label:N", sort=list(kinds["label"]), title=None,
                    axis=alt.Axis(labelLimit=0, labelOverlap=False, labelFontSize=font, labelColor="#000")),
            color=alt.Color("kind:N", scale=alt.Scale(domain=scale["domain"], range=scale["range"]), legend=None),
            tooltip=[alt.Tooltip("label:N", title=tr("col.kind")), alt.Tooltip("count:Q", title=tr("overview.own_boards")),
                     alt.Tooltip("own_subgroup:Q", title=tr("overview.own_subgroups")),
                     alt.Tooltip("wider:Q", title=tr("overview.wider"))],
        )
        .properties(height=alt.Step(height_per_bar))  # each bar its own row height, axes added below
    )
    return bar + bar.mark_text(align="left", dx=4, fontSize=font).encode(text="parts:N", color=alt.value("#000")), kinds


tr = session.tr()

if session.presenting():
    with text.errors():
        shown: OverviewAnswer
        shown, slide = presenter.open_step("overview")
        cols = st.columns(4)
        cols[0].metric(tr("overview.own_boards"), f"{shown.own_boards:,}")
        cols[1].metric(tr("overview.meetings"), f"{shown.meetings:,}")
        cols[2].metric(tr("overview.person_hours"), text.fmt_hours(shown.person_hours))
        cols[3].metric(tr("overview.duplicate_pairs"), f"{shown.duplicate_pairs:,}")
        chart, _ = kinds_chart(shown, tr, 18, 27)
        with st.container(key="workshop-visual"):
            st.vega_lite_chart(tables.localised(chart.to_dict(validate=tables.VALIDATE_CHARTS), tr), width="stretch",
                               key="workshop-chart")
        # What the finding rests on, and the banner, under the picture: the slide's visual stays on the screen.
        st.caption(" ".join(x for x in (slide.rests_on, shown.banner or "") if x))
        presenter.speaker_notes(slide.notes)
    st.stop()

nav.header("overview")

with text.errors():
    days = int(st.session_state.get("ov_stale_days", 365))
    res: OverviewAnswer = state.answer("overview", stale_days=days)
    if res.banner:
        st.warning(res.banner, icon=":material/info:")
    st.caption(tr("overview.period", start=res.period[0], end=res.period[1]))
    own = next((f for f in res.figures if f.key == "partnerships" and f.scope == "own_board"), None)
    tor_figure = next((f for f in res.figures if f.key == "share_terms_of_reference"), None)
    cols = st.columns(4)
    cols[0].metric(tr("overview.own_boards"), f"{res.own_boards:,}", help=res.rules["scope"])
    cols[0].caption(own.rests_on if own else "")
    cols[1].metric(tr("overview.meetings"), f"{res.meetings:,}")
    cols[1].caption(res.rests_on.get("meetings", ""))
    cols[2].metric(tr("overview.person_hours"), text.fmt_hours(res.person_hours))
    cols[2].caption(res.rests_on.get("person_hours", ""))
    tor = res.share_terms_of_reference
    cols[3].metric(tr("overview.share_tor"), "–" if tor is None else f"{tor:.0%}")
    cols[3].caption(tor_figure.rests_on if tor_figure else "")
    st.caption(res.scope_line)

    left, right = st.columns(2)
    with left:
        st.subheader(tr("overview.by_kind"), help=res.rules["scope"])
        st.caption(tr("overview.kinds_caption"))
        bar, kinds = kinds_chart(res, tr, 12, 26)
        tables.chart(bar, kinds, "partnerships-by-kind", KIND_LABELS)
    with right:
        st.subheader(tr("overview.figures"))
        tables.ranked_table(res.figures_table, "landscape-summary", height=320)

    st.subheader(tr("overview.top_overlaps"), help=res.rules["overlap"])
    for sentence in res.sentences[:1]:
        st.markdown(text.md(sentence))
        st.caption(res.rests_on.get("overlap", ""))
    if not res.top_overlaps.rows:
        st.info(tr("overview.no_overlaps"))
    else:
        tables.ranked_table(res.top_overlaps, "top-overlaps")
    st.page_link(nav.page_path("overlap"), label=tr("overview.go_overlap"), icon=":material/arrow_forward:")

    left, right = st.columns(2)
    with left:
        st.subheader(tr("overview.duplicates"), help=res.rules["duplicates"])
        st.metric(tr("overview.duplicate_pairs"), f"{res.duplicate_pairs:,}", help=tr("overview.duplicate_help"))
        if res.duplicate_pairs:
            st.markdown(tr("overview.hours_saved", hours=text.fmt_hours(res.hours_saved), merges=f"{res.merges:,}"))
            st.caption(res.rests_on.get("duplicates", ""))
            tables.ranked_table(res.duplicates, "duplicate-pairs-top")
        else:
            st.info(res.duplicates.empty_reason or tr("common.no_rows"))
        st.page_link(nav.page_path("meetings"), label=tr("overview.go_meetings"), icon=":material/arrow_forward:")
    with right:
        st.subheader(tr("overview.silos"), help=res.rules["silos"])
        st.metric(tr("overview.silo_findings"), f"{res.silo_findings:,}")
        if res.silos_by_kind:
            st.markdown("\n".join(f"- {text.md(k['label'])}: **{k['findings']:,}**" for k in res.silos_by_kind))
            st.caption(res.rests_on.get("silos", ""))
        else:
            st.info(res.silos.empty_reason or tr("common.no_rows"))
        st.page_link(nav.page_path("silos"), label=tr("overview.go_silos"), icon=":material/arrow_forward:")

    st.number_input(tr("freshness.age"), 30, 3650, 365, step=30, key="ov_stale_days")
    if res.stale is not None:
        st.subheader(tr("freshness.title", days=res.stale.max_age_days), help=res.stale.rule)
        tables.ranked_table(res.stale.partnerships, "overview-stale")
