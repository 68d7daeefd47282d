"""The meetings answer on a hand-made landscape and on the CTM seed, every figure worked out on paper.

The landscape is test_queries_meetings.tables() (three partnerships, six posts, nine meetings; see its
docstring) plus member organisations, a fourth and fifth partnership, short names and one post with a
recorded name, so the merge what-if, the overlap table and workshop labels can be checked too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from test_queries_meetings import tables as meeting_tables

from tirlun.answers import ANSWERS
from tirlun.answers.base import Context, stream_rows
from tirlun.answers.meetings import MeetingsAnswer, merge_what_if
from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def tables() -> dict[str, list[dict[str, Any]]]:
    """Memberships on 2025-06-30 (c's seat on p2 ended 2024-01-01; p5 dissolved 2025-01-01):
        p1 = {a, b, c}   p2 = {a, b, d}   p3 = {a, c}   p4 = {b, d, e} (no meetings)   p5 = {a, b} (dissolved)
    Post x1 has a recorded name, "Alys Jones"; every organisation has a short name O<letter>.
    """
    base = meeting_tables()
    base["organisations"] = [
        {"id": o, "name_en": f"Org {o.upper()}", "name_cy": f"Sefydliad {o.upper()}", "short_name": f"O{o.upper()}",
         "sector": "local_government", "org_type": "local_authority"}
        for o in "abcde"
    ]
    base["partnerships"] += [
        {"id": "p4", "name_en": "Area Planning Board", "kind": "area_planning_board"},
        {"id": "p5", "name_en": "Old Board", "kind": "psb", "dissolved": "2025-01-01"},
    ]
    for person in base["people"]:
        if person["id"] == "x1":
            person["display_name"] = "Alys Jones"
    members = {"p1": "abc", "p2": "abd", "p3": "ac", "p4": "bde", "p5": "ab"}
    base["memberships"] = [{"organisation_id": o, "partnership_id": p} for p, orgs in members.items() for o in orgs]
    base["memberships"].append({"organisation_id": "c", "partnership_id": "p2", "since": "2020-01-01",
                                "until": "2024-01-01"})
    return base


def ask(db: Database, lang: str = "en", workshop: bool = False, as_of: dt.date = AS_OF, **choices: Any) -> MeetingsAnswer:
    ctx = Context(region="test", as_of=as_of, lang=lang, workshop=workshop)
    res: MeetingsAnswer = ANSWERS["meetings"](db, ctx, **choices)
    return res


def test_totals_timeline_and_duplicates_by_hand(load_tables: Callable[..., Database]) -> None:
    # Period 2024-06-30 .. 2025-06-30: m8 m9 m1 m4 m2 m3 m6 m5 (m7 is the day before).
    # Hours 1+1+2+1+3+1.5+2+2 = 13.5; person-hours 2+3+6+3+12+4.5+4+4 = 38.5.
    db = load_tables(tables())
    res = ask(db, timeline_limit=10)
    assert (res.date_from, res.date_to) == (dt.date(2024, 6, 30), AS_OF)
    assert (res.meetings, res.hours, res.person_hours) == (8, 13.5, 38.5)
    assert res.summary == "8 meetings between 2024-06-30 and 2025-06-30: 14 meeting hours, 38 person-hours."
    assert res.timeline_by == "meeting"
    assert [r["id"] for r in res.timeline.rows] == ["m8", "m9", "m1", "m4", "m2", "m3", "m6", "m5"]
    assert [r["person_hours"] for r in res.timeline.rows] == [2, 3, 6, 3, 12, 4.5, 4, 4]
    assert (res.timeline.total, res.timeline.truncated) == (8, False)
    # Duplicates (see test_queries_meetings): ranked by hours saved, then J, then days apart.
    assert [(r["a_meeting_id"], r["b_meeting_id"], r["hours_saved"]) for r in res.duplicates.rows] == [
        ("m1", "m2", 6), ("m2", "m3", 4.5), ("m6", "m5", 4), ("m4", "m3", 3), ("m4", "m2", 3), ("m8", "m9", 2)]
    # Hours saved are a plan: each meeting in at most one merge. The pairs as a graph on the meetings:
    # m1-m2 6, m2-m3 4.5, m5-m6 4, m3-m4 3, m2-m4 3, m8-m9 2. m5-m6 and m8-m9 touch nothing else: 6 hours.
    # Among m1..m4 a matching has at most two pairs: {m1-m2, m3-m4} = 9 beats m2-m3 alone (4.5, m1 and m4
    # then have no partner) and {m2-m4} + nothing (m1, m3 have no other partner): 9 + 6 = 15.
    # Summing every pair would say 22.5: m2 counted in three pairs and m3 in two.
    assert (res.duplicates.total, res.hours_saved, res.hours_saved_upper) == (6, 15, 22.5)
    assert res.plan == [("m1", "m2", 6), ("m5", "m6", 4), ("m3", "m4", 3), ("m8", "m9", 2)]
    assert [r["in_plan"] for r in res.duplicates.rows] == [True, False, True, True, False, True]
    assert res.plan_sentence.startswith("A plan, not a sum: merging 4 pairs of duplicated meetings, each meeting in at most one merge")
    assert "about **15** person-hours" in res.plan_sentence and "would say 22" in res.plan_sentence
    # Every meeting of the fixture is illustrative (conftest's provenance): 0 of the 8 in the period, 0 of
    # the 8 in pairs (m1..m6, m8, m9).
    assert (res.evidence["meetings"].sourced, res.evidence["meetings"].total) == (0, 8)
    assert (res.evidence["duplicates"].sourced, res.evidence["duplicates"].total) == (0, 8)
    assert res.rests_on["duplicates"] == "rests on 0 of 8 meetings from a public source: illustrative"
    assert (res.duplicates.rows[0]["a"], res.duplicates.rows[0]["b"]) == (
        "Cwm Taf Morgannwg Safeguarding Board", "Public Services Board")


def test_everything_is_bounded(load_tables: Callable[..., Database]) -> None:
    # limit 2 on 6 duplicate pairs, 1 on 3 organisations and 5 posts, 3 on 8 meetings: the cut rows, the true totals.
    db = load_tables(tables())
    res = ask(db, limit=2, burden_limit=1, timeline_limit=3)
    assert [(r["a_meeting_id"], r["b_meeting_id"]) for r in res.duplicates.rows] == [("m1", "m2"), ("m2", "m3")]
    # The plan takes every pair into account, not only the two shown.
    assert (len(res.duplicates), res.duplicates.total, res.duplicates.truncated, res.hours_saved) == (2, 6, True, 15)
    assert [(r["id"], r["hours"]) for r in res.burden_organisation.rows] == [("a", 21.0)]
    assert res.burden_organisation.total == 3 and res.burden_person.total == 5
    assert res.burden_hours == {"organisation": 38.5, "person": 38.5}  # a 21 + b 13.5 + c 4; the posts' 38.5
    # 8 meetings > 3: one row per partnership per month instead, busiest partnership first:
    # p2 19 person-hours (2024-07 3, 2025-03 12, 2025-06 4), p1 11, p3 8.5: 7 partnership-months, first 3 shown.
    assert res.timeline_by == "month"
    assert [(r["who"], r["month"].isoformat(), r["person_hours"]) for r in res.timeline.rows] == [
        ("Public Services Board", "2024-07-01", 3), ("Public Services Board", "2025-03-01", 12),
        ("Public Services Board", "2025-06-01", 4)]
    assert res.timeline.total == 7
    # The totals still count every meeting.
    assert (res.meetings, res.person_hours) == (8, 38.5)
    # The downloads name the unbounded queries.
    assert res.downloads["duplicates"].query == "duplicate_meetings"
    assert res.downloads["duplicates"].params["limit"] is None
    assert len(db.read(res.downloads["duplicates"].query, res.downloads["duplicates"].params)) == 6
    assert len(db.read(res.downloads["burden_person"].query, res.downloads["burden_person"].params)) == 5


def test_burden_labels_posts_never_names_in_workshop(load_tables: Callable[..., Database]) -> None:
    # x1 (Chief Executive, org a "OA", recorded as Alys Jones) and x2 (Director, OB) carry 13.5 h each.
    db = load_tables(tables())
    plain = ask(db, burden_limit=2)
    assert [r["label"] for r in plain.burden_person.rows] == ["Alys Jones, OA", "Director, OB"]
    room = ask(db, workshop=True, burden_limit=2)
    assert [r["label"] for r in room.burden_person.rows] == ["Chief Executive, OA", "Director, OB"]
    assert not any("Alys" in str(v) for r in room.burden_person.rows for v in r.values())
    welsh = ask(db, lang="cy", workshop=True, burden_limit=2)
    # No Welsh abbreviation for either organisation: a Welsh label names them in Welsh, never "OA" (issue 20, item 7).
    assert [r["label"] for r in welsh.burden_person.rows] == ["Prif Weithredwr, Sefydliad A", "Cyfarwyddwr, Sefydliad B"]
    assert [r["label"] for r in welsh.burden_organisation.rows] == ["Sefydliad A", "Sefydliad B"]


def test_merge_what_if_defaults_to_the_most_duplicated_pair(load_tables: Callable[..., Database]) -> None:
    # Partnership pairs among the duplicates: {p1,p2} 3 (m1-m2 m4-m2 m8-m9), {p2,p3} 2, {p1,p3} 1 -> p1 and p2.
    # p1 in the period: m8 1 h {x1,x2}, m1 2 h {x1,x2,x3}, m4 1 h {x1,x2,x3}: 3 meetings, mean 4/3 h, 2+6+3 = 11 p-h
    # p2: m9 1 h {x1,x2,x4}, m2 3 h {x1,x2,x3,x5}, m5 2 h {x1,x2}: 3 meetings, mean 2 h, 3+12+4 = 19 p-h
    # Merged: 3 meetings of 2 h; rates x1 1, x2 1, x3 max(2/3, 1/3), x4 1/3, x5 1/3 -> 10/3 posts a meeting
    # after = 3 x 2 x 10/3 = 20; before 30; saved 10; posts at both now: x1 x2 x3.
    db = load_tables(tables())
    res = ask(db)
    m = res.merge
    assert m is not None and (m.a, m.b) == ("p1", "p2")
    assert (m.before, m.after, m.saved) == (30.0, pytest.approx(20.0), pytest.approx(10.0))
    assert (m.meetings_before, m.meetings_after, m.posts_both) == (6, 3, 3)
    assert m.headline == ("If Cwm Taf Morgannwg Safeguarding Board and Public Services Board met as one, their meetings "
                          "would take about 20 person-hours instead of 30: 10 saved.")
    # Organisations now: p1 {a,b,c}, p2 {a,b,d} (c left p2): shared a b, union 4 -> 0.5.
    assert (m.organisations_shared, m.organisation_jaccard) == (2, 0.5)
    # Others sharing a member (p5 is dissolved): p3 {a,c}: with A 2/3, with B 1/4, merged {a,b,c,d} 2/4;
    # p4 {b,d,e}: with A 1/5, with B 2/4, merged 2/5. Ranked by with_merged.
    assert [(r["partnership_id"], r["with_a"], r["with_b"], r["with_merged"]) for r in m.overlap.rows] == [
        ("p3", pytest.approx(2 / 3), 0.25, 0.5), ("p4", 0.2, 0.5, 0.4)]
    assert m.overlap.total == 2
    # The page's "every row" download of the what-if is the answer's: the same pair, unbounded, names in the
    # answer's language.
    d = res.downloads["merge"]
    assert (d.query, d.params["a"], d.params["b"], d.params["limit"]) == ("merge_overlap", "p1", "p2", None)
    full = db.read(d.query, d.params)
    assert {r["partnership_id"] for r in full if r["partnership_id"] is not None} == {"p3", "p4"}
    worded = list(stream_rows(db, d))
    assert list(d.columns) == ["partnership", "with_a", "with_b", "with_merged"] and set(d.columns) <= set(worded[0])
    # A Welsh download names partnerships in Welsh: merging p3 and p4, p1 (Welsh name in the fixture) is an other.
    cy = ask(db, lang="cy", merge=("p3", "p4")).downloads["merge"]
    named = {r["partnership"] for r in stream_rows(db, cy)}
    assert "Bwrdd Diogelu Cwm Taf Morgannwg" in named and "Cwm Taf Morgannwg Safeguarding Board" not in named
    # The picker offers every active partnership (p5 is not), the default pair among them.
    assert {i for i, _ in res.partnerships} == {"p1", "p2", "p3", "p4"}


def test_merge_what_if_for_a_chosen_pair(load_tables: Callable[..., Database]) -> None:
    # p3: m3 1.5 h {x1,x2,x3}, m6 2 h {x1,x2}: 2 meetings, mean 1.75 h, 4.5 + 4 = 8.5 p-h. p2 as above (19 p-h).
    # Merged: max(2,3) = 3 meetings of max(1.75, 2) = 2 h; rates x1 1, x2 1, x3 max(1/2, 1/3), x4 1/3, x5 1/3
    # = 19/6 -> after 3 x 2 x 19/6 = 19; before 27.5; saved 8.5.
    db = load_tables(tables())
    m = ask(db, merge=("p3", "p2")).merge
    assert m is not None and (m.a, m.b) == ("p3", "p2")
    assert (m.before, m.after, m.saved) == (27.5, pytest.approx(19.0), pytest.approx(8.5))
    assert (m.meetings_before, m.meetings_after, m.posts_both) == (5, 3, 3)
    # The same pair straight from merge_what_if, with rows as app_meetings gives them.
    rows = [{"partnership_id": "p3", "duration_hours": 1.5, "attendees": ["x1", "x2", "x3"], "person_hours": 4.5},
            {"partnership_id": "p3", "duration_hours": 2.0, "attendees": ["x1", "x2"], "person_hours": 4.0},
            {"partnership_id": "p2", "duration_hours": 1.0, "attendees": ["x1", "x2", "x4"], "person_hours": 3.0},
            {"partnership_id": "p2", "duration_hours": 3.0, "attendees": ["x1", "x2", "x3", "x5"], "person_hours": 12.0},
            {"partnership_id": "p2", "duration_hours": 2.0, "attendees": ["x1", "x2"], "person_hours": 4.0}]
    assert merge_what_if(rows, "p3", "p2")["after"] == pytest.approx(19.0)
    assert merge_what_if(rows, "p9", "p8")["before"] == 0.0


def test_empty_answers_say_why(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    # A year with no meetings at all.
    res = ask(db, as_of=dt.date(2020, 6, 30))
    assert (res.meetings, res.duplicates.total, res.merge) == (0, 0, None)
    why = "No partnership meetings are recorded between 2019-06-30 and 2020-06-30."
    assert res.summary.startswith(why) and res.empty_reason == res.summary
    assert res.duplicates.empty_reason is not None and res.duplicates.empty_reason.startswith(why)
    assert res.burden_person.empty_reason is not None and res.merge_reason is not None
    assert "no meetings between 2019-06-30 and 2020-06-30 duplicate each other" in res.merge_reason
    # Meetings, but none alike enough: the sentence names the rule's settings.
    strict = ask(db, window_days=0, min_jaccard=1.0, date_to=dt.date(2025, 6, 29))
    assert strict.duplicates.rows == [] and strict.meetings == 6
    assert strict.duplicates.empty_reason is not None and "within 0 days" in strict.duplicates.empty_reason
    assert "at least 1.00" in strict.duplicates.empty_reason
    # A period that ends before it starts.
    bad = ask(db, date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 5, 1))
    assert bad.empty_reason == "The start of the period is after its end."
    welsh = ask(db, lang="cy", as_of=dt.date(2020, 6, 30))
    assert welsh.summary.startswith("Nid oes cyfarfodydd partneriaeth wedi'u cofnodi rhwng 2019-06-30 a 2020-06-30.")


# -- the CTM seed (loaded once for the tests below; they run after the hand-made ones) -------------
SEED_AS_OF = dt.date(2025, 6, 30)


def test_seed_year_totals(seeded: Database, facts: Any) -> None:
    # facts are counted from seed/ctm/meetings.csv and attendance.csv for the year the app opens on.
    res = ANSWERS["meetings"](seeded, Context(region="ctm", as_of=facts.as_of))
    assert res.meetings == facts.meetings_in_year
    assert res.person_hours == pytest.approx(facts.person_hours_in_year)


def test_seed_merge_what_if_by_hand(seeded: Database) -> None:
    # meetings.csv / attendance.csv, 2024-06-30 .. 2025-06-30, every meeting 2 h (apologies left out):
    # ctm-rpb-cyp: 10-01 6 posts, 12-03 6, 02-04 8, 04-01 8, 06-03 7 -> 35 x 2 = 70 person-hours
    # ctm-sb-exploitation: 10-02 8, 12-05 7, 02-06 8, 04-03 9, 06-04 9 -> 41 x 2 = 82 person-hours
    # Merged: 5 meetings of 2 h; meetings each post would attend = the more of its two counts:
    # bcbc-hos-children 5, camhs-lead 4, dn 5, mtcbc-dss 2, mtcbc-hos-children 3, phw-consultant 4,
    # rctcbc-dss 5, rctcbc-hos-children 5, rctcbc-yjs-manager 4, swp-di-exploitation 5, swp-supt 5 = 47
    # -> after 47 x 2 = 94; before 152; saved 58. Posts at both: 8.
    # Duplicate pairs between them (within 7 days, J >= 0.5): Oct 5/9, Dec 5/8, Feb 6/10, Apr 7/10, Jun 6/10:
    # 5 pairs, saving 10 + 10 + 12 + 14 + 12 = 58 hours.
    res = ANSWERS["meetings"](seeded, Context(region="ctm", as_of=SEED_AS_OF))
    m = res.merge
    assert m is not None and {m.a, m.b} == {"ctm-rpb-cyp", "ctm-sb-exploitation"}
    assert (m.before, m.after, m.saved) == (152.0, pytest.approx(94.0), pytest.approx(58.0))
    assert (m.meetings_before, m.meetings_after, m.posts_both) == (10, 5, 8)
    full = seeded.read(res.downloads["duplicates"].query, res.downloads["duplicates"].params)
    between = [r for r in full if {r["a_partnership_id"], r["b_partnership_id"]} == {m.a, m.b}]
    assert sorted(r["hours_saved"] for r in between) == [10, 10, 12, 12, 14]
    # ... and no other pair of partnerships has more duplicated meetings (the default pair's rule).
    counts: dict[frozenset[str], int] = {}
    for r in full:
        key = frozenset((r["a_partnership_id"], r["b_partnership_id"]))
        counts[key] = counts.get(key, 0) + 1
    assert max(counts.values()) == 5
    # The top duplicated meeting pair (test_queries_seed works it out): 7 shared attendees x 2 h = 14 h.
    top = res.duplicates.rows[0]
    assert (top["a_meeting_id"], top["b_meeting_id"], top["hours_saved"]) == (
        "ctm-rpb-cyp-2025-04-01", "ctm-sb-exploitation-2025-04-03", 14)
    assert res.duplicates.total == len(full)
    assert res.hours_saved_upper == pytest.approx(sum(r["hours_saved"] for r in full))
    # The plan equals the best set of pairs sharing no meeting, found here by brute force over the seed's pairs.
    edges = [(r["a_meeting_id"], r["b_meeting_id"], float(r["hours_saved"])) for r in full]
    assert res.hours_saved == pytest.approx(best_disjoint(edges)) and res.hours_saved < res.hours_saved_upper
    chosen = [m for a, b, _ in res.plan for m in (a, b)]
    assert len(chosen) == len(set(chosen))  # no meeting in two merges


def best_disjoint(edges: list[tuple[str, str, float]]) -> float:
    """The most hours of pairs no two of which share a meeting: every such set, by include-or-skip recursion."""
    if not edges:
        return 0.0
    (a, b, h), rest = edges[0], edges[1:]
    return max(best_disjoint(rest), h + best_disjoint([e for e in rest if not {a, b} & {e[0], e[1]}]))


def test_merge_plan_by_hand() -> None:
    from tirlun.answers.meetings import merge_plan

    # A path a-b-c-d weighted 5, 6, 5: the heavy middle alone (6) loses to both ends (10).
    assert merge_plan([("a", "b", 5), ("b", "c", 6), ("c", "d", 5)]) == (10, [("a", "b", 5), ("c", "d", 5)])
    # A triangle: only one of its pairs can be merged; the heaviest wins.
    assert merge_plan([("x", "y", 2), ("y", "z", 3.5), ("x", "z", 3)]) == (3.5, [("y", "z", 3.5)])
    # A star: the centre joins one merge only.
    hours, plan = merge_plan([("hub", "p", 1), ("hub", "q", 4), ("hub", "r", 2.5)])
    assert (hours, plan) == (4, [("hub", "q", 4)])
    assert merge_plan([]) == (0, [])
    # A denser graph (two 4-cycles sharing the edge b-c, plus e-f): six meetings, so at most three merges.
    # By hand: {d-a 2, c-e 3.5, f-b 2.75} uses all six meetings once = 8.25; the next best three,
    # {d-a 2, b-c 2.25, e-f 0.5} = 4.75 and {a-b 1.5, c-d 1, e-f 0.5} = 3, and any two-pair plan (at most
    # 3.5 + 2.75 = 6.25) are smaller.
    edges = [("a", "b", 1.5), ("b", "c", 2.25), ("c", "d", 1.0), ("d", "a", 2.0), ("c", "e", 3.5), ("e", "f", 0.5),
             ("f", "b", 2.75)]
    assert merge_plan(edges) == (8.25, [("c", "e", 3.5), ("b", "f", 2.75), ("a", "d", 2.0)])
    assert best_disjoint(edges) == 8.25


def test_each_duplicate_pair_says_what_it_rests_on(load_tables: Callable[..., Database]) -> None:
    # The pair m1-m2 (see above): m1 is 2 hours with 6 person-hours, so 3 present; m2 is 3 hours with 12, so 4
    # present. It rests on its 2 meetings and those 7 attendance records: 9 rows. Marking m1 sourced makes 1 of 9.
    t = tables()
    for m in t["meetings"]:
        if m["id"] == "m1":
            m["illustrative"] = "false"
    db = load_tables(t)
    first = ask(db).duplicates.rows[0]
    assert (first["a_meeting_id"], first["b_meeting_id"]) == ("m1", "m2")
    assert (first["evidence_sourced"], first["evidence_rows"]) == (1, 9)
    assert first["rests_on"] == "rests on 1 of 9 rows from a public source: illustrative"
    assert ask(db).duplicates.labels["rests_on"] == "evidence.column"
    assert ask(db, lang="cy").duplicates.rows[0]["rests_on"] == (
        "yn seiliedig ar 1 o 9 rhes o ffynhonnell gyhoeddus: enghreifftiol")
