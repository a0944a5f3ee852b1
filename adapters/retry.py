"""Posting, shared by every adapter: retry (wait out rate limits, back off on
outages, give up clearly), post a digest's messages in order and record each,
and remember the destinations that refuse posts.

The waiting goes through the injected clock, so tests never sleep for real.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from bot.chat import DeliveryError, OnSent
from bot.clock import Clock

log = logging.getLogger("tidings.delivery")
T = TypeVar("T")
M = TypeVar("M")


@dataclass(frozen=True)
class Failure:
    """How an adapter classifies an exception from its platform library."""

    message: str  # one readable line
    retry: bool  # worth trying again
    wait: float | None = None  # seconds the platform asked us to wait (429 Retry-After)
    permanent: bool = False  # retrying cannot help (missing channel or permission)


async def with_retries(
    call: Callable[[], Awaitable[T]],
    classify: Callable[[BaseException], Failure | None],
    *,
    clock: Clock,
    what: str,
    attempts: int = 5,
    base_delay: float = 2.0,
    max_delay: float = 120.0,
    rng: random.Random | None = None,
) -> T:
    """Run ``call``; on a failure ``classify`` recognises, wait and try again.

    Raises DeliveryError (one line, naming ``what``) when it gives up.
    Exceptions ``classify`` returns None for are bugs and propagate.
    """
    uniform = (rng or random).uniform
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except Exception as exc:
            failure = classify(exc)
            if failure is None:
                raise
            if not failure.retry or attempt == attempts:
                raise DeliveryError(f"{what}: {failure.message}", permanent=failure.permanent) from exc
            delay = failure.wait if failure.wait is not None else min(max_delay, base_delay * 2 ** (attempt - 1))
            delay *= 1 if failure.wait is not None else uniform(0.8, 1.2)
            log.warning(
                "%s: %s; retrying in %.0f s (attempt %d of %d)", what, failure.message, delay, attempt + 1, attempts
            )
            await clock.sleep(delay)
    raise AssertionError("unreachable")


async def post_messages(
    messages: Sequence[M],
    send: Callable[[M, int, Sequence[str]], Awaitable[str]],
    classify: Callable[[BaseException], Failure | None],
    *,
    clock: Clock,
    what: str,
    sent: Sequence[str] = (),
    on_sent: OnSent | None = None,
    timeout: float | None = None,
    say_how_many: bool = False,
) -> list[str]:
    """Post a digest's messages in order; return every message id (``sent`` included).

    ``send(message, n, ids so far)`` posts message ``n`` and returns its id. The
    first ``len(sent)`` messages went out in an earlier, interrupted attempt and
    are skipped; ``on_sent`` records each new one before the next goes out.
    Each message is retried (``with_retries``); one that takes longer than
    ``timeout`` seconds is retried, not waited on. With ``say_how_many``, a
    failure after some messages went out says how many did."""
    ids: list[str] = list(sent)

    async def attempt(message: M, n: int) -> str:
        if timeout is None:
            return await send(message, n, ids)
        async with asyncio.timeout(timeout):
            return await send(message, n, ids)

    for n, message in enumerate(messages):
        if n < len(sent):
            continue
        try:
            posted = await with_retries(partial(attempt, message, n), classify, clock=clock, what=what)
        except DeliveryError as exc:
            if say_how_many and ids:  # the next digest repeats the part that did arrive
                raise DeliveryError(f"{exc} ({len(ids)} of {len(messages)} messages were posted)",
                                    permanent=exc.permanent) from exc  # fmt: skip
            raise
        ids.append(posted)
        if on_sent is not None:
            await on_sent(n, posted)
    return ids


_HOW_MANY = re.compile(r" \(\d+ of \d+ messages were posted\)$")


class ProblemLog:
    """Destinations that refuse posts (a permanent DeliveryError): each problem is
    logged once, kept for the admin (``problems``), told once (``tell``), and
    forgotten when a post there goes through again (``worked``)."""

    def __init__(self, logger: logging.Logger) -> None:
        self.problems: dict[str, str] = {}  # destination -> what to do about it
        self._untold: set[str] = set()
        self._log = logger  # the adapter's

    def failed(self, key: str, error: DeliveryError) -> None:
        if not error.permanent:
            return  # with_retries has logged each attempt; the app logs the undelivered digest
        problem = _HOW_MANY.sub("", str(error))
        if self.problems.get(key) != problem:
            self._log.error("%s", problem)
            self._untold.add(key)
        else:
            self._log.debug("still failing: %s", error)
        self.problems[key] = problem

    def worked(self, key: str, note: str | None = None) -> None:
        """A post to ``key`` went through: forget its problem (saying so: ``note``, or a default)."""
        if self.problems.pop(key, None) is not None:
            self._untold.discard(key)
            self._log.info("%s", note or f"{key}: posting works again")

    def tell(self) -> list[str]:
        """The problems not yet told to an admin; each is told once."""
        told = [self.problems[k] for k in sorted(self._untold) if k in self.problems]
        self._untold.clear()
        return told
