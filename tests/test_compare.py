"""The Compare answer on a two-region landscape built here, every figure worked out by hand (in the comments).

Region A (areas a1, a2; 100,000 + 50,000 residents, 2023 estimates) and region B (area b1, no population), each
the footprint of an active RPB. Loaded as two regions (reg-a, reg-b), with national and cross-border bodies.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from click.testing import CliRunner

from tirlun.answers.base import Context
from tirlun.answers.compare import CompareAnswer, answer, per_10k
from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)


def _p(pid: str, kind: str, areas: str = "", **kw: Any) -> dict[str, Any]:
    return {"id": pid, "name_en": pid.upper(), "name_cy": f"{pid.upper()} cy", "kind": kind, "areas": areas, **kw}


def _org(oid: str, org_type: str, areas: str) -> dict[str, Any]:
    return {"id": oid, "name_en": oid.upper(), "sector": "other", "org_type": org_type, "areas": areas}


def _m(o: str, p: str, role: str = "statutory_member") -> dict[str, Any]:
    return {"organisation_id": o, "partnership_id": p, "role": role}


def shared() -> dict[str, list[dict[str, Any]]]:
    return {
        "areas": [
            {"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
            {"id": "reg-a", "name_en": "Region A", "name_cy": "Rhanbarth A", "kind": "region", "parent_id": "wales"},
            {"id": "reg-b", "name_en": "Region B", "name_cy": "Rhanbarth B", "kind": "region", "parent_id": "wales"},
            {"id": "a1", "name_en": "A one", "kind": "local_authority", "parent_id": "reg-a", "population": 100000,
             "population_year": 2023},
            {"id": "a2", "name_en": "A two", "kind": "local_authority", "parent_id": "reg-a", "population": 50000,
             "population_year": 2023},
            {"id": "b1", "name_en": "B one", "kind": "local_authority", "parent_id": "reg-b"},
        ],
        "legislation": [{"id": "wfga", "title_en": "WFGA", "year": 2015,
                         "required_member_types": "local_authority;local_health_board", "members_section": "s.29(2)"}],
        "organisations": [_org("a1c", "local_authority", "a1"), _org("a2c", "local_authority", "a2"),
                          _org("b1c", "local_authority", "b1"), _org("lhb-a", "local_health_board", "a1;a2"),
                          _org("lhb-b", "local_health_board", "b1"), _org("nrw", "natural_resources_wales", "wales")],
    }


def region_a() -> dict[str, list[dict[str, Any]]]:
    people = [{"id": f"p{i}", "job_title_en": f"Post {i}", "organisation_id": "a1c"} for i in (1, 2, 3)]
    return {**shared(),
            "partnerships": [
                _p("a-rpb", "rpb", "a1;a2", illustrative="false"),
                _p("a-psb", "psb", "a1;a2", legislation="wfga", terms_of_reference="true", illustrative="false",
                   as_of="2025-05-01"),
                _p("a-sub", "rpb", level="subgroup", subgroup_of="a-rpb"),
                _p("a-old", "psb", "a1", dissolved="2025-01-01")],
            "people": people,
            "memberships": [_m("a1c", "a-rpb"), _m("a2c", "a-rpb"), _m("lhb-a", "a-rpb"),
                            _m("a1c", "a-psb"), _m("a2c", "a-psb"), _m("lhb-a", "a-psb"), _m("nrw", "a-psb")],
            "meetings": [
                {"id": "m1", "partnership_id": "a-rpb", "start": "2025-03-01 10:00", "duration_hours": 2,
                 "illustrative": "false", "as_of": "2025-04-01"},
                {"id": "m2", "partnership_id": "a-psb", "start": "2025-03-03 10:00", "duration_hours": 1.5},
                {"id": "m0", "partnership_id": "a-sub", "start": "2024-01-01 10:00", "duration_hours": 1}],
            "attendance": [
                {"person_id": "p1", "meeting_id": "m1", "attended_as": "attended"},
                {"person_id": "p2", "meeting_id": "m1", "attended_as": "deputy"},
                {"person_id": "p3", "meeting_id": "m1", "attended_as": "apologies"},
                {"person_id": "p1", "meeting_id": "m2", "attended_as": "attended"},
                {"person_id": "p2", "meeting_id": "m2", "attended_as": "attended"}],
            }


def national() -> dict[str, list[dict[str, Any]]]:
    """The shared reference's bodies: one for all Wales, one across the two regions (both wider for each)."""
    return {**shared(),
            "partnerships": [_p("nat", "other", "wales"), _p("ab-joint", "other", "a2;b1")],
            "people": [{"id": "p9", "job_title_en": "Post 9", "organisation_id": "nrw"}],
            "memberships": [_m("nrw", "nat")],
            "meetings": [{"id": "mn", "partnership_id": "nat", "start": "2025-03-02 10:00", "duration_hours": 4}],
            "attendance": [{"person_id": "p9", "meeting_id": "mn", "attended_as": "attended"}]}


