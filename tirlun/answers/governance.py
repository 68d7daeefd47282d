"""Governance: sub-group trees, reporting lines, statutory gaps, governance findings and lineage, bounded.

Statutory gaps judge only the body a law sets up (SET_UP_UNDER, level board), never a body that only
discharges a duty under it nor a sub-group. A gap names the body the law names for the board's footprint
(the council of each local authority area it covers, the health board, fire authority... that SERVE it),
cites the section that prescribes the membership and carries the rows it rests on (``evidence``: table,
key, source, illustrative; ``sourced``: an Evidence) so a reader can check it. Beside the gaps, the
invitations a PSB must send (WFG(W)A 2015 s.30) are listed as invited or not, and an RPB's representative
members as "cannot be checked" (the data records no representative roles).
The rule is in statutory_gaps.cypher's header and in the page's help (``governance.gaps_help``). Every table
is ranked, cut and counted on the server; the full lists stream as downloads (``all_rows``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tirlun.answers.base import (
    Context,
    Download,
    EachRow,
    Reader,
    Streamer,
    Table,
    ranked,
    read_together,
    stream_rows,
)
from tirlun.answers.evidence import Evidence, from_flags, from_row
from tirlun.i18n import Translator
from tirlun.loader.models import TABLES_BY_NAME

TREE_LIMIT = 300
LIMIT = 200
ISSUES: tuple[str, ...] = ("reports_to_nothing", "cycle", "past_end_date", "no_terms_of_reference", "review_overdue")
TREE_COLUMNS = ("label", "level_label", "depth", "path_text")
LINE_COLUMNS = ("from", "kind", "to")
GAP_COLUMNS = ("label", "law", "section", "body_label", "type_label", "for_text", "status_label", "invited_text",
               "evidence_text")
INVITATION_COLUMNS = ("label", "provision", "item_label", "body_label", "for_text", "status_label")
FINDING_COLUMNS = ("issue_label", "label", "detail_text", "rests_on")
LINEAGE_COLUMNS = ("date", "event_label", "from", "to", "current")
# tab -> column -> catalogue key: the columns a reader sees, in order (the page and the downloads)
LABELS: dict[str, dict[str, str]] = {
    "tree": {"label": "col.partnership", "level_label": "col.level", "depth": "col.depth", "path_text": "col.path"},
    "reporting": {"from": "col.partnership", "kind": "col.relationship", "to": "col.to"},
    "gaps": {"label": "col.partnership", "body_label": "governance.col.body", "for_text": "governance.col.for",
             "section": "col.section", "law": "col.legislation", "type_label": "col.org_type",
             "status_label": "col.status", "invited_text": "col.invited", "sourced_text": "governance.col.sourced"},
    "invitations": {"label": "col.partnership", "provision": "governance.col.provision",
                    "item_label": "governance.col.item", "body_label": "governance.col.body",
                    "for_text": "governance.col.for", "status_label": "col.status",
                    "sourced_text": "governance.col.sourced"},
    "findings": {"issue_label": "col.issue", "label": "col.partnership", "detail_text": "col.detail",
                 "rests_on": "evidence.column"},
    "lineage": {"date": "col.date", "event_label": "col.event", "from": "col.from", "to": "col.to",
                "current": "col.current"},
}
# a gap's download also carries each row it rests on, as text
DOWNLOAD_LABELS = {**LABELS, "gaps": {**LABELS["gaps"], "evidence_text": "col.evidence"}}
# tab -> the query behind it (all take as_of, region and limit)
QUERIES = {"tree": "subgroup_tree", "gaps": "statutory_gaps", "findings": "governance", "lineage": "lineage",
           "invitations": "statutory_invitations"}


@dataclass(frozen=True)
class GovernanceAnswer:
    """What the Governance page shows, each table ranked and cut on the server, with why it may be empty."""

    tree: Table
    trees: int  # how many trees (boards at the top, or groups standing alone)
    reporting: Table  # lines of the tree rows shown: sub-group of, reports to
    gaps: Table  # each row names the missing body (body_label) and carries ``sourced``, an Evidence
    boards_with_gaps: int
    invitations: Table  # PSB s.30 invitations (invited or not), RPB representatives (cannot be checked)
    findings: Table  # each row carries evidence (an Evidence: the partnership rows it rests on) and rests_on
    findings_by_issue: dict[str, int]
    lineage: Table
    gaps_rule: str  # the statutory-gap rule, for the page's help
    findings_rule: str
    # What each issue's count rests on: the partnership rows behind every finding of the issue (not only those shown).
    findings_evidence: dict[str, Evidence] = field(default_factory=dict)
    # What the gap count and boards_with_gaps rest on: every gap's rows (board, law, body named, member rows).
    gaps_evidence: Evidence | None = None


def _text(row: Mapping[str, Any], base: str, tr: Translator) -> str:
    """A list column (path, invited, reports_to_names) in ``tr``'s language, joined for reading."""
    items = row.get(f"{base}_cy") if tr.lang == "cy" else row.get(base)
    return ", ".join(items or [])


