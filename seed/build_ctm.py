"""Build the Cwm Taf Morgannwg seed: seed/ctm/*.csv and seed/ctm/README.md.

    cd /work/main && python seed/build_ctm.py

Sourced rows come from seed/ctm_facts.py (and the modules it re-exports). The
illustrative parts - posts, seats, meetings, attendance, self-assessments and sub-group
memberships derived from seats - are generated here with random.Random(2026), so the
output is identical on every run. The script then checks its own design rules
(seed/ctm_checks.py) and validates the folder with the project's validator, exactly
as `tirlun validate seed/ctm` does. Exit status 0 means the seed is valid.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # allow `python seed/build_ctm.py` without installing the package
    sys.path.insert(0, str(ROOT))

from seed import ctm_facts as facts  # noqa: E402
from seed.ctm_checks import run_checks  # noqa: E402
from seed.ctm_common import GENERATOR, S_CTM_PSB_WORKSHOP, S_YJS_CT_2024, Row, fact, illus, src  # noqa: E402
from seed.ctm_labels import apply_rule, problems  # noqa: E402
from seed.ctm_meetings import generate_attendance, generate_meetings  # noqa: E402
from seed.ctm_posts import (  # noqa: E402
    CTM_LAS,
    HISTORIC_UNTIL,
    LA_POSTS,
    OTHER_POSTS,
    RANDOM_EXTRAS,
    SEAT_CHANGES,
    SEAT_PLAN,
    SOURCED_POSTS,
    SOURCED_SEATS,
    pid,
)
from seed.ctm_readme import render_readme  # noqa: E402
from tirlun.loader.models import CRITERIA_SOURCE, TABLES, Framework, to_cell  # noqa: E402
from tirlun.loader.validate import validate_path  # noqa: E402
from tirlun.seed.synthetic.tables import write_table  # noqa: E402

OUT = ROOT / "seed" / "ctm"
SEED = 2026
POST_NOTE = (
    "Illustrative: a post, not a named person, invented by the seed generator; seat lists of CTM boards are not in "
    "public sources."
)
SEAT_NOTE = "Illustrative: seat invented by the seed generator (board seat lists are not in public sources)."


# --- people (posts) ----------------------------------------------------------------------

def build_people() -> list[Row]:
    specs = [(la, suffix, en, cy) for la in CTM_LAS for suffix, (en, cy) in LA_POSTS.items()]
    specs += OTHER_POSTS
    rows = []
    for org, suffix, en, cy in specs:
        post_id = f"post-{org}-{suffix}"
        cols = {"id": post_id, "job_title_en": en, "job_title_cy": cy, "organisation_id": org, "display_name": None}
        if post_id in SOURCED_POSTS:
            source, note = SOURCED_POSTS[post_id]
            rows.append(fact(source, note=note + " Post only: no individual is named.", **cols))
        else:
            rows.append(illus(POST_NOTE, **cols))
    return rows


# --- seats -------------------------------------------------------------------------------

def _rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> str:
    if hi <= lo:
        return lo.isoformat()
    return (lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))).isoformat()


def _since(rng: random.Random, p: Row) -> str | None:
    if p["id"] in HISTORIC_UNTIL:
        return p.get("established")
    if p["id"] == "ctm-psb" or p.get("level") == "task_and_finish":
        return p["established"]
    est = dt.date.fromisoformat(p["established"]) if p.get("established") else dt.date(2019, 4, 1)
    lo = max(est, dt.date(2019, 4, 1))
    return _rand_date(rng, lo, max(lo, dt.date(2024, 9, 1)))


# Sourced seats whose source speaks of one time only: the dates bracket it, so the row is illustrative.
DATED_SEATS: dict[tuple[str, str, str], tuple[str, str, str]] = {
    ("post-age-connects-morgannwg-ceo", "ctm-rpb", "chair"): (
        "2019-04-01", "2020-01-01",
        "Sourced: the post chaired the CTM RPB at the £22.7m Transformation Fund award (c.2019); no individual is "
        "named. Illustrative: since/until only bracket 2019 from the board's start as CTM RPB; the real term is not "
        "in the source.",
    ),
}


def build_seats(rng: random.Random, partnerships: dict[str, Row], people: dict[str, Row]) -> list[Row]:
    seats: dict[tuple[str, str, str], Row] = {}

    def add(post: str, part: str, role: str, since: str | None, until: str | None, note: str | None = None) -> None:
        key = (post, part, role)
        cols = {"person_id": post, "partnership_id": part, "role": role,
                "representing": people[post]["organisation_id"], "since": since, "until": until}
        if key in DATED_SEATS:
            cols["since"], cols["until"], dated = DATED_SEATS[key]
            seats[key] = illus(dated, source=src(SOURCED_SEATS[key]), **cols)
        elif key in SOURCED_SEATS:
            cols["since"] = None  # the term's start is not in the sources
            seats[key] = fact(src(SOURCED_SEATS[key]), note="Seat of a post named in the source; no individual "
                              "is named. Start of the term not in sources.", **cols)
        else:
            seats[key] = illus(note or SEAT_NOTE, **cols)

    for part, refs in SEAT_PLAN.items():
        p = partnerships[part]
        until = HISTORIC_UNTIL.get(part) or p.get("end_date")
        for ref in refs:
            post_ref, _, role = ref.partition("/")
            post = pid(post_ref)
            since = _since(rng, p)
            if part == "bridgend-psb" and post == "post-ctmuhb-ceo":
                since = "2019-04-01"  # CTMUHB took over Bridgend's healthcare on 1 Apr 2019
            add(post, part, role or "member", since, until)
    for part, refs in RANDOM_EXTRAS.items():
        p = partnerships[part]
        for ref in rng.sample(refs, k=rng.randint(0, 2)):
            key = (pid(ref), part, "member")
            if key not in seats:
                add(pid(ref), part, "member", _since(rng, p), p.get("end_date"),
                    SEAT_NOTE + " Added at random (rng) to vary the lighter groups.")
    for post, part, role, since, until, note in SEAT_CHANGES:
        key = (post, part, role)
        old = seats.get(key)
        add(post, part, role, since or (old or {}).get("since") or _since(rng, partnerships[part]), until, note)
    return sorted(seats.values(), key=lambda s: (s["partnership_id"], s["person_id"], s["role"]))


# --- memberships derived from seats ------------------------------------------------------

def derived_memberships(seats: list[Row], memberships: list[Row], partnerships: dict[str, Row]) -> list[Row]:
    have = {(m["organisation_id"], m["partnership_id"]) for m in memberships}
    first_seat: dict[tuple[str, str], str] = {}
    for s in seats:
        key = (s["representing"], s["partnership_id"])
        if s.get("since") and (key not in first_seat or s["since"] < first_seat[key]):
            first_seat[key] = s["since"]
    out: dict[tuple[str, str], Row] = {}
    for s in seats:
        key = (s["representing"], s["partnership_id"])
        if key in have or key in out:
            continue
        p = partnerships[s["partnership_id"]]
        sub = p.get("level") != "board"
        note = ("Illustrative: sub-group membership derived from the generated seats (sub-group memberships are not "
                "in public sources)." if sub else
                "Illustrative: membership derived from the generated seats (from the first seat's date); not "
                "verified in public sources.")
        role = s["role"] if s["role"] in ("invited_participant", "observer") else "member"
        # A board membership derived from seats starts with its first seat, so a date before it shows no member.
        out[key] = illus(note, organisation_id=key[0], partnership_id=key[1], role=role,
                         since=p.get("established") if sub else first_seat.get(key),
                         until=HISTORIC_UNTIL.get(p["id"]) or p.get("end_date"))
    return sorted(out.values(), key=lambda m: (m["partnership_id"], m["organisation_id"]))


# --- self-assessments -------------------------------------------------------------------

SPAT = ["spat_purpose", "spat_engagement", "spat_principles", "spat_cascade", "spat_monitoring"]
MAEF_CHILD = ["maef_key_worker", "maef_information_sharing", "maef_joint_training", "maef_clarity_accountability",
              "maef_leadership", "maef_shared_language"]
MAEF_STRATEGIC = ["maef_information_sharing", "maef_joint_funding", "maef_power_sharing", "maef_leadership"]
ASSESSED = {
    "ctm-psb": MAEF_STRATEGIC, "ctm-rpb": MAEF_STRATEGIC,
    "ctm-safeguarding-board": MAEF_CHILD, "cwm-taf-yjs-board": MAEF_CHILD,
}
# Scores anchored on sourced findings: (partnership, criterion) -> (2024 score, note)
ANCHORS: dict[tuple[str, str], tuple[int, str]] = {
    ("ctm-psb", "spat_purpose"): (2, "Anchored on the Cwm Taf PSB JOSC finding (2022) that PSB purpose was often "
                                  "unclear: " + S_CTM_PSB_WORKSHOP),
    ("cwm-taf-yjs-board", "maef_clarity_accountability"): (2, "Anchored on HMIP (Aug 2024): 'lack of shared "
                                                           "understanding regarding roles and responsibilities': "
                                                           + S_YJS_CT_2024),
    ("cwm-taf-yjs-board", "maef_leadership"): (2, "Anchored on HMIP (Aug 2024): board 'not driving the urgent "
                                               "improvements': " + S_YJS_CT_2024),
    ("ctm-rpb", "maef_information_sharing"): (2, "Anchored on seed 000: data often confined to policy domains or "
                                              "regional structures."),
}


def build_assessments(rng: random.Random) -> list[Row]:
    rows = []
    for part, maef in ASSESSED.items():
        for criterion in SPAT + maef:
            anchor = ANCHORS.get((part, criterion))
            base = anchor[0] if anchor else rng.randint(2, 4)
            for year, date in (("2024", "2024-06-28"), ("2025", "2025-06-27")):
                score = base if year == "2024" else max(1, min(5, base + rng.choice([-1, 0, 0, 1, 1])))
                framework = Framework(criterion.split("_", 1)[0])
                rows.append(illus(
                    "Illustrative: self-assessment scores invented; no CTM partnership self-assessment against these "
                    "criteria was found.", source=src(GENERATOR, CRITERIA_SOURCE[framework]),
                    assessment_id=f"{part}-{year}", partnership_id=part, date=date, criterion=criterion, score=score,
                    notes=anchor[1] if anchor else None,
                ))
    return rows


# --- writing -----------------------------------------------------------------------------

def write_tables(tables: dict[str, list[Row]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        if t.name not in tables:
            continue  # a table the seed does not build yet (the lead's area_parents, organisation_names)
        rows = tables[t.name]
        extra = {k for r in rows for k in r} - set(t.columns)
        if extra:
            raise SystemExit(f"{t.name}: columns not in the model: {sorted(extra)}")
        write_table(out / f"{t.name}.csv", t.columns, ([to_cell(r.get(c)) for c in t.columns] for r in rows))


def write_and_check(tables: dict[str, list[Row]], out: Path, readme: str) -> int:
    """Write a folder (tables and README), then check it as a user's file is checked: the labelling rule and the
    loader's own validation. Prints every problem; returns the exit code (1 on any)."""
    broken = [(t, r.get("id"), p) for t, rows in tables.items() for r in rows for p in problems(r)]
    for b in broken:
        print("LABEL", *b)
    write_tables(tables, out)
    (out / "README.md").write_text(readme, encoding="utf-8")
    data, found = validate_path(out)
    for p in found:
        print(f"PROBLEM {p.where} row {p.row} [{p.column}] {p.value!r}: {p.message}")
    print(f"wrote {out}: " + ", ".join(f"{t.name} {len(tables[t.name])}" for t in TABLES if t.name in tables))
    if found or broken:
        print(f"FAILED: {len(found)} validator problem(s), {len(broken)} labelling problem(s)")
        return 1
    print(f"OK: loader validation passed ({data.count()} rows).")
    return 0