def region_b() -> dict[str, list[dict[str, Any]]]:
    return {**shared(),
            "partnerships": [_p("b-rpb", "rpb", "b1", terms_of_reference="true", illustrative="false"),
                             _p("b-nb", "psb", "b1", legislation="wfga", terms_of_reference="false")],
            "people": [{"id": "p4", "job_title_en": "Post 4", "organisation_id": "b1c"}],
            "memberships": [_m("b1c", "b-rpb"), _m("lhb-b", "b-rpb"), _m("b1c", "b-nb")],
            "meetings": [{"id": "m4", "partnership_id": "b-rpb", "start": "2025-05-01 10:00", "duration_hours": 3}],
            "attendance": [{"person_id": "p4", "meeting_id": "m4", "attended_as": "attended"}]}


# Worked by hand (on 2025-06-30; the year is 2024-06-30 to 2025-06-30):
#  A: own boards a-rpb, a-psb (a-old dissolved); own sub-group a-sub (no footprint: its board's); wider nat (Wales)
#     and ab-joint (a2 and b1). Meetings m1, m2 (m0 is older; mn is a wider body's): 2. Person-hours: m1 has p1
#     attended and p2 deputy (p3 apologies): 2 x 2 = 4; m2 2 x 1.5 = 3; 7. Per 10,000 of 150,000: 7 / 15 = 0.47.
#     m1 and m2 are 2 days apart with the same two attendees: 1 pair; saves 2 x 1.5 = 3 hours. Overlap: a-rpb
#     {a1c, a2c, lhb-a}, a-psb {a1c, a2c, lhb-a, nrw}: 3 / 4 = 0.75 over 1 pair. Terms of reference: a-psb yes;
#     a-rpb, a-sub not recorded. Gaps: a-psb has a1c, a2c and lhb-a: none. Rows: 3 partnerships + 7 memberships
#     + 3 meetings = 13; sourced a-rpb, a-psb, m1 = 3; 10 illustrative (77%). Newest as_of 2025-05-01 (a-psb);
#     oldest partnership's newest: a-sub's 2025-01-01.
#  B: own boards b-rpb, b-nb; wider nat, ab-joint. 1 meeting, p4 x 3 h = 3 person-hours; population not known.
#     No pair. Overlap {b1c, lhb-b} and {b1c}: 1 / 2 = 0.5. ToR: yes 1 (b-rpb), no 1 (b-nb). Gaps: b-nb lacks
#     lhb-b (s.29(2)): 1 on 1 board. Rows 2 + 3 + 1 = 6, sourced 1 (b-rpb): 5 illustrative (83%).
EXPECTED: dict[str, dict[str, Any]] = {
    "reg-a": {"population": 150000, "own_boards": 2, "own_subgroups": 1, "wider": 2, "meetings": 2,
              "person_hours": 7.0, "duplicate_pairs": 1, "hours_saved": 3.0, "overlap_index": 0.75, "board_pairs": 1,
              "terms_of_reference": {"yes": 1, "no": 0, "unknown": 2}, "statutory_gaps": 0, "boards_with_gaps": 0,
              "data_findings": 0, "rows": 13, "rows_sourced": 3,
              "last_updated": dt.date(2025, 5, 1), "oldest_updated": dt.date(2025, 1, 1)},
    "reg-b": {"population": None, "own_boards": 2, "own_subgroups": 0, "wider": 2, "meetings": 1,
              "person_hours": 3.0, "duplicate_pairs": 0, "hours_saved": 0.0, "overlap_index": 0.5, "board_pairs": 1,
              "terms_of_reference": {"yes": 1, "no": 1, "unknown": 0}, "statutory_gaps": 1, "boards_with_gaps": 1,
              "data_findings": 0, "rows": 6, "rows_sourced": 1,
              "last_updated": dt.date(2025, 1, 1), "oldest_updated": dt.date(2025, 1, 1)},
}
SHOWN = {  # the same figures as every output shows them, in English
    "reg-a": {"own_boards": "2", "meetings": "2", "person_hours": "7", "hours_per_10k": "0.5",
              "duplicate_pairs": "1", "hours_saved": "3", "population": "150,000 (counted for 2023)",
              "terms_of_reference": "yes 1 · no 0 · not recorded 2", "illustrative": "77% illustrative (10 of 13 rows)"},
    "reg-b": {"own_boards": "2", "meetings": "1", "person_hours": "3", "hours_per_10k": "not known",
              "duplicate_pairs": "0", "hours_saved": "0", "population": "not known",
              "terms_of_reference": "yes 1 · no 1 · not recorded 0", "illustrative": "83% illustrative (5 of 6 rows)"},
}


