"""Tasks for the parse pool's memory tests (tests/test_workers.py), run in a worker by name."""

from __future__ import annotations

import re
from pathlib import Path

_KEPT: list[bytes] = []  # what a task leaves alive: it pins the top of the heap, as a long-lived object does


def fragment(chunks: int = 400, size: int = 100_000) -> None:
    """Take ``chunks`` blocks of the malloc heap (under its mmap threshold) and free all but the last:
    the freed pages are below a live block, so the heap's top cannot shrink past them by itself."""
    blocks = [bytes(size) for _ in range(chunks)]
    _KEPT.append(blocks.pop())


def resident_kb(pid: int) -> int:
    """A process's resident memory (VmRSS), in kB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status)[1])  # type: ignore[index]
