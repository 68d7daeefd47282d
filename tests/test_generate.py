"""`tirlun generate` (seed/synthetic) and `python -m bench` on the real Neo4j.

Expected figures are independent of the generator: the shape of Wales (22 local
authorities, 7 health board regions, one RPB each) and the issue's scale-1 sizes ("around
500 organisations, 700 partnerships, 5,000 posts, 17,000 meetings, 200,000 attendance"),
taken within 25%; loaded counts are compared with rows counted in the CSV files.
"""

from __future__ import annotations

import csv
import datetime as dt
import filecmp
import hashlib
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from tirlun.database import Database
from tirlun.loader.load import load_path
from tirlun.loader.models import TABLES
from tirlun.loader.validate import validate_path
from tirlun.seed.synthetic import generate
from tirlun.seed.synthetic.cadence import in_force, months_between, nth_weekday
from tirlun.seed.synthetic.tables import read_table

AS_OF = dt.date(2026, 11, 1)
ISSUE_SCALE_1 = {"organisations": 500, "partnerships": 700, "people": 5000, "meetings": 17000, "attendance": 200000}


def table(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("gen") / "wales", scale=0.05, seed=7, as_of=AS_OF).out


def test_same_seed_same_bytes_other_seed_other_files(small: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again", scale=0.05, seed=7, as_of=AS_OF).out
    other = generate(tmp_path / "other", scale=0.05, seed=8, as_of=AS_OF).out
    names = sorted(p.name for p in small.glob("*.csv"))
    assert names == sorted(p.name for p in again.glob("*.csv"))
    match, mismatch, errors = filecmp.cmpfiles(small, again, names, shallow=False)
    assert mismatch == [] and errors == [] and len(match) == len(names) == len(TABLES)
    assert not filecmp.cmp(small / "attendance.csv", other / "attendance.csv", shallow=False)


def test_same_landscape_as_recorded(small: Path) -> None:
    """Regression guard, not a hand-worked value: the digest of the files at scale 0.05, seed 7. A change to the
    landscape must be deliberate: update the digest and say why in the commit. Last recorded for issue 20: the
    law model of the CTM seed (sections on set-up links, duties for APBs, youth justice boards, resilience forums
    and council scrutiny committees, NHS trusts as Part 7 partners), no membership before a body existed, datasets
    with kind, form and controller, protocols only on personal data, and a note on every row. Re-recorded when
    every NHS trust serving a board's area (Velindre too, not only WAST) became a statutory member of a safeguarding
    board (SSWBA s.134(2)), so the only gaps are the four built on purpose. Re-recorded when `until` became the
    last day in force (as the queries and docs/graph-model.md read it): a seat handed on ends the day before its
    successor's starts, and a statutory member that left on a date has its last day the day before. Re-recorded
    when organisations gained the (empty) short_name_cy column: with that column taken out of organisations.csv
    and organisation_names.csv the files give the previous digest, eefae9d7...15ce61, byte for byte."""
    digest = hashlib.sha256()
    for path in sorted(small.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    assert digest.hexdigest() == "a2605cde03350ae4274651a87ae1f795b19c2980b486713c125acb8d9e2a5b34"
    assert importlib.util.find_spec("loader.generate") is None  # the loader loads; it no longer generates


def test_calendar_shared_with_the_seed() -> None:
    # By hand: 1 Nov 2024 is a Friday, so the first Monday is the 4th and the second the 11th;
    # 1 Oct 2024 is a Tuesday, so the first Tuesday is the 1st.
    assert nth_weekday(2024, 11, 2, 0) == dt.date(2024, 11, 11)
    assert nth_weekday(2024, 10, 1, 1) == dt.date(2024, 10, 1)
    assert months_between((2024, 11), (2025, 2)) == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]
    day = dt.date(2025, 3, 31)
    assert in_force(day, None, None) and in_force(day, day, None)
    assert in_force(day, None, day)  # until is the last day in force
    assert not in_force(day, None, day - dt.timedelta(days=1))


@dataclass(frozen=True)
class _Pair:
    id: str
    areas: tuple[str, ...]


def test_reference_tables_are_read_by_their_header(tmp_path: Path) -> None:
    (tmp_path / "ok.csv").write_text("id,areas\na,x;y\nb,\n", encoding="utf-8")
    assert read_table("ok", _Pair, tmp_path) == (_Pair("a", ("x", "y")), _Pair("b", ()))
    (tmp_path / "swapped.csv").write_text("areas,id\nx,a\n", encoding="utf-8")
    with pytest.raises(ValueError, match="do not match _Pair"):
        read_table("swapped", _Pair, tmp_path)


def test_output_validates_and_every_row_is_illustrative(small: Path) -> None:
    _data, problems = validate_path(small)
    assert problems == []
    for path in small.glob("*.csv"):
        rows = table(small, path.stem)
        if path.stem in ("area_parents", "organisation_names"):
            # the synthetic landscape has one undated hierarchy (areas.parent_id) and no renamed bodies
            assert rows == [], path.name
            continue
        assert rows, path.name
        assert {r["illustrative"] for r in rows} == {"true"}, path.name
        assert all(r["source"].startswith("Synthetic (tirlun generate --scale 0.05 --seed 7") for r in rows), path.name


def test_the_shape_of_wales(small: Path) -> None:
    areas = table(small, "areas")
    kinds = [a["kind"] for a in areas]
    assert kinds.count("local_authority") == 22
    assert kinds.count("region") == 7
    regions = {a["id"] for a in areas if a["kind"] == "region"}
    boards = [p for p in table(small, "partnerships") if p["level"] == "board"]
    rpbs = [p for p in boards if p["kind"] == "rpb" and not p["dissolved"]]
    assert len(rpbs) == 7
    # One RPB on each health board region: its footprint is exactly that region's local authorities.
    las_by_region = {r: frozenset(a["id"] for a in areas if a["kind"] == "local_authority" and a["parent_id"] == r)
                     for r in regions}
    assert {frozenset(p["areas"].split(";")) for p in rpbs} == set(las_by_region.values())
    for kind in ("psb", "safeguarding_board", "area_planning_board", "community_safety_partnership", "vawdasv",
                 "youth_justice_board", "resilience_forum"):
        assert any(p["kind"] == kind for p in boards), kind
    meetings = table(small, "meetings")
    starts = sorted(m["start"][:10] for m in meetings)
    assert starts[0] >= "2023-11-01" and starts[-1] <= "2026-11-01"  # three years to as_of


def test_scale_1_is_roughly_todays_wales_and_scale_2_doubles_the_boards(tmp_path: Path) -> None:
    one = generate(tmp_path / "one", scale=1, seed=1, as_of=AS_OF)
    for name, around in ISSUE_SCALE_1.items():
        assert 0.75 * around <= one.counts[name] <= 1.25 * around, (name, one.counts[name])
    two = generate(tmp_path / "two", scale=2, seed=1, as_of=AS_OF)
    assert two.counts["organisations"] == one.counts["organisations"]  # Wales has the same bodies
    for name in ("partnerships", "people", "meetings", "attendance"):
        assert 1.6 <= two.counts[name] / one.counts[name] <= 2.4, name


def test_generated_landscape_loads_with_counts_from_the_files(db: Database, small: Path) -> None:
    report = load_path(db, small, region="wales")
    files = {name: len(table(small, name)) for name in ("organisations", "partnerships", "people", "meetings", "attendance")}
    counts = db.read("label_counts")
    labels = {r["label"]: r["count"] for r in counts}
    assert labels["Organisation"] == files["organisations"]
    assert labels["Partnership"] == files["partnerships"]
    assert labels["Person"] == files["people"]
    assert labels["Meeting"] == files["meetings"]
    rels = {r["type"]: r["count"] for r in db.read("relationship_counts")}
    assert rels["ATTENDED"] == files["attendance"]
    assert report.rows == sum(len(table(small, p.stem)) for p in small.glob("*.csv"))


def test_bench_writes_exactly_the_issue_keys(db: Database, test_env: dict[str, str], tmp_path: Path) -> None:
    """A tiny run through the CLI: the JSON has the issue's keys; speed is recorded, never asserted."""
    out = tmp_path / "bench.json"
    from bench.__main__ import bench_cmd

    result = CliRunner().invoke(bench_cmd, ["--scale", "0.02", "--runs", "1", "--naive-rows", "30", "--yes",
                                            "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    # recompute_s (issue 21): counting the findings kept with the graph after the load, reported beside it
    assert list(data)[:10] == ["load", "load_naive", "load_ratio", "load_csv", "load_vs_load_csv", "queries",
                               "duplicate_meetings_exponent", "recompute_s", "app", "peak_rss_mb"]
    assert set(data) - set(list(data)[:10]) == {"machine", "meta"}
    assert data["recompute_s"] > 0 and data["meta"]["recompute"]["views"] == len(data["meta"]["recompute"]["by_view"])
    assert data["load"] > 0 and data["load_naive"] > 0
    # The local server refuses LOAD CSV from files (docs/security.md) unless started for a bench: the bench says so.
    assert (data["load_csv"] or 0) > 0 or "TIRLUN_NEO4J_FILE_CSV=1" in data["meta"]["load_csv"]["error"]
    assert data["load_ratio"] == round(data["load"] / data["load_naive"], 2)
    assert "partnership_overlap" in data["queries"] and "median_s" in data["queries"]["partnership_overlap"]
    assert "| load_ratio |" in result.output  # the Markdown table on stdout
