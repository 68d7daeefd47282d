"""`tirlun pack` writes one offline HTML file; `demo` and `app` are registered and start Streamlit
the way the issue asks (headless, usage statistics off)."""

from __future__ import annotations

import re

import click
from click.testing import CliRunner

from tirlun import cli_app
from tirlun.database import Database
from tirlun.network import external_references

from app_support import HOSTILE, SEED, hostile_copy


def cli() -> click.Group:
    """A fresh `tirlun` group with the app commands registered, as the lead will wire it."""
    from tirlun.cli import TirlunGroup

    @click.group(cls=TirlunGroup)
    def main() -> None:
        pass

    cli_app.register(main)
    return main


def test_commands_are_registered() -> None:
    assert {"demo", "app", "pack"} <= set(cli().commands)


def test_streamlit_is_started_headless_without_usage_stats() -> None:
    cmd = cli_app.streamlit_command(8765)
    assert cmd[1:4] == ["-m", "streamlit", "run"]
    assert "--server.headless" in cmd and cmd[cmd.index("--server.headless") + 1] == "true"
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"


def test_pack_writes_one_offline_file(seeded, tmp_path) -> None:
    out = tmp_path / "ctm.html"
    result = CliRunner().invoke(cli(), ["pack", "--region", "ctm", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert external_references(page) == []
    assert "vis.Network" in page and "<table class='heat'>" in page
    assert re.search(r"<h1>Partnership overlap in [^<]+</h1>", page)


def test_pack_in_welsh_and_bad_name(seeded, tmp_path) -> None:
    out = tmp_path / "ctm-cy.html"
    result = CliRunner().invoke(cli(), ["pack", "--region", "ctm", "--lang", "cy", "--members", "people", str(out)])
    assert result.exit_code == 0, result.output
    assert "Gorgyffwrdd partneriaethau yn" in out.read_text(encoding="utf-8")
    bad = CliRunner().invoke(cli(), ["pack", str(tmp_path / "ctm.pdf")])
    assert bad.exit_code == 1 and "does not end in .html" in bad.output


def test_pack_refuses_an_unknown_region_and_an_empty_story(seeded: Database, tmp_path) -> None:
    from tirlun.loader.load import load_path

    out = tmp_path / "x.html"
    typo = CliRunner().invoke(cli(), ["pack", "--region", "ctn", str(out)])
    assert typo.exit_code == 1 and "no region 'ctn'" in typo.output and "--region ctm" in typo.output
    # asked for a Welsh pack, the same mistake is told in Welsh (cy.json pack.no_region, pack.no_region_close)
    welsh = CliRunner().invoke(cli(), ["pack", "--region", "ctn", "--lang", "cy", str(out)])
    assert welsh.exit_code == 1
    assert "Gwall: Nid oes rhanbarth 'ctn' yn y graff." in welsh.output
    assert "Ai --region ctm oedd gennych mewn golwg?" in welsh.output
    seeded.run_script("clear_graph")
    try:
        empty = CliRunner().invoke(cli(), ["pack", str(out)])
        assert empty.exit_code == 1 and "No partnership is active" in empty.output and "tirlun load" in empty.output
    finally:
        load_path(seeded, SEED)
    assert not out.exists()


def test_pack_escapes_hostile_names(session_db: Database, app_env, tmp_path) -> None:
    from tirlun.loader.load import load_path

    session_db.run_script("clear_graph")
    load_path(session_db, hostile_copy(tmp_path / "hostile"))
    out = tmp_path / "hostile.html"
    result = CliRunner().invoke(cli(), ["pack", "--region", "ctm", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    outside_iframe = re.sub(r"srcdoc=\"[^\"]*\"", "", page)
    assert HOSTILE not in outside_iframe
    assert "&lt;img src=x onerror=alert(1)&gt;" in outside_iframe
