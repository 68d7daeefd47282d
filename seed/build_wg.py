"""Build the West Glamorgan seed: seed/wg/*.csv and seed/wg/README.md.

    python seed/build_wg.py

Sourced rows come from seed/wg_facts.py; the shared Wales reference rows it needs (areas, area_parents,
themes, legislation, organisations, organisation_names) are repeated from seed/wales_reference.py, identical
cell for cell to seed/reference. Posts, seats, meetings and attendance are illustrative and generated with
random.Random(2027), so the output is the same on every run. Every id the region owns is distinct from the
CTM seed's (posts are `wg-post-...`). The folder is validated exactly as `tirlun validate seed/wg` does.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python seed/build_wg.py` without installing the package
    sys.path.insert(0, str(ROOT))

from seed import wg_facts as facts  # noqa: E402
from seed.build_ctm import write_and_check  # noqa: E402
from seed.ctm_common import Row, fact, illus  # noqa: E402
from seed.ctm_labels import apply_rule  # noqa: E402
from seed.wales_law import LEGISLATION, THEMES  # noqa: E402
from seed.wales_reference import area_parents_for, areas_for, organisation_names_for, organisations_for  # noqa: E402
from tirlun.loader.models import TABLES  # noqa: E402
from tirlun.seed.synthetic.cadence import FREQUENCY_MONTHS, in_force, months_between, nth_weekday  # noqa: E402

OUT = ROOT / "seed" / "wg"
SEED = 2027
START, END = dt.date(2024, 10, 1), dt.date(2025, 9, 30)
MONTHS = months_between((2024, 10), (2025, 9))
TIMES = ("09:30", "10:00", "13:30", "14:00")
POST_NOTE = ("Illustrative: a post, not a named person, invented by the seed generator; seat lists of West "
             "Glamorgan boards are not in public sources.")
SEAT_NOTE = "Illustrative: seat invented by the seed generator (board seat lists are not in public sources)."
MEETING_NOTE = ("Illustrative: meeting dates of West Glamorgan partnerships are not in public sources; generated at "
                "the partnership's usual frequency.")
# West Glamorgan's boards on 2024-10 .. 2025-09 and before: the laws and themes its rows name.
LAW_IDS = ["wfga-2015", "sswba-2014-pt7", "sswba-2014-pt9", "pa-regs-2015", "sb-regs-2015", "cda-1998", "cda-1998-s39",
           "vawdasv-2015"]


def build_people() -> list[Row]:
    rows = []
    for org, suffix, en, cy, source in facts.POSTS:
        cols = {"id": facts.pid(f"{org}:{suffix}"), "job_title_en": en, "job_title_cy": cy, "organisation_id": org,
                "display_name": None}
        if source:
            rows.append(fact(source, note="Post named in the source; no individual is named.", **cols))
        else:
            rows.append(illus(POST_NOTE, source=facts.GENERATOR, **cols))
    return rows


def _since(rng: random.Random, p: Row) -> str:
    est = dt.date.fromisoformat(p["established"]) if p.get("established") else dt.date(2019, 4, 1)
    lo = max(est, dt.date(2019, 4, 1))
    hi = dt.date(2024, 9, 1)
    return (lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))).isoformat()


def build_seats(rng: random.Random, parts: dict[str, Row], people: dict[str, Row]) -> list[Row]:
    seats = []
    for part, refs in facts.SEAT_PLAN.items():
        for ref in refs:
            post_ref, _, role = ref.partition("/")
            post = facts.pid(post_ref)
            key = (post, part, role or "member")
            cols = {"person_id": post, "partnership_id": part, "role": key[2],
                    "representing": people[post]["organisation_id"], "until": parts[part].get("dissolved")}
            if key in facts.SOURCED_SEATS:
                seats.append(fact(facts.SOURCED_SEATS[key], since=None, note="Seat of a post named in the source; no "
                                  "individual is named. Start of the term not in sources.", **cols))
            else:
                seats.append(illus(SEAT_NOTE, source=facts.GENERATOR, since=_since(rng, parts[part]), **cols))
    return sorted(seats, key=lambda s: (s["partnership_id"], s["person_id"], s["role"]))


def _active(p: Row, day: dt.date) -> bool:
    est = dt.date.fromisoformat(p["established"]) if p.get("established") else None
    dis = dt.date.fromisoformat(p["dissolved"]) if p.get("dissolved") else None
    return in_force(day, est, dis)


def build_meetings(rng: random.Random, partnerships: list[Row]) -> list[Row]:
    out = []
    for p in partnerships:
        freq = p.get("meeting_frequency")
        if freq not in FREQUENCY_MONTHS:
            continue
        step = FREQUENCY_MONTHS[freq]
        offset, week, weekday = rng.randrange(step), rng.randint(1, 3), rng.randint(0, 3)
        for mi in range(offset, len(MONTHS), step):
            year, month = MONTHS[mi]
            day = nth_weekday(year, month, week, weekday)
            if not (START <= day <= END) or not _active(p, day):
                continue
            own = list(p.get("themes") or [])
            out.append(illus(
                MEETING_NOTE, source=facts.GENERATOR, id=f"{p['id']}-{day.isoformat()}", partnership_id=p["id"],
                start=f"{day} {rng.choice(TIMES)}", duration_hours=p.get("meeting_hours") or 2,
                format=rng.choices(["virtual", "hybrid", "in_person"], weights=[4, 4, 2])[0],
                themes=sorted(rng.sample(own, k=min(len(own), rng.randint(1, 3)))),
            ))
    return sorted(out, key=lambda m: (m["start"], m["id"]))


def build_attendance(rng: random.Random, meetings: list[Row], seats: list[Row]) -> list[Row]:
    rows = []
    for m in meetings:
        day = dt.date.fromisoformat(m["start"][:10])
        seen: set[str] = set()
        for s in seats:
            if s["partnership_id"] != m["partnership_id"] or s["person_id"] in seen:
                continue
            since = dt.date.fromisoformat(s["since"]) if s.get("since") else None
            until = dt.date.fromisoformat(s["until"]) if s.get("until") else None
            if not in_force(day, since, until):
                continue
            seen.add(s["person_id"])
            r = rng.random()
            as_ = ("attended" if r < 0.95 else "deputy") if s["role"] == "chair" else (
                "attended" if r < 0.8 else "deputy" if r < 0.9 else "apologies")
            rows.append(illus("Illustrative: attendance invented (minutes with attendance were not used as sources).",
                              source=facts.GENERATOR, person_id=s["person_id"], meeting_id=m["id"], attended_as=as_))
    return rows


def build() -> dict[str, list[Row]]:
    rng = random.Random(SEED)
    own = [facts.ORGANISATIONS, facts.PARTNERSHIPS, facts.MEMBERSHIPS, facts.DATASETS, facts.DATASET_FLOWS]
    for rows in own:
        apply_rule(rows)
    parts = {p["id"]: p for p in facts.PARTNERSHIPS}
    people = build_people()
    apply_rule(people)
    seats = build_seats(rng, parts, {p["id"]: p for p in people})
    meetings = build_meetings(rng, facts.PARTNERSHIPS)
    return {
        "areas": areas_for(facts.AREA_IDS), "area_parents": area_parents_for(facts.AREA_IDS), "themes": THEMES,
        "legislation": [law for law in LEGISLATION if law["id"] in LAW_IDS],
        "organisations": organisations_for(facts.SHARED_ORG_IDS) + facts.ORGANISATIONS,
        "organisation_names": organisation_names_for(facts.SHARED_ORG_IDS),
        "partnerships": facts.PARTNERSHIPS, "people": people, "meetings": meetings, "datasets": facts.DATASETS,
        "dataset_flows": facts.DATASET_FLOWS, "memberships": facts.MEMBERSHIPS, "seats": seats,
        "attendance": build_attendance(rng, meetings, seats), "assessments": [],
    }


def render_readme(tables: dict[str, list[Row]]) -> str:
    counts = ["| table | rows | sourced | illustrative |", "|---|---:|---:|---:|"]
    for t in TABLES:
        data = tables[t.name]
        ill = sum(1 for r in data if r.get("illustrative"))
        counts.append(f"| {t.name} | {len(data)} | {len(data) - ill} | {ill} |")
    return "\n".join([
        "# West Glamorgan seed (`seed/wg`)",
        "",
        "The partnership landscape of the West Glamorgan region (Swansea and Neath Port Talbot; Swansea Bay UHB):",
        "the regional partnership board (called Western Bay until 31 March 2019, when it also covered Bridgend),",
        "the Swansea and Neath Port Talbot PSBs, the West Glamorgan Safeguarding Board and its Western Bay",
        "predecessor, the Western Bay Area Planning Board, a VAWDASV board, the two community safety partnerships",
        "and the two youth justice boards, with their members, posts, meetings and attendance.",
        "",
        "**Do not edit the CSV files by hand.** They are generated by",
        "",
        "    python seed/build_wg.py     # writes seed/wg/*.csv and this README",
        "    tirlun validate seed/wg      # the project's validator (exit 0)",
        "",
        "from `seed/wg_facts.py` (the region's own rows, each with its public source) and the shared Wales",
        "reference (`seed/wales_*.py`): the reference rows it needs are repeated *identically* to `seed/reference`",
        "(tests/test_wg_seed.py checks every one). Only `west-glamorgan` is of kind region, so the loader infers the",
        "region. Ids it owns never clash with the CTM seed's (posts are `wg-post-...`).",
        "",
        "**Lineage across the two regions** (dated): Bridgend sits in `western-bay` and the Abertawe Bro Morgannwg",
        "health board area until 2019-03-31 and in `ctm` from 2019-04-01 (reference `area_parents`); Abertawe Bro",
        "Morgannwg UHB became Swansea Bay UHB on 1 April 2019 (`organisation_names`); `western-bay-rpb` ->",
        "`west-glamorgan-rpb` with BCBC a member until 2019-04-01; `western-bay-safeguarding-board` ->",
        "`west-glamorgan-safeguarding-board`; the Western Bay youth justice service (in `seed/ctm` as",
        "`western-bay-yjeis-board`) was split in 2019 into `swansea-yjs-board`, `npt-yjs-board` and Bridgend's.",
        "",
        "**Labelling rule** (as `seed/ctm`, `seed/ctm_labels.py`): a row is sourced only if every filled column is;",
        "Welsh columns need `source_cy`. Posts, seats, meetings and attendance are illustrative, generated with",
        "`random.Random(2027)` at each board's (illustrative) frequency from October 2024 to September 2025.",
        "",
        *counts,
        "",
    ])


def main() -> int:
    tables = build()
    return write_and_check(tables, OUT, render_readme(tables))


if __name__ == "__main__":
    sys.exit(main())
