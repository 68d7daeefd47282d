"""profile_organisation, profile_partnership, profile_person and assessment_scores on a hand-built graph."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tirlun.database import Database
from tirlun.errors import QueryError

AS_OF = dt.date(2025, 6, 30)


def tables() -> dict[str, list[dict[str, Any]]]:
    """One board (sb) with a sub-group (sg), a predecessor (old) and the world around them.

    org rct (local_authority): member of sb (statutory_member + chair), of sg until yesterday; chairs sb,
        secretariat for sb; holds dataset pna (produced for sb, flows to sb under waspi_isp, and to org hb)
    org hb (local_health_board): member of sb as invited_participant
    legislation ssw: requires local_authority, local_health_board, police_force
    post ceo (rct, "Prif Weithredwr"): seats on sb (member) and sg (until yesterday)
    meetings of sb: 2024-05-01 (before the 12 months), 2024-09-01 2h, 2025-03-01 3h, 2025-09-01 (after as_of)
        ceo attended 2024-09-01 and 2025-03-01, sent apologies 2025-09-01; dir (hb) deputised on 2025-03-01
    assessments of sb: sb-2024 (2024-06-01) and sb-2025 (2025-06-01); sb-2026 (2025-07-01) is after as_of
    """
    return {
        "areas": [{"id": "ctm", "name_en": "Cwm Taf Morgannwg", "kind": "region"},
                  {"id": "rct", "name_en": "Rhondda Cynon Taf", "kind": "local_authority", "parent_id": "ctm"}],
        "themes": [{"id": "safe", "name_en": "Safeguarding", "name_cy": "Diogelu"}],
        "legislation": [{"id": "ssw", "title_en": "Social Services and Well-being (Wales) Act 2014", "year": 2014,
                         "required_member_types": "local_authority;local_health_board;police_force"}],
        "organisations": [
            {"id": "rct", "name_en": "Rhondda Cynon Taf County Borough Council",
             "name_cy": "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "short_name": "RCT", "sector": "local_government",
             "org_type": "local_authority", "statutory": "true", "areas": "rct"},
            {"id": "hb", "name_en": "Cwm Taf Morgannwg University Health Board", "sector": "health",
             "org_type": "local_health_board"},
        ],
        "partnerships": [
            {"id": "old", "name_en": "Cwm Taf Safeguarding Board", "kind": "safeguarding_board",
             "dissolved": "2019-04-01", "successor_id": "sb"},
            {"id": "sb", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
             "kind": "safeguarding_board", "statutory": "true", "legislation": "ssw", "areas": "ctm", "themes": "safe",
             "established": "2019-04-01", "terms_of_reference": "true", "review_date": "2026-04-01",
             "secretariat_id": "rct", "chair_org_id": "rct", "purpose_cy": "Diogelu oedolion a phlant"},
            {"id": "sg", "name_en": "Practice review group", "kind": "safeguarding_board", "level": "subgroup",
             "subgroup_of": "sb", "reports_to": "sb"},
        ],
        "memberships": [
            {"organisation_id": "rct", "partnership_id": "sb", "role": "statutory_member"},
            {"organisation_id": "rct", "partnership_id": "sb", "role": "chair"},
            {"organisation_id": "rct", "partnership_id": "sg", "until": "2025-06-29"},
            {"organisation_id": "hb", "partnership_id": "sb", "role": "invited_participant"},
        ],
        "people": [
            {"id": "ceo", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "organisation_id": "rct"},
            {"id": "dir", "job_title_en": "Director of Nursing", "organisation_id": "hb"},
        ],
        "seats": [
            {"person_id": "ceo", "partnership_id": "sb"},
            {"person_id": "ceo", "partnership_id": "sg", "until": "2025-06-29"},
        ],
        "meetings": [
            {"id": "sb-1", "partnership_id": "sb", "start": "2024-05-01 10:00", "duration_hours": 2},
            {"id": "sb-2", "partnership_id": "sb", "start": "2024-09-01 10:00", "duration_hours": 2},
            {"id": "sb-3", "partnership_id": "sb", "start": "2025-03-01 10:00", "duration_hours": 3},
            {"id": "sb-4", "partnership_id": "sb", "start": "2025-09-01 10:00", "duration_hours": 2},
        ],
        "attendance": [
            {"person_id": "ceo", "meeting_id": "sb-1"},
            {"person_id": "ceo", "meeting_id": "sb-2"},
            {"person_id": "ceo", "meeting_id": "sb-3"},
            {"person_id": "dir", "meeting_id": "sb-3", "attended_as": "deputy"},
            {"person_id": "ceo", "meeting_id": "sb-4", "attended_as": "apologies"},
        ],
        "datasets": [{"id": "pna", "name_en": "Population Needs Assessment", "name_cy": "Asesiad o Anghenion y Boblogaeth",
                      "kind": "personal", "form": "data_collection", "controller_id": "rct", "partnership_id": "sb", "themes": "safe"}],
        "dataset_flows": [
            {"dataset_id": "pna", "to_kind": "partnership", "to_id": "sb", "protocol": "waspi_isp"},
            {"dataset_id": "pna", "to_kind": "organisation", "to_id": "hb"},
        ],
        "assessments": [
            {"assessment_id": "sb-2024", "partnership_id": "sb", "date": "2024-06-01", "criterion": "spat_purpose", "score": 2},
            {"assessment_id": "sb-2024", "partnership_id": "sb", "date": "2024-06-01", "criterion": "spat_engagement", "score": 4},
            {"assessment_id": "sb-2025", "partnership_id": "sb", "date": "2025-06-01", "criterion": "spat_purpose", "score": 4},
            {"assessment_id": "sb-2025", "partnership_id": "sb", "date": "2025-06-01", "criterion": "spat_engagement", "score": 3},
            {"assessment_id": "sb-2025", "partnership_id": "sb", "date": "2025-06-01", "criterion": "maef_leadership", "score": 5},
            {"assessment_id": "sb-2026", "partnership_id": "sb", "date": "2025-07-01", "criterion": "spat_purpose", "score": 1},
        ],
    }


def test_profile_organisation(load_tables: Callable[..., Database]) -> None:
    # rct: memberships sb/chair, sb/statutory_member (active), sg/member (ended yesterday) -> 1 active partnership.
    # Meetings in 2024-06-30..2025-06-30 by its posts (ceo): sb-2 (2h), sb-3 (3h) -> 2 meetings, 5 person-hours.
    db = load_tables(tables())
    [row] = db.read("profile_organisation", {"id": "rct", "as_of": AS_OF})
    assert row["name_cy"] == "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf"
    assert [a["id"] for a in row["areas"]] == ["rct"]
    assert [(m["partnership_id"], m["role"], m["active"]) for m in row["memberships"]] == [
        ("sb", "chair", True), ("sb", "statutory_member", True), ("sg", "member", False),
    ]
    assert row["memberships"][2]["until"] == dt.date(2025, 6, 29)
    assert row["active_partnerships"] == 1
    assert [c["partnership_id"] for c in row["chairs"]] == ["sb"]
    assert [s["partnership_id"] for s in row["secretariat_for"]] == ["sb"]
    assert row["posts"] == [{"id": "ceo", "job_title": "Chief Executive", "job_title_cy": "Prif Weithredwr",
                             "display_name": None, "seats": ["sb"]}]
    assert row["datasets_held"][0]["flows_to"] == ["hb", "sb"]
    assert (row["meetings_12m"], row["meeting_hours_12m"]) == (2, 5.0)
    assert row["counts"] == {"areas": 1, "memberships": 3, "chairs": 1, "secretariat_for": 1, "posts": 1, "datasets_held": 1}
    # limit=1 keeps the first membership (active first) and counts still says 3; the figures are unchanged.
    [cut] = db.read("profile_organisation", {"id": "rct", "as_of": AS_OF, "limit": 1})
    assert [(m["partnership_id"], m["role"]) for m in cut["memberships"]] == [("sb", "chair")]
    assert (cut["counts"]["memberships"], cut["active_partnerships"]) == (3, 1)
    assert db.read("profile_organisation", {"id": "nobody", "as_of": AS_OF}) == []
    with pytest.raises(QueryError):
        db.read("profile_organisation", {})  # id is required


def test_profile_partnership(load_tables: Callable[..., Database]) -> None:
    # sb: active; members rct (2 roles) and hb (invited) -> 2 active members; seat ceo -> 1 active seat.
    # Legislation requires LA (rct: fine), LHB (hb only invited) and police (nobody) -> missing LHB, police.
    # 12 months: sb-2 (ceo: 2h) and sb-3 (ceo + dir deputy: 2 x 3h) -> 2 meetings, 8 person-hours;
    # last meeting 2025-03-01 10:00, next 2025-09-01 10:00.
    # Assessments up to as_of, latest first: sb-2025 mean (4+3+5)/3 = 4, sb-2024 mean (2+4)/2 = 3.
    db = load_tables(tables())
    [row] = db.read("profile_partnership", {"id": "sb", "as_of": AS_OF})
    assert row["active"] is True
    assert row["name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert row["purpose_cy"] == "Diogelu oedolion a phlant"
    assert (row["active_members"], row["active_seats"]) == (2, 1)
    assert row["missing_member_types"] == ["local_health_board", "police_force"]
    assert [s["id"] for s in row["subgroups"]] == ["sg"]
    assert [s["id"] for s in row["reported_to_by"]] == ["sg"]
    assert [p["id"] for p in row["predecessors"]] == ["old"]
    assert row["successors"] == []
    assert [c["id"] for c in row["chair"]] == ["rct"] and [s["id"] for s in row["secretariat"]] == ["rct"]
    assert (row["meetings_12m"], row["person_hours_12m"]) == (2, 8.0)
    assert row["last_meeting"] == dt.datetime(2025, 3, 1, 10, 0)
    assert row["next_meeting"] == dt.datetime(2025, 9, 1, 10, 0)
    assert [d["id"] for d in row["datasets_produced"]] == ["pna"]
    assert row["datasets_received"][0]["protocol"] == "waspi_isp"
    assert [(a["id"], a["mean_score"]) for a in row["assessments"]] == [("sb-2025", 4.0), ("sb-2024", 3.0)]
    assert (row["counts"]["members"], row["counts"]["seats"], row["counts"]["assessments"]) == (3, 1, 2)
    # limit=1: one member row (hb: active first, then by id) of 3; active_members stays 2,
    # and missing_member_types is still judged on every member.
    [cut] = db.read("profile_partnership", {"id": "sb", "as_of": AS_OF, "limit": 1})
    assert [(m["id"], m["role"]) for m in cut["members"]] == [("hb", "invited_participant")]
    assert (len(cut["assessments"]), cut["assessments"][0]["id"], cut["counts"]["members"]) == (1, "sb-2025", 3)
    assert (cut["active_members"], cut["missing_member_types"]) == (2, ["local_health_board", "police_force"])
    [sub] = db.read("profile_partnership", {"id": "sg", "as_of": AS_OF})
    assert [p["id"] for p in sub["parent"]] == ["sb"] and sub["active_members"] == 0
    [old] = db.read("profile_partnership", {"id": "old", "as_of": AS_OF})
    assert old["active"] is False and [s["id"] for s in old["successors"]] == ["sb"]


def test_profile_person(load_tables: Callable[..., Database]) -> None:
    # ceo: seats sb (active), sg (ended yesterday) -> 1 active seat.
    # 12 months: sb-2 and sb-3 attended (2 + 3 = 5 h, 1 partnership); sb-4's apologies fall after as_of.
    db = load_tables(tables())
    [row] = db.read("profile_person", {"id": "ceo", "as_of": AS_OF})
    assert (row["job_title"], row["job_title_cy"]) == ("Chief Executive", "Prif Weithredwr")
    assert row["organisation_id"] == "rct"
    assert [(s["partnership_id"], s["active"]) for s in row["seats"]] == [("sb", True), ("sg", False)]
    assert row["seats"][0]["representing"] == "rct"
    assert row["active_seats"] == 1 and row["counts"] == {"seats": 2}
    [cut] = db.read("profile_person", {"id": "ceo", "as_of": AS_OF, "limit": 1})
    assert [s["partnership_id"] for s in cut["seats"]] == ["sb"] and (cut["counts"], cut["active_seats"]) == ({"seats": 2}, 1)
    assert (row["meetings_12m"], row["hours_12m"], row["partnerships_12m"], row["apologies_12m"]) == (2, 5.0, 1, 0)
    # On 2025-09-30 the 12 months hold sb-3 (attended) and sb-4 (apologies); sb-2 (2024-09-01) has dropped out.
    [later] = db.read("profile_person", {"id": "ceo", "as_of": "2025-09-30"})
    assert (later["meetings_12m"], later["apologies_12m"]) == (1, 1)


def test_assessment_scores(load_tables: Callable[..., Database]) -> None:
    # Up to 2025-06-30 (sb-2026 is later), sorted by partnership, criterion id, date:
    #   maef_leadership  sb-2025 5  (no earlier score)
    #   spat_engagement  sb-2024 4, then sb-2025 3 (change -1)
    #   spat_purpose     sb-2024 2, then sb-2025 4 (change +2)
    db = load_tables(tables())
    rows = db.read("assessment_scores", {"as_of": AS_OF})
    assert [(r["criterion_id"], r["assessment_id"], r["score"], r["previous_score"], r["change"]) for r in rows] == [
        ("maef_leadership", "sb-2025", 5, None, None),
        ("spat_engagement", "sb-2024", 4, None, None),
        ("spat_engagement", "sb-2025", 3, 4, -1),
        ("spat_purpose", "sb-2024", 2, None, None),
        ("spat_purpose", "sb-2025", 4, 2, 2),
    ]
    assert rows[0]["framework"] == "maef"
    assert rows[0]["name_cy"] == "Arweinyddiaeth a llywodraethu lleol"
    assert rows[0]["partnership_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert rows[0]["date"] == dt.date(2025, 6, 1)
    spat = db.read("assessment_scores", {"as_of": AS_OF, "framework": "spat", "partnership": "sb"})
    assert {r["framework"] for r in spat} == {"spat"} and len(spat) == 4
    # Later, sb-2026 joins: spat_purpose falls from 4 to 1.
    later = db.read("assessment_scores", {"as_of": "2025-12-31"})
    assert (later[-1]["assessment_id"], later[-1]["previous_score"], later[-1]["change"]) == ("sb-2026", 4, -3)
    assert db.read("assessment_scores", {"as_of": AS_OF, "partnership": "sg"}) == []
