"""Every region keeps its own (issue 18): two regions in one graph, neither changing the other.

The regions here are made by hand in the test (not the seed): "east" and "west", two small regions of an invented
country, sharing a nation area, a council that serves both, a theme and a law. Expected outcomes are written down
from the rules in loader/owners.py, not taken from a run.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import write_input
from tirlun import cli
from tirlun.database import Database
from tirlun.errors import TirlunError, ValidationFailed
from tirlun.i18n import EN
from tirlun.loader.export import export_rows
from tirlun.loader.load import load_path
from tirlun.loader.writes import check_path

ROOT = Path(__file__).resolve().parent.parent

SHARED_AREAS = [
    {"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
    {"id": "east", "name_en": "East", "name_cy": "Dwyrain", "kind": "region", "parent_id": "wales"},
    {"id": "west", "name_en": "West", "name_cy": "Gorllewin", "kind": "region", "parent_id": "wales"},
    {"id": "eastshire", "name_en": "Eastshire", "name_cy": "Swydd y Dwyrain", "kind": "local_authority",
     "parent_id": "east"},
    {"id": "westshire", "name_en": "Westshire", "name_cy": "Swydd y Gorllewin", "kind": "local_authority",
     "parent_id": "west"},
]
SHARED_ORGS = [
    {"id": "east-council", "name_en": "Eastshire Council", "name_cy": "Cyngor Swydd y Dwyrain",
     "sector": "local_government", "org_type": "local_authority", "areas": "eastshire"},
    {"id": "west-council", "name_en": "Westshire Council", "name_cy": "Cyngor Swydd y Gorllewin",
     "sector": "local_government", "org_type": "local_authority", "areas": "westshire"},
    {"id": "health-board", "name_en": "The Health Board", "name_cy": "Y Bwrdd Iechyd",
     "sector": "health", "org_type": "local_health_board", "areas": "eastshire;westshire"},
]
THEMES = [{"id": "well-being", "name_en": "Well-being", "name_cy": "Llesiant"}]


def region(name: str) -> dict[str, list[dict[str, Any]]]:
    """One region's file: the shared rows repeated, its own board, a local charity, two posts, two meetings."""
    shire = f"{name}shire"
    return copy.deepcopy({
        "areas": SHARED_AREAS,
        "themes": THEMES,
        "organisations": [*SHARED_ORGS,
                          {"id": f"{name}-charity", "name_en": f"{name.title()} Charity", "sector": "third_sector",
                           "org_type": "third_sector_organisation", "areas": shire}],
        "partnerships": [{"id": f"{name}-psb", "name_en": f"{name.title()} PSB", "kind": "psb", "areas": shire,
                          "themes": "well-being"}],
        "people": [{"id": f"{name}-post-1", "job_title_en": "Chief Executive", "organisation_id": f"{name}-council"},
                   {"id": f"{name}-post-2", "job_title_en": "Director", "organisation_id": "health-board"}],
        "memberships": [{"organisation_id": f"{name}-council", "partnership_id": f"{name}-psb", "role": "member"},
                        {"organisation_id": "health-board", "partnership_id": f"{name}-psb", "role": "member"},
                        {"organisation_id": f"{name}-charity", "partnership_id": f"{name}-psb", "role": "member"}],
        "seats": [{"person_id": f"{name}-post-1", "partnership_id": f"{name}-psb", "role": "chair"}],
        "meetings": [{"id": f"{name}-m1", "partnership_id": f"{name}-psb", "start": "2025-01-10 10:00",
                      "duration_hours": "2"},
                     {"id": f"{name}-m2", "partnership_id": f"{name}-psb", "start": "2025-04-10 10:00",
                      "duration_hours": "2"}],
        "attendance": [{"person_id": f"{name}-post-1", "meeting_id": f"{name}-m1"},
                       {"person_id": f"{name}-post-2", "meeting_id": f"{name}-m1"},
                       {"person_id": f"{name}-post-1", "meeting_id": f"{name}-m2"}],
    })


