"""The workshop story: five steps, each a finding stated in one sentence and notes for the host.

A workshop host projects the overlap story to a room. Each step's title is the finding,
generated from the page's own answer (overview, network, overlap, meetings, assessment), so the
sentence on the screen and the numbers under it can never disagree. The speaker notes exist in
English and in Welsh: a host in a bilingual room reads both. The app's presenter view, ``tirlun
pack`` and ``tirlun answer`` use these functions; no Streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tirlun.answers.assessment import AssessmentAnswer
from tirlun.answers.base import Context, Reader
from tirlun.answers.evidence import Evidence
from tirlun.answers.meetings import MeetingsAnswer
from tirlun.answers.network import NetworkAnswer
from tirlun.answers.overlap import OverlapAnswer
from tirlun.answers.overview import OverviewAnswer
from tirlun.i18n import LANGUAGES, Translator, translator

STEPS = ("overview", "network", "overlap", "meetings", "assessment")
# The workshop's network: the partnerships with most members, joined by the members they share;
# at 1280x720 this many keep every label readable (see tests/test_workshop.py).
NETWORK_NODES = 14
# With a focus chosen: that partnership and its neighbours, at most this many shapes: every one numbered on the
# ring and named in the key beside it (two columns), all at 18 px in the projected frame at 1280x720.
FOCUS_NODES = 16
# The overlap heatmap's K on a projector: every label and every number in a cell readable at
# 1280x720, the whole square in view under the finding (cells of 30 px, see views/overlap.py).
HEATMAP_K = 10
# Ranked lists on a slide: the first few, as cards.
LIST_ROWS = 3


@dataclass(frozen=True)
class Slide:
    """One step of the story: which page, its place, the finding and the host's notes in both languages."""

    page: str
    n: int
    total: int
    title: str
    notes: dict[str, str]  # language -> notes, every language of the catalogue
    evidence: Evidence | None = None  # what the finding rests on
    rests_on: str = ""  # the same in words, in the slide's language

    def to_json(self, tr: Translator) -> dict[str, Any]:
        return {"page": self.page, "n": self.n, "total": self.total, "title": self.title, "notes": self.notes,
                "evidence": self.evidence.to_json(tr) if self.evidence else None, "rests_on": self.rests_on}


def _count(value: float) -> str:
    return f"{value:,.0f}"


# -- the findings, one per step, from the step's answer ----------------------------------------
def overview_facts(res: OverviewAnswer) -> dict[str, Any]:
    return {"partnerships": f"{res.partnerships:,}", "meetings": f"{res.meetings:,}",
            "hours": _count(res.person_hours), "date": res.period[1], "pairs": f"{res.duplicate_pairs:,}",
            "saved": _count(res.hours_saved), "merges": f"{res.merges:,}", "boards": f"{res.own_boards:,}",
            "subgroups": f"{res.own_subgroups:,}", "wider": f"{res.wider:,}"}


def overview_finding(res: OverviewAnswer, tr: Translator) -> str:
    """'35 partnerships met 172 times in the year to 2025-06-30: 1,958 person-hours round the table.'"""
    return tr("workshop.finding.overview", **overview_facts(res))


def network_facts(res: NetworkAnswer) -> dict[str, Any]:
    facts: dict[str, Any] = {"partnerships": f"{res.partnerships:,}", "organisations": f"{res.organisations:,}",
                             "posts": f"{res.posts:,}", "a": "", "b": "", "shared": 0, "boards": f"{res.own_boards:,}",
                             "subgroups": f"{res.own_subgroups:,}", "wider": f"{res.wider:,}"}
    shared = [e for e in res.edges if e.rel == "SHARED"]
    if shared:
        names = {n.key: n.short_label for n in res.nodes}
        top = max(shared, key=lambda e: (e.weight, -len(names.get(e.a, "")), e.a, e.b))
        facts.update(a=names.get(top.a, top.a), b=names.get(top.b, top.b), shared=top.weight)
    return facts


