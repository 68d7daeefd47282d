"""Network: renders tirlun.answers.network. Who sits where, drawn offline with a stable layout.

The picture is chosen and cut on the server (see the answer's docstring); this page only
draws it. The focus list holds the shapes on screen and the best-linked entities matching
the Find box (a bounded search, at most 200), never every entity of Wales.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from tirlun import network
from tirlun.answers import network as answers
from tirlun.answers.base import Context, Table
from tirlun.answers.network import NetworkAnswer
from tirlun.loader.models import PartnershipKind, Sector
from tirlun.views import nav, presenter, session, state, tables, text

nav.header("network")
ctx = session.context()
tr = session.tr()
kept = session.remember(session.KEPT["network"])


@st.cache_data(show_spinner=False, max_entries=64)
def drawn(key: tuple[Any, ...], _res: NetworkAnswer, lang: str, height: int, large: bool) -> str:
    """The offline HTML, built once per answer (key = context, graph version, choices) and shared by sessions;
    worded in ``lang``, the answer's."""
    return network.picture_html(_res, lang=lang, height=height, large=large)


@st.cache_data(show_spinner=False, max_entries=64)
def projected(key: tuple[Any, ...], _res: NetworkAnswer, lang: str) -> str:
    """The workshop's picture: the shapes on a ring, grouped by community then by size, numbered, with a key
    naming each, so every label has room at 1280x720 and each line between two boards can be followed."""
    g = network.graph_of(_res)
    order = sorted(g.nodes, key=lambda n: (g.nodes[n].get("community") or 99, -float(g.nodes[n].get("hours") or 0), n))
    ring = {n: (250.0 * math.cos(2 * math.pi * i / len(order) - math.pi / 2),
                160.0 * math.sin(2 * math.pi * i / len(order) - math.pi / 2)) for i, n in enumerate(order)}
    # Numbers on the ring and the names in a key beside it: Welsh names are long (most partnerships have no
    # Welsh short name), and the same picture in both languages keeps every label >= 18 px and clear. The frame
    # (486 px) leaves room above it for a Welsh finding naming two partnerships in full at 1280x720.
    return network.render_html(g, ring, lang=lang, colour_by=_res.colour_by, height=386, focus=_res.focus, large=True,
                               labels_outside=True, numbered=True)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=256)
def found(ctx: Context, version: str, filters: tuple[tuple[str, Any], ...], text: str) -> Table:
    """The bounded focus search, cached like an answer."""
    return answers.search(state.get_db(), ctx, **dict(filters), text=text)


if session.presenting():
    # The workshop: the filters chosen beforehand; one focus and its neighbours if one was chosen, else
    # the partnerships with most members joined by the members they share (every label readable).
    with text.errors():
        shown: NetworkAnswer
        shown, slide = presenter.open_step("network")
        if shown.empty_reason:
            st.info(shown.empty_reason, icon=":material/info:")
        else:
            key = (ctx, state.graph_version(), tuple(sorted(session.host_choices("network").items())))
            with st.container(key="workshop-visual"):
                st.iframe(projected(key, shown, ctx.lang), height=486, alt=tr("network.alt"))
            st.caption(slide.rests_on)
        presenter.speaker_notes(slide.notes)
    st.stop()

with text.errors():
    areas = state.areas(ctx.region)
    themes = state.themes()
    area_names = text.options_from(areas)
    theme_names = text.options_from(themes)

    with st.expander(tr("network.filters"), expanded=not ctx.workshop):
        c1, c2, c3 = st.columns(3)
        area = c1.selectbox(tr("network.area"), ["", *area_names],
                            format_func=text.choice({"": tr("common.all"), **area_names}), key="net_area")
        kinds = c2.multiselect(tr("network.kinds"), [k.value for k in PartnershipKind],
                               format_func=text.choice({k.value: tr.label("partnership_kind", k.value) for k in PartnershipKind}),
                               key="net_kinds", placeholder=tr("common.choose"))
        chosen_themes = c3.multiselect(tr("network.themes"), list(theme_names),
                                       format_func=lambda v: theme_names.get(v, v), key="net_themes", placeholder=tr("common.choose"))
        c4, c5, c6 = st.columns(3)
        sectors = c4.multiselect(tr("network.sectors"), [s.value for s in Sector],
                                 format_func=text.choice({s.value: tr.label("sector", s.value) for s in Sector}), key="net_sectors", placeholder=tr("common.choose"))
        colour_by = c5.radio(tr("network.colour_by"), ["sector", "kind"], horizontal=True,
                             format_func=text.choice({v: tr(f"network.colour.{v}") for v in ("sector", "kind")}), key="net_colour")
        max_nodes = c6.slider(tr("network.cap"), 25, 1000, 100, step=25, key="net_cap", help=tr("network.cap_help"))

    filters = {"area": area or None, "kinds": tuple(kinds), "themes": tuple(chosen_themes), "sectors": tuple(sectors)}
    # The focus widget sits below; its value from the last run picks this run's picture.
    focus = st.session_state.get("net_focus") or None
    radius = int(st.session_state.get("net_radius") or 1)
    choices = {**filters, "focus": focus, "radius": radius, "max_nodes": int(max_nodes), "colour_by": colour_by}
    res: NetworkAnswer = state.answer("network", ctx, **choices)

    f0, f1, f2 = st.columns([2, 3, 1])
    typed = f0.text_input(tr("network.search"), key="net_find", help=tr("network.search_help"))
    version = state.graph_version()
    hits = found(ctx, version, tuple(sorted(filters.items())), typed.strip())
    focus_labels = {"": tr("network.focus_none")}
    if focus:
        focus_labels[focus] = next((f"{n.label} ({tr('network.type.' + n.kind)})" for n in res.nodes if n.key == focus),
                                   focus.partition(":")[2])
    focus_labels |= {str(r["key"]): str(r["label"]) for r in hits.rows}
    focus_labels |= {n.key: f"{n.label} ({tr('network.type.' + n.kind)})"
                     for n in sorted(res.nodes, key=lambda n: (n.kind, n.label.lower()))}
    f1.selectbox(tr("network.focus"), list(focus_labels), format_func=text.choice(focus_labels),
                 key="net_focus", help=tr("network.focus_help"))
    f2.radio(tr("network.steps"), [1, 2], horizontal=True, key="net_radius")
    if typed.strip() and hits.empty_reason:
        st.caption(hits.empty_reason)
    elif hits.truncated and typed.strip():
        st.caption(tr("network.search_more", shown=len(hits), total=hits.total))

    if res.empty_reason:
        st.info(res.empty_reason, icon=":material/info:")
    else:
        st.caption(res.caption)
        st.caption(f"{res.scope_line} {res.rests_on}".strip())
        for w in res.warnings:
            st.warning(w, icon=":material/compress:")
        height = 760 if ctx.workshop else 640
        key = (ctx, version, tuple(sorted(choices.items())))
        st.iframe(drawn(key, res, ctx.lang, height, ctx.workshop), height=height + 90, alt=tr("network.alt"))
        st.caption(tr("network.how_to_read"))

    st.subheader(tr("network.table"))
    table = pd.DataFrame(res.table.rows, columns=list(res.table.columns))
    for col in ("posts", "community"):  # an empty cell says "–", never "None"
        table[col] = table[col].map(lambda v: "–" if v is None or v != v else v)
    tables.table(table, "network-nodes", res.table.labels)
