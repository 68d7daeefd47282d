"""Accessibility fixes the app applies itself (WCAG 2.2 AA, which Welsh public bodies must meet).

Streamlit decides most of the page's markup; what Tirlun can change from a page it changes here,
once per run, from app.py (``a11y.apply(page, lang)`` right after the language is decided):

- the page's language: ``<html lang>`` follows the page ("cy" on Welsh pages), so a screen
  reader reads Welsh with Welsh rules (Streamlit always writes "en");
- a document title per page in the page's language ("Lle mae partneriaethau'n gorgyffwrdd ·
  Tirlun"), not "Tirlun" everywhere;
- captions, help text and small print dark enough to read (at least 4.5:1 on white and on the
  sidebar's grey);
- chart axis labels, titles and legends dark enough (Streamlit's chart theme draws them #808495,
  3.72:1 on white);
- a visible focus ring (3 px, the app's blue, at least 3:1 against both backgrounds) on links,
  buttons, the language radio, the workshop switch and every other control;
- the date input's day, month and year fields at least 24 px square (WCAG 2.5.8).

Only static strings from the catalogue reach the page here, never data. What cannot be fixed
from inside the app is listed in docs/accessibility.md.
"""

from __future__ import annotations

import json

import streamlit as st

from tirlun.i18n import Translator, translator

FOCUS = "#0072B2"  # the app's blue: 5.1:1 on white, 4.6:1 on the sidebar's #f0f2f6
CAPTION = "#4d4d4d"  # 8.5:1 on white, 7.4:1 on #f0f2f6 (Streamlit's own is #828180: 3.88:1)
CODE = "#0b5d42"  # inline code: 7.5:1 on Streamlit's code background (Streamlit's own #6d9c8f: 3.03:1)

CSS = f"""
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p,
[data-testid="stSidebar"] [data-testid="stCaptionContainer"] p,
[data-testid="stWidgetLabel"] small, [data-testid="stTooltipContent"], .stCaption,
[data-testid="stMetricDelta"], [data-testid="stMetricLabel"] p {{ color: {CAPTION} !important; opacity: 1 !important; }}
[data-testid="stMarkdownContainer"] code, [data-testid="stCaptionContainer"] code {{ color: {CODE} !important; }}
a:focus-visible, button:focus-visible, [role="button"]:focus-visible, [role="tab"]:focus-visible,
[role="link"]:focus-visible, [role="option"]:focus-visible, [role="spinbutton"]:focus-visible,
summary:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible,
[tabindex]:focus-visible:not([tabindex="-1"]) {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px !important; box-shadow: none !important;
}}
label:has(input:focus-visible), [data-baseweb="select"]:focus-within > div,
[data-testid="stSidebarNav"] a:focus-visible {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px !important;
}}
.vega-embed svg text[fill="#808495"], .vega-embed svg text[fill="#808495" i] {{ fill: {CAPTION} !important; }}
[data-testid="stDateInput"] [role="spinbutton"] {{
  display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px; text-align: center;
}}
"""

# Runs in the page itself (st.html with JavaScript): only the two values below change, as JSON strings.
SCRIPT = """<script>
(function () {
  var doc = window.document, lang = %s, title = %s;
  doc.documentElement.setAttribute("lang", lang);
  doc.title = title;
  if (!window.__tirlunTitle) {
    // Streamlit writes its own title after a page switch; put ours back when it does.
    window.__tirlunTitle = new MutationObserver(function () {
      var want = doc.documentElement.getAttribute("data-tirlun-title");
      if (want && doc.title !== want) { doc.title = want; }
    });
    var head = doc.querySelector("title") || doc.head;
    window.__tirlunTitle.observe(head, {childList: true, characterData: true, subtree: true});
  }
  doc.documentElement.setAttribute("data-tirlun-title", title);
})();
</script>"""


def title(page: str, tr: Translator) -> str:
    """The document title of a page in ``tr``'s language: the page's own title, then the app's name."""
    return f"{tr(f'page.{page}.title')} · Tirlun"


def apply(page: str, lang: str) -> None:
    """Language, title, contrast and focus fixes for this run of ``page`` in ``lang``."""
    st.html(f"<style>{CSS}</style>")
    script = SCRIPT % tuple(json.dumps(v).replace("<", "\\u003c") for v in (lang, title(page, translator(lang))))
    with st.sidebar:
        st.html(script, unsafe_allow_javascript=True)
