"""Overlap: which partnerships share members or remit, ranked on the server by a documented score.

The heatmap shows the K partnerships that overlap most, ordered so that clusters of boards
that share members sit together (hierarchical clustering, scipy); the ranked pairs and one
chosen pair side by side complete the page. Every query is bounded: a region of Wales at
any size gives the same few hundred rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import leaves_list, linkage
from scipy.spatial.distance import squareform

from tirlun.answers import pairs, stored
from tirlun.answers.base import Context, Download, Reader, Table, ranked
from tirlun.answers.evidence import Evidence, from_row
from tirlun.answers.names import apply_dated_names, dated_names, partnership_label, unique_labels
from tirlun.i18n import Translator

MEMBERS = ("organisations", "people", "themes")
MEASURES = ("score", "jaccard", "overlap_coefficient")
PAIR_LIMIT = 200
HEATMAP_K = 15  # at 1280x720 every label and every number in a cell stays readable up to about 15


@dataclass(frozen=True)
class Cell:
    a: str
    b: str
    shared: int
    value: float
    evidence: Evidence | None = None  # the rows that make its shared members, and how many are sourced
    rests_on: str = ""  # the same in words, in the answer's language


@dataclass
class PairDetail:
    """One pair side by side: who is in both, and who only in one."""

    a_id: str
    b_id: str
    a_label: str
    b_label: str
    shared: list[str]
    only_a: list[str]
    only_b: list[str]

    @property
    def union(self) -> int:
        return len(self.shared) + len(self.only_a) + len(self.only_b)

    @property
    def jaccard(self) -> float:
        return len(self.shared) / self.union if self.union else 0.0


@dataclass
class OverlapAnswer:
    by: str
    measure: str
    pairs: Table
    heatmap_ids: list[str]
    axis: dict[str, str]  # id -> short label, unique
    names: dict[str, str]  # id -> full name in the language asked
    cells: list[Cell]
    pair: PairDetail | None
    partnerships: Table  # for choosing a pair: active partnerships, largest first
    headline: str
    rule: str
    empty_reason: str | None = None
    choices: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None  # what the headline (the top pair) rests on
    rests_on: str = ""
    downloads: dict[str, Download] = field(default_factory=dict)  # "pairs": every ranked pair, as a CSV


EVIDENCE_UNIT = {"organisations": "memberships", "people": "seats", "themes": "rows"}


def order_by_clusters(ids: list[str], values: dict[tuple[str, str], float]) -> list[str]:
    """Ids in an order that puts partnerships which overlap each other next to each other.

    Average-linkage clustering on 1 - overlap; its leaf order turns clusters into blocks
    along the heatmap's diagonal. Ties and fewer than three ids keep the given order.
    """
    if len(ids) < 3:
        return ids
    n = len(ids)
    dist = np.ones((n, n))
    np.fill_diagonal(dist, 0.0)
    for i in range(n):
        for j in range(i + 1, n):
            v = values.get((ids[i], ids[j]), values.get((ids[j], ids[i]), 0.0))
            dist[i, j] = dist[j, i] = 1.0 - v
    order = leaves_list(linkage(squareform(dist, checks=False), method="average"))
    return [ids[i] for i in order]


def _pair_rows(db: Reader, ctx: Context, by: str, min_shared: int, scope: str, level: str | None,
               rank_by: str, limit: int | None, family: bool) -> list[dict[str, Any]]:
    """partnership_overlap's rows, counted by sparse products (tirlun.answers.pairs) and kept with the graph."""
    params = {**ctx.params, "members": by, "min_shared": min_shared, "scope": scope, "level": level,
              "rank_by": rank_by, "family": family}
    return stored.ranked_rows(db, "partnership_overlap", params, pairs.compute, limit)


PAIR_LABELS = {"a": "col.partnership_a", "b": "col.partnership_b", "shared": "col.shared", "a_size": "col.a_size",
               "b_size": "col.b_size", "score": "col.score", "jaccard": "col.jaccard",
               "overlap_coefficient": "col.overlap_coefficient", "shared_list": "col.shared_names",
               "rests_on": "evidence.column"}