def focus_facts(res: NetworkAnswer, tr: Translator) -> dict[str, Any]:
    """What a focused picture draws: the focus, and the shapes one step (or two) from it, counted by kind."""
    centre = next((n for n in res.nodes if n.distance == 0), None)
    around = [n for n in res.nodes if n.distance]
    return {"name": centre.label if centre else "", "hidden": f"{res.hidden:,}",
            **{k: counted(k, sum(1 for n in around if n.kind == kind), tr) for k, kind in (
                ("partnerships", "partnership"), ("organisations", "organisation"), ("posts", "person"))}}


def counted(what: str, n: int, tr: Translator) -> str:
    """'1 partnership', '7 partnerships'; '1 bartneriaeth', '7 o bartneriaethau': the noun as the number takes it."""
    return tr(f"count.{what}.{'one' if n == 1 else 'other'}", n=f"{n:,}")


def network_finding(res: NetworkAnswer, tr: Translator) -> str:
    """The landscape's size, and (in the partnerships picture) the two that share the most members; with a focus,
    what is drawn round it (the picture on the screen, not the whole landscape)."""
    if res.empty_reason:
        return res.empty_reason
    if res.view == "ego":
        facts = focus_facts(res, tr)
        sentence = tr("workshop.finding.network_focus" if res.radius < 2 else "workshop.finding.network_focus_2", **facts)
        return sentence + (" " + tr("workshop.finding.network_focus_more", **facts) if res.hidden else "")
    facts = network_facts(res)
    sentence = tr("workshop.finding.network", **facts)
    if facts["shared"]:
        sentence += " " + tr("workshop.finding.network_pair", **facts)
    return sentence


def overlap_finding(res: OverlapAnswer, tr: Translator) -> str:
    """The top pair: 'A and B share 9 of their 12 member organisations.' (the overlap answer's own headline)."""
    return res.headline or res.empty_reason or ""


def meetings_facts(res: MeetingsAnswer) -> dict[str, Any]:
    return {"pairs": f"{res.duplicates.total:,}", "saved": _count(res.hours_saved), "merges": f"{len(res.plan):,}",
            "days": res.choices.get("window_days", 7), "meetings": f"{res.meetings:,}",
            "hours": _count(res.person_hours)}


def meetings_finding(res: MeetingsAnswer, tr: Translator) -> str:
    """How many meetings near-duplicate each other, and the person-hours meeting once would save."""
    if res.empty_reason:
        return res.empty_reason
    if not res.duplicates.total:
        return res.duplicates.empty_reason or tr("workshop.finding.meetings_none", **meetings_facts(res))
    return tr("workshop.finding.meetings", **meetings_facts(res))


def assessment_finding(res: AssessmentAnswer, tr: Translator) -> str:
    """The latest self-assessment's mean (the assessment answer's own sentence)."""
    if res.empty_reason or not res.sentences:
        return res.empty_reason or ""
    opened = tr("assessment.opened").split("{", 1)[0]  # the sentence saying which partnership it opened on
    latest = [s for s in res.sentences if not (opened and s.startswith(opened))]
    return latest[0] if latest else res.sentences[-1]


FINDINGS: dict[str, Callable[[Any, Translator], str]] = {
    "overview": overview_finding, "network": network_finding, "overlap": overlap_finding,
    "meetings": meetings_finding, "assessment": assessment_finding,
}
# What each step's finding rests on, from the step's answer (None where the answer states none).
EVIDENCE: dict[str, Callable[[Any], Evidence | None]] = {
    "overview": lambda res: res.evidence.get("landscape"),
    "network": lambda res: res.evidence,
    "overlap": lambda res: res.evidence,
    "meetings": lambda res: res.evidence.get("duplicates") if res.duplicates.total else res.evidence.get("meetings"),
    "assessment": lambda res: res.evidence,
}
FACTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "overview": overview_facts, "network": network_facts, "meetings": meetings_facts,
}


def slide(page: str, res: Any, lang: str) -> Slide:
    """A step's slide from its answer: the finding in ``lang`` (the answer's language), notes in every language."""
    evidence = EVIDENCE[page](res) if page in EVIDENCE else None
    tr = translator(lang)
    title = FINDINGS[page](res, tr)
    rests_on = evidence.words(tr) if evidence is not None else ""
    values = FACTS[page](res) if page in FACTS else {}
    notes = {code: translator(code)(f"workshop.notes.{page}", **values) for code in LANGUAGES}
    return Slide(page, STEPS.index(page) + 1, len(STEPS), title, notes, evidence, rests_on)


