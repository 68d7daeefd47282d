"""One workshop story (issue 23, item 2): each step's answer is asked with the same settings wherever it is shown.

The app's presenter view (views/state.py: step) and the pack (tirlun/pack.py: build) both take their steps from
tirlun.answers.workshop; here the story's own rule, on the meetings fixture worked on paper in
tests/test_queries_meetings.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_queries_meetings import AS_OF
from test_queries_meetings import tables as meetings_tables

from tirlun.answers import workshop
from tirlun.answers.base import Context
from tirlun.database import Database


@pytest.mark.parametrize(("rule", "pairs"), [
    # test_queries_meetings.test_duplicate_meetings_by_hand: six pairs within 7 days with Jaccard >= 0.5.
    ({}, 6),
    # Within 1 day and Jaccard 1: only m6-m5 (the same day, {x1,x2} and {x1,x2}); m2-m3 is 1 day apart but 0.75.
    ({"window_days": 1, "min_jaccard": 1.0}, 1),
    # Within 6 days and Jaccard 1: m6-m5 and m4-m3 (6 days, {x1,x2,x3} both); m1-m2 is 7 days apart.
    ({"window_days": 6, "min_jaccard": 1.0}, 2),
])
def test_the_overview_step_counts_duplicates_by_the_meetings_steps_rule(
        load_tables: Callable[..., Database], rule: dict[str, float], pairs: int) -> None:
    db = load_tables(meetings_tables())
    ctx = Context(region=None, as_of=AS_OF, lang="en", workshop=True)
    steps = {s.page: s for s in workshop.story(db, ctx, {"meetings": rule})}
    assert list(steps) == list(workshop.STEPS)
    assert steps["meetings"].answer.duplicates.total == pairs
    assert steps["overview"].answer.duplicate_pairs == pairs  # the "14 pairs against 15" cannot happen


def test_the_projectors_settings_are_laid_over_the_hosts_choices() -> None:
    # The host may have chosen a 100-shape network and a 25-partnership heatmap on the normal pages; the slide
    # draws 14 partnerships (or a focus and 15 neighbours) and a heatmap of 10, and never a merge what-if.
    assert workshop.step_choices("network", {"max_nodes": 100, "focus": None}) == {
        "max_nodes": 14, "focus": None, "radius": 1}
    assert workshop.step_choices("network", {"focus": "p:ctm-rpb", "radius": 2})["max_nodes"] == 16
    assert workshop.step_choices("overlap", {"k": 25, "by": "people"}) == {"k": 10, "by": "people"}
    assert workshop.step_choices("meetings", {"merge": ("a", "b"), "window_days": 3}) == {
        "merge": None, "window_days": 3}
    every = workshop.story_choices({"meetings": {"window_days": 3, "min_jaccard": 0.8}})
    assert every["overview"] == {"window_days": 3, "min_jaccard": 0.8}
