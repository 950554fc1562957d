"""SQL: the schema, migrations, and the store that loads state and commits units of work."""
