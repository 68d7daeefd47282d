"""Python post-processing of library queries: what Cypher on Community Edition cannot do.

Each function takes a Database, reads library queries (so the Cypher stays in
``queries/`` and runs in a read transaction) and returns a DataFrame. No GDS is
available, so graph algorithms run in networkx on a projection the graph returns.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from tirlun import registry
from tirlun.database import Database
from tirlun.errors import QueryError
from tirlun.network import Graph

BROKER_METRICS = ("articulation_point", "splits", "betweenness")


def brokers(db: Database, **params: Any) -> pd.DataFrame:
    """Rows of the ``brokers`` query plus articulation points and betweenness.

    The network is bipartite (entity - partnership), built separately for
    organisations and for posts from ``brokers_projection``, because an organisation
    and its own staff would otherwise always stand in for each other.
    ``articulation_point`` is True when removing the entity would split the
    partnerships it links into groups with nothing in common; ``splits`` is how
    many extra pieces that removal leaves. The metrics always use the whole network;
    ``limit`` only trims the rows returned.
    """
    main, projection = registry.get("brokers"), registry.get("brokers_projection")
    known = {p.name for p in main.params} | {p.name for p in projection.params}
    unknown = sorted(set(params) - known)
    if unknown:
        raise QueryError(
            f"brokers has no parameter {', '.join(unknown)}.", f"Its parameters are: {', '.join(sorted(known))}."
        )
    main_params = {k: v for k, v in params.items() if k in {p.name for p in main.params}}
    proj_params = {k: v for k, v in params.items() if k in {p.name for p in projection.params}}
    limit = main.bind(main_params)["limit"]

    rows = db.read_df(main, main_params | {"limit": None})
    edges = db.read_df(projection, proj_params)
    metrics = _network_metrics(edges)
    for column in BROKER_METRICS:
        rows[column] = [metrics.get((e, i), {}).get(column) for e, i in zip(rows["entity"], rows["id"], strict=True)]
    if not rows.empty:
        rows["articulation_point"] = rows["articulation_point"].fillna(False).astype(bool)
        rows["splits"] = rows["splits"].fillna(0).astype(int)
        rows["betweenness"] = rows["betweenness"].fillna(0.0).astype(float)
    if limit is not None:
        rows = rows.head(limit)
    return rows.reset_index(drop=True)


def _network_metrics(edges: pd.DataFrame) -> dict[tuple[str, str], dict[str, Any]]:
    """Articulation points, split counts and betweenness, per (entity kind, id)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    g: Graph
    if edges.empty:
        return out
    for kind, part in edges.groupby("entity"):
        g = Graph()
        g.add_edges_from(((str(kind), str(e)), ("partnership", str(p)))  # type: ignore[misc]  # tuple node keys
                         for e, p in zip(part["id"], part["partnership_id"], strict=True))
        cut = set(nx.articulation_points(g))
        betweenness = nx.betweenness_centrality(g)
        for node in g:
            if node[0] != kind:
                continue
            splits = 0
            if node in cut:
                component = g.subgraph(nx.node_connected_component(g, node)).copy()
                component.remove_node(node)
                splits = nx.number_connected_components(component) - 1
            out[(str(node[0]), str(node[1]))] = {"articulation_point": node in cut, "splits": splits, "betweenness": betweenness[node]}
    return out
