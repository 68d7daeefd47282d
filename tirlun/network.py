"""Network pictures: networkx for structure and layout, pyvis (vis-network) for drawing.

Why this shape: vis-network's physics is slow on a few hundred nodes and never settles
the same way twice, so positions are computed here with networkx (seeded, cacheable) and
physics is off. The HTML is self-contained: vis-network is inlined from the pyvis
package and every tag that would fetch from another host is stripped, so the picture
works offline and in workshops on locked-down networks. Every label and tooltip is text:
tooltips are escaped HTML, labels are drawn on a canvas.
"""

from __future__ import annotations

import html
import json
import math
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import networkx as nx
from pyvis.network import Network

from tirlun import palette
from tirlun.answers.labels import organisation_text
from tirlun.answers.names import organisation_short, partnership_short
from tirlun.i18n import Translator, translator

if TYPE_CHECKING:
    Graph = nx.Graph[str]  # nodes are node_key strings; attributes plain dicts
else:
    Graph = nx.Graph

# The one palette (tirlun.palette): Okabe & Ito, each sector and partnership kind its own colour for good.
OKABE_ITO = palette.OKABE_ITO
OTHER_COLOUR = palette.OTHER
NEUTRAL = palette.NEUTRAL
# Shape carries the entity type, so colour is never the only signal.
SHAPES = {"partnership": "diamond", "organisation": "dot", "person": "triangle"}
PREFIX = {"partnership": "p", "organisation": "o", "person": "x"}
_EXTERNAL_TAG = re.compile(
    r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?", re.I | re.S
)
_EXTERNAL_ATTR = re.compile(r"\b(src|href)\s*=\s*([\"'])(?:https?:)?//[^\"']*\2", re.I)


def node_key(kind: str, entity_id: str) -> str:
    return f"{PREFIX[kind]}:{entity_id}"


@dataclass(frozen=True)
class Picture:
    """A graph ready to draw, and what was done to it on the way."""

    graph: Graph
    aggregated: bool = False  # posts collapsed into organisations to stay under the cap
    hidden: int = 0  # nodes dropped because even the aggregate was over the cap


# -- building --------------------------------------------------------------------------
def from_rows(rows: Iterable[Mapping[str, Any]], seat_links: bool = False) -> Graph:
    """Graph from app_network or network_nodes rows: type, id, names, grp, organisation_id, links, hours.

    network_nodes rows also carry degree (links in the whole filtered picture) and, for an
    organisation, posts and seat_links: with ``seat_links`` (posts folded into organisations) an
    organisation is also linked to the partnerships its posts sit on.
    """
    g = Graph()
    rows = list(rows)
    for r in rows:
        kind = str(r["type"])
        g.add_node(
            node_key(kind, str(r["id"])),
            kind=kind,
            id=str(r["id"]),
            name_en=r.get("name_en"),
            name_cy=r.get("name_cy"),
            short_name=r.get("short_name"),
            short_name_cy=r.get("short_name_cy"),
            display_name=r.get("display_name"),
            grp=r.get("grp"),
            level=r.get("level"),
            organisation_id=r.get("organisation_id"),
            hours=float(r.get("hours") or 0.0),
            posts=int(r.get("posts") or 0) if seat_links else 0,
            degree=int(r.get("degree") or 0),
        )
    for r in rows:
        kind = str(r["type"])
        me = node_key(kind, str(r["id"]))
        rel = {"partnership": "SUBGROUP_OF", "organisation": "MEMBER_OF", "person": "SITS_ON"}[kind]
        for pid in r.get("links") or []:
            other = node_key("partnership", str(pid))
            if other in g:
                g.add_edge(me, other, rel=rel)
        org = r.get("organisation_id")
        if kind == "person" and org and node_key("organisation", str(org)) in g:
            g.add_edge(me, node_key("organisation", str(org)), rel="WORKS_FOR")
        if seat_links and kind == "organisation":
            for pid in r.get("seat_links") or []:
                other = node_key("partnership", str(pid))
                if other in g and not g.has_edge(me, other):
                    g.add_edge(me, other, rel="SITS_ON")
    return g


