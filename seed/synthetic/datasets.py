"""Datasets (kind, form, data controller), the flows between controllers and partnerships, and self-assessments."""

from __future__ import annotations

import datetime as dt

from tirlun.loader.models import Criterion
from tirlun.seed.synthetic.model import Part, World, slug
from tirlun.seed.synthetic.reference import BOARD_DATASETS, NATIONAL_DATASETS

SPAT = [c.value for c in Criterion if c.value.startswith("spat_")]
MAEF = [c.value for c in Criterion if c.value.startswith("maef_")]


# The artefact's form decides its information-governance kind unless it holds personal data (WASPI: only personal
# data travels between controllers under a protocol; published and aggregate data need none).
PUBLISHED_FORMS = ("assessment", "plan", "report", "strategy", "register")


def kind_of(form: str, personal: bool) -> str:
    """personal, published (a report, plan or assessment) or aggregate (other non-personal data)."""
    return "personal" if personal else "published" if form in PUBLISHED_FORMS else "aggregate"


def datasets(w: World) -> None:
    """Each board's datasets by form, some sub-groups' monitoring data, then the national datasets."""
    for p in w.parts.values():
        if p.level == "board":
            templates = [(d.slug, d.name_en, d.name_cy, d.kind, d.personal) for d in BOARD_DATASETS.get(p.kind, [])]
        elif w.rng.random() < 0.3:
            personal = w.rng.random() < 0.35
            templates = [("sg-data", f"{p.en} monitoring data", f"Data monitro {p.cy}", "data_collection", personal)]
        else:
            continue
        for s, en, cy, form, personal in templates:
            did = f"{p.id}-{s}"
            controller = p.secretariat or (p.members[0][0] if p.members else "welsh-government")
            produced_for = p.id if w.rng.random() < 0.92 else None
            label_en = en if p.level != "board" else f"{p.short}: {en}"
            label_cy = cy if p.level != "board" else f"{p.short}: {cy}"
            w.add("datasets", did, label_en, label_cy, kind_of(form, personal), form, controller, produced_for,
                  p.themes[:2], None, None)
            flows(w, did, p, personal)
    for nd in NATIONAL_DATASETS:
        w.add("datasets", nd.id, nd.name_en, nd.name_cy, "aggregate", "data_collection", nd.holder, None, nd.themes,
              None, None)
        for p in w.parts.values():
            if p.kind in nd.flows_to_board_kinds and p.level == "board" and p.dissolved is None:
                w.add("dataset_flows", nd.id, "partnership", p.id, None, None)


def flows(w: World, did: str, p: Part, personal: bool) -> None:
    """0-4 flows. Published and aggregate data reach the parent board, reporting lines, members or the Welsh
    Government, with no protocol (none is needed). Personal data goes only to organisations (controllers, never a
    board), mostly under a WASPI protocol, sometimes with none recorded (a question the silo page asks)."""
    n = w.rng.choices((0, 1, 2, 3, 4), (12, 30, 30, 18, 10))[0]
    targets: list[tuple[str, str]] = []
    if p.subgroup_of and not personal:
        targets.append(("partnership", p.subgroup_of))
    if not personal:
        targets += [("partnership", r) for r in p.reports_to]
    targets += [("organisation", o) for o, _r, _s, _u in p.members if o != p.secretariat][:6]
    targets.append(("organisation", "welsh-government"))
    seen: list[tuple[str, str]] = []
    for _ in range(n):
        t = targets[w.rng.randrange(len(targets))]
        if t in seen:
            continue
        seen.append(t)
        protocol = None
        if personal:
            protocol = w.rng.choices(("waspi_isp", "waspi_dda", "waspi_jca", "", "statutory"), (50, 15, 10, 20, 5))[0]
        ref = f"ISP-{slug(did)[:24].upper()}-{len(seen)}" if protocol in ("waspi_isp", "waspi_dda") else None
        w.add("dataset_flows", did, t[0], t[1], protocol or None, ref)


def assessments(w: World) -> None:
    """Some partnerships score themselves (SPAT, or MAEF for children's work), some twice, improving a little."""
    for p in w.parts.values():
        odds = 0.2 if p.level == "board" else 0.04
        if p.dissolved is not None or w.rng.random() >= odds:
            continue
        children = p.kind in ("safeguarding_board", "youth_justice_board") or "children-and-young-people" in p.themes
        criteria = MAEF if children and w.rng.random() < 0.6 else SPAT
        framework = criteria[0].split("_")[0]
        level = w.rng.randint(2, 4)
        first = max(w.start, p.established or w.start)
        dates = [w.rand_date(first, w.as_of - dt.timedelta(days=1))]
        if w.rng.random() < 0.4 and dates[0].year < w.as_of.year:
            dates.append(w.rand_date(dt.date(dates[0].year + 1, 1, 1), w.as_of - dt.timedelta(days=1)))
        for when in dates:
            aid = f"{p.id}-{framework}-{when.year}"
            for c in criteria:
                score = min(5, max(1, level + w.rng.choice((-1, 0, 0, 1))))
                w.add("assessments", aid, p.id, when, c, score, None)
            level = min(5, level + w.rng.choice((0, 1)))
