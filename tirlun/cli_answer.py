"""`tirlun answer PAGE`: what a page of the app shows, as JSON or a table, from the same answer function."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

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

    from tirlun.answers.base import Table, csv_cell
    from tirlun.i18n import translator

    table = getattr(result, "table", None)
    if not isinstance(table, Table):
        raise TirlunError(f"The {page} answer has no single table to write as CSV.", "Use --format json or table.")
    names = {getattr(r, "id", ""): getattr(r, "name", "") for r in getattr(result, "regions", [])}
    tr = translator(lang)
    head = [tr(f"{page}.col.{c}") if c == "indicator" else names.get(c, c) for c in table.columns]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(head)
    writer.writerows([csv_cell(row.get(c)) for c in table.columns] for row in table.rows)
    click.echo(buf.getvalue(), nl=False)


# -- `answer --format table`: what a person reads in a terminal -------------------------------------
# An answer's tables carry every column a page or a download might want (ids, both languages, the rows
# behind a chart): 18 of them squeezed into a terminal are unreadable. So each table is shown with the
# few columns that matter, by its place in the answer (page:key, JSON keys joined by '.'), with a
# header; names wrap at spaces, numbers are rounded. With --lang cy a column's Welsh twin (NAME_cy beside
# NAME, or beside NAME_en) is shown in its place. A table not listed here is printed record by record.
Columns = tuple[tuple[str, str], ...]
# A column named "X/Y" shows "X / Y": what each finding rests on, sourced rows of all its rows (issue 20, item 2).
_PAIRS: Columns = (("a_name", "partnership A"), ("b_name", "partnership B"), ("shared", "shared"),
                   ("a_size", "A has"), ("b_size", "B has"), ("score", "score"), ("jaccard", "Jaccard"),
                   ("evidence_sourced/evidence_total", "sourced/rows"))
_DUPLICATES: Columns = (("a_partnership_name", "partnership A"), ("a_start", "meets"),
                        ("b_partnership_name", "partnership B"), ("b_start", "meets"),
                        ("shared_attendees", "both"), ("hours_saved", "hours saved"),
                        ("evidence_sourced/evidence_rows", "sourced/rows"))
_SILO_FINDINGS: Columns = (("kind_label", "finding"), ("about", "about"), ("other", "with"), ("reason", "why"),
                           ("sourced/rows", "sourced/rows"))
_BURDEN: Columns = (("meetings", "meetings"), ("hours", "person-hours"), ("partnerships", "partnerships"))
TABLE_COLUMNS: dict[str, Columns] = {
    "overview:top_overlaps": _PAIRS,
    "overview:duplicates": _DUPLICATES,
    "overview:silos": _SILO_FINDINGS,
    "overview:stale.partnerships": (("name", "partnership"), ("last_updated", "last updated"), ("age_days", "days old")),
    "overlap:pairs": _PAIRS,
    "overlap:partnerships": (("id", "id"), ("label", "partnership"), ("level", "level"), ("members", "members")),
    "meetings:timeline": (("start", "starts"), ("partnership", "partnership"), ("duration_hours", "hours"),
                          ("attendee_count", "attendees"), ("person_hours", "person-hours")),
    "meetings:duplicates": _DUPLICATES,
    "meetings:burden_organisation": (("label", "organisation"), *_BURDEN, ("people", "posts")),
    "meetings:burden_person": (("label", "post"), *_BURDEN),
    "meetings:merge.overlap": (("partnership", "partnership"), ("with_a", "overlap with A"), ("with_b", "with B"),
                               ("with_merged", "with A and B merged")),
    "silos:findings": _SILO_FINDINGS,
    "silos:datasets": (("label", "dataset"), ("kind_label", "kind"), ("controller", "controller"),
                       ("flow_count", "flows"), ("unrecorded_flows", "no protocol recorded")),
    "silos:flows": (("dataset", "dataset"), ("to", "to"), ("protocol", "protocol")),
    "network:table": (("name", "name"), ("type", "type"), ("group", "group"), ("hours", "hours"), ("links", "links")),
    "governance:tree": (("path_text", "partnership (and the groups above it)"), ("level_label", "level"),
                        ("reports_to_text", "reports to")),
    "governance:reporting": (("from", "from"), ("kind", ""), ("to", "to")),
    "governance:gaps": (("label", "partnership"), ("law", "law"), ("section", "section"),
                        ("type_label", "member the law names"), ("status_label", "status"),
                        ("sourced_text", "rests on")),
    "governance:findings": (("issue_label", "finding"), ("detail_text", "detail"), ("rests_on", "rests on")),
    "governance:lineage": (("date", "date"), ("event_label", "event"), ("from", "from"), ("to", "to"),
                           ("current", "today")),
    "profiles:choices": (("id", "id"), ("label", "name"), ("active_count", "active members")),
    "profiles:sections.members": (("label", "member"), ("role", "role"), ("org_type", "type"), ("since", "since"),
                                  ("until", "until")),
    "profiles:sections.seats": (("label", "post"), ("role", "role"), ("representing_name", "representing"),
                                ("since", "since"), ("until", "until")),
    "profiles:sections.structure": (("rel", ""), ("label", "partnership"), ("level", "level")),
    "profiles:sections.data": (("rel", ""), ("label", "dataset"), ("holder", "controller"), ("protocol", "protocol")),
    "profiles:sections.assessments": (("date", "date"), ("criteria", "criteria"), ("mean_score", "mean score")),
    "assessment:choices": (("id", "id"), ("label", "partnership"), ("assessments", "assessments"),
                           ("latest", "latest")),
    "assessment:scores": (("date", "date"), ("criterion", "criterion"), ("score", "score"), ("change", "change")),
}
# Scalars and sentences worth a line; the rest (rules, download specifications, chart geometry, the counts behind
# each "rests on" line, which says them in words) is in --format json.
_SKIP = {"downloads", "rules", "rule", "gaps_rule", "findings_rule", "axis", "names", "cells", "radar", "choices",
         "evidence", "evidence_by_kind", "evidence_all", "findings_evidence", "gaps_evidence",
         "figures", "by_kind", "chart_rows", "nodes", "edges", "criteria", "compare", "compare_options",
         "heatmap_ids", "partnerships_list", "model", "empty_reason"}
_TEXT_LISTS = {"sentences", "warnings"}
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$")


def show_value(value: Any) -> str:
    """A cell as a person reads it: numbers with separators and at most two decimals, dates without seconds."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return "; ".join(show_value(v) for v in value if not isinstance(v, (dict, list)))
    text = str(value)
    stamp = _DATETIME.match(text)
    return f"{stamp.group(1)} {stamp.group(2)}" if stamp else text


