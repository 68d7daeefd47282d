"""The Governance answer: bounded tabs with totals, reporting lines, and statutory gaps that judge only boards.

Expected values are worked out by hand from the landscapes in test_queries_governance (drawn in their
docstrings and comments) and from seed/ctm/*.csv.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from typing import Any

from conftest import SEED
from test_queries_governance import AS_OF, governance_tables, lineage_tables, statutory_tables

from tirlun.answers.base import Context
from tirlun.answers.evidence import Evidence
from tirlun.answers.governance import all_rows, answer
from tirlun.answers.jsonable import jsonable
from tirlun.database import Database
from tirlun.i18n import catalogue

EN = Context(region=None, as_of=AS_OF, lang="en")
CY = Context(region=None, as_of=AS_OF, lang="cy")


def test_statutory_gaps_judge_only_boards(load_tables: Callable[..., Database]) -> None:
    # statutory_tables: boards p1, p4, p5 have 8 gaps (see test_statutory_gaps_by_hand). p6, a sub-group of p1
    # set up under l1 with no members at all, would have 3 gaps and p7 (task-and-finish, l2) 1, but a law sets
    # the membership of the board, not its sub-groups: neither appears, while their parent p1 is judged.
    db = load_tables(statutory_tables())
    res = answer(db, EN, limit=3)
    assert (len(res.gaps), res.gaps.total, res.boards_with_gaps) == (3, 8, 3)
    assert [(r["partnership_id"], r["org_type"], r["status"]) for r in res.gaps.rows] == [
        ("p1", "local_health_board", "invited_only"), ("p1", "police_force", "missing"),
        ("p1", "fire_and_rescue_authority", "missing")]
    every = list(all_rows(db, EN, "gaps"))
    assert len(every) == 8 and not {"p6", "p7"} & {r["partnership_id"] for r in every}
    # Each gap cites its law, with the sections where the data has them.
    first = res.gaps.rows[0]
    assert first["law"] == "Social Services and Well-being (Wales) Act 2014 (anaw 2014/4, ss.134-136)"
    assert res.gaps.rows[2]["law"] == "Fire Act"
    assert (first["label"], first["status_label"], first["invited_text"]) == (
        "Cwm Taf Morgannwg Safeguarding Board", "Invited only, not a member", "Org B")
    assert res.gaps_rule == catalogue("en")["governance.gaps_help"]
    welsh = answer(db, CY, limit=1).gaps.rows[0]
    assert welsh["law"] == "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 (anaw 2014/4, ss.134-136)"
    assert (welsh["label"], welsh["invited_text"]) == ("Bwrdd Diogelu Cwm Taf Morgannwg", "Sefydliad B")


def test_trees_lines_and_findings(load_tables: Callable[..., Database]) -> None:
    # governance_tables: tree rows c8, c7, c0, b1, s2, t3, t9, s4, s5 (9) in 6 trees (test_subgroup_tree_by_hand).
    # Reporting lines, in tree order: c8 -> Board seven, c7 -> Board eight, c0 -> Board zero (REPORTS_TO);
    # s2 -> CTM board, t3 -> Adult practice group, t9 -> CTM board (SUBGROUP_OF); s5 -> Old board (REPORTS_TO).
    # Findings: 2 reports_to_nothing, 2 cycle, 1 past_end_date, 2 no_terms_of_reference, 1 review_overdue = 8.
    db = load_tables(governance_tables())
    res = answer(db, EN)
    assert (len(res.tree), res.tree.total, res.trees) == (9, 9, 6)
    reports, sub = "reports to", "is a sub-group of"
    board = "Cwm Taf Morgannwg Safeguarding Board"
    assert [(r["from"], r["kind"], r["to"]) for r in res.reporting.rows] == [
        ("Board eight", reports, "Board seven"), ("Board seven", reports, "Board eight"),
        ("Board zero", reports, "Board zero"), ("Adult practice group", sub, board),
        ("Audit task group", sub, "Adult practice group"), ("Training task group", sub, board),
        ("Orphan group", reports, "Old board")]
    t3 = next(r for r in res.tree.rows if r["partnership_id"] == "t3")
    assert (t3["path_text"], t3["level_label"]) == (f"{board} › Adult practice group › Audit task group",
                                                    "Task and finish group")
    assert res.findings_by_issue == {"reports_to_nothing": 2, "cycle": 2, "past_end_date": 1,
                                     "no_terms_of_reference": 2, "review_overdue": 1}
    assert res.findings.total == 8
    # No law in this landscape: the gaps tab says why it is empty. Lineage: x6 was dissolved on 2025-01-01.
    assert len(res.gaps) == 0 and res.gaps.empty_reason == catalogue("en")["governance.empty.gaps"].format(
        as_of="2025-06-30")
    assert [(r["event_label"], r["from"], r["date"]) for r in res.lineage.rows] == [
        ("Dissolved", "Old board", dt.date(2025, 1, 1))]
    # A region with nothing in it: every tab says why it is empty.
    none = answer(db, EN.with_(region="nowhere"))
    assert none.tree.empty_reason == catalogue("en")["governance.empty.tree"].format(as_of="2025-06-30")
    assert none.reporting.empty_reason and none.findings.empty_reason and none.lineage.empty_reason
    assert (none.trees, none.boards_with_gaps, none.findings.total) == (0, 0, 0)
    # Welsh: the tree reads in Welsh where names have Welsh forms.
    cy = answer(db, CY)
    assert next(r for r in cy.reporting.rows if r["from"] == "Adult practice group")["to"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert next(r for r in cy.findings.rows if r["partnership_id"] == "s5")["label"] == "Grŵp amddifad"


def test_each_finding_says_what_it_rests_on(load_tables: Callable[..., Database]) -> None:
    # governance_tables with two rows made sourced: x6 (the dissolved board s5 still reports to) and c8 (in the
    # c7-c8 cycle); every other row is illustrative (conftest's provenance). A finding rests on its partnership's
    # row, plus the dissolved groups it points to (reports_to_nothing) or every partnership of the cycle:
    #   reports_to_nothing s4: s4 -> 0 of 1; s5: s5, x6 -> 1 of 2             issue: 1 of 3
    #   cycle c0: c0 -> 0 of 1; c7: c7, c8 -> 1 of 2                         issue: 1 of 3
    #   past_end_date t3 0 of 1; no_terms_of_reference s4, s5 0 of 2; review_overdue s2 0 of 1.
    tables = governance_tables()
    for row in tables["partnerships"]:
        if row["id"] in ("x6", "c8"):
            row.update(source="https://example.org/source", illustrative="false")
    db = load_tables(tables)
    res = answer(db, EN, limit=3)
    assert [(r["partnership_id"], r["evidence"]) for r in res.findings.rows] == [
        ("s4", Evidence(0, 1, "partnerships")), ("s5", Evidence(1, 2, "partnerships")), ("c0", Evidence(0, 1, "partnerships"))]
    assert res.findings.rows[1]["rests_on"] == "rests on 1 of 2 partnerships from a public source: illustrative"
    # Each issue's count rests on every finding of it, not only the three shown.
    assert res.findings_evidence == {
        "reports_to_nothing": Evidence(1, 3, "partnerships"), "cycle": Evidence(1, 3, "partnerships"),
        "past_end_date": Evidence(0, 1, "partnerships"), "no_terms_of_reference": Evidence(0, 2, "partnerships"),
        "review_overdue": Evidence(0, 1, "partnerships")}
    shown = jsonable(answer(db, CY), CY.tr)  # as the CLI writes it: the answer's words in its own language
    assert shown["findings"]["rows"][1]["rests_on"] == "yn seiliedig ar 1 o 2 partneriaeth o ffynhonnell gyhoeddus: enghreifftiol"
    assert shown["findings_evidence"]["cycle"]["words"] == (
        "yn seiliedig ar 1 o 3 partneriaeth o ffynhonnell gyhoeddus: enghreifftiol")


def test_bounded(load_tables: Callable[..., Database]) -> None:
    # limit 2 / tree_limit 4 on the same landscape: exactly that many rows, the totals unchanged.
    db = load_tables(governance_tables())
    res = answer(db, EN, limit=2, tree_limit=4)
    assert [r["partnership_id"] for r in res.tree.rows] == ["c8", "c7", "c0", "b1"]
    assert (res.tree.total, res.tree.truncated) == (9, True)
    assert [(r["issue"], r["partnership_id"]) for r in res.findings.rows] == [
        ("reports_to_nothing", "s4"), ("reports_to_nothing", "s5")]
    assert res.findings.total == 8 and res.findings_by_issue["review_overdue"] == 1
    assert len(list(all_rows(db, EN, "findings"))) == 8 and len(list(all_rows(db, EN, "tree"))) == 9


def test_lineage_tab(load_tables: Callable[..., Database]) -> None:
    # lineage_tables on 2025-06-30: merged a1 -> cc, merged a2 -> cc, dissolved b1, succeeded e1 -> e2 (undated).
    db = load_tables(lineage_tables())
    res = answer(db, EN, limit=3)
    assert [(r["event_label"], r["from"], r["to"]) for r in res.lineage.rows] == [
        ("Merged into", "Cwm Taf Safeguarding Board", "Cwm Taf Morgannwg Safeguarding Board"),
        ("Merged into", "Bridgend Safeguarding Board", "Cwm Taf Morgannwg Safeguarding Board"),
        ("Dissolved", "Ŵyl steering group", None)]
    assert res.lineage.total == 4


def _seed(table: str) -> list[dict[str, str]]:
    with (SEED / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_on_the_seed(seeded: Database) -> None:
    # Worked out by hand from seed/ctm/*.csv on 2025-06-30. Boards set up (legislation) under a law that prescribes
    # members (legislation.csv required_member_types), active that day:
    #   ctm-psb (wfga-2015 s.29(2): LA, LHB, FRA, NRW): bcbc/mtcbc/rctcbc, ctmuhb, swfrs, nrw statutory: none.
    #   ctm-josc, ccr-josc (lgwm-2011 s.58: LA): the councils are members: none. ccr-cjc (sew-cjc-regs-2021: LA): none.
    #   ctm-rpb (pa-regs-2015 reg 11(1)(a)-(d): LA, LHB): the three councils and ctmuhb since 2019-04-01: none.
    #   (west-glamorgan-rpb is no longer in seed/ctm: it is West Glamorgan's, in seed/wg.)
    #   ctm-safeguarding-board (sswba-2014-pt7 s.134(2), (6)): councils, swp, ctmuhb, wast, probation-wales; but
    #     s.134(2)(d) makes each NHS trust providing services in the area a partner, and organisations.csv has two
    #     serving Wales (wast, phw): phw is no member -> nhs_trust missing, naming Public Health Wales.
    #   bridgend-csp (cda-1998 s.5(1)): bcbc, swp, swfrs, probation-wales, ctmuhb (from 2019-04-01): none.
    #   rct-csp: probation-wales only invited_participant -> probation_service invited_only.
    #   merthyr-csp: swfrs only invited_participant -> fire_and_rescue_authority invited_only, naming swfrs: it serves
    #     south-wales-fire-area (organisations.csv), and area_parents.csv puts merthyr-tydfil in that fire area.
    # Not judged: ctm-apb (no fire authority, but it discharges the s.6 duty), ctm-vawdasv (s.5 duty), the YJS boards,
    # the LRF, sub-groups (ctm-sb-practice-review, ctm-rpb-cyp are set up under no law), dissolved boards.
    res = answer(seeded, Context(region=None, as_of=dt.date(2025, 6, 30), lang="en"), limit=500)
    assert [(r["partnership_id"], r["legislation_id"], r["org_type"], r["status"], r["section"])
            for r in res.gaps.rows] == [
        ("ctm-safeguarding-board", "sswba-2014-pt7", "nhs_trust", "missing", "s.134(2), (6)"),
        ("merthyr-csp", "cda-1998", "fire_and_rescue_authority", "invited_only", "s.5(1)"),
        ("rct-csp", "cda-1998", "probation_service", "invited_only", "s.5(1)"),
    ]
    assert (res.gaps.total, res.boards_with_gaps) == (3, 3)
    assert [(r["body_id"], r["invited_text"]) for r in res.gaps.rows] == [
        ("phw", ""), ("swfrs", "South Wales Fire and Rescue Service (South Wales Fire and Rescue Authority)"),
        ("probation-wales", "Probation Service Wales (formerly National Probation Service Wales)")]
    # Each finding shows the rows it rests on, as the CSVs label them: the CSP row (illustrative: its Welsh name is
    # the seed author's), the cda-1998 row (sourced: s.5(1) on legislation.gov.uk) and the invited membership
    # (illustrative: invented to exercise the check).
    merthyr = res.gaps.rows[1]
    assert [(e["table"], e["key"], e["illustrative"]) for e in merthyr["evidence"]] == [
        ("partnerships", "merthyr-csp", True), ("legislation", "cda-1998", False),
        ("organisations", "swfrs", next(o for o in _seed("organisations") if o["id"] == "swfrs")["illustrative"] == "true"),
        ("memberships", "swfrs / merthyr-csp / invited_participant", True)]
    law = next(r for r in _seed("legislation") if r["id"] == "cda-1998")
    assert merthyr["evidence"][1]["source"] == law["source"]
    # The gap count and boards with gaps rest on every gap's rows, flags read here from the CSVs: the board, the law,
    # the body named, and the invited memberships (the safeguarding board's gap is a missing member: no membership).
    def row(table: str, **key: str) -> dict[str, str]:
        return next(r for r in _seed(table) if all(r[k] == v for k, v in key.items()))

    behind = [row("partnerships", id="ctm-safeguarding-board"), row("legislation", id="sswba-2014-pt7"),
              row("organisations", id="phw"),
              row("partnerships", id="merthyr-csp"), row("legislation", id="cda-1998"), row("organisations", id="swfrs"),
              row("memberships", organisation_id="swfrs", partnership_id="merthyr-csp", role="invited_participant"),
              row("partnerships", id="rct-csp"), row("legislation", id="cda-1998"),
              row("organisations", id="probation-wales"),
              row("memberships", organisation_id="probation-wales", partnership_id="rct-csp", role="invited_participant")]
    assert res.gaps_evidence == Evidence(sum(r["illustrative"] == "false" for r in behind), 11, "rows")
    assert sum(len(r["evidence"]) for r in res.gaps.rows) == 11
    # lineage: bridgend-psb and cwm-taf-psb merged into ctm-psb on 2023-05-18; the Cwm Taf RPB became the CTM RPB on
    # 2019-04-01. (Western Bay -> West Glamorgan RPB is in seed/wg now, not in partnerships.csv of seed/ctm.)
    merged = [(r["from_id"], r["to_id"]) for r in res.lineage.rows if r["event"] == "merged"]
    assert ("bridgend-psb", "ctm-psb") in merged and ("cwm-taf-psb", "ctm-psb") in merged
    succeeded = {(r["from_id"], r["to_id"], r["date"]) for r in res.lineage.rows if r["event"] == "succeeded"}
    assert ("cwm-taf-rpb", "ctm-rpb", dt.date(2019, 4, 1)) in succeeded
    assert not any(r["from_id"] == "western-bay-rpb" for r in res.lineage.rows)
    # What each governance issue's count rests on, from partnerships.csv on 2025-06-30 (the partnership row of each
    # finding; a sub-group reporting to nothing also rests on the dissolved groups it points to): counted here.
    day = "2025-06-30"
    parts = {p["id"]: p for p in _seed("partnerships")}

    def alive(p: dict[str, str]) -> bool:
        return (not p["established"] or p["established"] <= day) and (not p["dissolved"] or p["dissolved"] > day)

    live = [p for p in parts.values() if alive(p)]
    behind = {
        "past_end_date": [p for p in live if p["end_date"] and p["end_date"] < day],
        "no_terms_of_reference": [p for p in live if p["terms_of_reference"].lower() != "true"],
        "review_overdue": [p for p in live if p["review_date"] and p["review_date"] < day],
        "reports_to_nothing": [
            x for p in live if p["level"] in ("subgroup", "task_and_finish")
            for ups in [[parts[u] for u in [p["subgroup_of"], *p["reports_to"].split(";")] if u in parts]]
            if not any(alive(u) for u in ups) for x in [p, *ups]],
    }
    for issue, rows in behind.items():
        assert res.findings_evidence[issue] == Evidence(sum(r["illustrative"] == "false" for r in rows), len(rows),
                                                        "partnerships"), issue
    assert res.findings_evidence["no_terms_of_reference"].sourced == 2  # valleys-regional-park, partnership-council-wales


def test_page_shows_the_answer(seeded: Database, facts: Any) -> None:
    from app_support import app, metric, no_exception

    at = app("en", "governance")
    no_exception(at)
    region = at.session_state.get("region", None)
    res = answer(seeded, Context(region=region, as_of=facts.as_of, lang="en"))
    assert metric(at, catalogue("en")["governance.gap_count"]) == f"{res.gaps.total:,}"
    assert metric(at, catalogue("en")["governance.boards_with_gaps"]) == f"{res.boards_with_gaps:,}"
    law = catalogue("en")["col.legislation"]
    shown = next(d.value for d in at.dataframe if law in d.value.columns)
    assert list(shown[law]) == [r["law"] for r in res.gaps.rows]
    assert "CTMSB Practice Review Group" not in " ".join(shown[catalogue("en")["col.partnership"]])
    assert list(shown[catalogue("en")["col.section"]]) == [r["section"] for r in res.gaps.rows]
    # Provenance on screen: one table per gap of the rows it rests on, with source and sourced/illustrative.
    provenance = catalogue("en")["col.provenance"]
    evidence = [d.value for d in at.dataframe if provenance in d.value.columns]
    assert len(evidence) == len(res.gaps.rows)
    assert list(evidence[0][catalogue("en")["col.source"]]) == [e["source"] for e in res.gaps.rows[0]["evidence"]]
