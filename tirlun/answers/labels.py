"""How an entity is named on screen, in one place for every page and answer.

Posts, not people: a workshop room sees job titles only, whatever names the data holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tirlun.i18n import pick


def person_label(row: Mapping[str, Any] | Any, workshop: bool) -> str:
    """A post's label in the current language: its display name (never in workshop mode) or job title, and its organisation.

    ``row`` is a mapping (or a pandas row) with any of ``job_title``/``job_title_cy``, ``name``/``name_en``/``name_cy``,
    ``display_name``, ``short_name`` (or ``organisation_short_name``) or ``organisation_id`` and ``id``.
    """
    title = pick(row, "job_title") or pick(row, "name") or str(row.get("id", "") or "")
    display = None if workshop else row.get("display_name")
    org = row.get("short_name") or row.get("organisation_short_name") or row.get("organisation_id")
    base = display if isinstance(display, str) and display.strip() else title
    return f"{base}, {org}" if isinstance(org, str) and org else base