def aggregate_posts(g: Graph) -> Graph:
    """Collapse each post into its organisation: the org keeps the post's links and hours."""
    out = Graph()
    out.add_nodes_from((n, dict(d)) for n, d in g.nodes(data=True) if d.get("kind") != "person")
    for _, d in g.nodes(data=True):
        if d.get("kind") != "person":
            continue
        org = node_key("organisation", str(d.get("organisation_id"))) if d.get("organisation_id") else None
        if org is None or org not in out:
            continue
        out.nodes[org]["posts"] = out.nodes[org].get("posts", 0) + 1
    for a, b, d in g.edges(data=True):
        ka, kb = g.nodes[a].get("kind"), g.nodes[b].get("kind")
        if "person" not in (ka, kb):
            out.add_edge(a, b, **d)
            continue
        person, other = (a, b) if ka == "person" else (b, a)
        org_id = g.nodes[person].get("organisation_id")
        org = node_key("organisation", str(org_id)) if org_id else None
        if org is not None and org in out and other in out and other != org and not out.has_edge(org, other):
            out.add_edge(org, other, rel="SITS_ON")
    return out


def cap(g: Graph, max_nodes: int) -> Picture:
    """Keep a picture readable: above the cap, collapse posts; if still over, keep the busiest."""
    if g.number_of_nodes() <= max_nodes:
        return Picture(g)
    agg = aggregate_posts(g)
    if agg.number_of_nodes() <= max_nodes:
        return Picture(agg, aggregated=True)
    keep = sorted(agg.nodes, key=lambda n: (agg.nodes[n].get("kind") != "partnership", -agg.nodes[n]["hours"], n))
    keep = keep[:max_nodes]
    return Picture(agg.subgraph(keep).copy(), aggregated=True, hidden=agg.number_of_nodes() - len(keep))


def ego(g: Graph, centre: str, radius: int) -> Graph:
    """One entity and everything within ``radius`` steps of it."""
    if centre not in g:
        return Graph()
    out: Graph = nx.ego_graph(g, centre, radius=radius).copy()
    return out


def signature(g: Graph) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A hashable description of a graph's shape, for caching its layout."""
    return tuple(sorted(g.nodes)), tuple(sorted((min(a, b), max(a, b)) for a, b in g.edges))


def layout(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...], scale: float | None = None) -> dict[str, tuple[float, float]]:
    """Seeded spring layout in pixels: the same graph always lands the same way.

    The spread grows with the square root of the node count, so vis-network's fit-to-view
    lands near 100 % zoom for a region-sized graph and labels stay readable.
    """
    scale = scale or max(260.0, 75.0 * math.sqrt(len(nodes)))
    g = Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() == 1:
        return {nodes[0]: (0.0, 0.0)}
    k = 2.4 / math.sqrt(g.number_of_nodes())
    # Each iteration costs about n^2 / 2 distance pairs: above 200 shapes fewer iterations keep the first
    # draw of a 700-shape picture to a few seconds (120 took 13-17 s on a busy 2-core machine).
    n = g.number_of_nodes()
    iterations = 120 if n <= 200 else max(30, round(120 * 200 / n))
    pos = nx.spring_layout(g, seed=7, k=k, iterations=iterations, scale=scale)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


# -- colours and legend -----------------------------------------------------------------
def colour_groups(g: Graph, colour_by: str) -> dict[str, str]:
    """Group value -> colour for the nodes coloured in this mode (sector or kind), in the palette's one order.

    The colours are fixed (tirlun.palette), never handed out by how common a group is, so a sector
    has the same colour in every picture, in the app's charts and in the pack.
    """
    coloured = "partnership" if colour_by == "kind" else None
    group = "partnership_kind" if colour_by == "kind" else "sector"
    present = [str(d.get("grp") or "other") for _, d in g.nodes(data=True)
               if not ((coloured and d["kind"] != coloured) or (not coloured and d["kind"] == "partnership"))]
    return {grp: palette.colour(group, grp) for grp in palette.ordered(group, present)}


def node_colour(d: Mapping[str, Any], colour_by: str, colours: Mapping[str, str]) -> str:
    if colour_by == "kind":
        return colours.get(str(d.get("grp") or "other"), OTHER_COLOUR) if d["kind"] == "partnership" else NEUTRAL[d["kind"]]
    return NEUTRAL["partnership"] if d["kind"] == "partnership" else colours.get(str(d.get("grp") or "other"), OTHER_COLOUR)


