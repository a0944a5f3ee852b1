"""`tidings feeds list|add|remove` and feed autodiscovery, end to end through the
command (in a thread, so the test's local feed server answers), on SQLite and
PostgreSQL. Chat's `/news subscribe <url>` shares the same core (bot/feeds.py)."""

import asyncio
import json

import pytest

from bot.cli import main
from bot.store import Store
from tests.builders import rss

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Side</title><id>urn:x</id><updated>2026-11-27T10:00:00Z</updated>
<entry><id>urn:1</id><title>An Atom story</title><link href="https://news.example/a1"/>
<updated>2026-11-27T10:00:00Z</updated><summary>Some text.</summary></entry></feed>"""


def page(*links: str) -> str:
    head = "".join(links)
    return f"<!DOCTYPE html><html><head><title>A blog</title>{head}</head><body><p>Hello</p></body></html>"


async def cli(capsys, *args):
    code = await asyncio.to_thread(main, list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def settings_file(tmp_path, database_url, feeds):
    def make(*, private: bool = True):
        path = tmp_path / "settings.toml"
        feeds.serve("/conf.xml", rss([("c1", "Configured story")], title="Conf"))
        path.write_text(f"""
[storage]
url = "{database_url}"

[polling]
parse_workers = 0
allow_private_networks = {"true" if private else "false"}

[digest]
fetch_articles = false

[[feeds]]
name = "Conf"
url = "{feeds.url("/conf.xml")}"
tags = ["security"]

