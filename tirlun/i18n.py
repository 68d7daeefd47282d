"""Every user-facing string of the app and the pack, in English and Welsh.

Strings live in one JSON catalogue per language (``tirlun/i18n/en.json``, ``cy.json``) so a
translator edits data, not code; ``tests/test_i18n.py`` fails when a key is missing in
either, or when code uses a key neither has.

The language is never global state: whoever words a sentence holds a ``Translator`` for one
language (an answer gets it from its ``Context``, a page from the visitor's session, the CLI
from ``--lang``). Shared code that cannot know who will read it (the loader, the registry, the
database layer) raises errors and reports problems as a ``Msg``, a catalogue key with its
values, and the reader's translator words it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "cy")
CATALOGUE_DIR = Path(__file__).resolve().parent / "i18n"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The strings of one language, read once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    data = json.loads((CATALOGUE_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Msg:
    """A sentence not yet worded: a catalogue key and its values.

    Why: shared code (the loader, the registry, the database layer) does not know who will read
    its errors, so it says which sentence it means and the reader's ``Translator`` words it. A
    value may itself be a ``Msg`` (worded in the same language). ``str()`` gives the English.
    """

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return translator("en").say(self)


def msg(key: str, **values: Any) -> Msg:
    return Msg(key, values)


# Welsh nasal mutation after "yn" ("in"): the place name's first letter and the preposition change.
_NASAL = {"C": "yng Ngh", "P": "ym Mh", "T": "yn Nh", "G": "yng Ng", "B": "ym M", "D": "yn N"}


@dataclass(frozen=True)
class Translator:
    """The catalogue in one language: ``tr("key", n=3)``, plus the few rules that are not one string."""

    lang: str = "en"

    def __call__(self, key: str, **values: Any) -> str:
        """The string for ``key``, formatted with ``values``.

        A key missing from Welsh falls back to English, then to the key itself, so a gap
        shows up as an odd word on screen rather than a crash in a workshop.
        """
        text = catalogue(self.lang).get(key) or catalogue("en").get(key) or key
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in catalogue(self.lang) or key in catalogue("en")

    def say(self, text: str | Msg | None) -> str:
        """A ``Msg`` worded in this language (its values too); a plain string as it is."""
        if text is None:
            return ""
        if isinstance(text, Msg):
            return self(text.key, **{k: self._worded(v) for k, v in text.values.items()})
        return str(text)

    def _worded(self, value: Any) -> Any:
        """A ``Msg``'s value in this language: a nested ``Msg``, or anything that words itself (``say(tr)``,
        such as a data column's help, whose Welsh is in the catalogue and English in the model)."""
        if isinstance(value, Msg):
            return self.say(value)
        say = getattr(value, "say", None)
        return say(self) if callable(say) else value

    def label(self, group: str, value: Any) -> str:
        """Label of a stored code value (a sector, kind, role...): ``group.value`` in the catalogue."""
        if value is None or value == "":
            return self("common.unknown")
        key = f"{group}.{value}"
        text = catalogue(self.lang).get(key) or catalogue("en").get(key)
        return text if text else str(value).replace("_", " ")

    def pick(self, row: Any, base: str = "name") -> str:
        """An entity's name in this language: ``{base}_cy`` in Welsh when present.

        Accepts both column styles used by the library: ``name``/``name_cy`` and
        ``name_en``/``name_cy``.
        """
        get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
        english = _text(get(f"{base}_en", None)) or _text(get(base, None))
        welsh = _text(get(f"{base}_cy", None))
        if self.lang == "cy":
            return welsh or english or ""
        return english or welsh or ""

    def in_place(self, name: str) -> str:
        """"in <place>" as each language writes it: "in Cwm Taf Morgannwg", "yng Nghwm Taf Morgannwg".

        After "yn" Welsh mutates c, p, t, g, b, d (Caerdydd: yng Nghaerdydd, Pen-y-bont: ym Mhen-y-bont,
        Bangor: ym Mangor); before m the preposition becomes "ym" (ym Merthyr Tudful); the aspirates
        ch, th, ph and every other letter keep their form (yn Rhondda Cynon Taf, yn Abertawe).
        """
        if self.lang != "cy":
            return f"in {name}"
        if name[:2] in ("Ch", "Th", "Ph"):
            return f"yn {name}"
        if name[:1] in _NASAL:
            return _NASAL[name[0]] + name[1:]
        return f"ym {name}" if name[:1] == "M" else f"yn {name}"


@cache
def translator(lang: str | None) -> Translator:
    """The translator for ``lang``; anything that is not a known language reads English."""
    return Translator(lang if lang in LANGUAGES else "en")


EN = translator("en")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = str(value).strip()
    return text or None
