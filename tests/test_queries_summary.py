"""landscape_summary on a hand-built graph worked out on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def tables() -> dict[str, list[dict[str, Any]]]:
    def org(o: str) -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o}", "sector": "health", "org_type": "local_health_board"}

    return {
        "organisations": [org(o) for o in "abcd"],
        "partnerships": [
            {"id": "p1", "established": "2019-04-01", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
             "kind": "safeguarding_board", "statutory": "true", "terms_of_reference": "true", "review_date": "2026-01-01",
             "illustrative": "false"},
            {"id": "p2", "established": "2016-04-01", "name_en": "PSB", "kind": "psb", "statutory": "true", "terms_of_reference": "false"},
            {"id": "p3", "established": "2020-01-01", "name_en": "CSP", "kind": "community_safety_partnership", "level": "subgroup",
             "review_date": "2025-01-01"},  # terms of reference unknown
            {"id": "p4", "established": "2023-01-01", "name_en": "Forum", "kind": "other", "terms_of_reference": "true", "review_date": "2025-09-01"},
            {"id": "p5", "established": "2010-01-01", "name_en": "Old board", "kind": "safeguarding_board", "statutory": "true",
             "dissolved": "2025-03-01", "terms_of_reference": "true", "review_date": "2024-01-01"},
        ],
        "memberships": [
            {"organisation_id": "a", "partnership_id": "p1", "role": "member"},
            {"organisation_id": "a", "partnership_id": "p1", "role": "chair"},
            {"organisation_id": "b", "partnership_id": "p1", "illustrative": "false"},
            {"organisation_id": "c", "partnership_id": "p1"},
            {"organisation_id": "a", "partnership_id": "p2"},
            {"organisation_id": "b", "partnership_id": "p2", "until": "2025-06-29"},
            *({"organisation_id": o, "partnership_id": "p3"} for o in "abcd"),
            *({"organisation_id": o, "partnership_id": "p5"} for o in "abcd"),
        ],
        "people": [{"id": f"x{i}", "job_title_en": "Officer", "organisation_id": "a"} for i in range(1, 5)],
        "meetings": [
            {"id": "m1", "partnership_id": "p1", "start": "2025-06-30 10:00", "duration_hours": 2, "illustrative": "false"},
            {"id": "m2", "partnership_id": "p2", "start": "2024-06-30 10:00", "duration_hours": 1.5},
            {"id": "m3", "partnership_id": "p3", "start": "2024-06-29 10:00", "duration_hours": 1},
            {"id": "m4", "partnership_id": "p5", "start": "2025-01-10 10:00", "duration_hours": 1},
        ],
        "attendance": [
            *({"person_id": p, "meeting_id": "m1"} for p in ("x1", "x2", "x3")),
            {"person_id": "x4", "meeting_id": "m1", "attended_as": "apologies"},
            {"person_id": "x1", "meeting_id": "m2"},
            {"person_id": "x2", "meeting_id": "m2", "attended_as": "deputy"},
            {"person_id": "x1", "meeting_id": "m3"},
            {"person_id": "x1", "meeting_id": "m4"},
        ],
    }


def test_landscape_summary_by_hand(load_tables: Callable[..., Database]) -> None:
    # Active on 2025-06-30: p1 p2 p3 p4 (p5 dissolved 2025-03-01).
    # kinds: safeguarding_board 1, psb 1, community_safety_partnership 1, other 1
    # statutory: p1 p2 -> 2; non_statutory: p3 p4 -> 2.  levels: board 3 (p1 p2 p4), subgroup 1 (p3)
    # Meetings 2024-06-30..2025-06-30: m1, m2 and m4 (m4 belongs to the since-dissolved p5 but happened
    # while it was active); m3 (2024-06-29) is out -> 3.
    # Person-hours: m1 3 x 2 (x4 sent apologies) + m2 2 x 1.5 (x2 as deputy) + m4 1 x 1 = 10.
    # Active organisation members: p1 {a,b,c} 3 (a's two roles once), p2 {a} 1 (b ended yesterday),
    # p3 {a,b,c,d} 4, p4 none 0 -> mean 2, median (1+3)/2 = 2, min 0, max 4.
    # Terms of reference true: p1, p4 -> 2/4 = 0.5 (p2 false, p3 unknown).
    # Review date recorded: p1, p3, p4 -> 3/4 = 0.75.
    db = load_tables(tables())
    rows = db.read("landscape_summary", {"as_of": AS_OF})
    # No region asked: every partnership counts as own, split by level (boards p1 p2 p4, sub-group p3).
    scoped = {(r["metric"], r["scope"], r["breakdown"]): r["value"] for r in rows if r["scope"] != "all"}
    assert scoped[("partnerships", "own_board", "own_board")] == 3
    assert scoped[("partnerships", "own_subgroup", "own_subgroup")] == 1
    assert scoped[("partnerships", "wider", "wider")] == 0
    got = {(r["metric"], r["breakdown"]): r["value"] for r in rows if r["scope"] == "all"}
    assert got == {
        ("partnerships", "all"): 4,
        ("meetings", "all"): 3,
        ("person_hours", "all"): pytest.approx(10),
        ("members_per_partnership", "mean"): pytest.approx(2),
        ("members_per_partnership", "median"): pytest.approx(2),
        ("members_per_partnership", "min"): 0,
        ("members_per_partnership", "max"): 4,
        ("share_terms_of_reference", "all"): pytest.approx(0.5),
        ("share_review_date", "all"): pytest.approx(0.75),
    }
    # By kind, statutory status and level, per scope: the three boards, then the sub-group.
    assert {k: v for k, v in scoped.items() if k[0] != "partnerships"} == {
        ("partnerships_by_kind", "own_board", "safeguarding_board"): 1,
        ("partnerships_by_kind", "own_board", "psb"): 1,
        ("partnerships_by_kind", "own_board", "other"): 1,
        ("partnerships_by_kind", "own_subgroup", "community_safety_partnership"): 1,
        ("partnerships_by_statutory", "own_board", "statutory"): 2,
        ("partnerships_by_statutory", "own_board", "non_statutory"): 1,
        ("partnerships_by_statutory", "own_subgroup", "non_statutory"): 1,
        ("partnerships_by_level", "own_board", "board"): 3,
        ("partnerships_by_level", "own_subgroup", "subgroup"): 1,
    }
    assert len(rows) == len(got) + len(scoped)
    # What each figure rests on, counted by the query: p1 is the one sourced partnership of 4; m1 the one
    # sourced meeting of 3; the 6 attendance rows behind the person-hours (m1 3, m2 2, m4 1) are all
    # illustrative; the active memberships are p1 a (member), a (chair), b, c + p2 a + p3 a b c d = 9, of which
    # b's on p1 is sourced.
    ev = {(r["metric"], r["breakdown"]): (r["sourced"], r["total"], r["unit"]) for r in rows if r["scope"] == "all"}
    assert ev[("partnerships", "all")] == (1, 4, "partnerships")
    assert ev[("meetings", "all")] == (1, 3, "meetings")
    assert ev[("person_hours", "all")] == (0, 6, "attendance")
    assert ev[("members_per_partnership", "mean")] == (1, 9, "memberships")
    assert ev[("share_terms_of_reference", "all")] == (1, 4, "partnerships")
    # Rows come grouped in a fixed order; each figure has its label in both catalogues.
    assert rows[0]["metric"] == "partnerships"
    assert [r["breakdown"] for r in rows if r["metric"] == "members_per_partnership"] == ["mean", "median", "min", "max"]
    from tirlun.i18n import catalogue

    assert all(f"summary.{r['metric']}" in catalogue("cy") and f"summary.{r['metric']}" in catalogue("en") for r in rows)


def test_landscape_summary_dates_and_empty(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    # On 2024-12-31 p5 is not yet dissolved: 5 partnerships, 2 of them safeguarding boards.
    earlier = {(r["metric"], r["scope"], r["breakdown"]): r["value"]
               for r in db.read("landscape_summary", {"as_of": "2024-12-31"})}
    assert earlier[("partnerships", "all", "all")] == 5
    assert earlier[("partnerships_by_kind", "own_board", "safeguarding_board")] == 2
    # A range holding only m3: one meeting, one person-hour.
    m3 = {(r["metric"], r["breakdown"]): r["value"]
          for r in db.read("landscape_summary", {"as_of": AS_OF, "date_from": "2024-06-29", "date_to": "2024-06-29"})}
    assert (m3[("meetings", "all")], m3[("person_hours", "all")]) == (1, 1)
    # In 2000, before the first was established (2010): no partnerships, and shares are null rather than a division by zero.
    empty = {(r["metric"], r["breakdown"]): r["value"] for r in db.read("landscape_summary", {"as_of": "2000-01-01"})}
    assert empty[("partnerships", "all")] == 0
    assert empty[("share_terms_of_reference", "all")] is None


def test_counts_are_the_regions_own_by_hand(load_tables: Callable[..., Database]) -> None:
    # Region "test" holds areas x and y; z lies outside it (in "other"). Footprints on 2025-06-30:
    #   p1 board x;y -> own board      p2 board x -> own board       p3 subgroup y -> own sub-group
    #   p4 board x;z -> wider (reaches beyond the region)             p6 board z -> wider (a neighbour's)
    #   p7 board, no footprint recorded -> own board (nothing says it reaches beyond)
    # So: own boards 3 (p1 p2 p7), own sub-groups 1 (p3), wider 2 (p4 p6); by kind, psb: p2 own board, p4 wider.
    data = tables()
    data["areas"] = [
        {"id": "test", "name_en": "Test region", "kind": "region"},
        {"id": "other", "name_en": "Other region", "kind": "region"},
        {"id": "x", "name_en": "X", "kind": "local_authority", "parent_id": "test"},
        {"id": "y", "name_en": "Y", "kind": "local_authority", "parent_id": "test"},
        {"id": "z", "name_en": "Z", "kind": "local_authority", "parent_id": "other"},
    ]
    footprint = {"p1": "x;y", "p2": "x", "p3": "y", "p4": "x;z", "p5": "x"}
    for p in data["partnerships"]:
        p["areas"] = footprint[p["id"]]
    p4 = next(p for p in data["partnerships"] if p["id"] == "p4")
    p4["kind"] = "psb"
    data["partnerships"] += [
        {"id": "p6", "established": "2020-01-01", "name_en": "Neighbour board", "kind": "rpb", "areas": "z"},
        {"id": "p7", "established": "2020-01-01", "name_en": "Unplaced board", "kind": "other"},
    ]
    db = load_tables(data)
    rows = db.read("landscape_summary", {"as_of": AS_OF, "region": "test"})
    got = {(r["metric"], r["scope"], r["breakdown"]): r["value"] for r in rows}
    assert got[("partnerships", "all", "all")] == 6
    assert [got[("partnerships", s, s)] for s in ("own_board", "own_subgroup", "wider")] == [3, 1, 2]
    assert got[("partnerships_by_kind", "own_board", "psb")] == 1
    assert got[("partnerships_by_kind", "wider", "psb")] == 1
    assert got[("partnerships_by_kind", "wider", "rpb")] == 1
    assert got[("partnerships_by_kind", "own_subgroup", "community_safety_partnership")] == 1
    assert ("partnerships_by_kind", "own_board", "rpb") not in got
    # network_size counts them apart the same way (and everything it draws rests on illustrative rows here,
    # but for b's sourced membership of p1: 9 active memberships and no seats -> 1 of 9).
    [size] = db.read("network_size", {"region": "test", "as_of": AS_OF, "kinds": None, "themes": None,
                                      "sectors": None, "area": None})
    assert (size["partnerships"], size["own_boards"], size["own_subgroups"], size["wider"]) == (6, 3, 1, 2)
    assert (size["links_sourced"], size["links_total"]) == (1, 9)
