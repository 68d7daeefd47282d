"""The map of Wales drawn once, as a Vega-Lite chart: the Compare page shows it, the pack draws it as SVG.

Why one chart for both: a workshop's paper pack and its screen must show the same picture. The chart is
Altair's (Vega-Lite ``geoshape``), which Streamlit renders with its own bundled Vega; the pack turns the
same specification into SVG with vl-convert, which runs Vega inside the process. The data is inline and
there is no tile layer, so neither makes a request off the machine.
"""

from __future__ import annotations

from typing import Any

import altair as alt

from tirlun import palette
from tirlun.answers.geography import MapAnswer
from tirlun.i18n import Translator

NO_REGION = "#d9d9d9"  # grey for a council area in no region loaded (3:1 against white with its outline)
OUTLINE = "#404040"
# The heatmap's Blues without its two palest steps, so the lightest region never reads as a grey "no region".
SHADES = palette.BLUES[2:]


def chart(view: MapAnswer, tr: Translator, *, width: int = 420, height: int = 460, font_size: int = 14) -> alt.LayerChart:
    """Council areas shaded by their region's figure; grey where no region is loaded; a tooltip per area.

    ``tr`` words the tooltips' titles and the description, in the language the answer ``view`` was built in.

    The shapes are hidden from screen readers (``aria=False``): the chart's description says what it is, and the
    table beside it holds every figure the shading shows."""
    data = {"values": view.features}  # inline: nothing to fetch
    tooltip = [alt.Tooltip("properties.name:N", title=tr("compare.map.council")),
               alt.Tooltip("properties.region:N", title=tr("compare.map.col.region")),
               alt.Tooltip("properties.shown:N", title=view.indicator.label)]
    base = alt.Chart(data).mark_geoshape(fill=NO_REGION, stroke=OUTLINE, strokeWidth=0.6, aria=False).encode(tooltip=tooltip)
    shaded = (alt.Chart(data).mark_geoshape(stroke=OUTLINE, strokeWidth=0.6, aria=False)
              .transform_filter("isValid(datum.properties.value)")
              .encode(color=alt.Color("properties.value:Q", title=view.legend,
                                      scale=alt.Scale(range=list(SHADES), zero=True),
                                      legend=alt.Legend(orient="bottom", gradientLength=min(width - 40, 320),
                                                        titleLimit=width, titleFontSize=font_size,
                                                        labelFontSize=font_size)),
                      tooltip=tooltip))
    drawn: alt.LayerChart = (alt.layer(base, shaded)
            .project(type="mercator")
            .properties(width=width, height=height, description=tr("compare.map.alt"))
            .configure_view(stroke=None))
    return drawn


def svg(view: MapAnswer, tr: Translator, **size: Any) -> str:
    """The same chart as an SVG document (for the pack), drawn offline by vl-convert."""
    import vl_convert

    text: str = vl_convert.vegalite_to_svg(chart(view, tr, **size).to_dict())
    return text
