"""The law as the law has it: SET_UP_UNDER vs DISCHARGES_DUTY_UNDER, sub-groups that inherit nothing, gaps with sections.

Hand-made landscapes, expected values worked out on paper (comments beside each assertion).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import write_input

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
    assert cols[-9:] == ["purpose_cy", "legislation_section", "duty_legislation", "duty_section", "source_cy",
                         "source", "as_of", "illustrative", "note"]
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
