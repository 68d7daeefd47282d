"""The local Neo4j launcher: the real server answers, and each failure says what to do."""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from tirlun import NEO4J_VERSION, cli
from tirlun.config import Settings, local_settings
from tirlun.database import Database
from tirlun.errors import LocalServerError
from tirlun.neo4j_local.server import LocalServer


def test_the_real_server_answers(db: Database) -> None:
    rows = db.read("dbms_components")
    assert rows == [{"name": "Neo4j Kernel", "version": NEO4J_VERSION, "edition": "community"}]


def test_status_of_the_running_server(settings: Settings, test_env: dict[str, str]) -> None:
    if not settings.uses_local_server:
        pytest.fail("status is about the local server; unset TIRLUN_TEST_NEO4J_URI to test it")
    result = CliRunner().invoke(cli.main, ["neo4j", "status"])
    assert result.exit_code == 0
    assert f"running at neo4j://127.0.0.1:{settings.local.port}" in result.output
    assert "(fetched)" in result.output


def test_start_when_running_is_a_no_op(settings: Settings) -> None:
    server = LocalServer(settings.local)
    pid = server.status().pid
    assert server.start().pid == pid


def test_password_is_generated_and_saved(settings: Settings) -> None:
    pw = settings.local.password_file
    assert pw.exists()
    assert oct(pw.stat().st_mode)[-3:] == "600"
    assert len(pw.read_text().strip()) >= 20


def test_stale_pid_file_is_removed(tmp_path: Path) -> None:
    server = LocalServer(local_settings(tmp_path, 7799))
    server.pid_file.parent.mkdir(parents=True)
    server.pid_file.write_text("999999")  # no such process
    assert server.status().running is False
    assert not server.pid_file.exists()


def test_port_in_use_is_explained(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(LocalServerError) as info:
            LocalServer(local_settings(tmp_path, port)).start()
    assert info.value.message == f"Port {port} is already in use by another program."
    assert "TIRLUN_NEO4J_PORT" in (info.value.hint or "")


def test_missing_java_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(LocalServerError) as info:
        LocalServer(local_settings(tmp_path, 7798)).start()
    assert "Java is not installed" in info.value.message
    assert "openjdk-17" in (info.value.hint or "")


def test_missing_maven_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIRLUN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalServerError) as info:
        LocalServer(local_settings(tmp_path / "home", 7797)).fetch()
    assert "Maven (mvn) is not installed" in info.value.message


def test_failed_fetch_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIRLUN_CACHE", str(tmp_path / "cache"))
    server = LocalServer(local_settings(tmp_path / "home", 7796), version="0.0.0-no-such-version")
    with pytest.raises(LocalServerError) as info:
        server.fetch()
    assert "Fetching Neo4j 0.0.0-no-such-version from Maven Central failed" in info.value.message


def test_cli_errors_are_one_line_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    result = CliRunner().invoke(cli.main, ["query", "run", "label_counts"])
    assert result.exit_code == 1
    assert "Error: Neo4j is not answering at neo4j://127.0.0.1:1." in result.output
    assert "tirlun neo4j start" in result.output
    assert "Traceback" not in result.output


