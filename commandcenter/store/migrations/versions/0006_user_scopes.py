"""users.scope_level and users.scope_grid: every desk user's centre (PROTOCOL.md "Levels")

Desk users that exist already become city-level, as they were; workers and gateways have no scope.

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-23 17:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None

DESK_ROLES = ('operator', 'supervisor', 'liaison', 'wall', 'admin')


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('scope_level', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('scope_grid', sa.String(length=32), nullable=True))
    users = sa.table('users', sa.column('role', sa.String), sa.column('scope_level', sa.String))
    op.execute(users.update().where(users.c.role.in_(DESK_ROLES)).values(scope_level='city'))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('scope_grid')
        batch.drop_column('scope_level')
