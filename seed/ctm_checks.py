"""Design checks for the CTM seed, run by seed/build_ctm.py after the loader's validator.

The validator checks the format; these check the rules of the brief: provenance on every
row, no names, minimum content, and that the overlaps, duplicate meetings, statutory
gaps and data silos built on purpose are really in the data.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from seed.ctm_common import Row
from seed.ctm_labels import problems
from seed.ctm_meetings import END, START, active, seat_active

ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
MINIMUM = {"themes": 12, "organisations": 30, "partnerships": 22, "people": 60, "meetings": 150, "datasets": 12}
LEGISLATION = ["wfga-2015", "sswba-2014-pt7", "sswba-2014-pt9", "cda-1998", "cda-1998-s39", "vawdasv-2015",
               "cca-2004", "lgwm-2011", "lgewa-2021", "sppp-2023", "hwa-2014"]
ID_COLUMNS = ("id", "organisation_id", "partnership_id", "person_id", "meeting_id", "dataset_id", "to_id")


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    pair_scores: list[tuple[str, str, float]] = field(default_factory=list)
    pair_summary: list[str] = field(default_factory=list)
    suspects: list[tuple[str, int]] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    silo_datasets: list[str] = field(default_factory=list)
    silo_themes: list[str] = field(default_factory=list)

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            self.failures.append(message)


def run_checks(tables: dict[str, list[Row]], pairs: list[str]) -> Report:
    r = Report()
    _provenance(tables, r)
    _content(tables, r)
    _meetings(tables, pairs, r)
    _seats(tables, r)
    _gaps(tables, r)
    _silos(tables, r)
    _labels(tables, r)
    return r


def _provenance(tables: dict[str, list[Row]], r: Report) -> None:
    for name, rows in tables.items():
        for row in rows:
            r.check(bool(row.get("source")) and bool(row.get("as_of")), f"{name}: row without source/as_of: {row}")
            if row.get("illustrative"):
                r.check(bool(row.get("note")), f"{name}: illustrative row without a note: {row}")
            for c in ID_COLUMNS:
                if row.get(c) is not None:
                    r.check(bool(ID.match(str(row[c]))), f"{name}: bad id {row[c]!r}")
    r.check(all(not p.get("display_name") for p in tables["people"]), "people: display_name must stay empty")


def _content(tables: dict[str, list[Row]], r: Report) -> None:
    for name, least in MINIMUM.items():
        r.check(len(tables[name]) >= least, f"{name}: {len(tables[name])} rows, need at least {least}")
    regions = [a["id"] for a in tables["areas"] if a["kind"] == "region"]
    r.check(regions == ["ctm"], f"areas: the only region must be ctm, got {regions}")
    have = {law["id"] for law in tables["legislation"]}
    r.check(not set(LEGISLATION) - have, f"legislation missing: {sorted(set(LEGISLATION) - have)}")
    parts = {p["id"]: p for p in tables["partnerships"]}
    r.check(any(p.get("level") == "task_and_finish" and p.get("end_date", "9") < "2025-11-01" for p in parts.values()),
            "partnerships: need a task-and-finish group with an end date in the past")
    r.check(any(m.get("until") == "2024-03-31" for m in tables["memberships"]), "memberships: need one ended 2024-03-31")


def _meetings(tables: dict[str, list[Row]], pairs: list[str], r: Report) -> None:
    parts = {p["id"]: p for p in tables["partnerships"]}
    in_window = 0
    for m in tables["meetings"]:
        day = dt.date.fromisoformat(m["start"][:10])
        r.check(active(parts[m["partnership_id"]], day), f"meeting {m['id']} outside its partnership's life")
        r.check(m["start"][11:] in ("09:30", "10:00", "13:30", "14:00"), f"meeting {m['id']} odd time")
        in_window += START <= day <= END
    r.check(in_window >= 150, f"meetings in 2024-10-01..2025-09-30: {in_window}, need 150")
    people: dict[str, set[str]] = {}
    for att in tables["attendance"]:
        if att["attended_as"] in ("attended", "deputy"):
            people.setdefault(att["meeting_id"], set()).add(att["person_id"])
    by_cluster: dict[str, list[float]] = {}
    for pair in pairs:
        a, b = pair.split(" ~ ")
        pa, pb = people.get(a, set()), people.get(b, set())
        j = len(pa & pb) / len(pa | pb) if pa | pb else 0.0
        r.pair_scores.append((a, b, j))
        key = f"{a.rsplit('-', 3)[0]} ~ {b.rsplit('-', 3)[0]}"
        by_cluster.setdefault(key, []).append(j)
    r.pair_summary = [
        f"{key}: {len(js)} pairs, Jaccard {min(js):.2f}-{max(js):.2f} (mean {statistics.mean(js):.2f})"
        for key, js in sorted(by_cluster.items())
    ]
    r.lines.append("Deliberate duplicate-meeting pairs (attendee Jaccard, attended or deputy):")
    r.lines += [f"  {line}" for line in r.pair_summary]
    strong = [j for (a, _, j) in r.pair_scores if not a.startswith("ctm-psb")]
    r.check(sum(j >= 0.5 for j in strong) >= 0.75 * len(strong),
            "fewer than 75% of the CSP/VAWDASV and CYP/exploitation pairs reach Jaccard 0.5")


def _seats(tables: dict[str, list[Row]], r: Report) -> None:
    day = dt.date(2025, 6, 1)
    boards = Counter(s["person_id"] for s in tables["seats"] if seat_active(s, day)
                     and s["partnership_id"] not in ("cwm-taf-psb", "bridgend-psb", "cwm-taf-psb-josc"))
    per_post = [boards.get(p["id"], 0) for p in tables["people"]]
    r.suspects = [(p, n) for p, n in boards.most_common() if n >= 6]
    r.lines.append(f"Posts on 6+ boards (2025-06-01): {', '.join(f'{p} {n}' for p, n in r.suspects)}")
    seated = [n for n in per_post if n]
    r.lines.append(f"Seats per seated post: median {statistics.median(seated)}, max {max(seated)}; "
                   f"{per_post.count(0)} posts without a current seat")
    r.check(len(r.suspects) >= 3 and max(seated) <= 10, "need a few usual suspects on 6-10 boards")
    r.check(statistics.median(seated) <= 3, "most posts should sit on 1-3 boards")


def _gaps(tables: dict[str, list[Row]], r: Report) -> None:
    """The statutory-gap rule: boards set up under a law (legislation) that prescribes members; never duty links."""
    orgs = {o["id"]: o["org_type"] for o in tables["organisations"]}
    laws = {law["id"]: law for law in tables["legislation"]}
    full: dict[str, set[str]] = {}
    for m in tables["memberships"]:
        if m.get("until") is None and m["role"] != "invited_participant":
            full.setdefault(m["partnership_id"], set()).add(orgs[m["organisation_id"]])
    for p in tables["partnerships"]:
        if p.get("dissolved") or p.get("level") != "board":
            continue
        for lid in p.get("legislation") or []:
            missing = sorted(set(laws[lid].get("required_member_types") or []) - full.get(p["id"], set()))
            if missing:
                r.gaps.append(f"{p['id']}: {', '.join(missing)} ({laws[lid]['members_section']})")
    r.lines.append("Statutory gaps (prescribed org types without a current non-invited membership): " + "; ".join(r.gaps))
    r.check(any(g.startswith("rct-csp:") and "probation_service" in g for g in r.gaps), "rct-csp gap missing")
    r.check(any(g.startswith("merthyr-csp:") and "fire_and_rescue_authority" in g for g in r.gaps),
            "merthyr-csp gap missing")
    r.check(len(r.gaps) == 2, f"only the two deliberate gaps expected, got {r.gaps}")
    for p in tables["partnerships"]:
        r.check(not (p.get("level") != "board" and p.get("legislation")),
                f"{p['id']}: a sub-group is set up under no law (it inherits nothing)")


def _labels(tables: dict[str, list[Row]], r: Report) -> None:
    for name, rows in tables.items():
        for row in rows:
            for why in problems(row):
                r.failures.append(f"{name}: {row.get('id') or row.get('partnership_id')}: {why}")


def _silos(tables: dict[str, list[Row]], r: Report) -> None:
    """The silos built on purpose: assessments no other board receives, personal data flows with no protocol.

    Also the information-governance rule itself: only personal data carries a protocol.
    """
    kinds = {d["id"]: d["kind"] for d in tables["datasets"]}
    reaches: dict[str, set[str]] = {}
    for f in tables["dataset_flows"]:
        if f["to_kind"] == "partnership":
            reaches.setdefault(f["dataset_id"], set()).add(f["to_id"])
        if f.get("protocol") and kinds[f["dataset_id"]] != "personal":
            r.failures.append(f"dataset_flows: {f['dataset_id']} -> {f['to_id']}: a protocol on data that is not personal")
    r.silo_datasets = sorted(d["id"] for d in tables["datasets"] if d.get("form") == "assessment"
                             and d.get("partnership_id") and not reaches.get(d["id"], set()) - {d["partnership_id"]}
                             - {"ctm-josc"})
    r.check(len(r.silo_datasets) >= 2, f"need 2+ assessments reaching no other board, got {r.silo_datasets}")
    r.silo_themes = sorted(f"{f['dataset_id']} -> {f['to_id']}" for f in tables["dataset_flows"]
                           if kinds[f["dataset_id"]] == "personal" and not f.get("protocol"))
    r.lines.append(f"Assessments reaching no other board (the JOSC aside): {', '.join(r.silo_datasets)}")
    r.lines.append(f"Personal data flows with no protocol recorded: {', '.join(r.silo_themes)}")
    r.check(len(r.silo_themes) >= 2, "need 2+ personal data flows with no protocol recorded")
