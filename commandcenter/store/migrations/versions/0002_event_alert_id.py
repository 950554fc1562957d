"""events.alert_id: the alert a sighting answers, for ``query.events`` with ``alert_id``

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_id', sa.BigInteger(), nullable=True))
        batch_op.create_index('ix_events_alert', ['alert_id'], unique=False)
    _backfill()


def _backfill() -> None:
    """Sightings reported before this column existed carry ``alert_id`` only in their JSON."""
    events = sa.table('events', sa.column('id'), sa.column('data'), sa.column('alert_id'))
    conn = op.get_bind()
    found = conn.execute(sa.select(events.c.id, events.c.data).where(events.c.data.like('%"alert_id":%'))).all()
    for event_id, data in found:
        alert_id = json.loads(data).get('alert_id')
        if alert_id is not None:
            conn.execute(events.update().where(events.c.id == event_id).values(alert_id=alert_id))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_alert')
        batch_op.drop_column('alert_id')
