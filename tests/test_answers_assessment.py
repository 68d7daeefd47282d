"""The self-assessment answer: the default partnership, the last three assessments, comparisons, sentences, bounds.

Expected values are worked out by hand from the landscape below and, for the seed, from seed/ctm/assessments.csv.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from conftest import SEED

from tirlun.answers import ANSWERS
from tirlun.answers.base import Context
from tirlun.answers.evidence import Evidence
from tirlun.database import Database
from tirlun.loader.load import load_path

AS_OF = dt.date(2025, 6, 30)


def landscape() -> dict[str, list[dict[str, Any]]]:
    """Partnerships a (2 members), b (1), c (3, never assessed), d (dissolved 2025-05-01). Assessments:

    a-2023 2023-01-01 spat_purpose 2, spat_engagement 4
    a-2024 2024-01-01 spat_purpose 3, spat_engagement 4
    a-2025 2025-01-01 spat_purpose 5, spat_engagement 2
    a-2025m 2025-02-01 maef_leadership 4 (maef only)
    a-2026 2025-12-01 spat_purpose 1 (after as_of)
    b-2025 2025-03-01 spat_purpose 3, spat_engagement 3
    d-2025 2025-04-01 spat_purpose 5
    """
    def score(aid: str, pid: str, date: str, criterion: str, value: int) -> dict[str, Any]:
        return {"assessment_id": aid, "partnership_id": pid, "date": date, "criterion": criterion, "score": value}

    return {
        "areas": [{"id": "r", "name_en": "Region", "kind": "region"}],
        "organisations": [{"id": f"o{i}", "name_en": f"Org {i}", "sector": "local_government", "org_type": "local_authority"}
                          for i in (1, 2, 3)],
        "partnerships": [{"id": "a", "name_en": "A board", "kind": "other"},
                         {"id": "b", "name_en": "B board", "kind": "other"},
                         {"id": "c", "name_en": "C board", "kind": "other"},
                         {"id": "d", "name_en": "D board", "kind": "other", "dissolved": "2025-05-01"}],
        "memberships": [{"organisation_id": "o1", "partnership_id": "a"}, {"organisation_id": "o2", "partnership_id": "a"},
                        {"organisation_id": "o1", "partnership_id": "b"},
                        *({"organisation_id": o, "partnership_id": "c"} for o in ("o1", "o2", "o3"))],
        "assessments": [
            score("a-2023", "a", "2023-01-01", "spat_purpose", 2), score("a-2023", "a", "2023-01-01", "spat_engagement", 4),
            score("a-2024", "a", "2024-01-01", "spat_purpose", 3), score("a-2024", "a", "2024-01-01", "spat_engagement", 4),
            score("a-2025", "a", "2025-01-01", "spat_purpose", 5), score("a-2025", "a", "2025-01-01", "spat_engagement", 2),
            score("a-2025m", "a", "2025-02-01", "maef_leadership", 4),
            score("a-2026", "a", "2025-12-01", "spat_purpose", 1),
            score("b-2025", "b", "2025-03-01", "spat_purpose", 3), score("b-2025", "b", "2025-03-01", "spat_engagement", 3),
            score("d-2025", "d", "2025-04-01", "spat_purpose", 5),
        ],
    }


def ctx(**changes: Any) -> Context:
    return Context(region="r", as_of=AS_OF).with_(**changes)


def test_opens_on_the_most_recently_assessed_active_partnership(load_tables: Callable[..., Database]) -> None:
    # Active on 2025-06-30: a, b, c (d dissolved). Latest assessment: b 2025-03-01, a 2025-02-01 (a-2025m), c none.
    db = load_tables(landscape(), region="r")
    res = ANSWERS["assessment"](db, ctx())
    assert [(r["id"], r["assessments"], r["latest"], r["frameworks"], r["members"]) for r in res.choices.rows] == [
        ("b", 1, dt.date(2025, 3, 1), ["spat"], 1), ("a", 4, dt.date(2025, 2, 1), ["maef", "spat"], 2),
        ("c", 0, None, [], 3)]
    assert res.choices.total == 3 and res.default_partnership == "b" and res.partnership == "b"
    assert res.framework == "spat" and [c for c, _ in res.criteria][:2] == ["spat_purpose", "spat_engagement"]
    assert res.sentences == ("Opens on the partnership assessed most recently (2025-03-01): B board.",
                             "B board last assessed itself on 2025-03-01: a mean of 3.0 out of 5 over 2 criteria "
                             "(1 assessments on record).")
    assert res.compare_options == (("a", "A board"),)
    # Ties on the latest date go to more member organisations: with b's assessment moved to a's date, a (2) wins.
    tables = landscape()
    tables["assessments"] = [dict(r, date="2025-02-01") if r["partnership_id"] == "b" else r for r in tables["assessments"]]
    assert ANSWERS["assessment"](load_tables(tables, region="r"), ctx()).partnership == "a"


def test_last_three_assessments_change_and_comparison(load_tables: Callable[..., Database]) -> None:
    # a on spat up to 2025-06-30: a-2023, a-2024, a-2025 (a-2025m scores no spat criterion, a-2026 is later).
    # Latest a-2025: purpose 5, engagement 2 -> mean 3.5; against a-2024 (3, 4): purpose +2, engagement -2.
    db = load_tables(landscape(), region="r")
    res = ANSWERS["assessment"](db, ctx(), partnership="a", compare=("b", "a"))
    assert [(r["assessment_id"], r["criterion_id"], r["score"], r["change"]) for r in res.scores.rows] == [
        ("a-2023", "spat_purpose", 2, None), ("a-2023", "spat_engagement", 4, None),
        ("a-2024", "spat_purpose", 3, 1), ("a-2024", "spat_engagement", 4, 0),
        ("a-2025", "spat_purpose", 5, 2), ("a-2025", "spat_engagement", 2, -2),
        ("b-2025", "spat_purpose", 3, None), ("b-2025", "spat_engagement", 3, None)]
    assert res.compare == ("b",) and res.scores.total == 8 and res.assessments == 4
    assert res.scores.rows[-1]["series"] == "B board 2025-03-01"
    assert res.sentences == (
        "A board last assessed itself on 2025-01-01: a mean of 3.5 out of 5 over 2 criteria (4 assessments on record).",
        "Strongest: Clear purpose and focus (5). Weakest: Meaningful, continuous engagement (2).",
        "Against the previous assessment, of 2 criteria: 1 up, 1 down, 0 the same.")
    # The sentences rest on a-2025's two score rows, illustrative as the fixture writes every row -> 0 of 2.
    assert res.evidence == Evidence(0, 2, "scores")
    assert res.rests_on == "rests on 0 of 2 scores from a public source: illustrative"
    # The radar: four series closed on their first point; purpose sits straight up at its score.
    assert len(res.radar.lines) == 4 * 3 and len(res.radar.spokes) == 5
    top = next(p for p in res.radar.lines if p["series"] == "A board 2025-01-01" and p["order"] == 0)
    assert (top["x"], top["y"]) == (pytest.approx(0.0), pytest.approx(5.0))
    maef = ANSWERS["assessment"](db, ctx(), partnership="a", framework="maef")
    assert [(r["assessment_id"], r["score"]) for r in maef.scores.rows] == [("a-2025m", 4)]
    assert len(maef.criteria) == 10


def test_bounded(load_tables: Callable[..., Database]) -> None:
    # The query keeps the latest N spat assessments: N=2 -> a-2024 and a-2025; previous scores still look further back.
    db = load_tables(landscape(), region="r")
    rows = db.read("assessment_scores", {"as_of": AS_OF, "partnership": "a", "framework": "spat", "latest": 2})
    assert [(r["assessment_id"], r["criterion_id"], r["previous_score"]) for r in rows] == [
        ("a-2024", "spat_engagement", 4), ("a-2025", "spat_engagement", 4),
        ("a-2024", "spat_purpose", 2), ("a-2025", "spat_purpose", 3)]
    res = ANSWERS["assessment"](db, ctx(), picker_limit=2)
    assert [r["id"] for r in res.choices.rows] == ["b", "a"] and res.choices.total == 3 and res.choices.truncated


def test_empty_states_say_why(load_tables: Callable[..., Database]) -> None:
    db = load_tables(landscape(), region="r")
    never = ANSWERS["assessment"](db, ctx(), partnership="c")
    assert never.partnership == "c" and never.scores.rows == [] and never.sentences == ()
    assert never.empty_reason == ("C board has no Social Partnership Assessment Tool self-assessment dated on or before "
                                  "2025-06-30: score it in the next tab, or choose the other framework or a later date.")
    dissolved = ANSWERS["assessment"](db, ctx(), partnership="d")
    assert dissolved.partnership is None and "d" in (dissolved.empty_reason or "")
    nowhere = ANSWERS["assessment"](db, ctx(region="nowhere"))
    assert nowhere.partnership is None and nowhere.empty_reason == (
        "No partnership is active on 2025-06-30 in this region: choose another date or region, or load data on the Data page.")
    welsh = ANSWERS["assessment"](db, ctx(lang="cy"), partnership="c")
    assert (welsh.empty_reason or "").startswith("C board: dim hunanasesiad")


def test_a_saved_assessment_is_read_back_and_opens_the_page(load_tables: Callable[..., Database]) -> None:
    # The page's write path: save_assessment for c on 2025-06-15 makes c the most recently assessed.
    db = load_tables(landscape(), region="r")
    db.write("save_assessment", {"assessment_id": "c-spat-2025-06-15", "partnership_id": "c", "date": dt.date(2025, 6, 15),
                                 "region": "r", "scores": [{"criterion": "spat_purpose", "score": 4, "notes": "<b>x</b>"}],
                                 "by": "Eira Editor <eira@example.org>"})
    res = ANSWERS["assessment"](db, ctx())
    assert res.partnership == "c" and [(r["score"], r["notes"]) for r in res.scores.rows] == [(4, "<b>x</b>")]
    # A score the partnership saved is its own record, not invented: its one row is not illustrative.
    assert res.evidence == Evidence(1, 1, "scores")
    assert ANSWERS["assessment"](db, ctx(lang="cy")).rests_on == (
        "yn seiliedig ar 1 o 1 sgôr, pob un o ffynhonnell gyhoeddus")


def test_seed_default_and_sentences(db: Database) -> None:
    # seed/ctm/assessments.csv: ctm-psb, ctm-rpb, ctm-safeguarding-board and cwm-taf-yjs-board each have two
    # assessments, the latest 2025-06-27; ties go to more members on 2025-09-15: ctm-psb 15, sb 12, rpb 9, yjs 5.
    # ctm-psb's spat scores 2025-06-27 (2024-06-28): purpose 3 (2), engagement 2 (2), principles 2 (3), cascade 3 (3),
    # monitoring 2 (3) -> mean 12/5 = 2.4; strongest (3) cascade and purpose, weakest (2) engagement, monitoring and
    # principles, named in criterion id order as assessment_scores returns them; 1 up, 2 down, 2 the same.
    # 35 partnerships are active on 2025-09-15: partnerships.csv's 42 rows less the seven dissolved by then
    # (cwm-taf-psb, bridgend-psb, merthyr-lsb, cwm-taf-psb-josc, cwm-taf-rpb, cwm-taf-apb, western-bay-yjeis-board).
    load_path(db, SEED)
    res = ANSWERS["assessment"](db, Context(region="ctm", as_of=dt.date(2025, 9, 15)))
    assert res.partnership == "ctm-psb" and res.framework == "spat" and res.choices.total == 35
    assert [r["id"] for r in res.choices.rows[:4]] == ["ctm-psb", "ctm-safeguarding-board", "ctm-rpb", "cwm-taf-yjs-board"]
    assert res.sentences[1:] == (
        "Cwm Taf Morgannwg Public Services Board last assessed itself on 2025-06-27: a mean of 2.4 out of 5 over 5 "
        "criteria (2 assessments on record).",
        "Strongest: Shared understanding of how information and decisions cascade, Clear purpose and focus (3). "
        "Weakest: Meaningful, continuous engagement, Monitoring and review of success, "
        "Commitment to cooperation, respect, trust, voice and mutual benefit (2).",
        "Against the previous assessment, of 5 criteria: 1 up, 2 down, 2 the same.")
    # They rest on the five score rows of 2025-06-27, each illustrative=true in assessments.csv (all 80 rows are).
    assert res.evidence == Evidence(0, 5, "scores")
    assert len(res.scores) == 10 and {c for c, _ in res.compare_options} == {
        "ctm-safeguarding-board", "ctm-rpb", "cwm-taf-yjs-board"}
