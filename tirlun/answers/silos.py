"""Data and silos: where data stays put, the biggest silos first, and the datasets behind them.

The queries return facts (kind, entity, related party, holder, themes, counts); the sentences
are built here from catalogue keys, so the one catalogue holds the English and the Welsh.
Everything is ranked, cut and counted on the server (``data_silos``, ``app_datasets``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from tirlun.answers.base import Context, Reader, Table, ranked, speaking
from tirlun.i18n import label, language, pick, t

KINDS: tuple[str, ...] = ("isolated_dataset", "needed_data_unshared", "theme_without_sharing")
# The per-kind counts data_silos returns on every row, by finding kind.
_KIND_COUNTS = {"isolated_dataset": "isolated_datasets", "needed_data_unshared": "needed_unshared",
                "theme_without_sharing": "themes_without_sharing"}
FINDING_LIMIT = 50
DATASET_LIMIT = 100
FLOWS_EACH = 20
FINDING_COLUMNS = ("kind_label", "about", "other", "partnerships_affected", "reason")
DATASET_COLUMNS = ("label", "kind_label", "holder", "for", "personal", "flow_count", "flows_without_agreement")
FLOW_COLUMNS = ("dataset", "to", "agreement")


class Streamer(Protocol):
    """What a full-list download needs: the query's rows in batches (``Database.stream``)."""

    def stream(self, ref: Any, params: dict[str, Any] | None = None,
               batch_size: int = 2000) -> Iterator[list[dict[str, Any]]]: ...


@dataclass(frozen=True)
class SilosAnswer:
    """What the Data and silos page shows: totals, the ranked findings, the datasets and their flows."""

    kind: str | None
    datasets_total: int
    flows_total: int
    flows_without_agreement: int
    findings_total: int  # every finding, all kinds
    findings_by_kind: dict[str, int]
    findings: Table  # the chosen kind (or all), biggest silos first
    datasets: Table
    flows: Table  # the flows of the datasets shown (at most FLOWS_EACH each)
    rule: str  # the ranking and finding rules, for the page's help
    chart_rows: list[dict[str, Any]] = field(default_factory=list)  # kind label -> count, for the bar chart


def _names(items: list[str] | None) -> str:
    return ", ".join(items or [])


def reason(row: Mapping[str, Any]) -> str:
    """One finding as a sentence in the current language, from catalogue key ``silos.reason.<kind>``."""
    welsh = language() == "cy"
    themes = _names(row.get("themes_cy") if welsh else row.get("themes"))
    return t(f"silos.reason.{row['kind']}",
             entity=pick(row, "entity_name") or str(row.get("entity_id") or ""),
             related=pick(row, "related_name") or str(row.get("related_id") or ""),
             holder=pick(row, "holder_name") or str(row.get("holder_id") or ""),
             themes=themes, n=int(row.get("partnerships_affected") or 0))


def finding_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A data_silos row with what the page shows added: kind label, names in the language, the sentence."""
    return {**row, "kind_label": label("silo", row["kind"]), "about": pick(row, "entity_name"),
            "other": pick(row, "related_name") or None, "reason": reason(row)}


def dataset_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """An app_datasets row with names in the language and labels for kind and personal data."""
    keep = {k: v for k, v in row.items() if k not in ("total", "flows_total", "flows_without_total")}
    return {**keep, "label": pick(row, "name"), "holder": pick(row, "holder") or None,
            "for": pick(row, "partnership") or None, "kind_label": label("dataset_kind", row.get("kind")),
            "personal": t("common.yes") if row.get("personal_data") else t("common.no")}


def flow_rows(datasets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per flow of the given datasets: dataset, destination (named in the language), agreement."""
    welsh = language() == "cy"
    return [{"dataset": d["label"],
             "to": (f.get("to_name_cy") if welsh else None) or f.get("to_name_en") or f.get("to_id"),
             "agreement": label("agreement", f.get("agreement") or "none")}
            for d in datasets for f in (d.get("flows") or [])]


