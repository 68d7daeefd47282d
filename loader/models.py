"""The Tirlun data format: one pydantic model per input table.

These models are the single source of truth. Templates, validation, the format
documentation (docs/data-format.md) and the load plan are all generated from them,
so a column added here appears everywhere at once.

Conventions shared by every table:
- ids are short, stable slugs (``ctm``, ``rctcbc``, ``ctm-psb``);
- list columns hold several ids separated by ``;``;
- dates may be ISO (2024-05-18), dd/mm/yyyy or Excel serial numbers;
- every row carries ``source`` (URL or citation), ``as_of`` and ``illustrative``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from tirlun.i18n import Msg, Translator, catalogue, msg

# ---------------------------------------------------------------------------
# Value parsers (used through Annotated types so every model shares them)
# ---------------------------------------------------------------------------

EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class CellError(ValueError):
    """A cell that cannot be read, as a catalogue key and its values.

    Why: validation reports it in the reader's language (loader/validate.py keeps ``said``, a ``Msg``,
    for the reader's translator to word); ``str()`` gives the English sentence, for pydantic and for logs.
    """

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(str(self.said))

    @property
    def said(self) -> Msg:
        return msg(self.key, **self.values)

    def say(self, tr: Translator) -> str:
        return tr.say(self.said)


def _blank_to_none(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas/openpyxl
        return None
    if isinstance(value, str) and value.strip() == "":
        return None
    return value


def parse_date(value: Any) -> dt.date | None:
    """Accept ISO, dd/mm/yyyy and Excel serial dates, because coordinators use all three."""
    value = _blank_to_none(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _excel_serial(float(value)).date()
    text = str(value).strip()
    if re.fullmatch(r"\d{4,5}(\.\d+)?", text):
        return _excel_serial(float(text)).date()
    m = _DMY.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise CellError("load.not_real_date", text=text) from None
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) > 10 and text[10] in "T " else dt.date.fromisoformat(text)
    except ValueError:
        raise CellError("load.not_a_date", text=text) from None


def parse_datetime(value: Any) -> dt.datetime | None:
    """Accept ISO date-times, 'dd/mm/yyyy hh:mm' and Excel serials (fraction = time of day)."""
    value = _blank_to_none(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _excel_serial(float(value))
    text = str(value).strip()
    if re.fullmatch(r"\d{4,5}(\.\d+)?", text):
        return _excel_serial(float(text))
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$", text)
    if m:
        d, mo, y, h, mi = m.groups()
        try:
            return dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
        except ValueError:
            raise CellError("load.not_real_datetime", text=text) from None
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise CellError("load.not_a_datetime", text=text) from None


def _excel_serial(serial: float) -> dt.datetime:
    if not 1 <= serial < 2958466:
        raise CellError("load.excel_range", serial=f"{serial:g}")
    return dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=serial)


_TRUE = {"true", "yes", "y", "1", "ie", "gwir", "t"}
_FALSE = {"false", "no", "n", "0", "na", "naddo", "gau", "f"}


def parse_bool(value: Any) -> bool | None:
    """Accept English and Welsh yes/no words as well as true/false."""
    value = _blank_to_none(value)
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError("load.not_yes_no", text=str(value))


def parse_list(value: Any) -> list[str]:
    value = _blank_to_none(value)
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def to_cell(value: Any, exact: bool = False) -> str:
    """A value as the text a CSV cell holds: what the parse_* functions read back unchanged.

    ``exact`` (exports) keeps every digit of a float and writes a date-time to the minute unless it
    has seconds; templates and the seed write floats short (2, not 2.0).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value) if exact else f"{value:g}"
    if exact and isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    return str(value)


