"""The persistent store for team review: studies, reviewers' overrides, consensus, audit trail.

Every change of a judgement is checked against the version the reviewer saw (optimistic
concurrency: a stale write is refused with StaleWriteError, never applied over a newer one) and
writes the current state and its audit record in one transaction, so a crash leaves both or
neither. SQLite (default, WAL mode) and PostgreSQL are both first-class.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, Field
from sqlalchemy import (
    Connection, Engine, Table, and_, create_engine, delete, event, func, insert, select, update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from appraisal.errors import AppraisalError
from appraisal.models import Override, RubricRef, Study
from appraisal.store import migrate
from appraisal.table import refresh_findings
from appraisal.store.tables import audit, consensus as consensus_t, judgement, review, study as study_t

AUTOMATIC = "automatic"  # to_level of an audit record that sends a judgement back to the engine's level
DEFAULT_SQLITE = Path(".appraisal") / "appraisal.sqlite3"
_CHUNK = 500  # values per IN (...) list


class StaleWriteError(AppraisalError):
    """A change based on an older version of a judgement than the stored one."""

    def __init__(self, study_id: int, criterion: str, expected_version: int, current_version: int,
                 changed_by: str | None, changed_at: datetime | None, what: str = "judgement"):
        self.study_id = study_id
        self.criterion = criterion
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = f" at {changed_at:%Y-%m-%d %H:%M:%S} UTC" if changed_at else ""
        who = f" by {changed_by}" if changed_by else ""
        super().__init__(
            f"The {what} of '{criterion}' for study {study_id} was changed{who}{when} after you "
            f"loaded it (stored version {current_version}, yours {expected_version}). Your change was "
            "not saved; reload the study to see the newer judgement, then apply your change again."
        )


class StudyNotFoundError(AppraisalError):
    def __init__(self, study_id: int):
        self.study_id = study_id
        super().__init__(f"No study with id {study_id} in the store")


class StoredStudy(BaseModel):
    id: int
    sha256: str
    source: str
    imported_at: datetime
    study: Study


class AuditRecord(BaseModel):
    """One change of a judgement: who, when, which, from what to what, and why."""

    id: int
    reviewer: str
    at: datetime
    study_id: int
    rubric_id: str
    rubric_version: str
    criterion: str
    from_level: str | None
    to_level: str  # AUTOMATIC when the override was cleared
    reason: str
    kind: str  # override | clear | consensus
    version: int  # the judgement's version after this change


class JudgementChange(BaseModel):
    """One entry of a batch save: to_level None means back to the automatic level."""

    criterion: str
    to_level: str | None
    reason: str
    expected_version: int = Field(ge=0)
    from_level: str | None = None  # the level the reviewer saw (automatic level for a first override)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _required(value: str | None, what: str) -> str:
    if value is None or not str(value).strip():
        raise AppraisalError(f"{what} is required")
    return str(value).strip()


def default_url() -> str:
    """APPRAISAL_DB_URL, else the SQLite file APPRAISAL_DB, else .appraisal/appraisal.sqlite3 here."""
    if os.environ.get("APPRAISAL_DB_URL"):
        return os.environ["APPRAISAL_DB_URL"]
    path = Path(os.environ.get("APPRAISAL_DB") or DEFAULT_SQLITE).expanduser().absolute()
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine with the settings the store relies on (WAL, foreign keys, waiting writers)."""
    u = make_url(url)
    if u.drivername == "postgresql":  # the driver we ship is psycopg 3
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() != "sqlite":
        return create_engine(u, pool_pre_ping=True)
    memory = not u.database or u.database == ":memory:"
    if memory:
        engine = create_engine(u, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # the store emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=60000")
        if not memory:
            _set_wal(cur)
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: consistent after any crash
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock up front (BEGIN IMMEDIATE): a concurrent writer then waits
        # (busy_timeout) instead of failing later with "database is locked" on lock upgrade.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _set_wal(cur, attempts: int = 200) -> None:
    """Switch a file database to WAL once (the mode persists in the file).

    Changing the journal mode needs a moment's exclusive lock and SQLite answers "database is
    locked" at once, without its busy handler, when two processes open a new database together;
    so the switch is retried briefly.
    """
    for attempt in range(attempts):
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def open_store(url: str | None = None) -> "Store":
    """Open (creating if needed) the store at `url` and upgrade its schema to the newest migration."""
    engine = make_engine(url or default_url())
    migrate.upgrade(engine)
    return Store(engine)


class Store:
    """All reads and writes of the team's review data; safe to share between threads."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    # -- studies -----------------------------------------------------------------------------
    def add_study(self, study: Study) -> tuple[int, bool]:
        """(study id, created); the same document (content hash, PMID or DOI) is stored once."""
        return self.add_studies([study])[0]

    def add_studies(self, studies: Iterable[Study]) -> list[tuple[int, bool]]:
        """Store many studies in one transaction; duplicates (also within the batch) map to one id."""
        studies = list(studies)
        try:
            with self._write() as conn:
                return _insert_studies(conn, studies)
        except IntegrityError:  # another process stored one of them meanwhile: now we see it
            with self._write() as conn:
                return _insert_studies(conn, studies)

    def studies(self, ids: Iterable[int] | None = None) -> list[StoredStudy]:
        """Every stored study (or those with the given ids), in import order."""
        q = select(study_t.c.id, study_t.c.sha256, study_t.c.source, study_t.c.imported_at,
                   study_t.c.study_json).order_by(study_t.c.id)
        with self._read() as conn:
            if ids is None:
                rows = conn.execute(q).all()
            else:
                rows = [r for part in _chunks(sorted(set(ids))) for r in conn.execute(q.where(study_t.c.id.in_(part)))]
        return [_stored(r) for r in rows]

    def study(self, study_id: int) -> StoredStudy:
        q = select(study_t.c.id, study_t.c.sha256, study_t.c.source, study_t.c.imported_at,
                   study_t.c.study_json).where(study_t.c.id == study_id)
        with self._read() as conn:
            row = conn.execute(q).first()
        if row is None:
            raise StudyNotFoundError(study_id)
        return _stored(row)

    def remove_study(self, study_id: int) -> None:
        """Remove a study with its judgements, consensus, review status and audit trail."""
        with self._write() as conn:
            conn.execute(delete(study_t).where(study_t.c.id == study_id))

    # -- a reviewer's overrides --------------------------------------------------------------
    def overrides(self, study_id: int, reviewer: str, rubric_id: str) -> list[Override]:
        """The reviewer's current overrides of one study."""
        return self._overrides(reviewer, rubric_id, study_id).get(study_id, [])

    def all_overrides(self, reviewer: str, rubric_id: str) -> dict[int, list[Override]]:
        """study id -> the reviewer's current overrides, for every study, in one query."""
        return self._overrides(reviewer, rubric_id)

    def _overrides(self, reviewer, rubric_id, study_id=None) -> dict[int, list[Override]]:
        j = judgement.c
        q = select(j.study_id, j.criterion, j.level, j.reason, j.reviewer, j.updated_at).where(
            j.reviewer == reviewer, j.rubric_id == rubric_id, j.level.is_not(None))
        if study_id is not None:
            q = q.where(j.study_id == study_id)
        with self._read() as conn:
            return _by_study(conn.execute(q.order_by(j.study_id, j.id)), who="reviewer")

    def judgement_version(self, study_id: int, reviewer: str, rubric_id: str, criterion: str) -> int:
        """The version a change must be based on; 0 if the judgement was never overridden."""
        return self.judgement_versions(study_id, reviewer, rubric_id).get(criterion, 0)

    def judgement_versions(self, study_id: int, reviewer: str, rubric_id: str) -> dict[str, int]:
        """criterion -> version for one study and reviewer (criteria never overridden are absent)."""
        j = judgement.c
        q = select(j.criterion, j.version).where(j.study_id == study_id, j.reviewer == reviewer,
                                                 j.rubric_id == rubric_id)
        with self._read() as conn:
            return {r.criterion: r.version for r in conn.execute(q)}

    def set_override(self, study_id: int, reviewer: str, rubric: RubricRef, criterion: str,
                     from_level: str, to_level: str, reason: str, expected_version: int) -> int:
        """Override one judgement (with audit record, one transaction); returns the new version."""
        change = JudgementChange(criterion=criterion, to_level=_required(to_level, "The new level"),
                                 reason=_required(reason, "A reason for the override"),
                                 expected_version=expected_version, from_level=from_level)
        return self.save_judgements(study_id, reviewer, rubric, [change])[0]

    def clear_override(self, study_id: int, reviewer: str, rubric: RubricRef, criterion: str,
                       reason: str, expected_version: int) -> int:
        """Back to the automatic level (audited, to_level AUTOMATIC); returns the new version."""
        change = JudgementChange(criterion=criterion, to_level=None,
                                 reason=_required(reason, "A reason for going back to the automatic level"),
                                 expected_version=expected_version)
        return self.save_judgements(study_id, reviewer, rubric, [change])[0]

    def save_judgements(self, study_id: int, reviewer: str, rubric: RubricRef,
                        changes: Sequence[JudgementChange]) -> list[int]:
        """Save several changes of one study all-or-nothing; one stale change refuses the batch."""
        reviewer = _required(reviewer, "The reviewer's name")
        for c in changes:
            _required(c.reason, f"A reason for the change of '{c.criterion}'")
        now = _now()
        with self._write() as conn:
            versions = []
            for c in changes:
                key = dict(study_id=study_id, reviewer=reviewer, rubric_id=rubric.id, criterion=c.criterion)
                level = c.to_level.strip() if c.to_level is not None else None
                values = dict(level=level, reason=c.reason.strip(), rubric_version=rubric.version, updated_at=now)
                versions.append(_versioned_write(
                    conn, judgement, key, values, c.expected_version, by="reviewer",
                    audit_row=dict(at=now, reviewer=reviewer, study_id=study_id, rubric_id=rubric.id,
                                   rubric_version=rubric.version, criterion=c.criterion,
                                   from_level=c.from_level, to_level=level or AUTOMATIC,
                                   reason=c.reason.strip(), kind="override" if level else "clear"),
                ))
            return versions

    # -- audit trail -------------------------------------------------------------------------
    def history(self, study_id: int, criterion: str | None = None,
                reviewer: str | None = None) -> list[AuditRecord]:
        """Every change of a study's judgements, oldest first."""
        q = select(audit).where(audit.c.study_id == study_id)
        if criterion is not None:
            q = q.where(audit.c.criterion == criterion)
        if reviewer is not None:
            q = q.where(audit.c.reviewer == reviewer)
        with self._read() as conn:
            return [AuditRecord(**r._mapping) for r in conn.execute(q.order_by(audit.c.id))]

    def all_history(self, rubric_id: str | None = None) -> list[AuditRecord]:
        """The whole audit trail (for the CSV export), oldest first."""
        q = select(audit)
        if rubric_id is not None:
            q = q.where(audit.c.rubric_id == rubric_id)
        with self._read() as conn:
            return [AuditRecord(**r._mapping) for r in conn.execute(q.order_by(audit.c.id))]

    # -- dual independent review -------------------------------------------------------------
    def set_finished(self, study_id: int, reviewer: str, rubric_id: str, finished: bool = True) -> None:
        reviewer = _required(reviewer, "The reviewer's name")
        values = dict(finished=finished, finished_at=_now() if finished else None)
        key = (review.c.study_id == study_id, review.c.reviewer == reviewer, review.c.rubric_id == rubric_id)
        with self._write() as conn:
            if conn.execute(update(review).where(*key).values(**values)).rowcount:
                return
            try:
                with conn.begin_nested():
                    conn.execute(insert(review).values(study_id=study_id, reviewer=reviewer,
                                                       rubric_id=rubric_id, **values))
            except IntegrityError:
                if not _study_exists(conn, study_id):
                    raise StudyNotFoundError(study_id) from None
                conn.execute(update(review).where(*key).values(**values))  # lost an insert race

    def finished_reviewers(self, study_id: int, rubric_id: str) -> list[str]:
        r = review.c
        q = select(r.reviewer).where(r.study_id == study_id, r.rubric_id == rubric_id, r.finished.is_(True))
        with self._read() as conn:
            return sorted(conn.scalars(q))

    def finished_at(self, study_id: int, reviewer: str, rubric_id: str) -> datetime | None:
        r = review.c
        q = select(r.finished_at).where(r.study_id == study_id, r.reviewer == reviewer,
                                        r.rubric_id == rubric_id, r.finished.is_(True))
        with self._read() as conn:
            return conn.scalar(q)

    def finished_by_both(self, reviewer_a: str, reviewer_b: str, rubric_id: str) -> list[int]:
        """Ids of the studies both reviewers have finished (the basis of the agreement statistics)."""
        r = review.c
        q = (select(r.study_id).where(r.rubric_id == rubric_id, r.finished.is_(True),
                                      r.reviewer.in_([reviewer_a, reviewer_b]))
             .group_by(r.study_id).having(func.count(r.reviewer.distinct()) == 2).order_by(r.study_id))
        with self._read() as conn:
            return list(conn.scalars(q))

    def both_finished(self, study_id: int, reviewer_a: str, reviewer_b: str, rubric_id: str) -> bool:
        done = set(self.finished_reviewers(study_id, rubric_id))
        return reviewer_a in done and reviewer_b in done

    def visible_overrides(self, study_id: int, viewer: str, other: str,
                          rubric_id: str) -> dict[str, list[Override]]:
        """reviewer -> overrides the viewer may see: always their own; the other reviewer's only
        once both have finished the study (independent review until then)."""
        seen = {viewer: self.overrides(study_id, viewer, rubric_id)}
        if other != viewer and self.both_finished(study_id, viewer, other, rubric_id):
            seen[other] = self.overrides(study_id, other, rubric_id)
        return seen

    def visible_history(self, study_id: int, viewer: str, other: str, rubric_id: str,
                        criterion: str | None = None) -> list[AuditRecord]:
        """The history a reviewer may see under the same rule (consensus records always)."""
        open_ = other == viewer or self.both_finished(study_id, viewer, other, rubric_id)
        return [h for h in self.history(study_id, criterion)
                if h.rubric_id == rubric_id and (open_ or h.reviewer == viewer or h.kind == "consensus")]

    def reviewers(self) -> list[str]:
        """Everyone who has overridden, finished or decided anything."""
        with self._read() as conn:
            names = set(conn.scalars(select(judgement.c.reviewer).distinct()))
            names |= set(conn.scalars(select(review.c.reviewer).distinct()))
            names |= set(conn.scalars(select(audit.c.reviewer).distinct()))
        return sorted(names)

    # -- consensus ---------------------------------------------------------------------------
    def set_consensus(self, study_id: int, rubric: RubricRef, criterion: str, level: str, reason: str,
                      reviewer: str, expected_version: int | None = None,
                      from_level: str | None = None) -> int:
        """Resolve a disagreement into the consensus level (audited, kind consensus).

        With expected_version (see consensus_version) a concurrent resolution is refused as stale;
        without it the newest resolution wins, and both stay in the audit trail.
        """
        reviewer = _required(reviewer, "The reviewer's name")
        level = _required(level, "The consensus level")
        reason = _required(reason, "A reason for the consensus")
        now = _now()
        key = dict(study_id=study_id, rubric_id=rubric.id, criterion=criterion)
        with self._write() as conn:
            if expected_version is None:
                expected_version = _current_version(conn, consensus_t, key)
            return _versioned_write(
                conn, consensus_t, key,
                dict(level=level, reason=reason, decided_by=reviewer, rubric_version=rubric.version,
                     updated_at=now),
                expected_version, by="decided_by", what="consensus",
                audit_row=dict(at=now, reviewer=reviewer, study_id=study_id, rubric_id=rubric.id,
                               rubric_version=rubric.version, criterion=criterion, from_level=from_level,
                               to_level=level, reason=reason, kind="consensus"),
            )

    def consensus_version(self, study_id: int, rubric_id: str, criterion: str) -> int:
        with self._read() as conn:
            return _current_version(conn, consensus_t, dict(study_id=study_id, rubric_id=rubric_id,
                                                            criterion=criterion))

    def consensus(self, study_id: int, rubric_id: str) -> list[Override]:
        """The consensus judgements of one study, as overrides (reviewer = who decided)."""
        return self.all_consensus(rubric_id, study_id).get(study_id, [])

    def all_consensus(self, rubric_id: str, study_id: int | None = None) -> dict[int, list[Override]]:
        c = consensus_t.c
        q = select(c.study_id, c.criterion, c.level, c.reason, c.decided_by, c.updated_at).where(
            c.rubric_id == rubric_id)
        if study_id is not None:
            q = q.where(c.study_id == study_id)
        with self._read() as conn:
            return _by_study(conn.execute(q.order_by(c.study_id, c.id)), who="decided_by")


# -- helpers (run inside a transaction) ----------------------------------------------------------
def _by_study(rows, who: str) -> dict[int, list[Override]]:
    """Rows of (study_id, criterion, level, reason, <who>, updated_at) as overrides per study."""
    out: dict[int, list[Override]] = defaultdict(list)
    for r in rows:
        out[r.study_id].append(Override(criterion=r.criterion, level=r.level, reason=r.reason,
                                        reviewer=getattr(r, who), at=r.updated_at))
    return dict(out)


def _stored(row) -> StoredStudy:
    """A stored study as the current readers would read it: a findings table split by an older
    splitter is split again from the study's own text (the stored row is left as it was)."""
    study = refresh_findings(Study.model_validate_json(row.study_json))
    return StoredStudy(id=row.id, sha256=row.sha256, source=row.source, imported_at=row.imported_at, study=study)


def _study_exists(conn: Connection, study_id: int) -> bool:
    return conn.scalar(select(study_t.c.id).where(study_t.c.id == study_id)) is not None


def _where(table: Table, key: dict):
    return and_(*(table.c[k] == v for k, v in key.items()))


def _current_version(conn: Connection, table: Table, key: dict) -> int:
    return conn.scalar(select(table.c.version).where(_where(table, key))) or 0


def _stale(conn: Connection, table: Table, key: dict, expected: int, by: str, what: str) -> StaleWriteError:
    row = conn.execute(select(table).where(_where(table, key))).first()
    return StaleWriteError(key["study_id"], key["criterion"], expected,
                           row.version if row else 0, row._mapping[by] if row else None,
                           row.updated_at if row else None, what)


def _versioned_write(conn: Connection, table: Table, key: dict, values: dict, expected: int,
                     by: str, audit_row: dict, what: str = "judgement") -> int:
    """Change the row at `key` from version `expected` to expected + 1 and append its audit record.

    The row is locked first (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write lock is already
    held), so the version compared is the newest committed one. A first write inserts the row and
    relies on the unique key: of two concurrent first writes, the second fails and is stale.
    """
    row = conn.execute(select(table).where(_where(table, key)).with_for_update()).first()
    current = row.version if row else 0
    if current != expected:
        raise _stale(conn, table, key, expected, by, what)
    if row is None:
        if audit_row["kind"] == "clear":
            return 0  # nothing to clear: no row, no audit record
        try:
            with conn.begin_nested():
                conn.execute(insert(table).values(**key, **values, version=1))
        except IntegrityError:
            if not _study_exists(conn, key["study_id"]):
                raise StudyNotFoundError(key["study_id"]) from None
            raise _stale(conn, table, key, expected, by, what) from None
    else:
        done = conn.execute(update(table).where(table.c.id == row.id, table.c.version == expected)
                            .values(**values, version=expected + 1))
        if done.rowcount != 1:  # cannot happen while the row is locked; refuse rather than guess
            raise _stale(conn, table, key, expected, by, what)
        if row.level is not None:
            audit_row = {**audit_row, "from_level": row.level}  # the stored level is the truth
    conn.execute(insert(audit).values(**audit_row, version=expected + 1))
    return expected + 1


def _chunks(values: list, size: int = _CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _doi(study: Study) -> str | None:
    return study.doi.strip().lower() if study.doi and study.doi.strip() else None


def _pmid(study: Study) -> str | None:
    return study.pmid.strip() if study.pmid and study.pmid.strip() else None


def _insert_studies(conn: Connection, studies: list[Study]) -> list[tuple[int, bool]]:
    s = study_t.c
    hashes = [x.content_hash for x in studies]
    pmids = sorted({p for x in studies if (p := _pmid(x))})
    dois = sorted({d for x in studies if (d := _doi(x))})
    by_hash, by_pmid, by_doi = {}, {}, {}
    for col, values in ((s.sha256, sorted(set(hashes))), (s.pmid, pmids), (s.doi, dois)):
        for part in _chunks(values):
            for r in conn.execute(select(s.id, s.sha256, s.pmid, s.doi).where(col.in_(part))):
                by_hash[r.sha256] = r.id
                if r.pmid:
                    by_pmid[r.pmid] = r.id
                if r.doi:
                    by_doi[r.doi] = r.id

    now = _now()
    result: list[tuple[int | None, bool] | int] = []  # an int placeholder is an index into `new`
    new: list[dict] = []
    pending_hash, pending_pmid, pending_doi = {}, {}, {}
    for x, h in zip(studies, hashes):
        p, d = _pmid(x), _doi(x)
        existing = by_hash.get(h) or (p and by_pmid.get(p)) or (d and by_doi.get(d))
        if existing:
            result.append((existing, False))
            continue
        pending = pending_hash.get(h)
        if pending is None and p:
            pending = pending_pmid.get(p)
        if pending is None and d:
            pending = pending_doi.get(d)
        if pending is not None:
            result.append(-1 - pending)  # a duplicate inside this batch
            continue
        idx = len(new)
        new.append(dict(sha256=h, pmid=p, doi=d, source=x.source, title=x.title, imported_at=now,
                        study_json=x.model_dump_json()))
        pending_hash[h] = idx
        if p:
            pending_pmid[p] = idx
        if d:
            pending_doi[d] = idx
        result.append(idx)

    ids: list[int] = []
    if new:
        stmt = insert(study_t).returning(s.id, sort_by_parameter_order=True)
        ids = list(conn.scalars(stmt, new))
    out = []
    for r in result:
        if isinstance(r, tuple):
            out.append(r)
        elif r >= 0:
            out.append((ids[r], True))
        else:
            out.append((ids[-1 - r], False))
    return out


__all__ = [
    "AUTOMATIC", "AuditRecord", "JudgementChange", "StaleWriteError", "Store", "StoredStudy",
    "StudyNotFoundError", "default_url", "make_engine", "open_store",
]