def tree_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    path = row.get("path_cy") if tr.lang == "cy" else row.get("path")
    return {**_facts(row), "label": tr.pick(row, "name"), "level_label": tr.label("level", row.get("level")),
            "path_text": " › ".join(path or []), "reports_to_text": _text(row, "reports_to_names", tr)}


def evidence_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    """One row a finding rests on, worded: its table, key, source, date and whether it is illustrative."""
    day = row.get("as_of")
    table = TABLES_BY_NAME.get(str(row.get("table")))
    return {"table": row.get("table"), "key": row.get("key"), "source": row.get("source"),
            "table_label": table.title(tr.lang) if table else row.get("table"),
            "as_of": str(day) if day is not None else None,
            "illustrative": bool(row.get("illustrative")),
            "status_label": tr("governance.evidence.illustrative") if row.get("illustrative")
            else tr("governance.evidence.sourced")}


def evidence_text(rows: list[dict[str, Any]]) -> str:
    """The evidence in one cell (downloads): 'table key (sourced|illustrative): source', separated by ' | '."""
    return " | ".join(f"{r['table']} {r['key']} ({r['status_label']}): {r['source']}" for r in rows)


def sourced(evidence: list[dict[str, Any]]) -> Evidence:
    """How many of the rows a finding rests on come from a public source."""
    return from_flags([e.get("illustrative") for e in evidence], "rows")


def gap_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    """A statutory gap: the missing body named (or its type, when the graph names none), the section, the rows."""
    title = tr.pick(row, "legislation_title")
    law = f"{title} ({row['citation']})" if row.get("citation") else title
    evidence = [evidence_row(e, tr) for e in row.get("evidence") or []]
    type_label = tr.label("org_type", row.get("org_type"))
    body = tr.pick(row, "body_name") if row.get("body_id") else tr("governance.gap_unnamed", type=type_label)
    proof = sourced(row.get("evidence") or [])
    return {**_facts(row), "label": tr.pick(row, "partnership_name"), "law": law,
            "section": row.get("members_section") or row.get("citation"), "body_label": body,
            "type_label": type_label, "for_text": _text(row, "for_areas", tr),
            "status_label": tr.label("gap_status", row.get("status")), "invited_text": _text(row, "invited", tr),
            "evidence": evidence, "evidence_text": evidence_text(evidence), "sourced": proof,
            "sourced_text": proof.words(tr)}


def invitation_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    """A s.30 invitation (invited or not) or an RPB representative member (cannot be checked)."""
    item = row.get("item")
    rep = row.get("kind") == "rpb"
    item_label = tr(f"governance.representative.{item}") if rep else tr.label("org_type", item)
    body = tr.pick(row, "body_name") if row.get("body_id") else (item_label if rep else
                                                              tr("governance.gap_unnamed", type=item_label))
    proof = sourced(row.get("evidence") or [])
    return {**_facts(row), "label": tr.pick(row, "partnership_name"), "provision": row.get("provision"),
            "item_label": item_label, "body_label": body, "for_text": _text(row, "for_areas", tr),
            "status_label": tr(f"governance.invitation.{row.get('status')}"),
            "evidence": [evidence_row(e, tr) for e in row.get("evidence") or []], "sourced": proof,
            "sourced_text": proof.words(tr)}


def finding_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    evidence = from_row(row, "partnerships", sourced="sourced", total="rows")
    return {**_facts(row), "issue_label": tr.label("governance_issue", row.get("issue")),
            "label": tr.pick(row, "partnership_name"), "detail_text": detail(row, tr), "evidence": evidence,
            "rests_on": evidence.words(tr)}


def issue_evidence(row: Mapping[str, Any]) -> dict[str, Evidence]:
    """Each issue's evidence from a governance row's evidence_by_issue (every finding of the issue, counted on the server)."""
    counted = {str(e["issue"]): e for e in row.get("evidence_by_issue") or []}
    return {i: from_row(counted.get(i, {}), "partnerships", sourced="sourced", total="rows") for i in ISSUES}


def detail(row: Mapping[str, Any], tr: Translator) -> str:
    """A governance finding in a sentence, in ``tr``'s language: the query gives the facts, the catalogue the words."""
    welsh = tr.lang == "cy"
    names = [str(n) for n in (row.get("names_cy") if welsh else row.get("names")) or []]
    key = f"governance.detail.{row['issue']}" + (f".{row['variant']}" if row.get("variant") else "")
    level = row.get("level")
    date = row.get("on_date")
    return tr(key, name=tr.pick(row, "partnership_name"),
             level=tr(f"governance.detail.level.{level}") if level in ("subgroup", "task_and_finish") else (level or ""),
             names=(" → " if row["issue"] == "cycle" else ", ").join(names),
             date=date.isoformat() if isinstance(date, dt.date) else str(date or ""))


def lineage_row(row: Mapping[str, Any], tr: Translator) -> dict[str, Any]:
    return {**_facts(row), "event_label": tr.label("lineage_event", row.get("event")), "from": tr.pick(row, "from_name"),
            "to": tr.pick(row, "to_name") or None, "current": tr.pick(row, "current_name") or None}


WORDING = {"tree": tree_row, "gaps": gap_row, "findings": finding_row, "lineage": lineage_row,
           "invitations": invitation_row}
