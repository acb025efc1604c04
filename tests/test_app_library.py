"""AppTest of the Library page: examples on first start, search and filters, pasted text, exports."""
from __future__ import annotations


from _app_harness import ROOT, SEED, fresh_store, no_errors, run_page

from appraisal.imports import example_files


def _table(at):
    return at.dataframe[0].value


def test_opens_on_the_example_library(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    no_errors(at)
    table = _table(at)
    assert len(table) >= len(example_files()) - 2  # every example (a duplicate stored once)
    seed = table[table["source"] == SEED]
    assert len(seed) == 1
    assert seed.iloc[0]["grade"] == "Very low" and seed.iloc[0]["design"] == "cohort"
    assert not seed.iloc[0]["overridden"]
    assert at.session_state["reviewer"] == "reviewer" and at.session_state["rubric"] == "grade"


def test_search_and_filters_narrow_the_table(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    everything = len(_table(at))
    at.text_input(key="lib_search").input("thymosin").run()
    found = _table(at)
    assert 0 < len(found) < everything
    assert found["title"].str.lower().str.contains("thymosin").all()
    at.text_input(key="lib_search").input("").run()
    at.multiselect(key="lib_design").select("rct").run()
    rcts = _table(at)
    assert 0 < len(rcts) < everything and set(rcts["design"]) == {"rct"}
    at.multiselect(key="lib_grade").select("High").run()
    assert set(_table(at)["grade"]) == {"High"}
    at.multiselect(key="lib_grade").unselect("High").select("Very low").run()
    assert len(_table(at)) == len(rcts[rcts["grade"] == "Very low"])
    no_errors(at)


def test_pasted_summary_is_imported_and_stays(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    before = len(_table(at))
    text = (ROOT / "data" / SEED).read_text(encoding="utf-8").replace("140 participants", "141 participants")
    at.text_area(key="pasted").input(text)  # inside a form: sent with the submit
    at.button[[b.label for b in at.button].index("Import text")].click().run()
    assert any("Imported 1 new study" in s.value for s in at.success)
    assert len(_table(at)) == before + 1
    again = run_page("library")  # a new session (reload / second tab) sees it too
    assert len(_table(again)) == before + 1


def test_empty_paste_asks_for_text(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    at.button[[b.label for b in at.button].index("Import text")].click().run()
    assert any("Paste the text" in i.value for i in at.info)
    no_errors(at)


def test_switching_rubric_regrades_the_library(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    at.selectbox(key="rubric").select("points").run()
    grades = set(_table(at)["grade"])
    assert grades and grades <= {"A", "B", "C", "D"}
    assert at.query_params["rubric"] == ["points"] or at.query_params["rubric"] == "points"
    no_errors(at)


def test_buttons_follow_the_selection(tmp_path, monkeypatch):
    fresh_store(tmp_path, monkeypatch)
    at = run_page("library")
    labels = {b.label: b for b in at.button}
    assert labels["Open study"].disabled and labels["Compare selected"].disabled
    assert [d for d in at.get("download_button") if "whole library" in d.proto.label]
