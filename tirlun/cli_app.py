"""`tirlun demo`, `tirlun app` and `tirlun pack`: the commands that start or export the app.

Kept apart from tirlun/cli.py so the app's commands can change without touching the core
CLI; ``register(main)`` adds them to the `tirlun` group (errors are handled there).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
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
from tirlun.i18n import EN

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


class Terminated(Exception):
    """SIGTERM arrived: unwind like Ctrl-C, so what Tirlun started is stopped on the way out."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def check_serving(address: str, open_writing: bool, network_writing: bool, secrets: tuple[str, ...]) -> None:
    """Refuse to serve what is not safe: a secrets file that does not parse, a sign-in whose cookie secret anyone
    could know (or an [auth] table left empty), open writing beyond this machine without the flag naming it."""
    from tirlun.access import auth_table_of_files, check_secrets_files, sign_in_provider

    files = secrets_files(secrets)
    check_secrets_files(files)  # Streamlit would drop them all, sign-in included, without a word
    provider = sign_in_provider(auth_table_of_files(files))
    if open_writing and provider is None and not loopback(address) and not network_writing:
        from tirlun.i18n import msg

        raise TirlunError(msg("access.open_writing_network", address=address),
                          msg("access.open_writing_network_hint", flag=f"--{NETWORK_WRITING_FLAG}"))


def run_app(port: int, open_browser: bool, address: str = "localhost", *, secrets: tuple[str, ...] = (),
            open_writing: bool = False, network_writing: bool = False,
            on_stop: Callable[[], None] | None = None) -> None:
    """Run Streamlit until it stops, the user presses Ctrl-C or SIGTERM arrives; open the browser once it answers.

    Whichever way it ends, the Streamlit child is stopped, then ``on_stop`` runs (`demo` stops the Neo4j it started).
    """
    from tirlun.access import ADDRESS_ENV, OPEN_WRITING_ENV

    check_serving(address, open_writing, network_writing, secrets)
    env = os.environ.copy()
    env[OPEN_WRITING_ENV] = "1" if open_writing else "0"
    env[ADDRESS_ENV] = address
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    proc = subprocess.Popen(streamlit_command(port, address, secrets), cwd=APP.parent, env=env)
    host = local_host(address)
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    try:
        if wait_for_port(port, host=host):
            click.echo(f"Tirlun is running at {url} (Ctrl-C stops it).")
            if open_browser:
                webbrowser.open(url)
        proc.wait()
    except (KeyboardInterrupt, Terminated):
        click.echo("Stopping Tirlun.", err=True)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        signal.signal(signal.SIGTERM, previous)
        if on_stop is not None:
            on_stop()
    if proc.returncode not in (0, -15, -2, None):
        raise TirlunError(f"Streamlit stopped with exit code {proc.returncode}.", "Read the messages above for why.")


