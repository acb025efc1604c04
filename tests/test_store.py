"""The store on SQLite and on a real PostgreSQL: dedupe, overrides, audit, dual review, migrations."""
from __future__ import annotations

import time
from datetime import timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, select, text

from appraisal.errors import AppraisalError
from appraisal.store import (
    AUTOMATIC, JudgementChange, StaleWriteError, StudyNotFoundError, make_engine, open_store,
)
from appraisal.store import migrate
from appraisal.store.tables import audit, judgement, metadata, study as study_t

try:
    from store_fixtures import RUBRIC, consistency_problems, make_study, store, store_url  # noqa: F401
except ImportError:  # tests/ became a package
    from tests.store_fixtures import RUBRIC, consistency_problems, make_study, store, store_url  # noqa: F401

A, B = "alice", "bob"


# -- opening -----------------------------------------------------------------------------------
def test_default_location_is_a_wal_sqlite_file_under_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("APPRAISAL_DB_URL", raising=False)
    monkeypatch.delenv("APPRAISAL_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    s = open_store()
    assert (tmp_path / ".appraisal" / "appraisal.sqlite3").exists()
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10000
    s.close()


def test_env_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv("APPRAISAL_DB_URL", raising=False)
    monkeypatch.setenv("APPRAISAL_DB", str(tmp_path / "deep" / "team.db"))
    open_store().close()
    assert (tmp_path / "deep" / "team.db").exists()
    monkeypatch.setenv("APPRAISAL_DB_URL", f"sqlite:///{tmp_path / 'url.db'}")
    open_store().close()
    assert (tmp_path / "url.db").exists()


def test_reopening_keeps_the_data(store_url):
    s = open_store(store_url)
    sid, _ = s.add_study(make_study(1))
    s.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "table 1 says observational", 0)
    s.close()
    s2 = open_store(store_url)
    assert [o.level for o in s2.overrides(sid, A, RUBRIC.id)] == ["cohort"]
    s2.close()


# -- studies -----------------------------------------------------------------------------------
def test_same_document_is_stored_once(store):
    doc = make_study(1)
    sid, created = store.add_study(doc)
    again, created_again = store.add_study(doc.model_copy(update={"source": "renamed.txt"}))
    assert created and not created_again and again == sid
    assert len(store.studies()) == 1


def test_pmid_and_doi_identify_the_same_study(store):
    sid, _ = store.add_study(make_study(1, pmid="123", doi="10.1000/ABC"))
    assert store.add_study(make_study(2, pmid="123")) == (sid, False)
    assert store.add_study(make_study(3, doi=" 10.1000/abc ")) == (sid, False)
    other, created = store.add_study(make_study(4, pmid="999"))
    assert created and other != sid


def test_batch_import_dedupes_within_the_batch_and_against_the_store(store):
    first = store.add_studies([make_study(1), make_study(2)])
    batch = [make_study(2), make_study(3), make_study(3), make_study(4, pmid="7"), make_study(5, pmid="7")]
    got = store.add_studies(batch)
    assert got[0] == (first[1][0], False)
    assert got[1][1] is True and got[2] == (got[1][0], False)
    assert got[3][1] is True and got[4] == (got[3][0], False)
    assert len(store.studies()) == 4


def test_study_round_trips_with_its_source_text(store):
    doc = make_study(7, pmid="42", mesh_terms=["Humans"], text="Title\nKey Finding: CD4+ 312 ± 84 → 498 ± 91")
    sid, _ = store.add_study(doc)
    got = store.study(sid)
    assert got.study == doc and got.study.text == doc.text
    assert got.sha256 == doc.content_hash and got.source == doc.source
    assert got.imported_at.tzinfo is not None
    with pytest.raises(StudyNotFoundError):
        store.study(sid + 1000)


def test_listing_2000_studies_is_fast(store, capsys):
    store.add_studies(make_study(i) for i in range(2000))
    t0 = time.perf_counter()
    listed = store.studies()
    ms = (time.perf_counter() - t0) * 1000
    with capsys.disabled():
        print(f"\n  studies() for 2000 studies on {store.engine.dialect.name}: {ms:.0f} ms")
    assert len(listed) == 2000 and listed[1999].study.title == "Study 1999"
    assert ms < 3000


