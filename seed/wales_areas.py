"""Areas of the shared Wales reference and their dated place in each hierarchy (hand-written, sourced).

Every council area sits in several hierarchies at once: its regional partnership board (RPB) footprint,
its health board area, its police force area, its fire and rescue area, its city region or growth deal
area and its corporate joint committee (CJC) area. Each place is an ``area_parents`` row with its dates,
so an area with more than one parent leaves ``areas.parent_id`` empty. Bridgend moved from the Western
Bay region (and the Abertawe Bro Morgannwg health board area) to Cwm Taf Morgannwg on 1 April 2019.

Both seed/build_reference.py and the regional builders (seed/build_ctm.py, seed/build_wg.py) read these
rows, so a region's copy of an area is the reference's row, cell for cell.
"""

from __future__ import annotations

from seed.ctm_common import S_CTMUHB, S_REGION_RENAME, S_RPB_REGS, S_UHB_CY, Row, fact, illus, src

# --- sources ---------------------------------------------------------------------------------------
# Welsh Government / GDS principal local authority register: English and Welsh names of the 22 councils.
S_PLA = "https://raw.githubusercontent.com/drkane/registers-backup/main/principal-local-authority.csv"
# ONS GSS codes of the 22 principal areas, as compiled (with the register keys) by mySociety.
S_GSS = (
    "https://github.com/mysociety/uk_local_authority_names_and_codes "
    "(data/packages/uk_la_past_current: gss-code column)"
)
# Census 2021 usual resident population by local authority (ONS), as published on StatsWales.
S_POP = "https://statswales.gov.wales/Catalogue/Census/2021/usualresidentpopulation-by-age-localauthority"
S_POLICE_ACT = "https://www.legislation.gov.uk/ukpga/1996/16/schedule/1"
S_POLICE_WIKI = "http://en.wikipedia.org/wiki/Police_forces_of_Wales?oldid=1119963454&ns=0"
S_FIRE_WLGA = "https://www.wlga.wales:443/fire-and-rescue"
S_FIRE_ONS = (
    "http://www.ons.gov.uk/ons/guide-method/geography/beginner-s-guide/glossary/glossary-f.html"
    "?translation-component=&calling-id=77-6743-4&currLang=English&format=hi-vis"
)
S_FIRE_MAWW = "http://w3.mawwfire.gov.uk/English/About/Access-to-Information/Pages/Publication-Scheme.aspx"
S_FIRE_SW = "https://democratic.bridgend.gov.uk/mgOutsideBodyDetails.aspx?ID=197&LLL=0"
S_CCR_AREA = "http://www.monmouthshire.gov.uk/cardiff-capital-region-city-deal"
S_SBCD = (
    "https://business.senedd.wales/documents/s97641/EIS5-03-20P6%20Evidence%20from%20Swansea%20Bay%20City%20Deal.html"
    "?CT=2"
)
S_SEW_CJC = "https://www.legislation.gov.uk/wsi/2021/343/body/made/data.html"
S_SWW_CJC = "https://www.legislation.gov.uk/wsi/2021/352/body/made"
S_MID_CJC = "https://legislation.gov.uk/wsi/2021/342/body/2021-04-01?timeline=false"
S_NW_CJC = "https://wikimili.com/en/North_Wales_Corporate_Joint_Committee"
S_HB_RENAME = "https://gov.wales/written-statement-health-board-boundary-bridgend-associated-planning"
S_GOWA_72 = "https://legislation.gov.uk/ukpga/2006/32/section/72/2014-03-10/data.html"

BRIDGEND_MOVE = "2019-04-01"  # first day in Cwm Taf Morgannwg
BRIDGEND_LEFT = "2019-03-31"  # last day in Western Bay / the ABMU health board area
RPB_START = "2016-04-06"  # Partnership Arrangements (Wales) Regulations 2015 in force

