"""data_silos on a hand-built graph worked out on paper."""

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
    assert "Dataset d2" in iso["reason"] and "Org B" in iso["reason"]
    assert "Set ddata Ŵyl" in iso["reason_cy"] and "Bwrdd Iechyd" in iso["reason_cy"]
    theme = by_key[("theme_without_sharing", "housing", None)]
    assert theme["reason"].startswith("2 active partnerships work on Housing")
    assert "Tai" in theme["reason_cy"]
    assert all(r["reason_cy"] and r["reason_cy"] != r["reason"] for r in rows)


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
