"""The network page's answer: what to draw, chosen and cut on the server, at any scale.

Why this shape: the page used to fetch the whole filtered graph (every partnership,
organisation and post with their links) and cap it in Python, which overran Neo4j's
transaction memory at all-Wales scale. Now the server counts first (network_size) and the
answer picks one of four pictures, each fetched with a bounded query (``$limit``, ``total``):

* ``all``: every shape, when partnerships + organisations + posts fit under ``max_nodes``;
* ``folded``: posts folded into their organisations, when partnerships + organisations fit;
* ``partnerships``: the aggregate: the ``max_nodes`` partnerships with most members, joined by
  lines weighted by the organisations and posts they share (network_links, strongest first),
  grouped into communities (networkx Louvain on that small graph);
* ``ego``: one entity and its neighbours one or two steps out (network_ego), nearest first.

The whole graph with its properties is never fetched. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from tirlun import network
from tirlun.answers import stored
from tirlun.answers.base import Context, Reader, Table, ranked
from tirlun.answers.evidence import Evidence, from_row
from tirlun.answers.names import apply_dated_names, dated_names
from tirlun.i18n import Translator
from tirlun.network import Graph

VIEWS = ("all", "folded", "partnerships", "ego")
KIND_OF_PREFIX = {v: k for k, v in network.PREFIX.items()}
SEARCH_LIMIT = 200
TABLE_COLUMNS = ("name", "type", "group", "hours", "links", "posts", "community", "id")
NODE_LABELS = {"name": "col.name", "type": "col.type", "group": "col.group", "hours": "col.hours", "links": "col.links",
               "posts": "col.posts", "community": "col.community", "id": "col.id"}


@dataclass(frozen=True)
class Node:
    """One shape to draw, with its words already in the answer's language."""

    key: str  # p:ID, o:ID or x:ID
    kind: str  # partnership, organisation, person
    id: str
    label: str  # full name (a post: its title and employer; in workshop mode never a person's name)
    short_label: str  # what the canvas shows
    group: str | None  # partnership kind, or sector
    group_label: str
    hours: float
    degree: int  # links in the whole filtered picture (network_nodes' degree)
    links: int  # lines drawn to it
    posts: int = 0  # posts folded into an organisation
    level: str | None = None
    organisation_id: str | None = None
    community: int | None = None  # aggregate view: Louvain community, 1 = largest
    distance: int | None = None  # ego view: steps from the focus


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    rel: str  # MEMBER_OF, SITS_ON, WORKS_FOR, SUBGROUP_OF, or SHARED (aggregate)
    weight: int = 1  # SHARED: organisations + posts in common
    organisations: int = 0
    posts: int = 0


@dataclass(frozen=True)
class NetworkAnswer:
    """What the network page draws, how it was cut, and what it says about it."""

    view: str  # one of VIEWS
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    total: int  # shapes that match on the server (the neighbourhood's, in the ego view)
    partnerships: int  # matching on the server, whatever is drawn
    organisations: int
    posts: int
    edges_total: int  # lines in the full answer (aggregate: pairs sharing a member)
    hidden: int  # matching shapes not drawn
    communities: int
    colour_by: str  # as drawn: the partnerships-only view colours by kind
    focus: str | None
    radius: int
    max_nodes: int
    caption: str
    warnings: tuple[str, ...]
    empty_reason: str | None
    table: Table
    rule: str
    # The region's own boards, its sub-groups and wider bodies among ``partnerships``, counted apart.
    own_boards: int = 0
    own_subgroups: int = 0
    wider: int = 0
    evidence: Evidence | None = None  # the active memberships and seats the picture rests on
    rests_on: str = ""
    scope_line: str = ""

    @property
    def drawn(self) -> int:
        return len(self.nodes)

    @property
    def aggregated(self) -> bool:
        return self.view in ("folded", "partnerships")


