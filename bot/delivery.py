"""Delivery you can trust: every post goes through the delivery log.

1. ``submit`` records the delivery (its content, the articles it carries and,
   for a digest, the channel's new cutoff) in one transaction, under a unique
   key. A second process, or a second run, gets nothing: the key exists.
2. ``send`` claims it for a lease, posts message by message through the
   channel's adapter and records each confirmed message before the next.
3. A failed post stays pending and is retried with backoff; after a crash the
   lease runs out and any process resumes it after the last confirmed message.

So after a crash at any point nothing is lost and nothing is posted twice,
except the one message whose post was in flight when the process died: the
platform may have shown it, but its confirmation was never recorded, so it is
posted again. That is the only duplicate, and it is at most one message.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from .chat import DeliveryError, OnSent
from .clock import Clock
from .config import AlertSettings, ChannelSettings
from .humanize import relative_time
from .models import Digest, digest_from_dict, digest_to_dict
from .store.database import AsyncStore

if TYPE_CHECKING:
    from .catalog import AsyncCatalog
    from .pollreport import FeedOutcome

log = logging.getLogger("tidings.delivery")

RETRY_FIRST = 60.0  # seconds before the first retry of a failed post
RETRY_MAX = 1800.0  # the longest wait between retries
RETRY_REFUSED = 3600.0  # a target that refuses posts (missing channel/permission) is retried hourly


def instance_id() -> str:
    """This process, for claims: host, pid and a random part (pids get reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Post(Protocol):
    """Posts a digest through the channel's adapter (``Tidings.deliver``); raises DeliveryError."""

    async def __call__(
        self, channel: ChannelSettings, digest: Digest, *, sent: Sequence[str] = (), on_sent: OnSent | None = None
    ) -> list[str]: ...


class Deliverer:
    def __init__(
        self, *, store: AsyncStore, catalog: AsyncCatalog, clock: Clock, alerts: AlertSettings, lease: timedelta,
        post: Post, instance: str | None = None,
        on_posted: Callable[[ChannelSettings, str], None] = lambda channel, outcome: None,
    ):  # fmt: skip
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.alerts = alerts
        self.lease = lease
        self.post = post
        self.instance = instance or instance_id()
        self.on_posted = on_posted  # each post's outcome ("ok", "failed", "refused"): the metrics count them

    async def submit(
        self,
        channel: str,
        digest: Digest,
        *,
        kind: str,
        key: str,
        article_ids: Sequence[int] = (),
        cutoff: datetime | None = None,
    ) -> bool:
        """Record, then post. False when someone else has this delivery already.
        Raises DeliveryError when the post failed (it stays pending and is retried)."""
        payload = json.dumps(digest_to_dict(digest), ensure_ascii=False)
        delivery_id = await self.store.create_delivery(
            key=key, channel=channel, kind=kind, payload=payload, article_ids=article_ids, now=self.clock.now(), cutoff=cutoff,
        )  # fmt: skip
        if delivery_id is None:
            log.info("channel %r: %s %s is already recorded; not posting it again", channel, kind, key)
            return False
        await self.send(delivery_id)
        return True

    async def send(self, delivery_id: int) -> bool:
        """Post a recorded delivery, resuming after its confirmed messages.
        False if another process holds it. Raises DeliveryError on failure."""
        store = self.store
        row = await store.claim_delivery(delivery_id, instance=self.instance, now=self.clock.now(), lease=self.lease)
        if row is None:
            return False
        channel = await self.catalog.channel(row["channel"])
        if channel is None:
            await store.delivery_failed(delivery_id, error="the channel is no longer configured", retry_at=None)
            log.warning("delivery %s dropped: channel %r is no longer configured", row["key"], row["channel"])
            return False
        digest = digest_from_dict(json.loads(row["payload"]))
        sent = list(json.loads(row["message_ids"]))

        async def confirmed(index: int, message_id: str) -> None:
            sent[index:] = [message_id]
            await store.delivery_part_sent(delivery_id, list(sent))

        try:
            ids = await self.post(channel, digest, sent=tuple(sent), on_sent=confirmed)
        except DeliveryError as exc:
            self.on_posted(channel, "refused" if exc.permanent else "failed")
            attempts = row["attempts"] + 1
            wait = RETRY_REFUSED if exc.permanent else min(RETRY_MAX, RETRY_FIRST * 2 ** (attempts - 1))
            retry_at = self.clock.now() + timedelta(seconds=wait)
            await store.delivery_failed(delivery_id, error=str(exc), retry_at=retry_at)
            if exc.permanent:
                await self.refused(channel.name, str(exc))
            raise
        await store.delivery_done(delivery_id, now=self.clock.now(), message_ids=ids)
        self.on_posted(channel, "ok")
        if row["kind"] != "admin":
            await self.accepted(channel.name)
        return True

    async def resume(self) -> int:
        """Post every due pending delivery (failed earlier, or left by a crash); returns how many went out."""
        done = 0
        for delivery_id in await self.store.due_deliveries(self.clock.now()):
            try:
                done += await self.send(delivery_id)
            except DeliveryError as exc:
                log.warning("a pending delivery failed again: %s", exc)
        return done

    # --- telling the admin ---------------------------------------------------------

    async def alert(self, key: str, text: str) -> None:
        """Post an admin alert once (the key makes it once, across restarts and processes)."""
        target = self.alerts.channel
        log.warning("alert: %s", text)
        if not target:
            return
        now = self.clock.now()
        digest = Digest(channel=target, title="Tidings alert", generated_at=now, groups=(), note=text)
        try:
            await self.submit(target, digest, kind="admin", key=key)
        except DeliveryError as exc:
            log.error("the alert could not be posted to #%s: %s", target, exc)

    async def refused(self, channel: str, error: str) -> None:
        """A chat target refuses posts: tell the admin once per episode."""
        since, _ = await self.store.refused(channel)
        if since is not None:
            return
        since = self.clock.now()
        await self.store.set_refused(channel, since=since, error=error)
        if channel != self.alerts.channel:  # never alert into the channel that refuses
            await self.alert(f"admin:refused:{channel}:{since.isoformat()}", f"#{channel} refuses posts: {error}")

    async def accepted(self, channel: str) -> None:
        since, _ = await self.store.refused(channel)
        if since is not None:
            await self.store.set_refused(channel, since=None, error=None)
            log.info(
                "channel %r accepts posts again (refused since %s)", channel, relative_time(since, self.clock.now())
            )

    async def after_poll(self, outcomes: Sequence[FeedOutcome]) -> None:
        """A feed that failed N polls in a row is reported once; its recovery once."""
        threshold = self.alerts.feed_failures
        for o in outcomes:
            if o.status == "failed" and o.failures == threshold and o.failing_since is not None:
                await self.alert(
                    f"admin:feed-failing:{o.feed}:{o.failing_since.isoformat()}",
                    f"The feed “{o.feed}” has failed {o.failures} polls in a row "
                    f"(since {o.failing_since:%d %b %H:%M} UTC): {o.error}",
                )
            elif o.recovered_from is not None:
                failing_key = f"admin:feed-failing:{o.feed}:{o.recovered_from.isoformat()}"
                if await self.store.delivery(failing_key) is not None:
                    await self.alert(
                        f"admin:feed-recovered:{o.feed}:{o.recovered_from.isoformat()}",
                        f"The feed “{o.feed}” works again (it failed from {o.recovered_from:%d %b %H:%M} UTC).",
                    )
