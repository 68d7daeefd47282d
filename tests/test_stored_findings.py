"""Findings kept with the graph (tirlun/answers/stored.py): always one version's, always what a recomputation gives.

The reference for every comparison is the library query ``partnership_overlap``, a separate implementation (Cypher)
of what the pages count with sparse products and keep; tests/test_queries_overlap.py checks both against answers
worked on paper.
"""

from __future__ import annotations

import copy
import datetime as dt
import signal
from pathlib import Path
from typing import Any

import pytest
from conftest import write_input
from test_crash_safe import _loader
from test_queries_overlap import AS_OF, _org, _partnership, hand_tables

from tirlun.answers import overlap, pairs, stored
from tirlun.answers.base import Context, Reader
from tirlun.database import Database
from tirlun.loader.journal import recover
from tirlun.loader.load import load_path

PARAMS = {"as_of": AS_OF, "region": None, "members": "organisations", "min_shared": 1, "scope": "regional",
          "level": None, "rank_by": "score", "family": False}


def second_region() -> dict[str, list[dict[str, Any]]]:
    """Two partnerships that share organisations a and b with each other and with the hand graph's p1..p3."""
    return {
        "organisations": [_org("a", short_name="RCT"), _org("b", "local_health_board", short_name="CTMUHB")],
        "partnerships": [_partnership("q1"), _partnership("q2")],
        "memberships": [{"organisation_id": o, "partnership_id": p} for o in "ab" for p in ("q1", "q2")],
    }


def recomputed(db: Database) -> list[dict[str, Any]]:
    """What the library query says now, cut where the store cuts."""
    return db.read("partnership_overlap", {**PARAMS, "limit": stored.STORE_LIMIT})


def kept(db: Database) -> stored.Found:
    return stored.found(db, "partnership_overlap", PARAMS, pairs.compute)


def sets(db: Database) -> list[dict[str, Any]]:
    return db.read("findings_get", {"key": stored.key("partnership_overlap", PARAMS, db.graph_version())})


def test_kept_findings_equal_a_recomputation_after_loads_removals_and_recoveries(db: Database, tmp_path: Path,
                                                                                test_env: dict[str, str]) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    first = kept(db)
    assert first.computed and first.rows == recomputed(db)
    # p1..p3 by hand (tests/test_queries_overlap.py): three pairs
    assert [(r["a_id"], r["b_id"]) for r in first.rows] == [("p2", "p3"), ("p1", "p3"), ("p1", "p2")]
    again = kept(db)
    assert not again.computed and again.rows == first.rows and again.version == first.version

    # a load of another region: a new version, so the set is computed again, and q1/q2 join
    load_path(db, write_input(tmp_path / "r2", second_region()), region="r2")
    after_load = kept(db)
    assert after_load.computed and after_load.version != first.version
    assert after_load.rows == recomputed(db) and ("q1", "q2") in {(r["a_id"], r["b_id"]) for r in after_load.rows}

    # a removal: r2 loaded again without q2's memberships
    smaller = second_region()
    smaller["memberships"] = [m for m in smaller["memberships"] if m["partnership_id"] != "q2"]
    load_path(db, write_input(tmp_path / "r2-smaller", smaller), region="r2")
    after_removal = kept(db)
    assert after_removal.computed and after_removal.rows == recomputed(db)
    assert "q2" not in {r["b_id"] for r in after_removal.rows} | {r["a_id"] for r in after_removal.rows}

    # a load killed by kill -9 part-way (batched, so half of it is committed, and the version not yet raised): the
    # last whole version's set is still the one read, a set asked for meanwhile is computed but never kept (its rows
    # might hold half a load), and after recovery every set is computed again from the graph as it was
    run = _loader(400)
    assert run.returncode == -signal.SIGKILL, run.stdout + run.stderr
    during = kept(db)
    assert not during.computed and during.rows == after_removal.rows
    other = {**PARAMS, "min_shared": 2}
    assert stored.found(db, "partnership_overlap", other, pairs.compute).computed
    assert not db.read("findings_get", {"key": stored.key("partnership_overlap", other, db.graph_version())})[0]["found"]
    assert [s.outcome for s in recover(db)] == ["rolled_back"]
    after_recovery = kept(db)
    assert after_recovery.computed and after_recovery.rows == recomputed(db) == after_removal.rows
    assert sets(db)[0]["found"]


