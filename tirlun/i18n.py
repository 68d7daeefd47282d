"""Every user-facing string of the app and the pack, in English and Welsh.

Strings live in one JSON catalogue per language (``tirlun/i18n/en.json``, ``cy.json``) so a
translator edits data, not code; ``tests/test_i18n.py`` fails when a key is missing in
either, or when code uses a key neither has. The current language is a ContextVar: each
Streamlit script run sets it for its own thread, so two users never see each other's.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "cy")
CATALOGUE_DIR = Path(__file__).resolve().parent / "i18n"
_current: ContextVar[str] = ContextVar("tirlun_language", default="en")


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The strings of one language, read once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    data = json.loads((CATALOGUE_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def set_language(lang: str) -> None:
    _current.set(lang if lang in LANGUAGES else "en")


def language() -> str:
    return _current.get()


def t(key: str, **values: Any) -> str:
    """The string for ``key`` in the current language, formatted with ``values``.

    A key missing from Welsh falls back to English, then to the key itself, so a gap
    shows up as an odd word on screen rather than a crash in a workshop.
    """
    lang = language()
    text = catalogue(lang).get(key) or catalogue("en").get(key) or key
    return text.format(**values) if values else text


# Welsh nasal mutation after "yn" ("in"): the place name's first letter and the preposition change.
_NASAL = {"C": "yng Ngh", "P": "ym Mh", "T": "yn Nh", "G": "yng Ng", "B": "ym M", "D": "yn N"}


def in_place(name: str, lang: str | None = None) -> str:
    """"in <place>" as each language writes it: "in Cwm Taf Morgannwg", "yng Nghwm Taf Morgannwg".

    After "yn" Welsh mutates c, p, t, g, b, d (Caerdydd: yng Nghaerdydd, Pen-y-bont: ym Mhen-y-bont,
    Bangor: ym Mangor); before m the preposition becomes "ym" (ym Merthyr Tudful); the aspirates
    ch, th, ph and every other letter keep their form (yn Rhondda Cynon Taf, yn Abertawe).
    """
    if (lang or language()) != "cy":
        return f"in {name}"
    if name[:2] in ("Ch", "Th", "Ph"):
        return f"yn {name}"
    if name[:1] in _NASAL:
        return _NASAL[name[0]] + name[1:]
    return f"ym {name}" if name[:1] == "M" else f"yn {name}"


def label(group: str, value: Any) -> str:
    """Label of a stored code value (a sector, kind, role...): ``group.value`` in the catalogue."""
    if value is None or value == "":
        return t("common.unknown")
    key = f"{group}.{value}"
    lang = language()
    text = catalogue(lang).get(key) or catalogue("en").get(key)
    return text if text else str(value).replace("_", " ")


def pick(row: Any, base: str = "name") -> str:
    """An entity's name in the current language: ``{base}_cy`` in Welsh when present.

    Accepts both column styles used by the library: ``name``/``name_cy`` and
    ``name_en``/``name_cy``.
    """
    get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    english = _text(get(f"{base}_en", None)) or _text(get(base, None))
    welsh = _text(get(f"{base}_cy", None))
    if language() == "cy":
        return welsh or english or ""
    return english or welsh or ""


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = str(value).strip()
    return text or None
