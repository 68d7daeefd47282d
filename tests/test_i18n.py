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
from tirlun.i18n import EN, Msg, Translator, catalogue, msg, translator
from tirlun.loader import models
from tirlun.readonly import SAFE_PROCEDURES

ROOT = Path(__file__).resolve().parent.parent
# Every module that words or raises a sentence: the pages, the answers, the loader and the shared code (registry,
# database, access, local server...) that raises a Msg for its reader to word.
CODE = [ROOT / "app.py", *sorted((ROOT / "views").glob("*.py")), *sorted((ROOT / "tirlun").rglob("*.py")),
        *sorted((ROOT / "loader").glob("*.py"))]
# The calls that take a catalogue key first: tr("key"), ctx.tr("key"), EN("key"), msg("key"), Msg("key").
KEY_CALLS = {"tr", "EN", "msg", "Msg"}
WELSH_ONLY = ("query.", "column.", "table.")
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
    """Every tr("...")/msg("...") argument and every string literal shaped like a catalogue key."""
    known_prefixes = {k.split(".")[0] for k in catalogue("en")}
    used: set[str] = set()
    for path in CODE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value)
                    and node.value.split(".")[0] in known_prefixes
                    and not node.value.endswith((".py", ".csv", ".html"))
                    and node.value not in SAFE_PROCEDURES  # Neo4j's own (db.labels), not ours
                    and node.value not in models.LABEL_GROUPS.values()):  # a group of keys (data.kind.*), not one
                used.add(node.value)
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in KEY_CALLS and isinstance(node.args[0].value, str):
                    used.add(node.args[0].value)
    return used


def test_both_languages_have_the_same_keys() -> None:
    # query.* and column.* keys are Welsh only: their English is the query files' headers and the models' descriptions.
    en = {k for k in catalogue("en") if not k.startswith(WELSH_ONLY)}
    cy = {k for k in catalogue("cy") if not k.startswith(WELSH_ONLY)}
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


def test_the_models_label_every_code_list_the_tests_do() -> None:
    """The loader reads a typed label back to its code through models.LABEL_GROUPS: the same groups as here."""
    assert {v: k for k, v in models.LABEL_GROUPS.items()} == ENUM_GROUPS


@pytest.mark.parametrize("group", sorted(ENUM_GROUPS) + sorted(QUERY_GROUPS))
def test_every_code_value_has_a_label_in_both_languages(group: str) -> None:
    values = [v.value for v in ENUM_GROUPS[group]] if group in ENUM_GROUPS else list(QUERY_GROUPS[group])
    for lang in ("en", "cy"):
        missing = [v for v in values if f"{group}.{v}" not in catalogue(lang)]
        assert not missing, f"{lang}: no label for {group}: {missing}"


