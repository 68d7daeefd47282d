"""The shared Wales reference (seed/reference): valid, labelled truthfully, and what the sources say.

Every expected value below is written down by hand from the public sources named in each comment, not
read from the builder. The last tests check that each row the regional seeds (seed/ctm, seed/wg) repeat is
identical, cell for cell, to the reference's row of the same key: the loader treats an identical repeat as a
reference and any difference as a proposed change to the reference.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from tirlun import cli
from tirlun.loader.models import TABLES

REF = ROOT / "seed" / "reference"
REGIONS = {"ctm": ROOT / "seed" / "ctm", "wg": ROOT / "seed" / "wg"}
WELSH = ("name_cy", "title_cy", "job_title_cy", "purpose_cy")
ADMITS = re.compile(r"GK-U|general knowledge|seed author|author's rendering|\bused\b|invented", re.IGNORECASE)


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def label_problems(row: dict[str, str]) -> list[str]:
    """The seed's labelling rule (seed/ctm/README.md), read from the CSV cells."""
    why = []
    if not row["source"].strip() or not row["as_of"].strip():
        why.append("no source or as_of")
    if row["illustrative"] == "true":
        if not row["note"].strip():
            why.append("illustrative without a note")
    elif row["illustrative"] == "false":
        if row["source"].startswith("Illustrative (Tirlun seed generator"):
            why.append("generated, yet marked sourced")
        if any(row.get(c) for c in WELSH) and not row.get("source_cy"):
            why.append("Welsh columns without source_cy")
        if ADMITS.search(row["note"]):
            why.append("note admits an unsourced value")
    else:
        why.append(f"illustrative is {row['illustrative']!r}")
    return why


