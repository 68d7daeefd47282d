"""Every write Tirlun makes, in one place: check, show, confirm, write.

The CLI and the app's pages only render what this module returns and pass back what the person confirmed:
- a region's file or the shared reference: ``check_path`` (validate against the graph, match each row to its
  owner, diff) then ``apply`` (load under the journal and the load lock);
- a calendar: ``check_calendar`` then ``apply`` (its meetings are added, nothing else is touched);
- a self-assessment: ``save_assessment``;
- emptying the graph: ``empty``.
Every one of them raises the graph version in the transaction that writes, so no cache outlives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tirlun import registry
from tirlun.database import Database, Statement
from tirlun.errors import TirlunError, ValidationFailed
from tirlun.loader import journal
from tirlun.loader.diff import Diff, diff
from tirlun.loader.load import SINGLE_TX_LIMIT, LoadReport, ensure_schema, load, require_region
from tirlun.loader.owners import REFERENCE, SHIPPED_REFERENCE, Ownership, classify
from tirlun.loader.validate import Problem, ValidInput, paused_gc, validate_path

# The node tables a file may point into without repeating their rows, and the label each is stored under.
_KNOWN = {"areas": "Area", "themes": "Theme", "legislation": "Legislation", "organisations": "Organisation",
          "partnerships": "Partnership", "people": "Person", "meetings": "Meeting", "datasets": "Dataset"}
_REGION_ONLY = ("people", "meetings", "datasets")
# column -> catalogue key of the tables a check and a load show (the Data page), in order
PROBLEM_LABELS = {"file": "col.file", "row": "col.row", "column": "col.column", "value": "col.value",
                  "message": "col.message"}
VALIDATION_LABELS = {"table": "col.table", "rows": "col.rows"}
COUNT_LABELS = {"table": "col.table", "added": "col.added", "changed": "col.changed", "removed": "col.removed",
                "proposed": "col.proposed"}
CHANGE_LABELS = {"table": "col.table", "key": "col.row_key", "change": "col.change", "row": "col.row",
                 "detail": "col.detail"}
PROPOSED_LABELS = {"table": "col.table", "key": "col.row_key", "owner": "col.owner", "row": "col.row",
                   "detail": "col.detail"}
REPORT_LABELS = {"label": "col.label", "count": "col.count"}


@dataclass
class Checked:
    """A file checked against the graph: what a person must see before confirming, and what ``apply`` writes."""

    data: ValidInput
    region: str
    add_only: bool
    problems: list[Problem] = field(default_factory=list)
    ownership: Ownership | None = None
    changes: Diff | None = None
    name: str = ""  # the file as the person calls it

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def notes(self) -> list[Problem]:
        return self.data.notes


def graph_ids(db: Database, region: str | None, add_only: bool) -> tuple[dict[str, set[str]], dict[str, dict[str, str]]]:
    """What a file may name without repeating it (``known``), and its region's rows it left out (``gone``).

    Shared rows (areas, themes, legislation, organisations, partnerships) are known whoever owns them; a region's
    posts, meetings and datasets are known only to an "add only" load of that region: a whole file must list them.
    """
    known: dict[str, set[str]] = {}
    gone: dict[str, dict[str, str]] = {}
    table_of = {label: table for table, label in _KNOWN.items()}
    for row in db.read("known_ids", {"region": region}):
        table = table_of[row["label"]]
        if table in _REGION_ONLY and not (add_only and row["owner"] == region):
            if row["owner"] == region:
                gone.setdefault(table, {})[str(row["id"])] = str(row["owner"])
            continue
        known.setdefault(table, set()).add(str(row["id"]))
    return known, gone


def check_path(db: Database, path: str | Path, *, region: str | None = None, add_only: bool = False,
               name: str | None = None) -> Checked:
    """Validate a file against the graph and work out what loading it would change; nothing is written.

    The region is the one given, or the one the file allows (else an error lists the candidates).
    """
    ensure_schema(db)
    journal.recover(db)
    with paused_gc():
        # a first reading to find the region (its reference problems may vanish once the graph's ids are known)
        first, _ = validate_path(path, name=name)
        try:
            wanted = require_region(first, region)
        except TirlunError:
            if first.problems:
                return Checked(first, region or "", add_only, list(first.problems), name=name or Path(path).name)
            raise
        if first.problems:  # some reference may name a row the graph holds: read the file again knowing them
            known, gone = graph_ids(db, wanted, add_only)
            data, problems = validate_path(path, known, gone, name=name)
        else:  # every reference was found in the file, so the graph's ids change nothing (validate: _check_refs)
            data, problems = first, []
        checked = Checked(data, wanted, add_only, list(problems), name=name or Path(path).name)
        if problems:
            return checked
        return _owned(db, checked)


def check_data(db: Database, data: ValidInput, region: str, *, add_only: bool = False) -> Checked:
    """The same check for rows made in memory (a calendar's meetings): they are validated already."""
    ensure_schema(db)
    journal.recover(db)
    checked = Checked(data, region, add_only, list(data.problems), name=data.path.name)
    return checked if checked.problems else _owned(db, checked)


def _owned(db: Database, checked: Checked) -> Checked:
    checked.ownership = classify(db, checked.data, checked.region, add_only=checked.add_only)
    checked.problems = list(checked.ownership.clashes)
    if not checked.problems:
        checked.changes = diff(db, checked.data, checked.region, add_only=checked.add_only,
                               ownership=checked.ownership)
    return checked


def apply(
    db: Database, checked: Checked, *, by: str | None = None, source_hash: str = "",
    progress: Callable[[int], None] | None = None, on_plan: Callable[[int], None] | None = None,
    batch_size: int = 5000, single_tx_limit: int = SINGLE_TX_LIMIT,
    may_write: Callable[[], None] | None = None,
) -> LoadReport:
    """Write what ``check_path`` showed, once confirmed. ``may_write`` runs at the moment of writing and raises if the
    person may no longer write (signed out in another tab, role taken away): the check happens then, not earlier."""
    if checked.problems:
        raise ValidationFailed(checked.problems)
    if may_write is not None:
        may_write()
    return load(db, checked.data, region=checked.region, add_only=checked.add_only, by=by, source_hash=source_hash,
                progress=progress, on_plan=on_plan, batch_size=batch_size, single_tx_limit=single_tx_limit,
                ownership=checked.ownership)


def check_reference(db: Database, path: str | Path | None = None, *, name: str | None = None) -> Checked:
    """The shared Wales reference (Tirlun's own, or an update of it) checked as the reference's whole truth."""
    return check_path(db, path or SHIPPED_REFERENCE, region=REFERENCE, name=name)


def save_assessment(
    db: Database, *, assessment_id: str, partnership_id: str, date: dt.date, region: str,
    scores: Sequence[Mapping[str, Any]], by: str, may_write: Callable[[], None] | None = None,
) -> list[dict[str, Any]]:
    """Save one self-assessment and raise the graph version, in one transaction."""
    if may_write is not None:
        may_write()
    ensure_schema(db)
    params = {"assessment_id": assessment_id, "partnership_id": partnership_id, "date": date, "region": region,
              "scores": [dict(s) for s in scores], "by": by}
    result: list[dict[str, Any]] = []
    db.write_all([Statement(registry.get("save_assessment"), (), params, label="assessment"),
                  version_bump("assessment " + partnership_id)], on_result=result.extend)
    return result


def empty(db: Database, by: str | None = None, may_write: Callable[[], None] | None = None) -> None:
    """Empty every region and the reference; the load history stays and says who did it."""
    if may_write is not None:
        may_write()
    ensure_schema(db)
    journal.empty_graph(db, by)


def version_bump(reason: str) -> Statement:
    """The statement that raises the graph version, to end a transaction that changes data."""
    return Statement(registry.get("graph_version_bump"), (), {"reason": reason}, label="version")