def _filters(ctx: Context, area: str | None, kinds: Sequence[str], themes: Sequence[str],
             sectors: Sequence[str]) -> dict[str, Any]:
    return {"region": ctx.region, "as_of": ctx.as_of, "area": area or None, "kinds": list(kinds) or None,
            "themes": list(themes) or None, "sectors": list(sectors) or None}


def split_key(key: str) -> tuple[str, str]:
    """'o:rct' -> ('organisation', 'rct'); a key the page built from a node."""
    prefix, _, entity = key.partition(":")
    if prefix not in KIND_OF_PREFIX or not entity:
        raise ValueError(f"not a network key: {key!r}")
    return KIND_OF_PREFIX[prefix], entity


def answer(db: Reader, ctx: Context, *, area: str | None = None, kinds: Sequence[str] = (),
           themes: Sequence[str] = (), sectors: Sequence[str] = (), focus: str | None = None, radius: int = 1,
           max_nodes: int = 100, colour_by: str = "sector") -> NetworkAnswer:
    """The picture for these filters, never more than ``max_nodes`` shapes, with the true totals."""
    max_nodes = max(1, int(max_nodes))
    radius = 2 if radius >= 2 else 1
    base = _filters(ctx, area, kinds, themes, sectors)
    # The picture's counts, shapes and lines are kept with the graph (tirlun.answers.stored) for each choice of
    # filters: at ten times today's Wales they take about a second to count.
    size = (stored.whole_rows(db, "network_size", base) or [{}])[0]
    n_p, n_o, n_x = (int(size.get(k) or 0) for k in ("partnerships", "organisations", "posts"))
    evidence = from_row(size, "memberships", "links_sourced", "links_total")
    scopes = {k: int(size.get(k) or 0) for k in ("own_boards", "own_subgroups", "wider")}
    links_rows: list[dict[str, Any]] = []
    links_total = 0
    distance: dict[str, int] = {}
    tr = ctx.tr
    if n_p == 0:
        return _empty(ctx, n_p, n_o, n_x, focus, radius, max_nodes, colour_by, tr("network.empty"))
    if focus:
        view = "ego"
        kind, entity = split_key(focus)
        ball = db.read("network_ego", {**base, "focus_type": kind, "focus_id": entity, "radius": radius,
                                       "limit": max_nodes})
        if not ball:
            return _empty(ctx, n_p, n_o, n_x, focus, radius, max_nodes, colour_by, tr("network.focus_gone"))
        total = int(ball[0]["total"])
        distance = {network.node_key(r["type"], r["id"]): int(r["distance"]) for r in ball}
        rows = db.read("network_nodes", {**base, "keys": list(distance), "limit": len(distance)})
    else:
        total = n_p + n_o + n_x
        if total <= max_nodes:
            view, types = "all", None
        elif n_p + n_o <= max_nodes:
            view, types = "folded", ["partnership", "organisation"]
        else:
            view, types = "partnerships", ["partnership"]
        rows = stored.query_rows(db, "network_nodes", {**base, "types": types}, max_nodes)
        if view == "partnerships":
            links_rows = stored.query_rows(db, "network_links", {"ids": [r["id"] for r in rows], "as_of": ctx.as_of,
                                                                 "sectors": base["sectors"]}, edge_limit(max_nodes))
            links_total = int(links_rows[0]["total"]) if links_rows else 0
    name_rows(db, ctx, rows)
    g = picture(rows, links_rows, folded=view == "folded")
    communities = _communities(g) if view == "partnerships" else {}
    drawn_colour = "kind" if view == "partnerships" else colour_by
    nodes = tuple(_node(g, n, ctx.workshop, communities.get(n), distance.get(n), tr) for n in g.nodes)
    nodes = tuple(sorted(nodes, key=lambda n: (n.distance or 0, n.kind != "partnership", n.kind, -n.hours, n.key)))
    edges = tuple(Edge(a, b, str(d.get("rel", "")), int(d.get("weight", 1)), int(d.get("organisations", 0)),
                       int(d.get("posts", 0))) for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])))
    hidden = max(0, total - len(nodes)) if view in ("all", "ego") else (
        n_x if view == "folded" else n_o + n_x + max(0, n_p - len(nodes)))
    warnings = _warnings(view, max_nodes, total, len(nodes), n_p, n_o, n_x, len(edges), links_total, radius,
                         colour_by, tr)
    caption = tr("network.counts", nodes=len(nodes), edges=len(edges)) + " " + (
        tr("network.counts_of", total=total) if len(nodes) < total else "")
    if communities:
        caption += " " + tr("network.communities", n=len(set(communities.values())))
    return NetworkAnswer(
        view=view, nodes=nodes, edges=edges, total=total, partnerships=n_p, organisations=n_o, posts=n_x,
        edges_total=links_total if view == "partnerships" else len(edges), hidden=hidden,
        communities=len(set(communities.values())), colour_by=drawn_colour, focus=focus, radius=radius,
        max_nodes=max_nodes, caption=caption.strip(), warnings=warnings, empty_reason=None,
        table=_table(nodes, view, tr), rule=tr("network.cap_help"), **scopes, evidence=evidence, rests_on=evidence.words(tr),
        scope_line=tr("network.scope_line", boards=f"{scopes['own_boards']:,}",
                     subgroups=f"{scopes['own_subgroups']:,}", wider=f"{scopes['wider']:,}"),
    )


