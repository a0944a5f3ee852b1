"""Delivery you can trust: the delivery log, real-time mode, alerts, several processes."""

import asyncio
import io
from datetime import timedelta

import pytest

from adapters.console import ConsoleAdapter
from bot.app import Tidings
from bot.chat import DeliveryError
from bot.commands import parse_command
from bot.config import settings_from_dict
from tests.builders import T0, rss
from tests.fakes.feed_server import status


class Recorder(ConsoleAdapter):
    """A chat target that posts one message per item and can fail on a given message."""

    def __init__(self):
        super().__init__(out=io.StringIO())
        self.messages: list[tuple[str, str]] = []  # (channel, item title)
        self.fail_at: int | None = None  # fail when posting this message index (once)
        self.refuse = False

    async def post(self, channel, digest, *, sent=(), on_sent=None):
        if self.refuse:
            raise DeliveryError(f"channel {channel.name}: not_in_channel", permanent=True)
        ids = list(sent)
        titles = [i.title for i in digest.items] or [digest.note or digest.title]
        for n, title in enumerate(titles):
            if n < len(sent):
                continue
            if self.fail_at == n:
                self.fail_at = None
                raise DeliveryError("chat API timed out")
            self.messages.append((channel.name, title))
            ids.append(f"m{len(self.messages)}")
            if on_sent:
                await on_sent(n, ids[-1])
        self.posted.append((channel.name, digest))
        return ids


def settings(database_url, feeds, channels, **extra):
    return settings_from_dict({
        "storage": {"url": database_url},
        "digest": {"fetch_articles": False},
        "feeds": feeds,
        "channels": channels,
        **extra,
    })  # fmt: skip


@pytest.fixture
async def make(clock):
    clock.set(T0)
    bots = []

    async def make(s, adapter=None):
        bot = Tidings(s, clock=clock, adapters={"console": adapter or Recorder()}, env={})
        await bot.__aenter__()
        bots.append(bot)
        return bot

    yield make
    for bot in bots:
        await bot.close()


def items(n, prefix="s"):
    return [(f"{prefix}{i}", f"Story {prefix}{i}") for i in range(n, 0, -1)]


async def test_realtime_posts_at_most_n_per_poll_and_the_rest_roll_into_the_digest(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss([("old", "Old")]))
    bot = await make(settings(database_url, [{"name": "F", "url": url}],
                              [{"name": "live", "feeds": ["F"], "realtime": True, "realtime_max": 2}]))  # fmt: skip
    recorder = bot.adapters["console"]
    await bot.poll()
    assert recorder.messages == []  # the first poll is history
    await bot.post_digest("live")  # the first digest (the newest few)
    feeds.serve("/f.xml", rss([*items(5), ("old", "Old")]))
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    assert [t for _, t in recorder.messages] == ["Old", "Story s5", "Story s4"]
    assert recorder.posted[-1][1].more == 3  # "…and 3 more", in the next digest
    [why] = await bot.explain(bot.settings.channel("live"), "https://news.example/s5")
    assert "already posted in #live as it arrived" in why
    [why] = await bot.explain(bot.settings.channel("live"), "https://news.example/s1")
    assert "already posted" not in why and "next digest" in why
    digest = await bot.post_digest("live")
    assert sorted(i.title for i in digest.items) == ["Story s1", "Story s2", "Story s3"]


async def test_channels_mix_realtime_tags_and_a_digest(feeds, clock, make, database_url):
    adv = feeds.serve("/adv.xml", rss([("a0", "Old advisory")]))
    news = feeds.serve("/news.xml", rss([("n0", "Old news")]))
    bot = await make(settings(database_url,
                              [{"name": "Advisories", "url": adv, "tags": ["advisories", "security"]},
                               {"name": "News", "url": news, "tags": ["security"]}],
                              [{"name": "sec", "tags": ["security"], "realtime": True, "realtime_tags": ["advisories"]}]))  # fmt: skip
    recorder = bot.adapters["console"]
    await bot.poll()
    await bot.post_digest("sec")
    recorder.messages.clear()
    feeds.serve("/adv.xml", rss([("a1", "New advisory"), ("a0", "Old advisory")]))
    feeds.serve("/news.xml", rss([("n1", "New news"), ("n0", "Old news")]))
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    assert [t for _, t in recorder.messages] == ["New advisory"]
    digest = await bot.post_digest("sec")
    assert [i.title for i in digest.items] == ["New news"]


