"""What a visitor chose, kept across reruns and page switches: the sidebar, each page's choices, the Context
the answers are asked with, and whether the presenter view is on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from tirlun.answers.base import Context
from tirlun.i18n import Translator, translator

SIDEBAR_KEYS = ("lang", "workshop", "workshop_wales", "region", "as_of")


def restore_sidebar() -> None:
    """Put the sidebar's choices back at the start of a run.

    Streamlit resets widget state when a page calls st.switch_page (the workshop's PageDown
    does), so each choice is also kept under a key no widget owns.
    """
    for key in SIDEBAR_KEYS:
        if f"kept.{key}" in st.session_state:
            st.session_state[key] = st.session_state[f"kept.{key}"]


def keep(key: str) -> Callable[[], None]:
    """An on_change callback that keeps a sidebar choice (it runs before the script, so before restore)."""
    def _keep() -> None:
        st.session_state[f"kept.{key}"] = st.session_state.get(key)
    return _keep


def keep_sidebar() -> None:
    """Keep every sidebar choice as the sidebar left it, defaults included, before the page runs."""
    for key in SIDEBAR_KEYS:
        if key in st.session_state:
            st.session_state[f"kept.{key}"] = st.session_state[key]


def tr() -> Translator:
    """The visitor's words: the language this session chose (the sidebar, or ?lang= on a new visit)."""
    return translator(st.session_state.get("lang"))


def context() -> Context:
    s = st.session_state
    return Context(
        region=s.get("region"),
        as_of=s.get("as_of") or dt.date.today(),
        workshop=bool(s.get("workshop", False)),
        lang=tr().lang,
    )


def presenting() -> bool:
    """Workshop mode: the presenter view, one finding and one visual a step, no controls."""
    return bool(st.session_state.get("workshop"))


def remember(defaults: dict[str, Any]) -> dict[str, Any]:
    """A page's choices kept across page switches and into the presenter view.

    Streamlit forgets a widget's value when its page is left (and the presenter view draws no
    widgets), so each value is also kept under a key no widget owns, and put back before the
    widget is drawn again. Returns the choices as they stand, defaults filled in.
    """
    for key in defaults:
        if key in st.session_state:
            st.session_state[f"kept.{key}"] = st.session_state[key]
        elif f"kept.{key}" in st.session_state:
            st.session_state[key] = st.session_state[f"kept.{key}"]
    return kept_values(defaults)


def kept_values(defaults: dict[str, Any]) -> dict[str, Any]:
    """The choices as they stand, read without touching any widget: the widget's value, else the kept one, else
    the default (also for a None the default does not allow)."""
    s = st.session_state
    out: dict[str, Any] = {}
    for key, default in defaults.items():
        value = s[key] if key in s else s.get(f"kept.{key}", default)
        out[key] = default if value is None and default is not None else value
    return out


# Each page's choices, kept under these keys with these defaults (the page's widgets use the same keys).
KEPT: dict[str, dict[str, Any]] = {
    "network": {"net_area": "", "net_kinds": [], "net_themes": [], "net_sectors": [], "net_colour": "sector",
                "net_cap": 100, "net_focus": "", "net_radius": 1},
    "overlap": {"ov_by": "organisations", "ov_measure": "score", "ov_min": 2, "ov_wider": False, "ov_boards": False,
                "ov_family": False},
    "meetings": {"mt_window": 7, "mt_minj": 0.5},
    "assessment": {"as_partnership": None, "as_framework": None, "as_compare": []},
}


def host_choices(page: str) -> dict[str, Any]:
    """The choices the host made on a page in normal mode, as that page's answer takes them: the story's input.

    The projector's own settings (the network's size, the heatmap's K) are laid over them by
    tirlun.answers.workshop.step_choices, the same function the pack uses.
    """
    k = kept_values(KEPT.get(page, {}))
    if page == "network":
        return {"area": k["net_area"] or None, "kinds": tuple(k["net_kinds"]), "themes": tuple(k["net_themes"]),
                "sectors": tuple(k["net_sectors"]), "focus": k["net_focus"] or None, "radius": int(k["net_radius"] or 1),
                "colour_by": k["net_colour"]}
    if page == "overlap":
        return {"by": k["ov_by"], "measure": k["ov_measure"], "min_shared": int(k["ov_min"]),
                "scope": "all" if k["ov_wider"] else "regional", "level": "board" if k["ov_boards"] else None,
                "family": bool(k["ov_family"])}
    if page == "meetings":
        return {"window_days": int(k["mt_window"]), "min_jaccard": float(k["mt_minj"])}
    if page == "assessment":
        return {"partnership": k["as_partnership"], "framework": k["as_framework"],
                "compare": tuple(k["as_compare"] or ()), "search": None}
    return {}
