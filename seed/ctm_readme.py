"""Render seed/ctm/README.md from the built tables (so the counts never go stale)."""

from __future__ import annotations

from seed.ctm_checks import Report
from seed.ctm_common import Row
from seed.ctm_meetings import CLUSTERS
from tirlun.loader.models import TABLES


def render_readme(tables: dict[str, list[Row]], report: Report) -> str:
    rows = ["| table | rows | sourced | illustrative |", "|---|---:|---:|---:|"]
    total = [0, 0, 0]
    for t in TABLES:
        data = tables[t.name]
        ill = sum(1 for r in data if r.get("illustrative"))
        rows.append(f"| {t.name} | {len(data)} | {len(data) - ill} | {ill} |")
        total = [total[0] + len(data), total[1] + len(data) - ill, total[2] + ill]
    rows.append(f"| **total** | {total[0]} | {total[1]} | {total[2]} |")
    psb_rpb = min((j for a, _, j in report.pair_scores if a.startswith("ctm-psb")), default=0.0)
    clusters = "\n".join(
        f"- **{c['name']}**: `{c['leader']}` then "
        + ", ".join(f"`{f}`" + (f" (+{d} d)" if d > 0 else " (+1-3 d)") for f, d in c["followers"])
        + f", agenda themes {', '.join(c['themes'])}."
        for c in CLUSTERS
    )
    return f"""# Cwm Taf Morgannwg seed (`seed/ctm`)

A seed dataset for Tirlun: the partnership landscape of the Cwm Taf Morgannwg (CTM) region
(Bridgend, Merthyr Tydfil, Rhondda Cynon Taf), its boards, sub-groups, member organisations,
posts, meetings, datasets and self-assessments, one CSV file per table of `loader/models.py`.

**Do not edit the CSV files by hand.** They are generated, deterministically, by

    cd /work/main && python seed/build_ctm.py     # writes seed/ctm/*.csv and this README
    tirlun validate seed/ctm                       # the project's validator (exit 0)

`build_ctm.py` validates the folder with the same validator and checks the design rules
below (`seed/ctm_checks.py`); it exits non-zero if either fails.

## Where the rows come from

- **Sourced** rows (`illustrative=false`) are hand-written in `seed/ctm_facts.py` and the modules
  it re-exports (`ctm_orgs`, `ctm_partnerships`, `ctm_subgroups`, `ctm_memberships`,
  `ctm_datasets`). Rows of the shared Wales reference (areas and their dated hierarchies in
  `area_parents`, themes, legislation, all-Wales and cross-region organisations and partnerships,
  `organisation_names`) are defined once in `seed/wales_*.py` and repeated here *identically*, cell for
  cell, as in `seed/reference` (`seed/build_reference.py`); the loader reads an identical repeat as a
  reference to the shared row. Every fact is from `shared/domain/ctm-facts.md`, which gives a
  public source URL for each; the row's `source` holds those URL(s) and `as_of` is 2025-11-01 (the
  date they were checked). Welsh terms follow `shared/domain/glossary.md`; findings from the Welsh
  source documents cite them, e.g. `WCPP, Multi-agency working in Cwm Taf Morgannwg (Welsh text),
  shared/seeds/000_88ccf97dff615df5.txt`.
- **Illustrative** rows (`illustrative=true`) hold anything GK-U, not found, not verified or
  invented, and their `note` says why. Invented rows have the source
  `Illustrative (Tirlun seed generator, seed/build_ctm.py)`. A row is sourced only if *every*
  filled column is sourced: e.g. the CTM PSB row is illustrative because its Welsh name is GK-U and
  its meeting frequency and secretariat are not public; its note lists which columns are sourced.
- **The Welsh columns have their own provenance**: `source_cy` names the Welsh-language source of a
  row's `name_cy`/`title_cy`/`job_title_cy`/`purpose_cy` (legislation.gov.uk's Welsh texts, llyw.cymru,
  the glossary). A sourced row whose Welsh columns have no `source_cy` (general knowledge, or the seed
  author's rendering) is made illustrative by `seed/ctm_labels.py`, whose note begins "Illustrative only
  in name_cy: ...". The rule is checked over every CSV by `tests/test_seed_labelling.py`.
- Generated with `random.Random(2026)`: posts, seats, meetings, attendance, self-assessment scores,
  and sub-group memberships derived from the seats.

## Row counts

{chr(10).join(rows)}

## Rules followed

- No real individual is named anywhere. People are **posts** with pseudonymous ids
  (`post-rctcbc-dss` = Director of Social Services, RCTCBC); `display_name` is always empty.
  Where a source names a post (an Assistant PCC chairing Bridgend and Cwm Taf PSBs; the BCBC Chief
  Executive and Cabinet Member for Communities co-chairing the Bridgend YJS board; the Age Connects
  Morgannwg chief executive chairing the RPB c.2019) the post and seat come from that source, the
  person does not. The RPB chair is dated: its seat and membership run 2019-04-01..2020-01-01 only
  (the source speaks of 2019), and are illustrative because those bounds are the seed's.
- Welsh names (`name_cy`, `job_title_cy`, `title_cy`, `purpose_cy`) are given wherever reasonable;
  where no Welsh source backs them (`source_cy` empty) the row is illustrative (see above). UK Acts
  have no official Welsh title, so their `title_cy` is empty (Welsh pages show the English title);
  Welsh titles not seen in a source (VAWDASV Act, Local Government (Wales) Measure, Housing (Wales)
  Act) are left empty too. `purpose_cy` texts are the seed author's translations of `purpose_en`.
- Dates are ISO; a meeting's `start` is `YYYY-MM-DD HH:MM`; list columns use `;`; files are UTF-8
  without BOM. `ctm` is the only area of kind `region`, so the loader infers the region.
- Meetings run 2024-10-01..2025-09-30 at each partnership's `meeting_frequency` (no meetings for
  partnerships whose frequency is not known), at 09:30, 10:00, 13:30 or 14:00, lasting
  `meeting_hours`; plus a few 2022-23 meetings of the dissolved PSBs for lineage (the pre-merger
  workshop of 15 Nov 2022 and the CTM PSB's inaugural meeting of 18 May 2023 have sourced dates).
  Attendance: each meeting's seated posts active that day, about 80% attended, 10% deputy,
  10% apologies.

## Built on purpose (so the views have something to show)

**Duplicate meetings** (meetings of partnerships with heavily overlapping seats, 1-6 days apart,
same agenda themes):

{clusters}

Attendee Jaccard of the placed pairs (attended or deputy; the view's default threshold is 0.5):

{chr(10).join(f"- {line}" for line in report.pair_summary)}

The PSB/RPB pairs overlap less (their senior posts differ; attendee Jaccard
{psb_rpb:.2f} at worst), so they show only with `--param min_attendee_jaccard=0.2`. Note also that
`ccr-cjc` and `valleys-regional-park` share all their seats only because just the three CTM
council leaders are modelled as posts.

**Usual suspects** (posts on 6+ current boards): {", ".join(f"`{p}` ({n})" for p, n in report.suspects)}.

**The law as the law has it.** A partnership's `legislation` names the law that *sets it up*
(`SET_UP_UNDER`, with `legislation_section`); `duty_legislation` names a law whose duty it
*discharges* for others (`DISCHARGES_DUTY_UNDER`, with `duty_section`): the Area Planning Boards
(Crime and Disorder Act 1998 s.6, created by Welsh Government in 2010), the VAWDASV board (VAWDASV
Act 2015 s.5), the youth justice management boards (s.39, s.40), the LRF (Civil Contingencies Act
2004) and the housing support group. Sub-groups are set up under no law: they inherit nothing. A
legislation row's `required_member_types` are what it prescribes as members of the bodies it sets
up, and `members_section` where: WFGA s.29(2) (PSBs), SSWBA s.134(2), (6) (safeguarding boards),
Partnership Arrangements Regulations reg 11(1)(a)-(d) (RPBs), CDA 1998 s.5(1) (CSPs; a police and
crime commissioner is not a responsible authority), LG(W)M 2011 s.58 (joint scrutiny), the SE
Wales CJC Regulations (constituent councils).

**Statutory gaps** (boards set up under a law that prescribes members, with a prescribed org type
lacking a current, non-invited membership): {"; ".join(f"`{g}`" for g in report.gaps)}. Both are
deliberate and sit where the law prescribes the membership: probation (s.5(1)(aa)) is only an
`invited_participant` of `rct-csp`, and the fire and rescue authority (s.5(1)(d)) only an
`invited_participant` of `merthyr-csp`. The CTM APB has no fire and rescue authority either, but
the Act prescribes no APB membership, so that is no gap.

**Data silos** (after seed 000: data and information are often confined to policy domains or
regional structures): datasets flowing nowhere: {", ".join(f"`{d}`" for d in report.silo_datasets)};
themes whose data reach no safeguarding or well-being partnership:
{", ".join(f"`{t}`" for t in report.silo_themes)}.

**Lineage**: `merthyr-lsb` -> `cwm-taf-psb` -> `ctm-psb`; `bridgend-psb` -> `ctm-psb` (both
dissolved 2023-05-18); `cwm-taf-psb-josc` -> `ctm-josc`; `cwm-taf-apb` -> `ctm-apb`;
`western-bay-yjeis-board` -> `bridgend-yjs-board`; `cwm-taf-rpb` (RCT, Merthyr Tydfil; from 6 Apr
2016) -> `ctm-rpb` (from 1 Apr 2019, adding Bridgend). Bridgend's RPB until 31 Mar 2019, the Western
Bay RPB (`western-bay-rpb` -> `west-glamorgan-rpb`), belongs to the West Glamorgan region and now
lives in `seed/wg` with BCBC's membership of it; the move itself is dated in `area_parents` (Bridgend in
`western-bay` until 2019-03-31 in the reference, in `ctm` from 2019-04-01) and in
`organisation_names` (Cwm Taf UHB and Abertawe Bro Morgannwg UHB renamed on 1 Apr 2019).
`bridgend-csp` was a sub-board of Bridgend PSB
from 27 Mar 2017; since that PSB was dissolved it is modelled as a stand-alone board with an
illustrative `reports_to` the CTM PSB.

## Not modelled

- Bridgend PSB's five 2018/19 sub-boards (counted in the source, not named); the Partnership
  Council's and Social Partnership Council's full membership; the RCT early-years integration
  pilot as a partnership (its vulnerability-profiling data is a dataset); the RPB members reg
  11(1)(e)-(h) prescribes as people (third-sector, care-provider, service-user and carer
  representatives), which are not organisation types; historic HSCWB partnerships and Children and
  Young People's Partnerships.
- Time-bounded structure: `subgroup_of` and `reports_to` have no dates, so a reporting line that
  changed (Bridgend CSP) keeps only its current form. Successors are whole bodies, so Western Bay's
  Bridgend part passing to the CTM RPB is told by the memberships and notes, not by `successor_id`.
"""
