"""Who may change the landscape: the rules (tirlun.access) by hand, then the pages' gates in AppTest.

The real sign-in, through an OpenID Connect provider in a browser, is tests/test_signin_browser.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import streamlit as st

from tirlun.access import AccessSettings, Role, access_settings, provider_configured, role_for, visitor
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.loader.load import load_path

from app_support import seed_folder

AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32, "client_id": "tirlun",
        "client_secret": "s", "server_metadata_url": "http://127.0.0.1:9400/.well-known/openid-configuration"}
SETTINGS = access_settings({"editors": ["Eira@Example.org"], "admins": ["ada@example.org"]})


# -- the rules --------------------------------------------------------------------------------
@pytest.mark.parametrize(("claims", "role"), [
    ({"email": "eira@example.org"}, Role.EDITOR),                        # listed, case aside
    ({"email": "ada@example.org"}, Role.ADMIN),
    ({"email": "val@example.org"}, Role.VIEWER),                         # signed in, in no list
    ({"email": "val@example.org", "roles": ["Tirlun.Editor"]}, Role.EDITOR),   # Entra ID app role
    ({"email": "val@example.org", "roles": "tirlun.admin"}, Role.ADMIN),       # one role sent as a string
    ({"email": "val@example.org", "roles": ["Tirlun.Reader"]}, Role.VIEWER),   # a role Tirlun does not know
    ({"sub": "eira@example.org"}, Role.EDITOR),                          # no e-mail claim: the subject counts
    ({"email": "eira@example.org", "roles": ["Tirlun.Admin"]}, Role.ADMIN),    # the highest wins
    ({"email": "eira@example.org.evil"}, Role.VIEWER),                   # whole values only
])
def test_roles_come_from_the_lists_and_the_role_claim(claims: dict[str, Any], role: Role) -> None:
    assert role_for(claims, SETTINGS) == role


def test_the_role_claim_and_its_values_are_the_hosts_choice() -> None:
    groups = access_settings({"roles_claim": "groups", "editor_roles": ["ctm-coordinators"], "signed_in_role": "viewer"})
    assert role_for({"email": "a@b", "groups": ["ctm-coordinators", "staff"]}, groups) == Role.EDITOR
    assert role_for({"email": "a@b", "roles": ["Tirlun.Editor"]}, groups) == Role.VIEWER  # the other claim is ignored
    everyone = access_settings({"signed_in_role": "editor"})
    assert role_for({"email": "anyone@council.gov.wales"}, everyone) == Role.EDITOR


@pytest.mark.parametrize(("auth", "configured"), [
    (None, False),
    ({}, False),
    (AUTH, True),
    ({k: v for k, v in AUTH.items() if k != "cookie_secret"}, False),
    ({k: v for k, v in AUTH.items() if k != "server_metadata_url"}, False),
    # a named provider ([auth.microsoft]) with the shared keys beside it
    ({"redirect_uri": AUTH["redirect_uri"], "cookie_secret": "c",
      "microsoft": {"client_id": "i", "client_secret": "s",
                    "server_metadata_url": "https://login.microsoftonline.com/T/v2.0/.well-known/openid-configuration"}},
     True),
])
def test_a_provider_is_configured_only_when_streamlit_could_sign_in(auth: dict[str, Any] | None,
                                                                   configured: bool) -> None:
    assert provider_configured(auth) is configured


def test_who_the_visitor_is_in_each_setting() -> None:
    signed = visitor(SETTINGS, provider=True, claims={"email": "eira@example.org", "name": "Eira Editor"},
                     open_writing=True)
    assert (signed.role, signed.signed_in, signed.label) == (Role.EDITOR, True, "Eira Editor <eira@example.org>")
    assert not signed.open_writing  # a configured provider wins over open writing
    anonymous = visitor(SETTINGS, provider=True, claims=None, open_writing=True)
    assert (anonymous.role, anonymous.can_sign_in, anonymous.label) == (Role.VIEWER, True, None)
    closed = visitor(access_settings({"read": "signed-in"}), provider=True, claims=None, open_writing=False)
    assert closed.role == Role.NONE and not closed.may(Role.VIEWER)
    laptop = visitor(AccessSettings(), provider=False, claims=None, open_writing=True)
    assert laptop.may(Role.ADMIN) and laptop.open_writing and not laptop.can_sign_in
    shared = visitor(AccessSettings(), provider=False, claims=None, open_writing=False)
    assert shared.role == Role.VIEWER and not shared.may(Role.EDITOR)


def test_wrong_settings_say_which_key_and_what_to_do() -> None:
    with pytest.raises(TirlunError) as caught:
        access_settings({"editor": ["a@b"]})  # a typo for editors
    assert "[tirlun.access] editor:" in caught.value.message and "secrets file" in (caught.value.hint or "")
    with pytest.raises(TirlunError) as caught:
        access_settings({"read": "closed"})
    assert "[tirlun.access] read:" in caught.value.message
    with pytest.raises(TirlunError) as caught:
        visitor(access_settings({"read": "signed-in"}), provider=False, claims=None, open_writing=True)
    assert "no sign-in provider is configured" in caught.value.message


# -- the gates on the pages (AppTest; the seeded graph) ------------------------------------------
def _app(page: str, monkeypatch: pytest.MonkeyPatch, *, open_writing: bool = False,
         secrets: dict[str, Any] | None = None, user: dict[str, Any] | None = None, lang: str = "en") -> Any:
    from streamlit.testing.v1 import AppTest

    from app_support import APP

    monkeypatch.setenv("TIRLUN_OPEN_WRITING", "1" if open_writing else "0")
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state["lang"] = lang
    if secrets:
        at.secrets.update(secrets)
    at.user = user if user is not None else {}
    at.run()
    if page != "overview":
        at.switch_page(f"views/{page}.py").run()
    return at


def _infos(at: Any) -> str:
    return " ".join(i.value for i in at.info)


def test_without_sign_in_the_app_only_reads(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("assessment", monkeypatch)
    assert not at.exception
    assert "To save an assessment from the app, sign-in must be set up" in _infos(at)
    assert not [b for b in at.button if b.label == "Save the assessment"]
    data = _app("data", monkeypatch)
    assert not data.exception and not data.get("expander")  # no admin tools


def test_open_writing_lets_the_one_user_do_everything(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("data", monkeypatch, open_writing=True)
    assert not at.exception
    assert [e.label for e in at.get("expander")] == ["Empty the graph (admins)"]
    assert "Writing is open" in " ".join(c.value for c in at.sidebar.caption)


def test_a_signed_in_viewer_is_told_which_role_is_missing(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("assessment", monkeypatch, open_writing=True,  # ignored: a provider is configured
              secrets={"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}},
              user={"is_logged_in": True, "email": "val@example.org", "name": "Val Viewer"})
    assert not at.exception
    # Markdown source: the name is escaped so "<...>" shows as text, not as a link or a tag
    assert "To save an assessment you need the editor role. You are signed in as Val Viewer \\<val@example\\.org\\>" \
        in _infos(at)
    assert "Signed in as Val Viewer \\<val@example\\.org\\> (viewer)." in [c.value for c in at.sidebar.caption]


def test_an_editor_may_save_but_not_empty_the_graph(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = {"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}}
    at = _app("assessment", monkeypatch, secrets=secrets,
              user={"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor"}, lang="cy")
    assert not at.exception
    assert [b for b in at.button if b.label == "Cadw'r asesiad"]
    data = _app("data", monkeypatch, secrets=secrets,
                user={"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor"})
    assert not data.exception and not data.get("expander")


def test_reading_can_require_sign_in(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("overview", monkeypatch, secrets={"auth": AUTH, "tirlun": {"access": {"read": "signed-in"}}},
              user={"is_logged_in": False}, lang="cy")
    assert not at.exception
    assert _infos(at) == "Mae'r Tirlun hwn yn gofyn i bawb fewngofnodi cyn darllen."
    assert not at.metric and not at.dataframe  # nothing of the landscape


@pytest.fixture
def reseeded(seeded: Database) -> Iterator[Database]:
    """The seed freshly loaded before a test that empties the graph, and again after it for the tests that follow."""
    def fresh() -> None:
        seeded.run_script("clear_graph")
        load_path(seeded, seed_folder())
        st.cache_data.clear()

    fresh()
    yield seeded
    fresh()


def test_an_admin_empties_the_graph_and_the_history_keeps_who(reseeded: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seeded = reseeded
    secrets = {"auth": AUTH, "tirlun": {"access": {"admins": ["ada@example.org"]}}}
    at = _app("data", monkeypatch, secrets=secrets,
              user={"is_logged_in": True, "email": "ada@example.org", "name": "Ada Admin"})
    loads_before = seeded.read("load_history", {"limit": 50})
    button = at.button(key="dt-empty")
    assert button.disabled  # not before the word is typed
    at.text_input(key="dt_empty_word").input("empty").run()
    assert not at.button(key="dt-empty").disabled
    at.button(key="dt-empty").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["The graph is empty. The load history below records who emptied it."]
    rows, _ = seeded.run_readonly("MATCH (n) WHERE NOT n:LoadRecord RETURN count(n) AS n", {})
    assert rows == [{"n": 0}]
    history = seeded.read("load_history", {"limit": 50})
    assert len(history) == len(loads_before) + 1  # the seed's load is still there, and one line more
    assert (history[0]["by"], history[0]["outcome"], history[0]["region"], history[0]["rows"]) == (
        "Ada Admin <ada@example.org>", "emptied", "*", 0)


def test_cli_reset_keeps_the_history_and_records_who(reseeded: Database, app_env: dict[str, str]) -> None:
    seeded = reseeded
    from click.testing import CliRunner

    from tirlun.cli import main

    result = CliRunner().invoke(main, ["reset", "--yes", "--by", "a host at the console"])
    assert result.exit_code == 0, result.output
    assert "The graph is empty" in result.output
    history = seeded.read("load_history", {"limit": 2})
    assert [(h["by"], h["outcome"], h["region"]) for h in history] == [
        ("a host at the console", "emptied", "*"), (history[1]["by"], "committed", "ctm")]
    rows, _ = seeded.run_readonly("MATCH (n) WHERE NOT n:LoadRecord RETURN count(n) AS n", {})
    assert rows == [{"n": 0}]


def test_the_security_guide_names_every_sign_in_setting() -> None:
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "security.md").read_text(encoding="utf-8")
    example = guide.split("[tirlun.access]", 1)[1].split("```", 1)[0]
    named = {line.split("=", 1)[0].strip() for line in example.splitlines() if "=" in line}
    assert named == set(AccessSettings.model_fields)
    # and the example is valid as it stands
    import tomllib

    assert access_settings(tomllib.loads("[a]\n" + example)["a"]).read == "open"
