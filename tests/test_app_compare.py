"""AppTest of the Compare, Rubrics and Agreement pages."""
from __future__ import annotations

from _app_harness import SEED, fresh_store, markdown_text, no_errors, run_page

from appraisal.rubric import default_rubric
from appraisal.store import open_store


def test_compare_shows_matrix_numbers_and_small_multiples(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("compare")
    no_errors(at)
    picked = at.multiselect(key="compare_pick").value
    assert len(picked) == 3
    assert len(at.get("vega_lite_chart")) == 2  # the criteria matrix and the findings small multiples
    table = at.dataframe[0].value
    assert list(table.index) == ["Title", "Grade", "Total", "Design", "Species", "n", "Duration", "Overridden"]
    assert table.shape[1] == 3
    at.multiselect(key="compare_pick").set_value(picked[:1]).run()
    assert any("two or more" in i.value for i in at.info)


def test_compare_takes_the_library_selection(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    run_page("library")
    store = open_store("sqlite:///" + str(db))
    ids = [s.id for s in store.studies()][-2:]
    store.close()
    at = run_page("compare", compare_ids=ids)
    assert at.multiselect(key="compare_pick").value == ids
    assert at.dataframe[0].value.shape[1] == 2


def test_rubrics_page_shows_the_rubric_in_use(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("rubrics")
    no_errors(at)
    rubric = default_rubric()
    bands = at.dataframe[0].value
    assert list(bands["grade"]) == ["High", "Moderate", "Low", "Very low"]
    assert len(at.dataframe) == 1 + len(rubric.criteria)
    design = at.dataframe[1].value
    assert list(design["level"]) == [lv.label for lv in rubric.criteria[0].levels]
    assert "design is rct or meta-analysis and randomized is true" in set(design["when"])
    at.selectbox(key="rubric").select("points").run()
    assert at.dataframe[0].value["grade"].tolist() == ["A", "B", "C", "D"]


def test_agreement_of_two_reviewers_and_consensus(tmp_path, monkeypatch):
    db = fresh_store(tmp_path, monkeypatch)
    run_page("library")
    rubric = default_rubric()
    store = open_store("sqlite:///" + str(db))
    ids = [s.id for s in store.studies()][:3]
    seed = next(s.id for s in store.studies() if s.source == SEED)
    for reviewer in ("ann", "bob"):
        for sid in ids:
            store.set_finished(sid, reviewer, rubric.id)
    store.set_override(seed, "ann", rubric.ref, "control", "Historical control", "Concurrent control", "paper", 0)

    at = run_page("agreement", reviewer="ann")
    no_errors(at)
    table = at.dataframe[0].value
    control = table[table["name"] == rubric.criterion("control").name].iloc[0]
    assert control["n"] == 3 and control["agreed"] == 2
    disagreements = at.dataframe[1].value
    # the one override moves the seed from Very low to Low, so the grade disagrees too
    assert list(disagreements["criterion"]) == [rubric.criterion("control").name, "Grade"]
    assert disagreements.iloc[0]["ann"] == "Concurrent control"
    assert disagreements.iloc[0]["bob"] == "Historical control"
    assert (disagreements.iloc[1]["ann"], disagreements.iloc[1]["bob"]) == ("Low", "Very low")

    at.selectbox(key="consensus_level").select("Historical control")
    at.button[[b.label for b in at.button].index("Record consensus")].click().run()
    assert any("reason" in e.value for e in at.error)
    at.selectbox(key="consensus_level").select("Historical control")
    at.text_input(key="consensus_reason").input("the comparator was historical after all")
    at.button[[b.label for b in at.button].index("Record consensus")].click().run()
    no_errors(at)
    [decided] = store.consensus(seed, rubric.id)
    assert decided.level == "Historical control" and decided.reviewer == "ann"
    assert "Historical control" in at.dataframe[1].value.iloc[0]["consensus"]
    store.close()


def test_agreement_needs_two_reviewers(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("agreement")
    assert any("two reviewers" in i.value for i in at.info)
    assert "Dual independent review" in "\n".join(c.value for c in at.caption) or markdown_text(at)
