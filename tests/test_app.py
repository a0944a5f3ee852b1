"""The whole pipeline on one machine: a real feed server, real feedparser,
real SQLite, the console adapter, and a clock the test moves by hand."""

import gc
import io
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiohttp import web

from adapters.console import ConsoleAdapter
from bot.app import Tidings, collector_waits
from bot.chat import DeliveryError
from bot.config import settings_from_dict
from tests.builders import rss
from tests.fakes.feed_server import InFlight, redirect, status

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def make_settings(database_url: str, feed_urls: dict[str, str], **channel):
    ch = dict(name="news", tags=["news"], schedule=["08:30"], timezone="Europe/Berlin", max_items=5)
    ch.update(channel)
    return settings_from_dict(
        {
            "storage": {"url": database_url},
            "digest": {"first_digest_items": 3, "fetch_articles": False},
            "feeds": [{"name": name, "url": url, "tags": ["news"]} for name, url in feed_urls.items()],
            "channels": [ch],
        },
    )


@pytest.fixture
def console():
    return ConsoleAdapter(out=io.StringIO())


@pytest.fixture
async def bot_factory(clock, console):
    clock.set(NOW)
    bots = []

    async def make(settings, adapter=None):
        bot = Tidings(settings, clock=clock, adapters={"console": adapter or console}, env={})
        await bot.__aenter__()
        bots.append(bot)
        return bot

    yield make
    for bot in bots:
        await bot.close()


async def test_first_run_never_floods_then_only_new_items(feeds, clock, console, bot_factory, database_url):
    items = [(f"id{n}", f"Story {n}") for n in range(1, 21)]
    url = feeds.serve("/feed.xml", rss(items))
    bot = await bot_factory(make_settings(database_url, {"Example": url}))

    report = await bot.poll()
    assert report.summary() == (
        "1 feeds polled: 1 ok, 0 not modified, 0 failed; 0 new articles; "
        "20 entries of first polls kept, read when first needed"
    )  # (bot/backlog.py)
    first = await bot.post_digest("news")  # (it reads them)
    assert [i.title for i in first.items] == ["Story 1", "Story 2", "Story 3"]  # the newest few, not 20
    assert first.items[0].link == "https://news.example/id1"  # tracking parameters gone
    assert first.items[0].excerpt == "The lede of Story 1. More text follows."

    # Nothing new: nothing is posted.
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    assert await bot.post_digest("news") is None

    # Two new stories arrive: the next digest has exactly those.
    feeds.serve("/feed.xml", rss([("id22", "Story 22"), ("id21", "Story 21"), *items]))
    clock.advance(hours=1)
    report = await bot.poll(due_only=False)
    assert report.new_articles == 2
    second = await bot.post_digest("news")
    assert [i.title for i in second.items] == ["Story 22", "Story 21"]
    out = console.out.getvalue()
    assert "Story 22" in out and "The lede of Story 22." in out and out.count("Story 3\n") == 1


async def test_conditional_get_and_unchanged_body_skip_parsing(feeds, clock, bot_factory, database_url):
    url_etag = feeds.serve("/etag.xml", rss([("a", "A")]), etag='"v1"')
    url_plain = feeds.serve("/plain.xml", rss([("b", "B")]))
    bot = await bot_factory(make_settings(database_url, {"ETag": url_etag, "Plain": url_plain}))
    await bot.poll()
    clock.advance(hours=1)
    report = await bot.poll()
    assert {o.feed: o.status for o in report.outcomes} == {"ETag": "not_modified", "Plain": "unchanged"}
    assert feeds.hits("/etag.xml")[1].headers["If-None-Match"] == '"v1"'
    assert report.summary() == "2 feeds polled: 0 ok, 2 not modified, 0 failed; 0 new articles"