def test_remove_study_takes_its_judgements_and_trail_with_it(store):
    sid, _ = store.add_study(make_study(1))
    keep, _ = store.add_study(make_study(2))
    store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "r", 0)
    store.set_override(keep, A, RUBRIC, "design", "rct", "cohort", "r", 0)
    store.set_finished(sid, A, RUBRIC.id)
    store.remove_study(sid)
    assert [s.id for s in store.studies()] == [keep]
    assert store.history(sid) == [] and store.overrides(sid, A, RUBRIC.id) == []
    assert len(store.history(keep)) == 1 and consistency_problems(store) == []


# -- overrides, versions, audit ------------------------------------------------------------------
def test_override_is_stored_audited_and_versioned(store):
    sid, _ = store.add_study(make_study(1))
    assert store.judgement_version(sid, A, RUBRIC.id, "design") == 0
    v1 = store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "no randomisation described", 0)
    v2 = store.set_override(sid, A, RUBRIC, "design", "cohort", "case-series", "single arm", v1)
    assert (v1, v2) == (1, 2)
    [o] = store.overrides(sid, A, RUBRIC.id)
    assert (o.criterion, o.level, o.reason, o.reviewer) == ("design", "case-series", "single arm", A)
    assert o.at.tzinfo is not None
    h = store.history(sid, "design")
    assert [(r.from_level, r.to_level, r.reason, r.kind, r.version) for r in h] == [
        ("rct", "cohort", "no randomisation described", "override", 1),
        ("cohort", "case-series", "single arm", "override", 2),
    ]
    assert all(r.reviewer == A and r.rubric_version == "1.0" and r.at.tzinfo == timezone.utc for r in h)
    assert h[0].at <= h[1].at


def test_audit_from_level_is_the_stored_level_not_what_the_caller_claims(store):
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "r1", 0)
    store.set_override(sid, A, RUBRIC, "design", "rct", "case-series", "r2", 1)
    assert store.history(sid)[-1].from_level == "cohort"


def test_stale_write_is_refused_with_who_and_when(store):
    sid, _ = store.add_study(make_study(1))
    seen = store.judgement_version(sid, A, RUBRIC.id, "control")  # both tabs load version 0
    store.set_override(sid, A, RUBRIC, "control", "placebo", "none", "tab one", seen)
    with pytest.raises(StaleWriteError) as err:
        store.set_override(sid, A, RUBRIC, "control", "placebo", "historical", "tab two", seen)
    e = err.value
    assert (e.expected_version, e.current_version, e.changed_by) == (0, 1, A)
    assert "alice" in str(e) and "control" in str(e) and "reload" in str(e)
    assert [o.level for o in store.overrides(sid, A, RUBRIC.id)] == ["none"]
    assert len(store.history(sid)) == 1


def test_clear_goes_back_to_automatic_and_keeps_counting_versions(store):
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, A, RUBRIC, "n", "small", "large", "n=400 in methods", 0)
    v = store.clear_override(sid, A, RUBRIC, "n", "misread the table", 1)
    assert v == 2 and store.overrides(sid, A, RUBRIC.id) == []
    last = store.history(sid)[-1]
    assert (last.kind, last.from_level, last.to_level) == ("clear", "large", AUTOMATIC)
    # a tab that still holds version 0 must not resurrect an override after the clear
    with pytest.raises(StaleWriteError):
        store.set_override(sid, A, RUBRIC, "n", "small", "large", "old tab", 0)
    assert store.clear_override(sid, A, RUBRIC, "never-touched", "nothing to do", 0) == 0
    assert consistency_problems(store) == []


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_reason_is_required(store, reason):
    sid, _ = store.add_study(make_study(1))
    with pytest.raises(AppraisalError):
        store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", reason, 0)
    with pytest.raises(AppraisalError):
        store.set_consensus(sid, RUBRIC, "design", "cohort", reason, A)
    assert store.history(sid) == [] and store.judgement_version(sid, A, RUBRIC.id, "design") == 0


def test_override_of_an_unknown_study_says_so(store):
    with pytest.raises(StudyNotFoundError):
        store.set_override(12345, A, RUBRIC, "design", "rct", "cohort", "r", 0)


