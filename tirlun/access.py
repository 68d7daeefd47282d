"""Who may change the landscape from the app: roles from a sign-in's claims, or the host's choice.

Reading is open unless the host asks for sign-in. Loading, replacing a region and saving an
assessment need an editor; emptying the graph needs an admin. Sign-in is Streamlit's own OpenID
Connect (``st.login``), so any OIDC provider (Microsoft Entra ID, Google, Keycloak) works by
configuration; this module never sees a token, only the claims Streamlit hands over, and has no
Streamlit in it so the rules are tested on their own.

The settings live in the ``[tirlun.access]`` table of the app's secrets file, beside Streamlit's
``[auth]`` table (docs/security.md). With no provider configured nobody can sign in, so writing
from the app is off unless the host opens it for a single-user laptop (``tirlun app
--open-writing``; ``tirlun demo`` does so when it listens on this machine only).
"""

from __future__ import annotations

import contextlib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tirlun.errors import TirlunError
from tirlun.i18n import Msg, catalogue, msg

OPEN_WRITING_ENV = "TIRLUN_OPEN_WRITING"  # "1": no provider, and the host lets this app write
ADDRESS_ENV = "TIRLUN_ADDRESS"  # the address `tirlun app` started Streamlit on: open writing answers only to it
MIN_COOKIE_SECRET = 32  # bytes: Streamlit signs the sign-in cookie with it, so a guessable one forges any identity
# Values a host may copy from a guide, Tirlun's or Streamlit's, instead of making one.
EXAMPLE_COOKIE_SECRETS = frozenset({"a long random string", "xxx", "...", "your-secret", "changeme",
                                    "change me", "secret", "cookie_secret", "your cookie secret"})
GENERATE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


class Role(IntEnum):
    """Ordered, so a check is ``role >= Role.EDITOR``."""

    NONE = 0  # must sign in even to read (``read = "signed-in"``)
    VIEWER = 1
    EDITOR = 2
    ADMIN = 3


class AccessSettings(BaseModel):
    """The ``[tirlun.access]`` table. Every list compares without regard to case."""

    model_config = ConfigDict(extra="forbid", validate_default=True)

    read: Literal["open", "signed-in"] = Field(
        "open", description="'open': anyone who reaches the app reads; 'signed-in': reading needs sign-in too.")
    editors: list[str] = Field(default_factory=list, description="E-mail addresses (or subjects) of editors.")
    admins: list[str] = Field(default_factory=list, description="E-mail addresses (or subjects) of admins.")
    roles_claim: str = Field(
        "roles", description="The claim holding the user's roles or groups (Entra ID app roles: 'roles').")
    editor_roles: list[str] = Field(default_factory=lambda: ["Tirlun.Editor"],
                                    description="Values of roles_claim that make an editor.")
    admin_roles: list[str] = Field(default_factory=lambda: ["Tirlun.Admin"],
                                   description="Values of roles_claim that make an admin.")
    signed_in_role: Literal["viewer", "editor"] = Field(
        "viewer", description="The role of anyone who signs in but is in no list above.")
    trust_email: bool = Field(
        False, description="Match the lists by e-mail even when the provider does not mark it verified "
                           "(email_verified). Only for a single-tenant provider whose addresses your organisation "
                           "issues; otherwise the lists match the token's subject (sub) and verified e-mails.")

    @field_validator("editors", "admins", "editor_roles", "admin_roles")
    @classmethod
    def _folded(cls, values: list[str]) -> list[str]:
        return [v.strip().casefold() for v in values if v.strip()]


def access_settings(table: Any) -> AccessSettings:
    """The settings from the secrets file's ``[tirlun.access]`` table, or a clear error naming the key."""
    if table is not None and not isinstance(table, Mapping):
        raise TirlunError(msg("access.settings_invalid", setting="(table)", problem=msg("access.not_a_table")),
                          msg("access.settings_invalid_hint"))
    try:
        return AccessSettings.model_validate(dict(table or {}))
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(table)"
        # pydantic's error types the catalogue words in both languages; any other keeps pydantic's English
        known = f"access.problem.{first['type']}"
        problem: str | Msg = msg(known, **(first.get("ctx") or {})) if known in catalogue("en") else first["msg"]
        raise TirlunError(msg("access.settings_invalid", setting=key, problem=problem),
                          msg("access.settings_invalid_hint")) from exc


