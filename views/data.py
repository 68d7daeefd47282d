"""Data: templates, the region out to Excel, an upload checked and compared with the graph, then loaded on confirmation.

Every write goes through the one write layer (tirlun.loader.writes), the same as `tirlun load`, `tirlun
reference load`, `tirlun import-calendar` and `tirlun reset`, so the app never accepts data the command line
would refuse. The upload is checked once per run (validated against the graph, each row matched to its owner,
compared) and that same check is what the confirm button writes; nothing is written before it is pressed.
Problems are worded in the page's language. Every write raises the graph version, which every cache is keyed on.
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
from tirlun.answers import warm
from tirlun.errors import TirlunError
from tirlun.i18n import Translator
from tirlun.loader import writes
from tirlun.loader.calendar import calendar_input
from tirlun.loader.export import export_region
from tirlun.loader.load import region_candidates
from tirlun.loader.models import TABLES_BY_NAME
from tirlun.loader.read import unpack_upload
from tirlun.loader.template import write_csv_templates, write_workbook
from tirlun.loader.validate import Problem, validate_path
from tirlun.views import nav, session, signin, state, tables, text

nav.header("data")
tr = session.tr()
who = signin.current()


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
        files, counts = export_region(state.get_db(), region, Path(tmp) / name)
        if fmt == "xlsx":
            return name, files[0].read_bytes(), sum(counts.values())
        return f"{name}.zip", _zip(files, name), sum(counts.values())


def table_title(name: str) -> str:
    """A table's title in the page's language (its file name stays in the format docs and errors)."""
    table = TABLES_BY_NAME[name]
    return table.title(session.tr().lang)


def problems_table(problems: list[Problem], key: str) -> None:
    """Every problem, worded in the visitor's language; knock-on problems folded under their root cause, marked
    with an arrow."""
    tr = session.tr()
    rows = []
    for p in problems:
        rows.append({k: v for k, v in p.as_dict(tr).items() if k in writes.PROBLEM_LABELS})
        rows += [{**{k: v for k, v in f.as_dict(tr).items() if k in writes.PROBLEM_LABELS}, "message": "↳ " + f.say(tr)}
                 for f in p.folded]
    tables.table(pd.DataFrame(rows, columns=list(writes.PROBLEM_LABELS)), key, writes.PROBLEM_LABELS)


def show_checked(checked: writes.Checked, key: str) -> bool:
    """The problems, or what confirming would change: own rows added, changed and removed, other owners' rows
    repeated (references) and proposed changes they alone may apply. True when there is something to write."""
    tr = session.tr()
    if checked.notes:
        st.info(tr("data.notes", n=len(checked.notes)))
        problems_table(checked.notes, f"{key}-notes")
    if checked.problems:
        st.error(tr("data.problems", n=len(checked.problems)))
        problems_table(checked.problems, f"{key}-problems")
        return False
    changes = checked.changes
    st.subheader(tr("data.diff"))
    if changes is None or changes.empty:
        st.info(tr("data.diff_none"))
        return False
    counts = changes.counts()
    st.caption(tr("data.diff_summary", **{k: sum(c[k] for c in counts) for k in ("added", "changed", "removed")}))
    if changes.references:
        st.caption(tr("data.references", n=sum(changes.references.values())))
    tables.table(pd.DataFrame([{**c, "table": table_title(c["table"])} for c in counts]), f"{key}-diff-counts",
                 writes.COUNT_LABELS)
    mine = [c.as_dict() for c in changes.rows if c.kind != "proposed"]
    if mine:
        tables.table(pd.DataFrame([{**r, "table": table_title(r["table"]), "change": tr(f"col.{r['change']}")}
                                   for r in mine]), f"{key}-diff-rows",
                     writes.CHANGE_LABELS)
    if changes.proposed:
        st.warning(tr("data.proposed", n=len(changes.proposed)))
        tables.table(pd.DataFrame([{"table": table_title(p.table), "key": p.key, "owner": _owner(p.owner), "row": p.row,
                                    "detail": p.as_dict()["detail"]} for p in changes.proposed]), f"{key}-proposed",
                     writes.PROPOSED_LABELS)
    return changes.writes


def _owner(owner: str) -> str:
    return session.tr()("data.owner_reference") if owner == "wales" else owner


def prepare_findings(tr: Translator) -> None:
    """Count the findings the pages open on for the new graph version, with progress, so the next page view reads
    them (tirlun/answers/warm.py). The load is in already: a failure here is said, and the pages count their own."""
    bar = st.progress(0.0, text=tr("data.preparing"))
    try:
        warm.findings(state.get_db(), lambda n, of: bar.progress(n / of, text=tr("data.preparing_n", n=n, of=of)))
    except TirlunError as exc:
        st.info(tr("data.prepare_failed", why=exc.say(tr, with_hint=False)))
    finally:
        bar.empty()


def confirm_and_load(checked: writes.Checked, key: str, payload: bytes = b"") -> None:
    """Show what loading would change; load only when the user confirms."""
    tr = session.tr()
    if not show_checked(checked, key):
        return
    action = "signin.action_load" if checked.add_only else "signin.action_replace"
    if not signin.gate(who, Role.EDITOR, action, key):
        return
    if st.button(tr("data.confirm_load"), type="primary", key=f"{key}-confirm"):
        now = signin.confirm(Role.EDITOR, action)
        if now is None:  # signed out in another tab, role gone, or another host: nothing is written
            return
        with st.spinner(tr("data.loading")), text.errors():
            report = writes.apply(state.get_db(), checked, by=signin.recorded_as(now, "Data page"),
                                  source_hash=hashlib.sha256(payload).hexdigest() if payload else "")
            state.clear_caches()
            prepare_findings(tr)
            for line in (*report.recovered, report.note):
                if line:
                    st.info(tr.say(line))
            removed = sum(len(v) for v in report.removed.values())
            st.success(tr("data.loaded", rows=report.rows, region=_owner(report.region),
                         seconds=f"{report.seconds:.1f}") + (" " + tr("data.loaded_removed", n=removed) if removed else ""))
            for warning in report.warnings:
                st.warning(tr.say(warning))
            tables.table(pd.DataFrame([{"label": k, "count": v} for k, v in report.labels.items()]),
                         f"{key}-load-report", writes.REPORT_LABELS)


st.subheader(tr("data.templates"))
c1, c2 = st.columns(2)
c1.download_button(tr("data.template_csv"), templates_zip(), file_name="tirlun-templates.zip", mime="application/zip",
                   key="download-templates-zip", icon=":material/folder_zip:")
c2.download_button(tr("data.template_xlsx"), templates_workbook(), file_name="tirlun-template.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   key="download-templates-xlsx", icon=":material/table:")
st.caption(tr("data.format_help"))

st.subheader(tr("data.export"))
st.caption(tr("data.export_help"))
e1, e2 = st.columns(2)
export_region_id = e1.text_input(tr("data.export_region"), value=session.context().region or "", key="dt_export_region")
formats = {tr("data.export_xlsx"): "xlsx", tr("data.export_zip"): "zip"}  # labels as options: no format_func to re-run
export_fmt = formats.get(str(e2.radio(tr("data.export_format"), list(formats), horizontal=True, key="dt_export_format")),
                         "xlsx")
if st.button(tr("data.export_prepare"), key="dt_export", icon=":material/download:") and export_region_id:
    with text.errors():
        st.session_state["dt_export_file"] = (export_region_id, export_fmt, *export_bytes(export_region_id, export_fmt))
prepared = st.session_state.get("dt_export_file")
if prepared and prepared[:2] == (export_region_id, export_fmt):
    _, _, file_name, payload, rows = prepared
    st.download_button(tr("data.export_download", file=file_name, rows=rows), payload, file_name=file_name,
                       key="download-export", icon=":material/table:")

st.subheader(tr("data.upload"))
upload = st.file_uploader(tr("data.choose"), type=["zip", "xlsx", "ods"], key="dt_upload")
if upload is not None:
    with tempfile.TemporaryDirectory() as tmp, text.errors():
        path = unpack_upload(upload.name, upload.getvalue(), Path(tmp))
        first, problems = validate_path(path, name=upload.name)
        candidates = [] if problems else region_candidates(first)
        region = st.text_input(tr("data.region"), value=candidates[0] if len(candidates) == 1 else "", key="dt_region",
                               help=tr("data.region_help"))
        add_only = st.checkbox(tr("data.add_only"), key="dt_add_only", help=tr("data.add_only_help"))
        if problems:
            show_checked(writes.Checked(first, region, add_only, list(problems), name=upload.name), "validation")
        elif not region.strip():
            st.info(tr("data.region_choose", candidates=", ".join(candidates) or "-"))
        else:
            st.success(tr("data.valid", n=first.count()))
            tables.table(pd.DataFrame([{"table": table_title(name), "rows": len(rows)}
                                       for name, rows in first.tables.items()]),
                         "validation-counts", writes.VALIDATION_LABELS)
            checked = writes.check_path(state.get_db(), path, region=region.strip(), add_only=add_only,
                                        name=upload.name)
            confirm_and_load(checked, "dt", upload.getvalue())

st.subheader(tr("data.reference"))
st.caption(tr("data.reference_help"))
if st.toggle(tr("data.reference_check"), key="dt_reference"):
    with text.errors():
        ref_checked = writes.check_reference(state.get_db())
        confirm_and_load(ref_checked, "dt-ref")

st.subheader(tr("data.calendar"))
st.caption(tr("data.calendar_help"))
ics = st.file_uploader(tr("data.calendar_choose"), type=["ics"], key="dt_ics")
partnership = st.text_input(tr("data.calendar_partnership"), key="dt_ics_partnership")
posts = st.file_uploader(tr("data.calendar_posts"), type=["csv"], key="dt_ics_posts")
if ics is not None and partnership:
    with tempfile.TemporaryDirectory() as tmp, text.errors():
        posts_path = None
        if posts is not None:
            posts_path = Path(tmp) / "posts.csv"
            posts_path.write_bytes(posts.getvalue())
        cal_data, result = calendar_input(state.get_db(), Path(ics.name), partnership.strip(), posts_file=posts_path,
                                          payload=ics.getvalue())
        st.info(tr("data.calendar_summary", meetings=len(result.meetings), attendance=len(result.attendance),
                  cancelled=result.skipped_cancelled))
        if result.unmatched:
            st.warning(tr("data.calendar_unmatched", names=", ".join(tr.say(n) for n in result.unmatched)))
        confirm_and_load(writes.check_data(state.get_db(), cal_data, result.region, add_only=True), "dt-ics",
                         ics.getvalue())

st.subheader(tr("data.history"))
st.caption(tr("data.history_help"))
with text.errors():
    tables.ranked_table(state.load_history(20), "load-history")


if who.may(Role.ADMIN):
    # Admins only: the whole graph emptied (every region, the load history kept as one line saying who).
    with st.expander(tr("data.empty_graph"), icon=":material/delete_forever:"):
        st.caption(tr("data.empty_graph_help"))
        word = tr("data.empty_graph_word")
        typed = st.text_input(tr("data.empty_graph_type", word=word), key="dt_empty_word")
        if st.button(tr("data.empty_graph_button"), key="dt-empty", disabled=typed.strip() != word) and (
                now := signin.confirm(Role.ADMIN, "access.action_empty")) is not None:
            with st.spinner(tr("data.emptying")), text.errors():
                writes.empty(state.get_db(), signin.recorded_as(now, "Data page"))
                state.clear_caches()
                st.success(tr("data.emptied"))
