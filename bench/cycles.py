"""Poll cycles on the real poll path: ``Tidings(settings).poll()`` against a SQLite file.

* cold: every feed new (a fresh database), so every body is fetched, parsed and stored;
* warm: every feed answers 304 Not Modified;
* churn: 10% of the feeds changed (new entries on top), the rest answer 304.

The N = 10,000 warm cycle starts from a database seeded with each feed's
ETag and Last-Modified (what a cold cycle would have left there) instead of
running a cold cycle of 10,000 feeds first, which would take most of the
benchmark's time and measure nothing the N = 1,000 cold cycle does not.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bot.app import Tidings
from bot.config import settings_from_dict
from bot.store import Store
from bot.store import feeds as feeds_table

from . import variants
from .corpus import etag, last_modified
from .feedserver import ServerClient
from .measure import Meter

CHURN_FRACTION = 0.10


class BenchClock:
    """Real time, moved a day on between cycles so every feed is due again
    (the scheduled path, ``poll()`` with due_only, claims included)."""

    def __init__(self):
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta = timedelta(days=1)) -> None:
        self.offset += delta

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def feed_name(i: int) -> str:
    return f"feed-{i:05d}"


def make_settings(database: Path, urls: list[str], **polling):
    return settings_from_dict(
        {
            "storage": {"url": f"sqlite:///{database}"},
            "polling": polling,
            # Never leave 127.0.0.1: no article pages are fetched for teaser-only feeds.
            "digest": {"fetch_articles": False},
            "feeds": [{"name": feed_name(i), "url": url} for i, url in enumerate(urls)],
        }
    )


def churned(n: int) -> list[int]:
    """Every tenth feed, spread over the whole corpus mix."""
    step = round(1 / CHURN_FRACTION)
    return list(range(0, n, step))


async def _measured_poll(bot: Tidings, server: ServerClient) -> dict:
    bot.clock.advance()
    before = server.stats()
    with Meter(workers=variants.pool_pids(bot)) as meter:
        report = await bot.poll()
    after = server.stats()
    polled = len(report.outcomes)
    result = dict(meter.result)
    result.update(
        feeds=polled,
        ok=report.count("ok"),
        not_modified=report.count("not_modified", "unchanged"),
        failed=report.count("failed"),
        new_articles=report.new_articles,
        feeds_per_s=polled / result["wall_s"],
        new_per_s=report.new_articles / result["wall_s"],
        http_200=after.get("200", 0) - before.get("200", 0),
        http_304=after.get("304", 0) - before.get("304", 0),
    )
    errors = sorted({o.error for o in report.outcomes if o.status == "failed"})
    result["errors"] = errors[:5]
    return result


async def cycles(server: ServerClient, n: int, *, variant: str = "shipped", workdir: Path | None = None) -> dict:
    """One cold, one warm and one churn cycle of ``n`` feeds on a fresh database."""
    server.reset()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        settings = make_settings(
            Path(tmp) / "tidings.db", [server.url(i) for i in range(n)], **variants.polling(variant)
        )
        bot = Tidings(settings, clock=BenchClock(), adapters={}, env={})
        variants.apply(bot, variant)
        async with bot:
            await variants.start_pool(bot)
            cold = await _measured_poll(bot, server)
            bot.settle()  # as `tidings run` does after its first poll (Tidings.run)
            warm = await _measured_poll(bot, server)
            server.churn(churned(n))
            churn = await _measured_poll(bot, server)
    return {"cold": cold, "warm": warm, "churn": churn}


def seed(store: Store, n: int, urls: list[str]) -> None:
    """Leave the database as a successful cold cycle would: ETag, Last-Modified, body hash per feed."""
    store.sync_feeds([(feed_name(i), urls[i]) for i in range(n)])
    now = datetime.now(UTC)
    rows = [{"n": feed_name(i), "etag": etag(i, 0), "lm": last_modified(0), "bh": "0" * 64} for i in range(n)]
    with store.engine.begin() as conn:
        conn.execute(
            feeds_table.update()
            .where(feeds_table.c.name == sa.bindparam("n"))
            .values(
                etag=sa.bindparam("etag"),
                last_modified=sa.bindparam("lm"),
                body_hash=sa.bindparam("bh"),
                polled_ok_once=True,
                last_checked_at=now,
                last_success_at=now,
                next_check_at=now + timedelta(minutes=30),
            ),  # fmt: skip
            rows,
        )


async def warm_seeded(server: ServerClient, n: int, *, repeats: int, variant: str = "shipped",
                      workdir: Path | None = None) -> list[dict]:  # fmt: skip
    """``repeats`` warm cycles of ``n`` feeds that all answer 304."""
    server.reset()
    results = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        urls = [server.url(i) for i in range(n)]
        settings = make_settings(Path(tmp) / "tidings.db", urls, **variants.polling(variant))
        store = Store(settings.database_url)
        seed(store, n, urls)
        bot = Tidings(settings, store=store, clock=BenchClock(), adapters={}, env={})
        variants.apply(bot, variant)
        async with bot:
            await variants.start_pool(bot)
            bot.settle()  # a running bot's state after its first poll (Tidings.run): start-up frozen
            for _ in range(repeats):
                results.append(await _measured_poll(bot, server))
    return results


def main() -> None:
    """python -m bench.cycles '{"server": {...}, "n": 1000, "repeats": 3, "variant": "shipped"}'"""
    import json
    import sys

    logging.basicConfig(level=logging.ERROR)
    args = json.loads(sys.argv[1])
    server = ServerClient(args["server"])
    kind = args.get("kind", "cycles")
    if kind == "cycles":
        out = [asyncio.run(cycles(server, args["n"], variant=args["variant"])) for _ in range(args["repeats"])]
    else:
        out = asyncio.run(warm_seeded(server, args["n"], repeats=args["repeats"], variant=args["variant"]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
