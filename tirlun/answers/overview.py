"""Overview: the landscape at a glance for a region and date, and the findings that matter most.

Each block is a bounded question: headline figures, partnerships by kind, the top overlapping
boards (ranked by the overlap score, boards only, the region's own first), the duplicated
meetings (top pairs, with the total count and hours on the server) and the silo findings
(counts by kind and the top ones).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from tirlun.answers import freshness, overlap
from tirlun.answers import silos as silos_answer
from tirlun.answers.base import Context, Reader, Table, ranked, speaking
from tirlun.i18n import label, pick, t

TOP = 5


@dataclass
class Figure:
    key: str
    label: str
    part: str
    value: float | None
    shown: str


@dataclass
class OverviewAnswer:
    period: tuple[str, str]
    partnerships: int
    meetings: int
    person_hours: float
    share_terms_of_reference: float | None
    by_kind: list[dict[str, Any]]  # kind, label, count: every kind present, largest first
    figures: list[Figure]
    top_overlaps: Table
    duplicates: Table
    duplicate_pairs: int
    hours_saved: float
    silos: Table
    silo_findings: int
    silos_by_kind: list[dict[str, Any]]
    sentences: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    stale: freshness.FreshnessAnswer | None = None  # partnerships whose data is older than stale_days


def _metric(rows: list[dict[str, Any]], metric: str, breakdown: str = "all") -> float | None:
    for r in rows:
        if r["metric"] == metric and r["breakdown"] == breakdown and r["value"] is not None:
            return float(r["value"])
    return None


def shown_value(metric: str, value: float | None) -> str:
    if value is None:
        return "–"
    if metric.startswith("share_"):
        return f"{value:.0%}"
    return f"{value:,.1f}".removesuffix(".0")


def answer(db: Reader, ctx: Context, *, top: int = TOP,
           stale_days: int = freshness.DEFAULT_AGE_DAYS) -> OverviewAnswer:
    # Five independent questions, asked together (see read_together).
    with ThreadPoolExecutor(max_workers=5) as pool:
        stale_f = pool.submit(freshness.answer, db, ctx, max_age_days=stale_days, limit=top)
        summary_f = pool.submit(db.read, "landscape_summary", ctx.params)
        pairs_f = pool.submit(overlap.top_pairs, db, ctx, by="organisations", min_shared=2, scope="regional",
                              level="board", limit=top)
        dup_f = pool.submit(db.read, "duplicate_meetings", {**ctx.params, "limit": top})
        silos_f = pool.submit(silos_answer.answer, db, ctx, limit=top, dataset_limit=1)
        summary, pairs, dup_rows, silo_answer = summary_f.result(), pairs_f.result(), dup_f.result(), silos_f.result()
    with speaking(ctx.lang):
        group = {"partnerships_by_kind": "partnership_kind", "partnerships_by_level": "level"}
        figures = [Figure(r["metric"], label("summary", r["metric"]),
                          label(group.get(r["metric"], "summary_breakdown"), r["breakdown"]),
                          None if r["value"] is None else float(r["value"]), shown_value(r["metric"], r["value"]))
                   for r in summary]
        by_kind = sorted(({"kind": r["breakdown"], "label": label("partnership_kind", r["breakdown"]),
                           "count": int(r["value"])} for r in summary if r["metric"] == "partnerships_by_kind"),
                         key=lambda r: (-r["count"], r["label"]))
        for r in dup_rows:
            r["a"] = pick(r, "a_partnership_name")
            r["b"] = pick(r, "b_partnership_name")
        duplicates = ranked(dup_rows, top, empty_reason=t("overview.no_duplicates", date=ctx.as_of.isoformat()))
        hours_saved = float(dup_rows[0]["hours_saved_total"]) if dup_rows else 0.0
        by_silo_kind = [{"kind": k, "label": t(f"silos.kind.{k}"), "findings": n}
                        for k, n in sorted(silo_answer.findings_by_kind.items(), key=lambda kv: (-kv[1], kv[0])) if n]
        sentences = []
        if pairs.rows:
            sentences.append(overlap.headline_sentence(pairs.rows[0], "organisations"))
        if duplicates.total:
            sentences.append(t("overview.hours_saved", hours=f"{hours_saved:,.0f}"))
        start, end = ctx.year_before.isoformat(), ctx.as_of.isoformat()
        return OverviewAnswer(
            period=(start, end),
            partnerships=int(_metric(summary, "partnerships") or 0),
            meetings=int(_metric(summary, "meetings") or 0),
            person_hours=_metric(summary, "person_hours") or 0.0,
            share_terms_of_reference=_metric(summary, "share_terms_of_reference"),
            by_kind=by_kind, figures=figures, top_overlaps=pairs,
            duplicates=duplicates, duplicate_pairs=duplicates.total, hours_saved=hours_saved,
            silos=silo_answer.findings, silo_findings=silo_answer.findings_total, silos_by_kind=by_silo_kind,
            sentences=sentences,
            rules={"overlap": t("overview.rule.overlap"), "duplicates": t("overview.duplicate_help"),
                   "silos": silo_answer.rule, "freshness": t("freshness.rule")},
            stale=stale_f.result(),
        )
