"""Profiles: everything the page shows about one partnership, organisation or post, bounded.

The page opens on a sensible entity, chosen on the server (``app_entities``, first row): in a
region, the active regional partnership with the most member organisations on the date; the
organisation in the most active partnerships; the post with the most active seats. Every list
(members, seats, structure, data, assessments...) holds at most ``limit`` rows, with its full
length as the table's total; ``section_rows`` gives a whole list for a download, shaped the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tirlun.answers import freshness
from tirlun.answers.base import Context, Download, Reader, Table, first, ranked
from tirlun.answers.evidence import Evidence, from_row
from tirlun.answers.labels import person_label
from tirlun.answers.names import apply_dated_names, dated_names, with_dated_names
from tirlun.i18n import Translator

KINDS = ("partnership", "organisation", "person")
LIMIT = 50  # rows shown in each list
# Each kind's hours figure (catalogue key), which rests on attendance records.
HOURS = {"partnership": "profiles.person_hours_12m", "organisation": "profiles.person_hours_12m", "person": "col.hours"}
PICKER_LIMIT = 50  # entities offered by the picker (search for the rest)

Row = dict[str, Any]


@dataclass(frozen=True)
class Metric:
    """A headline figure: ``key`` is its catalogue key, ``text`` the value as shown."""

    key: str
    label: str
    value: int | float | None
    text: str
    evidence: Evidence | None = None  # the headline count's rows (first metric of each kind), as the profile's own
    rests_on: str = ""


@dataclass(frozen=True)
class Section:
    """One tab: a bounded table and its columns as (row key, catalogue key of its header)."""

    key: str
    title: str
    table: Table
    columns: tuple[tuple[str, str], ...]


FACT_LABELS = {"fact": "col.fact", "value": "col.value"}


@dataclass(frozen=True)
class ProfileAnswer:
    kind: str
    entity: str | None
    default_entity: str | None
    choices: Table  # the picker: id, label, active, active_count
    search: str | None
    found: bool = False  # the profile row exists
    title: str = ""
    metrics: tuple[Metric, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    purpose: str | None = None
    sections: tuple[Section, ...] = ()
    sentences: tuple[str, ...] = ()
    source: str = ""
    rule: str = ""
    empty_reason: str | None = None
    evidence: Evidence | None = None  # what the profile's sentence rests on (its active memberships or seats)
    rests_on: str = ""

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    @property
    def facts_table(self) -> Table:
        """The profile's facts (kind, level, sector...) as a two-column table."""
        rows = [{"fact": k, "value": v} for k, v in self.facts]
        return Table(rows=rows, total=len(rows), columns=("fact", "value"), labels=FACT_LABELS)


