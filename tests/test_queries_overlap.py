"""partnership_overlap (by organisations, posts and remit themes) on hand-built graphs, checked on paper and in pure Python.

Each check runs twice: on the library query and on tirlun/answers/pairs.py, which counts the same pairs by sparse
matrix products for the pages."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from conftest import write_input

from tirlun.answers import pairs
from tirlun.database import Database
from tirlun.loader.load import load_path

AS_OF = dt.date(2025, 6, 30)
YESTERDAY = "2025-06-29"


Overlap = Callable[[Database, dict[str, Any]], list[dict[str, Any]]]


def _sparse(db: Database, params: dict[str, Any]) -> list[dict[str, Any]]:
    return pairs.compute(db, params, params.get("limit", 200))  # the query's default limit


@pytest.fixture(params=["cypher", "sparse"])
def overlap(request: pytest.FixtureRequest) -> Overlap:
    """Every check below holds for the library query and for the sparse-product count the pages use
    (tirlun/answers/pairs.py): two implementations, one set of hand-worked answers."""
    if request.param == "cypher":
        return lambda db, params: db.read("partnership_overlap", params)
    return _sparse


def _org(oid: str, org_type: str = "local_authority", **kw: Any) -> dict[str, Any]:
    return {"id": oid, "name_en": f"Org {oid.upper()}", "sector": "local_government", "org_type": org_type, **kw}


def _partnership(pid: str, **kw: Any) -> dict[str, Any]:
    return {"id": pid, "name_en": f"Partnership {pid}", "kind": "other", **kw}


THEMES = [
    {"id": "safe", "name_en": "Safeguarding", "name_cy": "Diogelu"},
    {"id": "well", "name_en": "Well-being", "name_cy": "Llesiant"},
    {"id": "cs", "name_en": "Community safety", "name_cy": "Diogelwch cymunedol"},
    {"id": "fest", "name_en": "Festival", "name_cy": "Ŵyl"},
]


def hand_tables() -> dict[str, list[dict[str, Any]]]:
    """The graph worked on paper below (as_of 2025-06-30)."""
    return {
        "themes": THEMES,
        "organisations": [
            _org("a", short_name="RCT"),
            _org("b", "local_health_board", short_name="CTMUHB", short_name_cy="BIP CTM"),  # Welsh form invented here
            _org("c", "police_force"),
            _org("d", "fire_and_rescue_authority"),
            _org("e", "third_sector_organisation"),
            _org("f", "county_voluntary_council"),
        ],
        "partnerships": [
            _partnership("p1", name_en="Cwm Taf Morgannwg Safeguarding Board",
                         name_cy="Bwrdd Diogelu Cwm Taf Morgannwg", kind="safeguarding_board", themes="safe;well"),
            _partnership("p2", kind="psb", themes="well;cs;fest"),
            _partnership("p3", kind="community_safety_partnership", themes="safe;well;cs"),
            _partnership("p4", themes="fest"),  # no members at all
            _partnership("p5", dissolved="2025-01-01", themes="safe;well"),  # dissolved board
            _partnership("p6", established="2025-07-01", themes="safe;well"),  # not yet established
        ],
        "memberships": [
            {"organisation_id": "a", "partnership_id": "p1", "role": "statutory_member"},
            {"organisation_id": "a", "partnership_id": "p1", "role": "chair"},  # same org, second role
            {"organisation_id": "b", "partnership_id": "p1"},
            {"organisation_id": "c", "partnership_id": "p1"},
            {"organisation_id": "d", "partnership_id": "p1"},
            {"organisation_id": "a", "partnership_id": "p2"},
            {"organisation_id": "b", "partnership_id": "p2"},
            {"organisation_id": "e", "partnership_id": "p2"},
            {"organisation_id": "f", "partnership_id": "p2", "until": YESTERDAY},  # ended yesterday
            {"organisation_id": "d", "partnership_id": "p2", "since": "2025-07-01"},  # starts tomorrow
            {"organisation_id": "a", "partnership_id": "p3"},
            {"organisation_id": "b", "partnership_id": "p3"},
            {"organisation_id": "c", "partnership_id": "p3"},
            {"organisation_id": "e", "partnership_id": "p3"},
            {"organisation_id": "f", "partnership_id": "p3", "since": "2025-06-30"},  # starts on as_of: active
            *({"organisation_id": o, "partnership_id": "p5"} for o in "abcd"),
            *({"organisation_id": o, "partnership_id": "p6"} for o in "ab"),
        ],
        "people": [
            {"id": "x1", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "organisation_id": "a"},
            {"id": "x2", "job_title_en": "Director", "job_title_cy": "Cyfarwyddwr", "organisation_id": "b"},
            {"id": "x3", "job_title_en": "Superintendent", "organisation_id": "c"},
            {"id": "x4", "job_title_en": "Manager", "organisation_id": "e"},
            {"id": "x5", "job_title_en": "Chief Fire Officer", "organisation_id": "d"},
        ],
        "seats": [
            {"person_id": "x1", "partnership_id": "p1"},
            {"person_id": "x1", "partnership_id": "p2"},
            {"person_id": "x1", "partnership_id": "p3"},
            {"person_id": "x2", "partnership_id": "p1"},
            {"person_id": "x2", "partnership_id": "p2"},
            {"person_id": "x3", "partnership_id": "p1", "until": YESTERDAY},
            {"person_id": "x3", "partnership_id": "p3"},
            {"person_id": "x4", "partnership_id": "p3"},
            {"person_id": "x5", "partnership_id": "p5"},
            {"person_id": "x5", "partnership_id": "p1"},
        ],
    }


def _pairs(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["a_id"], r["b_id"]) for r in rows]


def test_organisation_overlap_by_hand(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    # Active on 2025-06-30: p1..p4 (p5 dissolved 2025-01-01, p6 established tomorrow).
    # Active organisation members:
    #   p1 = {a, b, c, d}      (a has two roles: counted once)            size 4
    #   p2 = {a, b, e}         (f ended yesterday, d starts tomorrow)      size 3
    #   p3 = {a, b, c, e, f}   (f starts on as_of: active)                 size 5
    #   p4 = {}                (no members: never in a pair)
    # p1-p2: shared {a,b}=2, union 4+3-2=5, jaccard 0.4,  overlap 2/3
    # p1-p3: shared {a,b,c}=3, union 4+5-3=6, jaccard 0.5,  overlap 3/4
    # p2-p3: shared {a,b,e}=3, union 3+5-3=5, jaccard 0.6,  overlap 3/3=1
    # Sorted by jaccard desc: (p2,p3), (p1,p3), (p1,p2).
    db = load_tables(hand_tables())
    rows = overlap(db, {"as_of": AS_OF})
    assert _pairs(rows) == [("p2", "p3"), ("p1", "p3"), ("p1", "p2")]
    by_pair = {(r["a_id"], r["b_id"]): r for r in rows}
    r = by_pair[("p2", "p3")]
    assert (r["shared"], r["a_size"], r["b_size"]) == (3, 3, 5)
    assert r["jaccard"] == pytest.approx(0.6)
    assert r["overlap_coefficient"] == pytest.approx(1.0)
    assert r["shared_names"] == ["Org A", "Org B", "Org E"]
    assert r["shared_ids"] == ["a", "b", "e"]
    r = by_pair[("p1", "p3")]
    assert (r["shared"], r["a_size"], r["b_size"]) == (3, 4, 5)
    assert r["jaccard"] == pytest.approx(0.5)
    assert r["overlap_coefficient"] == pytest.approx(0.75)
    assert r["a_name"] == "Cwm Taf Morgannwg Safeguarding Board"
    assert r["a_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert r["b_name_cy"] == "Partnership p3"  # no Welsh name: falls back to English
    r = by_pair[("p1", "p2")]
    assert (r["shared"], r["jaccard"], r["overlap_coefficient"]) == (2, pytest.approx(0.4), pytest.approx(2 / 3))

    # min_shared=3 keeps the two pairs sharing three organisations.
    rows = overlap(db, {"as_of": AS_OF, "min_shared": 3})
    assert _pairs(rows) == [("p2", "p3"), ("p1", "p3")]


def test_people_overlap_by_hand(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    # Active seats on 2025-06-30:
    #   p1 = {x1, x2, x5}   (x3 left yesterday)  size 3
    #   p2 = {x1, x2}                             size 2
    #   p3 = {x1, x3, x4}                         size 3   (x5's p5 seat: p5 dissolved)
    # p1-p2: shared 2, union 3, jaccard 2/3, overlap 2/2 = 1
    # p2-p3: shared 1, union 4, jaccard 1/4, overlap 1/2
    # p1-p3: shared 1, union 5, jaccard 1/5, overlap 1/3
    db = load_tables(hand_tables())
    rows = overlap(db, {"as_of": AS_OF, "members": "people"})
    assert _pairs(rows) == [("p1", "p2"), ("p2", "p3"), ("p1", "p3")]
    top = rows[0]
    assert (top["shared"], top["a_size"], top["b_size"]) == (2, 3, 2)
    assert top["jaccard"] == pytest.approx(2 / 3)
    assert top["overlap_coefficient"] == pytest.approx(1.0)
    # Posts are named by job title and employer: its short name if any; in Welsh its Welsh short name, else its Welsh
    # name (org a has none, so its English name), never the English abbreviation (issue 20, item 7).
    assert top["shared_names"] == ["Chief Executive, RCT", "Director, CTMUHB"]
    assert top["shared_names_cy"] == ["Cyfarwyddwr, BIP CTM", "Prif Weithredwr, Org A"]
    assert [r["jaccard"] for r in rows[1:]] == [pytest.approx(0.25), pytest.approx(0.2)]


def test_overlap_null_params_mean_defaults(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    db = load_tables(hand_tables())
    today = overlap(db, {})
    assert overlap(db, {"as_of": None, "members": None, "min_shared": None, "region": None}) == today


def test_overlap_filters_by_region(overlap: Overlap, load_tables: Callable[..., Database], tmp_path: Path) -> None:
    # Region r1 holds the hand graph; region r2 holds one more pair sharing org a and b.
    # With region=r2 only that pair appears; with no region, r2's pair joins the rest.
    db = load_tables(hand_tables(), region="r1")
    second = write_input(
        tmp_path / "r2",
        {
            "themes": THEMES,
            "organisations": [_org("a", short_name="RCT"), _org("b", "local_health_board", short_name="CTMUHB")],
            "partnerships": [_partnership("q1"), _partnership("q2")],
            "memberships": [{"organisation_id": o, "partnership_id": p} for o in "ab" for p in ("q1", "q2")],
        },
    )
    load_path(db, second, region="r2")
    assert _pairs(overlap(db, {"as_of": AS_OF, "region": "r2"})) == [("q1", "q2")]
    assert _pairs(overlap(db, {"as_of": AS_OF, "region": "r1"})) == [("p2", "p3"), ("p1", "p3"), ("p1", "p2")]
    # q1/q2 also share a and b with p1..p3, so every cross pair shows up without a region filter.
    everything = _pairs(overlap(db, {"as_of": AS_OF}))
    assert ("q1", "q2") in everything and ("p1", "q1") in everything


# -- independent computation --------------------------------------------------------------


def _active(row: dict[str, Any], on: dt.date) -> bool:
    since, until = row.get("since"), row.get("until")
    return (not since or dt.date.fromisoformat(since) <= on) and (not until or dt.date.fromisoformat(until) >= on)  # until: the last day


def python_overlap(tables: dict[str, list[dict[str, Any]]], on: dt.date, min_shared: int = 1) -> list[tuple]:
    """Overlap from the raw input rows, without the database."""
    live = {
        p["id"] for p in tables["partnerships"]
        if (not p.get("established") or dt.date.fromisoformat(p["established"]) <= on)
        and (not p.get("dissolved") or dt.date.fromisoformat(p["dissolved"]) > on)
    }
    members: dict[str, set[str]] = {p: set() for p in live}
    for m in tables["memberships"]:
        if m["partnership_id"] in live and _active(m, on):
            members[m["partnership_id"]].add(m["organisation_id"])
    out = []
    for a, b in combinations(sorted(live), 2):
        shared = members[a] & members[b]
        if len(shared) < max(min_shared, 1):
            continue
        union = len(members[a] | members[b])
        out.append((a, b, len(shared), len(members[a]), len(members[b]),
                    len(shared) / union, len(shared) / min(len(members[a]), len(members[b])), sorted(shared)))
    return sorted(out, key=lambda t: (-t[5], -t[2], t[0], t[1]))


def random_tables(seed: int) -> dict[str, list[dict[str, Any]]]:
    """A random landscape: 14 partnerships, 20 organisations, dated memberships with several roles."""
    rng = random.Random(seed)
    orgs = [_org(f"o{i:02d}") for i in range(20)]
    partnerships = []
    for i in range(14):
        kw: dict[str, Any] = {}
        if rng.random() < 0.2:
            kw["dissolved"] = rng.choice(["2024-01-01", "2025-06-30", "2025-07-01"])
        if rng.random() < 0.2:
            kw["established"] = rng.choice(["2020-01-01", "2025-06-30", "2025-07-01"])
        if kw.get("dissolved", "9") < kw.get("established", ""):
            kw.pop("dissolved")
        partnerships.append(_partnership(f"p{i:02d}", **kw))
    memberships = []
    for p in partnerships:
        for o in rng.sample(orgs, rng.randint(0, 9)):
            for role in rng.sample(["member", "chair", "statutory_member"], rng.randint(1, 2)):
                row = {"organisation_id": o["id"], "partnership_id": p["id"], "role": role}
                if rng.random() < 0.3:
                    row["since"] = rng.choice(["2023-01-01", "2025-06-30", "2025-07-01"])
                if rng.random() < 0.3:
                    row["until"] = rng.choice(["2025-06-29", "2025-06-30", "2025-12-31"])
                if row.get("since") and row.get("until") and row["until"] < row["since"]:
                    row.pop("until")
                memberships.append(row)
    return {"organisations": orgs, "partnerships": partnerships, "memberships": memberships}


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("min_shared", [1, 3])
def test_overlap_agrees_with_pure_python(overlap: Overlap, load_tables: Callable[..., Database], seed: int, min_shared: int) -> None:
    tables = random_tables(seed)
    db = load_tables(tables)
    got = [
        (r["a_id"], r["b_id"], r["shared"], r["a_size"], r["b_size"], r["jaccard"], r["overlap_coefficient"], r["shared_ids"])
        for r in overlap(db, {"as_of": AS_OF, "min_shared": min_shared, "rank_by": "jaccard",
                                                 "limit": None})
    ]
    expected = python_overlap(tables, AS_OF, min_shared)
    assert expected, "the random landscape should have overlapping pairs"
    assert got == expected


def test_hand_graph_agrees_with_pure_python(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    tables = hand_tables()
    db = load_tables(tables)
    got = [(r["a_id"], r["b_id"], r["shared"], r["jaccard"]) for r in overlap(db, {"as_of": AS_OF, "rank_by": "jaccard"})]
    assert got == [(t[0], t[1], t[2], t[5]) for t in python_overlap(tables, AS_OF)]


def test_theme_overlap_by_hand(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    # Remits of partnerships active on 2025-06-30 (p5 dissolved, p6 not yet established):
    #   p1 = {safe, well} 2,  p2 = {well, cs, fest} 3,  p3 = {safe, well, cs} 3,  p4 = {fest} 1
    # p1-p3: shared 2, union 3, jaccard 2/3, overlap 2/2 = 1
    # p2-p3: shared 2, union 4, jaccard 1/2, overlap 2/3
    # p2-p4: shared 1, union 3, jaccard 1/3, overlap 1/1 = 1   (p4 has no members, but a remit)
    # p1-p2: shared 1, union 4, jaccard 1/4, overlap 1/2
    # p1-p4, p3-p4: nothing shared.
    db = load_tables(hand_tables())
    rows = overlap(db, {"as_of": AS_OF, "members": "themes", "rank_by": "jaccard"})
    assert _pairs(rows) == [("p1", "p3"), ("p2", "p3"), ("p2", "p4"), ("p1", "p2")]
    assert [r["jaccard"] for r in rows] == [pytest.approx(x) for x in (2 / 3, 1 / 2, 1 / 3, 1 / 4)]
    assert [r["overlap_coefficient"] for r in rows] == [pytest.approx(x) for x in (1, 2 / 3, 1, 1 / 2)]
    assert rows[0]["shared_names"] == ["Safeguarding", "Well-being"]
    assert rows[0]["shared_names_cy"] == ["Diogelu", "Llesiant"]
    assert rows[2]["shared_names_cy"] == ["Ŵyl"]
    assert (rows[2]["a_size"], rows[2]["b_size"]) == (3, 1)
    assert _pairs(overlap(db, {"as_of": AS_OF, "members": "themes", "min_shared": 2, "rank_by": "jaccard"})) == [("p1", "p3"), ("p2", "p3")]


def sorting_tables() -> dict[str, list[dict[str, Any]]]:
    """Two partnerships whose shared members sort differently by id, English name and Welsh name."""
    return {
        "themes": [
            {"id": "t1", "name_en": "Wellbeing", "name_cy": "Llesiant"},
            {"id": "t2", "name_en": "Housing", "name_cy": "Tai"},
            {"id": "t3", "name_en": "Safeguarding", "name_cy": "Diogelu"},
        ],
        "organisations": [
            _org("o1", name_en="Dyfed", name_cy="Bravo"),
            _org("o2", name_en="Caerdydd", name_cy="Ŵyl"),
            _org("o3", name_en="Bangor", name_cy="Awel"),
            _org("o4", name_en="Abertawe"),  # no Welsh name: falls back to English
            _org("o5", name_en="Zeta"),
        ],
        "partnerships": [_partnership("q1", themes="t1;t2;t3"), _partnership("q2", themes="t3;t2;t1")],
        "memberships": [
            *({"organisation_id": o, "partnership_id": "q1"} for o in ("o2", "o4", "o1", "o3")),
            *({"organisation_id": o, "partnership_id": "q2"} for o in ("o3", "o5", "o1", "o4", "o2")),
        ],
        "people": [
            {"id": "y1", "job_title_en": "Manager", "job_title_cy": "Rheolwr", "organisation_id": "o1"},
            {"id": "y2", "job_title_en": "Manager", "job_title_cy": "Rheolwr", "organisation_id": "o1"},
            {"id": "y3", "job_title_en": "Analyst", "organisation_id": "o3"},
        ],
        "seats": [{"person_id": x, "partnership_id": p} for p in ("q2", "q1") for x in ("y3", "y2", "y1")],
    }


def test_overlap_shared_lists_sorted_by_their_own_key(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    # q1 = {o1, o2, o3, o4} size 4, q2 = {o1, o2, o3, o4, o5} size 5: shared 4, jaccard 4/5, overlap 4/4.
    # By id:           o1, o2, o3, o4
    # By English name: Abertawe (o4), Bangor (o3), Caerdydd (o2), Dyfed (o1)
    # By Welsh name:   Abertawe (o4, English fallback), Awel (o3), Bravo (o1), Ŵyl (o2: Ŵ sorts after Z)
    db = load_tables(sorting_tables())
    [row] = overlap(db, {"as_of": AS_OF})
    assert (row["a_id"], row["b_id"], row["shared"], row["a_size"], row["b_size"]) == ("q1", "q2", 4, 4, 5)
    assert row["jaccard"] == pytest.approx(0.8)
    assert row["overlap_coefficient"] == pytest.approx(1.0)
    assert row["shared_ids"] == ["o1", "o2", "o3", "o4"]
    assert row["shared_names"] == ["Abertawe", "Bangor", "Caerdydd", "Dyfed"]
    assert row["shared_names_cy"] == ["Abertawe", "Awel", "Bravo", "Ŵyl"]

    # People: y1 and y2 are both "Manager, Dyfed" (employer o1 has no short name), y3 is "Analyst, Bangor";
    # in Welsh "Rheolwr, Bravo" twice and "Analyst, Awel" (no Welsh job title: English fallback).
    [row] = overlap(db, {"as_of": AS_OF, "members": "people"})
    assert (row["a_id"], row["b_id"], row["shared"], row["a_size"], row["b_size"]) == ("q1", "q2", 3, 3, 3)
    assert row["jaccard"] == pytest.approx(1.0)
    assert row["shared_ids"] == ["y1", "y2", "y3"]
    assert row["shared_names"] == ["Analyst, Bangor", "Manager, Dyfed", "Manager, Dyfed"]
    assert row["shared_names_cy"] == ["Analyst, Awel", "Rheolwr, Bravo", "Rheolwr, Bravo"]


def test_theme_overlap_shared_lists_sorted_by_their_own_key(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    # q1 and q2 both cover t1, t2, t3: shared 3, sizes 3 and 3, jaccard 1.
    # By id: t1, t2, t3; English: Housing, Safeguarding, Wellbeing; Welsh: Diogelu, Llesiant, Tai.
    db = load_tables(sorting_tables())
    [row] = overlap(db, {"as_of": AS_OF, "members": "themes"})
    assert (row["a_id"], row["b_id"], row["shared"], row["a_size"], row["b_size"]) == ("q1", "q2", 3, 3, 3)
    assert row["jaccard"] == pytest.approx(1.0)
    assert row["shared_ids"] == ["t1", "t2", "t3"]
    assert row["shared_names"] == ["Housing", "Safeguarding", "Wellbeing"]
    assert row["shared_names_cy"] == ["Diogelu", "Llesiant", "Tai"]


def test_a_partnership_and_its_own_sub_groups_are_not_paired(overlap: Overlap, load_tables: Callable[..., Database]) -> None:
    """A sub-group draws on its board's members by design: that overlap is not a finding (family = true shows it).

    On paper: board b = {a, b, c}; its sub-group s (subgroup_of b) = {a, b, c}; s's task and finish group t
    (subgroup_of s, so two steps below b) = {a, b}; a sibling sub-group s2 (subgroup_of b) = {a, b, c}; and an
    unrelated board x = {a, b}. Family pairs: (b,s), (b,t), (s,t), (b,s2). Every other pair is left in,
    siblings (s,s2) included: two sub-groups of one board with the same members are a finding.
    """
    tables = {
        "organisations": [_org(o) for o in "abc"],
        "partnerships": [
            _partnership("b", level="board"), _partnership("s", level="subgroup", subgroup_of="b"),
            _partnership("t", level="task_and_finish", subgroup_of="s"),
            _partnership("s2", level="subgroup", subgroup_of="b"), _partnership("x", level="board"),
        ],
        "memberships": [{"organisation_id": o, "partnership_id": p, "role": "member"}
                        for p, orgs in {"b": "abc", "s": "abc", "t": "ab", "s2": "abc", "x": "ab"}.items() for o in orgs],
    }
    db = load_tables(tables)
    everything = {("b", "s"), ("b", "s2"), ("b", "t"), ("b", "x"), ("s", "s2"), ("s", "t"), ("s", "x"),
                  ("s2", "t"), ("s2", "x"), ("t", "x")}
    family = {("b", "s"), ("b", "t"), ("s", "t"), ("b", "s2")}
    assert set(_pairs(overlap(db, {"as_of": AS_OF, "limit": None}))) == everything - family
    assert set(_pairs(overlap(db, {"as_of": AS_OF, "limit": None, "family": True}))) == everything
    # the score ranks the siblings first: 3 shared of 3 -> 3/5; then the pairs of 2 shared
    assert _pairs(overlap(db, {"as_of": AS_OF, "limit": 1})) == [("s", "s2")]
