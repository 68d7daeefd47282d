"""`tirlun generate`: the synthetic all-Wales landscape (the benchmark that uses it is `python -m bench`).

Kept apart from tirlun/cli.py so the scale work can grow without touching the core
commands; `register(main)` adds it to the `tirlun` group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from tirlun.errors import TirlunError


def _consoles() -> tuple[Any, Any]:
    from tirlun.cli_common import err, out

    return out, err


class RichUI:
    """The bench's progress, drawn with rich on stderr so stdout stays the Markdown table."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def stage(self, text: str) -> None:
        self.done()
        self.progress.console.print(f"[dim]{dt.datetime.now():%H:%M:%S}[/dim] {text}")

    def bar(self, text: str, total: int | None) -> Callable[[int], None]:
        self.done()
        task = self.progress.add_task(text, total=total)
        self.task = task
        return lambda n: self.progress.advance(task, n)

    def done(self) -> None:
        if self.task is not None:
            self.progress.remove_task(self.task)
            self.task = None


def _progress(console: Any) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


def _as_of(value: str | None) -> dt.date:
    from tirlun.seed.synthetic import DEFAULT_AS_OF

    if value is None:
        return DEFAULT_AS_OF
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TirlunError(f"'{value}' is not a date.", "Write it as YYYY-MM-DD, e.g. --as-of 2026-11-01.") from None


def _scale(value: float) -> float:
    if value <= 0:
        raise TirlunError(f"--scale must be above 0, not {value:g}.", "Scale 1 is today's Wales; 0.1 is a small test graph.")
    return value


def register(main: click.Group) -> None:
    """Add `generate` and `bench` to the tirlun command group."""

    @main.command("generate")
    @click.argument("out_path", type=click.Path(file_okay=False))
    @click.option("--scale", default=1.0, show_default=True, type=float,
                  help="1 is about today's Wales; N multiplies sub-groups, posts and meetings (0.1 for quick tests).")
    @click.option("--seed", default=1, show_default=True, type=int, help="Same seed, same files, byte for byte.")
    @click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
                  help="Last day of the three years of meetings and the rows' as_of (default 2026-11-01).")
    def generate_cmd(out_path: str, scale: float, seed: int, as_of: str | None) -> None:
        """Write a synthetic all-Wales landscape as CSV files that `tirlun load` reads.

        Every row is illustrative (invented): real place and body names, invented
        sub-groups, posts, meetings, attendance and data flows.
        """
        from tirlun.seed.synthetic import generate

        out, err = _consoles()
        with _progress(err) as bar:
            task = bar.add_task("Writing meetings and attendance", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            try:
                report = generate(out_path, scale=_scale(scale), seed=seed, as_of=_as_of(as_of), progress=progress)
            except NotADirectoryError as exc:
                raise TirlunError(str(exc), "Give a folder name for the CSV files.") from None
        from tirlun.cli_common import rows_table

        out.print(f"Scale {scale:g}, seed {seed}: {sum(report.counts.values()):,} rows in {report.seconds:.1f} s.")
        out.print(rows_table([{"table": k, "rows": f"{v:,}"} for k, v in report.counts.items()]))
        out.print(f"Wrote {report.out}/. Load it (all of Wales is one load region, the nation):")
        out.print(f"  {report.load_command}")
