"""The fake Slack server (tests/fakes/fake_slack.py) in a process of its own,
sending slash commands at a steady rate and timing each one's ack.

    python -m bench.slackserver

Prints ``{"api_url", "bot_token", "app_token"}`` once listening. Then reads
commands on stdin, one per line:

* ``start <interval_s> <text>``: send ``/news <text>`` every interval, each in
  its own task (a stalled bot does not slow the senders down);
* ``stop``: stop sending, wait for the answers, print the timings as JSON.

Timing happens here, in a process that does nothing else, so the numbers are
the bot's: from the envelope leaving this process to its ack arriving, and
to the reply (a POST to the response URL) arriving.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from tests.fakes.fake_slack import FakeSlack


async def _send(fake: FakeSlack, text: str, sent: dict, acks: dict, n: int) -> None:
    t0 = time.monotonic()
    # The fake numbers commands from 1 over its life; the reply goes to response URL "cmd-<n>".
    sent[f"cmd-{fake._commands_sent + 1}"] = t0
    try:
        await fake.send_slash_command(text, timeout=60)
        acks[n] = time.monotonic() - t0
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        acks[n] = f"{type(exc).__name__}: {exc}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    async with FakeSlack(channels={"C0NEWS": "news"}) as fake:
        print(
            json.dumps({"api_url": fake.api_url, "bot_token": fake.bot_token, "app_token": fake.app_token}), flush=True
        )
        tasks: set[asyncio.Task] = set()
        sent: dict[str, float] = {}
        acks: dict[int, float | str] = {}
        firing: asyncio.Task | None = None

        async def fire(interval: float, text: str) -> None:
            n = 0
            while True:
                n += 1
                task = asyncio.create_task(_send(fake, text, sent, acks, n))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                await asyncio.sleep(interval)

        while line := (await reader.readline()).decode().strip():
            if line.startswith("start"):
                _, interval, text = line.split(" ", 2)
                sent.clear(), acks.clear()
                first_post = len(fake.response_url_posts)
                firing = asyncio.create_task(fire(float(interval), text))
            elif line == "stop":
                if firing is not None:
                    firing.cancel()
                if tasks:
                    await asyncio.wait(list(tasks), timeout=60)
                start = dict(sent)
                replies = []
                for post in fake.response_url_posts[first_post:]:
                    if post.key in start:  # the first answer to each command
                        replies.append(post.time - start.pop(post.key))
                print(json.dumps({
                    "sent": len(sent),
                    "acks": [v for v in acks.values() if isinstance(v, float)],
                    "errors": [v for v in acks.values() if isinstance(v, str)][:5],
                    "replies": replies,
                }), flush=True)  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main())
