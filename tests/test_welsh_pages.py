"""No English on a Welsh page: every text a Welsh reader is shown, anywhere on the page, is read word by word.

Each page is rendered in Welsh against the seeded graph (AppTest, a real Neo4j), and every text it
carries is collected from the element tree: titles, markdown, captions, alerts, metrics, widget labels,
options, placeholders and help, tabs and expanders, download buttons and page links, table headers and
cells, chart titles, axis and tooltip texts and the data values a chart writes, the network picture's
labels and tooltips, HTML text and its alt/title/aria-label attributes, and the browser tab's title.

From each text the names of the graph's entities are removed (partnerships, organisations, posts,
areas and regions, legislation, datasets, themes, in both languages, read once from the graph through
the project's own queries), then anything code-like (ids, numbers, dates, URLs, file names, inline code,
quoted values, the input format's own table, column and code names where they stand alone). What is
left is Welsh prose; any word of ENGLISH in it (common English words that are not also Welsh words)
is a leak. A second check keeps the older rule: no text reads as a whole English catalogue string.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import pytest
from google.protobuf.message import Message
from streamlit import dataframe_util

from tirlun.database import Database
from tirlun.i18n import catalogue
from tirlun.loader import models
from tirlun.loader.export import graph_rows

from app_support import PAGES, app, no_exception

# Common English words that are not also Welsh words. Left out on purpose, being Welsh as well (or a mutated
# Welsh form): a, i, at, am, an, ac, ar, o, yn, is, mae, dan, man, hen, men, to, do, be, go, no, so, on, us, he,
# hi, her, all, can, cost, data, post, map, plan, problem, sector, set, stop, top, run, ran, log, law, pair, union,
# well, non, per, sub, ward, staff, hybrid, test, sum, mor, person, help, his and him (h- after "ei": "ei his-grwpiau"),
# than ("a than": and under); and "English", which the language switch rightly shows.
_ENGLISH_WORDS = """
the and of with for this that from which are was were not each every these those there their they them then
what when where who whom whose why how has have had been being will would could should must may might shall into
onto over under about after before between without within across through during only also some any many much more
most such its it your you our we by or as if but up out yes none use one two three both either neither other
others same very just still yet already here because while until since in get got let see seen ago due
meeting meetings partnership partnerships member members membership memberships shared share shares download
downloads show shows shown showing hide year years month months week weeks day days date dates today yesterday
organisation organisations organization organizations people posts seat seats board boards group groups
region regions regional area areas theme themes dataset datasets flow flows legislation duty duties section sections
statutory national local government health council councils social care services service public community safety
network overlap overlaps profile profiles overview compare comparison governance assessment assessments console
query queries result results score scores rule rules chair deputy secretariat apologies attended attendance hours hour
minutes total totals average median mean count counts number numbers list lists table tables chart charts page pages
file files upload uploaded uploads load loaded loading export search filter select choose chosen sign signed
error errors warning warnings problems found written nothing everything something open opened closed active inactive
unknown illustrative source sources sourced rests records record row rows column columns value values fix command
again write read name names title kind type level role roles format frequency monthly quarterly annually weekly yearly
online job link links node nodes edge edges focus key legend colour color size slide slides workshop mode view views
full whole first last next previous new old latest earliest current start end missing invited duplicate duplicates
unused personal unrecorded cycle report reports terms reference review overdue past subgroup subgroups wider bodies
body own holds held hold near pairs common similar similarity measure education housing police fire probation justice
youth children adults click change changed changes save saved edit editor admin viewer password settings setting
language contact less fewer least highest lowest bottom left right above below expand collapse close
please wait running stopped ready empty answer question questions step steps finding findings evidence based should
valid invalid required allowed input output note notes
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())

# Where a text stands, so a failure says which element showed it.
TEXT_FIELDS = {"body", "label", "help", "options", "placeholder", "alt", "srcdoc", "spec", "caption", "default",
               "value", "text"}
