"""See what will change before it changes: a hand-made edit of the seed gives exactly its rows.

The edit is made on copies of the seed's CSV files with the csv module: two current memberships
end on 2025-10-31, one membership is added, one meeting moves a week later. The expected diff is
written from those edits, not from the code.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from tirlun import cli
from tirlun.answers import freshness, overview
from tirlun.answers.base import Context
from tirlun.database import Database
from tirlun.loader.diff import diff
from tirlun.loader.load import load_path
from tirlun.loader.validate import validate_path

SEED = Path(__file__).resolve().parent.parent / "seed" / "ctm"


def read(folder: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def write(folder: Path, table: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def seeded_db(db: Database) -> Database:
    load_path(db, SEED)
    return db


def test_the_seed_against_itself_changes_nothing(seeded_db: Database) -> None:
    data, problems = validate_path(SEED)
    assert not problems
    assert diff(seeded_db, data, "ctm").rows == []
    assert diff(seeded_db, data, "ctm", add_only=True).rows == []


def test_a_hand_made_edit_gives_exactly_its_rows(seeded_db: Database, tmp_path: Path) -> None:
    edited = shutil.copytree(SEED, tmp_path / "edited")
    header, members = read(edited, "memberships")
    current = [i for i, r in enumerate(members) if not r["until"]][:2]
    for i in current:
        members[i]["until"] = "2025-10-31"
    taken = {(r["organisation_id"], r["partnership_id"], r["role"]) for r in members}
    _, orgs = read(edited, "organisations")
    _, partnerships = read(edited, "partnerships")
    new = next((o["id"], p["id"], "observer") for p in partnerships for o in orgs
               if (o["id"], p["id"], "observer") not in taken)
    members.append({**members[0], "organisation_id": new[0], "partnership_id": new[1], "role": "observer",
                    "since": "2025-11-01", "until": ""})
    write(edited, "memberships", header, members)
    mheader, meetings = read(edited, "meetings")
    old_start = dt.datetime.fromisoformat(meetings[0]["start"])
    new_start = old_start + dt.timedelta(days=7)
    meetings[0]["start"] = new_start.strftime("%d/%m/%Y %H:%M")  # typed the way a coordinator types it
    write(edited, "meetings", mheader, meetings)

    data, problems = validate_path(edited)
    assert not problems
    changes = diff(seeded_db, data, "ctm")
    assert changes.counts() == [
        {"table": "meetings", "added": 0, "changed": 1, "removed": 0, "proposed": 0},
        {"table": "memberships", "added": 1, "changed": 2, "removed": 0, "proposed": 0},
    ]
    got = {(c.table, c.key, c.kind, c.changes) for c in changes.rows}
    fmt = "%Y-%m-%d %H:%M"
    assert got == {
        ("meetings", meetings[0]["id"], "changed", (("start", old_start.strftime(fmt), new_start.strftime(fmt)),)),
        *(("memberships", " / ".join((members[i]["organisation_id"], members[i]["partnership_id"], members[i]["role"])),
           "changed", (("until", "", "2025-10-31"),)) for i in current),
        ("memberships", " / ".join(new), "added", ()),
    }
    # the row numbers point at the edited file: the added membership is its last row
    added = next(c for c in changes.rows if c.kind == "added")
    assert added.row == len(members) + 1


def test_a_row_deleted_from_the_file_is_a_removal(seeded_db: Database, tmp_path: Path) -> None:
    """A file is its region's whole truth: a meeting deleted from it (with its attendance) is listed as removed;
    "add only" keeps it."""
    edited = shutil.copytree(SEED, tmp_path / "edited")
    mheader, meetings = read(edited, "meetings")
    gone = meetings.pop(0)
    write(edited, "meetings", mheader, meetings)
    aheader, attendance = read(edited, "attendance")
    dropped = [r for r in attendance if r["meeting_id"] == gone["id"]]
    write(edited, "attendance", aheader, [r for r in attendance if r["meeting_id"] != gone["id"]])
    data, problems = validate_path(edited)
    assert not problems
    assert diff(seeded_db, data, "ctm", add_only=True).rows == []  # add only removes nothing
    removed = diff(seeded_db, data, "ctm")
    assert {(c.table, c.key) for c in removed.rows} == {
        ("meetings", gone["id"]), *(("attendance", f"{r['person_id']} / {gone['id']}") for r in dropped)}
    assert all(c.kind == "removed" and c.row is None for c in removed.rows)


def test_dry_run_prints_the_changes_and_writes_nothing(
    seeded_db: Database, tmp_path: Path, test_env: dict[str, str]
) -> None:
    edited = shutil.copytree(SEED, tmp_path / "edited")
    mheader, meetings = read(edited, "meetings")
    meetings[0]["duration_hours"] = "7.5"
    write(edited, "meetings", mheader, meetings)
    before = seeded_db.read("graph_fingerprint")
    result = CliRunner().invoke(cli.main, ["load", str(edited), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "nothing written" in result.output and meetings[0]["id"] in result.output and "7.5" in result.output
    assert seeded_db.read("graph_fingerprint") == before


# -- freshness: when each partnership's data was last updated, and from what source ---------

def test_freshness_lists_the_partnerships_older_than_the_chosen_age(
    load_tables: Callable[..., Database]
) -> None:
    old = {"source": "2020 report", "as_of": "2020-01-01"}
    db = load_tables({
        "areas": [{"id": "r", "name_en": "Region R", "kind": "region", **old}],
        "organisations": [{"id": "o1", "name_en": "Org", "sector": "other", "org_type": "other", **old}],
        "partnerships": [{"id": "p-old", "name_en": "Old Board", "name_cy": "Hen Fwrdd", "kind": "psb", **old},
                         {"id": "p-new", "name_en": "New Board", "kind": "psb", **old}],
        "memberships": [{"organisation_id": "o1", "partnership_id": "p-old", **old},
                        {"organisation_id": "o1", "partnership_id": "p-new", "source": "2024 minutes",
                         "as_of": "2024-12-01"}],
        "meetings": [{"id": "m1", "partnership_id": "p-new", "start": "2025-06-01 10:00", "duration_hours": 2,
                      "source": "June minutes", "as_of": "2025-06-02"}],
    }, region="r")
    ctx = Context(region="r", as_of=dt.date(2025, 6, 1))
    today = dt.date(2025, 11, 1)
    everything = freshness.answer(db, ctx, max_age_days=None, today=today)
    # p-new's newest fact is its meeting (2025-06-02, 152 days before today); p-old's is its own row
    assert [(r["id"], r["last_updated"], r["age_days"], r["source"], r["from_table"])
            for r in everything.partnerships.rows] == [
        ("p-old", dt.date(2020, 1, 1), 2131, "2020 report", "memberships"),
        ("p-new", dt.date(2025, 6, 2), 152, "June minutes", "meetings"),
    ]
    stale = freshness.answer(db, ctx, max_age_days=365, today=today)
    assert stale.cutoff == dt.date(2024, 11, 1)
    assert [r["id"] for r in stale.partnerships.rows] == ["p-old"] and stale.partnerships.total == 1
    assert freshness.answer(db, Context(region="r", as_of=ctx.as_of, lang="cy"), max_age_days=365,
                            today=today).partnerships.rows[0]["name"] == "Hen Fwrdd"
    none = freshness.answer(db, ctx, max_age_days=3000, today=today)
    assert none.partnerships.rows == [] and "3000 days" in (none.partnerships.empty_reason or "")
    assert overview.answer(db, ctx, stale_days=365).stale is not None


def test_the_welsh_data_page_shows_the_change_and_loads_only_on_confirm(
    db: Database, app_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit as st

    from app_support import app, long_first_meeting, no_exception, seed_zip

    load_path(db, SEED)
    st.cache_data.clear()
    text, meeting = long_first_meeting()
    before = db.read("graph_fingerprint")
    monkeypatch.setenv("TIRLUN_OPEN_WRITING", "1")  # a single-user laptop: no sign-in, writing opened by the host
    at = app("cy", "data")
    at.file_uploader[0].upload("ctm.zip", seed_zip(text, twice=True), "application/zip")
    at.run()
    no_exception(at)
    # the zip holds meetings.csv twice (the seed's and the edited one): refused, naming both
    assert any("ctm/meetings.csv" in e.value for e in at.error), [e.value for e in at.error]
    at.file_uploader[0].upload("ctm.zip", seed_zip(text), "application/zip")
    at.run()
    no_exception(at)
    assert "Ni ysgrifennir dim nes i chi gadarnhau: 0 rhes wedi'u hychwanegu, 1 wedi'u newid, 0 wedi'u tynnu." in [
        c.value for c in at.caption]
    shown = [df.value for df in at.dataframe]
    assert any(meeting in df.to_string() and "7.5" in df.to_string() for df in shown)
    change = next(df for df in shown if meeting in df.to_string())
    assert (change.iloc[0, 0], change.iloc[0, 2]) == ("Cyfarfodydd", "wedi'u newid")  # table and change in Welsh
    assert db.read("graph_fingerprint") == before  # nothing written yet
    at.button(key="dt-confirm").click().run()
    no_exception(at)
    rows, _ = db.run_readonly("MATCH (m:Meeting {id: $id}) RETURN m.duration_hours AS h", {"id": meeting})
    assert rows == [{"h": 7.5}]


def test_the_data_page_lists_a_deleted_meeting_as_removed_and_removes_it_on_confirm(
    db: Database, app_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A meeting deleted from the region's workbook (with its attendance rows): the Data page's change list says
    removed, and confirming removes it. The count is worked from the seed files: 1 meeting + its attendance rows."""
    import io
    import zipfile

    import streamlit as st

    from app_support import app, no_exception

    load_path(db, SEED)
    st.cache_data.clear()
    mheader, meetings = read(SEED, "meetings")
    gone = meetings.pop(0)
    aheader, attendance = read(SEED, "attendance")
    kept = [r for r in attendance if r["meeting_id"] != gone["id"]]
    removed = 1 + len(attendance) - len(kept)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for f in SEED.glob("*.csv"):
            if f.name not in ("meetings.csv", "attendance.csv"):
                zf.write(f, f"ctm/{f.name}")
        for name, header, rows in (("meetings", mheader, meetings), ("attendance", aheader, kept)):
            text = io.StringIO()
            w = csv.DictWriter(text, fieldnames=header)
            w.writeheader()
            w.writerows(rows)
            zf.writestr(f"ctm/{name}.csv", text.getvalue())
    monkeypatch.setenv("TIRLUN_OPEN_WRITING", "1")
    at = app("en", "data")
    at.file_uploader[0].upload("ctm.zip", buf.getvalue(), "application/zip")
    at.run()
    no_exception(at)
    assert f"Nothing is written until you confirm: 0 rows added, 0 changed, {removed} removed." in [
        c.value for c in at.caption]
    assert any(gone["id"] in df.value.to_string() and "removed" in df.value.to_string() for df in at.dataframe)
    at.button(key="dt-confirm").click().run()
    no_exception(at)
    rows, _ = db.run_readonly("MATCH (m:Meeting {id: $id}) RETURN m.id AS id", {"id": gone["id"]})
    assert rows == []
