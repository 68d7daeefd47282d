"""Shared constants and row helpers for the Cwm Taf Morgannwg seed.

Every row in the seed carries ``source``, ``as_of``, ``illustrative`` and ``note``.
``fact`` builds a sourced row; ``illus`` builds an illustrative one and insists on a note
saying why. Source URLs are kept here once so the rows stay short and consistent.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

AS_OF = "2025-11-01"
GENERATOR = "Illustrative (Tirlun seed generator, seed/build_ctm.py)"
FACTS = "shared/domain/ctm-facts.md"
SEED_000 = "WCPP, Multi-agency working in Cwm Taf Morgannwg (Welsh text), shared/seeds/000_88ccf97dff615df5.txt"
SEED_003 = (
    "Welsh Government, Review of social partnerships within Welsh Government: Social Partnership Assessment Tool "
    "(Welsh text), shared/seeds/003_3ade89d38bb59c0d.txt"
)
SEED_004 = "Multi-agency effectiveness factors for children looked after (Welsh text), shared/seeds/004_8b6efade033f6359.txt"
GLOSSARY = "Tirlun glossary, shared/domain/glossary.md"
SILO_NOTE = (
    "Seed 000 (WCPP, CTM) found data and information are often confined to policy domains or regional structures "
    "('data a gwybodaeth yn aml yn cael eu cyfyngu mewn parthau polisi neu strwythurau rhanbarthol')."
)

# --- sources (from shared/domain/ctm-facts.md) -------------------------------------
S_CTMUHB = "https://cwmtafmorgannwg.wales/news-from-the-board-7/"
S_BRIDGEND_MOVE = (
    "https://www.gov.wales/written-statement-effective-partnership-arrangements-bridgend-proposed-health-board-boundary-change"
)
S_REGION_RENAME = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=9108"
S_UHB_CY = (
    "https://gofalsylfaenolun.gig.cymru/gweithio-mewn-clystyrau/ardal-clwstwr/bwrdd-iechyd-prifysgol-cwm-taf-morgannwg/"
)
S_GOWA_72 = "https://legislation.gov.uk/ukpga/2006/32/section/72/2014-03-10/data.html"

S_CTM_PSB = "http://rctcbc.gov.uk/EN/Council/Partnerships/Workingwithothers/CwmTafMorgannwgPublicServicesBoard.aspx"
S_CTM_PSB_MERGE = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15222&LLL=0"
S_CTM_PSB_WORKSHOP = "https://rctcbc.moderngov.co.uk/mgAi.aspx?ID=25131&LLL=1"
S_CTM_WBP = "https://rctcbc.moderngov.co.uk/ieDecisionDetails.aspx?ID=582&LLL=0"
S_CT_PSB = "http://www.ourcwmtaf.wales/launch-of-cwm-taf-well-being-plan"
S_CT_PSB_2022 = "https://rctcbc.moderngov.co.uk/mgAi.aspx?ID=22856&LLL=1"
S_CT_PSB_BBC = "https://feeds.bbci.co.uk/cymrufyw/43980365"
S_B_PSB = "https://www.bridgend.gov.uk/my-council/bridgend-public-services-board/"
S_B_PSB_BAVO = "https://www.bavo.org.uk/bridgend-public-services-board"
S_B_PSB_AR = "https://vdocuments.pub/201819-1st-annual-report-published-04072019-psb-has-20-members-5-sub-boards-72.html"
S_B_CSP_SUB = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=9214&LLL=0"
S_JOSC = "https://www.rctcbc.gov.uk/EN/Council/Scrutiny/CwmtafPSBScrutiny/"
S_JOSC_2 = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15628"
S_RPB_REGS = "https://legislation.gov.uk/wsi/2015/1989/body/made/data.html"
S_RPB_FUND = "https://bcuhb.nhs.wales/news/health-board-news/22-7m-funding-announced-towards-delivering-a-healthier-wales"
S_RPB_CYP = "https://www.childcomwales.org.uk/faqs/case-study-cwm-taf/"
S_RPB_WG = "https://cofnod.senedd.cymru/WrittenQuestion/96262"
S_RPB_GUIDANCE = (
    "https://pdfslide.net/documents/social-services-and-well-being-wales-act-2014-partnership-boards-to-manage-and.html"
)
S_SB = "https://cwmtafmorgannwgsafeguardingboard.co.uk/En/Help/PrivacyPolicy.aspx"
S_SB_RCT = (
    "http://www.rctcbc.gov.uk/EN/Council/DataProtectionandFreedomofInformation/DataProtection/serviceprivacynotices/"
    "CommunityandChildrensServices/CwmTafMorgannwgSafeguardingPrivacyNotice.aspx"
)
S_SB_LAW = (
    "https://www.legislation.gov.uk/anaw/2014/4/part/7/crossheading/"
    "safeguarding-children-boards-and-safeguarding-adults-boards?view=plain"
)
S_SB_GUIDE = (
    "https://law.gov.wales/publicservices/social-care/Local-authority-responsibilities/Safeguarding/safeguarding-boards/?lang=en"
)
S_APB = "http://democracy.swansea.gov.uk/mgIssueHistoryHome.aspx?IId=45573&LLL=0"
S_APB_WG = "https://gov.wales/ps24m-boost-tackling-substance-misuse-wales-0"
S_APB_MERTHYR = "https://paperzz.com/doc/7308513/substance-misuse---voluntary-action-merthyr-tydfil"
S_CSP_B = "https://uat.bridgend.gov.uk/council/council-and-democracy/overview-and-scrutiny-committees/crime-and-disorder"
S_CSP_PARL = "https://publications.parliament.uk/pa/cm200405/cmselect/cmwelaf/46/46we14.htm"
S_CSP_CT = "https://docslib.org/doc/4927834/annual-report-2010-11-contents"
S_MERTHYR_VAWDASV = "https://democracy.merthyr.gov.uk/ieListDocuments.aspx?CId=383&MId=4810&Ver=4"
S_VAWDASV_ACT = "https://legalize.dev/uk/law/anaw-2015-3"
S_YJS_CT_2024 = "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/08/cwmtaf"
S_YJS_CT_2017 = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2017/07/cwmtaffji/"
S_YJS_CT_RCT = "https://rctcbc.moderngov.co.uk/mgAi.aspx?ID=19603&LLL=0"
S_CDA_39 = "https://www.legislation.gov.uk/ukpga/1998/37/section/39/data.xht"
S_YJS_B = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=12066&LLL=0"
S_YJS_B_PLAN = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15890"
S_YJS_B_2022 = "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/06/bridgend-yjs"
S_LRF = "https://www.swansea.gov.uk/swanseabayphacivilcontingency"
S_LRF_B = "http://www.bridgend.gov.uk/services/emergency-planning/local-authority-rsponsibilities-under-the-cca.aspx"
S_LRF_CRR = "http://www.pressreader.com/uk/south-wales-echo/20181114/281775630186485"
S_LRF_GWENT = "http://www.gwentprepared.org.uk/index.php?id=60"
S_LRF_SUB = "https://encycloreader.org/r/handwiki.php?q=Social%3AEmergency_planning_in_Wales (secondary)"
S_CCR = "http://www.monmouthshire.gov.uk/cardiff-capital-region-city-deal"
S_CCR_CJC = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=13491"
S_LSKIP = (
    "http://www.bqlive.co.uk/public-sector/2017/09/25/news/employment-and-skills-plan-launched-in-cardiff-capital-region-27837/"
)
S_RSP = "https://docslib.org/doc/10144487/regional-skills-partnerships"
S_VRP = "https://parcrhanbartholycymoedd.cymru/cabinet-i-drafod-ymestyn-rol-lletya-parc-rhanbarthol-y-cymoedd/"
S_VRP_2 = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=11679&LLL=1"
S_HSG = "https://gov.wales/written-statement-housing-support-grant-guidance-consultation"
S_HSG_RCT = "https://rctcbc.moderngov.co.uk/mgDecisionDetails.aspx?IId=50020982&Opt=1&LLL=0"
S_HSG_GUIDE = "https://dokumen.tips/documents/housing-support-grant-guidance-draft-2019-10-03-guidance-draft-practice-guidance.html"
S_HOMELESS_B = "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=10365&LLL=0"
S_EARLY_YEARS = (
    "https://www.rctcbc.gov.uk/EN/Newsroom/PressReleases/2019/July/CabinetMembersagreeimprovementstoFlyingStartprovision.aspx"
)
S_CIW = "https://law.gov.wales/regulation-social-care-services-under-regulation-and-inspection-social-care-wales-act-2016-0"
S_TSSW = "https://www.westerntelegraph.co.uk/news/19810436.west-wales-groups-benefit-millions-allocated-support-voluntary-sector/"
S_WASPI = "https://www.waspi.gov.wales/framework-documentation/"
S_PNA_LAW = (
    "https://law.gov.wales/publicservices/social-care/Local-authority-responsibilities/general-and-strategic-duties/"
    "population-assessments-and-area-plans/?lang=en"
)
S_WFGA_29 = "https://legislation.gov.uk/anaw/2015/2/part/4/data.xht?view=snippet&wrap=true"
# --- the law's own text (legislation.gov.uk), read for the sections that set bodies up and prescribe members
S_CDA_5 = "https://legislation.gov.uk/ukpga/1998/37/section/5/2023-12-20/data.html"
S_SSWBA_134 = "https://legislation.gov.uk/anaw/2014/4/section/134/2020-04-01/data.xht?view=snippet&wrap=true"
S_PA_REGS_11_CY = "https://legislation.gov.uk/wsi/2015/1989/regulation/11/made/welsh/data.html"
# --- Welsh-language sources (for source_cy: where a row's Welsh columns come from)
S_WFGA_CY = "https://legislation.gov.uk/anaw/2015/2/2021-12-03/welsh?view=interweave&wrap=true"
S_WFGA_BODIES_CY = "https://llyw.cymru/deddf-llesiant-cenedlaethaur-dyfodol-cymru-2015-yr-hanfodion-html"
S_NRW_CY = "https://www.blaenaugwentpsb.org.uk/cy/byrddau-gwasanaethau-cyhoeddus/deddf-lles-cenedlaethaur-dyfodol-cymru/"
S_SSWBA_CY = "https://www.legislation.gov.uk/cy/anaw/2014/4/section/134/enacted/welsh?view=plain"
S_SSWBA_PT7_CY = "https://legislation.gov.uk/cy/anaw/2014/4/part/7/2016-04-06/welsh?timeline=false"
S_PA_REGS_CY = "https://legislation.gov.uk/wsi/2015/1989/welsh/data.html"
S_SB_REGS_CY = "http://www.legislation.gov.uk/wsi/2015/1357/made/welsh/data.xht?view=snippet&wrap=true"
S_LGEWA_CY = "https://legislation.gov.uk/anaw/2015/2/schedule/3/welsh/data.akn"
S_WFGA_37 = "http://legislation.gov.uk/anaw/2015/2/section/37/2016-02-01"
S_WFGA_PSB_TIERS = "http://beta.swansea.gov.uk/article/27001/The-difference-between-statutory-members-invited-participants-and-other-partners"
S_LGEWA = "https://edgio-community-examples-v7-full-featured-perfor-f74158.edgio.link/wiki/South_East_Wales_Corporate_Joint_Committee"
S_SPPP = "https://www.legislation.gov.uk/asc/2023/1/part/1/crossheading/establishment-and-purpose?view=plain"
S_SPC = "https://gov.wales/social-partnership-council/procedures"
S_REVIEW = "https://www.wlga.gov.uk/review-of-strategic-partnerships-june-2019"
S_VAWDASV_NPB = (
    "https://www.gov.wales/violence-against-women-domestic-abuse-and-sexual-violence-national-partnership-board/terms-reference"
)
S_MSR = (
    "http://ln-legislation.ukwest.cloudapp.azure.com/legal/legislation/welsh-acts/"
    "social-services-and-well-being-wales-act-2014-anaw4/part-8/section-144b"
)
S_SAIL = "https://ijpds.org/article/view/1694?articlesBySameAuthorPage=5"
S_HSCWB_RCT = "https://docslib.org/doc/2654132/health-social-care-and-wellbeing-strategy-for-rhondda-cynon-taff-2011"
S_POOLED = "https://vdocument.in/welsh-government-pooled-budgets-evaluation-framework-welsh-government-recently-released.html"
S_RCT_CY = "https://rctcbc.gov.uk/CY/Council/AbouttheCouncil/AbouttheCouncil.aspx"
S_NPT_PSB = "http://www.senedd.assembly.wales/documents/s76591/PSB%2033%20-%20Neath%20Port%20Talbot.html?CT=2"
S_CT_WBA = "https://ctmpublicserviceboard.wales/cwm-taf-wellbeing-assessment?skin=printerfriendly"


def src(*parts: str) -> str:
    """Several sources in one cell, separated by ' ; ' as in the facts file."""
    return " ; ".join(parts)


def fact(source: str, *, as_of: str = AS_OF, note: str | None = None, **cols: Any) -> Row:
    """A sourced row (illustrative=false)."""
    return {**cols, "source": source, "as_of": as_of, "illustrative": False, "note": note}


def illus(note: str, *, source: str = GENERATOR, as_of: str = AS_OF, **cols: Any) -> Row:
    """An illustrative row: invented or unverified detail, with a note saying why."""
    if not note:
        raise ValueError("an illustrative row needs a note saying why")
    return {**cols, "source": source, "as_of": as_of, "illustrative": True, "note": note}
