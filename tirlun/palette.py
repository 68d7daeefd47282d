"""The one palette: colours for sectors, partnership kinds and the overlap heatmap, shared by the
app's charts, the network picture and the offline pack.

Why fixed: the network used to hand colours out by how common a group was in the picture, so
police, third sector and education swapped colours between the app and the pack. Here every
sector and every kind has its own colour for good, whatever is on screen.

Why these colours: Okabe & Ito (2008), the palette people with any common colour-vision
deficiency can tell apart. It has seven colours besides black; the groups past seven share a
grey, and every legend names each group in words beside its swatch (with a shape for the type
of entity), so colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Iterable

# Okabe & Ito, in their order (black kept for outlines and text).
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
OKABE_ITO = (ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE)
OTHER = "#999999"  # groups past the seven colours, named in the legend

# Sectors in their order everywhere (legends, tables): the Sector enum's order.
SECTOR_ORDER = ("local_government", "health", "police", "fire_and_rescue", "probation_and_justice", "third_sector",
                "housing", "education", "environment", "national_government", "inspectorate", "commissioner", "other")
SECTOR_COLOURS = {
    "local_government": BLUE,
    "health": GREEN,
    "police": SKY_BLUE,
    "fire_and_rescue": VERMILLION,
    "third_sector": ORANGE,
    "education": YELLOW,
    "housing": PURPLE,
}

# Partnership kinds in their order everywhere: the PartnershipKind enum's order.
KIND_ORDER = ("rpb", "psb", "safeguarding_board", "community_safety_partnership", "area_planning_board", "vawdasv",
              "youth_justice_board", "scrutiny_committee", "resilience_forum", "city_region", "other")
KIND_COLOURS = {
    "rpb": BLUE,
    "psb": ORANGE,
    "safeguarding_board": VERMILLION,
    "community_safety_partnership": SKY_BLUE,
    "area_planning_board": GREEN,
    "vawdasv": PURPLE,
    "youth_justice_board": YELLOW,
}

# Shapes carry the type of entity in the network; greys for the shapes not coloured in a mode.
NEUTRAL = {"partnership": "#404040", "organisation": "#BBBBBB", "person": "#DDDDDD"}

# The overlap heatmap: ColorBrewer "Blues" (sequential, colour-blind safe), light to dark, in nine
# equal steps of the top value (a quantize scale: the app's Vega chart and the pack paint the same
# step for the same value). A cell's number is black on the first six steps and white on the last
# three (black on step 6 would be 4.1:1, white on it 5.1:1; every pairing used is above 4.5:1).
BLUES = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")
HEATMAP_WHITE_FROM = 6  # the step from which a cell's number is white (white on #2171b5: 5.1:1; black: 4.1:1)

# Single-series charts: one colour for counts, one for hours.
BAR = BLUE
HOURS = VERMILLION
SERIES = (BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY_BLUE)  # several series: with dashes as a second signal


def sector_colour(sector: str | None) -> str:
    return SECTOR_COLOURS.get(str(sector or "other"), OTHER)


def kind_colour(kind: str | None) -> str:
    return KIND_COLOURS.get(str(kind or "other"), OTHER)


def colour(group: str, value: str | None) -> str:
    """A sector's (group "sector") or a partnership kind's (group "partnership_kind") colour."""
    return kind_colour(value) if group == "partnership_kind" else sector_colour(value)


def ordered(group: str, values: Iterable[str | None]) -> list[str]:
    """Values of a group in the one order (the enum's), unknown ones last by name."""
    order = KIND_ORDER if group == "partnership_kind" else SECTOR_ORDER
    seen = {str(v or "other") for v in values}
    return [v for v in order if v in seen] + sorted(seen - set(order))


def vega_scale(group: str, values: Iterable[str | None]) -> dict[str, list[str]]:
    """A Vega-Lite scale (domain and range) giving these values their fixed colours, in the one order."""
    domain = ordered(group, values)
    return {"domain": domain, "range": [colour(group, v) for v in domain]}


def heatmap_step(share: float) -> int:
    """The step (0..8) of a value that is ``share`` of the top value: nine equal bins, as Vega's quantize scale."""
    return min(len(BLUES) - 1, max(0, int(share * len(BLUES))))


def heatmap_colour(share: float) -> tuple[str, str]:
    """Background and text colour of a heatmap cell whose value is ``share`` of the top value (0..1)."""
    step = heatmap_step(share)
    return BLUES[step], ("#ffffff" if step >= HEATMAP_WHITE_FROM else "#000000")


def heatmap_white_above(top: float) -> float:
    """The value above which (at or above, in fact) a cell's number is white, for a chart whose top value is ``top``."""
    return top * HEATMAP_WHITE_FROM / len(BLUES)
