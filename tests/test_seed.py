"""The Cwm Taf Morgannwg seed: valid, loads, loads twice the same, sourced, and guards its copies."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED
from tirlun import cli
from tirlun.database import Database
from tirlun.loader.load import load_path


def _csv_rows(table: str) -> list[dict[str, str]]:
    with (SEED / f"{table}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_seed_validates() -> None:
    result = CliRunner().invoke(cli.main, ["validate", str(SEED)])
    assert result.exit_code == 0, result.output


def test_seed_loads_twice_to_the_same_counts(db: Database) -> None:
    first = load_path(db, SEED)
    second = load_path(db, SEED)
    assert first.labels == second.labels
    assert first.relationships == second.relationships
    # counted from the CSV files, independently of the loader
    assert first.labels["Partnership"] == len(_csv_rows("partnerships")) >= 12
    assert first.labels["Organisation"] == len(_csv_rows("organisations")) >= 25
    assert first.labels["Meeting"] == len(_csv_rows("meetings")) >= 100
    assert first.relationships["ATTENDED"] == len(_csv_rows("attendance"))
    assert first.region == "ctm"
    assert db.read("missing_provenance") == []


def test_seed_rows_are_sourced_and_nameless() -> None:
    for table in ("organisations", "partnerships", "people", "meetings", "memberships", "seats", "attendance"):
        for row in _csv_rows(table):
            assert row["source"].strip(), (table, row)
            assert row["as_of"].strip(), (table, row)
    assert all(not r["display_name"] for r in _csv_rows("people"))
    assert all(r["illustrative"] == "true" for r in _csv_rows("meetings"))


def test_seed_has_the_facts_from_the_sources() -> None:
    parts = {r["id"]: r for r in _csv_rows("partnerships")}
    # ctm-facts.md: the CTM PSB's inaugural meeting was 18 May 2023, merging Cwm Taf PSB and Bridgend PSB
    assert parts["ctm-psb"]["established"] == "2023-05-18"
    assert parts["cwm-taf-psb"]["successor_id"] == "ctm-psb"
    assert parts["bridgend-psb"]["successor_id"] == "ctm-psb"
    areas = {r["id"] for r in _csv_rows("areas")}
    assert {"ctm", "bridgend", "merthyr-tydfil", "rhondda-cynon-taf"} <= areas


def test_seed_dates_its_facts() -> None:
    # ctm-facts.md: RPBs were set up in April 2016, the Cwm Taf RPB for RCT and Merthyr Tydfil; on 1 Apr 2019 the
    # Cwm Taf region became Cwm Taf Morgannwg with Bridgend, which until then sat in Western Bay.
    parts = {r["id"]: r for r in _csv_rows("partnerships")}
    assert (parts["ctm-rpb"]["established"], parts["ctm-rpb"]["chair_org_id"]) == ("2019-04-01", "")
    assert (parts["cwm-taf-rpb"]["areas"], parts["cwm-taf-rpb"]["established"], parts["cwm-taf-rpb"]["dissolved"],
            parts["cwm-taf-rpb"]["successor_id"]) == ("merthyr-tydfil;rhondda-cynon-taf", "2016-04-06", "2019-04-01",
                                                      "ctm-rpb")
    # Bridgend's RPB until then, the Western Bay RPB, is West Glamorgan's and lives in seed/wg
    # (tests/test_wg_seed.py); CTM's copy of the reference dates Bridgend's place in the CTM region instead.
    assert "western-bay-rpb" not in parts
    bridgend = {(r["parent_id"], r["since"], r["until"]) for r in _csv_rows("area_parents") if r["area_id"] == "bridgend"}
    assert ("ctm", "2019-04-01", "") in bridgend
    members = {(m["organisation_id"], m["partnership_id"], m["role"]): m for m in _csv_rows("memberships")}
    # Bridgend on the CTM RPB from 1 Apr 2019.
    assert members[("bcbc", "ctm-rpb", "statutory_member")]["since"] == "2019-04-01"
    # The Age Connects Morgannwg chief executive chaired the RPB c.2019 only: dated, and labelled illustrative
    # because the bounds are the seed's, not the source's.
    chair = members[("age-connects-morgannwg", "ctm-rpb", "chair")]
    assert (chair["since"], chair["until"], chair["illustrative"]) == ("2019-04-01", "2020-01-01", "true")
    seat = next(s for s in _csv_rows("seats") if (s["person_id"], s["partnership_id"], s["role"]) ==
                ("post-age-connects-morgannwg-ceo", "ctm-rpb", "chair"))
    assert (seat["since"], seat["until"]) == ("2019-04-01", "2020-01-01")


def test_seed_says_what_the_law_does() -> None:
    parts = {r["id"]: r for r in _csv_rows("partnerships")}
    # APBs discharge the CDA 1998 s.6 duty; the VAWDASV board the 2015 Act's s.5 duty: neither is set up by them.
    for pid, law, section in [("ctm-apb", "cda-1998", "s.6"), ("cwm-taf-apb", "cda-1998", "s.6"),
                              ("ctm-vawdasv", "vawdasv-2015", "s.5")]:
        assert (parts[pid]["legislation"], parts[pid]["duty_legislation"], parts[pid]["duty_section"]) == (
            "", law, section), pid
    # Sub-groups are set up under no law.
    assert all(not p["legislation"] for p in parts.values() if p["level"] != "board")
    laws = {r["id"]: r for r in _csv_rows("legislation")}
    # CDA 1998 s.5(1): council, probation, chief officer of police, fire and rescue authority, LHB; not a PCC.
    assert set(laws["cda-1998"]["required_member_types"].split(";")) == {
        "local_authority", "probation_service", "police_force", "fire_and_rescue_authority", "local_health_board"}
    assert (laws["wfga-2015"]["members_section"], laws["sswba-2014-pt7"]["members_section"],
            laws["cda-1998"]["members_section"]) == ("s.29(2)", "s.134(2), (6)", "s.5(1)")
    assert laws["vawdasv-2015"]["required_member_types"] == ""


@pytest.mark.parametrize(
    ("case", "table", "column", "bad"),
    [
        ("broken reference", "memberships", "organisation_id", "rctcbx"),
        ("bad date", "partnerships", "established", "32/13/2023"),
        ("duplicate id", "organisations", "id", None),
    ],
)
def test_a_broken_seed_copy_is_refused_and_changes_nothing(
    db: Database, tmp_path: Path, test_env: dict[str, str], case: str, table: str, column: str, bad: str | None
) -> None:
    load_path(db, SEED)
    before = db.read("graph_fingerprint")
    copy = tmp_path / "ctm"
    shutil.copytree(SEED, copy)
    rows = _csv_rows(table)
    if bad is None:
        bad = rows[0][column]
        row_number = 3  # the second data row now repeats the first one's id
        rows[1][column] = bad
    else:
        row_number = 2
        rows[0][column] = bad
    with (copy / f"{table}.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = CliRunner().invoke(cli.main, ["load", str(copy)])
    assert result.exit_code == 1
    line = next(ln for ln in result.output.splitlines() if f"{table}.csv" in ln)
    assert f" {row_number} " in line and column in line and bad in line
    assert db.read("graph_fingerprint") == before
