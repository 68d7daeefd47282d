"""`tirlun demo`, `tirlun app` and `tirlun pack`: the commands that start or export the app.

Kept apart from tirlun/cli.py so the app's commands can change without touching the core
CLI; ``register(main)`` adds them to the `tirlun` group (errors are handled there).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import webbrowser
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import click

from tirlun.errors import TirlunError

# The app script and the seed ship inside the package, so `tirlun demo` works from any folder
# after `pip install`, not only in a checkout.
APP = Path(str(resources.files("tirlun.views") / "app.py"))
SEED = Path(str(resources.files("tirlun.seed.ctm")))


def secrets_files(extra: tuple[str, ...] = ()) -> list[Path]:
    """Where the app looks for its secrets (sign-in): Streamlit's usual two places, read from the folder
    the user runs Tirlun in (Streamlit itself runs in the package's folder), then any ``--secrets``."""
    return [Path.home() / ".streamlit" / "secrets.toml", Path.cwd() / ".streamlit" / "secrets.toml",
            *(Path(f).expanduser().resolve() for f in extra)]


def streamlit_command(port: int, address: str = "localhost", secrets: tuple[str, ...] = ()) -> list[str]:
    """Streamlit, headless, with usage statistics off (also set in .streamlit/config.toml).

    No file watcher: it is for editing the app, and after every script run it walks every
    loaded module's path, which cost each page view about 0.25 s of CPU (bench/sessions.py).
    No full garbage collection after every run either (Python's own collector still runs):
    with pandas, Altair and networkx loaded it was most of what a cached page view cost.
    """
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true",
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        "--runner.magicEnabled", "false",
        "--runner.postScriptGC", "false",
        "--browser.gatherUsageStats", "false",
        "--server.port", str(port),
        "--server.address", address,
        *(arg for f in secrets_files(secrets) for arg in ("--secrets.files", str(f))),
    ]


def wait_for_port(port: int, host: str = "127.0.0.1", timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.3)
    return False


def local_host(address: str) -> str:
    """The host this machine reaches an app listening on ``address`` at (0.0.0.0 and :: mean every
    interface, so localhost)."""
    return "localhost" if address in ("0.0.0.0", "::", "") else address


def run_app(port: int, open_browser: bool, address: str = "localhost", *, secrets: tuple[str, ...] = (),
            open_writing: bool = False) -> None:
    """Run Streamlit until it stops or the user presses Ctrl-C; open the browser once it answers."""
    from tirlun.access import OPEN_WRITING_ENV, check_secrets_files

    check_secrets_files(secrets_files(secrets))  # Streamlit would drop them all, sign-in included, without a word
    env = os.environ.copy()
    env[OPEN_WRITING_ENV] = "1" if open_writing else "0"
    proc = subprocess.Popen(streamlit_command(port, address, secrets), cwd=APP.parent, env=env)
    host = local_host(address)
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    try:
        if wait_for_port(port, host=host):
            click.echo(f"Tirlun is running at {url} (Ctrl-C stops it).")
            if open_browser:
                webbrowser.open(url)
        proc.wait()
    except KeyboardInterrupt:
        click.echo("Stopping Tirlun.")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    if proc.returncode not in (0, -15, None):
        raise TirlunError(f"Streamlit stopped with exit code {proc.returncode}.", "Read the messages above for why.")


def ensure_local_server() -> None:
    """Start the bundled Neo4j when NEO4J_URI is not set; otherwise leave the user's server alone."""
    from tirlun.config import load_settings

    settings = load_settings()
    if not settings.uses_local_server:
        return
    from tirlun.neo4j_local.server import LocalServer

    server = LocalServer(settings.local)
    if not server.status().running:
        click.echo("Starting the local Neo4j (the first start fetches it, about 125 MB)...", err=True)
    status = server.start()
    click.echo(f"Neo4j is running at {status.uri}.", err=True)