async def test_an_updated_item_is_not_posted_again(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss([("x", "Old")]))
    bot = await make(settings(database_url, [{"name": "F", "url": url}],
                              [{"name": "live", "feeds": ["F"], "realtime": True}]))  # fmt: skip
    recorder = bot.adapters["console"]
    await bot.poll()
    await bot.post_digest("live")
    recorder.messages.clear()
    feeds.serve("/f.xml", rss([("n", "Brand new"), ("x", "Old")]))
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    feeds.serve("/f.xml", rss([("n", "Brand new, corrected headline"), ("x", "Old")]))
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    assert [t for _, t in recorder.messages] == ["Brand new"]
    assert await bot.post_digest("live") is None


async def test_an_interrupted_post_resumes_after_the_last_confirmed_message(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss(items(4)))
    bot = await make(settings(database_url, [{"name": "F", "url": url}],
                              [{"name": "news", "feeds": ["F"]}], digest={"first_digest_items": 4, "fetch_articles": False}))  # fmt: skip
    recorder = bot.adapters["console"]
    recorder.fail_at = 2
    await bot.poll()
    with pytest.raises(DeliveryError, match="timed out"):
        await bot.post_digest("news")
    assert len(recorder.messages) == 2
    clock.advance(minutes=5)
    assert await bot.deliverer.resume() == 1
    titles = [t for _, t in recorder.messages]
    assert titles == ["Story s4", "Story s3", "Story s2", "Story s1"]  # each exactly once, in order
    [row] = bot.store.deliveries_of("news")
    assert row["status"] == "posted" and row["message_ids"] == '["m1", "m2", "m3", "m4"]'


async def test_two_processes_never_post_the_same_digest(feeds, clock, make, database_url):
    """Two apps on one database (SQLite, and PostgreSQL when configured) poll and post
    the same slot at the same time: their database calls run on their own threads and
    connections, so the claim and the delivery record really race."""
    url = feeds.serve("/f.xml", rss(items(3)))
    s = settings(database_url, [{"name": "F", "url": url}], [{"name": "news", "feeds": ["F"], "schedule": "08:30"}])
    one, two = await make(s), await make(s)
    reports = await asyncio.gather(one.poll(), two.poll())
    assert sorted(r.count("ok") for r in reports) == [0, 1]  # one claimed and polled it; the other skipped it
    assert len(feeds.hits("/f.xml")) == 1
    slot = T0.replace(hour=7, minute=30)
    posted = await asyncio.gather(one.post_digest("news", slot=slot), two.post_digest("news", slot=slot))
    assert sum(d is not None for d in posted) == 1
    assert len(one.adapters["console"].messages) + len(two.adapters["console"].messages) == 3
    assert [row["status"] for row in one.store.deliveries_of("news")] == ["posted"]


async def test_feed_claims_expire_when_a_process_dies(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss(items(1)))
    s = settings(database_url, [{"name": "F", "url": url}], [{"name": "news", "feeds": ["F"]}],
                 polling={"lease": "5m"})  # fmt: skip
    one, two = await make(s), await make(s)
    await one.db.sync_feeds([("F", url)])
    claimed = one.store.claim_due_feeds(
        clock.now(), clock.now(), instance="dead-process", lease=timedelta(minutes=5), limit=10
    )
    assert [f.name for f in claimed] == ["F"]
    assert (await two.poll()).outcomes == []  # held by the (dead) process
    clock.advance(minutes=6)
    assert (await two.poll()).count("ok") == 1  # the lease ran out


