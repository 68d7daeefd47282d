"""Loading into the real Neo4j: counts, idempotency, atomicity, constraints, Welsh text, Excel = CSV."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import PROVENANCE, write_input
from tests.inputs import BASE_LABELS, BASE_RELS, base
from tirlun import cli, registry
from tirlun.database import Database, Statement
from tirlun.errors import LoadFailed, ValidationFailed
from tirlun.loader import load as loader_load
from tirlun.loader.load import load, load_path
from tirlun.loader.models import TABLES_BY_NAME
from tirlun.loader.template import write_workbook
from tirlun.loader.validate import ValidInput, validate_path


def _labels(db: Database) -> dict[str, int]:
    return {r["label"]: r["count"] for r in db.read("label_counts")}


def _rels(db: Database) -> dict[str, int]:
    return {r["type"]: r["count"] for r in db.read("relationship_counts")}


def test_load_gives_the_hand_counted_graph(db: Database, tmp_path: Path) -> None:
    report = load_path(db, write_input(tmp_path / "in", base()))
    assert report.region == "ctm"  # the one area of kind 'region'
    assert _labels(db) == BASE_LABELS
    assert _rels(db) == BASE_RELS
    assert db.read("missing_provenance") == []


def test_load_takes_the_validated_input_and_reads_nothing_again(db: Database, tmp_path: Path) -> None:
    """What the Data page does: validate once, show the result, load that same object."""
    folder = write_input(tmp_path / "in", base())
    data, problems = validate_path(folder)
    assert problems == []
    shutil.rmtree(folder)  # the load must not need the files any more
    report = load(db, data)
    assert (report.region, report.rows) == ("ctm", 27)
    assert _labels(db) == BASE_LABELS
    assert _rels(db) == BASE_RELS


def test_load_refuses_an_input_that_has_problems(db: Database, tmp_path: Path) -> None:
    """The valid rows of an input with problems are never loaded as if the input were whole."""
    tables = base()
    tables["memberships"][2]["organisation_id"] = "bcbx"
    data, problems = validate_path(write_input(tmp_path / "in", tables))
    assert len(problems) == 1 and data.count() == 27  # the bad row parsed; its reference is what is wrong
    before = db.read("graph_fingerprint")
    with pytest.raises(ValidationFailed) as info:
        load(db, data)
    assert info.value.problems == problems
    assert db.read("graph_fingerprint") == before


def test_loading_twice_leaves_an_identical_graph(db: Database, tmp_path: Path) -> None:
    folder = write_input(tmp_path / "in", base())
    load_path(db, folder)
    first = db.read("graph_fingerprint")
    load_path(db, folder)
    assert db.read("graph_fingerprint") == first
    assert _labels(db) == BASE_LABELS


@pytest.fixture
def fail_after(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make the next load fail with a real server error right after the plan's statements labelled ``label``.

    The statement added is a raw CREATE of organisation 'bcbc', which every input here holds, so
    the uniqueness constraint refuses it: a database failure mid-load, injected by the test alone.
    """

    def arm(label: str) -> None:
        real = loader_load.build_plan

        def plan_that_fails(data: ValidInput, region: str, batch_size: int = 5000,
                            owners: Any = None) -> list[Statement]:
            plan = real(data, region, batch_size, owners)
            last = max(i for i, st in enumerate(plan) if st.label == label)
            return [*plan[: last + 1], _duplicate_org_statement(), *plan[last + 1 :]]

        monkeypatch.setattr(loader_load, "build_plan", plan_that_fails)

    return arm


def test_database_failure_mid_load_leaves_graph_as_before(
    db: Database, tmp_path: Path, fail_after: Callable[[str], None]
) -> None:
    load_path(db, write_input(tmp_path / "v1", base()))
    before = db.read("graph_fingerprint")
    tables = base()
    tables["partnerships"][0]["name_en"] = "Renamed mid-load"
    tables["themes"].append({"id": "housing", "name_en": "Housing", "name_cy": "Tai"})
    # The criteria, areas, themes, legislation, organisations and partnerships are written before the failure:
    # the new theme (it joins the shared reference) and the partnership rename must both vanish with the rollback.
    fail_after("partnerships")
    with pytest.raises(LoadFailed) as info:
        load_path(db, write_input(tmp_path / "v2", tables), batch_size=2)
    assert "rolled back" in info.value.message
    assert "already exists" in info.value.message  # the server's own refusal, passed on
    assert db.read("graph_fingerprint") == before
    last = db.read("load_history", {"limit": 1})[0]  # the failed load is in the history, with why
    assert last["outcome"] == "rolled_back" and "already exists" in last["error"]