def legend_items(g: Graph, colour_by: str, tr: Translator) -> list[dict[str, str]]:
    """Rows of the legend: colour, shape and words, so the legend works without colour too."""
    group = "partnership_kind" if colour_by == "kind" else "sector"
    colours = colour_groups(g, colour_by)
    items = [{"colour": c, "shape": "", "text": tr.label(group, grp)} for grp, c in colours.items()]
    # Several groups past the palette share grey: say so once.
    greys = [i for i in items if i["colour"] == OTHER_COLOUR]
    if len(greys) > 1:
        items = [i for i in items if i["colour"] != OTHER_COLOUR] + [
            {"colour": OTHER_COLOUR, "shape": "", "text": ", ".join(i["text"] for i in greys)}
        ]
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    for kind in ("partnership", "organisation", "person"):
        if kind in kinds:
            items.append({"colour": "", "shape": SHAPES[kind], "text": tr(f"network.type.{kind}")})
    return items


def display_name(d: Mapping[str, Any], posts_only: bool, tr: Translator) -> str:
    """A node's name in ``tr``'s language (a post: its title, or the person's name, and its organisation)."""
    if d.get("label"):  # an answer's node: named in the answer's language and mode already
        return str(d["label"])
    if d["kind"] == "person":
        title = tr.pick(d, "name") or d["id"]
        shown = title if posts_only or not d.get("display_name") else str(d["display_name"])
        org = organisation_text(d, tr)
        return f"{shown}, {org}" if org else shown
    return tr.pick(d, "name") or d["id"]


def short_label(d: Mapping[str, Any], posts_only: bool, tr: Translator) -> str:
    if d.get("short"):
        return str(d["short"])
    if d["kind"] == "person":
        return display_name(d, posts_only, tr)
    if d["kind"] == "partnership":  # in Welsh its Welsh abbreviation or Welsh name, never the English abbreviation
        return partnership_short(d, tr.lang) or display_name(d, posts_only, tr)
    short = organisation_short(d, tr.lang)  # in Welsh its Welsh abbreviation or Welsh name, never the English one
    return short or display_name(d, posts_only, tr)


def tooltip(d: Mapping[str, Any], posts_only: bool, tr: Translator) -> str:
    """Escaped HTML: each line is html.escape'd text, joined by our own <br>."""
    lines = [display_name(d, posts_only, tr), tr(f"network.type.{d['kind']}")]
    if d["kind"] == "partnership":
        lines.append(f"{tr('network.tip.kind')}: {tr.label('partnership_kind', d.get('grp'))}")
        if d.get("level"):
            lines.append(f"{tr('network.tip.level')}: {tr.label('level', d.get('level'))}")
    else:
        lines.append(f"{tr('network.tip.sector')}: {tr.label('sector', d.get('grp'))}")
    lines.append(tr("network.tip.hours", hours=f"{d.get('hours', 0):,.0f}"))
    if d.get("posts"):
        lines.append(tr("network.tip.posts", n=d["posts"]))
    if d.get("community"):
        lines.append(tr("network.tip.community", n=d["community"]))
    return "<br>".join(html.escape(str(line), quote=True) for line in lines)


# -- drawing ------------------------------------------------------------------------------
class _OfflineNetwork(Network):  # type: ignore[misc]  # pyvis ships no type information
    """pyvis Network whose HTML never depends on content: always the custom popup (which
    sets innerHTML, so we escape every tooltip) and never a menu or heading."""

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        template = self.templateEnv.get_template(self.path)
        nodes, edges, _heading, height, width, options = self.get_network_data()
        self.html = template.render(
            height=height, width=width, nodes=nodes, edges=edges, heading="", options=options,
            physics_enabled=False, use_DOT=False, dot_lang=None, widget=False, bgcolor=self.bgcolor,
            conf=False, tooltip_link=True, neighborhood_highlight=False, select_menu=False,
            filter_menu=False, notebook=False, cdn_resources="in_line",
        )
        return str(self.html)


