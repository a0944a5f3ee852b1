"""A feed's first poll is skimmed and its document kept (bot/skim.py); it is read into
articles later (bot/backlog.py): in idle time, and first of all for whatever needs them —
a digest, a search, a story, explain, the feed's next changed document (issue 18)."""

import asyncio
import logging
import zlib
from datetime import timedelta

import pytest

from bot.app import Tidings
from bot.command_text import parse_command
from bot.config import settings_from_dict
from bot.normalize import read_feed
from bot.store import Store
from tests.builders import rss

STORIES = [(f"s{n}", f"Ransomware group {n} claims a new victim") for n in range(3)]


def _settings(database_url: str, urls: dict[str, str], **extra) -> object:
    return settings_from_dict({
        "storage": {"url": database_url},
        "polling": {"parse_workers": 0, "allow_private_networks": True},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url, "tags": [name.lower()]} for name, url in urls.items()],
        **extra,
    })  # fmt: skip


async def test_a_first_poll_keeps_its_document_and_reading_it_stores_what_a_poll_read(feeds, clock, database_url):
    body = rss(STORIES)
    url = feeds.serve("/a.xml", body)
    async with Tidings(_settings(database_url, {"A": url}), clock=clock, adapters={}, env={}) as bot:
        polled_at = clock.now()
        report = await bot.poll()
        assert (report.new_articles, report.backlog) == (0, 3)
        assert report.summary().endswith("0 new articles; 3 entries of first polls kept, read when first needed")
        assert await bot.db.latest_articles(["A"], 10) == []
        status = await bot.commands().handle(parse_command("status", platform="console"))
        assert "First polls not read yet: 1 feed, 3 entries (read when first needed)" in status.lines

        clock.advance(hours=2)
        assert await bot.poller.backlog.read() == 3
        stored = await bot.db.latest_articles(["A"], 10)
        assert await bot.db.backlog_feeds() == []
        assert await bot.poller.backlog.read() == 0  # read once

    # What a first poll read before (read_feed at the poll's time), history first seen at that poll.
    expected = read_feed(body, url=url, content_type="application/rss+xml", source="A", now=polled_at,
                         excerpt_length=bot.settings.digest.excerpt_length).articles  # fmt: skip
    assert sorted((s.article.uid, s.article.title, s.article.excerpt) for s in stored) == sorted(
        (a.uid, a.title, a.excerpt) for a in expected
    )
    assert all(s.backfill and s.first_seen == polled_at for s in stored)


