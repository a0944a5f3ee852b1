"""bot/poller.py: the poll cycle's report (the cycle itself is driven end to end
through a real feed server in tests/test_app.py, test_group_commit.py and
test_processes.py)."""

import gc

import pytest

from bot.models import Article
from bot.poller import FeedOutcome, PollReport
from tests.builders import rss, stored


def big_report(feeds: int = 1000, per_feed: int = 20) -> PollReport:
    articles = [stored(n) for n in range(per_feed)]
    return PollReport([FeedOutcome(f"Feed {i}", "ok", new=tuple(a.article for a in articles), stored=tuple(articles))
                       for i in range(feeds)])  # fmt: skip


def test_a_poll_reports_repr_is_its_summary_not_every_article():
    """asyncio.run() builds the repr of what the main coroutine returns (Python 3.11):
    a report of a 1,000-feed cycle must not be a 34-million-character string (issue 18)."""
    report = big_report()
    assert report.new_articles == 20_000
    assert repr(report) == "PollReport(1000 feeds polled: 1000 ok, 0 not modified, 0 failed; 20000 new articles)"


def test_the_summary_counts_each_status():
    report = PollReport([FeedOutcome("a", "ok"), FeedOutcome("b", "not_modified"), FeedOutcome("c", "unchanged"),
                         FeedOutcome("d", "failed", error="HTTP 500")])  # fmt: skip
    assert report.summary() == "4 feeds polled: 1 ok, 2 not modified, 1 failed; 0 new articles"
    assert report.count("failed") == 1


def _live_articles() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is Article)


async def test_a_cycle_of_first_polls_keeps_no_article(feeds, clock, tmp_path):
    """A first poll's entries are history, never posted: the poll keeps the document to read
    later (bot/backlog.py) and makes no article at all, so a 1,000-feed cold cycle holds
    none (issue 18: 60 of its ~180 MB peak were articles)."""
    from bot.app import Tidings
    from bot.config import settings_from_dict

    urls = {f"Feed {i}": feeds.serve(f"/{i}.xml", rss([(f"f{i}-{n}", f"Story {n} of {i}") for n in range(15)]))
            for i in range(4)}  # fmt: skip
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "polling": {"parse_workers": 0},  # parsing on a thread: every Article lives in this process
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        before = _live_articles()
        report = await bot.poll()
        assert (report.new_articles, report.backlog) == (0, 60) and all(o.backlog == 15 for o in report.outcomes)
        assert all(o.new == () and o.stored == () for o in report.outcomes)
        assert _live_articles() - before == 0
        assert await bot.poller.backlog.read() == 60  # (read later: a thread may still hold its last document's)

        # Later polls keep their new articles: watchlist and real-time posts read them.
        feeds.serve("/0.xml", rss([("f0-new", "A new story"), *[(f"f0-{n}", f"Story {n} of 0") for n in range(15)]]))
        clock.advance(hours=1)
        report = await bot.poll(due_only=False)
        (fresh,) = [o for o in report.outcomes if o.new_articles]
        assert [a.title for a in fresh.new] == ["A new story"] and len(fresh.stored) == 1


async def test_polling_every_feed_keeps_as_few_feeds_in_flight_as_the_due_path(feeds, clock, tmp_path, monkeypatch):
    """`tidings poll --all` (due_only=False): a fetched body waits for a parse worker
    inside its feed's task, so a task per feed held every body of the cycle at once
    when fetching outran parsing (issue 18: 189 MB in the bot process for 1,000 feeds)."""
    from bot import poller
    from bot.app import Tidings
    from bot.config import settings_from_dict
    from bot.poller import TASKS_PER_FETCH_SLOT

    monkeypatch.setattr(poller, "STATES_CHUNK", 3)  # their states read a few at a time, each feed once

    urls = {f"Feed {i}": feeds.serve(f"/{i}.xml", rss([(f"f{i}", f"Story of {i}")])) for i in range(20)}
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "polling": {"parse_workers": 0, "concurrency": 1},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        now = peak = 0
        poll_feed = bot.poller.poll_feed

        async def counted(*args, **kwargs):
            nonlocal now, peak
            now += 1
            peak = max(peak, now)
            try:
                return await poll_feed(*args, **kwargs)
            finally:
                now -= 1

        bot.poller.poll_feed = counted  # type: ignore[method-assign]
        report = await bot.poll(due_only=False)
    assert report.backlog == 20 and report.count("ok") == 20
    assert sorted(o.feed for o in report.outcomes) == sorted(urls)
    assert peak == TASKS_PER_FETCH_SLOT * 1


