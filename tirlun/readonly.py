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
  operator is refused, not trusted);
- a subquery expression the planner leaves nested inside another operator (it appears only
  in that operator's Details) when it holds a LOAD CSV or a procedure call.

The plan is a tree of operator names from the server; nothing here looks at the query text.
The local server adds a second wall (neo4j_local/server.py, docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tirlun.errors import ReadOnlyViolation
from tirlun.i18n import msg

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

# Operators refused with their own reason (catalogue keys under console.why.).
_WHY: dict[str, str] = {
    "LoadCSV": "load_csv",
    "TransactionApply": "in_transactions",
    "TransactionForeach": "in_transactions",
    "TerminateTransactions": "terminate",
    "ShowTransactions": "show_transactions",
}


# A COUNT/COLLECT/EXISTS subquery the planner cannot lay out as operators runs as a nested plan
# that the plan shows only as text in its operator's Details, rendered by the server. The two
# things that matter there are a LOAD CSV and a procedure call (rendered "ResolvedCall(...)"):
# if either appears, the query is refused. The markers only ever add a refusal.
_NESTED_MARKERS: tuple[str, ...] = ("LOAD CSV", "ResolvedCall(")


def refuse(why: str, **values: object) -> ReadOnlyViolation:
    """The one error the console shows for a refused query, worded in the reader's language."""
    return ReadOnlyViolation(msg("console.refused", why=msg(f"console.why.{why}", **values)),
                             msg("console.refused_hint", procedures=", ".join(SAFE_PROCEDURES)))


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
        raise refuse("writes")
    if plan is None:
        raise refuse("no_plan")
    for op in operators(plan):
        name, _, on_db = str(op.get("operatorType", "")).partition("@")
        if on_db and database and on_db != database:
            raise refuse("database", db=on_db, ours=database)
        if name in _WHY:
            raise refuse(_WHY[name])
        details = (op.get("args") or {}).get("Details")
        if isinstance(details, str) and any(m in details for m in _NESTED_MARKERS) and name != "ProcedureCall":
            raise refuse("nested")
        if name == "ProcedureCall" and not _procedure_allowed(details):
            raise refuse("procedure", name=str(details or "?").split(" :: ")[0])
        if name.startswith("Show") and name not in SAFE_SHOW:
            raise refuse("show_other", name=name)
        if name not in READ_OPERATORS:
            raise refuse("operator", name=name)
    if query_type != "r":
        raise refuse("schema" if query_type == "s" else "not_read")
