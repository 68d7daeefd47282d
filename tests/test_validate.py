"""Bad input: every kind of mistake is reported with file, row, column and a fix; nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import write_input
from tests.inputs import base
from tirlun import cli
from tirlun.database import Database
from tirlun.i18n import EN
from tirlun.loader.validate import validate_path


def _set(table: str, index: int, column: str, value: Any) -> Callable[[dict], None]:
    def change(t: dict) -> None:
        t[table][index][column] = value

    return change


def _add_org(org_id: str) -> Callable[[dict], None]:
    def change(t: dict) -> None:
        t["organisations"].append({"id": org_id, "name_en": "South Wales Police", "sector": "police", "org_type": "police_force"})

    return change


def _dup_org(t: dict) -> None:
    t["organisations"].append(dict(t["organisations"][0]))


# (case, change, expected file, row as the user sees it (header = row 1), column, words in the message)
CASES = [
    ("broken reference", _set("memberships", 2, "organisation_id", "bcbx"),
     "memberships.csv", 4, "organisation_id", "Unknown organisation id 'bcbx'. Did you mean 'bcbc'?"),
    ("broken list reference", _set("partnerships", 0, "themes", "well-being;wellbeing"),
     "partnerships.csv", 2, "themes", "Unknown theme id 'wellbeing'. Did you mean 'well-being'?"),
    ("impossible date", _set("partnerships", 0, "established", "31/02/2023"),
     "partnerships.csv", 2, "established", "'31/02/2023' is not a real date"),
    ("not a date", _set("memberships", 0, "since", "May 2023"),
     "memberships.csv", 2, "since", "'May 2023' is not a date: use YYYY-MM-DD, DD/MM/YYYY or an Excel date"),
    ("bad date-time", _set("meetings", 1, "start", "14/03/2025 25:00"),
     "meetings.csv", 3, "start", "is not a real date-time"),
    ("duplicate id", _dup_org,
     "organisations.csv", 5, "id", "Duplicate: id=bcbc is already on row 2"),
    ("unknown enum value", _set("partnerships", 1, "kind", "board"),
     "partnerships.csv", 3, "kind", "Not an allowed value. Use one of: rpb, psb"),
    ("required value empty", _set("organisations", 1, "name_en", "  "),
     "organisations.csv", 3, "name_en", "Required: fill in name_en"),
    ("bad yes/no", _set("organisations", 0, "statutory", "maybe"),
     "organisations.csv", 2, "statutory", "'maybe' is not yes/no"),
    ("not a number", _set("meetings", 0, "duration_hours", "two"),
     "meetings.csv", 2, "duration_hours", "Not a number"),
    ("score out of range", _set("assessments", 0, "score", "6"),
     "assessments.csv", 2, "score", "Out of range"),
    ("until before since", _set("memberships", 0, "until", "2020-01-01"),
     "memberships.csv", 2, "until", "'until' is before 'since'"),
    ("bad id", _add_org("SWP Police"),
     "organisations.csv", 5, "id", "'SWP Police' is not a valid id: use lower-case letters"),
    ("dissolved before established", _set("partnerships", 0, "dissolved", "2020-01-01"),
     "partnerships.csv", 2, "dissolved", "'dissolved' is before 'established'"),
    ("flow to unknown partnership", _set("dataset_flows", 0, "to_id", "ctm-rpb"),
     "dataset_flows.csv", 2, "to_id", "Unknown partnership id 'ctm-rpb'"),
]


@pytest.mark.parametrize(("case", "change", "file", "row", "column", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_bad_input_is_reported_exactly(
    tmp_path: Path, case: str, change: Callable, file: str, row: int, column: str, words: str
) -> None:
    tables = base()
    change(tables)
    _, problems = validate_path(write_input(tmp_path / "in", tables))
    assert len(problems) == 1, [p.as_dict() for p in problems]
    p = problems[0]
    assert (p.where, p.row, p.column) == (file, row, column)
    assert words in p.say(EN)


def test_valid_input_has_no_problems(tmp_path: Path) -> None:
    data, problems = validate_path(write_input(tmp_path / "in", base()))
    assert problems == []
    assert data.count() == 27  # 4+2+1+3+2+2+2+1+1+3+2+2+2 rows in tests/inputs.py


def test_header_problems_name_the_column(tmp_path: Path) -> None:
    folder = write_input(tmp_path / "in", base())
    text = (folder / "themes.csv").read_text(encoding="utf-8")
    (folder / "themes.csv").write_text(text.replace("name_en", "nmae_en", 1), encoding="utf-8")
    _, problems = validate_path(folder)
    got = {(p.where, p.row, p.column, p.say(EN).split(".")[0]) for p in problems}
    assert ("themes.csv", 1, "nmae_en", "Unknown column") in got
    assert ("themes.csv", 1, "name_en", "Required column 'name_en' is missing from the header") in got
    assert any("Did you mean 'name_en'?" in p.say(EN) for p in problems)


def test_misnamed_file_and_non_utf8_file_are_reported(tmp_path: Path) -> None:
    folder = write_input(tmp_path / "in", base())
    (folder / "themes.csv").rename(folder / "theme.csv")
    (folder / "people.csv").write_bytes("id,job_title_en\npost-1,Pennaeth Gwasanaethau Plant\xe2\n".encode("cp1252"))
    _, problems = validate_path(folder)
    messages = {p.where: p.say(EN) for p in problems}
    assert "Did you mean 'themes'?" in messages["theme.csv"]
    assert "Save it as 'CSV UTF-8'" in messages["people.csv"]


def test_accepted_date_forms_and_trimming(tmp_path: Path) -> None:
    tables = base()
    tables["memberships"][0]["since"] = "45064"  # Excel serial for 2023-05-18 (Excel counts from 1899-12-30; 45000 is 2023-03-15)
    tables["memberships"][1]["since"] = "18/05/2023"
    tables["organisations"][0]["name_en"] = "  Bridgend County Borough Council  "
    data, problems = validate_path(write_input(tmp_path / "in", tables))
    assert problems == []
    rows = data.rows("memberships")
    assert str(rows[0].since) == "2023-05-18" == str(rows[1].since)  # type: ignore[attr-defined]
    assert data.rows("organisations")[0].name_en == "Bridgend County Borough Council"  # type: ignore[attr-defined]


def test_a_code_may_be_typed_as_the_label_the_app_shows_in_either_language(tmp_path: Path) -> None:
    # Labels as the catalogue names them, typed as a coordinator would: "Dirprwy" is attended_as deputy
    # (cy.json attended_as.deputy), "Bob chwarter" is not a label (cy.json says "Yn chwarterol"), so it is refused
    # with the list of codes; "Twice a year" is frequency biannual (en.json frequency.biannual).
    tables = base()
    tables["attendance"][0]["attended_as"] = "Dirprwy"
    tables["partnerships"][0]["meeting_frequency"] = "Twice a year"
    data, problems = validate_path(write_input(tmp_path / "ok", tables))
    assert problems == []
    assert data.rows("attendance")[0].attended_as == "deputy"  # type: ignore[attr-defined]
    assert data.rows("partnerships")[0].meeting_frequency == "biannual"  # type: ignore[attr-defined]
    tables["partnerships"][0]["meeting_frequency"] = "Bob chwarter"
    _, problems = validate_path(write_input(tmp_path / "bad", tables))
    assert [(p.column, p.value) for p in problems] == [("meeting_frequency", "Bob chwarter")]
    assert "quarterly" in problems[0].say(EN)


def test_cli_validate_exit_code_and_table(tmp_path: Path) -> None:
    tables = base()
    tables["memberships"][2]["organisation_id"] = "bcbx"
    tables["partnerships"][0]["established"] = "31/02/2023"
    folder = write_input(tmp_path / "in", tables)
    result = CliRunner().invoke(cli.main, ["validate", str(folder)])
    assert result.exit_code == 1
    text = result.output
    for words in ("file", "row", "column", "value", "message", "memberships.csv", "partnerships.csv",
                  "organisation_id", "established", "bcbx", "31/02/2023", "2 problems found; nothing was written"):
        assert words in text
    good = CliRunner().invoke(cli.main, ["validate", str(write_input(tmp_path / "ok", base()))])
    assert good.exit_code == 0, good.output
    assert "OK: 27 rows, no problems" in good.output


def test_cli_validate_json(tmp_path: Path) -> None:
    tables = base()
    tables["memberships"][2]["organisation_id"] = "bcbx"
    result = CliRunner().invoke(cli.main, ["validate", "--format", "json", str(write_input(tmp_path / "in", tables))])
    assert result.exit_code == 1
    import json

    assert json.loads(result.output) == [
        {"file": "memberships.csv", "row": 4, "column": "organisation_id", "value": "bcbx",
         "message": "Unknown organisation id 'bcbx'. Did you mean 'bcbc'?"}
    ]


@pytest.mark.parametrize("case", ["broken reference", "impossible date", "duplicate id"])
def test_bad_input_writes_nothing(
    db: Database, tmp_path: Path, test_env: dict[str, str], case: str
) -> None:
    CliRunner().invoke(cli.main, ["load", str(write_input(tmp_path / "good", base()))], catch_exceptions=False)
    before = db.read("graph_fingerprint")
    change = next(c[1] for c in CASES if c[0] == case)
    tables = base()
    tables["organisations"].append({"id": "new-org", "name_en": "Should not appear", "sector": "other", "org_type": "other"})
    change(tables)
    result = CliRunner().invoke(cli.main, ["load", str(write_input(tmp_path / "bad", tables))])
    assert result.exit_code == 1
    assert "nothing was written" in result.output
    assert db.read("graph_fingerprint") == before


# -- the fast path (loader/fast.py) gives what pydantic gives, and leaves doubtful cells to pydantic -----------------------
def test_fast_path_builds_the_same_rows_as_pydantic() -> None:
    import datetime as dt

    from tirlun.loader.fast import FastTable
    from tirlun.loader.models import Attendance, Meeting, Membership

    header = ["id", "partnership_id", "start", "duration_hours", "format", "themes", "source", "as_of", "illustrative", "note"]
    cells = {"id": " m-1 ", "partnership_id": "ctm-psb", "start": "12/03/2025 10:00", "duration_hours": "1,5",
             "format": "", "themes": "well-being; ;carers", "source": " minutes ", "as_of": "2025-11-01",
             "illustrative": "Ie", "note": "  "}
    row = FastTable(Meeting, header).row(cells)
    assert row is not None
    # worked out by hand from the column types: trimmed ids and text, dd/mm/yyyy date-time, decimal comma,
    # empty format -> default 'virtual', list split on ';' without empties, Welsh 'ie' -> True, blank note -> None
    assert row.__dict__ == {
        "source": "minutes", "as_of": dt.date(2025, 11, 1), "illustrative": True, "note": None, "id": "m-1",
        "partnership_id": "ctm-psb", "start": dt.datetime(2025, 3, 12, 10, 0), "duration_hours": 1.5,
        "format": "virtual", "themes": ["well-being", "carers"],
    }
    assert row.model_fields_set == {"id", "partnership_id", "start", "duration_hours", "themes", "source", "as_of",
                                    "illustrative"}
    assert row == Meeting.model_validate(cells)
    assert row.model_dump() == Meeting.model_validate(cells).model_dump()

    header = ["organisation_id", "partnership_id", "role", "source", "as_of"]
    ms = FastTable(Membership, header).row({"organisation_id": "bcbc", "partnership_id": "p", "role": "", "source": "s",
                                            "as_of": "45658"})
    assert ms is not None
    # Excel serial 45658 is 2025-01-01 (serial 1 = 1899-12-31); absent role -> 'member', illustrative -> False
    assert (ms.role, ms.as_of, ms.illustrative, ms.since, ms.until) == ("member", dt.date(2025, 1, 1), False, None, None)  # type: ignore[attr-defined]

    att = FastTable(Attendance, ["person_id", "meeting_id", "attended_as", "source", "as_of"])
    ok = {"person_id": "post-1", "meeting_id": "m-1", "attended_as": "deputy", "source": "s", "as_of": "2025-01-01"}
    a, b = att.row(ok), att.row(dict(ok))
    assert a is not None and b is not None and a.attended_as == "deputy" and a is not b  # type: ignore[attr-defined]


@pytest.mark.parametrize("column,value", [
    ("attended_as", "Deputy"),       # not exactly an allowed value
    ("attended_as", " deputy"),      # pydantic decides about padded enum values
    ("person_id", "Post-1"),         # not a valid id
    ("as_of", "31/02/2025"),         # not a real date
    ("as_of", ""),                   # required and empty
    ("source", "ŵ "),                 # a non-ASCII end: left to pydantic's own trimming
    ("illustrative", "maybe"),
    ("meeting_id", 7),               # not text (a workbook cell)
])
def test_fast_path_leaves_doubtful_cells_to_pydantic(column: str, value: Any) -> None:
    from tirlun.loader.fast import FastTable
    from tirlun.loader.models import Attendance

    cells = {"person_id": "post-1", "meeting_id": "m-1", "attended_as": "deputy", "source": "s", "as_of": "2025-01-01",
             "illustrative": "false", column: value}
    assert FastTable(Attendance, list(cells)).row(cells) is None


def test_fast_path_keeps_number_bounds_to_pydantic() -> None:
    from tirlun.loader.fast import FastTable
    from tirlun.loader.models import Meeting

    cells = {"id": "m", "partnership_id": "p", "start": "2025-01-01 10:00", "source": "s", "as_of": "2025-01-01"}
    table = FastTable(Meeting, [*cells, "duration_hours"])
    assert table.row({**cells, "duration_hours": "24"}).duration_hours == 24.0  # type: ignore[union-attr]
    for bad in ("0", "24.5", "-1", "1e1", "two"):  # gt=0, le=24, and forms only pydantic judges
        assert table.row({**cells, "duration_hours": bad}) is None


def test_problems_are_the_same_whichever_path_a_row_takes(tmp_path: Path) -> None:
    t = base()
    t["attendance"][0]["attended_as"] = "late"
    t["attendance"][1]["as_of"] = "2025-13-01"
    folder = write_input(tmp_path, t)
    _, problems = validate_path(folder)
    got = [(p.where, p.row, p.column, p.value) for p in problems]
    # attendance rows are rows 2 and 3 of attendance.csv (the header is row 1)
    assert got == [("attendance.csv", 2, "attended_as", "late"), ("attendance.csv", 3, "as_of", "2025-13-01")]
    assert problems[0].say(EN) == "Not an allowed value. Use one of: attended, deputy or apologies."
