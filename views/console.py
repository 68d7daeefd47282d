"""Cypher console: run a library query through a form made from its header, or your own Cypher.

Read-only for real: every query goes through ``Database.run_readonly``, which asks Neo4j to
plan it and refuses by the plan (tirlun/readonly.py), in a read transaction with a time limit,
a row cap and a size cap, so a workshop laptop cannot change the graph or reach outside it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pandas as pd
import streamlit as st

from tirlun import network, registry
from tirlun.config import load_settings
from tirlun.console_worker import run_isolated
from tirlun.errors import QueryError, TirlunError
from tirlun.i18n import msg
from tirlun.views import nav, session, state, tables, text

nav.header("console")
ctx = session.context()
tr = session.tr()
BYTE_CAP = 20_000_000  # about 20 MB of values: a table the browser can still show


def form_value(q: registry.Query, p: registry.Param, key: str) -> Any:
    """One widget per header parameter, typed from the header; its help in the visitor's language."""
    tr = session.tr()
    default = p.default_value() if not p.required else None
    help_text = q.param_help(p.name, tr.lang) or None
    name = f"{p.name} ({tr(f'console.type.{p.type}')})" + ("" if not p.required else " *")
    if p.choices:
        options = list(p.choices)
        return st.selectbox(name, options, index=options.index(default) if default in options else 0, key=key, help=help_text)
    if p.name == "region":
        return st.text_input(name, value=ctx.region or "", key=key, help=help_text) or None
    if p.type == "date":
        value = st.date_input(name, value=ctx.as_of if p.name == "as_of" else default, key=key, help=help_text,
                              format="YYYY-MM-DD")
        return value if isinstance(value, dt.date) else None
    if p.type == "int" and default is not None:
        return st.number_input(name, value=int(default), step=1, key=key, help=help_text)
    if p.type == "float" and default is not None:
        return st.number_input(name, value=float(default), key=key, help=help_text)
    if p.type == "bool":
        return st.checkbox(name, value=bool(default), key=key, help=help_text)
    typed = st.text_input(name, value="" if default is None else (", ".join(default) if isinstance(default, list) else str(default)),
                          key=key, help=help_text)
    return typed or None


def show_result(rows: list[dict[str, Any]], key: str, truncated: bool = False) -> None:
    tr = session.tr()
    st.caption(tr("console.rows", n=len(rows)))
    if truncated:
        st.warning(tr("console.truncated", n=len(rows), mb=BYTE_CAP // 1_000_000))
    tables.table(pd.DataFrame(rows), key)
    g = network.from_records(rows)
    if g.number_of_nodes():
        st.subheader(tr("console.as_graph"))
        picture = network.cap(g, 500)
        pos = network.layout(*network.signature(picture.graph))
        st.iframe(network.render_html(picture.graph, pos, lang=tr.lang, colour_by="kind", height=520), height=600, alt=tr("network.alt"))


mode = st.radio(tr("console.mode"), ["library", "own"], horizontal=True, format_func=text.choice({v: tr(f"console.mode.{v}") for v in ("library", "own")}),
                key="cs_mode")
try:
    queries = [q for q in registry.registry().public() if q.mode == "read"]
except TirlunError as exc:
    text.show_error(exc, tr)
    st.stop()

if mode == "library":
    topics = {q.topic: tr(f"console.topic.{q.topic}") if tr.has(f"console.topic.{q.topic}") else q.topic for q in queries}
    titles = {q.name: f"{topics[q.topic]} · {q.title_for(tr.lang)}" for q in queries}
    name = st.selectbox(tr("console.query"), list(titles), format_func=text.choice(titles), key="cs_query")
    q = registry.get(name)
    st.markdown(text.md(q.description_for(tr.lang)))
    with st.form(f"cs_form_{name}"):
        values = {p.name: form_value(q, p, f"cs_{name}_{p.name}") for p in q.params}
        run = st.form_submit_button(tr("console.run"), type="primary")
    with st.expander(tr("console.show_cypher")):
        st.code(q.body, language="cypher")
    if run:
        with text.errors():
            bound = q.bind({k: v for k, v in values.items() if v is not None or not q.param(k).required})
            rows, truncated = state.get_db().run_readonly(q.body, bound, timeout=30.0, row_cap=5000,
                                                                 byte_cap=BYTE_CAP)
            show_result(rows, f"query-{name}", truncated)
else:
    with st.form("cs_own"):
        typed = st.text_area(tr("console.cypher"), value="MATCH (p:Partnership)-[r]-(x)\nRETURN p, r, x\nLIMIT 50",
                             height=160, key="cs_text")
        params_text = st.text_input(tr("console.params"), value="{}", key="cs_params", help=tr("console.params_help"))
        c1, c2 = st.columns(2)
        timeout = c1.number_input(tr("console.timeout"), 1, 120, 30, key="cs_timeout")
        cap = c2.number_input(tr("console.row_cap"), 1, 50000, 5000, key="cs_cap")
        run = st.form_submit_button(tr("console.run"), type="primary")
    st.caption(tr("console.readonly_note", mb=BYTE_CAP // 1_000_000))
    if run:
        with text.errors():
            try:
                params = json.loads(params_text or "{}")
            except json.JSONDecodeError as exc:
                where = msg("console.bad_json_at", line=exc.lineno, column=exc.colno)  # json's own words are English
                raise QueryError(msg("console.bad_params", error=where), msg("console.params_help")) from None
            if not isinstance(params, dict):
                raise QueryError(msg("console.bad_params", error="{}"), msg("console.params_help"))
            # in a child process: one huge value is decoded (and dropped) there, never in the app
            rows, truncated = run_isolated(load_settings(), typed, params, timeout=float(timeout), row_cap=int(cap),
                                           byte_cap=BYTE_CAP, lang=tr.lang)
            show_result(rows, "own-cypher", truncated)