# id, English name, Welsh name (register), GSS code, Census 2021 population
LOCAL_AUTHORITIES: list[tuple[str, str, str, str, int]] = [
    ("isle-of-anglesey", "Isle of Anglesey", "Sir Ynys Môn", "W06000001", 68877),
    ("gwynedd", "Gwynedd", "Gwynedd", "W06000002", 117393),
    ("conwy", "Conwy", "Conwy", "W06000003", 114741),
    ("denbighshire", "Denbighshire", "Sir Ddinbych", "W06000004", 95814),
    ("flintshire", "Flintshire", "Sir y Fflint", "W06000005", 154956),
    ("wrexham", "Wrexham", "Wrecsam", "W06000006", 135112),
    ("ceredigion", "Ceredigion", "Ceredigion", "W06000008", 71481),
    ("pembrokeshire", "Pembrokeshire", "Sir Benfro", "W06000009", 123354),
    ("carmarthenshire", "Carmarthenshire", "Sir Gaerfyrddin", "W06000010", 187896),
    ("swansea", "Swansea", "Abertawe", "W06000011", 238489),
    ("neath-port-talbot", "Neath Port Talbot", "Castell-nedd Port Talbot", "W06000012", 142291),
    ("bridgend", "Bridgend", "Pen-y-bont ar Ogwr", "W06000013", 145500),
    ("vale-of-glamorgan", "Vale of Glamorgan", "Bro Morgannwg", "W06000014", 131947),
    ("cardiff", "Cardiff", "Caerdydd", "W06000015", 362312),
    ("rhondda-cynon-taf", "Rhondda Cynon Taf", "Rhondda Cynon Taf", "W06000016", 237658),
    ("caerphilly", "Caerphilly", "Caerffili", "W06000018", 175948),
    ("blaenau-gwent", "Blaenau Gwent", "Blaenau Gwent", "W06000019", 66899),
    ("torfaen", "Torfaen", "Tor-faen", "W06000020", 92263),
    ("monmouthshire", "Monmouthshire", "Sir Fynwy", "W06000021", 92958),
    ("newport", "Newport", "Casnewydd", "W06000022", 159587),
    ("powys", "Powys", "Powys", "W06000023", 133174),
    ("merthyr-tydfil", "Merthyr Tydfil", "Merthyr Tudful", "W06000024", 58839),
]
LA_IDS = [la[0] for la in LOCAL_AUTHORITIES]

NORTH6 = ["isle-of-anglesey", "gwynedd", "conwy", "denbighshire", "flintshire", "wrexham"]
WEST3 = ["carmarthenshire", "ceredigion", "pembrokeshire"]
GWENT5 = ["blaenau-gwent", "caerphilly", "monmouthshire", "newport", "torfaen"]
CV2 = ["cardiff", "vale-of-glamorgan"]
CT2 = ["merthyr-tydfil", "rhondda-cynon-taf"]
WG2 = ["swansea", "neath-port-talbot"]
CCR10 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf", *CV2, *GWENT5]
SWP7 = ["bridgend", "cardiff", "merthyr-tydfil", "neath-port-talbot", "rhondda-cynon-taf", "swansea",
        "vale-of-glamorgan"]
MAWW6 = ["carmarthenshire", "ceredigion", "neath-port-talbot", "pembrokeshire", "powys", "swansea"]
SBCR4 = ["carmarthenshire", "neath-port-talbot", "pembrokeshire", "swansea"]

LA_NOTE = (
    "Names: the Welsh Government principal local authority register (English and Welsh). code: the ONS GSS code "
    "(mySociety's compilation of ONS codes). population: Census 2021 usual residents (ONS, via StatsWales), "
    "population_year 2021 - the census count on 21 March 2021, not a mid-year estimate (no ONS mid-year table "
    "was read). Its dated places in each hierarchy are in area_parents, so parent_id is empty."
)

AREAS: list[Row] = [
    fact(S_GOWA_72, id="wales", name_en="Wales", name_cy="Cymru", kind="nation", parent_id=None, source_cy=S_GOWA_72,
         note="name_cy: s.72 names the 'Cyngor Partneriaeth Cymru'."),
]
AREAS += [
    fact(src(S_PLA, S_GSS, S_POP), source_cy=S_PLA, id=aid, name_en=en, name_cy=cy, kind="local_authority",
         parent_id=None, code=code, population=pop, population_year=2021, note=LA_NOTE)
    for aid, en, cy, code, pop in LOCAL_AUTHORITIES
]

