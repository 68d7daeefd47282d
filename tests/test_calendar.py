"""Meetings from calendars: a hand-made .ics with a weekly series, one moved occurrence, one
cancelled occurrence and a summer meeting in UTC gives exactly the meetings and attendance
worked out below, and no e-mail address reaches the graph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tirlun import cli
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.loader.calendar import calendar_input, email_hash
from tirlun.loader.diff import diff
from tirlun.loader.load import load

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//tirlun//EN
BEGIN:VEVENT
UID:series-1@test
DTSTART;TZID=Europe/London:20250107T100000
DTEND;TZID=Europe/London:20250107T120000
RRULE:FREQ=WEEKLY;COUNT=5
SUMMARY:Board meeting
LOCATION:Microsoft Teams Meeting
ATTENDEE;CN=Alice;PARTSTAT=ACCEPTED:mailto:alice@example.org
ATTENDEE;CN=Bob;PARTSTAT=DECLINED:mailto:bob@example.org
ATTENDEE;CN=Carol Unknown;PARTSTAT=ACCEPTED:mailto:carol@example.org
END:VEVENT
BEGIN:VEVENT
UID:series-1@test
RECURRENCE-ID;TZID=Europe/London:20250121T100000
DTSTART;TZID=Europe/London:20250122T140000
DTEND;TZID=Europe/London:20250122T153000
SUMMARY:Board meeting (moved)
LOCATION:Civic Centre, Room 3
ATTENDEE;CN=Alice;PARTSTAT=ACCEPTED:mailto:alice@example.org
ATTENDEE;CN=Bob;PARTSTAT=ACCEPTED:mailto:bob@example.org
END:VEVENT
BEGIN:VEVENT
UID:series-1@test
RECURRENCE-ID;TZID=Europe/London:20250128T100000
DTSTART;TZID=Europe/London:20250128T100000
DTEND;TZID=Europe/London:20250128T120000
STATUS:CANCELLED
SUMMARY:Board meeting (cancelled)
END:VEVENT
BEGIN:VEVENT
UID:summer-1@test
DTSTART:20250610T090000Z
DTEND:20250610T110000Z
SUMMARY:Summer workshop
ATTENDEE;CN=Alice;PARTSTAT=TENTATIVE:mailto:ALICE@Example.org
END:VEVENT
BEGIN:VEVENT
UID:away-day@test
DTSTART;VALUE=DATE:20250301
SUMMARY:Away day (all day: not a meeting)
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def board(load_tables: Callable[..., Database], tmp_path: Path) -> tuple[Database, Path, Path]:
    db = load_tables({
        "areas": [{"id": "r", "name_en": "Region R", "kind": "region"}],
        "organisations": [{"id": "o1", "name_en": "Org", "sector": "other", "org_type": "other"}],
        "partnerships": [{"id": "p1", "name_en": "Board One", "kind": "psb", "areas": "r"}],
        "people": [{"id": "post-a", "job_title_en": "Chief Executive", "organisation_id": "o1"},
                   {"id": "post-b", "job_title_en": "Director", "organisation_id": "o1"}],
    }, region="r")
    ics = tmp_path / "board.ics"
    ics.write_text(ICS.replace("\n", "\r\n"), encoding="utf-8")
    posts = tmp_path / "posts.csv"
    posts.write_text("person_id,email\npost-a,alice@example.org\npost-b, Bob@Example.org \n", encoding="utf-8")
    return db, ics, posts


EXPECTED_MEETINGS = [
    # id, start (local time), hours, format
    ("p1-2025-01-07", dt.datetime(2025, 1, 7, 10), 2.0, "virtual"),
    ("p1-2025-01-14", dt.datetime(2025, 1, 14, 10), 2.0, "virtual"),
    ("p1-2025-01-22", dt.datetime(2025, 1, 22, 14), 1.5, "in_person"),
    ("p1-2025-02-04", dt.datetime(2025, 2, 4, 10), 2.0, "virtual"),
    ("p1-2025-06-10", dt.datetime(2025, 6, 10, 10), 2.0, "virtual"),  # 09:00 UTC is 10:00 BST; no location: default
]
EXPECTED_ATTENDANCE = {
    ("post-a", "p1-2025-01-07", "attended"), ("post-b", "p1-2025-01-07", "apologies"),
    ("post-a", "p1-2025-01-14", "attended"), ("post-b", "p1-2025-01-14", "apologies"),
    ("post-a", "p1-2025-01-22", "attended"), ("post-b", "p1-2025-01-22", "attended"),
    ("post-a", "p1-2025-02-04", "attended"), ("post-b", "p1-2025-02-04", "apologies"),
    ("post-a", "p1-2025-06-10", "attended"),
}


def test_exactly_the_expected_meetings_and_attendance(board: tuple[Database, Path, Path]) -> None:
    db, ics, posts = board
    data, result = calendar_input(db, ics, "p1", posts_file=posts)
    assert data.problems == []
    assert (result.region, result.skipped_cancelled, result.skipped_all_day) == ("r", 1, 1)
    assert result.unmatched == ["Carol Unknown"]
    assert [(m["id"], m["start"], m["duration_hours"], m.get("format", "virtual")) for m in result.meetings] == EXPECTED_MEETINGS
    assert {(a["person_id"], a["meeting_id"], a["attended_as"]) for a in result.attendance} == EXPECTED_ATTENDANCE

    # a calendar adds one board's meetings: it is never the region's whole truth (the CLI and the Data page load it
    # "add only" through tirlun.loader.writes.check_data)
    changes = diff(db, data, "r", add_only=True)
    assert changes.counts() == [{"table": "meetings", "added": 5, "changed": 0, "removed": 0, "proposed": 0},
                                {"table": "attendance", "added": 9, "changed": 0, "removed": 0, "proposed": 0}]
    load(db, data, region="r", add_only=True)
    rows, _ = db.run_readonly("MATCH (m:Meeting)-[:MEETING_OF]->(:Partnership {id: 'p1'}) "
                              "RETURN m.id AS id, m.start AS start, m.duration_hours AS hours, m.region AS region ORDER BY id")
    assert [(r["id"], r["start"], r["hours"], r["region"]) for r in rows] == [
        (i, start, hours, "r") for i, start, hours, _ in EXPECTED_MEETINGS]
    rows, _ = db.run_readonly("MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) RETURN p.id AS p, m.id AS m, a.`as` AS as")
    assert {(r["p"], r["m"], r["as"]) for r in rows} == EXPECTED_ATTENDANCE
    # posts, not people: no address (nor its domain) anywhere in the graph
    assert "example.org" not in str(db.read("graph_fingerprint")).lower()

    again, _ = calendar_input(db, ics, "p1", posts_file=posts)
    assert diff(db, again, "r", add_only=True).empty  # the same calendar twice changes nothing


def test_hashes_on_posts_in_the_graph_match_without_a_file(board: tuple[Database, Path, Path]) -> None:
    db, ics, _ = board
    assert email_hash(" mailto:Alice@Example.ORG ") == email_hash("alice@example.org")
    _, result = calendar_input(db, ics, "p1")
    assert result.attendance == [] and result.unmatched == ["Alice", "Bob", "Carol Unknown"]


def test_an_unknown_partnership_is_refused(board: tuple[Database, Path, Path]) -> None:
    db, ics, _ = board
    with pytest.raises(TirlunError, match="no partnership 'nope'"):
        calendar_input(db, ics, "nope")


def test_cli_shows_the_changes_and_loads_only_when_confirmed(
    board: tuple[Database, Path, Path], test_env: dict[str, str]
) -> None:
    db, ics, posts = board
    before = db.read("graph_fingerprint")
    said_no = CliRunner().invoke(cli.main, ["import-calendar", str(ics), "--partnership", "p1", "--posts", str(posts)],
                                 input="n\n")
    assert said_no.exit_code != 0 or "Load these meetings?" in said_no.output
    assert "5 meetings, 9 attendance rows, 1 cancelled events skipped." in said_no.output
    assert "Carol Unknown" in said_no.output and "carol@" not in said_no.output
    assert db.read("graph_fingerprint") == before
    said_yes = CliRunner().invoke(cli.main, ["import-calendar", str(ics), "--partnership", "p1", "--posts", str(posts),
                                             "--yes"])
    assert said_yes.exit_code == 0, said_yes.output
    rows, _ = db.run_readonly("MATCH (m:Meeting) RETURN count(m) AS n")
    assert rows == [{"n": 5}]
