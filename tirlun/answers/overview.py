"""Overview: the landscape at a glance for a region and date, and the findings that matter most.

Counts are the region's own unless they say otherwise: the region's boards, its sub-groups and the
national, wider or neighbouring bodies loaded with it are counted apart (landscape_summary's scope),
never added into one "active partnerships" figure. Every figure and finding carries what it rests
on (an Evidence: sourced of total rows, counted by the query that makes the figure), and a
landscape that is mostly illustrative carries a plain banner.

Each block is a bounded question: headline figures, partnerships by kind, the top overlapping
boards (ranked by the overlap score, boards only, the region's own first), the duplicated
meetings (top pairs, with the total count and hours on the server) and the silo findings
(counts by kind and the top ones).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from tirlun.answers import freshness, overlap, stored
from tirlun.answers import silos as silos_answer
from tirlun.answers.base import Context, Download, Reader, Table, ranked
from tirlun.answers.evidence import Evidence, from_row
from tirlun.answers.meetings import (
    DUPLICATE_DOWNLOAD_LABELS,
    MIN_JACCARD,
    WINDOW_DAYS,
    duplicate_question,
    duplicates_worded,
    merge_plan,
    pair_evidence,
)
from tirlun.i18n import Translator

TOP = 5
# column -> catalogue key: the columns a reader sees, in order (the page, and the downloads)
KIND_LABELS = {"label": "col.kind", "count": "overview.own_boards", "own_subgroup": "overview.own_subgroups",
               "wider": "overview.wider"}
FIGURE_LABELS = {"label": "col.figure", "shown": "col.value", "part": "col.breakdown", "rests_on": "evidence.column"}
# numbers first, so they stay in view whatever the names' length
TOP_LABELS = {"shared": "col.shared", "score_shown": "col.score", "jaccard_pct": "col.jaccard",
              "a": "col.partnership_a", "b": "col.partnership_b", "rests_on": "evidence.column"}
DUPLICATE_LABELS = {"days_apart": "col.days_apart", "shared_attendees": "col.shared", "a": "col.partnership_a",
                    "b": "col.partnership_b", "rests_on": "evidence.column"}


SCOPES = ("own_board", "own_subgroup", "wider")


@dataclass
class Figure:
    key: str
    label: str
    part: str
    value: float | None
    shown: str
    scope: str = "all"  # all, own_board, own_subgroup or wider (see landscape_summary)
    evidence: Evidence | None = None
    rests_on: str = ""  # the evidence in words, in the answer's language


@dataclass
class OverviewAnswer:
    period: tuple[str, str]
    partnerships: int  # every active partnership loaded for the region: own boards + own sub-groups + wider
    own_boards: int
    own_subgroups: int
    wider: int
    meetings: int
    person_hours: float
    share_terms_of_reference: float | None
    by_kind: list[dict[str, Any]]  # kind, label, count (own boards) and own_board, own_subgroup, wider: largest first
    figures: list[Figure]
    top_overlaps: Table
    duplicates: Table
    duplicate_pairs: int
    hours_saved: float  # the merge plan's hours: each meeting in at most one merge (a maximum-weight matching)
    merges: int  # how many merges the plan makes
    silos: Table
    silo_findings: int
    silos_by_kind: list[dict[str, Any]]  # kind, label, findings, evidence and rests_on: most findings first
    sentences: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    stale: freshness.FreshnessAnswer | None = None  # partnerships whose data is older than stale_days
    # What each headline figure and finding rests on: partnerships, meetings, person_hours, overlap, duplicates, silos
    # (every silo finding, all kinds; each kind's own is in silos_by_kind), landscape.
    evidence: dict[str, Evidence] = field(default_factory=dict)
    rests_on: dict[str, str] = field(default_factory=dict)  # the same, in words
    scope_line: str = ""  # "12 of the region's own boards, 12 of its sub-groups and 12 wider or national bodies"
    banner: str | None = None  # when most of the landscape is illustrative

    @property
    def figures_table(self) -> Table:
        """The headline figures as a table: what each is, its value, its part of the landscape, what it rests on."""
        rows = [{"key": f.key, "label": f.label, "part": f.part, "value": f.value, "shown": f.shown,
                 "rests_on": f.rests_on} for f in self.figures]
        return Table(rows=rows, total=len(rows), columns=("key", "label", "part", "value", "shown", "rests_on"),
                     labels=FIGURE_LABELS)


def _metric(rows: list[dict[str, Any]], metric: str, breakdown: str = "all") -> float | None:
    row = _row(rows, metric, breakdown)
    return None if row is None or row["value"] is None else float(row["value"])


def _row(rows: list[dict[str, Any]], metric: str, breakdown: str = "all") -> dict[str, Any] | None:
    for r in rows:
        if r["metric"] == metric and r["breakdown"] == breakdown:
            return r
    return None


def _evidence(rows: list[dict[str, Any]], metric: str, breakdown: str = "all") -> Evidence:
    row = _row(rows, metric, breakdown)
    return from_row(row or {}, str((row or {}).get("unit") or "rows"))


def landscape_evidence(summary: list[dict[str, Any]]) -> Evidence:
    """The landscape's rows behind the headline figures (partnerships, meetings, attendance, memberships), as one share."""
    parts = [_evidence(summary, "partnerships"), _evidence(summary, "meetings"), _evidence(summary, "person_hours"),
             _evidence(summary, "members_per_partnership", "mean")]
    return Evidence(sum(e.sourced for e in parts), sum(e.total for e in parts), "rows")