async def test_a_cycle_of_unchanged_feeds_never_starts_the_parse_workers(feeds, clock, tmp_path):
    """`tidings poll` when nothing changed: no body to parse, so no worker processes to
    start (issue 18: their start-up was a quarter of a warm `tidings poll`). A first
    poll starts them before its fetch; a changed body, when it comes to be parsed."""
    from bot.app import Tidings
    from bot.config import settings_from_dict

    items = [(f"s{n}", f"Story {n}") for n in range(3)]
    urls = {"Tagged": feeds.serve("/t.xml", rss(items), etag='"v1"'), "Plain": feeds.serve("/p.xml", rss(items)),
            "Page": feeds.serve("/page.html", "<!doctype html><p>Hi</p>", content_type="text/html")}  # fmt: skip
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "polling": {"parse_workers": 1},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}) as first:
        report = await first.poll()
        assert report.backlog == 6 and report.count("failed") == 1 and first.parse_pool.running
    async with Tidings(settings, clock=clock, adapters={}, env={}) as again:  # a new process, as `tidings poll`
        report = await again.poll(due_only=False)
        assert sorted(o.status for o in report.outcomes) == ["failed", "not_modified", "unchanged"]
        assert not again.parse_pool.running  # (a feed that never worked, polled again, starts none either)
        feeds.serve("/p.xml", rss([("s9", "News"), *items]))
        assert (await again.poll(due_only=False)).new_articles == 1 and again.parse_pool.running


async def test_the_collector_collects_young_objects_less_often_during_a_poll(feeds, clock, tmp_path, monkeypatch):
    """A poll's requests in flight are thousands of live objects: the collector's young threshold
    is POLL_YOUNG_THRESHOLD while it runs (a warm cycle makes no garbage for it), as it was after,
    also after a poll that failed; left alone when it was that high already."""
    from bot.app import Tidings
    from bot.config import settings_from_dict
    from bot.poller import POLL_YOUNG_THRESHOLD, Poller, collector_spaced

    url = feeds.serve("/t.xml", rss([("s1", "Story")]))
    settings = settings_from_dict({"storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
                                   "polling": {"parse_workers": 0}, "digest": {"fetch_articles": False},
                                   "feeds": [{"name": "T", "url": url}]})  # fmt: skip
    seen = []
    handle = Poller._handle

    async def watched(self, *args):
        seen.append(gc.get_threshold()[0])
        return await handle(self, *args)

    monkeypatch.setattr(Poller, "_handle", watched)
    before = gc.get_threshold()
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        assert (await bot.poll()).backlog == 1
        assert seen == [POLL_YOUNG_THRESHOLD] and gc.get_threshold() == before
        with pytest.raises(ZeroDivisionError), collector_spaced():
            raise ZeroDivisionError
        assert gc.get_threshold() == before
        gc.set_threshold(50_000, *before[1:])  # the operator's own: left as it is
        try:
            await bot.poll(due_only=False)
            assert seen[-1] == 50_000 and gc.get_threshold()[0] == 50_000
        finally:
            gc.set_threshold(*before)


class _PoolThatCannotStart:
    """A ParsePool whose processes cannot start (say, no process slots left)."""

    running = False
    workers = 2

    def start(self):
        raise OSError("Resource temporarily unavailable")

    async def run(self, fn, /, *args, **kwargs):
        self.start()

    def close(self):
        pass


