"""`tirlun pack`: the overlap story as ONE self-contained HTML file that works offline.

For workshops on locked-down laptops and for email: no server, no Python, nothing fetched.
The network is the same vis-network picture as the app (inlined, inside an iframe's
srcdoc); the heatmap is an HTML table whose cells carry their number as well as a colour;
every name from the graph is escaped text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
from pathlib import Path
from typing import Any

from tirlun import network
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import label, pick, set_language, t

# ColorBrewer "Blues" (sequential, colour-blind safe), light to dark.
BLUES = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")
CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem auto; max-width: 1200px;
       color: #111; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 2rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #0072B2; }
.muted { color: #444; } .figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figure b { display: block; font-size: 2.2rem; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.heat td { text-align: center; min-width: 2.6rem; font-variant-numeric: tabular-nums; }
table.heat th.col { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.cols { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1rem; }
iframe { width: 100%; height: 780px; border: 1px solid #bbb; }
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th scope='col'>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{_e(v)}</td>" if i in numeric else f"<td>{_e(v)}</td>" for i, v in enumerate(r))
        + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body or ''}</tbody></table>" if rows else f"<p>{_e(t('common.no_rows'))}</p>"


def _blue(value: float) -> tuple[str, str]:
    colour = BLUES[min(len(BLUES) - 1, int(value * (len(BLUES) - 1) + 0.5))]
    return colour, ("#ffffff" if value > 0.55 else "#000000")


def heatmap(ids: list[str], axis: dict[str, str], full: dict[str, str], values: dict[tuple[str, str], float]) -> str:
    head = "<th></th>" + "".join(f"<th class='col' scope='col' title='{_e(full[i])}'>{_e(axis[i])}</th>" for i in ids)
    rows = []
    for a in ids:
        cells = []
        for b in ids:
            v = values.get((a, b))
            if a == b or v is None:
                cells.append("<td>–</td>" if a != b else "<td></td>")
                continue
            bg, fg = _blue(v)
            cells.append(f"<td style='background:{bg};color:{fg}' title='{_e(full[a])} × {_e(full[b])}: {v:.2f}'>{v:.2f}</td>")
        rows.append(f"<tr><th scope='row' title='{_e(full[a])}'>{_e(axis[a])}</th>{''.join(cells)}</tr>")
    return f"<table class='heat'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def build(db: Database, region: str | None, as_of: dt.date, lang: str = "en", members: str = "organisations") -> str:
    """The whole pack as one HTML string."""
    set_language(lang)
    regions = {r["id"]: r for r in db.read("app_regions")}
    if region is not None and region not in regions:
        close = difflib.get_close_matches(region, list(regions), n=1)
        raise TirlunError(f"There is no region '{region}' in the graph.",
                          f"Did you mean --region {close[0]}?" if close else
                          f"Regions in the graph: {', '.join(sorted(regions))}." if regions else
                          "The graph is empty: load data first with `tirlun load PATH`.")
    base = {"region": region, "as_of": as_of}
    summary = db.read("landscape_summary", base)
    pairs = db.read("partnership_overlap", {**base, "members": members})
    sets = db.read("app_partnership_sets", base)
    dups = db.read("duplicate_meetings", base)
    net_rows = db.read("app_network", base)
    region_name = pick(regions[region]) if region in regions else (region or t("common.all"))
    if not sets:
        raise TirlunError(f"No partnership is active in {region_name} on {as_of.isoformat()}: the pack would be empty.",
                          "Load data with `tirlun load PATH`, or choose another --as-of or --region.")

    figures = {(r["metric"], r["breakdown"]): r["value"] for r in summary}
    fig_html = "".join(
        f"<div class='figure'><b>{_e(text)}</b>{_e(t(key))}</div>"
        for key, text in (
            ("overview.partnerships", f"{figures.get(('partnerships', 'all')) or 0:,.0f}"),
            ("overview.meetings", f"{figures.get(('meetings', 'all')) or 0:,.0f}"),
            ("overview.person_hours", f"{figures.get(('person_hours', 'all')) or 0:,.0f}"),
            ("overview.duplicate_pairs", f"{len(dups):,}"),
        )
    )

    g = network.from_rows(net_rows)
    picture = network.cap(g, 300)
    pos = network.layout(*network.signature(picture.graph))
    net_doc = network.render_html(picture.graph, pos, colour_by="sector", posts_only=True, height=680)
    net_html = f"<iframe title='{_e(t('network.alt'))}' sandbox='allow-scripts' srcdoc=\"{_e(net_doc)}\"></iframe>"
    if picture.aggregated:
        net_html += f"<p class='muted'>{_e(t('network.aggregated', cap=300, posts=sum(1 for _, d in g.nodes(data=True) if d['kind'] == 'person')))}</p>"

    ids = sorted((s["id"] for s in sets), key=lambda i: str(next(x.get("short_name") or pick(x) for x in sets if x["id"] == i)).lower())
    axis = {s["id"]: str(s.get("short_name") or pick(s)) for s in sets}
    full = {s["id"]: pick(s) for s in sets}
    values: dict[tuple[str, str], float] = {}
    for p in pairs:
        values[(p["a_id"], p["b_id"])] = values[(p["b_id"], p["a_id"])] = float(p["jaccard"])
    ranked = [[pick(p, "a_name"), pick(p, "b_name"), p["shared"], f"{p['jaccard']:.2f}", f"{p['overlap_coefficient']:.2f}",
               "; ".join((p.get("shared_names_cy") if lang == "cy" else None) or p.get("shared_names") or [])]
              for p in pairs]

    pair_html = ""
    if pairs:
        top = pairs[0]
        by_id = {s["id"]: s for s in sets}
        key = "organisations" if members == "organisations" else "people"

        def names(s: dict[str, Any]) -> dict[str, str]:
            return {m["id"]: (pick(m) if key == "organisations" else f"{pick(m)}, {m.get('short_name') or ''}".rstrip(", "))
                    for m in s.get(key) or []}

        ma, mb = names(by_id.get(top["a_id"], {})), names(by_id.get(top["b_id"], {}))
        cols = []
        for title, items in ((t("overlap.only_in", name=axis.get(top["a_id"], "")), [ma[i] for i in ma if i not in mb]),
                             (t("overlap.in_both"), [ma[i] for i in ma if i in mb]),
                             (t("overlap.only_in", name=axis.get(top["b_id"], "")), [mb[i] for i in mb if i not in ma])):
            lis = "".join(f"<li>{_e(x)}</li>" for x in sorted(items, key=str.lower))
            cols.append(f"<div><h3>{_e(title)} ({len(items)})</h3><ul>{lis}</ul></div>")
        pair_html = (f"<h2>{_e(t('overlap.pair'))}: {_e(full.get(top['a_id']))} × {_e(full.get(top['b_id']))}</h2>"
                     f"<div class='cols'>{''.join(cols)}</div>")

    dup_rows = [[pick(d, "a_partnership_name"), str(d["a_start"])[:16], pick(d, "b_partnership_name"), str(d["b_start"])[:16],
                 d["days_apart"], d["shared_attendees"], f"{d['attendee_jaccard']:.2f}", f"{d['hours_saved']:,.1f}"] for d in dups]
    kinds = [[label("partnership_kind", b), f"{v:,.0f}"] for (m, b), v in figures.items() if m == "partnerships_by_kind"]

    doc = f"""<!doctype html>
