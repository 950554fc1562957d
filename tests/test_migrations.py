"""The Alembic migrations build exactly the tables, columns and indexes of ``store/schema.py``."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from commandcenter.store import schema
from commandcenter.store.store import Store


def test_migrations_and_schema_agree(db_url):
    store = Store(db_url)
    store.migrate()
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    store.engine.dispose()
    assert differences == []
