"""The English and Welsh catalogues stay complete: same keys, same placeholders, every key the
code uses present, and a label for every stored code value the app shows."""

from __future__ import annotations

import ast
import re
import string
from enum import StrEnum
from pathlib import Path

import pytest

from tirlun import i18n
from tirlun.i18n import catalogue, label, pick, set_language, t
from tirlun.loader import models

ROOT = Path(__file__).resolve().parent.parent
CODE = [ROOT / "app.py", *sorted((ROOT / "views").glob("*.py")), *sorted((ROOT / "tirlun" / "answers").glob("*.py")),
        *sorted((ROOT / "loader").glob("*.py")),
        ROOT / "tirlun" / "network.py", ROOT / "tirlun" / "pack.py"]
KEY = re.compile(r"^[a-z_]+(\.[A-Za-z0-9_]+)+$")

# Keys built at run time (f-strings), listed here so the test knows them.
PAGES = ("overview", "compare", "network", "overlap", "meetings", "silos", "governance", "profiles", "assessment", "console", "data")
DYNAMIC = (
    [f"nav.{p}" for p in PAGES] + [f"page.{p}.{x}" for p in PAGES for x in ("title", "intro")]
    + [f"workshop.say.{p}" for p in ("overview", "network", "overlap", "meetings", "assessment")]
    + [f"network.type.{k}" for k in ("partnership", "organisation", "person")]
    + [f"network.rel.{r}" for r in ("MEMBER_OF", "SITS_ON", "WORKS_FOR", "SUBGROUP_OF")]
    + [f"network.colour.{c}" for c in ("sector", "kind")]
    + [f"overlap.by.{b}" for b in ("organisations", "people", "themes")]
    + [f"overlap.measure.{m}" for m in ("jaccard", "overlap_coefficient")]
    + [f"meetings.burden.{b}" for b in ("organisation", "person")]
    + [f"console.mode.{m}" for m in ("library", "own")]
    + [f"framework.{f.value}" for f in models.Framework] + [f"framework.{f.value}.about" for f in models.Framework]
)
# Stored code values the app labels: catalogue group -> the enum of values.
ENUM_GROUPS: dict[str, type[StrEnum]] = {
    "partnership_kind": models.PartnershipKind, "sector": models.Sector, "level": models.Level,
    "role": models.MemberRole, "frequency": models.Frequency, "format": models.MeetingFormat,
    "attended_as": models.AttendanceAs, "data.kind": models.DatasetKind, "data.form": models.DatasetForm,
    "data.protocol": models.Agreement,
    "area_kind": models.AreaKind, "org_type": models.OrgType,
}
# Values the library queries return in their code columns (see their headers).
QUERY_GROUPS = {
    "summary": ("partnerships", "partnerships_by_kind", "partnerships_by_statutory", "partnerships_by_level", "meetings",
                "person_hours", "members_per_partnership", "share_terms_of_reference", "share_review_date"),
    "summary_breakdown": ("all", "statutory", "non_statutory", "mean", "median", "min", "max"),
    "silos.kind": ("unused_assessment", "duplicate_assessment", "personal_flow_unrecorded"),
    "silos.rule": ("unused_assessment", "duplicate_assessment", "personal_flow_unrecorded", "wfga_s38"),
    "silos.law": ("wfga_s38",),
    "silos.reason": ("unused_assessment", "duplicate_assessment", "personal_flow_unrecorded.organisation",
                     "personal_flow_unrecorded.partnership"),
    "gap_status": ("missing", "invited_only"),
    "governance_issue": ("reports_to_nothing", "cycle", "past_end_date", "no_terms_of_reference", "review_overdue"),
    "lineage_event": ("succeeded", "merged", "split", "dissolved"),
}


def keys_used_in_code() -> set[str]:
    """Every t("...") argument and every string literal shaped like a catalogue key."""
    known_prefixes = {k.split(".")[0] for k in catalogue("en")}
    used: set[str] = set()
    for path in CODE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value)
                    and node.value.split(".")[0] in known_prefixes
                    and not node.value.endswith((".py", ".csv", ".html"))):
                used.add(node.value)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                used.add(node.args[0].value)
    return used


def test_both_languages_have_the_same_keys() -> None:
    # query.* keys are the Welsh of the query files' own English headers (the English source).
    en = {k for k in catalogue("en") if not k.startswith("query.")}
    cy = {k for k in catalogue("cy") if not k.startswith("query.")}
    assert not en - cy, f"missing in cy.json: {sorted(en - cy)}"
    assert not cy - en, f"missing in en.json: {sorted(cy - en)}"


