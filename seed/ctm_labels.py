"""The seed's labelling rule, applied by seed/build_ctm.py and checked by tests/test_seed_labelling.py.

A row is sourced (illustrative=false) only if every filled column is backed by its source. The
Welsh-language columns may have their own provenance (``source_cy``); a sourced row whose Welsh
columns have none (general knowledge, or the seed author's rendering) is made illustrative here,
with a note saying which columns are not sourced. Nothing else is changed.
"""

from __future__ import annotations

import re

from seed.ctm_common import GENERATOR, Row

WELSH = ("name_cy", "short_name_cy", "title_cy", "job_title_cy", "purpose_cy")
# Words a sourced row's note must not use about its own columns: they admit an unsourced value.
UNSOURCED = re.compile(r"GK-U|general knowledge|seed author|author's rendering|\bused\b|invented", re.IGNORECASE)


def welsh_columns(row: Row) -> list[str]:
    """The Welsh-language columns the row fills."""
    return [c for c in WELSH if row.get(c)]


def problems(row: Row) -> list[str]:
    """Why a row breaks the rule (empty if it keeps it). Rows are dicts of CSV cells or of builder values."""
    out = []
    if not row.get("source") or not row.get("as_of"):
        out.append("no source or as_of")
    illustrative = row.get("illustrative")
    if isinstance(illustrative, str):
        illustrative = illustrative == "true"
    if illustrative:
        if not row.get("note"):
            out.append("illustrative without a note saying why")
        return out
    if row.get("source") == GENERATOR:
        out.append("generated but marked sourced")
    cy = welsh_columns(row)
    if cy and not row.get("source_cy"):
        out.append(f"sourced, but its Welsh columns ({', '.join(cy)}) have no source_cy")
    m = UNSOURCED.search(row.get("note") or "")
    if m:
        out.append(f"sourced, but its note admits an unsourced value ({m.group(0)!r})")
    return out


def apply_rule(rows: list[Row]) -> list[Row]:
    """Make every sourced row whose Welsh columns have no source illustrative, saying so in its note."""
    for row in rows:
        cy = welsh_columns(row)
        if row.get("illustrative") or not cy or row.get("source_cy"):
            continue
        row["illustrative"] = True
        said = (row.get("note") or "").strip()
        row["note"] = (
            f"Illustrative only in {', '.join(cy)}: general knowledge or the seed author's rendering, with no "
            "source; every other filled column is from the source." + (f" {said}" if said else "")
        )
    return rows
