"""data_silos at scale: its findings are counted in one pass and ranked in another, with the same rules.

The query never lists every finding: it counts them by kind in an aggregation and takes the ranked rows with
ORDER BY ... LIMIT. The two passes must state the same rules (one text, written twice), and what they find must
agree: the counts and the evidence on every row are those of the rows a download (limit null) returns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from tirlun import registry
from tirlun.database import Database

AS_OF = dt.date(2025, 6, 30)
KINDS = ("unused_assessment", "duplicate_assessment", "personal_flow_unrecorded")
COUNTS = {"unused_assessment": "unused_assessments", "duplicate_assessment": "duplicate_assessments",
          "personal_flow_unrecorded": "unrecorded_flows"}
PER_FINDING = ("kind", "dataset_id", "made_for_id", "other_kind", "other_id", "controller_id", "law", "themes",
               "themes_cy", "rows", "sourced")


def _passes(body: str) -> list[list[str]]:
    """The findings subquery of each pass, line by line without indentation."""
    blocks = re.findall(r"(WITH as_of, only WHERE .*?\[d\.illustrative, f\.illustrative\] AS flags)\n", body, re.S)
    return [[line.strip() for line in block.splitlines()] for block in blocks]


def test_the_counting_pass_and_the_ranking_pass_state_the_same_rules() -> None:
    passes = _passes(registry.get("data_silos").body)
    assert len(passes) == 2
    assert passes[0] == passes[1]
    assert any("MATCH (d:Dataset {kind: 'personal'})-[f:FLOWS_TO]->(to)" in line for line in passes[0])
    # Ranked with ORDER BY ... LIMIT, never from a list of every finding.
    body = registry.get("data_silos").body
    assert "LIMIT coalesce($limit, " in body
    assert "AS found" not in body


def _finding(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(str(row[k]) for k in PER_FINDING)


@pytest.mark.parametrize("region", [None, "ctm"])
def test_counts_and_evidence_are_those_of_every_finding(seeded: Database, region: str | None) -> None:
    every = seeded.read("data_silos", {"as_of": AS_OF, "region": region, "limit": None})
    assert every, "the seed has findings"
    assert {r["total"] for r in every} == {len(every)}
    by_kind = Counter(r["kind"] for r in every)
    for kind, column in COUNTS.items():
        assert {r[column] for r in every} == {by_kind[kind]}
    evidence = [{"kind": k, "rows": sum(r["rows"] for r in every if r["kind"] == k),
                 "sourced": sum(r["sourced"] for r in every if r["kind"] == k)} for k in KINDS]
    assert all(r["evidence_by_kind"] == evidence for r in every)
    # A bounded read is the head of the download, with the same counts.
    top = seeded.read("data_silos", {"as_of": AS_OF, "region": region, "limit": 3})
    assert top == every[:3]
    # One kind: its findings in the same order, the counts by kind unchanged, total that kind's count.
    for kind in KINDS:
        rows = seeded.read("data_silos", {"as_of": AS_OF, "region": region, "kind": kind, "limit": None})
        assert [_finding(r) for r in rows] == [_finding(r) for r in every if r["kind"] == kind]
        assert {r["total"] for r in rows} <= {by_kind[kind]}
        assert all(r["evidence_by_kind"] == evidence for r in rows)
