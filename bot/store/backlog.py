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

    def claim_backlog(self, feed_name: str, *, now: datetime, lease: timedelta, instance: str) -> Backlog | None:
        """The feed's backlog, claimed by ``instance`` until ``now + lease``; None when it has none
        or another process holds it (a claim of this instance's own is taken again)."""
        with self._begin() as conn:
            feed_id = conn.execute(_FEED_ID, {"name": feed_name}).scalar()
            if feed_id is None:
                return None
            free = sa.or_(feed_backlog.c.lease_until.is_(None), feed_backlog.c.lease_until < now,
                          feed_backlog.c.claimed_by == instance)  # fmt: skip
            claimed = conn.execute(
                feed_backlog.update()
                .where(feed_backlog.c.feed_id == feed_id, free)
                .values(claimed_by=instance, lease_until=now + lease)
            ).rowcount
            if claimed != 1:
                return None
            row = conn.execute(
                sa.select(feed_backlog.c.body, feed_backlog.c.url, feed_backlog.c.content_type,
                          feed_backlog.c.polled_at, feed_backlog.c.entries).where(feed_backlog.c.feed_id == feed_id)
            ).one()  # fmt: skip
        return Backlog(feed_name, *row)

    def backlog_lease_until(self, feed_name: str) -> datetime | None:
        """When the claim on the feed's backlog ends (None: no backlog, or none holds it)."""
        query = sa.select(feed_backlog.c.lease_until).where(feed_backlog.c.feed_id == _FEED_ID.scalar_subquery())
        with self._connect() as conn:
            return conn.execute(query, {"name": feed_name}).scalar()

    def release_backlogs(self, instance: str, feed_name: str | None = None) -> None:
        """Let go of the backlogs ``instance`` holds (or of that one feed's): others may read them now
        (a process that stops while reading them, a reading that failed)."""
        mine = feed_backlog.c.claimed_by == instance
        if feed_name is not None:
            mine = sa.and_(mine, feed_backlog.c.feed_id == _FEED_ID.scalar_subquery())
        with self._begin() as conn:
            conn.execute(feed_backlog.update().where(mine).values(claimed_by=None, lease_until=None),
                         {"name": feed_name})  # fmt: skip

    def drop_backlog(self, feed_name: str, *, start_over: bool = False) -> None:
        """Forget a feed's backlog (read and stored). ``start_over``: one this code cannot read: the
        feed's next document is read as a first poll again (its entries history, never news)."""
        with self._begin() as conn:
            conn.execute(feed_backlog.delete().where(feed_backlog.c.feed_id == _FEED_ID.scalar_subquery()),
                         {"name": feed_name})  # fmt: skip
            if start_over:
                conn.execute(feeds.update().where(feeds.c.name == feed_name)
                             .values(polled_ok_once=False, entry_prints=None, body_hash=None, etag=None,
                                     last_modified=None))  # fmt: skip
