"""Wider-footprint and national boards that CTM bodies sit on (hand-written from the facts file).

Same rule as ctm_partnerships: a row is sourced only if every filled column is sourced.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_CCR,
    S_CCR_CJC,
    S_GOWA_72,
    S_HSG,
    S_HSG_GUIDE,
    S_HSG_RCT,
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

REGIONAL_BOARDS: list[Row] = [
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
    illus(
        "Illustrative: a regional housing support collaborative group for CTM is GK-U (name 'Regional Housing "
        "Support Collaborative Group' not confirmed for CTM); HSG guidance ch.5 describes regional working. "
        "Everything but the HSG context is invented.",
        source=src(S_HSG, S_HSG_GUIDE, S_HSG_RCT),
        id="ctm-housing-support-group", name_en="CTM Regional Housing Support Collaborative Group",
        name_cy="Grŵp Cydweithredol Rhanbarthol Cymorth Tai Cwm Taf Morgannwg", short_name="CTM RHSCG",
        kind="other", level="board", statutory=False, duty_legislation=["hwa-2014"], duty_section="Part 2",
        areas=CTM3,
        themes=["housing", "poverty", "substance-misuse", "domestic-abuse", "mental-health"],
        secretariat_id="mtcbc", meeting_frequency="quarterly", meeting_hours=2, terms_of_reference=False,
        purpose_en="Share Housing Support Grant planning (needs assessments, delivery plans) across the three councils.",
        purpose_cy="Rhannu cynllunio'r Grant Cymorth Tai ar draws y tri chyngor.",
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
