"""Meetings: renders tirlun.answers.meetings. When partnerships meet, which meetings duplicate each other,
who carries the load, and what merging two partnerships would save."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from tirlun import palette
from tirlun.answers import workshop
from tirlun.answers.base import Table
from tirlun.answers.meetings import MeetingsAnswer
from tirlun.views import nav, presenter, session, state, tables, text

nav.header("meetings")
ctx = session.context()
tr = ctx.tr
kept = session.remember(session.KEPT["meetings"])


def frame(table: Table, columns: list[str]) -> pd.DataFrame:
    """The answer's rows as a DataFrame with fixed columns, so an empty table still has its header."""
    return pd.DataFrame(table.rows, columns=columns if not table.rows else None)


def shown_of(table: Table) -> None:
    if table.truncated:
        st.caption(session.tr()("meetings.shown", shown=len(table), total=table.total))


if session.presenting():
    # The workshop: the year to the sidebar's date, the duplicate rule chosen beforehand, and the
    # first few duplicated pairs as cards (every figure on its own line, nothing cut).
    with text.errors():
        shown: MeetingsAnswer
        shown, slide = presenter.open_step("meetings")
        figures = st.columns(3)
        figures[0].metric(tr("overview.meetings"), f"{shown.meetings:,}")
        figures[1].metric(tr("overview.duplicate_pairs"), f"{shown.duplicates.total:,}")
        figures[2].metric(tr("meetings.hours_saved"), text.fmt_hours(shown.hours_saved))
        rows = shown.duplicates.rows[:workshop.LIST_ROWS]
        with st.container(key="workshop-visual"):
            presenter.cards([(f"{r['a']} ({str(r['a_start'])[:10]}) · {r['b']} ({str(r['b_start'])[:10]})",
                           tr("workshop.days_card", days=r["days_apart"], shared=r["shared_attendees"]) + " · "
                           + tr("workshop.saved_card", hours=text.fmt_hours(r["hours_saved"]))) for r in rows])
        if shown.duplicates.total > len(rows):
            st.caption(tr("workshop.more", shown=len(rows), total=f"{shown.duplicates.total:,}"))
        st.caption(slide.rests_on)
        presenter.speaker_notes(slide.notes)
    st.stop()

