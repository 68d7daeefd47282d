"""Answers as JSON: dataclasses, tables and dates turned into plain values for `tirlun answer --format json`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from tirlun.answers.base import Download, Table
from tirlun.answers.evidence import Evidence
from tirlun.i18n import EN, Translator


def jsonable(value: Any, tr: Translator = EN) -> Any:
    """``tr`` words what an answer keeps as numbers until it is read (an Evidence's "rests on" sentence)."""
    if isinstance(value, Evidence):  # sourced, total, share, illustrative and the words
        return value.to_json(tr)
    if isinstance(value, Download):  # its wording function is code, not data
        return jsonable(value.to_json(), tr)
    if isinstance(value, Table):
        return jsonable(value.to_json(), tr)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name), tr) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, dict):
        return {str(k): jsonable(v, tr) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v, tr) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value != value:
        return None
    return value
