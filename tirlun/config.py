"""Connection and local-server settings, from the environment and an optional .env file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tirlun"


def _cache_home() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tirlun"


@dataclass(frozen=True)
class LocalServerSettings:
    """Where the bundled Neo4j lives. One folder holds its config, data, logs and pid."""

    home: Path
    cache: Path
    port: int
    heap: str
    pagecache: str

    @property
    def uri(self) -> str:
        return f"neo4j://127.0.0.1:{self.port}"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def port_file(self) -> Path:
        """The port the server in ``home`` was last started on (written by LocalServer.start)."""
        return self.home / "port"


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str | None
    database: str | None
    local: LocalServerSettings
    uses_local_server: bool

    def resolved_password(self) -> str | None:
        """NEO4J_PASSWORD wins; otherwise the local server's generated password, if any."""
        if self.password is not None:
            return self.password
        if self.uses_local_server and self.local.password_file.exists():
            return self.local.password_file.read_text(encoding="utf-8").strip()
        return None


def _remembered_port(home: Path) -> int | None:
    """The port the server in ``home`` was started on, so a new shell without TIRLUN_NEO4J_PORT finds it."""
    try:
        return int((home / "port").read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def local_settings(home: str | Path | None = None, port: int | None = None) -> LocalServerSettings:
    """The local server's settings: an explicit port, else TIRLUN_NEO4J_PORT, else the port it was last started
    on, else 7687."""
    folder = Path(home or os.environ.get("TIRLUN_HOME") or _data_home() / "neo4j").expanduser().resolve()
    return LocalServerSettings(
        home=folder,
        cache=Path(os.environ.get("TIRLUN_CACHE") or _cache_home()).expanduser().resolve(),
        port=int(port or os.environ.get("TIRLUN_NEO4J_PORT") or _remembered_port(folder) or 7687),
        heap=os.environ.get("TIRLUN_NEO4J_HEAP", "2g"),
        pagecache=os.environ.get("TIRLUN_NEO4J_PAGECACHE", "1g"),
    )


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Read settings; NEO4J_URI unset means 'use the local server Tirlun runs itself'."""
    if env_file and Path(env_file).exists():
        load_dotenv(env_file, override=False)
    local = local_settings()
    uri = os.environ.get("NEO4J_URI")
    return Settings(
        uri=uri or local.uri,
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD"),
        database=os.environ.get("NEO4J_DATABASE") or None,
        local=local,
        uses_local_server=uri is None,
    )
