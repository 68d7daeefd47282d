"""Run a real Neo4j Community server without Docker.

The jars come from Maven Central (the Neo4j download site is not reachable from our
machines), fetched once by Maven with ``neo4j_local/pom.xml`` into a cache folder.
The server runs as ``org.neo4j.server.CommunityEntryPoint`` in a folder of its own
(config, data, logs, pid file, generated password), so a user can find and delete it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tirlun import NEO4J_VERSION
from tirlun.config import LocalServerSettings
from tirlun.errors import LocalServerError
from tirlun.processes import alive

POM = Path(__file__).with_name("pom.xml")
EXPECTED_JARS = 213  # jars in neo4j + neo4j-server 5.26.x; used only for the progress bar
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
# Plugin procedures and functions the local server may load: none (it ships with none). Built-in
# db.* and dbms.* procedures are not plugins and stay; the console's own list refuses those.
PROCEDURE_ALLOWLIST: tuple[str, ...] = ("db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*")
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
# The server sends a keep-alive at this interval while it works on a request and tells the driver to give
# up after two missed ones: a request the server drops without an answer (a parser overflow) fails then.
KEEP_ALIVE_SECONDS = 5


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    uri: str
    home: Path
    note: str = ""


class LocalServer:
    """The local Neo4j: fetch, configure, start, stop, status."""

    def __init__(self, settings: LocalServerSettings, version: str = NEO4J_VERSION) -> None:
        self.s = settings
        self.version = version

    # -- paths ---------------------------------------------------------------
    @property
    def lib(self) -> Path:
        return self.s.cache / f"neo4j-{self.version}" / "lib"

    @property
    def conf_dir(self) -> Path:
        return self.s.home / "conf"

    @property
    def pid_file(self) -> Path:
        return self.s.home / "run" / "neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.s.home / "logs" / "console.log"

    # -- fetch ---------------------------------------------------------------
    def is_fetched(self) -> bool:
        return (self.lib / ".complete").exists()

    def fetch(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Copy the server jars from Maven Central into the cache (first use only)."""
        if self.is_fetched():
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalServerError(
                "Maven (mvn) is not installed, so Neo4j cannot be fetched.",
                "Install it (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to a Neo4j you run.",
            )
        self.lib.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn,
            "-B",
            "-f",
            str(POM),
            f"-Dneo4j.version={self.version}",
            "dependency:copy-dependencies",
            f"-DoutputDirectory={self.lib}",
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        tail: list[str] = []
        downloaded = 0
        assert proc.stdout is not None
        for line in proc.stdout:
            tail = [*tail, line.rstrip()][-15:]
            downloaded += "Downloaded from" in line and ".jar " in line  # a jar fetched into ~/.m2
            if progress and ("Copying" in line or "Downloaded from" in line):
                progress(min(max(downloaded, len(list(self.lib.glob("*.jar")))), EXPECTED_JARS), EXPECTED_JARS)
        if proc.wait() != 0:
            detail = next((t for t in reversed(tail) if "ERROR" in t), tail[-1] if tail else "")
            raise LocalServerError(
                f"Fetching Neo4j {self.version} from Maven Central failed: {detail.strip()}",
                "Check the network can reach Maven Central (or a mirror in ~/.m2/settings.xml), then run again.",
            )
        (self.lib / ".complete").write_text(self.version, encoding="utf-8")
        if progress:
            progress(EXPECTED_JARS, EXPECTED_JARS)

    # -- java ------------------------------------------------------------------
    def java(self) -> str:
        java = shutil.which("java", path=_java_path())
        if java is None:
            raise LocalServerError(
                "Java is not installed; Neo4j 5.26 needs Java 17 or 21.",
                "Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) and run again.",
            )
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
        m = re.search(r'version "(\d+)', out)
        major = int(m.group(1)) if m else 0
        if major not in (17, 21):
            raise LocalServerError(
                f"Neo4j 5.26 needs Java 17 or 21, but '{java}' is Java {major or 'unknown'}.",
                "Install Java 17 (apt-get install openjdk-17-jre-headless) or set JAVA_HOME to one.",
            )
        return java

    # -- configuration -------------------------------------------------------
    def write_config(self) -> None:
        for sub in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.s.home / sub).mkdir(parents=True, exist_ok=True)
        home = self.s.home
        file_csv = os.environ.get("TIRLUN_NEO4J_FILE_CSV") == "1"
        hardened = "\n".join(f"{k}={v}" for k, v in hardening(self.s.heap, file_csv=file_csv).items())
        conf = f"""# Written by `tirlun neo4j start`; edits are overwritten on the next start.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:{self.s.port}
server.bolt.advertised_address=127.0.0.1:{self.s.port}
server.http.enabled=false
server.https.enabled=false
server.directories.data={home / "data"}
server.directories.logs={home / "logs"}
server.directories.plugins={home / "plugins"}
server.directories.import={home / "import"}
server.directories.run={home / "run"}
server.memory.heap.initial_size={self.s.heap}
server.memory.heap.max_size={self.s.heap}
server.memory.pagecache.size={self.s.pagecache}
# hardening() says why each of these (docker-compose.yml gives its Neo4j the same)
{hardened}
db.tx_log.rotation.retention_policy=2 files
"""
        (self.conf_dir / "neo4j.conf").write_text(conf, encoding="utf-8")

    def _initialised(self) -> bool:
        return (self.s.home / "data" / "dbms").exists()

    def _set_initial_password(self, java: str) -> None:
        """Set the password the supported way, before the first start."""
        env_pw = os.environ.get("NEO4J_PASSWORD")
        password = env_pw or secrets.token_urlsafe(18)
        result = subprocess.run(
            [java, "-cp", str(self.lib / "*"), ADMIN_CLASS, "dbms", "set-initial-password", password],
            env=self._env(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise LocalServerError(
                f"Setting the initial Neo4j password failed: {result.stderr.strip() or result.stdout.strip()}",
                f"Delete {self.s.home} and run `tirlun neo4j start` again.",
            )
        self.s.password_file.write_text(password + "\n", encoding="utf-8")
        self.s.password_file.chmod(0o600)

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.s.home), "NEO4J_CONF": str(self.conf_dir)}

    # -- process ---------------------------------------------------------------
    def _read_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if alive(pid) and _is_ours(pid):
            return pid
        self._forget(pid)  # stale: the process is gone or is not ours
        return None

    def _forget(self, pid: int) -> None:
        """Remove the pid file if it still names ``pid``: another start may have written its own since."""
        with contextlib.suppress(OSError, ValueError):
            if int(self.pid_file.read_text().strip()) == pid:
                self.pid_file.unlink(missing_ok=True)

    def status(self) -> Status:
        pid = self._read_pid()
        if pid is None:
            return Status(False, None, self.s.uri, self.s.home)
        note = "" if _port_open(self.s.port) else "starting (Bolt not answering yet)"
        return Status(True, pid, self.s.uri, self.s.home, note)

    def start(
        self,
        progress: Callable[[int, int], None] | None = None,
        timeout: float = 120.0,
    ) -> Status:
        """Start (fetching first if needed) and wait until Bolt answers. Idempotent."""
        with self._one_start_at_a_time():
            return self._start(progress, timeout)

    @contextlib.contextmanager
    def _one_start_at_a_time(self) -> Iterator[None]:
        """The app's supervisor and a shell's `tirlun neo4j start` may both start this folder's server after a crash.
        The second JVM would fail on Neo4j's store lock; so a start waits for one already under way, then finds the
        server running and only waits for Bolt. flock, not a lock file's existence: a kill -9 releases it."""
        lock = self.s.home / "run" / "start.lock"
        lock.parent.mkdir(parents=True, exist_ok=True)
        with open(lock, "a", encoding="utf-8") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def _start(self, progress: Callable[[int, int], None] | None, timeout: float) -> Status:
        current = self.status()
        if current.running:
            self._wait_for_bolt(current.pid, timeout)
            self.s.port_file.write_text(str(self.s.port), encoding="utf-8")
            return self.status()
        if _port_open(self.s.port):
            raise LocalServerError(
                f"Port {self.s.port} is already in use by another program.",
                "Stop that program, or choose another port with TIRLUN_NEO4J_PORT=7688 "
                "(or point NEO4J_URI at the Neo4j that is running there).",
            )
        java = self.java()
        self.fetch(progress)
        self.write_config()
        if not self._initialised():
            self._set_initial_password(java)
        elif not self.s.password_file.exists() and not os.environ.get("NEO4J_PASSWORD"):
            raise LocalServerError(
                f"The Neo4j in {self.s.home} has data but no saved password.",
                "Set NEO4J_PASSWORD to its password, or delete that folder to start afresh.",
            )
        cmd = [
            java,
            f"-Xms{self.s.heap}",  # initial = max, as Neo4j advises: no heap resizing during a big commit
            f"-Xmx{self.s.heap}",
            "-XX:+UseG1GC",
            "-Dfile.encoding=UTF-8",
            "-cp",
            str(self.lib / "*"),
            MAIN_CLASS,
            f"--home-dir={self.s.home}",
            f"--config-dir={self.conf_dir}",
            "--console-mode",
        ]
        with open(self.console_log, "ab") as log:
            proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=self._env(), start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid), encoding="utf-8")
        # remembered, so `tirlun neo4j status` and the app find this server from a new shell (tirlun.config)
        self.s.port_file.write_text(str(self.s.port), encoding="utf-8")
        self._wait_for_bolt(proc.pid, timeout)
        return self.status()

    def _wait_for_bolt(self, pid: int | None, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if pid is not None and not alive(pid):
                self._forget(pid)
                raise LocalServerError(
                    f"Neo4j stopped during start-up: {self._last_error()}",
                    f"See {self.console_log} for the full log.",
                )
            if _port_open(self.s.port) and "Started." in self._log_text():
                return
            time.sleep(0.5)
        raise LocalServerError(
            f"Neo4j did not answer on port {self.s.port} within {timeout:.0f} s.",
            f"See {self.console_log}; `tirlun neo4j stop` then start again.",
        )

    def _log_text(self) -> str:
        try:
            with open(self.console_log, "rb") as f:
                f.seek(max(0, f.seek(0, 2) - 20000))
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def _last_error(self) -> str:
        lines = [ln for ln in self._log_text().splitlines() if "ERROR" in ln or "Exception" in ln]
        return lines[-1].strip() if lines else "no error in the log"

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; returns False if it was not running."""
        pid = self._read_pid()
        if pid is None:
            return False
        os.killpg(pid, signal.SIGTERM) if _is_group_leader(pid) else os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.3)
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
        self._forget(pid)
        return True


def hardening(heap: str, *, file_csv: bool = False) -> dict[str, str]:
    """The settings that keep one query or one console user from harming the server: written into the local
    server's neo4j.conf and given to docker-compose.yml's Neo4j (tests/test_server.py compares the two).

    Memory: one transaction may hold 60 % of the heap, all together 70 %, so a query the server tracks
    (collect, sort, aggregation, transaction state) fails alone with MemoryPoolOutOfMemoryError. The JVM is not told
    to exit on an OutOfMemoryError: a value the server does not track (a string doubled in reduce) then fails its
    own query with OutOfMemoryError and the server lives on; if it does die, tirlun/supervisor.py restarts it.
    Keep-alives every few seconds during any request: a request the server drops without an answer (its parser
    overflowing) fails in the driver after two missed ones instead of after two minutes.
    A second wall behind the console's guard (docs/security.md): LOAD CSV may read no file and reach no address,
    and no plugin procedure or function is loaded. Only a benchmark server started with TIRLUN_NEO4J_FILE_CSV=1
    lets LOAD CSV read its own import folder (docs/benchmarks.md).
    """
    per_tx, total = memory_limits(heap)
    return {
        "db.memory.transaction.max": per_tx,
        "dbms.memory.transaction.total.max": total,
        "server.bolt.connection_keep_alive": f"{KEEP_ALIVE_SECONDS}s",
        "server.bolt.connection_keep_alive_probes": "2",
        "server.bolt.connection_keep_alive_for_requests": "ALL",
        "server.bolt.connection_keep_alive_streaming_scheduling_interval": "1s",
        "dbms.usage_report.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.security.allow_csv_import_from_file_urls": "true" if file_csv else "false",
        "internal.dbms.cypher_ip_blocklist": "0.0.0.0/0,::/0",
        "dbms.security.procedures.allowlist": ",".join(PROCEDURE_ALLOWLIST),
    }


def docker_env_name(setting: str) -> str:
    """The Neo4j Docker image's environment name for a setting: NEO4J_, dots to _, underscores doubled."""
    return "NEO4J_" + setting.replace("_", "__").replace(".", "_")


def heap_bytes(size: str) -> int:
    """A JVM heap size ("2g", "512m", "1536M", "4294967296") in bytes."""
    m = re.fullmatch(r"\s*(\d+)\s*([kKmMgGtT]?)[bB]?\s*", size)
    if m is None:
        raise LocalServerError(f"TIRLUN_NEO4J_HEAP={size!r} is not a heap size.",
                               "Give a number with k, m or g, such as 2g or 1536m.")
    return int(m.group(1)) * int(1024 ** " kmgt".index(m.group(2).lower() or " "))


def memory_limits(heap: str) -> tuple[str, str]:
    """(db.memory.transaction.max, dbms.memory.transaction.total.max) for a heap: one transaction may use
    60 % of it, all together 70 % (Neo4j's own default for the total), so one query that the server tracks fails
    alone, and the rest of the heap holds the server itself and the values it does not track. Not less for one
    transaction: a load writes in one, and all of Wales (`tirlun generate`, 224,000 rows) needs more than 512 MiB."""
    mb = heap_bytes(heap) // 1024 ** 2
    return f"{max(mb * 6 // 10, 64)}m", f"{max(mb * 7 // 10, 128)}m"


def _java_path() -> str:
    java_home = os.environ.get("JAVA_HOME")
    path = os.environ.get("PATH", "")
    return f"{java_home}/bin:{path}" if java_home else path


def _is_ours(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return MAIN_CLASS.encode() in f.read()
    except OSError:
        return True  # no /proc (macOS): trust the pid file


def _is_group_leader(pid: int) -> bool:
    try:
        return os.getpgid(pid) == pid
    except OSError:
        return False


def port_open(port: int) -> bool:
    """Whether something listens on this machine's ``port`` (the supervisor waits for a dead server's to close)."""
    return _port_open(port)


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0
