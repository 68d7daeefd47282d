"""Profiles: one organisation, partnership or post, everything the graph holds about it on one page."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from tirlun.i18n import label, pick, t
from views import common

common.header("profiles")
ctx = common.context()


def yes_no(value: Any) -> str:
    return t("common.unknown") if value is None else t("common.yes") if value else t("common.no")


def facts(pairs: list[tuple[str, Any]]) -> None:
    """Key facts as a two-column table (text, never HTML)."""
    df = pd.DataFrame([{"fact": t(k), "value": "–" if v is None or v == "" else str(v)} for k, v in pairs])
    st.dataframe(df.rename(columns={"fact": t("col.fact"), "value": t("col.value")}), hide_index=True, width="stretch")


def items(rows: list[dict[str, Any]], key: str, columns: dict[str, str], groups: dict[str, str] | None = None) -> None:
    """A nested list from a profile row as a table with its download; code columns get labels."""
    df = pd.DataFrame(rows or [])
    if not df.empty:
        if "name" in df.columns or "job_title" in df.columns:
            df["label"] = [pick(r, "name") or pick(r, "job_title") for _, r in df.iterrows()]
        for col, group in (groups or {}).items():
            if col in df.columns:
                df[col] = df[col].map(lambda v, g=group: label(g, v))
        if "active" in df.columns:
            df["active"] = df["active"].map(yes_no)
    common.table(df, key, columns)


with common.errors():
    kind = st.radio(t("profiles.kind"), ["partnership", "organisation", "person"], horizontal=True,
                    format_func=common.choice({v: t(f"network.type.{v}") for v in ("partnership", "organisation", "person")}),
                    key="pf_kind")
    if kind == "partnership":
        choices = common.read("app_partnerships", {"region": ctx.region, "as_of": ctx.as_of})
        names = common.options_from(choices)
    else:
        entities = common.read("app_entities", {"region": ctx.region})
        entities = entities[entities["type"] == kind]
        names = ({str(r["id"]): common.person_label(r) for _, r in entities.iterrows()} if kind == "person"
                 else common.options_from(entities))
    if not names:
        st.info(t("common.no_rows"))
        st.stop()
    key = f"pf_{kind}"
    if st.session_state.get(key) not in names:
        st.session_state[key] = next(iter(names))
    chosen = st.selectbox(t("profiles.choose"), list(names), format_func=lambda i: names.get(i, i), key=key)
    found = common.read(f"profile_{kind}", {"id": chosen, "as_of": ctx.as_of})
    if found.empty:
        st.info(t("profiles.not_found"))
        st.stop()
    p = found.iloc[0].to_dict()

    if kind == "partnership":
        st.header(common.md(pick(p, "name")))
        c = st.columns(4)
        c[0].metric(t("profiles.active_members"), p["active_members"])
        c[1].metric(t("profiles.active_seats"), p["active_seats"])
        c[2].metric(t("profiles.meetings_12m"), p["meetings_12m"])
        c[3].metric(t("profiles.person_hours_12m"), common.fmt_hours(p["person_hours_12m"]))
        st.markdown(common.md(pick(p, "purpose")))
        facts([("col.kind", label("partnership_kind", p["kind"])), ("col.level", label("level", p["level"])),
               ("profiles.statutory", yes_no(p["statutory"])), ("profiles.active", yes_no(p["active"])),
               ("profiles.established", p["established"]), ("profiles.dissolved", p["dissolved"]),
               ("profiles.terms_of_reference", yes_no(p["terms_of_reference"])), ("profiles.review_date", p["review_date"]),
               ("profiles.frequency", label("frequency", p["meeting_frequency"]) if p["meeting_frequency"] else None),
               ("profiles.next_meeting", p["next_meeting"]),
               ("profiles.missing_types", ", ".join(label("org_type", x) for x in p["missing_member_types"] or []))])
        tabs = st.tabs([t("profiles.members"), t("profiles.seats"), t("profiles.structure"), t("profiles.data"),
                        t("nav.assessment")])
        with tabs[0]:
            items(p["members"], f"members-{chosen}", {"label": "col.name", "role": "col.role", "org_type": "col.org_type",
                                                      "since": "col.since", "until": "col.until", "active": "col.active"},
                  {"role": "role", "org_type": "org_type"})
        with tabs[1]:
            seats = [{**s, "name": common.person_label({"name_en": s.get("job_title"), "name_cy": s.get("job_title_cy"),
                                                        "short_name": s.get("representing_name")})} for s in p["seats"] or []]
            items(seats, f"seats-{chosen}", {"label": "col.name", "role": "col.role", "active": "col.active"}, {"role": "role"})
        with tabs[2]:
            structure = ([{"rel": t("profiles.parent"), **x} for x in p["parent"] or []]
                         + [{"rel": t("profiles.subgroup"), **x} for x in p["subgroups"] or []]
                         + [{"rel": t("governance.reports_to"), **x} for x in p["reports_to"] or []]
                         + [{"rel": t("profiles.predecessor"), **x} for x in p["predecessors"] or []]
                         + [{"rel": t("profiles.successor"), **x} for x in p["successors"] or []]
                         + [{"rel": t("profiles.chair"), **x} for x in p["chair"] or []]
                         + [{"rel": t("profiles.secretariat"), **x} for x in p["secretariat"] or []])
            items(structure, f"structure-{chosen}", {"rel": "col.relationship", "label": "col.name"})
        with tabs[3]:
            data = ([{"rel": t("profiles.produced"), **x} for x in p["datasets_produced"] or []]
                    + [{"rel": t("profiles.received"), **x} for x in p["datasets_received"] or []])
            items(data, f"data-{chosen}", {"rel": "col.relationship", "label": "col.dataset", "agreement": "col.agreement"},
                  {"agreement": "agreement"})
        with tabs[4]:
            items(p["assessments"], f"assessments-{chosen}", {"date": "col.date", "criteria": "col.criteria",
                                                              "mean_score": "col.mean_score"})
    elif kind == "organisation":
        st.header(common.md(pick(p, "name")))
        c = st.columns(3)
        c[0].metric(t("profiles.active_partnerships"), p["active_partnerships"])
        c[1].metric(t("profiles.meetings_12m"), p["meetings_12m"])
        c[2].metric(t("profiles.person_hours_12m"), common.fmt_hours(p["meeting_hours_12m"]))
        facts([("col.sector", label("sector", p["sector"])), ("col.org_type", label("org_type", p["org_type"])),
               ("profiles.statutory", yes_no(p["statutory"])),
               ("profiles.areas", ", ".join(pick(a, "name") for a in p["areas"] or []))])
        tabs = st.tabs([t("profiles.memberships"), t("profiles.posts"), t("profiles.data")])
        with tabs[0]:
            items(p["memberships"], f"memberships-{chosen}", {"label": "col.partnership", "kind": "col.kind", "role": "col.role",
                                                              "active": "col.active"},
                  {"kind": "partnership_kind", "role": "role"})
        with tabs[1]:
            posts = [{**x, "name": x.get("job_title"), "name_cy": x.get("job_title_cy"), "n": len(x.get("seats") or [])}
                     for x in p["posts"] or []]
            items(posts, f"posts-{chosen}", {"label": "col.name", "n": "col.partnerships"})
        with tabs[2]:
            items(p["datasets_held"], f"held-{chosen}", {"label": "col.dataset"})
    else:
        st.header(common.md(common.person_label({"name_en": p["job_title"], "name_cy": p["job_title_cy"],
                                       "display_name": p["display_name"], "short_name": pick(p, "organisation_name")})))
        c = st.columns(4)
        c[0].metric(t("profiles.active_seats"), p["active_seats"])
        c[1].metric(t("profiles.meetings_12m"), p["meetings_12m"])
        c[2].metric(t("col.hours"), common.fmt_hours(p["hours_12m"]))
        c[3].metric(t("profiles.apologies_12m"), p["apologies_12m"])
        items(p["seats"], f"seats-{chosen}", {"label": "col.partnership", "role": "col.role", "representing_name": "col.representing",
                                              "active": "col.active"}, {"role": "role"})
    st.caption(t("profiles.source", source=p.get("source") or "–", as_of=p.get("source_as_of") or "–")
               + (" " + t("profiles.illustrative") if p.get("illustrative") else ""))
