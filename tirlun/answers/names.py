"""Names on screen: one place for how a partnership or an organisation is labelled, in which language and on which date.

Why one place: a Welsh page must never show an English abbreviation ("RCT CSP"), and a page viewed
on 2018-06-01 must call Bridgend's health board by the name it had then (ABMU), not today's. Every
answer labels partnerships with ``partnership_label`` and reads organisations' names through
``dated_names``/``apply_dated_names``, so the rule lives here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from tirlun.answers.base import Reader
from tirlun.i18n import translator

# The columns a row may name an organisation with, as the library's queries return them.
ORGANISATION_COLUMNS = {"name_en": "name", "name_cy": "name_cy", "short_name": "short_name",
                        "short_name_cy": "short_name_cy"}


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def partnership_short(row: Mapping[str, Any], lang: str) -> str | None:
    """The partnership's abbreviation in the language: ``short_name_cy`` in Welsh (never the English one), else ``short_name``."""
    if lang == "cy":
        return _text(row.get("short_name_cy"))
    return _text(row.get("short_name"))


def organisation_short(row: Mapping[str, Any], lang: str) -> str | None:
    """An organisation's abbreviation in the language: ``short_name_cy`` in Welsh (never the English one)."""
    return partnership_short(row, lang)


def partnership_label(row: Mapping[str, Any], lang: str) -> str:
    """A short label for axes and titles: the abbreviation in ``lang``, else the name in it.

    A Welsh page shows the Welsh abbreviation where one is used publicly, else the Welsh name:
    never the English abbreviation (issue 20, item 7).
    """
    short = partnership_short(row, lang)
    if short:
        return short
    return translator(lang).pick(row, "name") or str(row.get("id", ""))


def unique_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """id -> label, with the id added where a label is shared, so charts keep the entities apart."""
    seen = Counter(labels.values())
    return {i: f"{text} ({i})" if seen[text] > 1 else text for i, text in labels.items()}


# -- organisations' names over time ---------------------------------------------------------------
def _day(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    to_native = getattr(value, "to_native", None)  # neo4j.time.Date
    if to_native is not None:
        native = to_native()
        return native if isinstance(native, dt.date) else None
    return dt.date.fromisoformat(str(value))


def name_on(former: Iterable[Mapping[str, Any]], as_of: dt.date) -> dict[str, Any] | None:
    """The former name in use on ``as_of`` (since <= as_of <= until; no since: from the start), or None.

    None means the organisation's own (current) name applies. Where two rows cover the day, the one
    ending first wins (the narrower, older name), so the answer never depends on row order.
    """
    valid = []
    for r in former:
        since, until = _day(r.get("since")), _day(r.get("until"))
        if until is None or until < as_of or (since is not None and since > as_of):
            continue
        valid.append((until, str(r.get("name_en") or ""), dict(r)))
    return min(valid, key=lambda v: (v[0], v[1]))[2] if valid else None


def dated_names(db: Reader, ids: Iterable[str], as_of: dt.date) -> dict[str, dict[str, Any]]:
    """id -> the name row valid on ``as_of``, for the organisations in ``ids`` that were called something else then."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    by_id: dict[str, list[dict[str, Any]]] = {}
    for r in db.read("app_organisation_names", {"ids": wanted}):
        by_id.setdefault(str(r["organisation_id"]), []).append(r)
    out = {}
    for oid, rows in by_id.items():
        chosen = name_on(rows, as_of)
        if chosen is not None:
            out[oid] = chosen
    return out


def apply_dated_names(rows: Iterable[MutableMapping[str, Any]], names: Mapping[str, Mapping[str, Any]],
                      id_column: str = "id", columns: Mapping[str, str] | None = None) -> None:
    """Put each organisation's name for the date into its row, in place.

    ``columns`` maps the name row's fields (name_en, name_cy, short_name, short_name_cy, or label_cy: the Welsh
    abbreviation else the Welsh name) to the row's own columns;
    a row whose ``id_column`` is not in ``names`` keeps its current name.
    """
    cols = columns or ORGANISATION_COLUMNS
    for row in rows:
        found = names.get(str(row.get(id_column) or ""))
        if found is None:
            continue
        for field, column in cols.items():
            if field == "name_cy":
                row[column] = found.get("name_cy") or found.get("name_en")
            elif field == "short_name":
                row[column] = found.get("short_name")
            elif field == "label_cy":  # what a Welsh label shows: the Welsh abbreviation, else the Welsh name
                row[column] = found.get("short_name_cy") or found.get("name_cy") or found.get("name_en")
            else:
                row[column] = found.get(field)


def with_dated_names(db: Reader, as_of: dt.date, rows: list[dict[str, Any]], id_column: str = "id",
                     columns: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """``rows`` with every organisation named as it was on ``as_of`` (one bounded query for the ids shown)."""
    apply_dated_names(rows, dated_names(db, (str(r.get(id_column) or "") for r in rows), as_of), id_column, columns)
    return rows
