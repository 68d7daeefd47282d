"""Who is a member of each partnership, and which posts hold its seats (with turnover and deliberate gaps)."""

from __future__ import annotations

import bisect
import datetime as dt

from tirlun.seed.synthetic.model import Org, Part, Seat, World, charities
from tirlun.seed.synthetic.reference import GAPS, LEGISLATION, NATIONAL_BODIES

NATIONAL_PARKS = ("eryri-npa", "pembrokeshire-coast-npa", "bannau-brycheiniog-npa")
# Who a duty falls on, for a board that discharges it (DISCHARGES_DUTY_UNDER): they sit on it as statutory members.
# Not "prescribed members" (the law sets no body up), so never judged for statutory gaps.
DUTY_HOLDERS: dict[str, tuple[str, ...]] = {
    "vawdasv-2015": ("local_authority", "local_health_board"),  # s.5: a joint local strategy
    "cda-1998-s39": ("local_authority", "police_force", "probation_service", "local_health_board"),  # s.39(1), (3)
    "cca-2004": ("local_authority", "police_force", "fire_and_rescue_authority", "local_health_board", "nhs_trust",
                 "natural_resources_wales"),  # Category 1 responders (Sch. 1 Part 1)
}
# No membership before a body existed. Public Health Wales NHS Trust: 1 October 2009; Natural Resources Wales took
# on its functions 1 April 2013; the seven local health boards: 1 October 2009; police and crime commissioners took
# office 22 November 2012.
STARTED_BY_ID = {"phw": dt.date(2009, 10, 1), "nrw": dt.date(2013, 4, 1)}
STARTED_BY_TYPE = {"local_health_board": dt.date(2009, 10, 1), "police_and_crime_commissioner": dt.date(2012, 11, 22),
                   "natural_resources_wales": dt.date(2013, 4, 1)}


def joined(w: World, org: str, since: dt.date | None) -> dt.date | None:
    """When ``org`` could first be a member of something set up on ``since``: not before the body existed."""
    o = w.orgs[org]
    started = STARTED_BY_ID.get(org) or STARTED_BY_TYPE.get(o.org_type)
    if started is None or (since is not None and since >= started):
        return since
    return started


def pick_post(w: World, org: Org, cum: list[float]) -> str:
    """A post of ``org``, drawn by the cumulative weights ``cum`` (board_cum or sub_cum)."""
    return org.posts[bisect.bisect_left(cum, w.rng.random() * cum[-1])]


def board_members(w: World, p: Part) -> list[tuple[str, str]]:
    """(organisation, role) for a board: the statutory members its legislation requires, then the usual others."""
    las = p.areas
    out: list[tuple[str, str]] = []

    def add(orgs: list[str], role: str) -> None:
        for o in orgs:
            if o not in [m for m, _ in out]:
                out.append((o, role))

    required: list[str] = []
    for lid in p.legislation:  # the members the law that sets it up prescribes
        required += LEGISLATION[lid].required_member_types
    for lid in p.duty:  # the duty holders sit on a board that discharges their duty too
        required += DUTY_HOLDERS.get(lid, ())
    if p.kind == "scrutiny_committee":  # a council's own committee (WFGA s.35)
        required = ["local_authority"]
    for org_type in required:
        candidates = w.orgs_of(org_type, las)
        # nhs_trust: each NHS trust providing services in the area (SSWBA s.134(2)), national ones included
        if org_type == "local_authority" and p.kind == "scrutiny_committee":
            candidates = candidates[:1]
        add(candidates, "statutory_member")
    k = p.kind
    lhb = w.orgs_of("local_health_board", las)
    police = w.orgs_of("police_force", las)
    pcc = w.orgs_of("police_and_crime_commissioner", las)
    cvc = w.orgs_of("county_voluntary_council", las)
    ha = w.orgs_of("housing_association", las)
    if k == "psb":
        add(police + pcc + w.orgs_of("probation_service", las) + ["welsh-government"] + cvc, "invited_participant")
        add(ha[:1] + w.orgs_of("school_or_college", las)[:1] + ["phw"], "member")
    elif k == "rpb":
        add(cvc + ha[:2] + charities(las[:2], ("carers-centre", "age-connects")), "member")
        add(["welsh-government"], "observer")
    elif k == "safeguarding_board":
        add(["phw", "wast", *w.orgs_of("school_or_college", las)[:1], *ha[:1]], "member")
        add(["ciw"], "observer")
    elif k == "area_planning_board":
        add(w.orgs_of("local_authority", las) + lhb + police + pcc + w.orgs_of("probation_service", las), "member")
        add(charities(las, ("drug-alcohol-service",)), "member")
    elif k == "community_safety_partnership":
        add(pcc + ha[:1] + charities(las, ("womens-aid",)), "member")
    elif k == "vawdasv":
        add(police + pcc + w.orgs_of("fire_and_rescue_authority", las) + ["welsh-womens-aid"], "member")
        add(charities(las, ("womens-aid",)), "member")
    elif k == "youth_justice_board":
        add([*w.orgs_of("school_or_college", las)[:1], "careers-wales"], "member")
    elif k == "resilience_forum":
        add(["phw", "welsh-government", "hmpps-wales"], "member")
    elif k == "city_region":
        add([o for o in NATIONAL_PARKS if set(NATIONAL_BODIES[o].areas) & set(las)], "member")
        add(["welsh-government"], "observer")
    elif k == "other":
        add(w.orgs_of("local_authority", las) + lhb + ha + charities(las, ("housing-support",)), "member")
    gap = GAPS.get(p.id)
    if gap and gap.left is None:
        out = [(o, r) for o, r in out if not (r == "statutory_member" and w.orgs[o].org_type == gap.missing_org_type)]
    return out


