"""Ask the first page's questions once, so the person who opens it does not wait for Neo4j to plan them.

A Neo4j that has just started plans every query afresh, in a cold JVM: after a restart the Overview's
first answer took 40 s on a busy two-core machine and about 1 s from then on (``python -m bench.restart``).
``tirlun demo`` asks these before it says the app is ready; the supervisor asks them after it has started
a crashed server again.
"""

from __future__ import annotations

from tirlun.answers import choices, overview, status
from tirlun.answers.base import Reader, context_for


def first_page(db: Reader) -> None:
    status.counts(db)
    region = choices.opening_region([str(r["id"]) for r in choices.regions(db).rows])
    if region is not None:
        overview.answer(db, context_for(db, region))
