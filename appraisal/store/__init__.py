"""Persistent store for team review (SQLAlchemy 2; SQLite by default, PostgreSQL for a team)."""
from appraisal.store.store import (
    AUTOMATIC, AuditRecord, JudgementChange, StaleWriteError, Store, StoredStudy, StudyNotFoundError,
    default_url, make_engine, open_store,
)

__all__ = [
    "AUTOMATIC", "AuditRecord", "JudgementChange", "StaleWriteError", "Store", "StoredStudy",
    "StudyNotFoundError", "default_url", "make_engine", "open_store",
]
