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
from tirlun.i18n import pick, set_language, t

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


def heatmap(ids: list[str], axis: dict[str, str], full: dict[str, str], shared: dict[tuple[str, str], int],
            values: dict[tuple[str, str], float]) -> str:
    """The app's heatmap as a table: each cell carries its number of shared members, coloured by the measure."""
    top = max(values.values(), default=1.0) or 1.0
    head = "<th></th>" + "".join(f"<th class='col' scope='col' title='{_e(full.get(i, i))}'>{_e(axis[i])}</th>" for i in ids)
    rows = []
    for a in ids:
        cells = []
        for b in ids:
            if a == b:
                cells.append("<td></td>")
                continue
            v = values.get((a, b), values.get((b, a), 0.0))
            n = shared.get((a, b), shared.get((b, a), 0))
            bg, fg = _blue(v / top)
            cells.append(f"<td style='background:{bg};color:{fg}' title='{_e(full.get(a, a))} × {_e(full.get(b, b))}: "
                         f"{n} ({v:.2f})'>{n or ''}</td>")
        rows.append(f"<tr><th scope='row' title='{_e(full.get(a, a))}'>{_e(axis[a])}</th>{''.join(cells)}</tr>")
    return f"<table class='heat'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


PACK_PAIRS = 25  # the ranked table in the pack: the pairs a room will read, not every pair


def build(db: Database, region: str | None, as_of: dt.date, lang: str = "en", members: str = "organisations") -> str:
    """The whole pack as one HTML string, from the same answers the app's pages show."""
    from tirlun.answers import overlap as overlap_answer
    from tirlun.answers import overview as overview_answer
    from tirlun.answers.base import Context, speaking

    regions = {r["id"]: r for r in db.read("app_regions")}
    if region is not None and region not in regions:
        close = difflib.get_close_matches(region, list(regions), n=1)
        raise TirlunError(f"There is no region '{region}' in the graph.",
                          f"Did you mean --region {close[0]}?" if close else
                          f"Regions in the graph: {', '.join(sorted(regions))}." if regions else
                          "The graph is empty: load data first with `tirlun load PATH`.")
    ctx = Context(region=region, as_of=as_of, lang=lang, workshop=True)
    summary = overview_answer.answer(db, ctx)
    ov = overlap_answer.answer(db, ctx, by=members, limit=PACK_PAIRS)
    set_language(lang)
    region_name = pick(regions[region]) if region in regions else (region or t("common.all"))
    if not summary.partnerships:
        raise TirlunError(f"No partnership is active in {region_name} on {as_of.isoformat()}: the pack would be empty.",
                          "Load data with `tirlun load PATH`, or choose another --as-of or --region.")
    with speaking(lang):
        fig_html = "".join(
            f"<div class='figure'><b>{_e(text)}</b>{_e(t(key))}</div>"
            for key, text in (
                ("overview.partnerships", f"{summary.partnerships:,}"),
                ("overview.meetings", f"{summary.meetings:,}"),
                ("overview.person_hours", f"{summary.person_hours:,.0f}"),
                ("overview.duplicate_pairs", f"{summary.duplicate_pairs:,}"),
            )
        )
        net_html, net_doc = network_section(db, ctx)
        shared = {(c.a, c.b): c.shared for c in ov.cells}
        values = {(c.a, c.b): c.value for c in ov.cells}
        ranked = [[p["a"], p["b"], p["shared"], f"{p['score']:.2f}", f"{p['jaccard']:.2f}",
                   f"{p['overlap_coefficient']:.2f}", "; ".join(p.get("shared_list") or [])] for p in ov.pairs.rows]
        pair_html = ""
        if ov.pair is not None:
            d = ov.pair
            cols = []
            for title, items in ((t("overlap.only_in", name=d.a_label), d.only_a), (t("overlap.in_both"), d.shared),
                                 (t("overlap.only_in", name=d.b_label), d.only_b)):
                lis = "".join(f"<li>{_e(x)}</li>" for x in items)
                cols.append(f"<div><h3>{_e(title)} ({len(items)})</h3><ul>{lis}</ul></div>")
            pair_html = (f"<h2>{_e(t('overlap.pair'))}: {_e(ov.names.get(d.a_id, d.a_label))} × "
                         f"{_e(ov.names.get(d.b_id, d.b_label))}</h2><div class='cols'>{''.join(cols)}</div>")
        dup_rows = [[d["a"], str(d["a_start"])[:16], d["b"], str(d["b_start"])[:16], d["days_apart"],
                     d["shared_attendees"], f"{d['attendee_jaccard']:.2f}", f"{d['hours_saved']:,.1f}"]
                    for d in summary.duplicates.rows]
        kinds = [[k["label"], f"{k['count']:,}"] for k in summary.by_kind]
        shown_of = (f"<p class='muted'>{_e(t('overlap.shown_of', shown=len(ov.pairs), total=f'{ov.pairs.total:,}'))}</p>"
                    if ov.pairs.truncated else "")
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
<h2>{_e(ov.headline)}</h2>
<p class="muted">{_e(t('overlap.heatmap_k', k=len(ov.heatmap_ids), total=f'{ov.pairs.total:,}'))}</p>
{heatmap(ov.heatmap_ids, ov.axis, ov.names, shared, values)}
<h2>{_e(t('overlap.ranked'))}</h2>
<p class="muted">{_e(ov.rule)}</p>
{shown_of}
{_table([t('col.partnership_a'), t('col.partnership_b'), t('col.shared'), t('col.score'), t('col.jaccard'),
         t('col.overlap_coefficient'), t('col.shared_names')], ranked, {2, 3, 4, 5})}
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


def network_section(db: Database, ctx: Any) -> tuple[str, str]:
    """The network picture (the app's network answer, posts only) inside a sandboxed iframe; and its own page."""
    from tirlun.answers import network as network_answer

    res = network_answer.answer(db, ctx, max_nodes=300)
    net_doc = network.picture_html(res, height=680)
    net_html = f"<iframe title='{_e(t('network.alt'))}' sandbox='allow-scripts' srcdoc=\"{_e(net_doc)}\"></iframe>"
    for sentence in (res.caption, *res.warnings):
        net_html += f"<p class='muted'>{_e(sentence)}</p>"
    return net_html, net_doc


def default_date(db: Database, region: str | None) -> dt.date:
    """The one default date the app and the CLI share: the data's own (tirlun.answers.base.default_as_of)."""
    from tirlun.answers.base import default_as_of

    return default_as_of(db, region)


def write(db: Database, out: str | Path, region: str | None, as_of: dt.date, lang: str = "en",
          members: str = "organisations") -> Path:
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise TirlunError(f"'{path.name}' does not end in .html.", "Give a file name like ctm-overlap.html.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build(db, region, as_of, lang, members), encoding="utf-8")
    return path
