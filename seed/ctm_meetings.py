"""Illustrative meetings and attendance for the CTM seed (used by seed/build_ctm.py).

Meeting dates of CTM partnerships are not public in the sources used, so every meeting
is generated (on the calendar the synthetic landscape uses, seed/synthetic/cadence.py): 2024-10-01 to 2025-09-30 at each partnership's meeting_frequency, plus a
few 2022-23 meetings of the dissolved PSBs for lineage. Three clusters are placed on
purpose within 1-6 days of each other, on the same agenda themes, so that the
duplicate-meetings view has something to find (see CLUSTERS).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from seed.ctm_common import GENERATOR, S_CTM_PSB, S_CTM_PSB_WORKSHOP, Row, illus, src
from tirlun.seed.synthetic.cadence import FREQUENCY_MONTHS, in_force, months_between, nth_weekday

START = dt.date(2024, 10, 1)
END = dt.date(2025, 9, 30)
TIMES = ("09:30", "10:00", "13:30", "14:00")
MONTHS = months_between((2024, 10), (2025, 9))  # Oct 2024 .. Sep 2025
NOTE = (
    "Illustrative: meeting dates of CTM partnerships are not in public sources; generated at the partnership's "
    "usual frequency."
)

# Cluster: (leader, [(follower, day offset)], month indexes into MONTHS, week of month, weekday, shared themes)
CLUSTERS: list[dict[str, Any]] = [
    {
        "name": "CSPs and VAWDASV board",
        "leader": "ctm-vawdasv",
        "followers": [("bridgend-csp", 1), ("rct-csp", 2), ("merthyr-csp", 3)],
        "months": [1, 4, 7, 10],  # Nov, Feb, May, Aug
        "week": 2, "weekday": 0,  # second Monday
        "themes": ["domestic-abuse", "community-safety"],
    },
    {
        "name": "RPB children's group and CTMSB exploitation group",
        "leader": "ctm-rpb-cyp",
        "followers": [("ctm-sb-exploitation", -1)],  # -1: 1-3 days, drawn per cycle
        "months": [0, 2, 4, 6, 8, 10],  # Oct, Dec, Feb, Apr, Jun, Aug
        "week": 1, "weekday": 1,  # first Tuesday
        "themes": ["safeguarding", "children-looked-after", "exploitation"],
    },
    {
        "name": "PSB and RPB",
        "leader": "ctm-psb",
        "followers": [("ctm-rpb", 5)],
        "months": [0, 6],  # Oct, Apr (the RPB's other meetings follow its own cadence)
        "week": 3, "weekday": 2,  # third Wednesday
        "themes": ["well-being", "health", "housing"],
    },
]


def active(p: Row, day: dt.date) -> bool:
    def d(key: str) -> dt.date | None:
        v = p.get(key)
        return dt.date.fromisoformat(v) if v else None

    est, dis, end = d("established"), d("dissolved"), d("end_date")
    return (est is None or est <= day) and (dis is None or day < dis) and (end is None or day <= end)


def _meeting(p: Row, start: dt.datetime, fmt: str, themes: list[str], note: str, source: str = GENERATOR) -> Row:
    return illus(
        note, source=source, id=f"{p['id']}-{start.date().isoformat()}", partnership_id=p["id"],
        start=start.strftime("%Y-%m-%d %H:%M"), duration_hours=p.get("meeting_hours") or 2, format=fmt,
        themes=sorted(themes),
    )


def _format(rng: random.Random, p: Row) -> str:
    if p["id"] == "ccr-josc":
        return "virtual"  # sourced: the CCR City Deal JOSC meets virtually
    if p["kind"] == "scrutiny_committee":
        return rng.choice(["hybrid", "in_person"])
    return rng.choices(["virtual", "hybrid", "in_person"], weights=[4, 4, 2])[0]


def _themes(rng: random.Random, p: Row, shared: list[str] | None = None) -> list[str]:
    own = list(p.get("themes") or [])
    if shared:
        extra = [t for t in own if t not in shared]
        return [t for t in shared if t in own] + rng.sample(extra, k=min(len(extra), rng.randint(0, 1)))
    return rng.sample(own, k=min(len(own), rng.randint(1, 3))) if own else []


def generate_meetings(rng: random.Random, partnerships: list[Row]) -> tuple[list[Row], list[str]]:
    """Return (meetings, descriptions of the deliberate duplicate pairs)."""
    by_id = {p["id"]: p for p in partnerships}
    meetings: list[Row] = []
    pairs: list[str] = []
    clustered: dict[str, set[int]] = {}
    for c in CLUSTERS:
        leader = by_id[c["leader"]]
        for mi in c["months"]:
            year, month = MONTHS[mi]
            day = nth_weekday(year, month, c["week"], c["weekday"])
            time = rng.choice(TIMES)
            lead_m = _meeting(leader, dt.datetime.fromisoformat(f"{day} {time}"), _format(rng, leader),
                              _themes(rng, leader, c["themes"]), NOTE + f" Cluster: {c['name']}.")
            meetings.append(lead_m)
            clustered.setdefault(leader["id"], set()).add(mi)
            for fid, offset in c["followers"]:
                f = by_id[fid]
                gap = offset if offset > 0 else rng.randint(1, 3)
                fday = day + dt.timedelta(days=gap)
                fm = _meeting(
                    f, dt.datetime.fromisoformat(f"{fday} {rng.choice(TIMES)}"), _format(rng, f),
                    _themes(rng, f, c["themes"]),
                    NOTE + f" Deliberately placed {gap} day(s) after {lead_m['id']} with overlapping seats and the "
                    "same themes, so a duplicate meeting shows.",
                )
                meetings.append(fm)
                clustered.setdefault(fid, set()).add(mi)
                pairs.append(f"{lead_m['id']} ~ {fm['id']}")
    for p in partnerships:
        freq = p.get("meeting_frequency")
        if freq not in FREQUENCY_MONTHS:
            continue
        step = FREQUENCY_MONTHS[freq]
        done = clustered.get(p["id"], set())
        # a clustered partnership keeps its cadence: its other meetings fall in the same cycle
        offset = min(done) % step if done else rng.randrange(step)
        week, weekday = rng.randint(1, 3), rng.randint(0, 3)
        for mi in range(offset, len(MONTHS), step):
            if mi in done:
                continue
            year, month = MONTHS[mi]
            day = nth_weekday(year, month, week, weekday)
            if not (START <= day <= END) or not active(p, day):
                continue
            start = dt.datetime.fromisoformat(f"{day} {rng.choice(TIMES)}")
            meetings.append(_meeting(p, start, _format(rng, p), _themes(rng, p), NOTE))
    meetings += historic_meetings(rng, by_id)
    meetings.sort(key=lambda m: (m["start"], m["id"]))
    return meetings, pairs


def historic_meetings(rng: random.Random, by_id: dict[str, Row]) -> list[Row]:
    """A few meetings before 2024-10 so the dissolved PSBs (and the merger) show in the lineage."""
    lineage = "Illustrative: historic meeting added for lineage before the May 2023 merger; date invented."
    rows = [
        ("cwm-taf-psb", "2022-07-12 10:00", lineage, GENERATOR),
        ("bridgend-psb", "2022-06-21 14:00", lineage, GENERATOR),
        ("cwm-taf-psb-josc", "2022-11-28 14:00",
         "Illustrative: the Cwm Taf PSB JOSC met in Nov/Dec 2022 (sourced); day and time invented.",
         S_CTM_PSB_WORKSHOP),
        *[(pid, "2022-11-15 09:30",
           "Date sourced: pre-merger workshop on 15 Nov 2022 for both PSBs, their sub-boards and the RPB chair "
           "(externally facilitated). Time, format and attendance illustrative.", S_CTM_PSB_WORKSHOP)
          for pid in ("cwm-taf-psb", "bridgend-psb")],
        ("cwm-taf-psb", "2023-02-14 10:00", lineage, GENERATOR),
        ("bridgend-psb", "2023-03-07 13:30", lineage, GENERATOR),
        ("ctm-psb", "2023-05-18 10:00",
         "Date sourced: inaugural meeting of the CTM PSB on 18 May 2023. Time, format and attendance illustrative.",
         src(S_CTM_PSB, "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15222&LLL=0")),
    ]
    out = []
    for pid, start, note, source in rows:
        p = by_id[pid]
        fmt = "in_person" if "workshop" in note else _format(rng, p)
        out.append(_meeting(p, dt.datetime.fromisoformat(start), fmt, _themes(rng, p), note, source))
    return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def seat_active(seat: Row, day: dt.date) -> bool:
    return in_force(day, _date(seat.get("since")), _date(seat.get("until")))


def generate_attendance(rng: random.Random, meetings: list[Row], seats: list[Row]) -> list[Row]:
    """Each meeting's seated posts active that day: ~80% attended, ~10% deputy, ~10% apologies."""
    by_part: dict[str, list[Row]] = {}
    for s in seats:
        by_part.setdefault(s["partnership_id"], []).append(s)
    rows: list[Row] = []
    for m in meetings:
        day = dt.date.fromisoformat(m["start"][:10])
        seen: set[str] = set()
        for s in by_part.get(m["partnership_id"], []):
            if s["person_id"] in seen or not seat_active(s, day):
                continue
            seen.add(s["person_id"])
            r = rng.random()
            if s["role"] == "chair":
                as_ = "attended" if r < 0.95 else "deputy"
            else:
                as_ = "attended" if r < 0.8 else "deputy" if r < 0.9 else "apologies"
            rows.append(illus(
                "Illustrative: attendance invented (minutes with attendance were not used as sources).",
                person_id=s["person_id"], meeting_id=m["id"], attended_as=as_,
            ))
    return rows
