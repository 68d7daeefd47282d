"""Validation speaks the reader's language: Welsh on a Welsh Data page, English on the command line.

The bad input has two mistakes, each worked out by hand:
- themes.csv, row 2: as_of is 31/02/2025, a day February never has;
- organisations.csv, row 2: areas names 'bridgend', but the input has no areas table at all,
  so there is no close id to suggest and the message says to add it.
The expected sentences are written out here in full, not taken from the catalogue.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from tirlun import cli
from tirlun.i18n import EN, translator
from tirlun.loader.validate import validate_path

from app_support import app, no_exception

THEMES = "id,name_en,source,as_of\nwell-being,Well-being,s,31/02/2025\n"
ORGANISATIONS = (
    "id,name_en,sector,org_type,areas,source,as_of\n"
    "bcbc,Bridgend County Borough Council,local_government,local_authority,bridgend,s,2025-01-01\n"
)
WELSH = [
    ("themes.csv", 2, "as_of", "31/02/2025", "Nid yw '31/02/2025' yn ddyddiad go iawn: gwiriwch y diwrnod a'r mis."),
    ("organisations.csv", 2, "areas", "bridgend", "Dynodydd ardal anhysbys 'bridgend'. Ychwanegwch ef at areas yn gyntaf."),
]
ENGLISH = [
    ("themes.csv", 2, "as_of", "31/02/2025", "'31/02/2025' is not a real date: check the day and the month."),
    ("organisations.csv", 2, "areas", "bridgend", "Unknown area id 'bridgend'. Add it to areas first."),
]


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("input/themes.csv", THEMES)
        zf.writestr("input/organisations.csv", ORGANISATIONS)
    return buf.getvalue()


def _folder(path: Path) -> Path:
    path.mkdir()
    (path / "themes.csv").write_text(THEMES, encoding="utf-8")
    (path / "organisations.csv").write_text(ORGANISATIONS, encoding="utf-8")
    return path


def test_a_welsh_user_uploading_a_bad_file_reads_the_problems_in_welsh(seeded, tmp_path: Path) -> None:
    at = app("cy", "data")
    no_exception(at)
    at.file_uploader[0].upload("input.zip", _zip(), "application/zip")
    at.run()
    no_exception(at)
    assert [e.value for e in at.error] == [
        "Canfuwyd 2 problem; ni lwythwyd dim. Cywirwch y rhesi a restrir a lanlwythwch eto."
    ]
    shown = at.dataframe[0].value
    assert list(shown.columns) == ["Ffeil", "Rhes", "Colofn", "Gwerth", "Beth i'w wneud"]
    assert [tuple(r) for r in shown.itertuples(index=False)] == WELSH

    # the command line, in the same process afterwards, stays English (no language was left behind)
    folder = _folder(tmp_path / "in")
    result = CliRunner().invoke(cli.main, ["validate", "--format", "json", str(folder)])
    assert result.exit_code == 1
    assert [tuple(p.values()) for p in json.loads(result.output)] == ENGLISH
    table = CliRunner().invoke(cli.main, ["validate", str(folder)])
    assert "2 problems found; nothing was written." in table.output
    assert "Add it to areas first." in table.output and "Ychwanegwch" not in table.output


def test_validation_is_worded_in_the_readers_language(tmp_path: Path) -> None:
    # One validation, two readers: the loader cannot know who reads its problems, each reader words them.
    _, problems = validate_path(_folder(tmp_path / "in"))
    assert [(p.where, p.row, p.column, p.value, p.say(translator("cy"))) for p in problems] == WELSH
    assert [(p.where, p.row, p.column, p.value, p.say(EN)) for p in problems] == ENGLISH
    assert [p.as_dict()["message"] for p in problems] == [e[-1] for e in ENGLISH]  # a report keeps the English
