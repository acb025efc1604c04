"""AppTest of the Study page: grade card, chart, judgements, overrides (reason required, stale
writes refused), back to automatic, history, and the study picked by URL."""
from __future__ import annotations

from _app_harness import SEED, fresh_store, markdown_text, no_errors, run_page

from appraisal.rubric import default_rubric
from appraisal.store import open_store
from ui.state import md


def _keys(at, study_id: int, criterion: str):
    tag = f"{default_rubric().sha256[:8]}_{study_id}_{criterion}"
    return f"level_{tag}", f"reason_{tag}"


def _seed_id(db) -> int:
    store = open_store("sqlite:///" + str(db))
    try:
        return next(s.id for s in store.studies() if s.source == SEED)
    finally:
        store.close()


def _card(at) -> str:
    return next(m.value for m in at.markdown if "grade-card" in m.value)


def _submit(at, label: str, form_index: int):
    buttons = [b for b in at.button if b.label == label]
    return buttons[form_index].click().run()


def test_seed_page_shows_grade_chart_and_judgements(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("study")
    no_errors(at)
    assert at.subheader[0].value.startswith("Thymosin Alpha-1 for the Treatment")
    card = _card(at)
    assert ">Very low<" in card and "total <b>1</b>" in card and "v1.2" in card
    assert at.get("vega_lite_chart"), "the findings chart is drawn"
    text = markdown_text(at)
    for criterion in default_rubric().criteria:
        assert md(criterion.name) in text  # shown escaped: document and rubric text never acts as markup
    assert md("Prospective cohort study (single-arm with historical controls).") in text  # the quoted evidence
    assert any("found in the source text" in c.value for c in at.caption)


def test_override_needs_a_reason_then_regrades_and_persists(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    at = run_page("study")
    sid = _seed_id(db)
    level_key, reason_key = _keys(at, sid, "control")
    control = [c.id for c in default_rubric().criteria].index("control")

    at.selectbox(key=level_key).select("Concurrent control")
    _submit(at, "Save override", control)
    assert any("give a reason" in e.value for e in at.error)
    assert "total <b>1</b>" in _card(at)

    at.selectbox(key=level_key).select("Concurrent control")
    at.text_input(key=reason_key).input("The full paper describes a concurrent comparison group")
    _submit(at, "Save override", control)
    no_errors(at)
    assert "total <b>2</b>" in _card(at) and ">Low<" in _card(at) and "1 judgement overridden by reviewer" in _card(at)
    store = open_store("sqlite:///" + str(db))
    [override] = store.overrides(sid, "reviewer", "grade")
    assert override.level == "Concurrent control" and "concurrent comparison" in override.reason
    assert [h.to_level for h in store.history(sid, "control")] == ["Concurrent control"]
    store.close()

    again = run_page("study")  # a reload: new session, same database
    assert "total <b>2</b>" in _card(again)
    assert any("History of this judgement (1)" in e.label for e in again.expander)

    back = [b for b in again.button if b.label == "Back to automatic"]
    assert [b.disabled for b in back].count(False) == 1
    back[control].click().run()
    assert "total <b>1</b>" in _card(again)
    assert any("History of this judgement (2)" in e.label for e in again.expander)


def test_a_stale_override_is_refused_with_a_warning(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    at = run_page("study")
    sid = _seed_id(db)
    level_key, reason_key = _keys(at, sid, "control")
    control = [c.id for c in default_rubric().criteria].index("control")
    rubric = default_rubric()
    store = open_store("sqlite:///" + str(db))
    store.set_override(sid, "reviewer", rubric.ref, "control", "Historical control", "No control (single arm)",
                       "changed in another tab", 0)  # the page still holds version 0
    at.selectbox(key=level_key).select("Concurrent control")
    at.text_input(key=reason_key).input("mine")
    _submit(at, "Save override", control)
    assert any("Someone else changed this judgement" in w.value for w in at.warning)
    [override] = store.overrides(sid, "reviewer", "grade")
    assert override.level == "No control (single arm)"  # theirs, not overwritten
    store.close()


def test_study_chosen_by_url_and_a_nameless_reviewer_cannot_override(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    store = open_store("sqlite:///" + str(db))
    run_page("library")
    other = next(s for s in store.studies() if s.source != SEED)
    store.close()
    at = run_page("study", reviewer="")
    at.query_params["study"] = str(other.id)
    at.run()
    assert at.subheader[0].value == (other.study.title or other.study.source)
    assert any("Enter your name" in i.value for i in at.info)
    no_errors(at)


def test_finished_toggle_is_saved(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    at = run_page("study")
    sid = _seed_id(db)
    at.toggle(key=f"finished_{sid}").set_value(True).run()
    store = open_store("sqlite:///" + str(db))
    assert store.finished_reviewers(sid, "grade") == ["reviewer"]
    store.close()
    assert any("Finished by: reviewer" in c.value for c in at.caption)


def test_a_conflict_between_sources_is_shown_under_its_judgement(tmp_path, monkeypatch):
    """Facts.conflicts (header n vs Methods n, text vs indexing, the learned reader's decisions)
    reached only the JSON report; the reviewer now sees it under the judgement that used the fact."""
    from appraisal.imports import import_text

    db = fresh_store(tmp_path, monkeypatch)
    text = "\n\n".join([
        "Skip to main content", "Vitamin D and Falls", "Smith AB, Jones CD", "Some Journal/2020/140 participants/6 months",
        "Key Finding", "Fewer falls.", "Methods", "A total of 120 patients completed the study.",
        "Limitations", "  • Single centre"])
    store = open_store("sqlite:///" + str(db))
    import_text(store, text, "conflict.txt")
    sid = next(s.id for s in store.studies() if s.source == "conflict.txt")
    store.close()
    at = run_page("study")
    at.query_params["study"] = str(sid)
    at.run()
    no_errors(at)
    notes = [c.value for c in at.caption if c.value.startswith(":warning: n:")]
    assert len(notes) == 1 and "120" in notes[0], notes