def two_regions(load_tables: Callable[..., Database]) -> Database:
    # The shared reference first (as `tirlun reference load` would), then each region beside it.
    load_tables(national(), region="wales")
    load_tables(region_a(), region="reg-a")
    return load_tables(region_b(), region="reg-b")


def check(res: CompareAnswer) -> None:
    assert [r.id for r in res.regions] == ["reg-a", "reg-b"]
    for reg in res.regions:
        got = {k: reg.values[k] for k in EXPECTED[reg.id]}
        assert got == EXPECTED[reg.id], reg.id
        assert {k: reg.shown[k] for k in SHOWN[reg.id]} == SHOWN[reg.id], reg.id


def test_figures_by_hand(load_tables: Callable[..., Database]) -> None:
    db = two_regions(load_tables)
    res = answer(db, Context(region=None, as_of=AS_OF, lang="en"))
    check(res)
    a = res.regions[0]
    assert abs(a.values["hours_per_10k"] - 7 / 15) < 1e-9 and per_10k(3.0, None) is None
    assert a.values["by_kind"] == {"rpb": {"own_board": 1, "own_subgroup": 1, "wider": 0},
                                   "psb": {"own_board": 1, "own_subgroup": 0, "wider": 0},
                                   "other": {"own_board": 0, "own_subgroup": 0, "wider": 2}}
    assert (a.sourced.sourced, a.sourced.total) == (3, 13) and a.local_authorities == ["A one", "A two"]
    # Every indicator has a rule; the table (CSV, slide) has a row per indicator and a column per region.
    assert all(i.rule and i.rule != f"compare.rule.{i.key}" for i in res.indicators)
    assert res.table.columns == ("indicator", "reg-a", "reg-b") and len(res.table.rows) == len(res.indicators)
    welsh = answer(db, Context(region=None, as_of=AS_OF, lang="cy"))
    assert [r.name for r in welsh.regions] == ["Rhanbarth A", "Rhanbarth B"]
    assert welsh.regions[1].shown["population"] == "anhysbys"
    # On 2024-06-01 the year is 2023-06-01 to 2024-06-01: only a-sub's m0 (2024-01-01, 1 hour, nobody recorded).
    before = answer(db, Context(region=None, as_of=dt.date(2024, 6, 1), lang="en"))
    assert [(r.values["meetings"], r.values["person_hours"]) for r in before.regions] == [(1, 0.0), (0, 0.0)]


