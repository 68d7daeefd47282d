"""`python -m bench`: how Tirlun performs on the synthetic all-Wales landscape, in one run.

Why one run on one machine: ratios (loader vs one-transaction-per-row, loader vs the
server's own LOAD CSV) and growth exponents only mean something when every number was
measured against the same server under the same conditions. The run wipes the graph,
generates the landscape (seed.synthetic), loads it with the real loader, times every
public library query and every app page, then rewrites the attendance rows the naive way
and with LOAD CSV. Nothing is mocked: it talks to the configured Neo4j.

The result is a JSON document with the keys load, load_naive, load_ratio, load_csv,
load_vs_load_csv, queries, duplicate_meetings_exponent, app, peak_rss_mb, plus machine
and meta; `markdown()` renders it as tables. docs/benchmarks.md records runs.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import math
import os
import platform
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tirlun import registry
from tirlun.answers import ANSWERS
from tirlun.answers.base import Context, Table, default_as_of
from tirlun.config import Settings
from tirlun.database import Database
from tirlun.errors import DatabaseError, ReadOnlyViolation, TirlunError
from tirlun.loader.load import ensure_schema, load_path
from tirlun.seed.synthetic import DEFAULT_AS_OF, LOAD_REGION, generate

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "load_ratio": (">=", 50.0),
    "load_vs_load_csv": (">=", 0.5),
    "duplicate_meetings_exponent": ("<=", 1.2),
}
QUERY_TARGET_S = {1.0: 1.0, 10.0: 3.0}  # library query median by scale
SCALE_10_LOAD_TARGET_S = 180.0


class UI(Protocol):
    """What the bench tells the person running it; the CLI draws rich progress bars."""

    def stage(self, text: str) -> None: ...

    def bar(self, text: str, total: int | None) -> Callable[[int], None]: ...

    def done(self) -> None: ...


class QuietUI:
    def stage(self, text: str) -> None:
        pass

    def bar(self, text: str, total: int | None) -> Callable[[int], None]:
        return lambda n: None

    def done(self) -> None:
        pass


@dataclass
class Options:
    scale: float = 1.0
    seed: int = 1
    runs: int = 5
    naive_rows: int = 2000
    small_fraction: float = 0.25
    batch_size: int = 5000
    query_timeout: float = 600.0
    query_budget: float = 120.0  # stop repeating a query once its runs took this long
    workdir: Path | None = None
    import_dir: Path | None = None
    as_of: dt.date = DEFAULT_AS_OF
    skip: tuple[str, ...] = ()  # any of: exponent, queries, app, load_csv, naive


@dataclass
class Timing:
    seconds: list[float] = field(default_factory=list)
    rows: int | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        if not self.seconds:
            return {"error": self.error or "not run"}
        out: dict[str, Any] = {
            "median_s": round(statistics.median(self.seconds), 4),
            "max_s": round(max(self.seconds), 4),
            "runs": len(self.seconds),
        }
        if self.rows is not None:
            out["rows"] = self.rows
        if self.error:
            out["error"] = self.error
        return out


# -- the graph ------------------------------------------------------------------------------
def graph_is_empty(db: Database) -> bool:
    return not db.read("label_counts")


def wipe(db: Database) -> None:
    db.run_script("clear_graph")
    ensure_schema(db)


def counts(db: Database, as_of: dt.date | None = None) -> dict[str, int]:
    rows = db.read("bench_counts", {"as_of": as_of or dt.date.today()})
    return rows[0] if rows else {"meetings": 0, "meetings_in_window": 0, "attendance": 0}


# -- load ---------------------------------------------------------------------------------------
def timed_load(db: Database, path: Path, batch_size: int, ui: UI) -> dict[str, Any]:
    """The real loader on the whole landscape, with where the time went."""
    marks: dict[str, float] = {}
    advance: list[Callable[[int], None]] = []

    def on_plan(total: int) -> None:
        marks["planned"] = time.perf_counter()
        advance.append(ui.bar("Loading with the real loader", total))

    def progress(n: int) -> None:
        marks["last_batch"] = time.perf_counter()
        if advance:
            advance[0](n)

    started = time.perf_counter()
    report = load_path(db, path, region=LOAD_REGION, batch_size=batch_size, progress=progress, on_plan=on_plan)
    ended = time.perf_counter()
    ui.done()
    seconds = ended - started
    planned = marks.get("planned", started)
    last = marks.get("last_batch", planned)
    return {
        "rows": report.rows,
        "seconds": round(seconds, 2),
        "rows_per_second": round(report.rows / seconds, 1),
        "validate_and_plan_s": round(planned - started, 2),
        "write_s": round(last - planned, 2),
        "commit_and_count_s": round(ended - last, 2),
        "batch_size": batch_size,
        "labels": report.labels,
        "relationships": report.relationships,
    }


def attendance_rows(path: Path) -> Iterator[dict[str, str]]:
    with (path / "attendance.csv").open(newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def naive_sample(path: Path, n: int, total: int) -> list[dict[str, str]]:
    """Every k-th attendance row: spread over meetings and posts, and the same every run."""
    step = max(1, total // max(n, 1))
    return [r for i, r in enumerate(attendance_rows(path)) if i % step == 0][:n]


def timed_naive(db: Database, sample: list[dict[str, str]], ui: UI) -> dict[str, Any]:
    """The sample's rows, one statement and one transaction each, after removing them."""
    keys = [{"person_id": r["person_id"], "meeting_id": r["meeting_id"]} for r in sample]
    db.write("bench_delete_attendance_rows", {"rows": keys})
    advance = ui.bar(f"Writing {len(sample)} rows one transaction each", len(sample))
    started = time.perf_counter()
    for r in sample:
        db.write("bench_naive_attendance", {
            "person_id": r["person_id"], "meeting_id": r["meeting_id"], "attended_as": r["attended_as"],
            "source": r["source"], "as_of": r["as_of"], "illustrative": r["illustrative"], "note": r["note"] or None,
        })
        advance(1)
    seconds = time.perf_counter() - started
    ui.done()
    return {"rows": len(sample), "seconds": round(seconds, 2), "rows_per_second": round(len(sample) / seconds, 1)}


