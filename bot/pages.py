"""Article text when the feed has none: fetch the page, extract its main text.

When a new article's excerpt is missing or only a teaser, the article page is
fetched with the same polite fetcher (timeouts, size cap, per-host limits) and
its main text extracted with trafilatura, which leaves out navigation, language
pickers, share buttons, cookie banners and footers. The excerpt then comes
from the article's lede. Each URL is fetched once (cached in the database).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from .clock import Clock
from .config import DigestSettings, FeedSettings
from .fetch import Fetcher
from .models import Article
from .store.database import AsyncStore
from .workers import EXTRACT_TEXT

log = logging.getLogger("tidings.pages")

MAX_PAGES_PER_POLL = 10  # per feed: a new feed of 50 teasers does not fetch 50 pages at once


def wants_page(article: Article, feed: FeedSettings, settings: DigestSettings) -> bool:
    enabled = settings.fetch_articles if feed.fetch_articles is None else feed.fetch_articles
    return enabled and bool(article.link) and len(article.excerpt) < settings.teaser_length


class PageReader:
    def __init__(
        self, store: AsyncStore, fetcher: Fetcher, clock: Clock, settings: DigestSettings,
        parse: Callable[..., Awaitable[Any]],
    ):  # fmt: skip
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        self.settings = settings
        self.parse = parse  # runs CPU-heavy work off the event loop (Poller.parse)

    async def enrich(self, feed: FeedSettings, new: Sequence[Article]) -> int:
        """Give teaser-only articles an excerpt from their page; returns how many got one."""
        wanted = [a for a in new if wants_page(a, feed, self.settings)][:MAX_PAGES_PER_POLL]
        if not wanted:
            return 0
        known = await self.store.known_pages([a.link for a in wanted])
        results = await asyncio.gather(*(self._one(feed, a) for a in wanted if a.link not in known))
        return sum(results)

    async def _one(self, feed: FeedSettings, article: Article) -> bool:
        # Article links are feed text: never let one point the fetcher at the private network.
        result = await self.fetcher.fetch(article.link, untrusted=True)
        now = self.clock.now()
        if result.status != "ok":
            log.info("feed %r: no article text for %s: %s", feed.name, article.link, result.error or result.status)
            await self.store.save_page(article.link, text="", error=result.error or result.status, now=now)
            return False
        try:
            text = await self.parse(EXTRACT_TEXT, result.body, result.final_url)
        except Exception as exc:  # a page the extractor cannot read is that page's problem only
            log.info("feed %r: cannot extract text from %s: %s", feed.name, article.link, exc)
            text = ""
        from .excerpt import make_excerpt  # (the cleaners: imported by the first page read, not at start-up)

        excerpt = make_excerpt(text, self.settings.excerpt_length, title=article.title)
        await self.store.save_page(article.link, text=text, error="" if text else "no main text found", now=now)
        if len(excerpt) > len(article.excerpt):
            await self.store.set_excerpt(feed.name, article.uid, excerpt)
            return True
        return False
