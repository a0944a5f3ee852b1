"""The parse pool (bot/workers.py): work runs in its processes, and a pool
whose worker died is replaced instead of failing every later parse."""

from __future__ import annotations

import os
import select
import signal

import pytest

from bot.workers import ParsePool


def _wait_for_exit(pid: int) -> None:
    fd = os.pidfd_open(pid)
    try:
        assert select.select([fd], [], [], 30)[0], f"worker {pid} did not exit"
    finally:
        os.close(fd)


@pytest.fixture
def pool():
    pool = ParsePool(1)
    yield pool
    pool.close()


async def test_work_runs_in_a_worker_process_and_the_running_pool_is_reused(pool):
    first = await pool.run(os.getpid)
    second = await pool.run(os.getpid)
    assert first != os.getpid()
    assert second == first  # the same worker: the pool was not started again


async def test_a_pool_whose_worker_was_killed_is_replaced(pool):
    victim = await pool.run(os.getpid)
    os.kill(victim, signal.SIGKILL)
    _wait_for_exit(victim)
    survivor = await pool.run(os.getpid)
    assert survivor not in (victim, os.getpid())
    assert await pool.run(os.getpid) == survivor
