"""events: the columns and covering indexes of ``query.assessment`` (PROTOCOL.md "Practice")

judged_due_ms (the deadline before any extension; null when not judged), marks (1 reworked,
2 extended, 4 returned), accepted_by; one covering index led by each grouping column.

Revision ID: 0005
Revises: 0006
Create Date: 2026-11-23 17:00:00
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0006'
branch_labels = None
depends_on = None

PAYLOAD = ('judged_due_ms', 'assignee_department', 'resolved_ms', 'satisfaction', 'marks')
INDEXES = {'grid_id': 'ix_events_assess_grid', 'assignee_department': 'ix_events_assess_department',
           'assignee_worker': 'ix_events_assess_worker', 'accepted_by': 'ix_events_assess_operator'}


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('judged_due_ms', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('marks', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('accepted_by', sa.String(length=100), nullable=True))
    _backfill()
    for key, name in INDEXES.items():
        op.create_index(name, 'events', [key, *(c for c in PAYLOAD if c != key)], unique=False)


def _backfill() -> None:
    """Events stored before: judged by their due_at; marks from their JSON (counts left out when 0)."""
    events = sa.table('events', sa.column('id'), sa.column('data'), sa.column('status'), sa.column('due_ms'),
                      sa.column('judged_due_ms'), sa.column('marks'))
    conn = op.get_bind()
    conn.execute(events.update().values(marks=0))
    conn.execute(events.update().where(events.c.status.not_in(['rejected', 'merged', 'void']))
                 .values(judged_due_ms=events.c.due_ms))
    counted = sa.or_(events.c.data.like('%"verify_failures":%'), events.c.data.like('%"returns":%'))
    for event_id, data in conn.execute(sa.select(events.c.id, events.c.data).where(counted)).all():
        entity = json.loads(data)
        marks = (entity.get('verify_failures', 0) > 0) | 4 * (entity.get('returns', 0) > 0)
        conn.execute(events.update().where(events.c.id == event_id).values(marks=marks))


def downgrade() -> None:
    for name in INDEXES.values():
        op.drop_index(name, table_name='events')
    with op.batch_alter_table('events', schema=None) as batch_op:
        for column in ('accepted_by', 'marks', 'judged_due_ms'):
            batch_op.drop_column(column)
