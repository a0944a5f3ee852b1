"""A clock tests move by hand: no test ever sleeps for real."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
        self.slept: list[float] = []

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when

    async def sleep(self, seconds: float) -> None:
        """Records the wait and moves time on instead of waiting."""
        self.slept.append(seconds)
        self._now += timedelta(seconds=seconds)
