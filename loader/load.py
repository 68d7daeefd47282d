"""Validate, then write: constraints first, then every batch in one transaction.

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

from loader.models import AreaKind
from loader.plan import build_plan, row_count
from loader.validate import ValidInput, paused_gc, validate_path
from tirlun import registry
from tirlun.database import Database, Statement
from tirlun.errors import DatabaseError, LoadFailed, Neo4jUnavailable, TirlunError, ValidationFailed

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
    areas = data.rows("areas")
    regions = [a.id for a in areas if a.kind == AreaKind.region.value]  # type: ignore[attr-defined]
    if len(regions) == 1:
        return regions[0]
    roots = [a.id for a in areas if a.parent_id is None]  # type: ignore[attr-defined]
    return roots[0] if len(roots) == 1 else None


def ensure_schema(db: Database) -> None:
    db.run_script("schema")


def load(
    db: Database,
    path: str | Path,
    *,
    region: str | None = None,
    replace: bool = False,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    fail_after_rows: int | None = None,
    single_tx_limit: int = SINGLE_TX_LIMIT,
) -> LoadReport:
    started = time.perf_counter()
    with paused_gc():  # see paused_gc: the rows of a big load are many small objects
        data, problems = validate_path(path)
        if problems:
            raise ValidationFailed(problems)
        region = region or infer_region(data)
        if region is None:
            raise TirlunError(
                "Cannot tell which region this data is for.",
                "Give it with --region ID (the id of the region's row in areas), e.g. --region ctm.",
            )
        plan = build_plan(data, region, batch_size)
        if replace:
            plan.insert(0, Statement(registry.get("replace_region"), (), {"region": region}, label="replace"))
        if on_plan:
            on_plan(row_count(plan))
        ensure_schema(db)
        if row_count(plan) <= single_tx_limit:
            try:
                db.write_all(plan, batch_size=batch_size, single_transaction=True, progress=progress,
                             fail_after_rows=fail_after_rows)
            except (DatabaseError, Neo4jUnavailable) as exc:
                raise LoadFailed(
                    f"The load failed and was rolled back, so the graph is as it was before: {exc.message}",
                    exc.hint or "Check the server with `tirlun neo4j status` and run the load again.",
                ) from exc
        else:
            _load_in_batches(db, data, plan, region, replace, batch_size, progress, fail_after_rows, single_tx_limit)
        report = LoadReport(region, data.count(), 0.0, replaced=replace)
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
    fail_after_rows: int | None,
    limit: int,
) -> None:
    """One transaction per batch, undone on failure by the scheme in the module docstring."""
    too_big = f"This load has {row_count(plan)} rows, more than one transaction takes (--single-tx-limit {limit})."
    if replace:
        raise TirlunError(too_big, "Empty the region first (tirlun reset, or load into a new database), then load without --replace.")
    if db.read("region_counts", {"region": region})[0]["nodes"]:
        raise TirlunError(
            too_big + f" Such loads must go into an empty region, and '{region}' already has data.",
            "Empty it first (tirlun reset --yes), or raise --single-tx-limit if the server has the memory.",
        )
    ids = [r.id for t in REFERENCE_TABLES for r in data.rows(t)]  # type: ignore[attr-defined]
    ids += [c["id"] for st in plan if st.label == "criteria" for c in st.rows]
    snapshot = db.read("snapshot_reference", {"ids": ids})
    existed = {s["id"] for s in snapshot}
    try:
        db.write_all(plan, batch_size=batch_size, single_transaction=False, progress=progress,
                     fail_after_rows=fail_after_rows)
    except (DatabaseError, Neo4jUnavailable) as exc:
        try:
            db.write("restore_reference", {
                "region": region, "created": [i for i in ids if i not in existed], "existing": snapshot,
            })
        except (DatabaseError, Neo4jUnavailable) as undo:
            raise LoadFailed(
                f"The load failed ({exc.message}) and undoing it failed too ({undo.message}).",
                f"Run `tirlun reset --yes` and load again; region '{region}' is incomplete.",
            ) from undo
        raise LoadFailed(
            f"The load failed and its rows were removed, so the graph is as it was before: {exc.message}",
            exc.hint or "Check the server with `tirlun neo4j status` and run the load again.",
        ) from exc
