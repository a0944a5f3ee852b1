"""The database schema's version against this code's: a database migrated by a
newer Tidings is refused (one line, exit 2) instead of half-working."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).parent.parent / "migrations"


class SchemaTooNew(Exception):
    """The database was migrated by a newer Tidings: the message is one line for the operator."""


def _script():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    return _script().get_current_head() or ""


def current_revision(connection) -> str | None:
    """The revision the database is at; None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def refuse_newer(connection, where: str) -> None:
    """Raise SchemaTooNew when the database is at a revision this code does not know."""
    current = current_revision(connection)
    if current is None:
        return
    known = {rev.revision for rev in _script().walk_revisions()}
    if current not in known:
        raise SchemaTooNew(
            f"{where}: the database schema (revision {current}) is newer than this Tidings knows "
            f"(up to {head_revision()}); run the newer Tidings, or restore a backup made before the upgrade"
        )
