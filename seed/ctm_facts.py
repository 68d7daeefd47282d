"""Hand-written, sourced rows of the Cwm Taf Morgannwg seed: areas, themes, legislation.

The other hand-written tables live in sibling modules and are re-exported here, so
``seed.build_ctm`` reads every fact from this one module:
organisations (ctm_orgs), partnerships (ctm_partnerships, ctm_subgroups),
memberships (ctm_memberships), datasets and dataset flows (ctm_datasets).

Sources are the public pages listed in shared/domain/ctm-facts.md; Welsh terms follow
shared/domain/glossary.md. Rows whose detail is GK-U, not found or invented carry
illustrative=true and a note saying why.
"""

from __future__ import annotations

from seed.ctm_common import (
    GLOSSARY,
    S_B_CSP_SUB,
    S_BRIDGEND_MOVE,
    S_CCR,
    S_CDA_39,
    S_CSP_B,
    S_CTMUHB,
    S_GOWA_72,
    S_HOMELESS_B,
    S_JOSC,
    S_LGEWA,
    S_LRF,
    S_LRF_B,
    S_REGION_RENAME,
    S_RPB_REGS,
    S_SB_GUIDE,
    S_SB_LAW,
    S_SPPP,
    S_UHB_CY,
    S_VAWDASV_ACT,
    S_WFGA_29,
    SEED_000,
    SEED_003,
    Row,
    fact,
    illus,
    src,
)
from seed.ctm_datasets import DATASET_FLOWS, DATASETS
from seed.ctm_memberships import MEMBERSHIPS
from seed.ctm_orgs import ORGANISATIONS
from seed.ctm_partnerships import BOARDS
from seed.ctm_subgroups import SUBGROUPS

CY_GK = "name_cy: official Welsh name from general knowledge, not in the facts file."

# ---------------------------------------------------------------------------
# Areas: ctm is the only area of kind region (the loader infers the region from it).
# ---------------------------------------------------------------------------

AREAS: list[Row] = [
    fact(S_GOWA_72, id="wales", name_en="Wales", name_cy="Cymru", kind="nation", parent_id=None),
    fact(
        src(S_CTMUHB, S_REGION_RENAME, S_UHB_CY),
        id="ctm", name_en="Cwm Taf Morgannwg", name_cy="Cwm Taf Morgannwg", kind="region", parent_id="wales",
        note="Region renamed from 'Cwm Taf region' on 1 Apr 2019 when Bridgend moved to the health board footprint.",
    ),
    fact(
        src(S_CTMUHB, GLOSSARY), id="bridgend", name_en="Bridgend", name_cy="Pen-y-bont ar Ogwr",
        kind="local_authority", parent_id="ctm",
        note="Part of CTM from 1 Apr 2019 (previously Western Bay); WG: Bridgend worked on two overlapping footprints.",
    ),
    fact(
        src(S_CTMUHB, GLOSSARY), id="merthyr-tydfil", name_en="Merthyr Tydfil", name_cy="Merthyr Tudful",
        kind="local_authority", parent_id="ctm",
    ),
    fact(
        src(S_CTMUHB, GLOSSARY), id="rhondda-cynon-taf", name_en="Rhondda Cynon Taf", name_cy="Rhondda Cynon Taf",
        kind="local_authority", parent_id="ctm",
    ),
    fact(
        src(S_LRF, S_LRF_B), id="south-wales-police-area", name_en="South Wales Police area",
        name_cy="Ardal Heddlu De Cymru", kind="police_area", parent_id="wales",
        note="LRF footprint (incl. Bridgend, Merthyr, RCT, Cardiff, Swansea). " + CY_GK,
    ),
    fact(
        src(S_CCR, S_LGEWA), id="cardiff-capital-region", name_en="Cardiff Capital Region",
        name_cy="Prifddinas-Ranbarth Caerdydd", kind="city_region", parent_id="wales",
        note="10 local authorities incl. Bridgend, Merthyr Tydfil and RCT. " + CY_GK,
    ),
]

