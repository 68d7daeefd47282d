"""The `tirlun` command line. Every error says what happened and how to fix it."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from tirlun import NEO4J_VERSION, __version__
from tirlun.cli_common import TirlunGroup, _cell, err, open_db, out, rows_table
from tirlun.errors import TirlunError, ValidationFailed
from tirlun.i18n import EN


@click.group(cls=TirlunGroup)
@click.version_option(__version__, prog_name="tirlun")
def main() -> None:
    """Tirlun: explore the partnership landscape of Welsh public services."""
    # The driver logs server notifications as warnings; with no handler Python prints them on stderr.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())


# -- neo4j ---------------------------------------------------------------------------
@main.group()
def neo4j() -> None:
    """Run a real local Neo4j Community server (no Docker needed)."""


def _server(home: str | None, port: int | None) -> Any:
    from tirlun.config import local_settings
    from tirlun.neo4j_local.server import LocalServer

    return LocalServer(local_settings(home, port))


home_opt = click.option("--home", type=click.Path(file_okay=False), help="Folder for data, logs and pid (env TIRLUN_HOME).")
port_opt = click.option("--port", type=int, help="Bolt port (env TIRLUN_NEO4J_PORT, default 7687).")


@neo4j.command("start")
@home_opt
@port_opt
def neo4j_start(home: str | None, port: int | None) -> None:
    """Fetch Neo4j on first use, start it and wait until it answers."""
    from rich.progress import BarColumn, Progress, TextColumn

    server = _server(home, port)
    if not server.is_fetched():
        err.print(f"Fetching Neo4j Community {NEO4J_VERSION} from Maven Central (first use only, about 125 MB)...")
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} jars"),
                  console=err, transient=True) as bar:
        task = bar.add_task("Fetching", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        status = server.start(progress=progress)
    out.print(f"Neo4j {NEO4J_VERSION} is running at {status.uri} (pid {status.pid}).")
    out.print(f"Data, logs and password: {status.home}")


@neo4j.command("stop")
@home_opt
@port_opt
def neo4j_stop(home: str | None, port: int | None) -> None:
    """Stop the local server."""
    server = _server(home, port)
    if server.stop():
        out.print("Neo4j stopped.")
    else:
        out.print("Neo4j was not running.")


@neo4j.command("status")
@home_opt
@port_opt
def neo4j_status(home: str | None, port: int | None) -> None:
    """Say whether the local server runs, where, and where its files are."""
    server = _server(home, port)
    s = server.status()
    if s.running:
        out.print(f"running at {s.uri} (pid {s.pid}){' - ' + s.note if s.note else ''}")
    else:
        out.print("not running. Start it with `tirlun neo4j start`.")
    out.print(f"folder: {s.home}")
    out.print(f"jars: {server.lib} ({'fetched' if server.is_fetched() else 'not fetched yet'})")


# -- data ----------------------------------------------------------------------------
@main.command()
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def validate(path: str, fmt: str) -> None:
    """Check a CSV folder or .xlsx workbook; print every problem. Writes nothing."""
    from tirlun.loader.validate import validate_path

    data, problems = validate_path(path)
    for note in data.notes:  # cells read forgivingly (a name for an id): said, so the user can check them
        err.print(f"note: {note.where} row {note.row} {note.column} '{note.value}': {note.say(EN)}")
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=1))
        sys.exit(1 if problems else 0)
    if problems:
        raise ValidationFailed(problems)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in data.tables.items())
    out.print(f"OK: {data.count()} rows, no problems ({counts}).")


@main.command()
@click.argument("path", type=click.Path())
@click.option("--region", help="Region id the data is for (default: the one region the file allows; else it lists them).")
@click.option("--add-only", is_flag=True,
              help="Only add and change rows: keep the region's rows the file leaves out. By default a file is its "
                   "region's whole truth, and they are removed.")
@click.option("--replace", is_flag=True, hidden=True)  # the old way to ask for what is now the default
@click.option("--dry-run", is_flag=True, help="Validate and show what would change in the graph, table by table; write nothing.")
@click.option("--batch-size", default=5000, show_default=True, help="Rows per UNWIND batch.")
@click.option("--single-tx-limit", type=int, default=None,
              help="Above this many rows (default 300,000), load batch by batch (into an empty region; undone on failure).")
@click.option("--by", help="Who loads, for the load history (default: your user name).")
@click.option("--prepare/--no-prepare", default=True, show_default=True,
              help="After the load, count the findings the pages open on (overlap, duplicate meetings, silos) and keep "
                   "them with the graph, so the first page view reads them. Without it the first view counts them.")
def load(path: str, region: str | None, add_only: bool, replace: bool, dry_run: bool, batch_size: int,
         single_tx_limit: int | None, by: str | None, prepare: bool) -> None:
    """Validate, show what changes, then load into Neo4j in one transaction (all or nothing)."""
    from tirlun.loader.writes import check_path

    db = open_db()
    checked = check_path(db, path, region=region, add_only=add_only and not replace)
    print_checked(checked, written=not dry_run)
    if not dry_run:
        write_checked(db, checked, by=by, batch_size=batch_size, single_tx_limit=single_tx_limit)
        if prepare:
            prepare_findings(db)
    db.close()


def prepare_findings(db: Any) -> None:
    """Count and keep the pages' default findings for the new graph version (tirlun/answers/warm.py), with progress.

    The load has committed by now: a failure here is reported, never undone, and the pages count what is missing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tirlun.answers import warm

    try:
        with Progress(TextColumn("Preparing the pages' findings"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("prepare", total=None)
            done = warm.findings(db, lambda n, of: bar.update(task, completed=n, total=of))
    except TirlunError as exc:
        err.print(f"[yellow]Note:[/yellow] the load is in, but the pages' findings were not prepared: {exc.message} "
                  "Each page counts its own when first opened.")
        return
    err.print(f"Prepared the findings of {done.views} page views in {done.seconds:.1f} s.")


def write_checked(db: Any, checked: Any, *, by: str | None = None, batch_size: int = 5000,
                  single_tx_limit: int | None = None) -> Any:
    """Apply a checked file with a progress bar, then say what the load did."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tirlun.loader.load import SINGLE_TX_LIMIT
    from tirlun.loader.writes import apply

    with Progress(TextColumn("Loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("load", total=None)
        report = apply(db, checked, by=by, batch_size=batch_size, single_tx_limit=single_tx_limit or SINGLE_TX_LIMIT,
                       on_plan=lambda n: bar.update(task, total=n), progress=lambda n: bar.advance(task, n))
    print_load_notes(report)
    removed = sum(len(v) for v in report.removed.values())
    out.print(f"Loaded {report.rows} rows for {_owner_words(report.region)} in {report.seconds:.1f} s"
              f"{f'; {removed} rows the file no longer has were removed' if removed else ''}.")
    out.print(rows_table([{"label": k, "nodes": v} for k, v in report.labels.items()]))
    out.print(rows_table([{"relationship": k, "count": v} for k, v in report.relationships.items()]))
    return report


def _owner_words(owner: str) -> str:
    return "the shared Wales reference" if owner == "wales" else f"region '{owner}'"


def print_load_notes(report: Any) -> None:
    """What a load must say besides its counts: crashed loads it settled first, a commit whose reply was lost,
    sourced facts it replaced with illustrative rows, changes to other owners' rows it did not make."""
    for line in [*report.recovered, *([report.note] if report.note else [])]:
        err.print(f"[yellow]Note:[/yellow] {EN.say(line)}")
    for line in report.warnings[:20]:
        err.print(f"[yellow]Warning:[/yellow] {EN.say(line)}")
    if len(report.warnings) > 20:
        err.print(f"[yellow]Warning:[/yellow] ... and {len(report.warnings) - 20} more sourced facts replaced by "
                  "illustrative rows (the load history keeps the first 100: `tirlun history --format json`).")
    if report.proposals:
        err.print(f"[yellow]Not applied:[/yellow] {len(report.proposals)} rows of other owners differ from the file "
                  "(listed by `--dry-run`); their owners apply them.")


def print_checked(checked: Any, written: bool = False) -> None:
    """What a checked file would change (or, with ``written``, is about to change); problems end the command."""
    for note in checked.notes:
        err.print(f"note: {note.where} row {note.row} {note.column} '{note.value}': {note.say(EN)}")
    if checked.problems:
        raise ValidationFailed(checked.problems)
    changes = checked.changes
    who = _owner_words(checked.region)
    if changes is None or changes.empty:
        out.print(f"Loading would change nothing in {who}." if not written else f"Nothing changes in {who}.")
        return
    if changes.references:
        out.print("Repeated unchanged from their owners (references, not written): "
                  + ", ".join(f"{k} {v}" for k, v in changes.references.items()) + ".")
    if written:
        out.print(f"{who[0].upper()}{who[1:]}: loading changes:")
    else:
        out.print(f"{who[0].upper()}{who[1:]}: nothing written yet. Loading would change:")
    out.print(rows_table(changes.counts()))
    mine = [c.as_dict() for c in changes.rows if c.kind != "proposed"]
    if mine and not written:
        out.print(rows_table([{k: v for k, v in c.items() if k != "owner"} for c in mine]))
    proposed = changes.proposed
    if proposed:
        out.print(f"Proposed changes to rows other owners hold ({len(proposed)}): not applied by this load. "
                  "The reference's rows change with `tirlun reference load`; a region's with that region's own file.")
        out.print(rows_table([{"table": p.table, "key": p.key, "owner": p.owner, "row": p.row,
                               "detail": p.as_dict()["detail"]} for p in proposed]))


@main.command()
@click.argument("out_path", type=click.Path())
@click.option("--region", required=True, help="Region id to export (as loaded with tirlun load --region).")
def export(out_path: str, region: str) -> None:
    """Write a region's landscape in the input format: OUT.xlsx (with the help sheet) or a CSV folder."""
    from tirlun.loader.export import export_region

    db = open_db()
    _files, counts = export_region(db, region, out_path)
    db.close()
    out.print(f"Exported region '{region}': {sum(counts.values())} rows to {out_path} "
              f"({', '.join(f'{k} {v}' for k, v in counts.items())}).")


@main.command("import-calendar")
@click.argument("ics", type=click.Path(exists=True, dir_okay=False))
@click.option("--partnership", required=True, help="Partnership id whose meetings the calendar holds.")
@click.option("--until", "until", default=None, help="Expand repeating events up to this date (default: a year after the last one starts).")
@click.option("--posts", "posts_file", type=click.Path(exists=True, dir_okay=False),
              help="CSV of person_id,email to match attendees to posts (addresses are hashed on reading, never kept).")
@click.option("--yes", is_flag=True, help="Load without asking after showing the changes.")
def import_calendar(ics: str, partnership: str, until: str | None, posts_file: str | None, yes: bool) -> None:
    """Meetings (and attendance) from an iCalendar file for one partnership: shows the changes, then loads on confirmation."""
    import datetime as dt

    from tirlun.loader.calendar import calendar_input
    from tirlun.loader.writes import apply, check_data

    db = open_db()
    data, result = calendar_input(db, Path(ics), partnership, until=dt.date.fromisoformat(until) if until else None,
                                  posts_file=Path(posts_file) if posts_file else None)
    out.print(f"{len(result.meetings)} meetings, {len(result.attendance)} attendance rows, "
              f"{result.skipped_cancelled} cancelled events skipped.")
    if result.unmatched:
        out.print(f"Attendees matched to no post ({len(result.unmatched)}): map them by adding their e-mail hash to "
                  "people.email_hash: " + ", ".join(EN.say(u) for u in result.unmatched))
    checked = check_data(db, data, result.region, add_only=True)
    print_checked(checked)
    if yes or click.confirm("Load these meetings?", default=False):
        report = apply(db, checked)
        out.print(f"Loaded {report.rows} rows for region '{report.region}'.")
    db.close()


@main.command()
@click.argument("out_path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "csv", "xlsx"]), default="auto",
              help="csv folder or xlsx workbook (auto: by the name's ending).")
def template(out_path: str, fmt: str) -> None:
    """Write empty templates with headers, an example row and a bilingual help sheet."""
    from tirlun.loader.template import write_csv_templates, write_workbook

    path = Path(out_path)
    if fmt == "xlsx" or (fmt == "auto" and path.suffix.lower() == ".xlsx"):
        write_workbook(path)
        out.print(f"Wrote workbook {path}")
    else:
        files = write_csv_templates(path)
        out.print(f"Wrote {len(files)} files to {path}/")


@main.command("format-doc")
def format_doc() -> None:
    """Print the data format documentation (Markdown), generated from the models."""
    from tirlun.loader.template import format_markdown

    click.echo(format_markdown())


@main.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--by", help="Who empties it, for the load history (default: your user name).")
def reset(yes: bool, by: str | None) -> None:
    """Delete every region's data and the reference in the configured database; the load history stays and records it."""
    from tirlun.loader.writes import empty

    if not yes:
        click.confirm("Delete every region's data (the load history stays)?", abort=True)
    db = open_db()
    empty(db, by)
    db.close()
    out.print("The graph is empty; `tirlun history` records who emptied it.")


@main.group()
def reference() -> None:
    """The shared Wales reference: areas, councils, health boards, police, fire, laws, themes, national bodies."""


@reference.command("check")
@click.argument("path", type=click.Path(), required=False)
def reference_check(path: str | None) -> None:
    """Show what loading the reference (Tirlun's own, or PATH) would change; write nothing."""
    from tirlun.loader.writes import check_reference

    db = open_db()
    print_checked(check_reference(db, path))
    db.close()


@reference.command("load")
@click.argument("path", type=click.Path(), required=False)
@click.option("--yes", is_flag=True, help="Load without asking after showing the changes.")
@click.option("--by", help="Who updates it, for the load history (default: your user name).")
def reference_load(path: str | None, yes: bool, by: str | None) -> None:
    """Update the shared reference from Tirlun's own (or PATH): shows the changes, then loads on confirmation."""
    from tirlun.loader.writes import check_reference

    db = open_db()
    checked = check_reference(db, path)
    print_checked(checked)
    if checked.changes is not None and checked.changes.writes and (
            yes or click.confirm("Update the shared reference?", default=False)):
        write_checked(db, checked, by=by)
        prepare_findings(db)
    db.close()


@main.command()
@click.option("--limit", default=20, show_default=True, help="Most loads to show, newest first.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def history(limit: int, fmt: str) -> None:
    """Every load recorded in the graph: who, when, region, outcome, file hash, rows per table."""
    db = open_db()  # settles (and reports) any unfinished load first
    rows = db.read("load_history", {"limit": limit})
    db.close()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, default=str))
        return
    if not rows:
        out.print("No loads are recorded in this graph.")
        return
    shown = [{
        "started": r["started"][:19].replace("T", " "), "by": r["by"], "region": r["region"],
        "outcome": r["outcome"] + (" (settled later)" if r["recovered"] else ""), "rows": r["rows"],
        "tables": r["tables"], "file sha256": (r["file_hash"] or "")[:12], "error": r["error"] or "",
        "warnings": len(r["warnings"]),
    } for r in rows]
    out.print(rows_table(shown, title=f"Loads ({len(rows)} of {rows[0]['total']}, newest first)"))


# -- queries -------------------------------------------------------------------------
@main.group()
def query() -> None:
    """The analysis library: list, show and run named Cypher queries."""


@query.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--all", "show_all", is_flag=True,
              help="Also the app's own queries (queries/_internal, queries/_bench, app_*, writes).")
