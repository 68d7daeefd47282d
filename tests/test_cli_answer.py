"""`tirlun answer PAGE` and the one default date the CLI shares with the app, on the seed."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator

from click.testing import CliRunner

from tirlun import cli
from tirlun.cli_answer import TABLE_COLUMNS, share_width, show_value

from app_support import seed_folder


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


def test_answer_overview_json_says_what_the_silo_line_rests_on(seeded, app_env) -> None:
    # The seed's ten silo findings on 2025-06-30 (worked out by hand in test_answers_silos.test_on_the_seed) rest
    # on rows counted from datasets.csv, partnerships.csv and dataset_flows.csv with a csv script: six unused
    # assessments on 3 rows each (18), two duplicates on 2 datasets each (4), two personal flows on the dataset
    # and the flow (4); every one of the 26 has illustrative=true.
    result = CliRunner().invoke(cli.main, ["answer", "overview", "--region", "ctm", "--as-of", "2025-06-30",
                                           "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)["answer"]
    assert answer["silo_findings"] == 10
    kinds = {k["kind"]: (k["findings"], k["evidence"]["sourced"], k["evidence"]["total"]) for k in answer["silos_by_kind"]}
    assert kinds == {"unused_assessment": (6, 0, 18), "duplicate_assessment": (2, 0, 4),
                     "personal_flow_unrecorded": (2, 0, 4)}
    assert (answer["evidence"]["silos"]["sourced"], answer["evidence"]["silos"]["total"]) == (0, 26)
    assert answer["rests_on"]["silos"] == "rests on 0 of 26 rows from a public source: illustrative"
    assert all(k["rests_on"] == k["evidence"]["words"] for k in answer["silos_by_kind"])
    # In Welsh the words, the Evidence's own included, are Welsh (to_json says them in the answer's language).
    welsh = CliRunner().invoke(cli.main, ["answer", "overview", "--region", "ctm", "--as-of", "2025-06-30",
                                          "--lang", "cy", "--format", "json"])
    assert welsh.exit_code == 0, welsh.output
    cy = json.loads(welsh.stdout)["answer"]
    words = "yn seiliedig ar 0 o 26 rhes o ffynhonnell gyhoeddus: enghreifftiol"
    assert cy["rests_on"]["silos"] == cy["evidence"]["silos"]["words"] == words
    assert cy["evidence"]["meetings"]["words"].startswith("yn seiliedig ar 0 o ")


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


# -- `answer --format table`: readable in a 100-column terminal ---------------------------------------
PAGES = ("overview", "overlap", "meetings", "silos", "network", "governance", "profiles", "assessment")


def table_output(*args: str) -> str:
    result = CliRunner().invoke(cli.main, ["answer", *args, "--format", "table"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.output


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k).replace("_", " ")
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def broken_words(output: str, answer: dict[str, object]) -> list[str]:
    """Pieces of a word cut in two (the old squeezed tables printed 'Morgann' above 'wg'): a piece of the
    table that is no whole word of the answer (its JSON) or of the headers, but the start or end of one."""
    words = {w.strip("()',.;:*") for text in [*strings(answer), *(h for cols in TABLE_COLUMNS.values() for _, h in cols)]
             for w in text.split()}
    pieces = {t.strip("()',.;:") for t in output.split()}
    return sorted(p for p in pieces if len(p) >= 3 and p.isalpha() and p not in words
                  and any(w != p and (w.startswith(p) or w.endswith(p)) for w in words))


def test_answer_tables_fit_100_columns_on_every_page(seeded, app_env) -> None:
    for lang in ("en", "cy"):
        for page in PAGES:
            output = table_output(page, "--region", "ctm", "--lang", lang)
            assert max(len(line) for line in output.splitlines()) <= 100, (page, lang)
            assert not re.search(r"\d\.\d{3,}", output), (page, lang)  # no raw floats
            as_json = CliRunner().invoke(cli.main, ["answer", page, "--region", "ctm", "--lang", lang])
            assert broken_words(output, json.loads(as_json.stdout)) == [], (page, lang)


def test_answer_overview_table_shows_the_figures_and_few_columns(seeded, facts, app_env) -> None:
    output = table_output("overview", "--region", "ctm")
    lines = output.splitlines()
    assert f"partnerships: {facts.partnerships_active}" in lines
    assert f"meetings: {facts.meetings_in_year}" in lines
    assert f"person hours: {facts.person_hours_in_year:,.0f}" in lines  # 2122.0 read as 2,122
    # The overlap table: two names, five numbers and what the pair rests on, not the answer's twenty columns.
    header = next(line for line in lines if line.strip().startswith("partnership A"))
    assert header.split() == ["partnership", "A", "partnership", "B", "shared", "A", "has", "B", "has", "score",
                              "Jaccard", "sourced/rows"]
    assert "a_name_cy" not in output and "shared_ids" not in output
    assert len(lines) < 170  # it was 479 lines of squeezed columns (now each table also says what it rests on)


def test_answer_table_in_welsh_names_partnerships_in_welsh(seeded, app_env) -> None:
    with (seed_folder() / "partnerships.csv").open(encoding="utf-8", newline="") as f:
        vawdasv = next(r for r in csv.DictReader(f) if r["id"] == "ctm-vawdasv")
    english = " ".join(table_output("overview", "--region", "ctm").split())
    welsh = " ".join(table_output("overview", "--region", "ctm", "--lang", "cy").split())
    # The board whose name differs most between the languages, as the seed file spells it (wrapped lines joined).
    assert vawdasv["name_en"] in english and vawdasv["name_cy"] not in english
    assert vawdasv["name_cy"] in welsh and vawdasv["name_en"] not in welsh


def test_show_value_rounds_and_separates() -> None:
    assert show_value(2122.0) == "2,122"
    assert show_value(0.8333333333333334) == "0.83"
    assert show_value(388.5) == "388.5"
    assert show_value(0.875) == "0.88"
    assert show_value(12345) == "12,345"
    assert show_value(True) == "yes" and show_value(None) == ""
    assert show_value("2024-10-01T09:30:00") == "2024-10-01 09:30"
    assert show_value(["a", "b"]) == "a; b"


def test_share_width_gives_long_text_more_room_and_never_cuts_a_word() -> None:
    # Three text columns whose longest words are 8, 5 and 6 characters, wanting 40, 10 and 120, in 60 characters.
    # By hand: each starts at its word (8, 5, 6: 19), leaving 41 shared by weight out of 138: +8, +2, +29
    # (41*30//138, 41*8//138, 41*100//138) is 58; the last 2 go one each to the first two still short.
    widths = share_width([8, 5, 6], [40, 10, 120], [30, 8, 100], 60)
    assert widths == [17, 8, 35]
    assert share_width([8, 5], [20, 10], [1, 1], 100) == [20, 10]  # room to spare: each at its natural width


def test_evidence_words_separate_thousands_in_both_languages() -> None:
    # The banner writes 1,156 with a separator; the words beside a figure write it the same way.
    from tirlun.answers.evidence import Evidence
    from tirlun.i18n import EN, translator

    assert Evidence(76, 1156, "rows").words(EN) == "rests on 76 of 1,156 rows from a public source: illustrative"
    assert Evidence(1010, 1010, "attendance").words(EN) == (
        "rests on 1,010 of 1,010 attendance records, all from a public source")
    # Nothing behind it (a post with no meeting in the year) is said so, not "0 of 0, all from a public source".
    assert Evidence(0, 0, "meetings").words(EN) == "rests on no meetings"
    cy = translator("cy")
    assert Evidence(76, 1156, "rows").to_json(cy)["words"] == (
        "yn seiliedig ar 76 o 1,156 rhes o ffynhonnell gyhoeddus: enghreifftiol")
    assert Evidence(0, 0, "meetings").words(cy) == "dim cyfarfod yn sail iddo"