_CCR_LAS = [
    ("cardiff", "Cardiff", "Caerdydd"),
    ("newport", "Newport", "Casnewydd"),
    ("caerphilly", "Caerphilly", "Caerffili"),
    ("blaenau-gwent", "Blaenau Gwent", "Blaenau Gwent"),
    ("torfaen", "Torfaen", "Torfaen"),
    ("monmouthshire", "Monmouthshire", "Sir Fynwy"),
    ("vale-of-glamorgan", "Vale of Glamorgan", "Bro Morgannwg"),
]
AREAS += [
    fact(
        S_CCR, id=aid, name_en=en, name_cy=cy, kind="local_authority", parent_id="cardiff-capital-region",
        note="Cardiff Capital Region council outside CTM. " + CY_GK,
    )
    for aid, en, cy in _CCR_LAS
]
AREAS += [
    fact(
        src(S_LRF, S_BRIDGEND_MOVE), id=aid, name_en=en, name_cy=cy, kind="local_authority",
        parent_id="south-wales-police-area",
        note="In the South Wales Police / LRF area; with Bridgend formerly the Western Bay region. " + CY_GK,
    )
    for aid, en, cy in [("swansea", "Swansea", "Abertawe"), ("neath-port-talbot", "Neath Port Talbot", "Castell-nedd Port Talbot")]
]

# ---------------------------------------------------------------------------
# Themes: Welsh names from the glossary where it has them.
# ---------------------------------------------------------------------------

_THEMES_GLOSSARY = [
    ("safeguarding", "Safeguarding", "Diogelu"),
    ("substance-misuse", "Substance misuse", "Camddefnyddio sylweddau"),
    ("domestic-abuse", "Domestic abuse", "Cam-drin domestig"),
    ("mental-health", "Mental health and mental ill-health", "Iechyd meddwl a salwch meddwl"),
    ("children-looked-after", "Children looked after", "Plant sy'n derbyn gofal"),
    ("community-safety", "Community safety", "Diogelwch cymunedol"),
    ("social-care", "Social care", "Gofal cymdeithasol"),
    ("poverty", "Poverty, deprivation and inequalities", "Tlodi, amddifadedd ac anghydraddoldebau"),
    ("carers", "Carers", "Gofalwyr"),
    ("well-being", "Well-being", "Llesiant"),
]
_THEMES_GK = [
    ("housing", "Housing and homelessness", "Tai a digartrefedd"),
    ("youth-justice", "Youth justice", "Cyfiawnder ieuenctid"),
    ("emergency-planning", "Emergency planning and resilience", "Cynllunio at argyfwng a chydnerthedd"),
    ("economy", "Economy", "Economi"),
    ("early-years", "Early years and families", "Blynyddoedd cynnar a theuluoedd"),
    ("health", "Health", "Iechyd"),
    ("environment", "Environment", "Amgylchedd"),
    ("skills", "Skills and employment", "Sgiliau a chyflogaeth"),
    ("transport", "Transport", "Trafnidiaeth"),
    ("dementia", "Dementia", "Dementia"),
    ("exploitation", "Exploitation and extra-familial harm", "Camfanteisio a niwed y tu allan i'r teulu"),
    ("social-partnership", "Social partnership", "Partneriaeth gymdeithasol"),
]
THEMES: list[Row] = [
    fact(src(GLOSSARY, SEED_000), id=tid, name_en=en, name_cy=cy) for tid, en, cy in _THEMES_GLOSSARY
] + [
    fact(
        src(GLOSSARY, "ctm-facts.md (remits of the partnerships listed there)"), id=tid, name_en=en, name_cy=cy,
        note="Theme taken from the partnerships' remits in the facts file; name_cy is the seed author's Welsh term "
        "(not in the glossary).",
    )
    for tid, en, cy in _THEMES_GK
]
THEMES[-1]["source"] = src(GLOSSARY, SEED_003)

