"""Every page, in English and in Welsh, against the seeded real Neo4j: no exception, the
headline numbers the seed files give by hand, and text in the chosen language."""

from __future__ import annotations

import pytest

from tirlun.i18n import catalogue
from tirlun.views.text import md

from app_support import PAGES, SEED, app, metric, no_exception, rows, texts

CTM = {"ctm", "bridgend", "merthyr-tydfil", "rhondda-cynon-taf"}  # areas.csv: the region and its three councils


def scoped_kinds(facts) -> dict[str, tuple[int, int, int]]:
    """kind -> (own boards, own sub-groups, wider) active on the app's date, from partnerships.csv by hand."""
    day = facts.as_of.isoformat()
    out: dict[str, list[int]] = {}
    for p in rows(SEED, "partnerships"):
        if (p["established"] and p["established"] > day) or (p["dissolved"] and p["dissolved"] <= day):
            continue
        own = all(a in CTM for a in p["areas"].split(";") if a)
        slot = (0 if p["level"] == "board" else 1) if own else 2
        out.setdefault(p["kind"], [0, 0, 0])[slot] += 1
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(seeded, page: str, lang: str) -> None:
    at = app(lang, page)
    no_exception(at)
    assert at.title, f"{page} has no title"
    assert at.title[0].value == catalogue(lang)[f"page.{page}.title"]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_overview_headline_numbers(seeded, facts, lang: str) -> None:
    at = app(lang)
    cat = catalogue(lang)
    assert at.session_state["as_of"] == facts.as_of
    # The region's own boards, counted apart from its sub-groups and wider bodies.
    scoped = scoped_kinds(facts)
    assert metric(at, cat["overview.own_boards"]) == f"{sum(v[0] for v in scoped.values()):,}"
    assert sum(sum(v) for v in scoped.values()) == facts.partnerships_active
    assert metric(at, cat["overview.meetings"]) == f"{facts.meetings_in_year:,}"
    assert metric(at, cat["overview.person_hours"]) == f"{facts.person_hours_in_year:,.0f}"
    assert facts.partnerships_active > 0 and facts.meetings_in_year > 0


def test_overview_kinds_table_matches_seed(seeded, facts) -> None:
    at = app("cy")
    kinds = at.dataframe[0].value  # first table: partnerships by kind (chart's table tab)
    expected = {catalogue("cy")[f"partnership_kind.{k}"]: v for k, v in scoped_kinds(facts).items()}
    got = {r.iloc[0]: (r.iloc[1], r.iloc[2], r.iloc[3]) for _, r in kinds.iterrows()}
    assert got == expected
    assert {k: sum(v) for k, v in scoped_kinds(facts).items()} == facts.kinds_active


def test_sidebar_counts_the_whole_graph(seeded, facts) -> None:
    at = app("en")
    caption = " ".join(c.value for c in at.sidebar.caption)
    assert f"{facts.partnerships_total} partnerships" in caption
    assert f"{facts.organisations_total} organisations" in caption


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_sidebar_counts_the_regions_own_apart_from_wider_bodies(seeded, facts, lang: str) -> None:
    # The region's own boards, its sub-groups and wider bodies active on the app's date, from partnerships.csv by
    # hand (scoped_kinds), each in its own place in the sentence; the whole graph's totals say they are everyone's.
    at = app(lang)
    cat = catalogue(lang)
    scoped = scoped_kinds(facts).values()
    boards, subgroups, wider = (sum(v[i] for v in scoped) for i in range(3))
    assert wider > 0 and boards > 0  # the seed holds national and neighbouring bodies beside CTM's own
    captions = [c.value for c in at.sidebar.caption]
    assert cat["sidebar.scope"].format(date=facts.as_of.isoformat(), boards=boards, subgroups=subgroups,
                                       wider=wider) in captions
    assert cat["sidebar.counts"].format(partnerships=facts.partnerships_total, organisations=facts.organisations_total,
                                        people=len(rows(SEED, "people")), meetings=len(rows(SEED, "meetings"))) in captions


