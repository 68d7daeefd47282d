"""One answer per page: plain functions ``(db, context, **choices) -> typed result``.

The app's pages render these results; ``tirlun answer``, ``tirlun pack`` and the bench call
the same functions, so a number means the same thing everywhere. No Streamlit here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tirlun.answers.base import Context, Table, context_for, default_as_of

# page -> "module:function"; imported on first use so a CLI call loads only what it asks for.
_PAGES: dict[str, str] = {
    "overview": "tirlun.answers.overview:answer",
    "overlap": "tirlun.answers.overlap:answer",
    "meetings": "tirlun.answers.meetings:answer",
    "silos": "tirlun.answers.silos:answer",
    "network": "tirlun.answers.network:answer",
    "governance": "tirlun.answers.governance:answer",
    "profiles": "tirlun.answers.profiles:answer",
    "assessment": "tirlun.answers.assessment:answer",
    "compare": "tirlun.answers.compare:answer",
}


class _Answers(Mapping[str, Callable[..., Any]]):
    def __getitem__(self, name: str) -> Callable[..., Any]:
        module, func = _PAGES[name].split(":")
        fn: Callable[..., Any] = getattr(importlib.import_module(module), func)
        return fn

    def __iter__(self) -> Iterator[str]:
        return iter(_PAGES)

    def __len__(self) -> int:
        return len(_PAGES)


ANSWERS: Mapping[str, Callable[..., Any]] = _Answers()

__all__ = ["ANSWERS", "Context", "Table", "context_for", "default_as_of"]
