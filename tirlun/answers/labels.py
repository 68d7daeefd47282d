"""How an entity is named on screen, in one place for every page and answer.

Posts, not people: a workshop room sees job titles only, whatever names the data holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tirlun.i18n import Translator

# Where a row names a post's organisation, by language. A Welsh label takes the Welsh abbreviation, else the
# Welsh name the query put in its place; never the English abbreviation (issue 20, item 7).
_ORG_COLUMNS = {
    "en": ("short_name", "organisation_short_name"),
    "cy": ("short_name_cy", "organisation_short_name_cy", "organisation_name_cy"),
}


def organisation_text(row: Mapping[str, Any] | Any, tr: Translator) -> str | None:
    """The post's organisation as ``tr``'s language labels it, or None where the row names none in it."""
    for column in _ORG_COLUMNS["cy" if tr.lang == "cy" else "en"]:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def person_label(row: Mapping[str, Any] | Any, workshop: bool, tr: Translator) -> str:
    """A post's label in ``tr``'s language: its display name (never in workshop mode) or job title, and its organisation.

    ``row`` is a mapping (or a pandas row) with any of ``job_title``/``job_title_cy``, ``name``/``name_en``/``name_cy``,
    ``display_name``, ``short_name``/``short_name_cy`` (or ``organisation_short_name``/``_cy``) and ``id``.
    """
    title = tr.pick(row, "job_title") or tr.pick(row, "name") or str(row.get("id", "") or "")
    display = None if workshop else row.get("display_name")
    org = organisation_text(row, tr)
    base = display if isinstance(display, str) and display.strip() else title
    return f"{base}, {org}" if isinstance(org, str) and org else base
