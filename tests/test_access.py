"""Who may change the landscape: the rules (tirlun.access) by hand, then the pages' gates in AppTest.

The real sign-in, through an OpenID Connect provider in a browser, is tests/test_signin_browser.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import streamlit as st

from tirlun.access import (
    AccessSettings,
    Role,
    access_settings,
    check_secrets_files,
    role_for,
    sign_in_provider,
    tirlun_table,
    visitor,
)
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import translator
from tirlun.loader.load import load_path

from app_support import seed_folder

AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32, "client_id": "tirlun",
        "client_secret": "s", "server_metadata_url": "http://127.0.0.1:9400/.well-known/openid-configuration"}
SETTINGS = access_settings({"editors": ["Eira@Example.org"], "admins": ["ada@example.org"]})


# -- the rules --------------------------------------------------------------------------------
V = {"email_verified": True}  # the provider vouches for the address


@pytest.mark.parametrize(("claims", "role"), [
    ({"email": "eira@example.org", **V}, Role.EDITOR),                   # listed, case aside
    ({"email": "ada@example.org", **V}, Role.ADMIN),
    ({"email": "val@example.org", **V}, Role.VIEWER),                    # signed in, in no list
    ({"email": "val@example.org", "roles": ["Tirlun.Editor"]}, Role.EDITOR),   # Entra ID app role
    ({"email": "val@example.org", "roles": "tirlun.admin"}, Role.ADMIN),       # one role sent as a string
    ({"email": "val@example.org", "roles": ["Tirlun.Reader"]}, Role.VIEWER),   # a role Tirlun does not know
    ({"sub": "eira@example.org"}, Role.EDITOR),                          # the subject always counts
    ({"email": "eira@example.org", "roles": ["Tirlun.Admin"], **V}, Role.ADMIN),  # the highest wins
    ({"email": "eira@example.org.evil", **V}, Role.VIEWER),              # whole values only
    ({"email": "eira@example.org"}, Role.VIEWER),                        # an address nobody vouched for
    ({"email": "eira@example.org", "email_verified": False}, Role.VIEWER),
    ({"preferred_username": "eira@example.org", **V}, Role.VIEWER),      # a name users may choose themselves
])
def test_roles_come_from_the_lists_and_the_role_claim(claims: dict[str, Any], role: Role) -> None:
    assert role_for(claims, SETTINGS) == role


def test_a_host_may_trust_its_own_providers_addresses() -> None:
    trusting = access_settings({"editors": ["eira@example.org"], "trust_email": True})
    assert role_for({"email": "Eira@example.org", "sub": "x1"}, trusting) == Role.EDITOR  # Entra sends no email_verified


def test_the_role_claim_and_its_values_are_the_hosts_choice() -> None:
    groups = access_settings({"roles_claim": "groups", "editor_roles": ["ctm-coordinators"], "signed_in_role": "viewer"})
    assert role_for({"sub": "a@b", "groups": ["ctm-coordinators", "staff"]}, groups) == Role.EDITOR
    assert role_for({"email": "a@b", "roles": ["Tirlun.Editor"]}, groups) == Role.VIEWER  # the other claim is ignored
    everyone = access_settings({"signed_in_role": "editor"})
    assert role_for({"email": "anyone@council.gov.wales"}, everyone) == Role.EDITOR


NAMED = {"redirect_uri": AUTH["redirect_uri"], "cookie_secret": "c" * 32,
         "microsoft": {"client_id": "i", "client_secret": "s",
                       "server_metadata_url": "https://login.microsoftonline.com/T/v2.0/.well-known/openid-configuration"}}


@pytest.mark.parametrize(("auth", "provider"), [
    (None, None),
    (AUTH, ""),                 # st.login() with no name
    (NAMED, "microsoft"),       # st.login("microsoft")
])
def test_the_provider_streamlit_signs_in_with(auth: dict[str, Any] | None, provider: str | None) -> None:
    assert sign_in_provider(auth) == provider


@pytest.mark.parametrize(("auth", "named"), [
    ({k: v for k, v in AUTH.items() if k != "cookie_secret"}, "[auth] cookie_secret"),
    ({k: v for k, v in AUTH.items() if k not in ("server_metadata_url", "client_secret")},
     "[auth] client_secret, [auth] server_metadata_url"),
    ({**NAMED, "microsoft": {"client_id": "i"}}, "[auth] microsoft.client_secret, [auth] microsoft.server_metadata_url"),
    # an [auth] table left empty is a set-up begun and never finished, not "no sign-in" (open writing would stay on)
    ({}, "[auth] redirect_uri, [auth] cookie_secret, [auth] client_id, [auth] client_secret, "
         "[auth] server_metadata_url"),
])
def test_an_incomplete_provider_is_named_not_ignored(auth: dict[str, Any], named: str) -> None:
    with pytest.raises(TirlunError) as caught:
        sign_in_provider(auth)
    assert caught.value.message == f"The sign-in settings are incomplete: {named} missing."


def test_two_providers_are_refused() -> None:
    with pytest.raises(TirlunError, match="several providers \\(google, microsoft\\)"):
        sign_in_provider({**NAMED, "google": NAMED["microsoft"]})


def test_a_misspelt_table_or_a_broken_file_is_named(tmp_path: Any) -> None:
    with pytest.raises(TirlunError) as caught:
        tirlun_table({"tirlun": {"acess": {"read": "signed-in"}}})
    assert "[tirlun.access] tirlun.acess:" in caught.value.message
    with pytest.raises(TirlunError, match="must be a table"):
        access_settings("signed-in")
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text('[tirlun.access]\nread = "open"\n', encoding="utf-8")
    bad.write_text('[auth]\nredirect_uri = "http://x/oauth2callback\n', encoding="utf-8")  # unclosed string
    check_secrets_files([good, tmp_path / "absent.toml"])  # a file that is not there is fine
    with pytest.raises(TirlunError) as caught:
        check_secrets_files([good, bad])
    assert str(bad) in caught.value.message and "line 2" in caught.value.message


def test_who_the_visitor_is_in_each_setting() -> None:
    signed = visitor(SETTINGS, provider="", claims={"email": "eira@example.org", "name": "Eira Editor", **V},
                     open_writing=True)
    assert (signed.role, signed.signed_in, signed.label) == (Role.EDITOR, True, "Eira Editor <eira@example.org>")
    assert not signed.open_writing  # a configured provider wins over open writing
    anonymous = visitor(SETTINGS, provider="microsoft", claims=None, open_writing=True)
    assert (anonymous.role, anonymous.can_sign_in, anonymous.provider) == (Role.VIEWER, True, "microsoft")
    closed = visitor(access_settings({"read": "signed-in"}), provider="", claims=None, open_writing=False)
    assert closed.role == Role.NONE and not closed.may(Role.VIEWER)
    laptop = visitor(AccessSettings(), provider=None, claims=None, open_writing=True)
    assert laptop.may(Role.EDITOR) and not laptop.may(Role.ADMIN) and laptop.open_writing and not laptop.can_sign_in
    shared = visitor(AccessSettings(), provider=None, claims=None, open_writing=False)
    assert shared.role == Role.VIEWER and not shared.may(Role.EDITOR)


def test_wrong_settings_say_which_key_and_what_to_do() -> None:
    with pytest.raises(TirlunError) as caught:
        access_settings({"editor": ["a@b"]})  # a typo for editors
    assert "[tirlun.access] editor:" in caught.value.message and "secrets file" in (caught.value.hint or "")
    assert caught.value.message == ("The sign-in settings are not valid: [tirlun.access] editor: Tirlun has no such "
                                    "setting (docs/security.md lists them).")
    with pytest.raises(TirlunError) as caught:
        access_settings({"read": "closed"})
    assert caught.value.message.endswith("[tirlun.access] read: it must be 'open' or 'signed-in'.")
    # The settings cannot know who reads them: the error is worded by the reader's translator.
    with pytest.raises(TirlunError) as caught:
        access_settings({"trust_email": "maybe"})
    assert caught.value.say(translator("cy"), with_hint=False) == (
        "Nid yw'r gosodiadau mewngofnodi'n ddilys: [tirlun.access] trust_email: rhaid iddo fod yn true neu false.")
    assert caught.value.message == ("The sign-in settings are not valid: [tirlun.access] trust_email: it must be "
                                    "true or false.")
    with pytest.raises(TirlunError) as caught:
        visitor(access_settings({"read": "signed-in"}), provider=None, claims=None, open_writing=True)
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


def test_open_writing_lets_the_one_user_load_but_not_empty_the_graph(seeded: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("data", monkeypatch, open_writing=True)
    assert not at.exception and not at.get("expander")  # emptying the graph: sign-in as an admin, or `tirlun reset`
    assert "Writing is open" in " ".join(c.value for c in at.sidebar.caption)
    closed = _app("data", monkeypatch)
    assert "Read-only: sign-in is not set up here" in " ".join(c.value for c in closed.sidebar.caption)


def test_two_gates_on_one_page_each_offer_sign_in(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_calendar import ICS

    from app_support import long_first_meeting, seed_zip

    at = _app("data", monkeypatch, secrets={"auth": AUTH}, user={"is_logged_in": False})
    at.file_uploader(key="dt_upload").upload("ctm.zip", seed_zip(long_first_meeting()[0]), "application/zip")
    at.file_uploader(key="dt_ics").upload("board.ics", ICS.replace("\n", "\r\n").encode(), "text/calendar")
    at.text_input(key="dt_ics_partnership").input("ctm-psb")
    at.run()
    assert not at.exception  # two gates, two sign-in buttons with their own keys
    assert [b.key for b in at.button if b.key and b.key.startswith("sign-in-")] == ["sign-in-dt", "sign-in-dt-ics"]


def test_a_signed_in_viewer_is_told_which_role_is_missing(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app("assessment", monkeypatch, open_writing=True,  # ignored: a provider is configured
              secrets={"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}},
              user={"is_logged_in": True, "email": "val@example.org", "name": "Val Viewer", **V})
    assert not at.exception
    # Markdown source: the name is escaped so "<...>" shows as text, not as a link or a tag
    assert "To save an assessment you need the editor role. You are signed in as Val Viewer \\<val@example\\.org\\>" \
        in _infos(at)
    assert "Signed in as Val Viewer \\<val@example\\.org\\> (viewer)." in [c.value for c in at.sidebar.caption]


def test_an_editor_may_save_but_not_empty_the_graph(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = {"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}}
    at = _app("assessment", monkeypatch, secrets=secrets,
              user={"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor", **V}, lang="cy")
    assert not at.exception
    assert [b for b in at.button if b.label == "Cadw'r asesiad"]
    data = _app("data", monkeypatch, secrets=secrets,
                user={"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor", **V})
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
              user={"is_logged_in": True, "email": "ada@example.org", "name": "Ada Admin", **V})
    loads_before = seeded.read("load_history", {"limit": 50})
    button = at.button(key="dt-empty")
    assert button.disabled  # not before the word is typed
    at.text_input(key="dt_empty_word").input("empty").run()
    assert not at.button(key="dt-empty").disabled
    at.button(key="dt-empty").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["The graph is empty. The load history below records who emptied it."]
    # the load history stays, and so does the graph version (raised, so no cache keyed on it outlives the emptying)
    rows, _ = seeded.run_readonly("MATCH (n) WHERE NOT (n:LoadRecord OR n:GraphVersion) RETURN count(n) AS n", {})
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
    # the load history stays, and so does the graph version (raised, so no cache keyed on it outlives the emptying)
    rows, _ = seeded.run_readonly("MATCH (n) WHERE NOT (n:LoadRecord OR n:GraphVersion) RETURN count(n) AS n", {})
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


# -- a sign-in that cannot be forged (issue 22) ------------------------------------------------------------
@pytest.mark.parametrize(("secret", "problem"), [
    ("", "is shorter than 32 bytes"),
    ("   ", "is shorter than 32 bytes"),
    (None, "is shorter than 32 bytes"),
    ("a long random string", "is an example value from a guide"),  # the value docs/security.md once showed
    ("A Long Random String ", "is an example value from a guide"),
    ("xxx", "is an example value from a guide"),                   # Streamlit's own docs
    ("x" * 31, "is shorter than 32 bytes"),
    ("ŵ" * 15, "is shorter than 32 bytes"),                        # 30 bytes in UTF-8, 15 characters
])
def test_a_cookie_secret_anyone_could_know_is_refused(secret: Any, problem: str) -> None:
    with pytest.raises(TirlunError) as caught:
        sign_in_provider({**AUTH, "cookie_secret": secret})
    assert caught.value.message.startswith(f"The sign-in settings are not safe: [auth] cookie_secret {problem}.")
    assert 'python -c "import secrets; print(secrets.token_urlsafe(48))"' in (caught.value.hint or "")


def test_a_long_made_secret_is_accepted_and_the_refusal_speaks_welsh() -> None:
    import secrets

    assert sign_in_provider({**AUTH, "cookie_secret": secrets.token_urlsafe(48)}) == ""
    assert sign_in_provider({**AUTH, "cookie_secret": "ŵ" * 16}) == ""  # 32 bytes
    with pytest.raises(TirlunError) as caught:
        sign_in_provider({**AUTH, "cookie_secret": "short"})
    assert caught.value.say(translator("cy")).startswith("Nid yw'r gosodiadau mewngofnodi'n ddiogel: mae [auth] cookie_secret yn "
                                           "fyrrach na 32 beit.")


def test_the_guide_shows_no_cookie_secret_that_would_be_accepted() -> None:
    """docs/security.md's example must be refused if copied, and must say how to make a real one."""
    import tomllib
    from pathlib import Path

    guide = (Path(__file__).resolve().parent.parent / "docs" / "security.md").read_text(encoding="utf-8")
    example = guide.split("```toml", 1)[1].split("```", 1)[0]
    auth = tomllib.loads(example)["auth"]
    with pytest.raises(TirlunError, match="not safe"):
        sign_in_provider(auth)
    assert "secrets.token_urlsafe(48)" in example


