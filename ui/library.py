"""Library page: import documents, find studies, pick some to open, compare or export."""
from __future__ import annotations

import streamlit as st

from appraisal.readers import supported_extensions
from appraisal.views import filter_library, grades_of, library_frame

from . import state
from .pages import COMPARE, STUDY, page


def _import_files() -> None:
    """Form callback: import every uploaded file; the failures are listed with their reasons."""
    files = st.session_state.get(f"uploads_{st.session_state.get('upload_round', 0)}") or []
    if not files:
        state.flash("Choose one or more files first.", "info")
        return
    bar = st.progress(0.0, text="Importing…")
    report = state.library().import_documents(((f.name, f.getvalue()) for f in files),
                                              progress=lambda fraction, text: bar.progress(fraction, text=text))
    bar.empty()
    _announce(report)
    st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1  # empties the uploader


def _import_pasted() -> None:
    text = st.session_state.get("pasted", "")
    if not text.strip():
        state.flash("Paste the text of a study summary first.", "info")
        return
    report = state.library().import_text(text)
    _announce(report)
    if not report.problems:
        st.session_state["pasted"] = ""


def _announce(report) -> None:
    if report.added:
        state.flash(f"Imported {len(report.added)} new {'study' if len(report.added) == 1 else 'studies'}.")
    if report.already:
        state.flash(f"{len(report.already)} already in the library (not imported twice).", "info")
    for problem in report.problems:
        state.flash(f"**{state.md(problem.source)}** was not imported: {state.md(problem.reason)}", "error")
    st.session_state["last_import"] = report.added


def _importer() -> None:
    exts = ", ".join(e.lstrip(".") for e in supported_extensions())
    with st.expander("Import studies", expanded=False, icon=":material/upload_file:"):
        tab_files, tab_text = st.tabs(["Files", "Paste text"])
        with tab_files, st.form("import_files", clear_on_submit=False, border=False):
            st.file_uploader(f"Drop study files here (several at once): {exts}", accept_multiple_files=True,
                             key=f"uploads_{st.session_state.get('upload_round', 0)}")
            st.form_submit_button("Import files", type="primary", on_click=_import_files)
        with tab_text, st.form("import_text", border=False):
            st.text_area("Paste the text of one study summary", key="pasted", height=200)
            st.form_submit_button("Import text", type="primary", on_click=_import_pasted)


def render() -> None:
    library = state.library()
    rubric = state.rubric()
    reviewer = state.reviewer()
    st.title("Library")
    state.show_flashes()
    _importer()

    entries = library.entries(rubric, reviewer)
    frame = library_frame(entries)
    by_id = {e.id: e for e in entries}

    top = st.columns([3, 2, 2, 2, 1.6], vertical_alignment="bottom")
    search = top[0].text_input("Search", placeholder="title, author, file, year", key="lib_search")
    designs = top[1].multiselect("Design", sorted(frame["design"].unique()), key="lib_design")
    species = top[2].multiselect("Species", sorted(frame["species"].unique()), key="lib_species")
    grades = top[3].multiselect("Grade", grades_of(rubric), key="lib_grade")
    overridden_only = top[4].checkbox("Overridden only", key="lib_overridden")
    shown = filter_library(frame, search, designs, species, grades, overridden_only).reset_index(drop=True)

    counts = frame["grade"].value_counts()
    summary = " · ".join(f"{g}: {counts.get(g, 0)}" for g in grades_of(rubric))
    st.caption(f"{len(shown)} of {len(frame)} studies shown · graded with {rubric.name} v{rubric.version} · "
               f"{summary} · {int(frame['overridden'].sum())} with your overrides")

    event = st.dataframe(
        shown, key="lib_table", hide_index=True, on_select="rerun", selection_mode="multi-row",
        height=min(38 + 35 * max(len(shown), 1), 560),
        column_order=["title", "first_author", "year", "design", "n", "grade", "overridden", "species", "source"],
        column_config={
            "title": st.column_config.TextColumn("Title", width=300),
            "first_author": st.column_config.TextColumn("First author"),
            "year": st.column_config.NumberColumn("Year", format="%d"),
            "design": st.column_config.TextColumn("Design", width=115),
            "n": st.column_config.NumberColumn("n", format="%d", width=70),
            "grade": st.column_config.TextColumn("Grade"),
            "overridden": st.column_config.CheckboxColumn("Overridden", help="You changed at least one judgement"),
            "species": st.column_config.TextColumn("Species"),
            "source": st.column_config.TextColumn("File"),
        })
    rows = list(event.selection.rows) if event is not None else []
    selected = [int(shown.loc[i, "id"]) for i in rows if i < len(shown)]
    st.session_state["selected_ids"] = selected

    actions = st.columns(4, vertical_alignment="center")
    if actions[0].button("Open study", disabled=len(selected) != 1, icon=":material/article:",
                         help="Select one row to open it"):
        st.session_state["study_id"] = selected[0]
        st.switch_page(page(STUDY), query_params={"study": str(selected[0])})
    if actions[1].button("Compare selected", disabled=len(selected) < 2, icon=":material/compare:",
                         help="Select two or more rows to compare them"):
        st.session_state["compare_ids"] = selected
        st.switch_page(page(COMPARE))
    slug = f"{rubric.id}-v{rubric.version}"
    actions[2].download_button(
        f"CSV of selected ({len(selected)})", disabled=not selected, icon=":material/download:",
        data=lambda: library.export([by_id[i] for i in selected], rubric, reviewer),
        file_name=f"appraisal-selected-{slug}.csv", mime="text/csv", on_click="ignore", key="dl_selected")
    actions[3].download_button(
        f"CSV of the whole library ({len(entries)})", icon=":material/download:",
        data=lambda: library.export(entries, rubric, reviewer),
        file_name=f"appraisal-library-{slug}.csv", mime="text/csv", on_click="ignore", key="dl_library")
    if st.button("Reload the library from the database", type="tertiary", icon=":material/refresh:",
                 help="Shows studies another server or the command line added meanwhile"):
        library.refresh()
        st.rerun()
