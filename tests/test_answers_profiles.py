"""The profiles answer: the picker's ranking and default, bounded lists with totals, posts not names, empty states.

Expected values are worked out by hand from the landscape below and, for the seed, from seed/ctm/*.csv.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from conftest import SEED

from tirlun.answers import ANSWERS
from tirlun.answers.base import Context
from tirlun.answers.labels import person_label
from tirlun.answers.profiles import section_rows
from tirlun.database import Database
from tirlun.i18n import EN, translator
from tirlun.loader.load import load_path

AS_OF = dt.date(2025, 6, 30)


def landscape() -> dict[str, list[dict[str, Any]]]:
    """Region r (with la inside it, far outside). Memberships active on 2025-06-30 unless said:

    big    "Big board"          covers far (outside r)   o1 o2 o3 o4              -> active, not inside, 4
    mid    "Mid board"          covers la                o1 o2 o3                 -> active, inside, 3
    nofoot "No footprint board" no footprint             o2, o3 (ended 2025-01-01) -> active, inside, 1
    small  "Small board"        covers la                o1                       -> active, inside, 1
    old    "Old board"          covers la, dissolved 2020-01-01, o1..o4            -> inactive, 0
    posts: ceo (o1, display name Alice Jones) sits on mid and small; dir (o2) on mid; gone (o3) on old only.
    """
    return {
        "areas": [{"id": "r", "name_en": "Region", "kind": "region"},
                  {"id": "la", "name_en": "Inside LA", "kind": "local_authority", "parent_id": "r"},
                  {"id": "far", "name_en": "Far away", "kind": "other"}],
        "organisations": [{"id": f"o{i}", "name_en": f"Org {w}", "short_name": f"O{i}", "sector": "local_government",
                           "org_type": "local_authority"}
                          for i, w in ((1, "one"), (2, "two"), (3, "three"), (4, "four"))],
        "partnerships": [
            {"id": "big", "name_en": "Big board", "kind": "other", "areas": "far"},
            {"id": "mid", "name_en": "Mid board", "name_cy": "Bwrdd canol", "kind": "other", "areas": "la",
             "established": "2019-01-01"},
            {"id": "nofoot", "name_en": "No footprint board", "kind": "other"},
            {"id": "small", "name_en": "Small board", "kind": "other", "areas": "la"},
            {"id": "old", "name_en": "Old board", "kind": "other", "areas": "la", "established": "2010-01-01",
             "dissolved": "2020-01-01"},
        ],
        "memberships": [
            *({"organisation_id": o, "partnership_id": "big"} for o in ("o1", "o2", "o3", "o4")),
            *({"organisation_id": o, "partnership_id": "mid"} for o in ("o1", "o2", "o3")),
            {"organisation_id": "o2", "partnership_id": "nofoot"},
            {"organisation_id": "o3", "partnership_id": "nofoot", "until": "2025-01-01"},
            {"organisation_id": "o1", "partnership_id": "small"},
            *({"organisation_id": o, "partnership_id": "old"} for o in ("o1", "o2", "o3", "o4")),
        ],
        "people": [
            {"id": "ceo", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "display_name": "Alice Jones",
             "organisation_id": "o1"},
            {"id": "dir", "job_title_en": "Director", "organisation_id": "o2"},
            {"id": "gone", "job_title_en": "Adviser", "organisation_id": "o3"},
        ],
        "seats": [{"person_id": "ceo", "partnership_id": "mid"}, {"person_id": "ceo", "partnership_id": "small"},
                  {"person_id": "dir", "partnership_id": "mid"}, {"person_id": "gone", "partnership_id": "old"}],
    }


def ctx(**changes: Any) -> Context:
    return Context(region="r", as_of=AS_OF).with_(**changes)


def test_picker_ranks_and_opens_on_the_biggest_active_regional_partnership(load_tables: Callable[..., Database]) -> None:
    # Active first; inside the region before big (whose footprint is outside); then members, most first; then name:
    # mid 3, nofoot 1 ("No..." < "Small..."), small 1, big 4 (outside), old (inactive, 0).
    db = load_tables(landscape(), region="r")
    res = ANSWERS["profiles"](db, ctx())
    assert [(r["id"], r["active_count"], r["active"], r["inside"]) for r in res.choices.rows] == [
        ("mid", 3, True, True), ("nofoot", 1, True, True), ("small", 1, True, True), ("big", 4, True, False),
        ("old", 0, False, True)]
    assert res.choices.total == 5 and res.default_entity == "mid" and res.entity == "mid" and res.found
    assert res.title == "Mid board"
    assert [m.value for m in res.metrics] == [3, 2, 0, 0]  # members o1-o3; seats ceo, dir; no meetings
    assert res.sentences[0] == "Opens on the active partnership with the most member organisations (3) on 2025-06-30: Mid board."
    members = res.section("members").table
    assert [r["id"] for r in members.rows] == ["o1", "o2", "o3"] and members.total == 3
    seats = res.section("seats").table
    assert [r["label"] for r in seats.rows] == ["Alice Jones, Org one", "Director, Org two"] and seats.total == 2
    # Without a region nothing is "outside": big (4 members) opens.
    assert ANSWERS["profiles"](db, ctx(region=None)).entity == "big"
    # In Welsh the same answer speaks Welsh.
    assert ANSWERS["profiles"](db, ctx(lang="cy")).title == "Bwrdd canol"


def test_organisation_and_post_pickers(load_tables: Callable[..., Database]) -> None:
    # Active partnerships each is an active member of: o1 mid small big = 3, o2 mid nofoot big = 3 ("Org one" first),
    # o3 mid big = 2 (nofoot ended), o4 big = 1 (old is dissolved). Posts: ceo 2 seats, dir 1, gone 0 (old only).
    db = load_tables(landscape(), region="r")
    orgs = ANSWERS["profiles"](db, ctx(), kind="organisation")
    assert [(r["id"], r["active_count"]) for r in orgs.choices.rows] == [("o1", 3), ("o2", 3), ("o3", 2), ("o4", 1)]
    assert orgs.entity == "o1" and orgs.metrics[0].value == 3
    memberships = orgs.section("memberships").table
    assert memberships.total == 4 and [r["partnership_id"] for r in memberships.rows] == ["big", "mid", "small", "old"]
    posts = ANSWERS["profiles"](db, ctx(), kind="person")
    assert [(r["id"], r["active_count"], r["active"]) for r in posts.choices.rows] == [
        ("ceo", 2, True), ("dir", 1, True), ("gone", 0, False)]
    assert posts.title == "Alice Jones, Org one"
    assert posts.choices.rows[0]["label"] == "Alice Jones, O1"


def test_workshop_mode_shows_posts_never_names(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape(), region="r")
    posts = ANSWERS["profiles"](db, ctx(workshop=True), kind="person")
    assert posts.title == "Chief Executive, Org one" and posts.choices.rows[0]["label"] == "Chief Executive, O1"
    seats = ANSWERS["profiles"](db, ctx(workshop=True)).section("seats").table
    assert [r["label"] for r in seats.rows] == ["Chief Executive, Org one", "Director, Org two"]
    org = ANSWERS["profiles"](db, ctx(workshop=True), kind="organisation")
    assert [r["label"] for r in org.section("posts").table.rows] == ["Chief Executive"]
    assert "Alice" not in repr(posts.title) + repr(posts.sentences) + repr(posts.choices.rows[0]["label"])
    assert person_label({"job_title": "Chief Executive", "display_name": "Alice Jones", "short_name": "O1"}, True,
                        EN) == "Chief Executive, O1"
    assert person_label({"job_title": "Chief Executive", "display_name": "Alice Jones"}, False, EN) == "Alice Jones"
    # In Welsh: the Welsh job title and the organisation's Welsh abbreviation, where the row has them.
    assert person_label({"job_title": "Chief Executive", "job_title_cy": "Prif Weithredwr", "short_name": "O1",
                         "short_name_cy": "S1"}, True, translator("cy")) == "Prif Weithredwr, S1"


def test_bounded_lists_and_picker(load_tables: Callable[..., Database]) -> None:
    # limit=2: mid's three members are cut to two with total 3; the picker to two of five.
    db = load_tables(landscape(), region="r")
    res = ANSWERS["profiles"](db, ctx(), limit=2, picker_limit=2)
    assert [r["id"] for r in res.choices.rows] == ["mid", "nofoot"] and res.choices.total == 5 and res.choices.truncated
    members = res.section("members").table
    assert len(members) == 2 and members.total == 3 and members.truncated
    # The download's whole list has all three, shaped as the tab.
    rows, columns = section_rows(db, ctx(), "partnership", "mid", "members")
    assert [r["id"] for r in rows] == ["o1", "o2", "o3"] and columns[0] == ("label", "col.name")
    # Every list of the query is cut, with its full length in counts.
    [row] = db.read("profile_organisation", {"id": "o1", "as_of": AS_OF, "limit": 1})
    assert len(row["memberships"]) == 1 and row["counts"]["memberships"] == 4


def test_search_and_empty_states_say_why(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape(), region="r")
    found = ANSWERS["profiles"](db, ctx(), search="SMALL")
    assert [r["id"] for r in found.choices.rows] == ["small"] and found.entity == "small"
    assert found.sentences[0].startswith("Opens on")
    none = ANSWERS["profiles"](db, ctx(), search="zzz")
    assert none.entity is None and not none.found and "zzz" in (none.empty_reason or "")
    gone = ANSWERS["profiles"](db, ctx(), entity="nobody")
    assert not gone.found and "nobody" in (gone.empty_reason or "")
    elsewhere = ANSWERS["profiles"](db, ctx(region="nowhere"))
    assert elsewhere.entity is None and "nowhere" in (elsewhere.empty_reason or "")
    old = ANSWERS["profiles"](db, ctx(), entity="old")
    assert old.sentences[0] == ("Old board is not active on 2025-06-30 (established 2010-01-01, dissolved 2020-01-01), so it "
                                "has no active members or seats: choose an active partnership, or a date when it was active.")
    assert old.section("structure").table.empty_reason == "None recorded: the loaded data has no rows for this in partnerships.csv."


def test_seed_default_entities(db: Database) -> None:
    # By hand from seed/ctm (as_of 2025-09-15, the seed's last meeting, as the app opens): partnerships.csv has 42 rows
    # (West Glamorgan's RPB and Western Bay's moved to seed/wg).
    # Active members (memberships.csv): south-wales-lrf 17, but it covers south-wales-police-area (part of wales,
    # not ctm); ctm-psb 15 (16 rows, dwp ended 2024-03-31); ctm-safeguarding-board 12; ctm-rpb 9.
    # Organisations: rctcbc in 26 active partnerships, bcbc 23 (35 organisations). Posts: post-swp-chsupt holds 8
    # active seats (81 posts). ctm-psb: 16 membership rows, 18 seat rows, 17 posts with an active seat.
    load_path(db, SEED)
    c = Context(region="ctm", as_of=dt.date(2025, 9, 15))
    res = ANSWERS["profiles"](db, c)
    assert res.entity == "ctm-psb" and res.choices.total == 42
    assert [r["id"] for r in res.choices.rows[:3]] == ["ctm-psb", "ctm-safeguarding-board", "ctm-rpb"]
    lrf = next(r for r in res.choices.rows if r["id"] == "south-wales-lrf")
    assert (lrf["active_count"], lrf["inside"]) == (17, False)
    assert [m.value for m in res.metrics[:2]] == [15, 17]
    assert (res.section("members").table.total, res.section("seats").table.total) == (16, 18)
    orgs = ANSWERS["profiles"](db, c, kind="organisation")
    assert (orgs.entity, orgs.choices.rows[0]["active_count"], orgs.choices.total) == ("rctcbc", 26, 35)
    assert orgs.choices.rows[1]["id"] == "bcbc"
    posts = ANSWERS["profiles"](db, c, kind="person", picker_limit=10)
    assert (posts.entity, posts.choices.rows[0]["active_count"], posts.choices.total) == ("post-swp-chsupt", 8, 81)
    assert len(posts.choices) == 10


def test_a_partnership_profile_says_how_fresh_its_data_is(load_tables: Callable[..., Database]) -> None:
    # The landscape's rows all carry as_of 2025-01-01 (conftest's provenance) and the same source. Every fact
    # of "mid" ties on that date, and the query's rule breaks a tie by the table's name: assessments, meetings,
    # memberships, partnerships, seats -> its memberships (it has no meetings or assessments). Ages count from today.
    db = load_tables(landscape(), region="r")
    res = ANSWERS["profiles"](db, ctx(), entity="mid")
    days = (dt.date.today() - dt.date(2025, 1, 1)).days
    assert res.sentences[-1] == (f"Data last updated 2025-01-01 ({days} days ago), in its memberships; "
                                 "source: test fixture.")


def test_each_profile_kind_says_what_its_headline_count_rests_on(db: Database) -> None:
    # By hand from seed/ctm on 2025-09-15 (a csv script over memberships.csv and seats.csv, rows active on the day,
    # until being the last day, whose partnership is active too, counting illustrative=false):
    #   ctm-psb: 16 membership rows, 15 active (dwp ended 2024-03-31), 6 of them sourced;
    #   rctcbc: 32 membership rows, 28 active, 9 sourced; they are 26 partnerships (it is both member and
    #     secretariat of ctm-josc and ccr-josc), so the count of 26 rests on 28 rows;
    #   post-swp-chsupt: 10 seat rows, 8 active, none sourced (every seat of the seed is illustrative).
    # Meetings in the year (starting 2024-09-15 up to the end of 2025-09-15, meetings.csv; attendance.csv attended or
    # deputy, people.csv for the posts' organisation): ctm-psb held 4; rctcbc's posts were at 125; post-swp-chsupt at
    # 30. Every meeting of the seed is illustrative, so each rests on 0 of them. The hours add up attended or deputy
    # records of those meetings: ctm-psb's 61, rctcbc's posts' 189, the post's own 30, all illustrative; ctm-psb's
    # 17 active seat rows (seats.csv) are illustrative too, as are the post's 2 apologies of the year.
    from tirlun.answers.evidence import Evidence
    from tirlun.answers.jsonable import jsonable
    from tirlun.i18n import catalogue

    load_path(db, SEED)
    day = dt.date(2025, 9, 15)
    cases = (("partnership", "ctm-psb", "profiles.active_members", 15, Evidence(6, 15, "memberships"), 4, 61),
             ("organisation", "rctcbc", "profiles.active_partnerships", 26, Evidence(9, 28, "memberships"), 125, 189),
             ("person", "post-swp-chsupt", "profiles.active_seats", 8, Evidence(0, 8, "seats"), 30, 30))
    for kind, entity, key, count, evidence, meetings, attendance in cases:
        for lang in ("en", "cy"):
            cat = catalogue(lang)
            res = ANSWERS["profiles"](db, Context(region="ctm", as_of=day, lang=lang), kind=kind, entity=entity)
            words = cat["evidence.rests_on_illustrative"].format(sourced=evidence.sourced, total=evidence.total,
                                                                   unit=cat[f"evidence.unit.{evidence.unit}"])
            assert (res.evidence, res.rests_on) == (evidence, words), (kind, lang)
            head = res.metrics[0]
            assert (head.key, head.value, head.evidence, head.rests_on) == (key, count, evidence, words)
            held = next(m for m in res.metrics if m.key == "profiles.meetings_12m")
            assert (held.key, held.value, held.evidence) == ("profiles.meetings_12m", meetings,
                                                             Evidence(0, meetings, "meetings"))
            assert held.rests_on == cat["evidence.rests_on_illustrative"].format(
                sourced=0, total=meetings, unit=cat["evidence.unit.meetings"])
            hours = res.metrics[-1] if kind != "person" else res.metrics[2]
            assert hours.evidence == Evidence(0, attendance, "attendance"), (kind, hours.key)
            if kind == "partnership":
                assert res.metrics[1].evidence == Evidence(0, 17, "seats")
            if kind == "person":
                assert (res.metrics[3].key, res.metrics[3].evidence) == ("profiles.apologies_12m",
                                                                         Evidence(0, 2, "attendance"))
            shown = jsonable(res, translator(lang))  # as the CLI writes it: an Evidence's words in the answer's language
            assert (shown["evidence"]["sourced"], shown["evidence"]["total"], shown["rests_on"]) == (
                evidence.sourced, evidence.total, words)
            assert shown["metrics"][0]["evidence"]["words"] == words
            assert all(m["evidence"] is not None for m in shown["metrics"])  # every figure says what it rests on
