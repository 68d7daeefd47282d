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


# The analysis library, listed by hand from the folders under queries/ (not _internal, not _bench; the
# app's own lookups app_* and its one write, save_assessment, left out).
HAND_LISTED_LIBRARY = {
    "assessment_partnerships", "assessment_scores",  # queries/assessment
    "data_silos",  # queries/data
    "governance", "lineage", "statutory_gaps", "subgroup_tree",  # queries/governance
    "duplicate_meetings", "meeting_burden", "meeting_timeline", "merge_overlap",  # queries/meetings
    "brokers", "brokers_projection", "network_ego", "network_links", "network_nodes", "network_size",  # network
    "overlap_matrix", "overlap_pair", "partnership_overlap",  # queries/overlap
    "profile_organisation", "profile_partnership", "profile_person",  # queries/profiles
    "landscape_summary",  # queries/summary
}
# A few of the app's own, one from each place the library leaves out.
HAND_LISTED_INTERNAL = {"clear_graph", "load_journal_begin", "load_people", "bench_counts", "app_status",
                        "app_regions", "save_assessment"}
QUERIES = Path(__file__).resolve().parent.parent / "queries"


def listed_names(*args: str) -> list[str]:
    result = CliRunner().invoke(cli.main, ["query", "list", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [q["name"] for q in json.loads(result.output)]


def test_list_shows_the_analysis_library_only() -> None:
    names = listed_names()
    assert len(names) == len(set(names))
    assert set(names) >= HAND_LISTED_LIBRARY
    assert not set(names) & HAND_LISTED_INTERNAL
    assert not [n for n in names if n.startswith("app_")]
    # Independently of the registry: every read query file outside the app's folders, by its file name.
    on_disk = {p.stem for p in QUERIES.rglob("*.cypher")
               if not p.relative_to(QUERIES).parts[0].startswith("_") and not p.stem.startswith("app_")
               and "// mode: write" not in p.read_text(encoding="utf-8")}
    assert set(names) == on_disk


def test_list_all_adds_the_apps_own_queries() -> None:
    library, every = listed_names(), listed_names("--all")
    assert set(every) >= set(library) | HAND_LISTED_INTERNAL
    assert set(every) == {p.stem for p in QUERIES.rglob("*.cypher")}  # every file, once


def test_list_table_says_how_to_see_the_rest() -> None:
    result = CliRunner().invoke(cli.main, ["query", "list"])
    assert result.exit_code == 0, result.output
    assert f"{len(listed_names())} queries (--all adds the app's own)" in result.output
    assert "app_status" not in result.output and "partnership_overlap" in result.output