def load_seed_if_empty(seed: Path) -> None:
    from tirlun.config import load_settings
    from tirlun.database import Database
    from tirlun.loader.journal import recover
    from tirlun.loader.load import load_path

    with Database.connect(load_settings()) as db:
        db.check()
        for settled in recover(db):  # a load that crashed is undone (or kept, if it committed) first
            click.echo(settled.message(), err=True)
        counts = db.read("app_status")
        if counts and counts[0].get("partnerships"):
            click.echo(f"The graph already holds {counts[0]['partnerships']} partnerships; not loading the example.", err=True)
            return
        if not seed.exists():
            raise TirlunError(f"The example data is not at {seed}.", "Load your own with `tirlun load PATH`.")
        click.echo(f"The graph is empty: loading the example from {seed}...", err=True)
        report = load_path(db, seed)
        click.echo(f"Loaded {report.rows} rows for region '{report.region}' in {report.seconds:.1f} s.", err=True)


def loopback(address: str) -> bool:
    """Whether an app listening on ``address`` is reachable from this machine only."""
    return address in ("localhost", "127.0.0.1", "::1")


def serve_options(command: Callable[..., None]) -> Callable[..., None]:
    """--address, --port, --no-browser, --secrets and --open-writing, shared by `demo` and `app`."""
    command = click.option(
        "--open-writing/--no-open-writing", default=None,
        help="Without a sign-in provider, let anyone using the app load data and save assessments (a single-user "
             "laptop). Ignored once sign-in is configured. Default: on for `demo` on localhost, off otherwise.",
    )(command)
    command = click.option(
        "--secrets", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="A secrets file with the sign-in settings ([auth] and [tirlun.access]; docs/security.md). Also read: "
             "~/.streamlit/secrets.toml and .streamlit/secrets.toml in this folder.",
    )(command)
    command = click.option("--no-browser", is_flag=True, help="Do not open a web browser.")(command)
    command = click.option(
        "--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
        help="Port the app listens on.",
    )(command)
    return click.option(
        "--address", default="localhost", show_default=True,
        help="Address the app listens on: localhost for this machine only; 0.0.0.0 for every network "
             "interface (in Docker, or to share the app on your network).",
    )(command)


def register(main: click.Group) -> None:
    """Add demo, app and pack to the `tirlun` command group."""

    @main.command()
    @serve_options
    @click.option("--seed", "seed", type=click.Path(), default=str(SEED), show_default=True,
                  help="Data loaded when the graph is empty.")
    def demo(address: str, port: int, no_browser: bool, secrets: tuple[str, ...], open_writing: bool | None,
             seed: str) -> None:
        """Start the local Neo4j (unless NEO4J_URI names a server), load the Cwm Taf Morgannwg
        example if the graph is empty, and open the app (writing open on localhost, for one user)."""
        ensure_local_server()
        load_seed_if_empty(Path(seed))
        writing = loopback(address) if open_writing is None else open_writing
        if open_writing is None and not writing:
            click.echo("Writing from the app is off (listening beyond this machine): set up sign-in "
                       "(docs/security.md) or pass --open-writing.", err=True)
        run_app(port, open_browser=not no_browser, address=address, secrets=secrets, open_writing=writing)

    @main.command()
    @serve_options
    def app(address: str, port: int, no_browser: bool, secrets: tuple[str, ...], open_writing: bool | None) -> None:
        """Run the app against the configured Neo4j (NEO4J_URI, or the local server). Writing from the
        app needs sign-in (docs/security.md) unless --open-writing."""
        run_app(port, open_browser=not no_browser, address=address, secrets=secrets, open_writing=bool(open_writing))

    @main.command()
    @click.argument("out_path", metavar="OUT.html", type=click.Path(dir_okay=False))
    @click.option("--region", help="Region id, e.g. ctm (default: every region).")
    @click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date (default: today).")
    @click.option("--lang", type=click.Choice(["en", "cy"]), default="en", show_default=True, help="Language.")
    @click.option("--members", type=click.Choice(["organisations", "people"]), default="organisations",
                  show_default=True, help="Overlap by member organisations or by posts.")
    def pack(out_path: str, region: str | None, as_of: dt.datetime | None, lang: str, members: str) -> None:
        """Export the overlap story (network, heatmap, tables) as one offline HTML file."""
        from tirlun import pack as packer
        from tirlun.answers.base import default_as_of
        from tirlun.config import load_settings
        from tirlun.database import Database

        with Database.connect(load_settings()) as db:
            db.check()
            day = as_of.date() if as_of else default_as_of(db, region)
            path = packer.write(db, out_path, region, day, lang, members)
        click.echo(f"Wrote {path} ({path.stat().st_size / 1024:,.0f} KB): open it in any browser, no network needed.")
