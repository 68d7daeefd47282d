"""The app's widgets doing their jobs on the seeded real Neo4j: language, workshop mode,
network focus and cap, overlap measures and pair view, the merge what-if, the console's
read-only guard, saving a self-assessment and uploading data."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from tirlun.i18n import catalogue
from tirlun.network import external_references

from app_support import SEED, app, metric, no_exception, rows, texts


def iframes(at) -> list[str]:
    return [e.proto.srcdoc for e in at.get("iframe")]


def test_language_switch_changes_every_string(seeded) -> None:
    at = app("en")
    assert at.title[0].value == catalogue("en")["page.overview.title"]
    at.sidebar.radio(key="lang").set_value("cy").run()
    no_exception(at)
    assert at.title[0].value == catalogue("cy")["page.overview.title"]
    assert catalogue("cy")["overview.own_boards"] in [m.label for m in at.metric]
    assert at.sidebar.radio(key="lang").label == catalogue("cy")["sidebar.language"]


def test_workshop_mode_guides_the_sequence(seeded) -> None:
    at = app("en")
    at.sidebar.toggle(key="workshop").set_value(True).run()
    no_exception(at)
    assert "Step 1 of 5" in texts(at)
    assert [b.key for b in at.button if b.key.startswith("workshop-")] == ["workshop-next", "workshop-exit", "workshop-right"]
    at.button(key="workshop-next").click().run()  # what PageDown does
    no_exception(at)
    words = texts(at)
    assert "Step 2 of 5" in words and catalogue("en")["page.network.title"] in words
    assert {b.label for b in at.button if b.key in ("workshop-prev", "workshop-next")} == {"Back: Overview", "Next: Overlap"}
    at.button(key="workshop-exit").click().run()
    no_exception(at)
    assert at.title[0].value == catalogue("en")["page.network.title"]


def test_network_draws_offline_and_focuses(seeded) -> None:
    at = app("cy", "network")
    no_exception(at)
    [page] = iframes(at)
    assert "vis.Network" in page and "physics" in page
    assert external_references(page) == []
    def shapes() -> int:
        counts = next(c.value for c in at.caption if " siâp, " in c.value)
        return int(counts.split()[0])

    whole = shapes()
    focus = at.selectbox(key="net_focus")
    target = next(o for o in focus.options if o != focus.options[0])
    at.selectbox(key="net_focus").select(target).run()
    no_exception(at)
    assert 1 < shapes() < whole  # the ego network is smaller than the landscape


def test_network_over_the_cap_folds_posts_and_says_so(seeded) -> None:
    at = app("en", "network")
    at.slider(key="net_cap").set_value(25).run()
    no_exception(at)
    warnings = " ".join(w.value for w in at.warning)
    assert "folded into their organisations" in warnings


def test_network_colour_by_kind_and_sector_filter(seeded) -> None:
    at = app("en", "network")
    at.radio(key="net_colour").set_value("kind").run()
    assert "Colour = kind of partnership" in iframes(at)[0]
    at.multiselect(key="net_sectors").set_value(["health"]).run()
    no_exception(at)


def test_overlap_top_pair_matches_membership_by_hand(seeded, facts) -> None:
    from app_support import seed_overlap

    expected = seed_overlap(SEED, facts.as_of, boards_only=False)
    a, b, shared, union = expected[0]
    at = app("en", "overlap")
    no_exception(at)
    ranked = next(d.value for d in at.dataframe if "Score" in d.value.columns)
    # Cut on the server at 200 rows; the page says how many there are in all (231 pairs share 2 or more).
    assert len(ranked) == min(200, len(expected))
    assert f"Showing the first 200 of {len(expected):,} pairs; the download has them all." in [c.value for c in at.caption]
    assert float(ranked["Score"].iloc[0]) == round(shared / (union + 2), 3)
    assert int(ranked["Shared"].iloc[0]) == shared
    # The pair view defaults to the top pair and lists its shared members.
    pair = next(m.value for m in at.markdown if "in common out of" in m.value)
    assert f"**{shared}** in common out of **{union}** (Jaccard {shared / union:.2f})" in pair
    assert (at.selectbox(key="ov_a").value, at.selectbox(key="ov_b").value) == (a, b)


def test_overlap_by_posts_and_themes_with_overlap_coefficient(seeded) -> None:
    at = app("cy", "overlap")
    for by in ("people", "themes"):
        at.radio(key="ov_by").set_value(by).run()
        at.radio(key="ov_measure").set_value("overlap_coefficient").run()
        no_exception(at)


def test_meetings_merge_what_if_and_duplicates(seeded) -> None:
    at = app("en", "meetings")
    no_exception(at)
    assert metric(at, "Person-hours now")
    at.slider(key="mt_window").set_value(30).run()
    at.slider(key="mt_minj").set_value(0.1).run()
    no_exception(at)
    options = at.selectbox(key="mg_a").options
    at.selectbox(key="mg_b").set_value(at.selectbox(key="mg_a").value).run()
    assert "Choose two different partnerships." in [w.value for w in at.warning]
    assert len(options) >= 2


def test_console_refuses_writes_with_a_clear_message(seeded) -> None:
    at = app("en", "console")
    at.radio(key="cs_mode").set_value("own").run()
    at.text_area(key="cs_text").set_value("CREATE (n:Partnership {id: 'x'}) RETURN n")
    submit = next(b for b in at.button if b.label == "Run")
    submit.click().run()
    no_exception(at)
    assert any("read-only" in e.value for e in at.error)
    assert seeded.read("app_status")[0]["partnerships"] == len(rows(SEED, "partnerships"))


def test_console_own_query_as_table_and_graph(seeded) -> None:
    at = app("en", "console")
    at.radio(key="cs_mode").set_value("own").run()
    at.text_area(key="cs_text").set_value("MATCH (p:Partnership)<-[r:MEMBER_OF]-(o) RETURN p, r, o LIMIT 20")
    next(b for b in at.button if b.label == "Run").click().run()
    no_exception(at)
    assert at.dataframe and len(at.dataframe[0].value) == 20
    assert iframes(at), "nodes came back, so a graph is drawn"


def test_console_library_query_form(seeded) -> None:
    at = app("cy", "console")
    at.selectbox(key="cs_query").set_value("landscape_summary").run()
    next(b for b in at.button if b.label == catalogue("cy")["console.run"]).click().run()
    no_exception(at)
    assert at.dataframe and not at.dataframe[0].value.empty


def test_assessment_saves_through_the_write_query(seeded, monkeypatch) -> None:
    monkeypatch.setenv("TIRLUN_OPEN_WRITING", "1")  # a single-user laptop: no sign-in, writing opened by the host
    at = app("en", "assessment")
    no_exception(at)
    pid = at.selectbox(key="as_partnership").value
    at.slider(key="as_score_spat_purpose").set_value(5)
    at.text_input(key="as_notes_spat_purpose").input("<b>clear</b> purpose")
    next(b for b in at.button if b.label == "Save the assessment").click().run()
    no_exception(at)
    assert any("Saved assessment" in s.value for s in at.success)
    saved = seeded.read("assessment_scores", {"partnership": pid, "framework": "spat", "as_of": dt.date.today()})
    today = [r for r in saved if r["date"] == dt.date.today() and r["criterion_id"] == "spat_purpose"]
    assert today and today[0]["score"] == 5 and today[0]["notes"] == "<b>clear</b> purpose"
    import getpass

    saved_by, _ = seeded.run_readonly("MATCH (a:Assessment {id: $id}) RETURN a.saved_by AS by",
                                      {"id": f"{pid}-spat-{dt.date.today().isoformat()}"})
    assert saved_by == [{"by": f"{getpass.getuser()} (the app's assessment page)"}]  # no sign-in: who runs the app


def test_data_page_validates_an_upload_and_lists_problems(seeded) -> None:
    at = app("en", "data")
    no_exception(at)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("input/partnerships.csv", "id,name_en,kind,source,as_of\nbad id,X,nonsense,s,2025-01-01\n")
        zf.writestr("../../etc/evil.csv", "x\n")  # a path outside the folder is reduced to its name
    at.file_uploader[0].upload("input.zip", buf.getvalue(), "application/zip")
    at.run()
    no_exception(at)
    assert any("problems found" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert "What to do" in problems.columns and len(problems) >= 2


def test_data_page_accepts_the_seed_and_offers_to_load(seeded) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for f in SEED.glob("*.csv"):
            zf.write(f, f"ctm/{f.name}")
    at = app("cy", "data")
    at.file_uploader[0].upload("ctm.zip", buf.getvalue(), "application/zip")
    at.run()
    no_exception(at)
    assert at.success and "rhes" in at.success[0].value
    assert at.text_input(key="dt_region").value


def test_the_host_adds_the_wales_step(seeded) -> None:
    """Issue 19: a Wales step the host can add to workshop mode, after the five, with the map and the regions."""
    en = catalogue("en")
    at = app("en", "assessment")
    at.sidebar.checkbox(key="workshop_wales").check().run()
    at.sidebar.toggle(key="workshop").set_value(True).run()
    no_exception(at)
    assert "Step 5 of 6" in texts(at)
    assert [b.label for b in at.button if b.key == "workshop-next"] == [f"Next: {en['nav.compare']}"]
    at.button(key="workshop-next").click().run()  # what PageDown does
    no_exception(at)
    words = texts(at)
    assert "Step 6 of 6" in words and en["compare.map.attribution"] in words
    assert "Cwm Taf Morgannwg" in words  # the region's card beside the map
    assert not [b for b in at.button if b.key == "workshop-next"]  # the last step
    # Without the Wales step the story is the five.
    at = app("en")
    at.sidebar.toggle(key="workshop").set_value(True).run()
    assert "Step 1 of 5" in texts(at)
