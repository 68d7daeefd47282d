"""Text on a page: a TirlunError as its message and fix, names for pickers, hours, and data made inert in Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from tirlun.errors import TirlunError, ValidationFailed
from tirlun.i18n import Translator
from tirlun.views import session

if TYPE_CHECKING:
    from tirlun.loader.validate import Problem

PROBLEMS_SHOWN = 20  # a ValidationFailed's problems listed under it; the rest counted


@contextmanager
def errors() -> Iterator[None]:
    """Show a TirlunError as its message and hint (one sentence with the fix), never a traceback."""
    try:
        yield
    except TirlunError as exc:
        show_error(exc)


def show_error(exc: TirlunError, tr: Translator | None = None) -> None:
    """The error in the visitor's language: what happened, then what to do; a failed check lists its problems."""
    tr = tr or session.tr()
    st.error(exc.say(tr), icon=":material/error:")
    if isinstance(exc, ValidationFailed) and exc.problems:
        st.markdown("\n".join(f"- {md(problem_line(p, tr))}" for p in exc.problems[:PROBLEMS_SHOWN]))
        if len(exc.problems) > PROBLEMS_SHOWN:
            st.caption(tr("error.problems_more", n=len(exc.problems) - PROBLEMS_SHOWN))


def problem_line(p: Problem, tr: Translator) -> str:
    """One problem of a check (tirlun.loader.validate.Problem) as a sentence: where it is, then what is wrong."""
    message = p.say(tr)
    if p.row is not None and p.column:
        return tr("error.problem_at", file=p.where, row=p.row, column=p.column, message=message)
    if p.row is not None:
        return tr("error.problem_at_row", file=p.where, row=p.row, message=message)
    if p.column:
        return tr("error.problem_at_column", file=p.where, column=p.column, message=message)
    return f"{p.where}: {message}"


def options_from(df: pd.DataFrame, base: str = "name", tr: Translator | None = None) -> dict[str, str]:
    """id -> display name in the visitor's language, for selectbox format_func."""
    tr = tr or session.tr()
    return {str(r["id"]): tr.pick(r, base) or str(r["id"]) for _, r in df.iterrows()}


def choice(labels: dict[Any, str]) -> Any:
    """A format_func that only looks up labels made now, in this run's language.

    Streamlit may call format_func again outside the script's thread (AppTest does), where
    the session is not at hand; a frozen lookup gives the same text everywhere.
    """
    frozen = dict(labels)
    return lambda v: frozen.get(v, str(v))


def fmt_hours(value: Any) -> str:
    try:
        return f"{float(value):,.0f}"
    except (TypeError, ValueError):
        return "–"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$"})


def md(text: Any) -> str:
    """Entity text made inert inside Markdown: no emphasis, links or HTML from data."""
    return str(text).translate(_MD_SPECIAL)
