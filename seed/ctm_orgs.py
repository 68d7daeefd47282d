"""Organisations of the Cwm Taf Morgannwg partnership landscape (hand-written, sourced).

Official Welsh names not given in the facts file are general knowledge and said so in the
note; organisations the facts list as "not found" in CTM partnerships (University of South
Wales, DWP, housing associations) are kept, but illustrative.
"""

from __future__ import annotations

from seed.ctm_common import (
    GLOSSARY,
    S_APB_MERTHYR,
    S_B_PSB_BAVO,
    S_BRIDGEND_MOVE,
    S_CCR,
    S_CIW,
    S_CTM_PSB_MERGE,
    S_CTMUHB,
    S_LRF,
    S_LRF_B,
    S_NRW_CY,
    S_RCT_CY,
    S_REVIEW,
    S_RPB_FUND,
    S_SB,
    S_SB_RCT,
    S_TSSW,
    S_UHB_CY,
    S_WFGA_BODIES_CY,
    S_YJS_B,
    S_YJS_CT_2024,
    Row,
    fact,
    illus,
    src,
)

CY_GK = "name_cy: official Welsh name from general knowledge (not in the facts file)."
CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]
SWP_AREA = ["south-wales-police-area"]


def _org(source: str, oid: str, en: str, cy: str | None, short: str | None, sector: str, org_type: str,
         statutory: bool, areas: list[str], note: str | None = None) -> Row:
    return fact(
        source, id=oid, name_en=en, name_cy=cy, short_name=short, sector=sector, org_type=org_type,
        statutory=statutory, areas=areas, note=note,
    )


