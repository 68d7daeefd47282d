"""Meetings: when partnerships meet, which meetings duplicate each other, who carries the load,
and what merging two partnerships would save.

Every table is ranked, cut and totalled on the server (``$limit`` and ``total`` on every
row), so the answer is the same few hundred rows for one region or all of Wales. The merge
what-if's arithmetic lives here, in one place (``merge_what_if``), and is fed only the
meetings of the two partnerships chosen.

Timeline rule: the meetings of the period one by one (earliest first) while there are at
most ``timeline_limit`` of them; above that, one row per partnership per month
(``meeting_timeline``: busiest partnerships first), cut at ``timeline_limit`` rows. The totals
(meetings, hours, person-hours) always count every meeting of the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from tirlun.answers import stored
from tirlun.answers.base import Context, Download, Reader, Table, ranked
from tirlun.answers.evidence import Evidence, from_flags, from_row
from tirlun.answers.labels import person_label
from tirlun.answers.names import apply_dated_names, dated_names, partnership_label
from tirlun.i18n import Translator

DUPLICATE_LIMIT = 200
TIMELINE_LIMIT = 300
BURDEN_LIMIT = 25
OVERLAP_LIMIT = 25
CHOICES_LIMIT = 300
# column -> catalogue key: the columns a reader sees, in order (the page, and the full-list downloads)
TIMELINE_LABELS = {
    "meeting": {"start": "meetings.date", "partnership": "col.partnership", "duration_hours": "col.duration",
                "format": "col.format", "attendee_count": "col.attendees", "person_hours": "overview.person_hours"},
    "month": {"month": "meetings.month", "partnership": "col.partnership", "meetings": "overview.meetings",
              "hours": "col.hours", "person_hours": "overview.person_hours"},
}
DUPLICATE_LABELS = {"a": "col.partnership_a", "a_start": "col.a_start", "b": "col.partnership_b",
                    "b_start": "col.b_start", "days_apart": "col.days_apart", "shared_attendees": "col.shared",
                    "attendee_jaccard": "col.jaccard", "hours_saved": "meetings.hours_saved",
                    "in_plan": "meetings.in_plan", "shared_theme_list": "col.shared_names",
                    "rests_on": "evidence.column"}
# the whole list has no merge plan (the plan is of the pairs shown): every other column
DUPLICATE_DOWNLOAD_LABELS = {k: v for k, v in DUPLICATE_LABELS.items() if k != "in_plan"}
BURDEN_LABELS = {"label": "col.name", "hours": "col.hours", "meetings": "overview.meetings",
                 "partnerships": "col.partnerships", "people": "col.people"}
BURDEN_DOWNLOAD_LABELS = {
    "organisation": {"who": "col.name", **{k: v for k, v in BURDEN_LABELS.items() if k != "label"}},
    "person": {"who": "col.name", "representing": "col.representing",
               **{k: v for k, v in BURDEN_LABELS.items() if k != "label"}},
}
MERGE_LABELS = {"partnership": "col.partnership", "with_a": "meetings.with_a", "with_b": "meetings.with_b",
                "with_merged": "meetings.with_merged"}


def _timeline_worded(rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    for r in rows:
        r["partnership"] = tr.pick(r, "partnership")
    return rows


def duplicates_worded(rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    for r in rows:
        r["a"] = tr.pick(r, "a_partnership_name")
        r["b"] = tr.pick(r, "b_partnership_name")
        r["shared_theme_list"] = r["shared_themes_cy"] if tr.lang == "cy" else r["shared_themes"]
        r["rests_on"] = pair_evidence(r).words(tr)
    return rows


def pair_evidence(row: dict[str, Any]) -> Evidence:
    """What one duplicate pair rests on: its two meetings and their attendance rows, how many sourced."""
    return Evidence(int(row.get("evidence_sourced") or 0), int(row.get("evidence_rows") or 0), "rows")


@dataclass(frozen=True)
class BurdenWording:
    """A batch of meeting_burden rows for the download. Workshop mode: posts, never names, in the file too."""

    workshop: bool

    def __call__(self, rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
        for r in rows:
            if r.get("by") == "person":
                r["who"] = tr.pick(r, "job_title") if self.workshop else tr.pick(r, "name")
                r["representing"] = tr.pick(r, "organisation_name")
            else:
                r["who"] = tr.pick(r, "name")
        return rows


def _merge_worded(rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    for r in rows:
        r["partnership"] = tr.pick(r, "partnership_name")
    return rows


@dataclass(frozen=True)
class MergeWhatIf:
    """Two partnerships' meetings now and if they met as one (model: see ``merge_what_if``)."""

    a: str
    b: str
    a_label: str
    b_label: str
    before: float
    after: float
    saved: float
    meetings_before: int
    meetings_after: int
    posts_both: int
    organisations_shared: int
    organisation_jaccard: float
    overlap: Table  # other partnerships: organisation Jaccard with A, with B, with A+B merged
    model: str
    headline: str
    evidence: Evidence | None = None  # the two partnerships' meetings in the period the figures rest on
    rests_on: str = ""


