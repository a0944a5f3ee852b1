"""Feeds' backlogs: a first poll's document, kept until its articles are read and stored
(bot/backlog.py reads them; bot/skim.py makes them). Several processes may share the
database: a process reading a backlog claims it for a lease; a claim whose process died
expires, and the backlog is read again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from .connection import Connections
from .schema import feed_backlog, feeds


@dataclass(frozen=True, slots=True)
class Backlog:
    """One feed's first poll, to read: ``body`` is the document, zlib-compressed."""

    feed: str
    body: bytes
    url: str
    content_type: str
    polled_at: datetime
    entries: int


_FEED_ID = sa.select(feeds.c.id).where(feeds.c.name == sa.bindparam("name"))


class BacklogStore(Connections):
    def put_backlog(
        self, feed_name: str, body: bytes, *, url: str, content_type: str, polled_at: datetime, entries: int
    ) -> None:
        """Keep a feed's first poll to read later (replacing one kept before: a feed polled anew from its start)."""
        with self._begin() as conn:
            feed_id = conn.execute(_FEED_ID, {"name": feed_name}).scalar_one()
            conn.execute(feed_backlog.delete().where(feed_backlog.c.feed_id == feed_id))
            conn.execute(feed_backlog.insert().values(feed_id=feed_id, body=body, url=url, content_type=content_type,
                                                      polled_at=polled_at, entries=entries))  # fmt: skip

    def backlog_feeds(self, feed_names: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """(feed, entries) of the backlogs waiting to be read, claimed or not: of these feeds, or all."""
        query = sa.select(feeds.c.name, feed_backlog.c.entries).join(feeds, feeds.c.id == feed_backlog.c.feed_id)
        with self._connect() as conn:
            if feed_names is None:
                return [(n, e) for n, e in conn.execute(query.order_by(feeds.c.name))]
            found: list[tuple[str, int]] = []
            names = list(feed_names)
            for start in range(0, len(names), 500):  # stay under SQL parameter limits
                chunk = query.where(feeds.c.name.in_(names[start : start + 500]))
                found += [(n, e) for n, e in conn.execute(chunk)]
            return found

    def claim_backlog(self, feed_name: str, *, now: datetime, lease: timedelta) -> Backlog | None:
        """The feed's backlog, claimed until ``now + lease``; None when it has none or another process holds it."""
        with self._begin() as conn:
            feed_id = conn.execute(_FEED_ID, {"name": feed_name}).scalar()
            if feed_id is None:
                return None
            free = sa.or_(feed_backlog.c.lease_until.is_(None), feed_backlog.c.lease_until < now)
            claimed = conn.execute(
                feed_backlog.update().where(feed_backlog.c.feed_id == feed_id, free).values(lease_until=now + lease)
            ).rowcount
            if claimed != 1:
                return None
            row = conn.execute(
                sa.select(feed_backlog.c.body, feed_backlog.c.url, feed_backlog.c.content_type,
                          feed_backlog.c.polled_at, feed_backlog.c.entries).where(feed_backlog.c.feed_id == feed_id)
            ).one()  # fmt: skip
        return Backlog(feed_name, *row)

    def release_backlogs(self, feed_names: Sequence[str]) -> None:
        """Let go of these feeds' backlogs (a process that stops while reading them): others may read them now."""
        with self._begin() as conn:
            for start in range(0, len(feed_names), 500):  # stay under SQL parameter limits
                ids = sa.select(feeds.c.id).where(feeds.c.name.in_(feed_names[start : start + 500]))
                conn.execute(feed_backlog.update().where(feed_backlog.c.feed_id.in_(ids)).values(lease_until=None))

    def drop_backlog(self, feed_name: str) -> None:
        """Forget a feed's backlog (read and stored, or one that cannot be read)."""
        with self._begin() as conn:
            conn.execute(feed_backlog.delete().where(feed_backlog.c.feed_id == _FEED_ID.scalar_subquery()),
                         {"name": feed_name})  # fmt: skip
