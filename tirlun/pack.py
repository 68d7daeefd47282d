"""`tirlun pack`: the overlap story as ONE self-contained HTML file of slides that works offline.

For workshops on locked-down laptops and for email: no server, no Python, nothing fetched.
Each slide fits a 1920x1080 screen; arrow keys, PageDown/PageUp (a presentation clicker)
and Home/End step through them; printing gives one page per slide. On a phone the slides
simply stack and reflow. The network is the same vis-network picture as the app (inlined,
inside a sandboxed iframe's srcdoc); the heatmap is an HTML table whose cells carry their
number as well as a colour, in text whose contrast with its square is at least 4.5:1.
Every list is bounded ("8 of 231") and every name from the graph is escaped text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
from pathlib import Path
from typing import Any

from tirlun import network, palette
from tirlun.database import Database
from tirlun.errors import TirlunError
from tirlun.i18n import Translator, msg, translator

# The one palette (tirlun/palette.py): the app's heatmap blues, kind colours and accent.
BLUES = palette.BLUES
ACCENT = palette.BLUE  # the app's primaryColor (Okabe-Ito blue), 5.1:1 on white
PACK_PAIRS = 25  # pairs asked of the overlap answer: enough to choose the heatmap's partnerships
SLIDE_PAIRS = 8  # ranked pairs on their slide
SLIDE_MEMBERS = 12  # names per column on the pair slide
SLIDE_KINDS = 12  # kinds on the "by kind" slide
SLIDE_DUPLICATES = 5  # near-duplicate meeting pairs on their slide
MAP_WIDTH, MAP_HEIGHT = 520, 600  # the map slide's drawing, in CSS pixels (fits 1920x1080 beside its table)

CSS = """
:root { --accent: __ACCENT__; --muted: #404040; --line: #8a8a8a; }
* { box-sizing: border-box; }
html { font-size: clamp(16px, min(1.15vw, 2.05vh), 40px); scroll-snap-type: y mandatory; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0; color: #111;
       background: #fff; line-height: 1.35; }
.slide { position: relative; min-height: 100vh; padding: 2.2rem 3rem 3.2rem; scroll-snap-align: start;
         display: flex; flex-direction: column; gap: .8rem; border-bottom: 1px solid #ddd; overflow-wrap: break-word; }
.slide:focus { outline: none; }  /* focused by the keys to move screen readers along; not a control */
h1 { font-size: 2.6rem; margin: 0; line-height: 1.15; }
h2 { font-size: 1.9rem; margin: 0; line-height: 1.2; border-bottom: 4px solid var(--accent); padding-bottom: .3rem; }
h3 { font-size: 1.2rem; margin: 0 0 .4rem; }
p { margin: 0; }
.muted { color: var(--muted); }
.ask { font-size: 1.15rem; border-left: 6px solid var(--accent); padding: .2rem 0 .2rem .8rem; }
.counter { position: absolute; right: 3rem; bottom: 1rem; color: var(--muted); font-size: .9rem; }
.hint { position: absolute; left: 3rem; bottom: 1rem; color: var(--muted); font-size: .9rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1.2rem; margin-top: 1.5rem; }
.figure { border-top: 6px solid var(--accent); padding-top: .5rem; }
.figure b { display: block; font-size: 3.6rem; line-height: 1.05; font-variant-numeric: tabular-nums; }
.bars { list-style: none; margin: 0; padding: 0; display: grid; gap: .45rem; max-width: 80rem; font-size: 1.3rem; }
.bars li { display: grid; grid-template-columns: minmax(8rem, 22rem) 1fr; gap: .8rem; align-items: center; }
.bar { display: flex; align-items: center; gap: .5rem; }
.bar span.fill { display: inline-block; height: 1.5rem; border: 1px solid #000; }
.bar b { font-variant-numeric: tabular-nums; }
.net { flex: 1; display: flex; min-height: 0; }
.net iframe { width: 100%; height: min(27rem, 50vh); border: 1px solid var(--line); }
.heat-wrap { display: flex; gap: 2rem; align-items: flex-start; }
.heat-wrap > .scroll { flex: 0 1 auto; }
h2.finding { font-size: 1.55rem; }
.scroll { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
table.heat { font-size: .8rem; }
table.heat td { text-align: center; width: 2.3rem; height: 1.85rem; padding: 0; vertical-align: middle; font-weight: 600; }
table.heat th[scope=row] { white-space: nowrap; font-weight: 600; padding: 0 .5rem; vertical-align: middle; }
table.heat th.col { text-align: center; width: 2.3rem; padding: .2rem 0; }
table.heat td.self { background: #fff; }
.legend { display: flex; align-items: center; gap: .3rem; font-size: .85rem; flex-wrap: wrap; }
.legend span.swatch { display: inline-block; width: 1.2rem; height: 1rem; border: 1px solid var(--line); }
.map svg { display: block; height: min(36rem, 66vh); width: auto; }
.side { flex: 1; min-width: 16rem; display: grid; gap: 1rem; align-content: start; }
table.ranked { font-size: 1rem; width: 100%; }
table.compare { width: 100%; font-size: .85rem; }
table.compare td:first-child { white-space: nowrap; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1.5rem; }
.cols ul { margin: 0; padding-left: 1.2rem; font-size: 1.1rem; }
.big { font-size: 1.5rem; }
@media (max-width: 700px) {
  html { scroll-snap-type: none; }
  .slide { min-height: auto; padding: 1rem 1rem 3rem; }
  .counter { right: 1rem; } .hint { display: none; }
  .bars li { grid-template-columns: 1fr; gap: .1rem; }
  .heat-wrap { flex-direction: column; }
  .figure b { font-size: 2.4rem; }
}
@page { size: 1920px 1080px; margin: 0; }
@media print {
  html { font-size: 22px; scroll-snap-type: none; }
  .slide { height: 1080px; min-height: 0; overflow: hidden; break-after: page; page-break-after: always;
           border: 0; }
  .slide:last-child { break-after: auto; page-break-after: auto; }
  .hint { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# Keyboard: the slide nearest the top of the window is the current one; keys scroll to its neighbours.
SCRIPT = """
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  function current() {
    var best = 0, dist = Infinity;
    slides.forEach(function (s, i) { var d = Math.abs(s.getBoundingClientRect().top); if (d < dist) { dist = d; best = i; } });
    return best;
  }
  function go(i) {
    i = Math.max(0, Math.min(slides.length - 1, i));
    slides[i].scrollIntoView({block: 'start'});
    slides[i].focus({preventScroll: true});
    if (history.replaceState) { history.replaceState(null, '', '#' + slides[i].id); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var next = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'], back = ['ArrowLeft', 'ArrowUp', 'PageUp'];
    var i = current();
    if (next.indexOf(e.key) >= 0 && !(e.key === ' ' && e.shiftKey)) { go(i + 1); }
    else if (back.indexOf(e.key) >= 0 || (e.key === ' ' && e.shiftKey)) { go(i - 1); }
    else if (e.key === 'Home') { go(0); }
    else if (e.key === 'End') { go(slides.length - 1); }
    else { return; }
    e.preventDefault();
  });
})();
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _md(text: str) -> str:
    """Escape a catalogue sentence, then turn its **bold** into <strong> (the only Markdown they use)."""
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", _e(text))


def _luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on the background (always at least 4.5:1)."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"


def _blue(share: float) -> tuple[str, str]:
    """The app's heatmap step for a value that is ``share`` of the top one; its number in black or white,
    whichever reads better (palette.heatmap_colour picks the same, this keeps it true for any palette)."""
    colour, _ = palette.heatmap_colour(share)
    return colour, text_on(colour)


def _table(tr: Translator, label: str, headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None,
           cls: str = "") -> str:
    numeric = numeric or set()
    head = "".join(f"<th scope='col'{' class=num' if i in numeric else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{_e(v)}</td>" if i in numeric else f"<td>{_e(v)}</td>" for i, v in enumerate(r))
        + "</tr>" for r in rows
    )
    if not rows:
        return f"<p>{_e(tr('common.no_rows'))}</p>"
    return f"<div class='scroll' tabindex='0' role='region' aria-label='{_e(label)}'><table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def heatmap(tr: Translator, ids: list[str], axis: dict[str, str], full: dict[str, str], shared: dict[tuple[str, str], int],
            values: dict[tuple[str, str], float], rests: dict[tuple[str, str], str] | None = None) -> str:
    """The app's heatmap as a table: each cell carries its number of shared members, coloured by the measure.

    Columns are numbered like the rows (long names written sideways could not be read from the back of a room).
    """
    top = max(values.values(), default=1.0) or 1.0
    number = {pid: i + 1 for i, pid in enumerate(ids)}
    head = "<td></td>" + "".join(
        f"<th class='col' scope='col' title='{_e(full.get(i, i))}' aria-label='{_e(full.get(i, i))}'>{number[i]}</th>"
        for i in ids)
    rows = []
    for a in ids:
        cells = []
        for b in ids:
            if a == b:
                cells.append("<td class='self'></td>")
                continue
            v = values.get((a, b), values.get((b, a), 0.0))
            n = shared.get((a, b), shared.get((b, a), 0))
            bg, fg = _blue(v / top)
            said = (rests or {}).get((a, b)) or (rests or {}).get((b, a))
            cells.append(f"<td style='background:{bg};color:{fg}' title='{_e(full.get(a, a))} × {_e(full.get(b, b))}: "
                         f"{n} ({v:.2f}){_e('; ' + said) if said else ''}'>{n or ''}</td>")
        rows.append(f"<tr><th scope='row' title='{_e(full.get(a, a))}'>{number[a]}. {_e(axis.get(a, a))}</th>"
                    f"{''.join(cells)}</tr>")
    return f"<div class='scroll' tabindex='0' role='region' aria-label='{_e(tr('overlap.heatmap'))}'><table class='heat'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"


def _legend(top: float) -> str:
    swatches = "".join(f"<span class='swatch' style='background:{c}'></span>" for c in BLUES)
    return f"<div class='legend' aria-hidden='true'><span>0</span>{swatches}<span>{top:.2f}</span></div>"


def _shown(tr: Translator, shown: int, total: int) -> str:
    return f"<p class='muted'>{_e(tr('pack.shown_of', shown=shown, total=f'{total:,}'))}</p>" if total > shown else ""


def build(db: Database, region: str | None, as_of: dt.date, lang: str = "en", members: str = "organisations",
          focus: str | None = None) -> str:
    """The whole pack as one HTML string, from the workshop story the app's presenter view draws (one function,
    one set of settings): each step's slide says the step's finding over the step's own answer."""
    from tirlun.answers import workshop
    from tirlun.answers.base import Context

    regions = {r["id"]: r for r in db.read("app_regions")}
    if region is not None and region not in regions:
        close = difflib.get_close_matches(region, list(regions), n=1)
        raise TirlunError(msg("pack.no_region", region=region),
                          msg("pack.no_region_close", region=close[0]) if close else
                          msg("pack.no_region_list", regions=", ".join(sorted(regions))) if regions else
                          msg("pack.graph_empty"))
    ctx = Context(region=region, as_of=as_of, lang=lang, workshop=True)
    steps = {s.page: s for s in workshop.story(db, ctx, {
        "network": {"focus": f"p:{focus}" if focus else None},
        "overlap": {"by": members, "limit": PACK_PAIRS}})}
    summary, ov = steps["overview"].answer, steps["overlap"].answer
    tr = translator(lang)
    region_name = tr.pick(regions[region]) if region in regions else (region or tr("common.all"))
    if not summary.partnerships:
        raise TirlunError(msg("pack.empty", in_region=tr.in_place(region_name), date=as_of.isoformat()),
                          msg("pack.empty_hint"))
    title = tr("pack.title", in_region=tr.in_place(region_name))
    slides = [_title_slide(tr, title, summary, as_of)]
    if summary.banner:  # a mostly illustrative landscape says so before anything else is read
        slides[0] += f"<p class='ask'>{_e(summary.banner)}</p>"
    slides.append(_kinds_slide(tr, summary))
    net_html, net_doc = network_section(steps["network"].answer, lang)
    slides.append(f"<h2 class='finding'>{_e(steps['network'].slide.title)}</h2>"  # with a focus, it names it
                  f"<p class='ask'>{_e(tr('workshop.say.network'))}</p>{net_html}")
    slides.append(_heatmap_slide(tr, ov, members))
    if ov.pairs.rows:
        slides.append(_pairs_slide(tr, ov))
    if ov.pair is not None:
        slides.append(_pair_slide(tr, ov))
    slides.append(_duplicates_slide(tr, summary, steps["meetings"].slide.title))
    # Wales: the regions side by side on the same date (tirlun.answers.compare), when the graph holds two or more.
    from tirlun.answers import compare as compare_answer

    side = compare_answer.answer(db, ctx)
    compared = len(side.regions) > 1
    if compared:
        slides += _compare_slides(tr, side)
        slides.append(_map_slide(side, lang))
    slides.append(f"<h2>{_e(tr('pack.about'))}</h2><p class='big'>{_e(ov.rule)}</p>"
                  + (f"<p class='big'>{_e(side.rule)}</p>" if compared else "") +
                  f"<p class='big'>{_e(tr('overview.duplicate_help'))}</p>"
                  f"<p class='big'>{_e(tr('pack.subtitle', as_of=as_of.isoformat(), made=dt.date.today().isoformat()))}</p>"
                  f"<p class='big'>{_e(tr('pack.footer'))}</p>")
    total = len(slides)
    body = "".join(
        f"<section class='slide' id='slide-{n}' tabindex='-1' aria-label='{_e(tr('pack.slide_of', n=n, total=total))}'>{content}"
        f"<p class='counter'>{_e(tr('pack.slide_of', n=n, total=total))}</p>"
        + (f"<p class='hint'>{_e(tr('pack.keys'))}</p>" if n == 1 else "") + "</section>"
        for n, content in enumerate(slides, start=1)
    )
    doc = f"""<!doctype html>
<html lang="{_e(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{CSS.replace('__ACCENT__', ACCENT)}</style></head>
<body>
<main aria-label="{_e(tr('pack.slides'))}">{body}</main>
<script>{SCRIPT}</script>
</body></html>
"""
    leaks = network.external_references(doc.replace(_e(net_doc), "")) + network.external_references(net_doc)
    if leaks:
        raise TirlunError(f"The pack would fetch from other hosts: {', '.join(leaks[:3])}.", "Report this as a bug.")
    return doc


def _title_slide(tr: Translator, title: str, summary: Any, as_of: dt.date) -> str:
    figures = "".join(
        f"<div class='figure'><b>{_e(text)}</b>{_e(tr(key))}</div>"
        for key, text in (
            ("overview.own_boards", f"{summary.own_boards:,}"),
            ("overview.meetings", f"{summary.meetings:,}"),
            ("overview.person_hours", f"{summary.person_hours:,.0f}"),
            ("overview.duplicate_pairs", f"{summary.duplicate_pairs:,}"),
        )
    )
    sentences = "".join(f"<p class='big'>{_md(s)}</p>" for s in summary.sentences[:2])
    rests = summary.rests_on.get("landscape", "")
    return (f"<h1>{_e(title)}</h1>"
            f"<p class='muted big'>{_e(tr('pack.subtitle', as_of=as_of.isoformat(), made=dt.date.today().isoformat()))}</p>"
            f"<div class='figures'>{figures}</div><p class='muted'>{_e(summary.scope_line)} {_e(rests)}</p>{sentences}"
            f"<p class='ask'>{_e(tr('workshop.say.overview'))}</p>")


def _kinds_slide(tr: Translator, summary: Any) -> str:
    kinds = summary.by_kind[:SLIDE_KINDS]
    top = max((int(k["count"]) for k in kinds), default=1) or 1
    items = "".join(
        f"<li><span>{_e(k['label'])}</span><span class='bar'><span class='fill' aria-hidden='true' "
        f"style='width:{70 * int(k['count']) / top:.1f}%;background:{palette.kind_colour(k.get('kind'))}'></span>"
        f"<b>{_e(k['parts'])}</b></span></li>"
        for k in kinds
    )
    partnerships = summary.evidence.get("partnerships")
    return (f"<h2>{_e(tr('overview.by_kind'))}</h2><p class='muted'>{_e(tr('overview.kinds_caption'))}</p>"
            f"<ul class='bars'>{items}</ul>"
            f"{_shown(tr, len(kinds), len(summary.by_kind))}"
            + (f"<p class='muted'>{_e(partnerships.words(tr))}</p>" if partnerships else ""))


def _heatmap_slide(tr: Translator, ov: Any, members: str) -> str:
    if not ov.heatmap_ids:
        return f"<h2>{_e(tr('page.overlap.title'))}</h2><p class='big'>{_e(ov.headline)}</p>"
    shared = {(c.a, c.b): c.shared for c in ov.cells}
    values = {(c.a, c.b): c.value for c in ov.cells}
    rests = {(c.a, c.b): c.rests_on for c in ov.cells}
    top = max(values.values(), default=1.0) or 1.0
    return (f"<h2 class='finding'>{_e(ov.headline)}</h2><p class='muted'>{_e(ov.rests_on)}</p>"
            f"<div class='heat-wrap'>{heatmap(tr, ov.heatmap_ids, ov.axis, ov.names, shared, values, rests)}"
            f"<div class='side'><p>{_e(tr('pack.heatmap_k', k=len(ov.heatmap_ids), total=f'{ov.pairs.total:,}'))}</p>"
            f"<p>{_e(tr('pack.columns_key', by=tr(f'overlap.by.{members}').lower()))}</p>{_legend(top)}"
            f"<p class='ask'>{_e(tr('workshop.say.overlap'))}</p></div></div>")


def _fraction(sourced: Any, total: Any) -> str:
    """What a finding rests on, as its slides show it: "sourced / rows"."""
    return f"{int(sourced or 0):,} / {int(total or 0):,}"


def _pairs_slide(tr: Translator, ov: Any) -> str:
    # What each pair rests on as "sourced / total" under one heading, not a sentence a row: the Welsh
    # sentence wrapped every row and pushed the slide past 1080 px.
    rows = [[i, f"{p['a']} × {p['b']}", p["shared"], f"{p['score']:.2f}", f"{p['jaccard']:.2f}",
             _fraction(p.get("evidence_sourced"), p.get("evidence_total"))]
            for i, p in enumerate(ov.pairs.rows[:SLIDE_PAIRS], start=1)]
    return (f"<h2>{_e(tr('overlap.ranked'))}</h2>"
            + _table(tr, tr("overlap.ranked"), ["#", tr("pack.pair"), tr("col.shared"), tr("col.score"), tr("col.jaccard"),
                                                 tr("pack.evidence_fraction")], rows, {0, 2, 3, 4, 5}, "ranked")
            + _shown(tr, len(rows), ov.pairs.total) + f"<p class='muted'>{_e(ov.rule)}</p>")


def _pair_slide(tr: Translator, ov: Any) -> str:
    d = ov.pair
    cols = []
    for heading, items in ((tr("overlap.only_in", name=d.a_label), d.only_a), (tr("overlap.in_both"), d.shared),
                           (tr("overlap.only_in", name=d.b_label), d.only_b)):
        lis = "".join(f"<li>{_e(x)}</li>" for x in items[:SLIDE_MEMBERS])
        cols.append(f"<div><h3>{_e(heading)} ({len(items)})</h3><ul>{lis}</ul>{_shown(tr, min(len(items), SLIDE_MEMBERS), len(items))}</div>")
    return (f"<h2>{_e(tr('overlap.pair'))}: {_e(ov.names.get(d.a_id, d.a_label))} × {_e(ov.names.get(d.b_id, d.b_label))}</h2>"
            f"<div class='cols'>{''.join(cols)}</div>" + (f"<p class='muted'>{_e(rests)}</p>" if (rests := pair_rests_on(ov)) else ""))


def pair_rests_on(ov: Any) -> str:
    """What the pair on the slide rests on: its heatmap cell's rows, else its ranked row's (the same count)."""
    d = ov.pair
    ids = {d.a_id, d.b_id}
    for c in ov.cells:
        if {c.a, c.b} == ids and c.rests_on:
            return str(c.rests_on)
    for r in ov.pairs.rows:
        if {r.get("a_id"), r.get("b_id")} == ids and r.get("rests_on"):
            return str(r["rests_on"])
    return ""


def _compare_slides(tr: Translator, side: Any) -> list[str]:
    """The regions side by side, each figure beside what it rests on (sourced / rows), in two slides.

    The headline figures first; the counts by kind of partnership and of data finding on a second slide: in one
    table the Welsh slide ran to 1,788 px of a 1,080 px screen.
    """
    detail = ("kind:", "silo:")
    headers = [tr("compare.col.indicator"), *(x for r in side.regions for x in (r.name, tr("pack.sourced_rows")))]
    numeric = {2 * i + 2 for i in range(len(side.regions))}

    def rows(keep: Any) -> list[list[Any]]:
        out = []
        for ind, row in zip(side.indicators, side.table.rows, strict=True):
            if keep(ind.key):
                cells: list[Any] = [row["indicator"]]
                for r in side.regions:
                    ev = r.evidence.get(ind.key)
                    cells += [row[r.id], _fraction(ev.sourced, ev.total) if ev is not None else "–"]
                out.append(cells)
        return out

    main = rows(lambda key: not key.startswith(detail))
    more = rows(lambda key: key.startswith(detail))
    # The rule (what a region's own is) is said on the last slide, about the figures: under a table it pushed
    # the slide off the screen.
    cls = "compare"
    slides = [f"<h2>{_e(tr('page.compare.title'))}</h2><p>{_e(' '.join(side.sentences))}</p>"
              + _table(tr, tr("page.compare.title"), headers, main, numeric, cls=cls)]
    if more:
        slides.append(f"<h2>{_e(tr('pack.compare_detail'))}</h2>"
                      + _table(tr, tr("pack.compare_detail"), headers, more, numeric, cls=cls))
    return slides


def _map_slide(side: Any, lang: str) -> str:
    """The Compare page's map (tirlun.maps, the same chart) as inline SVG, with its table and attribution."""
    from tirlun import maps
    from tirlun.answers import geography

    tr = translator(lang)

    view = geography.answer(side, geography.DEFAULT, lang)
    drawing = maps.svg(view, tr, width=MAP_WIDTH, height=MAP_HEIGHT, font_size=18)
    drawing = drawing.replace("<svg ", f"<svg role='img' aria-label='{_e(tr('compare.map.alt'))}' ", 1)
    rows = [[row[c] for c in view.table.columns] for row in view.table.rows]
    headers = [tr(view.table.labels[c]) for c in view.table.columns]
    return (f"<h2>{_e(view.title)}</h2><div class='heat-wrap'><div class='map'>{drawing}</div>"
            f"<div class='side'><p class='big'>{_e(view.sentence)}</p>{_table(tr, view.title, headers, rows, cls='ranked')}"
            f"<p class='muted'>{_e(view.attribution)}</p></div></div>")


def _duplicates_slide(tr: Translator, summary: Any, finding: str) -> str:
    """The story's meetings step: its finding (the app's slide title), then the overview's ranked pairs by the same rule."""
    shown = summary.duplicates.rows[:SLIDE_DUPLICATES]
    # What each pair rests on as "sourced / total" (its two meetings and their attendance rows), as on the pairs slide.
    # Days apart is left to the two dates: with it, long Welsh names pushed the slide past 1080 px.
    rows = [[d["a"], str(d["a_start"])[:16], d["b"], str(d["b_start"])[:16], d["shared_attendees"],
             f"{d['hours_saved']:,.1f}",
             _fraction(d.get("evidence_sourced"), d.get("evidence_rows"))] for d in shown]
    rests = f"<p class='muted'>{_e(summary.rests_on.get('duplicates', ''))}</p>" if summary.duplicate_pairs else ""
    return (f"<h2 class='finding'>{_e(finding)}</h2>{rests}"
            + _table(tr, tr("overview.duplicates"), [tr("col.partnership_a"), tr("col.a_start"), tr("col.partnership_b"),
                                                      tr("col.b_start"), tr("col.shared"), tr("meetings.hours_saved"),
                                                      tr("pack.sourced_rows")],
                     rows, {1, 3, 4, 5, 6}, "ranked")
            + _shown(tr, len(rows), summary.duplicates.total) + f"<p class='ask'>{_e(tr('workshop.say.meetings'))}</p>")


def network_section(res: Any, lang: str) -> tuple[str, str]:
    """The network picture (the story's network step, as the app's presenter view draws it) in a sandboxed iframe;
    and its own page, which declares its language and a title."""
    tr = translator(lang)
    net_doc = _labelled(network.picture_html(res, lang=lang, height=540, large=True), lang, tr("network.alt"))
    net_html = (f"<div class='net'><iframe title='{_e(tr('network.alt'))}' sandbox='allow-scripts' "
                f"srcdoc=\"{_e(net_doc)}\"></iframe></div>")
    # One paragraph, not one per sentence: Welsh sentences are longer, and the slide's gaps between
    # paragraphs pushed the Welsh network slide past 1080 px.
    said = " ".join(s for s in (res.caption, res.scope_line, res.rests_on, *res.warnings) if s)
    if said:
        net_html += f"<p class='muted'>{_e(said)}</p>"
    return net_html, net_doc


def _labelled(doc: str, lang: str, title: str) -> str:
    """The picture's page with <html lang> and a <title> (vis-network's template has neither)."""
    doc = re.sub(r"<html[^>]*>", f'<html lang="{_e(lang)}">', doc, count=1, flags=re.I)
    if "<html" not in doc.lower():
        doc = f'<html lang="{_e(lang)}">{doc}</html>'
    if re.search(r"<title>.*?</title>", doc, flags=re.I | re.S):
        return re.sub(r"<title>.*?</title>", f"<title>{_e(title)}</title>", doc, count=1, flags=re.I | re.S)
    if re.search(r"<head[^>]*>", doc, flags=re.I):
        return re.sub(r"(<head[^>]*>)", lambda m: f"{m.group(1)}<title>{_e(title)}</title>", doc, count=1, flags=re.I)
    return doc.replace(f'<html lang="{_e(lang)}">', f'<html lang="{_e(lang)}"><head><title>{_e(title)}</title></head>', 1)


def write(db: Database, out: str | Path, region: str | None, as_of: dt.date, lang: str = "en",
          members: str = "organisations", focus: str | None = None) -> Path:
    path = Path(out)
    if path.suffix.lower() not in (".html", ".htm"):
        raise TirlunError(f"'{path.name}' does not end in .html.", "Give a file name like ctm-overlap.html.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build(db, region, as_of, lang, members, focus), encoding="utf-8")
    return path
