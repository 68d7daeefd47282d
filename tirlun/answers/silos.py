"""Data and information: silos as Welsh information governance sees them, and the datasets behind them.

Three kinds of finding, each citing the rule it rests on (``data_silos``): an assessment made for one structure
and not used by a neighbouring one that plans on the same theme; two assessments of the same theme and footprint
in the same period; personal data travelling between controllers with no protocol recorded (a question, not a
breach). Personal data is never said to belong with a board or with more bodies (data minimisation), and a
published or aggregate dataset is never said to need a sharing agreement (WASPI: protocols are for personal
information shared between data controllers). The query returns facts; the sentences are built here from
catalogue keys, so the one catalogue holds the English and the Welsh. Each finding carries ``Evidence``: how many
of the rows behind it come from a public source.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tirlun.answers import stored
from tirlun.answers.base import Context, Download, Reader, Streamer, Table, ranked, stream_rows
from tirlun.answers.evidence import Evidence, from_row
from tirlun.i18n import Translator

KINDS: tuple[str, ...] = ("unused_assessment", "duplicate_assessment", "personal_flow_unrecorded")
# The per-kind counts data_silos returns on every row, by finding kind.
_KIND_COUNTS = {"unused_assessment": "unused_assessments", "duplicate_assessment": "duplicate_assessments",
                "personal_flow_unrecorded": "unrecorded_flows"}
FINDING_LIMIT = 50
DATASET_LIMIT = 100
FLOWS_EACH = 20
FINDING_COLUMNS = ("kind_label", "about", "other", "reason", "rule", "rests_on")
DATASET_COLUMNS = ("label", "kind_label", "form_label", "controller", "for", "flow_count", "unrecorded_flows")
FLOW_COLUMNS = ("dataset", "to", "protocol")
# column -> catalogue key: the columns a reader sees, in order (the page and the downloads)
FINDING_LABELS = {"kind_label": "col.kind", "about": "col.dataset", "other": "col.related", "reason": "col.reason",
                  "rule": "silos.col.rule", "rests_on": "silos.col.rests_on"}
DATASET_LABELS = {"label": "col.name", "kind_label": "col.kind", "form_label": "silos.col.form",
                  "controller": "silos.col.controller", "for": "col.produced_for", "flow_count": "col.flows",
                  "unrecorded_flows": "silos.col.unrecorded"}
FLOW_LABELS = {"dataset": "col.dataset", "to": "col.to", "protocol": "silos.col.protocol"}
CHART_LABELS = {"kind_label": "col.kind", "findings": "silos.count"}
# The unit the rows behind a finding are counted in (catalogue key evidence.unit.rows).
EVIDENCE_UNIT = "rows"


@dataclass(frozen=True)
class SilosAnswer:
    """What the Data and information page shows: totals, the findings with their rules and evidence, the datasets."""

    kind: str | None
    datasets_total: int
    flows_total: int
    personal_flows_unrecorded: int  # flows of personal data to another party with no protocol recorded
    findings_total: int  # every finding, all kinds
    findings_by_kind: dict[str, int]
    findings: Table  # the chosen kind (or all), in ranking order; each row has evidence (Evidence) and rests_on
    datasets: Table
    flows: Table  # the flows of the datasets shown (at most FLOWS_EACH each)
    rule: str  # the finding rules and the sources they rest on, for the page's help
    evidence: Evidence  # the rows behind the findings shown, summed
    chart_rows: list[dict[str, Any]] = field(default_factory=list)  # kind label -> count, for the bar chart
    # What the counts by kind rest on: the rows behind every finding of each kind (counted by data_silos, not only
    # those shown), and all kinds together (what findings_total rests on).
    evidence_by_kind: dict[str, Evidence] = field(default_factory=dict)
    evidence_all: Evidence = field(default_factory=lambda: Evidence(0, 0, EVIDENCE_UNIT))


def _names(items: list[str] | None) -> str:
    return ", ".join(items or [])


def reason(row: Mapping[str, Any], tr: Translator) -> str:
    """One finding as a sentence in ``tr``'s language, from catalogue key ``silos.reason.<kind>``."""
    welsh = tr.lang == "cy"
    kind = str(row["kind"])
    key = f"silos.reason.{kind}"
    if kind == "personal_flow_unrecorded":
        key += f".{row.get('other_kind') or 'organisation'}"
    text = tr(key, dataset=tr.pick(row, "dataset_name") or str(row.get("dataset_id") or ""),
             made_for=tr.pick(row, "made_for_name") or str(row.get("made_for_id") or ""),
             other=tr.pick(row, "other_name") or str(row.get("other_id") or ""),
             controller=tr.pick(row, "controller_name") or str(row.get("controller_id") or ""),
             themes=_names(row.get("themes_cy") if welsh else row.get("themes")))
    if row.get("law"):
        text += " " + tr(f"silos.law.{row['law']}")
    return text


