"""Datasets (assessments, plans, reports, registers, data collections) and where they flow.

Modelled as Welsh information governance is (WASPI: https://www.waspi.gov.wales/framework-documentation/):
each dataset has a kind (personal data; aggregate or statistical; published report or assessment), a form,
a data controller (an organisation, never a board) and, for personal data shared between controllers, the
protocol it travels under (WASPI ISP, DDA, JCA, a statutory duty) or none recorded. Published and aggregate
datasets need no protocol, so their flows leave it empty.

The artefacts and their statutory basis are from facts section 4. Which organisation is each one's controller
is mostly not in the sources (illustrative), and nearly all flows are invented. The silos seed 000 names
(information confined to policy domains or regional structures) are built on purpose, worked out by hand
for 2025-06-30 in tests/test_answers_silos.py:
- the CTM well-being assessment reaches the JOSC and the Commissioner but not the CTM RPB, the VAWDASV board or
  the housing support group, each of which plans on a theme it covers; the HSG needs assessment flows nowhere;
- the population needs assessment and the well-being assessment (health), and the HSG needs assessment and the
  population needs assessment (mental health), assess the same ground for the same footprint in the same period;
- two flows of personal data have no protocol recorded (domestic abuse referrals to RCT CSP; Bridgend's
  children looked after data to the health board): questions to check, not breaches.
"""

from __future__ import annotations

from seed.ctm_common import (
    GENERATOR,
    S_CT_PSB_2022,
    S_CTM_PSB,
    S_CTM_WBP,
    S_EARLY_YEARS,
    S_HOMELESS_B,
    S_HSG_GUIDE,
    S_HSG_RCT,
    S_JOSC,
    S_LRF_B,
    S_LRF_CRR,
    S_MERTHYR_VAWDASV,
    S_MSR,
    S_PNA_LAW,
    S_RPB_WG,
    S_SB_GUIDE,
    S_WASPI,
    S_WFGA_37,
    S_YJS_B_PLAN,
    S_YJS_CT_2017,
    SEED_000,
    SILO_NOTE,
    Row,
    fact,
    illus,
    src,
)

HOLDER = ("controller_id illustrative: the controller is not named in the sources; period illustrative unless "
          "its title names it.")
TITLE_YEARS = "Period: the financial year(s) its title names."


def ds(note: str | None, source: str, *, illustrative: bool, **cols: object) -> Row:
    if illustrative:
        return illus(note or HOLDER, source=source, **cols)
    return fact(source, note=note, **cols)


