"""The package as a user installs it: a wheel built from the checkout, installed into a fresh
virtual env in a temporary folder, answers from outside the checkout (no editable install, no
repo on the path). Slow (it installs the dependencies), so it runs once."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh venv holding only the wheel and its dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheel = next((work / "dist").glob("tirlun-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    # Only intended packages, under one name that cannot collide.
    assert {n.split("/")[0] for n in names} == {"tirlun", f"{wheel.name.split('-py')[0]}.dist-info"}
    for shipped in ("tirlun/views/app.py", "tirlun/queries/overlap/partnership_overlap.cypher",
                    "tirlun/i18n/cy.json", "tirlun/seed/ctm/partnerships.csv", "tirlun/neo4j_local/pom.xml",
                    "tirlun/seed/reference/organisations.csv", "tirlun/seed/reference/README.md",
                    "tirlun/seed/wg/partnerships.csv", "tirlun/seed/boundaries/wales-local-authorities.geojson",
                    "tirlun/seed/boundaries/README.md"):
        assert shipped in names, shipped
    assert not [n for n in names if n.startswith(("tirlun/bench", "tests/", "bench/"))]
    # The seed's builder scripts stay in the checkout; the licence ships with the metadata.
    assert not [n for n in names if n.startswith("tirlun/seed/") and n.count("/") == 2 and n != "tirlun/seed/__init__.py"]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "tirlun/views/.streamlit/config.toml" in names  # `tirlun app` runs Streamlit with these settings
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-2000:]
    return venv / "bin"


def run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin_dir / "tirlun"), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_query_list_and_validate_from_another_folder(installed: Path, tmp_path: Path) -> None:
    listed = run(installed, "query", "list", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    names = {q["name"] for q in json.loads(listed.stdout)}
    assert {"partnership_overlap", "duplicate_meetings", "data_silos", "statutory_gaps"} <= names
    # The seed ships inside the package: validate it where it was installed.
    seed = installed.parent / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages" / "tirlun" / "seed" / "ctm"
    checked = run(installed, "validate", str(seed), cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no problems" in checked.stdout


def test_headless_app_answers_from_another_folder(installed: Path, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    app = subprocess.Popen([str(installed / "tirlun"), "app", "--no-browser", "--address", "127.0.0.1", "--port", str(port)],
                           cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                time.sleep(1)
        assert body == "ok", "the installed app did not answer on its health endpoint"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            assert r.status == 200 and "<title>" in r.read().decode()
    finally:
        app.terminate()
        app.wait(timeout=30)
