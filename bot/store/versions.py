"""The database schema's version against this code's: a database migrated by a
newer Tidings is refused (one line, exit 2) instead of half-working."""

from __future__ import annotations

import re
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


def head_on_disk() -> str | None:
    """The newest revision, read from the migration scripts' ``revision`` and
    ``down_revision`` lines without Alembic (every start checks it: issue 18);
    None when they are not one line of revisions (Alembic decides then)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision = "([^"]+)"$', text, re.M)
        down = re.search(r'^down_revision = (?:"([^"]+)"|None)$', text, re.M)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            parents.add(down[1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and len(parents) == len(revisions) - 1 else None


def at_head(connection) -> bool:
    """True when the database is at the newest revision (nothing to migrate), read
    with one query; False when it is not, has no schema yet, or cannot say."""
    head = head_on_disk()
    try:
        current = [row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
    except Exception:  # no schema yet, or a database the full path reports properly
        return False
    finally:
        connection.rollback()
    return head is not None and current == [head]


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
