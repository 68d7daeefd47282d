"""Judge console Cypher by the plan Neo4j makes for it, never by its text.

A text check can be talked round (backticks, comments, unicode escapes, a ``//`` inside a
quoted name): only the server's own parser knows what a query does. So the console first
asks Neo4j to ``EXPLAIN`` the query in a read transaction and this module reads the answer:
the query type the server gives it and every operator of the plan. It refuses:

- anything the server does not call a read (``query_type`` other than ``"r"``): writes,
  schema changes, admin and ``system``-database commands, ``dbms.*`` procedures;
- ``LOAD CSV`` (reads files and web addresses from the server);
- ``CALL { ... } IN TRANSACTIONS`` (opens transactions of its own);
- ``SHOW`` commands other than ``SHOW INDEXES`` and ``SHOW CONSTRAINTS`` (``SHOW
  TRANSACTIONS`` shows other people's queries and addresses), and ``TERMINATE``;
- every procedure outside a short list that only describes the graph's shape;
- any operator that runs on another database than the session's (``USE``);
- every operator that is not on the list of known read operators (a future or unknown
  operator is refused, not trusted).

The plan is a tree of operator names from the server; nothing here looks at the query text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tirlun.errors import ReadOnlyViolation

# Procedures that only describe the graph's shape (labels, types, keys, schema); nothing else.
SAFE_PROCEDURES: tuple[str, ...] = (
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
)

# SHOW commands that list this database's own structure and nobody's activity.
SAFE_SHOW: frozenset[str] = frozenset({"ShowIndexes", "ShowConstraints"})

# Operators of read plans: the read operators of Neo4j 5.26's "Summary of operators" and the
# names its plan renderer (LogicalPlan2PlanDescription) gives them. Anything else is refused:
# the list is what we know to be a read, not a list of what we know to be harmful.
READ_OPERATORS: frozenset[str] = frozenset({
    "AllNodesScan", "Anti", "AntiSemiApply", "Apply", "Argument", "ArgumentTracker",
    "AssertingMultiNodeIndexSeek", "BFSPruningVarExpand(All)",
    "BFSPruningVarExpand(Into)", "CacheProperties", "CartesianProduct",
    "DirectedAllRelationshipsScan", "DirectedRelationshipByElementIdSeek", "DirectedRelationshipByIdSeek",
    "DirectedRelationshipIndexContainsScan", "DirectedRelationshipIndexEndsWithScan",
    "DirectedRelationshipIndexScan", "DirectedRelationshipIndexSeek", "DirectedRelationshipIndexSeekByRange",
    "DirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan", "DirectedRelationshipUniqueIndexSeek",
    "DirectedRelationshipUniqueIndexSeekByRange", "Distinct", "Eager", "EagerAggregation", "EmptyResult",
    "EmptyRow", "ExhaustiveLimit", "Expand(All)", "Expand(Into)", "Filter", "IntersectionNodeByLabelsScan",
    "LetAntiSemiApply", "LetSelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSemiApply", "Limit",
    "MultiNodeIndexSeek", "NodeByElementIdSeek", "NodeByIdSeek", "NodeByLabelScan", "NodeCountFromCountStore",
    "NodeHashJoin", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "NodeIndexScan", "NodeIndexSeek",
    "NodeIndexSeekByRange", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "NodeUniqueIndexSeek",
    "NodeUniqueIndexSeekByRange", "NullifyMetadata", "Optional", "OptionalExpand(All)", "OptionalExpand(Into)",
    "OrderedAggregation", "OrderedDistinct", "OrderedUnion", "PartialSort", "PartialTop", "ProcedureCall",
    "ProduceResults", "ProjectEndpoints", "Projection", "RelationshipCountFromCountStore",
    "Repeat(Trail)", "RollUpApply", "SelectOrAntiSemiApply", "SelectOrSemiApply", "SemiApply", "ShortestPath",
    "Skip", "Sort", "StatefulShortestPath(All)", "StatefulShortestPath(Into)", "SubqueryForeach",
    "SubtractionNodeByLabelsScan", "Top", "TriadicBuild", "TriadicFilter",
    "TriadicSelection", "UndirectedAllRelationshipsScan", "UndirectedRelationshipByElementIdSeek",
    "UndirectedRelationshipByIdSeek", "UndirectedRelationshipIndexContainsScan",
    "UndirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexScan",
    "UndirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeekByRange",
    "UndirectedRelationshipTypeScan", "UndirectedUnionRelationshipTypesScan",
    "UndirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeekByRange", "Union",
    "UnionNodeByLabelsScan", "Unwind", "ValueHashJoin", "VarLengthExpand(All)", "VarLengthExpand(Into)",
    "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS,All)", "VarLengthExpand(Pruning,BFS,Into)",
    "AssertingMultiRelationshipIndexSeek", "BidirectionalRepeat(Trail)", "Repeat(Walk)", "PathPropagatingBFS",
    "Top1WithTies", "PartitionedAllNodesScan", "PartitionedNodeByLabelScan", "PartitionedNodeIndexScan",
    "PartitionedNodeIndexSeek", "PartitionedUnwind", *SAFE_SHOW,
})

# Why the most likely refusals are refused, in words a user can act on.
_WHY: dict[str, str] = {
    "LoadCSV": "LOAD CSV reads files and web addresses from the database server",
    "TransactionApply": "CALL { ... } IN TRANSACTIONS opens transactions of its own",
    "TransactionForeach": "CALL { ... } IN TRANSACTIONS opens transactions of its own",
    "TerminateTransactions": "TERMINATE stops other people's queries",
    "ShowTransactions": "SHOW TRANSACTIONS shows other people's queries and addresses",
    "ShowSettings": "SHOW SETTINGS shows the server's configuration",
    "ShowProcedures": "SHOW PROCEDURES lists the server's procedures",
    "ShowFunctions": "SHOW FUNCTIONS lists the server's functions",
}

_HINT = ("The console runs reads of this graph only: MATCH ... RETURN, subqueries, and the procedures "
         + ", ".join(SAFE_PROCEDURES) + "; SHOW INDEXES and SHOW CONSTRAINTS. Use `tirlun load` to change data.")


def refuse(why: str) -> ReadOnlyViolation:
    """The one error the console shows for a refused query."""
    return ReadOnlyViolation(f"Refused: {why}.", _HINT)


def operators(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Every operator of a plan tree, depth first."""
    stack = [plan]
    while stack:
        op = stack.pop()
        yield op
        stack.extend(op.get("children") or ())