def seats_for(w: World, p: Part, members: list[tuple[str, str]], board: bool) -> list[Seat]:
    """Seats for the members' posts: boards draw seniors, sub-groups draw more widely."""
    seats: list[Seat] = []
    taken: set[str] = set()
    since = p.established
    for o, role in members:
        if role == "observer" and w.rng.random() < 0.5:
            continue
        org = w.orgs[o]
        t = org.org_type
        if board:
            n = 2 if t in ("local_health_board",) else 1
            if t == "local_authority" and len(p.areas) <= 2:
                n = 2
        else:
            n = w.rng.choice((1, 2, 2, 3)) if t in ("local_authority", "local_health_board") else 1
        cum = org.board_cum if board else org.sub_cum
        for _ in range(n):
            for _try in range(6):
                person = pick_post(w, org, cum)
                if person not in taken:
                    taken.add(person)
                    seats.append(Seat(person, o, "member", joined(w, o, since)))
                    break
    return seats


def memberships_and_seats(w: World, p: Part, members: list[tuple[str, str]], board: bool) -> None:
    """Fill ``p.members`` and ``p.seats``: chair, vice-chair, secretariat, turnover and any statutory gap."""
    if p.twin_of is not None:
        # A twin shares most of its sibling's people: the duplicate-meetings case.
        seats = [Seat(s.person, s.org, "member", joined(w, s.org, p.established)) for s in p.twin_of.seats
                 if w.rng.random() < 0.85]
        taken = {s.person for s in seats}
        seats += [s for s in seats_for(w, p, members, board) if s.person not in taken][:3]
    else:
        seats = seats_for(w, p, members, board)
    if not seats:
        return
    p.chair = seats[0].org
    seats[0].role = "chair"
    if len(seats) > 6 and w.rng.random() < 0.6:
        seats[1].role = "vice_chair"
    p.secretariat = p.chair if w.rng.random() < 0.7 else seats[-1].org
    _turnover(w, p, seats)
    p.members = [(o, r, joined(w, o, p.established), None) for o, r in members]
    _gap_that_left(w, p)


def _turnover(w: World, p: Part, seats: list[Seat]) -> None:
    """Some seats end and pass to another post of the same organisation."""
    lo, hi = w.start, w.as_of - dt.timedelta(days=30)
    extra: list[Seat] = []
    taken = {s.person for s in seats}
    for s in seats:
        if w.rng.random() < 0.08 and (p.established is None or p.established < lo):
            until = w.rand_date(lo, hi)
            person = pick_post(w, w.orgs[s.org], w.orgs[s.org].sub_cum)
            if person in taken:
                continue
            s.until = until
            taken.add(person)
            extra.append(Seat(person, s.org, s.role, until + dt.timedelta(days=1)))  # the day after the last
    p.seats = seats + extra


def _gap_that_left(w: World, p: Part) -> None:
    """A statutory member that left on a date: its membership and seats end then."""
    gap = GAPS.get(p.id)
    if gap is None or gap.left is None:
        return
    left, gone = gap.left, gap.missing_org_type
    last = left - dt.timedelta(days=1)  # `until` is the last day; on ``left`` it is no longer there
    p.members = [(o, r, s, last if r == "statutory_member" and w.orgs[o].org_type == gone else u)
                 for o, r, s, u in p.members]
    kept = []
    for s in p.seats:
        if w.orgs[s.org].org_type == gone:
            if s.since is not None and s.since >= left:
                continue
            s.until = last if s.until is None or s.until > last else s.until
        kept.append(s)
    p.seats = kept
