"""A synthetic all-Wales partnership landscape, for scale tests, benchmarks and demos.

Why synthetic: the real landscape is only partly published, and the app, the query
library and the loader must be shown to cope with all of Wales (and ten times it) before
anyone collects that much. The shape follows the real one: the 22 local authorities, the
7 health board regions with their regional partnership boards, the public services
boards (with the 2021-23 mergers as dissolved predecessors), safeguarding boards, area
planning boards, community safety partnerships, VAWDASV partnerships, youth justice
boards, the 4 local resilience forums and the 4 corporate joint committees, then
sub-groups, task-and-finish groups, posts, datasets and three years of meetings.

Every row is ``illustrative=true`` with the source ``Synthetic (tirlun generate --scale N
--seed S)``. Names of places and public bodies are real; everything about who sits where,
who attended what and what data flows where is invented.

Determinism: one ``random.Random(seed)`` drives everything in a fixed order, no set or
hash order is ever iterated, and dates come from ``as_of`` (a fixed default), never from
the clock; so the same scale, seed and as_of give byte-identical files.

Speed: meetings and attendance (about 2 million rows at scale 10) are streamed to CSV
with the csv module as they are made; nothing holds them in memory.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import random
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from loader.models import TABLES, Criterion, to_cell

DEFAULT_AS_OF = dt.date(2026, 11, 1)
YEARS = 3
NATION = "wales"
LOAD_REGION = NATION

# Scale 1 is sized on today's Wales; tests/test_generate.py and docs/benchmarks.md keep
# these ranges in step with the generator.
SCALE_1_RANGES: dict[str, tuple[int, int]] = {
    "organisations": (450, 560),
    "partnerships": (620, 800),
    "people": (4500, 5600),
    "meetings": (14000, 20000),
    "attendance": (170000, 240000),
}

# ---------------------------------------------------------------------------
# Reference data: real places and bodies
# ---------------------------------------------------------------------------

# id, English, Welsh, health board, police force, fire and rescue authority
REGIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("north-wales", "North Wales", "Gogledd Cymru", "bcuhb", "nwp", "nwfra"),
    ("west-wales", "West Wales", "Gorllewin Cymru", "hduhb", "dpp", "mawwfra"),
    ("west-glamorgan", "West Glamorgan", "Gorllewin Morgannwg", "sbuhb", "swp", "mawwfra"),
    ("ctm", "Cwm Taf Morgannwg", "Cwm Taf Morgannwg", "ctmuhb", "swp", "swfra"),
    ("cardiff-and-vale", "Cardiff and Vale", "Caerdydd a'r Fro", "cavuhb", "swp", "swfra"),
    ("gwent", "Gwent", "Gwent", "abuhb", "gwp", "swfra"),
    ("powys-region", "Powys", "Powys", "pthb", "dpp", "mawwfra"),
)


@dataclass(frozen=True)
class LocalAuthority:
    id: str
    en: str
    cy: str
    region: str
    council: str
    council_en: str
    council_cy: str
    short: str


LAS: tuple[LocalAuthority, ...] = (
    LocalAuthority("anglesey", "Isle of Anglesey", "Ynys Môn", "north-wales", "iacc",
                   "Isle of Anglesey County Council", "Cyngor Sir Ynys Môn", "IACC"),
    LocalAuthority("gwynedd", "Gwynedd", "Gwynedd", "north-wales", "gwynedd-council",
                   "Gwynedd Council", "Cyngor Gwynedd", "Gwynedd"),
    LocalAuthority("conwy", "Conwy", "Conwy", "north-wales", "conwy-cbc",
                   "Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy", "CCBC"),
    LocalAuthority("denbighshire", "Denbighshire", "Sir Ddinbych", "north-wales", "denbighshire-cc",
                   "Denbighshire County Council", "Cyngor Sir Ddinbych", "DCC"),
    LocalAuthority("flintshire", "Flintshire", "Sir y Fflint", "north-wales", "flintshire-cc",
                   "Flintshire County Council", "Cyngor Sir y Fflint", "FCC"),
    LocalAuthority("wrexham", "Wrexham", "Wrecsam", "north-wales", "wrexham-cbc",
                   "Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam", "WCBC"),
    LocalAuthority("carmarthenshire", "Carmarthenshire", "Sir Gaerfyrddin", "west-wales", "carmarthenshire-cc",
                   "Carmarthenshire County Council", "Cyngor Sir Caerfyrddin", "CCC"),
    LocalAuthority("ceredigion", "Ceredigion", "Ceredigion", "west-wales", "ceredigion-cc",
                   "Ceredigion County Council", "Cyngor Sir Ceredigion", "CeredigionCC"),
    LocalAuthority("pembrokeshire", "Pembrokeshire", "Sir Benfro", "west-wales", "pembrokeshire-cc",
                   "Pembrokeshire County Council", "Cyngor Sir Penfro", "PCC"),
    LocalAuthority("swansea", "Swansea", "Abertawe", "west-glamorgan", "swansea-council",
                   "City and County of Swansea Council", "Cyngor Dinas a Sir Abertawe", "Swansea Council"),
    LocalAuthority("neath-port-talbot", "Neath Port Talbot", "Castell-nedd Port Talbot", "west-glamorgan", "npt-cbc",
                   "Neath Port Talbot County Borough Council", "Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot", "NPTCBC"),
    LocalAuthority("bridgend", "Bridgend", "Pen-y-bont ar Ogwr", "ctm", "bcbc",
                   "Bridgend County Borough Council", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "BCBC"),
    LocalAuthority("merthyr-tydfil", "Merthyr Tydfil", "Merthyr Tudful", "ctm", "mtcbc",
                   "Merthyr Tydfil County Borough Council", "Cyngor Bwrdeistref Sirol Merthyr Tudful", "MTCBC"),
    LocalAuthority("rhondda-cynon-taf", "Rhondda Cynon Taf", "Rhondda Cynon Taf", "ctm", "rctcbc",
                   "Rhondda Cynon Taf County Borough Council", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf", "RCTCBC"),
    LocalAuthority("cardiff", "Cardiff", "Caerdydd", "cardiff-and-vale", "cardiff-council",
                   "Cardiff Council", "Cyngor Caerdydd", "Cardiff Council"),
    LocalAuthority("vale-of-glamorgan", "Vale of Glamorgan", "Bro Morgannwg", "cardiff-and-vale", "vog-council",
                   "Vale of Glamorgan Council", "Cyngor Bro Morgannwg", "VoGC"),
    LocalAuthority("blaenau-gwent", "Blaenau Gwent", "Blaenau Gwent", "gwent", "bgcbc",
                   "Blaenau Gwent County Borough Council", "Cyngor Bwrdeistref Sirol Blaenau Gwent", "BGCBC"),
    LocalAuthority("caerphilly", "Caerphilly", "Caerffili", "gwent", "caerphilly-cbc",
                   "Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili", "CCBC-Caerphilly"),
    LocalAuthority("monmouthshire", "Monmouthshire", "Sir Fynwy", "gwent", "monmouthshire-cc",
                   "Monmouthshire County Council", "Cyngor Sir Fynwy", "MCC"),
    LocalAuthority("newport", "Newport", "Casnewydd", "gwent", "newport-cc",
                   "Newport City Council", "Cyngor Dinas Casnewydd", "NCC"),
    LocalAuthority("torfaen", "Torfaen", "Tor-faen", "gwent", "torfaen-cbc",
                   "Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Tor-faen", "TCBC"),
    LocalAuthority("powys", "Powys", "Powys", "powys-region", "powys-cc",
                   "Powys County Council", "Cyngor Sir Powys", "PCC-Powys"),
)
LA = {a.id: a for a in LAS}


def las_in(*regions: str) -> list[str]:
    return [a.id for a in LAS if a.region in regions]


HEALTH_BOARDS = {
    "bcuhb": ("Betsi Cadwaladr University Health Board", "Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "BCUHB"),
    "hduhb": ("Hywel Dda University Health Board", "Bwrdd Iechyd Prifysgol Hywel Dda", "HDUHB"),
    "sbuhb": ("Swansea Bay University Health Board", "Bwrdd Iechyd Prifysgol Bae Abertawe", "SBUHB"),
    "ctmuhb": ("Cwm Taf Morgannwg University Health Board", "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "CTMUHB"),
    "cavuhb": ("Cardiff and Vale University Health Board", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "CAVUHB"),
    "abuhb": ("Aneurin Bevan University Health Board", "Bwrdd Iechyd Prifysgol Aneurin Bevan", "ABUHB"),
    "pthb": ("Powys Teaching Health Board", "Bwrdd Iechyd Addysgu Powys", "PTHB"),
}
POLICE = {
    "nwp": ("North Wales Police", "Heddlu Gogledd Cymru", "NWP", "north-wales-police-area", "North Wales", "Gogledd Cymru"),
    "dpp": ("Dyfed-Powys Police", "Heddlu Dyfed-Powys", "DPP", "dyfed-powys-police-area", "Dyfed-Powys", "Dyfed-Powys"),
    "swp": ("South Wales Police", "Heddlu De Cymru", "SWP", "south-wales-police-area", "South Wales", "De Cymru"),
    "gwp": ("Gwent Police", "Heddlu Gwent", "GP", "gwent-police-area", "Gwent", "Gwent"),
}
FIRE = {
    "nwfra": ("North Wales Fire and Rescue Authority", "Awdurdod Tân ac Achub Gogledd Cymru", "NWFRS"),
    "mawwfra": ("Mid and West Wales Fire and Rescue Authority", "Awdurdod Tân ac Achub Canolbarth a Gorllewin Cymru", "MAWWFRS"),
    "swfra": ("South Wales Fire and Rescue Authority", "Awdurdod Tân ac Achub De Cymru", "SWFRS"),
}
CVCS = {  # county voluntary councils: id -> (English, Welsh, short, areas)
    "medrwn-mon": ("Medrwn Môn", "Medrwn Môn", "Medrwn Môn", ["anglesey"]),
    "mantell-gwynedd": ("Mantell Gwynedd", "Mantell Gwynedd", "Mantell", ["gwynedd"]),
    "cvsc": ("Conwy Voluntary Services Council", "Cyngor Gwasanaethau Gwirfoddol Conwy", "CVSC", ["conwy"]),
    "dvsc": ("Denbighshire Voluntary Services Council", "Cyngor Gwasanaethau Gwirfoddol Sir Ddinbych", "DVSC", ["denbighshire"]),
    "flvc": ("Flintshire Local Voluntary Council", "Cyngor Gwirfoddol Lleol Sir y Fflint", "FLVC", ["flintshire"]),
    "avow": ("AVOW", "AVOW", "AVOW", ["wrexham"]),
    "cavs": ("Carmarthenshire Association of Voluntary Services", "Cymdeithas Gwasanaethau Gwirfoddol Sir Gaerfyrddin", "CAVS", ["carmarthenshire"]),
    "cavo": ("Ceredigion Association of Voluntary Organisations", "Cymdeithas Mudiadau Gwirfoddol Ceredigion", "CAVO", ["ceredigion"]),
    "pavs": ("Pembrokeshire Association of Voluntary Services", "Cymdeithas Gwasanaethau Gwirfoddol Sir Benfro", "PAVS", ["pembrokeshire"]),
    "scvs": ("Swansea Council for Voluntary Service", "Cyngor Gwasanaeth Gwirfoddol Abertawe", "SCVS", ["swansea"]),
    "nptcvs": ("Neath Port Talbot CVS", "CGG Castell-nedd Port Talbot", "NPTCVS", ["neath-port-talbot"]),
    "bavo": ("Bridgend Association of Voluntary Organisations", "Cymdeithas Mudiadau Gwirfoddol Pen-y-bont ar Ogwr", "BAVO", ["bridgend"]),
    "interlink-rct": ("Interlink RCT", "Interlink RhCT", "Interlink", ["rhondda-cynon-taf"]),
    "vamt": ("Voluntary Action Merthyr Tydfil", "Gweithredu Gwirfoddol Merthyr Tudful", "VAMT", ["merthyr-tydfil"]),
    "c3sc": ("Cardiff Third Sector Council", "Cyngor Trydydd Sector Caerdydd", "C3SC", ["cardiff"]),
    "gvs": ("Glamorgan Voluntary Services", "Gwasanaethau Gwirfoddol Morgannwg", "GVS", ["vale-of-glamorgan"]),
    "gavo": ("Gwent Association of Voluntary Organisations", "Cymdeithas Mudiadau Gwirfoddol Gwent", "GAVO",
             ["blaenau-gwent", "caerphilly", "monmouthshire", "newport"]),
    "tva": ("Torfaen Voluntary Alliance", "Cynghrair Gwirfoddol Tor-faen", "TVA", ["torfaen"]),
    "pavo": ("Powys Association of Voluntary Organisations", "Cymdeithas Mudiadau Gwirfoddol Powys", "PAVO", ["powys"]),
}
HOUSING = {  # housing associations: id -> (name, areas)
    "adra": ("Adra", ["gwynedd", "anglesey"]), "grwp-cynefin": ("Grŵp Cynefin", ["gwynedd", "denbighshire"]),
    "clwyd-alyn": ("ClwydAlyn", ["flintshire", "wrexham", "denbighshire"]), "cartrefi-conwy": ("Cartrefi Conwy", ["conwy"]),
    "wales-west-housing": ("Wales & West Housing", ["cardiff", "flintshire", "carmarthenshire"]),
    "barcud": ("Barcud", ["ceredigion", "powys"]), "ateb": ("Ateb", ["pembrokeshire"]),
    "bro-myrddin": ("Bro Myrddin", ["carmarthenshire"]), "family-housing": ("Family Housing", ["swansea"]),
    "coastal-housing": ("Coastal Housing", ["swansea"]), "tai-tarian": ("Tai Tarian", ["neath-port-talbot"]),
    "pobl": ("Pobl Group", ["swansea", "newport", "carmarthenshire"]), "valleys-to-coast": ("Valleys to Coast", ["bridgend"]),
    "trivallis": ("Trivallis", ["rhondda-cynon-taf"]), "merthyr-valleys-homes": ("Merthyr Valleys Homes", ["merthyr-tydfil"]),
    "cynon-taf-housing": ("Cynon Taf Community Housing", ["rhondda-cynon-taf"]),
    "cardiff-community-housing": ("Cardiff Community Housing Association", ["cardiff"]),
    "hafod": ("Hafod", ["cardiff", "vale-of-glamorgan"]), "newydd": ("Newydd", ["vale-of-glamorgan"]),
    "linc-cymru": ("Linc Cymru", ["cardiff", "newport"]), "cadwyn": ("Cadwyn", ["cardiff"]),
    "tai-calon": ("Tai Calon", ["blaenau-gwent"]), "bron-afon": ("Bron Afon", ["torfaen"]),
    "melin-homes": ("Melin Homes", ["monmouthshire", "torfaen"]),
    "monmouthshire-housing": ("Monmouthshire Housing Association", ["monmouthshire"]),
    "newport-city-homes": ("Newport City Homes", ["newport"]), "united-welsh": ("United Welsh", ["caerphilly"]),
    "cadarn": ("Cadarn Housing Group", ["powys"]), "north-wales-ha": ("North Wales Housing", ["conwy", "gwynedd"]),
    "taff-housing": ("Taff Housing", ["cardiff"]),
}
UNIVERSITIES = {
    "bangor-university": ("Bangor University", "Prifysgol Bangor", ["gwynedd"]),
    "aberystwyth-university": ("Aberystwyth University", "Prifysgol Aberystwyth", ["ceredigion"]),
    "swansea-university": ("Swansea University", "Prifysgol Abertawe", ["swansea"]),
    "cardiff-university": ("Cardiff University", "Prifysgol Caerdydd", ["cardiff"]),
    "cardiff-met": ("Cardiff Metropolitan University", "Prifysgol Metropolitan Caerdydd", ["cardiff"]),
    "usw": ("University of South Wales", "Prifysgol De Cymru", ["rhondda-cynon-taf", "newport", "cardiff"]),
    "wrexham-university": ("Wrexham University", "Prifysgol Wrecsam", ["wrexham"]),
    "uwtsd": ("University of Wales Trinity Saint David", "Prifysgol Cymru Y Drindod Dewi Sant", ["carmarthenshire", "ceredigion", "swansea"]),
    "open-university-wales": ("Open University in Wales", "Y Brifysgol Agored yng Nghymru", []),
}
COLLEGES = {
    "coleg-cambria": ("Coleg Cambria", "Coleg Cambria", ["flintshire", "wrexham"]),
    "gllm": ("Grŵp Llandrillo Menai", "Grŵp Llandrillo Menai", ["conwy", "gwynedd", "anglesey", "denbighshire"]),
    "coleg-ceredigion": ("Coleg Ceredigion", "Coleg Ceredigion", ["ceredigion"]),
    "coleg-sir-gar": ("Coleg Sir Gâr", "Coleg Sir Gâr", ["carmarthenshire"]),
    "pembrokeshire-college": ("Pembrokeshire College", "Coleg Sir Benfro", ["pembrokeshire"]),
    "gower-college": ("Gower College Swansea", "Coleg Gŵyr Abertawe", ["swansea"]),
    "nptc-group": ("NPTC Group of Colleges", "Grŵp Colegau NPTC", ["neath-port-talbot", "powys"]),
    "bridgend-college": ("Bridgend College", "Coleg Pen-y-bont", ["bridgend"]),
    "coleg-y-cymoedd": ("Coleg y Cymoedd", "Coleg y Cymoedd", ["rhondda-cynon-taf", "caerphilly"]),
    "merthyr-college": ("The College Merthyr Tydfil", "Coleg Merthyr Tudful", ["merthyr-tydfil"]),
    "cavc": ("Cardiff and Vale College", "Coleg Caerdydd a'r Fro", ["cardiff", "vale-of-glamorgan"]),
    "coleg-gwent": ("Coleg Gwent", "Coleg Gwent", ["blaenau-gwent", "monmouthshire", "newport", "torfaen"]),
}
# National bodies: id -> (English, Welsh, short, sector, org_type, statutory, base posts)
NATIONAL: dict[str, tuple[str, str, str, str, str, bool, float]] = {
    "welsh-government": ("Welsh Government", "Llywodraeth Cymru", "WG", "national_government", "welsh_government", True, 60),
    "nrw": ("Natural Resources Wales", "Cyfoeth Naturiol Cymru", "NRW", "environment", "natural_resources_wales", True, 35),
    "hmpps-wales": ("HM Prison and Probation Service in Wales", "Gwasanaeth Carchardai a Phrawf EF yng Nghymru", "HMPPS Wales",
                    "probation_and_justice", "probation_service", True, 60),
    "wast": ("Welsh Ambulance Services University NHS Trust", "Ymddiriedolaeth GIG Prifysgol Gwasanaethau Ambiwlans Cymru", "WAST",
             "health", "nhs_trust", True, 35),
    "phw": ("Public Health Wales NHS Trust", "Ymddiriedolaeth GIG Iechyd Cyhoeddus Cymru", "PHW", "health", "nhs_trust", True, 45),
    "velindre": ("Velindre University NHS Trust", "Ymddiriedolaeth GIG Prifysgol Felindre", "Velindre", "health", "nhs_trust", True, 15),
    "heiw": ("Health Education and Improvement Wales", "Addysg a Gwella Iechyd Cymru", "HEIW", "health", "public_body", True, 12),
    "dhcw": ("Digital Health and Care Wales", "Iechyd a Gofal Digidol Cymru", "DHCW", "health", "public_body", True, 10),
    "social-care-wales": ("Social Care Wales", "Gofal Cymdeithasol Cymru", "SCW", "other", "public_body", True, 12),
    "careers-wales": ("Careers Wales", "Gyrfa Cymru", "Careers Wales", "education", "public_body", True, 12),
    "ciw": ("Care Inspectorate Wales", "Arolygiaeth Gofal Cymru", "CIW", "inspectorate", "inspectorate", True, 8),
    "hiw": ("Healthcare Inspectorate Wales", "Arolygiaeth Gofal Iechyd Cymru", "HIW", "inspectorate", "inspectorate", True, 6),
    "estyn": ("Estyn", "Estyn", "Estyn", "inspectorate", "inspectorate", True, 6),
    "audit-wales": ("Audit Wales", "Archwilio Cymru", "Audit Wales", "inspectorate", "inspectorate", True, 8),
    "childrens-commissioner": ("Children's Commissioner for Wales", "Comisiynydd Plant Cymru", "CCfW", "commissioner", "commissioner", True, 5),
    "older-peoples-commissioner": ("Older People's Commissioner for Wales", "Comisiynydd Pobl Hŷn Cymru", "OPCW",
                                   "commissioner", "commissioner", True, 5),
    "fg-commissioner": ("Future Generations Commissioner for Wales", "Comisiynydd Cenedlaethau'r Dyfodol Cymru", "FGC",
                        "commissioner", "commissioner", True, 5),
    "welsh-language-commissioner": ("Welsh Language Commissioner", "Comisiynydd y Gymraeg", "WLC", "commissioner", "commissioner", True, 4),
    "wcva": ("Wales Council for Voluntary Action", "Cyngor Gweithredu Gwirfoddol Cymru", "WCVA", "third_sector",
             "third_sector_organisation", False, 10),
    "welsh-womens-aid": ("Welsh Women's Aid", "Cymorth i Ferched Cymru", "WWA", "third_sector", "third_sector_organisation", False, 8),
    "age-cymru": ("Age Cymru", "Age Cymru", "Age Cymru", "third_sector", "third_sector_organisation", False, 6),
    "barnardos-cymru": ("Barnardo's Cymru", "Barnardo's Cymru", "Barnardo's", "third_sector", "third_sector_organisation", False, 8),
    "nspcc-cymru": ("NSPCC Cymru", "NSPCC Cymru", "NSPCC", "third_sector", "third_sector_organisation", False, 6),
    "mind-cymru": ("Mind Cymru", "Mind Cymru", "Mind Cymru", "third_sector", "third_sector_organisation", False, 5),
    "children-in-wales": ("Children in Wales", "Plant yng Nghymru", "CiW", "third_sector", "third_sector_organisation", False, 5),
    "carers-wales": ("Carers Wales", "Gofalwyr Cymru", "Carers Wales", "third_sector", "third_sector_organisation", False, 4),
    "shelter-cymru": ("Shelter Cymru", "Shelter Cymru", "Shelter", "third_sector", "third_sector_organisation", False, 5),
    "platfform": ("Platfform", "Platfform", "Platfform", "third_sector", "third_sector_organisation", False, 4),
    "kaleidoscope": ("Kaleidoscope Project", "Prosiect Kaleidoscope", "Kaleidoscope", "third_sector", "third_sector_organisation", False, 4),
    "eryri-npa": ("Eryri National Park Authority", "Awdurdod Parc Cenedlaethol Eryri", "Eryri NPA", "environment", "public_body", True, 4),
    "pembrokeshire-coast-npa": ("Pembrokeshire Coast National Park Authority", "Awdurdod Parc Cenedlaethol Arfordir Penfro",
                                "PCNPA", "environment", "public_body", True, 4),
    "bannau-brycheiniog-npa": ("Bannau Brycheiniog National Park Authority", "Awdurdod Parc Cenedlaethol Bannau Brycheiniog",
                               "BBNPA", "environment", "public_body", True, 4),
}
NATIONAL_AREAS = {"eryri-npa": ["gwynedd", "conwy"], "pembrokeshire-coast-npa": ["pembrokeshire"],
                  "bannau-brycheiniog-npa": ["powys", "carmarthenshire", "monmouthshire"]}
PRISONS = {
    "hmp-berwyn": ("HMP Berwyn", "CEF Berwyn", "wrexham"), "hmp-swansea": ("HMP Swansea", "CEF Abertawe", "swansea"),
    "hmp-parc": ("HMP Parc", "CEF Parc", "bridgend"), "hmp-cardiff": ("HMP Cardiff", "CEF Caerdydd", "cardiff"),
    "hmp-usk-prescoed": ("HMP Usk and HMP/YOI Prescoed", "CEF Brynbuga a CEF/SAI Prescoed", "monmouthshire"),
}
# Local charities: (id prefix, English with {la}, Welsh with {cy}, theme focus)
LOCAL_CHARITIES: tuple[tuple[str, str, str], ...] = (
    ("womens-aid", "{la} Women's Aid", "Cymorth i Ferched {cy}"),
    ("citizens-advice", "Citizens Advice {la}", "Cyngor ar Bopeth {cy}"),
    ("mind", "Mind {la}", "Mind {cy}"),
    ("age-connects", "Age Connects {la}", "Age Connects {cy}"),
    ("carers-centre", "{la} Carers Centre", "Canolfan Gofalwyr {cy}"),
    ("youth-forum", "{la} Youth Forum", "Fforwm Ieuenctid {cy}"),
    ("food-bank", "{la} Food Bank", "Banc Bwyd {cy}"),
    ("disability-forum", "{la} Disability Forum", "Fforwm Anabledd {cy}"),
    ("drug-alcohol-service", "{la} Drug and Alcohol Service", "Gwasanaeth Cyffuriau ac Alcohol {cy}"),
    ("housing-support", "{la} Housing Support Project", "Prosiect Cymorth Tai {cy}"),
    ("community-transport", "{la} Community Transport", "Trafnidiaeth Gymunedol {cy}"),
    ("befriending", "{la} Befriending Scheme", "Cynllun Cyfeillio {cy}"),
    ("credit-union", "{la} Credit Union", "Undeb Credyd {cy}"),
    ("menter-iaith", "Menter Iaith {la}", "Menter Iaith {cy}"),
    ("refugee-support", "{la} Refugee Support", "Cymorth Ffoaduriaid {cy}"),
    ("older-peoples-forum", "{la} Older People's Forum", "Fforwm Pobl Hŷn {cy}"),
)

THEMES: tuple[tuple[str, str, str], ...] = (
    ("well-being", "Well-being", "Llesiant"),
    ("safeguarding", "Safeguarding", "Diogelu"),
    ("children-and-young-people", "Children and young people", "Plant a phobl ifanc"),
    ("older-people", "Older people", "Pobl hŷn"),
    ("mental-health", "Mental health", "Iechyd meddwl"),
    ("substance-misuse", "Substance misuse", "Camddefnyddio sylweddau"),
    ("domestic-abuse", "Domestic abuse and sexual violence", "Cam-drin domestig a thrais rhywiol"),
    ("community-safety", "Community safety", "Diogelwch cymunedol"),
    ("housing", "Housing", "Tai"),
    ("homelessness", "Homelessness", "Digartrefedd"),
    ("poverty", "Poverty", "Tlodi"),
    ("climate-change", "Climate and nature", "Hinsawdd a natur"),
    ("emergency-planning", "Emergency planning", "Cynllunio at argyfwng"),
    ("youth-justice", "Youth justice", "Cyfiawnder ieuenctid"),
    ("carers", "Unpaid carers", "Gofalwyr di-dâl"),
    ("learning-disabilities", "Learning disabilities", "Anableddau dysgu"),
    ("health-and-social-care-integration", "Health and social care integration", "Integreiddio iechyd a gofal cymdeithasol"),
    ("economy", "Economy", "Yr economi"),
    ("transport", "Transport", "Trafnidiaeth"),
    ("welsh-language", "Welsh language", "Y Gymraeg"),
    ("workforce", "Workforce", "Gweithlu"),
    ("data-and-information", "Data and information", "Data a gwybodaeth"),
    ("prevention", "Prevention", "Atal"),
    ("community-cohesion", "Community cohesion", "Cydlyniant cymunedol"),
    ("exploitation", "Exploitation", "Camfanteisio"),
)

# id, English, Welsh, year, citation, required member types
LEGISLATION: tuple[tuple[str, str, str, int, str, list[str]], ...] = (
    ("wfga-2015", "Well-being of Future Generations (Wales) Act 2015", "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015",
     2015, "anaw 2015/2", ["local_authority", "local_health_board", "fire_and_rescue_authority", "natural_resources_wales"]),
    ("sswba-2014-part-9", "Social Services and Well-being (Wales) Act 2014, Part 9 (partnership arrangements)",
     "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, Rhan 9 (trefniadau partneriaeth)", 2014, "anaw 2014/4",
     ["local_authority", "local_health_board"]),
    ("sswba-2014-part-7", "Social Services and Well-being (Wales) Act 2014, Part 7 (safeguarding boards)",
     "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, Rhan 7 (byrddau diogelu)", 2014, "anaw 2014/4",
     ["local_authority", "police_force", "local_health_board", "probation_service"]),
    ("cda-1998", "Crime and Disorder Act 1998 (community safety partnerships)", "Deddf Trosedd ac Anhrefn 1998 (partneriaethau diogelwch cymunedol)",
     1998, "1998 c. 37", ["local_authority", "police_force", "fire_and_rescue_authority", "local_health_board", "probation_service"]),
    ("cda-1998-s39", "Crime and Disorder Act 1998, section 39 (youth offending teams)", "Deddf Trosedd ac Anhrefn 1998, adran 39 (timau troseddau ieuenctid)",
     1998, "1998 c. 37", ["local_authority", "police_force", "probation_service", "local_health_board"]),
    ("vawdasv-2015", "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015",
     "Deddf Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol (Cymru) 2015", 2015, "anaw 2015/3",
     ["local_authority", "local_health_board"]),
    ("cca-2004", "Civil Contingencies Act 2004", "Deddf Argyfyngau Sifil 2004", 2004, "2004 c. 36",
     ["local_authority", "police_force", "fire_and_rescue_authority", "local_health_board", "nhs_trust", "natural_resources_wales"]),
    ("lgewa-2021", "Local Government and Elections (Wales) Act 2021", "Deddf Llywodraeth Leol ac Etholiadau (Cymru) 2021",
     2021, "asc 2021/1", ["local_authority"]),
    ("lgwm-2011", "Local Government (Wales) Measure 2011", "Mesur Llywodraeth Leol (Cymru) 2011", 2011, "nawm 2011/4",
     ["local_authority"]),
)

# Job titles by org type, most senior first (posts beyond the list repeat its second half).
TITLES: dict[str, list[tuple[str, str]]] = {
    "local_authority": [
        ("Chief Executive", "Prif Weithredwr"), ("Leader of the Council", "Arweinydd y Cyngor"),
        ("Director of Social Services", "Cyfarwyddwr Gwasanaethau Cymdeithasol"),
        ("Corporate Director of Education", "Cyfarwyddwr Corfforaethol Addysg"),
        ("Head of Children's Services", "Pennaeth Gwasanaethau Plant"), ("Head of Adult Services", "Pennaeth Gwasanaethau Oedolion"),
        ("Head of Housing", "Pennaeth Tai"), ("Head of Community Safety", "Pennaeth Diogelwch Cymunedol"),
        ("Head of Policy and Partnerships", "Pennaeth Polisi a Phartneriaethau"),
        ("Cabinet Member for Social Services", "Aelod Cabinet dros Wasanaethau Cymdeithasol"),
        ("Head of Public Protection", "Pennaeth Gwarchod y Cyhoedd"), ("Head of Planning", "Pennaeth Cynllunio"),
        ("Head of Finance", "Pennaeth Cyllid"), ("Emergency Planning Manager", "Rheolwr Cynllunio at Argyfwng"),
        ("Youth Justice Service Manager", "Rheolwr Gwasanaeth Cyfiawnder Ieuenctid"), ("Safeguarding Manager", "Rheolwr Diogelu"),
        ("Partnership Manager", "Rheolwr Partneriaeth"), ("Policy Officer", "Swyddog Polisi"),
        ("Community Safety Officer", "Swyddog Diogelwch Cymunedol"), ("Team Manager", "Rheolwr Tîm"),
        ("Commissioning Officer", "Swyddog Comisiynu"), ("Principal Officer", "Prif Swyddog"), ("Data Analyst", "Dadansoddwr Data"),
        ("Social Worker", "Gweithiwr Cymdeithasol"), ("Housing Support Officer", "Swyddog Cymorth Tai"),
        ("Education Welfare Officer", "Swyddog Lles Addysg"), ("Climate Change Officer", "Swyddog Newid Hinsawdd"),
        ("Welsh Language Officer", "Swyddog y Gymraeg"), ("Scrutiny Officer", "Swyddog Craffu"),
        ("Committee Services Officer", "Swyddog Gwasanaethau Pwyllgor"),
    ],
    "local_health_board": [
        ("Chief Executive", "Prif Weithredwr"), ("Chair", "Cadeirydd"), ("Director of Public Health", "Cyfarwyddwr Iechyd y Cyhoedd"),
        ("Director of Nursing", "Cyfarwyddwr Nyrsio"),
        ("Director of Primary Care and Mental Health", "Cyfarwyddwr Gofal Sylfaenol ac Iechyd Meddwl"),
        ("Director of Strategy", "Cyfarwyddwr Strategaeth"), ("Medical Director", "Cyfarwyddwr Meddygol"),
        ("Director of Finance", "Cyfarwyddwr Cyllid"), ("Head of Safeguarding", "Pennaeth Diogelu"),
        ("Assistant Director of Partnerships", "Cyfarwyddwr Cynorthwyol Partneriaethau"),
        ("Head of Emergency Planning", "Pennaeth Cynllunio at Argyfwng"), ("Consultant in Public Health", "Ymgynghorydd Iechyd y Cyhoedd"),
        ("Locality Manager", "Rheolwr Ardal"), ("Named Nurse for Safeguarding", "Nyrs Ddynodedig Diogelu"),
        ("Service Manager", "Rheolwr Gwasanaeth"), ("Clinical Lead", "Arweinydd Clinigol"), ("Programme Manager", "Rheolwr Rhaglen"),
        ("Senior Nurse", "Uwch Nyrs"), ("Health Improvement Practitioner", "Ymarferydd Gwella Iechyd"),
        ("Information Analyst", "Dadansoddwr Gwybodaeth"),
    ],
    "nhs_trust": [
        ("Chief Executive", "Prif Weithredwr"), ("Director of Strategy", "Cyfarwyddwr Strategaeth"),
        ("Head of Partnerships", "Pennaeth Partneriaethau"), ("Head of Resilience", "Pennaeth Cydnerthedd"),
        ("Consultant", "Ymgynghorydd"), ("Programme Manager", "Rheolwr Rhaglen"), ("Analyst", "Dadansoddwr"),
    ],
    "police_force": [
        ("Chief Constable", "Prif Gwnstabl"), ("Deputy Chief Constable", "Dirprwy Brif Gwnstabl"),
        ("Assistant Chief Constable", "Prif Gwnstabl Cynorthwyol"), ("Chief Superintendent", "Prif Uwch-arolygydd"),
        ("Superintendent", "Uwch-arolygydd"), ("Chief Inspector", "Prif Arolygydd"), ("Inspector", "Arolygydd"),
        ("Detective Inspector (Public Protection)", "Ditectif Arolygydd (Diogelu'r Cyhoedd)"),
        ("Partnership Sergeant", "Rhingyll Partneriaeth"), ("Analyst", "Dadansoddwr"),
    ],
    "police_and_crime_commissioner": [
        ("Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu"), ("Chief Executive (OPCC)", "Prif Weithredwr (SCHTh)"),
        ("Head of Commissioning", "Pennaeth Comisiynu"), ("Policy Officer", "Swyddog Polisi"),
    ],
    "fire_and_rescue_authority": [
        ("Chief Fire Officer", "Prif Swyddog Tân"), ("Assistant Chief Fire Officer", "Prif Swyddog Tân Cynorthwyol"),
        ("Area Manager", "Rheolwr Ardal"), ("Community Safety Manager", "Rheolwr Diogelwch Cymunedol"),
        ("Station Manager", "Rheolwr Gorsaf"), ("Watch Manager", "Rheolwr Gwylfa"),
    ],
    "natural_resources_wales": [
        ("Chief Executive", "Prif Weithredwr"), ("Head of Operations", "Pennaeth Gweithrediadau"), ("Place Manager", "Rheolwr Lle"),
        ("Flood Risk Officer", "Swyddog Perygl Llifogydd"), ("Senior Officer", "Uwch Swyddog"),
    ],
    "probation_service": [
        ("Regional Probation Director", "Cyfarwyddwr Prawf Rhanbarthol"), ("Head of Probation Delivery Unit", "Pennaeth Uned Cyflawni Prawf"),
        ("Partnerships Manager", "Rheolwr Partneriaethau"), ("Senior Probation Officer", "Uwch Swyddog Prawf"),
        ("Probation Officer", "Swyddog Prawf"),
    ],
    "prison": [
        ("Governor", "Llywodraethwr"), ("Deputy Governor", "Dirprwy Lywodraethwr"),
        ("Head of Reducing Reoffending", "Pennaeth Lleihau Aildroseddu"), ("Safer Custody Lead", "Arweinydd Dalfa Ddiogelach"),
    ],
    "welsh_government": [
        ("Director of Social Services and Integration", "Cyfarwyddwr Gwasanaethau Cymdeithasol ac Integreiddio"),
        ("Deputy Director", "Dirprwy Gyfarwyddwr"), ("Head of Branch", "Pennaeth Cangen"), ("Relationship Manager", "Rheolwr Perthynas"),
        ("Policy Manager", "Rheolwr Polisi"), ("Policy Officer", "Swyddog Polisi"), ("Senior Statistician", "Uwch Ystadegydd"),
    ],
    "county_voluntary_council": [
        ("Chief Officer", "Prif Swyddog"), ("Deputy Chief Officer", "Dirprwy Brif Swyddog"),
        ("Third Sector Partnership Officer", "Swyddog Partneriaeth Trydydd Sector"), ("Volunteering Officer", "Swyddog Gwirfoddoli"),
        ("Development Officer", "Swyddog Datblygu"),
    ],
    "housing_association": [
        ("Chief Executive", "Prif Weithredwr"), ("Director of Housing", "Cyfarwyddwr Tai"), ("Housing Manager", "Rheolwr Tai"),
        ("Tenancy Support Officer", "Swyddog Cymorth Tenantiaeth"),
    ],
    "university": [
        ("Pro Vice-Chancellor", "Dirprwy Is-Ganghellor"), ("Head of School", "Pennaeth Ysgol"), ("Professor", "Athro"),
        ("Research Fellow", "Cymrawd Ymchwil"),
    ],
    "school_or_college": [
        ("Principal", "Pennaeth"), ("Vice Principal", "Is-Bennaeth"), ("Head of Learner Services", "Pennaeth Gwasanaethau Dysgwyr"),
        ("Safeguarding Lead", "Arweinydd Diogelu"),
    ],
    "inspectorate": [("Chief Inspector", "Prif Arolygydd"), ("Senior Inspector", "Uwch Arolygydd"), ("Inspector", "Arolygydd")],
    "commissioner": [("Commissioner", "Comisiynydd"), ("Head of Policy", "Pennaeth Polisi"), ("Policy Adviser", "Cynghorydd Polisi")],
    "third_sector_organisation": [
        ("Chief Executive", "Prif Weithredwr"), ("Service Manager", "Rheolwr Gwasanaeth"),
        ("Project Coordinator", "Cydlynydd Prosiect"), ("Support Worker", "Gweithiwr Cymorth"),
    ],
    "public_body": [
        ("Chief Executive", "Prif Weithredwr"), ("Director", "Cyfarwyddwr"), ("Manager", "Rheolwr"), ("Officer", "Swyddog"),
    ],
}
POSTS_PER_ORG = {  # at scale 1
    "local_authority": 92, "local_health_board": 160, "police_force": 50, "police_and_crime_commissioner": 6,
    "fire_and_rescue_authority": 30, "county_voluntary_council": 8, "housing_association": 5, "university": 8,
    "school_or_college": 6, "prison": 6, "third_sector_organisation": 2.4,
}

# Sub-group templates per partnership kind: (slug, English, Welsh, themes).
SUBGROUPS: dict[str, list[tuple[str, str, str, list[str]]]] = {
    "rpb": [
        ("cyp", "Children and Young People Partnership", "Partneriaeth Plant a Phobl Ifanc", ["children-and-young-people"]),
        ("older-people", "Older People's Partnership", "Partneriaeth Pobl Hŷn", ["older-people"]),
        ("mental-health", "Mental Health Partnership", "Partneriaeth Iechyd Meddwl", ["mental-health"]),
        ("learning-disabilities", "Learning Disabilities Partnership", "Partneriaeth Anableddau Dysgu", ["learning-disabilities"]),
        ("carers", "Unpaid Carers Partnership", "Partneriaeth Gofalwyr Di-dâl", ["carers"]),
        ("workforce", "Regional Workforce Board", "Bwrdd Gweithlu Rhanbarthol", ["workforce"]),
        ("housing", "Housing and Accommodation Group", "Grŵp Tai a Llety", ["housing", "homelessness"]),
        ("dementia", "Dementia Steering Group", "Grŵp Llywio Dementia", ["older-people", "mental-health"]),
        ("rif", "Regional Integration Fund Programme Group", "Grŵp Rhaglen y Gronfa Integreiddio Rhanbarthol",
         ["health-and-social-care-integration"]),
        ("citizens-panel", "Citizens' Panel", "Panel Dinasyddion", ["well-being"]),
        ("provider-forum", "Provider Forum", "Fforwm Darparwyr", ["health-and-social-care-integration"]),
        ("autism", "Autism Partnership", "Partneriaeth Awtistiaeth", ["learning-disabilities"]),
        ("welsh-language", "Welsh Language Forum", "Fforwm y Gymraeg", ["welsh-language"]),
        ("data", "Data and Intelligence Group", "Grŵp Data a Gwybodaeth", ["data-and-information"]),
        ("commissioning", "Commissioning Group", "Grŵp Comisiynu", ["health-and-social-care-integration"]),
        ("neurodevelopment", "Neurodevelopment Group", "Grŵp Niwroddatblygiad", ["children-and-young-people"]),
    ],
    "psb": [
        ("climate", "Climate and Nature Group", "Grŵp Hinsawdd a Natur", ["climate-change"]),
        ("poverty", "Tackling Poverty Group", "Grŵp Trechu Tlodi", ["poverty"]),
        ("healthy-communities", "Healthy Communities Group", "Grŵp Cymunedau Iach", ["well-being", "prevention"]),
        ("economy", "Thriving Economy Group", "Grŵp Economi Ffyniannus", ["economy"]),
        ("early-years", "Early Years Group", "Grŵp y Blynyddoedd Cynnar", ["children-and-young-people"]),
        ("food", "Food Partnership", "Partneriaeth Fwyd", ["poverty", "well-being"]),
        ("engagement", "Engagement Network", "Rhwydwaith Ymgysylltu", ["well-being"]),
        ("data", "Data and Insight Group", "Grŵp Data a Mewnwelediad", ["data-and-information"]),
        ("active-travel", "Active Travel Group", "Grŵp Teithio Llesol", ["transport", "climate-change"]),
        ("cohesion", "Community Cohesion Group", "Grŵp Cydlyniant Cymunedol", ["community-cohesion"]),
    ],
    "safeguarding_board": [
        ("practice-review", "Practice Review Group", "Grŵp Adolygu Ymarfer", ["safeguarding"]),
        ("training", "Training and Development Group", "Grŵp Hyfforddi a Datblygu", ["safeguarding", "workforce"]),
        ("policy", "Policy and Procedures Group", "Grŵp Polisïau a Gweithdrefnau", ["safeguarding"]),
        ("quality", "Quality Assurance Group", "Grŵp Sicrhau Ansawdd", ["safeguarding", "data-and-information"]),
        ("exploitation", "Exploitation Group", "Grŵp Camfanteisio", ["exploitation", "safeguarding"]),
        ("communications", "Communication and Engagement Group", "Grŵp Cyfathrebu ac Ymgysylltu", ["safeguarding"]),
        ("missing", "Missing Persons Group", "Grŵp Pobl ar Goll", ["safeguarding", "exploitation"]),
    ],
    "area_planning_board": [
        ("commissioning", "Commissioning Group", "Grŵp Comisiynu", ["substance-misuse"]),
        ("harm-reduction", "Harm Reduction Group", "Grŵp Lleihau Niwed", ["substance-misuse", "prevention"]),
        ("drd-panel", "Drug Related Deaths Review Panel", "Panel Adolygu Marwolaethau sy'n Gysylltiedig â Chyffuriau",
         ["substance-misuse"]),
        ("treatment", "Treatment and Recovery Group", "Grŵp Triniaeth ac Adferiad", ["substance-misuse", "mental-health"]),
        ("service-users", "Service User Involvement Group", "Grŵp Cynnwys Defnyddwyr Gwasanaeth", ["substance-misuse"]),
        ("young-people", "Young People's Substance Misuse Group", "Grŵp Camddefnyddio Sylweddau Pobl Ifanc",
         ["substance-misuse", "children-and-young-people"]),
    ],
    "community_safety_partnership": [
        ("asb", "Anti-social Behaviour Group", "Grŵp Ymddygiad Gwrthgymdeithasol", ["community-safety"]),
        ("serious-violence", "Serious Violence Duty Group", "Grŵp Dyletswydd Trais Difrifol", ["community-safety", "prevention"]),
        ("contest", "Prevent and CONTEST Board", "Bwrdd Prevent a CONTEST", ["community-safety", "community-cohesion"]),
        ("hate-crime", "Hate Crime Forum", "Fforwm Troseddau Casineb", ["community-cohesion"]),
        ("tasking", "Tasking and Coordination Group", "Grŵp Tasgio a Chydlynu", ["community-safety"]),
        ("reoffending", "Reducing Reoffending Group", "Grŵp Lleihau Aildroseddu", ["community-safety"]),
        ("night-time", "Night-time Economy Group", "Grŵp Economi'r Nos", ["community-safety", "economy"]),
    ],
    "vawdasv": [
        ("delivery", "Strategy Delivery Group", "Grŵp Cyflawni'r Strategaeth", ["domestic-abuse"]),
        ("marac", "MARAC Steering Group", "Grŵp Llywio MARAC", ["domestic-abuse", "safeguarding"]),
        ("perpetrators", "Perpetrator Programme Group", "Grŵp Rhaglen Cyflawnwyr", ["domestic-abuse"]),
        ("survivors", "Survivor Engagement Panel", "Panel Ymgysylltu â Goroeswyr", ["domestic-abuse"]),
        ("training", "Training Framework Group", "Grŵp y Fframwaith Hyfforddi", ["domestic-abuse", "workforce"]),
        ("relationships", "Healthy Relationships Group", "Grŵp Perthnasoedd Iach", ["domestic-abuse", "children-and-young-people"]),
    ],
    "youth_justice_board": [
        ("performance", "Performance Group", "Grŵp Perfformiad", ["youth-justice", "data-and-information"]),
        ("prevention", "Prevention Group", "Grŵp Atal", ["youth-justice", "prevention"]),
        ("ete", "Education, Training and Employment Group", "Grŵp Addysg, Hyfforddiant a Chyflogaeth",
         ["youth-justice", "children-and-young-people"]),
        ("resettlement", "Resettlement Group", "Grŵp Adsefydlu", ["youth-justice"]),
        ("disproportionality", "Disproportionality Group", "Grŵp Anghymesuredd", ["youth-justice", "community-cohesion"]),
    ],
    "resilience_forum": [
        ("risk", "Risk Group", "Grŵp Risg", ["emergency-planning"]),
        ("training", "Training and Exercising Group", "Grŵp Hyfforddi ac Ymarfer", ["emergency-planning", "workforce"]),
        ("warning", "Warning and Informing Group", "Grŵp Rhybuddio a Hysbysu", ["emergency-planning"]),
        ("severe-weather", "Severe Weather Group", "Grŵp Tywydd Garw", ["emergency-planning", "climate-change"]),
        ("recovery", "Recovery Group", "Grŵp Adfer", ["emergency-planning"]),
        ("humanitarian", "Humanitarian Assistance Group", "Grŵp Cymorth Dyngarol", ["emergency-planning"]),
        ("lhrp", "Local Health Resilience Partnership", "Partneriaeth Cydnerthedd Iechyd Lleol", ["emergency-planning"]),
        ("business-continuity", "Business Continuity Group", "Grŵp Parhad Busnes", ["emergency-planning"]),
        ("mass-fatalities", "Mass Fatalities Group", "Grŵp Marwolaethau Torfol", ["emergency-planning"]),
    ],
    "city_region": [
        ("transport", "Strategic Transport Group", "Grŵp Trafnidiaeth Strategol", ["transport"]),
        ("economy", "Economic Well-being Group", "Grŵp Llesiant Economaidd", ["economy"]),
        ("sdp", "Strategic Development Plan Group", "Grŵp Cynllun Datblygu Strategol", ["housing", "economy"]),
        ("energy", "Energy Group", "Grŵp Ynni", ["climate-change"]),
        ("audit", "Governance and Audit Sub-committee", "Is-bwyllgor Llywodraethu ac Archwilio", ["economy"]),
    ],
    "other": [
        ("homelessness", "Homelessness Prevention Group", "Grŵp Atal Digartrefedd", ["homelessness"]),
        ("providers", "Housing Support Providers Forum", "Fforwm Darparwyr Cymorth Tai", ["housing"]),
    ],
    "scrutiny_committee": [],
}
# Sub-groups per board at scale 1 (scale N multiplies).
SUBGROUPS_PER_BOARD = {
    "rpb": 16, "psb": 7, "safeguarding_board": 7, "area_planning_board": 5.5, "community_safety_partnership": 4.6,
    "vawdasv": 5.5, "youth_justice_board": 3.3, "resilience_forum": 8.5, "city_region": 4.5, "other": 1.5, "scrutiny_committee": 0,
}
TASK_AND_FINISH = (
    ("winter-pressures", "Winter Pressures", "Pwysau'r Gaeaf"),
    ("cost-of-living", "Cost of Living", "Costau Byw"),
    ("needs-assessment-2027", "Needs Assessment 2027", "Asesiad o Anghenion 2027"),
    ("digital-inclusion", "Digital Inclusion", "Cynhwysiant Digidol"),
    ("workforce-strategy", "Workforce Strategy", "Strategaeth y Gweithlu"),
    ("terms-of-reference-review", "Terms of Reference Review", "Adolygu'r Cylch Gorchwyl"),
    ("risk-register-review", "Risk Register Review", "Adolygu'r Gofrestr Risg"),
    ("cyber-exercise", "Cyber Exercise Planning", "Cynllunio Ymarfer Seiber"),
    ("data-sharing", "Data Sharing Protocol", "Protocol Rhannu Data"),
    ("annual-report", "Annual Report", "Adroddiad Blynyddol"),
)
TASK_AND_FINISH_PER_BOARD = 0.55

PURPOSE = {
    "rpb": ("Integrate health and social care services and improve well-being across the region.",
            "Integreiddio gwasanaethau iechyd a gofal cymdeithasol a gwella llesiant ar draws y rhanbarth."),
    "psb": ("Improve economic, social, environmental and cultural well-being.",
            "Gwella llesiant economaidd, cymdeithasol, amgylcheddol a diwylliannol."),
    "safeguarding_board": ("Protect children and adults at risk of abuse and neglect.",
                           "Amddiffyn plant ac oedolion sy'n wynebu risg o gamdriniaeth ac esgeulustod."),
    "area_planning_board": ("Plan and commission substance misuse services.", "Cynllunio a chomisiynu gwasanaethau camddefnyddio sylweddau."),
    "community_safety_partnership": ("Reduce crime, disorder and reoffending.", "Lleihau trosedd, anhrefn ac aildroseddu."),
    "vawdasv": ("Prevent violence against women, domestic abuse and sexual violence and support survivors.",
                "Atal trais yn erbyn menywod, cam-drin domestig a thrais rhywiol a chefnogi goroeswyr."),
    "youth_justice_board": ("Oversee the youth justice service and prevent offending by children.",
                            "Goruchwylio'r gwasanaeth cyfiawnder ieuenctid ac atal troseddu gan blant."),
    "resilience_forum": ("Plan and prepare for emergencies together.", "Cynllunio a pharatoi ar gyfer argyfyngau gyda'i gilydd."),
    "city_region": ("Plan transport, strategic development and economic well-being regionally.",
                    "Cynllunio trafnidiaeth, datblygu strategol a llesiant economaidd yn rhanbarthol."),
    "scrutiny_committee": ("Scrutinise the public services board.", "Craffu ar y bwrdd gwasanaethau cyhoeddus."),
    "other": ("Coordinate housing support and homelessness prevention.", "Cydlynu cymorth tai ac atal digartrefedd."),
}

# Datasets per board kind: (slug, English, Welsh, kind, personal data)
DATASETS: dict[str, list[tuple[str, str, str, str, bool]]] = {
    "rpb": [
        ("pna-2022", "Population Needs Assessment 2022", "Asesiad o Anghenion y Boblogaeth 2022", "assessment", False),
        ("market-stability-2022", "Market Stability Report 2022", "Adroddiad Sefydlogrwydd y Farchnad 2022", "report", False),
        ("area-plan-2023", "Area Plan 2023-28", "Cynllun Ardal 2023-28", "plan", False),
        ("rif-monitoring", "Regional Integration Fund monitoring returns", "Ffurflenni monitro'r Gronfa Integreiddio Rhanbarthol",
         "data_collection", True),
    ],
    "psb": [
        ("wba-2022", "Well-being Assessment 2022", "Asesiad Llesiant 2022", "assessment", False),
        ("wbp-2023", "Well-being Plan 2023-28", "Cynllun Llesiant 2023-28", "plan", False),
        ("annual-report-2025", "Annual Report 2024-25", "Adroddiad Blynyddol 2024-25", "report", False),
    ],
    "safeguarding_board": [
        ("practice-reviews", "Practice reviews register", "Cofrestr adolygiadau ymarfer", "register", True),
        ("annual-plan", "Annual Plan 2025-26", "Cynllun Blynyddol 2025-26", "plan", False),
        ("performance-data", "Safeguarding performance dataset", "Set ddata perfformiad diogelu", "data_collection", True),
    ],
    "area_planning_board": [
        ("treatment-data", "Substance misuse treatment data", "Data triniaeth camddefnyddio sylweddau", "data_collection", True),
        ("needs-assessment", "Substance misuse needs assessment", "Asesiad o anghenion camddefnyddio sylweddau", "assessment", False),
    ],
    "community_safety_partnership": [
        ("strategic-assessment", "Community safety strategic assessment", "Asesiad strategol diogelwch cymunedol", "assessment", False),
        ("asb-cases", "Anti-social behaviour case data", "Data achosion ymddygiad gwrthgymdeithasol", "data_collection", True),
        ("serious-violence-needs", "Serious violence needs assessment", "Asesiad o anghenion trais difrifol", "assessment", False),
    ],
    "vawdasv": [
        ("strategy", "Regional VAWDASV strategy 2023-27", "Strategaeth VAWDASV ranbarthol 2023-27", "strategy", False),
        ("marac-data", "MARAC referral data", "Data atgyfeiriadau MARAC", "data_collection", True),
    ],
    "youth_justice_board": [
        ("yj-plan", "Youth justice plan 2025-26", "Cynllun cyfiawnder ieuenctid 2025-26", "plan", False),
        ("case-data", "Youth justice case data", "Data achosion cyfiawnder ieuenctid", "data_collection", True),
    ],
    "resilience_forum": [
        ("risk-register", "Community risk register", "Cofrestr risg gymunedol", "register", False),
        ("vulnerable-people", "Vulnerable people data for emergencies", "Data pobl agored i niwed ar gyfer argyfyngau",
         "data_collection", True),
    ],
    "city_region": [
        ("transport-plan", "Regional transport plan", "Cynllun trafnidiaeth rhanbarthol", "plan", False),
        ("sdp-evidence", "Strategic development plan evidence base", "Sail dystiolaeth y cynllun datblygu strategol", "report", False),
    ],
    "scrutiny_committee": [("scrutiny-report", "PSB scrutiny report", "Adroddiad craffu BGC", "report", False)],
    "other": [("housing-support-needs", "Housing support needs assessment", "Asesiad o anghenion cymorth tai", "assessment", False)],
}

# Deliberate statutory gaps, so governance queries have something to find: the partnership
# is missing the statutory member of this org type (or, with a date, it left then).
GAPS: dict[str, tuple[str, dt.date | None]] = {
    "ceredigion-psb": ("natural_resources_wales", None),
    "wrexham-csp": ("fire_and_rescue_authority", None),
    "gwent-sab": ("probation_service", None),
    "dyfed-powys-lrf": ("nhs_trust", None),
    "newport-yjb": ("local_health_board", None),
    "anglesey-csp": ("police_force", dt.date(2025, 3, 31)),
}
SPAT = [c.value for c in Criterion if c.value.startswith("spat_")]
MAEF = [c.value for c in Criterion if c.value.startswith("maef_")]
FREQ_MONTHS = {"monthly": 1, "bimonthly": 2, "quarterly": 3, "biannual": 6, "annual": 12}
TIMES = ("09:30", "10:00", "10:00", "13:00", "13:30", "14:00")


def slug(text: str) -> str:
    """Ids from names: ASCII, lower case, hyphens (Môn -> mon, Gâr -> gar)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# ---------------------------------------------------------------------------