# --- regional partnership board footprints (kind region) ------------------------------------------
RPB_NOTE = (
    "RPB footprint: the Partnership Arrangements (Wales) Regulations 2015, regs 2-8, name each Local Health Board "
    "and its local authorities as the partnership bodies of one regional partnership board."
)
AREAS += [
    fact(src(S_RPB_REGS, S_REGION_RENAME, S_CTMUHB, S_UHB_CY), id="ctm", name_en="Cwm Taf Morgannwg",
         name_cy="Cwm Taf Morgannwg", kind="region", parent_id="wales", source_cy=S_UHB_CY,
         note="Region renamed from 'Cwm Taf region' on 1 Apr 2019 when Bridgend moved to the health board "
         "footprint; Merthyr Tydfil and RCT were in the Cwm Taf region (area cwm-taf) until 31 Mar 2019."),
    fact(src(S_RPB_REGS, S_REGION_RENAME), id="west-glamorgan", name_en="West Glamorgan", kind="region",
         parent_id="wales",
         note="The Western Bay region renamed West Glamorgan on 1 Apr 2019, without Bridgend (Swansea and Neath "
         "Port Talbot). " + RPB_NOTE),
    fact(src(S_RPB_REGS, S_REGION_RENAME), id="western-bay", name_en="Western Bay (until 31 March 2019)",
         kind="region", parent_id="wales",
         note="Historical RPB footprint: Swansea, Neath Port Talbot and Bridgend from 6 Apr 2016 to 31 Mar 2019; "
         "then Bridgend moved to Cwm Taf Morgannwg and the region was renamed West Glamorgan. " + RPB_NOTE),
    fact(src(S_RPB_REGS, S_REGION_RENAME), id="cwm-taf", name_en="Cwm Taf (until 31 March 2019)", kind="region",
         parent_id="wales",
         note="Historical RPB footprint: Merthyr Tydfil and Rhondda Cynon Taf from 6 Apr 2016 to 31 Mar 2019; "
         "then renamed Cwm Taf Morgannwg with Bridgend added. " + RPB_NOTE),
    fact(S_RPB_REGS, id="north-wales", name_en="North Wales", kind="region", parent_id="wales", note=RPB_NOTE),
    fact(S_RPB_REGS, id="west-wales", name_en="West Wales", kind="region", parent_id="wales", note=RPB_NOTE),
    fact(S_RPB_REGS, id="powys-region", name_en="Powys", kind="region", parent_id="wales",
         note=RPB_NOTE + " Id powys-region: the council area is powys."),
    fact(S_RPB_REGS, id="cardiff-and-vale", name_en="Cardiff and Vale", kind="region", parent_id="wales",
         note=RPB_NOTE),
    fact(S_RPB_REGS, id="gwent", name_en="Gwent", kind="region", parent_id="wales", note=RPB_NOTE),
]

# --- health board areas ------------------------------------------------------------------------------
HB_NOTE = "Health board area: the Local Health Board and its local authorities as regs 2-8 name them."
AREAS += [
    fact(S_RPB_REGS, id=aid, name_en=en, kind="health_board_area", parent_id="wales", note=HB_NOTE + extra)
    for aid, en, extra in [
        ("betsi-cadwaladr-hb-area", "Betsi Cadwaladr University Health Board area", ""),
        ("powys-hb-area", "Powys Teaching Health Board area", ""),
        ("hywel-dda-hb-area", "Hywel Dda University Health Board area", ""),
        ("swansea-bay-hb-area", "Swansea Bay University Health Board area",
         " Abertawe Bro Morgannwg UHB's area (with Bridgend) until 31 Mar 2019."),
        ("ctm-hb-area", "Cwm Taf Morgannwg University Health Board area",
         " Cwm Taf UHB's area (Merthyr Tydfil, RCT) until 31 Mar 2019; Bridgend added on 1 Apr 2019."),
        ("cardiff-vale-hb-area", "Cardiff and Vale University Health Board area", ""),
        ("aneurin-bevan-hb-area", "Aneurin Bevan University Health Board area", ""),
    ]
]
AREAS[-5]["source"] = src(S_RPB_REGS, S_HB_RENAME, S_CTMUHB)  # swansea-bay-hb-area
AREAS[-4]["source"] = src(S_RPB_REGS, S_HB_RENAME, S_CTMUHB)  # ctm-hb-area

# --- police force areas --------------------------------------------------------------------------------
AREAS += [
    fact(src(S_POLICE_ACT, S_POLICE_WIKI), id=aid, name_en=en, name_cy=cy, kind="police_area", parent_id="wales",
         note=note)
    for aid, en, cy, note in [
        ("north-wales-police-area", "North Wales Police area", None, "Police area (Police Act 1996, Sch.1)."),
        ("dyfed-powys-police-area", "Dyfed-Powys Police area", None, "Police area (Police Act 1996, Sch.1)."),
        ("gwent-police-area", "Gwent Police area", None, "Police area (Police Act 1996, Sch.1)."),
        ("south-wales-police-area", "South Wales Police area", "Ardal Heddlu De Cymru",
         "Police area (Police Act 1996, Sch.1) and the South Wales LRF footprint: Bridgend, Cardiff, Merthyr "
         "Tydfil, Neath Port Talbot, RCT, Swansea and the Vale of Glamorgan."),
    ]
]