def test_a_reader_never_gets_rows_of_two_versions(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    calls: list[str] = []

    def compute_while_a_load_commits(reader: Reader, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
        rows = pairs.compute(reader, params, limit)
        calls.append(db.graph_version())
        if len(calls) == 1:  # a load commits after the rows were read: they are the old version's
            load_path(db, write_input(tmp_path / "r2", second_region()), region="r2")
        return rows

    got = stored.found(db, "partnership_overlap", PARAMS, compute_while_a_load_commits)
    assert len(calls) == 2  # the first rows were thrown away
    assert got.version == db.graph_version() == calls[1]
    assert got.rows == recomputed(db)
    assert ("q1", "q2") in {(r["a_id"], r["b_id"]) for r in got.rows}
    assert kept(db).rows == got.rows and not kept(db).computed


def test_a_set_kept_for_one_version_is_never_read_for_the_next(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    old_key = stored.key("partnership_overlap", PARAMS, db.graph_version())
    kept(db)
    assert db.read("findings_get", {"key": old_key})[0]["found"]
    db.write("graph_version_bump", {"reason": "test"})
    assert kept(db).computed
    # keeping the new version's set removed the old one
    assert not db.read("findings_get", {"key": old_key})[0]["found"]
    # derived rows are not data: no count, fingerprint or provenance check sees them
    assert "FindingSet" not in {r["label"] for r in db.read("label_counts")}
    assert all("FindingSet" not in labels for labels, _ in db.read("graph_fingerprint")[0]["nodes"])


def test_the_overlap_page_reads_its_pairs_from_the_store(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    ctx = Context(region="r1", as_of=AS_OF)
    shown = overlap.answer(db, ctx, min_shared=1)
    cypher = db.read("partnership_overlap", {"as_of": AS_OF, "region": "r1", "min_shared": 1, "limit": 200})
    assert [(r["a_id"], r["b_id"], r["shared"]) for r in shown.pairs.rows] == [
        (r["a_id"], r["b_id"], r["shared"]) for r in cypher]
    assert shown.pairs.total == cypher[0]["total"] == 3
    params = {"as_of": AS_OF, "region": "r1", "members": "organisations", "min_shared": 1, "scope": "regional",
              "level": None, "rank_by": "score", "family": False}
    assert db.read("findings_get", {"key": stored.key("partnership_overlap", params, db.graph_version())})[0]["found"]


def test_rows_keep_their_dates_and_lists_through_the_store() -> None:
    rows = [{"start": dt.datetime(2025, 1, 10, 10, 0), "day": dt.date(2025, 1, 10), "names": ["Ŵyl", "a"],
             "n": 3, "x": 0.25, "none": None, "nested": {"$date": "not a date", "other": 1}}]
    assert stored.decode(stored.encode(rows)) == copy.deepcopy(rows)


def test_pairs_beyond_the_store_are_computed_whole(db: Database, tmp_path: Path) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    rows = stored.ranked_rows(db, "partnership_overlap", PARAMS, pairs.compute, None)
    assert rows == db.read("partnership_overlap", {**PARAMS, "limit": None})
    assert not sets(db)[0]["found"]  # a download's whole list is not kept


@pytest.mark.parametrize("limit", [1, 2])
def test_a_page_cut_is_the_first_rows_of_the_kept_set(db: Database, tmp_path: Path, limit: int) -> None:
    load_path(db, write_input(tmp_path / "r1", hand_tables()), region="r1")
    assert stored.ranked_rows(db, "partnership_overlap", PARAMS, pairs.compute, limit) == recomputed(db)[:limit]
