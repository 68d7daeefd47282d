"""Themes and legislation of the shared Wales reference (hand-written, sourced).

Moved from seed/ctm_facts.py: seed/build_reference.py and every regional builder read these rows, so a
region's copy of a theme or a law is the reference's row, cell for cell. The corporate joint committee
regulations for the other three CJCs sit beside the South East Wales one.
"""

from __future__ import annotations

from seed.ctm_common import (
    GLOSSARY,
    S_B_CSP_SUB,
    S_CDA_5,
    S_CDA_39,
    S_CSP_B,
    S_GOWA_72,
    S_HOMELESS_B,
    S_JOSC,
    S_LGEWA,
    S_LGEWA_CY,
    S_LRF_B,
    S_PA_REGS_11_CY,
    S_PA_REGS_CY,
    S_RPB_REGS,
    S_SB_GUIDE,
    S_SB_LAW,
    S_SB_REGS_CY,
    S_SPPP,
    S_SSWBA_134,
    S_SSWBA_CY,
    S_SSWBA_PT7_CY,
    S_VAWDASV_ACT,
    S_WFGA_29,
    S_WFGA_CY,
    SEED_000,
    SEED_003,
    Row,
    fact,
    illus,
    src,
)

CY_GK = "name_cy: official Welsh name from general knowledge, not in the facts file."

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
    fact(src(GLOSSARY, SEED_000), id=tid, name_en=en, name_cy=cy, source_cy=GLOSSARY) for tid, en, cy in _THEMES_GLOSSARY
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

