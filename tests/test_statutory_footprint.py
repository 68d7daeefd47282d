"""Statutory membership against the bodies the law names for a board's footprint, worked out by hand.

The landscape (GWENT below) is drawn from the Acts, not from the code: a PSB covering the five Gwent council
areas with one council as a member must show four gaps, each naming a missing council and citing s.29(2) of the
Well-being of Future Generations (Wales) Act 2015; an RPB with one of the five councils likewise (citing the
Partnership Arrangements (Wales) Regulations 2015, reg 2(1), which names Gwent's partnership bodies); a community
safety partnership the responsible authorities of the Crime and Disorder Act 1998 s.5(1) for its area; a
safeguarding board the partners of the Social Services and Well-being (Wales) Act 2014 s.134(2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tirlun.answers.base import Context
from tirlun.answers.governance import answer
from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)
COUNCILS = {"blaenau-gwent": "Blaenau Gwent", "caerphilly": "Caerphilly", "monmouthshire": "Monmouthshire",
            "newport": "Newport", "torfaen": "Torfaen"}


def _org(oid: str, name: str, org_type: str, areas: str, name_cy: str | None = None) -> dict[str, Any]:
    return {"id": oid, "name_en": name, "name_cy": name_cy or name, "sector": "other", "org_type": org_type,
            "areas": areas, "illustrative": "false", "source": "https://example.org/" + oid}


def _m(o: str, p: str, role: str = "statutory_member", **kw: Any) -> dict[str, Any]:
    return {"organisation_id": o, "partnership_id": p, "role": role, **kw}


def gwent() -> dict[str, list[dict[str, Any]]]:
    five = ";".join(COUNCILS)
    areas = [{"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
             {"id": "gwent", "name_en": "Gwent", "name_cy": "Gwent", "kind": "region", "parent_id": "wales"}]
    areas += [{"id": a, "name_en": n, "kind": "local_authority", "parent_id": "gwent"} for a, n in COUNCILS.items()]
    orgs = [_org(f"{a}-council", f"{n} Council", "local_authority", a) for a, n in COUNCILS.items()]
    orgs += [
        _org("abuhb", "Aneurin Bevan UHB", "local_health_board", five, "BIP Aneurin Bevan"),
        _org("swfrs", "South Wales Fire and Rescue", "fire_and_rescue_authority", "gwent"),  # serves the region
        _org("nrw", "Natural Resources Wales", "natural_resources_wales", "wales", "Cyfoeth Naturiol Cymru"),
        _org("gwent-police", "Gwent Police", "police_force", "gwent"),
        _org("gwent-pcc", "Gwent PCC", "police_and_crime_commissioner", "gwent"),
        _org("wg", "Welsh Government", "welsh_government", "wales"),
        _org("probation", "Probation Service Wales", "probation_service", "wales"),
        _org("gavo", "GAVO", "county_voluntary_council", "caerphilly;monmouthshire;newport"),
        _org("tvac", "Torfaen Voluntary Alliance", "county_voluntary_council", "torfaen"),
        _org("wast", "Welsh Ambulance", "nhs_trust", "wales"),
        _org("phw", "Public Health Wales", "nhs_trust", "wales"),
        # A council outside Gwent: never named for a Gwent board.
        _org("cardiff-council", "Cardiff Council", "local_authority", "cardiff"),
    ]
    areas.append({"id": "cardiff", "name_en": "Cardiff", "kind": "local_authority", "parent_id": "wales"})
    law = [
        {"id": "wfga-2015", "title_en": "Well-being of Future Generations (Wales) Act 2015", "year": 2015,
         "required_member_types": "local_authority;local_health_board;fire_and_rescue_authority;natural_resources_wales",
         "members_section": "s.29(2)"},
        {"id": "pa-regs-2015", "title_en": "Partnership Arrangements (Wales) Regulations 2015", "year": 2015,
         "required_member_types": "local_authority;local_health_board", "members_section": "reg 2(1)"},
        {"id": "cda-1998", "title_en": "Crime and Disorder Act 1998", "year": 1998,
         "required_member_types": "local_authority;probation_service;police_force;fire_and_rescue_authority;"
                                  "local_health_board", "members_section": "s.5(1)"},
        {"id": "sswba-2014-pt7", "title_en": "Social Services and Well-being (Wales) Act 2014, Part 7", "year": 2014,
         "required_member_types": "local_authority;police_force;local_health_board;nhs_trust;probation_service",
         "members_section": "s.134(2)"},
    ]

    def board(pid: str, kind: str, legislation: str, areas: str) -> dict[str, Any]:
        return {"id": pid, "name_en": pid.replace("-", " ").title(), "kind": kind, "legislation": legislation,
                "areas": areas, "illustrative": "false", "source": "https://example.org/" + pid}

    return {
        "areas": areas, "legislation": law, "organisations": orgs,
        "partnerships": [board("gwent-psb", "psb", "wfga-2015", five), board("gwent-rpb", "rpb", "pa-regs-2015", five),
                         board("newport-csp", "community_safety_partnership", "cda-1998", "newport"),
                         board("gwent-sb", "safeguarding_board", "sswba-2014-pt7", five)],
        "memberships": [
            # PSB: Newport council, the health board, the fire authority and NRW: four councils missing.
            _m("newport-council", "gwent-psb"), _m("abuhb", "gwent-psb"), _m("swfrs", "gwent-psb"),
            _m("nrw", "gwent-psb"),
            # s.30 invitees: police and the Welsh Government take part, GAVO too; PCC, probation, TVA do not.
            _m("gwent-police", "gwent-psb", "invited_participant"), _m("wg", "gwent-psb", "invited_participant"),
            _m("gavo", "gwent-psb", "invited_participant"),
            # RPB: Caerphilly and the health board: four councils missing.
            _m("caerphilly-council", "gwent-rpb"), _m("abuhb", "gwent-rpb"),
            # CSP for Newport: the council and the police; probation, fire and the health board missing.
            _m("newport-council", "newport-csp"), _m("gwent-police", "newport-csp"),
            # Safeguarding board: every partner but Public Health Wales (an NHS trust serving all Wales).
            *[_m(f"{a}-council", "gwent-sb") for a in COUNCILS],
            _m("gwent-police", "gwent-sb"), _m("abuhb", "gwent-sb"), _m("wast", "gwent-sb"), _m("probation", "gwent-sb"),
        ],
    }


def test_each_missing_body_is_named_and_cited(load_tables: Callable[..., Database]) -> None:
    db = load_tables(gwent())
    rows = db.read("statutory_gaps", {"as_of": AS_OF})
    got = [(r["partnership_id"], r["body_id"], r["members_section"], r["status"]) for r in rows]
    assert got == [
        # gwent-psb: the four councils other than Newport, in name order, each citing s.29(2).
        *[("gwent-psb", f"{a}-council", "s.29(2)", "missing") for a in ["blaenau-gwent", "caerphilly", "monmouthshire",
                                                                         "torfaen"]],
        # gwent-rpb: the four councils other than Caerphilly, each citing the regulations.
        *[("gwent-rpb", f"{a}-council", "reg 2(1)", "missing") for a in ["blaenau-gwent", "monmouthshire", "newport",
                                                                           "torfaen"]],
        # gwent-sb: Public Health Wales, an NHS trust providing services in the area (s.134(2)(d)).
        ("gwent-sb", "phw", "s.134(2)", "missing"),
        # newport-csp: s.5(1) fire and rescue authority (d), Local Health Board (f), probation (aa); sorted by type.
        ("newport-csp", "swfrs", "s.5(1)", "missing"),
        ("newport-csp", "abuhb", "s.5(1)", "missing"),
        ("newport-csp", "probation", "s.5(1)", "missing"),
    ]
    psb = [r for r in rows if r["partnership_id"] == "gwent-psb"]
    assert [r["body_name"] for r in psb] == ["Blaenau Gwent Council", "Caerphilly Council", "Monmouthshire Council",
                                             "Torfaen Council"]
    assert [r["for_areas"] for r in psb] == [["Blaenau Gwent"], ["Caerphilly"], ["Monmouthshire"], ["Torfaen"]]
    assert {(r["total"], r["boards"]) for r in rows} == {(12, 4)}
    assert all(r["named"] for r in rows) and "cardiff-council" not in {r["body_id"] for r in rows}
    # Each gap rests on the partnership, the law and the named body's organisation row.
    assert [e["table"] for e in psb[0]["evidence"]] == ["partnerships", "legislation", "organisations"]


def test_answer_words_gaps_invitations_and_representatives(load_tables: Callable[..., Database]) -> None:
    db = load_tables(gwent())
    res = answer(db, Context(region=None, as_of=AS_OF, lang="en"))
    psb = [r for r in res.gaps.rows if r["partnership_id"] == "gwent-psb"]
    assert [(r["body_label"], r["section"], r["status_label"]) for r in psb] == [
        (f"{n} Council", "s.29(2)", "Missing") for n in ("Blaenau Gwent", "Caerphilly", "Monmouthshire", "Torfaen")]
    assert (res.gaps.total, res.boards_with_gaps) == (12, 4)
    # The evidence: partnership (sourced), legislation (the fixture's default: illustrative), organisation (sourced).
    assert (psb[0]["sourced"].sourced, psb[0]["sourced"].total) == (2, 3)
    # s.30(1): (a) Welsh Government invited; (b) police invited; (c) PCC not; (d) probation not;
    # (e) GAVO invited, Torfaen Voluntary Alliance not. The RPB: four representative groups, none checkable.
    inv = [(r["partnership_id"], r["provision"], r.get("body_id"), r["status"]) for r in res.invitations.rows]
    assert inv == [
        ("gwent-psb", "s.30(1)(a)", "wg", "invited"), ("gwent-psb", "s.30(1)(b)", "gwent-police", "invited"),
        ("gwent-psb", "s.30(1)(c)", "gwent-pcc", "not_invited"), ("gwent-psb", "s.30(1)(d)", "probation", "not_invited"),
        ("gwent-psb", "s.30(1)(e)", "gavo", "invited"), ("gwent-psb", "s.30(1)(e)", "tvac", "not_invited"),
        *[("gwent-rpb", "reg 11(1)(e)-(h)", None, "cannot_be_checked")] * 4,
    ]
    rpb = [r for r in res.invitations.rows if r["partnership_id"] == "gwent-rpb"]
    assert {r["status_label"] for r in rpb} == {"Cannot be checked: the data records no representative roles"}
    welsh = answer(db, Context(region=None, as_of=AS_OF, lang="cy"))
    assert welsh.gaps.rows[0]["status_label"] == "Ar goll"
    assert welsh.invitations.rows[0]["status_label"] == "Wedi'i wahodd: yn cymryd rhan"
