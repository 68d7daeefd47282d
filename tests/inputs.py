"""A small, hand-made valid input used by the loader and validation tests.

Counts worked out by hand (see test_loader.py): 5 areas... see BASE_COUNTS.
"""

from __future__ import annotations

import copy
from typing import Any

BASE: dict[str, list[dict[str, Any]]] = {
    "areas": [
        {"id": "wales", "name_en": "Wales", "name_cy": "Cymru", "kind": "nation"},
        {"id": "ctm", "name_en": "Cwm Taf Morgannwg", "name_cy": "Cwm Taf Morgannwg", "kind": "region", "parent_id": "wales"},
        {"id": "bridgend", "name_en": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr", "kind": "local_authority", "parent_id": "ctm"},
        {"id": "merthyr-tydfil", "name_en": "Merthyr Tydfil", "name_cy": "Merthyr Tudful", "kind": "local_authority", "parent_id": "ctm"},
    ],
    "themes": [
        {"id": "safeguarding", "name_en": "Safeguarding", "name_cy": "Diogelu"},
        {"id": "well-being", "name_en": "Well-being", "name_cy": "Llesiant"},
    ],
    "legislation": [
        {
            "id": "wfga-2015", "title_en": "Well-being of Future Generations (Wales) Act 2015",
            "title_cy": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015", "year": "2015",
            "required_member_types": "local_authority;local_health_board",
        },
    ],
    "organisations": [
        {"id": "bcbc", "name_en": "Bridgend County Borough Council", "name_cy": "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
         "sector": "local_government", "org_type": "local_authority", "statutory": "true", "areas": "bridgend"},
        {"id": "mtcbc", "name_en": "Merthyr Tydfil County Borough Council", "name_cy": "Cyngor Bwrdeistref Sirol Merthyr Tudful",
         "sector": "local_government", "org_type": "local_authority", "statutory": "true", "areas": "merthyr-tydfil"},
        {"id": "ctmuhb", "name_en": "Cwm Taf Morgannwg University Health Board", "name_cy": "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg",
         "sector": "health", "org_type": "local_health_board", "statutory": "true", "areas": "bridgend;merthyr-tydfil"},
    ],
    "partnerships": [
        {"id": "ctm-psb", "name_en": "Cwm Taf Morgannwg Public Services Board", "name_cy": "Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg",
         "kind": "psb", "statutory": "true", "legislation": "wfga-2015", "areas": "bridgend;merthyr-tydfil",
         "themes": "well-being", "established": "18/05/2023", "meeting_frequency": "quarterly", "meeting_hours": "2"},
        {"id": "ctm-sb", "name_en": "Cwm Taf Morgannwg Safeguarding Board", "name_cy": "Bwrdd Diogelu Cwm Taf Morgannwg",
         "kind": "safeguarding_board", "statutory": "true", "areas": "bridgend;merthyr-tydfil", "themes": "safeguarding",
         "reports_to": "ctm-psb"},
    ],
    "people": [
        {"id": "post-bcbc-ceo", "job_title_en": "Chief Executive", "job_title_cy": "Prif Weithredwr", "organisation_id": "bcbc"},
        {"id": "post-uhb-dn", "job_title_en": "Director of Nursing", "job_title_cy": "Cyfarwyddwr Nyrsio", "organisation_id": "ctmuhb"},
    ],
    "meetings": [
        {"id": "psb-2025-03", "partnership_id": "ctm-psb", "start": "2025-03-12 10:00", "duration_hours": "2", "format": "virtual", "themes": "well-being"},
        {"id": "sb-2025-03", "partnership_id": "ctm-sb", "start": "14/03/2025 13:30", "duration_hours": "1.5", "format": "hybrid"},
    ],
    "datasets": [
        {"id": "wba-2022", "name_en": "Well-being Assessment 2022", "name_cy": "Asesiad Llesiant 2022", "kind": "published",
         "form": "assessment", "controller_id": "bcbc", "partnership_id": "ctm-psb", "themes": "well-being"},
    ],
    "dataset_flows": [
        {"dataset_id": "wba-2022", "to_kind": "partnership", "to_id": "ctm-sb"},
    ],
    "memberships": [
        {"organisation_id": "bcbc", "partnership_id": "ctm-psb", "role": "statutory_member", "since": "2023-05-18"},
        {"organisation_id": "ctmuhb", "partnership_id": "ctm-psb", "role": "statutory_member"},
        {"organisation_id": "bcbc", "partnership_id": "ctm-sb", "role": "member"},
    ],
    "seats": [
        {"person_id": "post-bcbc-ceo", "partnership_id": "ctm-psb", "role": "chair"},
        {"person_id": "post-uhb-dn", "partnership_id": "ctm-sb"},
    ],
    "attendance": [
        {"person_id": "post-bcbc-ceo", "meeting_id": "psb-2025-03", "attended_as": "attended"},
        {"person_id": "post-uhb-dn", "meeting_id": "sb-2025-03", "attended_as": "deputy"},
    ],
    "assessments": [
        {"assessment_id": "psb-2025", "partnership_id": "ctm-psb", "date": "2025-06-30", "criterion": "spat_purpose", "score": "3"},
        {"assessment_id": "psb-2025", "partnership_id": "ctm-psb", "date": "2025-06-30", "criterion": "spat_monitoring", "score": "2"},
    ],
}

# Worked out by hand from BASE: 15 Criterion nodes are always loaded (5 spat + 10 maef).
BASE_LABELS = {
    "Area": 4, "Theme": 2, "Legislation": 1, "Organisation": 3, "Partnership": 2, "Person": 2,
    "Meeting": 2, "Dataset": 1, "Assessment": 1, "Criterion": 15,
}
# PART_OF 3; SERVES 1+1+2=4; COVERS 2+2=4; HAS_THEME: partnerships 2 + meetings 1 + dataset 1 = 4;
# SET_UP_UNDER 1; REPORTS_TO 1; WORKS_FOR 2; MEETING_OF 2; HELD_BY 1; PRODUCED_FOR 1; FLOWS_TO 1;
# MEMBER_OF 3; SITS_ON 2; ATTENDED 2; ASSESSES 1; SCORED 2.
BASE_RELS = {
    "PART_OF": 3, "SERVES": 4, "COVERS": 4, "HAS_THEME": 4, "SET_UP_UNDER": 1, "REPORTS_TO": 1,
    "WORKS_FOR": 2, "MEETING_OF": 2, "HELD_BY": 1, "PRODUCED_FOR": 1, "FLOWS_TO": 1, "MEMBER_OF": 3,
    "SITS_ON": 2, "ATTENDED": 2, "ASSESSES": 1, "SCORED": 2,
}


def base() -> dict[str, list[dict[str, Any]]]:
    return copy.deepcopy(BASE)
