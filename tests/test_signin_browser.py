"""Sign-in for changes, end to end: a real OpenID Connect provider, the real app, Chromium.

The provider is oidc-provider-mock (a real OIDC server, run in this process) with two users: a viewer
and an editor whose token carries the Entra-style app role "Tirlun.Editor". The app is the real
Streamlit process `tirlun app` runs, given a secrets file as a host would write it (docs/security.md).
A viewer can check an upload but not load it; an editor loads it and the history records the editor.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from tirlun.database import Database
from tirlun.i18n import catalogue

from app_support import free_port, long_first_meeting, seed_zip, streamlit_app

EN = catalogue("en")
VIEWER = ("val@example.org", "Val Viewer")
EDITOR = ("eira@example.org", "Eira Editor")


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """The OIDC provider's base URL; its two users sign in with one click on its form."""
    from oidc_provider_mock import User, run_server_in_thread

    users = [User(sub=VIEWER[0], claims={"email": VIEWER[0], "name": VIEWER[1]}),
             User(sub=EDITOR[0], claims={"email": EDITOR[0], "name": EDITOR[1], "roles": ["Tirlun.Editor"]})]
    with run_server_in_thread(port=free_port(), user_claims=users) as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture(scope="module")
def signed_app(session_db: Database, app_env: dict[str, str], provider: str,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app with sign-in configured; writing would be open without it, to show sign-in wins."""
    folder = tmp_path_factory.mktemp("signin")
    port = free_port()
    (folder / "secrets.toml").write_text(f"""
[auth]
redirect_uri = "http://localhost:{port}/oauth2callback"
cookie_secret = "{secrets.token_hex(32)}"
client_id = "tirlun-test"
client_secret = "{secrets.token_hex(16)}"
server_metadata_url = "{provider}/.well-known/openid-configuration"

[tirlun.access]
editor_roles = ["Tirlun.Editor"]
""", encoding="utf-8")
    with streamlit_app(folder, "sign-in test", port=port, secrets=(str(folder / "secrets.toml"),),
                       env={"TIRLUN_OPEN_WRITING": "1"}) as url:
        yield url


def _changed_seed() -> bytes:
    """The seed as a zip with one meeting lasting 7.5 hours: a change the diff shows and a load makes."""
    return seed_zip(long_first_meeting()[0])


def _sign_in(page: Any, url: str, email: str) -> None:
    """Sign in as one of the provider's users: the sidebar's button, then the user's button on its form."""
    page.goto(url, wait_until="networkidle")
    page.get_by_role("button", name=EN["signin.sign_in"]).first.click(timeout=60_000)
    page.get_by_role("button", name=email, exact=True).click(timeout=30_000)  # the provider's own page
    page.wait_for_url(f"{url}/**", timeout=30_000)
    page.get_by_text(EN["signin.as"].split(" {")[0], exact=False).first.wait_for(timeout=60_000)


def _upload(page: Any, url: str) -> None:
    page.goto(f"{url}/data", wait_until="networkidle")
    page.get_by_text(EN["data.upload"], exact=True).first.wait_for(timeout=60_000)
    page.locator("input[type=file]").first.set_input_files(
        {"name": "ctm.zip", "mimeType": "application/zip", "buffer": _changed_seed()})
    # The page checks the file against the graph; the file's partnerships cover one region (ctm), so the region
    # box comes filled in with it and the change list follows, with "Add only" left unticked.
    page.get_by_text(EN["data.diff"], exact=True).first.wait_for(timeout=120_000)
    assert page.get_by_role("textbox", name=EN["data.region"], exact=True).input_value() == "ctm"
    assert not page.get_by_role("checkbox", name=EN["data.add_only"], exact=True).is_checked()


def test_a_viewer_cannot_load_an_editor_can_and_the_load_names_the_editor(seeded: Database, signed_app: str,
                                                                           browser: Any) -> None:
    before = seeded.read("load_history", {"limit": 50})
    shown = f"{VIEWER[1]} <{VIEWER[0]}>"

    viewer = browser.new_context(viewport={"width": 1280, "height": 720})
    page = viewer.new_page()
    # Before signing in: the sidebar offers sign-in, and writing is not open (a provider is configured).
    page.goto(signed_app, wait_until="networkidle")
    page.get_by_role("button", name=EN["signin.sign_in"]).first.wait_for(timeout=60_000)
    assert page.get_by_text("Writing is open").count() == 0
    _sign_in(page, signed_app, VIEWER[0])
    assert page.get_by_text(f"Signed in as {shown} (viewer).").count() == 1
    _upload(page, signed_app)
    # "Add only" is left unticked, so the file is the region's whole truth: the page names that action.
    need = f"To {EN['signin.action_replace']} you need the editor role. You are signed in as {shown}"
    page.get_by_text(need).wait_for(timeout=30_000)
    assert page.get_by_role("button", name=EN["data.confirm_load"]).count() == 0
    assert seeded.read("load_history", {"limit": 50}) == before  # nothing written
    viewer.close()

    editor = browser.new_context(viewport={"width": 1280, "height": 720})  # another person, another browser
    page = editor.new_page()
    _sign_in(page, signed_app, EDITOR[0])
    assert page.get_by_text(f"Signed in as {EDITOR[1]} <{EDITOR[0]}> (editor).").count() == 1
    _upload(page, signed_app)
    assert page.get_by_text(EN["data.empty_graph"]).count() == 0  # emptying the graph is for admins
    page.get_by_role("button", name=EN["data.confirm_load"]).click(timeout=30_000)
    page.get_by_text("Loaded", exact=False).first.wait_for(timeout=120_000)
    latest = seeded.read("load_history", {"limit": 1})[0]
    assert (latest["by"], latest["region"], latest["outcome"]) == (f"{EDITOR[1]} <{EDITOR[0]}>", "ctm", "committed")
    rows, _ = seeded.run_readonly("MATCH (m:Meeting) WHERE m.duration_hours = 7.5 RETURN count(m) AS n", {})
    assert rows == [{"n": 1}]
    editor.close()


def test_signing_out_in_another_tab_refuses_the_write_in_this_one(seeded: Database, signed_app: str,
                                                                  browser: Any) -> None:
    """Tab A: an editor's assessment form, filled in. Tab B, same browser: sign out. Tab A: save.
    Nothing is written, and tab A says why (issue 22)."""
    before = seeded.read("graph_fingerprint")
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    tab_a = context.new_page()
    _sign_in(tab_a, signed_app, EDITOR[0])
    tab_a.goto(f"{signed_app}/assessment", wait_until="networkidle")
    tab_a.get_by_role("tab", name=EN["assessment.tab.score"]).click(timeout=90_000)
    save = tab_a.get_by_role("button", name=EN["assessment.save"])
    save.wait_for(timeout=60_000)

    tab_b = context.new_page()  # the same browser, so the same sign-in cookie
    tab_b.goto(signed_app, wait_until="networkidle")
    tab_b.get_by_role("button", name=EN["signin.sign_out"]).click(timeout=60_000)
    # Streamlit signs out and sends the browser on to the provider's end-session page
    tab_b.wait_for_url(lambda url: "logout" in url or "end_session" in url, timeout=60_000)

    save.click(timeout=30_000)
    tab_a.get_by_text("Nothing was written: you have signed out in another tab or window").wait_for(timeout=60_000)
    assert tab_a.get_by_text("Saved", exact=False).count() == 0
    assert seeded.read("graph_fingerprint") == before  # no assessment saved
    context.close()


@pytest.fixture(scope="module")
def open_app(session_db: Database, app_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app as `tirlun demo` runs it on a laptop: writing open, started on localhost."""
    folder = tmp_path_factory.mktemp("rebind")
    with streamlit_app(folder, "DNS rebinding test",
                       env={"TIRLUN_OPEN_WRITING": "1", "TIRLUN_ADDRESS": "localhost"}) as url:
        yield url


def test_open_writing_is_not_offered_through_a_rebound_name(seeded: Database, open_app: str, browser: Any) -> None:
    """A site whose DNS answers 127.0.0.1 (here: Chromium told to resolve rebind.example so) reaches the app, but
    its pages read only; the same app at localhost offers writing."""
    from app_support import CHROMIUM

    port = open_app.rsplit(":", 1)[1]
    b = browser.browser_type.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--host-resolver-rules=MAP rebind.example 127.0.0.1"])
    try:
        page = b.new_page(viewport={"width": 1280, "height": 720})
        page.goto(f"http://rebind.example:{port}/data", wait_until="networkidle")
        page.get_by_text(f"Read-only here: this page was opened at rebind.example:{port}").wait_for(timeout=90_000)
        assert page.get_by_text("Writing is open").count() == 0
        page.goto(f"{open_app}/data", wait_until="networkidle")
        page.get_by_text("Writing is open").first.wait_for(timeout=90_000)
    finally:
        b.close()
