"""Validate, then write: constraints first, then every batch in one transaction.

Why one transaction: a load either lands whole or not at all, so a database failure
mid-load leaves the graph exactly as it was. Batches (``UNWIND $rows``) keep each
statement small; the transaction holds them together. For inputs larger than the
server's transaction memory, raise the heap (TIRLUN_NEO4J_HEAP) rather than splitting:
see docs/loading.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loader.models import AreaKind
from loader.plan import build_plan, row_count
from loader.validate import ValidInput, validate_path
from tirlun import registry
from tirlun.database import Database, Statement
from tirlun.errors import DatabaseError, LoadFailed, Neo4jUnavailable, TirlunError, ValidationFailed


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
) -> LoadReport:
    started = time.perf_counter()
    data, problems = validate_path(path)
    if problems:
        raise ValidationFailed(problems)
    region = region or infer_region(data)
    if region is None:
        raise TirlunError(
            "Cannot tell which region this data is for.",
            "Give it with --region ID (the id of the region's row in areas), e.g. --region ctm.",
        )
    plan = build_plan(data, region)
    if replace:
        plan.insert(0, Statement(registry.get("replace_region"), (), {"region": region}, label="replace"))
    if on_plan:
        on_plan(row_count(plan))
    ensure_schema(db)
    try:
        db.write_all(plan, batch_size=batch_size, single_transaction=True, progress=progress, fail_after_rows=fail_after_rows)
    except (DatabaseError, Neo4jUnavailable) as exc:
        raise LoadFailed(
            f"The load failed and was rolled back, so the graph is as it was before: {exc.message}",
            exc.hint or "Check the server with `tirlun neo4j status` and run the load again.",
        ) from exc
    report = LoadReport(region, data.count(), 0.0, replaced=replace)
    report.labels = {r["label"]: r["count"] for r in db.read("label_counts")}
    report.relationships = {r["type"]: r["count"] for r in db.read("relationship_counts")}
    report.seconds = time.perf_counter() - started
    return report