def name_rows(db: Reader, ctx: Context, rows: list[dict[str, Any]]) -> None:
    """Organisations (and posts' employers) named as they were on ctx.as_of (tirlun.answers.names), in place."""
    ids = [str(r["id"]) for r in rows if r.get("type") == "organisation"]
    ids += [str(r["organisation_id"]) for r in rows if r.get("type") == "person" and r.get("organisation_id")]
    names = dated_names(db, ids, ctx.as_of)
    if not names:
        return
    apply_dated_names([r for r in rows if r.get("type") == "organisation"], names, "id",
                      {"name_en": "name_en", "name_cy": "name_cy", "short_name": "short_name",
                       "short_name_cy": "short_name_cy"})
    apply_dated_names([r for r in rows if r.get("type") == "person"], names, "organisation_id",
                      {"short_name": "short_name", "label_cy": "short_name_cy"})


def edge_limit(max_nodes: int) -> int:
    """Lines the aggregate draws: three per partnership, strongest first (readable, and bounded)."""
    return min(3 * max(max_nodes, 10), 3000)


def picture(rows: Sequence[dict[str, Any]], links: Sequence[dict[str, Any]] = (), folded: bool = False) -> Graph:
    """The graph to draw from bounded rows: network_nodes' shapes, plus network_links' weighted lines."""
    g = network.from_rows(rows, seat_links=folded)
    for r in links:
        a, b = network.node_key("partnership", str(r["a"])), network.node_key("partnership", str(r["b"]))
        if a in g and b in g:
            g.add_edge(a, b, rel="SHARED", weight=int(r["weight"]), organisations=int(r["organisations"]),
                       posts=int(r["posts"]))
    return g


def _communities(g: Graph) -> dict[str, int]:
    """Louvain communities of the aggregate (seeded: the same graph gives the same groups), 1 = largest."""
    if g.number_of_edges() == 0:
        return {}
    found = nx.community.louvain_communities(g, weight="weight", seed=7)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {n: i for i, c in enumerate(ordered, start=1) for n in c}


