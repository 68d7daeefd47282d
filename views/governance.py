"""Governance: sub-group trees, reporting lines, statutory gaps and lineage (what replaced what)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tirlun.i18n import label, pick, t
from views import common

common.header("governance")
ctx = common.context()
base = {"region": ctx.region, "as_of": ctx.as_of}


def tree_lines(tree: pd.DataFrame) -> list[str]:
    """Markdown bullets, one per partnership, indented by its depth below its board (query order is top-down)."""
    return [
        f"{'    ' * int(r['depth'])}- **{common.md(pick(r, 'name'))}** · {label('level', r['level'])}"
        for _, r in tree.iterrows()
    ]


with common.errors():
    tree = common.read("subgroup_tree", base)
    parts = common.read("app_partnerships", base)
    names = {r["id"]: pick(r, "name") for _, r in parts.iterrows()}
    tab_tree, tab_lines, tab_gaps, tab_gov, tab_lineage = st.tabs([
        t("governance.tab.tree"), t("governance.tab.reporting"), t("governance.tab.gaps"),
        t("governance.tab.governance"), t("governance.tab.lineage"),
    ])

    with tab_tree:
        st.caption(t("governance.tree_intro"))
        lines = tree_lines(tree)
        st.markdown("\n".join(lines) if lines else t("common.no_rows"))
        shown = common.named(tree)
        if not shown.empty:
            shown["path_text"] = [" › ".join((r["path_cy"] if ctx.lang == "cy" else r["path"]) or []) for _, r in shown.iterrows()]
            shown["level_label"] = shown["level"].map(lambda v: label("level", v))
        common.table(shown, "subgroup-tree", {"label": "col.partnership", "level_label": "col.level",
                                               "depth": "col.depth", "path_text": "col.path"})

    with tab_lines:
        rows = [{"from": names.get(r["partnership_id"], r["partnership_id"]), "kind": t("governance.reports_to"),
                 "to": names.get(up, up)} for _, r in tree.iterrows() for up in (r["reports_to"] or [])]
        rows += [{"from": names.get(r["partnership_id"], r["partnership_id"]), "kind": t("governance.subgroup_of"),
                  "to": names.get(r["parent_id"], r["parent_id"])} for _, r in tree.iterrows() if isinstance(r["parent_id"], str)]
        common.table(pd.DataFrame(rows, columns=["from", "kind", "to"]), "reporting-lines",
                     {"from": "col.partnership", "kind": "col.relationship", "to": "col.to"})

    with tab_gaps:
        st.caption(t("governance.gaps_intro"))
        gaps = common.named(common.named(common.read("statutory_gaps", base), "partnership_name"),
                            "legislation_title", "law")
        if not gaps.empty:
            gaps["type_label"] = gaps["org_type"].map(lambda v: label("org_type", v))
            gaps["status_label"] = gaps["status"].map(lambda v: label("gap_status", v))
            gaps["invited_text"] = [(r["invited_cy"] if ctx.lang == "cy" else r["invited"]) or [] for _, r in gaps.iterrows()]
        common.table(gaps, "statutory-gaps", {"label": "col.partnership", "law": "col.legislation",
                                              "type_label": "col.org_type", "status_label": "col.status",
                                              "invited_text": "col.invited"})

    with tab_gov:
        st.caption(t("governance.governance_intro"))
        gov = common.named(common.read("governance", base), "partnership_name")
        if not gov.empty:
            gov["issue_label"] = gov["issue"].map(lambda v: label("governance_issue", v))
            gov["detail_text"] = gov["detail_cy" if ctx.lang == "cy" else "detail"]
        common.table(gov, "governance", {"issue_label": "col.issue", "label": "col.partnership", "detail_text": "col.detail"})

    with tab_lineage:
        st.caption(t("governance.lineage_intro"))
        lineage = common.read("lineage", base)
        lineage = common.named(common.named(common.named(lineage, "from_name", "from"), "to_name", "to"),
                               "current_name", "current")
        if not lineage.empty:
            lineage["event_label"] = lineage["event"].map(lambda v: label("lineage_event", v))
        common.table(lineage, "lineage", {"date": "col.date", "event_label": "col.event", "from": "col.from",
                                          "to": "col.to", "current": "col.current"})