# -- the whole story: the one function the app's presenter view, the pack and the command line build from ----------
@dataclass(frozen=True)
class Step:
    """One step of the story: the answer its visual is drawn from, and its slide (the finding said over it)."""

    page: str
    answer: Any
    slide: Slide


def step_choices(page: str, choices: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A step's answer choices: the host's, with the projector's settings laid over them.

    The one place those settings live, so the app's slide and the pack's cannot drift: the network's size
    (14 partnerships, or a focus and at most 15 neighbours), the heatmap's K, no merge on the meetings step.
    """
    out = dict(choices or {})
    if page == "network":
        out["max_nodes"] = FOCUS_NODES if out.get("focus") else NETWORK_NODES
        out["radius"] = int(out.get("radius") or 1)
    elif page == "overlap":
        out["k"] = HEATMAP_K
    elif page == "meetings":
        out["merge"] = None
    return out


def story_choices(choices: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Every step's choices: the overview counts near-duplicate meetings by the rule the meetings step uses."""
    out = {page: dict((choices or {}).get(page) or {}) for page in STEPS}
    rule = {k: v for k, v in out["meetings"].items() if k in ("window_days", "min_jaccard")}
    out["overview"] = {**rule, **out["overview"]}
    return {page: step_choices(page, c) for page, c in out.items()}


def step(db: Reader, ctx: Context, page: str, choices: Mapping[str, Any] | None = None) -> Step:
    """One step: its answer asked with the workshop's settings (``choices`` as story_choices gives them), its slide."""
    from tirlun.answers import ANSWERS

    ctx = ctx.with_(workshop=True)
    res = ANSWERS[page](db, ctx, **step_choices(page, choices))
    return Step(page, res, slide(page, res, ctx.lang))


def story(db: Reader, ctx: Context, choices: Mapping[str, Mapping[str, Any]] | None = None) -> list[Step]:
    """Every step, in order, with the host's choices (page -> that answer's choices; a page left out: its defaults)."""
    every = story_choices(choices)
    return [step(db, ctx, page, every[page]) for page in STEPS]


# -- Wales: a step the host can add after the five, the regions side by side (the Compare answer) ----------
WALES_STEP = "compare"


def compare_facts(res: Any) -> dict[str, Any]:
    """The regions compared, and which spends the most and the least person-hours per 10,000 residents (where known)."""
    known = [r for r in res.regions if r.values.get("hours_per_10k") is not None]
    ranked = sorted(known, key=lambda r: (-r.values["hours_per_10k"], r.name))
    top, low = (ranked[0], ranked[-1]) if ranked else (None, None)
    return {"n": len(res.regions), "date": res.as_of.isoformat(), "known": len(known),
            "top": top.name if top else "", "top_hours": top.shown["hours_per_10k"] if top else "",
            "low": low.name if low else "", "low_hours": low.shown["hours_per_10k"] if low else ""}


def compare_finding(res: Any, tr: Translator) -> str:
    """'Across 2 regions on 2025-06-30, A spends the most time round the table: 0.5 person-hours per 10,000...'"""
    if res.empty_reason:
        return str(res.empty_reason)
    facts = compare_facts(res)
    return tr("compare.finding" if facts["known"] > 1 else "compare.finding_unknown", **facts)


FINDINGS[WALES_STEP] = compare_finding
FACTS[WALES_STEP] = compare_facts


def wales_slide(res: Any, lang: str, n: int = len(STEPS) + 1, total: int = len(STEPS) + 1) -> Slide:
    """The Wales step (``res``: the Compare answer), numbered where the host puts it (by default after the five)."""
    tr = translator(lang)
    title = compare_finding(res, tr)
    values = compare_facts(res)
    notes = {code: translator(code)("compare.notes", **values) for code in LANGUAGES}
    # what the comparison rests on: every region's own rows (partnerships, memberships, meetings)
    evidence = sum((r.sourced for r in res.regions), Evidence(0, 0, "rows"))
    rests_on = evidence.words(tr)
    return Slide(WALES_STEP, n, total, title, notes, evidence, rests_on)
