"""statutory_gaps, governance, subgroup_tree and lineage on hand-built graphs worked out on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def _p(pid: str, **kw: Any) -> dict[str, Any]:
    return {"id": pid, "name_en": f"Partnership {pid}", "kind": "other", **kw}


# -- statutory gaps ------------------------------------------------------------------------


def statutory_tables() -> dict[str, list[dict[str, Any]]]:
    def org(o: str, org_type: str) -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o.upper()}", "name_cy": f"Sefydliad {o.upper()}", "sector": "other", "org_type": org_type}

    def m(o: str, p: str, role: str = "member", **kw: Any) -> dict[str, Any]:
        return {"organisation_id": o, "partnership_id": p, "role": role, **kw}

    return {
        "legislation": [
            {"id": "l1", "title_en": "Social Services and Well-being (Wales) Act 2014",
             "title_cy": "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014", "year": 2014,
             "citation": "anaw 2014/4, ss.134-136",
             "required_member_types": "local_authority;local_health_board;police_force"},
            {"id": "l2", "title_en": "Fire Act", "year": 2004, "required_member_types": "fire_and_rescue_authority"},
        ],
        "organisations": [org("a", "local_authority"), org("b", "local_health_board"), org("c", "police_force"),
                          org("d", "fire_and_rescue_authority"), org("e", "local_authority")],
        "partnerships": [
            _p("p1", name_en="Cwm Taf Morgannwg Safeguarding Board", name_cy="Bwrdd Diogelu Cwm Taf Morgannwg",
               legislation="l1;l2"),
            _p("p2", legislation="l1"),
            _p("p3", legislation="l1", dissolved="2025-01-01"),  # dissolved: no findings
            _p("p4", legislation="l1"),  # no members at all
            _p("p5", legislation="l1"),
            # Sub-groups linked to a law: the law sets up their parent board, not them, so they are never judged.
            _p("p6", level="subgroup", subgroup_of="p1", legislation="l1"),  # no members at all
            _p("p7", level="task_and_finish", subgroup_of="p1", legislation="l2"),  # no fire authority
        ],
        "memberships": [
            m("a", "p1", "statutory_member"), m("b", "p1", "invited_participant"), m("c", "p1", until="2025-06-29"),
            m("a", "p2", "invited_participant"), m("a", "p2", "member"), m("b", "p2"), m("c", "p2"),
            m("a", "p5", "invited_participant"), m("e", "p5", "invited_participant"),
            m("b", "p5", "statutory_member", since="2025-07-01"), m("c", "p5"),
        ],
    }


def test_statutory_gaps_by_hand(load_tables: Callable[..., Database]) -> None:
    # p1 under l1 (LA, LHB, police) and l2 (fire):
    #    LA a statutory_member: fine; LHB only b as invited_participant: invited_only;
    #    police c left yesterday: missing; fire: nobody: missing.
    # p2 under l1: a is invited AND member (full member), b, c members: no gaps.
    # p3 dissolved: skipped.  p4 no members: all three l1 types missing.
    # p5 under l1: both LAs (a, e) only invited: invited_only [Org A, Org E];
    #    b joins tomorrow: LHB missing; c member: fine.
    # p6 (sub-group, under l1, no members) and p7 (task-and-finish, under l2) are not boards: not judged.
    # 8 gaps over 3 boards (p1, p4, p5).
    db = load_tables(statutory_tables())
    rows = db.read("statutory_gaps", {"as_of": AS_OF})
    assert [(r["partnership_id"], r["legislation_id"], r["org_type"], r["status"]) for r in rows] == [
        ("p1", "l1", "local_health_board", "invited_only"),
        ("p1", "l1", "police_force", "missing"),
        ("p1", "l2", "fire_and_rescue_authority", "missing"),
        ("p4", "l1", "local_authority", "missing"),
        ("p4", "l1", "local_health_board", "missing"),
        ("p4", "l1", "police_force", "missing"),
        ("p5", "l1", "local_authority", "invited_only"),
        ("p5", "l1", "local_health_board", "missing"),
    ]
    assert rows[0]["invited"] == ["Org B"]
    assert rows[0]["partnership_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert rows[0]["legislation_title_cy"] == "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014"
    assert rows[1]["invited"] == []
    assert {(r["total"], r["boards"]) for r in rows} == {(8, 3)}
    assert {r["level"] for r in rows} == {"board"}
    # Each gap cites its law, with the sections where the data has them (l2 has none).
    assert (rows[0]["legislation_id"], rows[0]["citation"]) == ("l1", "anaw 2014/4, ss.134-136")
    assert rows[2]["citation"] is None
    assert rows[6]["invited"] == ["Org A", "Org E"]
    assert rows[6]["invited_cy"] == ["Sefydliad A", "Sefydliad E"]
    # Two days earlier c's membership of p1 (until 2025-06-29) is still active: police is not missing.
    before = db.read("statutory_gaps", {"as_of": "2025-06-28"})
    assert ("p1", "police_force") not in [(r["partnership_id"], r["org_type"]) for r in before]
    # Bounded: limit 2 keeps the first two rows and still counts all 8.
    top = db.read("statutory_gaps", {"as_of": AS_OF, "limit": 2})
    assert [(r["partnership_id"], r["org_type"], r["total"]) for r in top] == [
        ("p1", "local_health_board", 8), ("p1", "police_force", 8)]


# -- governance and sub-group trees --------------------------------------------------------


def governance_tables() -> dict[str, list[dict[str, Any]]]:
    """Structure (as_of 2025-06-30):

    b1 board "Bwrdd Diogelu Cwm Taf Morgannwg", ToR, review 2026-01-01
      s2 sub-group of b1, ToR, review 2025-06-29 (yesterday: overdue)
        t3 task-and-finish under s2, ToR, end_date 2025-06-29 (past)
      t9 task-and-finish under b1, ToR, end_date 2025-06-30 (today: not past)
    s4 sub-group with no links, ToR false
    s5 sub-group reporting only to x6, ToR unknown
    x6 board dissolved 2025-01-01, ToR false (inactive: no findings)
    c7 board REPORTS_TO c8, c8 board REPORTS_TO c7 (a cycle), both ToR
    c0 board reporting to itself, ToR
    """
    tor = {"terms_of_reference": "true"}
    return {
        "partnerships": [
            _p("b1", name_en="Cwm Taf Morgannwg Safeguarding Board", name_cy="Bwrdd Diogelu Cwm Taf Morgannwg",
               review_date="2026-01-01", **tor),
            _p("s2", name_en="Adult practice group", level="subgroup", subgroup_of="b1", review_date="2025-06-29", **tor),
            _p("t3", name_en="Audit task group", level="task_and_finish", subgroup_of="s2", end_date="2025-06-29", **tor),
            _p("t9", name_en="Training task group", level="task_and_finish", subgroup_of="b1", end_date="2025-06-30", **tor),
            _p("s4", name_en="Lost group", level="subgroup", terms_of_reference="false"),
            _p("s5", name_en="Orphan group", name_cy="Grŵp amddifad", level="subgroup", reports_to="x6"),
            _p("x6", name_en="Old board", dissolved="2025-01-01", terms_of_reference="false"),
            _p("c7", name_en="Board seven", reports_to="c8", **tor),
            _p("c8", name_en="Board eight", reports_to="c7", **tor),
            _p("c0", name_en="Board zero", reports_to="c0", **tor),
        ],
    }


def test_governance_findings_by_hand(load_tables: Callable[..., Database]) -> None:
    # reports_to_nothing: s4 (no links), s5 (only to x6, dissolved).  t3, s2, t9 have active parents.
    # cycle: c0 -> c0 and c7 -> c8 -> c7 (one row, under c7, the lower id of the two).
    # past_end_date: t3 (2025-06-29); t9 ends today, not yet past.
    # no_terms_of_reference: s4 (false), s5 (unknown).  x6 is dissolved, so nothing about it.
    # review_overdue: s2 (2025-06-29).
    db = load_tables(governance_tables())
    rows = db.read("governance", {"as_of": AS_OF})
    assert [(r["issue"], r["partnership_id"]) for r in rows] == [
        ("reports_to_nothing", "s4"), ("reports_to_nothing", "s5"),
        ("cycle", "c0"), ("cycle", "c7"),
        ("past_end_date", "t3"),
        ("no_terms_of_reference", "s4"), ("no_terms_of_reference", "s5"),
        ("review_overdue", "s2"),
    ]
    by = {(r["issue"], r["partnership_id"]): r for r in rows}
    assert by[("reports_to_nothing", "s5")]["related_ids"] == ["x6"]
    # The query gives facts; the answer words them from the catalogue in each language.
    assert (by[("reports_to_nothing", "s5")]["variant"], by[("reports_to_nothing", "s5")]["names"]) == ("inactive", ["Old board"])
    assert by[("reports_to_nothing", "s4")]["variant"] == "none"
    assert by[("cycle", "c7")]["names"] == ["Board seven", "Board eight", "Board seven"]
    assert by[("cycle", "c7")]["related_ids"] == ["c8"]
    assert by[("cycle", "c0")]["related_ids"] == []
    assert by[("past_end_date", "t3")]["on_date"] == dt.date(2025, 6, 29)
    assert by[("no_terms_of_reference", "s5")]["variant"] == "unknown"
    assert by[("no_terms_of_reference", "s4")]["variant"] == "none"
    from tirlun.answers.governance import detail
    from tirlun.i18n import EN, translator

    assert detail(by[("cycle", "c7")], EN) == "Reporting lines run in a circle: Board seven → Board eight → Board seven."
    assert "2025-06-29" in detail(by[("past_end_date", "t3")], EN)
    assert "not recorded" in detail(by[("no_terms_of_reference", "s5")], EN)
    assert "has no terms of reference" in detail(by[("no_terms_of_reference", "s4")], EN)
    welsh = detail(by[("reports_to_nothing", "s5")], translator("cy"))
    assert "Grŵp amddifad" in welsh and welsh.startswith("Dim ond i bartneriaethau nad ydynt yn weithredol mwyach")
    counts = ("total", "reports_to_nothing", "cycle", "past_end_date", "no_terms_of_reference", "review_overdue")
    assert {tuple(r[c] for c in counts) for r in rows} == {(8, 2, 2, 1, 2, 1)}
    top = db.read("governance", {"as_of": AS_OF, "limit": 3})
    assert [(r["issue"], r["partnership_id"], r["total"]) for r in top] == [
        ("reports_to_nothing", "s4", 8), ("reports_to_nothing", "s5", 8), ("cycle", "c0", 8)]
    # On 2024-12-31 x6 is still active, so s5 reports to something and x6's missing ToR is a finding.
    earlier = [(r["issue"], r["partnership_id"]) for r in db.read("governance", {"as_of": "2024-12-31"})]
    assert ("reports_to_nothing", "s5") not in earlier and ("no_terms_of_reference", "x6") in earlier


def test_subgroup_tree_by_hand(load_tables: Callable[..., Database]) -> None:
    # Active partnerships, each under its SUBGROUP_OF root (others are roots of their own one-node tree):
    #   Board eight (c8), Board seven (c7), Board zero (c0), Cwm Taf ... (b1 > s2 > t3, b1 > t9),
    #   Lost group (s4), Orphan group (s5).   x6 is dissolved.
    # Within b1's tree the path sorts top-down: b1, s2 (Adult...), t3 (under s2), t9 (Training...).
    db = load_tables(governance_tables())
    rows = db.read("subgroup_tree", {"as_of": AS_OF})
    assert [(r["root_id"], r["partnership_id"], r["depth"]) for r in rows] == [
        ("c8", "c8", 0), ("c7", "c7", 0), ("c0", "c0", 0),
        ("b1", "b1", 0), ("b1", "s2", 1), ("b1", "t3", 2), ("b1", "t9", 1),
        ("s4", "s4", 0), ("s5", "s5", 0),
    ]
    t3 = next(r for r in rows if r["partnership_id"] == "t3")
    assert t3["path"] == ["Cwm Taf Morgannwg Safeguarding Board", "Adult practice group", "Audit task group"]
    assert t3["path_cy"][0] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert t3["parent_id"] == "s2"
    s5 = next(r for r in rows if r["partnership_id"] == "s5")
    assert (s5["reports_to"], s5["reports_to_names"], s5["reports_to_names_cy"]) == (["x6"], ["Old board"], ["Old board"])
    # 9 rows in 6 trees (c8, c7, c0, b1, s4, s5); limit 5 keeps the first five in reading order.
    assert {(r["total"], r["trees"]) for r in rows} == {(9, 6)}
    top = db.read("subgroup_tree", {"as_of": AS_OF, "limit": 5})
    assert [(r["partnership_id"], r["total"]) for r in top] == [("c8", 9), ("c7", 9), ("c0", 9), ("b1", 9), ("s2", 9)]
    assert next(r for r in rows if r["partnership_id"] == "b1")["parent_id"] is None


# -- lineage ---------------------------------------------------------------------------------


def lineage_tables() -> dict[str, list[dict[str, Any]]]:
    """a1 and a2 merged into cc in 2019; cc is due to become dd in 2026; b1 was dissolved with no successor;
    e1 became e2 on an unknown date."""
    return {
        "partnerships": [
            _p("a1", name_en="Cwm Taf Safeguarding Board", dissolved="2019-04-01", successor_id="cc"),
            _p("a2", name_en="Bridgend Safeguarding Board", dissolved="2019-04-01", successor_id="cc"),
            _p("cc", name_en="Cwm Taf Morgannwg Safeguarding Board", name_cy="Bwrdd Diogelu Cwm Taf Morgannwg",
               established="2019-04-01", dissolved="2026-01-01", successor_id="dd"),
            _p("dd", name_en="Regional Safeguarding Board", established="2026-01-01"),
            _p("b1", name_en="Ŵyl steering group", dissolved="2023-01-01"),
            _p("e1", name_en="Old forum", successor_id="e2"),
            _p("e2", name_en="New forum"),
        ],
    }


def test_lineage_by_hand(load_tables: Callable[..., Database]) -> None:
    # On 2025-06-30, oldest first, undated last:
    #   2019-04-01 merged a1 -> cc (with a2);  2019-04-01 merged a2 -> cc (with a1)
    #   2023-01-01 dissolved b1
    #   undated    succeeded e1 -> e2
    # cc -> dd (2026-01-01) is in the future, so the work still sits with cc.
    db = load_tables(lineage_tables())
    rows = db.read("lineage", {"as_of": AS_OF})
    assert [(r["event"], r["date"], r["from_id"], r["to_id"], r["current_id"]) for r in rows] == [
        ("merged", dt.date(2019, 4, 1), "a1", "cc", "cc"),
        ("merged", dt.date(2019, 4, 1), "a2", "cc", "cc"),
        ("dissolved", dt.date(2023, 1, 1), "b1", None, None),
        ("succeeded", None, "e1", "e2", "e2"),
    ]
    assert rows[0]["merged_with"] == ["a2"] and rows[1]["merged_with"] == ["a1"]
    assert rows[0]["to_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert rows[2]["from_name"] == "Ŵyl steering group"
    assert {r["total"] for r in rows} == {4}
    top = db.read("lineage", {"as_of": AS_OF, "limit": 1})
    assert [(r["from_id"], r["total"]) for r in top] == [("a1", 4)]


def test_lineage_later_and_for_one_family(load_tables: Callable[..., Database]) -> None:
    # On 2026-06-30 cc -> dd has happened: a succession dated 2026-01-01, and a1/a2's work now sits with dd.
    # id=dd keeps dd's family (a1, a2, cc, dd) and drops b1 and e1 -> e2.
    db = load_tables(lineage_tables())
    later = db.read("lineage", {"as_of": "2026-06-30", "id": "dd"})
    assert [(r["event"], r["from_id"], r["to_id"], r["current_id"]) for r in later] == [
        ("merged", "a1", "cc", "dd"), ("merged", "a2", "cc", "dd"), ("succeeded", "cc", "dd", "dd"),
    ]
    assert [r["from_id"] for r in db.read("lineage", {"as_of": AS_OF, "id": "e2"})] == ["e1"]
    # In 2018 nothing dated has happened yet: only the undated e1 -> e2 shows.
    assert [(r["from_id"], r["to_id"]) for r in db.read("lineage", {"as_of": "2018-01-01"})] == [("e1", "e2")]
