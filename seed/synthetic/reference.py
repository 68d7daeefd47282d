"""The real places and public bodies of Wales, and the templates the generator draws from.

Every constant here is read from a table in ``data/`` (see data/README.md); the record
classes name the columns. Row order in each file is kept, and it matters: it fixes the
order rows are generated in, so the same seed gives the same files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tirlun.seed.synthetic.tables import read_table

NATION = "wales"


@dataclass(frozen=True)
class Region:
    """A health board region, with the bodies that cover it and the names its boards use."""

    id: str
    name_en: str
    name_cy: str
    health_board: str
    police_force: str
    fire_authority: str
    rpb_id: str
    apb_name_en: str
    apb_name_cy: str


@dataclass(frozen=True)
class LocalAuthority:
    id: str
    name_en: str
    name_cy: str
    region: str
    council_id: str
    council_en: str
    council_cy: str
    council_short: str


@dataclass(frozen=True)
class NamedBody:
    """A health board or a fire and rescue authority."""

    id: str
    name_en: str
    name_cy: str
    short: str


@dataclass(frozen=True)
class PoliceForce:
    id: str
    name_en: str
    name_cy: str
    short: str
    area_id: str
    area_en: str
    area_cy: str


@dataclass(frozen=True)
class VoluntaryCouncil:
    id: str
    name_en: str
    name_cy: str
    short: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class HousingAssociation:
    id: str
    name: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class Institution:
    """A university or a further education college; no areas means all of Wales."""

    id: str
    name_en: str
    name_cy: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class NationalBody:
    """A national body; ``serves_local_authorities`` false means it has no local footprint (local units sit instead)."""

    id: str
    name_en: str
    name_cy: str
    short: str
    sector: str
    org_type: str
    statutory: bool
    posts_at_scale_1: float
    areas: tuple[str, ...]
    serves_local_authorities: bool


@dataclass(frozen=True)
class Prison:
    id: str
    name_en: str
    name_cy: str
    local_authority: str


@dataclass(frozen=True)
class LocalCharity:
    """A charity found in every local authority; names take {la} (English) and {cy} (Welsh)."""

    id_prefix: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class Theme:
    id: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class Legislation:
    id: str
    name_en: str
    name_cy: str
    year: int
    citation: str
    required_member_types: tuple[str, ...]
    members_section: str  # the section that prescribes those members (each statutory-gap finding cites it)


@dataclass(frozen=True)
class JobTitle:
    """Posts of an org type, most senior first (posts beyond the list repeat its second half)."""

    org_type: str
    title_en: str
    title_cy: str


@dataclass(frozen=True)
class PostsPerOrganisation:
    org_type: str
    posts_at_scale_1: float


@dataclass(frozen=True)
class BoardKind:
    kind: str
    subgroups_per_board: float
    purpose_en: str
    purpose_cy: str


@dataclass(frozen=True)
class SubgroupTemplate:
    board_kind: str
    slug: str
    name_en: str
    name_cy: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class TaskAndFinish:
    slug: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class BoardDataset:
    board_kind: str
    slug: str
    name_en: str
    name_cy: str
    kind: str
    personal: bool


@dataclass(frozen=True)
class NationalDataset:
    id: str
    name_en: str
    name_cy: str
    holder: str
    themes: tuple[str, ...]
    flows_to_board_kinds: tuple[str, ...]


@dataclass(frozen=True)
class StatutoryGap:
    """A deliberate gap: the partnership lacks its statutory member of this type (or it left on ``left``)."""

    partnership: str
    missing_org_type: str
    left: dt.date | None


@dataclass(frozen=True)
class Footprint:
    """A body defined by the local authorities it covers (LRFs, CJCs, joint youth justice services)."""

    id: str
    name_en: str
    name_cy: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class PublicServicesBoard:
    id: str
    name_en: str
    name_cy: str
    areas: tuple[str, ...]
    established: dt.date


@dataclass(frozen=True)
class MergedPublicServicesBoard:
    """A PSB dissolved in the 2021-23 mergers, with the board that succeeded it."""

    id: str
    name_en: str
    name_cy: str
    areas: tuple[str, ...]
    established: dt.date
    successor: str
    dissolved: dt.date


@dataclass(frozen=True)
class SafeguardingRegion:
    id: str
    name_en: str
    name_cy: str
    areas: tuple[str, ...]
    separate_children_and_adults_boards: bool


REGIONS = read_table("regions", Region)
LOCAL_AUTHORITIES = read_table("local_authorities", LocalAuthority)
HEALTH_BOARDS = {b.id: b for b in read_table("health_boards", NamedBody)}
POLICE_FORCES = read_table("police_forces", PoliceForce)
FIRE_AUTHORITIES = read_table("fire_authorities", NamedBody)
VOLUNTARY_COUNCILS = read_table("county_voluntary_councils", VoluntaryCouncil)
HOUSING_ASSOCIATIONS = read_table("housing_associations", HousingAssociation)
UNIVERSITIES = read_table("universities", Institution)
COLLEGES = read_table("colleges", Institution)
NATIONAL_BODIES = {b.id: b for b in read_table("national_bodies", NationalBody)}
PRISONS = read_table("prisons", Prison)
LOCAL_CHARITIES = read_table("local_charities", LocalCharity)
THEMES = read_table("themes", Theme)
LEGISLATION = {lg.id: lg for lg in read_table("legislation", Legislation)}
POSTS_PER_ORG = {r.org_type: r.posts_at_scale_1 for r in read_table("posts_per_organisation", PostsPerOrganisation)}
BOARD_KINDS = {k.kind: k for k in read_table("board_kinds", BoardKind)}
TASK_AND_FINISH = read_table("task_and_finish", TaskAndFinish)
NATIONAL_DATASETS = read_table("national_datasets", NationalDataset)
GAPS = {g.partnership: g for g in read_table("statutory_gaps", StatutoryGap)}
PUBLIC_SERVICES_BOARDS = read_table("public_services_boards", PublicServicesBoard)
MERGED_PUBLIC_SERVICES_BOARDS = read_table("merged_public_services_boards", MergedPublicServicesBoard)
SAFEGUARDING_REGIONS = read_table("safeguarding_regions", SafeguardingRegion)
JOINT_YOUTH_JUSTICE = read_table("joint_youth_justice_services", Footprint)
RESILIENCE_FORUMS = read_table("resilience_forums", Footprint)
JOINT_COMMITTEES = read_table("corporate_joint_committees", Footprint)


def _grouped(rows: tuple[JobTitle, ...]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        out.setdefault(r.org_type, []).append((r.title_en, r.title_cy))
    return out


TITLES = _grouped(read_table("job_titles", JobTitle))
SUBGROUPS: dict[str, list[SubgroupTemplate]] = {}
for _t in read_table("subgroups", SubgroupTemplate):
    SUBGROUPS.setdefault(_t.board_kind, []).append(_t)
BOARD_DATASETS: dict[str, list[BoardDataset]] = {}
for _d in read_table("board_datasets", BoardDataset):
    BOARD_DATASETS.setdefault(_d.board_kind, []).append(_d)

LA = {a.id: a for a in LOCAL_AUTHORITIES}
REGION = {r.id: r for r in REGIONS}


def las_in(*regions: str) -> list[str]:
    """Local authority ids in the given health board regions, in table order."""
    return [a.id for a in LOCAL_AUTHORITIES if a.region in regions]