SKIP_TYPES = {"code"}  # a query's Cypher (the console's own library) is code, not prose


@dataclass(frozen=True)
class Shown:
    where: str   # element type and field, with its place in the page ("dataframe cell [Gwerth]", "caption.body")
    text: str
    whole: bool = False  # one value on its own (a table cell, an option): an identifier there is code


# -- what the page shows ----------------------------------------------------------------------
class _Visible(HTMLParser):
    """The text of an HTML fragment a reader sees or hears: its text, <title>, alt/title/aria-label/placeholder,
    and in scripts the labels and titles handed to the page (vis.js nodes and edges, document.title)."""

    SCRIPT_TEXT = re.compile(r'"(?:label|title)"\s*:\s*"((?:[^"\\]|\\.)*)"|\btitle\s*=\s*"((?:[^"\\]|\\.)*)"')

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self._in.append(tag)
        self.parts += [v for k, v in attrs if k in ("alt", "title", "aria-label", "placeholder") and v]

    def handle_endtag(self, tag: str) -> None:
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if "style" in self._in:
            return
        if "script" in self._in:
            for a, b in self.SCRIPT_TEXT.findall(data):
                text = json.loads(f'"{a or b}"')
                self.parts += visible_html(text) if "<" in text else [text]
            return
        self.parts.append(data)


def visible_html(text: str) -> list[str]:
    parser = _Visible()
    parser.feed(text)
    parser.close()
    return [p for p in parser.parts if p.strip()]


def _frame_texts(data: bytes, where: str, columns_config: str = "") -> Iterator[Shown]:
    """A table's shown headers and string cells (hidden columns and the index left out)."""
    frame = dataframe_util.convert_arrow_bytes_to_pandas_df(data)
    config = json.loads(columns_config) if columns_config else {}
    for column in frame.columns:
        conf = config.get(str(column), {}) if isinstance(config, dict) else {}
        if conf.get("hidden"):
            continue
        yield Shown(f"{where} header", str(conf.get("label") or column), whole=True)
        if conf.get("help"):
            yield Shown(f"{where} help [{column}]", str(conf["help"]))
        for cell in frame[column]:
            for value in (cell if isinstance(cell, (list, tuple)) else [cell]):
                if isinstance(value, str) and value.strip():
                    yield Shown(f"{where} cell [{column}]", value, whole=True)


CHART_TEXT_KEYS = {"title", "text", "description", "subtitle"}
CHART_LEGENDS = {"color", "fill", "stroke", "shape", "size", "opacity", "strokeDash"}


def _chart_texts(spec: dict[str, Any]) -> tuple[list[str], set[str]]:
    """A Vega-Lite spec's own words, and the data fields it writes on the picture (axes, legends, tooltips, text)."""
    words: list[str] = []
    fields: set[str] = set()

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            if key == "encoding":
                for channel, enc in node.items():
                    for e in (enc if isinstance(enc, list) else [enc]):
                        if not isinstance(e, dict) or "field" not in e:
                            continue
                        shown = channel in ("tooltip", "text") or (
                            channel in ("x", "y", "row", "column", "facet") and e.get("axis", {}) is not None
                            and e.get("type") in ("nominal", "ordinal"))
                        shown = shown or (channel in CHART_LEGENDS and e.get("legend", {}) is not None)
                        if shown:
                            fields.add(str(e["field"]))
            if key == "locale":
                return  # the month and day names of the chart's locale (Welsh already, and not prose)
            for k, v in node.items():
                if k in CHART_TEXT_KEYS and isinstance(v, str):
                    words.append(v)
                elif k in CHART_TEXT_KEYS and isinstance(v, list):
                    words.extend(x for x in v if isinstance(x, str))
                elif k in CHART_TEXT_KEYS and isinstance(v, dict) and isinstance(v.get("value"), str):
                    words.append(v["value"])
                if k == "values" and key == "data" and isinstance(v, list):
                    continue  # inline rows: read below with the shown fields
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)

    walk(spec)
    return words, fields


