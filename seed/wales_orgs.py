"""Organisations of the shared Wales reference (hand-written, sourced): all-Wales and cross-region bodies.

The 22 councils, the 7 local health boards, the all-Wales NHS trusts, the 4 police forces and their police
and crime commissioners, the 3 fire and rescue authorities, Natural Resources Wales, Welsh Government, the
Probation Service in Wales, and the other all-Wales or cross-region bodies the regional seeds use. Moved
here from seed/ctm_orgs.py so that the reference and every region's copy come from one definition.
Official Welsh names not read in a Welsh-language source make a row illustrative (seed/ctm_labels.py).
"""

from __future__ import annotations

from seed.ctm_common import (
    GLOSSARY,
    S_B_PSB_AR,
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
    S_RPB_REGS,
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
from seed.wales_areas import (
    CV2,
    GWENT5,
    NORTH6,
    S_FIRE_MAWW,
    S_FIRE_ONS,
    S_FIRE_SW,
    S_FIRE_WLGA,
    S_HB_RENAME,
    S_PLA,
    S_POLICE_WIKI,
    WEST3,
    WG2,
)

CY_GK = "name_cy: official Welsh name from general knowledge (not in the facts file)."
CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]
SWP_AREA = ["south-wales-police-area"]
S_LHB_WIKI = "https://wikimili.com/en/Local_health_board"
S_SBUHB_WIKI = "https://en.wikipedia.org/wiki/Swansea_Bay_University_Health_Board"
S_PCW = "https://infokontak.com/en/Partnership_Council_for_Wales"


# NRW's own Welsh pages abbreviate its Welsh name: "Prif Weithredwr Cyfoeth Naturiol Cymru (CNC)".
S_NRW_CNC = ("https://naturalresources.wales/about-us/news-and-blogs/news/"
             "nrw-protecting-wales-environment-during-the-covid-19-crisis/?lang=cy")

def _org(source: str, oid: str, en: str, cy: str | None, short: str | None, sector: str, org_type: str,
         statutory: bool, areas: list[str], note: str | None = None) -> Row:
    return fact(
        source, id=oid, name_en=en, name_cy=cy, short_name=short, sector=sector, org_type=org_type,
        statutory=statutory, areas=areas, note=note,
    )


