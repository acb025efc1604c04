"""Compare page: two or more studies side by side (criteria matrix, key numbers, findings charts)."""
from __future__ import annotations

import streamlit as st

from appraisal.charts import findings_small_multiples, matrix_chart
from appraisal.views import comparison_frame, criteria_matrix, short_name

from . import state


def render() -> None:
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    entries = library.entries(rubric, reviewer)
    by_id = {e.id: e for e in entries}
    st.title("Compare")
    if len(entries) < 2:
        st.info("Compare needs at least two studies in the library.")
        return
    chosen = [i for i in st.session_state.get("compare_ids", []) if i in by_id]
    if "compare_pick" not in st.session_state or st.session_state.get("_compare_from") != chosen:
        st.session_state["compare_pick"] = chosen or [e.id for e in entries[:3]]
        st.session_state["_compare_from"] = chosen
    st.session_state["compare_pick"] = [i for i in st.session_state["compare_pick"] if i in by_id]
    picked = st.multiselect("Studies to compare", list(by_id), key="compare_pick",
                            format_func=lambda i: by_id[i].label, placeholder="Choose two or more studies")
    if len(picked) < 2:
        st.info("Choose two or more studies (or select rows on the Library page and press Compare).")
        return
    compared = [by_id[i] for i in picked]

    st.markdown("#### Judgements by criterion")
    st.altair_chart(matrix_chart(criteria_matrix(compared, rubric)), key="matrix")
    st.caption("Each cell names the level and its score; colour (blue no concern, orange some, vermillion "
               "serious, grey not reported) repeats it for a quick scan. ✎ marks your overrides.")

    st.markdown("#### Grades and key numbers")
    st.dataframe(comparison_frame(compared), width="stretch")

    st.markdown("#### Findings")
    chart = findings_small_multiples([(short_name(e), e.study) for e in compared])
    if chart is None:
        st.caption("None of these studies has a findings table.")
    else:
        st.altair_chart(chart, key="cmp_findings")
        st.caption("Percent change from baseline to follow-up where the table gives numbers (bars drawn up to "
                   "±200%, the label keeps the value); the direction where it gives words. Tables that compare "
                   "arms rather than time points show the stated difference's direction, else '? unclear'. "
                   "⚠ marks rows whose cells could not be split with certainty.")

    st.download_button(f"CSV of the compared studies ({len(compared)})", icon=":material/download:",
                       data=lambda: library.export(compared, rubric, reviewer),
                       file_name=f"appraisal-compared-{rubric.id}-v{rubric.version}.csv", mime="text/csv",
                       on_click="ignore", key="dl_compared")