ORGANISATIONS: list[Row] = [
    # --- the three CTM councils -------------------------------------------------------
    _org(src(S_CTM_PSB_MERGE, S_SB), "bcbc", "Bridgend County Borough Council",
         "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "BCBC", "local_government", "local_authority", True,
         ["bridgend"], CY_GK),
    _org(src(S_CTM_PSB_MERGE, S_SB), "mtcbc", "Merthyr Tydfil County Borough Council",
         "Cyngor Bwrdeistref Sirol Merthyr Tudful", "MTCBC", "local_government", "local_authority", True,
         ["merthyr-tydfil"], CY_GK),
    _org(src(S_CTM_PSB_MERGE, S_SB), "rctcbc", "Rhondda Cynon Taf County Borough Council",
         "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "RCTCBC", "local_government", "local_authority", True,
         ["rhondda-cynon-taf"], CY_GK),
    # --- health -------------------------------------------------------------------------
    _org(src(S_CTMUHB, S_UHB_CY), "ctmuhb", "Cwm Taf Morgannwg University Health Board",
         "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "CTMUHB", "health", "local_health_board", True, CTM3,
         "Cwm Taf UHB until 31 Mar 2019; from 1 Apr 2019 also serves Bridgend (~450,000 people, ~13,500 staff)."),
    _org(src(S_CTMUHB, S_BRIDGEND_MOVE),
         "swansea-bay-uhb", "Swansea Bay University Health Board", "Bwrdd Iechyd Prifysgol Bae Abertawe", "SBUHB",
         "health", "local_health_board", True, ["swansea", "neath-port-talbot"],
         "Formerly ABMU UHB, which served Bridgend until 31 Mar 2019. " + CY_GK),
    _org(src(S_LRF_B), "cardiff-vale-uhb", "Cardiff and Vale University Health Board",
         "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "CAVUHB", "health", "local_health_board", True,
         ["cardiff", "vale-of-glamorgan"],
         "Category 1 responder in the South Wales LRF area (health bodies). " + CY_GK),
    _org(S_SB, "wast", "Welsh Ambulance Services NHS Trust", "Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru",
         "WAST", "health", "nhs_trust", True, ["wales"], CY_GK),
    _org(S_LRF, "phw", "Public Health Wales NHS Trust", "Iechyd Cyhoeddus Cymru", "PHW", "health", "nhs_trust", True,
         ["wales"], "LRF member (per Swansea Bay PHA); an 'other partner' of PSBs in practice. " + CY_GK),
    # --- police, fire, justice ----------------------------------------------------------
    _org(src(S_SB, S_YJS_B), "swp", "South Wales Police", "Heddlu De Cymru", "SWP", "police", "police_force", True,
         SWP_AREA, CY_GK),
    _org("https://vdocuments.pub/201819-1st-annual-report-published-04072019-psb-has-20-members-5-sub-boards-72.html",
         "south-wales-pcc", "South Wales Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu De Cymru",
         "SW PCC", "police", "police_and_crime_commissioner", True, SWP_AREA,
         "Successor (2012) to the South Wales Police Authority named in older CSP listings. " + CY_GK),
    _org(S_CTM_PSB_MERGE, "swfrs", "South Wales Fire and Rescue Service (South Wales Fire and Rescue Authority)",
         "Gwasanaeth Tân ac Achub De Cymru", "SWFRS", "fire_and_rescue", "fire_and_rescue_authority", True,
         ["south-wales-police-area", "cardiff-capital-region"], CY_GK),
    _org(src(S_SB, S_YJS_B), "probation-wales", "Probation Service Wales (formerly National Probation Service Wales)",
         "Gwasanaeth Prawf Cymru", "PS Wales", "probation_and_justice", "probation_service", True, ["wales"],
         "Named 'National Probation Service Wales' on the CTMSB notice. " + CY_GK),
    _org(S_SB, "hmp-parc", "HMP Parc (Bridgend)", "Carchar EF Parc", "HMP Parc", "probation_and_justice", "prison",
         False, ["bridgend"], "Safeguarding Board partner. Privately operated prison: statutory=false. " + CY_GK),
    # --- national bodies, inspectors ----------------------------------------------------
    _org(S_CTM_PSB_MERGE, "nrw", "Natural Resources Wales", "Cyfoeth Naturiol Cymru", "NRW", "environment",
         "natural_resources_wales", True, ["wales"], CY_GK),
    _org(src(S_RPB_FUND, S_LRF), "welsh-government", "Welsh Government", "Llywodraeth Cymru", "WG",
         "national_government", "welsh_government", True, ["wales"], CY_GK),
    _org(src(S_CIW, GLOSSARY), "ciw", "Care Inspectorate Wales", "Arolygiaeth Gofal Cymru", "CIW", "inspectorate",
         "inspectorate", True, ["wales"], "Inspector of regulated social care (RISCA 2016); not a partnership member."),
    _org(S_YJS_CT_2024, "hmip", "HM Inspectorate of Probation", "Arolygiaeth Prawf EF", "HMIP", "inspectorate",
         "inspectorate", True, ["wales"], "Inspects Cwm Taf YJS and Bridgend YJS; not a member. " + CY_GK),
    _org("https://www.audit.wales/news/changes-needed-public-service-boards-if-theyre-realise-their-full-potential",
         "audit-wales", "Audit Wales (Auditor General for Wales)", "Archwilio Cymru", "AW", "inspectorate",
         "public_body", True, ["wales"], "Reviewed PSBs in Oct 2019. " + CY_GK),
    _org("https://futuregenerations.wales/?p=3126", "fgc-wales", "Future Generations Commissioner for Wales",
         "Comisiynydd Cenedlaethau'r Dyfodol Cymru", "FGC", "commissioner", "commissioner", True, ["wales"],
         "Gave feedback to 14 PSBs on draft 2022 well-being assessments. " + CY_GK),
    _org(S_REVIEW, "wlga", "Welsh Local Government Association", "Cymdeithas Llywodraeth Leol Cymru", "WLGA",
         "local_government", "other", False, ["wales"], "Ran the Review of Strategic Partnerships with WG. " + CY_GK),
    _org(GLOSSARY, "4c", "Children's Commissioning Consortium Cymru", "Consortiwm Comisiynu Plant Cymru", "4C",
         "local_government", "public_body", False, ["wales"], "Names from the glossary."),
    _org(S_LRF, "swansea-bay-pha", "Swansea Bay Port Health Authority", "Awdurdod Iechyd Porthladd Bae Abertawe",
         "SBPHA", "health", "public_body", True, ["swansea", "neath-port-talbot"],
         "Category 1 member of the South Wales LRF. name_cy: seed author's rendering."),
    # --- third sector -------------------------------------------------------------------
    _org(S_SB, "interlink-rct", "Interlink RCT", "Interlink RCT", "Interlink", "third_sector",
         "county_voluntary_council", False, ["rhondda-cynon-taf"], "County voluntary council (CVC) for RCT."),
    _org(src(S_SB, S_APB_MERTHYR), "vamt", "Voluntary Action Merthyr Tydfil", "Gweithredu Gwirfoddol Merthyr Tudful",
         "VAMT", "third_sector", "county_voluntary_council", False, ["merthyr-tydfil"],
         "CVC for Merthyr Tydfil. name_cy: seed author's rendering."),
    _org(src(S_SB, S_B_PSB_BAVO), "bavo", "Bridgend Association of Voluntary Organisations",
         "Cymdeithas Mudiadau Gwirfoddol Pen-y-bont ar Ogwr", "BAVO", "third_sector", "county_voluntary_council",
         False, ["bridgend"], "CVC for Bridgend. name_cy: seed author's rendering."),
    _org(S_SB_RCT, "gavo", "GAVO (listed as 'GAVO Bridgend')", None, "GAVO", "third_sector",
         "county_voluntary_council", False, ["bridgend"],
         "Discrepancy: 'GAVO Bridgend' appears only on RCT's copy of the CTM Safeguarding Board privacy notice, "
         "not on the board's own; GAVO is otherwise the Gwent CVC and BAVO is Bridgend's CVC. Kept as listed."),
    _org(S_RPB_FUND, "age-connects-morgannwg", "Age Connects Morgannwg", None, "ACM", "third_sector",
         "third_sector_organisation", False, CTM3, "Its chief executive chaired the CTM RPB (c.2019)."),
    _org(S_TSSW, "wcva", "Wales Council for Voluntary Action", "Cyngor Gweithredu Gwirfoddol Cymru", "WCVA",
         "third_sector", "third_sector_organisation", False, ["wales"],
         "With the 19 CVCs forms Third Sector Support Wales. " + CY_GK),
    _org(S_TSSW, "tssw", "Third Sector Support Wales", "Cefnogi Trydydd Sector Cymru", "TSSW", "third_sector",
         "other", False, ["wales"], "Network of the 19 CVCs and WCVA behind CVC seats on PSBs/RPBs. " + CY_GK),
    # --- not found in CTM partnership sources: illustrative ----------------------------
    illus(
        "Illustrative: facts 2b list the University of South Wales as not found in CTM partnership sources (GK-U).",
        id="usw", name_en="University of South Wales", name_cy="Prifysgol De Cymru", short_name="USW",
        sector="education", org_type="university", statutory=False, areas=["cardiff-capital-region", *CTM3],
    ),
    illus(
        "Illustrative: facts 2b list DWP as not found in CTM partnership sources (GK-U).",
        id="dwp", name_en="Department for Work and Pensions", name_cy="Yr Adran Gwaith a Phensiynau", short_name="DWP",
        sector="national_government", org_type="public_body", statutory=True, areas=["wales"],
    ),
    illus(
        "Illustrative placeholder: facts 2b list housing associations as not found in CTM partnership sources; "
        "no real association is named so no real body is given invented memberships.",
        id="ctm-housing-association", name_en="A Cwm Taf Morgannwg housing association (placeholder)",
        name_cy="Cymdeithas dai yng Nghwm Taf Morgannwg (dalfan)", short_name="HA", sector="housing",
        org_type="housing_association", statutory=False, areas=CTM3,
    ),
    illus(
        "Illustrative: further-education college from general knowledge, not in the facts file; used for the "
        "regional skills partnership.",
        id="coleg-y-cymoedd", name_en="Coleg y Cymoedd", name_cy="Coleg y Cymoedd", short_name="CyC",
        sector="education", org_type="school_or_college", statutory=False, areas=["rhondda-cynon-taf", "merthyr-tydfil"],
    ),
]

