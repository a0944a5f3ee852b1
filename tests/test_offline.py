"""A first run without a network: every feed fails to connect. The bot says
once that the network looks unreachable and points to `make demo`."""

from __future__ import annotations

import logging
import socket

from bot.app import Tidings
from bot.config import settings_from_dict
from tests.builders import rss


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (connections are refused, as offline)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make(tmp_path, urls: list[str]):
    return settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"}, "polling": {"parse_workers": 0},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": f"F{n}", "url": url, "tags": ["x"]} for n, url in enumerate(urls)],
        "channels": [{"name": "c", "tags": ["x"]}],
    })  # fmt: skip


def hints(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "make demo" in r.getMessage()]


async def test_every_feed_unreachable_says_once_that_the_network_is_and_points_to_make_demo(clock, tmp_path, caplog):
    urls = [f"http://127.0.0.1:{closed_port()}/feed{n}.xml" for n in range(3)]
    with caplog.at_level(logging.INFO):
        async with Tidings(make(tmp_path, urls), clock=clock, env={}) as bot:
            await bot.poll()
            clock.advance(hours=2)
            await bot.poll(due_only=False)
            await bot.run_once()
    [hint] = hints(caplog)
    assert hint.levelno == logging.WARNING
    assert "none of the 3 feeds could be reached" in hint.getMessage() and "offline" in hint.getMessage()


async def test_no_hint_when_some_feed_answers(feeds, clock, tmp_path, caplog):
    urls = [f"http://127.0.0.1:{closed_port()}/feed.xml", feeds.serve("/ok.xml", rss([("a", "Story A is here")]))]
    with caplog.at_level(logging.INFO):
        async with Tidings(make(tmp_path, urls), clock=clock, env={}) as bot:
            await bot.poll()
    assert hints(caplog) == []