# the heatmap's cells as a table (its chart's Table tab), and one pair's members side by side (a download)
HEATMAP_LABELS = {"a_full": "col.partnership_a", "b_full": "col.partnership_b", "shared": "col.shared",
                  "value": "col.value", "rests_on": "evidence.column"}
SIDE_LABELS = {"member": "col.name", "where": "col.where"}


@dataclass(frozen=True)
class PairWording:
    """A batch of partnership_overlap rows in ``tr``'s language: names, shared members, what a pair rests on."""

    by: str

    def __call__(self, rows: list[dict[str, Any]], tr: Translator) -> list[dict[str, Any]]:
        for r in rows:
            r["a"] = tr.pick(r, "a_name")
            r["b"] = tr.pick(r, "b_name")
            r["shared_list"] = r["shared_names_cy"] if tr.lang == "cy" else r["shared_names"]
            r["rests_on"] = pair_evidence(r, self.by).words(tr)
        return rows


def pairs_download(ctx: Context, *, by: str, min_shared: int, scope: str, level: str | None,
                   rank_by: str, family: bool = False) -> Download:
    """Every pair of the ranking the page cuts at PAIR_LIMIT (partnership_overlap, unbounded), for the full CSV."""
    return Download("partnership_overlap", {**ctx.params, "members": by, "min_shared": min_shared, "scope": scope,
                                            "level": level, "rank_by": rank_by, "limit": None, "family": family},
                    PAIR_LABELS,
                    PairWording(by), ctx.lang)


def top_pairs(db: Reader, ctx: Context, *, by: str = "organisations", min_shared: int = 2, scope: str = "regional",
              level: str | None = None, rank_by: str = "score", limit: int = PAIR_LIMIT, family: bool = False) -> Table:
    """The ranked pairs, cut on the server; each row carries names in ctx.lang."""
    rows = _pair_rows(db, ctx, by, min_shared, scope, level, rank_by, limit, family)
    tr = ctx.tr
    PairWording(by)(rows, tr)
    reason = empty_reason(ctx, by, min_shared, scope, level)
    whole = pairs_download(ctx, by=by, min_shared=min_shared, scope=scope, level=level, rank_by=rank_by, family=family)
    return ranked(rows, limit, empty_reason=reason).shown_as(PAIR_LABELS, whole)


def pair_evidence(row: dict[str, Any], by: str) -> Evidence:
    """What a pair's finding rests on: the two partnerships' rows of the kind compared (counted by partnership_overlap)."""
    return from_row(row, EVIDENCE_UNIT.get(by, "rows"), "evidence_sourced", "evidence_total")


def empty_reason(ctx: Context, by: str, min_shared: int, scope: str, level: str | None) -> str:
    """Why there are no pairs, and what to try: asked in the caller's language."""
    tr = ctx.tr
    tries = [tr("overlap.try.lower_min")] if min_shared > 1 else []
    if scope == "regional" and ctx.region:
        tries.append(tr("overlap.try.wider"))
    if level:
        tries.append(tr("overlap.try.all_levels"))
    tries.append(tr("overlap.try.date"))
    return tr("overlap.empty", n=min_shared, by=tr(f"overlap.by.{by}").lower(), date=ctx.as_of.isoformat(),
             tries=" ".join(tries))


