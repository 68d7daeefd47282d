"""`tirlun query`: list, show and run, with exact machine-readable output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import write_input
from tests.inputs import base
from tirlun import cli
from tirlun.database import Database
from tirlun.loader.load import load_path

LIBRARY = {
    "partnership_overlap", "duplicate_meetings", "meeting_burden", "landscape_summary",
    "data_silos", "brokers", "statutory_gaps", "governance", "lineage", "profile_organisation",
    "profile_partnership", "profile_person", "assessment_scores",
}


def test_list_json_has_every_library_query_in_both_languages() -> None:
    result = CliRunner().invoke(cli.main, ["query", "list", "--format", "json"])
    assert result.exit_code == 0
    listed = {q["name"]: q for q in json.loads(result.output)}
    assert set(listed) >= LIBRARY
    for name in LIBRARY:
        q = listed[name]
        assert q["title"] and q["title_cy"] and q["description"] and q["description_cy"], name
        assert "as_of" in {p["name"] for p in q["params"]} or name.startswith("profile_") or name == "lineage"


def test_show_prints_the_file() -> None:
    result = CliRunner().invoke(cli.main, ["query", "show", "partnership_overlap"])
    assert result.exit_code == 0
    assert result.output.startswith("// name: partnership_overlap")


def test_unknown_query_suggests_the_right_name() -> None:
    result = CliRunner().invoke(cli.main, ["query", "run", "partnership_overlaps"])
    assert result.exit_code == 1
    assert "There is no query called 'partnership_overlaps'." in result.output
    assert "Did you mean 'partnership_overlap'?" in result.output


def test_bad_parameter_is_refused_before_connecting() -> None:
    result = CliRunner().invoke(cli.main, ["query", "run", "partnership_overlap", "--param", "min_shared=two"])
    assert result.exit_code == 1
    assert "Parameter 'min_shared' must be a int, not 'two'." in result.output
    result = CliRunner().invoke(cli.main, ["query", "run", "partnership_overlap", "--param", "colour=red"])
    assert "Query 'partnership_overlap' has no parameter 'colour'." in result.output


def test_run_json_is_one_array_and_nothing_else(db: Database, tmp_path: Path, test_env: dict[str, str]) -> None:
    load_path(db, write_input(tmp_path / "in", base()))
    result = CliRunner().invoke(
        cli.main,
        ["query", "run", "partnership_overlap", "--param", "as_of=2025-06-30", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    # tests/inputs.py: ctm-psb has bcbc and ctmuhb, ctm-sb has bcbc -> one pair sharing bcbc;
    # union {bcbc, ctmuhb} = 2, so jaccard 1/2; smaller size 1, so overlap coefficient 1.
    assert len(rows) == 1
    r = rows[0]
    assert {r["a_id"], r["b_id"]} == {"ctm-psb", "ctm-sb"}
    assert (r["shared"], r["jaccard"], r["overlap_coefficient"]) == (1, 0.5, 1.0)
    csv_out = CliRunner().invoke(
        cli.main, ["query", "run", "partnership_overlap", "--param", "as_of=2025-06-30", "--format", "csv"]
    )
    assert csv_out.stdout.splitlines()[0].startswith("a_id,a_name,a_name_cy,a_short,a_short_cy,b_id")


def test_an_empty_answer_keeps_its_header_and_says_why(db: Database, tmp_path: Path, test_env: dict[str, str]) -> None:
    load_path(db, write_input(tmp_path / "in", base()))
    result = CliRunner().invoke(cli.main, ["query", "run", "partnership_overlap", "--param", "as_of=2025-06-30",
                                           "--param", "min_shared=5", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ("a_id,a_name,a_name_cy,a_short,a_short_cy,b_id,b_name,b_name_cy,b_short,b_short_cy,shared,"
                             "a_size,b_size,jaccard,overlap_coefficient,score,shared_names,shared_names_cy,shared_ids,"
                             "evidence_sourced,evidence_total,total\n")
    assert "No rows: 'partnership_overlap' found nothing for as_of=2025-06-30, min_shared=5." in result.stderr
    assert "Try another region or date, or loosen a threshold" in result.stderr


def test_csv_cells_a_spreadsheet_would_run_are_made_inert(db: Database, tmp_path: Path, test_env: dict[str, str]) -> None:
    tables = base()
    tables["partnerships"] = [{**p, "name_en": "=HYPERLINK(\"http://evil.example\",\"x\")"} if p["id"] == "ctm-sb" else p
                              for p in tables["partnerships"]]
    load_path(db, write_input(tmp_path / "in", tables))
    result = CliRunner().invoke(cli.main, ["query", "run", "partnership_overlap", "--param", "as_of=2025-06-30",
                                           "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "'=HYPERLINK" in result.stdout
    assert ",=HYPERLINK" not in result.stdout
