"""When to poll a feed next: pure decisions from what happened and the time.

Success: the configured interval; a feed's own hints (``<ttl>``,
``Cache-Control: max-age``) may only make polling *less* frequent, up to
MAX_HINT. Failure: exponential backoff with jitter, capped; a 429/503
Retry-After is honoured (never earlier than it asks).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_HINT = 2 * 3600.0  # a feed may ask us to come back later, but not later than this


def after_success(now: datetime, interval: float, hint: float | None = None) -> datetime:
    return now + wait_after_success(interval, hint)


def wait_after_success(interval: float, hint: float | None = None) -> timedelta:
    wait = interval
    if hint and hint > interval:
        wait = min(hint, max(MAX_HINT, interval))
    return timedelta(seconds=wait)


def after_failure(
    now: datetime,
    interval: float,
    failures: int,
    *,
    retry_after: float | None = None,
    max_backoff: float = 6 * 3600.0,
    rng: random.Random | None = None,
) -> datetime:
    """``failures`` counts this one too (1 after the first failure)."""
    uniform = (rng or random).uniform
    wait = min(interval * 2 ** max(failures - 1, 0), max(max_backoff, interval))
    wait *= uniform(0.8, 1.2)  # jitter: failing feeds of one host don't retry in lockstep
    if retry_after is not None:
        wait = max(wait if failures > 1 else interval, min(retry_after, 24 * 3600.0))
    return now + timedelta(seconds=wait)
