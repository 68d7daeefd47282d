"""Governance: a thin renderer of tirlun.answers.governance (trees, reporting lines, gaps, findings, lineage)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from tirlun.answers.governance import GovernanceAnswer, evidence_tables
from tirlun.i18n import t
from tirlun.views import nav, session, state, tables, text


def tree_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown bullets, one per partnership, indented by its depth below its board (rows come top-down)."""
    return [f"{'    ' * int(r['depth'])}- **{text.md(r['label'])}** · {r['level_label']}" for r in rows]


nav.header("governance")
ctx = session.context()

with text.errors():
    res: GovernanceAnswer = state.answer("governance", ctx)

    tab_tree, tab_lines, tab_gaps, tab_inv, tab_gov, tab_lineage = st.tabs([
        t("governance.tab.tree"), t("governance.tab.reporting"), t("governance.tab.gaps"),
        t("governance.tab.invitations"), t("governance.tab.governance"), t("governance.tab.lineage"),
    ])

    with tab_tree:
        st.caption(t("governance.tree_intro"))
        if res.tree.rows:
            st.markdown("\n".join(tree_lines(res.tree.rows)))
        tables.ranked_table(res.tree, "subgroup-tree")

    with tab_lines:
        tables.ranked_table(res.reporting, "reporting-lines")

    with tab_gaps:
        st.caption(t("governance.gaps_intro"), help=res.gaps_rule)
        c = st.columns(2)
        c[0].metric(t("governance.gap_count"), f"{res.gaps.total:,}", help=res.gaps_rule)
        c[1].metric(t("governance.boards_with_gaps"), f"{res.boards_with_gaps:,}")
        if res.gaps_evidence is not None:
            st.caption(res.gaps_evidence.words())
        tables.ranked_table(res.gaps, "statutory-gaps")
        if res.gaps.rows:
            with st.expander(t("governance.evidence_title")):
                st.caption(t("governance.evidence_intro"))
                for heading, evidence in evidence_tables(res.gaps.rows):
                    st.markdown(f"**{text.md(heading)}**")
                    st.dataframe(evidence, hide_index=True, width="stretch")

    with tab_inv:
        st.caption(t("governance.invitations_intro"), help=t("governance.invitations_help"))
        tables.ranked_table(res.invitations, "statutory-invitations")

    with tab_gov:
        st.caption(t("governance.governance_intro"), help=res.findings_rule)
        tables.ranked_table(res.findings, "governance")

    with tab_lineage:
        st.caption(t("governance.lineage_intro"))
        tables.ranked_table(res.lineage, "lineage")
