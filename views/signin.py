"""Sign-in in the app: who this session's visitor is, the sidebar's sign-in box and the gate on changes.

The rules are tirlun.access (no Streamlit); this module only hands them what Streamlit knows: the
secrets file's ``[auth]`` and ``[tirlun.access]`` tables and ``st.user``'s claims. Streamlit does
the OpenID Connect itself (``st.login``/``st.logout``); Tirlun never sees a token.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit import config as st_config

from tirlun.access import (
    ADDRESS_ENV,
    OPEN_WRITING_ENV,
    Role,
    Visitor,
    access_settings,
    check_secrets_files,
    host_allowed,
    sign_in_provider,
    tirlun_table,
    visitor,
)
from tirlun.errors import TirlunError
from tirlun.loader.journal import who as os_user
from tirlun.views import session, text

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


def _host() -> str | None:
    """The Host header of the request that opened this session (None outside a browser request)."""
    try:
        headers = st.context.headers
    except (AttributeError, RuntimeError):
        return None
    return headers.get("Host") if headers else None


def host_refused() -> bool:
    """Writing is open, but this session came through a name the app was not started on (DNS rebinding)."""
    return os.environ.get(OPEN_WRITING_ENV) == "1" and not host_allowed(_host(), os.environ.get(ADDRESS_ENV, "localhost"))


def current() -> Visitor:
    """This session's visitor (a TirlunError when the sign-in settings are wrong)."""
    secrets = _secrets()
    settings = access_settings(tirlun_table(secrets))
    provider = sign_in_provider(secrets.get("auth"))
    user = dict(st.user.to_dict())
    claims = None
    if provider is not None and user.get("is_logged_in"):
        claims = {k: v for k, v in user.items() if k not in ("is_logged_in", "tokens")}
        st.session_state.setdefault(_SINCE, time.time())  # when this session first saw the sign-in
    open_writing = os.environ.get(OPEN_WRITING_ENV) == "1" and not host_refused()
    return visitor(settings, provider=provider, claims=claims, open_writing=open_writing)


# -- sign-out seen by every session, and the check right before a write ----------------------------------
# Streamlit hands each session the identity in the cookie it connected with: signing out in one tab does not
# reach another tab's session. So the app remembers, for the life of the process, when each identity last signed
# out, and a write re-checks it at the moment it is confirmed.
_SINCE = "_tirlun_signed_in_since"
_SIGNED_OUT: dict[str, float] = {}
_SIGNED_OUT_LOCK = threading.Lock()


def _identity(who: Visitor) -> str:
    return f"{who.provider}|{(who.email or who.name or '').casefold()}"


def _sign_out(who: Visitor) -> None:
    """Remember the sign-out for every session of this identity, then sign this one out."""
    with _SIGNED_OUT_LOCK:
        _SIGNED_OUT[_identity(who)] = time.time()
    st.logout()


def signed_out_elsewhere(who: Visitor) -> bool:
    """Whether this identity signed out (in any tab) after this session saw it sign in."""
    with _SIGNED_OUT_LOCK:
        out = _SIGNED_OUT.get(_identity(who))
    return who.signed_in and out is not None and out >= float(st.session_state.get(_SINCE, 0.0))


def confirm(needed: Role, action: str) -> Visitor | None:
    """The check every write makes right before it writes: who is here now, not when the page was drawn.

    Re-reads the sign-in settings and the role, refuses an identity that has signed out in another tab since,
    and open writing reached through another host name. Returns the visitor to record the change under, or
    None after saying on the page why nothing was written.
    """
    tr = session.tr()
    try:
        who = current()
    except TirlunError as exc:
        text.show_error(exc, tr)
        return None
    if signed_out_elsewhere(who):
        st.error(tr("access.signed_out_since", action=tr(action)), icon=":material/lock:")
        return None
    if host_refused():
        st.error(tr("access.host_refused", host=text.md(_host() or "?"), action=tr(action)), icon=":material/lock:")
        return None
    if not who.may(needed):
        st.error(tr("access.role_gone", action=tr(action), role=tr(ROLE_KEYS[needed])), icon=":material/lock:")
        return None
    return who


def _sign_in_button(who: Visitor, key: str, primary: bool = False) -> None:
    tr = session.tr()
    st.button(tr("signin.sign_in"), key=key, on_click=st.login, args=(who.provider or None,),
              type="primary" if primary else "secondary", icon=":material/login:")


def sidebar(who: Visitor) -> None:
    """Who is signed in and a way in or out; or why nobody signs in here."""
    tr = session.tr()
    if who.can_sign_in:
        if who.signed_in:
            st.caption(tr("signin.as", who=text.md(who.label or "?"), role=tr(ROLE_KEYS[who.role])))
            st.button(tr("signin.sign_out"), key="sign-out", on_click=_sign_out, args=(who,), icon=":material/logout:")
        else:
            _sign_in_button(who, "sign-in")
    elif who.open_writing:
        st.caption(tr("signin.open_writing"))
    elif host_refused():
        st.caption(tr("access.host_read_only", host=text.md(_host() or "?")))
    else:
        st.caption(tr("signin.read_only"))


def gate(who: Visitor, needed: Role, action: str, key: str) -> bool:
    """Whether ``who`` may do ``action`` (an i18n key); if not, say why and what would let them.

    ``key`` tells this gate's sign-in button from another gate's on the same page.
    """
    if who.may(needed):
        return True
    tr = session.tr()
    role = tr(ROLE_KEYS[needed])
    if who.can_sign_in and who.signed_in:
        st.info(tr("signin.need_role", action=tr(action), role=role, who=text.md(who.label or "?")),
                icon=":material/lock:")
    elif who.can_sign_in:
        st.info(tr("signin.need_sign_in", action=tr(action), role=role), icon=":material/lock:")
        _sign_in_button(who, f"sign-in-{key}")
    else:
        st.info(tr("signin.writing_off", action=tr(action)), icon=":material/lock:")
    return False


def read_prompt(who: Visitor) -> None:
    """The whole page when reading needs sign-in and nobody is signed in."""
    tr = session.tr()
    st.info(tr("signin.read_needs_sign_in"), icon=":material/lock:")
    _sign_in_button(who, "sign-in-read", primary=True)


def recorded_as(who: Visitor, place: str) -> str:
    """How a change is recorded: the signed-in name, else the user running the app and the page.

    In English whatever the page's language, so the history reads the same for everyone.
    """
    return who.label or f"{os_user()} (the app's {place})"