def test_a_file_is_its_regions_whole_truth_unless_add_only(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "v1", base()))
    tables = base()
    tables["meetings"] = tables["meetings"][:1]
    tables["attendance"] = tables["attendance"][:1]
    load_path(db, write_input(tmp_path / "v2", tables), add_only=True)
    assert _labels(db)["Meeting"] == 2  # add only keeps the meeting that is no longer in the file
    load_path(db, write_input(tmp_path / "v3", tables))
    assert _labels(db)["Meeting"] == 1  # by default the file is the whole truth: it is removed
    assert _labels(db)["Organisation"] == 3  # reference data stays


def test_constraints_exist_and_hold(db: Database, tmp_path: Path) -> None:
    names = {r["name"] for r in db.read("schema_list")}
    for label in ("area", "organisation", "partnership", "person", "meeting", "theme", "legislation", "dataset",
                  "assessment", "criterion"):
        assert f"{label}_id" in names
    load_path(db, write_input(tmp_path / "in", base()))
    from tirlun.errors import DatabaseError

    with pytest.raises(DatabaseError) as info:
        db.write_all([_duplicate_org_statement()])
    assert "already exists" in info.value.message


def _duplicate_org_statement() -> Statement:  # a raw CREATE that the uniqueness constraint must refuse
    q = registry.Query(name="t", path=Path("t.cypher"), body="UNWIND $rows AS row CREATE (:Organisation {id: row.id})",
                       mode="write", params=(registry.Param("rows", "list", None),))
    return Statement(q, [{"id": "bcbc"}])


WELSH = "Ŵyl Ddewi â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ – Bwrdd Diogelu"


def test_welsh_characters_round_trip(db: Database, tmp_path: Path) -> None:
    tables = base()
    tables["partnerships"][1]["name_cy"] = WELSH
    tables["people"][0]["job_title_cy"] = "Prif Weithredwr (ŵyr ŷd)"
    load_path(db, write_input(tmp_path / "in", tables))
    props = {p["id"]: p for _, p in db.read("graph_fingerprint")[0]["nodes"]}
    assert props["ctm-sb"]["name_cy"] == WELSH
    assert props["post-bcbc-ceo"]["job_title_cy"] == "Prif Weithredwr (ŵyr ŷd)"


def _as_sheet_rows(tables: dict) -> dict[str, list[list]]:
    sheets = {}
    for name, rows in tables.items():
        cols = TABLES_BY_NAME[name].columns
        sheets[name] = [[{**PROVENANCE, **r}.get(c) for c in cols] for r in rows]
    return sheets


def test_excel_and_csv_give_the_same_graph(db: Database, tmp_path: Path) -> None:
    tables = base()
    tables["partnerships"][1]["name_cy"] = WELSH
    load_path(db, write_input(tmp_path / "csv", tables))
    from_csv = db.read("graph_fingerprint")
    db.run_script("clear_graph")
    sheets = _as_sheet_rows(tables)
    # Spreadsheet users type real dates and numbers: use them in the workbook.
    cols = TABLES_BY_NAME["partnerships"].columns
    sheets["partnerships"][0][cols.index("established")] = dt.datetime(2023, 5, 18)
    mcols = TABLES_BY_NAME["meetings"].columns
    sheets["meetings"][0][mcols.index("start")] = dt.datetime(2025, 3, 12, 10, 0)
    sheets["meetings"][0][mcols.index("duration_hours")] = 2
    scols = TABLES_BY_NAME["memberships"].columns
    sheets["memberships"][0][scols.index("since")] = 45064  # Excel serial for 2023-05-18
    for sheet in sheets.values():
        for row in sheet:
            row[-3] = dt.date(2025, 1, 1)  # as_of as a real date cell
    book = write_workbook(tmp_path / "in.xlsx", sheets)
    load_path(db, book)
    assert db.read("graph_fingerprint") == from_csv


