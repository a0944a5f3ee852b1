"""Alembic environment: run by bot.store.migrate() with an open connection.

To add a migration: change the tables in bot/store/schema.py, then write
bot/migrations/versions/NNNN_what.py by hand (or with
`alembic -x url=sqlite:///x.db revision --autogenerate` from a scratch database)
and check that tests/test_store.py::test_migrations_match_the_tables passes.
"""

from alembic import context

from bot.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through bot.store.migrate(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite needs table copies to ALTER
)
with context.begin_transaction():
    context.run_migrations()
