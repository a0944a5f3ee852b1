"""Small builders for plain test data."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from bot.config import ChannelSettings
from bot.digest import plan_digest
from bot.models import Article, Digest, StoredArticle

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def stored(n: int, *, feed: str = "Feed A", hours_ago: float | None = None, link: str | None = None,
           tags: tuple[str, ...] = (), backfill: bool = False, title: str | None = None) -> StoredArticle:  # fmt: skip
    published = T0 - timedelta(hours=hours_ago if hours_ago is not None else n)
    article = Article(
        uid=f"{feed}-{n}",
        link=link if link is not None else f"https://news.example/{feed.replace(' ', '-').lower()}/{n}",
        title=title or f"Story {n} from {feed}",
        excerpt=f"The lede of story {n}.",
        published=published,
        source=feed,
        tags=tags,
    )
    return StoredArticle(id=n, feed=feed, article=article, first_seen=published, backfill=backfill)


def channel(**overrides) -> ChannelSettings:
    values = dict(name="news", feeds=("Feed A",), schedule=("08:30",), timezone="Europe/Berlin", max_items=5)
    values.update(overrides)
    return ChannelSettings(**values)


def rss(items: list[tuple[str, str]], title="Example News") -> bytes:
    """items: (id, title), newest first; dates one hour apart before T0."""
    parts = []
    for n, (uid, headline) in enumerate(items):
        date = format_datetime(T0 - timedelta(hours=n + 1))
        parts.append(
            f"<item><guid>{uid}</guid><title>{headline}</title><link>https://news.example/{uid}?utm_source=rss</link>"
            f"<description>&lt;p&gt;The lede of {headline}. More text follows.&lt;/p&gt;</description>"
            f"<pubDate>{date}</pubDate></item>"
        )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>{''.join(parts)}</channel></rss>".encode()


def build_digest(*args, **kwargs) -> Digest:
    """plan_digest's digest, without the article ids."""
    return plan_digest(*args, **kwargs)[0]


async def poll_served(tmp_path, clock, urls: dict[str, str], limit: int = 1000):
    """One poll of feeds served on 127.0.0.1 (the ``feeds`` fixture) by a bot on SQLite in
    ``tmp_path`` (no parse workers, private addresses allowed, no article pages fetched),
    its first polls then read (bot/backlog.py): the poll's report, the stored articles
    (newest first) and their texts (leads)."""
    from bot.app import Tidings
    from bot.config import settings_from_dict

    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 'tidings.db'}"},
        "polling": {"parse_workers": 0, "allow_private_networks": True},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        report = await bot.poll(due_only=False)
        await bot.poller.backlog.read()  # (first polls are read when first needed: as a digest or search reads them)
        stored = await bot.db.latest_articles(list(urls), limit)
        leads = await bot.db.article_texts([s.id for s in stored])
    return report, stored, leads


SERVED_AT = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


async def poll_one(feeds, clock, tmp_path, name: str, body: str | bytes, *, content_type: str = "application/rss+xml",
                   limit: int = 100, now: datetime = SERVED_AT):  # fmt: skip
    """One document served as feed ``name`` on 127.0.0.1 (the ``feeds`` fixture), the clock
    set to ``now``, polled once: what ``poll_served`` returns."""
    clock.set(now)
    data = body.encode() if isinstance(body, str) else body
    url = feeds.serve(f"/{name}", data, content_type=content_type)
    return await poll_served(tmp_path, clock, {name: url}, limit)


def digest_summary(article: Article) -> str:
    """The digest's summary of one article, as the poller stores it (its lead segmented) and the digest reads it."""
    from dataclasses import replace

    from bot.cluster import Cluster
    from bot.sentences import sentences_of
    from bot.stories import Summaries

    [text] = sentences_of([article.lead or article.excerpt])
    note = stored(1, title=article.title)
    note = replace(note, article=replace(article, sentences=tuple(text.split("\n")) if text else ()))
    return Summaries("extractive", 3)(Cluster((note,), ""))


def excerpt(markup: str, title: str = "", limit: int = 300) -> str:
    """The excerpt of feed HTML as normalize makes it (html_blocks, then excerpt_with_notes)."""
    from bot.blocks import html_blocks
    from bot.excerpt import excerpt_with_notes

    return excerpt_with_notes(html_blocks(markup, title=title), limit, title).text


def read_entries(
    entries: list[dict[str, str]], *, site: str = "https://blog.example", now: datetime = T0
) -> list[Article]:
    """The articles read_feed makes of an RSS document of ``entries`` (each: "title", "link" (a path on ``site``),
    "text" (the description, in CDATA), optionally "date" (a pubDate)), as the poller reads it."""
    from bot.normalize import read_feed

    items = "".join(
        f"<item><title>{e['title']}</title><link>{site}{e['link']}</link>"
        + (f"<pubDate>{e['date']}</pubDate>" if "date" in e else "")
        + f"<description><![CDATA[{e['text']}]]></description></item>"
        for e in entries
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>'
    return list(read_feed(body.encode(), url=f"{site}/feed", source="f", now=now, excerpt_length=300).articles)


# Japanese posts a Hugo blog cuts into its .Summary (sk0-blog--index.xml in tests/data/unseen/set32 and alignof--
# blog_source.xml in /work/unseen42: made-up words in the same shape); each test adds a post of its own.
HUGO_POSTS = (
    "久しぶりにコンテストに参加した（といっても外出先からなので記録には残らない）．感覚が鈍っていて細かいところで時間を使い過ぎた反省点が多い回だった",
    "まだABC#201,202の記事を書けていないのが心残りである（#202はほぼ書けたけど#201のSushiの考察がまとまっていない状態で公開するのは気が引ける",
    "体調が悪くて参加は見送ったけれど後から解いてみると思ったより早く全完できたので出ておけばよかった（+50くらいだったらしい）．次回は必ず参加したいと思う",
    "日付を処理する部分が面倒に見えたが実際には標準ライブラリで十分だった．特にゼロ埋めの数字をscanfで読めるかが心配だったけれど問題なく動いたので安心した",
)


def hugo_feed(posts: list[str] | tuple[str, ...], words: int = 70) -> tuple[list[str], list[Article]]:
    """Each post cut as Hugo cuts a .Summary (its first ``words`` words, feedcuts.rune_words: entities as written),
    and the articles read_feed makes of an RSS document of those summaries ("Post 0", "Post 1", …, escaped)."""
    from bot.feedcuts import rune_words
    from bot.normalize import read_feed

    summaries = []
    for text in posts:
        while rune_words(text) > words:
            text = text[:-1]
        summaries.append(text)
    items = "".join(
        f"<item><title>Post {n}</title><link>https://sk.example/{n}</link>"
        f"<description>{t.replace('&', '&amp;').replace('<', '&lt;')}</description></item>"
        for n, t in enumerate(summaries)
    )
    doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>B</title>{items}</channel></rss>"
    feed = read_feed(doc.encode(), url="https://sk.example/index.xml", source="B", now=T0, excerpt_length=300)
    return summaries, list(feed.articles)
