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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tirlun.errors import TirlunError
from tirlun.i18n import t

OPEN_WRITING_ENV = "TIRLUN_OPEN_WRITING"  # "1": no provider, and the host lets this app write


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

    @field_validator("editors", "admins", "editor_roles", "admin_roles")
    @classmethod
    def _folded(cls, values: list[str]) -> list[str]:
        return [v.strip().casefold() for v in values if v.strip()]


def access_settings(table: Mapping[str, Any] | None) -> AccessSettings:
    """The settings from the secrets file's ``[tirlun.access]`` table, or a clear error naming the key."""
    try:
        return AccessSettings.model_validate(dict(table or {}))
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(table)"
        raise TirlunError(t("access.settings_invalid", setting=key, problem=first["msg"]),
                          t("access.settings_invalid_hint")) from exc


def provider_configured(auth: Mapping[str, Any] | None) -> bool:
    """Whether Streamlit's ``[auth]`` table names an OpenID Connect provider it can sign in with."""
    if not auth or "redirect_uri" not in auth or "cookie_secret" not in auth:
        return False
    if "server_metadata_url" in auth and "client_id" in auth:
        return True
    return any(isinstance(v, Mapping) and "server_metadata_url" in v and "client_id" in v for v in auth.values())


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
    ids = {str(claims.get(k, "")).strip().casefold() for k in ("email", "preferred_username", "sub")} - {""}
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

    def may(self, needed: Role) -> bool:
        return self.role >= needed

    @property
    def label(self) -> str | None:
        """How a load or an assessment records who made it: 'Name <email>', or what the provider gave."""
        if self.name and self.email and self.name != self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email


def visitor(settings: AccessSettings, *, provider: bool, claims: Mapping[str, Any] | None,
            open_writing: bool) -> Visitor:
    """The session's visitor. ``claims`` is None when nobody is signed in.

    A configured provider wins over open writing: once a host sets up sign-in, only roles count.
    """
    if provider and claims is not None:
        name = claims.get("name") or claims.get("preferred_username")
        return Visitor(role_for(claims, settings), True, True, False,
                       str(name) if name else None, str(claims["email"]) if claims.get("email") else
                       (str(claims["sub"]) if claims.get("sub") else None))
    if provider:
        return Visitor(Role.VIEWER if settings.read == "open" else Role.NONE, False, True, False)
    if settings.read == "signed-in":
        raise TirlunError(t("access.read_without_provider"), t("access.read_without_provider_hint"))
    if open_writing:
        return Visitor(Role.ADMIN, False, False, True)
    return Visitor(Role.VIEWER, False, False, False)