def import_folder(settings: Settings, given: Path | None) -> Path | None:
    """Where the server reads LOAD CSV files: given, or the local server's import folder."""
    if given is not None:
        return given
    if settings.uses_local_server:
        return settings.local.home / "import"
    return None


def timed_load_csv(db: Database, path: Path, folder: Path, expected: int, ui: UI) -> dict[str, Any]:
    """Attendance again, read by the server itself (LOAD CSV, batched transactions)."""
    name = "tirlun-bench-attendance.csv"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path / "attendance.csv", folder / name)
    try:
        try:
            db.read("bench_load_csv_probe", {"url": f"file:///{name}"})
        except DatabaseError as exc:  # the local server refuses LOAD CSV from files unless started for a bench
            return {"error": f"the server refused LOAD CSV from its import folder ({exc.message}); start a bench server "
                             "with TIRLUN_NEO4J_FILE_CSV=1 (docs/benchmarks.md)"}
        ui.stage("Removing attendance before LOAD CSV")
        db.run_script("bench_delete_attendance")
        ui.stage(f"LOAD CSV of {expected} attendance rows")
        started = time.perf_counter()
        db.run_script("bench_load_csv_attendance", {"url": f"file:///{name}"})
        seconds = time.perf_counter() - started
    finally:
        (folder / name).unlink(missing_ok=True)
    written = counts(db)["attendance"]
    out: dict[str, Any] = {"rows": expected, "seconds": round(seconds, 2),
                           "rows_per_second": round(expected / seconds, 1), "transaction_rows": 10000}
    if written != expected:
        out["error"] = f"LOAD CSV left {written} ATTENDED relationships, expected {expected}"
    return out


# -- queries --------------------------------------------------------------------------------
ID_KINDS = ("organisation", "partnership", "person", "meeting", "dataset")


def sample_ids(db: Database) -> dict[str, str]:
    return {r["kind"]: r["id"] for r in db.read("bench_sample_ids")}


def id_kind(q: registry.Query, p: registry.Param) -> str | None:
    """Which kind of entity a required id parameter names, from its help text or the query's name."""
    text = f"{p.help} {p.name}".lower().replace("post", "person")
    for kind in ID_KINDS:
        if kind in text:
            return kind
    for kind in ID_KINDS:
        if kind in q.name:
            return kind
    return None


