"""events: the columns and covering index of ``query.assessment`` (PROTOCOL.md "Practice")

judged_due_ms (the deadline before any extension; null when not judged), verify_failures,
returns, extended (0/1), accepted_by; ix_events_judged covers the whole query.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-23 17:00:00
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0003'
branch_labels = None
depends_on = None

INDEX = ['judged_due_ms', 'grid_id', 'assignee_department', 'assignee_worker', 'accepted_by', 'resolved_ms',
         'satisfaction', 'verify_failures', 'returns', 'extended']


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('judged_due_ms', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('verify_failures', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('returns', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('extended', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('accepted_by', sa.String(length=100), nullable=True))
    _backfill()
    op.create_index('ix_events_judged', 'events', INDEX, unique=False)


def _backfill() -> None:
    """Events stored before: judged by their due_at; counts from their JSON (left out when 0)."""
    events = sa.table('events', sa.column('id'), sa.column('data'), sa.column('status'), sa.column('due_ms'),
                      sa.column('judged_due_ms'), sa.column('verify_failures'), sa.column('returns'),
                      sa.column('extended'))
    conn = op.get_bind()
    conn.execute(events.update().values(verify_failures=0, returns=0, extended=0))
    conn.execute(events.update().where(events.c.status.not_in(['rejected', 'merged', 'void']))
                 .values(judged_due_ms=events.c.due_ms))
    counted = sa.or_(events.c.data.like('%"verify_failures":%'), events.c.data.like('%"returns":%'))
    for event_id, data in conn.execute(sa.select(events.c.id, events.c.data).where(counted)).all():
        entity = json.loads(data)
        conn.execute(events.update().where(events.c.id == event_id).values(
            verify_failures=entity.get('verify_failures', 0), returns=entity.get('returns', 0)))


def downgrade() -> None:
    op.drop_index('ix_events_judged', table_name='events')
    with op.batch_alter_table('events', schema=None) as batch_op:
        for column in ('accepted_by', 'extended', 'returns', 'verify_failures', 'judged_due_ms'):
            batch_op.drop_column(column)