# --- the ten Cardiff Capital Region councils: CTM three above + these seven -------------
_CCR = [
    ("cardiff-council", "Cardiff Council", "Cyngor Caerdydd", "cardiff"),
    ("newport-council", "Newport City Council", "Cyngor Dinas Casnewydd", "newport"),
    ("caerphilly-council", "Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili", "caerphilly"),
    ("blaenau-gwent-council", "Blaenau Gwent County Borough Council", "Cyngor Bwrdeistref Sirol Blaenau Gwent",
     "blaenau-gwent"),
    ("torfaen-council", "Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Torfaen", "torfaen"),
    ("monmouthshire-council", "Monmouthshire County Council", "Cyngor Sir Fynwy", "monmouthshire"),
    ("vale-of-glamorgan-council", "Vale of Glamorgan Council", "Cyngor Bro Morgannwg", "vale-of-glamorgan"),
]
ORGANISATIONS += [
    _org(S_CCR, oid, en, cy, None, "local_government", "local_authority", True, [area],
         "Cardiff Capital Region constituent council. " + CY_GK)
    for oid, en, cy, area in _CCR
]
ORGANISATIONS += [
    _org(S_LRF_B, "swansea-council", "City and County of Swansea Council", "Cyngor Dinas a Sir Abertawe", None,
         "local_government", "local_authority", True, ["swansea"],
         "South Wales LRF area; with Bridgend and NPT formerly the Western Bay region. " + CY_GK),
    _org(S_LRF_B, "npt-council", "Neath Port Talbot Council", "Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot", None,
         "local_government", "local_authority", True, ["neath-port-talbot"],
         "South Wales LRF area; formerly Western Bay region. " + CY_GK),
]

# Welsh names read in a Welsh-language source (source_cy); every other Welsh name here is general knowledge or
# the seed author's rendering, which makes its row illustrative (seed/ctm_labels.py).
WELSH_SOURCES = {
    "ctmuhb": S_UHB_CY,
    "swansea-bay-uhb": S_WFGA_BODIES_CY,
    "cardiff-vale-uhb": S_WFGA_BODIES_CY,
    "phw": S_WFGA_BODIES_CY,
    "nrw": S_NRW_CY,
    # RCT council's Welsh page names itself and its neighbouring councils
    **{o: S_RCT_CY for o in ("bcbc", "mtcbc", "rctcbc", "caerphilly-council", "cardiff-council",
                             "vale-of-glamorgan-council", "npt-council")},
}
for _o in ORGANISATIONS:
    if _o["id"] in WELSH_SOURCES:
        _o["source_cy"] = WELSH_SOURCES[_o["id"]]
        _o["note"] = (_o["note"] or "").replace(CY_GK, "").strip() or None
