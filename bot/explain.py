"""Why an article is (or is not) in a channel's digest: feed, filters, window, cluster.

Answers `tidings explain --channel NAME URL` and `/news why <url>` with the
same reasoning the digest uses (digest.select), in a few plain sentences.
"""

from __future__ import annotations

import functools

from .catalog import AsyncCatalog
from .clock import Clock
from .cluster import find_cluster
from .config import ChannelSettings, DigestSettings
from .digest import DigestRules, passes, scheduled_times, select
from .humanize import relative_time
from .models import StoredArticle
from .store.database import AsyncStore
from .urls import canonical_url


def link_variants(url: str) -> list[str]:
    link = canonical_url(url)
    if not link:
        return []
    variants = {link, link.rstrip("/"), link.rstrip("/") + "/"}
    if link.startswith("https://"):
        variants.add("http://" + link[len("https://") :])
    elif link.startswith("http://"):
        variants.add("https://" + link[len("http://") :])
    return sorted(variants)


async def explain(
    channel: ChannelSettings, url: str, *, store: AsyncStore, catalog: AsyncCatalog, clock: Clock,
    settings: DigestSettings, provenance: bool = False,
) -> list[str]:  # fmt: skip
    """Plain sentences; with ``provenance``, also where each article's date, text and
    link came from and what cleaning removed (``tidings explain``; chat answers stay short)."""
    variants = link_variants(url)
    if not variants:
        return [f"{url!r} is not a web link."]
    found = await store.articles_by_link(variants)
    if not found:
        return [
            f"Tidings has not stored an article with the link {variants[0]}.",
            "Either its feed is not followed (see `feeds`), or it was published before the feed was added, "
            "or the feed links it under another address.",
        ]
    followed = await catalog.followed(channel)
    feeds = await catalog.feeds()
    rules = DigestRules.from_settings(feeds, settings)
    now = clock.now()
    last_at, cutoff = await store.channel_state(channel.name)
    delivered = await store.delivered_ids(channel.name, [s.id for s in found])
    origins = await store.provenance([s.id for s in found]) if provenance else {}
    lines = []
    for stored in found:
        a = stored.article
        head = f"“{a.title}” from {stored.feed}, first seen {relative_time(stored.first_seen, now)}"
        if origins.get(stored.id):
            lines.append(f"{head}: where it came from: " + "; ".join(origins[stored.id]) + ".")
        if stored.feed not in followed:
            lines.append(f"{head}: not for #{channel.name}, which does not follow the feed {stored.feed}.")
            continue
        verdict = passes(stored, channel.compiled_filter(f"channel {channel.name}"), rules)
        if not verdict.passed:
            lines.append(f"{head}: left out, {verdict.reason}.")
            continue
        if verdict.reason != "no filter applies":
            lines.append(f"{head}: passes the filters, {verdict.reason}.")
        if stored.backfill:
            lines.append(f"{head}: stored on its feed's first poll, which is kept out of digests so that a new feed "
                         "never floods a channel (first digests show only the newest few).")  # fmt: skip
            continue
        if cutoff is not None and stored.first_seen <= cutoff:
            lines.append(f"{head}: it arrived before the last digest ({relative_time(last_at or cutoff, now)}), "
                         "which covered it.")  # fmt: skip
        elif stored.id in delivered:
            lines.append(f"{head}: already posted in #{channel.name} as it arrived (real time or a watchlist "
                         "alert), so the digest does not repeat it.")  # fmt: skip
        else:
            names = followed
            candidates = await store.articles_since(names, cutoff, now, undelivered_in=channel.name)
            stories = select(candidates, channel, rules)
            story = find_cluster(stories, functools.partial(_is_article, stored.id))
            position = stories.index(story) + 1 if story else 0
            upcoming = scheduled_times(channel, now, now.replace(year=now.year + 1))[:1]
            when = upcoming[0].strftime("%a %d %b %H:%M %Z") if upcoming else "the next digest"
            if story is not None and story.lead.id != stored.id:
                lines.append(f"{head}: it is part of a story led by “{story.lead.article.title}” from "
                             f"{story.lead.feed}, shown once ({story.reason}).")  # fmt: skip
            if position and position <= channel.max_items:
                lines.append(f"{head}: it will be in the next digest ({when}), story {position} of {len(stories)}.")
            elif position:
                lines.append(f"{head}: it is story {position} of {len(stories)}; the digest shows {channel.max_items}, "
                             "so it will be counted in “…and N more”.")  # fmt: skip
        story_note = _cluster_note(stored, found)
        if story_note and story_note not in lines:
            lines.append(story_note)
    return lines


def _is_article(article_id: int, member: StoredArticle) -> bool:
    return member.id == article_id


def _cluster_note(stored, found) -> str:
    others = [s for s in found if s.id != stored.id and s.feed != stored.feed]
    if not others:
        return ""
    return "The same page also came from: " + ", ".join(sorted({s.feed for s in others})) + "."
