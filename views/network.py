"""Network: who sits where. Partnerships, organisations and posts, drawn offline with a stable layout."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from loader.models import PartnershipKind, Sector
from tirlun import network
from tirlun.i18n import label, t
from views import common

common.header("network")
ctx = common.context()


@st.cache_data(show_spinner=False, max_entries=64)
def positions(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...]) -> dict[str, tuple[float, float]]:
    """Layouts are cached on the graph's shape, so the same filters always give the same picture."""
    return network.layout(nodes, edges)


with common.errors():
    areas = common.read("app_areas", {"region": ctx.region})
    themes = common.read("app_themes")
    area_names = common.options_from(areas)
    theme_names = common.options_from(themes)

    with st.expander(t("network.filters"), expanded=not ctx.workshop):
        c1, c2, c3 = st.columns(3)
        area = c1.selectbox(t("network.area"), ["", *area_names],
                            format_func=common.choice({"": t("common.all"), **area_names}), key="net_area")
        kinds = c2.multiselect(t("network.kinds"), [k.value for k in PartnershipKind],
                               format_func=common.choice({k.value: label("partnership_kind", k.value) for k in PartnershipKind}),
                               key="net_kinds", placeholder=t("common.choose"))
        chosen_themes = c3.multiselect(t("network.themes"), list(theme_names),
                                       format_func=lambda v: theme_names.get(v, v), key="net_themes", placeholder=t("common.choose"))
        c4, c5, c6 = st.columns(3)
        sectors = c4.multiselect(t("network.sectors"), [s.value for s in Sector],
                                 format_func=common.choice({s.value: label("sector", s.value) for s in Sector}), key="net_sectors", placeholder=t("common.choose"))
        colour_by = c5.radio(t("network.colour_by"), ["sector", "kind"], horizontal=True,
                             format_func=common.choice({v: t(f"network.colour.{v}") for v in ("sector", "kind")}), key="net_colour")
        max_nodes = c6.slider(t("network.cap"), 25, 1000, 100, step=25, key="net_cap", help=t("network.cap_help"))

    rows = common.read("app_network", {
        "region": ctx.region, "as_of": ctx.as_of, "kinds": kinds or None, "themes": chosen_themes or None,
        "sectors": sectors or None, "area": area or None,
    })
    full = network.from_rows(rows.to_dict("records"))
    names = {n: network.display_name(d, ctx.workshop) for n, d in full.nodes(data=True)}
    if st.session_state.get("net_focus") not in names:
        st.session_state["net_focus"] = ""  # the focused entity was filtered out
    f1, f2 = st.columns([3, 1])
    focus_labels = {"": t("network.focus_none")} | {
        n: f"{names[n]} ({t('network.type.' + full.nodes[n]['kind'])})"
        for n in sorted(names, key=lambda n: (full.nodes[n]["kind"], names[n].lower()))
    }
    focus = f1.selectbox(t("network.focus"), list(focus_labels), format_func=common.choice(focus_labels),
                         key="net_focus", help=t("network.focus_help"))
    radius = f2.radio(t("network.steps"), [1, 2], horizontal=True, key="net_radius")
    g = network.ego(full, focus, radius) if focus else full
    picture = network.cap(g, max_nodes)

    if full.number_of_nodes() == 0:
        st.info(t("network.empty"))
    else:
        st.caption(t("network.counts", nodes=picture.graph.number_of_nodes(), edges=picture.graph.number_of_edges()))
        if picture.aggregated:
            st.warning(t("network.aggregated", cap=max_nodes, posts=sum(1 for _, d in g.nodes(data=True)
                                                                        if d["kind"] == "person")),
                       icon=":material/compress:")
        if picture.hidden:
            st.warning(t("network.hidden", n=picture.hidden), icon=":material/visibility_off:")
        pos = positions(*network.signature(picture.graph))
        height = 760 if ctx.workshop else 640
        page = network.render_html(picture.graph, pos, colour_by=colour_by, posts_only=ctx.workshop,
                                   height=height, focus=focus or None, large=ctx.workshop)
        st.iframe(page, height=height + 90, alt=t("network.alt"))
        st.caption(t("network.how_to_read"))

    st.subheader(t("network.table"))
    table = pd.DataFrame([
        {"name": network.display_name(d, ctx.workshop), "type": t(f"network.type.{d['kind']}"),
         "group": label("partnership_kind" if d["kind"] == "partnership" else "sector", d.get("grp")),
         "hours": round(d.get("hours", 0.0), 1), "links": picture.graph.degree(n), "posts": d.get("posts") or None,
         "id": d["id"]}
        for n, d in picture.graph.nodes(data=True)
    ])
    if not table.empty:
        table = table.sort_values(["type", "hours"], ascending=[True, False])
    common.table(table, "network-nodes", {"name": "col.name", "type": "col.type", "group": "col.group",
                                          "hours": "col.hours", "links": "col.links", "posts": "col.posts",
                                          "id": "col.id"})

common.next_step("network")
