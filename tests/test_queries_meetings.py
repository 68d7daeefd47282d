"""duplicate_meetings, meeting_burden and meeting_timeline on a hand-built graph worked out on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def _meeting(mid: str, pid: str, start: str, hours: float, themes: str = "") -> dict[str, Any]:
    return {"id": mid, "partnership_id": pid, "start": start, "duration_hours": hours, "themes": themes}


def tables() -> dict[str, list[dict[str, Any]]]:
    """Three partnerships, six posts, nine meetings.

    Attendees (attended or deputy; apologies never count):
      m1 p1 2025-03-03 10:00 2h   {x1,x2,x3}      (x4 apologies)     themes safe, well
      m4 p1 2025-03-05 10:00 1h   {x1,x2,x3}
      m2 p2 2025-03-10 14:00 3h   {x1,x2,x3,x5}   (x3 as deputy)     themes well
      m3 p3 2025-03-11 09:00 1.5h {x1,x2,x3}
      m6 p3 2025-06-30 09:00 2h   {x1,x2}         (x6 apologies)
      m5 p2 2025-06-30 16:00 2h   {x1,x2}
      m7 p3 2024-06-29 10:00 1h   {x1,x2}         (the day before the default range)
      m8 p1 2024-06-30 10:00 1h   {x1,x2}         (first day of the default range)
      m9 p2 2024-07-02 10:00 1h   {x1,x2,x4}
    Employers: x1, x3 -> org a; x2 -> org b; x4, x5 -> org c; x6 -> org d.
    """
    people = [("x1", "a", "Chief Executive", "Prif Weithredwr"), ("x2", "b", "Director", "Cyfarwyddwr"),
              ("x3", "a", "Head of Service", None), ("x4", "c", "Manager", None),
              ("x5", "c", "Officer", None), ("x6", "d", "Lead", None)]
    attendance = {
        "m1": ["x1", "x2", "x3"], "m4": ["x1", "x2", "x3"], "m2": ["x1", "x2", "x5"], "m3": ["x1", "x2", "x3"],
        "m6": ["x1", "x2"], "m5": ["x1", "x2"], "m7": ["x1", "x2"], "m8": ["x1", "x2"], "m9": ["x1", "x2", "x4"],
    }
    rows = [{"person_id": p, "meeting_id": m} for m, ps in attendance.items() for p in ps]
    rows += [
        {"person_id": "x3", "meeting_id": "m2", "attended_as": "deputy"},
        {"person_id": "x4", "meeting_id": "m1", "attended_as": "apologies"},
        {"person_id": "x6", "meeting_id": "m6", "attended_as": "apologies"},
    ]
    return {
        "themes": [
            {"id": "safe", "name_en": "Safeguarding", "name_cy": "Diogelu"},
            {"id": "well", "name_en": "Well-being", "name_cy": "Llesiant"},
        ],
        "organisations": [
            {"id": o, "name_en": f"Org {o.upper()}", "name_cy": f"Sefydliad {o.upper()}",
             "sector": "local_government", "org_type": "local_authority"}
            for o in "abcd"
        ],
        "partnerships": [
            {"id": "p1", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
             "kind": "safeguarding_board"},
            {"id": "p2", "name_en": "Public Services Board", "kind": "psb"},
            {"id": "p3", "name_en": "Community Safety Partnership", "kind": "community_safety_partnership"},
        ],
        "people": [
            {"id": i, "organisation_id": o, "job_title_en": en, "job_title_cy": cy} for i, o, en, cy in people
        ],
        "meetings": [
            _meeting("m1", "p1", "2025-03-03 10:00", 2, "safe;well"),
            _meeting("m4", "p1", "2025-03-05 10:00", 1),
            _meeting("m2", "p2", "2025-03-10 14:00", 3, "well"),
            _meeting("m3", "p3", "2025-03-11 09:00", 1.5),
            _meeting("m6", "p3", "2025-06-30 09:00", 2),
            _meeting("m5", "p2", "2025-06-30 16:00", 2),
            _meeting("m7", "p3", "2024-06-29 10:00", 1),
            _meeting("m8", "p1", "2024-06-30 10:00", 1),
            _meeting("m9", "p2", "2024-07-02 10:00", 1),
        ],
        "attendance": rows,
    }


def _pairs(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["a_meeting_id"], r["b_meeting_id"]) for r in rows]


def test_duplicate_meetings_by_hand(load_tables: Callable[..., Database]) -> None:
    # Default range: 2024-06-30 .. 2025-06-30 inclusive, so m7 (2024-06-29) is out, m8 and m5/m6 are in.
    # Pairs of different partnerships within 7 days (inclusive), earlier meeting as a:
    #   m6-m5 same day  p3/p2 {x1,x2}/{x1,x2}           shared 2 union 2 J 1.00  hours 2 x min(2,2)   = 4
    #   m4-m3 6 days    p1/p3 {x1,x2,x3}/{x1,x2,x3}     shared 3 union 3 J 1.00  hours 3 x min(1,1.5) = 3
    #   m1-m2 7 days    p1/p2 {x1,x2,x3}/{x1,x2,x3,x5}  shared 3 union 4 J 0.75  hours 3 x min(2,3)   = 6
    #   m2-m3 1 day     p2/p3 {x1,x2,x3,x5}/{x1,x2,x3}  shared 3 union 4 J 0.75  hours 3 x min(3,1.5) = 4.5
    #   m4-m2 5 days    p1/p2                            shared 3 union 4 J 0.75  hours 3 x min(1,3)   = 3
    #   m8-m9 2 days    p1/p2 {x1,x2}/{x1,x2,x4}         shared 2 union 3 J 0.667 hours 2 x min(1,1)   = 2
    # Not pairs: m1-m4 (same partnership), m1-m3 (8 days), m7-m8 (m7 before the range).
    # Ranking rule: hours saved desc, then J desc, then days apart: m4-m3 (3 h, J 1) before m4-m2 (3 h, J 0.75).
    db = load_tables(tables())
    rows = db.read("duplicate_meetings", {"as_of": AS_OF})
    assert _pairs(rows) == [("m1", "m2"), ("m2", "m3"), ("m6", "m5"), ("m4", "m3"), ("m4", "m2"), ("m8", "m9")]
    assert [r["days_apart"] for r in rows] == [7, 1, 0, 6, 5, 2]
    assert [r["attendee_jaccard"] for r in rows] == [pytest.approx(x) for x in (0.75, 0.75, 1, 1, 0.75, 2 / 3)]
    assert [r["hours_saved"] for r in rows] == [pytest.approx(x) for x in (6, 4.5, 4, 3, 3, 2)]
    assert [r["shared_attendees"] for r in rows] == [3, 3, 2, 3, 3, 2]
    # Every row carries the totals over every pair: 6 pairs, 6 + 4.5 + 4 + 3 + 3 + 2 = 22.5 hours.
    assert {(r["total"], r["hours_saved_total"]) for r in rows} == {(6, 22.5)}  # halves add exactly in floating point
    # Partnership pairs: {p1,p2} m1-m2 m4-m2 m8-m9 = 3; {p2,p3} m6-m5 m2-m3 = 2; {p1,p3} m4-m3 = 1.
    assert {(r["top_a_partnership_id"], r["top_b_partnership_id"], r["top_pair_duplicates"]) for r in rows} == {
        ("p1", "p2", 3)}
    m1m2 = rows[0]
    assert (m1m2["a_attendees"], m1m2["b_attendees"]) == (3, 4)
    assert m1m2["shared_themes"] == ["Well-being"]
    assert m1m2["shared_themes_cy"] == ["Llesiant"]
    assert m1m2["a_partnership_name_cy"] == "Bwrdd Diogelu Cwm Taf Morgannwg"
    assert m1m2["a_start"] == dt.datetime(2025, 3, 3, 10, 0)


def test_duplicate_meetings_are_cut_on_the_server(load_tables: Callable[..., Database]) -> None:
    # limit 2: the first two pairs of the ranking above, with the totals of all six.
    db = load_tables(tables())
    rows = db.read("duplicate_meetings", {"as_of": AS_OF, "limit": 2})
    assert _pairs(rows) == [("m1", "m2"), ("m2", "m3")]
    assert [(r["total"], r["hours_saved_total"]) for r in rows] == [(6, 22.5), (6, 22.5)]
    # limit null: every pair (the full download).
    assert len(db.read("duplicate_meetings", {"as_of": AS_OF, "limit": None})) == 6
    # No pair at all: no rows (the answer says why).
    assert db.read("duplicate_meetings", {"as_of": AS_OF, "min_attendee_jaccard": 1.0, "window_days": 0,
                                          "date_to": "2025-06-29"}) == []


def test_window_is_inclusive(load_tables: Callable[..., Database]) -> None:
    # m1 and m2 are exactly 7 days apart: listed with window 7, not with window 6.
    db = load_tables(tables())
    assert ("m1", "m2") in _pairs(db.read("duplicate_meetings", {"as_of": AS_OF, "window_days": 7}))
    six = _pairs(db.read("duplicate_meetings", {"as_of": AS_OF, "window_days": 6}))
    assert ("m1", "m2") not in six and ("m4", "m3") in six
    # Window 0: only meetings on the same day.
    assert _pairs(db.read("duplicate_meetings", {"as_of": AS_OF, "window_days": 0})) == [("m6", "m5")]


def test_duplicate_thresholds_and_dates(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    # J >= 0.8 keeps only the two identical-attendance pairs.
    assert _pairs(db.read("duplicate_meetings", {"as_of": AS_OF, "min_attendee_jaccard": 0.8})) == [("m6", "m5"), ("m4", "m3")]
    # date_to is inclusive: m2 starts at 14:00 on 2025-03-10 and counts; m3 (03-11) does not.
    march = db.read("duplicate_meetings", {"as_of": AS_OF, "date_from": "2025-03-01", "date_to": "2025-03-10"})
    assert _pairs(march) == [("m1", "m2"), ("m4", "m2")]
    # Starting the range a day earlier brings m7 in: m7-m8 (p3/p1, 1 day, J 1, 2 h), m7-m9 (3 days, J 2/3, 2 h)
    # beside m8-m9 (2 days, J 2/3, 2 h); equal hours go by J, then by days apart.
    early = db.read("duplicate_meetings", {"as_of": AS_OF, "date_from": "2024-06-29", "date_to": "2024-07-31"})
    assert _pairs(early) == [("m7", "m8"), ("m8", "m9"), ("m7", "m9")]
    # Null parameters mean the defaults.
    nulls = {"as_of": AS_OF, "window_days": None, "min_attendee_jaccard": None, "date_from": None, "date_to": None}
    assert db.read("duplicate_meetings", nulls) == db.read("duplicate_meetings", {"as_of": AS_OF})


def test_meeting_burden_by_person(load_tables: Callable[..., Database]) -> None:
    # Default range 2024-06-30 .. 2025-06-30: m1 m2 m3 m4 m5 m6 m8 m9 (not m7).
    # x1, x2: all eight: hours 2+3+1.5+1+2+2+1+1 = 13.5, partnerships p1 p2 p3
    # x3: m1 m2 (deputy) m3 m4 = 2+3+1.5+1 = 7.5, 3 partnerships
    # x5: m2 = 3 h; x4: m9 = 1 h (m1 was apologies); x6: apologies only, so not listed.
    db = load_tables(tables())
    rows = db.read("meeting_burden", {"as_of": AS_OF, "by": "person"})
    assert [(r["id"], r["meetings"], r["hours"], r["partnerships"]) for r in rows] == [
        ("x1", 8, 13.5, 3), ("x2", 8, 13.5, 3), ("x3", 4, 7.5, 3), ("x5", 1, 3.0, 1), ("x4", 1, 1.0, 1),
    ]
    assert rows[0]["name_cy"] == "Prif Weithredwr"
    assert rows[2]["name_cy"] == "Head of Service"  # no Welsh title: English
    assert (rows[0]["job_title"], rows[0]["job_title_cy"], rows[2]["job_title_cy"]) == (
        "Chief Executive", "Prif Weithredwr", "Head of Service")
    assert rows[0]["organisation_id"] == "a"
    # Totals over every post: 5 posts, 13.5 + 13.5 + 7.5 + 3 + 1 = 38.5 person-hours, also when cut at 2.
    assert {(r["total"], r["hours_total"]) for r in rows} == {(5, 38.5)}
    two = db.read("meeting_burden", {"as_of": AS_OF, "by": "person", "limit": 2})
    assert [(r["id"], r["total"], r["hours_total"]) for r in two] == [("x1", 5, 38.5), ("x2", 5, 38.5)]
    # March 2025 only: m1 m4 m2 m3 -> x1 has 4 meetings, 2+1+3+1.5 = 7.5 hours.
    march = db.read("meeting_burden", {"as_of": AS_OF, "by": "person", "date_from": "2025-03-01", "date_to": "2025-03-31"})
    assert (march[0]["id"], march[0]["meetings"], march[0]["hours"]) == ("x1", 4, 7.5)


def test_meeting_burden_by_organisation(load_tables: Callable[..., Database]) -> None:
    # org a = x1 + x3: 13.5 + 7.5 = 21 person-hours, 12 attendances, 8 distinct meetings, 3 partnerships, 2 people
    # org b = x2: 13.5 h, 8 attendances, 8 meetings, 3 partnerships, 1 person
    # org c = x4 + x5: 1 + 3 = 4 h, meetings m9 and m2 (both p2): 2 meetings, 1 partnership, 2 people
    # org d: only apologies, not listed.
    db = load_tables(tables())
    rows = db.read("meeting_burden", {"as_of": AS_OF})
    assert [(r["id"], r["hours"], r["attendances"], r["meetings"], r["partnerships"], r["people"]) for r in rows] == [
        ("a", 21.0, 12, 8, 3, 2), ("b", 13.5, 8, 8, 3, 1), ("c", 4.0, 2, 2, 1, 2),
    ]
    assert rows[0]["name_cy"] == "Sefydliad A"
    assert {(r["total"], r["hours_total"], r["job_title"]) for r in rows} == {(3, 38.5, None)}  # 21 + 13.5 + 4
    assert db.read("meeting_burden", {"as_of": AS_OF, "by": None, "limit": None}) == rows


def test_meeting_timeline_per_partnership_per_month(load_tables: Callable[..., Database]) -> None:
    # Default range 2024-06-30 .. 2025-06-30 (m7 out). Person-hours = hours x attendees (not apologies):
    #   p1: 2024-06 m8 1 h x 2 = 2;             2025-03 m1 2x3 + m4 1x3 = 9 (2 meetings, 3 h)   -> 11
    #   p2: 2024-07 m9 1x3 = 3; 2025-03 m2 3x4 = 12; 2025-06 m5 2x2 = 4                        -> 19
    #   p3: 2025-03 m3 1.5x3 = 4.5; 2025-06 m6 2x2 = 4                                        -> 8.5
    # Ranking: p2, p1, p3 (period person-hours), months in order within each: 7 partnership-months.
    db = load_tables(tables())
    rows = db.read("meeting_timeline", {"as_of": AS_OF})
    assert [(r["partnership_id"], r["month"].isoformat(), r["meetings"], r["hours"], r["person_hours"]) for r in rows] == [
        ("p2", "2024-07-01", 1, 1.0, 3.0), ("p2", "2025-03-01", 1, 3.0, 12.0), ("p2", "2025-06-01", 1, 2.0, 4.0),
        ("p1", "2024-06-01", 1, 1.0, 2.0), ("p1", "2025-03-01", 2, 3.0, 9.0),
        ("p3", "2025-03-01", 1, 1.5, 4.5), ("p3", "2025-06-01", 1, 2.0, 4.0),
    ]
    assert [r["partnership_person_hours"] for r in rows] == [19, 19, 19, 11, 11, 8.5, 8.5]
    assert {(r["total"], r["partnerships_total"]) for r in rows} == {(7, 3)}
    cut = db.read("meeting_timeline", {"as_of": AS_OF, "limit": 4})
    assert [(r["partnership_id"], r["total"]) for r in cut] == [("p2", 7), ("p2", 7), ("p2", 7), ("p1", 7)]


def test_app_meetings_totals_and_limit(load_tables: Callable[..., Database]) -> None:
    # 2024-06-30 .. 2025-06-30: 8 meetings (m7 out), 13.5 hours, 2+3+6+3+12+4.5+4+4 = 38.5 person-hours.
    db = load_tables(tables())
    period = {"date_from": "2024-06-30", "date_to": "2025-06-30"}
    rows = db.read("app_meetings", period)
    assert [r["id"] for r in rows] == ["m8", "m9", "m1", "m4", "m2", "m3", "m6", "m5"]
    assert {(r["total"], r["total_hours"], r["total_person_hours"]) for r in rows} == {(8, 13.5, 38.5)}
    assert sorted(rows[4]["attendees"]) == ["x1", "x2", "x3", "x5"]
    assert (rows[4]["attendee_count"], rows[4]["person_hours"]) == (4, 12.0)
    cut = db.read("app_meetings", {**period, "limit": 3})
    assert [(r["id"], r["total"], r["total_person_hours"]) for r in cut] == [("m8", 8, 38.5), ("m9", 8, 38.5),
                                                                              ("m1", 8, 38.5)]
    # Two partnerships only (the merge what-if): p1 m8 m1 m4 and p3 m3 m6.
    two = db.read("app_meetings", {**period, "partnerships": ["p1", "p3"], "limit": None})
    assert [r["id"] for r in two] == ["m8", "m1", "m4", "m3", "m6"]
    assert {r["total"] for r in two} == {5}
