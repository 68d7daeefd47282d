"""The Data and information answer: findings worded from the catalogue with their rule and evidence, bounded tables.

Expected values are worked out by hand from the landscape in test_queries_data.tables() (drawn in its docstring)
and from seed/ctm/*.csv (read here with the csv module, never through the code under test).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from typing import Any

from conftest import SEED
from test_queries_data import AS_OF, tables

from tirlun.answers.base import Context
from tirlun.answers.evidence import Evidence
from tirlun.answers.jsonable import jsonable
from tirlun.answers.silos import all_datasets, all_findings, all_flows, answer
from tirlun.database import Database
from tirlun.i18n import catalogue

EN = Context(region=None, as_of=AS_OF, lang="en")
CY = Context(region=None, as_of=AS_OF, lang="cy")


def test_sentences_rules_and_evidence(load_tables: Callable[..., Database]) -> None:
    # The 8 findings of test_the_three_kinds_by_hand: 5 unused assessments, 1 duplicate pair, 2 unrecorded flows.
    db = load_tables(tables())
    res = answer(db, EN, limit=3)
    assert res.findings_by_kind == {"unused_assessment": 5, "duplicate_assessment": 1, "personal_flow_unrecorded": 2}
    assert (res.findings_total, len(res.findings), res.findings.total, res.findings.truncated) == (8, 3, 8, True)
    first = res.findings.rows[0]
    en = catalogue("en")
    assert first["reason"] == (
        "'Dataset pna', made for Board rpb, does not reach Board psb2, which also works on Care over an overlapping "
        "area and makes its own assessments and plans. " + en["silos.law.wfga_s38"])
    # The law's section is the rule of the first; the others rest on seed 000's finding.
    assert first["rule"] == en["silos.rule.wfga_s38"] and "s.38" in first["rule"]
    assert res.findings.rows[1]["rule"] == en["silos.rule.unused_assessment"]
    # Evidence: pna and psb2 sourced, rpb illustrative -> 2 of 3 rows; the next (pna, rpb, hsg) 1 of 3.
    assert first["evidence"] == Evidence(2, 3, "rows")
    assert first["rests_on"] == "rests on 2 of 3 rows from a public source: illustrative"
    assert res.evidence == Evidence(2 + 1 + 0, 9, "rows")  # the three shown: (2,3) + (1,3) + (0,3)
    assert first["kind_label"] == en["silos.kind.unused_assessment"]
    assert res.chart_rows == [
        {"kind": "unused_assessment", "kind_label": en["silos.kind.unused_assessment"], "findings": 5},
        {"kind": "duplicate_assessment", "kind_label": en["silos.kind.duplicate_assessment"], "findings": 1},
        {"kind": "personal_flow_unrecorded", "kind_label": en["silos.kind.personal_flow_unrecorded"], "findings": 2},
    ]
    # The CLI's JSON carries each finding's evidence (sourced of total) and its words.
    row = jsonable(res)["findings"]["rows"][0]
    assert (row["evidence"]["sourced"], row["evidence"]["total"], row["rests_on"]) == (
        2, 3, "rests on 2 of 3 rows from a public source: illustrative")
    # Each kind's count rests on every finding of that kind, not only the three shown (flags summed by hand in
    # test_queries_data.test_the_three_kinds_by_hand): unused 3 of 15, duplicate 1 of 2, unrecorded 1 of 4.
    by_kind = {"unused_assessment": Evidence(3, 15, "rows"), "duplicate_assessment": Evidence(1, 2, "rows"),
               "personal_flow_unrecorded": Evidence(1, 4, "rows")}
    assert res.evidence_by_kind == by_kind
    assert res.evidence_all == Evidence(5, 21, "rows")
    assert jsonable(res)["evidence_all"]["words"] == "rests on 5 of 21 rows from a public source: illustrative"
    # A chosen kind shows only its findings; the counts by kind, and what they rest on, stay whole.
    dup = answer(db, EN, kind="duplicate_assessment")
    assert len(dup.findings.rows) == 1 and dup.evidence == Evidence(1, 2, "rows")
    assert dup.evidence_by_kind == by_kind and dup.evidence_all == Evidence(5, 21, "rows")


def test_personal_data_is_a_question_and_welsh(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    res = answer(db, CY, kind="personal_flow_unrecorded")
    assert (len(res.findings), res.findings.total) == (2, 2)
    to_org, to_board = res.findings.rows
    assert to_org["reason"] == (
        "Mae data personol 'Dataset cases' (rheolydd: Org la1) yn cyrraedd Org hb heb brotocol wedi'i gofnodi. "
        "I'w wirio: a oes protocol rhannu gwybodaeth neu gytundeb datgelu data WASPI ar ei gyfer?")
    assert to_board["reason"].startswith("Cofnodir bod data personol 'Dataset cases' (rheolydd: Org la1) yn cyrraedd "
                                         "Board rpb, sy'n bartneriaeth ac nid yn rheolydd data")
    assert to_org["rule"] == catalogue("cy")["silos.rule.personal_flow_unrecorded"]
    assert to_org["evidence"] == Evidence(1, 2, "rows") and to_board["evidence"] == Evidence(0, 2, "rows")


def test_no_finding_sends_personal_data_to_a_board_or_asks_an_agreement_of_a_published_document(
        load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    rows = list(all_findings(db, EN))
    assert len(rows) == 8
    for r in rows:
        # Personal data only ever in the question about a recorded flow, and never "should reach" anyone.
        if r["dataset_kind"] == "personal":
            assert r["kind"] == "personal_flow_unrecorded"
        assert "should" not in r["reason"].lower()
        # A published report or aggregate data is never said to lack a sharing agreement or protocol.
        if r["dataset_kind"] != "personal":
            assert "agreement" not in r["reason"].lower() and "protocol" not in r["reason"].lower()


def test_bounded_datasets_and_flows(load_tables: Callable[..., Database]) -> None:
    # Datasets ranked cases, farwba, ... (test_app_datasets_ranked_bounded_with_totals); limit 2 keeps cases, farwba.
    # Their flows: cases -> Board rpb, Org hb (none recorded), Org la1 (its own controller: none recorded), Org pol (ISP).
    db = load_tables(tables())
    res = answer(db, EN, limit=1, dataset_limit=2)
    en = catalogue("en")
    assert (res.datasets_total, res.flows_total, res.personal_flows_unrecorded) == (10, 8, 2)
    assert [r["id"] for r in res.datasets.rows] == ["cases", "farwba"] and res.datasets.total == 10
    assert [(r["kind_label"], r["form_label"], r["controller"]) for r in res.datasets.rows] == [
        (en["data.kind.personal"], en["data.form.data_collection"], "Org la1"),
        (en["data.kind.published"], en["data.form.assessment"], "Org la3")]
    assert [(f["to"], f["protocol"]) for f in res.flows.rows] == [
        ("Board rpb", en["data.protocol_none_recorded"]), ("Org hb", en["data.protocol_none_recorded"]),
        ("Org la1", en["data.protocol_none_recorded"]), ("Org pol", en["data.protocol.waspi_isp"])]
    # A published report's flow says no protocol is needed (ar -> la1), never "none recorded".
    flows = list(all_flows(db, EN))
    assert len(flows) == 8
    assert {f["protocol"] for f in flows if f["dataset"] == "Dataset ar"} == {en["data.protocol_not_needed"]}
    assert [r["id"] for r in all_datasets(db, EN)][:2] == ["cases", "farwba"]


def test_empty_answers_say_why(load_tables: Callable[..., Database]) -> None:
    # Without the personal dataset's unrecorded flows (only its ISP flow kept), that kind is empty and says so.
    t = tables()
    t["dataset_flows"] = [f for f in t["dataset_flows"] if f["dataset_id"] != "cases" or f.get("protocol")]
    db = load_tables(t)
    res = answer(db, EN, kind="personal_flow_unrecorded")
    assert len(res.findings) == 0 and res.findings_by_kind == {
        "unused_assessment": 5, "duplicate_assessment": 1, "personal_flow_unrecorded": 0}
    assert res.findings.empty_reason == catalogue("en")["silos.empty.kind"].format(
        kind=catalogue("en")["silos.kind.personal_flow_unrecorded"])
    # A region with no data at all says so, and what to load.
    none = answer(db, EN.with_(region="nowhere"))
    assert (none.datasets_total, none.findings_total, len(none.findings)) == (0, 0, 0)
    assert none.findings.empty_reason == catalogue("en")["silos.empty.no_data"]
    assert none.datasets.empty_reason and none.flows.empty_reason


def _seed(table: str) -> dict[str, dict[str, str]]:
    with (SEED / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {r.get("id") or f"{r['dataset_id']}>{r['to_id']}": r for r in rows}


def test_on_the_seed(seeded: Database) -> None:
    # Worked out from seed/ctm/*.csv for 2025-06-30.
    # Boards with a current assessment, plan or strategy of their own: ctm-rpb (PNA 2022-27), ctm-psb (WBA, plan
    # 2023-28), ctm-vawdasv (strategy, no period), ctm-housing-support-group (HSG needs 2022-26); the YJS plans
    # ended 2024-03-31 and 2025-03-31, the LRF has a register, the safeguarding board reports.
    # Current assessments: PNA (ctm-rpb), WBA (ctm-psb), HSG needs (housing support group); all cover the three
    # councils. Unused assessments (no flow to the board): HSG->RPB {housing, mental health}, WBA->RPB {health,
    # well-being}, HSG->PSB {housing}, PNA->housing group {mental health}, WBA->housing group {poverty},
    # WBA->VAWDASV {community safety}; PNA->PSB is used (the sourced WFGA s.38 flow). Duplicates: HSG & PNA
    # {mental health}, PNA & WBA {health}. Personal data with no protocol: bcbc-cla-data -> ctmuhb,
    # ctm-da-referrals -> rct-csp.
    res = answer(seeded, Context(region=None, as_of=dt.date(2025, 6, 30), lang="en"), limit=20)
    keys = [(r["kind"], r["dataset_id"], r["other_id"]) for r in res.findings.rows]
    assert keys == [
        ("unused_assessment", "ctm-hsg-needs-2022", "ctm-rpb"),
        ("unused_assessment", "ctm-wba-2022", "ctm-rpb"),
        ("unused_assessment", "ctm-hsg-needs-2022", "ctm-psb"),
        ("unused_assessment", "ctm-pna-2022", "ctm-housing-support-group"),
        ("unused_assessment", "ctm-wba-2022", "ctm-housing-support-group"),
        ("unused_assessment", "ctm-wba-2022", "ctm-vawdasv"),
        ("duplicate_assessment", "ctm-hsg-needs-2022", "ctm-pna-2022"),
        ("duplicate_assessment", "ctm-pna-2022", "ctm-wba-2022"),
        ("personal_flow_unrecorded", "bcbc-cla-data", "ctmuhb"),
        ("personal_flow_unrecorded", "ctm-da-referrals", "rct-csp"),
    ]
    # The PSB's well-being assessment not reaching the RPB: the silo seed 000 names.
    wba = res.findings.rows[1]
    assert wba["reason"].startswith("'Cwm Taf Morgannwg Assessment of Local Well-being 2022', made for Cwm Taf "
                                    "Morgannwg Public Services Board, does not reach")
    # Evidence from the CSVs' illustrative flags: dataset, made-for board, other board.
    datasets, parts, flows = _seed("datasets"), _seed("partnerships"), _seed("dataset_flows")

    def sourced(*rows: dict[str, Any]) -> int:
        return sum(r["illustrative"] == "false" for r in rows)

    assert wba["evidence"] == Evidence(sourced(datasets["ctm-wba-2022"], parts["ctm-psb"], parts["ctm-rpb"]), 3,
                                       "rows")
    cla = res.findings.rows[8]
    assert cla["evidence"] == Evidence(sourced(datasets["bcbc-cla-data"], flows["bcbc-cla-data>ctmuhb"]), 2, "rows")
    # Each kind's count rests on its findings' rows, counted here from the CSVs' flags: six unused assessments on
    # 3 rows each (dataset, the board it was made for, the other board), two duplicates on their 2 datasets, two
    # personal flows on the dataset and the flow. Every one of those 26 rows is illustrative in the seed.
    behind: dict[str, list[dict[str, Any]]] = {}
    for r in res.findings.rows:
        kind, d, other = r["kind"], datasets[r["dataset_id"]], r["other_id"]
        rows = ([d, parts[d["partnership_id"]], parts[other]] if kind == "unused_assessment" else
                [d, datasets[other]] if kind == "duplicate_assessment" else [d, flows[f"{d['id']}>{other}"]])
        behind.setdefault(kind, []).extend(rows)
    assert {k: len(v) for k, v in behind.items()} == {"unused_assessment": 18, "duplicate_assessment": 4,
                                                      "personal_flow_unrecorded": 4}
    assert res.evidence_by_kind == {k: Evidence(sourced(*v), len(v), "rows") for k, v in behind.items()}
    assert res.evidence_all == Evidence(0, 26, "rows")
    # Seed: 23 datasets, 39 flows; 2 flows of personal data with no protocol to another party.
    assert (res.datasets_total, res.flows_total, res.personal_flows_unrecorded) == (23, 39, 2)
    # No published dataset of the seed is asked for an agreement; no personal data is proposed for a board.
    assert all(r["dataset_kind"] == "personal" for r in res.findings.rows if r["kind"] == "personal_flow_unrecorded")
    assert not [r for r in res.findings.rows if r["dataset_kind"] == "personal" and r["kind"] != "personal_flow_unrecorded"]


def test_page_shows_the_answer(seeded: Database, facts: Any) -> None:
    # The page's figures are the answer's (seed: 23 datasets, 39 flows, 2 personal flows with no protocol), and its
    # findings table lists the answer's sentences, rules and evidence in Welsh.
    from app_support import app, metric, no_exception

    at = app("cy", "silos")
    no_exception(at)
    cat = catalogue("cy")
    assert (metric(at, cat["silos.datasets"]), metric(at, cat["silos.flows"]),
            metric(at, cat["silos.flows_unrecorded"])) == ("23", "39", "2")
    region = at.session_state.get("region", None)
    res = answer(seeded, Context(region=region, as_of=facts.as_of, lang="cy"))
    assert metric(at, cat["overview.silo_findings"]) == f"{res.findings_total:,}"
    shown = next(d.value for d in at.dataframe if cat["col.reason"] in d.value.columns)
    assert list(shown[cat["col.reason"]]) == [r["reason"] for r in res.findings.rows]
    assert list(shown[cat["silos.col.rule"]]) == [r["rule"] for r in res.findings.rows]
    assert list(shown[cat["silos.col.rests_on"]]) == [r["rests_on"] for r in res.findings.rows]
    assert shown[cat["silos.col.rests_on"]].iloc[0].startswith("yn seiliedig ar ")
