"""Hand-written, sourced rows of the Cwm Taf Morgannwg seed, gathered for seed/build_ctm.py.

The shared Wales reference (areas and their dated hierarchies, themes, legislation, all-Wales and
cross-region organisations and partnerships) is defined once in seed/wales_*.py and read by both
seed/build_reference.py and this seed: the CTM folder repeats the reference rows it needs, identical cell
for cell (seed/wales_reference.py chooses them). CTM's own rows live in sibling modules: organisations
(ctm_orgs), partnerships (ctm_partnerships, ctm_subgroups), memberships (ctm_memberships), datasets and
dataset flows (ctm_datasets).

Sources are the public pages listed in shared/domain/ctm-facts.md; Welsh terms follow
shared/domain/glossary.md. Rows whose detail is GK-U, not found or invented carry
illustrative=true and a note saying why.
"""

from __future__ import annotations

from seed.ctm_datasets import DATASET_FLOWS, DATASETS
from seed.ctm_memberships import MEMBERSHIPS
from seed.ctm_orgs import ORGANISATIONS
from seed.ctm_partnerships import BOARDS
from seed.ctm_subgroups import SUBGROUPS
from seed.wales_law import LEGISLATION as SHARED_LEGISLATION
from seed.wales_law import THEMES
from seed.wales_reference import ctm_area_parents, ctm_areas, ctm_organisation_names

# Every law of the reference but the three other CJCs' establishment regulations, which no CTM row names.
LEGISLATION = [
    law for law in SHARED_LEGISLATION if law["id"] not in ("sww-cjc-regs-2021", "mid-wales-cjc-regs-2021", "nw-cjc-regs-2021")
]
AREAS = ctm_areas()
AREA_PARENTS = ctm_area_parents()
ORGANISATION_NAMES = ctm_organisation_names()

__all__ = [
    "AREAS",
    "AREA_PARENTS",
    "BOARDS",
    "DATASETS",
    "DATASET_FLOWS",
    "LEGISLATION",
    "MEMBERSHIPS",
    "ORGANISATIONS",
    "ORGANISATION_NAMES",
    "SUBGROUPS",
    "THEMES",
]
