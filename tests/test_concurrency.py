"""No lost updates and no half-saved batches, with real OS processes on SQLite and PostgreSQL.

Conflicts only arise on the same judgement, i.e. the same reviewer in two sessions (two browser
tabs, two server processes); different reviewers never share a row. So both processes write as
one reviewer to the same few judgements, each reading the version and then writing.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import signal
import sys
import time
import types
from collections import defaultdict

import pytest
from sqlalchemy import select

from appraisal.store import JudgementChange, StaleWriteError, open_store
from appraisal.store.tables import audit, judgement

try:
    from store_fixtures import (  # noqa: F401
        RUBRIC, consistency_problems, crash_worker, make_study, open_and_write_worker, override_worker,
        store_url,
    )
except ImportError:  # tests/ became a package
    from tests.store_fixtures import (  # noqa: F401
        RUBRIC, consistency_problems, crash_worker, make_study, open_and_write_worker, override_worker,
        store_url,
    )

WRITES = 500
REVIEWER = "alice"
CTX = mp.get_context("spawn")


@pytest.fixture(autouse=True)
def plain_main(monkeypatch):
    """Spawned workers re-run the parent's __main__ file; after Streamlit's AppTest has run in this
    process that is a page script, so workers get a bare __main__ instead."""
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


def collect(results, procs, timeout: float) -> list:
    """One result per worker; fails at once (not after the timeout) if a worker died."""
    out, deadline = [], time.monotonic() + timeout
    while len(out) < len(procs):
        try:
            out.append(results.get(timeout=1))
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead or time.monotonic() > deadline:
                pytest.fail(f"a worker died (exit codes {dead}) or timed out before reporting")
    return out


def test_two_processes_writing_500_overrides_each_lose_nothing(store_url, capsys):
    store = open_store(store_url)
    ids = [store.add_study(make_study(i))[0] for i in range(3)]
    targets = [(sid, crit) for sid in ids for crit in ("design", "control")]

    start, results = CTX.Event(), CTX.Queue()
    procs = [CTX.Process(target=override_worker, args=(store_url, w, WRITES, targets, REVIEWER, start, results))
             for w in ("p1", "p2")]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let both import and connect, then release them together
    t0 = time.perf_counter()
    start.set()
    out = collect(results, procs, timeout=300)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    seconds = time.perf_counter() - t0

    stored = [w for o in out for w in o["stored"]]
    stale = sum(o["stale"] for o in out)
    per_worker = ", ".join(f"{o['worker']}: {len(o['stored'])} stored/{o['stale']} stale" for o in out)
    with capsys.disabled():
        print(f"\n  {store.engine.dialect.name}: stored {len(stored)}, stale {stale} "
              f"({per_worker}) in {seconds:.1f} s")
    assert len(stored) + stale == 2 * WRITES
    assert stale > 0, "the processes never overlapped; the test did not test concurrency"
    assert all("reload" in m for o in out for m in o["messages"])

    with store.engine.connect() as conn:
        trail = conn.execute(select(audit).order_by(audit.c.id)).all()
        current = {(j.study_id, j.criterion): j for j in conn.execute(select(judgement))}
    assert len(trail) == len(stored)  # exactly the stored writes are audited

    # every stored write got a distinct version; per judgement they are exactly 1..N, no gaps
    by_key = defaultdict(list)
    for sid, crit, version, level in stored:
        by_key[(sid, crit)].append((version, level))
    for key, writes in by_key.items():
        assert sorted(v for v, _ in writes) == list(range(1, len(writes) + 1)), key
        last_version, last_level = max(writes)
        assert (current[key].version, current[key].level) == (last_version, last_level)
        audited = [(a.version, a.to_level) for a in trail if (a.study_id, a.criterion) == key]
        assert audited == sorted(writes)  # the trail is the stored writes, in version order
    assert consistency_problems(store) == []
    store.close()


def test_two_processes_opening_a_new_database_at_once_migrate_it_once(store_url):
    start, results = CTX.Event(), CTX.Queue()
    procs = [CTX.Process(target=open_and_write_worker, args=(store_url, w, start, results)) for w in ("p1", "p2")]
    for p in procs:
        p.start()
    time.sleep(0.5)
    start.set()
    assert sorted(collect(results, procs, timeout=120)) == ["p1", "p2"]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    store = open_store(store_url)
    assert len(store.studies()) == 1  # the same document from both: stored once
    assert store.reviewers() == ["p1", "p2"] and consistency_problems(store) == []
    store.close()


@pytest.mark.parametrize("kill_after", [1, 37])
def test_a_process_killed_in_the_middle_of_a_batch_save_leaves_nothing_half_saved(store_url, kill_after):
    store = open_store(store_url)
    sid, _ = store.add_study(make_study(1))
    store.set_override(sid, "bob", RUBRIC, "design", "rct", "cohort", "saved before the crash", 0)

    p = CTX.Process(target=crash_worker, args=(store_url, sid, REVIEWER, 60, kill_after))
    p.start()
    p.join(timeout=120)
    assert p.exitcode == -signal.SIGKILL

    store.close()
    store = open_store(store_url)  # a fresh process view: SQLite recovers its WAL here
    assert store.overrides(sid, REVIEWER, RUBRIC.id) == []
    assert store.history(sid, reviewer=REVIEWER) == []
    assert [h.reason for h in store.history(sid)] == ["saved before the crash"]
    assert consistency_problems(store) == []
    # the database is usable: the same batch saves afterwards
    assert store.set_override(sid, REVIEWER, RUBRIC, "c0", "x", "L0", "after the crash", 0) == 1
    store.close()


def test_an_error_inside_the_transaction_rolls_back_state_and_audit_together(store_url, monkeypatch):
    store = open_store(store_url)
    sid, _ = store.add_study(make_study(1))
    from appraisal.store import store as store_module

    real_insert, calls = store_module.insert, []

    def failing_insert(table):  # the audit append of the second change fails
        if table is audit:
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("disk full")
        return real_insert(table)

    monkeypatch.setattr(store_module, "insert", failing_insert)
    changes = [JudgementChange(criterion=c, to_level="L", reason="r", expected_version=0) for c in ("a", "b")]
    with pytest.raises(RuntimeError):
        store.save_judgements(sid, REVIEWER, RUBRIC, changes)
    monkeypatch.undo()
    assert store.judgement_versions(sid, REVIEWER, RUBRIC.id) == {}
    assert store.history(sid) == [] and consistency_problems(store) == []
    assert store.set_override(sid, REVIEWER, RUBRIC, "a", "x", "L", "r", 0) == 1  # usable afterwards
    with pytest.raises(StaleWriteError):
        store.set_override(sid, REVIEWER, RUBRIC, "a", "x", "L", "r", 0)
    store.close()
