"""Article text when the feed has only a teaser: fetched from a local server, lede extracted."""

import io
from pathlib import Path

import pytest

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.config import settings_from_dict
from bot.extract import extract_text, lede
from tests.builders import T0
from tests.fakes.feed_server import status

PAGES = Path(__file__).parent / "data" / "pages"
CLUTTER = ["We use cookies", "Accept all", "Share on", "Deutsch", "Privacy policy", "newsletter", "Subscribe", "Related stories",
           "Cookies", "Alle akzeptieren", "Teilen", "Impressum", "Startseite"]  # fmt: skip


@pytest.mark.parametrize("name", ["article.html", "cookie-wall.html"])
def test_lede_comes_from_the_article_not_the_clutter(name):
    html = (PAGES / name).read_bytes()
    text = extract_text(html)
    for junk in CLUTTER:
        assert junk not in text, junk
    excerpt = lede(html, url="https://x.example/a", title="", limit=300)
    assert 100 < len(excerpt) <= 300


def test_the_english_lede():
    excerpt = lede(
        (PAGES / "article.html").read_bytes(), url="", title="Halvard SecureGate flaw exploited in attacks", limit=300
    )
    assert excerpt.startswith("Halvard Systems has confirmed that attackers are exploiting CVE-2026-41873")


def feed_with_teasers(server) -> bytes:
    items = [
        ("p1", "Halvard SecureGate flaw exploited in attacks", server.url("/story.html")),
        ("p2", "Lighthouse DB 4.2.3 behebt Authentifizierungslücke", server.url("/de.html")),
        ("p3", "A page that is gone", server.url("/gone.html")),
    ]
    body = "".join(
        f"<item><guid>{uid}</guid><title>{title}</title><link>{link}</link><description>Read more…</description>"
        f"<pubDate>Thu, 26 Nov 2026 09:00:00 GMT</pubDate></item>"
        for uid, title, link in items
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{body}</channel></rss>".encode()


async def make_app(feeds, clock, database_url, **feed_options):
    clock.set(T0)
    feeds.serve("/story.html", (PAGES / "article.html").read_bytes(), content_type="text/html; charset=utf-8")
    feeds.serve("/de.html", (PAGES / "cookie-wall.html").read_bytes(), content_type="text/html; charset=utf-8")
    feeds.handle("/gone.html", status(404))
    feeds.serve("/feed.xml", feed_with_teasers(feeds))
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "polling": {"allow_private_networks": True},  # the article pages are on 127.0.0.1 here
        "feeds": [{"name": "Teasers", "url": feeds.url("/feed.xml"), **feed_options}],
    })  # fmt: skip
    return Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={})


async def test_teaser_feeds_get_excerpts_from_the_page_once(feeds, clock, database_url):
    async with await make_app(feeds, clock, database_url) as app:
        await app.poll()
        await app.poller.backlog.read()  # (a first poll's teasers get their pages when it is read)
        by_uid = {s.article.uid: s.article for s in app.store.latest_articles(["Teasers"], 10)}
        assert by_uid["p1"].excerpt.startswith("Halvard Systems has confirmed")
        assert by_uid["p2"].excerpt.startswith("Die Entwickler der Datenbank Lighthouse DB")
        assert by_uid["p3"].excerpt == ""  # 404: the teaser stays ("Read more…" is no excerpt)
        clock.advance(hours=1)
        feeds.serve("/feed.xml", feed_with_teasers(feeds) + b" ")  # changed body: parsed again
        await app.poll()
    assert [len(feeds.hits(p)) for p in ("/story.html", "/de.html", "/gone.html")] == [1, 1, 1]  # cached, failures too


async def test_a_feed_can_switch_it_off(feeds, clock, database_url):
    async with await make_app(feeds, clock, database_url, fetch_articles=False) as app:
        await app.poll()
    assert feeds.hits("/story.html") == []