def parse_text(value: Any) -> str | None:
    value = _blank_to_none(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def check_id(value: Any) -> str:
    text = parse_text(value)
    if text is None:
        raise CellError("load.id_required")
    if not _ID.match(text):
        raise CellError("load.bad_id", text=text)
    return text


def parse_number(value: Any) -> Any:
    value = _blank_to_none(value)
    if isinstance(value, str):
        return value.strip().replace(",", ".")
    return value


Id = Annotated[str, BeforeValidator(check_id)]
OptId = Annotated[str | None, BeforeValidator(lambda v: None if _blank_to_none(v) is None else check_id(v))]
Text = Annotated[str, BeforeValidator(parse_text)]
OptText = Annotated[str | None, BeforeValidator(parse_text)]
Date = Annotated[dt.date, BeforeValidator(parse_date)]
OptDate = Annotated[dt.date | None, BeforeValidator(parse_date)]
DateTime = Annotated[dt.datetime, BeforeValidator(parse_datetime)]
Bool = Annotated[bool, BeforeValidator(parse_bool)]
OptBool = Annotated[bool | None, BeforeValidator(parse_bool)]
IdList = Annotated[list[Id], BeforeValidator(parse_list)]
OptFloat = Annotated[float | None, BeforeValidator(parse_number)]
Float = Annotated[float, BeforeValidator(parse_number)]
OptInt = Annotated[int | None, BeforeValidator(parse_number)]
Int = Annotated[int, BeforeValidator(parse_number)]


def col(en: str, *, example: Any = None, default: Any = ..., **kwargs: Any) -> Any:
    """A column: its English explanation and an example for the template.

    Its Welsh lives in the catalogue (tirlun/i18n/cy.json) as ``column.<Model>.<field>``, the model
    that declares the field; ``column_help`` reads either language.
    """
    return Field(default, description=en, json_schema_extra={"example": example}, **kwargs)


def welsh_help(model: type[BaseModel], column: str) -> str | None:
    """A column's Welsh explanation: ``column.<Model>.<field>`` of the nearest class that has one.

    Why the nearest class: a column every table shares (``source``, ``as_of``...) is explained once,
    under the class that declares it (``column.Row.source``), and a subclass may explain its own.
    """
    welsh = catalogue("cy")
    for cls in model.__mro__:
        text = welsh.get(f"column.{cls.__name__}.{column}")
        if text:
            return text
    return None


def column_help(model: type[BaseModel], column: str, lang: str) -> str:
    """A column's explanation in ``lang``: the Welsh from the catalogue, else the field's own English description."""
    welsh = welsh_help(model, column) if lang == "cy" else None
    return welsh or model.model_fields[column].description or ""


@dataclass(frozen=True)
class ColumnHelp:
    """A column's explanation as a value of a ``Msg``, worded in the reader's language.

    Why: a validation problem ("Required: fill in name_en. {help}") is worded by its reader, and the
    column's Welsh is in the catalogue while its English is the model's own; ``Problem.say`` words
    this with ``say(tr)``, and ``str()`` (the English of a ``Msg``) gives the English.
    """

    model: type[BaseModel]
    column: str

    def say(self, tr: Translator) -> str:
        return column_help(self.model, self.column, tr.lang)

    def __str__(self) -> str:
        return column_help(self.model, self.column, "en")


# ---------------------------------------------------------------------------
# Enumerations (values are stable; labels for the UI live in the i18n catalogue)
# ---------------------------------------------------------------------------


class AreaKind(StrEnum):
    nation = "nation"
    region = "region"
    local_authority = "local_authority"
    health_board_area = "health_board_area"
    police_area = "police_area"
    fire_area = "fire_area"
    city_region = "city_region"
    other = "other"


class Sector(StrEnum):
    local_government = "local_government"
    health = "health"
    police = "police"
    fire_and_rescue = "fire_and_rescue"
    probation_and_justice = "probation_and_justice"
    third_sector = "third_sector"
    housing = "housing"
    education = "education"
    environment = "environment"
    national_government = "national_government"
    inspectorate = "inspectorate"
    commissioner = "commissioner"
    other = "other"


class OrgType(StrEnum):
    """Finer than sector: what legislation names when it lists statutory members."""

    local_authority = "local_authority"
    local_health_board = "local_health_board"
    nhs_trust = "nhs_trust"
    police_force = "police_force"
    police_and_crime_commissioner = "police_and_crime_commissioner"
    fire_and_rescue_authority = "fire_and_rescue_authority"
    natural_resources_wales = "natural_resources_wales"
    probation_service = "probation_service"
    prison = "prison"
    welsh_government = "welsh_government"
    county_voluntary_council = "county_voluntary_council"
    third_sector_organisation = "third_sector_organisation"
    housing_association = "housing_association"
    university = "university"
    school_or_college = "school_or_college"
    inspectorate = "inspectorate"
    commissioner = "commissioner"
    public_body = "public_body"
    other = "other"


class PartnershipKind(StrEnum):
    rpb = "rpb"
    psb = "psb"
    safeguarding_board = "safeguarding_board"
    community_safety_partnership = "community_safety_partnership"
    area_planning_board = "area_planning_board"
    vawdasv = "vawdasv"
    youth_justice_board = "youth_justice_board"
    scrutiny_committee = "scrutiny_committee"
    resilience_forum = "resilience_forum"
    city_region = "city_region"
    other = "other"


class Level(StrEnum):
    board = "board"
    subgroup = "subgroup"
    task_and_finish = "task_and_finish"


class Frequency(StrEnum):
    weekly = "weekly"
    fortnightly = "fortnightly"
    monthly = "monthly"
    bimonthly = "bimonthly"
    quarterly = "quarterly"
    biannual = "biannual"
    annual = "annual"
    ad_hoc = "ad_hoc"


class MemberRole(StrEnum):
    statutory_member = "statutory_member"
    invited_participant = "invited_participant"
    member = "member"
    observer = "observer"
    chair = "chair"
    vice_chair = "vice_chair"
    secretariat = "secretariat"


class MeetingFormat(StrEnum):
    in_person = "in_person"
    virtual = "virtual"
    hybrid = "hybrid"


class AttendanceAs(StrEnum):
    attended = "attended"
    deputy = "deputy"
    apologies = "apologies"


class DatasetKind(StrEnum):
    """What information governance asks of it (WASPI: personal information is shared between data controllers).

    Why: only personal data needs an information sharing protocol or a data disclosure agreement to travel; an
    aggregate or statistical set and a published report or assessment need none.
    """

    personal = "personal"  # personal data (UK GDPR / DPA 2018)
    aggregate = "aggregate"  # aggregate or statistical, no one identifiable
    published = "published"  # a published report, plan or assessment


class DatasetForm(StrEnum):
    """What the artefact is: an assessment of need, a plan, a report... (the old meaning of ``kind``)."""

    assessment = "assessment"
    plan = "plan"
    report = "report"
    strategy = "strategy"
    register = "register"
    data_collection = "data_collection"


class Agreement(StrEnum):
    """The protocol personal data travels under between data controllers (WASPI's templates, or a statutory duty).

    Empty means none recorded. WASPI: an information sharing protocol (ISP) supports regular, reciprocal sharing
    between controllers for a specified purpose; a data disclosure agreement (DDA) a one-way disclosure from one
    controller to others; a joint controller agreement (JCA) controllers jointly deciding the purpose and means
    (UK GDPR Art. 26). https://www.waspi.gov.wales/framework-documentation/
    """

    waspi_isp = "waspi_isp"
    waspi_dda = "waspi_dda"
    waspi_jca = "waspi_jca"
    statutory = "statutory"  # a statutory duty or return (e.g. the CCA 2004 duty to share, a statutory data return)
    other = "other"


# The values of the old ``kind`` column (before issue 20): now the ``form`` column.
_OLD_DATASET_KINDS = frozenset(DatasetForm)
# Columns renamed by issue 20, by table: an old file names the old column, and is told the new one.
RENAMED_COLUMNS: dict[str, dict[str, str]] = {
    "datasets": {"holder_id": "controller_id", "personal_data": "kind"},
    "dataset_flows": {"agreement": "protocol", "agreement_ref": "protocol_ref"},
}


# The catalogue group that labels each code list (``attended_as.deputy``: "Deputy", "Dirprwy").
LABEL_GROUPS: dict[type[StrEnum], str] = {
    AreaKind: "area_kind", Sector: "sector", OrgType: "org_type", PartnershipKind: "partnership_kind", Level: "level",
    Frequency: "frequency", MemberRole: "role", MeetingFormat: "format", AttendanceAs: "attended_as",
    DatasetKind: "data.kind", DatasetForm: "data.form", Agreement: "data.protocol",
}


@cache
def _label_codes(annotation: Any) -> dict[str, str] | None:
    """label or code (casefolded, either language) -> code, for a column of one labelled code list; else None.

    A label two codes share names neither, so it is left for validation to refuse with the list of codes.
    """
    for kind in (annotation, *get_args(annotation)):
        if isinstance(kind, type) and issubclass(kind, StrEnum) and kind in LABEL_GROUPS:
            group = LABEL_GROUPS[kind]
            seen: dict[str, set[str]] = {}
            for member in kind:
                for lang in ("en", "cy"):
                    label = catalogue(lang).get(f"{group}.{member.value}")
                    if label:
                        seen.setdefault(label.strip().casefold(), set()).add(member.value)
            codes = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
            codes.update({m.value.casefold(): m.value for m in kind})
            return codes
    return None


class TargetKind(StrEnum):
    organisation = "organisation"
    partnership = "partnership"


class Framework(StrEnum):
    spat = "spat"  # Social Partnership Assessment Tool (seed 003)
    maef = "maef"  # multi-agency effectiveness factors (seed 004)


class Criterion(StrEnum):
    """The criteria a partnership can score itself against (see glossary)."""

    spat_purpose = "spat_purpose"
    spat_engagement = "spat_engagement"
    spat_principles = "spat_principles"
    spat_cascade = "spat_cascade"
    spat_monitoring = "spat_monitoring"
    maef_key_worker = "maef_key_worker"
    maef_information_sharing = "maef_information_sharing"
    maef_joint_training = "maef_joint_training"
    maef_co_location = "maef_co_location"
    maef_joint_funding = "maef_joint_funding"
    maef_empowering_parents = "maef_empowering_parents"
    maef_clarity_accountability = "maef_clarity_accountability"
    maef_leadership = "maef_leadership"
    maef_power_sharing = "maef_power_sharing"
    maef_shared_language = "maef_shared_language"

    @property
    def framework(self) -> Framework:
        return Framework(self.value.split("_", 1)[0])


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


class Row(BaseModel):
    """Columns every table has: provenance, so no fact in the graph is unsourced."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, use_enum_values=True, validate_default=True
    )

    source: Text = col(
        "Where the fact comes from: a URL or a citation.",
        example="https://www.legislation.gov.uk/anaw/2015/2/section/29",
    )
    as_of: Date = col(
        "Date the fact was true or last checked.",
        example="2025-11-01",
    )
    illustrative: Bool = col(
        "true if the detail is invented for illustration, not a sourced fact.",
        example="false",
        default=False,
    )
    note: OptText = col(
        "Free-text note, e.g. why a row is illustrative.",
        example="",
        default=None,
    )

    def cell(self, column: str) -> Any:
        """A column's value by name: for code that reads the columns the table registry names (keys, references)."""
        return getattr(self, column)

    @model_validator(mode="before")
    @classmethod
    def _blank_means_default(cls, data: Any) -> Any:
        """An empty cell means 'not given', so the column's default applies; a coded cell may hold its label.

        Why labels: the app and the Welsh help name a code by its label ("Dirprwy", "Bob chwarter"), so a
        coordinator who types the label they were shown, in either language, gets the code it names.
        """
        if isinstance(data, dict):
            kept = {k: v for k, v in data.items() if _blank_to_none(v) is not None}
            for name, value in kept.items():
                field_info = cls.model_fields.get(name)
                annotation: Any = field_info.annotation if field_info is not None else None
                codes = _label_codes(annotation) if annotation is not None else None
                if codes and isinstance(value, str):
                    kept[name] = codes.get(value.strip().casefold(), value)
            return kept
        return data


class Bilingual(Row):
    """A table with Welsh-language columns: their provenance can be recorded apart from the row's.

    Why: a row is sourced only if every filled column is; a Welsh name often comes from a different
    page than the English facts (or from none), so ``source_cy`` says where the Welsh columns come from.
    """

    source_cy: OptText = col(
        "Where the Welsh-language columns come from, when not from source (URL or citation). "
        "Leave empty if source gives them; a row whose Welsh columns have no source is illustrative.",
        example="",
        default=None,
    )


class Area(Bilingual):
    id: Id = col("Short stable id.", example="bridgend")
    name_en: Text = col("Name in English.", example="Bridgend")
    name_cy: OptText = col("Name in Welsh.", example="Pen-y-bont ar Ogwr", default=None)
    kind: AreaKind = col("Kind of area.", example="local_authority")
    parent_id: OptId = col(
        "The area this one sits in, undated. An area in several hierarchies (its region, police force area, fire "
        "area, city region), or one that moved, lists each dated parent in the area_parents table instead.",
        example="",
        default=None,
    )
    code: OptText = col(
        "Official statistical code (ONS GSS code, e.g. W06000013 for Bridgend).",
        example="W06000013",
        default=None,
    )
    population: OptInt = col(
        "Residents (an ONS mid-year estimate, or a census count), for figures per 10,000 residents.",
        example="",
        default=None,
    )
    population_year: OptInt = col(
        "Year of that estimate or count.", example="", default=None
    )


class AreaParent(Row):
    """One dated place of an area in a hierarchy: Bridgend in Western Bay until 2019-03-31, in CTM from 2019-04-01."""

    area_id: Id = col("The area.", example="bridgend")
    parent_id: Id = col("The area it is part of.", example="ctm")
    since: OptDate = col("Part of it from (empty: always).", example="2019-04-01",
                         default=None)
    until: OptDate = col("Last day part of it (empty: still).", example="",
                         default=None)


class Organisation(Bilingual):
    id: Id = col("Short stable id.", example="bcbc")
    name_en: Text = col("Name in English.", example="Bridgend County Borough Council")
    name_cy: OptText = col(
        "Name in Welsh.", example="Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", default=None
    )
    short_name: OptText = col("Abbreviation.", example="BCBC", default=None)
    short_name_cy: OptText = col(
        "Abbreviation used in Welsh, where one is used (Welsh pages otherwise show the Welsh name, never the English "
        "abbreviation).",
        example="",
        default=None,
    )
    sector: Sector = col("Sector.", example="local_government")
    org_type: OrgType = col(
        "Type of body, as legislation names it (used to find statutory gaps).",
        example="local_authority",
    )
    statutory: Bool = col("Is it a statutory body?", example="true", default=False)
    areas: IdList = col(
        "Areas it serves (area ids, separated by ;).",
        example="bridgend",
        default_factory=list,
    )


class OrganisationName(Bilingual):
    """A name an organisation used before a date: Abertawe Bro Morgannwg UHB until 2019-03-31, then Swansea Bay UHB."""

    organisation_id: Id = col("The organisation.", example="sbuhb")
    name_en: Text = col("Its name in English then.",
                        example="Abertawe Bro Morgannwg University Health Board")
    name_cy: OptText = col("Its name in Welsh then.",
                           example="Bwrdd Iechyd Prifysgol Abertawe Bro Morgannwg", default=None)
    short_name: OptText = col("Its abbreviation then.", example="ABMU", default=None)
    short_name_cy: OptText = col("Its abbreviation in Welsh then, where one was used.", example="", default=None)
    since: OptDate = col("Name used from (empty: from the start).",
                         example="", default=None)
    until: Date = col("Last day the name was used.", example="2019-03-31")


class Theme(Bilingual):
    id: Id = col("Short stable id.", example="well-being")
    name_en: Text = col("Name in English.", example="Well-being")
    name_cy: OptText = col("Name in Welsh.", example="Llesiant", default=None)


class Legislation(Bilingual):
    id: Id = col("Short stable id.", example="wfga-2015")
    title_en: Text = col("Title in English.", example="Well-being of Future Generations (Wales) Act 2015")
    title_cy: OptText = col(
        "Title in Welsh.", example="Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015", default=None
    )
    year: Int = col("Year.", example="2015")
    citation: OptText = col("Citation.", example="anaw 2015/2", default=None)
    required_member_types: Annotated[list[OrgType], BeforeValidator(parse_list)] = col(
        "Organisation types it prescribes as members of each body it sets up (;-separated org_type values). "
        "Only bodies set up under it (a partnership's legislation column) are checked for them; bodies that "
        "discharge a duty under it (duty_legislation) and sub-groups are not. Leave empty if it prescribes none.",
        example="local_authority;local_health_board;fire_and_rescue_authority;natural_resources_wales",
        default_factory=list,
    )
    members_section: OptText = col(
        "The section that prescribes those members: each statutory-gap finding cites it.",
        example="s.29(2)",
        default=None,
    )


class Partnership(Bilingual):
    id: Id = col("Short stable id.", example="ctm-psb")
    name_en: Text = col("Name in English.", example="Cwm Taf Morgannwg Public Services Board")
    name_cy: OptText = col(
        "Name in Welsh.", example="Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg", default=None
    )
    short_name: OptText = col("Abbreviation.", example="CTM PSB", default=None)
    short_name_cy: OptText = col(
        "Abbreviation used in Welsh, where one is used (Welsh pages otherwise show the Welsh name).",
        example="BGC CTM",
        default=None,
    )
    kind: PartnershipKind = col("Kind of partnership.", example="psb")
    level: Level = col(
        "board, subgroup or task_and_finish.", example="board", default=Level.board
    )
    statutory: Bool = col("Is it required by law?", example="true", default=False)
    legislation: IdList = col(
        "Legislation that sets this body up (legislation ids, ;-separated): the law constitutes it and may prescribe "
        "its members. Leave empty for a sub-group: it inherits nothing from its board's law.",
        example="wfga-2015",
        default_factory=list,
    )
    legislation_section: OptText = col(
        "The section(s) of that legislation that set it up.",
        example="s.29",
        default=None,
    )
    duty_legislation: IdList = col(
        "Legislation whose duty this body discharges for others without being set up by it (ids, ;-separated), "
        "e.g. an Area Planning Board and the Crime and Disorder Act 1998 s.6. Never judged for statutory gaps.",
        example="",
        default_factory=list,
    )
    duty_section: OptText = col(
        "The section(s) that place the duty it discharges.",
        example="",
        default=None,
    )
    areas: IdList = col("Footprint (area ids, ;-separated).", example="bridgend", default_factory=list)
    themes: IdList = col("Themes in its remit (theme ids, ;-separated).", example="well-being", default_factory=list)
    subgroup_of: OptId = col("Parent partnership, for a sub-group.", example="", default=None)
    reports_to: IdList = col("Partnerships it reports to (;-separated).", example="", default_factory=list)
    established: OptDate = col("Date established.", example="2023-05-18", default=None)
    dissolved: OptDate = col("Date dissolved, if it has been.", example="", default=None)
    successor_id: OptId = col("The partnership that took over its work.", example="", default=None)
    end_date: OptDate = col(
        "Planned end date (task-and-finish groups).", example="", default=None
    )
    terms_of_reference: OptBool = col("Does it have terms of reference?", example="true", default=None)
    terms_of_reference_url: OptText = col("Link to its terms of reference.", example="", default=None)
    review_date: OptDate = col("When its terms of reference are next reviewed.", example="2026-05-01", default=None)
    secretariat_id: OptId = col("Organisation providing the secretariat.", example="bcbc", default=None)
    chair_org_id: OptId = col("Organisation that chairs it.", example="", default=None)
    meeting_frequency: Frequency | None = col(
        "Usual meeting frequency.", example="quarterly", default=None
    )
    meeting_hours: OptFloat = col("Usual meeting length in hours.", example="2", default=None)
    purpose_en: OptText = col("Purpose in English.", example="Improve economic, social, environmental and cultural well-being.", default=None)
    purpose_cy: OptText = col("Purpose in Welsh.", example="Gwella llesiant economaidd, cymdeithasol, amgylcheddol a diwylliannol.", default=None)


class Person(Bilingual):
    id: Id = col("Pseudonymous id for the post.", example="post-bcbc-ceo")
    job_title_en: Text = col("Job title in English.", example="Chief Executive")
    job_title_cy: OptText = col("Job title in Welsh.", example="Prif Weithredwr", default=None)
    organisation_id: Id = col("Organisation the post belongs to.", example="bcbc")
    display_name: OptText = col(
        "Optional display name. Leave empty: posts, not people, are the point.",
        example="",
        default=None,
    )


class Meeting(Row):
    id: Id = col("Short stable id.", example="ctm-psb-2025-03-12")
    partnership_id: Id = col("Partnership meeting.", example="ctm-psb")
    start: DateTime = col("Start date and time.", example="2025-03-12 10:00")
    duration_hours: Float = col("Length in hours.", example="2", gt=0, le=24)
    format: MeetingFormat = col("in_person, virtual or hybrid.", example="virtual", default=MeetingFormat.virtual)
    themes: IdList = col("Themes on the agenda (;-separated).", example="well-being", default_factory=list)


class Dataset(Bilingual):
    """A dataset, assessment or report: its kind for information governance, its data controller, what it is for."""

    id: Id = col("Short stable id.", example="ctm-pna-2022")
    name_en: Text = col("Name in English.", example="Population Needs Assessment 2022")
    name_cy: OptText = col("Name in Welsh.", example="Asesiad o Anghenion y Boblogaeth 2022", default=None)
    kind: DatasetKind = col(
        "personal (personal data: shared between controllers under a protocol), aggregate (aggregate or "
        "statistical) or published (a published report, plan or assessment: needs no sharing protocol).",
        example="published",
    )
    form: DatasetForm = col(
        "What it is: assessment, plan, report, strategy, register or data_collection.",
        example="assessment",
    )
    controller_id: Id = col(
        "The organisation that is its data controller (a board is not a controller: name the body that holds it).",
        example="bcbc",
    )
    partnership_id: OptId = col("Partnership it is made for, if any.", example="ctm-rpb", default=None)
    themes: IdList = col("Themes it covers (;-separated).", example="social-care", default_factory=list)
    period_start: OptDate = col(
        "First day of the period it covers or is current for (empty: not known).",
        example="2022-04-01", default=None,
    )
    period_end: OptDate = col(
        "Last day of that period (empty: still current).",
        example="2027-03-31", default=None,
    )

    @field_validator("kind", mode="before")
    @classmethod
    def _old_kind_is_now_form(cls, value: Any) -> Any:
        """A file written before issue 20 put assessment, plan... in kind: say that value now goes in form."""
        if isinstance(value, str) and value.strip() in _OLD_DATASET_KINDS:
            raise CellError("data.kind_now_form", value=value.strip())
        return value


class DatasetFlow(Row):
    """A dataset reaching an organisation or a partnership; for personal data, the protocol it travels under."""

    dataset_id: Id = col("Dataset that flows.", example="ctm-pna-2022")
    to_kind: TargetKind = col("organisation or partnership.", example="organisation")
    to_id: Id = col("Where it flows to.", example="ctmuhb")
    protocol: Agreement | None = col(
        "For personal data only: the protocol it travels under between data controllers: waspi_isp (WASPI "
        "information sharing protocol), waspi_dda (data disclosure agreement), waspi_jca (joint controller "
        "agreement), statutory (a statutory duty or return) or other. Empty: none recorded. Leave empty for "
        "aggregate and published datasets: they need none.",
        example="waspi_isp",
        default=None,
    )
    protocol_ref: OptText = col("Reference of the protocol.", example="", default=None)


class Membership(Row):
    organisation_id: Id = col("Member organisation.", example="bcbc")
    partnership_id: Id = col("Partnership.", example="ctm-psb")
    role: MemberRole = col("Role.", example="statutory_member", default=MemberRole.member)
    since: OptDate = col("Member since.", example="2023-05-18", default=None)
    until: OptDate = col("Last day as a member (empty if current).", example="", default=None)


class Seat(Row):
    person_id: Id = col("Post holder (person id).", example="post-bcbc-ceo")
    partnership_id: Id = col("Partnership.", example="ctm-psb")
    role: MemberRole = col("Role.", example="member", default=MemberRole.member)
    representing: OptId = col(
        "Organisation represented (defaults to the post's own).",
        example="bcbc",
        default=None,
    )
    since: OptDate = col("Sits on it since.", example="2023-05-18", default=None)
    until: OptDate = col("Last day in the seat (empty if current).", example="", default=None)


class Attendance(Row):
    person_id: Id = col("Post holder (person id).", example="post-bcbc-ceo")
    meeting_id: Id = col("Meeting.", example="ctm-psb-2025-03-12")
    attended_as: AttendanceAs = col(
        "attended, deputy or apologies.", example="attended", default=AttendanceAs.attended
    )


class AssessmentScore(Row):
    assessment_id: Id = col("Id shared by the rows of one self-assessment.", example="ctm-psb-2025")
    partnership_id: Id = col("Partnership assessing itself.", example="ctm-psb")
    date: Date = col("Date of the assessment.", example="2025-06-30")
    criterion: Criterion = col("Criterion scored.", example="spat_purpose")
    score: Int = col("Score from 1 (weak) to 5 (strong).", example="3", ge=1, le=5)
    notes: OptText = col("Notes.", example="", default=None)


# ---------------------------------------------------------------------------
# The table registry: names, keys and references, read by validator, loader,
# templates and docs alike.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A column that must name an existing row of another table."""

    column: str
    table: str | None  # None: the table is chosen by another column (see kind_column)
    kind_column: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    model: type[Row]
    title_en: str  # the English title; the Welsh is table.NAME in the Welsh catalogue
    key: tuple[str, ...]
    refs: tuple[Ref, ...] = field(default_factory=tuple)

    @property
    def title_cy(self) -> str:
        return catalogue("cy").get(f"table.{self.name}", self.title_en)

    def title(self, lang: str) -> str:
        """The table's title in ``lang``, for the Data page, the templates and the format document."""
        return self.title_cy if lang == "cy" else self.title_en

    @property
    def columns(self) -> list[str]:
        """The table's own columns, then the later additions (LATE_COLUMNS), then provenance.

        Why: provenance stays last, where people and writers expect it; a file written before a column was
        added simply lacks it (a missing column is an empty one).
        """
        fields = list(self.model.model_fields)
        common = [f for f in Row.model_fields]
        own = [f for f in fields if f not in common and f not in LATE_COLUMNS]
        return own + [f for f in LATE_COLUMNS if f in fields] + common


# Columns added after the format was first published: written after a table's own columns, before provenance.
LATE_COLUMNS = ("legislation_section", "duty_legislation", "duty_section", "members_section", "code", "population",
                "population_year", "short_name_cy", "source_cy")


TABLES: tuple[Table, ...] = (
    Table("areas", Area, "Areas", ("id",), (Ref("parent_id", "areas"),)),
    Table("area_parents", AreaParent, "Area hierarchies", ("area_id", "parent_id", "since"),
          (Ref("area_id", "areas"), Ref("parent_id", "areas"))),
    Table("themes", Theme, "Themes", ("id",)),
    Table("legislation", Legislation, "Legislation", ("id",)),
    Table("organisations", Organisation, "Organisations", ("id",), (Ref("areas", "areas"),)),
    Table("organisation_names", OrganisationName, "Former names", ("organisation_id", "until"),
          (Ref("organisation_id", "organisations"),)),
    Table(
        "partnerships", Partnership, "Partnerships",
        ("id",),
        (
            Ref("legislation", "legislation"),
            Ref("duty_legislation", "legislation"),
            Ref("areas", "areas"),
            Ref("themes", "themes"),
            Ref("subgroup_of", "partnerships"),
            Ref("reports_to", "partnerships"),
            Ref("successor_id", "partnerships"),
            Ref("secretariat_id", "organisations"),
            Ref("chair_org_id", "organisations"),
        ),
    ),
    Table("people", Person, "People (posts)", ("id",), (Ref("organisation_id", "organisations"),)),
    Table(
        "meetings", Meeting, "Meetings", ("id",), (Ref("partnership_id", "partnerships"), Ref("themes", "themes"))
    ),
    Table(
        "datasets", Dataset, "Datasets",
        ("id",),
        (Ref("controller_id", "organisations"), Ref("partnership_id", "partnerships"), Ref("themes", "themes")),
    ),
    Table(
        "dataset_flows", DatasetFlow, "Dataset flows",
        ("dataset_id", "to_kind", "to_id"),
        (Ref("dataset_id", "datasets"), Ref("to_id", None, kind_column="to_kind")),
    ),
    Table(
        "memberships", Membership, "Memberships",
        ("organisation_id", "partnership_id", "role"),
        (Ref("organisation_id", "organisations"), Ref("partnership_id", "partnerships")),
    ),
    Table(
        "seats", Seat, "Seats (people on boards)",
        ("person_id", "partnership_id", "role"),
        (Ref("person_id", "people"), Ref("partnership_id", "partnerships"), Ref("representing", "organisations")),
    ),
    Table(
        "attendance", Attendance, "Attendance",
        ("person_id", "meeting_id"),
        (Ref("person_id", "people"), Ref("meeting_id", "meetings")),
    ),
    Table(
        "assessments", AssessmentScore, "Self-assessments",
        ("assessment_id", "criterion"),
        (Ref("partnership_id", "partnerships"),),
    ),
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
TARGET_TABLE = {TargetKind.organisation.value: "organisations", TargetKind.partnership.value: "partnerships"}

# The criteria, named in both languages (glossary: seeds 003 and 004).
CRITERIA_SOURCE = {
    Framework.spat: "Welsh Government, Review of social partnerships within Welsh Government: Social Partnership "
    "Assessment Tool (Welsh text: shared/seeds/003_3ade89d38bb59c0d.txt); "
    "https://www.gov.wales/review-social-partnerships-within-welsh-government-html",
    Framework.maef: "Multi-agency effectiveness factors for children looked after (Welsh text: shared/seeds/004_8b6efade033f6359.txt)",
}
CRITERION_NAMES: dict[Criterion, tuple[str, str]] = {
    Criterion.spat_purpose: ("Clear purpose and focus", "Diben a ffocws clir"),
    Criterion.spat_engagement: ("Meaningful, continuous engagement", "Ymgysylltu ystyrlon a pharhaus"),
    Criterion.spat_principles: (
        "Commitment to cooperation, respect, trust, voice and mutual benefit",
        "Ymrwymiad i gydweithredu, parch, ymddiriedaeth, llais a budd i bawb",
    ),
    Criterion.spat_cascade: (
        "Shared understanding of how information and decisions cascade",
        "Dealltwriaeth gyffredin o sut mae gwybodaeth a phenderfyniadau'n rhaeadru",
    ),
    Criterion.spat_monitoring: ("Monitoring and review of success", "Monitro ac adolygu llwyddiant"),
    Criterion.maef_key_worker: ("Key worker", "Gweithiwr allweddol"),
    Criterion.maef_information_sharing: ("Information sharing", "Rhannu gwybodaeth"),
    Criterion.maef_joint_training: ("Joint training", "Hyfforddiant ar y cyd"),
    Criterion.maef_co_location: ("Co-location", "Cydleoli"),
    Criterion.maef_joint_funding: ("Joint funding / pooled budgets", "Cyllid ar y cyd / cyllidebau cyfun"),
    Criterion.maef_empowering_parents: ("Empowering parents and carers", "Grymuso rhieni a gofalwyr"),
    Criterion.maef_clarity_accountability: ("Clarity and accountability", "Eglurder ac atebolrwydd"),
    Criterion.maef_leadership: ("Leadership and local governance", "Arweinyddiaeth a llywodraethu lleol"),
    Criterion.maef_power_sharing: ("Power sharing between agencies", "Rhannu pŵer rhwng asiantaethau"),
    Criterion.maef_shared_language: (
        "Shared language, processes and understanding",
        "Iaith, prosesau a dealltwriaeth gyffredin",
    ),
}
REGION_SCOPED = ("partnerships", "people", "meetings", "datasets", "assessments")
