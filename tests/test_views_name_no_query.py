"""No file in views/ names a query (issue 23, item 1): a page renders its answer, and the answers layer
owns every query a page needs, full-list downloads included. Reads files only; needs no Neo4j.

Every string constant of every views/ file, found with Python's ``ast`` (so text in comments does not
count and a name built from parts would be missed: say so in review), is checked against every query of
the registry, the internal ones (queries/_internal, queries/app) included.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tirlun.registry import registry

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "views"

# Strings a page uses that happen to spell a query's name but name something else, each worked out by hand:
# "governance" is the Governance page's own name (PAGES, header, answer) and its findings table's key;
# "lineage" is that page's lineage table and download key (tirlun.answers.governance: all_rows).
NOT_QUERIES = {"governance", "lineage"}


def query_names_in_views() -> list[tuple[str, int, str]]:
    """(file, line, query name) for each string constant of views/ that is a query's name."""
    names = set(registry().queries)
    found: list[tuple[str, int, str]] = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
                found.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    return found


def test_the_registry_lists_internal_queries_too() -> None:
    # The check below is only as good as the list it checks against: the app's own queries must be in it.
    names = set(registry().queries)
    assert {"app_status", "app_regions", "load_history", "partnership_overlap", "merge_overlap"} <= names


def test_no_file_in_views_names_a_query() -> None:
    named = [(f, line, q) for f, line, q in query_names_in_views() if q not in NOT_QUERIES]
    assert named == [], f"pages name queries (move them behind a function of tirlun/answers/): {named}"


def test_the_exceptions_are_still_needed() -> None:
    # An exception no page uses any more is removed, so it cannot hide a query later.
    assert {q for _, _, q in query_names_in_views()} == NOT_QUERIES


def column_maps_in_views() -> list[tuple[str, int]]:
    """(file, line) of each dict literal in views/ from column names to catalogue keys: a column map built by a page
    (a map from other things to keys, such as views/signin.py's roles, is not one)."""
    from tirlun.i18n import catalogue

    keys = set(catalogue("en"))
    found: list[tuple[str, int]] = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict) and len(node.values) >= 2 and all(
                    isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys) and all(
                    isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value in keys for v in node.values):
                found.append((str(path.relative_to(ROOT)), node.lineno))
    return found


def test_no_file_in_views_builds_a_column_map() -> None:
    # Each table's columns and their headers come with its answer (Table.labels, Download.columns).
    assert column_maps_in_views() == []
