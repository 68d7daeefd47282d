"""Write a validated input: constraints first, then every batch in one transaction.

``load(db, validated)`` takes what validation returned (loader.validate), so a caller that has
shown the problems (the Data page) loads the very object it checked; ``load_path`` validates a
file or folder and loads it, for callers that hold a path (the CLI, the seed, tests).

Why one transaction: a load either lands whole or not at all, so a database failure
mid-load leaves the graph exactly as it was. Batches (``UNWIND $rows``) keep each
statement small; the transaction holds them together.

Loads larger than ``single_tx_limit`` rows go in one transaction per batch, under a
scheme that still restores the graph on failure (docs/loading.md): the region must be
empty beforehand, so every region-scoped node is this load's own and can be removed;
the shared reference nodes it merges (areas, themes, legislation, organisations) are
snapshotted first and put back, and those it created are removed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loader.models import Area, AreaKind
from loader.plan import build_plan, criterion_ids, row_count
from loader.validate import ValidInput, paused_gc, validate_path
from tirlun import registry
from tirlun.database import Database, Statement
from tirlun.errors import DatabaseError, LoadFailed, Neo4jUnavailable, TirlunError, ValidationFailed
from tirlun.i18n import t

# One transaction holds about 2.8 KB of server memory per row (measured on the all-Wales
# landscape); the local server's 2 GB heap allows transactions 1.4 GB, so loads above this
# many rows use the batched scheme in docs/loading.md.
SINGLE_TX_LIMIT = 300_000


@dataclass
class LoadReport:
    region: str
    rows: int
    seconds: float
    labels: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    replaced: bool = False


def infer_region(data: ValidInput) -> str | None:
    """The one area of kind 'region'; failing that, the one area with no parent."""
    areas = data.rows_as("areas", Area)
    regions = [a.id for a in areas if a.kind == AreaKind.region.value]
    if len(regions) == 1:
        return regions[0]
    roots = [a.id for a in areas if a.parent_id is None]
    return roots[0] if len(roots) == 1 else None


def ensure_schema(db: Database) -> None:
    db.run_script("schema")


def load_path(
    db: Database,
    path: str | Path,
    *,
    region: str | None = None,
    replace: bool = False,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    single_tx_limit: int = SINGLE_TX_LIMIT,
) -> LoadReport:
    """Validate a CSV folder or workbook and load it; ValidationFailed (nothing written) if it has problems."""
    with paused_gc():  # see paused_gc: the rows of a big load are many small objects
        data, _ = validate_path(path)
        return load(db, data, region=region, replace=replace, batch_size=batch_size, progress=progress,
                    on_plan=on_plan, single_tx_limit=single_tx_limit)


def load(
    db: Database,
    validated: ValidInput,
    *,
    region: str | None = None,
    replace: bool = False,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    single_tx_limit: int = SINGLE_TX_LIMIT,
) -> LoadReport:
    """Load what validation returned: all or nothing, or batch by batch above ``single_tx_limit`` rows.

    An input with problems is refused (ValidationFailed), so rows validation dropped never load.
    """
    started = time.perf_counter()
    if validated.problems:
        raise ValidationFailed(validated.problems)
    with paused_gc():  # see paused_gc: the rows of a big load are many small objects
        region = region or infer_region(validated)
        if region is None:
            raise TirlunError(t("load.no_region"), t("load.no_region_hint"))
        plan = build_plan(validated, region, batch_size)
        if replace:
            plan.insert(0, Statement(registry.get("replace_region"), (), {"region": region}, label="replace"))
        if on_plan:
            on_plan(row_count(plan))
        ensure_schema(db)
        if row_count(plan) <= single_tx_limit:
            try:
                db.write_all(plan, batch_size=batch_size, single_transaction=True, progress=progress)
            except (DatabaseError, Neo4jUnavailable) as exc:
                raise LoadFailed(
                    t("load.failed_rolled_back", error=exc.message), exc.hint or t("load.failed_hint")
                ) from exc
        else:
            _load_in_batches(db, validated, plan, region, replace, batch_size, progress, single_tx_limit)
        report = LoadReport(region, validated.count(), 0.0, replaced=replace)
        report.labels = {r["label"]: r["count"] for r in db.read("label_counts")}
        report.relationships = {r["type"]: r["count"] for r in db.read("relationship_counts")}
        report.seconds = time.perf_counter() - started
        return report


REFERENCE_TABLES = ("areas", "themes", "legislation", "organisations")


def _load_in_batches(
    db: Database,
    data: ValidInput,
    plan: list[Statement],
    region: str,
    replace: bool,
    batch_size: int,
    progress: Callable[[int], None] | None,
    limit: int,
) -> None:
    """One transaction per batch, undone on failure by the scheme in the module docstring."""
    if replace:
        raise TirlunError(t("load.too_big", rows=row_count(plan), limit=limit), t("load.too_big_replace_hint"))
    if db.read("region_counts", {"region": region})[0]["nodes"]:
        raise TirlunError(
            t("load.too_big_has_data", rows=row_count(plan), limit=limit, region=region),
            t("load.too_big_has_data_hint"),
        )
    ids = [str(r.cell("id")) for table in REFERENCE_TABLES for r in data.rows(table)] + criterion_ids()
    snapshot = db.read("snapshot_reference", {"ids": ids})
    existed = {s["id"] for s in snapshot}
    try:
        db.write_all(plan, batch_size=batch_size, single_transaction=False, progress=progress)
    except (DatabaseError, Neo4jUnavailable) as exc:
        try:
            db.write("restore_reference", {
                "region": region, "created": [i for i in ids if i not in existed], "existing": snapshot,
            })
        except (DatabaseError, Neo4jUnavailable) as undo:
            raise LoadFailed(
                t("load.undo_failed", error=exc.message, undo=undo.message), t("load.undo_failed_hint", region=region)
            ) from undo
        raise LoadFailed(t("load.failed_removed", error=exc.message), exc.hint or t("load.failed_hint")) from exc
