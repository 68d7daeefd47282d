"""The console cannot be talked round: escape attempts against the real server, judged by its plan.

Each attempt runs through ``Database.run_readonly`` (what the console page calls) on the seeded
graph. Refused attempts must raise (ReadOnlyViolation, or QueryError when Neo4j itself rejects
the text); capped ones return a cut result. After every attempt the graph's fingerprint is the
same as before, and a local HTTP server that the LOAD CSV attempts point at receives nothing.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import neo4j
import pytest

from tirlun import registry
from tirlun.config import Settings, local_settings
from tirlun.database import Database
from tirlun.errors import QueryError, ReadOnlyViolation
from tirlun.neo4j_local.server import LocalServer


class Probe(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Probe.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a,b\n1,2\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def probe() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Probe)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


REFUSED = "refused"        # the guard refuses (ReadOnlyViolation)
REJECTED = "rejected"      # Neo4j rejects the text itself (QueryError); nothing runs

# (attempt, expected). {probe} is the local HTTP server's address.
ATTEMPTS: list[tuple[str, str]] = [
    # from the issue
    ("CALL `dbms`.`listConfig`() YIELD name, value RETURN name, value", REFUSED),
    ("CALL `db`.`clearQueryCaches`()", REFUSED),
    ("WITH 1 AS `a//` LOAD CSV FROM '{probe}/issue' AS l RETURN l", REFUSED),
    ("WITH 1 AS `a//` LOAD CSV FROM 'file:///x.csv' AS l RETURN l", REFUSED),
    ("SHOW TRANSACTIONS", REFUSED),
    # quoting and comments
    ("CALL `dbms.listConfig`()", REJECTED),  # one backticked name: no such procedure
    ("CALL db.`clearQueryCaches`()", REFUSED),
    ("MATCH (n) // harmless\nWITH count(n) AS c LOAD CSV FROM '{probe}/comment' AS l RETURN l", REFUSED),
    ("/* only a comment */ LOAD CSV FROM '{probe}/block' AS l RETURN l", REFUSED),
    ("WITH '// LOAD CSV' AS `x/*` load csv from '{probe}/lower' as l return l", REFUSED),
    ("WITH \"'\" AS q LOAD CSV FROM '{probe}/quote' AS l RETURN l, q", REFUSED),
    # unicode escapes in names
    ("CALL db.\\u0063learQueryCaches()", REFUSED),
    ("CALL `db`.`\\u0063learQueryCaches`()", REFUSED),
    ("CALL `\\u0064bms`.listConfig() YIELD name RETURN name", REFUSED),
    # CYPHER / EXPLAIN / PROFILE prefixes
    ("CYPHER runtime=slotted LOAD CSV FROM '{probe}/cypher' AS l RETURN l", REFUSED),
    ("CYPHER 5 CALL dbms.listConfig() YIELD name RETURN name", REFUSED),
    ("EXPLAIN LOAD CSV FROM '{probe}/explain' AS l RETURN l", REFUSED),
    ("PROFILE LOAD CSV FROM '{probe}/profile' AS l RETURN l", REJECTED),
    ("PROFILE MATCH (n) SET n.hacked = true", REJECTED),
    # subqueries, UNION, nested expressions
    ("MATCH (p:Partnership) WITH p LIMIT 1 CALL (p) { LOAD CSV FROM '{probe}/sub' AS l RETURN l } RETURN l", REFUSED),
    ("CALL db.labels() YIELD label RETURN label UNION CALL dbms.listConfig() YIELD name AS label RETURN label", REFUSED),
    ("RETURN 1 AS l UNION LOAD CSV FROM '{probe}/union' AS l RETURN l", REFUSED),
    ("RETURN [x IN [1] | COLLECT { LOAD CSV FROM '{probe}/nested' AS l RETURN l }] AS c", REFUSED),
    ("RETURN [x IN [1] | COUNT { CALL db.clearQueryCaches() YIELD value RETURN value }] AS c", REFUSED),
    ("CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", REFUSED),
    # writes, including inside CALL and FOREACH
    ("CREATE (:Probe {x: 1})", REFUSED),
    ("MATCH (n) DETACH DELETE n", REFUSED),
    ("MATCH (n:Partnership) SET n.name_en = 'hacked' RETURN n", REFUSED),
    ("MERGE (:Probe {x: 1})", REFUSED),
    ("FOREACH (x IN [1] | CREATE (:Probe))", REFUSED),
    ("CALL { CREATE (:Probe) }", REFUSED),
    ("MATCH (n:Partnership) CALL (n) { SET n.hacked = true } RETURN count(*) AS c", REFUSED),
    ("MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS", REFUSED),
    # schema and system commands
    ("CREATE INDEX probe_idx FOR (n:Probe) ON (n.x)", REFUSED),
    ("DROP INDEX probe_idx IF EXISTS", REFUSED),
    ("CREATE USER eve SET PASSWORD 'correct-horse-battery'", REFUSED),
    ("SHOW USERS", REFUSED),
    ("SHOW DATABASES", REFUSED),
    ("SHOW CURRENT USER", REFUSED),
    ("SHOW SETTINGS", REFUSED),
    ("SHOW TRANSACTIONS YIELD currentQuery, clientAddress RETURN currentQuery, clientAddress", REFUSED),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", REFUSED),
    ("USE system SHOW USERS", REJECTED),
    ("USE system CALL db.labels()", REFUSED),
    ("STOP DATABASE neo4j", REJECTED),  # Enterprise-only: Community rejects it outright
    # procedure listings and procedures off the list
    ("SHOW PROCEDURES", REFUSED),
    ("SHOW FUNCTIONS", REFUSED),
    ("CALL dbms.components()", REFUSED),
    ("CALL db.info()", REFUSED),
    ("CALL dbms.showCurrentUser()", REFUSED),
    ("CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN label, name", REFUSED),
    # APOC-style names (not installed here; a server that has them still needs the list)
    ("CALL apoc.load.json('{probe}/apoc')", REJECTED),
    ("RETURN apoc.static.get('x') AS x", REJECTED),
    ("CALL apoc.cypher.runFirstColumnSingle('LOAD CSV FROM \"{probe}/apoc2\" AS l RETURN l', {})", REJECTED),
]


def _run(db: Database, text: str) -> tuple[list[dict[str, object]], bool]:
    return db.run_readonly(text, {}, timeout=20.0, row_cap=1000, byte_cap=2_000_000)


def test_table_has_thirty_attempts() -> None:
    assert len(ATTEMPTS) >= 30


@pytest.mark.parametrize(("attempt", "expected"), ATTEMPTS, ids=[a[:60] for a, _ in ATTEMPTS])
def test_escape_attempt_is_refused_and_changes_nothing(seeded: Database, probe: str, attempt: str,
                                                       expected: str) -> None:
    before = seeded.read("graph_fingerprint")
    Probe.hits.clear()
    text = attempt.replace("{probe}", probe)
    with pytest.raises(QueryError) as caught:
        _run(seeded, text)
    if expected == REFUSED:
        assert isinstance(caught.value, ReadOnlyViolation), caught.value
        assert caught.value.message.startswith("Refused: ")
    assert seeded.read("graph_fingerprint") == before
    assert Probe.hits == []


def test_a_single_huge_value_is_capped(seeded: Database) -> None:
    rows, truncated = _run(seeded, "RETURN range(1, 10000000) AS x")
    assert (rows, truncated) == ([], True)  # one row of 10 million numbers: far above 2 MB


def test_the_apps_console_decodes_a_huge_value_in_a_child_never_in_the_app(seeded: Database,
                                                                           settings: Settings) -> None:
    import resource

    from tirlun.console_worker import run_isolated

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB, this process's high-water mark
    rows, truncated = run_isolated(settings, "RETURN range(1, 10000000) AS x", {}, byte_cap=2_000_000)
    assert (rows, truncated) == ([], True)
    # ten million numbers are about 500 MB decoded; none of it in this process
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000


def test_a_value_past_the_childs_memory_limit_is_refused_with_what_to_do(seeded: Database,
                                                                         settings: Settings) -> None:
    from tirlun.console_worker import run_isolated

    with pytest.raises(QueryError) as caught:
        run_isolated(settings, "RETURN range(1, 10000000) AS x", {}, memory_mb=600, timeout=2)
    assert caught.value.message.startswith("The result is too large to show")
    assert "size(list)" in (caught.value.hint or "")


def test_the_child_keeps_the_guard_and_its_messages(seeded: Database, settings: Settings) -> None:
    from tirlun.console_worker import run_isolated

    before = seeded.read("graph_fingerprint")
    with pytest.raises(ReadOnlyViolation, match=r"^Refused: "):
        run_isolated(settings, "CREATE (n:Probe) RETURN n", {})
    with pytest.raises(QueryError, match="time limit"):
        run_isolated(settings, "UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS c", {},
                     timeout=1.0)
    rows, truncated = run_isolated(settings, "MATCH (p:Partnership {id: $id}) RETURN p.id AS id", {"id": "ctm-psb"},
                                   lang="cy")
    assert (rows, truncated) == ([{"id": "ctm-psb"}], False)
    assert seeded.read("graph_fingerprint") == before


def test_the_childs_errors_come_back_as_they_were(settings: Settings, tmp_path: Path) -> None:
    import dataclasses

    from tirlun.errors import DatabaseError, Neo4jUnavailable, restore
    from tirlun.i18n import msg, translator

    # the state a child sends: the sentence as a catalogue key (db.error: "Neo4j error: {message}"), not its English
    again = restore(DatabaseError, {"said": msg("db.error", message="boom"), "said_hint": None, "code": "Neo.X"})
    assert (type(again), again.message, again.code, str(again)) == (DatabaseError, "Neo4j error: boom", "Neo.X",
                                                                    "Neo4j error: boom")
    assert again.say(translator("cy")) == "Gwall Neo4j: boom"  # worded by the reader, in the reader's language
    # a server that is not there: the child's own Neo4jUnavailable, whole, not "too large"
    from tirlun.console_worker import run_isolated

    nowhere = dataclasses.replace(settings, uri="neo4j://127.0.0.1:9", password="x")
    with pytest.raises(Neo4jUnavailable) as caught:
        run_isolated(nowhere, "RETURN 1", {})
    assert caught.value.hint


def test_many_rows_stop_at_the_row_cap(seeded: Database) -> None:
    rows, truncated = _run(seeded, "UNWIND range(1, 100000) AS i RETURN i")
    assert truncated and [r["i"] for r in rows] == list(range(1, 1001))


def test_many_large_rows_stop_at_the_byte_cap(seeded: Database) -> None:
    # Each row: a list of 20,000 numbers, counted as 8 bytes each plus 8 for the list and 8 for
    # the key and the row: 160,024 bytes. 2,000,000 bytes hold 12 such rows (1,920,288), not 13.
    rows, truncated = _run(seeded, "UNWIND range(1, 2000) AS i RETURN range(1, 20000) AS xs")
    assert truncated and len(rows) == 12


def test_time_limit_stops_a_long_query(seeded: Database) -> None:
    with pytest.raises(QueryError, match="time limit"):
        seeded.run_readonly("UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS c",
                            timeout=1.0)


@pytest.mark.parametrize("text", [
    "RETURN 'LOAD CSV' AS s, '// CREATE (n)' AS t, \"CALL dbms.listConfig()\" AS u",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "CALL `db`.`relationshipTypes`()",
    "CALL db.schema.visualization()",
    "SHOW INDEXES YIELD name RETURN name",
    "SHOW CONSTRAINTS",
    "CYPHER 5 MATCH (p:Partnership) RETURN count(p) AS n",
    "MATCH (p:Partnership) CALL (p) { MATCH (p)<-[:MEMBER_OF]-(o) RETURN count(o) AS members } RETURN p.id, members",
    "MATCH (p:Partnership) RETURN p.id, COUNT { (p)<-[:MEMBER_OF]-() } AS members ORDER BY p.id LIMIT 3",
])
def test_harmless_reads_still_run(seeded: Database, text: str) -> None:
    rows, truncated = _run(seeded, text)
    assert rows and not truncated


def test_labels_answer_from_the_graph(seeded: Database) -> None:
    rows, _ = _run(seeded, "CALL db.labels() YIELD label RETURN label")
    assert {"Partnership", "Organisation"} <= {r["label"] for r in rows}


def test_every_library_read_query_passes_the_guard(seeded: Database) -> None:
    """The library mode runs through the same guard: none of its queries may be refused by it."""
    refused = []
    for q in registry.registry().public():
        if q.mode != "read":
            continue
        values = {p.name: (["x"] if p.type.endswith("list") or p.type.startswith("list") else
                           1 if p.type == "int" else 0.5 if p.type == "float" else "x")
                  for p in q.params if p.required}
        try:
            seeded.run_readonly(q.body, q.bind(values), timeout=30.0)
        except ReadOnlyViolation as exc:
            refused.append(f"{q.name}: {exc.message}")
        except QueryError:
            pass  # a query's own error is not the guard's business
    assert refused == []


def test_local_server_config_is_the_second_wall(tmp_path: Path) -> None:
    server = LocalServer(local_settings(tmp_path / "home", 7999))
    server.write_config()
    lines = (server.conf_dir / "neo4j.conf").read_text(encoding="utf-8").splitlines()
    assert "dbms.security.allow_csv_import_from_file_urls=false" in lines
    assert "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0" in lines
    assert "dbms.security.procedures.allowlist=db.labels,db.relationshipTypes,db.propertyKeys,db.schema.*" in lines


def test_local_server_refuses_load_csv_even_without_the_guard(seeded: Database, settings: Settings,
                                                              probe: str) -> None:
    """Straight through the driver, past the console's guard: the server itself says no."""
    assert settings.uses_local_server, "this test is about the local server's own settings"
    Probe.hits.clear()
    for url in (f"{probe}/wall", "file:///x.csv"):
        with pytest.raises(neo4j.exceptions.ClientError) as caught:
            seeded.driver.execute_query(f"LOAD CSV FROM '{url}' AS l RETURN l")
        assert caught.value.code == "Neo.ClientError.Statement.ExternalResourceFailed"
    assert Probe.hits == []