def _proto_texts(node_type: str, proto: Message, where: str) -> Iterator[Shown]:
    if node_type in SKIP_TYPES:
        return
    if node_type == "dataframe":
        yield from _frame_texts(proto.arrow_data.data, where, proto.columns)  # type: ignore[attr-defined]
        return
    if node_type in ("vega_lite_chart", "arrow_vega_lite_chart"):
        spec = json.loads(proto.spec or "{}")  # type: ignore[attr-defined]
        words, fields = _chart_texts(spec)
        yield from (Shown(f"{where} chart text", w) for w in words)
        frames = [d.data.data for d in proto.datasets]  # type: ignore[attr-defined]
        if proto.HasField("data"):  # type: ignore[attr-defined]
            frames.append(proto.data.data)  # type: ignore[attr-defined]
        rows = [r for d in _walk_dicts(spec) if isinstance(d.get("data"), dict)
                for r in d["data"].get("values", []) if isinstance(r, dict)]
        for data in frames:
            if data:
                frame = dataframe_util.convert_arrow_bytes_to_pandas_df(data)
                rows += frame.to_dict("records")
        for row in rows:
            for f in fields:
                if isinstance(row.get(f), str) and row[f].strip():
                    yield Shown(f"{where} chart value [{f}]", row[f], whole=True)
        return
    for fd, value in proto.ListFields():
        values = list(value) if fd.is_repeated else [value]
        for v in values:
            if isinstance(v, Message):
                yield from _proto_texts(node_type, v, f"{where}.{fd.name}")
            elif isinstance(v, str) and fd.name in TEXT_FIELDS and v.strip():
                if node_type in ("html", "iframe") or fd.name == "srcdoc" or "<" in v:
                    yield from (Shown(f"{where}.{fd.name}", p) for p in visible_html(v))
                else:
                    yield Shown(f"{where}.{fd.name}", v, whole=fd.name == "options")


