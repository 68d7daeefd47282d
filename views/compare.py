"""Compare: a thin renderer of tirlun.answers.compare, the regions side by side on the sidebar's date.

One table, indicators down and regions across, drawn as plain HTML so that every cell is a link to that
region's page (the URL carries ?region=, ?as_of= and ?lang=, so the link opens the region on the same date
and can be shared) and every indicator's rule is one click away (a disclosure beside its name). Text from
the data is escaped.
"""

from __future__ import annotations

import csv
import html
import io
from urllib.parse import urlencode

import streamlit as st

from tirlun import maps
from tirlun.answers import geography, workshop
from tirlun.answers.base import csv_cell
from tirlun.answers.compare import CompareAnswer, Region
from tirlun.i18n import translator
from tirlun.views import nav, presenter, session, state, tables, text


def link(page: str, region: Region, as_of: str, lang: str) -> str:
    """A relative link to ``page`` opened on ``region`` and the date (the app reads ?region= on a new visit)."""
    return f"{page}?{urlencode({'region': region.id, 'as_of': as_of, 'lang': lang})}"


def table_html(res: CompareAnswer, lang: str) -> str:
    """The comparison as an accessible table: a caption, column headers per region, a row header per indicator."""
    tr = translator(lang)
    day = res.as_of.isoformat()
    head = "".join(
        f'<th scope="col"><a href="{html.escape(link("overview", r, day, lang))}" target="_self">'
        f"{html.escape(r.name)}</a></th>" for r in res.regions)
    body = []
    for ind in res.indicators:
        cells = []
        for r in res.regions:
            shown = r.shown.get(ind.key, "")
            rests = r.rests_on.get(ind.key)
            aria = tr("compare.open_region", region=r.name, page=tr(f"nav.{ind.page}"))
            said = f"{shown} ({rests})" if rests else shown
            cells.append(f'<td><a href="{html.escape(link(ind.page, r, day, lang))}" target="_self" '
                         f'aria-label="{html.escape(aria)}: {html.escape(said)}">{html.escape(shown)}</a>'
                         + (f'<span class="rests">{html.escape(rests)}</span>' if rests else "") + "</td>")
        rule = (f'<details><summary>{html.escape(tr("compare.rule_title"))}</summary>'
                f"<p>{html.escape(ind.rule)}</p></details>")
        body.append(f'<tr><th scope="row">{html.escape(ind.label)}{rule}</th>{"".join(cells)}</tr>')
    return (
        '<table class="tirlun-compare"><caption>'
        + html.escape(res.sentences[0] if res.sentences else tr("page.compare.title"))
        + f'</caption><thead><tr><th scope="col">{html.escape(tr("compare.col.indicator"))}</th>{head}</tr></thead>'
        + f"<tbody>{''.join(body)}</tbody></table>"
    )


def csv_bytes(res: CompareAnswer, lang: str) -> bytes:
    """The table as shown, one row per indicator and two columns per region (its figure, what it rests on), cells
    made inert."""
    tr = translator(lang)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([tr("compare.col.indicator"),
                     *(x for r in res.regions for x in (r.name, tr("compare.rests_on_column", region=r.name)))])
    for ind, row in zip(res.indicators, res.table.rows, strict=True):
        writer.writerow([csv_cell(row.get("indicator")),
                         *(csv_cell(x) for r in res.regions for x in (row.get(r.id), r.rests_on.get(ind.key, "")))])
    return buf.getvalue().encode("utf-8")


def map_section(res: CompareAnswer, lang: str) -> None:
    """The map of Wales shaded by one indicator, with the same figures as a table beside it."""
    options = geography.choices(res)
    if not options:
        return
    tr = translator(lang)
    st.subheader(tr("compare.map_title"))
    names = {i.key: i.label for i in options}
    keys = list(names)
    key = st.selectbox(tr("compare.map.choose"), keys, index=keys.index(geography.DEFAULT) if geography.DEFAULT in keys
                       else 0, format_func=names.__getitem__, help=tr("compare.map.choose_help"), key="compare-map")
    view = geography.answer(res, key, lang)
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{html.escape(view.title)}**")
        spec = tables.localised(maps.chart(view, tr).to_dict(validate=tables.VALIDATE_CHARTS), tr)
        st.vega_lite_chart(spec, width="content")
        st.caption(view.attribution)
    with right:
        st.write(view.sentence)
        tables.ranked_table(view.table, "compare-map", tr=tr)


STYLE = """<style>
table.tirlun-compare { border-collapse: collapse; width: 100%; }
table.tirlun-compare caption { text-align: left; font-weight: 600; padding: 0 0 0.5rem 0; color: #000; }
table.tirlun-compare th, table.tirlun-compare td { border: 1px solid #767676; padding: 6px 8px; vertical-align: top;
                                                  text-align: left; color: #000; }
table.tirlun-compare thead th { background: #f0f2f6; }
table.tirlun-compare th[scope="row"] { font-weight: 600; max-width: 22rem; }
table.tirlun-compare details { font-weight: 400; font-size: 0.9em; }
table.tirlun-compare summary { cursor: pointer; text-decoration: underline; }
table.tirlun-compare a { color: #0b5394; }
table.tirlun-compare span.rests { display: block; font-size: 0.85em; color: #404040; }
</style>"""

nav.header("compare")
ctx = session.context()
tr = ctx.tr

if session.presenting():
    # The Wales step the host may add after the five (sidebar): the finding, the map, the regions as cards.
    with text.errors():
        shown: CompareAnswer = state.answer("compare", ctx)
        sequence = presenter.workshop_sequence()
        n = sequence.index("compare") + 1 if "compare" in sequence else len(sequence) + 1
        slide = workshop.wales_slide(shown, ctx.lang, n, max(n, len(sequence)))
        presenter.presenter("compare", slide.title)
        if shown.regions:
            view = geography.answer(shown, geography.DEFAULT, ctx.lang)
            with st.container(key="workshop-visual"):
                left, right = st.columns([1, 1])
                with left:
                    chart = maps.chart(view, tr, width=340, height=380, font_size=18)
                    st.vega_lite_chart(tables.localised(chart.to_dict(validate=tables.VALIDATE_CHARTS), tr),
                                       width="content", key="workshop-chart")
                with right:
                    presenter.cards([(r["region"], f"{view.legend}: {r['shown']}") for r in view.table.rows])
            st.caption(view.sentence)
            st.caption(slide.rests_on)
            st.caption(view.attribution)
        else:
            st.info(shown.empty_reason or tr("common.no_rows"))
        presenter.speaker_notes(slide.notes)
    st.stop()

with text.errors():
    res: CompareAnswer = state.answer("compare", ctx)
    st.caption(tr("compare.rule"))
    if res.empty_reason:
        st.info(res.empty_reason)
    else:
        st.markdown(STYLE + table_html(res, ctx.lang), unsafe_allow_html=True)
        st.download_button(tr("compare.download"), data=csv_bytes(res, ctx.lang),
                           file_name=f"tirlun-compare-{res.as_of.isoformat()}.csv", mime="text/csv",
                           key="compare-download")
        map_section(res, ctx.lang)