AUTH_KEYS = ("redirect_uri", "cookie_secret")  # shared by every provider in [auth]
PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")  # in [auth] or in one [auth.NAME]


def tirlun_table(secrets: Mapping[str, Any]) -> Any:
    """The ``[tirlun.access]`` table; a misspelt table beside it is an error, never silently ignored."""
    tirlun = secrets.get("tirlun")
    if tirlun is None:
        return None
    if not isinstance(tirlun, Mapping):
        raise TirlunError(msg("access.settings_invalid", setting="tirlun", problem=msg("access.not_a_table")),
                          msg("access.settings_invalid_hint"))
    unknown = sorted(set(tirlun) - {"access"})
    if unknown:
        raise TirlunError(msg("access.settings_invalid", setting=f"tirlun.{unknown[0]}", problem=msg("access.unknown_table")),
                          msg("access.settings_invalid_hint"))
    return tirlun.get("access")


def sign_in_provider(auth: Mapping[str, Any] | None) -> str | None:
    """The provider Streamlit signs in with: "" for the one in ``[auth]`` itself, a name for a single
    ``[auth.NAME]``, None when there is no ``[auth]`` table. An incomplete table is an error naming what is missing."""
    if auth is None:
        return None
    if not auth:  # an [auth] table with nothing in it: a set-up begun, never finished
        raise TirlunError(msg("access.auth_incomplete", keys=", ".join(f"[auth] {k}" for k in (*AUTH_KEYS, *PROVIDER_KEYS))),
                          msg("access.auth_incomplete_hint"))
    named = [k for k, v in auth.items() if isinstance(v, Mapping)]
    missing = [k for k in AUTH_KEYS if k not in auth]
    if any(k in auth for k in PROVIDER_KEYS) or not named:
        missing += [k for k in PROVIDER_KEYS if k not in auth]
        provider = ""
    elif len(named) == 1:
        missing += [f"{named[0]}.{k}" for k in PROVIDER_KEYS if k not in auth[named[0]]]
        provider = named[0]
    else:
        raise TirlunError(msg("access.many_providers", names=", ".join(sorted(named))), msg("access.many_providers_hint"))
    if missing:
        raise TirlunError(msg("access.auth_incomplete", keys=", ".join(f"[auth] {k}" for k in missing)),
                          msg("access.auth_incomplete_hint"))
    check_cookie_secret(auth.get("cookie_secret"))
    return provider


def check_cookie_secret(secret: Any) -> None:
    """Refuse a cookie secret anyone could know: empty, shorter than 32 bytes, or a guide's example value.

    Streamlit signs the sign-in cookie with it; whoever knows it can sign a cookie naming any user, admin included.
    """
    text = secret if isinstance(secret, str) else ""
    if text.strip().casefold() in EXAMPLE_COOKIE_SECRETS:
        problem = msg("access.cookie_secret_example")
    elif len(text.encode("utf-8")) < MIN_COOKIE_SECRET:
        problem = msg("access.cookie_secret_short", n=MIN_COOKIE_SECRET)
    else:
        return
    raise TirlunError(msg("access.cookie_secret_weak", problem=problem),
                      msg("access.cookie_secret_hint", command=GENERATE_SECRET))


def auth_table_of_files(paths: Iterable[Path]) -> Mapping[str, Any] | None:
    """The ``[auth]`` table Streamlit will use from these secrets files (the last file that has one wins a key)."""
    merged: dict[str, Any] | None = None
    for path in paths:
        if path.is_file():
            with path.open("rb") as f:
                auth = tomllib.load(f).get("auth")
            if auth is not None:
                merged = {**(merged or {}), **(auth if isinstance(auth, Mapping) else {})}
    return merged


# -- which Host header may write when writing is open (DNS rebinding) --------------------------
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})


def host_name(header: str) -> str:
    """The name in a Host header, without its port or IPv6 brackets, folded: "[::1]:8501" gives "::1"."""
    text = header.strip().casefold()
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def allowed_hosts(address: str) -> frozenset[str]:
    """The names a browser may use to reach an app started on ``address`` and still be offered open writing.

    Localhost: its loopback names only, so another site whose name a rebinding DNS points at 127.0.0.1 is refused.
    Every interface (0.0.0.0): the loopback names and this machine's own names and addresses. Any other address: itself.
    """
    import socket

    address = host_name(address)
    if address in LOOPBACK_NAMES:
        return LOOPBACK_NAMES
    if address not in WILDCARD_ADDRESSES:
        return frozenset({address})
    names = {socket.gethostname(), socket.getfqdn()}
    with contextlib.suppress(OSError):
        names.update(socket.gethostbyname_ex(socket.gethostname())[2])
    return LOOPBACK_NAMES | {n.casefold() for n in names if n}


