"""Names over time and Welsh short names (issue 20, items 6 and 7), on a small hand-made landscape.

Swansea Bay University Health Board was Abertawe Bro Morgannwg University Health Board (ABMU) until
2019-03-31; Bridgend moved from the western region to Cwm Taf Morgannwg on 2019-04-01, so a CTM board
established that day cannot count Bridgend council as a current member on 2018-06-01.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tirlun.answers import ANSWERS
from tirlun.answers.base import Context
from tirlun.answers.names import name_on, partnership_label, partnership_short
from tirlun.database import Database

BEFORE = dt.date(2018, 6, 1)
AFTER = dt.date(2019, 6, 1)
ABMU = "Abertawe Bro Morgannwg University Health Board"
ABMU_CY = "Bwrdd Iechyd Prifysgol Abertawe Bro Morgannwg"
SBUHB = "Swansea Bay University Health Board"


def tables() -> dict[str, list[dict[str, Any]]]:
    return {
        "organisations": [
            {"id": "sbuhb", "name_en": SBUHB, "name_cy": "Bwrdd Iechyd Prifysgol Bae Abertawe", "short_name": "SBUHB",
             "sector": "health", "org_type": "local_health_board"},
            {"id": "bcbc", "name_en": "Bridgend County Borough Council", "name_cy": "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
             "short_name": "BCBC", "sector": "local_government", "org_type": "local_authority"},
        ],
        "organisation_names": [
            {"organisation_id": "sbuhb", "name_en": ABMU, "name_cy": ABMU_CY, "short_name": "ABMU", "since": "2009-10-01",
             "until": "2019-03-31"},
        ],
        "partnerships": [
            {"id": "wb-rpb", "name_en": "Western Bay Regional Partnership Board", "kind": "rpb", "short_name": "Western Bay RPB",
             "established": "2016-04-06"},
            {"id": "ctm-board", "name_en": "Cwm Taf Morgannwg Housing Group", "kind": "other",
             "name_cy": "Grŵp Tai Cwm Taf Morgannwg", "short_name": "CTM HG", "established": "2019-04-01"},
            {"id": "ctm-psb", "name_en": "Cwm Taf Morgannwg Public Services Board", "kind": "psb",
             "name_cy": "Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg", "short_name": "CTM PSB",
             "short_name_cy": "BGC Cwm Taf Morgannwg", "established": "2016-04-01"},
        ],
        "memberships": [
            {"organisation_id": "sbuhb", "partnership_id": "wb-rpb"},
            {"organisation_id": "bcbc", "partnership_id": "wb-rpb"},
            {"organisation_id": "bcbc", "partnership_id": "ctm-board"},  # no since: the row does not say when
            {"organisation_id": "sbuhb", "partnership_id": "ctm-psb"},
            {"organisation_id": "bcbc", "partnership_id": "ctm-psb"},
        ],
    }


def test_name_on_picks_the_name_valid_that_day() -> None:
    rows = [{"name_en": ABMU, "since": dt.date(2009, 10, 1), "until": dt.date(2019, 3, 31)},
            {"name_en": "Older name", "since": None, "until": dt.date(2009, 9, 30)}]
    assert name_on(rows, dt.date(2019, 3, 31))["name_en"] == ABMU  # its last day
    assert name_on(rows, dt.date(2019, 4, 1)) is None  # the current name from the next day
    assert name_on(rows, dt.date(2009, 10, 1))["name_en"] == ABMU
    assert name_on(rows, dt.date(2000, 1, 1))["name_en"] == "Older name"  # no since: from the start
    assert name_on([], BEFORE) is None


def profile(db: Database, kind: str, entity: str, day: dt.date, lang: str = "en") -> Any:
    return ANSWERS["profiles"](db, Context(region="test", as_of=day, lang=lang), kind=kind, entity=entity)


def test_organisation_named_for_the_date(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    assert profile(db, "organisation", "sbuhb", BEFORE).title == ABMU
    assert profile(db, "organisation", "sbuhb", BEFORE, "cy").title == ABMU_CY
    assert profile(db, "organisation", "sbuhb", AFTER).title == SBUHB
    # The partnership's member list names it as it was then, too.
    members = profile(db, "partnership", "wb-rpb", BEFORE).section("members").table.rows
    assert sorted(m["label"] for m in members) == [ABMU, "Bridgend County Borough Council"]
    members = profile(db, "partnership", "wb-rpb", AFTER).section("members").table.rows
    assert sorted(m["label"] for m in members) == ["Bridgend County Borough Council", SBUHB]
    # The network draws it by its name of the day.
    net = ANSWERS["network"](db, Context(region="test", as_of=BEFORE))
    assert {n.label for n in net.nodes if n.kind == "organisation"} == {ABMU, "Bridgend County Borough Council"}
    assert {n.short_label for n in net.nodes if n.id == "sbuhb"} == {"ABMU"}


def test_no_current_membership_before_the_board_exists(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    # ctm-board was established 2019-04-01: on 2018-06-01 Bridgend council's membership (undated) is not current.
    before = profile(db, "partnership", "ctm-board", BEFORE)
    assert [(m["id"], m["active"]) for m in before.section("members").table.rows] == [("bcbc", "no")]
    after = profile(db, "partnership", "ctm-board", AFTER)
    assert [(m["id"], m["active"]) for m in after.section("members").table.rows] == [("bcbc", "yes")]
    # Bridgend council's own profile: wb-rpb and ctm-psb on 2018-06-01 (2 partnerships), all three a year later.
    assert next(m.value for m in profile(db, "organisation", "bcbc", BEFORE).metrics) == 2
    assert next(m.value for m in profile(db, "organisation", "bcbc", AFTER).metrics) == 3


def test_former_names_load_and_export(load_tables: Callable[..., Database]) -> None:
    db = load_tables(tables())
    [row] = db.read("app_organisation_names", {"ids": ["sbuhb", "bcbc"]})
    assert (row["organisation_id"], row["name_en"], row["short_name"], row["until"].isoformat()) == (
        "sbuhb", ABMU, "ABMU", "2019-03-31")
    [out] = db.read("export_organisation_names", {"ids": ["sbuhb"]})
    assert out["organisation_id"] == "sbuhb"
    assert {k: out["props"][k] for k in ("name_en", "name_cy", "short_name")} == {
        "name_en": ABMU, "name_cy": ABMU_CY, "short_name": "ABMU"}
    assert out["props"]["illustrative"] is True and out["props"]["source"] == "test fixture"


def test_welsh_pages_never_show_an_english_short_name(load_tables: Callable[..., Database]) -> None:
    psb = {"short_name": "CTM PSB", "short_name_cy": "BGC Cwm Taf Morgannwg", "name_en": "PSB", "name_cy": "BGC"}
    housing = {"short_name": "CTM HG", "name_en": "Cwm Taf Morgannwg Housing Group", "name_cy": "Grŵp Tai Cwm Taf Morgannwg"}
    assert partnership_label(psb, "cy") == "BGC Cwm Taf Morgannwg"
    assert partnership_label(psb, "en") == "CTM PSB"
    assert partnership_label(housing, "cy") == "Grŵp Tai Cwm Taf Morgannwg"  # no Welsh abbreviation: the Welsh name
    assert partnership_short(housing, "cy") is None
    db = load_tables(tables())
    # The network's shapes and the merge what-if's labels, in Welsh.
    net = ANSWERS["network"](db, Context(region="test", as_of=AFTER, lang="cy"))
    shorts = {n.id: n.short_label for n in net.nodes if n.kind == "partnership"}
    assert shorts == {"ctm-psb": "BGC Cwm Taf Morgannwg", "ctm-board": "Grŵp Tai Cwm Taf Morgannwg",
                      "wb-rpb": "Western Bay Regional Partnership Board"}
    meetings = ANSWERS["meetings"](db, Context(region="test", as_of=AFTER, lang="cy"), merge=("ctm-psb", "ctm-board"))
    assert meetings.merge is not None
    assert (meetings.merge.a_label, meetings.merge.b_label) == ("BGC Cwm Taf Morgannwg", "Grŵp Tai Cwm Taf Morgannwg")


def test_meeting_burden_names_the_organisation_of_the_day(load_tables: Callable[..., Database]) -> None:
    data = tables()
    data["people"] = [{"id": "x1", "job_title_en": "Director of Nursing", "organisation_id": "sbuhb"}]
    data["meetings"] = [{"id": "m1", "partnership_id": "wb-rpb", "start": "2018-05-01 10:00", "duration_hours": 2}]
    data["attendance"] = [{"person_id": "x1", "meeting_id": "m1"}]
    db = load_tables(data)
    res = ANSWERS["meetings"](db, Context(region="test", as_of=BEFORE))
    assert [(r["id"], r["label"]) for r in res.burden_organisation.rows] == [("sbuhb", ABMU)]
    assert [r["label"] for r in res.burden_person.rows] == ["Director of Nursing, ABMU"]


def test_welsh_pages_name_organisations_and_posts_employers_in_welsh(load_tables: Callable[..., Database]) -> None:
    """No English abbreviation of an organisation on a Welsh page: its Welsh abbreviation where given, else its Welsh name.

    Worked by hand from the fixture: BCBC is given a Welsh abbreviation (an invented one, for the test); the health
    board has none, and before 2019-04-01 it is named ABMU (its Welsh name then: ABMU_CY).
    """
    data = tables()
    data["organisations"][1]["short_name_cy"] = "CBS P"
    data["people"] = [{"id": "x1", "job_title_en": "Director of Nursing", "job_title_cy": "Cyfarwyddwr Nyrsio",
                       "organisation_id": "sbuhb"},
                      {"id": "x2", "job_title_en": "Head of Housing", "job_title_cy": "Pennaeth Tai",
                       "organisation_id": "bcbc"}]
    data["seats"] = [{"person_id": "x1", "partnership_id": "wb-rpb"}, {"person_id": "x2", "partnership_id": "wb-rpb"}]
    data["meetings"] = [{"id": "m1", "partnership_id": "wb-rpb", "start": "2018-05-01 10:00", "duration_hours": 2}]
    data["attendance"] = [{"person_id": "x1", "meeting_id": "m1"}, {"person_id": "x2", "meeting_id": "m1"}]
    db = load_tables(data)

    net = ANSWERS["network"](db, Context(region="test", as_of=AFTER, lang="cy"))
    shorts = {n.id: n.short_label for n in net.nodes if n.kind in ("organisation", "person")}
    assert shorts["sbuhb"] == "Bwrdd Iechyd Prifysgol Bae Abertawe"
    assert shorts["bcbc"] == "CBS P"
    assert shorts["x1"] == "Cyfarwyddwr Nyrsio, Bwrdd Iechyd Prifysgol Bae Abertawe"
    assert shorts["x2"] == "Pennaeth Tai, CBS P"
    english = ANSWERS["network"](db, Context(region="test", as_of=AFTER, lang="en"))
    assert {n.id: n.short_label for n in english.nodes if n.kind == "person"} == {
        "x1": "Director of Nursing, SBUHB", "x2": "Head of Housing, BCBC"}

    res = ANSWERS["meetings"](db, Context(region="test", as_of=BEFORE, lang="cy"))
    assert sorted(r["label"] for r in res.burden_person.rows) == [
        f"Cyfarwyddwr Nyrsio, {ABMU_CY}", "Pennaeth Tai, CBS P"]