def banner(evidence: Evidence, tr: Translator) -> str | None:
    """The plain banner a mostly illustrative landscape carries (None when most of it is sourced), in ``tr``'s language."""
    if not evidence.mostly_illustrative:
        return None
    return tr("evidence.banner", sourced=f"{evidence.sourced:,}", total=f"{evidence.total:,}")


def shown_value(metric: str, value: float | None) -> str:
    if value is None:
        return "–"
    if metric.startswith("share_"):
        return f"{value:.0%}"
    return f"{value:,.1f}".removesuffix(".0")


def answer(db: Reader, ctx: Context, *, top: int = TOP, stale_days: int = freshness.DEFAULT_AGE_DAYS,
           window_days: int = WINDOW_DAYS, min_jaccard: float = MIN_JACCARD) -> OverviewAnswer:
    """The region at a glance; near-duplicate meetings by the rule given (the Meetings page's, 7 days and 0.5 by default)."""
    rule = {"window_days": int(window_days), "min_attendee_jaccard": float(min_jaccard)}
    # Five independent questions, asked together (see read_together).
    with ThreadPoolExecutor(max_workers=5) as pool:
        stale_f = pool.submit(freshness.answer, db, ctx, max_age_days=stale_days, limit=top)
        summary_f = pool.submit(stored.whole_rows, db, "landscape_summary", ctx.params)
        pairs_f = pool.submit(overlap.top_pairs, db, ctx, by="organisations", min_shared=2, scope="regional",
                              level="board", limit=top)
        dup_f = pool.submit(stored.query_rows, db, "duplicate_meetings",
                            duplicate_question(ctx, window_days=window_days, min_jaccard=min_jaccard), top)
        silos_f = pool.submit(silos_answer.answer, db, ctx, limit=top, dataset_limit=1)
        summary, pairs, dup_rows, silo_answer = summary_f.result(), pairs_f.result(), dup_f.result(), silos_f.result()
    tr = ctx.tr
    group = {"partnerships_by_kind": "partnership_kind", "partnerships_by_level": "level"}
    figures = []
    for r in summary:
        ev = from_row(r, str(r.get("unit") or "rows")) if r.get("total") is not None else None
        scope = str(r.get("scope") or "all")
        if scope != "all" and r["breakdown"] == scope:
            part = tr(f"overview.scope.{scope}")
        else:
            part = tr.label(group.get(r["metric"], "summary_breakdown"), r["breakdown"])
            if scope != "all":
                part = f"{part} ({tr(f'overview.scope.{scope}')})"
        figures.append(Figure(r["metric"], tr.label("summary", r["metric"]), part,
                              None if r["value"] is None else float(r["value"]), shown_value(r["metric"], r["value"]),
                              scope=scope, evidence=ev, rests_on=ev.words(tr) if ev else ""))
    kinds: dict[str, dict[str, Any]] = {}
    for r in summary:
        if r["metric"] == "partnerships_by_kind":
            k = kinds.setdefault(r["breakdown"], {"kind": r["breakdown"],
                                                  "label": tr.label("partnership_kind", r["breakdown"]),
                                                  **{sc: 0 for sc in SCOPES}})
            k[str(r["scope"])] = int(r["value"])
    for k in kinds.values():
        k["count"] = k["own_board"]
        k["parts"] = tr("overview.kind_parts", boards=k["own_board"], subgroups=k["own_subgroup"], wider=k["wider"])
    by_kind = sorted(kinds.values(), key=lambda r: (-r["own_board"], -r["own_subgroup"], -r["wider"], r["label"]))
    for r in dup_rows:
        r["a"] = tr.pick(r, "a_partnership_name")
        r["b"] = tr.pick(r, "b_partnership_name")
        r["rests_on"] = pair_evidence(r).words(tr)
    hours_saved, plan = merge_plan(dup_rows[0]["plan_edges"] or []) if dup_rows else (0.0, [])
    duplicates = ranked([{k: v for k, v in r.items() if k != "plan_edges"} for r in dup_rows], top,
                        empty_reason=tr("overview.no_duplicates", date=ctx.as_of.isoformat())).shown_as(
        DUPLICATE_LABELS, Download("duplicate_meetings", {**ctx.params, **rule, "limit": None}, DUPLICATE_DOWNLOAD_LABELS,
                                   duplicates_worded, ctx.lang))
    for r in pairs.rows:
        r["score_shown"] = f"{r['score']:.2f}"
        r["jaccard_pct"] = f"{r['jaccard']:.0%}"
    pairs = pairs.shown_as(TOP_LABELS, pairs.download)
    silo_evidence = silo_answer.evidence_by_kind
    by_silo_kind = [{"kind": k, "label": tr(f"silos.kind.{k}"), "findings": n,
                     "evidence": silo_evidence.get(k), "rests_on": silo_evidence[k].words(tr) if k in silo_evidence else ""}
                    for k, n in sorted(silo_answer.findings_by_kind.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    landscape = landscape_evidence(summary)
    evidence = {
        "landscape": landscape,
        "partnerships": _evidence(summary, "partnerships"),
        "meetings": _evidence(summary, "meetings"),
        "person_hours": _evidence(summary, "person_hours"),
        "duplicates": from_row(dup_rows[0] if dup_rows else {}, "meetings", "meetings_sourced", "meetings_total"),
    }
    if silo_answer.findings_total:  # every finding of every kind, not only the top ones shown
        evidence["silos"] = silo_answer.evidence_all
    sentences = []
    if pairs.rows:
        evidence["overlap"] = from_row(pairs.rows[0], "memberships", "evidence_sourced", "evidence_total")
        sentences.append(overlap.headline_sentence(pairs.rows[0], "organisations", tr))
    if duplicates.total:
        sentences.append(tr("overview.hours_saved", hours=f"{hours_saved:,.0f}", merges=f"{len(plan):,}"))
    start, end = ctx.year_before.isoformat(), ctx.as_of.isoformat()
    counts = {sc: int(_metric(summary, "partnerships", sc) or 0) for sc in SCOPES}
    return OverviewAnswer(
        period=(start, end),
        partnerships=int(_metric(summary, "partnerships") or 0),
        own_boards=counts["own_board"], own_subgroups=counts["own_subgroup"], wider=counts["wider"],
        meetings=int(_metric(summary, "meetings") or 0),
        person_hours=_metric(summary, "person_hours") or 0.0,
        share_terms_of_reference=_metric(summary, "share_terms_of_reference"),
        by_kind=by_kind, figures=figures, top_overlaps=pairs,
        duplicates=duplicates, duplicate_pairs=duplicates.total, hours_saved=hours_saved, merges=len(plan),
        silos=silo_answer.findings, silo_findings=silo_answer.findings_total, silos_by_kind=by_silo_kind,
        sentences=sentences,
        rules={"overlap": tr("overview.rule.overlap"), "duplicates": tr("overview.duplicate_help"),
               "silos": silo_answer.rule, "freshness": tr("freshness.rule"), "scope": tr("overview.rule.scope")},
        stale=stale_f.result(),
        evidence=evidence, rests_on={k: e.words(tr) for k, e in evidence.items()},
        scope_line=tr("overview.scope_line", boards=f"{counts['own_board']:,}", subgroups=f"{counts['own_subgroup']:,}",
                     wider=f"{counts['wider']:,}"),
        banner=banner(landscape, tr),
    )
