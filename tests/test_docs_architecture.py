"""docs/architecture.md stays true of the code: every file, link and `file: name` it gives exists, and the
imports point the way its layer picture says. Reads files only; needs no Neo4j.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
PATH_LIKE = re.compile(r"\.(py|cypher|json|toml|md|xml|csv|in)$")

# The layers of docs/architecture.md, top to bottom (a file is in the first entry that holds it). An import may
# point into its own layer or any layer below; an import between the answers and the loader is sideways.
LAYERS: dict[str, tuple[str, ...]] = {
    "shell": ("app.py", "views/", "tirlun/cli.py", "tirlun/cli_answer.py", "tirlun/cli_app.py", "tirlun/cli_common.py",
              "tirlun/cli_scale.py", "tirlun/pack.py", "tirlun/supervisor.py", "tirlun/console_worker.py",
              "tirlun/access.py"),
    "answers": ("tirlun/answers/", "tirlun/network.py", "tirlun/maps.py", "tirlun/analysis.py", "tirlun/palette.py"),
    "loader": ("loader/", "seed/"),
    "database": ("tirlun/database.py", "tirlun/registry.py", "tirlun/readonly.py", "queries/", "neo4j_local/"),
    "base": ("tirlun/i18n.py", "tirlun/errors.py", "tirlun/config.py", "tirlun/processes.py", "tirlun/__init__.py",
             "tirlun/seed/"),
}
RANK = {"shell": 4, "answers": 3, "loader": 3, "database": 2, "base": 1}
# Imports that point sideways or up, each said in docs/architecture.md ("What does not fit the picture").
KNOWN_EXCEPTIONS = {("tirlun/answers/assessment.py", "loader/models.py"),
                    ("tirlun/answers/governance.py", "loader/models.py")}


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def code_spans(text: str) -> list[str]:
    """What the doc marks as code, inline (`...`) and in fenced blocks (one span a line)."""
    spans: list[str] = []
    fenced = re.compile(r"^```.*?^```", re.S | re.M)
    for block in fenced.findall(text):
        spans += block.splitlines()[1:-1]
    return spans + re.findall(r"`([^`\n]+)`", fenced.sub("", text))


def named_paths(text: str) -> Iterator[tuple[str, str | None]]:
    """(path, name) for each `path` and `path: name` the doc gives; name is None for a bare path."""
    for span in code_spans(text):
        for m in re.finditer(r"(?<![\w./*-])([\w.*-]+(?:/[\w.*-]*)+|[\w*-]+\.(?:py|cypher|json|toml|md|xml|in))"
                             r"(?::\s*([A-Za-z_]\w*))?", span):
            path, name = m.group(1), m.group(2)
            if path.startswith((".", "~")) or ("/" not in path and not PATH_LIKE.search(path)):
                continue  # a folder made at run time (.tirlun-test/), a home folder, or not a path at all
            if "/" not in path and not path.endswith(".cypher") and not (ROOT / path).exists():
                continue  # a file named without its folder is checked only for queries (below) and top-level files
            yield path, name


def resolve(path: str) -> list[Path]:
    """The files a path of the doc means: globs expanded; a bare NAME.cypher found under queries/."""
    if "/" not in path and path.endswith(".cypher"):
        return sorted((ROOT / "queries").rglob(path))
    if "*" in path:
        return sorted(ROOT.glob(path))
    found = ROOT / path
    return [found] if found.exists() else []


def defines(path: Path, name: str) -> bool:
    """Whether ``name`` is a top-level function, class or assignment of the file (or a method of one of its classes)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return True
    return False


def test_every_path_and_name_the_architecture_doc_gives_exists() -> None:
    pairs = list(named_paths(doc_text()))
    assert len(pairs) > 80, "the scan found too few paths: has the doc's style changed?"
    missing = sorted({p for p, _ in pairs if not resolve(p)})
    assert not missing, f"docs/architecture.md names files that are not in the checkout: {missing}"
    undefined = sorted({f"{p}: {n}" for p, n in pairs if n and p.endswith(".py")
                        and not any(defines(f, n) for f in resolve(p))})
    assert not undefined, f"docs/architecture.md names functions or classes that are not there: {undefined}"


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_of_the_architecture_doc_arrives() -> None:
    links = re.findall(r"\]\(([^)\s]+)\)", doc_text())
    assert links
    for link in links:
        target, _, anchor = link.partition("#")
        page = (DOC.parent / target).resolve() if target else DOC
        assert page.is_file(), f"docs/architecture.md links to {link}, which is not there"
        if anchor:
            headings = re.findall(r"^#+\s+(.*)$", page.read_text(encoding="utf-8"), re.M)
            assert anchor in {slug(h) for h in headings}, f"{link}: no such heading"