def test_cli_json_and_csv_give_the_same_figures(load_tables: Callable[..., Database],
                                                test_env: dict[str, str]) -> None:
    from tirlun import cli

    two_regions(load_tables)
    runner = CliRunner(env=test_env)
    out = runner.invoke(cli.main, ["answer", "compare", "--as-of", AS_OF.isoformat(), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)["answer"]
    for reg in data["regions"]:
        exp = EXPECTED[reg["id"]]
        got = {k: reg["values"][k] for k in exp}
        assert got == {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in exp.items()}
        assert {k: reg["shown"][k] for k in SHOWN[reg["id"]]} == SHOWN[reg["id"]]
    csv_out = runner.invoke(cli.main, ["answer", "compare", "--as-of", AS_OF.isoformat(), "--format", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    lines = csv_out.output.splitlines()
    assert lines[0] == "Indicator,Region A,Region B"
    assert "Person-hours per 10,000 residents,0.5,not known" in lines[1:] or \
        '"Person-hours per 10,000 residents",0.5,not known' in lines[1:]


def test_pack_slide_gives_the_same_figures(load_tables: Callable[..., Database]) -> None:
    from tirlun import pack

    db = two_regions(load_tables)
    doc = pack.build(db, None, AS_OF, "en")
    start = doc.index("<table class='compare'>")
    table = doc[start:doc.index("</table>", start)]
    cells = [c.split("</td>")[0] for c in table.split("<td>")[1:]]
    for shown in SHOWN.values():
        assert set(shown.values()) <= set(cells)
    # The row for person-hours per 10,000 residents reads across both regions as the answer shows them, each
    # figure beside what it rests on (sourced / rows).
    assert re.search(r"<td>Person-hours per 10,000 residents</td><td>0\.5</td><td class='num'>\d+ / \d+</td>"
                     r"<td>not known</td><td class='num'>\d+ / \d+</td>", table)


def test_wales_step_for_the_workshop(load_tables: Callable[..., Database]) -> None:
    from tirlun.answers import workshop

    db = two_regions(load_tables)
    res = answer(db, Context(region=None, as_of=AS_OF, lang="en"))
    # Only region A's population is known: per resident, there is nothing to compare it with.
    slide = workshop.wales_slide(res, "en")
    assert (slide.page, slide.n, slide.total) == ("compare", 6, 6)
    assert slide.title == ("2 regions side by side on 2025-06-30; the population of too few of them is known to "
                           "compare time in meetings per resident.")
    assert set(slide.notes) == {"en", "cy"} and slide.notes["cy"].startswith("Gofynnwch")
    # Give region B 20,000 residents: 3 person-hours x 10,000 / 20,000 = 1.5, above A's 0.47.
    res.regions[1].values["hours_per_10k"], res.regions[1].shown["hours_per_10k"] = 1.5, "1.5"
    assert workshop.wales_slide(res, "en").title == (
        "Across 2 regions on 2025-06-30, Region B spends the most time round the table: 1.5 person-hours a year per "
        "10,000 residents, against 0.5 in Region A.")


def test_each_figure_says_what_it_rests_on(load_tables: Callable[..., Database]) -> None:
    # Worked by hand from region_a, region_b and national above (a row is illustrative unless it says false):
    #  A: partnerships counted a-rpb, a-psb (sourced), a-sub, nat, ab-joint: 2 of 5; its own 2 of 3. Meetings in the
    #     year m1 (sourced), m2: 1 of 2. Attendance behind the hours: m1 p1 and p2 (deputy), m2 p1 and p2: 4, none
    #     sourced. Active memberships of its boards: a-rpb 3 + a-psb 4 = 7, none sourced. The duplicate pair is m1
    #     and m2: 1 of 2 meetings. No statutory gap and no dataset: no row behind either (the Governance and Silos
    #     pages count what their findings rest on in rows).
    #  B: counted b-rpb (sourced), b-nb, nat, ab-joint: 1 of 4; own 1 of 2. m4: 0 of 1. Attendance 1, none sourced.
    #     Memberships b-rpb 2 + b-nb 1 = 3, none sourced.
    db = two_regions(load_tables)
    a, b = answer(db, Context(region=None, as_of=AS_OF, lang="en")).regions
    got = {k: (e.sourced, e.total, e.unit) for k, e in a.evidence.items()}
    assert {k: got[k] for k in ("own_boards", "wider", "terms_of_reference", "meetings", "person_hours",
                                "hours_per_10k", "overlap_index", "duplicate_pairs", "hours_saved", "data_findings",
                                "statutory_gaps")} == {
        "own_boards": (2, 5, "partnerships"), "wider": (2, 5, "partnerships"),
        "terms_of_reference": (2, 3, "partnerships"), "meetings": (1, 2, "meetings"),
        "person_hours": (0, 4, "attendance"), "hours_per_10k": (0, 4, "attendance"),
        "overlap_index": (0, 7, "memberships"), "duplicate_pairs": (1, 2, "meetings"),
        "hours_saved": (1, 2, "meetings"), "data_findings": (0, 0, "rows"), "statutory_gaps": (0, 0, "rows")}
    assert a.rests_on["meetings"] == "rests on 1 of 2 meetings from a public source: illustrative"
    assert "population" not in a.evidence and "illustrative" not in a.evidence
    got_b = {k: (e.sourced, e.total) for k, e in b.evidence.items()}
    assert {k: got_b[k] for k in ("own_boards", "terms_of_reference", "meetings", "person_hours", "overlap_index")} \
        == {"own_boards": (1, 4), "terms_of_reference": (1, 2), "meetings": (0, 1), "person_hours": (0, 1),
            "overlap_index": (0, 3)}
    welsh = answer(db, Context(region=None, as_of=AS_OF, lang="cy")).regions[0]
    assert welsh.rests_on["meetings"] == "yn seiliedig ar 1 o 2 cyfarfod o ffynhonnell gyhoeddus: enghreifftiol"


def test_hours_saved_is_a_plan_not_a_sum(load_tables: Callable[..., Database]) -> None:
    # Three boards of region A meet on 1, 5 and 9 March, two hours each, with the same two posts. m1-m2 and m2-m3
    # are 4 days apart (pairs); m1-m3 are 8 days apart (not a pair, the window is 7). Each pair would save
    # 2 attendees x 2 hours = 4 person-hours: summed, 8; but m2 can be merged only once, so the plan saves 4.
    people = [{"id": f"p{i}", "job_title_en": f"Post {i}", "organisation_id": "a1c"} for i in (1, 2)]
    meetings = [{"id": f"m{i}", "partnership_id": pid, "start": f"2025-03-0{day} 10:00", "duration_hours": 2}
                for i, pid, day in ((1, "a-rpb", 1), (2, "a-psb", 5), (3, "a-csp", 9))]
    db = load_tables({**shared(),
                      "partnerships": [_p("a-rpb", "rpb", "a1;a2"), _p("a-psb", "psb", "a1;a2"),
                                       _p("a-csp", "community_safety_partnership", "a1")],
                      "people": people, "meetings": meetings,
                      "attendance": [{"person_id": p["id"], "meeting_id": m["id"], "attended_as": "attended"}
                                     for m in meetings for p in people]}, region="reg-a")
    (a,) = answer(db, Context(region=None, as_of=AS_OF, lang="en")).regions
    assert (a.values["duplicate_pairs"], a.values["hours_saved"], a.shown["hours_saved"]) == (2, 4.0, "4")