def render_html(
    g: Graph,
    positions: Mapping[str, tuple[float, float]],
    *,
    lang: str,
    colour_by: str = "sector",
    posts_only: bool = False,
    height: int = 680,
    focus: str | None = None,
    large: bool = False,
    wrap: int = 0,
    labels_outside: bool = False,
    numbered: bool = False,
) -> str:
    """The whole picture as one offline HTML document (legend included), every word in ``lang``.

    ``wrap`` breaks labels into lines of about that many characters. ``labels_outside`` (for shapes on a ring
    around 0,0) sets each label beside its shape on the side away from the centre, as a text of its own, so
    labels stay outside the ring, clear of its lines and of each other. ``numbered`` (the workshop's projected
    picture) labels each shape with its number, in the order of ``positions``, and names it in a key beside
    the canvas: many partnerships have no short name in Welsh, and their full names cannot all sit on the
    canvas at a size a room can read, nor can an abbreviation be made up for them.
    """
    tr = translator(lang)
    net = _OfflineNetwork(height=f"{height}px", width="100%", bgcolor="#ffffff", font_color="#000000",
                          cdn_resources="in_line", directed=False)
    colours = colour_groups(g, colour_by)
    max_hours = max([d.get("hours", 0.0) for _, d in g.nodes(data=True)] + [1.0])
    font = LARGE_FONT if large else 14
    # Posts are many and their titles long: label them only in small pictures (an ego network);
    # otherwise they keep their tooltip and their row in the table.
    label_posts = g.number_of_nodes() <= 60
    numbers = {n: i for i, n in enumerate([n for n in positions if n in g] + [n for n in g if n not in positions], 1)}
    key: list[str] = []
    for n, d in g.nodes(data=True):
        x, y = positions.get(n, (0.0, 0.0))
        size = 10 + 30 * math.sqrt(max(d.get("hours", 0.0), 0.0) / max_hours)
        if d["kind"] == "partnership":
            size += 6
        text = short_label(d, posts_only, tr) if d["kind"] != "person" or label_posts or n == focus else " "
        if numbered and text.strip():
            key.append(f'<li value="{numbers[n]}">{html.escape(text)}</li>')
            text = str(numbers[n])
        if wrap and text.strip():
            text = textwrap.fill(text, wrap, break_long_words=False)
        size_px = font + (4 if d["kind"] == "partnership" else 0)
        if labels_outside and text.strip():
            net.add_node(f"{n}#label", label=text, title=tooltip(d, posts_only, tr), shape="text",
                         **dict(zip(("x", "y"), outside(x, y, size, text, size_px), strict=True)),
                         font={"size": size_px, "color": "#000000", "strokeWidth": 3, "strokeColor": "#ffffff"})
            text = " "
        net.add_node(
            n,
            label=text,
            title=tooltip(d, posts_only, tr),
            color={"background": node_colour(d, colour_by, colours), "border": "#000000",
                   "highlight": {"background": node_colour(d, colour_by, colours), "border": "#000000"}},
            shape=SHAPES[d["kind"]],
            size=round(size, 1),
            x=round(x, 1),
            y=round(y, 1),
            borderWidth=4 if n == focus else 1,
            font={"size": size_px, "color": "#000000", "strokeWidth": 3, "strokeColor": "#ffffff"},
        )
    heaviest = max([int(d.get("weight", 1)) for _, _, d in g.edges(data=True) if d.get("rel") == "SHARED"] + [1])
    for a, b, d in g.edges(data=True):
        rel = str(d.get("rel", ""))
        if rel == "SHARED":  # the aggregate: width grows with the members two partnerships share
            w = int(d.get("weight", 1))
            net.add_edge(a, b, title=html.escape(tr("network.tip.shared", n=w, organisations=d.get("organisations", 0),
                                                   posts=d.get("posts", 0))),
                         color="#666666", width=round(1 + 7 * math.sqrt(w / heaviest), 1))
            continue
        net.add_edge(a, b, title=html.escape(tr(f"network.rel.{rel}") if rel else ""),
                     color="#666666" if rel != "WORKS_FOR" else "#BBBBBB",
                     dashes=rel == "WORKS_FOR", width=1.5 if rel != "SUBGROUP_OF" else 3)
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True},
        "edges": {"smooth": False},
        "nodes": {"borderWidthSelected": 4},
    }))
    page = net.generate_html()
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace(
        "<center>\n          <h1></h1>\n        </center>", ""
    )
    page = page.replace("<body>", "<body>" + legend_html(g, colour_by, tr, large=large) + key_html(key, tr, large), 1)
    # Fit once the frame has its real size (an iframe may lay out after the script runs); a large
    # picture then grows any label the fit made smaller than LARGE_MIN_PX on screen.
    page = page.replace("</body>", _REFIT.replace("__MIN_PX__", str(LARGE_MIN_PX if large else 0)) + "</body>", 1)
    # The frame is its own document: it says its language and what it shows (WCAG 3.1.1, 2.4.2).
    page = re.sub(r"<html[^>]*>", f'<html lang="{tr.lang}">', page, count=1)
    page = page.replace("<head>", f"<head><title>{html.escape(tr('network.alt'))}</title>", 1)
    return offline(page)


