"""Data: templates, the region out to Excel, an upload checked and compared with the graph, then loaded on confirmation.

Validation, the diff and loading are the loader's own (the same as `tirlun validate`, `tirlun load
--dry-run` and `tirlun load`), so the app never accepts data the command line would refuse. The
upload is validated once per run and that same validated input is what the confirm button loads;
nothing is written before it is pressed. Problems are worded in the page's language. A calendar
(.ics) of one partnership's meetings goes through the same diff and confirm. Caches are cleared
after a load.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import streamlit as st

from tirlun.access import Role
from tirlun.i18n import language, t
from tirlun.loader.calendar import calendar_input
from tirlun.loader.diff import diff
from tirlun.loader.export import export_region
from tirlun.loader.journal import empty_graph
from tirlun.loader.load import infer_region, load
from tirlun.loader.models import TABLES_BY_NAME
from tirlun.loader.read import unpack_upload
from tirlun.loader.template import write_csv_templates, write_workbook
from tirlun.loader.validate import Problem, ValidInput, validate_path
from tirlun.views import common, signin

common.header("data")
who = signin.current()
PROBLEM_COLUMNS = {"file": "col.file", "row": "col.row", "column": "col.column", "value": "col.value", "message": "col.message"}


@st.cache_data(show_spinner=False)
def templates_zip() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        files = write_csv_templates(Path(tmp) / "tirlun-templates")
        return _zip(files, "tirlun-templates")


def _zip(files: list[Path], folder: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            zf.write(f, f"{folder}/{f.name}")
    return buf.getvalue()


@st.cache_data(show_spinner=False)
def templates_workbook() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_workbook(Path(tmp) / "tirlun-template.xlsx")
        return path.read_bytes()


def export_bytes(region: str, fmt: str) -> tuple[str, bytes, int]:
    """The region exported as a workbook or a zip of CSVs: file name, bytes, rows."""
    with tempfile.TemporaryDirectory() as tmp:
        name = f"tirlun-{region}.xlsx" if fmt == "xlsx" else f"tirlun-{region}"
        files, counts = export_region(common.get_db(), region, Path(tmp) / name)
        if fmt == "xlsx":
            return name, files[0].read_bytes(), sum(counts.values())
        return f"{name}.zip", _zip(files, name), sum(counts.values())


def table_title(name: str) -> str:
    """A table's title in the page's language (its file name stays in the format docs and errors)."""
    table = TABLES_BY_NAME[name]
    return table.title_cy if language() == "cy" else table.title_en


def problems_table(problems: list[Problem], key: str) -> None:
    """Every problem; knock-on problems folded under their root cause, marked with an arrow."""
    rows = []
    for p in problems:
        rows.append({k: v for k, v in p.as_dict().items() if k in PROBLEM_COLUMNS})
        rows += [{**{k: v for k, v in f.as_dict().items() if k in PROBLEM_COLUMNS}, "message": "↳ " + f.message}
                 for f in p.folded]
    common.table(pd.DataFrame(rows, columns=list(PROBLEM_COLUMNS)), key, PROBLEM_COLUMNS)


def confirm_and_load(data: ValidInput, region: str, replace: bool, key: str, payload: bytes = b"") -> None:
    """Show what loading would change; load only when the user confirms."""
    db = common.get_db()
    changes = diff(db, data, region, replace=replace)
    st.subheader(t("data.diff"))
    if changes.empty:
        st.info(t("data.diff_none"))
    else:
        counts = changes.counts()
        st.caption(t("data.diff_summary", **{k: sum(c[k] for c in counts) for k in ("added", "changed", "removed")}))
        common.table(pd.DataFrame([{**c, "table": table_title(c["table"])} for c in counts]), f"{key}-diff-counts",
                     {"table": "col.table", "added": "col.added", "changed": "col.changed", "removed": "col.removed"})
        rows = [c.as_dict() for c in changes.rows]
        common.table(pd.DataFrame([{**r, "table": table_title(r["table"]), "change": t(f"col.{r['change']}")}
                                   for r in rows]), f"{key}-diff-rows",
                     {"table": "col.table", "key": "col.row_key", "change": "col.change", "row": "col.row",
                      "detail": "col.detail"})
    if not signin.gate(who, Role.EDITOR, "signin.action_replace" if replace else "signin.action_load", key):
        return
    if st.button(t("data.confirm_load"), type="primary", key=f"{key}-confirm", disabled=changes.empty):
        now = signin.confirm(Role.EDITOR, "signin.action_replace" if replace else "signin.action_load")
        if now is None:  # signed out in another tab, role gone, or another host: nothing is written
            return
        with st.spinner(t("data.loading")):
            report = load(db, data, region=region or None, replace=replace, by=signin.recorded_as(now, "Data page"),
                          source_hash=hashlib.sha256(payload).hexdigest() if payload else "")
        common.clear_caches()
        for line in (*report.recovered, report.note):
            if line:
                st.info(line)
        st.success(t("data.loaded", rows=report.rows, region=report.region, seconds=f"{report.seconds:.1f}"))
        for warning in report.warnings:
            st.warning(warning)
        common.table(pd.DataFrame([{"label": k, "count": v} for k, v in report.labels.items()]),
                     f"{key}-load-report", {"label": "col.label", "count": "col.count"})


st.subheader(t("data.templates"))
c1, c2 = st.columns(2)
c1.download_button(t("data.template_csv"), templates_zip(), file_name="tirlun-templates.zip", mime="application/zip",
                   key="download-templates-zip", icon=":material/folder_zip:")
c2.download_button(t("data.template_xlsx"), templates_workbook(), file_name="tirlun-template.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   key="download-templates-xlsx", icon=":material/table:")
st.caption(t("data.format_help"))

st.subheader(t("data.export"))
st.caption(t("data.export_help"))
e1, e2 = st.columns(2)
export_region_id = e1.text_input(t("data.export_region"), value=common.context().region or "", key="dt_export_region")
formats = {t("data.export_xlsx"): "xlsx", t("data.export_zip"): "zip"}  # labels as options: no format_func to re-run
export_fmt = formats.get(str(e2.radio(t("data.export_format"), list(formats), horizontal=True, key="dt_export_format")),
                         "xlsx")
if st.button(t("data.export_prepare"), key="dt_export", icon=":material/download:") and export_region_id:
    with common.errors():
        st.session_state["dt_export_file"] = (export_region_id, export_fmt, *export_bytes(export_region_id, export_fmt))
prepared = st.session_state.get("dt_export_file")
if prepared and prepared[:2] == (export_region_id, export_fmt):
    _, _, file_name, payload, rows = prepared
    st.download_button(t("data.export_download", file=file_name, rows=rows), payload, file_name=file_name,
                       key="download-export", icon=":material/table:")

st.subheader(t("data.upload"))
upload = st.file_uploader(t("data.choose"), type=["zip", "xlsx"], key="dt_upload")
if upload is not None:
    with tempfile.TemporaryDirectory() as tmp, common.errors():
        path = unpack_upload(upload.name, upload.getvalue(), Path(tmp))
        data, problems = validate_path(path)
        if data.notes:
            st.info(t("data.notes", n=len(data.notes)))
            problems_table(data.notes, "validation-notes")
        if problems:
            st.error(t("data.problems", n=len(problems)))
            problems_table(problems, "validation-problems")
        else:
            counts = pd.DataFrame([
                {"table": table_title(name), "rows": len(rows)} for name, rows in data.tables.items()
            ])
            st.success(t("data.valid", n=data.count()))
            common.table(counts, "validation-counts", {"table": "col.table", "rows": "col.rows"})
            region = st.text_input(t("data.region"), value=infer_region(data) or "", key="dt_region",
                                   help=t("data.region_help"))
            replace = st.checkbox(t("data.replace"), key="dt_replace", help=t("data.replace_help"))
            if region:
                confirm_and_load(data, region, replace, "dt", upload.getvalue())

st.subheader(t("data.calendar"))
st.caption(t("data.calendar_help"))
ics = st.file_uploader(t("data.calendar_choose"), type=["ics"], key="dt_ics")
partnership = st.text_input(t("data.calendar_partnership"), key="dt_ics_partnership")
posts = st.file_uploader(t("data.calendar_posts"), type=["csv"], key="dt_ics_posts")
if ics is not None and partnership:
    with tempfile.TemporaryDirectory() as tmp, common.errors():
        posts_path = None
        if posts is not None:
            posts_path = Path(tmp) / "posts.csv"
            posts_path.write_bytes(posts.getvalue())
        cal_data, result = calendar_input(common.get_db(), Path(ics.name), partnership.strip(), posts_file=posts_path,
                                          payload=ics.getvalue())
        st.info(t("data.calendar_summary", meetings=len(result.meetings), attendance=len(result.attendance),
                  cancelled=result.skipped_cancelled))
        if result.unmatched:
            st.warning(t("data.calendar_unmatched", names=", ".join(result.unmatched)))
        if cal_data.problems:
            st.error(t("data.problems", n=len(cal_data.problems)))
            problems_table(cal_data.problems, "calendar-problems")
        else:
            confirm_and_load(cal_data, result.region, False, "dt-ics", ics.getvalue())

st.subheader(t("data.history"))
st.caption(t("data.history_help"))
with common.errors():
    history = common.read("load_history", {"limit": 20})
    common.table(history, "load-history", {"started": "col.started", "by": "col.by", "region": "col.region",
                                           "outcome": "col.outcome", "rows": "col.rows", "tables": "col.tables",
                                           "file_hash": "col.file_hash", "error": "col.error"})


if who.may(Role.ADMIN):
    # Admins only: the whole graph emptied (every region, the load history kept as one line saying who).
    with st.expander(t("data.empty_graph"), icon=":material/delete_forever:"):
        st.caption(t("data.empty_graph_help"))
        word = t("data.empty_graph_word")
        typed = st.text_input(t("data.empty_graph_type", word=word), key="dt_empty_word")
        if st.button(t("data.empty_graph_button"), key="dt-empty", disabled=typed.strip() != word) and (
                now := signin.confirm(Role.ADMIN, "access.action_empty")) is not None:
            with st.spinner(t("data.emptying")), common.errors():
                empty_graph(common.get_db(), signin.recorded_as(now, "Data page"))
                common.clear_caches()
                st.success(t("data.emptied"))