def answer(db: Reader, ctx: Context, *, kind: str = "partnership", entity: str | None = None,
           search: str | None = None, limit: int = LIMIT, picker_limit: int = PICKER_LIMIT) -> ProfileAnswer:
    """The profile of ``entity`` (default: the first the picker ranks) with its lists cut to ``limit`` rows."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    search = (search or "").strip() or None
    tr = ctx.tr
    listed = db.read("app_entities", {"kind": kind, "region": ctx.region, "as_of": ctx.as_of, "search": search,
                                     "limit": picker_limit})
    if kind == "organisation":  # the picker names organisations as they were on the day, like the profile
        with_dated_names(db, ctx.as_of, listed, "id", {"name_en": "name_en", "name_cy": "name_cy"})
    choices = ranked([{**r, "label": entity_label(kind, r, ctx.workshop, tr)} for r in listed], picker_limit,
                     ("id", "label", "active", "active_count"),
                     empty_reason=_no_choices(kind, ctx, search))
    default = choices.rows[0]["id"] if choices.rows else None
    chosen = entity or default
    rule = tr("profiles.rule", n=picker_limit, limit=limit)
    base: dict[str, Any] = {"kind": kind, "default_entity": default, "choices": choices, "search": search, "rule": rule}
    if chosen is None:
        return ProfileAnswer(entity=None, empty_reason=choices.empty_reason, **base)
    p = first(db.read(f"profile_{kind}", {"id": chosen, "as_of": ctx.as_of, "limit": limit}))
    if not p:
        return ProfileAnswer(entity=chosen, empty_reason=tr("profiles.not_found_id", id=chosen), **base)
    dated(db, ctx, kind, p)
    evidence = from_row(p, "seats" if kind == "person" else "memberships", "evidence_sourced", "evidence_total")
    build = {"partnership": _partnership, "organisation": _organisation, "person": _person}[kind]
    parts: dict[str, Any] = build(p, ctx, limit)
    # The headline count (active members, active partnerships, active seats) is what the evidence counts the rows
    # of: it carries them too, so the JSON says beside the figure what it rests on.
    # The meetings in the year rest on those meetings (how many are sourced, counted by the same query).
    # The hours rest on the attendance records they add up.
    held = from_row(p, "meetings", "meetings_sourced_12m", "meetings_12m")
    present = from_row(p, "attendance", "attendance_sourced_12m", "attendance_12m")
    behind = {"profiles.meetings_12m": held, HOURS[kind]: present}
    if kind == "partnership":  # its seats beside its members: the seat rows (a post's own seats are its headline)
        behind["profiles.active_seats"] = from_row(p, "seats", "seats_sourced", "seats_total")
    if kind == "person":  # apologies are attendance records too
        behind["profiles.apologies_12m"] = from_row(p, "attendance", "apologies_sourced_12m", "apologies_12m")
    parts["metrics"] = tuple(
        dataclasses.replace(m, evidence=evidence, rests_on=evidence.words(tr)) if i == 0 else
        dataclasses.replace(m, evidence=behind[m.key], rests_on=behind[m.key].words(tr)) if m.key in behind else m
        for i, m in enumerate(parts["metrics"]))
    opened = ([tr(f"profiles.opened.{kind}", name=parts["title"], n=choices.rows[0]["active_count"],
                 date=ctx.as_of.isoformat())] if entity is None and choices.rows else [])
    source = tr("profiles.source", source=p.get("source") or "–", as_of=p.get("source_as_of") or "–")
    if p.get("illustrative"):
        source += " " + tr("profiles.illustrative")
    fresh = freshness.sentence(db, ctx, str(chosen)) if kind == "partnership" else None
    said = (*opened, *parts["sentences"], *([fresh] if fresh else []))
    return ProfileAnswer(entity=chosen, found=True, source=source, **{**parts, "sentences": said},
                         evidence=evidence, rests_on=evidence.words(tr), **base)


def dated(db: Reader, ctx: Context, kind: str, p: Row) -> None:
    """The profile's organisations named as they were on ctx.as_of (tirlun.answers.names), in place."""
    if kind == "organisation":
        ids = [str(p["id"])]
    elif kind == "person":
        ids = [str(p.get("organisation_id") or "")]
    else:
        ids = [str(x.get("id")) for key in ("members", "chair", "secretariat") for x in p.get(key) or []]
        ids += [str(s.get("representing") or "") for s in p.get("seats") or []]
    names = dated_names(db, ids, ctx.as_of)
    if not names:
        return
    if kind == "organisation":
        apply_dated_names([p], names)
    elif kind == "person":
        apply_dated_names([p], names, "organisation_id", {"name_en": "organisation_name", "name_cy": "organisation_name_cy"})
    else:
        for key in ("members", "chair", "secretariat"):
            apply_dated_names(p.get(key) or [], names, "id", {"name_en": "name", "name_cy": "name_cy"})
        apply_dated_names(p.get("seats") or [], names, "representing",
                          {"name_en": "representing_name", "label_cy": "representing_name_cy"})


def entity_label(kind: str, row: Mapping[str, Any], workshop: bool, tr: Translator) -> str:
    """A picker row's label in ``tr``'s language: posts by job title (and name only outside workshops)."""
    if kind == "person":
        return person_label(row, workshop, tr)
    return tr.pick(row, "name") or str(row.get("id", ""))


