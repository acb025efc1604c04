"""Study page: the summary, the findings chart, the grade card and one row per criterion, where the
reviewer accepts or overrides each judgement (with a reason) and sees the grade recompute at once."""
from __future__ import annotations

import streamlit as st

from appraisal.charts import ORANGE, SKY, findings_chart, grade_colour
from appraisal.errors import AppraisalError
from appraisal.library import visible_history
from appraisal.store import StaleWriteError
from appraisal.views import grades_of, history_frame, locate, quotes

from . import state


@st.cache_resource(max_entries=64, show_spinner=False)
def _findings_chart(study_id: int, sha256: str, table_version: int, _study):
    """The findings chart of one stored study, built once: building it takes about 0.1 s, and the page re-runs on every
    override, toggle and rubric change. The key is the stored file and the splitter version that read its table."""
    return findings_chart(_study)


def _pick(entries) -> int | None:
    """The study to show: from the URL (?study=ID) when it changed, else the session's choice."""
    ids = [e.id for e in entries]
    if not ids:
        return None
    wanted = st.query_params.get("study")
    if wanted and wanted != st.session_state.get("_study_seen"):
        st.session_state["_study_seen"] = wanted
        if wanted.isdigit() and int(wanted) in ids:
            st.session_state["study_pick"] = int(wanted)
    if st.session_state.get("study_pick") not in ids:
        st.session_state["study_pick"] = ids[0]
    labels = {e.id: e.label for e in entries}
    pick = st.selectbox("Study", ids, key="study_pick", format_func=lambda i: labels.get(i, str(i)),
                        label_visibility="collapsed")
    st.session_state["_study_seen"] = str(pick)
    if st.query_params.get("study") != str(pick):
        st.query_params["study"] = str(pick)
    return pick


def _keys(study_id: int, criterion: str) -> tuple[str, str, str]:
    tag = f"{state.rubric().sha256[:8]}_{study_id}_{criterion}"
    return f"level_{tag}", f"reason_{tag}", f"version_{tag}"


def _save(study_id: int, criterion: str) -> None:
    """Form callback: store the override; the page then re-renders with the new grade."""
    level_key, reason_key, version_key = _keys(study_id, criterion)
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    level = st.session_state.get(level_key)
    reason = (st.session_state.get(reason_key) or "").strip()
    entry = library.entry(study_id, rubric, reviewer)
    current = next(j for j in entry.appraisal.judgements if j.criterion == criterion)
    if not reason:
        state.flash(f"**{current.name}**: give a reason for the override (required); nothing was saved.", "error")
        return
    if level == current.level:
        state.flash(f"**{current.name}** is already *{state.md(level)}*; nothing to save.", "info")
        return
    try:
        library.override(entry, rubric, reviewer, criterion, level, reason, st.session_state.get(version_key, 0))
    except StaleWriteError as exc:
        state.flash(f"Someone else changed this judgement meanwhile; it now shows their version. {exc}", "warning")
        st.session_state.pop(level_key, None)
        return
    except AppraisalError as exc:
        state.flash(str(exc), "error")
        return
    st.session_state[reason_key] = ""
    state.flash(f"**{current.name}**: overridden to *{state.md(level)}*.")


def _clear(study_id: int, criterion: str) -> None:
    level_key, reason_key, version_key = _keys(study_id, criterion)
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    entry = library.entry(study_id, rubric, reviewer)
    try:
        library.back_to_automatic(entry, rubric, reviewer, criterion, st.session_state.get(reason_key, ""),
                                  st.session_state.get(version_key, 0))
    except StaleWriteError as exc:
        state.flash(f"Someone else changed this judgement meanwhile; it now shows their version. {exc}", "warning")
        return
    except AppraisalError as exc:
        state.flash(str(exc), "error")
        return
    st.session_state.pop(level_key, None)
    st.session_state[reason_key] = ""
    state.flash("Back to the automatic level.")


def _set_finished(study_id: int) -> None:
    key = f"finished_{study_id}"
    try:
        state.library().store.set_finished(study_id, state.reviewer(), state.rubric().id,
                                           bool(st.session_state.get(key)))
    except AppraisalError as exc:
        state.flash(str(exc), "error")


