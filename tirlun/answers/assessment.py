"""Self-assessment: a partnership's own scores against a framework, as a radar and in sentences.

The page opens on the active partnership assessed most recently on or before the date (ties:
more member organisations), on a framework it has scored. The radar holds the partnership's last
three assessments and the latest of up to three others, so it stays small whatever the history.
Saving stays on the page (the app's one write, ``save_assessment``); this module only reads.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import Any

from tirlun.answers.base import Context, Reader, Table, ranked
from tirlun.answers.evidence import Evidence, from_flags
from tirlun.i18n import Translator
from tirlun.loader.models import CRITERION_NAMES, Criterion, Framework

# column -> catalogue key: the scores table beside the radar (and its download), in order
SCORE_LABELS = {"series": "assessment.series", "criterion": "col.criterion", "score": "col.score",
                "previous_score": "col.previous_score", "change": "col.change", "notes": "col.notes"}

FRAMEWORKS = tuple(f.value for f in Framework)
OWN_SERIES = 3  # the partnership's latest assessments on the radar
MAX_COMPARE = 3  # other partnerships on the radar (their latest assessment each)
PICKER_LIMIT = 200

Row = dict[str, Any]


@dataclass(frozen=True)
class Radar:
    """The radar as plain x/y rows (Vega-Lite has no polar lines): one closed line per series, rings, spokes."""

    lines: list[Row]
    rings: list[Row]
    spokes: list[Row]


@dataclass(frozen=True)
class AssessmentAnswer:
    partnership: str | None
    partnership_label: str
    default_partnership: str | None
    framework: str
    framework_label: str
    framework_about: str
    criteria: tuple[tuple[str, str], ...]  # (criterion id, name) in the framework's order
    choices: Table  # the picker: id, label, assessments, latest, frameworks, members
    compare: tuple[str, ...]  # the other partnerships shown
    compare_options: tuple[tuple[str, str], ...]  # assessed partnerships one may compare with: (id, label)
    scores: Table  # one row per series and criterion: series, date, criterion, score, previous_score, change, notes
    radar: Radar
    assessments: int  # the partnership's assessments on or before the date, every framework
    sentences: tuple[str, ...]
    rule: str
    empty_reason: str | None = None
    evidence: Evidence | None = None  # the latest assessment's score rows, what the sentences rest on
    rests_on: str = ""


def criterion_name(criterion: str, tr: Translator) -> str:
    """A criterion's name in ``tr``'s language."""
    en, cy = CRITERION_NAMES[Criterion(criterion)]
    return cy if tr.lang == "cy" else en


def answer(db: Reader, ctx: Context, *, partnership: str | None = None, framework: str | None = None,
           compare: tuple[str, ...] = (), search: str | None = None, picker_limit: int = PICKER_LIMIT) -> AssessmentAnswer:
    """The scores of ``partnership`` (default: the most recently assessed) on ``framework`` (default: one it scored)."""
    if framework is not None and framework not in FRAMEWORKS:
        raise ValueError(f"framework must be one of {', '.join(FRAMEWORKS)}, not {framework!r}")
    tr = ctx.tr
    listed = db.read("assessment_partnerships", {"region": ctx.region, "as_of": ctx.as_of,
                                                 "search": (search or "").strip() or None, "limit": picker_limit})
    choices = ranked([{**r, "label": tr.pick(r, "name") or r["id"]} for r in listed], picker_limit,
                     ("id", "label", "assessments", "latest", "frameworks", "members"),
                     empty_reason=tr("assessment.no_partnerships", date=ctx.as_of.isoformat()))
    by_id = {r["id"]: r for r in choices.rows}
    default = choices.rows[0]["id"] if choices.rows else None
    pid = partnership or default
    mine = by_id.get(pid) if pid else None
    if pid and mine is None:  # chosen outside the listed ones (a search, another page): ask for it alone
        mine = next((r for r in db.read("assessment_partnerships", {"region": ctx.region, "as_of": ctx.as_of,
                                                                    "search": pid, "limit": None})
                     if r["id"] == pid), None)
        mine = {**mine, "label": tr.pick(mine, "name") or pid} if mine else None
    scored = list((mine or {}).get("frameworks") or [])
    fw = framework or (scored[0] if scored and "spat" not in scored else "spat")
    criteria = tuple((c.value, criterion_name(c.value, tr)) for c in Criterion if c.framework.value == fw)
    rule = tr("assessment.rule", own=OWN_SERIES, others=MAX_COMPARE)
    name = (mine or {}).get("label") or (pid or "")
    options = tuple((r["id"], r["label"]) for r in choices.rows if r["assessments"] and r["id"] != pid)
    base: dict[str, Any] = {"partnership": pid if mine else None, "partnership_label": name, "default_partnership": default,
            "framework": fw, "framework_label": tr(f"framework.{fw}"), "framework_about": tr(f"framework.{fw}.about"),
            "criteria": criteria, "choices": choices, "compare_options": options, "rule": rule,
            "assessments": int((mine or {}).get("assessments") or 0)}
    if mine is None:
        reason = choices.empty_reason if not choices.rows else tr("assessment.not_found", id=pid)
        return AssessmentAnswer(compare=(), scores=Table([], 0, empty_reason=reason), radar=_radar([], criteria),
                                sentences=(), empty_reason=reason, **base)

    own = db.read("assessment_scores", {"region": ctx.region, "as_of": ctx.as_of, "partnership": pid,
                                        "framework": fw, "latest": OWN_SERIES})
    others = tuple(dict.fromkeys(c for c in compare if c != pid))[:MAX_COMPARE]
    theirs = [r for other in others for r in _by_date(db.read("assessment_scores", {
        "region": ctx.region, "as_of": ctx.as_of, "partnership": other, "framework": fw, "latest": 1}))]
    rows = [_row(r, name, ctx) for r in _by_date(own)]
    rows += [_row(r, tr.pick(r, "partnership_name") or r["partnership_id"], ctx) for r in theirs]
    empty = None if own else tr("assessment.none_for", name=name, framework=tr(f"framework.{fw}"),
                               date=ctx.as_of.isoformat())
    evidence = from_flags((r.get("illustrative") for r in _latest(own)), "scores") if own else None
    return AssessmentAnswer(compare=others, scores=Table(rows, len(rows), empty_reason=empty, labels=SCORE_LABELS),
                            radar=_radar(rows, criteria), sentences=_sentences(own, name, mine, pid == default
                                                                               and partnership is None, tr),
                            empty_reason=empty, evidence=evidence,
                            rests_on=evidence.words(tr) if evidence else "", **base)


def _by_date(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (str(r["date"]), r["assessment_id"], [c.value for c in Criterion].index(r["criterion_id"])))


def _row(r: Row, name: str, ctx: Context) -> Row:
    tr = ctx.tr
    return {"series": f"{name} {r['date']}", "partnership_id": r["partnership_id"], "assessment_id": r["assessment_id"],
            "date": r["date"], "criterion_id": r["criterion_id"], "criterion": criterion_name(r["criterion_id"], tr),
            "score": r["score"], "previous_score": r["previous_score"], "change": r["change"], "notes": r["notes"]}


def _names(rows: list[Row], tr: Translator) -> str:
    return ", ".join(criterion_name(r["criterion_id"], tr) for r in rows)


def _latest(own: list[Row]) -> list[Row]:
    """The score rows of the latest assessment (by date, then id): what the page's sentences speak of."""
    last = max((str(r["date"]), r["assessment_id"]) for r in own)
    return [r for r in own if (str(r["date"]), r["assessment_id"]) == last]


