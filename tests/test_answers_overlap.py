"""The overlap answer: ranking rule, scope, levels, bounds and the pair side by side, worked by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tirlun.answers.base import Context, stream_rows
from tirlun.answers.overlap import answer, order_by_clusters, top_pairs
from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)
CTX = Context(region="r", as_of=AS_OF)


def tables() -> dict[str, list[dict[str, Any]]]:
    """Two boards sharing 9 of 12 members, two sub-groups sharing their one member, one national body.

    b1 = {o1..o10, o11} (11)   b2 = {o1..o9, o12} (10)   s1 = {o1}   s2 = {o1}   nat = {o1, o2} (covers Wales)
    score = shared / (members of either + 2):
      b1-b2: 9 / (12 + 2) = 0.643      s1-s2: 1 / (1 + 2) = 0.333
      b2-s1, b2-s2: 1 / (10 + 2) = 0.083      b1-s1, b1-s2: 1 / (11 + 2) = 0.077
      with nat: s1-nat, s2-nat 1 / (2 + 2) = 0.25; b2-nat 2 / (10 + 2) = 0.167; b1-nat 2 / (11 + 2) = 0.154
    Jaccard would put s1-s2 (1.0) above b1-b2 (0.75).
    b1-s1 and b2-s2 are a board and its own sub-group (subgroup_of): they share members by design and are not paired.
    """
    orgs = [{"id": f"o{i}", "name_en": f"Org {i:02d}", "name_cy": f"Sefydliad {i:02d}", "sector": "local_government",
             "org_type": "local_authority"} for i in range(1, 13)]
    member = [("b1", i) for i in range(1, 12)] + [("b2", i) for i in [*range(1, 10), 12]]
    member += [("s1", 1), ("s2", 1), ("nat", 1), ("nat", 2)]
    return {
        "areas": [
            {"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
            {"id": "r", "name_en": "Region", "name_cy": "Rhanbarth", "kind": "region", "parent_id": "wales"},
            {"id": "la1", "name_en": "Council area", "kind": "local_authority", "parent_id": "r"},
        ],
        "organisations": orgs,
        "partnerships": [
            {"id": "b1", "name_en": "Board One", "name_cy": "Bwrdd Un", "short_name": "B1", "kind": "other",
             "level": "board", "areas": "la1"},
            {"id": "b2", "name_en": "Board Two", "name_cy": "Bwrdd Dau", "short_name": "B2", "kind": "other",
             "level": "board", "areas": "la1"},
            {"id": "s1", "name_en": "Sub One", "kind": "other", "level": "subgroup", "subgroup_of": "b1", "areas": "la1"},
            {"id": "s2", "name_en": "Sub Two", "kind": "other", "level": "subgroup", "subgroup_of": "b2", "areas": "la1"},
            {"id": "nat", "name_en": "National Council", "kind": "other", "level": "board", "areas": "wales"},
        ],
        "memberships": [{"organisation_id": f"o{i}", "partnership_id": p} for p, i in member],
    }


@pytest.fixture
def hand(load_tables: Callable[..., Database]) -> Database:
    return load_tables(tables(), region="r")


def pairs(table: Any) -> list[tuple[str, str]]:
    return [(r["a_id"], r["b_id"]) for r in table.rows]


def test_score_puts_nine_shared_above_one_shared(hand: Database) -> None:
    got = top_pairs(hand, CTX, min_shared=1)
    assert pairs(got) == [("b1", "b2"), ("s1", "s2"), ("b2", "s1"), ("b1", "s2")]
    assert got.total == 4
    assert [round(r["score"], 3) for r in got.rows] == [0.643, 0.333, 0.083, 0.077]
    # Jaccard alone would rank the one-member pair first: the reason for the score.
    by_jaccard = top_pairs(hand, CTX, min_shared=1, rank_by="jaccard")
    assert pairs(by_jaccard)[:2] == [("s1", "s2"), ("b1", "b2")]


def test_bounded_on_the_server_with_the_true_total(hand: Database) -> None:
    got = top_pairs(hand, CTX, min_shared=1, limit=2)
    assert pairs(got) == [("b1", "b2"), ("s1", "s2")]
    assert (len(got), got.total, got.truncated) == (2, 4, True)
    # The page's "every row" download is the answer's: the same ranking, unbounded, all four pairs.
    full = answer(hand, CTX, min_shared=1, limit=2).downloads["pairs"]
    assert (full.query, full.params["limit"], full.params["members"], full.params["rank_by"]) == (
        "partnership_overlap", None, "organisations", "score")
    rows = hand.read(full.query, full.params)
    assert [(r["a_id"], r["b_id"]) for r in rows] == [("b1", "b2"), ("s1", "s2"), ("b2", "s1"), ("b1", "s2")]
    worded = list(stream_rows(hand, full))
    assert list(full.columns)[:3] == ["a", "b", "shared"] and set(full.columns) <= set(worded[0])
    assert [(r["a_id"], r["b_id"]) for r in worded] == [(r["a_id"], r["b_id"]) for r in rows]


def test_national_bodies_only_on_request(hand: Database) -> None:
    assert "nat" not in {p for pair in pairs(top_pairs(hand, CTX, min_shared=1)) for p in pair}
    wide = top_pairs(hand, CTX, min_shared=1, scope="all")
    assert wide.total == 8  # the ten pairs of five partnerships less the two board-and-own-sub-group pairs
    assert pairs(wide)[:4] == [("b1", "b2"), ("s1", "s2"), ("nat", "s1"), ("nat", "s2")]


def test_boards_only_and_minimum(hand: Database) -> None:
    assert pairs(top_pairs(hand, CTX, min_shared=1, level="board")) == [("b1", "b2")]
    got = top_pairs(hand, CTX, min_shared=2)
    assert (pairs(got), got.total) == ([("b1", "b2")], 1)
    assert got.rows[0]["shared_names"] == [f"Org {i:02d}" for i in range(1, 10)]


def test_empty_answer_says_why_in_both_languages(hand: Database) -> None:
    got = top_pairs(hand, CTX, min_shared=10)
    assert (got.rows, got.total) == ([], 0)
    assert got.empty_reason == ("No two partnerships active on 2025-06-30 share 10 or more organisations. "
                                "Try a lower minimum. Try including national and wider bodies. Or choose another date.")
    welsh = top_pairs(hand, CTX.with_(lang="cy"), min_shared=10)
    assert welsh.empty_reason is not None and welsh.empty_reason.startswith("Nid oes dwy bartneriaeth")


def test_page_answer_headline_heatmap_and_pair(hand: Database) -> None:
    res = answer(hand, CTX, min_shared=1)
    assert res.headline == "Board One and Board Two share 9 of their 12 member organisations."
    # The heatmap takes partnerships in ranking order: b1, b2, s1, s2 (all four, under K).
    assert set(res.heatmap_ids) == {"b1", "b2", "s1", "s2"}
    cells = {(c.a, c.b): c.shared for c in res.cells}
    assert cells == {("b1", "b2"): 9, ("b1", "s1"): 1, ("b1", "s2"): 1, ("b2", "s1"): 1, ("b2", "s2"): 1,
                     ("s1", "s2"): 1}
    assert res.axis == {"b1": "B1", "b2": "B2", "s1": "Sub One", "s2": "Sub Two"}
    # The default pair is the top one: 9 in both, o10 and o11 only in b1, o12 only in b2.
    assert res.pair is not None
    assert (res.pair.a_id, res.pair.b_id) == ("b1", "b2")
    assert res.pair.shared == [f"Org {i:02d}" for i in range(1, 10)]
    assert (res.pair.only_a, res.pair.only_b) == (["Org 10", "Org 11"], ["Org 12"])
    assert res.pair.jaccard == pytest.approx(9 / 12)
    # Partnerships to choose from: the region's own (scope regional), largest first.
    assert [r["id"] for r in res.partnerships.rows] == ["b1", "b2", "s1", "s2"]
    welsh = answer(hand, CTX.with_(lang="cy"), min_shared=1)
    assert welsh.headline == "Mae Bwrdd Un a Bwrdd Dau yn rhannu 9 o'u 12 sefydliad sy'n aelodau."


def test_clusters_become_blocks() -> None:
    # a-c and b-d overlap strongly, across the groups hardly at all: the order keeps each pair together.
    values = {("a", "c"): 0.9, ("b", "d"): 0.8, ("a", "b"): 0.05}
    order = order_by_clusters(["a", "b", "c", "d"], values)
    assert abs(order.index("a") - order.index("c")) == 1
    assert abs(order.index("b") - order.index("d")) == 1


def test_each_heatmap_cell_says_what_it_rests_on(load_tables: Callable[..., Database]) -> None:
    # The hand-worked landscape above, with three of b1's memberships marked sourced (o1, o2, o3) and one of b2's
    # (o1). b1-b2 share o1..o9: 9 members, each made by a row in b1 and a row in b2, 18 rows; sourced: o1, o2, o3
    # in b1 and o1 in b2, 4. s1-s2 share o1: 2 rows, none sourced. b1-s1 share o1 too (a cell, though not a pair).
    t = tables()
    for m in t["memberships"]:
        if (m["partnership_id"], m["organisation_id"]) in {("b1", "o1"), ("b1", "o2"), ("b1", "o3"), ("b2", "o1")}:
            m["illustrative"] = "false"
    db = load_tables(t, region="r")
    res = answer(db, CTX, min_shared=1)
    cells = {frozenset((c.a, c.b)): c for c in res.cells}
    b1b2 = cells[frozenset(("b1", "b2"))]
    assert (b1b2.shared, b1b2.evidence.sourced, b1b2.evidence.total, b1b2.evidence.unit) == (9, 4, 18, "memberships")
    assert b1b2.rests_on == "rests on 4 of 18 memberships from a public source: illustrative"
    s1s2 = cells[frozenset(("s1", "s2"))]
    assert (s1s2.evidence.sourced, s1s2.evidence.total) == (0, 2)
    welsh = answer(db, Context(region="r", as_of=AS_OF, lang="cy"), min_shared=1)
    assert {c.rests_on for c in welsh.cells if {c.a, c.b} == {"b1", "b2"}} == {
        "yn seiliedig ar 4 o 18 aelodaeth o ffynhonnell gyhoeddus: enghreifftiol"}
