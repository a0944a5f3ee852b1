"""One object per thread: lxml's parsers.

lxml's FAQ: parsing frees the GIL "as long as you use either the default parser (which is replicated for
each thread) or create a parser for each thread yourself". A parse worker is a process with one thread,
but a poll with ``parse_workers = 0`` (and the tools that dump every item) parses in the event loop's
thread pool, where each module's one parser was shared by every thread; four such runs under load ended
in glibc's heap checks ("double free or corruption", "corrupted size vs. prev_size", "free(): invalid
pointer", "munmap_chunk(): invalid pointer"), never reproduced on demand. Each thread now makes its own.
Pure; used by bot/fastparse.py, bot/htmltree.py and bot/inlinerows.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerThread(Generic[T]):
    """``make()``'s result, one per thread, made on the thread's first ``get()``."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._local = threading.local()

    def get(self) -> T:
        try:
            return self._local.value
        except AttributeError:
            value = self._local.value = self._make()
            return value
