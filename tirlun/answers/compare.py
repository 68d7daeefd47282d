"""Compare: the regions side by side on one date, with the same indicators, each with its rule.

Why: a coordinator who loaded a second region compared the two by hand and found the figures were not
like for like (national bodies and neighbours counted as the region's own, dates that differed, unknown
terms of reference counted as no). Here every region (an Area of kind region that is a current RPB
footprint) is measured on the same date by the same rules: its own boards, its own sub-groups and wider
bodies counted apart (by footprint, compare_regions.cypher), and every other figure about its own
partnerships. One grouped query gives most figures for every region at once; the near-duplicate meetings,
statutory gaps and data findings reuse the Meetings, Governance and Silos questions, one bounded call per
region, asked together. The page, ``tirlun answer compare``, the pack's comparison slide and the
workshop's Wales step all read this answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tirlun.answers import silos as silos_answer
from tirlun.answers import stored
from tirlun.answers.base import Context, Reader, Table
from tirlun.answers.evidence import Evidence
from tirlun.answers.meetings import duplicate_question, merge_plan
from tirlun.i18n import Translator

LIMIT = 50
CLASSES = ("own_board", "own_subgroup", "wider")
# indicator -> the page a cell opens for that region (views/nav.py PAGES names)
PAGES: dict[str, str] = {
    "population": "overview", "own_boards": "overview", "own_subgroups": "overview", "wider": "overview",
    "meetings": "meetings", "person_hours": "meetings", "hours_per_10k": "meetings",
    "duplicate_pairs": "meetings", "hours_saved": "meetings", "overlap_index": "overlap",
    "terms_of_reference": "governance", "statutory_gaps": "governance", "data_findings": "silos",
    "last_updated": "overview", "illustrative": "overview",
}


@dataclass(frozen=True)
class Indicator:
    """One row of the comparison: its key, its label and the rule behind it (the page's help), in ctx.lang."""

    key: str
    label: str
    rule: str
    page: str


@dataclass
class Region:
    """One region's column: the raw figures (``values``) and the same figures as shown (``shown``)."""

    id: str
    name: str
    local_authorities: list[str]  # names, in ctx.lang
    local_authority_ids: list[str]  # the same areas' ids (the map's council areas)
    population: int | None
    population_years: list[int]
    values: dict[str, Any]
    shown: dict[str, str]
    sourced: Evidence  # how many of its own partnerships' rows (partnership, memberships, meetings) are sourced
    # what each figure rests on (indicator key -> the rows behind it, how many sourced), and the same in words
    evidence: dict[str, Evidence] = field(default_factory=dict)
    rests_on: dict[str, str] = field(default_factory=dict)


@dataclass
class CompareAnswer:
    as_of: dt.date
    period: tuple[str, str]
    indicators: list[Indicator]
    regions: list[Region]
    total: int  # regions found (the columns are the first LIMIT, by name)
    table: Table  # one row per indicator: its label, then one column per region id (as shown): the CSV and the slide
    empty_reason: str | None
    rule: str  # which regions, and what counts as a region's own
    sentences: list[str] = field(default_factory=list)


def per_10k(hours: float, population: int | None) -> float | None:
    """Person-hours a year per 10,000 residents; None when the population is not known."""
    return hours / population * 10_000 if population else None


def _num(value: float | None, digits: int = 0, *, tr: Translator) -> str:
    if value is None:
        return tr("compare.not_known")
    return f"{value:,.{digits}f}"


def _by_kind(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        out.setdefault(str(r["kind"]), dict.fromkeys(CLASSES, 0))[str(r["class"])] = int(r["n"])
    return out


def _kind_key(kind: str) -> str:
    return f"kind:{kind}"


def _silo_key(kind: str) -> str:
    return f"silo:{kind}"


def answer(db: Reader, ctx: Context, *, limit: int = LIMIT) -> CompareAnswer:
    """Every region's column on ``ctx.as_of`` (``ctx.region`` does not narrow it: a comparison is of them all)."""
    # Every figure comes from findings kept with the graph (tirlun.answers.stored), asked as each region's own pages
    # ask them (the same choices, so the same kept sets): one computation per graph version, then reads.
    rows = stored.query_rows(db, "compare_regions", {"as_of": ctx.as_of}, limit)
    ids = [str(r["region_id"]) for r in rows]
    got: dict[str, list[dict[str, Any]]] = {}
    for rid in ids:
        params = {"region": rid, "as_of": ctx.as_of}
        got[f"dup:{rid}"] = stored.query_rows(db, "duplicate_meetings", duplicate_question(ctx.with_(region=rid)), 1)
        got[f"gaps:{rid}"] = stored.query_rows(db, "statutory_gaps", params, 1)
    answered = {rid: silos_answer.answer(db, ctx.with_(region=rid), limit=1, dataset_limit=1) for rid in ids}
    findings = {rid: a.findings_by_kind for rid, a in answered.items()}
    tr = ctx.tr
    kinds = sorted({str(k["kind"]) for r in rows for k in r["by_kind"]})
    silo_kinds = sorted({k for f in findings.values() for k in f})
    regions = [_region(r, got, findings[str(r["region_id"])], kinds, silo_kinds,
                       answered[str(r["region_id"])].evidence_all, tr) for r in rows]
    indicators = _indicators(kinds, silo_kinds, tr)
    table_rows = [{"indicator": i.label, **{reg.id: reg.shown.get(i.key, "") for reg in regions}}
                  for i in indicators]
    start, end = (ctx.year_before.isoformat(), ctx.as_of.isoformat())
    empty = None if regions else tr("compare.empty", as_of=end)
    table = Table(rows=table_rows, total=len(table_rows), limit=None,
                  columns=("indicator", *(reg.id for reg in regions)), empty_reason=empty)
    sentences = [tr("compare.sentence", n=len(regions), date=end)] if regions else []
    return CompareAnswer(as_of=ctx.as_of, period=(start, end), indicators=indicators, regions=regions,
                         total=int(rows[0]["total"]) if rows else 0, table=table, empty_reason=empty,
                         rule=tr("compare.rule"), sentences=sentences)


def _indicators(kinds: list[str], silo_kinds: list[str], tr: Translator) -> list[Indicator]:
    def ind(key: str, rule_key: str | None = None, name: str | None = None, page: str | None = None) -> Indicator:
        base = rule_key or key
        return Indicator(key, name or tr(f"compare.indicator.{key}"), tr(f"compare.rule.{base}"), page or PAGES[base])

    out = [ind("population"), ind("own_boards"), ind("own_subgroups"), ind("wider")]
    out += [ind(_kind_key(k), "by_kind", tr("compare.indicator.by_kind", kind=tr.label("partnership_kind", k)), "overview")
            for k in kinds]
    out += [ind(k) for k in ("meetings", "person_hours", "hours_per_10k", "duplicate_pairs", "hours_saved",
                             "overlap_index", "terms_of_reference", "statutory_gaps")]
    out.append(ind("data_findings"))
    out += [ind(_silo_key(k), "data_findings", tr("compare.indicator.silo", kind=tr(f"silos.kind.{k}"))) for k in silo_kinds]
    out += [ind("last_updated"), ind("illustrative")]
    return out


def _evidence(r: dict[str, Any], dup: list[dict[str, Any]], gaps: list[dict[str, Any]], data: Evidence,
              kinds: list[str], silo_kinds: list[str]) -> dict[str, Evidence]:
    """What each figure rests on: the partnerships counted, the meetings, the attendance records behind the hours,
    the memberships behind the overlap index, the rows behind the statutory gaps and the datasets behind the data
    findings (as the Meetings, Governance and Silos pages count them). Residents, dates and the illustrative
    share itself rest on the reference or are the evidence, so they carry none."""
    def ev(sourced: Any, total: Any, unit: str) -> Evidence:
        return Evidence(int(sourced or 0), int(total or 0), unit)

    counted = ev(r["counted_sourced"], int(r["own_boards"]) + int(r["own_subgroups"]) + int(r["wider"]), "partnerships")
    own = ev(r["own_sourced"], int(r["own_boards"]) + int(r["own_subgroups"]), "partnerships")
    attendance = ev(r["attendance_sourced"], r["attendance"], "attendance")
    pairs = ev(dup[0]["meetings_sourced"], dup[0]["meetings_total"], "meetings") if dup else ev(0, 0, "meetings")
    out = {"own_boards": counted, "own_subgroups": counted, "wider": counted, "terms_of_reference": own,
           "meetings": ev(r["meetings_sourced"], r["meetings"], "meetings"), "person_hours": attendance,
           "hours_per_10k": attendance, "duplicate_pairs": pairs, "hours_saved": pairs,
           "overlap_index": ev(r["memberships_sourced"], r["memberships"], "memberships"),
           "statutory_gaps": (ev(gaps[0]["evidence_sourced"], gaps[0]["evidence_rows"], "rows") if gaps
                              else ev(0, 0, "rows")),
           "data_findings": data}
    out.update({_kind_key(k): counted for k in kinds})
    out.update({_silo_key(k): data for k in silo_kinds})
    return out


def _region(r: dict[str, Any], got: dict[str, list[dict[str, Any]]], findings: dict[str, int], kinds: list[str],
            silo_kinds: list[str], data_evidence: Evidence, tr: Translator) -> Region:
    rid = str(r["region_id"])
    dup = got.get(f"dup:{rid}") or []
    gaps = got.get(f"gaps:{rid}") or []
    population = int(r["population"]) if r.get("population") is not None else None
    years = [int(y) for y in r.get("population_years") or []]
    hours = float(r["person_hours"] or 0.0)
    by_kind = _by_kind(r["by_kind"])
    sourced = Evidence(int(r["rows_sourced"]), int(r["rows"]), "rows")
    values: dict[str, Any] = {
        "population": population, "population_years": years,
        "own_boards": int(r["own_boards"]), "own_subgroups": int(r["own_subgroups"]), "wider": int(r["wider"]),
        "by_kind": by_kind, "meetings": int(r["meetings"]), "person_hours": hours,
        "hours_per_10k": per_10k(hours, population),
        "duplicate_pairs": int(dup[0]["total"]) if dup else 0,
        # As the Meetings page plans it: each meeting in at most one merge (a maximum-weight matching), not the
        # sum over every pair, in which a meeting in two pairs would be saved twice.
        "hours_saved": merge_plan(dup[0]["plan_edges"] or [])[0] if dup else 0.0,
        "overlap_index": None if r["overlap_index"] is None else float(r["overlap_index"]),
        "board_pairs": int(r["board_pairs"]),
        "terms_of_reference": {"yes": int(r["tor_yes"]), "no": int(r["tor_no"]), "unknown": int(r["tor_unknown"])},
        "statutory_gaps": int(gaps[0]["total"]) if gaps else 0,
        "boards_with_gaps": int(gaps[0]["boards"]) if gaps else 0,
        "data_findings": sum(findings.values()), "findings_by_kind": dict(findings),
        "last_updated": r["last_updated"], "oldest_updated": r["oldest_updated"],
        "rows": sourced.total, "rows_sourced": sourced.sourced,
        "share_illustrative": None if not sourced.total else 1 - sourced.sourced / sourced.total,
    }
    shown = {
        "population": (tr("compare.population", n=f"{population:,}", years="–".join(str(y) for y in
                                                                                  sorted({min(years), max(years)})))
                       if population is not None and years else _num(population, tr=tr)),
        "own_boards": f"{values['own_boards']:,}", "own_subgroups": f"{values['own_subgroups']:,}",
        "wider": f"{values['wider']:,}",
        "meetings": f"{values['meetings']:,}", "person_hours": _num(hours, tr=tr),
        "hours_per_10k": _num(values["hours_per_10k"], 1, tr=tr),
        "duplicate_pairs": f"{values['duplicate_pairs']:,}", "hours_saved": _num(values["hours_saved"], tr=tr),
        "overlap_index": (tr("compare.overlap_value", index=f"{values['overlap_index']:.2f}", pairs=values["board_pairs"])
                          if values["overlap_index"] is not None else tr("compare.no_pairs")),
        "terms_of_reference": tr("compare.tor_value", **values["terms_of_reference"]),
        "statutory_gaps": tr("compare.gaps_value", gaps=values["statutory_gaps"], boards=values["boards_with_gaps"]),
        "data_findings": f"{values['data_findings']:,}",
        "last_updated": (tr("compare.updated_value", last=values["last_updated"].isoformat(),
                           oldest=values["oldest_updated"].isoformat())
                         if values["last_updated"] is not None and values["oldest_updated"] is not None
                         else tr("compare.not_known")),
        "illustrative": (tr("compare.illustrative_value", share=f"{values['share_illustrative']:.0%}",
                           illustrative=sourced.total - sourced.sourced, total=sourced.total)
                         if values["share_illustrative"] is not None else tr("compare.not_known")),
    }
    for k in kinds:
        c = by_kind.get(k, dict.fromkeys(CLASSES, 0))
        shown[_kind_key(k)] = tr("compare.by_kind_value", own=c["own_board"], sub=c["own_subgroup"], wider=c["wider"])
    for k in silo_kinds:
        shown[_silo_key(k)] = f"{findings.get(k, 0):,}"
    names = r["local_authorities_cy"] if tr.lang == "cy" else r["local_authorities"]
    evidence = _evidence(r, dup, gaps, data_evidence, kinds, silo_kinds)
    return Region(id=rid, name=tr.pick(r, "name"), local_authorities=list(names or []),
                  local_authority_ids=[str(i) for i in r.get("local_authority_ids") or []], population=population,
                  population_years=years, values=values, shown=shown, sourced=sourced, evidence=evidence,
                  rests_on={k: e.words(tr) for k, e in evidence.items()})
