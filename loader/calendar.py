"""Meetings from a calendar: an iCalendar (.ics) export of a partnership's meetings, as meeting and attendance rows.

Why: boards keep their meetings in Outlook or a committee system, not in a spreadsheet; both
export .ics. One meeting per event; repeating events are expanded (recurring-ical-events over
icalendar, so exceptions and EXDATEs are honoured); cancelled events and cancelled occurrences
are skipped; all-day events are not meetings and are skipped too.

Attendees are matched to posts, never stored as people: an address is turned into
``email_hash(address)`` at once and compared with the posts' ``email_hash`` values (from the
graph, or from a mapping file of person_id and email given by the user, hashed on reading). No
address is kept or written. A declined invitation becomes ``apologies``; other replies
``attended`` (a calendar records who was invited and what they replied, not a register).

The result is a validated input of meetings and attendance (loader.validate.ValidInput), so it
goes through the same diff and confirm as any load (loader.diff, loader.load.load).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import Msg, msg
from tirlun.loader.models import Attendance, Meeting, Row
from tirlun.loader.validate import Problem, ValidInput, error_message

LOCAL = ZoneInfo("Europe/London")
_VIRTUAL = ("teams", "zoom", "webex", "meet.google", "online", "virtual", "rhithwir")


def email_hash(address: str) -> str:
    """SHA-256 of the address as mail systems compare it (trimmed, lower case, no 'mailto:')."""
    text = address.strip().lower().removeprefix("mailto:")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class CalendarResult:
    region: str
    meetings: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)
    # attendees as the calendar names them (CN), never addresses; one "no name given" (a Msg) for each without a name
    unmatched: list[str | Msg] = field(default_factory=list)
    skipped_cancelled: int = 0
    skipped_all_day: int = 0


def _local(value: dt.datetime | dt.date) -> dt.datetime | None:
    if not isinstance(value, dt.datetime):
        return None  # an all-day event
    return value.astimezone(LOCAL).replace(tzinfo=None) if value.tzinfo else value


def read_posts_file(path: Path) -> dict[str, str]:
    """A user's mapping file (columns person_id and email) as email hash -> post id; the addresses are dropped."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {email_hash(r["email"]): r["person_id"].strip() for r in csv.DictReader(f)
                if r.get("email") and r.get("person_id")}


def read_calendar(
    payload: bytes, name: str, partnership: str, posts: dict[str, str], *, until: dt.date | None = None,
) -> CalendarResult:
    """Meeting and attendance rows (cells as in the input format) for every event of the calendar."""
    import icalendar
    import recurring_ical_events  # type: ignore[import-untyped]

    try:
        cal = icalendar.Calendar.from_ical(payload)
    except ValueError as exc:
        raise TirlunError(msg("calendar.unreadable", name=name, error=str(exc)[:200]),
                          msg("calendar.unreadable_hint")) from None
    masters = [e for e in cal.walk("VEVENT") if e.get("DTSTART") is not None]
    if not masters:
        raise TirlunError(msg("calendar.no_events", name=name), msg("calendar.unreadable_hint"))
    starts = [e.decoded("DTSTART") for e in masters]
    first = min(s if not isinstance(s, dt.datetime) else s.date() for s in starts)
    last = max(s if not isinstance(s, dt.datetime) else s.date() for s in starts)
    end = until or last + dt.timedelta(days=366)
    result = CalendarResult(region="")
    source = f"Calendar import: {name}"
    today = dt.date.today()
    unmatched: dict[str, str] = {}  # email hash -> the name the calendar gives ("" for none)
    used: set[str] = set()
    for event in recurring_ical_events.of(cal).between(first, end + dt.timedelta(days=1)):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            result.skipped_cancelled += 1
            continue
        start = _local(event.decoded("DTSTART"))
        if start is None:
            result.skipped_all_day += 1
            continue
        stop = _local(event.decoded("DTEND")) if event.get("DTEND") is not None else None
        hours = ((stop - start).total_seconds() / 3600 if stop else
                 event.decoded("DURATION").total_seconds() / 3600 if event.get("DURATION") is not None else 1.0)
        meeting_id = f"{partnership}-{start:%Y-%m-%d}"
        if meeting_id in used:
            meeting_id = f"{meeting_id}-{start:%H%M}"
        used.add(meeting_id)
        location = str(event.get("LOCATION", "")).lower()
        row: dict[str, Any] = {
            "id": meeting_id, "partnership_id": partnership, "start": start, "duration_hours": round(hours, 4),
            "source": source, "as_of": today, "illustrative": False,
            "note": str(event.get("SUMMARY", ""))[:200] or None,
        }
        if location:
            row["format"] = "virtual" if any(w in location for w in _VIRTUAL) else "in_person"
        result.meetings.append(row)
        attendees = event.get("ATTENDEE", [])
        seen: set[str] = set()
        for attendee in attendees if isinstance(attendees, list) else [attendees]:
            person = posts.get(email_hash(str(attendee)))
            if person is None:
                unmatched.setdefault(email_hash(str(attendee)), str(attendee.params.get("CN", "")))
                continue
            if person in seen:
                continue
            seen.add(person)
            declined = str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED"
            result.attendance.append({"person_id": person, "meeting_id": meeting_id,
                                      "attended_as": "apologies" if declined else "attended",
                                      "source": source, "as_of": today, "illustrative": False})
    names = sorted(unmatched.values())
    result.unmatched = [*(msg("calendar.no_name") for n in names if not n), *(n for n in names if n)]
    return result


def as_input(result: CalendarResult, name: str) -> ValidInput:
    """The rows as a validated input; an event the models refuse (e.g. longer than 24 hours) is a problem."""
    data = ValidInput(Path(name))
    tables: tuple[tuple[str, type[Row], list[dict[str, Any]]], ...] = (
        ("meetings", Meeting, result.meetings), ("attendance", Attendance, result.attendance))
    for table, model, rows in tables:
        where = f"{name} › {table}"
        data.where[table] = where
        parsed: list[tuple[int, Row]] = []
        for i, cells in enumerate(rows, start=1):
            try:
                parsed.append((i, model.model_validate(cells)))
            except ValidationError as exc:
                for err in exc.errors():
                    column = str(err["loc"][0]) if err["loc"] else ""
                    data.problems.append(Problem(where, i, column, str(cells.get(column, "")),
                                                 error_message(err, model, column)))
        data.tables[table] = parsed
    return data


def calendar_input(
    db: Database, path: Path, partnership: str, *, until: dt.date | None = None, posts_file: Path | None = None,
    payload: bytes | None = None,
) -> tuple[ValidInput, CalendarResult]:
    """Read a calendar for a partnership already in the graph; posts matched by the graph's and the file's hashes."""
    found = db.read("calendar_posts", {"partnership": partnership})
    if not found:
        raise TirlunError(msg("calendar.no_partnership", partnership=partnership), msg("calendar.no_partnership_hint"))
    posts = {h: pid for h, pid in found[0]["posts"] if h}
    if posts_file is not None:
        posts |= read_posts_file(posts_file)
    result = read_calendar(payload if payload is not None else path.read_bytes(), path.name, partnership, posts,
                           until=until)
    result.region = str(found[0]["region"])
    return as_input(result, path.name), result