@dataclass
class MeetingsAnswer:
    date_from: dt.date
    date_to: dt.date
    meetings: int
    hours: float
    person_hours: float
    timeline: Table
    timeline_by: str  # "meeting" (one row per meeting) or "month" (per partnership per month)
    duplicates: Table
    hours_saved: float  # the merge plan's hours: each meeting in at most one merge (see merge_plan)
    hours_saved_upper: float  # hours_saved summed over every pair (a meeting in several pairs counted in each)
    plan: list[tuple[str, str, float]]  # the merges the plan chooses: (meeting, meeting, hours), most hours first
    burden_organisation: Table
    burden_person: Table
    burden_hours: dict[str, float]  # by -> person-hours summed over every row (not only those shown)
    partnerships: list[tuple[str, str]]  # merge choices: (id, label), largest first
    merge: MergeWhatIf | None
    merge_reason: str | None  # why there is no what-if, when there is none
    summary: str
    rules: dict[str, str]
    downloads: dict[str, Download]  # full-list CSVs by table; "merge" only when there is a what-if
    empty_reason: str | None = None
    choices: dict[str, Any] = field(default_factory=dict)
    # What each finding rests on (meetings, duplicates, burden): sourced of total rows, counted by the query itself.
    evidence: dict[str, Evidence] = field(default_factory=dict)
    rests_on: dict[str, str] = field(default_factory=dict)  # the same in words, in the answer's language
    plan_sentence: str = ""


# -- the domain arithmetic, in one place -------------------------------------------------------
def merge_what_if(meetings: Iterable[Mapping[str, Any]], a: str, b: str) -> dict[str, float]:
    """Person-hours of two partnerships' meetings now, and if they met as one.

    The merged partnership meets as often as the busier of the two, for as long as the
    longer of the two usually meets (its mean meeting length); each post attends it as often
    as it attended the partnership it attended more (share of that partnership's meetings).
    Hours saved = before - after (negative means more). ``meetings`` are rows of
    ``app_meetings`` (partnership_id, duration_hours, attendees, person_hours).
    """
    ma = [m for m in meetings if m["partnership_id"] == a]
    mb = [m for m in meetings if m["partnership_id"] == b]
    if not ma and not mb:
        return {"before": 0.0, "after": 0.0, "saved": 0.0, "meetings_before": 0, "meetings_after": 0, "posts_both": 0}
    n = max(len(ma), len(mb))

    def mean_length(ms: list[Mapping[str, Any]]) -> float:
        return sum(float(m["duration_hours"]) for m in ms) / len(ms) if ms else 0.0

    def rates(ms: list[Mapping[str, Any]]) -> dict[str, float]:
        counts: dict[str, int] = {}
        for m in ms:
            for p in m["attendees"] or []:
                counts[p] = counts.get(p, 0) + 1
        return {p: c / len(ms) for p, c in counts.items()} if ms else {}

    length = max(mean_length(ma), mean_length(mb))
    ra, rb = rates(ma), rates(mb)
    after = sum(n * length * max(ra.get(p, 0.0), rb.get(p, 0.0)) for p in set(ra) | set(rb))
    before = float(sum(float(m["person_hours"]) for m in ma + mb))
    return {"before": before, "after": after, "saved": before - after, "meetings_before": len(ma) + len(mb),
            "meetings_after": n, "posts_both": len(set(ra) & set(rb))}