async def test_a_broken_feed_is_marked_failing_and_the_rest_carry_on(feeds, clock, bot_factory, database_url):
    good = feeds.serve("/good.xml", rss([("a", "A")]))
    broken = feeds.handle("/broken.xml", status(500))
    html = feeds.serve("/page.html", "<!doctype html><html><body>Hi</body></html>", content_type="text/html")
    bot = await bot_factory(make_settings(database_url, {"Good": good, "Broken": broken, "Page": html}))
    report = await bot.poll()
    outcomes = {o.feed: o for o in report.outcomes}
    assert outcomes["Good"].status == "ok" and outcomes["Good"].backlog == 1  # (its first poll: kept, read later)
    assert outcomes["Broken"].error == "HTTP 500 Internal Server Error"
    assert outcomes["Page"].error == "not a feed: the URL returned an HTML page, not RSS, Atom or JSON Feed"
    state = bot.store.feed_state("Broken")
    assert (
        state.failing_since == NOW and state.error_count == 1 and state.last_error == "HTTP 500 Internal Server Error"
    )
    assert state.next_check_at > NOW + timedelta(minutes=20)

    # It keeps failing: retried less and less often.
    waits = []
    for _ in range(3):
        clock.set(bot.store.feed_state("Broken").next_check_at)
        await bot.poll()
        state = bot.store.feed_state("Broken")
        waits.append(state.next_check_at - clock.now())
    assert state.error_count == 4 and state.failing_since == NOW
    assert waits[0] < waits[1] < waits[2]

    # It recovers.
    feeds.serve("/broken.xml", rss([("z", "Z")]))
    clock.set(state.next_check_at)
    await bot.poll()
    state = bot.store.feed_state("Broken")
    assert state.failing_since is None and state.error_count == 0 and state.last_error is None


async def test_a_poll_never_has_more_fetches_in_flight_than_polling_concurrency(
    feeds, clock, bot_factory, database_url
):
    """The poller runs several tasks per fetch slot (one may wait for the database
    while the others fetch); the requests in flight stay within `concurrency`."""
    handler = InFlight(
        3, lambda request: web.Response(body=rss([(request.path, request.path)]), content_type="application/rss+xml")
    )
    urls = {f"F{i:02d}": feeds.handle(f"/f{i}.xml", handler) for i in range(30)}
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "polling": {"concurrency": 3, "per_host": 10},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    bot = await bot_factory(settings)
    report = await bot.poll()
    assert report.count("ok") == 30
    assert handler.peak == 3


class CountingExecutor(ThreadPoolExecutor):
    """A real thread pool that counts the work handed to it (the parses)."""

    def __init__(self):
        super().__init__(1)
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        return super().submit(fn, *args, **kwargs)


OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head>
<body><outline text="A" xmlUrl="https://a.example/feed"/></body></opml>"""


async def test_a_body_that_could_not_be_read_is_not_parsed_again_while_it_stays_the_same(
    feeds, clock, bot_factory, database_url
):
    url = feeds.serve("/list.opml", OPML, content_type="text/xml")
    bot = await bot_factory(make_settings(database_url, {"List": url}))
    bot.poller.parse_executor = parses = CountingExecutor()
    await bot.poll()
    first = bot.store.feed_state("List")
    assert first.last_error.startswith("not a feed: this is an OPML subscription list") and parses.submitted == 1

    clock.set(first.next_check_at)  # the same body again: the same error, counted, not parsed
    report = await bot.poll()
    state = bot.store.feed_state("List")
    assert report.outcomes[0].error == first.last_error and report.outcomes[0].status == "failed"
    assert (state.error_count, state.failing_since, parses.submitted) == (2, NOW, 1)

    feeds.handle("/list.opml", status(503))  # another failure in between: the next body is read afresh
    clock.set(state.next_check_at)
    await bot.poll()
    feeds.serve("/list.opml", OPML, content_type="text/xml")
    clock.set(bot.store.feed_state("List").next_check_at)
    await bot.poll()
    assert bot.store.feed_state("List").last_error == first.last_error and parses.submitted == 2

    feeds.serve("/list.opml", rss([("a", "A")]))  # the URL serves a feed now
    clock.set(bot.store.feed_state("List").next_check_at)
    report = await bot.poll()
    assert report.outcomes[0].status == "ok" and parses.submitted == 3
    state = bot.store.feed_state("List")
    assert (state.error_count, state.last_error, state.failed_body_hash) == (0, None, None)
    parses.shutdown()


async def test_retry_after_is_honoured(feeds, clock, bot_factory, database_url):
    url = feeds.handle("/limited.xml", status(429, headers={"Retry-After": "7200"}))
    bot = await bot_factory(make_settings(database_url, {"Limited": url}))
    await bot.poll()
    assert bot.store.feed_state("Limited").next_check_at == NOW + timedelta(seconds=7200)


async def test_feed_hints_never_make_polling_more_frequent(feeds, clock, bot_factory, database_url):
    url = feeds.serve("/hint.xml", rss([("a", "A")]), headers={"Cache-Control": "max-age=60"})
    bot = await bot_factory(make_settings(database_url, {"Hint": url}))
    await bot.poll()
    assert bot.store.feed_state("Hint").next_check_at == NOW + timedelta(minutes=30)
    clock.advance(minutes=10)
    assert (await bot.poll()).outcomes == []  # not due yet


async def test_permanent_redirect_updates_the_stored_url(feeds, clock, bot_factory, database_url):
    feeds.handle("/old.xml", redirect("/new.xml", 301))
    new = feeds.serve("/new.xml", rss([("a", "A")]))
    bot = await bot_factory(make_settings(database_url, {"Moved": feeds.url("/old.xml")}))
    await bot.poll()
    assert bot.store.feed_state("Moved").moved_to == new
    clock.advance(hours=1)
    await bot.poll()
    assert len(feeds.hits("/old.xml")) == 1 and len(feeds.hits("/new.xml")) == 2


async def test_missed_digests_are_posted_once_covering_the_whole_window(feeds, clock, bot_factory, database_url):
    url = feeds.serve("/feed.xml", rss([("a", "A")]))
    bot = await bot_factory(make_settings(database_url, {"Example": url}))
    await bot.poll()
    await bot.post_digest("news")  # first digest at NOW (Fri 12:00 UTC)
    # The bot is down for three days; stories arrive meanwhile and are polled at start.
    feeds.serve("/feed.xml", rss([("c", "C"), ("b", "B"), ("a", "A")]))
    clock.advance(days=3)
    await bot.poll(due_only=False)
    posted = await bot.catch_up()
    assert posted == ["news"]
    assert await bot.catch_up() == []  # once, not once per missed day
    digests = [d for _, d in bot.adapters["console"].posted]
    assert len(digests) == 2 and [i.title for i in digests[1].items] == ["C", "B"]


async def test_the_collector_waits_while_a_digest_is_built_and_runs_again_after(
    feeds, clock, bot_factory, database_url, monkeypatch
):
    url = feeds.serve("/feed.xml", rss([("b", "B"), ("a", "A")]))
    bot = await bot_factory(make_settings(database_url, {"Example": url}))
    await bot.poll()
    seen = []
    make = bot._make

    async def watched(channel):
        seen.append(gc.isenabled())
        return await make(channel)

    monkeypatch.setattr(bot, "_make", watched)
    assert gc.isenabled()
    assert [i.title for i in (await bot.preview_digest("news")).items] == ["B", "A"]
    assert seen == [False] and gc.isenabled()
    gc.disable()  # turned off by someone else: left off
    try:
        await bot.preview_digest("news")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), collector_waits():  # on again after a build that failed
        raise ZeroDivisionError
    assert gc.isenabled()


async def test_a_failed_post_loses_nothing(feeds, clock, bot_factory, database_url):
    class Flaky(ConsoleAdapter):
        fail = True

        async def post(self, channel, digest, **kwargs):
            if self.fail:
                raise DeliveryError("chat API is down")
            return await super().post(channel, digest, **kwargs)

    flaky = Flaky(out=io.StringIO())
    url = feeds.serve("/feed.xml", rss([("a", "A")]))
    bot = await bot_factory(make_settings(database_url, {"Example": url}), adapter=flaky)
    await bot.poll()
    with pytest.raises(DeliveryError):
        await bot.post_digest("news")
    [pending] = bot.store.deliveries_of("news")
    assert pending["status"] == "pending" and pending["last_error"] == "chat API is down"
    assert bot.store.undelivered() == (1, "chat API is down")
    # The chat API is back: the retry (a minute later) posts the same digest, once.
    flaky.fail = False
    assert await bot.deliverer.resume() == 0  # not due yet
    clock.advance(minutes=2)
    assert await bot.deliverer.resume() == 1
    assert [[i.title for i in d.items] for _, d in flaky.posted] == [["A"]]
    assert await bot.deliverer.resume() == 0
    # A new story: the next digest has just that.
    feeds.serve("/feed.xml", rss([("b", "B"), ("a", "A")]))
    clock.advance(hours=1)
    await bot.poll(due_only=False)
    digest = await bot.post_digest("news")
    assert [i.title for i in digest.items] == ["B"]
    assert [d["status"] for d in bot.store.deliveries_of("news")] == ["posted", "posted"]


async def test_run_once_polls_everything_and_posts_every_channel(feeds, clock, console, bot_factory, database_url):
    url = feeds.serve("/feed.xml", rss([("a", "Alpha story")]))
    bot = await bot_factory(make_settings(database_url, {"Example": url}))
    report = await bot.run_once()
    assert report.count("ok") == 1
    assert "[news]" in console.out.getvalue() and "Alpha story" in console.out.getvalue()


async def test_scheduler_has_a_job_per_digest_time(feeds, bot_factory, database_url):
    bot = await bot_factory(make_settings(database_url, {"Example": feeds.url("/x")}, schedule=["08:30", "17:00"]))
    scheduler = bot.jobs.new_scheduler(await bot.catalog.channels())
    ids = sorted(job.id for job in scheduler.get_jobs())
    assert ids == ["digest:news:0830", "digest:news:1700", "poll", "prune"]
    trigger = scheduler.get_job("digest:news:0830").trigger
    fire = trigger.get_next_fire_time(None, NOW)
    assert fire.astimezone(UTC) == datetime(2026, 11, 28, 7, 30, tzinfo=UTC)


async def test_missing_chat_token_falls_back_to_the_console(feeds, bot_factory, database_url):
    settings = make_settings(database_url, {"Example": feeds.url("/x")}, platform="slack", target="C123")
    bot = await bot_factory(settings)
    assert bot.route(settings.channels[0]) == "console"


async def test_a_chat_connection_that_cannot_start_stops_nothing_else(
    feeds, clock, console, bot_factory, database_url, caplog
):
    from bot.chat import StartError

    class Broken(ConsoleAdapter):
        platform = "slack"

        async def start(self, commands=None, **kwargs):
            raise StartError("SLACK_BOT_TOKEN is not valid (invalid_auth): create a new token")

    url = feeds.serve("/feed.xml", rss([("a", "A")]))
    settings = settings_from_dict({
        "storage": {"url": database_url},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "Example", "url": url, "tags": ["news"]}],
        "channels": [{"name": "chat", "platform": "slack", "target": "C1", "tags": ["news"]},
                     {"name": "local", "tags": ["news"]}],
    })  # fmt: skip
    bot = Tidings(settings, clock=clock, adapters={"console": console, "slack": Broken(out=io.StringIO())},
                  env={"SLACK_BOT_TOKEN": "xoxb-x", "SLACK_APP_TOKEN": "xapp-x"})  # fmt: skip
    async with bot:
        await bot.run_once()
        assert [name for name, _ in console.posted] == ["local"]
        assert "the slack connection could not start: SLACK_BOT_TOKEN is not valid" in caplog.text
        [waiting] = bot.store.deliveries_of("chat")  # its digest waits in the delivery log: nothing lost
        assert waiting["status"] == "pending" and "slack connection is down" in waiting["last_error"]


def episodes(numbers, *, latest: datetime | None = None, note: str = "", dated: bool = True) -> bytes:
    """A feed keeping every episode, newest first, each with its own date (episode n:
    n days after the first) or none; ``latest``: episode 0 too, published then."""
    first = NOW - timedelta(days=200)
    items = [(n, first + timedelta(days=n)) for n in numbers]
    if latest is not None:
        items.insert(0, (0, latest))
    items = "".join(
        f"<item><guid>ep{n}</guid><title>Episode {n}</title><link>https://pod.example/{n}</link>"
        f"<description>What episode {n} is about.{note}</description>"
        + (f"<pubDate>{format_datetime(date)}</pubDate>" if dated or n == 0 else "")
        + "</item>"
        for n, date in items
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Pod</title>{items}</channel></rss>".encode()


@pytest.mark.parametrize(
    ("rewritten", "dated"),
    [(False, True), (False, False), (True, True)],
    ids=["entries as they were", "undated entries as they were", "every entry rewritten"],
)
async def test_items_still_in_the_feed_after_the_archive_forgot_them_are_not_news_again(
    feeds, clock, bot_factory, database_url, rewritten, dated
):
    """A feed that keeps years of items (a podcast's episodes, a changelog): the
    daily prune forgets them after retention_days while they are still in the
    feed, and the next new item changes the document. They are not news again:
    not when their entries are as they were (read before: not even cleaned, dated
    or not), nor when the feed rewrote every one (dated before the archive's horizon)."""
    url = feeds.serve("/feed.xml", episodes(range(30, 0, -1), dated=dated))
    bot = await bot_factory(make_settings(database_url, {"Podcast": url}))
    await bot.poll()
    await bot.post_digest("news")
    clock.advance(days=bot.settings.storage.retention_days + 1)
    await bot.jobs.prune()
    with bot.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 0  # forgotten
    note = " (new)" if rewritten else ""
    feeds.serve("/feed.xml", episodes(range(30, 0, -1), latest=clock.now(), note=note, dated=dated))
    report = await bot.poll(due_only=False)
    assert report.new_articles == 1
    digest = await bot.post_digest("news")
    assert [i.title for i in digest.items] == ["Episode 0"]


async def test_a_lone_new_item_with_an_old_date_is_news(feeds, clock, bot_factory, database_url):
    """Old dates alone do not make history: a CVE listed today under its publication
    date of long ago, or a date mistake, is posted like any new item."""
    url = feeds.serve("/feed.xml", episodes(range(30, 0, -1)))
    bot = await bot_factory(make_settings(database_url, {"Advisories": url}))
    await bot.poll()
    await bot.post_digest("news")
    clock.advance(days=bot.settings.storage.retention_days + 1)
    await bot.jobs.prune()
    old_date = NOW - timedelta(days=400)
    feeds.serve("/feed.xml", episodes(range(30, 0, -1), latest=old_date))
    report = await bot.poll(due_only=False)
    assert report.new_articles == 1
    assert [i.title for i in (await bot.post_digest("news")).items] == ["Episode 0"]


async def test_items_published_while_the_bot_was_down_are_news_however_short_the_archive(
    feeds, clock, bot_factory, database_url
):
    """retention_days = 1 and a bot down for four days: what the feed published in
    between was never in the archive, so it is not history, old as its dates are."""
    settings = make_settings(database_url, {"Pod": feeds.serve("/feed.xml", episodes(range(30, 0, -1)))})
    settings = settings.replace(storage=settings.storage.replace(retention_days=1))
    bot = await bot_factory(settings)
    await bot.poll()
    await bot.post_digest("news")
    down_from = clock.now()
    clock.advance(days=4)
    gap = "".join(
        f"<item><guid>gap{n}</guid><title>Published while down {n}</title><link>https://pod.example/gap{n}</link>"
        f"<description>Item {n} of the gap.</description><pubDate>{format_datetime(down_from + timedelta(hours=n))}"
        "</pubDate></item>"
        for n in (3, 2, 1)
    )
    feeds.serve("/feed.xml", episodes(range(30, 0, -1)).replace(b"<item>", gap.encode() + b"<item>", 1))
    report = await bot.poll(due_only=False)
    assert report.new_articles == 3


FEEDS = Path(__file__).parent / "data" / "feeds"


async def test_real_feeds_read_wrong_once_are_read_right_end_to_end(feeds, bot_factory, database_url):
    """Real feeds (tests/data/feeds/SOURCES.md) served on 127.0.0.1 and polled through the
    whole bot (fetch, parse workers, normalize, store): the item's own description, not its
    photo caption; no literal tags; no link made of a guid that is no web address; no empty
    item; no time moved by an offset no zone has."""
    names = ["codehollow--Rss20NYTimes.xml", "partytime--no-agenda.xml", "rssparserkt--feed-test-audio.xml",
             "miniflux--no_encoding_ISO-8859-1.xml", "huginn--podcast.rss"]  # fmt: skip
    urls = {
        name: feeds.serve("/" + name, (FEEDS / name).read_bytes(), content_type="application/rss+xml") for name in names
    }
    bot = await bot_factory(make_settings(database_url, urls))
    report = await bot.poll()
    assert report.count("ok") == 5
    await bot.poller.backlog.read()  # (first polls: read as a digest or search reads them)
    stored = {(s.feed, s.article.title): s.article for s in await bot.db.latest_articles(names, 1000)}

    putin = stored["codehollow--Rss20NYTimes.xml", "Putin Led a Complex Cyberattack Scheme to Aid Trump, Report Finds"]
    assert putin.excerpt.startswith(
        "U.S. intelligence agencies presented their unanimous conclusions to Donald J. Trump"
    )
    nyt = [a for (feed, _), a in stored.items() if feed == "codehollow--Rss20NYTimes.xml"]
    assert len(nyt) == 4 and not any("Trade Center" in a.excerpt or "Photo" in a.excerpt for a in nyt)

    episodes = [a for (feed, _), a in stored.items() if feed == "partytime--no-agenda.xml"]
    assert len(episodes) == 3 and all(a.excerpt and "<" not in a.excerpt for a in episodes)
    assert stored["partytime--no-agenda.xml", '1365: "Vaccine Poverty"'].excerpt.startswith("No Agenda Episode 1365")

    gold = stored["rssparserkt--feed-test-audio.xml", "SYSK Selects: How Gold Works"]
    # (its guid is no web address: the episode links to its audio, never to 127.0.0.1/<guid>)
    assert gold.link.endswith("traffic.megaphone.fm/HSW3157672398.mp3") and "127.0.0.1" not in gold.link
    assert all("127.0.0.1" not in a.link for a in stored.values())

    psy = [title for (feed, title) in stored if feed == "miniflux--no_encoding_ISO-8859-1.xml"]
    assert len(psy) == 9 and "(untitled)" not in psy
    red = stored["huginn--podcast.rss", "Red,Whine, & Blue"]
    assert red.published == datetime(2016, 3, 11, 1, 15, tzinfo=UTC) and red.has_date


SHOWS = [
    "Jeff, Dan and Brad talk Nvidia's Project Shield, fried chicken, the whereabouts of Koji Igarashi, Kinects in casinos and more of Dan's wedding plans.",
    "This week the crew digs into Gears the Fifth, Ghost Recon Breakpoint, new Monster Hunter and PvZ, the weirdest Nintendo Direct and Apple's Arcade.",
    "Some old friends show up in the studio to talk about playing the Avengers game, the greatness of Control, merging Destiny characters and old arguments.",
    "GameSpot's Lucy James and Tamoor Hussain stop by to discuss coming to America, third-person peeing, all the news out of Gamescom and conflict resolution.",
    "Noclip's Danny O'Dwyer lands in the studio on his way to PAX to get deep into Control, Outer Wilds and Creature in the Well, and the noble cockroach.",
]  # fmt: skip


async def test_texts_a_feed_cut_without_a_mark_or_wrapped_by_hand_read_whole_end_to_end(
    feeds, bot_factory, database_url
):
    """A podcast feed that cuts every description at 101 characters, with no mark and
    often inside a word ("…fried chicke"), and a description without markup wrapped by
    hand: polled through the whole bot, no excerpt ends in half a word, and the wrapped
    one is one paragraph."""
    wrapped = (
        "More than three months after delivering several tons of supplies and scientific experiments to\n"
        "    the International Space Station, the Cygnus cargo spacecraft will\n    depart the orbiting laboratory Tuesday."
    )
    items = [(f"s{n}", f"Show {n}", text[:101]) for n, text in enumerate(SHOWS)] + [("nasa", "Cygnus", wrapped)]
    body = "".join(
        f"<item><guid>{uid}</guid><title>{title}</title><link>https://pod.example/{uid}</link>"
        f"<description>{text}</description></item>"
        for uid, title, text in items
    )
    url = feeds.serve("/pod.xml", f"<rss version='2.0'><channel><title>Pod</title>{body}</channel></rss>".encode())
    bot = await bot_factory(make_settings(database_url, {"Pod": url}))
    assert (await bot.poll()).count("ok") == 1
    await bot.poller.backlog.read()
    stored = {s.article.title: s.article.excerpt for s in await bot.db.latest_articles(["Pod"], 100)}

    for n, text in enumerate(SHOWS):
        shown = stored[f"Show {n}"]
        assert shown.endswith("…") and text.startswith(shown[:-1]) and not text[len(shown) - 1].isalnum(), shown
    assert stored["Show 0"].endswith("of Koji Igarashi…")  # (not "Igarashi, Kin…")
    assert stored["Cygnus"] == " ".join(wrapped.split())


async def test_a_journals_year_first_dates_and_a_release_table_arrive_as_written(
    feeds, clock, bot_factory, database_url
):
    """Through the whole pipeline, at the clock's time: a Chinese journal's feed (CNKI) dates
    its items "18/05/04 00:00" (year first: "18/01/30" is no past date read day first),
    and kernel.org's feed tells a release by a table of labels and values."""
    items = "".join(
        f"<item><title><![CDATA[论文{n}]]></title><link><![CDATA[http://kns.cnki.net/kcms/detail/Detail.aspx?f=H{n}]]>"
        f"</link><description><![CDATA[摘要：为了探究我国房价波动的宏观经济效应。]]></description>"
        f"<pubDate><![CDATA[{date}]]></pubDate></item>"
        for n, date in enumerate(["18/05/04 00:00", "18/03/14 00:00", "18/01/30 00:00"])
    )
    journal = feeds.serve("/cnki.xml", "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                          f"<title>河海大学学报-CNKI</title><language>zh-cn</language>{items}</channel></rss>")  # fmt: skip
    table = (
        "&lt;table&gt;&lt;tr&gt;&lt;th&gt;Version:&lt;/th&gt;&lt;td&gt;&lt;strong&gt;5.7-rc4&lt;/strong&gt; (mainline)"
        "&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th&gt;Released:&lt;/th&gt;&lt;td&gt;2020-05-03&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"
    )
    kernel = feeds.serve("/kdist.xml", "<?xml version='1.0'?><rss version='2.0'><channel><title>Kernels</title>"
                         "<item><title>5.7-rc4: mainline</title><link>http://www.kernel.org/</link>"
                         f"<description>{table}</description><pubDate>Sun, 03 May 2020 21:56:15 -0000</pubDate>"
                         "<guid isPermaLink='false'>kernel.org,mainline,5.7-rc4</guid></item></channel></rss>")  # fmt: skip
    bot = await bot_factory(make_settings(database_url, {"Journal": journal, "Kernel": kernel}))
    await bot.poll()
    await bot.poller.backlog.read()
    stored = [s.article for s in bot.store.latest_articles(["Journal"], 10)]
    assert sorted((a.published, a.has_date) for a in stored) == [
        (datetime(2018, 1, 30, tzinfo=UTC), True), (datetime(2018, 3, 14, tzinfo=UTC), True),
        (datetime(2018, 5, 4, tzinfo=UTC), True),
    ]  # fmt: skip
    [release] = [s.article for s in bot.store.latest_articles(["Kernel"], 10)]
    assert release.excerpt == "Version: 5.7-rc4 (mainline) · Released: 2020-05-03"
