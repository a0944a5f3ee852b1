"""Configurations the benchmark measures side by side: Tidings as shipped, and
with one of its speed-ups turned off, so the table shows what each one buys.

They are applied to a constructed ``Tidings`` before it polls.
"""

from __future__ import annotations

import asyncio

VARIANTS = {
    "shipped": "as shipped: parsing in worker processes (bot/workers.py), group commit on the database thread",
    "no-pool": "parsing on a thread in the bot's process (parse_workers = 0)",
    "no-group": "every store call in its own transaction (no group commit)",
}


def polling(variant: str) -> dict:
    """The variant's [polling] settings."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} (one of {', '.join(VARIANTS)})")
    return {"parse_workers": 0} if variant == "no-pool" else {}


def apply(bot, variant: str) -> None:
    """The variant's changes to a constructed Tidings (before it polls)."""
    if variant == "no-group":
        thread = bot.db.thread  # the database thread's queue (bot/store/database.py)
        thread.batched = thread.__call__


async def start_pool(bot) -> None:
    """Start the parse workers before measuring, as a running bot has them (see Tidings.start)."""
    await asyncio.to_thread(bot.parse_pool.start)


def pool_pids(bot):
    """A function giving the bot's parse workers' pids (none when parsing runs on a thread)."""
    return lambda: bot.parse_pool.pids