def _walk_dicts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk_dicts(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk_dicts(v)


def shown(at: Any) -> list[Shown]:
    """Every text of the page (main area and sidebar), with where it stands."""
    out: list[Shown] = []

    def walk(node: Any, path: str) -> None:
        proto = getattr(node, "proto", None)
        kind = str(getattr(node, "type", type(node).__name__))
        if isinstance(proto, Message):
            out.extend(_proto_texts(kind, proto, f"{kind} at {path}"))
        for i, child in getattr(node, "children", {}).items():
            walk(child, f"{path}/{i}")

    walk(at._tree, "page")
    return out


# -- what is not prose: names and code -----------------------------------------------------
NAME_COLUMNS = ("name_en", "name_cy", "short_name", "short_name_cy", "title_en", "title_cy", "citation",
                "job_title_en", "job_title_cy", "display_name", "code")
# The data's own free text, as its authors wrote it (a source, a note, a purpose): theirs, not the app's.
DATA_TEXT_COLUMNS = ("source", "source_cy", "note", "notes", "purpose_en", "purpose_cy", "legislation_section",
                     "duty_section", "members_section", "representing", "protocol_ref")
# Catalogue strings written in both languages on purpose: the language switch, so anyone can find it.
BILINGUAL_KEYS = ("sidebar.language",)


@dataclass(frozen=True)
class NotProse:
    names: tuple[str, ...]        # the data's names and free text, longest first
    ids: frozenset[str]
    columns: frozenset[str]       # the input format's column names and the library queries' parameter names
    identifiers: frozenset[str]   # those, the format's tables and code values, and the parameters' choices


def graph_names(db: Database) -> NotProse:
    """Every entity's names in both languages, the data's free text and every id, read from the graph through the
    project's own queries (known_ids, app_regions and the export queries the loader's export reads)."""
    known = db.read("known_ids", {"region": None})
    ids: dict[str, set[str]] = {}
    for r in known:
        ids.setdefault(str(r["label"]), set()).add(str(r["id"]))
    regions = {str(r["owner"]) for r in known if r["label"] == "Partnership"}
    regions |= {str(r["id"]) for r in db.read("app_regions")}
    rows: list[dict[str, Any]] = []
    for table, label in (("areas", "Area"), ("themes", "Theme"), ("legislation", "Legislation"),
                         ("organisations", "Organisation")):
        rows += graph_rows(db, table, None, ids.get(label, set()))
    rows += graph_rows(db, "organisation_names", None, ids.get("Organisation", set()))
    for region in sorted(regions):
        rows += graph_rows(db, "partnerships", region, ids.get("Partnership", set()))
        for table in ("people", "datasets", "meetings", "dataset_flows", "memberships", "seats", "assessments"):
            rows += graph_rows(db, table, region)
    texts = {markdown_plain(str(r[c])).strip() for r in rows for c in (*NAME_COLUMNS, *DATA_TEXT_COLUMNS)
             if r.get(c) and str(r[c]).strip()}
    all_ids = {str(r["id"]) for r in rows if r.get("id")} | {i for s in ids.values() for i in s} | regions
    assert len(texts) > 50 and len(all_ids) > 50, "the graph's names were not read: is the seed loaded?"
    return not_prose_of(texts, all_ids)


def not_prose_of(texts: set[str], ids: set[str]) -> NotProse:
    from tirlun import registry

    queries = registry.registry().public()
    columns = {c for t in models.TABLES for c in t.columns} | {p.name for q in queries for p in q.params}
    codes = {t.name for t in models.TABLES} | {str(m.value) for e in vars(models).values()
                                              if isinstance(e, type) and issubclass(e, models.StrEnum)
                                              and e is not models.StrEnum for m in e}
    codes |= {str(c) for q in queries for p in q.params for c in p.choices}
    return NotProse(tuple(sorted(texts, key=len, reverse=True)), frozenset(ids), frozenset(columns),
                    frozenset(columns | codes))


CODE = re.compile(
    r"`[^`]*`"                                     # inline code
    r"|\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+"        # URLs
    r"|\S+@\S+\.\w+"                               # e-mail addresses
    r"|:material/\w+:|:[a-z_]+:"                   # Streamlit icon codes
    r"|(?<!\w)'[^'\n]{1,80}'(?!\w)|\"[^\"\n]{1,80}\""  # quoted values: the reader's own cells, ids, settings
    r"|\S*[\d_@#=<>{}|~^\\]\S*"                    # numbers, dates, ids, snake_case, markup
    r"|(?:\S*/){2,}\S*|(?<!\S)/\S+|\S*/\S*\.\w+"       # paths (a/neu stays two words)
    r"|\S+\.(?:csv|xlsx|zip|json|md|html|py|toml|cypher|txt)\b"
)
LINK_TEXT = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>$])")
# "un o: a, b neu c": the values a reader must type, as the format writes them (an English "one of" stays English)
CHOICES = re.compile(r"\bun o\s*:?\s*((?:[\w-]+(?:\s*,\s*|\s+neu\s+))*[\w-]+)", re.I)
# a list of several of the format's names ("id, name_en, name_cy"; "areas 17; themes 22"), joined the Welsh way
LISTED = re.compile(r"[\w-]+(?:\s+\d[\d,]*)?(?:\s*[,;]\s*[\w-]+(?:\s+\d[\d,]*)?)+(?:\s+(?:neu|a|ac)\s+[\w-]+)?")
# a console parameter's label: its name, then its type in brackets ("region (testun)")
PARAM_LABEL = re.compile(r"^([a-z][a-z0-9_]*) \(")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def markdown_plain(text: str) -> str:
    return MD_ESCAPE.sub(r"\1", html.unescape(text))


