"""Governance: a thin renderer of tirlun.answers.governance (trees, reporting lines, gaps, findings, lineage)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from tirlun.answers.governance import GovernanceAnswer, all_rows
from tirlun.i18n import t
from tirlun.views import common


def tree_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown bullets, one per partnership, indented by its depth below its board (rows come top-down)."""
    return [f"{'    ' * int(r['depth'])}- **{common.md(r['label'])}** · {r['level_label']}" for r in rows]


TREE = {"label": "col.partnership", "level_label": "col.level", "depth": "col.depth", "path_text": "col.path"}
LINES = {"from": "col.partnership", "kind": "col.relationship", "to": "col.to"}
GAPS = {"label": "col.partnership", "body_label": "governance.col.body", "for_text": "governance.col.for",
        "section": "col.section", "law": "col.legislation", "type_label": "col.org_type", "status_label": "col.status",
        "invited_text": "col.invited", "sourced_text": "governance.col.sourced"}
GAPS_DOWNLOAD = {**GAPS, "evidence_text": "col.evidence"}
INVITATIONS = {"label": "col.partnership", "provision": "governance.col.provision", "item_label": "governance.col.item",
               "body_label": "governance.col.body", "for_text": "governance.col.for", "status_label": "col.status",
               "sourced_text": "governance.col.sourced"}
EVIDENCE = {"table": "col.table", "key": "col.key", "source": "col.source", "as_of": "col.as_of",
            "status_label": "col.provenance"}


def evidence_tables(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Per gap shown: a heading (board, type of member, section) and the rows it rests on, in the screen's words."""
    out = []
    for r in rows:
        heading = t("governance.evidence_one", partnership=r["label"], type=r["body_label"], section=r.get("section") or "")
        out.append((heading, [{t(v): e.get(k) for k, v in EVIDENCE.items()} for e in r.get("evidence") or []]))
    return out
FINDINGS = {"issue_label": "col.issue", "label": "col.partnership", "detail_text": "col.detail",
            "rests_on": "evidence.column"}
LINEAGE = {"date": "col.date", "event_label": "col.event", "from": "col.from", "to": "col.to", "current": "col.current"}

common.header("governance")
ctx = common.context()

with common.errors():
    res: GovernanceAnswer = common.answer("governance", ctx)
    db = common.get_db()

    def download(name: str, columns: dict[str, str]) -> Callable[[], bytes]:
        return common.full_csv(lambda: all_rows(db, ctx, name), columns, ctx.lang)

    tab_tree, tab_lines, tab_gaps, tab_inv, tab_gov, tab_lineage = st.tabs([
        t("governance.tab.tree"), t("governance.tab.reporting"), t("governance.tab.gaps"),
        t("governance.tab.invitations"), t("governance.tab.governance"), t("governance.tab.lineage"),
    ])

    with tab_tree:
        st.caption(t("governance.tree_intro"))
        if res.tree.rows:
            st.markdown("\n".join(tree_lines(res.tree.rows)))
        common.ranked_table(res.tree, "subgroup-tree", TREE, download("tree", TREE))

    with tab_lines:
        common.ranked_table(res.reporting, "reporting-lines", LINES, None)

    with tab_gaps:
        st.caption(t("governance.gaps_intro"), help=res.gaps_rule)
        c = st.columns(2)
        c[0].metric(t("governance.gap_count"), f"{res.gaps.total:,}", help=res.gaps_rule)
        c[1].metric(t("governance.boards_with_gaps"), f"{res.boards_with_gaps:,}")
        if res.gaps_evidence is not None:
            st.caption(res.gaps_evidence.words())
        common.ranked_table(res.gaps, "statutory-gaps", GAPS, download("gaps", GAPS_DOWNLOAD))
        if res.gaps.rows:
            with st.expander(t("governance.evidence_title")):
                st.caption(t("governance.evidence_intro"))
                for heading, evidence in evidence_tables(res.gaps.rows):
                    st.markdown(f"**{common.md(heading)}**")
                    st.dataframe(evidence, hide_index=True, width="stretch")

    with tab_inv:
        st.caption(t("governance.invitations_intro"), help=t("governance.invitations_help"))
        common.ranked_table(res.invitations, "statutory-invitations", INVITATIONS, download("invitations", INVITATIONS))

    with tab_gov:
        st.caption(t("governance.governance_intro"), help=res.findings_rule)
        common.ranked_table(res.findings, "governance", FINDINGS, download("findings", FINDINGS))

    with tab_lineage:
        st.caption(t("governance.lineage_intro"))
        common.ranked_table(res.lineage, "lineage", LINEAGE, download("lineage", LINEAGE))
