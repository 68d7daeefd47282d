"""The landscape while it is being built: organisations, partnerships, seats, and the one random stream.

Why one ``World``: every step draws from the same ``random.Random(seed)`` in a fixed
order, so steps take the world and run in the order ``engine.build`` gives; no set or
hash order is ever iterated, and dates come from ``as_of``, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tirlun.loader.models import TABLES, to_cell

WIDTH = {t.name: len(t.columns) for t in TABLES}

YEARS = 3  # of meetings, ending on as_of
NOTE = ("Synthetic: invented by tirlun generate. Names of places and public bodies are real; who sits where, "
        "who attended what and what data flows where are invented.")


def slug(text: str) -> str:
    """Ids from names: ASCII, lower case, hyphens (Môn -> mon, Gâr -> gar)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def scale_label(scale: float) -> str:
    return f"{scale:g}"


@dataclass
class Org:
    """An organisation's posts, with cumulative weights for picking who sits on boards and sub-groups."""

    id: str
    org_type: str
    las: list[str]
    posts: list[str] = field(default_factory=list)
    board_cum: list[float] = field(default_factory=list)
    sub_cum: list[float] = field(default_factory=list)


@dataclass
class Seat:
    person: str
    org: str
    role: str
    since: dt.date | None
    until: dt.date | None = None


@dataclass
class Part:
    """A partnership (board, sub-group or task-and-finish group) and how it meets."""

    id: str
    en: str
    cy: str
    short: str
    kind: str
    level: str
    statutory: bool
    legislation: list[str]
    areas: list[str]
    themes: list[str]
    established: dt.date | None
    frequency: str
    hours: float
    subgroup_of: str | None = None
    reports_to: list[str] = field(default_factory=list)
    section: str | None = None  # the section(s) of its legislation that set it up
    duty: list[str] = field(default_factory=list)  # legislation whose duty it discharges, not set up by it
    duty_section: str | None = None
    dissolved: dt.date | None = None
    successor: str | None = None
    end_date: dt.date | None = None
    members: list[tuple[str, str, dt.date | None, dt.date | None]] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    twin_of: Part | None = None
    chair: str | None = None
    secretariat: str | None = None
    fmt: str = "virtual"
    weekday: int = 1
    week: int = 3  # week of the month, 1 = first
    time: str = "10:00"
    offset: int = 0  # month phase of the meeting cycle
    shift: int = 0  # a twin meets this many days after its sibling
    dates: list[dt.date] = field(default_factory=list)


class World:
    """The state every generation step reads and extends, and the rows it has written so far."""

    def __init__(self, scale: float, seed: int, as_of: dt.date) -> None:
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.scale = scale
        self.seed = seed
        self.as_of = as_of
        self.start = as_of.replace(year=as_of.year - YEARS)
        self.rng = random.Random(seed)
        self.source = f"Synthetic (tirlun generate --scale {scale_label(scale)} --seed {seed})"
        # Every row is illustrative and, by the labelling rule (tests/test_seed_labelling.py), says why.
        self.prov = [self.source, as_of.isoformat(), "true", NOTE]
        self.rows: dict[str, list[list[str]]] = {t.name: [] for t in TABLES}
        self.orgs: dict[str, Org] = {}
        self.parts: dict[str, Part] = {}
        self.by_type: dict[str, list[str]] = {}
        self.psb_of: dict[str, str] = {}

    def add(self, table: str, *cells: Any) -> None:
        """One output row: the table's columns in order, then provenance (source, as_of, illustrative, note).

        Columns the format added later (loader.models.LATE_COLUMNS, just before provenance) and not given are empty.
        """
        blank = [""] * (WIDTH[table] - len(self.prov) - len(cells))
        self.rows[table].append([to_cell(c) for c in cells] + blank + self.prov)

    def count(self, base: float) -> int:
        """base x scale as a whole number, rounding the fraction at random."""
        x = base * self.scale
        n = int(x)
        return n + (1 if self.rng.random() < x - n else 0)

    def rand_date(self, lo: dt.date, hi: dt.date) -> dt.date:
        days = (hi - lo).days
        return lo + dt.timedelta(days=self.rng.randint(0, max(days, 0)))

    def orgs_of(self, org_type: str, las: list[str]) -> list[str]:
        """Organisations of a type serving any of these local authorities, in creation order."""
        wanted = set(las)
        return [o for o in self.by_type.get(org_type, []) if wanted.intersection(self.orgs[o].las)]


def charities(las: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """Ids of the local charities with these prefixes in these local authorities."""
    return [f"{p}-{la}" for la in las for p in prefixes]
