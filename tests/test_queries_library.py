"""The analysis library as a whole: headers in both languages, parameters, read-only bodies."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import neo4j
import pytest
from test_queries_profiles import tables

from tirlun import registry
from tirlun.database import Database, to_python

# Every library query and the topic folder it lives in.
LIBRARY = {
    "partnership_overlap": "overlap",
    "duplicate_meetings": "meetings", "meeting_burden": "meetings", "meeting_timeline": "meetings",
    "landscape_summary": "summary", "data_silos": "data",
    "brokers": "network", "brokers_projection": "network",
    "statutory_gaps": "governance", "statutory_invitations": "governance", "governance": "governance",
    "subgroup_tree": "governance", "lineage": "governance",
    "profile_organisation": "profiles", "profile_partnership": "profiles", "profile_person": "profiles",
    "assessment_scores": "assessment", "assessment_partnerships": "assessment",
    "compare_regions": "compare",
}
PROFILE_IDS = {"profile_organisation": "rct", "profile_partnership": "sb", "profile_person": "ceo"}
AS_OF = dt.date(2025, 6, 30)
WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS)\b", re.I)
STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*", re.S)
WELSH_WORDS = {"yw", "y", "yr", "a", "ar", "neu", "pob", "mewn", "sy'n", "gyntaf"}


def _params(name: str, **extra: Any) -> dict[str, Any]:
    q = registry.get(name)
    out: dict[str, Any] = {"id": PROFILE_IDS[name]} if name in PROFILE_IDS else {}
    if any(p.name == "as_of" for p in q.params):
        out["as_of"] = AS_OF
    return out | extra


def test_registry_lists_every_library_query() -> None:
    public = {q.name: q for q in registry.registry().public()}
    assert set(LIBRARY) <= set(public)
    for name, topic in LIBRARY.items():
        q = public[name]
        assert q.topic == topic, name
        assert q.mode == "read", name
        for text in (q.title, q.title_cy, q.description, q.description_cy):
            assert text and text != name, f"{name}: a title or description is missing"
        assert q.title_cy != q.title and q.description_cy != q.description, name
        words = set(re.findall(r"[\w']+", q.description_cy.lower()))
        assert len(words & WELSH_WORDS) >= 3, f"{name}: description_cy does not read as Welsh"
        assert q.example.startswith(f"tirlun query run {name}"), name


def test_headers_declare_as_of_region_and_examples_that_bind() -> None:
    for name in LIBRARY:
        q = registry.get(name)
        params = {p.name: p for p in q.params}
        assert params["as_of"].type == "date" and params["as_of"].default == "today", name
        if name in PROFILE_IDS:
            assert params["id"].required and params["id"].type == "str", name
        else:
            assert params["region"].type == "str" and params["region"].default == "null", name
        assert all(p.help for p in q.params), f"{name}: every parameter needs a help text"
        given = dict(pair.split("=", 1) for pair in re.findall(r"--param (\S+)", q.example))
        q.bind(given)  # the example's parameters exist and convert
    assert registry.get("partnership_overlap").param("members").choices == ("organisations", "people", "themes")
    assert registry.get("meeting_burden").param("by").choices == ("organisation", "person")


def test_bodies_are_plain_read_only_cypher() -> None:
    for name in LIBRARY:
        body = STRINGS_AND_COMMENTS.sub(" ", registry.get(name).body)
        assert not WRITES.search(body), f"{name} contains a write clause"
        assert "{{" not in body and "%(" not in body, f"{name} looks templated"
        assert "apoc." not in body.lower() and "gds." not in body.lower(), name


@pytest.fixture
def loaded(load_tables: Callable[..., Database]) -> Database:
    return load_tables(tables())


def test_every_query_runs_in_a_read_transaction(loaded: Database) -> None:
    """db.read opens a READ session and execute_read: a write would be refused by the server."""
    for name in LIBRARY:
        rows = loaded.read(name, _params(name))
        assert isinstance(rows, list), name
    assert loaded.read("profile_partnership", _params("profile_partnership"))[0]["id"] == "sb"


def test_files_run_unchanged_as_sent_by_a_browser(loaded: Database) -> None:
    """The whole file, header comments included, sent as text with the bound parameters."""
    for name in LIBRARY:
        q = registry.get(name)
        text = q.path.read_text(encoding="utf-8")
        params = q.bind(_params(name))

        def work(tx: neo4j.ManagedTransaction, text: str = text, params: dict[str, Any] = params) -> list[dict]:
            return [{k: to_python(v) for k, v in r.items()} for r in tx.run(text, params)]

        with loaded.driver.session(default_access_mode=neo4j.READ_ACCESS) as s:
            assert s.execute_read(work) == loaded.read(q, _params(name)), name


def test_null_parameters_mean_the_defaults(loaded: Database) -> None:
    for name in LIBRARY:
        q = registry.get(name)
        nulls = {p.name: None for p in q.params if not p.required and p.name != "as_of"}
        assert loaded.read(name, _params(name, **nulls)) == loaded.read(name, _params(name)), name
        with_null_date = loaded.read(name, _params(name, as_of=None))
        assert with_null_date == loaded.read(name, _params(name, as_of=dt.date.today())), name


def test_columns_are_the_same_with_and_without_rows(loaded: Database) -> None:
    """An empty result still carries the query's columns (read_df), the same as a full one."""
    full = {}
    for name in LIBRARY:
        rows = loaded.read(name, _params(name, **({"min_partnerships": 1} if name == "brokers" else {})))
        if rows:
            full[name] = list(rows[0])
    assert {"profile_partnership", "brokers", "landscape_summary", "assessment_scores", "lineage"} <= set(full)
    loaded.run_script("clear_graph")
    for name, columns in full.items():
        assert list(loaded.read_df(name, _params(name)).columns) == columns, name


def test_a_query_too_large_for_server_memory_says_what_to_do(session_db: Database) -> None:
    """The error the server sends when a transaction passes its memory limit (seen at scale 10)."""
    from neo4j import exceptions

    from tirlun.errors import QueryError

    err = exceptions.Neo4jError._hydrate_neo4j(
        code="Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        message="The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB.",
    )

    def fail() -> None:
        raise err

    with pytest.raises(QueryError) as caught:
        session_db._translate(fail)
    assert "too large" in caught.value.message and "TIRLUN_NEO4J_HEAP" in (caught.value.hint or "")
