"""`python -m bench [--scale N] [--out FILE.json] --yes`: measure loading, queries and app pages on the synthetic all-Wales landscape.

A development tool, not part of the installed `tirlun` command: the bench wipes the graph it
is pointed at, and it reads the checkout's own files (see docs/benchmarks.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from bench.run import Options, markdown, run
from tirlun.cli_scale import RichUI, _consoles, _progress, _scale
from tirlun.config import load_settings
from tirlun.database import Database
from tirlun.errors import TirlunError


class BenchCommand(click.Command):
    """A TirlunError is a message and exit code 1, never a traceback (as in `tirlun`)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TirlunError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


@click.command("bench", cls=BenchCommand)
@click.option("--scale", default=1.0, show_default=True, type=float, help="Size of the generated landscape.")
@click.option("--seed", default=1, show_default=True, type=int)
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="Write the result as JSON here.")
@click.option("--yes", is_flag=True, help="Wipe the graph even if it holds data (the bench always wipes it).")
@click.option("--runs", default=5, show_default=True, help="Runs per library query (median and max are reported).")
@click.option("--naive-rows", default=2000, show_default=True, help="Attendance rows written one transaction each.")
@click.option("--small-fraction", default=0.25, show_default=True,
              help="Scale of the second graph for the duplicate_meetings exponent, as a fraction of --scale.")
@click.option("--batch-size", default=5000, show_default=True, help="Loader batch size.")
@click.option("--import-dir", type=click.Path(file_okay=False),
              help="The server's import folder, for LOAD CSV on a server that is not the local one.")
@click.option("--workdir", type=click.Path(file_okay=False), help="Keep the generated CSV here (default: a temporary folder).")
@click.option("--skip", multiple=True, type=click.Choice(["exponent", "queries", "app", "load_csv", "naive"]),
              help="Leave out a part; repeat for more.")
def bench_cmd(scale: float, seed: int, out_file: str | None, yes: bool, runs: int, naive_rows: int,
              small_fraction: float, batch_size: int, import_dir: str | None, workdir: str | None,
              skip: tuple[str, ...]) -> None:
    """Measure loading, queries and app pages on the synthetic landscape.

    WARNING: it deletes everything in the configured Neo4j (NEO4J_URI, or the local
    server) first, and refuses unless the graph is empty or --yes is given. It leaves
    the scale-N landscape loaded. Prints Markdown tables; --out writes the JSON.
    """
    _out, err = _consoles()
    settings = load_settings()
    opts = Options(scale=_scale(scale), seed=seed, runs=runs, naive_rows=naive_rows, small_fraction=small_fraction,
                   batch_size=batch_size, import_dir=Path(import_dir) if import_dir else None,
                   workdir=Path(workdir) if workdir else None, skip=skip)
    db = Database.connect(settings)
    try:
        err.print(f"Benchmarking scale {scale:g} against {settings.uri}: the graph there will be wiped.")
        with _progress(err) as bar:
            result = run(db, settings, opts, RichUI(bar), wipe_ok=yes)
    finally:
        db.close()
    if out_file:
        Path(out_file).write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        err.print(f"Wrote {out_file}")
    click.echo(markdown(result))


if __name__ == "__main__":
    bench_cmd()