def _grade_card(entry, rubric) -> None:
    a = entry.appraisal
    colour = grade_colour(a.grade, grades_of(rubric))
    ink = "#111" if colour in (SKY, ORANGE) else "#fff"
    changed = sum(j.overridden for j in a.judgements)
    note = (f"{changed} judgement{'s' if changed != 1 else ''} overridden by {state.esc(a.reviewer or '')}"
            if changed else "automatic appraisal (no overrides)")
    st.markdown(
        f"""<div class="grade-card" data-testid="grade-card" style="border-left:10px solid {colour};
        background:#f6f7f9;border-radius:8px;padding:.7rem 1rem;margin-bottom:.5rem">
        <div style="font-size:.8rem;color:#444;text-transform:uppercase;letter-spacing:.04em">Grade</div>
        <div><span class="grade" style="display:inline-block;background:{colour};color:{ink};font-weight:700;
        font-size:1.6rem;padding:.1rem .7rem;border-radius:6px">{state.esc(a.grade)}</span>
        <span style="margin-left:.6rem;font-size:1.1rem">total <b>{a.total:g}</b></span></div>
        <div style="font-size:.85rem;color:#333;margin-top:.35rem">{state.esc(rubric.name)}
        · <code>{state.esc(rubric.id)}</code> v{state.esc(rubric.version)}</div>
        <div style="font-size:.85rem;color:#333">{note}</div></div>""",
        unsafe_allow_html=True)  # our own markup; every value from outside is escaped


def _summary(study) -> None:
    authors = ", ".join(study.authors[:3]) + (" et al." if len(study.authors) > 3 else "")
    bits = [b for b in (study.journal, str(study.year) if study.year else None,
                        f"{study.header_participants} participants" if study.header_participants else None,
                        study.header_duration) if b]
    lines = ([state.md(authors)] if authors else []) + ([f"*{state.md(' · '.join(bits))}*"] if bits else [])
    if lines:
        st.markdown("  \n".join(lines))
    st.caption(f"File: {state.md(study.source)} · {state.md(study.format)}")
    for heading, text in (("Key finding", study.key_finding), ("Methods", study.methods)):
        if text:
            st.markdown(f"**{heading}**  \n{state.md(text)}")
    if study.limitations:
        st.markdown("**Limitations**\n\n" + "\n".join(f"- {state.md(x)}" for x in study.limitations))
    if study.clinical_significance:
        with st.expander("Clinical significance"):
            st.markdown(state.md(study.clinical_significance))
    if study.missing:
        st.caption("Sections not found in the document: " + state.md(", ".join(study.missing)))


def _evidence(judgement, text: str) -> None:
    found = quotes(judgement)
    if not found:
        st.caption("No quote: the facts this criterion needs are not reported.")
        return
    for quote in found:
        where = locate(text, quote, context=60)
        if where is None:
            st.markdown(f"> {state.md(quote)}")
            st.caption(":warning: quote not found verbatim in the source text")
            continue
        before, match, after = (" ".join(part.split()) for part in where)
        st.markdown(f"> {state.md(before)} **{state.md(match)}** {state.md(after)}")
        st.caption(f"✓ found in the source text at character {text.find(quote)}")


