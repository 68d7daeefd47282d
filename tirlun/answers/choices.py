"""What the app's pickers offer: the regions, a region's areas and the themes.

Why here and not in the pages: a page names no query (docs/architecture.md), so even a
selectbox's options come from a function of the answers layer, with no Streamlit in it.
Each returns the query's rows unchanged (id, name_en, name_cy, ...), in the query's order,
as a Table whose ``columns`` are the query's, so an empty list still has its header.
"""

from __future__ import annotations

from tirlun.answers.base import Reader, Table

REGION_COLUMNS = ("id", "name_en", "name_cy")
AREA_COLUMNS = ("id", "name_en", "name_cy", "kind")
THEME_COLUMNS = ("id", "name_en", "name_cy")


def regions(db: Reader) -> Table:
    """The regions with partnerships loaded, by English name: the sidebar's region picker (app_regions)."""
    rows = db.read("app_regions")
    return Table(rows=rows, total=len(rows), columns=REGION_COLUMNS)


def opening_region(ids: list[str]) -> str | None:
    """The region a visit opens on when it names none: Cwm Taf Morgannwg (the first seed) if loaded, else the first."""
    return "ctm" if "ctm" in ids else (ids[0] if ids else None)


def areas(db: Reader, region: str | None) -> Table:
    """The region's own area first, then every area inside it (every area with no region): the network's area filter."""
    rows = db.read("app_areas", {"region": region})
    return Table(rows=rows, total=len(rows), columns=AREA_COLUMNS)


def themes(db: Reader) -> Table:
    """Every theme, by English name: the network's theme filter."""
    rows = db.read("app_themes")
    return Table(rows=rows, total=len(rows), columns=THEME_COLUMNS)