def section_rows(db: Reader, ctx: Context, kind: str, entity: str, key: str) -> tuple[list[Row], tuple[tuple[str, str], ...]]:
    """A whole list of one profile (no limit), shaped as its tab: for a download, generated on click."""
    p = first(db.read(f"profile_{kind}", {"id": entity, "as_of": ctx.as_of, "limit": None}))
    if not p:
        return [], ()
    spec = _SECTIONS[kind][key]
    return spec.rows(p, ctx.workshop, ctx.tr), spec.columns


@dataclass(frozen=True)
class SectionRows:
    """A profile's whole row (profile_{kind}, no limit) as one tab's rows: a section's full-list download."""

    kind: str
    key: str
    workshop: bool

    def __call__(self, rows: list[Row], tr: Translator) -> list[Row]:
        spec = _SECTIONS[self.kind][self.key]
        return [r for p in rows if p for r in spec.rows(p, self.workshop, tr)]


# -- sections -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Spec:
    title: str  # catalogue key
    lists: tuple[str, ...]  # the profile row's lists (and ``counts`` keys) the tab is made of
    rows: Callable[[Row, bool, Translator], list[Row]]
    columns: tuple[tuple[str, str], ...]  # (row key, catalogue key)
    source_file: str


def yes_no(value: Any, tr: Translator) -> str:
    return tr("common.unknown") if value is None else tr("common.yes") if value else tr("common.no")


def _text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _tagged(p: Row, parts: tuple[tuple[str, str], ...], tr: Translator) -> list[Row]:
    return [{"rel": tr(tag), **x, "label": tr.pick(x, "name") or str(x.get("id", ""))}
            for key, tag in parts for x in p.get(key) or []]


def _members(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**m, "label": tr.pick(m, "name"), "role": tr.label("role", m.get("role")),
             "org_type": tr.label("org_type", m.get("org_type")), "active": yes_no(m.get("active"), tr)}
            for m in p.get("members") or []]


def _seats(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**s, "label": person_label({**s, "short_name": s.get("representing_name"),
                                         "short_name_cy": s.get("representing_name_cy")}, workshop, tr),
             "role": tr.label("role", s.get("role")), "active": yes_no(s.get("active"), tr)} for s in p.get("seats") or []]


_STRUCTURE = (("parent", "profiles.parent"), ("subgroups", "profiles.subgroup"), ("reports_to", "governance.reports_to"),
              ("reported_to_by", "profiles.reported_to_by"), ("predecessors", "profiles.predecessor"),
              ("successors", "profiles.successor"), ("chair", "profiles.chair"), ("secretariat", "profiles.secretariat"))
# Catalogue groups of the dataset codes (keys data.kind.*, data.protocol.*).
_KIND, _PROTOCOL = "kind", "protocol"
_DATA = (("datasets_produced", "profiles.produced"), ("datasets_received", "profiles.received"))


def _data(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**r, "protocol": tr.label(f"data.{_PROTOCOL}", r["protocol"]) if r.get("protocol") else "–"} for r in _tagged(p, _DATA, tr)]


def _assessments(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**a, "mean_score": round(float(a["mean_score"]), 2) if a.get("mean_score") is not None else None}
            for a in p.get("assessments") or []]


def _memberships(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**m, "label": tr.pick(m, "name"), "kind": tr.label("partnership_kind", m.get("kind")),
             "role": tr.label("role", m.get("role")), "active": yes_no(m.get("active"), tr)} for m in p.get("memberships") or []]


def _posts(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**x, "label": person_label(x, workshop, tr), "n": len(x.get("seats") or [])} for x in p.get("posts") or []]


def _held(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**d, "label": tr.pick(d, "name"), "kind": tr.label(f"data.{_KIND}", d.get("kind")),
             "flows": len(d.get("flows_to") or [])} for d in p.get("datasets_held") or []]


def _person_seats(p: Row, workshop: bool, tr: Translator) -> list[Row]:
    return [{**s, "label": tr.pick(s, "name"), "role": tr.label("role", s.get("role")),
             "representing_name": s.get("representing_name") or "–", "active": yes_no(s.get("active"), tr)}
            for s in p.get("seats") or []]


