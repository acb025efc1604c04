"""The store's tables (SQLAlchemy Core), i.e. the schema at the newest migration.

The migrations in `migrations/versions/` build exactly this schema step by step (a test compares
them); the store's queries are written against these Table objects.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    TypeDecorator, UniqueConstraint,
)

metadata = MetaData()


class UTCDateTime(TypeDecorator):
    """A point in time stored as UTC and always read back timezone-aware.

    SQLite keeps no time zone; PostgreSQL hands back the session's zone. Both come out as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


study = Table(
    "study", metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False),  # Study.content_hash
    Column("pmid", String(32), index=True),
    Column("doi", String(255), index=True),  # lower-cased
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("imported_at", UTCDateTime, nullable=False),
    Column("study_json", Text, nullable=False),  # the whole Study, source text included
    UniqueConstraint("sha256", name="uq_study_sha256"),
)

# The current override of one reviewer for one criterion. A row is never deleted when the
# reviewer goes back to the automatic level (level NULL), so its version keeps counting and a
# stale write made before the reset is still caught.
judgement = Table(
    "judgement", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
    Column("reviewer", String(200), nullable=False),
    Column("rubric_id", String(200), nullable=False),
    Column("rubric_version", String(100), nullable=False),
    Column("criterion", String(200), nullable=False),
    Column("level", Text),  # NULL: back to the automatic level
    Column("reason", Text),
    Column("version", Integer, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("study_id", "reviewer", "rubric_id", "criterion", name="uq_judgement_key"),
    Index("ix_judgement_reviewer_rubric", "reviewer", "rubric_id"),  # migration 0002
)

# The reconciled judgement of both reviewers, versioned like `judgement`.
consensus = Table(
    "consensus", metadata,
    Column("id", Integer, primary_key=True),
    Column("study_id", Integer, ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
    Column("rubric_id", String(200), nullable=False),
    Column("rubric_version", String(100), nullable=False),
    Column("criterion", String(200), nullable=False),
    Column("level", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("study_id", "rubric_id", "criterion", name="uq_consensus_key"),
)

# Append-only: the store inserts here in the same transaction as every change above and never
# updates or deletes a row (only removing the study itself cascades).
audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("reviewer", String(200), nullable=False),
    Column("study_id", Integer, ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
    Column("rubric_id", String(200), nullable=False),
    Column("rubric_version", String(100), nullable=False),
    Column("criterion", String(200), nullable=False),
    Column("from_level", Text),
    Column("to_level", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("kind", String(20), nullable=False),  # override | clear | consensus
    Column("version", Integer, nullable=False),  # the judgement's version this write produced
    Index("ix_audit_study_criterion", "study_id", "criterion"),
)

# Whether a reviewer has finished a study (dual independent review).
review = Table(
    "review", metadata,
    Column("study_id", Integer, ForeignKey("study.id", ondelete="CASCADE"), primary_key=True),
    Column("reviewer", String(200), primary_key=True),
    Column("rubric_id", String(200), primary_key=True),
    Column("finished", Boolean, nullable=False),
    Column("finished_at", UTCDateTime),  # added by migration 0002
)
