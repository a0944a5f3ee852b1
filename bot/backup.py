"""`tidings db backup` and `tidings db upgrade`.

SQLite is copied with its online backup API (sqlite3.Connection.backup): page
by page, consistent, safe while the bot runs and writes. PostgreSQL is backed
up with its own tool, pg_dump (README: Upgrading and backups).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(Exception):
    """One line for the operator."""


def pg_dump_hint(url: str) -> str:
    """How to back up this PostgreSQL database: pg_dump with its URL (libpq's form, no password)."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")
    return (f"this database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom "
            f"--file=tidings.dump '{plain}' (password from PGPASSWORD; README: Upgrading and backups)")  # fmt: skip


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for another database (or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    return Path(parsed.database) if parsed.database and parsed.database != ":memory:" else None


def backup(url: str, dest: Path) -> str:
    """Copy the SQLite database at ``url`` to ``dest`` (which must not exist); one line saying what was done."""
    source = sqlite_path(url)
    if source is None:
        if make_url(url).get_backend_name() == "sqlite":
            raise BackupError("an in-memory database has nothing to back up")
        raise BackupError(pg_dump_hint(url))
    if not source.is_file():
        raise BackupError(f"{source}: no database there yet, so nothing to back up")
    if dest.exists():
        raise BackupError(f"{dest} exists already; a backup never overwrites a file: choose a new name")
    if not dest.parent.is_dir():
        raise BackupError(f"{dest.parent}: no such directory")
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst, pages=1024)  # in steps: the bot's writers wait at most one step
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
                ok = dst.execute("PRAGMA quick_check").fetchone()[0]
                articles = dst.execute("SELECT count(*) FROM articles").fetchone()[0] if _has(dst, "articles") else 0
            finally:
                dst.close()
        finally:
            src.close()
        if ok != "ok":
            raise BackupError(f"the copy of {source} failed its integrity check ({ok}); the database may be damaged")
        tmp.replace(dest)
    except sqlite3.Error as exc:
        raise BackupError(f"{source}: cannot back it up to {dest}: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {dest}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return f"backed up {source} to {dest} ({dest.stat().st_size:,} bytes, {articles:,} articles)"


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None


def upgrade(url: str) -> str:
    """Apply pending migrations; one line with the revision before and after."""
    from .store import create_engine, migrate
    from .store.versions import current_revision, head_revision

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            before = current_revision(conn)
        migrate(engine)
        with engine.connect() as conn:
            after = current_revision(conn)
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    if before == after:
        return f"{where}: the schema is up to date (revision {after})"
    return f"{where}: upgraded the schema from revision {before or 'none (a new database)'} to {after} (newest: {head_revision()})"