def query_params(q: registry.Query, ids: dict[str, str]) -> dict[str, Any] | str:
    """Defaults, plus a real id for each required id parameter; a string says why it cannot run."""
    params: dict[str, Any] = {}
    for p in q.params:
        if not p.required:
            continue
        kind = id_kind(q, p) if (p.name == "id" or p.name.endswith("_id")) else None
        if kind is None or kind not in ids:
            return f"needs parameter '{p.name}', which the bench cannot fill"
        params[p.name] = ids[kind]
    return params


def run_read(db: Database, q: registry.Query, params: dict[str, Any], timeout: float) -> int:
    """One run in a read transaction with a server-side timeout; returns the row count."""
    try:
        rows, _ = db.run_readonly(q.body, q.bind(params), timeout=timeout, row_cap=10**9, byte_cap=10**12)
    except ReadOnlyViolation:
        rows = db.read(q, params)  # e.g. a procedure the console does not allow: run it as the app does
    return len(rows)


def time_query(db: Database, q: registry.Query, params: dict[str, Any], runs: int, timeout: float, budget: float) -> Timing:
    t = Timing()
    spent = 0.0
    for _ in range(runs):
        started = time.perf_counter()
        try:
            t.rows = run_read(db, q, params, timeout)
        except TirlunError as exc:
            t.error = exc.message
            break
        took = time.perf_counter() - started
        t.seconds.append(took)
        spent += took
        if spent > budget:
            break
    return t


def time_queries(db: Database, opts: Options, ui: UI) -> dict[str, Any]:
    ids = sample_ids(db)
    out: dict[str, Any] = {}
    queries = registry.registry().public()
    advance = ui.bar("Library queries", len(queries))
    for q in queries:
        if q.mode != "read":
            out[q.name] = {"skipped": f"{q.mode} query"}
        else:
            params = query_params(q, ids)
            if isinstance(params, str):
                out[q.name] = {"skipped": params}
            else:
                out[q.name] = {**time_query(db, q, params, opts.runs, opts.query_timeout, opts.query_budget).as_dict(),
                               **({"params": params} if params else {})}
        advance(1)
    ui.done()
    return out


# -- exponent ---------------------------------------------------------------------------------
def exponent(t_small: float, t_big: float, m_small: int, m_big: int) -> float | None:
    """Slope of log(time) against log(meetings) between two graphs."""
    if min(t_small, t_big) <= 0 or m_small <= 0 or m_big <= m_small:
        return None
    return round(math.log(t_big / t_small) / math.log(m_big / m_small), 3)


# -- app pages ----------------------------------------------------------------------------------
def app_as_of(db: Database, region: str | None = None) -> dt.date:
    """The date the app opens on: the one default the app and the CLI share (tirlun.answers.base)."""
    try:
        return default_as_of(db, region)
    except TirlunError:
        return dt.date.today()


def table_sizes(result: Any) -> dict[str, int]:
    """Rows each table of an answer holds: what the page pulled from the server."""
    sizes: dict[str, int] = {}
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        for f in dataclasses.fields(result):
            value = getattr(result, f.name)
            if isinstance(value, Table):
                sizes[f.name] = len(value.rows)
            elif isinstance(value, list):
                sizes[f.name] = len(value)
    return sizes


def page_params(q: registry.Query, as_of: dt.date, ids: dict[str, str]) -> dict[str, Any] | None:
    params: dict[str, Any] = {}
    names = {p.name for p in q.params}
    if "as_of" in names:
        params["as_of"] = as_of
    found = query_params(q, ids)
    if isinstance(found, str):
        return None
    return {**params, **found}


def time_network(db: Database, region: str | None, max_nodes: int = 300) -> dict[str, Any]:
    """The network page's picture (its answer, then the offline HTML), as bench.network_draw builds it."""
    from bench.network_draw import build_page

    started = time.perf_counter()
    info = build_page(db, region, max_nodes)[1]
    return {**info, "seconds": round(time.perf_counter() - started, 3)}


