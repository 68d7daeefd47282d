"""Text on a page: a TirlunError as its message and fix, names for pickers, hours, and data made inert in Markdown."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd
import streamlit as st

from tirlun.errors import TirlunError
from tirlun.i18n import pick


@contextmanager
def errors() -> Iterator[None]:
    """Show a TirlunError as its message and hint (one sentence with the fix), never a traceback."""
    try:
        yield
    except TirlunError as exc:
        show_error(exc)


def show_error(exc: TirlunError) -> None:
    st.error(f"{exc.message} {exc.hint or ''}".strip(), icon=":material/error:")


def options_from(df: pd.DataFrame, base: str = "name") -> dict[str, str]:
    """id -> display name in the current language, for selectbox format_func."""
    return {str(r["id"]): pick(r, base) or str(r["id"]) for _, r in df.iterrows()}


def choice(labels: dict[Any, str]) -> Any:
    """A format_func that only looks up labels made now, in this run's language.

    Streamlit may call format_func again outside the script's thread (AppTest does), where
    the language is not set; a frozen lookup gives the same text everywhere.
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
