"""`tirlun answer PAGE`: what a page of the app shows, as JSON or a table, from the same answer function."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from tirlun.errors import TirlunError


def _choice_value(raw: str) -> Any:
    """A --choice value: numbers, true/false/null and a,b pairs as Python values, the rest as text."""
    text = raw.strip()
    low = text.lower()
    if low in ("null", "none", ""):
        return None
    if low in ("true", "false"):
        return low == "true"
    if "," in text:
        return tuple(p.strip() for p in text.split(",") if p.strip())
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _csv(result: Any, page: str, lang: str) -> None:
    """The answer's own ``table`` as CSV, headed in ``lang`` (regions by name); answers without one say so."""
    import csv
    import io

    from tirlun.answers.base import Table, csv_cell, speaking
    from tirlun.i18n import t

    table = getattr(result, "table", None)
    if not isinstance(table, Table):
        raise TirlunError(f"The {page} answer has no single table to write as CSV.", "Use --format json or table.")
    names = {getattr(r, "id", ""): getattr(r, "name", "") for r in getattr(result, "regions", [])}
    with speaking(lang):
        head = [t(f"{page}.col.{c}") if c == "indicator" else names.get(c, c) for c in table.columns]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(head)
    writer.writerows([csv_cell(row.get(c)) for c in table.columns] for row in table.rows)
    click.echo(buf.getvalue(), nl=False)


def register(main: click.Group) -> None:
    from tirlun.answers import ANSWERS

    @main.command("answer")
    @click.argument("page", type=click.Choice(list(ANSWERS)))
    @click.option("--region", default=None, help="Region id (e.g. ctm); default: every region.")
    @click.option("--as-of", "as_of", default=None, help="Date YYYY-MM-DD; default: the data's last meeting day, or today.")
    @click.option("--lang", type=click.Choice(["en", "cy"]), default="en", help="Language of names and sentences.")
    @click.option("--workshop", is_flag=True, help="Posts instead of any names, as workshop mode shows them.")
    @click.option("--choice", "choices", multiple=True, metavar="KEY=VALUE",
                  help="A page choice, e.g. --choice by=people --choice min_shared=3; repeat for more.")
    @click.option("--format", "fmt", type=click.Choice(["json", "table", "csv"]), default="json",
                  help="csv: the answer's table (compare: one row per indicator, one column per region).")
    def answer_cmd(page: str, region: str | None, as_of: str | None, lang: str, workshop: bool,
                   choices: tuple[str, ...], fmt: str) -> None:
        """Print what a page of the app shows (its answer), e.g. `tirlun answer overview --region ctm`."""
        from tirlun.answers.base import context_for
        from tirlun.answers.jsonable import jsonable
        from tirlun.cli_common import open_db, out, rows_table

        kwargs: dict[str, Any] = {}
        for c in choices:
            if "=" not in c:
                raise TirlunError(f"'{c}' is not KEY=VALUE.", f"Write it as --choice {c}=VALUE.")
            k, v = c.split("=", 1)
            kwargs[k.strip()] = _choice_value(v)
        try:
            day = dt.date.fromisoformat(as_of) if as_of else None
        except ValueError:
            raise TirlunError(f"--as-of '{as_of}' is not a date.", "Write it as YYYY-MM-DD, e.g. --as-of 2025-09-15.") from None
        db = open_db()
        try:
            ctx = context_for(db, region, day, lang=lang, workshop=workshop)
            try:
                result = ANSWERS[page](db, ctx, **kwargs)
            except TypeError as exc:
                raise TirlunError(f"The {page} answer does not take those choices ({exc}).",
                                  f"See `tirlun answer {page} --help` and the page's own controls.") from None
        finally:
            db.close()
        if fmt == "csv":
            _csv(result, page, lang)
            return
        data = jsonable(result)
        if fmt == "json":
            click.echo(json.dumps({"page": page, "context": jsonable(ctx), "answer": data}, ensure_ascii=False, indent=1))
            return
        for key, value in data.items():
            if isinstance(value, dict) and "rows" in value and isinstance(value["rows"], list):
                title = f"{key}: {value['shown']} of {value['total']}"
                out.print(rows_table(value["rows"], title=title) if value["rows"] else f"{title}. {value.get('empty_reason') or ''}")
            elif not isinstance(value, (dict, list)):
                out.print(f"[bold]{key}[/bold]: {value}")

    @main.command("brokers")
    @click.option("--region", default=None, help="Region id (e.g. ctm); default: every region.")
    @click.option("--as-of", "as_of", default=None, help="Date YYYY-MM-DD; default: the data's last meeting day, or today.")
    @click.option("--limit", default=25, show_default=True, help="Most entities printed (the metrics use the whole network).")
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
    def brokers_cmd(region: str | None, as_of: str | None, limit: int, fmt: str) -> None:
        """Who holds the network together: the brokers query plus articulation points and betweenness (networkx).

        An articulation point is an organisation or post whose removal would split the
        partnerships it links into groups with no member or post in common.
        """
        from tirlun.analysis import brokers
        from tirlun.answers.base import csv_cell, default_as_of
        from tirlun.cli_common import open_db, out, rows_table

        db = open_db()
        try:
            day = dt.date.fromisoformat(as_of) if as_of else default_as_of(db, region)
            frame = brokers(db, region=region, as_of=day, limit=limit)
        except ValueError:
            raise TirlunError(f"--as-of '{as_of}' is not a date.", "Write it as YYYY-MM-DD, e.g. --as-of 2025-09-15.") from None
        finally:
            db.close()
        rows: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, default=str))
        elif fmt == "csv":
            click.echo(frame.map(csv_cell).to_csv(index=False), nl=False)
        else:
            out.print(rows_table(rows, title=f"Brokers, as of {day.isoformat()} ({len(rows)} rows)"))

