"""Session and server state of the workspace: the cached library, the rubric in use, the reviewer.

Everything Streamlit-specific about state lives here, so pages stay short. The library (store +
memoised appraisals) is one object per server and database (st.cache_resource); the reviewer's
name and the rubric are kept in the session and mirrored in the URL, so a reload keeps them.
"""
from __future__ import annotations

import functools
import html
import logging
import re

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from appraisal.errors import AppraisalError
from appraisal.library import Library
from appraisal.rubric import Rubric
from appraisal.rubric_files import rubric_choices
from appraisal.store import default_url, open_store

log = logging.getLogger("appraisal.ui")

DEFAULT_REVIEWER = "reviewer"
DEFAULT_RUBRIC = "grade"


@st.cache_resource(show_spinner="Opening the library…")
def _library(url: str) -> Library:
    library = Library(open_store(url))
    library.ensure_examples()
    return library


def library() -> Library:
    """The library of this server's database (examples imported on first start)."""
    return _library(default_url())


@st.cache_resource(show_spinner=False)
def _rubrics(generation: int) -> dict[str, Rubric]:
    return rubric_choices()


def rubrics() -> dict[str, Rubric]:
    return _rubrics(st.session_state.get("rubric_generation", 0))


def rubrics_changed() -> None:
    """A rubric was loaded: read the choices again (in this session; others see it on restart or load)."""
    _rubrics.clear()
    st.session_state["rubric_generation"] = st.session_state.get("rubric_generation", 0) + 1


def _remember(name: str, value: str | None) -> None:
    """Keep a choice in the URL so a reload (or a shared link) comes back to it."""
    if value and st.query_params.get(name) != value:
        st.query_params[name] = value


def sidebar() -> None:
    """The reviewer's name and the rubric in use (switching it re-grades every page)."""
    choices = rubrics()
    if "reviewer" not in st.session_state:
        st.session_state["reviewer"] = st.query_params.get("reviewer", DEFAULT_REVIEWER)
    if "rubric" not in st.session_state or st.session_state["rubric"] not in choices:
        wanted = st.query_params.get("rubric", DEFAULT_RUBRIC)
        st.session_state["rubric"] = wanted if wanted in choices else next(iter(choices))
    with st.sidebar:
        st.text_input("Reviewer", key="reviewer", max_chars=80,
                      help="Your overrides and reasons are saved under this name.")
        st.selectbox("Rubric", list(choices), key="rubric",
                     format_func=lambda k: f"{choices[k].name} v{choices[k].version}",
                     help="The rubric that grades every study; switching re-grades every page.")
        r = choices[st.session_state["rubric"]]
        st.caption(f"`{r.id}` v{r.version} · sha256 {r.sha256[:12]}")
    _remember("reviewer", reviewer())
    _remember("rubric", st.session_state["rubric"])


def reviewer() -> str:
    return (st.session_state.get("reviewer") or "").strip()


def rubric() -> Rubric:
    choices = rubrics()
    return choices.get(st.session_state.get("rubric", DEFAULT_RUBRIC)) or next(iter(choices.values()))


def guarded(render, name: str):
    """Run a page so that an unexpected error shows a short message, never a traceback."""

    @functools.wraps(render)
    def page() -> None:
        try:
            render()
        except ScriptControlException:  # st.rerun / st.stop / st.switch_page: Streamlit's own flow
            raise
        except AppraisalError as exc:
            st.error(str(exc))
        except Exception:
            log.exception("page %s failed", name)
            st.error(f"Something went wrong on the {name} page; the details are in the server log. "
                     "Your saved work is not affected — reload the page to continue.")

    page.__name__ = f"page_{name.lower()}"
    return page


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def md(text: str | None) -> str:
    """Document text made inert for st.markdown: every markdown/HTML character escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text or "").replace("\n", "  \n")


def esc(text) -> str:
    """For the few HTML fragments we build ourselves (the grade card)."""
    return html.escape(str(text), quote=True)


def flash(message: str, kind: str = "success") -> None:
    """A message that survives the rerun that follows a button press."""
    st.session_state.setdefault("_flash", []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop("_flash", []):
        getattr(st, kind)(message)
