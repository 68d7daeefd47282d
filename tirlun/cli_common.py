"""What every `tirlun` command module shares: the consoles, the error-to-message group, tables, the database.

The command modules (cli.py, cli_answer.py, cli_app.py, cli_scale.py) import this, never each other,
so the shell has no import cycle.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from tirlun.errors import TirlunError, ValidationFailed
from tirlun.i18n import EN, translator

out = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200, highlight=False)


class TirlunGroup(click.Group):
    """Turns any TirlunError into a short message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationFailed as exc:
            print_problems(exc.problems)
            err.print(f"[red]Error:[/red] {exc.message} {exc.hint}")
            ctx.exit(1)
        except TirlunError as exc:  # the message's own brackets ([auth]) are text, not rich markup
            tr = translator(ctx.meta.get(LANG_KEY))  # a command run with --lang cy reads its errors in Welsh
            err.print(f"[red]{escape(tr('cli.error'))}:[/red] {escape(exc.say(tr, with_hint=False))}")
            hint = exc.say_hint(tr)
            if hint:
                err.print(f"  {escape(hint)}")
            ctx.exit(1)


LANG_KEY = "tirlun.lang"


def speak(lang: str) -> None:
    """Say the running command's language, so an error it raises is worded in it (``TirlunGroup``)."""
    click.get_current_context().meta[LANG_KEY] = lang


def print_problems(problems: list[Any]) -> None:
    t = RichTable(box=box.SIMPLE_HEAD, title="Problems / Problemau", title_justify="left")
    for col in ("file", "row", "column", "value", "message"):
        t.add_column(col, overflow="fold")
    for p in problems:
        t.add_row(p.where, "" if p.row is None else str(p.row), p.column, p.value, p.say(EN))  # the CLI reads English
    err.print(t)


def rows_table(rows: list[dict[str, Any]], title: str | None = None) -> RichTable:
    t = RichTable(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    cols = list(rows[0]) if rows else []
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[_cell(r.get(c)) for c in cols])
    return t


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".")
    return str(v)


def open_db() -> Any:
    from tirlun.config import load_settings
    from tirlun.database import Database

    db = Database.connect(load_settings())
    db.check()
    settle_unfinished_loads(db)
    return db


def settle_unfinished_loads(db: Any) -> None:
    """A load whose process or server crashed is undone (or kept, if it committed) before any command: say which."""
    from tirlun.loader.journal import describe, recover, running

    for settled in recover(db):
        err.print(f"[yellow]Note:[/yellow] {settled.say(EN)}")
    for load in running(db):  # a load still being written: what this command reads may not hold it yet
        err.print(f"[yellow]Note:[/yellow] a load of region '{describe(load)['region']}' (started "
                  f"{describe(load)['started']} by {describe(load)['by']}) is still running; what this command reads "
                  "does not include it until it commits.")