def query_list(fmt: str, show_all: bool) -> None:
    """List the analysis library's queries (--all adds the app's own)."""
    from tirlun import registry

    # The library is what an analyst runs with `tirlun query run`: read queries outside the app's folders
    # (queries/_internal, queries/_bench) that are not one of the app's own lookups (app_*).
    every = registry.registry()
    queries = (sorted(every.queries.values(), key=lambda q: (q.topic, q.name)) if show_all
               else [q for q in every.public() if not q.name.startswith("app_")])
    if fmt == "json":
        click.echo(json.dumps([q.as_dict() for q in queries], ensure_ascii=False, indent=1))
        return
    rows = [{"name": q.name, "topic": q.topic, **({"mode": q.mode} if show_all else {}), "title": q.title}
            for q in queries]
    out.print(rows_table(rows, title=f"{len(rows)} queries" + ("" if show_all else " (--all adds the app's own)")))


@query.command("show")
@click.argument("name")
def query_show(name: str) -> None:
    """Print a query's file: header and Cypher."""
    from tirlun import registry

    click.echo(registry.get(name).path.read_text(encoding="utf-8"))


@query.command("run")
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter; repeat for more.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
def query_run(name: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a library query in a read transaction."""
    from tirlun import registry

    q = registry.get(name)
    values: dict[str, str] = {}
    for p in params:
        if "=" not in p:
            raise TirlunError(f"'{p}' is not KEY=VALUE.", f"Write it as --param {p}=VALUE.")
        k, v = p.split("=", 1)
        values[k.strip()] = v
    q.bind(values)  # check parameters before connecting
    db = open_db()
    given = dict(values)
    if "as_of" in {p.name for p in q.params} and not values.get("as_of"):
        # One default with the app: the data's own date, never a day after the last meeting.
        from tirlun.answers.base import default_as_of

        values["as_of"] = default_as_of(db, values.get("region") or None).isoformat()
    rows = db.read(q, values)
    columns = list(rows[0]) if rows else db.columns(q)
    db.close()
    if not rows:
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        err.print(f"No rows: '{q.name}' found nothing for {shown or 'its defaults'}.")
        if "as_of" in values and "as_of" not in given:
            err.print(f"  as_of defaulted to {values['as_of']}, the date of the data's last meeting (or today).")
        err.print("  Try another region or date, or loosen a threshold (`tirlun query show "
                  f"{q.name}` lists its parameters).")
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, default=str))
    elif fmt == "csv":
        import csv
        import io

        from tirlun.answers.base import csv_cell

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:  # lists as "a; b", like the table; text a spreadsheet would run is made inert
            writer.writerow([v if isinstance(v := r.get(c), int | float) and not isinstance(v, bool)  # -1 is no formula
                             else csv_cell(_cell(v)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
    else:
        out.print(rows_table(rows, title=f"{q.title} ({len(rows)} rows)"))


def _register_extensions() -> None:
    """The app (demo, app, pack) and scale (generate, bench) commands live in their own modules."""
    from tirlun import cli_answer, cli_app, cli_scale

    cli_answer.register(main)
    cli_app.register(main)
    cli_scale.register(main)


_register_extensions()


def entry() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()


if __name__ == "__main__":
    entry()
