"""Self-assessment: score a partnership against the Social Partnership Assessment Tool and the
multi-agency effectiveness factors, and see the result as a radar, over time and beside others.

The scores, sentences and radar come from the page's answer (tirlun.answers.assessment). The only
page that writes: through ``queries/app/save_assessment.cypher`` after each row is validated by the
loader's own model, so a saved assessment looks exactly like a loaded one.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
from pydantic import ValidationError

from tirlun import palette
from tirlun.access import Role
from tirlun.answers.assessment import FRAMEWORKS, MAX_COMPARE, Radar
from tirlun.errors import TirlunError
from tirlun.i18n import Translator
from tirlun.loader import writes
from tirlun.loader.models import AssessmentScore
from tirlun.loader.validate import error_message
from tirlun.views import nav, presenter, session, signin, state, tables, text

nav.header("assessment")
ctx = session.context()
tr = ctx.tr
kept = session.remember(session.KEPT["assessment"])


def radar(r: Radar, tr: Translator, size: int = 620, font: int = 12, legend_right: bool = False,
          show_legend: bool = True, numbered: bool = False) -> alt.LayerChart:
    """The answer's radar geometry as layers: grey rings and spokes, numbered criteria, one line per series.

    ``numbered`` (the projected slide): only each criterion's number at its spoke, the names in a key beside it, so
    long (Welsh) criteria never cross at a size a room can read."""
    scale = alt.Scale(domain=[-8.5, 8.5])
    ax: dict[str, Any] = {"axis": None, "scale": scale}
    lines = pd.DataFrame(r.lines, columns=["series", "order", "x", "y", "criterion", "score"])
    grid = alt.Chart(pd.DataFrame(r.rings)).mark_line(color="#CCCCCC", strokeWidth=0.8).encode(
        x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax), detail="ring:N", order="order:Q")
    spokes = pd.DataFrame(r.spokes, columns=["c", "x", "y", "x0", "y0", "label"])
    if numbered:
        spokes["label"] = [f"{i}" for i in range(1, len(spokes) + 1)]
    spoke = alt.Chart(spokes).mark_rule(color="#CCCCCC").encode(x=alt.X("x0:Q", **ax), y=alt.Y("y0:Q", **ax),
                                                                 x2="x:Q", y2="y:Q")
    names = alt.Chart(spokes).mark_text(fontSize=font, color="#000", lineBreak="\n").encode(
        x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax), text="label:N")
    dashes = [[1, 0], [6, 3], [2, 2], [8, 2, 2, 2], [4, 4], [1, 3]]
    series = list(dict.fromkeys(lines["series"]))
    legend = alt.Legend(title=None, orient="right" if legend_right else "bottom", labelLimit=0, labelFontSize=font + 2,
                        labelColor="#000", symbolStrokeWidth=3, symbolSize=300)
    shape = alt.Chart(lines).mark_line(point=True, strokeWidth=2.5).encode(
        x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax), order="order:Q",
        color=alt.Color("series:N", scale=alt.Scale(domain=series, range=list(palette.SERIES)),
                        legend=legend if show_legend else None),
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(domain=series, range=dashes),
                                  legend=legend if show_legend else None),
        tooltip=[alt.Tooltip("series:N", title=tr("assessment.series")), alt.Tooltip("criterion:N", title=tr("col.criterion")),
                 alt.Tooltip("score:Q", title=tr("col.score"))])
    chart: alt.LayerChart = (grid + spoke + names + shape).properties(width=size, height=size)
    return chart


if session.presenting():
    # The workshop: the partnership chosen beforehand (else the most recently assessed), its radar.
    with text.errors():
        gone = state.step("assessment").answer.partnership is None and kept["as_partnership"] is not None
        # the partnership chosen is not in this region or date: the latest assessed instead
        shown, slide = presenter.open_step("assessment", **({"partnership": None, "compare": ()} if gone else {}))
        if shown.empty_reason:
            st.info(shown.empty_reason)
        else:
            left, right = st.columns([5, 4])
            with left, st.container(key="workshop-visual"):
                st.vega_lite_chart(tables.localised(radar(shown.radar, tr, size=360, font=22, show_legend=False,
                                                          numbered=True).to_dict(validate=tables.VALIDATE_CHARTS), tr),
                                   width="content", key="workshop-chart")
                # The key: each criterion's number on the radar, and its name.
                presenter.key_list([" ".join(str(sp["label"]).split(". ", 1)[-1].split()) for sp in shown.radar.spokes])
            # The legend as words beside the picture: colour and line style name each assessment.
            series = list(dict.fromkeys(r["series"] for r in shown.radar.lines))
            styles = ("solid", "dashed", "dotted", "dashed", "dashed", "dotted")
            right.markdown("".join(
                f'<p><span style="display:inline-block;width:48px;border-top:4px {styles[i % 6]} '
                f'{palette.SERIES[i % len(palette.SERIES)]};vertical-align:middle;margin-right:10px"></span>'
                f'{html.escape(name)}</p>' for i, name in enumerate(series)), unsafe_allow_html=True)
            for sentence in shown.sentences:
                if sentence != slide.title:
                    right.markdown(text.md(sentence))
            if slide.rests_on:
                right.caption(slide.rests_on)
        presenter.speaker_notes(slide.notes)
    st.stop()


with text.errors():
    c1, c2 = st.columns([3, 1])
    search = c1.text_input(tr("profiles.search"), key="as_search", help=tr("profiles.search_help")).strip() or None
    framework = st.session_state.get("as_framework")
    res = state.answer("assessment", ctx, partnership=st.session_state.get("as_partnership"), framework=framework,
                        compare=tuple(st.session_state.get("as_compare") or ()), search=search)
    if res.partnership is None and st.session_state.get("as_partnership") is not None:
        st.session_state.pop("as_partnership", None)  # a choice from another region or date
        res = state.answer("assessment", ctx, partnership=None, framework=framework, search=search)
    if res.partnership is None:
        st.info(res.empty_reason or tr("common.no_rows"))
        st.stop()
    names = {str(r["id"]): str(r["label"]) for r in res.choices.rows}
    names.setdefault(res.partnership, res.partnership_label)
    st.session_state["as_partnership"] = res.partnership
    pid = c1.selectbox(tr("col.partnership"), list(names), format_func=text.choice(names), key="as_partnership",
                       help=res.rule)
    if res.choices.truncated:
        c1.caption(tr("profiles.choices_shown", shown=len(res.choices.rows), total=res.choices.total))
    st.session_state["as_framework"] = res.framework
    c2.radio(tr("assessment.framework"), list(FRAMEWORKS), horizontal=True,
             format_func=text.choice({f: tr(f"framework.{f}") for f in FRAMEWORKS}), key="as_framework")
    criteria = res.criteria
    st.caption(res.framework_about)

    tab_view, tab_new = st.tabs([tr("assessment.tab.results"), tr("assessment.tab.score")])
    with tab_view:
        options = dict(res.compare_options)
        st.session_state["as_compare"] = [c for c in st.session_state.get("as_compare") or [] if c in options]
        st.multiselect(tr("assessment.compare_with"), list(options), format_func=text.choice(options), key="as_compare",
                       placeholder=tr("common.choose"), max_selections=MAX_COMPARE)
        for sentence in res.sentences:
            st.markdown(text.md(sentence))
        if res.rests_on:
            st.caption(res.rests_on)
        if res.empty_reason:
            st.info(res.empty_reason)
        else:
            data = pd.DataFrame(res.scores.rows)
            tables.chart(radar(res.radar, tr), data, f"assessment-{pid}-{res.framework}",
                         res.scores.labels, stretch=False)

with tab_new:
    who = signin.current()
    if signin.gate(who, Role.EDITOR, "signin.action_assess", "assessment"):
        with st.form("assessment_form"):
            date = st.date_input(tr("col.date"), dt.date.today(), key="as_date", format="YYYY-MM-DD")
            values: dict[str, tuple[int, str]] = {}
            for i, (cid, cname) in enumerate(criteria):
                st.markdown(f"**{i + 1}. {text.md(cname)}**")
                a, b = st.columns([1, 2])
                score = a.slider(tr("col.score"), 1, 5, 3, key=f"as_score_{cid}", help=tr("assessment.scale"))
                notes = b.text_input(tr("col.notes"), key=f"as_notes_{cid}")
                values[cid] = (score, notes)
            submitted = st.form_submit_button(tr("assessment.save"), type="primary")
        if submitted:
            assessment_id = f"{pid}-{res.framework}-{date.isoformat()}"
            rows: list[dict[str, Any]] = []
            problems: list[str] = []
            for cid, (score, notes) in values.items():
                try:
                    row = AssessmentScore.model_validate({
                        "assessment_id": assessment_id, "partnership_id": pid, "date": date, "criterion": cid,
                        "score": score, "notes": notes or None, "source": "Tirlun self-assessment form", "as_of": date,
                    })
                    rows.append({"criterion": row.criterion, "score": row.score, "notes": row.notes})
                except ValidationError as exc:
                    # each error as the loader words it (a catalogue sentence), never pydantic's English
                    problems.extend(f"{cid}: {tr.say(error_message(e, AssessmentScore, str(e['loc'][0]) if e['loc'] else ''))}"
                                    for e in exc.errors())
            if problems:
                st.error(tr("assessment.invalid", problems="; ".join(problems)))
            elif (now := signin.confirm(Role.EDITOR, "signin.action_assess")) is not None:
                try:
                    writes.save_assessment(state.get_db(), assessment_id=assessment_id, partnership_id=pid, date=date,
                                           region=str(ctx.region), scores=rows,
                                           by=signin.recorded_as(now, "assessment page"))
                except TirlunError as exc:
                    text.show_error(exc, tr)
                else:
                    state.clear_caches()
                    st.success(tr("assessment.saved", id=assessment_id, n=len(rows)))
