"""tirlun.answers.network and its queries (network_size, network_nodes, network_links, network_ego)
on a landscape worked out on paper, on the CTM seed (figures from the CSV files), and bounded."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from itertools import combinations
from typing import Any

import pytest

from tirlun import network
from tirlun.answers.base import Context
from tirlun.answers.network import answer, edge_limit, search
from tirlun.database import Database
from tirlun.i18n import catalogue

from app_support import SEED, rows

AS_OF = dt.date(2025, 6, 30)
YESTERDAY = "2025-06-29"
EN, CY = catalogue("en"), catalogue("cy")


def tables() -> dict[str, list[dict[str, Any]]]:
    """The landscape on 2025-06-30 (p5 dissolved; d's seat on p2 and x5's seat ended yesterday).

    partnerships  p1 psb board "North Board"; p2 rpb; p3 psb sub-group of p1; p4 CSP; p5 dissolved
    memberships   a: p1 (twice: member and chair) p2 p3 p4 (+p5)   b: p1 p2   c: p1 p4   d: p3 (+p2 until yesterday)   e: p4
    posts         x1 (works for a): p1 p2   x2 (b): p1 p2 p3   x3 (c): p4   x4 (d): p3   x5 (e): p2 until yesterday
    meetings      m1 p1 2025-03-01 2 h: x1 attended, x2 apologies;  m2 p2 2024-01-01 3 h (before the year): x1
    """
    def org(o: str, sector: str) -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o.upper()}", "name_cy": f"Sefydliad {o.upper()}", "short_name": o.upper(),
                "sector": sector, "org_type": "other"}

    def member(o: str, p: str, **kw: Any) -> dict[str, Any]:
        return {"organisation_id": o, "partnership_id": p, **kw}

    def seat(x: str, p: str, **kw: Any) -> dict[str, Any]:
        return {"person_id": x, "partnership_id": p, **kw}

    return {
        "organisations": [org("a", "local_government"), org("b", "health"), org("c", "police"),
                          org("d", "third_sector"), org("e", "local_government")],
        "partnerships": [
            {"id": "p1", "name_en": "North Board", "name_cy": "Bwrdd y Gogledd", "short_name": "NB", "kind": "psb"},
            {"id": "p2", "name_en": "Care Partnership", "kind": "rpb"},
            {"id": "p3", "name_en": "Board Sub-group", "kind": "psb", "level": "subgroup", "subgroup_of": "p1"},
            {"id": "p4", "name_en": "Safety Partnership", "kind": "community_safety_partnership"},
            {"id": "p5", "name_en": "Old Board", "kind": "other", "dissolved": "2025-01-01"},
        ],
        "memberships": [
            member("a", "p1"), member("a", "p1", role="chair"), member("a", "p2"), member("a", "p3"), member("a", "p4"),
            member("a", "p5"), member("b", "p1"), member("b", "p2"), member("c", "p1"), member("c", "p4"),
            member("d", "p3"), member("d", "p2", until=YESTERDAY), member("e", "p4"),
        ],
        "people": [
            {"id": "x1", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "organisation_id": "a",
             "display_name": "Jane Jones"},
            {"id": "x2", "job_title_en": "Director", "organisation_id": "b"},
            {"id": "x3", "job_title_en": "Inspector", "organisation_id": "c"},
            {"id": "x4", "job_title_en": "Officer", "organisation_id": "d"},
            {"id": "x5", "job_title_en": "Manager", "organisation_id": "e"},
        ],
        "seats": [seat("x1", "p1"), seat("x1", "p2"), seat("x2", "p1"), seat("x2", "p2"), seat("x2", "p3"),
                  seat("x3", "p4"), seat("x4", "p3"), seat("x5", "p2", until=YESTERDAY)],
        "meetings": [
            {"id": "m1", "partnership_id": "p1", "start": "2025-03-01 10:00", "duration_hours": 2, "format": "virtual"},
            {"id": "m2", "partnership_id": "p2", "start": "2024-01-01 10:00", "duration_hours": 3, "format": "virtual"},
        ],
        "attendance": [{"person_id": "x1", "meeting_id": "m1"},
                       {"person_id": "x2", "meeting_id": "m1", "attended_as": "apologies"},
                       {"person_id": "x1", "meeting_id": "m2"}],
    }


def ctx(lang: str = "en", workshop: bool = False) -> Context:
    return Context(region=None, as_of=AS_OF, lang=lang, workshop=workshop)


@pytest.fixture
def hand(load_tables: Callable[..., Database]) -> Database:
    return load_tables(tables())


def edge_set(res: Any) -> set[tuple[str, str, str]]:
    return {(*sorted((e.a, e.b)), e.rel) for e in res.edges}


def test_counts_and_every_shape_when_under_the_cap(hand: Database) -> None:
    # Matching: p1..p4 (4); organisations a b c d e (5; d through p3, e through p4); posts x1..x4 (4; x5's seat ended).
    # 13 shapes. Lines: MEMBER_OF a-p1 a-p2 a-p3 a-p4 b-p1 b-p2 c-p1 c-p4 d-p3 e-p4 (10, a's two roles one line),
    # SUBGROUP_OF p3-p1 (1), SITS_ON x1-p1 x1-p2 x2-p1 x2-p2 x2-p3 x3-p4 x4-p3 (7), WORKS_FOR x1-a x2-b x3-c x4-d (4) = 22.
    res = answer(hand, ctx(), max_nodes=13)
    assert (res.view, res.partnerships, res.organisations, res.posts, res.total) == ("all", 4, 5, 4, 13)
    assert res.drawn == 13 and len(res.edges) == 22 and res.hidden == 0 and not res.aggregated
    assert {n.key for n in res.nodes} == {"p:p1", "p:p2", "p:p3", "p:p4", "o:a", "o:b", "o:c", "o:d", "o:e",
                                          "x:x1", "x:x2", "x:x3", "x:x4"}
    assert ("p:p1", "p:p3", "SUBGROUP_OF") in edge_set(res) and ("o:a", "x:x1", "WORKS_FOR") in edge_set(res)
    by = {n.key: n for n in res.nodes}
    # Degree: p1 has a b c + x1 x2 = 5; p2 a b + x1 x2 = 4; a is in 4 partnerships; x2 sits on 3.
    assert (by["p:p1"].degree, by["p:p2"].degree, by["o:a"].degree, by["x:x2"].degree) == (5, 4, 4, 3)
    # Hours in the year to 2025-06-30: m1 (2 h) only. p1 2; x1 attended 2, so a 2; x2 sent apologies: 0.
    assert (by["p:p1"].hours, by["p:p2"].hours, by["x:x1"].hours, by["o:a"].hours, by["x:x2"].hours) == (2, 0, 2, 2, 0)
    assert res.caption == "13 shapes, 22 lines." and res.warnings == () and res.empty_reason is None
    assert res.table.total == 13 and res.table.rows[0]["name"] == "North Board"  # partnerships first, busiest first


def test_posts_fold_into_organisations_above_the_cap(hand: Database) -> None:
    # 13 > 10, but partnerships + organisations = 9 fit. Lines: the 10 MEMBER_OF, SUBGROUP_OF p3-p1, and b-p3
    # (b's post x2 sits on p3, where b is not a member); a-p1 etc. are already lines. Posts folded: a b c d 1 each, e 0.
    res = answer(hand, ctx(), max_nodes=10)
    assert res.view == "folded" and res.drawn == 9 and res.total == 13 and res.hidden == 4
    assert len(res.edges) == 12 and ("o:b", "p:p3", "SITS_ON") in edge_set(res)
    assert {n.id: n.posts for n in res.nodes if n.kind == "organisation"} == {"a": 1, "b": 1, "c": 1, "d": 1, "e": 0}
    assert res.warnings == (EN["network.aggregated"].format(cap=10, posts=4),)
    assert "folded into their organisations" in res.warnings[0]


def test_the_aggregate_links_partnerships_by_shared_members(hand: Database) -> None:
    # Members on 2025-06-30:  p1 {a b c | x1 x2}   p2 {a b | x1 x2}   p3 {a d | x2 x4}   p4 {a c e | x3}
    # Shared (organisations + posts):  p1-p2 2+2=4   p1-p3 1+1=2   p1-p4 2+0=2   p2-p3 1+1=2   p2-p4 1   p3-p4 1
    db = hand
    links = db.read("network_links", {"ids": ["p1", "p2", "p3", "p4"], "as_of": AS_OF, "limit": 10})
    assert [(r["a"], r["b"], r["organisations"], r["posts"], r["weight"]) for r in links] == [
        ("p1", "p2", 2, 2, 4), ("p1", "p3", 1, 1, 2), ("p1", "p4", 2, 0, 2), ("p2", "p3", 1, 1, 2),
        ("p2", "p4", 1, 0, 1), ("p3", "p4", 1, 0, 1)]
    assert {r["total"] for r in links} == {6}
    top = db.read("network_links", {"ids": ["p1", "p2", "p3", "p4"], "as_of": AS_OF, "limit": 2})
    assert [(r["a"], r["b"], r["total"]) for r in top] == [("p1", "p2", 6), ("p1", "p3", 6)]
    # Health only: b (p1 p2) and x2 (employer b: p1 p2 p3): p1-p2 1+1, p1-p3 0+1, p2-p3 0+1.
    health = db.read("network_links", {"ids": ["p1", "p2", "p3", "p4"], "as_of": AS_OF, "sectors": ["health"]})
    assert [(r["a"], r["b"], r["weight"]) for r in health] == [("p1", "p2", 2), ("p1", "p3", 1), ("p2", "p3", 1)]

    # Cap 3: 9 partnerships + organisations do not fit, so partnerships only: the 3 with most members,
    # p1 (5), then p2 and p3 (4, by id; p4 also has 4 and is left out), joined by the pairs among them.
    res = answer(db, ctx(), max_nodes=3)
    assert res.view == "partnerships" and res.colour_by == "kind"
    assert [n.key for n in res.nodes] == ["p:p1", "p:p2", "p:p3"]
    weights = {(e.a, e.b) if e.a < e.b else (e.b, e.a): e.weight for e in res.edges}
    assert weights == {("p:p1", "p:p2"): 4, ("p:p1", "p:p3"): 2, ("p:p2", "p:p3"): 2}
    assert all(e.rel == "SHARED" for e in res.edges)
    assert (res.total, res.hidden, res.edges_total) == (13, 10, 3)
    assert res.warnings[:2] == (
        EN["network.partnerships_only"].format(cap=3, total=13, posts=4, organisations=5),
        EN["network.hidden_partnerships"].format(n=1, total=4),
    )
    assert res.communities >= 1 and all(n.community for n in res.nodes)
    assert edge_limit(3) == 30


def test_focus_shows_the_neighbourhood_one_and_two_steps(hand: Database) -> None:
    # c: member of p1 and p4; its post x3 sits on p4. One step: {c, p1, p4, x3}; lines c-p1 c-p4 x3-p4 x3-c.
    one = answer(hand, ctx(), focus="o:c", radius=1)
    assert one.view == "ego" and one.total == 4
    assert [(n.key, n.distance) for n in one.nodes] == [("o:c", 0), ("p:p1", 1), ("p:p4", 1), ("x:x3", 1)]
    assert edge_set(one) == {("o:c", "p:p1", "MEMBER_OF"), ("o:c", "p:p4", "MEMBER_OF"), ("p:p4", "x:x3", "SITS_ON"),
                             ("o:c", "x:x3", "WORKS_FOR")}
    # Two steps: p1 brings a b x1 x2 and its sub-group p3; p4 brings a e. Ball = 4 + {p3 a b e x1 x2} = 10.
    two = answer(hand, ctx(), focus="o:c", radius=2)
    assert two.total == 10 and {n.key for n in two.nodes if n.distance == 2} == {"p:p3", "o:a", "o:b", "o:e",
                                                                                  "x:x1", "x:x2"}
    # Cut at 6: nearest first, then partnerships, organisations, posts, then id: c p1 p4 x3 | p3 a.
    cut = answer(hand, ctx(), focus="o:c", radius=2, max_nodes=6)
    assert [n.key for n in cut.nodes] == ["o:c", "p:p1", "p:p4", "x:x3", "p:p3", "o:a"]
    assert cut.total == 10 and cut.warnings == (EN["network.ego_cut"].format(shown=6, total=10, steps=2),)
    # A post: x2 sits on p1 p2 p3 and works for b.
    post = hand.read("network_ego", {"focus_type": "person", "focus_id": "x2", "as_of": AS_OF})
    assert [(r["type"], r["id"], r["distance"]) for r in post] == [
        ("person", "x2", 0), ("partnership", "p1", 1), ("partnership", "p2", 1), ("partnership", "p3", 1),
        ("organisation", "b", 1)]


def test_empty_answers_say_why(hand: Database) -> None:
    none = answer(hand, ctx("cy"), kinds=("area_planning_board",))
    assert none.nodes == () and none.empty_reason == CY["network.empty"] and none.table.empty_reason == CY["network.empty"]
    # x5's only seat ended yesterday: not in the picture, so no neighbourhood.
    gone = answer(hand, ctx(), focus="x:x5")
    assert gone.nodes == () and gone.empty_reason == EN["network.focus_gone"]
    # Filtered out by sector: c is police.
    assert answer(hand, ctx(), focus="o:c", sectors=("health",)).empty_reason == EN["network.focus_gone"]


def test_labels_in_the_answers_language_and_workshop_shows_posts(hand: Database) -> None:
    by = {n.key: n for n in answer(hand, ctx("cy")).nodes}
    # p1 has an English abbreviation (NB) and no Welsh one: a Welsh page shows its Welsh name, never "NB".
    assert by["p:p1"].label == "Bwrdd y Gogledd" and by["p:p1"].short_label == "Bwrdd y Gogledd"
    assert by["o:a"].group_label == CY["sector.local_government"]
    # Org a has an English abbreviation (A) and no Welsh one: its post is labelled with its Welsh name (issue 20, item 7).
    assert by["x:x1"].label == "Jane Jones, Sefydliad A"
    assert by["o:a"].short_label == "Sefydliad A"
    assert {n.key: n.label for n in answer(hand, ctx("cy", workshop=True)).nodes}["x:x1"] == "Prif Weithredwr, Sefydliad A"


def test_search_is_bounded_and_ranked_by_degree(hand: Database) -> None:
    # "board": North Board (p1, 5 members) and Board Sub-group (p3, 4); "Old Board" is dissolved.
    found = search(hand, ctx(), text="BOARD")
    assert [r["key"] for r in found.rows] == ["p:p1", "p:p3"] and found.total == 2
    # No text: all 13 by degree: p1 (5), then a p2 p3 p4 (4 each, ties by id: "a" < "p2"), ...
    top = search(hand, ctx(), limit=3)
    assert [r["key"] for r in top.rows] == ["p:p1", "o:a", "p:p2"] and top.total == 13 and top.truncated
    assert search(hand, ctx(), text="zzz").empty_reason == EN["network.search_empty"]


@pytest.mark.parametrize("focus", [None, "o:a", "p:p1"])
def test_never_more_than_max_nodes_and_the_true_total(hand: Database, focus: str | None) -> None:
    whole = answer(hand, ctx(), focus=focus, radius=2, max_nodes=1000)
    for cap in range(1, 15):
        res = answer(hand, ctx(), focus=focus, radius=2, max_nodes=cap)
        assert res.drawn <= cap, (focus, cap, res.view)
        assert res.total == whole.total
        assert (res.partnerships, res.organisations, res.posts) == (4, 5, 4)


def test_aggregate_html_is_offline_with_weighted_lines_and_escaped_tooltips(hand: Database) -> None:
    res = answer(hand, ctx(), max_nodes=3)
    page = network.picture_html(res, lang="en")
    assert network.external_references(page) == []
    edges = json.JSONDecoder().raw_decode(page[page.index("edges = new vis.DataSet(") + len("edges = new vis.DataSet("):])[0]
    heavy = next(e for e in edges if {e["from"], e["to"]} == {"p:p1", "p:p2"})
    light = next(e for e in edges if {e["from"], e["to"]} == {"p:p1", "p:p3"})
    assert heavy["width"] > light["width"]
    assert heavy["title"] == html.escape(EN["network.tip.shared"].format(n=4, organisations=2, posts=2))


# -- the CTM seed, figures from the CSV files -------------------------------------------
def _active(row: dict[str, str], start: str, end: str, day: str) -> bool:
    return (not row.get(start) or row[start] <= day) and (not row.get(end) or row[end] > day)


def test_seed_counts_and_heaviest_link_from_the_csv_files(seeded: Database, facts) -> None:
    day = facts.as_of.isoformat()
    active = {p["id"] for p in rows(SEED, "partnerships") if _active(p, "established", "dissolved", day)}
    members: dict[str, set[str]] = {p: set() for p in active}
    for m in rows(SEED, "memberships"):
        if m["partnership_id"] in active and _active(m, "since", "until", day):
            members[m["partnership_id"]].add("o:" + m["organisation_id"])
    for s in rows(SEED, "seats"):
        if s["partnership_id"] in active and _active(s, "since", "until", day):
            members[s["partnership_id"]].add("x:" + s["person_id"])
    orgs = {k for ms in members.values() for k in ms if k.startswith("o:")}
    posts = {k for ms in members.values() for k in ms if k.startswith("x:")}
    heaviest = max(len(members[a] & members[b]) for a, b in combinations(sorted(active), 2))

    c = Context(region=None, as_of=facts.as_of, lang="en")
    res = answer(seeded, c)  # the page's default cap, 100
    assert (res.partnerships, res.organisations, res.posts) == (len(active), len(orgs), len(posts))
    assert res.total == len(active) + len(orgs) + len(posts)
    assert res.view == "folded" and res.drawn == len(active) + len(orgs)  # the seed: 35 + 35 fit under 100
    agg = answer(seeded, c, max_nodes=len(active))
    assert agg.view == "partnerships" and agg.drawn == len(active)
    assert max(e.weight for e in agg.edges) == heaviest