def test_a_second_region_loads_beside_the_first_and_neither_changes(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "east", region("east")), region="east")
    east = export_rows(db, "east")
    # west's file repeats the shared rows, but leaves Wales's Welsh name blank and names the health board otherwise
    west = region("west")
    west["areas"][0]["name_cy"] = ""
    next(o for o in west["organisations"] if o["id"] == "health-board")["name_en"] = "Health Board (West's spelling)"
    report = load_path(db, write_input(tmp_path / "west", west), region="west")
    # the blank erased nothing; the other spelling is a proposal to the reference, not a change
    assert db.read("owners_of", {"refs": [{"label": "Area", "id": "wales"}]})[0]["owner"] == "wales"
    assert [(p.table, p.key, p.owner, p.changes) for p in report.proposals] == [
        ("organisations", "health-board", "wales", (("name_en", "The Health Board", "Health Board (West's spelling)"),))]
    assert export_rows(db, "east") == east
    west_before = export_rows(db, "west")
    load_path(db, write_input(tmp_path / "east2", region("east")), region="east")  # east loaded again
    assert export_rows(db, "west") == west_before
    assert export_rows(db, "east") == east
    names = {r["id"]: r for r in export_rows(db, "east")["areas"]}
    assert names["wales"]["name_cy"] == "Cymru"


def test_the_region_is_named_once_or_the_error_lists_the_candidates(db: Database, tmp_path: Path) -> None:
    # the file's one board covers Eastshire, which sits in East: but the file holds two region areas and its
    # partnership names neither, so the loader cannot choose; it names both
    with pytest.raises(TirlunError) as info:
        load_path(db, write_input(tmp_path / "east", region("east")))
    assert "east, west" in info.value.message
    # a file whose board covers its region directly needs no --region
    tables = region("east")
    tables["partnerships"][0]["areas"] = "east"
    assert load_path(db, write_input(tmp_path / "east-covered", tables)).region == "east"


def test_an_id_another_region_owns_is_refused_before_anything_is_written(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "east", region("east")), region="east")
    before = db.read("graph_fingerprint")
    west = region("west")
    # east's post id, for a post of west's own (another job): a clash, never a silent move (a row repeated unchanged
    # would be a reference to east's post)
    west["people"][1] |= {"id": "east-post-2", "job_title_en": "Head of Partnerships"}
    for row in west["attendance"]:
        row["person_id"] = row["person_id"].replace("west-post-2", "east-post-2")
    with pytest.raises(ValidationFailed) as info:
        load_path(db, write_input(tmp_path / "west", west), region="west")
    (problem,) = info.value.problems
    assert (problem.where, problem.row, problem.column, problem.value) == ("people.csv", 3, "id", "east-post-2")
    assert "belongs to region 'east'" in problem.say(EN) and "'east-post-2-west'" in problem.say(EN)
    assert db.read("graph_fingerprint") == before


