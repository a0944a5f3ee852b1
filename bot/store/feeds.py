"""Feeds: their rows (kept in step with the settings), poll state, and claims.

Several processes may share one database: a process claims due feeds for a
lease (``claim_due_feeds``); a claim whose process died expires.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from ..models import FeedState
from .connection import Connections
from .prepared import Prepared
from .schema import UTCDateTime, deliveries, feeds, insert_new

_FEED_FIELDS = (frozenset(FeedState.__dataclass_fields__) - {"name"}) | {"claimed_by", "lease_until"}


@functools.lru_cache(maxsize=256)
def _feed_update(
    keys: tuple[str, ...], fixed: tuple[tuple[str, int | None], ...] = (), same: tuple[tuple[str, str], ...] = ()
) -> sa.Update:
    """UPDATE feeds SET these fields WHERE name = :_name, built once per set of fields:
    ``keys`` bound row by row, ``fixed`` ones (field, NULL or a boolean or integer
    constant) written into the statement, ``same`` ones (field, other field) given the
    other's bound value."""
    values: dict[str, object] = {k: sa.bindparam("_" + k) for k in keys}
    for k, v in fixed:
        if v is None:
            values[k] = sa.null()
        elif isinstance(feeds.c[k].type, sa.Boolean):
            values[k] = sa.true() if v else sa.false()
        else:
            values[k] = sa.literal_column(str(v), feeds.c[k].type)
    for k, other in same:
        values[k] = sa.bindparam("_" + other)
    return feeds.update().where(feeds.c.name == sa.bindparam("_name")).values(values)


_CONSTANT_COLUMNS = frozenset(c.name for c in feeds.c if isinstance(c.type, sa.Integer | sa.Boolean))


def _shared_values(rows: Sequence[dict], keys: list[str]) -> tuple[tuple, tuple]:
    """What a run of updates (the same fields) need not bind row by row: the fields
    every row sets to NULL or to one same boolean or integer, and the fields that hold
    the very object another field holds in every row (a poll's ``now``, checked and
    succeeded). A warm cycle's update binds 6 values a row, not 13: SQLAlchemy's
    per-row parameter work was a third of the database thread's time (issue 18)."""
    first = rows[0]
    fixed, same = [], []
    for i, k in enumerate(keys):
        v = first[k]
        if v is None or (k in _CONSTANT_COLUMNS and type(v) in (bool, int)):
            if all(r[k] == v and (r[k] is None) == (v is None) for r in rows):
                fixed.append((k, v if v is None else int(v)))
            continue
        other = next((o for o in keys[:i] if first[o] is v), None)
        if other is not None and all(r[k] is r[other] for r in rows):
            same.append((k, other))
    return tuple(fixed), tuple(same)


# A feed's row as FeedState(*row), in every reader.
_FEED_STATE_COLUMNS = [feeds.c[name] for name in FeedState.__dataclass_fields__]

# The claim's statements: a poll cycle claims every few feeds. They read
# ix_feeds_due in order: never-polled feeds first (by id), then the longest
# overdue (an OR over both would sort every row at each claim). The index holds
# lease_until: the feeds in flight (leased, still due) are passed on the index alone.
_LEASE_FREE = sa.or_(feeds.c.lease_until.is_(None), feeds.c.lease_until < sa.bindparam("now", type_=UTCDateTime))
_FREE = (
    sa.select(feeds.c.id).where(feeds.c.active.is_(True), _LEASE_FREE).limit(sa.bindparam("limit", type_=sa.Integer))
    .with_for_update(skip_locked=True)
)  # fmt: skip
_CLAIM_NEVER = _FREE.where(feeds.c.next_check_at.is_(None)).order_by(feeds.c.id)
_CLAIM_OVERDUE = _FREE.where(feeds.c.next_check_at <= sa.bindparam("due_before", type_=UTCDateTime)).order_by(
    feeds.c.next_check_at
)
_CLAIM = (
    feeds.update()
    .where(feeds.c.id.in_(sa.bindparam("ids", expanding=True)), _LEASE_FREE)
    .values(claimed_by=sa.bindparam("instance"), lease_until=sa.bindparam("lease_until", type_=UTCDateTime))
)
_CLAIM_RETURNING = _CLAIM.returning(*_FEED_STATE_COLUMNS)
# Run as prepared SQL (bot/store/prepared.py): a warm cycle runs these a few thousand times.
_PREPARED_NEVER = Prepared(_CLAIM_NEVER)
_PREPARED_OVERDUE = Prepared(_CLAIM_OVERDUE)
_PREPARED_CLAIM = Prepared(_CLAIM_RETURNING, expanding="ids")
_CLAIMED = sa.select(*_FEED_STATE_COLUMNS).where(
    feeds.c.id.in_(sa.bindparam("ids", expanding=True)), feeds.c.claimed_by == sa.bindparam("instance")
)


_CHECKED = (
    feeds.update()
    .where(feeds.c.name.in_(sa.bindparam("names", expanding=True)))
    .values(
        last_checked_at=sa.bindparam("now", type_=UTCDateTime), last_success_at=sa.bindparam("now", type_=UTCDateTime),
        next_check_at=sa.bindparam("next", type_=UTCDateTime), failing_since=None, last_error=None, error_count=0,
        failed_body_hash=None, claimed_by=None, lease_until=None,
    )
)  # fmt: skip
_PREPARED_CHECKED = Prepared(_CHECKED, expanding="names")


_FEED_ROWS = sa.select(feeds.c.name, feeds.c.url, feeds.c.active)


