"""The workshop's presenter view: the step bar a clicker drives, the finding as the slide's title, the host's
notes and the cards a short ranked list is projected as."""

from __future__ import annotations

import html
from typing import Any

import streamlit as st
import streamlit.components.v1 as components

from tirlun.answers import workshop
from tirlun.views import nav, session, state, text


def open_step(page: str, **overrides: Any) -> tuple[Any, workshop.Slide]:
    """What every presented page starts with: the story's step (tirlun.answers.workshop.step, through the cache),
    its bar and its finding as the slide's title. Returns the step's answer, to draw, and its slide."""
    step = state.step(page, **overrides)
    presenter(page, step.slide.title)
    return step.answer, step.slide


def workshop_sequence() -> tuple[str, ...]:
    """The story's steps: the five, then the Wales step (Compare) when the host added it in the sidebar."""
    return (*workshop.STEPS, "compare") if st.session_state.get("workshop_wales") else workshop.STEPS


def _go(page: str | None) -> None:
    if page is not None:
        st.switch_page(dict(nav.PAGES)[page])


def _leave_workshop() -> None:
    st.session_state["workshop"] = False
    st.session_state["kept.workshop"] = False


def presenter(page: str, finding: str) -> None:
    """The presenter bar (step counter, back, next, leave) and the finding as the slide's title.

    PageDown / PageUp (what a presentation clicker sends) and the arrow keys step; the buttons
    show where the story goes.
    """
    tr = session.tr()
    sequence = workshop_sequence()
    if page not in sequence:  # a page opened in workshop mode off the story: the story's last step
        sequence = (*sequence, page)
    i = sequence.index(page)
    prev = sequence[i - 1] if i > 0 else None
    nxt = sequence[i + 1] if i + 1 < len(sequence) else None
    with st.container(key="presenter-bar"):
        where, back, ahead, leave = st.columns([4, 3, 4, 3], vertical_alignment="center")
        where.markdown(f"**{tr(f'page.{page}.title')}** · {tr('workshop.step', n=i + 1, total=len(sequence))}")
        if prev is not None and back.button(tr("workshop.previous", page=tr(f"nav.{prev}")), key="workshop-prev",
                                            shortcut="PageUp", icon=":material/arrow_back:", width="stretch"):
            _go(prev)
        if nxt is not None and ahead.button(tr("workshop.next", page=tr(f"nav.{nxt}")), key="workshop-next",
                                            shortcut="PageDown", type="primary", icon=":material/arrow_forward:",
                                            width="stretch"):
            _go(nxt)
        leave.button(tr("workshop.exit"), key="workshop-exit", on_click=_leave_workshop, width="stretch")
    with st.container(key="presenter-keys"):  # the arrow keys, as buttons out of sight
        if prev is not None and st.button("←", key="workshop-left", shortcut="left"):
            _go(prev)
        if nxt is not None and st.button("→", key="workshop-right", shortcut="right"):
            _go(nxt)
    st.markdown(f'<h2 class="tirlun-finding">{html.escape(finding)}</h2>', unsafe_allow_html=True)
    # The workshop switch (now out of sight) kept the keyboard's focus: give it back to the page, so the
    # clicker's first PageDown steps without anyone touching the mouse.
    components.html("<script>var a = parent.document.activeElement; if (a && a !== parent.document.body) a.blur();"
                    "</script>", height=0)


def speaker_notes(notes: dict[str, str]) -> None:
    """The host's notes, below the visual: the page's language first, then the other."""
    tr = session.tr()
    first = tr.lang
    with st.expander(tr("workshop.notes"), expanded=False):
        for code in sorted(notes, key=lambda c: c != first):
            st.markdown(f"**{'Cymraeg' if code == 'cy' else 'English'}** · {text.md(notes[code])}")
    st.caption(tr("workshop.keys"))


def cards(items: list[tuple[str, str]]) -> None:
    """A short ranked list as cards: a bold line and a detail line each, wrapping, never losing a column."""
    body = "".join(f'<li><strong>{html.escape(head)}</strong><span>{html.escape(detail)}</span></li>'
                   for head, detail in items)
    st.markdown(f'<ol class="tirlun-cards">{body}</ol>', unsafe_allow_html=True)


def key_list(names: list[str]) -> None:
    """A picture's key: the numbers drawn on it, in order, each with its name (words a room reads at 18 px)."""
    body = "".join(f"<li>{html.escape(name)}</li>" for name in names)
    st.markdown(f'<ol class="tirlun-key">{body}</ol>', unsafe_allow_html=True)