def graph_of(res: Any) -> Graph:
    """The drawable graph of a tirlun.answers.network.NetworkAnswer (labels already in its language)."""
    g = Graph()
    for n in res.nodes:
        g.add_node(n.key, kind=n.kind, id=n.id, grp=n.group, level=n.level, organisation_id=n.organisation_id,
                   hours=n.hours, posts=n.posts, degree=n.degree, community=n.community,
                   label=n.label, short=n.short_label)
    for e in res.edges:
        g.add_edge(e.a, e.b, rel=e.rel, weight=e.weight, organisations=e.organisations, posts=e.posts)
    return g


def picture_html(res: Any, *, lang: str, height: int = 680, large: bool = False) -> str:
    """An answer drawn: seeded layout and offline HTML (the page caches it per answer); ``lang`` is the answer's."""
    g = graph_of(res)
    pos = layout(*signature(g))
    return render_html(g, pos, lang=lang, colour_by=res.colour_by, height=height, focus=res.focus, large=large)


# Label sizes for a projector (workshop mode): canvas units before the fit, and the smallest a label
# may be on screen after it, in the frame's CSS pixels (the presenter view zooms 1.5 at 1920x1080).
LARGE_FONT = 24
LARGE_MIN_PX = 18


def outside(x: float, y: float, size: float, text: str, font_px: float, gap: float = 18.0) -> tuple[float, float]:
    """Where a label's centre goes so that its box just clears its shape, on the side away from 0,0.

    The box is estimated from the text (a line's characters x 0.62 em wide, 1.2 em a line), which is
    what the workshop test's collision check then measures for real in the browser.
    """
    lines = text.split("\n")
    w = max(len(line) for line in lines) * font_px * 0.62
    h = len(lines) * font_px * 1.2
    r = math.hypot(x, y) or 1.0
    ux, uy = x / r, y / r
    d = size + gap + abs(ux) * w / 2 + abs(uy) * h / 2
    return round(x + ux * d, 1), round(y + uy * d, 1)


_REFIT = """<script>
(function () {
  var minPx = __MIN_PX__;
  function grow() {
    if (!minPx) { return; }
    var s = network.getScale(), data = network.body.data.nodes, changed = [];
    data.forEach(function (n) {
      var base = n.baseFontSize || (n.font && n.font.size) || 14;
      var want = Math.max(base, Math.ceil(minPx / s));
      if (!n.font || n.font.size !== want) {
        changed.push({id: n.id, baseFontSize: base, font: Object.assign({}, n.font || {}, {size: want})});
      }
    });
    if (changed.length) { data.update(changed); }
  }
  function refit() { try { network.redraw(); network.fit({animation: false}); grow(); } catch (e) {} }
  window.addEventListener("load", refit);
  window.addEventListener("resize", refit);
  setTimeout(refit, 300);
})();
</script>"""


def key_html(items: list[str], tr: Translator, large: bool = False) -> str:
    """The numbered picture's key: each number and its name, beside the canvas (which then takes the rest)."""
    if not items:
        return ""
    items = sorted(items, key=lambda li: int(li.split('"', 2)[1]))
    # More names than one column holds at 18 px in the projected frame: two columns, read down then across.
    columns = "column-count:2;column-gap:1.6em;" if len(items) > KEY_ONE_COLUMN else ""
    return (f'<style>#mynetwork {{ width: {KEY_CANVAS} !important; }} #key li {{ break-inside: avoid; }}</style>'
            f'<ol id="key" aria-label="{html.escape(tr("workshop.network_key"))}" style="float:right;width:{KEY_WIDTH};'
            f'margin:0;padding-left:2.4em;box-sizing:border-box;font:{LARGE_MIN_PX if large else 14}px sans-serif;'
            f'line-height:1.15;{columns}">' + "".join(items) + "</ol>")


