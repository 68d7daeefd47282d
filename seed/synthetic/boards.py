"""The statutory and regional boards of Wales, from the footprint tables (real bodies, real mergers).

The law is linked as the CTM seed links it (tests/test_law_model.py checks both): a board is SET_UP_UNDER the
law that constitutes it, with the section(s) that do so (PSBs WFGA s.29(1), RPBs SSWBA ss.166-168, safeguarding
boards s.134(4)-(5), CSPs CDA ss.5-6, CJCs LGEWA 2021 Part 5); a body that only discharges a duty placed on
others DISCHARGES_DUTY_UNDER it (APBs CDA 1998 s.6, VAWDASV boards the 2015 Act s.5, youth justice boards CDA
1998 s.39, local resilience forums CCA 2004 s.2, a council's PSB scrutiny committee WFGA s.35).
"""

from __future__ import annotations

import datetime as dt

from tirlun.seed.synthetic.model import Part, World, slug
from tirlun.seed.synthetic.reference import (
    JOINT_COMMITTEES,
    JOINT_YOUTH_JUSTICE,
    LA,
    LOCAL_AUTHORITIES,
    MERGED_PUBLIC_SERVICES_BOARDS,
    PUBLIC_SERVICES_BOARDS,
    REGION,
    REGIONS,
    RESILIENCE_FORUMS,
    SAFEGUARDING_REGIONS,
    las_in,
)

RPB_THEMES = ["health-and-social-care-integration", "well-being", "carers", "older-people", "children-and-young-people"]
PSB_THEMES = ["well-being", "climate-change", "poverty", "economy", "community-cohesion", "prevention"]
SB_SECTION = "s.134(4)-(5)"
# Regional boards that report to their region's RPB unless they report elsewhere.
REPORT_TO_RPB = ("area_planning_board", "other", "safeguarding_board", "vawdasv")


def board(w: World, pid: str, en: str, cy: str, short: str, kind: str, legislation: list[str], las: list[str],
          themes: list[str], established: dt.date, frequency: str, *, hours: float = 2.0,
          dissolved: dt.date | None = None, successor: str | None = None, reports_to: list[str] | None = None,
          twin_of: Part | None = None, shift: int = 0, duty: list[str] | None = None,
          duty_section: str | None = None, section: str | None = None, statutory: bool | None = None) -> Part:
    """A board; statutory when it is set up under legislation unless told (a youth justice board discharges a duty,
    yet the law requires it), with the section(s) that set it up."""
    if legislation and not section:
        raise ValueError(f"{pid}: a board set up under legislation needs the section that sets it up")
    p = Part(pid, en, cy, short, kind, "board", bool(legislation) if statutory is None else statutory, legislation,
             las, themes, established, frequency, hours, reports_to=reports_to or [], dissolved=dissolved,
             successor=successor, twin_of=twin_of, shift=shift, section=section, duty=duty or [],
             duty_section=duty_section)
    w.parts[pid] = p
    return p


def boards(w: World) -> None:
    d = dt.date
    for r in REGIONS:
        las = las_in(r.id)
        board(w, r.rpb_id, f"{r.name_en} Regional Partnership Board", f"Bwrdd Partneriaeth Rhanbarthol {r.name_cy}",
              f"{r.name_en} RPB", "rpb", ["sswba-2014-part-9"], las, RPB_THEMES, d(2016, 4, 6), "bimonthly", hours=3.0,
              section="ss.166-168")
        apb, apb_cy = r.apb_name_en, r.apb_name_cy
        board(w, f"{slug(apb)}-apb", f"{apb} Area Planning Board", f"Bwrdd Cynllunio Ardal {apb_cy}", f"{apb} APB",
              "area_planning_board", [], las, ["substance-misuse", "prevention"], d(2010, 4, 1), "quarterly",
              duty=["cda-1998"], duty_section="s.6")
        board(w, f"{r.id}-housing-support", f"{r.name_en} Regional Housing Support Collaborative Group",
              f"Grŵp Cydweithredol Rhanbarthol Cymorth Tai {r.name_cy}", f"{r.name_en} RHSCG", "other", [], las,
              ["housing", "homelessness"], d(2020, 4, 1), "quarterly", hours=2.0)
    _public_services_boards(w)
    _safeguarding_and_vawdasv(w)
    for a in LOCAL_AUTHORITIES:
        board(w, f"{a.id}-csp", f"{a.name_en} Community Safety Partnership", f"Partneriaeth Diogelwch Cymunedol {a.name_cy}",
              f"{a.name_en} CSP", "community_safety_partnership", ["cda-1998"], [a.id],
              ["community-safety", "community-cohesion"], d(1999, 4, 1), "quarterly", reports_to=[w.psb_of[a.id]],
              section="ss.5-6")
        # The council's own overview and scrutiny committee, designated under WFGA s.35: not a joint committee.
        board(w, f"{a.id}-psb-scrutiny", f"{a.name_en} PSB Scrutiny Committee", f"Pwyllgor Craffu BGC {a.name_cy}",
              f"{a.name_en} PSB Scrutiny", "scrutiny_committee", [], [a.id], ["well-being"],
              d(2016, 5, 1), "quarterly", hours=2.5, duty=["wfga-2015"], duty_section="s.35", statutory=True)
    _youth_justice(w)
    for f in RESILIENCE_FORUMS:
        board(w, f.id, f"{f.name_en} Local Resilience Forum", f"Fforwm Cydnerthedd Lleol {f.name_cy}", f"{f.name_en} LRF",
              "resilience_forum", [], list(f.areas), ["emergency-planning", "climate-change"], d(2005, 4, 1),
              "quarterly", duty=["cca-2004"], duty_section="s.2")
    for f in JOINT_COMMITTEES:
        board(w, f.id, f"{f.name_en} Corporate Joint Committee", f"Cyd-bwyllgor Corfforedig {f.name_cy}", f"{f.name_en} CJC",
              "city_region", ["lgewa-2021"], list(f.areas), ["economy", "transport", "climate-change"], d(2022, 1, 31),
              "bimonthly", section="Part 5")
    for p in list(w.parts.values()):
        if p.kind in REPORT_TO_RPB and not p.reports_to:
            p.reports_to = [REGION[LA[p.areas[0]].region].rpb_id]


