"""Organisations of the Cwm Taf Morgannwg partnership landscape (hand-written, sourced).

The all-Wales and cross-region bodies (the councils, health boards, police, fire, national bodies) are
the shared Wales reference's rows (seed/wales_orgs.py), repeated here identically; only CTM's own bodies
are defined in this module. Organisations the facts list as "not found" in CTM partnerships (housing
associations) are kept, but illustrative.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_APB_MERTHYR,
    S_B_PSB_BAVO,
    S_RPB_FUND,
    S_SB,
    Row,
    fact,
    illus,
    src,
)
from seed.wales_orgs import ORGANISATIONS as SHARED_ORGANISATIONS

CTM3 = ["bridgend", "merthyr-tydfil", "rhondda-cynon-taf"]

# The reference organisations the CTM seed uses (the same 33 as before the reference existed).
SHARED_IDS = [
    "bcbc", "mtcbc", "rctcbc", "ctmuhb", "swansea-bay-uhb", "cardiff-vale-uhb", "wast", "phw", "swp",
    "south-wales-pcc", "swfrs", "probation-wales", "nrw", "welsh-government", "ciw", "hmip", "audit-wales",
    "fgc-wales", "wlga", "4c", "swansea-bay-pha", "gavo", "wcva", "tssw", "usw", "dwp",
    "cardiff-council", "newport-council", "caerphilly-council", "blaenau-gwent-council", "torfaen-council",
    "monmouthshire-council", "vale-of-glamorgan-council", "swansea-council", "npt-council",
]


def _org(source: str, oid: str, en: str, cy: str | None, short: str | None, sector: str, org_type: str,
         statutory: bool, areas: list[str], note: str | None = None) -> Row:
    return fact(
        source, id=oid, name_en=en, name_cy=cy, short_name=short, sector=sector, org_type=org_type,
        statutory=statutory, areas=areas, note=note,
    )


OWN_ORGANISATIONS: list[Row] = [
    _org(S_SB, "hmp-parc", "HMP Parc (Bridgend)", "Carchar EF Parc", "HMP Parc", "probation_and_justice", "prison",
         False, ["bridgend"], "Safeguarding Board partner. Privately operated prison: statutory=false. name_cy: "
         "official Welsh name from general knowledge (not in the facts file)."),
    _org(S_SB, "interlink-rct", "Interlink RCT", "Interlink RCT", "Interlink", "third_sector",
         "county_voluntary_council", False, ["rhondda-cynon-taf"], "County voluntary council (CVC) for RCT."),
    _org(src(S_SB, S_APB_MERTHYR), "vamt", "Voluntary Action Merthyr Tydfil", "Gweithredu Gwirfoddol Merthyr Tudful",
         "VAMT", "third_sector", "county_voluntary_council", False, ["merthyr-tydfil"],
         "CVC for Merthyr Tydfil. name_cy: seed author's rendering."),
    _org(src(S_SB, S_B_PSB_BAVO), "bavo", "Bridgend Association of Voluntary Organisations",
         "Cymdeithas Mudiadau Gwirfoddol Pen-y-bont ar Ogwr", "BAVO", "third_sector", "county_voluntary_council",
         False, ["bridgend"], "CVC for Bridgend. name_cy: seed author's rendering."),
    _org(S_RPB_FUND, "age-connects-morgannwg", "Age Connects Morgannwg", None, "ACM", "third_sector",
         "third_sector_organisation", False, CTM3, "Its chief executive chaired the CTM RPB (c.2019)."),
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

_SHARED_BY_ID = {o["id"]: o for o in SHARED_ORGANISATIONS}
ORGANISATIONS: list[Row] = [_SHARED_BY_ID[i] for i in SHARED_IDS] + OWN_ORGANISATIONS
