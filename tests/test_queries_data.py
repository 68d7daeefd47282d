"""data_silos and app_datasets on a hand-built graph worked out on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def tables() -> dict[str, list[dict[str, Any]]]:
    """Remits, members, datasets and flows (as_of 2025-06-30).

    p1 {safe, well}  members a, b          p2 {well, cs}  members a, c
    p3 {housing}     members d             p4 {safe}      dissolved
    p5 {housing}     no members
    d1 held by a {well}        produced for p1; flows to p1 (waspi_isp) and p2 (agreement none)
    d2 held by b {cs}          no flows
    d3 held by c {safe, well}  flows only to c, its own holder
    d4 held by d {housing, safe} flows to p1 (agreement none) and org b (waspi_dda)
    d5 held by b {cs}          flows to p2 (joint_controller)
    """
    def org(o: str, name_cy: str | None = None) -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o.upper()}", "name_cy": name_cy, "sector": "health", "org_type": "other"}

    def dataset(did: str, holder: str, themes: str, **kw: Any) -> dict[str, Any]:
        return {"id": did, "name_en": f"Dataset {did}", "kind": "data_collection", "holder_id": holder, "themes": themes, **kw}

    return {
        "themes": [
            {"id": "safe", "name_en": "Safeguarding", "name_cy": "Diogelu"},
            {"id": "well", "name_en": "Well-being", "name_cy": "Llesiant"},
            {"id": "cs", "name_en": "Community safety", "name_cy": "Diogelwch cymunedol"},
            {"id": "housing", "name_en": "Housing", "name_cy": "Tai"},
        ],
        "organisations": [org("a"), org("b", "Bwrdd Iechyd"), org("c"), org("d")],
        "partnerships": [
            {"id": "p1", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
             "kind": "safeguarding_board", "themes": "safe;well"},
            {"id": "p2", "name_en": "PSB", "kind": "psb", "themes": "well;cs"},
            {"id": "p3", "name_en": "Housing forum", "kind": "other", "themes": "housing"},
            {"id": "p4", "name_en": "Old board", "kind": "safeguarding_board", "themes": "safe", "dissolved": "2024-01-01"},
            {"id": "p5", "name_en": "Housing task group", "kind": "other", "themes": "housing"},
        ],
        "memberships": [
            {"organisation_id": "a", "partnership_id": "p1"},
            {"organisation_id": "b", "partnership_id": "p1"},
            {"organisation_id": "a", "partnership_id": "p2"},
            {"organisation_id": "c", "partnership_id": "p2"},
            {"organisation_id": "d", "partnership_id": "p3"},
            {"organisation_id": "b", "partnership_id": "p4"},
        ],
        "datasets": [
            dataset("d1", "a", "well", partnership_id="p1"),
            dataset("d2", "b", "cs", name_cy="Set ddata Ŵyl"),
            dataset("d3", "c", "safe;well"),
            dataset("d4", "d", "housing;safe"),
            dataset("d5", "b", "cs"),
        ],
        "dataset_flows": [
            {"dataset_id": "d1", "to_kind": "partnership", "to_id": "p1", "agreement": "waspi_isp"},
            {"dataset_id": "d1", "to_kind": "partnership", "to_id": "p2", "agreement": "none"},
            {"dataset_id": "d3", "to_kind": "organisation", "to_id": "c", "agreement": "other"},
            {"dataset_id": "d4", "to_kind": "partnership", "to_id": "p1", "agreement": "none"},
            {"dataset_id": "d4", "to_kind": "organisation", "to_id": "b", "agreement": "waspi_dda"},
            {"dataset_id": "d5", "to_kind": "partnership", "to_id": "p2", "agreement": "joint_controller"},
        ],
    }


def test_data_silos_by_hand(load_tables: Callable[..., Database]) -> None:
    # isolated_dataset: d2 (no flows) - active partnerships on its theme cs: p2 -> 1
    #                   d3 (flows only to its holder) - on safe or well: p1, p2 (p4 dissolved) -> 2
    # needed_data_unshared (theme shared, not produced for it, holder not a member, no real agreement):
    #   p1-d3 (safe, well; c not in p1, no flow)   p1-d4 (safe; d not in p1, flow with agreement none)
    #   p2-d2 (cs; b not in p2, no flow)            p5-d4 (housing; p5 has no members)
    #   not: p1-d1 (produced for p1), p2-d1 and p2-d3 (holders a, c are members of p2),
    #        p2-d5 (joint_controller agreement), p3-d4 (d is a member of p3)
    # theme_without_sharing: only housing has two active partnerships (p3, p5) and no dataset reaches both;
    #   well (p1, p2) is linked by d1 (produced for p1, flows to p2); safe has only p1 active.
    # Order: partnerships_affected desc, kind, entity id, related id.
    db = load_tables(tables())
    rows = db.read("data_silos", {"as_of": AS_OF})
    assert [(r["kind"], r["entity_id"], r["related_id"], r["partnerships_affected"]) for r in rows] == [
        ("isolated_dataset", "d3", "c", 2),
        ("theme_without_sharing", "housing", None, 2),
        ("isolated_dataset", "d2", "b", 1),
        ("needed_data_unshared", "p1", "d3", 1),
        ("needed_data_unshared", "p1", "d4", 1),
        ("needed_data_unshared", "p2", "d2", 1),
        ("needed_data_unshared", "p5", "d4", 1),
    ]
    by_key = {(r["kind"], r["entity_id"], r["related_id"]): r for r in rows}
    assert by_key[("needed_data_unshared", "p1", "d3")]["themes"] == ["Safeguarding", "Well-being"]
    assert by_key[("needed_data_unshared", "p1", "d3")]["themes_cy"] == ["Diogelu", "Llesiant"]
    assert by_key[("needed_data_unshared", "p1", "d3")]["entity_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    iso = by_key[("isolated_dataset", "d2", "b")]
    assert iso["entity_name_cy"] == "Set ddata Ŵyl"
    assert iso["related_name_cy"] == "Bwrdd Iechyd"
    # The holder: for an isolated dataset it is the related party; for a need, the dataset's holder; none for a theme.
    assert (iso["holder_id"], iso["holder_name_cy"]) == ("b", "Bwrdd Iechyd")
    assert [by_key[("needed_data_unshared", p, d)]["holder_id"] for p, d in
            [("p1", "d3"), ("p1", "d4"), ("p2", "d2"), ("p5", "d4")]] == ["c", "d", "b", "d"]
    assert by_key[("theme_without_sharing", "housing", None)]["holder_id"] is None
    # Totals on every row: 7 findings; per kind 2 isolated (d3, d2), 4 needs, 1 theme.
    assert {(r["total"], r["isolated_datasets"], r["needed_unshared"], r["themes_without_sharing"]) for r in rows} == {
        (7, 2, 4, 1)}
    # No sentence is built in Cypher any more: the answer words the facts from the catalogue.
    assert not any(k.startswith("reason") for k in rows[0])


def test_data_silos_bounded_and_by_kind(load_tables: Callable[..., Database]) -> None:
    # Same 7 findings as above. limit 3 keeps the first three of the ranking; total still 7.
    db = load_tables(tables())
    top = db.read("data_silos", {"as_of": AS_OF, "limit": 3})
    assert [(r["kind"], r["entity_id"]) for r in top] == [
        ("isolated_dataset", "d3"), ("theme_without_sharing", "housing"), ("isolated_dataset", "d2")]
    assert {r["total"] for r in top} == {7}
    # Only the needs: 4 of them, first two kept; the per-kind counts still cover every kind.
    needs = db.read("data_silos", {"as_of": AS_OF, "limit": 2, "kind": "needed_data_unshared"})
    assert [(r["entity_id"], r["related_id"]) for r in needs] == [("p1", "d3"), ("p1", "d4")]
    assert {(r["total"], r["isolated_datasets"], r["needed_unshared"], r["themes_without_sharing"]) for r in needs} == {
        (4, 2, 4, 1)}
    # limit null: every finding (the download).
    assert len(db.read("data_silos", {"as_of": AS_OF, "limit": None})) == 7


def test_app_datasets_ranked_bounded_with_totals(load_tables: Callable[..., Database]) -> None:
    # flows (without agreement): d1 2 (1: p2 none), d2 0, d3 1 (0), d4 2 (1: p1 none), d5 1 (0).
    # Totals: 5 datasets, 6 flows, 2 without agreement.
    # Ranking: most flows without agreement, then fewest flows, then name: d1, d4 (1 each, 2 flows; by name),
    # d2 (0 flows), d3, d5 (1 flow each; by name).
    db = load_tables(tables())
    rows = db.read("app_datasets", {})
    assert [(r["id"], r["flow_count"], r["flows_without_agreement"]) for r in rows] == [
        ("d1", 2, 1), ("d4", 2, 1), ("d2", 0, 0), ("d3", 1, 0), ("d5", 1, 0)]
    assert {(r["total"], r["flows_total"], r["flows_without_total"]) for r in rows} == {(5, 6, 2)}
    # Within a dataset the flows with no agreement come first: d1 -> p2 (none), then p1 (waspi_isp).
    assert [(f["to_id"], f["agreement"]) for f in rows[0]["flows"]] == [("p2", "none"), ("p1", "waspi_isp")]
    bounded = db.read("app_datasets", {"limit": 2, "flows_each": 1})
    assert [(r["id"], r["flow_count"], len(r["flows"])) for r in bounded] == [("d1", 2, 1), ("d4", 2, 1)]
    assert {(r["total"], r["flows_total"], r["flows_without_total"]) for r in bounded} == {(5, 6, 2)}
    assert bounded[1]["flows"] == [{"to_id": "p1", "to_name_en": "Cwm Taf Morgannwg Safeguarding Board",
                                    "to_name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg", "agreement": "none"}]


def test_data_silos_follow_as_of(load_tables: Callable[..., Database]) -> None:
    # On 2023-06-30 p4 (safe) is still active: d3 now serves p1, p2 and p4 -> 3, safe has p1 and p4 with no
    # shared dataset -> a second silo theme, and p4 (member b) also lacks d3 and d4.
    db = load_tables(tables())
    rows = db.read("data_silos", {"as_of": "2023-06-30"})
    keys = [(r["kind"], r["entity_id"], r["related_id"], r["partnerships_affected"]) for r in rows]
    assert keys[0] == ("isolated_dataset", "d3", "c", 3)
    assert ("theme_without_sharing", "safe", None, 2) in keys
    assert ("needed_data_unshared", "p4", "d3", 1) in keys and ("needed_data_unshared", "p4", "d4", 1) in keys
    assert db.read("data_silos", {"as_of": None, "region": None}) == db.read("data_silos", {})