_SECTIONS: dict[str, dict[str, _Spec]] = {
    "partnership": {
        "members": _Spec("profiles.members", ("members",), _members,
                         (("label", "col.name"), ("role", "col.role"), ("org_type", "col.org_type"), ("since", "col.since"),
                          ("until", "col.until"), ("active", "col.active")), "memberships.csv"),
        "seats": _Spec("profiles.seats", ("seats",), _seats,
                       (("label", "col.name"), ("role", "col.role"), ("since", "col.since"), ("until", "col.until"),
                        ("active", "col.active")), "seats.csv"),
        "structure": _Spec("profiles.structure", tuple(k for k, _ in _STRUCTURE), lambda p, w, tr: _tagged(p, _STRUCTURE, tr),
                           (("rel", "col.relationship"), ("label", "col.name")), "partnerships.csv"),
        "data": _Spec("profiles.data", tuple(k for k, _ in _DATA), _data,
                      (("rel", "col.relationship"), ("label", "col.dataset"), ("protocol", "silos.col.protocol")),
                      "datasets.csv"),
        "assessments": _Spec("nav.assessment", ("assessments",), _assessments,
                             (("date", "col.date"), ("criteria", "col.criteria"), ("mean_score", "col.mean_score")),
                             "assessments.csv"),
    },
    "organisation": {
        "memberships": _Spec("profiles.memberships", ("memberships",), _memberships,
                             (("label", "col.partnership"), ("kind", "col.kind"), ("role", "col.role"),
                              ("since", "col.since"), ("until", "col.until"), ("active", "col.active")), "memberships.csv"),
        "posts": _Spec("profiles.posts", ("posts",), _posts, (("label", "col.name"), ("n", "col.partnerships")),
                       "people.csv"),
        "data": _Spec("profiles.data", ("datasets_held",), _held,
                      (("label", "col.dataset"), ("kind", "col.kind"), ("flows", "col.flows")), "datasets.csv"),
    },
    "person": {
        "seats": _Spec("profiles.seats", ("seats",), _person_seats,
                       (("label", "col.partnership"), ("role", "col.role"), ("representing_name", "col.representing"),
                        ("since", "col.since"), ("until", "col.until"), ("active", "col.active")), "seats.csv"),
    },
}


def _sections(kind: str, p: Row, ctx: Context, limit: int) -> tuple[Section, ...]:
    """Each tab cut to ``limit`` rows; its total is the sum of its lists' full lengths (``counts``)."""
    tr = ctx.tr
    counts = p.get("counts") or {}
    out = []
    for key, spec in _SECTIONS[kind].items():
        rows = spec.rows(p, ctx.workshop, ctx.tr)
        total = sum(int(counts.get(name, len(p.get(name) or []))) for name in spec.lists)
        cols = spec.columns
        whole = Download(f"profile_{kind}", {"id": p.get("id"), "as_of": ctx.as_of, "limit": None}, dict(cols),
                         SectionRows(kind, key, ctx.workshop), ctx.lang)
        out.append(Section(key, tr(spec.title), Table(rows=rows[:limit], total=total, limit=limit,
                                                     columns=tuple(c for c, _ in cols),
                                                     empty_reason=None if rows else tr("profiles.none_recorded",
                                                                                      file=spec.source_file),
                                                     labels=dict(cols), download=whole), cols))
    return tuple(out)


# -- the three kinds --------------------------------------------------------------------
def _count(value: Any) -> str:
    return f"{int(value or 0):,}"


def _hours(value: Any) -> str:
    return f"{float(value or 0):,.0f}"


def _metric(key: str, value: Any, hours: bool = False, *, tr: Translator) -> Metric:
    return Metric(key, tr(key), value, _hours(value) if hours else _count(value))


