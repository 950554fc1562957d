"""events.resolved_ms index: ``query.stats`` over the events resolved in a period

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:00:00
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_events_resolved', 'events', ['resolved_ms'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_events_resolved', table_name='events')
