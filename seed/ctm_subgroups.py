"""Sub-groups and task-and-finish groups of CTM partnerships.

Only the RPB children and young people strategic group (and, from a secondary source, the
LRF's Risk and Co-ordination & Training groups) are sourced; their details are not. Every
other sub-group is invented to show the shape of the landscape: the facts record that CTM
sub-group structures were not found, and that Bridgend PSB alone had 5 sub-boards with 72
members from 24 organisations (2018/19).
"""

from __future__ import annotations

from seed.ctm_common import GENERATOR, S_LRF_SUB, S_RPB_CYP, S_YJS_CT_2024, Row, illus, src

CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]
INVENTED = (
    "Illustrative: sub-group invented by the seed generator - CTM sub-group structures beyond the RPB children "
    "and young people group were not found in public sources (facts section 6)."
)


def _sub(note: str, *, source: str = GENERATOR, level: str = "subgroup", **cols: object) -> Row:
    parent = cols["subgroup_of"]
    cols.setdefault("reports_to", [parent])
    cols.setdefault("areas", CTM3)
    cols.setdefault("statutory", False)
    return illus(note, source=source, level=level, **cols)


SUBGROUPS: list[Row] = [
    # --- RPB --------------------------------------------------------------------------
    _sub(
        "Sourced: the CTM RPB has a strategic group for children and young people and mapped provision from "
        "conception to 25. Illustrative: name wording, name_cy, dates, frequency, hours, secretariat.",
        source=S_RPB_CYP,
        id="ctm-rpb-cyp", name_en="CTM RPB Children and Young People Strategic Group",
        name_cy="Grŵp Strategol Plant a Phobl Ifanc BPRh Cwm Taf Morgannwg", short_name="RPB CYP Group",
        kind="rpb", subgroup_of="ctm-rpb",
        themes=["children-looked-after", "safeguarding", "mental-health", "early-years", "exploitation"],
        established="2019-09-01", secretariat_id="rctcbc", chair_org_id="rctcbc", meeting_frequency="bimonthly",
        meeting_hours=2, terms_of_reference=True, review_date="2024-12-31",
        purpose_en="Join up regional provision for children and young people; map provision from conception to 25.",
        purpose_cy="Cydgysylltu darpariaeth ranbarthol i blant a phobl ifanc; mapio darpariaeth o'r cenhedlu hyd at 25.",
    ),
    _sub(
        INVENTED, id="ctm-rpb-mental-health", name_en="CTM RPB Mental Health Partnership Group",
        name_cy="Grŵp Partneriaeth Iechyd Meddwl BPRh Cwm Taf Morgannwg", kind="rpb", subgroup_of="ctm-rpb",
        themes=["mental-health", "substance-misuse", "housing", "social-care"], established="2020-01-01",
        secretariat_id="ctmuhb", chair_org_id="ctmuhb", meeting_frequency="bimonthly", meeting_hours=2,
        terms_of_reference=True, review_date="2026-01-31",
        purpose_en="Plan integrated adult mental health services across health, social care and the third sector.",
        purpose_cy="Cynllunio gwasanaethau iechyd meddwl integredig i oedolion.",
    ),
    _sub(
        INVENTED, id="ctm-rpb-carers", name_en="CTM RPB Carers Partnership Group",
        name_cy="Grŵp Partneriaeth Gofalwyr BPRh Cwm Taf Morgannwg", kind="rpb", subgroup_of="ctm-rpb",
        themes=["carers", "social-care", "well-being"], established="2020-01-01", secretariat_id="bcbc",
        chair_org_id="age-connects-morgannwg", meeting_frequency="quarterly", meeting_hours=2,
        terms_of_reference=None,
        purpose_en="Improve support for unpaid carers across the region.",
        purpose_cy="Gwella cymorth i ofalwyr di-dâl ar draws y rhanbarth.",
    ),
    _sub(
        INVENTED, id="ctm-rpb-dementia", name_en="CTM RPB Dementia Steering Group",
        name_cy="Grŵp Llywio Dementia BPRh Cwm Taf Morgannwg", kind="rpb", subgroup_of="ctm-rpb",
        themes=["dementia", "health", "carers", "social-care"], established="2021-04-01", secretariat_id="ctmuhb",
        chair_org_id="ctmuhb", meeting_frequency="quarterly", meeting_hours=1.5, terms_of_reference=False,
        purpose_en="Deliver the regional dementia pathway.",
        purpose_cy="Cyflawni'r llwybr dementia rhanbarthol.",
    ),
    # --- PSB: delivery groups follow the plan's two sourced objectives ----------------
    _sub(
        INVENTED + " Named after the Well-being Plan 2023-28 objective 'Healthy local neighbourhoods' (sourced).",
        id="ctm-psb-healthy", name_en="CTM PSB Healthy Local Neighbourhoods Delivery Group",
        name_cy="Grŵp Cyflawni Cymdogaethau Lleol Iach BGC Cwm Taf Morgannwg", kind="psb", subgroup_of="ctm-psb",
        themes=["health", "well-being", "poverty", "early-years"], established="2023-09-01", secretariat_id="rctcbc",
        chair_org_id="ctmuhb", meeting_frequency="bimonthly", meeting_hours=2, terms_of_reference=True,
        review_date="2025-09-30",
        purpose_en="Deliver the PSB objective 'Healthy local neighbourhoods'.",
        purpose_cy="Cyflawni amcan y BGC 'Cymdogaethau lleol iach'.",
    ),
    _sub(
        INVENTED + " Named after the objective 'Sustainable and resilient local neighbourhoods' (sourced).",
        id="ctm-psb-resilient", name_en="CTM PSB Sustainable and Resilient Neighbourhoods Delivery Group",
        name_cy="Grŵp Cyflawni Cymdogaethau Cynaliadwy a Chydnerth BGC Cwm Taf Morgannwg", kind="psb",
        subgroup_of="ctm-psb", themes=["environment", "economy", "housing", "community-safety"],
        established="2023-09-01", secretariat_id="bcbc", chair_org_id="nrw", meeting_frequency="bimonthly",
        meeting_hours=2, terms_of_reference=True, review_date="2025-09-30",
        purpose_en="Deliver the PSB objective 'Sustainable and resilient local neighbourhoods'.",
        purpose_cy="Cyflawni amcan y BGC 'Cymdogaethau lleol cynaliadwy a chydnerth'.",
    ),
    _sub(
        "Illustrative: task-and-finish group invented by the seed generator to show a group with an end date in "
        "the past (ended 2025-03-31).",
        level="task_and_finish", id="ctm-psb-cost-of-living", name_en="CTM PSB Cost of Living Task and Finish Group",
        name_cy="Grŵp Gorchwyl a Gorffen Costau Byw BGC Cwm Taf Morgannwg", kind="psb", subgroup_of="ctm-psb",
        themes=["poverty", "housing", "well-being"], established="2024-01-15", end_date="2025-03-31",
        secretariat_id="mtcbc", chair_org_id="mtcbc", meeting_frequency="monthly", meeting_hours=1.5,
        terms_of_reference=True,
        purpose_en="Co-ordinate partners' cost-of-living support over winter 2024-25.",
        purpose_cy="Cydlynu cymorth costau byw partneriaid dros aeaf 2024-25.",
    ),
    # --- Safeguarding Board ----------------------------------------------------------
    _sub(
        INVENTED, id="ctm-sb-practice-review", name_en="CTMSB Practice Review Group",
        name_cy="Grŵp Adolygu Ymarfer BDCTM", kind="safeguarding_board", subgroup_of="ctm-safeguarding-board",
        themes=["safeguarding", "social-care"], established="2019-06-01",
        secretariat_id="rctcbc", chair_org_id="ctmuhb", meeting_frequency="monthly", meeting_hours=2,
        terms_of_reference=True, review_date="2025-06-30",
        purpose_en="Commission and oversee child and adult practice reviews.",
        purpose_cy="Comisiynu a goruchwylio adolygiadau ymarfer plant ac oedolion.",
    ),
    _sub(
        INVENTED, id="ctm-sb-training", name_en="CTMSB Training and Workforce Development Group",
        name_cy="Grŵp Hyfforddiant a Datblygu'r Gweithlu BDCTM", kind="safeguarding_board",
        subgroup_of="ctm-safeguarding-board", themes=["safeguarding"], established="2019-06-01",
        secretariat_id="rctcbc", chair_org_id="bcbc", meeting_frequency="bimonthly", meeting_hours=1.5,
        terms_of_reference=None,
        purpose_en="Multi-agency safeguarding training.", purpose_cy="Hyfforddiant diogelu amlasiantaeth.",
    ),
    _sub(
        INVENTED + " Its seats deliberately overlap the RPB children and young people group (see seed README).",
        id="ctm-sb-exploitation", name_en="CTMSB Exploitation and Extra-Familial Harm Group",
        name_cy="Grŵp Camfanteisio a Niwed y Tu Allan i'r Teulu BDCTM", kind="safeguarding_board",
        subgroup_of="ctm-safeguarding-board",
        themes=["exploitation", "safeguarding", "children-looked-after", "mental-health", "youth-justice"],
        established="2021-01-01", secretariat_id="rctcbc", chair_org_id="swp", meeting_frequency="bimonthly",
        meeting_hours=2, terms_of_reference=True, review_date="2024-06-30",
        purpose_en="Multi-agency response to child exploitation and extra-familial harm.",
        purpose_cy="Ymateb amlasiantaeth i gamfanteisio ar blant a niwed y tu allan i'r teulu.",
    ),
    # --- APB, YJS, LRF -----------------------------------------------------------------
    _sub(
        "Illustrative: CTM APB executive group invented; APBs decide through an executive group in the Western Bay "
        "example (facts section 1).",
        id="ctm-apb-exec", name_en="CTM APB Executive Group", name_cy="Grŵp Gweithredol BCA Cwm Taf Morgannwg",
        kind="area_planning_board", subgroup_of="ctm-apb", themes=["substance-misuse", "health"],
        established="2019-04-01", secretariat_id="ctmuhb", chair_org_id="ctmuhb", meeting_frequency="monthly",
        meeting_hours=1.5, terms_of_reference=True, review_date="2023-03-31",
        purpose_en="Commissioning decisions and Substance Misuse Action Fund monitoring for the APB.",
        purpose_cy="Penderfyniadau comisiynu a monitro Cronfa Weithredu Camddefnyddio Sylweddau.",
    ),
    _sub(
        "Illustrative: task-and-finish group invented in response to HMIP (Aug 2024), which found no "
        "exploitation/extra-familial harm framework and a 'lack of shared understanding regarding roles and "
        "responsibilities' in Cwm Taf YJS. Reports to both the YJS board and the CTMSB exploitation group.",
        source=src(S_YJS_CT_2024, GENERATOR), level="task_and_finish",
        id="cwm-taf-yjs-efh-framework", name_en="Cwm Taf YJS Extra-Familial Harm Framework Task and Finish Group",
        name_cy="Grŵp Gorchwyl a Gorffen Fframwaith Niwed y Tu Allan i'r Teulu GCI Cwm Taf", kind="youth_justice_board",
        subgroup_of="cwm-taf-yjs-board", reports_to=["cwm-taf-yjs-board", "ctm-sb-exploitation"],
        areas=["merthyr-tydfil", "rhondda-cynon-taf"], themes=["exploitation", "youth-justice", "safeguarding"],
        established="2024-10-01", end_date="2025-12-31", secretariat_id="rctcbc", chair_org_id="rctcbc",
        meeting_frequency="monthly", meeting_hours=1.5, terms_of_reference=True,
        purpose_en="Agree a shared exploitation / extra-familial harm framework and roles.",
        purpose_cy="Cytuno ar fframwaith a rolau cyffredin ar gamfanteisio / niwed y tu allan i'r teulu.",
    ),
    _sub(
        "Sourced (secondary): the South Wales LRF has a Risk Group. Illustrative: name_cy, frequency, hours, chair.",
        source=S_LRF_SUB, id="sw-lrf-risk", name_en="South Wales LRF Risk Group", name_cy="Grŵp Risg FfCLl De Cymru",
        kind="resilience_forum", subgroup_of="south-wales-lrf", areas=["south-wales-police-area"],
        themes=["emergency-planning"], chair_org_id="swp", meeting_frequency="quarterly", meeting_hours=2,
        purpose_en="Maintain the Community Risk Register.", purpose_cy="Cynnal y Gofrestr Risg Gymunedol.",
    ),
    _sub(
        "Sourced (secondary): the South Wales LRF has a Co-ordination & Training Group. Illustrative: name_cy, "
        "frequency, hours, chair.",
        source=S_LRF_SUB, id="sw-lrf-coordination", name_en="South Wales LRF Co-ordination and Training Group",
        name_cy="Grŵp Cydlynu a Hyfforddi FfCLl De Cymru", kind="resilience_forum", subgroup_of="south-wales-lrf",
        areas=["south-wales-police-area"], themes=["emergency-planning"], chair_org_id="swfrs",
        meeting_frequency="quarterly", meeting_hours=2,
        purpose_en="Co-ordinate multi-agency plans, training and exercises.",
        purpose_cy="Cydlynu cynlluniau, hyfforddiant ac ymarferion amlasiantaeth.",
    ),
]