def test_cli_load_reports_counts(db: Database, tmp_path: Path, test_env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli.main, ["load", str(write_input(tmp_path / "in", base()))])
    assert result.exit_code == 0, result.output
    assert "Loaded 27 rows for region 'ctm'" in result.output  # the 27 input rows of tests/inputs.py
    assert "Partnership" in result.output and "MEMBER_OF" in result.output


def test_batched_load_failure_restores_the_graph(
    db: Database, tmp_path: Path, fail_after: Callable[[str], None]
) -> None:
    """The multi-transaction scheme: the region is new, shared reference nodes existed before."""
    tables = base()
    reference = {k: tables[k] for k in ("areas", "themes", "legislation", "organisations")}
    load_path(db, write_input(tmp_path / "ref", reference))
    before = db.read("graph_fingerprint")
    tables["organisations"][0]["name_en"] = "Renamed by the failed load"
    tables["organisations"][0]["areas"] = "merthyr-tydfil"
    tables["themes"].append({"id": "housing", "name_en": "Housing", "name_cy": "Tai"})
    # single_tx_limit=1 forces one transaction per batch; the failure comes after the
    # reference rows, partnerships, people, meetings, datasets, area places and partnership links have been committed.
    # (The organisation's rename and new area are another owner's row: proposed, never written.)
    fail_after("partnerships (links)")
    with pytest.raises(LoadFailed) as info:
        load_path(db, write_input(tmp_path / "all", tables), single_tx_limit=1, batch_size=2)
    assert "rows were removed" in info.value.message
    assert db.read("graph_fingerprint") == before
    last = db.read("load_history", {"limit": 1})[0]
    assert (last["outcome"], last["scheme"], last["recovered"]) == ("rolled_back", "batched", False)
    assert not {r["label"] for r in db.read("label_counts")} & {"LoadRecord", "LoadSnapshot", "LoadSnapshotLink"}


def test_batched_load_succeeds_into_an_empty_region(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "in", base()), single_tx_limit=1, batch_size=2)
    assert _labels(db) == BASE_LABELS
    assert _rels(db) == BASE_RELS


def test_batched_load_refuses_a_region_with_data(db: Database, tmp_path: Path) -> None:
    folder = write_input(tmp_path / "in", base())
    load_path(db, folder)
    from tirlun.errors import TirlunError

    with pytest.raises(TirlunError) as info:
        load_path(db, folder, single_tx_limit=1)
    assert "must go into an empty region, and 'ctm' already has data" in info.value.message


def test_attendance_batches_send_each_distinct_property_map_once(tmp_path: Path) -> None:
    from tirlun.loader.plan import build_plan

    t = base()
    t["attendance"].append({"person_id": "post-uhb-dn", "meeting_id": "psb-2025-03", "attended_as": "attended"})
    data, problems = validate_path(write_input(tmp_path / "in", t))
    assert problems == []
    # every row has the fixture's provenance and no note; 'attended_as' is sent as 'as'
    attended = {"source": "test fixture", "as_of": dt.date(2025, 1, 1), "illustrative": True, "note": None, "as": "attended"}
    deputy = {**attended, "as": "deputy"}
    (one,) = [s for s in build_plan(data, "ctm") if s.label == "attendance"]
    # rows 1 and 3 share their properties: one map, index 0
    assert [list(r) for r in one.rows] == [
        ["post-bcbc-ceo", "psb-2025-03", 0], ["post-uhb-dn", "sb-2025-03", 1], ["post-uhb-dn", "psb-2025-03", 0],
    ]
    assert one.params == {"props": [attended, deputy]}
    # two rows a batch: each batch has its own table, numbered from 0
    first, second = [s for s in build_plan(data, "ctm", batch_size=2) if s.label == "attendance"]
    assert [list(r) for r in first.rows] == [["post-bcbc-ceo", "psb-2025-03", 0], ["post-uhb-dn", "sb-2025-03", 1]]
    assert first.params == {"props": [attended, deputy]}
    assert [list(r) for r in second.rows] == [["post-uhb-dn", "psb-2025-03", 0]]
    assert second.params == {"props": [attended]}