async def test_parse_workers_that_cannot_start_fail_each_feed_and_hold_no_claim(feeds, clock, tmp_path, caplog):
    """The workers start after the first feeds are claimed: when they cannot, each
    feed's poll fails with a readable error and its claim is handed back (not held
    for the lease), and the error is logged once."""
    from bot.app import Tidings
    from bot.config import settings_from_dict

    urls = {f"Feed {i}": feeds.serve(f"/{i}.xml", rss([(f"f{i}", f"Story {i}")])) for i in range(3)}
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": name, "url": url} for name, url in urls.items()],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}, parse_pool=_PoolThatCannotStart()) as bot:
        report = await bot.poll()
        with bot.store.engine.connect() as conn:
            claimed = conn.exec_driver_sql("SELECT count(*) FROM feeds WHERE claimed_by IS NOT NULL").scalar()
    assert [o.status for o in report.outcomes] == ["failed"] * 3
    assert all("Resource temporarily unavailable" in o.error for o in report.outcomes)
    assert claimed == 0
    assert caplog.text.count("the parse workers could not start") == 1


async def test_a_304_clears_a_failure_and_keeps_or_takes_the_validators_it_answers_with(feeds, clock, tmp_path):
    """An unchanged feed's poll (written with the others checked at the same time, one
    statement) records the same as any success: checked, succeeded, due after the
    interval, error cleared; a 304 that names new validators has them stored."""
    from datetime import timedelta

    from aiohttp import web

    from bot.app import Tidings
    from bot.config import settings_from_dict

    answer = {"status": 200, "etag": '"v1"'}

    async def handler(request):
        if answer["status"] == 200:
            return web.Response(body=rss([("s1", "Story one")]), headers={"ETag": answer["etag"]},
                                content_type="application/rss+xml")  # fmt: skip
        return web.Response(status=answer["status"], headers={"ETag": answer["etag"]})

    url = feeds.handle("/f.xml", handler)
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "polling": {"parse_workers": 0, "interval": "30m"},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "F", "url": url}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}) as bot:
        assert (await bot.poll()).count("ok") == 1
        answer["status"] = 503
        clock.advance(hours=1)
        assert (await bot.poll()).count("failed") == 1
        assert bot.store.feed_state("F").error_count == 1
        answer["status"] = 304
        now = clock.advance(hours=7)
        assert (await bot.poll()).count("not_modified") == 1
        state = bot.store.feed_state("F")
        assert (state.last_checked_at, state.last_success_at, state.next_check_at) == (
            now,
            now,
            now + timedelta(minutes=30),
        )
        assert (state.error_count, state.last_error, state.failing_since, state.etag) == (0, None, None, '"v1"')
        answer["etag"] = '"v2"'
        clock.advance(hours=1)
        assert (await bot.poll()).count("not_modified") == 1
        assert bot.store.feed_state("F").etag == '"v2"'


async def test_a_first_poll_that_waited_for_the_workers_reads_the_feed_s_state_again(feeds, clock, tmp_path):
    """The parse workers start after a feed's first poll is claimed; on a loaded machine the start may outlast the
    claim's lease, and another process poll the feed meanwhile (its first poll stored). The state read at the claim
    said "never polled": the news found then was stored as a first poll's history and never posted (the three-process
    test of a fresh clone's CI, run beside two helpers' dumps: 36 of 40 new stories). The state is read again."""
    import sqlite3

    from bot.app import Tidings
    from bot.config import settings_from_dict
    from bot.workers import ParsePool

    db = tmp_path / "t.db"

    class _SlowStart(ParsePool):
        def start(self):  # (meanwhile, another process polls the feed: its first poll stored)
            with sqlite3.connect(db) as conn:
                conn.execute("UPDATE feeds SET polled_ok_once = 1")
            return super().start()

    url = feeds.serve("/0.xml", rss([("f0-new", "A new story")]))
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{db}"},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "Feed 0", "url": url}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, adapters={}, env={}, parse_pool=_SlowStart(0)) as bot:
        report = await bot.poll()
    (outcome,) = report.outcomes
    assert not outcome.backfill and [a.title for a in outcome.new] == ["A new story"]