def test_a_secrets_file_that_is_not_utf8_is_named(tmp_path: Any) -> None:
    path = tmp_path / "secrets.toml"
    path.write_bytes('[tirlun.access]\nread = "open" # caf\u00e9\n'.encode("latin-1"))
    with pytest.raises(TirlunError) as caught:
        check_secrets_files([path])
    assert caught.value.message.startswith(f"The secrets file {path} cannot be read: ")


@pytest.mark.parametrize(("claim", "shown"), [
    ("Eira \u202eEditor", "Eira Editor"),                    # RIGHT-TO-LEFT OVERRIDE
    ("\u2067Ada\u2069 Admin\u200f", "Ada Admin"),              # isolates and a direction mark
    ("Ffion\u200b\ufeff Jones\n", "Ffion Jones"),              # invisible and a line break
    ("Siân ap Gwilym", "Siân ap Gwilym"),                    # Welsh letters stay
    ("\u202e", None),
])
def test_a_name_cannot_turn_the_apps_text_around(claim: str, shown: str | None) -> None:
    from tirlun.access import plain_text

    assert plain_text(claim) == shown
    who = visitor(SETTINGS, provider="", claims={"name": claim, "email": "a\u202e@example.org"}, open_writing=False)
    assert who.name == shown and who.email == "a@example.org"


