"""No English on a Welsh page: every text the app shows in Welsh is checked against the English
catalogue. A text that reads as one of the English strings (placeholders filled with anything)
while its Welsh form differs means a string escaped the catalogue or was fetched in the wrong
language. Names from the data (which may have no Welsh form) are not catalogue strings, so
they never match."""

from __future__ import annotations

import re

import pytest

from tirlun.i18n import catalogue

from app_support import PAGES, app, no_exception

PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?(?::[^}]*)?\}")


def english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each English string whose Welsh differs, as a full-match pattern (placeholders match anything)."""
    en, cy = catalogue("en"), catalogue("cy")
    out = []
    for key, text in en.items():
        if cy.get(key, text) == text or len(text) < 4 or key.startswith(("time.", "common.unknown")):
            continue  # the same in both languages (names, codes), or too short to tell apart
        parts = PLACEHOLDER.split(text)
        pattern = ".+".join(re.escape(p) for p in parts)
        out.append((key, re.compile(pattern, re.S)))
    return out


def shown_texts(at) -> list[str]:
    texts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        texts += [str(e.value) for e in getattr(at, kind)]
    texts += [m.label for m in at.metric]
    for kind in ("button", "selectbox", "multiselect", "radio", "toggle", "slider", "number_input", "text_input",
                 "date_input", "text_area", "checkbox"):
        texts += [str(w.label) for w in getattr(at, kind)]
    texts += [str(tab.label) for tab in at.tabs]
    for frame in at.dataframe:
        texts += [str(c) for c in frame.value.columns]
    return [t.strip() for t in texts if t and t.strip()]


@pytest.mark.parametrize("page", PAGES)
def test_welsh_pages_show_no_english_catalogue_string(seeded, page: str) -> None:
    at = app("cy", page)
    no_exception(at)
    patterns = english_patterns()
    english = sorted({(key, text) for text in shown_texts(at) for key, pattern in patterns if pattern.fullmatch(text)
                      and not any(pattern2.fullmatch(text) for key2, pattern2 in welsh_patterns() if key2 == key)})
    assert not english, f"English on the Welsh {page} page: {english[:8]}"


def welsh_patterns() -> list[tuple[str, re.Pattern[str]]]:
    cy = catalogue("cy")
    return [(k, re.compile(".+".join(re.escape(p) for p in PLACEHOLDER.split(v)), re.S)) for k, v in cy.items()]