def _node(g: Graph, key: str, workshop: bool, community: int | None, distance: int | None, tr: Translator) -> Node:
    d = g.nodes[key]
    group = d.get("grp")
    return Node(
        key=key, kind=d["kind"], id=d["id"], label=network.display_name(d, workshop, tr),
        short_label=network.short_label(d, workshop, tr), group=group,
        group_label=tr.label("partnership_kind" if d["kind"] == "partnership" else "sector", group),
        hours=round(float(d.get("hours") or 0.0), 2), degree=int(d.get("degree") or 0), links=int(g.degree(key)),
        posts=int(d.get("posts") or 0), level=d.get("level"), organisation_id=d.get("organisation_id"),
        community=community, distance=distance,
    )


def _warnings(view: str, cap: int, total: int, shown: int, n_p: int, n_o: int, n_x: int, edges: int,
              edges_total: int, radius: int, colour_by: str, tr: Translator) -> tuple[str, ...]:
    out: list[str] = []
    if view == "folded":
        out.append(tr("network.aggregated", cap=cap, posts=n_x))
    elif view == "partnerships":
        out.append(tr("network.partnerships_only", cap=cap, total=total, posts=n_x, organisations=n_o))
        if n_p > shown:
            out.append(tr("network.hidden_partnerships", n=n_p - shown, total=n_p))
        if edges_total > edges:
            out.append(tr("network.lines_cut", shown=edges, total=edges_total))
        if colour_by != "kind":
            out.append(tr("network.colour_kind_only"))
    elif view == "ego" and total > shown:
        out.append(tr("network.ego_cut", shown=shown, total=total, steps=radius))
    return tuple(out)


def _table(nodes: Sequence[Node], view: str, tr: Translator) -> Table:
    """The nodes drawn, as a table; a community is shown only where the picture has them (partnerships joined)."""
    rows = [{"name": n.label, "type": tr(f"network.type.{n.kind}"), "group": n.group_label, "hours": round(n.hours, 1),
             "links": n.links, "posts": n.posts or None, "community": n.community, "id": n.id} for n in nodes]
    labels = {k: v for k, v in NODE_LABELS.items() if view == "partnerships" or k != "community"}
    return ranked(rows, None, TABLE_COLUMNS).shown_as(labels)


def _empty(ctx: Context, n_p: int, n_o: int, n_x: int, focus: str | None, radius: int, max_nodes: int,
           colour_by: str, reason: str) -> NetworkAnswer:
    tr = ctx.tr
    return NetworkAnswer(
        view="ego" if focus else "all", nodes=(), edges=(), total=0, partnerships=n_p, organisations=n_o, posts=n_x,
        edges_total=0, hidden=0, communities=0, colour_by=colour_by, focus=focus, radius=radius, max_nodes=max_nodes,
        caption="", warnings=(), empty_reason=reason, table=Table(rows=[], total=0, columns=TABLE_COLUMNS,
                                                                  empty_reason=reason),
        rule=tr("network.cap_help"),
    )


def search(db: Reader, ctx: Context, *, area: str | None = None, kinds: Sequence[str] = (),
           themes: Sequence[str] = (), sectors: Sequence[str] = (), text: str = "",
           limit: int = SEARCH_LIMIT) -> Table:
    """Entities to offer in the focus list: the ``limit`` best linked whose name contains ``text``.

    Rule: widest degree first (partnerships by members, organisations and posts by
    partnerships), ties by id; ``total`` says how many match, so the page can say to type more.
    Rows: key, label (in ctx.lang; posts by title in workshop mode), kind, degree.
    """
    rows = db.read("network_nodes", {**_filters(ctx, area, kinds, themes, sectors), "text": text.strip() or None,
                                     "order": "degree", "hours": False, "limit": limit})
    tr = ctx.tr
    out = [{"key": network.node_key(r["type"], r["id"]),
            "label": f"{network.display_name({**r, 'kind': r['type']}, ctx.workshop, tr)} ({tr('network.type.' + r['type'])})",
            "kind": r["type"], "degree": int(r["degree"]), "total": r["total"]} for r in rows]
    return ranked(out, limit, ("key", "label", "kind", "degree"),
                  empty_reason=tr("network.search_empty") if not out else None)
