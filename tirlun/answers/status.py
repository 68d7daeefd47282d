"""What the app says about the graph itself: how much is loaded, the sidebar's counts, the load history.

Why here and not in the pages: a page names no query (docs/architecture.md). These are the
shell's own small questions (every page asks ``counts`` to know whether the graph is empty),
answered with no Streamlit, so the pages only cache and show them.
"""

from __future__ import annotations

import datetime as dt

from tirlun.answers.base import Reader, Table, first
from tirlun.i18n import Translator

HISTORY_COLUMNS = ("load_id", "started", "finished", "by", "region", "outcome", "scheme", "file_hash", "rows",
                   "tables", "recovered", "error", "warnings", "total")
HISTORY_LABELS = {"started": "col.started", "by": "col.by", "region": "col.region", "outcome": "col.outcome",
                  "rows": "col.rows", "tables": "col.tables", "file_hash": "col.file_hash", "error": "col.error"}


def counts(db: Reader) -> dict[str, int]:
    """Partnerships, organisations, people and meetings in the whole graph (app_status); empty when no row comes back."""
    return {k: int(v) for k, v in first(db.read("app_status")).items()}


def scope_counts(db: Reader, region: str | None, as_of: dt.date | None) -> dict[str, int]:
    """The sidebar's line: partnerships active on ``as_of``, the region's own boards and sub-groups apart from
    wider bodies, as the Overview counts them (app_scope_counts: own_boards, own_subgroups, wider)."""
    return {k: int(v) for k, v in first(db.read("app_scope_counts", {"region": region, "as_of": as_of})).items()}


def load_history(db: Reader, limit: int = 20, *, tr: Translator) -> Table:
    """The last ``limit`` loads, newest first, as the query returns them (``total`` on each row: every load recorded)."""
    rows = db.read("load_history", {"limit": limit})
    return Table(rows=rows, total=int(rows[0]["total"]) if rows else 0, limit=limit, columns=HISTORY_COLUMNS,
                 labels=HISTORY_LABELS, empty_reason=None if rows else tr("data.history_none"))