# required_member_types: what the law prescribes as members of each body it SETS UP (members_section says where).
# A law that only places a duty which a partnership discharges (vawdasv-2015 s.5; cda-1998 s.6 for APBs;
# cca-2004 for LRFs) prescribes no members of that partnership: it is linked through duty_legislation.
LEGISLATION: list[Row] = [
    fact(
        S_WFGA_29, id="wfga-2015", title_en="Well-being of Future Generations (Wales) Act 2015 (Part 4: PSBs)",
        title_cy=WFGA_CY, year=2015, citation="anaw 2015/2, ss.29-30, Sch.3, s.47",
        required_member_types=["local_authority", "local_health_board", "fire_and_rescue_authority", "natural_resources_wales"],
        members_section="s.29(2)", source_cy=S_WFGA_CY,
        note="s.29(1): a PSB for each local authority area; s.29(2) its members. s.30 invited participants (Welsh "
        "Ministers, chief constable, PCC, probation, voluntary sector) are not members.",
    ),
    fact(
        src(S_SSWBA_134, S_SB_LAW, S_SB_GUIDE), id="sswba-2014-pt7",
        title_en="Social Services and Well-being (Wales) Act 2014, Part 7 (safeguarding boards)",
        title_cy=SSWBA_CY + ", Rhan 7", year=2014, citation="anaw 2014/4, ss.134-136",
        required_member_types=["local_authority", "police_force", "local_health_board", "nhs_trust", "probation_service"],
        members_section="s.134(2), (6)", source_cy=src(S_SSWBA_CY, S_SSWBA_PT7_CY),
        note="s.134(4)-(5): the lead partner establishes the board; s.134(6): a board must include a representative "
        "of each partner in s.134(2): the local authority, the chief officer of police, the Local Health Board, an "
        "NHS trust providing services in the area, and probation (the Secretary of State's Offender Management Act "
        "2007 functions, or a provider required to act as a partner).",
    ),
    fact(
        S_RPB_REGS, id="sswba-2014-pt9",
        title_en="Social Services and Well-being (Wales) Act 2014, Part 9 (partnership arrangements, RPBs)",
        title_cy=SSWBA_CY + ", Rhan 9", year=2014, citation="anaw 2014/4, ss.166-169", source_cy=S_PA_REGS_CY,
        note="ss.166-168 empower the Partnership Arrangements (Wales) Regulations 2015 (the regulations' preamble "
        "cites them); the RPBs and their members are prescribed by the regulations (pa-regs-2015), not here.",
    ),
    fact(
        src(S_RPB_REGS, S_PA_REGS_11_CY), id="pa-regs-2015", title_en="Partnership Arrangements (Wales) Regulations 2015",
        title_cy="Rheoliadau Trefniadau Partneriaeth (Cymru) 2015", year=2015, citation="SI 2015/1989 (W. 299)",
        required_member_types=["local_authority", "local_health_board"], members_section="reg 11(1)(a)-(d)",
        source_cy=S_PA_REGS_CY,
        note="In force 6 Apr 2016; regs 2-8: the partnership bodies (a Local Health Board and its local authorities) "
        "must together establish each RPB. reg 11(1): members include an elected member of each local authority, a "
        "member of the Local Health Board, each director of social services and an LHB representative; reg "
        "11(1)(e)-(h) add third-sector, care-provider, service-user and carer representatives (people, not org types).",
    ),
    fact(
        src(S_SB_GUIDE, S_SB_REGS_CY), id="sb-regs-2015", title_en="Safeguarding Boards (General) (Wales) Regulations 2015",
        title_cy="Rheoliadau Byrddau Diogelu (Cyffredinol) (Cymru) 2015", year=2015, citation="SI 2015/1357",
        source_cy=S_SB_REGS_CY,
        note="Made under s.134(1) and (3): safeguarding board areas and lead partners. Members are prescribed by the "
        "Act (sswba-2014-pt7, s.134), so none are listed here.",
    ),
    fact(
        src(S_CDA_5, S_CSP_B, S_B_CSP_SUB), id="cda-1998", title_en="Crime and Disorder Act 1998 (ss.5-7, community safety)",
        year=1998, citation="1998 c.37, ss.5-7",
        required_member_types=[
            "local_authority", "probation_service", "police_force", "fire_and_rescue_authority", "local_health_board",
        ],
        members_section="s.5(1)",
        note="A UK Act: no official Welsh title, so title_cy is empty (Welsh pages show the English title). s.5(1): the responsible authorities whose s.6 strategy the CSP makes (the council, "
        "probation, the chief officer of police, the fire and rescue authority and, in Wales, the Local Health "
        "Board; police authorities left s.5(1)(c) and a police and crime commissioner is not one). s.6 also places "
        "the substance-misuse strategy duty that Area Planning Boards discharge (duty_legislation).",
    ),
    fact(
        S_CDA_39, id="cda-1998-s39", title_en="Crime and Disorder Act 1998, s.39 (youth offending teams)",
        year=1998, citation="1998 c.37, ss.37-39",
        note="A UK Act: no official Welsh title, so title_cy is empty (Welsh pages show the English title). s.39(1): local authorities establish youth offending teams (two or more may act jointly); "
        "s.39(5) lists the professions a team must include. It prescribes no membership of a management board, "
        "so YJS boards are linked through duty_legislation.",
    ),
    fact(
        S_VAWDASV_ACT, id="vawdasv-2015",
        title_en="Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015",
        year=2015, citation="anaw 2015/3, ss.3, 5",
        note="s.5: local authorities and Local Health Boards must prepare local strategies jointly; it sets up no "
        "board, so a regional VAWDASV board discharges the duty (duty_legislation) and has no prescribed members. "
        "Welsh title left empty (not in a source read).",
    ),
    fact(
        S_LRF_B, id="cca-2004", title_en="Civil Contingencies Act 2004",
        year=2004, citation="2004 c.36",
        note="A UK Act: no official Welsh title, so title_cy is empty (Welsh pages show the English title). Category 1 responders in a police area must co-operate and share information, which "
        "they do through the LRF (duty_legislation); the Act's responder lists are duties on those bodies, not a "
        "membership the seed's sources show it prescribing for the forum.",
    ),
    fact(
        S_JOSC, id="lgwm-2011", title_en="Local Government (Wales) Measure 2011",
        year=2011, citation="nawm 2011/4, s.58", required_member_types=["local_authority"], members_section="s.58",
        note="s.58: two or more local authorities may appoint a joint overview and scrutiny committee of their "
        "members. Welsh title left empty (not in a source read).",
    ),
    illus(
        "Illustrative in its Welsh title only (the seed author's rendering); the rest is from the source. "
        "SI number not in the facts file. Members are the appointing councils' (lgwm-2011 s.58), so none are "
        "listed here.",
        source=S_JOSC, id="josc-regs-2013",
        title_en="Local Authorities (Joint Overview and Scrutiny Committees) (Wales) Regulations 2013",
        title_cy="Rheoliadau Awdurdodau Lleol (Cyd-bwyllgorau Trosolwg a Chraffu) (Cymru) 2013", year=2013,
    ),
    fact(
        S_LGEWA, id="lgewa-2021", title_en="Local Government and Elections (Wales) Act 2021 (Part 5: CJCs)",
        title_cy="Deddf Llywodraeth Leol ac Etholiadau (Cymru) 2021", year=2021, citation="asc 2021/1, Part 5",
        source_cy=S_LGEWA_CY,
        note="Part 5 lets Welsh Ministers establish corporate joint committees by regulations, which name the "
        "constituent councils (sew-cjc-regs-2021).",
    ),
    illus(
        "Illustrative in its Welsh title only (the seed author's rendering). In force 1 Apr 2021; functions from "
        "28 Feb 2022; its constituent councils are the CJC's members. SI number not in the facts file (secondary "
        "source).",
        source=S_LGEWA, id="sew-cjc-regs-2021", title_en="South East Wales Corporate Joint Committee Regulations 2021",
        title_cy="Rheoliadau Cyd-bwyllgor Corfforedig De-ddwyrain Cymru 2021", year=2021,
        required_member_types=["local_authority"], members_section="the regulations (constituent councils)",
    ),
    fact(
        S_SPPP, id="sppp-2023", title_en="Social Partnership and Public Procurement (Wales) Act 2023",
        title_cy="Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023", year=2023, citation="asc 2023/1",
        source_cy=SEED_003, note="s.1 establishes the Social Partnership Council; its members are people, not org types.",
    ),
    fact(
        src(S_HOMELESS_B, "https://gov.wales/written-statement-housing-support-grant-guidance-consultation"),
        id="hwa-2014", title_en="Housing (Wales) Act 2014 (Part 2: homelessness)",
        year=2014, citation="anaw 2014/7, Part 2",
        note="No partnership membership prescribed; basis of homelessness reviews/strategies and HSG planning. "
        "Welsh title left empty (not in a source read).",
    ),
    fact(
        S_GOWA_72, id="gowa-2006", title_en="Government of Wales Act 2006, s.72 (Partnership Council)",
        year=2006, citation="2006 c.32, s.72",
        note="s.72: the Welsh Ministers must establish the Partnership Council; its members are appointed people.",
    ),
    illus(
        "Illustrative: 'Youth Justice Plan' duty cited as CDA 1998 s.40 in the facts file, marked GK-U for the "
        "section number. A UK Act: no official Welsh title, so title_cy is empty.",
        source="https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15890",
        id="cda-1998-s40", title_en="Crime and Disorder Act 1998, s.40 (youth justice plans)",
        year=1998, citation="1998 c.37, s.40",
    ),
]


