"""Why an article is (or is not) in a channel's digest: feed, filters, window, cluster.

Answers `tidings explain --channel NAME URL` and `/news why <url>` with the
same reasoning the digest uses (digest.select), in a few plain sentences.
"""

from __future__ import annotations

import functools
from datetime import datetime

from .catalog import AsyncCatalog
from .clock import Clock
from .cluster import Cluster, find_cluster
from .config import ChannelSettings, DigestSettings
from .digest import (
    DigestRules,
    digest_size,
    digest_stories,
    first_digest_pool,
    passes,
    scheduled_times,
)
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
            f"Tidings has not stored an article with the link {canonical_url(url)}.",
            "Either its feed is not followed (see `feeds`), or it was published before the feed was added, "
            "or the feed links it under another address.",
        ]
    followed = await catalog.followed(channel)
    feeds = await catalog.feeds()
    rules = DigestRules.from_settings(feeds, settings)
    first_items = settings.first_digest_items
    now, cutoff, candidates = await store.digest_candidates(channel.name, followed, pool=first_digest_pool(first_items),
                                                             clock=clock)  # fmt: skip
    last_at, _ = await store.channel_state(channel.name)
    delivered = await store.delivered_ids(channel.name, [s.id for s in found])
    origins = await store.provenance([s.id for s in found]) if provenance else {}
    first = cutoff is None
    shown = digest_size(channel, first_items, first=first)
    stories = digest_stories(candidates, channel, rules, first=first, shown=shown)
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
        if stored.id in delivered and (first or stored.backfill):
            lines.append(f"{head}: already posted in #{channel.name}" + (
                ", in its first digest." if stored.backfill else
                " as it arrived (real time or a watchlist alert), so the digest does not repeat it."))  # fmt: skip
        elif first:
            lines += _in_next(head, stored, stories, shown, _when(channel, now), first=True)
        elif stored.backfill:
            lines.append(f"{head}: stored on its feed's first poll; only a channel's first digest takes such articles "
                         f"(the newest {digest_size(channel, first_items, first=True)} stories), and it was not among them: later digests have only "
                         "articles that arrive after their feed's first poll, so that a new feed never floods a channel.")  # fmt: skip
            continue
        elif cutoff is not None and stored.first_seen <= cutoff:
            lines.append(f"{head}: it arrived before the last digest ({relative_time(last_at or cutoff, now)}), "
                         "which covered it.")  # fmt: skip
        elif stored.id in delivered:
            lines.append(f"{head}: already posted in #{channel.name} as it arrived (real time or a watchlist "
                         "alert), so the digest does not repeat it.")  # fmt: skip
        else:
            lines += _in_next(head, stored, stories, shown, _when(channel, now), first=False)
        story_note = _cluster_note(stored, found)
        if story_note and story_note not in lines:
            lines.append(story_note)
    return lines


def _when(channel: ChannelSettings, now: datetime) -> str:
    upcoming = scheduled_times(channel, now, now.replace(year=now.year + 1))[:1]
    return upcoming[0].strftime("%a %d %b %H:%M %Z") if upcoming else "the next digest"


def _in_next(
    head: str, stored: StoredArticle, stories: list[Cluster], shown: int, when: str, *, first: bool
) -> list[str]:
    """Where the article stands in the channel's next digest (``stories``, of which it shows ``shown``)."""
    story = find_cluster(stories, functools.partial(_is_article, stored.id))
    lines = []
    if story is not None and story.lead.id != stored.id:
        lines.append(f"{head}: it is part of a story led by “{story.lead.article.title}” from "
                     f"{story.lead.feed}, shown once ({story.reason}).")  # fmt: skip
    if story is None:
        if first:  # older than the newest articles a first digest picks from
            lines.append(f"{head}: this channel's first digest shows only the newest {shown} stories, and this one "
                         "is older than those it picks from, so it is held back.")  # fmt: skip
        return lines
    position = stories.index(story) + 1
    if first and position <= shown:
        lines.append(f"{head}: it will be in this channel's first digest ({when}), story {position} of "
                     f"{len(stories)} (the first digest shows the newest {shown}).")  # fmt: skip
    elif first:
        lines.append(f"{head}: it is story {position} of {len(stories)}: the first digest shows only the newest "
                     f"{shown} and holds the older ones back, so that a new channel is not flooded.")  # fmt: skip
    elif position <= shown:
        lines.append(f"{head}: it will be in the next digest ({when}), story {position} of {len(stories)}.")
    else:
        lines.append(f"{head}: it is story {position} of {len(stories)}; the digest shows {shown} (each feed's "
                     "best story before any feed's second), so it will be counted in “…and N more”.")  # fmt: skip
    return lines


def _is_article(article_id: int, member: StoredArticle) -> bool:
    return member.id == article_id


def _cluster_note(stored, found) -> str:
    others = [s for s in found if s.id != stored.id and s.feed != stored.feed]
    if not others:
        return ""
    return "The same page also came from: " + ", ".join(sorted({s.feed for s in others})) + "."
