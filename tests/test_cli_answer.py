"""`tirlun answer PAGE` and the one default date the CLI shares with the app, on the seed."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tirlun import cli


def test_query_run_defaults_as_of_to_the_data_like_the_app(seeded, facts, app_env) -> None:
    # Unset, as_of is the seed's last meeting day (facts.as_of, from meetings.csv), not today.
    implicit = CliRunner().invoke(cli.main, ["query", "run", "duplicate_meetings", "--param", "region=ctm",
                                             "--format", "json"])
    explicit = CliRunner().invoke(cli.main, ["query", "run", "duplicate_meetings", "--param", "region=ctm",
                                             "--param", f"as_of={facts.as_of.isoformat()}", "--format", "json"])
    assert implicit.exit_code == 0 and explicit.exit_code == 0, implicit.output + explicit.output
    assert json.loads(implicit.stdout) == json.loads(explicit.stdout)
    assert json.loads(implicit.stdout), "the seed has near-duplicate meetings in its last year"


def test_answer_overview_json_matches_the_seed_files(seeded, facts, app_env) -> None:
    result = CliRunner().invoke(cli.main, ["answer", "overview", "--region", "ctm", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["page"] == "overview"
    assert data["context"]["as_of"] == facts.as_of.isoformat()
    answer = data["answer"]
    assert answer["partnerships"] == facts.partnerships_active
    assert answer["meetings"] == facts.meetings_in_year
    assert answer["person_hours"] == facts.person_hours_in_year
    # Each kind's own boards, own sub-groups and wider bodies are counted apart; together they are the kind's count.
    assert {k["kind"]: k["own_board"] + k["own_subgroup"] + k["wider"] for k in answer["by_kind"]} == facts.kinds_active
    assert answer["own_boards"] + answer["own_subgroups"] + answer["wider"] == facts.partnerships_active
    assert answer["evidence"]["meetings"]["total"] == facts.meetings_in_year
    assert answer["evidence"]["meetings"]["sourced"] == 0  # meetings.csv: every meeting is illustrative
    assert answer["top_overlaps"]["shown"] <= 5


def test_answer_refuses_unknown_choices_and_bad_dates(seeded, app_env) -> None:
    bad = CliRunner().invoke(cli.main, ["answer", "overlap", "--choice", "colour=red"])
    assert bad.exit_code == 1
    assert "The overlap answer does not take those choices" in bad.output
    date = CliRunner().invoke(cli.main, ["answer", "overview", "--as-of", "15/09/2025"])
    assert date.exit_code == 1
    assert "--as-of '15/09/2025' is not a date." in date.output


def test_brokers_command_adds_the_network_metrics(seeded, facts, app_env) -> None:
    # The metrics themselves are worked by hand in test_queries_network.py; here: the shell around them.
    result = CliRunner().invoke(cli.main, ["brokers", "--region", "ctm", "--limit", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    assert {"articulation_point", "splits", "betweenness", "partnerships"} <= set(rows[0])
    assert [r["partnerships"] for r in rows] == sorted((r["partnerships"] for r in rows), reverse=True)
