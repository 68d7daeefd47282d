"""The law as the law has it: SET_UP_UNDER vs DISCHARGES_DUTY_UNDER, sub-groups that inherit nothing, gaps with sections.

Hand-made landscapes, expected values worked out on paper (comments beside each assertion).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED, write_input

from tirlun.answers.base import Context
from tirlun.answers.governance import answer
from tirlun.database import Database
from tirlun.loader.models import LATE_COLUMNS, TABLES_BY_NAME
from tirlun.loader.validate import validate_path

AS_OF = dt.date(2025, 6, 30)


def landscape() -> dict[str, list[dict[str, Any]]]:
    """One law that prescribes police membership of the board it sets up, one that only places a duty.

    sb-act (s.134(2), (6)): prescribes local_authority and police_force as members of each board it sets up.
    duty-act (s.6): prescribes the same types (for the bodies it sets up) but board `apb` only discharges its duty.

      board-ok   set up under sb-act (s.134(4)), members: LA + police             -> no gap
      board-gap  set up under sb-act (s.134(4)), members: LA only                 -> police_force missing, s.134(2), (6)
      sub        sub-group of board-ok, itself linked to sb-act, no police at all -> not judged (inherits nothing)
      apb        DISCHARGES_DUTY_UNDER duty-act (s.6), members: LA only           -> none (the Act does not set it up)
    """
    def org(o: str, org_type: str) -> dict[str, Any]:
        return {"id": o, "name_en": f"Org {o}", "sector": "other", "org_type": org_type}

    def m(o: str, p: str, role: str = "statutory_member", **kw: Any) -> dict[str, Any]:
        return {"organisation_id": o, "partnership_id": p, "role": role, **kw}

    return {
        "legislation": [
            {"id": "sb-act", "title_en": "Safeguarding Act", "year": 2014, "citation": "anaw 2014/4",
             "required_member_types": "local_authority;police_force", "members_section": "s.134(2), (6)",
             "source": "https://example.org/sb-act/section/134", "illustrative": "false"},
            {"id": "duty-act", "title_en": "Crime Act", "year": 1998, "citation": "1998 c.37",
             "required_member_types": "local_authority;police_force", "members_section": "s.5(1)"},
        ],
        "organisations": [org("la", "local_authority"), org("police", "police_force")],
        "partnerships": [
            {"id": "board-ok", "name_en": "Board OK", "kind": "safeguarding_board", "legislation": "sb-act",
             "legislation_section": "s.134(4)"},
            {"id": "board-gap", "name_en": "Board Gap", "kind": "safeguarding_board", "legislation": "sb-act",
             "legislation_section": "s.134(4)", "source": "https://example.org/board-gap", "illustrative": "false"},
            {"id": "sub", "name_en": "Practice group", "kind": "safeguarding_board", "level": "subgroup",
             "subgroup_of": "board-ok", "legislation": "sb-act"},
            {"id": "apb", "name_en": "Area Planning Board", "kind": "area_planning_board",
             "duty_legislation": "duty-act", "duty_section": "s.6"},
        ],
        "memberships": [
            m("la", "board-ok"), m("police", "board-ok"),
            m("la", "board-gap", source="https://example.org/members", illustrative="false"),
            m("police", "board-gap", "invited_participant", source="Illustrative (test)", illustrative="true"),
            m("la", "sub", "member"),
            m("la", "apb"),
        ],
    }


def test_only_a_board_set_up_under_a_law_that_prescribes_members_has_gaps(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape())
    rows = db.read("statutory_gaps", {"as_of": AS_OF})
    # board-gap: police only invited -> invited_only. sub (no police, but a sub-group) and apb (duty only): none.
    assert [(r["partnership_id"], r["legislation_id"], r["org_type"], r["status"]) for r in rows] == [
        ("board-gap", "sb-act", "police_force", "invited_only")]
    gap = rows[0]
    # It cites the section that prescribes the membership, and the section that set the board up.
    assert (gap["members_section"], gap["set_up_section"], gap["citation"]) == ("s.134(2), (6)", "s.134(4)", "anaw 2014/4")
    assert (gap["total"], gap["boards"]) == (1, 1)
    # The rows it rests on: the partnership row, the law's row, the police membership row (the invited one).
    evidence = [(e["table"], e["key"], e["source"], e["illustrative"]) for e in gap["evidence"]]
    assert evidence == [
        ("partnerships", "board-gap", "https://example.org/board-gap", False),
        ("legislation", "sb-act", "https://example.org/sb-act/section/134", False),
        ("memberships", "police / board-gap / invited_participant", "Illustrative (test)", True),
    ]


def test_a_board_without_police_at_all_is_missing_police(load_tables: Callable[..., Database]) -> None:
    tables = landscape()
    tables["memberships"] = [r for r in tables["memberships"] if r["organisation_id"] != "police"]
    db = load_tables(tables)
    rows = db.read("statutory_gaps", {"as_of": AS_OF})
    # board-ok and board-gap now both lack police entirely; sub and apb still not judged.
    assert [(r["partnership_id"], r["org_type"], r["status"], r["members_section"]) for r in rows] == [
        ("board-gap", "police_force", "missing", "s.134(2), (6)"),
        ("board-ok", "police_force", "missing", "s.134(2), (6)")]
    # A missing type rests on the partnership and law rows only: there is no membership row to show.
    assert [e["table"] for e in rows[0]["evidence"]] == ["partnerships", "legislation"]


def test_the_relationships_say_what_the_law_does(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape())
    links = _links(db)
    assert links == {
        ("board-ok", "SET_UP_UNDER", "sb-act"): "s.134(4)",
        ("board-gap", "SET_UP_UNDER", "sb-act"): "s.134(4)",
        ("sub", "SET_UP_UNDER", "sb-act"): None,
        ("apb", "DISCHARGES_DUTY_UNDER", "duty-act"): "s.6",
    }
    # Loading the APB again as set up under the Act replaces its duty link (links of a row are replaced).
    tables = landscape()
    tables["partnerships"][3] = {**tables["partnerships"][3], "legislation": "duty-act", "legislation_section": "s.5",
                                 "duty_legislation": "", "duty_section": ""}
    db = load_tables(tables)
    assert {k: v for k, v in _links(db).items() if k[0] == "apb"} == {("apb", "SET_UP_UNDER", "duty-act"): "s.5"}
    # ...and now it is judged: it has no police member, so s.5(1) prescribes one it lacks.
    rows = db.read("statutory_gaps", {"as_of": AS_OF})
    assert ("apb", "police_force", "missing", "s.5(1)") in [
        (r["partnership_id"], r["org_type"], r["status"], r["members_section"]) for r in rows]


def _links(db: Database) -> dict[tuple[str, str, str], Any]:
    """SET_UP_UNDER and DISCHARGES_DUTY_UNDER with their sections (read-only Cypher, as an analyst would)."""
    rows, _ = db.run_readonly(
        "MATCH (p:Partnership)-[r:SET_UP_UNDER|DISCHARGES_DUTY_UNDER]->(l:Legislation) "
        "RETURN p.id AS from_id, type(r) AS type, l.id AS to_id, r.section AS section")
    return {(r["from_id"], r["type"], r["to_id"]): r["section"] for r in rows}


def test_answer_words_the_section_and_the_evidence(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape())
    res = answer(db, Context(region=None, as_of=AS_OF, lang="en"))
    row = res.gaps.rows[0]
    assert (row["label"], row["law"], row["section"]) == ("Board Gap", "Safeguarding Act (anaw 2014/4)", "s.134(2), (6)")
    assert [(e["key"], e["status_label"]) for e in row["evidence"]] == [
        ("board-gap", "sourced"), ("sb-act", "sourced"), ("police / board-gap / invited_participant", "illustrative")]
    assert row["evidence_text"].startswith("partnerships board-gap (sourced): https://example.org/board-gap | ")
    cy = answer(db, Context(region=None, as_of=AS_OF, lang="cy")).gaps.rows[0]
    assert [e["status_label"] for e in cy["evidence"]] == ["o ffynhonnell", "o ffynhonnell", "enghreifftiol"]


def test_duty_legislation_must_name_a_law(tmp_path: Path) -> None:
    tables = landscape()
    tables["partnerships"][3]["duty_legislation"] = "no-such-act"
    _, problems = validate_path(write_input(tmp_path / "bad", tables))
    assert [(p.where, p.column, p.value) for p in problems] == [("partnerships.csv", "duty_legislation", "no-such-act")]


def test_columns_added_later_sit_before_provenance_and_may_be_left_out(tmp_path: Path) -> None:
    # Provenance stays last; the new columns come just before it. A file written before they existed (its header
    # lacks them) still loads, with the new columns empty.
    cols = TABLES_BY_NAME["partnerships"].columns
    assert cols[-10:] == ["purpose_cy", "legislation_section", "duty_legislation", "duty_section", "short_name_cy",
                          "source_cy", "source", "as_of", "illustrative", "note"]
    assert TABLES_BY_NAME["legislation"].columns[-6:] == [
        "required_member_types", "members_section", "source_cy", "source", "as_of", "illustrative", "note"][1:]
    assert "source_cy" not in TABLES_BY_NAME["memberships"].columns
    folder = write_input(tmp_path / "old", landscape())
    path = folder / "partnerships.csv"
    with path.open(encoding="utf-8", newline="") as f:
        old = [{k: v for k, v in r.items() if k not in LATE_COLUMNS} for r in csv.DictReader(f)]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[c for c in cols if c not in LATE_COLUMNS])
        w.writeheader()
        w.writerows(old)
    data, problems = validate_path(folder)
    assert problems == []
    assert [(p.cell("id"), p.cell("legislation"), p.cell("duty_legislation")) for p in data.rows("partnerships")] == [
        ("board-ok", ["sb-act"], []), ("board-gap", ["sb-act"], []), ("sub", ["sb-act"], []), ("apb", [], [])]


# --- The law model on whole landscapes: the CTM seed and a generated all-Wales landscape ------------------------
# The same rules for both (issue 20: the generator follows the seed's law model). Each rule is the seed's, read from
# the CSV files with the csv module.

# Bodies that discharge a duty placed on others, never set up under a law: APBs (CDA 1998 s.6), VAWDASV boards
# (VAWDASV (Wales) Act 2015 s.5), youth justice boards (CDA 1998 s.39: the council's duty to establish a YOT),
# local resilience forums (Civil Contingencies Act 2004: the responders' duties).
NEVER_SET_UP = ("area_planning_board", "vawdasv", "youth_justice_board", "resilience_forum")
# When a body began to exist: Public Health Wales NHS Trust on 1 October 2009; Natural Resources Wales took on its
# functions on 1 April 2013. No membership of either may start before then.
STARTED = {"phw": "2009-10-01", "nrw": "2013-04-01"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tirlun.seed.synthetic import generate

    return generate(tmp_path_factory.mktemp("law") / "wales", scale=0.05, seed=7, as_of=dt.date(2026, 11, 1)).out


def _folder(landscape: str, request: pytest.FixtureRequest) -> Path:
    return SEED if landscape == "seed" else Path(request.getfixturevalue("generated"))


def _table(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("landscape", ["seed", "generated"])
def test_every_law_link_says_what_the_law_does(landscape: str, request: pytest.FixtureRequest) -> None:
    folder = _folder(landscape, request)
    parts = _table(folder, "partnerships")
    laws = {r["id"]: r for r in _table(folder, "legislation")}
    boards = [p for p in parts if p["level"] == "board"]
    # Every set-up link carries its section; every duty link its section.
    assert [p["id"] for p in parts if p["legislation"] and not p["legislation_section"]] == []
    assert [p["id"] for p in parts if p["duty_legislation"] and not p["duty_section"]] == []
    # Sub-groups and task-and-finish groups inherit nothing from their board's law.
    assert [p["id"] for p in parts if p["level"] != "board" and (p["legislation"] or p["duty_legislation"])] == []
    # APBs, VAWDASV boards, youth justice boards and resilience forums are set up under no law.
    assert [p["id"] for p in boards if p["kind"] in NEVER_SET_UP and p["legislation"]] == []
    apbs = [p for p in boards if p["kind"] == "area_planning_board"]
    assert apbs and {(p["duty_legislation"], p["duty_section"]) for p in apbs} == {("cda-1998", "s.6")}
    assert {p["duty_section"] for p in boards if p["kind"] == "vawdasv" and p["duty_legislation"]} == {"s.5"}
    yjb = [p for p in boards if p["kind"] == "youth_justice_board"]
    assert yjb and all("s.39" in p["duty_section"] for p in yjb)
    # A scrutiny committee of one council is the council's own committee: not set up under the joint-committee
    # power (Local Government (Wales) Measure 2011 s.58), which needs two or more councils.
    councils = {a["id"] for a in _table(folder, "areas") if a["kind"] == "local_authority"}
    assert [p["id"] for p in boards if p["kind"] == "scrutiny_committee" and "lgwm-2011" in p["legislation"]
            and len(p["areas"].split(";")) == 1 and p["areas"] in councils] == []
    # Every law that prescribes members names the section that does, and no law without members names one.
    assert [lid for lid, r in laws.items() if r["required_member_types"] and not r["members_section"]] == []
    # Part 7 (safeguarding boards): the Board partners of s.134(2) include an NHS trust.
    for p in boards:
        if p["kind"] == "safeguarding_board" and p["legislation"]:
            prescribed = {t for lid in p["legislation"].split(";") for t in laws[lid]["required_member_types"].split(";")}
            assert "nhs_trust" in prescribed, p["id"]


@pytest.mark.parametrize("landscape", ["seed", "generated"])
def test_no_membership_before_the_body_existed(landscape: str, request: pytest.FixtureRequest) -> None:
    folder = _folder(landscape, request)
    established = {p["id"]: p["established"] for p in _table(folder, "partnerships")}
    early = []
    for m in _table(folder, "memberships"):
        started = STARTED.get(m["organisation_id"])
        start = m["since"] or established[m["partnership_id"]]  # an undated membership starts with its board
        if started and start and start < started:
            early.append((m["organisation_id"], m["partnership_id"], start))
    assert early == []
    if landscape == "generated":
        # The generator dates every membership of these bodies, so the rule really is checked there.
        dated = [m for m in _table(folder, "memberships") if m["organisation_id"] in STARTED]
        assert dated and all(m["since"] for m in dated)


def test_a_generated_landscape_has_only_its_deliberate_gaps(db: Database, generated: Path) -> None:
    # seed/synthetic/data/statutory_gaps.csv lists the gaps built on purpose: Ceredigion PSB without NRW (WFGA
    # s.29(2)), Wrexham CSP without its fire and rescue authority and Anglesey CSP whose police left on 2025-03-31
    # (CDA s.5(1)), Gwent SAB without probation (SSWBA s.134(2), (6)). Youth justice boards and resilience forums
    # discharge duties, so they raise none (the Newport false gap is gone).
    from tirlun.loader.load import load_path

    load_path(db, generated, region="wales")
    rows = db.read("statutory_gaps", {"as_of": "2026-11-01", "limit": None})
    assert sorted((r["partnership_id"], r["org_type"], r["members_section"]) for r in rows) == [
        ("anglesey-csp", "police_force", "s.5(1)"),
        ("ceredigion-psb", "natural_resources_wales", "s.29(2)"),
        ("gwent-sab", "probation_service", "s.134(2), (6)"),
        ("wrexham-csp", "fire_and_rescue_authority", "s.5(1)"),
    ]
    assert all(r["set_up_section"] for r in rows)
