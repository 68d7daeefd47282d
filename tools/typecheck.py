"""mypy --strict over the package as it installs: `python tools/typecheck.py` (what `make test` runs).

Why not plain `python -m mypy`: pyproject.toml maps the top-level folders into the package
(package-dir: loader/ is tirlun.loader, views/ is tirlun.views, ...). mypy names a file by the folder
it sits in (loader/models.py would be `loader.models`) and cannot follow setuptools' editable import
hook (pypa/setuptools#3518), so on its own it finds no tirlun.loader at all. This script gives mypy
every module of the package under its installed name, read from the same [tool.setuptools] table the
wheel is built from, and otherwise runs mypy exactly as its command line does ([tool.mypy] settings;
extra arguments are passed on).
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

from mypy import util
from mypy.fscache import FileSystemCache
from mypy.main import process_options, run_build
from mypy.modulefinder import BuildSource

ROOT = Path(__file__).resolve().parent.parent


def package_folder(package: str, package_dir: dict[str, str]) -> Path:
    """The folder setuptools builds ``package`` from: the longest mapped prefix, then the rest of the name."""
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in package_dir:
            return ROOT.joinpath(package_dir[prefix], *parts[cut:])
    return ROOT.joinpath(package_dir.get("", "."), *parts)


def sources() -> list[BuildSource]:
    """Every module of every installed package, named as it is imported."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = []
    for package in table["packages"]:
        folder = package_folder(package, table.get("package-dir", {}))
        for path in sorted(folder.glob("*.py")):
            module = package if path.name == "__init__.py" else f"{package}.{path.stem}"
            found.append(BuildSource(str(path.relative_to(ROOT)), module, None, str(ROOT)))
    return found


def main() -> int:
    t0 = time.time()
    fscache = FileSystemCache()
    # mypy reads [tool.mypy] and the extra flags here; the one file named is only there because mypy
    # wants a target, and is replaced by the package's own list below.
    _, options = process_options(["tirlun/__init__.py", *sys.argv[1:]], fscache=fscache)
    found = sources()
    _, messages, blockers = run_build(found, options, fscache, t0, sys.stdout, sys.stderr)
    formatter = util.FancyFormatter(sys.stdout, sys.stderr, options.hide_error_codes)
    n_errors, _notes, n_files = util.count_stats(messages)
    if n_errors:
        print(formatter.format_error(n_errors, n_files, len(found), blockers=blockers, use_color=options.color_output))
        return 2 if blockers else 1
    print(formatter.format_success(len(found), options.color_output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
