"""Rubrics page: the rubric in use as a readable table, and loading another rubric file."""
from __future__ import annotations

import streamlit as st

from appraisal.errors import RubricError
from appraisal.rubric_files import save_rubric
from appraisal.views import bands_frame, rubric_frame

from . import state

MAX_RUBRIC_BYTES = 1024 * 1024


def _load() -> None:
    """Uploader callback: validate the file; keep it and switch to it only when it is valid."""
    upload = st.session_state.get(f"rubric_upload_{st.session_state.get('rubric_round', 0)}")
    if upload is None:
        return
    data = upload.getvalue()
    if len(data) > MAX_RUBRIC_BYTES:
        st.session_state["rubric_problem"] = f"{upload.name}: the file is too large for a rubric (over 1 MB)."
        return
    try:
        key, rubric = save_rubric(data, upload.name)
    except RubricError as exc:
        st.session_state["rubric_problem"] = str(exc)
        return
    st.session_state.pop("rubric_problem", None)
    state.rubrics_changed()
    st.session_state["rubric"] = key
    st.session_state["rubric_round"] = st.session_state.get("rubric_round", 0) + 1
    state.flash(f"Loaded and now using {rubric.name} v{rubric.version} ({len(rubric.criteria)} criteria); "
                "every page is re-graded with it.")


def render() -> None:
    rubric = state.rubric()
    st.title("Rubrics")
    state.show_flashes()
    problem = st.session_state.get("rubric_problem")
    if problem:
        st.error(f"This rubric file was not loaded: {problem}", icon=":material/error:")

    st.markdown(f"### {state.md(rubric.name)}")
    st.caption(f"id `{rubric.id}` · version {state.md(rubric.version)} · sha256 `{rubric.sha256}` · "
               f"file {state.md(rubric.source.rsplit('/', 1)[-1])}")
    if rubric.description:
        st.markdown(state.md(rubric.description))
    st.markdown(f"Each criterion gives the score of its **first matching level**; a criterion whose facts are "
                f"unknown gets its *not reported* level. The total (from {rubric.min_total():g} to "
                f"{rubric.max_total():g}) maps to a grade:")
    st.dataframe(bands_frame(rubric), hide_index=True, width="content")

    levels = rubric_frame(rubric)
    for criterion in rubric.criteria:
        with st.expander(f"**{state.md(criterion.name)}** · `{criterion.id}` · {len(criterion.levels)} levels",
                         expanded=True):
            if criterion.description:
                st.caption(state.md(criterion.description))
            rows = levels[levels["id"] == criterion.id][["order", "level", "score", "when", "rationale"]]
            st.dataframe(rows, hide_index=True, width="stretch", column_config={
                "order": st.column_config.NumberColumn("#", width="small"),
                "level": st.column_config.TextColumn("Level"),
                "score": st.column_config.NumberColumn("Score", format="%+g", width="small"),
                "when": st.column_config.TextColumn("When (conditions on the facts)", width="large"),
                "rationale": st.column_config.TextColumn("Rationale", width="large"),
            })

    st.markdown("### Load another rubric")
    st.caption("A TOML file in the format of rubrics/grade.toml. It is checked before use; a file with a "
               "problem is refused with a message naming the criterion and the field.")
    st.file_uploader("Rubric file (.toml)", type=["toml"], on_change=_load,
                     key=f"rubric_upload_{st.session_state.get('rubric_round', 0)}")