def rule_of(row: Mapping[str, Any], tr: Translator) -> str:
    """The rule or section a finding rests on: the law's section when the law asks for it, else the kind's rule."""
    return tr(f"silos.rule.{row['law']}") if row.get("law") else tr(f"silos.rule.{row['kind']}")


def finding_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    """A data_silos row with what the page shows added: kind label, names, sentence, rule and evidence."""
    evidence = from_row(row, EVIDENCE_UNIT, sourced="sourced", total="rows")
    keep = {k: v for k, v in row.items() if k not in _KIND_COUNTS.values() and k != "evidence_by_kind"}
    return {**keep, "kind_label": tr(f"silos.kind.{row['kind']}"), "about": tr.pick(row, "dataset_name"),
            "other": tr.pick(row, "other_name") or None, "reason": reason(row, tr), "rule": rule_of(row, tr),
            "evidence": evidence, "rests_on": evidence.words(tr)}


def dataset_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    """An app_datasets row with names in the language and labels for kind and form."""
    keep = {k: v for k, v in row.items() if k not in ("total", "flows_total", "unrecorded_total")}
    return {**keep, "label": tr.pick(row, "name"), "controller": tr.pick(row, "controller") or None,
            "for": tr.pick(row, "partnership") or None, "kind_label": _coded("kind", row.get("kind"), tr),
            "form_label": _coded("form", row.get("form"), tr)}


def _coded(group: str, value: Any, tr: Translator) -> str:
    """A stored code value's label from the catalogue's ``data.<group>.<value>`` keys (unknown codes read as words)."""
    return tr.label(f"data.{group}", value)


def protocol_label(kind: str | None, protocol: str | None, tr: Translator) -> str:
    """A flow's protocol in words: only personal data needs one, so the others say it is not needed."""
    if protocol:
        return _coded("protocol", protocol, tr)
    return tr("data.protocol_none_recorded") if kind == "personal" else tr("data.protocol_not_needed")


