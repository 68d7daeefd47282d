"""Governance: a thin renderer of tirlun.answers.governance (trees, reporting lines, gaps, findings, lineage)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from tirlun.answers.governance import GovernanceAnswer, evidence_tables
from tirlun.views import nav, session, state, tables, text


def tree_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown bullets, one per partnership, indented by its depth below its board (rows come top-down)."""
    return [f"{'    ' * int(r['depth'])}- **{text.md(r['label'])}** · {r['level_label']}" for r in rows]


nav.header("governance")
ctx = session.context()
tr = ctx.tr

with text.errors():
    res: GovernanceAnswer = state.answer("governance", ctx)

    tab_tree, tab_lines, tab_gaps, tab_inv, tab_gov, tab_lineage = st.tabs([
        tr("governance.tab.tree"), tr("governance.tab.reporting"), tr("governance.tab.gaps"),
        tr("governance.tab.invitations"), tr("governance.tab.governance"), tr("governance.tab.lineage"),
    ])

    with tab_tree:
        st.caption(tr("governance.tree_intro"))
        if res.tree.rows:
            st.markdown("\n".join(tree_lines(res.tree.rows)))
        tables.ranked_table(res.tree, "subgroup-tree")

    with tab_lines:
        tables.ranked_table(res.reporting, "reporting-lines")

    with tab_gaps:
        st.caption(tr("governance.gaps_intro"), help=res.gaps_rule)
        c = st.columns(2)
        c[0].metric(tr("governance.gap_count"), f"{res.gaps.total:,}", help=res.gaps_rule)
        c[1].metric(tr("governance.boards_with_gaps"), f"{res.boards_with_gaps:,}")
        if res.gaps_evidence is not None:
            st.caption(res.gaps_evidence.words(tr))
        tables.ranked_table(res.gaps, "statutory-gaps")
        if res.gaps.rows:
            with st.expander(tr("governance.evidence_title")):
                st.caption(tr("governance.evidence_intro"))
                for heading, evidence in evidence_tables(res.gaps.rows, tr):
                    st.markdown(f"**{text.md(heading)}**")
                    st.dataframe(evidence, hide_index=True, width="stretch")

    with tab_inv:
        st.caption(tr("governance.invitations_intro"), help=tr("governance.invitations_help"))
        tables.ranked_table(res.invitations, "statutory-invitations")

    with tab_gov:
        st.caption(tr("governance.governance_intro"), help=res.findings_rule)
        tables.ranked_table(res.findings, "governance")

    with tab_lineage:
        st.caption(tr("governance.lineage_intro"))
        tables.ranked_table(res.lineage, "lineage")