def rule_text() -> str:
    return t("silos.help")


def answer(db: Reader, ctx: Context, *, limit: int = FINDING_LIMIT, kind: str | None = None,
           dataset_limit: int = DATASET_LIMIT) -> SilosAnswer:
    """Silo findings (biggest first, at most ``limit``), their totals per kind, and the top datasets."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown silo kind {kind!r}; one of {', '.join(KINDS)}")
    found = db.read("data_silos", {**ctx.params, "kind": kind, "limit": limit})
    sets = db.read("app_datasets", {"region": ctx.region, "limit": dataset_limit, "flows_each": FLOWS_EACH})
    first = found[0] if found else {}
    by_kind = {k: int(first.get(col) or 0) for k, col in _KIND_COUNTS.items()}
    if not found and kind is not None:
        # The chosen kind is empty; ask once more (limit 0 returns no rows) for the other kinds' counts.
        other = db.read("data_silos", {**ctx.params, "kind": None, "limit": 1})
        by_kind = {k: int(other[0].get(col) or 0) if other else 0 for k, col in _KIND_COUNTS.items()}
    top = sets[0] if sets else {}
    with speaking(ctx.lang):
        rows = [finding_row(r) for r in found]
        shown_sets = [dataset_row(r) for r in sets]
        findings = ranked([{**r, "total": first.get("total", 0)} for r in rows], limit, FINDING_COLUMNS,
                          empty_reason=_empty_findings(ctx, kind, sum(by_kind.values()), len(sets)))
        datasets = ranked([{**r, "total": top.get("total", 0)} for r in shown_sets], dataset_limit, DATASET_COLUMNS,
                          empty_reason=t("silos.empty.datasets", region=ctx.region or t("common.all")))
        flows = flow_rows(shown_sets)
        flow_table = Table(rows=flows, total=int(top.get("flows_total") or 0), limit=None, columns=FLOW_COLUMNS,
                           empty_reason=None if flows else t("silos.empty.flows"))
        chart = [{"kind": k, "kind_label": label("silo", k), "findings": n} for k, n in by_kind.items() if n]
        return SilosAnswer(
            kind=kind, datasets_total=int(top.get("total") or 0), flows_total=int(top.get("flows_total") or 0),
            flows_without_agreement=int(top.get("flows_without_total") or 0),
            findings_total=sum(by_kind.values()), findings_by_kind=by_kind, findings=findings,
            datasets=datasets, flows=flow_table, rule=rule_text(), chart_rows=chart,
        )


def _empty_findings(ctx: Context, kind: str | None, all_kinds: int, datasets: int) -> str:
    """Why there is no finding to show, and what to try."""
    if datasets == 0:
        return t("silos.empty.no_data")
    if kind is not None and all_kinds:
        return t("silos.empty.kind", kind=label("silo", kind))
    return t("silos.empty.none", as_of=ctx.as_of.isoformat())


def all_findings(db: Streamer, ctx: Context, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Every finding, worded in ``ctx.lang``, streamed in batches from the server: the full-list download."""
    params = {**ctx.params, "kind": kind, "limit": None}
    for batch in db.stream("data_silos", params):
        with speaking(ctx.lang):
            worded = [finding_row(r) for r in batch]
        yield from worded


def all_datasets(db: Streamer, ctx: Context) -> Iterator[dict[str, Any]]:
    """Every dataset with every flow, streamed: the full-list download."""
    for batch in db.stream("app_datasets", {"region": ctx.region, "limit": None, "flows_each": None}):
        with speaking(ctx.lang):
            worded = [dataset_row(r) for r in batch]
        yield from worded


def all_flows(db: Streamer, ctx: Context) -> Iterator[dict[str, Any]]:
    """Every flow of every dataset, streamed: the full-list download."""
    for batch in db.stream("app_datasets", {"region": ctx.region, "limit": None, "flows_each": None}):
        with speaking(ctx.lang):
            worded = flow_rows([dataset_row(r) for r in batch])
        yield from worded