DATASETS: list[Row] = [
    ds("Illustrative: CTM PNA 2022 not retrieved (GK-U) and 5-year cycle GK-U. " + HOLDER, src(S_PNA_LAW, SEED_000),
       illustrative=True, id="ctm-pna-2022", name_en="Cwm Taf Morgannwg Population Needs Assessment 2022",
       name_cy="Asesiad o Anghenion y Boblogaeth Cwm Taf Morgannwg 2022", kind="published", form="assessment", period_start='2022-04-01', period_end='2027-03-31', controller_id="ctmuhb",
       partnership_id="ctm-rpb", themes=["social-care", "health", "carers", "mental-health", "children-looked-after",
                                         "early-years", "dementia"]),
    ds("Joint Cwm Taf + Bridgend assessment for CTM (pre-2023), underpinning the CTM plan. " + HOLDER,
       src(S_CTM_PSB, S_WFGA_37, S_PNA_LAW), illustrative=True, id="ctm-wba-2022",
       name_en="Cwm Taf Morgannwg Assessment of Local Well-being 2022", name_cy="Asesiad Llesiant Cwm Taf Morgannwg 2022",
       kind="published", form="assessment", period_start='2022-05-01', period_end='2027-04-30', controller_id="rctcbc", partnership_id="ctm-psb",
       themes=["well-being", "poverty", "health", "environment", "economy", "community-safety"]),
    ds("'A More Equal Cwm Taf Morgannwg'; approved by the PSB and the six statutory partners. " + HOLDER,
       src(S_CTM_WBP, "https://democratic.bridgend.gov.uk/mgAi.aspx?ID=15222&LLL=0"), illustrative=True,
       id="ctm-wbp-2023-28", name_en="Cwm Taf Morgannwg Well-being Plan 2023-28",
       name_cy="Cynllun Llesiant Cwm Taf Morgannwg 2023-28", kind="published", form="plan", period_start='2023-05-18', period_end='2028-04-30', controller_id="rctcbc", partnership_id="ctm-psb",
       themes=["well-being", "poverty", "health", "environment", "economy", "housing"]),
    ds("First Cwm Taf Well-being Plan, launched 3 May 2018. " + HOLDER,
       "http://www.ourcwmtaf.wales/launch-of-cwm-taf-well-being-plan", illustrative=True, id="cwm-taf-wbp-2018-23",
       name_en="Cwm Taf Well-being Plan 2018-23", name_cy="Cynllun Llesiant Cwm Taf 2018-23", kind="published", form="plan", period_start='2018-05-03', period_end='2023-05-17',
       controller_id="rctcbc", partnership_id="cwm-taf-psb", themes=["well-being", "community-safety", "health", "economy"]),
    ds("Four objectives incl. Best Start in Life. " + HOLDER, "https://www.bridgend.gov.uk/my-council/bridgend-public-services-board/",
       illustrative=True, id="bridgend-wbp-2018-23", name_en="Bridgend Well-being Plan 2018-23",
       name_cy="Cynllun Llesiant Pen-y-bont ar Ogwr 2018-23", kind="published", form="plan", period_start='2018-05-01', period_end='2023-05-17', controller_id="bcbc",
       partnership_id="bridgend-psb", themes=["well-being", "early-years", "community-safety", "poverty"]),
    ds("Cwm Taf PSB final annual report 2021-22. " + HOLDER, S_CT_PSB_2022, illustrative=True,
       id="cwm-taf-psb-ar-2021-22", name_en="Cwm Taf PSB Annual Report 2021-22",
       name_cy="Adroddiad Blynyddol BGC Cwm Taf 2021-22", kind="published", form="report", period_start='2021-04-01', period_end='2022-03-31', controller_id="rctcbc",
       partnership_id="cwm-taf-psb", themes=["well-being"]),
    ds("Annual report (SSWBA s.136, by 31 July), received by member councils e.g. Merthyr Council Sept 2025. " + HOLDER,
       src(S_SB_GUIDE, "https://opengovernment.network/meetings/78656"), illustrative=True,
       id="ctmsb-annual-report-2024-25", name_en="CTM Safeguarding Board Annual Report 2024-25",
       name_cy="Adroddiad Blynyddol Bwrdd Diogelu Cwm Taf Morgannwg 2024-25", kind="published", form="report", period_start='2024-04-01', period_end='2025-03-31', controller_id="rctcbc",
       partnership_id="ctm-safeguarding-board", themes=["safeguarding", "domestic-abuse", "exploitation"]),
    ds("Strategy exists (presented to Merthyr scrutiny by Safer Merthyr Tydfil); period not in sources. " + HOLDER,
       S_MERTHYR_VAWDASV, illustrative=True, id="ctm-vawdasv-strategy", name_en="Cwm Taf Morgannwg VAWDASV Strategy",
       name_cy="Strategaeth Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol Cwm Taf Morgannwg",
       kind="published", form="strategy", controller_id="mtcbc", partnership_id="ctm-vawdasv",
       themes=["domestic-abuse", "safeguarding", "community-safety"]),
    ds("Bridgend YJS Annual Plan 2023-24 (name_cy: seed author's rendering). " + TITLE_YEARS, S_YJS_B_PLAN, illustrative=False,
       id="bridgend-yjp-2023-24", name_en="Bridgend Youth Justice Plan 2023-24",
       name_cy="Cynllun Cyfiawnder Ieuenctid Pen-y-bont ar Ogwr 2023-24", kind="published", form="plan", period_start='2023-04-01', period_end='2024-03-31', controller_id="bcbc",
       partnership_id="bridgend-yjs-board", themes=["youth-justice"]),
    ds("Illustrative: Cwm Taf YJS plan for 2024-25 not in sources (annual plan duty, s.40 GK-U). " + HOLDER + " "
       + SILO_NOTE, src(S_YJS_B_PLAN, GENERATOR), illustrative=True, id="cwm-taf-yjp-2024-25",
       name_en="Cwm Taf Youth Justice Plan 2024-25", name_cy="Cynllun Cyfiawnder Ieuenctid Cwm Taf 2024-25",
       kind="published", form="plan", period_start='2024-04-01', period_end='2025-03-31', controller_id="rctcbc", partnership_id="cwm-taf-yjs-board", themes=["youth-justice", "exploitation"]),
    ds("South Wales Community Risk Register (ranked low to very high). " + HOLDER + " " + SILO_NOTE,
       src(S_LRF_CRR, S_LRF_B), illustrative=True, id="sw-crr", name_en="South Wales Community Risk Register",
       name_cy="Cofrestr Risg Gymunedol De Cymru", kind="published", form="register", controller_id="swp", partnership_id="south-wales-lrf",
       themes=["emergency-planning"]),
    ds("RCT Housing Support Programme Strategy 2022-26 (name_cy: seed author's rendering). " + TITLE_YEARS + " "
       + SILO_NOTE, S_HSG_RCT,
       illustrative=False, id="rct-hsp-strategy-2022-26", name_en="RCT Housing Support Programme Strategy 2022-26",
       name_cy="Strategaeth Rhaglen Cymorth Tai Rhondda Cynon Taf 2022-26", kind="published", form="strategy", period_start='2022-04-01', period_end='2026-03-31', controller_id="rctcbc",
       themes=["housing", "poverty"]),
    ds("BCBC Homelessness Strategy 2018-22 (name_cy: seed author's rendering). " + TITLE_YEARS, S_HOMELESS_B, illustrative=False,
       id="bcbc-homelessness-strategy-2018-22", name_en="Bridgend Homelessness Strategy 2018-22",
       name_cy="Strategaeth Digartrefedd Pen-y-bont ar Ogwr 2018-22", kind="published", form="strategy", period_start='2018-04-01', period_end='2022-03-31', controller_id="bcbc",
       themes=["housing"]),
    ds("Illustrative: regional HSG needs assessment for CTM not in sources (HSG guidance: 4-yearly needs "
       "assessment). Deliberately flows nowhere. " + SILO_NOTE, src(S_HSG_GUIDE, GENERATOR), illustrative=True,
       id="ctm-hsg-needs-2022", name_en="CTM Housing Support Grant Needs Assessment 2022",
       name_cy="Asesiad Anghenion Grant Cymorth Tai Cwm Taf Morgannwg 2022", kind="published", form="assessment", period_start='2022-04-01', period_end='2026-03-31', controller_id="mtcbc",
       partnership_id="ctm-housing-support-group", themes=["housing", "mental-health", "substance-misuse"]),
    ds("Illustrative: CTM Market Stability Report not retrieved (GK-U). Deliberately flows nowhere. " + SILO_NOTE,
       src(S_MSR, GENERATOR), illustrative=True, id="ctm-msr-2022", name_en="CTM Local Market Stability Report 2022",
       name_cy="Adroddiad Sefydlogrwydd y Farchnad Leol Cwm Taf Morgannwg 2022", kind="published", form="report", period_start='2022-04-01', period_end='2027-03-31', controller_id="rctcbc",
       partnership_id="ctm-rpb", themes=["social-care"]),
    ds("Illustrative: RPB annual report and bi-annual self-assessment are required by WG; this edition not in "
       "sources. " + HOLDER, src(S_RPB_WG, GENERATOR), illustrative=True, id="ctm-rpb-annual-report-2024-25",
       name_en="CTM RPB Annual Report 2024-25", name_cy="Adroddiad Blynyddol BPRh Cwm Taf Morgannwg 2024-25",
       kind="published", form="report", period_start='2024-04-01', period_end='2025-03-31', controller_id="ctmuhb", partnership_id="ctm-rpb", themes=["social-care", "health", "carers"]),
    # --- personal data --------------------------------------------------------------------
    ds("Illustrative: substance misuse treatment data of the APB (personal data) invented. " + SILO_NOTE, GENERATOR,
       illustrative=True, id="ctm-apb-treatment-data", name_en="CTM substance misuse treatment data",
       name_cy="Data triniaeth camddefnyddio sylweddau Cwm Taf Morgannwg", kind="personal", form="data_collection",
       controller_id="ctmuhb", partnership_id="ctm-apb", themes=["substance-misuse", "mental-health"]),
    ds("Illustrative: domestic abuse referral data (MARAC / police referrals) invented. Comparator: Gwent VAWDASV "
       "had 'no formal mechanisms for information sharing with CSPs'.",
       src(GENERATOR, "http://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=19904&LLL=0"), illustrative=True,
       id="ctm-da-referrals", name_en="CTM domestic abuse referral data", name_cy="Data atgyfeirio cam-drin domestig Cwm Taf Morgannwg",
       kind="personal", form="data_collection", controller_id="swp", partnership_id="ctm-vawdasv",
       themes=["domestic-abuse", "safeguarding"]),
    *[ds("Illustrative: children looked after case data of each council (statutory returns) invented.", GENERATOR,
         illustrative=True, id=f"{la}-cla-data", name_en=f"{name} children looked after data",
         name_cy=f"Data plant sy'n derbyn gofal {name_cy}", kind="personal", form="data_collection", controller_id=la,
         themes=["children-looked-after", "safeguarding"])
      for la, name, name_cy in [("bcbc", "Bridgend", "Pen-y-bont ar Ogwr"), ("mtcbc", "Merthyr Tydfil", "Merthyr Tudful"),
                                ("rctcbc", "Rhondda Cynon Taf", "Rhondda Cynon Taf")]],
    ds("Illustrative: police missing-children notifications invented; HMIP 2017 found information about missing "
       "children 'did not always reach the right case managers' in Cwm Taf YOS.", src(GENERATOR, S_YJS_CT_2017),
       illustrative=True, id="swp-missing-children", name_en="South Wales Police missing children notifications (CTM)",
       name_cy="Hysbysiadau plant ar goll Heddlu De Cymru (CTM)", kind="personal", form="data_collection", controller_id="swp",
       themes=["safeguarding", "exploitation", "children-looked-after"]),
    ds("RCT Early Years pilot (2019, with WG, CTMUHB, MTCBC; supported by Cwm Taf PSB) 'applying vulnerability "
       "profiling data to support targeting of services'. name_cy: seed author's rendering.", S_EARLY_YEARS,
       illustrative=False, id="rct-early-years-profiling", name_en="RCT early years vulnerability profiling data",
       name_cy="Data proffilio bregusrwydd blynyddoedd cynnar Rhondda Cynon Taf", kind="personal", form="data_collection",
       controller_id="rctcbc", themes=["early-years", "poverty"]),
]


