"""Freshness: when each partnership's data was last updated, and from what source.

Why: a landscape map is only as good as its upkeep. A partnership's latest fact is the newest
``as_of`` among its own row, its memberships, seats, meetings and self-assessments; the source
shown is that fact's. The Overview lists the partnerships whose latest fact is older than a
chosen age (counted back from today, not from the data's own date: staleness is about upkeep).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tirlun.answers import stored
from tirlun.answers.base import Context, Download, Reader, Table, ranked
from tirlun.i18n import Translator

DEFAULT_AGE_DAYS = 365
LIMIT = 200
COLUMNS = ("id", "name", "last_updated", "age_days", "source", "from_table", "from_label")
# from_table is the input table's code (memberships); a reader sees from_label, its name in the reader's language
LABELS = {"name": "col.partnership", "last_updated": "col.as_of", "age_days": "col.age_days", "source": "col.source",
          "from_label": "col.from_table"}


@dataclass(frozen=True)
class Aged:
    """A batch of partnership_freshness rows as the table shows them: the name in ``tr``'s language, the age."""

    today: dt.date

    def __call__(self, rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
        for r in rows:
            r["name"] = tr.pick(r, "name")
            r["from_label"] = tr(f"freshness.table.{r['from_table']}") if r.get("from_table") else None
            r["age_days"] = (self.today - r["last_updated"]).days if r["last_updated"] else None
        return rows


@dataclass
class FreshnessAnswer:
    max_age_days: int | None
    cutoff: dt.date | None  # partnerships last updated before this day are listed (None: every partnership)
    partnerships: Table  # id, name, last_updated, age_days, source, from_table; oldest first
    rule: str


def answer(db: Reader, ctx: Context, *, max_age_days: int | None = DEFAULT_AGE_DAYS, limit: int = LIMIT,
           today: dt.date | None = None, partnership: str | None = None) -> FreshnessAnswer:
    """The region's partnerships whose latest fact is older than ``max_age_days`` (None: all of them)."""
    today = today or dt.date.today()
    cutoff = today - dt.timedelta(days=max_age_days) if max_age_days is not None else None
    params = {"region": ctx.region, "older_than": cutoff, "id": partnership}
    # one partnership's line is one cheap row; the region's list is kept with the graph (tirlun.answers.stored)
    rows = (db.read("partnership_freshness", {**params, "limit": limit}) if partnership
            else stored.query_rows(db, "partnership_freshness", params, limit))
    tr = ctx.tr
    Aged(today)(rows, tr)
    empty = (tr("freshness.none_older", days=max_age_days, date=cutoff.isoformat()) if cutoff
             else tr("freshness.no_partnerships"))
    whole = Download("partnership_freshness", {"region": ctx.region, "older_than": cutoff, "limit": None,
                                               "id": partnership}, LABELS, Aged(today), ctx.lang)
    table = ranked([{**{c: r[c] for c in COLUMNS}, "total": r["total"]} for r in rows], limit, COLUMNS,
                   empty).shown_as(LABELS, whole)
    return FreshnessAnswer(max_age_days, cutoff, table, tr("freshness.rule"))


def sentence(db: Reader, ctx: Context, partnership: str) -> str | None:
    """One partnership's freshness in a sentence (its profile shows it): when its data was last updated, from what."""
    rows = answer(db, ctx, max_age_days=None, limit=1, partnership=partnership).partnerships.rows
    if not rows or rows[0]["last_updated"] is None:
        return None
    r = rows[0]
    tr = ctx.tr
    return tr("freshness.profile", date=r["last_updated"].isoformat(), days=r["age_days"],
             table=r["from_label"], source=r["source"] or "–")