def test_batch_save_is_all_or_nothing(store):
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, A, RUBRIC, "control", "placebo", "none", "r", 0)
    changes = [
        JudgementChange(criterion="design", to_level="cohort", reason="r", expected_version=0),
        JudgementChange(criterion="n", to_level="small", reason="r", expected_version=0),
        JudgementChange(criterion="control", to_level="active", reason="r", expected_version=0),  # stale
    ]
    with pytest.raises(StaleWriteError):
        store.save_judgements(sid, A, RUBRIC, changes)
    assert [o.criterion for o in store.overrides(sid, A, RUBRIC.id)] == ["control"]
    assert len(store.history(sid)) == 1
    changes[2] = changes[2].model_copy(update={"expected_version": 1})
    assert store.save_judgements(sid, A, RUBRIC, changes) == [1, 1, 2]
    assert store.judgement_versions(sid, A, RUBRIC.id) == {"design": 1, "n": 1, "control": 2}


def test_all_overrides_and_reviewers(store):
    ids = [store.add_study(make_study(i))[0] for i in range(3)]
    store.set_override(ids[0], A, RUBRIC, "design", "rct", "cohort", "r", 0)
    store.set_override(ids[2], A, RUBRIC, "n", "small", "large", "r", 0)
    store.set_override(ids[2], B, RUBRIC, "n", "small", "medium", "r", 0)
    got = store.all_overrides(A, RUBRIC.id)
    assert set(got) == {ids[0], ids[2]} and got[ids[2]][0].level == "large"
    assert store.all_overrides(A, "points") == {}
    store.set_finished(ids[1], "carol", RUBRIC.id)
    assert store.reviewers() == [A, B, "carol"]


# -- dual independent review -------------------------------------------------------------------
def test_each_reviewer_sees_only_their_own_until_both_finished(store):
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "a's reason", 0)
    store.set_override(sid, B, RUBRIC, "design", "rct", "case-control", "b's reason", 0)
    seen = store.visible_overrides(sid, A, B, RUBRIC.id)
    assert list(seen) == [A] and seen[A][0].level == "cohort"
    assert {h.reviewer for h in store.visible_history(sid, A, B, RUBRIC.id)} == {A}
    store.set_finished(sid, A, RUBRIC.id)
    assert list(store.visible_overrides(sid, B, A, RUBRIC.id)) == [B]  # only A has finished
    store.set_finished(sid, B, RUBRIC.id)
    seen = store.visible_overrides(sid, B, A, RUBRIC.id)
    assert seen[A][0].level == "cohort" and seen[B][0].level == "case-control"
    assert {h.reviewer for h in store.visible_history(sid, A, B, RUBRIC.id)} == {A, B}
    assert store.finished_reviewers(sid, RUBRIC.id) == [A, B]
    assert store.finished_by_both(A, B, RUBRIC.id) == [sid]
    store.set_finished(sid, B, RUBRIC.id, False)  # B reopens: back to independent
    assert list(store.visible_overrides(sid, A, B, RUBRIC.id)) == [A]
    assert store.finished_at(sid, B, RUBRIC.id) is None
    assert store.finished_at(sid, A, RUBRIC.id).tzinfo is not None
    assert store.finished_by_both(A, B, RUBRIC.id) == []


def test_consensus_is_audited_and_protected_against_concurrent_resolution(store):
    sid, _ = store.add_study(make_study(1))
    store.set_consensus(sid, RUBRIC, "design", "cohort", "agreed at meeting", A, from_level="cohort / rct")
    v = store.consensus_version(sid, RUBRIC.id, "design")
    store.set_consensus(sid, RUBRIC, "design", "rct", "randomisation in supplement", B, expected_version=v)
    with pytest.raises(StaleWriteError):
        store.set_consensus(sid, RUBRIC, "design", "cohort", "late", A, expected_version=v)
    [c] = store.consensus(sid, RUBRIC.id)
    assert (c.level, c.reviewer, c.reason) == ("rct", B, "randomisation in supplement")
    h = store.history(sid)
    assert [(r.kind, r.reviewer, r.from_level, r.to_level) for r in h] == [
        ("consensus", A, "cohort / rct", "cohort"), ("consensus", B, "cohort", "rct")]
    assert store.all_consensus(RUBRIC.id) == {sid: [c]}
    assert consistency_problems(store) == []