# --- the 22 councils: names from the principal local authority register (English and Welsh) ----------
# id, area, official name, official Welsh name, short name, extra source
COUNCILS: list[tuple[str, str, str, str, str, str | None]] = [
    ("bcbc", "bridgend", "Bridgend County Borough Council", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "BCBC",
     src(S_CTM_PSB_MERGE, S_SB)),
    ("mtcbc", "merthyr-tydfil", "Merthyr Tydfil County Borough Council", "Cyngor Bwrdeistref Sirol Merthyr Tudful",
     "MTCBC", src(S_CTM_PSB_MERGE, S_SB)),
    ("rctcbc", "rhondda-cynon-taf", "Rhondda Cynon Taf County Borough Council",
     "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "RCTCBC", src(S_CTM_PSB_MERGE, S_SB)),
    ("cardiff-council", "cardiff", "City of Cardiff Council", "Cyngor Dinas Caerdydd", "Cardiff", S_CCR),
    ("newport-council", "newport", "Newport City Council", "Cyngor Dinas Casnewydd", "Newport", S_CCR),
    ("caerphilly-council", "caerphilly", "Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili",
     "Caerphilly", S_CCR),
    ("blaenau-gwent-council", "blaenau-gwent", "Blaenau Gwent County Borough Council",
     "Cyngor Bwrdeistref Sirol Blaenau Gwent", "Blaenau Gwent", S_CCR),
    ("torfaen-council", "torfaen", "Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Torfaen", "Torfaen",
     S_CCR),
    ("monmouthshire-council", "monmouthshire", "Monmouthshire County Council", "Cyngor Sir Fynwy", "Monmouthshire",
     S_CCR),
    ("vale-of-glamorgan-council", "vale-of-glamorgan", "Vale of Glamorgan Council", "Cyngor Bro Morgannwg",
     "The Vale of Glamorgan", S_CCR),
    ("swansea-council", "swansea", "City and County of Swansea Council", "Dinas a Sir Abertawe", "Swansea", S_LRF_B),
    ("npt-council", "neath-port-talbot", "Neath Port Talbot County Borough Council",
     "Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot", "Neath Port Talbot", S_LRF_B),
    ("anglesey-council", "isle-of-anglesey", "Isle of Anglesey County Council", "Cyngor Sir Ynys Môn",
     "Isle of Anglesey", None),
    ("gwynedd-council", "gwynedd", "Gwynedd Council", "Cyngor Gwynedd", "Gwynedd", None),
    ("conwy-council", "conwy", "Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy", "Conwy", None),
    ("denbighshire-council", "denbighshire", "Denbighshire County Council", "Cyngor Sir Ddinbych", "Denbighshire",
     None),
    ("flintshire-council", "flintshire", "Flintshire County Council", "Cyngor Sir y Fflint", "Flintshire", None),
    ("wrexham-council", "wrexham", "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam", "Wrexham",
     None),
    ("powys-council", "powys", "Powys County Council", "Cyngor Sir Powys", "Powys", None),
    ("ceredigion-council", "ceredigion", "Ceredigion County Council", "Cyngor Sir Ceredigion", "Ceredigion", None),
    ("pembrokeshire-council", "pembrokeshire", "Pembrokeshire County Council", "Cyngor Sir Penfro", "Pembrokeshire",
     None),
    ("carmarthenshire-council", "carmarthenshire", "Carmarthenshire County Council", "Cyngor Sir Gâr",
     "Carmarthenshire", None),
]
COUNCIL_NOTE = (
    "Principal council (Local Government (Wales) Act 1994). Names: the Welsh Government principal local authority "
    "register (official name in English and Welsh; short_name its short English name, except the CTM councils' "
    "abbreviations from the facts file)."
)

ORGANISATIONS: list[Row] = [
    _org(src(S_PLA, extra) if extra else S_PLA, oid, en, cy, short, "local_government", "local_authority", True,
         [area], COUNCIL_NOTE) | {"source_cy": S_PLA}
    for oid, area, en, cy, short, extra in COUNCILS
]

ORGANISATIONS += [
    # --- the 7 local health boards ------------------------------------------------------------------
    _org(src(S_CTMUHB, S_UHB_CY), "ctmuhb", "Cwm Taf Morgannwg University Health Board",
         "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "CTMUHB", "health", "local_health_board", True, CTM3,
         "Cwm Taf UHB until 31 Mar 2019 (organisation_names); from 1 Apr 2019 also serves Bridgend (~450,000 people, "
         "~13,500 staff).") | {"source_cy": S_UHB_CY},
    _org(src(S_CTMUHB, S_HB_RENAME), "swansea-bay-uhb", "Swansea Bay University Health Board",
         "Bwrdd Iechyd Prifysgol Bae Abertawe", "SBUHB", "health", "local_health_board", True, WG2,
         "Abertawe Bro Morgannwg UHB until 31 Mar 2019 (organisation_names), which then also served Bridgend.")
    | {"source_cy": src(S_WFGA_BODIES_CY, S_HB_RENAME)},
    _org(src(S_LRF_B), "cardiff-vale-uhb", "Cardiff and Vale University Health Board",
         "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "CAVUHB", "health", "local_health_board", True, CV2,
         "Category 1 responder in the South Wales LRF area (health bodies).") | {"source_cy": S_WFGA_BODIES_CY},
    _org(src(S_RPB_REGS, S_LHB_WIKI), "betsi-cadwaladr-uhb", "Betsi Cadwaladr University Health Board",
         "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "BCUHB", "health", "local_health_board", True, NORTH6,
         "One of the seven local health boards. " + CY_GK),
    _org(src(S_RPB_REGS, S_LHB_WIKI), "powys-thb", "Powys Teaching Health Board", "Bwrdd Iechyd Addysgu Powys",
         "PTHB", "health", "local_health_board", True, ["powys"], "One of the seven local health boards. " + CY_GK),
    _org(src(S_RPB_REGS, S_LHB_WIKI), "hywel-dda-uhb", "Hywel Dda University Health Board",
         "Bwrdd Iechyd Prifysgol Hywel Dda", "HDUHB", "health", "local_health_board", True, WEST3,
         "One of the seven local health boards. " + CY_GK),
    _org(src(S_RPB_REGS, S_LHB_WIKI), "aneurin-bevan-uhb", "Aneurin Bevan University Health Board",
         "Bwrdd Iechyd Prifysgol Aneurin Bevan", "ABUHB", "health", "local_health_board", True, GWENT5,
         "One of the seven local health boards. " + CY_GK),
    # --- the all-Wales NHS trusts ----------------------------------------------------------------------
    _org(S_SB, "wast", "Welsh Ambulance Services NHS Trust", "Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru",
         "WAST", "health", "nhs_trust", True, ["wales"], CY_GK),
    _org(S_LRF, "phw", "Public Health Wales NHS Trust", "Iechyd Cyhoeddus Cymru", "PHW", "health", "nhs_trust", True,
         ["wales"], "LRF member (per Swansea Bay PHA); an 'other partner' of PSBs in practice.")
    | {"source_cy": S_WFGA_BODIES_CY},
    _org(S_LHB_WIKI, "velindre", "Velindre University NHS Trust", "Ymddiriedolaeth GIG Prifysgol Felindre", "VUNHST",
         "health", "nhs_trust", True, ["wales"], "One of the three all-Wales NHS trusts. " + CY_GK),
    # --- police forces and commissioners -----------------------------------------------------------
    _org(src(S_SB, S_YJS_B), "swp", "South Wales Police", "Heddlu De Cymru", "SWP", "police", "police_force", True,
         SWP_AREA, CY_GK),
    _org(S_POLICE_WIKI, "north-wales-police", "North Wales Police", "Heddlu Gogledd Cymru", "NWP", "police",
         "police_force", True, ["north-wales-police-area"], "One of the four police forces of Wales. " + CY_GK),
    _org(S_POLICE_WIKI, "dyfed-powys-police", "Dyfed-Powys Police", "Heddlu Dyfed-Powys", "DPP", "police",
         "police_force", True, ["dyfed-powys-police-area"], "One of the four police forces of Wales. " + CY_GK),
    _org(S_POLICE_WIKI, "gwent-police", "Gwent Police", "Heddlu Gwent", "GP", "police", "police_force", True,
         ["gwent-police-area"], "One of the four police forces of Wales. " + CY_GK),
    _org(S_B_PSB_AR, "south-wales-pcc", "South Wales Police and Crime Commissioner",
         "Comisiynydd Heddlu a Throseddu De Cymru", "SW PCC", "police", "police_and_crime_commissioner", True, SWP_AREA,
         "Successor (2012) to the South Wales Police Authority named in older CSP listings. " + CY_GK),
    *[_org(src(S_POLICE_WIKI, S_PCW), oid, en, cy, short, "police", "police_and_crime_commissioner", True, [area],
           "The police and crime commissioner of one of the four police areas (PCCs sit on the Partnership Council). "
           + CY_GK)
      for oid, en, cy, short, area in [
          ("north-wales-pcc", "North Wales Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu Gogledd Cymru",
           "NW PCC", "north-wales-police-area"),
          ("dyfed-powys-pcc", "Dyfed-Powys Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
           "DP PCC", "dyfed-powys-police-area"),
          ("gwent-pcc", "Gwent Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu Gwent", "Gwent PCC",
           "gwent-police-area"),
      ]],
    # --- fire and rescue authorities -----------------------------------------------------------------
    _org(src(S_CTM_PSB_MERGE, S_FIRE_SW), "swfrs", "South Wales Fire and Rescue Service (South Wales Fire and Rescue Authority)",
         "Gwasanaeth Tân ac Achub De Cymru", "SWFRS", "fire_and_rescue", "fire_and_rescue_authority", True,
         ["south-wales-fire-area"], "Its area: the ten councils that combined to form the fire authority. " + CY_GK),
    _org(src(S_FIRE_WLGA, S_FIRE_MAWW), "mawwfrs",
         "Mid and West Wales Fire and Rescue Service (Mid and West Wales Fire and Rescue Authority)",
         "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru", "MAWWFRS", "fire_and_rescue",
         "fire_and_rescue_authority", True, ["mid-and-west-wales-fire-area"],
         "Carmarthenshire, Ceredigion, Neath Port Talbot, Pembrokeshire, Powys and Swansea. " + CY_GK),
    _org(src(S_FIRE_WLGA, S_FIRE_ONS), "nwfrs", "North Wales Fire and Rescue Service (North Wales Fire and Rescue Authority)",
         "Gwasanaeth Tân ac Achub Gogledd Cymru", "NWFRS", "fire_and_rescue", "fire_and_rescue_authority", True,
         ["north-wales-fire-area"], "One of the three fire and rescue authorities of Wales. " + CY_GK),
    # --- probation, national bodies, inspectors --------------------------------------------------------
    _org(src(S_SB, S_YJS_B), "probation-wales", "Probation Service Wales (formerly National Probation Service Wales)",
         "Gwasanaeth Prawf Cymru", "PS Wales", "probation_and_justice", "probation_service", True, ["wales"],
         "Named 'National Probation Service Wales' on the CTMSB notice. " + CY_GK),
    _org(S_CTM_PSB_MERGE, "nrw", "Natural Resources Wales", "Cyfoeth Naturiol Cymru", "NRW", "environment",
         "natural_resources_wales", True, ["wales"]) | {"source_cy": f"{S_NRW_CY} ; {S_NRW_CNC}", "short_name_cy": "CNC"},
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
         "SBPHA", "health", "public_body", True, WG2,
         "Category 1 member of the South Wales LRF. name_cy: seed author's rendering."),
    _org(S_TSSW, "wcva", "Wales Council for Voluntary Action", "Cyngor Gweithredu Gwirfoddol Cymru", "WCVA",
         "third_sector", "third_sector_organisation", False, ["wales"],
         "With the 19 CVCs forms Third Sector Support Wales. " + CY_GK),
    _org(S_TSSW, "tssw", "Third Sector Support Wales", "Cefnogi Trydydd Sector Cymru", "TSSW", "third_sector",
         "other", False, ["wales"], "Network of the 19 CVCs and WCVA behind CVC seats on PSBs/RPBs. " + CY_GK),
    _org(S_SB_RCT, "gavo", "GAVO (listed as 'GAVO Bridgend')", None, "GAVO", "third_sector",
         "county_voluntary_council", False, ["bridgend"],
         "Discrepancy: 'GAVO Bridgend' appears only on RCT's copy of the CTM Safeguarding Board privacy notice, "
         "not on the board's own; GAVO is otherwise the Gwent CVC and BAVO is Bridgend's CVC. Kept as listed (a "
         "cross-region body: in the reference, so a Gwent file can refer to it)."),
    # --- cross-region bodies the CTM seed shows as not found: illustrative ----------------------------
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
]