def time_app(db: Database, opts: Options, ui: UI, region: str | None = None) -> dict[str, Any]:
    """Each page's answer function, timed as the app calls it on first view (its queries and its arithmetic)."""
    as_of = app_as_of(db, region)
    ctx = Context(region=region, as_of=as_of)
    out: dict[str, Any] = {"_as_of": as_of.isoformat()}
    advance = ui.bar("App pages", len(ANSWERS) + 1)
    for page in ANSWERS:
        fn = ANSWERS[page]
        runs: list[float] = []
        rows: dict[str, int] = {}
        for _ in range(max(1, min(opts.runs, 3))):
            started = time.perf_counter()
            try:
                result = fn(db, ctx)
            except TirlunError as exc:
                out.setdefault("_errors", {})[page] = exc.message
                break
            runs.append(time.perf_counter() - started)
            rows = table_sizes(result)
        if runs:
            # first: the first view in this process (the findings kept with the graph are read, nothing is cached
            # here); seconds: the median of the views, as before
            out[page] = {"seconds": round(statistics.median(runs), 3), "first_s": round(runs[0], 3),
                         "rows": rows, "max_rows": max(rows.values(), default=0)}
        advance(1)
    try:
        out["network_picture"] = time_network(db, region)
    except TirlunError as exc:  # record it: the bench never stops at one page
        out["network_picture"] = {"error": exc.message}
    advance(1)
    ui.done()
    return out


def timed_recompute(db: Database, ui: UI) -> tuple[float, dict[str, Any]]:
    """Counting and keeping the pages' default findings for the graph just loaded (tirlun.answers.warm.findings)."""
    from tirlun.answers import warm

    ui.stage("Counting the findings kept with the graph")
    done = warm.findings(db)
    return done.seconds, {"seconds": done.seconds, "views": done.views, "by_view": done.by_view,
                          "load_average": _loadavg()}


# -- machine ------------------------------------------------------------------------------------
def machine(db: Database, settings: Settings) -> dict[str, Any]:
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    server = db.check()
    try:
        import neo4j

        driver = neo4j.__version__
    except Exception:  # pragma: no cover - the driver is a dependency
        driver = "?"
    import importlib.util

    rust = importlib.util.find_spec("neo4j._rust") is not None  # what neo4j-rust-ext installs
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "neo4j": f"{server.get('name', '?')} {server.get('version', '?')} {server.get('edition', '')}".strip(),
        "neo4j_uri": settings.uri,
        "local_server": settings.uses_local_server,
        "heap": settings.local.heap if settings.uses_local_server else None,
        "pagecache": settings.local.pagecache if settings.uses_local_server else None,
        "driver": driver,
        "neo4j_rust_ext": rust,
        "load_average_start": _loadavg(),
    }


def _loadavg() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024, 1)


# -- the whole run ---------------------------------------------------------------------------------
@contextmanager
def workdir(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="tirlun-bench-") as tmp:
        yield Path(tmp)


