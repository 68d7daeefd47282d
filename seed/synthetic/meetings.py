"""Three years of meetings and attendance, streamed to CSV as they are made.

Why streamed: at scale 10 these are about 2 million rows; nothing holds them in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tirlun.loader.models import to_cell
from tirlun.seed.synthetic.cadence import FREQUENCY_MONTHS, in_force, months_between, nth_weekday
from tirlun.seed.synthetic.members import pick_post
from tirlun.seed.synthetic.model import Part, World
from tirlun.seed.synthetic.partnerships import FORMATS
from tirlun.seed.synthetic.tables import RowWriter

Progress = Callable[[int, int], None]


def schedule(w: World, p: Part) -> list[dt.date]:
    """Meeting dates: a twin follows its sibling by ``shift`` days; others keep their cycle, skipping a few (more in August and December)."""
    if p.twin_of is not None and p.twin_of.dates:
        return [d + dt.timedelta(days=p.shift) for d in p.twin_of.dates
                if (p.established is None or d >= p.established) and (p.dissolved is None or d < p.dissolved)]
    lo = max(w.start, p.established or w.start)
    hi = min(w.as_of, p.dissolved or w.as_of)
    step = FREQUENCY_MONTHS.get(p.frequency, 1)
    dates: list[dt.date] = []
    for y, m in months_between((lo.year, lo.month), (hi.year, hi.month)):
        if (y * 12 + m) % step != p.offset % step:
            continue
        d = nth_weekday(y, m, p.week, p.weekday)
        skip = w.rng.random() < (0.35 if m in (8, 12) and step == 1 else 0.05)
        if lo <= d < hi and not skip:
            dates.append(d)
    return dates


def write_meetings(w: World, meetings: RowWriter, attendance: RowWriter, progress: Progress | None) -> tuple[int, int]:
    """Write every partnership's meetings and who came; returns (meetings, attendance) row counts.

    Each seat holder has a reliability; when absent they may send a deputy (a post of the
    same organisation, as minutes record apologies and the deputy), send apologies, or go
    unrecorded.
    """
    prov = w.prov
    rng = w.rng
    n_meetings = n_attendance = 0
    reliability: dict[str, float] = {}
    parts = list(w.parts.values())
    for i, p in enumerate(parts):
        p.dates = schedule(w, p)
        for d in p.dates:
            mid = f"{p.id}-{d.isoformat()}"
            hours = p.hours if rng.random() < 0.8 else max(0.5, p.hours + rng.choice((-0.5, 0.5)))
            fmt = p.fmt if rng.random() < 0.8 else rng.choice(FORMATS)
            chosen = rng.sample(p.themes, rng.randint(1, min(3, len(p.themes))))
            themes = ";".join(t for t in p.themes if t in chosen)
            meetings.writerow([mid, p.id, f"{d.isoformat()} {p.time}", to_cell(float(hours)), fmt, themes, *prov])
            n_meetings += 1
            present: set[str] = set()
            for s in p.seats:
                if not in_force(d, s.since, s.until):
                    continue
                r = reliability.get(s.person)
                if r is None:
                    r = reliability[s.person] = 0.55 + 0.4 * rng.random()
                u = rng.random()
                if u < r:
                    status = "attended"
                elif u < r + (1 - r) * 0.45:
                    status = "apologies"
                    org = w.orgs[s.org]
                    deputy = pick_post(w, org, org.sub_cum)
                    if deputy != s.person and deputy not in present:
                        present.add(deputy)
                        attendance.writerow([deputy, mid, "deputy", *prov])
                        n_attendance += 1
                elif u < r + (1 - r) * 0.85:
                    status = "apologies"
                else:
                    continue  # not recorded at all
                if s.person in present:
                    continue
                present.add(s.person)
                attendance.writerow([s.person, mid, status, *prov])
                n_attendance += 1
        if progress and p.dates:
            progress(i + 1, len(parts))
    return n_meetings, n_attendance
