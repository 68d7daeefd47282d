"""data_silos and app_datasets on a hand-built graph worked out on paper (information governance, issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import write_input

from tirlun.database import Database
from tirlun.i18n import EN
from tirlun.loader.validate import validate_path

AS_OF = dt.date(2025, 6, 30)
URL = "https://example.org/source"


def tables() -> dict[str, list[dict[str, Any]]]:
    """Boards, footprints, datasets and flows (as_of 2025-06-30), drawn on paper.

    Areas: a1, a2, a3; region big contains a1 and a2 (PART_OF).
    rpb   rpb    a1;a2  {care, health}         planner: pna (assessment, current)
    rpb-sub      sub-group of rpb, a1;a2 {care}
    psb   psb    a1;a2  {well, health}         planner: wba
    psb2  psb    a2     {care}                 planner: plan2 (plan, current)        sourced row
    hsg   other  big    {housing, health}      planner: hna
    far   psb    a3     {well, health}         planner: farwba (no footprint overlap with the others)
    datasets (kind, form, controller, made for, themes, period):
    pna     published assessment  hb   rpb   {care, health}   2022-04-01..2027-03-31   sourced row
    oldpna  published assessment  hb   rpb   {care, health}   2017-04-01..2022-03-31   (not current)
    wba     published assessment  la1  psb   {well, health}   2022-05-01..2027-04-30
    hna     published assessment  la1  hsg   {housing}        2022-04-01..2026-03-31
    farwba  published assessment  la3  far   {well, health}   no period (current)
    plan2   published plan        la1  psb2  {care}           no period
    stats   aggregate data_coll.  la1  psb   {health}         no period
    ar      published report      hb   rpb   {care}           no period
    cases   personal  data_coll.  la1  -     {care}
    refs    personal  data_coll.  pol  -     {safe}
    flows: pna -> psb; wba -> rpb-sub; ar -> org la1; cases -> hb (none recorded, sourced row), cases -> rpb (none),
           cases -> la1 (its own controller), cases -> pol (waspi_isp); refs -> la1 (waspi_dda)
    """
    def org(o: str, org_type: str = "other") -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o}", "sector": "other", "org_type": org_type}

    def part(pid: str, kind: str, areas: str, themes: str, **kw: Any) -> dict[str, Any]:
        return {"id": pid, "name_en": f"Board {pid}", "kind": kind, "areas": areas, "themes": themes, **kw}

    def ds(did: str, kind: str, form: str, controller: str, themes: str, **kw: Any) -> dict[str, Any]:
        return {"id": did, "name_en": f"Dataset {did}", "kind": kind, "form": form, "controller_id": controller,
                "themes": themes, **kw}

    def flow(d: str, to_kind: str, to: str, **kw: Any) -> dict[str, Any]:
        return {"dataset_id": d, "to_kind": to_kind, "to_id": to, **kw}

    return {
        "areas": [{"id": "big", "name_en": "Big", "kind": "region"},
                  {"id": "a1", "name_en": "A1", "kind": "local_authority", "parent_id": "big"},
                  {"id": "a2", "name_en": "A2", "kind": "local_authority", "parent_id": "big"},
                  {"id": "a3", "name_en": "A3", "kind": "local_authority"}],
        "themes": [{"id": t, "name_en": t.title(), "name_cy": f"{t}-cy"}
                   for t in ("care", "health", "well", "housing", "safe")],
        "organisations": [org("hb", "local_health_board"), org("la1", "local_authority"),
                          org("la3", "local_authority"), org("pol", "police_force")],
        "partnerships": [
            part("rpb", "rpb", "a1;a2", "care;health"),
            part("rpb-sub", "rpb", "a1;a2", "care", level="subgroup", subgroup_of="rpb"),
            part("psb", "psb", "a1;a2", "well;health"),
            part("psb2", "psb", "a2", "care", source=URL, illustrative="false"),
            part("hsg", "other", "big", "housing;health"),
            part("far", "psb", "a3", "well;health"),
        ],
        "datasets": [
            ds("pna", "published", "assessment", "hb", "care;health", partnership_id="rpb",
               period_start="2022-04-01", period_end="2027-03-31", source=URL, illustrative="false"),
            ds("oldpna", "published", "assessment", "hb", "care;health", partnership_id="rpb",
               period_start="2017-04-01", period_end="2022-03-31"),
            ds("wba", "published", "assessment", "la1", "well;health", partnership_id="psb",
               period_start="2022-05-01", period_end="2027-04-30"),
            ds("hna", "published", "assessment", "la1", "housing", partnership_id="hsg",
               period_start="2022-04-01", period_end="2026-03-31"),
            ds("farwba", "published", "assessment", "la3", "well;health", partnership_id="far"),
            ds("plan2", "published", "plan", "la1", "care", partnership_id="psb2"),
            ds("stats", "aggregate", "data_collection", "la1", "health", partnership_id="psb"),
            ds("ar", "published", "report", "hb", "care", partnership_id="rpb"),
            ds("cases", "personal", "data_collection", "la1", "care"),
            ds("refs", "personal", "data_collection", "pol", "safe"),
        ],
        "dataset_flows": [
            flow("pna", "partnership", "psb"),
            flow("wba", "partnership", "rpb-sub"),
            flow("ar", "organisation", "la1"),
            flow("cases", "organisation", "hb", source=URL, illustrative="false"),
            flow("cases", "partnership", "rpb"),
            flow("cases", "organisation", "la1"),
            flow("cases", "organisation", "pol", protocol="waspi_isp"),
            flow("refs", "organisation", "la1", protocol="waspi_dda"),
        ],
    }


def test_the_three_kinds_by_hand(load_tables: Callable[..., Database]) -> None:
    # unused_assessment (current product made for P; another active board Q planning on its own, sharing a theme,
    # footprints overlapping, and the product reaching neither Q nor its sub-groups):
    #   pna -> psb2 {care}: a2 shared, no flow; RPB product, PSB user -> the law asks (WFGA s.38)
    #   pna -> hsg {health} (hsg covers big, which holds a1, a2)      not pna -> psb (it flows there)
    #   stats -> hsg, stats -> rpb {health} (aggregate: an intelligence product; psb made it)
    #   wba -> hsg {health}                                            not wba -> rpb (reaches its sub-group)
    #   none for far or farwba (a3 overlaps no one), oldpna (not current), plan2/ar (a plan, a report),
    #   hna (housing: only hsg works on it), cases/refs (personal data is never in this kind)
    # duplicate_assessment: pna & wba {health}; not pna & farwba (no overlap), not with oldpna (not current).
    # personal_flow_unrecorded: cases -> hb, cases -> rpb; not cases -> la1 (its own controller), not the
    #   ISP/DDA flows, and never ar -> la1 (a published report needs no protocol).
    # Order: kind, the law first, most shared themes, dataset id, other id.
    db = load_tables(tables())
    rows = db.read("data_silos", {"as_of": AS_OF})
    assert [(r["kind"], r["dataset_id"], r["other_id"], r["law"]) for r in rows] == [
        ("unused_assessment", "pna", "psb2", "wfga_s38"),
        ("unused_assessment", "pna", "hsg", None),
        ("unused_assessment", "stats", "hsg", None),
        ("unused_assessment", "stats", "rpb", None),
        ("unused_assessment", "wba", "hsg", None),
        ("duplicate_assessment", "pna", "wba", None),
        ("personal_flow_unrecorded", "cases", "hb", None),
        ("personal_flow_unrecorded", "cases", "rpb", None),
    ]
    by = {(r["kind"], r["dataset_id"], r["other_id"]): r for r in rows}
    first = by[("unused_assessment", "pna", "psb2")]
    assert (first["made_for_id"], first["controller_id"], first["themes"], first["themes_cy"]) == (
        "rpb", "hb", ["Care"], ["care-cy"])
    assert by[("duplicate_assessment", "pna", "wba")]["themes"] == ["Health"]
    assert [by[("personal_flow_unrecorded", "cases", o)]["other_kind"] for o in ("hb", "rpb")] == [
        "organisation", "partnership"]
    # The rows each finding rests on: pna (sourced), rpb, psb2 (sourced) -> 2 of 3; pna & wba -> 1 of 2;
    # cases (illustrative) and its flow to hb (sourced) -> 1 of 2; its flow to rpb -> 0 of 2.
    assert [(r["sourced"], r["rows"]) for r in rows] == [(2, 3), (1, 3), (0, 3), (0, 3), (0, 3), (1, 2), (1, 2), (0, 2)]
    assert {(r["total"], r["unused_assessments"], r["duplicate_assessments"], r["unrecorded_flows"])
            for r in rows} == {(8, 5, 1, 2)}
    # What each kind's count rests on, every finding of the kind summed from the flags above (not only those
    # returned): unused 2+1+0+0+0 of 5 x 3 = 3 of 15; duplicate 1 of 2; unrecorded 1+0 of 2+2 = 1 of 4.
    by_kind = [{"kind": "unused_assessment", "rows": 15, "sourced": 3},
               {"kind": "duplicate_assessment", "rows": 2, "sourced": 1},
               {"kind": "personal_flow_unrecorded", "rows": 4, "sourced": 1}]
    assert all(r["evidence_by_kind"] == by_kind for r in rows)
    one = db.read("data_silos", {"as_of": AS_OF, "kind": "personal_flow_unrecorded", "limit": 1})
    assert len(one) == 1 and one[0]["evidence_by_kind"] == by_kind


def test_never_personal_data_towards_a_board_nor_an_agreement_for_a_published_document(
        load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    rows = db.read("data_silos", {"as_of": AS_OF})
    # Personal data appears only as a question about a flow already recorded: never as data a board lacks.
    recorded = {(f["dataset_id"], f["to_id"]) for f in tables()["dataset_flows"]}
    personal = [r for r in rows if r["dataset_kind"] == "personal"]
    assert {r["kind"] for r in personal} == {"personal_flow_unrecorded"}
    assert all((r["dataset_id"], r["other_id"]) in recorded for r in personal)
    # A published or aggregate dataset is never asked for a protocol.
    assert not [r for r in rows if r["kind"] == "personal_flow_unrecorded" and r["dataset_kind"] != "personal"]


def test_bounded_by_kind_and_follows_as_of(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    top = db.read("data_silos", {"as_of": AS_OF, "limit": 2})
    assert [(r["dataset_id"], r["other_id"]) for r in top] == [("pna", "psb2"), ("pna", "hsg")]
    assert {r["total"] for r in top} == {8}
    flows = db.read("data_silos", {"as_of": AS_OF, "kind": "personal_flow_unrecorded", "limit": 1})
    assert [(r["other_id"], r["total"], r["unused_assessments"]) for r in flows] == [("hb", 2, 5)]
    # On 2021-06-30 pna, wba and hna are not yet current and oldpna is. Boards planning on their own then: rpb
    # (oldpna), psb2 (plan2), far (farwba); not psb (stats is a data collection, not a plan) nor hsg (hna not yet).
    # So oldpna -> psb2 (the law asks), stats -> rpb; no two current assessments overlap (farwba: a3).
    old = db.read("data_silos", {"as_of": "2021-06-30"})
    assert [(r["kind"], r["dataset_id"], r["other_id"]) for r in old] == [
        ("unused_assessment", "oldpna", "psb2"), ("unused_assessment", "stats", "rpb"),
        ("personal_flow_unrecorded", "cases", "hb"), ("personal_flow_unrecorded", "cases", "rpb")]


def test_app_datasets_ranked_bounded_with_totals(load_tables: Callable[..., Database]) -> None:
    # Flows: pna 1, wba 1, ar 1, cases 4 (2 personal without protocol to another party), refs 1; the rest 0.
    # Totals: 10 datasets, 8 flows, 2 unrecorded. Ranking: most unrecorded (cases), then fewest flows, then name:
    # farwba, hna, oldpna, plan2, stats (0 flows) before ar, pna, refs, wba (1 flow).
    db = load_tables(tables())
    rows = db.read("app_datasets", {})
    assert [(r["id"], r["flow_count"], r["unrecorded_flows"]) for r in rows] == [
        ("cases", 4, 2), ("farwba", 0, 0), ("hna", 0, 0), ("oldpna", 0, 0), ("plan2", 0, 0), ("stats", 0, 0),
        ("ar", 1, 0), ("pna", 1, 0), ("refs", 1, 0), ("wba", 1, 0)]
    assert {(r["total"], r["flows_total"], r["unrecorded_total"]) for r in rows} == {(10, 8, 2)}
    # Within cases the unrecorded flows come first (by name: Board rpb, Org hb), then Org la1, Org pol.
    assert [(f["to_id"], f["protocol"]) for f in rows[0]["flows"]] == [
        ("rpb", None), ("hb", None), ("la1", None), ("pol", "waspi_isp")]
    assert (rows[0]["kind"], rows[0]["form"], rows[0]["controller_id"]) == ("personal", "data_collection", "la1")
    bounded = db.read("app_datasets", {"limit": 1, "flows_each": 1})
    assert [(r["id"], r["flow_count"], len(r["flows"])) for r in bounded] == [("cases", 4, 1)]


def test_old_dataset_files_are_told_the_new_columns(tmp_path: Path) -> None:
    # A file written before issue 20: holder_id, personal_data and agreement are named with their new columns,
    # and an old kind value (assessment) is told it now belongs in form.
    folder = write_input(tmp_path / "new", tables())
    ds = folder / "datasets.csv"
    ds.write_text(ds.read_text(encoding="utf-8").replace("controller_id", "holder_id", 1), encoding="utf-8")
    fl = folder / "dataset_flows.csv"
    fl.write_text(fl.read_text(encoding="utf-8").replace("protocol,", "agreement,", 1), encoding="utf-8")
    _, problems = validate_path(folder)
    said = {(p.where, p.column): p.say(EN) for p in problems}
    assert "controller_id" in said[("datasets.csv", "holder_id")]
    assert "protocol" in said[("dataset_flows.csv", "agreement")]
    old = tables()
    old["datasets"][0] = {**old["datasets"][0], "kind": "assessment"}
    _, problems = validate_path(write_input(tmp_path / "old-kind", old))
    assert [(p.column, p.value) for p in problems] == [("kind", "assessment")]
    assert "form" in problems[0].say(EN)
