"""Ask the first questions once, so the person who opens a page does not wait for them.

A Neo4j that has just started plans every query afresh, in a cold JVM: after a restart the Overview's
first answer took 40 s on a busy two-core machine and about 1 s from then on (``python -m bench.restart``).
``tirlun demo`` asks these before it says the app is ready; the supervisor asks them after it has started
a crashed server again.

After a write the findings kept with the graph (``tirlun.answers.stored``) belong to the old version; ``findings``
computes the sets the pages open on (every page's default view for every region and all of Wales, then Compare),
so the first reader after a load reads them instead of computing them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tirlun.answers import ANSWERS, choices, overview, status
from tirlun.answers.base import Reader, context_for

# Every page's default view, region by region: those with findings kept with the graph compute them, the others
# have Neo4j plan their queries (a plan is made the first time a query's text runs: up to a second each).
PAGES = tuple(p for p in ANSWERS if p != "compare")  # Compare is asked once, for all of Wales, after the regions


def first_page(db: Reader) -> None:
    status.counts(db)
    region = choices.opening_region([str(r["id"]) for r in choices.regions(db).rows])
    if region is not None:
        overview.answer(db, context_for(db, region))


@dataclass
class Warmed:
    """What ``findings`` did: which views it prepared and how long it took."""

    views: int = 0
    seconds: float = 0.0
    by_view: dict[str, float] = field(default_factory=dict)  # "region/page" -> seconds


def views(db: Reader) -> list[str | None]:
    """Every region with partnerships, opening region first, then all of Wales (None)."""
    ids = [str(r["id"]) for r in choices.regions(db).rows]
    first = choices.opening_region(ids)
    return [*([first] if first else []), *[i for i in ids if i != first], None]


def findings(db: Reader, progress: Callable[[int, int], object] | None = None) -> Warmed:
    """Compute (or read) the stored findings of every page's default view, region by region; ``progress(done, of)``."""
    # Compare last, once: every region's column, read from the sets the regions' own pages keep
    steps = [(region, page) for region in views(db) for page in PAGES] + [(None, "compare")]
    contexts = {region: context_for(db, region) for region, _ in steps}  # each region's date, read once
    done = Warmed()
    started = time.perf_counter()
    for region, page in steps:
        t = time.perf_counter()
        ANSWERS[page](db, contexts[region])
        done.by_view[f"{region or 'all-wales'}/{page}"] = round(time.perf_counter() - t, 3)
        done.views += 1
        if progress:
            progress(done.views, len(steps))
    done.seconds = round(time.perf_counter() - started, 3)
    return done
