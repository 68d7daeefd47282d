"""Organisation memberships of partnerships (facts section 2b, plus derived ones).

Edges found in a source naming the body are sourced. Edges derived only from a statutory
basis (who the law says must be there) or invented are illustrative, with a note. Two
deliberate statutory gaps are built in where the law prescribes the membership (CDA 1998
s.5(1), the responsible authorities of a CSP): probation is only an invited participant of
the RCT CSP, and the fire and rescue authority only an invited participant of the Merthyr
CSP. The APB discharges a duty (s.6) and is not judged. Sub-group memberships are added by
seed/build_ctm.py from the seats.
"""

from __future__ import annotations

from seed.ctm_common import (
    S_B_CSP_SUB,
    S_B_PSB_AR,
    S_B_PSB_BAVO,
    S_CDA_39,
    S_CSP_B,
    S_CT_PSB,
    S_CT_PSB_2022,
    S_CT_PSB_BBC,
    S_CTM_PSB_MERGE,
    S_JOSC,
    S_REGION_RENAME,
    S_RPB_FUND,
    S_RPB_REGS,
    S_SB,
    S_SB_RCT,
    S_VAWDASV_ACT,
    S_WFGA_29,
    S_YJS_B,
    S_YJS_CT_RCT,
    Row,
    fact,
    illus,
    src,
)
from seed.wales_partnerships import SHARED_MEMBERSHIPS

