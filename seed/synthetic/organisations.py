"""Areas, themes, legislation and every organisation with its posts (real names, invented posts)."""

from __future__ import annotations

from tirlun.seed.synthetic.model import Org, World, slug
from tirlun.seed.synthetic.reference import (
    COLLEGES,
    FIRE_AUTHORITIES,
    HEALTH_BOARDS,
    HOUSING_ASSOCIATIONS,
    LA,
    LEGISLATION,
    LOCAL_AUTHORITIES,
    LOCAL_CHARITIES,
    NATION,
    NATIONAL_BODIES,
    POLICE_FORCES,
    POSTS_PER_ORG,
    PRISONS,
    REGION,
    REGIONS,
    THEMES,
    TITLES,
    UNIVERSITIES,
    VOLUNTARY_COUNCILS,
    las_in,
)

DEFAULT_POSTS = 4  # at scale 1, for org types not in posts_per_organisation.csv


def areas_themes_legislation(w: World) -> None:
    w.add("areas", NATION, "Wales", "Cymru", "nation", None)
    for r in REGIONS:
        w.add("areas", r.id, r.name_en, r.name_cy, "region", NATION)
    for a in LOCAL_AUTHORITIES:
        w.add("areas", a.id, a.name_en, a.name_cy, "local_authority", a.region)
    for f in POLICE_FORCES:
        w.add("areas", f.area_id, f"{f.area_en} police area", f"Ardal heddlu {f.area_cy}", "police_area", NATION)
    for th in THEMES:
        w.add("themes", th.id, th.name_en, th.name_cy)
    for lg in LEGISLATION.values():
        w.add("legislation", lg.id, lg.name_en, lg.name_cy, lg.year, lg.citation, lg.required_member_types,
              lg.members_section or None)


def add_org(w: World, oid: str, en: str, cy: str | None, short: str | None, sector: str, org_type: str,
            statutory: bool, areas: tuple[str, ...] | list[str], base_posts: float | None = None,
            las: list[str] | None = None) -> None:
    """One organisation and its posts; ``las`` are the local authorities it serves (default: from areas)."""
    w.add("organisations", oid, en, cy, short, sector, org_type, statutory, areas)
    if las is None:
        las = [a for a in areas if a in LA] or [a.id for a in LOCAL_AUTHORITIES]
    org = Org(oid, org_type, las)
    w.orgs[oid] = org
    w.by_type.setdefault(org_type, []).append(oid)
    n = base_posts if base_posts is not None else POSTS_PER_ORG.get(org_type, DEFAULT_POSTS)
    _posts(w, org, max(1, w.count(n)))


def _posts(w: World, org: Org, n: int) -> None:
    """Posts from the org type's job titles; seniors are far likelier to sit on boards (weights 1/k^2)."""
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
        w.add("people", pid, en, cy, org.id, None)
    total = 0.0
    for i in range(n):
        total += 1.0 / (i + 1) ** 2 if i < 8 else 0.0
        org.board_cum.append(total)
    total = 0.0
    for i in range(n):
        total += 1.0 / (i + 4)
        org.sub_cum.append(total)


def organisations(w: World) -> None:
    for a in LOCAL_AUTHORITIES:
        add_org(w, a.council_id, a.council_en, a.council_cy, a.council_short, "local_government", "local_authority",
                True, [a.id])
    for r in REGIONS:
        hb = HEALTH_BOARDS[r.health_board]
        add_org(w, hb.id, hb.name_en, hb.name_cy, hb.short, "health", "local_health_board", True, las_in(r.id))
    for f in POLICE_FORCES:
        las = [a.id for a in LOCAL_AUTHORITIES if REGION[a.region].police_force == f.id]
        add_org(w, f.id, f.name_en, f.name_cy, f.short, "police", "police_force", True, [f.area_id], las=las)
        add_org(w, f"{f.id}-pcc", f"{f.area_en} Police and Crime Commissioner",
                f"Comisiynydd Heddlu a Throseddu {f.area_cy}", f"{f.short} PCC", "police",
                "police_and_crime_commissioner", True, [f.area_id], las=las)
    for fire in FIRE_AUTHORITIES:
        add_org(w, fire.id, fire.name_en, fire.name_cy, fire.short, "fire_and_rescue", "fire_and_rescue_authority", True,
                [a.id for a in LOCAL_AUTHORITIES if REGION[a.region].fire_authority == fire.id])
    for b in NATIONAL_BODIES.values():
        add_org(w, b.id, b.name_en, b.name_cy, b.short, b.sector, b.org_type, b.statutory, b.areas, b.posts_at_scale_1,
                las=None if b.serves_local_authorities else [])
    for r in REGIONS:
        add_org(w, f"probation-{r.id}", f"Probation Service – {r.name_en} Probation Delivery Unit",
                f"Gwasanaeth Prawf – Uned Cyflawni Prawf {r.name_cy}", f"{r.name_en} PDU", "probation_and_justice",
                "probation_service", True, las_in(r.id), 12)
    for p in PRISONS:
        add_org(w, p.id, p.name_en, p.name_cy, None, "probation_and_justice", "prison", True, [p.local_authority])
    for c in VOLUNTARY_COUNCILS:
        add_org(w, c.id, c.name_en, c.name_cy, c.short, "third_sector", "county_voluntary_council", False, c.areas)
    for h in HOUSING_ASSOCIATIONS:
        add_org(w, h.id, h.name, h.name, None, "housing", "housing_association", False, h.areas)
    for u in UNIVERSITIES:
        add_org(w, u.id, u.name_en, u.name_cy, None, "education", "university", True, u.areas or [NATION])
    for c2 in COLLEGES:
        add_org(w, c2.id, c2.name_en, c2.name_cy, None, "education", "school_or_college", True, c2.areas)
    for a in LOCAL_AUTHORITIES:
        for ch in LOCAL_CHARITIES:
            add_org(w, f"{ch.id_prefix}-{a.id}", ch.name_en.format(la=a.name_en), ch.name_cy.format(cy=a.name_cy), None,
                    "third_sector", "third_sector_organisation", False, [a.id])