def run(db: Database, settings: Settings, opts: Options, ui: UI | None = None, *, wipe_ok: bool = False) -> dict[str, Any]:
    """Measure everything; the graph is wiped first and holds the scale-N landscape afterwards."""
    ui = ui or QuietUI()
    db.check()
    if not wipe_ok and not graph_is_empty(db):
        raise TirlunError(
            f"The graph at {settings.uri} is not empty, and the benchmark deletes everything in it.",
            "Run again with --yes to wipe it, or point NEO4J_URI at an empty database.",
        )
    started = dt.datetime.now().replace(microsecond=0)
    result: dict[str, Any] = {"machine": machine(db, settings)}
    meta: dict[str, Any] = {
        "scale": opts.scale, "seed": opts.seed, "as_of_generated": opts.as_of.isoformat(), "started": started.isoformat(),
        "command": f"python -m bench --scale {opts.scale:g} --seed {opts.seed} --runs {opts.runs} --yes",
    }
    with workdir(opts.workdir) as work:
        # 1. A smaller graph first, for the duplicate_meetings growth exponent.
        small: dict[str, Any] | None = None
        if "exponent" not in opts.skip:
            small_scale = opts.scale * opts.small_fraction
            ui.stage(f"Generating scale {small_scale:g} (for the duplicate_meetings exponent)")
            gen = generate(work / "small", scale=small_scale, seed=opts.seed, as_of=opts.as_of)
            wipe(db)
            load_path(db, gen.out, region=LOAD_REGION, batch_size=opts.batch_size)
            q = registry.get("duplicate_meetings")
            t = time_query(db, q, {}, opts.runs, opts.query_timeout, opts.query_budget)
            small = {"scale": small_scale, **counts(db), "duplicate_meetings": t.as_dict()}
        # 2. The landscape at scale N, through the real loader.
        ui.stage(f"Generating scale {opts.scale:g}")
        gen = generate(work / "main", scale=opts.scale, seed=opts.seed, as_of=opts.as_of)
        meta["generate_s"] = round(gen.seconds, 2)
        meta["tables"] = gen.counts
        ui.stage("Wiping the graph")
        wipe(db)
        load_info = timed_load(db, gen.out, opts.batch_size, ui)
        result["peak_rss_mb"] = peak_rss_mb()
        result["load"] = load_info["rows_per_second"]
        meta["load"] = load_info
        size = counts(db)
        meta["graph"] = size
        # 3. The findings kept with the graph (tirlun/answers/stored.py), counted for the new version as
        # `tirlun load` does after a load; then library queries and app pages on that graph.
        if "app" not in opts.skip:
            result["recompute_s"], meta["recompute"] = timed_recompute(db, ui)
        if "queries" not in opts.skip:
            result["queries"] = time_queries(db, opts, ui)
        if "app" not in opts.skip:
            # all of Wales: the view the app opens on for this landscape (its rows are the shared reference's owner,
            # 'wales', which the region picker does not list), and the one `tirlun load` prepares
            result["app"] = time_app(db, opts, ui, region=None)
        # 4. The exponent, from the two graphs.
        if small is not None:
            big_t = result.get("queries", {}).get("duplicate_meetings", {})
            if "median_s" not in big_t:
                big_t = time_query(db, registry.get("duplicate_meetings"), {}, opts.runs, opts.query_timeout,
                                   opts.query_budget).as_dict()
            small_t = small["duplicate_meetings"]
            value = None
            if "median_s" in big_t and "median_s" in small_t:
                value = exponent(small_t["median_s"], big_t["median_s"], small["meetings_in_window"], size["meetings_in_window"])
            result["duplicate_meetings_exponent"] = value
            meta["duplicate_meetings_exponent"] = {
                "how": "duplicate_meetings (default parameters, median of runs) on a freshly generated and loaded graph at "
                       f"scale {small['scale']:g} (same seed) and on the scale-{opts.scale:g} graph; slope of log(median "
                       "seconds) against log(meetings in its default 12-month window)",
                "small": small, "big": {"meetings": size["meetings"], "meetings_in_window": size["meetings_in_window"],
                                        "duplicate_meetings": big_t},
            }
        # 5. Attendance again: server-side LOAD CSV, then one transaction per row.
        total = gen.counts["attendance"]
        if "load_csv" not in opts.skip:
            folder = import_folder(settings, opts.import_dir)
            if folder is None:
                result["load_csv"] = None
                meta["load_csv"] = {"skipped": "not the local server: give --import-dir, the server's import folder"}
            else:
                info = timed_load_csv(db, gen.out, folder, total, ui)
                result["load_csv"] = info.get("rows_per_second")
                meta["load_csv"] = info
        if "naive" not in opts.skip:
            sample = naive_sample(gen.out, opts.naive_rows, total)
            info = timed_naive(db, sample, ui)
            result["load_naive"] = info["rows_per_second"]
            meta["load_naive"] = info
        after = counts(db)["attendance"]
        if after != total:
            meta["warning"] = f"{after} ATTENDED relationships after the rewrites, expected {total}"
    result["load_ratio"] = _ratio(result.get("load"), result.get("load_naive"))
    result["load_vs_load_csv"] = _ratio(result.get("load"), result.get("load_csv"))
    meta["finished"] = dt.datetime.now().replace(microsecond=0).isoformat()
    result["machine"]["load_average_end"] = _loadavg()
    meta["targets"] = targets(result, opts.scale, meta.get("load", {}).get("seconds"))
    ordered = {k: result.get(k) for k in ("load", "load_naive", "load_ratio", "load_csv", "load_vs_load_csv", "queries",
                                            "duplicate_meetings_exponent", "recompute_s", "app", "peak_rss_mb")}
    return {**ordered, "machine": result["machine"], "meta": meta}


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def targets(result: dict[str, Any], scale: float, load_seconds: float | None = None) -> dict[str, Any]:
    """Each target from the issue, the measured value and whether it is met (never asserted)."""
    out: dict[str, Any] = {}
    for key, (op, goal) in TARGETS.items():
        value = result.get(key)
        met = None if value is None else (value >= goal if op == ">=" else value <= goal)
        out[key] = {"target": f"{op} {goal:g}", "value": value, "met": met}
    limit = QUERY_TARGET_S.get(float(scale))
    if limit is not None and result.get("queries"):
        slow = {n: q["median_s"] for n, q in result["queries"].items() if q.get("median_s", 0) >= limit}
        failed = [n for n, q in result["queries"].items() if "error" in q]
        out["query_median"] = {"target": f"< {limit:g} s at scale {scale:g}", "slow": slow, "failed": failed,
                               "met": not slow and not failed}
    if float(scale) == 10.0 and load_seconds is not None:
        out["scale_10_load"] = {"target": f"< {SCALE_10_LOAD_TARGET_S:g} s", "value": load_seconds,
                                "met": load_seconds < SCALE_10_LOAD_TARGET_S}
    return out


