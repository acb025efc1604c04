"""The workspace's pages for st.navigation, and a way for a page to name another (switch_page)."""
from __future__ import annotations

import streamlit as st

LIBRARY, STUDY, COMPARE, RUBRICS, AGREEMENT = "Library", "Study", "Compare", "Rubrics", "Agreement"

_current: dict[str, st.Page] = {}


def build() -> list[st.Page]:
    """This run's pages; every body is wrapped so an error is a short message, not a traceback."""
    from . import agreement, compare, library, rubrics, state, study

    spec = [
        (LIBRARY, library.render, ":material/library_books:", "library"),
        (STUDY, study.render, ":material/article:", "study"),
        (COMPARE, compare.render, ":material/compare:", "compare"),
        (RUBRICS, rubrics.render, ":material/rule:", "rubrics"),
        (AGREEMENT, agreement.render, ":material/groups:", "agreement"),
    ]
    pages = []
    for title, render, icon, path in spec:
        page = st.Page(state.guarded(render, title), title=title, icon=icon, url_path=path, default=title == LIBRARY)
        _current[title] = page
        pages.append(page)
    return pages


def page(title: str) -> st.Page:
    """The Page object of this run with that title (what st.switch_page and st.page_link need)."""
    return _current[title]