# --- the other three corporate joint committees' establishment regulations ---------------------------
LEGISLATION += [
    fact(
        "https://www.legislation.gov.uk/wsi/2021/352/body/made", id="sww-cjc-regs-2021",
        title_en="South West Wales Corporate Joint Committee Regulations 2021", year=2021, citation="SI 2021/352",
        required_member_types=["local_authority"], members_section="reg 2 (constituent councils), reg 6",
        note="In force 1 Apr 2021: Carmarthenshire, Neath Port Talbot, Pembrokeshire and Swansea county (borough) "
        "councils are the constituent councils. Welsh title left empty (not in a source read).",
    ),
    fact(
        "https://legislation.gov.uk/wsi/2021/342/body/2021-04-01?timeline=false", id="mid-wales-cjc-regs-2021",
        title_en="Mid Wales Corporate Joint Committee Regulations 2021", year=2021, citation="SI 2021/342",
        required_member_types=["local_authority"], members_section="reg 2 (constituent councils), reg 6",
        note="In force 1 Apr 2021: Ceredigion and Powys county councils are the constituent councils. Welsh title "
        "left empty (not in a source read).",
    ),
    illus(
        "Illustrative: the North Wales CJC was established on 1 Apr 2021 by regulations under Part 5 (secondary "
        "source); their SI number and text were not read, so the citation is left empty.",
        source="https://wikimili.com/en/North_Wales_Corporate_Joint_Committee", id="nw-cjc-regs-2021",
        title_en="North Wales Corporate Joint Committee Regulations 2021", year=2021,
        required_member_types=["local_authority"], members_section="the regulations (constituent councils)",
    ),
]