@pytest.mark.parametrize(("address", "host", "allowed"), [
    ("localhost", "localhost:8501", True),
    ("localhost", "127.0.0.1:8501", True),
    ("localhost", "[::1]:8501", True),
    ("localhost", "LOCALHOST:8501", True),
    ("localhost", "rebind.example:8501", False),             # a site whose DNS now answers 127.0.0.1
    ("localhost", "localhost.rebind.example:8501", False),
    ("127.0.0.1", "evil.example", False),
    ("192.168.1.20", "192.168.1.20:8501", True),
    ("192.168.1.20", "localhost:8501", False),               # not the address it was started on
    ("0.0.0.0", "localhost:8501", True),                     # Docker, published to this machine
    ("0.0.0.0", "rebind.example:8501", False),
    ("localhost", None, True),                               # no request at all (no browser): nothing to check
])
def test_open_writing_answers_only_to_the_address_it_was_started_on(address: str, host: str | None,
                                                                     allowed: bool) -> None:
    from tirlun.access import host_allowed

    assert host_allowed(host, address) is allowed


def test_a_write_after_signing_out_in_another_tab_is_refused(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tab A is drawn for a signed-in editor; the editor signs out in tab B; tab A's save is refused.

    Streamlit gives tab A's session the identity it connected with, so the sign-out is what the app remembered
    when tab B signed out (signin._sign_out), checked by signin.confirm right before the write.
    """
    import time

    from tirlun.views import signin

    secrets = {"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}}
    user = {"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor", **V}
    before = seeded.read("graph_fingerprint")
    at = _app("assessment", monkeypatch, secrets=secrets, user=user)
    assert not at.exception and [b for b in at.button if b.label == "Save the assessment"]
    who = visitor(SETTINGS, provider="", claims=user, open_writing=False)
    time.sleep(0.01)
    monkeypatch.setitem(signin._SIGNED_OUT, signin._identity(who), time.time())  # tab B: sign out
    next(b for b in at.button if b.label == "Save the assessment").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Nothing was written: you have signed out in another tab or window since this page opened. To save an "
        "assessment, sign in again."]
    assert not at.success
    assert seeded.read("graph_fingerprint") == before


def test_a_write_after_the_role_is_taken_away_is_refused(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets = {"auth": AUTH, "tirlun": {"access": {"editors": ["eira@example.org"]}}}
    user = {"is_logged_in": True, "email": "eira@example.org", "name": "Eira Editor", **V}
    before = seeded.read("graph_fingerprint")
    at = _app("assessment", monkeypatch, secrets=secrets, user=user)
    at.secrets["tirlun"] = {"access": {"editors": []}}  # the host takes the role away while the page is open
    next(b for b in at.button if b.label == "Save the assessment").click().run()
    assert not at.exception and not at.success
    # the click reruns the page, which reads the settings again: the form is gone and the page says why
    assert "To save an assessment you need the editor role." in _infos(at)
    assert seeded.read("graph_fingerprint") == before
