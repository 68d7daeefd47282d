"""The seed passes its own labelling rule, checked over every CSV of seed/ctm.

The rule (seed/ctm/README.md): a row is sourced (illustrative=false) only if every filled column is
backed by its source; the Welsh-language columns may carry their own source (source_cy). Everything
else is illustrative and its note says why. These checks read the CSV files only (not the builder).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import SEED

from tirlun.loader.models import TABLES

WELSH = ("name_cy", "title_cy", "job_title_cy", "purpose_cy")
GENERATOR = "Illustrative (Tirlun seed generator, seed/build_ctm.py)"
# Words with which a note admits that one of the row's own values is not from its source.
ADMITS = re.compile(r"GK-U|general knowledge|seed author|author's rendering|\bused\b|invented", re.IGNORECASE)


def rows(table: str) -> list[dict[str, str]]:
    with (SEED / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def key(table: str, row: dict[str, str]) -> str:
    return row.get("id") or " / ".join(row[c] for c in ("organisation_id", "person_id", "dataset_id",
                                                         "partnership_id", "meeting_id", "to_id") if row.get(c))


@pytest.mark.parametrize("table", [t.name for t in TABLES])
def test_every_row_keeps_the_rule(table: str) -> None:
    broken = []
    for row in rows(table):
        why = []
        if not row["source"].strip() or not row["as_of"].strip():
            why.append("no source or as_of")
        if row["illustrative"] not in ("true", "false"):
            why.append(f"illustrative is {row['illustrative']!r}")
        if row["illustrative"] == "true":
            if not row["note"].strip():
                why.append("illustrative without a note saying why")
        else:
            if row["source"] == GENERATOR:
                why.append("generated, yet marked sourced")
            welsh = [c for c in WELSH if row.get(c)]
            if welsh and not row.get("source_cy"):
                why.append(f"Welsh columns {welsh} have no source_cy")
            m = ADMITS.search(row["note"])
            if m:
                why.append(f"note admits an unsourced value: {m.group(0)!r}")
        if why:
            broken.append((key(table, row), why))
    assert broken == []


def test_the_rows_the_fact_check_found_are_now_labelled_truthfully() -> None:
    # The fact-check (issue 12): 32 organisation, 12 area and 3 legislation rows were marked sourced while their
    # Welsh name was general knowledge or the seed author's rendering. Every one is now either illustrative or
    # has a Welsh source. Spot checks, worked out from the facts file and legislation.gov.uk's Welsh texts:
    orgs = {r["id"]: r for r in rows("organisations")}
    assert orgs["swp"]["illustrative"] == "true"  # "Heddlu De Cymru": general knowledge, no Welsh source read
    assert orgs["swp"]["note"].startswith("Illustrative only in name_cy")
    # BCBC's Welsh name is in the Welsh Government's principal local authority register and on RCT council's Welsh
    # page (its neighbours): sourced, with both as source_cy (the reference's row, repeated here).
    assert (orgs["bcbc"]["illustrative"], orgs["bcbc"]["source_cy"]) == (
        "false", "https://raw.githubusercontent.com/drkane/registers-backup/main/principal-local-authority.csv ; "
        "https://rctcbc.gov.uk/CY/Council/AbouttheCouncil/AbouttheCouncil.aspx")
    assert (orgs["ctmuhb"]["illustrative"], orgs["ctmuhb"]["source_cy"]) == (
        "false", "https://gofalsylfaenolun.gig.cymru/gweithio-mewn-clystyrau/ardal-clwstwr/"
        "bwrdd-iechyd-prifysgol-cwm-taf-morgannwg/")
    laws = {r["id"]: r for r in rows("legislation")}
    # The Welsh title of the Safeguarding Boards (General) (Wales) Regulations is on legislation.gov.uk.
    assert laws["sb-regs-2015"]["illustrative"] == "false" and "/wsi/2015/1357/made/welsh/" in laws["sb-regs-2015"]["source_cy"]
    # The JOSC regulations' Welsh title was the seed author's: illustrative. UK Acts have no official Welsh title,
    # so theirs is left empty and the row stays sourced.
    assert laws["josc-regs-2013"]["illustrative"] == "true"
    assert (laws["cda-1998"]["illustrative"], laws["cda-1998"]["title_cy"]) == ("false", "")
    # The Part 9 row no longer cites the health board's news page, which does not support it.
    assert "cwmtafmorgannwg.wales/news" not in laws["sswba-2014-pt9"]["source"]
    # Every council area's Welsh name is now read in the register (source_cy), Swansea's ("Abertawe") included.
    areas = {r["id"]: r for r in rows("areas")}
    assert areas["swansea"]["illustrative"] == "false" and areas["bridgend"]["illustrative"] == "false"
    assert areas["swansea"]["name_cy"] == "Abertawe"


def test_generated_tables_are_all_illustrative() -> None:
    for table in ("meetings", "attendance", "assessments"):
        assert {r["illustrative"] for r in rows(table)} == {"true"}, table


def test_source_cy_only_where_there_are_welsh_columns() -> None:
    for t in TABLES:
        has_welsh = any(c in t.columns for c in WELSH)
        assert ("source_cy" in t.columns) == has_welsh, t.name


def test_the_readme_states_the_rule_and_its_counts() -> None:
    readme = (SEED / "README.md").read_text(encoding="utf-8")
    assert "source_cy" in readme and "tests/test_seed_labelling.py" in readme
    # Row counts in the README agree with the files (counted here from the CSVs).
    for t in TABLES:
        data = rows(t.name)
        sourced = sum(r["illustrative"] == "false" for r in data)
        assert f"| {t.name} | {len(data)} | {sourced} | {len(data) - sourced} |" in readme, t.name


def test_the_rule_is_the_builders(tmp_path: Path) -> None:
    # seed/ctm_labels.py applies the same rule when building: a sourced row with an unsourced Welsh name is made
    # illustrative, one with source_cy stays sourced, an illustrative one is left alone.
    from seed.ctm_labels import apply_rule, problems

    built = apply_rule([
        {"id": "a", "name_cy": "Enw", "source": "https://x", "as_of": "2025-11-01", "illustrative": False, "note": None},
        {"id": "b", "name_cy": "Enw", "source": "https://x", "source_cy": "https://y", "as_of": "2025-11-01",
         "illustrative": False, "note": None},
        {"id": "c", "name_cy": "Enw", "source": GENERATOR, "as_of": "2025-11-01", "illustrative": True, "note": "Made up."},
    ])
    assert [(r["id"], r["illustrative"]) for r in built] == [("a", True), ("b", False), ("c", True)]
    assert built[0]["note"].startswith("Illustrative only in name_cy")
    assert all(problems(r) == [] for r in built)
    assert problems({"id": "d", "source": "https://x", "as_of": "2025-11-01", "illustrative": "false",
                     "note": "1 May used"}) == ["sourced, but its note admits an unsourced value ('used')"]