def test_a_deleted_meeting_is_a_removal_and_takes_its_attendance(db: Database, tmp_path: Path,
                                                                 test_env: dict[str, str]) -> None:
    load_path(db, write_input(tmp_path / "v1", region("east")), region="east")
    tables = region("east")
    tables["meetings"] = tables["meetings"][:1]
    tables["attendance"] = [a for a in tables["attendance"] if a["meeting_id"] != "east-m2"]
    folder = write_input(tmp_path / "v2", tables)
    dry = CliRunner().invoke(cli.main, ["load", str(folder), "--region", "east", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "east-m2" in dry.output and "removed" in dry.output
    assert "east-post-1 / east-m2" in dry.output  # its attendance row goes with it
    load_path(db, folder, region="east")
    meetings = {r["id"] for r in export_rows(db, "east")["meetings"]}
    assert meetings == {"east-m1"}
    assert {(a["person_id"], a["meeting_id"]) for a in export_rows(db, "east")["attendance"]} == {
        ("east-post-1", "east-m1"), ("east-post-2", "east-m1")}


def test_an_attendance_row_naming_a_meeting_left_out_says_so_plainly(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "v1", region("east")), region="east")
    tables = region("east")
    tables["meetings"] = tables["meetings"][:1]  # east-m2 deleted, its attendance row kept by mistake
    checked = check_path(db, write_input(tmp_path / "v2", tables), region="east")
    (problem,) = checked.problems
    assert (problem.where, problem.row, problem.column, problem.value) == ("attendance.csv", 4, "meeting_id", "east-m2")
    assert "earlier load" in problem.say(EN) and "Did you mean" not in problem.say(EN)


def test_an_area_joins_a_hierarchy_without_leaving_another(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "east", region("east")), region="east")
    # a police force area, added to the shared reference by an update of it: Eastshire stays in East as well
    tables = {"areas": [*copy.deepcopy(SHARED_AREAS),
                        {"id": "police", "name_en": "Police area", "kind": "police_area", "parent_id": "wales"}],
              "area_parents": [{"area_id": "eastshire", "parent_id": "police", "since": "2020-01-01"}]}
    load_path(db, write_input(tmp_path / "ref", tables), region="wales", add_only=True)
    parents = {(r["area_id"], r["parent_id"]) for r in db.read("area_places", {"ids": ["eastshire"]})}
    assert parents == {("eastshire", "east"), ("eastshire", "police")}
    load_path(db, write_input(tmp_path / "east2", region("east")), region="east")  # east again moves nothing
    parents = {(r["area_id"], r["parent_id"]) for r in db.read("area_places", {"ids": ["eastshire"]})}
    assert parents == {("eastshire", "east"), ("eastshire", "police")}


CONCURRENT = """
import sys
from tirlun.config import load_settings
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.loader.load import load_path
db = Database.connect(load_settings())
try:
    load_path(db, sys.argv[1], region=sys.argv[2], single_tx_limit=int(sys.argv[3]), batch_size=5, by=sys.argv[2])
except TirlunError as exc:
    print("REFUSED:", exc.message, flush=True)
    sys.exit(3)
print("LOADED", flush=True)
"""