def test_a_translator_words_its_own_language() -> None:
    cy = translator("cy")
    assert (cy.lang, EN.lang) == ("cy", "en") and translator("en") is EN and translator("cy") is cy
    assert cy("nav.overview") == "Trosolwg" and EN("nav.overview") == "Overview"
    assert cy.label("sector", "health") == "Iechyd" and EN.label("sector", "health") == "Health"
    assert cy.label("sector", "brand_new") == "brand new"  # unknown codes read as words, never crash
    assert (cy.label("sector", None), EN.label("sector", "")) == ("anhysbys", "unknown")
    assert cy("no.such.key") == "no.such.key" and EN("no.such.key") == "no.such.key"
    assert cy.has("nav.overview") and not cy.has("no.such.key")
    assert cy("evidence.rests_on_illustrative", sourced=1, total=2, unit="rhes") == (
        "yn seiliedig ar 1 o 2 rhes o ffynhonnell gyhoeddus: enghreifftiol")
    assert cy.pick({"name": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr"}) == "Pen-y-bont ar Ogwr"
    assert cy.pick({"name_en": "Bridgend", "name_cy": None}) == "Bridgend"  # no Welsh name: English
    assert cy.pick({"name_en": "Bridgend", "name_cy": float("nan")}) == "Bridgend"  # pandas' empty cell
    assert EN.pick({"name_en": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr"}) == "Bridgend"
    assert EN.pick({"name_cy": "Pen-y-bont ar Ogwr"}) == "Pen-y-bont ar Ogwr"  # no English name: the Welsh
    assert cy.pick({"job_title": "Chief Executive", "job_title_cy": "Prif Weithredwr"}, "job_title") == "Prif Weithredwr"


def test_a_missing_welsh_string_falls_back_to_english_then_to_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A catalogue with gaps (the real ones have none: test_both_languages_have_the_same_keys).
    fake = {"en": {"a.both": "Both", "a.english_only": "Only {n}", "a.welsh_empty": "Empty", "sector.health": "Health"},
            "cy": {"a.both": "Y ddau", "a.welsh_empty": ""}}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fake[lang])
    cy = Translator("cy")
    assert cy("a.both") == "Y ddau"
    assert cy("a.english_only", n=3) == "Only 3"
    assert cy("a.welsh_empty") == "Empty"
    assert cy("a.neither") == "a.neither"
    assert cy.has("a.english_only") and not cy.has("a.neither")
    assert cy.label("sector", "health") == "Health"
    assert cy.say(msg("a.english_only", n=msg("a.both"))) == "Only Y ddau"


def test_an_unknown_language_reads_english() -> None:
    for odd in ("xx", None, "", "fr"):
        assert translator(odd).lang == "en", odd
        assert translator(odd)("nav.overview") == "Overview"
        assert translator(odd).in_place("Caerdydd") == "in Caerdydd"
    with pytest.raises(ValueError):
        catalogue("xx")


def test_a_msg_is_worded_by_its_reader_in_each_language() -> None:
    bool_problem = msg("access.problem.bool_type")
    settings = msg("access.settings_invalid", setting="trust_email", problem=bool_problem)
    assert settings == Msg("access.settings_invalid", {"setting": "trust_email", "problem": bool_problem})
    assert translator("cy").say(settings) == (
        "Nid yw'r gosodiadau mewngofnodi'n ddilys: [tirlun.access] trust_email: rhaid iddo fod yn true neu false.")
    assert EN.say(settings) == str(settings) == (
        "The sign-in settings are not valid: [tirlun.access] trust_email: it must be true or false.")
    # A Msg two levels down is worded in the same language as the one holding it.
    deep = msg("db.error", message=settings)
    assert translator("cy").say(deep) == ("Gwall Neo4j: Nid yw'r gosodiadau mewngofnodi'n ddilys: [tirlun.access] "
                                          "trust_email: rhaid iddo fod yn true neu false.")
    assert str(deep) == ("Neo4j error: The sign-in settings are not valid: [tirlun.access] trust_email: it must be true "
                         "or false.")
    # Values that are not a Msg pass as they are; a plain string is said as it is; nothing is nothing.
    assert translator("cy").say(msg("load.validation_failed", n=3)) == "Canfuwyd 3 problem; ni ysgrifennwyd dim."
    assert translator("cy").say("Neo4j's own words") == "Neo4j's own words"
    assert translator("cy").say(None) == ""


def test_an_error_is_said_in_the_readers_language_and_kept_in_english() -> None:
    from tirlun.errors import TirlunError, ValidationFailed

    err = ValidationFailed([object(), object(), object()])
    cy = translator("cy")
    assert err.say(cy) == "Canfuwyd 3 problem; ni ysgrifennwyd dim. Cywirwch y rhesi a restrwyd a rhedwch y gorchymyn eto."
    assert err.say(cy, with_hint=False) == "Canfuwyd 3 problem; ni ysgrifennwyd dim."
    assert err.say_hint(cy) == "Cywirwch y rhesi a restrwyd a rhedwch y gorchymyn eto."
    assert (err.message, err.hint) == ("3 problems found; nothing was written.",
                                       "Fix the rows listed and run the command again.")
    assert str(err) == "3 problems found; nothing was written. Fix the rows listed and run the command again."
    plain = TirlunError("The server's own words")
    assert (plain.say(cy), plain.say_hint(cy), plain.hint) == ("The server's own words", None, None)


def test_the_language_is_never_global_state() -> None:
    for gone in ("t", "language", "set_language", "label", "pick", "in_place", "_current"):
        assert not hasattr(i18n, gone), f"tirlun.i18n.{gone} is back: the language is passed, never set"
    from tirlun.answers import base

    assert not hasattr(base, "speaking"), "tirlun.answers.base.speaking is back"
    tree = ast.parse((ROOT / "tirlun" / "i18n.py").read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in n.names} | {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not ({"ContextVar", "local"} & names) and not ({"contextvars", "threading"} & imported)
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Global, ast.Nonlocal))]
    # Nothing in the app, the answers, the loader or the shared code sets a language for others to read.
    setters = re.compile(r"\b(set_language|speaking|ContextVar)\b|threading\.local\b")
    holders = sorted(str(p.relative_to(ROOT)) for p in CODE if setters.search(p.read_text(encoding="utf-8")))
    assert not holders, f"a process-wide language is back in {holders}"


def _worded(row: dict[str, object], tr: Translator) -> dict[str, str]:
    return {"sector": tr.label("sector", row["sector"]), "name": tr.pick(row), "where": tr.in_place(str(row["place"])),
            "said": tr.say(msg("load.validation_failed", n=row["n"]))}


def test_two_readers_wording_at_the_same_time_never_mix() -> None:
    """A Welsh and an English reader stream the same download at the same moment, in worker threads (as pages do),
    row by row in lockstep: each gets every row in its own language. A language held anywhere but in the reader's
    own translator (a global, or a ContextVar a worker thread does not inherit) would mix them."""
    import sys
    import threading
    from collections.abc import Iterator
    from concurrent.futures import ThreadPoolExecutor

    from tirlun.answers.base import Download, EachRow, stream_rows

    rows: list[dict[str, object]] = [
        {"sector": "health", "name": "Bridgend", "name_cy": "Pen-y-bont ar Ogwr", "place": "Pen-y-bont ar Ogwr", "n": 2},
        {"sector": "local_government", "name_en": "Cardiff Council", "name_cy": "Cyngor Caerdydd", "place": "Caerdydd",
         "n": 5},
    ] * 150
    # Worked by hand: the catalogue's labels, each language's rule for "in <place>", the plural sentence.
    welsh = [{"sector": "Iechyd", "name": "Pen-y-bont ar Ogwr", "where": "ym Mhen-y-bont ar Ogwr",
              "said": "Canfuwyd 2 problem; ni ysgrifennwyd dim."},
             {"sector": "Llywodraeth leol", "name": "Cyngor Caerdydd", "where": "yng Nghaerdydd",
              "said": "Canfuwyd 5 problem; ni ysgrifennwyd dim."}] * 150
    english = [{"sector": "Health", "name": "Bridgend", "where": "in Pen-y-bont ar Ogwr",
                "said": "2 problems found; nothing was written."},
               {"sector": "Local government", "name": "Cardiff Council", "where": "in Caerdydd",
                "said": "5 problems found; nothing was written."}] * 150
    together = threading.Barrier(2, timeout=30)

    class Lockstep:
        """The server's rows one at a time, each handed out only when the other reader is at the same row."""

        def read(self, ref: object, params: object = None) -> list[dict[str, object]]:
            return []

        def stream(self, ref: object, params: object = None, batch_size: int = 2000) -> Iterator[list[dict[str, object]]]:
            for row in rows:
                together.wait()
                yield [row]

    def read_all(lang: str) -> list[dict[str, object]]:
        return list(stream_rows(Lockstep(), Download("q", {"limit": None}, word=EachRow(_worded), lang=lang)))

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            cy, en = pool.submit(read_all, "cy"), pool.submit(read_all, "en")
            got_cy, got_en = cy.result(timeout=60), en.result(timeout=60)
    finally:
        sys.setswitchinterval(switch)
    assert got_cy == welsh
    assert got_en == english


def test_every_public_query_parameter_has_its_welsh_help() -> None:
    from tirlun import registry

    cy = catalogue("cy")
    reg = registry.registry()
    missing, params = [], 0
    for q in reg.public():
        for p in q.params:
            if not p.help.strip():
                continue
            params += 1
            welsh = cy.get(f"query.{q.name}.param.{p.name}", "").strip()
            if not welsh or welsh == p.help.strip():
                missing.append(f"query.{q.name}.param.{p.name}")
                continue
            assert q.param_help(p.name, "cy") == welsh and q.param_help(p.name, "en") == p.help
    assert params > 20, "the scan found too few parameters: has the registry moved?"
    assert not missing, f"{len(missing)} query parameters have no Welsh help in cy.json: {missing[:10]}"
    stale = sorted(k for k in cy if k.startswith("query.") and ".param." in k
                   and (k.split(".")[1] not in reg.queries
                        or k.split(".")[3] not in {p.name for p in reg.queries[k.split(".")[1]].params}))
    assert not stale, f"cy.json has the Welsh help of parameters that do not exist: {stale}"


def _models() -> list[type]:
    from pydantic import BaseModel

    return [c for c in vars(models).values()
            if isinstance(c, type) and issubclass(c, BaseModel) and c.__module__ == models.__name__]


def test_every_column_has_its_welsh_help_in_the_catalogue() -> None:
    """The Welsh of each column's help (the pydantic field's description is the English) is in cy.json under
    column.<Model>.<field>, the model the table uses or the one that declares the field."""
    cy = catalogue("cy")
    missing, fields = [], 0
    for model in _models():
        for name, f in model.model_fields.items():  # type: ignore[attr-defined]
            if not f.description:
                continue
            fields += 1
            owners = [model.__name__] + [c.__name__ for c in model.__mro__ if name in getattr(c, "__annotations__", {})]
            welsh = next((cy[f"column.{o}.{name}"].strip() for o in owners if cy.get(f"column.{o}.{name}", "").strip()), "")
            # a one-word help may be the same word in both languages ("Sector.")
            if not welsh or (welsh == f.description.strip() and len(welsh.split()) > 1):
                missing.append(f"column.{model.__name__}.{name}")
    assert fields > 100, "the scan found too few columns: have the models moved?"
    assert not missing, f"{len(missing)} columns have no Welsh help in cy.json: {missing[:10]}"
    known = {(m.__name__, n) for m in _models() for n in m.model_fields}  # type: ignore[attr-defined]
    stale = sorted(k for k in cy if k.startswith("column.") and tuple(k.split(".")[1:3]) not in known)
    assert not stale, f"cy.json has the Welsh help of columns that do not exist: {stale}"
    assert not [k for k in catalogue("en") if k.startswith("column.")], "a column's English is its description"


def test_place_names_after_yn_take_the_nasal_mutation() -> None:
    cy = translator("cy")
    # Worked by hand from Welsh grammar: c->ngh, p->mh, t->nh, g->ng, b->m, d->n; yn -> yng/ym to match.
    assert cy.in_place("Cwm Taf Morgannwg") == "yng Nghwm Taf Morgannwg"
    assert cy.in_place("Caerdydd") == "yng Nghaerdydd"
    assert cy.in_place("Pen-y-bont ar Ogwr") == "ym Mhen-y-bont ar Ogwr"
    assert cy.in_place("Tor-faen") == "yn Nhor-faen"
    assert cy.in_place("Gwynedd") == "yng Ngwynedd"
    assert cy.in_place("Bangor") == "ym Mangor"
    assert cy.in_place("Dinbych") == "yn Ninbych"
    assert cy.in_place("Merthyr Tudful") == "ym Merthyr Tudful"
    assert cy.in_place("Rhondda Cynon Taf") == "yn Rhondda Cynon Taf"
    assert cy.in_place("Abertawe") == "yn Abertawe"
    assert cy.in_place("Chwilog") == "yn Chwilog"
    assert EN.in_place("Cwm Taf Morgannwg") == "in Cwm Taf Morgannwg"


def test_every_input_table_has_its_welsh_title_in_the_catalogue() -> None:
    """table.NAME in cy.json is a table's Welsh title (its English is the registry's own); none is stale."""
    cy = catalogue("cy")
    names = {t.name for t in models.TABLES}
    missing = sorted(n for n in names if not cy.get(f"table.{n}", "").strip())
    assert not missing, f"no Welsh title in cy.json for tables: {missing}"
    assert all(cy[f"table.{t.name}"] != t.title_en for t in models.TABLES)
    assert not sorted(k for k in cy if k.startswith("table.") and k.split(".", 1)[1] not in names)
    assert models.TABLES_BY_NAME["attendance"].title("cy") == "Presenoldeb"
    assert models.TABLES_BY_NAME["attendance"].title("en") == "Attendance"


def test_a_value_that_words_itself_is_worded_in_the_readers_language() -> None:
    """A Msg may carry a data column's help (English from the model, Welsh from cy.json column.*): any reader's
    tr.say words it, not only the loader's own code. Expected texts: loader/models.py Attendance.attended_as's
    description and cy.json column.Attendance.attended_as."""
    from tirlun.loader.models import Attendance, ColumnHelp

    said = msg("load.required_help", column="attended_as", help=ColumnHelp(Attendance, "attended_as"))
    assert "attended, deputy or apologies." in EN.say(said)
    assert "mynychodd, dirprwy neu ymddiheuriadau." in translator("cy").say(said)
