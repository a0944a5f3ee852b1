"""The engine and the thread's shared transaction: the base every store module builds on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .problems import sqlite_path, storage_problem
from .schema import create_engine, migrate


class Connections:
    """Opens the database (migrating it to the newest schema) and hands out connections.

    Synchronous: the asyncio side reaches it through the database thread
    (``bot.store.database``), so the event loop never waits on the database.
    A database it cannot use (read-only, damaged, unreachable) raises
    ``StorageError`` with one line for the operator.
    """

    def __init__(self, url: str, *, engine: Engine | None = None):
        self.url = url
        self._shared = threading.local()
        try:
            self.engine = engine or create_engine(url)
            migrate(self.engine)
            self._check_writable()
        except Exception as exc:
            problem = storage_problem(exc, url)
            if problem is None:
                raise
            if getattr(self, "engine", None) is not None:
                self.engine.dispose()
            raise problem from None

    def _check_writable(self) -> None:
        """A SQLite file that can be read but not written (its mode, its folder's)
        fails here, at the start, rather than at the first poll: a write, rolled back."""
        if sqlite_path(self.url) is None:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
            conn.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Raises when the database cannot be reached (the /healthz check)."""
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """Every Store call made on this thread inside the block runs in one
        transaction, committed at the end (rolled back if the block raises).

        Many small writes cost a commit each otherwise; the poll cycle groups
        the calls that queue up while the database thread is busy (see
        ``Database`` in bot/store/database.py). Nested blocks join the outer one.
        """
        if getattr(self._shared, "conn", None) is not None:
            yield self._shared.conn
            return
        with self.engine.begin() as conn:
            self._shared.conn = conn
            try:
                yield conn
            finally:
                self._shared.conn = None

    def _begin(self) -> AbstractContextManager[sa.Connection]:
        """A connection in a transaction: the shared one inside transaction(), else a new one, committed on exit."""
        return self._join() if getattr(self._shared, "conn", None) is not None else self.engine.begin()

    def _connect(self) -> AbstractContextManager[sa.Connection]:
        return self._join() if getattr(self._shared, "conn", None) is not None else self.engine.connect()

    @contextmanager
    def _join(self) -> Iterator[sa.Connection]:
        yield self._shared.conn