def fl(note: str | None, source: str, *, illustrative: bool, dataset: str, to_kind: str, to_id: str,
       protocol: str | None = None, ref: str | None = None) -> Row:
    """A flow; protocol only for personal data (None: none recorded, or not needed for published/aggregate data)."""
    cols = {"dataset_id": dataset, "to_kind": to_kind, "to_id": to_id, "protocol": protocol, "protocol_ref": ref}
    if illustrative:
        return illus(note or "Illustrative: flow invented by the seed generator.", source=source, **cols)
    return fact(source, note=note, **cols)


F_INV = "Illustrative: flow invented by the seed generator (data flows are not in public sources)."
F_ISP = "Illustrative: WASPI Information Sharing Protocol assumed; no CTM ISP found in the sources."
TO_P, TO_O = "partnership", "organisation"

DATASET_FLOWS: list[Row] = [
    fl("WFGA s.38: the PSB must take account of the most recent population assessment. Seed 000: joint picture "
       "built 'through the Population Needs Assessment'.", src(S_WFGA_37, SEED_000), illustrative=False,
       dataset="ctm-pna-2022", to_kind=TO_P, to_id="ctm-psb"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="ctm-pna-2022", to_kind=TO_O, to_id="welsh-government"),
    fl("The JOSC is a statutory consultee on the well-being assessment.", S_JOSC, illustrative=False,
       dataset="ctm-wba-2022", to_kind=TO_P, to_id="ctm-josc"),
    fl("Commissioner fed back to 14 PSBs on draft 2022 assessments.", "https://futuregenerations.wales/?p=3126",
       illustrative=False, dataset="ctm-wba-2022", to_kind=TO_O, to_id="fgc-wales"),
    fl("The JOSC is a statutory consultee on the well-being plan.", S_JOSC, illustrative=False,
       dataset="ctm-wbp-2023-28", to_kind=TO_P, to_id="ctm-josc"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="ctm-wbp-2023-28", to_kind=TO_O, to_id="welsh-government"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="ctm-wbp-2023-28", to_kind=TO_O, to_id="fgc-wales"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="cwm-taf-psb-ar-2021-22", to_kind=TO_P, to_id="cwm-taf-psb-josc"),
    fl("The PSB JOSC is a statutory consultee on the well-being plan.", S_JOSC, illustrative=False,
       dataset="cwm-taf-wbp-2018-23", to_kind=TO_P, to_id="cwm-taf-psb-josc"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="bridgend-wbp-2018-23", to_kind=TO_O, to_id="fgc-wales"),
    fl("Annual report received by Merthyr Tydfil Council (Sept 2025).", "https://opengovernment.network/meetings/78656",
       illustrative=False, dataset="ctmsb-annual-report-2024-25", to_kind=TO_O, to_id="mtcbc"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="ctmsb-annual-report-2024-25", to_kind=TO_O, to_id="welsh-government"),
    fl("Strategy presented to Merthyr scrutiny by Safer Merthyr Tydfil.", S_MERTHYR_VAWDASV, illustrative=False,
       dataset="ctm-vawdasv-strategy", to_kind=TO_P, to_id="merthyr-csp"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="bridgend-yjp-2023-24", to_kind=TO_O, to_id="hmip"),
    fl(F_INV + " " + SILO_NOTE, GENERATOR, illustrative=True, dataset="cwm-taf-yjp-2024-25", to_kind=TO_O, to_id="hmip"),
    *[fl("Illustrative: flow to this body invented. The register is published, so it needs no sharing protocol "
         "(the CCA 2004 duty to share information concerns responders' own information). " + SILO_NOTE,
         src(S_LRF_B, GENERATOR), illustrative=True, dataset="sw-crr", to_kind=TO_O, to_id=o)
      for o in ["bcbc", "mtcbc", "rctcbc"]],
    fl(F_INV + " " + SILO_NOTE, GENERATOR, illustrative=True, dataset="rct-hsp-strategy-2022-26", to_kind=TO_O,
       to_id="welsh-government"),
    fl(F_ISP + " " + SILO_NOTE, src(S_WASPI, GENERATOR), illustrative=True, dataset="ctm-apb-treatment-data",
       to_kind=TO_P, to_id="ctm-apb-exec", protocol="waspi_isp"),
    fl(F_INV + " One-way return to Welsh Government (Data Disclosure Agreement assumed).", src(S_WASPI, GENERATOR),
       illustrative=True, dataset="ctm-apb-treatment-data", to_kind=TO_O, to_id="welsh-government", protocol="waspi_dda"),
    fl(F_ISP, src(S_WASPI, GENERATOR), illustrative=True, dataset="ctm-da-referrals", to_kind=TO_P, to_id="ctm-vawdasv",
       protocol="waspi_isp"),
    *[fl(F_ISP, src(S_WASPI, GENERATOR), illustrative=True, dataset="ctm-da-referrals", to_kind=TO_O, to_id=o,
         protocol="waspi_isp") for o in ["bcbc", "mtcbc", "rctcbc"]],
    fl("Illustrative: recorded as reaching the CSP with no protocol recorded (comparator: Gwent VAWDASV lacked "
       "formal information sharing with CSPs).",
       src(GENERATOR, "http://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=19904&LLL=0"), illustrative=True,
       dataset="ctm-da-referrals", to_kind=TO_P, to_id="rct-csp"),
    *[fl(F_INV + " Statutory return.", GENERATOR, illustrative=True, dataset=f"{la}-cla-data", to_kind=TO_O,
         to_id="welsh-government", protocol="statutory", ref="Statutory children looked after return")
      for la in ["bcbc", "mtcbc", "rctcbc"]],
    *[fl(F_INV + " Placement commissioning (one-way, DDA assumed).", src(S_WASPI, GENERATOR), illustrative=True,
         dataset=f"{la}-cla-data", to_kind=TO_O, to_id="4c", protocol="waspi_dda") for la in ["mtcbc", "rctcbc"]],
    fl("Illustrative: children looked after data shared with the health board (e.g. for statutory health "
       "assessments) is plausible; no protocol is recorded here, so the silo check asks about it.",
       src(S_WASPI, GENERATOR), illustrative=True, dataset="bcbc-cla-data", to_kind=TO_O, to_id="ctmuhb"),
    fl(F_ISP, src(S_WASPI, GENERATOR), illustrative=True, dataset="rctcbc-cla-data", to_kind=TO_P, to_id="ctm-rpb-cyp",
       protocol="waspi_isp", ref="CTM-ISP-CYP (illustrative reference)"),
    *[fl(F_ISP + " HMIP 2017: missing-children information did not always reach case managers - no flow to the YJS.",
         src(S_WASPI, S_YJS_CT_2017), illustrative=True, dataset="swp-missing-children", to_kind=TO_O, to_id=o,
         protocol="waspi_isp") for o in ["rctcbc", "mtcbc", "bcbc"]],
    fl(F_ISP, src(S_EARLY_YEARS, S_WASPI), illustrative=True, dataset="rct-early-years-profiling", to_kind=TO_O,
       to_id="ctmuhb", protocol="waspi_isp"),
    fl(F_ISP, src(S_EARLY_YEARS, S_WASPI), illustrative=True, dataset="rct-early-years-profiling", to_kind=TO_O,
       to_id="mtcbc", protocol="waspi_isp"),
    fl(F_INV, GENERATOR, illustrative=True, dataset="ctm-rpb-annual-report-2024-25", to_kind=TO_O,
       to_id="welsh-government"),
]
