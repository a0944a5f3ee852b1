"""Slash-command latency while a cold cycle is being parsed.

The real SlackAdapter in Socket Mode, connected to the fake Slack server in
its own process (bench/slackserver.py), which sends ``/news help`` every 50 ms
and times each ack. First a second of an idle bot, then a cold cycle of N
feeds: parsing must never hold the event loop the acks run on.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import tempfile
from pathlib import Path

from bot.app import Tidings
from bot.config import settings_from_dict

from . import variants
from .cycles import BenchClock, feed_name
from .feedserver import _ROOT, ServerClient
from .measure import Meter, percentile

INTERVAL = 0.05


def _summary(timings: dict) -> dict:
    acks, replies = timings["acks"], timings["replies"]
    return {
        "sent": timings["sent"],
        "acked": len(acks),
        "ack_p50_ms": percentile(acks, 50) * 1e3,
        "ack_p95_ms": percentile(acks, 95) * 1e3,
        "ack_max_ms": max(acks, default=float("nan")) * 1e3,
        "reply_p50_ms": percentile(replies, 50) * 1e3,
        "reply_p95_ms": percentile(replies, 95) * 1e3,
        "reply_max_ms": max(replies, default=float("nan")) * 1e3,
        "errors": timings["errors"],
    }


async def command_latency(server: ServerClient, n: int, *, variant: str = "shipped", idle_s: float = 1.0) -> dict:
    server.reset()
    slack = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.slackserver", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        cwd=_ROOT, limit=64 * 1024 * 1024,  # the timings come back as one JSON line
    )  # fmt: skip

    async def ask(line: str) -> dict | None:
        slack.stdin.write(line.encode() + b"\n")
        await slack.stdin.drain()
        return json.loads(await slack.stdout.readline()) if line == "stop" else None

    try:
        fake = json.loads(await slack.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            settings = settings_from_dict({
                "storage": {"url": f"sqlite:///{Path(tmp) / 'tidings.db'}"},
                "digest": {"fetch_articles": False},
                "polling": variants.polling(variant),
                "feeds": [{"name": feed_name(i), "url": server.url(i), "tags": ["bench"]} for i in range(n)],
                "channels": [{"name": "news", "platform": "slack", "target": "C0NEWS", "tags": ["bench"]}],
                "slack": {"api_base_url": fake["api_url"]},
            })  # fmt: skip
            env = {"SLACK_BOT_TOKEN": fake["bot_token"], "SLACK_APP_TOKEN": fake["app_token"]}
            bot = Tidings(settings, clock=BenchClock(), env=env)
            variants.apply(bot, variant)
            async with bot:
                await variants.start_pool(bot)
                await bot.start_adapters()
                await ask(f"start {INTERVAL} help")
                await asyncio.sleep(idle_s)
                idle = _summary(await ask("stop"))
                await ask(f"start {INTERVAL} help")
                with Meter(workers=variants.pool_pids(bot)) as meter:
                    report = await bot.poll()
                busy = _summary(await ask("stop"))
        busy.update(feeds=len(report.outcomes), new_articles=report.new_articles, cycle_wall_s=meter.result["wall_s"])
        return {"idle": idle, "cold_cycle": busy}
    finally:
        slack.stdin.close()
        await slack.wait()


def main() -> None:
    """python -m bench.slash '{"server": {...}, "n": 1000, "variant": "shipped"}'"""
    logging.basicConfig(level=logging.ERROR)
    args = json.loads(sys.argv[1])
    result = asyncio.run(command_latency(ServerClient(args["server"]), args["n"], variant=args["variant"]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