def merge_plan(edges: Iterable[Sequence[Any]]) -> tuple[float, list[tuple[str, str, float]]]:
    """The merges that save the most person-hours when each meeting joins at most one merge.

    Why: a meeting near two others cannot be merged into both, so summing every pair counts it
    twice. The duplicate pairs are a graph (meetings as nodes, a pair's hours as the edge's weight)
    and the plan is its maximum-weight matching (networkx, Edmonds' blossom algorithm). Weights
    are taken in thousandths of an hour as integers, so the choice is exact. ``edges`` are
    [meeting a, meeting b, hours]; returns the plan's hours and its pairs, most hours first.
    """
    g: nx.Graph[str] = nx.Graph()
    hours: dict[frozenset[str], float] = {}
    for a, b, h in edges:
        key = frozenset((str(a), str(b)))
        if float(h) > hours.get(key, -1.0):
            hours[key] = float(h)
            g.add_edge(str(a), str(b), weight=round(float(h) * 1000))
    chosen = nx.max_weight_matching(g, maxcardinality=False, weight="weight")
    plan = sorted(((min(a, b), max(a, b), hours[frozenset((a, b))]) for a, b in chosen), key=lambda p: (-p[2], p[0], p[1]))
    return sum(p[2] for p in plan), plan


# -- the answer ---------------------------------------------------------------------------------
WINDOW_DAYS = 7  # the near-duplicate rule the page opens on
MIN_JACCARD = 0.5


def duplicate_question(ctx: Context, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
                       window_days: int = WINDOW_DAYS, min_jaccard: float = MIN_JACCARD) -> dict[str, Any]:
    """duplicate_meetings' parameters as this page asks them. The Overview and Compare ask through here too, so the
    three read one kept set (tirlun.answers.stored keys a set on its parameters)."""
    return {"region": ctx.region, "as_of": ctx.as_of, "date_from": date_from or ctx.year_before,
            "date_to": date_to or ctx.as_of, "window_days": int(window_days), "min_attendee_jaccard": float(min_jaccard)}