def test_every_public_query_has_its_welsh_in_the_catalogue_and_no_header_holds_welsh() -> None:
    from tirlun import registry

    cy = catalogue("cy")
    queries = registry.registry().queries
    for q in registry.registry().public():
        for part, english in (("title", q.title), ("description", q.description)):
            welsh = cy.get(f"query.{q.name}.{part}", "")
            assert welsh and welsh != english, f"query.{q.name}.{part} is missing or untranslated in cy.json"
    stale = sorted(k for k in cy if k.startswith("query.") and k.split(".")[1] not in queries)
    assert not stale, f"cy.json has the Welsh of queries that do not exist: {stale}"
    header_welsh = re.compile(r"(?m)^//\s*[a-z_]+_cy\s*:")
    assert not [p for p in (ROOT / "queries").rglob("*.cypher")
                if header_welsh.search(p.read_text(encoding="utf-8"))], "Welsh lives in cy.json, not in query headers"


def test_no_string_is_empty_or_left_untranslated_by_accident() -> None:
    same = [k for k, v in catalogue("en").items() if not v.strip() or not catalogue("cy")[k].strip()]
    assert not same, same


def test_placeholders_match() -> None:
    fields = string.Formatter()
    for key, en in catalogue("en").items():
        a = {f for _, f, _, _ in fields.parse(en) if f}
        b = {f for _, f, _, _ in fields.parse(catalogue("cy")[key]) if f}
        assert a == b, f"{key}: en has {a}, cy has {b}"


def test_every_key_used_in_code_exists() -> None:
    used = keys_used_in_code()
    assert len(used) > 200, "the scan found too few keys: has the code moved?"
    missing = sorted(k for k in used | set(DYNAMIC) if k not in catalogue("en") or k not in catalogue("cy"))
    assert not missing, f"keys used in code but missing from a catalogue: {missing}"


@pytest.mark.parametrize("group", sorted(ENUM_GROUPS) + sorted(QUERY_GROUPS))
def test_every_code_value_has_a_label_in_both_languages(group: str) -> None:
    values = [v.value for v in ENUM_GROUPS[group]] if group in ENUM_GROUPS else list(QUERY_GROUPS[group])
    for lang in ("en", "cy"):
        missing = [v for v in values if f"{group}.{v}" not in catalogue(lang)]
        assert not missing, f"{lang}: no label for {group}: {missing}"


def test_language_switch_and_fallbacks() -> None:
    try:
        set_language("cy")
        assert t("nav.overview") == "Trosolwg"
        assert label("sector", "health") == "Iechyd"
        assert label("sector", "brand_new") == "brand new"  # unknown codes read as words, never crash
        assert t("no.such.key") == "no.such.key"
        assert pick({"name": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr"}) == "Pen-y-bont ar Ogwr"
        assert pick({"name_en": "Bridgend", "name_cy": None}) == "Bridgend"  # no Welsh name: English
        set_language("en")
        assert pick({"name_en": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr"}) == "Bridgend"
        set_language("xx")
        assert i18n.language() == "en"
    finally:
        set_language("en")


def test_place_names_after_yn_take_the_nasal_mutation() -> None:
    from tirlun.i18n import in_place

    # Worked by hand from Welsh grammar: c->ngh, p->mh, t->nh, g->ng, b->m, d->n; yn -> yng/ym to match.
    assert in_place("Cwm Taf Morgannwg", "cy") == "yng Nghwm Taf Morgannwg"
    assert in_place("Caerdydd", "cy") == "yng Nghaerdydd"
    assert in_place("Pen-y-bont ar Ogwr", "cy") == "ym Mhen-y-bont ar Ogwr"
    assert in_place("Tor-faen", "cy") == "yn Nhor-faen"
    assert in_place("Gwynedd", "cy") == "yng Ngwynedd"
    assert in_place("Bangor", "cy") == "ym Mangor"
    assert in_place("Dinbych", "cy") == "yn Ninbych"
    assert in_place("Merthyr Tudful", "cy") == "ym Merthyr Tudful"
    assert in_place("Rhondda Cynon Taf", "cy") == "yn Rhondda Cynon Taf"
    assert in_place("Abertawe", "cy") == "yn Abertawe"
    assert in_place("Chwilog", "cy") == "yn Chwilog"
    assert in_place("Cwm Taf Morgannwg", "en") == "in Cwm Taf Morgannwg"
