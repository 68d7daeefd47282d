"""Export = the template: a region written out in the input format loads back into the same graph.

The expected row counts are the seed's own CSV files counted with the csv module; the round trip
is judged by the whole graph's fingerprint (every node and relationship with its properties).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from tirlun import cli
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.loader.export import export_region, export_rows
from tirlun.loader.load import load_path
from tirlun.loader.models import TABLES
from tirlun.loader.read import HELP_SHEET
from tirlun.seed.synthetic import generate

SEED = Path(__file__).resolve().parent.parent / "seed" / "ctm"


def fingerprint(db: Database) -> dict[str, object]:
    return db.read("graph_fingerprint")[0]


def region_rows(db: Database, region: str) -> dict[str, list[dict[str, object]]]:
    return {name: sorted(rows, key=repr) for name, rows in export_rows(db, region).items()}


@pytest.mark.parametrize("out_name", ["ctm-out", "ctm.xlsx"])
def test_seed_round_trip_gives_the_same_region(db: Database, tmp_path: Path, out_name: str) -> None:
    """Export, empty, load the export: the region's rows (and the shared rows it needs) come back exactly.

    Why not the whole graph: a region's export holds what the region owns and the shared rows it uses, not the rest
    of the seed's shared rows (that would make one region's export change when another region loads)."""
    load_path(db, SEED)
    before = region_rows(db, "ctm")
    _files, counts = export_region(db, "ctm", tmp_path / out_name)
    # every region-owned row of the seed files is in the export
    for table in ("partnerships", "people", "meetings", "datasets", "dataset_flows", "memberships", "seats",
                  "attendance", "assessments"):
        with (SEED / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            assert counts[table] == sum(1 for _ in csv.DictReader(f)), table
    db.run_script("clear_graph")
    load_path(db, tmp_path / out_name, region="ctm")
    assert region_rows(db, "ctm") == before


def test_generated_landscape_round_trip(db: Database, tmp_path: Path) -> None:
    gen = generate(tmp_path / "wales", scale=0.02, seed=3, as_of=dt.date(2025, 11, 1)).out
    load_path(db, gen, region="wales")
    before = region_rows(db, "wales")
    export_region(db, "wales", tmp_path / "wales.xlsx")
    db.run_script("clear_graph")
    load_path(db, tmp_path / "wales.xlsx", region="wales")
    assert region_rows(db, "wales") == before


def test_workbook_has_the_help_sheet_and_formula_text_stays_text(
    load_tables: Callable[..., Database], tmp_path: Path
) -> None:
    db = load_tables({
        "areas": [{"id": "r", "name_en": "Region R", "kind": "region"}],
        "organisations": [{"id": "o1", "name_en": '=HYPERLINK("http://evil.example","x")', "sector": "other",
                           "org_type": "other"}],
        "partnerships": [{"id": "p1", "name_en": "+1+1 Board", "kind": "psb", "areas": "r",
                          "meeting_hours": "1.3333333333"}],
        "memberships": [{"organisation_id": "o1", "partnership_id": "p1", "role": "member"}],
    }, region="r")
    before = fingerprint(db)
    export_region(db, "r", tmp_path / "r.xlsx")
    export_region(db, "r", tmp_path / "r-csv")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == [HELP_SHEET, *(t.name for t in TABLES)]
    name_cell = wb["organisations"]["B2"]
    assert (name_cell.value, name_cell.data_type) == ('=HYPERLINK("http://evil.example","x")', "s")
    # In CSV the formula-like text gets the OWASP apostrophe; every digit of a float is kept.
    text = (tmp_path / "r-csv" / "partnerships.csv").read_text(encoding="utf-8")
    assert "'+1+1 Board" in text and "1.3333333333" in text
    for out in ("r.xlsx", "r-csv"):
        db.run_script("clear_graph")
        load_path(db, tmp_path / out, region="r")
        assert fingerprint(db) == before, out


def test_exporting_a_region_that_is_not_there_says_so(db: Database, tmp_path: Path) -> None:
    with pytest.raises(TirlunError, match="no partnerships, posts, meetings, datasets or assessments for region 'nowhere'"):
        export_region(db, "nowhere", tmp_path / "x.xlsx")


def test_cli_export(db: Database, tmp_path: Path, test_env: dict[str, str]) -> None:
    load_path(db, SEED)
    result = CliRunner().invoke(cli.main, ["export", "--region", "ctm", str(tmp_path / "ctm.xlsx")])
    assert result.exit_code == 0, result.output
    exported = sum(len(rows) for rows in export_rows(db, "ctm").values())
    assert f"Exported region 'ctm': {exported} rows" in result.output
    assert (tmp_path / "ctm.xlsx").exists()