def _criterion(entry, rubric, judgement, version: int, consensus, history) -> None:
    criterion = rubric.criterion(judgement.criterion)
    level_key, reason_key, version_key = _keys(entry.id, criterion.id)
    st.session_state[version_key] = version
    with st.container(border=True):
        left, right = st.columns([2, 3])
        with left:
            st.markdown(f"**{state.md(judgement.name or criterion.name)}**")
            badge = "orange" if judgement.overridden else "blue"
            st.badge(f"{judgement.level} ({judgement.score:+g})", color=badge,
                     icon=":material/edit:" if judgement.overridden else ":material/smart_toy:")
            if judgement.overridden:
                st.caption(f"Overridden by you · automatic level: {state.md(judgement.automatic_level)}")
            else:
                st.caption("Automatic judgement")
            if consensus is not None:
                st.caption(f"Team consensus: **{state.md(consensus.level)}** — {state.md(consensus.reason)} "
                           f"({state.md(consensus.reviewer)})")
        with right:
            st.markdown(state.md(judgement.rationale))
            _evidence(judgement, entry.study.text)
            for fact in judgement.facts:  # where sources disagreed or the learned reader decided: say so
                if note := entry.facts.conflicts.get(fact):
                    st.caption(f":warning: {state.md(fact)}: {state.md(note)}")
        labels = [level.label for level in criterion.levels]
        if st.session_state.get(level_key) not in labels:
            st.session_state[level_key] = judgement.level
        with st.expander("Override this judgement" if not judgement.overridden else "Change or undo the override"):
            with st.form(f"form_{level_key}", border=False):
                cols = st.columns([2, 3])
                cols[0].selectbox("Level", labels, key=level_key,
                                  format_func=lambda lb: f"{lb} ({criterion.level(lb).score:+g})")
                cols[1].text_input("Reason (required)", key=reason_key, max_chars=1000,
                                   placeholder="Why the automatic judgement is wrong")
                b = st.columns([1, 1, 3])
                b[0].form_submit_button("Save override", type="primary", on_click=_save, args=(entry.id, criterion.id))
                b[1].form_submit_button("Back to automatic", on_click=_clear, args=(entry.id, criterion.id),
                                        disabled=not judgement.overridden)
        if history:
            with st.expander(f"History of this judgement ({len(history)})"):
                st.dataframe(history_frame(history), hide_index=True)


def render() -> None:
    library, rubric, reviewer = state.library(), state.rubric(), state.reviewer()
    entries = library.entries(rubric, reviewer)
    st.title("Study")
    pick = _pick(entries)
    if pick is None:
        st.info("The library is empty: import studies on the Library page.")
        return
    state.show_flashes()
    entry = library.entry(pick, rubric, reviewer)
    study = entry.study
    st.subheader(study.title or study.source)

    main, side = st.columns([3, 2], gap="large")
    with side:
        _grade_card(entry, rubric)
        if entry.skipped:
            st.warning(f"{len(entry.skipped)} of your overrides name a level this rubric version does not have "
                       "and are not applied.")
        store = library.store
        finished = store.finished_reviewers(entry.id, rubric.id)
        key = f"finished_{entry.id}"
        st.session_state[key] = reviewer in finished
        st.toggle("I have finished reviewing this study", key=key, on_change=_set_finished, args=(entry.id,),
                  disabled=not reviewer, help="For dual independent review (Agreement page)")
        if finished:
            st.caption("Finished by: " + state.md(", ".join(finished)))
        st.download_button("CSV of this study", data=lambda: library.export([entry], rubric, reviewer),
                           file_name=f"appraisal-study-{entry.id}-{rubric.id}-v{rubric.version}.csv",
                           mime="text/csv", icon=":material/download:", on_click="ignore", key="dl_study")
    with main:
        _summary(study)

    st.markdown("#### Findings")
    chart = _findings_chart(entry.id, entry.sha256, study.table_version, study)
    if chart is None:
        st.caption("No findings table in this document.")
    else:
        st.altair_chart(chart, key=f"findings_{entry.id}")
        uncertain = [f for f in study.findings if f.uncertain]
        if uncertain:
            st.caption(f"⚠ {len(uncertain)} row(s) could not be split with certainty (dashed / ⚠ uncertain): "
                       + state.md("; ".join(f"{f.parameter}: {f.note or 'fewer cells than the header'}"
                                            for f in uncertain)))

    st.markdown("#### Judgements")
    if not reviewer:
        st.info("Enter your name in the sidebar to override judgements.")
    versions = store.judgement_versions(entry.id, reviewer, rubric.id) if reviewer else {}
    consensus = {o.criterion: o for o in store.consensus(entry.id, rubric.id)}
    history = visible_history(store, entry.id, rubric, reviewer) if reviewer else []
    for judgement in entry.appraisal.judgements:
        _criterion(entry, rubric, judgement, versions.get(judgement.criterion, 0),
                   consensus.get(judgement.criterion), [h for h in history if h.criterion == judgement.criterion])

    with st.expander("Source text"):
        st.code(study.text, language=None, wrap_lines=True)
