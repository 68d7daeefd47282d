"""The Data and silos answer: totals, ranked findings worded from the catalogue, bounded tables, empty states.

Expected values are worked out by hand from the landscape in test_queries_data.tables() (drawn in its
docstring) and from seed/ctm/*.csv.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from test_queries_data import AS_OF, tables

from tirlun.answers.base import Context
from tirlun.answers.silos import all_datasets, all_findings, all_flows, answer
from tirlun.database import Database
from tirlun.i18n import catalogue

EN = Context(region=None, as_of=AS_OF, lang="en")
CY = Context(region=None, as_of=AS_OF, lang="cy")


def test_totals_ranking_and_sentences(load_tables: Callable[..., Database]) -> None:
    # Findings (see test_data_silos_by_hand): 2 isolated datasets (d3: 2 partnerships, d2: 1), 4 needs, 1 theme
    # (housing: p3, p5) = 7. Datasets 5; flows d1 2 + d3 1 + d4 2 + d5 1 = 6, of which 2 have agreement none.
    db = load_tables(tables())
    res = answer(db, EN, limit=3)
    assert (res.datasets_total, res.flows_total, res.flows_without_agreement) == (5, 6, 2)
    assert res.findings_total == 7
    assert res.findings_by_kind == {"isolated_dataset": 2, "needed_data_unshared": 4, "theme_without_sharing": 1}
    assert (len(res.findings), res.findings.total, res.findings.truncated) == (3, 7, True)
    assert [(r["kind"], r["entity_id"], r["partnerships_affected"]) for r in res.findings.rows] == [
        ("isolated_dataset", "d3", 2), ("theme_without_sharing", "housing", 2), ("isolated_dataset", "d2", 1)]
    assert [r["reason"] for r in res.findings.rows] == [
        "Dataset 'Dataset d3' (held by Org C) flows to no other organisation or partnership; "
        "2 active partnership(s) work on its themes.",
        "2 active partnerships work on Housing but no dataset is shared between any two of them.",
        "Dataset 'Dataset d2' (held by Org B) flows to no other organisation or partnership; "
        "1 active partnership(s) work on its themes.",
    ]
    assert [r["kind_label"] for r in res.findings.rows] == [
        "Dataset shared with no one", "Theme with no shared data", "Dataset shared with no one"]
    assert res.rule == catalogue("en")["silos.help"]
    assert res.chart_rows == [
        {"kind": "isolated_dataset", "kind_label": "Dataset shared with no one", "findings": 2},
        {"kind": "needed_data_unshared", "kind_label": "Needed data not shared", "findings": 4},
        {"kind": "theme_without_sharing", "kind_label": "Theme with no shared data", "findings": 1},
    ]


def test_welsh_sentences_and_one_kind(load_tables: Callable[..., Database]) -> None:
    # The 4 needs, ranked p1-d3, p1-d4, p2-d2, p5-d4 (all affect 1 partnership; by entity then related id).
    db = load_tables(tables())
    res = answer(db, CY, limit=10, kind="needed_data_unshared")
    assert (len(res.findings), res.findings.total) == (4, 4)
    assert res.findings_by_kind == {"isolated_dataset": 2, "needed_data_unshared": 4, "theme_without_sharing": 1}
    first = res.findings.rows[0]
    assert (first["entity_id"], first["related_id"], first["about"]) == ("p1", "d3", "Bwrdd Diogelu Cwm Taf Morgannwg")
    assert first["reason"] == ("Mae cylch gwaith Bwrdd Diogelu Cwm Taf Morgannwg yn cynnwys Diogelu, Llesiant, ond nid oes "
                               "cytundeb rhannu ar gyfer y set ddata 'Dataset d3' (deiliad: Org C, nad yw'n aelod).")
    # p2-d2: the dataset and its holder have Welsh names.
    p2 = res.findings.rows[2]
    assert p2["reason"] == ("Mae cylch gwaith PSB yn cynnwys Diogelwch cymunedol, ond nid oes cytundeb rhannu ar gyfer "
                            "y set ddata 'Set ddata Ŵyl' (deiliad: Bwrdd Iechyd, nad yw'n aelod).")
    assert first["kind_label"] == "Data sydd ei angen heb ei rannu"


def test_bounded_datasets_and_flows(load_tables: Callable[..., Database]) -> None:
    # Datasets ranked d1, d4, d2, d3, d5 (see test_app_datasets_ranked_bounded_with_totals); limit 2 keeps d1, d4.
    # Their flows, no-agreement first: d1 -> PSB (none), d1 -> CTM board (waspi_isp), d4 -> CTM board (none),
    # d4 -> Org B (waspi_dda). All 6 flows are counted in the total.
    db = load_tables(tables())
    res = answer(db, EN, limit=1, dataset_limit=2)
    assert (len(res.findings), res.findings.total) == (1, 7)
    assert [r["id"] for r in res.datasets.rows] == ["d1", "d4"] and res.datasets.total == 5
    assert [(f["dataset"], f["to"], f["agreement"]) for f in res.flows.rows] == [
        ("Dataset d1", "PSB", catalogue("en")["agreement.none"]),
        ("Dataset d1", "Cwm Taf Morgannwg Safeguarding Board", catalogue("en")["agreement.waspi_isp"]),
        ("Dataset d4", "Cwm Taf Morgannwg Safeguarding Board", catalogue("en")["agreement.none"]),
        ("Dataset d4", "Org B", catalogue("en")["agreement.waspi_dda"]),
    ]
    assert res.flows.total == 6
    # The downloads stream every row, worded in the context's language.
    assert len(list(all_findings(db, EN))) == 7
    assert [r["id"] for r in all_datasets(db, EN)] == ["d1", "d4", "d2", "d3", "d5"]
    assert len(list(all_flows(db, EN))) == 6
    needs = list(all_findings(db, CY, "needed_data_unshared"))
    assert len(needs) == 4 and needs[0]["reason"].startswith("Mae cylch gwaith Bwrdd Diogelu")


def _without_p5(t: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    return {**t, "partnerships": [p for p in t["partnerships"] if p["id"] != "p5"]}


def test_empty_answers_say_why(load_tables: Callable[..., Database]) -> None:
    # Without p5, housing has only p3: no theme finding; the need p5-d4 goes too (2 isolated + 3 needs).
    db = load_tables(_without_p5(tables()))
    res = answer(db, EN, kind="theme_without_sharing")
    assert len(res.findings) == 0 and res.findings.total == 0
    assert res.findings_by_kind == {"isolated_dataset": 2, "needed_data_unshared": 3, "theme_without_sharing": 0}
    assert res.findings.empty_reason == catalogue("en")["silos.empty.kind"].format(kind="Theme with no shared data")
    # A region with no data at all says so, and what to load.
    none = answer(db, EN.with_(region="nowhere"))
    assert (none.datasets_total, none.findings_total, len(none.findings)) == (0, 0, 0)
    assert none.findings.empty_reason == catalogue("en")["silos.empty.no_data"]
    assert none.datasets.empty_reason and none.flows.empty_reason


def test_on_the_seed(seeded: Database) -> None:
    # datasets.csv: 23 rows. dataset_flows.csv: 38 rows, 18 with agreement none. The most flows without agreement:
    # ctm-wbp-2023-28 (3, to ctm-josc, welsh-government, fgc-wales), so it heads the dataset list.
    # Biggest silo (test_biggest_silo_fact): ctm-hsg-needs-2022, held by mtcbc, no flows, 16 partnerships.
    res = answer(seeded, Context(region=None, as_of=dt.date(2025, 6, 30), lang="en"), limit=5, dataset_limit=5)
    assert (res.datasets_total, res.flows_total, res.flows_without_agreement) == (23, 38, 18)
    assert res.datasets.rows[0]["id"] == "ctm-wbp-2023-28" and res.datasets.rows[0]["flows_without_agreement"] == 3
    assert len(res.findings) == 5 and res.findings.total == res.findings_total > 5
    top = res.findings.rows[0]
    assert top["reason"] == ("Dataset 'CTM Housing Support Grant Needs Assessment 2022' (held by Merthyr Tydfil County "
                             "Borough Council) flows to no other organisation or partnership; 16 active partnership(s) "
                             "work on its themes.")


def test_page_shows_the_answer(seeded: Database, facts: Any) -> None:
    # The page's figures are the answer's (seed: 23 datasets, 38 flows, 18 without agreement, as above),
    # and its findings table lists the answer's sentences in Welsh, biggest silo first.
    from app_support import app, metric, no_exception

    at = app("cy", "silos")
    no_exception(at)
    cat = catalogue("cy")
    assert (metric(at, cat["silos.datasets"]), metric(at, cat["silos.flows"]),
            metric(at, cat["silos.flows_without"])) == ("23", "38", "18")
    region = at.session_state.get("region", None)
    res = answer(seeded, Context(region=region, as_of=facts.as_of, lang="cy"))
    assert metric(at, cat["overview.silo_findings"]) == f"{res.findings_total:,}"
    shown = next(d.value for d in at.dataframe if cat["col.reason"] in d.value.columns)
    assert list(shown[cat["col.reason"]]) == [r["reason"] for r in res.findings.rows]
    assert shown[cat["col.reason"]].iloc[0].startswith("Set ddata 'Asesiad Anghenion Grant Cymorth Tai Cwm Taf")
