"""The service layer of the workspace: import, appraisal with overrides, tables, exports, rubrics."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from appraisal.cli import main as cli_main
from appraisal.errors import AppraisalError, RubricError
from appraisal.imports import example_files, import_documents
from appraisal.library import Library, applicable
from appraisal.models import Override
from appraisal.pipeline import appraise_study
from appraisal.readers import read_path
from appraisal.report import Result, to_csv
from appraisal.rubric import default_rubric
from appraisal.rubric_files import rubric_choices, save_rubric
from appraisal.store import StaleWriteError, open_store
from appraisal.views import (
    concern,
    criteria_matrix,
    describe_condition,
    filter_library,
    library_frame,
    locate,
    quotes,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_68e18b48f32a60f4.txt"


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'lib.sqlite3'}")
    yield s
    s.close()


@pytest.fixture
def library(store, tmp_path):
    return Library(store)


def test_each_failing_file_is_listed_while_the_rest_import(store):
    files = [
        ("seed.txt", SEED.read_bytes()),
        ("empty.txt", b""),
        ("binary.bin", bytes(range(256)) * 10),
        ("big.txt", b"a" * (11 * 1024 * 1024)),
        ("utf16.txt", SEED.read_text(encoding="utf-8").replace("140 participants", "150 participants").encode("utf-16")),
        ("evil.html", b"<html><body><h1>Evil</h1><script>alert(1)</script><p>Methods</p></body></html>"),
    ]
    report = import_documents(store, files)
    failed = {p.source: p.reason for p in report.problems}
    assert set(failed) == {"empty.txt", "binary.bin", "big.txt"}
    assert "empty" in failed["empty.txt"] and "binary" in failed["binary.bin"]
    assert "11.0 MB" in failed["big.txt"] and "10.0 MB" in failed["big.txt"]
    assert len(report.added) == 3
    assert len(store.studies()) == 3
    again = import_documents(store, files[:1])
    assert again.added == [] and again.already == [report.added[0]]


def test_examples_are_imported_once_on_first_start(library, store):
    first = library.ensure_examples()
    assert first is not None and not first.problems and len(first.added) >= 20
    assert library.ensure_examples() is None  # not empty any more
    assert len(library.automatic(default_rubric())) == len(store.studies())


def test_entries_are_sorted_like_the_cli_and_export_the_same_bytes(library, store, tmp_path):
    files = example_files()[:5]
    import_documents(store, [(f.name, f.read_bytes()) for f in files])
    library.refresh()
    rubric = default_rubric()
    entries = library.entries(rubric, "reviewer")  # no overrides yet: the engine's appraisal
    out = tmp_path / "cli.csv"
    assert cli_main(["appraise", *map(str, files), "-q", "-o", str(out)]) == 0
    assert library.export(entries, rubric, "reviewer") == out.read_bytes()


def test_overrides_regrade_and_export_with_reason_time_and_reviewer(library, store):
    import_documents(store, [(SEED.name, SEED.read_bytes())])
    rubric = default_rubric()
    [entry] = library.entries(rubric, "ann")
    assert entry.appraisal.grade == "Very low" and not entry.overridden
    library.override(entry, rubric, "ann", "control", "No control (single arm)", "single arm per the methods", 0)
    [changed] = library.entries(rubric, "ann")
    assert changed.overridden and changed.appraisal.total == entry.appraisal.total - 1
    assert library.entries(rubric, "bob")[0].appraisal.total == entry.appraisal.total  # per reviewer

    data = library.export([changed], rubric, "ann")
    [row] = csv.DictReader(io.StringIO(data.decode("utf-8")))
    assert row["control_level"] == "No control (single arm)"
    assert row["control_override_reason"] == "single arm per the methods"
    assert row["reviewer"] == "ann" and row["rubric_version"] == rubric.version
    assert "single arm per the methods" in row["override_history"] and "Z ann control" in row["override_history"]

    # the same bytes as the package's report for the same state
    study = read_path(SEED)[0]
    overrides = store.overrides(changed.id, "ann", rubric.id)
    facts, appraisal = appraise_study(study, rubric, overrides, "ann")
    expected = to_csv([Result(source=study.source, study=study, facts=facts, appraisal=appraisal,
                              history=store.history(changed.id, reviewer="ann"))], [c.id for c in rubric.criteria])
    assert data == expected.encode("utf-8")


def test_override_rules(library, store):
    import_documents(store, [(SEED.name, SEED.read_bytes())])
    rubric = default_rubric()
    [entry] = library.entries(rubric, "ann")
    with pytest.raises(AppraisalError, match="reason"):
        library.override(entry, rubric, "ann", "control", "Concurrent control", "  ", 0)
    with pytest.raises(AppraisalError, match="name"):
        library.override(entry, rubric, "", "control", "Concurrent control", "why", 0)
    with pytest.raises(AppraisalError, match="no level"):
        library.override(entry, rubric, "ann", "control", "Made up", "why", 0)
    version = library.override(entry, rubric, "ann", "control", "Concurrent control", "why", 0)
    with pytest.raises(StaleWriteError):
        library.override(entry, rubric, "ann", "control", "No control (single arm)", "late", 0)
    library.back_to_automatic(entry, rubric, "ann", "control", "", version)
    assert not library.entries(rubric, "ann")[0].overridden
    assert [h.kind for h in library.history(entry.id, rubric)] == ["override", "clear"]


def test_overrides_a_rubric_cannot_apply_are_set_aside():
    rubric = default_rubric()
    ok, skipped = applicable([Override(criterion="control", level="Concurrent control", reason="r"),
                              Override(criterion="control", level="Gone", reason="r"),
                              Override(criterion="nope", level="x", reason="r")], rubric)
    assert [o.level for o in ok] == ["Concurrent control"] and len(skipped) == 2


def test_every_quoted_evidence_is_found_in_the_source_text(library, store):
    library.ensure_examples()
    entries = library.automatic(default_rubric())
    checked = 0
    for e in entries:
        for j in e.appraisal.judgements:
            for q in quotes(j):
                assert locate(e.study.text, q) is not None, (e.study.source, j.criterion, q)
                checked += 1
    assert checked > 50


def test_locate_gives_context():
    before, quote, after = locate("a" * 300 + "THE QUOTE" + "b" * 300, "THE QUOTE", context=10)
    assert before == "…" + "a" * 10 and quote == "THE QUOTE" and after == "b" * 10 + "…"
    assert locate("text", "missing") is None


def test_filters(library, store):
    library.ensure_examples()
    frame = library_frame(library.automatic(default_rubric()))
    assert list(filter_library(frame, "THYMOSIN alpha")["title"].str.contains("Thymosin")) == \
        [True] * len(filter_library(frame, "thymosin alpha"))
    assert set(filter_library(frame, designs=["rct"])["design"]) == {"rct"}
    assert set(filter_library(frame, species=["animal"])["species"]) <= {"animal"}
    assert filter_library(frame, grades=["High"], designs=["case-report"]).empty
    assert filter_library(frame, overridden_only=True).empty
    assert filter_library(frame, "no such words anywhere").empty


def test_concern_and_matrix(library, store):
    import_documents(store, [(SEED.name, SEED.read_bytes())])
    rubric = default_rubric()
    [entry] = library.automatic(rubric)
    by_criterion = {j.criterion: concern(j, rubric) for j in entry.appraisal.judgements}
    assert by_criterion["control"] == "some concern"  # historical: -1 between 0 and -2
    assert by_criterion["sample_size"] == "no concern"  # n = 140: not rated down
    matrix = criteria_matrix([entry], rubric)
    assert len(matrix) == len(rubric.criteria) and set(matrix["concern"]) <= {
        "no concern", "some concern", "serious concern", "not reported"}


def test_describe_condition():
    assert describe_condition({"design": ["rct", "meta-analysis"], "randomized": True}) == \
        "design is rct or meta-analysis and randomized is true"
    assert describe_condition({"n": {"min": 50, "max": 199}}) == "n from 50 to 199"
    assert describe_condition({"i2": {"min": 75}}) == "i2 ≥ 75"
    assert describe_condition({"design": {"not": ["rct"]}}) == "design known and not rct"


def test_rubric_upload_is_validated_and_kept(tmp_path):
    bad = (ROOT / "rubrics" / "grade.toml").read_text(encoding="utf-8").replace('score = 4', 'score = "four"', 1)
    with pytest.raises(RubricError) as err:
        save_rubric(bad.encode(), "mine.toml", tmp_path)
    assert "mine.toml" in str(err.value) and "design" in str(err.value) and "score" in str(err.value)
    assert not list(tmp_path.glob("*.toml"))
    good = (ROOT / "rubrics" / "grade.toml").read_text(encoding="utf-8").replace('version = "1.2"', 'version = "9.9"')
    key, rubric = save_rubric(good.encode(), "mine.toml", tmp_path)
    assert rubric.version == "9.9"
    choices = rubric_choices(tmp_path)
    assert {"grade", "points", key} <= set(choices) and choices[key].sha256 == rubric.sha256


def test_literature_exports_stream_with_progress_and_import_once(store):
    lit = ROOT / "tests" / "fixtures" / "literature"
    seen: list[float] = []
    files = [(p.name, p.read_bytes()) for p in (lit / "pubmed.nbib", lit / "pubmed_broken.nbib", lit / "references.ris")]
    report = import_documents(store, files, progress=lambda fraction, text: seen.append(fraction))
    assert report.added and seen and seen[-1] == 1.0
    broken = [p for p in report.problems if p.source.startswith("pubmed_broken.nbib#")]
    assert broken and all("record" in p.reason for p in broken)
    pmids = [s.study.pmid for s in store.studies() if s.study.pmid]
    assert len(pmids) == len(set(pmids))  # the broken file repeats good records: stored once
    again = import_documents(store, files[:1])
    assert not again.added and again.already


def test_an_oversized_export_is_refused_by_name(store, monkeypatch):
    from appraisal import imports as lib

    monkeypatch.setattr(lib, "MAX_EXPORT_BYTES", 100)
    data = (ROOT / "tests" / "fixtures" / "literature" / "pubmed.nbib").read_bytes()
    report = import_documents(store, [("big.nbib", data)])
    assert not report.added and report.problems[0].source == "big.nbib" and "not imported" in report.problems[0].reason


def test_consensus_export_takes_resolved_and_shared_levels(library, store):
    import_documents(store, [(SEED.name, SEED.read_bytes())])
    rubric = default_rubric()
    [entry] = library.automatic(rubric)
    for reviewer in ("ann", "bob"):
        store.set_finished(entry.id, reviewer, rubric.id)
    store.set_override(entry.id, "ann", rubric.ref, "control", "Historical control", "Concurrent control", "paper says so", 0)
    store.set_override(entry.id, "ann", rubric.ref, "sample_size", "Adequate", "Modest", "wide CI", 0)
    store.set_override(entry.id, "bob", rubric.ref, "sample_size", "Adequate", "Modest", "wide CI too", 0)
    unresolved = list(csv.DictReader(io.StringIO(library.export_consensus(rubric, "ann", "bob").decode())))[0]
    assert unresolved["control_level"] == "Historical control"  # a disagreement stays automatic
    assert unresolved["sample_size_level"] == "Modest"  # both set it alike
    store.set_consensus(entry.id, rubric.ref, "control", "Concurrent control", "agreed after reading the paper", "ann")
    row = list(csv.DictReader(io.StringIO(library.export_consensus(rubric, "ann", "bob").decode())))[0]
    assert row["control_level"] == "Concurrent control" and row["reviewer"] == "consensus"
    assert "agreed after reading the paper" in row["override_history"]
