"""The local Neo4j launcher: the real server answers, and each failure says what to do."""

from __future__ import annotations

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
