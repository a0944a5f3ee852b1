"""The cyclic garbage collector off for a stretch of work (stdlib only: `tidings --help` imports nothing more).

Two stretches use it: a digest's build (bot/app.py, ``collector_waits``: its candidate articles and stories
live for the build only and refcounting frees them, but each young collection walked them all, issue 15) and a
command's start-up (bot/clibase.py, ``start_up``: modules, settings and bot live as long as the command, and
~110 collections walked them for nothing, issue 18)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_off(*, freeze: bool = False) -> Iterator[None]:
    """The collector off while the block runs, on again after it (even when it fails); ``freeze``: what the
    process holds then is frozen (``gc.freeze``) first, out of every later collection's reach. Left alone
    when it was off already (another build, a test)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        gc.enable()