def _partnership(p: Row, ctx: Context, limit: int) -> dict[str, Any]:
    tr = ctx.tr
    name = tr.pick(p, "name")
    facts = (("col.kind", tr.label("partnership_kind", p.get("kind"))), ("col.level", tr.label("level", p.get("level"))),
             ("profiles.statutory", yes_no(p.get("statutory"), tr)), ("profiles.active", yes_no(p.get("active"), tr)),
             ("profiles.established", _text(p.get("established"))), ("profiles.dissolved", _text(p.get("dissolved"))),
             ("profiles.terms_of_reference", yes_no(p.get("terms_of_reference"), tr)),
             ("profiles.review_date", _text(p.get("review_date"))),
             ("profiles.frequency", tr.label("frequency", p["meeting_frequency"]) if p.get("meeting_frequency") else "–"),
             ("profiles.next_meeting", _text(p.get("next_meeting"))),
             ("profiles.missing_types", ", ".join(tr.label("org_type", x) for x in p.get("missing_member_types") or []) or "–"))
    date = ctx.as_of.isoformat()
    if p.get("active"):
        said = tr("profiles.says.partnership", name=name, members=_count(p["active_members"]),
                 seats=_count(p["active_seats"]), date=date, meetings=_count(p["meetings_12m"]),
                 hours=_hours(p["person_hours_12m"]))
    else:
        said = tr("profiles.says.partnership_inactive", name=name, date=date,
                 established=_text(p.get("established")), dissolved=_text(p.get("dissolved")))
    return {
        "title": name,
        "metrics": (_metric("profiles.active_members", p.get("active_members"), tr=tr),
                    _metric("profiles.active_seats", p.get("active_seats"), tr=tr),
                    _metric("profiles.meetings_12m", p.get("meetings_12m"), tr=tr),
                    _metric("profiles.person_hours_12m", p.get("person_hours_12m"), hours=True, tr=tr)),
        "facts": tuple((tr(k), v) for k, v in facts),
        "purpose": tr.pick(p, "purpose") or None,
        "sections": _sections("partnership", p, ctx, limit),
        "sentences": (said,),
    }


def _organisation(p: Row, ctx: Context, limit: int) -> dict[str, Any]:
    tr = ctx.tr
    name = tr.pick(p, "name")
    facts = (("col.sector", tr.label("sector", p.get("sector"))), ("col.org_type", tr.label("org_type", p.get("org_type"))),
             ("profiles.statutory", yes_no(p.get("statutory"), tr)),
             ("profiles.areas", ", ".join(tr.pick(a, "name") for a in p.get("areas") or []) or "–"))
    return {
        "title": name,
        "metrics": (_metric("profiles.active_partnerships", p.get("active_partnerships"), tr=tr),
                    _metric("profiles.meetings_12m", p.get("meetings_12m"), tr=tr),
                    _metric("profiles.person_hours_12m", p.get("meeting_hours_12m"), hours=True, tr=tr)),
        "facts": tuple((tr(k), v) for k, v in facts),
        "sections": _sections("organisation", p, ctx, limit),
        "sentences": (tr("profiles.says.organisation", name=name, n=_count(p.get("active_partnerships")),
                        date=ctx.as_of.isoformat(), meetings=_count(p.get("meetings_12m")),
                        hours=_hours(p.get("meeting_hours_12m"))),),
    }


def _person(p: Row, ctx: Context, limit: int) -> dict[str, Any]:
    tr = ctx.tr
    title = person_label({"job_title": p.get("job_title"), "job_title_cy": p.get("job_title_cy"),
                          "display_name": p.get("display_name"), "short_name": p.get("organisation_name") or None,
                          "short_name_cy": p.get("organisation_name_cy") or None,
                          "id": p.get("id")}, ctx.workshop, tr)
    return {
        "title": title,
        "metrics": (_metric("profiles.active_seats", p.get("active_seats"), tr=tr),
                    _metric("profiles.meetings_12m", p.get("meetings_12m"), tr=tr),
                    _metric("col.hours", p.get("hours_12m"), hours=True, tr=tr),
                    _metric("profiles.apologies_12m", p.get("apologies_12m"), tr=tr)),
        "sections": _sections("person", p, ctx, limit),
        "sentences": (tr("profiles.says.person", n=_count(p.get("active_seats")), date=ctx.as_of.isoformat(),
                        meetings=_count(p.get("meetings_12m")), hours=_hours(p.get("hours_12m")),
                        apologies=_count(p.get("apologies_12m"))),),
    }


def _no_choices(kind: str, ctx: Context, search: str | None) -> str:
    tr = ctx.tr
    if search:
        return tr("profiles.no_match", search=search)
    return tr(f"profiles.none_in_region.{kind}", region=ctx.region or tr("common.all"))