# --- fire and rescue areas -------------------------------------------------------------------------------
FIRE_NOTE = "One of the three fire and rescue authority areas of Wales (ONS; WLGA)."
AREAS += [
    fact(src(S_FIRE_ONS, S_FIRE_WLGA), id="north-wales-fire-area", name_en="North Wales Fire and Rescue area",
         kind="fire_area", parent_id="wales", note=FIRE_NOTE),
    fact(src(S_FIRE_ONS, S_FIRE_WLGA, S_FIRE_MAWW), id="mid-and-west-wales-fire-area",
         name_en="Mid and West Wales Fire and Rescue area", kind="fire_area", parent_id="wales",
         note=FIRE_NOTE + " Carmarthenshire, Ceredigion, Neath Port Talbot, Pembrokeshire, Powys and Swansea."),
    fact(src(S_FIRE_ONS, S_FIRE_WLGA, S_FIRE_SW), id="south-wales-fire-area", name_en="South Wales Fire and Rescue area",
         kind="fire_area", parent_id="wales",
         note=FIRE_NOTE + " The ten local authorities that combined to form the South Wales Fire Authority."),
]

# --- city regions and growth deal areas ----------------------------------------------------------------
AREAS += [
    fact(
        src(S_CCR_AREA, "https://edgio-community-examples-v7-full-featured-perfor-f74158.edgio.link/wiki/"
            "South_East_Wales_Corporate_Joint_Committee"),
        id="cardiff-capital-region", name_en="Cardiff Capital Region", name_cy="Prifddinas-Ranbarth Caerdydd",
        kind="city_region", parent_id="wales",
        note="10 local authorities incl. Bridgend, Merthyr Tydfil and RCT. name_cy: official Welsh name from "
        "general knowledge, not in the facts file.",
    ),
    fact(S_SBCD, id="swansea-bay-city-region", name_en="Swansea Bay City Region", kind="city_region",
         parent_id="wales",
         note="The Swansea Bay City Deal covers Carmarthenshire, Neath Port Talbot, Pembrokeshire and Swansea."),
    illus("Illustrative: the North Wales Growth Deal area as the six North Wales councils is general knowledge; "
          "the source read names the North Wales Economic Ambition Board moving into the North Wales CJC.",
          source="https://democracy.gwynedd.llyw.cymru/mgAi.aspx?ID=22426", id="north-wales-growth-deal-area",
          name_en="North Wales Growth Deal area", kind="city_region", parent_id="wales"),
    illus("Illustrative: the Mid Wales Growth Deal area (Ceredigion and Powys) is general knowledge; the source "
          "read is the two councils' Mid Wales CJC.",
          source="https://walesnewsonline.com/first-meeting-of-mid-wales-corporate-joint-committee-takes-place/",
          id="mid-wales-growth-deal-area", name_en="Mid Wales Growth Deal area", kind="city_region",
          parent_id="wales"),
]

# --- corporate joint committee footprints (kind other: no CJC area kind yet) -------------------------
CJC_NOTE = "Corporate joint committee area: its constituent councils' areas (kind other: the format has no CJC kind)."
AREAS += [
    fact(S_SEW_CJC, id="south-east-wales-cjc-area", name_en="South East Wales CJC area", kind="other",
         parent_id="wales", note=CJC_NOTE + " reg 2: ten constituent councils (the Cardiff Capital Region)."),
    fact(S_SWW_CJC, id="south-west-wales-cjc-area", name_en="South West Wales CJC area", kind="other",
         parent_id="wales", note=CJC_NOTE + " reg 2: Carmarthenshire, Neath Port Talbot, Pembrokeshire, Swansea."),
    fact(S_MID_CJC, id="mid-wales-cjc-area", name_en="Mid Wales CJC area", kind="other", parent_id="wales",
         note=CJC_NOTE + " reg 2: Ceredigion and Powys."),
    fact(S_NW_CJC, id="north-wales-cjc-area", name_en="North Wales CJC area", kind="other", parent_id="wales",
         note=CJC_NOTE + " The six principal areas of North Wales (secondary source)."),
]


# --- the hierarchies, dated ------------------------------------------------------------------------------

def _p(source: str, area: str, parent: str, since: str | None = None, until: str | None = None,
       note: str | None = None) -> Row:
    return fact(source, area_id=area, parent_id=parent, since=since, until=until, note=note)


def _each(source: str, areas: list[str], parent: str, note: str | None = None) -> list[Row]:
    return [_p(source, a, parent, note=note) for a in areas]


