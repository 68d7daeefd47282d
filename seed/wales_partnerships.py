"""National and cross-region partnerships of the shared Wales reference, with their memberships.

Moved from seed/ctm_regional.py (and the matching rows of seed/ctm_memberships.py): the wider-footprint and
national boards CTM bodies sit on, now owned by the reference (owner ``wales``), plus the three other
corporate joint committees. A region's seed repeats the ones it refers to, identical cell for cell. Same
rule as ctm_partnerships: a row is sourced only if every filled column is sourced.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_CCR,
    S_CCR_CJC,
    S_GOWA_72,
    S_LGEWA,
    S_LRF,
    S_LRF_B,
    S_LRF_CRR,
    S_LRF_GWENT,
    S_LRF_SUB,
    S_LSKIP,
    S_REVIEW,
    S_RSP,
    S_SPC,
    S_SPPP,
    S_VAWDASV_NPB,
    S_VRP,
    S_VRP_2,
    Row,
    fact,
    illus,
    src,
)

CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]
CCR10 = [
    *CTM3, "cardiff", "newport", "caerphilly", "blaenau-gwent", "torfaen", "monmouthshire", "vale-of-glamorgan",
]

PARTNERSHIPS: list[Row] = [
    illus(
        "Sourced: LRF under CCA 2004 on the police-force area; risk assessment leading to the Community Risk "
        "Register; members include LAs, emergency services, PHW, NRW, WG; sub-groups incl. Co-ordination & "
        "Training and Risk groups (secondary). Illustrative: name_cy (seed author's rendering), frequency "
        "(comparator: Gwent LRF meets quarterly, chaired by the Chief Constable), hours, chair, secretariat.",
        source=src(S_LRF, S_LRF_B, S_LRF_CRR, S_LRF_GWENT),
        id="south-wales-lrf", name_en="South Wales Local Resilience Forum",
        name_cy="Fforwm Cydnerthedd Lleol De Cymru", short_name="SW LRF", kind="resilience_forum", level="board",
        statutory=False, duty_legislation=["cca-2004"], duty_section="s.2", areas=["south-wales-police-area"],
        themes=["emergency-planning", "health", "environment", "community-safety"],
        reports_to=["wales-resilience-forum"], chair_org_id="swp", secretariat_id="swp",
        meeting_frequency="quarterly", meeting_hours=2.5, terms_of_reference=True, review_date="2025-01-31",
        purpose_en="Category 1 and 2 responders co-operate to assess risk (Community Risk Register), plan for "
        "emergencies and share information (CCA 2004).",
        purpose_cy="Ymatebwyr Categori 1 a 2 yn cydweithredu i asesu risg (Cofrestr Risg Gymunedol), cynllunio at "
        "argyfyngau a rhannu gwybodaeth.",
    ),
    illus(
        "Sourced (secondary): Wales Resilience Forum above the four LRFs, chaired by the First Minister, about three "
        "times a year. Illustrative: name_cy (seed author's rendering); frequency not an enum fit, left blank. "
        "legislation left empty: CCA 2004's Category 1 list applies to LRFs, not this national forum.",
        source=S_LRF_SUB,
        id="wales-resilience-forum", name_en="Wales Resilience Forum", name_cy="Fforwm Cymru Gydnerth",
        kind="resilience_forum", level="board", statutory=False, areas=["wales"],
        themes=["emergency-planning"], chair_org_id="welsh-government",
    ),
    fact(
        src(S_CCR, S_CCR_CJC, S_LGEWA),
        note="City Deal signed 2016 (£1.1bn UK+WG + £120m from the 10 LAs; South Wales Metro); CJC regulations in "
        "force 1 Apr 2021, functions (economic well-being, transport, strategic planning) from 28 Feb 2022. The "
        "CCR City Deal JOSC scrutinises it (reports_to).",
        id="ccr-cjc", name_en="South East Wales Corporate Joint Committee (Cardiff Capital Region)",
        name_cy="Cyd-bwyllgor Corfforedig De-ddwyrain Cymru", short_name="CCR CJC", kind="city_region",
        level="board", statutory=True, legislation=["lgewa-2021", "sew-cjc-regs-2021"],
        legislation_section="Part 5; the 2021 Regulations", areas=["cardiff-capital-region"],
        themes=["economy", "transport", "skills"], reports_to=["ccr-josc"], established="2021-04-01",
        purpose_en="Economic well-being, strategic transport and strategic planning for the ten councils of the "
        "Cardiff Capital Region; successor vehicle for the City Deal's regional cabinet of ten leaders.",
    ),
    illus(
        "Sourced: CCR City Deal Joint Overview & Scrutiny Committee supported by RCT, meets virtually. "
        "Illustrative: name_cy (seed author's rendering), frequency, hours.",
        source="https://rctcbc.moderngov.co.uk/ieListDocuments.aspx?CId=373&MId=50004778&Ver=4&LLL=0",
        id="ccr-josc", name_en="Cardiff Capital Region City Deal Joint Overview and Scrutiny Committee",
        name_cy="Cydbwyllgor Trosolwg a Chraffu Bargen Ddinesig Prifddinas-Ranbarth Caerdydd", short_name="CCR JOSC",
        kind="scrutiny_committee", level="board", statutory=True, legislation=["lgwm-2011"], legislation_section="s.58",
        areas=["cardiff-capital-region"], themes=["economy", "transport"], secretariat_id="rctcbc",
        meeting_frequency="quarterly", meeting_hours=2,
    ),
    illus(
        "Sourced: WG-funded regional skills partnership for the CCR; Employment and Skills Plan launched Sept 2017 "
        "(8 priorities; chair's call to break down 'silos of self-interest'); SQW review 2019. Illustrative: name_cy, "
        "reports_to the CJC, frequency, hours, ToR status.",
        source=src(S_LSKIP, S_RSP),
        id="ccr-skills-partnership", name_en="Cardiff Capital Region Skills Partnership (LSkIP)",
        name_cy="Partneriaeth Sgiliau Prifddinas-Ranbarth Caerdydd", short_name="CCR RSP", kind="other",
        level="board", statutory=False, areas=["cardiff-capital-region"], themes=["skills", "economy"],
        reports_to=["ccr-cjc"], meeting_frequency="quarterly", meeting_hours=2, terms_of_reference=None,
        purpose_en="Regional employment and skills planning with employers, colleges, universities and councils.",
        purpose_cy="Cynllunio cyflogaeth a sgiliau rhanbarthol gyda chyflogwyr, colegau, prifysgolion a chynghorau.",
    ),
    fact(
        src(S_VRP, S_VRP_2),
        note="13 LAs from Carmarthenshire to Pontypool (only those with area rows listed); prospectus 18 Oct 2018; "
        "hosted by BCBC (extension to June 2023); board of council leaders; VRP Forum.",
        id="valleys-regional-park", name_en="Valleys Regional Park", name_cy="Parc Rhanbarthol y Cymoedd", source_cy=S_VRP,
        short_name="VRP", kind="other", level="board", statutory=False,
        areas=[*CTM3, "caerphilly", "blaenau-gwent", "torfaen", "neath-port-talbot"],
        themes=["environment", "well-being", "economy"], secretariat_id="bcbc",
        purpose_en="Landscape, heritage and well-being partnership for the South Wales Valleys (from the WG "
        "Ministerial Taskforce for the South Wales Valleys, 2018).",
    ),
    # --- national ---------------------------------------------------------------------
    fact(
        src(S_GOWA_72, S_REVIEW),
        note="Statutory WG-local government body; received the Review of Strategic Partnerships (2019-20). "
        "Usually meets 3 times a year (secondary) - no frequency enum fits, left blank. name_cy: s.72 names it "
        "'Cyngor Partneriaeth Cymru'.",
        id="partnership-council-wales", name_en="Partnership Council for Wales", name_cy="Cyngor Partneriaeth Cymru",
        kind="other", level="board", statutory=True, legislation=["gowa-2006"], legislation_section="s.72",
        source_cy=S_GOWA_72, areas=["wales"],
        themes=["well-being"], chair_org_id=None,
    ),
    fact(
        src(S_SPPP, S_SPC, "https://llyw.cymru/cyfarfod-cyngor-partneriaeth-gymdeithasol-1-chwefror-2024-cofnodion-html"),
        note="s.1 in force 29 Jul 2023; first meeting 1 Feb 2024 (used as established). 9 employer + 9 worker reps "
        "+ WG members, the First Minister chairs; meets at least 3 times in any 12 months (no frequency enum fits).",
        id="social-partnership-council", name_en="Social Partnership Council for Wales",
        name_cy="Cyngor Partneriaeth Gymdeithasol Cymru", short_name="SPC", kind="other", level="board",
        statutory=True, legislation=["sppp-2023"], legislation_section="s.1", areas=["wales"], themes=["social-partnership", "economy"],
        established="2024-02-01", chair_org_id="welsh-government",
        purpose_en="Advise Welsh Ministers on the social partnership duty, the 'A prosperous Wales' goal and "
        "socially responsible procurement.",
    ),
    fact(
        S_VAWDASV_NPB,
        note="Oversees the National VAWDASV Strategy 2022-26 (s.3 national strategy); terms of reference published on "
        "gov.wales. legislation left empty: the Act's required member types are for local strategies, not this board.",
        id="vawdasv-npb", name_en="VAWDASV National Partnership Board", kind="vawdasv", level="board",
        statutory=False, areas=["wales"], themes=["domestic-abuse", "safeguarding"],
        terms_of_reference=True, terms_of_reference_url=S_VAWDASV_NPB,
    ),
]

# --- the other three corporate joint committees (constituent councils from their regulations) -----------
_CJC = [
    ("south-west-wales-cjc", "South West Wales Corporate Joint Committee", "SWW CJC", "south-west-wales-cjc-area",
     "sww-cjc-regs-2021", "https://www.legislation.gov.uk/wsi/2021/352/body/made",
     ["carmarthenshire-council", "npt-council", "pembrokeshire-council", "swansea-council"],
     "reg 2: constituent councils Carmarthenshire, Neath Port Talbot, Pembrokeshire and Swansea; in force 1 Apr 2021, "
     "functions from 30 Jun 2022 (strategic planning, regional transport, economic well-being)."),
    ("mid-wales-cjc", "Mid Wales Corporate Joint Committee", "Mid Wales CJC", "mid-wales-cjc-area",
     "mid-wales-cjc-regs-2021", "https://legislation.gov.uk/wsi/2021/342/body/2021-04-01?timeline=false",
     ["ceredigion-council", "powys-council"],
     "reg 2: constituent councils Ceredigion and Powys; in force 1 Apr 2021, functions from 30 Jun 2022."),
    ("north-wales-cjc", "North Wales Corporate Joint Committee", "NW CJC", "north-wales-cjc-area", "nw-cjc-regs-2021",
     "https://wikimili.com/en/North_Wales_Corporate_Joint_Committee",
     ["anglesey-council", "conwy-council", "denbighshire-council", "flintshire-council", "gwynedd-council",
      "wrexham-council"],
     "Established 1 Apr 2021 (secondary source): leaders of the six North Wales councils and the national park "
     "authorities; took over the North Wales Economic Ambition Board's functions."),
]
PARTNERSHIPS += [
    fact(source, id=pid, name_en=en, short_name=short, kind="city_region", level="board", statutory=True,
         legislation=["lgewa-2021", regs], legislation_section="Part 5; the 2021 Regulations", areas=[area],
         themes=["economy", "transport"], established="2021-04-01", note=note,
         purpose_en="Strategic development planning, regional transport planning and economic well-being for its "
         "constituent councils.")
    for pid, en, short, area, regs, source, _councils, note in _CJC
]


# --- memberships of these partnerships --------------------------------------------------------------------

CTM_LAS = ["bcbc", "mtcbc", "rctcbc"]
CCR_LAS = [
    *CTM_LAS, "cardiff-council", "newport-council", "caerphilly-council", "blaenau-gwent-council",
    "torfaen-council", "monmouthshire-council", "vale-of-glamorgan-council",
]
DERIVED = "Illustrative: derived from the statutory basis; this body's membership of this partnership not verified."


def m(source: str, org: str, part: str, role: str = "member", *, since: str | None = None,
      until: str | None = None, note: str | None = None) -> Row:
    """A sourced membership."""
    return fact(source, organisation_id=org, partnership_id=part, role=role, since=since, until=until, note=note)


def d(note: str, org: str, part: str, role: str = "statutory_member", *, source: str, since: str | None = None,
      until: str | None = None) -> Row:
    """A membership derived from the statutory basis or otherwise not verified: illustrative."""
    return illus(note, source=source, organisation_id=org, partnership_id=part, role=role, since=since, until=until)


# Moved from seed/ctm_memberships.py in their old order; the CTM seed repeats every one of them (one names a
# CTM college, coleg-y-cymoedd, so it stays out of the reference: see REFERENCE_MEMBERSHIPS).
SHARED_MEMBERSHIPS: list[Row] = [
    *[m(S_CCR, o, "ccr-cjc", "statutory_member", since="2021-04-01", note="Constituent council (leaders).")
      for o in CCR_LAS],
    *[d(DERIVED + " Joint scrutiny by the ten constituent councils.", o, "ccr-josc", "member", source=S_CCR)
      for o in CCR_LAS],
    m("https://rctcbc.moderngov.co.uk/ieListDocuments.aspx?CId=373&MId=50004778&Ver=4&LLL=0", "rctcbc", "ccr-josc",
      "secretariat", note="RCT supports the CCR City Deal JOSC."),
    m(S_VRP, "bcbc", "valleys-regional-park", "secretariat", note="Host authority (extension to June 2023)."),
    *[m("https://democratic.bridgend.gov.uk/mgAi.aspx?ID=11679&LLL=1", o, "valleys-regional-park", "member",
        note="One of the 13 Valleys councils (board of council leaders).")
      for o in [*CTM_LAS, "caerphilly-council", "blaenau-gwent-council", "torfaen-council", "npt-council"]],
    *[d("Illustrative: skills partnership membership not in the facts file.", o, "ccr-skills-partnership", "member",
        source="https://docslib.org/doc/10144487/regional-skills-partnerships")
      for o in ["welsh-government", "usw", "coleg-y-cymoedd", "dwp", "cardiff-council", "rctcbc"]],
    # --- South Wales LRF -----------------------------------------------------------------
    m(S_LRF, "swansea-bay-pha", "south-wales-lrf", "statutory_member", note="Category 1 member."),
    *[m(src(S_LRF, S_LRF_B), o, "south-wales-lrf", "statutory_member",
        note="Member type named in the sources (LAs, emergency services, health bodies, PHW, NRW); the body is "
        "the one in the South Wales Police area.")
      for o in [*CTM_LAS, "cardiff-council", "vale-of-glamorgan-council", "swansea-council", "npt-council",
                "swp", "swfrs", "wast", "phw", "nrw", "ctmuhb", "cardiff-vale-uhb", "swansea-bay-uhb"]],
    m(S_LRF, "welsh-government", "south-wales-lrf", "member", note="Listed as a member by Swansea Bay PHA."),
    # --- national ------------------------------------------------------------------------
    m(S_SPC, "welsh-government", "social-partnership-council", "chair", since="2024-02-01",
      note="The First Minister chairs; WG members sit with 9 employer and 9 worker representatives."),
    m(S_GOWA_72, "welsh-government", "partnership-council-wales", "member"),
    d("Illustrative: WLGA and CTM councils' seats on the Partnership Council not verified.", "wlga",
      "partnership-council-wales", "member", source=S_GOWA_72),
    m("https://www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-national-partnership-board/"
      "terms-reference", "welsh-government", "vawdasv-npb", "member"),
    d("Illustrative: WG chair of the Wales Resilience Forum (the First Minister, secondary source).",
      "welsh-government", "wales-resilience-forum", "chair", source=S_LRF_SUB),
]
CJC_MEMBERSHIPS: list[Row] = [
    m(source, o, pid, "statutory_member", since="2021-04-01", note="Constituent council (its executive leader).")
    for pid, _en, _short, _area, _regs, source, councils, _note in _CJC for o in councils
]