# The model being built
# ---------------------------------------------------------------------------


@dataclass
class Org:
    id: str
    org_type: str
    las: list[str]
    posts: list[str] = field(default_factory=list)
    board_cum: list[float] = field(default_factory=list)
    sub_cum: list[float] = field(default_factory=list)


@dataclass
class Seat:
    person: str
    org: str
    role: str
    since: dt.date | None
    until: dt.date | None = None


@dataclass
class Part:
    id: str
    en: str
    cy: str
    short: str
    kind: str
    level: str
    statutory: bool
    legislation: list[str]
    areas: list[str]
    themes: list[str]
    established: dt.date | None
    frequency: str
    hours: float
    subgroup_of: str | None = None
    reports_to: list[str] = field(default_factory=list)
    dissolved: dt.date | None = None
    successor: str | None = None
    end_date: dt.date | None = None
    members: list[tuple[str, str, dt.date | None, dt.date | None]] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    twin_of: Part | None = None
    chair: str | None = None
    secretariat: str | None = None
    fmt: str = "virtual"
    weekday: int = 1
    week: int = 2
    time: str = "10:00"
    offset: int = 0  # month phase of the meeting cycle
    shift: int = 0  # a twin meets this many days after its sibling
    dates: list[dt.date] = field(default_factory=list)


