"""Retrying posts: wait out rate limits, back off on outages, give up clearly.

Shared by every adapter. The waiting goes through the injected clock, so tests
never sleep for real.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.chat import DeliveryError
from bot.clock import Clock

log = logging.getLogger("tidings.delivery")
T = TypeVar("T")


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
            log.warning("%s: %s; retrying in %.0f s (attempt %d of %d)", what, failure.message, delay, attempt + 1, attempts)
            await clock.sleep(delay)
    raise AssertionError("unreachable")