# -- markdown ------------------------------------------------------------------------------------
def _fmt(v: Any, digits: int = 2) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        if math.isnan(v):
            return "error"
        return f"{v:,.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def markdown(result: dict[str, Any]) -> str:
    """The result as Markdown tables, for the terminal and docs/benchmarks.md."""
    meta, m = result.get("meta", {}), result.get("machine", {})
    load = meta.get("load", {})
    lines = [
        f"Scale {meta.get('scale', '?'):g}, seed {meta.get('seed')}: {m.get('nproc')} cores, {m.get('ram_gb')} GB RAM, "
        f"{m.get('neo4j')}, heap {m.get('heap') or '?'}, page cache {m.get('pagecache') or '?'}, driver {m.get('driver')}"
        f"{' + neo4j-rust-ext' if m.get('neo4j_rust_ext') else ''}; load average at start {m.get('load_average_start')}.",
        "",
        "| measure | value | target |",
        "|---|---:|---|",
        f"| load (rows/s, whole landscape, {load.get('rows', 0):,} rows in {load.get('seconds', 0)} s) | "
        f"{_fmt(result.get('load'), 0)} | |",
        f"| load_naive (rows/s, one transaction per row) | {_fmt(result.get('load_naive'), 0)} | |",
        f"| load_ratio | {_fmt(result.get('load_ratio'))} | ≥ 50 |",
        f"| load_csv (rows/s, LOAD CSV, 10,000-row transactions) | {_fmt(result.get('load_csv'), 0)} | |",
        f"| load_vs_load_csv | {_fmt(result.get('load_vs_load_csv'))} | ≥ 0.5 |",
        f"| duplicate_meetings_exponent | {_fmt(result.get('duplicate_meetings_exponent'))} | ≤ 1.2 |",
        f"| peak_rss_mb (loader process) | {_fmt(result.get('peak_rss_mb'), 0)} | |",
        f"| recompute_s (the findings kept with the graph, after the load) | {_fmt(result.get('recompute_s'))} | |",
    ]
    if load:
        lines += [
            "",
            f"Load phases: validate and plan {load.get('validate_and_plan_s')} s, write {load.get('write_s')} s, "
            f"commit and count {load.get('commit_and_count_s')} s (batch size {load.get('batch_size')}).",
        ]
    queries = result.get("queries") or {}
    if queries:
        lines += ["", "| query | median s | max s | runs | rows |", "|---|---:|---:|---:|---:|"]
        for name, q in queries.items():
            if "median_s" in q:
                lines.append(f"| {name} | {q['median_s']:.3f} | {q['max_s']:.3f} | {q['runs']} | {_fmt(q.get('rows'))} |")
            else:
                lines.append(f"| {name} | {q.get('skipped') or q.get('error')} | | | |")
    app = result.get("app") or {}
    if app:
        lines += ["", "| app page (its answer function) | first view, s | median, s | rows pulled (largest table) |",
                  "|---|---:|---:|---:|"]
        for page, p in app.items():
            if page.startswith("_") or page == "network_picture":
                continue
            lines.append(f"| {page} | {_fmt(p.get('first_s'), 3)} | {p['seconds']:.3f} | {p.get('max_rows', 0):,} |")
        for page, message in (app.get("_errors") or {}).items():
            lines.append(f"| {page} | error | | {message} |")
        net = app.get("network_picture", {})
        if "error" in net:
            lines.append(f"| network picture | error | | {net['error']} |")
        elif net:
            lines.append(f"| network picture at {net['max_nodes']} shapes (answer + HTML) | {net['seconds']:.3f} | | "
                         f"{net['total']:,} shapes → {net['nodes']} drawn ({net['view']}), {net['html_bytes']:,} bytes |")
    return "\n".join(lines)
