"""Members, seats and sub-groups for every board, then partnerships, memberships and seats as rows."""

from __future__ import annotations

import datetime as dt

from tirlun.seed.synthetic.cadence import FREQUENCY_MONTHS
from tirlun.seed.synthetic.members import board_members, memberships_and_seats
from tirlun.seed.synthetic.model import Part, World
from tirlun.seed.synthetic.reference import BOARD_KINDS
from tirlun.seed.synthetic.subgroups import subgroups

FORMATS = ("virtual", "hybrid", "in_person")
FORMAT_WEIGHTS = (50, 30, 20)
TIMES = ("09:30", "10:00", "10:00", "13:00", "13:30", "14:00")


def partnerships(w: World) -> None:
    boards = list(w.parts.values())
    for b in boards:
        members = board_members(w, b)
        memberships_and_seats(w, b, members, board=True)
        subgroups(w, b, members)
    for p in w.parts.values():
        style(w, p)
        board = p.level == "board"
        tor = True if board and w.rng.random() < 0.9 else w.rng.choices((True, None, False), (60, 25, 15))[0]
        review = None
        if tor and w.rng.random() < 0.75:
            review = w.rand_date(w.as_of - dt.timedelta(days=400), w.as_of + dt.timedelta(days=500))
        url = f"https://example.org/tirlun-synthetic/{p.id}/terms-of-reference" if tor else None
        purpose_en, purpose_cy = (BOARD_KINDS[p.kind].purpose_en, BOARD_KINDS[p.kind].purpose_cy) if board else (None, None)
        w.add("partnerships", p.id, p.en, p.cy, p.short or None, p.kind, p.level, p.statutory, p.legislation, p.areas,
              p.themes, p.subgroup_of, p.reports_to, p.established, p.dissolved, p.successor, p.end_date, tor, url,
              review, p.secretariat, p.chair, p.frequency, p.hours, purpose_en, purpose_cy, p.section, p.duty, p.duty_section)
        for o, role, since, until in p.members:
            w.add("memberships", o, p.id, role, since, until)
        for s in p.seats:
            w.add("seats", s.person, p.id, s.role, None, s.since, s.until)


def style(w: World, p: Part) -> None:
    """When and how a partnership meets: a fixed weekday, week of the month and time."""
    p.fmt = w.rng.choices(FORMATS, FORMAT_WEIGHTS)[0]
    p.weekday = w.rng.randrange(5)
    p.week = w.rng.randrange(4) + 1
    p.time = w.rng.choice(TIMES)
    p.offset = w.rng.randrange(FREQUENCY_MONTHS.get(p.frequency, 1))
