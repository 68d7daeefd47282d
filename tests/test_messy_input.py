"""Forgiving where people are predictable, strict where it matters (issue 11 item 3, issue 10 item 5).

A workbook typed the way a coordinator types it: spaces around ids, dd/mm/yyyy and an Excel serial
date, a blank row, Yes/Na for yes/no, an organisation's name instead of its id. The fixable cells
load; the real problems (a misspelt name, a duplicate row, a bare year in a date column) are
reported with sheet, row, column, value and a suggestion. Then the slips an attacker found.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import EN, translator
from tirlun.loader.load import load_path
from tirlun.loader.read import unpack_upload
from tirlun.loader.validate import validate_path

PROV = ["https://example.org/source", "01/11/2025"]
HEAD = {
    "areas": ["id", "name_en", "kind", "source", "as_of"],
    "organisations": ["id", "name_en", "sector", "org_type", "source", "as_of", "illustrative", "name_cy"],
    "partnerships": ["id", "name_en", "kind", "areas", "source", "as_of"],
    "memberships": ["organisation_id", "partnership_id", "role", "since", "source", "as_of", "illustrative"],
}


def book(path: Path, memberships: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "areas"
    for row in (HEAD["areas"], ["r", "Region R", "region", *PROV]):
        ws.append(row)
    sheets = {
        "organisations": [[" bcuhb ", "Betsi Cadwaladr University Health Board", "health", "local_health_board", *PROV, "Na",
                           " Bwrdd Iechyd Prifysgol Betsi Cadwaladr (Ŵ ŵ Ŷ ŷ) "],
                          ["bcbc", "Bridgend County Borough Council ", "local_government", "local_authority", *PROV, "no"]],
        "partnerships": [["p1", "Board One", "psb", "r", *PROV]],
        "memberships": memberships,
    }
    for name, rows in sheets.items():
        sheet = wb.create_sheet(name)
        sheet.append(HEAD[name])
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


FIXABLE: list[list[Any]] = [
    ["Betsi Cadwaladr University Health Board", "p1", "member", "18/05/2023", *PROV, "Yes"],  # row 2: a name for an id
    [None, None, None, None, None, None, None],  # row 3: blank
    ["  bcbc", " p1 ", "statutory_member ", 45064, *PROV, "Ie"],  # row 4: spaces, Excel serial for 2023-05-18
]


def test_the_fixable_cells_load(db: Database, tmp_path: Path) -> None:
    path = book(tmp_path / "messy.xlsx", FIXABLE)
    data, problems = validate_path(path)
    assert problems == []
    assert [(n.where, n.row, n.column, n.value) for n in data.notes] == [
        ("messy.xlsx › memberships", 2, "organisation_id", "Betsi Cadwaladr University Health Board")]
    assert "bcuhb" in data.notes[0].say(EN)
    load_path(db, path)
    got, _ = db.run_readonly("MATCH (o)-[m:MEMBER_OF]->(p) RETURN o.id AS o, p.id AS p, m.role AS role, "
                       "toString(m.since) AS since, m.illustrative AS ill, toString(m.as_of) AS as_of ORDER BY o")
    assert got == [
        {"o": "bcbc", "p": "p1", "role": "statutory_member", "since": "2023-05-18", "ill": True, "as_of": "2025-11-01"},
        {"o": "bcuhb", "p": "p1", "role": "member", "since": "2023-05-18", "ill": True, "as_of": "2025-11-01"},
    ]
    names, _ = db.run_readonly("MATCH (o:Organisation) RETURN o.id AS id, o.name_en AS name, o.name_cy AS cy, "
                               "o.illustrative AS ill ORDER BY id")
    assert names == [  # trimmed, and the Welsh letters exactly as typed
        {"id": "bcbc", "name": "Bridgend County Borough Council", "cy": None, "ill": False},
        {"id": "bcuhb", "name": "Betsi Cadwaladr University Health Board",
         "cy": "Bwrdd Iechyd Prifysgol Betsi Cadwaladr (Ŵ ŵ Ŷ ŷ)", "ill": False}]


def test_the_real_problems_are_reported_with_a_suggestion(tmp_path: Path) -> None:
    path = book(tmp_path / "messy.xlsx", [
        *FIXABLE,
        ["Betsi Cadwalader Health Board", "p1", "member", "", *PROV, "no"],  # row 5: misspelt name
        ["bcbc", "p1", "statutory_member", "18/05/2023", *PROV, "yes"],  # row 6: same key as row 4
        ["bcbc", "p1", "observer", 2016, *PROV, "no"],  # row 7: a year in a date column
        ["bcbc", "p1", "chair", "2016", *PROV, "no"],  # row 8: the same, typed as text
    ])
    _, problems = validate_path(path)
    sheet = "messy.xlsx › memberships"
    assert [(p.where, p.row, p.column, p.value) for p in problems] == [
        (sheet, 5, "organisation_id", "Betsi Cadwalader Health Board"),
        (sheet, 6, "organisation_id", "bcbc"),
        (sheet, 7, "since", "2016"),
        (sheet, 8, "since", "2016"),
    ]
    assert problems[0].say(EN) == ("No organisation is called 'Betsi Cadwalader Health Board'. "
                                   "Did you mean bcuhb: Betsi Cadwaladr University Health Board? Write its id.")
    assert "already on row 4" in problems[1].say(EN)
    assert problems[2].say(EN).startswith("'2016' is a year, not a date")
    assert "01/01/2016" in problems[2].say(EN)


def test_messages_in_the_users_language(tmp_path: Path) -> None:
    path = book(tmp_path / "messy.xlsx", [["Betsi Cadwalader Health Board", "p1", "member", 2016, *PROV, "no"]])
    _, problems = validate_path(path)  # the loader cannot know its reader: each problem is worded by the reader
    assert [p.say(translator("cy")) for p in problems] == [
        "Does dim sefydliad o'r enw 'Betsi Cadwalader Health Board'. Ai bcuhb: Betsi Cadwaladr University Health "
        "Board oedd dan sylw? Ysgrifennwch ei ddynodydd.",
        "Blwyddyn yw '2016', nid dyddiad (fel rhif dyddiad fe'i darllenid fel 1905). Ysgrifennwch y dyddiad cyfan, "
        "e.e. 01/01/2016 neu 2016-01-01.",
    ]
    # The same problems read in English, and a report (as_dict) keeps the English.
    assert problems[0].say(EN).startswith("No organisation is called 'Betsi Cadwalader Health Board'.")
    assert problems[1].as_dict()["message"].startswith("'2016' is a year, not a date")


def test_a_name_two_organisations_share_is_not_guessed(tmp_path: Path) -> None:
    path = book(tmp_path / "two.xlsx", [["Board member", "p1", "member", "", *PROV, "no"]])
    wb = openpyxl.load_workbook(path)
    wb["organisations"].append(["x1", "Board member", "other", "other", *PROV, "no"])
    wb["organisations"].append(["x2", "board  MEMBER", "other", "other", *PROV, "no"])
    wb.save(path)
    _, problems = validate_path(path)
    assert [(p.row, p.column) for p in problems] == [(2, "organisation_id")]
    assert problems[0].say(EN) == ("'Board member' could be more than one organisation: x1: Board member or "
                                   "x2: board  MEMBER. Write the id of the one you mean.")


# -- the slips of issue 10 item 5 ---------------------------------------------------------

def csv_folder(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


ORGS = "id,name_en,sector,org_type,source,as_of\n"
MEMBERS = "organisation_id,partnership_id,source,as_of\n"
PARTS = "id,name_en,kind,source,as_of\np1,Board,psb,s,2025-01-01\n"


def test_a_line_separator_inside_a_cell_keeps_the_row_whole(tmp_path: Path) -> None:
    folder = csv_folder(tmp_path / "in", {"organisations.csv": ORGS + "o1,First\u2028Second\u2029Third,other,other,s,2025-01-01\n"})
    data, problems = validate_path(folder)
    assert problems == []
    (row,) = data.rows("organisations")
    assert row.cell("name_en") == "First\u2028Second\u2029Third"


def test_a_cell_over_the_csv_limit_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    long = "x" * 131_073
    folder = csv_folder(tmp_path / "in", {"organisations.csv": ORGS + f"o1,{long},other,other,s,2025-01-01\n"
                                                                     "o2,Fine,other,other,s,2025-01-01\n"})
    data, problems = validate_path(folder)
    assert [(p.where, p.row, p.column) for p in problems] == [("organisations.csv", 2, "name_en")]
    assert "131,073 characters" in problems[0].say(EN) and "131,072" in problems[0].say(EN)
    assert [r.cell("id") for r in data.rows("organisations")] == ["o2"]


def test_a_zip_holding_a_table_twice_is_refused_naming_both(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("current/organisations.csv", ORGS + "o1,New,other,other,s,2025-01-01\n")
        zf.writestr("archive-2015/organisations.csv", ORGS + "o1,Old,other,other,s,2015-01-01\n")
    with pytest.raises(TirlunError) as caught:
        unpack_upload("data.zip", buf.getvalue(), tmp_path)
    assert "current/organisations.csv" in caught.value.message
    assert "archive-2015/organisations.csv" in caught.value.message


def test_one_missing_column_is_one_problem(tmp_path: Path) -> None:
    orgs = "id,name_en,org_type,source,as_of\n" + "".join(f"o{i},Org {i},other,s,2025-01-01\n" for i in range(5))
    members = MEMBERS + "".join(f"o{i},p1,s,2025-01-01\n" for i in range(5))
    folder = csv_folder(tmp_path / "in", {"organisations.csv": orgs, "memberships.csv": members, "partnerships.csv": PARTS})
    _, problems = validate_path(folder)
    assert [(p.where, p.row, p.column) for p in problems] == [("organisations.csv", 1, "sector")]


def test_a_misnamed_file_is_the_root_cause_and_its_knock_ons_fold_under_one_problem(tmp_path: Path) -> None:
    orgs = ORGS + "".join(f"o{i},Org {i},other,other,s,2025-01-01\n" for i in range(4))
    members = MEMBERS + "".join(f"o{i},p1,s,2025-01-01\n" for i in range(4))
    folder = csv_folder(tmp_path / "in", {"organisation.csv": orgs, "memberships.csv": members, "partnerships.csv": PARTS})
    _, problems = validate_path(folder)
    assert [(p.where, p.row, p.column, len(p.folded)) for p in problems] == [
        ("organisation.csv", None, "", 0), ("memberships.csv", 2, "organisation_id", 4)]
    assert "Did you mean 'organisations'?" in problems[0].say(EN)
    assert problems[1].say(EN).startswith("4 references in this column point to organisations, but this input has no "
                                          "organisations table")
    assert [(f.row, f.value) for f in problems[1].folded] == [(2, "o0"), (3, "o1"), (4, "o2"), (5, "o3")]


def test_a_required_cell_message_keeps_its_help_whole(tmp_path: Path) -> None:
    folder = csv_folder(tmp_path / "in", {"organisations.csv": ORGS + "o1,,other,other,s,2025-01-01\n"})
    _, problems = validate_path(folder)
    assert [p.say(EN) for p in problems] == ["Required: fill in name_en. Name in English."]
