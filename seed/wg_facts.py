"""Hand-written rows of the West Glamorgan seed (seed/wg): Swansea and Neath Port Talbot.

The region's own boards (the RPB, called Western Bay until 2019 when it also covered Bridgend; the Swansea
and Neath Port Talbot PSBs; the safeguarding board and its Western Bay predecessor; the area planning board;
the VAWDASV board; the two community safety partnerships; the two youth justice boards) with their
memberships. Shared rows (areas, councils, health board, police, fire, national bodies, law, themes) are the
reference's (seed/wales_*.py), repeated identically by seed/build_wg.py. Same labelling rule as the CTM seed:
a row is sourced only if every filled column is; anything else is illustrative and its note says why.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_APB,
    S_APB_WG,
    S_BRIDGEND_MOVE,
    S_CDA_5,
    S_CDA_39,
    S_NPT_PSB,
    S_REGION_RENAME,
    S_RPB_REGS,
    S_SB_GUIDE,
    S_SB_LAW,
    S_VAWDASV_ACT,
    S_WFGA_29,
    Row,
    fact,
    illus,
    src,
)

AS_OF = "2025-11-01"
GENERATOR = "Illustrative (Tirlun seed generator, seed/build_wg.py)"
WG2 = ["swansea", "neath-port-talbot"]

# --- sources (West Glamorgan) --------------------------------------------------------------------------
S_SWA_PSB = "https://www.swansea.gov.uk/psb?lang=en"
S_SWA_PSB_OLD = "http://swansea.gov.uk/psb"
S_SWA_PSB_GUIDE = "https://www.swansea.gov.uk/psbgeneralguide?lang=en"
S_NPT_PSB_2025 = "https://businessnewswales.com/neath-port-talbot-public-services-board-highlights-progress-on-wellbeing"
S_NPT_PSB_PLAN = "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=413&MeetingId=11268&LLL=0"
S_SBUHB_PSB = "https://sbuhb.nhs.wales/about-us1/partnerships/public-service-boards/"
S_WGSB_AR = "https://vdocument.in/west-glamorgan-safeguarding-boards-annual-report-2019-2020.html"
S_WGSB_NPT = "https://democracy.npt.gov.uk/mgAi.aspx?ID=52154&LLL=0"
S_WGSB_PRES = "https://docslib.org/doc/8613287/final-west-glamorgan-safeguarding-board-presentation"
S_SAFER_SWA = "https://docsbay.net/doc/494534/safer-swansea-community-safety-partnership-strategy"
S_SAFER_NPT = "https://westwaleschronicle.co.uk/?p=128644"
S_NPT_CS = "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=323&MeetingId=10077&LLL=0"
S_NPT_VAWDASV = (
    "https://beta.npt.gov.uk/council-democracy-elections/strategies-plans-and-policies/equalities/"
    "strategic-equality-plan/strategic-equality-plan-2020-2024-annual-report-2020-2021/progress-on-objectives/"
    "personal-safety-to-ensure-people-and-communities-are-safe-respected-and-free-from-violence-and-abuse"
)
S_SWA_YJS = "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/02/swansea-yjs"
S_NPT_YJS = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/05/npt-yjs/"
S_WB_YJEIS = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/03/westernbayyjeis/"
S_PDU = "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/01/snpt-pdu"

CY = "name_cy: the seed author's rendering (no Welsh-language source read)."


def own_org(note: str, oid: str, en: str, cy: str | None, short: str, sector: str, org_type: str,
            areas: list[str]) -> Row:
    return illus(note, id=oid, name_en=en, name_cy=cy, short_name=short, sector=sector, org_type=org_type,
                 statutory=False, areas=areas, source=GENERATOR if "GK" in note else S_SWA_PSB)


# West Glamorgan's own organisations: the two county voluntary councils are named from general knowledge.
ORGANISATIONS: list[Row] = [
    own_org("Illustrative: Swansea's county voluntary council, named from general knowledge (GK-U); the PSB page "
            "says the Board involves other organisations.", "scvs", "Swansea Council for Voluntary Service",
            "Cyngor Gwasanaeth Gwirfoddol Abertawe", "SCVS", "third_sector", "county_voluntary_council", ["swansea"]),
    own_org("Illustrative: Neath Port Talbot's county voluntary council, named from general knowledge (GK-U).",
            "nptcvs", "Neath Port Talbot Council for Voluntary Service",
            "Cyngor Gwasanaethau Gwirfoddol Castell-nedd Port Talbot", "NPTCVS", "third_sector",
            "county_voluntary_council", ["neath-port-talbot"]),
    own_org("Illustrative: Swansea's PSB page says the Board involves 'the universities'; which ones is not "
            "named there. name_cy: seed author's rendering.", "swansea-university", "Swansea University",
            "Prifysgol Abertawe", "SU", "education", "university", ["swansea"]),
]

# The reference organisations the West Glamorgan seed names (repeated identically).
SHARED_ORG_IDS = [
    "swansea-council", "npt-council", "bcbc", "swansea-bay-uhb", "swp", "south-wales-pcc", "mawwfrs", "nrw",
    "welsh-government", "probation-wales", "wast", "phw",
]
# The reference areas it names: only `west-glamorgan` is of kind region, so the loader infers the region.
AREA_IDS = ["wales", "west-glamorgan", "swansea", "neath-port-talbot", "bridgend", "south-wales-police-area",
            "mid-and-west-wales-fire-area"]

PSB_THEMES = ["well-being", "health", "environment", "economy", "poverty", "early-years", "community-safety"]

PARTNERSHIPS: list[Row] = [
    # --- the regional partnership board and its Western Bay predecessor (moved from seed/ctm) ---------
    fact(
        src(S_RPB_REGS, S_REGION_RENAME, S_BRIDGEND_MOVE, S_NPT_PSB),
        note="The Western Bay RPB (Swansea, Neath Port Talbot, Bridgend) under the 2015 Regulations; on 1 Apr 2019 "
        "Bridgend moved to Cwm Taf Morgannwg (CTM RPB) and the region was renamed West Glamorgan.",
        id="western-bay-rpb", name_en="Western Bay Regional Partnership Board", short_name="Western Bay RPB",
        kind="rpb", level="board", statutory=True, legislation=["sswba-2014-pt9", "pa-regs-2015"],
        legislation_section="ss.166-168; regs 2-8", areas=["bridgend", "swansea", "neath-port-talbot"],
        themes=["social-care", "health"], established="2016-04-06", dissolved="2019-04-01",
        successor_id="west-glamorgan-rpb",
    ),
    illus(
        "Sourced: the Western Bay RPB renamed on 1 Apr 2019 for the West Glamorgan region (Swansea, Neath Port "
        "Talbot), without Bridgend; statutory basis. Illustrative: meeting_frequency, meeting_hours and "
        "secretariat_id (not in the sources read).",
        source=src(S_REGION_RENAME, S_RPB_REGS),
        id="west-glamorgan-rpb", name_en="West Glamorgan Regional Partnership Board", short_name="West Glamorgan RPB",
        kind="rpb", level="board", statutory=True, legislation=["sswba-2014-pt9", "pa-regs-2015"],
        legislation_section="ss.166-168; regs 2-8", areas=WG2, themes=["social-care", "health", "carers",
                                                                        "mental-health", "children-looked-after"],
        established="2019-04-01", secretariat_id="npt-council", meeting_frequency="bimonthly", meeting_hours=3,
    ),
    # --- public services boards ------------------------------------------------------------------------
    illus(
        "Sourced: statutory basis, the four statutory members (Swansea Bay UHB - ABMU UHB on the older page - NRW, "
        "Mid and West Wales FRS, Swansea Council), other organisations involved (police, universities), support "
        "provided by Swansea Council (secretariat), second Assessment of Local Well-being and second plan in 2023. "
        "Illustrative: name_cy (no Welsh source read), meeting_frequency, meeting_hours; established = PSBs "
        "replacing LSBs in April 2016.",
        source=src(S_SWA_PSB, S_SWA_PSB_OLD, S_SWA_PSB_GUIDE, S_SBUHB_PSB),
        id="swansea-psb", name_en="Swansea Public Services Board", name_cy="Bwrdd Gwasanaethau Cyhoeddus Abertawe",
        short_name="Swansea PSB", kind="psb", level="board", statutory=True, legislation=["wfga-2015"],
        legislation_section="s.29(1)", areas=["swansea"], themes=PSB_THEMES, established="2016-04-01",
        secretariat_id="swansea-council", meeting_frequency="quarterly", meeting_hours=2.5,
        purpose_en="Improve the economic, social, environmental and cultural well-being of Swansea: 'a city of "
        "opportunity, a city that cares, a city of innovation and a city to be proud of'.",
    ),
    illus(
        "Sourced: the four statutory members (Swansea Bay UHB, NPT Council, NRW, Mid and West Wales FRS), the council "
        "leader as PSB chair, the Well-being Plan 2023-2028 and its four goals, scrutiny by the council's Cabinet "
        "Scrutiny Committee (WFGA s.35). Illustrative: name_cy, meeting_frequency, meeting_hours, secretariat_id; "
        "established = PSBs replacing LSBs in April 2016.",
        source=src(S_NPT_PSB_2025, S_NPT_PSB_PLAN, S_SBUHB_PSB, S_NPT_PSB),
        id="npt-psb", name_en="Neath Port Talbot Public Services Board",
        name_cy="Bwrdd Gwasanaethau Cyhoeddus Castell-nedd Port Talbot", short_name="NPT PSB", kind="psb",
        level="board", statutory=True, legislation=["wfga-2015"], legislation_section="s.29(1)",
        areas=["neath-port-talbot"], themes=PSB_THEMES, established="2016-04-01", chair_org_id="npt-council",
        secretariat_id="npt-council", meeting_frequency="quarterly", meeting_hours=2.5,
        purpose_en="Well-being Plan 2023-2028: give all children the best start in life; help communities to thrive; "
        "protect culture, heritage and the environment; support residents to gain skills and access high quality, "
        "green jobs.",
    ),
    # --- safeguarding -------------------------------------------------------------------------------------
    illus(
        "Sourced: statutory basis, footprint (NPT and Swansea), first annual report 2019-20 after Bridgend left in "
        "March 2019, co-chairs (the two directors of social services, the health board's director of nursing and a "
        "South Wales Police superintendent), Junior Safeguarding Board, objectives. Illustrative: the day of "
        "established (1 Apr 2019, after Bridgend's departure in March), name_cy, meeting_frequency, meeting_hours.",
        source=src(S_WGSB_AR, S_WGSB_NPT, S_WGSB_PRES, S_SB_LAW),
        id="west-glamorgan-safeguarding-board", name_en="West Glamorgan Safeguarding Board",
        name_cy="Bwrdd Diogelu Gorllewin Morgannwg", short_name="WGSB", kind="safeguarding_board", level="board",
        statutory=True, legislation=["sswba-2014-pt7", "sb-regs-2015"], legislation_section="s.134(4)-(5)",
        areas=WG2, themes=["safeguarding", "children-looked-after", "exploitation", "domestic-abuse", "social-care"],
        established="2019-04-01", meeting_frequency="quarterly", meeting_hours=2, terms_of_reference=None,
        purpose_en="Protect children and adults at risk in the region from abuse, neglect or other kinds of harm, "
        "and prevent them becoming at risk.",
    ),
    illus(
        "Sourced: Bridgend left the Western Bay safeguarding boards in March 2019 and the West Glamorgan board "
        "followed. Illustrative: the name (one board for children and adults; the sources speak of 'boards'), "
        "established (boards under Part 7 from April 2016) and the successor link.",
        source=src(S_WGSB_AR, S_SB_GUIDE, "https://vdocument.in/west-glamorgan-safeguarding-boards-annual-report-2019-2020.html"),
        id="western-bay-safeguarding-board", name_en="Western Bay Safeguarding Boards (children and adults)",
        short_name="Western Bay SB", kind="safeguarding_board", level="board", statutory=True,
        legislation=["sswba-2014-pt7", "sb-regs-2015"], legislation_section="s.134(4)-(5)",
        areas=["bridgend", "swansea", "neath-port-talbot"], themes=["safeguarding"], established="2016-04-06",
        dissolved="2019-04-01", successor_id="west-glamorgan-safeguarding-board",
    ),
    illus(
        "Sourced: the Junior Safeguarding Board exists and its work continued in 2021/22. Illustrative: level "
        "sub-group, frequency, hours, secretariat.", source=src(S_WGSB_AR, S_WGSB_NPT),
        id="wgsb-junior-board", name_en="West Glamorgan Junior Safeguarding Board", short_name="Junior SB",
        kind="safeguarding_board", level="subgroup", subgroup_of="west-glamorgan-safeguarding-board",
        reports_to=["west-glamorgan-safeguarding-board"], areas=WG2, themes=["safeguarding"],
        established="2019-09-01", secretariat_id="npt-council", meeting_frequency="bimonthly", meeting_hours=1.5,
    ),
    illus(
        "Sourced: a joint Practice Review Management Group sits under the board. Illustrative: frequency, hours, "
        "chair organisation, established.", source=S_WGSB_PRES,
        id="wgsb-practice-review", name_en="WGSB Joint Practice Review Management Group", short_name="WGSB PRMG",
        kind="safeguarding_board", level="subgroup", subgroup_of="west-glamorgan-safeguarding-board",
        reports_to=["west-glamorgan-safeguarding-board"], areas=WG2, themes=["safeguarding"],
        established="2019-09-01", chair_org_id="swansea-bay-uhb", meeting_frequency="monthly", meeting_hours=2,
    ),
    # --- area planning board ------------------------------------------------------------------------------
    illus(
        "Sourced: the Western Bay Area Planning Board (its name in 2022) brings together the responsible "
        "authorities to discharge the CDA 1998 substance-misuse duty across Neath Port Talbot and Swansea; APBs "
        "were set up by WG in 2010; its governance framework was approved by each responsible authority (2022). "
        "Illustrative: established (2010, month not sourced), frequency, hours, secretariat, name_cy.",
        source=src(S_APB, S_APB_WG, S_NPT_CS),
        id="western-bay-apb", name_en="Western Bay Area Planning Board (substance misuse)",
        name_cy="Bwrdd Cynllunio Ardal Bae'r Gorllewin", short_name="Western Bay APB", kind="area_planning_board",
        level="board", statutory=False, duty_legislation=["cda-1998"], duty_section="s.6", areas=WG2,
        themes=["substance-misuse", "community-safety", "health"], established="2010-04-01",
        secretariat_id="swansea-council", meeting_frequency="quarterly", meeting_hours=2,
        purpose_en="Commission and plan substance-misuse services across Neath Port Talbot and Swansea for the "
        "responsible authorities.",
    ),
    # --- VAWDASV --------------------------------------------------------------------------------------------
    illus(
        "Sourced: the council and health board's joint response to the VAWDASV (Wales) Act 2015 s.5 (NPT's "
        "'Healthy Relationships for Stronger Communities Strategy', approved June 2020) and a VAWDASV "
        "communications sub-group. Illustrative: a regional board with this name, its footprint, frequency, hours, "
        "chair and secretariat (board name and membership not found).",
        source=src(S_NPT_VAWDASV, S_VAWDASV_ACT),
        id="west-glamorgan-vawdasv", name_en="West Glamorgan VAWDASV Regional Board",
        name_cy="Bwrdd Rhanbarthol VAWDASV Gorllewin Morgannwg", short_name="WG VAWDASV", kind="vawdasv",
        level="board", statutory=False, duty_legislation=["vawdasv-2015"], duty_section="s.5", areas=WG2,
        themes=["domestic-abuse", "safeguarding", "community-safety"], established="2019-04-01",
        secretariat_id="npt-council", chair_org_id="south-wales-pcc", meeting_frequency="quarterly", meeting_hours=2,
    ),
    # --- community safety partnerships ------------------------------------------------------------------
    illus(
        "Sourced: the Safer Swansea Partnership, established in 1998, its steering group jointly chaired by the "
        "council's Director of People and a South Wales Police chief superintendent, its 2018-21 strategy and "
        "priorities. Illustrative: established day (1 Dec 1998, year only in the source), frequency, hours, name_cy.",
        source=S_SAFER_SWA,
        id="safer-swansea", name_en="Safer Swansea Partnership (Swansea Community Safety Partnership)",
        name_cy="Partneriaeth Abertawe Fwy Diogel", short_name="Safer Swansea", kind="community_safety_partnership",
        level="board", statutory=True, legislation=["cda-1998"], legislation_section="ss.5-7", areas=["swansea"],
        themes=["community-safety", "domestic-abuse", "substance-misuse", "exploitation"], established="1998-12-01",
        reports_to=["swansea-psb"], secretariat_id="swansea-council", meeting_frequency="quarterly",
        meeting_hours=2,
    ),
    illus(
        "Sourced: 'Safer Neath Port Talbot' works with South Wales Police and the council on anti-social behaviour; "
        "the council's scrutiny committee acts as the crime and disorder scrutiny committee. Illustrative: that "
        "Safer Neath Port Talbot is the CSP's formal name (GK-U), frequency, hours, chair, name_cy.",
        source=src(S_SAFER_NPT, "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=323&MId=7688"),
        id="safer-npt", name_en="Safer Neath Port Talbot (Neath Port Talbot Community Safety Partnership)",
        name_cy="Castell-nedd Port Talbot Mwy Diogel", short_name="Safer NPT", kind="community_safety_partnership",
        level="board", statutory=True, legislation=["cda-1998"], legislation_section="ss.5-7",
        areas=["neath-port-talbot"], themes=["community-safety", "substance-misuse", "domestic-abuse"],
        reports_to=["npt-psb"], secretariat_id="npt-council", chair_org_id="npt-council",
        meeting_frequency="quarterly", meeting_hours=2,
    ),
    # --- youth justice: the two services after the Western Bay YJEIS was disaggregated in 2019 ------------
    illus(
        "Sourced: Swansea YJS formed in 2019 from the disaggregation of the Western Bay YJEIS (which covered "
        "Swansea, NPT and Bridgend; seed/ctm's western-bay-yjeis-board); HMIP 2022 'Requires improvement', the "
        "management board 'more proactive and supportive'. Illustrative: established (19 Apr 2019, the "
        "disaggregation date in the CTM seed), frequency, hours, chair.",
        source=src(S_SWA_YJS, S_WB_YJEIS, S_CDA_39),
        id="swansea-yjs-board", name_en="Swansea Youth Justice Service Management Board",
        short_name="Swansea YJS Board", kind="youth_justice_board", level="board", statutory=True,
        duty_legislation=["cda-1998-s39"], duty_section="s.39", areas=["swansea"], themes=["youth-justice"],
        established="2019-04-19", secretariat_id="swansea-council", chair_org_id="swansea-council",
        meeting_frequency="quarterly", meeting_hours=2,
    ),
    illus(
        "Sourced: Neath Port Talbot YJS, formerly part of the Western Bay service, rated 'Good' with 'Outstanding' "
        "leadership by HMIP (May 2022). Illustrative: established (19 Apr 2019), frequency, hours, chair.",
        source=src(S_NPT_YJS, S_WB_YJEIS, S_CDA_39),
        id="npt-yjs-board", name_en="Neath Port Talbot Youth Justice Service Management Board",
        short_name="NPT YJS Board", kind="youth_justice_board", level="board", statutory=True,
        duty_legislation=["cda-1998-s39"], duty_section="s.39", areas=["neath-port-talbot"], themes=["youth-justice"],
        established="2019-04-19", secretariat_id="npt-council", chair_org_id="npt-council",
        meeting_frequency="quarterly", meeting_hours=2,
    ),
]


def m(source: str, org: str, part: str, role: str = "member", *, since: str | None = None,
      until: str | None = None, note: str | None = None) -> Row:
    """A sourced membership."""
    return fact(source, organisation_id=org, partnership_id=part, role=role, since=since, until=until, note=note)


def d(note: str, org: str, part: str, role: str = "statutory_member", *, source: str, since: str | None = None,
      until: str | None = None) -> Row:
    """A membership derived from the statutory basis or otherwise not verified: illustrative."""
    return illus(note, source=source, organisation_id=org, partnership_id=part, role=role, since=since, until=until)


DERIVED = "Illustrative: derived from the statutory basis; this body's membership of this partnership not verified."
S30 = "Illustrative: WFGA s.30 requires this invitation; the PSB's invited-participant list was not verified."
LAS = ["swansea-council", "npt-council"]

MEMBERSHIPS: list[Row] = [
    # --- RPB lineage (moved from seed/ctm, unchanged) -----------------------------------------------
    d("Illustrative: Bridgend as a partnership body of the Western Bay RPB until it moved to Cwm Taf Morgannwg on "
      "1 Apr 2019 (SI 2015/1989 pattern; regulation text for the region not read, GK-U).", "bcbc", "western-bay-rpb",
      source=src(S_RPB_REGS, S_REGION_RENAME), since="2016-04-06", until="2019-04-01"),
    d("Illustrative: ABMU UHB (now Swansea Bay UHB) as the Western Bay RPB's health board (SI 2015/1989 pattern; "
      "regulation text for the region not read, GK-U).", "swansea-bay-uhb", "western-bay-rpb",
      source=src(S_RPB_REGS, S_REGION_RENAME), since="2016-04-06", until="2019-04-01"),
    *[d("Illustrative: partnership body of the West Glamorgan RPB (SI 2015/1989 pattern; regulation text for the "
        "region not read, GK-U).", o, "west-glamorgan-rpb", source=src(S_RPB_REGS, S_REGION_RENAME),
        since="2019-04-01") for o in ["swansea-council", "npt-council", "swansea-bay-uhb"]],
    *[d("Illustrative: partnership body of the Western Bay RPB (SI 2015/1989 pattern; GK-U).", o, "western-bay-rpb",
        source=src(S_RPB_REGS, S_REGION_RENAME), since="2016-04-06", until="2019-04-01")
      for o in ["swansea-council", "npt-council"]],
    *[d("Illustrative: third-sector seat expected by Part 9 guidance (membership categories GK-U); not verified.",
        o, "west-glamorgan-rpb", "member", source=S_RPB_REGS, since="2019-04-01") for o in ["scvs", "nptcvs"]],
    # --- PSBs: the four statutory members are named on the boards' own pages --------------------------
    *[m(src(S_SWA_PSB, S_WFGA_29), o, "swansea-psb", "statutory_member",
        note="One of the four statutory members named by Swansea's PSB page (WFGA s.29).")
      for o in ["swansea-council", "swansea-bay-uhb", "nrw", "mawwfrs"]],
    *[m(src(S_NPT_PSB_2025, S_WFGA_29), o, "npt-psb", "statutory_member",
        note="One of the four statutory member organisations named in the PSB's annual report (WFGA s.29).")
      for o in ["npt-council", "swansea-bay-uhb", "nrw", "mawwfrs"]],
    m(S_NPT_PSB_2025, "npt-council", "npt-psb", "chair", note="The council leader chairs the PSB (2025)."),
    *[d(S30, o, "swansea-psb", "invited_participant", source=src(S_WFGA_29, S_SWA_PSB))
      for o in ["welsh-government", "swp", "south-wales-pcc", "probation-wales", "scvs"]],
    *[d(S30, o, "npt-psb", "invited_participant", source=S_WFGA_29)
      for o in ["welsh-government", "swp", "south-wales-pcc", "probation-wales", "nptcvs"]],
    d("Illustrative: the page says the Board involves 'the universities'; which ones is not named.",
      "swansea-university", "swansea-psb", "member", source=S_SWA_PSB),
    # --- safeguarding -----------------------------------------------------------------------------------
    *[m(S_WGSB_PRES, o, "west-glamorgan-safeguarding-board", "chair",
        note="Co-chair (the board's presentation names the post; no individual is named here).")
      for o in ["npt-council", "swansea-council", "swansea-bay-uhb", "swp"]],
    *[d(DERIVED + " (SSWBA s.134(2) board partner).", o, "west-glamorgan-safeguarding-board",
        source=src(S_SB_LAW, S_WGSB_AR), since="2019-04-01")
      for o in ["swansea-council", "npt-council", "swp", "swansea-bay-uhb", "wast", "probation-wales"]],
    *[d(DERIVED + " (SSWBA s.134(2) board partner, to 31 Mar 2019).", o, "western-bay-safeguarding-board",
        source=src(S_SB_LAW, S_WGSB_AR), since="2016-04-06", until="2019-04-01")
      for o in ["bcbc", "swansea-council", "npt-council", "swp", "swansea-bay-uhb", "probation-wales"]],
    # --- APB, VAWDASV, CSPs ---------------------------------------------------------------------------
    *[d("Illustrative: a responsible authority whose CDA 1998 s.6 duty the APB discharges; membership not found. "
        "The Act prescribes no APB membership.", o, "western-bay-apb", "member", source=S_APB)
      for o in [*LAS, "swansea-bay-uhb", "swp", "south-wales-pcc", "probation-wales"]],
    *[d("Illustrative: the councils and the LHB prepare the VAWDASV strategy jointly (s.5); board membership not "
        "verified.", o, "west-glamorgan-vawdasv", source=S_VAWDASV_ACT) for o in [*LAS, "swansea-bay-uhb"]],
    *[d("Illustrative: consulted body shown as board member; not verified.", o, "west-glamorgan-vawdasv", "member",
        source=S_VAWDASV_ACT) for o in ["swp", "south-wales-pcc", "probation-wales"]],
    d("Illustrative: chair of the VAWDASV board not verified.", "south-wales-pcc", "west-glamorgan-vawdasv", "chair",
      source=S_VAWDASV_ACT),
    *[m(S_SAFER_SWA, o, "safer-swansea", "chair", note="Joint chair of the steering group (strategy 2018-21).")
      for o in ["swansea-council", "swp"]],
    *[d(DERIVED + " (CDA 1998 s.5(1) responsible authority).", o, "safer-swansea", source=S_CDA_5)
      for o in ["swansea-council", "swp", "mawwfrs", "swansea-bay-uhb", "probation-wales"]],
    d(DERIVED + " A PCC is not a s.5(1) responsible authority: member.", "south-wales-pcc", "safer-swansea", "member",
      source=S_CDA_5),
    *[d(DERIVED + " (CDA 1998 s.5(1) responsible authority).", o, "safer-npt", source=S_CDA_5)
      for o in ["npt-council", "swp", "mawwfrs", "swansea-bay-uhb", "probation-wales"]],
    d(DERIVED + " A PCC is not a s.5(1) responsible authority: member.", "south-wales-pcc", "safer-npt", "member",
      source=S_CDA_5),
    # --- youth justice ----------------------------------------------------------------------------------
    m(S_SWA_YJS, "swansea-council", "swansea-yjs-board", "statutory_member", since="2019-04-19",
      note="The council's own youth justice service since the 2019 disaggregation."),
    m(S_NPT_YJS, "npt-council", "npt-yjs-board", "statutory_member", since="2019-04-19",
      note="The council's own youth justice service since the 2019 disaggregation."),
    *[d(DERIVED + " (CDA 1998 s.39: must co-operate).", o, part, source=S_CDA_39, since="2019-04-19")
      for part in ["swansea-yjs-board", "npt-yjs-board"] for o in ["swp", "probation-wales", "swansea-bay-uhb"]],
]

DATASETS: list[Row] = [
    fact(S_SWA_PSB, id="swansea-wba-2022", name_en="Swansea Assessment of Local Well-being (second, 2022)",
         kind="assessment", holder_id="swansea-council", partnership_id="swansea-psb", themes=["well-being"],
         personal_data=False, note="The Board's second assessment, basis of its 2023 plan; 2022 from the plan's date."),
    fact(S_NPT_PSB_2025, id="npt-wbp-2023", name_en="Neath Port Talbot Well-being Plan 2023-2028", kind="plan",
         holder_id="npt-council", partnership_id="npt-psb", themes=["well-being", "early-years"],
         personal_data=False),
    illus("Illustrative: a West Glamorgan population needs assessment (SSWBA s.14) for the RPB; title and date "
          "invented by analogy with the CTM seed.", id="wg-pna-2022", name_en="West Glamorgan Population Needs "
          "Assessment 2022", kind="assessment", holder_id="npt-council", partnership_id="west-glamorgan-rpb",
          themes=["social-care", "health"], personal_data=False, source=GENERATOR),
]
DATASET_FLOWS: list[Row] = [
    illus("Illustrative: flow of the assessment to the neighbouring PSB not verified.", dataset_id="swansea-wba-2022",
          to_kind="partnership", to_id="npt-psb", agreement="none", source=GENERATOR),
    illus("Illustrative: flow of the RPB's assessment to the Swansea PSB not verified.", dataset_id="wg-pna-2022", to_kind="partnership",
          to_id="swansea-psb", agreement="waspi_isp", source=GENERATOR),
]

# --- posts (people): pseudonymous, no individual named -----------------------------------------------------
# (organisation, suffix, English title, Welsh title, sourced where a source names the post)
POSTS: list[tuple[str, str, str, str, str | None]] = [
    *[(la, "ceo", "Chief Executive", "Prif Weithredwr", None) for la in LAS],
    *[(la, "leader", "Council Leader", "Arweinydd y Cyngor", S_NPT_PSB_2025 if la == "npt-council" else None)
      for la in LAS],
    *[(la, "dss", "Director of Social Services", "Cyfarwyddwr Gwasanaethau Cymdeithasol", S_WGSB_PRES) for la in LAS],
    ("swansea-council", "director-people", "Director of People", "Cyfarwyddwr Pobl", S_SAFER_SWA),
    *[(la, "cs-manager", "Community Safety Manager", "Rheolwr Diogelwch Cymunedol", None) for la in LAS],
    *[(la, "yjs-manager", "Youth Justice Service Manager", "Rheolwr y Gwasanaeth Cyfiawnder Ieuenctid", None)
      for la in LAS],
    *[(la, "partnerships", "Partnerships Manager", "Rheolwr Partneriaethau", None) for la in LAS],
    ("swansea-bay-uhb", "ceo", "Chief Executive", "Prif Weithredwr", None),
    ("swansea-bay-uhb", "dn", "Director of Nursing and Patient Experience", "Cyfarwyddwr Nyrsio a Phrofiad Cleifion",
     S_WGSB_PRES),
    ("swansea-bay-uhb", "dph", "Director of Public Health", "Cyfarwyddwr Iechyd y Cyhoedd", None),
    ("swansea-bay-uhb", "head-safeguarding", "Head of Safeguarding", "Pennaeth Diogelu", None),
    ("swp", "supt", "Superintendent", "Uwch-arolygydd", S_WGSB_PRES),
    ("swp", "chsupt", "Chief Superintendent", "Prif Uwch-arolygydd", S_SAFER_SWA),
    ("south-wales-pcc", "commissioning", "Head of Commissioning", "Pennaeth Comisiynu", None),
    ("mawwfrs", "am", "Area Manager", "Rheolwr Ardal", None),
    ("nrw", "place-lead", "Head of Operations South West", "Pennaeth Gweithrediadau'r De-orllewin", None),
    ("probation-wales", "hpdu", "Head of the Swansea Neath Port Talbot Probation Delivery Unit",
     "Pennaeth Uned Cyflawni Prawf Abertawe Castell-nedd Port Talbot", S_PDU),
    ("welsh-government", "psb-rep", "Deputy Director (PSB link)", "Dirprwy Gyfarwyddwr (cyswllt BGC)", None),
    ("scvs", "ceo", "Chief Executive", "Prif Weithredwr", None),
    ("nptcvs", "ceo", "Chief Executive", "Prif Weithredwr", None),
    ("swansea-university", "pvc", "Pro-Vice-Chancellor", "Dirprwy Is-Ganghellor", None),
]


def pid(ref: str) -> str:
    org, _, suffix = ref.partition(":")
    return f"wg-post-{org}-{suffix}"


# board -> "org:suffix/role" (role member when omitted). Sourced seats: the posts a source names on that board.
SEAT_PLAN: dict[str, list[str]] = {
    "west-glamorgan-rpb": ["swansea-council:dss", "npt-council:dss", "swansea-bay-uhb:ceo", "swansea-bay-uhb:dn",
                           "swansea-council:leader", "npt-council:leader", "scvs:ceo", "nptcvs:ceo",
                           "npt-council:partnerships/secretariat"],
    "swansea-psb": ["swansea-council:ceo", "swansea-council:leader/chair", "swansea-bay-uhb:ceo", "nrw:place-lead",
                    "mawwfrs:am", "swp:chsupt/invited_participant", "south-wales-pcc:commissioning/invited_participant",
                    "probation-wales:hpdu/invited_participant", "welsh-government:psb-rep/invited_participant",
                    "scvs:ceo/invited_participant", "swansea-university:pvc", "swansea-council:partnerships/secretariat"],
    "npt-psb": ["npt-council:ceo", "npt-council:leader/chair", "swansea-bay-uhb:dph", "nrw:place-lead", "mawwfrs:am",
                "swp:chsupt/invited_participant", "probation-wales:hpdu/invited_participant",
                "welsh-government:psb-rep/invited_participant", "nptcvs:ceo/invited_participant",
                "npt-council:partnerships/secretariat"],
    "west-glamorgan-safeguarding-board": ["swansea-council:dss/chair", "npt-council:dss/chair", "swansea-bay-uhb:dn/chair",
                                          "swp:supt/chair", "swansea-bay-uhb:head-safeguarding", "probation-wales:hpdu",
                                          "swansea-council:yjs-manager", "npt-council:yjs-manager"],
    "wgsb-junior-board": ["swansea-bay-uhb:head-safeguarding", "npt-council:partnerships"],
    "wgsb-practice-review": ["swansea-bay-uhb:head-safeguarding/chair", "swp:supt", "swansea-council:dss",
                             "npt-council:dss"],
    "western-bay-apb": ["swansea-council:cs-manager", "npt-council:cs-manager", "swansea-bay-uhb:dph", "swp:chsupt",
                        "south-wales-pcc:commissioning", "probation-wales:hpdu"],
    "west-glamorgan-vawdasv": ["south-wales-pcc:commissioning/chair", "swansea-council:cs-manager",
                               "npt-council:cs-manager", "swansea-bay-uhb:head-safeguarding", "swp:supt"],
    "safer-swansea": ["swansea-council:director-people/chair", "swp:chsupt/chair", "swansea-council:cs-manager",
                      "mawwfrs:am", "probation-wales:hpdu", "south-wales-pcc:commissioning"],
    "safer-npt": ["npt-council:cs-manager/chair", "swp:chsupt", "mawwfrs:am", "probation-wales:hpdu",
                  "south-wales-pcc:commissioning"],
    "swansea-yjs-board": ["swansea-council:dss/chair", "swansea-council:yjs-manager", "swp:supt",
                          "probation-wales:hpdu", "swansea-bay-uhb:head-safeguarding"],
    "npt-yjs-board": ["npt-council:dss/chair", "npt-council:yjs-manager", "swp:supt", "probation-wales:hpdu"],
}
SOURCED_SEATS: dict[tuple[str, str, str], str] = {
    **{(pid(p), "west-glamorgan-safeguarding-board", "chair"): S_WGSB_PRES
       for p in ["swansea-council:dss", "npt-council:dss", "swansea-bay-uhb:dn", "swp:supt"]},
    **{(pid(p), "safer-swansea", "chair"): S_SAFER_SWA for p in ["swansea-council:director-people", "swp:chsupt"]},
    (pid("npt-council:leader"), "npt-psb", "chair"): S_NPT_PSB_2025,
}