<html lang="{_e(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(t('pack.title', region=region_name))}</title><style>{CSS}</style></head>
<body>
<h1>{_e(t('pack.title', region=region_name))}</h1>
<p class="muted">{_e(t('pack.subtitle', as_of=as_of.isoformat(), made=dt.date.today().isoformat()))}</p>
<div class="figures">{fig_html}</div>
<h2>{_e(t('overview.by_kind'))}</h2>
{_table([t('col.kind'), t('overview.count')], kinds, {1})}
<h2>{_e(t('page.network.title'))}</h2>
<p class="muted">{_e(t('page.network.intro'))}</p>
{net_html}
<h2>{_e(t('overlap.heatmap_title', by=t('overlap.by.' + members).lower()))}</h2>
<p class="muted">{_e(t('overlap.measure_help'))}</p>
{heatmap(ids, axis, full, values)}
<h2>{_e(t('overlap.ranked'))}</h2>
{_table([t('col.partnership_a'), t('col.partnership_b'), t('col.shared'), t('col.jaccard'), t('col.overlap_coefficient'),
         t('col.shared_names')], ranked, {2, 3, 4})}
{pair_html}
<h2>{_e(t('overview.duplicates'))}</h2>
{_table([t('col.partnership_a'), t('col.a_start'), t('col.partnership_b'), t('col.b_start'), t('col.days_apart'),
         t('col.shared'), t('col.jaccard'), t('meetings.hours_saved')], dup_rows, {4, 5, 6, 7})}
<p class="muted">{_e(t('pack.footer'))}</p>
</body></html>
"""
    leaks = network.external_references(doc.replace(net_doc, "")) + network.external_references(net_doc)
    if leaks:
        raise TirlunError(f"The pack would fetch from other hosts: {', '.join(leaks[:3])}.", "Report this as a bug.")
    return doc


def default_date(db: Database, region: str | None) -> dt.date:
    """Today, or the region's last meeting day if that is earlier (as the app opens)."""
    rows = db.read("app_date_range", {"region": region})
    last = rows[0]["last_meeting"] if rows else None
    return min(dt.date.today(), last) if isinstance(last, dt.date) else dt.date.today()


def write(db: Database, out: str | Path, region: str | None, as_of: dt.date, lang: str = "en",
          members: str = "organisations") -> Path:
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise TirlunError(f"'{path.name}' does not end in .html.", "Give a file name like ctm-overlap.html.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build(db, region, as_of, lang, members), encoding="utf-8")
    return path
