"""Alembic environment: run by `appraisal.store.migrate.upgrade` with an open connection.

The store passes its connection in `config.attributes["connection"]`, already inside the
transaction that holds the migration lock, so every migration and the version stamp commit
together or not at all.
"""
from alembic import context
from sqlalchemy import create_engine

from appraisal.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=metadata,
        render_as_batch=conn.dialect.name == "sqlite",  # SQLite alters tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # e.g. `alembic -x ...` from the command line with sqlalchemy.url set in the Config
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