def _sentences(own: list[Row], name: str, mine: Row, opened_by_default: bool, tr: Translator) -> tuple[str, ...]:
    """What the latest assessment says: its mean, strongest and weakest criteria, and change since the one before."""
    if not own:
        return ()
    latest = _latest(own)
    last = (str(latest[0]["date"]), latest[0]["assessment_id"])
    scores = [int(r["score"]) for r in latest]
    mean = sum(scores) / len(scores)
    out = []
    if opened_by_default:
        out.append(tr("assessment.opened", name=name, date=last[0]))
    out.append(tr("assessment.says.latest", name=name, date=last[0], mean=f"{mean:.1f}", n=len(scores),
                 total=int(mine.get("assessments") or 0)))
    best, worst = max(scores), min(scores)
    if best != worst:
        out.append(tr("assessment.says.range", best=_names([r for r in latest if r["score"] == best], tr), high=best,
                     worst=_names([r for r in latest if r["score"] == worst], tr), low=worst))
    compared = [r for r in latest if r["change"] is not None]
    if compared:
        out.append(tr("assessment.says.change", up=sum(r["change"] > 0 for r in compared),
                     down=sum(r["change"] < 0 for r in compared), same=sum(r["change"] == 0 for r in compared),
                     n=len(compared)))
    return tuple(out)


def _radar(rows: list[Row], criteria: tuple[tuple[str, str], ...]) -> Radar:
    """Polar geometry in x/y: criterion i at angle 90° - 360°·i/n, score r at distance r."""
    n = max(len(criteria), 1)
    order = [c for c, _ in criteria]
    angle = {c: math.pi / 2 - 2 * math.pi * i / n for i, c in enumerate(order)}
    lines: list[Row] = []
    series = list(dict.fromkeys(r["series"] for r in rows))
    for name in series:
        pts = sorted(((r["criterion_id"], float(r["score"]), r["criterion"]) for r in rows
                      if r["series"] == name and r["criterion_id"] in angle), key=lambda p: order.index(p[0]))
        for i, (cid, score, label) in enumerate([*pts, pts[0]] if pts else []):
            lines.append({"series": name, "order": i, "x": score * math.cos(angle[cid]), "y": score * math.sin(angle[cid]),
                          "criterion": label, "score": score})
    rings = [{"ring": r, "order": i, "x": r * math.cos(2 * math.pi * i / 60), "y": r * math.sin(2 * math.pi * i / 60)}
             for r in range(1, 6) for i in range(61)]
    spokes = [{"c": c, "x": 5.6 * math.cos(angle[c]), "y": 5.6 * math.sin(angle[c]), "x0": 0.0, "y0": 0.0,
               "label": textwrap.fill(f"{i + 1}. {name}", 26)} for i, (c, name) in enumerate(criteria)]
    return Radar(lines, rings, spokes)
