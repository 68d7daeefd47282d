"""The order of the steps, and writing the CSV input folder that `tirlun load` reads."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from tirlun.loader.models import TABLES
from tirlun.seed.synthetic.boards import boards
from tirlun.seed.synthetic.datasets import assessments, datasets
from tirlun.seed.synthetic.meetings import Progress, write_meetings
from tirlun.seed.synthetic.model import World
from tirlun.seed.synthetic.organisations import areas_themes_legislation, organisations
from tirlun.seed.synthetic.partnerships import partnerships
from tirlun.seed.synthetic.reference import NATION
from tirlun.seed.synthetic.tables import table_writer, write_table

DEFAULT_AS_OF = dt.date(2026, 11, 1)
LOAD_REGION = NATION  # all of Wales is one load region
STREAMED = ("meetings", "attendance")
COLUMNS = {t.name: t.columns for t in TABLES}


@dataclass
class GenerateReport:
    out: Path
    scale: float
    seed: int
    as_of: dt.date
    counts: dict[str, int]
    seconds: float

    @property
    def load_command(self) -> str:
        return f"tirlun load {self.out} --region {LOAD_REGION}"


def build(w: World) -> None:
    """Everything but meetings, in the one fixed order the random stream depends on."""
    areas_themes_legislation(w)
    organisations(w)
    boards(w)
    partnerships(w)
    datasets(w)
    assessments(w)


def write(w: World, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write the built tables, then stream meetings and attendance; returns rows per table in model order."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        if table.name not in STREAMED:
            write_table(out / f"{table.name}.csv", table.columns, w.rows[table.name])
            counts[table.name] = len(w.rows[table.name])
    with table_writer(out / "meetings.csv", COLUMNS["meetings"]) as mw, \
            table_writer(out / "attendance.csv", COLUMNS["attendance"]) as aw:
        counts["meetings"], counts["attendance"] = write_meetings(w, mw, aw, progress)
    return {t.name: counts[t.name] for t in TABLES}


def generate(
    out: str | Path,
    *,
    scale: float = 1.0,
    seed: int = 1,
    as_of: dt.date = DEFAULT_AS_OF,
    progress: Progress | None = None,
) -> GenerateReport:
    """Write the synthetic landscape as a CSV input folder loadable by `tirlun load`.

    ``progress(done, total)`` counts partnerships whose meetings have been written.
    """
    started = time.perf_counter()
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"{path} is a file; give a folder for the CSV files")
    w = World(scale, seed, as_of)
    build(w)
    counts = write(w, path, progress)
    return GenerateReport(path, scale, seed, as_of, counts, time.perf_counter() - started)
