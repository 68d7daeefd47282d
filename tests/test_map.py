"""The map of Wales (issue 19, item 2): the shipped boundaries are the reference's 22 council areas; each area takes
its region's figure on the date (Bridgend with Western Bay before 1 April 2019, with Cwm Taf Morgannwg after, as
the Partnership Arrangements (Wales) Regulations 2015 and their 2019 amendment set the footprints); the pack draws
the same map offline; in Chromium at 1280x720 and 1920x1080, in both languages, with axe and no outside request.

Expected values come from the law and from seed/reference/areas.csv read here with the csv module, not from the
code's output."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from test_accessibility import axe_source, axe_violations

from tirlun.answers import compare, geography
from tirlun.answers.base import Context, Table
from tirlun.answers.compare import CompareAnswer, Indicator, Region
from tirlun.answers.evidence import Evidence
from tirlun.database import Database
from tirlun.i18n import catalogue
from tirlun.loader.load import load_path
from tirlun.network import outside_requests

from app_support import streamlit_app

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
COUNCILS = {r["code"]: r for r in csv.DictReader((ROOT / "seed/reference/areas.csv").open(encoding="utf-8"))
            if r["kind"] == "local_authority"}
# GSS codes, from ONS: Bridgend W06000013, Rhondda Cynon Taf W06000016, Merthyr Tydfil W06000024,
# Swansea W06000011, Neath Port Talbot W06000012.
CTM = {"W06000013", "W06000016", "W06000024"}
WG = {"W06000011", "W06000012"}


def test_the_boundaries_are_the_22_council_areas_of_the_reference() -> None:
    features = geography.boundaries()["features"]
    assert len(COUNCILS) == 22
    assert {f["properties"]["code"] for f in features} == set(COUNCILS)
    for f in features:
        p = f["properties"]
        row = COUNCILS[p["code"]]
        assert (p["area_id"], p["name_en"], p["name_cy"]) == (row["id"], row["name_en"], row["name_cy"])
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
        points = re.findall(r"\[(-?\d+\.\d+),(-?\d+\.\d+)\]", str(f["geometry"]["coordinates"]).replace(" ", ""))
        assert points
        for lon, lat in points:  # every point in a box round Wales
            assert -5.7 < float(lon) < -2.6 and 51.3 < float(lat) < 53.5, (p["name_en"], lon, lat)
    # The README says where the file comes from and its licence; the map shows the attribution.
    readme = (ROOT / "seed/boundaries/README.md").read_text(encoding="utf-8")
    assert "Open Government Licence" in readme and "martinjc/UK-GeoJSON" in readme


def _region(rid: str, name: str, area_ids: list[str], hours: float | None) -> Region:
    shown = "not known" if hours is None else f"{hours:.1f}"
    return Region(id=rid, name=name, local_authorities=area_ids, local_authority_ids=area_ids, population=None,
                  population_years=[], values={"hours_per_10k": hours}, shown={"hours_per_10k": shown},
                  sourced=Evidence(0, 0, "rows"))


def test_each_council_area_takes_its_regions_figure() -> None:
    res = CompareAnswer(
        as_of=dt.date(2025, 6, 30), period=("2024-06-30", "2025-06-30"),
        indicators=[Indicator("hours_per_10k", "Person-hours per 10,000 residents", "rule", "meetings")],
        regions=[_region("ctm", "Cwm Taf Morgannwg", ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"], 43.1),
                 _region("west-glamorgan", "West Glamorgan", ["neath-port-talbot", "swansea"], None)],
        total=2, table=Table(rows=[], total=0), empty_reason=None, rule="")
    view = geography.answer(res, "hours_per_10k", "en")
    by_code = {a.code: a for a in view.areas}
    assert {c for c, a in by_code.items() if a.region_id == "ctm"} == CTM
    assert {c for c, a in by_code.items() if a.region_id == "west-glamorgan"} == WG
    assert {a.value for c, a in by_code.items() if c in CTM} == {43.1}
    # a region whose figure is not known is in the table and the tooltip, but not shaded
    assert all(by_code[c].value is None and by_code[c].shown == "not known" for c in WG)
    grey = [a for a in view.areas if a.region_id is None]
    assert len(grey) == 17 and {a.shown for a in grey} == {"no region loaded"}
    assert view.table.rows == [
        {"region": "Cwm Taf Morgannwg", "shown": "43.1", "councils": "bridgend, merthyr-tydfil, rhondda-cynon-taf"},
        {"region": "West Glamorgan", "shown": "not known", "councils": "neath-port-talbot, swansea"}]
    assert view.sentence == ("Person-hours per 10,000 residents on 2025-06-30: 5 of the 22 council areas lie in the 2 "
                             "regions loaded; grey areas belong to no region loaded.")
    welsh = geography.answer(res, "hours_per_10k", "cy")
    assert {a.name for a in welsh.areas if a.code in CTM} == {"Pen-y-bont ar Ogwr", "Merthyr Tudful", "Rhondda Cynon Taf"}
    assert "Hawlfraint y Goron" in welsh.attribution and "Crown copyright" in view.attribution
    with pytest.raises(ValueError, match="cannot shade by 'last_updated'"):
        geography.answer(res, "last_updated", "en")


@pytest.fixture(scope="module")
def two_real(session_db: Database, app_env: dict[str, str]) -> Iterator[Database]:
    """The shared reference, Cwm Taf Morgannwg and West Glamorgan, loaded as `tirlun demo` loads them."""
    session_db.run_script("clear_graph")
    for folder, region in ((ROOT / "seed/reference", "wales"), (ROOT / "seed/ctm", None), (ROOT / "seed/wg", None)):
        load_path(session_db, folder, region=region)
    st.cache_data.clear()
    yield session_db
    session_db.run_script("clear_graph")


def _regions_on(db: Database, day: dt.date) -> dict[str, set[str]]:
    view = geography.answer(compare.answer(db, Context(region=None, as_of=day)), "meetings", "en")
    out: dict[str, set[str]] = {}
    for a in view.areas:
        if a.region_id:
            out.setdefault(a.region_id, set()).add(a.code)
    return out


def test_the_regions_on_the_map_follow_the_dated_footprints(two_real: Database) -> None:
    assert _regions_on(two_real, dt.date(2025, 6, 30)) == {"ctm": CTM, "west-glamorgan": WG}
    # Before 1 April 2019 Bridgend was in Western Bay; Merthyr Tydfil and RCT formed Cwm Taf.
    assert _regions_on(two_real, dt.date(2018, 6, 1)) == {"western-bay": WG | {"W06000013"},
                                                           "cwm-taf": {"W06000016", "W06000024"}}


def test_the_pack_draws_the_same_map_offline(two_real: Database) -> None:
    from tirlun import pack

    doc = pack.build(two_real, "ctm", dt.date(2025, 6, 30), lang="cy")
    svg = re.search(r"<div class='map'>(<svg .*?</svg>)</div>", doc, re.S)
    assert svg is not None
    drawing = svg.group(1)
    assert "role='img'" in drawing and catalogue("cy")["compare.map.alt"].split(":")[0] in drawing
    assert "Hawlfraint y Goron" in doc
    # no address in the drawing but the SVG namespaces
    assert set(re.findall(r"https?://[^\s\"']+", drawing)) <= {"http://www.w3.org/2000/svg",
                                                                 "http://www.w3.org/1999/xlink"}
    # every text the slide draws is at least 18 px before the slide scales it
    sizes = {float(s) for s in re.findall(r'font-size="([\d.]+)px"', drawing)}
    assert sizes and min(sizes) >= 18


@pytest.mark.browser
def test_the_map_in_chromium(two_real: Database, browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    source = axe_source()
    with streamlit_app(tmp_path_factory.mktemp("streamlit"), "map test") as url:
        for lang in ("en", "cy"):
            cat = catalogue(lang)
            for width, height in ((1280, 720), (1920, 1080)):
                page = browser.new_page(viewport={"width": width, "height": height})
                requests: list[str] = []
                page.on("request", lambda r, requests=requests: requests.append(r.url))
                page.goto(f"{url}/compare?region=all&as_of=2025-06-30&lang={lang}", wait_until="networkidle")
                chart = page.locator('[data-testid="stVegaLiteChart"]').first
                chart.wait_for(timeout=60_000)
                chart.scroll_into_view_if_needed()
                page.get_by_text(cat["compare.map.attribution"]).wait_for(timeout=30_000)
                box = chart.bounding_box()
                assert box is not None and box["width"] > 300 and box["height"] > 300
                assert box["x"] + box["width"] <= width  # the map fits the window
                assert page.get_by_text("Cwm Taf Morgannwg").count() > 0
                assert axe_violations(page, source) == []
                assert not outside_requests(requests)
                IMG.mkdir(parents=True, exist_ok=True)
                page.wait_for_timeout(1000)
                page.screenshot(path=str(IMG / f"compare-map-{lang}-{width}.png"))
                page.close()


def test_compare_names_every_row_in_welsh(two_real: Database) -> None:
    """The data findings' rows were headed "Canfyddiadau data: duplicate assessment" (a code, in English)."""
    cy = catalogue("cy")
    res = compare.answer(two_real, Context(region=None, as_of=dt.date(2025, 6, 30), lang="cy"))
    silo = {i.key: i.label for i in res.indicators if i.key.startswith("silo:")}
    kinds = ("duplicate_assessment", "personal_flow_unrecorded", "unused_assessment")  # the seed's three kinds
    assert silo == {f"silo:{k}": cy["compare.indicator.silo"].format(kind=cy[f"silos.kind.{k}"]) for k in kinds}