# ---------------------------------------------------------------------------
# Legislation, with the organisation types each names as statutory members (facts 2a).
# ---------------------------------------------------------------------------

WFGA_CY = "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015"
SSWBA_CY = "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014"

LEGISLATION: list[Row] = [
    fact(
        S_WFGA_29, id="wfga-2015", title_en="Well-being of Future Generations (Wales) Act 2015 (Part 4: PSBs)",
        title_cy=WFGA_CY, year=2015, citation="anaw 2015/2, ss.29-30, Sch.3, s.47",
        required_member_types=["local_authority", "local_health_board", "fire_and_rescue_authority", "natural_resources_wales"],
        note="s.30 invited participants (Welsh Ministers, chief constable, PCC, probation, voluntary sector) are not "
        "members. Welsh title from seed text / glossary.",
    ),
    fact(
        src(S_SB_LAW, S_SB_GUIDE), id="sswba-2014-pt7",
        title_en="Social Services and Well-being (Wales) Act 2014, Part 7 (safeguarding boards)",
        title_cy=SSWBA_CY + ", Rhan 7", year=2014, citation="anaw 2014/4, ss.134-136",
        required_member_types=["local_authority", "police_force", "local_health_board", "nhs_trust", "probation_service"],
        note="s.134 partners also include the Secretary of State (Offender Management Act 2007 functions).",
    ),
    fact(
        src(S_RPB_REGS, S_CTMUHB), id="sswba-2014-pt9",
        title_en="Social Services and Well-being (Wales) Act 2014, Part 9 (partnership arrangements, RPBs)",
        title_cy=SSWBA_CY + ", Rhan 9", year=2014, citation="anaw 2014/4, ss.166-169",
        required_member_types=["local_authority", "local_health_board"],
    ),
    fact(
        S_RPB_REGS, id="pa-regs-2015", title_en="Partnership Arrangements (Wales) Regulations 2015",
        title_cy="Rheoliadau Trefniadau Partneriaeth (Cymru) 2015", year=2015, citation="SI 2015/1989 (W. 299)",
        required_member_types=["local_authority", "local_health_board"],
        note="In force 6 Apr 2016; regs 2-8 name each RPB and its partnership bodies. The 2019 amendment moving "
        "Bridgend was not read (GK-U). Welsh title is the seed author's rendering.",
    ),
    fact(
        S_SB_GUIDE, id="sb-regs-2015", title_en="Safeguarding Boards (General) (Wales) Regulations 2015",
        title_cy="Rheoliadau Byrddau Diogelu (Cyffredinol) (Cymru) 2015", year=2015, citation="SI 2015/1357",
        note="Welsh title is the seed author's rendering.",
    ),
    fact(
        src(S_CSP_B, S_B_CSP_SUB), id="cda-1998", title_en="Crime and Disorder Act 1998 (ss.5-7, community safety)",
        title_cy="Deddf Trosedd ac Anhrefn 1998", year=1998, citation="1998 c.37, ss.5-7",
        required_member_types=[
            "local_authority", "police_force", "police_and_crime_commissioner",
            "fire_and_rescue_authority", "local_health_board", "probation_service",
        ],
        note="Responsible authorities; also the basis of the substance-misuse strategy duty discharged by APBs.",
    ),
    fact(
        S_CDA_39, id="cda-1998-s39", title_en="Crime and Disorder Act 1998, s.39 (youth offending teams)",
        title_cy="Deddf Trosedd ac Anhrefn 1998, a.39", year=1998, citation="1998 c.37, ss.37-39",
        required_member_types=["local_authority", "police_force", "probation_service", "local_health_board"],
        note="Two or more LAs may establish a YOT jointly; s.39(5) lists the professions a YOT must include.",
    ),
    fact(
        S_VAWDASV_ACT, id="vawdasv-2015",
        title_en="Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015",
        title_cy="Deddf Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol (Cymru) 2015", year=2015,
        citation="anaw 2015/3, ss.3, 5", required_member_types=["local_authority", "local_health_board"],
        note="s.5: local strategies prepared jointly by local authorities and Local Health Boards.",
    ),
    fact(
        S_LRF_B, id="cca-2004", title_en="Civil Contingencies Act 2004", title_cy="Deddf Argyfyngau Sifil 2004",
        year=2004, citation="2004 c.36",
        required_member_types=[
            "local_authority", "police_force", "fire_and_rescue_authority", "local_health_board", "nhs_trust",
            "natural_resources_wales",
        ],
        note="Category 1 responders in a police area must co-operate and share information (forming an LRF).",
    ),
    fact(
        S_JOSC, id="lgwm-2011", title_en="Local Government (Wales) Measure 2011", title_cy="Mesur Llywodraeth Leol (Cymru) 2011",
        year=2011, citation="nawm 2011/4, s.58", required_member_types=["local_authority"],
        note="s.58 joint overview and scrutiny committees.",
    ),
    fact(
        S_JOSC, id="josc-regs-2013",
        title_en="Local Authorities (Joint Overview and Scrutiny Committees) (Wales) Regulations 2013",
        title_cy="Rheoliadau Awdurdodau Lleol (Cyd-bwyllgorau Trosolwg a Chraffu) (Cymru) 2013", year=2013,
        required_member_types=["local_authority"], note="SI number not in the facts file. Welsh title: seed author's rendering.",
    ),
    fact(
        S_LGEWA, id="lgewa-2021", title_en="Local Government and Elections (Wales) Act 2021 (Part 5: CJCs)",
        title_cy="Deddf Llywodraeth Leol ac Etholiadau (Cymru) 2021", year=2021, citation="asc 2021/1, Part 5",
        required_member_types=["local_authority"],
    ),
    fact(
        S_LGEWA, id="sew-cjc-regs-2021", title_en="South East Wales Corporate Joint Committee Regulations 2021",
        title_cy="Rheoliadau Cyd-bwyllgor Corfforedig De-ddwyrain Cymru 2021", year=2021,
        required_member_types=["local_authority"],
        note="In force 1 Apr 2021; functions from 28 Feb 2022. SI number not in the facts file (secondary source).",
    ),
    fact(
        S_SPPP, id="sppp-2023", title_en="Social Partnership and Public Procurement (Wales) Act 2023",
        title_cy="Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023", year=2023, citation="asc 2023/1",
        note="Welsh title as in seed 003.",
    ),
    fact(
        src(S_HOMELESS_B, "https://gov.wales/written-statement-housing-support-grant-guidance-consultation"),
        id="hwa-2014", title_en="Housing (Wales) Act 2014 (Part 2: homelessness)", title_cy="Deddf Tai (Cymru) 2014",
        year=2014, citation="anaw 2014/7, Part 2",
        note="No partnership membership prescribed; basis of homelessness reviews/strategies and HSG planning.",
    ),
    fact(
        S_GOWA_72, id="gowa-2006", title_en="Government of Wales Act 2006, s.72 (Partnership Council)",
        title_cy="Deddf Llywodraeth Cymru 2006, a.72", year=2006, citation="2006 c.32, s.72",
    ),
    illus(
        "Illustrative: 'Youth Justice Plan' duty cited as CDA 1998 s.40 in the facts file, marked GK-U for the "
        "section number.",
        source="https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15890",
        id="cda-1998-s40", title_en="Crime and Disorder Act 1998, s.40 (youth justice plans)",
        title_cy="Deddf Trosedd ac Anhrefn 1998, a.40", year=1998, citation="1998 c.37, s.40",
    ),
]

__all__ = [
    "AREAS",
    "BOARDS",
    "DATASETS",
    "DATASET_FLOWS",
    "LEGISLATION",
    "MEMBERSHIPS",
    "ORGANISATIONS",
    "SUBGROUPS",
    "THEMES",
]