def host_allowed(header: str | None, address: str) -> bool:
    """Whether a request with this Host header may be offered open writing (no header: no browser request)."""
    return header is None or host_name(header) in allowed_hosts(address)


def check_secrets_files(paths: Iterable[Path]) -> None:
    """Every secrets file that exists must parse: Streamlit drops them all, silently, when one does not."""
    for path in paths:
        if not path.is_file():
            continue
        try:
            with path.open("rb") as f:
                tomllib.load(f)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise TirlunError(msg("access.secrets_unreadable", path=str(path), problem=str(exc)),
                              msg("access.secrets_unreadable_hint")) from exc


def _values(claim: Any) -> list[str]:
    """A claim as a list of strings: providers send one role as a string and several as a list."""
    if claim is None:
        return []
    if isinstance(claim, str):
        return [claim]
    if isinstance(claim, Iterable):
        return [str(v) for v in claim]
    return [str(claim)]


def role_for(claims: Mapping[str, Any], settings: AccessSettings) -> Role:
    """The role of a signed-in user: the highest that a list or a role claim gives, else the default."""
    # The subject always; an e-mail only when the provider vouches for it (or the host trusts its provider's
    # addresses): a name a user can set for themselves must not make them an editor.
    keys = ["sub"]
    if claims.get("email_verified") is True or settings.trust_email:
        keys.append("email")
    ids = {str(claims.get(k, "")).strip().casefold() for k in keys} - {""}
    held = {v.strip().casefold() for v in _values(claims.get(settings.roles_claim))}
    if ids & set(settings.admins) or held & set(settings.admin_roles):
        return Role.ADMIN
    if ids & set(settings.editors) or held & set(settings.editor_roles):
        return Role.EDITOR
    return Role.EDITOR if settings.signed_in_role == "editor" else Role.VIEWER


@dataclass(frozen=True)
class Visitor:
    """Who is using this session, as far as the app knows, and what they may do."""

    role: Role
    signed_in: bool
    can_sign_in: bool  # a provider is configured
    open_writing: bool  # no provider; the host opened writing for a single-user laptop
    name: str | None = None
    email: str | None = None
    provider: str = ""  # st.login's provider: "" for [auth] itself, else the name of [auth.NAME]

    def may(self, needed: Role) -> bool:
        return self.role >= needed

    @property
    def label(self) -> str | None:
        """How a load or an assessment records who made it: 'Name <email>', or what the provider gave."""
        if self.name and self.email and self.name != self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email


# Characters that change the direction or the joining of the text after them (U+202A-U+202E, U+2066-U+2069, the
# marks U+200E, U+200F, U+061C), and other invisible format characters: a name carrying one would reverse the
# app's own text that follows it on the page.
_FORMAT_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C,
                                  0x200B, 0xFEFF])


def plain_text(value: Any) -> str | None:
    """A claim shown on the page as plain text: no direction overrides or invisible controls; None when empty."""
    if value is None:
        return None
    text = "".join(ch for ch in str(value).translate(_FORMAT_CONTROLS) if ch.isprintable() or ch == " ").strip()
    return text or None


def visitor(settings: AccessSettings, *, provider: str | None, claims: Mapping[str, Any] | None,
            open_writing: bool) -> Visitor:
    """The session's visitor. ``provider`` is ``sign_in_provider``'s answer; ``claims`` None when nobody is signed in.

    A configured provider wins over open writing: once a host sets up sign-in, only roles count. Open writing
    makes an editor, never an admin: emptying the graph stays with sign-in or `tirlun reset`.
    """
    if provider is not None and claims is not None:
        name = plain_text(claims.get("name"))
        who = plain_text(claims.get("email") or claims.get("sub"))
        return Visitor(role_for(claims, settings), True, True, False, name, who, provider)
    if provider is not None:
        return Visitor(Role.VIEWER if settings.read == "open" else Role.NONE, False, True, False, provider=provider)
    if settings.read == "signed-in":
        raise TirlunError(msg("access.read_without_provider"), msg("access.read_without_provider_hint"))
    if open_writing:
        return Visitor(Role.EDITOR, False, False, True)
    return Visitor(Role.VIEWER, False, False, False)
