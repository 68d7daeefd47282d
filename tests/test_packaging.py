"""Packaging without links: the checkout holds no symlinks, the top-level folders are mapped into the
one package `tirlun` by pyproject's package-dir, and each module has one name.

The clone test is what a Windows user (git's core.symlinks=false) gets: a fresh clone, installed
editable into a fresh virtual env, imports Tirlun, lists the queries and serves `streamlit run app.py`. It clones the committed
tree (HEAD), so run it after committing.
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import tarfile
import time
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The folders pyproject maps into tirlun, and the names they must never be imported under.
MAPPED = {"loader": "tirlun.loader", "views": "tirlun.views", "queries": "tirlun.queries",
          "neo4j_local": "tirlun.neo4j_local", "seed/ctm": "tirlun.seed.ctm", "seed/reference": "tirlun.seed.reference",
          "seed/wg": "tirlun.seed.wg", "seed/synthetic": "tirlun.seed.synthetic",
          "seed/boundaries": "tirlun.seed.boundaries"}
TOP_LEVEL = ("loader", "views", "queries", "neo4j_local")


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_the_checkout_holds_no_symlinks() -> None:
    listed = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    links = [line.split("\t", 1)[1] for line in listed.splitlines() if line.startswith("120000 ")]
    assert links == []


def test_pyproject_maps_exactly_the_top_level_folders() -> None:
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert table["package-dir"] == {package: folder for folder, package in MAPPED.items()}
    for folder, package in MAPPED.items():
        assert package in table["packages"], package
        # setuptools' editable finder cannot import a namespace package that sits under a regular one.
        assert (ROOT / folder / "__init__.py").is_file(), f"{folder}/ needs an __init__.py"
    # tirlun/seed/ is a real package of one __init__.py (the parent of the two mapped parts); nothing else
    # of the top-level folders lives inside tirlun/.
    assert [p.name for p in (ROOT / "tirlun" / "seed").iterdir() if p.name != "__pycache__"] == ["__init__.py"]
    assert not [f for f in TOP_LEVEL if (ROOT / "tirlun" / f).exists()]


def test_the_checkouts_streamlit_settings_are_the_shipped_ones() -> None:
    # `streamlit run app.py` in a checkout reads .streamlit/config.toml; `tirlun app` reads the copy that
    # ships beside the pages (views/.streamlit/config.toml). One is a copy of the other, byte for byte.
    checkout = (ROOT / ".streamlit" / "config.toml").read_bytes()
    assert checkout == (ROOT / "views" / ".streamlit" / "config.toml").read_bytes(), (
        "edit views/.streamlit/config.toml, then copy it to .streamlit/config.toml")


def imported_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_no_code_imports_a_mapped_folder_by_its_folder_name() -> None:
    # seed's builder scripts (seed/build_ctm.py, seed/ctm_*.py, ...) are a checkout tool imported as seed.*;
    # the parts that ship (seed/ctm, seed/reference, seed/wg, seed/synthetic) are only ever tirlun.seed.*.
    code = [ROOT / "app.py", *(p for d in ("tirlun", "loader", "views", "queries", "neo4j_local", "seed", "tests",
                                           "bench", "tools", "docs") for p in (ROOT / d).rglob("*.py"))]
    wrong = [f"{p.relative_to(ROOT)}: {name}" for p in code for name in imported_names(p)
             if name.split(".")[0] in TOP_LEVEL or name.split(".")[:2] in (["seed", "ctm"], ["seed", "reference"],
                                                                           ["seed", "wg"], ["seed", "synthetic"],
                                                                           ["seed", "boundaries"])]
    assert wrong == []


def test_the_app_and_the_cli_load_each_module_under_one_name() -> None:
    # Run from the checkout, as `python -m pytest` and `streamlit run app.py` do: the real tirlun/ folder
    # is on sys.path (''), and setuptools' editable finder must still find tirlun.loader in loader/.
    probe = (
        "import sys, json\n"
        "import tirlun.cli, tirlun.views.app, tirlun.views.state, tirlun.views.tables, tirlun.loader.models, tirlun.seed.ctm, "
        "tirlun.seed.reference, tirlun.seed.wg, tirlun.seed.synthetic, tirlun.seed.boundaries, tirlun.neo4j_local.server, "
        "tirlun.queries\n"
        "print(json.dumps({'path0': sys.path[0], 'prefix': sys.prefix, 'modules': {n: getattr(m, '__file__', None) "
        "for n, m in list(sys.modules.items())}}))\n"
    )
    ran = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, env=clean_env(),
                         timeout=300)
    assert ran.returncode == 0, ran.stderr[-3000:]
    seen = json.loads(ran.stdout.splitlines()[-1])
    assert seen["path0"] == ""  # the checkout's own folder was first on the path
    modules: dict[str, str | None] = seen["modules"]
    assert [n for n in modules if n.split(".")[0] in (*TOP_LEVEL, "seed")] == []
    # Each mapped package is the top-level folder itself (no copy, no second name).
    for folder, package in MAPPED.items():
        assert Path(modules[package] or "") == ROOT / folder / "__init__.py", package
    assert Path(modules["tirlun.loader.models"] or "") == ROOT / "loader" / "models.py"
    assert Path(modules["tirlun.views.app"] or "") == ROOT / "views" / "app.py"
    # Only the project's own files: CI makes its virtual environment (.venv) inside the checkout, and an
    # installed library may load one file under two names, which is not ours to judge.
    venv = Path(seen["prefix"])
    files = [f for f in modules.values() if f and Path(f).is_relative_to(ROOT) and not Path(f).is_relative_to(venv)]
    assert len(files) == len(set(files)), "a file was imported under two module names"


def test_every_file_found_by_path_is_there_in_the_checkout() -> None:
    from tirlun import cli_app, registry
    from tirlun.i18n import CATALOGUE_DIR
    from tirlun.loader.owners import SHIPPED_REFERENCE
    from tirlun.neo4j_local.server import POM
    from tirlun.seed.synthetic.tables import DATA
    from tirlun.views.nav import VIEWS

    assert registry.QUERIES_DIR == ROOT / "queries"
    assert registry.get("partnership_overlap").path == ROOT / "queries" / "overlap" / "partnership_overlap.cypher"
    assert CATALOGUE_DIR == ROOT / "tirlun" / "i18n" and (CATALOGUE_DIR / "cy.json").is_file()
    assert VIEWS == ROOT / "views" and (VIEWS / ".streamlit" / "config.toml").is_file()
    assert cli_app.APP == ROOT / "views" / "app.py"
    assert (cli_app.SEED / "partnerships.csv").is_file() and cli_app.SEED == ROOT / "seed" / "ctm"
    assert POM == ROOT / "neo4j_local" / "pom.xml" and POM.is_file()
    assert DATA == ROOT / "seed" / "synthetic" / "data"
    # The loader finds the shared reference beside itself: seed/reference here, tirlun/seed/reference installed.
    assert SHIPPED_REFERENCE == ROOT / "seed" / "reference" and (SHIPPED_REFERENCE / "organisations.csv").is_file()


def test_the_sdist_holds_the_top_level_folders_and_the_tests(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    sdist = next(tmp_path.glob("tirlun-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("LICENSE", "README.md", "Makefile", "app.py", ".streamlit/config.toml", "pyproject.toml",
                   "loader/models.py", "views/app.py", "views/.streamlit/config.toml",
                   "queries/overlap/partnership_overlap.cypher", "neo4j_local/__init__.py", "neo4j_local/pom.xml",
                   "seed/build_ctm.py", "seed/ctm/partnerships.csv", "seed/synthetic/__init__.py",
                   "seed/reference/organisations.csv", "seed/wg/partnerships.csv",
                   "tirlun/__init__.py", "tirlun/seed/__init__.py", "tirlun/i18n/cy.json",
                   "tests/conftest.py", "tests/test_packaging.py", "tools/typecheck.py"):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.startswith(".tirlun")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_clone_without_symlinks_installs_and_runs(tmp_path: Path) -> None:
    clone = tmp_path / "checkout"  # not "tirlun": from tmp_path, that folder would import as a namespace package
    # -c before clone: the checkout itself writes no links; --config: the clone keeps the setting, as on Windows.
    subprocess.run(["git", "-c", "core.symlinks=false", "clone", "-q", "--config", "core.symlinks=false", str(ROOT),
                    str(clone)], check=True, timeout=300)
    assert subprocess.run(["git", "config", "core.symlinks"], cwd=clone, capture_output=True, text=True).stdout.strip() == "false"
    venv = tmp_path / "venv"
    # The dependencies come from the environment running the tests (speed), Tirlun itself only from the clone.
    # Not --system-site-packages: under `make test` the dependencies sit in .venv, not in the system's Python.
    # A .pth line only adds a folder to the path (its own .pth files, such as an editable Tirlun's, are not
    # run), so the clone's editable install is the only Tirlun the new environment can import.
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    site_packages = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and Path(p).is_dir()]
    (Path(site_packages) / "_tirlun_test_dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    pip = subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "-e", str(clone)],
                         capture_output=True, text=True, env=clean_env(), timeout=900)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-2000:]
    env = clean_env()
    probe = ("import tirlun, tirlun.loader.models, tirlun.views.app, tirlun.seed.ctm; "
             "print(tirlun.__file__); print(tirlun.loader.models.__file__); print(tirlun.views.app.__file__)")
    for cwd in (clone, tmp_path):  # inside the clone (its tirlun/ on sys.path) and outside it
        ran = subprocess.run([str(py), "-c", probe], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)
        assert ran.returncode == 0, ran.stderr[-3000:]
        assert [Path(line) for line in ran.stdout.split()] == [
            clone / "tirlun" / "__init__.py", clone / "loader" / "models.py", clone / "views" / "app.py"]
    listed = subprocess.run([str(venv / "bin" / "tirlun"), "query", "list"], cwd=tmp_path, capture_output=True,
                            text=True, env=env, timeout=300)
    assert listed.returncode == 0, listed.stderr[-3000:]
    assert "partnership_overlap" in listed.stdout and "app_status" not in listed.stdout
    # `streamlit run app.py` in the clone answers (its .streamlit/config.toml is a file, not a link).
    port = free_port()
    app = subprocess.Popen([str(py), "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                            "--server.port", str(port), "--server.address", "127.0.0.1"],
                           cwd=clone, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        body = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not body:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5) as r:
                    body = r.read().decode()
            except OSError:
                time.sleep(1)
        assert body == "ok", "streamlit run app.py in the clone did not answer"
    finally:
        app.terminate()
        app.wait(timeout=30)


def test_the_licence_is_the_one_pyproject_names() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Copyright (c) 2025-2026 Tirlun contributors" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