# -- one query cannot take the server down (issue 22) ---------------------------------------------------------
DEEP = "RETURN " + "(" * 3000 + "1" + ")" * 3000 + " AS n"  # the parser overflows its stack


@pytest.mark.parametrize(("bomb", "expected"), [
    # a string doubled 30 times: 1 GiB, built twice over in the heap; the server does not track it per query
    ("RETURN size(reduce(s='x', i IN range(1,30) | s+s)) AS n", "memory or answer"),
    # once more: 2^31 characters is past what Java can hold in one array (if the heap did not run out first)
    ("RETURN size(reduce(s='x', i IN range(1,31) | s+s)) AS n", "memory or failed inside"),
    # collect() is tracked: the per-transaction limit stops it (rows of 100-number lists reach it quickly)
    ("UNWIND range(1, 200000000) AS i RETURN size(collect(range(1, 100))) AS n", "memory"),
    (DEEP, "dropped"),
], ids=["reduce-30", "reduce-31", "collect", "nested-3000"])
def test_a_bomb_fails_alone_and_the_server_answers_the_next_query(seeded: Database, settings: Settings,
                                                                  bomb: str, expected: str) -> None:
    """Through the console's own path (a child process, the guard, the caps): a clear message within the time
    limit, the same server still answering (same pid), the graph unchanged."""
    import time

    from tirlun.console_worker import run_isolated
    from tirlun.i18n import EN

    pid = LocalServer(settings.local).status().pid
    before = seeded.read("graph_fingerprint")
    started = time.monotonic()
    try:
        rows, _ = run_isolated(settings, bomb, {}, timeout=30.0)
    except QueryError as exc:
        message = exc.message
    else:
        # the heap had room this time: then the answer is right (2^30 characters), and that is no harm either
        assert expected == "memory or answer" and rows == [{"n": 2 ** 30}]
        message = ""
    assert time.monotonic() - started < 30.0
    if expected == "memory or failed inside":
        assert message == EN("console.server_memory") or message.startswith(
            "Neo4j could not run this query and stopped it alone: "), message
    elif expected.startswith("memory") and message:
        assert message == EN("console.server_memory")
    elif expected == "dropped":
        assert message == EN("console.dropped")
    # the next query, on a new connection as the app's next page would make
    with Database.connect(settings) as again:
        assert again.read("graph_fingerprint") == before
    assert LocalServer(settings.local).status().pid == pid


def test_the_server_is_given_memory_limits_from_its_heap(session_db: Database, settings: Settings) -> None:
    """Asked of the server itself: 2 GiB of heap gives 1,228 MiB (60 %) a transaction and 1,433 MiB (70 %) in all."""
    from tirlun.neo4j_local.server import heap_bytes, memory_limits

    assert heap_bytes("2g") == 2 * 1024 ** 3 and heap_bytes("1536m") == 1536 * 1024 ** 2
    assert memory_limits("2g") == ("1228m", "1433m")
    assert settings.local.heap == "2g", "the values below are worked out for the tests' default 2g heap"
    recs, _, _ = session_db.driver.execute_query(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', "
        "'dbms.memory.transaction.total.max'] RETURN name, value ORDER BY name")
    assert {r["name"]: r["value"] for r in recs} == {"db.memory.transaction.max": "1.20GiB",
                                                    "dbms.memory.transaction.total.max": "1.40GiB"}