def prose(item: Shown, not_prose: NotProse) -> str:
    """The text with names and code taken out: what is left must be Welsh."""
    text = markdown_plain(item.text)
    if " ".join(text.split()) in {catalogue("cy")[k] for k in BILINGUAL_KEYS}:
        return ""
    for name in not_prose.names:
        if name in text:
            text = text.replace(name, " ")
    text = LINK_TEXT.sub(r" \1 ", text)
    text = CHOICES.sub(" ", text)

    def listed(m: re.Match[str]) -> str:
        words = [w for w in re.findall(r"[\w-]+", m.group(0)) if not w[0].isdigit() and w not in ("neu", "a", "ac")]
        return " " if all(w in not_prose.identifiers or w in not_prose.ids for w in words) else m.group(0)

    text = LISTED.sub(listed, text)
    label = PARAM_LABEL.match(text)
    if label and label.group(1) in not_prose.columns:
        text = text[label.end() - 1:]
    text = CODE.sub(" ", text)
    if item.whole and text.strip() in not_prose.columns | not_prose.ids:
        return ""  # a cell holding only a column's name (the problems table's Column) or an id
    return " ".join(w for w in text.split() if w.strip(".,;:!?()[]") not in not_prose.ids)


def english_words(text: str) -> list[str]:
    found = []
    for token in WORD.findall(text):
        if token.isupper() and len(token) > 1:
            continue  # an abbreviation (CSV, PSB)
        for part in re.split(r"-", token):
            base = re.split(r"['’]", part)[0].lower()
            if base in ENGLISH or part.lower() in ENGLISH:
                found.append(part)
    return found


def english_on(items: list[Shown], not_prose: NotProse) -> list[tuple[str, str, str]]:
    """(element, English words, the text) for every text that still holds English once names and code are out."""
    out = []
    for item in items:
        words = english_words(prose(item, not_prose))
        if words:
            text = " ".join(item.text.split())
            out.append((item.where, ", ".join(dict.fromkeys(words)), text[:200] + ("…" if len(text) > 200 else "")))
    return sorted(set(out))


# -- the English catalogue's sentences, whole ----------------------------------------------
PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?(?::[^}]*)?\}")


def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    return {k: re.compile(".+".join(re.escape(p) for p in PLACEHOLDER.split(v)), re.S) for k, v in catalogue(lang).items()}


def english_catalogue_strings(texts: list[str]) -> list[tuple[str, str]]:
    """Texts that read as a whole English catalogue string whose Welsh differs (placeholders match anything)."""
    en, cy = catalogue("en"), catalogue("cy")
    english, welsh = _patterns("en"), _patterns("cy")
    keys = [k for k, v in en.items() if cy.get(k, v) != v and len(v) >= 4 and not k.startswith(("time.", "common.unknown"))]
    return sorted({(k, t) for t in texts for k in keys if english[k].fullmatch(t) and not welsh[k].fullmatch(t)})


# -- the tests -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def not_prose(seeded: Database) -> NotProse:
    return graph_names(seeded)


def report(page: str, found: list[tuple[str, str, str]]) -> str:
    lines = [f"English on the Welsh {page} page ({len(found)} texts):"]
    lines += [f"  {where}: [{words}] {text!r}" for where, words, text in found[:40]]
    return "\n".join(lines)


@pytest.mark.parametrize("page", PAGES)
def test_a_welsh_page_shows_no_english(seeded: Database, not_prose: NotProse, page: str) -> None:
    at = app("cy", page)
    no_exception(at)
    items = shown(at)
    assert len(items) > 10, f"too few texts collected on {page}: has the element tree changed?"
    found = english_on(items, not_prose)
    whole = english_catalogue_strings([" ".join(i.text.split()) for i in items])
    assert not found and not whole, report(page, found) + (f"\n  catalogue strings in English: {whole[:8]}"
                                                           if whole else "")


# An upload with one mistake of each kind pydantic and the reader catch; the cells are the user's own text.
BAD_AREAS = ("id,name_en,kind,population,population_year,source,as_of,illustrative\n"
             "north-x,North X,region,lots,1066,s,2025-01-01,maybe\n"
             "south-x,,county,12.5,2020,s,31/02/2025,no\n")
