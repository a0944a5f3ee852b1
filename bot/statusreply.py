"""`/news status` and `tidings status`: the bot's health in a few lines — feeds, archive,
first polls not read yet, each channel's last digest, undelivered posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .humanize import plural, relative_time, until
from .models import Reply

if TYPE_CHECKING:
    from .catalog import AsyncCatalog
    from .clock import Clock
    from .store.database import AsyncStore


async def status_reply(*, store: AsyncStore, catalog: AsyncCatalog, clock: Clock) -> Reply:
    """The status, as one reply: a line per failing feed and per channel."""
    now = clock.now()
    feeds = await catalog.feeds()
    names = {f.name for f in feeds}  # (every row, the catalog's kept: names bound one by one cost more)
    states = [s for s in await store.feed_states() if s.name in names]
    failing = [s for s in states if s.failing_since is not None]
    polled = {s.name for s in states if s.last_checked_at is not None}
    off = {f.name for f in feeds if not f.enabled}
    failing = [s for s in failing if s.name not in off]
    unpolled = sum(1 for f in feeds if f.name not in polled and f.name not in off)
    count = await store.count_articles()
    waiting = await store.backlog_feeds()
    ok = len(feeds) - len(off) - len(failing) - unpolled
    others = (f", {unpolled} not polled yet" if unpolled else "") + (f", {len(off)} disabled" if off else "")
    lines = [f"Feeds: {len(feeds)} ({ok} ok, {len(failing)} failing{others})",
             f"Archive: {plural(count, 'article')}"]  # fmt: skip
    if waiting:  # (bot/backlog.py: read in idle time, or by the first digest, search or story that needs them)
        lines.append(
            f"First polls not read yet: {plural(len(waiting), 'feed')}, "
            f"{plural(sum(e for _, e in waiting), 'entry', 'entries')} (read when first needed)"
        )
    for state in failing:  # every one: a long answer is cut by the platform's reply cap, with a count
        lines.append(f"⚠️ {state.name}: {state.last_error} (since {relative_time(state.failing_since or now, now)}, "
                     f"next try {until(state.next_check_at, now)})")  # fmt: skip
    for channel in await catalog.channels():
        last, _ = await store.channel_state(channel.name)
        refused_since, refused_error = await store.refused(channel.name)
        line = f"#{channel.name}: last digest {relative_time(last, now) if last else 'never'}"
        if refused_since is not None:
            line += f"; ⚠️ refuses posts since {relative_time(refused_since, now)}: {refused_error}"
        lines.append(line)
    undelivered, last_error = await store.undelivered()
    lines.append(f"Undelivered posts: {undelivered}" + (f" (last error: {last_error})" if last_error else ""))
    return Reply(text="Tidings status:", lines=tuple(lines))
