"""Initial schema: studies, current judgements, consensus, audit trail, review status.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "study",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pmid", sa.String(32)),
        sa.Column("doi", sa.String(255)),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("imported_at", TS, nullable=False),
        sa.Column("study_json", sa.Text, nullable=False),
        sa.UniqueConstraint("sha256", name="uq_study_sha256"),
    )
    op.create_index("ix_study_pmid", "study", ["pmid"])
    op.create_index("ix_study_doi", "study", ["doi"])
    op.create_table(
        "judgement",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("study_id", sa.Integer, sa.ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_version", sa.String(100), nullable=False),
        sa.Column("criterion", sa.String(200), nullable=False),
        sa.Column("level", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("study_id", "reviewer", "rubric_id", "criterion", name="uq_judgement_key"),
    )
    op.create_table(
        "consensus",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("study_id", sa.Integer, sa.ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_version", sa.String(100), nullable=False),
        sa.Column("criterion", sa.String(200), nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("study_id", "rubric_id", "criterion", name="uq_consensus_key"),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("study_id", sa.Integer, sa.ForeignKey("study.id", ondelete="CASCADE"), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_version", sa.String(100), nullable=False),
        sa.Column("criterion", sa.String(200), nullable=False),
        sa.Column("from_level", sa.Text),
        sa.Column("to_level", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_audit_study_criterion", "audit", ["study_id", "criterion"])
    op.create_table(
        "review",
        sa.Column("study_id", sa.Integer, sa.ForeignKey("study.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("reviewer", sa.String(200), primary_key=True),
        sa.Column("rubric_id", sa.String(200), primary_key=True),
        sa.Column("finished", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    for name in ("review", "audit", "consensus", "judgement", "study"):
        op.drop_table(name)
