"""Meetings: when partnerships meet, which meetings duplicate each other, who carries the load,
and what merging two partnerships would save."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.i18n import pick, t
from views import common

common.header("meetings")
ctx = common.context()


def merge_what_if(meetings: pd.DataFrame, a: str, b: str) -> dict[str, float]:
    """Person-hours of two partnerships' meetings now, and if they met as one.

    The merged partnership meets as often as the busier of the two, for as long as the
    longer of the two usually meets; each post attends it as often as it attended the
    partnership it attended more. Hours saved = before - after (negative means more).
    """
    ma, mb = meetings[meetings["partnership_id"] == a], meetings[meetings["partnership_id"] == b]
    if ma.empty and mb.empty:
        return {"before": 0.0, "after": 0.0, "saved": 0.0, "meetings_before": 0, "meetings_after": 0, "posts_both": 0}
    n_a, n_b = len(ma), len(mb)
    n = max(n_a, n_b)
    length = max(ma["duration_hours"].mean() if n_a else 0.0, mb["duration_hours"].mean() if n_b else 0.0)

    def rates(df: pd.DataFrame) -> dict[str, float]:
        counts: dict[str, int] = {}
        for people in df["attendees"]:
            for p in people or []:
                counts[p] = counts.get(p, 0) + 1
        return {p: c / len(df) for p, c in counts.items()} if len(df) else {}

    ra, rb = rates(ma), rates(mb)
    after = sum(n * length * max(ra.get(p, 0.0), rb.get(p, 0.0)) for p in set(ra) | set(rb))
    before = float(ma["person_hours"].sum() + mb["person_hours"].sum())
    return {"before": before, "after": after, "saved": before - after, "meetings_before": n_a + n_b,
            "meetings_after": n, "posts_both": len(set(ra) & set(rb))}


def jaccard(x: set[str], y: set[str]) -> float:
    return len(x & y) / len(x | y) if x | y else 0.0


with common.errors():
    d1, d2 = st.columns(2)
    date_from = d1.date_input(t("meetings.from"), ctx.year_before, key="mt_from", format="YYYY-MM-DD")
    date_to = d2.date_input(t("meetings.to"), ctx.as_of, key="mt_to", format="YYYY-MM-DD")
    if isinstance(date_from, dt.date) and isinstance(date_to, dt.date) and date_from > date_to:
        st.warning(t("meetings.bad_period"))
        st.stop()
    period = {"region": ctx.region, "date_from": date_from, "date_to": date_to}
    meetings = common.read("app_meetings", period)
    meetings = common.named(meetings, "partnership", "partnership")
    if not meetings.empty:
        meetings["who"] = [r["short_name"] or r["partnership"] for _, r in meetings.iterrows()]

    tab_time, tab_dup, tab_burden, tab_merge = st.tabs(
        [t("meetings.tab.timeline"), t("meetings.tab.duplicates"), t("meetings.tab.burden"), t("meetings.tab.merge")]
    )

    with tab_time:
        c = st.columns(3)
        c[0].metric(t("overview.meetings"), f"{len(meetings):,}")
        c[1].metric(t("meetings.hours"), common.fmt_hours(meetings["duration_hours"].sum() if not meetings.empty else 0))
        c[2].metric(t("overview.person_hours"), common.fmt_hours(meetings["person_hours"].sum() if not meetings.empty else 0))
        timeline = (
            alt.Chart(meetings)
            .mark_point(filled=True, opacity=0.8, color="#0072B2", shape="diamond")
            .encode(
                x=alt.X("start:T", title=t("meetings.date")),
                y=alt.Y("who:N", title=None, sort="ascending"),
                size=alt.Size("person_hours:Q", title=t("overview.person_hours")),
                tooltip=[alt.Tooltip("partnership:N", title=t("col.partnership")),
                         alt.Tooltip("start:T", title=t("meetings.date"), format="%Y-%m-%d %H:%M"),
                         alt.Tooltip("duration_hours:Q", title=t("col.duration")),
                         alt.Tooltip("attendee_count:Q", title=t("col.attendees"))],
            )
            .properties(height=max(240, 28 * meetings["who"].nunique() if not meetings.empty else 240))
        )
        common.chart(timeline, meetings, "meetings", {"start": "meetings.date", "partnership": "col.partnership",
                                                      "duration_hours": "col.duration", "format": "col.format",
                                                      "attendee_count": "col.attendees", "person_hours": "overview.person_hours"})

    with tab_dup:
        c = st.columns(2)
        window = c[0].slider(t("meetings.window"), 0, 30, 7, key="mt_window", help=t("meetings.window_help"))
        min_j = c[1].slider(t("meetings.min_jaccard"), 0.1, 1.0, 0.5, step=0.05, key="mt_minj")
        dup = common.read("duplicate_meetings", {"region": ctx.region, "as_of": ctx.as_of, "window_days": window,
                                                 "min_attendee_jaccard": float(min_j), "date_from": date_from,
                                                 "date_to": date_to})
        dup = common.named(common.named(dup, "a_partnership_name", "a"), "b_partnership_name", "b")
        c = st.columns(2)
        c[0].metric(t("overview.duplicate_pairs"), f"{len(dup):,}")
        c[1].metric(t("meetings.hours_saved"), common.fmt_hours(dup["hours_saved"].sum() if not dup.empty else 0))
        if not dup.empty:
            dup["attendee_jaccard"] = dup["attendee_jaccard"].round(2)
        common.table(dup, "duplicate-meetings", {"a": "col.partnership_a", "a_start": "col.a_start", "b": "col.partnership_b",
                                                 "b_start": "col.b_start", "days_apart": "col.days_apart",
                                                 "shared_attendees": "col.shared", "attendee_jaccard": "col.jaccard",
                                                 "hours_saved": "meetings.hours_saved"})

    with tab_burden:
        for by in ("organisation", "person"):
            st.subheader(t(f"meetings.burden.{by}"))
            burden = common.read("meeting_burden", {"region": ctx.region, "as_of": ctx.as_of, "by": by,
                                                    "date_from": date_from, "date_to": date_to, "limit": 200})
            if by == "person":
                burden["label"] = [common.person_label({"name_en": r["name"], "name_cy": r["name_cy"],
                                                        "short_name": r.get("organisation_name")})
                                   for _, r in burden.iterrows()] if not burden.empty else []
            else:
                burden = common.named(burden)
            top = burden.head(15)
            bars = (
                alt.Chart(top).mark_bar(color="#D55E00")
                .encode(x=alt.X("hours:Q", title=t("overview.person_hours")), y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=300)),
                        tooltip=[alt.Tooltip("label:N", title=t("col.name")), alt.Tooltip("hours:Q", title=t("col.hours")),
                                 alt.Tooltip("meetings:Q", title=t("overview.meetings"))])
            )
            bars = bars + bars.mark_text(align="left", dx=3, color="#000").encode(text=alt.Text("hours:Q", format=",.0f"))
            common.chart(bars, burden, f"burden-{by}", {"label": "col.name", "hours": "col.hours", "meetings": "overview.meetings",
                                                        "partnerships": "col.partnerships", "people": "col.people"})

    with tab_merge:
        st.caption(t("meetings.merge_intro"))
        sets = common.read("app_partnership_sets", {"region": ctx.region, "as_of": ctx.as_of})
        if len(sets) < 2:
            st.info(t("meetings.merge_need_two"))
        else:
            names = {r["id"]: pick(r, "name") for _, r in sets.iterrows()}
            ids = list(names)
            m1, m2 = st.columns(2)
            a = m1.selectbox(t("col.partnership_a"), ids, format_func=names.get, key="mg_a")
            b = m2.selectbox(t("col.partnership_b"), ids, index=1, format_func=names.get, key="mg_b")
            if a == b:
                st.warning(t("meetings.merge_same"))
            else:
                r = merge_what_if(meetings, a, b)
                c = st.columns(4)
                c[0].metric(t("meetings.before"), common.fmt_hours(r["before"]))
                c[1].metric(t("meetings.after"), common.fmt_hours(r["after"]))
                c[2].metric(t("meetings.saved"), common.fmt_hours(r["saved"]))
                c[3].metric(t("meetings.meetings_after"), f"{r['meetings_after']} / {r['meetings_before']}")
                st.caption(t("meetings.merge_model", posts=r["posts_both"]))
                orgs = {row["id"]: {m["id"] for m in row["organisations"]} for _, row in sets.iterrows()}
                merged = orgs[a] | orgs[b]
                rows = [{"partnership": names[p], "with_a": round(jaccard(orgs[a], s), 2), "with_b": round(jaccard(orgs[b], s), 2),
                         "with_merged": round(jaccard(merged, s), 2)} for p, s in orgs.items() if p not in (a, b)]
                st.markdown(t("meetings.merge_overlap", jaccard=f"{jaccard(orgs[a], orgs[b]):.2f}"))
                common.table(pd.DataFrame(rows, columns=["partnership", "with_a", "with_b", "with_merged"])
                             .sort_values("with_merged", ascending=False), "merge-what-if",
                             {"partnership": "col.partnership", "with_a": "meetings.with_a", "with_b": "meetings.with_b",
                              "with_merged": "meetings.with_merged"})

common.next_step("meetings")