# RCT council's Welsh page names itself and its neighbouring councils: kept as a second Welsh source.
for _o in ORGANISATIONS:
    if _o["id"] in ("bcbc", "mtcbc", "rctcbc", "caerphilly-council", "cardiff-council", "vale-of-glamorgan-council",
                    "npt-council"):
        _o["source_cy"] = src(S_PLA, S_RCT_CY)

ORGANISATION_NAMES: list[Row] = [
    fact(src(S_HB_RENAME, S_SBUHB_WIKI), organisation_id="swansea-bay-uhb",
         name_en="Abertawe Bro Morgannwg University Health Board", name_cy="Bwrdd Iechyd Prifysgol Abertawe Bro Morgannwg",
         short_name="ABMU", since="2009-10-01", until="2019-03-31",
         note="Created 1 Oct 2009; renamed Swansea Bay UHB on 1 Apr 2019, when Bridgend's healthcare moved to Cwm Taf "
         "Morgannwg UHB. name_cy: the seed author's rendering (the sources read give the new Welsh names only)."),
    fact(src(S_HB_RENAME, S_CTMUHB), organisation_id="ctmuhb", name_en="Cwm Taf University Health Board",
         name_cy="Bwrdd Iechyd Prifysgol Cwm Taf", short_name="Cwm Taf UHB", until="2019-03-31",
         note="Renamed Cwm Taf Morgannwg UHB on 1 Apr 2019 when it took over Bridgend's healthcare. name_cy: the seed "
         "author's rendering (the sources read give the new Welsh names only)."),
]