@dataclass
class GenerateReport:
    out: Path
    scale: float
    seed: int
    as_of: dt.date
    counts: dict[str, int]
    seconds: float

    @property
    def load_command(self) -> str:
        return f"tirlun load {self.out} --region {LOAD_REGION}"


def scale_label(scale: float) -> str:
    return f"{scale:g}"


class Generator:
    """Builds the landscape in a fixed order from one seeded random stream."""

    def __init__(self, scale: float, seed: int, as_of: dt.date) -> None:
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.scale = scale
        self.seed = seed
        self.as_of = as_of
        self.start = as_of.replace(year=as_of.year - YEARS)
        self.rng = random.Random(seed)
        self.source = f"Synthetic (tirlun generate --scale {scale_label(scale)} --seed {seed})"
        self.prov = [self.source, as_of.isoformat(), "true", ""]
        self.rows: dict[str, list[list[str]]] = {t.name: [] for t in TABLES}
        self.orgs: dict[str, Org] = {}
        self.parts: dict[str, Part] = {}
        self.by_type: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}
        self.psb_of: dict[str, str] = {}

    # -- helpers --------------------------------------------------------------
    def add(self, table: str, *cells: Any) -> None:
        self.rows[table].append([to_cell(c) for c in cells] + self.prov)

    def count(self, base: float) -> int:
        """base x scale as a whole number, rounding the fraction at random."""
        x = base * self.scale
        n = int(x)
        return n + (1 if self.rng.random() < x - n else 0)

    def rand_date(self, lo: dt.date, hi: dt.date) -> dt.date:
        days = (hi - lo).days
        return lo + dt.timedelta(days=self.rng.randint(0, max(days, 0)))

    # -- reference data ----------------------------------------------------------
    def areas(self) -> None:
        self.add("areas", NATION, "Wales", "Cymru", "nation", None)
        for rid, en, cy, *_ in REGIONS:
            self.add("areas", rid, en, cy, "region", NATION)
        for a in LAS:
            self.add("areas", a.id, a.en, a.cy, "local_authority", a.region)
        for _pid, (_en, _cy, _short, area, area_en, area_cy) in POLICE.items():
            self.add("areas", area, f"{area_en} police area", f"Ardal heddlu {area_cy}", "police_area", NATION)
        for th in THEMES:
            self.add("themes", *th)
        for lid, en, cy, year, citation, required in LEGISLATION:
            self.add("legislation", lid, en, cy, year, citation, required)

    def org(self, oid: str, en: str, cy: str | None, short: str | None, sector: str, org_type: str,
            statutory: bool, areas: list[str], base_posts: float | None = None, las: list[str] | None = None) -> None:
        """One organisation and its posts; ``las`` are the local authorities it serves (default: from areas)."""
        self.add("organisations", oid, en, cy, short, sector, org_type, statutory, areas)
        if las is None:
            las = [a for a in areas if a in LA] or [a.id for a in LAS]
        self.orgs[oid] = Org(oid, org_type, las)
        self.by_type.setdefault(org_type, []).append(oid)
        n = base_posts if base_posts is not None else POSTS_PER_ORG.get(org_type, 4)
        self._posts(self.orgs[oid], max(1, self.count(n)))

    def _posts(self, org: Org, n: int) -> None:
        titles = TITLES[org.org_type]
        half = len(titles) // 2
        seen: dict[str, int] = {}
        for i in range(n):
            en, cy = titles[i] if i < len(titles) else titles[half + (i - len(titles)) % (len(titles) - half)]
            base = f"post-{org.id}-{slug(en)}"
            k = seen.get(base, 0) + 1
            seen[base] = k
            pid = base if k == 1 else f"{base}-{k}"
            if k > 1:
                en, cy = f"{en} ({k})", f"{cy} ({k})"
            org.posts.append(pid)
            self.add("people", pid, en, cy, org.id, None)
        total = 0.0
        for i in range(n):
            total += 1.0 / (i + 1) ** 2 if i < 8 else 0.0
            org.board_cum.append(total)
        total = 0.0
        for i in range(n):
            total += 1.0 / (i + 4)
            org.sub_cum.append(total)

    def organisations(self) -> None:
        for a in LAS:
            self.org(a.council, a.council_en, a.council_cy, a.short, "local_government", "local_authority", True, [a.id])
        for rid, *_rest in REGIONS:
            hb = REGIONS_BY_ID[rid][3]
            en, cy, short = HEALTH_BOARDS[hb]
            self.org(hb, en, cy, short, "health", "local_health_board", True, las_in(rid))
        for pid, (en, cy, short, area, area_en, area_cy) in POLICE.items():
            las = [a.id for a in LAS if REGIONS_BY_ID[a.region][4] == pid]
            self.org(pid, en, cy, short, "police", "police_force", True, [area], las=las)
            self.org(f"{pid}-pcc", f"{area_en} Police and Crime Commissioner", f"Comisiynydd Heddlu a Throseddu {area_cy}",
                     f"{short} PCC", "police", "police_and_crime_commissioner", True, [area], las=las)
        for fid, (en, cy, short) in FIRE.items():
            self.org(fid, en, cy, short, "fire_and_rescue", "fire_and_rescue_authority", True,
                     [a.id for a in LAS if REGIONS_BY_ID[a.region][5] == fid])
        for oid, (en, cy, short, sector, org_type, statutory, posts) in NATIONAL.items():
            # HMPPS Wales is national; the probation delivery units are the local statutory members.
            las = [] if oid == "hmpps-wales" else None
            self.org(oid, en, cy, short, sector, org_type, statutory, NATIONAL_AREAS.get(oid, [NATION]), posts, las=las)
        for rid, en, cy, *_rest in REGIONS:
            self.org(f"probation-{rid}", f"Probation Service – {en} Probation Delivery Unit",
                     f"Gwasanaeth Prawf – Uned Cyflawni Prawf {cy}", f"{en} PDU", "probation_and_justice", "probation_service",
                     True, las_in(rid), 12)
        for oid, (en, cy, la) in PRISONS.items():
            self.org(oid, en, cy, None, "probation_and_justice", "prison", True, [la])
        for oid, (en, cy, short, areas) in CVCS.items():
            self.org(oid, en, cy, short, "third_sector", "county_voluntary_council", False, areas)
        for oid, (en, areas) in HOUSING.items():
            self.org(oid, en, en, None, "housing", "housing_association", False, areas)
        for oid, (en, cy, areas) in UNIVERSITIES.items():
            self.org(oid, en, cy, None, "education", "university", True, areas or [NATION])
        for oid, (en, cy, areas) in COLLEGES.items():
            self.org(oid, en, cy, None, "education", "school_or_college", True, areas)
        for a in LAS:
            for prefix, en, cy in LOCAL_CHARITIES:
                self.org(f"{prefix}-{a.id}", en.format(la=a.en), cy.format(cy=a.cy), None, "third_sector",
                         "third_sector_organisation", False, [a.id])

    # -- organisations serving a footprint ------------------------------------------
    def orgs_of(self, org_type: str, las: list[str]) -> list[str]:
        wanted = set(las)
        return [o for o in self.by_type.get(org_type, []) if wanted.intersection(self.orgs[o].las)]

    def charities(self, las: list[str], prefixes: tuple[str, ...]) -> list[str]:
        return [f"{p}-{la}" for la in las for p in prefixes]

    # -- boards ---------------------------------------------------------------------
    def board(self, pid: str, en: str, cy: str, short: str, kind: str, legislation: list[str], las: list[str],
              themes: list[str], established: dt.date, frequency: str, **kw: Any) -> Part:
        p = Part(pid, en, cy, short, kind, "board", bool(legislation) or kw.pop("statutory", False), legislation, las,
                 themes, established, frequency, kw.pop("hours", 2.0), **kw)
        self.parts[pid] = p
        return p

    def boards(self) -> None:
        d = dt.date
        for rid, en, cy, _hb, _police, _fire in REGIONS:
            las = las_in(rid)
            self.board(f"{rid}-rpb" if rid != "powys-region" else "powys-rpb", f"{en} Regional Partnership Board",
                       f"Bwrdd Partneriaeth Rhanbarthol {cy}", f"{en} RPB", "rpb", ["sswba-2014-part-9"], las,
                       ["health-and-social-care-integration", "well-being", "carers", "older-people", "children-and-young-people"],
                       d(2016, 4, 6), "bimonthly", hours=3.0)
            apb = {"north-wales": "North Wales", "west-wales": "Dyfed", "west-glamorgan": "Western Bay"}.get(rid, en)
            apb_cy = {"north-wales": "Gogledd Cymru", "west-wales": "Dyfed", "west-glamorgan": "Bae'r Gorllewin"}.get(rid, cy)
            self.board(f"{slug(apb)}-apb", f"{apb} Area Planning Board", f"Bwrdd Cynllunio Ardal {apb_cy}", f"{apb} APB",
                       "area_planning_board", [], las, ["substance-misuse", "prevention"], d(2010, 4, 1), "quarterly")
            self.board(f"{rid}-housing-support", f"{en} Regional Housing Support Collaborative Group",
                       f"Grŵp Cydweithredol Rhanbarthol Cymorth Tai {cy}", f"{en} RHSCG", "other", [], las,
                       ["housing", "homelessness"], d(2020, 4, 1), "quarterly", hours=2.0)
        # Public services boards, with the mergers of 2021-23 as dissolved predecessors.
        psbs = [
            ("gwynedd-anglesey-psb", "Gwynedd and Anglesey", "Gwynedd a Môn", ["gwynedd", "anglesey"], d(2016, 4, 1)),
            ("conwy-denbighshire-psb", "Conwy and Denbighshire", "Conwy a Sir Ddinbych", ["conwy", "denbighshire"], d(2016, 4, 1)),
            ("flintshire-wrexham-psb", "Flintshire and Wrexham", "Sir y Fflint a Wrecsam", ["flintshire", "wrexham"], d(2023, 4, 1)),
            ("carmarthenshire-psb", "Carmarthenshire", "Sir Gaerfyrddin", ["carmarthenshire"], d(2016, 4, 1)),
            ("ceredigion-psb", "Ceredigion", "Ceredigion", ["ceredigion"], d(2016, 4, 1)),
            ("pembrokeshire-psb", "Pembrokeshire", "Sir Benfro", ["pembrokeshire"], d(2016, 4, 1)),
            ("swansea-psb", "Swansea", "Abertawe", ["swansea"], d(2016, 4, 1)),
            ("neath-port-talbot-psb", "Neath Port Talbot", "Castell-nedd Port Talbot", ["neath-port-talbot"], d(2016, 4, 1)),
            ("ctm-psb", "Cwm Taf Morgannwg", "Cwm Taf Morgannwg", las_in("ctm"), d(2023, 5, 18)),
            ("cardiff-psb", "Cardiff", "Caerdydd", ["cardiff"], d(2016, 4, 1)),
            ("vale-of-glamorgan-psb", "Vale of Glamorgan", "Bro Morgannwg", ["vale-of-glamorgan"], d(2016, 4, 1)),
            ("gwent-psb", "Gwent", "Gwent", las_in("gwent"), d(2021, 9, 1)),
            ("powys-psb", "Powys", "Powys", ["powys"], d(2016, 4, 1)),
        ]
        psb_themes = ["well-being", "climate-change", "poverty", "economy", "community-cohesion", "prevention"]
        for pid, en, cy, las, est in psbs:
            self.board(pid, f"{en} Public Services Board", f"Bwrdd Gwasanaethau Cyhoeddus {cy}", f"{en} PSB", "psb",
                       ["wfga-2015"], las, psb_themes, est, "quarterly")
        predecessors = [
            ("flintshire-psb", "Flintshire", "Sir y Fflint", ["flintshire"], "flintshire-wrexham-psb", d(2023, 3, 31)),
            ("wrexham-psb", "Wrexham", "Wrecsam", ["wrexham"], "flintshire-wrexham-psb", d(2023, 3, 31)),
            ("cwm-taf-psb", "Cwm Taf", "Cwm Taf", ["merthyr-tydfil", "rhondda-cynon-taf"], "ctm-psb", d(2023, 5, 17)),
            ("bridgend-psb", "Bridgend", "Pen-y-bont ar Ogwr", ["bridgend"], "ctm-psb", d(2023, 5, 17)),
        ] + [(f"{la}-psb", LA[la].en, LA[la].cy, [la], "gwent-psb", d(2021, 8, 31)) for la in las_in("gwent")]
        for pid, en, cy, las, successor, dissolved in predecessors:
            self.board(pid, f"{en} Public Services Board", f"Bwrdd Gwasanaethau Cyhoeddus {cy}", f"{en} PSB", "psb",
                       ["wfga-2015"], las, psb_themes, d(2016, 4, 1), "quarterly", dissolved=dissolved, successor=successor)
        self.psb_of = {la: pid for pid, _en, _cy, las, _est in psbs for la in las}
        # Safeguarding boards: children's and adults' boards are twins where both exist.
        sbs = [
            ("north-wales", "North Wales", "Gogledd Cymru", las_in("north-wales"), True),
            ("mid-west-wales", "Mid and West Wales", "Canolbarth a Gorllewin Cymru", las_in("west-wales", "powys-region"), True),
            ("west-glamorgan", "West Glamorgan", "Gorllewin Morgannwg", las_in("west-glamorgan"), False),
            ("ctm", "Cwm Taf Morgannwg", "Cwm Taf Morgannwg", las_in("ctm"), False),
            ("cardiff-and-vale", "Cardiff and Vale", "Caerdydd a'r Fro", las_in("cardiff-and-vale"), False),
            ("gwent", "Gwent", "Gwent", las_in("gwent"), True),
        ]
        for rid, en, cy, las, split in sbs:
            if split:
                scb = self.board(f"{rid}-scb", f"{en} Safeguarding Children Board", f"Bwrdd Diogelu Plant {cy}", f"{en} SCB",
                                 "safeguarding_board", ["sswba-2014-part-7"], las, ["safeguarding", "children-and-young-people",
                                                                                    "exploitation"], d(2016, 4, 6), "quarterly")
                self.board(f"{rid}-sab", f"{en} Safeguarding Adults Board", f"Bwrdd Diogelu Oedolion {cy}", f"{en} SAB",
                           "safeguarding_board", ["sswba-2014-part-7"], las, ["safeguarding", "older-people", "exploitation"],
                           d(2016, 4, 6), "quarterly", twin_of=scb, shift=1)
            else:
                self.board(f"{rid}-sb", f"{en} Regional Safeguarding Board", f"Bwrdd Diogelu Rhanbarthol {cy}", f"{en} RSB",
                           "safeguarding_board", ["sswba-2014-part-7"], las,
                           ["safeguarding", "children-and-young-people", "older-people", "exploitation"], d(2016, 4, 6), "quarterly")
            self.board(f"{rid}-vawdasv", f"{en} VAWDASV Partnership Board", f"Bwrdd Partneriaeth VAWDASV {cy}",
                       f"{en} VAWDASV", "vawdasv", ["vawdasv-2015"], las, ["domestic-abuse", "safeguarding"],
                       d(2018, 4, 1), "quarterly")
        self.board("western-bay-sb", "Western Bay Safeguarding Board", "Bwrdd Diogelu Bae'r Gorllewin", "Western Bay SB",
                   "safeguarding_board", ["sswba-2014-part-7"], ["swansea", "neath-port-talbot", "bridgend"],
                   ["safeguarding"], d(2016, 4, 6), "quarterly", dissolved=d(2019, 3, 31), successor="west-glamorgan-sb")
        for a in LAS:
            self.board(f"{a.id}-csp", f"{a.en} Community Safety Partnership", f"Partneriaeth Diogelwch Cymunedol {a.cy}",
                       f"{a.en} CSP", "community_safety_partnership", ["cda-1998"], [a.id], ["community-safety", "community-cohesion"],
                       d(1999, 4, 1), "quarterly", reports_to=[self.psb_of[a.id]])
            self.board(f"{a.id}-psb-scrutiny", f"{a.en} PSB Scrutiny Committee", f"Pwyllgor Craffu BGC {a.cy}",
                       f"{a.en} PSB Scrutiny", "scrutiny_committee", ["lgwm-2011"], [a.id], ["well-being"],
                       d(2016, 5, 1), "quarterly", hours=2.5)
        joint = {"gwynedd": ["gwynedd", "anglesey"], "conwy": ["conwy", "denbighshire"],
                 "cwm-taf": ["merthyr-tydfil", "rhondda-cynon-taf"], "monmouthshire-torfaen": ["monmouthshire", "torfaen"]}
        joint_names = {"gwynedd": ("Gwynedd and Anglesey", "Gwynedd a Môn"), "conwy": ("Conwy and Denbighshire", "Conwy a Sir Ddinbych"),
                       "cwm-taf": ("Cwm Taf", "Cwm Taf"), "monmouthshire-torfaen": ("Monmouthshire and Torfaen", "Sir Fynwy a Thor-faen")}
        in_joint = {la for las in joint.values() for la in las}
        yjs = [(key, *joint_names[key], las) for key, las in joint.items()]
        yjs += [(a.id, a.en, a.cy, [a.id]) for a in LAS if a.id not in in_joint]
        for key, en, cy, las in yjs:
            self.board(f"{key}-yjb", f"{en} Youth Justice Service Management Board", f"Bwrdd Rheoli Gwasanaeth Cyfiawnder Ieuenctid {cy}",
                       f"{en} YJS Board", "youth_justice_board", ["cda-1998-s39"], las, ["youth-justice", "children-and-young-people"],
                       d(2000, 4, 1), "quarterly", reports_to=[f"{las[0]}-csp"])
        lrfs = [("north-wales-lrf", "North Wales", "Gogledd Cymru", las_in("north-wales")),
                ("dyfed-powys-lrf", "Dyfed-Powys", "Dyfed-Powys", las_in("west-wales", "powys-region")),
                ("south-wales-lrf", "South Wales", "De Cymru", las_in("west-glamorgan", "ctm", "cardiff-and-vale")),
                ("gwent-lrf", "Gwent", "Gwent", las_in("gwent"))]
        for pid, en, cy, las in lrfs:
            self.board(pid, f"{en} Local Resilience Forum", f"Fforwm Cydnerthedd Lleol {cy}", f"{en} LRF", "resilience_forum",
                       ["cca-2004"], las, ["emergency-planning", "climate-change"], d(2005, 4, 1), "quarterly")
        cjcs = [("north-wales-cjc", "North Wales", "Gogledd Cymru", las_in("north-wales")),
                ("mid-wales-cjc", "Mid Wales", "Canolbarth Cymru", ["ceredigion", "powys"]),
                ("south-west-wales-cjc", "South West Wales", "De-orllewin Cymru",
                 ["carmarthenshire", "pembrokeshire", "swansea", "neath-port-talbot"]),
                ("south-east-wales-cjc", "South East Wales", "De-ddwyrain Cymru",
                 las_in("ctm", "cardiff-and-vale", "gwent"))]
        for pid, en, cy, las in cjcs:
            self.board(pid, f"{en} Corporate Joint Committee", f"Cyd-bwyllgor Corfforedig {cy}", f"{en} CJC", "city_region",
                       ["lgewa-2021"], las, ["economy", "transport", "climate-change"], d(2022, 1, 31), "bimonthly")
        for p in list(self.parts.values()):
            if p.kind in ("area_planning_board", "other", "safeguarding_board", "vawdasv") and not p.reports_to:
                region = LA[p.areas[0]].region
                p.reports_to = [f"{region}-rpb" if region != "powys-region" else "powys-rpb"]

    # -- who is a member --------------------------------------------------------------
    def board_members(self, p: Part) -> list[tuple[str, str]]:
        las = p.areas
        out: list[tuple[str, str]] = []

        def add(orgs: list[str], role: str) -> None:
            for o in orgs:
                if o not in [m for m, _ in out]:
                    out.append((o, role))

        required: list[str] = []
        for lid in p.legislation:
            required += next(req for i, *_x, req in LEGISLATION if i == lid)
        for org_type in required:
            candidates = self.orgs_of(org_type, las)
            if org_type == "nhs_trust":
                candidates = ["wast"]
            if org_type == "local_authority" and p.kind == "scrutiny_committee":
                candidates = candidates[:1]
            add(candidates, "statutory_member")
        k = p.kind
        lhb = self.orgs_of("local_health_board", las)
        police = self.orgs_of("police_force", las)
        pcc = self.orgs_of("police_and_crime_commissioner", las)
        cvc = self.orgs_of("county_voluntary_council", las)
        ha = self.orgs_of("housing_association", las)
        if k == "psb":
            add(police + pcc + self.orgs_of("probation_service", las) + ["welsh-government"] + cvc, "invited_participant")
            add(ha[:1] + self.orgs_of("school_or_college", las)[:1] + ["phw"], "member")
        elif k == "rpb":
            add(cvc + ha[:2] + self.charities(las[:2], ("carers-centre", "age-connects")), "member")
            add(["welsh-government"], "observer")
        elif k == "safeguarding_board":
            add(["phw", "wast", *self.orgs_of("school_or_college", las)[:1], *ha[:1]], "member")
            add(["ciw"], "observer")
        elif k == "area_planning_board":
            add(self.orgs_of("local_authority", las) + lhb + police + pcc + self.orgs_of("probation_service", las), "member")
            add(self.charities(las, ("drug-alcohol-service",)), "member")
        elif k == "community_safety_partnership":
            add(pcc + ha[:1] + self.charities(las, ("womens-aid",)), "member")
        elif k == "vawdasv":
            add(police + pcc + self.orgs_of("fire_and_rescue_authority", las) + ["welsh-womens-aid"], "member")
            add(self.charities(las, ("womens-aid",)), "member")
        elif k == "youth_justice_board":
            add([*self.orgs_of("school_or_college", las)[:1], "careers-wales"], "member")
        elif k == "resilience_forum":
            add(["phw", "welsh-government", "hmpps-wales"], "member")
        elif k == "city_region":
            add([o for o in ("eryri-npa", "pembrokeshire-coast-npa", "bannau-brycheiniog-npa")
                 if set(NATIONAL_AREAS[o]) & set(las)], "member")
            add(["welsh-government"], "observer")
        elif k == "other":
            add(self.orgs_of("local_authority", las) + lhb + ha + self.charities(las, ("housing-support",)), "member")
        gap = GAPS.get(p.id)
        if gap and gap[1] is None:
            out = [(o, r) for o, r in out if not (r == "statutory_member" and self.orgs[o].org_type == gap[0])]
        return out

    def seats_for(self, p: Part, members: list[tuple[str, str]], board: bool) -> list[Seat]:
        seats: list[Seat] = []
        taken: set[str] = set()
        since = p.established
        for o, role in members:
            if role == "observer" and self.rng.random() < 0.5:
                continue
            org = self.orgs[o]
            t = org.org_type
            if board:
                n = 2 if t in ("local_health_board",) else 1
                if t == "local_authority" and len(p.areas) <= 2:
                    n = 2
            else:
                n = self.rng.choice((1, 2, 2, 3)) if t in ("local_authority", "local_health_board") else 1
            cum = org.board_cum if board else org.sub_cum
            for _ in range(n):
                for _try in range(6):
                    person = org.posts[bisect.bisect_left(cum, self.rng.random() * cum[-1])]
                    if person not in taken:
                        taken.add(person)
                        seats.append(Seat(person, o, "member", since))
                        break
        return seats

    def memberships_and_seats(self, p: Part, members: list[tuple[str, str]], board: bool) -> None:
        if p.twin_of is not None:
            # A twin shares most of its sibling's people: the duplicate-meetings case.
            seats = [Seat(s.person, s.org, "member", p.established) for s in p.twin_of.seats if self.rng.random() < 0.85]
            taken = {s.person for s in seats}
            seats += [s for s in self.seats_for(p, members, board) if s.person not in taken][:3]
        else:
            seats = self.seats_for(p, members, board)
        if not seats:
            return
        p.chair = seats[0].org
        seats[0].role = "chair"
        if len(seats) > 6 and self.rng.random() < 0.6:
            seats[1].role = "vice_chair"
        p.secretariat = p.chair if self.rng.random() < 0.7 else seats[-1].org
        # Turnover: some seats end and pass to another post of the same organisation.
        lo, hi = self.start, self.as_of - dt.timedelta(days=30)
        extra: list[Seat] = []
        taken = {s.person for s in seats}
        for s in seats:
            if self.rng.random() < 0.08 and (p.established is None or p.established < lo):
                until = self.rand_date(lo, hi)
                org = self.orgs[s.org]
                cum = org.sub_cum
                person = org.posts[bisect.bisect_left(cum, self.rng.random() * cum[-1])]
                if person in taken:
                    continue
                s.until = until
                taken.add(person)
                extra.append(Seat(person, s.org, s.role, until))
        p.seats = seats + extra
        p.members = [(o, r, p.established, None) for o, r in members]
        gap = GAPS.get(p.id)
        if gap and gap[1] is not None:
            left, gone = gap[1], gap[0]
            p.members = [(o, r, s, left if r == "statutory_member" and self.orgs[o].org_type == gone else u)
                         for o, r, s, u in p.members]
            kept = []
            for s in p.seats:
                if self.orgs[s.org].org_type == gone:
                    if s.since is not None and s.since >= left:
                        continue
                    s.until = left if s.until is None or s.until > left else s.until
                kept.append(s)
            p.seats = kept

    # -- sub-groups -------------------------------------------------------------------
    def subgroups(self, board: Part, members: list[tuple[str, str]]) -> None:
        templates = SUBGROUPS[board.kind]
        n = self.count(SUBGROUPS_PER_BOARD[board.kind]) if templates else 0
        if board.dissolved is not None:
            n = min(n, 2)
        siblings: list[Part] = []
        for i in range(n):
            s, en, cy, themes = templates[i % len(templates)]
            round_ = i // len(templates)
            suffix_en = suffix_cy = ""
            if round_:  # beyond the templates (scale > 1): the same group per locality
                la = board.areas[(round_ - 1) % len(board.areas)]
                ws = (round_ - 1) // len(board.areas) + 1
                suffix_en = f" – {LA[la].en}" + (f" {ws}" if ws > 1 else "")
                suffix_cy = f" – {LA[la].cy}" + (f" {ws}" if ws > 1 else "")
            pid = f"{board.id}-{s}" + (f"-{round_}" if round_ else "")
            freq = self.rng.choices(("monthly", "bimonthly", "quarterly"), (70, 20, 10))[0]
            est = board.established
            u = self.rng.random()
            if est is not None and est < self.start and u < 0.6:
                est = self.rand_date(est, min(self.start, board.dissolved or self.start) - dt.timedelta(days=1))
            elif board.dissolved is None and u > 0.85:
                est = self.rand_date(self.start, self.as_of - dt.timedelta(days=60))
            p = Part(pid, f"{board.short} {en}{suffix_en}", f"{cy} {board.short}{suffix_cy}", "", board.kind, "subgroup",
                     False, [], board.areas, themes, est, freq, self.rng.choice((1.0, 1.5, 1.5, 2.0)),
                     subgroup_of=board.id, dissolved=board.dissolved)
            if siblings and self.rng.random() < 0.05:
                twin = self.rng.choice(siblings)
                p.twin_of, p.frequency, p.shift, p.established = twin, twin.frequency, self.rng.randint(0, 3), twin.established
            self.parts[pid] = p
            self.memberships_and_seats(p, self.sub_members(board, members), board=False)
            siblings.append(p)
        if board.dissolved is not None:
            return
        # A few sub-groups merged into a sibling during the three years.
        for p in siblings:
            if self.rng.random() >= 0.03:
                continue
            when = self.rand_date(self.start + dt.timedelta(days=120), self.as_of - dt.timedelta(days=60))
            later = [q for q in siblings if q is not p and q.dissolved is None and q.twin_of is not p
                     and p.twin_of is not q and (q.established or self.start) < when]
            if later and (p.established or self.start) < when:
                p.dissolved = when
                p.successor = self.rng.choice(later).id
        self.task_and_finish(board, members)

    def sub_members(self, board: Part, members: list[tuple[str, str]]) -> list[tuple[str, str]]:
        pool = [o for o, r in members if r != "observer"]
        k = min(len(pool), self.rng.randint(5, 9))
        core = [o for o in pool if self.orgs[o].org_type in ("local_authority", "local_health_board")]
        rest = [o for o in pool if o not in core]
        chosen = core[: max(2, k // 2)] if len(core) > 4 else core
        chosen = chosen + self.rng.sample(rest, min(len(rest), max(0, k - len(chosen))))
        extra = self.charities(board.areas, (self.rng.choice(LOCAL_CHARITIES)[0],))
        chosen += [o for o in extra[:2] if o not in chosen]
        return [(o, "member") for o in chosen]

    def task_and_finish(self, board: Part, members: list[tuple[str, str]]) -> None:
        for i in range(self.count(TASK_AND_FINISH_PER_BOARD)):
            s, en, cy = TASK_AND_FINISH[self.rng.randrange(len(TASK_AND_FINISH))]
            pid = f"{board.id}-tf-{s}-{i + 1}"
            est = self.rand_date(self.start, self.as_of - dt.timedelta(days=45))
            end = est + dt.timedelta(days=self.rng.choice((183, 274, 365)))
            dissolved = None
            if end < self.as_of and self.rng.random() < 0.7:
                dissolved = min(end + dt.timedelta(days=self.rng.randint(0, 30)), self.as_of - dt.timedelta(days=1))
            p = Part(pid, f"{board.short} {en} Task and Finish Group", f"Grŵp Gorchwyl a Gorffen {cy} {board.short}", "",
                     board.kind, "task_and_finish", False, [], board.areas, board.themes[:2], est, "monthly", 1.5,
                     subgroup_of=board.id, dissolved=dissolved, end_date=end)
            self.parts[pid] = p
            self.memberships_and_seats(p, self.sub_members(board, members), board=False)

    # -- partnerships, memberships and seats as rows -----------------------------------------
    def landscape(self) -> None:
        boards = list(self.parts.values())
        for b in boards:
            members = self.board_members(b)
            self.memberships_and_seats(b, members, board=True)
            self.subgroups(b, members)
        for p in self.parts.values():
            self.style(p)
            board = p.level == "board"
            tor = True if board and self.rng.random() < 0.9 else self.rng.choices((True, None, False), (60, 25, 15))[0]
            review = None
            if tor and self.rng.random() < 0.75:
                review = self.rand_date(self.as_of - dt.timedelta(days=400), self.as_of + dt.timedelta(days=500))
            url = f"https://example.org/tirlun-synthetic/{p.id}/terms-of-reference" if tor else None
            purpose_en, purpose_cy = PURPOSE[p.kind] if board else (None, None)
            self.add("partnerships", p.id, p.en, p.cy, p.short or None, p.kind, p.level, p.statutory, p.legislation, p.areas,
                     p.themes, p.subgroup_of, p.reports_to, p.established, p.dissolved, p.successor, p.end_date, tor, url,
                     review, p.secretariat, p.chair, p.frequency, p.hours, purpose_en, purpose_cy)
            for o, role, since, until in p.members:
                self.add("memberships", o, p.id, role, since, until)
            for s in p.seats:
                self.add("seats", s.person, p.id, s.role, None, s.since, s.until)

    def style(self, p: Part) -> None:
        """When and how a partnership meets: a fixed weekday, week of the month and time."""
        p.fmt = self.rng.choices(("virtual", "hybrid", "in_person"), (50, 30, 20))[0]
        p.weekday = self.rng.randrange(5)
        p.week = self.rng.randrange(4)
        p.time = self.rng.choice(TIMES)
        p.offset = self.rng.randrange(FREQ_MONTHS.get(p.frequency, 1))

    # -- datasets, flows, assessments ----------------------------------------------------------
    def datasets(self) -> None:
        for p in self.parts.values():
            if p.level == "board":
                templates = DATASETS[p.kind]
            elif self.rng.random() < 0.3:
                personal = self.rng.random() < 0.35
                templates = [("sg-data", f"{p.en} monitoring data", f"Data monitro {p.cy}", "data_collection", personal)]
            else:
                continue
            for s, en, cy, kind, personal in templates:
                did = f"{p.id}-{s}"
                holder = p.secretariat or (p.members[0][0] if p.members else "welsh-government")
                produced_for = p.id if self.rng.random() < 0.92 else None
                label_en = en if p.level != "board" else f"{p.short}: {en}"
                label_cy = cy if p.level != "board" else f"{p.short}: {cy}"
                self.add("datasets", did, label_en, label_cy, kind, holder, produced_for, p.themes[:2], personal)
                self.flows(did, p, personal)
        national = [
            ("phw-outcomes-framework", "Public Health Outcomes Framework", "Fframwaith Canlyniadau Iechyd y Cyhoedd", "phw",
             ["well-being", "prevention"], ("psb", "rpb")),
            ("wg-national-indicators", "National well-being indicators", "Dangosyddion llesiant cenedlaethol", "welsh-government",
             ["well-being"], ("psb",)),
            ("wg-homelessness-statistics", "Homelessness statistics", "Ystadegau digartrefedd", "welsh-government",
             ["homelessness"], ("other",)),
        ]
        for did, en, cy, holder, themes, kinds in national:
            self.add("datasets", did, en, cy, "data_collection", holder, None, themes, False)
            for p in self.parts.values():
                if p.kind in kinds and p.level == "board" and p.dissolved is None:
                    self.add("dataset_flows", did, "partnership", p.id, "none", None)

    def flows(self, did: str, p: Part, personal: bool) -> None:
        n = self.rng.choices((0, 1, 2, 3, 4), (12, 30, 30, 18, 10))[0]
        targets: list[tuple[str, str]] = []
        if p.subgroup_of:
            targets.append(("partnership", p.subgroup_of))
        targets += [("partnership", r) for r in p.reports_to]
        targets += [("organisation", o) for o, _r, _s, _u in p.members if o != p.secretariat][:6]
        targets.append(("organisation", "welsh-government"))
        seen: list[tuple[str, str]] = []
        for _ in range(n):
            t = targets[self.rng.randrange(len(targets))]
            if t in seen:
                continue
            seen.append(t)
            if personal:
                agreement = self.rng.choices(("waspi_isp", "waspi_dda", "joint_controller", "none", "other"), (50, 15, 10, 20, 5))[0]
            else:
                agreement = self.rng.choices(("none", "other", "waspi_dda"), (75, 15, 10))[0]
            ref = f"ISP-{slug(did)[:24].upper()}-{len(seen)}" if agreement in ("waspi_isp", "waspi_dda") else None
            self.add("dataset_flows", did, t[0], t[1], agreement, ref)

    def assessments(self) -> None:
        for p in self.parts.values():
            odds = 0.2 if p.level == "board" else 0.04
            if p.dissolved is not None or self.rng.random() >= odds:
                continue
            children = p.kind in ("safeguarding_board", "youth_justice_board") or "children-and-young-people" in p.themes
            criteria = MAEF if children and self.rng.random() < 0.6 else SPAT
            framework = criteria[0].split("_")[0]
            level = self.rng.randint(2, 4)
            first = max(self.start, p.established or self.start)
            dates = [self.rand_date(first, self.as_of - dt.timedelta(days=1))]
            if self.rng.random() < 0.4 and dates[0].year < self.as_of.year:
                dates.append(self.rand_date(dt.date(dates[0].year + 1, 1, 1), self.as_of - dt.timedelta(days=1)))
            for when in dates:
                aid = f"{p.id}-{framework}-{when.year}"
                for c in criteria:
                    score = min(5, max(1, level + self.rng.choice((-1, 0, 0, 1))))
                    self.add("assessments", aid, p.id, when, c, score, None)
                level = min(5, level + self.rng.choice((0, 1)))

    # -- meetings and attendance (streamed) --------------------------------------------------
    def schedule(self, p: Part) -> list[dt.date]:
        if p.twin_of is not None and p.twin_of.dates:
            return [d + dt.timedelta(days=p.shift) for d in p.twin_of.dates
                    if (p.established is None or d >= p.established) and (p.dissolved is None or d < p.dissolved)]
        lo = max(self.start, p.established or self.start)
        hi = min(self.as_of, p.dissolved or self.as_of)
        step = FREQ_MONTHS.get(p.frequency, 1)
        dates: list[dt.date] = []
        y, m = lo.year, lo.month
        while (y, m) <= (hi.year, hi.month):
            if (y * 12 + m) % step == p.offset % step:
                first = dt.date(y, m, 1)
                d = first + dt.timedelta(days=(p.weekday - first.weekday()) % 7 + 7 * p.week)
                skip = self.rng.random() < (0.35 if m in (8, 12) and step == 1 else 0.05)
                if lo <= d < hi and not skip:
                    dates.append(d)
            m += 1
            if m > 12:
                y, m = y + 1, 1
        return dates

    def meetings(self, meetings: TextIO, attendance: TextIO, progress: Callable[[int, int], None] | None) -> None:
        mw = csv.writer(meetings, lineterminator="\n")
        aw = csv.writer(attendance, lineterminator="\n")
        mw.writerow(TABLES_BY_NAME_COLUMNS["meetings"])
        aw.writerow(TABLES_BY_NAME_COLUMNS["attendance"])
        prov = self.prov
        rng = self.rng
        n_meetings = n_attendance = 0
        reliability: dict[str, float] = {}
        parts = list(self.parts.values())
        for i, p in enumerate(parts):
            p.dates = self.schedule(p)
            if not p.dates:
                continue
            for d in p.dates:
                mid = f"{p.id}-{d.isoformat()}"
                hours = p.hours if rng.random() < 0.8 else max(0.5, p.hours + rng.choice((-0.5, 0.5)))
                fmt = p.fmt if rng.random() < 0.8 else rng.choice(("virtual", "hybrid", "in_person"))
                chosen = rng.sample(p.themes, rng.randint(1, min(3, len(p.themes))))
                themes = ";".join(t for t in p.themes if t in chosen)
                mw.writerow([mid, p.id, f"{d.isoformat()} {p.time}", to_cell(float(hours)), fmt, themes, *prov])
                n_meetings += 1
                present: set[str] = set()
                for s in p.seats:
                    if (s.since is not None and d < s.since) or (s.until is not None and d >= s.until):
                        continue
                    r = reliability.get(s.person)
                    if r is None:
                        r = reliability[s.person] = 0.55 + 0.4 * rng.random()
                    u = rng.random()
                    if u < r:
                        status = "attended"
                    elif u < r + (1 - r) * 0.45:
                        # Sent a deputy: minutes list the member's apologies and the deputy.
                        status = "apologies"
                        org = self.orgs[s.org]
                        cum = org.sub_cum
                        deputy = org.posts[bisect.bisect_left(cum, rng.random() * cum[-1])]
                        if deputy != s.person and deputy not in present:
                            present.add(deputy)
                            aw.writerow([deputy, mid, "deputy", *prov])
                            n_attendance += 1
                    elif u < r + (1 - r) * 0.85:
                        status = "apologies"
                    else:
                        continue  # not recorded at all
                    if s.person in present:
                        continue
                    present.add(s.person)
                    aw.writerow([s.person, mid, status, *prov])
                    n_attendance += 1
            if progress:
                progress(i + 1, len(parts))
        self.counts["meetings"] = n_meetings
        self.counts["attendance"] = n_attendance

    # -- everything --------------------------------------------------------------------------
    def run(self, out: Path, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        self.areas()
        self.organisations()
        self.boards()
        self.landscape()
        self.datasets()
        self.assessments()
        out.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            if table.name in ("meetings", "attendance"):
                continue
            with (out / f"{table.name}.csv").open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(table.columns)
                w.writerows(self.rows[table.name])
            self.counts[table.name] = len(self.rows[table.name])
        with (out / "meetings.csv").open("w", newline="", encoding="utf-8") as mf, \
                (out / "attendance.csv").open("w", newline="", encoding="utf-8") as af:
            self.meetings(mf, af, progress)
        return {t.name: self.counts[t.name] for t in TABLES}


REGIONS_BY_ID = {r[0]: r for r in REGIONS}
TABLES_BY_NAME_COLUMNS = {t.name: t.columns for t in TABLES}


def generate(
    out: str | Path,
    *,
    scale: float = 1.0,
    seed: int = 1,
    as_of: dt.date = DEFAULT_AS_OF,
    progress: Callable[[int, int], None] | None = None,
) -> GenerateReport:
    """Write the synthetic landscape as a CSV input folder loadable by `tirlun load`.

    ``progress(done, total)`` counts partnerships whose meetings have been written.
    """
    started = time.perf_counter()
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"{path} is a file; give a folder for the CSV files")
    counts = Generator(scale, seed, as_of).run(path, progress)
    return GenerateReport(path, scale, seed, as_of, counts, time.perf_counter() - started)
