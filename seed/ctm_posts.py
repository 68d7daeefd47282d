"""Posts (pseudonymous people) and the seat plan the generator expands.

No real individual is named: a person is a post, e.g. ``post-rctcbc-dss`` = Director of
Social Services, RCTCBC, with an empty display_name. Seat lists of CTM boards are not
public, so the plan below is illustrative design data; it is written so that the
"usual suspects" (police, probation, PCC and health board safeguarding posts) sit on
6-10 boards, most posts on 1-3, and three groups of partnerships overlap heavily:
the RPB children's group and the CTMSB exploitation group; the three CSPs and the
VAWDASV board; the PSB and the RPB. Seats found in a source are listed in SOURCED_SEATS.
"""

from __future__ import annotations

from seed.ctm_common import S_B_PSB_AR, S_CCR, S_CT_PSB_2022, S_RPB_FUND, S_VRP_2, S_YJS_B

CTM_LAS = ("bcbc", "mtcbc", "rctcbc")

# suffix -> (English title, Welsh title); one post per council for each
LA_POSTS: dict[str, tuple[str, str]] = {
    "ceo": ("Chief Executive", "Prif Weithredwr"),
    "leader": ("Leader of the Council", "Arweinydd y Cyngor"),
    "cab-social": ("Cabinet Member for Social Services", "Aelod Cabinet dros Wasanaethau Cymdeithasol"),
    "dss": ("Director of Social Services", "Cyfarwyddwr Gwasanaethau Cymdeithasol"),
    "hos-children": ("Head of Children's Services", "Pennaeth Gwasanaethau Plant"),
    "hos-adults": ("Head of Adult Services", "Pennaeth Gwasanaethau Oedolion"),
    "cs-manager": ("Community Safety Manager", "Rheolwr Diogelwch Cymunedol"),
    "vawdasv-lead": ("VAWDASV Lead Officer", "Swyddog Arweiniol Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol"),
    "housing-head": ("Head of Housing", "Pennaeth Tai"),
    "ep-officer": ("Emergency Planning Manager", "Rheolwr Cynllunio at Argyfwng"),
    "josc-member": ("Scrutiny councillor (JOSC member)", "Cynghorydd craffu (aelod o'r Cydbwyllgor)"),
    "partnerships-manager": ("Partnerships and Well-being Manager", "Rheolwr Partneriaethau a Llesiant"),
}

