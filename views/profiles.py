"""Profiles: one organisation, partnership or post, drawn from its answer (tirlun.answers.profiles)."""

from __future__ import annotations

import streamlit as st

from tirlun.answers import profiles
from tirlun.answers.profiles import ProfileAnswer, Section
from tirlun.views import nav, session, state, tables, text

nav.header("profiles")
ctx = session.context()
tr = ctx.tr


def section(res: ProfileAnswer, s: Section) -> None:
    """A tab: its bounded table, what was cut, why it is empty, and the whole list as a download."""
    tables.ranked_table(s.table, f"{s.key}-{res.entity}")


with text.errors():
    kind = st.radio(tr("profiles.kind"), list(profiles.KINDS), horizontal=True,
                    format_func=text.choice({v: tr(f"network.type.{v}") for v in profiles.KINDS}), key="pf_kind")
    key = f"pf_{kind}"
    search = st.text_input(tr("profiles.search"), key=f"pf_search_{kind}", help=tr("profiles.search_help")).strip() or None
    if st.session_state.get(f"pf_searched_{kind}") != search:  # a new search opens on its first match
        st.session_state[f"pf_searched_{kind}"] = search
        st.session_state.pop(key, None)
    res = state.answer("profiles", ctx, kind=kind, entity=st.session_state.get(key), search=search)
    if not res.found and st.session_state.get(key) is not None:  # a choice from another region or date
        st.session_state.pop(key, None)
        res = state.answer("profiles", ctx, kind=kind, entity=None, search=search)
    names = {str(r["id"]): str(r["label"]) for r in res.choices.rows}
    if res.found and res.entity not in names:
        names[str(res.entity)] = res.title
    if not res.found:
        st.info(res.empty_reason or tr("common.no_rows"))
        st.stop()
    st.session_state[key] = res.entity
    st.selectbox(tr("profiles.choose"), list(names), format_func=text.choice(names), key=key, help=res.rule)
    if res.choices.truncated:
        st.caption(tr("profiles.choices_shown", shown=len(res.choices.rows), total=res.choices.total))

    st.header(text.md(res.title))
    for sentence in res.sentences:
        st.markdown(text.md(sentence))
    # What each figure rests on, under it (the headline count's is the profile's own evidence, res.rests_on).
    cells = st.columns(len(res.metrics))
    for cell, m in zip(cells, res.metrics, strict=True):
        cell.metric(m.label, m.text)
        if m.rests_on:
            cell.caption(m.rests_on)
    if res.purpose:
        st.markdown(text.md(res.purpose))
    if res.facts:
        tables.ranked_table(res.facts_table, f"facts-{res.entity}")
    for tab, s in zip(st.tabs([s.title for s in res.sections]), res.sections, strict=True):
        with tab:
            section(res, s)
    st.caption(res.source)