def ensure_local_server() -> Callable[[], None] | None:
    """Start the bundled Neo4j when NEO4J_URI is not set; otherwise leave the user's server alone.

    Returns what stops it again when this call started it (None when it was running already, or is not ours).
    The fetch (about 125 MB, first use only) shows a bar of jars fetched.
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from tirlun.cli_common import err
    from tirlun.config import load_settings

    settings = load_settings()
    if not settings.uses_local_server:
        return None
    from tirlun.neo4j_local.server import LocalServer

    server = LocalServer(settings.local)
    if server.status().running:
        status = server.start()
        click.echo(f"Neo4j is running at {status.uri} (already running; it keeps running after the app stops: "
                   "`tirlun neo4j stop` stops it).", err=True)
        return None
    if not server.is_fetched():
        click.echo("Fetching Neo4j from Maven Central (first use only, about 125 MB)...", err=True)
    click.echo("Starting the local Neo4j...", err=True)
    with Progress(TextColumn("Fetching Neo4j"), BarColumn(), TextColumn("{task.completed}/{task.total} jars"),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("fetch", total=None, visible=not server.is_fetched())
        status = server.start(progress=lambda done, total: bar.update(task, completed=done, total=total))
    click.echo(f"Neo4j is running at {status.uri}; it stops with the app.", err=True)

    def stop() -> None:
        click.echo("Stopping the local Neo4j this demo started...", err=True)
        server.stop()
        click.echo("Neo4j stopped.", err=True)

    return stop


def load_seed_if_empty(seed: Path) -> None:
    """On an empty graph: the shared Wales reference, then the example regions beside ``seed`` (Cwm Taf Morgannwg,
    then West Glamorgan), each through the ownership rules a coordinator's own file goes through."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tirlun.cli_common import err
    from tirlun.config import load_settings
    from tirlun.database import Database
    from tirlun.loader.journal import recover
    from tirlun.loader.load import load_path

    with Database.connect(load_settings()) as db:
        db.check()
        for settled in recover(db):  # a load that crashed is undone (or kept, if it committed) first
            click.echo(settled.say(EN), err=True)
        counts = db.read("app_status")
        if counts and counts[0].get("partnerships"):
            click.echo(f"The graph already holds {counts[0]['partnerships']} partnerships; not loading the example.", err=True)
            return
        if not seed.exists():
            raise TirlunError(f"The example data is not at {seed}.", "Load your own with `tirlun load PATH`.")
        # the reference first (its rows are shared), then each region; West Glamorgan only where it ships beside CTM
        folders = [(seed.parent / "reference", "wales"), (seed, None), (seed.parent / "wg", None)]
        for folder, region in folders:
            if not folder.exists():
                continue
            click.echo(f"The graph is empty: loading the example from {folder}...", err=True)
            with Progress(TextColumn(f"Loading {folder.name}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("load", total=None)
                report = load_path(db, folder, region=region, on_plan=lambda n: bar.update(task, total=n),  # noqa: B023
                                   progress=lambda n: bar.advance(task, n))  # noqa: B023
            who = "the shared Wales reference" if report.region == "wales" else f"region '{report.region}'"
            click.echo(f"Loaded {report.rows} rows for {who} in {report.seconds:.1f} s.", err=True)


def warm_first_page() -> None:
    """Ask the questions the first pages ask before saying the app is ready (tirlun/answers/warm.py): without
    it the first page stayed blank for about 20 s. The findings the pages open on are counted and kept with the
    graph if this graph version has none yet (``tirlun load`` keeps them already; then this only reads them)."""
    from tirlun.cli import prepare_findings
    from tirlun.config import load_settings
    from tirlun.database import Database

    click.echo("Preparing the first page...", err=True)
    with Database.connect(load_settings()) as db:
        prepare_findings(db)


def loopback(address: str) -> bool:
    """Whether an app listening on ``address`` is reachable from this machine only."""
    return address in ("localhost", "127.0.0.1", "::1")


NETWORK_WRITING_FLAG = "let-anyone-on-the-network-write"


def serve_options(command: Callable[..., None]) -> Callable[..., None]:
    """--address, --port, --no-browser, --secrets and --open-writing, shared by `demo` and `app`."""
    command = click.option(
        f"--{NETWORK_WRITING_FLAG}", "network_writing", is_flag=True,
        help="With --open-writing on an address other than localhost: yes, anyone who can reach this address may "
             "load data and replace regions without signing in (a container published to this machine only). "
             "Without it, that combination is refused.",
    )(command)
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
             network_writing: bool, seed: str) -> None:
        """Start the local Neo4j (unless NEO4J_URI names a server), load the Cwm Taf Morgannwg
        example if the graph is empty, and open the app (writing open on localhost, for one user).
        Ctrl-C stops the app and the Neo4j this command started."""
        writing = loopback(address) if open_writing is None else open_writing
        check_serving(address, writing, network_writing, secrets)  # before anything starts
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
        stop_server = None
        try:
            stop_server = ensure_local_server()
            load_seed_if_empty(Path(seed))
            warm_first_page()
        except (KeyboardInterrupt, Terminated):
            click.echo("Stopping Tirlun.", err=True)
            if stop_server:
                stop_server()
            return
        finally:
            signal.signal(signal.SIGTERM, previous)
        if open_writing is None and not writing:
            click.echo("Writing from the app is off (listening beyond this machine): set up sign-in "
                       "(docs/security.md) or pass --open-writing.", err=True)
        run_app(port, open_browser=not no_browser, address=address, secrets=secrets, open_writing=writing,
                network_writing=network_writing, on_stop=stop_server)

    @main.command()
    @serve_options
    def app(address: str, port: int, no_browser: bool, secrets: tuple[str, ...], open_writing: bool | None,
            network_writing: bool) -> None:
        """Run the app against the configured Neo4j (NEO4J_URI, or the local server). Writing from the
        app needs sign-in (docs/security.md) unless --open-writing."""
        run_app(port, open_browser=not no_browser, address=address, secrets=secrets, open_writing=bool(open_writing),
                network_writing=network_writing)

    @main.command()
    @click.argument("out_path", metavar="OUT.html", type=click.Path(dir_okay=False))
    @click.option("--region", help="Region id, e.g. ctm (default: every region).")
    @click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date (default: today).")
    @click.option("--lang", type=click.Choice(["en", "cy"]), default="en", show_default=True, help="Language.")
    @click.option("--members", type=click.Choice(["organisations", "people"]), default="organisations",
                  show_default=True, help="Overlap by member organisations or by posts.")
    @click.option("--focus", metavar="PARTNERSHIP_ID", help="Draw the network around this partnership and its neighbours "
                  "(as the app's presenter view does with a focus chosen); default: the partnerships joined by shared members.")
    def pack(out_path: str, region: str | None, as_of: dt.datetime | None, lang: str, members: str,
             focus: str | None) -> None:
        """Export the overlap story (network, heatmap, tables) as one offline HTML file."""
        from tirlun.cli_common import speak

        speak(lang)
        from tirlun import pack as packer
        from tirlun.answers.base import default_as_of
        from tirlun.config import load_settings
        from tirlun.database import Database

        with Database.connect(load_settings()) as db:
            db.check()
            day = as_of.date() if as_of else default_as_of(db, region)
            path = packer.write(db, out_path, region, day, lang, members, focus)
        click.echo(f"Wrote {path} ({path.stat().st_size / 1024:,.0f} KB): open it in any browser, no network needed.")
