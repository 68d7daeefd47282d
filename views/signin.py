"""Sign-in in the app: who this session's visitor is, the sidebar's sign-in box and the gate on changes.

The rules are tirlun.access (no Streamlit); this module only hands them what Streamlit knows: the
secrets file's ``[auth]`` and ``[tirlun.access]`` tables and ``st.user``'s claims. Streamlit does
the OpenID Connect itself (``st.login``/``st.logout``); Tirlun never sees a token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import streamlit as st

from tirlun.access import OPEN_WRITING_ENV, Role, Visitor, access_settings, provider_configured, visitor
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
    """The secrets file's tables, or nothing when the host has none (no file is not an error)."""
    if not st.secrets.load_if_toml_exists():
        return {}
    return dict(_plain(st.secrets.to_dict()))


def current() -> Visitor:
    """This session's visitor (a TirlunError when the sign-in settings are wrong)."""
    secrets = _secrets()
    settings = access_settings((secrets.get("tirlun") or {}).get("access"))
    provider = provider_configured(secrets.get("auth"))
    user = dict(st.user.to_dict())
    claims = None
    if provider and user.get("is_logged_in"):
        claims = {k: v for k, v in user.items() if k not in ("is_logged_in", "tokens")}
    return visitor(settings, provider=provider, claims=claims, open_writing=os.environ.get(OPEN_WRITING_ENV) == "1")


def sidebar(who: Visitor) -> None:
    """Who is signed in and a way in or out; or why nobody signs in here."""
    if who.can_sign_in:
        if who.signed_in:
            st.caption(t("signin.as", who=common.md(who.label or "?"), role=t(ROLE_KEYS[who.role])))
            st.button(t("signin.sign_out"), key="sign-out", on_click=st.logout, icon=":material/logout:")
        else:
            st.button(t("signin.sign_in"), key="sign-in", on_click=st.login, icon=":material/login:")
    elif who.open_writing:
        st.caption(t("signin.open_writing"))


def gate(who: Visitor, needed: Role, action: str) -> bool:
    """Whether ``who`` may do ``action`` (an i18n key); if not, say why and what would let them."""
    if who.may(needed):
        return True
    role = t(ROLE_KEYS[needed])
    if who.can_sign_in and who.signed_in:
        st.info(t("signin.need_role", action=t(action), role=role, who=common.md(who.label or "?")), icon=":material/lock:")
    elif who.can_sign_in:
        st.info(t("signin.need_sign_in", action=t(action), role=role), icon=":material/lock:")
        st.button(t("signin.sign_in"), key=f"sign-in-{action}", on_click=st.login, icon=":material/login:")
    else:
        st.info(t("signin.writing_off", action=t(action)), icon=":material/lock:")
    return False


def read_prompt() -> None:
    """The whole page when reading needs sign-in and nobody is signed in."""
    st.info(t("signin.read_needs_sign_in"), icon=":material/lock:")
    st.button(t("signin.sign_in"), key="sign-in-read", on_click=st.login, type="primary", icon=":material/login:")


def recorded_as(who: Visitor, place: str) -> str:
    """How a change is recorded: the signed-in name, else the user running the app, and the page (an i18n key)."""
    return who.label or f"{os_user()} ({t(place)})"