AREA_PARENTS: list[Row] = [
    # every council area is part of Wales
    *_each(S_PLA, LA_IDS, "wales"),
    # RPB footprints, with the 2019 changes
    *_each(S_RPB_REGS, NORTH6, "north-wales"),
    *_each(S_RPB_REGS, WEST3, "west-wales"),
    _p(S_RPB_REGS, "powys", "powys-region"),
    *_each(S_RPB_REGS, CV2, "cardiff-and-vale"),
    *_each(S_RPB_REGS, GWENT5, "gwent"),
    *[_p(src(S_RPB_REGS, S_REGION_RENAME), a, "cwm-taf", RPB_START, BRIDGEND_LEFT) for a in CT2],
    *[_p(src(S_RPB_REGS, S_REGION_RENAME), a, "ctm", BRIDGEND_MOVE) for a in ["bridgend", *CT2]],
    *[_p(src(S_RPB_REGS, S_REGION_RENAME), a, "western-bay", RPB_START, BRIDGEND_LEFT) for a in ["bridgend", *WG2]],
    *[_p(src(S_RPB_REGS, S_REGION_RENAME), a, "west-glamorgan", BRIDGEND_MOVE) for a in WG2],
    # health board areas
    *_each(S_RPB_REGS, NORTH6, "betsi-cadwaladr-hb-area"),
    _p(S_RPB_REGS, "powys", "powys-hb-area"),
    *_each(S_RPB_REGS, WEST3, "hywel-dda-hb-area"),
    *_each(S_RPB_REGS, WG2, "swansea-bay-hb-area"),
    _p(src(S_HB_RENAME, S_CTMUHB), "bridgend", "swansea-bay-hb-area", until=BRIDGEND_LEFT,
       note="Abertawe Bro Morgannwg UHB served Bridgend until 31 Mar 2019."),
    *_each(S_RPB_REGS, CT2, "ctm-hb-area"),
    _p(src(S_HB_RENAME, S_CTMUHB), "bridgend", "ctm-hb-area", since=BRIDGEND_MOVE,
       note="Cwm Taf Morgannwg UHB took over Bridgend's healthcare on 1 Apr 2019."),
    *_each(S_RPB_REGS, CV2, "cardiff-vale-hb-area"),
    *_each(S_RPB_REGS, GWENT5, "aneurin-bevan-hb-area"),
    # police force areas
    *_each(src(S_POLICE_ACT, S_POLICE_WIKI), NORTH6, "north-wales-police-area"),
    *_each(src(S_POLICE_ACT, S_POLICE_WIKI), [*WEST3, "powys"], "dyfed-powys-police-area"),
    *_each(src(S_POLICE_ACT, S_POLICE_WIKI), GWENT5, "gwent-police-area"),
    *_each(src(S_POLICE_ACT, S_POLICE_WIKI), SWP7, "south-wales-police-area"),
    # fire and rescue areas
    *_each(src(S_FIRE_MAWW), MAWW6, "mid-and-west-wales-fire-area"),
    *_each(src(S_FIRE_SW, S_CCR_AREA), CCR10, "south-wales-fire-area",
           note="The South Wales Fire Authority's ten constituent councils (the same ten as the Cardiff Capital "
           "Region)."),
    *[illus("Illustrative: the North Wales fire and rescue area as the six North Wales councils is general "
            "knowledge; the sources read name the authority, not its councils.", source=S_FIRE_WLGA,
            area_id=a, parent_id="north-wales-fire-area", since=None, until=None) for a in NORTH6],
    # city regions and growth deal areas
    *_each(S_CCR_AREA, CCR10, "cardiff-capital-region"),
    *_each(S_SBCD, SBCR4, "swansea-bay-city-region"),
    *[illus("Illustrative: growth deal footprint from general knowledge.", source=S_NW_CJC, area_id=a,
            parent_id="north-wales-growth-deal-area", since=None, until=None) for a in NORTH6],
    *[illus("Illustrative: growth deal footprint from general knowledge.", source=S_MID_CJC, area_id=a,
            parent_id="mid-wales-growth-deal-area", since=None, until=None) for a in ["ceredigion", "powys"]],
    # corporate joint committee areas (in force 1 Apr 2021)
    *[_p(S_SEW_CJC, a, "south-east-wales-cjc-area", "2021-04-01") for a in CCR10],
    *[_p(S_SWW_CJC, a, "south-west-wales-cjc-area", "2021-04-01") for a in SBCR4],
    *[_p(S_MID_CJC, a, "mid-wales-cjc-area", "2021-04-01") for a in ["ceredigion", "powys"]],
    *[_p(S_NW_CJC, a, "north-wales-cjc-area", "2021-04-01") for a in NORTH6],
]