def answer(db: Reader, ctx: Context, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
           window_days: int = WINDOW_DAYS, min_jaccard: float = MIN_JACCARD, merge: tuple[str, str] | None = None,
           limit: int = DUPLICATE_LIMIT, timeline_limit: int = TIMELINE_LIMIT,
           burden_limit: int = BURDEN_LIMIT) -> MeetingsAnswer:
    """The meetings page: totals, timeline, duplicated meetings, burden and the merge what-if."""
    start = date_from or ctx.year_before
    end = date_to or ctx.as_of
    period = {"region": ctx.region, "date_from": start, "date_to": end}
    dated = {**period, "as_of": ctx.as_of}
    dup_params = duplicate_question(ctx, date_from=start, date_to=end, window_days=window_days, min_jaccard=min_jaccard)
    choices = {"date_from": start, "date_to": end, "window_days": window_days, "min_jaccard": min_jaccard,
               "merge": merge, "limit": limit}
    downloads = {
        "timeline": Download("app_meetings", {**period, "limit": None}, TIMELINE_LABELS["meeting"], _timeline_worded,
                             ctx.lang),
        "timeline_months": Download("meeting_timeline", {**dated, "limit": None}, TIMELINE_LABELS["month"],
                                    _timeline_worded, ctx.lang),
        "duplicates": Download("duplicate_meetings", {**dup_params, "limit": None}, DUPLICATE_DOWNLOAD_LABELS,
                               duplicates_worded, ctx.lang),
        "burden_organisation": Download("meeting_burden", {**dated, "by": "organisation", "limit": None},
                                        BURDEN_DOWNLOAD_LABELS["organisation"], BurdenWording(ctx.workshop), ctx.lang),
        "burden_person": Download("meeting_burden", {**dated, "by": "person", "limit": None},
                                  BURDEN_DOWNLOAD_LABELS["person"], BurdenWording(ctx.workshop), ctx.lang),
    }
    tr = ctx.tr
    rules = {"timeline": tr("meetings.rule.timeline", n=timeline_limit),
             "duplicates": tr("meetings.rule.duplicates"), "burden": tr("meetings.rule.burden"),
             "merge": tr("meetings.rule.merge")}
    if start > end:
        reason = tr("meetings.bad_period")
        empty = Table([], 0, empty_reason=reason)
        return MeetingsAnswer(start, end, 0, 0.0, 0.0, empty, "meeting", empty, 0.0, 0.0, [], empty, empty,
                              {"organisation": 0.0, "person": 0.0}, [], None, reason, reason, rules, downloads,
                              empty_reason=reason, choices=choices)
    where = tr("meetings.where", start=start.isoformat(), end=end.isoformat())

    # The costly questions (every meeting of the period totalled, pairs of meetings, hours by organisation and by
    # post) are kept with the graph (tirlun.answers.stored): computed once per version and choice, then read.
    got = {
        "meetings": stored.query_rows(db, "app_meetings", period, timeline_limit),
        "duplicates": stored.query_rows(db, "duplicate_meetings", dup_params, limit),
        "organisation": stored.query_rows(db, "meeting_burden", {**dated, "by": "organisation"}, burden_limit),
        "person": stored.query_rows(db, "meeting_burden", {**dated, "by": "person"}, burden_limit),
        "choices": db.read("app_partnership_choices", {"region": ctx.region, "as_of": ctx.as_of, "scope": "all",
                                                       "limit": CHOICES_LIMIT}),
    }
    # Totals and the timeline.
    rows = got["meetings"]
    total = int(rows[0]["total"]) if rows else 0
    hours = float(rows[0]["total_hours"]) if rows else 0.0
    person_hours = float(rows[0]["total_person_hours"]) if rows else 0.0
    meetings_sourced = int(rows[0]["total_sourced"]) if rows else 0
    no_meetings = tr("meetings.empty", where=where)
    # Each meeting while they fit under the limit; above it, one row per partnership per month.
    timeline_by = "month" if total > timeline_limit else "meeting"
    if timeline_by == "month":
        rows = stored.query_rows(db, "meeting_timeline", dated, timeline_limit)
    for r in rows:
        r["who"] = partnership_label(r | {"name_en": r["partnership_en"], "name_cy": r["partnership_cy"]}, tr.lang)
        r["partnership"] = tr.pick(r, "partnership")
    timeline = ranked([_drop(r, "total_hours", "total_person_hours", "total_sourced") for r in rows], timeline_limit,
                      empty_reason=no_meetings).shown_as(
        TIMELINE_LABELS[timeline_by], downloads["timeline_months" if timeline_by == "month" else "timeline"])

    # Duplicated meetings.
    dup_rows = got["duplicates"]
    hours_saved_upper = float(dup_rows[0]["hours_saved_total"]) if dup_rows else 0.0
    hours_saved, plan = merge_plan(dup_rows[0]["plan_edges"] or []) if dup_rows else (0.0, [])
    top_pair = ((dup_rows[0]["top_a_partnership_id"], dup_rows[0]["top_b_partnership_id"]) if dup_rows else None)
    merged = {(a, b) for a, b, _ in plan}
    for r in duplicates_worded(dup_rows, tr):  # the same words as the download (spoken in ctx.lang here)
        r["in_plan"] = tuple(sorted((r["a_meeting_id"], r["b_meeting_id"]))) in merged
    dup_reason = (no_meetings if not total else
                  tr("meetings.no_duplicates", where=where, days=window_days, jaccard=f"{float(min_jaccard):.2f}"))
    duplicates = ranked([_drop(r, "hours_saved_total", "top_a_partnership_id", "top_b_partnership_id",
                               "top_pair_duplicates", "plan_edges", "meetings_total", "meetings_sourced")
                         for r in dup_rows], limit, empty_reason=dup_reason).shown_as(DUPLICATE_LABELS,
                                                                                     downloads["duplicates"])
    evidence = {
        "meetings": Evidence(meetings_sourced, total, "meetings"),
        "duplicates": from_row(dup_rows[0] if dup_rows else {}, "meetings", "meetings_sourced", "meetings_total"),
    }
    plan_sentence = plan_words(len(plan), hours_saved, hours_saved_upper, tr) if plan else ""

    # Burden by organisation and by post.
    burden: dict[str, Table] = {}
    burden_hours: dict[str, float] = {}
    # Organisations named as they were on the day (tirlun.answers.names): the rows shown, one query.
    named = dated_names(db, [str(r["id"]) for r in got["organisation"]]
                        + [str(r["organisation_id"]) for r in got["person"] if r.get("organisation_id")], end)
    apply_dated_names(got["organisation"], named, "id", {"name_en": "name", "name_cy": "name_cy"})
    apply_dated_names(got["person"], named, "organisation_id",
                      {"name_en": "organisation_name", "name_cy": "organisation_name_cy",
                       "short_name": "organisation_short_name", "label_cy": "organisation_short_name_cy"})
    for by in ("organisation", "person"):
        b_rows = got[by]
        burden_hours[by] = float(b_rows[0]["hours_total"]) if b_rows else 0.0
        if by == "organisation":
            evidence["burden"] = from_row(b_rows[0] if b_rows else {}, "attendance", "attendance_sourced",
                                          "attendance_total")
        for r in b_rows:
            r["label"] = person_label(r, ctx.workshop, tr) if by == "person" else tr.pick(r, "name")
        # Workshop mode: posts, never names, so names do not even reach the page.
        hidden = ("hours_total", "attendance_total", "attendance_sourced", "name", "name_cy", "display_name") \
            if by == "person" and ctx.workshop else ("hours_total", "attendance_total", "attendance_sourced")
        burden[by] = ranked([_drop(r, *hidden) for r in b_rows], burden_limit, empty_reason=no_meetings
                            ).shown_as(BURDEN_LABELS, downloads[f"burden_{by}"])

    # The merge what-if: the chosen pair, else the pair of partnerships with the most duplicated meetings.
    choice_rows = got["choices"]
    partnerships = [(r["id"], tr.pick(r, "name") or r["id"]) for r in choice_rows]
    pair = merge or top_pair
    missing = [i for i in (pair or ()) if i not in {p for p, _ in partnerships}]
    if missing:  # a pair may name a partnership outside the choices (dissolved since, or past the limit)
        partnerships += [(r["id"], tr.pick(r, "name") or r["id"])
                         for r in db.read("app_partnership_names", {"ids": sorted(set(missing))})]
    what_if: MergeWhatIf | None = None
    if pair is None:
        merge_reason = tr("meetings.merge_no_default", where=where)
    elif pair[0] == pair[1]:
        merge_reason = tr("meetings.merge_same")
    else:
        what_if = merge_answer(db, ctx, pair[0], pair[1], start, end)
        merge_reason = None
        downloads["merge"] = merge_download(ctx, pair[0], pair[1])

    summary = (tr("meetings.summary", meetings=f"{total:,}", hours=f"{hours:,.0f}", person_hours=f"{person_hours:,.0f}",
                 where=where) if total else no_meetings)
    return MeetingsAnswer(
        date_from=start, date_to=end, meetings=total, hours=hours, person_hours=person_hours,
        timeline=timeline, timeline_by=timeline_by, duplicates=duplicates, hours_saved=hours_saved,
        hours_saved_upper=hours_saved_upper, plan=plan, evidence=evidence, plan_sentence=plan_sentence,
        rests_on={k: e.words(tr) for k, e in evidence.items()},
        burden_organisation=burden["organisation"], burden_person=burden["person"], burden_hours=burden_hours,
        partnerships=partnerships, merge=what_if, merge_reason=merge_reason, summary=summary, rules=rules,
        downloads=downloads, empty_reason=None if total else no_meetings, choices=choices,
    )


