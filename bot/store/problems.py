"""Storage problems an operator can fix: one line naming the database, what is
wrong and what to do -- a read-only file or folder, a damaged SQLite file, a
full disk, a database server that does not answer.

``Connections`` raises ``StorageError`` when it opens the database; the
database thread (``bot.store.database``) turns the same failures during a run
into ``StorageError`` for its callers. Nothing here ever deletes or rewrites
the file: a damaged archive is the operator's to restore.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url


class StorageError(Exception):
    """The database cannot be used as it is: the message is one line for the operator."""


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL and in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split("sqlite:///", 1)[1] if "sqlite:///" in url else ""
    path = path.split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def where(url: str) -> str:
    """The database as the operator knows it: the SQLite file, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def storage_problem(exc: BaseException, url: str) -> StorageError | None:
    """A StorageError explaining ``exc`` when it is a problem with the database
    itself (not a bug in a query); None otherwise."""
    if isinstance(exc, StorageError):
        return exc
    path = sqlite_path(url)
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):  # creating the folder, the lock file
        name = exc.filename or (path.parent if path else where(url))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and path is not None:
            return StorageError(
                f"{path}: the database folder is read-only ({name}: {exc.strerror}): give the user running "
                f"Tidings write access to {Path(name).parent} "
                "(SQLite writes -wal and -shm files beside the database, `run` a .lock file)"
            )
        return StorageError(
            f"{name}: {exc.strerror or exc}: the database folder must exist and be writable by the user "
            f"running Tidings (or point [storage] url somewhere that is)"
        )
    if not isinstance(exc, sa.exc.DBAPIError | sqlite3.Error):
        return None
    said = str(getattr(exc, "orig", None) or exc)
    text = said.lower()
    if path is not None:
        return _sqlite_problem(text, said, path)
    if isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError) and (
        getattr(exc, "connection_invalidated", False)
        or _any(text, "could not connect", "connection refused", "connection is closed", "server closed the connection",
                "terminating connection", "connection timed out", "the database system is")
    ):  # fmt: skip
        return StorageError(
            f"{where(url)}: the database server does not answer ({_first_line(said)}): check that it runs and "
            "that [storage] url is right"
        )
    if "does not exist" in text and "database" in text:
        return StorageError(f"{where(url)}: {_first_line(said)}: create it (createdb) or fix [storage] url")
    if "authentication failed" in text or "no password supplied" in text:
        return StorageError(
            f"{where(url)}: the server refused the login: set PGPASSWORD or ~/.pgpass (never in settings.toml)"
        )
    if _any(text, "read-only", "read only", "permission denied", "no space left", "disk full"):
        return StorageError(f"{where(url)}: the database refuses writes ({_first_line(said)}): fix it on the server")
    return None


def _sqlite_problem(text: str, said: str, path: Path) -> StorageError | None:
    folder = path.parent if str(path.parent) else Path(".")
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"{path}: the database is read-only (the file, or its folder {folder}: SQLite also writes "
            f"{path.name}-wal and {path.name}-shm beside it): give the user running Tidings write access to both"
        )
    if "unable to open" in text:
        return StorageError(
            f"{path}: cannot open the database file: its folder {folder} must exist and be readable and "
            "writable by the user running Tidings"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            f"{path}: the file is not a SQLite database or is damaged: stop Tidings, move it aside (with any "
            f"{path.name}-wal and -shm files) and restore a backup (tidings db backup makes them); "
            "Tidings never deletes it"
        )
    if "disk is full" in text or "disk i/o" in text or "no space" in text:
        return StorageError(f"{path}: the disk refuses writes ({_first_line(said)}): free space or fix the disk")
    if "locked" in text or "busy" in text:
        return StorageError(
            f"{path}: the database stayed locked by another process: is another Tidings using it? "
            "(SQLite is for one process; use PostgreSQL for several)"
        )
    return None


def _any(text: str, *words: str) -> bool:
    return any(w in text for w in words)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "no details"
    return line.split("(Background on this error", 1)[0].strip()[:200]
