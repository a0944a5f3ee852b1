"""Real `tidings run` processes: kill -9 at several points, restart, and several
processes sharing one PostgreSQL database. Nothing lost, nothing doubled (but
the one message in flight when a process dies, as documented).

The bot processes poll feeds from a server in this test process and post to an
incoming-webhook endpoint here that records every message. The test itself
never sleeps for a fixed time: it waits for the events it needs (with timeouts).

Real time, stated: these are separate processes, so no clock can be injected.
They poll on a real 0.5 s interval (0.15 s tick) and a killed process's claims
end with a real 3 s lease; that time is what these tests spend waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import sys
from collections import Counter
from pathlib import Path

import pytest
from aiohttp import web

from bot.store import Store
from tests.builders import rss
from tests.fakes.processes import descendants, ended

ROOT = Path(__file__).parent.parent
UID = re.compile(r"https://news\.example/([a-z0-9-]+)")


class World:
    """The feeds the bots poll and the chat webhook they post to."""

    def __init__(self, server):
        self.server = server
        self.posts: list[dict] = []  # every webhook message received, in order
        self.feed_hits: Counter = Counter()
        self.changed = asyncio.Event()
        self.on_post = None  # async hook(n) run before answering the n-th post (1-based)
        self.on_feed = None  # async hook(path, user_agent) run before answering a feed request
        server.handle("/hook", self._hook)

    def serve_feed(self, path: str, items: list[tuple[str, str]]) -> str:
        body = rss(items)

        async def handler(request):
            self.feed_hits[path] += 1
            self.changed.set()
            if self.on_feed is not None:
                await self.on_feed(path, request.headers.get("User-Agent", ""))
            return web.Response(body=body, content_type="application/rss+xml")

        return self.server.handle(path, handler)

    async def _hook(self, request):
        body = await request.json()
        self.posts.append(body)
        self.changed.set()
        if self.on_post is not None:
            await self.on_post(len(self.posts))
        return web.Response(text="ok")

    def items_per_post(self) -> list[list[str]]:
        return [sorted(set(UID.findall(json.dumps(p)))) for p in self.posts]

    def item_counts(self) -> Counter:
        return Counter(uid for post in self.items_per_post() for uid in post)

    async def wait(self, predicate, timeout: float = 30.0) -> None:
        async def loop():
            while not predicate():
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(loop(), timeout)


class Bot:
    """One `tidings run` process."""

    def __init__(self, config: Path, env: dict, log: Path):
        self.config, self.env, self.log = config, env, log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> Bot:
        out = open(self.log, "ab")  # noqa: SIM115 - the process owns it
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", "--config", str(self.config),
            cwd=ROOT, env=self.env, stdout=out, stderr=out,
        )  # fmt: skip
        return self

    def kill9(self) -> None:
        if self.proc and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):  # already gone, not yet reaped
                os.kill(self.proc.pid, signal.SIGKILL)

    async def stop(self, sig=signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.proc is None:
            return 0
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        return await asyncio.wait_for(self.proc.wait(), timeout)


def write_settings(path: Path, *, db: str, feeds: dict[str, str], user_agent: str = "Tidings-test") -> Path:
    lines = [
        f'[storage]\nurl = "{db}"\n',
        f'[polling]\ninterval = "0.5s"\ntick = "0.15s"\nlease = "3s"\ntimeout = "5s"\nuser_agent = "{user_agent}"\n',
        "[digest]\nfetch_articles = false\n",
    ]
    for name, url in feeds.items():
        lines.append(f'[[feeds]]\nname = "{name}"\nurl = "{url}"\ntags = ["news"]\n')
    lines.append(
        '[[channels]]\nname = "live"\nplatform = "slack-webhook"\nwebhook_env = "HOOK_URL"\ntags = ["news"]\n'
        'realtime = true\nrealtime_max = 50\nschedule = "03:00"\ndays = "sun"\n'
    )
    path.write_text("\n".join(lines))
    return path


@pytest.fixture
async def world(feeds):
    return World(feeds)


@pytest.fixture
def bots(tmp_path, world):
    started: list[Bot] = []
    env = {**os.environ, "HOOK_URL": world.server.url("/hook")}
    env.pop("SLACK_BOT_TOKEN", None)

    async def make(config: Path, name: str = "bot") -> Bot:
        bot = await Bot(config, env, tmp_path / f"{name}.log").start()
        started.append(bot)
        return bot

    yield make
    for bot in started:
        bot.kill9()


def logs(tmp_path: Path) -> str:
    return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in sorted(tmp_path.glob("*.log")))


async def test_kill_9_mid_post_reposts_only_the_message_in_flight(world, bots, tmp_path):
    old = [(f"old{i}", f"Old story {i}") for i in range(3)]
    new = [(f"new{i}", f"Breaking story number {i} about something") for i in range(40)]
    url = world.serve_feed("/f.xml", old)
    db = tmp_path / "t.db"
    config = write_settings(tmp_path / "settings.toml", db=f"sqlite:///{db}", feeds={"F": url})

    bot = await bots(config, "first")
    await world.wait(lambda: world.feed_hits["/f.xml"] >= 2)  # polled twice: the history is stored
    assert world.posts == []  # a first poll never posts

    killed = asyncio.Event()

    async def kill_on_second(n):
        if n == 2:  # the second message of the real-time post: die before it is confirmed
            bot.kill9()
            await bot.proc.wait()
            killed.set()

    world.on_post = kill_on_second
    world.serve_feed("/f.xml", new + old)
    await asyncio.wait_for(killed.wait(), 30)
    first_message, in_flight = world.items_per_post()
    assert len(first_message) + len(in_flight) <= 40 and first_message and in_flight

    world.on_post = None
    await bots(config, "second")
    store = Store(f"sqlite:///{db}")
    await world.wait(lambda: [d["status"] for d in store.deliveries_of("live")] == ["posted"], timeout=30)
    counts = world.item_counts()
    assert set(counts) == {uid for uid, _ in new}, logs(tmp_path)  # nothing lost, no old story posted
    doubled = {uid for uid, n in counts.items() if n > 1}
    assert doubled == set(in_flight)  # only the message in flight is posted twice
    assert all(counts[uid] == 1 for uid in first_message)
    [delivery] = store.deliveries_of("live")
    assert delivery["status"] == "posted" and len(json.loads(delivery["message_ids"])) == len(world.posts) - 1
    store.close()


async def test_kill_9_while_fetching_loses_nothing_and_a_posted_delivery_is_not_repeated(world, bots, tmp_path):
    url = world.serve_feed("/f.xml", [("old", "Old")])
    db = tmp_path / "t.db"
    config = write_settings(tmp_path / "settings.toml", db=f"sqlite:///{db}", feeds={"F": url})
    bot = await bots(config, "first")
    await world.wait(lambda: world.feed_hits["/f.xml"] >= 2)

    killed = asyncio.Event()

    async def kill_while_fetching(path, agent):
        bot.kill9()
        await bot.proc.wait()
        killed.set()

    world.on_feed = kill_while_fetching
    world.serve_feed("/f.xml", [("a", "Story A is here"), ("b", "Story B is here"), ("old", "Old")])
    await asyncio.wait_for(killed.wait(), 30)
    world.on_feed = None
    assert world.posts == []

    second = await bots(config, "second")
    await world.wait(lambda: set(world.item_counts()) >= {"a", "b"})
    # Let the post be confirmed, kill -9 again, restart: nothing is posted again.
    store = Store(f"sqlite:///{db}")
    await world.wait(lambda: [d["status"] for d in store.deliveries_of("live")] == ["posted"])
    second.kill9()
    await second.proc.wait()
    hits = world.feed_hits["/f.xml"]
    await bots(config, "third")
    await world.wait(lambda: world.feed_hits["/f.xml"] >= hits + 3)  # it has run a few poll cycles
    assert world.item_counts() == Counter({"a": 1, "b": 1}), logs(tmp_path)
    store.close()


async def test_sigterm_stops_within_seconds_and_releases_claims(world, bots, tmp_path):
    url = world.serve_feed("/f.xml", [("old", "Old")])
    db = tmp_path / "t.db"
    config = write_settings(tmp_path / "settings.toml", db=f"sqlite:///{db}", feeds={"F": url})
    bot = await bots(config)
    await world.wait(lambda: world.feed_hits["/f.xml"] >= 2)
    assert await bot.stop(signal.SIGTERM, timeout=10) == 0
    store = Store(f"sqlite:///{db}")
    assert store.feed_state("F") is not None
    with store.engine.connect() as conn:
        held = conn.exec_driver_sql("SELECT count(*) FROM feeds WHERE claimed_by IS NOT NULL").scalar()
    assert held == 0
    assert "Traceback" not in (tmp_path / "bot.log").read_text(), (tmp_path / "bot.log").read_text()
    store.close()


def _first_polls_stored(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM feeds WHERE polled_ok_once").scalar() or 0


async def test_three_processes_share_one_postgresql_and_deliver_exactly_once(world, bots, tmp_path, postgres_url):
    names = [f"F{i:02d}" for i in range(20)]  # 40 new stories: under realtime_max (50)
    urls = {name: world.serve_feed(f"/{name}.xml", [(f"{name.lower()}-old", f"Old story of {name}")]) for name in names}
    configs = [write_settings(tmp_path / f"s{n}.toml", db=postgres_url, feeds=urls, user_agent=f"Tidings-test-{n}")
               for n in range(3)]  # fmt: skip
    procs = [await bots(config, f"bot{n}") for n, config in enumerate(configs)]
    await world.wait(lambda: all(world.feed_hits[f"/{n}.xml"] >= 1 for n in names), timeout=60)
    await world.wait(lambda: sum(world.feed_hits.values()) >= 60, timeout=60)  # a few cycles: history stored
    # (and every feed's first poll stored: a fetch is no stored poll, and on a loaded machine a feed's first poll may
    # still be parsing when its new stories arrive, which then are its history, never posted: a fresh clone's CI)
    watcher = Store(postgres_url)
    try:
        await world.wait(lambda: _first_polls_stored(watcher) >= len(names), timeout=60)
    finally:
        watcher.close()

    # Kill the first process to fetch an updated feed, the moment it does: what
    # it claimed waits for its lease to end. (Not a fixed one: with three
    # processes on 20 feeds, any one of them may go several ticks without a claim.)
    killed = asyncio.Event()
    victim: list[int] = []

    async def kill_the_first(path, agent):
        if not killed.is_set():
            victim.append(int(agent.rsplit("-", 1)[1]))
            procs[victim[0]].kill9()
            killed.set()

    new = {}
    for name in names:
        items = [(f"{name.lower()}-new{k}", f"New story {k} of {name} today") for k in range(2)]
        new.update(dict(items))
        world.serve_feed(f"/{name}.xml", items + [(f"{name.lower()}-old", f"Old story of {name}")])
    world.on_feed = kill_the_first  # its next fetch is of an updated feed
    await asyncio.wait_for(killed.wait(), 30)
    try:
        await world.wait(lambda: set(world.item_counts()) >= set(new), timeout=60)
    except TimeoutError:
        missing = sorted(set(new) - set(world.item_counts()))
        store = Store(postgres_url)
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT a.uid, a.title, a.backfill, a.first_seen, d.delivery_id FROM articles a "
                "LEFT JOIN delivery_items d ON d.article_id = a.id WHERE a.uid LIKE '%%new%%' ORDER BY a.uid"
            ).fetchall()
            dels = conn.exec_driver_sql("SELECT id, key, status, last_error FROM deliveries").fetchall()
        store.close()
        pytest.fail(f"missing {missing}\n{rows}\n{dels}\n{logs(tmp_path)}")
    counts = world.item_counts()
    assert killed.is_set()
    assert set(counts) == set(new), logs(tmp_path)
    assert [uid for uid, n in counts.items() if n != 1] == [], logs(tmp_path)
    for n, proc in enumerate(procs):
        if n != victim[0]:
            assert await proc.stop() == 0, logs(tmp_path)


@pytest.mark.skipif(not hasattr(os, "pidfd_open") or not Path("/proc/self/stat").exists(), reason="needs Linux")
async def test_a_killed_bots_parse_workers_end_with_it(world, bots, tmp_path):
    url = world.serve_feed("/f.xml", [("old", "Old")])
    config = write_settings(tmp_path / "settings.toml", db=f"sqlite:///{tmp_path / 't.db'}", feeds={"F": url})
    bot = await bots(config)
    await world.wait(lambda: world.feed_hits["/f.xml"] >= 2)  # the first poll was parsed: the pool is running
    helpers = descendants(bot.proc.pid)
    assert len(helpers) >= 3, logs(tmp_path)  # the forkserver, its workers, multiprocessing's resource tracker
    bot.kill9()
    await bot.proc.wait()
    await asyncio.wait_for(ended(helpers), 15)  # nothing is left behind as an orphan
