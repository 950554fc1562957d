"""approvals: extension, suspension, park and void requests and their decisions (Practice)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('approvals',
                    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
                    sa.Column('event_id', sa.BigInteger(), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('status', sa.String(length=16), nullable=False),
                    sa.Column('requested_ms', sa.BigInteger(), nullable=False),
                    sa.Column('decided_ms', sa.BigInteger(), nullable=True),
                    sa.Column('version', sa.Integer(), nullable=False),
                    sa.Column('data', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_approvals_event', 'approvals', ['event_id'], unique=False)
    op.create_index('ix_approvals_status', 'approvals', ['status'], unique=False)
    counters = sa.table('counters', sa.column('name'), sa.column('value'), sa.column('hash'))
    op.bulk_insert(counters, [{'name': 'ids.approval', 'value': 1, 'hash': ''}])


def downgrade() -> None:
    op.execute("DELETE FROM counters WHERE name = 'ids.approval'")
    op.drop_index('ix_approvals_status', table_name='approvals')
    op.drop_index('ix_approvals_event', table_name='approvals')
    op.drop_table('approvals')