def _public_services_boards(w: World) -> None:
    """Today's PSBs, then the ones dissolved in the 2021-23 mergers (with their successors)."""
    merged_into = {m.successor for m in MERGED_PUBLIC_SERVICES_BOARDS}
    for b in PUBLIC_SERVICES_BOARDS:
        board(w, b.id, f"{b.name_en} Public Services Board", f"Bwrdd Gwasanaethau Cyhoeddus {b.name_cy}",
              f"{b.name_en} PSB", "psb", ["wfga-2015"], list(b.areas), PSB_THEMES, b.established, "quarterly",
              section="s.29(1); merged under s.47" if b.id in merged_into else "s.29(1)")
    for m in MERGED_PUBLIC_SERVICES_BOARDS:
        board(w, m.id, f"{m.name_en} Public Services Board", f"Bwrdd Gwasanaethau Cyhoeddus {m.name_cy}",
              f"{m.name_en} PSB", "psb", ["wfga-2015"], list(m.areas), PSB_THEMES, m.established, "quarterly",
              dissolved=m.dissolved, successor=m.successor, section="s.29(1)")
    w.psb_of = {la: b.id for b in PUBLIC_SERVICES_BOARDS for la in b.areas}


def _safeguarding_and_vawdasv(w: World) -> None:
    """Safeguarding boards (children's and adults' boards are twins where both exist) and VAWDASV boards."""
    d = dt.date
    for r in SAFEGUARDING_REGIONS:
        las, en, cy = list(r.areas), r.name_en, r.name_cy
        if r.separate_children_and_adults_boards:
            scb = board(w, f"{r.id}-scb", f"{en} Safeguarding Children Board", f"Bwrdd Diogelu Plant {cy}", f"{en} SCB",
                        "safeguarding_board", ["sswba-2014-part-7"], las,
                        ["safeguarding", "children-and-young-people", "exploitation"], d(2016, 4, 6), "quarterly",
                        section=SB_SECTION)
            board(w, f"{r.id}-sab", f"{en} Safeguarding Adults Board", f"Bwrdd Diogelu Oedolion {cy}", f"{en} SAB",
                  "safeguarding_board", ["sswba-2014-part-7"], las, ["safeguarding", "older-people", "exploitation"],
                  d(2016, 4, 6), "quarterly", twin_of=scb, shift=1, section=SB_SECTION)
        else:
            board(w, f"{r.id}-sb", f"{en} Regional Safeguarding Board", f"Bwrdd Diogelu Rhanbarthol {cy}", f"{en} RSB",
                  "safeguarding_board", ["sswba-2014-part-7"], las,
                  ["safeguarding", "children-and-young-people", "older-people", "exploitation"], d(2016, 4, 6), "quarterly",
                  section=SB_SECTION)
        # Not set up by the 2015 Act: its local authorities and health board discharge their s.5 duty (a joint
        # local strategy) through it, as the CTM seed records for the real board.
        board(w, f"{r.id}-vawdasv", f"{en} VAWDASV Partnership Board", f"Bwrdd Partneriaeth VAWDASV {cy}",
              f"{en} VAWDASV", "vawdasv", [], las, ["domestic-abuse", "safeguarding"],
              d(2018, 4, 1), "quarterly", duty=["vawdasv-2015"], duty_section="s.5")
    board(w, "western-bay-sb", "Western Bay Safeguarding Board", "Bwrdd Diogelu Bae'r Gorllewin", "Western Bay SB",
          "safeguarding_board", ["sswba-2014-part-7"], ["swansea", "neath-port-talbot", "bridgend"],
          ["safeguarding"], d(2016, 4, 6), "quarterly", dissolved=d(2019, 3, 31), successor="west-glamorgan-sb",
          section=SB_SECTION)


def _youth_justice(w: World) -> None:
    """Joint youth justice services first, then one per remaining local authority."""
    in_joint = {la for j in JOINT_YOUTH_JUSTICE for la in j.areas}
    yjs = [(j.id, j.name_en, j.name_cy, list(j.areas)) for j in JOINT_YOUTH_JUSTICE]
    yjs += [(a.id, a.name_en, a.name_cy, [a.id]) for a in LOCAL_AUTHORITIES if a.id not in in_joint]
    for key, en, cy, las in yjs:
        board(w, f"{key}-yjb", f"{en} Youth Justice Service Management Board",
              f"Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid {cy}", f"{en} YJS Board", "youth_justice_board",
              [], las, ["youth-justice", "children-and-young-people"], dt.date(2000, 4, 1), "quarterly",
              reports_to=[f"{las[0]}-csp"], duty=["cda-1998-s39"], duty_section="s.39", statutory=True)