async def test_a_failing_feed_is_reported_once_and_its_recovery_once(feeds, clock, make, database_url):
    url = feeds.handle("/bad.xml", status(500))
    bot = await make(settings(database_url, [{"name": "Bad", "url": url}],
                              [{"name": "news", "feeds": ["Bad"]}, {"name": "ops", "feeds": []}],
                              alerts={"channel": "ops", "feed_failures": 3}))  # fmt: skip
    recorder = bot.adapters["console"]
    for _ in range(6):
        state = bot.store.feed_state("Bad")
        if state is not None:
            clock.set(state.next_check_at)
        await bot.poll()
    alerts = [t for c, t in recorder.messages if c == "ops"]
    assert len(alerts) == 1 and alerts[0].startswith("The feed “Bad” has failed 3 polls in a row")
    assert "HTTP 500" in alerts[0]
    feeds.serve("/bad.xml", rss(items(1)))
    clock.set(bot.store.feed_state("Bad").next_check_at)
    await bot.poll()
    clock.advance(days=1)
    await bot.poll()
    alerts = [t for c, t in recorder.messages if c == "ops"]
    assert len(alerts) == 2 and alerts[1].startswith("The feed “Bad” works again")


async def test_a_refusing_chat_target_is_reported_once(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss(items(2)))
    s = settings(database_url, [{"name": "F", "url": url}],
                 [{"name": "news", "feeds": ["F"]}, {"name": "ops", "feeds": []}], alerts={"channel": "ops"})  # fmt: skip

    class RefusesNews(Recorder):
        async def post(self, channel, digest, **kwargs):
            self.refuse = channel.name == "news"
            return await super().post(channel, digest, **kwargs)

    bot = await make(s, RefusesNews())
    recorder = bot.adapters["console"]
    await bot.poll()
    with pytest.raises(DeliveryError):
        await bot.post_digest("news")
    clock.advance(hours=2)
    await bot.deliverer.resume()
    alerts = [t for c, t in recorder.messages if c == "ops"]
    assert alerts == ["#news refuses posts: channel news: not_in_channel"]
    reply = await bot.commands().handle(parse_command("status", platform="console"))
    assert "#news: last digest 2 h ago; ⚠️ refuses posts since 2 h ago: channel news: not_in_channel" in reply.lines
    assert "Undelivered posts: 1 (last error: channel news: not_in_channel)" in reply.lines


async def test_nothing_new_can_say_so(feeds, clock, make, database_url):
    url = feeds.serve("/f.xml", rss(items(1)))
    bot = await make(settings(database_url, [{"name": "F", "url": url}],
                              [{"name": "quiet", "feeds": ["F"]}, {"name": "chatty", "feeds": ["F"], "nothing_new": "post"}]))  # fmt: skip
    recorder = bot.adapters["console"]
    await bot.poll()
    await bot.post_digest("quiet")
    await bot.post_digest("chatty")
    clock.advance(days=1)
    assert await bot.post_digest("quiet") is None
    said = await bot.post_digest("chatty")
    assert said.note == "Nothing new since yesterday." and recorder.messages[-1] == (
        "chatty",
        "Nothing new since yesterday.",
    )


async def test_an_undelivered_digest_is_found_and_sent_again_on_request(feeds, clock, make, database_url):
    """What `/news digest` uses for a digest that never arrived (tests/test_slack_adapter.py has the command)."""
    url = feeds.serve("/f.xml", rss(items(2)))
    bot = await make(settings(database_url, [{"name": "F", "url": url}], [{"name": "news", "feeds": ["F"]}]))
    recorder = bot.adapters["console"]
    await bot.poll()
    recorder.refuse = True
    with pytest.raises(DeliveryError):
        await bot.post_digest("news")
    [pending] = await bot.db.pending_digests("news")
    assert pending["kind"] == "digest" and await bot.db.pending_digests("other") == []
    recorder.refuse = False
    assert await bot.resend(pending["id"]) is True  # at once, though its retry is an hour away
    assert await bot.db.pending_digests("news") == [] and [t for _, t in recorder.messages] == ["Story s2", "Story s1"]