_COUNTS = ("total", "trees", "boards", "evidence_by_issue", "evidence_rows", "evidence_sourced", *ISSUES)


def _facts(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row without the whole-answer counts the server repeats on every row."""
    return {k: v for k, v in row.items() if k not in _COUNTS}


def reporting_lines(tree: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
    """Each shown partnership's lines up: the group it is a sub-group of, and those it reports to."""
    lines: list[dict[str, Any]] = []
    for r in tree:
        path = r.get("path_cy") if tr.lang == "cy" else r.get("path")
        if r.get("parent_id") and path and len(path) > 1:
            lines.append({"from": r["label"], "kind": tr("governance.subgroup_of"), "to": path[-2]})
        names = (r.get("reports_to_names_cy") if tr.lang == "cy" else r.get("reports_to_names")) or []
        lines += [{"from": r["label"], "kind": tr("governance.reports_to"), "to": n} for n in names]
    return lines


def download(ctx: Context, name: str) -> Download:
    """One tab's whole list (tree, gaps, invitations, findings, lineage), worded in ``ctx.lang``."""
    return Download(QUERIES[name], {**ctx.params, "limit": None}, DOWNLOAD_LABELS[name], EachRow(WORDING[name]),
                    ctx.lang)


def _table(ctx: Context, name: str, rows: list[dict[str, Any]], limit: int | None, columns: tuple[str, ...],
           empty: str) -> Table:
    total = rows[0]["total"] if rows else 0
    worded = [{**WORDING[name](r, ctx.tr), "total": total} for r in rows]
    return ranked(worded, limit, columns, empty_reason=empty).shown_as(LABELS[name], download(ctx, name))


def answer(db: Reader, ctx: Context, *, limit: int = LIMIT, tree_limit: int = TREE_LIMIT) -> GovernanceAnswer:
    """The page's five tabs, each at most ``limit`` rows (the trees ``tree_limit``), with totals and rules."""
    base = ctx.params
    got = read_together(db, {"tree": ("subgroup_tree", {**base, "limit": tree_limit}),
                             "gaps": ("statutory_gaps", {**base, "limit": limit}),
                             "found": ("governance", {**base, "limit": limit}),
                             "lineage": ("lineage", {**base, "limit": limit}),
                             "invitations": ("statutory_invitations", {**base, "limit": limit})})
    tree, gaps, found, lineage = got["tree"], got["gaps"], got["found"], got["lineage"]
    day = ctx.as_of.isoformat()
    tr = ctx.tr
    tree_table = _table(ctx, "tree", tree, tree_limit, TREE_COLUMNS, tr("governance.empty.tree", as_of=day))
    lines = reporting_lines(tree_table.rows, tr)
    return GovernanceAnswer(
        tree=tree_table,
        trees=int(tree[0]["trees"]) if tree else 0,
        reporting=Table(rows=lines, total=len(lines), limit=None, columns=LINE_COLUMNS,
                        empty_reason=None if lines else tr("governance.empty.reporting"),
                        labels=LABELS["reporting"]),
        gaps=_table(ctx, "gaps", gaps, limit, GAP_COLUMNS, tr("governance.empty.gaps", as_of=day)),
        boards_with_gaps=int(gaps[0]["boards"]) if gaps else 0,
        gaps_evidence=from_row(gaps[0], "rows", "evidence_sourced", "evidence_rows") if gaps else None,
        invitations=_table(ctx, "invitations", got["invitations"], limit, INVITATION_COLUMNS,
                           tr("governance.empty.invitations", as_of=day)),
        findings=_table(ctx, "findings", found, limit, FINDING_COLUMNS, tr("governance.empty.findings", as_of=day)),
        findings_by_issue={i: int(found[0][i]) if found else 0 for i in ISSUES},
        findings_evidence=issue_evidence(found[0]) if found else {},
        lineage=_table(ctx, "lineage", lineage, limit, LINEAGE_COLUMNS, tr("governance.empty.lineage", as_of=day)),
        gaps_rule=tr("governance.gaps_help"),
        findings_rule=tr("governance.findings_help"),
    )


def all_rows(db: Streamer, ctx: Context, name: str) -> Iterator[dict[str, Any]]:
    """Every row of one tab (tree, gaps, findings, lineage), worded in ``ctx.lang``, streamed: the download."""
    return stream_rows(db, download(ctx, name))


EVIDENCE_LABELS = {"table_label": "col.table", "key": "col.key", "source": "col.source", "as_of": "col.as_of",
                   "status_label": "col.provenance"}


def evidence_tables(rows: list[dict[str, Any]], tr: Translator) -> list[tuple[str, list[dict[str, Any]]]]:
    """Per gap shown: a heading (board, type of member, section) and the rows it rests on, in ``tr``'s language's
    words (the page shows one small table per gap)."""
    out = []
    for r in rows:
        heading = tr("governance.evidence_one", partnership=r["label"], type=r["body_label"], section=r.get("section") or "")
        out.append((heading, [{tr(v): e.get(k) for k, v in EVIDENCE_LABELS.items()} for e in r.get("evidence") or []]))
    return out
