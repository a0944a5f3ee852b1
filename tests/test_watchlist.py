"""Watchlists: a matching new article is posted at once, with the one configured mention."""

import io

import pytest

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.config import ConfigError, settings_from_dict
from tests.builders import T0, rss


async def make(feeds, clock, database_url, **channel):
    clock.set(T0)
    feeds.serve("/sec.xml", rss([("a", "Quiet week")]))
    ch = {"name": "sec", "feeds": ["Sec"], "schedule": "08:00", "watchlist": ["SecureGate"],
          "watchlist_regex": [r"CVE-2026-4\d{4}"], "watchlist_mention": "S0SECTEAM", "exclude": ["sponsored"]}  # fmt: skip
    ch.update(channel)
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "Sec", "url": feeds.url("/sec.xml")}],
        "channels": [ch],
    })  # fmt: skip
    console = ConsoleAdapter(out=io.StringIO())
    return Tidings(settings, clock=clock, adapters={"console": console}, env={}), console


async def test_matching_new_articles_are_posted_at_once(feeds, clock, database_url):
    bot, console = await make(feeds, clock, database_url)
    async with bot:
        await bot.poll()  # the first poll is history: never an alert
        assert console.posted == []
        feeds.serve("/sec.xml", rss([
            ("d", "Sponsored: SecureGate webinar"),
            ("c", "Halvard SecureGate flaw exploited"),
            ("b", "Patch for CVE-2026-41873 released"),
            ("e", "Unrelated story"),
            ("a", "Quiet week"),
        ]))  # fmt: skip
        clock.advance(hours=1)
        await bot.poll()
        [(channel, alert)] = console.posted
        assert channel == "sec" and alert.alert and alert.mention == "S0SECTEAM"
        assert [i.title for i in alert.items] == [
            "Halvard SecureGate flaw exploited",
            "Patch for CVE-2026-41873 released",
        ]
        assert alert.title == "Watchlist: SecureGate, CVE-2026-4\\d{4}"
        assert "(notifying S0SECTEAM)" in console.out.getvalue()
        clock.advance(hours=1)
        feeds.serve("/sec.xml", rss([("c", "Halvard SecureGate flaw exploited"), ("a", "Quiet week")]) + b" ")
        await bot.poll()
        assert len(console.posted) == 1  # known articles never alert again
        # The scheduled digest does not repeat them; it has the rest.
        digest = await bot.preview_digest("sec")
        titles = [i.title for i in digest.items]
        assert "Halvard SecureGate flaw exploited" not in titles and "Unrelated story" in titles


async def test_no_watchlist_no_alert(feeds, clock, database_url):
    bot, console = await make(feeds, clock, database_url, watchlist=[], watchlist_regex=[])
    async with bot:
        await bot.poll()
        feeds.serve("/sec.xml", rss([("c", "Halvard SecureGate flaw exploited"), ("a", "Quiet week")]))
        clock.advance(hours=1)
        await bot.poll()
    assert console.posted == []


def test_bad_mention_is_a_config_error():
    with pytest.raises(ConfigError, match=r"channels\[0\] \(x\)\.watchlist_mention: expected a Slack user group"):
        settings_from_dict({"feeds": [{"name": "A", "url": "https://a.example/f"}],
                            "channels": [{"name": "x", "feeds": ["A"], "watchlist_mention": "@here"}]})  # fmt: skip