@pytest.mark.browser
def test_the_packs_compare_slides_fit_1920x1080_with_what_each_figure_rests_on(
        two_real: Database, browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    from tirlun import pack

    out = tmp_path_factory.mktemp("pack")
    for lang in ("en", "cy"):
        path = pack.write(two_real, out / f"wales-{lang}.html", None, dt.date(2025, 6, 30), lang)
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(path.as_uri())
        page.wait_for_timeout(1200)
        sizes = page.evaluate("""() => [...document.querySelectorAll('section')].map(s => [
            s.querySelector('h2') ? s.querySelector('h2').innerText : '', s.getBoundingClientRect().height,
            Math.max(0, ...[...s.querySelectorAll('.scroll')].map(x => x.scrollWidth - x.clientWidth))])""")
        title = catalogue(lang)["page.compare.title"]
        compared = [x for x in sizes if x[0].startswith(title) or x[0] == catalogue(lang)["pack.compare_detail"]]
        assert len(compared) == 2, sizes
        assert all(h <= 1080 and over == 0 for _, h, over in sizes), (lang, sizes)
        # Each region's figure has its "sourced / rows" column beside it.
        head = page.locator("table.compare").first.locator("thead th").all_inner_texts()
        assert head[2] == head[4] == catalogue(lang)["pack.sourced_rows"]
        page.close()


# -- the figures of the two real regions, worked from the CSV files with the csv module --------------------------
def _rows(table: str) -> list[dict[str, str]]:
    """A table's rows over the reference, CTM and West Glamorgan files, each id once (repeats are references),
    with the owner each row was loaded for."""
    seen: dict[str, dict[str, str]] = {}
    out = []
    for folder, owner in (("reference", "wales"), ("ctm", "ctm"), ("wg", "west-glamorgan")):
        path = ROOT / "seed" / folder / f"{table}.csv"
        if not path.exists():
            continue
        for r in csv.DictReader(path.open(encoding="utf-8")):
            key = r.get("id") or "|".join(r.values())
            if key not in seen:
                seen[key] = {**r, "_owner": owner}
                out.append(seen[key])
    return out


def _on(since: str, until: str, day: dt.date) -> bool:
    return (not since or dt.date.fromisoformat(since) <= day) and (not until or dt.date.fromisoformat(until) >= day)


def _figures_by_hand(day: dt.date) -> dict[str, dict[str, float]]:
    """Own boards, own sub-groups, wider bodies, meetings and person-hours in the year up to ``day``, per region:
    a partnership's footprint is the council areas it covers, or those under the areas it covers (area_parents on
    the day, and areas.parent_id); a sub-group without one takes its nearest board's; it is the region's own when
    its footprint lies inside the region's council areas, wider when it meets them and reaches beyond."""
    kind = {a["id"]: a["kind"] for a in _rows("areas")}
    parents: dict[str, set[str]] = {}
    for a in _rows("areas"):
        if a["parent_id"]:
            parents.setdefault(a["id"], set()).add(a["parent_id"])
    for link in _rows("area_parents"):
        if _on(link["since"], link["until"], day):
            parents.setdefault(link["area_id"], set()).add(link["parent_id"])

    def above(area: str) -> set[str]:
        out, todo = set(), [area]
        while todo:
            for p in parents.get(todo.pop(), set()):
                if p not in out:
                    out.add(p)
                    todo.append(p)
        return out

    councils = [a for a, k in kind.items() if k == "local_authority"]
    under = {a: {c for c in councils if a == c or a in above(c)} for a in kind}
    regions = {"ctm": under["ctm"], "west-glamorgan": under["west-glamorgan"]}
    assert regions == {"ctm": {"bridgend", "merthyr-tydfil", "rhondda-cynon-taf"},
                       "west-glamorgan": {"swansea", "neath-port-talbot"}}
    ps = {p["id"]: p for p in _rows("partnerships")}

    def footprint(pid: str) -> set[str]:
        p = ps[pid]
        if p["areas"]:
            return set().union(*(under[a] for a in p["areas"].split(";")))
        return footprint(p["subgroup_of"]) if p["subgroup_of"] else set()

    active = [p for p in ps.values() if _on(p["established"], "", day)
              and not (p["dissolved"] and dt.date.fromisoformat(p["dissolved"]) <= day)]
    lo = dt.datetime.combine(day - dt.timedelta(days=365), dt.time())
    hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    present: dict[str, int] = {}
    for a in _rows("attendance"):
        if a["attended_as"] in ("attended", "deputy"):
            present[a["meeting_id"]] = present.get(a["meeting_id"], 0) + 1
    out: dict[str, dict[str, float]] = {}
    for rid, las in regions.items():
        own, wider = [], 0
        for p in active:
            fp = footprint(p["id"])
            if (fp and fp <= las) or (not fp and p["_owner"] == rid):
                own.append(p)
            elif fp & las:
                wider += 1
        ids = {p["id"] for p in own}
        meetings = [m for m in _rows("meetings") if m["partnership_id"] in ids
                    and lo <= dt.datetime.fromisoformat(m["start"]) < hi]
        out[rid] = {"own_boards": sum(1 for p in own if (p["level"] or "board") == "board"),
                    "own_subgroups": sum(1 for p in own if (p["level"] or "board") != "board"), "wider": wider,
                    "meetings": len(meetings),
                    "person_hours": sum(present.get(m["id"], 0) * float(m["duration_hours"]) for m in meetings)}
    return out


def test_ctm_and_west_glamorgan_figures_by_hand_on_the_page_the_cli_and_the_pack(
        two_real: Database, test_env: dict[str, str]) -> None:
    import json

    from click.testing import CliRunner

    from tirlun import cli, pack

    day = dt.date(2025, 6, 30)
    expected = _figures_by_hand(day)
    res = compare.answer(two_real, Context(region=None, as_of=day))
    got = {r.id: {k: r.values[k] for k in expected[r.id]} for r in res.regions}
    assert {rid: {k: round(v, 6) for k, v in f.items()} for rid, f in got.items()} == \
        {rid: {k: round(v, 6) for k, v in f.items()} for rid, f in expected.items()}
    # The same figures, as shown, in the CLI's JSON and on the pack's slide.
    out = CliRunner(env=test_env).invoke(cli.main, ["answer", "compare", "--as-of", day.isoformat(),
                                                             "--format", "json"])
    assert out.exit_code == 0, out.output
    shown = {r["id"]: r["shown"] for r in json.loads(out.output)["answer"]["regions"]}
    assert shown == {r.id: r.shown for r in res.regions}
    doc = pack.build(two_real, None, day, "en")
    table = doc[doc.index("<table class='compare'>"):]
    table = table[:table.index("</table>")]
    for r in res.regions:
        for key in ("own_boards", "meetings", "person_hours"):
            assert f"<td>{r.shown[key]}</td>" in table, (r.id, key)
    assert f"<td>{expected['ctm']['meetings']:,}</td>" in table
    # And on the Compare page, each figure a link in its region's column.
    from app_support import app, no_exception

    at = app("en", "compare", region=None, as_of=day)
    no_exception(at)
    page = "".join(m.value for m in at.markdown).replace("&#x27;", "'")
    for r in res.regions:
        for key in ("own_boards", "own_subgroups", "wider", "meetings", "person_hours"):
            assert f">{r.shown[key]}</a>" in page, (r.id, key)
    assert f">{expected['west-glamorgan']['meetings']:,}</a>" in page