class FeedStore(Connections):
    def sync_feeds(self, configured: Iterable[tuple[str, str]]) -> None:
        """Make sure every configured (name, url) has a row and is active, and
        every other row is not; a changed URL starts afresh."""
        wanted = dict(configured)
        with self._begin() as conn:
            # (name, url, active) tuples, unpacked: a poll cycle syncs every feed (issue 18)
            existing = {name: (url, active) for name, url, active in conn.execute(_FEED_ROWS)}
            new = [dict(name=name, url=url) for name, url in wanted.items() if name not in existing]
            if new:  # several processes may start at once: a row another one just added is left as it is
                conn.execute(insert_new(conn, feeds, "name"), new)
            for name, url in wanted.items():
                row = existing.get(name)
                if row is not None and row[0] != url:
                    conn.execute(
                        feeds.update()
                        .where(feeds.c.name == name)
                        .values(
                            url=url,
                            moved_to=None,
                            etag=None,
                            last_modified=None,
                            body_hash=None,
                            failed_body_hash=None,
                            entry_prints=None,
                            next_check_at=None,
                        )
                    )
            wake = [n for n, (_, active) in existing.items() if not active and n in wanted]
            sleep = [n for n, (_, active) in existing.items() if active and n not in wanted]
            for names, active in ((wake, True), (sleep, False)):
                for start in range(0, len(names), 500):
                    conn.execute(
                        feeds.update().where(feeds.c.name.in_(names[start : start + 500])).values(active=active)
                    )

    def feed_states(self, names: Sequence[str] | None = None) -> list[FeedState]:
        query = sa.select(*_FEED_STATE_COLUMNS).order_by(feeds.c.name)
        if names is not None:
            query = query.where(feeds.c.name.in_(list(names)))
        with self._connect() as conn:
            return [FeedState(*row) for row in conn.execute(query)]

    def feed_state(self, name: str) -> FeedState | None:
        states = self.feed_states([name])
        return states[0] if states else None

    def update_feed(self, name: str, **values) -> None:
        self.update_feeds([(name, values)])

    def update_feeds(self, changes: Sequence[tuple[str, dict]]) -> None:
        """Set fields of several feeds: (name, {field: value}) pairs, in one
        transaction; runs of pairs that set the same fields are one executemany."""
        for _, values in changes:
            unknown = set(values) - _FEED_FIELDS
            if unknown:
                raise TypeError(f"unknown feed fields: {sorted(unknown)}")
        with self._begin() as conn:
            start = 0
            while start < len(changes):
                keys = sorted(changes[start][1])
                end = start + 1
                while end < len(changes) and sorted(changes[end][1]) == keys:
                    end += 1
                if not keys:
                    start = end
                    continue
                fixed, same = _shared_values([values for _, values in changes[start:end]], keys)
                bound = tuple(k for k in keys if k not in {f for f, _ in fixed + same})
                conn.execute(_feed_update(bound, fixed, same), [{"_name": name, **{"_" + k: values[k] for k in bound}}
                                                                for name, values in changes[start:end]])  # fmt: skip
                start = end

    def feeds_checked(self, names: Sequence[str], *, now: datetime, wait: timedelta) -> None:
        """Feeds polled successfully with nothing to write but the poll itself (answered
        304, or the same body again, with the ETag and Last-Modified they had): checked
        and succeeded ``now``, due again after ``wait``, no error, claim given back. One
        statement for many feeds (a warm cycle writes every feed this way)."""
        with self._begin() as conn:
            for start in range(0, len(names), 500):
                _PREPARED_CHECKED.run(conn, {"names": names[start : start + 500], "now": now, "next": now + wait})

    def claim_due_feeds(
        self, due_before: datetime, now: datetime, *, instance: str, lease: timedelta, limit: int
    ) -> list[FeedState]:
        """Claim up to ``limit`` active feeds due by ``due_before`` that no other
        live process holds, for ``lease``. PostgreSQL skips rows another
        transaction is claiming (SKIP LOCKED); SQLite serialises writers anyway.
        Indexed: the cost does not grow with the number of feeds."""
        params = {"now": now, "due_before": due_before, "limit": limit}
        with self._begin() as conn:
            ids = [r[0] for r in _PREPARED_NEVER.rows(conn, params)]
            if len(ids) < limit:
                params["limit"] = limit - len(ids)
                ids += [r[0] for r in _PREPARED_OVERDUE.rows(conn, params)]
            if not ids:
                return []
            claim = {"ids": ids, "now": now, "instance": instance, "lease_until": now + lease}
            if conn.dialect.update_returning:
                return [FeedState(*row) for row in _PREPARED_CLAIM.rows(conn, claim)]
            conn.execute(_CLAIM, claim)
            rows = conn.execute(_CLAIMED, {"ids": ids, "instance": instance})
            return [FeedState(*row) for row in rows]

    def count_failing(self) -> int:
        """Active feeds whose last poll failed (for /metrics)."""
        query = (
            sa.select(sa.func.count())
            .select_from(feeds)
            .where(feeds.c.active.is_(True), feeds.c.failing_since.is_not(None))
        )
        with self._connect() as conn:
            return conn.execute(query).scalar_one()

    def count_due(self, now: datetime) -> int:
        query = (
            sa.select(sa.func.count())
            .select_from(feeds)
            .where(feeds.c.active.is_(True))
            .where(sa.or_(feeds.c.next_check_at.is_(None), feeds.c.next_check_at <= now))
        )
        with self._connect() as conn:
            return conn.execute(query).scalar_one()

    def release_claims(self, instance: str) -> None:
        """Give back what this process holds (on shutdown)."""
        with self._begin() as conn:
            conn.execute(feeds.update().where(feeds.c.claimed_by == instance).values(claimed_by=None, lease_until=None))
            conn.execute(
                deliveries.update().where(deliveries.c.claimed_by == instance).values(claimed_by=None, lease_until=None)
            )