@pytest.mark.parametrize("victim", ["first", "second", "none"])
def test_two_loads_started_together_never_lose_committed_data(
    db: Database, tmp_path: Path, test_env: dict[str, str], victim: str
) -> None:
    """Two loads 0.3 s apart: the lock lets one write; kill -9 of either never costs the other its data, and the
    history says what happened to each."""
    east = write_input(tmp_path / "east", region("east"))
    west = write_input(tmp_path / "west", region("west"))
    env = os.environ.copy()
    # east batch by batch (slow, many transactions), west in one transaction
    first = subprocess.Popen([sys.executable, "-c", CONCURRENT, str(east), "east", "5"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(0.3)
    second = subprocess.Popen([sys.executable, "-c", CONCURRENT, str(west), "west", "300000"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    target = {"first": first, "second": second}.get(victim)
    if target is not None:
        time.sleep(1.5)
        if target.poll() is None:
            target.kill()
    outputs = {}
    for name, proc in (("east", first), ("west", second)):
        out, _ = proc.communicate(timeout=240)
        outputs[name] = (proc.returncode, out)
    CliRunner().invoke(cli.main, ["history"])  # any command settles what a killed load left
    history = {r["region"]: r for r in db.read("load_history", {"limit": 20})}
    for name in ("east", "west"):
        code, out = outputs[name]
        nodes = db.read("region_counts", {"region": name})[0]["nodes"]
        record = history.get(name)
        if code == 0:
            assert "LOADED" in out, out
        # A kill can land after the commit (even after LOADED was printed, before the process ended): what
        # decides is whether the load committed. Committed: every row is there and the history says so, whatever
        # the exit code. Not committed (refused, or killed before its commit): none of its rows.
        committed = record is not None and record["outcome"] == "committed"
        if "LOADED" in out or committed:
            assert committed and nodes > 0, (name, out, record)
        else:
            assert nodes == 0, (name, out)
            assert record is None or record["outcome"] == "rolled_back", (name, record)
    assert not db.read("load_lock_holder")[0]["load_id"]  # the lock is free again
    assert sum(code == 0 for code, _ in outputs.values()) >= (1 if victim == "none" else 0)


def test_a_load_refused_by_the_lock_names_the_one_running(db: Database, tmp_path: Path) -> None:
    from tirlun.loader import journal

    load_id = journal.begin(db, region="east", by="someone else", file_hash="", tables={}, batched=False)
    try:
        with pytest.raises(TirlunError) as info:
            journal.begin(db, region="west", by="me", file_hash="", tables={}, batched=False)
        assert "region 'east'" in info.value.message and "someone else" in info.value.message
    finally:
        journal.finish(db, load_id, "rolled_back")
        journal.end(load_id)
    assert not db.read("load_lock_holder")[0]["load_id"]


def test_the_template_holds_no_row_that_would_load(tmp_path: Path) -> None:
    """Examples live in the help (_columns.csv, the workbook's help sheet), never as rows a dry run would add."""
    import csv

    import openpyxl

    from tirlun.loader.models import TABLES
    from tirlun.loader.read import HELP_SHEET
    from tirlun.loader.template import write_csv_templates, write_workbook

    files = write_csv_templates(tmp_path / "t")
    for table in TABLES:
        with (tmp_path / "t" / f"{table.name}.csv").open(encoding="utf-8", newline="") as f:
            assert list(csv.reader(f)) == [table.columns], table.name
    with (tmp_path / "t" / "_columns.csv").open(encoding="utf-8", newline="") as f:
        examples = {(r["table"], r["column"]): r["example"] for r in csv.DictReader(f)}
    assert examples[("partnerships", "id")] == "ctm-psb"  # the example is in the help, where it loads nothing
    assert len(files) == len(TABLES) + 1
    wb = openpyxl.load_workbook(write_workbook(tmp_path / "t.xlsx"))
    assert all(wb[table.name].max_row == 1 for table in TABLES)
    assert wb[HELP_SHEET].max_row > len(TABLES)


@pytest.mark.browser
def test_a_cli_change_that_alters_no_count_shows_on_the_next_page_view(
    db: Database, app_env: dict[str, str], test_env: dict[str, str], tmp_path: Path, browser: Any
) -> None:
    """An app already open; the CLI lengthens a meeting (no node count changes); the next page view shows it.

    By hand: east's year to its last meeting (2025-04-10) holds m1 (2 hours, two posts attending: 4 person-hours)
    and m2 (2 hours, one post: 2), so 6 person-hours; m2 at 5 hours makes it 4 + 5 = 9.
    """
    from app_support import streamlit_app

    load_path(db, write_input(tmp_path / "v1", region("east")), region="east")
    label = "Person-hours in meetings"

    def person_hours(page: Any) -> str:
        metric = page.locator('[data-testid="stMetric"]', has_text=label).first
        metric.wait_for(timeout=60_000)
        return str(metric.locator('[data-testid="stMetricValue"]').inner_text()).strip()

    with streamlit_app(tmp_path, "fresh-figures test") as url:
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(url, wait_until="networkidle")
        assert person_hours(page) == "6"
        tables = region("east")
        tables["meetings"][1]["duration_hours"] = "5"
        result = CliRunner().invoke(cli.main, ["load", str(write_input(tmp_path / "v2", tables)), "--region", "east"])
        assert result.exit_code == 0, result.output
        page.reload(wait_until="networkidle")
        page.wait_for_function(
            "label => [...document.querySelectorAll('[data-testid=stMetric]')].some(m => m.innerText.includes(label)"
            " && m.querySelector('[data-testid=stMetricValue]').innerText.trim() === '9')", arg=label, timeout=30_000)
        assert person_hours(page) == "9"


def test_west_glamorgan_beside_cwm_taf_morgannwg_changes_neither(db: Database) -> None:
    """The shipped reference, CTM, then West Glamorgan (region named once, by inference): CTM's export is the same
    before and after, and West Glamorgan's the same before and after CTM is loaded again."""
    seeds = ROOT / "seed"
    load_path(db, seeds / "reference", region="wales")
    load_path(db, seeds / "ctm")
    ctm = export_rows(db, "ctm")
    wg = load_path(db, seeds / "wg")
    assert wg.region == "west-glamorgan" and wg.proposals == []
    assert export_rows(db, "ctm") == ctm
    west = export_rows(db, "west-glamorgan")
    again = load_path(db, seeds / "ctm")
    assert again.removed == {} and again.proposals == []
    assert export_rows(db, "west-glamorgan") == west
    assert export_rows(db, "ctm") == ctm


def test_an_ods_workbook_reads_like_xlsx_and_problems_name_the_file(tmp_path: Path) -> None:
    import pandas as pd

    from tirlun.loader.validate import validate_path

    tables = region("east")
    tables["meetings"][0]["duration_hours"] = "lots"
    path = tmp_path / "Dwyrain 2025.ods"
    with pd.ExcelWriter(path, engine="odf") as writer:
        for name, rows in tables.items():
            rows = [{**r, "source": "https://example.org/test", "as_of": "2025-11-01"} for r in rows]
            pd.DataFrame(rows).to_excel(writer, sheet_name=name, index=False)
    data, problems = validate_path(path)
    assert [(p.where, p.row, p.column, p.value) for p in problems] == [
        ("Dwyrain 2025.ods › meetings", 2, "duration_hours", "lots")]
    assert len(data.rows("attendance")) == 3


def test_the_reference_loaded_after_a_region_keeps_the_regions_memberships(db: Database, tmp_path: Path) -> None:
    """A council's membership of a region's board is the region's row: updating the reference never clears it."""
    load_path(db, write_input(tmp_path / "east", region("east")), region="east")
    members = sorted((m["organisation_id"], m["partnership_id"]) for m in export_rows(db, "east")["memberships"])
    reference = {"areas": SHARED_AREAS, "themes": THEMES, "organisations": SHARED_ORGS}
    load_path(db, write_input(tmp_path / "ref", reference), region="wales", add_only=True)
    load_path(db, write_input(tmp_path / "ref2", reference), region="wales")  # the whole truth of the reference
    assert sorted((m["organisation_id"], m["partnership_id"]) for m in export_rows(db, "east")["memberships"]) == members
    assert members == [("east-charity", "east-psb"), ("east-council", "east-psb"), ("health-board", "east-psb")]


def test_a_national_board_new_to_the_graph_comes_with_its_members(db: Database, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A region's file that brings a national board (one the shipped reference lists: it joins the reference) brings
    its memberships too."""
    import tirlun.loader.owners as owners

    tables = region("east")
    tables["partnerships"].append({"id": "national-board", "name_en": "National Board", "kind": "other",
                                   "areas": "wales"})
    tables["memberships"] += [{"organisation_id": "east-council", "partnership_id": "national-board"},
                              {"organisation_id": "west-council", "partnership_id": "national-board"}]
    shipped = owners.shipped_ids
    monkeypatch.setattr(owners, "shipped_ids",
                        lambda table: frozenset({"national-board"}) if table == "partnerships" else shipped(table))
    report = load_path(db, write_input(tmp_path / "east", tables), region="east")
    assert ("partnerships", "national-board") in report.joins_reference and report.proposals == []
    assert db.read("owners_of", {"refs": [{"label": "Partnership", "id": "national-board"}]})[0]["owner"] == "wales"
    rows, _ = db.run_readonly("MATCH (o)-[:MEMBER_OF]->(:Partnership {id: 'national-board'}) RETURN o.id AS id "
                              "ORDER BY id", {})
    assert rows == [{"id": "east-council"}, {"id": "west-council"}]
