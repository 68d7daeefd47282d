"""Which partnerships share members, counted by sparse matrix products: partnership_overlap at any size.

``partnership_overlap`` (the library query) forms every pair of partnerships that share a member before it
counts them; national bodies sit on thousands of partnerships, so on all of Wales at ten times today's size that
list outgrows Neo4j's transaction memory. Here the membership of each partnership is read once
(``overlap_members``, linear in the landscape) into a sparse partnership-by-member matrix M; the shared members of
every pair are M·Mᵀ, computed ``BLOCK`` partnerships at a time, and only the pairs that can still rank in the top
``limit`` are kept (plus the count of every pair that passes the filters). Names and evidence are then read for
the top pairs only (``overlap_pairs_detail``). The rows are exactly partnership_overlap's: the same filters, the
same score, the same order (ties: more shared first, then ids), the same totals; tests compare the two.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from tirlun.answers.base import Reader

BLOCK = 512  # rows of the product at a time: at most BLOCK x partnerships counts held at once
RANKS = ("score", "jaccard", "overlap_coefficient", "shared")

_MEMBER_PARAMS = ("as_of", "region", "members", "level", "scope")


def compute(db: Reader, params: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
    """partnership_overlap's rows for ``params`` (its own parameters), at most ``limit`` (None: all)."""
    rank_by = params.get("rank_by") or "score"
    if rank_by not in RANKS:
        raise ValueError(f"rank_by must be one of {RANKS}")
    min_shared = params.get("min_shared")
    min_shared = 1 if min_shared is None else int(min_shared)
    family = bool(params.get("family") or False)
    parts = db.read("overlap_members", {k: params.get(k) for k in _MEMBER_PARAMS})
    top, total = top_pairs(parts, min_shared=min_shared, rank_by=rank_by, family=family, limit=limit)
    if not top:
        return []
    details = {(r["a_id"], r["b_id"]): r for r in db.read(
        "overlap_pairs_detail", {"pairs": [[a, b] for a, b, *_ in top], "as_of": params.get("as_of"),
                                 "members": params.get("members")})}
    rows = []
    for a, b, shared, a_size, b_size in top:
        d = details.get((a, b))
        if d is None:  # a partnership removed between the two reads: the caller's version check retries
            continue
        either = a_size + b_size - shared
        rows.append({**d, "shared": shared, "a_size": a_size, "b_size": b_size, "jaccard": shared / either,
                     "overlap_coefficient": shared / min(a_size, b_size), "score": shared / (either + 2),
                     "total": total})
    return [{k: r[k] for k in COLUMNS} for r in rows]


COLUMNS = ("a_id", "a_name", "a_name_cy", "a_short", "a_short_cy", "b_id", "b_name", "b_name_cy", "b_short",
           "b_short_cy", "shared", "a_size", "b_size", "jaccard", "overlap_coefficient", "score", "shared_names",
           "shared_names_cy", "shared_ids", "evidence_sourced", "evidence_total", "total")


def top_pairs(parts: list[dict[str, Any]], *, min_shared: int, rank_by: str, family: bool,
              limit: int | None) -> tuple[list[tuple[str, str, int, int, int]], int]:
    """The top ``limit`` pairs (a_id, b_id, shared, a_size, b_size), ranked as partnership_overlap ranks, and the total.

    ``parts`` are overlap_members rows in id order. Memory: the matrix, one block of counts and the kept pairs.
    """
    parts = sorted(parts, key=lambda r: str(r["id"]))
    n = len(parts)
    if n < 2:
        return [], 0
    ids = [str(r["id"]) for r in parts]
    index = {pid: i for i, pid in enumerate(ids)}
    columns: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for r in parts:
        indices.extend(columns.setdefault(str(m), len(columns)) for m in r["members"])
        indptr.append(len(indices))
    m = sparse.csr_matrix((np.ones(len(indices), dtype=np.int32), np.array(indices, dtype=np.int64),
                           np.array(indptr, dtype=np.int64)), shape=(n, len(columns)))
    sizes = np.diff(m.indptr).astype(np.int64)
    mt = m.T.tocsc()
    # A partnership and its sub-groups at any depth share members by design: not a finding unless family is asked.
    related: set[int] = set()
    if not family:
        for i, r in enumerate(parts):
            for above in r.get("above") or []:
                j = index.get(str(above))
                if j is not None:
                    related.add(min(i, j) * n + max(i, j))
    related_codes = np.fromiter(related, dtype=np.int64, count=len(related))
    keep_a = np.empty(0, dtype=np.int64)
    keep_b = np.empty(0, dtype=np.int64)
    keep_s = np.empty(0, dtype=np.int64)
    total = 0
    for start in range(0, n, BLOCK):
        block = sparse.coo_matrix(m[start:start + BLOCK] @ mt)
        a = block.row.astype(np.int64) + start
        b = block.col.astype(np.int64)
        s = block.data.astype(np.int64)
        chosen = (b > a) & (s >= min_shared)
        a, b, s = a[chosen], b[chosen], s[chosen]
        if related_codes.size:
            chosen = ~np.isin(a * n + b, related_codes)
            a, b, s = a[chosen], b[chosen], s[chosen]
        total += int(a.size)
        a = np.concatenate([keep_a, a])
        b = np.concatenate([keep_b, b])
        s = np.concatenate([keep_s, s])
        if limit is not None:  # keep only what can still rank: the top limit so far
            order = _order(a, b, s, sizes, rank_by)[:limit]
            a, b, s = a[order], b[order], s[order]
        keep_a, keep_b, keep_s = a, b, s
    order = _order(keep_a, keep_b, keep_s, sizes, rank_by)
    keep_a, keep_b, keep_s = keep_a[order], keep_b[order], keep_s[order]
    out = [(ids[i], ids[j], int(k), int(sizes[i]), int(sizes[j])) for i, j, k in zip(keep_a, keep_b, keep_s, strict=True)]
    return out, total


def _order(a: np.ndarray, b: np.ndarray, s: np.ndarray, sizes: np.ndarray, rank_by: str) -> np.ndarray:
    """partnership_overlap's order: the measure (highest first), more shared first, then a's id, then b's."""
    sa, sb = sizes[a], sizes[b]
    either = (sa + sb - s).astype(np.float64)
    shared = s.astype(np.float64)
    if rank_by == "jaccard":
        measure = shared / either
    elif rank_by == "overlap_coefficient":
        measure = shared / np.minimum(sa, sb)
    elif rank_by == "shared":
        measure = shared
    else:
        measure = shared / (either + 2)
    # ids are in index order (parts are sorted by id), so index order is partnership_overlap's id order
    return np.lexsort((b, a, -s, -measure))
