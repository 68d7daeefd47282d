"""Sign-in in the app: who this session's visitor is, the sidebar's sign-in box and the gate on changes.

The rules are tirlun.access (no Streamlit); this module only hands them what Streamlit knows: the
secrets file's ``[auth]`` and ``[tirlun.access]`` tables and ``st.user``'s claims. Streamlit does
the OpenID Connect itself (``st.login``/``st.logout``); Tirlun never sees a token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit import config as st_config

from tirlun.access import (
    OPEN_WRITING_ENV,
    Role,
    Visitor,
    access_settings,
    check_secrets_files,
    sign_in_provider,
    tirlun_table,
    visitor,
)
from tirlun.i18n import t
from tirlun.loader.journal import who as os_user
from tirlun.views import common

ROLE_KEYS = {Role.NONE: "signin.role_none", Role.VIEWER: "signin.role_viewer", Role.EDITOR: "signin.role_editor",
             Role.ADMIN: "signin.role_admin"}


def _plain(value: Any) -> Any:
    """Streamlit's secrets as plain dicts and lists (they arrive as read-only AttrDicts)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _secrets() -> dict[str, Any]:
    """The secrets files' tables, or nothing when the host has none (no file is not an error).

    Streamlit drops every file, silently, when one of them does not parse: that would switch sign-in
    off, so a file that exists and does not parse stops the app with its name and line instead.
    """
    if not st.secrets.load_if_toml_exists():
        check_secrets_files(Path(str(p)) for p in st_config.get_option("secrets.files") or [])
        return {}
    return dict(_plain(st.secrets.to_dict()))


def current() -> Visitor:
    """This session's visitor (a TirlunError when the sign-in settings are wrong)."""
    secrets = _secrets()
    settings = access_settings(tirlun_table(secrets))
    provider = sign_in_provider(secrets.get("auth"))
    user = dict(st.user.to_dict())
    claims = None
    if provider is not None and user.get("is_logged_in"):
        claims = {k: v for k, v in user.items() if k not in ("is_logged_in", "tokens")}
    return visitor(settings, provider=provider, claims=claims, open_writing=os.environ.get(OPEN_WRITING_ENV) == "1")


def _sign_in_button(who: Visitor, key: str, primary: bool = False) -> None:
    st.button(t("signin.sign_in"), key=key, on_click=st.login, args=(who.provider or None,),
              type="primary" if primary else "secondary", icon=":material/login:")


def sidebar(who: Visitor) -> None:
    """Who is signed in and a way in or out; or why nobody signs in here."""
    if who.can_sign_in:
        if who.signed_in:
            st.caption(t("signin.as", who=common.md(who.label or "?"), role=t(ROLE_KEYS[who.role])))
            st.button(t("signin.sign_out"), key="sign-out", on_click=st.logout, icon=":material/logout:")
        else:
            _sign_in_button(who, "sign-in")
    elif who.open_writing:
        st.caption(t("signin.open_writing"))
    else:
        st.caption(t("signin.read_only"))


def gate(who: Visitor, needed: Role, action: str, key: str) -> bool:
    """Whether ``who`` may do ``action`` (an i18n key); if not, say why and what would let them.

    ``key`` tells this gate's sign-in button from another gate's on the same page.
    """
    if who.may(needed):
        return True
    role = t(ROLE_KEYS[needed])
    if who.can_sign_in and who.signed_in:
        st.info(t("signin.need_role", action=t(action), role=role, who=common.md(who.label or "?")),
                icon=":material/lock:")
    elif who.can_sign_in:
        st.info(t("signin.need_sign_in", action=t(action), role=role), icon=":material/lock:")
        _sign_in_button(who, f"sign-in-{key}")
    else:
        st.info(t("signin.writing_off", action=t(action)), icon=":material/lock:")
    return False


def read_prompt(who: Visitor) -> None:
    """The whole page when reading needs sign-in and nobody is signed in."""
    st.info(t("signin.read_needs_sign_in"), icon=":material/lock:")
    _sign_in_button(who, "sign-in-read", primary=True)


def recorded_as(who: Visitor, place: str) -> str:
    """How a change is recorded: the signed-in name, else the user running the app and the page.

    In English whatever the page's language, so the history reads the same for everyone.
    """
    return who.label or f"{os_user()} (the app's {place})"
