"""Boards of the Cwm Taf Morgannwg partnership landscape (hand-written from the facts file).

A row is sourced (illustrative=false) only when every filled column is in a source; when
any detail is GK-U, not found or invented (a Welsh name rendered by the seed author, a
meeting frequency, a secretariat), the row is illustrative and its note lists which
columns are sourced and which are not. Sub-groups are in ctm_subgroups.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_APB,
    S_APB_MERTHYR,
    S_APB_WG,
    S_B_CSP_SUB,
    S_B_PSB,
    S_B_PSB_AR,
    S_CDA_39,
    S_CSP_B,
    S_CSP_CT,
    S_CSP_PARL,
    S_CT_PSB,
    S_CT_PSB_2022,
    S_CTM_PSB,
    S_CTM_PSB_MERGE,
    S_CTM_PSB_WORKSHOP,
    S_CTM_WBP,
    S_HSG,
    S_HSG_GUIDE,
    S_HSG_RCT,
    S_JOSC,
    S_JOSC_2,
    S_MERTHYR_VAWDASV,
    S_REGION_RENAME,
    S_RPB_CYP,
    S_RPB_FUND,
    S_RPB_REGS,
    S_RPB_WG,
    S_SB,
    S_SB_GUIDE,
    S_SB_LAW,
    S_VAWDASV_ACT,
    S_YJS_B,
    S_YJS_B_2022,
    S_YJS_CT_2017,
    S_YJS_CT_2024,
    S_YJS_CT_RCT,
    Row,
    fact,
    illus,
    src,
)
from seed.wales_partnerships import PARTNERSHIPS as SHARED_PARTNERSHIPS

CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]
CT2 = ["merthyr-tydfil", "rhondda-cynon-taf"]
CY_AUTHOR = "name_cy is the seed author's translation (official Welsh name not verified)"

BOARDS: list[Row] = [
    # --- Public Services Boards and their lineage --------------------------------------
    illus(
        "Sourced: name, statutory basis, footprint, inaugural meeting 18 May 2023, merger of Cwm Taf and Bridgend "
        "PSBs, well-being plan, scrutiny by the CTM JOSC. Illustrative: name_cy (GK-U, Welsh form not seen in a "
        "source), meeting_frequency, meeting_hours, secretariat_id (CTM PSB frequency and support not found), "
        "short_name_cy: BGC is the abbreviation Welsh public bodies use for a PSB in Welsh (Bwrdd Gwasanaethau "
        "Cyhoeddus Bro Morgannwg (BGC), https://www.valeofglamorgan.gov.uk/cy/our_council/press_and_communications/"
        "latest_news/2022/January/Vale-Public-Services-Board-launches-next-stage-of-Wellbeing-Assessment.aspx ; "
        "'BGC Abertawe', http://swanseascrutiny.co.uk/2021/07/15/bwrdd-craffu-gwasanaethau-cyhoeddus-abertawe/?lang=cy); "
        "'BGC Cwm Taf Morgannwg' follows that form but was not itself seen in a source.",
        source=src(S_CTM_PSB, S_CTM_PSB_MERGE, S_CTM_PSB_WORKSHOP, S_CTM_WBP, S_JOSC),
        id="ctm-psb", name_en="Cwm Taf Morgannwg Public Services Board",
        name_cy="Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg", short_name="CTM PSB",
        short_name_cy="BGC Cwm Taf Morgannwg", kind="psb", level="board",
        statutory=True, legislation=["wfga-2015"], legislation_section="s.29(1); merged under s.47", areas=CTM3,
        themes=["well-being", "poverty", "health", "environment", "economy", "housing", "community-safety", "early-years"],
        reports_to=["ctm-josc"], established="2023-05-18", secretariat_id="rctcbc",
        meeting_frequency="quarterly", meeting_hours=2.5,
        purpose_en="Improve the economic, social, environmental and cultural well-being of Bridgend, Merthyr Tydfil "
        "and Rhondda Cynon Taf; merged 'to reduce duplication and enable more effective joint working'. Well-being "
        "Plan 2023-28 'A More Equal Cwm Taf Morgannwg': healthy local neighbourhoods; sustainable and resilient "
        "local neighbourhoods.",
        purpose_cy="Gwella llesiant economaidd, cymdeithasol, amgylcheddol a diwylliannol Pen-y-bont ar Ogwr, "
        "Merthyr Tudful a Rhondda Cynon Taf; unwyd er mwyn lleihau dyblygu a galluogi cydweithio mwy effeithiol. "
        "Cynllun Llesiant 2023-28: cymdogaethau lleol iach; cymdogaethau lleol cynaliadwy a chydnerth.",
    ),
    fact(
        src(S_CT_PSB, S_CT_PSB_2022, "https://feeds.bbci.co.uk/cymrufyw/43980365"),
        note="Dissolved into the CTM PSB in May 2023 (dissolved = the CTM PSB's inaugural meeting). Chair 2022: an "
        "Assistant PCC who also chaired Bridgend PSB. Established = PSBs replacing LSBs from April 2016.",
        id="cwm-taf-psb", name_en="Cwm Taf Public Services Board", name_cy="Bwrdd Gwasanaethau Cyhoeddus Cwm Taf",
        short_name="Cwm Taf PSB", kind="psb", level="board", statutory=True, legislation=["wfga-2015"],
        legislation_section="s.29(1); merged under s.47", areas=CT2,
        themes=["well-being", "community-safety", "health", "economy", "poverty"], reports_to=["cwm-taf-psb-josc"],
        established="2016-04-01", dissolved="2023-05-18", successor_id="ctm-psb", chair_org_id="south-wales-pcc",
        purpose_en="Well-being Plan 2018-23: thriving communities, healthy people, a strong economy, tackling "
        "loneliness and isolation; place-based pilots in Ferndale/Tylorstown and Gurnos.",
    ),
    fact(
        src(S_B_PSB, S_B_PSB_AR, "https://issuu.com./weareunited/docs/bridgend_wellbeing_bps_plan_e_05.18"),
        note="2018/19: 20 members, 5 sub-boards, 72 sub-board members from 24 organisations. Chair 2018/19: the "
        "Assistant PCC for South Wales. Dissolved into the CTM PSB in May 2023.",
        id="bridgend-psb", name_en="Bridgend Public Services Board",
        name_cy="Bwrdd Gwasanaethau Cyhoeddus Pen-y-bont ar Ogwr", short_name="Bridgend PSB", kind="psb",
        level="board", statutory=True, legislation=["wfga-2015"], legislation_section="s.29(1)", areas=["bridgend"],
        themes=["well-being", "early-years", "community-safety", "poverty", "health", "environment"],
        established="2016-04-01", dissolved="2023-05-18", successor_id="ctm-psb", chair_org_id="south-wales-pcc",
        purpose_en="Well-being Plan 2018-23: Best Start in Life; Safe and Cohesive Communities; Reduce Social and "
        "Economic Inequalities; Healthy Choices in a Healthy Environment.",
    ),
    fact(
        src(S_APB_MERTHYR, "https://naturalresources.wales/about-us/how-we-work/the-well-being-of-future-generations/?lang=en"),
        note="Historic predecessor kept for lineage: PSBs replaced LSBs from April 2016. Established date not in sources.",
        id="merthyr-lsb", name_en="Merthyr Tydfil Local Service Board", short_name="Merthyr LSB", kind="other",
        level="board", statutory=False, areas=["merthyr-tydfil"], themes=["well-being", "substance-misuse"],
        dissolved="2016-04-01", successor_id="cwm-taf-psb",
        purpose_en="Single Integrated Plan for Merthyr Tydfil (report cards 2014); Cwm Taf APB its delivery "
        "mechanism for substance misuse.",
    ),
    # --- scrutiny -----------------------------------------------------------------------
    illus(
        "Sourced: name, statutory basis, footprint, created May 2023 replacing the Cwm Taf PSB JOSC, 5 elected "
        "members from each LA (politically balanced) plus co-opted members, up to 4 meetings a year, RCT leads "
        "support, chair appointed annually (2-year trial); it scrutinises the PSB under WFGA Part 4 Ch.1 (wfga-2015 "
        "not listed: that Act sets up the PSB, not this committee). Illustrative: the day of established (1 May; "
        "only the month is in the sources) and name_cy (the facts give the generic Welsh term only).",
        source=src(S_JOSC, S_JOSC_2, "https://www.herald.wales/south-wales/bridgend/bridgend-health-board-scrutiny-committee-set-to-merge/"),
        id="ctm-josc", name_en="Cwm Taf Morgannwg Joint Overview and Scrutiny Committee",
        name_cy="Cydbwyllgor Trosolwg a Chraffu Cwm Taf Morgannwg", short_name="CTM JOSC", kind="scrutiny_committee",
        level="board", statutory=True, legislation=["lgwm-2011", "josc-regs-2013"], legislation_section="s.58",
        areas=CTM3,
        themes=["well-being"], established="2023-05-01", secretariat_id="rctcbc", meeting_frequency="quarterly",
        purpose_en="Scrutinise the PSB's effectiveness; statutory consultee on the well-being assessment and plan; "
        "receive the annual report; may report to Welsh Ministers.",
    ),
    illus(
        "Sourced: name, basis, footprint, replaced by the CTM JOSC in May 2023; Nov/Dec 2022 it found 'many "
        "partners felt that the purpose of the PSBs has often been unclear'. Illustrative: the day of dissolved "
        "(1 May; only the month is in the sources). Established date not in sources (left empty).",
        source=src(S_JOSC, S_CTM_PSB_WORKSHOP),
        id="cwm-taf-psb-josc", name_en="Cwm Taf Public Services Board Joint Overview and Scrutiny Committee",
        short_name="Cwm Taf PSB JOSC", kind="scrutiny_committee", level="board", statutory=True,
        legislation=["lgwm-2011", "josc-regs-2013"], legislation_section="s.58", areas=CT2, themes=["well-being"],
        dissolved="2023-05-01", successor_id="ctm-josc",
    ),
    # --- health and social care -----------------------------------------------------------
    illus(
        "Sourced: statutory basis, partnership bodies pattern, £22.7m Transformation Fund, chair c.2019 from Age "
        "Connects Morgannwg (a dated membership row; current chair not verified, so no chair_org_id), children and "
        "young people group; the region became Cwm Taf Morgannwg on 1 Apr 2019 (established), succeeding the "
        "Cwm Taf RPB (RCT, Merthyr; Apr 2016) and taking Bridgend from Western Bay. Illustrative: name_cy (GK-U), "
        "the amendment regulations moving Bridgend (not read, GK-U), meeting_frequency, meeting_hours, "
        "secretariat_id, review_date (board membership and frequency not found).",
        source=src(S_RPB_REGS, S_RPB_FUND, S_RPB_CYP, S_RPB_WG),
        id="ctm-rpb", name_en="Cwm Taf Morgannwg Regional Partnership Board",
        name_cy="Bwrdd Partneriaeth Rhanbarthol Cwm Taf Morgannwg", short_name="CTM RPB", kind="rpb", level="board",
        statutory=True, legislation=["sswba-2014-pt9", "pa-regs-2015"], legislation_section="ss.166-168; regs 2-8",
        areas=CTM3,
        themes=["social-care", "health", "carers", "mental-health", "children-looked-after", "early-years",
                "well-being", "dementia", "housing"],
        established="2019-04-01", secretariat_id="ctmuhb",
        meeting_frequency="bimonthly", meeting_hours=3, terms_of_reference=True, review_date="2025-03-31",
        purpose_en="Drive strategic regional delivery of social services in partnership with health; integrated "
        "services; Regional Integration Fund; annual report to Welsh Government and bi-annual self-assessment.",
        purpose_cy="Sbarduno cyflawni gwasanaethau cymdeithasol yn strategol ac yn rhanbarthol mewn partneriaeth "
        "ag iechyd; gwasanaethau integredig; Cronfa Integreiddio Rhanbarthol.",
    ),
    fact(
        src(S_RPB_REGS, S_RPB_CYP, S_REGION_RENAME),
        note="RPBs set up from April 2016 under the 2015 Regulations (in force 6 Apr 2016), the Cwm Taf RPB for RCT "
        "and Merthyr Tydfil; on 1 Apr 2019 the Cwm Taf region became Cwm Taf Morgannwg, adding Bridgend (from "
        "Western Bay): the CTM RPB is its successor.",
        id="cwm-taf-rpb", name_en="Cwm Taf Regional Partnership Board", short_name="Cwm Taf RPB", kind="rpb",
        level="board", statutory=True, legislation=["sswba-2014-pt9", "pa-regs-2015"],
        legislation_section="ss.166-168; regs 2-8", areas=CT2, themes=["social-care", "health"],
        established="2016-04-06", dissolved="2019-04-01", successor_id="ctm-rpb",
    ),
    illus(
        "Sourced: statutory basis, partners, purpose, Welsh name (Merthyr agenda copy), predecessor Cwm Taf "
        "Safeguarding Children Board, Bridgend leaving Western Bay board Mar 2019. Illustrative: established "
        "(CTM board formed after the 2019 boundary change, exact date GK-U), meeting_frequency, meeting_hours, "
        "secretariat_id, chair_org_id, terms_of_reference URL not found.",
        source=src(S_SB, S_SB_LAW, S_SB_GUIDE, "https://lawinsider.com/it/contracts/h9efOqRmBf6"),
        id="ctm-safeguarding-board", name_en="Cwm Taf Morgannwg Safeguarding Board",
        name_cy="Bwrdd Diogelu Cwm Taf Morgannwg", short_name="CTMSB", kind="safeguarding_board", level="board",
        statutory=True, legislation=["sswba-2014-pt7", "sb-regs-2015"], legislation_section="s.134(4)-(5)",
        source_cy="https://lawinsider.com/it/contracts/h9efOqRmBf6", areas=CTM3,
        themes=["safeguarding", "domestic-abuse", "children-looked-after", "mental-health", "exploitation", "social-care"],
        established="2019-04-01", secretariat_id="rctcbc", chair_org_id="rctcbc", meeting_frequency="quarterly",
        meeting_hours=3, terms_of_reference=True, review_date="2026-03-31",
        purpose_en="Protect people of all ages from abuse, neglect or other harm and prevent it; publish an annual "
        "plan and an annual report by 31 July.",
        purpose_cy="Amddiffyn pobl o bob oed rhag camdriniaeth, esgeulustod neu niwed arall, a'i atal; cyhoeddi "
        "cynllun blynyddol ac adroddiad blynyddol erbyn 31 Gorffennaf.",
    ),
    illus(
        "Illustrative: CTM APB formal name, footprint after 2019, chair, membership and dates not found (GK-U); "
        "APBs est. 2010 by Welsh Government (7 in Wales in 2018) to discharge regionally the substance-misuse "
        "strategy duty CDA 1998 s.6 places on the responsible authorities; not bodies the Act constitutes, not legal "
        "entities, decisions via an executive group (Western Bay example). name_cy is the seed author's translation.",
        source=src(S_APB, S_APB_WG),
        id="ctm-apb", name_en="Cwm Taf Morgannwg Substance Misuse Area Planning Board",
        name_cy="Bwrdd Cynllunio Ardal Camddefnyddio Sylweddau Cwm Taf Morgannwg", short_name="CTM APB",
        kind="area_planning_board", level="board", statutory=False, duty_legislation=["cda-1998"],
        duty_section="s.6", areas=CTM3,
        themes=["substance-misuse", "mental-health", "community-safety", "health"], established="2019-04-01",
        secretariat_id="ctmuhb", meeting_frequency="quarterly", meeting_hours=2, terms_of_reference=False,
        purpose_en="Commission substance misuse treatment services and ensure the WG Substance Misuse Action Fund "
        "is spent, discharging the responsible authorities' CDA 1998 substance-misuse strategy duty regionally.",
        purpose_cy="Comisiynu gwasanaethau triniaeth camddefnyddio sylweddau a sicrhau gwario Cronfa Weithredu "
        "Camddefnyddio Sylweddau Llywodraeth Cymru.",
    ),
    illus(
        "Sourced: 'Cwm Taf Area Planning Board' before 2019, APBs est. 2010, delivery mechanism for Merthyr LSB "
        "(2014). Illustrative: established (2010 year only; 1 Apr used) and dissolution/succession by the CTM APB "
        "in Apr 2019 (GK-U).",
        source=src(S_APB_MERTHYR, S_APB_WG, "http://businessdocbox.com/Government/115062217-Health-board-date-of-meeting-30-th-july-2015.html"),
        id="cwm-taf-apb", name_en="Cwm Taf Area Planning Board (substance misuse)", short_name="Cwm Taf APB",
        kind="area_planning_board", level="board", statutory=False, duty_legislation=["cda-1998"],
        duty_section="s.6", areas=CT2,
        themes=["substance-misuse", "health"], established="2010-04-01", dissolved="2019-04-01",
        successor_id="ctm-apb",
    ),
    # --- community safety, VAWDASV, youth justice ------------------------------------------
    illus(
        "Sourced: Safer Bridgend set up 1998; combined CSP and Youth Offending Steering Group (2004); made a "
        "sub-board of Bridgend PSB on 27 Mar 2017 with a Strategy Group of the 6 responsible authorities. "
        "Modelling choice: Bridgend PSB dissolved on 2023-05-18, so subgroup_of is left empty and the CSP is shown "
        "as a stand-alone board; its reports_to the CTM PSB is illustrative (current reporting line not verified). "
        "name_cy, frequency, hours, secretariat, review date illustrative.",
        source=src(S_CSP_PARL, S_B_CSP_SUB, S_CSP_B),
        id="bridgend-csp", name_en="Safer Bridgend (Bridgend Community Safety Partnership)",
        name_cy="Pen-y-bont ar Ogwr Mwy Diogel (Partneriaeth Diogelwch Cymunedol Pen-y-bont ar Ogwr)",
        short_name="Safer Bridgend", kind="community_safety_partnership", level="board", statutory=True,
        legislation=["cda-1998"], legislation_section="ss.5-6", areas=["bridgend"],
        themes=["community-safety", "domestic-abuse", "substance-misuse", "youth-justice", "exploitation"],
        reports_to=["ctm-psb"], secretariat_id="bcbc", chair_org_id="swp", meeting_frequency="quarterly",
        meeting_hours=2, terms_of_reference=True, review_date="2024-03-31",
        purpose_en="Crime and disorder, substance misuse and reoffending strategy for Bridgend (CDA 1998 ss.5-7).",
        purpose_cy="Strategaeth trosedd ac anhrefn, camddefnyddio sylweddau ac aildroseddu ar gyfer Pen-y-bont ar Ogwr.",
    ),
    illus(
        "Sourced: RCT CSP listed by Cwm Taf Health Board (2010-11); statutory basis. Illustrative: "
        + CY_AUTHOR + "; reports_to, frequency, hours, secretariat, chair not found.",
        source=src(S_CSP_CT, "http://aberdareonline.co.uk/content/pontypridd-benefits-safer-town-centres-0"),
        id="rct-csp", name_en="Rhondda Cynon Taf Community Safety Partnership",
        name_cy="Partneriaeth Diogelwch Cymunedol Rhondda Cynon Taf", short_name="RCT CSP",
        kind="community_safety_partnership", level="board", statutory=True, legislation=["cda-1998"],
        legislation_section="ss.5-6", areas=["rhondda-cynon-taf"], themes=["community-safety", "domestic-abuse", "substance-misuse", "exploitation"],
        reports_to=["ctm-psb"], secretariat_id="rctcbc", chair_org_id="rctcbc", meeting_frequency="quarterly",
        meeting_hours=2, terms_of_reference=None,
        purpose_en="Crime and disorder reduction strategy for Rhondda Cynon Taf (CDA 1998 ss.5-7).",
        purpose_cy="Strategaeth lleihau trosedd ac anhrefn ar gyfer Rhondda Cynon Taf.",
    ),
    illus(
        "Sourced: Merthyr CSP listed separately (2010-11); 'Safer Merthyr Tydfil' presents VAWDASV to scrutiny. "
        "Illustrative: that 'Safer Merthyr Tydfil' is the formal CSP name (GK-U); " + CY_AUTHOR
        + "; reports_to, frequency, hours, secretariat, chair, terms of reference not found.",
        source=src(S_CSP_CT, S_MERTHYR_VAWDASV),
        id="merthyr-csp", name_en="Safer Merthyr Tydfil (Merthyr Tydfil Community Safety Partnership)",
        name_cy="Merthyr Tudful Mwy Diogel (Partneriaeth Diogelwch Cymunedol Merthyr Tudful)",
        short_name="Safer Merthyr Tydfil", kind="community_safety_partnership", level="board", statutory=True,
        legislation=["cda-1998"], legislation_section="ss.5-6", areas=["merthyr-tydfil"],
        themes=["community-safety", "domestic-abuse", "substance-misuse", "youth-justice"],
        reports_to=["ctm-psb"], secretariat_id="mtcbc", chair_org_id="mtcbc", meeting_frequency="quarterly",
        meeting_hours=2, terms_of_reference=False,
        purpose_en="Crime and disorder strategy for Merthyr Tydfil; presents the regional VAWDASV strategy to scrutiny.",
        purpose_cy="Strategaeth trosedd ac anhrefn ar gyfer Merthyr Tudful.",
    ),
    illus(
        "Sourced: a 'Cwm Taf Morgannwg VAWDASV Strategy' exists (LAs + LHB, s.5); regions aligned to the health "
        "board footprint. Illustrative: the board itself - name, date, chair, membership, frequency not verified. "
        + CY_AUTHOR + ".",
        source=src(S_MERTHYR_VAWDASV, S_VAWDASV_ACT),
        id="ctm-vawdasv", name_en="Cwm Taf Morgannwg VAWDASV Regional Board",
        name_cy="Bwrdd Rhanbarthol Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol Cwm Taf Morgannwg",
        short_name="CTM VAWDASV Board", kind="vawdasv", level="board", statutory=False,
        duty_legislation=["vawdasv-2015"], duty_section="s.5",
        areas=CTM3, themes=["domestic-abuse", "safeguarding", "community-safety"], reports_to=["ctm-psb"],
        secretariat_id="rctcbc", chair_org_id="south-wales-pcc", meeting_frequency="quarterly", meeting_hours=2,
        terms_of_reference=True, review_date="2025-06-30",
        purpose_en="Oversee the regional VAWDASV strategy: support for adult victims, perpetrators, children and "
        "young people, consistent across the region.",
        purpose_cy="Goruchwylio'r strategaeth ranbarthol ar drais yn erbyn menywod, cam-drin domestig a thrais "
        "rhywiol: cymorth i oroeswyr, cyflawnwyr, plant a phobl ifanc.",
    ),
    illus(
        "Sourced: joint RCT + Merthyr youth justice service and management board; HMIP 2017 'plethora of other "
        "multi-agency meetings'; HMIP 2024 'Good' but board 'not driving the urgent improvements' on exploitation; "
        "reports to RCT scrutiny. Illustrative: " + CY_AUTHOR + "; frequency, hours, chair, review date.",
        source=src(S_YJS_CT_2024, S_YJS_CT_2017, S_YJS_CT_RCT, S_CDA_39),
        id="cwm-taf-yjs-board", name_en="Cwm Taf Youth Justice Service Management Board",
        name_cy="Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid Cwm Taf", short_name="Cwm Taf YJS Board",
        kind="youth_justice_board", level="board", statutory=True, duty_legislation=["cda-1998-s39", "cda-1998-s40"],
        duty_section="s.39 (team), s.40 (plan)", areas=CT2, themes=["youth-justice", "exploitation", "safeguarding", "substance-misuse", "community-safety"],
        secretariat_id="rctcbc", chair_org_id="mtcbc", meeting_frequency="quarterly", meeting_hours=2.5,
        terms_of_reference=True, review_date="2024-09-30",
        purpose_en="Oversee the joint youth justice service for RCT and Merthyr Tydfil (CDA 1998 ss.37-39).",
        purpose_cy="Goruchwylio'r gwasanaeth cyfiawnder ieuenctid ar y cyd ar gyfer Rhondda Cynon Taf a Merthyr Tudful.",
    ),
    illus(
        "Sourced: began 2019 after disaggregation of Western Bay YJEIS (Cabinet 19 Apr 2019); statutory partners "
        "BCBC, SWP, Probation, CTMUHB; board jointly chaired by the BCBC Chief Executive and Cabinet Member for "
        "Communities; CAMHS on the board; HMIP 2022 'Requires improvement', later 'Outstanding'. Illustrative: "
        + CY_AUTHOR + "; frequency, hours (not found).",
        source=src(S_YJS_B, "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=10061", S_YJS_B_2022,
                   "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15890"),
        id="bridgend-yjs-board", name_en="Bridgend Youth Justice Service Management Board",
        name_cy="Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid Pen-y-bont ar Ogwr", short_name="Bridgend YJS Board",
        kind="youth_justice_board", level="board", statutory=True, duty_legislation=["cda-1998-s39", "cda-1998-s40"],
        duty_section="s.39 (team), s.40 (plan)", areas=["bridgend"], themes=["youth-justice", "exploitation", "safeguarding", "mental-health"],
        established="2019-04-19", secretariat_id="bcbc", chair_org_id="bcbc", meeting_frequency="quarterly",
        meeting_hours=2, terms_of_reference=True,
        purpose_en="Oversee Bridgend's youth justice service and its annual Youth Justice Plan.",
        purpose_cy="Goruchwylio gwasanaeth cyfiawnder ieuenctid Pen-y-bont ar Ogwr a'i Gynllun Cyfiawnder Ieuenctid blynyddol.",
    ),
    illus(
        "Sourced: Western Bay Youth Justice and Early Intervention Service (Swansea, NPT, Bridgend) created 2014, "
        "rated Inadequate (Mar 2019), 'none of the three local authorities has taken full responsibility'; "
        "disaggregation agreed 19 Apr 2019. Illustrative: exact established/dissolved days (2014-04-01 and "
        "2019-04-19 used).",
        source=src("https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/03/westernbayyjeis/",
                   S_YJS_B),
        id="western-bay-yjeis-board", name_en="Western Bay Youth Justice and Early Intervention Service Management Board",
        short_name="Western Bay YJEIS Board", kind="youth_justice_board", level="board", statutory=True,
        duty_legislation=["cda-1998-s39"], duty_section="s.39", areas=["bridgend", "swansea", "neath-port-talbot"],
        themes=["youth-justice"],
        established="2014-04-01", dissolved="2019-04-19", successor_id="bridgend-yjs-board",
    ),
]

# CTM's own regional housing group, kept in its old place among the shared boards (the meeting generator
# draws from one random stream in this order, so the order keeps every generated meeting as it was).
HOUSING_GROUP: Row = (
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
    )
)
# The national and cross-region boards CTM bodies sit on: the reference's rows (seed/wales_partnerships.py),
# repeated identically. The other three corporate joint committees are the reference's only.
_SHARED = [p for p in SHARED_PARTNERSHIPS if p["id"] not in ("south-west-wales-cjc", "mid-wales-cjc", "north-wales-cjc")]
_CUT = [p["id"] for p in _SHARED].index("partnership-council-wales")
BOARDS += [*_SHARED[:_CUT], HOUSING_GROUP, *_SHARED[_CUT:]]