def in_language(row: dict[str, Any], column: str, lang: str) -> Any:
    """``column``'s value, or its Welsh twin's when the answer is asked for in Welsh and has one.

    A column "X/Y" is the two values as "X / Y" (sourced rows of all rows, say)."""
    if "/" in column:
        return " / ".join(show_value(row.get(part)) for part in column.split("/"))
    if lang == "cy":
        twins = [f"{column}_cy"] + ([f"{column[:-3]}_cy"] if column.endswith("_en") else [])
        for twin in twins:
            if row.get(twin) not in (None, "", []):
                return row[twin]
    return row.get(column)


def _numeric(rows: list[dict[str, Any]], column: str) -> bool:
    values = [r.get(column) for r in rows if r.get(column) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def share_width(minimums: list[int], wanted: list[int], weights: list[int], room: int) -> list[int]:
    """Widths for the text columns: each at least its longest word, at most its longest text; the room left
    goes to the columns still short of their text, by weight (longer text, more room)."""
    widths = [min(m, w) for m, w in zip(minimums, wanted, strict=True)]
    spare = room - sum(widths)
    while spare > 0:
        short = [i for i, w in enumerate(widths) if w < wanted[i]]
        if not short:
            break
        total = sum(weights[i] for i in short)
        given = 0
        for i in short:
            add = min(max(1, spare * weights[i] // total), wanted[i] - widths[i], spare - given)
            widths[i] += add
            given += add
        if given == 0:
            break
        spare -= given
    return widths


def answer_table(rows: list[dict[str, Any]], columns: Columns, lang: str, title: str, width: int) -> Table:
    """The chosen columns in ``width`` characters: text wraps at spaces, never inside a word; numbers stay on
    one line, right-aligned."""
    present = [(c, h) for c, h in columns if any(all(part in r for part in c.split("/")) for r in rows)]
    cells = [[show_value(in_language(r, c, lang)) for c, _ in present] for r in rows]
    numeric = [_numeric(rows, c) for c, _ in present]
    longest = [max(len(h), *(len(row[i]) for row in cells)) for i, (_, h) in enumerate(present)]
    words = [max((len(w) for t in [h, *(row[i] for row in cells)] for w in t.split()), default=1)
             for i, (_, h) in enumerate(present)]
    medians = [sorted(len(row[i]) for row in cells)[len(cells) // 2] for i in range(len(present))]
    text = [i for i in range(len(present)) if not numeric[i]]
    # A rich table with a SIMPLE_HEAD box spends 3 characters a column and 1 more on its edges.
    room = width - 3 * len(present) - 1 - sum(longest[i] for i in range(len(present)) if numeric[i])
    widths = dict(zip(text, share_width([min(words[i], 24) for i in text], [longest[i] for i in text],
                                        [max(1, medians[i]) for i in text], room), strict=True))
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    for i, (_, header) in enumerate(present):
        if numeric[i]:
            table.add_column(header, justify="right", no_wrap=True)
        else:
            table.add_column(header, overflow="fold", width=widths[i])
    for row in cells:
        table.add_row(*row)
    return table


def record_lines(rows: list[dict[str, Any]], lang: str) -> Iterator[str]:
    """A table nobody chose columns for, one record at a time: its plain fields in the answer's language."""
    for row in rows:
        fields = [k for k, v in row.items() if not k.endswith("_cy") and not isinstance(v, dict)
                  and k != "id" and not k.endswith(("_id", "_ids"))]
        for key in fields:
            shown = show_value(in_language(row, key, lang))
            if shown:
                yield f"  {key.replace('_', ' ')}: {shown}"
        yield ""


def _tables(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and isinstance(value.get("rows"), list):
            yield path, value
        elif isinstance(value, dict) and key not in _SKIP:
            yield from _tables(value, f"{path}.")
        elif isinstance(value, list) and value and all(isinstance(v, dict) and isinstance(v.get("table"), dict)
                                                       for v in value):
            for item in value:  # a page's sections, each with its own table (a profile's members, seats, ...)
                yield f"{path}.{item.get('key', '')}", {**item["table"], "title": item.get("title")}


def _scalars(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in data.items():
        if key in _SKIP or value is None:
            continue
        if isinstance(value, dict) and not isinstance(value.get("rows"), list):
            yield from _scalars(value, f"{prefix}{key}.")
        elif not isinstance(value, (dict, list)):
            yield f"{prefix}{key}", value
        elif isinstance(value, list) and value and key not in _TEXT_LISTS and all(isinstance(v, str) for v in value):
            yield f"{prefix}{key}", value  # a short list of names (the members a pair shares), as "a; b"


def print_answer(page: str, context: dict[str, Any], data: dict[str, Any], lang: str) -> None:
    """`tirlun answer PAGE --format table`: the figures, the sentences, then each table, at the terminal's width
    (COLUMNS, else 100 when the output is not a terminal)."""
    width = shutil.get_terminal_size(fallback=(100, 24)).columns
    console = Console(width=width, highlight=False, soft_wrap=False)
    with console.capture() as captured:
        _print_answer(console, page, context, data, lang)
    for line in captured.get().splitlines():  # no padding to the terminal's edge
        click.echo(line.rstrip())


def _print_answer(console: Console, page: str, context: dict[str, Any], data: dict[str, Any], lang: str) -> None:
    where = context.get("region") or "every region"
    console.print(f"[bold]{page}[/bold]: {where}, as of {context.get('as_of')}")
    settings = data.get("choices")
    if isinstance(settings, dict) and "rows" not in settings:  # what this answer was asked, as --choice takes it
        chosen = ", ".join(f"{k}={show_value(v)}" for k, v in settings.items() if v is not None)
        console.print(f"choices (--choice KEY=VALUE): {chosen}", markup=False)
    for key, value in _scalars(data):
        console.print(f"{key.replace('_', ' ').replace('.', ', ')}: {show_value(value)}", markup=False)
    for key in _TEXT_LISTS:
        for line in data.get(key) or []:
            console.print(f"- {str(line).replace('**', '')}", markup=False)  # the pages' bold marks
    for path, table in _tables(data):
        rows = table["rows"]
        name = table.get("title") or path.replace("_", " ").replace(".", ", ")
        title = f"{name}: {table.get('shown', len(rows))} of {table.get('total', len(rows))}"
        console.print()
        if not rows:
            console.print(f"{title}. {table.get('empty_reason') or ''}", markup=False)
        elif f"{page}:{path}" in TABLE_COLUMNS:
            console.print(answer_table(rows, TABLE_COLUMNS[f"{page}:{path}"], lang, title, console.width))
        else:
            console.print(title, markup=False)
            for line in record_lines(rows, lang):
                console.print(line, markup=False)


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
        from tirlun.cli_common import speak

        speak(lang)
        from tirlun.answers.base import context_for
        from tirlun.answers.jsonable import jsonable
        from tirlun.cli_common import open_db
        from tirlun.i18n import translator

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
        data = jsonable(result, translator(lang))  # an Evidence says its words when written out: in the answer's language
        if fmt == "json":
            click.echo(json.dumps({"page": page, "context": jsonable(ctx), "answer": data}, ensure_ascii=False, indent=1))
            return
        print_answer(page, jsonable(ctx), data, lang)

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