# The numbered picture: the canvas and its key side by side (the key holds the long names).
KEY_CANVAS = "42%"
KEY_WIDTH = "57%"
KEY_ONE_COLUMN = 14  # the workshop's partnerships picture (workshop.NETWORK_NODES) in one column


def legend_html(g: Graph, colour_by: str, tr: Translator, large: bool = False) -> str:
    """A legend drawn in HTML above the canvas: swatch or shape, and words."""
    glyph = {"diamond": "◆", "dot": "●", "triangle": "▲"}
    parts = []
    for item in legend_items(g, colour_by, tr):
        if item["colour"]:
            mark = (f'<span style="display:inline-block;width:14px;height:14px;border:1px solid #000;'
                    f'background:{html.escape(item["colour"])};vertical-align:middle"></span>')
        else:
            mark = f'<span aria-hidden="true">{glyph.get(item["shape"], "")}</span>'
        parts.append(f'<span role="listitem" style="margin-right:14px;white-space:nowrap">{mark} {html.escape(item["text"])}</span>')
    title = html.escape(tr("network.legend.title_kind" if colour_by == "kind" else "network.legend.title_sector"))
    return (f'<div id="legend" role="list" aria-label="{title}" style="font:{16 if large else 14}px sans-serif;padding:4px 0 8px 0;'
            f'line-height:1.8"><strong>{title}:</strong> ' + " ".join(parts) + "</div>")


def offline(page: str) -> str:
    """Remove every tag and attribute that would fetch from another host (pyvis links Bootstrap)."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)  # pyvis leaves commented-out <script src=...> tags
    page = _EXTERNAL_TAG.sub("", page)
    return _EXTERNAL_ATTR.sub(r'\1=""', page)


def external_references(page: str) -> list[str]:
    """What in a page would still fetch from another host (for tests and the pack)."""
    return [m.group(0) for m in re.finditer(r"\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//[^\"'\s>]+", page, re.I)]


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def outside_requests(urls: Iterable[str]) -> list[str]:
    """URLs a page requested from any host but this machine (data: and blob: stay in the page)."""
    return [u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname not in LOCAL_HOSTS]


# -- graphs from query results (the Cypher console) ---------------------------------------
def from_records(rows: Iterable[Mapping[str, Any]]) -> Graph:
    """Nodes and relationships found anywhere in console rows (as database.to_python shapes them)."""
    g = Graph()
    rels: list[dict[str, Any]] = []

    def visit(v: Any) -> None:
        if isinstance(v, dict) and "_labels" in v:
            g.add_node(str(v["_id"]), **_record_node(v))
        elif isinstance(v, dict) and "_type" in v:
            rels.append(v)
        elif isinstance(v, dict) and "_nodes" in v:
            for x in v["_nodes"] + v["_relationships"]:
                visit(x)
        elif isinstance(v, list):
            for x in v:
                visit(x)

    for row in rows:
        for v in row.values():
            visit(v)
    for r in rels:
        a, b = str(r.get("_start")), str(r.get("_end"))
        if a in g and b in g:
            g.add_edge(a, b, rel=str(r["_type"]))
    return g


def _record_node(v: Mapping[str, Any]) -> dict[str, Any]:
    labels = list(v.get("_labels") or [])
    kind = "partnership" if "Partnership" in labels else "person" if "Person" in labels else "organisation"
    name_en = v.get("name_en") or v.get("job_title_en") or v.get("title_en") or v.get("id") or (labels[0] if labels else "?")
    return {
        "kind": kind, "id": str(v.get("id") or v.get("_id")), "name_en": name_en,
        "name_cy": v.get("name_cy") or v.get("job_title_cy") or v.get("title_cy"),
        "short_name": v.get("short_name"), "short_name_cy": v.get("short_name_cy"), "display_name": v.get("display_name"),
        "grp": v.get("kind") if kind == "partnership" else v.get("sector") or (labels[0] if labels else None),
        "level": v.get("level"), "hours": 0.0, "posts": 0,
    }
