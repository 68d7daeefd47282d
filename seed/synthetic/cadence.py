"""Meeting calendars shared by the synthetic landscape and the CTM seed's illustrative meetings.

Both generators place a partnership's meetings on a fixed weekday of a fixed week of the
month, every N months by its ``meeting_frequency``, and count a seat as present on a day
between its ``since`` and ``until``, both included: ``until`` is the last day, as the queries read it
(docs/graph-model.md).
"""

from __future__ import annotations

import datetime as dt

# Months between meetings, by the model's meeting_frequency values.
FREQUENCY_MONTHS: dict[str, int] = {"monthly": 1, "bimonthly": 2, "quarterly": 3, "biannual": 6, "annual": 12}


def nth_weekday(year: int, month: int, week: int, weekday: int) -> dt.date:
    """The ``week``-th (1 = first) ``weekday`` (0 = Monday) of a month; week 5 may run into the next month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from ``first`` to ``last``, both included."""
    (y, m), out = first, []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def in_force(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    """True when ``day`` falls in [since, until]; a missing end is open."""
    return (since is None or since <= day) and (until is None or day <= until)
