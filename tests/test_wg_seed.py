"""The West Glamorgan seed (seed/wg): valid, labelled truthfully, its own ids, loads, and dates its lineage.

Expected values are written down by hand from the public sources named in the comments (Swansea and
NPT PSB pages, the West Glamorgan Safeguarding Board's annual report, HMIP press releases), not read from
the builder.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT, SEED
from tests.test_reference_data import label_problems
from tirlun import cli
from tirlun.database import Database
from tirlun.loader.load import load_path
from tirlun.loader.models import REGION_SCOPED, TABLES

WG = ROOT / "seed" / "wg"
REF = ROOT / "seed" / "reference"


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_wg_validates() -> None:
    result = CliRunner().invoke(cli.main, ["validate", str(WG)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("table", [t.name for t in TABLES])
def test_every_wg_row_keeps_the_labelling_rule(table: str) -> None:
    broken = [(r.get("id"), label_problems(r)) for r in rows(WG, table) if label_problems(r)]
    assert broken == []


def test_generated_tables_are_illustrative() -> None:
    for table in ("meetings", "attendance"):
        assert {r["illustrative"] for r in rows(WG, table)} == {"true"}, table
    assert all(not r["display_name"] for r in rows(WG, "people"))


def test_its_own_ids_never_clash_with_ctm() -> None:
    # A region's rows are its own; an id CTM owns would be refused. Only reference rows may appear in both.
    shared = {t: {r.get("id") for r in rows(REF, t)} for t in ("organisations", "partnerships")}
    for table in [*REGION_SCOPED, "organisations"]:
        if table == "assessments":
            continue
        wg = {r["id"] for r in rows(WG, table)}
        ctm = {r["id"] for r in rows(SEED, table)}
        assert (wg & ctm) - shared.get(table, set()) == set(), table
    assert all(r["id"].startswith("wg-post-") for r in rows(WG, "people"))


def test_the_region_is_west_glamorgan() -> None:
    regions = [a["id"] for a in rows(WG, "areas") if a["kind"] == "region"]
    assert regions == ["west-glamorgan"]


def test_the_lineage_across_the_two_regions_is_dated() -> None:
    parts = {p["id"]: p for p in rows(WG, "partnerships")}
    # Western Bay RPB (Swansea, NPT, Bridgend) renamed West Glamorgan on 1 April 2019, without Bridgend.
    wb = parts["western-bay-rpb"]
    assert (wb["dissolved"], wb["successor_id"]) == ("2019-04-01", "west-glamorgan-rpb")
    assert set(wb["areas"].split(";")) == {"bridgend", "swansea", "neath-port-talbot"}
    assert set(parts["west-glamorgan-rpb"]["areas"].split(";")) == {"swansea", "neath-port-talbot"}
    members = {(m["organisation_id"], m["partnership_id"], m["role"]): m for m in rows(WG, "memberships")}
    assert members[("bcbc", "western-bay-rpb", "statutory_member")]["until"] == "2019-04-01"
    # The safeguarding board's first annual report (2019-20) followed Bridgend's departure in March 2019.
    assert parts["western-bay-safeguarding-board"]["successor_id"] == "west-glamorgan-safeguarding-board"
    # ABMU UHB renamed Swansea Bay UHB on 1 April 2019 (gov.wales written statement, 16 Jan 2019).
    names = rows(WG, "organisation_names")
    assert [(n["organisation_id"], n["short_name"], n["until"]) for n in names] == [
        ("swansea-bay-uhb", "ABMU", "2019-03-31")]
    # CTM no longer carries the West Glamorgan RPB or its predecessor: they are this region's.
    ctm_parts = {p["id"] for p in rows(SEED, "partnerships")}
    assert not {"western-bay-rpb", "west-glamorgan-rpb"} & ctm_parts


def test_the_psbs_statutory_members_are_the_ones_their_pages_name() -> None:
    # swansea.gov.uk/psb: Swansea Bay UHB, NRW, Mid and West Wales FRS and Swansea Council; NPT PSB annual report
    # (businessnewswales, 2025): Swansea Bay UHB, NPT Council, NRW and Mid and West Wales FRS; the NPT council
    # leader chairs.
    statutory: dict[str, set[str]] = {}
    for m in rows(WG, "memberships"):
        if m["role"] == "statutory_member" and m["partnership_id"] in ("swansea-psb", "npt-psb"):
            statutory.setdefault(m["partnership_id"], set()).add(m["organisation_id"])
            assert m["illustrative"] == "false"
    assert statutory == {"swansea-psb": {"swansea-bay-uhb", "nrw", "mawwfrs", "swansea-council"},
                         "npt-psb": {"swansea-bay-uhb", "npt-council", "nrw", "mawwfrs"}}
    assert {p["id"]: p["chair_org_id"] for p in rows(WG, "partnerships")}["npt-psb"] == "npt-council"


def test_wg_loads_on_its_own(db: Database) -> None:
    report = load_path(db, WG)
    assert report.region == "west-glamorgan"
    # counted from the CSV files, independently of the loader
    assert report.labels["Partnership"] == len(rows(WG, "partnerships")) == 14
    assert report.labels["Meeting"] == len(rows(WG, "meetings"))
    assert report.relationships["ATTENDED"] == len(rows(WG, "attendance"))


def test_its_boards_have_the_members_their_law_prescribes_on_2025_06_30() -> None:
    # The statutory check, worked from the CSVs: each active board set up under a law with required member types
    # (wfga-2015 s.29(2), sswba-2014-pt7 s.134, pa-regs-2015 reg 11, cda-1998 s.5(1)) has a non-invited member of
    # every type on 2025-06-30 - West Glamorgan's seed has no deliberate gap (CTM's has two).
    day = "2025-06-30"
    laws = {r["id"]: set(filter(None, r["required_member_types"].split(";"))) for r in rows(WG, "legislation")}
    org_type = {o["id"]: o["org_type"] for o in rows(WG, "organisations")}
    missing = []
    for p in rows(WG, "partnerships"):
        if p["level"] != "board" or (p["dissolved"] and p["dissolved"] <= day) or p["established"] > day:
            continue
        have = {org_type[m["organisation_id"]] for m in rows(WG, "memberships")
                if m["partnership_id"] == p["id"] and m["role"] != "invited_participant"
                and (not m["since"] or m["since"] <= day) and (not m["until"] or m["until"] >= day)}
        for law in filter(None, p["legislation"].split(";")):
            missing += [(p["id"], law, t) for t in sorted(laws[law] - have)]
    assert missing == []
