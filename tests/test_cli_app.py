"""`tirlun demo` / `tirlun app` as Docker, docker compose and `make demo` start them.

The Dockerfile's CMD, the compose file's app service and `make -n demo PORT=...` are read from
the real files and their arguments run through the real `tirlun` click parser. Nothing is
started: Streamlit's Popen, the port probe and the local Neo4j are replaced, so these tests
check that every option exists and that --address and --port reach Streamlit's command line.
The last test loads the seed into the test Neo4j the way the app container does (NEO4J_URI set).
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tirlun import cli_app
from tirlun.cli import main
from tirlun.config import Settings
from tirlun.database import Database
from tirlun.neo4j_local import server as local_server

ROOT = Path(__file__).resolve().parent.parent
# `tirlun demo` loads seed/reference, then seed/ctm, then seed/wg; a partnership repeated in a later folder is the
# same node. Counted with csv.DictReader on each partnerships.csv: reference 12 ids, ctm 42, wg 14; ctm repeats 9 of
# the reference's (ccr-cjc, ccr-josc, ccr-skills-partnership, partnership-council-wales, social-partnership-council,
# south-wales-lrf, valleys-regional-park, vawdasv-npb, wales-resilience-forum), wg repeats none of either:
# 12 + (42 - 9) + 14 = 59 distinct partnerships.
SEED_PARTNERSHIPS = 59


# -- reading the files ------------------------------------------------------------------------
def dockerfile_cmd(text: str) -> list[str]:
    """The arguments of the last CMD: the JSON-array (exec) form, or the shell form split like sh."""
    logical = re.sub(r"\\\n", " ", text)  # backslash continuations make one instruction
    cmds = [line.strip()[3:].strip() for line in logical.splitlines() if re.match(r"\s*CMD\s", line)]
    assert cmds, "the Dockerfile has no CMD"
    value = cmds[-1]
    return json.loads(value) if value.startswith("[") else shlex.split(value)


def dockerfile_exposed(text: str) -> list[str]:
    return [p for line in text.splitlines() if line.startswith("EXPOSE ") for p in line.split()[1:]]


def compose_service(text: str, name: str) -> dict[str, Any]:
    """One service of a docker-compose.yml, read line by line (PyYAML is not a dependency).

    Understands what this project's file uses: `key: value`, a `key:` followed by `- item`
    lines or by `KEY: value` lines, and `command:` as a string or a JSON-style list.
    """
    lines = text.splitlines()
    start = lines.index(f"  {name}:")
    service: dict[str, Any] = {}
    key = None
    for line in lines[start + 1:]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= 2:
            break
        item = line.strip()
        if indent == 4:
            key, _, value = item.partition(":")
            value = value.strip()
            service[key] = value if value else None
        elif item.startswith("- "):
            service[key] = [*(service[key] or []), item[2:].strip().strip('"')]
        else:
            sub, _, value = item.partition(":")
            service[key] = {**(service[key] or {}), sub.strip(): value.strip().strip('"')}
    return service


def compose_command(value: str | list[str] | None) -> list[str] | None:
    if value is None or isinstance(value, list):
        return value
    return json.loads(value) if value.startswith("[") else shlex.split(value)


DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
COMPOSE = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")


def test_the_file_readers_understand_both_forms() -> None:
    assert dockerfile_cmd('FROM x\nCMD ["tirlun", "app", "--port", "80"]\n') == ["tirlun", "app", "--port", "80"]
    assert dockerfile_cmd("CMD tirlun demo \\\n  --address '0.0.0.0'\n") == ["tirlun", "demo", "--address", "0.0.0.0"]
    text = 'services:\n  app:\n    build: .\n    command: tirlun app --port 80\n    environment:\n' \
           '      A: "b"\n    ports:\n      - "1:2"\n  db:\n    image: x\n'
    assert compose_service(text, "app") == {"build": ".", "command": "tirlun app --port 80",
                                            "environment": {"A": "b"}, "ports": ["1:2"]}
    assert compose_command('["tirlun", "app"]') == ["tirlun", "app"]


# -- running arguments through the parser, starting nothing ---------------------------------
@dataclass
class Started:
    """What `tirlun demo`/`app` would have started."""

    streamlit: list[list[str]] = field(default_factory=list)
    envs: list[dict[str, str]] = field(default_factory=list)
    probed: list[tuple[str, int]] = field(default_factory=list)
    seeds: list[Path] = field(default_factory=list)


class NoLocalServer:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("the local Neo4j must not be started when NEO4J_URI is set")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Started:
    seen = Started()

    class FakePopen:
        returncode = 0

        def __init__(self, argv: list[str], **kwargs: Any) -> None:
            seen.streamlit.append(argv)
            seen.envs.append(kwargs["env"])

        def wait(self, timeout: float | None = None) -> int:
            return 0

        def poll(self) -> int:
            return 0

    def probe(port: int, host: str = "127.0.0.1", timeout: float = 60.0) -> bool:
        seen.probed.append((host, port))
        return True

    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    # cli_app's own `subprocess` only: make (run by a test below) still needs the real one
    monkeypatch.setattr(cli_app, "subprocess", SimpleNamespace(Popen=FakePopen, TimeoutExpired=subprocess.TimeoutExpired))
    monkeypatch.setattr(cli_app, "wait_for_port", probe)
    monkeypatch.setattr(cli_app, "load_seed_if_empty", lambda seed: seen.seeds.append(seed))
    monkeypatch.setattr(cli_app, "warm_first_page", lambda: None)
    monkeypatch.setattr(cli_app.webbrowser, "open", lambda url: pytest.fail(f"a browser was opened at {url}"))
    monkeypatch.setattr(local_server, "LocalServer", NoLocalServer)
    return seen


def tirlun(argv: list[str]) -> Result:
    assert argv[0] == "tirlun", argv
    result = CliRunner().invoke(main, argv[1:])
    assert result.exit_code == 0, result.output
    return result


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def test_the_dockerfile_cmd_parses_and_listens_on_every_interface(started: Started,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    argv = dockerfile_cmd(DOCKERFILE)
    assert argv == ["tirlun", "demo", "--no-browser", "--address", "0.0.0.0", "--port", "8501"]
    app = compose_service(COMPOSE, "app")
    for key, value in app["environment"].items():  # the container's environment, as compose sets it
        monkeypatch.setenv(key, value)
    assert app["environment"]["NEO4J_URI"] == "neo4j://neo4j:7687"

    out = tirlun(argv).output
    assert started.streamlit == [cli_app.streamlit_command(8501, "0.0.0.0")]
    assert option(started.streamlit[0], "--server.address") == "0.0.0.0"
    assert option(started.streamlit[0], "--server.port") == "8501"
    assert [p.resolve() for p in started.seeds] == [(ROOT / "seed" / "ctm").resolve()]  # via the package link
    assert started.probed == [("localhost", 8501)]
    assert "Tirlun is running at http://localhost:8501" in out


def test_compose_runs_the_dockerfile_cmd_and_publishes_its_port(started: Started,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    app = compose_service(COMPOSE, "app")
    command = compose_command(app.get("command"))
    if command is not None:  # compose overrides the CMD: it must parse too
        monkeypatch.setenv("NEO4J_URI", "neo4j://neo4j:7687")
        tirlun(command)
        assert option(started.streamlit[0], "--server.address") == "0.0.0.0"
    container_port = option(command or dockerfile_cmd(DOCKERFILE), "--port")
    assert container_port == "8501"
    assert dockerfile_exposed(DOCKERFILE) == ["8501"]
    assert [p.rsplit(":", 1)[1] for p in app["ports"]] == ["8501"]  # host side may vary, container side not
    assert app["ports"][0].startswith("127.0.0.1:")  # published to this machine only
    assert compose_service(COMPOSE, "neo4j")["image"] == "neo4j:5.26-community"


@pytest.mark.parametrize(("make_args", "port"), [(["PORT=8600"], 8600), ([], 8501)])
def test_make_demo_passes_its_port(started: Started, monkeypatch: pytest.MonkeyPatch,
                                   make_args: list[str], port: int) -> None:
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.delenv("ADDRESS", raising=False)
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "demo", *make_args],
                         capture_output=True, text=True, check=True).stdout
    # make runs the tirlun its install put in a virtual environment (.venv/bin/tirlun, or the active venv's
    # bin/tirlun when make runs inside one), so the command is found by its program's name, not a bare `tirlun`.
    runs = [shlex.split(line) for line in dry.splitlines() if line.split() and Path(line.split()[0]).name == "tirlun"]
    assert [words[1:] for words in runs] == [["demo", "--address", "localhost", "--port", str(port)]]

    monkeypatch.setenv("NEO4J_URI", "neo4j://example.invalid:7687")
    tirlun(["tirlun", *runs[0][1:], "--no-browser"])
    assert started.streamlit == [cli_app.streamlit_command(port, "localhost")]
    assert option(started.streamlit[0], "--server.port") == str(port)


def test_app_takes_address_and_port(started: Started) -> None:
    tirlun(["tirlun", "app", "--no-browser", "--address", "127.0.0.1", "--port", "8602"])
    assert option(started.streamlit[0], "--server.address") == "127.0.0.1"
    assert option(started.streamlit[0], "--server.port") == "8602"
    assert started.probed == [("127.0.0.1", 8602)]
    assert started.seeds == []  # `app` loads nothing


# -- writing from the app: open only for one user on this machine, or by the host's choice ----
@pytest.mark.parametrize(("argv", "open_writing"), [
    (["demo", "--no-browser"], "1"),                                   # localhost: the single-user laptop
    (["demo", "--no-browser", "--address", "127.0.0.1"], "1"),
    (["demo", "--no-browser", "--address", "0.0.0.0"], "0"),           # reachable by others: sign-in needed
    (["demo", "--no-browser", "--address", "0.0.0.0", "--open-writing", "--let-anyone-on-the-network-write"], "1"),
    (["demo", "--no-browser", "--no-open-writing"], "0"),
    (["app", "--no-browser"], "0"),                                    # `app` never opens writing by itself
    (["app", "--no-browser", "--open-writing"], "1"),
])
def test_writing_from_the_app_is_open_only_when_chosen(started: Started, monkeypatch: pytest.MonkeyPatch,
                                                       argv: list[str], open_writing: str) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://example.invalid:7687")
    monkeypatch.setenv("TIRLUN_OPEN_WRITING", "1")  # an inherited value must not leak through
    out = tirlun(["tirlun", *argv]).output
    assert started.envs[0]["TIRLUN_OPEN_WRITING"] == open_writing
    assert ("Writing from the app is off" in out) == (argv[0] == "demo" and open_writing == "0"
                                                      and "--no-open-writing" not in argv)


def test_compose_opens_writing_for_its_app_published_to_this_machine_only(started: Started,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    app = compose_service(COMPOSE, "app")
    command = compose_command(app.get("command"))
    assert command is not None and "--open-writing" in command
    assert app["ports"][0].startswith("127.0.0.1:")
    assert "--open-writing" not in dockerfile_cmd(DOCKERFILE)  # the image alone, run anywhere: writing off


def test_secrets_files_are_passed_to_streamlit(started: Started, tmp_path: Path) -> None:
    secrets = tmp_path / "tirlun-secrets.toml"
    secrets.write_text("[tirlun.access]\nread = \"open\"\n", encoding="utf-8")
    tirlun(["tirlun", "app", "--no-browser", "--secrets", str(secrets)])
    argv = started.streamlit[0]
    files = [argv[i + 1] for i, a in enumerate(argv) if a == "--secrets.files"]
    assert files == [str(Path.home() / ".streamlit" / "secrets.toml"), str(tmp_path / ".streamlit" / "secrets.toml"),
                     str(secrets.resolve())]


def test_a_port_out_of_range_is_refused(started: Started) -> None:
    result = CliRunner().invoke(main, ["demo", "--port", "70000"])
    assert result.exit_code == 2 and "--port" in result.output
    assert started.streamlit == []


# -- ensure_local_server: only without NEO4J_URI ----------------------------------------------
def test_a_configured_server_is_left_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(local_server, "LocalServer", NoLocalServer)
    monkeypatch.setenv("NEO4J_URI", "neo4j://neo4j:7687")
    cli_app.ensure_local_server()  # NoLocalServer raises if it is constructed


def test_without_neo4j_uri_the_local_server_is_started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []

    class FakeServer:
        def __init__(self, settings: Any) -> None:
            calls.append(f"port {settings.port}")

        def status(self) -> Any:
            return type("Status", (), {"running": True})()

        def start(self) -> Any:
            calls.append("start")
            return type("Status", (), {"uri": "neo4j://127.0.0.1:7799"})()

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("TIRLUN_NEO4J_PORT", "7799")
    monkeypatch.setattr(local_server, "LocalServer", FakeServer)
    cli_app.ensure_local_server()
    assert calls == ["port 7799", "start"]


# -- the container's first start, against the test Neo4j -----------------------------------
def test_demo_with_neo4j_uri_loads_the_seed_into_an_empty_graph_once(
        db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    password = settings.resolved_password()
    assert password is not None
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEO4J_URI", settings.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    monkeypatch.setattr(local_server, "LocalServer", NoLocalServer)
    monkeypatch.setattr(cli_app, "run_app", lambda port, open_browser, address, **how: None)
    argv = dockerfile_cmd(DOCKERFILE)

    first = tirlun(argv).output
    assert "The graph is empty: loading the example" in first
    assert db.read("app_status")[0]["partnerships"] == SEED_PARTNERSHIPS
    second = tirlun(argv).output
    assert f"The graph already holds {SEED_PARTNERSHIPS} partnerships" in second


# -- refusing to serve what is not safe (issue 22) -------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["demo", "--no-browser", "--address", "0.0.0.0", "--open-writing"],
    ["app", "--no-browser", "--address", "192.168.1.20", "--open-writing"],
])
def test_open_writing_beyond_this_machine_needs_the_flag_that_names_the_risk(started: Started,
                                                                            monkeypatch: pytest.MonkeyPatch,
                                                                            argv: list[str]) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://example.invalid:7687")
    refused = CliRunner().invoke(main, argv)
    assert refused.exit_code == 1 and started.streamlit == [] and started.seeds == []  # nothing started
    assert "would let anyone who can reach this computer on the network load data" in refused.output
    assert "--let-anyone-on-the-network-write" in refused.output
    tirlun(["tirlun", *argv, "--let-anyone-on-the-network-write"])
    assert started.envs[0]["TIRLUN_OPEN_WRITING"] == "1"
    assert started.envs[0]["TIRLUN_ADDRESS"] == option(argv, "--address")  # the app answers to this address only


AUTH_TOML = """[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "{secret}"
client_id = "tirlun"
client_secret = "s"
server_metadata_url = "http://127.0.0.1:9400/.well-known/openid-configuration"
"""


@pytest.mark.parametrize(("secret", "why"), [
    ("", "is shorter than 32 bytes"),
    ("a long random string", "is an example value from a guide"),   # docs/security.md's own example, once
    ("x" * 31, "is shorter than 32 bytes"),
])
def test_a_cookie_secret_anyone_could_know_refuses_to_start(started: Started, tmp_path: Path, secret: str,
                                                            why: str) -> None:
    path = tmp_path / "secrets.toml"
    path.write_text(AUTH_TOML.format(secret=secret), encoding="utf-8")
    result = CliRunner().invoke(main, ["app", "--no-browser", "--secrets", str(path)])
    assert result.exit_code == 1 and started.streamlit == []
    assert f"[auth] cookie_secret {why}" in result.output
    assert 'python -c "import secrets; print(secrets.token_urlsafe(48))"' in result.output
    assert "Traceback" not in result.output
    path.write_text(AUTH_TOML.format(secret="k" * 32), encoding="utf-8")  # 32 bytes: accepted
    tirlun(["tirlun", "app", "--no-browser", "--secrets", str(path)])


def test_an_empty_auth_table_with_open_writing_is_named_as_incomplete(started: Started, tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    path.write_text("[auth]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["app", "--no-browser", "--open-writing", "--secrets", str(path)])
    assert result.exit_code == 1 and started.streamlit == []
    assert ("The sign-in settings are incomplete: [auth] redirect_uri, [auth] cookie_secret, [auth] client_id, "
            "[auth] client_secret, [auth] server_metadata_url missing.") in result.output


def test_a_secrets_file_that_is_not_utf8_is_named_not_a_traceback(started: Started, tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    path.write_bytes('[tirlun.access]\nread = "open" # caf\u00e9\n'.encode("latin-1"))
    result = CliRunner().invoke(main, ["app", "--no-browser", "--secrets", str(path)])
    assert result.exit_code == 1 and started.streamlit == []
    assert f"The secrets file {path.resolve()} cannot be read" in result.output
    assert "Traceback" not in result.output and result.exception is not None
    assert isinstance(result.exception, SystemExit)


def test_the_cli_writes_a_negative_change_as_a_number(seeded: Database, app_env: dict[str, str]) -> None:
    """The seed's PSB slipped from 2 to 1 on maef_power_sharing between its 2024 and 2025 assessments
    (seed/ctm/assessments.csv): the CSV says -1, a number, not '-1 (text a spreadsheet would not add up)."""
    import csv
    import io

    result = CliRunner().invoke(main, ["query", "run", "assessment_scores", "--param", "partnership=ctm-psb",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    slipped = [r for r in rows if r["assessment_id"] == "ctm-psb-2025" and r["criterion_id"] == "maef_power_sharing"]
    assert [(r["previous_score"], r["score"], r["change"]) for r in slipped] == [("2", "1", "-1")]
    assert not [r for r in rows if r["change"].startswith("'")]


# -- SIGTERM and Ctrl-C stop what Tirlun started (issue 23) -----------------------------------------
def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = {int(c) for c in (task / "children").read_text().split()}
            except OSError:
                continue
            todo.extend(children - found)
            found |= children
    return found


def test_sigterm_to_tirlun_app_leaves_no_process_of_it(app_env: dict[str, str], tmp_path: Path) -> None:
    import os
    import signal
    import sys
    import time

    from tirlun.processes import alive

    from app_support import free_port

    port = free_port()
    tirlun_cmd = [sys.executable, "-c", "from tirlun.cli import main; main()"]
    proc = subprocess.Popen([*tirlun_cmd, "app", "--no-browser", "--port", str(port)], cwd=tmp_path,
                            env={**os.environ, **app_env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert cli_app.wait_for_port(port, host="localhost", timeout=90), "the app did not start"
        below = _descendants(proc.pid)
        assert below, "tirlun app runs Streamlit as its child"
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    deadline = time.monotonic() + 10
    while any(alive(p) for p in below) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [p for p in below if alive(p)] == []
    assert "Stopping Tirlun." in out
    assert not cli_app.wait_for_port(port, host="localhost", timeout=1)  # nothing serves the app any more