with text.errors():
    d1, d2 = st.columns(2)
    date_from = d1.date_input(tr("meetings.from"), ctx.year_before, key="mt_from", format="YYYY-MM-DD")
    date_to = d2.date_input(tr("meetings.to"), ctx.as_of, key="mt_to", format="YYYY-MM-DD")
    if not (isinstance(date_from, dt.date) and isinstance(date_to, dt.date)):
        date_from, date_to = ctx.year_before, ctx.as_of
    window = int(st.session_state.get("mt_window", 7))
    min_j = float(st.session_state.get("mt_minj", 0.5))
    pair = (st.session_state.get("mg_a"), st.session_state.get("mg_b"))
    chosen = pair if all(pair) and pair[0] != pair[1] and pair != st.session_state.get("mg_default") else None
    res: MeetingsAnswer = state.answer("meetings", date_from=date_from, date_to=date_to, window_days=window,
                                        min_jaccard=min_j, merge=chosen)
    if date_from > date_to:
        st.warning(res.empty_reason or tr("meetings.bad_period"))
        st.stop()
    st.markdown(text.md(res.summary))
    if res.evidence.get("meetings") is not None:
        st.caption(res.rests_on["meetings"])
        if res.evidence["meetings"].mostly_illustrative:
            st.warning(tr("meetings.illustrative", rests_on=res.rests_on["meetings"]), icon=":material/info:")

    tab_time, tab_dup, tab_burden, tab_merge = st.tabs(
        [tr("meetings.tab.timeline"), tr("meetings.tab.duplicates"), tr("meetings.tab.burden"), tr("meetings.tab.merge")]
    )

    with tab_time:
        c = list(st.columns(3))
        c[0].metric(tr("overview.meetings"), f"{res.meetings:,}")
        c[1].metric(tr("meetings.hours"), text.fmt_hours(res.hours))
        c[2].metric(tr("overview.person_hours"), text.fmt_hours(res.person_hours), help=res.rules["timeline"])
        if res.empty_reason:
            st.info(res.empty_reason)
        by_month = res.timeline_by == "month"
        if by_month:
            st.caption(tr("meetings.by_month"))
            shown_of(res.timeline)
            cols = ["partnership_id", "partnership", "who", "month", "meetings", "hours", "person_hours"]
            x = alt.X("month:T", title=tr("meetings.month"))
            tip = [alt.Tooltip("partnership:N", title=tr("col.partnership")),
                   alt.Tooltip("month:T", title=tr("meetings.month"), format="%Y-%m"),
                   alt.Tooltip("meetings:Q", title=tr("overview.meetings")),
                   alt.Tooltip("person_hours:Q", title=tr("overview.person_hours"))]
        else:
            cols = ["id", "partnership_id", "partnership", "who", "start", "duration_hours", "format", "attendee_count",
                    "person_hours"]
            x = alt.X("start:T", title=tr("meetings.date"))
            tip = [alt.Tooltip("partnership:N", title=tr("col.partnership")),
                   alt.Tooltip("start:T", title=tr("meetings.date"), format="%Y-%m-%d %H:%M"),
                   alt.Tooltip("duration_hours:Q", title=tr("col.duration")),
                   alt.Tooltip("attendee_count:Q", title=tr("col.attendees"))]
        meetings = frame(res.timeline, cols)
        timeline = (
            alt.Chart(meetings)
            .mark_point(filled=True, opacity=0.8, color=palette.BAR, shape="diamond")
            .encode(x=x, y=alt.Y("who:N", title=None, sort="ascending"),
                    size=alt.Size("person_hours:Q", title=tr("overview.person_hours")), tooltip=tip)
            .properties(height=max(240, 28 * meetings["who"].nunique() if not meetings.empty else 240))
        )
        tables.chart(timeline, meetings, "meetings", res.timeline.labels, full_download=tables.full_list(res.timeline))

    with tab_dup:
        c = list(st.columns(2))
        st.session_state.setdefault("mt_window", 7)
        st.session_state.setdefault("mt_minj", 0.5)
        c[0].slider(tr("meetings.window"), 0, 30, key="mt_window", help=tr("meetings.window_help"))
        c[1].slider(tr("meetings.min_jaccard"), 0.1, 1.0, step=0.05, key="mt_minj")
        c = list(st.columns(2))
        c[0].metric(tr("overview.duplicate_pairs"), f"{res.duplicates.total:,}", help=res.rules["duplicates"])
        c[1].metric(tr("meetings.hours_saved"), text.fmt_hours(res.hours_saved), help=res.rules["duplicates"])
        if res.plan_sentence:
            # catalogue text and numbers only (plan_words): its Markdown (the hours in bold) is the catalogue's own
            st.markdown(res.plan_sentence)
        if res.duplicates.total and "duplicates" in res.evidence:
            st.caption(res.rests_on["duplicates"])
        if res.duplicates.empty_reason:
            st.info(res.duplicates.empty_reason)
        shown_of(res.duplicates)
        dup = frame(res.duplicates, ["a", "a_start", "b", "b_start", "days_apart", "shared_attendees",
                                     "attendee_jaccard", "hours_saved", "in_plan", "shared_theme_list"])
        if not dup.empty:
            dup["attendee_jaccard"] = dup["attendee_jaccard"].round(2)
            dup["in_plan"] = dup["in_plan"].map(lambda v: tr("common.yes") if v else tr("common.no"))
        tables.table(dup, "duplicate-meetings", res.duplicates.labels, full_download=tables.full_list(res.duplicates))

    with tab_burden:
        st.caption(res.rules["burden"])
        if res.rests_on.get("burden"):
            st.caption(res.rests_on["burden"])
        for by, table in (("organisation", res.burden_organisation), ("person", res.burden_person)):
            st.subheader(tr(f"meetings.burden.{by}"))
            if table.empty_reason:
                st.info(table.empty_reason)
            else:
                st.caption(tr("meetings.burden_total", total=table.total, hours=text.fmt_hours(res.burden_hours[by])))
            shown_of(table)
            burden = frame(table, ["id", "label", "meetings", "hours", "partnerships", "people"])
            top = burden.head(15)
            bars = (
                alt.Chart(top).mark_bar(color=palette.HOURS)
                .encode(x=alt.X("hours:Q", title=tr("overview.person_hours")),
                        y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=300)),
                        tooltip=[alt.Tooltip("label:N", title=tr("col.name")), alt.Tooltip("hours:Q", title=tr("col.hours")),
                                 alt.Tooltip("meetings:Q", title=tr("overview.meetings"))])
            )
            bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text=alt.Text("hours:Q", format=",.0f"))
            tables.chart(bars, burden, f"burden-{by}", table.labels, full_download=tables.full_list(table))

    with tab_merge:
        st.caption(tr("meetings.merge_intro"))
        options = dict(res.partnerships)
        if len(options) < 2:
            st.info(tr("meetings.merge_need_two"))
        else:
            what = res.merge
            untouched = not all(pair) or pair == st.session_state.get("mg_default")
            if what is not None and chosen is None and untouched:
                # The suggested pair (most duplicated meetings) until someone chooses another.
                st.session_state["mg_default"] = (what.a, what.b)
                st.session_state["mg_a"], st.session_state["mg_b"] = what.a, what.b
            ids = list(options)
            for key in ("mg_a", "mg_b"):
                if st.session_state.get(key) is not None and st.session_state[key] not in options:
                    del st.session_state[key]
            m1, m2 = st.columns(2)
            a = m1.selectbox(tr("col.partnership_a"), ids, format_func=text.choice(options), key="mg_a", index=None,
                             placeholder=tr("common.choose"))
            b = m2.selectbox(tr("col.partnership_b"), ids, format_func=text.choice(options), key="mg_b", index=None,
                             placeholder=tr("common.choose"))
            if a is not None and a == b:
                st.warning(tr("meetings.merge_same"))
            elif what is None or (what.a, what.b) != (a, b):
                st.info(res.merge_reason or tr("meetings.merge_same"))
            else:
                st.markdown(text.md(what.headline), help=res.rules["merge"])
                st.caption(what.rests_on)
                c = list(st.columns(4))
                c[0].metric(tr("meetings.before"), text.fmt_hours(what.before))
                c[1].metric(tr("meetings.after"), text.fmt_hours(what.after))
                c[2].metric(tr("meetings.saved"), text.fmt_hours(what.saved))
                c[3].metric(tr("meetings.meetings_after"), f"{what.meetings_after} / {what.meetings_before}")
                st.caption(what.model)
                st.markdown(tr("meetings.merge_overlap", jaccard=f"{what.organisation_jaccard:.2f}"))
                if what.overlap.empty_reason:
                    st.info(what.overlap.empty_reason)
                shown_of(what.overlap)
                over = frame(what.overlap, ["partnership", "with_a", "with_b", "with_merged"])
                for col in ("with_a", "with_b", "with_merged"):
                    if not over.empty:
                        over[col] = over[col].round(2)
                tables.table(over, "merge-what-if", what.overlap.labels, full_download=tables.full_list(what.overlap))