# (organisation, suffix, English, Welsh)
OTHER_POSTS: list[tuple[str, str, str, str]] = [
    ("bcbc", "cab-communities", "Cabinet Member for Communities", "Aelod Cabinet dros Gymunedau"),
    ("bcbc", "yjs-manager", "Youth Justice Service Manager", "Rheolwr y Gwasanaeth Cyfiawnder Ieuenctid"),
    ("rctcbc", "yjs-manager", "Cwm Taf Youth Justice Service Manager", "Rheolwr Gwasanaeth Cyfiawnder Ieuenctid Cwm Taf"),
    ("rctcbc", "scrutiny-officer", "Head of Democratic Services", "Pennaeth Gwasanaethau Democrataidd"),
    ("ctmuhb", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("ctmuhb", "chair", "Chair of the Health Board", "Cadeirydd y Bwrdd Iechyd"),
    ("ctmuhb", "dn", "Executive Director of Nursing", "Cyfarwyddwr Gweithredol Nyrsio"),
    ("ctmuhb", "dph", "Director of Public Health", "Cyfarwyddwr Iechyd y Cyhoedd"),
    ("ctmuhb", "dir-strategy", "Director of Strategy and Transformation", "Cyfarwyddwr Strategaeth a Thrawsnewid"),
    ("ctmuhb", "head-safeguarding", "Head of Safeguarding", "Pennaeth Diogelu"),
    ("ctmuhb", "mh-director", "Director of Mental Health and Learning Disabilities",
     "Cyfarwyddwr Iechyd Meddwl ac Anableddau Dysgu"),
    ("ctmuhb", "camhs-lead", "CAMHS Clinical Lead", "Arweinydd Clinigol CAMHS"),
    ("ctmuhb", "sm-lead", "Substance Misuse Services Lead", "Arweinydd Gwasanaethau Camddefnyddio Sylweddau"),
    ("ctmuhb", "ep-head", "Head of Emergency Preparedness", "Pennaeth Parodrwydd at Argyfwng"),
    ("ctmuhb", "dementia-lead", "Clinical Lead for Dementia", "Arweinydd Clinigol Dementia"),
    ("swp", "chsupt", "Chief Superintendent, Local Policing (CTM)", "Prif Uwch-arolygydd, Plismona Lleol (CTM)"),
    ("swp", "supt-safeguarding", "Superintendent, Public Protection", "Uwch-arolygydd, Amddiffyn y Cyhoedd"),
    ("swp", "di-exploitation", "Detective Inspector, Exploitation", "Ditectif Arolygydd, Camfanteisio"),
    ("swp", "acc", "Assistant Chief Constable", "Prif Gwnstabl Cynorthwyol"),
    ("swp", "insp-partnerships", "Partnerships Inspector", "Arolygydd Partneriaethau"),
    ("swp", "civil-contingencies", "Head of Civil Contingencies", "Pennaeth Argyfyngau Sifil"),
    ("south-wales-pcc", "apcc", "Assistant Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu Cynorthwyol"),
    ("south-wales-pcc", "commissioning", "Head of Commissioning and Partnerships", "Pennaeth Comisiynu a Phartneriaethau"),
    ("swfrs", "am", "Area Manager, Community Risk Reduction", "Rheolwr Ardal, Lleihau Risg Cymunedol"),
    ("swfrs", "acfo", "Assistant Chief Fire Officer", "Prif Swyddog Tân Cynorthwyol"),
    ("swfrs", "gm", "Group Manager, Resilience", "Rheolwr Grŵp, Cydnerthedd"),
    ("nrw", "place-lead", "Head of Operations, South Central", "Pennaeth Gweithrediadau, Canol De"),
    ("welsh-government", "psb-rep", "Deputy Director, PSB liaison", "Dirprwy Gyfarwyddwr, cyswllt BGC"),
    ("welsh-government", "resilience", "Head of Resilience", "Pennaeth Cydnerthedd"),
    ("probation-wales", "hpdu", "Head of Probation Delivery Unit (CTM)", "Pennaeth Uned Cyflawni Prawf (CTM)"),
    ("probation-wales", "spo-yjs", "Senior Probation Officer (youth justice)", "Uwch Swyddog Prawf (cyfiawnder ieuenctid)"),
    ("hmp-parc", "director", "Prison Director", "Cyfarwyddwr y Carchar"),
    ("wast", "safeguarding", "Head of Safeguarding", "Pennaeth Diogelu"),
    ("wast", "locality", "Locality Manager", "Rheolwr Ardal"),
    ("phw", "consultant", "Consultant in Public Health (CTM)", "Ymgynghorydd Iechyd y Cyhoedd (CTM)"),
    ("interlink-rct", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("vamt", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("bavo", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("age-connects-morgannwg", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("ctm-housing-association", "ceo", "Chief Executive", "Prif Weithredwr"),
    ("usw", "pvc", "Pro Vice-Chancellor", "Dirprwy Is-Ganghellor"),
    ("dwp", "partnership-manager", "Partnership Manager", "Rheolwr Partneriaeth"),
    ("coleg-y-cymoedd", "principal", "Principal", "Pennaeth"),
    ("swansea-bay-pha", "officer", "Port Health Officer", "Swyddog Iechyd Porthladd"),
    ("cardiff-council", "ep-officer", "Emergency Management Manager", "Rheolwr Rheoli Argyfwng"),
]

# Posts whose existence is in a source (the rest are illustrative): post suffix -> (source, note)
SOURCED_POSTS: dict[str, tuple[str, str]] = {
    "post-south-wales-pcc-apcc": (
        f"{S_B_PSB_AR} ; {S_CT_PSB_2022}", "An Assistant PCC chaired Bridgend PSB (2018/19) and Cwm Taf PSB (2022)."
    ),
    "post-bcbc-ceo": (S_YJS_B, "Co-chairs the Bridgend YJS management board."),
    "post-bcbc-cab-communities": (S_YJS_B, "Co-chairs the Bridgend YJS management board."),
    "post-age-connects-morgannwg-ceo": (S_RPB_FUND, "Chaired the CTM RPB c.2019."),
}


def pid(ref: str) -> str:
    """'rctcbc:dss' -> 'post-rctcbc-dss'."""
    org, suffix = ref.split(":")
    return f"post-{org}-{suffix}"


# Seat plan: partnership -> list of "org:suffix" or "org:suffix/role" (role defaults to member).
PSB_CORE = ["bcbc:ceo", "mtcbc:ceo", "rctcbc:ceo", "ctmuhb:ceo", "swfrs:acfo", "nrw:place-lead"]
VAWDASV_CORE = ["swp:chsupt", "south-wales-pcc:apcc", "swfrs:am", "probation-wales:hpdu", "ctmuhb:head-safeguarding"]
CYP_CORE = ["bcbc:hos-children", "mtcbc:hos-children", "rctcbc:hos-children", "rctcbc:dss", "ctmuhb:dn",
            "ctmuhb:camhs-lead", "swp:supt-safeguarding"]

SEAT_PLAN: dict[str, list[str]] = {
    "ctm-psb": [*PSB_CORE, "ctmuhb:dph", "ctmuhb:dir-strategy", "welsh-government:psb-rep/invited_participant",
                "swp:chsupt/invited_participant", "south-wales-pcc:apcc/invited_participant",
                "probation-wales:hpdu/invited_participant", "interlink-rct:ceo/invited_participant",
                "vamt:ceo/invited_participant", "bavo:ceo/invited_participant", "rctcbc:partnerships-manager/secretariat",
                "usw:pvc/observer"],
    "ctm-rpb": ["age-connects-morgannwg:ceo/chair", "rctcbc:dss", "mtcbc:dss", "bcbc:dss", "rctcbc:cab-social",
                "mtcbc:cab-social", "bcbc:cab-social", "ctmuhb:ceo", "ctmuhb:dn", "ctmuhb:dir-strategy/secretariat",
                "ctmuhb:dph", "interlink-rct:ceo", "vamt:ceo", "bavo:ceo", "ctm-housing-association:ceo", "rctcbc:ceo",
                "ctmuhb:chair/vice_chair"],
    "ctm-rpb-cyp": ["rctcbc:dss/chair", *CYP_CORE[:3], *CYP_CORE[4:], "phw:consultant"],
    "ctm-sb-exploitation": ["swp:supt-safeguarding/chair", *CYP_CORE[:6], "swp:di-exploitation",
                            "rctcbc:yjs-manager"],
    "ctm-safeguarding-board": ["rctcbc:dss/chair", "ctmuhb:dn/vice_chair", "mtcbc:dss", "bcbc:dss",
                               "swp:supt-safeguarding", "probation-wales:hpdu", "wast:safeguarding", "hmp-parc:director",
                               "interlink-rct:ceo", "vamt:ceo", "bavo:ceo", "ctmuhb:head-safeguarding"],
    "ctm-sb-practice-review": ["ctmuhb:head-safeguarding/chair", "bcbc:hos-adults", "mtcbc:hos-adults",
                               "rctcbc:hos-adults", "bcbc:hos-children", "ctmuhb:dn", "wast:safeguarding"],
    "ctm-sb-training": ["bcbc:hos-adults/chair", "ctmuhb:head-safeguarding", "wast:safeguarding", "vamt:ceo"],
    "bridgend-csp": ["swp:chsupt/chair", "bcbc:cs-manager/secretariat", "bcbc:vawdasv-lead", *VAWDASV_CORE[1:]],
    "rct-csp": ["rctcbc:cs-manager/chair", "rctcbc:vawdasv-lead", "swp:chsupt", "south-wales-pcc:apcc", "swfrs:am",
                "ctmuhb:head-safeguarding", "probation-wales:hpdu/invited_participant"],
    "merthyr-csp": ["mtcbc:cs-manager/chair", "mtcbc:vawdasv-lead", *VAWDASV_CORE, "vamt:ceo"],
    "ctm-vawdasv": ["south-wales-pcc:apcc/chair", "bcbc:vawdasv-lead", "mtcbc:vawdasv-lead", "rctcbc:vawdasv-lead",
                    "swp:chsupt", "swfrs:am", "probation-wales:hpdu", "ctmuhb:head-safeguarding"],
    "ctm-apb": ["ctmuhb:sm-lead/chair", "ctmuhb:mh-director", "bcbc:cs-manager", "mtcbc:cs-manager",
                "rctcbc:cs-manager", "swp:chsupt", "south-wales-pcc:apcc", "south-wales-pcc:commissioning",
                "probation-wales:hpdu", "rctcbc:dss"],
    "ctm-apb-exec": ["ctmuhb:sm-lead/chair", "south-wales-pcc:commissioning", "rctcbc:cs-manager", "mtcbc:cs-manager"],
    "cwm-taf-yjs-board": ["mtcbc:dss/chair", "rctcbc:dss", "rctcbc:yjs-manager/secretariat", "swp:chsupt",
                          "probation-wales:spo-yjs", "ctmuhb:camhs-lead", "rctcbc:hos-children", "mtcbc:hos-children"],
    "bridgend-yjs-board": ["bcbc:ceo/chair", "bcbc:cab-communities/chair", "bcbc:yjs-manager/secretariat",
                           "swp:chsupt", "probation-wales:spo-yjs", "ctmuhb:camhs-lead", "bcbc:hos-children"],
    "cwm-taf-yjs-efh-framework": ["rctcbc:yjs-manager/chair", "swp:di-exploitation", "rctcbc:hos-children",
                                  "mtcbc:hos-children", "ctmuhb:camhs-lead", "probation-wales:spo-yjs"],
    "ctm-rpb-mental-health": ["ctmuhb:mh-director/chair", "ctmuhb:dn", "bcbc:hos-adults", "mtcbc:hos-adults",
                              "rctcbc:hos-adults", "interlink-rct:ceo", "ctm-housing-association:ceo", "ctmuhb:sm-lead"],
    "ctm-rpb-carers": ["age-connects-morgannwg:ceo/chair", "bcbc:hos-adults", "mtcbc:hos-adults", "rctcbc:hos-adults",
                       "bavo:ceo"],
    "ctm-rpb-dementia": ["ctmuhb:dementia-lead/chair", "bcbc:hos-adults", "age-connects-morgannwg:ceo"],
    "ctm-psb-healthy": ["ctmuhb:dph/chair", "phw:consultant", "rctcbc:partnerships-manager/secretariat",
                        "mtcbc:partnerships-manager", "bcbc:partnerships-manager"],
    "ctm-psb-resilient": ["nrw:place-lead/chair", "swfrs:gm", "bcbc:partnerships-manager/secretariat",
                          "rctcbc:partnerships-manager"],
    "ctm-psb-cost-of-living": ["mtcbc:partnerships-manager/chair", "dwp:partnership-manager", "bcbc:housing-head",
                               "mtcbc:housing-head", "rctcbc:housing-head", "vamt:ceo", "ctm-housing-association:ceo"],
    "ctm-housing-support-group": ["mtcbc:housing-head/chair", "bcbc:housing-head", "rctcbc:housing-head",
                                  "ctm-housing-association:ceo", "ctmuhb:sm-lead"],
    "ctm-josc": ["bcbc:josc-member", "mtcbc:josc-member", "rctcbc:josc-member", "rctcbc:scrutiny-officer/secretariat"],
    "ccr-josc": ["rctcbc:scrutiny-officer/secretariat"],
    "ccr-cjc": ["bcbc:leader", "mtcbc:leader", "rctcbc:leader"],
    "valleys-regional-park": ["bcbc:leader", "mtcbc:leader", "rctcbc:leader"],
    "ccr-skills-partnership": ["coleg-y-cymoedd:principal", "usw:pvc", "dwp:partnership-manager"],
    "south-wales-lrf": ["swp:acc/chair", "swfrs:acfo", "ctmuhb:ep-head", "bcbc:ep-officer", "mtcbc:ep-officer",
                        "rctcbc:ep-officer", "wast:locality", "welsh-government:resilience", "nrw:place-lead",
                        "swansea-bay-pha:officer", "cardiff-council:ep-officer"],
    "sw-lrf-risk": ["swp:civil-contingencies/chair", "bcbc:ep-officer", "mtcbc:ep-officer", "rctcbc:ep-officer",
                    "ctmuhb:ep-head", "swfrs:gm"],
    "sw-lrf-coordination": ["swfrs:gm/chair", "swp:civil-contingencies", "wast:locality", "cardiff-council:ep-officer",
                            "rctcbc:ep-officer"],
    # dissolved boards: seats end on dissolution (see HISTORIC_UNTIL)
    "cwm-taf-psb": ["south-wales-pcc:apcc/chair", "mtcbc:ceo", "rctcbc:ceo", "ctmuhb:ceo", "swfrs:acfo",
                    "nrw:place-lead", "swp:chsupt/invited_participant", "probation-wales:hpdu/invited_participant",
                    "interlink-rct:ceo/invited_participant", "vamt:ceo/invited_participant",
                    "rctcbc:partnerships-manager/secretariat"],
    "bridgend-psb": ["south-wales-pcc:apcc/chair", "bcbc:ceo", "ctmuhb:ceo", "swfrs:acfo", "nrw:place-lead",
                     "swp:chsupt/invited_participant", "bavo:ceo", "bcbc:partnerships-manager/secretariat"],
    "cwm-taf-psb-josc": ["mtcbc:josc-member", "rctcbc:josc-member"],
}

HISTORIC_UNTIL = {"cwm-taf-psb": "2023-05-18", "bridgend-psb": "2023-05-18", "cwm-taf-psb-josc": "2023-05-01"}

# Seats found in a source: (post, partnership, role) -> source
SOURCED_SEATS: dict[tuple[str, str, str], str] = {
    ("post-south-wales-pcc-apcc", "cwm-taf-psb", "chair"): S_CT_PSB_2022,
    ("post-south-wales-pcc-apcc", "bridgend-psb", "chair"): S_B_PSB_AR,
    ("post-bcbc-ceo", "bridgend-yjs-board", "chair"): S_YJS_B,
    ("post-bcbc-cab-communities", "bridgend-yjs-board", "chair"): S_YJS_B,
    ("post-age-connects-morgannwg-ceo", "ctm-rpb", "chair"): S_RPB_FUND,
    **{(f"post-{la}-leader", "ccr-cjc", "member"): S_CCR for la in CTM_LAS},
    **{(f"post-{la}-leader", "valleys-regional-park", "member"): S_VRP_2 for la in CTM_LAS},
}

# Hand-placed seat changes: (post, partnership, role, since, until, note)
SEAT_CHANGES: list[tuple[str, str, str, str | None, str | None, str]] = [
    ("post-mtcbc-hos-children", "ctm-sb-exploitation", "member", None, "2025-03-31",
     "Illustrative seat change: Merthyr's seat passed to the Director of Social Services on 1 Apr 2025."),
    ("post-mtcbc-dss", "ctm-sb-exploitation", "member", "2025-04-01", None,
     "Illustrative seat change: took over Merthyr's seat from the Head of Children's Services."),
    ("post-mtcbc-hos-children", "ctm-rpb-cyp", "member", None, "2025-03-31",
     "Illustrative seat change: Merthyr's seat passed to the Director of Social Services on 1 Apr 2025."),
    ("post-mtcbc-dss", "ctm-rpb-cyp", "member", "2025-04-01", None,
     "Illustrative seat change: took over Merthyr's seat from the Head of Children's Services."),
    ("post-swp-insp-partnerships", "merthyr-csp", "member", "2021-06-01", "2024-12-31",
     "Illustrative ended seat: police partnerships inspector stood down from the CSP."),
    ("post-dwp-partnership-manager", "ctm-psb", "member", "2023-05-18", "2024-03-31",
     "Illustrative ended seat, matching DWP's ended PSB membership."),
]

# Posts that may be added at random (rng) to lighter groups, to vary the picture.
RANDOM_EXTRAS: dict[str, list[str]] = {
    "ctm-psb-healthy": ["interlink-rct:ceo", "ctmuhb:dir-strategy", "mtcbc:housing-head"],
    "ctm-psb-resilient": ["mtcbc:partnerships-manager", "bcbc:housing-head", "welsh-government:psb-rep"],
    "ctm-rpb-carers": ["ctmuhb:dementia-lead", "phw:consultant"],
    "ctm-rpb-dementia": ["mtcbc:hos-adults", "rctcbc:hos-adults", "phw:consultant"],
    "ctm-sb-training": ["bcbc:hos-children", "rctcbc:hos-adults", "swp:di-exploitation"],
    "ctm-housing-support-group": ["ctmuhb:mh-director", "rctcbc:vawdasv-lead"],
    "ccr-skills-partnership": ["welsh-government:psb-rep", "rctcbc:partnerships-manager"],
}