def test_reference_validates() -> None:
    result = CliRunner().invoke(cli.main, ["validate", str(REF)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("table", [t.name for t in TABLES])
def test_every_reference_row_keeps_the_labelling_rule(table: str) -> None:
    broken = [(r.get("id"), label_problems(r)) for r in rows(REF, table) if label_problems(r)]
    assert broken == []


# ONS GSS codes of the 22 principal areas, copied by hand from mySociety's uk_local_authority_names_and_codes
# (gss-code column) and checked against the Welsh Government's schools address list scraper's table.
GSS = {
    "isle-of-anglesey": "W06000001", "gwynedd": "W06000002", "conwy": "W06000003", "denbighshire": "W06000004",
    "flintshire": "W06000005", "wrexham": "W06000006", "ceredigion": "W06000008", "pembrokeshire": "W06000009",
    "carmarthenshire": "W06000010", "swansea": "W06000011", "neath-port-talbot": "W06000012",
    "bridgend": "W06000013", "vale-of-glamorgan": "W06000014", "cardiff": "W06000015",
    "rhondda-cynon-taf": "W06000016", "caerphilly": "W06000018", "blaenau-gwent": "W06000019",
    "torfaen": "W06000020", "monmouthshire": "W06000021", "newport": "W06000022", "powys": "W06000023",
    "merthyr-tydfil": "W06000024",
}


def test_the_22_council_areas_carry_their_gss_codes_and_census_populations() -> None:
    areas = {a["id"]: a for a in rows(REF, "areas")}
    las = {i: a for i, a in areas.items() if a["kind"] == "local_authority"}
    assert {i: a["code"] for i, a in las.items()} == GSS
    # StatsWales, Census 2021 usual residents, by hand from its table: North Wales 686,893, Mid and South West
    # Wales 896,685, South East Wales 1,523,911 (together 3,107,489; the table's own Wales line says 3,107,494,
    # 5 more than its parts); Merthyr Tydfil 58,839; Cardiff 362,312.
    assert sum(int(a["population"]) for a in las.values()) == 686893 + 896685 + 1523911
    north = ["isle-of-anglesey", "gwynedd", "conwy", "denbighshire", "flintshire", "wrexham"]
    assert sum(int(las[i]["population"]) for i in north) == 686893
    assert (las["merthyr-tydfil"]["population"], las["cardiff"]["population"]) == ("58839", "362312")
    assert {a["population_year"] for a in las.values()} == {"2021"}
    # Welsh names from the principal local authority register: sourced (source_cy), e.g. Bridgend.
    assert (las["bridgend"]["name_cy"], las["bridgend"]["illustrative"]) == ("Pen-y-bont ar Ogwr", "false")


def test_counts_of_councils_boards_police_and_fire() -> None:
    kinds: dict[str, int] = {}
    for a in rows(REF, "areas"):
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    # 22 principal areas; 7 local health boards; 4 police forces (Police Act 1996 Sch.1); 3 fire and rescue
    # authorities (ONS glossary, WLGA); 7 RPBs today plus Cwm Taf and Western Bay until 31 March 2019.
    assert (kinds["local_authority"], kinds["health_board_area"], kinds["police_area"], kinds["fire_area"],
            kinds["region"], kinds["nation"]) == (22, 7, 4, 3, 9, 1)
    types: dict[str, int] = {}
    for o in rows(REF, "organisations"):
        types[o["org_type"]] = types.get(o["org_type"], 0) + 1
    assert (types["local_authority"], types["local_health_board"], types["police_force"],
            types["police_and_crime_commissioner"], types["fire_and_rescue_authority"], types["nhs_trust"]) == (
        22, 7, 4, 4, 3, 3)
    orgs = {o["id"] for o in rows(REF, "organisations")}
    assert {"nrw", "welsh-government", "probation-wales", "velindre", "wast", "phw"} <= orgs


def test_bridgend_moves_on_1_april_2019_in_every_hierarchy_it_changed() -> None:
    # Written statements (gov.wales, 2017-2019) and the Bridgend council report: Western Bay and ABMU until
    # 31 March 2019, Cwm Taf Morgannwg from 1 April 2019; police, fire and city region unchanged.
    parents = {(r["parent_id"], r["since"], r["until"]) for r in rows(REF, "area_parents") if r["area_id"] == "bridgend"}
    assert ("western-bay", "2016-04-06", "2019-03-31") in parents
    assert ("ctm", "2019-04-01", "") in parents
    assert ("swansea-bay-hb-area", "", "2019-03-31") in parents and ("ctm-hb-area", "2019-04-01", "") in parents
    assert {p for p, s, u in parents if not s and not u} >= {
        "wales", "south-wales-police-area", "south-wales-fire-area", "cardiff-capital-region"}
    # Swansea and Neath Port Talbot: Western Bay until 31 March 2019, West Glamorgan from 1 April 2019.
    swansea = {(r["parent_id"], r["since"], r["until"]) for r in rows(REF, "area_parents") if r["area_id"] == "swansea"}
    assert {("western-bay", "2016-04-06", "2019-03-31"), ("west-glamorgan", "2019-04-01", "")} <= swansea


def test_an_area_with_several_parents_leaves_parent_id_empty() -> None:
    counts: dict[str, int] = {}
    for r in rows(REF, "area_parents"):
        counts[r["area_id"]] = counts.get(r["area_id"], 0) + 1
    for a in rows(REF, "areas"):
        if counts.get(a["id"], 0) > 1:
            assert a["parent_id"] == "", a["id"]
        if a["kind"] != "nation" and counts.get(a["id"], 0) == 0:
            assert a["parent_id"] == "wales", a["id"]


def test_health_boards_renamed_on_1_april_2019() -> None:
    # gov.wales written statement, 16 January 2019: Cwm Taf UHB -> Cwm Taf Morgannwg UHB; ABMU -> Swansea Bay UHB.
    names = {(r["organisation_id"], r["name_en"], r["until"]) for r in rows(REF, "organisation_names")}
    assert names == {("swansea-bay-uhb", "Abertawe Bro Morgannwg University Health Board", "2019-03-31"),
                     ("ctmuhb", "Cwm Taf University Health Board", "2019-03-31")}


def test_the_four_cjcs_have_their_constituent_councils() -> None:
    # SI 2021/343 reg 2 (ten councils), SI 2021/352 (four), SI 2021/342 (two); North Wales: six (secondary).
    members: dict[str, set[str]] = {}
    for m in rows(REF, "memberships"):
        if m["partnership_id"].endswith("cjc") and m["role"] == "statutory_member":
            members.setdefault(m["partnership_id"], set()).add(m["organisation_id"])
    assert {k: len(v) for k, v in members.items()} == {
        "ccr-cjc": 10, "south-west-wales-cjc": 4, "mid-wales-cjc": 2, "north-wales-cjc": 6}
    assert members["south-west-wales-cjc"] == {"carmarthenshire-council", "npt-council", "pembrokeshire-council",
                                               "swansea-council"}


def _keyed(folder: Path, table: str) -> dict[tuple[str, ...], dict[str, str]]:
    key = next(t.key for t in TABLES if t.name == table)
    return {tuple(r[c] for c in key): r for r in rows(folder, table)}


@pytest.mark.parametrize("region", sorted(REGIONS))
@pytest.mark.parametrize("table", [t.name for t in TABLES])
def test_every_repeated_row_is_identical_to_the_reference(region: str, table: str) -> None:
    ref = _keyed(REF, table)
    mine = _keyed(REGIONS[region], table)
    different = [k for k in mine.keys() & ref.keys() if mine[k] != ref[k]]
    assert different == []


def test_the_regions_repeat_the_shared_rows_they_name() -> None:
    # Counted by hand from the builders' lists: CTM repeats 17 areas and 35 organisations of the reference,
    # West Glamorgan 7 areas and 12 organisations; both repeat all 22 themes.
    ctm, wg = REGIONS["ctm"], REGIONS["wg"]
    ref_orgs = _keyed(REF, "organisations").keys()
    assert len(_keyed(ctm, "areas").keys() & _keyed(REF, "areas").keys()) == 17
    assert len(_keyed(ctm, "organisations").keys() & ref_orgs) == 35
    assert len(_keyed(wg, "areas").keys() & _keyed(REF, "areas").keys()) == 7
    assert len(_keyed(wg, "organisations").keys() & ref_orgs) == 12
    assert len(rows(ctm, "themes")) == len(rows(wg, "themes")) == len(rows(REF, "themes")) == 22


@pytest.mark.parametrize("day", ["2019-03-31", "2019-04-01", "2025-06-30"])
def test_every_council_area_has_one_place_in_each_hierarchy_on_any_day(day: str) -> None:
    # On any day each of the 22 areas is in exactly one RPB footprint, health board area, police area and fire area
    # (the 2019 move swaps Bridgend's, Merthyr's, RCT's, Swansea's and NPT's RPB footprint on the same day).
    kind = {a["id"]: a["kind"] for a in rows(REF, "areas")}
    places: dict[tuple[str, str], int] = {}
    for r in rows(REF, "area_parents"):
        if kind[r["area_id"]] != "local_authority":
            continue
        if (r["since"] and r["since"] > day) or (r["until"] and r["until"] < day):
            continue
        k = (r["area_id"], kind[r["parent_id"]])
        places[k] = places.get(k, 0) + 1
    for la in GSS:
        for hierarchy in ("region", "health_board_area", "police_area", "fire_area", "nation"):
            assert places.get((la, hierarchy)) == 1, (la, hierarchy, day)
