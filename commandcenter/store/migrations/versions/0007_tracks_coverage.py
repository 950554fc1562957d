"""tracks and coverage_days: worker tracks per worker-hour, patrol coverage per day

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'tracks',
        sa.Column('hour_ms', sa.BigInteger(), nullable=False),
        sa.Column('worker_id', sa.String(length=64), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('hour_ms', 'worker_id'),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'coverage_days',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('at_ms', sa.BigInteger(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('day'),
    )


def downgrade() -> None:
    op.drop_table('coverage_days')
    op.drop_table('tracks')