CTM_LAS = ["bcbc", "mtcbc", "rctcbc"]
CCR_LAS = [
    *CTM_LAS, "cardiff-council", "newport-council", "caerphilly-council", "blaenau-gwent-council",
    "torfaen-council", "monmouthshire-council", "vale-of-glamorgan-council",
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
NOT_FOUND = "Illustrative: facts 2b - not found in sources (GK-U); included to show 'other partners'."
# A board of the Cwm Taf Morgannwg footprint cannot have sat before the footprint existed: Bridgend moved into it
# on 1 April 2019 (the region's rename, S_REGION_RENAME). Undated rows would put Bridgend on the board in 2018.
CTM_FOOTPRINT = "2019-04-01"
VAWDASV_SINCE = ("Since: no earlier than 1 April 2019, when Bridgend joined the Cwm Taf Morgannwg footprint the "
                 "regional VAWDASV strategy follows.")

MEMBERSHIPS: list[Row] = [
    # --- CTM Safeguarding Board: all named on the board's privacy notice -------------
    *[m(S_SB, o, "ctm-safeguarding-board", "statutory_member", note="Board partner (SSWBA s.134) named on the privacy notice.")
      for o in [*CTM_LAS, "swp", "ctmuhb", "wast", "probation-wales"]],
    *[m(S_SB, o, "ctm-safeguarding-board", "member", note="Third-sector representative named on the privacy notice.")
      for o in ["interlink-rct", "vamt", "bavo"]],
    m(S_SB, "hmp-parc", "ctm-safeguarding-board", "member", note="Named as a partner on the privacy notice."),
    m(S_SB_RCT, "gavo", "ctm-safeguarding-board", "member",
      note="Discrepancy: 'GAVO Bridgend' is listed only on RCT's version of the notice, not the board's own."),
    # --- CTM PSB ---------------------------------------------------------------------
    *[m(src(S_CTM_PSB_MERGE, S_WFGA_29), o, "ctm-psb", "statutory_member", since="2023-05-18",
        note="One of 'the six statutory partners' (WFGA s.29).")
      for o in [*CTM_LAS, "ctmuhb", "swfrs", "nrw"]],
    *[d("Illustrative: WFGA s.30 requires this invitation; the CTM PSB invited-participant list was not verified.",
        o, "ctm-psb", "invited_participant", source=S_WFGA_29, since="2023-05-18")
      for o in ["welsh-government", "swp", "south-wales-pcc", "probation-wales", "interlink-rct", "vamt", "bavo"]],
    d("Illustrative: 'other partner' in PSB practice (Swansea three-tier note); CTM membership not verified.",
      "phw", "ctm-psb", "member", source="http://beta.swansea.gov.uk/article/27001/The-difference-between-statutory-"
      "members-invited-participants-and-other-partners", since="2023-05-18"),
    d(NOT_FOUND, "usw", "ctm-psb", "observer", source=S_CTM_PSB_MERGE, since="2023-05-18"),
    d(NOT_FOUND + " Invented end date to show an ended membership.", "dwp", "ctm-psb", "member",
      source=S_CTM_PSB_MERGE, since="2023-05-18", until="2024-03-31"),
    # --- Cwm Taf PSB (dissolved 2023-05-18) ---------------------------------------------
    *[m(src(S_CT_PSB, S_WFGA_29), o, "cwm-taf-psb", "statutory_member", since="2016-04-01", until="2023-05-18",
        note="Source: members 'health board, local authorities, police, fire, voluntary sector, NRW and probation'.")
      for o in ["mtcbc", "rctcbc", "ctmuhb", "swfrs", "nrw"]],
    m(src(S_CT_PSB, S_CT_PSB_BBC), "swp", "cwm-taf-psb", "invited_participant", since="2016-04-01",
      until="2023-05-18", note="A superintendent quoted as a participant (BBC)."),
    m(S_CT_PSB, "probation-wales", "cwm-taf-psb", "invited_participant", since="2016-04-01", until="2023-05-18"),
    m(S_CT_PSB_2022, "south-wales-pcc", "cwm-taf-psb", "chair", until="2023-05-18",
      note="Chair (2022): an Assistant PCC who also chaired Bridgend PSB. Start of the chair's term not in sources."),
    *[d("Illustrative: 'voluntary sector' is a sourced member type; which CVCs sat on the board is not verified.",
        o, "cwm-taf-psb", "invited_participant", source=S_CT_PSB, since="2016-04-01", until="2023-05-18")
      for o in ["interlink-rct", "vamt"]],
    # --- Bridgend PSB (dissolved 2023-05-18) -------------------------------------------
    m(S_B_PSB_BAVO, "bavo", "bridgend-psb", "member", since="2016-04-01", until="2023-05-18",
      note="BAVO describes itself as the not-for-profit member of the PSB."),
    m(S_B_PSB_AR, "south-wales-pcc", "bridgend-psb", "chair", until="2023-05-18",
      note="Chair 2018/19: the Assistant PCC for South Wales (also chair of Cwm Taf PSB in 2022)."),
    *[d(DERIVED, o, "bridgend-psb", source=S_WFGA_29, since="2016-04-01", until="2023-05-18")
      for o in ["bcbc", "swfrs", "nrw"]],
    d(DERIVED + " Bridgend's health board was ABMU (now Swansea Bay UHB) until 31 Mar 2019.",
      "swansea-bay-uhb", "bridgend-psb", source=src(S_WFGA_29, "https://cwmtafmorgannwg.wales/news-from-the-board-7/"),
      since="2016-04-01", until="2019-04-01"),
    d(DERIVED + " CTMUHB took over Bridgend's healthcare on 1 Apr 2019.", "ctmuhb", "bridgend-psb",
      source=src(S_WFGA_29, "https://cwmtafmorgannwg.wales/news-from-the-board-7/"), since="2019-04-01",
      until="2023-05-18"),
    # --- CTM RPB -----------------------------------------------------------------------
    *[d("Illustrative: partnership body by the SI 2015/1989 pattern; the CTM regulation text was not read (GK-U). "
        "Since the region became Cwm Taf Morgannwg (1 Apr 2019).",
        o, "ctm-rpb", source=src(S_RPB_REGS, S_REGION_RENAME), since="2019-04-01") for o in [*CTM_LAS, "ctmuhb"]],
    d("Sourced: Age Connects Morgannwg's chief executive chaired the CTM RPB at the time of the £22.7m "
      "Transformation Fund award (c.2019). Illustrative: since/until only bracket 2019 from the board's start as "
      "CTM RPB (1 Apr 2019); the real term is not in the source, and the current chair is not verified.",
      "age-connects-morgannwg", "ctm-rpb", "chair", source=S_RPB_FUND, since="2019-04-01", until="2020-01-01"),
    # --- lineage: Cwm Taf RPB (RCT, Merthyr) and Western Bay RPB (with Bridgend) to 31 Mar 2019 ------------
    *[d("Illustrative: partnership body by the SI 2015/1989 pattern (Cwm Taf UHB, now CTMUHB); regulation text "
        "for the region not read (GK-U).", o, "cwm-taf-rpb", source=S_RPB_REGS, since="2016-04-06",
        until="2019-04-01") for o in ["mtcbc", "rctcbc", "ctmuhb"]],
    *[d("Illustrative: third-sector seat expected by Part 9 guidance (membership categories GK-U); not verified.",
        o, "ctm-rpb", "member", source="https://pdfslide.net/documents/social-services-and-well-being-wales-act-"
        "2014-partnership-boards-to-manage-and.html") for o in ["interlink-rct", "vamt", "bavo"]],
    d(NOT_FOUND + " Housing seat expected by Part 9 guidance (GK-U).", "ctm-housing-association", "ctm-rpb",
      "member", source=S_RPB_REGS),
    # --- CSPs: Bridgend sourced; RCT and Merthyr derived (with the deliberate RCT gap) -
    *[m(src(S_CSP_B, S_B_CSP_SUB), o, "bridgend-csp", "statutory_member",
        note="Responsible authority listed for Bridgend (CDA 1998 s.5(1)).")
      for o in ["bcbc", "swp", "swfrs"]],
    m(src(S_CSP_B, S_B_CSP_SUB), "south-wales-pcc", "bridgend-csp", "member",
      note="Listed for Bridgend as the police authority, whose successor is the PCC; a PCC is not a s.5(1) "
      "responsible authority (police authorities left s.5(1)(c)), so the role is member."),
    m(S_B_CSP_SUB, "probation-wales", "bridgend-csp", "statutory_member",
      note="Probation is one of the 6 responsible authorities in the Bridgend CSP Strategy Group (2017)."),
    d(DERIVED + " Bridgend's LHB was ABMU until 31 Mar 2019.", "swansea-bay-uhb", "bridgend-csp", source=S_CSP_B,
      until="2019-04-01"),
    d(DERIVED + " CTMUHB is Bridgend's LHB from 1 Apr 2019.", "ctmuhb", "bridgend-csp", source=S_CSP_B,
      since="2019-04-01"),
    *[d(DERIVED, o, "rct-csp", source=S_CSP_B) for o in ["rctcbc", "swp", "swfrs", "ctmuhb"]],
    d(DERIVED + " A PCC is not a s.5(1) responsible authority: member.", "south-wales-pcc", "rct-csp", "member",
      source=S_CSP_B),
    d("Illustrative, deliberate statutory gap: probation is a CDA 1998 s.5(1)(aa) responsible authority but is "
      "shown only as an invited participant of the RCT CSP (invented to exercise gap detection).", "probation-wales",
      "rct-csp", "invited_participant", source=S_CSP_B),
    *[d(DERIVED, o, "merthyr-csp", source=S_CSP_B)
      for o in ["mtcbc", "swp", "ctmuhb", "probation-wales"]],
    d(DERIVED + " A PCC is not a s.5(1) responsible authority: member.", "south-wales-pcc", "merthyr-csp", "member",
      source=S_CSP_B),
    d("Illustrative, deliberate statutory gap: the fire and rescue authority is a CDA 1998 s.5(1)(d) responsible "
      "authority but is shown only as an invited participant of the Merthyr CSP (invented to exercise gap "
      "detection; its area manager's seat stays).", "swfrs", "merthyr-csp", "invited_participant", source=S_CSP_B),
    d("Illustrative: third-sector member of the Merthyr CSP, not verified.", "vamt", "merthyr-csp", "member",
      source=S_CSP_B),
    # --- VAWDASV board -------------------------------------------------------------------
    *[d("Illustrative: LAs and the LHB prepare the VAWDASV strategy jointly (s.5); board membership not verified. "
        + VAWDASV_SINCE, o, "ctm-vawdasv", source=src(S_VAWDASV_ACT, S_REGION_RENAME), since=CTM_FOOTPRINT)
      for o in [*CTM_LAS, "ctmuhb"]],
    *[d("Illustrative: consulted body (facts 2a: e.g. PCCs, probation) shown as board member; not verified. "
        + VAWDASV_SINCE, o, "ctm-vawdasv", "member", source=src(S_VAWDASV_ACT, S_REGION_RENAME), since=CTM_FOOTPRINT)
      for o in ["swp", "south-wales-pcc", "probation-wales", "swfrs"]],
    d("Illustrative: chair of the VAWDASV board not verified. " + VAWDASV_SINCE, "south-wales-pcc", "ctm-vawdasv",
      "chair", source=src(S_VAWDASV_ACT, S_REGION_RENAME), since=CTM_FOOTPRINT),
    # --- APB (fire absent: deliberate gap) -------------------------------------------------
    *[d("Illustrative: a responsible authority whose CDA 1998 s.6 substance-misuse duty the APB discharges; CTM APB "
        "membership not found in public sources. The Act prescribes no APB membership, so the fire and rescue "
        "authority's absence is no statutory gap.", o, "ctm-apb", "member", source=S_CSP_B)
      for o in [*CTM_LAS, "ctmuhb", "swp", "south-wales-pcc", "probation-wales"]],
    # --- youth justice ---------------------------------------------------------------------
    *[m(S_YJS_B, o, "bridgend-yjs-board", "statutory_member", note="Statutory partner/funder of Bridgend YJS.")
      for o in ["bcbc", "swp", "probation-wales", "ctmuhb"]],
    m(S_YJS_B, "bcbc", "bridgend-yjs-board", "chair",
      note="Jointly chaired by the BCBC Chief Executive and the Cabinet Member for Communities."),
    *[m(S_YJS_CT_RCT, o, "cwm-taf-yjs-board", "statutory_member", note="Joint host LA of Cwm Taf YJS.")
      for o in ["rctcbc", "mtcbc"]],
    *[d(DERIVED + " (CDA 1998 s.39: must co-operate).", o, "cwm-taf-yjs-board", source=S_CDA_39)
      for o in ["swp", "probation-wales", "ctmuhb"]],
    *[d(DERIVED, o, "western-bay-yjeis-board", source=S_CDA_39, until="2019-04-19")
      for o in ["bcbc", "swansea-council", "npt-council"]],
    # --- scrutiny, city region, VRP ----------------------------------------------------
    *[m(S_JOSC, o, "ctm-josc", "member", since="2023-05-01", note="5 councillors from each LA.") for o in CTM_LAS],
    m(S_JOSC, "rctcbc", "ctm-josc", "secretariat", since="2023-05-01", note="RCT leads support."),
    *[d(DERIVED, o, "cwm-taf-psb-josc", "member", source=S_JOSC, until="2023-05-01") for o in ["mtcbc", "rctcbc"]],
]

# Memberships of the national and cross-region partnerships CTM bodies sit on: defined once in the
# reference (seed/wales_partnerships.py), repeated here identically and in the same order as before.
MEMBERSHIPS += SHARED_MEMBERSHIPS