def test_the_readme_links_the_architecture_doc() -> None:
    assert "](docs/architecture.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_module_the_doc_names_by_its_import_name_is_there() -> None:
    names = {s for s in code_spans(doc_text()) if re.fullmatch(r"tirlun(\.\w+)+", s)}
    assert names
    assert not [n for n in sorted(names) if importlib.util.find_spec(n) is None]


# -- which way the imports point ------------------------------------------------------------------------------------
def package_dirs() -> dict[str, str]:
    """pyproject's package-dir: import name -> folder (tirlun.loader -> loader), longest name first."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def module_file(module: str, dirs: dict[str, str]) -> str | None:
    """The checkout file an import name loads, under the package-dir mapping; None outside Tirlun."""
    for package, folder in dirs.items():
        if module == package or module.startswith(package + "."):
            base = ROOT / folder / module[len(package) + 1:].replace(".", "/")
            break
    else:
        if module.split(".")[0] != "tirlun":
            return None
        base = ROOT / module.replace(".", "/")
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate.relative_to(ROOT).as_posix()
    return None


def shipped_code(dirs: dict[str, str]) -> list[Path]:
    """The Python files of the installed package: tirlun/, the mapped folders, and the checkout's app.py."""
    folders = ["tirlun", *dirs.values()]
    return [ROOT / "app.py", *sorted({p for f in folders for p in (ROOT / f).rglob("*.py")})]


def imports(path: Path, dirs: dict[str, str]) -> set[str]:
    """The checkout files ``path`` imports (at any depth of the file: lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # `from tirlun.loader import journal` imports loader/journal.py; `from x import name` imports x
            modules = [f"{node.module}.{a.name}" for a in node.names]
            modules = [m if module_file(m, dirs) else node.module for m in modules]
        else:
            continue
        found |= {f for m in modules if (f := module_file(m, dirs))}
    found.discard(path.relative_to(ROOT).as_posix())
    return found


def layer(file: str) -> str:
    for name, members in LAYERS.items():
        if any(file == m or (m.endswith("/") and file.startswith(m)) for m in members):
            return name
    raise AssertionError(f"{file} is in no layer: place it in LAYERS here and in docs/architecture.md")


def test_imports_point_down_the_layers() -> None:
    dirs = package_dirs()
    wrong: set[tuple[str, str]] = set()
    seen = 0
    for path in shipped_code(dirs):
        source = path.relative_to(ROOT).as_posix()
        for target in imports(path, dirs):
            seen += 1
            a, b = layer(source), layer(target)
            if a != b and RANK[a] <= RANK[b]:
                wrong.add((source, target))
    assert seen > 200, "the scan found too few imports: has the layout moved?"
    assert wrong == KNOWN_EXCEPTIONS, (
        f"imports that point up or sideways: {sorted(wrong - KNOWN_EXCEPTIONS)}; "
        f"listed here but gone: {sorted(KNOWN_EXCEPTIONS - wrong)}. Mend the import, or say it in "
        "docs/architecture.md and list it in KNOWN_EXCEPTIONS")


def test_only_the_database_module_imports_the_driver_and_no_answer_imports_streamlit() -> None:
    dirs = package_dirs()

    def top_modules(path: Path) -> set[str]:
        out: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                out.add(node.module.split(".")[0])
        return out

    code = shipped_code(dirs)
    assert [p.relative_to(ROOT).as_posix() for p in code if "neo4j" in top_modules(p)] == ["tirlun/database.py"]
    answers = [p for p in code if p.is_relative_to(ROOT / "tirlun" / "answers")]
    assert answers
    assert not [p.name for p in answers if top_modules(p) & {"streamlit", "pandas", "neo4j"}]