def build() -> tuple[dict[str, list[Row]], list[str]]:
    rng = random.Random(SEED)
    partnerships = facts.BOARDS + facts.SUBGROUPS
    by_part = {p["id"]: p for p in partnerships}
    people = build_people()
    seats = build_seats(rng, by_part, {p["id"]: p for p in people})
    memberships = facts.MEMBERSHIPS + derived_memberships(seats, facts.MEMBERSHIPS, by_part)
    meetings, pairs = generate_meetings(rng, partnerships)
    attendance = generate_attendance(rng, meetings, seats)
    tables = {
        "areas": facts.AREAS, "area_parents": facts.AREA_PARENTS, "themes": facts.THEMES, "legislation": facts.LEGISLATION,
        "organisations": facts.ORGANISATIONS, "organisation_names": facts.ORGANISATION_NAMES, "partnerships": partnerships, "people": people,
        "meetings": meetings, "datasets": facts.DATASETS, "dataset_flows": facts.DATASET_FLOWS,
        "memberships": memberships, "seats": seats, "attendance": attendance,
        "assessments": build_assessments(rng),
    }
    for rows in tables.values():
        apply_rule(rows)
    return tables, pairs


def main() -> int:
    tables, pairs = build()
    write_tables(tables, OUT)
    report = run_checks(tables, pairs)
    (OUT / "README.md").write_text(render_readme(tables, report), encoding="utf-8")
    data, problems = validate_path(OUT)
    for p in problems:
        print(f"PROBLEM {p.where} row {p.row} [{p.column}] {p.value!r}: {p.message}")
    print("\n".join(report.lines))
    counts = ", ".join(f"{t.name} {len(tables[t.name])}" for t in TABLES if t.name in tables)
    print(f"wrote {OUT}: {counts}")
    if problems or report.failures:
        print(f"FAILED: {len(problems)} validator problem(s), {len(report.failures)} design check failure(s)")
        for f in report.failures:
            print(f"  - {f}")
        return 1
    print(f"OK: loader validation passed ({data.count()} rows); design checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
