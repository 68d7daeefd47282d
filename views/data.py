"""Data: download empty templates, upload a zip of CSVs or a workbook, see every problem, load it.

Validation and loading are the loader's own (the same as `tirlun validate` and `tirlun load`),
so the app never accepts data the command line would refuse. The upload is validated once per run
and that same validated input is what the button loads. Problems are worded in the page's language.
Caches are cleared after a load.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import streamlit as st

from loader.load import infer_region, load
from loader.models import TABLES_BY_NAME
from loader.template import write_csv_templates, write_workbook
from loader.validate import validate_path
from tirlun.errors import TirlunError
from tirlun.i18n import language, t
from views import common

common.header("data")
MAX_UNZIPPED = 200 * 1024 * 1024  # refuse zip bombs: 200 MB of CSV is far beyond any region


@st.cache_data(show_spinner=False)
def templates_zip() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        files = write_csv_templates(Path(tmp) / "tirlun-templates")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f, f"tirlun-templates/{f.name}")
        return buf.getvalue()


@st.cache_data(show_spinner=False)
def templates_workbook() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_workbook(Path(tmp) / "tirlun-template.xlsx")
        return path.read_bytes()


def unpack(name: str, payload: bytes, into: Path) -> Path:
    """Where the loader should read an upload from: the workbook itself, or a folder of its CSVs."""
    if name.lower().endswith((".xlsx", ".xlsm")):
        path = into / "upload.xlsx"
        path.write_bytes(payload)
        return path
    folder = into / "csv"
    folder.mkdir()
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            members = [m for m in zf.infolist() if not m.is_dir() and m.filename.lower().endswith(".csv")
                       and not Path(m.filename).name.startswith((".", "_"))]
            if sum(m.file_size for m in members) > MAX_UNZIPPED:
                raise TirlunError(t("data.too_big"), t("data.too_big_hint"))
            for m in members:
                # Only the file name is used: no folders from the zip, so nothing lands outside `folder`.
                (folder / Path(m.filename).name).write_bytes(zf.read(m))
    except zipfile.BadZipFile:
        raise TirlunError(t("data.bad_zip"), t("data.bad_zip_hint")) from None
    return folder


st.subheader(t("data.templates"))
c1, c2 = st.columns(2)
c1.download_button(t("data.template_csv"), templates_zip(), file_name="tirlun-templates.zip", mime="application/zip",
                   key="download-templates-zip", icon=":material/folder_zip:")
c2.download_button(t("data.template_xlsx"), templates_workbook(), file_name="tirlun-template.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   key="download-templates-xlsx", icon=":material/table:")
st.caption(t("data.format_help"))

st.subheader(t("data.upload"))
upload = st.file_uploader(t("data.choose"), type=["zip", "xlsx"], key="dt_upload")
if upload is not None:
    with tempfile.TemporaryDirectory() as tmp, common.errors():
        path = unpack(upload.name, upload.getvalue(), Path(tmp))
        data, problems = validate_path(path)
        if problems:
            st.error(t("data.problems", n=len(problems)))
            df = pd.DataFrame([p.as_dict() for p in problems], columns=["file", "row", "column", "value", "message"])
            common.table(df, "validation-problems", {"file": "col.file", "row": "col.row", "column": "col.column",
                                                     "value": "col.value", "message": "col.message"})
        else:
            counts = pd.DataFrame([
                {"table": TABLES_BY_NAME[name].title_cy if language() == "cy" else TABLES_BY_NAME[name].title_en,
                 "rows": len(rows)} for name, rows in data.tables.items()
            ])
            st.success(t("data.valid", n=data.count()))
            common.table(counts, "validation-counts", {"table": "col.table", "rows": "col.rows"})
            region = st.text_input(t("data.region"), value=infer_region(data) or "", key="dt_region",
                                   help=t("data.region_help"))
            replace = st.checkbox(t("data.replace"), key="dt_replace", help=t("data.replace_help"))
            if st.button(t("data.load"), type="primary", key="dt_load"):
                with st.spinner(t("data.loading")):
                    report = load(common.get_db(), data, region=region or None, replace=replace)
                common.clear_caches()
                st.success(t("data.loaded", rows=report.rows, region=report.region, seconds=f"{report.seconds:.1f}"))
                common.table(pd.DataFrame([{"label": k, "count": v} for k, v in report.labels.items()]),
                             "load-report", {"label": "col.label", "count": "col.count"})