# -- the same hardening under Docker, and the port remembered (issues 22 and 23) ------------------------------
def test_docker_compose_gives_its_neo4j_the_local_servers_hardening(tmp_path: Path) -> None:
    """Every setting the local server writes to harden itself is in compose's Neo4j environment, with the value
    the local server would write for compose's heap; read from the written neo4j.conf, not from the function."""
    import re

    from tirlun.neo4j_local.server import docker_env_name

    root = Path(__file__).resolve().parent.parent
    compose = (root / "docker-compose.yml").read_text(encoding="utf-8")
    neo4j = compose.split("\n  neo4j:\n", 1)[1].split("\n  app:\n", 1)[0]
    env = dict(re.findall(r"^\s+(NEO4J_\w+):\s*\"?([^\"\n]*)\"?\s*$", neo4j, re.M))
    heap = env["NEO4J_server_memory_heap_max__size"]
    assert heap == "2g" and env["NEO4J_server_memory_heap_initial__size"] == heap

    server = LocalServer(local_settings(tmp_path / "home", 7995))
    server.s = type(server.s)(**{**server.s.__dict__, "heap": heap})
    server.write_config()
    conf = (server.conf_dir / "neo4j.conf").read_text(encoding="utf-8")
    local_only = ("server.default_listen_address", "server.bolt.", "server.http", "server.https", "server.directories.",
                  "server.memory.")  # where this machine's server listens and keeps its files
    shared = {k: v for k, v in (line.split("=", 1) for line in conf.splitlines() if line and not line.startswith("#"))
              if not k.startswith(local_only) or k.startswith("server.bolt.connection_keep_alive")}
    assert shared["db.memory.transaction.max"] == "1228m"          # 60 % of 2,048 MiB, rounded down
    assert shared["dbms.memory.transaction.total.max"] == "1433m"  # 70 %
    assert shared["internal.dbms.cypher_ip_blocklist"] == "0.0.0.0/0,::/0"
    missing = {docker_env_name(k): v for k, v in shared.items()
               if k != "db.tx_log.rotation.retention_policy" and env.get(docker_env_name(k)) != v}
    assert missing == {}
    assert docker_env_name("dbms.security.allow_csv_import_from_file_urls") == \
        "NEO4J_dbms_security_allow__csv__import__from__file__urls"  # the image's rule: . to _, _ to __


def test_the_port_a_server_was_started_on_is_remembered(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """`tirlun neo4j status` in a new shell (no TIRLUN_NEO4J_PORT) finds the server on the port it was started on."""
    if not settings.uses_local_server:
        pytest.fail("this is about the local server; unset TIRLUN_TEST_NEO4J_URI to test it")
    monkeypatch.setenv("TIRLUN_HOME", str(settings.local.home))
    monkeypatch.delenv("TIRLUN_NEO4J_PORT", raising=False)
    assert settings.local.port_file.read_text(encoding="utf-8") == str(settings.local.port)
    result = CliRunner().invoke(cli.main, ["neo4j", "status"])
    assert result.exit_code == 0
    assert f"running at neo4j://127.0.0.1:{settings.local.port}" in result.output
    assert local_settings(settings.local.home, 7999).port == 7999  # an explicit port still wins


def test_heap_sizes_are_read_as_the_jvm_reads_them() -> None:
    from tirlun.neo4j_local.server import heap_bytes, memory_limits

    assert [heap_bytes(h) for h in ("2g", "512m", "1536M", "1024k", "4096")] == [
        2_147_483_648, 536_870_912, 1_610_612_736, 1_048_576, 4096]
    assert memory_limits("1g") == ("614m", "716m")  # 1,024 MiB: 60 % and 70 %, rounded down
    with pytest.raises(LocalServerError, match="is not a heap size"):
        heap_bytes("two gigs")


def test_two_starts_at_once_make_one_server(tmp_path: Path) -> None:
    """The app's supervisor and a shell's `tirlun neo4j start` may start a crashed server at the same moment (a CI
    run once lost its test server so). One start waits for the other: one JVM, and the pid file names it."""
    import dataclasses
    import threading

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    local = dataclasses.replace(local_settings(tmp_path / "twice", port), heap="512m", pagecache="64m")
    pids: list[int | None] = []
    problems: list[LocalServerError] = []

    def start() -> None:
        try:
            pids.append(LocalServer(local).start().pid)
        except LocalServerError as exc:
            problems.append(exc)

    both = [threading.Thread(target=start) for _ in range(2)]
    try:
        for th in both:
            th.start()
        for th in both:
            th.join(timeout=300)
        assert problems == []
        assert len(pids) == 2 and pids[0] == pids[1] is not None
        assert LocalServer(local).status().pid == pids[0]
        java = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p).count(str(local.home)) > 0]
        assert [int(p.name) for p in java] == [pids[0]]
    finally:
        LocalServer(local).stop()
        for p in Path("/proc").iterdir():  # a second JVM, if the starts were not one at a time
            if p.name.isdigit() and str(local.home) in _cmdline(p):
                os.kill(int(p.name), signal.SIGKILL)


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""
