"""Record when a reviewer finished a study; index the per-reviewer override listing.

Existing finished reviews get the migration time as their finish time (the best we know).

Revision ID: 0002
Revises: 0001
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.add_column(sa.Column("finished_at", sa.DateTime(timezone=True)))
    now = datetime.now(timezone.utc)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # the store keeps UTC without a zone in SQLite
    review = sa.table("review", sa.column("finished", sa.Boolean), sa.column("finished_at", sa.DateTime(timezone=True)))
    op.execute(review.update().where(review.c.finished.is_(True)).values(finished_at=now))
    op.create_index("ix_judgement_reviewer_rubric", "judgement", ["reviewer", "rubric_id"])


def downgrade() -> None:
    op.drop_index("ix_judgement_reviewer_rubric", "judgement")
    with op.batch_alter_table("review") as batch:
        batch.drop_column("finished_at")