def answer(db: Reader, ctx: Context, *, by: str = "organisations", measure: str = "score", min_shared: int = 2,
           scope: str = "regional", level: str | None = None, pair: tuple[str, str] | None = None, family: bool = False,
           limit: int = PAIR_LIMIT, k: int = HEATMAP_K) -> OverlapAnswer:
    if by not in MEMBERS:
        raise ValueError(f"by must be one of {MEMBERS}")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}")
    pairs = top_pairs(db, ctx, by=by, min_shared=min_shared, scope=scope, level=level, rank_by=measure, limit=limit,
                      family=family)
    tr = ctx.tr
    # The heatmap: the K partnerships that appear first in the ranking, and every pair among them.
    ids: list[str] = []
    for r in pairs.rows:
        for pid in (r["a_id"], r["b_id"]):
            if pid not in ids and len(ids) < k:
                ids.append(pid)
    cells: list[Cell] = []
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    if ids:
        matrix = db.read("overlap_matrix", {**ctx.params, "members": by, "ids": ids})
        values: dict[tuple[str, str], float] = {}
        for r in matrix:
            v = float(r[measure])
            values[(r["a_id"], r["b_id"])] = v
            ev = Evidence(int(r["evidence_sourced"]), int(r["evidence_rows"]), EVIDENCE_UNIT[by])
            cells.append(Cell(r["a_id"], r["b_id"], int(r["shared"]), v, ev, ev.words(tr) if r["shared"] else ""))
        for r in db.read("app_partnership_names", {"ids": ids}):
            names[r["id"]] = tr.pick(r, "name")
            short[r["id"]] = partnership_label(r, tr.lang)
        ids = order_by_clusters(ids, values)
    partnerships = ranked(db.read("app_partnership_choices", {**ctx.params, "scope": scope, "limit": 300}), 300)
    for r in partnerships.rows:
        r["label"] = tr.pick(r, "name")
    detail = None
    chosen = pair or ((pairs.rows[0]["a_id"], pairs.rows[0]["b_id"]) if pairs.rows else None)
    if chosen and chosen[0] != chosen[1]:
        detail = pair_detail(db, ctx, by, chosen[0], chosen[1])
    evidence = pair_evidence(pairs.rows[0], by) if pairs.rows else None
    if pairs.rows:
        top = pairs.rows[0]
        headline = headline_sentence(top, by, tr)
    else:
        headline = pairs.empty_reason or ""
    return OverlapAnswer(
        by=by, measure=measure, pairs=pairs, heatmap_ids=ids, axis=unique_labels({i: short[i] for i in ids if i in short}),
        names=names, cells=cells, pair=detail, partnerships=partnerships, headline=headline,
        rule=tr("overlap.rule"), empty_reason=pairs.empty_reason,
        choices={"by": by, "measure": measure, "min_shared": min_shared, "scope": scope, "level": level, "k": k,
                 "family": family},
        evidence=evidence, rests_on=evidence.words(tr) if evidence else "",
        downloads={"pairs": pairs.download} if pairs.download else {},
    )


def headline_sentence(row: dict[str, Any], by: str, tr: Translator) -> str:
    """The finding in a sentence, e.g. 'These two boards share 9 of their 12 member organisations'."""
    union = int(row["a_size"]) + int(row["b_size"]) - int(row["shared"])
    return tr(f"overlap.headline.{by}", a=row["a"], b=row["b"], shared=row["shared"], union=union)


def pair_detail(db: Reader, ctx: Context, by: str, a: str, b: str) -> PairDetail:
    """Shared, only-A and only-B members of two partnerships: the one place this arithmetic lives."""
    rows = db.read("overlap_pair", {**ctx.params, "members": by, "a": a, "b": b})
    # Organisations (and posts' employers) by the names they had on the day viewed.
    names = dated_names(db, [str(r["id"]) for r in rows if r.get("kind") == "organisation"]
                        + [str(r["organisation_id"]) for r in rows if r.get("organisation_id")], ctx.as_of)
    apply_dated_names([r for r in rows if r.get("kind") == "organisation"], names, "id",
                      {"name_en": "name_en", "name_cy": "name_cy"})
    apply_dated_names([r for r in rows if r.get("kind") == "person"], names, "organisation_id",
                      {"short_name": "short_name", "label_cy": "short_name_cy"})
    tr = ctx.tr
    labels = {r["id"]: partnership_label(r, tr.lang) for r in db.read("app_partnership_names", {"ids": [a, b]})}
    shared: list[str] = []
    only_a: list[str] = []
    only_b: list[str] = []
    for r in rows:
        name = member_label(r, ctx.workshop, tr)
        if r["in_a"] and r["in_b"]:
            shared.append(name)
        elif r["in_a"]:
            only_a.append(name)
        else:
            only_b.append(name)
    key = str.lower
    return PairDetail(a, b, labels.get(a, a), labels.get(b, b), sorted(shared, key=key), sorted(only_a, key=key),
                      sorted(only_b, key=key))


def member_label(row: dict[str, Any], workshop: bool, tr: Translator) -> str:
    from tirlun.answers.labels import person_label

    if row.get("kind") == "person":
        return person_label(row, workshop, tr)
    return tr.pick(row, "name") or str(row.get("id", ""))
