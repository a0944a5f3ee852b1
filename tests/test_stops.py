"""Ctrl-C and SIGTERM, sent to real `tidings` processes at work: each stops
within seconds with one line, exit code 130 (SIGINT) or 0 (SIGTERM), no
traceback from it or its parse workers, the workers gone and nothing held.

A Ctrl-C in a terminal reaches the whole process group (the bot, the
forkserver, every parse worker): the tests send it to the group the same way.
Nothing here sleeps for a fixed time: the tests wait for the lines and the
requests they need, each with a deadline."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import pytest
from aiohttp import web

from bot.process import HARD_STOP_MARGIN
from bot.store import Store
from tests.builders import rss
from tests.fakes.processes import descendants, ended, one_feed_settings

ROOT = Path(__file__).parent.parent
DEADLINE = 30.0  # for each thing awaited; a clean stop itself must take a few seconds at most
STOP_WITHIN = 10.0
GRACE = 1  # [polling] stop_grace of these bots, in seconds (5 by default)
LINUX = hasattr(os, "pidfd_open") and Path("/proc/self/stat").exists()


class Cli:
    """One `tidings …` process in its own process group, its stderr read line by line."""

    def __init__(self, proc: asyncio.subprocess.Process):
        self.proc = proc
        self.lines: list[str] = []
        self.took = 0.0  # seconds from the signal to the exit

    @classmethod
    async def start(cls, *args: str) -> Cli:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", *args, cwd=ROOT, start_new_session=True,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        return cls(proc)

    async def line(self, containing: str) -> str:
        async def read() -> str:
            assert self.proc.stderr is not None
            while raw := await self.proc.stderr.readline():
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                if containing in self.lines[-1]:
                    return self.lines[-1]
            raise AssertionError(f"ended without {containing!r}:\n" + "\n".join(self.lines))

        return await asyncio.wait_for(read(), DEADLINE)

    async def stop(self, sig: int, *, group: bool) -> tuple[int, list[str]]:
        """Send ``sig`` (to the whole group, as a terminal's Ctrl-C does); the exit code and the lines after it."""
        seen = len(self.lines)
        sent = time.monotonic()
        if group:
            os.killpg(self.proc.pid, sig)
        else:
            self.proc.send_signal(sig)
        assert self.proc.stderr is not None
        rest = await asyncio.wait_for(self.proc.stderr.read(), STOP_WITHIN)
        code = await asyncio.wait_for(self.proc.wait(), STOP_WITHIN)
        self.took = time.monotonic() - sent
        return code, self.lines[seen:] + rest.decode(errors="replace").splitlines()

    def kill(self) -> None:
        if self.proc.returncode is None:
            os.killpg(self.proc.pid, signal.SIGKILL)


@pytest.fixture
async def clis():
    started: list[Cli] = []

    async def start(*args: str) -> Cli:
        cli = await Cli.start(*args)
        started.append(cli)
        return cli

    yield start
    for cli in started:
        cli.kill()


def settings(tmp_path: Path, feed_url: str) -> str:
    polling = f'parse_workers = 2\ntick = "0.2s"\ntimeout = "60s"\nstop_grace = "{GRACE}s"'
    return one_feed_settings(tmp_path, tmp_path / "t.db", feed_url, polling, "fetch_articles = false")


class Feed:
    """A feed that answers at once, or (after ``hang()``) holds every request until the test ends."""

    def __init__(self, server):
        self.body = rss([("a", "Story A is here"), ("b", "Story B is here")])
        self.hanging = False
        self.asked = asyncio.Event()
        self._never = asyncio.Event()
        self.url = server.handle("/f.xml", self._answer)

    def release(self) -> None:
        """Answer the held requests (the server cannot close while one waits)."""
        self._never.set()

    def hang(self) -> None:
        self.hanging = True
        self.asked.clear()

    async def _answer(self, request):
        self.asked.set()
        if self.hanging:
            await self._never.wait()
        return web.Response(body=self.body, content_type="application/rss+xml")


@pytest.fixture
async def feed(feeds):
    made = Feed(feeds)
    yield made
    made.release()


def assert_clean(code: int, after: list[str], expected_code: int, line: str) -> None:
    after = [a for a in after if a.strip()]  # (the progress bar of `poll` leaves an empty line behind)
    text = "\n".join(after)
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    assert after == [f"tidings: {line}"], text
    assert code == expected_code, text


@pytest.mark.skipif(not LINUX, reason="reads /proc and waits on pidfds")
async def test_ctrl_c_during_run_stops_it_and_its_parse_workers_without_tracebacks(feed, clis, tmp_path):
    bot = await clis("run", "--config", settings(tmp_path, feed.url))
    await bot.line("first poll: 1 feeds polled: 1 ok")  # parsed in the workers: they run
    helpers = descendants(bot.proc.pid)
    assert len(helpers) >= 3, bot.lines  # the forkserver, two workers, the resource tracker
    code, after = await bot.stop(signal.SIGINT, group=True)
    assert_clean(code, after, 130, "stopped (Ctrl-C)")
    await asyncio.wait_for(ended(helpers), STOP_WITHIN)


@pytest.mark.skipif(not LINUX, reason="reads /proc and waits on pidfds")
@pytest.mark.parametrize(("sig", "code", "line"), [(signal.SIGTERM, 0, "stopped (SIGTERM)"),
                                                    (signal.SIGINT, 130, "stopped (Ctrl-C)")])  # fmt: skip
@pytest.mark.parametrize("command", [["run", "--once"], ["poll", "--all"], ["run"], ["run", "(first poll)"]])
async def test_a_signal_mid_poll_stops_every_command_cleanly(feed, clis, tmp_path, command, sig, code, line):
    config = settings(tmp_path, feed.url)
    if command == ["run"]:
        bot = await clis(*command, "--config", config)
        await bot.line("first poll: 1 feeds polled: 1 ok")
        await bot.line("first polls read: ")  # (its history, read in the background: bot/backlog.py)
        feed.hang()  # the next cycles' fetch (the feed is due again after its backoff... or now, with --all)
        bot_db = Store(f"sqlite:///{tmp_path / 't.db'}")
        bot_db.update_feed("F", next_check_at=None)  # due at the next tick
        bot_db.close()
    else:  # hanging from the start: `run` is still in its first poll, before its schedule starts
        feed.hang()
        bot = await clis(*[c for c in command if not c.startswith("(")], "--config", config)
        if "(first poll)" in command:
            await bot.line("Tidings is running")  # (its one line at the start)
    await asyncio.wait_for(feed.asked.wait(), DEADLINE)  # it is fetching: mid-poll
    helpers = descendants(bot.proc.pid)
    stopped, after = await bot.stop(sig, group=sig == signal.SIGINT)
    assert_clean(stopped, after, code, line)
    # Running jobs get [polling] stop_grace, and a first poll is cancelled HARD_STOP_MARGIN later.
    assert bot.took < GRACE + HARD_STOP_MARGIN + 2, bot.took
    await asyncio.wait_for(ended(helpers), STOP_WITHIN)
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    with store.engine.connect() as conn:  # nothing held: the feed's claim was handed back
        assert conn.exec_driver_sql("SELECT count(*) FROM feeds WHERE claimed_by IS NOT NULL").scalar() == 0
    store.close()


async def test_a_second_run_on_the_same_sqlite_file_refuses_and_the_lock_ends_with_the_first(feed, clis, tmp_path):
    config = settings(tmp_path, feed.url)
    first = await clis("run", "--config", config)
    await first.line("Tidings is running")
    second = await clis("run", "--config", config)
    code, after = await second.stop(0, group=False)  # signal 0: nothing sent; it ends by itself
    assert code == 2 and len(after) == 1, after
    assert f"(pid {first.proc.pid}) is already using {tmp_path / 't.db'}" in after[0]
    assert "PostgreSQL" in after[0]
    once = await clis("run", "--once", "--config", config)
    code, after = await once.stop(0, group=False)
    assert code == 2 and "already using" in after[0]  # --once polls too: the same refusal

    first.kill()  # however it ends (kill -9 too), the lock goes with it
    await asyncio.wait_for(first.proc.wait(), DEADLINE)
    again = await clis("run", "--config", config)
    await again.line("Tidings is running")
    code, after = await again.stop(signal.SIGTERM, group=False)
    assert code == 0, after
