"""Bounded by design: on all of Wales at today's size (a generated scale-1 landscape), every page's
answer holds at most its documented number of rows, whatever the graph's size, and says how many
there are in all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from tirlun import cli
from tirlun.answers import ANSWERS
from tirlun.answers.base import Table, context_for
from tirlun.database import Database

MOST_ROWS = 300  # the most rows any table of any page asks the server for


@pytest.fixture(scope="module")
def wales(session_db: Database, app_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    out = tmp_path_factory.mktemp("wales") / "scale-1"
    made = CliRunner().invoke(cli.main, ["generate", "--scale", "1", "--seed", "1", str(out)])
    assert made.exit_code == 0, made.output
    session_db.run_script("clear_graph")
    loaded = CliRunner().invoke(cli.main, ["load", str(out), "--region", "wales"])
    assert loaded.exit_code == 0, loaded.output
    yield session_db
    session_db.run_script("clear_graph")


def tables(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every Table and list inside an answer, with where it sits."""
    if isinstance(value, Table):
        yield path, value
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from tables(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, (list, tuple)):
        yield path, value
        for i, item in enumerate(value[:3]):
            yield from tables(item, f"{path}[{i}]")


@pytest.mark.parametrize("page", list(ANSWERS))
def test_every_answer_is_bounded_on_all_of_wales(wales: Database, page: str) -> None:
    ctx = context_for(wales, "wales")
    result = ANSWERS[page](wales, ctx)
    found = list(tables(result))
    assert found, f"{page}: no tables or lists in its answer"
    for where, value in found:
        if isinstance(value, Table):
            assert value.limit is None or len(value.rows) <= value.limit, f"{page}{where}: more rows than its limit"
            assert len(value.rows) <= MOST_ROWS, f"{page}{where}: {len(value.rows)} rows"
            assert value.total >= len(value.rows), f"{page}{where}: total below the rows shown"
        else:
            assert len(value) <= MOST_ROWS * 2, f"{page}{where}: {len(value)} items"


def test_the_overview_says_how_much_it_left_out(wales: Database) -> None:
    # All of Wales has far more overlapping pairs than the five shown: the total is the server's count.
    res = ANSWERS["overview"](wales, context_for(wales, "wales"))
    assert len(res.top_overlaps.rows) == 5 and res.top_overlaps.total > 5
    assert res.duplicate_pairs == res.duplicates.total >= len(res.duplicates.rows)