BAD_THEMES = "id,name_en,colour,source,as_of\ngreen-x,Green X,green,s,2025-01-01\n"
UPLOADED = ("North X", "Green X", "lots", "maybe", "green", "31/02/2025", "colour", "12.5")


def test_a_welsh_reader_of_a_bad_upload_reads_no_english(seeded: Database, not_prose: NotProse) -> None:
    """Problems found in an upload (pydantic's checks and the reader's own) are worded in Welsh, every one."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("input/areas.csv", BAD_AREAS)
        zf.writestr("input/themes.csv", BAD_THEMES)
    at = app("cy", "data")
    at.file_uploader[0].upload("input.zip", buf.getvalue(), "application/zip")
    at.run()
    no_exception(at)
    assert at.error, "the bad upload was not refused"
    problems = at.dataframe[0].value
    assert len(problems) >= 5, problems.to_dict("records")  # population(s), year, illustrative, name_en, as_of, colour
    theirs = NotProse(tuple(sorted(set(not_prose.names) | set(UPLOADED), key=len, reverse=True)),
                      not_prose.ids, not_prose.columns, not_prose.identifiers)
    found = english_on(shown(at), theirs)
    assert not found, report("data (bad upload)", found)


def test_the_detector_finds_english_and_leaves_welsh_names_and_code_alone() -> None:
    """The rule itself, on sentences written by hand: it must see English, and must not cry wolf at Welsh."""
    names = not_prose_of({"Cwm Taf Morgannwg Regional Partnership Board", "Bwrdd Partneriaeth Ranbarthol Cwm Taf Morgannwg",
                          "Chief Executive", "Health"}, {"ctm-rpb", "ctm"})

    def leaks(text: str, whole: bool = False) -> list[str]:
        return english_words(prose(Shown("test", text, whole), names))

    welsh = [
        "Mae'r bwrdd yn cwrdd bob mis, a'r is-grŵp o dan y cadeirydd; am 2 awr ar 15/09/2025, i'w adolygu.",
        "Dyma'r man lle mae hen ddata ac at ddibenion y post: un o partnership, organisation neu person.",
        "Nid yw '31/02/2025' yn ddyddiad go iawn: gwiriwch y diwrnod a'r mis.",
        "Gweler `tirlun validate seed/ctm` a https://example.org/the-list neu docs/security.md.",
        "Gofynnol: llenwch name_en. Enw yn Saesneg.",
        "Cwm Taf Morgannwg Regional Partnership Board (ctm-rpb): Chief Executive, Health",
        "[Lawrlwytho'r rhestr](https://example.org/download/the-full-list)",
    ]
    for text in welsh:
        assert leaks(text) == [], text
    assert leaks("illustrative", whole=True) == []  # a column's name standing alone in a cell
    assert leaks("attended", whole=True) == ["attended"]  # a stored code shown where its Welsh label belongs
    assert leaks("Y colofnau yw: id, name_en, name_cy, source, as_of ac illustrative.") == []
    assert leaks("Defnyddiwch un o: attended, deputy neu apologies.") == []
    assert leaks("region (testun)") == []
    assert leaks("areas 17; area_parents 42; themes 22") == []
    assert leaks("Iaith / Language") == []  # the language switch, bilingual on purpose
    assert leaks("Use one of: attended, deputy or apologies.") == ["Use", "one", "of", "or", "apologies"]
    assert leaks("Download the full list") == ["Download", "the", "full", "list"]
    assert leaks("Cyfarfodydd y Partnerships") == ["Partnerships"]
    assert leaks("Input should be a valid integer, unable to parse string as an integer") == [
        "Input", "should", "valid", "as"]
    assert leaks("Yn dangos 5 o 20 — members shared with the region's board") == [
        "members", "shared", "with", "the", "region's", "board"]
    assert leaks("Rhwydwaith: well-being") == ["being"]