def plan_words(merges: int, hours: float, upper: float, tr: Translator) -> str:
    """The plan in a sentence, in ``tr``'s language: how many merges, the hours, and that no meeting is counted twice."""
    return tr("meetings.plan", merges=f"{merges:,}", hours=f"{hours:,.0f}", upper=f"{upper:,.0f}")


def merge_download(ctx: Context, a: str, b: str) -> Download:
    """Every other partnership's overlap with A, B and A+B merged (merge_overlap, unbounded), named in ctx.lang."""
    return Download("merge_overlap", {"a": a, "b": b, "as_of": ctx.as_of, "region": ctx.region, "limit": None},
                    MERGE_LABELS, _merge_worded, ctx.lang)


def merge_answer(db: Reader, ctx: Context, a: str, b: str, date_from: dt.date, date_to: dt.date,
                 limit: int = OVERLAP_LIMIT) -> MergeWhatIf:
    """The what-if for one pair: person-hours from their meetings in the period, overlap from memberships on as_of."""
    meetings = db.read("app_meetings", {"region": ctx.region, "date_from": date_from, "date_to": date_to,
                                        "partnerships": [a, b], "limit": None})
    r = merge_what_if(meetings, a, b)
    evidence = from_flags((m.get("illustrative") for m in meetings), "meetings")
    over = db.read("merge_overlap", {"a": a, "b": b, "as_of": ctx.as_of, "region": ctx.region, "limit": limit})
    tr = ctx.tr
    labels = {row["id"]: partnership_label(row, tr.lang) for row in db.read("app_partnership_names", {"ids": [a, b]})}
    others = [o for o in over if o["partnership_id"] is not None]
    for o in others:
        o["partnership"] = tr.pick(o, "partnership_name")
    total = int(over[0]["total"]) if over else 0
    first = over[0] if over else {}
    table = Table(rows=[_drop(o, "total", "a_id", "b_id", "a_size", "b_size", "ab_shared", "ab_jaccard")
                        for o in others], total=total, limit=limit,
                  columns=("partnership_id", "partnership", "with_a", "with_b", "with_merged"),
                  empty_reason=None if others else tr("meetings.merge_no_others"), labels=MERGE_LABELS,
                  download=merge_download(ctx, a, b))
    a_label, b_label = labels.get(a, a), labels.get(b, b)
    saved = float(r["saved"])
    headline = tr("meetings.merge_headline" if saved >= 0 else "meetings.merge_headline_more",
                 a=a_label, b=b_label, before=f"{r['before']:,.0f}", after=f"{r['after']:,.0f}",
                 saved=f"{abs(saved):,.0f}")
    return MergeWhatIf(
        a=a, b=b, a_label=a_label, b_label=b_label, before=float(r["before"]), after=float(r["after"]), saved=saved,
        meetings_before=int(r["meetings_before"]), meetings_after=int(r["meetings_after"]),
        posts_both=int(r["posts_both"]), organisations_shared=int(first.get("ab_shared") or 0),
        organisation_jaccard=float(first.get("ab_jaccard") or 0.0), overlap=table,
        model=tr("meetings.merge_model", posts=r["posts_both"]), headline=headline,
        evidence=evidence, rests_on=evidence.words(tr),
    )


def _drop(row: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}
