"""Where a load spends its time: validation, planning, each statement, commit.

Why: `python -m bench` reports the loader's rows per second; this breaks one load down so a
slow step can be found (docs/benchmarks.md records what it showed). It uses the loader's
own plan and Database.write_all, timing statements from write_all's progress callback.

    python -m bench.profile_load OUT [--batch-size 5000] [--per-batch] [--tables meetings,attendance] [--yes]

It wipes the configured graph first (say --yes when it is not empty).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from tirlun.config import load_settings
from tirlun.database import Database
from tirlun.loader.load import ensure_schema
from tirlun.loader.plan import build_plan
from tirlun.loader.validate import paused_gc, validate_path
from tirlun.seed.synthetic import LOAD_REGION


def profile(db: Database, path: Path, *, batch_size: int = 5000, single_transaction: bool = True,
            only: tuple[str, ...] = ()) -> dict[str, Any]:
    with paused_gc():  # as loader.load does
        return _profile(db, path, batch_size=batch_size, single_transaction=single_transaction, only=only)


def _profile(db: Database, path: Path, *, batch_size: int, single_transaction: bool,
             only: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    data, problems = validate_path(path)
    if problems:
        raise SystemExit(f"{len(problems)} validation problems in {path}")
    t1 = time.perf_counter()
    plan = build_plan(data, LOAD_REGION, batch_size)
    t2 = time.perf_counter()
    out["validate_s"], out["plan_s"] = round(t1 - t0, 2), round(t2 - t1, 2)
    if only:
        keep = {"criteria", "areas", "themes", "legislation", "organisations", "partnerships", "people", "meetings",
                "datasets", *only}
        plan = [s for s in plan if s.label.split(" ")[0] in keep]
    db.run_script("clear_graph")
    ensure_schema(db)
    bounds: list[tuple[str, int]] = []
    total = 0
    for st in plan:
        total += len(st.rows)
        bounds.append((st.label, total))
    stamps: list[tuple[int, float]] = []
    sent = 0

    def progress(n: int) -> None:
        nonlocal sent
        sent += n
        stamps.append((sent, time.perf_counter()))

    start = time.perf_counter()
    db.write_all(plan, batch_size=batch_size, single_transaction=single_transaction, progress=progress)
    end = time.perf_counter()
    statements: dict[str, dict[str, float]] = {}
    prev_t, prev_upto, i = start, 0, 0
    for label, upto in bounds:
        last_t = prev_t
        while i < len(stamps) and stamps[i][0] <= upto:
            last_t = stamps[i][1]
            i += 1
        rows, prev_upto = upto - prev_upto, upto
        secs = last_t - prev_t
        # relationship tables come as one statement per batch: add them up under their label
        before = statements.get(label, {"rows": 0, "seconds": 0.0})
        rows, secs = rows + int(before["rows"]), secs + before["seconds"]
        statements[label] = {"rows": rows, "seconds": secs, "rows_per_s": round(rows / secs) if secs > 0 else 0}
        prev_t = last_t
    for s in statements.values():
        s["seconds"] = round(s["seconds"], 2)
    out["statements"] = statements
    out["commit_s"] = round(end - prev_t, 2)
    out["write_total_s"] = round(end - start, 2)
    out["total_s"] = round(end - t0, 2)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--per-batch", action="store_true", help="one transaction per batch instead of one for the load")
    ap.add_argument("--tables", default="", help="only these relationship tables (comma-separated), after the nodes")
    ap.add_argument("--yes", action="store_true", help="wipe a non-empty graph")
    args = ap.parse_args(argv)
    db = Database.connect(load_settings())
    db.check()
    if db.read("label_counts") and not args.yes:
        sys.exit("The graph is not empty and this wipes it: add --yes.")
    result = profile(db, args.path, batch_size=args.batch_size, single_transaction=not args.per_batch,
                     only=tuple(t for t in args.tables.split(",") if t))
    db.close()
    print(f"validate {result['validate_s']} s, plan {result['plan_s']} s")
    for label, s in result["statements"].items():
        print(f"  {label:24} {s['rows']:>9,} rows {s['seconds']:>8.2f} s {s['rows_per_s']:>9,} rows/s")
    print(f"commit {result['commit_s']} s; writing {result['write_total_s']} s; total {result['total_s']} s")


if __name__ == "__main__":
    main()
