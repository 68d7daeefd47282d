"""Overlap: renders tirlun.answers.overlap. Which partnerships share members or remit; projected in workshops."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from tirlun import palette
from tirlun.answers.overlap import HEATMAP_LABELS, MEASURES, MEMBERS, SIDE_LABELS, OverlapAnswer
from tirlun.i18n import Translator
from tirlun.views import nav, presenter, session, state, tables, text

nav.header("overlap")
ctx = session.context()
tr = ctx.tr
kept = session.remember(session.KEPT["overlap"])


def heatmap(res: OverlapAnswer, measure: str, tr: Translator, *, font: int, cell: int,
            numbered: bool) -> tuple[alt.LayerChart, pd.DataFrame]:
    """The K most overlapping partnerships, clustered; both halves filled, diagonal blank; each cell carries its number.

    ``numbered``: the presenter's mileage-chart form: rows named in full ("1 · name"), columns by
    the same numbers, so no label is ever cut or slanted and the square fits a 720-line screen.
    """
    axis, names = res.axis, res.names
    rank = {pid: i + 1 for i, pid in enumerate(res.heatmap_ids)}
    row_label = {pid: f"{rank[pid]} · {axis[pid]}" if numbered else axis[pid] for pid in res.heatmap_ids}
    col_label = {pid: str(rank[pid]) if numbered else axis[pid] for pid in res.heatmap_ids}
    cells = [{"a": col_label[c.a], "b": row_label[c.b], "a_full": names.get(c.a, c.a), "b_full": names.get(c.b, c.b),
              "value": c.value, "shared": c.shared, "rests_on": c.rests_on} for c in res.cells]
    cells += [{"a": col_label[c.b], "b": row_label[c.a], "a_full": names.get(c.b, c.b), "b_full": names.get(c.a, c.a),
               "value": c.value, "shared": c.shared, "rests_on": c.rests_on} for c in res.cells]
    heat = pd.DataFrame(cells, columns=["a", "b", "a_full", "b_full", "value", "shared", "rests_on"])
    heat["text"] = heat["shared"].map(lambda v: str(v) if v else "")
    x_order = [col_label[i] for i in res.heatmap_ids]
    y_order = [row_label[i] for i in res.heatmap_ids]
    base = alt.Chart(heat).encode(
        x=alt.X("a:N", sort=x_order, title=None,
                axis=alt.Axis(orient="top", labelAngle=0 if numbered else -50, labelFontSize=font, labelLimit=0,
                              labelOverlap=False, labelColor="#000")),
        y=alt.Y("b:N", sort=y_order, title=None,
                axis=alt.Axis(labelFontSize=font, labelLimit=0, labelOverlap=False, labelColor="#000")),
    )
    top = max((c.value for c in res.cells), default=1.0) or 1.0
    rects = base.mark_rect(stroke="#ffffff").encode(
        color=alt.Color("value:Q", title=tr(f"overlap.measure.{measure}"),
                        scale=alt.Scale(type="quantize", domain=[0, top], range=list(palette.BLUES)),
                        legend=alt.Legend(orient="bottom", direction="horizontal",  # below: Welsh row labels need the width
                                          labelFontSize=font if numbered else font - 2,
                                          titleFontSize=font if numbered else font - 2, labelColor="#000",
                                          titleColor="#000", format=".2f")),
        tooltip=[alt.Tooltip("a_full:N", title=tr("col.partnership_a")), alt.Tooltip("b_full:N", title=tr("col.partnership_b")),
                 alt.Tooltip("shared:Q", title=tr("col.shared")),
                 alt.Tooltip("value:Q", title=tr(f"overlap.measure.{measure}"), format=".2f"),
                 alt.Tooltip("rests_on:N", title=tr("evidence.column"))],
    )
    white = palette.heatmap_white_above(top)
    labels = base.mark_text(fontSize=font if numbered else font - 1).encode(
        text="text:N", color=alt.condition(f"datum.value >= {white:.6f}", alt.value("#ffffff"), alt.value("#000000")))
    return (rects + labels).properties(width=alt.Step(cell), height=alt.Step(cell)), heat


if session.presenting():
    with text.errors():
        shown: OverlapAnswer
        shown, slide = presenter.open_step("overlap")
        if shown.pairs.rows:
            chart, _ = heatmap(shown, kept["ov_measure"], tr, font=18, cell=32, numbered=True)
            with st.container(key="workshop-visual"):
                st.vega_lite_chart(tables.localised(chart.to_dict(validate=tables.VALIDATE_CHARTS), tr), width="content",
                                   key="workshop-chart")
            st.caption(tr("overlap.heatmap_k", k=len(shown.heatmap_ids), total=f"{shown.pairs.total:,}"))
            st.caption(slide.rests_on)
        else:
            st.info(shown.empty_reason or tr("common.no_rows"))
        presenter.speaker_notes(slide.notes)
    st.stop()

with text.errors():
    c1, c2, c3 = st.columns(3)
    by = c1.radio(tr("overlap.by"), list(MEMBERS), horizontal=True,
                  format_func=text.choice({v: tr(f"overlap.by.{v}") for v in MEMBERS}), key="ov_by")
    measure = c2.radio(tr("overlap.measure"), list(MEASURES), horizontal=True,
                       format_func=text.choice({v: tr(f"overlap.measure.{v}") for v in MEASURES}),
                       key="ov_measure", help=tr("overlap.rule") + " " + tr("overlap.measure_help"))
    st.session_state.setdefault("ov_min", 2)
    min_shared = c3.number_input(tr("overlap.min_shared"), min_value=1, max_value=50, key="ov_min")
    c4, c5, c6 = st.columns(3)
    wider = c4.toggle(tr("overlap.scope"), key="ov_wider", help=tr("overlap.scope_help"))
    boards = c5.toggle(tr("overlap.boards_only"), key="ov_boards")
    family = c6.toggle(tr("overlap.family"), key="ov_family", help=tr("overlap.family_help"), disabled=boards)
    choices: dict[str, Any] = {"by": by, "measure": measure, "min_shared": int(min_shared), "scope": "all" if wider else "regional",
               "level": "board" if boards else None, "family": bool(family) and not boards}
    pair = (st.session_state.get("ov_a"), st.session_state.get("ov_b"))
    res: OverlapAnswer = state.answer("overlap", **choices,
                                       pair=pair if all(pair) and pair[0] != pair[1] else None)

    st.markdown(f"### {text.md(res.headline)}")
    if res.rests_on:
        st.caption(res.rests_on)
    if res.pairs.rows:
        chart, heat = heatmap(res, measure, tr, font=13, cell=36, numbered=False)
        st.subheader(tr("overlap.heatmap"))
        st.caption(tr("overlap.heatmap_k", k=len(res.heatmap_ids), total=f"{res.pairs.total:,}"))
        tables.chart(chart, heat, f"overlap-heatmap-{by}", HEATMAP_LABELS, stretch=False)
    else:
        st.info(res.empty_reason or tr("common.no_rows"))

    st.subheader(tr("overlap.ranked"), help=tr("overlap.rule"))
    rounded = [{**r, **{c: round(float(r[c]), 3) for c in ("score", "jaccard", "overlap_coefficient")}}
               for r in res.pairs.rows]
    tables.ranked_table(replace(res.pairs, rows=rounded), f"overlap-pairs-{by}", shown_key="overlap.shown_of")

    st.subheader(tr("overlap.pair"))
    options = {r["id"]: r["label"] for r in res.partnerships.rows}
    if res.pair:
        st.session_state.setdefault("ov_a", res.pair.a_id)
        st.session_state.setdefault("ov_b", res.pair.b_id)
    ids = list(options)
    for key, fallback in (("ov_a", 0), ("ov_b", 1)):
        if ids and st.session_state.get(key) not in options:
            st.session_state[key] = ids[min(fallback, len(ids) - 1)]
    p1, p2 = st.columns(2)
    p1.selectbox(tr("col.partnership_a"), ids, format_func=text.choice(options), key="ov_a")
    p2.selectbox(tr("col.partnership_b"), ids, format_func=text.choice(options), key="ov_b")
    detail = res.pair
    if detail is not None:
        st.markdown(tr("overlap.pair_summary", shared=len(detail.shared), union=detail.union,
                      jaccard=f"{detail.jaccard:.2f}"))
        s1, s2, s3 = st.columns(3)
        for column, title, items in ((s1, tr("overlap.only_in", name=detail.a_label), detail.only_a),
                                     (s2, tr("overlap.in_both"), detail.shared),
                                     (s3, tr("overlap.only_in", name=detail.b_label), detail.only_b)):
            with column:
                st.markdown(f"**{text.md(title)}** ({len(items)})")
                st.dataframe(pd.DataFrame({tr("col.name"): items}), hide_index=True, width="stretch")
        side = pd.DataFrame([{"member": m, "where": tr("overlap.in_both")} for m in detail.shared]
                            + [{"member": m, "where": tr("overlap.only_in", name=detail.a_label)} for m in detail.only_a]
                            + [{"member": m, "where": tr("overlap.only_in", name=detail.b_label)} for m in detail.only_b],
                            columns=["member", "where"])
        tables.table(side, f"overlap-{detail.a_id}-{detail.b_id}", SIDE_LABELS, show=False)
