"""One story whole: `/news story <words>` and `tidings explain`.

The best search hit for the words is the way in; its story is what the
digest would make of the articles around it (the same clustering, over every
stored article within the clustering window either side of it). The answer:
the story's summary, every source with its headline and link, and why the
articles were grouped (bot/stories.py's grouping_lines).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime

from .catalog import AsyncCatalog
from .cluster import Cluster, find_cluster
from .digest import DigestRules
from .humanize import item_time
from .models import Reply, StoredArticle, to_item
from .store import SearchError
from .store.database import AsyncStore
from .stories import StorySummarizer, grouping_lines, stories_of, with_texts


async def find_story(words: Sequence[str], *, store: AsyncStore, catalog: AsyncCatalog, rules: DigestRules,
                     feed_names: Sequence[str] | None = None) -> Cluster | None:  # fmt: skip
    """The story of the best article matching ``words`` (SearchError for a bad query)."""
    found = await store.search(list(words), feed_names=feed_names, limit=1)
    if not found:
        return None
    return await story_of(found[0], store=store, catalog=catalog, rules=rules)


async def story_of(hit: StoredArticle, *, store: AsyncStore, catalog: AsyncCatalog, rules: DigestRules) -> Cluster:
    """The story an article belongs to, clustered as a digest would cluster it."""
    names = [f.name for f in await catalog.feeds()]
    seen = hit.first_seen
    around = await store.articles_since(names, seen - rules.window, seen + rules.window, include_backfill=True)
    stories = stories_of(
        around or [hit], window=rules.window, similarity=rules.similarity, aggregators=rules.aggregators
    )
    story = find_cluster(stories, functools.partial(_is, hit.id)) or Cluster((hit,), "")
    return with_texts(story, await store.article_texts([m.id for m in story.members]))


def _is(article_id: int, member: StoredArticle) -> bool:
    return member.id == article_id


def story_lines(story: Cluster, summarize: StorySummarizer, now: datetime, *, sources: bool = True) -> list[str]:
    """The story as plain lines: its summary, its sources (feed, headline, link, age;
    left out when the caller shows them as items) and why its articles are grouped."""
    lines = [f"Summary: {summarize(story)}"]
    if sources:
        lines.append(f"Sources ({len(story.members)}):")
        for m in story.members:
            a = m.article
            lines.append(f"  {m.feed}: “{a.title}” {a.link or '(no link)'} ({item_time(a.published, now, a.has_date)})")
    return lines + ["Why these are one story:"] + [f"  {line}" for line in grouping_lines(story)]


async def explain_story(url: str, *, store: AsyncStore, catalog: AsyncCatalog, rules: DigestRules,
                        now: datetime) -> list[str]:  # fmt: skip
    """`tidings explain URL`'s part about the story the article is in ([] when it is not stored)."""
    from .explain import link_variants

    found = await store.articles_by_link(link_variants(url))
    if not found:
        return []
    story = await story_of(found[0], store=store, catalog=catalog, rules=rules)
    return [f"The story “{story.lead.article.title}”:", *story_lines(story, rules.summarize, now)]


async def story_reply(words: Sequence[str], *, store: AsyncStore, catalog: AsyncCatalog, rules: DigestRules,
                      now: datetime) -> Reply:  # fmt: skip
    """`/news story <words>`: the summary and the grouping as lines, every article of the
    story as an item (a linked headline, its source and age), the lead first."""
    try:
        story = await find_story(words, store=store, catalog=catalog, rules=rules)
    except SearchError as exc:
        return Reply(text=f"{str(exc).capitalize()}. Usage: story <words>", error=True)
    if story is None:
        return Reply(text=f"No stored article matches {' '.join(words)}.")
    lines = story_lines(story, rules.summarize, now, sources=False)
    items = tuple(to_item(m) for m in story.members)
    return Reply(text=f"The story “{story.lead.article.title}”:", lines=tuple(lines), items=items)