def _procedure_allowed(details: object) -> bool:
    # The server renders a resolved call as "<qualified name>(<args>) :: (<columns>)", with the
    # procedure's registered name: a quoted or oddly spelled call shows its real name here.
    return isinstance(details, str) and any(details.startswith(f"{name}(") for name in SAFE_PROCEDURES)


def judge(query_type: str | None, plan: Mapping[str, Any] | None, database: str | None) -> None:
    """Raise ReadOnlyViolation unless the server's plan for a query is a read of ``database`` only.

    ``query_type``, ``plan`` and ``database`` come from the summary of ``EXPLAIN <query>``
    (neo4j ``ResultSummary.query_type``, ``.plan`` and ``.database``); ``database`` is the one
    the session was opened on.
    """
    if query_type in ("w", "rw"):
        raise refuse("it writes to the graph")
    if plan is None:
        raise refuse("Neo4j gave no plan for this query, so it cannot be checked (admin commands have none)")
    for op in operators(plan):
        full = str(op.get("operatorType", ""))
        name, _, on_db = full.partition("@")
        if on_db and database and on_db != database:
            raise refuse(f"the query runs on the database '{on_db}', and this console reads '{database}' only")
        if name in _WHY:
            raise refuse(_WHY[name])
        if name == "ProcedureCall" and not _procedure_allowed((op.get("args") or {}).get("Details")):
            details = str((op.get("args") or {}).get("Details") or "an unknown procedure")
            raise refuse(f"the procedure {details.split(' :: ')[0]} is not on the console's list")
        if name.startswith("Show") and name not in SAFE_SHOW:
            raise refuse(f"{name} is a SHOW command outside SHOW INDEXES and SHOW CONSTRAINTS")
        if name not in READ_OPERATORS:
            raise refuse(f"the plan uses the operator {name}, which is not a read this console knows")
    if query_type != "r":
        raise refuse("it changes the schema or acts on the server" if query_type == "s" else "Neo4j does not call it a read")