# -- migrations --------------------------------------------------------------------------------
def test_an_existing_0001_database_is_upgraded_with_its_data(store_url):
    engine = make_engine(store_url)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    old = {"id": 1, "sha256": "a" * 64, "pmid": None, "doi": None, "source": "old.txt", "title": "Old",
           "study_json": make_study(1).model_dump_json()}
    with engine.begin() as conn:  # raw SQL against the 0001 schema (no finished_at yet)
        conn.execute(text("INSERT INTO study (id, sha256, source, title, imported_at, study_json) "
                          "VALUES (:id, :sha256, :source, :title, CURRENT_TIMESTAMP, :study_json)"), old)
        conn.execute(text("INSERT INTO judgement (study_id, reviewer, rubric_id, rubric_version, criterion, "
                          "level, reason, version, updated_at) VALUES (1, 'alice', 'grade', '1.0', 'design', "
                          "'cohort', 'old reason', 1, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO audit (at, reviewer, study_id, rubric_id, rubric_version, criterion, "
                          "from_level, to_level, reason, kind, version) VALUES (CURRENT_TIMESTAMP, 'alice', 1, "
                          "'grade', '1.0', 'design', 'rct', 'cohort', 'old reason', 'override', 1)"))
        conn.execute(text("INSERT INTO review (study_id, reviewer, rubric_id, finished) "
                          "VALUES (1, 'alice', 'grade', :t)"), {"t": True})
        if conn.dialect.name == "postgresql":  # explicit ids do not move the sequence
            conn.execute(text("SELECT setval('study_id_seq', 1)"))
    engine.dispose()

    s = open_store(store_url)  # upgrades to head
    assert migrate.current_revision(s.engine) == migrate.head_revision() == "0002"
    assert s.study(1).study.title == "Study 1"
    [o] = s.overrides(1, A, "grade")
    assert (o.level, o.reason) == ("cohort", "old reason")
    assert s.finished_reviewers(1, "grade") == [A]
    assert s.finished_at(1, A, "grade") is not None  # backfilled by 0002
    assert s.set_override(1, A, RUBRIC, "design", "rct", "case-series", "new", 1) == 2
    assert s.add_study(make_study(2))[0] == 2
    assert consistency_problems(s) == []
    s.close()


def test_migrations_build_exactly_the_schema_the_store_uses(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_opening_twice_does_not_migrate_again(store_url):
    open_store(store_url).close()
    s = open_store(store_url)
    with s.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    s.close()


def test_the_consistency_checker_reads_the_live_tables_and_catches_an_orphan(store):
    # guards the consistency checker: it reads the same tables the store writes
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, A, RUBRIC, "design", "rct", "cohort", "r", 0)
    with store.engine.connect() as conn:
        assert conn.execute(select(judgement.c.version)).scalar() == 1
        assert conn.execute(select(audit.c.to_level)).scalar() == "cohort"
        assert conn.execute(select(study_t.c.sha256)).scalar() == make_study(1).content_hash
    with store.engine.begin() as conn:  # a hand-made orphan audit record is reported
        conn.execute(insert(audit).values(
            at=store.history(sid)[0].at, reviewer=B, study_id=sid, rubric_id="grade", rubric_version="1",
            criterion="x", from_level=None, to_level="y", reason="r", kind="override", version=1))
    assert consistency_problems(store) == ["('judgement', 1, 'bob', 'grade', 'x'): audit records without a current-state row"]


def test_a_study_split_by_an_older_table_splitter_is_split_again_on_load(store):
    """Stored studies keep what the splitter of their day read; loading one re-splits its table, so
    a library gains a better splitter without re-import (the stored row itself is not rewritten)."""
    from pathlib import Path

    from appraisal.readers import read_path
    from appraisal.table import VERSION

    now = read_path(Path(__file__).resolve().parents[1] / "data" / "006_whi-estrogen-progestin.txt")[0]
    assert now.table_version == VERSION and now.findings[0].parameter == "Coronary heart disease"
    old = now.model_copy(update={"table_version": 0, "findings_header": ["Outcome", "Hazard ratio95% CI"],
                                 "findings": [f.model_copy(update={"parameter": f.raw[:25], "baseline": "1.63"})
                                              for f in now.findings]})
    sid, _ = store.add_study(old)
    (loaded,) = store.studies([sid])
    assert loaded.study.findings_header == now.findings_header
    assert [f.parameter for f in loaded.study.findings] == [f.parameter for f in now.findings]
    assert loaded.study.findings[0].baseline == "1.29" and loaded.study.table_version == VERSION
