"""brokers, brokers_projection and tirlun.analysis.brokers on a hand-built graph."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tirlun.analysis import brokers
from tirlun.database import Database
from tirlun.errors import QueryError

AS_OF = dt.date(2025, 6, 30)


def tables() -> dict[str, list[dict[str, Any]]]:
    """Active memberships and seats on 2025-06-30 (p5 dissolved, x4's seat ended yesterday).

    organisations:  org-a: p1 p2   org-b: p1   org-c: p2 p3   org-d: p3   org-e: p4 (+ p5, dissolved)
    posts:          post-x1: p1 p2 p3   post-x2: p1 p2   post-x3: p3   post-x4: p4 until yesterday
    remits:         p1 {safe, well}  p2 {well, cs}  p3 {housing}  p4 {cs}
    """
    def org(o: str) -> dict[str, Any]:
        return {"id": f"org-{o}", "name_en": f"Org {o.upper()}", "sector": "other", "org_type": "other"}

    def member(o: str, p: str) -> dict[str, Any]:
        return {"organisation_id": f"org-{o}", "partnership_id": p}

    return {
        "themes": [{"id": t, "name_en": t.title()} for t in ("safe", "well", "cs", "housing")],
        "organisations": [org(o) for o in "abcde"],
        "partnerships": [
            {"id": "p1", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
             "kind": "safeguarding_board", "themes": "safe;well"},
            {"id": "p2", "name_en": "PSB", "kind": "psb", "themes": "well;cs"},
            {"id": "p3", "name_en": "Housing forum", "kind": "other", "themes": "housing"},
            {"id": "p4", "name_en": "CSP", "kind": "community_safety_partnership", "themes": "cs"},
            {"id": "p5", "name_en": "Old board", "kind": "other", "dissolved": "2025-01-01"},
        ],
        "memberships": [member("a", "p1"), member("a", "p2"), member("b", "p1"), member("c", "p2"), member("c", "p3"),
                        member("d", "p3"), member("e", "p4"), member("a", "p5"), member("e", "p5")],
        "people": [
            {"id": "post-x1", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "organisation_id": "org-a"},
            {"id": "post-x2", "job_title_en": "Director", "organisation_id": "org-b"},
            {"id": "post-x3", "job_title_en": "Officer", "organisation_id": "org-d"},
            {"id": "post-x4", "job_title_en": "Manager", "organisation_id": "org-e"},
        ],
        "seats": [
            {"person_id": "post-x1", "partnership_id": "p1"}, {"person_id": "post-x1", "partnership_id": "p2"},
            {"person_id": "post-x1", "partnership_id": "p3"}, {"person_id": "post-x2", "partnership_id": "p1"},
            {"person_id": "post-x2", "partnership_id": "p2"}, {"person_id": "post-x3", "partnership_id": "p3"},
            {"person_id": "post-x4", "partnership_id": "p4", "until": "2025-06-29"},
        ],
    }


def test_brokers_query_by_hand(load_tables: Callable[..., Database]) -> None:
    # Spanning >= 2 active partnerships:
    #   post-x1: p1 p2 p3 -> 3 partnerships, themes {safe, well, cs, housing} 4, kinds 3
    #   org-a: p1 p2 -> 2, themes {safe, well, cs} 3 (p5 is dissolved)
    #   org-c: p2 p3 -> 2, themes {well, cs, housing} 3
    #   post-x2: p1 p2 -> 2, themes {safe, well, cs} 3
    # Ties on partnerships and themes are ordered by id: org-a, org-c, post-x2.
    db = load_tables(tables())
    rows = db.read("brokers", {"as_of": AS_OF})
    assert [(r["entity"], r["id"], r["partnerships"], r["themes"]) for r in rows] == [
        ("person", "post-x1", 3, 4), ("organisation", "org-a", 2, 3),
        ("organisation", "org-c", 2, 3), ("person", "post-x2", 2, 3),
    ]
    assert rows[0]["name_cy"] == "Prif Weithredwr"
    assert rows[0]["organisation_id"] == "org-a"
    assert rows[0]["partnership_ids"] == ["p1", "p2", "p3"]
    assert rows[0]["kinds"] == 3
    assert [r["id"] for r in db.read("brokers", {"as_of": AS_OF, "entity": "organisation"})] == ["org-a", "org-c"]
    assert [r["id"] for r in db.read("brokers", {"as_of": AS_OF, "min_partnerships": 3})] == ["post-x1"]
    # min 1: five organisations and three posts (post-x4 has no active seat).
    assert len(db.read("brokers", {"as_of": AS_OF, "min_partnerships": 1, "limit": None})) == 8
    assert [r["id"] for r in db.read("brokers", {"as_of": AS_OF, "limit": 1})] == ["post-x1"]


def test_projection_edges(load_tables: Callable[..., Database]) -> None:
    # Organisation edges: a-p1 a-p2 b-p1 c-p2 c-p3 d-p3 e-p4 (7); post edges: x1-p1 x1-p2 x1-p3 x2-p1 x2-p2 x3-p3 (6).
    db = load_tables(tables())
    rows = db.read("brokers_projection", {"as_of": AS_OF})
    assert sorted((r["id"], r["partnership_id"]) for r in rows if r["entity"] == "organisation") == [
        ("org-a", "p1"), ("org-a", "p2"), ("org-b", "p1"), ("org-c", "p2"), ("org-c", "p3"), ("org-d", "p3"), ("org-e", "p4"),
    ]
    assert sum(r["entity"] == "person" for r in rows) == 6


def test_analysis_articulation_points(load_tables: Callable[..., Database]) -> None:
    # Organisation network: b-p1-a-p2-c-p3-d (and e-p4 apart). Removing org-a leaves {b,p1} apart from
    # {p2,c,p3,d}: an articulation point splitting one extra piece; likewise org-c ({p3,d} cut off).
    # Post network: x2 links p1-p2, x1 links p1-p2-p3, x3 only p3. Removing post-x1 cuts {p3, x3} off: articulation;
    # removing post-x2 leaves p1 and p2 joined through x1: not one.
    db = load_tables(tables())
    df = brokers(db, as_of=AS_OF)
    got = {r["id"]: (bool(r["articulation_point"]), int(r["splits"])) for r in df.to_dict("records")}
    assert got == {"post-x1": (True, 1), "org-a": (True, 1), "org-c": (True, 1), "post-x2": (False, 0)}
    assert list(df["id"]) == ["post-x1", "org-a", "org-c", "post-x2"]  # the query's order is kept
    between = dict(zip(df["id"], df["betweenness"], strict=True))
    assert between["post-x1"] > between["post-x2"]
    # limit applies after the metrics; other params pass through to both queries.
    limited = brokers(db, as_of=AS_OF, limit=2, entity="organisation")
    assert list(limited["id"]) == ["org-a", "org-c"] and limited["articulation_point"].all()
    with pytest.raises(QueryError):
        brokers(db, as_of=AS_OF, colour="red")


def test_analysis_on_an_empty_graph(db: Database) -> None:
    df = brokers(db)
    assert df.empty
    assert {"id", "partnerships", "articulation_point", "splits", "betweenness"} <= set(df.columns)