async def test_a_digest_reads_its_feeds_first_polls_and_a_search_reads_every_feeds(feeds, clock, database_url):
    urls = {"A": feeds.serve("/a.xml", rss(STORIES)),
            "B": feeds.serve("/b.xml", rss([("b1", "Ransomware hits a hospital chain")]))}  # fmt: skip
    extra = {"channels": [{"name": "sec", "tags": ["a"]}]}
    async with Tidings(_settings(database_url, urls, **extra), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        digest = await bot.preview_digest("sec")  # the channel's first digest: its feeds' history
        assert sorted(i.title for i in digest.items) == sorted(t for _, t in STORIES)
        assert [name for name, _ in await bot.db.backlog_feeds()] == ["B"]  # (not the channel's)

        reply = await bot.commands().handle(parse_command("search hospital", platform="console"))
        assert [i.title for i in reply.items] == ["Ransomware hits a hospital chain"]
        assert await bot.db.backlog_feeds() == []


async def test_a_changed_document_after_an_unread_first_poll_posts_only_what_is_new(feeds, clock, database_url):
    """The first poll is read before the next document: an entry edited since is an
    update of history, not news; the entry added is the one new article."""
    url = feeds.serve("/a.xml", rss(STORIES))
    async with Tidings(_settings(database_url, {"A": url}), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        edited = [(STORIES[0][0], STORIES[0][1] + " (updated)"), *STORIES[1:]]
        feeds.serve("/a.xml", rss([("s9", "Patch now: a new zero-day"), *edited]))
        clock.advance(hours=2)
        report = await bot.poll(due_only=False)
        assert report.new_articles == 1 and report.backlog == 0
        (outcome,) = report.outcomes
        assert [a.title for a in outcome.new] == ["Patch now: a new zero-day"]
        stored = {s.article.uid: s for s in await bot.db.latest_articles(["A"], 10)}
    assert len(stored) == 4 and sum(not s.backfill for s in stored.values()) == 1
    assert [s.article.title for s in stored.values() if s.article.uid.endswith("s0")] == [edited[0][1]]


async def test_the_terminal_lookups_read_first_polls_before_answering(feeds, clock, tmp_path):
    """`tidings search` (bot/clibase.py lookups: the archive alone, no bot) starts a parse pool
    only when a first poll waits, and reads it before it searches."""
    from bot.clibase import lookups

    url = feeds.serve("/a.xml", rss(STORIES))
    settings = _settings(f"sqlite:///{tmp_path / 't.db'}", {"A": url})
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
    with lookups(settings) as commands:
        reply = await commands.handle(parse_command("search victim", platform="console"))
        assert len(reply.items) == 3
        assert await commands.store.backlog_feeds() == []


async def test_the_running_bot_reads_first_polls_in_the_background(feeds, clock, tmp_path):
    url = feeds.serve("/a.xml", rss(STORIES))
    settings = _settings(f"sqlite:///{tmp_path / 't.db'}", {"A": url}, channels=[{"name": "c", "tags": ["a"]}])
    async with Tidings(settings, clock=clock, env={}) as bot:
        stop = asyncio.Event()
        runner = asyncio.create_task(bot.run(stop))
        while bot.jobs.scheduler is None:  # noqa: ASYNC110 - the scheduler is made after the first poll
            await asyncio.sleep(0)
        await asyncio.wait_for(bot.poller.backlog.idle_done(), 30)
        assert len(await bot.db.latest_articles(["A"], 10)) == 3
        stop.set()
        await asyncio.wait_for(runner, 30)


async def test_a_first_poll_this_code_cannot_read_starts_the_feed_over_in_one_line(feeds, clock, database_url, caplog):
    """A kept document that does not read (an upgrade reads it differently, a bad disk): said in one line,
    and the feed's next document is read as a first poll again, so its entries stay history (never news)."""
    urls = {"A": feeds.serve("/a.xml", rss(STORIES)), "B": feeds.serve("/b.xml", rss([("b1", "Fine")]))}
    async with Tidings(_settings(database_url, urls), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        await bot.db.put_backlog("A", zlib.compress(b"<html>not a feed</html>"), url=urls["A"], content_type="",
                                 polled_at=clock.now(), entries=3)  # fmt: skip
        with caplog.at_level(logging.WARNING, logger="tidings"):
            assert await bot.poller.backlog.read() == 1
        assert await bot.db.backlog_feeds() == []
        assert [s.article.title for s in await bot.db.latest_articles(["A", "B"], 10)] == ["Fine"]
        feeds.serve("/a.xml", rss([("s9", "Patch now: a new zero-day"), *STORIES]))
        clock.advance(hours=2)
        report = await bot.poll(due_only=False)
        assert report.new_articles == 0 and report.backlog == 4  # (A: a first poll again)
        assert await bot.poller.backlog.read() == 4
        assert all(s.backfill for s in await bot.db.latest_articles(["A"], 10))
    (line,) = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.startswith("feed 'A': its first poll cannot be read (not a feed: ")
    assert line.endswith("); its next document is read as a first poll")
    assert "Traceback" not in caplog.text


async def test_a_reading_that_fails_is_let_go_and_read_again_and_history_never_comes_as_news(
    feeds, clock, database_url, caplog
):
    """A reading that fails for a while (the parse workers cannot start, a worker died): one line, the
    backlog kept and let go at once; the feed's next changed document then fails too (and is tried again),
    never reading its history as news; once the workers are back, both are read."""
    url = feeds.serve("/a.xml", rss(STORIES))
    async with Tidings(_settings(database_url, {"A": url}), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        parse, broken = bot.poller.backlog.parse, [True]

        async def flaky(fn, /, *args, **kwargs):
            if broken[0]:
                raise OSError("Resource temporarily unavailable")
            return await parse(fn, *args, **kwargs)

        bot.poller.backlog.parse = flaky
        with caplog.at_level(logging.WARNING, logger="tidings"):
            assert await bot.poller.backlog.read() == 0
            feeds.serve("/a.xml", rss([("s9", "Patch now: a new zero-day"), *STORIES]))
            clock.advance(hours=2)
            report = await bot.poll(due_only=False)
        assert [o.status for o in report.outcomes] == ["failed"] and report.new_articles == 0
        assert [name for name, _ in await bot.db.backlog_feeds()] == ["A"]
        assert await bot.db.latest_articles(["A"], 10) == []
        broken[0] = False
        clock.advance(hours=2)
        report = await bot.poll(due_only=False)
        (outcome,) = report.outcomes
        assert outcome.status == "ok" and [a.title for a in outcome.new] == ["Patch now: a new zero-day"]
        stored = await bot.db.latest_articles(["A"], 10)
    assert sorted(s.backfill for s in stored) == [False, True, True, True]
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert lines[0] == ("feed 'A': its first poll could not be read now (OSError: Resource temporarily unavailable); "
                        "it is read again later")  # fmt: skip
    assert "Traceback" not in caplog.text


async def test_a_digest_waits_for_a_first_poll_another_process_is_reading(feeds, clock, database_url):
    """A channel's first digest shows its feeds' history: one another process is reading is waited for."""
    url = feeds.serve("/a.xml", rss(STORIES))
    extra = {"channels": [{"name": "sec", "tags": ["a"]}]}
    async with Tidings(_settings(database_url, {"A": url}, **extra), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        bot.poller.backlog.held_poll = 0  # (it looks again at once: no real time passes in this test)
        other = Store(database_url)
        try:
            assert other.claim_backlog("A", now=clock.now(), lease=timedelta(minutes=10), instance="other")
            building = asyncio.ensure_future(bot.preview_digest("sec"))
            for _ in range(20):
                await asyncio.sleep(0)
            assert not building.done()
            other.release_backlogs("other")  # (it stopped: this process reads it)
            digest = await asyncio.wait_for(building, 30)
        finally:
            other.close()
    assert sorted(i.title for i in digest.items) == sorted(t for _, t in STORIES)


def test_a_backlog_is_read_by_one_process_at_a_time(database_url, clock):
    """Several processes on one database: a claimed backlog is another's only when its lease
    ended or it was let go (a process that stops while reading it); its own claim a process takes again."""
    first, second = Store(database_url), Store(database_url)
    try:
        first.sync_feeds([("A", "http://example.com/a.xml")])
        first.put_backlog("A", zlib.compress(b"<rss/>"), url="http://example.com/a.xml", content_type="",
                          polled_at=clock.now(), entries=1)  # fmt: skip
        lease = timedelta(minutes=10)
        assert first.claim_backlog("A", now=clock.now(), lease=lease, instance="one") is not None
        assert second.claim_backlog("A", now=clock.now(), lease=lease, instance="two") is None
        assert first.claim_backlog("A", now=clock.now(), lease=lease, instance="one") is not None
        assert second.claim_backlog("A", now=clock.now() + timedelta(minutes=11), lease=lease, instance="two")
        second.release_backlogs("one")  # (not its claim: nothing happens)
        assert first.claim_backlog("A", now=clock.now(), lease=lease, instance="one") is None
        second.release_backlogs("two", "A")
        claimed = first.claim_backlog("A", now=clock.now(), lease=lease, instance="one")
        assert claimed is not None and zlib.decompress(claimed.body) == b"<rss/>" and claimed.entries == 1
        assert second.backlog_feeds(["A", "B"]) == [("A", 1)]
        second.drop_backlog("A")
        assert first.backlog_feeds() == []
    finally:
        first.close()
        second.close()


async def test_a_changed_document_waits_only_until_a_dead_readers_claim_ends(feeds, clock, database_url):
    """A process that died while reading a feed's first poll holds it until its claim's lease ends: the
    feed's changed document is polled again then (not a minute later), and its news is posted."""
    url = feeds.serve("/a.xml", rss(STORIES))
    async with Tidings(_settings(database_url, {"A": url}), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        dead = Store(database_url)  # another process: it claims A's first poll, then dies (never lets go)
        try:
            clock.advance(hours=2)
            assert dead.claim_backlog("A", now=clock.now(), lease=timedelta(seconds=20), instance="dead")
        finally:
            dead.close()
        feeds.serve("/a.xml", rss([("s9", "Patch now: a new zero-day"), *STORIES]))
        report = await bot.poll(due_only=False)
        assert [o.status for o in report.outcomes] == ["deferred"]
        assert bot.store.feed_state("A").next_check_at == clock.now() + timedelta(seconds=20)
        clock.advance(seconds=21)
        report = await bot.poll()  # due when the claim ended: the first poll is read, then the news
        (outcome,) = report.outcomes
        assert outcome.status == "ok" and [a.title for a in outcome.new] == ["Patch now: a new zero-day"]


@pytest.mark.parametrize("entries", [0, 2])
def test_skimming_keeps_the_document_only_when_it_has_entries(entries, clock):
    from bot.skim import skim_feed

    body = rss([(f"e{n}", f"Entry {n}") for n in range(entries)], title="Example &amp; News")
    content = skim_feed(body, url="http://example.com/f.xml", source="F", now=clock.now(), excerpt_length=300)
    assert content.articles == [] and content.title == "Example & News" and content.backlog_entries == entries
    assert (zlib.decompress(content.backlog) == body) if entries else content.backlog == b""
    full = read_feed(body, url="http://example.com/f.xml", source="F", now=clock.now(), excerpt_length=300)
    assert content.entry_prints == full.entry_prints  # (the next poll tells the same entries apart)


async def test_a_changed_document_waits_while_another_process_reads_its_feeds_first_poll(feeds, clock, database_url):
    """Several processes on one database: the first poll's history must be stored before the
    next document is read (else history comes in as news, posted). While another process holds
    it, the document is left for a poll a minute later; nothing is lost."""
    url = feeds.serve("/a.xml", rss(STORIES))
    async with Tidings(_settings(database_url, {"A": url}), clock=clock, adapters={}, env={}) as bot:
        await bot.poll()
        other = Store(database_url)  # another process, reading A's first poll now
        try:
            clock.advance(hours=2)
            assert other.claim_backlog("A", now=clock.now(), lease=timedelta(minutes=10), instance="other")
            feeds.serve("/a.xml", rss([("s9", "Patch now: a new zero-day"), *STORIES]))
            report = await bot.poll(due_only=False)
            assert [o.status for o in report.outcomes] == ["deferred"] and report.new_articles == 0
            assert report.summary() == "1 feeds polled: 0 ok, 0 not modified, 0 failed, 1 deferred; 0 new articles"
            assert await bot.db.latest_articles(["A"], 10) == []
            other.release_backlogs("other")  # (it stopped; or it stored them)
        finally:
            other.close()
        clock.advance(minutes=1)
        report = await bot.poll()  # due again a minute later
        (outcome,) = report.outcomes
        assert outcome.status == "ok" and [a.title for a in outcome.new] == ["Patch now: a new zero-day"]
        stored = await bot.db.latest_articles(["A"], 10)
    assert sorted(s.backfill for s in stored) == [False, True, True, True]
