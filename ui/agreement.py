"""Agreement page: dual independent review — how far two reviewers agree, and resolving their
disagreements into a consensus (with a reason, audited)."""
from __future__ import annotations

import streamlit as st

from appraisal.agreement import GRADE, agreement
from appraisal.errors import AppraisalError
from appraisal.store import StaleWriteError

from . import state


def _resolve() -> None:
    """Form callback: record the consensus level of one disagreement."""
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    choice = st.session_state.get("consensus_item")
    level = st.session_state.get("consensus_level")
    reason = (st.session_state.get("consensus_reason") or "").strip()
    if not choice:
        return
    study_id, criterion = choice
    if not reason:
        state.flash("Give a reason for the consensus (required); nothing was saved.", "error")
        return
    try:
        library.store.set_consensus(study_id, rubric.ref, criterion, level, reason, reviewer,
                                    expected_version=st.session_state.get("consensus_version", 0))
    except StaleWriteError as exc:
        state.flash(f"Someone resolved this disagreement meanwhile. {exc}", "warning")
        return
    except AppraisalError as exc:
        state.flash(str(exc), "error")
        return
    st.session_state["consensus_reason"] = ""
    state.flash(f"Consensus recorded for study #{study_id}, {criterion}: {state.md(level)}.")


def _fmt(value, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def render() -> None:
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    store = library.store
    st.title("Agreement")
    st.caption("Dual independent review: each reviewer appraises alone and marks the study finished on the "
               "Study page; until both have finished, neither sees the other's judgements.")
    state.show_flashes()
    names = sorted(set(store.reviewers()) | ({reviewer} if reviewer else set()))
    if len(names) < 2:
        st.info("Agreement needs two reviewers: a second reviewer enters their name in the sidebar and "
                "reviews the same studies.")
        return
    cols = st.columns(2)
    a = cols[0].selectbox("Reviewer A", names, index=names.index(reviewer) if reviewer in names else 0, key="agr_a")
    others = [n for n in names if n != a]
    b = cols[1].selectbox("Reviewer B", others, key="agr_b")
    report = agreement(store, rubric, a, b, appraise=library.appraise)
    if not report.n_studies:
        st.info(f"No study has been finished by both {state.md(a)} and {state.md(b)} with this rubric yet.")
        return

    st.markdown(f"#### {report.n_studies} studies finished by both")
    table = report.table()
    shown = table.assign(
        agreement=[f"{_fmt(p, 0)}%" if p is not None else "—" for p in table["percent_agreement"]],
        kappa=[_fmt(k) for k in table["kappa"]],
        weighted=[_fmt(k) if item == GRADE else "" for k, item in zip(table["weighted_kappa"], table["item"])],
    )[["name", "n", "agreed", "agreement", "kappa", "weighted"]]
    st.dataframe(shown, hide_index=True, column_config={
        "name": "Criterion", "n": "Studies", "agreed": "Agreed", "agreement": "Percent agreement",
        "kappa": st.column_config.TextColumn("Cohen's κ", help="— when undefined (one level only)"),
        "weighted": st.column_config.TextColumn("Weighted κ (linear)", help="For the ordered grade"),
    })

    st.download_button(f"CSV of the consensus appraisals ({report.n_studies})", icon=":material/download:",
                       data=lambda: library.export_consensus(rubric, a, b),
                       file_name=f"consensus-{rubric.id}.csv", mime="text/csv")

    st.markdown("#### Disagreements")
    if not report.disagreements:
        st.success("The two reviewers agree on every finished study.")
        return
    names_by_id = {c.id: c.name for c in rubric.criteria} | {GRADE: "Grade"}
    rows = [{"study": f"#{d.study_id} {d.title}", "criterion": names_by_id.get(d.item, d.item),
             a: d.level_a, b: d.level_b, "consensus": d.consensus or "unresolved"} for d in report.disagreements]
    st.dataframe(rows, hide_index=True)

    open_items = [(d.study_id, d.item) for d in report.disagreements if d.item != GRADE]
    if not open_items:
        return
    st.markdown("#### Resolve into consensus")
    by_key = {(d.study_id, d.item): d for d in report.disagreements}
    pick = st.selectbox("Disagreement", open_items, key="consensus_item",
                        format_func=lambda k: f"#{k[0]} {by_key[k].title[:60]} — {names_by_id.get(k[1], k[1])}: "
                                              f"{by_key[k].level_a} vs {by_key[k].level_b}"
                                              + (f" (consensus: {by_key[k].consensus})" if by_key[k].consensus else ""))
    labels = [lv.label for lv in rubric.criterion(pick[1]).levels]
    if st.session_state.get("consensus_level") not in labels:
        st.session_state["consensus_level"] = by_key[pick].level_a if by_key[pick].level_a in labels else labels[0]
    with st.form("consensus", border=True):
        st.selectbox("Consensus level", labels, key="consensus_level")
        st.text_input("Reason (required)", key="consensus_reason", max_chars=1000)
        st.session_state["consensus_version"] = store.consensus_version(pick[0], rubric.id, pick[1])
        st.form_submit_button("Record consensus", type="primary", on_click=_resolve, disabled=not reviewer)
