"""The delivery log: every post is recorded (with its content and the articles
it carries) before it goes out, claimed for a lease, and confirmed message by
message (bot/delivery.py walks these steps)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from .channels import write_cutoff
from .connection import Connections
from .schema import deliveries, delivery_items


class DeliveryStore(Connections):
    def create_delivery(
        self,
        *,
        key: str,
        channel: str,
        kind: str,
        payload: str,
        article_ids: Sequence[int],
        now: datetime,
        cutoff: datetime | None = None,
    ) -> int | None:
        """Record a delivery before it is posted: its content, the articles it
        carries and (for a digest) the channel's new cutoff, in one transaction.
        None when the key exists or an article already reached the channel:
        another process (or an earlier run) has it."""
        try:
            with self._begin() as conn:
                delivery_id = conn.execute(
                    deliveries.insert().values(
                        key=key, channel=channel, kind=kind, status="pending", payload=payload,
                        created_at=now, next_attempt_at=now,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]  # fmt: skip
                if article_ids:
                    conn.execute(
                        delivery_items.insert(),
                        [
                            dict(delivery_id=delivery_id, channel=channel, article_id=i)
                            for i in sorted(set(article_ids))
                        ],
                    )
                if cutoff is not None:
                    write_cutoff(conn, channel, last_digest_at=now, cutoff=cutoff)
                return delivery_id
        except sa.exc.IntegrityError:
            return None

    def claim_delivery(self, delivery_id: int, *, instance: str, now: datetime, lease: timedelta) -> dict | None:
        """Take a pending delivery for ``lease``; None if another live process has it."""
        with self._begin() as conn:
            taken = conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id, deliveries.c.status == "pending")
                .where(sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
                .values(claimed_by=instance, lease_until=now + lease)
            ).rowcount
            if not taken:
                return None
            row = conn.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).one()
            return dict(row._mapping)

    def due_deliveries(self, now: datetime, limit: int = 50) -> list[int]:
        """Pending deliveries whose next attempt is due and which no live process holds."""
        query = (
            sa.select(deliveries.c.id)
            .where(deliveries.c.status == "pending", deliveries.c.next_attempt_at <= now)
            .where(sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
            .order_by(deliveries.c.id)
            .limit(limit)
        )
        with self._connect() as conn:
            return [r.id for r in conn.execute(query)]

    def delivery_part_sent(self, delivery_id: int, message_ids: Sequence[str]) -> None:
        with self._begin() as conn:
            conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id)
                .values(message_ids=json.dumps(list(message_ids)))
            )

    def delivery_done(self, delivery_id: int, *, now: datetime, message_ids: Sequence[str]) -> None:
        with self._begin() as conn:
            conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id)
                .values(
                    status="posted",
                    posted_at=now,
                    message_ids=json.dumps(list(message_ids)),
                    claimed_by=None,
                    lease_until=None,
                    last_error="",
                )  # fmt: skip
            )

    def delivery_failed(self, delivery_id: int, *, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; ``retry_at`` None drops it for good (its channel is gone)."""
        with self._begin() as conn:
            conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id)
                .values(
                    attempts=deliveries.c.attempts + 1,
                    last_error=error[:1000],
                    claimed_by=None,
                    lease_until=None,
                    status="pending" if retry_at else "dropped",
                    next_attempt_at=retry_at or sa.func.now(),
                )  # fmt: skip
            )

    def delivery(self, key: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute(sa.select(deliveries).where(deliveries.c.key == key)).first()
            return dict(row._mapping) if row else None

    def deliveries_of(self, channel: str | None = None) -> list[dict]:
        query = sa.select(deliveries).order_by(deliveries.c.id)
        if channel is not None:
            query = query.where(deliveries.c.channel == channel)
        with self._connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def pending_digests(self, channel: str) -> list[dict]:
        """The channel's digests that were recorded but not delivered yet, oldest first."""
        query = (
            sa.select(deliveries)
            .where(deliveries.c.channel == channel, deliveries.c.kind == "digest", deliveries.c.status == "pending")
            .order_by(deliveries.c.id)
        )
        with self._connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def undelivered(self) -> tuple[int, str]:
        """(how many deliveries wait for a retry, the last error among them)."""
        with self._connect() as conn:
            count = conn.execute(
                sa.select(sa.func.count()).select_from(deliveries).where(deliveries.c.status == "pending")
            ).scalar_one()
            last = conn.execute(
                sa.select(deliveries.c.last_error)
                .where(deliveries.c.status == "pending", deliveries.c.last_error != "")
                .order_by(deliveries.c.id.desc())
                .limit(1)
            ).scalar()
        return count, last or ""

    def delivered_ids(self, channel: str, article_ids: Sequence[int]) -> set[int]:
        """Which of these articles already reached (or are on their way to) the channel."""
        found: set[int] = set()
        ids = list(article_ids)
        with self._connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    sa.select(delivery_items.c.article_id).where(
                        delivery_items.c.channel == channel, delivery_items.c.article_id.in_(ids[start : start + 500])
                    )
                )
                found.update(r.article_id for r in rows)
        return found
