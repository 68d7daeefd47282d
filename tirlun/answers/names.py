"""Names on screen: one place for how a partnership is labelled and how labels are kept apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from tirlun.i18n import pick


def partnership_label(row: Mapping[str, Any]) -> str:
    """A short label for axes and titles: the abbreviation, else the name in the current language."""
    short = row.get("short_name")
    return str(short) if isinstance(short, str) and short.strip() else (pick(row, "name") or str(row.get("id", "")))


def unique_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """id -> label, with the id added where a label is shared, so charts keep the entities apart."""
    seen = Counter(labels.values())
    return {i: f"{text} ({i})" if seen[text] > 1 else text for i, text in labels.items()}