[[channels]]
name = "sec"
tags = ["security"]
""")
        return str(path)

    return make


async def test_add_list_and_remove(settings_file, feeds, capsys, database_url):
    config = settings_file()
    url = feeds.serve("/extra.xml", rss([("x1", "Extra story")], title="Extra Feed"))
    code, out, err = await cli(capsys, "feeds", "add", url, "--config", config, "--tag", "World", "--channel", "sec")
    assert code == 0, err
    assert out.splitlines() == [f"added “Extra Feed”: {url}", "#sec now follows it"]
    code, out, _ = await cli(capsys, "feeds", "add", url, "--config", config)
    assert code == 0 and out.strip() == f"“Extra Feed” is there already: {url}"

    code, out, _ = await cli(capsys, "feeds", "list", "--json", "--config", config)
    rows = {r["name"]: r for r in json.loads(out)["feeds"]}
    assert rows["Extra Feed"] == {"name": "Extra Feed", "url": url, "tags": ["world"], "source": "added",
                                  "status": "not polled yet", "last_error": ""}  # fmt: skip
    assert rows["Conf"]["source"] == "settings" and rows["Conf"]["tags"] == ["security"]
    code, out, _ = await cli(capsys, "feeds", "list", "--config", config)
    assert code == 0 and "Extra Feed [world] (added) — not polled yet" in out

    # Polled as any other feed, and its tag can be followed.
    code, out, _ = await cli(capsys, "poll", "--history", "--config", config)  # (first polls read now)
    assert code == 0 and "2 feeds polled: 2 ok" in out and "first polls read: 2 articles stored" in out
    store = Store(database_url)
    try:
        assert ("sec", "feed", "Extra Feed") in store.subscriptions()
    finally:
        store.close()

    code, out, err = await cli(capsys, "feeds", "remove", "extra feed", "--config", config)
    assert code == 0, err
    assert out.startswith("removed “Extra Feed”")
    code, out, _ = await cli(capsys, "feeds", "list", "--json", "--config", config)
    assert [r["name"] for r in json.loads(out)["feeds"]] == ["Conf"]
    store = Store(database_url)
    try:
        assert store.subscriptions() == []  # its subscription went with it
        assert store.count_articles() == 2  # the archive keeps what it stored
    finally:
        store.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["remove", "Conf"], "'Conf' is in {config}; remove it there"),
        (["remove", "Cnf"], "no feed named 'Cnf' (did you mean 'Conf'?)"),
        (["add", "http://a..b/feed"], "http://a..b/feed: invalid host name 'a..b': an empty part between dots"),
        (["add", "not a url"], "not a url is not an http:// or https:// URL"),
        (["add", "ftp://example.com/feed"], "ftp://example.com/feed is not an http:// or https:// URL"),
        (["add", "https://example.com/feed", "--name", "  "], "a feed's name must not be blank"),
        (["add", "{url}", "--channel", "nope"], "no channel named 'nope' (channels: sec)"),
        (["add", "{url}", "--name", "conf"], "there is a feed named 'conf' already; choose another name with --name"),
    ],
)
async def test_bad_input_is_one_line(settings_file, feeds, capsys, args, message):
    config = settings_file()
    url = feeds.serve("/extra.xml", rss([("x1", "Extra story")], title="Extra Feed"))
    args = [a.format(url=url) for a in args]
    code, out, err = await cli(capsys, "feeds", *args, "--config", config)
    assert (code, out) == (2, "")
    assert err == f"tidings: {message.format(config=config)}\n"


async def test_add_has_the_address_guard_of_chat(settings_file, feeds, capsys):
    config = settings_file(private=False)
    url = feeds.serve("/extra.xml", rss([("x1", "Extra story")], title="Extra Feed"))
    code, out, err = await cli(capsys, "feeds", "add", url, "--config", config)
    assert (code, out) == (2, "")
    assert err.startswith(f"tidings: Could not fetch {url}: refused: feed URLs from chat may not reach private")
    assert len(err.splitlines()) == 1 and not feeds.hits("/extra.xml")


async def test_not_a_feed_is_one_line(settings_file, feeds, capsys):
    config = settings_file()
    url = feeds.serve("/plain.html", page(), content_type="text/html")
    code, _, err = await cli(capsys, "feeds", "add", url, "--config", config)
    assert code == 2 and len(err.splitlines()) == 1
    assert "is not a feed: the URL returned an HTML page" in err and "the page names no feed" in err


# --- autodiscovery ------------------------------------------------------------------


async def test_a_web_page_leads_to_its_feed(settings_file, feeds, capsys):
    config = settings_file()
    feeds.serve("/blog/atom.xml", ATOM, content_type="application/atom+xml")
    url = feeds.serve("/blog/", page('<link rel="alternate" type="application/atom+xml" title="Posts" href="atom.xml">'),
                      content_type="text/html; charset=utf-8")  # fmt: skip
    code, out, err = await cli(capsys, "feeds", "add", url, "--config", config)
    assert code == 0, err
    feed = feeds.url("/blog/atom.xml")
    assert out.strip() == f"added “Atom Side”: {feed} (found the Atom feed {feed} on that page)"
    # The page again: the feed it names is there already.
    code, out, _ = await cli(capsys, "feeds", "add", url, "--config", config)
    assert out.strip() == f"“Atom Side” is there already: {feed} (found the Atom feed {feed} on that page)"


async def test_a_page_with_several_feeds_offers_the_list(settings_file, feeds, capsys):
    config = settings_file()
    url = feeds.serve("/news", page(
        '<link rel="alternate" type="application/rss+xml" title="All posts" href="/rss">',
        '<link rel="alternate" type="application/feed+json" title="All posts (JSON)" href="https://127.0.0.1/feed.json">',
        '<link rel="alternate" type="application/rss+xml" title="dup" href="/rss">',
        '<link rel="stylesheet" type="text/css" href="/style.css">',
        '<link rel="alternate" hreflang="de" href="/de/">',
    ), content_type="text/html")  # fmt: skip
    code, out, err = await cli(capsys, "feeds", "add", url, "--config", config)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"tidings: {url} offers 2 feeds; add one of them by its URL:",
        f"  All posts (RSS): {feeds.url('/rss')}",
        "  All posts (JSON) (JSON Feed): https://127.0.0.1/feed.json",
    ]
    code, out, _ = await cli(capsys, "feeds", "list", "--json", "--config", config)
    assert [r["name"] for r in json.loads(out)["feeds"]] == ["Conf"]  # nothing was added


async def test_chat_subscribe_finds_the_feed_of_a_page(feeds, clock, database_url):
    import io

    from adapters.console import ConsoleAdapter
    from bot.app import Tidings
    from bot.commands import parse_command
    from bot.config import settings_from_dict

    feeds.serve("/rss.xml", rss([("r1", "A story")], title="Blog RSS"))
    one = feeds.serve(
        "/one", page('<link rel="alternate" type="application/rss+xml" href="/rss.xml">'), content_type="text/html"
    )
    two = feeds.serve("/two", page('<link rel="alternate" type="application/rss+xml" href="/a.xml">',
                                   '<link rel="alternate" type="application/atom+xml" href="/b.xml">'), content_type="text/html")  # fmt: skip
    settings = settings_from_dict({
        "storage": {"url": database_url}, "polling": {"allow_private_networks": True, "parse_workers": 0},
        "feeds": [{"name": "Conf", "url": feeds.url("/rss.xml"), "tags": ["x"]}],
        "channels": [{"name": "news", "platform": "slack", "target": "C1", "tags": ["x"]}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={"console": ConsoleAdapter(out=io.StringIO())}, env={}) as app:

        async def ask(text):
            return await app.commands().handle(
                parse_command(text, platform="slack", channel="C1", user="U1", is_admin=True)
            )

        feeds.serve("/other.xml", rss([("o1", "Other")], title="Other Blog"))
        three = feeds.serve("/three", page('<link rel="alternate" type="application/rss+xml" href="/other.xml">'),
                            content_type="text/html")  # fmt: skip
        reply = await ask(f"subscribe {three}")
        assert reply.text == (f"Done: #news now follows the feed “Other Blog” (found the RSS feed {feeds.url('/other.xml')} "
                              "on that page). New items come in the next digest.")  # fmt: skip
        reply = await ask(f"subscribe {one}")  # names a feed of the settings file: that one, not a copy
        assert reply.text.startswith(
            f"Done: #news now follows the feed “Conf” (found the RSS feed {feeds.url('/rss.xml')}"
        )
        assert [f.name for f in await app.catalog.feeds()] == ["Conf", "Other Blog"]
        reply = await ask(f"subscribe {two}")
        assert not reply.error and reply.text == "That page offers 2 feeds; subscribe to one of them by its URL:"
        assert reply.lines == (f"RSS: {feeds.url('/a.xml')}", f"Atom: {feeds.url('/b.xml')}")
