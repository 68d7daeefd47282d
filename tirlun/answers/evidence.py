"""What a finding rests on: how many of the rows behind it come from a public source.

Why: much of a landscape is illustrative (invented to show how a view works). A reader must see,
beside each finding and headline figure, whether it rests on sourced rows or on illustrative ones,
so nobody repeats "these two boards share 7 of their 8 members" as fact when no row behind it is
sourced. Every answer that states a finding carries an ``Evidence`` for it; pages, slides, the pack
and the CLI's JSON show it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tirlun.i18n import Translator

# Below this share of sourced rows a landscape (or a finding) is called mostly illustrative.
MOSTLY_ILLUSTRATIVE = 0.5


@dataclass(frozen=True)
class Evidence:
    """``sourced`` of ``total`` rows of kind ``unit`` (a catalogue key under ``evidence.unit.``) are sourced."""

    sourced: int
    total: int
    unit: str

    @property
    def share(self) -> float | None:
        return self.sourced / self.total if self.total else None

    @property
    def illustrative(self) -> bool:
        """True when any row behind it is illustrative: the finding cannot be read as fact."""
        return self.sourced < self.total

    @property
    def mostly_illustrative(self) -> bool:
        share = self.share
        return share is not None and share < MOSTLY_ILLUSTRATIVE

    def words(self, tr: Translator) -> str:
        """"rests on 0 of 1,156 rows from a public source: illustrative", in ``tr``'s language (thousands
        separated, as the banner and the figures beside it are)."""
        if not self.total:  # no row behind it (no meeting in the year, no finding): neither sourced nor illustrative
            return tr("evidence.rests_on_nothing", unit=tr(f"evidence.unit.{self.unit}"))
        key = "evidence.rests_on_illustrative" if self.illustrative else "evidence.rests_on_sourced"
        return tr(key, sourced=f"{self.sourced:,}", total=f"{self.total:,}", unit=tr(f"evidence.unit.{self.unit}"))

    def __add__(self, other: Evidence) -> Evidence:
        if other.unit != self.unit:
            raise ValueError(f"cannot add evidence about {self.unit} to evidence about {other.unit}")
        return Evidence(self.sourced + other.sourced, self.total + other.total, self.unit)

    def to_json(self, tr: Translator) -> dict[str, Any]:
        return {"sourced": self.sourced, "total": self.total, "unit": self.unit, "share": self.share,
                "illustrative": self.illustrative, "words": self.words(tr)}


def from_flags(flags: Iterable[bool | None], unit: str) -> Evidence:
    """Evidence from the rows' ``illustrative`` flags (None counts as illustrative: nothing says it is sourced)."""
    values = list(flags)
    return Evidence(sum(1 for f in values if f is False), len(values), unit)


def from_row(row: Mapping[str, Any], unit: str, sourced: str = "sourced", total: str = "total") -> Evidence:
    """Evidence from a query row that counted ``sourced`` and ``total`` rows itself (on the server)."""
    return Evidence(int(row.get(sourced) or 0), int(row.get(total) or 0), unit)
