"""Overlap: which partnerships share the same members or remit. Projected in workshops."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from tirlun.i18n import pick, t
from views import common

common.header("overlap")
ctx = common.context()


def short(row: Any) -> str:
    """Axis label: a partnership's abbreviation, else its name (tooltips carry the full name)."""
    return str(row.get("short_name") or pick(row, "name"))


def members(row: Any, by: str) -> dict[str, str]:
    """id -> display name of one partnership's organisations, posts or themes."""
    if by == "people":
        return {m["id"]: common.person_label(m) for m in row["people"]}
    items = row["organisations"] if by == "organisations" else row["themes"]
    return {m["id"]: pick(m, "name") or m["id"] for m in items}


with common.errors():
    c1, c2, c3 = st.columns(3)
    by = c1.radio(t("overlap.by"), ["organisations", "people", "themes"], horizontal=True,
                  format_func=common.choice({v: t(f"overlap.by.{v}") for v in ("organisations", "people", "themes")}),
                  key="ov_by")
    measure = c2.radio(t("overlap.measure"), ["jaccard", "overlap_coefficient"], horizontal=True,
                       format_func=common.choice({v: t(f"overlap.measure.{v}") for v in ("jaccard", "overlap_coefficient")}),
                       key="ov_measure",
                       help=t("overlap.measure_help"))
    min_shared = c3.number_input(t("overlap.min_shared"), min_value=1, max_value=50, value=1, key="ov_min")

    base = {"region": ctx.region, "as_of": ctx.as_of, "min_shared": int(min_shared)}
    pairs = (common.read("theme_overlap", base) if by == "themes"
             else common.read("partnership_overlap", {**base, "members": by}))
    sets = common.read("app_partnership_sets", {"region": ctx.region, "as_of": ctx.as_of})

    if sets.empty:
        st.info(t("overlap.no_partnerships"))
        st.stop()
    # The chart groups cells by label: two partnerships with one short name get their ids added.
    axis = common.unique_labels({r["id"]: short(r) for _, r in sets.iterrows()})
    sets["axis"] = sets["id"].map(axis)
    sets["full"] = [pick(r, "name") for _, r in sets.iterrows()]
    full = dict(zip(sets["id"], sets["full"], strict=True))

    # Heatmap: every active partnership on both axes, both halves filled, diagonal left blank.
    cells = []
    for _, r in pairs.iterrows():
        for a, b in ((r["a_id"], r["b_id"]), (r["b_id"], r["a_id"])):
            cells.append({"a": axis.get(a, a), "b": axis.get(b, b), "a_full": full.get(a, a), "b_full": full.get(b, b),
                          "value": float(r[measure]), "shared": int(r["shared"]),
                          "text": f"{float(r[measure]):.2f}".lstrip("0") if float(r[measure]) < 1 else "1"})
    heat = pd.DataFrame(cells, columns=["a", "b", "a_full", "b_full", "value", "shared", "text"])
    order = sorted(axis.values(), key=str.lower)
    font = 18 if ctx.workshop else 13
    # At least 24 px a cell so every label shows (a projector needs them all); wide ones scroll.
    cell = 44 if len(order) < 12 else (34 if ctx.workshop else 24)
    size = max(360, cell * len(order))
    base_chart = alt.Chart(heat).encode(
        x=alt.X("a:N", sort=order, title=None, axis=alt.Axis(labelAngle=-45, labelFontSize=font, labelLimit=220, labelOverlap=False)),
        y=alt.Y("b:N", sort=order, title=None, axis=alt.Axis(labelFontSize=font, labelLimit=220, labelOverlap=False)),
    )
    rects = base_chart.mark_rect(stroke="#ffffff").encode(
        color=alt.Color("value:Q", title=t(f"overlap.measure.{measure}"),
                        scale=alt.Scale(scheme="blues", domain=[0, 1])),
        tooltip=[alt.Tooltip("a_full:N", title=t("col.partnership_a")), alt.Tooltip("b_full:N", title=t("col.partnership_b")),
                 alt.Tooltip("shared:Q", title=t("col.shared")),
                 alt.Tooltip("value:Q", title=t(f"overlap.measure.{measure}"), format=".2f")],
    )
    labels = base_chart.mark_text(fontSize=font - 1).encode(
        text="text:N", color=alt.condition("datum.value > 0.55", alt.value("#ffffff"), alt.value("#000000"))
    )
    # Numbers in the cells only while they fit; past that the colour, tooltip and table carry them.
    heatmap = (rects + labels if len(order) <= 25 else rects).properties(width=size, height=size, title=t("overlap.heatmap_title",
                                                                          by=t(f"overlap.by.{by}").lower()))
    st.subheader(t("overlap.heatmap"))
    common.chart(heatmap, heat, f"overlap-heatmap-{by}", {"a_full": "col.partnership_a", "b_full": "col.partnership_b",
                                                          "shared": "col.shared", "value": "col.value"}, stretch=False)
    st.caption(t("overlap.read_me"))

    st.subheader(t("overlap.ranked"))
    ranked = common.named(common.named(pairs, "a_name", "a"), "b_name", "b")
    if not ranked.empty:
        ranked = ranked.sort_values([measure, "shared"], ascending=False)
        ranked["shared_list"] = [r.get("shared_names_cy") if ctx.lang == "cy" and isinstance(r.get("shared_names_cy"), list)
                                 else r.get("shared_names") for _, r in ranked.iterrows()]
        ranked["jaccard"] = ranked["jaccard"].round(3)
        ranked["overlap_coefficient"] = ranked["overlap_coefficient"].round(3)
    common.table(ranked, f"overlap-pairs-{by}", {"a": "col.partnership_a", "b": "col.partnership_b", "shared": "col.shared",
                                                 "a_size": "col.a_size", "b_size": "col.b_size", "jaccard": "col.jaccard",
                                                 "overlap_coefficient": "col.overlap_coefficient",
                                                 "shared_list": "col.shared_names"})

    st.subheader(t("overlap.pair"))
    ids = list(sets["id"])
    top = ranked.iloc[0] if not ranked.empty else None
    if "ov_a" not in st.session_state or st.session_state["ov_a"] not in ids:
        st.session_state["ov_a"] = top["a_id"] if top is not None else ids[0]
    if "ov_b" not in st.session_state or st.session_state["ov_b"] not in ids:
        st.session_state["ov_b"] = top["b_id"] if top is not None else ids[min(1, len(ids) - 1)]
    p1, p2 = st.columns(2)
    a_id = p1.selectbox(t("col.partnership_a"), ids, format_func=lambda i: full.get(i, i), key="ov_a")
    b_id = p2.selectbox(t("col.partnership_b"), ids, format_func=lambda i: full.get(i, i), key="ov_b")
    row_a = sets[sets["id"] == a_id].iloc[0]
    row_b = sets[sets["id"] == b_id].iloc[0]
    ma, mb = members(row_a, by), members(row_b, by)
    shared = sorted(set(ma) & set(mb), key=lambda i: ma[i].lower())
    only_a = sorted(set(ma) - set(mb), key=lambda i: ma[i].lower())
    only_b = sorted(set(mb) - set(ma), key=lambda i: mb[i].lower())
    union = len(set(ma) | set(mb))
    st.markdown(t("overlap.pair_summary", shared=len(shared), union=union,
                  jaccard=f"{(len(shared) / union) if union else 0:.2f}"))
    s1, s2, s3 = st.columns(3)
    for col, title, ids_, names in ((s1, t("overlap.only_in", name=short(row_a)), only_a, ma),
                                    (s2, t("overlap.in_both"), shared, ma),
                                    (s3, t("overlap.only_in", name=short(row_b)), only_b, mb)):
        with col:
            st.markdown(f"**{title}** ({len(ids_)})")
            st.dataframe(pd.DataFrame({t("col.name"): [names[i] for i in ids_]}), hide_index=True, width="stretch")
    side = pd.DataFrame(
        [{"member": ma[i], "where": t("overlap.in_both")} for i in shared]
        + [{"member": ma[i], "where": t("overlap.only_in", name=short(row_a))} for i in only_a]
        + [{"member": mb[i], "where": t("overlap.only_in", name=short(row_b))} for i in only_b],
        columns=["member", "where"],
    )
    st.download_button(t("common.download_csv"), side.to_csv(index=False).encode("utf-8"),
                       file_name=f"tirlun-overlap-{a_id}-{b_id}.csv", mime="text/csv", key="download-overlap-pair",
                       icon=":material/download:")

common.next_step("overlap")
