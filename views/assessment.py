"""Self-assessment: score a partnership against the Social Partnership Assessment Tool and the
multi-agency effectiveness factors, see the result as a radar, compare over time and with others.

The only page that writes: through ``queries/app/save_assessment.cypher`` after each row is
validated by the loader's own model, so a saved assessment looks exactly like a loaded one.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap

import altair as alt
import pandas as pd
import streamlit as st
from pydantic import ValidationError

from loader.models import CRITERION_NAMES, AssessmentScore, Criterion, Framework
from tirlun.errors import TirlunError
from tirlun.i18n import language, t
from views import common

common.header("assessment")
ctx = common.context()


def criterion_name(c: Criterion) -> str:
    en, cy = CRITERION_NAMES[c]
    return cy if language() == "cy" else en


def radar(scores: pd.DataFrame, series: str, criteria: list[Criterion]) -> alt.LayerChart:
    """A closed line on polar axes drawn in x/y (Vega-Lite has no polar lines): one ring per score."""
    n = len(criteria)
    angle = {c.value: math.pi / 2 - 2 * math.pi * i / n for i, c in enumerate(criteria)}
    rows = []
    for name, group in scores.groupby(series, sort=False):
        pts = [(r["criterion_id"], float(r["score"])) for _, r in group.iterrows() if r["criterion_id"] in angle]
        pts.sort(key=lambda p: [c.value for c in criteria].index(p[0]))
        for order, (cid, s) in enumerate([*pts, pts[0]] if pts else []):
            rows.append({"series": str(name), "order": order, "x": s * math.cos(angle[cid]), "y": s * math.sin(angle[cid]),
                         "criterion": criterion_name(Criterion(cid)), "score": s})
    lines = pd.DataFrame(rows, columns=["series", "order", "x", "y", "criterion", "score"])
    rings = pd.DataFrame([{"ring": r, "order": i, "x": r * math.cos(2 * math.pi * i / 60), "y": r * math.sin(2 * math.pi * i / 60)}
                          for r in range(1, 6) for i in range(61)])
    spokes = pd.DataFrame([{"c": c.value, "x": 5.6 * math.cos(angle[c.value]), "y": 5.6 * math.sin(angle[c.value]),
                            "x0": 0.0, "y0": 0.0, "label": textwrap.fill(f"{i + 1}. {criterion_name(c)}", 26)}
                           for i, c in enumerate(criteria)])
    scale = alt.Scale(domain=[-8.5, 8.5])
    ax = {"axis": None, "scale": scale}
    grid = alt.Chart(rings).mark_line(color="#CCCCCC", strokeWidth=0.8).encode(
        x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax), detail="ring:N", order="order:Q")
    spoke = alt.Chart(spokes).mark_rule(color="#CCCCCC").encode(x=alt.X("x0:Q", **ax), y=alt.Y("y0:Q", **ax), x2="x:Q", y2="y:Q")
    names = alt.Chart(spokes).mark_text(fontSize=12, color="#000", lineBreak="\n").encode(x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax),
                                                                       text="label:N")
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    dashes = [[1, 0], [6, 3], [2, 2], [8, 2, 2, 2], [4, 4], [1, 3]]
    legend = alt.Legend(title=None, orient="bottom", labelLimit=400)
    shape = alt.Chart(lines).mark_line(point=True, strokeWidth=2.5).encode(
        x=alt.X("x:Q", **ax), y=alt.Y("y:Q", **ax), order="order:Q",
        color=alt.Color("series:N", scale=alt.Scale(range=palette), legend=legend),
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(range=dashes), legend=legend),
        tooltip=[alt.Tooltip("series:N", title=t("assessment.series")), alt.Tooltip("criterion:N", title=t("col.criterion")),
                 alt.Tooltip("score:Q", title=t("col.score"))])
    return (grid + spoke + names + shape).properties(width=620, height=620)


with common.errors():
    parts = common.read("app_partnerships", {"region": ctx.region, "as_of": ctx.as_of})
    parts = parts[parts["active"].astype(bool)] if not parts.empty else parts
    names = common.options_from(parts)
    if not names:
        st.info(t("common.no_rows"))
        st.stop()
    if st.session_state.get("as_partnership") not in names:
        assessed = common.read("assessment_scores", {"region": ctx.region, "as_of": ctx.as_of})
        ids = [i for i in assessed["partnership_id"] if i in names] if not assessed.empty else []
        st.session_state["as_partnership"] = ids[0] if ids else next(iter(names))
    c1, c2 = st.columns([3, 1])
    pid = c1.selectbox(t("col.partnership"), list(names), format_func=lambda i: names.get(i, i), key="as_partnership")
    framework = c2.radio(t("assessment.framework"), [f.value for f in Framework], horizontal=True,
                         format_func=common.choice({f.value: t(f"framework.{f.value}") for f in Framework}), key="as_framework")
    criteria = [c for c in Criterion if c.framework.value == framework]
    st.caption(t(f"framework.{framework}.about"))

    scores = common.read("assessment_scores", {"region": ctx.region, "as_of": ctx.as_of, "framework": framework})
    mine = scores[scores["partnership_id"] == pid] if not scores.empty else scores

    tab_view, tab_new = st.tabs([t("assessment.tab.results"), t("assessment.tab.score")])
    with tab_view:
        if mine.empty:
            st.info(t("assessment.none_yet"))
        else:
            dates = sorted({str(d) for d in mine["date"]})
            others = sorted(set(scores["partnership_id"]) - {pid})
            compare = st.multiselect(t("assessment.compare_with"), others,
                                     format_func=lambda i: names.get(i, i), key="as_compare",
                                     placeholder=t("common.choose"))
            shown = mine.copy()
            shown["series"] = [f"{names.get(pid, pid)} {d}" for d in shown["date"].astype(str)]
            frames = [shown[shown["date"].astype(str).isin(dates[-3:])]]  # the last three assessments over time
            for other in compare:
                theirs = scores[scores["partnership_id"] == other]
                latest = theirs[theirs["date"].astype(str) == max(theirs["date"].astype(str))].copy()
                latest["series"] = [f"{names.get(other, other)} {d}" for d in latest["date"].astype(str)]
                frames.append(latest)
            data = pd.concat(frames, ignore_index=True)
            data["criterion"] = [criterion_name(Criterion(c)) for c in data["criterion_id"]]
            common.chart(radar(data, "series", criteria), data, f"assessment-{pid}-{framework}",
                         {"series": "assessment.series", "criterion": "col.criterion", "score": "col.score",
                          "previous_score": "col.previous_score", "change": "col.change", "notes": "col.notes"},
                         stretch=False)

    with tab_new:
        with st.form("assessment_form"):
            date = st.date_input(t("col.date"), dt.date.today(), key="as_date", format="YYYY-MM-DD")
            values: dict[str, tuple[int, str]] = {}
            for i, c in enumerate(criteria):
                st.markdown(f"**{i + 1}. {criterion_name(c)}**")
                a, b = st.columns([1, 2])
                score = a.slider(t("col.score"), 1, 5, 3, key=f"as_score_{c.value}", help=t("assessment.scale"))
                notes = b.text_input(t("col.notes"), key=f"as_notes_{c.value}")
                values[c.value] = (score, notes)
            submitted = st.form_submit_button(t("assessment.save"), type="primary")
        if submitted:
            assessment_id = f"{pid}-{framework}-{date.isoformat()}"
            rows, problems = [], []
            for cid, (score, notes) in values.items():
                try:
                    row = AssessmentScore.model_validate({
                        "assessment_id": assessment_id, "partnership_id": pid, "date": date, "criterion": cid,
                        "score": score, "notes": notes or None, "source": "Tirlun self-assessment form", "as_of": date,
                    })
                    rows.append({"criterion": row.criterion, "score": row.score, "notes": row.notes})
                except ValidationError as exc:
                    problems.extend(f"{cid}: {e['msg']}" for e in exc.errors())
            if problems:
                st.error(t("assessment.invalid", problems="; ".join(problems)))
            else:
                try:
                    common.get_db().write("save_assessment", {
                        "assessment_id": assessment_id, "partnership_id": pid, "date": date, "region": ctx.region,
                        "scores": rows,
                    })
                except TirlunError as exc:
                    common.show_error(exc)
                else:
                    common.clear_caches()
                    st.success(t("assessment.saved", id=assessment_id, n=len(rows)))

common.next_step("assessment")