def flow_rows(datasets: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    """One row per flow of the given datasets: dataset, destination (named in the language), protocol."""
    welsh = tr.lang == "cy"
    return [{"dataset": d["label"],
             "to": (f.get("to_name_cy") if welsh else None) or f.get("to_name_en") or f.get("to_id"),
             "protocol": protocol_label(d.get("kind"), f.get("protocol"), tr)}
            for d in datasets for f in (d.get("flows") or [])]


def rule_text(tr: Translator) -> str:
    return tr("silos.help")


def answer(db: Reader, ctx: Context, *, limit: int = FINDING_LIMIT, kind: str | None = None,
           dataset_limit: int = DATASET_LIMIT) -> SilosAnswer:
    """Silo findings (at most ``limit``, in ranking order), their totals per kind, and the top datasets."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown silo kind {kind!r}; one of {', '.join(KINDS)}")
    # Kept with the graph (tirlun.answers.stored): every kind's findings are counted once per version and choice.
    found = stored.query_rows(db, "data_silos", {**ctx.params, "kind": kind}, limit)
    sets = db.read("app_datasets", {"region": ctx.region, "limit": dataset_limit, "flows_each": FLOWS_EACH})
    first = found[0] if found else {}
    counted = first
    if not found and kind is not None:
        # The chosen kind is empty; ask once more for the other kinds' counts.
        other = stored.query_rows(db, "data_silos", {**ctx.params, "kind": None}, 1)
        counted = other[0] if other else {}
    by_kind = {k: int(counted.get(col) or 0) for k, col in _KIND_COUNTS.items()}
    by_kind_evidence = kind_evidence(counted)
    top = sets[0] if sets else {}
    tr = ctx.tr
    rows = [finding_row(r, tr) for r in found]
    shown_sets = [dataset_row(r, tr) for r in sets]
    whole = downloads(ctx, kind)
    findings = ranked([{**r, "total": first.get("total", 0)} for r in rows], limit, FINDING_COLUMNS,
                      empty_reason=_empty_findings(ctx, kind, sum(by_kind.values()), len(sets))
                      ).shown_as(FINDING_LABELS, whole["findings"])
    datasets = ranked([{**r, "total": top.get("total", 0)} for r in shown_sets], dataset_limit, DATASET_COLUMNS,
                      empty_reason=tr("silos.empty.datasets", region=ctx.region or tr("common.all"))
                      ).shown_as(DATASET_LABELS, whole["datasets"])
    flows = flow_rows(shown_sets, tr)
    flow_table = Table(rows=flows, total=int(top.get("flows_total") or 0), limit=None, columns=FLOW_COLUMNS,
                       empty_reason=None if flows else tr("silos.empty.flows"), labels=FLOW_LABELS,
                       download=whole["flows"])
    chart = [{"kind": k, "kind_label": tr(f"silos.kind.{k}"), "findings": n} for k, n in by_kind.items() if n]
    evidence = sum((r["evidence"] for r in rows), Evidence(0, 0, EVIDENCE_UNIT))
    return SilosAnswer(
        kind=kind, datasets_total=int(top.get("total") or 0), flows_total=int(top.get("flows_total") or 0),
        personal_flows_unrecorded=int(top.get("unrecorded_total") or 0),
        findings_total=sum(by_kind.values()), findings_by_kind=by_kind, findings=findings,
        datasets=datasets, flows=flow_table, rule=rule_text(tr), evidence=evidence, chart_rows=chart,
        evidence_by_kind=by_kind_evidence,
        evidence_all=sum(by_kind_evidence.values(), Evidence(0, 0, EVIDENCE_UNIT)),
    )


def kind_evidence(row: Mapping[str, Any]) -> dict[str, Evidence]:
    """Each kind's evidence from a data_silos row's evidence_by_kind (every finding of the kind, counted on the server)."""
    counted = {str(e["kind"]): e for e in row.get("evidence_by_kind") or []}
    return {k: from_row(counted.get(k, {}), EVIDENCE_UNIT, sourced="sourced", total="rows") for k in KINDS}


def _empty_findings(ctx: Context, kind: str | None, all_kinds: int, datasets: int) -> str:
    """Why there is no finding to show, and what to try."""
    tr = ctx.tr
    if datasets == 0:
        return tr("silos.empty.no_data")
    if kind is not None and all_kinds:
        return tr("silos.empty.kind", kind=tr(f"silos.kind.{kind}"))
    return tr("silos.empty.none", as_of=ctx.as_of.isoformat())


def _findings_worded(batch: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    return [finding_row(r, tr) for r in batch]


def _datasets_worded(batch: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    return [dataset_row(r, tr) for r in batch]


def _flows_worded(batch: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    return flow_rows([dataset_row(r, tr) for r in batch], tr)


def downloads(ctx: Context, kind: str | None) -> dict[str, Download]:
    """The whole lists behind the three tables, worded in ``ctx.lang``, streamed in batches when asked for."""
    every_set = {"region": ctx.region, "limit": None, "flows_each": None}
    return {
        "findings": Download("data_silos", {**ctx.params, "kind": kind, "limit": None}, FINDING_LABELS,
                             _findings_worded, ctx.lang),
        "datasets": Download("app_datasets", every_set, DATASET_LABELS, _datasets_worded, ctx.lang),
        "flows": Download("app_datasets", every_set, FLOW_LABELS, _flows_worded, ctx.lang),
    }


def all_findings(db: Streamer, ctx: Context, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Every finding, worded in ``ctx.lang``, streamed in batches from the server: the full-list download."""
    return stream_rows(db, downloads(ctx, kind)["findings"])


def all_datasets(db: Streamer, ctx: Context) -> Iterator[dict[str, Any]]:
    """Every dataset with every flow, streamed: the full-list download."""
    return stream_rows(db, downloads(ctx, None)["datasets"])


def all_flows(db: Streamer, ctx: Context) -> Iterator[dict[str, Any]]:
    """Every flow of every dataset, streamed: the full-list download."""
    return stream_rows(db, downloads(ctx, None)["flows"])