def test_sidebar_scope_counts_for_a_region_and_for_all_wales(seeded, facts) -> None:
    # app_scope_counts, the sidebar's query, against partnerships.csv by hand: for CTM the three scopes of
    # scoped_kinds; for All Wales (no region) every active partnership is a board or a sub-group by level, none wider.
    scoped = scoped_kinds(facts).values()
    ctm = seeded.read("app_scope_counts", {"region": "ctm", "as_of": facts.as_of})
    assert ctm == [{"own_boards": sum(v[0] for v in scoped), "own_subgroups": sum(v[1] for v in scoped),
                    "wider": sum(v[2] for v in scoped)}]
    day = facts.as_of.isoformat()
    alive = [p for p in rows(SEED, "partnerships")
             if (not p["established"] or p["established"] <= day) and (not p["dissolved"] or p["dissolved"] > day)]
    boards = sum(p["level"] == "board" for p in alive)
    assert seeded.read("app_scope_counts", {"region": None, "as_of": facts.as_of}) == [
        {"own_boards": boards, "own_subgroups": len(alive) - boards, "wider": 0}]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_meetings_page_counts_the_year(seeded, facts, lang: str) -> None:
    at = app(lang, "meetings")
    cat = catalogue(lang)
    no_exception(at)
    assert metric(at, cat["overview.meetings"]) == f"{facts.meetings_in_year:,}"
    assert metric(at, cat["overview.person_hours"]) == f"{facts.person_hours_in_year:,.0f}"
    # The merge plan's sentence is rendered as the catalogue wrote it: the hours in bold, no asterisk shown.
    plan = [m.value for m in at.markdown if cat["meetings.plan"].split(":")[0] in m.value]
    assert plan and "\\*" not in plan[0] and "**" in plan[0], plan


def test_welsh_pages_show_welsh_names(seeded) -> None:
    from app_support import SEED, rows

    at = app("cy", "profiles")
    first = at.selectbox(key="pf_partnership").value
    partnership = next(p for p in rows(SEED, "partnerships") if p["id"] == first)
    assert any(h.value == md(partnership["name_cy"] or partnership["name_en"]) for h in at.header)
    assert catalogue("cy")["profiles.active_members"] in texts(at)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_overview_top_overlaps_are_regional_boards_ranked_by_the_rule(seeded, facts, lang: str) -> None:
    """The table on screen is the ranking worked from the CSV files, and its rule is in the section's help."""
    from app_support import SEED, rows, seed_overlap

    expected = seed_overlap(SEED, facts.as_of, boards_only=True)[:5]
    names = {p["id"]: (p["name_cy"] or p["name_en"]) if lang == "cy" else p["name_en"] for p in rows(SEED, "partnerships")}
    at = app(lang)
    cat = catalogue(lang)
    table = next(d.value for d in at.dataframe if cat["col.score"] in d.value.columns)
    got = list(zip(table[cat["col.partnership_a"]], table[cat["col.partnership_b"]], table[cat["col.shared"]], strict=True))
    assert got == [(names[a], names[b], shared) for a, b, shared, _ in expected]
    assert [float(s) for s in table[cat["col.score"]]] == [round(s / (u + 2), 2) for _, _, s, u in expected]
    # Every pair shares several members: the one-national-body pairs of old are gone.
    assert min(s for _, _, s, _ in expected) >= 2
    subheader = next(h for h in at.subheader if h.value == cat["overview.top_overlaps"])
    assert subheader.help == cat["overview.rule.overlap"]
    # The finding in a sentence, from the same top pair.
    a, b, shared, union = expected[0]
    assert any(m.value == md(cat["overlap.headline.organisations"].format(a=names[a], b=names[b], shared=shared,
                                                                            union=union)) for m in at.markdown)
