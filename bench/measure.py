"""Wall time, CPU time and peak RSS of one phase, for this process and its workers (Linux /proc)."""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable, Iterable

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """User + system CPU seconds of a process (all its threads)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_mb(pid: int | None = None) -> float:
    return _status_kb(pid or os.getpid(), "VmHWM") / 1024


def rss_mb(pid: int | None = None) -> float:
    return _status_kb(pid or os.getpid(), "VmRSS") / 1024


def reset_peak(pid: int | None = None) -> bool:
    """Start a new peak-RSS measurement (Linux >= 4.0: writing 5 to clear_refs resets VmHWM)."""
    try:
        with open(f"/proc/{pid or os.getpid()}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages split between the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _PssSampler(threading.Thread):
    """Samples the summed PSS of a set of processes (there is no kernel peak for it)."""

    def __init__(self, pids: Callable[[], Iterable[int]], interval: float = 0.25):
        super().__init__(daemon=True)
        self._pids, self._interval = pids, interval
        self._halt = threading.Event()
        self.peak = 0.0

    def run(self) -> None:
        while True:
            self.peak = max(self.peak, sum(pss_mb(pid) for pid in self._pids()))
            if self._halt.wait(self._interval):
                return

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.peak


class Meter:
    """Measures one phase::

        with Meter(workers=lambda: pool_pids) as m:
            ...
        m.result  # {"wall_s", "cpu_s", "worker_cpu_s", "peak_rss_mb", "worker_peak_rss_mb"}

    ``cpu_s`` is this process (every thread); ``worker_cpu_s`` the worker
    processes (a process pool). Peak RSS is reset at the start of the phase,
    so an earlier phase's peak does not count. RSS counts pages a worker
    shares with the others (the libraries forked from one parent) once per
    process; ``peak_pss_total_mb``, sampled every 250 ms, counts them once
    in all: the memory the bot really takes.
    """

    def __init__(self, workers: Callable[[], Iterable[int]] = tuple):
        self._workers = workers
        self.result: dict = {}

    def __enter__(self) -> Meter:
        self._pids = list(self._workers())
        for pid in [os.getpid(), *self._pids]:
            reset_peak(pid)
        self._cpu0 = time.process_time()
        self._wcpu0 = {pid: _cpu(pid) for pid in self._pids}
        self._sampler = _PssSampler(lambda: [os.getpid(), *self._workers()])
        self._sampler.start()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        wall = time.perf_counter() - self._t0
        pss = self._sampler.stop()
        cpu = time.process_time() - self._cpu0
        pids = list(self._workers())
        worker_cpu = sum(_cpu(pid) - self._wcpu0.get(pid, 0.0) for pid in pids)
        self.result = {
            "wall_s": wall,
            "cpu_s": cpu,
            "worker_cpu_s": worker_cpu,
            "peak_rss_mb": peak_rss_mb(),
            "worker_peak_rss_mb": sum(peak_rss_mb(pid) for pid in pids),
            "peak_pss_total_mb": pss,
        }


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100), linear between closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
