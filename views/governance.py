"""Governance: a thin renderer of tirlun.answers.governance (trees, reporting lines, gaps, findings, lineage)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
import streamlit as st

from tirlun.answers.base import Context, Table, speaking
from tirlun.answers.governance import GovernanceAnswer, all_rows
from tirlun.i18n import t
from views import common


def cell(value: Any) -> Any:
    """A CSV cell: lists as "a; b", missing as empty (as the on-screen tables show them)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def full_csv(ctx: Context, rows: Callable[[], Iterable[dict[str, Any]]], columns: dict[str, str]) -> Callable[[], bytes]:
    """A download built only when clicked: the full list streamed from the server in batches, as CSV.

    It runs on Streamlit's download thread, so it speaks the page's language explicitly.
    """
    def build() -> bytes:
        buf = io.StringIO()
        with speaking(ctx.lang):
            w = csv.writer(buf)
            w.writerow([t(k) for k in columns.values()])
            for row in rows():
                w.writerow([cell(row.get(c)) for c in columns])
        return buf.getvalue().encode("utf-8")
    return build


def show(table: Table, key: str, columns: dict[str, str], full: Callable[[], bytes] | None) -> None:
    """A table as the server cut it: the rows, how many of how many, why it is empty, the full download."""
    if table.rows:
        shown = common.flatten(pd.DataFrame(table.rows))
        keep = [c for c in columns if c in shown.columns]
        st.dataframe(shown[keep].rename(columns={c: t(columns[c]) for c in keep}), hide_index=True, width="stretch")
        if table.truncated:
            st.caption(t("governance.shown", shown=len(table.rows), total=table.total))
    else:
        st.info(table.empty_reason or t("common.no_rows"))
    if full is not None:
        st.download_button(t("governance.download_all"), full, file_name=f"tirlun-{key}.csv", mime="text/csv",
                           key=f"download-{key}", icon=":material/download:", on_click="ignore")


def tree_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown bullets, one per partnership, indented by its depth below its board (rows come top-down)."""
    return [f"{'    ' * int(r['depth'])}- **{common.md(r['label'])}** · {r['level_label']}" for r in rows]


TREE = {"label": "col.partnership", "level_label": "col.level", "depth": "col.depth", "path_text": "col.path"}
LINES = {"from": "col.partnership", "kind": "col.relationship", "to": "col.to"}
GAPS = {"label": "col.partnership", "law": "col.legislation", "type_label": "col.org_type",
        "status_label": "col.status", "invited_text": "col.invited"}
FINDINGS = {"issue_label": "col.issue", "label": "col.partnership", "detail_text": "col.detail"}
LINEAGE = {"date": "col.date", "event_label": "col.event", "from": "col.from", "to": "col.to", "current": "col.current"}

common.header("governance")
ctx = common.context()

with common.errors():
    res: GovernanceAnswer = common.answer("governance", ctx)
    db = common.get_db()

    def download(name: str, columns: dict[str, str]) -> Callable[[], bytes]:
        return full_csv(ctx, lambda: all_rows(db, ctx, name), columns)

    tab_tree, tab_lines, tab_gaps, tab_gov, tab_lineage = st.tabs([
        t("governance.tab.tree"), t("governance.tab.reporting"), t("governance.tab.gaps"),
        t("governance.tab.governance"), t("governance.tab.lineage"),
    ])

    with tab_tree:
        st.caption(t("governance.tree_intro"))
        if res.tree.rows:
            st.markdown("\n".join(tree_lines(res.tree.rows)))
        show(res.tree, "subgroup-tree", TREE, download("tree", TREE))

    with tab_lines:
        show(res.reporting, "reporting-lines", LINES, None)

    with tab_gaps:
        st.caption(t("governance.gaps_intro"), help=res.gaps_rule)
        c = st.columns(2)
        c[0].metric(t("governance.gap_count"), f"{res.gaps.total:,}", help=res.gaps_rule)
        c[1].metric(t("governance.boards_with_gaps"), f"{res.boards_with_gaps:,}")
        show(res.gaps, "statutory-gaps", GAPS, download("gaps", GAPS))

    with tab_gov:
        st.caption(t("governance.governance_intro"), help=res.findings_rule)
        show(res.findings, "governance", FINDINGS, download("findings", FINDINGS))

    with tab_lineage:
        st.caption(t("governance.lineage_intro"))
        show(res.lineage, "lineage", LINEAGE, download("lineage", LINEAGE))
