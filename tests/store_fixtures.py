"""Fixtures and process workers for the store tests, against SQLite and a real PostgreSQL.

PostgreSQL comes from env APPRAISAL_TEST_PG_URL (scripts/start-postgres.sh sets it). Without it
the postgres cases are skipped locally but FAIL under CI (env CI set): CI must never skip them.
Each test gets its own PostgreSQL schema (via the connection's search_path), so tests and their
child processes never see each other's rows.
"""
from __future__ import annotations

import os
import random
import signal
import time
import uuid
from collections import defaultdict

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import make_url

from appraisal.models import RubricRef, Study
from appraisal.store import AUTOMATIC, JudgementChange, StaleWriteError, open_store
from appraisal.store.tables import audit, consensus, judgement

RUBRIC = RubricRef(id="grade", name="GRADE", version="1.0", sha256="0" * 64)
BACKENDS = ["sqlite", "postgres"]


def pg_base_url() -> str:
    url = os.environ.get("APPRAISAL_TEST_PG_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("APPRAISAL_TEST_PG_URL is not set: under CI the PostgreSQL tests must run "
                    "(source scripts/start-postgres.sh first)")
    pytest.skip("APPRAISAL_TEST_PG_URL not set (run: source scripts/start-postgres.sh)")


def _pg_schema_url(base: str, schema: str) -> str:
    u = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return u.render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A URL of an empty database: a SQLite file, or a fresh schema on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    base = pg_base_url()
    schema = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def make_study(i: int, **fields) -> Study:
    text_ = fields.pop("text", f"Study {i}. A randomized trial of compound {i} in {100 + i} adults.\n" * 20)
    return Study(source=f"study-{i}.txt", format="summary-text", title=f"Study {i}", text=text_,
                 authors=[f"Author {i}"], year=2000 + i % 25, **fields)


# -- workers run in separate OS processes (multiprocessing "spawn") ---------------------------------
def override_worker(url: str, worker: str, n: int, targets: list, reviewer: str, start, results) -> None:
    """Write n overrides to randomly chosen judgements, each based on the version just read."""
    store = open_store(url)
    rng = random.Random(worker)
    stored, stale, messages = [], 0, set()
    start.wait()
    for i in range(n):
        study_id, criterion = rng.choice(targets)
        version = store.judgement_version(study_id, reviewer, RUBRIC.id, criterion)
        time.sleep(rng.random() / 2000)  # the moment between seeing a judgement and saving a change
        level = f"{worker}-{i}"
        try:
            new = store.set_override(study_id, reviewer, RUBRIC, criterion, "automatic-level", level,
                                     f"write {i} of {worker}", version)
            stored.append((study_id, criterion, new, level))
        except StaleWriteError as e:
            stale += 1
            if len(messages) < 3:
                messages.add(str(e))
    store.close()
    results.put({"worker": worker, "stored": stored, "stale": stale, "messages": sorted(messages)})


def open_and_write_worker(url: str, worker: str, start, results) -> None:
    """Open a (possibly brand-new) store at the same moment as another process, then write."""
    start.wait()
    store = open_store(url)
    sid, _ = store.add_study(make_study(0))
    store.set_override(sid, worker, RUBRIC, "design", "rct", "cohort", f"by {worker}", 0)
    store.close()
    results.put(worker)


def crash_worker(url: str, study_id: int, reviewer: str, n_changes: int, kill_after: int) -> None:
    """Start a batch save of n_changes judgements and SIGKILL this process in its middle."""
    store = open_store(url)
    written = 0

    @event.listens_for(store.engine, "after_cursor_execute")
    def _maybe_die(conn, cursor, statement, *args):
        nonlocal written
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT"):
            written += 1
            if written == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)

    changes = [JudgementChange(criterion=f"c{k}", to_level=f"L{k}", reason="batch", expected_version=0)
               for k in range(n_changes)]
    store.save_judgements(study_id, reviewer, RUBRIC, changes)
    raise SystemExit("not killed")  # reaching here means the kill did not happen


# -- invariants ------------------------------------------------------------------------------------
def consistency_problems(store) -> list[str]:
    """Every current judgement matches its audit trail and vice versa; [] when consistent.

    For each judgement (and consensus) row: its audit records are exactly versions 1..version, and
    the newest one's to_level is the current level. No audit record lacks its current-state row.
    """
    problems = []
    with store.engine.connect() as conn:
        trail = defaultdict(list)
        for a in conn.execute(select(audit).order_by(audit.c.id)):
            if a.kind == "consensus":
                key = ("consensus", a.study_id, a.rubric_id, a.criterion)
            else:
                key = ("judgement", a.study_id, a.reviewer, a.rubric_id, a.criterion)
            trail[key].append(a)
        rows = {}
        for j in conn.execute(select(judgement)):
            rows[("judgement", j.study_id, j.reviewer, j.rubric_id, j.criterion)] = (j.version, j.level)
        for c in conn.execute(select(consensus)):
            rows[("consensus", c.study_id, c.rubric_id, c.criterion)] = (c.version, c.level)
    for key, (version, level) in rows.items():
        records = trail.get(key, [])
        if [r.version for r in records] != list(range(1, version + 1)):
            problems.append(f"{key}: version {version} but audit versions {[r.version for r in records]}")
        elif records and records[-1].to_level != (level or AUTOMATIC):
            problems.append(f"{key}: level {level!r} but last audited {records[-1].to_level!r}")
    for key in trail.keys() - rows.keys():
        problems.append(f"{key}: audit records without a current-state row")
    return problems
